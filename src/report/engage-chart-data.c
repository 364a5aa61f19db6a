/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-chart-data"

#include "config.h"

#include "engage-chart-data.h"
#include "engage-chart-data-private.h"

#include "engage-channel.h"
#include "engage-chart-format.h"
#include "engage-kpi.h"
#include "engage-measurement.h"
#include "engage-metrics.h"
#include "engage-nps-survey.h"
#include "engage-pillar.h"
#include "engage-post.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

G_DEFINE_BOXED_TYPE (EngageChart, engage_chart, engage_chart_ref, engage_chart_unref)
G_DEFINE_QUARK (engage-chart-data-error-quark, engage_chart_data_error)

/* The content-mix chart looks this far back and ahead of today by default:
 * what was published lately and what is planned. */
#define MIX_WEEKS_BACK  12
#define MIX_WEEKS_AHEAD 8

EngageChart *
_engage_chart_new (EngageChartKind  kind,
                   const char      *name)
{
  EngageChart *chart = g_new0 (EngageChart, 1);

  g_atomic_ref_count_init (&chart->ref_count);
  chart->kind = kind;
  chart->name = g_strdup (name);
  chart->owned = g_ptr_array_new_with_free_func (g_free);
  return chart;
}

/* Hands @memory (from g_malloc) to @chart, which frees it with itself. */
gpointer
_engage_chart_own (EngageChart *chart,
                   gpointer     memory)
{
  if (memory != NULL)
    g_ptr_array_add (chart->owned, memory);
  return memory;
}

/* Hands @array's data to @chart; the GArray itself is freed. */
gpointer
_engage_chart_own_array (EngageChart *chart,
                         GArray      *array)
{
  return _engage_chart_own (chart, g_array_free (array, FALSE));
}

/* Dates */

static GDateTime *
start_of_day (const EngageChartContext *context,
              const char    *iso_date,
              int            add_days)
{
  GDate date;

  if (iso_date == NULL || !engage_iso_date_parse (iso_date, &date))
    return NULL;

  if (add_days > 0)
    g_date_add_days (&date, add_days);
  else if (add_days < 0)
    g_date_subtract_days (&date, -add_days);

  return g_date_time_new (context->tz, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), 0, 0, 0);
}

static char *
iso_add_days (const char *iso_date,
              int         days)
{
  GDate date;

  if (!engage_iso_date_parse (iso_date, &date))
    return NULL;
  if (days > 0)
    g_date_add_days (&date, days);
  else if (days < 0)
    g_date_subtract_days (&date, -days);
  return engage_iso_date_format (&date);
}

static char *
format_range (const char *from_date,
              const char *to_date)
{
  g_autofree char *from = engage_chart_format_date (engage_chart_day_from_iso (from_date));
  g_autofree char *to = engage_chart_format_date (engage_chart_day_from_iso (to_date));

  /* Translators: a date range on a chart, "1 Jun 2026 – 23 Nov 2026" */
  return g_strdup_printf (C_("chart range", "%s – %s"), from, to);
}

static const char *
basis_word (EngageEngagementBasis basis)
{
  switch (basis)
    {
    case ENGAGE_ENGAGEMENT_BASIS_IMPRESSIONS:
      return _("impressions");
    case ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS:
      return _("followers");
    case ENGAGE_ENGAGEMENT_BASIS_REACH:
    default:
      return _("reach");
    }
}

static gboolean
color_from_spec (EngageRgba *rgba,
                 const char *spec)
{
  *rgba = (EngageRgba) { 0 };
  return engage_rgba_parse (rgba, spec);
}

/* Engagement over time */

static gboolean
has_finite_y (const GArray *points)
{
  for (guint i = 0; i < points->len; i++)
    if (isfinite (g_array_index (points, EngageChartPoint, i).y))
      return TRUE;
  return FALSE;
}

/* The Monday that starts the week of @iso_date. */
static char *
week_start (const char *iso_date)
{
  GDate date;

  if (!engage_iso_date_parse (iso_date, &date))
    return NULL;
  g_date_subtract_days (&date, g_date_get_weekday (&date) - G_DATE_MONDAY);
  return engage_iso_date_format (&date);
}

