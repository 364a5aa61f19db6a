/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-post.h"

G_BEGIN_DECLS

GPtrArray *engage_project_list_checklist_sections (EngageProject  *project);
gboolean   engage_project_approve_post            (EngageProject  *project,
                                                   gint64          post_id,
                                                   const char     *approved_by,
                                                   GError        **error);
gboolean   engage_project_revoke_approval         (EngageProject  *project,
                                                   gint64          post_id,
                                                   EngagePostStatus status,
                                                   GError        **error);

G_END_DECLS
