/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-post"

#include "config.h"

#include "engage-post.h"
#include "engage-enums.h"
#include "engage-list-model.h"
#include "engage-post-private.h"
#include "engage-project-private.h"

#include <glib/gi18n.h>

/* A post on one channel, from the first idea to the published original: what it
 * says, when it goes out, which pillar of the content mix it serves and who
 * approved it. Times are whole seconds in UTC; the calendar shows them in the
 * project's time zone. The object is a value: edit it, then hand it to
 * engage_project_update_post(), or use engage_project_move_post() and
 * engage_project_set_post_status() for the calendar's quick edits. */

struct _EngagePost
{
  GObject           parent_instance;

  gint64            id;
  char             *uuid;
  gint64            channel_id;
  gint64            pillar_id;
  EngagePostStatus  status;
  char             *title;
  char             *body;
  GDateTime        *scheduled_at;
  GDateTime        *published_at;
  char             *campaign;
  char             *owner;
  char             *notes;
  char             *link;
  char             *permalink;
  char             *external_id;
  char             *series_id;
  char             *variant_of;
  char             *approved_by;
  GDateTime        *approved_at;
  gboolean          imported;
  GDateTime        *created_at;
  GDateTime        *modified_at;
};

G_DEFINE_FINAL_TYPE (EngagePost, engage_post, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_CHANNEL_ID,
  PROP_PILLAR_ID,
  PROP_STATUS,
  PROP_TITLE,
  PROP_BODY,
  PROP_SCHEDULED_AT,
  PROP_PUBLISHED_AT,
  PROP_CAMPAIGN,
  PROP_OWNER,
  PROP_NOTES,
  PROP_LINK,
  PROP_PERMALINK,
  PROP_EXTERNAL_ID,
  PROP_SERIES_ID,
  PROP_VARIANT_OF,
  PROP_APPROVED_BY,
  PROP_APPROVED_AT,
  PROP_IMPORTED,
  PROP_CREATED_AT,
  PROP_MODIFIED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define SELECT_COLUMNS \
  "SELECT id, uuid, channel_id, pillar_id, status, title, body, scheduled_at, published_at, " \
  "campaign, owner, notes, link, permalink, external_id, series_id, variant_of, approved_by, " \
  "approved_at, imported, created_at, modified_at FROM post"

/* Columns of the INSERT and UPDATE statements, in the order of bind_post(). */
#define BIND_COLUMNS \
  "uuid, channel_id, pillar_id, status, title, body, scheduled_at, published_at, campaign, " \
  "owner, notes, link, permalink, external_id, series_id, variant_of, approved_by, approved_at, " \
  "imported"

#define BIND_PARAMETERS \
  "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19"
#define N_BIND_PARAMETERS 19

/* A post's time as stored: UTC, to the second. */
static GDateTime *
normalize_time (GDateTime *time)
{
  if (time == NULL)
    return NULL;

  if (g_date_time_get_utc_offset (time) == 0 && g_date_time_get_microsecond (time) == 0)
    return g_date_time_ref (time);

  return g_date_time_new_from_unix_utc (g_date_time_to_unix (time));
}

static gboolean
set_time (GDateTime **field,
          GDateTime  *value)
{
  g_autoptr(GDateTime) time = normalize_time (value);

  if (*field == NULL && time == NULL)
    return FALSE;
  if (*field != NULL && time != NULL && g_date_time_equal (*field, time))
    return FALSE;

  g_clear_pointer (field, g_date_time_unref);
  *field = g_steal_pointer (&time);
  return TRUE;
}

static GDateTime *
column_time (sqlite3_stmt *stmt,
             int           index)
{
  if (sqlite3_column_type (stmt, index) == SQLITE_NULL)
    return NULL;

  return g_date_time_new_from_unix_utc (sqlite3_column_int64 (stmt, index));
}

static void
bind_time (sqlite3_stmt *stmt,
           int           index,
           GDateTime    *time)
{
  _engage_bind_optional_int64 (stmt, index, time ? g_date_time_to_unix (time) : 0, time != NULL);
}

static void
replace_string (char       **field,
                const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

/* An #EngageRowFunc: the row as a new #EngagePost. */
static gpointer
post_from_row (sqlite3_stmt *stmt)
{
  EngagePost *self = g_object_new (ENGAGE_TYPE_POST, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->uuid = g_strdup (_engage_column_text (stmt, 1));
  self->channel_id = sqlite3_column_int64 (stmt, 2);
  self->pillar_id = sqlite3_column_int64 (stmt, 3);
  if (!engage_post_status_from_string (_engage_column_text (stmt, 4), &self->status))
    self->status = ENGAGE_POST_STATUS_IDEA;
  replace_string (&self->title, _engage_column_text (stmt, 5));
  replace_string (&self->body, _engage_column_text (stmt, 6));
  self->scheduled_at = column_time (stmt, 7);
  self->published_at = column_time (stmt, 8);
  replace_string (&self->campaign, _engage_column_text (stmt, 9));
  replace_string (&self->owner, _engage_column_text (stmt, 10));
  replace_string (&self->notes, _engage_column_text (stmt, 11));
  replace_string (&self->link, _engage_column_text (stmt, 12));
  replace_string (&self->permalink, _engage_column_text (stmt, 13));
  replace_string (&self->external_id, _engage_column_text (stmt, 14));
  self->series_id = _engage_store_dup_optional_text (stmt, 15);
  self->variant_of = _engage_store_dup_optional_text (stmt, 16);
  replace_string (&self->approved_by, _engage_column_text (stmt, 17));
  self->approved_at = column_time (stmt, 18);
  self->imported = sqlite3_column_int (stmt, 19) != 0;
  self->created_at = column_time (stmt, 20);
  self->modified_at = column_time (stmt, 21);

  return self;
}

static gboolean
time_equals_column (GDateTime    *time,
                    sqlite3_stmt *stmt,
                    int           index)
{
  if (sqlite3_column_type (stmt, index) == SQLITE_NULL)
    return time == NULL;

  return time != NULL && g_date_time_to_unix (time) == sqlite3_column_int64 (stmt, index);
}

static gboolean
optional_text_equals_column (const char   *text,
                             sqlite3_stmt *stmt,
                             int           index)
{
  if (sqlite3_column_type (stmt, index) == SQLITE_NULL)
    return text == NULL;

  return text != NULL && g_str_equal (text, _engage_column_text (stmt, index));
}

/* An #EngageRowEqualFunc: whether @item is post_from_row() of the row. */
static gboolean
post_equals_row (sqlite3_stmt *stmt,
                 gpointer      item)
{
  EngagePost *self = item;
  EngagePostStatus status;

  if (!engage_post_status_from_string (_engage_column_text (stmt, 4), &status))
    status = ENGAGE_POST_STATUS_IDEA;

  /* The cheap and most often changed columns first. */
  return self->id == sqlite3_column_int64 (stmt, 0) &&
         time_equals_column (self->modified_at, stmt, 21) &&
         self->status == status &&
         time_equals_column (self->scheduled_at, stmt, 7) &&
         self->channel_id == sqlite3_column_int64 (stmt, 2) &&
         self->pillar_id == sqlite3_column_int64 (stmt, 3) &&
         g_str_equal (self->title, _engage_column_text (stmt, 5)) &&
         g_str_equal (self->body, _engage_column_text (stmt, 6)) &&
         time_equals_column (self->published_at, stmt, 8) &&
         g_str_equal (self->campaign, _engage_column_text (stmt, 9)) &&
         g_str_equal (self->owner, _engage_column_text (stmt, 10)) &&
         g_str_equal (self->notes, _engage_column_text (stmt, 11)) &&
         g_str_equal (self->link, _engage_column_text (stmt, 12)) &&
         g_str_equal (self->permalink, _engage_column_text (stmt, 13)) &&
         g_str_equal (self->external_id, _engage_column_text (stmt, 14)) &&
         optional_text_equals_column (self->series_id, stmt, 15) &&
         optional_text_equals_column (self->variant_of, stmt, 16) &&
         g_str_equal (self->approved_by, _engage_column_text (stmt, 17)) &&
         time_equals_column (self->approved_at, stmt, 18) &&
         self->imported == (sqlite3_column_int (stmt, 19) != 0) &&
         time_equals_column (self->created_at, stmt, 20) &&
         g_str_equal (self->uuid, _engage_column_text (stmt, 1));
}

/* Steps @stmt to its end for a live model, keeping the posts it showed that
 * are unchanged. */
static GPtrArray *
collect_posts (EngageProject  *project,
               sqlite3_stmt   *stmt,
               GError        **error)
{
  return _engage_store_collect_reusing (project, stmt, post_from_row, post_equals_row,
                                        (EngageItemIdFunc) engage_post_get_id,
                                        ENGAGE_TABLE_POST, error);
}

/* Binds ?1 … ?19 in the order of BIND_COLUMNS. */
static void
bind_post (sqlite3_stmt *stmt,
           EngagePost   *self)
{
  sqlite3_bind_text (stmt, 1, self->uuid, -1, SQLITE_TRANSIENT);
  _engage_bind_optional_id (stmt, 2, self->channel_id);
  _engage_bind_optional_id (stmt, 3, self->pillar_id);
  sqlite3_bind_text (stmt, 4, engage_post_status_to_string (self->status), -1, SQLITE_STATIC);
  _engage_bind_text (stmt, 5, self->title);
  _engage_bind_text (stmt, 6, self->body);
  bind_time (stmt, 7, self->scheduled_at);
  bind_time (stmt, 8, self->published_at);
  _engage_bind_text (stmt, 9, self->campaign);
  _engage_bind_text (stmt, 10, self->owner);
  _engage_bind_text (stmt, 11, self->notes);
  _engage_bind_text (stmt, 12, self->link);
  _engage_bind_text (stmt, 13, self->permalink);
  _engage_bind_text (stmt, 14, self->external_id);
  _engage_bind_text (stmt, 15, self->series_id);
  _engage_bind_text (stmt, 16, self->variant_of);
  _engage_bind_text (stmt, 17, self->approved_by);
  bind_time (stmt, 18, self->approved_at);
  sqlite3_bind_int (stmt, 19, self->imported ? 1 : 0);
}

/* Setters of the strings that are never NULL. */
static void
set_text (EngagePost  *self,
          char       **field,
          const char  *value,
          guint        prop_id)
{
  if (_engage_store_set_string (field, value ? value : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_time_property (EngagePost  *self,
                   GDateTime  **field,
                   GDateTime   *value,
                   guint        prop_id)
{
  if (set_time (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
engage_post_finalize (GObject *object)
{
  EngagePost *self = ENGAGE_POST (object);

  g_free (self->uuid);
  g_free (self->title);
  g_free (self->body);
  g_clear_pointer (&self->scheduled_at, g_date_time_unref);
  g_clear_pointer (&self->published_at, g_date_time_unref);
  g_free (self->campaign);
  g_free (self->owner);
  g_free (self->notes);
  g_free (self->link);
  g_free (self->permalink);
  g_free (self->external_id);
  g_free (self->series_id);
  g_free (self->variant_of);
  g_free (self->approved_by);
  g_clear_pointer (&self->approved_at, g_date_time_unref);
  g_clear_pointer (&self->created_at, g_date_time_unref);
  g_clear_pointer (&self->modified_at, g_date_time_unref);

  G_OBJECT_CLASS (engage_post_parent_class)->finalize (object);
}

static void
engage_post_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  EngagePost *self = ENGAGE_POST (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_CHANNEL_ID:
      g_value_set_int64 (value, self->channel_id);
      break;

    case PROP_PILLAR_ID:
      g_value_set_int64 (value, self->pillar_id);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    case PROP_SCHEDULED_AT:
      g_value_set_boxed (value, self->scheduled_at);
      break;

    case PROP_PUBLISHED_AT:
      g_value_set_boxed (value, self->published_at);
      break;

    case PROP_CAMPAIGN:
      g_value_set_string (value, self->campaign);
      break;

    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_LINK:
      g_value_set_string (value, self->link);
      break;

    case PROP_PERMALINK:
      g_value_set_string (value, self->permalink);
      break;

    case PROP_EXTERNAL_ID:
      g_value_set_string (value, self->external_id);
      break;

    case PROP_SERIES_ID:
      g_value_set_string (value, self->series_id);
      break;

    case PROP_VARIANT_OF:
      g_value_set_string (value, self->variant_of);
      break;

    case PROP_APPROVED_BY:
      g_value_set_string (value, self->approved_by);
      break;

    case PROP_APPROVED_AT:
      g_value_set_boxed (value, self->approved_at);
      break;

    case PROP_IMPORTED:
      g_value_set_boolean (value, self->imported);
      break;

    case PROP_CREATED_AT:
      g_value_set_boxed (value, self->created_at);
      break;

    case PROP_MODIFIED_AT:
      g_value_set_boxed (value, self->modified_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_post_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  EngagePost *self = ENGAGE_POST (object);

  switch (prop_id)
    {
    case PROP_CHANNEL_ID:
      engage_post_set_channel_id (self, g_value_get_int64 (value));
      break;

    case PROP_PILLAR_ID:
      engage_post_set_pillar_id (self, g_value_get_int64 (value));
      break;

    case PROP_STATUS:
      engage_post_set_status (self, g_value_get_enum (value));
      break;

    case PROP_TITLE:
      engage_post_set_title (self, g_value_get_string (value));
      break;

    case PROP_BODY:
      engage_post_set_body (self, g_value_get_string (value));
      break;

    case PROP_SCHEDULED_AT:
      engage_post_set_scheduled_at (self, g_value_get_boxed (value));
      break;

    case PROP_PUBLISHED_AT:
      engage_post_set_published_at (self, g_value_get_boxed (value));
      break;

    case PROP_CAMPAIGN:
      engage_post_set_campaign (self, g_value_get_string (value));
      break;

    case PROP_OWNER:
      engage_post_set_owner (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      engage_post_set_notes (self, g_value_get_string (value));
      break;

    case PROP_LINK:
      engage_post_set_link (self, g_value_get_string (value));
      break;

    case PROP_PERMALINK:
      engage_post_set_permalink (self, g_value_get_string (value));
      break;

    case PROP_EXTERNAL_ID:
      engage_post_set_external_id (self, g_value_get_string (value));
      break;

    case PROP_SERIES_ID:
      engage_post_set_series_id (self, g_value_get_string (value));
      break;

    case PROP_VARIANT_OF:
      engage_post_set_variant_of (self, g_value_get_string (value));
      break;

    case PROP_APPROVED_BY:
      engage_post_set_approved_by (self, g_value_get_string (value));
      break;

    case PROP_APPROVED_AT:
      engage_post_set_approved_at (self, g_value_get_boxed (value));
      break;

    case PROP_IMPORTED:
      engage_post_set_imported (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_post_class_init (EngagePostClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = engage_post_finalize;
  object_class->get_property = engage_post_get_property;
  object_class->set_property = engage_post_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, ro);
  properties[PROP_CHANNEL_ID] = g_param_spec_int64 ("channel-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_PILLAR_ID] = g_param_spec_int64 ("pillar-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, ENGAGE_TYPE_POST_STATUS,
                                               ENGAGE_POST_STATUS_IDEA, rw);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, rw);
  properties[PROP_BODY] = g_param_spec_string ("body", NULL, NULL, NULL, rw);
  properties[PROP_SCHEDULED_AT] = g_param_spec_boxed ("scheduled-at", NULL, NULL,
                                                      G_TYPE_DATE_TIME, rw);
  properties[PROP_PUBLISHED_AT] = g_param_spec_boxed ("published-at", NULL, NULL,
                                                      G_TYPE_DATE_TIME, rw);
  properties[PROP_CAMPAIGN] = g_param_spec_string ("campaign", NULL, NULL, NULL, rw);
  properties[PROP_OWNER] = g_param_spec_string ("owner", NULL, NULL, NULL, rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, rw);
  properties[PROP_LINK] = g_param_spec_string ("link", NULL, NULL, NULL, rw);
  properties[PROP_PERMALINK] = g_param_spec_string ("permalink", NULL, NULL, NULL, rw);
  properties[PROP_EXTERNAL_ID] = g_param_spec_string ("external-id", NULL, NULL, NULL, rw);
  properties[PROP_SERIES_ID] = g_param_spec_string ("series-id", NULL, NULL, NULL, rw);
  properties[PROP_VARIANT_OF] = g_param_spec_string ("variant-of", NULL, NULL, NULL, rw);
  properties[PROP_APPROVED_BY] = g_param_spec_string ("approved-by", NULL, NULL, NULL, rw);
  properties[PROP_APPROVED_AT] = g_param_spec_boxed ("approved-at", NULL, NULL,
                                                     G_TYPE_DATE_TIME, rw);
  properties[PROP_IMPORTED] = g_param_spec_boolean ("imported", NULL, NULL, FALSE, rw);
  properties[PROP_CREATED_AT] = g_param_spec_boxed ("created-at", NULL, NULL,
                                                    G_TYPE_DATE_TIME, ro);
  properties[PROP_MODIFIED_AT] = g_param_spec_boxed ("modified-at", NULL, NULL,
                                                     G_TYPE_DATE_TIME, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
engage_post_init (EngagePost *self)
{
  self->status = ENGAGE_POST_STATUS_IDEA;
  self->title = g_strdup ("");
  self->body = g_strdup ("");
  self->campaign = g_strdup ("");
  self->owner = g_strdup ("");
  self->notes = g_strdup ("");
  self->link = g_strdup ("");
  self->permalink = g_strdup ("");
  self->external_id = g_strdup ("");
  self->approved_by = g_strdup ("");
}

/**
 * engage_post_new:
 * @channel_id: the id of the channel the post goes out on
 * @title: (nullable): a working title
 *
 * Returns: (transfer full): an unscheduled idea, not yet in any project
 */
EngagePost *
engage_post_new (gint64      channel_id,
                 const char *title)
{
  EngagePost *self = g_object_new (ENGAGE_TYPE_POST, NULL);

  self->channel_id = MAX (channel_id, 0);
  _engage_store_set_string (&self->title, title ? title : "");

  return self;
}

/**
 * engage_post_copy:
 *
 * Returns: (transfer full): an independent copy, e.g. to edit in a dialog
 */
EngagePost *
engage_post_copy (EngagePost *self)
{
  EngagePost *copy;

  g_return_val_if_fail (ENGAGE_IS_POST (self), NULL);

  copy = g_object_new (ENGAGE_TYPE_POST, NULL);
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->channel_id = self->channel_id;
  copy->pillar_id = self->pillar_id;
  copy->status = self->status;
  replace_string (&copy->title, self->title);
  replace_string (&copy->body, self->body);
  set_time (&copy->scheduled_at, self->scheduled_at);
  set_time (&copy->published_at, self->published_at);
  replace_string (&copy->campaign, self->campaign);
  replace_string (&copy->owner, self->owner);
  replace_string (&copy->notes, self->notes);
  replace_string (&copy->link, self->link);
  replace_string (&copy->permalink, self->permalink);
  replace_string (&copy->external_id, self->external_id);
  copy->series_id = g_strdup (self->series_id);
  copy->variant_of = g_strdup (self->variant_of);
  replace_string (&copy->approved_by, self->approved_by);
  set_time (&copy->approved_at, self->approved_at);
  copy->imported = self->imported;
  set_time (&copy->created_at, self->created_at);
  set_time (&copy->modified_at, self->modified_at);

  return copy;
}

/**
 * engage_post_get_id:
 *
 * Returns: the row id, 0 while the post is not in a project
 */
gint64
engage_post_get_id (EngagePost *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST (self), 0);
  return self->id;
}

/**
 * engage_post_get_uuid:
 *
 * Returns: (nullable): the stable identifier (the iCalendar UID), %NULL until
 *   the post is added
 */
const char *
engage_post_get_uuid (EngagePost *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST (self), NULL);
  return self->uuid;
}

/**
 * engage_post_get_channel_id:
 *
 * Returns: the id of the channel the post goes out on
 */
gint64
engage_post_get_channel_id (EngagePost *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST (self), 0);
  return self->channel_id;
}

/**
 * engage_post_set_channel_id:
 * @channel_id: the id of a channel of the project
 */
void
engage_post_set_channel_id (EngagePost *self,
                            gint64      channel_id)
{
  g_return_if_fail (ENGAGE_IS_POST (self));

  channel_id = MAX (channel_id, 0);
  if (self->channel_id == channel_id)
    return;
  self->channel_id = channel_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANNEL_ID]);
}

/**
 * engage_post_get_pillar_id:
 *
 * Returns: the content pillar the post serves, 0 for none
 */
gint64
engage_post_get_pillar_id (EngagePost *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST (self), 0);
  return self->pillar_id;
}

/**
 * engage_post_set_pillar_id:
 * @pillar_id: a pillar's id, 0 for none
 */
void
engage_post_set_pillar_id (EngagePost *self,
                           gint64      pillar_id)
{
  g_return_if_fail (ENGAGE_IS_POST (self));

  pillar_id = MAX (pillar_id, 0);
  if (self->pillar_id == pillar_id)
    return;
  self->pillar_id = pillar_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PILLAR_ID]);
}

/**
 * engage_post_get_status:
 *
 * Returns: where the post is on its way from idea to publication
 */
EngagePostStatus
engage_post_get_status (EngagePost *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST (self), ENGAGE_POST_STATUS_IDEA);
  return self->status;
}

/**
 * engage_post_set_status:
 * @status: the post's new status
 *
 * Sets the status on this object only; engage_project_set_post_status() changes
 * a stored post directly.
 */
void
engage_post_set_status (EngagePost       *self,
                        EngagePostStatus  status)
{
  g_return_if_fail (ENGAGE_IS_POST (self));
  g_return_if_fail ((guint) status <= ENGAGE_POST_STATUS_ARCHIVED);

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/**
 * engage_post_get_title:
 *
 * Returns: the post's working title
 */
const char *
engage_post_get_title (EngagePost *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST (self), NULL);
  return self->title;
}

/**
 * engage_post_set_title:
 * @title: (nullable): the title; %NULL is the empty string
 */
void
engage_post_set_title (EngagePost *self,
                       const char *title)
{
  g_return_if_fail (ENGAGE_IS_POST (self));
  set_text (self, &self->title, title, PROP_TITLE);
}

/**
 * engage_post_get_body:
 *
 * Returns: the text that is published
 */
const char *
engage_post_get_body (EngagePost *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST (self), NULL);
  return self->body;
}

/**
 * engage_post_set_body:
 * @body: (nullable): the text; %NULL is the empty string
 */
void
engage_post_set_body (EngagePost *self,
                      const char *body)
{
  g_return_if_fail (ENGAGE_IS_POST (self));
  set_text (self, &self->body, body, PROP_BODY);
}

/**
 * engage_post_get_scheduled_at:
 *
 * Returns: (transfer none) (nullable): when the post goes out, in UTC; %NULL
 *   for an idea without a date
 */
GDateTime *
engage_post_get_scheduled_at (EngagePost *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST (self), NULL);
  return self->scheduled_at;
}

/**
 * engage_post_set_scheduled_at:
 * @scheduled_at: (nullable): a time in any zone, kept in UTC to the second;
 *   %NULL for none
 */
void
engage_post_set_scheduled_at (EngagePost *self,
                              GDateTime  *scheduled_at)
{
  g_return_if_fail (ENGAGE_IS_POST (self));
  set_time_property (self, &self->scheduled_at, scheduled_at, PROP_SCHEDULED_AT);
}

/**
 * engage_post_get_published_at:
 *
 * Returns: (transfer none) (nullable): when the post went out, in UTC
 */
GDateTime *
engage_post_get_published_at (EngagePost *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST (self), NULL);
  return self->published_at;
}

/**
 * engage_post_set_published_at:
 * @published_at: (nullable): a time in any zone, kept in UTC to the second;
 *   %NULL for none
 */
void
engage_post_set_published_at (EngagePost *self,
                              GDateTime  *published_at)
{
  g_return_if_fail (ENGAGE_IS_POST (self));
  set_time_property (self, &self->published_at, published_at, PROP_PUBLISHED_AT);
}

/**
 * engage_post_get_campaign:
 *
 * Returns: the campaign the post belongs to, empty for none
 */
const char *
engage_post_get_campaign (EngagePost *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST (self), NULL);
  return self->campaign;
}

/**
 * engage_post_set_campaign:
 * @campaign: (nullable): the campaign's name; %NULL is the empty string
 */
void
engage_post_set_campaign (EngagePost *self,
                          const char *campaign)
{
  g_return_if_fail (ENGAGE_IS_POST (self));
  set_text (self, &self->campaign, campaign, PROP_CAMPAIGN);
}

/**
 * engage_post_get_owner:
 *
 * Returns: who is responsible for the post
 */
const char *
engage_post_get_owner (EngagePost *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST (self), NULL);
  return self->owner;
}

