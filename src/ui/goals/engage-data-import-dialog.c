/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-data-import-dialog"

#include "config.h"

#include <string.h>

#include "engage-data-import-dialog-private.h"

#include "engage-format.h"
#include "engage-import-nps.h"

#include <glib/gi18n.h>

/*
 * "Import Analytics…" and "Import Survey Responses…": the preview of a
 * platform or survey export, then the import itself.
 *
 * The preview is core's dry run: the file is read in a thread and applied to
 * the project inside an edit that is then rolled back, so the counts it shows
 * are exactly what Import will do. Only one run (preview or import) touches
 * the project at a time: an option changed while a preview runs cancels it
 * and starts the next one when it has finished.
 *
 * How a report is shown is in engage-data-import-dialog-preview.c.
 */

G_DEFINE_FINAL_TYPE (EngageDataImportDialog, engage_data_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void start_preview (EngageDataImportDialog *self);

/* Helpers */

static void
replace_string (char       **field,
                const char  *value)
{
  char *copy = g_strdup (value);

  g_free (*field);
  *field = copy;
}

/* Responses without a date column need one; until the user gives it, the
 * preview reads them with today's, which changes no count. */
static char *
dup_today (EngageDataImportDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (engage_project_get_tz (self->project));

  return g_date_time_format (now, "%Y-%m-%d");
}

static void
set_running (EngageDataImportDialog *self,
             gboolean                running)
{
  if (self->running == running)
    return;

  self->running = running;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
update_actions (EngageDataImportDialog *self)
{
  gboolean again = self->report != NULL && engage_import_report_get_previous_import (self->report) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "data-import.run",
                                 engage_data_import_dialog_can_import (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "data-import.cancel", !self->cancelling);
  gtk_button_set_label (GTK_BUTTON (self->import_button), again ? _("Import _Again") : _("_Import"));
}

static void
update_preview (EngageDataImportDialog *self)
{
  _engage_data_import_dialog_show_report (self);

  gtk_spinner_stop (self->summary_spinner);
  gtk_stack_set_visible_child_name (self->summary_icon_stack, "icon");
  gtk_spinner_stop (self->loading_spinner);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  self->state = STATE_PREVIEW;
  update_actions (self);
}

static void
fill_options (EngageDataImportDialog *self,
              EngageImportOptions    *options,
              char                  **placeholder_date,
              gboolean                dry_run)
{
  memset (options, 0, sizeof *options);
  options->format = _engage_data_import_dialog_get_chosen_format (self);
  options->channel = self->channel;
  options->column = self->column;
  options->dry_run = dry_run;

  if (self->needs_date)
    {
      if (self->date == NULL)
        *placeholder_date = dup_today (self);
      options->date = self->date != NULL ? self->date : *placeholder_date;
    }
}

static gboolean
is_no_date_error (const GError *error)
{
  return g_error_matches (error, ENGAGE_IMPORT_ERROR, ENGAGE_IMPORT_ERROR_INVALID) &&
         _engage_data_import_match_message (error->message, MSG_NO_DATE, FALSE, NULL);
}

/* The preview and the import run the same importer, a dry run or not; both hold
 * a reference on the dialog until they are done. */
static void
start_import (EngageDataImportDialog    *self,
              const EngageImportOptions *options,
              EngageImportProgressFunc   progress,
              GAsyncReadyCallback        done)
{
  if (self->nps)
    engage_import_nps_async (self->project, self->file, options, self->cancellable,
                             progress, g_object_ref (self), g_object_unref,
                             done, g_object_ref (self));
  else
    engage_import_metrics_async (self->project, self->file, options, self->cancellable,
                                 progress, g_object_ref (self), g_object_unref,
                                 done, g_object_ref (self));
}

static EngageImportReport *
finish_import (EngageDataImportDialog  *self,
               GObject                 *object,
               GAsyncResult            *result,
               GError                 **error)
{
  if (self->nps)
    return engage_import_nps_finish (ENGAGE_PROJECT (object), result, error);

  return engage_import_metrics_finish (ENGAGE_PROJECT (object), result, error);
}

/* Callbacks */

static void
on_preview_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(EngageDataImportDialog) self = user_data;
  g_autoptr(EngageImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = finish_import (self, object, result, &error);

  set_running (self, FALSE);

  /* Closed meanwhile. */
  if (self->project == NULL)
    return;

  if (self->rerun)
    {
      self->rerun = FALSE;
      start_preview (self);
      return;
    }

  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  if (report == NULL && self->nps && !self->needs_date && is_no_date_error (error))
    {
      self->needs_date = TRUE;
      start_preview (self);
      return;
    }

  g_clear_object (&self->report);
  g_clear_error (&self->error);
  self->report = g_steal_pointer (&report);
  self->error = g_steal_pointer (&error);

  update_preview (self);
}

/* A big file takes a while to read: the first preview shows how far it got. */
static void
on_preview_progress_cb (double   fraction,
                        gpointer user_data)
{
  EngageDataImportDialog *self = user_data;

  if (self->project == NULL || self->state != STATE_LOADING)
    return;

  gtk_progress_bar_set_fraction (self->loading_progress, fraction);
  gtk_widget_set_visible (GTK_WIDGET (self->loading_progress), fraction > 0.0 && fraction < 1.0);
}

static void
run_dry_run (EngageDataImportDialog *self)
{
  g_autofree char *placeholder_date = NULL;
  EngageImportOptions options;

  fill_options (self, &options, &placeholder_date, TRUE);
  start_import (self, &options, on_preview_progress_cb, on_preview_done_cb);
}

static void
list_columns_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  GError *error = NULL;
  GStrv columns = engage_import_nps_list_score_columns (task_data, cancellable, &error);

  if (columns != NULL)
    g_task_return_pointer (task, columns, (GDestroyNotify) g_strfreev);
  else
    g_task_return_error (task, error);
}

static void
on_columns_listed_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  EngageDataImportDialog *self = ENGAGE_DATA_IMPORT_DIALOG (object);
  g_auto(GStrv) columns = g_task_propagate_pointer (G_TASK (result), NULL);

  set_running (self, FALSE);
  if (self->project == NULL)
    return;

  if (self->rerun)
    {
      self->rerun = FALSE;
      start_preview (self);
      return;
    }

  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  /* A file core cannot read lists nothing; the dry run says why. */
  self->columns_listed = TRUE;
  self->score_columns = g_steal_pointer (&columns);
  if (self->score_columns != NULL && g_strv_length (self->score_columns) > 1)
    {
      g_autoptr(GtkStringList) names = gtk_string_list_new ((const char * const *) self->score_columns);

      /* Core imports the first of them unless told otherwise. */
      self->updating++;
      adw_combo_row_set_model (self->column_row, G_LIST_MODEL (names));
      adw_combo_row_set_selected (self->column_row, 0);
      self->updating--;
    }

  set_running (self, TRUE);
  run_dry_run (self);
}

