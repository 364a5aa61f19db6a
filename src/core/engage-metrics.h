/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-project.h"

G_BEGIN_DECLS

/*
 * The formulas of DESIGN.md "Formulas", as pure functions over numbers and as
 * queries over a project. Charts, the report, the Goals page and engage-cli all
 * compute through these, so a number means the same everywhere.
 */

/**
 * EngagePeriod:
 * @ENGAGE_PERIOD_DAY: calendar days
 * @ENGAGE_PERIOD_WEEK: ISO weeks, from Monday to Sunday
 * @ENGAGE_PERIOD_MONTH: calendar months
 * @ENGAGE_PERIOD_QUARTER: quarters starting in January, April, July and October
 * @ENGAGE_PERIOD_YEAR: calendar years
 *
 * The length of the periods a series is grouped by. A period is named by its
 * first day.
 */
typedef enum
{
  ENGAGE_PERIOD_DAY,
  ENGAGE_PERIOD_WEEK,      /* ISO weeks, starting on Monday */
  ENGAGE_PERIOD_MONTH,
  ENGAGE_PERIOD_QUARTER,
  ENGAGE_PERIOD_YEAR,
} EngagePeriod;

/* NPS */

/**
 * EngageNpsSummary:
 * @n: responses with a score
 * @promoters: responses scoring 9 or 10
 * @passives: responses scoring 7 or 8
 * @detractors: responses scoring 0 to 6
 * @counts: responses per score 0..10
 * @nps: 100·(P − D)/n, from −100 to 100; 0 when @n is 0
 * @margin: half-width of the 95 % interval in NPS points; NAN when @n is 0
 * @adjusted_wald: %TRUE when @margin is the adjusted-Wald half-width (0 < n < 100)
 *
 * The Net Promoter Score of a set of responses with its margin of error; see
 * engage_nps_summary_finish() for the formulas.
 */
typedef struct
{
  guint    n;              /* responses with a score */
  guint    promoters;      /* 9–10 */
  guint    passives;       /* 7–8 */
  guint    detractors;     /* 0–6 */
  guint    counts[11];     /* responses per score 0..10 */
  double   nps;            /* 100·(P − D)/n, −100..100; 0 when n == 0 */
  double   margin;         /* half-width of the 95 % interval, in NPS points */
  gboolean adjusted_wald;  /* TRUE when n < 100: the adjusted-Wald interval */
} EngageNpsSummary;

/**
 * EngageNpsPeriod:
 * @start: the first day of the period, "YYYY-MM-DD"
 * @summary: the responses of the period
 */
typedef struct
{
  char             start[11];  /* first day of the period, "YYYY-MM-DD" */
  EngageNpsSummary summary;
} EngageNpsPeriod;

void     engage_nps_summary_init       (EngageNpsSummary *summary);
void     engage_nps_summary_add        (EngageNpsSummary *summary,
                                        int               score);
void     engage_nps_summary_finish     (EngageNpsSummary *summary);

gboolean engage_project_summarize_nps  (EngageProject    *project,
                                        gint64            survey_id,
                                        const char       *from_date,
                                        const char       *to_date,
                                        EngageNpsSummary *summary,
                                        GError          **error);
GArray  *engage_project_nps_by_period  (EngageProject    *project,
                                        gint64            survey_id,
                                        EngagePeriod      period,
                                        const char       *from_date,
                                        const char       *to_date,
                                        GError          **error);

/* Engagement */

/**
 * EngageEngagement:
 * @start: the first day of the period, or "" for a whole range
 * @channel_id: the channel, or 0 for all channels together
 * @n_posts: the published posts with metrics and a value for the basis
 * @interactions: reactions + comments + shares + saves of those posts (no clicks)
 * @basis: the sum of their reach, impressions (views) or follower counts
 * @rate: @interactions / @basis × 100, a ratio of sums; NAN without a basis
 *
 * The engagement rate of some posts; see engage_project_engagement_by_period().
 */
typedef struct
{
  char    start[11];       /* first day of the period, or "" for a whole range */
  gint64  channel_id;      /* 0 for all channels together */
  guint   n_posts;         /* published posts with metrics for the basis */
  double  interactions;    /* reactions + comments + shares + saves (+ clicks: no) */
  double  basis;           /* sum of reach, impressions/views, or followers */
  double  rate;            /* interactions / basis × 100: a ratio of sums; NAN without basis */
} EngageEngagement;

double   engage_engagement_rate              (double                 interactions,
                                              double                 basis);