/**
 * engage_post_set_owner:
 * @owner: (nullable): a person's name; %NULL is the empty string
 */
void
engage_post_set_owner (EngagePost *self,
                       const char *owner)
{
  g_return_if_fail (ENGAGE_IS_POST (self));
  set_text (self, &self->owner, owner, PROP_OWNER);
}

/**
 * engage_post_get_notes:
 *
 * Returns: internal notes that are not published
 */
const char *
engage_post_get_notes (EngagePost *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST (self), NULL);
  return self->notes;
}

/**
 * engage_post_set_notes:
 * @notes: (nullable): internal notes; %NULL is the empty string
 */
void
engage_post_set_notes (EngagePost *self,
                       const char *notes)
{
  g_return_if_fail (ENGAGE_IS_POST (self));
  set_text (self, &self->notes, notes, PROP_NOTES);
}

/**
 * engage_post_get_link:
 *
 * Returns: the address the post links to
 */
const char *
engage_post_get_link (EngagePost *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST (self), NULL);
  return self->link;
}

/**
 * engage_post_set_link:
 * @link: (nullable): an address; %NULL is the empty string
 */
void
engage_post_set_link (EngagePost *self,
                      const char *link)
{
  g_return_if_fail (ENGAGE_IS_POST (self));
  set_text (self, &self->link, link, PROP_LINK);
}

