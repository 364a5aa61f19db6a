/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "engage-axis.h"

static void
test_nice_number (void)
{
  g_assert_cmpfloat_with_epsilon (engage_axis_nice_number (0.7, FALSE), 1, 1e-12);
  g_assert_cmpfloat_with_epsilon (engage_axis_nice_number (1.0, FALSE), 1, 1e-12);
  g_assert_cmpfloat_with_epsilon (engage_axis_nice_number (1.2, FALSE), 2, 1e-12);
  g_assert_cmpfloat_with_epsilon (engage_axis_nice_number (3.1, FALSE), 5, 1e-12);
  g_assert_cmpfloat_with_epsilon (engage_axis_nice_number (5.5, FALSE), 10, 1e-12);
  g_assert_cmpfloat_with_epsilon (engage_axis_nice_number (0.031, FALSE), 0.05, 1e-12);
  g_assert_cmpfloat_with_epsilon (engage_axis_nice_number (2400, FALSE), 5000, 1e-9);

  g_assert_cmpfloat_with_epsilon (engage_axis_nice_number (1.4, TRUE), 1, 1e-12);
  g_assert_cmpfloat_with_epsilon (engage_axis_nice_number (2.9, TRUE), 2, 1e-12);
  g_assert_cmpfloat_with_epsilon (engage_axis_nice_number (6.9, TRUE), 5, 1e-12);
  g_assert_cmpfloat_with_epsilon (engage_axis_nice_number (7.1, TRUE), 10, 1e-12);

  /* Nonsense in, a usable step out. */
  g_assert_cmpfloat (engage_axis_nice_number (0, FALSE), ==, 1);
  g_assert_cmpfloat (engage_axis_nice_number (NAN, FALSE), ==, 1);
}

static gboolean
is_one_two_five (double step)
{
  double fraction = step / pow (10, floor (log10 (step) + 1e-9));

  return fabs (fraction - 1) < 1e-9 || fabs (fraction - 2) < 1e-9 || fabs (fraction - 5) < 1e-9;
}

typedef struct
{
  double min;
  double max;
  guint  max_ticks;
  double first;
  double last;
  double step;
  int    decimals;
} TicksCase;

