/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-project"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <glib/gi18n.h>

#include "engage-holidays.h"
#include "engage-project-private.h"
#include "engage-undo.h"

struct _EngageProject
{
  GObject      parent_instance;

  GFile       *file;
  sqlite3     *db;
  EngageUndo  *undo;
  GTimeZone   *tz;

  char        *uuid;
  char        *name;
  char        *client;
  char        *time_zone;
  char        *language;
  EngageEngagementBasis basis;
  const char  *holiday_region;   /* static, from engage-holidays */

  guint        edit_depth;
  gint64       edit_mark;
  EngageTables edit_tables;
  gboolean     edit_failed;

  gint64       fixed_now;
  GRand       *uuid_rand;
};

G_DEFINE_FINAL_TYPE (EngageProject, engage_project, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_NAME,
  PROP_CLIENT,
  PROP_TIME_ZONE,
  PROP_HOLIDAY_REGION,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_QUARK (engage-project-error-quark, engage_project_error)

/**
 * engage_project_error_is_refusal:
 *
 * Returns: %TRUE if @error says a file was refused as a project (the command
 *   line's exit code 3) rather than some other failure
 */
gboolean
engage_project_error_is_refusal (const GError *error)
{
  if (error == NULL || error->domain != ENGAGE_PROJECT_ERROR)
    return FALSE;

  switch ((EngageProjectError) error->code)
    {
    case ENGAGE_PROJECT_ERROR_NOT_SQLITE:
    case ENGAGE_PROJECT_ERROR_NOT_PROJECT:
    case ENGAGE_PROJECT_ERROR_TOO_NEW:
    case ENGAGE_PROJECT_ERROR_DAMAGED:
    case ENGAGE_PROJECT_ERROR_FOREIGN_SCHEMA:
    case ENGAGE_PROJECT_ERROR_IN_USE:
    case ENGAGE_PROJECT_ERROR_MIGRATION:
    case ENGAGE_PROJECT_ERROR_IO:
      return TRUE;

    case ENGAGE_PROJECT_ERROR_EXISTS:
    case ENGAGE_PROJECT_ERROR_INVALID:
    case ENGAGE_PROJECT_ERROR_CLOSED:
    case ENGAGE_PROJECT_ERROR_SQLITE:
    default:
      return FALSE;
    }
}

/* Replaces *@field with @value; says whether it changed. */
static gboolean
replace_text (char       **field,
              const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* Reads the project row after opening, an edit, an undo or a redo. Properties
 * are notified only once the whole row is read, and only those that changed,
 * so that an undone rename renames the window again. */
static gboolean
load_details (EngageProject  *self,
              GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *basis;
  const char *region;
  gboolean name_changed, client_changed, time_zone_changed, region_changed;

  stmt = _engage_project_prepare (self,
                                  "SELECT uuid, name, client, time_zone, language, engagement_basis, "
                                  "holiday_region FROM project WHERE id = 1",
                                  error);
  if (stmt == NULL)
    return FALSE;

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_DAMAGED, self->file,
                   _("“%s” is damaged: parts of the project are missing."), NULL);
      return FALSE;
    }

  replace_text (&self->uuid, _engage_column_text (stmt, 0));
  name_changed = replace_text (&self->name, _engage_column_text (stmt, 1));
  client_changed = replace_text (&self->client, _engage_column_text (stmt, 2));
  time_zone_changed = replace_text (&self->time_zone, _engage_column_text (stmt, 3));
  replace_text (&self->language, _engage_column_text (stmt, 4));
  basis = _engage_column_text (stmt, 5);
  if (!engage_engagement_basis_from_string (basis, &self->basis))
    self->basis = ENGAGE_ENGAGEMENT_BASIS_REACH;

  /* A region this version does not know (written by hand, or by a newer
   * Engage with more regions) shows the nationwide holidays rather than none. */
  region = engage_holidays_get_region_code (_engage_column_text (stmt, 6));
  if (region == NULL)
    region = "DE";
  region_changed = g_strcmp0 (self->holiday_region, region) != 0;
  self->holiday_region = region;

  if (time_zone_changed || self->tz == NULL)
    {
      g_clear_pointer (&self->tz, g_time_zone_unref);
      self->tz = g_time_zone_new_identifier (self->time_zone);
      if (self->tz == NULL)
        self->tz = g_time_zone_new_utc ();
    }

  if (name_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
  if (client_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIENT]);
  if (time_zone_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_ZONE]);
  if (region_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOLIDAY_REGION]);

  return TRUE;
}

