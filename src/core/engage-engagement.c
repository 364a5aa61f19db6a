/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-engagement"

#include "config.h"

#include "engage-engagement.h"
#include "engage-metrics-private.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

/* The engagement of a period, its pillars and its best and worst posts. Which
 * posts count and how is the same as in engage-metrics.c (published, latest
 * metrics row, interactions without clicks, a post without a value for the
 * basis left out entirely); here the follower counts are looked up in SQL too,
 * so that each figure is one aggregate query over the period's posts. */

/* Spans up to this many days are charted per week, longer ones per month. */
#define WEEKLY_TREND_MAX_DAYS 200

/* The parameters of every query below: ?1, ?2 the range on the publication time
 * [from, to); ?3, ?4 the range widened on the scheduled time, which alone is
 * indexed; ?5 a channel id or 0; ?6 the basis nick (bound as engage-metrics.c
 * binds its own engagement queries).
 *
 * follower_count: each channel's follower count, the latest measurement of a
 * "followers" KPI of that channel; empty unless the basis is followers.
 * period_post: the published posts of the range, through the status index.
 * post_engagement: one row per post with metrics, its basis (NULL when it has
 * no value for the basis), its interactions, and whether the platform reported
 * any interaction count at all (a newsletter reports opens and clicks only). */
#define ENGAGEMENT_ROWS \
  "WITH follower_count (channel_id, followers) AS (" \
  "  SELECT channel_id, value FROM (" \
  "    SELECT k.channel_id AS channel_id, ms.value AS value, row_number () OVER (" \
  "      PARTITION BY k.channel_id ORDER BY ms.date DESC, ms.id DESC) AS n " \
  "    FROM kpi AS k JOIN measurement AS ms ON ms.kpi_id = k.id " \
  "    WHERE ?6 = 'followers' AND k.metric = 'followers' AND k.channel_id IS NOT NULL) " \
  "  WHERE n = 1), " \
  "period_post (id, channel_id, pillar_id, title, at) AS (" \
  "  SELECT p.id, p.channel_id, p.pillar_id, p.title, COALESCE (p.published_at, p.scheduled_at) " \
  "  FROM post AS p " \
  "  WHERE p.status = 'published' AND p.scheduled_at >= ?3 AND p.scheduled_at < ?4 " \
  "    AND COALESCE (p.published_at, p.scheduled_at) >= ?1 " \
  "    AND COALESCE (p.published_at, p.scheduled_at) < ?2 " \
  "    AND (?5 = 0 OR p.channel_id = ?5) " \
  "  UNION ALL " \
  "  SELECT p.id, p.channel_id, p.pillar_id, p.title, p.published_at " \
  "  FROM post AS p " \
  "  WHERE p.status = 'published' AND p.scheduled_at IS NULL " \
  "    AND p.published_at >= ?1 AND p.published_at < ?2 " \
  "    AND (?5 = 0 OR p.channel_id = ?5)), " \
  "post_engagement (id, channel_id, pillar_id, title, at, basis, interactions, reported) AS (" \
  "  SELECT pp.id, pp.channel_id, pp.pillar_id, pp.title, pp.at, " \
  "    CASE ?6 WHEN 'reach' THEN m.reach " \
  "            WHEN 'impressions' THEN COALESCE (m.impressions, m.views) " \
  "            ELSE fc.followers END, " \
  "    COALESCE (m.reactions, 0) + COALESCE (m.comments, 0) " \
  "    + COALESCE (m.shares, 0) + COALESCE (m.saves, 0), " \
  "    m.reactions IS NOT NULL OR m.comments IS NOT NULL " \
  "    OR m.shares IS NOT NULL OR m.saves IS NOT NULL " \
  "  FROM period_post AS pp " \
  "  JOIN post_metric AS m ON m.id = (SELECT l.id FROM post_metric AS l " \
  "                                   WHERE l.post_id = pp.id ORDER BY l.date DESC LIMIT 1) " \
  "  LEFT JOIN follower_count AS fc ON fc.channel_id = pp.channel_id) "

