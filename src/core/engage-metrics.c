/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-metrics"

#include "config.h"

#include "engage-metrics.h"
#include "engage-metrics-private.h"
#include "engage-kpi.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

/* The formulas of DESIGN.md "Formulas". The pure functions take numbers; the
 * project queries aggregate in SQL (or stream one small row per post) and never
 * build entity objects, so that they stay fast on a project with 100,000 posts. */

/* The normal quantile of a two-sided 95 % interval. */
#define Z_95 1.96

/* Below this many responses the plain Wald interval is too narrow (and collapses
 * to zero width for an all-promoter survey): use the adjusted-Wald interval. */
#define ADJUSTED_WALD_BELOW 100

/* How far a KPI's progress may trail the pace line (as a fraction of the way from
 * baseline to target) and still count as on track, or as behind rather than at
 * risk. */
#define ON_TRACK_TOLERANCE 0.05
#define BEHIND_TOLERANCE   0.20

/* A published post counts in the period of its publication time, but only the
 * scheduled time is indexed. The range query therefore looks for scheduled times
 * this far around the range, which covers any real delay between plan and
 * publication, and then filters on the publication time exactly. */
#define PUBLICATION_MARGIN_SECONDS ((gint64) 92 * 24 * 60 * 60)

#define SECONDS_PER_DAY ((gint64) 24 * 60 * 60)

/* GDate's day number of 1970-01-01, the origin of Unix time and of the x axis of
 * KPI fits. */
#define EPOCH_JULIAN 719163

/* Unix times of 0001-01-01 and 9999-12-31 23:59:59: a time outside them is no
 * calendar day (and only a damaged file holds one). */
#define FIRST_UNIX_TIME G_GINT64_CONSTANT (-62135596800)
#define LAST_UNIX_TIME  G_GINT64_CONSTANT (253402300799)

/* Helpers */

/* Days since 1970-01-01 of an ISO date, or NAN if it is missing or invalid. */
static double
iso_date_to_days (const char *iso_date)
{
  GDate date;

  if (iso_date == NULL || !engage_iso_date_parse (iso_date, &date))
    return NAN;

  return (double) g_date_get_julian (&date) - EPOCH_JULIAN;
}

void
_engage_metrics_format_date (const GDate *date,
                             char         out[11])
{
  g_snprintf (out, 11, "%04u-%02u-%02u",
              (guint) g_date_get_year (date),
              (guint) g_date_get_month (date),
              (guint) g_date_get_day (date));
}

