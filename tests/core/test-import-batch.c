/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "engage-import-batch.h"
#include "engage-kpi.h"
#include "engage-measurement.h"
#include "engage-project-private.h"
#include "engage-test-util.h"

#define HASH_A "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
#define HASH_B "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"
#define HASH_C "fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13"

/* 2024-03-01 12:00:00 UTC: tests never depend on the real clock. */
#define MARCH_1 G_GINT64_CONSTANT (1709294400)

typedef struct
{
  char          *dir;
  EngageProject *project;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->project = engage_test_project_new (&fixture->dir);
  _engage_project_set_clock (fixture->project, MARCH_1);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  engage_test_project_clear (&fixture->project, &fixture->dir);
}

static gint64
unix_or_zero (GDateTime *time)
{
  return time ? g_date_time_to_unix (time) : 0;
}

static void
assert_batch_equal (EngageImportBatch *a,
                    EngageImportBatch *b)
{
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpint (engage_import_batch_get_id (a), ==, engage_import_batch_get_id (b));
  g_assert_cmpstr (engage_import_batch_get_uuid (a), ==, engage_import_batch_get_uuid (b));
  g_assert_cmpstr (engage_import_batch_get_kind (a), ==, engage_import_batch_get_kind (b));
  g_assert_cmpstr (engage_import_batch_get_format (a), ==, engage_import_batch_get_format (b));
  g_assert_cmpstr (engage_import_batch_get_file_name (a), ==,
                   engage_import_batch_get_file_name (b));
  g_assert_cmpstr (engage_import_batch_get_sha256 (a), ==, engage_import_batch_get_sha256 (b));
  g_assert_cmpuint (engage_import_batch_get_rows_read (a), ==,
                    engage_import_batch_get_rows_read (b));
  g_assert_cmpuint (engage_import_batch_get_rows_imported (a), ==,
                    engage_import_batch_get_rows_imported (b));
  g_assert_cmpuint (engage_import_batch_get_rows_skipped (a), ==,
                    engage_import_batch_get_rows_skipped (b));
  g_assert_cmpstr (engage_import_batch_get_report (a), ==, engage_import_batch_get_report (b));
  g_assert_cmpint (unix_or_zero (engage_import_batch_get_imported_at (a)), ==,
                   unix_or_zero (engage_import_batch_get_imported_at (b)));
}

static EngageImportBatch *
add_batch (EngageProject *project,
           const char    *sha256,
           gint64         imported_at)
{
  g_autoptr(GError) error = NULL;
  EngageImportBatch *batch = engage_import_batch_new ("post-metrics", "export.csv", sha256);

  if (imported_at > 0)
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (imported_at);

      engage_import_batch_set_imported_at (batch, time);
    }

  g_assert_true (engage_project_add_import_batch (project, batch, &error));
  g_assert_no_error (error);

  return batch;
}

static void
test_import_batch_new_defaults (void)
{
  g_autoptr(EngageImportBatch) batch = engage_import_batch_new ("nps-responses", "nps.csv",
                                                                HASH_A);
  g_autoptr(EngageImportBatch) copy = NULL;
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (MARCH_1);
  g_autoptr(GDateTime) same_time = g_date_time_new_from_unix_utc (MARCH_1);
  g_autoptr(GDateTime) got_time = NULL;
  guint n_notified = 0;

  g_assert_cmpint (engage_import_batch_get_id (batch), ==, 0);
  g_assert_null (engage_import_batch_get_uuid (batch));
  g_assert_cmpstr (engage_import_batch_get_kind (batch), ==, "nps-responses");
  g_assert_cmpstr (engage_import_batch_get_file_name (batch), ==, "nps.csv");
  g_assert_cmpstr (engage_import_batch_get_sha256 (batch), ==, HASH_A);
  g_assert_cmpstr (engage_import_batch_get_format (batch), ==, "");
  g_assert_cmpstr (engage_import_batch_get_report (batch), ==, "");
  g_assert_null (engage_import_batch_get_imported_at (batch));

  g_signal_connect (batch, "notify::imported-at", G_CALLBACK (engage_test_count_notify_cb),
                    &n_notified);

  /* An equal time is no change. */
  engage_import_batch_set_imported_at (batch, time);
  g_assert_cmpuint (n_notified, ==, 1);
  g_object_set (batch, "imported-at", same_time, NULL);
  g_assert_cmpuint (n_notified, ==, 1);
  g_assert_true (engage_import_batch_get_imported_at (batch) == time);
  g_object_get (batch, "imported-at", &got_time, NULL);
  g_assert_true (g_date_time_equal (got_time, time));

  copy = engage_import_batch_copy (batch);
  assert_batch_equal (copy, batch);
}

