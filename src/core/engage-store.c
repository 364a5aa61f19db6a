/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-store"

#include "config.h"

#include "engage-project-private.h"

/* The storage code every entity file would otherwise write again: reading rows
 * into objects, and the edit around one INSERT, UPDATE or DELETE. The SQL stays
 * with the entities, so that each file still shows what it stores; these
 * functions only run it. */

/* Steps @stmt once: a row becomes an object, no row is %NULL without an error. */
gpointer
_engage_store_fetch (EngageProject  *project,
                     sqlite3_stmt   *stmt,
                     EngageRowFunc   row,
                     GError        **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return row (stmt);

  if (rc != SQLITE_DONE)
    _engage_project_set_sql_error (project, error);

  return NULL;
}

/* Runs @sql with @id bound to ?1 and returns its first row as an object. */
gpointer
_engage_store_get_by_id (EngageProject  *project,
                         const char     *sql,
                         gint64          id,
                         EngageRowFunc   row,
                         GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _engage_project_prepare (project, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  return _engage_store_fetch (project, stmt, row, error);
}

/* Steps a prepared, bound @stmt to its end. A failing step fails the whole
 * query: a model must not show half a list as if it were all. */
GPtrArray *
_engage_store_collect (EngageProject  *project,
                       sqlite3_stmt   *stmt,
                       EngageRowFunc   row,
                       GError        **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, row (stmt));

  if (rc != SQLITE_DONE)
    {
      _engage_project_set_sql_error (project, error);
      return NULL;
    }

  return g_steal_pointer (&items);
}

/* The items a live model showed before the change it is reloading for, and
 * the tables that changed: see _engage_store_collect_reusing(). Models reload
 * on the main thread, one at a time. */
static struct
{
  GPtrArray    *items;
  EngageTables  changed;
} reuse;

/* Offers @items, which a model showed before @changed tables changed, to the
 * query that reloads it, until _engage_store_end_reuse(). */
void
_engage_store_begin_reuse (GPtrArray    *items,
                           EngageTables  changed)
{
  g_assert (reuse.items == NULL);

  reuse.items = items;
  reuse.changed = changed;
}

void
_engage_store_end_reuse (void)
{
  reuse.items = NULL;
  reuse.changed = 0;
}

/* Like _engage_store_collect(), but a row that an offered item (see
 * _engage_store_begin_reuse()) still shows exactly gives that item instead of a
 * new one. Only when nothing but @table changed: a change to another table the
 * query reads (a channel's colour, say) must reach the views as new items.
 * Reloading 100,000 posts after one edit then allocates one object, and the
 * model can tell its views that only one row changed. */
GPtrArray *
_engage_store_collect_reusing (EngageProject       *project,
                               sqlite3_stmt        *stmt,
                               EngageRowFunc        row,
                               EngageRowEqualFunc   equal,
                               EngageItemIdFunc     get_id,
                               EngageTables         table,
                               GError             **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) positions = NULL;
  g_autofree gint64 *ids = NULL;
  guint n_old, next = 0;
  int rc;

  if (reuse.items == NULL || reuse.items->len == 0 || (reuse.changed & ~table) != 0)
    return _engage_store_collect (project, stmt, row, error);

  n_old = reuse.items->len;
  items = g_ptr_array_new_full (n_old, g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gpointer item = NULL;

      /* The rows come in the order the items were in, so the next item is
       * nearly always the one; after an insertion, a deletion or a move, the
       * item is looked up by id and the walk goes on from there. */
      if (next < n_old && get_id (g_ptr_array_index (reuse.items, next)) == id)
        {
          item = g_ptr_array_index (reuse.items, next++);
        }
      else
        {
          gpointer position;

          if (positions == NULL)
            {
              /* The keys point into one array, not into n allocations. */
              ids = g_new (gint64, n_old);
              positions = g_hash_table_new (g_int64_hash, g_int64_equal);
              for (guint i = 0; i < n_old; i++)
                {
                  ids[i] = get_id (g_ptr_array_index (reuse.items, i));
                  g_hash_table_insert (positions, &ids[i], GUINT_TO_POINTER (i + 1));
                }
            }

          position = g_hash_table_lookup (positions, &id);
          if (position != NULL)
            {
              next = GPOINTER_TO_UINT (position);
              item = g_ptr_array_index (reuse.items, next - 1);
            }
        }

      if (item != NULL && equal (stmt, item))
        g_ptr_array_add (items, g_object_ref (item));
      else
        g_ptr_array_add (items, row (stmt));
    }

  if (rc != SQLITE_DONE)
    {
      _engage_project_set_sql_error (project, error);
      return NULL;
    }

  return g_steal_pointer (&items);
}

/* Runs @sql, which has no parameters, and returns all its rows as objects. */
GPtrArray *
_engage_store_load_all (EngageProject  *project,
                        const char     *sql,
                        EngageRowFunc   row,
                        GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _engage_project_prepare (project, sql, error);
  if (stmt == NULL)
    return NULL;

  return _engage_store_collect (project, stmt, row, error);
}

