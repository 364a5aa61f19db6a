/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "engage-channel.h"
#include "engage-project.h"
#include "engage-bad-files.h"
#include "engage-test-util.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = engage_test_make_dir ();
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  engage_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static GFile *
fixture_file (Fixture    *fixture,
              const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  return g_file_new_for_path (path);
}

static EngageProject *
create_project (Fixture    *fixture,
                const char *name)
{
  return engage_test_create_project (fixture->dir, name, "Test Project");
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

static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(EngageProject) project = create_project (fixture, "new.engage");
  g_autofree char *path = g_file_get_path (engage_project_get_file (project));
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *mode = NULL;
  EngageProjectCounts counts;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (engage_project_get_name (project), ==, "Test Project");
  g_assert_cmpstr (engage_project_get_time_zone (project), ==, "Europe/Berlin");
  g_assert_true (g_uuid_string_is_valid (engage_project_get_uuid (project)));
  g_assert_true (engage_project_get_counts (project, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.posts, ==, 0);
  g_assert_false (engage_project_can_undo (project));

  engage_project_close (project);
  g_assert_false (engage_project_is_open (project));

  g_assert_cmpint (query_int (path, "PRAGMA application_id"), ==, ENGAGE_APPLICATION_ID);
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, ENGAGE_SCHEMA_VERSION);
  mode = query_text (path, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "delete");
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  /* Every table is STRICT. */
  g_assert_cmpint (query_int (path,
                              "SELECT count(*) FROM pragma_table_list "
                              "WHERE schema = 'main' AND type = 'table' AND strict = 0 "
                              "AND name NOT LIKE 'sqlite_%'"), ==, 0);
}

static void
test_create_refuses_existing (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file (fixture, "exists.engage");
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageProject) project = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "keep me", -1, NULL));

  project = engage_project_create (file, "Test", &error);
  g_assert_null (project);
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_EXISTS);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "keep me");
}

static void
test_reopen (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(EngageProject) project = create_project (fixture, "reopen.engage");
  g_autoptr(EngageProject) again = NULL;
  g_autoptr(EngageChannel) channel = engage_channel_new (ENGAGE_CHANNEL_KIND_INSTAGRAM, "Instagram");
  g_autoptr(GListModel) channels = NULL;
  g_autoptr(GError) error = NULL;
  GFile *file = engage_project_get_file (project);

  g_assert_true (engage_project_add_channel (project, channel, &error));
  g_assert_no_error (error);
  engage_project_close (project);

  again = engage_project_open (file, &error);
  g_assert_no_error (error);
  channels = engage_project_list_channels (again);
  g_assert_cmpuint (g_list_model_get_n_items (channels), ==, 1);
}

static void
test_refuses (Fixture       *fixture,
              gconstpointer  data)
{
  const EngageBadFile *bad = data;
  g_autofree char *name = g_strdup_printf ("%s.engage", bad->name);
  g_autoptr(GFile) file = fixture_file (fixture, name);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;
  g_autoptr(EngageProject) project = NULL;
  g_autoptr(GError) error = NULL;

  bad->make (path);
  g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));

  project = engage_project_open (file, &error);
  g_assert_null (project);
  g_assert_error (error, ENGAGE_PROJECT_ERROR, (int) bad->code);
  g_assert_true (engage_project_error_is_refusal (error));

  /* One sentence that names the file. */
  g_assert_nonnull (strstr (error->message, name));
  g_assert_null (strchr (error->message, '\n'));
  g_assert_true (g_str_has_suffix (error->message, "."));

  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpuint (before_length, ==, after_length);
  g_assert_true (memcmp (before, after, before_length) == 0);
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
}

static void
test_refuses_missing (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file (fixture, "missing.engage");
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageProject) project = engage_project_open (file, &error);

  g_assert_null (project);
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "missing.engage"));
  g_assert_false (g_file_query_exists (file, NULL));
}

/* A second connection (here in the same process; the command-line tests do it
 * from another process) cannot open a project that is open. */
static void
test_refuses_in_use (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(EngageProject) project = create_project (fixture, "busy.engage");
  g_autoptr(EngageProject) second = NULL;
  g_autoptr(EngageProject) third = NULL;
  g_autoptr(GError) error = NULL;
  GFile *file = engage_project_get_file (project);

  second = engage_project_open (file, &error);
  g_assert_null (second);
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "busy.engage"));
  g_clear_error (&error);

  engage_project_close (project);
  third = engage_project_open (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (third);
}

