/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "engage-channel.h"
#include "engage-kpi.h"
#include "engage-measurement.h"
#include "engage-metrics.h"
#include "engage-nps-response.h"
#include "engage-nps-survey.h"
#include "engage-pillar.h"
#include "engage-post.h"
#include "engage-post-metric.h"
#include "engage-sample.h"
#include "engage-test-util.h"

/* Expected values are worked out by hand in the comments; the tolerance only
 * absorbs the rounding of the last digits. */
#define EPSILON 1e-9

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

  /* New projects live in Berlin; the week tests rely on it. */
  g_assert_cmpstr (engage_project_get_time_zone (fixture->project), ==, "Europe/Berlin");
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  engage_test_project_clear (&fixture->project, &fixture->dir);
}

/* Builders */

static GDateTime *
parse_time (const char *iso)
{
  GDateTime *time = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (time);
  return time;
}

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
add_pillar (EngageProject *project,
            const char    *name,
            double         target_share,
            int            position)
{
  g_autoptr(EngagePillar) pillar = engage_pillar_new (name);
  g_autoptr(GError) error = NULL;

  engage_pillar_set_target_share (pillar, target_share);
  engage_pillar_set_color (pillar, "#112233");
  engage_pillar_set_position (pillar, position);
  g_assert_true (engage_project_add_pillar (project, pillar, &error));
  g_assert_no_error (error);
  return engage_pillar_get_id (pillar);
}

/* @scheduled and @published are ISO 8601 times or NULL. */
static gint64
add_post (EngageProject    *project,
          gint64            channel_id,
          gint64            pillar_id,
          EngagePostStatus  status,
          const char       *scheduled,
          const char       *published)
{
  g_autoptr(EngagePost) post = engage_post_new (channel_id, "Post");
  g_autoptr(GError) error = NULL;

  engage_post_set_status (post, status);
  engage_post_set_pillar_id (post, pillar_id);
  if (scheduled != NULL)
    {
      g_autoptr(GDateTime) time = parse_time (scheduled);
      engage_post_set_scheduled_at (post, time);
    }
  if (published != NULL)
    {
      g_autoptr(GDateTime) time = parse_time (published);
      engage_post_set_published_at (post, time);
    }

  g_assert_true (engage_project_add_post (project, post, &error));
  g_assert_no_error (error);
  return engage_post_get_id (post);
}

static gint64
add_published_post (EngageProject *project,
                    gint64         channel_id,
                    const char    *published)
{
  return add_post (project, channel_id, 0, ENGAGE_POST_STATUS_PUBLISHED, published, published);
}

/* Counts of -1 are unknown. */
static void
add_metric (EngageProject *project,
            gint64         post_id,
            const char    *date,
            gint64         reach,
            gint64         impressions,
            gint64         views,
            gint64         reactions,
            gint64         comments,
            gint64         shares,
            gint64         saves,
            gint64         clicks)
{
  g_autoptr(EngagePostMetric) metric = engage_post_metric_new (post_id, date);
  g_autoptr(GError) error = NULL;

  engage_post_metric_set_reach (metric, reach);
  engage_post_metric_set_impressions (metric, impressions);
  engage_post_metric_set_views (metric, views);
  engage_post_metric_set_reactions (metric, reactions);
  engage_post_metric_set_comments (metric, comments);
  engage_post_metric_set_shares (metric, shares);
  engage_post_metric_set_saves (metric, saves);
  engage_post_metric_set_clicks (metric, clicks);
  g_assert_true (engage_project_add_post_metric (project, metric, &error));
  g_assert_no_error (error);
}

static gint64
add_kpi (EngageProject      *project,
         EngageKpiMetric     metric,
         EngageKpiCriterion  criterion,
         double              baseline,
         double              target,
         const char         *start_date,
         const char         *due_date,
         gint64              channel_id)
{
  g_autoptr(EngageKpi) kpi = engage_kpi_new ("KPI", metric);
  g_autoptr(GError) error = NULL;

  engage_kpi_set_criterion (kpi, criterion);
  engage_kpi_set_baseline_value (kpi, baseline);
  engage_kpi_set_baseline_date (kpi, start_date);
  engage_kpi_set_target_value (kpi, target);
  engage_kpi_set_start_date (kpi, start_date);
  engage_kpi_set_due_date (kpi, due_date);
  engage_kpi_set_channel_id (kpi, channel_id);
  g_assert_true (engage_project_add_kpi (project, kpi, &error));
  g_assert_no_error (error);
  return engage_kpi_get_id (kpi);
}

static void
add_measurement (EngageProject *project,
                 gint64         kpi_id,
                 const char    *date,
                 double         value)
{
  g_autoptr(EngageMeasurement) measurement = engage_measurement_new (kpi_id, date, value);
  g_autoptr(GError) error = NULL;

  g_assert_true (engage_project_add_measurement (project, measurement, &error));
  g_assert_no_error (error);
}

static gint64
add_survey (EngageProject *project)
{
  g_autoptr(EngageNpsSurvey) survey = engage_nps_survey_new ("Survey");
  g_autoptr(GError) error = NULL;

  g_assert_true (engage_project_add_nps_survey (project, survey, &error));
  g_assert_no_error (error);
  return engage_nps_survey_get_id (survey);
}

static void
add_response (EngageProject *project,
              gint64         survey_id,
              const char    *date,
              int            score)
{
  g_autoptr(EngageNpsResponse) response = engage_nps_response_new (survey_id, date, score);
  g_autoptr(GError) error = NULL;

  g_assert_true (engage_project_add_nps_response (project, response, &error));
  g_assert_no_error (error);
}

/* NPS */

static void
test_nps_small_set (void)
{
  static const int scores[] = { 9, 10, 9, 10, 10, 7, 8, 7, 0, 6 };
  EngageNpsSummary summary;

  engage_nps_summary_init (&summary);
  for (guint i = 0; i < G_N_ELEMENTS (scores); i++)
    engage_nps_summary_add (&summary, scores[i]);
  engage_nps_summary_finish (&summary);

  g_assert_cmpuint (summary.n, ==, 10);
  g_assert_cmpuint (summary.promoters, ==, 5);
  g_assert_cmpuint (summary.passives, ==, 3);
  g_assert_cmpuint (summary.detractors, ==, 2);
  g_assert_cmpuint (summary.counts[10], ==, 3);
  g_assert_cmpuint (summary.counts[7], ==, 2);
  g_assert_cmpuint (summary.counts[0], ==, 1);
  g_assert_cmpuint (summary.counts[5], ==, 0);

  /* 100·(5 − 2)/10 = 30 */
  g_assert_cmpfloat_with_epsilon (summary.nps, 30.0, EPSILON);

  /* n = 10 < 100, adjusted Wald: n' = 13, p' = 5.75/13 = 23/52, d' = 2.75/13 = 11/52;
   * p' + d' = 34/52 = 17/26, (p' − d')² = (12/52)² = 9/169;
   * 17/26 − 9/169 = 203/338 = 0.600591716; / 13 = 0.046199363; sqrt = 0.214940370;
   * × 196 = 42.128312571 */
  g_assert_true (summary.adjusted_wald);
  g_assert_cmpfloat_with_epsilon (summary.margin, 42.128312571, 1e-8);
}

