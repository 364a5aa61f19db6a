/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-channel"

#include "config.h"

#include "engage-channel.h"
#include "engage-enums.h"
#include "engage-list-model.h"
#include "engage-project-private.h"

#include <glib/gi18n.h>

/* A channel the business publishes to: a Facebook page, an Instagram account, a
 * newsletter … with its limits. The object is a value: edit it, then hand it to
 * engage_project_update_channel(). */

struct _EngageChannel
{
  GObject           parent_instance;

  gint64            id;
  char             *uuid;
  EngageChannelKind kind;
  char             *name;
  char             *handle;
  char             *color;
  guint             char_limit;
  guint             hashtag_limit;
  gboolean          active;
  int               position;
};

G_DEFINE_FINAL_TYPE (EngageChannel, engage_channel, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_KIND,
  PROP_NAME,
  PROP_HANDLE,
  PROP_COLOR,
  PROP_CHAR_LIMIT,
  PROP_HASHTAG_LIMIT,
  PROP_ACTIVE,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define SELECT_COLUMNS \
  "SELECT id, uuid, kind, name, handle, color, char_limit, hashtag_limit, active, position FROM channel"

/* An #EngageRowFunc: the row as a new #EngageChannel. */
static gpointer
channel_from_row (sqlite3_stmt *stmt)
{
  EngageChannel *self = g_object_new (ENGAGE_TYPE_CHANNEL, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->uuid = g_strdup (_engage_column_text (stmt, 1));
  if (!engage_channel_kind_from_string (_engage_column_text (stmt, 2), &self->kind))
    self->kind = ENGAGE_CHANNEL_KIND_OTHER;
  _engage_store_set_string (&self->name, _engage_column_text (stmt, 3));
  _engage_store_set_string (&self->handle, _engage_column_text (stmt, 4));
  _engage_store_set_string (&self->color, _engage_column_text (stmt, 5));
  self->char_limit = sqlite3_column_int (stmt, 6);
  self->hashtag_limit = sqlite3_column_int (stmt, 7);
  self->active = sqlite3_column_int (stmt, 8) != 0;
  self->position = sqlite3_column_int (stmt, 9);

  return self;
}

static void
bind_channel (sqlite3_stmt  *stmt,
              EngageChannel *self)
{
  sqlite3_bind_text (stmt, 1, self->uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, engage_channel_kind_to_string (self->kind), -1, SQLITE_STATIC);
  _engage_bind_text (stmt, 3, self->name ? self->name : "");
  _engage_bind_text (stmt, 4, self->handle ? self->handle : "");
  _engage_bind_text (stmt, 5, self->color ? self->color : "#3584e4");
  sqlite3_bind_int (stmt, 6, self->char_limit);
  sqlite3_bind_int (stmt, 7, self->hashtag_limit);
  sqlite3_bind_int (stmt, 8, self->active ? 1 : 0);
  sqlite3_bind_int (stmt, 9, self->position);
}

static void
engage_channel_finalize (GObject *object)
{
  EngageChannel *self = ENGAGE_CHANNEL (object);

  g_free (self->uuid);
  g_free (self->name);
  g_free (self->handle);
  g_free (self->color);

  G_OBJECT_CLASS (engage_channel_parent_class)->finalize (object);
}

static void
engage_channel_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  EngageChannel *self = ENGAGE_CHANNEL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_HANDLE:
      g_value_set_string (value, self->handle);
      break;

    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;

    case PROP_CHAR_LIMIT:
      g_value_set_uint (value, self->char_limit);
      break;

    case PROP_HASHTAG_LIMIT:
      g_value_set_uint (value, self->hashtag_limit);
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_channel_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  EngageChannel *self = ENGAGE_CHANNEL (object);

  switch (prop_id)
    {
    case PROP_KIND:
      engage_channel_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_NAME:
      engage_channel_set_name (self, g_value_get_string (value));
      break;

    case PROP_HANDLE:
      engage_channel_set_handle (self, g_value_get_string (value));
      break;

    case PROP_COLOR:
      engage_channel_set_color (self, g_value_get_string (value));
      break;

    case PROP_CHAR_LIMIT:
      engage_channel_set_char_limit (self, g_value_get_uint (value));
      break;

    case PROP_HASHTAG_LIMIT:
      engage_channel_set_hashtag_limit (self, g_value_get_uint (value));
      break;

    case PROP_ACTIVE:
      engage_channel_set_active (self, g_value_get_boolean (value));
      break;

    case PROP_POSITION:
      engage_channel_set_position (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_channel_class_init (EngageChannelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = engage_channel_finalize;
  object_class->get_property = engage_channel_get_property;
  object_class->set_property = engage_channel_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, ro);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, ENGAGE_TYPE_CHANNEL_KIND,
                                             ENGAGE_CHANNEL_KIND_OTHER, rw);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_HANDLE] = g_param_spec_string ("handle", NULL, NULL, NULL, rw);
  properties[PROP_COLOR] = g_param_spec_string ("color", NULL, NULL, NULL, rw);
  properties[PROP_CHAR_LIMIT] = g_param_spec_uint ("char-limit", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_HASHTAG_LIMIT] = g_param_spec_uint ("hashtag-limit", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_ACTIVE] = g_param_spec_boolean ("active", NULL, NULL, TRUE, rw);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, G_MININT, G_MAXINT, 0, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
engage_channel_init (EngageChannel *self)
{
  self->kind = ENGAGE_CHANNEL_KIND_OTHER;
  self->name = g_strdup ("");
  self->handle = g_strdup ("");
  self->color = g_strdup ("#3584e4");
  self->active = TRUE;
}

/**
 * engage_channel_new:
 *
 * Returns: (transfer full): a channel not yet in any project, with the kind's
 *   default limits
 */
EngageChannel *
engage_channel_new (EngageChannelKind  kind,
                    const char        *name)
{
  EngageChannel *self = g_object_new (ENGAGE_TYPE_CHANNEL, NULL);

  self->kind = kind;
  _engage_store_set_string (&self->name, name ? name : engage_channel_kind_get_label (kind));
  self->char_limit = engage_channel_kind_get_default_char_limit (kind);
  self->hashtag_limit = engage_channel_kind_get_default_hashtag_limit (kind);

  return self;
}

/**
 * engage_channel_copy:
 *
 * Returns: (transfer full): an independent copy, e.g. to edit in a dialog
 */
EngageChannel *
engage_channel_copy (EngageChannel *self)
{
  EngageChannel *copy;

  g_return_val_if_fail (ENGAGE_IS_CHANNEL (self), NULL);

  copy = g_object_new (ENGAGE_TYPE_CHANNEL, NULL);
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->kind = self->kind;
  _engage_store_set_string (&copy->name, self->name);
  _engage_store_set_string (&copy->handle, self->handle);
  _engage_store_set_string (&copy->color, self->color);
  copy->char_limit = self->char_limit;
  copy->hashtag_limit = self->hashtag_limit;
  copy->active = self->active;
  copy->position = self->position;

  return copy;
}

gint64
engage_channel_get_id (EngageChannel *self)
{
  g_return_val_if_fail (ENGAGE_IS_CHANNEL (self), 0);
  return self->id;
}

const char *
engage_channel_get_uuid (EngageChannel *self)
{
  g_return_val_if_fail (ENGAGE_IS_CHANNEL (self), NULL);
  return self->uuid;
}

EngageChannelKind
engage_channel_get_kind (EngageChannel *self)
{
  g_return_val_if_fail (ENGAGE_IS_CHANNEL (self), ENGAGE_CHANNEL_KIND_OTHER);
  return self->kind;
}

void
engage_channel_set_kind (EngageChannel     *self,
                         EngageChannelKind  kind)
{
  g_return_if_fail (ENGAGE_IS_CHANNEL (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
engage_channel_get_name (EngageChannel *self)
{
  g_return_val_if_fail (ENGAGE_IS_CHANNEL (self), NULL);
  return self->name;
}

void
engage_channel_set_name (EngageChannel *self,
                         const char    *name)
{
  g_return_if_fail (ENGAGE_IS_CHANNEL (self));

  if (_engage_store_set_string (&self->name, name ? name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
engage_channel_get_handle (EngageChannel *self)
{
  g_return_val_if_fail (ENGAGE_IS_CHANNEL (self), NULL);
  return self->handle;
}

void
engage_channel_set_handle (EngageChannel *self,
                           const char    *handle)
{
  g_return_if_fail (ENGAGE_IS_CHANNEL (self));

  if (_engage_store_set_string (&self->handle, handle ? handle : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HANDLE]);
}

/**
 * engage_channel_get_color:
 *
 * Returns: the channel's colour as `#rrggbb`
 */
const char *
engage_channel_get_color (EngageChannel *self)
{
  g_return_val_if_fail (ENGAGE_IS_CHANNEL (self), NULL);
  return self->color;
}

void
engage_channel_set_color (EngageChannel *self,
                          const char    *color)
{
  g_return_if_fail (ENGAGE_IS_CHANNEL (self));

  if (_engage_store_set_string (&self->color, color ? color : "#3584e4"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}

/**
 * engage_channel_get_char_limit:
 *
 * Returns: the most characters a post may have, 0 for no limit
 */
guint
engage_channel_get_char_limit (EngageChannel *self)
{
  g_return_val_if_fail (ENGAGE_IS_CHANNEL (self), 0);
  return self->char_limit;
}

void
engage_channel_set_char_limit (EngageChannel *self,
                               guint          char_limit)
{
  g_return_if_fail (ENGAGE_IS_CHANNEL (self));

  if (self->char_limit == char_limit)
    return;
  self->char_limit = char_limit;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHAR_LIMIT]);
}

/**
 * engage_channel_get_hashtag_limit:
 *
 * Returns: the most hashtags a post may have, 0 for no limit
 */
guint
engage_channel_get_hashtag_limit (EngageChannel *self)
{
  g_return_val_if_fail (ENGAGE_IS_CHANNEL (self), 0);
  return self->hashtag_limit;
}

void
engage_channel_set_hashtag_limit (EngageChannel *self,
                                  guint          hashtag_limit)
{
  g_return_if_fail (ENGAGE_IS_CHANNEL (self));

  if (self->hashtag_limit == hashtag_limit)
    return;
  self->hashtag_limit = hashtag_limit;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HASHTAG_LIMIT]);
}

gboolean
engage_channel_get_active (EngageChannel *self)
{
  g_return_val_if_fail (ENGAGE_IS_CHANNEL (self), FALSE);
  return self->active;
}

void
engage_channel_set_active (EngageChannel *self,
                           gboolean       active)
{
  g_return_if_fail (ENGAGE_IS_CHANNEL (self));

  active = !!active;
  if (self->active == active)
    return;
  self->active = active;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

int
engage_channel_get_position (EngageChannel *self)
{
  g_return_val_if_fail (ENGAGE_IS_CHANNEL (self), 0);
  return self->position;
}

void
engage_channel_set_position (EngageChannel *self,
                             int            position)
{
  g_return_if_fail (ENGAGE_IS_CHANNEL (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

/* Storage */

/**
 * engage_project_add_channel:
 * @channel: a new channel; its id and UUID are set on success
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_add_channel (EngageProject  *project,
                            EngageChannel  *channel,
                            GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_CHANNEL (channel), FALSE);
  g_return_val_if_fail (channel->id == 0, FALSE);

  stmt = _engage_store_begin (project,
                              "INSERT INTO channel (uuid, kind, name, handle, color, char_limit, "
                              "hashtag_limit, active, position) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                              error);
  if (stmt == NULL)
    return FALSE;

  if (channel->uuid == NULL)
    channel->uuid = _engage_project_new_uuid (project);

  bind_channel (stmt, channel);
  return _engage_store_finish_insert (project, stmt, &channel->id,
                                      _("Add Channel"), ENGAGE_TABLE_CHANNEL, error);
}

/**
 * engage_project_update_channel:
 * @channel: a channel of @project with changed fields
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_update_channel (EngageProject  *project,
                               EngageChannel  *channel,
                               GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_CHANNEL (channel), FALSE);
  g_return_val_if_fail (channel->id > 0, FALSE);

  stmt = _engage_store_begin (project,
                              "UPDATE channel SET uuid = ?1, kind = ?2, name = ?3, handle = ?4, "
                              "color = ?5, char_limit = ?6, hashtag_limit = ?7, active = ?8, "
                              "position = ?9 WHERE id = ?10",
                              error);
  if (stmt == NULL)
    return FALSE;

  bind_channel (stmt, channel);
  sqlite3_bind_int64 (stmt, 10, channel->id);
  return _engage_store_finish_update (project, stmt, _("Change Channel"), ENGAGE_TABLE_CHANNEL,
                                      error, _("The channel “%s” no longer exists."),
                                      channel->name);
}

/**
 * engage_project_delete_channel:
 *
 * Deletes a channel and, with it, its posts and their metrics (one undo step).
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_delete_channel (EngageProject  *project,
                               gint64          channel_id,
                               GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);

  return _engage_store_delete_by_id (project, "DELETE FROM channel WHERE id = ?1", channel_id,
                                     _("Delete Channel"),
                                     ENGAGE_TABLE_CHANNEL | ENGAGE_TABLE_POST |
                                     ENGAGE_TABLE_POST_METRIC | ENGAGE_TABLE_RULE |
                                     ENGAGE_TABLE_KPI,
                                     error);
}

/**
 * engage_project_get_channel:
 *
 * Returns: (transfer full) (nullable): the channel, or %NULL if there is none
 *   with that id (without an error) or the query failed (with one)
 */
EngageChannel *
engage_project_get_channel (EngageProject  *project,
                            gint64          channel_id,
                            GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return _engage_store_get_by_id (project, SELECT_COLUMNS " WHERE id = ?1", channel_id,
                                  channel_from_row, error);
}

static GPtrArray *
load_channels (EngageProject  *project,
               gpointer        user_data,
               GError        **error)
{
  return _engage_store_load_all (project, SELECT_COLUMNS " ORDER BY position, id",
                                 channel_from_row, error);
}

/**
 * engage_project_list_channels:
 *
 * Returns: (transfer full): a live model of #EngageChannel in display order
 */
GListModel *
engage_project_list_channels (EngageProject *project)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return G_LIST_MODEL (engage_list_model_new (project, ENGAGE_TYPE_CHANNEL, ENGAGE_TABLE_CHANNEL,
                                              load_channels, NULL, NULL));
}
