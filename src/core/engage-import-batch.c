/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-import-batch"

#include "config.h"

#include "engage-import-batch.h"
#include "engage-list-model.h"
#include "engage-project-private.h"

#include <glib/gi18n.h>

/* The record of one import, kept so that the same file is not imported twice by
 * mistake (its SHA-256) and so that imported rows can say where they came from.
 * There is no update or delete: an import is taken back with undo, together with
 * the rows it brought in. */

struct _EngageImportBatch
{
  GObject    parent_instance;

  gint64     id;
  char      *uuid;
  char      *kind;
  char      *format;
  char      *file_name;
  char      *sha256;
  guint      rows_read;
  guint      rows_imported;
  guint      rows_skipped;
  char      *report;
  GDateTime *imported_at;
};

G_DEFINE_FINAL_TYPE (EngageImportBatch, engage_import_batch, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_KIND,
  PROP_FORMAT,
  PROP_FILE_NAME,
  PROP_SHA256,
  PROP_ROWS_READ,
  PROP_ROWS_IMPORTED,
  PROP_ROWS_SKIPPED,
  PROP_REPORT,
  PROP_IMPORTED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define SELECT_COLUMNS \
  "SELECT id, uuid, kind, format, file_name, sha256, rows_read, rows_imported, " \
  "rows_skipped, report, imported_at FROM import_batch"

/* An #EngageRowFunc: the row as a new #EngageImportBatch. */
static gpointer
import_batch_from_row (sqlite3_stmt *stmt)
{
  EngageImportBatch *self = g_object_new (ENGAGE_TYPE_IMPORT_BATCH, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->uuid = g_strdup (_engage_column_text (stmt, 1));
  g_free (self->kind);
  self->kind = g_strdup (_engage_column_text (stmt, 2));
  g_free (self->format);
  self->format = g_strdup (_engage_column_text (stmt, 3));
  g_free (self->file_name);
  self->file_name = g_strdup (_engage_column_text (stmt, 4));
  g_free (self->sha256);
  self->sha256 = g_strdup (_engage_column_text (stmt, 5));
  self->rows_read = sqlite3_column_int64 (stmt, 6);
  self->rows_imported = sqlite3_column_int64 (stmt, 7);
  self->rows_skipped = sqlite3_column_int64 (stmt, 8);
  g_free (self->report);
  self->report = g_strdup (_engage_column_text (stmt, 9));
  self->imported_at = g_date_time_new_from_unix_utc (sqlite3_column_int64 (stmt, 10));

  return self;
}

static void
bind_import_batch (sqlite3_stmt      *stmt,
                   EngageImportBatch *self)
{
  sqlite3_bind_text (stmt, 1, self->uuid, -1, SQLITE_TRANSIENT);
  _engage_bind_text (stmt, 2, self->kind ? self->kind : "");
  _engage_bind_text (stmt, 3, self->format ? self->format : "");
  _engage_bind_text (stmt, 4, self->file_name ? self->file_name : "");
  _engage_bind_text (stmt, 5, self->sha256 ? self->sha256 : "");
  sqlite3_bind_int64 (stmt, 6, self->rows_read);
  sqlite3_bind_int64 (stmt, 7, self->rows_imported);
  sqlite3_bind_int64 (stmt, 8, self->rows_skipped);
  _engage_bind_text (stmt, 9, self->report ? self->report : "");
  _engage_bind_optional_int64 (stmt, 10,
                               self->imported_at ? g_date_time_to_unix (self->imported_at) : 0,
                               self->imported_at != NULL);
}

static void
engage_import_batch_finalize (GObject *object)
{
  EngageImportBatch *self = ENGAGE_IMPORT_BATCH (object);

  g_free (self->uuid);
  g_free (self->kind);
  g_free (self->format);
  g_free (self->file_name);
  g_free (self->sha256);
  g_free (self->report);
  g_clear_pointer (&self->imported_at, g_date_time_unref);

  G_OBJECT_CLASS (engage_import_batch_parent_class)->finalize (object);
}

static void
engage_import_batch_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  EngageImportBatch *self = ENGAGE_IMPORT_BATCH (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_FORMAT:
      g_value_set_string (value, self->format);
      break;

    case PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;

    case PROP_SHA256:
      g_value_set_string (value, self->sha256);
      break;

    case PROP_ROWS_READ:
      g_value_set_uint (value, self->rows_read);
      break;

    case PROP_ROWS_IMPORTED:
      g_value_set_uint (value, self->rows_imported);
      break;

    case PROP_ROWS_SKIPPED:
      g_value_set_uint (value, self->rows_skipped);
      break;

    case PROP_REPORT:
      g_value_set_string (value, self->report);
      break;

    case PROP_IMPORTED_AT:
      g_value_set_boxed (value, self->imported_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_import_batch_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  EngageImportBatch *self = ENGAGE_IMPORT_BATCH (object);

  switch (prop_id)
    {
    case PROP_KIND:
      engage_import_batch_set_kind (self, g_value_get_string (value));
      break;

    case PROP_FORMAT:
      engage_import_batch_set_format (self, g_value_get_string (value));
      break;

    case PROP_FILE_NAME:
      engage_import_batch_set_file_name (self, g_value_get_string (value));
      break;

    case PROP_SHA256:
      engage_import_batch_set_sha256 (self, g_value_get_string (value));
      break;

    case PROP_ROWS_READ:
      engage_import_batch_set_rows_read (self, g_value_get_uint (value));
      break;

    case PROP_ROWS_IMPORTED:
      engage_import_batch_set_rows_imported (self, g_value_get_uint (value));
      break;

    case PROP_ROWS_SKIPPED:
      engage_import_batch_set_rows_skipped (self, g_value_get_uint (value));
      break;

    case PROP_REPORT:
      engage_import_batch_set_report (self, g_value_get_string (value));
      break;

    case PROP_IMPORTED_AT:
      engage_import_batch_set_imported_at (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_import_batch_class_init (EngageImportBatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = engage_import_batch_finalize;
  object_class->get_property = engage_import_batch_get_property;
  object_class->set_property = engage_import_batch_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, ro);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, rw);
  properties[PROP_FORMAT] = g_param_spec_string ("format", NULL, NULL, NULL, rw);
  properties[PROP_FILE_NAME] = g_param_spec_string ("file-name", NULL, NULL, NULL, rw);
  properties[PROP_SHA256] = g_param_spec_string ("sha256", NULL, NULL, NULL, rw);
  properties[PROP_ROWS_READ] = g_param_spec_uint ("rows-read", NULL, NULL,
                                                  0, G_MAXUINT, 0, rw);
  properties[PROP_ROWS_IMPORTED] = g_param_spec_uint ("rows-imported", NULL, NULL,
                                                      0, G_MAXUINT, 0, rw);
  properties[PROP_ROWS_SKIPPED] = g_param_spec_uint ("rows-skipped", NULL, NULL,
                                                     0, G_MAXUINT, 0, rw);
  properties[PROP_REPORT] = g_param_spec_string ("report", NULL, NULL, NULL, rw);
  properties[PROP_IMPORTED_AT] = g_param_spec_boxed ("imported-at", NULL, NULL,
                                                     G_TYPE_DATE_TIME, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
engage_import_batch_init (EngageImportBatch *self)
{
  self->kind = g_strdup ("");
  self->format = g_strdup ("");
  self->file_name = g_strdup ("");
  self->sha256 = g_strdup ("");
  self->report = g_strdup ("");
}

/**
 * engage_import_batch_new:
 * @kind: (nullable): what was imported, e.g. "post-metrics" or "nps-responses"
 * @file_name: (nullable): the name of the imported file, without its folder
 * @sha256: (nullable): the SHA-256 of the file's contents in lower-case hex
 *
 * Returns: (transfer full): a record not yet in any project
 */
EngageImportBatch *
engage_import_batch_new (const char *kind,
                         const char *file_name,
                         const char *sha256)
{
  EngageImportBatch *self = g_object_new (ENGAGE_TYPE_IMPORT_BATCH, NULL);

  _engage_store_set_string (&self->kind, kind ? kind : "");
  _engage_store_set_string (&self->file_name, file_name ? file_name : "");
  _engage_store_set_string (&self->sha256, sha256 ? sha256 : "");

  return self;
}

/**
 * engage_import_batch_copy:
 *
 * Returns: (transfer full): an independent copy
 */
EngageImportBatch *
engage_import_batch_copy (EngageImportBatch *self)
{
  EngageImportBatch *copy;

  g_return_val_if_fail (ENGAGE_IS_IMPORT_BATCH (self), NULL);

  copy = g_object_new (ENGAGE_TYPE_IMPORT_BATCH, NULL);
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  _engage_store_set_string (&copy->kind, self->kind);
  _engage_store_set_string (&copy->format, self->format);
  _engage_store_set_string (&copy->file_name, self->file_name);
  _engage_store_set_string (&copy->sha256, self->sha256);
  copy->rows_read = self->rows_read;
  copy->rows_imported = self->rows_imported;
  copy->rows_skipped = self->rows_skipped;
  _engage_store_set_string (&copy->report, self->report);
  copy->imported_at = self->imported_at ? g_date_time_ref (self->imported_at) : NULL;

  return copy;
}

gint64
engage_import_batch_get_id (EngageImportBatch *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_BATCH (self), 0);
  return self->id;
}

/**
 * engage_import_batch_get_uuid:
 *
 * Returns: (nullable): the record's UUID, %NULL until it is added to a project
 */
const char *
engage_import_batch_get_uuid (EngageImportBatch *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_BATCH (self), NULL);
  return self->uuid;
}

/**
 * engage_import_batch_get_kind:
 *
 * Returns: what was imported, e.g. "post-metrics"
 */
const char *
engage_import_batch_get_kind (EngageImportBatch *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_BATCH (self), NULL);
  return self->kind;
}

void
engage_import_batch_set_kind (EngageImportBatch *self,
                              const char        *kind)
{
  g_return_if_fail (ENGAGE_IS_IMPORT_BATCH (self));

  if (_engage_store_set_string (&self->kind, kind ? kind : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * engage_import_batch_get_format:
 *
 * Returns: the layout the importer recognised (e.g. a platform's export), or an
 *   empty string
 */
const char *
engage_import_batch_get_format (EngageImportBatch *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_BATCH (self), NULL);
  return self->format;
}

void
engage_import_batch_set_format (EngageImportBatch *self,
                                const char        *format)
{
  g_return_if_fail (ENGAGE_IS_IMPORT_BATCH (self));

  if (_engage_store_set_string (&self->format, format ? format : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORMAT]);
}

const char *
engage_import_batch_get_file_name (EngageImportBatch *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_BATCH (self), NULL);
  return self->file_name;
}

void
engage_import_batch_set_file_name (EngageImportBatch *self,
                                   const char        *file_name)
{
  g_return_if_fail (ENGAGE_IS_IMPORT_BATCH (self));

  if (_engage_store_set_string (&self->file_name, file_name ? file_name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE_NAME]);
}

/**
 * engage_import_batch_get_sha256:
 *
 * Returns: the SHA-256 of the imported file's contents in hex
 */
const char *
engage_import_batch_get_sha256 (EngageImportBatch *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_BATCH (self), NULL);
  return self->sha256;
}

void
engage_import_batch_set_sha256 (EngageImportBatch *self,
                                const char        *sha256)
{
  g_return_if_fail (ENGAGE_IS_IMPORT_BATCH (self));

  if (_engage_store_set_string (&self->sha256, sha256 ? sha256 : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHA256]);
}

guint
engage_import_batch_get_rows_read (EngageImportBatch *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_BATCH (self), 0);
  return self->rows_read;
}

void
engage_import_batch_set_rows_read (EngageImportBatch *self,
                                   guint              rows_read)
{
  g_return_if_fail (ENGAGE_IS_IMPORT_BATCH (self));

  if (self->rows_read == rows_read)
    return;
  self->rows_read = rows_read;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROWS_READ]);
}

guint
engage_import_batch_get_rows_imported (EngageImportBatch *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_BATCH (self), 0);
  return self->rows_imported;
}

