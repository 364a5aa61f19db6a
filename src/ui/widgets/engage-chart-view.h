/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "engage-chart-data.h"

G_BEGIN_DECLS

#define ENGAGE_TYPE_CHART_VIEW (engage_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (EngageChartView, engage_chart_view, ENGAGE, CHART_VIEW, GtkWidget)

GtkWidget   *engage_chart_view_new           (void);
EngageChart *engage_chart_view_get_chart     (EngageChartView *self);
void         engage_chart_view_set_chart     (EngageChartView *self,
                                              EngageChart     *chart);
gboolean     engage_chart_view_get_show_table (EngageChartView *self);
void         engage_chart_view_set_show_table (EngageChartView *self,
                                              gboolean         show_table);

G_END_DECLS