/* The sums of the ratio: posts with a basis, their interactions, their basis. */
#define ENGAGEMENT_SUMS \
  "COUNT (basis), TOTAL (CASE WHEN basis IS NOT NULL THEN interactions END), TOTAL (basis)"

static const char summary_sql[] =
  ENGAGEMENT_ROWS
  "SELECT " ENGAGEMENT_SUMS " FROM post_engagement";

static const char trend_sql[] =
  ENGAGEMENT_ROWS
  "SELECT channel_id, at, basis, interactions FROM post_engagement WHERE basis IS NOT NULL";

/* Pillars in their order, the posts without a pillar last. */
static const char pillar_sql[] =
  ENGAGEMENT_ROWS
  "SELECT pe.pillar_id, pl.name, pl.color, " ENGAGEMENT_SUMS " "
  "FROM post_engagement AS pe LEFT JOIN pillar AS pl ON pl.id = pe.pillar_id "
  "GROUP BY pe.pillar_id HAVING COUNT (basis) > 0 "
  "ORDER BY pl.id IS NULL, pl.position, pl.id";

/* ?7 the smallest basis a ranked post has, ?8 how many. A post whose platform
 * reports no interactions is not ranked: its 0 % says nothing about the post.
 * Ties go to the post with the larger basis, whose rate says more, then to the
 * older post. */
static const char top_sql[] =
  ENGAGEMENT_ROWS
  "SELECT id, channel_id, title, at, interactions, basis FROM post_engagement "
  "WHERE reported AND basis > 0 AND basis >= ?7 "
  "ORDER BY interactions * 1.0 / basis DESC, basis DESC, at, id LIMIT ?8";

static const char bottom_sql[] =
  ENGAGEMENT_ROWS
  "SELECT id, channel_id, title, at, interactions, basis FROM post_engagement "
  "WHERE reported AND basis > 0 AND basis >= ?7 "
  "ORDER BY interactions * 1.0 / basis ASC, basis DESC, at, id LIMIT ?8";

/* Dates */

static gboolean
parse_date (const char *iso_date,
            GDate      *date)
{
  g_date_clear (date, 1);
  return iso_date != NULL && engage_iso_date_parse (iso_date, date);
}

/* The Unix time at which @date (plus @add_days) starts in @tz. */
static gint64
start_of_day (GTimeZone   *tz,
              const GDate *date,
              int          add_days)
{
  g_autoptr(GDateTime) time = NULL;
  GDate day = *date;

  if (add_days > 0)
    g_date_add_days (&day, add_days);

  time = g_date_time_new (tz, g_date_get_year (&day), g_date_get_month (&day),
                          g_date_get_day (&day), 0, 0, 0);
  return time != NULL ? g_date_time_to_unix (time) : G_MAXINT64;
}

static gboolean
check_date (const char  *iso_date,
            GError     **error)
{
  if (iso_date == NULL || engage_iso_date_is_valid (iso_date))
    return TRUE;

  g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
               _("The date “%s” is not written as YYYY-MM-DD."), iso_date);
  return FALSE;
}

/* Queries */

static sqlite3_stmt *
prepare (EngageProject          *project,
         const char             *sql,
         gint64                  channel_id,
         EngageEngagementBasis   basis,
         const char             *from_date,
         const char             *to_date,
         GError                **error)
{
  GTimeZone *tz = engage_project_get_tz (project);
  sqlite3_stmt *stmt;
  gint64 lo = G_MININT64;
  gint64 hi = G_MAXINT64;
  GDate date;

  if (!check_date (from_date, error) || !check_date (to_date, error))
    return NULL;

  if (parse_date (from_date, &date))
    lo = start_of_day (tz, &date, 0);
  if (parse_date (to_date, &date))
    hi = start_of_day (tz, &date, 1);

  stmt = _engage_project_prepare (project, sql, error);
  if (stmt == NULL)
    return NULL;

  _engage_metrics_bind_engagement_range (stmt, lo, hi, channel_id, basis);

  return stmt;
}

