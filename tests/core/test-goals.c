/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "engage-channel.h"
#include "engage-kpi.h"
#include "engage-measurement.h"
#include "engage-nps-response.h"
#include "engage-nps-survey.h"
#include "engage-project-private.h"
#include "engage-test-util.h"

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
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  engage_test_project_clear (&fixture->project, &fixture->dir);
}

/* Writes behind the API's back, to show that the schema itself refuses a value. */
static void
assert_sql_refused (EngageProject *project,
                    const char    *sql)
{
  sqlite3 *db = _engage_project_get_db (project);
  int rc;

  rc = sqlite3_exec (db, sql, NULL, NULL, NULL);
  g_assert_cmpint (rc & 0xff, ==, SQLITE_CONSTRAINT);
}

static void
assert_sql_ok (EngageProject *project,
               const char    *sql)
{
  g_assert_cmpint (sqlite3_exec (_engage_project_get_db (project), sql, NULL, NULL, NULL),
                   ==, SQLITE_OK);
}

/* KPIs */

static EngageKpi *
add_kpi (EngageProject *project,
         const char    *name,
         int            position)
{
  g_autoptr(GError) error = NULL;
  EngageKpi *kpi = engage_kpi_new (name, ENGAGE_KPI_METRIC_FOLLOWERS);

  engage_kpi_set_position (kpi, position);
  g_assert_true (engage_project_add_kpi (project, kpi, &error));
  g_assert_no_error (error);

  return kpi;
}

static void
assert_kpi_equal (EngageKpi *a,
                  EngageKpi *b)
{
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpint (engage_kpi_get_id (a), ==, engage_kpi_get_id (b));
  g_assert_cmpstr (engage_kpi_get_uuid (a), ==, engage_kpi_get_uuid (b));
  g_assert_cmpstr (engage_kpi_get_name (a), ==, engage_kpi_get_name (b));
  g_assert_cmpint (engage_kpi_get_metric (a), ==, engage_kpi_get_metric (b));
  g_assert_cmpstr (engage_kpi_get_unit (a), ==, engage_kpi_get_unit (b));
  g_assert_cmpint (engage_kpi_get_criterion (a), ==, engage_kpi_get_criterion (b));
  g_assert_cmpfloat (engage_kpi_get_baseline_value (a), ==, engage_kpi_get_baseline_value (b));
  g_assert_cmpstr (engage_kpi_get_baseline_date (a), ==, engage_kpi_get_baseline_date (b));
  g_assert_cmpfloat (engage_kpi_get_target_value (a), ==, engage_kpi_get_target_value (b));
  g_assert_cmpstr (engage_kpi_get_start_date (a), ==, engage_kpi_get_start_date (b));
  g_assert_cmpstr (engage_kpi_get_due_date (a), ==, engage_kpi_get_due_date (b));
  g_assert_cmpint (engage_kpi_get_channel_id (a), ==, engage_kpi_get_channel_id (b));
  g_assert_cmpint (engage_kpi_get_survey_id (a), ==, engage_kpi_get_survey_id (b));
  g_assert_cmpstr (engage_kpi_get_engagement_basis (a), ==, engage_kpi_get_engagement_basis (b));
  g_assert_cmpstr (engage_kpi_get_notes (a), ==, engage_kpi_get_notes (b));
  g_assert_cmpint (engage_kpi_get_position (a), ==, engage_kpi_get_position (b));
}

static void
test_kpi_new_defaults (void)
{
  g_autoptr(EngageKpi) kpi = engage_kpi_new ("Reach", ENGAGE_KPI_METRIC_REACH);
  g_autoptr(EngageKpi) copy = NULL;
  guint n_notified = 0;

  g_assert_cmpint (engage_kpi_get_id (kpi), ==, 0);
  g_assert_null (engage_kpi_get_uuid (kpi));
  g_assert_cmpstr (engage_kpi_get_name (kpi), ==, "Reach");
  g_assert_cmpint (engage_kpi_get_metric (kpi), ==, ENGAGE_KPI_METRIC_REACH);
  g_assert_cmpint (engage_kpi_get_criterion (kpi), ==, ENGAGE_KPI_CRITERION_AT_LEAST);
  g_assert_cmpstr (engage_kpi_get_unit (kpi), ==, "");
  g_assert_cmpstr (engage_kpi_get_notes (kpi), ==, "");
  g_assert_null (engage_kpi_get_baseline_date (kpi));
  g_assert_null (engage_kpi_get_start_date (kpi));
  g_assert_null (engage_kpi_get_due_date (kpi));
  g_assert_null (engage_kpi_get_engagement_basis (kpi));

  /* Properties notify once per real change only. */
  g_signal_connect (kpi, "notify::target-value", G_CALLBACK (engage_test_count_notify_cb),
                    &n_notified);
  engage_kpi_set_target_value (kpi, 4.5);
  engage_kpi_set_target_value (kpi, 4.5);
  g_object_set (kpi, "target-value", 5.0, NULL);
  g_assert_cmpuint (n_notified, ==, 2);

  g_object_set (kpi,
                "engagement-basis", "impressions",
                "due-date", "2024-06-30",
                "criterion", ENGAGE_KPI_CRITERION_STAY_BELOW,
                NULL);
  g_assert_cmpstr (engage_kpi_get_engagement_basis (kpi), ==, "impressions");
  g_assert_cmpstr (engage_kpi_get_due_date (kpi), ==, "2024-06-30");
  g_assert_cmpint (engage_kpi_get_criterion (kpi), ==, ENGAGE_KPI_CRITERION_STAY_BELOW);

  copy = engage_kpi_copy (kpi);
  assert_kpi_equal (kpi, copy);
}