/* Moves @date back to the first day of its period. */
static void
move_to_period_start (GDate        *date,
                      EngagePeriod  period)
{
  GDateYear year = g_date_get_year (date);
  GDateMonth month = g_date_get_month (date);

  switch (period)
    {
    case ENGAGE_PERIOD_DAY:
      break;

    case ENGAGE_PERIOD_WEEK:
      g_date_subtract_days (date, g_date_get_weekday (date) - G_DATE_MONDAY);
      break;

    case ENGAGE_PERIOD_MONTH:
      g_date_set_day (date, 1);
      break;

    case ENGAGE_PERIOD_QUARTER:
      g_date_set_dmy (date, 1, (month - 1) / 3 * 3 + 1, year);
      break;

    case ENGAGE_PERIOD_YEAR:
      g_date_set_dmy (date, 1, G_DATE_JANUARY, year);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* The day (as a GDate day number) that Unix time @unix_time falls on in @tz, or
 * 0 when it is out of the calendar's range. */
guint32
_engage_metrics_local_julian_day (GTimeZone *tz,
                                  gint64     unix_time)
{
  int interval;
  gint64 local;

  if (unix_time < FIRST_UNIX_TIME || unix_time > LAST_UNIX_TIME)
    return 0;

  interval = g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, unix_time);
  local = unix_time + (interval >= 0 ? g_time_zone_get_offset (tz, interval) : 0);
  if (local < FIRST_UNIX_TIME || local > LAST_UNIX_TIME)
    return 0;

  /* Shifted to start at 0001-01-01 (day 1), so that the division rounds down. */
  return (guint32) ((local - FIRST_UNIX_TIME) / SECONDS_PER_DAY + 1);
}

/* Whether a statement stepped to its end, or else the project's error. */
gboolean
_engage_metrics_finish_rows (EngageProject  *project,
                             int             rc,
                             GError        **error)
{
  if (rc == SQLITE_DONE)
    return TRUE;

  _engage_project_set_sql_error (project, error);
  return FALSE;
}

/* NPS */

/**
 * engage_nps_summary_init:
 * @summary: a summary to reset
 *
 * Empties @summary: no responses, NPS 0 and no margin.
 */
void
engage_nps_summary_init (EngageNpsSummary *summary)
{
  g_return_if_fail (summary != NULL);

  memset (summary, 0, sizeof *summary);
  summary->margin = NAN;
}

static void
add_scores (EngageNpsSummary *summary,
            int               score,
            guint             count)
{
  g_assert (score >= 0 && score <= 10);

  summary->counts[score] += count;
  summary->n += count;

  if (score >= 9)
    summary->promoters += count;
  else if (score >= 7)
    summary->passives += count;
  else
    summary->detractors += count;
}

/**
 * engage_nps_summary_add:
 * @summary: a summary started with engage_nps_summary_init()
 * @score: a score from 0 to 10, or -1 for a response without a score
 *
 * Counts one response. Responses without a score are not part of the NPS and
 * are ignored. Call engage_nps_summary_finish() after the last one.
 */
void
engage_nps_summary_add (EngageNpsSummary *summary,
                        int               score)
{
  g_return_if_fail (summary != NULL);
  g_return_if_fail (score >= -1 && score <= 10);

  if (score >= 0)
    add_scores (summary, score, 1);
}

static double
interval_half_width (double p,
                     double d,
                     double n)
{
  /* The variance of the difference of two shares of one multinomial sample;
   * rounding can push it a hair below zero when everyone answered alike. */
  double variance = MAX (0.0, p + d - (p - d) * (p - d));

  return Z_95 * 100.0 * sqrt (variance / n);
}

/**
 * engage_nps_summary_finish:
 * @summary: a summary with its responses added
 *
 * Computes the NPS and its 95 % margin of error from the counts.
 *
 * NPS = 100·(P − D)/n. From 100 responses on, the margin is the Wald half-width
 * 1.96·100·sqrt((p + d − (p − d)²)/n) with p = P/n and d = D/n. Below 100
 * responses it is the adjusted-Wald half-width: the same formula with
 * p' = (P + 0.75)/(n + 3), d' = (D + 0.75)/(n + 3) and n + 3, and
 * @summary->adjusted_wald is set; @summary->nps stays the plain NPS. Without any
 * response the NPS is 0 and the margin is NAN.
 *
 * Adding more responses and finishing again is allowed.
 */
void
engage_nps_summary_finish (EngageNpsSummary *summary)
{
  double n;

  g_return_if_fail (summary != NULL);

  if (summary->n == 0)
    {
      summary->nps = 0.0;
      summary->margin = NAN;
      summary->adjusted_wald = FALSE;
      return;
    }

  n = summary->n;
  summary->nps = 100.0 * ((double) summary->promoters - (double) summary->detractors) / n;

  if (summary->n < ADJUSTED_WALD_BELOW)
    {
      double n_adjusted = n + 3.0;

      summary->margin = interval_half_width ((summary->promoters + 0.75) / n_adjusted,
                                             (summary->detractors + 0.75) / n_adjusted,
                                             n_adjusted);
      summary->adjusted_wald = TRUE;
    }
  else
    {
      summary->margin = interval_half_width (summary->promoters / n, summary->detractors / n, n);
      summary->adjusted_wald = FALSE;
    }
}

/* Open ends of a date range become bounds that every ISO date passes, so that one
 * statement (and the index on survey and date) serves every range. */
static void
bind_date_range (sqlite3_stmt *stmt,
                 int           from_index,
                 const char   *from_date,
                 const char   *to_date)
{
  sqlite3_bind_text (stmt, from_index, from_date ? from_date : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, from_index + 1, to_date ? to_date : "9999-12-31", -1, SQLITE_TRANSIENT);
}

/**
 * engage_project_summarize_nps:
 * @project: an open project
 * @survey_id: the id of an NPS survey
 * @from_date: (nullable): the first day to include as "YYYY-MM-DD", or %NULL for
 *   no start
 * @to_date: (nullable): the last day to include as "YYYY-MM-DD", or %NULL for no
 *   end
 * @summary: (out caller-allocates): the summary of the responses
 * @error: return location for a #GError
 *
 * Summarizes the responses to a survey dated from @from_date to @to_date, both
 * included, as engage_nps_summary_finish() describes. Responses without a score
 * are ignored. A survey without responses in the range gives an empty summary.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_summarize_nps (EngageProject    *project,
                              gint64            survey_id,
                              const char       *from_date,
                              const char       *to_date,
                              EngageNpsSummary *summary,
                              GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (from_date == NULL || engage_iso_date_is_valid (from_date), FALSE);
  g_return_val_if_fail (to_date == NULL || engage_iso_date_is_valid (to_date), FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  engage_nps_summary_init (summary);

  stmt = _engage_project_prepare (project,
                                  "SELECT score, COUNT(*) FROM nps_response "
                                  "WHERE survey_id = ?1 AND date >= ?2 AND date <= ?3 "
                                  "AND score IS NOT NULL "
                                  "GROUP BY score",
                                  error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, survey_id);
  bind_date_range (stmt, 2, from_date, to_date);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int score = sqlite3_column_int (stmt, 0);

      /* The schema's CHECK keeps scores in range; a file edited outside Engage
       * without it must not write past the counts. */
      if (score >= 0 && score <= 10)
        add_scores (summary, score, (guint) sqlite3_column_int64 (stmt, 1));
    }

  if (!_engage_metrics_finish_rows (project, rc, error))
    return FALSE;

  engage_nps_summary_finish (summary);
  return TRUE;
}

/**
 * engage_project_nps_by_period:
 * @project: an open project
 * @survey_id: the id of an NPS survey
 * @period: the length of a period
 * @from_date: (nullable): the first day to include as "YYYY-MM-DD", or %NULL for
 *   no start
 * @to_date: (nullable): the last day to include as "YYYY-MM-DD", or %NULL for no
 *   end
 * @error: return location for a #GError
 *
 * Summarizes the survey's responses per day, week (from Monday), month, quarter
 * or year. Only periods with at least one scored response have an entry; each
 * entry's start is the first day of its period ("2026-04-01" for the second
 * quarter of 2026), also when @from_date lies inside the period.
 *
 * Returns: (transfer full) (element-type EngageNpsPeriod): the periods in date
 *   order, or %NULL on error; free with g_array_unref()
 */
