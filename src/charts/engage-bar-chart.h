/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "engage-axis.h"
#include "engage-chart-style.h"

G_BEGIN_DECLS

/**
 * EngageBarOrientation:
 * @ENGAGE_BAR_HORIZONTAL: categories down the left, bars grow to the right
 * @ENGAGE_BAR_VERTICAL: categories along the bottom, bars grow upwards
 */
typedef enum
{
  ENGAGE_BAR_HORIZONTAL,
  ENGAGE_BAR_VERTICAL,
} EngageBarOrientation;

/**
 * EngageBarPanel:
 * @title: (nullable): the panel's heading ("Posts", "Engagement rate")
 * @unit: (nullable): "%" or a word, for the value labels
 * @decimals: digits after the decimal point in value labels
 * @values: (array): one value per category; NAN for "no value" (shown as "–")
 *
 * One measure over the chart's categories. A chart with several panels shows
 * them side by side over the same categories, each with its own scale.
 */
typedef struct
{
  const char   *title;
  const char   *unit;
  int           decimals;
  const double *values;
} EngageBarPanel;

/**
 * EngageBarChartData:
 * @title: (nullable): printed above the chart
 * @subtitle: (nullable): a second line (period, basis)
 * @orientation: horizontal or vertical bars
 * @labels: (array length=n_categories): the categories' names (channels, say)
 * @colors: (array length=n_categories) (nullable): a colour per category (the
 *   channel's); NULL, or a colour with alpha 0, takes the style's accent
 * @n_categories: number of categories
 * @panels: (array length=n_panels): at least one
 * @n_panels: number of panels
 * @empty_text: (nullable): shown when there are no categories; NULL for "No data yet"
 *
 * What a bar chart shows: each bar carries its value as a label.
 */
typedef struct
{
  const char            *title;
  const char            *subtitle;
  EngageBarOrientation   orientation;
  const char *const     *labels;
  const EngageRgba      *colors;
  guint                  n_categories;
  const EngageBarPanel  *panels;
  guint                  n_panels;
  const char            *empty_text;
} EngageBarChartData;

/**
 * EngageBarChartLayout:
 * @panels: (array fixed-size=4): the value area of each panel (at most 4
 *   panels are laid out); value 0 is at the left (horizontal) or bottom
 *   (vertical) edge, the panel's maximum at the opposite edge
 * @maxima: (array fixed-size=4): the value at the far edge of each panel
 * @n_panels: panels laid out
 * @slot: the extent of one category across the bars (height for horizontal,
 *   width for vertical bars); category i starts at `panels[p].y + i * slot`
 *   (horizontal) or `panels[p].x + i * slot` (vertical)
 * @bar_thickness: the bar's extent across, centred in its slot
 * @empty: %TRUE when there is nothing to plot
 */
typedef struct
{
  EngageChartRect panels[4];
  double          maxima[4];
  guint           n_panels;
  double          slot;
  double          bar_thickness;
  gboolean        empty;
} EngageBarChartLayout;

void     engage_bar_chart_data_init  (EngageBarChartData         *data);
void     engage_bar_chart_get_layout (cairo_t                    *cr,
                                      const EngageBarChartData   *data,
                                      const EngageChartStyle     *style,
                                      double                      width,
                                      double                      height,
                                      EngageBarChartLayout       *layout);
void     engage_bar_chart_get_bar    (const EngageBarChartData   *data,
                                      const EngageBarChartLayout *layout,
                                      guint                       panel,
                                      guint                       category,
                                      EngageChartRect            *bar);
void     engage_bar_chart_paint      (cairo_t                    *cr,
                                      const EngageBarChartData   *data,
                                      const EngageChartStyle     *style,
                                      double                      width,
                                      double                      height);
gboolean engage_bar_chart_hit_test   (const EngageBarChartData   *data,
                                      const EngageBarChartLayout *layout,
                                      double                      x,
                                      double                      y,
                                      guint                      *panel,
                                      guint                      *category);

G_END_DECLS