static EngageChart *
build_engagement (const EngageChartContext  *context,
                  GError        **error)
{
  EngageChart *chart = _engage_chart_new (ENGAGE_CHART_KIND_LINE, "engagement");
  g_autoptr(GListModel) channels = engage_project_list_channels (context->project);
  g_autoptr(GDateTime) from = start_of_day (context, context->from_date, 0);
  g_autofree char *this_week = week_start (context->today);
  /* Without an end, the chart stops before the running week: half a week's
   * posts would make a misleading last point. */
  g_autoptr(GDateTime) to = context->to_date != NULL ? start_of_day (context, context->to_date, 1)
                                                     : start_of_day (context, this_week, 0);
  EngageEngagementBasis basis = engage_project_get_engagement_basis (context->project);
  GArray *series = g_array_new (FALSE, TRUE, sizeof (EngageLineSeries));
  EngageLineChartData *data = &chart->data.line;
  guint n_channels = g_list_model_get_n_items (channels);

  engage_line_chart_data_init (data);

  for (guint i = 0; i < n_channels; i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (channels, i);
      g_autoptr(GArray) periods = NULL;
      GArray *points = g_array_new (FALSE, FALSE, sizeof (EngageChartPoint));
      EngageLineSeries line = { 0 };

      periods = engage_project_engagement_by_period (context->project, engage_channel_get_id (channel),
                                                     basis, ENGAGE_PERIOD_WEEK, from, to, error);
      if (periods == NULL)
        {
          g_array_unref (points);
          g_array_unref (series);
          engage_chart_unref (chart);
          return NULL;
        }

      for (guint j = 0; j < periods->len; j++)
        {
          const EngageEngagement *entry = &g_array_index (periods, EngageEngagement, j);
          EngageChartPoint point = { engage_chart_day_from_iso (entry->start), entry->rate };

          /* A week without posts leaves a gap rather than a line across it. */
          if (points->len > 0 &&
              point.x - g_array_index (points, EngageChartPoint, points->len - 1).x > 7.5)
            {
              EngageChartPoint gap = { point.x - 7, NAN };
              g_array_append_val (points, gap);
            }
          if (isfinite (point.x))
            g_array_append_val (points, point);
        }

      if (!has_finite_y (points))
        {
          g_array_unref (points);
          continue;
        }

      line.name = _engage_chart_own (chart, g_strdup (engage_channel_get_name (channel)));
      line.n_points = points->len;
      line.points = _engage_chart_own_array (chart, points);
      color_from_spec (&line.color, engage_channel_get_color (channel));
      line.dash = engage_chart_style_get_series_dash (series->len);
      line.marker = engage_chart_style_get_series_marker (series->len);
      g_array_append_val (series, line);
    }

  chart->title = g_strdup (_("Engagement rate per week"));
  data->title = chart->title;
  /* Translators: under the engagement chart; %s is "reach", "impressions" or "followers" */
  data->subtitle = _engage_chart_own (chart, g_strdup_printf (_("Interactions ÷ %s × 100, summed per week and channel"),
                                                basis_word (basis)));
  data->y_unit = "%";
  data->y_decimals = 1;
  data->y_include_zero = TRUE;
  data->n_series = series->len;
  data->series = _engage_chart_own_array (chart, series);
  if (context->from_date != NULL && context->to_date != NULL)
    {
      data->has_x_range = TRUE;
      data->x_min = engage_date_unit_floor (engage_chart_day_from_iso (context->from_date), ENGAGE_DATE_UNIT_WEEK);
      data->x_max = engage_chart_day_from_iso (context->to_date);
    }

  return chart;
}

/* NPS */

static EngageNpsSurvey *
first_survey (EngageProject *project)
{
  g_autoptr(GListModel) surveys = engage_project_list_nps_surveys (project);

  if (g_list_model_get_n_items (surveys) == 0)
    return NULL;
  return g_list_model_get_item (surveys, 0);
}

/* The survey a chart shows: the one asked for, or the first when @survey_id
 * is 0. Without any survey the charts are empty; a survey that is not there
 * is an error. */
static gboolean
find_survey (EngageProject    *project,
             gint64            survey_id,
             EngageNpsSurvey **survey,
             GError          **error)
{
  g_autoptr(GError) local_error = NULL;

  if (survey_id <= 0)
    {
      *survey = first_survey (project);
      return TRUE;
    }

  *survey = engage_project_get_nps_survey (project, survey_id, &local_error);
  if (*survey != NULL)
    return TRUE;

  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    {
      /* The number goes in as text: xgettext cannot read G_GINT64_FORMAT. */
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, survey_id);

      g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                   _("There is no survey with the id %s."), number);
    }
  return FALSE;
}

static EngageDateUnit
date_unit_for_period (EngagePeriod period)
{
  switch (period)
    {
    case ENGAGE_PERIOD_DAY:
      return ENGAGE_DATE_UNIT_DAY;
    case ENGAGE_PERIOD_WEEK:
      return ENGAGE_DATE_UNIT_WEEK;
    case ENGAGE_PERIOD_QUARTER:
      return ENGAGE_DATE_UNIT_QUARTER;
    case ENGAGE_PERIOD_YEAR:
      return ENGAGE_DATE_UNIT_YEAR;
    case ENGAGE_PERIOD_MONTH:
    default:
      return ENGAGE_DATE_UNIT_MONTH;
    }
}