GArray *
engage_project_nps_by_period (EngageProject  *project,
                              gint64          survey_id,
                              EngagePeriod    period,
                              const char     *from_date,
                              const char     *to_date,
                              GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) periods = NULL;
  EngageNpsPeriod *current = NULL;
  int rc;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (period >= ENGAGE_PERIOD_DAY && period <= ENGAGE_PERIOD_YEAR, NULL);
  g_return_val_if_fail (from_date == NULL || engage_iso_date_is_valid (from_date), NULL);
  g_return_val_if_fail (to_date == NULL || engage_iso_date_is_valid (to_date), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _engage_project_prepare (project,
                                  "SELECT date, score, COUNT(*) FROM nps_response "
                                  "WHERE survey_id = ?1 AND date >= ?2 AND date <= ?3 "
                                  "AND score IS NOT NULL "
                                  "GROUP BY date, score ORDER BY date",
                                  error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, survey_id);
  bind_date_range (stmt, 2, from_date, to_date);

  periods = g_array_new (FALSE, TRUE, sizeof (EngageNpsPeriod));

  /* Rows come in date order, so a period's rows are consecutive. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *date_text = _engage_column_text (stmt, 0);
      int score = sqlite3_column_int (stmt, 1);
      char start[11];
      GDate date;

      if (score < 0 || score > 10 || !engage_iso_date_parse (date_text, &date))
        continue;

      move_to_period_start (&date, period);
      _engage_metrics_format_date (&date, start);

      if (current == NULL || strcmp (current->start, start) != 0)
        {
          EngageNpsPeriod entry;

          memcpy (entry.start, start, sizeof entry.start);
          engage_nps_summary_init (&entry.summary);
          g_array_append_val (periods, entry);
          current = &g_array_index (periods, EngageNpsPeriod, periods->len - 1);
        }

      add_scores (&current->summary, score, (guint) sqlite3_column_int64 (stmt, 2));
    }

  if (!_engage_metrics_finish_rows (project, rc, error))
    return NULL;

  for (guint i = 0; i < periods->len; i++)
    engage_nps_summary_finish (&g_array_index (periods, EngageNpsPeriod, i).summary);

  return g_steal_pointer (&periods);
}

/* Engagement */

/**
 * engage_engagement_rate:
 * @interactions: reactions, comments, shares and saves together
 * @basis: the reach, impressions or followers the interactions relate to
 *
 * Returns: @interactions / @basis × 100, or NAN when @basis is not positive
 */
double
engage_engagement_rate (double interactions,
                        double basis)
{
  if (!(basis > 0.0))
    return NAN;

  return interactions / basis * 100.0;
}

/* The posts that count for engagement, one row each: published, with at least
 * one metrics row, and of several rows the latest date's (the lifetime counts).
 * The range is [?1, ?2) on the publication time (the scheduled time when it is
 * unknown). Two statements share the work, so that each walks an index instead
 * of every published post: the posts with a scheduled time through ?3, ?4, the
 * range widened on the indexed scheduled time (see PUBLICATION_MARGIN_SECONDS),
 * and the published posts that never had one. ?5 is a channel id or 0, ?6 the
 * basis nick.
 *
 * The basis column is NULL when the post has no value for the basis, which keeps
 * it out of the rate; for the followers basis it is 0 and the caller puts in the
 * channel's follower count. Clicks are not interactions: they measure traffic to
 * a link, and a newsletter reports nothing else. */
#define LATEST_METRICS \
  "FROM post AS p JOIN post_metric AS m ON m.id = " \
  "  (SELECT l.id FROM post_metric AS l WHERE l.post_id = p.id ORDER BY l.date DESC LIMIT 1) "

#define SCHEDULED_POSTS \
  "WHERE p.status = 'published' AND p.scheduled_at >= ?3 AND p.scheduled_at < ?4 " \
  "AND COALESCE (p.published_at, p.scheduled_at) >= ?1 " \
  "AND COALESCE (p.published_at, p.scheduled_at) < ?2 " \
  "AND (?5 = 0 OR p.channel_id = ?5) "

#define UNSCHEDULED_POSTS \
  "WHERE p.status = 'published' AND p.scheduled_at IS NULL " \
  "AND p.published_at >= ?1 AND p.published_at < ?2 " \
  "AND (?5 = 0 OR p.channel_id = ?5) "

#define ENGAGEMENT_BASIS \
  "(CASE ?6 WHEN 'reach' THEN m.reach " \
  "         WHEN 'impressions' THEN COALESCE (m.impressions, m.views) " \
  "         ELSE 0 END)"

#define ENGAGEMENT_INTERACTIONS \
  "(COALESCE (m.reactions, 0) + COALESCE (m.comments, 0) " \
  " + COALESCE (m.shares, 0) + COALESCE (m.saves, 0))"

/* One row per post: channel, time, basis, interactions. */
#define POST_ROWS \
  "SELECT p.channel_id, COALESCE (p.published_at, p.scheduled_at), " \
  ENGAGEMENT_BASIS ", " ENGAGEMENT_INTERACTIONS " " LATEST_METRICS

static const char * const post_rows_sql[] = {
  POST_ROWS SCHEDULED_POSTS,
  POST_ROWS UNSCHEDULED_POSTS,
};

/* One row per channel: channel, posts with a basis, their interactions, the sum
 * of their basis. */
#define CHANNEL_SUMS \
  "SELECT p.channel_id, COUNT (" ENGAGEMENT_BASIS "), " \
  "TOTAL (CASE WHEN " ENGAGEMENT_BASIS " IS NOT NULL THEN " ENGAGEMENT_INTERACTIONS " END), " \
  "TOTAL (" ENGAGEMENT_BASIS ") " LATEST_METRICS

static const char * const channel_sums_sql[] = {
  CHANNEL_SUMS SCHEDULED_POSTS "GROUP BY p.channel_id",
  CHANNEL_SUMS UNSCHEDULED_POSTS "GROUP BY p.channel_id",
};

/* Binds the parameters of an engagement query: ?1, ?2 the range [@lo, @hi) on the
 * publication time, ?3, ?4 that range widened on the scheduled time, ?5 a channel
 * id or 0, ?6 the basis nick. */
void
_engage_metrics_bind_engagement_range (sqlite3_stmt          *stmt,
                                       gint64                 lo,
                                       gint64                 hi,
                                       gint64                 channel_id,
                                       EngageEngagementBasis  basis)
{
  sqlite3_bind_int64 (stmt, 1, lo);
  sqlite3_bind_int64 (stmt, 2, hi);
  sqlite3_bind_int64 (stmt, 3, lo > G_MININT64 + PUBLICATION_MARGIN_SECONDS
                               ? lo - PUBLICATION_MARGIN_SECONDS : G_MININT64);
  sqlite3_bind_int64 (stmt, 4, hi < G_MAXINT64 - PUBLICATION_MARGIN_SECONDS
                               ? hi + PUBLICATION_MARGIN_SECONDS : G_MAXINT64);
  sqlite3_bind_int64 (stmt, 5, channel_id);
  sqlite3_bind_text (stmt, 6, engage_engagement_basis_to_string (basis), -1, SQLITE_STATIC);
}

static sqlite3_stmt *
prepare_engagement_query (EngageProject          *project,
                          const char             *sql,
                          GDateTime              *from,
                          GDateTime              *to,
                          gint64                  channel_id,
                          EngageEngagementBasis   basis,
                          GError                **error)
{
  sqlite3_stmt *stmt;
  gint64 lo = from ? g_date_time_to_unix (from) : G_MININT64;
  gint64 hi = to ? g_date_time_to_unix (to) : G_MAXINT64;

  stmt = _engage_project_prepare (project, sql, error);
  if (stmt == NULL)
    return NULL;

  /* The statement without a scheduled time leaves ?3 and ?4 unused; binding them
   * is harmless. */
  _engage_metrics_bind_engagement_range (stmt, lo, hi, channel_id, basis);

  return stmt;
}

/* Each channel's follower count: the latest measurement of a "followers" KPI of
 * that channel. Channels without one are missing from the table. */
static GHashTable *
load_follower_counts (EngageProject  *project,
                      GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) followers = NULL;
  int rc;

  stmt = _engage_project_prepare (project,
                                  "SELECT k.channel_id, ms.value "
                                  "FROM kpi AS k JOIN measurement AS ms ON ms.kpi_id = k.id "
                                  "WHERE k.metric = 'followers' AND k.channel_id IS NOT NULL "
                                  "ORDER BY k.channel_id, ms.date DESC, ms.id DESC",
                                  error);
  if (stmt == NULL)
    return NULL;

  followers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 channel_id = sqlite3_column_int64 (stmt, 0);

      if (!g_hash_table_contains (followers, &channel_id))
        g_hash_table_insert (followers,
                             g_memdup2 (&channel_id, sizeof channel_id),
                             g_memdup2 (&(double) { sqlite3_column_double (stmt, 1) },
                                        sizeof (double)));
    }

  if (!_engage_metrics_finish_rows (project, rc, error))
    return NULL;

  return g_steal_pointer (&followers);
}