static void
test_kpi_add_get_update_delete (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageChannel) channel = engage_channel_new (ENGAGE_CHANNEL_KIND_INSTAGRAM, NULL);
  g_autoptr(EngageNpsSurvey) survey = engage_nps_survey_new ("Customers");
  g_autoptr(EngageKpi) kpi = engage_kpi_new ("Engagement", ENGAGE_KPI_METRIC_ENGAGEMENT_RATE);
  g_autoptr(EngageKpi) got = NULL;
  g_autoptr(EngageKpi) gone = NULL;

  g_assert_true (engage_project_add_channel (fixture->project, channel, &error));
  g_assert_no_error (error);
  g_assert_true (engage_project_add_nps_survey (fixture->project, survey, &error));
  g_assert_no_error (error);

  engage_kpi_set_unit (kpi, "%");
  engage_kpi_set_criterion (kpi, ENGAGE_KPI_CRITERION_STAY_ABOVE);
  engage_kpi_set_baseline_value (kpi, 2.5);
  engage_kpi_set_baseline_date (kpi, "2024-01-01");
  engage_kpi_set_target_value (kpi, 4.25);
  engage_kpi_set_start_date (kpi, "2024-01-01");
  engage_kpi_set_due_date (kpi, "2024-12-31");
  engage_kpi_set_channel_id (kpi, engage_channel_get_id (channel));
  engage_kpi_set_engagement_basis (kpi, "followers");
  engage_kpi_set_notes (kpi, "Stories count too.");
  engage_kpi_set_position (kpi, 3);

  g_assert_true (engage_project_add_kpi (fixture->project, kpi, &error));
  g_assert_no_error (error);
  g_assert_cmpint (engage_kpi_get_id (kpi), >, 0);
  g_assert_nonnull (engage_kpi_get_uuid (kpi));
  g_assert_true (g_uuid_string_is_valid (engage_kpi_get_uuid (kpi)));

  got = engage_project_get_kpi (fixture->project, engage_kpi_get_id (kpi), &error);
  g_assert_no_error (error);
  assert_kpi_equal (got, kpi);
  g_clear_object (&got);

  /* Update every field, including back to NULL. */
  engage_kpi_set_name (kpi, "NPS");
  engage_kpi_set_metric (kpi, ENGAGE_KPI_METRIC_NPS);
  engage_kpi_set_unit (kpi, "");
  engage_kpi_set_criterion (kpi, ENGAGE_KPI_CRITERION_AT_LEAST);
  engage_kpi_set_baseline_value (kpi, -12);
  engage_kpi_set_baseline_date (kpi, NULL);
  engage_kpi_set_target_value (kpi, 30);
  engage_kpi_set_start_date (kpi, NULL);
  engage_kpi_set_due_date (kpi, "2025-03-31");
  engage_kpi_set_channel_id (kpi, 0);
  engage_kpi_set_survey_id (kpi, engage_nps_survey_get_id (survey));
  engage_kpi_set_engagement_basis (kpi, NULL);
  engage_kpi_set_notes (kpi, "");
  engage_kpi_set_position (kpi, -1);
  g_assert_true (engage_project_update_kpi (fixture->project, kpi, &error));
  g_assert_no_error (error);

  got = engage_project_get_kpi (fixture->project, engage_kpi_get_id (kpi), &error);
  g_assert_no_error (error);
  assert_kpi_equal (got, kpi);
  g_assert_null (engage_kpi_get_baseline_date (got));
  g_assert_null (engage_kpi_get_engagement_basis (got));
  g_clear_object (&got);

  g_assert_true (engage_project_delete_kpi (fixture->project, engage_kpi_get_id (kpi), &error));
  g_assert_no_error (error);

  gone = engage_project_get_kpi (fixture->project, engage_kpi_get_id (kpi), &error);
  g_assert_no_error (error);
  g_assert_null (gone);

  engage_kpi_set_name (kpi, "Too late");
  g_assert_false (engage_project_update_kpi (fixture->project, kpi, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
}

static void
test_kpi_list (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GListModel) model = engage_project_list_kpis (fixture->project);
  g_autoptr(EngageKpi) first = NULL;
  g_autoptr(EngageKpi) second = NULL;
  g_autoptr(EngageKpi) third = NULL;
  guint n_calls = 0;

  g_assert_true (g_list_model_get_item_type (model) == ENGAGE_TYPE_KPI);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_signal_connect (model, "items-changed", G_CALLBACK (engage_test_count_items_changed_cb),
                    &n_calls);

  third = add_kpi (fixture->project, "C", 2);
  g_assert_cmpuint (n_calls, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  first = add_kpi (fixture->project, "A", 1);
  second = add_kpi (fixture->project, "B", 1);
  g_assert_cmpuint (n_calls, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);

  /* By position, then by id. */
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(EngageKpi) item = g_list_model_get_item (model, i);
      EngageKpi *expected = i == 0 ? first : i == 1 ? second : third;

      assert_kpi_equal (item, expected);
    }
}