static void
read_sums (sqlite3_stmt     *stmt,
           int               first_column,
           EngageEngagement *engagement)
{
  engagement->n_posts = (guint) sqlite3_column_int64 (stmt, first_column);
  engagement->interactions = sqlite3_column_double (stmt, first_column + 1);
  engagement->basis = sqlite3_column_double (stmt, first_column + 2);
  engagement->rate = engage_engagement_rate (engagement->interactions, engagement->basis);
}

static void
clear_pillar_engagement (gpointer data)
{
  EngagePillarEngagement *entry = data;

  g_clear_pointer (&entry->name, g_free);
  g_clear_pointer (&entry->color, g_free);
}

static void
clear_post_engagement (gpointer data)
{
  EngagePostEngagement *entry = data;

  g_clear_pointer (&entry->title, g_free);
}

/* Trend periods */

/* The periods of a trend, counted back from the last day: period 0 ends on it,
 * period k starts at starts[k]. With a first day, the periods from @oldest on
 * (the oldest whole one and the few days before it) make one period starting
 * on that day, so that no remainder of a few days stands for a whole period. */
typedef struct
{
  guint32       last;
  guint32       first;    /* 0: no first day */
  EngagePeriod  period;
  GArray       *starts;   /* guint32 day numbers, decreasing */
  guint         oldest;
} Periods;

static guint32
compute_period_start (const Periods *periods,
                      guint          index)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, periods->last);
  g_date_add_days (&date, 1);

  switch (periods->period)
    {
    case ENGAGE_PERIOD_DAY:
      g_date_subtract_days (&date, index + 1);
      break;
    case ENGAGE_PERIOD_WEEK:
      g_date_subtract_days (&date, 7 * (index + 1));
      break;
    case ENGAGE_PERIOD_MONTH:
      g_date_subtract_months (&date, index + 1);
      break;
    case ENGAGE_PERIOD_QUARTER:
      g_date_subtract_months (&date, 3 * (index + 1));
      break;
    case ENGAGE_PERIOD_YEAR:
    default:
      g_date_subtract_years (&date, index + 1);
      break;
    }

  return g_date_get_julian (&date);
}

static guint32
periods_get_start (Periods *periods,
                   guint    index)
{
  while (periods->starts->len <= index)
    {
      guint32 start = compute_period_start (periods, periods->starts->len);

      g_array_append_val (periods->starts, start);
    }

  return g_array_index (periods->starts, guint32, index);
}

static void
periods_init (Periods      *periods,
              guint32       last,
              guint32       first,
              EngagePeriod  period)
{
  periods->last = last;
  periods->first = first;
  periods->period = period;
  periods->starts = g_array_new (FALSE, FALSE, sizeof (guint32));
  periods->oldest = G_MAXUINT;

  if (first > 0)
    for (periods->oldest = 0; periods_get_start (periods, periods->oldest + 1) >= first; )
      periods->oldest++;
}

static void
periods_clear (Periods *periods)
{
  g_clear_pointer (&periods->starts, g_array_unref);
}

/* The first day of the period @day falls in; @day is on or before the last day. */
static guint32
periods_locate (Periods *periods,
                guint32  day)
{
  guint lo = 0, hi;

  periods_get_start (periods, 0);
  while (g_array_index (periods->starts, guint32, periods->starts->len - 1) > day)
    periods_get_start (periods, periods->starts->len);

  /* The first period that starts on or before @day: starts decrease. */
  hi = periods->starts->len - 1;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (periods->starts, guint32, mid) <= day)
        hi = mid;
      else
        lo = mid + 1;
    }

  if (lo >= periods->oldest)
    return periods->first;

  return g_array_index (periods->starts, guint32, lo);
}

/* Public API */