/**
 * engage_post_get_permalink:
 *
 * Returns: the published post's address on the platform, which analytics
 *   imports match against
 */
const char *
engage_post_get_permalink (EngagePost *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST (self), NULL);
  return self->permalink;
}

/**
 * engage_post_set_permalink:
 * @permalink: (nullable): an address; %NULL is the empty string
 */
void
engage_post_set_permalink (EngagePost *self,
                           const char *permalink)
{
  g_return_if_fail (ENGAGE_IS_POST (self));
  set_text (self, &self->permalink, permalink, PROP_PERMALINK);
}

/**
 * engage_post_get_external_id:
 *
 * Returns: the platform's id of the published post, which analytics imports
 *   match against
 */
const char *
engage_post_get_external_id (EngagePost *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST (self), NULL);
  return self->external_id;
}

/**
 * engage_post_set_external_id:
 * @external_id: (nullable): the platform's id; %NULL is the empty string
 */
void
engage_post_set_external_id (EngagePost *self,
                             const char *external_id)
{
  g_return_if_fail (ENGAGE_IS_POST (self));
  set_text (self, &self->external_id, external_id, PROP_EXTERNAL_ID);
}

/**
 * engage_post_get_series_id:
 *
 * Returns: (nullable): what the posts of one recurring series share, %NULL for
 *   a post on its own
 */