static gboolean
attach_connection (EngageProject  *self,
                   sqlite3        *db,
                   GError        **error)
{
  self->db = db;
  self->undo = engage_undo_new (db, engage_migrations_get_tables (), error);
  if (self->undo == NULL)
    return FALSE;

  return load_details (self, error);
}

static EngageProject *
open_project (GFile                  *file,
              const EngageMigrations *migrations,
              GError                **error)
{
  g_autoptr(EngageProject) self = NULL;
  guint user_version = 0;
  sqlite3 *db;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!g_file_is_native (file))
    {
      _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_IO, file,
                   _("“%s” is not a local file; copy it to this computer first."), NULL);
      return NULL;
    }

  if (!_engage_project_file_check_header (file, &user_version, error) ||
      !_engage_project_file_check_database (file, user_version, error))
    return NULL;

  if (user_version < migrations->n_steps &&
      !_engage_project_file_backup (file, user_version, error))
    return NULL;

  db = _engage_project_file_open_connection (file, FALSE, error);
  if (db == NULL)
    return NULL;

  if (user_version < migrations->n_steps)
    {
      g_autoptr(GError) local_error = NULL;

      if (!engage_migrations_run (db, migrations, user_version, &local_error))
        {
          sqlite3_close (db);
          _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_MIGRATION, file,
                       _("“%s” could not be upgraded and was left as it was: %s"),
                       local_error->message);
          return NULL;
        }
    }

  self = g_object_new (ENGAGE_TYPE_PROJECT, NULL);
  self->file = g_object_ref (file);

  if (!attach_connection (self, db, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* GObject */

static void
engage_project_finalize (GObject *object)
{
  EngageProject *self = ENGAGE_PROJECT (object);

  engage_project_close (self);

  g_clear_object (&self->file);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_clear_pointer (&self->uuid_rand, g_rand_free);
  g_free (self->uuid);
  g_free (self->name);
  g_free (self->client);
  g_free (self->time_zone);
  g_free (self->language);

  G_OBJECT_CLASS (engage_project_parent_class)->finalize (object);
}

static void
engage_project_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  EngageProject *self = ENGAGE_PROJECT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_CLIENT:
      g_value_set_string (value, self->client);
      break;

    case PROP_TIME_ZONE:
      g_value_set_string (value, self->time_zone);
      break;

    case PROP_HOLIDAY_REGION:
      g_value_set_string (value, self->holiday_region);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, engage_project_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, engage_project_can_redo (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_project_class_init (EngageProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = engage_project_finalize;
  object_class->get_property = engage_project_get_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLIENT] =
    g_param_spec_string ("client", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIME_ZONE] =
    g_param_spec_string ("time-zone", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * EngageProject:holiday-region:
   *
   * The region whose public holidays the calendar shows, a code from
   * engage_holidays_get_regions().
   */
  properties[PROP_HOLIDAY_REGION] =
    g_param_spec_string ("holiday-region", NULL, NULL, "DE",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EngageProject::changed:
   * @tables: the #EngageTables an edit, undo or redo touched
   *
   * Emitted after a change to the project was committed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
engage_project_init (EngageProject *self)
{
  self->fixed_now = -1;
}

/* Private API */

sqlite3 *
_engage_project_get_db (EngageProject *self)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), NULL);

  return self->db;
}

void
_engage_project_set_sql_error (EngageProject  *self,
                               GError        **error)
{
  int code = self->db ? sqlite3_extended_errcode (self->db) : SQLITE_MISUSE;

  if ((code & 0xff) == SQLITE_CONSTRAINT)
    g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                 "%s", sqlite3_errmsg (self->db));
  else
    g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_SQLITE,
                 "%s", self->db ? sqlite3_errmsg (self->db) : "closed");
}

sqlite3_stmt *
_engage_project_prepare (EngageProject  *self,
                         const char     *sql,
                         GError        **error)
{
  sqlite3_stmt *stmt = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), NULL);

  if (self->db == NULL)
    {
      g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_CLOSED,
                           _("The project is closed."));
      return NULL;
    }

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      _engage_project_set_sql_error (self, error);
      return NULL;
    }

  return stmt;
}

