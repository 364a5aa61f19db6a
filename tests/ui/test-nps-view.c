/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "engage-chart-data.h"
#include "engage-nps-query.h"
#include "engage-nps-response.h"
#include "engage-nps-survey.h"
#include "engage-project.h"
#include "engage-sample.h"
#include "goals/engage-nps-response-dialog.h"
#include "goals/engage-nps-view.h"

/* The NPS view on the sample project: the comments list against counts made
 * with SQL on the file before the view opened it, the filters, the trend by
 * month or quarter, responses added through the dialog and deleted from a
 * row, each taken back by undo; and a project without responses. */

#define SAMPLE_TODAY "2026-11-23"

typedef struct
{
  char          *dir;
  GFile         *file;
  EngageProject *project;
  GtkWidget     *window;
  EngageNpsView *view;
} Fixture;

/* Counts one query on the closed sample file, by SQLite alone. */
static guint
count_sql (Fixture    *fixture,
           const char *where)
{
  g_autofree char *path = g_file_get_path (fixture->file);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM nps_response WHERE %s", where);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  guint count;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return count;
}

static void
open_view (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->project = engage_project_open (fixture->file, &error);
  g_assert_no_error (error);

  fixture->window = gtk_window_new ();
  fixture->view = ENGAGE_NPS_VIEW (engage_nps_view_new (fixture->project));
  engage_nps_view_set_today (fixture->view, SAMPLE_TODAY);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->view));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(EngageProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GDate today;

  fixture->dir = g_dir_make_tmp ("engage-nps-view-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "sample.engage", NULL);
  fixture->file = g_file_new_for_path (path);

  project = engage_project_create (fixture->file, "Sample", &error);
  g_assert_no_error (error);
  if (data == NULL)
    {
      g_assert_true (engage_iso_date_parse (SAMPLE_TODAY, &today));
      g_assert_true (engage_sample_fill (project, "en", &today, &error));
      g_assert_no_error (error);
    }
  engage_project_close (project);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  if (fixture->project != NULL)
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

static const char *
visible_page (Fixture *fixture)
{
  GtkWidget *stack = adw_bin_get_child (ADW_BIN (fixture->view));

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static void
load_all (EngageNpsView *view)
{
  EngageNpsQuery *query = engage_nps_view_get_query (view);

  while (engage_nps_query_get_has_more (query))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "nps.load-more", NULL));
}

static void
test_comments (Fixture       *fixture,
               gconstpointer  data)
{
  guint n_comments = count_sql (fixture, "length (trim (comment)) > 0");
  g_autofree char *expected = g_strdup_printf ("%u comments", n_comments);
  guint n_later = count_sql (fixture, "length (trim (comment)) > 0 AND date > '2026-11-22'");
  guint n_on_last_day = count_sql (fixture, "length (trim (comment)) > 0 AND date = '2026-11-22'");
  g_autoptr(EngageNpsResponse) first = NULL;
  EngageNpsQuery *query;

  /* The sample's 264 responses, of which 92 have a comment. */
  g_assert_cmpuint (count_sql (fixture, "1"), ==, 264);
  g_assert_cmpuint (n_comments, ==, 92);

  open_view (fixture);
  query = engage_nps_view_get_query (fixture->view);

  g_assert_cmpstr (visible_page (fixture), ==, "nps");
  g_assert_cmpuint (engage_nps_query_get_n_matches (query), ==, n_comments);
  g_assert_cmpstr (engage_nps_view_get_count_text (fixture->view), ==, expected);

  /* A page of rows, not one per response; the rest come page by page. */
  g_assert_cmpuint (engage_nps_view_get_n_rows (fixture->view), ==, ENGAGE_NPS_QUERY_PAGE_SIZE);
  g_assert_true (engage_nps_query_get_has_more (query));
  load_all (fixture->view);
  g_assert_cmpuint (engage_nps_view_get_n_rows (fixture->view), ==, n_comments);

  /* Newest first. */
  first = g_list_model_get_item (G_LIST_MODEL (query), 0);
  g_assert_cmpuint (n_later, ==, 0);
  g_assert_cmpuint (n_on_last_day, >, 0);
  g_assert_cmpstr (engage_nps_response_get_date (first), ==, "2026-11-22");
  g_assert_cmpstr (engage_nps_response_get_comment (first), !=, "");
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  const char *commented = "length (trim (comment)) > 0";
  guint n_detractors = count_sql (fixture, "length (trim (comment)) > 0 AND score <= 6");
  guint n_cafe = count_sql (fixture, "length (trim (comment)) > 0 AND segment = 'Café'");
  guint n_recent = count_sql (fixture, "length (trim (comment)) > 0 AND date >= '2026-10-25'");
  guint n_coffee = count_sql (fixture, "comment LIKE '%coffee%'");
  guint n_all = count_sql (fixture, "1");
  guint n_commented = count_sql (fixture, commented);
  EngageNpsQuery *query;

  g_assert_cmpuint (n_commented, >, n_detractors);
  g_assert_cmpuint (n_detractors, ==, 20);
  g_assert_cmpuint (n_coffee, >, 0);

  open_view (fixture);
  query = engage_nps_view_get_query (fixture->view);

  engage_nps_view_set_category (fixture->view, ENGAGE_NPS_CATEGORY_DETRACTOR);
  g_assert_cmpuint (engage_nps_query_get_n_matches (query), ==, n_detractors);
  g_assert_cmpuint (engage_nps_view_get_n_rows (fixture->view), ==, n_detractors);
  g_assert_cmpstr (engage_nps_view_get_count_text (fixture->view), ==, "20 comments");
  for (guint i = 0; i < n_detractors; i++)
    {
      g_autoptr(EngageNpsResponse) response = g_list_model_get_item (G_LIST_MODEL (query), i);

      g_assert_cmpint (engage_nps_response_get_score (response), <=, 6);
    }
  engage_nps_view_set_category (fixture->view, ENGAGE_NPS_CATEGORY_ANY);

  engage_nps_view_set_segment (fixture->view, "Café");
  g_assert_cmpuint (engage_nps_query_get_n_matches (query), ==, n_cafe);
  engage_nps_view_set_segment (fixture->view, NULL);

  engage_nps_view_set_span (fixture->view, ENGAGE_NPS_SPAN_LAST_30_DAYS);
  g_assert_cmpstr (engage_nps_query_get_from_date (query), ==, "2026-10-25");
  g_assert_cmpuint (engage_nps_query_get_n_matches (query), ==, n_recent);
  engage_nps_view_set_span (fixture->view, ENGAGE_NPS_SPAN_ALL);

  engage_nps_view_set_search_text (fixture->view, "Coffee");
  g_assert_cmpuint (engage_nps_query_get_n_matches (query), ==, n_coffee);

  /* Nothing matches: the empty state, and Reset Filters brings all back. */
  engage_nps_view_set_search_text (fixture->view, "no comment says this");
  g_assert_cmpuint (engage_nps_view_get_n_rows (fixture->view), ==, 0);
  g_assert_cmpstr (engage_nps_view_get_count_text (fixture->view), ==, "0 comments");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "nps.reset-filters", NULL));
  g_assert_null (engage_nps_query_get_text (query));
  g_assert_cmpuint (engage_nps_query_get_n_matches (query), ==, n_commented);

  /* All responses, not only those with a comment. */
  {
    GtkWidget *check = NULL;

    /* The check button is the only one in the view. */
    for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (fixture->view)); w != NULL; )
      {
        if (GTK_IS_CHECK_BUTTON (w))
          {
            check = w;
            break;
          }
        if (gtk_widget_get_first_child (w) != NULL)
          w = gtk_widget_get_first_child (w);
        else
          {
            while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
              w = gtk_widget_get_parent (w);
            w = w != NULL ? gtk_widget_get_next_sibling (w) : NULL;
          }
      }
    g_assert_nonnull (check);
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    g_assert_cmpuint (engage_nps_query_get_n_matches (query), ==, n_all);
    g_assert_cmpstr (engage_nps_view_get_count_text (fixture->view), ==, "264 responses");
  }
}

