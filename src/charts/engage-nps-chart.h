/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "engage-axis.h"
#include "engage-chart-style.h"

G_BEGIN_DECLS

/**
 * EngageNpsChartPeriod:
 * @first_day: the period's first day, in days since 1970-01-01
 * @label: (nullable): the period's label; NULL to format @first_day by the
 *   chart's @period unit ("Mar 2026", "Q1 2026")
 * @n: responses with a score
 * @detractors: scores 0–6
 * @passives: scores 7–8
 * @promoters: scores 9–10
 * @nps: 100·(P − D)/n
 * @margin: half-width of the 95 % interval in NPS points; 0 or NAN for none
 *
 * One bar of the NPS chart. Periods without responses (@n == 0) get an empty
 * slot with "n = 0" and break the NPS line.
 */
typedef struct
{
  double      first_day;
  const char *label;
  guint       n;
  guint       detractors;
  guint       passives;
  guint       promoters;
  double      nps;
  double      margin;
} EngageNpsChartPeriod;

/**
 * EngageNpsChartData:
 * @title: (nullable): printed above the chart
 * @subtitle: (nullable): a second line (the survey's name, say)
 * @period: the length of a period, for labels
 * @periods: (array length=n_periods): in time order
 * @show_legend: explain the three colours and the line under the plot
 * @empty_text: (nullable): shown when no period has responses; NULL for "No data yet"
 *
 * What the NPS trend chart shows: the NPS per period as a line on a −100..100
 * axis with its 95 % margin as whiskers, and under it per period a 100 %
 * stacked bar of detractors, passives and promoters with their shares, and n.
 */
typedef struct
{
  const char                 *title;
  const char                 *subtitle;
  EngageDateUnit              period;
  const EngageNpsChartPeriod *periods;
  guint                       n_periods;
  gboolean                    show_legend;
  const char                 *empty_text;
} EngageNpsChartData;

/**
 * EngageNpsChartLayout:
 * @plot: the whole plot area: the NPS line above, the bars below
 * @slot_width: the width given to each period; bar i is centred at
 *   `plot.x + (i + 0.5) * slot_width`
 * @bar_width: the width of one stacked bar
 * @legend: where the legend goes (height 0 without one)
 * @empty: %TRUE when there is nothing to plot
 * @line_area: the upper part of @plot: the NPS axis from −100 (bottom) to 100 (top)
 * @bar_area: the lower part of @plot: the stacked bars, 0 % at the bottom,
 *   100 % at the top
 */
typedef struct
{
  EngageChartRect plot;
  double          slot_width;
  double          bar_width;
  EngageChartRect legend;
  gboolean        empty;
  EngageChartRect line_area;
  EngageChartRect bar_area;
} EngageNpsChartLayout;

void     engage_nps_chart_data_init    (EngageNpsChartData         *data);
void     engage_nps_chart_get_layout   (cairo_t                    *cr,
                                        const EngageNpsChartData   *data,
                                        const EngageChartStyle     *style,
                                        double                      width,
                                        double                      height,
                                        EngageNpsChartLayout       *layout);
double   engage_nps_chart_layout_nps_to_pixel (const EngageNpsChartLayout *layout,
                                        double                      nps);
double   engage_nps_chart_layout_share_to_pixel (const EngageNpsChartLayout *layout,
                                        double                      share);
void     engage_nps_chart_paint        (cairo_t                    *cr,
                                        const EngageNpsChartData   *data,
                                        const EngageChartStyle     *style,
                                        double                      width,
                                        double                      height);
gboolean engage_nps_chart_hit_test     (const EngageNpsChartData   *data,
                                        const EngageNpsChartLayout *layout,
                                        double                      x,
                                        double                      y,
                                        guint                      *period_index);
char    *engage_nps_chart_describe_period (const EngageNpsChartData *data,
                                        guint                       period_index);

G_END_DECLS
