/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "engage-application.h"
#include "engage-channel.h"
#include "engage-format.h"
#include "engage-import.h"
#include "engage-nps-response.h"
#include "engage-nps-survey.h"
#include "engage-post.h"
#include "engage-project.h"
#include "engage-project-private.h"
#include "engage-sample.h"
#include "engage-window-private.h"
#include "goals/engage-data-import-dialog.h"

/* The import dialog for analytics and survey exports, on real exports from
 * ../shared/realdata and a copy of the sample project: the preview shows what
 * core's dry run says, Import applies it as one undo step, Cancel and refused
 * files leave the project as it was. */

#define SAMPLE_TODAY "2026-11-23"

#define META "facebook__crispee107161_pcm-dss-main__Sep-01-2025_Sep-30-2025_2855862537940540.csv"
#define X_2016 "twitter__ropensci-org_ropensci-tweets__tweet_activity_metrics_rOpenSci_20161201_20170101_en.csv"
#define SURVEY "nps__rstudio_r-community-survey__2019_English_R_Community_Survey_Responses.csv"

typedef struct
{
  char          *dir;
  char          *path;
  EngageProject *project;
} Fixture;

/* Helpers */

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);
      g_unlink (child);
    }
  g_rmdir (dir);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  fixture->dir = g_dir_make_tmp ("engage-data-import-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
  fixture->path = g_build_filename (fixture->dir, "Sample.engage", NULL);
  file = g_file_new_for_path (fixture->path);

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
  if (fixture->project != NULL)
    engage_project_close (fixture->project);
  g_clear_object (&fixture->project);
  remove_dir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
}

static GFile *
realdata (const char *name)
{
  const char *dir = g_getenv ("ENGAGE_REALDATA");

  g_assert_nonnull (dir);
  return g_file_new_build_filename (dir, name, NULL);
}

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static EngageProjectCounts
get_counts (EngageProject *project)
{
  g_autoptr(GError) error = NULL;
  EngageProjectCounts counts;

  g_assert_true (engage_project_get_counts (project, &counts, &error));
  g_assert_no_error (error);

  return counts;
}

static void
assert_counts_equal (const EngageProjectCounts *a,
                     const EngageProjectCounts *b)
{
  g_assert_cmpuint (a->channels, ==, b->channels);
  g_assert_cmpuint (a->posts, ==, b->posts);
  g_assert_cmpuint (a->post_metrics, ==, b->post_metrics);
  g_assert_cmpuint (a->kpis, ==, b->kpis);
  g_assert_cmpuint (a->measurements, ==, b->measurements);
  g_assert_cmpuint (a->nps_surveys, ==, b->nps_surveys);
  g_assert_cmpuint (a->nps_responses, ==, b->nps_responses);
  g_assert_cmpuint (a->import_batches, ==, b->import_batches);
}

static gboolean
on_give_up_cb (gpointer data)
{
  gboolean *gave_up = data;

  *gave_up = TRUE;
  return G_SOURCE_REMOVE;
}

/* Iterates until the dialog has read the file (or is gone); a guard, not a
 * timing assertion: it only keeps a broken build from hanging. */
static void
wait_until_idle (GtkWindow **dialog)
{
  gboolean gave_up = FALSE;
  guint id = g_timeout_add_seconds (120, on_give_up_cb, &gave_up);

  while (!gave_up && *dialog != NULL &&
         engage_data_import_dialog_get_busy (ENGAGE_DATA_IMPORT_DIALOG (*dialog)))
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (gave_up);
  g_source_remove (id);
}

/* The dialog takes up an answer (a day, a channel) once its handlers ran. */
static void
wait_until_busy (GtkWindow **dialog)
{
  gboolean gave_up = FALSE;
  guint id = g_timeout_add_seconds (30, on_give_up_cb, &gave_up);

  while (!gave_up && *dialog != NULL &&
         !engage_data_import_dialog_get_busy (ENGAGE_DATA_IMPORT_DIALOG (*dialog)))
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (gave_up);
  g_source_remove (id);
}

