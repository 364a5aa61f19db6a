/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-line-chart"

#include "config.h"

#include "engage-line-chart.h"
#include "engage-line-chart-private.h"

#include "engage-chart-format.h"
#include "engage-chart-private.h"
#include "engage-legend.h"

#include <glib/gi18n.h>
#include <math.h>

/**
 * engage_line_chart_data_init:
 *
 * Sets @data to an empty chart: no series, no lines, days on the x axis,
 * tick-driven decimals, a legend.
 */
void
engage_line_chart_data_init (EngageLineChartData *data)
{
  g_return_if_fail (data != NULL);

  *data = (EngageLineChartData) { 0 };
  data->y_decimals = -1;
  data->x_unit = ENGAGE_CHART_X_DAYS;
  data->show_legend = TRUE;
}

double
_engage_line_chart_to_days (const EngageLineChartData *data,
                            double                     x)
{
  return data->x_unit == ENGAGE_CHART_X_UNIX_TIME ? x / 86400.0 : x;
}

static double
from_days (const EngageLineChartData *data,
           double                     day)
{
  return data->x_unit == ENGAGE_CHART_X_UNIX_TIME ? day * 86400.0 : day;
}

static gboolean
series_has_point (const EngageLineSeries *series)
{
  for (gsize i = 0; i < series->n_points; i++)
    if (isfinite (series->points[i].y))
      return TRUE;
  return FALSE;
}

static gboolean
data_is_empty (const EngageLineChartData *data)
{
  for (guint i = 0; i < data->n_series; i++)
    if (series_has_point (&data->series[i]))
      return FALSE;
  return TRUE;
}

static void
extend (double *min,
        double *max,
        double  value)
{
  if (!isfinite (value))
    return;
  *min = MIN (*min, value);
  *max = MAX (*max, value);
}

static void
compute_x_range (const EngageLineChartData *data,
                 double                    *x_min,
                 double                    *x_max)
{
  double min = INFINITY, max = -INFINITY;

  if (data->has_x_range && data->x_max > data->x_min)
    {
      *x_min = data->x_min;
      *x_max = data->x_max;
      return;
    }

  for (guint i = 0; i < data->n_series; i++)
    {
      const EngageLineSeries *series = &data->series[i];

      if (series->n_points == 0)
        continue;
      extend (&min, &max, series->points[0].x);
      extend (&min, &max, series->points[series->n_points - 1].x);
    }

  if (data->has_pace)
    {
      extend (&min, &max, data->pace_start.x);
      extend (&min, &max, data->pace_end.x);
    }
  if (data->has_forecast)
    {
      extend (&min, &max, data->forecast_start.x);
      extend (&min, &max, data->forecast_end.x);
    }

  if (!isfinite (min))
    {
      min = 0;
      max = from_days (data, 1);
    }

  /* A single date gets a week around it, so its marker sits in the middle. */
  if (max - min < from_days (data, 1.0 / 24))
    {
      min -= from_days (data, 3.5);
      max += from_days (data, 3.5);
    }

  *x_min = min;
  *x_max = max;
}

static void
compute_y_range (const EngageLineChartData *data,
                 double                    *y_min,
                 double                    *y_max)
{
  double min = INFINITY, max = -INFINITY;

  if (data->has_y_range && data->y_max > data->y_min)
    {
      *y_min = data->y_min;
      *y_max = data->y_max;
      return;
    }

  for (guint i = 0; i < data->n_series; i++)
    {
      const EngageLineSeries *series = &data->series[i];

      for (gsize j = 0; j < series->n_points; j++)
        extend (&min, &max, series->points[j].y);
    }

  if (data->has_target)
    extend (&min, &max, data->target);
  if (data->has_pace)
    {
      extend (&min, &max, data->pace_start.y);
      extend (&min, &max, data->pace_end.y);
    }
  if (data->has_forecast)
    {
      extend (&min, &max, data->forecast_start.y);
      extend (&min, &max, data->forecast_end.y);
    }
  if (data->y_include_zero)
    extend (&min, &max, 0);

  if (!isfinite (min))
    {
      min = 0;
      max = 1;
    }

  *y_min = min;
  *y_max = max;
}

