/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-window-report-actions"

#include "config.h"

#include <string.h>

#include "engage-window-private.h"

#include "engage-report.h"

#include <glib/gi18n.h>

/*
 * The strategy report from the window (win.export-report, win.print-report):
 * the same pages as `engage-cli export report`, written to a PDF or sent to a
 * printer. The report reads the project in the main thread; only the writing,
 * which no longer touches the project, runs in a worker thread, with a
 * progress dialog and Cancel.
 */

#define PROGRESS_INTERVAL_MS 100

typedef struct
{
  EngageWindow   *window;
  EngageReport   *report;
  GFile          *file;
  GCancellable   *cancellable;
  GtkWidget      *dialog;
  GtkProgressBar *bar;
  guint           timeout_id;
  int             permille;   /* written by the worker, read by the timeout */
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_handle_id (&job->timeout_id, g_source_remove);
  if (job->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (job->dialog));
  g_clear_object (&job->window);
  g_clear_object (&job->report);
  g_clear_object (&job->file);
  g_clear_object (&job->cancellable);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportJob, export_job_free)

/* Helpers */

static void
set_action_enabled (EngageWindow *self,
                    const char   *name,
                    gboolean      enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

/* "Bakery Plan – Report.pdf", from the project's name or file name. */
static char *
dup_report_name (EngageWindow *self)
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

  /* Translators: the file name of an exported report; %s is the project's name */
  return g_strdup_printf (_("%s – Report.pdf"), name);
}

/* Reads the project into a report now, in the main thread. */
static EngageReport *
build_report (EngageWindow *self,
              const char   *heading)
{
  g_autoptr(EngageReport) report = engage_report_new (self->project, NULL, NULL);
  g_autoptr(GError) error = NULL;

  if (!engage_report_build (report, NULL, &error))
    {
      engage_window_show_error (self, heading, error->message);
      return NULL;
    }

  return g_steal_pointer (&report);
}

static void
show_open_toast (EngageWindow *self,
                 GFile        *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *display = g_filename_display_name (basename);
  g_autofree char *title = g_strdup_printf (_("Report saved as “%s”"), display);
  g_autofree char *markup = g_markup_escape_text (title, -1);
  g_autofree char *uri = g_file_get_uri (file);
  AdwToast *toast = adw_toast_new (markup);

  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-report");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Callbacks */

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  ExportJob *job = user_data;

  g_atomic_int_set (&job->permille, (int) (CLAMP (fraction, 0.0, 1.0) * 1000));
}

static gboolean
update_progress_cb (gpointer user_data)
{
  ExportJob *job = user_data;

  gtk_progress_bar_set_fraction (job->bar, g_atomic_int_get (&job->permille) / 1000.0);

  return G_SOURCE_CONTINUE;
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(GError) error = NULL;

  if (!engage_report_write_pdf (job->report, job->file, progress_cb, job, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_written_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  EngageWindow *self = ENGAGE_WINDOW (source_object);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  set_action_enabled (self, "export-report", self->project != NULL);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        engage_window_show_error (self, _("Could Not Export Report"), error->message);
      return;
    }

  show_open_toast (self, job->file);
}

static void
on_cancel_clicked_cb (GtkButton *button,
                      ExportJob *job)
{
  g_cancellable_cancel (job->cancellable);
  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
}

static GtkWidget *
create_progress_dialog (ExportJob *job)
{
  GtkWidget *dialog = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *label = gtk_label_new (_("Writing Report…"));
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));

  gtk_window_set_title (GTK_WINDOW (dialog), _("Export Report"));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (job->window));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_deletable (GTK_WINDOW (dialog), FALSE);
  gtk_window_set_resizable (GTK_WINDOW (dialog), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, -1);

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);

  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);

  job->bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (job->bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Writing Report…"),
                                  -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (job->bar));

  gtk_widget_set_halign (cancel, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (cancel, "pill");
  g_signal_connect (cancel, "clicked", G_CALLBACK (on_cancel_clicked_cb), job);
  gtk_box_append (GTK_BOX (box), cancel);

  adw_window_set_content (ADW_WINDOW (dialog), box);

  return dialog;
}