gboolean
_engage_project_step_done (EngageProject  *self,
                           sqlite3_stmt   *stmt,
                           GError        **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _engage_project_set_sql_error (self, error);
      return FALSE;
    }

  return TRUE;
}

gboolean
_engage_project_begin_edit (EngageProject  *self,
                            GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), FALSE);

  if (self->db == NULL)
    {
      g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_CLOSED,
                           _("The project is closed."));
      return FALSE;
    }

  if (self->edit_depth == 0)
    {
      if (!_engage_project_exec (self->db, "BEGIN IMMEDIATE", error))
        return FALSE;
      self->edit_mark = engage_undo_mark (self->undo);
      self->edit_tables = 0;
      self->edit_failed = FALSE;
    }

  self->edit_depth++;
  return TRUE;
}

gboolean
_engage_project_commit_edit (EngageProject  *self,
                             const char     *undo_label,
                             EngageTables    tables,
                             GError        **error)
{
  gboolean could_undo, could_redo;
  EngageTables changed;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (self->edit_depth > 0, FALSE);

  self->edit_tables |= tables;

  if (--self->edit_depth > 0)
    return TRUE;

  if (self->edit_failed)
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                           _("The change could not be made and was taken back."));
      return FALSE;
    }

  if (!_engage_project_exec (self->db, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  could_undo = engage_project_can_undo (self);
  could_redo = engage_project_can_redo (self);
  engage_undo_record (self->undo, self->edit_mark, undo_label, self->edit_tables);

  changed = self->edit_tables;
  if (changed & ENGAGE_TABLE_PROJECT)
    load_details (self, NULL);

  g_signal_emit (self, signals[CHANGED], 0, (guint) changed);

  if (could_undo != engage_project_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != engage_project_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);

  return TRUE;
}

void
_engage_project_rollback_edit (EngageProject *self)
{
  g_return_if_fail (ENGAGE_IS_PROJECT (self));
  g_return_if_fail (self->edit_depth > 0);

  if (--self->edit_depth > 0)
    {
      self->edit_failed = TRUE;
      return;
    }

  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

void
_engage_project_set_undo_enabled (EngageProject *self,
                                  gboolean       enabled)
{
  g_return_if_fail (ENGAGE_IS_PROJECT (self));

  if (self->undo != NULL)
    engage_undo_set_enabled (self->undo, enabled);
}

EngageProject *
_engage_project_open_with_migrations (GFile                  *file,
                                      const EngageMigrations *migrations,
                                      GError                **error)
{
  return open_project (file, migrations, error);
}

gint64
_engage_project_now (EngageProject *self)
{
  if (self->fixed_now >= 0)
    return self->fixed_now;

  return g_get_real_time () / G_USEC_PER_SEC;
}

void
_engage_project_set_clock (EngageProject *self,
                           gint64         fixed_now)
{
  self->fixed_now = fixed_now;
}

/* Random (version 4) UUIDs, or reproducible ones after _engage_project_set_uuid_seed()
 * with a seed other than 0, so that the sample project is the same file every time. */
char *
_engage_project_new_uuid (EngageProject *self)
{
  guint8 bytes[16];

  if (self == NULL || self->uuid_rand == NULL)
    return g_uuid_string_random ();

  for (guint i = 0; i < G_N_ELEMENTS (bytes); i++)
    bytes[i] = g_rand_int_range (self->uuid_rand, 0, 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;

  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5],
                          bytes[6], bytes[7], bytes[8], bytes[9], bytes[10], bytes[11],
                          bytes[12], bytes[13], bytes[14], bytes[15]);
}

void
_engage_project_set_uuid_seed (EngageProject *self,
                               guint32        seed)
{
  g_clear_pointer (&self->uuid_rand, g_rand_free);
  if (seed != 0)
    self->uuid_rand = g_rand_new_with_seed (seed);
}

void
_engage_bind_text (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
_engage_bind_optional_int64 (sqlite3_stmt *stmt,
                             int           index,
                             gint64        value,
                             gboolean      is_set)
{
  if (is_set)
    sqlite3_bind_int64 (stmt, index, value);
  else
    sqlite3_bind_null (stmt, index);
}

void
_engage_bind_optional_id (sqlite3_stmt *stmt,
                          int           index,
                          gint64        id)
{
  _engage_bind_optional_int64 (stmt, index, id, id > 0);
}

const char *
_engage_column_text (sqlite3_stmt *stmt,
                     int           index)
{
  const char *text = (const char *) sqlite3_column_text (stmt, index);

  return text ? text : "";
}

/* Public API */

/**
 * engage_project_create:
 * @file: where the new project goes; it must not exist
 * @name: the project's name
 * @error: return location for a #GError
 *
 * Writes a new, empty project. The file appears only once it is complete: it is
 * written beside the target under a temporary name and then linked into place,
 * which also refuses to replace a file that appeared meanwhile.
 *
 * Returns: (transfer full): the open project, or %NULL
 */
EngageProject *
engage_project_create (GFile       *file,
                       const char  *name,
                       GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *uuid = NULL;
  g_autoptr(GFile) tmp_file = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *set_app_id = NULL;
  sqlite3 *db;
  int fd;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_IO, file,
                   _("“%s” is not a local file; choose a folder on this computer."), NULL);
      return NULL;
    }

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_EXISTS, file,
                   _("“%s” already exists; choose another name or remove the file first."), NULL);
      return NULL;
    }

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp_path = g_build_filename (dir, ".engage-new-XXXXXX", NULL);
  fd = g_mkstemp_full (tmp_path, O_RDWR, 0666);
  if (fd < 0)
    {
      int saved_errno = errno;
      _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_IO, file,
                   _("“%s” cannot be written: %s."), g_strerror (saved_errno));
      return NULL;
    }
  close (fd);
  tmp_file = g_file_new_for_path (tmp_path);

  db = _engage_project_file_open_connection (tmp_file, TRUE, &local_error);
  if (db == NULL)
    {
      g_unlink (tmp_path);
      _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_IO, file,
                   _("“%s” cannot be written: %s"), local_error->message);
      return NULL;
    }

  set_app_id = g_strdup_printf ("PRAGMA application_id = %d", ENGAGE_APPLICATION_ID);
  uuid = g_uuid_string_random ();

  if (!_engage_project_exec (db, set_app_id, &local_error) ||
      !engage_migrations_run (db, engage_migrations_get_default (), 0, &local_error))
    goto failed;

  if (sqlite3_prepare_v2 (db,
                          "INSERT INTO project (id, uuid, name, created_at) VALUES (1, ?1, ?2, ?3)",
                          -1, &stmt, NULL) != SQLITE_OK)
    goto failed_sql;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, g_get_real_time () / G_USEC_PER_SEC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    goto failed_sql;
  g_clear_pointer (&stmt, sqlite3_finalize);

  sqlite3_close (db);
  db = NULL;

  if (link (tmp_path, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp_path);
      if (saved_errno == EEXIST)
        _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_EXISTS, file,
                     _("“%s” already exists; choose another name or remove the file first."), NULL);
      else
        _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_IO, file,
                     _("“%s” cannot be written: %s."), g_strerror (saved_errno));
      return NULL;
    }
  g_unlink (tmp_path);

  return engage_project_open (file, error);