/* The basis of @n_posts posts on a channel for the followers basis, or a negative
 * value when the channel's follower count is unknown. */
static double
followers_basis (GHashTable *followers,
                 gint64      channel_id,
                 double      n_posts)
{
  const double *count = g_hash_table_lookup (followers, &channel_id);

  return count != NULL ? *count * n_posts : -1.0;
}

/* Each EngageEngagement's rate from its sums. */
void
_engage_metrics_finish_rates (GArray *entries)
{
  for (guint i = 0; i < entries->len; i++)
    {
      EngageEngagement *entry = &g_array_index (entries, EngageEngagement, i);

      entry->rate = engage_engagement_rate (entry->interactions, entry->basis);
    }
}

static int
compare_engagement_start (gconstpointer a,
                          gconstpointer b)
{
  const EngageEngagement *ea = a;
  const EngageEngagement *eb = b;

  return strcmp (ea->start, eb->start);
}

/**
 * engage_project_engagement_by_period:
 * @project: an open project
 * @channel_id: the id of a channel, or 0 for all channels together
 * @basis: what the interactions relate to
 * @period: the length of a period
 * @from: (nullable): the start of the range, included; %NULL for no start
 * @to: (nullable): the end of the range, excluded; %NULL for no end
 * @error: return location for a #GError
 *
 * Computes the engagement rate per period. A post counts in the period of its
 * publication time (its scheduled time when that is unknown) in the project's
 * time zone, if it is published and has metrics; of several metrics rows the one
 * with the latest date counts, as analytics report lifetime totals.
 *
 * Interactions are reactions + comments + shares + saves, unknown counts taken
 * as 0; clicks and follows are not interactions. The basis of a post is its
 * reach, its impressions (its views when impressions are unknown), or for
 * %ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS its channel's follower count: the latest
 * measurement of a KPI with the followers metric and that channel. The follower
 * count counts once per post, so that the rate is interactions per post relative
 * to the audience and weeks compare with months.
 *
 * A post without a value for the basis (no reach on X, a channel without a
 * follower count) is left out of @n_posts, @interactions and @basis alike, so the
 * rate always relates the interactions to the basis of the same posts. The rate
 * of a period is the ratio of the sums, Σ interactions / Σ basis × 100, not the
 * mean of the posts' rates; it is NAN when no post of the period has a basis.
 *
 * Returns: (transfer full) (element-type EngageEngagement): one entry per period
 *   with at least one published post with metrics, in date order, or %NULL on
 *   error; free with g_array_unref()
 */