static void
test_kpi_undo_redo (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = engage_project_list_kpis (fixture->project);
  g_autoptr(EngageKpi) kpi = engage_kpi_new ("Website", ENGAGE_KPI_METRIC_WEBSITE_VISITS);
  g_autoptr(EngageKpi) before = NULL;
  g_autoptr(EngageKpi) after = NULL;
  g_autoptr(EngageKpi) got = NULL;
  gint64 id;

  engage_kpi_set_target_value (kpi, 1000);
  engage_kpi_set_due_date (kpi, "2024-09-30");
  g_assert_true (engage_project_add_kpi (fixture->project, kpi, &error));
  g_assert_no_error (error);
  id = engage_kpi_get_id (kpi);
  before = engage_kpi_copy (kpi);

  engage_test_undo (fixture->project, "Add KPI");
  g_assert_null (engage_project_get_kpi (fixture->project, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  engage_test_redo (fixture->project, "Add KPI");
  got = engage_project_get_kpi (fixture->project, id, &error);
  g_assert_no_error (error);
  assert_kpi_equal (got, before);
  g_clear_object (&got);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  engage_kpi_set_target_value (kpi, 1500);
  engage_kpi_set_due_date (kpi, NULL);
  engage_kpi_set_engagement_basis (kpi, "reach");
  g_assert_true (engage_project_update_kpi (fixture->project, kpi, &error));
  g_assert_no_error (error);
  after = engage_kpi_copy (kpi);

  engage_test_undo (fixture->project, "Change KPI");
  got = engage_project_get_kpi (fixture->project, id, &error);
  assert_kpi_equal (got, before);
  g_clear_object (&got);

  engage_test_redo (fixture->project, "Change KPI");
  got = engage_project_get_kpi (fixture->project, id, &error);
  assert_kpi_equal (got, after);
  g_clear_object (&got);

  g_assert_true (engage_project_delete_kpi (fixture->project, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  engage_test_undo (fixture->project, "Delete KPI");
  got = engage_project_get_kpi (fixture->project, id, &error);
  assert_kpi_equal (got, after);
  g_clear_object (&got);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  engage_test_redo (fixture->project, "Delete KPI");
  g_assert_null (engage_project_get_kpi (fixture->project, id, &error));
  g_assert_no_error (error);
}

static void
test_kpi_delete_cascades (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageKpi) kpi = add_kpi (fixture->project, "Followers", 0);
  g_autoptr(EngageMeasurement) measurement = NULL;
  g_autoptr(GListModel) measurements = NULL;
  guint n_calls = 0;

  measurement = engage_measurement_new (engage_kpi_get_id (kpi), "2024-02-01", 120);
  g_assert_true (engage_project_add_measurement (fixture->project, measurement, &error));
  g_assert_no_error (error);

  measurements = engage_project_list_measurements (fixture->project, engage_kpi_get_id (kpi));
  g_assert_cmpuint (g_list_model_get_n_items (measurements), ==, 1);
  g_signal_connect (measurements, "items-changed", G_CALLBACK (engage_test_count_items_changed_cb),
                    &n_calls);

  g_assert_true (engage_project_delete_kpi (fixture->project, engage_kpi_get_id (kpi), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_calls, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (measurements), ==, 0);
  g_assert_null (engage_project_get_measurement (fixture->project,
                                                 engage_measurement_get_id (measurement),
                                                 &error));
  g_assert_no_error (error);

  /* One undo step brings back the KPI with its measurements. */
  engage_test_undo (fixture->project, "Delete KPI");
  g_assert_cmpuint (g_list_model_get_n_items (measurements), ==, 1);
}

static void
test_kpi_checks (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageKpi) kpi = engage_kpi_new ("Channel", ENGAGE_KPI_METRIC_REACH);

  assert_sql_refused (fixture->project,
                      "INSERT INTO kpi (uuid, name, metric) VALUES ('u1', 'x', 'likes')");
  assert_sql_refused (fixture->project,
                      "INSERT INTO kpi (uuid, name, metric, criterion) "
                      "VALUES ('u2', 'x', 'reach', 'more')");
  assert_sql_refused (fixture->project,
                      "INSERT INTO kpi (uuid, name, metric, engagement_basis) "
                      "VALUES ('u3', 'x', 'reach', 'views')");
  assert_sql_ok (fixture->project,
                 "INSERT INTO kpi (uuid, name, metric, engagement_basis) "
                 "VALUES ('u4', 'x', 'reach', NULL)");

  /* A channel that does not exist is refused as an invalid edit. */
  engage_kpi_set_channel_id (kpi, 4711);
  g_assert_false (engage_project_add_kpi (fixture->project, kpi, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
}

static void
test_kpi_invalid_basis (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(EngageKpi) kpi = engage_kpi_new ("Rate", ENGAGE_KPI_METRIC_ENGAGEMENT_RATE);

      engage_kpi_set_engagement_basis (kpi, "likes");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*is_engagement_basis*");
}

static void
test_kpi_invalid_date (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(EngageKpi) kpi = engage_kpi_new ("Rate", ENGAGE_KPI_METRIC_ENGAGEMENT_RATE);

      engage_kpi_set_due_date (kpi, "2024-02-30");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*engage_iso_date_is_valid*");
}

/* Measurements */

static EngageMeasurement *
add_measurement (EngageProject *project,
                 gint64         kpi_id,
                 const char    *date,
                 double         value)
{
  g_autoptr(GError) error = NULL;
  EngageMeasurement *measurement = engage_measurement_new (kpi_id, date, value);

  g_assert_true (engage_project_add_measurement (project, measurement, &error));
  g_assert_no_error (error);

  return measurement;
}

static void
assert_measurement_equal (EngageMeasurement *a,
                          EngageMeasurement *b)
{
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpint (engage_measurement_get_id (a), ==, engage_measurement_get_id (b));
  g_assert_cmpint (engage_measurement_get_kpi_id (a), ==, engage_measurement_get_kpi_id (b));
  g_assert_cmpstr (engage_measurement_get_date (a), ==, engage_measurement_get_date (b));
  g_assert_cmpfloat (engage_measurement_get_value (a), ==, engage_measurement_get_value (b));
  g_assert_cmpstr (engage_measurement_get_note (a), ==, engage_measurement_get_note (b));
  g_assert_cmpint (engage_measurement_get_source (a), ==, engage_measurement_get_source (b));
  g_assert_cmpint (engage_measurement_get_import_batch_id (a), ==,
                   engage_measurement_get_import_batch_id (b));
}

static void
test_measurement_add_get_update_delete (Fixture       *fixture,
                                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageKpi) kpi = add_kpi (fixture->project, "Followers", 0);
  g_autoptr(EngageKpi) other = add_kpi (fixture->project, "Reach", 1);
  g_autoptr(EngageMeasurement) measurement = NULL;
  g_autoptr(EngageMeasurement) got = NULL;

  measurement = engage_measurement_new (engage_kpi_get_id (kpi), "2024-04-01", 1234.5);
  g_assert_cmpint (engage_measurement_get_source (measurement), ==,
                   ENGAGE_MEASUREMENT_SOURCE_MANUAL);
  g_assert_cmpstr (engage_measurement_get_note (measurement), ==, "");
  engage_measurement_set_note (measurement, "After the campaign");

  g_assert_true (engage_project_add_measurement (fixture->project, measurement, &error));
  g_assert_no_error (error);
  g_assert_cmpint (engage_measurement_get_id (measurement), >, 0);

  got = engage_project_get_measurement (fixture->project,
                                        engage_measurement_get_id (measurement), &error);
  g_assert_no_error (error);
  assert_measurement_equal (got, measurement);
  g_clear_object (&got);

  engage_measurement_set_kpi_id (measurement, engage_kpi_get_id (other));
  engage_measurement_set_date (measurement, "2024-04-02");
  engage_measurement_set_value (measurement, -3);
  engage_measurement_set_note (measurement, "");
  engage_measurement_set_source (measurement, ENGAGE_MEASUREMENT_SOURCE_DERIVED);
  g_assert_true (engage_project_update_measurement (fixture->project, measurement, &error));
  g_assert_no_error (error);

  got = engage_project_get_measurement (fixture->project,
                                        engage_measurement_get_id (measurement), &error);
  g_assert_no_error (error);
  assert_measurement_equal (got, measurement);
  g_clear_object (&got);

  g_assert_true (engage_project_delete_measurement (fixture->project,
                                                    engage_measurement_get_id (measurement),
                                                    &error));
  g_assert_no_error (error);
  g_assert_null (engage_project_get_measurement (fixture->project,
                                                 engage_measurement_get_id (measurement),
                                                 &error));
  g_assert_no_error (error);

  g_assert_false (engage_project_update_measurement (fixture->project, measurement, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
}

static void
test_measurement_list (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(EngageKpi) kpi = add_kpi (fixture->project, "Followers", 0);
  g_autoptr(EngageKpi) other = add_kpi (fixture->project, "Reach", 1);
  g_autoptr(GListModel) model = NULL;
  g_autoptr(EngageMeasurement) march_a = NULL;
  g_autoptr(EngageMeasurement) january = NULL;
  g_autoptr(EngageMeasurement) march_b = NULL;
  g_autoptr(EngageMeasurement) elsewhere = NULL;
  guint n_calls = 0;

  model = engage_project_list_measurements (fixture->project, engage_kpi_get_id (kpi));
  g_assert_true (g_list_model_get_item_type (model) == ENGAGE_TYPE_MEASUREMENT);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_signal_connect (model, "items-changed", G_CALLBACK (engage_test_count_items_changed_cb),
                    &n_calls);

  march_a = add_measurement (fixture->project, engage_kpi_get_id (kpi), "2024-03-01", 10);
  g_assert_cmpuint (n_calls, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  january = add_measurement (fixture->project, engage_kpi_get_id (kpi), "2024-01-15", 5);
  march_b = add_measurement (fixture->project, engage_kpi_get_id (kpi), "2024-03-01", 12);
  elsewhere = add_measurement (fixture->project, engage_kpi_get_id (other), "2024-02-01", 99);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);

  /* By date, then by id; the other KPI's value is not there. */
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(EngageMeasurement) item = g_list_model_get_item (model, i);
      EngageMeasurement *expected = i == 0 ? january : i == 1 ? march_a : march_b;

      assert_measurement_equal (item, expected);
    }
}

static void
test_measurement_latest (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageKpi) kpi = add_kpi (fixture->project, "Followers", 0);
  g_autoptr(EngageKpi) other = add_kpi (fixture->project, "Reach", 1);
  g_autoptr(EngageKpi) empty = add_kpi (fixture->project, "Visits", 2);
  g_autoptr(EngageMeasurement) latest = NULL;
  g_autoptr(EngageMeasurement) tie = NULL;
  g_autoptr(EngageMeasurement) m1 = NULL;
  g_autoptr(EngageMeasurement) m2 = NULL;
  g_autoptr(EngageMeasurement) m3 = NULL;
  g_autoptr(EngageMeasurement) m4 = NULL;

  latest = engage_project_get_latest_measurement (fixture->project, engage_kpi_get_id (kpi),
                                                  &error);
  g_assert_no_error (error);
  g_assert_null (latest);

  /* Entered out of order: the latest date wins, not the latest row. */
  m1 = add_measurement (fixture->project, engage_kpi_get_id (kpi), "2024-05-31", 300);
  m2 = add_measurement (fixture->project, engage_kpi_get_id (kpi), "2024-01-31", 100);
  m3 = add_measurement (fixture->project, engage_kpi_get_id (other), "2024-12-31", 7);

  latest = engage_project_get_latest_measurement (fixture->project, engage_kpi_get_id (kpi),
                                                  &error);
  g_assert_no_error (error);
  assert_measurement_equal (latest, m1);
  g_clear_object (&latest);

  /* Two on the same day: the one entered last. */
  m4 = add_measurement (fixture->project, engage_kpi_get_id (kpi), "2024-05-31", 310);
  tie = engage_project_get_latest_measurement (fixture->project, engage_kpi_get_id (kpi),
                                               &error);
  g_assert_no_error (error);
  assert_measurement_equal (tie, m4);

  latest = engage_project_get_latest_measurement (fixture->project, engage_kpi_get_id (other),
                                                  &error);
  g_assert_no_error (error);
  assert_measurement_equal (latest, m3);
  g_clear_object (&latest);

  latest = engage_project_get_latest_measurement (fixture->project, engage_kpi_get_id (empty),
                                                  &error);
  g_assert_no_error (error);
  g_assert_null (latest);
}

static void
test_measurement_undo_redo (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageKpi) kpi = add_kpi (fixture->project, "Followers", 0);
  g_autoptr(GListModel) model = NULL;
  g_autoptr(EngageMeasurement) measurement = NULL;
  g_autoptr(EngageMeasurement) before = NULL;
  g_autoptr(EngageMeasurement) after = NULL;
  g_autoptr(EngageMeasurement) got = NULL;
  gint64 id;

  model = engage_project_list_measurements (fixture->project, engage_kpi_get_id (kpi));
  measurement = add_measurement (fixture->project, engage_kpi_get_id (kpi), "2024-06-01", 50);
  id = engage_measurement_get_id (measurement);
  before = engage_measurement_copy (measurement);

  engage_test_undo (fixture->project, "Add Measurement");
  g_assert_null (engage_project_get_measurement (fixture->project, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  engage_test_redo (fixture->project, "Add Measurement");
  got = engage_project_get_measurement (fixture->project, id, &error);
  assert_measurement_equal (got, before);
  g_clear_object (&got);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  engage_measurement_set_value (measurement, 55);
  engage_measurement_set_note (measurement, "Corrected");
  g_assert_true (engage_project_update_measurement (fixture->project, measurement, &error));
  g_assert_no_error (error);
  after = engage_measurement_copy (measurement);

  engage_test_undo (fixture->project, "Change Measurement");
  got = engage_project_get_measurement (fixture->project, id, &error);
  assert_measurement_equal (got, before);
  g_clear_object (&got);

  engage_test_redo (fixture->project, "Change Measurement");
  got = engage_project_get_measurement (fixture->project, id, &error);
  assert_measurement_equal (got, after);
  g_clear_object (&got);

  g_assert_true (engage_project_delete_measurement (fixture->project, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  engage_test_undo (fixture->project, "Delete Measurement");
  got = engage_project_get_measurement (fixture->project, id, &error);
  assert_measurement_equal (got, after);
  g_clear_object (&got);

  engage_test_redo (fixture->project, "Delete Measurement");
  g_assert_null (engage_project_get_measurement (fixture->project, id, &error));
  g_assert_no_error (error);
}

static void
test_measurement_add_many (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageKpi) kpi = add_kpi (fixture->project, "Followers", 0);
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) bad = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) empty = g_ptr_array_new ();
  guint n_calls = 0;

  model = engage_project_list_measurements (fixture->project, engage_kpi_get_id (kpi));
  g_signal_connect (model, "items-changed", G_CALLBACK (engage_test_count_items_changed_cb),
                    &n_calls);

  for (guint day = 1; day <= 5; day++)
    {
      g_autofree char *date = g_strdup_printf ("2024-07-%02u", day);
      EngageMeasurement *m = engage_measurement_new (engage_kpi_get_id (kpi), date, day * 10);

      engage_measurement_set_source (m, ENGAGE_MEASUREMENT_SOURCE_IMPORT);
      g_ptr_array_add (batch, m);
    }

  g_assert_true (engage_project_add_measurements (fixture->project, batch, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_calls, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);
  for (guint i = 0; i < batch->len; i++)
    {
      g_autoptr(EngageMeasurement) item = g_list_model_get_item (model, i);

      g_assert_cmpint (engage_measurement_get_id (g_ptr_array_index (batch, i)), >, 0);
      assert_measurement_equal (item, g_ptr_array_index (batch, i));
    }

  /* Nothing to add is no edit at all. */
  g_assert_true (engage_project_add_measurements (fixture->project, empty, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_calls, ==, 1);

  /* All of them are one undo step. */
  engage_test_undo (fixture->project, "Add Measurements");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  engage_test_redo (fixture->project, "Add Measurements");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);

  /* One refused row refuses them all, and no object keeps an id. */
  g_ptr_array_add (bad, engage_measurement_new (engage_kpi_get_id (kpi), "2024-08-01", 1));
  g_ptr_array_add (bad, engage_measurement_new (engage_kpi_get_id (kpi), "2024-08-02", 2));
  g_ptr_array_add (bad, engage_measurement_new (4711, "2024-08-03", 3));
  n_calls = 0;
  g_assert_false (engage_project_add_measurements (fixture->project, bad, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (n_calls, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);
  for (guint i = 0; i < bad->len; i++)
    g_assert_cmpint (engage_measurement_get_id (g_ptr_array_index (bad, i)), ==, 0);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Add Measurements");
}

static void
test_measurement_checks (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageKpi) kpi = add_kpi (fixture->project, "Followers", 0);
  g_autoptr(EngageMeasurement) no_date = engage_measurement_new (engage_kpi_get_id (kpi), NULL, 1);
  g_autoptr(EngageMeasurement) no_kpi = engage_measurement_new (0, "2024-01-01", 1);
  g_autoptr(EngageMeasurement) missing_kpi = engage_measurement_new (4711, "2024-01-01", 1);
  g_autofree char *bad_source = NULL;
  g_autofree char *good = NULL;

  g_assert_false (engage_project_add_measurement (fixture->project, no_date, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (engage_measurement_get_id (no_date), ==, 0);

  g_assert_false (engage_project_add_measurement (fixture->project, no_kpi, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (engage_project_add_measurement (fixture->project, missing_kpi, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  bad_source = g_strdup_printf ("INSERT INTO measurement (kpi_id, date, value, source) "
                                "VALUES (%" G_GINT64_FORMAT ", '2024-01-01', 1, 'guess')",
                                engage_kpi_get_id (kpi));
  assert_sql_refused (fixture->project, bad_source);
  good = g_strdup_printf ("INSERT INTO measurement (kpi_id, date, value, source) "
                          "VALUES (%" G_GINT64_FORMAT ", '2024-01-01', 1, 'derived')",
                          engage_kpi_get_id (kpi));
  assert_sql_ok (fixture->project, good);
}

/* NPS surveys */

static EngageNpsSurvey *
add_survey (EngageProject *project,
            const char    *name)
{
  g_autoptr(GError) error = NULL;
  EngageNpsSurvey *survey = engage_nps_survey_new (name);

  g_assert_true (engage_project_add_nps_survey (project, survey, &error));
  g_assert_no_error (error);

  return survey;
}

static void
assert_survey_equal (EngageNpsSurvey *a,
                     EngageNpsSurvey *b)
{
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpint (engage_nps_survey_get_id (a), ==, engage_nps_survey_get_id (b));
  g_assert_cmpstr (engage_nps_survey_get_uuid (a), ==, engage_nps_survey_get_uuid (b));
  g_assert_cmpstr (engage_nps_survey_get_name (a), ==, engage_nps_survey_get_name (b));
  g_assert_cmpstr (engage_nps_survey_get_question (a), ==, engage_nps_survey_get_question (b));
}

static void
test_survey_add_get_update_delete (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageNpsSurvey) survey = engage_nps_survey_new ("Guests 2024");
  g_autoptr(EngageNpsSurvey) got = NULL;

  g_assert_cmpstr (engage_nps_survey_get_question (survey), ==, "");
  engage_nps_survey_set_question (survey, "Would you recommend us?");
  g_assert_true (engage_project_add_nps_survey (fixture->project, survey, &error));
  g_assert_no_error (error);
  g_assert_cmpint (engage_nps_survey_get_id (survey), >, 0);
  g_assert_true (g_uuid_string_is_valid (engage_nps_survey_get_uuid (survey)));

  got = engage_project_get_nps_survey (fixture->project, engage_nps_survey_get_id (survey),
                                       &error);
  g_assert_no_error (error);
  assert_survey_equal (got, survey);
  g_clear_object (&got);

  engage_nps_survey_set_name (survey, "Guests");
  engage_nps_survey_set_question (survey, "");
  g_assert_true (engage_project_update_nps_survey (fixture->project, survey, &error));
  g_assert_no_error (error);
  got = engage_project_get_nps_survey (fixture->project, engage_nps_survey_get_id (survey),
                                       &error);
  assert_survey_equal (got, survey);
  g_clear_object (&got);

  g_assert_true (engage_project_delete_nps_survey (fixture->project,
                                                   engage_nps_survey_get_id (survey), &error));
  g_assert_no_error (error);
  g_assert_null (engage_project_get_nps_survey (fixture->project,
                                                engage_nps_survey_get_id (survey), &error));
  g_assert_no_error (error);

  g_assert_false (engage_project_update_nps_survey (fixture->project, survey, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
}

static void
test_survey_list (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GListModel) model = engage_project_list_nps_surveys (fixture->project);
  g_autoptr(EngageNpsSurvey) first = NULL;
  g_autoptr(EngageNpsSurvey) second = NULL;
  guint n_calls = 0;

  g_assert_true (g_list_model_get_item_type (model) == ENGAGE_TYPE_NPS_SURVEY);
  g_signal_connect (model, "items-changed", G_CALLBACK (engage_test_count_items_changed_cb),
                    &n_calls);

  first = add_survey (fixture->project, "Zebra");
  g_assert_cmpuint (n_calls, ==, 1);
  second = add_survey (fixture->project, "Aardvark");
  g_assert_cmpuint (n_calls, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  /* By id, not by name. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(EngageNpsSurvey) item = g_list_model_get_item (model, i);

      assert_survey_equal (item, i == 0 ? first : second);
    }
}

static void
test_survey_undo_redo (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageNpsSurvey) survey = add_survey (fixture->project, "Shop");
  g_autoptr(EngageNpsSurvey) before = engage_nps_survey_copy (survey);
  g_autoptr(EngageNpsSurvey) after = NULL;
  g_autoptr(EngageNpsSurvey) got = NULL;
  gint64 id = engage_nps_survey_get_id (survey);

  engage_test_undo (fixture->project, "Add Survey");
  g_assert_null (engage_project_get_nps_survey (fixture->project, id, &error));
  g_assert_no_error (error);
  engage_test_redo (fixture->project, "Add Survey");
  got = engage_project_get_nps_survey (fixture->project, id, &error);
  assert_survey_equal (got, before);
  g_clear_object (&got);

  engage_nps_survey_set_question (survey, "How likely …?");
  g_assert_true (engage_project_update_nps_survey (fixture->project, survey, &error));
  g_assert_no_error (error);
  after = engage_nps_survey_copy (survey);

  engage_test_undo (fixture->project, "Change Survey");
  got = engage_project_get_nps_survey (fixture->project, id, &error);
  assert_survey_equal (got, before);
  g_clear_object (&got);
  engage_test_redo (fixture->project, "Change Survey");
  got = engage_project_get_nps_survey (fixture->project, id, &error);
  assert_survey_equal (got, after);
  g_clear_object (&got);

  g_assert_true (engage_project_delete_nps_survey (fixture->project, id, &error));
  g_assert_no_error (error);
  engage_test_undo (fixture->project, "Delete Survey");
  got = engage_project_get_nps_survey (fixture->project, id, &error);
  assert_survey_equal (got, after);
  g_clear_object (&got);
  engage_test_redo (fixture->project, "Delete Survey");
  g_assert_null (engage_project_get_nps_survey (fixture->project, id, &error));
  g_assert_no_error (error);
}

static EngageNpsResponse *
add_response (EngageProject *project,
              gint64         survey_id,
              const char    *date,
              int            score)
{
  g_autoptr(GError) error = NULL;
  EngageNpsResponse *response = engage_nps_response_new (survey_id, date, score);

  g_assert_true (engage_project_add_nps_response (project, response, &error));
  g_assert_no_error (error);

  return response;
}

static void
test_survey_delete_cascades (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageNpsSurvey) survey = add_survey (fixture->project, "Shop");
  g_autoptr(EngageNpsResponse) response = NULL;
  g_autoptr(EngageKpi) kpi = engage_kpi_new ("NPS", ENGAGE_KPI_METRIC_NPS);
  g_autoptr(EngageKpi) got = NULL;
  g_autoptr(GListModel) responses = NULL;
  g_autoptr(GListModel) kpis = NULL;
  guint n_response_calls = 0;
  guint n_kpi_calls = 0;

  engage_kpi_set_survey_id (kpi, engage_nps_survey_get_id (survey));
  g_assert_true (engage_project_add_kpi (fixture->project, kpi, &error));
  g_assert_no_error (error);
  response = add_response (fixture->project, engage_nps_survey_get_id (survey), "2024-02-02", 9);

  responses = engage_project_list_nps_responses (fixture->project,
                                                 engage_nps_survey_get_id (survey), NULL, NULL);
  kpis = engage_project_list_kpis (fixture->project);
  g_assert_cmpuint (g_list_model_get_n_items (responses), ==, 1);
  g_signal_connect (responses, "items-changed", G_CALLBACK (engage_test_count_items_changed_cb),
                    &n_response_calls);
  g_signal_connect (kpis, "items-changed", G_CALLBACK (engage_test_count_items_changed_cb),
                    &n_kpi_calls);

  g_assert_true (engage_project_delete_nps_survey (fixture->project,
                                                   engage_nps_survey_get_id (survey), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (responses), ==, 0);
  g_assert_cmpuint (n_response_calls, ==, 1);
  g_assert_null (engage_project_get_nps_response (fixture->project,
                                                  engage_nps_response_get_id (response),
                                                  &error));
  g_assert_no_error (error);

  /* The KPI stays, without its survey, and its views hear of it. */
  g_assert_cmpuint (n_kpi_calls, ==, 1);
  got = engage_project_get_kpi (fixture->project, engage_kpi_get_id (kpi), &error);
  g_assert_no_error (error);
  g_assert_cmpint (engage_kpi_get_survey_id (got), ==, 0);
  g_clear_object (&got);

  engage_test_undo (fixture->project, "Delete Survey");
  g_assert_cmpuint (g_list_model_get_n_items (responses), ==, 1);
  got = engage_project_get_kpi (fixture->project, engage_kpi_get_id (kpi), &error);
  g_assert_cmpint (engage_kpi_get_survey_id (got), ==, engage_nps_survey_get_id (survey));
}

/* NPS responses */

static void
assert_response_equal (EngageNpsResponse *a,
                       EngageNpsResponse *b)
{
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpint (engage_nps_response_get_id (a), ==, engage_nps_response_get_id (b));
  g_assert_cmpint (engage_nps_response_get_survey_id (a), ==,
                   engage_nps_response_get_survey_id (b));
  g_assert_cmpstr (engage_nps_response_get_date (a), ==, engage_nps_response_get_date (b));
  g_assert_cmpint (engage_nps_response_get_score (a), ==, engage_nps_response_get_score (b));
  g_assert_cmpstr (engage_nps_response_get_comment (a), ==, engage_nps_response_get_comment (b));
  g_assert_cmpstr (engage_nps_response_get_segment (a), ==, engage_nps_response_get_segment (b));
  g_assert_cmpstr (engage_nps_response_get_respondent_id (a), ==,
                   engage_nps_response_get_respondent_id (b));
  g_assert_cmpint (engage_nps_response_get_import_batch_id (a), ==,
                   engage_nps_response_get_import_batch_id (b));
}

static void
test_response_add_get_update_delete (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageNpsSurvey) survey = add_survey (fixture->project, "Shop");
  g_autoptr(EngageNpsSurvey) other = add_survey (fixture->project, "Events");
  g_autoptr(EngageNpsResponse) response = NULL;
  g_autoptr(EngageNpsResponse) got = NULL;

  response = engage_nps_response_new (engage_nps_survey_get_id (survey), "2024-03-10", 10);
  engage_nps_response_set_comment (response, "Lovely staff");
  engage_nps_response_set_segment (response, "instagram");
  engage_nps_response_set_respondent_id (response, "R-17");
  g_assert_true (engage_project_add_nps_response (fixture->project, response, &error));
  g_assert_no_error (error);
  g_assert_cmpint (engage_nps_response_get_id (response), >, 0);

  got = engage_project_get_nps_response (fixture->project,
                                         engage_nps_response_get_id (response), &error);
  g_assert_no_error (error);
  assert_response_equal (got, response);
  g_clear_object (&got);

  /* No score is kept as no score, not as 0. */
  engage_nps_response_set_survey_id (response, engage_nps_survey_get_id (other));
  engage_nps_response_set_date (response, "2024-03-11");
  engage_nps_response_set_score (response, -1);
  engage_nps_response_set_comment (response, "");
  engage_nps_response_set_segment (response, "");
  engage_nps_response_set_respondent_id (response, "");
  g_assert_true (engage_project_update_nps_response (fixture->project, response, &error));
  g_assert_no_error (error);

  got = engage_project_get_nps_response (fixture->project,
                                         engage_nps_response_get_id (response), &error);
  g_assert_no_error (error);
  assert_response_equal (got, response);
  g_assert_cmpint (engage_nps_response_get_score (got), ==, -1);
  g_clear_object (&got);

  engage_nps_response_set_score (response, 0);
  g_assert_true (engage_project_update_nps_response (fixture->project, response, &error));
  g_assert_no_error (error);
  got = engage_project_get_nps_response (fixture->project,
                                         engage_nps_response_get_id (response), &error);
  g_assert_cmpint (engage_nps_response_get_score (got), ==, 0);
  g_clear_object (&got);

  g_assert_true (engage_project_delete_nps_response (fixture->project,
                                                     engage_nps_response_get_id (response),
                                                     &error));
  g_assert_no_error (error);
  g_assert_null (engage_project_get_nps_response (fixture->project,
                                                  engage_nps_response_get_id (response),
                                                  &error));
  g_assert_no_error (error);

  g_assert_false (engage_project_update_nps_response (fixture->project, response, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
}

static void
assert_response_dates (GListModel         *model,
                       const char * const *dates)
{
  guint n = g_strv_length ((char **) dates);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EngageNpsResponse) item = g_list_model_get_item (model, i);

      g_assert_cmpstr (engage_nps_response_get_date (item), ==, dates[i]);
    }
}

static void
test_response_list_range (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(EngageNpsSurvey) survey = add_survey (fixture->project, "Shop");
  g_autoptr(EngageNpsSurvey) other = add_survey (fixture->project, "Events");
  g_autoptr(GListModel) february = NULL;
  g_autoptr(GListModel) until = NULL;
  g_autoptr(GListModel) since = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(EngageNpsResponse) late = NULL;
  g_autoptr(EngageNpsResponse) early = NULL;
  gint64 survey_id = engage_nps_survey_get_id (survey);
  char from[] = "2024-02-01";
  char to[] = "2024-02-29";
  const char * const dates[] = {
    "2024-02-29", "2024-01-31", "2024-02-15", "2024-03-01", "2024-02-01",
  };
  guint n_calls = 0;

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    g_object_unref (add_response (fixture->project, survey_id, dates[i], i));
  g_object_unref (add_response (fixture->project, engage_nps_survey_get_id (other),
                                "2024-02-10", 5));

  /* The model keeps its own copy of the bounds. */
  february = engage_project_list_nps_responses (fixture->project, survey_id, from, to);
  memset (from, 'x', sizeof from - 1);
  memset (to, 'x', sizeof to - 1);
  assert_response_dates (february, (const char * const[]) {
                           "2024-02-01", "2024-02-15", "2024-02-29", NULL });

  until = engage_project_list_nps_responses (fixture->project, survey_id, NULL, "2024-02-01");
  assert_response_dates (until, (const char * const[]) { "2024-01-31", "2024-02-01", NULL });

  since = engage_project_list_nps_responses (fixture->project, survey_id, "2024-02-29", NULL);
  assert_response_dates (since, (const char * const[]) { "2024-02-29", "2024-03-01", NULL });

  all = engage_project_list_nps_responses (fixture->project, survey_id, NULL, NULL);
  assert_response_dates (all, (const char * const[]) {
                           "2024-01-31", "2024-02-01", "2024-02-15", "2024-02-29",
                           "2024-03-01", NULL });

  /* Live: a new response inside the range appears in order (by date, then id). */
  g_signal_connect (february, "items-changed", G_CALLBACK (engage_test_count_items_changed_cb),
                    &n_calls);
  late = add_response (fixture->project, survey_id, "2024-02-15", 3);
  g_assert_cmpuint (n_calls, ==, 1);
  assert_response_dates (february, (const char * const[]) {
                           "2024-02-01", "2024-02-15", "2024-02-15", "2024-02-29", NULL });
  {
    g_autoptr(EngageNpsResponse) item = g_list_model_get_item (february, 2);

    assert_response_equal (item, late);
  }

  /* Outside the range, it does not. */
  early = add_response (fixture->project, survey_id, "2023-12-31", 8);
  g_assert_cmpuint (g_list_model_get_n_items (february), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 7);
}

static void
test_response_undo_redo (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageNpsSurvey) survey = add_survey (fixture->project, "Shop");
  g_autoptr(EngageNpsResponse) response = NULL;
  g_autoptr(EngageNpsResponse) before = NULL;
  g_autoptr(EngageNpsResponse) after = NULL;
  g_autoptr(EngageNpsResponse) got = NULL;
  gint64 id;

  response = engage_nps_response_new (engage_nps_survey_get_id (survey), "2024-05-05", -1);
  engage_nps_response_set_comment (response, "No score, just words");
  g_assert_true (engage_project_add_nps_response (fixture->project, response, &error));
  g_assert_no_error (error);
  id = engage_nps_response_get_id (response);
  before = engage_nps_response_copy (response);

  engage_test_undo (fixture->project, "Add Response");
  g_assert_null (engage_project_get_nps_response (fixture->project, id, &error));
  g_assert_no_error (error);
  engage_test_redo (fixture->project, "Add Response");
  got = engage_project_get_nps_response (fixture->project, id, &error);
  assert_response_equal (got, before);
  g_clear_object (&got);

  engage_nps_response_set_score (response, 7);
  g_assert_true (engage_project_update_nps_response (fixture->project, response, &error));
  g_assert_no_error (error);
  after = engage_nps_response_copy (response);

  engage_test_undo (fixture->project, "Change Response");
  got = engage_project_get_nps_response (fixture->project, id, &error);
  assert_response_equal (got, before);
  g_assert_cmpint (engage_nps_response_get_score (got), ==, -1);
  g_clear_object (&got);
  engage_test_redo (fixture->project, "Change Response");
  got = engage_project_get_nps_response (fixture->project, id, &error);
  assert_response_equal (got, after);
  g_clear_object (&got);

  g_assert_true (engage_project_delete_nps_response (fixture->project, id, &error));
  g_assert_no_error (error);
  engage_test_undo (fixture->project, "Delete Response");
  got = engage_project_get_nps_response (fixture->project, id, &error);
  assert_response_equal (got, after);
  g_clear_object (&got);
  engage_test_redo (fixture->project, "Delete Response");
  g_assert_null (engage_project_get_nps_response (fixture->project, id, &error));
  g_assert_no_error (error);
}

static void
test_response_add_many (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageNpsSurvey) survey = add_survey (fixture->project, "Shop");
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) bad = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 survey_id = engage_nps_survey_get_id (survey);
  guint n_calls = 0;

  model = engage_project_list_nps_responses (fixture->project, survey_id, NULL, NULL);
  g_signal_connect (model, "items-changed", G_CALLBACK (engage_test_count_items_changed_cb),
                    &n_calls);

  for (int score = -1; score <= 10; score++)
    g_ptr_array_add (batch, engage_nps_response_new (survey_id, "2024-04-01", score));

  g_assert_true (engage_project_add_nps_responses (fixture->project, batch, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_calls, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 12);
  for (guint i = 0; i < batch->len; i++)
    {
      g_autoptr(EngageNpsResponse) item = g_list_model_get_item (model, i);

      assert_response_equal (item, g_ptr_array_index (batch, i));
    }

  engage_test_undo (fixture->project, "Add Responses");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  engage_test_redo (fixture->project, "Add Responses");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 12);

  g_ptr_array_add (bad, engage_nps_response_new (survey_id, "2024-04-02", 9));
  g_ptr_array_add (bad, engage_nps_response_new (survey_id, NULL, 9));
  g_assert_false (engage_project_add_nps_responses (fixture->project, bad, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_assert_cmpint (engage_nps_response_get_id (g_ptr_array_index (bad, 0)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 12);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Add Responses");
}

static void
test_response_checks (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageNpsSurvey) survey = add_survey (fixture->project, "Shop");
  g_autoptr(EngageNpsResponse) orphan = engage_nps_response_new (4711, "2024-01-01", 5);
  g_autofree char *too_high = NULL;
  g_autofree char *negative = NULL;
  g_autofree char *no_score = NULL;

  too_high = g_strdup_printf ("INSERT INTO nps_response (survey_id, date, score) "
                              "VALUES (%" G_GINT64_FORMAT ", '2024-01-01', 11)",
                              engage_nps_survey_get_id (survey));
  assert_sql_refused (fixture->project, too_high);
  negative = g_strdup_printf ("INSERT INTO nps_response (survey_id, date, score) "
                              "VALUES (%" G_GINT64_FORMAT ", '2024-01-01', -1)",
                              engage_nps_survey_get_id (survey));
  assert_sql_refused (fixture->project, negative);
  no_score = g_strdup_printf ("INSERT INTO nps_response (survey_id, date, score) "
                              "VALUES (%" G_GINT64_FORMAT ", '2024-01-01', NULL)",
                              engage_nps_survey_get_id (survey));
  assert_sql_ok (fixture->project, no_score);

  g_assert_false (engage_project_add_nps_response (fixture->project, orphan, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
}

static void
test_response_invalid_score (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(EngageNpsResponse) response = engage_nps_response_new (1, "2024-01-01", 5);

      engage_nps_response_set_score (response, 11);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*IS_SCORE*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_setup, (func), fixture_teardown)

  g_test_add_func ("/core/kpi/new-defaults", test_kpi_new_defaults);
  g_test_add_func ("/core/kpi/invalid-basis", test_kpi_invalid_basis);
  g_test_add_func ("/core/kpi/invalid-date", test_kpi_invalid_date);
  ADD ("/core/kpi/add-get-update-delete", test_kpi_add_get_update_delete);
  ADD ("/core/kpi/list", test_kpi_list);
  ADD ("/core/kpi/undo-redo", test_kpi_undo_redo);
  ADD ("/core/kpi/delete-cascades", test_kpi_delete_cascades);
  ADD ("/core/kpi/checks", test_kpi_checks);

  ADD ("/core/measurement/add-get-update-delete", test_measurement_add_get_update_delete);
  ADD ("/core/measurement/list", test_measurement_list);
  ADD ("/core/measurement/latest", test_measurement_latest);
  ADD ("/core/measurement/undo-redo", test_measurement_undo_redo);
  ADD ("/core/measurement/add-many", test_measurement_add_many);
  ADD ("/core/measurement/checks", test_measurement_checks);

  ADD ("/core/nps-survey/add-get-update-delete", test_survey_add_get_update_delete);
  ADD ("/core/nps-survey/list", test_survey_list);
  ADD ("/core/nps-survey/undo-redo", test_survey_undo_redo);
  ADD ("/core/nps-survey/delete-cascades", test_survey_delete_cascades);

  g_test_add_func ("/core/nps-response/invalid-score", test_response_invalid_score);
  ADD ("/core/nps-response/add-get-update-delete", test_response_add_get_update_delete);
  ADD ("/core/nps-response/list-range", test_response_list_range);
  ADD ("/core/nps-response/undo-redo", test_response_undo_redo);
  ADD ("/core/nps-response/add-many", test_response_add_many);
  ADD ("/core/nps-response/checks", test_response_checks);

#undef ADD

  return g_test_run ();
}