static void
wait_until_closed (GtkWindow **dialog)
{
  gboolean gave_up = FALSE;
  guint id = g_timeout_add_seconds (120, on_give_up_cb, &gave_up);

  while (!gave_up && *dialog != NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (gave_up);
  g_source_remove (id);
}

static GtkWindow *
open_dialog (EngageProject *project,
             GFile         *file,
             gboolean       nps)
{
  GtkWindow *dialog = engage_data_import_dialog_present_for_file (NULL, project, file, nps);

  g_assert_true (ENGAGE_IS_DATA_IMPORT_DIALOG (dialog));
  return dialog;
}

static void
on_imported_cb (EngageDataImportDialog  *dialog,
                EngageImportReport      *report,
                EngageImportReport     **out)
{
  g_assert_null (*out);
  *out = g_object_ref (report);
}

static EngageImportReport *
dry_run (EngageProject *project,
         GFile         *file,
         gboolean       nps,
         const char    *date)
{
  g_autoptr(GError) error = NULL;
  EngageImportOptions options = { ENGAGE_IMPORT_FORMAT_AUTO, };
  EngageImportReport *report;

  options.date = date;
  options.dry_run = TRUE;
  report = nps ? engage_import_nps (project, file, &options, NULL, &error)
               : engage_import_metrics (project, file, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);

  return report;
}

/* The tiles show the dry run's counts. */
static void
assert_preview_counts (GtkWindow          *dialog,
                       EngageImportReport *expected)
{
  static const struct {
    EngageImportAction action;
    guint (*get) (EngageImportReport *);
  } counts[] = {
    { ENGAGE_IMPORT_ACTION_CREATED, engage_import_report_get_rows_created },
    { ENGAGE_IMPORT_ACTION_UPDATED, engage_import_report_get_rows_updated },
    { ENGAGE_IMPORT_ACTION_MATCHED, engage_import_report_get_rows_matched },
    { ENGAGE_IMPORT_ACTION_SKIPPED, engage_import_report_get_rows_skipped },
  };

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autofree char *shown = engage_data_import_dialog_dup_count_text (ENGAGE_DATA_IMPORT_DIALOG (dialog),
                                                                         counts[i].action);
      g_autofree char *want = engage_format_number (counts[i].get (expected));

      g_assert_cmpstr (shown, ==, want);
    }
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_day_label (GtkWidget  *widget,
                const char *text)
{
  if (GTK_IS_LABEL (widget) &&
      gtk_widget_has_css_class (widget, "day-number") &&
      !gtk_widget_has_css_class (widget, "other-month") &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_day_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Presses the day the calendar shows selected, as a pointer would: through
 * the dialog's gesture on the calendar, at the day's label. */
static void
click_selected_day (GtkMenuButton *button,
                    GtkCalendar   *calendar)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (calendar));
  g_autoptr(GDateTime) selected = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_strdup_printf ("%d", g_date_time_get_day_of_month (selected));
  GtkEventController *click = NULL;
  GtkWidget *label;
  graphene_point_t point;
  gboolean gave_up = FALSE;
  guint id;

  g_assert_nonnull (button);
  gtk_menu_button_popup (button);
  label = find_day_label (GTK_WIDGET (calendar), text);
  g_assert_nonnull (label);

  id = g_timeout_add_seconds (30, on_give_up_cb, &gave_up);
  while (!gave_up && (!gtk_widget_get_mapped (label) || gtk_widget_get_width (label) == 0))
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (gave_up);
  g_source_remove (id);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
        click = controller;
    }
  g_assert_nonnull (click);

  g_assert_true (gtk_widget_compute_point (label, GTK_WIDGET (calendar),
                                           &GRAPHENE_POINT_INIT (gtk_widget_get_width (label) / 2.0,
                                                                 gtk_widget_get_height (label) / 2.0),
                                           &point));
  g_signal_emit_by_name (click, "pressed", 1, (double) point.x, (double) point.y);
}

