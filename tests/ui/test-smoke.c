/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "calendar/engage-calendar-page.h"
#include "calendar/engage-month-view.h"
#include "calendar/engage-post-editor.h"
#include "engage-application.h"
#include "engage-format.h"
#include "engage-post.h"
#include "engage-project.h"
#include "engage-recent.h"
#include "engage-sample.h"
#include "engage-screenshot.h"
#include "engage-window.h"
#include "goals/engage-goals-page.h"
#include "goals/engage-kpi-card.h"
#include "guidelines/engage-guideline-text.h"
#include "guidelines/engage-guidelines-page.h"

/* The application shell on a sample project: opening, the title, switching views,
 * undo and redo through the window's actions, refused files; and the pure
 * "model → view" functions beside the pages. */

#define SAMPLE_TODAY "2026-06-01"

typedef struct
{
  char  *dir;
  GFile *file;
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

static GFile *
make_sample (const char *dir,
             const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(EngageProject) project = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  project = engage_project_create (file, "Sample", &error);
  g_assert_no_error (error);
  g_assert_true (engage_iso_date_parse (SAMPLE_TODAY, &today));
  g_assert_true (engage_sample_fill (project, "en", &today, &error));
  g_assert_no_error (error);
  engage_project_close (project);

  return g_steal_pointer (&file);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("engage-ui-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
  fixture->file = make_sample (fixture->dir, "Sample Bakery.engage");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->file);
  remove_dir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @widget is mapped, or at most @timeout_ms. */
static gboolean
wait_for_mapped (GtkWidget *widget,
                 guint      timeout_ms)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add (timeout_ms, on_timeout_cb, &timed_out);

  while (!gtk_widget_get_mapped (widget) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (timeout_id);

  return gtk_widget_get_mapped (widget);
}

/* Runs the main loop for @ms, so that frames get drawn. */
static void
spin (guint ms)
{
  gboolean timed_out = FALSE;

  g_timeout_add (ms, on_timeout_cb, &timed_out);
  while (!timed_out)
    g_main_context_iteration (NULL, TRUE);
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

static gboolean
title_contains (EngageWindow *window,
                const char   *text)
{
  const char *title = gtk_window_get_title (GTK_WINDOW (window));

  return title != NULL && strstr (title, text) != NULL;
}

static gboolean
action_enabled (EngageWindow *window,
                const char   *name)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (window), name);
}

/* Window */

static void
test_window_open_project (Fixture       *fixture,
                          gconstpointer  data)
{
  EngageApplication *app = ENGAGE_APPLICATION ((gpointer) data);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  EngageWindow *window;
  EngageProject *project;
  struct {
    const char *view;
    GType       type;
  } views[] = {
    { "goals", ENGAGE_TYPE_GOALS_PAGE },
    { "guidelines", ENGAGE_TYPE_GUIDELINES_PAGE },
    { "calendar", ENGAGE_TYPE_CALENDAR_PAGE },
  };

  window = engage_window_new (GTK_APPLICATION (app));
  g_assert_null (engage_window_get_project (window));
  g_assert_true (title_contains (window, "Engage"));
  g_assert_false (action_enabled (window, "save-as"));
  g_assert_false (action_enabled (window, "undo"));
  /* GtkApplication found gtk/help-overlay.ui under the resource base path. */
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));

  g_assert_true (engage_window_open_file (window, fixture->file, &error));
  g_assert_no_error (error);

  project = engage_window_get_project (window);
  g_assert_true (ENGAGE_IS_PROJECT (project));
  name = g_strdup (engage_project_get_name (project));
  g_assert_cmpstr (name, !=, "");
  g_assert_true (title_contains (window, name));
  g_assert_true (engage_application_find_window (app, fixture->file) == window);
  g_assert_true (action_enabled (window, "save-as"));

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for_mapped (GTK_WIDGET (window), 5000));

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *page;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[i].view);
      g_assert_cmpstr (engage_window_get_view (window), ==, views[i].view);

      page = find_descendant (GTK_WIDGET (window), views[i].type);
      g_assert_nonnull (page);
      g_assert_true (wait_for_mapped (page, 5000));
    }

  /* An unknown view changes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "elsewhere");
  g_assert_cmpstr (engage_window_get_view (window), ==, "calendar");

  spin (100);

  /* An edit, then undo and redo through the window's actions. */
  g_assert_false (action_enabled (window, "undo"));
  g_assert_true (engage_project_set_details (project, "Renamed Plan",
                                             engage_project_get_client (project),
                                             engage_project_get_time_zone (project),
                                             engage_project_get_language (project),
                                             engage_project_get_engagement_basis (project),
                                             &error));
  g_assert_no_error (error);
  g_assert_true (title_contains (window, "Renamed Plan"));
  g_assert_true (action_enabled (window, "undo"));
  g_assert_false (action_enabled (window, "redo"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (engage_project_get_name (project), ==, name);
  g_assert_true (title_contains (window, name));
  g_assert_false (action_enabled (window, "undo"));
  g_assert_true (action_enabled (window, "redo"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_cmpstr (engage_project_get_name (project), ==, "Renamed Plan");
  g_assert_true (title_contains (window, "Renamed Plan"));
  g_assert_true (action_enabled (window, "undo"));

  spin (100);

  /* Closing the project goes back to the welcome page and releases the file. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-project", NULL);
  g_assert_null (engage_window_get_project (window));
  g_assert_false (title_contains (window, "Renamed Plan"));
  g_assert_false (action_enabled (window, "undo"));
  g_assert_null (engage_application_find_window (app, fixture->file));

  g_assert_true (engage_window_open_file (window, fixture->file, &error));
  g_assert_no_error (error);
  g_assert_true (title_contains (window, "Renamed Plan"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_refused_file (Fixture       *fixture,
                          gconstpointer  data)
{
  EngageApplication *app = ENGAGE_APPLICATION ((gpointer) data);
  g_autofree char *path = g_build_filename (fixture->dir, "notes.engage", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  EngageWindow *window;

  g_assert_true (g_file_set_contents (path, "Not a project at all, just some notes.\n", -1, NULL));

  window = engage_window_new (GTK_APPLICATION (app));
  g_assert_false (engage_window_open_file (window, file, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_NOT_SQLITE);
  g_assert_nonnull (strstr (error->message, "notes.engage"));
  g_assert_null (engage_window_get_project (window));
  g_assert_true (title_contains (window, "Engage"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Import and export are there with a project only; the editor's delete takes
 * the window's undo. */
static void
test_window_calendar_actions (Fixture       *fixture,
                              gconstpointer  data)
{
  EngageApplication *app = ENGAGE_APPLICATION ((gpointer) data);
  const char * const actions[] = { "import-posts", "export-ics", "export-csv" };
  g_autoptr(GListModel) posts = NULL;
  g_autoptr(EngagePost) post = NULL;
  g_autoptr(EngagePost) missing = NULL;
  g_autoptr(EngagePost) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GList) toplevels = NULL;
  GtkWidget *editor = NULL;
  EngageWindow *window;
  EngageProject *project;

  window = engage_window_new (GTK_APPLICATION (app));
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    g_assert_false (action_enabled (window, actions[i]));

  g_assert_true (engage_window_open_file (window, fixture->file, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    g_assert_true (action_enabled (window, actions[i]));

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for_mapped (GTK_WIDGET (window), 5000));

  project = engage_window_get_project (window);
  posts = engage_project_list_posts (project, NULL, NULL);
  post = g_list_model_get_item (posts, 0);
  engage_post_editor_present (GTK_WIDGET (window), project, engage_post_get_id (post), NULL);

  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ENGAGE_IS_POST_EDITOR (l->data))
      editor = l->data;
  g_assert_nonnull (editor);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == GTK_WINDOW (window));

  gtk_widget_activate_action (editor, "editor.delete", NULL);
  missing = engage_project_get_post (project, engage_post_get_id (post), &error);
  g_assert_no_error (error);
  g_assert_null (missing);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  restored = engage_project_get_post (project, engage_post_get_id (post), &error);
  g_assert_no_error (error);
  g_assert_nonnull (restored);
  g_assert_cmpstr (engage_post_get_title (restored), ==, engage_post_get_title (post));

  spin (100);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-project", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    g_assert_false (action_enabled (window, actions[i]));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_application_show_project (Fixture       *fixture,
                               gconstpointer  data)
{
  EngageApplication *app = ENGAGE_APPLICATION ((gpointer) data);
  g_autoptr(GFile) other_file = make_sample (fixture->dir, "Other.engage");
  g_autoptr(EngageProject) other = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) recent = NULL;
  g_autofree char *uri = NULL;
  EngageWindow *first;
  EngageWindow *second;

  first = engage_window_new (GTK_APPLICATION (app));
  g_assert_true (engage_window_open_file (first, fixture->file, &error));
  g_assert_no_error (error);

  /* A window that shows a project keeps it; the next one gets a new window. */
  other = engage_project_open (other_file, &error);
  g_assert_no_error (error);
  second = engage_application_show_project (app, other, first);
  g_assert_true (second != first);
  g_assert_true (engage_window_get_project (first) != other);
  g_assert_true (engage_window_get_project (second) == other);
  g_assert_true (engage_application_find_window (app, other_file) == second);

  recent = g_settings_get_strv (engage_application_get_settings (app), "recent-projects");
  uri = g_file_get_uri (other_file);
  g_assert_cmpstr (recent[0], ==, uri);

  gtk_window_destroy (GTK_WINDOW (first));
  gtk_window_destroy (GTK_WINDOW (second));

  /* Destroying the windows closed the projects. */
  g_assert_false (engage_project_is_open (other));
}

static void
test_window_open_sample (gconstpointer data)
{
  EngageApplication *app = ENGAGE_APPLICATION ((gpointer) data);
  const char *language = engage_sample_language_for (g_get_language_names ());
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  EngageProjectCounts counts;
  EngageWindow *first;
  EngageWindow *second;
  EngageProject *project;

  /* XDG_DATA_HOME points into a temporary folder (see main). */
  path = g_build_filename (g_get_user_data_dir (), "engage", engage_sample_file_name (language), NULL);
  file = g_file_new_for_path (path);

  first = engage_window_new (GTK_APPLICATION (app));
  gtk_widget_activate_action (GTK_WIDGET (first), "win.open-sample", NULL);
  project = engage_window_get_project (first);
  g_assert_nonnull (project);
  g_assert_true (g_file_equal (engage_project_get_file (project), file));
  g_assert_true (engage_project_get_counts (project, &counts, NULL));
  g_assert_cmpuint (counts.posts, >, 0);
  g_assert_cmpuint (counts.kpis, >, 0);

  /* Asked again while it is open: the window that shows it stays as it is. */
  second = engage_window_new (GTK_APPLICATION (app));
  gtk_widget_activate_action (GTK_WIDGET (second), "win.open-sample", NULL);
  g_assert_null (engage_window_get_project (second));
  g_assert_true (engage_window_get_project (first) == project);

  /* Once closed, a fresh copy replaces the old one. */
  gtk_widget_activate_action (GTK_WIDGET (first), "win.close-project", NULL);
  gtk_widget_activate_action (GTK_WIDGET (second), "win.open-sample", NULL);
  g_assert_nonnull (engage_window_get_project (second));
  g_assert_true (engage_application_find_window (app, file) == second);

  gtk_window_destroy (GTK_WINDOW (first));
  gtk_window_destroy (GTK_WINDOW (second));
  g_unlink (path);
}

/* The calendar page on the sample: months and weeks, moving, deleting and
 * undoing through the page's actions, the filter, and the selected day
 * leading to the next month. Undo goes straight to the project here: the
 * window's undo shows a toast each time, and libadwaita 1.2.2 crashes when
 * toasts replace each other several times within a few hundred milliseconds. */

static GDate
smoke_date (const char *iso)
{
  GDate date;

  g_assert_true (engage_iso_date_parse (iso, &date));
  return date;
}

/* The first post on a day of the month shown. */
static EngagePost *
find_post_in_model (EngageMonthModel *model)
{
  for (guint i = 0; i < engage_month_model_get_n_cells (model); i++)
    {
      EngageCalendarCell *cell = engage_month_model_get_cell (model, i);

      if (cell->in_period && cell->posts->len > 0)
        return g_object_ref (g_ptr_array_index (cell->posts, 0));
    }

  return NULL;
}

static void
test_calendar_page (Fixture       *fixture,
                    gconstpointer  data)
{
  EngageApplication *app = ENGAGE_APPLICATION ((gpointer) data);
  g_autoptr(GError) error = NULL;
  g_autoptr(EngagePost) post = NULL;
  g_autoptr(EngagePost) moved = NULL;
  g_autoptr(GDateTime) before = NULL;
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(GListModel) ideas = NULL;
  g_autofree char *title = NULL;
  g_autofree char *iso = NULL;
  EngageCalendarPage *page;
  EngageMonthModel *model;
  EngageProject *project;
  EngageWindow *window;
  GtkWidget *grid;
  GTimeZone *tz;
  GDate day = smoke_date ("2026-06-01");
  GDate next_day;
  guint n_all, n_found;

  window = engage_window_new (GTK_APPLICATION (app));
  g_assert_true (engage_window_open_file (window, fixture->file, &error));
  g_assert_no_error (error);
  engage_window_set_view (window, "calendar");
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for_mapped (GTK_WIDGET (window), 5000));

  project = engage_window_get_project (window);
  tz = engage_project_get_tz (project);
  page = ENGAGE_CALENDAR_PAGE (find_descendant (GTK_WIDGET (window), ENGAGE_TYPE_CALENDAR_PAGE));
  g_assert_nonnull (page);

  /* Months */
  engage_calendar_page_set_day (page, &day);
  model = engage_calendar_page_get_model (page);
  g_assert_false (engage_month_model_is_week (model));
  title = engage_month_model_format_title (model);
  g_assert_cmpstr (title, ==, "June 2026");
  n_all = engage_month_model_count_posts (model, -1, -1, -1);
  g_assert_cmpuint (n_all, >, 0);

  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.next", NULL);
  engage_calendar_page_get_day (page, &next_day);
  g_assert_cmpint (g_date_get_month (&next_day), ==, 7);
  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.previous", NULL);
  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.previous", NULL);
  engage_calendar_page_get_day (page, &next_day);
  g_assert_cmpint (g_date_get_month (&next_day), ==, 5);

  /* Weeks: seven days around the selected one, a week further with "next". */
  engage_calendar_page_set_day (page, &day);
  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.mode", "s", "week");
  g_assert_cmpstr (engage_calendar_page_get_mode (page), ==, "week");
  model = engage_calendar_page_get_model (page);
  g_assert_true (engage_month_model_is_week (model));
  g_assert_cmpint (engage_month_model_find_cell (model, &day), >=, 0);
  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.next", NULL);
  engage_calendar_page_get_day (page, &next_day);
  g_assert_cmpint (g_date_days_between (&day, &next_day), ==, 7);
  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.mode", "s", "list");
  g_assert_cmpstr (engage_calendar_page_get_mode (page), ==, "list");
  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.mode", "s", "month");
  engage_calendar_page_set_day (page, &day);

  /* Dropping a post on the next day keeps its time of day; undo puts it back. */
  post = find_post_in_model (engage_calendar_page_get_model (page));
  g_assert_nonnull (post);
  before = g_date_time_to_timezone (engage_post_get_scheduled_at (post), tz);
  next_day = smoke_date ("2026-06-01");
  g_date_set_dmy (&next_day, g_date_time_get_day_of_month (before), g_date_time_get_month (before),
                  g_date_time_get_year (before));
  g_date_add_days (&next_day, 1);
  iso = engage_iso_date_format (&next_day);
  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.move-post", "(xs)",
                              engage_post_get_id (post), iso);
  moved = engage_project_get_post (project, engage_post_get_id (post), &error);
  g_assert_no_error (error);
  after = g_date_time_to_timezone (engage_post_get_scheduled_at (moved), tz);
  g_assert_cmpint (g_date_time_get_day_of_month (after), ==, g_date_get_day (&next_day));
  g_assert_cmpint (g_date_time_get_hour (after), ==, g_date_time_get_hour (before));
  g_assert_cmpint (g_date_time_get_minute (after), ==, g_date_time_get_minute (before));

  g_assert_true (engage_project_undo (project, NULL));
  g_clear_object (&moved);
  moved = engage_project_get_post (project, engage_post_get_id (post), &error);
  g_assert_true (g_date_time_equal (engage_post_get_scheduled_at (moved), engage_post_get_scheduled_at (post)));

  /* Deleting asks for no confirmation; undo brings the post back. */
  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.delete-post", "x", engage_post_get_id (post));
  g_clear_object (&moved);
  moved = engage_project_get_post (project, engage_post_get_id (post), NULL);
  g_assert_null (moved);
  g_assert_true (engage_project_undo (project, NULL));
  moved = engage_project_get_post (project, engage_post_get_id (post), &error);
  g_assert_no_error (error);
  g_assert_nonnull (moved);

  /* The page lays out again once the project's models reloaded. */
  spin (100);
  g_assert_cmpuint (engage_month_model_count_posts (engage_calendar_page_get_model (page), -1, -1, -1), ==, n_all);

  /* The filter: a title word shows fewer posts, reset shows all. */
  engage_calendar_filter_set_search_text (engage_calendar_page_get_filter (page), engage_post_get_title (post));
  spin (100);
  n_found = engage_month_model_count_posts (engage_calendar_page_get_model (page), -1, -1, -1);
  g_assert_cmpuint (n_found, >=, 1);
  g_assert_cmpuint (n_found, <, n_all);
  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.reset-filters", NULL);
  spin (100);
  g_assert_cmpuint (engage_month_model_count_posts (engage_calendar_page_get_model (page), -1, -1, -1), ==, n_all);

  /* An idea dropped on a day gets 09:00 there. */
  ideas = engage_project_list_unscheduled_posts (project);
  if (g_list_model_get_n_items (ideas) > 0)
    {
      g_autoptr(EngagePost) idea = g_list_model_get_item (ideas, 0);
      g_autoptr(EngagePost) scheduled = NULL;
      g_autoptr(GDateTime) local = NULL;

      gtk_widget_activate_action (GTK_WIDGET (page), "calendar.move-post", "(xs)",
                                  engage_post_get_id (idea), "2026-06-10");
      scheduled = engage_project_get_post (project, engage_post_get_id (idea), &error);
      g_assert_no_error (error);
      local = g_date_time_to_timezone (engage_post_get_scheduled_at (scheduled), tz);
      g_assert_cmpint (g_date_time_get_day_of_month (local), ==, 10);
      g_assert_cmpint (g_date_time_get_hour (local), ==, 9);
      g_assert_true (engage_project_undo (project, NULL));
    }

  /* The selected day leaving the month (arrows past its end) brings the next one. */
  grid = find_descendant (GTK_WIDGET (page), ENGAGE_TYPE_MONTH_VIEW);
  g_assert_nonnull (grid);
  next_day = smoke_date ("2026-07-02");
  engage_month_view_set_selected_day (ENGAGE_MONTH_VIEW (grid), &next_day);
  engage_calendar_page_get_day (page, &day);
  g_assert_cmpint (g_date_compare (&day, &next_day), ==, 0);
  g_clear_pointer (&title, g_free);
  title = engage_month_model_format_title (engage_calendar_page_get_model (page));
  g_assert_cmpstr (title, ==, "July 2026");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Pages: pure functions */

