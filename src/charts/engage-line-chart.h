/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "engage-axis.h"
#include "engage-chart-style.h"
#include "engage-decimate.h"

G_BEGIN_DECLS

/**
 * EngageChartXUnit:
 * @ENGAGE_CHART_X_DAYS: x counts days since 1970-01-01 (UTC); fractions are times of day
 * @ENGAGE_CHART_X_UNIX_TIME: x counts seconds since 1970-01-01 (UTC)
 *
 * What the x values of a time series are. Either way the axis shows dates.
 */
typedef enum
{
  ENGAGE_CHART_X_DAYS,
  ENGAGE_CHART_X_UNIX_TIME,
} EngageChartXUnit;

/**
 * EngageLineSeries:
 * @name: shown in the legend and the hover tooltip
 * @points: (array length=n_points): sorted by x; a NAN y leaves a gap
 * @n_points: number of @points
 * @color: the line's colour; alpha 0 takes the style's series colour by index
 * @dash: the line's pattern
 * @marker: drawn at each point while points are at least a few pixels apart,
 *   and always for a single point
 * @fill_area: shade the area between the line and the axis
 *
 * One line of a line chart. The painter only reads it; the caller owns the points.
 */
typedef struct
{
  const char             *name;
  const EngageChartPoint *points;
  gsize                   n_points;
  EngageRgba              color;
  EngageChartDash         dash;
  EngageChartMarker       marker;
  gboolean                fill_area;
} EngageLineSeries;

/**
 * EngageChartAnnotation:
 * @x: where, in the chart's x unit
 * @label: a short label ("Campaign start")
 *
 * A marked date: a thin vertical line with its label at the top.
 */
typedef struct
{
  double      x;
  const char *label;
} EngageChartAnnotation;

/**
 * EngageLineChartData:
 * @title: (nullable): printed above the chart
 * @subtitle: (nullable): a second line, e.g. the engagement basis
 * @y_unit: (nullable): the values' unit: "%" or a word ("followers"), shown
 *   with the y labels (a "%" after each number, a word above the axis)
 * @y_decimals: digits after the decimal point in hover text; -1 to follow the ticks
 * @y_include_zero: extend the y range to 0
 * @has_y_range: use @y_min..@y_max (expanded to nice ticks) instead of the data's range
 * @has_x_range: use @x_min..@x_max instead of the data's range
 * @x_unit: days or unix time
 * @series: (array length=n_series): the lines
 * @has_target: draw a horizontal target line at @target, labelled @target_label
 * @has_pace: draw the expected-pace line from @pace_start (baseline at the start) to
 *   @pace_end (target at the due date)
 * @has_forecast: draw a dashed forecast from @forecast_start to @forecast_end
 * @annotations: (array length=n_annotations): marked dates
 * @show_legend: list the series (and target, pace, forecast) under the plot
 * @empty_text: (nullable): shown centred when no series has a point; NULL for
 *   "No data yet"
 *
 * What a line chart shows. Initialise with engage_line_chart_data_init() and
 * set what applies; the struct points into memory the caller keeps alive while
 * painting.
 */
typedef struct
{
  const char                  *title;
  const char                  *subtitle;
  const char                  *y_unit;
  int                          y_decimals;
  gboolean                     y_include_zero;
  gboolean                     has_y_range;
  double                       y_min;
  double                       y_max;
  gboolean                     has_x_range;
  double                       x_min;
  double                       x_max;
  EngageChartXUnit             x_unit;

  const EngageLineSeries      *series;
  guint                        n_series;

  gboolean                     has_target;
  double                       target;
  const char                  *target_label;
  gboolean                     has_pace;
  EngageChartPoint             pace_start;
  EngageChartPoint             pace_end;
  const char                  *pace_label;
  gboolean                     has_forecast;
  EngageChartPoint             forecast_start;
  EngageChartPoint             forecast_end;
  const char                  *forecast_label;

  const EngageChartAnnotation *annotations;
  guint                        n_annotations;

  gboolean                     show_legend;
  const char                  *empty_text;
} EngageLineChartData;

/**
 * EngageLineChartLayout:
 * @plot: the plot area; data maps into it
 * @x_min: the x value at the plot's left edge (chart units)
 * @x_max: the x value at the plot's right edge
 * @y_ticks: the y axis; its min and max are the plot's bottom and top
 * @legend: where the legend goes (height 0 without one)
 * @empty: %TRUE when there is nothing to plot
 *
 * Where things go for a given size, computed by engage_line_chart_get_layout().
 */
typedef struct
{
  EngageChartRect plot;
  double          x_min;
  double          x_max;
  EngageAxisTicks y_ticks;
  EngageChartRect legend;
  gboolean        empty;
} EngageLineChartLayout;

/**
 * EngageLineChartCache:
 *
 * The series decimated for one plot width (first/min/max/last per pixel
 * column), so that a redraw strokes at most four points per column. Build it
 * when the data or the width change; engage_line_chart_paint_series() strokes it.
 */
typedef struct _EngageLineChartCache EngageLineChartCache;

void     engage_line_chart_data_init     (EngageLineChartData         *data);

void     engage_line_chart_get_layout    (cairo_t                     *cr,
                                          const EngageLineChartData   *data,
                                          const EngageChartStyle      *style,
                                          double                       width,
                                          double                       height,
                                          EngageLineChartLayout       *layout);
double   engage_line_chart_layout_x_to_pixel (const EngageLineChartLayout *layout,
                                          double                       x);
double   engage_line_chart_layout_y_to_pixel (const EngageLineChartLayout *layout,
                                          double                       y);
double   engage_line_chart_layout_pixel_to_x (const EngageLineChartLayout *layout,
                                          double                       pixel);

void     engage_line_chart_paint         (cairo_t                     *cr,
                                          const EngageLineChartData   *data,
                                          const EngageChartStyle      *style,
                                          double                       width,
                                          double                       height);
void     engage_line_chart_paint_frame   (cairo_t                     *cr,
                                          const EngageLineChartData   *data,
                                          const EngageChartStyle      *style,
                                          const EngageLineChartLayout *layout,
                                          double                       width,
                                          double                       height);
void     engage_line_chart_paint_series  (cairo_t                     *cr,
                                          const EngageLineChartData   *data,
                                          const EngageChartStyle      *style,
                                          const EngageLineChartLayout *layout,
                                          const EngageLineChartCache  *cache);

EngageLineChartCache *
         engage_line_chart_cache_new     (const EngageLineChartData   *data,
                                          const EngageLineChartLayout *layout,
                                          double                       scale);
void     engage_line_chart_cache_free    (EngageLineChartCache        *cache);
gsize    engage_line_chart_cache_get_n_points (const EngageLineChartCache *cache);

gboolean engage_line_chart_hit_test      (const EngageLineChartData   *data,
                                          const EngageLineChartLayout *layout,
                                          double                       x,
                                          double                       y,
                                          double                       max_distance,
                                          guint                       *series_index,
                                          gsize                       *point_index);
void     engage_line_chart_paint_hover   (cairo_t                     *cr,
                                          const EngageLineChartData   *data,
                                          const EngageChartStyle      *style,
                                          const EngageLineChartLayout *layout,
                                          guint                        series_index,
                                          gsize                        point_index);
char    *engage_line_chart_describe_point (const EngageLineChartData  *data,
                                          guint                        series_index,
                                          gsize                        point_index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EngageLineChartCache, engage_line_chart_cache_free)

G_END_DECLS
