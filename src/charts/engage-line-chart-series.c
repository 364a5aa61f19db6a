/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-line-chart"

#include "config.h"

#include "engage-line-chart.h"
#include "engage-line-chart-private.h"

#include "engage-chart-format.h"
#include "engage-chart-private.h"

#include <glib/gi18n.h>
#include <math.h>

/* The series of a line chart: decimated into a cache, stroked over the frame,
 * and found again under the pointer. */

struct _EngageLineChartCache
{
  EngageChartRect plot;
  double          x_min;
  double          x_max;
  guint           n_series;
  GArray        **points;      /* per series, decimated, chart units */
  gboolean       *markers;     /* per series: points far enough apart for markers */
};

/* Markers only where they do not merge into a bead string: at least this far
 * apart, in pixels of the plot. */
#define MARKER_MIN_SPACING 20.0

/**
 * engage_line_chart_cache_new:
 * @layout: the layout the series will be drawn in
 * @scale: device pixels per unit (2 on a HiDPI screen), so that decimation
 *   keeps one column per device pixel
 *
 * Decimates every series for the plot's width.
 *
 * Returns: (transfer full): the cache; free with engage_line_chart_cache_free()
 */
EngageLineChartCache *
engage_line_chart_cache_new (const EngageLineChartData   *data,
                             const EngageLineChartLayout *layout,
                             double                       scale)
{
  EngageLineChartCache *cache;
  guint n_columns;
  double x_per_marker;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (layout != NULL, NULL);

  cache = g_new0 (EngageLineChartCache, 1);
  cache->plot = layout->plot;
  cache->x_min = layout->x_min;
  cache->x_max = layout->x_max;
  cache->n_series = data->n_series;
  cache->points = g_new0 (GArray *, MAX (data->n_series, 1));
  cache->markers = g_new0 (gboolean, MAX (data->n_series, 1));

  n_columns = (guint) MAX (1, ceil (layout->plot.width * MAX (scale, 0.1)));
  x_per_marker = (layout->x_max - layout->x_min) / MAX (layout->plot.width, 1) * MARKER_MIN_SPACING;

  for (guint i = 0; i < data->n_series; i++)
    {
      const EngageLineSeries *series = &data->series[i];
      gsize first = engage_decimate_lower_bound (series->points, series->n_points, layout->x_min);
      gsize last = engage_decimate_lower_bound (series->points, series->n_points, layout->x_max);
      gboolean spaced = TRUE;

      cache->points[i] = engage_decimate_m4 (series->points, series->n_points,
                                             layout->x_min, layout->x_max, n_columns);

      if (series->marker == ENGAGE_CHART_MARKER_NONE)
        spaced = FALSE;
      else if (last - first > layout->plot.width / 4)
        spaced = FALSE;
      else
        for (gsize j = first + 1; j < last && j < series->n_points; j++)
          if (series->points[j].x - series->points[j - 1].x < x_per_marker)
            {
              spaced = FALSE;
              break;
            }
      cache->markers[i] = spaced;
    }

  return cache;
}

/**
 * engage_line_chart_cache_free:
 * @cache: (nullable): a cache from engage_line_chart_cache_new()
 */
void
engage_line_chart_cache_free (EngageLineChartCache *cache)
{
  if (cache == NULL)
    return;

  for (guint i = 0; i < cache->n_series; i++)
    g_clear_pointer (&cache->points[i], g_array_unref);
  g_free (cache->points);
  g_free (cache->markers);
  g_free (cache);
}

/**
 * engage_line_chart_cache_get_n_points:
 *
 * Returns: the points the cache strokes, over all series
 */
gsize
engage_line_chart_cache_get_n_points (const EngageLineChartCache *cache)
{
  gsize n = 0;

  g_return_val_if_fail (cache != NULL, 0);

  for (guint i = 0; i < cache->n_series; i++)
    n += cache->points[i]->len;
  return n;
}

static guint
count_points (const GArray *points)
{
  guint n = 0;

  for (guint i = 0; i < points->len; i++)
    if (isfinite (g_array_index (points, EngageChartPoint, i).y))
      n++;
  return n;
}

