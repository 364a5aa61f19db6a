/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-project.h"
#include "engage-rule.h"

G_BEGIN_DECLS

char *engage_guidelines_format_rule_kind     (const char *kind);
char *engage_guidelines_format_rule_subtitle (EngageRule *rule);

#define ENGAGE_TYPE_GUIDELINES_PAGE (engage_guidelines_page_get_type ())

G_DECLARE_FINAL_TYPE (EngageGuidelinesPage, engage_guidelines_page, ENGAGE, GUIDELINES_PAGE, AdwBin)

GtkWidget     *engage_guidelines_page_new         (EngageProject        *project);
EngageProject *engage_guidelines_page_get_project (EngageGuidelinesPage *self);

G_END_DECLS
