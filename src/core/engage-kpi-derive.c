/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-kpi-derive"

#include "config.h"

#include <math.h>

#include "engage-kpi-derive.h"
#include "engage-kpi.h"
#include "engage-measurement.h"
#include "engage-metrics.h"
#include "engage-project-private.h"

#include <glib/gi18n.h>

/*
 * Measurements that Engage computes instead of a person typing them: the
 * engagement rate of a month's posts and the NPS of the survey answers around
 * a month. They are stored like any other measurement (source "derived"), so
 * that the KPI cards, the charts, the forecast and the report read one list of
 * values, and are brought up to date whenever the data behind them changes.
 */

typedef struct
{
  char   date[11];
  double value;
} Derived;

/* Scored responses of a month, per score 0..10. */
typedef guint ScoreCounts[11];

/* What one derivation writes, gathered before anything is written so that a
 * derivation that changes nothing writes nothing. */
typedef struct
{
  GPtrArray *added;      /* EngageMeasurement, new */
  GPtrArray *updated;    /* EngageMeasurement, changed copies of stored ones */
  GArray    *deleted;    /* gint64 measurement ids */
} Plan;

static void
plan_clear (Plan *plan)
{
  g_clear_pointer (&plan->added, g_ptr_array_unref);
  g_clear_pointer (&plan->updated, g_ptr_array_unref);
  g_clear_pointer (&plan->deleted, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Plan, plan_clear)

static guint
plan_size (const Plan *plan)
{
  return plan->added->len + plan->updated->len + plan->deleted->len;
}

/* Months counted from year 0, so that the distance of two months is a difference. */
static int
month_number (const GDate *date)
{
  return (int) g_date_get_year (date) * 12 + (int) g_date_get_month (date) - 1;
}

static void
set_month_number (GDate *date,
                  int    number)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, 1, number % 12 + 1, number / 12);
}

static int
iso_month_number (const char *iso_date)
{
  GDate date;

  if (!engage_iso_date_parse (iso_date, &date))
    return -1;

  return month_number (&date);
}

/* A month's measurement is dated on its last day, or on @today in the current
 * month, whose value is the value so far. */
static void
add_derived (GArray      *derived,
             int          month,
             const GDate *today,
             double       value)
{
  Derived entry = { .value = value };
  g_autofree char *iso = NULL;
  GDate date;

  if (month == month_number (today))
    {
      date = *today;
    }
  else
    {
      set_month_number (&date, month);
      g_date_set_day (&date, g_date_get_days_in_month (g_date_get_month (&date),
                                                       g_date_get_year (&date)));
    }

  iso = engage_iso_date_format (&date);
  g_strlcpy (entry.date, iso, sizeof entry.date);
  g_array_append_val (derived, entry);
}

/* Dividing by the power of ten (rather than multiplying by 0.01) gives the
 * double closest to the decimal, 5.06 and not 5.0600000000000005. */
static double
round_to_decimals (double value,
                   int    decimals)
{
  double scale = pow (10.0, decimals);

  return round (value * scale) / scale;
}

/* The month of the KPI's start date (its baseline date when it has none), or -1
 * when it has neither. */
static int
first_month (EngageKpi *kpi)
{
  const char *start = engage_kpi_get_start_date (kpi);

  if (start == NULL || start[0] == '\0')
    start = engage_kpi_get_baseline_date (kpi);
  if (start == NULL || start[0] == '\0')
    return -1;

  return iso_month_number (start);
}

/* Engagement rate: the ratio of sums over the month's published posts on the
 * KPI's channel (every channel without one), with the KPI's basis (the
 * project's without one). Posts published after @today do not count yet. */