static void
trace_line (cairo_t                     *cr,
            const EngageLineChartLayout *layout,
            const GArray                *points)
{
  gboolean pen_down = FALSE;

  for (guint i = 0; i < points->len; i++)
    {
      const EngageChartPoint *p = &g_array_index (points, EngageChartPoint, i);
      double x, y;

      if (!isfinite (p->y))
        {
          pen_down = FALSE;
          continue;
        }

      x = engage_line_chart_layout_x_to_pixel (layout, p->x);
      y = engage_line_chart_layout_y_to_pixel (layout, p->y);
      if (pen_down)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      pen_down = TRUE;
    }
}

/* A dense line zigzags up and down each pixel column. Stroked as one path,
 * Cairo would compute the union of thousands of crossing segments, which
 * costs far more than drawing them. What the stroke covers in a column is the
 * span between the lowest and highest point there (and the end of the line
 * coming in from the previous column), widened by the line's width: filled as
 * one box per column, that is the same picture for the price of a few
 * thousand rectangles. Where columns without points lie between two points,
 * the connecting segment is stroked as usual. No dash shows at this density. */

typedef struct
{
  double column;      /* the current column's left edge, or NAN */
  double low;         /* its span, in pixels */
  double high;
} Span;

/* Boxes go to Cairo in batches: it composites a fill through a mask as large
 * as the fill's extents, and a narrow batch keeps that mask small. */
#define BOXES_PER_FILL 16

static void
flush_span (cairo_t    *cr,
            const Span *span,
            double      column_width,
            double      half_width,
            guint      *n_boxes)
{
  if (isnan (span->column))
    return;

  cairo_rectangle (cr, span->column, span->low - half_width,
                   column_width, span->high - span->low + 2 * half_width);
  if (++*n_boxes == BOXES_PER_FILL)
    {
      cairo_fill (cr);
      *n_boxes = 0;
    }
}

static void
stroke_dense (cairo_t                     *cr,
              const EngageLineChartLayout *layout,
              const GArray                *points,
              double                       line_width)
{
  double column_width = 1 / _engage_chart_device_scale (cr);
  double half_width = line_width / 2;
  Span span = { NAN, 0, 0 };
  double last_x = NAN, last_y = NAN;
  guint n_boxes = 0;

  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* First the segments that cross empty columns, as lines. */
  cairo_new_path (cr);
  for (guint i = 0; i < points->len; i++)
    {
      const EngageChartPoint *p = &g_array_index (points, EngageChartPoint, i);
      double x, y;

      if (!isfinite (p->y))
        {
          last_x = NAN;
          continue;
        }

      x = engage_line_chart_layout_x_to_pixel (layout, p->x);
      y = engage_line_chart_layout_y_to_pixel (layout, p->y);
      if (isfinite (last_x) && x - last_x > 1.5 * column_width)
        {
          cairo_move_to (cr, last_x, last_y);
          cairo_line_to (cr, x, y);
        }
      last_x = x;
      last_y = y;
    }
  cairo_stroke (cr);

  /* Then one box per column. */
  last_x = NAN;
  for (guint i = 0; i < points->len; i++)
    {
      const EngageChartPoint *p = &g_array_index (points, EngageChartPoint, i);
      double x, y, column;

      if (!isfinite (p->y))
        {
          flush_span (cr, &span, column_width, half_width, &n_boxes);
          span.column = NAN;
          last_x = NAN;
          continue;
        }

      x = engage_line_chart_layout_x_to_pixel (layout, p->x);
      y = engage_line_chart_layout_y_to_pixel (layout, p->y);
      column = floor (x / column_width) * column_width;

      if (column != span.column)
        {
          flush_span (cr, &span, column_width, half_width, &n_boxes);
          span.column = column;
          span.low = span.high = y;
          /* The line arrives from the previous column's last point. */
          if (isfinite (last_x) && x - last_x <= 1.5 * column_width)
            {
              span.low = MIN (span.low, last_y);
              span.high = MAX (span.high, last_y);
            }
        }
      else
        {
          span.low = MIN (span.low, y);
          span.high = MAX (span.high, y);
        }

      last_x = x;
      last_y = y;
    }
  flush_span (cr, &span, column_width, half_width, &n_boxes);

  cairo_fill (cr);
}