const char *
engage_post_get_series_id (EngagePost *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST (self), NULL);
  return self->series_id;
}

/**
 * engage_post_set_series_id:
 * @series_id: (nullable): the series' identifier, %NULL for none
 */
void
engage_post_set_series_id (EngagePost *self,
                           const char *series_id)
{
  g_return_if_fail (ENGAGE_IS_POST (self));

  if (_engage_store_set_string (&self->series_id, series_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIES_ID]);
}

/**
 * engage_post_get_variant_of:
 *
 * Returns: (nullable): the UUID of the post this one adapts for another
 *   channel, %NULL for an original
 */
const char *
engage_post_get_variant_of (EngagePost *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST (self), NULL);
  return self->variant_of;
}

/**
 * engage_post_set_variant_of:
 * @variant_of: (nullable): the original post's UUID, %NULL for none
 */
void
engage_post_set_variant_of (EngagePost *self,
                            const char *variant_of)
{
  g_return_if_fail (ENGAGE_IS_POST (self));

  if (_engage_store_set_string (&self->variant_of, variant_of))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VARIANT_OF]);
}

/**
 * engage_post_get_approved_by:
 *
 * Returns: who approved the post, empty if nobody has
 */
const char *
engage_post_get_approved_by (EngagePost *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST (self), NULL);
  return self->approved_by;
}

