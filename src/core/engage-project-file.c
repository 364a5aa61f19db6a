/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-project-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <glib/gi18n.h>

#include "engage-project-private.h"

/*
 * The .engage file as something that may come from anyone: the checks that decide
 * whether a file is opened at all (each refusal its own error code, and a refused
 * file never written to), the settings of every connection, and the backup made
 * before an upgrade.
 */

/* Longest text or blob a project may hold: a guideline or a post is far smaller,
 * and a hostile file cannot make us allocate more than this per value. */
#define MAX_VALUE_LENGTH (16 * 1024 * 1024)
#define BUSY_TIMEOUT_MS 250


char *
_engage_project_file_display_name (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  return path ? g_filename_display_name (path) : g_file_get_parse_name (file);
}

/* Sets a refusal whose message names the file: @format's first %s is the file's
 * name, its optional second %s is @detail. */
void
_engage_project_file_refuse (GError            **error,
             EngageProjectError  code,
             GFile              *file,
             const char         *format,
             const char         *detail)
{
  g_autofree char *name = _engage_project_file_display_name (file);

  g_set_error (error, ENGAGE_PROJECT_ERROR, code, format, name, detail ? detail : "");
}

gboolean
_engage_project_exec (sqlite3     *db,
          const char  *sql,
          GError     **error)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_SQLITE,
                   "%s", message ? message : sqlite3_errmsg (db));
      sqlite3_free (message);
      return FALSE;
    }

  return TRUE;
}

/* Settings for a file that may come from anyone: it cannot corrupt itself through
 * SQL, its schema cannot call application functions, values are bounded. */
static void
harden_connection (sqlite3 *db)
{
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
  sqlite3_limit (db, SQLITE_LIMIT_LENGTH, MAX_VALUE_LENGTH);
  sqlite3_limit (db, SQLITE_LIMIT_SQL_LENGTH, 1024 * 1024);
  sqlite3_limit (db, SQLITE_LIMIT_ATTACHED, 0);
  sqlite3_limit (db, SQLITE_LIMIT_TRIGGER_DEPTH, 4);
  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
  sqlite3_exec (db, "PRAGMA cell_size_check = ON", NULL, NULL, NULL);
}

static gboolean
is_busy (int code)
{
  code &= 0xff;
  return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

static gboolean
is_damage (int code)
{
  code &= 0xff;
  return code == SQLITE_CORRUPT || code == SQLITE_NOTADB || code == SQLITE_IOERR ||
         code == SQLITE_FORMAT || code == SQLITE_CANTOPEN;
}

static guint32
read_be32 (const guint8 *bytes)
{
  return ((guint32) bytes[0] << 24) | ((guint32) bytes[1] << 16) |
         ((guint32) bytes[2] << 8) | (guint32) bytes[3];
}

/* Step 1 to 3 of opening, on the raw bytes: no SQLite connection touches a file
 * that is not an Engage project of a version we understand. */
gboolean
_engage_project_file_check_header (GFile   *file,
              guint   *user_version,
              GError **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  guint8 header[100];
  gsize n_read = 0;

  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), header, sizeof header, &n_read, NULL, &local_error))
    {
      _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_IO, file,
                   _("“%s” could not be read: %s."), local_error->message);
      return FALSE;
    }

  if (n_read == 0)
    {
      _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_NOT_SQLITE, file,
                   _("“%s” is empty, so it is not an Engage project."), NULL);
      return FALSE;
    }

  if (n_read < sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_NOT_SQLITE, file,
                   _("“%s” is not an Engage project: it is not a database file at all."), NULL);
      return FALSE;
    }

  if (read_be32 (header + 68) != ENGAGE_APPLICATION_ID)
    {
      _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_NOT_PROJECT, file,
                   _("“%s” is a database of another application, not an Engage project."), NULL);
      return FALSE;
    }

  *user_version = read_be32 (header + 60);

  /* Version 0 is a project whose creation was cut off before its tables were
   * written: nothing in it to open or to upgrade. */
  if (*user_version == 0)
    {
      _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_DAMAGED, file,
                   _("“%s” is an incomplete Engage project and cannot be opened."), NULL);
      return FALSE;
    }

  if (*user_version > ENGAGE_SCHEMA_VERSION)
    {
      _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_TOO_NEW, file,
                   _("“%s” was saved by a newer version of Engage; update Engage to open it."), NULL);
      return FALSE;
    }

  return TRUE;
}

static gboolean
query_text (sqlite3     *db,
            const char  *sql,
            char       **out,
            int         *code)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          rc = SQLITE_OK;
        }
      else if (rc == SQLITE_DONE)
        {
          *out = NULL;
          rc = SQLITE_OK;
        }
    }
  if (rc != SQLITE_OK)
    rc = sqlite3_extended_errcode (db);
  sqlite3_finalize (stmt);

  *code = rc;
  return rc == SQLITE_OK;
}

/* Step 4 and 5, through a read-only connection: is the file whole, is anyone else
 * using it, and does its schema hold anything we did not put there? */