static void
test_trend_period (Fixture       *fixture,
                   gconstpointer  data)
{
  const EngageNpsChartData *nps;

  open_view (fixture);

  /* The sample's responses run from May to November 2026. */
  nps = engage_chart_get_nps_data (engage_nps_view_get_trend_chart (fixture->view));
  g_assert_cmpint (nps->period, ==, ENGAGE_DATE_UNIT_MONTH);
  g_assert_cmpuint (nps->n_periods, ==, 7);
  g_assert_cmpstr (nps->title, ==, "Net Promoter Score per month");

  engage_nps_view_set_trend_period (fixture->view, ENGAGE_PERIOD_QUARTER);
  nps = engage_chart_get_nps_data (engage_nps_view_get_trend_chart (fixture->view));
  g_assert_cmpint (nps->period, ==, ENGAGE_DATE_UNIT_QUARTER);
  g_assert_cmpuint (nps->n_periods, ==, 3);
  g_assert_cmpstr (nps->title, ==, "Net Promoter Score per quarter");

  /* The "nps" chart that the report and engage-cli draw is unchanged. */
  {
    g_autoptr(EngageChart) chart = NULL;
    g_autoptr(GError) error = NULL;

    chart = engage_chart_data_build (fixture->project, "nps", NULL, NULL, SAMPLE_TODAY, &error);
    g_assert_no_error (error);
    g_assert_cmpint (engage_chart_get_nps_data (chart)->period, ==, ENGAGE_DATE_UNIT_MONTH);
  }

  /* A survey that is not there is an error, not the first survey. */
  {
    g_autoptr(EngageChart) chart = NULL;
    g_autoptr(GError) error = NULL;

    chart = engage_chart_data_build_nps_trend (fixture->project, 9999, ENGAGE_PERIOD_MONTH,
                                               NULL, NULL, SAMPLE_TODAY, &error);
    g_assert_null (chart);
    g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  }
}

