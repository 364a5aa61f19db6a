/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-kpi.h"
#include "engage-metrics.h"
#include "engage-measurement.h"

G_BEGIN_DECLS

double   engage_kpi_compute_progress (EngageKpiCriterion criterion,
                                      double             baseline,
                                      double             target,
                                      double             current);

#define ENGAGE_TYPE_KPI_CARD (engage_kpi_card_get_type ())

G_DECLARE_FINAL_TYPE (EngageKpiCard, engage_kpi_card, ENGAGE, KPI_CARD, AdwBin)

GtkWidget *engage_kpi_card_new         (EngageKpi         *kpi,
                                        EngageMeasurement *latest,
                                        const char        *channel_name);
double     engage_kpi_card_get_progress (EngageKpiCard    *self);
gboolean   engage_kpi_card_get_reached  (EngageKpiCard    *self);
void       engage_kpi_card_set_status   (EngageKpiCard    *self,
                                         EngageKpiStatus   status);

G_END_DECLS