static void
test_nice_ticks (void)
{
  const TicksCase cases[] = {
    { 0, 10, 6, 0, 10, 2, 0 },
    { 0, 4.3, 6, 0, 5, 1, 0 },
    { 1.2, 5.9, 6, 1, 6, 1, 0 },
    { 3.1, 3.4, 5, 3.1, 3.4, 0.1, 1 },
    { -37, 81, 8, -40, 100, 20, 0 },
    { -37, 81, 7, -50, 100, 50, 0 },
    { 0, 0.034, 5, 0, 0.04, 0.01, 2 },
    { 3400, 4525, 8, 3400, 4600, 200, 0 },
    { -100, 100, 5, -100, 100, 50, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const TicksCase *c = &cases[i];
      EngageAxisTicks ticks;

      g_test_message ("case %u: %g..%g in %u ticks", i, c->min, c->max, c->max_ticks);
      g_assert_true (engage_axis_nice_ticks (c->min, c->max, c->max_ticks, &ticks));
      g_assert_cmpfloat_with_epsilon (ticks.min, c->first, 1e-9);
      g_assert_cmpfloat_with_epsilon (ticks.max, c->last, 1e-9);
      g_assert_cmpfloat_with_epsilon (ticks.step, c->step, 1e-12);
      g_assert_cmpint (ticks.decimals, ==, c->decimals);
      g_assert_cmpuint (ticks.n_ticks, <=, c->max_ticks);
      g_assert_cmpfloat_with_epsilon (engage_axis_tick_value (&ticks, ticks.n_ticks - 1), c->last, 1e-9);
    }
}

/* Whatever the range, the ticks cover it with a 1-2-5 step and fit. */
static void
test_nice_ticks_random (void)
{
  GRand *rand = g_rand_new_with_seed (42);

  for (guint i = 0; i < 2000; i++)
    {
      double scale = pow (10, g_rand_double_range (rand, -4, 7));
      double a = g_rand_double_range (rand, -1, 1) * scale;
      double b = a + g_rand_double (rand) * scale;
      guint max_ticks = g_rand_int_range (rand, 2, 12);
      EngageAxisTicks ticks;

      g_assert_true (engage_axis_nice_ticks (a, b, max_ticks, &ticks));
      g_assert_cmpfloat (ticks.min, <=, a + fabs (a) * 1e-9);
      g_assert_cmpfloat (ticks.max, >=, b - fabs (b) * 1e-9);
      g_assert_cmpuint (ticks.n_ticks, <=, a < 0 && b > 0 ? MAX (max_ticks, 3) : max_ticks);
      g_assert_cmpuint (ticks.n_ticks, >=, 2);
      g_assert_true (is_one_two_five (ticks.step));
    }

  g_rand_free (rand);
}

static void
test_nice_ticks_degenerate (void)
{
  EngageAxisTicks ticks;

  /* One value sits inside its axis, a zero on a non-negative one. */
  g_assert_true (engage_axis_nice_ticks (5, 5, 6, &ticks));
  g_assert_cmpfloat (ticks.min, <, 5);
  g_assert_cmpfloat (ticks.max, >, 5);

  g_assert_true (engage_axis_nice_ticks (0, 0, 6, &ticks));
  g_assert_cmpfloat (ticks.min, ==, 0);
  g_assert_cmpfloat (ticks.max, >, 0);

  g_assert_false (engage_axis_nice_ticks (NAN, 3, 6, &ticks));
  g_assert_cmpfloat (ticks.min, <, ticks.max);

  /* Reversed bounds mean the same range. */
  g_assert_true (engage_axis_nice_ticks (10, 0, 6, &ticks));
  g_assert_cmpfloat (ticks.min, ==, 0);
  g_assert_cmpfloat (ticks.max, ==, 10);
}

static void
test_decimals (void)
{
  g_assert_cmpint (engage_axis_decimals_for_step (1), ==, 0);
  g_assert_cmpint (engage_axis_decimals_for_step (500), ==, 0);
  g_assert_cmpint (engage_axis_decimals_for_step (0.5), ==, 1);
  g_assert_cmpint (engage_axis_decimals_for_step (0.2), ==, 1);
  g_assert_cmpint (engage_axis_decimals_for_step (0.05), ==, 2);
  g_assert_cmpint (engage_axis_decimals_for_step (0.001), ==, 3);
}

static double
day (const char *iso)
{
  double d = engage_chart_day_from_iso (iso);

  g_assert_true (isfinite (d));
  return d;
}

static void
test_days (void)
{
  g_assert_cmpfloat (engage_chart_day_from_iso ("1970-01-01"), ==, 0);
  g_assert_cmpfloat (engage_chart_day_from_iso ("1970-01-02"), ==, 1);
  g_assert_cmpfloat (engage_chart_day_from_iso ("1969-12-31"), ==, -1);
  g_assert_cmpfloat (engage_chart_day_from_iso ("2026-11-23"), ==, 20780);
  g_assert_true (isnan (engage_chart_day_from_iso ("2026-02-30")));
  g_assert_true (isnan (engage_chart_day_from_iso ("soon")));
  g_assert_true (isnan (engage_chart_day_from_iso (NULL)));
  g_assert_cmpfloat (engage_chart_day_from_unix (86400 * 3 + 43200), ==, 3.5);

  /* 2026-11-23 is a Monday; 2026-11-29 the Sunday of its week. */
  g_assert_cmpfloat (engage_date_unit_floor (day ("2026-11-29"), ENGAGE_DATE_UNIT_WEEK), ==, day ("2026-11-23"));
  g_assert_cmpfloat (engage_date_unit_floor (day ("2026-11-23"), ENGAGE_DATE_UNIT_WEEK), ==, day ("2026-11-23"));
  g_assert_cmpfloat (engage_date_unit_floor (day ("2026-11-29"), ENGAGE_DATE_UNIT_MONTH), ==, day ("2026-11-01"));
  g_assert_cmpfloat (engage_date_unit_floor (day ("2026-11-29"), ENGAGE_DATE_UNIT_QUARTER), ==, day ("2026-10-01"));
  g_assert_cmpfloat (engage_date_unit_floor (day ("2026-11-29"), ENGAGE_DATE_UNIT_YEAR), ==, day ("2026-01-01"));
  g_assert_cmpfloat (engage_date_unit_floor (day ("2026-11-29") + 0.7, ENGAGE_DATE_UNIT_DAY), ==, day ("2026-11-29"));

  g_assert_cmpfloat (engage_date_unit_add (day ("2026-01-31"), ENGAGE_DATE_UNIT_MONTH, 1), ==, day ("2026-02-28"));
  g_assert_cmpfloat (engage_date_unit_add (day ("2026-11-01"), ENGAGE_DATE_UNIT_QUARTER, 1), ==, day ("2027-02-01"));
  g_assert_cmpfloat (engage_date_unit_add (day ("2026-03-01"), ENGAGE_DATE_UNIT_MONTH, -3), ==, day ("2025-12-01"));
  g_assert_cmpfloat (engage_date_unit_add (day ("2024-02-29"), ENGAGE_DATE_UNIT_YEAR, 1), ==, day ("2025-02-28"));
  g_assert_cmpfloat (engage_date_unit_add (day ("2026-11-23"), ENGAGE_DATE_UNIT_WEEK, 2), ==, day ("2026-12-07"));
}

typedef struct
{
  const char    *first;
  const char    *last;
  guint          max_ticks;
  EngageDateUnit unit;
  guint          every;
  const char    *first_tick;
} DateCase;

static void
test_date_ticks (void)
{
  const DateCase cases[] = {
    { "2026-11-20", "2026-11-26", 10, ENGAGE_DATE_UNIT_DAY, 1, "2026-11-20" },
    { "2026-11-20", "2026-12-05", 10, ENGAGE_DATE_UNIT_DAY, 2, "2026-11-21" },
    { "2026-09-01", "2026-11-23", 14, ENGAGE_DATE_UNIT_WEEK, 1, "2026-09-07" },
    { "2026-06-01", "2026-11-23", 14, ENGAGE_DATE_UNIT_WEEK, 2, "2026-06-08" },
    { "2026-01-15", "2026-11-23", 12, ENGAGE_DATE_UNIT_MONTH, 1, "2026-02-01" },
    { "2025-01-15", "2026-11-23", 12, ENGAGE_DATE_UNIT_MONTH, 2, "2025-03-01" },
    { "2023-01-15", "2026-11-23", 12, ENGAGE_DATE_UNIT_QUARTER, 2, "2023-07-01" },
    { "2023-01-15", "2026-11-23", 20, ENGAGE_DATE_UNIT_QUARTER, 1, "2023-04-01" },
    { "2010-06-01", "2026-11-23", 10, ENGAGE_DATE_UNIT_YEAR, 2, "2012-01-01" },
    { "1900-06-01", "2026-11-23", 10, ENGAGE_DATE_UNIT_YEAR, 25, "1925-01-01" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const DateCase *c = &cases[i];
      EngageDateTicks ticks;
      double first = day (c->first), last = day (c->last);

      g_test_message ("case %u: %s..%s in %u ticks", i, c->first, c->last, c->max_ticks);
      engage_axis_date_ticks (first, last, c->max_ticks, &ticks);

      g_assert_cmpint (ticks.unit, ==, c->unit);
      g_assert_cmpuint (ticks.every, ==, c->every);
      g_assert_cmpuint (ticks.days->len, >=, 1);
      g_assert_cmpuint (ticks.days->len, <=, c->max_ticks);
      g_assert_cmpfloat (g_array_index (ticks.days, double, 0), ==, day (c->first_tick));

      for (guint j = 0; j < ticks.days->len; j++)
        {
          double tick = g_array_index (ticks.days, double, j);

          g_assert_cmpfloat (tick, >=, first);
          g_assert_cmpfloat (tick, <=, last);
          /* Every tick starts its unit: a Monday, a first of the month … */
          g_assert_cmpfloat (engage_date_unit_floor (tick, c->unit), ==, tick);
          if (j > 0)
            g_assert_cmpfloat (tick, >, g_array_index (ticks.days, double, j - 1));
        }

      engage_date_ticks_clear (&ticks);
      g_assert_null (ticks.days);
    }
}

static void
test_map_and_snap (void)
{
  g_assert_cmpfloat (engage_axis_map (5, 0, 10, 100, 200), ==, 150);
  g_assert_cmpfloat (engage_axis_map (0, 0, 10, 200, 100), ==, 200);
  g_assert_cmpfloat (engage_axis_map (3, 3, 3, 100, 200), ==, 150);

  /* 1 px lines lie on pixel centres, 2 px lines on pixel edges. */
  g_assert_cmpfloat (engage_axis_snap (10.2, 1), ==, 10.5);
  g_assert_cmpfloat (engage_axis_snap (10.9, 1), ==, 10.5);
  g_assert_cmpfloat (engage_axis_snap (10.2, 2), ==, 10);
  g_assert_cmpfloat (engage_axis_snap (10.6, 2), ==, 11);
  g_assert_cmpfloat (engage_axis_snap (10.2, 3), ==, 10.5);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/axis/nice-number", test_nice_number);
  g_test_add_func ("/charts/axis/nice-ticks", test_nice_ticks);
  g_test_add_func ("/charts/axis/nice-ticks-random", test_nice_ticks_random);
  g_test_add_func ("/charts/axis/nice-ticks-degenerate", test_nice_ticks_degenerate);
  g_test_add_func ("/charts/axis/decimals", test_decimals);
  g_test_add_func ("/charts/axis/days", test_days);
  g_test_add_func ("/charts/axis/date-ticks", test_date_ticks);
  g_test_add_func ("/charts/axis/map-and-snap", test_map_and_snap);

  return g_test_run ();
}
