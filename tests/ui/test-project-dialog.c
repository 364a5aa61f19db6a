/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "calendar/engage-calendar-page.h"
#include "engage-holidays.h"
#include "engage-project.h"
#include "engage-project-dialog.h"

/* Project Properties: each row changes the project in one undoable edit, the
 * rows follow undo, and the calendar shows the holidays of the region chosen. */

typedef struct
{
  char          *dir;
  EngageProject *project;
  GtkWindow     *window;
  GtkWindow     *dialog;
} Fixture;

/* Helpers */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("engage-project-dialog-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
  path = g_build_filename (fixture->dir, "Plan.engage", NULL);
  file = g_file_new_for_path (path);

  fixture->project = engage_project_create (file, "Plan", &error);
  g_assert_no_error (error);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->dialog = engage_project_dialog_present (fixture->window, fixture->project);
  g_assert_true (ENGAGE_IS_PROJECT_DIALOG (fixture->dialog));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "Plan.engage", NULL);

  gtk_window_destroy (fixture->window);
  engage_project_close (fixture->project);
  g_clear_object (&fixture->project);

  g_unlink (path);
  g_rmdir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static GtkWidget *
find_row (GtkWidget  *widget,
          GType       type,
          const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, type, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static AdwComboRow *
get_combo (Fixture    *fixture,
           const char *title)
{
  GtkWidget *row = find_row (GTK_WIDGET (fixture->dialog), ADW_TYPE_COMBO_ROW, title);

  g_assert_nonnull (row);
  return ADW_COMBO_ROW (row);
}

static AdwEntryRow *
get_entry (Fixture    *fixture,
           const char *title)
{
  GtkWidget *row = find_row (GTK_WIDGET (fixture->dialog), ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  return ADW_ENTRY_ROW (row);
}

/* The position of the item whose label is @label. */
static guint
find_item (AdwComboRow *row,
           const char  *label)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label))
      return i;

  g_assert_not_reached ();
}

static const char *
get_selected_label (AdwComboRow *row)
{
  GListModel *model = adw_combo_row_get_model (row);

  return gtk_string_list_get_string (GTK_STRING_LIST (model), adw_combo_row_get_selected (row));
}

static const char *
holiday_on (EngageCalendarPage *page,
            int                 year,
            int                 month,
            int                 day)
{
  EngageMonthModel *model = engage_calendar_page_get_model (page);
  GDate date;
  int index;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  index = engage_month_model_find_cell (model, &date);
  g_assert_cmpint (index, >=, 0);

  return engage_month_model_get_cell (model, index)->holiday;
}

static void
undo (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "project.undo", NULL));
}

/* Tests */

static void
test_holiday_region (Fixture       *fixture,
                     gconstpointer  data)
{
  AdwComboRow *row = get_combo (fixture, "Public _holidays");
  EngageCalendarPage *page = ENGAGE_CALENDAR_PAGE (engage_calendar_page_new (fixture->project));
  GDate january;

  gtk_window_set_child (fixture->window, GTK_WIDGET (page));
  g_date_clear (&january, 1);
  g_date_set_dmy (&january, 6, G_DATE_JANUARY, 2027);
  engage_calendar_page_set_day (page, &january);

  /* Epiphany is kept in Baden-Württemberg, not in the whole country. */
  g_assert_cmpstr (get_selected_label (row), ==, engage_holidays_get_region_name ("DE"));
  g_assert_null (holiday_on (page, 2027, 1, 6));
  g_assert_cmpstr (holiday_on (page, 2027, 1, 1), ==, "New Year’s Day");

  adw_combo_row_set_selected (row, find_item (row, engage_holidays_get_region_name ("DE-BW")));
  g_assert_cmpstr (engage_project_get_holiday_region (fixture->project), ==, "DE-BW");
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Change Holiday Region");
  g_assert_cmpstr (holiday_on (page, 2027, 1, 6), ==, "Epiphany");

  /* Ctrl+Z in the dialog takes the change back, and everything follows. */
  undo (fixture);
  g_assert_cmpstr (engage_project_get_holiday_region (fixture->project), ==, "DE");
  g_assert_cmpstr (get_selected_label (row), ==, engage_holidays_get_region_name ("DE"));
  g_assert_null (holiday_on (page, 2027, 1, 6));
  g_assert_false (engage_project_can_undo (fixture->project));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "project.redo", NULL));
  g_assert_cmpstr (get_selected_label (row), ==, engage_holidays_get_region_name ("DE-BW"));
  g_assert_cmpstr (holiday_on (page, 2027, 1, 6), ==, "Epiphany");

  /* A change made elsewhere shows in the dialog too. */
  g_assert_true (engage_project_set_holiday_region (fixture->project, "DE-BE", NULL));
  g_assert_cmpstr (get_selected_label (row), ==, engage_holidays_get_region_name ("DE-BE"));
  g_assert_null (holiday_on (page, 2027, 1, 6));
}