failed_sql:
  g_set_error (&local_error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_SQLITE,
               "%s", sqlite3_errmsg (db));
failed:
  g_clear_pointer (&stmt, sqlite3_finalize);
  sqlite3_close (db);
  g_unlink (tmp_path);
  _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_IO, file,
               _("“%s” cannot be written: %s"), local_error->message);
  return NULL;
}

/**
 * engage_project_open:
 * @file: a `.engage` file
 * @error: return location for a #GError
 *
 * Opens a project after checking, in this order, that it is a SQLite file, that it
 * is an Engage project, that its version is not newer than ours, that it is not in
 * use by another process, that it passes `quick_check`, and that it holds no
 * trigger or view. A file refused by any check is never written to. An older
 * project is copied to a backup and then upgraded in one transaction.
 *
 * Returns: (transfer full): the open project, or %NULL with an
 *   %ENGAGE_PROJECT_ERROR whose message names the file
 */
EngageProject *
engage_project_open (GFile   *file,
                     GError **error)
{
  return open_project (file, engage_migrations_get_default (), error);
}

/**
 * engage_project_close:
 *
 * Closes the database and releases the lock. The object stays valid; its models
 * become empty and edits fail with %ENGAGE_PROJECT_ERROR_CLOSED.
 */
void
engage_project_close (EngageProject *self)
{
  g_return_if_fail (ENGAGE_IS_PROJECT (self));

  if (self->db == NULL)
    return;

  g_clear_pointer (&self->undo, engage_undo_free);
  sqlite3_close (self->db);
  self->db = NULL;

  g_signal_emit (self, signals[CHANGED], 0, (guint) ENGAGE_TABLE_ALL);
}