static const char *
target_label (const EngageLineChartData *data)
{
  return data->target_label != NULL ? data->target_label : _("Target");
}

static const char *
pace_label (const EngageLineChartData *data)
{
  return data->pace_label != NULL ? data->pace_label : _("Expected pace");
}

static const char *
forecast_label (const EngageLineChartData *data)
{
  return data->forecast_label != NULL ? data->forecast_label : _("Forecast");
}

const EngageRgba *
_engage_line_chart_series_color (const EngageLineChartData *data,
                                 const EngageChartStyle    *style,
                                 guint                      index)
{
  return _engage_chart_resolve_color (&data->series[index].color, style, index);
}

static GArray *
build_legend (const EngageLineChartData *data,
              const EngageChartStyle    *style)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (EngageLegendItem));

  if (!data->show_legend)
    return items;

  for (guint i = 0; i < data->n_series; i++)
    {
      EngageLegendItem item = {
        data->series[i].name, *_engage_line_chart_series_color (data, style, i), ENGAGE_LEGEND_SYMBOL_LINE,
        data->series[i].dash, data->series[i].marker,
      };

      /* A lone series needs no legend unless there is more to explain. */
      if (data->n_series == 1 && !data->has_target && !data->has_pace && !data->has_forecast)
        break;
      g_array_append_val (items, item);
    }

  if (data->has_target)
    {
      EngageLegendItem item = {
        target_label (data), style->success, ENGAGE_LEGEND_SYMBOL_LINE,
        ENGAGE_CHART_DASH_LONG_DASH, ENGAGE_CHART_MARKER_NONE,
      };
      g_array_append_val (items, item);
    }
  if (data->has_pace)
    {
      EngageLegendItem item = {
        pace_label (data), style->dim_foreground, ENGAGE_LEGEND_SYMBOL_LINE,
        ENGAGE_CHART_DASH_DOTTED, ENGAGE_CHART_MARKER_NONE,
      };
      g_array_append_val (items, item);
    }
  if (data->has_forecast)
    {
      EngageLegendItem item = {
        forecast_label (data), data->n_series > 0 ? *_engage_line_chart_series_color (data, style, 0) : style->accent,
        ENGAGE_LEGEND_SYMBOL_LINE, ENGAGE_CHART_DASH_DASHED, ENGAGE_CHART_MARKER_NONE,
      };
      g_array_append_val (items, item);
    }

  return items;
}

static gboolean
unit_is_percent (const EngageLineChartData *data)
{
  return data->y_unit != NULL && g_str_equal (data->y_unit, "%");
}

static gboolean
unit_is_word (const EngageLineChartData *data)
{
  return data->y_unit != NULL && data->y_unit[0] != '\0' && !unit_is_percent (data);
}

char *
_engage_line_chart_format_y (const EngageLineChartData *data,
                             double                     value,
                             int                        decimals)
{
  return engage_chart_format_value (value, decimals, unit_is_percent (data) ? "%" : NULL);
}

/**
 * engage_line_chart_get_layout:
 * @cr: (nullable): a context to measure text with; NULL measures on an image
 * @width: the chart's width
 * @height: the chart's height
 * @layout: (out caller-allocates): where things go
 *
 * Computes the plot area, the ranges and the y ticks for a chart of this size.
 */
