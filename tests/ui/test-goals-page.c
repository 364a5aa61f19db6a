/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "engage-kpi.h"
#include "engage-measurement.h"
#include "engage-project.h"
#include "engage-sample.h"
#include "goals/engage-goals-page.h"
#include "goals/engage-kpi-card.h"
#include "goals/engage-kpi-detail.h"
#include "goals/engage-kpi-editor.h"
#include "goals/engage-measurement-dialog.h"

/* The Goals page on the sample project: the sidebar lists every goal, a row or
 * a card opens the goal in full with its measurements, measurements and goals
 * added, deleted and brought back by undo, notes stored as one edit, and the
 * goal editor with its defaults and validation. */

#define SAMPLE_TODAY "2026-11-23"

typedef struct
{
  char            *dir;
  GFile           *file;
  EngageProject   *project;
  GtkWidget       *window;
  EngageGoalsPage *page;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GDate today;

  fixture->dir = g_dir_make_tmp ("engage-goals-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "goals.engage", NULL);
  fixture->file = g_file_new_for_path (path);
  fixture->project = engage_project_create (fixture->file, "Goals", &error);
  g_assert_no_error (error);
  g_assert_true (engage_iso_date_parse (SAMPLE_TODAY, &today));
  g_assert_true (engage_sample_fill (fixture->project, "en", &today, &error));
  g_assert_no_error (error);

  fixture->window = gtk_window_new ();
  fixture->page = ENGAGE_GOALS_PAGE (engage_goals_page_new (fixture->project));
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  engage_project_close (fixture->project);
  g_clear_object (&fixture->project);
  g_clear_object (&fixture->file);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (fixture->dir, name, NULL);
      g_unlink (child);
    }
  g_rmdir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

/* Helpers */

static EngageKpi *
kpi_at (EngageProject *project,
        guint          position)
{
  g_autoptr(GListModel) kpis = engage_project_list_kpis (project);
  EngageKpi *kpi = g_list_model_get_item (kpis, position);

  g_assert_nonnull (kpi);
  return kpi;
}

static guint
n_kpis (EngageProject *project)
{
  g_autoptr(GListModel) kpis = engage_project_list_kpis (project);

  return g_list_model_get_n_items (kpis);
}

static guint
n_kpi_rows (EngageGoalsPage *page)
{
  guint n = 0;

  while (engage_goals_page_get_kpi_row_id (page, n) != 0)
    n++;

  return n;
}

static guint
n_measurements (EngageProject *project,
                gint64         kpi_id)
{
  g_autoptr(GListModel) measurements = engage_project_list_measurements (project, kpi_id);

  return g_list_model_get_n_items (measurements);
}

static EngageKpiCard *
find_card (GtkWidget *widget)
{
  if (ENGAGE_IS_KPI_CARD (widget))
    return ENGAGE_KPI_CARD (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      EngageKpiCard *card = find_card (child);

      if (card != NULL)
        return card;
    }

  return NULL;
}

/* Tests */

static void
test_sidebar (Fixture       *fixture,
              gconstpointer  data)
{
  guint n = n_kpis (fixture->project);

  g_assert_cmpuint (n, ==, 6);
  g_assert_cmpuint (n_kpi_rows (fixture->page), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EngageKpi) kpi = kpi_at (fixture->project, i);

      g_assert_cmpint (engage_goals_page_get_kpi_row_id (fixture->page, i), ==, engage_kpi_get_id (kpi));
    }

  g_assert_cmpstr (engage_goals_page_get_view (fixture->page), ==, "overview");
}

