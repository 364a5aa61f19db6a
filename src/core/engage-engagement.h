/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-metrics.h"

G_BEGIN_DECLS

/*
 * Engagement analytics for the Goals area: which period, how it compares with
 * the one before, which pillars and which posts work. Every rate is the ratio
 * of sums of engage-metrics.h (interactions of the posts with a value for the
 * basis ÷ the sum of that basis × 100), computed in SQL over the latest
 * metrics row of each published post.
 */

/* A post needs at least this much basis (reach, impressions or followers) to be
 * ranked: below it, one like on a post seen by three people would top the list. */
#define ENGAGE_ENGAGEMENT_RANK_MIN_BASIS 100

/* How many posts the top and bottom lists show. */
#define ENGAGE_ENGAGEMENT_RANK_SIZE 5

/**
 * EngageEngagementSpan:
 * @ENGAGE_ENGAGEMENT_SPAN_4_WEEKS: the 28 days up to today
 * @ENGAGE_ENGAGEMENT_SPAN_3_MONTHS: three months up to today
 * @ENGAGE_ENGAGEMENT_SPAN_12_MONTHS: twelve months up to today
 * @ENGAGE_ENGAGEMENT_SPAN_ALL: everything up to today
 *
 * The periods the engagement analytics offer, each ending today (included).
 */
typedef enum
{
  ENGAGE_ENGAGEMENT_SPAN_4_WEEKS,
  ENGAGE_ENGAGEMENT_SPAN_3_MONTHS,
  ENGAGE_ENGAGEMENT_SPAN_12_MONTHS,
  ENGAGE_ENGAGEMENT_SPAN_ALL,
} EngageEngagementSpan;

/**
 * EngageEngagementRange:
 * @from: the first day, "YYYY-MM-DD", or "" for no start
 * @to: the last day, included
 * @previous_from: the first day of the period of the same length before, or ""
 *   when there is none (all time)
 * @previous_to: the last day of that period, or ""
 *
 * The days of a span, as engage_engagement_range_init() works them out.
 */
typedef struct
{
  char from[11];
  char to[11];
  char previous_from[11];
  char previous_to[11];
} EngageEngagementRange;

/**
 * EngageEngagementComparison:
 * @current: the period's posts, interactions, basis and rate
 * @previous: the same for the period before; n_posts 0 and rate NAN when there
 *   is none
 * @change: @current's rate minus @previous's in percentage points; NAN unless
 *   both have a rate
 */
typedef struct
{
  EngageEngagement current;
  EngageEngagement previous;
  double           change;
} EngageEngagementComparison;

/**
 * EngagePillarEngagement:
 * @pillar_id: the pillar, or 0 for the posts without one
 * @name: the pillar's name
 * @color: its colour, "#rrggbb"
 * @n_posts: its posts with a value for the basis
 * @interactions: their interactions
 * @basis: the sum of their basis
 * @rate: @interactions ÷ @basis × 100; NAN without a basis
 * @share: @interactions as a fraction 0..1 of the interactions of all pillars
 *
 * One pillar's engagement in a period; the strings belong to the entry.
 */
typedef struct
{
  gint64  pillar_id;
  char   *name;
  char   *color;
  guint   n_posts;
  double  interactions;
  double  basis;
  double  rate;
  double  share;
} EngagePillarEngagement;

/**
 * EngagePostEngagement:
 * @post_id: the post
 * @channel_id: its channel
 * @title: its title
 * @published_at: when it went out (its scheduled time when that is unknown), Unix time
 * @interactions: reactions + comments + shares + saves of its latest metrics
 * @basis: its reach, impressions (views) or its channel's follower count
 * @rate: @interactions ÷ @basis × 100
 *
 * One post's engagement; the title belongs to the entry.
 */
typedef struct
{
  gint64  post_id;
  gint64  channel_id;
  char   *title;
  gint64  published_at;
  double  interactions;
  double  basis;
  double  rate;
} EngagePostEngagement;

/**
 * EngageEngagementOrder:
 * @ENGAGE_ENGAGEMENT_ORDER_TOP: the highest rates first
 * @ENGAGE_ENGAGEMENT_ORDER_BOTTOM: the lowest rates first
 */
typedef enum
{
  ENGAGE_ENGAGEMENT_ORDER_TOP,
  ENGAGE_ENGAGEMENT_ORDER_BOTTOM,
} EngageEngagementOrder;

gboolean engage_engagement_range_init           (EngageEngagementRange       *range,
                                                 EngageEngagementSpan         span,
                                                 const char                  *today);
EngagePeriod engage_engagement_range_get_period (const EngageEngagementRange *range);

gboolean engage_project_summarize_engagement    (EngageProject               *project,
                                                 gint64                       channel_id,
                                                 EngageEngagementBasis        basis,
                                                 const char                  *from_date,
                                                 const char                  *to_date,
                                                 EngageEngagement            *engagement,
                                                 GError                     **error);
gboolean engage_project_compare_engagement      (EngageProject               *project,
                                                 gint64                       channel_id,
                                                 EngageEngagementBasis        basis,
                                                 const EngageEngagementRange *range,
                                                 EngageEngagementComparison  *comparison,
                                                 GError                     **error);
GArray  *engage_project_engagement_trend        (EngageProject               *project,
                                                 gint64                       channel_id,
                                                 EngageEngagementBasis        basis,
                                                 EngagePeriod                 period,
                                                 const char                  *from_date,
                                                 const char                  *to_date,
                                                 GError                     **error);
GArray  *engage_project_engagement_by_pillar    (EngageProject               *project,
                                                 gint64                       channel_id,
                                                 EngageEngagementBasis        basis,
                                                 const char                  *from_date,
                                                 const char                  *to_date,
                                                 GError                     **error);
GArray  *engage_project_rank_posts_by_engagement (EngageProject              *project,
                                                 gint64                       channel_id,
                                                 EngageEngagementBasis        basis,
                                                 const char                  *from_date,
                                                 const char                  *to_date,
                                                 EngageEngagementOrder        order,
                                                 double                       min_basis,
                                                 guint                        limit,
                                                 GError                     **error);
gboolean engage_project_has_post_metrics        (EngageProject               *project,
                                                 GError                     **error);

G_END_DECLS
