/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "engage-channel.h"
#include "engage-engagement.h"
#include "engage-kpi.h"
#include "engage-measurement.h"
#include "engage-pillar.h"
#include "engage-post.h"
#include "engage-post-metric.h"
#include "engage-test-util.h"

/* The engagement analytics on a small project built here, with every expected
 * value worked out by hand in the comments: the rate of a period as the ratio
 * of its sums, the period before it, the pillars, the trend and the ranking. */

#define EPSILON 1e-9
#define TODAY "2026-06-30"

/* Berlin is UTC+2 in May and June 2026. */

typedef struct
{
  char          *dir;
  EngageProject *project;
  gint64         instagram;
  gint64         facebook;
  gint64         x;
  gint64         tips;
  gint64         products;
  gint64         p1, p2, p3, p4, p5, p6, p7, p8, p11;
  gint64         q1, q2, q3;
} Fixture;

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
             const char        *name,
             int                position)
{
  g_autoptr(EngageChannel) channel = engage_channel_new (kind, name);
  g_autoptr(GError) error = NULL;

  engage_channel_set_position (channel, position);
  g_assert_true (engage_project_add_channel (project, channel, &error));
  g_assert_no_error (error);
  return engage_channel_get_id (channel);
}

static gint64
add_pillar (EngageProject *project,
            const char    *name,
            const char    *color,
            int            position)
{
  g_autoptr(EngagePillar) pillar = engage_pillar_new (name);
  g_autoptr(GError) error = NULL;

  engage_pillar_set_color (pillar, color);
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
          const char       *title,
          const char       *scheduled,
          const char       *published)
{
  g_autoptr(EngagePost) post = engage_post_new (channel_id, title);
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
add_published (EngageProject *project,
               gint64         channel_id,
               gint64         pillar_id,
               const char    *title,
               const char    *published)
{
  return add_post (project, channel_id, pillar_id, ENGAGE_POST_STATUS_PUBLISHED, title,
                   published, published);
}

/* Counts of -1 are unknown; the interactions go in as reactions. */
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

static void
add_simple_metric (EngageProject *project,
                   gint64         post_id,
                   const char    *date,
                   gint64         reach,
                   gint64         impressions,
                   gint64         interactions)
{
  add_metric (project, post_id, date, reach, impressions, -1, interactions, -1, -1, -1, -1);
}

static void
add_followers (EngageProject *project,
               gint64         channel_id)
{
  g_autoptr(EngageKpi) kpi = engage_kpi_new ("Followers", ENGAGE_KPI_METRIC_FOLLOWERS);
  g_autoptr(EngageMeasurement) early = NULL;
  g_autoptr(EngageMeasurement) late = NULL;
  g_autoptr(GError) error = NULL;

  engage_kpi_set_channel_id (kpi, channel_id);
  engage_kpi_set_baseline_value (kpi, 4000);
  engage_kpi_set_target_value (kpi, 8000);
  g_assert_true (engage_project_add_kpi (project, kpi, &error));
  g_assert_no_error (error);

  /* The latest measurement counts, whatever order they were entered in. */
  late = engage_measurement_new (engage_kpi_get_id (kpi), "2026-06-01", 5000);
  g_assert_true (engage_project_add_measurement (project, late, &error));
  g_assert_no_error (error);
  early = engage_measurement_new (engage_kpi_get_id (kpi), "2026-05-01", 4000);
  g_assert_true (engage_project_add_measurement (project, early, &error));
  g_assert_no_error (error);
}

/*
 * The fixture, for today = 30 June 2026 and the last four weeks: 3–30 June,
 * with 6 May–2 June before it. Reach and interactions of each post's latest
 * metrics row, and its rate on the reach basis:
 *
 *   current period
 *   P1  Instagram  Tips      5 Jun     1000  100  10 %   (an earlier row: 500, 10)
 *   P2  Instagram  Products  10 Jun    2000   50   2.5 %
 *   P3  Facebook   Tips      15 Jun     400   36   9 %
 *   P4  Facebook   –         20 Jun      50   25  50 %   (below the ranking minimum)
 *   P5  X          Products  25 Jun       –   30   –     (impressions 1000 only)
 *   P6  Instagram  Tips      scheduled 28 May, published 3 Jun 02:30 in Berlin
 *                                       600   30   5 %
 *   P7  Instagram  Tips      30 Jun 23:30 in Berlin
 *                                       200    8   4 %
 *   P11 Facebook   Products  published 18 Jun without a scheduled time
 *                                       300   45  15 %
 *   left out: P8 (1 Jul 00:30 in Berlin), P9 (scheduled, not published),
 *             P10 (published without metrics)
 *
 *   previous period
 *   Q1  Instagram  Tips      10 May    1000   40   4 %
 *   Q2  Facebook   Products  20 May    1000   60   6 %
 *   Q3  Instagram  –         6 May 01:00 in Berlin
 *                                       500   15   3 %
 *
 * Impressions: P1 1500, P2 2500, P3 800, P4 none but 100 views, P5 1000,
 * P6 none, P7 300, P11 500. Instagram has 5000 followers (latest measurement);
 * Facebook and X have no follower count.
 */
static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  EngageProject *project;
  gint64 post_id;

  fixture->project = engage_test_project_new (&fixture->dir);
  project = fixture->project;
  g_assert_cmpstr (engage_project_get_time_zone (project), ==, "Europe/Berlin");

  fixture->instagram = add_channel (project, ENGAGE_CHANNEL_KIND_INSTAGRAM, "Instagram", 0);
  fixture->facebook = add_channel (project, ENGAGE_CHANNEL_KIND_FACEBOOK, "Facebook", 1);
  fixture->x = add_channel (project, ENGAGE_CHANNEL_KIND_X, "X", 2);
  /* Added in the other order than their positions: the pillars' order wins. */
  fixture->products = add_pillar (project, "Products", "#e66100", 1);
  fixture->tips = add_pillar (project, "Tips", "#2190a4", 0);

  fixture->p1 = add_published (project, fixture->instagram, fixture->tips, "P1", "2026-06-05T10:00:00Z");
  add_simple_metric (project, fixture->p1, "2026-06-06", 500, 700, 10);
  add_metric (project, fixture->p1, "2026-06-12", 1000, 1500, -1, 60, 20, 10, 10, 99);

  fixture->p2 = add_published (project, fixture->instagram, fixture->products, "P2", "2026-06-10T10:00:00Z");
  add_metric (project, fixture->p2, "2026-06-17", 2000, 2500, -1, 40, 10, -1, -1, -1);

  fixture->p3 = add_published (project, fixture->facebook, fixture->tips, "P3", "2026-06-15T10:00:00Z");
  add_simple_metric (project, fixture->p3, "2026-06-22", 400, 800, 36);

  fixture->p4 = add_published (project, fixture->facebook, 0, "P4", "2026-06-20T10:00:00Z");
  add_metric (project, fixture->p4, "2026-06-27", 50, -1, 100, 25, -1, -1, -1, -1);

  fixture->p5 = add_published (project, fixture->x, fixture->products, "P5", "2026-06-25T10:00:00Z");
  add_simple_metric (project, fixture->p5, "2026-06-29", -1, 1000, 30);

  fixture->p6 = add_post (project, fixture->instagram, fixture->tips, ENGAGE_POST_STATUS_PUBLISHED,
                          "P6", "2026-05-28T10:00:00Z", "2026-06-03T00:30:00Z");
  add_simple_metric (project, fixture->p6, "2026-06-10", 600, -1, 30);

  fixture->p7 = add_published (project, fixture->instagram, fixture->tips, "P7", "2026-06-30T21:30:00Z");
  add_simple_metric (project, fixture->p7, "2026-07-01", 200, 300, 8);

  fixture->p8 = add_published (project, fixture->instagram, fixture->tips, "P8", "2026-06-30T22:30:00Z");
  add_simple_metric (project, fixture->p8, "2026-07-02", 1000, 1000, 900);

  post_id = add_post (project, fixture->instagram, fixture->tips, ENGAGE_POST_STATUS_SCHEDULED,
                      "P9", "2026-06-12T10:00:00Z", NULL);
  add_simple_metric (project, post_id, "2026-06-19", 1000, 1000, 1000);

  add_published (project, fixture->instagram, fixture->products, "P10", "2026-06-12T10:00:00Z");

  fixture->p11 = add_post (project, fixture->facebook, fixture->products, ENGAGE_POST_STATUS_PUBLISHED,
                           "P11", NULL, "2026-06-18T10:00:00Z");
  add_simple_metric (project, fixture->p11, "2026-06-25", 300, 500, 45);

  fixture->q1 = add_published (project, fixture->instagram, fixture->tips, "Q1", "2026-05-10T10:00:00Z");
  add_simple_metric (project, fixture->q1, "2026-05-17", 1000, 1000, 40);
  fixture->q2 = add_published (project, fixture->facebook, fixture->products, "Q2", "2026-05-20T10:00:00Z");
  add_simple_metric (project, fixture->q2, "2026-05-27", 1000, 1000, 60);
  fixture->q3 = add_published (project, fixture->instagram, 0, "Q3", "2026-05-05T23:00:00Z");
  add_simple_metric (project, fixture->q3, "2026-05-12", 500, 500, 15);

  add_followers (project, fixture->instagram);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  engage_test_project_clear (&fixture->project, &fixture->dir);
}