void
engage_import_batch_set_rows_imported (EngageImportBatch *self,
                                       guint              rows_imported)
{
  g_return_if_fail (ENGAGE_IS_IMPORT_BATCH (self));

  if (self->rows_imported == rows_imported)
    return;
  self->rows_imported = rows_imported;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROWS_IMPORTED]);
}

guint
engage_import_batch_get_rows_skipped (EngageImportBatch *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_BATCH (self), 0);
  return self->rows_skipped;
}

void
engage_import_batch_set_rows_skipped (EngageImportBatch *self,
                                      guint              rows_skipped)
{
  g_return_if_fail (ENGAGE_IS_IMPORT_BATCH (self));

  if (self->rows_skipped == rows_skipped)
    return;
  self->rows_skipped = rows_skipped;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROWS_SKIPPED]);
}

/**
 * engage_import_batch_get_report:
 *
 * Returns: the importer's account of what it skipped and why, or an empty string
 */
const char *
engage_import_batch_get_report (EngageImportBatch *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_BATCH (self), NULL);
  return self->report;
}

void
engage_import_batch_set_report (EngageImportBatch *self,
                                const char        *report)
{
  g_return_if_fail (ENGAGE_IS_IMPORT_BATCH (self));

  if (_engage_store_set_string (&self->report, report ? report : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
}

/**
 * engage_import_batch_get_imported_at:
 *
 * Returns: (transfer none) (nullable): when the import ran; %NULL until the record
 *   is added to a project, unless it was set
 */
GDateTime *
engage_import_batch_get_imported_at (EngageImportBatch *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_BATCH (self), NULL);
  return self->imported_at;
}

/**
 * engage_import_batch_set_imported_at:
 * @imported_at: (nullable): when the import ran, or %NULL for the time it is added
 *   to a project; stored to the second
 */
void
engage_import_batch_set_imported_at (EngageImportBatch *self,
                                     GDateTime         *imported_at)
{
  g_return_if_fail (ENGAGE_IS_IMPORT_BATCH (self));

  if (self->imported_at == imported_at ||
      (self->imported_at != NULL && imported_at != NULL &&
       g_date_time_equal (self->imported_at, imported_at)))
    return;

  g_clear_pointer (&self->imported_at, g_date_time_unref);
  self->imported_at = imported_at ? g_date_time_ref (imported_at) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORTED_AT]);
}

