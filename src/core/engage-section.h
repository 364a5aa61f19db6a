/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-project.h"

G_BEGIN_DECLS

/**
 * EngageSection:
 *
 * A section of the social-media guideline: a title and CommonMark text.
 */
#define ENGAGE_TYPE_SECTION (engage_section_get_type ())

G_DECLARE_FINAL_TYPE (EngageSection, engage_section, ENGAGE, SECTION, GObject)

EngageSection *engage_section_new             (const char     *title);
EngageSection *engage_section_copy            (EngageSection  *self);
gint64         engage_section_get_id          (EngageSection  *self);
const char    *engage_section_get_uuid        (EngageSection  *self);
const char    *engage_section_get_title       (EngageSection  *self);
void           engage_section_set_title       (EngageSection  *self,
                                               const char     *title);
const char    *engage_section_get_body        (EngageSection  *self);
void           engage_section_set_body        (EngageSection  *self,
                                               const char     *body);
gboolean       engage_section_get_checklist   (EngageSection  *self);
void           engage_section_set_checklist   (EngageSection  *self,
                                               gboolean        checklist);
int            engage_section_get_position    (EngageSection  *self);
void           engage_section_set_position    (EngageSection  *self,
                                               int             position);

gboolean       engage_project_add_section     (EngageProject  *project,
                                               EngageSection  *section,
                                               GError        **error);
gboolean       engage_project_update_section  (EngageProject  *project,
                                               EngageSection  *section,
                                               GError        **error);
gboolean       engage_project_delete_section  (EngageProject  *project,
                                               gint64          section_id,
                                               GError        **error);
EngageSection *engage_project_get_section     (EngageProject  *project,
                                               gint64          section_id,
                                               GError        **error);
GListModel    *engage_project_list_sections   (EngageProject  *project);
gboolean       engage_project_move_section    (EngageProject  *project,
                                               gint64          section_id,
                                               guint           new_position,
                                               GError        **error);

G_END_DECLS
