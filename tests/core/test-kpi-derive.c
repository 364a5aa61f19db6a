/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "engage-channel.h"
#include "engage-import.h"
#include "engage-kpi.h"
#include "engage-kpi-derive.h"
#include "engage-measurement.h"
#include "engage-metrics.h"
#include "engage-nps-response.h"
#include "engage-nps-survey.h"
#include "engage-post.h"
#include "engage-post-metric.h"
#include "engage-project-private.h"
#include "engage-test-util.h"

/* Derived KPI measurements on a project small enough to work out by hand. Every
 * expected value below is written out as the arithmetic that gives it; none is
 * read back from what Engage computed.
 *
 * The project (time zone Europe/Berlin; every post at noon UTC, far from any
 * midnight), "today" 2026-03-20:
 *
 * Posts with metrics (interactions = reactions + comments + shares + saves):
 *   ig-dec  Instagram 2025-12-20  reach 1000, 900 reactions   before the KPI's first month
 *   ig-jan1 Instagram 2026-01-05  reach 1000, 30 + 5 + 3 + 2 = 40
 *   ig-jan2 Instagram 2026-01-20  reach 3000, 50 + 10       = 60
 *   ig-feb  Instagram 2026-02-10  reach 2100, 70 + 10       = 80
 *   fb-feb  Facebook  2026-02-12  reach  100, 50            other channel
 *   ig-mar  Instagram 2026-03-05  reach 4000, 150 + 20 + 10 = 180
 *   ig-late Instagram 2026-03-25  reach 1000, 20            after today
 *   ig-idea Instagram 2026-03-06  a draft with reach 10, 10 reactions: not published
 *
 * Responses to survey "Spring" (P promoter 9–10, D detractor 0–6):
 *   Nov 2025: 10 10 10 10            P4
 *   Dec 2025: 9 9 9 3 3              P3 D2
 *   Jan 2026: 8 8 0                  D1
 *   Feb 2026: 10                     P1
 *   Mar 2026: 10 10 10 10 10 6 (≤ 20th), 0 0 0 on the 25th
 * and to survey "Other": twenty 0 in February.
 */

#define TODAY "2026-03-20"

typedef struct
{
  char          *dir;
  EngageProject *project;
  gint64         instagram;
  gint64         facebook;
  gint64         spring;
  gint64         rate_kpi;       /* engagement rate, Instagram, reach, from 2026-01-15 */
  gint64         nps_kpi;        /* NPS of "Spring", from 2026-01-10 */
  gint64         all_nps_kpi;    /* NPS of every survey, from 2026-02-01 */
  gint64         visits_kpi;     /* website visits: manual only */
  gint64         manual_rate;    /* a manual measurement of the rate KPI */
  gint64         ig_feb;
} Fixture;

static gint64
add_channel (EngageProject     *project,
             EngageChannelKind  kind,
             const char        *name)
{
  g_autoptr(EngageChannel) channel = engage_channel_new (kind, name);
  g_autoptr(GError) error = NULL;

  g_assert_true (engage_project_add_channel (project, channel, &error));
  g_assert_no_error (error);
  return engage_channel_get_id (channel);
}

static gint64
add_post (EngageProject    *project,
          gint64            channel_id,
          const char       *external_id,
          EngagePostStatus  status,
          int               year,
          int               month,
          int               day,
          gint64            reach,
          gint64            reactions,
          gint64            comments,
          gint64            shares,
          gint64            saves)
{
  g_autoptr(EngagePost) post = engage_post_new (channel_id, external_id);
  g_autoptr(GDateTime) when = g_date_time_new_utc (year, month, day, 12, 0, 0);
  g_autoptr(GDateTime) measured = g_date_time_add_days (when, 7);
  g_autofree char *date = g_date_time_format (measured, "%Y-%m-%d");
  g_autoptr(EngagePostMetric) metric = NULL;
  g_autoptr(GError) error = NULL;

  engage_post_set_status (post, status);
  engage_post_set_scheduled_at (post, when);
  if (status == ENGAGE_POST_STATUS_PUBLISHED)
    engage_post_set_published_at (post, when);
  engage_post_set_external_id (post, external_id);
  g_assert_true (engage_project_add_post (project, post, &error));
  g_assert_no_error (error);

  metric = engage_post_metric_new (engage_post_get_id (post), date);
  engage_post_metric_set_reach (metric, reach);
  engage_post_metric_set_reactions (metric, reactions);
  engage_post_metric_set_comments (metric, comments);
  engage_post_metric_set_shares (metric, shares);
  engage_post_metric_set_saves (metric, saves);
  g_assert_true (engage_project_add_post_metric (project, metric, &error));
  g_assert_no_error (error);

  return engage_post_get_id (post);
}