GArray *
engage_project_engagement_by_period (EngageProject          *project,
                                     gint64                  channel_id,
                                     EngageEngagementBasis   basis,
                                     EngagePeriod            period,
                                     GDateTime              *from,
                                     GDateTime              *to,
                                     GError                **error)
{
  g_autoptr(GHashTable) followers = NULL;
  g_autoptr(GHashTable) index_by_day = NULL;
  g_autoptr(GArray) entries = NULL;
  GTimeZone *tz;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (channel_id >= 0, NULL);
  g_return_val_if_fail (basis >= ENGAGE_ENGAGEMENT_BASIS_REACH &&
                        basis <= ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS, NULL);
  g_return_val_if_fail (period >= ENGAGE_PERIOD_DAY && period <= ENGAGE_PERIOD_YEAR, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (basis == ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS)
    {
      followers = load_follower_counts (project, error);
      if (followers == NULL)
        return NULL;
    }

  tz = engage_project_get_tz (project);
  entries = g_array_new (FALSE, TRUE, sizeof (EngageEngagement));
  /* Period start (a GDate day number) → array index + 1 */
  index_by_day = g_hash_table_new (NULL, NULL);

  for (guint q = 0; q < G_N_ELEMENTS (post_rows_sql); q++)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;
      int rc;

      stmt = prepare_engagement_query (project, post_rows_sql[q], from, to, channel_id, basis,
                                       error);
      if (stmt == NULL)
        return NULL;

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          guint32 julian = _engage_metrics_local_julian_day (tz, sqlite3_column_int64 (stmt, 1));
          EngageEngagement *entry;
          double post_basis;
          guint index;
          GDate date;

          if (julian == 0)
            continue;

          g_date_clear (&date, 1);
          g_date_set_julian (&date, julian);
          move_to_period_start (&date, period);
          julian = g_date_get_julian (&date);

          index = GPOINTER_TO_UINT (g_hash_table_lookup (index_by_day, GUINT_TO_POINTER (julian)));
          if (index == 0)
            {
              EngageEngagement new_entry = { .channel_id = channel_id };

              _engage_metrics_format_date (&date, new_entry.start);
              g_array_append_val (entries, new_entry);
              index = entries->len;
              g_hash_table_insert (index_by_day, GUINT_TO_POINTER (julian),
                                   GUINT_TO_POINTER (index));
            }
          entry = &g_array_index (entries, EngageEngagement, index - 1);

          if (sqlite3_column_type (stmt, 2) == SQLITE_NULL)
            continue;

          if (followers != NULL)
            post_basis = followers_basis (followers, sqlite3_column_int64 (stmt, 0), 1.0);
          else
            post_basis = sqlite3_column_double (stmt, 2);

          if (post_basis < 0.0)
            continue;

          entry->n_posts++;
          entry->interactions += sqlite3_column_double (stmt, 3);
          entry->basis += post_basis;
        }

      if (!_engage_metrics_finish_rows (project, rc, error))
        return NULL;
    }

  g_array_sort (entries, compare_engagement_start);
  _engage_metrics_finish_rates (entries);

  return g_steal_pointer (&entries);
}

/* Orders entries by the channels' position, as the channel list shows them. */
static gboolean
sort_by_channel_order (EngageProject  *project,
                       GArray         *entries,
                       GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) sorted = NULL;
  int rc;

  stmt = _engage_project_prepare (project, "SELECT id FROM channel ORDER BY position, id", error);
  if (stmt == NULL)
    return FALSE;

  sorted = g_array_sized_new (FALSE, FALSE, sizeof (EngageEngagement), entries->len);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW && sorted->len < entries->len)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      for (guint i = 0; i < entries->len; i++)
        if (g_array_index (entries, EngageEngagement, i).channel_id == id)
          g_array_append_val (sorted, g_array_index (entries, EngageEngagement, i));
    }

  if (rc != SQLITE_ROW && !_engage_metrics_finish_rows (project, rc, error))
    return FALSE;

  g_array_set_size (entries, 0);
  g_array_append_vals (entries, sorted->data, sorted->len);
  return TRUE;
}

/**
 * engage_project_engagement_by_channel:
 * @project: an open project
 * @basis: what the interactions relate to
 * @from: (nullable): the start of the range, included; %NULL for no start
 * @to: (nullable): the end of the range, excluded; %NULL for no end
 * @error: return location for a #GError
 *
 * Computes the engagement rate of each channel over the range, with the posts,
 * interactions and basis that engage_project_engagement_by_period() describes.
 * Each entry's start is "".
 *
 * Returns: (transfer full) (element-type EngageEngagement): one entry per channel
 *   with at least one published post with metrics in the range, in the channels'
 *   order, or %NULL on error; free with g_array_unref()
 */
GArray *
engage_project_engagement_by_channel (EngageProject          *project,
                                      EngageEngagementBasis   basis,
                                      GDateTime              *from,
                                      GDateTime              *to,
                                      GError                **error)
{
  g_autoptr(GHashTable) followers = NULL;
  g_autoptr(GArray) entries = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (basis >= ENGAGE_ENGAGEMENT_BASIS_REACH &&
                        basis <= ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (basis == ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS)
    {
      followers = load_follower_counts (project, error);
      if (followers == NULL)
        return NULL;
    }

  entries = g_array_new (FALSE, TRUE, sizeof (EngageEngagement));

  /* Both statements can name the same channel: add up. */
  for (guint q = 0; q < G_N_ELEMENTS (channel_sums_sql); q++)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;
      int rc;

      stmt = prepare_engagement_query (project, channel_sums_sql[q], from, to, 0, basis, error);
      if (stmt == NULL)
        return NULL;

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 channel_id = sqlite3_column_int64 (stmt, 0);
          EngageEngagement *entry = NULL;

          for (guint i = 0; i < entries->len && entry == NULL; i++)
            if (g_array_index (entries, EngageEngagement, i).channel_id == channel_id)
              entry = &g_array_index (entries, EngageEngagement, i);

          if (entry == NULL)
            {
              g_array_set_size (entries, entries->len + 1);
              entry = &g_array_index (entries, EngageEngagement, entries->len - 1);
              entry->channel_id = channel_id;
            }

          entry->n_posts += (guint) sqlite3_column_int64 (stmt, 1);
          entry->interactions += sqlite3_column_double (stmt, 2);
          entry->basis += sqlite3_column_double (stmt, 3);
        }

      if (!_engage_metrics_finish_rows (project, rc, error))
        return NULL;
    }

  if (followers != NULL)
    {
      for (guint i = 0; i < entries->len; i++)
        {
          EngageEngagement *entry = &g_array_index (entries, EngageEngagement, i);

          entry->basis = followers_basis (followers, entry->channel_id, entry->n_posts);
          if (entry->basis < 0.0)
            {
              entry->n_posts = 0;
              entry->interactions = 0.0;
              entry->basis = 0.0;
            }
        }
    }

  if (!sort_by_channel_order (project, entries, error))
    return NULL;

  _engage_metrics_finish_rates (entries);

  return g_steal_pointer (&entries);
}

