/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "engage-axis.h"
#include "engage-chart-format.h"

#define MINUS "\xe2\x88\x92"

static void
assert_format (char       *text,
               const char *expected)
{
  g_assert_cmpstr (text, ==, expected);
  g_free (text);
}

/* The tests run with LC_ALL=C.UTF-8: a point, no grouping, English months. */
static void
test_numbers_c (void)
{
  assert_format (engage_chart_format_number (1234.5, 1), "1234.5");
  assert_format (engage_chart_format_number (4.25, 0), "4");
  assert_format (engage_chart_format_number (0.125, 2), "0.12");
  assert_format (engage_chart_format_number (-3, 0), MINUS "3");
  /* A value that rounds to zero has no sign. */
  assert_format (engage_chart_format_number (-0.04, 1), "0.0");
  assert_format (engage_chart_format_number (NAN, 1), "\xe2\x80\x93");

  assert_format (engage_chart_format_signed (42, 0), "+42");
  assert_format (engage_chart_format_signed (-12, 0), MINUS "12");
  assert_format (engage_chart_format_signed (0, 0), "0");
  assert_format (engage_chart_format_signed (0.4, 1), "+0.4");

  assert_format (engage_chart_format_value (4.2, 1, "%"), "4.2%");
  assert_format (engage_chart_format_value (1200, 0, "followers"), "1200 followers");
  assert_format (engage_chart_format_value (3, 0, NULL), "3");
  assert_format (engage_chart_format_percent (0.25, 0), "25%");
  assert_format (engage_chart_format_percent (0.125, 1), "12.5%");
}

static void
test_dates_c (void)
{
  double day = engage_chart_day_from_iso ("2026-11-23");
  double march = engage_chart_day_from_iso ("2027-03-01");

  assert_format (engage_chart_format_date_tick (day, ENGAGE_DATE_UNIT_DAY, FALSE), "23 Nov");
  assert_format (engage_chart_format_date_tick (day, ENGAGE_DATE_UNIT_WEEK, TRUE), "23 Nov 2026");
  assert_format (engage_chart_format_date_tick (march, ENGAGE_DATE_UNIT_MONTH, FALSE), "Mar");
  assert_format (engage_chart_format_date_tick (march, ENGAGE_DATE_UNIT_MONTH, TRUE), "Mar 2027");
  assert_format (engage_chart_format_date_tick (day, ENGAGE_DATE_UNIT_QUARTER, TRUE), "Q4 2026");
  assert_format (engage_chart_format_date_tick (march, ENGAGE_DATE_UNIT_QUARTER, FALSE), "Q1");
  assert_format (engage_chart_format_date_tick (day, ENGAGE_DATE_UNIT_YEAR, FALSE), "2026");

  assert_format (engage_chart_format_period (day, ENGAGE_DATE_UNIT_WEEK), "Week 48, 2026");
  assert_format (engage_chart_format_period (day, ENGAGE_DATE_UNIT_MONTH), "Nov 2026");
  assert_format (engage_chart_format_date (day + 0.75), "23 Nov 2026");
  assert_format (engage_chart_format_date (engage_chart_day_from_iso ("2026-01-05")), "5 Jan 2026");
}

/* German writes a decimal comma and groups thousands with a point; LC_NUMERIC
 * decides, so this needs the locale installed. */
static void
test_german (void)
{
  g_autofree char *saved_numeric = g_strdup (setlocale (LC_NUMERIC, NULL));
  g_autofree char *saved_time = g_strdup (setlocale (LC_TIME, NULL));

  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL || setlocale (LC_TIME, "de_DE.UTF-8") == NULL)
    {
      setlocale (LC_NUMERIC, saved_numeric);
      setlocale (LC_TIME, saved_time);
      g_test_skip ("The de_DE.UTF-8 locale is not installed");
      return;
    }

  assert_format (engage_chart_format_number (1234.5, 1), "1.234,5");
  assert_format (engage_chart_format_number (4.25, 2), "4,25");
  assert_format (engage_chart_format_number (-1234567, 0), MINUS "1.234.567");
  assert_format (engage_chart_format_signed (3.5, 1), "+3,5");
  /* The month comes from the locale, whatever the translation of the format. */
  assert_format (engage_chart_format_date_tick (engage_chart_day_from_iso ("2027-03-01"),
                                                ENGAGE_DATE_UNIT_MONTH, FALSE), "Mär");
  assert_format (engage_chart_format_date_tick (engage_chart_day_from_iso ("2026-10-01"),
                                                ENGAGE_DATE_UNIT_MONTH, FALSE), "Okt");

  setlocale (LC_NUMERIC, saved_numeric);
  setlocale (LC_TIME, saved_time);

  /* And back: the point again. */
  assert_format (engage_chart_format_number (1234.5, 1), "1234.5");
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/format/numbers-c", test_numbers_c);
  g_test_add_func ("/charts/format/dates-c", test_dates_c);
  g_test_add_func ("/charts/format/german", test_german);

  return g_test_run ();
}