void
engage_line_chart_get_layout (cairo_t                   *cr,
                              const EngageLineChartData *data,
                              const EngageChartStyle    *style,
                              double                     width,
                              double                     height,
                              EngageLineChartLayout     *layout)
{
  g_autoptr(cairo_t) measure = NULL;
  g_autoptr(GArray) legend = NULL;
  double em, pad, top, bottom, left, right;
  double legend_height, y_min, y_max, label_width = 0;
  guint max_ticks;

  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (layout != NULL);

  measure = _engage_chart_measure_context (cr);
  em = _engage_chart_em (style);
  pad = em;

  *layout = (EngageLineChartLayout) { 0 };
  layout->empty = data_is_empty (data);

  top = pad + _engage_chart_header_height (measure, style, data->title, data->subtitle, width - 2 * pad);
  if (unit_is_word (data) && !layout->empty)
    top += _engage_chart_line_height (measure, style, ENGAGE_CHART_SMALL_SCALE) + 0.4 * em;
  else
    top += 0.4 * em;   /* room for the top tick's label */

  legend = build_legend (data, style);
  legend_height = layout->empty ? 0 : engage_legend_measure (measure, style, (EngageLegendItem *) (void *) legend->data,
                                                             legend->len, width - 2 * pad);
  bottom = height - pad - legend_height;
  if (legend_height > 0)
    bottom -= 0.8 * em;
  bottom -= _engage_chart_line_height (measure, style, ENGAGE_CHART_SMALL_SCALE) + 0.7 * em;

  compute_x_range (data, &layout->x_min, &layout->x_max);
  compute_y_range (data, &y_min, &y_max);

  max_ticks = (guint) CLAMP ((bottom - top) / (2.8 * em), 2, 9);
  engage_axis_nice_ticks (y_min, y_max, max_ticks, &layout->y_ticks);

  for (guint i = 0; i < layout->y_ticks.n_ticks; i++)
    {
      g_autofree char *label = _engage_line_chart_format_y (data, engage_axis_tick_value (&layout->y_ticks, i),
                                         layout->y_ticks.decimals);
      double w;

      _engage_chart_text_size (measure, style, label, ENGAGE_CHART_SMALL_SCALE,
                               ENGAGE_CHART_TEXT_NORMAL, &w, NULL);
      label_width = MAX (label_width, w);
    }

  left = pad + label_width + 0.7 * em;
  right = width - pad - 1.2 * em;   /* the last date label is centred on the edge */

  layout->plot.x = left;
  layout->plot.y = top;
  layout->plot.width = MAX (right - left, 1);
  layout->plot.height = MAX (bottom - top, 1);

  layout->legend.x = pad;
  layout->legend.y = height - pad - legend_height;
  layout->legend.width = width - 2 * pad;
  layout->legend.height = legend_height;

  if (layout->empty)
    {
      layout->plot.x = pad;
      layout->plot.width = MAX (width - 2 * pad, 1);
      layout->plot.height = MAX (height - pad - top, 1);
    }
}

/**
 * engage_line_chart_layout_x_to_pixel:
 * @x: a value in the chart's x unit
 *
 * Returns: where @x lies horizontally
 */
double
engage_line_chart_layout_x_to_pixel (const EngageLineChartLayout *layout,
                                     double                       x)
{
  return engage_axis_map (x, layout->x_min, layout->x_max,
                          layout->plot.x, layout->plot.x + layout->plot.width);
}

/**
 * engage_line_chart_layout_y_to_pixel:
 * @y: a value
 *
 * Returns: where @y lies vertically
 */
double
engage_line_chart_layout_y_to_pixel (const EngageLineChartLayout *layout,
                                     double                       y)
{
  return engage_axis_map (y, layout->y_ticks.min, layout->y_ticks.max,
                          layout->plot.y + layout->plot.height, layout->plot.y);
}

/**
 * engage_line_chart_layout_pixel_to_x:
 * @pixel: a horizontal position
 *
 * Returns: the x value (chart unit) at @pixel
 */
double
engage_line_chart_layout_pixel_to_x (const EngageLineChartLayout *layout,
                                     double                       pixel)
{
  return engage_axis_map (pixel, layout->plot.x, layout->plot.x + layout->plot.width,
                          layout->x_min, layout->x_max);
}

/* Date labels */

typedef struct
{
  double x;        /* pixel */
  char  *text;
  double width;
} XLabel;

static void
x_label_clear (gpointer data)
{
  XLabel *label = data;

  g_free (label->text);
}

