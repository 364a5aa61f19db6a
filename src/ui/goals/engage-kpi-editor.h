/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-kpi.h"
#include "engage-project.h"

G_BEGIN_DECLS

const char         *engage_kpi_editor_validate          (const char     *name,
                                                         const char     *start_date,
                                                         const char     *due_date);
const char         *engage_kpi_editor_default_unit      (EngageKpiMetric metric);
EngageKpiCriterion  engage_kpi_editor_default_criterion (EngageKpiMetric metric);

#define ENGAGE_TYPE_KPI_EDITOR (engage_kpi_editor_get_type ())

G_DECLARE_FINAL_TYPE (EngageKpiEditor, engage_kpi_editor, ENGAGE, KPI_EDITOR, AdwWindow)

EngageKpiEditor *engage_kpi_editor_new        (EngageProject   *project,
                                               EngageKpi       *kpi);
GtkWindow       *engage_kpi_editor_present    (GtkWidget       *parent,
                                               EngageProject   *project,
                                               gint64           kpi_id);
void             engage_kpi_editor_set_name   (EngageKpiEditor *self,
                                               const char      *name);
void             engage_kpi_editor_set_metric (EngageKpiEditor *self,
                                               EngageKpiMetric  metric);
void             engage_kpi_editor_set_dates  (EngageKpiEditor *self,
                                               const char      *start_date,
                                               const char      *due_date);
gboolean         engage_kpi_editor_can_save   (EngageKpiEditor *self);
gboolean         engage_kpi_editor_save       (EngageKpiEditor *self,
                                               GError         **error);
EngageKpi       *engage_kpi_editor_get_kpi    (EngageKpiEditor *self);

G_END_DECLS