static void
fill_area (cairo_t                     *cr,
           const EngageLineChartLayout *layout,
           const GArray                *points,
           const EngageRgba            *color)
{
  double base = engage_line_chart_layout_y_to_pixel (layout, CLAMP (0, layout->y_ticks.min, layout->y_ticks.max));
  double run_start = NAN;
  double last_x = NAN;

  cairo_save (cr);
  engage_rgba_set_source_alpha (color, cr, 0.14);

  for (guint i = 0; i <= points->len; i++)
    {
      const EngageChartPoint *p = i < points->len ? &g_array_index (points, EngageChartPoint, i) : NULL;

      if (p == NULL || !isfinite (p->y))
        {
          if (isfinite (run_start))
            {
              cairo_line_to (cr, last_x, base);
              cairo_line_to (cr, run_start, base);
              cairo_close_path (cr);
              cairo_fill (cr);
            }
          run_start = NAN;
          continue;
        }

      last_x = engage_line_chart_layout_x_to_pixel (layout, p->x);
      if (!isfinite (run_start))
        {
          run_start = last_x;
          cairo_move_to (cr, last_x, engage_line_chart_layout_y_to_pixel (layout, p->y));
        }
      else
        cairo_line_to (cr, last_x, engage_line_chart_layout_y_to_pixel (layout, p->y));
    }

  cairo_restore (cr);
}

static void
paint_point_marker (cairo_t                *cr,
                    const EngageChartStyle *style,
                    const EngageRgba       *color,
                    EngageChartMarker       marker,
                    double                  x,
                    double                  y,
                    double                  size)
{
  /* A ring of background keeps the marker apart from lines crossing it. */
  engage_rgba_set_source (&style->background, cr);
  engage_chart_paint_marker (cr, marker == ENGAGE_CHART_MARKER_CROSS ? ENGAGE_CHART_MARKER_CIRCLE : marker,
                             x, y, size + 3);
  engage_rgba_set_source (color, cr);
  engage_chart_paint_marker (cr, marker, x, y, size);
}

static void
paint_forecast (cairo_t                     *cr,
                const EngageLineChartData   *data,
                const EngageChartStyle      *style,
                const EngageLineChartLayout *layout)
{
  const EngageRgba *color = data->n_series > 0 ? _engage_line_chart_series_color (data, style, 0) : &style->accent;
  double em = _engage_chart_em (style);
  double width = _engage_chart_line_width (style);
  double x0 = engage_line_chart_layout_x_to_pixel (layout, data->forecast_start.x);
  double y0 = engage_line_chart_layout_y_to_pixel (layout, data->forecast_start.y);
  double x1 = engage_line_chart_layout_x_to_pixel (layout, data->forecast_end.x);
  double y1 = engage_line_chart_layout_y_to_pixel (layout, data->forecast_end.y);
  int decimals = MAX (layout->y_ticks.decimals, data->y_decimals);
  g_autofree char *value = _engage_line_chart_format_y (data, data->forecast_end.y, decimals);

  if (!isfinite (y0) || !isfinite (y1))
    return;

  /* The label goes on the side away from the line: above a rising forecast. */
  cairo_save (cr);
  engage_rgba_set_source_alpha (color, cr, 0.85);
  engage_chart_set_dash (cr, ENGAGE_CHART_DASH_DASHED, width);
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  /* An open circle: a value that is not measured yet. */
  engage_rgba_set_source (&style->background, cr);
  cairo_arc (cr, x1, y1, em * 0.35, 0, 2 * G_PI);
  cairo_fill_preserve (cr);
  engage_rgba_set_source (color, cr);
  cairo_set_line_width (cr, MAX (1.5, width * 0.75));
  cairo_stroke (cr);
  cairo_restore (cr);

  _engage_chart_paint_text (cr, style, value, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_BOLD,
                            color, x1 - 0.5 * em, y1 + (y1 <= y0 ? -0.5 * em : 0.5 * em),
                            1, y1 <= y0 ? 1 : 0);
}