static gboolean
labels_fit (const GArray *labels,
            double        gap)
{
  for (guint i = 1; i < labels->len; i++)
    {
      const XLabel *a = &g_array_index (labels, XLabel, i - 1);
      const XLabel *b = &g_array_index (labels, XLabel, i);

      if (b->x - a->x < (a->width + b->width) / 2 + gap)
        return FALSE;
    }
  return TRUE;
}

/* Chooses date ticks whose labels do not collide, the year shown on the first
 * label and wherever it changes. */
static GArray *
build_x_labels (cairo_t                     *cr,
                const EngageLineChartData   *data,
                const EngageChartStyle      *style,
                const EngageLineChartLayout *layout)
{
  double em = _engage_chart_em (style);
  double sample_width;
  guint max_ticks;

  _engage_chart_text_size (cr, style, "28 Sep", ENGAGE_CHART_SMALL_SCALE,
                           ENGAGE_CHART_TEXT_NORMAL, &sample_width, NULL);
  max_ticks = (guint) CLAMP (layout->plot.width / (sample_width + 1.5 * em), 1, 24);

  for (;; max_ticks--)
    {
      GArray *labels = g_array_new (FALSE, TRUE, sizeof (XLabel));
      EngageDateTicks ticks;
      int previous_year = G_MININT;

      g_array_set_clear_func (labels, x_label_clear);
      engage_axis_date_ticks (_engage_line_chart_to_days (data, layout->x_min), _engage_line_chart_to_days (data, layout->x_max),
                              max_ticks, &ticks);

      for (guint i = 0; i < ticks.days->len; i++)
        {
          double day = g_array_index (ticks.days, double, i);
          g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc ((gint64) day * 86400);
          int year = time != NULL ? g_date_time_get_year (time) : 0;
          XLabel label;

          label.x = engage_line_chart_layout_x_to_pixel (layout, from_days (data, day));
          label.text = engage_chart_format_date_tick (day, ticks.unit,
                                                      ticks.unit != ENGAGE_DATE_UNIT_YEAR
                                                      && year != previous_year);
          _engage_chart_text_size (cr, style, label.text, ENGAGE_CHART_SMALL_SCALE,
                                   ENGAGE_CHART_TEXT_NORMAL, &label.width, NULL);
          previous_year = year;
          g_array_append_val (labels, label);
        }

      engage_date_ticks_clear (&ticks);

      if (max_ticks <= 1 || labels_fit (labels, 0.8 * em))
        return labels;

      g_array_unref (labels);
    }
}

/* Frame */

static void
paint_y_axis (cairo_t                     *cr,
              const EngageLineChartData   *data,
              const EngageChartStyle      *style,
              const EngageLineChartLayout *layout)
{
  const EngageChartRect *plot = &layout->plot;
  double em = _engage_chart_em (style);

  cairo_save (cr);

  for (guint i = 0; i < layout->y_ticks.n_ticks; i++)
    {
      double value = engage_axis_tick_value (&layout->y_ticks, i);
      double y = engage_line_chart_layout_y_to_pixel (layout, value);
      g_autofree char *label = _engage_line_chart_format_y (data, value, layout->y_ticks.decimals);

      /* The bottom line is the axis, and zero gets a firmer line as well. */
      if (i == 0 || value == 0)
        engage_rgba_set_source_alpha (&style->dim_foreground, cr, 0.55);
      else
        engage_rgba_set_source (&style->grid, cr);
      _engage_chart_paint_hline (cr, plot->x, plot->x + plot->width, y, 1);

      _engage_chart_paint_text (cr, style, label, ENGAGE_CHART_SMALL_SCALE,
                                ENGAGE_CHART_TEXT_NORMAL, &style->dim_foreground,
                                plot->x - 0.6 * em, y, 1, 0.5);
    }

  if (unit_is_word (data))
    _engage_chart_paint_text (cr, style, data->y_unit, ENGAGE_CHART_SMALL_SCALE,
                              ENGAGE_CHART_TEXT_NORMAL, &style->dim_foreground,
                              em, plot->y - 0.9 * em, 0, 1);

  cairo_restore (cr);
}