gboolean
engage_project_is_open (EngageProject *self)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), FALSE);

  return self->db != NULL;
}

/**
 * engage_project_save_as:
 * @destination: the new file; an existing file there is replaced
 * @error: return location for a #GError
 *
 * Writes a consistent copy of the project (`VACUUM INTO` a temporary file in the
 * destination's folder, flushed to disk and then renamed into place) and continues
 * on the copy, undo history included. The original file stays as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_save_as (EngageProject  *self,
                        GFile          *destination,
                        GError        **error)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *tmp_path = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3 *new_db;
  int fd;
  int rc;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (destination), FALSE);

  if (self->db == NULL)
    {
      g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_CLOSED,
                           _("The project is closed."));
      return FALSE;
    }

  if (g_file_equal (destination, self->file))
    return TRUE;

  path = g_file_get_path (destination);
  if (path == NULL)
    {
      _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_IO, destination,
                   _("“%s” is not a local file; choose a folder on this computer."), NULL);
      return FALSE;
    }

  dir = g_path_get_dirname (path);
  tmp_path = g_build_filename (dir, ".engage-save-XXXXXX", NULL);
  fd = g_mkstemp_full (tmp_path, O_RDWR, 0666);
  if (fd < 0)
    {
      int saved_errno = errno;
      _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_IO, destination,
                   _("“%s” cannot be written: %s."), g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);
  /* VACUUM INTO wants to create the file itself. */
  g_unlink (tmp_path);

  stmt = _engage_project_prepare (self, "VACUUM INTO ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, tmp_path, -1, SQLITE_STATIC);
  /* VACUUM INTO attaches the target for the copy; nothing else may attach. */
  sqlite3_limit (self->db, SQLITE_LIMIT_ATTACHED, 1);
  rc = sqlite3_step (stmt);
  sqlite3_limit (self->db, SQLITE_LIMIT_ATTACHED, 0);
  if (rc != SQLITE_DONE)
    {
      g_unlink (tmp_path);
      _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_IO, destination,
                   _("“%s” cannot be written: %s."), sqlite3_errmsg (self->db));
      return FALSE;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!_engage_project_file_fsync (tmp_path, FALSE) || g_rename (tmp_path, path) != 0)
    {
      int saved_errno = errno;
      g_unlink (tmp_path);
      _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_IO, destination,
                   _("“%s” cannot be written: %s."), g_strerror (saved_errno));
      return FALSE;
    }
  _engage_project_file_fsync (dir, TRUE);

  new_db = _engage_project_file_open_connection (destination, FALSE, error);
  if (new_db == NULL)
    return FALSE;

  if (!engage_undo_move_to (self->undo, new_db, &local_error))
    {
      /* The copy is written; only the history is lost. */
      g_warning ("Undo history not carried over to %s: %s", path, local_error->message);
      g_clear_pointer (&self->undo, engage_undo_free);
      self->undo = engage_undo_new (new_db, engage_migrations_get_tables (), NULL);
    }

  sqlite3_close (self->db);
  self->db = new_db;

  g_set_object (&self->file, destination);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);

  return TRUE;
}

/**
 * engage_project_get_file:
 *
 * Returns: (transfer none): the project's file
 */
GFile *
engage_project_get_file (EngageProject *self)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), NULL);

  return self->file;
}

/**
 * engage_project_dup_display_name:
 *
 * Returns: (transfer full): the file's name as shown to people
 */
char *
engage_project_dup_display_name (EngageProject *self)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), NULL);

  path = g_file_get_basename (self->file);
  return g_filename_display_name (path);
}

const char *
engage_project_get_uuid (EngageProject *self)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), NULL);
  return self->uuid;
}

const char *
engage_project_get_name (EngageProject *self)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), NULL);
  return self->name;
}

const char *
engage_project_get_client (EngageProject *self)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), NULL);
  return self->client;
}

const char *
engage_project_get_time_zone (EngageProject *self)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), NULL);
  return self->time_zone;
}