/* The latest visible toplevel of @type, e.g. a dialog an action opened. */
static GtkWindow *
find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  GtkWindow *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      found = l->data;

  return found;
}

static AdwComboRow *
find_combo_row (GtkWidget  *widget,
                const char *title)
{
  if (ADW_IS_COMBO_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return ADW_COMBO_ROW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwComboRow *found = find_combo_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Tests */

static void
test_toast_text (void)
{
  g_autoptr(GFile) file = realdata (META);
  g_autofree char *dir = g_dir_make_tmp ("engage-data-import-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "empty.engage", NULL);
  g_autoptr(GFile) project_file = g_file_new_for_path (path);
  g_autoptr(EngageProject) project = NULL;
  g_autoptr(EngageImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *toast = NULL;

  project = engage_project_create (project_file, "Empty", &error);
  g_assert_no_error (error);

  report = dry_run (project, file, FALSE, NULL);
  toast = engage_data_import_format_toast (report);
  g_assert_cmpstr (toast, ==, "Imported 81 rows: 81 posts created");

  engage_project_close (project);
  remove_dir (dir);
}

static void
test_metrics_import (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GFile) file = realdata (META);
  g_autoptr(EngageImportReport) expected = NULL;
  g_autoptr(EngageImportReport) imported = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *toast = NULL;
  EngageProjectCounts before, after;
  AdwComboRow *format_row;
  GListModel *formats;
  GtkWindow *dialog;
  guint youtube = G_MAXUINT;

  before = get_counts (fixture->project);
  expected = dry_run (fixture->project, file, FALSE, NULL);
  g_assert_cmpuint (engage_import_report_get_rows_created (expected), ==, 81);

  dialog = open_dialog (fixture->project, file, FALSE);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (engage_data_import_dialog_get_busy (ENGAGE_DATA_IMPORT_DIALOG (dialog)));
  g_assert_false (engage_data_import_dialog_can_import (ENGAGE_DATA_IMPORT_DIALOG (dialog)));
  wait_until_idle (&dialog);
  g_assert_nonnull (dialog);

  /* The preview is the dry run, and changed nothing. */
  assert_preview_counts (dialog, expected);
  summary = engage_data_import_dialog_dup_summary (ENGAGE_DATA_IMPORT_DIALOG (dialog));
  g_assert_true (g_str_has_prefix (summary, "81 rows will be imported"));
  g_assert_true (engage_data_import_dialog_can_import (ENGAGE_DATA_IMPORT_DIALOG (dialog)));
  after = get_counts (fixture->project);
  assert_counts_equal (&after, &before);
  g_assert_false (engage_project_can_undo (fixture->project));

  /* Read as another format, the file is refused; detected again, it is not. */
  format_row = find_combo_row (GTK_WIDGET (dialog), "Format");
  g_assert_nonnull (format_row);
  formats = adw_combo_row_get_model (format_row);
  for (guint i = 0; i < g_list_model_get_n_items (formats); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (formats), i),
                   engage_import_format_get_label (ENGAGE_IMPORT_FORMAT_YOUTUBE)) == 0)
      youtube = i;
  g_assert_cmpuint (youtube, <, g_list_model_get_n_items (formats));
  adw_combo_row_set_selected (format_row, youtube);
  wait_until_idle (&dialog);
  g_assert_null (engage_data_import_dialog_get_report (ENGAGE_DATA_IMPORT_DIALOG (dialog)));
  g_assert_false (engage_data_import_dialog_can_import (ENGAGE_DATA_IMPORT_DIALOG (dialog)));
  g_free (summary);
  summary = engage_data_import_dialog_dup_summary (ENGAGE_DATA_IMPORT_DIALOG (dialog));
  g_assert_true (g_str_has_prefix (summary, "The file cannot be imported\n"));
  adw_combo_row_set_selected (format_row, 0);
  wait_until_idle (&dialog);
  assert_preview_counts (dialog, expected);
  g_assert_true (engage_data_import_dialog_can_import (ENGAGE_DATA_IMPORT_DIALOG (dialog)));

  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported_cb), &imported);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "data-import.run", NULL);
  wait_until_closed (&dialog);

  /* Import did what the preview said, in one undo step. */
  g_assert_nonnull (imported);
  g_assert_false (engage_import_report_get_dry_run (imported));
  g_assert_cmpuint (engage_import_report_get_rows_created (imported), ==,
                    engage_import_report_get_rows_created (expected));
  g_assert_cmpuint (engage_import_report_get_rows_updated (imported), ==,
                    engage_import_report_get_rows_updated (expected));
  after = get_counts (fixture->project);
  g_assert_cmpuint (after.posts, ==, before.posts + 81);
  g_assert_cmpuint (after.post_metrics, ==, before.post_metrics + 81);
  g_assert_cmpuint (after.import_batches, ==, before.import_batches + 1);
  toast = engage_data_import_format_toast (imported);
  g_assert_cmpstr (toast, ==, "Imported 81 rows: 81 posts created");

  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  after = get_counts (fixture->project);
  assert_counts_equal (&after, &before);
}