static void
test_import_batch_add_get (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageImportBatch) batch = engage_import_batch_new ("post-metrics", "ig.csv", HASH_A);
  g_autoptr(EngageImportBatch) dated = NULL;
  g_autoptr(EngageImportBatch) got = NULL;
  g_autoptr(GDateTime) then = g_date_time_new_utc (2023, 11, 5, 8, 30, 0);

  engage_import_batch_set_format (batch, "instagram-insights");
  engage_import_batch_set_rows_read (batch, 120);
  engage_import_batch_set_rows_imported (batch, 117);
  engage_import_batch_set_rows_skipped (batch, 3);
  engage_import_batch_set_report (batch, "Row 4: no date\nRow 9: no date\nRow 80: no post");

  g_assert_true (engage_project_add_import_batch (fixture->project, batch, &error));
  g_assert_no_error (error);
  g_assert_cmpint (engage_import_batch_get_id (batch), >, 0);
  g_assert_true (g_uuid_string_is_valid (engage_import_batch_get_uuid (batch)));

  /* Without a time, the record gets the project's now. */
  g_assert_nonnull (engage_import_batch_get_imported_at (batch));
  g_assert_cmpint (g_date_time_to_unix (engage_import_batch_get_imported_at (batch)), ==, MARCH_1);

  got = engage_project_get_import_batch (fixture->project, engage_import_batch_get_id (batch),
                                         &error);
  g_assert_no_error (error);
  assert_batch_equal (got, batch);
  g_assert_cmpint (g_date_time_get_utc_offset (engage_import_batch_get_imported_at (got)), ==, 0);
  g_clear_object (&got);

  /* A given time is kept. */
  dated = engage_import_batch_new ("nps-responses", "nps.csv", HASH_B);
  engage_import_batch_set_imported_at (dated, then);
  g_assert_true (engage_project_add_import_batch (fixture->project, dated, &error));
  g_assert_no_error (error);
  got = engage_project_get_import_batch (fixture->project, engage_import_batch_get_id (dated),
                                         &error);
  g_assert_no_error (error);
  assert_batch_equal (got, dated);
  g_assert_cmpint (g_date_time_to_unix (engage_import_batch_get_imported_at (got)), ==,
                   g_date_time_to_unix (then));
  g_clear_object (&got);

  got = engage_project_get_import_batch (fixture->project, 4711, &error);
  g_assert_no_error (error);
  g_assert_null (got);
}

static void
test_import_batch_find (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageImportBatch) first = NULL;
  g_autoptr(EngageImportBatch) newest = NULL;
  g_autoptr(EngageImportBatch) older = NULL;
  g_autoptr(EngageImportBatch) other = NULL;
  g_autoptr(EngageImportBatch) same_second = NULL;
  g_autoptr(EngageImportBatch) found = NULL;

  found = engage_project_find_import_batch (fixture->project, HASH_A, &error);
  g_assert_no_error (error);
  g_assert_null (found);

  first = add_batch (fixture->project, HASH_A, MARCH_1 - 3600);
  newest = add_batch (fixture->project, HASH_A, MARCH_1 + 86400);
  /* Added later, but imported earlier (its time came from the importer). */
  older = add_batch (fixture->project, HASH_A, MARCH_1 - 86400);
  other = add_batch (fixture->project, HASH_B, MARCH_1 + 2 * 86400);

  found = engage_project_find_import_batch (fixture->project, HASH_A, &error);
  g_assert_no_error (error);
  assert_batch_equal (found, newest);
  g_clear_object (&found);

  found = engage_project_find_import_batch (fixture->project, HASH_B, &error);
  g_assert_no_error (error);
  assert_batch_equal (found, other);
  g_clear_object (&found);

  /* Two in the same second: the one added last. */
  same_second = add_batch (fixture->project, HASH_A, MARCH_1 + 86400);
  found = engage_project_find_import_batch (fixture->project, HASH_A, &error);
  g_assert_no_error (error);
  assert_batch_equal (found, same_second);
  g_clear_object (&found);

  found = engage_project_find_import_batch (fixture->project, HASH_C, &error);
  g_assert_no_error (error);
  g_assert_null (found);

  found = engage_project_find_import_batch (fixture->project, "", &error);
  g_assert_no_error (error);
  g_assert_null (found);
}

static void
test_import_batch_list (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GListModel) model = engage_project_list_import_batches (fixture->project);
  g_autoptr(EngageImportBatch) middle = NULL;
  g_autoptr(EngageImportBatch) newest = NULL;
  g_autoptr(EngageImportBatch) oldest = NULL;
  g_autoptr(EngageImportBatch) tie = NULL;
  EngageImportBatch *expected[4];
  guint n_calls = 0;

  g_assert_true (g_list_model_get_item_type (model) == ENGAGE_TYPE_IMPORT_BATCH);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_signal_connect (model, "items-changed", G_CALLBACK (engage_test_count_items_changed_cb),
                    &n_calls);

  middle = add_batch (fixture->project, HASH_A, MARCH_1);
  g_assert_cmpuint (n_calls, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  newest = add_batch (fixture->project, HASH_B, MARCH_1 + 60);
  oldest = add_batch (fixture->project, HASH_C, MARCH_1 - 60);
  tie = add_batch (fixture->project, HASH_C, MARCH_1);
  g_assert_cmpuint (n_calls, ==, 4);

  /* Most recent first; of two at the same time, the one added last. */
  expected[0] = newest;
  expected[1] = tie;
  expected[2] = middle;
  expected[3] = oldest;
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(EngageImportBatch) item = g_list_model_get_item (model, i);

      assert_batch_equal (item, expected[i]);
    }
}