static void
test_details (Fixture       *fixture,
              gconstpointer  data)
{
  AdwEntryRow *name_row = get_entry (fixture, "_Name");
  AdwEntryRow *client_row = get_entry (fixture, "C_lient");
  AdwComboRow *language_row = get_combo (fixture, "_Language");
  AdwComboRow *time_zone_row = get_combo (fixture, "_Time zone");
  AdwComboRow *basis_row = get_combo (fixture, "_Engagement rate basis");

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Plan");
  g_assert_cmpstr (get_selected_label (time_zone_row), ==, "Europe/Berlin");
  g_assert_cmpstr (get_selected_label (language_row), ==, "German");
  g_assert_cmpstr (get_selected_label (basis_row), ==, "Reach");

  /* A name changes when applied, not with every key. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Bakery Plan");
  g_assert_cmpstr (engage_project_get_name (fixture->project), ==, "Plan");
  g_signal_emit_by_name (name_row, "apply");
  g_assert_cmpstr (engage_project_get_name (fixture->project), ==, "Bakery Plan");

  adw_combo_row_set_selected (language_row, find_item (language_row, "English"));
  g_assert_cmpstr (engage_project_get_language (fixture->project), ==, "en");

  adw_combo_row_set_selected (time_zone_row, find_item (time_zone_row, "America/New York"));
  g_assert_cmpstr (engage_project_get_time_zone (fixture->project), ==, "America/New_York");

  adw_combo_row_set_selected (basis_row, find_item (basis_row, "Followers"));
  g_assert_cmpint (engage_project_get_engagement_basis (fixture->project), ==,
                   ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS);

  /* Each change is one step; the rows go back with them. */
  undo (fixture);
  g_assert_cmpstr (get_selected_label (basis_row), ==, "Reach");
  g_assert_cmpstr (engage_project_get_time_zone (fixture->project), ==, "America/New_York");
  undo (fixture);
  g_assert_cmpstr (get_selected_label (time_zone_row), ==, "Europe/Berlin");
  g_assert_cmpstr (engage_project_get_language (fixture->project), ==, "en");
  undo (fixture);
  g_assert_cmpstr (get_selected_label (language_row), ==, "German");
  g_assert_cmpstr (engage_project_get_name (fixture->project), ==, "Bakery Plan");
  undo (fixture);
  g_assert_cmpstr (engage_project_get_name (fixture->project), ==, "Plan");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Plan");
  g_assert_false (engage_project_can_undo (fixture->project));

  /* A project keeps a name. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "   ");
  g_signal_emit_by_name (name_row, "apply");
  g_assert_cmpstr (engage_project_get_name (fixture->project), ==, "Plan");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Plan");
  g_assert_false (engage_project_can_undo (fixture->project));

  /* Text typed but not applied is kept when the window closes. */
  gtk_editable_set_text (GTK_EDITABLE (client_row), "Bäckerei Hägele");
  gtk_window_close (fixture->dialog);
  g_assert_cmpstr (engage_project_get_client (fixture->project), ==, "Bäckerei Hägele");
  g_assert_true (engage_project_can_undo (fixture->project));
}

static void
test_present_once (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_true (engage_project_dialog_present (fixture->window, fixture->project) == fixture->dialog);
  g_assert_true (gtk_window_get_transient_for (fixture->dialog) == fixture->window);
  g_assert_true (engage_project_dialog_get_project (ENGAGE_PROJECT_DIALOG (fixture->dialog)) ==
                 fixture->project);

  /* A project that is closed takes its dialog with it. */
  g_object_add_weak_pointer (G_OBJECT (fixture->dialog), (gpointer *) &fixture->dialog);
  engage_project_close (fixture->project);
  g_assert_null (fixture->dialog);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/project-dialog/holiday-region", Fixture, NULL,
              fixture_set_up, test_holiday_region, fixture_tear_down);
  g_test_add ("/ui/project-dialog/details", Fixture, NULL,
              fixture_set_up, test_details, fixture_tear_down);
  g_test_add ("/ui/project-dialog/present-once", Fixture, NULL,
              fixture_set_up, test_present_once, fixture_tear_down);

  return g_test_run ();
}