static void
export_to (EngageWindow *self,
           GFile        *file)
{
  g_autoptr(EngageReport) report = build_report (self, _("Could Not Export Report"));
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  if (report == NULL)
    return;

  job = g_new0 (ExportJob, 1);
  job->window = g_object_ref (self);
  job->report = g_steal_pointer (&report);
  job->file = g_object_ref (file);
  job->cancellable = g_cancellable_new ();
  job->dialog = create_progress_dialog (job);
  job->timeout_id = g_timeout_add (PROGRESS_INTERVAL_MS, update_progress_cb, job);

  set_action_enabled (self, "export-report", FALSE);
  gtk_window_present (GTK_WINDOW (job->dialog));

  task = g_task_new (self, job->cancellable, on_written_cb, NULL);
  g_task_set_source_tag (task, export_to);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, write_thread);
}

static void
on_export_chooser_response_cb (EngageWindow    *self,
                               int              response,
                               GtkNativeDialog *dialog)
{
  g_autoptr(GtkNativeDialog) native = NULL;
  g_autoptr(GFile) file = NULL;

  if (self->file_chooser == dialog)
    native = g_steal_pointer (&self->file_chooser);

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  gtk_native_dialog_destroy (dialog);

  if (file != NULL && self->project != NULL)
    export_to (self, file);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   EngageReport      *report)
{
  gtk_print_operation_set_n_pages (operation, (int) engage_report_get_n_pages (report));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 EngageReport      *report)
{
  engage_report_paint_page (report, gtk_print_context_get_cairo_context (context), (guint) page,
                            gtk_print_context_get_width (context),
                            gtk_print_context_get_height (context));
}

/* Actions */

static void
export_report_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  EngageWindow *self = ENGAGE_WINDOW (user_data);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *native;

  if (self->project == NULL)
    return;

  /* The window keeps the one file chooser it shows (see engage-window-actions.c). */
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  native = gtk_file_chooser_native_new (_("Export Report"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_object (native, "response", G_CALLBACK (on_export_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  self->file_chooser = GTK_NATIVE_DIALOG (native);

  gtk_file_filter_set_name (filter, _("PDF Documents"));
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  name = dup_report_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);

  gtk_native_dialog_show (self->file_chooser);
}

static void
print_report_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  EngageWindow *self = ENGAGE_WINDOW (user_data);
  g_autoptr(EngageReport) report = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPaperSize) a4 = NULL;
  g_autoptr(GError) error = NULL;

  if (self->project == NULL)
    return;

  report = build_report (self, _("Could Not Print Report"));
  if (report == NULL)
    return;

  /* The pages are laid out for A4 in points, as in the PDF. */
  a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  setup = gtk_page_setup_new ();
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, engage_report_get_title (report));
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, FALSE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), report);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), report);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    engage_window_show_error (self, _("Could Not Print Report"), error->message);
}

static void
open_report_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  EngageWindow *self = ENGAGE_WINDOW (user_data);

  gtk_show_uri (GTK_WINDOW (self), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

static const GActionEntry report_entries[] = {
  { "export-report", export_report_action },
  { "print-report", print_report_action },
  { "open-report", open_report_action, "s" },
};

static void
update_report_actions (EngageWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  gboolean has_project = self->project != NULL;

  set_action_enabled (self, "export-report", has_project);
  set_action_enabled (self, "print-report", has_project);

  /* The accelerators belong to the application, which the window only knows
   * once it is shown; setting them again is harmless. */
  if (application != NULL)
    {
      static const char * const export_accels[] = { "<Shift><Control>e", NULL };
      static const char * const print_accels[] = { "<Control>p", NULL };

      gtk_application_set_accels_for_action (application, "win.export-report", export_accels);
      gtk_application_set_accels_for_action (application, "win.print-report", print_accels);
    }
}

/* Private API */

void
_engage_window_init_report_actions (EngageWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   report_entries, G_N_ELEMENTS (report_entries),
                                   self);
  g_signal_connect (self, "notify::project", G_CALLBACK (update_report_actions), NULL);
  g_signal_connect (self, "notify::application", G_CALLBACK (update_report_actions), NULL);
  update_report_actions (self);
}
