/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-project.h"

G_BEGIN_DECLS

#define ENGAGE_TYPE_KPI_DETAIL (engage_kpi_detail_get_type ())

G_DECLARE_FINAL_TYPE (EngageKpiDetail, engage_kpi_detail, ENGAGE, KPI_DETAIL, AdwBin)

GtkWidget     *engage_kpi_detail_new                   (EngageProject   *project);
EngageProject *engage_kpi_detail_get_project           (EngageKpiDetail *self);
gint64         engage_kpi_detail_get_kpi_id            (EngageKpiDetail *self);
void           engage_kpi_detail_set_kpi_id            (EngageKpiDetail *self,
                                                        gint64           kpi_id);
gboolean       engage_kpi_detail_add_measurement       (EngageKpiDetail *self,
                                                        const char      *date,
                                                        double           value,
                                                        const char      *note,
                                                        GError         **error);
guint          engage_kpi_detail_get_n_measurement_rows (EngageKpiDetail *self);
GtkTextBuffer *engage_kpi_detail_get_notes_buffer      (EngageKpiDetail *self);
void           engage_kpi_detail_flush_notes           (EngageKpiDetail *self);

G_END_DECLS
