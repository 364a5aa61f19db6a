/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "engage-decimate.h"

static GArray *
random_walk (guint  n,
             double x_step,
             guint  seed)
{
  GArray *points = g_array_sized_new (FALSE, FALSE, sizeof (EngageChartPoint), n);
  GRand *rand = g_rand_new_with_seed (seed);
  double y = 0;

  for (guint i = 0; i < n; i++)
    {
      EngageChartPoint p = { i * x_step, y };

      g_array_append_val (points, p);
      y += g_rand_double_range (rand, -1, 1);
    }

  g_rand_free (rand);
  return points;
}

static gssize
column_of (double x,
           double x_min,
           double x_max,
           guint  n_columns)
{
  gssize column = (gssize) ((x - x_min) * n_columns / (x_max - x_min));

  return CLAMP (column, 0, (gssize) n_columns - 1);
}

/* Per column: the decimated points include the raw minimum and maximum, and
 * nothing outside them; there are at most four; the order in x is kept. */
static void
assert_same_extremes (const GArray *raw,
                      const GArray *decimated,
                      double        x_min,
                      double        x_max,
                      guint         n_columns)
{
  g_autofree double *raw_min = g_new (double, n_columns);
  g_autofree double *raw_max = g_new (double, n_columns);
  g_autofree double *dec_min = g_new (double, n_columns);
  g_autofree double *dec_max = g_new (double, n_columns);
  g_autofree guint *dec_count = g_new0 (guint, n_columns);

  for (guint c = 0; c < n_columns; c++)
    {
      raw_min[c] = dec_min[c] = INFINITY;
      raw_max[c] = dec_max[c] = -INFINITY;
    }

  for (guint i = 0; i < raw->len; i++)
    {
      const EngageChartPoint *p = &g_array_index (raw, EngageChartPoint, i);
      gssize c;

      if (p->x < x_min || p->x > x_max || isnan (p->y))
        continue;
      c = column_of (p->x, x_min, x_max, n_columns);
      raw_min[c] = MIN (raw_min[c], p->y);
      raw_max[c] = MAX (raw_max[c], p->y);
    }

  for (guint i = 0; i < decimated->len; i++)
    {
      const EngageChartPoint *p = &g_array_index (decimated, EngageChartPoint, i);
      gssize c;

      if (i > 0 && !isnan (p->x) && !isnan (g_array_index (decimated, EngageChartPoint, i - 1).x))
        g_assert_cmpfloat (p->x, >=, g_array_index (decimated, EngageChartPoint, i - 1).x);

      if (isnan (p->y) || p->x < x_min || p->x > x_max)
        continue;
      c = column_of (p->x, x_min, x_max, n_columns);
      dec_min[c] = MIN (dec_min[c], p->y);
      dec_max[c] = MAX (dec_max[c], p->y);
      dec_count[c]++;
    }

  for (guint c = 0; c < n_columns; c++)
    {
      g_assert_cmpfloat (dec_min[c], ==, raw_min[c]);
      g_assert_cmpfloat (dec_max[c], ==, raw_max[c]);
      g_assert_cmpuint (dec_count[c], <=, 4);
    }
}

static void
test_m4_keeps_extremes (void)
{
  const guint sizes[] = { 10, 1000, 100000 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(GArray) raw = random_walk (sizes[s], 0.37, 7 + s);
      double x_max = g_array_index (raw, EngageChartPoint, raw->len - 1).x;
      g_autoptr(GArray) decimated = engage_decimate_m4 ((EngageChartPoint *) (void *) raw->data, raw->len,
                                                        0, x_max, 640);

      assert_same_extremes (raw, decimated, 0, x_max, 640);
      g_assert_cmpuint (decimated->len, <=, 4 * 640);
      if (raw->len > 4 * 640)
        g_assert_cmpuint (decimated->len, >, 640);

      /* The line starts and ends where the raw one does. */
      g_assert_cmpfloat (g_array_index (decimated, EngageChartPoint, 0).x, ==, 0);
      g_assert_cmpfloat (g_array_index (decimated, EngageChartPoint, decimated->len - 1).x, ==, x_max);
    }
}