static gint64
add_survey (EngageProject *project,
            const char    *name)
{
  g_autoptr(EngageNpsSurvey) survey = engage_nps_survey_new (name);
  g_autoptr(GError) error = NULL;

  g_assert_true (engage_project_add_nps_survey (project, survey, &error));
  g_assert_no_error (error);
  return engage_nps_survey_get_id (survey);
}

/* @scores: "date:score score …; date:score …" */
static void
add_responses (EngageProject *project,
               gint64         survey_id,
               const char    *scores)
{
  g_autoptr(GPtrArray) responses = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) days = g_strsplit (scores, ";", -1);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; days[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_strstrip (days[i]), ":", 2);
      g_auto(GStrv) values = g_strsplit (parts[1], " ", -1);

      for (guint j = 0; values[j] != NULL; j++)
        g_ptr_array_add (responses, engage_nps_response_new (survey_id, parts[0],
                                                             (int) g_ascii_strtoll (values[j], NULL, 10)));
    }

  g_assert_true (engage_project_add_nps_responses (project, responses, &error));
  g_assert_no_error (error);
}

static gint64
add_kpi (EngageProject   *project,
         const char      *name,
         EngageKpiMetric  metric,
         const char      *start,
         gint64           channel_id,
         gint64           survey_id)
{
  g_autoptr(EngageKpi) kpi = engage_kpi_new (name, metric);
  g_autoptr(GError) error = NULL;

  engage_kpi_set_baseline_value (kpi, 1);
  engage_kpi_set_baseline_date (kpi, "2025-12-01");
  engage_kpi_set_start_date (kpi, start);
  engage_kpi_set_target_value (kpi, 50);
  engage_kpi_set_due_date (kpi, "2026-12-31");
  engage_kpi_set_channel_id (kpi, channel_id);
  engage_kpi_set_survey_id (kpi, survey_id);
  if (metric == ENGAGE_KPI_METRIC_ENGAGEMENT_RATE)
    engage_kpi_set_engagement_basis (kpi, "reach");
  g_assert_true (engage_project_add_kpi (project, kpi, &error));
  g_assert_no_error (error);
  return engage_kpi_get_id (kpi);
}

