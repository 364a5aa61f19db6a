/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-project.h"

G_BEGIN_DECLS

char *engage_goals_format_summary (guint n_goals,
                                   guint n_reached,
                                   guint n_unmeasured);

#define ENGAGE_TYPE_GOALS_PAGE (engage_goals_page_get_type ())

G_DECLARE_FINAL_TYPE (EngageGoalsPage, engage_goals_page, ENGAGE, GOALS_PAGE, AdwBin)

GtkWidget     *engage_goals_page_new         (EngageProject   *project);
EngageProject *engage_goals_page_get_project (EngageGoalsPage *self);

G_END_DECLS