/**
 * engage_post_set_approved_by:
 * @approved_by: (nullable): a person's name; %NULL is the empty string
 */
void
engage_post_set_approved_by (EngagePost *self,
                             const char *approved_by)
{
  g_return_if_fail (ENGAGE_IS_POST (self));
  set_text (self, &self->approved_by, approved_by, PROP_APPROVED_BY);
}

/**
 * engage_post_get_approved_at:
 *
 * Returns: (transfer none) (nullable): when the post was approved, in UTC
 */
GDateTime *
engage_post_get_approved_at (EngagePost *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST (self), NULL);
  return self->approved_at;
}

/**
 * engage_post_set_approved_at:
 * @approved_at: (nullable): a time in any zone, kept in UTC to the second;
 *   %NULL for none
 */
void
engage_post_set_approved_at (EngagePost *self,
                             GDateTime  *approved_at)
{
  g_return_if_fail (ENGAGE_IS_POST (self));
  set_time_property (self, &self->approved_at, approved_at, PROP_APPROVED_AT);
}

/**
 * engage_post_get_imported:
 *
 * Returns: %TRUE if the post came from an import rather than the planner
 */
gboolean
engage_post_get_imported (EngagePost *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST (self), FALSE);
  return self->imported;
}

/**
 * engage_post_set_imported:
 * @imported: whether the post came from an import
 */
