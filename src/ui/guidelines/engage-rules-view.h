/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-project.h"
#include "engage-rule.h"

G_BEGIN_DECLS

char *engage_rules_view_format_subtitle (EngageRule    *rule,
                                         EngageProject *project);

#define ENGAGE_TYPE_RULES_VIEW (engage_rules_view_get_type ())

G_DECLARE_FINAL_TYPE (EngageRulesView, engage_rules_view, ENGAGE, RULES_VIEW, AdwBin)

GtkWidget *engage_rules_view_new (EngageProject *project);

G_END_DECLS