static void
test_goals_progress (void)
{
  /* Up: engagement rate from 2 % towards 5 %. */
  g_assert_cmpfloat_with_epsilon (engage_kpi_compute_progress (ENGAGE_KPI_CRITERION_AT_LEAST, 2, 5, 3.5), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (engage_kpi_compute_progress (ENGAGE_KPI_CRITERION_AT_LEAST, 2, 5, 1), 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (engage_kpi_compute_progress (ENGAGE_KPI_CRITERION_AT_LEAST, 2, 5, 6), 1.0, 1e-9);
  /* Down: response time from 10 h towards 2 h. */
  g_assert_cmpfloat_with_epsilon (engage_kpi_compute_progress (ENGAGE_KPI_CRITERION_STAY_BELOW, 10, 2, 8), 0.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (engage_kpi_compute_progress (ENGAGE_KPI_CRITERION_STAY_BELOW, 10, 2, 12), 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (engage_kpi_compute_progress (ENGAGE_KPI_CRITERION_STAY_BELOW, 10, 2, 1.5), 1.0, 1e-9);
  /* A goal to stay above a line that is met counts as reached. */
  g_assert_cmpfloat_with_epsilon (engage_kpi_compute_progress (ENGAGE_KPI_CRITERION_STAY_ABOVE, 40, 40, 42), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (engage_kpi_compute_progress (ENGAGE_KPI_CRITERION_STAY_ABOVE, 40, 40, 38), 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (engage_kpi_compute_progress (ENGAGE_KPI_CRITERION_AT_LEAST, 2, 5, NAN), 0.0, 1e-9);

  g_assert_true (engage_kpi_is_reached (ENGAGE_KPI_CRITERION_AT_LEAST, 5, 5));
  g_assert_false (engage_kpi_is_reached (ENGAGE_KPI_CRITERION_AT_LEAST, 5, 4.9));
  g_assert_true (engage_kpi_is_reached (ENGAGE_KPI_CRITERION_STAY_BELOW, 2, 1.5));
  g_assert_false (engage_kpi_is_reached (ENGAGE_KPI_CRITERION_STAY_BELOW, 2, 2.5));
}

static void
test_goals_summary (void)
{
  g_autofree char *a = engage_goals_format_summary (5, 2, 1);
  g_autofree char *b = engage_goals_format_summary (1, 1, 0);
  g_autofree char *c = engage_goals_format_summary (0, 0, 0);

  g_assert_cmpstr (a, ==, "5 goals · 2 reached · 1 without measurements");
  g_assert_cmpstr (b, ==, "1 goal · 1 reached");
  g_assert_cmpstr (c, ==, "0 goals");
}

static void
test_format_value (void)
{
  g_autofree char *percent = engage_format_value (4.6, "%");
  g_autofree char *whole = engage_format_value (42, NULL);
  g_autofree char *hours = engage_format_value (2.04, "h");
  g_autofree char *negative = engage_format_value (-0.01, "");
  g_autofree char *date = engage_format_iso_date ("2026-06-30");
  g_autofree char *bad_date = engage_format_iso_date ("2026-02-30");

  /* The test runs in the C locale: decimal point, no grouping. */
  g_assert_cmpstr (percent, ==, "4.6\302\240%");
  g_assert_cmpstr (whole, ==, "42");
  g_assert_cmpstr (hours, ==, "2\302\240h");
  g_assert_cmpstr (negative, ==, "0");
  g_assert_cmpstr (date, ==, "June 30, 2026");
  g_assert_null (bad_date);
}

static void
test_guideline_text (void)
{
  struct {
    const char *text;
    const char *markup;
  } cases[] = {
    { "Plain text.", "Plain text." },
    { "Tom & Jerry <3", "Tom &amp; Jerry &lt;3" },
    { "We answer **within two hours**.", "We answer <b>within two hours</b>." },
    { "An *honest* word", "An <i>honest</i> word" },
    { "snake_case_name stays", "snake_case_name stays" },
    { "Use `#Sonnenkorn`", "Use <tt>#Sonnenkorn</tt>" },
    { "- one\n- two", "• one\n• two" },
    { "1. first\n2. second", "1. first\n2. second" },
    { "# Tone\n\nFriendly.", "<span size=\"large\" weight=\"bold\">Tone</span>\n\nFriendly." },
    { "First line\nsame paragraph\n\nNext", "First line same paragraph\n\nNext" },
    { "See [our shop](https://example.org/?a=1&b=2).",
      "See <a href=\"https://example.org/?a=1&amp;b=2\">our shop</a>." },
    { "> Quote", "<i>Quote</i>" },
    { "**unclosed", "**unclosed" },
  };
  const char *odd[] = {
    "***", "**a *b** c*", "[x](", "`", "_a_b_", "```\ncode <x>\n", "> **a\n> b**", "\\*not\\*",
    "# \n##\n", "- \n-", "Ünïcödé *ß* _ä_",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *markup = engage_guideline_text_to_markup (cases[i].text);

      g_assert_cmpstr (markup, ==, cases[i].markup);
    }

  for (guint i = 0; i < G_N_ELEMENTS (odd); i++)
    {
      g_autofree char *markup = engage_guideline_text_to_markup (odd[i]);
      g_autoptr(GError) error = NULL;

      g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
    }
}

static void
test_guidelines_rule_kind (void)
{
  g_autofree char *known = engage_guidelines_format_rule_kind ("max-hashtags");
  g_autofree char *unknown = engage_guidelines_format_rule_kind ("emoji-limit");

  g_assert_cmpstr (known, ==, "Hashtag limit");
  g_assert_cmpstr (unknown, ==, "Emoji limit");
}

/* Application helpers */

static void
test_recent_list (void)
{
  g_autoptr(GFile) a = g_file_new_for_path ("/tmp/a.engage");
  g_autoptr(GFile) b = g_file_new_for_path ("/tmp/b.engage");
  g_autoptr(GFile) c = g_file_new_for_path ("/tmp/c.engage");
  g_autofree char *uri_a = g_file_get_uri (a);
  g_autofree char *uri_b = g_file_get_uri (b);
  g_autofree char *uri_c = g_file_get_uri (c);
  const char *old[] = { "/tmp/b.engage", uri_a, "", uri_b, "not a uri", NULL };
  g_auto(GStrv) list = engage_recent_list_add (old, c, 10);
  g_auto(GStrv) capped = engage_recent_list_add (old, a, 2);

  g_assert_cmpuint (g_strv_length (list), ==, 3);
  g_assert_cmpstr (list[0], ==, uri_c);
  g_assert_cmpstr (list[1], ==, uri_b);
  g_assert_cmpstr (list[2], ==, uri_a);

  g_assert_cmpuint (g_strv_length (capped), ==, 2);
  g_assert_cmpstr (capped[0], ==, uri_a);
  g_assert_cmpstr (capped[1], ==, uri_b);
}

static void
test_sample_language (void)
{
  const char *german[] = { "de_DE.UTF-8", "de_DE", "de", "C", NULL };
  const char *austrian[] = { "C", "de_AT", NULL };
  const char *english[] = { "en_GB", "de_DE", "C", NULL };
  const char *sorbian[] = { "dsb_DE", "C", NULL };
  const char *plain[] = { "C", NULL };

  g_assert_cmpstr (engage_sample_language_for (german), ==, "de");
  g_assert_cmpstr (engage_sample_language_for (austrian), ==, "de");
  g_assert_cmpstr (engage_sample_language_for (english), ==, "en");
  g_assert_cmpstr (engage_sample_language_for (sorbian), ==, "en");
  g_assert_cmpstr (engage_sample_language_for (plain), ==, "en");
  g_assert_cmpstr (engage_sample_file_name ("de"), ==, "Beispiel-Bäckerei.engage");
  g_assert_cmpstr (engage_sample_file_name ("en"), ==, "Sample Bakery.engage");
}

static void
test_screenshot_parse_size (void)
{
  int width = 0, height = 0;

  g_assert_true (engage_screenshot_parse_size ("1280x800", &width, &height));
  g_assert_cmpint (width, ==, 1280);
  g_assert_cmpint (height, ==, 800);
  g_assert_false (engage_screenshot_parse_size ("1280", &width, &height));
  g_assert_false (engage_screenshot_parse_size ("12x8", &width, &height));
  g_assert_false (engage_screenshot_parse_size ("axb", &width, &height));
  g_assert_false (engage_screenshot_parse_size ("1280x800x2", &width, &height));
  g_assert_false (engage_screenshot_parse_size (NULL, &width, &height));
}

/* Finds a visible label with @text below @widget. */
static gboolean
has_visible_label (GtkWidget  *widget,
                   const char *text)
{
  if (!gtk_widget_get_visible (widget))
    return FALSE;

  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_visible_label (child, text))
      return TRUE;

  return FALSE;
}

/* The status line says in words how a goal keeps pace, and stays away without
 * data. */
static void
test_goals_card_status (void)
{
  g_autoptr(EngageKpi) kpi = engage_kpi_new ("Followers", ENGAGE_KPI_METRIC_FOLLOWERS);
  GtkWidget *card;

  engage_kpi_set_baseline_value (kpi, 100);
  engage_kpi_set_target_value (kpi, 200);

  card = g_object_ref_sink (engage_kpi_card_new (kpi, NULL, NULL));
  g_assert_false (has_visible_label (card, "At risk"));

  engage_kpi_card_set_status (ENGAGE_KPI_CARD (card), ENGAGE_KPI_STATUS_AT_RISK);
  g_assert_true (has_visible_label (card, "At risk"));

  engage_kpi_card_set_status (ENGAGE_KPI_CARD (card), ENGAGE_KPI_STATUS_ON_TRACK);
  g_assert_true (has_visible_label (card, "On track"));
  g_assert_false (has_visible_label (card, "At risk"));

  engage_kpi_card_set_status (ENGAGE_KPI_CARD (card), ENGAGE_KPI_STATUS_NO_DATA);
  g_assert_false (has_visible_label (card, "On track"));

  g_object_unref (card);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(EngageApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  g_autofree char *sample_dir = NULL;
  int status;

  /* The sample project goes to the user's data folder: use a temporary one. */
  data_home = g_dir_make_tmp ("engage-ui-data-XXXXXX", NULL);
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* A private instance: the test must not talk to a running Engage. */
  app = engage_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add ("/ui/window/open-project", Fixture, app,
              fixture_set_up, test_window_open_project, fixture_tear_down);
  g_test_add ("/ui/window/refused-file", Fixture, app,
              fixture_set_up, test_window_refused_file, fixture_tear_down);
  g_test_add_data_func ("/ui/window/open-sample", app, test_window_open_sample);
  g_test_add ("/ui/window/calendar-actions", Fixture, app,
              fixture_set_up, test_window_calendar_actions, fixture_tear_down);
  g_test_add ("/ui/application/show-project", Fixture, app,
              fixture_set_up, test_application_show_project, fixture_tear_down);
  g_test_add ("/ui/calendar/page", Fixture, app,
              fixture_set_up, test_calendar_page, fixture_tear_down);
  g_test_add_func ("/ui/goals/progress", test_goals_progress);
  g_test_add_func ("/ui/goals/summary", test_goals_summary);
  g_test_add_func ("/ui/goals/card-status", test_goals_card_status);
  g_test_add_func ("/ui/format/value", test_format_value);
  g_test_add_func ("/ui/guidelines/text", test_guideline_text);
  g_test_add_func ("/ui/guidelines/rule-kind", test_guidelines_rule_kind);
  g_test_add_func ("/ui/recent/list", test_recent_list);
  g_test_add_func ("/ui/application/sample-language", test_sample_language);
  g_test_add_func ("/ui/screenshot/parse-size", test_screenshot_parse_size);

  status = g_test_run ();

  g_application_quit (G_APPLICATION (app));

  sample_dir = g_build_filename (data_home, "engage", NULL);
  remove_dir (sample_dir);
  g_rmdir (data_home);

  return status;
}