static void
paint_x_axis (cairo_t                     *cr,
              const EngageLineChartData   *data,
              const EngageChartStyle      *style,
              const EngageLineChartLayout *layout,
              double                       width)
{
  const EngageChartRect *plot = &layout->plot;
  double em = _engage_chart_em (style);
  double bottom = plot->y + plot->height;
  g_autoptr(GArray) labels = build_x_labels (cr, data, style, layout);

  cairo_save (cr);
  engage_rgba_set_source_alpha (&style->dim_foreground, cr, 0.55);

  for (guint i = 0; i < labels->len; i++)
    {
      const XLabel *label = &g_array_index (labels, XLabel, i);
      double x = CLAMP (label->x, label->width / 2 + 0.2 * em, width - label->width / 2 - 0.2 * em);

      _engage_chart_paint_vline (cr, label->x, bottom, bottom + 0.35 * em, 1);
      _engage_chart_paint_text (cr, style, label->text, ENGAGE_CHART_SMALL_SCALE,
                                ENGAGE_CHART_TEXT_NORMAL, &style->dim_foreground,
                                x, bottom + 0.5 * em, 0.5, 0);
    }

  cairo_restore (cr);
}

static void
paint_annotations (cairo_t                     *cr,
                   const EngageLineChartData   *data,
                   const EngageChartStyle      *style,
                   const EngageLineChartLayout *layout)
{
  const EngageChartRect *plot = &layout->plot;
  double em = _engage_chart_em (style);
  double line_height = _engage_chart_line_height (cr, style, ENGAGE_CHART_SMALL_SCALE);
  double row_end[3] = { -INFINITY, -INFINITY, -INFINITY };

  for (guint i = 0; i < data->n_annotations; i++)
    {
      const EngageChartAnnotation *annotation = &data->annotations[i];
      double x = engage_line_chart_layout_x_to_pixel (layout, annotation->x);
      double text_width, y;
      guint row = 0;

      if (x < plot->x - 0.5 || x > plot->x + plot->width + 0.5)
        continue;

      _engage_chart_text_size (cr, style, annotation->label, ENGAGE_CHART_SMALL_SCALE,
                               ENGAGE_CHART_TEXT_NORMAL, &text_width, NULL);

      /* Labels that would collide move down a row. */
      while (row < G_N_ELEMENTS (row_end) - 1 && x < row_end[row])
        row++;
      row_end[row] = x + text_width + 0.8 * em;
      y = plot->y + 0.2 * em + row * (line_height + 0.2 * em);

      cairo_save (cr);
      engage_rgba_set_source_alpha (&style->dim_foreground, cr, 0.7);
      engage_chart_set_dash (cr, ENGAGE_CHART_DASH_DOTTED, 1.5);
      _engage_chart_paint_vline (cr, x, plot->y, plot->y + plot->height, 1.5);
      cairo_set_dash (cr, NULL, 0, 0);

      engage_rgba_set_source_alpha (&style->background, cr, 0.85);
      cairo_rectangle (cr, x + 0.15 * em, y, text_width + 0.4 * em, line_height);
      cairo_fill (cr);
      cairo_restore (cr);

      _engage_chart_paint_text (cr, style, annotation->label, ENGAGE_CHART_SMALL_SCALE,
                                ENGAGE_CHART_TEXT_NORMAL, &style->foreground,
                                x + 0.35 * em, y, 0, 0);
    }
}