static char *
nps_trend_title (EngagePeriod period)
{
  switch (period)
    {
    case ENGAGE_PERIOD_DAY:
      return g_strdup (_("Net Promoter Score per day"));
    case ENGAGE_PERIOD_WEEK:
      return g_strdup (_("Net Promoter Score per week"));
    case ENGAGE_PERIOD_QUARTER:
      return g_strdup (_("Net Promoter Score per quarter"));
    case ENGAGE_PERIOD_YEAR:
      return g_strdup (_("Net Promoter Score per year"));
    case ENGAGE_PERIOD_MONTH:
    default:
      return g_strdup (_("Net Promoter Score per month"));
    }
}

static char *
survey_subtitle (EngageNpsSurvey        *survey,
                 const EngageNpsSummary *summary)
{
  g_autofree char *n = engage_chart_format_number (summary->n, 0);
  g_autofree char *nps = engage_chart_format_signed (round (summary->nps), 0);
  g_autofree char *margin = engage_chart_format_number (summary->margin, 0);

  if (summary->n == 0)
    return g_strdup (engage_nps_survey_get_name (survey));

  /* Translators: under an NPS chart: survey name, responses, NPS and its margin */
  return g_strdup_printf (_("%s · n = %s · NPS %s ± %s"), engage_nps_survey_get_name (survey),
                          n, nps, margin);
}

/* @survey_id 0: the first survey. @automatic: by month, or by quarter past
 * 18 months; else by @period. */
static EngageChart *
build_nps (const EngageChartContext  *context,
           gint64                     survey_id,
           gboolean                   automatic,
           EngagePeriod               period,
           GError                   **error)
{
  EngageChart *chart;
  g_autoptr(EngageNpsSurvey) survey = NULL;
  g_autoptr(GArray) months = NULL;
  EngageNpsChartData *data;
  EngageNpsSummary total;
  GArray *periods;
  EngageDateUnit unit = automatic ? ENGAGE_DATE_UNIT_MONTH : date_unit_for_period (period);
  const char *to_date = context->to_date != NULL ? context->to_date : context->today;

  if (!find_survey (context->project, survey_id, &survey, error))
    return NULL;

  chart = _engage_chart_new (ENGAGE_CHART_KIND_NPS, "nps");
  data = &chart->data.nps;
  periods = g_array_new (FALSE, TRUE, sizeof (EngageNpsChartPeriod));
  engage_nps_chart_data_init (data);
  chart->title = nps_trend_title (automatic ? ENGAGE_PERIOD_MONTH : period);
  engage_nps_summary_init (&total);

  if (survey != NULL)
    {
      gint64 id = engage_nps_survey_get_id (survey);

      months = engage_project_nps_by_period (context->project, id,
                                             automatic ? ENGAGE_PERIOD_MONTH : period,
                                             context->from_date, to_date, error);
      if (months == NULL || !engage_project_summarize_nps (context->project, id, context->from_date,
                                                           to_date, &total, error))
        {
          g_array_unref (periods);
          engage_chart_unref (chart);
          return NULL;
        }

      /* Past a year and a half, months get too narrow: count by quarter. */
      if (automatic && months->len > 18)
        {
          g_clear_pointer (&months, g_array_unref);
          months = engage_project_nps_by_period (context->project, id, ENGAGE_PERIOD_QUARTER,
                                                 context->from_date, to_date, error);
          if (months == NULL)
            {
              g_array_unref (periods);
              engage_chart_unref (chart);
              return NULL;
            }
          unit = ENGAGE_DATE_UNIT_QUARTER;
          g_free (chart->title);
          chart->title = g_strdup (_("Net Promoter Score per quarter"));
        }

      for (guint i = 0; i < months->len; i++)
        {
          const EngageNpsPeriod *entry = &g_array_index (months, EngageNpsPeriod, i);
          double day = engage_chart_day_from_iso (entry->start);
          EngageNpsChartPeriod bar = {
            .first_day = day,
            .n = entry->summary.n,
            .detractors = entry->summary.detractors,
            .passives = entry->summary.passives,
            .promoters = entry->summary.promoters,
            .nps = entry->summary.nps,
            .margin = entry->summary.margin,
          };

          /* Months without responses keep their place on the time line. */
          while (periods->len > 0)
            {
              double next = engage_date_unit_add (g_array_index (periods, EngageNpsChartPeriod,
                                                                 periods->len - 1).first_day, unit, 1);
              EngageNpsChartPeriod empty = { .first_day = next };

              if (next >= day - 0.5)
                break;
              g_array_append_val (periods, empty);
            }
          g_array_append_val (periods, bar);
        }

      data->subtitle = _engage_chart_own (chart, survey_subtitle (survey, &total));
    }

  data->title = chart->title;
  data->period = unit;
  data->n_periods = periods->len;
  data->periods = _engage_chart_own_array (chart, periods);
  return chart;
}