gboolean
_engage_project_file_check_database (GFile   *file,
                guint    user_version,
                GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *result = NULL;
  g_autofree char *foreign = NULL;
  sqlite3 *db = NULL;
  int code;

  code = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_EXRESCODE, NULL);
  if (code != SQLITE_OK)
    {
      sqlite3_close (db);
      _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_DAMAGED, file,
                   _("“%s” is damaged and cannot be opened."), NULL);
      return FALSE;
    }
  harden_connection (db);

  if (!query_text (db, "PRAGMA quick_check", &result, &code))
    {
      sqlite3_close (db);
      if (is_busy (code))
        _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_IN_USE, file,
                     _("“%s” is open in another Engage window; close it there first."), NULL);
      else
        _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_DAMAGED, file,
                     _("“%s” is damaged and cannot be opened."), NULL);
      return FALSE;
    }

  if (g_strcmp0 (result, "ok") != 0)
    {
      sqlite3_close (db);
      _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_DAMAGED, file,
                   _("“%s” is damaged: its database fails the integrity check."), NULL);
      return FALSE;
    }

  if (!query_text (db,
                   "SELECT name FROM sqlite_schema WHERE type IN ('trigger', 'view') LIMIT 1",
                   &foreign, &code))
    {
      sqlite3_close (db);
      _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_DAMAGED, file,
                   _("“%s” is damaged and cannot be opened."), NULL);
      return FALSE;
    }

  if (foreign != NULL)
    {
      sqlite3_close (db);
      _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_FOREIGN_SCHEMA, file,
                   _("“%s” contains database triggers or views that Engage did not create, so it is not opened."), NULL);
      return FALSE;
    }

  if (user_version == ENGAGE_SCHEMA_VERSION)
    {
      const char * const *tables = engage_migrations_get_tables ();

      for (guint i = 0; tables[i] != NULL; i++)
        {
          sqlite3_stmt *stmt = NULL;
          gboolean found = FALSE;

          if (sqlite3_prepare_v2 (db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                                  -1, &stmt, NULL) == SQLITE_OK)
            {
              sqlite3_bind_text (stmt, 1, tables[i], -1, SQLITE_STATIC);
              found = sqlite3_step (stmt) == SQLITE_ROW;
            }
          sqlite3_finalize (stmt);

          if (!found)
            {
              sqlite3_close (db);
              _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_DAMAGED, file,
                           _("“%s” is damaged: parts of the project are missing."), NULL);
              return FALSE;
            }
        }
    }

  sqlite3_close (db);
  return TRUE;
}

/* Keeps a copy of a project before it is upgraded: "plan.engage" becomes
 * "plan.engage.v1.bak" (or .v1-2.bak …, never overwriting an older backup). */
gboolean
_engage_project_file_backup (GFile   *file,
                         guint    version,
                         GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) local_error = NULL;

  for (guint attempt = 1; attempt < 100; attempt++)
    {
      g_autofree char *backup_path = attempt == 1
        ? g_strdup_printf ("%s.v%u.bak", path, version)
        : g_strdup_printf ("%s.v%u-%u.bak", path, version, attempt);
      g_autoptr(GFile) backup = g_file_new_for_path (backup_path);

      g_clear_error (&local_error);
      if (g_file_copy (file, backup, G_FILE_COPY_NONE, NULL, NULL, NULL, &local_error))
        return TRUE;
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        break;
    }

  _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_MIGRATION, file,
               _("“%s” needs an upgrade, but no backup copy could be written beside it: %s."),
               local_error ? local_error->message : "");
  return FALSE;
}

/* Opens the read-write connection that the project keeps: one self-contained file
 * (rollback journal), durable commits, and an exclusive lock held as long as the
 * project is open so that a second process cannot edit it behind our back. */
sqlite3 *
_engage_project_file_open_connection (GFile   *file,
                 gboolean create,
                 GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  sqlite3 *db = NULL;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE;
  int code;

  if (create)
    flags |= SQLITE_OPEN_CREATE;

  code = sqlite3_open_v2 (path, &db, flags, NULL);
  if (code != SQLITE_OK)
    {
      if ((code & 0xff) == SQLITE_READONLY || (code & 0xff) == SQLITE_CANTOPEN || (code & 0xff) == SQLITE_PERM)
        _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_IO, file,
                     _("“%s” cannot be opened for writing: %s."), sqlite3_errstr (code));
      else
        _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_DAMAGED, file,
                     _("“%s” is damaged and cannot be opened."), NULL);
      sqlite3_close (db);
      return NULL;
    }

  harden_connection (db);

  code = sqlite3_exec (db,
                       "PRAGMA locking_mode = EXCLUSIVE;"
                       "PRAGMA journal_mode = DELETE;"
                       "PRAGMA synchronous = FULL;"
                       "PRAGMA foreign_keys = ON;"
                       "PRAGMA temp_store = MEMORY;"
                       "BEGIN EXCLUSIVE; COMMIT;",
                       NULL, NULL, NULL);
  if (code != SQLITE_OK)
    {
      code = sqlite3_extended_errcode (db);
      sqlite3_close (db);
      if (is_busy (code))
        _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_IN_USE, file,
                     _("“%s” is open in another Engage window; close it there first."), NULL);
      else if (is_damage (code))
        _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_DAMAGED, file,
                     _("“%s” is damaged and cannot be opened."), NULL);
      else
        _engage_project_file_refuse (error, ENGAGE_PROJECT_ERROR_IO, file,
                     _("“%s” cannot be opened for writing: %s."), sqlite3_errstr (code));
      return NULL;
    }

  return db;
}

gboolean
_engage_project_file_fsync (const char *path,
            gboolean    directory)
{
  int fd = g_open (path, directory ? O_RDONLY | O_DIRECTORY : O_RDWR, 0);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = fsync (fd) == 0;
  close (fd);

  return ok;
}