/* Content mix */

static void
clear_mix_entry (gpointer data)
{
  EngageMixEntry *entry = data;

  g_clear_pointer (&entry->name, g_free);
  g_clear_pointer (&entry->color, g_free);
}

/**
 * engage_project_content_mix:
 * @project: an open project
 * @from: (nullable): the start of the range, included; %NULL for no start
 * @to: (nullable): the end of the range, excluded; %NULL for no end
 * @error: return location for a #GError
 *
 * Counts the posts scheduled in [@from, @to) per pillar, whatever their status
 * except archived; ideas without a date are in no range. Every pillar has an
 * entry, in the pillars' order, also with no posts; the posts without a pillar
 * follow in an entry with pillar id 0 if there are any. A share is the pillar's
 * part of the posts in the range (0 for every entry when there are none), to
 * compare with its target share.
 *
 * Returns: (transfer full) (element-type EngageMixEntry): the entries, or %NULL on
 *   error; free with engage_mix_entries_free() (or g_array_unref(), which frees
 *   the entries' strings as well)
 */
GArray *
engage_project_content_mix (EngageProject  *project,
                            GDateTime      *from,
                            GDateTime      *to,
                            GError        **error)
{
  g_autoptr(sqlite3_stmt) counts_stmt = NULL;
  g_autoptr(sqlite3_stmt) pillars_stmt = NULL;
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GArray) entries = NULL;
  guint n_total = 0;
  guint n_without_pillar = 0;
  int rc;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  counts_stmt = _engage_project_prepare (project,
                                         "SELECT pillar_id, COUNT(*) FROM post "
                                         "WHERE scheduled_at >= ?1 AND scheduled_at < ?2 "
                                         "AND status <> 'archived' "
                                         "GROUP BY pillar_id",
                                         error);
  if (counts_stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (counts_stmt, 1, from ? g_date_time_to_unix (from) : G_MININT64);
  sqlite3_bind_int64 (counts_stmt, 2, to ? g_date_time_to_unix (to) : G_MAXINT64);

  counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  while ((rc = sqlite3_step (counts_stmt)) == SQLITE_ROW)
    {
      guint n = (guint) sqlite3_column_int64 (counts_stmt, 1);

      n_total += n;
      if (sqlite3_column_type (counts_stmt, 0) == SQLITE_NULL)
        n_without_pillar += n;
      else
        g_hash_table_insert (counts,
                             g_memdup2 (&(gint64) { sqlite3_column_int64 (counts_stmt, 0) },
                                        sizeof (gint64)),
                             GUINT_TO_POINTER (n));
    }

  if (!_engage_metrics_finish_rows (project, rc, error))
    return NULL;

  pillars_stmt = _engage_project_prepare (project,
                                          "SELECT id, name, color, target_share FROM pillar "
                                          "ORDER BY position, id",
                                          error);
  if (pillars_stmt == NULL)
    return NULL;

  entries = g_array_new (FALSE, TRUE, sizeof (EngageMixEntry));
  g_array_set_clear_func (entries, clear_mix_entry);

  while ((rc = sqlite3_step (pillars_stmt)) == SQLITE_ROW)
    {
      EngageMixEntry entry = { .pillar_id = sqlite3_column_int64 (pillars_stmt, 0) };

      entry.name = g_strdup (_engage_column_text (pillars_stmt, 1));
      entry.color = g_strdup (_engage_column_text (pillars_stmt, 2));
      entry.n_posts = GPOINTER_TO_UINT (g_hash_table_lookup (counts, &entry.pillar_id));
      entry.target_share = sqlite3_column_double (pillars_stmt, 3);
      g_array_append_val (entries, entry);
    }

  if (!_engage_metrics_finish_rows (project, rc, error))
    return NULL;

  if (n_without_pillar > 0)
    {
      EngageMixEntry entry = { .pillar_id = 0 };

      entry.name = g_strdup (_("No pillar"));
      entry.color = g_strdup (ENGAGE_NO_PILLAR_COLOR);
      entry.n_posts = n_without_pillar;
      entry.target_share = 0.0;
      g_array_append_val (entries, entry);
    }

  for (guint i = 0; i < entries->len; i++)
    {
      EngageMixEntry *entry = &g_array_index (entries, EngageMixEntry, i);

      entry->share = n_total > 0 ? (double) entry->n_posts / n_total : 0.0;
    }

  return g_steal_pointer (&entries);
}

/**
 * engage_mix_entries_free:
 * @entries: (nullable) (transfer full) (element-type EngageMixEntry): entries from
 *   engage_project_content_mix()
 *
 * Frees the entries' names and colours and the array.
 */
void
engage_mix_entries_free (GArray *entries)
{
  if (entries != NULL)
    g_array_unref (entries);
}