/* @survey_id 0: the first survey. */
static EngageChart *
build_nps_distribution (const EngageChartContext  *context,
                        gint64                     survey_id,
                        GError                   **error)
{
  EngageChart *chart;
  g_autoptr(EngageNpsSurvey) survey = NULL;
  EngageDistributionChartData *data;
  const char *to_date = context->to_date != NULL ? context->to_date : context->today;

  if (!find_survey (context->project, survey_id, &survey, error))
    return NULL;

  chart = _engage_chart_new (ENGAGE_CHART_KIND_DISTRIBUTION, "nps-distribution");
  data = &chart->data.distribution;
  engage_distribution_chart_data_init (data);
  chart->title = g_strdup (_("Scores from 0 to 10"));
  data->title = chart->title;

  if (survey != NULL)
    {
      EngageNpsSummary summary;

      if (!engage_project_summarize_nps (context->project, engage_nps_survey_get_id (survey),
                                         context->from_date, to_date, &summary, error))
        {
          engage_chart_unref (chart);
          return NULL;
        }

      memcpy (data->counts, summary.counts, sizeof data->counts);
      data->subtitle = _engage_chart_own (chart, survey_subtitle (survey, &summary));
    }

  return chart;
}

/* Content mix */

static EngageChart *
build_mix (const EngageChartContext  *context,
           GError        **error)
{
  EngageChart *chart = _engage_chart_new (ENGAGE_CHART_KIND_MIX, "mix");
  g_autofree char *from_date = NULL;
  g_autofree char *to_date = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GArray) entries = NULL;
  g_autofree char *range = NULL;
  EngageMixChartData *data = &chart->data.mix;
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (EngageMixChartEntry));
  guint total = 0;

  from_date = context->from_date != NULL ? g_strdup (context->from_date)
                                         : iso_add_days (context->today, -7 * MIX_WEEKS_BACK);
  to_date = context->to_date != NULL ? g_strdup (context->to_date)
                                     : iso_add_days (context->today, 7 * MIX_WEEKS_AHEAD);
  from = start_of_day (context, from_date, 0);
  to = start_of_day (context, to_date, 1);

  entries = engage_project_content_mix (context->project, from, to, error);
  if (entries == NULL)
    {
      g_array_unref (rows);
      engage_chart_unref (chart);
      return NULL;
    }

  for (guint i = 0; i < entries->len; i++)
    {
      const EngageMixEntry *entry = &g_array_index (entries, EngageMixEntry, i);
      EngageMixChartEntry row = { 0 };

      if (entry->pillar_id == 0 && entry->n_posts == 0)
        continue;

      row.name = _engage_chart_own (chart, g_strdup (entry->pillar_id == 0 ? _("No pillar") : entry->name));
      color_from_spec (&row.color, entry->color);
      row.n_posts = entry->n_posts;
      row.share = entry->share;
      row.has_target = entry->pillar_id != 0 && entry->target_share > 0;
      row.target_share = entry->target_share;
      total += entry->n_posts;
      g_array_append_val (rows, row);
    }

  engage_mix_chart_data_init (data);
  chart->title = g_strdup (_("Content mix against targets"));
  data->title = chart->title;
  range = format_range (from_date, to_date);
  /* Translators: under the content-mix chart: the date range and the number of posts */
  data->subtitle = _engage_chart_own (chart, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u post, published and planned",
                                                             "%s · %u posts, published and planned", total),
                                                range, total));
  data->n_entries = rows->len;
  data->entries = _engage_chart_own_array (chart, rows);
  return chart;
}

/* Channels */

