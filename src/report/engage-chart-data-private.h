/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-chart-data.h"

G_BEGIN_DECLS

struct _EngageChart
{
  gatomicrefcount  ref_count;
  EngageChartKind  kind;
  char            *name;
  char            *title;

  /* What the painter's input points into: strings and arrays, freed together. */
  GPtrArray       *owned;

  union
  {
    EngageLineChartData         line;
    EngageNpsChartData          nps;
    EngageDistributionChartData distribution;
    EngageBarChartData          bar;
    EngageMixChartData          mix;
    EngageProgressBarData       progress;
  } data;
};

/* What a chart is built for: the project, its time zone, today and the
 * range asked for (NULL ends for the chart's default). */
typedef struct
{
  EngageProject *project;
  GTimeZone     *tz;
  char           today[11];
  const char    *from_date;   /* nullable */
  const char    *to_date;     /* nullable */
} EngageChartContext;

EngageChart *_engage_chart_new             (EngageChartKind            kind,
                                            const char                *name);
gpointer     _engage_chart_own             (EngageChart               *chart,
                                            gpointer                   memory);
gpointer     _engage_chart_own_array       (EngageChart               *chart,
                                            GArray                    *array);
EngageChart *_engage_chart_data_build_kpi  (const EngageChartContext  *context,
                                            const char                *name,
                                            const char                *key,
                                            gboolean                   progress_only,
                                            GError                   **error);

G_END_DECLS
