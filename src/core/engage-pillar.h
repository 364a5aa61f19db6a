/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-project.h"

G_BEGIN_DECLS

/**
 * EngagePillar:
 *
 * A content pillar: a category of the content mix with its target share.
 */
#define ENGAGE_TYPE_PILLAR (engage_pillar_get_type ())

G_DECLARE_FINAL_TYPE (EngagePillar, engage_pillar, ENGAGE, PILLAR, GObject)

EngagePillar *engage_pillar_new               (const char     *name);
EngagePillar *engage_pillar_copy              (EngagePillar   *self);
gint64        engage_pillar_get_id            (EngagePillar   *self);
const char   *engage_pillar_get_uuid          (EngagePillar   *self);
const char   *engage_pillar_get_name          (EngagePillar   *self);
void          engage_pillar_set_name          (EngagePillar   *self,
                                               const char     *name);
const char   *engage_pillar_get_description   (EngagePillar   *self);
void          engage_pillar_set_description   (EngagePillar   *self,
                                               const char     *description);
const char   *engage_pillar_get_color         (EngagePillar   *self);
void          engage_pillar_set_color         (EngagePillar   *self,
                                               const char     *color);
double        engage_pillar_get_target_share  (EngagePillar   *self);
void          engage_pillar_set_target_share  (EngagePillar   *self,
                                               double          target_share);
int           engage_pillar_get_position      (EngagePillar   *self);
void          engage_pillar_set_position      (EngagePillar   *self,
                                               int             position);

gboolean      engage_project_add_pillar       (EngageProject  *project,
                                               EngagePillar   *pillar,
                                               GError        **error);
gboolean      engage_project_update_pillar    (EngageProject  *project,
                                               EngagePillar   *pillar,
                                               GError        **error);
gboolean      engage_project_delete_pillar    (EngageProject  *project,
                                               gint64          pillar_id,
                                               GError        **error);
EngagePillar *engage_project_get_pillar       (EngageProject  *project,
                                               gint64          pillar_id,
                                               GError        **error);
GListModel   *engage_project_list_pillars     (EngageProject  *project);

G_END_DECLS