static void
test_nps_import (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GFile) file = realdata (SURVEY);
  g_autoptr(EngageImportReport) expected = NULL;
  g_autoptr(EngageImportReport) imported = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *toast = NULL;
  EngageProjectCounts before, after;
  AdwComboRow *column_row;
  GtkWindow *dialog;

  before = get_counts (fixture->project);
  expected = dry_run (fixture->project, file, TRUE, NULL);
  g_assert_cmpuint (engage_import_report_get_rows_created (expected), ==, 1795);
  g_assert_cmpuint (engage_import_report_get_rows_skipped (expected), ==, 43);

  dialog = open_dialog (fixture->project, file, TRUE);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  wait_until_idle (&dialog);
  assert_preview_counts (dialog, expected);

  /* Two questions ask for a recommendation: the first is imported unless the
   * user picks the other. */
  column_row = find_combo_row (GTK_WIDGET (dialog), "Score Question");
  g_assert_nonnull (column_row);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (column_row)));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (column_row)), ==, 2);
  g_assert_cmpuint (adw_combo_row_get_selected (column_row), ==, 0);

  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported_cb), &imported);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "data-import.run", NULL);
  wait_until_closed (&dialog);

  g_assert_nonnull (imported);
  after = get_counts (fixture->project);
  g_assert_cmpuint (after.nps_responses, ==, before.nps_responses + 1795);
  g_assert_cmpuint (after.nps_surveys, ==, before.nps_surveys + 1);
  toast = engage_data_import_format_toast (imported);
  g_assert_cmpstr (toast, ==, "Imported 1795 rows: 1795 responses added; 43 skipped");

  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  after = get_counts (fixture->project);
  assert_counts_equal (&after, &before);
}

