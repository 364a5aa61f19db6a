/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "engage-chart-data.h"
#include "engage-sample.h"

/* The charts of the sample project, built by name as engage-cli, the report
 * and the Goals page ask for them. */

typedef struct
{
  char          *dir;
  char          *path;
  EngageProject *project;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  GDate today;

  (void) user_data;

  fixture->dir = g_dir_make_tmp ("engage-chart-data-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->dir, "sample.engage", NULL);
  file = g_file_new_for_path (fixture->path);
  fixture->project = engage_project_create (file, "Sample", &error);
  g_assert_no_error (error);
  g_assert_true (engage_iso_date_parse ("2026-11-23", &today));
  g_assert_true (engage_sample_fill (fixture->project, "en", &today, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  (void) user_data;

  engage_project_close (fixture->project);
  g_clear_object (&fixture->project);
  g_unlink (fixture->path);
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static EngageChart *
build (Fixture    *fixture,
       const char *name)
{
  g_autoptr(GError) error = NULL;
  EngageChart *chart = engage_chart_data_build (fixture->project, name, NULL, NULL, "2026-11-23", &error);

  g_assert_no_error (error);
  g_assert_nonnull (chart);
  g_assert_cmpstr (engage_chart_get_name (chart), ==, name);
  g_assert_nonnull (engage_chart_get_title (chart));
  return chart;
}

static void
assert_table (EngageChart *chart,
              guint        min_rows)
{
  g_autoptr(GPtrArray) table = engage_chart_get_table (chart);
  guint columns;

  g_assert_cmpuint (table->len, >=, min_rows + 1);
  columns = g_strv_length (g_ptr_array_index (table, 0));
  for (guint i = 1; i < table->len; i++)
    g_assert_cmpuint (g_strv_length (g_ptr_array_index (table, i)), ==, columns);
}

static void
test_list (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autoptr(GPtrArray) infos = engage_chart_data_list (fixture->project, NULL);

  (void) user_data;

  /* Five fixed charts, then two per KPI; every listed name builds. */
  g_assert_cmpuint (infos->len, ==, 5 + 2 * 6);
  for (guint i = 0; i < infos->len; i++)
    {
      EngageChartInfo *info = g_ptr_array_index (infos, i);
      g_autoptr(EngageChart) chart = build (fixture, info->name);
      g_autofree char *summary = engage_chart_get_summary (chart);

      g_test_message ("%s: %s", info->name, summary);
      g_assert_cmpstr (summary, !=, "");
    }
}

static void
test_engagement (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(EngageChart) chart = build (fixture, "engagement");
  const EngageLineChartData *data = engage_chart_get_line_data (chart);

  (void) user_data;

  g_assert_cmpint (engage_chart_get_kind (chart), ==, ENGAGE_CHART_KIND_LINE);
  g_assert_null (engage_chart_get_nps_data (chart));
  g_assert_nonnull (data);
  g_assert_cmpstr (data->y_unit, ==, "%");
  /* The basis is named under the title. */
  g_assert_nonnull (strstr (data->subtitle, "reach"));
  g_assert_cmpuint (data->n_series, >=, 3);

  for (guint i = 0; i < data->n_series; i++)
    {
      const EngageLineSeries *series = &data->series[i];

      g_assert_nonnull (series->name);
      g_assert_cmpfloat (series->color.alpha, ==, 1);
      for (gsize j = 0; j < series->n_points; j++)
        {
          /* Weekly points on Mondays, before the running week. */
          double x = series->points[j].x;

          if (isnan (series->points[j].y))
            continue;
          g_assert_cmpfloat (engage_date_unit_floor (x, ENGAGE_DATE_UNIT_WEEK), ==, x);
          g_assert_cmpfloat (x, <, engage_chart_day_from_iso ("2026-11-23"));
          if (j > 0)
            g_assert_cmpfloat (x, >, series->points[j - 1].x);
        }
    }

  assert_table (chart, 10);
}

static void
test_nps (Fixture       *fixture,
          gconstpointer  user_data)
{
  g_autoptr(EngageChart) chart = build (fixture, "nps");
  g_autoptr(EngageChart) distribution = build (fixture, "nps-distribution");
  const EngageNpsChartData *data = engage_chart_get_nps_data (chart);
  const EngageDistributionChartData *scores = engage_chart_get_distribution_data (distribution);
  guint n = 0, n_scores = 0;

  (void) user_data;

  g_assert_nonnull (data);
  g_assert_cmpuint (data->n_periods, >=, 3);
  for (guint i = 0; i < data->n_periods; i++)
    {
      const EngageNpsChartPeriod *period = &data->periods[i];

      g_assert_cmpuint (period->detractors + period->passives + period->promoters, ==, period->n);
      if (i > 0)
        g_assert_cmpfloat (period->first_day, ==,
                           engage_date_unit_add (data->periods[i - 1].first_day, data->period, 1));
      n += period->n;
    }

  /* The bars and the distribution count the same responses. */
  for (guint s = 0; s <= 10; s++)
    n_scores += scores->counts[s];
  g_assert_cmpuint (n, ==, n_scores);
  g_assert_cmpuint (n, ==, 264);

  assert_table (chart, data->n_periods);
  assert_table (distribution, 11);
}

static void
test_mix_and_channels (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(EngageChart) mix = build (fixture, "mix");
  g_autoptr(EngageChart) channels = build (fixture, "channels");
  const EngageMixChartData *entries = engage_chart_get_mix_data (mix);
  const EngageBarChartData *bars = engage_chart_get_bar_data (channels);
  double total = 0;

  (void) user_data;

  g_assert_cmpuint (entries->n_entries, >=, 4);
  for (guint i = 0; i < entries->n_entries; i++)
    {
      total += entries->entries[i].share;
      g_assert_true (entries->entries[i].has_target);
    }
  g_assert_cmpfloat_with_epsilon (total, 1.0, 1e-9);
  /* Twelve weeks back, eight ahead of today. */
  g_assert_nonnull (strstr (entries->subtitle, "31 Aug 2026"));
  g_assert_nonnull (strstr (entries->subtitle, "18 Jan 2027"));

  g_assert_cmpuint (bars->n_panels, ==, 2);
  g_assert_cmpuint (bars->n_categories, >=, 4);
  for (guint i = 0; i < bars->n_categories; i++)
    g_assert_cmpfloat (bars->panels[0].values[i], >, 0);

  assert_table (mix, entries->n_entries);
  assert_table (channels, bars->n_categories);
}

static void
test_kpi (Fixture       *fixture,
          gconstpointer  user_data)
{
  g_autoptr(EngageChart) by_name = build (fixture, "kpi:instagram FOLLOWERS");
  g_autoptr(EngageChart) progress = build (fixture, "kpi-progress:Instagram followers");
  const EngageLineChartData *line = engage_chart_get_line_data (by_name);
  const EngageProgressBarData *bar = engage_chart_get_progress_data (progress);

  (void) user_data;

  g_assert_cmpstr (engage_chart_get_title (by_name), ==, "Instagram followers");
  g_assert_true (line->has_target);
  g_assert_cmpfloat (line->target, ==, 4500);
  g_assert_true (line->has_pace);
  g_assert_cmpfloat (line->pace_start.y, ==, 3400);
  g_assert_cmpfloat (line->pace_end.y, ==, 4500);
  g_assert_cmpuint (line->n_series, ==, 1);
  g_assert_cmpuint (line->series[0].n_points, >=, 5);
  g_assert_cmpstr (line->y_unit, ==, "followers");
  g_assert_true (line->has_forecast);
  g_assert_cmpfloat (line->forecast_end.x, ==, line->pace_end.x);

  g_assert_true (bar->has_current);
  g_assert_cmpfloat (bar->baseline, ==, 3400);
  g_assert_cmpfloat (bar->target, ==, 4500);
  g_assert_cmpfloat (bar->progress, >, 0);
  g_assert_nonnull (bar->status_text);
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  (void) user_data;

  g_assert_null (engage_chart_data_build (fixture->project, "pie", NULL, NULL, NULL, &error));
  g_assert_error (error, ENGAGE_CHART_DATA_ERROR, ENGAGE_CHART_DATA_ERROR_UNKNOWN_CHART);
  g_clear_error (&error);

  g_assert_null (engage_chart_data_build (fixture->project, "kpi:No such KPI", NULL, NULL, NULL, &error));
  g_assert_error (error, ENGAGE_CHART_DATA_ERROR, ENGAGE_CHART_DATA_ERROR_UNKNOWN_CHART);
  g_clear_error (&error);

  g_assert_null (engage_chart_data_build (fixture->project, "kpi:", NULL, NULL, NULL, &error));
  g_assert_error (error, ENGAGE_CHART_DATA_ERROR, ENGAGE_CHART_DATA_ERROR_UNKNOWN_CHART);
  g_clear_error (&error);

  g_assert_null (engage_chart_data_build (fixture->project, "nps", "2026-12-01", "2026-11-01", NULL, &error));
  g_assert_error (error, ENGAGE_CHART_DATA_ERROR, ENGAGE_CHART_DATA_ERROR_INVALID_RANGE);
  g_clear_error (&error);

  g_assert_null (engage_chart_data_build (fixture->project, "nps", "1 Nov", NULL, NULL, &error));
  g_assert_error (error, ENGAGE_CHART_DATA_ERROR, ENGAGE_CHART_DATA_ERROR_INVALID_RANGE);
}

/* A range narrows what the charts count. */
static void
test_range (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageChart) chart = engage_chart_data_build (fixture->project, "nps-distribution",
                                                          "2026-11-01", "2026-11-23", "2026-11-23", &error);
  g_autoptr(EngageChart) empty = engage_chart_data_build (fixture->project, "engagement",
                                                          "2020-01-01", "2020-03-01", "2026-11-23", &error);
  guint n = 0;

  (void) user_data;

  g_assert_no_error (error);
  for (guint s = 0; s <= 10; s++)
    n += engage_chart_get_distribution_data (chart)->counts[s];
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, 264);

  g_assert_cmpuint (engage_chart_get_line_data (empty)->n_series, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/charts/data/list", test_list);
  ADD ("/charts/data/engagement", test_engagement);
  ADD ("/charts/data/nps", test_nps);
  ADD ("/charts/data/mix-and-channels", test_mix_and_channels);
  ADD ("/charts/data/kpi", test_kpi);
  ADD ("/charts/data/errors", test_errors);
  ADD ("/charts/data/range", test_range);

  return g_test_run ();
}