static void
start_preview (EngageDataImportDialog *self)
{
  if (self->running)
    {
      self->rerun = TRUE;
      g_cancellable_cancel (self->cancellable);
      return;
    }

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  set_running (self, TRUE);

  /* The first reading fills the page; later ones keep it and turn its icon. */
  if (self->state == STATE_LOADING)
    {
      gtk_spinner_start (self->loading_spinner);
    }
  else
    {
      gtk_spinner_start (self->summary_spinner);
      gtk_stack_set_visible_child_name (self->summary_icon_stack, "spinner");
    }
  update_actions (self);

  if (self->nps && !self->columns_listed)
    {
      g_autoptr(GTask) task = g_task_new (self, self->cancellable, on_columns_listed_cb, NULL);

      g_task_set_task_data (task, g_object_ref (self->file), g_object_unref);
      g_task_run_in_thread (task, list_columns_thread);
      return;
    }

  run_dry_run (self);
}

static void
on_format_selected_cb (EngageDataImportDialog *self)
{
  if (self->updating > 0 || self->state == STATE_IMPORTING)
    return;

  /* Another format may be another kind of export: ask again. */
  self->needs_channel = FALSE;
  self->needs_date = FALSE;
  g_clear_pointer (&self->channel, g_free);
  start_preview (self);
}