static void
test_nps_needs_date (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(EngageImportReport) imported = NULL;
  g_autoptr(GListModel) surveys = NULL;
  g_autoptr(GListModel) responses = NULL;
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *skipped = NULL;
  EngageProjectCounts before, after;
  GtkWidget *calendar;
  GtkWindow *dialog;
  gint64 survey_id = 0;

  file = write_file (fixture, "Store survey.csv",
                     "How likely are you to recommend us to a friend?,Comment\n"
                     "9,Great bread\n"
                     ",\n"
                     "NA,no answer\n"
                     "3,Too expensive\n");
  before = get_counts (fixture->project);

  dialog = open_dialog (fixture->project, file, TRUE);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  wait_until_idle (&dialog);

  /* Counted, but not importable until the date is given. */
  summary = engage_data_import_dialog_dup_summary (ENGAGE_DATA_IMPORT_DIALOG (dialog));
  g_assert_true (g_str_has_prefix (summary, "2 rows will be imported\n"));
  g_assert_nonnull (strstr (summary, "date"));
  skipped = engage_data_import_dialog_dup_count_text (ENGAGE_DATA_IMPORT_DIALOG (dialog),
                                                      ENGAGE_IMPORT_ACTION_SKIPPED);
  g_assert_cmpstr (skipped, ==, "2");
  g_assert_false (engage_data_import_dialog_can_import (ENGAGE_DATA_IMPORT_DIALOG (dialog)));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "data-import.run", NULL);
  g_assert_false (engage_data_import_dialog_get_busy (ENGAGE_DATA_IMPORT_DIALOG (dialog)));

  calendar = find_descendant (GTK_WIDGET (dialog), GTK_TYPE_CALENDAR);
  g_assert_nonnull (calendar);

  /* A click on the day the calendar shows selected (today) answers too,
   * though GtkCalendar says nothing about it. */
  click_selected_day (GTK_MENU_BUTTON (find_descendant (GTK_WIDGET (dialog), GTK_TYPE_MENU_BUTTON)),
                      GTK_CALENDAR (calendar));
  wait_until_busy (&dialog);
  wait_until_idle (&dialog);
  g_assert_true (engage_data_import_dialog_can_import (ENGAGE_DATA_IMPORT_DIALOG (dialog)));

  day = g_date_time_new_utc (2026, 10, 15, 12, 0, 0);
  gtk_calendar_select_day (GTK_CALENDAR (calendar), day);
  wait_until_idle (&dialog);
  g_assert_true (engage_data_import_dialog_can_import (ENGAGE_DATA_IMPORT_DIALOG (dialog)));

  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported_cb), &imported);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "data-import.run", NULL);
  wait_until_closed (&dialog);

  g_assert_nonnull (imported);
  g_assert_cmpuint (engage_import_report_get_rows_created (imported), ==, 2);
  g_assert_cmpuint (engage_import_report_get_rows_skipped (imported), ==, 2);
  after = get_counts (fixture->project);
  g_assert_cmpuint (after.nps_responses, ==, before.nps_responses + 2);

  /* The responses carry the date the user gave. */
  surveys = engage_project_list_nps_surveys (fixture->project);
  for (guint i = 0; i < g_list_model_get_n_items (surveys); i++)
    {
      g_autoptr(EngageNpsSurvey) survey = g_list_model_get_item (surveys, i);

      if (g_strcmp0 (engage_nps_survey_get_name (survey), "Store survey") == 0)
        survey_id = engage_nps_survey_get_id (survey);
    }
  g_assert_cmpint (survey_id, >, 0);
  responses = engage_project_list_nps_responses (fixture->project, survey_id, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (responses), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(EngageNpsResponse) response = g_list_model_get_item (responses, i);

      g_assert_cmpstr (engage_nps_response_get_date (response), ==, "2026-10-15");
    }
}

