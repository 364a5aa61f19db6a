/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-undo"

#include "config.h"

#include "engage-undo.h"
#include "engage-project.h"

#include <glib/gi18n.h>

/*
 * Undo and redo of any edit, after SQLite's documented trigger-based undo log
 * (https://sqlite.org/undoredo.html): temporary triggers on every table write the
 * statement that reverses each row change into a temporary table. An undo step is
 * a range of that log; undoing runs the range backwards in one transaction, and
 * the triggers record the statements that redo it. Everything lives in the
 * connection's TEMP schema, so the project file itself never holds a trigger.
 */

typedef struct
{
  gint64  first;
  gint64  last;
  char   *label;
  guint   tables;          /* the EngageTables the step changes */
} Step;

struct _EngageUndo
{
  sqlite3 *db;
  GArray  *undo_stack;
  GArray  *redo_stack;
  char   **tables;
};

static void
clear_step (gpointer data)
{
  Step *step = data;

  g_clear_pointer (&step->label, g_free);
}

static gboolean
exec_sql (sqlite3     *db,
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

static GPtrArray *
list_columns (sqlite3    *db,
              const char *table)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT name FROM pragma_table_info(?1)", -1, &stmt, NULL) != SQLITE_OK)
    return NULL;

  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (columns, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  return g_steal_pointer (&columns);
}

/* The trigger texts are built from the schema's own table and column names, never
 * from data; values reach the log through SQLite's quote(). */
static gboolean
install_triggers (sqlite3             *db,
                  const char * const  *tables,
                  GError             **error)
{
  if (!exec_sql (db,
                 "CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY, sql TEXT NOT NULL);"
                 "CREATE TEMP TABLE IF NOT EXISTS undo_state (enabled INTEGER NOT NULL);"
                 "DELETE FROM temp.undo_state;"
                 "INSERT INTO temp.undo_state VALUES (1);",
                 error))
    return FALSE;

  for (guint t = 0; tables[t] != NULL; t++)
    {
      const char *table = tables[t];
      g_autoptr(GPtrArray) columns = list_columns (db, table);
      g_autoptr(GString) update = g_string_new (NULL);
      g_autoptr(GString) insert_names = g_string_new (NULL);
      g_autoptr(GString) insert_values = g_string_new (NULL);
      g_autofree char *sql = NULL;

      if (columns == NULL || columns->len == 0)
        {
          g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_SQLITE,
                       "Table %s has no columns", table);
          return FALSE;
        }

      for (guint c = 0; c < columns->len; c++)
        {
          const char *column = g_ptr_array_index (columns, c);

          g_string_append_printf (update, "%s'\"%s\"=' || quote(old.\"%s\")",
                                  c > 0 ? " || ',' || " : "", column, column);
          g_string_append_printf (insert_names, "%s\"%s\"", c > 0 ? "," : "", column);
          g_string_append_printf (insert_values, "%squote(old.\"%s\")",
                                  c > 0 ? " || ',' || " : "", column);
        }

      sql = g_strdup_printf (
        "CREATE TEMP TRIGGER IF NOT EXISTS \"undo_%1$s_insert\" AFTER INSERT ON main.\"%1$s\""
        " WHEN (SELECT enabled FROM temp.undo_state) BEGIN"
        "  INSERT INTO undo_log (sql) VALUES ('DELETE FROM main.\"%1$s\" WHERE id = ' || new.id);"
        " END;"
        "CREATE TEMP TRIGGER IF NOT EXISTS \"undo_%1$s_update\" AFTER UPDATE ON main.\"%1$s\""
        " WHEN (SELECT enabled FROM temp.undo_state) BEGIN"
        "  INSERT INTO undo_log (sql) VALUES ('UPDATE main.\"%1$s\" SET ' || %2$s || ' WHERE id = ' || new.id);"
        " END;"
        "CREATE TEMP TRIGGER IF NOT EXISTS \"undo_%1$s_delete\" BEFORE DELETE ON main.\"%1$s\""
        " WHEN (SELECT enabled FROM temp.undo_state) BEGIN"
        "  INSERT INTO undo_log (sql) VALUES ('INSERT INTO main.\"%1$s\" (%3$s) VALUES (' || %4$s || ')');"
        " END;",
        table, update->str, insert_names->str, insert_values->str);

      if (!exec_sql (db, sql, error))
        return FALSE;
    }

  return TRUE;
}