/* Storage */

/**
 * engage_project_add_import_batch:
 * @project: an open project
 * @import_batch: a new record; its id and UUID, and its time if it had none, are
 *   set on success
 * @error: return location for a #GError
 *
 * Importers call this inside their own edit, so that the record and the rows
 * that point to it are one undo step.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_add_import_batch (EngageProject      *project,
                                 EngageImportBatch  *import_batch,
                                 GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean set_time = FALSE;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_IMPORT_BATCH (import_batch), FALSE);
  g_return_val_if_fail (import_batch->id == 0, FALSE);

  stmt = _engage_store_begin (project,
                              "INSERT INTO import_batch (uuid, kind, format, file_name, "
                              "sha256, rows_read, rows_imported, rows_skipped, report, "
                              "imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                              error);
  if (stmt == NULL)
    return FALSE;

  if (import_batch->uuid == NULL)
    import_batch->uuid = _engage_project_new_uuid (project);

  if (import_batch->imported_at == NULL)
    {
      import_batch->imported_at = g_date_time_new_from_unix_utc (_engage_project_now (project));
      set_time = TRUE;
    }

  bind_import_batch (stmt, import_batch);
  if (!_engage_store_finish_insert (project, stmt, &import_batch->id,
                                    _("Add Import Record"), ENGAGE_TABLE_IMPORT_BATCH, error))
    {
      if (set_time)
        g_clear_pointer (&import_batch->imported_at, g_date_time_unref);
      return FALSE;
    }

  if (set_time)
    g_object_notify_by_pspec (G_OBJECT (import_batch), properties[PROP_IMPORTED_AT]);

  return TRUE;
}

/**
 * engage_project_get_import_batch:
 * @project: an open project
 * @import_batch_id: the id of an import record
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the record, or %NULL if there is none with
 *   that id (without an error) or the query failed (with one)
 */
