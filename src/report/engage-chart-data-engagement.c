/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-chart-data"

#include "config.h"

#include "engage-chart-data.h"
#include "engage-chart-data-private.h"

#include "engage-channel.h"
#include "engage-chart-format.h"
#include "engage-engagement.h"

#include <glib/gi18n.h>
#include <math.h>

/* The charts of the engagement analytics, for a chosen basis, range and
 * channel: the rate over time per channel and for all of them together, and
 * the rate per content pillar. Built with engage-engagement.h, so that each
 * number is the ratio of sums the page shows beside it. */

/* The line for all channels together: a neutral grey that reads on light and
 * dark backgrounds and stays apart from the channels' colours. */
#define ALL_CHANNELS_COLOR "#77767b"

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

/* "24 Aug 2026 – 23 Nov 2026", or "Until 23 Nov 2026" without a start. */
static char *
format_range (const char *from_date,
              const char *to_date)
{
  g_autofree char *to = engage_chart_format_date (engage_chart_day_from_iso (to_date));
  g_autofree char *from = NULL;

  if (from_date == NULL)
    /* Translators: the range of a chart without a start, %s is a date */
    return g_strdup_printf (_("Until %s"), to);

  from = engage_chart_format_date (engage_chart_day_from_iso (from_date));
  /* Translators: a date range on a chart, "1 Jun 2026 – 23 Nov 2026" */
  return g_strdup_printf (C_("chart range", "%s – %s"), from, to);
}

static EngageRgba
parse_color (const char *spec)
{
  EngageRgba rgba = { 0 };

  engage_rgba_parse (&rgba, spec);
  return rgba;
}

/* Days since 1970 of the first day of the period that ends on @to_date. */
static double
latest_period_start (const char   *to_date,
                     EngagePeriod  period)
{
  g_autofree char *start = NULL;
  GDate date;

  if (!engage_iso_date_parse (to_date, &date))
    return NAN;

  g_date_add_days (&date, 1);
  if (period == ENGAGE_PERIOD_WEEK)
    g_date_subtract_days (&date, 7);
  else
    g_date_subtract_months (&date, 1);

  start = engage_iso_date_format (&date);
  return engage_chart_day_from_iso (start);
}

static const EngageEngagement *
find_entry (GArray     *entries,
            gint64      channel_id,
            const char *start)
{
  for (guint i = 0; i < entries->len; i++)
    {
      const EngageEngagement *entry = &g_array_index (entries, EngageEngagement, i);

      if (entry->channel_id == channel_id && g_str_equal (entry->start, start))
        return entry;
    }

  return NULL;
}

/* The points of one channel (0: all) on the periods of @grid: a period
 * without its posts between two with them leaves a gap in the line. */
static GArray *
collect_points (GArray *entries,
                GArray *grid,
                gint64  channel_id)
{
  GArray *points = g_array_new (FALSE, FALSE, sizeof (EngageChartPoint));
  gboolean missed = FALSE;

  for (guint i = 0; i < grid->len; i++)
    {
      const EngageEngagement *period = &g_array_index (grid, EngageEngagement, i);
      const EngageEngagement *entry = find_entry (entries, channel_id, period->start);
      EngageChartPoint point = { engage_chart_day_from_iso (period->start), NAN };

      if (entry == NULL || !isfinite (entry->rate))
        {
          missed = points->len > 0;
          continue;
        }

      if (missed)
        {
          EngageChartPoint gap = { point.x - 0.5, NAN };

          g_array_append_val (points, gap);
          missed = FALSE;
        }

      point.y = entry->rate;
      g_array_append_val (points, point);
    }

  return points;
}

static void
add_series (EngageChart *chart,
            GArray      *series,
            const char  *name,
            const char  *color,
            GArray      *points,
            gboolean     fill_area)
{
  EngageLineSeries line = { 0 };

  line.name = _engage_chart_own (chart, g_strdup (name));
  line.n_points = points->len;
  line.points = _engage_chart_own_array (chart, points);
  line.color = parse_color (color);
  line.dash = engage_chart_style_get_series_dash (series->len);
  line.marker = engage_chart_style_get_series_marker (series->len);
  line.fill_area = fill_area;
  g_array_append_val (series, line);
}