static void
on_channel_selected_cb (EngageDataImportDialog *self)
{
  GtkStringObject *item;

  if (self->updating > 0 || self->state == STATE_IMPORTING)
    return;

  item = adw_combo_row_get_selected_item (self->channel_row);
  if (item == NULL)
    return;

  replace_string (&self->channel, gtk_string_object_get_string (item));
  start_preview (self);
}

static void
on_column_selected_cb (EngageDataImportDialog *self)
{
  guint selected;

  if (self->updating > 0 || self->state == STATE_IMPORTING || self->score_columns == NULL)
    return;

  selected = adw_combo_row_get_selected (self->column_row);
  if (selected >= g_strv_length (self->score_columns))
    return;

  replace_string (&self->column, self->score_columns[selected]);
  start_preview (self);
}

static void
on_calendar_day_selected_cb (EngageDataImportDialog *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");
  GtkPopover *popover = gtk_menu_button_get_popover (self->date_button);

  gtk_popover_popdown (popover);

  if (g_strcmp0 (date, self->date) == 0 || self->state == STATE_IMPORTING)
    return;

  replace_string (&self->date, date);
  _engage_data_import_dialog_update_nps_rows (self);
  start_preview (self);
}

static gboolean
take_clicked_day_cb (gpointer data)
{
  EngageDataImportDialog *self = data;

  if (self->project != NULL)
    on_calendar_day_selected_cb (self);
  return G_SOURCE_REMOVE;
}

/* GtkCalendar says nothing when the day clicked is the one it shows selected,
 * today at first: a click on a day of the month is an answer all the same. */
static void
on_calendar_pressed_cb (GtkGestureClick        *gesture,
                        int                     n_press,
                        double                  x,
                        double                  y,
                        EngageDataImportDialog *self)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->calendar), x, y, GTK_PICK_DEFAULT);

  if (GTK_IS_LABEL (picked) &&
      gtk_widget_has_css_class (picked, "day-number") &&
      !gtk_widget_has_css_class (picked, "other-month"))
    g_idle_add_full (G_PRIORITY_DEFAULT, take_clicked_day_cb, g_object_ref (self), g_object_unref);
}

static void
on_progress_cb (double   fraction,
                gpointer user_data)
{
  EngageDataImportDialog *self = user_data;

  if (self->project != NULL)
    gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

static void
on_import_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(EngageDataImportDialog) self = user_data;
  g_autoptr(EngageImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = finish_import (self, object, result, &error);

  set_running (self, FALSE);
  self->cancelling = FALSE;

  if (self->project == NULL)
    return;

  /* Core reports a Cancel that came after the commit as the import it is. */
  if (report != NULL)
    {
      self->state = STATE_PREVIEW;
      g_signal_emit (self, signals[SIGNAL_IMPORTED], 0, report);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  self->state = STATE_PREVIEW;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  /* Refused while writing (the file changed since the preview …): the
   * project is unchanged, the dialog says why. */
  g_clear_object (&self->report);
  g_clear_error (&self->error);
  self->error = g_steal_pointer (&error);
  update_preview (self);
}

/* Actions */

static void
run_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  EngageDataImportDialog *self = ENGAGE_DATA_IMPORT_DIALOG (widget);
  g_autofree char *placeholder_date = NULL;
  g_autofree char *description = NULL;
  g_autofree char *number = NULL;
  EngageImportOptions options;
  guint rows;

  if (!engage_data_import_dialog_can_import (self))
    return;

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->state = STATE_IMPORTING;
  set_running (self, TRUE);

  rows = engage_import_report_get_rows_imported (self->report);
  number = engage_format_number (rows);
  /* Translators: below "Importing…", e.g. "81 rows from “posts.csv”" */
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s row from “%s”",
                                              "%s rows from “%s”", rows),
                                 number, self->file_name);
  adw_status_page_set_title (self->importing_page, _("Importing…"));
  adw_status_page_set_description (self->importing_page, description);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_stack_set_visible_child_name (self->stack, "importing");
  update_actions (self);

  fill_options (self, &options, &placeholder_date, FALSE);
  start_import (self, &options, on_progress_cb, on_import_done_cb);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EngageDataImportDialog *self = ENGAGE_DATA_IMPORT_DIALOG (widget);

  if (self->state != STATE_IMPORTING)
    {
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  /* Core rolls the edit back at its next slice, or reports the commit that
   * came first; the dialog closes when it answers. */
  self->cancelling = TRUE;
  adw_status_page_set_title (self->importing_page, _("Cancelling…"));
  g_cancellable_cancel (self->cancellable);
  update_actions (self);
}