static void
test_refused_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *summary = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  EngageProjectCounts before, after;
  GtkWindow *dialog;
  char *impressions;

  /* A real X export whose second post has words where a count belongs. */
  {
    g_autoptr(GFile) x = realdata (X_2016);

    g_assert_true (g_file_load_contents (x, NULL, &contents, NULL, NULL, &error));
    g_assert_no_error (error);
  }
  lines = g_strsplit (contents, "\n", 4);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  impressions = strstr (lines[2], "+0000\",\"");
  g_assert_nonnull (impressions);
  {
    g_autofree char *broken = g_strdup_printf ("%.*s+0000\",\"many\",%s", (int) (impressions - lines[2]),
                                               lines[2], strchr (impressions + strlen ("+0000\",\""), ',') + 1);
    g_autofree char *file_contents = g_strjoin ("\n", lines[0], lines[1], broken, NULL);

    file = write_file (fixture, "broken tweets.csv", file_contents);
  }

  before = get_counts (fixture->project);

  dialog = open_dialog (fixture->project, file, FALSE);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  wait_until_idle (&dialog);

  /* Core's sentence with the line, and nothing to import. */
  g_assert_null (engage_data_import_dialog_get_report (ENGAGE_DATA_IMPORT_DIALOG (dialog)));
  g_assert_null (engage_data_import_dialog_dup_count_text (ENGAGE_DATA_IMPORT_DIALOG (dialog),
                                                           ENGAGE_IMPORT_ACTION_CREATED));
  summary = engage_data_import_dialog_dup_summary (ENGAGE_DATA_IMPORT_DIALOG (dialog));
  g_assert_true (g_str_has_prefix (summary, "The file cannot be imported\n"));
  g_assert_nonnull (strstr (summary, "line 3"));
  g_assert_nonnull (strstr (summary, "many"));
  g_assert_false (engage_data_import_dialog_can_import (ENGAGE_DATA_IMPORT_DIALOG (dialog)));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "data-import.run", NULL);
  g_assert_false (engage_data_import_dialog_get_busy (ENGAGE_DATA_IMPORT_DIALOG (dialog)));
  after = get_counts (fixture->project);
  assert_counts_equal (&after, &before);
  g_assert_false (engage_project_can_undo (fixture->project));

  /* Cancel closes it. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "data-import.cancel", NULL);
  wait_until_closed (&dialog);
  after = get_counts (fixture->project);
  assert_counts_equal (&after, &before);
}

static void
test_choose_channel (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GFile) file = realdata (META);
  g_autoptr(EngageChannel) cafe = engage_channel_new (ENGAGE_CHANNEL_KIND_FACEBOOK, "Café Page");
  g_autoptr(EngageImportReport) imported = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  AdwComboRow *channel_row;
  GListModel *names;
  EngageProjectCounts before, after;
  GtkWindow *dialog;
  guint cafe_position = G_MAXUINT;

  g_assert_true (engage_project_add_channel (fixture->project, cafe, &error));
  g_assert_no_error (error);
  before = get_counts (fixture->project);

  dialog = open_dialog (fixture->project, file, FALSE);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  wait_until_idle (&dialog);

  /* Two Facebook channels: the user says which. */
  summary = engage_data_import_dialog_dup_summary (ENGAGE_DATA_IMPORT_DIALOG (dialog));
  g_assert_true (g_str_has_prefix (summary, "Choose a channel\n"));
  g_assert_false (engage_data_import_dialog_can_import (ENGAGE_DATA_IMPORT_DIALOG (dialog)));
  channel_row = find_combo_row (GTK_WIDGET (dialog), "Channel");
  g_assert_nonnull (channel_row);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (channel_row)));
  names = adw_combo_row_get_model (channel_row);
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 2);
  for (guint i = 0; i < 2; i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Café Page") == 0)
      cafe_position = i;
  g_assert_cmpuint (cafe_position, <, 2);

  adw_combo_row_set_selected (channel_row, cafe_position);
  wait_until_idle (&dialog);
  g_assert_true (engage_data_import_dialog_can_import (ENGAGE_DATA_IMPORT_DIALOG (dialog)));
  g_assert_cmpuint (engage_import_report_get_rows_created (engage_data_import_dialog_get_report (ENGAGE_DATA_IMPORT_DIALOG (dialog))),
                    ==, 81);

  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported_cb), &imported);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "data-import.run", NULL);
  wait_until_closed (&dialog);
  g_assert_nonnull (imported);

  /* The posts went to the chosen channel. */
  {
    g_autoptr(GListModel) posts = engage_project_list_posts_by_status (fixture->project,
                                                                        ENGAGE_POST_STATUS_PUBLISHED);
    guint on_cafe = 0;

    for (guint i = 0; i < g_list_model_get_n_items (posts); i++)
      {
        g_autoptr(EngagePost) post = g_list_model_get_item (posts, i);

        if (engage_post_get_channel_id (post) == engage_channel_get_id (cafe))
          on_cafe++;
      }
    g_assert_cmpuint (on_cafe, ==, 81);
  }
  after = get_counts (fixture->project);
  g_assert_cmpuint (after.posts, ==, before.posts + 81);
}