/**
 * engage_chart_data_build_engagement_trend:
 * @project: an open project
 * @basis: what the interactions relate to
 * @channel_id: a channel, or 0 for a line per channel and one for all of them
 * @from_date: (nullable): the first day, "YYYY-MM-DD"; %NULL for all data
 * @to_date: the last day, included
 * @error: return location for a #GError
 *
 * Builds the engagement rate over time: per week for ranges up to about half
 * a year, per month beyond, each period the ratio of its sums and counted back
 * from @to_date (see engage_project_engagement_trend()). Each channel is a
 * line in its colour; with all channels, a grey shaded line shows them
 * together.
 *
 * Returns: (transfer full): a line chart, or %NULL with the project's error
 */
EngageChart *
engage_chart_data_build_engagement_trend (EngageProject          *project,
                                          EngageEngagementBasis   basis,
                                          gint64                  channel_id,
                                          const char             *from_date,
                                          const char             *to_date,
                                          GError                **error)
{
  g_autoptr(EngageChart) chart = NULL;
  g_autoptr(GListModel) channels = NULL;
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GArray) grid = NULL;
  g_autofree char *range_text = NULL;
  EngageEngagementRange range = { 0 };
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) line_channels = NULL;
  EngageLineChartData *data;
  EngagePeriod period;
  GArray *series;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (to_date != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (from_date != NULL)
    g_strlcpy (range.from, from_date, sizeof range.from);
  g_strlcpy (range.to, to_date, sizeof range.to);
  period = engage_engagement_range_get_period (&range);

  entries = engage_project_engagement_trend (project, channel_id, basis, period,
                                             from_date, to_date, error);
  if (entries == NULL)
    return NULL;

  chart = _engage_chart_new (ENGAGE_CHART_KIND_LINE, "engagement-trend");
  data = &chart->data.line;
  engage_line_chart_data_init (data);

  /* The periods that have posts at all: the total's, or the one channel's. */
  grid = g_array_new (FALSE, FALSE, sizeof (EngageEngagement));
  for (guint i = 0; i < entries->len; i++)
    if (g_array_index (entries, EngageEngagement, i).channel_id == (channel_id == 0 ? 0 : channel_id))
      g_array_append_val (grid, g_array_index (entries, EngageEngagement, i));

  series = g_array_new (FALSE, TRUE, sizeof (EngageLineSeries));
  channels = engage_project_list_channels (project);
  /* Each array goes to its series below. */
  lines = g_ptr_array_new ();
  line_channels = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (channels); i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (channels, i);
      gint64 id = engage_channel_get_id (channel);
      g_autoptr(GArray) points = NULL;

      if (channel_id != 0 && id != channel_id)
        continue;

      points = collect_points (entries, grid, id);
      if (points->len == 0)
        continue;

      g_ptr_array_add (lines, g_steal_pointer (&points));
      g_ptr_array_add (line_channels, g_steal_pointer (&channel));
    }

  /* The total first, shaded behind the channels; with one channel alone it
   * would only hide that channel's line, so the channel takes the shade. */
  if (lines->len > 1)
    add_series (chart, series, _("All channels"), ALL_CHANNELS_COLOR,
                collect_points (entries, grid, 0), TRUE);

  for (guint i = 0; i < lines->len; i++)
    {
      EngageChannel *channel = g_ptr_array_index (line_channels, i);

      add_series (chart, series, engage_channel_get_name (channel), engage_channel_get_color (channel),
                  g_ptr_array_index (lines, i), lines->len == 1);
    }

  chart->title = g_strdup (period == ENGAGE_PERIOD_WEEK ? _("Engagement rate per week")
                                                        : _("Engagement rate per month"));
  data->title = chart->title;
  range_text = format_range (from_date, to_date);
  if (period == ENGAGE_PERIOD_WEEK)
    /* Translators: under the engagement trend: the formula, %s is "reach",
     * "impressions" or "followers", then the date range */
    data->subtitle = g_strdup_printf (_("Σ interactions ÷ Σ %s × 100 per week · %s"),
                                      basis_word (basis), range_text);
  else
    /* Translators: under the engagement trend: the formula, %s is "reach",
     * "impressions" or "followers", then the date range */
    data->subtitle = g_strdup_printf (_("Σ interactions ÷ Σ %s × 100 per month · %s"),
                                      basis_word (basis), range_text);
  _engage_chart_own (chart, (gpointer) data->subtitle);
  data->y_unit = "%";
  data->y_decimals = 1;
  data->y_include_zero = TRUE;
  data->show_legend = series->len > 0;
  data->empty_text = _("No published posts with metrics in this period");
  data->n_series = series->len;
  data->series = _engage_chart_own_array (chart, series);
  /* A point stands for its period at the period's first day: the axis ends
   * at the first day of the latest period, not at its last. */
  if (from_date != NULL)
    {
      data->has_x_range = TRUE;
      data->x_min = engage_chart_day_from_iso (from_date);
      data->x_max = MAX (data->x_min, latest_period_start (to_date, period));
    }

  return g_steal_pointer (&chart);
}