static EngageChart *
build_channels (const EngageChartContext  *context,
                GError        **error)
{
  EngageChart *chart = _engage_chart_new (ENGAGE_CHART_KIND_BAR, "channels");
  g_autoptr(GListModel) channels = engage_project_list_channels (context->project);
  g_autoptr(GDateTime) from = start_of_day (context, context->from_date, 0);
  g_autoptr(GDateTime) to = start_of_day (context, context->to_date != NULL ? context->to_date : context->today, 1);
  g_autoptr(GListModel) posts = NULL;
  g_autoptr(GArray) rates = NULL;
  g_autoptr(GHashTable) published = g_hash_table_new (g_int64_hash, g_int64_equal);
  EngageEngagementBasis basis = engage_project_get_engagement_basis (context->project);
  EngageBarChartData *data = &chart->data.bar;
  guint n_channels = g_list_model_get_n_items (channels);
  GPtrArray *labels = g_ptr_array_new ();
  GArray *colors = g_array_new (FALSE, TRUE, sizeof (EngageRgba));
  GArray *counts = g_array_new (FALSE, TRUE, sizeof (double));
  GArray *values = g_array_new (FALSE, TRUE, sizeof (double));
  EngageBarPanel *panels = _engage_chart_own (chart, g_new0 (EngageBarPanel, 2));
  gint64 *keys = _engage_chart_own (chart, g_new0 (gint64, MAX (n_channels, 1)));
  double first_day = INFINITY;

  rates = engage_project_engagement_by_channel (context->project, basis, from, to, error);
  if (rates == NULL)
    {
      g_ptr_array_unref (labels);
      g_array_unref (colors);
      g_array_unref (counts);
      g_array_unref (values);
      engage_chart_unref (chart);
      return NULL;
    }

  /* Published posts per channel, by when they went out (or were due to). */
  posts = engage_project_list_posts (context->project, from, to);
  for (guint i = 0; i < g_list_model_get_n_items (posts); i++)
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (posts, i);
      gint64 channel_id = engage_post_get_channel_id (post);
      GDateTime *when = engage_post_get_published_at (post);
      gpointer count;

      if (engage_post_get_status (post) != ENGAGE_POST_STATUS_PUBLISHED)
        continue;
      if (when == NULL)
        when = engage_post_get_scheduled_at (post);
      if (when != NULL)
        first_day = MIN (first_day, (double) (g_date_time_to_unix (when) / 86400));

      for (guint j = 0; j < n_channels; j++)
        {
          g_autoptr(EngageChannel) channel = g_list_model_get_item (channels, j);

          if (engage_channel_get_id (channel) != channel_id)
            continue;
          keys[j] = channel_id;
          count = g_hash_table_lookup (published, &keys[j]);
          g_hash_table_insert (published, &keys[j], GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
        }
    }

  for (guint i = 0; i < n_channels; i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (channels, i);
      gint64 id = engage_channel_get_id (channel);
      double count = GPOINTER_TO_UINT (g_hash_table_lookup (published, &id));
      double rate = NAN;
      EngageRgba color;

      for (guint j = 0; j < rates->len; j++)
        if (g_array_index (rates, EngageEngagement, j).channel_id == id)
          rate = g_array_index (rates, EngageEngagement, j).rate;

      if (count == 0 && !isfinite (rate))
        continue;

      g_ptr_array_add (labels, _engage_chart_own (chart, g_strdup (engage_channel_get_name (channel))));
      color_from_spec (&color, engage_channel_get_color (channel));
      g_array_append_val (colors, color);
      g_array_append_val (counts, count);
      g_array_append_val (values, rate);
    }

  engage_bar_chart_data_init (data);
  chart->title = g_strdup (_("Channels"));
  data->title = chart->title;

  {
    const char *to_date = context->to_date != NULL ? context->to_date : context->today;
    g_autofree char *from_date = NULL;
    g_autofree char *range = NULL;

    if (context->from_date != NULL)
      from_date = g_strdup (context->from_date);
    else if (isfinite (first_day))
      {
        GDate date;

        g_date_clear (&date, 1);
        g_date_set_julian (&date, (guint32) (first_day + 719163));
        from_date = engage_iso_date_format (&date);
      }
    if (from_date != NULL)
      {
        range = format_range (from_date, to_date);
        /* Translators: under the channels chart: the range and what the rate relates to */
        data->subtitle = g_strdup_printf (_("%s · engagement rate = interactions ÷ %s × 100"),
                                          range, basis_word (basis));
      }
    else
      /* Translators: under the channels chart, %s is "reach", "impressions" or "followers" */
      data->subtitle = g_strdup_printf (_("Engagement rate = interactions ÷ %s × 100"), basis_word (basis));
    _engage_chart_own (chart, (gpointer) data->subtitle);
  }

  panels[0].title = _("Published posts");
  panels[0].decimals = 0;
  panels[1].title = _("Engagement rate");
  panels[1].unit = "%";
  panels[1].decimals = 1;

  data->n_categories = labels->len;
  panels[0].values = _engage_chart_own_array (chart, counts);
  panels[1].values = _engage_chart_own_array (chart, values);
  data->colors = _engage_chart_own_array (chart, colors);
  data->labels = (const char * const *) _engage_chart_own (chart, g_ptr_array_free (labels, FALSE));
  data->panels = panels;
  data->n_panels = 2;
  return chart;
}