static void
on_changed_cb (EngageProject *project,
               guint          tables,
               guint         *seen)
{
  *seen |= tables;
}

static void
test_details_undo_redo (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(EngageProject) project = create_project (fixture, "details.engage");
  g_autoptr(GError) error = NULL;
  guint seen = 0;

  g_signal_connect (project, "changed", G_CALLBACK (on_changed_cb), &seen);

  g_assert_true (engage_project_set_details (project, "Bakery Plan", "Bäckerei Hägele", "Europe/Vienna",
                                             "en", ENGAGE_ENGAGEMENT_BASIS_IMPRESSIONS, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen & ENGAGE_TABLE_PROJECT, !=, 0);
  g_assert_cmpstr (engage_project_get_name (project), ==, "Bakery Plan");
  g_assert_cmpstr (engage_project_get_client (project), ==, "Bäckerei Hägele");
  g_assert_cmpint (engage_project_get_engagement_basis (project), ==, ENGAGE_ENGAGEMENT_BASIS_IMPRESSIONS);
  g_assert_true (engage_project_can_undo (project));
  g_assert_cmpstr (engage_project_get_undo_label (project), ==, "Change Project Details");

  g_assert_true (engage_project_undo (project, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_name (project), ==, "Test Project");
  g_assert_cmpstr (engage_project_get_client (project), ==, "");
  g_assert_cmpstr (engage_project_get_time_zone (project), ==, "Europe/Berlin");
  g_assert_false (engage_project_can_undo (project));
  g_assert_true (engage_project_can_redo (project));

  g_assert_true (engage_project_redo (project, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_name (project), ==, "Bakery Plan");
  g_assert_cmpstr (engage_project_get_time_zone (project), ==, "Europe/Vienna");
  g_assert_false (engage_project_can_redo (project));

  /* An unknown zone is refused and changes nothing. */
  g_assert_false (engage_project_set_details (project, "X", "", "Mars/Olympus", "en",
                                              ENGAGE_ENGAGEMENT_BASIS_REACH, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_assert_cmpstr (engage_project_get_name (project), ==, "Bakery Plan");
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_holiday_region (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(EngageProject) project = create_project (fixture, "holidays.engage");
  g_autoptr(GFile) file = fixture_file (fixture, "holidays.engage");
  g_autoptr(GError) error = NULL;
  g_autofree char *region = NULL;
  guint seen = 0;
  guint region_notified = 0;
  guint name_notified = 0;

  g_signal_connect (project, "changed", G_CALLBACK (on_changed_cb), &seen);
  g_signal_connect (project, "notify::holiday-region", G_CALLBACK (on_notify_cb), &region_notified);
  g_signal_connect (project, "notify::name", G_CALLBACK (on_notify_cb), &name_notified);

  /* A new project shows the nationwide holidays. */
  g_assert_cmpstr (engage_project_get_holiday_region (project), ==, "DE");
  g_object_get (project, "holiday-region", &region, NULL);
  g_assert_cmpstr (region, ==, "DE");

  /* Short codes are stored in the form the list of regions has. */
  g_assert_true (engage_project_set_holiday_region (project, "bw", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_holiday_region (project), ==, "DE-BW");
  g_assert_cmpuint (seen & ENGAGE_TABLE_PROJECT, !=, 0);
  g_assert_cmpuint (region_notified, ==, 1);
  g_assert_cmpuint (name_notified, ==, 0);
  g_assert_cmpstr (engage_project_get_undo_label (project), ==, "Change Holiday Region");

  /* The same region again is no edit, so undo still takes back the first. */
  seen = 0;
  g_assert_true (engage_project_set_holiday_region (project, "DE-BW", &error));
  g_assert_cmpuint (seen, ==, 0);

  g_assert_true (engage_project_undo (project, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_holiday_region (project), ==, "DE");
  g_assert_cmpuint (region_notified, ==, 2);
  g_assert_false (engage_project_can_undo (project));

  g_assert_true (engage_project_redo (project, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_holiday_region (project), ==, "DE-BW");
  g_assert_cmpuint (region_notified, ==, 3);

  /* Regions without holidays in Engage are refused and change nothing. */
  seen = 0;
  for (guint i = 0; i < 4; i++)
    {
      const char *unknown[] = { "XX", "DE-XX", "", "AT" };

      g_assert_false (engage_project_set_holiday_region (project, unknown[i], &error));
      g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
      g_clear_error (&error);
    }
  g_assert_cmpuint (seen, ==, 0);
  g_assert_cmpstr (engage_project_get_holiday_region (project), ==, "DE-BW");

  /* Undoing other details leaves the region and tells who follows the name. */
  g_assert_true (engage_project_set_details (project, "Renamed", "", "Europe/Berlin", "de",
                                             ENGAGE_ENGAGEMENT_BASIS_REACH, &error));
  g_assert_cmpuint (name_notified, ==, 1);
  g_assert_true (engage_project_undo (project, &error));
  g_assert_cmpuint (name_notified, ==, 2);
  g_assert_cmpstr (engage_project_get_name (project), ==, "Test Project");
  g_assert_cmpstr (engage_project_get_holiday_region (project), ==, "DE-BW");

  /* The region is saved in the file. */
  engage_project_close (project);
  g_clear_object (&project);
  project = engage_project_open (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_holiday_region (project), ==, "DE-BW");
}

static void
test_save_as (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(EngageProject) project = create_project (fixture, "original.engage");
  g_autoptr(GFile) original = g_object_ref (engage_project_get_file (project));
  g_autoptr(GFile) copy = fixture_file (fixture, "copy.engage");
  g_autofree char *original_path = g_file_get_path (original);
  g_autofree char *copy_path = g_file_get_path (copy);
  g_autoptr(EngageChannel) first = engage_channel_new (ENGAGE_CHANNEL_KIND_X, "X");
  g_autoptr(EngageChannel) second = engage_channel_new (ENGAGE_CHANNEL_KIND_XING, "XING");
  g_autoptr(GListModel) channels = engage_project_list_channels (project);
  g_autoptr(EngageProject) reopened = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (engage_project_add_channel (project, first, &error));
  g_assert_true (engage_project_save_as (project, copy, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_equal (engage_project_get_file (project), copy));

  /* The copy is a complete project, and the edit after Save As goes into it. */
  g_assert_true (engage_project_add_channel (project, second, &error));
  g_assert_cmpuint (g_list_model_get_n_items (channels), ==, 2);
  g_assert_cmpint (query_int (original_path, "SELECT count(*) FROM channel"), ==, 1);

  /* The history came along: both additions can be undone. */
  g_assert_true (engage_project_undo (project, &error));
  g_assert_true (engage_project_undo (project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (channels), ==, 0);

  engage_project_close (project);
  g_assert_cmpint (query_int (copy_path, "PRAGMA application_id"), ==, ENGAGE_APPLICATION_ID);
  g_assert_cmpint (query_int (copy_path, "PRAGMA user_version"), ==, ENGAGE_SCHEMA_VERSION);

  reopened = engage_project_open (original, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reopened);
}

static void
test_closed (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(EngageProject) project = create_project (fixture, "closed.engage");
  g_autoptr(GListModel) channels = engage_project_list_channels (project);
  g_autoptr(EngageChannel) channel = engage_channel_new (ENGAGE_CHANNEL_KIND_BLOG, NULL);
  g_autoptr(GError) error = NULL;

  engage_project_close (project);
  g_assert_false (engage_project_add_channel (project, channel, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_CLOSED);
  g_assert_cmpuint (g_list_model_get_n_items (channels), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/project/create", Fixture, NULL, fixture_setup, test_create, fixture_teardown);
  g_test_add ("/core/project/create-refuses-existing", Fixture, NULL,
              fixture_setup, test_create_refuses_existing, fixture_teardown);
  g_test_add ("/core/project/reopen", Fixture, NULL, fixture_setup, test_reopen, fixture_teardown);
  g_test_add ("/core/project/details-undo-redo", Fixture, NULL,
              fixture_setup, test_details_undo_redo, fixture_teardown);
  g_test_add ("/core/project/holiday-region", Fixture, NULL,
              fixture_setup, test_holiday_region, fixture_teardown);
  g_test_add ("/core/project/save-as", Fixture, NULL, fixture_setup, test_save_as, fixture_teardown);
  g_test_add ("/core/project/closed", Fixture, NULL, fixture_setup, test_closed, fixture_teardown);
  g_test_add ("/core/project/refuses/missing", Fixture, NULL,
              fixture_setup, test_refuses_missing, fixture_teardown);
  g_test_add ("/core/project/refuses/in-use", Fixture, NULL,
              fixture_setup, test_refuses_in_use, fixture_teardown);

  for (const EngageBadFile *bad = engage_bad_files; bad->name != NULL; bad++)
    {
      g_autofree char *path = g_strdup_printf ("/core/project/refuses/%s", bad->name);

      g_test_add (path, Fixture, bad, fixture_setup, test_refuses, fixture_teardown);
    }

  return g_test_run ();
}