/**
 * engage_project_get_tz:
 *
 * Returns: (transfer none): the project's time zone, in which the calendar shows
 *   times (UTC if the file names a zone this system does not know)
 */
GTimeZone *
engage_project_get_tz (EngageProject *self)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), NULL);
  return self->tz;
}

const char *
engage_project_get_language (EngageProject *self)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), NULL);
  return self->language;
}

EngageEngagementBasis
engage_project_get_engagement_basis (EngageProject *self)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), ENGAGE_ENGAGEMENT_BASIS_REACH);
  return self->basis;
}

/**
 * engage_project_set_details:
 *
 * Changes the project's name, client, time zone, language and engagement basis
 * in one undoable edit.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_set_details (EngageProject          *self,
                            const char             *name,
                            const char             *client,
                            const char             *time_zone,
                            const char             *language,
                            EngageEngagementBasis   basis,
                            GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GTimeZone) tz = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (name != NULL && client != NULL, FALSE);
  g_return_val_if_fail (time_zone != NULL && language != NULL, FALSE);

  tz = g_time_zone_new_identifier (time_zone);
  if (tz == NULL)
    {
      g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                   _("“%s” is not a time zone this computer knows."), time_zone);
      return FALSE;
    }

  if (!_engage_project_begin_edit (self, error))
    return FALSE;

  stmt = _engage_project_prepare (self,
                                  "UPDATE project SET name = ?1, client = ?2, time_zone = ?3, "
                                  "language = ?4, engagement_basis = ?5 WHERE id = 1",
                                  error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, client, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, time_zone, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, language, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, engage_engagement_basis_to_string (basis), -1, SQLITE_STATIC);

  if (!_engage_project_step_done (self, stmt, error))
    goto failed;

  /* Committing reloads the details, which notifies what changed. */
  return _engage_project_commit_edit (self, _("Change Project Details"), ENGAGE_TABLE_PROJECT, error);

failed:
  _engage_project_rollback_edit (self);
  return FALSE;
}

/**
 * engage_project_get_holiday_region:
 *
 * Returns: (transfer none): the region whose public holidays the calendar
 *   shows, a code from engage_holidays_get_regions() such as "DE-BW"
 */
const char *
engage_project_get_holiday_region (EngageProject *self)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), NULL);
  return self->holiday_region;
}

/**
 * engage_project_set_holiday_region:
 * @region: a region engage_holidays_is_known_region() accepts: "DE" for the
 *   holidays of the whole country, or a state such as "DE-BW" (or "BW")
 * @error: return location for a #GError
 *
 * Chooses the region whose public holidays the calendar shows, in one undoable
 * edit. The code is stored as engage_holidays_get_regions() lists it.
 *
 * Returns: %TRUE on success; %FALSE with %ENGAGE_PROJECT_ERROR_INVALID for a
 *   region Engage has no holidays for
 */
gboolean
engage_project_set_holiday_region (EngageProject  *self,
                                   const char     *region,
                                   GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *code;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (region != NULL, FALSE);

  code = engage_holidays_get_region_code (region);
  if (code == NULL)
    {
      g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                   _("Engage knows no public holidays for the region “%s”."), region);
      return FALSE;
    }

  if (self->db == NULL)
    {
      g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_CLOSED,
                           _("The project is closed."));
      return FALSE;
    }

  /* No edit, so no undo step that would do nothing. */
  if (g_strcmp0 (self->holiday_region, code) == 0)
    return TRUE;

  if (!_engage_project_begin_edit (self, error))
    return FALSE;

  stmt = _engage_project_prepare (self, "UPDATE project SET holiday_region = ?1 WHERE id = 1", error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  if (!_engage_project_step_done (self, stmt, error))
    goto failed;

  return _engage_project_commit_edit (self, _("Change Holiday Region"), ENGAGE_TABLE_PROJECT, error);

failed:
  _engage_project_rollback_edit (self);
  return FALSE;
}