/* Public API */

static gboolean
check_dates (const char  *from_date,
             const char  *to_date,
             const char  *today,
             GError     **error)
{
  if (from_date != NULL && !engage_iso_date_is_valid (from_date))
    {
      g_set_error (error, ENGAGE_CHART_DATA_ERROR, ENGAGE_CHART_DATA_ERROR_INVALID_RANGE,
                   _("The start date “%s” is not written as YYYY-MM-DD."), from_date);
      return FALSE;
    }
  if (to_date != NULL && !engage_iso_date_is_valid (to_date))
    {
      g_set_error (error, ENGAGE_CHART_DATA_ERROR, ENGAGE_CHART_DATA_ERROR_INVALID_RANGE,
                   _("The end date “%s” is not written as YYYY-MM-DD."), to_date);
      return FALSE;
    }
  if (today != NULL && !engage_iso_date_is_valid (today))
    {
      g_set_error (error, ENGAGE_CHART_DATA_ERROR, ENGAGE_CHART_DATA_ERROR_INVALID_RANGE,
                   _("The date of today “%s” is not written as YYYY-MM-DD."), today);
      return FALSE;
    }
  if (from_date != NULL && to_date != NULL && strcmp (from_date, to_date) > 0)
    {
      g_set_error (error, ENGAGE_CHART_DATA_ERROR, ENGAGE_CHART_DATA_ERROR_INVALID_RANGE,
                   _("The range starts on %s, after its end on %s."), from_date, to_date);
      return FALSE;
    }
  return TRUE;
}

/* What every chart is built for; see engage_chart_data_build() for the
 * arguments. */
static gboolean
init_context (EngageChartContext  *context,
              EngageProject       *project,
              const char          *from_date,
              const char          *to_date,
              const char          *today,
              GError             **error)
{
  if (!check_dates (from_date, to_date, today, error))
    return FALSE;

  context->project = project;
  context->tz = engage_project_get_tz (project);
  context->from_date = from_date;
  context->to_date = to_date;

  if (today != NULL)
    g_strlcpy (context->today, today, sizeof context->today);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now (context->tz);
      g_autofree char *text = g_date_time_format (now, "%Y-%m-%d");

      g_strlcpy (context->today, text, sizeof context->today);
    }

  return TRUE;
}

/**
 * engage_chart_data_build:
 * @project: an open project
 * @name: which chart: "engagement", "nps", "nps-distribution", "mix",
 *   "channels", "kpi:<KPI name, id or UUID>" or "kpi-progress:<…>"
 * @from_date: (nullable): the first day to show, "YYYY-MM-DD"; NULL for the
 *   chart's default (all data, or 12 weeks back for the content mix)
 * @to_date: (nullable): the last day to show; NULL for today (8 weeks ahead
 *   for the content mix)
 * @today: (nullable): the day to assess KPIs on and to count "today" from;
 *   NULL for the current date in the project's time zone
 * @error: return location for a #GError
 *
 * Builds a chart of @project with the formulas of engage-metrics.h.
 *
 * Returns: (transfer full): the chart, or %NULL with
 *   %ENGAGE_CHART_DATA_ERROR_UNKNOWN_CHART for a name that is not one of
 *   engage_chart_data_list()'s, %ENGAGE_CHART_DATA_ERROR_INVALID_RANGE for bad
 *   dates, or the project's error
 */
EngageChart *
engage_chart_data_build (EngageProject  *project,
                         const char     *name,
                         const char     *from_date,
                         const char     *to_date,
                         const char     *today,
                         GError        **error)
{
  EngageChartContext context = { 0 };

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!init_context (&context, project, from_date, to_date, today, error))
    return NULL;

  if (g_str_equal (name, "engagement"))
    return build_engagement (&context, error);
  if (g_str_equal (name, "nps"))
    return build_nps (&context, 0, TRUE, ENGAGE_PERIOD_MONTH, error);
  if (g_str_equal (name, "nps-distribution"))
    return build_nps_distribution (&context, 0, error);
  if (g_str_equal (name, "mix"))
    return build_mix (&context, error);
  if (g_str_equal (name, "channels"))
    return build_channels (&context, error);
  if (g_str_has_prefix (name, "kpi:") && name[4] != '\0')
    return _engage_chart_data_build_kpi (&context, name, name + 4, FALSE, error);
  if (g_str_has_prefix (name, "kpi-progress:") && name[13] != '\0')
    return _engage_chart_data_build_kpi (&context, name, name + 13, TRUE, error);

  g_set_error (error, ENGAGE_CHART_DATA_ERROR, ENGAGE_CHART_DATA_ERROR_UNKNOWN_CHART,
               _("There is no chart called “%s”."), name);
  return NULL;
}

