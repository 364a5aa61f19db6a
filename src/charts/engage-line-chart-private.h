/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-line-chart.h"

G_BEGIN_DECLS

/* Shared by the frame (engage-line-chart.c) and the series
 * (engage-line-chart-series.c) of the line chart. */

double            _engage_line_chart_to_days       (const EngageLineChartData *data,
                                                    double                     x);
const EngageRgba *_engage_line_chart_series_color  (const EngageLineChartData *data,
                                                    const EngageChartStyle    *style,
                                                    guint                      index);
char             *_engage_line_chart_format_y      (const EngageLineChartData *data,
                                                    double                     value,
                                                    int                        decimals);

G_END_DECLS