static gboolean
derive_engagement (EngageProject  *project,
                   EngageKpi      *kpi,
                   const GDate    *today,
                   GArray         *derived,
                   GError        **error)
{
  GTimeZone *tz = engage_project_get_tz (project);
  EngageEngagementBasis basis = engage_project_get_engagement_basis (project);
  const char *kpi_basis = engage_kpi_get_engagement_basis (kpi);
  int first = first_month (kpi);
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GArray) months = NULL;
  GDate day;

  if (kpi_basis != NULL && kpi_basis[0] != '\0' &&
      !engage_engagement_basis_from_string (kpi_basis, &basis))
    basis = engage_project_get_engagement_basis (project);

  if (first >= 0)
    {
      set_month_number (&day, first);
      from = g_date_time_new (tz, g_date_get_year (&day), g_date_get_month (&day), 1, 0, 0, 0);
    }

  day = *today;
  g_date_add_days (&day, 1);
  to = g_date_time_new (tz, g_date_get_year (&day), g_date_get_month (&day),
                        g_date_get_day (&day), 0, 0, 0);

  months = engage_project_engagement_by_period (project, engage_kpi_get_channel_id (kpi), basis,
                                                ENGAGE_PERIOD_MONTH, from, to, error);
  if (months == NULL)
    return FALSE;

  for (guint i = 0; i < months->len; i++)
    {
      const EngageEngagement *month = &g_array_index (months, EngageEngagement, i);

      /* A month whose posts have no value for the basis has no rate. */
      if (isnan (month->rate))
        continue;

      add_derived (derived, iso_month_number (month->start), today, round_to_decimals (month->rate, 2));
    }

  return TRUE;
}

/* NPS: per month, the responses of that month and the two before it, up to
 * @today, to the KPI's survey (to every survey without one). A single month of
 * a small business's survey is often a handful of answers; three months give a
 * value that moves with the customers rather than with chance. */
static gboolean
derive_nps (EngageProject  *project,
            EngageKpi      *kpi,
            const GDate    *today,
            GArray         *derived,
            GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree ScoreCounts *counts = NULL;
  g_autofree char *from_iso = NULL;
  g_autofree char *today_iso = engage_iso_date_format (today);
  gint64 survey_id = engage_kpi_get_survey_id (kpi);
  int first = first_month (kpi);
  int last = month_number (today);
  int base;
  GDate from;
  int rc;

  if (first < 0)
    {
      /* Without a start, from the month of the first response. */
      stmt = _engage_project_prepare (project,
                                      "SELECT min (date) FROM nps_response "
                                      "WHERE (?1 = 0 OR survey_id = ?1) AND score IS NOT NULL",
                                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, survey_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
        first = iso_month_number (_engage_column_text (stmt, 0));
      else if (rc != SQLITE_ROW)
        {
          _engage_project_set_sql_error (project, error);
          return FALSE;
        }
      g_clear_pointer (&stmt, sqlite3_finalize);
      if (first < 0)
        return TRUE;
    }

  if (first > last)
    return TRUE;

  /* Counts per month and score from the window of the first month on. */
  base = first - (ENGAGE_KPI_DERIVE_NPS_MONTHS - 1);
  counts = g_new0 (ScoreCounts, last - base + 1);
  set_month_number (&from, base);
  from_iso = engage_iso_date_format (&from);

  stmt = _engage_project_prepare (project,
                                  "SELECT date, score, count(*) FROM nps_response "
                                  "WHERE (?1 = 0 OR survey_id = ?1) AND score IS NOT NULL "
                                  "AND date >= ?2 AND date <= ?3 GROUP BY date, score",
                                  error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, survey_id);
  sqlite3_bind_text (stmt, 2, from_iso, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, today_iso, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int month = iso_month_number (_engage_column_text (stmt, 0));
      int score = sqlite3_column_int (stmt, 1);

      /* The schema keeps both in range; a file edited outside Engage may not. */
      if (month < base || month > last || score < 0 || score > 10)
        continue;

      counts[month - base][score] += (guint) sqlite3_column_int64 (stmt, 2);
    }

  if (rc != SQLITE_DONE)
    {
      _engage_project_set_sql_error (project, error);
      return FALSE;
    }

  for (int month = first; month <= last; month++)
    {
      EngageNpsSummary summary;

      engage_nps_summary_init (&summary);
      for (int m = month - (ENGAGE_KPI_DERIVE_NPS_MONTHS - 1); m <= month; m++)
        for (int score = 0; score <= 10; score++)
          for (guint n = counts[m - base][score]; n > 0; n--)
            engage_nps_summary_add (&summary, score);

      if (summary.n < ENGAGE_KPI_DERIVE_NPS_MIN_RESPONSES)
        continue;

      engage_nps_summary_finish (&summary);
      add_derived (derived, month, today, round (summary.nps));
    }

  return TRUE;
}

/* The KPI's derived measurements, oldest first. */
static GPtrArray *
load_derived (EngageProject *project,
              gint64         kpi_id)
{
  g_autoptr(GListModel) measurements = engage_project_list_measurements (project, kpi_id);
  GPtrArray *derived = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (measurements); i++)
    {
      g_autoptr(EngageMeasurement) measurement = g_list_model_get_item (measurements, i);

      if (engage_measurement_get_source (measurement) == ENGAGE_MEASUREMENT_SOURCE_DERIVED)
        g_ptr_array_add (derived, g_steal_pointer (&measurement));
    }

  return derived;
}

