/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-project.h"
#include "engage-rule.h"

G_BEGIN_DECLS

GStrv engage_rule_dialog_parse_terms  (const char          *text);
char *engage_rule_dialog_format_terms (const char * const  *terms);

#define ENGAGE_TYPE_RULE_DIALOG (engage_rule_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EngageRuleDialog, engage_rule_dialog, ENGAGE, RULE_DIALOG, AdwWindow)

EngageRuleDialog *engage_rule_dialog_new     (EngageProject    *project,
                                              EngageRule       *rule);
void              engage_rule_dialog_present (GtkWidget        *parent,
                                              EngageProject    *project,
                                              gint64            rule_id);
gboolean          engage_rule_dialog_save    (EngageRuleDialog *self,
                                              GError          **error);

G_END_DECLS