static void
range_for_four_weeks (EngageEngagementRange *range)
{
  g_assert_true (engage_engagement_range_init (range, ENGAGE_ENGAGEMENT_SPAN_4_WEEKS, TODAY));
}

/* Ranges */

static void
test_range (void)
{
  EngageEngagementRange range;

  /* 28 days up to today, and the 28 before. */
  g_assert_true (engage_engagement_range_init (&range, ENGAGE_ENGAGEMENT_SPAN_4_WEEKS, "2026-06-30"));
  g_assert_cmpstr (range.from, ==, "2026-06-03");
  g_assert_cmpstr (range.to, ==, "2026-06-30");
  g_assert_cmpstr (range.previous_from, ==, "2026-05-06");
  g_assert_cmpstr (range.previous_to, ==, "2026-06-02");
  g_assert_cmpint (engage_engagement_range_get_period (&range), ==, ENGAGE_PERIOD_WEEK);

  /* 24 Aug–23 Nov is 8 + 30 + 31 + 23 = 92 days; the 92 before start on 24 May:
   * 8 + 30 + 31 + 23 again. */
  g_assert_true (engage_engagement_range_init (&range, ENGAGE_ENGAGEMENT_SPAN_3_MONTHS, "2026-11-23"));
  g_assert_cmpstr (range.from, ==, "2026-08-24");
  g_assert_cmpstr (range.to, ==, "2026-11-23");
  g_assert_cmpstr (range.previous_from, ==, "2026-05-24");
  g_assert_cmpstr (range.previous_to, ==, "2026-08-23");
  g_assert_cmpint (engage_engagement_range_get_period (&range), ==, ENGAGE_PERIOD_WEEK);

  /* 1 Mar 2025–28 Feb 2026 is 365 days; the 365 before reach back over
   * 29 Feb 2024 to 1 Mar 2024. */
  g_assert_true (engage_engagement_range_init (&range, ENGAGE_ENGAGEMENT_SPAN_12_MONTHS, "2026-02-28"));
  g_assert_cmpstr (range.from, ==, "2025-03-01");
  g_assert_cmpstr (range.previous_from, ==, "2024-03-01");
  g_assert_cmpstr (range.previous_to, ==, "2025-02-28");
  g_assert_cmpint (engage_engagement_range_get_period (&range), ==, ENGAGE_PERIOD_MONTH);

  g_assert_true (engage_engagement_range_init (&range, ENGAGE_ENGAGEMENT_SPAN_ALL, "2026-02-28"));
  g_assert_cmpstr (range.from, ==, "");
  g_assert_cmpstr (range.to, ==, "2026-02-28");
  g_assert_cmpstr (range.previous_from, ==, "");
  g_assert_cmpstr (range.previous_to, ==, "");
  g_assert_cmpint (engage_engagement_range_get_period (&range), ==, ENGAGE_PERIOD_MONTH);

  g_assert_false (engage_engagement_range_init (&range, ENGAGE_ENGAGEMENT_SPAN_4_WEEKS, "30.06.2026"));
}