static void
test_select (Fixture       *fixture,
             gconstpointer  data)
{
  EngageKpiDetail *detail = engage_goals_page_get_kpi_detail (fixture->page);
  g_autoptr(EngageKpi) first = kpi_at (fixture->project, 0);
  g_autoptr(EngageKpi) fifth = kpi_at (fixture->project, 4);
  EngageKpiCard *card;
  GtkWidget *child;

  g_assert_null (engage_goals_page_show_subview (fixture->page, "kpi:4"));
  g_assert_cmpstr (engage_goals_page_get_view (fixture->page), ==, "kpi");
  g_assert_cmpint (engage_goals_page_get_selected_kpi (fixture->page), ==, engage_kpi_get_id (fifth));
  g_assert_cmpint (engage_kpi_detail_get_kpi_id (detail), ==, engage_kpi_get_id (fifth));
  g_assert_cmpuint (engage_kpi_detail_get_n_measurement_rows (detail), ==, 6);
  g_assert_cmpuint (engage_kpi_detail_get_n_measurement_rows (detail), ==,
                    n_measurements (fixture->project, engage_kpi_get_id (fifth)));

  engage_goals_page_show_subview (fixture->page, "overview");
  g_assert_cmpstr (engage_goals_page_get_view (fixture->page), ==, "overview");

  /* A card in the overview opens its goal, as Enter or Space on it do. */
  card = find_card (GTK_WIDGET (fixture->page));
  g_assert_nonnull (card);
  g_assert_cmpint (engage_kpi_card_get_kpi_id (card), ==, engage_kpi_get_id (first));
  child = gtk_widget_get_parent (GTK_WIDGET (card));
  g_assert_true (GTK_IS_FLOW_BOX_CHILD (child));
  g_assert_true (gtk_widget_get_focusable (child));
  gtk_widget_activate (child);
  g_assert_cmpstr (engage_goals_page_get_view (fixture->page), ==, "kpi");
  g_assert_cmpint (engage_kpi_detail_get_kpi_id (detail), ==, engage_kpi_get_id (first));
  g_assert_cmpuint (engage_kpi_detail_get_n_measurement_rows (detail), >, 0);
  g_assert_cmpuint (engage_kpi_detail_get_n_measurement_rows (detail), ==,
                    n_measurements (fixture->project, engage_kpi_get_id (first)));
}