void
engage_post_set_imported (EngagePost *self,
                          gboolean    imported)
{
  g_return_if_fail (ENGAGE_IS_POST (self));

  imported = !!imported;
  if (self->imported == imported)
    return;
  self->imported = imported;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORTED]);
}

/**
 * engage_post_get_created_at:
 *
 * Returns: (transfer none) (nullable): when the post was added to the project,
 *   in UTC; %NULL until it is
 */
GDateTime *
engage_post_get_created_at (EngagePost *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST (self), NULL);
  return self->created_at;
}

/**
 * engage_post_get_modified_at:
 *
 * Returns: (transfer none) (nullable): when the post was last changed, in UTC;
 *   %NULL until it is added
 */
GDateTime *
engage_post_get_modified_at (EngagePost *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST (self), NULL);
  return self->modified_at;
}

void
_engage_post_set_created_at (EngagePost *self,
                             GDateTime  *created_at)
{
  g_return_if_fail (ENGAGE_IS_POST (self));
  set_time_property (self, &self->created_at, created_at, PROP_CREATED_AT);
}

void
_engage_post_set_modified_at (EngagePost *self,
                              GDateTime  *modified_at)
{
  g_return_if_fail (ENGAGE_IS_POST (self));
  set_time_property (self, &self->modified_at, modified_at, PROP_MODIFIED_AT);
}

/* Storage */

static gboolean
check_channel (EngagePost  *post,
               GError     **error)
{
  if (post->channel_id > 0)
    return TRUE;

  g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
               _("The post “%s” needs a channel."), post->title);
  return FALSE;
}

static void
set_time_from_unix (EngagePost  *self,
                    GDateTime  **field,
                    gint64       unix_time,
                    guint        prop_id)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (unix_time);

  set_time_property (self, field, time, prop_id);
}

