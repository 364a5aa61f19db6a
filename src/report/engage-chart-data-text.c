/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-chart-data"

#include "config.h"

#include "engage-chart-data.h"
#include "engage-chart-data-private.h"

#include "engage-chart-format.h"

#include <glib/gi18n.h>
#include <math.h>

/* A built chart in words: the one-line summary and the table behind it. */

static const EngageChartPoint *
last_point (const EngageLineSeries *series)
{
  for (gsize i = series->n_points; i-- > 0;)
    if (isfinite (series->points[i].y))
      return &series->points[i];
  return NULL;
}

static char *
summarize_line (const EngageChart *chart)
{
  const EngageLineChartData *data = &chart->data.line;
  g_autoptr(GString) text = g_string_new (chart->title);
  guint n_listed = 0;

  /* A KPI's subtitle already says it in words: status, value, target. */
  if (data->has_target && data->subtitle != NULL)
    {
      g_string_append_printf (text, C_("chart summary", ": %s"), data->subtitle);
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  for (guint i = 0; i < data->n_series; i++)
    {
      const EngageChartPoint *point = last_point (&data->series[i]);
      g_autofree char *value = NULL;
      g_autofree char *date = NULL;

      if (point == NULL)
        continue;

      value = engage_chart_format_value (point->y, MAX (data->y_decimals, 0), data->y_unit);
      date = engage_chart_format_date (point->x);
      /* Translators: one series in a chart's summary, "Instagram 4.2% (16 Nov 2026)" */
      g_string_append_printf (text, n_listed == 0 ? C_("chart summary", ": %s %s (%s)")
                                                  : C_("chart summary", ", %s %s (%s)"),
                              data->series[i].name, value, date);
      n_listed++;
    }

  if (n_listed == 0)
    g_string_append_printf (text, C_("chart summary", ": %s"), _("No data yet"));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
summarize_nps (const EngageChart *chart)
{
  const EngageNpsChartData *data = &chart->data.nps;
  const EngageNpsChartPeriod *last = NULL, *previous = NULL;
  g_autofree char *nps = NULL;
  g_autofree char *when = NULL;

  for (guint i = 0; i < data->n_periods; i++)
    if (data->periods[i].n > 0)
      {
        previous = last;
        last = &data->periods[i];
      }

  if (last == NULL)
    return g_strdup_printf (C_("chart summary", "%s: %s"), chart->title, _("No data yet"));

  nps = engage_chart_format_signed (round (last->nps), 0);
  when = engage_chart_format_period (last->first_day, data->period);

  if (previous != NULL)
    {
      g_autofree char *change = engage_chart_format_signed (round (last->nps) - round (previous->nps), 0);
      g_autofree char *since = engage_chart_format_period (previous->first_day, data->period);

      /* Translators: summary of the NPS chart, "NPS +23 in Nov 2026, +6 since Oct 2026" */
      return g_strdup_printf (_("NPS %s in %s, %s since %s"), nps, when, change, since);
    }

  /* Translators: summary of the NPS chart, "NPS +23 in Nov 2026" */
  return g_strdup_printf (_("NPS %s in %s"), nps, when);
}

static char *
summarize_distribution (const EngageChart *chart)
{
  const EngageDistributionChartData *data = &chart->data.distribution;
  guint n = 0, promoters, passives, detractors = 0;
  g_autofree char *pr = NULL, *pa = NULL, *de = NULL, *count = NULL;

  for (guint s = 0; s <= 10; s++)
    n += data->counts[s];
  if (n == 0)
    return g_strdup_printf (C_("chart summary", "%s: %s"), chart->title, _("No data yet"));

  for (guint s = 0; s <= 6; s++)
    detractors += data->counts[s];
  passives = data->counts[7] + data->counts[8];
  promoters = data->counts[9] + data->counts[10];

  count = engage_chart_format_number (n, 0);
  pr = engage_chart_format_percent ((double) promoters / n, 0);
  pa = engage_chart_format_percent ((double) passives / n, 0);
  de = engage_chart_format_percent ((double) detractors / n, 0);

  /* Translators: summary of the score distribution */
  return g_strdup_printf (_("%s responses: %s promoters, %s passives, %s detractors"), count, pr, pa, de);
}

static char *
summarize_bar (const EngageChart *chart)
{
  const EngageBarChartData *data = &chart->data.bar;
  g_autoptr(GString) text = g_string_new (chart->title);

  for (guint i = 0; i < data->n_categories; i++)
    {
      g_string_append (text, i == 0 ? C_("chart summary", ": ") : C_("chart summary", "; "));
      g_string_append (text, data->labels[i]);
      for (guint p = 0; p < data->n_panels; p++)
        {
          g_autofree char *value = engage_chart_format_value (data->panels[p].values[i], data->panels[p].decimals,
                                                              data->panels[p].unit);

          g_string_append_printf (text, p == 0 ? " %s" : ", %s", value);
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
summarize_mix (const EngageChart *chart)
{
  const EngageMixChartData *data = &chart->data.mix;
  g_autoptr(GString) text = g_string_new (chart->title);

  for (guint i = 0; i < data->n_entries; i++)
    {
      const EngageMixChartEntry *entry = &data->entries[i];
      g_autofree char *share = engage_chart_format_percent (entry->share, 0);

      g_string_append (text, i == 0 ? C_("chart summary", ": ") : C_("chart summary", "; "));
      if (entry->has_target)
        {
          g_autofree char *target = engage_chart_format_percent (entry->target_share, 0);

          /* Translators: a pillar in the content mix's summary: name, share, target */
          g_string_append_printf (text, _("%s %s (target %s)"), entry->name, share, target);
        }
      else
        g_string_append_printf (text, "%s %s", entry->name, share);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
summarize_progress (const EngageChart *chart)
{
  const EngageProgressBarData *data = &chart->data.progress;
  g_autofree char *target = engage_chart_format_value (data->target, data->decimals, data->unit);
  g_autofree char *current = NULL;

  if (!data->has_current)
    return g_strdup_printf (C_("chart summary", "%s: %s"), chart->title, data->status_text);

  current = engage_chart_format_value (data->current, data->decimals, data->unit);
  /* Translators: summary of a KPI's progress bar: name, status, current value, target */
  return g_strdup_printf (_("%s: %s, %s of %s"), chart->title, data->status_text, current, target);
}

/**
 * engage_chart_get_summary:
 *
 * Returns: (transfer full): the chart in one line of words, for screen
 *   readers and tooltips ("NPS +23 in Nov 2026, +6 since Oct 2026")
 */
char *
engage_chart_get_summary (const EngageChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  switch (chart->kind)
    {
    case ENGAGE_CHART_KIND_LINE:
      return summarize_line (chart);
    case ENGAGE_CHART_KIND_NPS:
      return summarize_nps (chart);
    case ENGAGE_CHART_KIND_DISTRIBUTION:
      return summarize_distribution (chart);
    case ENGAGE_CHART_KIND_BAR:
      return summarize_bar (chart);
    case ENGAGE_CHART_KIND_MIX:
      return summarize_mix (chart);
    case ENGAGE_CHART_KIND_PROGRESS:
    default:
      return summarize_progress (chart);
    }
}

static void
add_row (GPtrArray *rows,
         ...)
{
  GPtrArray *cells = g_ptr_array_new ();
  va_list args;
  const char *cell;

  va_start (args, rows);
  while ((cell = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (cells, g_strdup (cell));
  va_end (args);

  g_ptr_array_add (cells, NULL);
  g_ptr_array_add (rows, g_ptr_array_free (cells, FALSE));
}

static void
add_row_strv (GPtrArray *rows,
              GPtrArray *cells)
{
  g_ptr_array_add (cells, NULL);
  g_ptr_array_add (rows, g_ptr_array_free (cells, FALSE));
}

static void
table_line (const EngageChart *chart,
            GPtrArray         *rows)
{
  const EngageLineChartData *data = &chart->data.line;

  add_row (rows, _("Series"), _("Date"), _("Value"), NULL);
  for (guint i = 0; i < data->n_series; i++)
    for (gsize j = 0; j < data->series[i].n_points; j++)
      {
        const EngageChartPoint *point = &data->series[i].points[j];
        g_autofree char *date = NULL;
        g_autofree char *value = NULL;

        if (!isfinite (point->y))
          continue;
        date = engage_chart_format_date (point->x);
        value = engage_chart_format_value (point->y, MAX (data->y_decimals, 1), data->y_unit);
        add_row (rows, data->series[i].name, date, value, NULL);
      }
}

static void
table_nps (const EngageChart *chart,
           GPtrArray         *rows)
{
  const EngageNpsChartData *data = &chart->data.nps;

  add_row (rows, _("Period"), _("Responses"), _("Promoters"), _("Passives"), _("Detractors"),
           _("NPS"), _("Margin of error"), NULL);
  for (guint i = 0; i < data->n_periods; i++)
    {
      const EngageNpsChartPeriod *period = &data->periods[i];
      g_autofree char *when = engage_chart_format_period (period->first_day, data->period);
      g_autofree char *n = engage_chart_format_number (period->n, 0);
      g_autofree char *pr = engage_chart_format_number (period->promoters, 0);
      g_autofree char *pa = engage_chart_format_number (period->passives, 0);
      g_autofree char *de = engage_chart_format_number (period->detractors, 0);
      g_autofree char *nps = period->n > 0 ? engage_chart_format_signed (period->nps, 1) : g_strdup ("–");
      g_autofree char *margin = period->n > 0 ? engage_chart_format_number (period->margin, 1) : g_strdup ("–");

      add_row (rows, when, n, pr, pa, de, nps, margin, NULL);
    }
}

/**
 * engage_chart_get_table:
 *
 * The chart's numbers as a table, for "Show as table" and screen readers.
 *
 * Returns: (transfer full) (element-type GStrv): the rows, the first one
 *   the column headings; free with g_ptr_array_unref()
 */
GPtrArray *
engage_chart_get_table (const EngageChart *chart)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_return_val_if_fail (chart != NULL, rows);

  switch (chart->kind)
    {
    case ENGAGE_CHART_KIND_LINE:
      table_line (chart, rows);
      break;

    case ENGAGE_CHART_KIND_NPS:
      table_nps (chart, rows);
      break;

    case ENGAGE_CHART_KIND_DISTRIBUTION:
      add_row (rows, _("Score"), _("Responses"), NULL);
      for (guint s = 0; s <= 10; s++)
        {
          g_autofree char *score = g_strdup_printf ("%u", s);
          g_autofree char *count = engage_chart_format_number (chart->data.distribution.counts[s], 0);

          add_row (rows, score, count, NULL);
        }
      break;

    case ENGAGE_CHART_KIND_BAR:
      {
        const EngageBarChartData *data = &chart->data.bar;
        GPtrArray *header = g_ptr_array_new ();

        g_ptr_array_add (header, g_strdup (""));
        for (guint p = 0; p < data->n_panels; p++)
          g_ptr_array_add (header, g_strdup (data->panels[p].title != NULL ? data->panels[p].title : ""));
        add_row_strv (rows, header);

        for (guint i = 0; i < data->n_categories; i++)
          {
            GPtrArray *cells = g_ptr_array_new ();

            g_ptr_array_add (cells, g_strdup (data->labels[i]));
            for (guint p = 0; p < data->n_panels; p++)
              g_ptr_array_add (cells, engage_chart_format_value (data->panels[p].values[i],
                                                                 data->panels[p].decimals,
                                                                 data->panels[p].unit));
            add_row_strv (rows, cells);
          }
      }
      break;

    case ENGAGE_CHART_KIND_MIX:
      add_row (rows, _("Pillar"), _("Posts"), _("Share"), _("Target"), NULL);
      for (guint i = 0; i < chart->data.mix.n_entries; i++)
        {
          const EngageMixChartEntry *entry = &chart->data.mix.entries[i];
          g_autofree char *n = engage_chart_format_number (entry->n_posts, 0);
          g_autofree char *share = engage_chart_format_percent (entry->share, 1);
          g_autofree char *target = entry->has_target ? engage_chart_format_percent (entry->target_share, 1)
                                                      : g_strdup ("–");

          add_row (rows, entry->name, n, share, target, NULL);
        }
      break;

    case ENGAGE_CHART_KIND_PROGRESS:
    default:
      {
        const EngageProgressBarData *data = &chart->data.progress;
        g_autofree char *baseline = engage_chart_format_value (data->baseline, data->decimals, data->unit);
        g_autofree char *current = data->has_current
                                   ? engage_chart_format_value (data->current, data->decimals, data->unit)
                                   : g_strdup ("–");
        g_autofree char *target = engage_chart_format_value (data->target, data->decimals, data->unit);
        g_autofree char *progress = data->has_current ? engage_chart_format_percent (data->progress, 0)
                                                      : g_strdup ("–");

        add_row (rows, _("Start"), _("Now"), _("Target"), _("Progress"), _("Status"), NULL);
        add_row (rows, baseline, current, target, progress, data->status_text, NULL);
      }
      break;
    }

  return rows;
}
