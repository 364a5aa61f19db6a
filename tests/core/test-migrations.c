/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "engage-migrations.h"
#include "engage-post.h"
#include "engage-project-private.h"
#include "engage-test-util.h"

/*
 * Migrations, run on a frozen version-1 project (tests/fixtures/project-v1.sql,
 * a file as users have it): the real step to version 2, and the framework with
 * a version-3 step defined here, so that every later step runs through the same
 * code.
 */

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
load_fixture (const char *path,
              int         user_version)
{
  g_autofree char *fixture = g_build_filename (g_getenv ("ENGAGE_FIXTURES"), "project-v1.sql", NULL);
  g_autofree char *sql = NULL;
  g_autofree char *pragmas = NULL;
  sqlite3 *db = NULL;

  g_assert_true (g_file_get_contents (fixture, &sql, NULL, NULL));
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  pragmas = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                             ENGAGE_APPLICATION_ID, user_version);
  g_assert_cmpint (sqlite3_exec (db, pragmas, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = engage_test_make_dir ();
  fixture->path = g_build_filename (fixture->dir, "old.engage", NULL);
  load_fixture (fixture->path, 1);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  engage_test_remove_dir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static gboolean
migrate_2_to_3 (sqlite3  *db,
                GError  **error)
{
  if (sqlite3_exec (db,
                    "ALTER TABLE post ADD COLUMN mood TEXT NOT NULL DEFAULT '';"
                    "UPDATE post SET mood = 'hopeful';",
                    NULL, NULL, NULL) != SQLITE_OK)
    {
      g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_SQLITE, "%s", sqlite3_errmsg (db));
      return FALSE;
    }

  return TRUE;
}

static gboolean
migrate_broken (sqlite3  *db,
                GError  **error)
{
  /* Changes something, then fails: the change must not survive. */
  sqlite3_exec (db, "UPDATE post SET title = 'half-migrated'", NULL, NULL, NULL);
  g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_SQLITE, "the step failed on purpose");
  return FALSE;
}