static gint64
add_measurement (EngageProject           *project,
                 gint64                   kpi_id,
                 const char              *date,
                 double                   value,
                 EngageMeasurementSource  source)
{
  g_autoptr(EngageMeasurement) measurement = engage_measurement_new (kpi_id, date, value);
  g_autoptr(GError) error = NULL;

  engage_measurement_set_source (measurement, source);
  g_assert_true (engage_project_add_measurement (project, measurement, &error));
  g_assert_no_error (error);
  return engage_measurement_get_id (measurement);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  EngageProject *project;
  gint64 other;

  project = fixture->project = engage_test_project_new (&fixture->dir);
  /* One transaction instead of forty synced ones. */
  g_assert_true (engage_project_begin_group (project, NULL));

  fixture->instagram = add_channel (project, ENGAGE_CHANNEL_KIND_INSTAGRAM, "Instagram");
  fixture->facebook = add_channel (project, ENGAGE_CHANNEL_KIND_FACEBOOK, "Facebook");

  add_post (project, fixture->instagram, "ig-dec", ENGAGE_POST_STATUS_PUBLISHED, 2025, 12, 20, 1000, 900, 0, 0, 0);
  add_post (project, fixture->instagram, "ig-jan1", ENGAGE_POST_STATUS_PUBLISHED, 2026, 1, 5, 1000, 30, 5, 3, 2);
  add_post (project, fixture->instagram, "ig-jan2", ENGAGE_POST_STATUS_PUBLISHED, 2026, 1, 20, 3000, 50, 10, 0, 0);
  fixture->ig_feb = add_post (project, fixture->instagram, "ig-feb", ENGAGE_POST_STATUS_PUBLISHED,
                              2026, 2, 10, 2100, 70, 10, 0, 0);
  add_post (project, fixture->facebook, "fb-feb", ENGAGE_POST_STATUS_PUBLISHED, 2026, 2, 12, 100, 50, 0, 0, 0);
  add_post (project, fixture->instagram, "ig-mar", ENGAGE_POST_STATUS_PUBLISHED, 2026, 3, 5, 4000, 150, 20, 10, 0);
  add_post (project, fixture->instagram, "ig-late", ENGAGE_POST_STATUS_PUBLISHED, 2026, 3, 25, 1000, 20, 0, 0, 0);
  add_post (project, fixture->instagram, "ig-idea", ENGAGE_POST_STATUS_DRAFT, 2026, 3, 6, 10, 10, 0, 0, 0);

  fixture->spring = add_survey (project, "Spring");
  other = add_survey (project, "Other");
  add_responses (project, fixture->spring,
                 "2025-11-03:10 10; 2025-11-28:10 10;"
                 "2025-12-05:9 9 9; 2025-12-30:3 3;"
                 "2026-01-14:8 8 0;"
                 "2026-02-02:10;"
                 "2026-03-01:10 10 10; 2026-03-20:10 10 6;"
                 "2026-03-25:0 0 0");
  add_responses (project, other, "2026-02-20:0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0");

  fixture->rate_kpi = add_kpi (project, "Engagement", ENGAGE_KPI_METRIC_ENGAGEMENT_RATE, "2026-01-15",
                               fixture->instagram, 0);
  fixture->nps_kpi = add_kpi (project, "NPS", ENGAGE_KPI_METRIC_NPS, "2026-01-10", 0, fixture->spring);
  fixture->all_nps_kpi = add_kpi (project, "NPS of all surveys", ENGAGE_KPI_METRIC_NPS, "2026-02-01", 0, 0);
  fixture->visits_kpi = add_kpi (project, "Visits", ENGAGE_KPI_METRIC_WEBSITE_VISITS, "2026-01-01", 0, 0);

  fixture->manual_rate = add_measurement (project, fixture->rate_kpi, "2026-02-15", 9.9,
                                          ENGAGE_MEASUREMENT_SOURCE_MANUAL);
  add_measurement (project, fixture->visits_kpi, "2026-01-31", 1200, ENGAGE_MEASUREMENT_SOURCE_MANUAL);
  add_measurement (project, fixture->visits_kpi, "2026-02-28", 1300, ENGAGE_MEASUREMENT_SOURCE_MANUAL);
  g_assert_true (engage_project_end_group (project, "Set Up", NULL));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  engage_test_project_clear (&fixture->project, &fixture->dir);
}

/* The KPI's measurements of @source as "date=value" joined by spaces, values
 * with two decimals, in date order. */
