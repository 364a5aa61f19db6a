/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-project.h"

G_BEGIN_DECLS

/**
 * EngageKpi:
 *
 * A key performance indicator with baseline, target and deadline.
 */
#define ENGAGE_TYPE_KPI (engage_kpi_get_type ())

G_DECLARE_FINAL_TYPE (EngageKpi, engage_kpi, ENGAGE, KPI, GObject)

EngageKpi         *engage_kpi_new                   (const char         *name,
                                                     EngageKpiMetric     metric);
EngageKpi         *engage_kpi_copy                  (EngageKpi          *self);
gint64             engage_kpi_get_id                (EngageKpi          *self);
const char        *engage_kpi_get_uuid              (EngageKpi          *self);
const char        *engage_kpi_get_name              (EngageKpi          *self);
void               engage_kpi_set_name              (EngageKpi          *self,
                                                     const char         *name);
EngageKpiMetric    engage_kpi_get_metric            (EngageKpi          *self);
void               engage_kpi_set_metric            (EngageKpi          *self,
                                                     EngageKpiMetric     metric);
const char        *engage_kpi_get_unit              (EngageKpi          *self);
void               engage_kpi_set_unit              (EngageKpi          *self,
                                                     const char         *unit);
EngageKpiCriterion engage_kpi_get_criterion         (EngageKpi          *self);
void               engage_kpi_set_criterion         (EngageKpi          *self,
                                                     EngageKpiCriterion  criterion);
double             engage_kpi_get_baseline_value    (EngageKpi          *self);
void               engage_kpi_set_baseline_value    (EngageKpi          *self,
                                                     double              baseline_value);
const char        *engage_kpi_get_baseline_date     (EngageKpi          *self);
void               engage_kpi_set_baseline_date     (EngageKpi          *self,
                                                     const char         *baseline_date);
double             engage_kpi_get_target_value      (EngageKpi          *self);
void               engage_kpi_set_target_value      (EngageKpi          *self,
                                                     double              target_value);
const char        *engage_kpi_get_start_date        (EngageKpi          *self);
void               engage_kpi_set_start_date        (EngageKpi          *self,
                                                     const char         *start_date);
const char        *engage_kpi_get_due_date          (EngageKpi          *self);
void               engage_kpi_set_due_date          (EngageKpi          *self,
                                                     const char         *due_date);
gint64             engage_kpi_get_channel_id        (EngageKpi          *self);
void               engage_kpi_set_channel_id        (EngageKpi          *self,
                                                     gint64              channel_id);
gint64             engage_kpi_get_survey_id         (EngageKpi          *self);
void               engage_kpi_set_survey_id         (EngageKpi          *self,
                                                     gint64              survey_id);
const char        *engage_kpi_get_engagement_basis  (EngageKpi          *self);
void               engage_kpi_set_engagement_basis  (EngageKpi          *self,
                                                     const char         *engagement_basis);
const char        *engage_kpi_get_notes             (EngageKpi          *self);
void               engage_kpi_set_notes             (EngageKpi          *self,
                                                     const char         *notes);
int                engage_kpi_get_position          (EngageKpi          *self);
void               engage_kpi_set_position          (EngageKpi          *self,
                                                     int                 position);

gboolean           engage_project_add_kpi           (EngageProject      *project,
                                                     EngageKpi          *kpi,
                                                     GError            **error);
gboolean           engage_project_update_kpi        (EngageProject      *project,
                                                     EngageKpi          *kpi,
                                                     GError            **error);
gboolean           engage_project_delete_kpi        (EngageProject      *project,
                                                     gint64              kpi_id,
                                                     GError            **error);
EngageKpi         *engage_project_get_kpi           (EngageProject      *project,
                                                     gint64              kpi_id,
                                                     GError            **error);
GListModel        *engage_project_list_kpis         (EngageProject      *project);

G_END_DECLS