static void
test_measurements (Fixture       *fixture,
                   gconstpointer  data)
{
  EngageKpiDetail *detail = engage_goals_page_get_kpi_detail (fixture->page);
  g_autoptr(EngageKpi) kpi = kpi_at (fixture->project, 2);
  g_autoptr(EngageMeasurement) latest = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  engage_goals_page_select_kpi (fixture->page, engage_kpi_get_id (kpi));
  n = engage_kpi_detail_get_n_measurement_rows (detail);
  g_assert_cmpuint (n, ==, 12);

  g_assert_true (engage_kpi_detail_add_measurement (detail, "2026-11-22", 3800, "After the Advent post", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (engage_kpi_detail_get_n_measurement_rows (detail), ==, n + 1);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Add Measurement");

  g_assert_false (engage_kpi_detail_add_measurement (detail, "22.11.2026", 4.9, NULL, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (engage_kpi_detail_get_n_measurement_rows (detail), ==, n + 1);

  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (engage_kpi_detail_get_n_measurement_rows (detail), ==, n);

  /* Deleting one by its row's button, and undo bringing it back. */
  latest = engage_project_get_latest_measurement (fixture->project, engage_kpi_get_id (kpi), &error);
  g_assert_nonnull (latest);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "kpi.delete-measurement", "x",
                                             engage_measurement_get_id (latest)));
  g_assert_cmpuint (engage_kpi_detail_get_n_measurement_rows (detail), ==, n - 1);
  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_cmpuint (engage_kpi_detail_get_n_measurement_rows (detail), ==, n);
}

static void
test_measurement_dialog (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(EngageKpi) kpi = kpi_at (fixture->project, 3);
  g_autoptr(GError) error = NULL;
  guint n = n_measurements (fixture->project, engage_kpi_get_id (kpi));
  EngageMeasurementDialog *dialog = engage_measurement_dialog_new (fixture->project, kpi, NULL);
  double lower, upper;
  guint digits;

  g_object_ref_sink (dialog);

  engage_measurement_dialog_set_date (dialog, "2999-01-01");
  g_assert_false (engage_measurement_dialog_can_save (dialog));
  g_assert_false (engage_measurement_dialog_save (dialog, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  engage_measurement_dialog_set_date (dialog, "2020-01-15");
  engage_measurement_dialog_set_value (dialog, 4.5);
  g_assert_true (engage_measurement_dialog_can_save (dialog));
  g_assert_true (engage_measurement_dialog_save (dialog, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_measurements (fixture->project, engage_kpi_get_id (kpi)), ==, n + 1);

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);

  engage_measurement_dialog_value_range (ENGAGE_KPI_METRIC_NPS, &lower, &upper, &digits);
  g_assert_cmpfloat (lower, ==, -100.0);
  g_assert_cmpfloat (upper, ==, 100.0);
}

static void
on_saved_cb (EngageKpiEditor *editor,
             gint64           kpi_id,
             gint64          *saved)
{
  *saved = kpi_id;
}

static void
test_editor_new (Fixture       *fixture,
                 gconstpointer  data)
{
  guint n = n_kpis (fixture->project);
  EngageKpiEditor *editor = engage_kpi_editor_new (fixture->project, NULL);
  g_autoptr(GError) error = NULL;
  EngageKpi *kpi;
  gint64 saved = 0;

  g_object_ref_sink (editor);
  g_signal_connect (editor, "kpi-saved", G_CALLBACK (on_saved_cb), &saved);

  /* A name is all a new goal lacks. */
  g_assert_false (engage_kpi_editor_can_save (editor));
  engage_kpi_editor_set_name (editor, "  Answer within a working day  ");
  g_assert_true (engage_kpi_editor_can_save (editor));

  /* The response time is better when lower: the criterion and unit follow. */
  engage_kpi_editor_set_metric (editor, ENGAGE_KPI_METRIC_RESPONSE_TIME);
  g_assert_true (engage_kpi_editor_save (editor, &error));
  g_assert_no_error (error);

  kpi = engage_kpi_editor_get_kpi (editor);
  g_assert_cmpint (saved, ==, engage_kpi_get_id (kpi));
  g_assert_cmpstr (engage_kpi_get_name (kpi), ==, "Answer within a working day");
  g_assert_cmpint (engage_kpi_get_criterion (kpi), ==, ENGAGE_KPI_CRITERION_STAY_BELOW);
  g_assert_cmpstr (engage_kpi_get_unit (kpi), ==, "hours");
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Add KPI");

  g_assert_cmpuint (n_kpi_rows (fixture->page), ==, n + 1);
  g_assert_cmpint (engage_goals_page_get_kpi_row_id (fixture->page, n), ==, saved);

  gtk_window_destroy (GTK_WINDOW (editor));
  g_object_unref (editor);

  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_cmpuint (n_kpi_rows (fixture->page), ==, n);
}

static void
test_editor_from_page (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *window = engage_goals_page_show_subview (fixture->page, "new-goal");
  EngageKpiEditor *editor;

  g_assert_true (ENGAGE_IS_KPI_EDITOR (window));
  editor = ENGAGE_KPI_EDITOR (window);
  engage_kpi_editor_set_name (editor, "Google reviews");
  g_assert_true (engage_kpi_editor_save (editor, &error));
  g_assert_no_error (error);

  /* The page shows the goal just made. */
  g_assert_cmpstr (engage_goals_page_get_view (fixture->page), ==, "kpi");
  g_assert_cmpint (engage_goals_page_get_selected_kpi (fixture->page), ==,
                   engage_kpi_get_id (engage_kpi_editor_get_kpi (editor)));
  g_assert_cmpuint (engage_kpi_detail_get_n_measurement_rows (engage_goals_page_get_kpi_detail (fixture->page)), ==, 0);
  gtk_window_destroy (window);

  window = engage_goals_page_show_subview (fixture->page, "kpi-editor");
  g_assert_true (ENGAGE_IS_KPI_EDITOR (window));
  g_assert_true (engage_kpi_editor_can_save (ENGAGE_KPI_EDITOR (window)));
  gtk_window_destroy (window);
}

static void
test_editor_validation (Fixture       *fixture,
                        gconstpointer  data)
{
  guint n = n_kpis (fixture->project);
  EngageKpiEditor *editor = engage_kpi_editor_new (fixture->project, NULL);
  g_autoptr(GError) error = NULL;

  g_object_ref_sink (editor);
  engage_kpi_editor_set_name (editor, "Reach");

  engage_kpi_editor_set_dates (editor, "2027-03-01", "2027-02-28");
  g_assert_false (engage_kpi_editor_can_save (editor));
  g_assert_false (engage_kpi_editor_save (editor, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  engage_kpi_editor_set_dates (editor, "2027-03-01", "2027-03-01");
  g_assert_false (engage_kpi_editor_can_save (editor));

  engage_kpi_editor_set_dates (editor, "2027-03-01", "2027-06-01");
  g_assert_true (engage_kpi_editor_can_save (editor));
  engage_kpi_editor_set_name (editor, "   ");
  g_assert_false (engage_kpi_editor_can_save (editor));
  g_assert_cmpuint (n_kpis (fixture->project), ==, n);

  g_assert_null (engage_kpi_editor_validate ("Reach", "2027-03-01", "2027-06-01"));
  g_assert_nonnull (engage_kpi_editor_validate ("Reach", "2027-06-01", "2027-03-01"));
  g_assert_nonnull (engage_kpi_editor_validate ("Reach", NULL, "2027-03-01"));
  g_assert_nonnull (engage_kpi_editor_validate ("", "2027-03-01", "2027-06-01"));
  g_assert_cmpint (engage_kpi_editor_default_criterion (ENGAGE_KPI_METRIC_NPS), ==, ENGAGE_KPI_CRITERION_AT_LEAST);

  gtk_window_destroy (GTK_WINDOW (editor));
  g_object_unref (editor);
}

static void
test_notes (Fixture       *fixture,
            gconstpointer  data)
{
  EngageKpiDetail *detail = engage_goals_page_get_kpi_detail (fixture->page);
  GtkTextBuffer *buffer = engage_kpi_detail_get_notes_buffer (detail);
  g_autoptr(EngageKpi) kpi = kpi_at (fixture->project, 1);
  g_autoptr(EngageKpi) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = g_strdup (engage_kpi_get_notes (kpi));
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  engage_goals_page_select_kpi (fixture->page, engage_kpi_get_id (kpi));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (text, ==, before);

  gtk_text_buffer_insert_interactive (buffer, &end, " Asked every quarter.", -1, TRUE);
  engage_kpi_detail_flush_notes (detail);
  stored = engage_project_get_kpi (fixture->project, engage_kpi_get_id (kpi), &error);
  g_assert_true (g_str_has_suffix (engage_kpi_get_notes (stored), " Asked every quarter."));
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Change KPI");

  /* Undo takes the whole typing back, and the field follows. */
  g_assert_true (engage_project_undo (fixture->project, &error));
  g_clear_pointer (&text, g_free);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (text, ==, before);
}

static void
test_delete_goal (Fixture       *fixture,
                  gconstpointer  data)
{
  EngageKpiDetail *detail = engage_goals_page_get_kpi_detail (fixture->page);
  g_autoptr(EngageKpi) kpi = kpi_at (fixture->project, 2);
  g_autoptr(GError) error = NULL;
  guint n = n_kpis (fixture->project);

  engage_goals_page_select_kpi (fixture->page, engage_kpi_get_id (kpi));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "kpi.delete", NULL));
  g_assert_cmpuint (n_kpi_rows (fixture->page), ==, n - 1);
  g_assert_cmpstr (engage_goals_page_get_view (fixture->page), ==, "overview");

  /* Undo brings the goal back, with its measurements, on screen. */
  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_kpi_rows (fixture->page), ==, n);
  g_assert_cmpstr (engage_goals_page_get_view (fixture->page), ==, "kpi");
  g_assert_cmpint (engage_goals_page_get_selected_kpi (fixture->page), ==, engage_kpi_get_id (kpi));
  g_assert_cmpuint (engage_kpi_detail_get_n_measurement_rows (detail), ==, 12);
}

static void
test_formatting (void)
{
  g_autoptr(EngageKpi) kpi = engage_kpi_new ("Response time", ENGAGE_KPI_METRIC_RESPONSE_TIME);
  g_autofree char *metric = NULL;
  g_autofree char *target = NULL;

  engage_kpi_set_unit (kpi, "h");
  engage_kpi_set_criterion (kpi, ENGAGE_KPI_CRITERION_STAY_BELOW);
  engage_kpi_set_target_value (kpi, 4);
  metric = engage_kpi_format_metric (kpi, "Instagram");
  target = engage_kpi_format_target (kpi);

  g_assert_cmpstr (metric, ==, "Response time · Instagram");
  g_assert_cmpstr (target, ==, "Stay below 4\302\240h");
  g_assert_null (engage_kpi_status_get_icon_name (ENGAGE_KPI_STATUS_NO_DATA));
  g_assert_cmpstr (engage_kpi_status_get_style_class (ENGAGE_KPI_STATUS_AT_RISK), ==, "error");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/goals/sidebar", Fixture, NULL, fixture_set_up, test_sidebar, fixture_tear_down);
  g_test_add ("/ui/goals/select", Fixture, NULL, fixture_set_up, test_select, fixture_tear_down);
  g_test_add ("/ui/goals/measurements", Fixture, NULL, fixture_set_up, test_measurements, fixture_tear_down);
  g_test_add ("/ui/goals/measurement-dialog", Fixture, NULL,
              fixture_set_up, test_measurement_dialog, fixture_tear_down);
  g_test_add ("/ui/goals/editor-new", Fixture, NULL, fixture_set_up, test_editor_new, fixture_tear_down);
  g_test_add ("/ui/goals/editor-from-page", Fixture, NULL,
              fixture_set_up, test_editor_from_page, fixture_tear_down);
  g_test_add ("/ui/goals/editor-validation", Fixture, NULL,
              fixture_set_up, test_editor_validation, fixture_tear_down);
  g_test_add ("/ui/goals/notes", Fixture, NULL, fixture_set_up, test_notes, fixture_tear_down);
  g_test_add ("/ui/goals/delete-goal", Fixture, NULL, fixture_set_up, test_delete_goal, fixture_tear_down);
  g_test_add_func ("/ui/goals/formatting", test_formatting);

  return g_test_run ();
}