/**
 * engage_line_chart_paint_series:
 * @layout: the layout the frame was painted with
 * @cache: (nullable): the decimated series for @layout; NULL decimates now
 *
 * Strokes the series (and fills their areas), their markers and the
 * forecast, clipped to the plot. Paint it over engage_line_chart_paint_frame().
 */
void
engage_line_chart_paint_series (cairo_t                     *cr,
                                const EngageLineChartData   *data,
                                const EngageChartStyle      *style,
                                const EngageLineChartLayout *layout,
                                const EngageLineChartCache  *cache)
{
  g_autoptr(EngageLineChartCache) own_cache = NULL;
  const EngageChartRect *plot;
  double em, line_width;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (layout != NULL);

  if (layout->empty)
    return;

  if (cache == NULL || cache->n_series != data->n_series)
    {
      own_cache = engage_line_chart_cache_new (data, layout, _engage_chart_device_scale (cr));
      cache = own_cache;
    }

  plot = &layout->plot;
  em = _engage_chart_em (style);
  line_width = _engage_chart_line_width (style);

  cairo_save (cr);
  _engage_chart_clip_rect (cr, plot->x - em, plot->y - em, plot->width + 2 * em, plot->height + 2 * em);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  /* The first series is the most important one: it goes on top. */
  for (guint i = data->n_series; i-- > 0;)
    {
      const EngageLineSeries *series = &data->series[i];
      const EngageRgba *color = _engage_line_chart_series_color (data, style, i);
      const GArray *points = cache->points[i];
      gboolean single = count_points (points) == 1;

      if (series->fill_area && !single)
        {
          cairo_save (cr);
          _engage_chart_clip_rect (cr, plot->x, plot->y, plot->width, plot->height);
          fill_area (cr, layout, points, color);
          cairo_restore (cr);
        }

      cairo_save (cr);
      _engage_chart_clip_rect (cr, plot->x, plot->y - em, plot->width, plot->height + 2 * em);
      engage_rgba_set_source (color, cr);
      cairo_set_line_width (cr, line_width);
      if (points->len > plot->width / 2)
        stroke_dense (cr, layout, points, line_width);
      else
        {
          engage_chart_set_dash (cr, series->dash, line_width);
          trace_line (cr, layout, points);
          cairo_stroke (cr);
        }
      cairo_restore (cr);

      if (cache->markers[i] || single)
        {
          EngageChartMarker marker = series->marker != ENGAGE_CHART_MARKER_NONE
                                     ? series->marker : ENGAGE_CHART_MARKER_CIRCLE;

          for (guint j = 0; j < points->len; j++)
            {
              const EngageChartPoint *p = &g_array_index (points, EngageChartPoint, j);
              double x = engage_line_chart_layout_x_to_pixel (layout, p->x);

              if (!isfinite (p->y) || x < plot->x - 0.5 || x > plot->x + plot->width + 0.5)
                continue;
              paint_point_marker (cr, style, color, marker, x,
                                  engage_line_chart_layout_y_to_pixel (layout, p->y),
                                  em * (single ? 0.9 : 0.65));
            }
        }
    }

  if (data->has_forecast)
    paint_forecast (cr, data, style, layout);

  cairo_restore (cr);
}

/* Hover */

/**
 * engage_line_chart_hit_test:
 * @x: the pointer's position
 * @y: the pointer's position
 * @max_distance: how far from a point the pointer may be
 * @series_index: (out) (optional): the nearest point's series
 * @point_index: (out) (optional): the nearest point's index in its series
 *
 * Finds the point nearest to (@x, @y), searching only the points within
 * @max_distance horizontally, so that it stays fast on long series.
 *
 * Returns: %TRUE if a point lies within @max_distance
 */