static char *
measurements_of (EngageProject           *project,
                 gint64                   kpi_id,
                 EngageMeasurementSource  source)
{
  g_autoptr(GListModel) measurements = engage_project_list_measurements (project, kpi_id);
  g_autoptr(GString) text = g_string_new ("");

  for (guint i = 0; i < g_list_model_get_n_items (measurements); i++)
    {
      g_autoptr(EngageMeasurement) measurement = g_list_model_get_item (measurements, i);

      if (engage_measurement_get_source (measurement) != source)
        continue;

      g_string_append_printf (text, "%s%s=%.2f", text->len > 0 ? " " : "",
                              engage_measurement_get_date (measurement),
                              engage_measurement_get_value (measurement));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_derived (EngageProject *project,
                gint64         kpi_id,
                const char    *expected)
{
  g_autofree char *got = measurements_of (project, kpi_id, ENGAGE_MEASUREMENT_SOURCE_DERIVED);

  g_assert_cmpstr (got, ==, expected);
}

static void
assert_manual_untouched (Fixture *fixture)
{
  g_autofree char *rate = measurements_of (fixture->project, fixture->rate_kpi, ENGAGE_MEASUREMENT_SOURCE_MANUAL);
  g_autofree char *visits = measurements_of (fixture->project, fixture->visits_kpi, ENGAGE_MEASUREMENT_SOURCE_MANUAL);

  g_assert_cmpstr (rate, ==, "2026-02-15=9.90");
  g_assert_cmpstr (visits, ==, "2026-01-31=1200.00 2026-02-28=1300.00");
  assert_derived (fixture->project, fixture->visits_kpi, "");
}

static guint
derive (EngageProject *project,
        gint64         kpi_id,
        const char    *today)
{
  g_autoptr(GError) error = NULL;
  guint n_changed = G_MAXUINT;

  g_assert_true (engage_project_derive_kpi_measurements (project, kpi_id, today, &n_changed, &error));
  g_assert_no_error (error);
  return n_changed;
}

/* Engagement rate, Instagram, reach, months from January (the start date
 * 2026-01-15) to March:
 *   January  (40 + 60) / (1000 + 3000) × 100 = 100 / 4000 × 100 = 2.50, on 01-31
 *   February 80 / 2100 × 100 = 3.8095… → 3.81, on 02-28 (fb-feb is Facebook)
 *   March    180 / 4000 × 100 = 4.50, on today 03-20 (ig-late comes later,
 *            ig-idea is a draft); ig-dec is before January.
 * NPS of "Spring", months from January, each over itself and the two before:
 *   January  Nov–Jan: n = 4 + 5 + 3 = 12, P = 4 + 3 = 7, D = 2 + 1 = 3:
 *            100 × (7 − 3) / 12 = 33.3… → 33, on 01-31
 *   February Dec–Feb: n = 5 + 3 + 1 = 9 < 10 responses: none
 *   March    Jan–Mar 20: n = 3 + 1 + 6 = 10, P = 0 + 1 + 5 = 6, D = 1 + 0 + 1 = 2:
 *            100 × (6 − 2) / 10 = 40, on 03-20 (the three 0 of the 25th later)
 * NPS of all surveys, from February:
 *   February Dec–Feb: "Spring" n = 5 + 3 + 1 = 9, P = 3 + 1 = 4, D = 2 + 1 = 3,
 *            plus twenty 0 of "Other": n = 29, D = 23:
 *            100 × (4 − 23) / 29 = −65.5… → −66, on 02-28
 *   March    Jan–Mar 20: n = 10 + 20 = 30, P = 6, D = 2 + 20 = 22:
 *            100 × (6 − 22) / 30 = −53.3… → −53, on 03-20 */
#define RATE_MARCH_20 "2026-01-31=2.50 2026-02-28=3.81 2026-03-20=4.50"
#define NPS_MARCH_20 "2026-01-31=33.00 2026-03-20=40.00"
#define ALL_NPS_MARCH_20 "2026-02-28=-66.00 2026-03-20=-53.00"

static void
on_changed_cb (EngageProject *project,
               guint          tables,
               guint         *count)
{
  (*count)++;
}

static void
test_monthly (Fixture       *fixture,
              gconstpointer  data)
{
  guint n_changed = 0;

  gulong handler = g_signal_connect (fixture->project, "changed", G_CALLBACK (on_changed_cb), &n_changed);

  /* 3 + 2 + 2 new rows, in one edit. */
  g_assert_cmpuint (derive (fixture->project, 0, TODAY), ==, 7);
  g_assert_cmpuint (n_changed, ==, 1);
  g_signal_handler_disconnect (fixture->project, handler);

  assert_derived (fixture->project, fixture->rate_kpi, RATE_MARCH_20);
  assert_derived (fixture->project, fixture->nps_kpi, NPS_MARCH_20);
  assert_derived (fixture->project, fixture->all_nps_kpi, ALL_NPS_MARCH_20);
  assert_manual_untouched (fixture);

  /* The KPI card's current value is the latest derived one. */
  {
    EngageKpiAssessment assessment;
    g_autoptr(GError) error = NULL;

    g_assert_true (engage_project_assess_kpi (fixture->project, fixture->nps_kpi, TODAY, &assessment, &error));
    g_assert_no_error (error);
    g_assert_cmpfloat (assessment.current, ==, 40.0);
    g_assert_cmpstr (assessment.current_date, ==, TODAY);
  }

  /* One undo step takes all of it back, and redo brings it again. */
  engage_test_undo (fixture->project, "Update Derived Measurements");
  assert_derived (fixture->project, fixture->rate_kpi, "");
  assert_derived (fixture->project, fixture->nps_kpi, "");
  assert_derived (fixture->project, fixture->all_nps_kpi, "");
  assert_manual_untouched (fixture);
  engage_test_redo (fixture->project, "Update Derived Measurements");
  assert_derived (fixture->project, fixture->nps_kpi, NPS_MARCH_20);
}

static void
test_second_run_changes_nothing (Fixture       *fixture,
                                 gconstpointer  data)
{
  guint n_changed = 0;
  gulong handler;

  g_assert_cmpuint (derive (fixture->project, 0, TODAY), ==, 7);

  handler = g_signal_connect (fixture->project, "changed", G_CALLBACK (on_changed_cb), &n_changed);
  g_assert_cmpuint (derive (fixture->project, 0, TODAY), ==, 0);
  g_assert_cmpuint (derive (fixture->project, fixture->rate_kpi, TODAY), ==, 0);
  g_assert_cmpuint (n_changed, ==, 0);
  g_signal_handler_disconnect (fixture->project, handler);

  /* No step of its own: the one undo takes back the first derivation. */
  engage_test_undo (fixture->project, "Update Derived Measurements");
  assert_derived (fixture->project, fixture->rate_kpi, "");
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), !=, "Update Derived Measurements");
}

