/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "engage-project.h"
#include "engage-migrations.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

sqlite3      *_engage_project_get_db          (EngageProject  *self);
sqlite3_stmt *_engage_project_prepare         (EngageProject  *self,
                                               const char     *sql,
                                               GError        **error);
gboolean      _engage_project_step_done       (EngageProject  *self,
                                               sqlite3_stmt   *stmt,
                                               GError        **error);
void          _engage_project_set_sql_error   (EngageProject  *self,
                                               GError        **error);

/* Edits: every mutation of the model runs between begin and commit (or rollback).
 * Edits nest; only the outermost one is a transaction, an undo step and a change
 * notification. */
gboolean      _engage_project_begin_edit      (EngageProject  *self,
                                               GError        **error);
gboolean      _engage_project_commit_edit     (EngageProject  *self,
                                               const char     *undo_label,
                                               EngageTables    tables,
                                               GError        **error);
void          _engage_project_rollback_edit   (EngageProject  *self);

/* Bulk writing (the sample project, imports of a fresh file) without undo log. */
void          _engage_project_set_undo_enabled (EngageProject *self,
                                                gboolean       enabled);

/* engage-project-file.c: checks and connections for untrusted files */
char         *_engage_project_file_display_name   (GFile              *file);
void          _engage_project_file_refuse         (GError            **error,
                                                   EngageProjectError  code,
                                                   GFile              *file,
                                                   const char         *format,
                                                   const char         *detail);
gboolean      _engage_project_exec                (sqlite3            *db,
                                                   const char         *sql,
                                                   GError            **error);
gboolean      _engage_project_file_check_header   (GFile              *file,
                                                   guint              *user_version,
                                                   GError            **error);
gboolean      _engage_project_file_check_database (GFile              *file,
                                                   guint               user_version,
                                                   GError            **error);
gboolean      _engage_project_file_backup         (GFile              *file,
                                                   guint               version,
                                                   GError            **error);
sqlite3      *_engage_project_file_open_connection (GFile             *file,
                                                    gboolean           create,
                                                    GError           **error);
gboolean      _engage_project_file_fsync          (const char         *path,
                                                   gboolean            directory);

EngageProject *_engage_project_open_with_migrations (GFile                  *file,
                                                     const EngageMigrations *migrations,
                                                     GError                **error);

gint64        _engage_project_now             (EngageProject  *self);
void          _engage_project_set_clock       (EngageProject  *self,
                                               gint64          fixed_now);
char         *_engage_project_new_uuid        (EngageProject  *self);
void          _engage_project_set_uuid_seed   (EngageProject  *self,
                                               guint32         seed);

/* Binding helpers: NULL strings and unset times become SQL NULL. */
void          _engage_bind_text               (sqlite3_stmt   *stmt,
                                               int             index,
                                               const char     *text);
void          _engage_bind_optional_int64     (sqlite3_stmt   *stmt,
                                               int             index,
                                               gint64          value,
                                               gboolean        is_set);
void          _engage_bind_optional_id        (sqlite3_stmt   *stmt,
                                               int             index,
                                               gint64          id);
const char   *_engage_column_text             (sqlite3_stmt   *stmt,
                                               int             index);

/* engage-store.c: the storage code the entity files share. The SQL stays in the
 * entity file; these run it. Parameters are bound, never printed into SQL. */

/* Makes a new object (transfer full) of the statement's current row. */
typedef gpointer (*EngageRowFunc) (sqlite3_stmt *stmt);

gpointer      _engage_store_fetch             (EngageProject  *project,
                                               sqlite3_stmt   *stmt,
                                               EngageRowFunc   row,
                                               GError        **error);
gpointer      _engage_store_get_by_id         (EngageProject  *project,
                                               const char     *sql,
                                               gint64          id,
                                               EngageRowFunc   row,
                                               GError        **error);
GPtrArray    *_engage_store_collect           (EngageProject  *project,
                                               sqlite3_stmt   *stmt,
                                               EngageRowFunc   row,
                                               GError        **error);

/* Whether @item, made from a row of the same table earlier, still shows the
 * statement's current row exactly. */
typedef gboolean (*EngageRowEqualFunc) (sqlite3_stmt *stmt,
                                        gpointer      item);
typedef gint64   (*EngageItemIdFunc)   (gpointer      item);

void          _engage_store_begin_reuse       (GPtrArray      *items,
                                               EngageTables    changed);
void          _engage_store_end_reuse         (void);
GPtrArray    *_engage_store_collect_reusing   (EngageProject     *project,
                                               sqlite3_stmt      *stmt,
                                               EngageRowFunc      row,
                                               EngageRowEqualFunc equal,
                                               EngageItemIdFunc   get_id,
                                               EngageTables       table,
                                               GError           **error);
GPtrArray    *_engage_store_load_all          (EngageProject  *project,
                                               const char     *sql,
                                               EngageRowFunc   row,
                                               GError        **error);
GPtrArray    *_engage_store_load_by_id        (EngageProject  *project,
                                               const char     *sql,
                                               gint64          id,
                                               EngageRowFunc   row,
                                               GError        **error);

/* One statement as one edit: begin, bind, then one of the finish functions,
 * which commits the edit or rolls it back. */
sqlite3_stmt *_engage_store_begin             (EngageProject  *project,
                                               const char     *sql,
                                               GError        **error);
gboolean      _engage_store_finish            (EngageProject  *project,
                                               sqlite3_stmt   *stmt,
                                               const char     *undo_label,
                                               EngageTables    tables,
                                               GError        **error);
gboolean      _engage_store_finish_insert     (EngageProject  *project,
                                               sqlite3_stmt   *stmt,
                                               gint64         *id,
                                               const char     *undo_label,
                                               EngageTables    tables,
                                               GError        **error);
gboolean      _engage_store_finish_update     (EngageProject  *project,
                                               sqlite3_stmt   *stmt,
                                               const char     *undo_label,
                                               EngageTables    tables,
                                               GError        **error,
                                               const char     *missing_format,
                                               ...) G_GNUC_PRINTF (6, 7);

/* Checks a new row's object and binds its values, or refuses it with @error. */
typedef gboolean (*EngageBindFunc) (sqlite3_stmt  *stmt,
                                    gpointer       item,
                                    GError       **error);

gboolean      _engage_store_insert_all        (EngageProject  *project,
                                               const char     *sql,
                                               GPtrArray      *items,
                                               EngageBindFunc  bind,
                                               gsize           id_offset,
                                               const char     *undo_label,
                                               EngageTables    tables,
                                               GError        **error);

gboolean      _engage_store_delete_by_id      (EngageProject  *project,
                                               const char     *sql,
                                               gint64          id,
                                               const char     *undo_label,
                                               EngageTables    tables,
                                               GError        **error);

gboolean      _engage_store_set_string        (char          **field,
                                               const char     *value);
char         *_engage_store_dup_optional_text (sqlite3_stmt   *stmt,
                                               int             index);

G_END_DECLS
