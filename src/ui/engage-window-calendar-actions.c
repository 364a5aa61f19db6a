/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-window-calendar-actions"

#include "config.h"

#include <string.h>

#include "engage-window-private.h"

#include "calendar/engage-calendar-page.h"
#include "calendar/engage-import-dialog.h"
#include "calendar/engage-month-print.h"
#include "engage-ics.h"
#include "engage-post-csv.h"

#include <glib/gi18n.h>

/*
 * The window's import and export of posts (win.import-posts, win.export-ics,
 * win.export-csv): a spreadsheet plan in, the calendar out as an iCalendar file
 * or a spreadsheet. Failures end in a dialog with core's one sentence,
 * success in a toast.
 */

typedef enum
{
  EXPORT_ICS,
  EXPORT_CSV,
} ExportFormat;

/* Helpers */

static void
set_action_enabled (EngageWindow *self,
                    const char   *name,
                    gboolean      enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static char *
dup_display_basename (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return g_filename_display_name (basename);
}

/* "Bakery Plan" + ".ics" → "Bakery Plan.ics", from the project's name. */
static char *
dup_export_name (EngageWindow *self,
                 const char   *suffix)
{
  g_autofree char *name = engage_project_dup_display_name (self->project);
  const char *project_name = engage_project_get_name (self->project);

  if (project_name != NULL && project_name[0] != '\0')
    {
      g_free (name);
      name = g_strdup (project_name);
    }
  else if (g_str_has_suffix (name, ".engage"))
    {
      name[strlen (name) - strlen (".engage")] = '\0';
    }

  /* A slash would make the name a folder. */
  g_strdelimit (name, "/", '-');

  return g_strconcat (name, suffix, NULL);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern,
            const char     *mime_type)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_chooser_add_filter (chooser, filter);
}

/* The window keeps the one file chooser it shows (see engage-window-actions.c). */
static GtkFileChooser *
create_file_chooser (EngageWindow         *self,
                     const char           *title,
                     GtkFileChooserAction  action,
                     const char           *accept_label,
                     GCallback             response_cb)
{
  GtkFileChooserNative *native;

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  native = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_object (native, "response", response_cb, self, G_CONNECT_SWAPPED);
  self->file_chooser = GTK_NATIVE_DIALOG (native);

  return GTK_FILE_CHOOSER (native);
}

static GFile *
take_chosen_file (EngageWindow    *self,
                  int              response,
                  GtkNativeDialog *dialog)
{
  g_autoptr(GtkNativeDialog) native = NULL;
  GFile *file = NULL;

  if (self->file_chooser == dialog)
    native = g_steal_pointer (&self->file_chooser);

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  gtk_native_dialog_destroy (dialog);

  return file;
}

static void
export_to (EngageWindow *self,
           GFile        *file,
           ExportFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = dup_display_basename (file);
  g_autofree char *toast = NULL;
  gboolean ok;

  if (format == EXPORT_ICS)
    ok = engage_ics_export (self->project, file, NULL, NULL, &error);
  else
    ok = engage_post_csv_export (self->project, file, NULL, NULL,
                                 engage_post_csv_get_default_delimiter (self->project),
                                 engage_post_csv_get_default_decimal_mark (self->project),
                                 &error);

  if (!ok)
    {
      engage_window_show_error (self, _("Could Not Export Posts"), error->message);
      return;
    }

  toast = g_strdup_printf (_("Exported to “%s”"), name);
  engage_window_show_toast (self, toast);
}

/* Callbacks */

static void
on_export_ics_chooser_response_cb (EngageWindow    *self,
                                   int              response,
                                   GtkNativeDialog *dialog)
{
  g_autoptr(GFile) file = take_chosen_file (self, response, dialog);

  if (file != NULL && self->project != NULL)
    export_to (self, file, EXPORT_ICS);
}

static void
on_export_csv_chooser_response_cb (EngageWindow    *self,
                                   int              response,
                                   GtkNativeDialog *dialog)
{
  g_autoptr(GFile) file = take_chosen_file (self, response, dialog);

  if (file != NULL && self->project != NULL)
    export_to (self, file, EXPORT_CSV);
}

static void
on_import_dialog_imported_cb (EngageWindow       *self,
                              EngageImportDialog *dialog)
{
  EngagePostCsvImport *import = engage_import_dialog_get_import (dialog);
  EngageImportBatch *batch = engage_post_csv_import_get_batch (import);
  guint n = batch != NULL ? engage_import_batch_get_rows_imported (batch) : 0;
  g_autofree char *toast = NULL;

  toast = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u post", "Imported %u posts", n),
                           n);
  _engage_window_show_undo_toast (self, toast);
}