/* The period and the one before */

static void
test_compare_reach (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  EngageEngagementComparison comparison;
  EngageEngagementRange range;

  range_for_four_weeks (&range);
  g_assert_true (engage_project_compare_engagement (fixture->project, 0, ENGAGE_ENGAGEMENT_BASIS_REACH,
                                                    &range, &comparison, &error));
  g_assert_no_error (error);

  /* P1, P2, P3, P4, P6, P7, P11 (P5 has no reach):
   * (100 + 50 + 36 + 25 + 30 + 8 + 45) / (1000 + 2000 + 400 + 50 + 600 + 200 + 300) × 100
   * = 294 / 4550 × 100 = 6.461538462 %, where the mean of the post rates would be
   * (10 + 2.5 + 9 + 50 + 5 + 4 + 15) / 7 = 13.642857 %. */
  g_assert_cmpstr (comparison.current.start, ==, "2026-06-03");
  g_assert_cmpuint (comparison.current.n_posts, ==, 7);
  g_assert_cmpfloat_with_epsilon (comparison.current.interactions, 294.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (comparison.current.basis, 4550.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (comparison.current.rate, 294.0 / 45.5, EPSILON);
  g_assert_cmpfloat (fabs (comparison.current.rate - 13.642857), >, 1.0);

  /* Q1, Q2, Q3: (40 + 60 + 15) / (1000 + 1000 + 500) × 100 = 4.6 % */
  g_assert_cmpstr (comparison.previous.start, ==, "2026-05-06");
  g_assert_cmpuint (comparison.previous.n_posts, ==, 3);
  g_assert_cmpfloat_with_epsilon (comparison.previous.interactions, 115.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (comparison.previous.basis, 2500.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (comparison.previous.rate, 4.6, EPSILON);

  /* 6.461538462 − 4.6 = 1.861538462 percentage points */
  g_assert_cmpfloat_with_epsilon (comparison.change, 294.0 / 45.5 - 4.6, EPSILON);
}

static void
test_compare_channel_and_all_time (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  EngageEngagementComparison comparison;
  EngageEngagementRange range;

  /* Instagram: P1, P2, P6, P7: (100 + 50 + 30 + 8) / (1000 + 2000 + 600 + 200) × 100
   * = 188 / 3800 × 100 = 4.947368421 %; before: Q1 and Q3: 55 / 1500 × 100
   * = 3.666666667 % */
  range_for_four_weeks (&range);
  g_assert_true (engage_project_compare_engagement (fixture->project, fixture->instagram,
                                                    ENGAGE_ENGAGEMENT_BASIS_REACH,
                                                    &range, &comparison, &error));
  g_assert_no_error (error);
  g_assert_cmpint (comparison.current.channel_id, ==, fixture->instagram);
  g_assert_cmpuint (comparison.current.n_posts, ==, 4);
  g_assert_cmpfloat_with_epsilon (comparison.current.rate, 188.0 / 38.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (comparison.previous.rate, 55.0 / 15.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (comparison.change, 188.0 / 38.0 - 55.0 / 15.0, EPSILON);

  /* All time up to 30 June: both periods together, (294 + 115) / (4550 + 2500)
   * × 100 = 5.801418440 %; P8 on 1 July stays out. Nothing comes before. */
  g_assert_true (engage_engagement_range_init (&range, ENGAGE_ENGAGEMENT_SPAN_ALL, TODAY));
  g_assert_true (engage_project_compare_engagement (fixture->project, 0, ENGAGE_ENGAGEMENT_BASIS_REACH,
                                                    &range, &comparison, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (comparison.current.start, ==, "");
  g_assert_cmpuint (comparison.current.n_posts, ==, 10);
  g_assert_cmpfloat_with_epsilon (comparison.current.rate, 409.0 / 70.5, EPSILON);
  g_assert_cmpuint (comparison.previous.n_posts, ==, 0);
  g_assert_true (isnan (comparison.previous.rate));
  g_assert_true (isnan (comparison.change));

  /* A period without posts has no rate, and so no change. */
  g_assert_true (engage_engagement_range_init (&range, ENGAGE_ENGAGEMENT_SPAN_4_WEEKS, "2026-05-05"));
  g_assert_true (engage_project_compare_engagement (fixture->project, 0, ENGAGE_ENGAGEMENT_BASIS_REACH,
                                                    &range, &comparison, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (comparison.current.n_posts, ==, 0);
  g_assert_true (isnan (comparison.current.rate));
  g_assert_true (isnan (comparison.change));
}

static void
test_compare_other_bases (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  EngageEngagement engagement;
  EngageEngagementRange range;

  range_for_four_weeks (&range);

  /* Impressions, views for P4, P6 without either: P1, P2, P3, P4, P5, P7, P11:
   * (100 + 50 + 36 + 25 + 30 + 8 + 45) / (1500 + 2500 + 800 + 100 + 1000 + 300 + 500)
   * = 294 / 6700 × 100 = 4.388059701 % */
  g_assert_true (engage_project_summarize_engagement (fixture->project, 0,
                                                      ENGAGE_ENGAGEMENT_BASIS_IMPRESSIONS,
                                                      range.from, range.to, &engagement, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (engagement.n_posts, ==, 7);
  g_assert_cmpfloat_with_epsilon (engagement.basis, 6700.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (engagement.rate, 294.0 / 67.0, EPSILON);

  /* Followers: only Instagram has a count, 5000 per post: P1, P2, P6, P7:
   * 188 / (4 × 5000) × 100 = 0.94 % */
  g_assert_true (engage_project_summarize_engagement (fixture->project, 0,
                                                      ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS,
                                                      range.from, range.to, &engagement, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (engagement.n_posts, ==, 4);
  g_assert_cmpfloat_with_epsilon (engagement.interactions, 188.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (engagement.basis, 20000.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (engagement.rate, 0.94, EPSILON);

  /* Facebook has no follower count: no rate. */
  g_assert_true (engage_project_summarize_engagement (fixture->project, fixture->facebook,
                                                      ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS,
                                                      range.from, range.to, &engagement, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (engagement.n_posts, ==, 0);
  g_assert_true (isnan (engagement.rate));

  g_assert_false (engage_project_summarize_engagement (fixture->project, 0,
                                                       ENGAGE_ENGAGEMENT_BASIS_REACH,
                                                       "3 June", range.to, &engagement, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
}

/* The same figures as engage-metrics.h's per-channel rates, for every basis. */
static void
test_matches_metrics (Fixture       *fixture,
                      gconstpointer  data)
{
  GTimeZone *tz = engage_project_get_tz (fixture->project);
  g_autoptr(GDateTime) from = g_date_time_new (tz, 2026, 6, 3, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new (tz, 2026, 7, 1, 0, 0, 0);

  for (EngageEngagementBasis basis = ENGAGE_ENGAGEMENT_BASIS_REACH;
       basis <= ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS; basis++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) channels = NULL;
      EngageEngagement engagement;
      double interactions = 0.0, sum = 0.0;
      guint n_posts = 0;

      channels = engage_project_engagement_by_channel (fixture->project, basis, from, to, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < channels->len; i++)
        {
          const EngageEngagement *e = &g_array_index (channels, EngageEngagement, i);

          n_posts += e->n_posts;
          interactions += e->interactions;
          sum += e->basis;
        }

      g_assert_true (engage_project_summarize_engagement (fixture->project, 0, basis,
                                                          "2026-06-03", "2026-06-30",
                                                          &engagement, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (engagement.n_posts, ==, n_posts);
      g_assert_cmpfloat_with_epsilon (engagement.interactions, interactions, EPSILON);
      g_assert_cmpfloat_with_epsilon (engagement.basis, sum, EPSILON);
    }
}

/* Pillars */

static const EngagePillarEngagement *
pillar_at (GArray *entries,
           guint   index)
{
  g_assert_cmpuint (index, <, entries->len);
  return &g_array_index (entries, EngagePillarEngagement, index);
}

static void
test_by_pillar (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) pillars = NULL;
  g_autoptr(GArray) instagram = NULL;
  const EngagePillarEngagement *e;

  pillars = engage_project_engagement_by_pillar (fixture->project, 0, ENGAGE_ENGAGEMENT_BASIS_REACH,
                                                 "2026-06-03", "2026-06-30", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pillars->len, ==, 3);

  /* Tips (position 0): P1, P3, P6, P7: (100 + 36 + 30 + 8) / (1000 + 400 + 600 + 200)
   * = 174 / 2200 × 100 = 7.909090909 %, 174 of the 294 interactions. */
  e = pillar_at (pillars, 0);
  g_assert_cmpint (e->pillar_id, ==, fixture->tips);
  g_assert_cmpstr (e->name, ==, "Tips");
  g_assert_cmpstr (e->color, ==, "#2190a4");
  g_assert_cmpuint (e->n_posts, ==, 4);
  g_assert_cmpfloat_with_epsilon (e->interactions, 174.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (e->basis, 2200.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (e->rate, 174.0 / 22.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (e->share, 174.0 / 294.0, EPSILON);

  /* Products: P2 and P11 (P5 has no reach): 95 / 2300 × 100 = 4.130434783 % */
  e = pillar_at (pillars, 1);
  g_assert_cmpint (e->pillar_id, ==, fixture->products);
  g_assert_cmpuint (e->n_posts, ==, 2);
  g_assert_cmpfloat_with_epsilon (e->rate, 95.0 / 23.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (e->share, 95.0 / 294.0, EPSILON);

  /* Without a pillar, last: P4, 25 / 50 = 50 % */
  e = pillar_at (pillars, 2);
  g_assert_cmpint (e->pillar_id, ==, 0);
  g_assert_cmpuint (e->n_posts, ==, 1);
  g_assert_cmpfloat_with_epsilon (e->rate, 50.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (e->share, 25.0 / 294.0, EPSILON);

  /* Instagram only, on followers: Tips P1, P6, P7: 138 / 15000; Products P2:
   * 50 / 5000. */
  instagram = engage_project_engagement_by_pillar (fixture->project, fixture->instagram,
                                                   ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS,
                                                   "2026-06-03", "2026-06-30", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (instagram->len, ==, 2);
  g_assert_cmpfloat_with_epsilon (pillar_at (instagram, 0)->rate, 0.92, EPSILON);
  g_assert_cmpfloat_with_epsilon (pillar_at (instagram, 0)->share, 138.0 / 188.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (pillar_at (instagram, 1)->rate, 1.0, EPSILON);
}

/* Trend */

static const EngageEngagement *
find_entry (GArray     *entries,
            gint64      channel_id,
            const char *start)
{
  for (guint i = 0; i < entries->len; i++)
    {
      const EngageEngagement *e = &g_array_index (entries, EngageEngagement, i);

      if (e->channel_id == channel_id && g_str_equal (e->start, start))
        return e;
    }

  return NULL;
}

static void
test_trend (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GArray) stub = NULL;
  g_autoptr(GArray) months = NULL;
  const EngageEngagement *e;

  /* Four whole weeks back from Tuesday 30 June: 24–30, 17–23, 10–16 and 3–9 June. */
  weeks = engage_project_engagement_trend (fixture->project, 0, ENGAGE_ENGAGEMENT_BASIS_REACH,
                                           ENGAGE_PERIOD_WEEK, "2026-06-03", "2026-06-30", &error);
  g_assert_no_error (error);

  /* All channels: P1, P6: 130 / 1600; P2, P3: 86 / 2400; P4, P11: 70 / 350;
   * P7: 8 / 200 (P5 has no reach). */
  e = find_entry (weeks, 0, "2026-06-03");
  g_assert_nonnull (e);
  g_assert_cmpuint (e->n_posts, ==, 2);
  g_assert_cmpfloat_with_epsilon (e->rate, 8.125, EPSILON);
  e = find_entry (weeks, 0, "2026-06-10");
  g_assert_nonnull (e);
  g_assert_cmpfloat_with_epsilon (e->rate, 86.0 / 24.0, EPSILON);
  e = find_entry (weeks, 0, "2026-06-17");
  g_assert_nonnull (e);
  g_assert_cmpfloat_with_epsilon (e->rate, 20.0, EPSILON);
  e = find_entry (weeks, 0, "2026-06-24");
  g_assert_nonnull (e);
  g_assert_cmpuint (e->n_posts, ==, 1);
  g_assert_cmpfloat_with_epsilon (e->rate, 4.0, EPSILON);

  /* Instagram: P1, P6: 130 / 1600; P2: 2.5 %; none in 17–23; P7: 4 % */
  e = find_entry (weeks, fixture->instagram, "2026-06-10");
  g_assert_nonnull (e);
  g_assert_cmpfloat_with_epsilon (e->rate, 2.5, EPSILON);
  g_assert_null (find_entry (weeks, fixture->instagram, "2026-06-17"));
  /* Facebook: P3 9 %; P4, P11: 70 / 350 = 20 % */
  e = find_entry (weeks, fixture->facebook, "2026-06-17");
  g_assert_nonnull (e);
  g_assert_cmpuint (e->n_posts, ==, 2);
  g_assert_cmpfloat_with_epsilon (e->rate, 20.0, EPSILON);
  g_assert_null (find_entry (weeks, fixture->x, "2026-06-24"));

  /* 4 + 3 + 2 totals and channel entries: Instagram 3, Facebook 2 */
  g_assert_cmpuint (weeks->len, ==, 4 + 3 + 2);
  /* Sorted by channel, then date: the totals (channel 0) first. */
  g_assert_cmpint (g_array_index (weeks, EngageEngagement, 0).channel_id, ==, 0);
  g_assert_cmpstr (g_array_index (weeks, EngageEngagement, 0).start, ==, "2026-06-03");

  /* From 1 June, the two days before the first whole week join it rather than
   * making a period of their own. */
  stub = engage_project_engagement_trend (fixture->project, 0, ENGAGE_ENGAGEMENT_BASIS_REACH,
                                          ENGAGE_PERIOD_WEEK, "2026-06-01", "2026-06-30", &error);
  g_assert_no_error (error);
  g_assert_null (find_entry (stub, 0, "2026-06-03"));
  e = find_entry (stub, 0, "2026-06-01");
  g_assert_nonnull (e);
  g_assert_cmpfloat_with_epsilon (e->rate, 8.125, EPSILON);

  /* Months back from 30 June, all time: May (Q1–Q3): 4.6 %; June: 294 / 4550. */
  months = engage_project_engagement_trend (fixture->project, 0, ENGAGE_ENGAGEMENT_BASIS_REACH,
                                            ENGAGE_PERIOD_MONTH, NULL, "2026-06-30", &error);
  g_assert_no_error (error);
  e = find_entry (months, 0, "2026-05-01");
  g_assert_nonnull (e);
  g_assert_cmpuint (e->n_posts, ==, 3);
  g_assert_cmpfloat_with_epsilon (e->rate, 4.6, EPSILON);
  e = find_entry (months, 0, "2026-06-01");
  g_assert_nonnull (e);
  g_assert_cmpuint (e->n_posts, ==, 7);
  g_assert_cmpfloat_with_epsilon (e->rate, 294.0 / 45.5, EPSILON);
}

/* Ranking */

static void
assert_ranked (GArray       *posts,
               const gint64 *expected,
               guint         n_expected)
{
  g_assert_cmpuint (posts->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpint (g_array_index (posts, EngagePostEngagement, i).post_id, ==, expected[i]);
}

static void
test_rank (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) top = NULL;
  g_autoptr(GArray) bottom = NULL;
  g_autoptr(GArray) unfiltered = NULL;
  const EngagePostEngagement *first;

  /* Rates with a reach of at least 100: P11 15, P1 10, P3 9, P6 5, P7 4, P2 2.5;
   * P4 (50 % on a reach of 50) is not ranked. */
  top = engage_project_rank_posts_by_engagement (fixture->project, 0, ENGAGE_ENGAGEMENT_BASIS_REACH,
                                                 "2026-06-03", "2026-06-30",
                                                 ENGAGE_ENGAGEMENT_ORDER_TOP,
                                                 ENGAGE_ENGAGEMENT_RANK_MIN_BASIS, 5, &error);
  g_assert_no_error (error);
  assert_ranked (top, (gint64[]) { fixture->p11, fixture->p1, fixture->p3, fixture->p6, fixture->p7 }, 5);

  first = &g_array_index (top, EngagePostEngagement, 0);
  g_assert_cmpstr (first->title, ==, "P11");
  g_assert_cmpint (first->channel_id, ==, fixture->facebook);
  g_assert_cmpint (first->published_at, ==, 1781776800); /* 2026-06-18T10:00:00Z */
  g_assert_cmpfloat_with_epsilon (first->interactions, 45.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (first->basis, 300.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (first->rate, 15.0, EPSILON);

  bottom = engage_project_rank_posts_by_engagement (fixture->project, 0, ENGAGE_ENGAGEMENT_BASIS_REACH,
                                                    "2026-06-03", "2026-06-30",
                                                    ENGAGE_ENGAGEMENT_ORDER_BOTTOM,
                                                    ENGAGE_ENGAGEMENT_RANK_MIN_BASIS, 3, &error);
  g_assert_no_error (error);
  assert_ranked (bottom, (gint64[]) { fixture->p2, fixture->p7, fixture->p6 }, 3);

  /* A post that reports a reach but no interaction count at all (a newsletter's
   * opens) is not ranked, not even at the bottom; its 0 interactions still count
   * in the period's rate. */
  {
    g_autoptr(GArray) lowest = NULL;
    gint64 newsletter = add_published (fixture->project, fixture->facebook, 0, "Opens only",
                                       "2026-06-22T10:00:00Z");

    add_metric (fixture->project, newsletter, "2026-06-23", 800, -1, -1, -1, -1, -1, -1, 40);
    lowest = engage_project_rank_posts_by_engagement (fixture->project, 0, ENGAGE_ENGAGEMENT_BASIS_REACH,
                                                      "2026-06-03", "2026-06-30",
                                                      ENGAGE_ENGAGEMENT_ORDER_BOTTOM,
                                                      ENGAGE_ENGAGEMENT_RANK_MIN_BASIS, 1, &error);
    g_assert_no_error (error);
    assert_ranked (lowest, (gint64[]) { fixture->p2 }, 1);
  }

  /* Without a minimum, P4 leads. */
  unfiltered = engage_project_rank_posts_by_engagement (fixture->project, fixture->facebook,
                                                        ENGAGE_ENGAGEMENT_BASIS_REACH,
                                                        "2026-06-03", "2026-06-30",
                                                        ENGAGE_ENGAGEMENT_ORDER_TOP, 0, 5, &error);
  g_assert_no_error (error);
  assert_ranked (unfiltered, (gint64[]) { fixture->p4, fixture->p11, fixture->p3 }, 3);
}

static void
test_rank_ties_and_followers (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) followers = NULL;
  g_autoptr(GArray) ties = NULL;
  gint64 big, small;

  /* Followers: Instagram's posts over 5000 each: P1 100, P2 50, P6 30, P7 8. */
  followers = engage_project_rank_posts_by_engagement (fixture->project, 0,
                                                       ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS,
                                                       "2026-06-03", "2026-06-30",
                                                       ENGAGE_ENGAGEMENT_ORDER_TOP,
                                                       ENGAGE_ENGAGEMENT_RANK_MIN_BASIS, 5, &error);
  g_assert_no_error (error);
  assert_ranked (followers, (gint64[]) { fixture->p1, fixture->p2, fixture->p6, fixture->p7 }, 4);
  g_assert_cmpfloat_with_epsilon (g_array_index (followers, EngagePostEngagement, 0).rate, 2.0, EPSILON);

  /* Two posts with X's 3 % on impressions besides P5: the one with more
   * impressions comes first. */
  small = add_published (fixture->project, fixture->x, 0, "Small", "2026-06-26T10:00:00Z");
  add_simple_metric (fixture->project, small, "2026-06-28", -1, 200, 6);
  big = add_published (fixture->project, fixture->x, 0, "Big", "2026-06-27T10:00:00Z");
  add_simple_metric (fixture->project, big, "2026-06-28", -1, 3000, 90);

  ties = engage_project_rank_posts_by_engagement (fixture->project, fixture->x,
                                                  ENGAGE_ENGAGEMENT_BASIS_IMPRESSIONS,
                                                  "2026-06-03", "2026-06-30",
                                                  ENGAGE_ENGAGEMENT_ORDER_TOP,
                                                  ENGAGE_ENGAGEMENT_RANK_MIN_BASIS, 5, &error);
  g_assert_no_error (error);
  assert_ranked (ties, (gint64[]) { big, fixture->p5, small }, 3);
}

static void
test_has_post_metrics (void)
{
  g_autoptr(GError) error = NULL;
  EngageProject *project;
  char *dir = NULL;
  gint64 channel_id, post_id;

  project = engage_test_project_new (&dir);
  g_assert_false (engage_project_has_post_metrics (project, &error));
  g_assert_no_error (error);

  channel_id = add_channel (project, ENGAGE_CHANNEL_KIND_BLOG, "Blog", 0);
  post_id = add_published (project, channel_id, 0, "Post", "2026-06-05T10:00:00Z");
  g_assert_false (engage_project_has_post_metrics (project, &error));
  add_simple_metric (project, post_id, "2026-06-06", 10, 10, 1);
  g_assert_true (engage_project_has_post_metrics (project, &error));
  g_assert_no_error (error);

  engage_test_project_clear (&project, &dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/engagement/range", test_range);
  g_test_add ("/core/engagement/compare-reach", Fixture, NULL,
              fixture_setup, test_compare_reach, fixture_teardown);
  g_test_add ("/core/engagement/compare-channel-and-all-time", Fixture, NULL,
              fixture_setup, test_compare_channel_and_all_time, fixture_teardown);
  g_test_add ("/core/engagement/compare-other-bases", Fixture, NULL,
              fixture_setup, test_compare_other_bases, fixture_teardown);
  g_test_add ("/core/engagement/matches-metrics", Fixture, NULL,
              fixture_setup, test_matches_metrics, fixture_teardown);
  g_test_add ("/core/engagement/by-pillar", Fixture, NULL,
              fixture_setup, test_by_pillar, fixture_teardown);
  g_test_add ("/core/engagement/trend", Fixture, NULL,
              fixture_setup, test_trend, fixture_teardown);
  g_test_add ("/core/engagement/rank", Fixture, NULL,
              fixture_setup, test_rank, fixture_teardown);
  g_test_add ("/core/engagement/rank-ties-and-followers", Fixture, NULL,
              fixture_setup, test_rank_ties_and_followers, fixture_teardown);
  g_test_add_func ("/core/engagement/has-post-metrics", test_has_post_metrics);

  return g_test_run ();
}