/* A window into a longer series keeps the nearest point on either side, so
 * that the line runs to the edges, and nothing further out. */
static void
test_m4_window (void)
{
  g_autoptr(GArray) raw = random_walk (10000, 1, 3);
  g_autoptr(GArray) decimated = engage_decimate_m4 ((EngageChartPoint *) (void *) raw->data, raw->len,
                                                    2000.5, 4000.5, 300);

  assert_same_extremes (raw, decimated, 2000.5, 4000.5, 300);
  g_assert_cmpfloat (g_array_index (decimated, EngageChartPoint, 0).x, ==, 2000);
  g_assert_cmpfloat (g_array_index (decimated, EngageChartPoint, decimated->len - 1).x, ==, 4001);
  g_assert_cmpuint (decimated->len, <=, 4 * 300 + 2);
}

static void
test_m4_gaps (void)
{
  g_autoptr(GArray) raw = random_walk (1000, 1, 11);
  g_autoptr(GArray) decimated = NULL;
  guint gaps = 0;

  for (guint i = 400; i < 500; i++)
    g_array_index (raw, EngageChartPoint, i).y = NAN;

  decimated = engage_decimate_m4 ((EngageChartPoint *) (void *) raw->data, raw->len, 0, 999, 100);
  assert_same_extremes (raw, decimated, 0, 999, 100);

  /* One break where the hundred missing values were. */
  for (guint i = 0; i < decimated->len; i++)
    if (isnan (g_array_index (decimated, EngageChartPoint, i).y))
      {
        gaps++;
        g_assert_cmpfloat (g_array_index (decimated, EngageChartPoint, i - 1).x, ==, 399);
        g_assert_cmpfloat (g_array_index (decimated, EngageChartPoint, i + 1).x, ==, 500);
      }
  g_assert_cmpuint (gaps, ==, 1);
}

static void
test_m4_small (void)
{
  EngageChartPoint points[] = { { 0, 1 }, { 1, 5 }, { 2, 3 } };
  g_autoptr(GArray) empty = engage_decimate_m4 (NULL, 0, 0, 1, 10);
  g_autoptr(GArray) few = engage_decimate_m4 (points, 3, 0, 2, 1000);
  g_autoptr(GArray) one_column = engage_decimate_m4 (points, 3, 0, 2, 1);
  g_autoptr(GArray) no_range = engage_decimate_m4 (points, 3, 2, 2, 10);

  g_assert_cmpuint (empty->len, ==, 0);

  /* Fewer points than columns: all of them, unchanged. */
  g_assert_cmpuint (few->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpfloat (g_array_index (few, EngageChartPoint, i).y, ==, points[i].y);

  /* One column: first (also min), max, last. */
  g_assert_cmpuint (one_column->len, ==, 3);
  g_assert_cmpfloat (g_array_index (one_column, EngageChartPoint, 1).y, ==, 5);

  g_assert_cmpuint (no_range->len, ==, 3);
}

static void
test_lower_bound (void)
{
  EngageChartPoint points[] = { { 0, 0 }, { 1, 0 }, { 1, 0 }, { 4, 0 } };

  g_assert_cmpuint (engage_decimate_lower_bound (points, 4, -1), ==, 0);
  g_assert_cmpuint (engage_decimate_lower_bound (points, 4, 1), ==, 1);
  g_assert_cmpuint (engage_decimate_lower_bound (points, 4, 2), ==, 3);
  g_assert_cmpuint (engage_decimate_lower_bound (points, 4, 5), ==, 4);
  g_assert_cmpuint (engage_decimate_lower_bound (points, 0, 5), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/decimate/m4-keeps-extremes", test_m4_keeps_extremes);
  g_test_add_func ("/charts/decimate/m4-window", test_m4_window);
  g_test_add_func ("/charts/decimate/m4-gaps", test_m4_gaps);
  g_test_add_func ("/charts/decimate/m4-small", test_m4_small);
  g_test_add_func ("/charts/decimate/lower-bound", test_lower_bound);

  return g_test_run ();
}
