/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-chart-data"

#include "config.h"

#include "engage-chart-data.h"
#include "engage-chart-data-private.h"

#include "engage-chart-format.h"
#include "engage-kpi.h"
#include "engage-measurement.h"
#include "engage-metrics.h"

#include <glib/gi18n.h>
#include <math.h>

/* A KPI's charts: its measurements against target, pace and forecast, and its
 * progress bar. */

static EngageKpi *
find_kpi (EngageProject *project,
          const char    *key)
{
  g_autoptr(GListModel) kpis = engage_project_list_kpis (project);
  g_autofree char *folded_key = g_utf8_casefold (key, -1);
  char *end = NULL;
  gint64 id = g_ascii_strtoll (key, &end, 10);
  gboolean numeric = end != key && *end == '\0';

  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(EngageKpi) kpi = g_list_model_get_item (kpis, i);
      g_autofree char *folded_name = g_utf8_casefold (engage_kpi_get_name (kpi), -1);

      if ((numeric && engage_kpi_get_id (kpi) == id) ||
          g_strcmp0 (engage_kpi_get_uuid (kpi), key) == 0 ||
          g_str_equal (folded_name, folded_key))
        return g_steal_pointer (&kpi);
    }

  return NULL;
}

static int
kpi_decimals (EngageKpi *kpi)
{
  const char *unit = engage_kpi_get_unit (kpi);
  double values[] = { engage_kpi_get_baseline_value (kpi), engage_kpi_get_target_value (kpi) };

  if (g_strcmp0 (unit, "%") == 0)
    return 1;
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    if (fabs (values[i] - round (values[i])) > 1e-9)
      return 1;
  return 0;
}

static EngageProgressTone
tone_of (EngageKpiStatus status)
{
  switch (status)
    {
    case ENGAGE_KPI_STATUS_ON_TRACK:
    case ENGAGE_KPI_STATUS_ACHIEVED:
      return ENGAGE_PROGRESS_TONE_GOOD;
    case ENGAGE_KPI_STATUS_BEHIND:
      return ENGAGE_PROGRESS_TONE_WARNING;
    case ENGAGE_KPI_STATUS_AT_RISK:
      return ENGAGE_PROGRESS_TONE_BAD;
    case ENGAGE_KPI_STATUS_NO_DATA:
    default:
      return ENGAGE_PROGRESS_TONE_NEUTRAL;
    }
}

static const char *
kpi_start_date (EngageKpi *kpi)
{
  const char *start = engage_kpi_get_start_date (kpi);

  return start != NULL ? start : engage_kpi_get_baseline_date (kpi);
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const EngageChartPoint *p = a;
  const EngageChartPoint *q = b;

  return (p->x > q->x) - (p->x < q->x);
}