static void
test_import_batch_undo_redo (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = engage_project_list_import_batches (fixture->project);
  g_autoptr(EngageImportBatch) batch = add_batch (fixture->project, HASH_A, 0);
  g_autoptr(EngageImportBatch) got = NULL;
  gint64 id = engage_import_batch_get_id (batch);

  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Add Import Record");
  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_null (engage_project_get_import_batch (fixture->project, id, &error));
  g_assert_no_error (error);
  g_assert_null (engage_project_find_import_batch (fixture->project, HASH_A, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  g_assert_cmpstr (engage_project_get_redo_label (fixture->project), ==, "Add Import Record");
  g_assert_true (engage_project_redo (fixture->project, &error));
  g_assert_no_error (error);
  got = engage_project_get_import_batch (fixture->project, id, &error);
  g_assert_no_error (error);
  assert_batch_equal (got, batch);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
}

/* What an importer does: the record and the rows it brought in are one edit, so
 * that one undo takes the whole import back. */
static void
test_import_batch_one_undo_step (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageKpi) kpi = engage_kpi_new ("Followers", ENGAGE_KPI_METRIC_FOLLOWERS);
  g_autoptr(EngageImportBatch) batch = engage_import_batch_new ("measurements", "f.csv", HASH_A);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) measurements = NULL;
  g_autoptr(GListModel) batches = engage_project_list_import_batches (fixture->project);
  g_autoptr(EngageMeasurement) got = NULL;

  g_assert_true (engage_project_add_kpi (fixture->project, kpi, &error));
  g_assert_no_error (error);
  measurements = engage_project_list_measurements (fixture->project, engage_kpi_get_id (kpi));

  g_assert_true (_engage_project_begin_edit (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_true (engage_project_add_import_batch (fixture->project, batch, &error));
  g_assert_no_error (error);
  for (guint day = 1; day <= 3; day++)
    {
      g_autofree char *date = g_strdup_printf ("2024-01-%02u", day);
      EngageMeasurement *m = engage_measurement_new (engage_kpi_get_id (kpi), date, day);

      engage_measurement_set_source (m, ENGAGE_MEASUREMENT_SOURCE_IMPORT);
      engage_measurement_set_import_batch_id (m, engage_import_batch_get_id (batch));
      g_ptr_array_add (rows, m);
    }
  g_assert_true (engage_project_add_measurements (fixture->project, rows, &error));
  g_assert_no_error (error);
  g_assert_true (_engage_project_commit_edit (fixture->project, "Import Measurements",
                                              ENGAGE_TABLE_IMPORT_BATCH |
                                              ENGAGE_TABLE_MEASUREMENT,
                                              &error));
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (batches), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (measurements), ==, 3);
  got = g_list_model_get_item (measurements, 0);
  g_assert_cmpint (engage_measurement_get_import_batch_id (got), ==,
                   engage_import_batch_get_id (batch));

  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Import Measurements");
  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (batches), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (measurements), ==, 0);
  g_assert_null (engage_project_find_import_batch (fixture->project, HASH_A, &error));
  g_assert_no_error (error);

  /* The KPI was added before; it stays. */
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Add KPI");

  g_assert_true (engage_project_redo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (batches), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (measurements), ==, 3);
}

static void
test_import_batch_checks (Fixture       *fixture,
                          gconstpointer  data)
{
  sqlite3 *db = _engage_project_get_db (fixture->project);

  /* Every record has a time and a hash; the API fills in the time. */
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO import_batch (uuid, kind, file_name, sha256) "
                                 "VALUES ('u1', 'k', 'f.csv', 'abc')",
                                 NULL, NULL, NULL) & 0xff, ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO import_batch (uuid, kind, file_name, imported_at) "
                                 "VALUES ('u2', 'k', 'f.csv', 1)",
                                 NULL, NULL, NULL) & 0xff, ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO import_batch (uuid, kind, file_name, sha256, "
                                 "imported_at) VALUES ('u3', 'k', 'f.csv', 'abc', 1)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_setup, (func), fixture_teardown)

  g_test_add_func ("/core/import-batch/new-defaults", test_import_batch_new_defaults);
  ADD ("/core/import-batch/add-get", test_import_batch_add_get);
  ADD ("/core/import-batch/find", test_import_batch_find);
  ADD ("/core/import-batch/list", test_import_batch_list);
  ADD ("/core/import-batch/undo-redo", test_import_batch_undo_redo);
  ADD ("/core/import-batch/one-undo-step", test_import_batch_one_undo_step);
  ADD ("/core/import-batch/checks", test_import_batch_checks);

#undef ADD

  return g_test_run ();
}