/* Vfuncs */

static gboolean
engage_data_import_dialog_close_request (GtkWindow *window)
{
  EngageDataImportDialog *self = ENGAGE_DATA_IMPORT_DIALOG (window);

  /* Half an import cannot be left behind: only Cancel stops it. */
  if (self->state == STATE_IMPORTING)
    return TRUE;

  g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (engage_data_import_dialog_parent_class)->close_request (window);
}

static void
engage_data_import_dialog_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  EngageDataImportDialog *self = ENGAGE_DATA_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->running);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_data_import_dialog_dispose (GObject *object)
{
  EngageDataImportDialog *self = ENGAGE_DATA_IMPORT_DIALOG (object);

  /* A preview still applying rolls back at its next slice. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), ENGAGE_TYPE_DATA_IMPORT_DIALOG);

  g_clear_object (&self->project);
  g_clear_object (&self->file);
  g_clear_object (&self->report);
  g_clear_object (&self->channel_names);
  g_clear_pointer (&self->added_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (engage_data_import_dialog_parent_class)->dispose (object);
}

static void
engage_data_import_dialog_finalize (GObject *object)
{
  EngageDataImportDialog *self = ENGAGE_DATA_IMPORT_DIALOG (object);

  g_clear_error (&self->error);
  g_clear_pointer (&self->score_columns, g_strfreev);
  g_free (self->file_name);
  g_free (self->channel);
  g_free (self->channel_kind);
  g_free (self->column);
  g_free (self->date);

  G_OBJECT_CLASS (engage_data_import_dialog_parent_class)->finalize (object);
}

static void
engage_data_import_dialog_class_init (EngageDataImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->get_property = engage_data_import_dialog_get_property;
  object_class->dispose = engage_data_import_dialog_dispose;
  object_class->finalize = engage_data_import_dialog_finalize;
  window_class->close_request = engage_data_import_dialog_close_request;

  /**
   * EngageDataImportDialog:busy:
   *
   * Whether a preview or the import is running.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EngageDataImportDialog::imported:
   * @report: what the import did
   *
   * The file was imported (one undo step); the dialog closes after this.
   */
  signals[SIGNAL_IMPORTED] = g_signal_new ("imported",
                                           G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, ENGAGE_TYPE_IMPORT_REPORT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/goals/engage-data-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, loading_label);
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, loading_progress);
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, summary_icon_stack);
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, summary_icon);
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, summary_spinner);
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, details_label);
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, counts_box);
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, channel_row);
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, new_channel_row);
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, new_survey_row);
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, column_row);
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, messages_group);
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, rows_group);
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, importing_page);
  gtk_widget_class_bind_template_child (widget_class, EngageDataImportDialog, progress_bar);

  gtk_widget_class_install_action (widget_class, "data-import.run", NULL, run_action);
  gtk_widget_class_install_action (widget_class, "data-import.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "data-import.cancel", NULL);
}