EngageChart *
_engage_chart_data_build_kpi (const EngageChartContext  *context,
           const char     *name,
           const char     *key,
           gboolean        progress_only,
           GError        **error)
{
  g_autoptr(EngageKpi) kpi = find_kpi (context->project, key);
  g_autoptr(GListModel) measurements = NULL;
  EngageKpiAssessment assessment;
  EngageChart *chart;
  const char *unit, *due_date, *start_date;
  g_autofree char *due_text = NULL;
  int decimals;

  if (kpi == NULL)
    {
      g_set_error (error, ENGAGE_CHART_DATA_ERROR, ENGAGE_CHART_DATA_ERROR_UNKNOWN_CHART,
                   _("The project has no KPI “%s”."), key);
      return NULL;
    }

  if (!engage_project_assess_kpi (context->project, engage_kpi_get_id (kpi), context->today,
                                  &assessment, error))
    return NULL;

  unit = engage_kpi_get_unit (kpi);
  decimals = kpi_decimals (kpi);
  due_date = engage_kpi_get_due_date (kpi);
  start_date = kpi_start_date (kpi);
  if (due_date != NULL)
    {
      g_autofree char *due = engage_chart_format_date (engage_chart_day_from_iso (due_date));

      /* Translators: when a KPI's target is due, "due 31 Dec 2026" */
      due_text = g_strdup_printf (_("due %s"), due);
    }

  if (progress_only)
    {
      EngageProgressBarData *data;

      chart = _engage_chart_new (ENGAGE_CHART_KIND_PROGRESS, name);
      data = &chart->data.progress;
      engage_progress_bar_data_init (data);
      chart->title = g_strdup (engage_kpi_get_name (kpi));
      data->title = chart->title;
      data->unit = _engage_chart_own (chart, g_strdup (unit));
      data->decimals = decimals;
      data->baseline = engage_kpi_get_baseline_value (kpi);
      data->target = engage_kpi_get_target_value (kpi);
      data->has_current = assessment.status != ENGAGE_KPI_STATUS_NO_DATA;
      data->current = assessment.current;
      data->progress = assessment.progress;
      data->has_expected = isfinite (assessment.expected_progress);
      data->expected_progress = assessment.expected_progress;
      data->tone = tone_of (assessment.status);
      data->status_text = engage_kpi_status_get_label (assessment.status);
      data->due_text = _engage_chart_own (chart, g_steal_pointer (&due_text));
      return chart;
    }

  chart = _engage_chart_new (ENGAGE_CHART_KIND_LINE, name);
  {
    EngageLineChartData *data = &chart->data.line;
    GArray *points = g_array_new (FALSE, FALSE, sizeof (EngageChartPoint));
    EngageLineSeries *series = _engage_chart_own (chart, g_new0 (EngageLineSeries, 1));
    EngageChartAnnotation *today = _engage_chart_own (chart, g_new0 (EngageChartAnnotation, 1));
    g_autofree char *current = NULL;
    double start_day = engage_chart_day_from_iso (start_date);
    double due_day = engage_chart_day_from_iso (due_date);
    double today_day = engage_chart_day_from_iso (context->today);

    measurements = engage_project_list_measurements (context->project, engage_kpi_get_id (kpi));
    for (guint i = 0; i < g_list_model_get_n_items (measurements); i++)
      {
        g_autoptr(EngageMeasurement) measurement = g_list_model_get_item (measurements, i);
        EngageChartPoint point = {
          engage_chart_day_from_iso (engage_measurement_get_date (measurement)),
          engage_measurement_get_value (measurement),
        };

        if (!isfinite (point.x))
          continue;
        if (context->from_date != NULL && point.x < engage_chart_day_from_iso (context->from_date))
          continue;
        if (context->to_date != NULL && point.x > engage_chart_day_from_iso (context->to_date))
          continue;
        g_array_append_val (points, point);
      }

    /* The painter needs points in date order, whatever order the model keeps. */
    g_array_sort (points, compare_points);

    engage_line_chart_data_init (data);
    chart->title = g_strdup (engage_kpi_get_name (kpi));
    data->title = chart->title;
    data->y_unit = g_strcmp0 (unit, "%") == 0 ? "%" : _engage_chart_own (chart, g_strdup (unit));
    data->y_decimals = decimals;

    series->name = _engage_chart_own (chart, g_strdup (_("Measured")));
    series->n_points = points->len;
    series->points = _engage_chart_own_array (chart, points);
    series->marker = ENGAGE_CHART_MARKER_CIRCLE;
    series->fill_area = FALSE;
    data->series = series;
    data->n_series = 1;

    data->has_target = TRUE;
    data->target = engage_kpi_get_target_value (kpi);

    if (isfinite (start_day) && isfinite (due_day) && due_day > start_day)
      {
        data->has_pace = TRUE;
        data->pace_start = (EngageChartPoint) { start_day, engage_kpi_get_baseline_value (kpi) };
        data->pace_end = (EngageChartPoint) { due_day, engage_kpi_get_target_value (kpi) };
      }

    if (isfinite (assessment.forecast) && isfinite (due_day))
      {
        data->has_forecast = TRUE;
        data->forecast_start = (EngageChartPoint) {
          engage_chart_day_from_iso (assessment.current_date), assessment.current,
        };
        data->forecast_end = (EngageChartPoint) { due_day, assessment.forecast };
      }

    if (isfinite (today_day))
      {
        today->x = today_day;
        today->label = _("Today");
        data->annotations = today;
        data->n_annotations = 1;
      }

    if (assessment.status != ENGAGE_KPI_STATUS_NO_DATA)
      {
        g_autofree char *value = engage_chart_format_value (assessment.current, decimals, unit);
        g_autofree char *target = engage_chart_format_value (engage_kpi_get_target_value (kpi), decimals, unit);

        current = due_text != NULL
                  /* Translators: under a KPI chart: status, current value, target and due date */
                  ? g_strdup_printf (_("%s · now %s · target %s, %s"),
                                     engage_kpi_status_get_label (assessment.status), value, target, due_text)
                  /* Translators: under a KPI chart: status, current value and target */
                  : g_strdup_printf (_("%s · now %s · target %s"),
                                     engage_kpi_status_get_label (assessment.status), value, target);
        data->subtitle = _engage_chart_own (chart, g_steal_pointer (&current));
      }
  }

  return chart;
}