/**
 * engage_project_get_counts:
 * @counts: (out caller-allocates): the counts
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_get_counts (EngageProject        *self,
                           EngageProjectCounts  *counts,
                           GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  stmt = _engage_project_prepare (self,
                                  "SELECT (SELECT count(*) FROM channel),"
                                  " (SELECT count(*) FROM pillar),"
                                  " (SELECT count(*) FROM post),"
                                  " (SELECT count(*) FROM post_metric),"
                                  " (SELECT count(*) FROM guideline_section),"
                                  " (SELECT count(*) FROM rule),"
                                  " (SELECT count(*) FROM kpi),"
                                  " (SELECT count(*) FROM measurement),"
                                  " (SELECT count(*) FROM nps_survey),"
                                  " (SELECT count(*) FROM nps_response),"
                                  " (SELECT count(*) FROM import_batch)",
                                  error);
  if (stmt == NULL)
    return FALSE;

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _engage_project_set_sql_error (self, error);
      return FALSE;
    }

  counts->channels = sqlite3_column_int (stmt, 0);
  counts->pillars = sqlite3_column_int (stmt, 1);
  counts->posts = sqlite3_column_int (stmt, 2);
  counts->post_metrics = sqlite3_column_int (stmt, 3);
  counts->guideline_sections = sqlite3_column_int (stmt, 4);
  counts->rules = sqlite3_column_int (stmt, 5);
  counts->kpis = sqlite3_column_int (stmt, 6);
  counts->measurements = sqlite3_column_int (stmt, 7);
  counts->nps_surveys = sqlite3_column_int (stmt, 8);
  counts->nps_responses = sqlite3_column_int (stmt, 9);
  counts->import_batches = sqlite3_column_int (stmt, 10);

  return TRUE;
}

gboolean
engage_project_can_undo (EngageProject *self)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), FALSE);
  return self->undo != NULL && engage_undo_can_undo (self->undo);
}

gboolean
engage_project_can_redo (EngageProject *self)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), FALSE);
  return self->undo != NULL && engage_undo_can_redo (self->undo);
}

/**
 * engage_project_get_undo_label:
 *
 * Returns: (nullable): what undo would take back, e.g. "Move Post"
 */
const char *
engage_project_get_undo_label (EngageProject *self)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), NULL);
  return self->undo ? engage_undo_get_undo_label (self->undo) : NULL;
}

/**
 * engage_project_get_redo_label:
 *
 * Returns: (nullable): what redo would do again
 */
const char *
engage_project_get_redo_label (EngageProject *self)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), NULL);
  return self->undo ? engage_undo_get_redo_label (self->undo) : NULL;
}

static gboolean
undo_or_redo (EngageProject  *self,
              gboolean        redo,
              GError        **error)
{
  guint tables = 0;
  gboolean ok;

  if (self->db == NULL)
    {
      g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_CLOSED,
                           _("The project is closed."));
      return FALSE;
    }

  g_return_val_if_fail (self->edit_depth == 0, FALSE);

  ok = redo ? engage_undo_redo (self->undo, &tables, error)
            : engage_undo_undo (self->undo, &tables, error);
  if (!ok)
    return FALSE;

  /* The step changes again what the edit changed, and only that. */
  load_details (self, NULL);
  g_signal_emit (self, signals[CHANGED], 0, tables);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);

  return TRUE;
}

gboolean
engage_project_undo (EngageProject  *self,
                     GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), FALSE);
  return undo_or_redo (self, FALSE, error);
}

gboolean
engage_project_redo (EngageProject  *self,
                     GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), FALSE);
  return undo_or_redo (self, TRUE, error);
}

/**
 * engage_project_begin_group:
 * @error: return location for a #GError
 *
 * Starts a group of edits that commit together and undo as one step, e.g. a post
 * copied to several channels. End it with engage_project_end_group(), or
 * engage_project_cancel_group() to take every edit of the group back.
 *
 * Returns: %TRUE if the group started
 */
gboolean
engage_project_begin_group (EngageProject  *self,
                            GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), FALSE);

  return _engage_project_begin_edit (self, error);
}

/**
 * engage_project_end_group:
 * @undo_label: what the group did, for "Undo …"
 * @error: return location for a #GError
 *
 * Commits the group started by engage_project_begin_group(). If an edit inside
 * it failed, nothing of the group is kept and an error is returned.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_end_group (EngageProject  *self,
                          const char     *undo_label,
                          GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (self), FALSE);

  return _engage_project_commit_edit (self, undo_label, 0, error);
}

/**
 * engage_project_cancel_group:
 *
 * Takes back every edit of the group started by engage_project_begin_group().
 */
void
engage_project_cancel_group (EngageProject *self)
{
  g_return_if_fail (ENGAGE_IS_PROJECT (self));

  _engage_project_rollback_edit (self);
}