static char *
query_text (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

static void
test_current_opens_unchanged (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageProject) project = NULL;
  g_autofree char *backup = g_strconcat (fixture->path, ".v1.bak", NULL);
  g_autoptr(EngagePost) post = NULL;

  /* Brought to the current version once, then opened again. */
  project = engage_project_open (file, &error);
  g_assert_no_error (error);
  engage_project_close (project);
  g_clear_object (&project);
  g_assert_cmpint (g_unlink (backup), ==, 0);

  project = engage_project_open (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_name (project), ==, "Migration Fixture");
  post = engage_project_get_post (project, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (engage_post_get_title (post), ==, "Keep bread out of the fridge");

  /* Nothing to migrate, so no backup either. */
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
}

/* Version 2 adds the holiday region; an old project keeps its data and shows
 * the nationwide holidays it showed before. */
static void
test_migrates_v1_to_v2 (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (fixture->path);
  g_autofree char *backup = g_strconcat (fixture->path, ".v1.bak", NULL);
  g_autofree char *before = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *region = NULL;
  gsize before_length, saved_length;
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageProject) project = NULL;
  g_autoptr(EngagePost) post = NULL;

  g_assert_cmpint (ENGAGE_SCHEMA_VERSION, ==, 2);
  g_assert_true (g_file_get_contents (fixture->path, &before, &before_length, NULL));

  project = engage_project_open (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (project);
  g_assert_cmpstr (engage_project_get_name (project), ==, "Migration Fixture");
  g_assert_cmpstr (engage_project_get_time_zone (project), ==, "Europe/Berlin");
  g_assert_cmpstr (engage_project_get_holiday_region (project), ==, "DE");
  post = engage_project_get_post (project, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (engage_post_get_title (post), ==, "Keep bread out of the fridge");

  /* The new column takes part in undo like the others. */
  g_assert_true (engage_project_set_holiday_region (project, "DE-BW", &error));
  g_assert_no_error (error);
  g_assert_true (engage_project_undo (project, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_holiday_region (project), ==, "DE");
  engage_project_close (project);

  /* The backup is the file as it was. */
  g_assert_true (g_file_get_contents (backup, &saved, &saved_length, NULL));
  g_assert_cmpuint (saved_length, ==, before_length);
  g_assert_true (memcmp (saved, before, before_length) == 0);
  g_assert_cmpint (query_int (backup, "PRAGMA user_version"), ==, 1);

  g_assert_cmpint (query_int (fixture->path, "PRAGMA user_version"), ==, 2);
  region = query_text (fixture->path, "SELECT holiday_region FROM project");
  g_assert_cmpstr (region, ==, "DE");
  g_assert_cmpint (query_int (fixture->path, "SELECT count(*) FROM post"), ==, 1);
  g_assert_cmpint (query_int (fixture->path, "SELECT count(*) FROM channel"), ==, 1);
  g_assert_cmpint (query_int (fixture->path, "SELECT count(*) FROM pillar"), ==, 1);
}

/* A later step runs after the real ones, in the same transaction. */
static void
test_runs_later_step (Fixture       *fixture,
                      gconstpointer  data)
{
  EngageMigrationFunc steps[] = { NULL, NULL, migrate_2_to_3 };
  EngageMigrations migrations = { steps, G_N_ELEMENTS (steps) };
  g_autoptr(GFile) file = g_file_new_for_path (fixture->path);
  g_autofree char *backup = g_strconcat (fixture->path, ".v1.bak", NULL);
  g_autofree char *before = NULL;
  g_autofree char *saved = NULL;
  gsize before_length, saved_length;
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageProject) project = NULL;

  steps[0] = engage_migrations_get_default ()->steps[0];
  steps[1] = engage_migrations_get_default ()->steps[1];
  g_assert_true (g_file_get_contents (fixture->path, &before, &before_length, NULL));

  project = _engage_project_open_with_migrations (file, &migrations, &error);
  g_assert_no_error (error);
  g_assert_nonnull (project);
  engage_project_close (project);

  /* The backup is the file as it was. */
  g_assert_true (g_file_get_contents (backup, &saved, &saved_length, NULL));
  g_assert_cmpuint (saved_length, ==, before_length);
  g_assert_true (memcmp (saved, before, before_length) == 0);

  g_assert_cmpint (query_int (fixture->path, "PRAGMA user_version"), ==, 3);
  g_assert_cmpint (query_int (fixture->path, "SELECT count(*) FROM project WHERE holiday_region = 'DE'"), ==, 1);
  g_assert_cmpint (query_int (fixture->path, "SELECT count(*) FROM post WHERE mood = 'hopeful'"), ==, 1);
  g_assert_cmpint (query_int (fixture->path, "SELECT count(*) FROM channel"), ==, 1);
}

static void
test_failed_step_changes_nothing (Fixture       *fixture,
                                  gconstpointer  data)
{
  EngageMigrationFunc steps[] = { NULL, NULL, migrate_2_to_3, migrate_broken };
  EngageMigrations migrations = { steps, G_N_ELEMENTS (steps) };
  g_autoptr(GFile) file = g_file_new_for_path (fixture->path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageProject) project = NULL;

  steps[0] = engage_migrations_get_default ()->steps[0];
  steps[1] = engage_migrations_get_default ()->steps[1];
  g_assert_true (g_file_get_contents (fixture->path, &before, &before_length, NULL));

  project = _engage_project_open_with_migrations (file, &migrations, &error);
  g_assert_null (project);
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_MIGRATION);
  g_assert_nonnull (strstr (error->message, "old.engage"));

  /* All steps ran in one transaction, and it was rolled back whole. */
  g_assert_true (g_file_get_contents (fixture->path, &after, &after_length, NULL));
  g_assert_cmpuint (after_length, ==, before_length);
  g_assert_true (memcmp (after, before, before_length) == 0);
}

/* A file that got its application id but never its tables (creation was cut off
 * before the first step) is not upgraded in place: it is refused untouched. */
static void
test_refuses_incomplete_v0 (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "v0.engage", NULL);
  g_autofree char *pragmas = g_strdup_printf ("PRAGMA application_id = %d;"
                                              "CREATE TABLE scratch (x INTEGER) STRICT;",
                                              ENGAGE_APPLICATION_ID);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageProject) project = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, pragmas, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));

  project = engage_project_open (file, &error);
  g_assert_null (project);
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "v0.engage"));

  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpuint (after_length, ==, before_length);
  g_assert_true (memcmp (after, before, before_length) == 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/migrations/current-opens-unchanged", Fixture, NULL,
              fixture_setup, test_current_opens_unchanged, fixture_teardown);
  g_test_add ("/core/migrations/migrates-v1-to-v2", Fixture, NULL,
              fixture_setup, test_migrates_v1_to_v2, fixture_teardown);
  g_test_add ("/core/migrations/runs-later-step", Fixture, NULL,
              fixture_setup, test_runs_later_step, fixture_teardown);
  g_test_add ("/core/migrations/failed-step-changes-nothing", Fixture, NULL,
              fixture_setup, test_failed_step_changes_nothing, fixture_teardown);
  g_test_add ("/core/migrations/refuses-incomplete-v0", Fixture, NULL,
              fixture_setup, test_refuses_incomplete_v0, fixture_teardown);

  return g_test_run ();
}