static void
test_nps_wald (void)
{
  EngageNpsSummary summary;

  /* 60 promoters, 36 passives, 24 detractors: n = 120 */
  engage_nps_summary_init (&summary);
  for (guint i = 0; i < 60; i++)
    engage_nps_summary_add (&summary, i % 2 ? 9 : 10);
  for (guint i = 0; i < 36; i++)
    engage_nps_summary_add (&summary, 8);
  for (guint i = 0; i < 24; i++)
    engage_nps_summary_add (&summary, (int) (i % 7));
  engage_nps_summary_finish (&summary);

  g_assert_cmpuint (summary.n, ==, 120);
  /* p = 0.5, d = 0.2: NPS = 100·(0.5 − 0.2) = 30 */
  g_assert_cmpfloat_with_epsilon (summary.nps, 30.0, EPSILON);

  /* Plain Wald: p + d − (p − d)² = 0.7 − 0.09 = 0.61; / 120 = 0.005083333;
   * sqrt = 0.071297499; × 196 = 13.974309762 */
  g_assert_false (summary.adjusted_wald);
  g_assert_cmpfloat_with_epsilon (summary.margin, 13.974309762, 1e-8);
}

static void
test_nps_empty (void)
{
  EngageNpsSummary summary;

  engage_nps_summary_init (&summary);
  engage_nps_summary_add (&summary, -1);
  engage_nps_summary_finish (&summary);

  g_assert_cmpuint (summary.n, ==, 0);
  g_assert_cmpfloat (summary.nps, ==, 0.0);
  g_assert_true (isnan (summary.margin));
}

static void
test_nps_all_promoters (void)
{
  EngageNpsSummary summary;

  engage_nps_summary_init (&summary);
  for (guint i = 0; i < 20; i++)
    engage_nps_summary_add (&summary, 10);
  engage_nps_summary_finish (&summary);

  /* 100·(20 − 0)/20 = 100 */
  g_assert_cmpfloat_with_epsilon (summary.nps, 100.0, EPSILON);

  /* The plain Wald interval would be 0 wide. Adjusted: n' = 23, p' = 20.75/23 =
   * 0.902173913, d' = 0.75/23 = 0.032608696; p' + d' = 0.934782609,
   * (p' − d')² = (20/23)² = 0.756143667; difference 0.178638941; / 23 =
   * 0.007766910; sqrt = 0.088130077; × 196 = 17.273495118 */
  g_assert_true (summary.adjusted_wald);
  g_assert_cmpfloat_with_epsilon (summary.margin, 17.273495118, 1e-8);
}

static void
add_period_responses (EngageProject *project,
                      gint64         survey_id)
{
  add_response (project, survey_id, "2026-01-30", 10);
  add_response (project, survey_id, "2026-01-31", 0);
  add_response (project, survey_id, "2026-02-01", 9);
  add_response (project, survey_id, "2026-02-01", 8);
  add_response (project, survey_id, "2026-02-28", -1);
  add_response (project, survey_id, "2026-03-31", 3);
  add_response (project, survey_id, "2026-04-01", 10);
  add_response (project, survey_id, "2026-06-15", -1);
}

