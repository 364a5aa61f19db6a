/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "engage-chart-data.h"
#include "engage-project.h"
#include "engage-sample.h"
#include "widgets/engage-chart-view-private.h"

/* The chart view on the sample's charts: its tiered cache survives a redraw
 * of the same size and is rebuilt for new data or a new size, and screen
 * readers get the chart's one-line summary. */

#define SAMPLE_TODAY "2026-11-23"

typedef struct
{
  char          *dir;
  EngageProject *project;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  fixture->dir = g_dir_make_tmp ("engage-chart-view-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
  path = g_build_filename (fixture->dir, "Sample.engage", NULL);
  file = g_file_new_for_path (path);

  fixture->project = engage_project_create (file, "Sample", &error);
  g_assert_no_error (error);
  g_assert_true (engage_iso_date_parse (SAMPLE_TODAY, &today));
  g_assert_true (engage_sample_fill (fixture->project, "en", &today, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "Sample.engage", NULL);

  engage_project_close (fixture->project);
  g_clear_object (&fixture->project);
  g_unlink (path);
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static EngageChart *
build_chart (Fixture    *fixture,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  EngageChart *chart;

  chart = engage_chart_data_build (fixture->project, name, NULL, NULL, SAMPLE_TODAY, &error);
  g_assert_no_error (error);
  g_assert_nonnull (chart);

  return chart;
}

/* Until the window has laid out and drawn what is pending. */
static void
run_until_drawn (GtkWidget *widget)
{
  for (guint i = 0; i < 200 && (!gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) <= 0); i++)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
count_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  guint *ticks = user_data;

  (*ticks)++;

  return G_SOURCE_CONTINUE;
}

/* Until the window has laid out and painted a frame after a change. */
static void
wait_for_frames (GtkWidget *widget)
{
  guint ticks = 0;
  guint id = gtk_widget_add_tick_callback (widget, count_tick_cb, &ticks, NULL);

  while (ticks < 3)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_remove_tick_callback (widget, id);
}

/* Through the class, not gtk_widget_snapshot_child(): GTK would hand back the
 * node it kept from the last frame without asking the view. */
static void
snapshot_view (GtkWidget *view)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  GTK_WIDGET_GET_CLASS (view)->snapshot (view, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
}

static void
check_cache (Fixture    *fixture,
             const char *name)
{
  g_autoptr(EngageChart) chart = build_chart (fixture, name);
  g_autoptr(EngageChart) again = build_chart (fixture, name);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = engage_chart_view_new ();
  EngageChartView *chart_view = ENGAGE_CHART_VIEW (view);
  guint rebuilds;

  engage_chart_view_set_chart (chart_view, chart);
  g_assert_true (engage_chart_view_get_chart (chart_view) == chart);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 420);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  run_until_drawn (view);

  /* Two snapshots of the same size record the frame at most once. */
  snapshot_view (view);
  rebuilds = _engage_chart_view_get_frame_rebuilds (chart_view);
  g_assert_cmpuint (rebuilds, >=, 1);
  snapshot_view (view);
  snapshot_view (view);
  g_assert_cmpuint (_engage_chart_view_get_frame_rebuilds (chart_view), ==, rebuilds);

  /* New data: one rebuild, then cached again. */
  engage_chart_view_set_chart (chart_view, again);
  snapshot_view (view);
  g_assert_cmpuint (_engage_chart_view_get_frame_rebuilds (chart_view), ==, rebuilds + 1);
  snapshot_view (view);
  g_assert_cmpuint (_engage_chart_view_get_frame_rebuilds (chart_view), ==, rebuilds + 1);

  /* The table holds the same numbers; the chart comes back cached. */
  engage_chart_view_set_show_table (chart_view, TRUE);
  wait_for_frames (view);
  engage_chart_view_set_show_table (chart_view, FALSE);
  g_assert_false (engage_chart_view_get_show_table (chart_view));
  wait_for_frames (view);
  snapshot_view (view);
  g_assert_cmpuint (_engage_chart_view_get_frame_rebuilds (chart_view), ==, rebuilds + 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_cache_nps (Fixture       *fixture,
                gconstpointer  data)
{
  check_cache (fixture, "nps");
}

static void
test_cache_engagement (Fixture       *fixture,
                       gconstpointer  data)
{
  check_cache (fixture, "engagement");
}

static void
test_accessible_summary (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(EngageChart) chart = build_chart (fixture, "nps");
  g_autofree char *summary = engage_chart_get_summary (chart);
  g_autofree char *mismatch = NULL;
  GtkWidget *view = g_object_ref_sink (engage_chart_view_new ());
  GtkWidget *plot = _engage_chart_view_get_plot (ENGAGE_CHART_VIEW (view));

  g_assert_nonnull (summary);
  g_assert_cmpstr (summary, !=, "");
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (plot), GTK_ACCESSIBLE_ROLE_IMG));

  engage_chart_view_set_chart (ENGAGE_CHART_VIEW (view), chart);
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (plot),
                                                 GTK_ACCESSIBLE_PROPERTY_LABEL, summary);
  g_assert_null (mismatch);

  g_object_unref (view);
}

int
main (int   argc,
      char *argv[])
{
  /* The environment turns accessibility off; the test backend keeps the
   * properties so that the label can be checked. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/chart-view/cache/nps", Fixture, NULL,
              fixture_set_up, test_cache_nps, fixture_tear_down);
  g_test_add ("/chart-view/cache/engagement", Fixture, NULL,
              fixture_set_up, test_cache_engagement, fixture_tear_down);
  g_test_add ("/chart-view/accessible-summary", Fixture, NULL,
              fixture_set_up, test_accessible_summary, fixture_tear_down);

  return g_test_run ();
}