static void
engage_data_import_dialog_init (EngageDataImportDialog *self)
{
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));

  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->added_rows = g_ptr_array_new ();
  self->channel_names = gtk_string_list_new (NULL);
  adw_combo_row_set_model (self->channel_row, G_LIST_MODEL (self->channel_names));

  g_signal_connect_object (self->format_row, "notify::selected",
                           G_CALLBACK (on_format_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->channel_row, "notify::selected",
                           G_CALLBACK (on_channel_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->column_row, "notify::selected",
                           G_CALLBACK (on_column_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->calendar, "day-selected",
                           G_CALLBACK (on_calendar_day_selected_cb), self, G_CONNECT_SWAPPED);

  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_calendar_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->calendar), GTK_EVENT_CONTROLLER (click));
}

static void
set_up (EngageDataImportDialog *self)
{
  g_autoptr(GtkStringList) format_labels = gtk_string_list_new (NULL);
  g_autofree char *basename = g_file_get_basename (self->file);
  g_autofree char *loading = NULL;
  const char *title = self->nps ? _("Import Survey Responses") : _("Import Analytics");
  const EngageImportFormat *formats;
  guint n_formats;

  self->file_name = basename != NULL ? g_filename_display_name (basename) : g_file_get_parse_name (self->file);

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, self->file_name);
  loading = g_strdup_printf (_("Reading “%s”…"), self->file_name);
  gtk_label_set_text (self->loading_label, loading);

  formats = _engage_data_import_dialog_get_formats (self, &n_formats);
  for (guint i = 0; i < n_formats; i++)
    gtk_string_list_append (format_labels, formats[i] == ENGAGE_IMPORT_FORMAT_AUTO
                                             ? _("Automatic")
                                             : engage_import_format_get_label (formats[i]));
  self->updating++;
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (format_labels));
  adw_combo_row_set_selected (self->format_row, 0);
  self->updating--;

  _engage_data_import_dialog_build_count_tiles (self);
  update_actions (self);
}

/* Public API */

/**
 * engage_data_import_format_toast:
 * @report: what an import did
 *
 * Returns: (transfer full): the toast after the import, e.g. "Imported 134
 *   rows: 12 posts created, 122 updated"
 */