GArray  *engage_project_engagement_by_period (EngageProject         *project,
                                              gint64                 channel_id,
                                              EngageEngagementBasis  basis,
                                              EngagePeriod           period,
                                              GDateTime             *from,
                                              GDateTime             *to,
                                              GError               **error);
GArray  *engage_project_engagement_by_channel (EngageProject        *project,
                                              EngageEngagementBasis  basis,
                                              GDateTime             *from,
                                              GDateTime             *to,
                                              GError               **error);

/* Content mix */

/**
 * EngageMixEntry:
 * @pillar_id: the pillar, or 0 for the posts without a pillar
 * @name: the pillar's name
 * @color: the pillar's colour as "#rrggbb"
 * @n_posts: the pillar's posts in the range
 * @share: @n_posts as a fraction 0..1 of all posts in the range
 * @target_share: the share the pillar should have, 0..1
 *
 * One pillar's part of the content mix; the strings belong to the entry.
 */
typedef struct
{
  gint64  pillar_id;       /* 0: posts without a pillar */
  char   *name;
  char   *color;           /* #rrggbb */
  guint   n_posts;
  double  share;           /* 0..1 of the posts in the range */
  double  target_share;    /* 0..1 */
} EngageMixEntry;

GArray  *engage_project_content_mix    (EngageProject    *project,
                                        GDateTime        *from,
                                        GDateTime        *to,
                                        GError          **error);

/* KPI progress, pace and forecast */

/**
 * EngageKpiStatus:
 * @ENGAGE_KPI_STATUS_NO_DATA: no measurement yet
 * @ENGAGE_KPI_STATUS_ON_TRACK: at most 5 % of the way behind the pace line
 * @ENGAGE_KPI_STATUS_BEHIND: at most 20 % of the way behind the pace line
 * @ENGAGE_KPI_STATUS_AT_RISK: further behind, or a limit was broken
 * @ENGAGE_KPI_STATUS_ACHIEVED: the latest value meets the target
 *
 * How a KPI stands; see engage_project_assess_kpi().
 */
typedef enum
{
  ENGAGE_KPI_STATUS_NO_DATA,
  ENGAGE_KPI_STATUS_ON_TRACK,
  ENGAGE_KPI_STATUS_BEHIND,
  ENGAGE_KPI_STATUS_AT_RISK,
  ENGAGE_KPI_STATUS_ACHIEVED,
} EngageKpiStatus;

/**
 * EngageKpiAssessment:
 * @current: the latest measurement; NAN without one
 * @current_date: its date, "YYYY-MM-DD", or ""
 * @progress: (current − baseline)/(target − baseline), not clamped
 * @expected: the pace line's value at @current_date
 * @expected_progress: the fraction 0..1 of the time from start to due date
 *   elapsed at @current_date
 * @forecast: the least-squares line's value at the due date; NAN with fewer
 *   than two measurements
 * @slope_per_day: the slope of that line; NAN with fewer than two measurements
 * @status: the verdict
 */
typedef struct
{
  double          current;       /* latest measurement */
  char            current_date[11];
  double          progress;      /* (current − baseline)/(target − baseline), direction-aware, not clamped */
  double          expected;      /* value on the line from baseline (start) to target (due) at current_date */
  double          expected_progress; /* the same as a fraction 0..1 of the way */
  double          forecast;      /* least-squares value at the due date; NAN with < 2 points */
  double          slope_per_day; /* of the least-squares line; NAN with < 2 points */
  EngageKpiStatus status;
} EngageKpiAssessment;

/**
 * EngagePoint:
 * @x: days since 1970-01-01
 * @y: the value
 */
typedef struct
{
  double x;                /* days since 1970-01-01 */
  double y;
} EngagePoint;

gboolean engage_kpi_is_reached          (EngageKpiCriterion criterion,
                                         double             target,
                                         double             current);
double   engage_kpi_progress            (double baseline,
                                         double target,
                                         double current);
double   engage_kpi_expected_value      (double baseline,
                                         double target,
                                         const char *start_date,
                                         const char *due_date,
                                         const char *date);
gboolean engage_least_squares           (const EngagePoint *points,
                                         guint              n_points,
                                         double            *slope,
                                         double            *intercept);
gboolean engage_project_assess_kpi      (EngageProject       *project,
                                         gint64               kpi_id,
                                         const char          *today,
                                         EngageKpiAssessment *assessment,
                                         GError             **error);
const char *engage_kpi_status_get_label (EngageKpiStatus status);

void     engage_mix_entries_free        (GArray *entries);

G_END_DECLS