/* KPI progress, pace and forecast */

/**
 * engage_kpi_progress:
 * @baseline: the KPI's value at the start
 * @target: the value the KPI aims for
 * @current: the latest value
 *
 * Computes how much of the way from @baseline to @target @current has gone:
 * (current − baseline)/(target − baseline). The formula follows the direction of
 * the target by itself: for a response time that should fall from 6.5 to 4 hours,
 * 5.5 hours is 0.4 of the way. The result is not clamped: below 0 the KPI is
 * worse than at the start, above 1 it is past the target.
 *
 * Returns: the progress, or NAN when @target equals @baseline
 */
double
engage_kpi_progress (double baseline,
                     double target,
                     double current)
{
  if (target == baseline)
    return NAN;

  return (current - baseline) / (target - baseline);
}

/* The fraction 0..1 of the time from @start to @due that has passed at @date, all
 * in days; NAN if any of them is unknown. */
static double
elapsed_fraction (double start,
                  double due,
                  double date)
{
  if (isnan (start) || isnan (due) || isnan (date))
    return NAN;

  if (date <= start)
    return date < due ? 0.0 : 1.0;
  if (date >= due)
    return 1.0;

  return (date - start) / (due - start);
}

/**
 * engage_kpi_expected_value:
 * @baseline: the KPI's value at @start_date
 * @target: the value the KPI aims for at @due_date
 * @start_date: (nullable): the start of the KPI as "YYYY-MM-DD"
 * @due_date: (nullable): the deadline as "YYYY-MM-DD"
 * @date: (nullable): the day to evaluate, as "YYYY-MM-DD"
 *
 * Computes the pace line: the value on the straight line from @baseline at
 * @start_date to @target at @due_date, on @date. Before the start the line stays
 * at the baseline, after the due date at the target.
 *
 * Returns: the expected value, or NAN when a date is missing or invalid
 */
double
engage_kpi_expected_value (double      baseline,
                           double      target,
                           const char *start_date,
                           const char *due_date,
                           const char *date)
{
  double fraction = elapsed_fraction (iso_date_to_days (start_date),
                                      iso_date_to_days (due_date),
                                      iso_date_to_days (date));

  if (isnan (fraction))
    return NAN;

  return baseline + fraction * (target - baseline);
}

/**
 * engage_least_squares:
 * @points: (array length=n_points): the points to fit
 * @n_points: the number of points
 * @slope: (out) (optional): the slope of the fitted line, or NAN
 * @intercept: (out) (optional): its value at x = 0, or NAN
 *
 * Fits the straight line y = slope·x + intercept that minimizes the sum of
 * squared vertical distances to @points (ordinary least squares).
 *
 * Returns: %TRUE if a line was fitted; %FALSE with fewer than two points or when
 *   all points have the same x
 */
gboolean
engage_least_squares (const EngagePoint *points,
                      guint              n_points,
                      double            *slope,
                      double            *intercept)
{
  double mean_x = 0.0, mean_y = 0.0;
  double sxx = 0.0, sxy = 0.0;
  double b;

  g_return_val_if_fail (points != NULL || n_points == 0, FALSE);

  if (slope != NULL)
    *slope = NAN;
  if (intercept != NULL)
    *intercept = NAN;

  if (n_points < 2)
    return FALSE;

  /* Centred sums: x are day numbers around 20,000, and x² summed directly would
   * lose the digits that the slope lives in. */
  for (guint i = 0; i < n_points; i++)
    {
      mean_x += points[i].x;
      mean_y += points[i].y;
    }
  mean_x /= n_points;
  mean_y /= n_points;

  for (guint i = 0; i < n_points; i++)
    {
      double dx = points[i].x - mean_x;

      sxx += dx * dx;
      sxy += dx * (points[i].y - mean_y);
    }

  if (sxx == 0.0)
    return FALSE;

  b = sxy / sxx;
  if (slope != NULL)
    *slope = b;
  if (intercept != NULL)
    *intercept = mean_y - b * mean_x;

  return TRUE;
}

/**
 * engage_kpi_is_reached:
 * @criterion: what the goal asks for
 * @target: the target value
 * @current: the latest value
 *
 * Returns: whether @current meets the target: at or above it for
 *   %ENGAGE_KPI_CRITERION_AT_LEAST and %ENGAGE_KPI_CRITERION_STAY_ABOVE, at or
 *   below it for %ENGAGE_KPI_CRITERION_STAY_BELOW
 */
gboolean
engage_kpi_is_reached (EngageKpiCriterion criterion,
                       double             target,
                       double             current)
{
  if (criterion == ENGAGE_KPI_CRITERION_STAY_BELOW)
    return current <= target;

  return current >= target;
}

static EngageKpiStatus
assess_status (EngageKpiCriterion criterion,
               double             baseline,
               double             target,
               double             current,
               double             progress,
               double             expected_progress)
{
  if (engage_kpi_is_reached (criterion, target, current))
    return ENGAGE_KPI_STATUS_ACHIEVED;

  /* A target that the baseline already met ("stay below 8 hours" starting from 6)
   * is a limit to keep, not a goal to move towards: there is no pace to it, and
   * once broken it is at risk. */
  if (engage_kpi_is_reached (criterion, target, baseline))
    return ENGAGE_KPI_STATUS_AT_RISK;

  /* Without a start or due date there is no pace to compare with. */
  if (isnan (expected_progress))
    return progress >= 0.0 ? ENGAGE_KPI_STATUS_ON_TRACK : ENGAGE_KPI_STATUS_AT_RISK;

  if (progress >= expected_progress - ON_TRACK_TOLERANCE)
    return ENGAGE_KPI_STATUS_ON_TRACK;
  if (progress >= expected_progress - BEHIND_TOLERANCE)
    return ENGAGE_KPI_STATUS_BEHIND;

  return ENGAGE_KPI_STATUS_AT_RISK;
}