typedef struct
{
  GtkWindow     **dialog;
  EngageProject  *project;
  guint           watch_id;
  gboolean        cancelled;
  gboolean        stayed_open;
} CancelState;

/* Cancel once writing has started, inside the import's transaction, so that
 * Cancel has something to take back. */
static gboolean
cancel_in_transaction_cb (gpointer data)
{
  CancelState *state = data;

  if (state->cancelled || *state->dialog == NULL)
    return G_SOURCE_REMOVE;
  if (sqlite3_get_autocommit (_engage_project_get_db (state->project)))
    return G_SOURCE_CONTINUE;

  /* Closing is refused while writing; Cancel stops it. */
  gtk_window_close (*state->dialog);
  state->stayed_open = *state->dialog != NULL && gtk_widget_get_visible (GTK_WIDGET (*state->dialog));
  state->cancelled = TRUE;
  gtk_widget_activate_action (GTK_WIDGET (*state->dialog), "data-import.cancel", NULL);
  return G_SOURCE_REMOVE;
}

static void
on_fraction_cb (GtkProgressBar *bar,
                GParamSpec     *pspec,
                CancelState    *state)
{
  if (state->cancelled || state->watch_id != 0 || gtk_progress_bar_get_fraction (bar) < 0.4)
    return;

  /* Reading is done; core opens the transaction before its first slice of
   * writing, which runs at a lower priority than this check. */
  if (cancel_in_transaction_cb (state) == G_SOURCE_CONTINUE)
    state->watch_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, cancel_in_transaction_cb, state, NULL);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GString) contents = g_string_new ("Submitted at,How likely are you to recommend us?,Why?\n");
  g_autoptr(GFile) file = NULL;
  g_autoptr(EngageImportReport) imported = NULL;
  EngageProjectCounts before, after;
  CancelState state = { 0, };
  GtkWidget *bar;
  GtkWindow *dialog;

  /* Big enough that writing takes several slices. */
  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (contents, "2026-%02u-%02u 10:%02u:00,%u,Reason %u\n",
                            1 + i % 12, 1 + i % 28, i % 60, i % 11, i);
  file = write_file (fixture, "big survey.csv", contents->str);

  before = get_counts (fixture->project);

  dialog = open_dialog (fixture->project, file, TRUE);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  wait_until_idle (&dialog);
  g_assert_true (engage_data_import_dialog_can_import (ENGAGE_DATA_IMPORT_DIALOG (dialog)));

  state.dialog = &dialog;
  state.project = fixture->project;
  /* The bar of the page that shows the import, not the one of the preview. */
  bar = find_descendant (find_descendant (GTK_WIDGET (dialog), ADW_TYPE_STATUS_PAGE), GTK_TYPE_PROGRESS_BAR);
  g_assert_nonnull (bar);
  g_signal_connect (bar, "notify::fraction", G_CALLBACK (on_fraction_cb), &state);
  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported_cb), &imported);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "data-import.run", NULL);
  g_assert_true (engage_data_import_dialog_get_busy (ENGAGE_DATA_IMPORT_DIALOG (dialog)));
  wait_until_closed (&dialog);

  /* Cancelled before the commit: the project is as it was, with no undo step. */
  g_assert_true (state.cancelled);
  g_assert_true (state.stayed_open);
  g_assert_null (imported);
  after = get_counts (fixture->project);
  assert_counts_equal (&after, &before);
  g_assert_false (engage_project_can_undo (fixture->project));
}