static void
test_add_and_delete (Fixture       *fixture,
                     gconstpointer  data)
{
  guint n_detractors = count_sql (fixture, "length (trim (comment)) > 0 AND score <= 6");
  g_autoptr(EngageNpsResponseDialog) dialog = NULL;
  g_autoptr(EngageNpsResponse) first = NULL;
  g_autoptr(EngageNpsResponse) stored = NULL;
  g_autoptr(GError) error = NULL;
  EngageNpsQuery *query;
  gint64 id;

  open_view (fixture);
  query = engage_nps_view_get_query (fixture->view);
  engage_nps_view_set_category (fixture->view, ENGAGE_NPS_CATEGORY_DETRACTOR);
  g_assert_cmpuint (engage_nps_view_get_n_rows (fixture->view), ==, n_detractors);

  dialog = g_object_ref_sink (engage_nps_response_dialog_new (fixture->project,
                                                              engage_nps_view_get_survey_id (fixture->view),
                                                              SAMPLE_TODAY));
  g_assert_cmpstr (engage_nps_response_dialog_get_date (dialog), ==, SAMPLE_TODAY);

  /* No score, no response. */
  g_assert_false (engage_nps_response_dialog_save (dialog, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  engage_nps_response_dialog_set_score (dialog, 4);
  engage_nps_response_dialog_set_comment (dialog, "  The queue on Saturday was far too long.\n");
  engage_nps_response_dialog_set_segment (dialog, "Shop");
  engage_nps_response_dialog_set_respondent_id (dialog, "R-1001");
  g_assert_true (engage_nps_response_dialog_save (dialog, &error));
  g_assert_no_error (error);
  id = engage_nps_response_dialog_get_response_id (dialog);

  stored = engage_project_get_nps_response (fixture->project, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (engage_nps_response_get_score (stored), ==, 4);
  g_assert_cmpstr (engage_nps_response_get_comment (stored), ==, "The queue on Saturday was far too long.");
  g_assert_cmpstr (engage_nps_response_get_segment (stored), ==, "Shop");
  g_assert_cmpstr (engage_nps_response_get_respondent_id (stored), ==, "R-1001");

  /* The view follows at once: one row more, the newest at the top. */
  g_assert_cmpuint (engage_nps_view_get_n_rows (fixture->view), ==, n_detractors + 1);
  first = g_list_model_get_item (G_LIST_MODEL (query), 0);
  g_assert_cmpint (engage_nps_response_get_id (first), ==, id);

  /* One undo step takes it back. */
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Add Response");
  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (engage_nps_view_get_n_rows (fixture->view), ==, n_detractors);
  g_assert_cmpuint (engage_nps_query_get_n_matches (query), ==, n_detractors);

  /* Deleting from a row, and undo. */
  g_clear_object (&first);
  first = g_list_model_get_item (G_LIST_MODEL (query), 0);
  id = engage_nps_response_get_id (first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "nps.delete-response", "x", id));
  g_assert_cmpuint (engage_nps_view_get_n_rows (fixture->view), ==, n_detractors - 1);
  g_assert_null (engage_project_get_nps_response (fixture->project, id, NULL));
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Delete Response");
  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (engage_nps_view_get_n_rows (fixture->view), ==, n_detractors);
}

static void
test_empty_project (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(EngageNpsResponseDialog) dialog = NULL;
  g_autoptr(GListModel) surveys = NULL;
  g_autoptr(GError) error = NULL;

  open_view (fixture);
  g_assert_cmpstr (visible_page (fixture), ==, "empty");
  g_assert_cmpint (engage_nps_view_get_survey_id (fixture->view), ==, 0);

  /* The first response brings its survey along, in one edit. */
  dialog = g_object_ref_sink (engage_nps_response_dialog_new (fixture->project, 0, SAMPLE_TODAY));
  engage_nps_response_dialog_set_score (dialog, 10);
  engage_nps_response_dialog_set_comment (dialog, "Best bakery in town");
  g_assert_true (engage_nps_response_dialog_save (dialog, &error));
  g_assert_no_error (error);

  surveys = engage_project_list_nps_surveys (fixture->project);
  g_assert_cmpuint (g_list_model_get_n_items (surveys), ==, 1);
  g_assert_cmpstr (visible_page (fixture), ==, "nps");
  g_assert_cmpint (engage_nps_view_get_survey_id (fixture->view), >, 0);
  g_assert_cmpuint (engage_nps_view_get_n_rows (fixture->view), ==, 1);
  g_assert_cmpstr (engage_nps_view_get_count_text (fixture->view), ==, "1 comment");

  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (surveys), ==, 0);
  g_assert_cmpstr (visible_page (fixture), ==, "empty");
  g_assert_cmpuint (engage_nps_view_get_n_rows (fixture->view), ==, 0);
}

static void
test_surveys (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(EngageNpsSurvey) old = engage_nps_survey_new ("Spring 2025");
  g_autoptr(EngageNpsResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  gint64 sample_id;

  open_view (fixture);
  sample_id = engage_nps_view_get_survey_id (fixture->view);
  g_assert_cmpint (sample_id, >, 0);

  /* An older survey does not take the view over; choosing it does. */
  g_assert_true (engage_project_add_nps_survey (fixture->project, old, &error));
  g_assert_no_error (error);
  response = engage_nps_response_new (engage_nps_survey_get_id (old), "2025-04-01", 9);
  engage_nps_response_set_comment (response, "Still good");
  g_assert_true (engage_project_add_nps_response (fixture->project, response, &error));
  g_assert_no_error (error);
  g_assert_cmpint (engage_nps_view_get_survey_id (fixture->view), ==, sample_id);

  engage_nps_view_set_survey_id (fixture->view, engage_nps_survey_get_id (old));
  g_assert_cmpuint (engage_nps_view_get_n_rows (fixture->view), ==, 1);
  g_assert_cmpuint (engage_chart_get_nps_data (engage_nps_view_get_trend_chart (fixture->view))->n_periods,
                    ==, 1);

  /* When the survey shown goes, the latest one comes back. */
  g_assert_true (engage_project_delete_nps_survey (fixture->project, engage_nps_survey_get_id (old), &error));
  g_assert_no_error (error);
  g_assert_cmpint (engage_nps_view_get_survey_id (fixture->view), ==, sample_id);
  g_assert_cmpuint (engage_nps_query_get_n_matches (engage_nps_view_get_query (fixture->view)), ==, 92);
}

static void
test_span_range (void)
{
  struct {
    EngageNpsSpan span;
    const char   *today;
    const char   *from;
    const char   *to;
  } cases[] = {
    { ENGAGE_NPS_SPAN_ALL, "2026-11-23", NULL, NULL },
    { ENGAGE_NPS_SPAN_LAST_30_DAYS, "2026-11-23", "2026-10-25", "2026-11-23" },
    { ENGAGE_NPS_SPAN_LAST_90_DAYS, "2026-03-01", "2025-12-02", "2026-03-01" },
    { ENGAGE_NPS_SPAN_THIS_YEAR, "2024-02-29", "2024-01-01", "2024-12-31" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;

      engage_nps_span_get_range (cases[i].span, cases[i].today, &from, &to);
      g_assert_cmpstr (from, ==, cases[i].from);
      g_assert_cmpstr (to, ==, cases[i].to);
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/nps-view/span-range", test_span_range);
  g_test_add ("/ui/nps-view/comments", Fixture, NULL,
              fixture_set_up, test_comments, fixture_tear_down);
  g_test_add ("/ui/nps-view/filters", Fixture, NULL,
              fixture_set_up, test_filters, fixture_tear_down);
  g_test_add ("/ui/nps-view/trend-period", Fixture, NULL,
              fixture_set_up, test_trend_period, fixture_tear_down);
  g_test_add ("/ui/nps-view/add-and-delete", Fixture, NULL,
              fixture_set_up, test_add_and_delete, fixture_tear_down);
  g_test_add ("/ui/nps-view/surveys", Fixture, NULL,
              fixture_set_up, test_surveys, fixture_tear_down);
  g_test_add ("/ui/nps-view/empty-project", Fixture, "empty",
              fixture_set_up, test_empty_project, fixture_tear_down);

  return g_test_run ();
}
