/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-project.h"

G_BEGIN_DECLS

/**
 * EngageRule:
 *
 * An executable rule of the guideline; params is a JSON object whose keys depend on the kind.
 */
#define ENGAGE_TYPE_RULE (engage_rule_get_type ())

G_DECLARE_FINAL_TYPE (EngageRule, engage_rule, ENGAGE, RULE, GObject)

EngageRule     *engage_rule_new                     (const char        *kind);
EngageRule     *engage_rule_copy                    (EngageRule        *self);
gint64          engage_rule_get_id                  (EngageRule        *self);
const char     *engage_rule_get_uuid                (EngageRule        *self);
const char     *engage_rule_get_kind                (EngageRule        *self);
void            engage_rule_set_kind                (EngageRule        *self,
                                                     const char        *kind);
const char     *engage_rule_get_params              (EngageRule        *self);
void            engage_rule_set_params              (EngageRule        *self,
                                                     const char        *params);
const char     *engage_rule_get_channel_kinds       (EngageRule        *self);
void            engage_rule_set_channel_kinds       (EngageRule        *self,
                                                     const char        *channel_kinds);
gboolean        engage_rule_applies_to_channel_kind (EngageRule        *self,
                                                     EngageChannelKind  kind);
gint64          engage_rule_get_pillar_id           (EngageRule        *self);
void            engage_rule_set_pillar_id           (EngageRule        *self,
                                                     gint64             pillar_id);
gint64          engage_rule_get_section_id          (EngageRule        *self);
void            engage_rule_set_section_id          (EngageRule        *self,
                                                     gint64             section_id);
EngageSeverity  engage_rule_get_severity            (EngageRule        *self);
void            engage_rule_set_severity            (EngageRule        *self,
                                                     EngageSeverity     severity);
const char     *engage_rule_get_message             (EngageRule        *self);
void            engage_rule_set_message             (EngageRule        *self,
                                                     const char        *message);
gboolean        engage_rule_get_enabled             (EngageRule        *self);
void            engage_rule_set_enabled             (EngageRule        *self,
                                                     gboolean           enabled);
int             engage_rule_get_position            (EngageRule        *self);
void            engage_rule_set_position            (EngageRule        *self,
                                                     int                position);

gboolean        engage_project_add_rule             (EngageProject     *project,
                                                     EngageRule        *rule,
                                                     GError           **error);
gboolean        engage_project_update_rule          (EngageProject     *project,
                                                     EngageRule        *rule,
                                                     GError           **error);
gboolean        engage_project_delete_rule          (EngageProject     *project,
                                                     gint64             rule_id,
                                                     GError           **error);
EngageRule     *engage_project_get_rule             (EngageProject     *project,
                                                     gint64             rule_id,
                                                     GError           **error);
GListModel     *engage_project_list_rules           (EngageProject     *project);

G_END_DECLS