EngageUndo *
engage_undo_new (sqlite3             *db,
                 const char * const  *tables,
                 GError             **error)
{
  g_autoptr(EngageUndo) undo = g_new0 (EngageUndo, 1);

  undo->db = db;
  undo->tables = g_strdupv ((char **) tables);
  undo->undo_stack = g_array_new (FALSE, TRUE, sizeof (Step));
  undo->redo_stack = g_array_new (FALSE, TRUE, sizeof (Step));
  g_array_set_clear_func (undo->undo_stack, clear_step);
  g_array_set_clear_func (undo->redo_stack, clear_step);

  if (!install_triggers (db, tables, error))
    return NULL;

  return g_steal_pointer (&undo);
}

void
engage_undo_free (EngageUndo *undo)
{
  if (undo == NULL)
    return;

  g_clear_pointer (&undo->undo_stack, g_array_unref);
  g_clear_pointer (&undo->redo_stack, g_array_unref);
  g_clear_pointer (&undo->tables, g_strfreev);
  g_free (undo);
}

/**
 * engage_undo_move_to:
 *
 * Carries the log over to another connection on a copy of the same project (Save
 * As keeps row ids, so the recorded statements stay valid).
 */
gboolean
engage_undo_move_to (EngageUndo  *undo,
                     sqlite3     *db,
                     GError     **error)
{
  sqlite3_stmt *read = NULL;
  sqlite3_stmt *write = NULL;
  gboolean ok = TRUE;

  if (!install_triggers (db, (const char * const *) undo->tables, error))
    return FALSE;

  if (sqlite3_prepare_v2 (undo->db, "SELECT seq, sql FROM temp.undo_log ORDER BY seq", -1, &read, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, "INSERT INTO temp.undo_log (seq, sql) VALUES (?1, ?2)", -1, &write, NULL) != SQLITE_OK)
    {
      g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_SQLITE,
                   "%s", sqlite3_errmsg (db));
      sqlite3_finalize (read);
      sqlite3_finalize (write);
      return FALSE;
    }

  while (ok && sqlite3_step (read) == SQLITE_ROW)
    {
      sqlite3_bind_int64 (write, 1, sqlite3_column_int64 (read, 0));
      sqlite3_bind_text (write, 2, (const char *) sqlite3_column_text (read, 1), -1, SQLITE_TRANSIENT);
      ok = sqlite3_step (write) == SQLITE_DONE;
      sqlite3_reset (write);
    }

  sqlite3_finalize (read);
  sqlite3_finalize (write);

  if (!ok)
    {
      g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_SQLITE,
                   "%s", sqlite3_errmsg (db));
      return FALSE;
    }

  undo->db = db;
  return TRUE;
}

void
engage_undo_set_enabled (EngageUndo *undo,
                         gboolean    enabled)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (undo->db, "UPDATE temp.undo_state SET enabled = ?1", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_int (stmt, 1, enabled ? 1 : 0);
      sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
}

/**
 * engage_undo_mark:
 *
 * Returns: the last sequence number in the log; an edit's entries follow it
 */
