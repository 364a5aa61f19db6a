/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "engage-project.h"
#include "engage-bar-chart.h"
#include "engage-chart-style.h"
#include "engage-distribution-chart.h"
#include "engage-line-chart.h"
#include "engage-metrics.h"
#include "engage-mix-chart.h"
#include "engage-nps-chart.h"
#include "engage-progress-bar.h"

G_BEGIN_DECLS

/*
 * The charts a project offers, by name, built into the painters' inputs with
 * the formulas of engage-metrics.h. engage-cli, the report and the Goals page
 * all ask here, so a chart looks the same wherever it is drawn.
 *
 * Names: "engagement", "nps", "nps-distribution", "mix", "channels",
 * "kpi:<KPI name or id>" (measurements against target and pace) and
 * "kpi-progress:<KPI name or id>" (the bullet bar).
 */

#define ENGAGE_CHART_DATA_ERROR (engage_chart_data_error_quark ())

typedef enum
{
  ENGAGE_CHART_DATA_ERROR_UNKNOWN_CHART,
  ENGAGE_CHART_DATA_ERROR_INVALID_RANGE,
} EngageChartDataError;

typedef enum
{
  ENGAGE_CHART_KIND_LINE,
  ENGAGE_CHART_KIND_NPS,
  ENGAGE_CHART_KIND_DISTRIBUTION,
  ENGAGE_CHART_KIND_BAR,
  ENGAGE_CHART_KIND_MIX,
  ENGAGE_CHART_KIND_PROGRESS,
} EngageChartKind;

/**
 * EngageChartInfo:
 * @name: what engage_chart_data_build() takes ("nps", "kpi:Followers")
 * @title: a translated title for menus and listings
 */
typedef struct
{
  char *name;
  char *title;
} EngageChartInfo;

/**
 * EngageChart:
 *
 * A built chart: the painter's input and the memory it points into, for one
 * project state and range. Immutable and reference counted; build a new one
 * when the project changes.
 */
typedef struct _EngageChart EngageChart;

#define ENGAGE_TYPE_CHART (engage_chart_get_type ())

GQuark       engage_chart_data_error_quark (void);
GType        engage_chart_get_type         (void) G_GNUC_CONST;

GPtrArray   *engage_chart_data_list        (EngageProject          *project,
                                            GError                **error);
void         engage_chart_info_free        (EngageChartInfo        *info);
EngageChart *engage_chart_data_build       (EngageProject          *project,
                                            const char             *name,
                                            const char             *from_date,
                                            const char             *to_date,
                                            const char             *today,
                                            GError                **error);

/* The "nps" and "nps-distribution" charts of a chosen survey, the trend by a
 * chosen period (engage_chart_data_build() takes the first survey, by month
 * or, past 18 months, by quarter). */
EngageChart *engage_chart_data_build_nps_trend        (EngageProject          *project,
                                                       gint64                  survey_id,
                                                       EngagePeriod            period,
                                                       const char             *from_date,
                                                       const char             *to_date,
                                                       const char             *today,
                                                       GError                **error);
EngageChart *engage_chart_data_build_nps_distribution (EngageProject          *project,
                                                       gint64                  survey_id,
                                                       const char             *from_date,
                                                       const char             *to_date,
                                                       const char             *today,
                                                       GError                **error);

/* engage-chart-data-engagement.c: the Goals area's engagement analytics, for a
 * chosen basis, channel and range. */
EngageChart *engage_chart_data_build_engagement_trend   (EngageProject          *project,
                                                         EngageEngagementBasis   basis,
                                                         gint64                  channel_id,
                                                         const char             *from_date,
                                                         const char             *to_date,
                                                         GError                **error);
EngageChart *engage_chart_data_build_engagement_pillars (EngageProject          *project,
                                                         EngageEngagementBasis   basis,
                                                         gint64                  channel_id,
                                                         const char             *from_date,
                                                         const char             *to_date,
                                                         GError                **error);

EngageChart *engage_chart_ref              (EngageChart            *chart);
void         engage_chart_unref            (EngageChart            *chart);

EngageChartKind engage_chart_get_kind      (const EngageChart      *chart);
const char  *engage_chart_get_name         (const EngageChart      *chart);
const char  *engage_chart_get_title        (const EngageChart      *chart);
char        *engage_chart_get_summary      (const EngageChart      *chart);
GPtrArray   *engage_chart_get_table        (const EngageChart      *chart);

const EngageLineChartData         *engage_chart_get_line_data         (const EngageChart *chart);
const EngageNpsChartData          *engage_chart_get_nps_data          (const EngageChart *chart);
const EngageDistributionChartData *engage_chart_get_distribution_data (const EngageChart *chart);
const EngageBarChartData          *engage_chart_get_bar_data          (const EngageChart *chart);
const EngageMixChartData          *engage_chart_get_mix_data          (const EngageChart *chart);
const EngageProgressBarData       *engage_chart_get_progress_data     (const EngageChart *chart);

void         engage_chart_paint            (cairo_t                *cr,
                                            const EngageChartStyle *style,
                                            double                  width,
                                            double                  height,
                                            gpointer                chart);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EngageChart, engage_chart_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EngageChartInfo, engage_chart_info_free)

G_END_DECLS