/**
 * engage_engagement_range_init:
 * @range: the range to fill in
 * @span: which span
 * @today: the last day, "YYYY-MM-DD"
 *
 * Works out the days of @span up to and including @today, and those of the
 * period of the same number of days just before it: the 28 days before for
 * four weeks, the 92 days before 24 August–23 November for three months. All
 * time has no period before it.
 *
 * Returns: %FALSE when @today is not a valid date
 */
gboolean
engage_engagement_range_init (EngageEngagementRange *range,
                              EngageEngagementSpan   span,
                              const char            *today)
{
  GDate to, from, previous_from, previous_to;
  guint n_days;

  g_return_val_if_fail (range != NULL, FALSE);

  memset (range, 0, sizeof *range);

  if (!parse_date (today, &to))
    return FALSE;

  _engage_metrics_format_date (&to, range->to);
  from = to;

  switch (span)
    {
    case ENGAGE_ENGAGEMENT_SPAN_4_WEEKS:
      g_date_subtract_days (&from, 27);
      break;
    case ENGAGE_ENGAGEMENT_SPAN_3_MONTHS:
      g_date_subtract_months (&from, 3);
      g_date_add_days (&from, 1);
      break;
    case ENGAGE_ENGAGEMENT_SPAN_12_MONTHS:
      g_date_subtract_months (&from, 12);
      g_date_add_days (&from, 1);
      break;
    case ENGAGE_ENGAGEMENT_SPAN_ALL:
    default:
      return TRUE;
    }

  _engage_metrics_format_date (&from, range->from);

  n_days = g_date_days_between (&from, &to) + 1;
  previous_to = from;
  g_date_subtract_days (&previous_to, 1);
  previous_from = from;
  g_date_subtract_days (&previous_from, n_days);
  _engage_metrics_format_date (&previous_from, range->previous_from);
  _engage_metrics_format_date (&previous_to, range->previous_to);

  return TRUE;
}

/**
 * engage_engagement_range_get_period:
 * @range: a range
 *
 * Returns: the periods to chart @range's engagement by: weeks up to about half
 *   a year, months beyond and for all time
 */
EngagePeriod
engage_engagement_range_get_period (const EngageEngagementRange *range)
{
  GDate from, to;

  g_return_val_if_fail (range != NULL, ENGAGE_PERIOD_MONTH);

  if (!parse_date (range->from, &from) || !parse_date (range->to, &to))
    return ENGAGE_PERIOD_MONTH;

  return g_date_days_between (&from, &to) < WEEKLY_TREND_MAX_DAYS ? ENGAGE_PERIOD_WEEK
                                                                   : ENGAGE_PERIOD_MONTH;
}