/**
 * engage_project_assess_kpi:
 * @project: an open project
 * @kpi_id: the id of a KPI
 * @today: the day of the assessment as "YYYY-MM-DD"; later measurements are
 *   ignored
 * @assessment: (out caller-allocates): the assessment
 * @error: return location for a #GError
 *
 * Assesses a KPI against its pace line. The current value is the latest
 * measurement up to @today (of several on that day, the one entered last);
 * progress is engage_kpi_progress() of it. The pace line runs from the baseline
 * at the start date (the baseline date when there is no start date) to the target
 * at the due date: expected is its value at the current measurement's date, and
 * expected_progress the fraction of the time from start to due elapsed then.
 *
 * The status is
 * - %ENGAGE_KPI_STATUS_NO_DATA without measurements up to @today;
 * - %ENGAGE_KPI_STATUS_ACHIEVED when the current value meets the target by the
 *   criterion: at least or stay above, current ≥ target; stay below,
 *   current ≤ target;
 * - %ENGAGE_KPI_STATUS_ON_TRACK when progress ≥ expected_progress − 0.05;
 * - %ENGAGE_KPI_STATUS_BEHIND when progress ≥ expected_progress − 0.20;
 * - %ENGAGE_KPI_STATUS_AT_RISK otherwise, and also when a target that the
 *   baseline already met (a limit to keep, such as "stay below 8 hours" from 6)
 *   is broken.
 * Without a start or due date there is no pace: a KPI that is not achieved is
 * then on track while it is not worse than its baseline, at risk otherwise.
 *
 * The forecast is the least-squares line through the measurements up to @today
 * (x in days since 1970-01-01), evaluated at the due date; it and the slope are
 * NAN with fewer than two measurements or all on one day, and the forecast also
 * without a due date.
 *
 * Returns: %TRUE on success; %FALSE with %ENGAGE_PROJECT_ERROR_INVALID if there is
 *   no such KPI
 */
gboolean
engage_project_assess_kpi (EngageProject        *project,
                           gint64                kpi_id,
                           const char           *today,
                           EngageKpiAssessment  *assessment,
                           GError              **error)
{
  g_autoptr(EngageKpi) kpi = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) points = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *start_date;
  double baseline, target, intercept, due;
  int rc;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (today != NULL && engage_iso_date_is_valid (today), FALSE);
  g_return_val_if_fail (assessment != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *assessment = (EngageKpiAssessment) {
    .current = NAN,
    .progress = NAN,
    .expected = NAN,
    .expected_progress = NAN,
    .forecast = NAN,
    .slope_per_day = NAN,
    .status = ENGAGE_KPI_STATUS_NO_DATA,
  };

  kpi = engage_project_get_kpi (project, kpi_id, &local_error);
  if (kpi == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                             _("The KPI no longer exists."));
      return FALSE;
    }

  stmt = _engage_project_prepare (project,
                                  "SELECT date, value FROM measurement "
                                  "WHERE kpi_id = ?1 AND date <= ?2 ORDER BY date, id",
                                  error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, kpi_id);
  sqlite3_bind_text (stmt, 2, today, -1, SQLITE_STATIC);

  points = g_array_new (FALSE, FALSE, sizeof (EngagePoint));

  /* Oldest first: the last row is the current value. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *date = _engage_column_text (stmt, 0);
      EngagePoint point = { iso_date_to_days (date), sqlite3_column_double (stmt, 1) };

      if (isnan (point.x))
        continue;

      g_array_append_val (points, point);
      g_strlcpy (assessment->current_date, date, sizeof assessment->current_date);
      assessment->current = point.y;
    }

  if (!_engage_metrics_finish_rows (project, rc, error))
    return FALSE;

  if (points->len == 0)
    return TRUE;

  baseline = engage_kpi_get_baseline_value (kpi);
  target = engage_kpi_get_target_value (kpi);
  start_date = engage_kpi_get_start_date (kpi);
  if (start_date == NULL)
    start_date = engage_kpi_get_baseline_date (kpi);
  due = iso_date_to_days (engage_kpi_get_due_date (kpi));

  assessment->progress = engage_kpi_progress (baseline, target, assessment->current);
  assessment->expected_progress = elapsed_fraction (iso_date_to_days (start_date), due,
                                                    iso_date_to_days (assessment->current_date));
  assessment->expected = baseline + assessment->expected_progress * (target - baseline);
  assessment->status = assess_status (engage_kpi_get_criterion (kpi), baseline, target,
                                      assessment->current, assessment->progress,
                                      assessment->expected_progress);

  if (engage_least_squares ((const EngagePoint *) points->data, points->len,
                            &assessment->slope_per_day, &intercept) &&
      !isnan (due))
    assessment->forecast = assessment->slope_per_day * due + intercept;

  return TRUE;
}

/**
 * engage_kpi_status_get_label:
 * @status: a KPI status
 *
 * Returns: (transfer none): the status for display, translated
 */
const char *
engage_kpi_status_get_label (EngageKpiStatus status)
{
  static const char * const labels[] = {
    [ENGAGE_KPI_STATUS_NO_DATA] = N_("No data"),
    [ENGAGE_KPI_STATUS_ON_TRACK] = N_("On track"),
    [ENGAGE_KPI_STATUS_BEHIND] = N_("Behind"),
    [ENGAGE_KPI_STATUS_AT_RISK] = N_("At risk"),
    [ENGAGE_KPI_STATUS_ACHIEVED] = N_("Achieved"),
  };

  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (labels), NULL);

  return _(labels[status]);
}