/**
 * engage_project_add_post:
 * @project: an open project
 * @post: a new post; its id, UUID and times are set on success
 * @error: return location for a #GError
 *
 * Adds a post, created and modified now.
 *
 * Returns: %TRUE on success; %FALSE with %ENGAGE_PROJECT_ERROR_INVALID if its
 *   channel or pillar does not exist
 */
gboolean
engage_project_add_post (EngageProject  *project,
                         EngagePost     *post,
                         GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 now, created_at, modified_at;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_POST (post), FALSE);
  g_return_val_if_fail (post->id == 0, FALSE);

  if (!check_channel (post, error))
    return FALSE;

  stmt = _engage_store_begin (project,
                              "INSERT INTO post (" BIND_COLUMNS ", created_at, modified_at) "
                              "VALUES (" BIND_PARAMETERS ", ?20, ?21)",
                              error);
  if (stmt == NULL)
    return FALSE;

  if (post->uuid == NULL)
    post->uuid = _engage_project_new_uuid (project);

  now = _engage_project_now (project);
  created_at = post->created_at ? g_date_time_to_unix (post->created_at) : now;
  modified_at = post->modified_at ? g_date_time_to_unix (post->modified_at) : now;

  bind_post (stmt, post);
  sqlite3_bind_int64 (stmt, N_BIND_PARAMETERS + 1, created_at);
  sqlite3_bind_int64 (stmt, N_BIND_PARAMETERS + 2, modified_at);
  if (!_engage_store_finish_insert (project, stmt, &post->id,
                                    _("Add Post"), ENGAGE_TABLE_POST, error))
    return FALSE;

  set_time_from_unix (post, &post->created_at, created_at, PROP_CREATED_AT);
  set_time_from_unix (post, &post->modified_at, modified_at, PROP_MODIFIED_AT);
  return TRUE;
}

/**
 * engage_project_update_post:
 * @project: an open project
 * @post: a post of @project with changed fields; its modification time is set
 *   on success
 * @error: return location for a #GError
 *
 * Stores every field of @post except its creation time.
 *
 * Returns: %TRUE on success; %FALSE with %ENGAGE_PROJECT_ERROR_INVALID if the
 *   post was deleted meanwhile or its channel or pillar does not exist
 */
gboolean
engage_project_update_post (EngageProject  *project,
                            EngagePost     *post,
                            GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 now;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_POST (post), FALSE);
  g_return_val_if_fail (post->id > 0, FALSE);

  if (!check_channel (post, error))
    return FALSE;

  stmt = _engage_store_begin (project,
                              "UPDATE post SET (" BIND_COLUMNS ", modified_at) = "
                              "(" BIND_PARAMETERS ", ?20) WHERE id = ?21",
                              error);
  if (stmt == NULL)
    return FALSE;

  now = _engage_project_now (project);

  bind_post (stmt, post);
  sqlite3_bind_int64 (stmt, N_BIND_PARAMETERS + 1, now);
  sqlite3_bind_int64 (stmt, N_BIND_PARAMETERS + 2, post->id);
  if (!_engage_store_finish_update (project, stmt, _("Change Post"), ENGAGE_TABLE_POST, error,
                                    _("The post “%s” no longer exists."), post->title))
    return FALSE;

  set_time_from_unix (post, &post->modified_at, now, PROP_MODIFIED_AT);
  return TRUE;
}

/**
 * engage_project_delete_post:
 * @project: an open project
 * @post_id: the post's id
 * @error: return location for a #GError
 *
 * Deletes a post and its metrics (one undo step).
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_delete_post (EngageProject  *project,
                            gint64          post_id,
                            GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);

  return _engage_store_delete_by_id (project, "DELETE FROM post WHERE id = ?1", post_id,
                                     _("Delete Post"),
                                     ENGAGE_TABLE_POST | ENGAGE_TABLE_POST_METRIC,
                                     error);
}

/**
 * engage_project_get_post:
 * @project: an open project
 * @post_id: the post's id
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the post, or %NULL if there is none
 *   with that id (without an error) or the query failed (with one)
 */
EngagePost *
engage_project_get_post (EngageProject  *project,
                         gint64          post_id,
                         GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return _engage_store_get_by_id (project, SELECT_COLUMNS " WHERE id = ?1", post_id,
                                  post_from_row, error);
}

/* Views of posts show their channel's and pillar's name and colour, so they
 * follow edits of those too. */
#define POST_LIST_TABLES (ENGAGE_TABLE_POST | ENGAGE_TABLE_CHANNEL | ENGAGE_TABLE_PILLAR)

typedef struct
{
  GDateTime *from;
  GDateTime *to;
} PostRange;

static void
post_range_free (gpointer data)
{
  PostRange *range = data;

  g_clear_pointer (&range->from, g_date_time_unref);
  g_clear_pointer (&range->to, g_date_time_unref);
  g_free (range);
}

static GPtrArray *
load_posts_in_range (EngageProject  *project,
                     gpointer        user_data,
                     GError        **error)
{
  PostRange *range = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _engage_project_prepare (project,
                                  SELECT_COLUMNS " WHERE scheduled_at >= ?1 AND scheduled_at < ?2 "
                                  "ORDER BY scheduled_at, id",
                                  error);
  if (stmt == NULL)
    return NULL;

  /* Open ends become the extremes, so one statement serves every range and the
   * index on scheduled_at is used. */
  sqlite3_bind_int64 (stmt, 1, range->from ? g_date_time_to_unix (range->from) : G_MININT64);
  sqlite3_bind_int64 (stmt, 2, range->to ? g_date_time_to_unix (range->to) : G_MAXINT64);

  return collect_posts (project, stmt, error);
}

