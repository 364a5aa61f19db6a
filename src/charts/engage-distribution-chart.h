/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "engage-axis.h"
#include "engage-chart-style.h"

G_BEGIN_DECLS

/**
 * EngageDistributionChartData:
 * @title: (nullable): printed above the chart
 * @subtitle: (nullable): a second line (survey, period, n)
 * @counts: responses per score 0..10
 * @show_legend: explain the three group colours under the plot
 * @empty_text: (nullable): shown when all counts are 0; NULL for "No data yet"
 *
 * The score distribution ("loyalty spectrum"): eleven bars for the scores 0–10,
 * coloured by group (detractors 0–6, passives 7–8, promoters 9–10), each with
 * its count above it.
 */
typedef struct
{
  const char *title;
  const char *subtitle;
  guint       counts[11];
  gboolean    show_legend;
  const char *empty_text;
} EngageDistributionChartData;

/**
 * EngageDistributionChartLayout:
 * @plot: the plot area; score s has its slot from
 *   `plot.x + s * slot_width` to `plot.x + (s + 1) * slot_width`
 * @slot_width: the width of one score's slot
 * @bar_width: the width of a bar, centred in its slot
 * @y_ticks: the count axis; its max is the plot's top
 * @legend: where the legend goes (height 0 without one)
 * @empty: %TRUE when there is nothing to plot
 */
typedef struct
{
  EngageChartRect plot;
  double          slot_width;
  double          bar_width;
  EngageAxisTicks y_ticks;
  EngageChartRect legend;
  gboolean        empty;
} EngageDistributionChartLayout;

void     engage_distribution_chart_data_init  (EngageDistributionChartData *data);
void     engage_distribution_chart_get_layout (cairo_t                       *cr,
                                               const EngageDistributionChartData *data,
                                               const EngageChartStyle        *style,
                                               double                         width,
                                               double                         height,
                                               EngageDistributionChartLayout *layout);
void     engage_distribution_chart_paint      (cairo_t                       *cr,
                                               const EngageDistributionChartData *data,
                                               const EngageChartStyle        *style,
                                               double                         width,
                                               double                         height);
gboolean engage_distribution_chart_hit_test   (const EngageDistributionChartData *data,
                                               const EngageDistributionChartLayout *layout,
                                               double                         x,
                                               double                         y,
                                               guint                         *score);

G_END_DECLS
