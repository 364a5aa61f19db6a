/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-project.h"

G_BEGIN_DECLS

#define ENGAGE_TYPE_CHANNEL (engage_channel_get_type ())

G_DECLARE_FINAL_TYPE (EngageChannel, engage_channel, ENGAGE, CHANNEL, GObject)

EngageChannel    *engage_channel_new                (EngageChannelKind kind,
                                                     const char       *name);
EngageChannel    *engage_channel_copy               (EngageChannel    *self);
gint64            engage_channel_get_id             (EngageChannel    *self);
const char       *engage_channel_get_uuid           (EngageChannel    *self);
EngageChannelKind engage_channel_get_kind           (EngageChannel    *self);
void              engage_channel_set_kind           (EngageChannel    *self,
                                                     EngageChannelKind kind);
const char       *engage_channel_get_name           (EngageChannel    *self);
void              engage_channel_set_name           (EngageChannel    *self,
                                                     const char       *name);
const char       *engage_channel_get_handle         (EngageChannel    *self);
void              engage_channel_set_handle         (EngageChannel    *self,
                                                     const char       *handle);
const char       *engage_channel_get_color          (EngageChannel    *self);
void              engage_channel_set_color          (EngageChannel    *self,
                                                     const char       *color);
guint             engage_channel_get_char_limit     (EngageChannel    *self);
void              engage_channel_set_char_limit     (EngageChannel    *self,
                                                     guint             char_limit);
guint             engage_channel_get_hashtag_limit  (EngageChannel    *self);
void              engage_channel_set_hashtag_limit  (EngageChannel    *self,
                                                     guint             hashtag_limit);
gboolean          engage_channel_get_active         (EngageChannel    *self);
void              engage_channel_set_active         (EngageChannel    *self,
                                                     gboolean          active);
int               engage_channel_get_position       (EngageChannel    *self);
void              engage_channel_set_position       (EngageChannel    *self,
                                                     int               position);

gboolean          engage_project_add_channel        (EngageProject    *project,
                                                     EngageChannel    *channel,
                                                     GError          **error);
gboolean          engage_project_update_channel     (EngageProject    *project,
                                                     EngageChannel    *channel,
                                                     GError          **error);
gboolean          engage_project_delete_channel     (EngageProject    *project,
                                                     gint64            channel_id,
                                                     GError          **error);
EngageChannel    *engage_project_get_channel        (EngageProject    *project,
                                                     gint64            channel_id,
                                                     GError          **error);
GListModel       *engage_project_list_channels      (EngageProject    *project);

G_END_DECLS
