/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-window-goals-actions"

#include "config.h"

#include "engage-window-private.h"

#include "goals/engage-data-import-dialog.h"
#include "engage-import.h"

#include <glib/gi18n.h>

/*
 * The window's import of measurements (win.import-metrics, win.import-nps):
 * a platform's analytics export or a survey tool's responses, chosen in a
 * file chooser or dropped on the Goals view, previewed and imported in
 * EngageDataImportDialog; the result is a toast with Undo.
 */

/* Helpers */

static void
set_action_enabled (EngageWindow *self,
                    const char   *name,
                    gboolean      enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
add_filter (GtkFileChooser     *chooser,
            const char         *name,
            const char * const *patterns,
            const char * const *mime_types)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  for (guint i = 0; mime_types[i] != NULL; i++)
    gtk_file_filter_add_mime_type (filter, mime_types[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

/* Callbacks */

static void
on_data_import_dialog_imported_cb (EngageWindow       *self,
                                   EngageImportReport *report)
{
  g_autofree char *toast = engage_data_import_format_toast (report);

  _engage_window_show_undo_toast (self, toast);
}

static void
on_chooser_response_cb (EngageWindow    *self,
                        int              response,
                        GtkNativeDialog *dialog)
{
  g_autoptr(GtkNativeDialog) native = NULL;
  g_autoptr(GFile) file = NULL;
  gboolean nps = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "engage-nps"));

  if (self->file_chooser == dialog)
    native = g_steal_pointer (&self->file_chooser);

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  gtk_native_dialog_destroy (dialog);

  if (file != NULL)
    _engage_window_import_data (self, file, nps);
}

static void
choose_file (EngageWindow *self,
             gboolean      nps)
{
  static const char * const csv_patterns[] = { "*.csv", "*.CSV", "*.tsv", NULL };
  static const char * const csv_types[] = { "text/csv", "text/tab-separated-values", NULL };
  static const char * const excel_patterns[] = { "*.xlsx", "*.XLSX", "*.xls", "*.XLS", NULL };
  static const char * const excel_types[] = {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.ms-excel",
    NULL
  };
  static const char * const all_patterns[] = { "*", NULL };
  static const char * const no_types[] = { NULL };
  GtkFileChooserNative *native;

  if (self->project == NULL)
    return;

  /* The window keeps the one file chooser it shows (see engage-window-actions.c). */
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  native = gtk_file_chooser_native_new (nps ? _("Import Survey Responses") : _("Import Analytics"),
                                        GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_object_set_data (G_OBJECT (native), "engage-nps", GINT_TO_POINTER (nps));
  g_signal_connect_object (native, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  self->file_chooser = GTK_NATIVE_DIALOG (native);

  add_filter (GTK_FILE_CHOOSER (native), _("Spreadsheets (CSV)"), csv_patterns, csv_types);
  add_filter (GTK_FILE_CHOOSER (native), _("Excel Workbooks"), excel_patterns, excel_types);
  add_filter (GTK_FILE_CHOOSER (native), _("All Files"), all_patterns, no_types);

  gtk_native_dialog_show (self->file_chooser);
}

static void
on_drop_kind_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          EngageWindow     *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "engage-file");

  if (g_str_equal (response, "metrics") || g_str_equal (response, "nps"))
    _engage_window_import_data (self, file, g_str_equal (response, "nps"));
}

/* A dropped file could be either kind of export, and only the user knows
 * which one it is meant as. */
static gboolean
on_goals_drop_cb (GtkDropTarget *target,
                  const GValue  *value,
                  double         x,
                  double         y,
                  EngageWindow  *self)
{
  GFile *file = g_value_get_object (value);
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (self->project == NULL || file == NULL)
    return FALSE;

  basename = g_file_get_basename (file);
  name = basename != NULL ? g_filename_display_name (basename) : g_file_get_parse_name (file);
  body = g_strdup_printf (_("Is “%s” an analytics export of a platform, or the responses of a survey?"),
                          name);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Import File?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "nps", _("_Survey Responses"),
                                    "metrics", _("_Analytics"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "metrics",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "metrics");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "engage-file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_drop_kind_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

/* Actions */

static void
import_metrics_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  choose_file (ENGAGE_WINDOW (user_data), FALSE);
}

static void
import_nps_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  choose_file (ENGAGE_WINDOW (user_data), TRUE);
}

static const GActionEntry goals_entries[] = {
  { "import-metrics", import_metrics_action },
  { "import-nps", import_nps_action },
};

static void
update_goals_actions (EngageWindow *self)
{
  gboolean has_project = self->project != NULL;

  for (guint i = 0; i < G_N_ELEMENTS (goals_entries); i++)
    set_action_enabled (self, goals_entries[i].name, has_project);
}

/* Private API */

/**
 * _engage_window_import_data:
 * @file: an analytics export, or with @nps a survey export
 * @nps: whether @file holds survey responses
 *
 * Shows the preview of importing @file into the window's project; importing
 * ends in a toast with Undo.
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL without a project
 */
GtkWindow *
_engage_window_import_data (EngageWindow *self,
                            GFile        *file,
                            gboolean      nps)
{
  GtkWindow *dialog;

  g_return_val_if_fail (ENGAGE_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (self->project == NULL)
    return NULL;

  dialog = engage_data_import_dialog_present_for_file (GTK_WINDOW (self), self->project, file, nps);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_data_import_dialog_imported_cb), self,
                           G_CONNECT_SWAPPED);

  return dialog;
}

void
_engage_window_init_goals_actions (EngageWindow *self)
{
  GtkDropTarget *drop;

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   goals_entries, G_N_ELEMENTS (goals_entries),
                                   self);
  g_signal_connect (self, "notify::project", G_CALLBACK (update_goals_actions), NULL);
  update_goals_actions (self);

  /* On the window's bin around the Goals page: the page stays the page's. */
  drop = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);
  g_signal_connect_object (drop, "drop", G_CALLBACK (on_goals_drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->goals_bin), GTK_EVENT_CONTROLLER (drop));
}