/**
 * engage_chart_data_build_nps_trend:
 * @project: an open project
 * @survey_id: the survey, or 0 for the first one
 * @period: the length of the periods: %ENGAGE_PERIOD_MONTH or
 *   %ENGAGE_PERIOD_QUARTER as a rule
 * @from_date: (nullable): the first day to show, "YYYY-MM-DD"; %NULL for all
 * @to_date: (nullable): the last day to show; %NULL for today
 * @today: (nullable): the day to count "today" from; %NULL for the current
 *   date in the project's time zone
 * @error: return location for a #GError
 *
 * Builds the "nps" chart of engage_chart_data_build() for a chosen survey and
 * period length.
 *
 * Returns: (transfer full): the chart, or %NULL with
 *   %ENGAGE_CHART_DATA_ERROR_INVALID_RANGE for bad dates, or the project's
 *   error (also for a survey that does not exist)
 */
EngageChart *
engage_chart_data_build_nps_trend (EngageProject  *project,
                                   gint64          survey_id,
                                   EngagePeriod    period,
                                   const char     *from_date,
                                   const char     *to_date,
                                   const char     *today,
                                   GError        **error)
{
  EngageChartContext context = { 0 };

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (period <= ENGAGE_PERIOD_YEAR, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!init_context (&context, project, from_date, to_date, today, error))
    return NULL;

  return build_nps (&context, survey_id, FALSE, period, error);
}

/**
 * engage_chart_data_build_nps_distribution:
 * @project: an open project
 * @survey_id: the survey, or 0 for the first one
 * @from_date: (nullable): the first day to count, "YYYY-MM-DD"; %NULL for all
 * @to_date: (nullable): the last day to count; %NULL for today
 * @today: (nullable): the day to count "today" from; %NULL for the current
 *   date in the project's time zone
 * @error: return location for a #GError
 *
 * Builds the "nps-distribution" chart of engage_chart_data_build() for a
 * chosen survey.
 *
 * Returns: (transfer full): the chart, or %NULL with
 *   %ENGAGE_CHART_DATA_ERROR_INVALID_RANGE for bad dates, or the project's
 *   error (also for a survey that does not exist)
 */
EngageChart *
engage_chart_data_build_nps_distribution (EngageProject  *project,
                                          gint64          survey_id,
                                          const char     *from_date,
                                          const char     *to_date,
                                          const char     *today,
                                          GError        **error)
{
  EngageChartContext context = { 0 };

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!init_context (&context, project, from_date, to_date, today, error))
    return NULL;

  return build_nps_distribution (&context, survey_id, error);
}

static void
add_info (GPtrArray  *infos,
          const char *name,
          const char *title)
{
  EngageChartInfo *info = g_new0 (EngageChartInfo, 1);

  info->name = g_strdup (name);
  info->title = g_strdup (title);
  g_ptr_array_add (infos, info);
}

/**
 * engage_chart_data_list:
 * @project: an open project
 * @error: return location for a #GError
 *
 * Lists the charts @project offers: the fixed ones, then per KPI its line
 * chart and its progress bar, named by the KPI's id ("kpi:3"; the KPI's name
 * works as well).
 *
 * Returns: (transfer full) (element-type EngageChartInfo): the charts
 */
GPtrArray *
engage_chart_data_list (EngageProject  *project,
                        GError        **error)
{
  g_autoptr(GPtrArray) infos = g_ptr_array_new_with_free_func ((GDestroyNotify) engage_chart_info_free);
  g_autoptr(GListModel) kpis = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  add_info (infos, "engagement", _("Engagement rate per week and channel"));
  add_info (infos, "nps", _("Net Promoter Score per month, with margins of error"));
  add_info (infos, "nps-distribution", _("NPS scores from 0 to 10"));
  add_info (infos, "mix", _("Content mix against the pillars' targets"));
  add_info (infos, "channels", _("Posts and engagement rate per channel"));

  kpis = engage_project_list_kpis (project);
  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(EngageKpi) kpi = g_list_model_get_item (kpis, i);
      /* By id: short, no quoting in a shell, and stable when the KPI is renamed. */
      g_autofree char *line = g_strdup_printf ("kpi:%" G_GINT64_FORMAT, engage_kpi_get_id (kpi));
      g_autofree char *bar = g_strdup_printf ("kpi-progress:%" G_GINT64_FORMAT, engage_kpi_get_id (kpi));
      /* Translators: the chart of a KPI's measurements, %s is its name */
      g_autofree char *line_title = g_strdup_printf (_("%s: measurements, target and pace"),
                                                     engage_kpi_get_name (kpi));
      /* Translators: a KPI's progress bar, %s is its name */
      g_autofree char *bar_title = g_strdup_printf (_("%s: progress towards the target"),
                                                    engage_kpi_get_name (kpi));

      add_info (infos, line, line_title);
      add_info (infos, bar, bar_title);
    }

  return g_steal_pointer (&infos);
}