static void
test_window_actions (Fixture       *fixture,
                     gconstpointer  data)
{
  EngageApplication *app = ENGAGE_APPLICATION ((gpointer) data);
  g_autoptr(GFile) project_file = g_file_new_for_path (fixture->path);
  g_autoptr(GFile) file = realdata (X_2016);
  g_autoptr(GError) error = NULL;
  EngageProjectCounts before, after;
  EngageWindow *window;
  EngageProject *project;
  GtkWindow *dialog;

  /* The window opens the file itself. */
  engage_project_close (fixture->project);
  g_clear_object (&fixture->project);

  window = engage_window_new (GTK_APPLICATION (app));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "import-metrics"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "import-nps"));
  g_assert_true (engage_window_open_file (window, project_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "import-metrics"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "import-nps"));
  project = engage_window_get_project (window);
  gtk_window_present (GTK_WINDOW (window));
  before = get_counts (project);

  dialog = _engage_window_import_data (window, file, FALSE);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (dialog));
  wait_until_idle (&dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "data-import.run", NULL);
  wait_until_closed (&dialog);

  /* The toast says what happened, and its Undo takes it all back. */
  after = get_counts (project);
  g_assert_cmpuint (after.posts, ==, before.posts + 37);
  g_assert_nonnull (window->undo_toast);
  g_assert_cmpstr (adw_toast_get_title (window->undo_toast), ==, "Imported 37 rows: 37 posts created");
  g_assert_cmpstr (adw_toast_get_action_name (window->undo_toast), ==, "win.undo");
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "undo"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  after = get_counts (project);
  assert_counts_equal (&after, &before);

  /* A file dropped on the Goals view asks what it is, then shows its preview. */
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window->goals_bin));
    g_autoptr(GFile) survey = realdata (SURVEY);
    g_auto(GValue) value = G_VALUE_INIT;
    GtkDropTarget *drop = NULL;
    GtkWindow *question;
    gboolean accepted = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_DROP_TARGET (controller))
          drop = GTK_DROP_TARGET (controller);
      }
    g_assert_nonnull (drop);

    g_value_init (&value, G_TYPE_FILE);
    g_value_set_object (&value, survey);
    g_signal_emit_by_name (drop, "drop", &value, 10.0, 10.0, &accepted);
    g_assert_true (accepted);

    question = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (question);
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "nps");
    gtk_window_destroy (question);

    dialog = find_toplevel (ENGAGE_TYPE_DATA_IMPORT_DIALOG);
    g_assert_nonnull (dialog);
    g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
    wait_until_idle (&dialog);
    g_assert_cmpuint (engage_import_report_get_rows_created (engage_data_import_dialog_get_report (ENGAGE_DATA_IMPORT_DIALOG (dialog))),
                      ==, 1795);
    gtk_widget_activate_action (GTK_WIDGET (dialog), "data-import.cancel", NULL);
    wait_until_closed (&dialog);
    after = get_counts (project);
    assert_counts_equal (&after, &before);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(EngageApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* A private instance for the window test: it must not talk to a running Engage. */
  app = engage_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/ui/data-import/toast-text", test_toast_text);
  g_test_add ("/ui/data-import/metrics", Fixture, NULL,
              fixture_set_up, test_metrics_import, fixture_tear_down);
  g_test_add ("/ui/data-import/nps", Fixture, NULL,
              fixture_set_up, test_nps_import, fixture_tear_down);
  g_test_add ("/ui/data-import/nps-needs-date", Fixture, NULL,
              fixture_set_up, test_nps_needs_date, fixture_tear_down);
  g_test_add ("/ui/data-import/refused-file", Fixture, NULL,
              fixture_set_up, test_refused_file, fixture_tear_down);
  g_test_add ("/ui/data-import/choose-channel", Fixture, NULL,
              fixture_set_up, test_choose_channel, fixture_tear_down);
  g_test_add ("/ui/data-import/cancel", Fixture, NULL,
              fixture_set_up, test_cancel, fixture_tear_down);
  g_test_add ("/ui/data-import/window-actions", Fixture, app,
              fixture_set_up, test_window_actions, fixture_tear_down);

  status = g_test_run ();

  g_application_quit (G_APPLICATION (app));

  return status;
}