/**
 * engage_project_list_posts:
 * @project: an open project
 * @from: (nullable): the start of the range, included; %NULL for no start
 * @to: (nullable): the end of the range, excluded; %NULL for no end
 *
 * Lists the posts scheduled in [@from, @to), as the calendar shows a week or a
 * month. Posts without a date are never in a range.
 *
 * Returns: (transfer full): a live model of #EngagePost by scheduled time
 */
GListModel *
engage_project_list_posts (EngageProject *project,
                           GDateTime     *from,
                           GDateTime     *to)
{
  PostRange *range;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  range = g_new0 (PostRange, 1);
  range->from = from ? g_date_time_ref (from) : NULL;
  range->to = to ? g_date_time_ref (to) : NULL;

  return G_LIST_MODEL (engage_list_model_new (project, ENGAGE_TYPE_POST, POST_LIST_TABLES,
                                              load_posts_in_range, range, post_range_free));
}

static GPtrArray *
load_posts_by_status (EngageProject  *project,
                      gpointer        user_data,
                      GError        **error)
{
  const EngagePostStatus *status = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _engage_project_prepare (project,
                                  SELECT_COLUMNS " WHERE status = ?1 "
                                  "ORDER BY scheduled_at IS NULL, scheduled_at, id",
                                  error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, engage_post_status_to_string (*status), -1, SQLITE_STATIC);

  return collect_posts (project, stmt, error);
}

/**
 * engage_project_list_posts_by_status:
 * @project: an open project
 * @status: the status to list
 *
 * Returns: (transfer full): a live model of the #EngagePost with @status, by
 *   scheduled time and those without a date last
 */
GListModel *
engage_project_list_posts_by_status (EngageProject    *project,
                                     EngagePostStatus  status)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail ((guint) status <= ENGAGE_POST_STATUS_ARCHIVED, NULL);

  return G_LIST_MODEL (engage_list_model_new (project, ENGAGE_TYPE_POST, POST_LIST_TABLES,
                                              load_posts_by_status,
                                              g_memdup2 (&status, sizeof status), g_free));
}

static GPtrArray *
load_unscheduled_posts (EngageProject  *project,
                        gpointer        user_data,
                        GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _engage_project_prepare (project,
                                  SELECT_COLUMNS " WHERE scheduled_at IS NULL "
                                  "ORDER BY created_at, id",
                                  error);
  if (stmt == NULL)
    return NULL;

  return collect_posts (project, stmt, error);
}

/**
 * engage_project_list_unscheduled_posts:
 * @project: an open project
 *
 * Returns: (transfer full): a live model of the #EngagePost without a date
 *   (the ideas beside the calendar), oldest first
 */
GListModel *
engage_project_list_unscheduled_posts (EngageProject *project)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return G_LIST_MODEL (engage_list_model_new (project, ENGAGE_TYPE_POST, POST_LIST_TABLES,
                                              load_unscheduled_posts, NULL, NULL));
}

/**
 * engage_project_move_post:
 * @project: an open project
 * @post_id: the post's id
 * @scheduled_at: (nullable): the new time; %NULL takes the date away
 * @error: return location for a #GError
 *
 * Moves a post in the calendar, e.g. when it is dragged to another day.
 *
 * Returns: %TRUE on success; %FALSE with %ENGAGE_PROJECT_ERROR_INVALID if the
 *   post does not exist
 */
gboolean
engage_project_move_post (EngageProject  *project,
                          gint64          post_id,
                          GDateTime      *scheduled_at,
                          GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);

  stmt = _engage_store_begin (project,
                              "UPDATE post SET scheduled_at = ?1, modified_at = ?2 "
                              "WHERE id = ?3",
                              error);
  if (stmt == NULL)
    return FALSE;

  bind_time (stmt, 1, scheduled_at);
  sqlite3_bind_int64 (stmt, 2, _engage_project_now (project));
  sqlite3_bind_int64 (stmt, 3, post_id);
  return _engage_store_finish_update (project, stmt, _("Move Post"), ENGAGE_TABLE_POST, error,
                                      _("The post no longer exists."));
}

/**
 * engage_project_set_post_status:
 * @project: an open project
 * @post_id: the post's id
 * @status: the new status
 * @error: return location for a #GError
 *
 * Changes a post's status and nothing else: approving a post here does not
 * record who approved it or when (the guideline's approval step does that).
 *
 * Returns: %TRUE on success; %FALSE with %ENGAGE_PROJECT_ERROR_INVALID if the
 *   post does not exist
 */
gboolean
engage_project_set_post_status (EngageProject     *project,
                                gint64             post_id,
                                EngagePostStatus   status,
                                GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail ((guint) status <= ENGAGE_POST_STATUS_ARCHIVED, FALSE);

  stmt = _engage_store_begin (project,
                              "UPDATE post SET status = ?1, modified_at = ?2 WHERE id = ?3",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, engage_post_status_to_string (status), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, _engage_project_now (project));
  sqlite3_bind_int64 (stmt, 3, post_id);
  return _engage_store_finish_update (project, stmt, _("Change Status"), ENGAGE_TABLE_POST, error,
                                      _("The post no longer exists."));
}