/**
 * engage_chart_info_free:
 * @info: (nullable): an entry of engage_chart_data_list()
 */
void
engage_chart_info_free (EngageChartInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->name);
  g_free (info->title);
  g_free (info);
}

/**
 * engage_chart_ref:
 *
 * Returns: (transfer full): @chart, with one more reference
 */
EngageChart *
engage_chart_ref (EngageChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  g_atomic_ref_count_inc (&chart->ref_count);
  return chart;
}

/**
 * engage_chart_unref:
 *
 * Drops a reference; the last one frees the chart and the data it points into.
 */
void
engage_chart_unref (EngageChart *chart)
{
  g_return_if_fail (chart != NULL);

  if (!g_atomic_ref_count_dec (&chart->ref_count))
    return;

  g_free (chart->name);
  g_free (chart->title);
  g_ptr_array_unref (chart->owned);
  g_free (chart);
}

/**
 * engage_chart_get_kind:
 *
 * Returns: which painter draws @chart, and so which getter returns its data
 */
EngageChartKind
engage_chart_get_kind (const EngageChart *chart)
{
  g_return_val_if_fail (chart != NULL, ENGAGE_CHART_KIND_LINE);

  return chart->kind;
}

/**
 * engage_chart_get_name:
 *
 * Returns: the name the chart was built by
 */
const char *
engage_chart_get_name (const EngageChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  return chart->name;
}

/**
 * engage_chart_get_title:
 *
 * Returns: the chart's title, translated
 */
const char *
engage_chart_get_title (const EngageChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  return chart->title;
}

#define DEFINE_GETTER(Type, getter, member, kind_value)            \
const Type *                                                       \
engage_chart_get_##getter (const EngageChart *chart)               \
{                                                                  \
  g_return_val_if_fail (chart != NULL, NULL);                      \
  return chart->kind == kind_value ? &chart->data.member : NULL;   \
}

DEFINE_GETTER (EngageLineChartData, line_data, line, ENGAGE_CHART_KIND_LINE)
DEFINE_GETTER (EngageNpsChartData, nps_data, nps, ENGAGE_CHART_KIND_NPS)
DEFINE_GETTER (EngageDistributionChartData, distribution_data, distribution, ENGAGE_CHART_KIND_DISTRIBUTION)
DEFINE_GETTER (EngageBarChartData, bar_data, bar, ENGAGE_CHART_KIND_BAR)
DEFINE_GETTER (EngageMixChartData, mix_data, mix, ENGAGE_CHART_KIND_MIX)
DEFINE_GETTER (EngageProgressBarData, progress_data, progress, ENGAGE_CHART_KIND_PROGRESS)

/**
 * engage_chart_paint:
 * @cr: where to paint, from the origin
 * @style: colours and fonts
 * @width: the chart's width
 * @height: the chart's height
 * @chart: (type EngageChart): the chart
 *
 * Paints @chart with its painter. The argument order is that of
 * #EngageChartPaintFunc, so that a chart can be exported directly.
 */
void
engage_chart_paint (cairo_t                *cr,
                    const EngageChartStyle *style,
                    double                  width,
                    double                  height,
                    gpointer                chart)
{
  const EngageChart *self = chart;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (self != NULL);

  switch (self->kind)
    {
    case ENGAGE_CHART_KIND_LINE:
      engage_line_chart_paint (cr, &self->data.line, style, width, height);
      break;
    case ENGAGE_CHART_KIND_NPS:
      engage_nps_chart_paint (cr, &self->data.nps, style, width, height);
      break;
    case ENGAGE_CHART_KIND_DISTRIBUTION:
      engage_distribution_chart_paint (cr, &self->data.distribution, style, width, height);
      break;
    case ENGAGE_CHART_KIND_BAR:
      engage_bar_chart_paint (cr, &self->data.bar, style, width, height);
      break;
    case ENGAGE_CHART_KIND_MIX:
      engage_mix_chart_paint (cr, &self->data.mix, style, width, height);
      break;
    case ENGAGE_CHART_KIND_PROGRESS:
    default:
      engage_progress_bar_paint (cr, &self->data.progress, style, width, height);
      break;
    }
}