/**
 * engage_project_summarize_engagement:
 * @project: an open project
 * @channel_id: a channel, or 0 for all channels together
 * @basis: what the interactions relate to
 * @from_date: (nullable): the first day, "YYYY-MM-DD" in the project's time
 *   zone; %NULL for no start
 * @to_date: (nullable): the last day, included; %NULL for no end
 * @engagement: (out caller-allocates): the posts with a value for the basis,
 *   their interactions, the sum of their basis and the rate; start is ""
 * @error: return location for a #GError
 *
 * Computes the engagement rate of the range as the ratio of sums,
 * Σ interactions ÷ Σ basis × 100, with the posts, interactions and basis of
 * engage_project_engagement_by_period(), in one query.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_summarize_engagement (EngageProject          *project,
                                     gint64                  channel_id,
                                     EngageEngagementBasis   basis,
                                     const char             *from_date,
                                     const char             *to_date,
                                     EngageEngagement       *engagement,
                                     GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (channel_id >= 0, FALSE);
  g_return_val_if_fail (engagement != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (engagement, 0, sizeof *engagement);
  engagement->channel_id = channel_id;
  engagement->rate = NAN;

  stmt = prepare (project, summary_sql, channel_id, basis, from_date, to_date, error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _engage_metrics_finish_rows (project, rc, error);

  read_sums (stmt, 0, engagement);
  return TRUE;
}

/**
 * engage_project_compare_engagement:
 * @project: an open project
 * @channel_id: a channel, or 0 for all channels together
 * @basis: what the interactions relate to
 * @range: the period and the one before it, from engage_engagement_range_init()
 * @comparison: (out caller-allocates): both periods' engagement and the change
 * @error: return location for a #GError
 *
 * Computes the engagement of @range's period and of the period before it, as
 * engage_project_summarize_engagement() does. Each entry's start is its first
 * day.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_compare_engagement (EngageProject               *project,
                                   gint64                       channel_id,
                                   EngageEngagementBasis        basis,
                                   const EngageEngagementRange *range,
                                   EngageEngagementComparison  *comparison,
                                   GError                     **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (range != NULL, FALSE);
  g_return_val_if_fail (comparison != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (comparison, 0, sizeof *comparison);
  comparison->previous.channel_id = channel_id;
  comparison->previous.rate = NAN;
  comparison->change = NAN;

  if (!engage_project_summarize_engagement (project, channel_id, basis,
                                            range->from[0] != '\0' ? range->from : NULL,
                                            range->to[0] != '\0' ? range->to : NULL,
                                            &comparison->current, error))
    return FALSE;
  g_strlcpy (comparison->current.start, range->from, sizeof comparison->current.start);

  if (range->previous_from[0] == '\0')
    return TRUE;

  if (!engage_project_summarize_engagement (project, channel_id, basis,
                                            range->previous_from, range->previous_to,
                                            &comparison->previous, error))
    return FALSE;
  g_strlcpy (comparison->previous.start, range->previous_from, sizeof comparison->previous.start);

  if (isfinite (comparison->current.rate) && isfinite (comparison->previous.rate))
    comparison->change = comparison->current.rate - comparison->previous.rate;

  return TRUE;
}

static int
compare_trend_entries (gconstpointer a,
                       gconstpointer b)
{
  const EngageEngagement *ea = a;
  const EngageEngagement *eb = b;

  if (ea->channel_id != eb->channel_id)
    return ea->channel_id < eb->channel_id ? -1 : 1;

  return strcmp (ea->start, eb->start);
}

/**
 * engage_project_engagement_trend:
 * @project: an open project
 * @channel_id: a channel, or 0 for each channel and all of them together
 * @basis: what the interactions relate to
 * @period: the length of a period
 * @from_date: (nullable): the first day, "YYYY-MM-DD"; %NULL for no start
 * @to_date: the last day, included
 * @error: return location for a #GError
 *
 * Computes the engagement rate per period, with periods counted back from
 * @to_date, so that the latest one is whole rather than a remainder of a few
 * days (the four weeks up to a Monday are four weeks, not three and two
 * partial ones).
 * The days before the first whole period join it. A period is named by its
 * first day.
 *
 * Returns: (transfer full) (element-type EngageEngagement): for @channel_id 0,
 *   one entry per period with posts for all channels together (channel_id 0)
 *   and one per channel and period with posts; otherwise the entries of that
 *   channel. Sorted by channel id, then date; only posts with a value for the
 *   basis count. %NULL on error.
 */
