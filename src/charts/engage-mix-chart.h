/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "engage-axis.h"
#include "engage-chart-style.h"

G_BEGIN_DECLS

/**
 * EngageMixChartEntry:
 * @name: the pillar's name
 * @color: the pillar's colour; alpha 0 takes the style's series colour by index
 * @n_posts: posts in the range (shown with the share)
 * @share: the actual share, 0..1
 * @has_target: whether the pillar has a target share
 * @target_share: the target share, 0..1
 */
typedef struct
{
  const char *name;
  EngageRgba  color;
  guint       n_posts;
  double      share;
  gboolean    has_target;
  double      target_share;
} EngageMixChartEntry;

/**
 * EngageMixChartData:
 * @title: (nullable): printed above the chart
 * @subtitle: (nullable): a second line (the range)
 * @entries: (array length=n_entries): one row per pillar
 * @n_entries: number of entries
 * @show_legend: explain the bar and the target marker under the plot
 * @empty_text: (nullable): shown when there are no entries or no posts;
 *   NULL for "No data yet"
 *
 * The content mix: a horizontal bar per pillar as long as its actual share,
 * a marker line at its target share, both labelled in percent.
 */
typedef struct
{
  const char                *title;
  const char                *subtitle;
  const EngageMixChartEntry *entries;
  guint                      n_entries;
  gboolean                   show_legend;
  const char                *empty_text;
} EngageMixChartData;

/**
 * EngageMixChartLayout:
 * @plot: the bar area: share 0 at its left edge, @max_share at its right edge;
 *   entry i has its row from `plot.y + i * row_height`
 * @max_share: the share at the right edge (a nice number ≥ every share and target)
 * @row_height: the height of one entry's row
 * @bar_height: the height of a bar, centred in its row
 * @legend: where the legend goes (height 0 without one)
 * @empty: %TRUE when there is nothing to plot
 */
typedef struct
{
  EngageChartRect plot;
  double          max_share;
  double          row_height;
  double          bar_height;
  EngageChartRect legend;
  gboolean        empty;
} EngageMixChartLayout;

void     engage_mix_chart_data_init  (EngageMixChartData         *data);
void     engage_mix_chart_get_layout (cairo_t                    *cr,
                                      const EngageMixChartData   *data,
                                      const EngageChartStyle     *style,
                                      double                      width,
                                      double                      height,
                                      EngageMixChartLayout       *layout);
double   engage_mix_chart_layout_share_to_pixel (const EngageMixChartLayout *layout,
                                      double                      share);
void     engage_mix_chart_paint      (cairo_t                    *cr,
                                      const EngageMixChartData   *data,
                                      const EngageChartStyle     *style,
                                      double                      width,
                                      double                      height);
gboolean engage_mix_chart_hit_test   (const EngageMixChartData   *data,
                                      const EngageMixChartLayout *layout,
                                      double                      x,
                                      double                      y,
                                      guint                      *entry_index);

G_END_DECLS