static void
paint_guides (cairo_t                     *cr,
              const EngageLineChartData   *data,
              const EngageChartStyle      *style,
              const EngageLineChartLayout *layout)
{
  const EngageChartRect *plot = &layout->plot;
  double em = _engage_chart_em (style);
  double width = MAX (1.5, _engage_chart_line_width (style) * 0.75);

  cairo_save (cr);
  _engage_chart_clip_rect (cr, plot->x, plot->y - em, plot->width, plot->height + 2 * em);

  if (data->has_pace)
    {
      engage_rgba_set_source (&style->dim_foreground, cr);
      engage_chart_set_dash (cr, ENGAGE_CHART_DASH_DOTTED, width);
      cairo_set_line_width (cr, width);
      cairo_move_to (cr, engage_line_chart_layout_x_to_pixel (layout, data->pace_start.x),
                     engage_line_chart_layout_y_to_pixel (layout, data->pace_start.y));
      cairo_line_to (cr, engage_line_chart_layout_x_to_pixel (layout, data->pace_end.x),
                     engage_line_chart_layout_y_to_pixel (layout, data->pace_end.y));
      cairo_stroke (cr);
    }

  if (data->has_target)
    {
      double y = engage_line_chart_layout_y_to_pixel (layout, data->target);
      int decimals = MAX (layout->y_ticks.decimals, data->y_decimals);
      g_autofree char *value = _engage_line_chart_format_y (data, data->target, decimals);
      /* Translators: a line's label and its value, "Target: 5%" */
      g_autofree char *label = g_strdup_printf (C_("chart", "%s: %s"), target_label (data), value);

      engage_rgba_set_source (&style->success, cr);
      engage_chart_set_dash (cr, ENGAGE_CHART_DASH_LONG_DASH, width);
      _engage_chart_paint_hline (cr, plot->x, plot->x + plot->width, y, width);
      cairo_set_dash (cr, NULL, 0, 0);

      /* At the left end: the right end is where pace and forecast arrive. */
      _engage_chart_paint_text (cr, style, label, ENGAGE_CHART_SMALL_SCALE,
                                ENGAGE_CHART_TEXT_BOLD, &style->success,
                                plot->x + 0.4 * em, y - 0.25 * em, 0, 1);
    }

  cairo_restore (cr);
}

/**
 * engage_line_chart_paint_frame:
 * @layout: from engage_line_chart_get_layout() for this size
 *
 * Paints what does not depend on the series' points: the background, the
 * title, the grid and axes with their labels, annotations, the target and
 * pace lines and the legend. The chart view caches this; for an empty chart
 * it paints the "No data yet" message instead of axes.
 */
void
engage_line_chart_paint_frame (cairo_t                     *cr,
                               const EngageLineChartData   *data,
                               const EngageChartStyle      *style,
                               const EngageLineChartLayout *layout,
                               double                       width,
                               double                       height)
{
  double em;
  EngageChartRect header;
  g_autoptr(GArray) legend = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (layout != NULL);

  em = _engage_chart_em (style);
  header = (EngageChartRect) { em, em, width - 2 * em, height - 2 * em };

  _engage_chart_paint_background (cr, style, width, height);
  _engage_chart_paint_header (cr, style, data->title, data->subtitle, &header);

  if (layout->empty)
    {
      _engage_chart_paint_empty (cr, style, &layout->plot,
                                 data->empty_text != NULL ? data->empty_text : _("No data yet"));
      return;
    }

  paint_y_axis (cr, data, style, layout);
  paint_x_axis (cr, data, style, layout, width);
  paint_annotations (cr, data, style, layout);
  paint_guides (cr, data, style, layout);

  legend = build_legend (data, style);
  engage_legend_paint (cr, style, (EngageLegendItem *) (void *) legend->data, legend->len,
                       &layout->legend);
}

/**
 * engage_line_chart_paint:
 * @cr: where to paint, from the origin
 * @data: what to show
 * @style: colours and fonts
 * @width: the chart's width
 * @height: the chart's height
 *
 * Paints the whole chart: frame, then series. Widgets that redraw often
 * paint the frame and a cached series separately.
 */
void
engage_line_chart_paint (cairo_t                   *cr,
                         const EngageLineChartData *data,
                         const EngageChartStyle    *style,
                         double                     width,
                         double                     height)
{
  EngageLineChartLayout layout;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);

  engage_line_chart_get_layout (cr, data, style, width, height, &layout);
  engage_line_chart_paint_frame (cr, data, style, &layout, width, height);
  engage_line_chart_paint_series (cr, data, style, &layout, NULL);
}