/* Compares what should be stored for @kpi with its derived measurements and
 * adds the differences to @plan. A stored month keeps its row (and id), so that
 * a derivation that only moves the current month's date is one update. Derived
 * rows after @today's month are left alone: a derivation as of an earlier day
 * cannot tell whether they are stale. */
static gboolean
plan_kpi (EngageProject  *project,
          EngageKpi      *kpi,
          const GDate    *today,
          Plan           *plan,
          GError        **error)
{
  g_autoptr(GArray) derived = g_array_new (FALSE, TRUE, sizeof (Derived));
  g_autoptr(GPtrArray) stored = NULL;
  g_autofree gboolean *kept = NULL;
  gint64 kpi_id = engage_kpi_get_id (kpi);
  int today_month = month_number (today);

  switch (engage_kpi_get_metric (kpi))
    {
    case ENGAGE_KPI_METRIC_ENGAGEMENT_RATE:
      if (!derive_engagement (project, kpi, today, derived, error))
        return FALSE;
      break;

    case ENGAGE_KPI_METRIC_NPS:
      if (!derive_nps (project, kpi, today, derived, error))
        return FALSE;
      break;

    default:
      /* Followers come in as imported page series; the other metrics are
       * counted outside Engage and typed in. */
      return TRUE;
    }

  stored = load_derived (project, kpi_id);
  kept = g_new0 (gboolean, stored->len + 1);

  for (guint i = 0; i < derived->len; i++)
    {
      const Derived *entry = &g_array_index (derived, Derived, i);
      int month = iso_month_number (entry->date);
      EngageMeasurement *match = NULL;

      for (guint j = 0; j < stored->len && match == NULL; j++)
        {
          EngageMeasurement *measurement = g_ptr_array_index (stored, j);

          if (!kept[j] && iso_month_number (engage_measurement_get_date (measurement)) == month)
            {
              match = measurement;
              kept[j] = TRUE;
            }
        }

      if (match == NULL)
        {
          EngageMeasurement *measurement = engage_measurement_new (kpi_id, entry->date, entry->value);

          engage_measurement_set_source (measurement, ENGAGE_MEASUREMENT_SOURCE_DERIVED);
          g_ptr_array_add (plan->added, measurement);
        }
      else if (g_strcmp0 (engage_measurement_get_date (match), entry->date) != 0 ||
               engage_measurement_get_value (match) != entry->value)
        {
          EngageMeasurement *copy = engage_measurement_copy (match);

          engage_measurement_set_date (copy, entry->date);
          engage_measurement_set_value (copy, entry->value);
          g_ptr_array_add (plan->updated, copy);
        }
    }

  for (guint j = 0; j < stored->len; j++)
    {
      EngageMeasurement *measurement = g_ptr_array_index (stored, j);
      gint64 id = engage_measurement_get_id (measurement);

      if (!kept[j] && iso_month_number (engage_measurement_get_date (measurement)) <= today_month)
        g_array_append_val (plan->deleted, id);
    }

  return TRUE;
}

static gboolean
apply_plan (EngageProject  *project,
            Plan           *plan,
            GError        **error)
{
  if (plan->added->len > 0 &&
      !engage_project_add_measurements (project, plan->added, error))
    return FALSE;

  for (guint i = 0; i < plan->updated->len; i++)
    if (!engage_project_update_measurement (project, g_ptr_array_index (plan->updated, i), error))
      return FALSE;

  for (guint i = 0; i < plan->deleted->len; i++)
    if (!engage_project_delete_measurement (project, g_array_index (plan->deleted, gint64, i), error))
      return FALSE;

  return TRUE;
}

static char *
dup_project_today (EngageProject *project)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc (_engage_project_now (project));
  g_autoptr(GDateTime) local = g_date_time_to_timezone (now, engage_project_get_tz (project));

  return g_date_time_format (local, "%Y-%m-%d");
}

