/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-decimate"

#include "config.h"

#include "engage-decimate.h"

#include <math.h>

/*
 * M4 decimation (Jugel et al., "M4: A Visualization-Oriented Time Series Data
 * Aggregation", VLDB 2014): a line through the first, lowest, highest and last
 * point of each pixel column rasterises to the same pixels as the line through
 * all points of that column, so a million points draw as a few thousand.
 */

/**
 * engage_decimate_lower_bound:
 * @points: (array length=n_points): sorted by x
 * @n_points: number of @points
 * @x: the value to look for
 *
 * Returns: the index of the first point whose x is at least @x, or @n_points
 */
gsize
engage_decimate_lower_bound (const EngageChartPoint *points,
                             gsize                   n_points,
                             double                  x)
{
  gsize lo = 0;
  gsize hi = n_points;

  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;

      if (points[mid].x < x)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

typedef struct
{
  gssize column;
  gsize  first;
  gsize  min;
  gsize  max;
  gsize  last;
} Bucket;

static void
append_gap (GArray *out)
{
  EngageChartPoint gap = { NAN, NAN };

  if (out->len == 0 || isnan (g_array_index (out, EngageChartPoint, out->len - 1).y))
    return;

  g_array_append_val (out, gap);
}

static void
flush_bucket (Bucket                 *bucket,
              const EngageChartPoint *points,
              GArray                 *out)
{
  gsize index[4];
  gsize previous = G_MAXSIZE;

  if (bucket->column < 0)
    return;

  /* In the order they were recorded, so that the line keeps its direction. */
  index[0] = bucket->first;
  index[1] = MIN (bucket->min, bucket->max);
  index[2] = MAX (bucket->min, bucket->max);
  index[3] = bucket->last;

  for (guint i = 0; i < 4; i++)
    {
      if (index[i] == previous)
        continue;
      g_array_append_val (out, points[index[i]]);
      previous = index[i];
    }

  bucket->column = -1;
}

/**
 * engage_decimate_m4:
 * @points: (array length=n_points): sorted by x; a NAN y marks a gap
 * @n_points: number of @points
 * @x_min: the x at the left edge of the plot
 * @x_max: the x at the right edge of the plot
 * @n_columns: the plot's width in device pixels
 *
 * Keeps, for each of @n_columns equal columns between @x_min and @x_max, the
 * first, the lowest, the highest and the last point, in their order. Points
 * outside the range are dropped except the nearest one on either side, so
 * that the line still runs to the plot's edge. Gaps are kept as one point
 * with NAN coordinates; a gap inside a column splits it.
 *
 * Returns: (transfer full) (element-type EngageChartPoint): the points to draw,
 *   at most 4 per column (plus the two outside and the gaps)
 */
GArray *
engage_decimate_m4 (const EngageChartPoint *points,
                    gsize                   n_points,
                    double                  x_min,
                    double                  x_max,
                    guint                   n_columns)
{
  GArray *out;
  Bucket bucket = { -1, 0, 0, 0, 0 };
  gsize lo, hi;
  double scale;

  g_return_val_if_fail (points != NULL || n_points == 0, NULL);

  out = g_array_new (FALSE, FALSE, sizeof (EngageChartPoint));

  if (n_points == 0)
    return out;

  if (n_columns == 0 || !(x_max > x_min))
    {
      g_array_append_vals (out, points, n_points);
      return out;
    }

  lo = engage_decimate_lower_bound (points, n_points, x_min);
  hi = engage_decimate_lower_bound (points, n_points, x_max);
  while (hi < n_points && points[hi].x <= x_max)
    hi++;

  g_array_set_size (out, 0);
  if (lo > 0 && !isnan (points[lo - 1].y))
    g_array_append_val (out, points[lo - 1]);

  scale = n_columns / (x_max - x_min);

  for (gsize i = lo; i < hi; i++)
    {
      const EngageChartPoint *p = &points[i];
      gssize column;

      if (isnan (p->y))
        {
          flush_bucket (&bucket, points, out);
          append_gap (out);
          continue;
        }

      column = (gssize) ((p->x - x_min) * scale);
      column = CLAMP (column, 0, (gssize) n_columns - 1);

      if (column != bucket.column)
        {
          flush_bucket (&bucket, points, out);
          bucket.column = column;
          bucket.first = bucket.min = bucket.max = bucket.last = i;
          continue;
        }

      if (p->y < points[bucket.min].y)
        bucket.min = i;
      if (p->y > points[bucket.max].y)
        bucket.max = i;
      bucket.last = i;
    }

  flush_bucket (&bucket, points, out);

  if (hi < n_points && !isnan (points[hi].y))
    g_array_append_val (out, points[hi]);

  return out;
}