GArray *
engage_project_engagement_trend (EngageProject          *project,
                                 gint64                  channel_id,
                                 EngageEngagementBasis   basis,
                                 EngagePeriod            period,
                                 const char             *from_date,
                                 const char             *to_date,
                                 GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GHashTable) index_by_key = NULL;
  Periods periods;
  GTimeZone *tz;
  guint32 first = 0;
  guint32 last;
  GDate date;
  int rc;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (channel_id >= 0, NULL);
  g_return_val_if_fail (period >= ENGAGE_PERIOD_DAY && period <= ENGAGE_PERIOD_YEAR, NULL);
  g_return_val_if_fail (to_date != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = prepare (project, trend_sql, channel_id, basis, from_date, to_date, error);
  if (stmt == NULL)
    return NULL;

  parse_date (to_date, &date);
  last = g_date_get_julian (&date);
  if (parse_date (from_date, &date))
    first = g_date_get_julian (&date);

  tz = engage_project_get_tz (project);
  entries = g_array_new (FALSE, TRUE, sizeof (EngageEngagement));
  /* "channel:first day" → array index + 1 */
  index_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  periods_init (&periods, last, first, period);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 post_channel = sqlite3_column_int64 (stmt, 0);
      guint32 day = _engage_metrics_local_julian_day (tz, sqlite3_column_int64 (stmt, 1));
      double basis_value = sqlite3_column_double (stmt, 2);
      double interactions = sqlite3_column_double (stmt, 3);
      gint64 targets[2] = { post_channel, 0 };
      guint32 start;

      if (day == 0 || day > last || (first > 0 && day < first))
        continue;

      start = periods_locate (&periods, day);

      /* The channel's own entry, and with all channels also the total's. */
      for (guint t = 0; t < (channel_id == 0 ? 2 : 1); t++)
        {
          g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT ":%u", targets[t], start);
          guint index = GPOINTER_TO_UINT (g_hash_table_lookup (index_by_key, key));
          EngageEngagement *entry;

          if (index == 0)
            {
              EngageEngagement new_entry = { .channel_id = targets[t] };

              g_date_clear (&date, 1);
              g_date_set_julian (&date, start);
              _engage_metrics_format_date (&date, new_entry.start);
              g_array_append_val (entries, new_entry);
              index = entries->len;
              g_hash_table_insert (index_by_key, g_steal_pointer (&key), GUINT_TO_POINTER (index));
            }

          entry = &g_array_index (entries, EngageEngagement, index - 1);
          entry->n_posts++;
          entry->interactions += interactions;
          entry->basis += basis_value;
        }
    }

  periods_clear (&periods);

  if (!_engage_metrics_finish_rows (project, rc, error))
    return NULL;

  _engage_metrics_finish_rates (entries);
  g_array_sort (entries, compare_trend_entries);

  return g_steal_pointer (&entries);
}

/**
 * engage_project_engagement_by_pillar:
 * @project: an open project
 * @channel_id: a channel, or 0 for all channels together
 * @basis: what the interactions relate to
 * @from_date: (nullable): the first day, "YYYY-MM-DD"; %NULL for no start
 * @to_date: (nullable): the last day, included; %NULL for no end
 * @error: return location for a #GError
 *
 * Computes each content pillar's engagement rate in the range as the ratio of
 * its sums, and its share of the interactions of all counted posts: which
 * content works.
 *
 * Returns: (transfer full) (element-type EngagePillarEngagement): one entry per
 *   pillar with at least one post with a value for the basis, in the pillars'
 *   order, the posts without a pillar last; freeing the array frees the
 *   entries' strings. %NULL on error.
 */
GArray *
engage_project_engagement_by_pillar (EngageProject          *project,
                                     gint64                  channel_id,
                                     EngageEngagementBasis   basis,
                                     const char             *from_date,
                                     const char             *to_date,
                                     GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) entries = NULL;
  double total = 0.0;
  int rc;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (channel_id >= 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = prepare (project, pillar_sql, channel_id, basis, from_date, to_date, error);
  if (stmt == NULL)
    return NULL;

  entries = g_array_new (FALSE, TRUE, sizeof (EngagePillarEngagement));
  g_array_set_clear_func (entries, clear_pillar_engagement);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      EngagePillarEngagement entry = { .pillar_id = sqlite3_column_int64 (stmt, 0) };
      EngageEngagement sums = { 0 };

      if (sqlite3_column_type (stmt, 1) == SQLITE_NULL)
        {
          entry.pillar_id = 0;
          entry.name = g_strdup (_("No pillar"));
          entry.color = g_strdup (ENGAGE_NO_PILLAR_COLOR);
        }
      else
        {
          entry.name = g_strdup (_engage_column_text (stmt, 1));
          entry.color = g_strdup (_engage_column_text (stmt, 2));
        }

      read_sums (stmt, 3, &sums);
      entry.n_posts = sums.n_posts;
      entry.interactions = sums.interactions;
      entry.basis = sums.basis;
      entry.rate = sums.rate;
      total += entry.interactions;
      g_array_append_val (entries, entry);
    }

  if (!_engage_metrics_finish_rows (project, rc, error))
    return NULL;

  for (guint i = 0; i < entries->len; i++)
    {
      EngagePillarEngagement *entry = &g_array_index (entries, EngagePillarEngagement, i);

      entry->share = total > 0.0 ? entry->interactions / total : 0.0;
    }

  return g_steal_pointer (&entries);
}