/**
 * engage_project_derive_kpi_measurements:
 * @project: an open project
 * @kpi_id: the id of a KPI, or 0 for every KPI of @project
 * @today: (nullable): the last day of data as "YYYY-MM-DD", or %NULL for the
 *   current day in the project's time zone
 * @n_changed: (out) (optional): how many measurements were added, changed or
 *   deleted
 * @error: return location for a #GError
 *
 * Brings the derived measurements (source %ENGAGE_MEASUREMENT_SOURCE_DERIVED)
 * of KPIs whose values Engage can compute up to date with the data behind
 * them. Each calendar month from the month of the KPI's start date (its baseline
 * date without one; the first month with data without either) to @today's
 * month gets one measurement, dated on the month's last day, or on @today in
 * @today's month:
 * - %ENGAGE_KPI_METRIC_ENGAGEMENT_RATE: the rate of the month's published posts
 *   on the KPI's channel (all channels without one) with the KPI's engagement
 *   basis (the project's without one), as engage_project_engagement_by_period()
 *   computes it: a ratio of sums, rounded to 0.01. Months without posts with a
 *   value for the basis have none.
 * - %ENGAGE_KPI_METRIC_NPS: the NPS of the scored responses to the KPI's survey
 *   (to all surveys without one) dated in the month and the two months before
 *   it (%ENGAGE_KPI_DERIVE_NPS_MONTHS), up to @today, rounded to whole points.
 *   One month alone is often too few responses for a small business; months
 *   whose window holds fewer than %ENGAGE_KPI_DERIVE_NPS_MIN_RESPONSES
 *   responses have none.
 * Other metrics are not derived: followers come in as imported page series.
 *
 * Derived rows whose date or value differ are changed, missing ones added and
 * those of months that no longer have a value deleted; derived rows after
 * @today's month are kept. Manual and imported measurements are never touched.
 *
 * All changes are one edit: one undo step and one change notification, or part
 * of the caller's edit (an import, engage_project_begin_group()) when one is
 * open. When nothing differs nothing is written: no undo step, no notification.
 *
 * Returns: %TRUE on success; %FALSE with %ENGAGE_PROJECT_ERROR_INVALID if
 *   @kpi_id names no KPI
 */
gboolean
engage_project_derive_kpi_measurements (EngageProject  *project,
                                        gint64          kpi_id,
                                        const char     *today,
                                        guint          *n_changed,
                                        GError        **error)
{
  g_auto(Plan) plan = { 0 };
  g_autoptr(GPtrArray) kpis = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *today_text = NULL;
  GDate today_date;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (kpi_id >= 0, FALSE);
  g_return_val_if_fail (today == NULL || engage_iso_date_is_valid (today), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_changed != NULL)
    *n_changed = 0;

  if (!engage_project_is_open (project))
    {
      g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_CLOSED,
                           _("The project is closed."));
      return FALSE;
    }

  today_text = today != NULL ? g_strdup (today) : dup_project_today (project);
  if (!engage_iso_date_parse (today_text, &today_date))
    g_return_val_if_reached (FALSE);

  if (kpi_id > 0)
    {
      g_autoptr(GError) local_error = NULL;
      EngageKpi *kpi = engage_project_get_kpi (project, kpi_id, &local_error);

      if (kpi == NULL)
        {
          if (local_error != NULL)
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                                 _("The KPI no longer exists."));
          return FALSE;
        }
      g_ptr_array_add (kpis, kpi);
    }
  else
    {
      g_autoptr(GListModel) all = engage_project_list_kpis (project);

      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        g_ptr_array_add (kpis, g_list_model_get_item (all, i));
    }

  plan.added = g_ptr_array_new_with_free_func (g_object_unref);
  plan.updated = g_ptr_array_new_with_free_func (g_object_unref);
  plan.deleted = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < kpis->len; i++)
    if (!plan_kpi (project, g_ptr_array_index (kpis, i), &today_date, &plan, error))
      return FALSE;

  if (plan_size (&plan) == 0)
    return TRUE;

  if (!_engage_project_begin_edit (project, error))
    return FALSE;

  if (!apply_plan (project, &plan, error))
    {
      _engage_project_rollback_edit (project);
      return FALSE;
    }

  if (!_engage_project_commit_edit (project, _("Update Derived Measurements"),
                                    ENGAGE_TABLE_MEASUREMENT, error))
    return FALSE;

  if (n_changed != NULL)
    *n_changed = plan_size (&plan);

  return TRUE;
}