/**
 * engage_chart_data_build_engagement_pillars:
 * @project: an open project
 * @basis: what the interactions relate to
 * @channel_id: a channel, or 0 for all channels
 * @from_date: (nullable): the first day, "YYYY-MM-DD"; %NULL for all data
 * @to_date: (nullable): the last day, included; %NULL for no end
 * @error: return location for a #GError
 *
 * Builds the engagement per content pillar: its rate, its posts and its share
 * of the interactions, side by side (see engage_project_engagement_by_pillar()).
 *
 * Returns: (transfer full): a bar chart, or %NULL with the project's error
 */
EngageChart *
engage_chart_data_build_engagement_pillars (EngageProject          *project,
                                            EngageEngagementBasis   basis,
                                            gint64                  channel_id,
                                            const char             *from_date,
                                            const char             *to_date,
                                            GError                **error)
{
  g_autoptr(EngageChart) chart = NULL;
  g_autoptr(GArray) pillars = NULL;
  g_autofree char *range_text = NULL;
  EngageBarChartData *data;
  EngageBarPanel *panels;
  const char **labels;
  EngageRgba *colors;
  double *rates, *posts, *shares;
  guint n;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  pillars = engage_project_engagement_by_pillar (project, channel_id, basis, from_date, to_date, error);
  if (pillars == NULL)
    return NULL;

  chart = _engage_chart_new (ENGAGE_CHART_KIND_BAR, "engagement-pillars");
  data = &chart->data.bar;
  engage_bar_chart_data_init (data);

  n = pillars->len;
  labels = _engage_chart_own (chart, g_new0 (const char *, n + 1));
  colors = _engage_chart_own (chart, g_new0 (EngageRgba, MAX (n, 1)));
  rates = _engage_chart_own (chart, g_new0 (double, MAX (n, 1)));
  posts = _engage_chart_own (chart, g_new0 (double, MAX (n, 1)));
  shares = _engage_chart_own (chart, g_new0 (double, MAX (n, 1)));
  panels = _engage_chart_own (chart, g_new0 (EngageBarPanel, 3));

  for (guint i = 0; i < n; i++)
    {
      const EngagePillarEngagement *entry = &g_array_index (pillars, EngagePillarEngagement, i);

      labels[i] = _engage_chart_own (chart, g_strdup (entry->name));
      colors[i] = parse_color (entry->color);
      rates[i] = entry->rate;
      posts[i] = entry->n_posts;
      shares[i] = entry->share * 100.0;
    }

  panels[0].title = _("Engagement rate");
  panels[0].unit = "%";
  panels[0].decimals = 1;
  panels[0].values = rates;
  panels[1].title = _("Posts");
  panels[1].decimals = 0;
  panels[1].values = posts;
  panels[2].title = _("Share of interactions");
  panels[2].unit = "%";
  panels[2].decimals = 0;
  panels[2].values = shares;

  chart->title = g_strdup (_("Engagement by content pillar"));
  data->title = chart->title;
  range_text = to_date != NULL ? format_range (from_date, to_date) : NULL;
  /* Translators: under the pillar chart: the formula, %s is "reach",
   * "impressions" or "followers", then the date range */
  data->subtitle = _engage_chart_own (chart, g_strdup_printf (_("Σ interactions ÷ Σ %s × 100 per pillar · %s"),
                                                              basis_word (basis),
                                                              range_text != NULL ? range_text : ""));
  data->empty_text = _("No published posts with metrics in this period");
  data->labels = labels;
  data->colors = colors;
  data->n_categories = n;
  data->panels = panels;
  data->n_panels = 3;

  return g_steal_pointer (&chart);
}