/**
 * engage_project_rank_posts_by_engagement:
 * @project: an open project
 * @channel_id: a channel, or 0 for all channels
 * @basis: what the interactions relate to
 * @from_date: (nullable): the first day, "YYYY-MM-DD"; %NULL for no start
 * @to_date: (nullable): the last day, included; %NULL for no end
 * @order: the highest or the lowest rates first
 * @min_basis: the smallest basis a post needs to be ranked, such as
 *   %ENGAGE_ENGAGEMENT_RANK_MIN_BASIS; posts without a basis never are
 * @limit: how many posts at most
 * @error: return location for a #GError
 *
 * Ranks the range's published posts by their engagement rate, interactions ÷
 * basis × 100 of their latest metrics. Posts whose metrics hold no interaction
 * count at all (a newsletter's opens and clicks) are not ranked. Equal rates go
 * to the post with the larger basis first.
 *
 * Returns: (transfer full) (element-type EngagePostEngagement): at most @limit
 *   posts; freeing the array frees the titles. %NULL on error.
 */
GArray *
engage_project_rank_posts_by_engagement (EngageProject          *project,
                                         gint64                  channel_id,
                                         EngageEngagementBasis   basis,
                                         const char             *from_date,
                                         const char             *to_date,
                                         EngageEngagementOrder   order,
                                         double                  min_basis,
                                         guint                   limit,
                                         GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) entries = NULL;
  int rc;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (channel_id >= 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = prepare (project, order == ENGAGE_ENGAGEMENT_ORDER_BOTTOM ? bottom_sql : top_sql,
                  channel_id, basis, from_date, to_date, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_double (stmt, 7, min_basis);
  sqlite3_bind_int64 (stmt, 8, limit);

  entries = g_array_new (FALSE, TRUE, sizeof (EngagePostEngagement));
  g_array_set_clear_func (entries, clear_post_engagement);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      EngagePostEngagement entry = { 0 };

      entry.post_id = sqlite3_column_int64 (stmt, 0);
      entry.channel_id = sqlite3_column_int64 (stmt, 1);
      entry.title = g_strdup (_engage_column_text (stmt, 2));
      entry.published_at = sqlite3_column_int64 (stmt, 3);
      entry.interactions = sqlite3_column_double (stmt, 4);
      entry.basis = sqlite3_column_double (stmt, 5);
      entry.rate = engage_engagement_rate (entry.interactions, entry.basis);
      g_array_append_val (entries, entry);
    }

  if (!_engage_metrics_finish_rows (project, rc, error))
    return NULL;

  return g_steal_pointer (&entries);
}

/**
 * engage_project_has_post_metrics:
 * @project: an open project
 * @error: return location for a #GError
 *
 * Returns: %TRUE when at least one post has metrics; %FALSE without any, or on
 *   error
 */
gboolean
engage_project_has_post_metrics (EngageProject  *project,
                                 GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = _engage_project_prepare (project, "SELECT EXISTS (SELECT 1 FROM post_metric)", error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _engage_metrics_finish_rows (project, rc, error);
      return FALSE;
    }

  return sqlite3_column_int (stmt, 0) != 0;
}
