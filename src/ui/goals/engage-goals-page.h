/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-kpi-detail.h"
#include "engage-project.h"

G_BEGIN_DECLS

char *engage_goals_format_summary (guint n_goals,
                                   guint n_reached,
                                   guint n_unmeasured);

#define ENGAGE_TYPE_GOALS_PAGE (engage_goals_page_get_type ())

G_DECLARE_FINAL_TYPE (EngageGoalsPage, engage_goals_page, ENGAGE, GOALS_PAGE, AdwBin)

GtkWidget       *engage_goals_page_new              (EngageProject   *project);
EngageProject   *engage_goals_page_get_project      (EngageGoalsPage *self);
void             engage_goals_page_select_kpi       (EngageGoalsPage *self,
                                                     gint64           kpi_id);
gint64           engage_goals_page_get_selected_kpi (EngageGoalsPage *self);
const char      *engage_goals_page_get_view         (EngageGoalsPage *self);
EngageKpiDetail *engage_goals_page_get_kpi_detail   (EngageGoalsPage *self);
gint64           engage_goals_page_get_kpi_row_id   (EngageGoalsPage *self,
                                                     guint            index);
GtkWindow       *engage_goals_page_show_subview     (EngageGoalsPage *self,
                                                     const char      *sub);

G_END_DECLS