char *
engage_data_import_format_toast (EngageImportReport *report)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  EngageImportFormat format;
  guint imported, created, matched, updated, skipped;
  g_autofree char *number = NULL;
  g_autofree char *list = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (ENGAGE_IS_IMPORT_REPORT (report), NULL);

  format = engage_import_report_get_format (report);
  imported = engage_import_report_get_rows_imported (report);
  created = engage_import_report_get_rows_created (report);
  matched = engage_import_report_get_rows_matched (report);
  updated = engage_import_report_get_rows_updated (report);
  skipped = engage_import_report_get_rows_skipped (report);

  if (created > 0)
    {
      g_autofree char *n = engage_format_number (created);

      if (engage_import_format_is_nps (format))
        g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s response added",
                                                              "%s responses added", created), n));
      else if (_engage_data_import_format_is_series (format))
        g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s value of a goal added",
                                                              "%s values of a goal added", created), n));
      else
        g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s post created",
                                                              "%s posts created", created), n));
    }
  if (matched > 0)
    {
      g_autofree char *n = engage_format_number (matched);

      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s post matched",
                                                            "%s posts matched", matched), n));
    }
  if (updated > 0)
    {
      g_autofree char *n = engage_format_number (updated);

      /* Translators: part of "Imported 134 rows: 12 posts created, 122 updated" */
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s updated",
                                                            "%s updated", updated), n));
    }
  g_ptr_array_add (parts, NULL);

  number = engage_format_number (imported);
  if (imported == 0)
    title = g_strdup (_("Nothing was imported"));
  else
    {
      /* Translators: a list such as "12 posts created, 122 updated" */
      list = g_strjoinv (_(", "), (char **) parts->pdata);
      /* Translators: "Imported 134 rows: 12 posts created, 122 updated" */
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %s row: %s",
                                            "Imported %s rows: %s", imported),
                               number, list);
    }

  if (skipped > 0)
    {
      g_autofree char *n = engage_format_number (skipped);

      /* Translators: "Imported 1,795 rows: 1,795 responses added; 43 skipped" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s; %s skipped", "%s; %s skipped", skipped),
                              title, n);
    }

  return g_steal_pointer (&title);
}

/**
 * engage_data_import_dialog_present_for_file:
 * @parent: (nullable): the window the dialog belongs to
 * @project: the project to import into
 * @file: an analytics or survey export
 * @nps: %TRUE for survey responses, %FALSE for post metrics
 *
 * Presents the dialog for @file and starts reading it: the preview, then the
 * import. The dialog emits #EngageDataImportDialog::imported and closes when
 * the import is done.
 *
 * Returns: (transfer none): the dialog; GTK keeps it until it is closed
 */
GtkWindow *
engage_data_import_dialog_present_for_file (GtkWindow     *parent,
                                            EngageProject *project,
                                            GFile         *file,
                                            gboolean       nps)
{
  EngageDataImportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (ENGAGE_TYPE_DATA_IMPORT_DIALOG, NULL);
  self->project = g_object_ref (project);
  self->file = g_object_ref (file);
  self->nps = !!nps;
  set_up (self);

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_present (GTK_WINDOW (self));

  start_preview (self);

  return GTK_WINDOW (self);
}

/**
 * engage_data_import_dialog_get_busy:
 *
 * Returns: whether a preview or the import is running
 */
gboolean
engage_data_import_dialog_get_busy (EngageDataImportDialog *self)
{
  g_return_val_if_fail (ENGAGE_IS_DATA_IMPORT_DIALOG (self), FALSE);

  return self->running;
}

/**
 * engage_data_import_dialog_can_import:
 *
 * Returns: whether Import is possible: the preview is done, reads rows to
 *   import, and has every answer it needs (a channel, a date)
 */
gboolean
engage_data_import_dialog_can_import (EngageDataImportDialog *self)
{
  g_return_val_if_fail (ENGAGE_IS_DATA_IMPORT_DIALOG (self), FALSE);

  return self->state == STATE_PREVIEW && !self->running && self->report != NULL &&
         engage_import_report_get_rows_imported (self->report) > 0 &&
         (!self->needs_date || self->date != NULL);
}

/**
 * engage_data_import_dialog_get_report:
 *
 * Returns: (transfer none) (nullable): the preview's report, or %NULL while
 *   reading or when the file was refused
 */
EngageImportReport *
engage_data_import_dialog_get_report (EngageDataImportDialog *self)
{
  g_return_val_if_fail (ENGAGE_IS_DATA_IMPORT_DIALOG (self), NULL);

  return self->report;
}

/**
 * engage_data_import_dialog_dup_summary:
 *
 * Returns: (transfer full): the heading and the details above the preview, one
 *   line each, as shown
 */
char *
engage_data_import_dialog_dup_summary (EngageDataImportDialog *self)
{
  g_return_val_if_fail (ENGAGE_IS_DATA_IMPORT_DIALOG (self), NULL);

  return g_strdup_printf ("%s\n%s", gtk_label_get_text (self->summary_label),
                          gtk_label_get_text (self->details_label));
}

/**
 * engage_data_import_dialog_dup_count_text:
 * @action: which count
 *
 * Returns: (transfer full) (nullable): the count as its tile shows it, or
 *   %NULL when the tiles are hidden
 */
char *
engage_data_import_dialog_dup_count_text (EngageDataImportDialog *self,
                                          EngageImportAction      action)
{
  g_return_val_if_fail (ENGAGE_IS_DATA_IMPORT_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->counts_box)))
    return NULL;

  return g_strdup (gtk_label_get_text (_engage_data_import_dialog_get_count_label (self, action)));
}
