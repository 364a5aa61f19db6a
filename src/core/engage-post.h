/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-project.h"

G_BEGIN_DECLS

/**
 * EngagePost:
 *
 * A planned or published post on one channel.
 */
#define ENGAGE_TYPE_POST (engage_post_get_type ())

G_DECLARE_FINAL_TYPE (EngagePost, engage_post, ENGAGE, POST, GObject)

EngagePost       *engage_post_new                        (gint64             channel_id,
                                                          const char        *title);
EngagePost       *engage_post_copy                       (EngagePost        *self);
gint64            engage_post_get_id                     (EngagePost        *self);
const char       *engage_post_get_uuid                   (EngagePost        *self);
gint64            engage_post_get_channel_id             (EngagePost        *self);
void              engage_post_set_channel_id             (EngagePost        *self,
                                                          gint64             channel_id);
gint64            engage_post_get_pillar_id              (EngagePost        *self);
void              engage_post_set_pillar_id              (EngagePost        *self,
                                                          gint64             pillar_id);
EngagePostStatus  engage_post_get_status                 (EngagePost        *self);
void              engage_post_set_status                 (EngagePost        *self,
                                                          EngagePostStatus   status);
const char       *engage_post_get_title                  (EngagePost        *self);
void              engage_post_set_title                  (EngagePost        *self,
                                                          const char        *title);
const char       *engage_post_get_body                   (EngagePost        *self);
void              engage_post_set_body                   (EngagePost        *self,
                                                          const char        *body);
GDateTime        *engage_post_get_scheduled_at           (EngagePost        *self);
void              engage_post_set_scheduled_at           (EngagePost        *self,
                                                          GDateTime         *scheduled_at);
GDateTime        *engage_post_get_published_at           (EngagePost        *self);
void              engage_post_set_published_at           (EngagePost        *self,
                                                          GDateTime         *published_at);
const char       *engage_post_get_campaign               (EngagePost        *self);
void              engage_post_set_campaign               (EngagePost        *self,
                                                          const char        *campaign);
const char       *engage_post_get_owner                  (EngagePost        *self);
void              engage_post_set_owner                  (EngagePost        *self,
                                                          const char        *owner);
const char       *engage_post_get_notes                  (EngagePost        *self);
void              engage_post_set_notes                  (EngagePost        *self,
                                                          const char        *notes);
const char       *engage_post_get_link                   (EngagePost        *self);
void              engage_post_set_link                   (EngagePost        *self,
                                                          const char        *link);
const char       *engage_post_get_permalink              (EngagePost        *self);
void              engage_post_set_permalink              (EngagePost        *self,
                                                          const char        *permalink);
const char       *engage_post_get_external_id            (EngagePost        *self);
void              engage_post_set_external_id            (EngagePost        *self,
                                                          const char        *external_id);
const char       *engage_post_get_series_id              (EngagePost        *self);
void              engage_post_set_series_id              (EngagePost        *self,
                                                          const char        *series_id);
const char       *engage_post_get_variant_of             (EngagePost        *self);
void              engage_post_set_variant_of             (EngagePost        *self,
                                                          const char        *variant_of);
const char       *engage_post_get_approved_by            (EngagePost        *self);
void              engage_post_set_approved_by            (EngagePost        *self,
                                                          const char        *approved_by);
GDateTime        *engage_post_get_approved_at            (EngagePost        *self);
void              engage_post_set_approved_at            (EngagePost        *self,
                                                          GDateTime         *approved_at);
gboolean          engage_post_get_imported               (EngagePost        *self);
void              engage_post_set_imported               (EngagePost        *self,
                                                          gboolean           imported);
GDateTime        *engage_post_get_created_at             (EngagePost        *self);
GDateTime        *engage_post_get_modified_at            (EngagePost        *self);

gboolean          engage_project_add_post                (EngageProject     *project,
                                                          EngagePost        *post,
                                                          GError           **error);
gboolean          engage_project_update_post             (EngageProject     *project,
                                                          EngagePost        *post,
                                                          GError           **error);
gboolean          engage_project_delete_post             (EngageProject     *project,
                                                          gint64             post_id,
                                                          GError           **error);
EngagePost       *engage_project_get_post                (EngageProject     *project,
                                                          gint64             post_id,
                                                          GError           **error);

GListModel       *engage_project_list_posts              (EngageProject     *project,
                                                          GDateTime         *from,
                                                          GDateTime         *to);
GListModel       *engage_project_list_posts_by_status    (EngageProject     *project,
                                                          EngagePostStatus   status);
GListModel       *engage_project_list_unscheduled_posts  (EngageProject     *project);
gboolean          engage_project_move_post               (EngageProject     *project,
                                                          gint64             post_id,
                                                          GDateTime         *scheduled_at,
                                                          GError           **error);
gboolean          engage_project_set_post_status         (EngageProject     *project,
                                                          gint64             post_id,
                                                          EngagePostStatus   status,
                                                          GError           **error);

G_END_DECLS
