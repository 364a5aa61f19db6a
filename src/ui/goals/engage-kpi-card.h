/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-kpi.h"
#include "engage-metrics.h"
#include "engage-measurement.h"

G_BEGIN_DECLS

double      engage_kpi_compute_progress       (EngageKpiCriterion criterion,
                                               double             baseline,
                                               double             target,
                                               double             current);
char       *engage_kpi_format_metric          (EngageKpi         *kpi,
                                               const char        *channel_name);
char       *engage_kpi_format_target          (EngageKpi         *kpi);
char       *engage_kpi_format_percent         (double             fraction);
const char *engage_kpi_status_get_icon_name   (EngageKpiStatus    status);
const char *engage_kpi_status_get_style_class (EngageKpiStatus    status);

#define ENGAGE_TYPE_KPI_CARD (engage_kpi_card_get_type ())

G_DECLARE_FINAL_TYPE (EngageKpiCard, engage_kpi_card, ENGAGE, KPI_CARD, AdwBin)

GtkWidget *engage_kpi_card_new         (EngageKpi         *kpi,
                                        EngageMeasurement *latest,
                                        const char        *channel_name);
double     engage_kpi_card_get_progress (EngageKpiCard    *self);
gboolean   engage_kpi_card_get_reached  (EngageKpiCard    *self);
void       engage_kpi_card_set_status   (EngageKpiCard    *self,
                                         EngageKpiStatus   status);
gint64     engage_kpi_card_get_kpi_id   (EngageKpiCard    *self);

G_END_DECLS