gboolean
engage_line_chart_hit_test (const EngageLineChartData   *data,
                            const EngageLineChartLayout *layout,
                            double                       x,
                            double                       y,
                            double                       max_distance,
                            guint                       *series_index,
                            gsize                       *point_index)
{
  double best = INFINITY;
  guint best_series = 0;
  gsize best_point = 0;
  double x_low, x_high;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (layout != NULL, FALSE);

  if (layout->empty)
    return FALSE;

  x_low = engage_line_chart_layout_pixel_to_x (layout, x - max_distance);
  x_high = engage_line_chart_layout_pixel_to_x (layout, x + max_distance);

  for (guint i = 0; i < data->n_series; i++)
    {
      const EngageLineSeries *series = &data->series[i];

      for (gsize j = engage_decimate_lower_bound (series->points, series->n_points, x_low);
           j < series->n_points && series->points[j].x <= x_high; j++)
        {
          const EngageChartPoint *p = &series->points[j];
          double distance;

          if (!isfinite (p->y))
            continue;

          distance = hypot (engage_line_chart_layout_x_to_pixel (layout, p->x) - x,
                            engage_line_chart_layout_y_to_pixel (layout, p->y) - y);
          if (distance < best)
            {
              best = distance;
              best_series = i;
              best_point = j;
            }
        }
    }

  if (best > max_distance)
    return FALSE;

  if (series_index != NULL)
    *series_index = best_series;
  if (point_index != NULL)
    *point_index = best_point;
  return TRUE;
}

/**
 * engage_line_chart_paint_hover:
 * @series_index: the hovered series
 * @point_index: the hovered point
 *
 * Paints the hover overlay: a guide line at the point's date and the point
 * ringed in its series' colour.
 */
void
engage_line_chart_paint_hover (cairo_t                     *cr,
                               const EngageLineChartData   *data,
                               const EngageChartStyle      *style,
                               const EngageLineChartLayout *layout,
                               guint                        series_index,
                               gsize                        point_index)
{
  const EngageChartPoint *p;
  double em, x, y;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (series_index < data->n_series);
  g_return_if_fail (point_index < data->series[series_index].n_points);

  p = &data->series[series_index].points[point_index];
  if (!isfinite (p->y))
    return;

  em = _engage_chart_em (style);
  x = engage_line_chart_layout_x_to_pixel (layout, p->x);
  y = engage_line_chart_layout_y_to_pixel (layout, p->y);

  cairo_save (cr);
  engage_rgba_set_source_alpha (&style->foreground, cr, 0.35);
  _engage_chart_paint_vline (cr, x, layout->plot.y, layout->plot.y + layout->plot.height, 1);

  engage_rgba_set_source (&style->background, cr);
  cairo_arc (cr, x, y, em * 0.55, 0, 2 * G_PI);
  cairo_fill_preserve (cr);
  engage_rgba_set_source (_engage_line_chart_series_color (data, style, series_index), cr);
  cairo_set_line_width (cr, MAX (2, _engage_chart_line_width (style)));
  cairo_stroke (cr);
  cairo_restore (cr);
}

/**
 * engage_line_chart_describe_point:
 *
 * Returns: (transfer full): the point in words for a tooltip: series, date and
 *   value ("Instagram, 23 Nov 2026: 4.2%")
 */
char *
engage_line_chart_describe_point (const EngageLineChartData *data,
                                  guint                      series_index,
                                  gsize                      point_index)
{
  const EngageLineSeries *series;
  const EngageChartPoint *p;
  g_autofree char *date = NULL;
  g_autofree char *value = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (series_index < data->n_series, NULL);
  g_return_val_if_fail (point_index < data->series[series_index].n_points, NULL);

  series = &data->series[series_index];
  p = &series->points[point_index];
  date = engage_chart_format_date (_engage_line_chart_to_days (data, p->x));
  value = engage_chart_format_value (p->y, data->y_decimals >= 0 ? data->y_decimals : 1,
                                     data->y_unit);

  if (series->name == NULL)
    /* Translators: a chart point in a tooltip, "23 Nov 2026: 4.2%" */
    return g_strdup_printf (C_("chart point", "%s: %s"), date, value);

  /* Translators: a chart point in a tooltip, "Instagram, 23 Nov 2026: 4.2%" */
  return g_strdup_printf (C_("chart point", "%s, %s: %s"), series->name, date, value);
}