static void
test_nps_project_ignores_missing_scores (Fixture       *fixture,
                                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 survey_id = add_survey (fixture->project);
  gint64 other_id = add_survey (fixture->project);
  EngageNpsSummary summary;

  add_period_responses (fixture->project, survey_id);
  add_response (fixture->project, other_id, "2026-02-01", 0);

  g_assert_true (engage_project_summarize_nps (fixture->project, survey_id, NULL, NULL,
                                               &summary, &error));
  g_assert_no_error (error);

  /* 8 responses, 2 without a score: n = 6 with P = 3 (10, 9, 10), passives 1 (8),
   * D = 2 (0, 3): NPS = 100·(3 − 2)/6 = 16.666666667 */
  g_assert_cmpuint (summary.n, ==, 6);
  g_assert_cmpuint (summary.promoters, ==, 3);
  g_assert_cmpuint (summary.passives, ==, 1);
  g_assert_cmpuint (summary.detractors, ==, 2);
  g_assert_cmpfloat_with_epsilon (summary.nps, 100.0 / 6.0, EPSILON);

  /* n' = 9, p' = 3.75/9 = 0.416666667, d' = 2.75/9 = 0.305555556;
   * p' + d' = 0.722222222, (p' − d')² = (1/9)² = 0.012345679; difference
   * 0.709876543; / 9 = 0.078875171; sqrt = 0.280847240; × 196 = 55.046058779 */
  g_assert_true (summary.adjusted_wald);
  g_assert_cmpfloat_with_epsilon (summary.margin, 55.046058779, 1e-8);

  /* Both ends are included: 2026-01-31 (0) and the two of 2026-02-01 (9, 8):
   * NPS = 100·(1 − 1)/3 = 0 */
  g_assert_true (engage_project_summarize_nps (fixture->project, survey_id,
                                               "2026-01-31", "2026-02-01", &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.n, ==, 3);
  g_assert_cmpfloat_with_epsilon (summary.nps, 0.0, EPSILON);

  /* A range without scored responses */
  g_assert_true (engage_project_summarize_nps (fixture->project, survey_id,
                                               "2026-06-01", NULL, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.n, ==, 0);
  g_assert_true (isnan (summary.margin));
}

static void
test_nps_by_period (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) months = NULL;
  g_autoptr(GArray) quarters = NULL;
  g_autoptr(GArray) part = NULL;
  gint64 survey_id = add_survey (fixture->project);
  EngageNpsPeriod *p;

  add_period_responses (fixture->project, survey_id);

  months = engage_project_nps_by_period (fixture->project, survey_id, ENGAGE_PERIOD_MONTH,
                                         NULL, NULL, &error);
  g_assert_no_error (error);
  /* June has only a response without a score: no entry. */
  g_assert_cmpuint (months->len, ==, 4);

  /* January: 10 and 0: 100·(1 − 1)/2 = 0 */
  p = &g_array_index (months, EngageNpsPeriod, 0);
  g_assert_cmpstr (p->start, ==, "2026-01-01");
  g_assert_cmpuint (p->summary.n, ==, 2);
  g_assert_cmpfloat_with_epsilon (p->summary.nps, 0.0, EPSILON);

  /* February, across the month boundary from January 31: 9 and 8 (the blank of
   * the 28th is ignored): 100·(1 − 0)/2 = 50 */
  p = &g_array_index (months, EngageNpsPeriod, 1);
  g_assert_cmpstr (p->start, ==, "2026-02-01");
  g_assert_cmpuint (p->summary.n, ==, 2);
  g_assert_cmpuint (p->summary.passives, ==, 1);
  g_assert_cmpfloat_with_epsilon (p->summary.nps, 50.0, EPSILON);
  g_assert_true (p->summary.adjusted_wald);

  /* March: 3 alone: −100; April: 10 alone: 100 */
  p = &g_array_index (months, EngageNpsPeriod, 2);
  g_assert_cmpstr (p->start, ==, "2026-03-01");
  g_assert_cmpfloat_with_epsilon (p->summary.nps, -100.0, EPSILON);
  p = &g_array_index (months, EngageNpsPeriod, 3);
  g_assert_cmpstr (p->start, ==, "2026-04-01");
  g_assert_cmpfloat_with_epsilon (p->summary.nps, 100.0, EPSILON);

  quarters = engage_project_nps_by_period (fixture->project, survey_id, ENGAGE_PERIOD_QUARTER,
                                           NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (quarters->len, ==, 2);

  /* Q1 up to March 31: 10, 0, 9, 8, 3: P = 2, D = 2, n = 5: NPS 0 */
  p = &g_array_index (quarters, EngageNpsPeriod, 0);
  g_assert_cmpstr (p->start, ==, "2026-01-01");
  g_assert_cmpuint (p->summary.n, ==, 5);
  g_assert_cmpuint (p->summary.promoters, ==, 2);
  g_assert_cmpuint (p->summary.detractors, ==, 2);
  g_assert_cmpfloat_with_epsilon (p->summary.nps, 0.0, EPSILON);

  /* Q2 from April 1: 10 alone */
  p = &g_array_index (quarters, EngageNpsPeriod, 1);
  g_assert_cmpstr (p->start, ==, "2026-04-01");
  g_assert_cmpuint (p->summary.n, ==, 1);
  g_assert_cmpfloat_with_epsilon (p->summary.nps, 100.0, EPSILON);

  /* A range inside months: the periods keep their first days as names. */
  part = engage_project_nps_by_period (fixture->project, survey_id, ENGAGE_PERIOD_MONTH,
                                       "2026-01-31", "2026-02-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (part->len, ==, 2);
  p = &g_array_index (part, EngageNpsPeriod, 0);
  g_assert_cmpstr (p->start, ==, "2026-01-01");
  g_assert_cmpuint (p->summary.n, ==, 1);
  g_assert_cmpfloat_with_epsilon (p->summary.nps, -100.0, EPSILON);
  p = &g_array_index (part, EngageNpsPeriod, 1);
  g_assert_cmpstr (p->start, ==, "2026-02-01");
  g_assert_cmpuint (p->summary.n, ==, 2);
}

/* Engagement */

static void
test_engagement_rate (void)
{
  /* 45 / 900 × 100 = 5 */
  g_assert_cmpfloat_with_epsilon (engage_engagement_rate (45, 900), 5.0, EPSILON);
  g_assert_true (isnan (engage_engagement_rate (45, 0)));
  g_assert_true (isnan (engage_engagement_rate (0, 0)));
}

static EngageEngagement *
engagement_at (GArray *entries,
               guint   index)
{
  g_assert_cmpuint (index, <, entries->len);
  return &g_array_index (entries, EngageEngagement, index);
}

/* Posts on one Instagram channel in March 2026, when Berlin is UTC+1. */
static gint64
add_week_posts (EngageProject *project)
{
  gint64 channel_id = add_channel (project, ENGAGE_CHANNEL_KIND_INSTAGRAM, "Instagram");
  gint64 post_id;

  /* A: Tuesday 3 March. Its earlier row is replaced by the lifetime row of the
   * 10th: reach 1000, interactions 70 + 20 + 5 + 5 = 100 (10 %); the 50 clicks
   * are not interactions. */
  post_id = add_published_post (project, channel_id, "2026-03-03T09:00:00Z");
  add_metric (project, post_id, "2026-03-04", 500, -1, -1, 40, 0, 0, 0, 10);
  add_metric (project, post_id, "2026-03-10", 1000, -1, -1, 70, 20, 5, 5, 50);

  /* B: Thursday 5 March: reach 100, interactions 20 + 10 = 30 (30 %), unknown
   * shares and saves count as 0. */
  post_id = add_published_post (project, channel_id, "2026-03-05T12:00:00Z");
  add_metric (project, post_id, "2026-03-12", 100, -1, -1, 20, 10, -1, -1, -1);

  /* C: published without a publication time, scheduled Sunday 8 March 23:30 UTC,
   * which is Monday 9 March 00:30 in Berlin: the next week. Reach 200,
   * interactions 10 (5 %). */
  post_id = add_post (project, channel_id, 0, ENGAGE_POST_STATUS_PUBLISHED,
                      "2026-03-08T23:30:00Z", NULL);
  add_metric (project, post_id, "2026-03-15", 200, -1, -1, 10, -1, -1, -1, -1);

  /* D: scheduled Friday 6 March but published Tuesday 10 March: it counts in the
   * week of the 9th. Reach 300, interactions 30 (10 %). */
  post_id = add_post (project, channel_id, 0, ENGAGE_POST_STATUS_PUBLISHED,
                      "2026-03-06T10:00:00Z", "2026-03-10T08:00:00Z");
  add_metric (project, post_id, "2026-03-17", 300, -1, -1, 30, -1, -1, -1, -1);

  /* E: not published, though it has metrics: left out. */
  post_id = add_post (project, channel_id, 0, ENGAGE_POST_STATUS_SCHEDULED,
                      "2026-03-04T10:00:00Z", NULL);
  add_metric (project, post_id, "2026-03-11", 5000, -1, -1, 5000, -1, -1, -1, -1);

  /* F: published without metrics: no entry for the week of the 16th. */
  add_published_post (project, channel_id, "2026-03-18T10:00:00Z");

  /* G: published with metrics but no reach: an entry for the week of the 23rd
   * without a rate on the reach basis. */
  post_id = add_published_post (project, channel_id, "2026-03-25T10:00:00Z");
  add_metric (project, post_id, "2026-03-30", -1, 400, -1, 4, -1, -1, -1, -1);

  return channel_id;
}

static void
test_engagement_by_week (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GArray) range = NULL;
  g_autoptr(GDateTime) from = parse_time ("2026-03-09T00:00:00+01:00");
  g_autoptr(GDateTime) to = parse_time ("2026-03-16T00:00:00+01:00");
  EngageEngagement *e;

  add_week_posts (fixture->project);

  weeks = engage_project_engagement_by_period (fixture->project, 0, ENGAGE_ENGAGEMENT_BASIS_REACH,
                                               ENGAGE_PERIOD_WEEK, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (weeks->len, ==, 3);

  /* Week of Monday 2 March: A and B. Ratio of sums: (100 + 30)/(1000 + 100) × 100
   * = 130/1100 × 100 = 11.818181818 %, not the mean of the rates (10 + 30)/2 = 20 %. */
  e = engagement_at (weeks, 0);
  g_assert_cmpstr (e->start, ==, "2026-03-02");
  g_assert_cmpint (e->channel_id, ==, 0);
  g_assert_cmpuint (e->n_posts, ==, 2);
  g_assert_cmpfloat_with_epsilon (e->interactions, 130.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (e->basis, 1100.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (e->rate, 11.818181818, 1e-8);
  g_assert_cmpfloat (fabs (e->rate - 20.0), >, 1.0);

  /* Week of Monday 9 March: C and D: (10 + 30)/(200 + 300) × 100 = 8 % */
  e = engagement_at (weeks, 1);
  g_assert_cmpstr (e->start, ==, "2026-03-09");
  g_assert_cmpuint (e->n_posts, ==, 2);
  g_assert_cmpfloat_with_epsilon (e->interactions, 40.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (e->basis, 500.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (e->rate, 8.0, EPSILON);

  /* Week of Monday 23 March: G has no reach. */
  e = engagement_at (weeks, 2);
  g_assert_cmpstr (e->start, ==, "2026-03-23");
  g_assert_cmpuint (e->n_posts, ==, 0);
  g_assert_cmpfloat (e->basis, ==, 0.0);
  g_assert_true (isnan (e->rate));

  /* The range is on the publication time in Berlin: C (00:30 on the 9th) and D
   * (scheduled before the range, published in it) are in, A and B are not. */
  range = engage_project_engagement_by_period (fixture->project, 0, ENGAGE_ENGAGEMENT_BASIS_REACH,
                                               ENGAGE_PERIOD_WEEK, from, to, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (range->len, ==, 1);
  e = engagement_at (range, 0);
  g_assert_cmpstr (e->start, ==, "2026-03-09");
  g_assert_cmpuint (e->n_posts, ==, 2);
  g_assert_cmpfloat_with_epsilon (e->rate, 8.0, EPSILON);
}

static void
test_engagement_by_month_and_day (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) months = NULL;
  g_autoptr(GArray) days = NULL;
  EngageEngagement *e;

  add_week_posts (fixture->project);

  /* All of March: A, B, C, D: (100 + 30 + 10 + 30)/(1000 + 100 + 200 + 300) × 100
   * = 170/1600 × 100 = 10.625 %; G is in March too but has no reach. */
  months = engage_project_engagement_by_period (fixture->project, 0, ENGAGE_ENGAGEMENT_BASIS_REACH,
                                                ENGAGE_PERIOD_MONTH, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (months->len, ==, 1);
  e = engagement_at (months, 0);
  g_assert_cmpstr (e->start, ==, "2026-03-01");
  g_assert_cmpuint (e->n_posts, ==, 4);
  g_assert_cmpfloat_with_epsilon (e->rate, 10.625, EPSILON);

  /* By day, C is on Monday 9 March in Berlin, not on Sunday the 8th. */
  days = engage_project_engagement_by_period (fixture->project, 0, ENGAGE_ENGAGEMENT_BASIS_REACH,
                                              ENGAGE_PERIOD_DAY, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 5);
  g_assert_cmpstr (engagement_at (days, 0)->start, ==, "2026-03-03");
  g_assert_cmpstr (engagement_at (days, 1)->start, ==, "2026-03-05");
  g_assert_cmpstr (engagement_at (days, 2)->start, ==, "2026-03-09");
  g_assert_cmpfloat_with_epsilon (engagement_at (days, 2)->rate, 5.0, EPSILON);
  g_assert_cmpstr (engagement_at (days, 3)->start, ==, "2026-03-10");
  g_assert_cmpstr (engagement_at (days, 4)->start, ==, "2026-03-25");
}

static void
test_engagement_basis (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) reach = NULL;
  g_autoptr(GArray) impressions = NULL;
  g_autoptr(GArray) followers = NULL;
  g_autoptr(GArray) channels = NULL;
  gint64 facebook = add_channel (fixture->project, ENGAGE_CHANNEL_KIND_FACEBOOK, "Facebook");
  gint64 xing = add_channel (fixture->project, ENGAGE_CHANNEL_KIND_XING, "XING");
  gint64 kpi_id, post_id;
  EngageEngagement *e;

  /* P1: reach 1000, impressions 2000, views 3000; interactions 50 */
  post_id = add_published_post (fixture->project, facebook, "2026-05-04T10:00:00Z");
  add_metric (fixture->project, post_id, "2026-05-11", 1000, 2000, 3000, 50, -1, -1, -1, 7);
  /* P2: reach 500, impressions unknown, views 1500; interactions 25 */
  post_id = add_published_post (fixture->project, facebook, "2026-05-12T10:00:00Z");
  add_metric (fixture->project, post_id, "2026-05-19", 500, -1, 1500, -1, 25, -1, -1, -1);
  /* P3: reach unknown, impressions 800; interactions 10 + 15 = 25 */
  post_id = add_published_post (fixture->project, facebook, "2026-05-20T10:00:00Z");
  add_metric (fixture->project, post_id, "2026-05-27", -1, 800, -1, -1, -1, 10, 15, -1);
  /* On XING, which has no follower count: reach 100, interactions 1000 */
  post_id = add_published_post (fixture->project, xing, "2026-05-21T10:00:00Z");
  add_metric (fixture->project, post_id, "2026-05-28", 100, 100, -1, 1000, -1, -1, -1, -1);

  /* Facebook's followers: the latest measurement, 5000, counts; a followers KPI
   * without a channel does not. */
  kpi_id = add_kpi (fixture->project, ENGAGE_KPI_METRIC_FOLLOWERS, ENGAGE_KPI_CRITERION_AT_LEAST,
                    4000, 6000, "2026-04-01", "2026-12-31", facebook);
  add_measurement (fixture->project, kpi_id, "2026-05-01", 5000);
  add_measurement (fixture->project, kpi_id, "2026-04-01", 4000);
  kpi_id = add_kpi (fixture->project, ENGAGE_KPI_METRIC_FOLLOWERS, ENGAGE_KPI_CRITERION_AT_LEAST,
                    100, 200, "2026-04-01", "2026-12-31", 0);
  add_measurement (fixture->project, kpi_id, "2026-05-01", 150);

  g_assert_cmpint (engage_project_get_engagement_basis (fixture->project), ==,
                   ENGAGE_ENGAGEMENT_BASIS_REACH);

  /* Reach (Facebook only): P1 and P2: (50 + 25)/(1000 + 500) × 100 = 5 % */
  reach = engage_project_engagement_by_period (fixture->project, facebook,
                                               ENGAGE_ENGAGEMENT_BASIS_REACH,
                                               ENGAGE_PERIOD_MONTH, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reach->len, ==, 1);
  e = engagement_at (reach, 0);
  g_assert_cmpint (e->channel_id, ==, facebook);
  g_assert_cmpuint (e->n_posts, ==, 2);
  g_assert_cmpfloat_with_epsilon (e->basis, 1500.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (e->rate, 5.0, EPSILON);

  /* Impressions, views for P2: (50 + 25 + 25)/(2000 + 1500 + 800) × 100
   * = 100/4300 × 100 = 2.325581395 % */
  impressions = engage_project_engagement_by_period (fixture->project, facebook,
                                                     ENGAGE_ENGAGEMENT_BASIS_IMPRESSIONS,
                                                     ENGAGE_PERIOD_MONTH, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (impressions->len, ==, 1);
  e = engagement_at (impressions, 0);
  g_assert_cmpuint (e->n_posts, ==, 3);
  g_assert_cmpfloat_with_epsilon (e->basis, 4300.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (e->rate, 2.325581395, 1e-8);

  /* Followers for all channels: the XING post has no follower count and stays out;
   * the three Facebook posts: 100/(3 × 5000) × 100 = 0.666666667 % */
  followers = engage_project_engagement_by_period (fixture->project, 0,
                                                   ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS,
                                                   ENGAGE_PERIOD_MONTH, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (followers->len, ==, 1);
  e = engagement_at (followers, 0);
  g_assert_cmpuint (e->n_posts, ==, 3);
  g_assert_cmpfloat_with_epsilon (e->interactions, 100.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (e->basis, 15000.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (e->rate, 100.0 / 150.0, EPSILON);

  /* Per channel: Facebook as above, XING without a rate. */
  channels = engage_project_engagement_by_channel (fixture->project,
                                                   ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS,
                                                   NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (channels->len, ==, 2);
  e = engagement_at (channels, 0);
  g_assert_cmpint (e->channel_id, ==, facebook);
  g_assert_cmpstr (e->start, ==, "");
  g_assert_cmpuint (e->n_posts, ==, 3);
  g_assert_cmpfloat_with_epsilon (e->rate, 100.0 / 150.0, EPSILON);
  e = engagement_at (channels, 1);
  g_assert_cmpint (e->channel_id, ==, xing);
  g_assert_cmpuint (e->n_posts, ==, 0);
  g_assert_true (isnan (e->rate));
}

static void
test_engagement_channels (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) linkedin_only = NULL;
  g_autoptr(GArray) channels = NULL;
  g_autoptr(GArray) june = NULL;
  g_autoptr(GDateTime) from = parse_time ("2026-06-01T00:00:00+02:00");
  g_autoptr(GDateTime) to = parse_time ("2026-07-01T00:00:00+02:00");
  gint64 linkedin = add_channel (fixture->project, ENGAGE_CHANNEL_KIND_LINKEDIN, "LinkedIn");
  gint64 x = add_channel (fixture->project, ENGAGE_CHANNEL_KIND_X, "X");
  gint64 idle = add_channel (fixture->project, ENGAGE_CHANNEL_KIND_MASTODON, "Mastodon");
  gint64 post_id;
  EngageEngagement *e;

  /* LinkedIn: 20/400 and 60/400: 80/800 × 100 = 10 % */
  post_id = add_published_post (fixture->project, linkedin, "2026-06-02T08:00:00Z");
  add_metric (fixture->project, post_id, "2026-06-09", 400, -1, -1, 20, -1, -1, -1, -1);
  post_id = add_published_post (fixture->project, linkedin, "2026-06-09T08:00:00Z");
  add_metric (fixture->project, post_id, "2026-06-16", 400, -1, -1, 60, -1, -1, -1, -1);
  /* X: 10/100 = 10 %… and 45/100 in July, outside the June range */
  post_id = add_published_post (fixture->project, x, "2026-06-03T08:00:00Z");
  add_metric (fixture->project, post_id, "2026-06-10", 100, -1, -1, 10, -1, -1, -1, -1);
  post_id = add_published_post (fixture->project, x, "2026-07-03T08:00:00Z");
  add_metric (fixture->project, post_id, "2026-07-10", 100, -1, -1, 45, -1, -1, -1, -1);

  /* June for all channels: (80 + 10)/(800 + 100) × 100 = 10 %; July: 45 % */
  all = engage_project_engagement_by_period (fixture->project, 0, ENGAGE_ENGAGEMENT_BASIS_REACH,
                                             ENGAGE_PERIOD_MONTH, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 2);
  g_assert_cmpuint (engagement_at (all, 0)->n_posts, ==, 3);
  g_assert_cmpfloat_with_epsilon (engagement_at (all, 0)->rate, 10.0, EPSILON);
  g_assert_cmpstr (engagement_at (all, 1)->start, ==, "2026-07-01");
  g_assert_cmpfloat_with_epsilon (engagement_at (all, 1)->rate, 45.0, EPSILON);

  /* LinkedIn alone: June only */
  linkedin_only = engage_project_engagement_by_period (fixture->project, linkedin,
                                                       ENGAGE_ENGAGEMENT_BASIS_REACH,
                                                       ENGAGE_PERIOD_MONTH, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (linkedin_only->len, ==, 1);
  e = engagement_at (linkedin_only, 0);
  g_assert_cmpint (e->channel_id, ==, linkedin);
  g_assert_cmpuint (e->n_posts, ==, 2);
  g_assert_cmpfloat_with_epsilon (e->interactions, 80.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (e->rate, 10.0, EPSILON);

  /* A channel without posts has no entry. */
  channels = engage_project_engagement_by_channel (fixture->project, ENGAGE_ENGAGEMENT_BASIS_REACH,
                                                   NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (channels->len, ==, 2);
  g_assert_cmpint (engagement_at (channels, 0)->channel_id, ==, linkedin);
  g_assert_cmpint (engagement_at (channels, 1)->channel_id, ==, x);
  g_assert_cmpint (engagement_at (channels, 1)->channel_id, !=, idle);
  /* X over all time: (10 + 45)/(100 + 100) × 100 = 27.5 % */
  g_assert_cmpuint (engagement_at (channels, 1)->n_posts, ==, 2);
  g_assert_cmpfloat_with_epsilon (engagement_at (channels, 1)->rate, 27.5, EPSILON);

  /* June only (Berlin time): X's July post is out. */
  june = engage_project_engagement_by_channel (fixture->project, ENGAGE_ENGAGEMENT_BASIS_REACH,
                                               from, to, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (june->len, ==, 2);
  e = engagement_at (june, 1);
  g_assert_cmpint (e->channel_id, ==, x);
  g_assert_cmpuint (e->n_posts, ==, 1);
  g_assert_cmpfloat_with_epsilon (e->rate, 10.0, EPSILON);
}

/* Content mix */

static const EngageMixEntry *
mix_at (GArray *entries,
        guint   index)
{
  g_assert_cmpuint (index, <, entries->len);
  return &g_array_index (entries, EngageMixEntry, index);
}

static void
test_content_mix (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) from = parse_time ("2026-06-01T00:00:00+02:00");
  g_autoptr(GDateTime) to = parse_time ("2026-07-01T00:00:00+02:00");
  g_autoptr(GDateTime) july_end = parse_time ("2026-08-01T00:00:00+02:00");
  g_autoptr(GDateTime) empty_from = parse_time ("2027-01-01T00:00:00+01:00");
  g_autoptr(GDateTime) empty_to = parse_time ("2027-02-01T00:00:00+01:00");
  gint64 channel = add_channel (fixture->project, ENGAGE_CHANNEL_KIND_FACEBOOK, "Facebook");
  gint64 c = add_pillar (fixture->project, "C", 0.2, 2);
  gint64 a = add_pillar (fixture->project, "A", 0.5, 0);
  gint64 b = add_pillar (fixture->project, "B", 0.3, 1);
  GArray *mix;

  /* In June (Berlin): A twice, B once, one without a pillar. */
  add_post (fixture->project, channel, a, ENGAGE_POST_STATUS_DRAFT, "2026-06-02T10:00:00Z", NULL);
  add_post (fixture->project, channel, a, ENGAGE_POST_STATUS_PUBLISHED,
            "2026-06-10T10:00:00Z", "2026-06-10T10:00:00Z");
  add_post (fixture->project, channel, b, ENGAGE_POST_STATUS_IDEA, "2026-06-15T10:00:00Z", NULL);
  add_post (fixture->project, channel, 0, ENGAGE_POST_STATUS_SCHEDULED,
            "2026-06-20T10:00:00Z", NULL);
  /* Not counted: archived; 1 July 00:00 in Berlin (the end is excluded); an idea
   * without a date; 31 May 23:59 in Berlin. */
  add_post (fixture->project, channel, a, ENGAGE_POST_STATUS_ARCHIVED,
            "2026-06-05T10:00:00Z", NULL);
  add_post (fixture->project, channel, b, ENGAGE_POST_STATUS_SCHEDULED,
            "2026-06-30T22:00:00Z", NULL);
  add_post (fixture->project, channel, b, ENGAGE_POST_STATUS_IDEA, NULL, NULL);
  add_post (fixture->project, channel, 0, ENGAGE_POST_STATUS_DRAFT, "2026-05-31T21:59:00Z", NULL);

  mix = engage_project_content_mix (fixture->project, from, to, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mix->len, ==, 4);

  /* Pillars in their order, then the posts without one; 4 posts in all:
   * A 2/4 = 0.5 (target 0.5), B 1/4 = 0.25 (target 0.3), C 0/4 = 0 (target 0.2),
   * none 1/4 = 0.25 (no target). */
  g_assert_cmpint (mix_at (mix, 0)->pillar_id, ==, a);
  g_assert_cmpstr (mix_at (mix, 0)->name, ==, "A");
  g_assert_cmpstr (mix_at (mix, 0)->color, ==, "#112233");
  g_assert_cmpuint (mix_at (mix, 0)->n_posts, ==, 2);
  g_assert_cmpfloat_with_epsilon (mix_at (mix, 0)->share, 0.5, EPSILON);
  g_assert_cmpfloat_with_epsilon (mix_at (mix, 0)->target_share, 0.5, EPSILON);

  g_assert_cmpint (mix_at (mix, 1)->pillar_id, ==, b);
  g_assert_cmpuint (mix_at (mix, 1)->n_posts, ==, 1);
  g_assert_cmpfloat_with_epsilon (mix_at (mix, 1)->share, 0.25, EPSILON);
  g_assert_cmpfloat_with_epsilon (mix_at (mix, 1)->target_share, 0.3, EPSILON);

  g_assert_cmpint (mix_at (mix, 2)->pillar_id, ==, c);
  g_assert_cmpuint (mix_at (mix, 2)->n_posts, ==, 0);
  g_assert_cmpfloat (mix_at (mix, 2)->share, ==, 0.0);
  g_assert_cmpfloat_with_epsilon (mix_at (mix, 2)->target_share, 0.2, EPSILON);

  g_assert_cmpint (mix_at (mix, 3)->pillar_id, ==, 0);
  g_assert_cmpstr (mix_at (mix, 3)->name, ==, "No pillar");
  g_assert_nonnull (mix_at (mix, 3)->color);
  g_assert_cmpuint (mix_at (mix, 3)->n_posts, ==, 1);
  g_assert_cmpfloat_with_epsilon (mix_at (mix, 3)->share, 0.25, EPSILON);
  g_assert_cmpfloat (mix_at (mix, 3)->target_share, ==, 0.0);
  engage_mix_entries_free (mix);

  /* July: only B's post of 1 July, and no entry without a pillar. */
  mix = engage_project_content_mix (fixture->project, to, july_end, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mix->len, ==, 3);
  g_assert_cmpfloat_with_epsilon (mix_at (mix, 1)->share, 1.0, EPSILON);
  engage_mix_entries_free (mix);

  /* An empty range: every pillar, every share 0. */
  mix = engage_project_content_mix (fixture->project, empty_from, empty_to, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mix->len, ==, 3);
  for (guint i = 0; i < mix->len; i++)
    g_assert_cmpfloat (mix_at (mix, i)->share, ==, 0.0);
  engage_mix_entries_free (mix);

  /* All time: the 6 posts with a date that are not archived; g_array_unref()
   * frees the strings as well. */
  mix = engage_project_content_mix (fixture->project, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mix->len, ==, 4);
  g_assert_cmpuint (mix_at (mix, 1)->n_posts, ==, 2);
  g_assert_cmpuint (mix_at (mix, 3)->n_posts, ==, 2);
  g_assert_cmpfloat_with_epsilon (mix_at (mix, 0)->share, 2.0 / 6.0, EPSILON);
  g_array_unref (mix);
}

/* KPI progress, pace and forecast */

static void
test_kpi_progress (void)
{
  /* Rising: (150 − 100)/(200 − 100) = 0.5 */
  g_assert_cmpfloat_with_epsilon (engage_kpi_progress (100, 200, 150), 0.5, EPSILON);
  /* Past the target and below the baseline are not clamped: 1.2 and −0.1 */
  g_assert_cmpfloat_with_epsilon (engage_kpi_progress (100, 200, 220), 1.2, EPSILON);
  g_assert_cmpfloat_with_epsilon (engage_kpi_progress (100, 200, 90), -0.1, EPSILON);

  /* Stay below, falling from 6.5 to 4 hours: (5.5 − 6.5)/(4 − 6.5) = −1/−2.5 = 0.4 */
  g_assert_cmpfloat_with_epsilon (engage_kpi_progress (6.5, 4.0, 5.5), 0.4, EPSILON);
  /* Worse than the baseline: (7 − 6.5)/(4 − 6.5) = 0.5/−2.5 = −0.2 */
  g_assert_cmpfloat_with_epsilon (engage_kpi_progress (6.5, 4.0, 7.0), -0.2, EPSILON);

  g_assert_true (isnan (engage_kpi_progress (5, 5, 6)));
}

static void
test_kpi_expected_value (void)
{
  /* 100 on 1 January to 200 on 31 January 2026: 30 days, 100/30 per day. */
  g_assert_cmpfloat (engage_kpi_expected_value (100, 200, "2026-01-01", "2026-01-31", "2025-12-15"),
                     ==, 100.0);
  g_assert_cmpfloat (engage_kpi_expected_value (100, 200, "2026-01-01", "2026-01-31", "2026-01-01"),
                     ==, 100.0);
  /* 16 January is day 15 of 30: 100 + 15/30 · 100 = 150 */
  g_assert_cmpfloat_with_epsilon (engage_kpi_expected_value (100, 200, "2026-01-01", "2026-01-31",
                                                             "2026-01-16"), 150.0, EPSILON);
  /* 7 January is day 6: 100 + 6/30 · 100 = 120 */
  g_assert_cmpfloat_with_epsilon (engage_kpi_expected_value (100, 200, "2026-01-01", "2026-01-31",
                                                             "2026-01-07"), 120.0, EPSILON);
  g_assert_cmpfloat (engage_kpi_expected_value (100, 200, "2026-01-01", "2026-01-31", "2026-01-31"),
                     ==, 200.0);
  g_assert_cmpfloat (engage_kpi_expected_value (100, 200, "2026-01-01", "2026-01-31", "2026-03-01"),
                     ==, 200.0);

  /* Falling: 6.5 to 4 hours, half-way on the 16th: 6.5 − 0.5 · 2.5 = 5.25 */
  g_assert_cmpfloat_with_epsilon (engage_kpi_expected_value (6.5, 4.0, "2026-01-01", "2026-01-31",
                                                             "2026-01-16"), 5.25, EPSILON);

  g_assert_true (isnan (engage_kpi_expected_value (100, 200, NULL, "2026-01-31", "2026-01-16")));
  g_assert_true (isnan (engage_kpi_expected_value (100, 200, "2026-01-01", "no date",
                                                   "2026-01-16")));
}

static void
test_least_squares (void)
{
  /* On y = 2x + 1: x̄ = 20015, ȳ = 40031; slope = Σdx·dy/Σdx² = 2 · 500/500 = 2,
   * intercept = 40031 − 2 · 20015 = 1, all exact in binary. */
  static const EngagePoint line[] = {
    { 20000, 40001 }, { 20010, 40021 }, { 20020, 40041 }, { 20030, 40061 },
  };
  static const EngagePoint same_day[] = { { 20000, 1 }, { 20000, 5 } };
  /* Scattered around y = x: (0, 1), (1, 0), (2, 3), (3, 2): x̄ = 1.5, ȳ = 1.5,
   * Σdx·dy = (−1.5)(−0.5) + (−0.5)(−1.5) + 0.5 · 1.5 + 1.5 · 0.5 = 3,
   * Σdx² = 5: slope 0.6, intercept 1.5 − 0.6 · 1.5 = 0.6 */
  static const EngagePoint scatter[] = { { 0, 1 }, { 1, 0 }, { 2, 3 }, { 3, 2 } };
  double slope, intercept;

  g_assert_true (engage_least_squares (line, G_N_ELEMENTS (line), &slope, &intercept));
  g_assert_cmpfloat (slope, ==, 2.0);
  g_assert_cmpfloat (intercept, ==, 1.0);

  g_assert_true (engage_least_squares (scatter, G_N_ELEMENTS (scatter), &slope, &intercept));
  g_assert_cmpfloat_with_epsilon (slope, 0.6, EPSILON);
  g_assert_cmpfloat_with_epsilon (intercept, 0.6, EPSILON);

  g_assert_false (engage_least_squares (line, 1, &slope, &intercept));
  g_assert_true (isnan (slope));
  g_assert_true (isnan (intercept));
  g_assert_false (engage_least_squares (same_day, G_N_ELEMENTS (same_day), &slope, NULL));
  g_assert_true (isnan (slope));
}

static EngageKpiStatus
assess_one (EngageProject       *project,
            EngageKpiCriterion   criterion,
            double               baseline,
            double               target,
            double               value,
            EngageKpiAssessment *assessment)
{
  g_autoptr(GError) error = NULL;
  gint64 kpi_id = add_kpi (project, ENGAGE_KPI_METRIC_CUSTOM, criterion, baseline, target,
                           "2026-01-01", "2026-01-31", 0);

  add_measurement (project, kpi_id, "2026-01-16", value);
  g_assert_true (engage_project_assess_kpi (project, kpi_id, "2026-01-20", assessment, &error));
  g_assert_no_error (error);

  return assessment->status;
}

static void
test_kpi_status (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  EngageProject *project = fixture->project;
  EngageKpiAssessment a;
  gint64 kpi_id;

  /* No measurement (the one after today does not count) */
  kpi_id = add_kpi (project, ENGAGE_KPI_METRIC_CUSTOM, ENGAGE_KPI_CRITERION_AT_LEAST,
                    100, 200, "2026-01-01", "2026-01-31", 0);
  add_measurement (project, kpi_id, "2026-01-25", 300);
  g_assert_true (engage_project_assess_kpi (project, kpi_id, "2026-01-20", &a, &error));
  g_assert_no_error (error);
  g_assert_cmpint (a.status, ==, ENGAGE_KPI_STATUS_NO_DATA);
  g_assert_true (isnan (a.current));
  g_assert_true (isnan (a.forecast));

  /* At least 200 from 100 over January; the value of the 16th is measured half-way
   * (expected_progress 15/30 = 0.5, expected 150). */

  /* 150: progress 0.5 ≥ 0.5 − 0.05: on track */
  g_assert_cmpint (assess_one (project, ENGAGE_KPI_CRITERION_AT_LEAST, 100, 200, 150, &a),
                   ==, ENGAGE_KPI_STATUS_ON_TRACK);
  g_assert_cmpfloat (a.current, ==, 150.0);
  g_assert_cmpstr (a.current_date, ==, "2026-01-16");
  g_assert_cmpfloat_with_epsilon (a.progress, 0.5, EPSILON);
  g_assert_cmpfloat_with_epsilon (a.expected_progress, 0.5, EPSILON);
  g_assert_cmpfloat_with_epsilon (a.expected, 150.0, EPSILON);
  g_assert_true (isnan (a.forecast));
  g_assert_true (isnan (a.slope_per_day));

  /* 146: progress 0.46 ≥ 0.45: still on track */
  g_assert_cmpint (assess_one (project, ENGAGE_KPI_CRITERION_AT_LEAST, 100, 200, 146, &a),
                   ==, ENGAGE_KPI_STATUS_ON_TRACK);
  /* 140: progress 0.4 < 0.45 but ≥ 0.5 − 0.2 = 0.3: behind */
  g_assert_cmpint (assess_one (project, ENGAGE_KPI_CRITERION_AT_LEAST, 100, 200, 140, &a),
                   ==, ENGAGE_KPI_STATUS_BEHIND);
  /* 120: progress 0.2 < 0.3: at risk */
  g_assert_cmpint (assess_one (project, ENGAGE_KPI_CRITERION_AT_LEAST, 100, 200, 120, &a),
                   ==, ENGAGE_KPI_STATUS_AT_RISK);
  /* 200: meets the target */
  g_assert_cmpint (assess_one (project, ENGAGE_KPI_CRITERION_AT_LEAST, 100, 200, 200, &a),
                   ==, ENGAGE_KPI_STATUS_ACHIEVED);

  /* Stay below 4 hours from 6.5: 5.25 is (5.25 − 6.5)/(4 − 6.5) = 0.5: on track */
  g_assert_cmpint (assess_one (project, ENGAGE_KPI_CRITERION_STAY_BELOW, 6.5, 4, 5.25, &a),
                   ==, ENGAGE_KPI_STATUS_ON_TRACK);
  g_assert_cmpfloat_with_epsilon (a.expected, 5.25, EPSILON);
  /* 5.5: progress 0.4: behind */
  g_assert_cmpint (assess_one (project, ENGAGE_KPI_CRITERION_STAY_BELOW, 6.5, 4, 5.5, &a),
                   ==, ENGAGE_KPI_STATUS_BEHIND);
  g_assert_cmpfloat_with_epsilon (a.progress, 0.4, EPSILON);
  /* 7: progress −0.2, worse than at the start: at risk */
  g_assert_cmpint (assess_one (project, ENGAGE_KPI_CRITERION_STAY_BELOW, 6.5, 4, 7, &a),
                   ==, ENGAGE_KPI_STATUS_AT_RISK);
  /* 3.9 ≤ 4: achieved */
  g_assert_cmpint (assess_one (project, ENGAGE_KPI_CRITERION_STAY_BELOW, 6.5, 4, 3.9, &a),
                   ==, ENGAGE_KPI_STATUS_ACHIEVED);

  /* A limit the baseline already keeps: stay below 8 hours from 6. 7 keeps it;
   * 9 breaks it, although its "progress" (9 − 6)/(8 − 6) = 1.5 is ahead of pace. */
  g_assert_cmpint (assess_one (project, ENGAGE_KPI_CRITERION_STAY_BELOW, 6, 8, 7, &a),
                   ==, ENGAGE_KPI_STATUS_ACHIEVED);
  g_assert_cmpint (assess_one (project, ENGAGE_KPI_CRITERION_STAY_BELOW, 6, 8, 9, &a),
                   ==, ENGAGE_KPI_STATUS_AT_RISK);
  /* Stay above 4.5 stars from 4.7 */
  g_assert_cmpint (assess_one (project, ENGAGE_KPI_CRITERION_STAY_ABOVE, 4.7, 4.5, 4.6, &a),
                   ==, ENGAGE_KPI_STATUS_ACHIEVED);
  g_assert_cmpint (assess_one (project, ENGAGE_KPI_CRITERION_STAY_ABOVE, 4.7, 4.5, 4.4, &a),
                   ==, ENGAGE_KPI_STATUS_AT_RISK);

  /* Without a due date there is no pace: on track while not worse than the
   * baseline, and no forecast. */
  kpi_id = add_kpi (project, ENGAGE_KPI_METRIC_CUSTOM, ENGAGE_KPI_CRITERION_AT_LEAST,
                    100, 200, "2026-01-01", NULL, 0);
  add_measurement (project, kpi_id, "2026-01-05", 110);
  add_measurement (project, kpi_id, "2026-01-10", 120);
  g_assert_true (engage_project_assess_kpi (project, kpi_id, "2026-01-20", &a, &error));
  g_assert_no_error (error);
  g_assert_cmpint (a.status, ==, ENGAGE_KPI_STATUS_ON_TRACK);
  g_assert_cmpfloat_with_epsilon (a.progress, 0.2, EPSILON);
  g_assert_true (isnan (a.expected));
  g_assert_true (isnan (a.expected_progress));
  /* (110 → 120 in 5 days) */
  g_assert_cmpfloat_with_epsilon (a.slope_per_day, 2.0, EPSILON);
  g_assert_true (isnan (a.forecast));
  add_measurement (project, kpi_id, "2026-01-15", 95);
  g_assert_true (engage_project_assess_kpi (project, kpi_id, "2026-01-20", &a, &error));
  g_assert_no_error (error);
  g_assert_cmpint (a.status, ==, ENGAGE_KPI_STATUS_AT_RISK);

  /* A KPI that does not exist */
  g_assert_false (engage_project_assess_kpi (project, 9999, "2026-01-20", &a, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
}

static void
test_kpi_forecast (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  EngageProject *project = fixture->project;
  EngageKpiAssessment a;
  gint64 kpi_id;

  kpi_id = add_kpi (project, ENGAGE_KPI_METRIC_WEBSITE_VISITS, ENGAGE_KPI_CRITERION_AT_LEAST,
                    100, 200, "2026-01-01", "2026-01-31", 0);
  /* 2026-01-01 is day 20454 since 1970-01-01. On a line rising 2 a day:
   * (20454, 100), (20464, 120), (20474, 140); x̄ = 20464, ȳ = 120,
   * slope = (−10 · −20 + 10 · 20)/(100 + 100) = 2, intercept = 120 − 2 · 20464
   * = −40808; at the due date, day 20484: 2 · 20484 − 40808 = 160. */
  add_measurement (project, kpi_id, "2026-01-21", 140);
  add_measurement (project, kpi_id, "2026-01-01", 100);
  add_measurement (project, kpi_id, "2026-01-11", 120);
  /* After today: not part of the fit nor the current value */
  add_measurement (project, kpi_id, "2026-01-30", 500);

  g_assert_true (engage_project_assess_kpi (project, kpi_id, "2026-01-21", &a, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (a.slope_per_day, ==, 2.0);
  g_assert_cmpfloat (a.forecast, ==, 160.0);

  /* Current 140 on the 21st, day 20 of 30: expected_progress 2/3, expected
   * 100 + 2/3 · 100 = 166.666666667; progress 0.4 < 2/3 − 0.2 = 0.466666667:
   * at risk. */
  g_assert_cmpfloat (a.current, ==, 140.0);
  g_assert_cmpstr (a.current_date, ==, "2026-01-21");
  g_assert_cmpfloat_with_epsilon (a.expected_progress, 2.0 / 3.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (a.expected, 100.0 + 200.0 / 3.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (a.progress, 0.4, EPSILON);
  g_assert_cmpint (a.status, ==, ENGAGE_KPI_STATUS_AT_RISK);

  /* With the measurement of the 30th, the latest value meets the target. */
  g_assert_true (engage_project_assess_kpi (project, kpi_id, "2026-02-15", &a, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (a.current, ==, 500.0);
  g_assert_cmpint (a.status, ==, ENGAGE_KPI_STATUS_ACHIEVED);
  g_assert_false (isnan (a.forecast));
}

static void
test_kpi_status_labels (void)
{
  g_assert_cmpstr (engage_kpi_status_get_label (ENGAGE_KPI_STATUS_NO_DATA), ==, "No data");
  g_assert_cmpstr (engage_kpi_status_get_label (ENGAGE_KPI_STATUS_ON_TRACK), ==, "On track");
  g_assert_cmpstr (engage_kpi_status_get_label (ENGAGE_KPI_STATUS_BEHIND), ==, "Behind");
  g_assert_cmpstr (engage_kpi_status_get_label (ENGAGE_KPI_STATUS_AT_RISK), ==, "At risk");
  g_assert_cmpstr (engage_kpi_status_get_label (ENGAGE_KPI_STATUS_ACHIEVED), ==, "Achieved");
}

/* The sample project */

static void
test_sample (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) surveys = NULL;
  g_autoptr(GListModel) kpis = NULL;
  g_autoptr(EngageNpsSurvey) survey = NULL;
  g_autoptr(GArray) months = NULL;
  g_autoptr(GArray) channels = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GArray) mix = NULL;
  EngageEngagementBasis basis;
  EngageNpsSummary summary;
  double interactions = 0.0, basis_sum = 0.0, rate;
  double share_sum = 0.0;
  guint n_posts = 0;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 23, G_DATE_NOVEMBER, 2026);
  g_assert_true (engage_sample_fill (fixture->project, "en", &today, &error));
  g_assert_no_error (error);

  surveys = engage_project_list_nps_surveys (fixture->project);
  g_assert_cmpuint (g_list_model_get_n_items (surveys), >=, 1);
  survey = g_list_model_get_item (surveys, 0);

  g_assert_true (engage_project_summarize_nps (fixture->project, engage_nps_survey_get_id (survey),
                                               NULL, NULL, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.n, >=, 100);
  g_assert_false (summary.adjusted_wald);
  g_assert_cmpfloat (summary.nps, >, 0.0);
  g_assert_cmpfloat (summary.nps, <, 70.0);
  g_assert_cmpfloat (summary.margin, >, 0.0);
  g_assert_cmpfloat (summary.margin, <, 20.0);

  months = engage_project_nps_by_period (fixture->project, engage_nps_survey_get_id (survey),
                                         ENGAGE_PERIOD_MONTH, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (months->len, >=, 2);
  for (guint i = 0; i < months->len; i++)
    {
      EngageNpsPeriod *p = &g_array_index (months, EngageNpsPeriod, i);

      g_assert_cmpfloat (p->summary.nps, >=, -100.0);
      g_assert_cmpfloat (p->summary.nps, <=, 100.0);
      if (i > 0)
        g_assert_cmpstr (g_array_index (months, EngageNpsPeriod, i - 1).start, <, p->start);
    }

  /* The project's basis over all channels and all time */
  basis = engage_project_get_engagement_basis (fixture->project);
  channels = engage_project_engagement_by_channel (fixture->project, basis, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (channels->len, >=, 2);
  for (guint i = 0; i < channels->len; i++)
    {
      interactions += engagement_at (channels, i)->interactions;
      basis_sum += engagement_at (channels, i)->basis;
    }
  rate = engage_engagement_rate (interactions, basis_sum);
  g_assert_cmpfloat (rate, >, 1.0);
  g_assert_cmpfloat (rate, <, 15.0);

  weeks = engage_project_engagement_by_period (fixture->project, 0,
                                               ENGAGE_ENGAGEMENT_BASIS_REACH,
                                               ENGAGE_PERIOD_WEEK, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (weeks->len, >=, 4);
  for (guint i = 0; i < weeks->len; i++)
    {
      EngageEngagement *e = engagement_at (weeks, i);
      GDate start;

      g_assert_true (engage_iso_date_parse (e->start, &start));
      g_assert_cmpint (g_date_get_weekday (&start), ==, G_DATE_MONDAY);
      /* A week with only the newsletter (reach, but no interactions) may be 0. */
      g_assert_cmpfloat (e->rate, >=, 0.0);
      g_assert_cmpfloat (e->rate, <, 15.0);
      n_posts += e->n_posts;
    }
  g_assert_cmpuint (n_posts, >, 20);

  mix = engage_project_content_mix (fixture->project, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mix->len, >=, 2);
  for (guint i = 0; i < mix->len; i++)
    share_sum += mix_at (mix, i)->share;
  g_assert_cmpfloat_with_epsilon (share_sum, 1.0, 1e-9);

  /* Every KPI of the sample has data and a status with a label. */
  kpis = engage_project_list_kpis (fixture->project);
  g_assert_cmpuint (g_list_model_get_n_items (kpis), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(EngageKpi) kpi = g_list_model_get_item (kpis, i);
      EngageKpiAssessment a;

      g_assert_true (engage_project_assess_kpi (fixture->project, engage_kpi_get_id (kpi),
                                                "2026-11-23", &a, &error));
      g_assert_no_error (error);
      g_assert_cmpint (a.status, !=, ENGAGE_KPI_STATUS_NO_DATA);
      g_assert_false (isnan (a.expected));
      g_assert_false (isnan (a.forecast));
      g_assert_nonnull (engage_kpi_status_get_label (a.status));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_setup, (func), fixture_teardown)

  g_test_add_func ("/core/metrics/nps/small-set", test_nps_small_set);
  g_test_add_func ("/core/metrics/nps/wald", test_nps_wald);
  g_test_add_func ("/core/metrics/nps/empty", test_nps_empty);
  g_test_add_func ("/core/metrics/nps/all-promoters", test_nps_all_promoters);
  ADD ("/core/metrics/nps/missing-scores", test_nps_project_ignores_missing_scores);
  ADD ("/core/metrics/nps/by-period", test_nps_by_period);

  g_test_add_func ("/core/metrics/engagement/rate", test_engagement_rate);
  ADD ("/core/metrics/engagement/by-week", test_engagement_by_week);
  ADD ("/core/metrics/engagement/by-month-and-day", test_engagement_by_month_and_day);
  ADD ("/core/metrics/engagement/basis", test_engagement_basis);
  ADD ("/core/metrics/engagement/channels", test_engagement_channels);

  ADD ("/core/metrics/content-mix", test_content_mix);

  g_test_add_func ("/core/metrics/kpi/progress", test_kpi_progress);
  g_test_add_func ("/core/metrics/kpi/expected-value", test_kpi_expected_value);
  g_test_add_func ("/core/metrics/kpi/least-squares", test_least_squares);
  ADD ("/core/metrics/kpi/status", test_kpi_status);
  ADD ("/core/metrics/kpi/forecast", test_kpi_forecast);
  g_test_add_func ("/core/metrics/kpi/status-labels", test_kpi_status_labels);

  ADD ("/core/metrics/sample", test_sample);

#undef ADD

  return g_test_run ();
}