/* A week later, March's rows move to the new day and take in what came:
 *   rate  (180 + 20) / (4000 + 1000) × 100 = 4.00 (ig-late, 03-25, now counts)
 *   NPS   Jan–Mar 27: n = 10 + 3 = 13, P = 6, D = 2 + 3 = 5:
 *         100 × (6 − 5) / 13 = 7.69… → 8
 *   all   n = 30 + 3 = 33, P = 6, D = 22 + 3 = 25: 100 × (6 − 25) / 33 = −57.57… → −58
 * The rows keep their ids: three updates. */
static void
test_later_today (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(EngageMeasurement) before = NULL;
  g_autoptr(EngageMeasurement) after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (derive (fixture->project, 0, TODAY), ==, 7);
  before = engage_project_get_latest_measurement (fixture->project, fixture->rate_kpi, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (derive (fixture->project, 0, "2026-03-27"), ==, 3);
  assert_derived (fixture->project, fixture->rate_kpi, "2026-01-31=2.50 2026-02-28=3.81 2026-03-27=4.00");
  assert_derived (fixture->project, fixture->nps_kpi, "2026-01-31=33.00 2026-03-27=8.00");
  assert_derived (fixture->project, fixture->all_nps_kpi, "2026-02-28=-66.00 2026-03-27=-58.00");

  after = engage_project_get_latest_measurement (fixture->project, fixture->rate_kpi, &error);
  g_assert_no_error (error);
  g_assert_cmpint (engage_measurement_get_id (after), ==, engage_measurement_get_id (before));

  /* In April, March's row goes back to the month's last day. Nothing new was
   * published in April: the rate has no April row; the NPS windows Feb–Apr
   * hold 1 + 9 = 10 responses to "Spring", P = 1 + 5 = 6, D = 0 + 4 = 4:
   * 100 × (6 − 4) / 10 = 20. */
  derive (fixture->project, 0, "2026-04-02");
  assert_derived (fixture->project, fixture->rate_kpi, "2026-01-31=2.50 2026-02-28=3.81 2026-03-31=4.00");
  assert_derived (fixture->project, fixture->nps_kpi, "2026-01-31=33.00 2026-03-31=8.00 2026-04-02=20.00");
  assert_manual_untouched (fixture);
}

/* Stored derived rows that disagree are repaired, and only derived rows are
 * touched: for the rate KPI alone,
 *   2025-12-31 derived 7   before the first month: deleted
 *   2026-02-01 derived 1   February's row: becomes 02-28 = 3.81, same id
 *   2026-02-10 derived 2   a second February row: deleted
 *   2026-01-31 imported 5.5, 2026-02-15 manual 9.9: kept as they are
 *   2026-05-31 derived 6   after today's month: kept
 *   January and March are added: 2 added + 1 changed + 2 deleted = 5. */
static void
test_repairs_only_derived (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(EngageMeasurement) february = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *imported = NULL;
  gint64 february_id;

  add_measurement (fixture->project, fixture->rate_kpi, "2025-12-31", 7, ENGAGE_MEASUREMENT_SOURCE_DERIVED);
  february_id = add_measurement (fixture->project, fixture->rate_kpi, "2026-02-01", 1,
                                 ENGAGE_MEASUREMENT_SOURCE_DERIVED);
  add_measurement (fixture->project, fixture->rate_kpi, "2026-02-10", 2, ENGAGE_MEASUREMENT_SOURCE_DERIVED);
  add_measurement (fixture->project, fixture->rate_kpi, "2026-01-31", 5.5, ENGAGE_MEASUREMENT_SOURCE_IMPORT);
  add_measurement (fixture->project, fixture->rate_kpi, "2026-05-31", 6, ENGAGE_MEASUREMENT_SOURCE_DERIVED);

  g_assert_cmpuint (derive (fixture->project, fixture->rate_kpi, TODAY), ==, 5);
  assert_derived (fixture->project, fixture->rate_kpi, RATE_MARCH_20 " 2026-05-31=6.00");
  assert_manual_untouched (fixture);
  imported = measurements_of (fixture->project, fixture->rate_kpi, ENGAGE_MEASUREMENT_SOURCE_IMPORT);
  g_assert_cmpstr (imported, ==, "2026-01-31=5.50");

  february = engage_project_get_measurement (fixture->project, february_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (february);
  g_assert_cmpstr (engage_measurement_get_date (february), ==, "2026-02-28");

  /* Only the KPI asked for. */
  assert_derived (fixture->project, fixture->nps_kpi, "");

  g_assert_false (engage_project_derive_kpi_measurements (fixture->project, 9999, TODAY, NULL, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
}

/* Inside a caller's group the derivation is part of the group's one step, and
 * cancelling the group takes it back with everything else. */
static void
test_inside_group (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (engage_project_begin_group (fixture->project, &error));
  add_measurement (fixture->project, fixture->visits_kpi, "2026-03-15", 1400, ENGAGE_MEASUREMENT_SOURCE_MANUAL);
  g_assert_cmpuint (derive (fixture->project, 0, TODAY), ==, 7);
  g_assert_true (engage_project_end_group (fixture->project, "Catch Up", &error));
  g_assert_no_error (error);

  assert_derived (fixture->project, fixture->nps_kpi, NPS_MARCH_20);
  engage_test_undo (fixture->project, "Catch Up");
  assert_derived (fixture->project, fixture->nps_kpi, "");
  assert_manual_untouched (fixture);

  g_assert_true (engage_project_begin_group (fixture->project, &error));
  g_assert_cmpuint (derive (fixture->project, 0, TODAY), ==, 7);
  engage_project_cancel_group (fixture->project);
  assert_derived (fixture->project, fixture->nps_kpi, "");
  assert_derived (fixture->project, fixture->rate_kpi, "");
}

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static gboolean
report_says (EngageImportReport *report,
             const char         *text)
{
  for (guint i = 0; i < engage_import_report_get_n_messages (report); i++)
    if (g_strcmp0 (engage_import_report_get_message (report, i, NULL), text) == 0)
      return TRUE;

  return FALSE;
}

static void
set_clock_to_today (EngageProject *project)
{
  g_autoptr(GDateTime) noon = g_date_time_new_utc (2026, 3, 20, 12, 0, 0);

  _engage_project_set_clock (project, g_date_time_to_unix (noon));
}

/* New metrics of ig-feb, counted on 03-01 (the latest row counts):
 *   reach 2000, 100 reactions + 20 comments: February 120 / 2000 × 100 = 6.00.
 * The import and the new February value are one undo step. */
static void
test_import_metrics (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "metrics.csv",
                                      "date,id,reach,reactions,comments\n"
                                      "2026-03-01,ig-feb,2000,100,20\n");
  EngageImportOptions options = { ENGAGE_IMPORT_FORMAT_GENERIC, "Instagram",
                                  "date:date,id:id,reach:reach,reactions:reactions,comments:comments" };
  g_autoptr(EngageImportReport) preview = NULL;
  g_autoptr(EngageImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  set_clock_to_today (fixture->project);
  g_assert_cmpuint (derive (fixture->project, 0, NULL), ==, 7);

  options.dry_run = TRUE;
  preview = engage_import_metrics (fixture->project, file, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (report_says (preview, "Updated 1 derived measurement."));
  assert_derived (fixture->project, fixture->rate_kpi, RATE_MARCH_20);

  options.dry_run = FALSE;
  report = engage_import_metrics (fixture->project, file, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (engage_import_report_get_rows_matched (report), ==, 1);
  g_assert_true (report_says (report, "Updated 1 derived measurement."));
  assert_derived (fixture->project, fixture->rate_kpi, "2026-01-31=2.50 2026-02-28=6.00 2026-03-20=4.50");
  assert_derived (fixture->project, fixture->nps_kpi, NPS_MARCH_20);
  assert_manual_untouched (fixture);

  engage_test_undo (fixture->project, "Import “metrics.csv”");
  assert_derived (fixture->project, fixture->rate_kpi, RATE_MARCH_20);
  engage_test_undo (fixture->project, "Update Derived Measurements");
}

/* Two promoters of "Spring" on 02-15:
 *   NPS      February Dec–Feb: n = 9 + 2 = 11, P = 4 + 2 = 6, D = 3:
 *            100 × (6 − 3) / 11 = 27.27… → 27, a new row
 *            March Jan–Mar 20: n = 12, P = 8, D = 2: 100 × 6 / 12 = 50
 *   all      February n = 31, P = 6, D = 23: 100 × (6 − 23) / 31 = −54.8… → −55
 *            March n = 32, P = 8, D = 22: 100 × (8 − 22) / 32 = −43.75 → −44
 * 1 added + 3 changed. */
static void
test_import_nps (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "answers.csv",
                                      "Date,Score,Comment\n"
                                      "2026-02-15,10,Lovely\n"
                                      "2026-02-15,9,Good bread\n");
  EngageImportOptions options = { ENGAGE_IMPORT_FORMAT_AUTO, .survey = "Spring" };
  g_autoptr(EngageImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  set_clock_to_today (fixture->project);
  g_assert_cmpuint (derive (fixture->project, 0, NULL), ==, 7);

  report = engage_import_nps (fixture->project, file, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (engage_import_report_get_rows_created (report), ==, 2);
  g_assert_true (report_says (report, "Updated 4 derived measurements."));
  assert_derived (fixture->project, fixture->nps_kpi, "2026-01-31=33.00 2026-02-28=27.00 2026-03-20=50.00");
  assert_derived (fixture->project, fixture->all_nps_kpi, "2026-02-28=-55.00 2026-03-20=-44.00");
  assert_derived (fixture->project, fixture->rate_kpi, RATE_MARCH_20);

  engage_test_undo (fixture->project, "Import “answers.csv”");
  assert_derived (fixture->project, fixture->nps_kpi, NPS_MARCH_20);
  assert_derived (fixture->project, fixture->all_nps_kpi, ALL_NPS_MARCH_20);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/core/kpi-derive/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("monthly", test_monthly);
  ADD ("second-run-changes-nothing", test_second_run_changes_nothing);
  ADD ("later-today", test_later_today);
  ADD ("repairs-only-derived", test_repairs_only_derived);
  ADD ("inside-group", test_inside_group);
  ADD ("import-metrics", test_import_metrics);
  ADD ("import-nps", test_import_nps);

  return g_test_run ();
}