gint64
engage_undo_mark (EngageUndo *undo)
{
  sqlite3_stmt *stmt = NULL;
  gint64 mark = 0;

  if (sqlite3_prepare_v2 (undo->db, "SELECT coalesce(max(seq), 0) FROM temp.undo_log", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    mark = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return mark;
}

static void
delete_range (EngageUndo *undo,
              gint64      first,
              gint64      last)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (undo->db, "DELETE FROM temp.undo_log WHERE seq BETWEEN ?1 AND ?2", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, first);
      sqlite3_bind_int64 (stmt, 2, last);
      sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
}

static void
push_step (GArray     *stack,
           gint64      first,
           gint64      last,
           const char *label,
           guint       tables)
{
  Step step = { first, last, g_strdup (label), tables };

  g_array_append_val (stack, step);
}

/**
 * engage_undo_record:
 * @mark: engage_undo_mark() before the edit
 * @label: (nullable): what the edit did, for "Undo …"
 * @tables: the #EngageTables the edit changed, which undoing and redoing it
 *   change again
 *
 * Makes the log entries written since @mark one undo step and forgets what could
 * have been redone. An edit that changed nothing records nothing.
 *
 * Returns: %TRUE if a step was recorded
 */
gboolean
engage_undo_record (EngageUndo *undo,
                    gint64      mark,
                    const char *label,
                    guint       tables)
{
  gint64 last = engage_undo_mark (undo);

  if (last <= mark)
    return FALSE;

  for (guint i = 0; i < undo->redo_stack->len; i++)
    {
      Step *step = &g_array_index (undo->redo_stack, Step, i);

      delete_range (undo, step->first, step->last);
    }
  g_array_set_size (undo->redo_stack, 0);

  push_step (undo->undo_stack, mark + 1, last, label, tables);
  return TRUE;
}

gboolean
engage_undo_can_undo (EngageUndo *undo)
{
  return undo->undo_stack->len > 0;
}

gboolean
engage_undo_can_redo (EngageUndo *undo)
{
  return undo->redo_stack->len > 0;
}

const char *
engage_undo_get_undo_label (EngageUndo *undo)
{
  if (undo->undo_stack->len == 0)
    return NULL;
  return g_array_index (undo->undo_stack, Step, undo->undo_stack->len - 1).label;
}

const char *
engage_undo_get_redo_label (EngageUndo *undo)
{
  if (undo->redo_stack->len == 0)
    return NULL;
  return g_array_index (undo->redo_stack, Step, undo->redo_stack->len - 1).label;
}

/* Replays the top step of @from backwards in one transaction; the statements the
 * triggers write meanwhile become the top step of @to. */
static gboolean
replay (EngageUndo  *undo,
        GArray      *from,
        GArray      *to,
        guint       *tables,
        GError     **error)
{
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  Step *step;
  gint64 mark;

  *tables = 0;
  if (from->len == 0)
    return TRUE;

  step = &g_array_index (from, Step, from->len - 1);

  if (sqlite3_prepare_v2 (undo->db,
                          "SELECT sql FROM temp.undo_log WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq DESC",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_SQLITE,
                   "%s", sqlite3_errmsg (undo->db));
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, step->first);
  sqlite3_bind_int64 (stmt, 2, step->last);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (statements, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  /* Rows come back in reverse order, so a cascade may re-insert a child before
   * its parent: check references at commit. */
  if (!exec_sql (undo->db, "BEGIN IMMEDIATE; PRAGMA defer_foreign_keys = ON;", error))
    return FALSE;

  mark = engage_undo_mark (undo);

  for (guint i = 0; i < statements->len; i++)
    {
      if (!exec_sql (undo->db, g_ptr_array_index (statements, i), error))
        {
          sqlite3_exec (undo->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }

  delete_range (undo, step->first, step->last);

  if (!exec_sql (undo->db, "COMMIT", error))
    {
      sqlite3_exec (undo->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  *tables = step->tables;
  push_step (to, mark + 1, engage_undo_mark (undo), step->label, step->tables);
  g_array_remove_index (from, from->len - 1);

  return TRUE;
}

/**
 * engage_undo_undo:
 * @tables: (out): the #EngageTables the step changed
 */
gboolean
engage_undo_undo (EngageUndo  *undo,
                  guint       *tables,
                  GError     **error)
{
  return replay (undo, undo->undo_stack, undo->redo_stack, tables, error);
}

/**
 * engage_undo_redo:
 * @tables: (out): the #EngageTables the step changed
 */
gboolean
engage_undo_redo (EngageUndo  *undo,
                  guint       *tables,
                  GError     **error)
{
  return replay (undo, undo->redo_stack, undo->undo_stack, tables, error);
}