/* Runs @sql with @id bound to ?1 and returns all its rows as objects. */
GPtrArray *
_engage_store_load_by_id (EngageProject  *project,
                          const char     *sql,
                          gint64          id,
                          EngageRowFunc   row,
                          GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _engage_project_prepare (project, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  return _engage_store_collect (project, stmt, row, error);
}

/* Begins an edit and prepares @sql in it. On success the caller binds the
 * statement and ends the edit with one of the _engage_store_finish*()
 * functions (or _engage_project_rollback_edit() if it gives up first); on
 * failure no edit is left open. */
sqlite3_stmt *
_engage_store_begin (EngageProject  *project,
                     const char     *sql,
                     GError        **error)
{
  sqlite3_stmt *stmt;

  if (!_engage_project_begin_edit (project, error))
    return NULL;

  stmt = _engage_project_prepare (project, sql, error);
  if (stmt == NULL)
    _engage_project_rollback_edit (project);

  return stmt;
}

/* Runs @stmt and commits the edit as one undo step, or rolls it back. */
gboolean
_engage_store_finish (EngageProject  *project,
                      sqlite3_stmt   *stmt,
                      const char     *undo_label,
                      EngageTables    tables,
                      GError        **error)
{
  if (!_engage_project_step_done (project, stmt, error))
    {
      _engage_project_rollback_edit (project);
      return FALSE;
    }

  return _engage_project_commit_edit (project, undo_label, tables, error);
}

/* Like _engage_store_finish() for an INSERT: *@id is the new row's id once the
 * edit is committed, and stays 0 if it is not. */
gboolean
_engage_store_finish_insert (EngageProject  *project,
                             sqlite3_stmt   *stmt,
                             gint64         *id,
                             const char     *undo_label,
                             EngageTables    tables,
                             GError        **error)
{
  if (!_engage_project_step_done (project, stmt, error))
    {
      _engage_project_rollback_edit (project);
      return FALSE;
    }

  *id = sqlite3_last_insert_rowid (_engage_project_get_db (project));

  if (!_engage_project_commit_edit (project, undo_label, tables, error))
    {
      /* The row went with the transaction; the object must not keep its id. */
      *id = 0;
      return FALSE;
    }

  return TRUE;
}

/* Like _engage_store_finish() for an UPDATE of one row: if the row is gone
 * (deleted meanwhile, or undone), the edit fails with
 * %ENGAGE_PROJECT_ERROR_INVALID and the sentence @missing_format makes. */
gboolean
_engage_store_finish_update (EngageProject  *project,
                             sqlite3_stmt   *stmt,
                             const char     *undo_label,
                             EngageTables    tables,
                             GError        **error,
                             const char     *missing_format,
                             ...)
{
  if (!_engage_project_step_done (project, stmt, error))
    goto failed;

  if (sqlite3_changes (_engage_project_get_db (project)) == 0)
    {
      g_autofree char *message = NULL;
      va_list args;

      va_start (args, missing_format);
      message = g_strdup_vprintf (missing_format, args);
      va_end (args);

      g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID, message);
      goto failed;
    }

  return _engage_project_commit_edit (project, undo_label, tables, error);

failed:
  _engage_project_rollback_edit (project);
  return FALSE;
}

/* The rows went with the transaction; the objects must not keep their ids. */
static void
forget_ids (GPtrArray *items,
            guint      n_inserted,
            gsize      id_offset)
{
  for (guint i = 0; i < n_inserted; i++)
    G_STRUCT_MEMBER (gint64, g_ptr_array_index (items, i), id_offset) = 0;
}

/* Inserts @items with one prepared INSERT @sql as one edit, for importers and
 * the sample project that add hundreds of rows at a time. @bind may refuse an
 * item; then none is added. Each object's gint64 id at @id_offset (its
 * G_STRUCT_OFFSET) is set once the edit is committed, and stays 0 if it is not. */
gboolean
_engage_store_insert_all (EngageProject  *project,
                          const char     *sql,
                          GPtrArray      *items,
                          EngageBindFunc  bind,
                          gsize           id_offset,
                          const char     *undo_label,
                          EngageTables    tables,
                          GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _engage_store_begin (project, sql, error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      gpointer item = g_ptr_array_index (items, i);

      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      if (!bind (stmt, item, error) || !_engage_project_step_done (project, stmt, error))
        {
          _engage_project_rollback_edit (project);
          forget_ids (items, i, id_offset);
          return FALSE;
        }

      G_STRUCT_MEMBER (gint64, item, id_offset) =
        sqlite3_last_insert_rowid (_engage_project_get_db (project));
    }

  if (!_engage_project_commit_edit (project, undo_label, tables, error))
    {
      forget_ids (items, items->len, id_offset);
      return FALSE;
    }

  return TRUE;
}

/* Deletes the row @sql names by ?1 = @id as one edit. @tables are all the
 * tables the delete reaches, cascades included, so that their views reload. */
gboolean
_engage_store_delete_by_id (EngageProject  *project,
                            const char     *sql,
                            gint64          id,
                            const char     *undo_label,
                            EngageTables    tables,
                            GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _engage_store_begin (project, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  return _engage_store_finish (project, stmt, undo_label, tables, error);
}

/* Replaces a string field; returns whether it changed, so that a setter
 * notifies only then. */
gboolean
_engage_store_set_string (char       **field,
                          const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* A copy of a text column, or %NULL where the column is NULL. */
char *
_engage_store_dup_optional_text (sqlite3_stmt *stmt,
                                 int           index)
{
  if (sqlite3_column_type (stmt, index) == SQLITE_NULL)
    return NULL;

  return g_strdup (_engage_column_text (stmt, index));
}