/**
 * _engage_window_import_posts:
 * @file: a spreadsheet of posts
 *
 * Reads @file and shows its preview in the import dialog, or explains why it
 * cannot be read.
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL when @file was
 *   refused
 */
GtkWindow *
_engage_window_import_posts (EngageWindow *self,
                             GFile        *file)
{
  g_autoptr(EngagePostCsvImport) import = NULL;
  g_autoptr(EngageImportDialog) import_dialog = NULL;
  g_autoptr(GError) error = NULL;

  if (self->project == NULL)
    return NULL;

  import = engage_post_csv_import_new (self->project, file, &error);
  if (import == NULL)
    {
      engage_window_show_error (self, _("Could Not Import Posts"), error->message);
      return NULL;
    }

  import_dialog = engage_import_dialog_new (self->project, import);
  gtk_window_set_transient_for (GTK_WINDOW (import_dialog), GTK_WINDOW (self));
  g_signal_connect_object (import_dialog, "imported",
                           G_CALLBACK (on_import_dialog_imported_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (import_dialog));

  /* The dialog is a toplevel: GTK keeps it alive until it is destroyed. */
  return GTK_WINDOW (import_dialog);
}

static void
on_import_chooser_response_cb (EngageWindow    *self,
                               int              response,
                               GtkNativeDialog *dialog)
{
  g_autoptr(GFile) file = take_chosen_file (self, response, dialog);

  if (file != NULL)
    _engage_window_import_posts (self, file);
}

/* A toast on its way out takes no new title: the next one is a new toast. */
/* Actions */

static void
import_posts_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  EngageWindow *self = ENGAGE_WINDOW (user_data);
  GtkFileChooser *chooser;
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->project == NULL)
    return;

  chooser = create_file_chooser (self, _("Import Posts from Spreadsheet"),
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                 G_CALLBACK (on_import_chooser_response_cb));
  add_filter (chooser, _("Spreadsheets (CSV)"), "*.csv", "text/csv");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);
  gtk_native_dialog_show (self->file_chooser);
}

static void
export_ics_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  EngageWindow *self = ENGAGE_WINDOW (user_data);
  g_autofree char *name = NULL;
  GtkFileChooser *chooser;

  if (self->project == NULL)
    return;

  chooser = create_file_chooser (self, _("Export to Calendar File"),
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                 G_CALLBACK (on_export_ics_chooser_response_cb));
  add_filter (chooser, _("Calendar Files"), "*.ics", "text/calendar");
  name = dup_export_name (self, ".ics");
  gtk_file_chooser_set_current_name (chooser, name);
  gtk_native_dialog_show (self->file_chooser);
}

static void
export_csv_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  EngageWindow *self = ENGAGE_WINDOW (user_data);
  g_autofree char *name = NULL;
  GtkFileChooser *chooser;

  if (self->project == NULL)
    return;

  chooser = create_file_chooser (self, _("Export to Spreadsheet"),
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                 G_CALLBACK (on_export_csv_chooser_response_cb));
  add_filter (chooser, _("Spreadsheets (CSV)"), "*.csv", "text/csv");
  name = dup_export_name (self, ".csv");
  gtk_file_chooser_set_current_name (chooser, name);
  gtk_native_dialog_show (self->file_chooser);
}

static void
print_calendar_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  EngageWindow *self = ENGAGE_WINDOW (user_data);
  GtkWidget *page = adw_bin_get_child (self->calendar_bin);
  g_autoptr(GError) error = NULL;

  if (self->project == NULL || !ENGAGE_IS_CALENDAR_PAGE (page))
    return;

  /* What the month or week view shows, also when the list is on screen. */
  if (!engage_month_print_run (GTK_WINDOW (self), self->project,
                               engage_calendar_page_get_model (ENGAGE_CALENDAR_PAGE (page)), &error))
    engage_window_show_error (self, _("Could Not Print Calendar"), error->message);
}

static const GActionEntry calendar_entries[] = {
  { "import-posts", import_posts_action },
  { "export-ics", export_ics_action },
  { "export-csv", export_csv_action },
  { "print-calendar", print_calendar_action },
};

static void
update_calendar_actions (EngageWindow *self)
{
  gboolean has_project = self->project != NULL;

  for (guint i = 0; i < G_N_ELEMENTS (calendar_entries); i++)
    set_action_enabled (self, calendar_entries[i].name, has_project);
}

/* Private API */

void
_engage_window_init_calendar_actions (EngageWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   calendar_entries, G_N_ELEMENTS (calendar_entries),
                                   self);
  g_signal_connect (self, "notify::project", G_CALLBACK (update_calendar_actions), NULL);
  update_calendar_actions (self);
}