EngageImportBatch *
engage_project_get_import_batch (EngageProject  *project,
                                 gint64          import_batch_id,
                                 GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return _engage_store_get_by_id (project, SELECT_COLUMNS " WHERE id = ?1", import_batch_id,
                                  import_batch_from_row, error);
}

/**
 * engage_project_find_import_batch:
 * @project: an open project
 * @sha256: the SHA-256 of a file's contents in hex
 *
 * Tells whether a file was imported before, so that the user can be asked
 * before importing the same rows twice.
 *
 * Returns: (transfer full) (nullable): the most recent import of a file with
 *   that hash, or %NULL if there is none (without an error) or the query failed
 *   (with one)
 */
EngageImportBatch *
engage_project_find_import_batch (EngageProject  *project,
                                  const char     *sha256,
                                  GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (sha256 != NULL, NULL);

  stmt = _engage_project_prepare (project,
                                  SELECT_COLUMNS " WHERE sha256 = ?1 "
                                  "ORDER BY imported_at DESC, id DESC LIMIT 1",
                                  error);
  if (stmt == NULL)
    return NULL;

  _engage_bind_text (stmt, 1, sha256);
  return _engage_store_fetch (project, stmt, import_batch_from_row, error);
}

static GPtrArray *
load_import_batches (EngageProject  *project,
                     gpointer        user_data,
                     GError        **error)
{
  return _engage_store_load_all (project, SELECT_COLUMNS " ORDER BY imported_at DESC, id DESC",
                                 import_batch_from_row, error);
}

/**
 * engage_project_list_import_batches:
 * @project: an open project
 *
 * Returns: (transfer full): a live model of #EngageImportBatch, most recent first
 */
GListModel *
engage_project_list_import_batches (EngageProject *project)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return G_LIST_MODEL (engage_list_model_new (project, ENGAGE_TYPE_IMPORT_BATCH,
                                              ENGAGE_TABLE_IMPORT_BATCH,
                                              load_import_batches, NULL, NULL));
}
