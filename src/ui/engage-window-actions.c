/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-window-actions"

#include "config.h"

#include <errno.h>
#include <string.h>

#include "engage-window-private.h"

#include "engage-application.h"
#include "engage-project-dialog.h"
#include "engage-recent.h"
#include "engage-sample.h"

#include <glib/gi18n.h>

/*
 * The window's actions (win.*): creating, opening, saving and closing projects,
 * undo and redo, and switching views. Every failure ends in a dialog that says
 * what happened, in core's words.
 */

#define PROJECT_SUFFIX ".engage"

/* Helpers */

static EngageApplication *
get_application (EngageWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  return ENGAGE_IS_APPLICATION (application) ? ENGAGE_APPLICATION (application) : NULL;
}

static void
set_action_enabled (EngageWindow *self,
                    const char   *name,
                    gboolean      enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

/* Shows @project in this window if it is empty, else in a new one. */
static void
show_project (EngageWindow  *self,
              EngageProject *project)
{
  EngageApplication *application = get_application (self);

  if (application != NULL)
    {
      engage_application_show_project (application, project, self);
    }
  else
    {
      engage_window_set_project (self, project);
      gtk_window_present (GTK_WINDOW (self));
    }
}

/* Another window of ours that has @file open, if any. */
static EngageWindow *
find_window (EngageWindow *self,
             GFile        *file)
{
  EngageApplication *application = get_application (self);

  if (application != NULL)
    return engage_application_find_window (application, file);

  return engage_window_shows_file (self, file) ? self : NULL;
}

static char *
dup_display_basename (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return g_filename_display_name (basename);
}

static void
show_in_use_error (EngageWindow *self,
                   const char   *heading,
                   GFile        *file)
{
  g_autofree char *name = dup_display_basename (file);
  g_autofree char *message = NULL;

  message = g_strdup_printf (_("“%s” is open in a window of Engage; close it there first."), name);
  engage_window_show_error (self, heading, message);
}

/* A chosen name without the extension gets it, so the file manager knows the file. */
static GFile *
ensure_suffix (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *with_suffix = NULL;
  g_autoptr(GFile) parent = NULL;

  if (basename == NULL || g_str_has_suffix (basename, PROJECT_SUFFIX))
    return g_object_ref (file);

  parent = g_file_get_parent (file);
  if (parent == NULL)
    return g_object_ref (file);

  with_suffix = g_strconcat (basename, PROJECT_SUFFIX, NULL);
  return g_file_get_child (parent, with_suffix);
}

/* "Social Media Plan.engage" → "Social Media Plan" */
static char *
dup_project_name_for_file (GFile *file)
{
  g_autofree char *name = dup_display_basename (file);

  if (g_str_has_suffix (name, PROJECT_SUFFIX) && strlen (name) > strlen (PROJECT_SUFFIX))
    name[strlen (name) - strlen (PROJECT_SUFFIX)] = '\0';

  return g_steal_pointer (&name);
}

static void
add_project_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) projects = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (projects, _("Engage Projects"));
  gtk_file_filter_add_pattern (projects, "*" PROJECT_SUFFIX);
  gtk_file_filter_add_mime_type (projects, "application/x-engage-project");
  gtk_file_chooser_add_filter (chooser, projects);

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);

  gtk_file_chooser_set_filter (chooser, projects);
}

/* The window keeps the one file chooser it shows, and destroys it when it goes away. */
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
  add_project_filters (GTK_FILE_CHOOSER (native));
  g_signal_connect_object (native, "response", response_cb, self, G_CONNECT_SWAPPED);

  self->file_chooser = GTK_NATIVE_DIALOG (native);

  return GTK_FILE_CHOOSER (native);
}

/* Takes the chosen file and lets go of the chooser. */
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
open_file (EngageWindow *self,
           GFile        *file)
{
  g_autoptr(EngageProject) project = NULL;
  g_autoptr(GError) error = NULL;
  EngageWindow *existing;

  existing = find_window (self, file);
  if (existing != NULL)
    {
      gtk_window_present (GTK_WINDOW (existing));
      return;
    }

  project = engage_project_open (file, &error);
  if (project == NULL)
    {
      engage_window_show_error (self, _("Could Not Open Project"), error->message);
      return;
    }

  show_project (self, project);
}

/* Callbacks */

static void
on_open_chooser_response_cb (EngageWindow    *self,
                             int              response,
                             GtkNativeDialog *dialog)
{
  g_autoptr(GFile) file = take_chosen_file (self, response, dialog);

  if (file != NULL)
    open_file (self, file);
}

static void
on_new_chooser_response_cb (EngageWindow    *self,
                            int              response,
                            GtkNativeDialog *dialog)
{
  g_autoptr(GFile) chosen = take_chosen_file (self, response, dialog);
  g_autoptr(GFile) file = NULL;
  g_autoptr(EngageProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (chosen == NULL)
    return;

  file = ensure_suffix (chosen);

  if (find_window (self, file) != NULL)
    {
      show_in_use_error (self, _("Could Not Create Project"), file);
      return;
    }

  /* The file chooser asked before replacing a file that has exactly this name. */
  if (g_file_equal (file, chosen) &&
      !g_file_delete (file, NULL, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      engage_window_show_error (self, _("Could Not Create Project"), error->message);
      return;
    }
  g_clear_error (&error);

  name = dup_project_name_for_file (file);
  project = engage_project_create (file, name, &error);
  if (project == NULL)
    {
      engage_window_show_error (self, _("Could Not Create Project"), error->message);
      return;
    }

  show_project (self, project);
}

static void
on_save_as_chooser_response_cb (EngageWindow    *self,
                                int              response,
                                GtkNativeDialog *dialog)
{
  g_autoptr(GFile) chosen = take_chosen_file (self, response, dialog);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *toast = NULL;
  EngageWindow *existing;

  if (chosen == NULL || self->project == NULL)
    return;

  file = ensure_suffix (chosen);

  existing = find_window (self, file);
  if (existing != NULL && existing != self)
    {
      show_in_use_error (self, _("Could Not Save Project"), file);
      return;
    }

  if (!engage_project_save_as (self->project, file, &error))
    {
      engage_window_show_error (self, _("Could Not Save Project"), error->message);
      return;
    }

  if (get_application (self) != NULL)
    engage_application_add_recent (get_application (self), file);

  name = dup_display_basename (file);
  toast = g_strdup_printf (_("Saved as “%s”"), name);
  engage_window_show_toast (self, toast);
}

/* Actions */

static void
new_project_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  EngageWindow *self = ENGAGE_WINDOW (user_data);
  GtkFileChooser *chooser;

  chooser = create_file_chooser (self, _("New Project"), GTK_FILE_CHOOSER_ACTION_SAVE,
                                 _("_Create"), G_CALLBACK (on_new_chooser_response_cb));
  /* Translators: the suggested file name of a new project; keep ".engage" */
  gtk_file_chooser_set_current_name (chooser, _("Social Media Plan.engage"));
  gtk_native_dialog_show (self->file_chooser);
}

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  EngageWindow *self = ENGAGE_WINDOW (user_data);

  create_file_chooser (self, _("Open Project"), GTK_FILE_CHOOSER_ACTION_OPEN,
                       _("_Open"), G_CALLBACK (on_open_chooser_response_cb));
  gtk_native_dialog_show (self->file_chooser);
}

static void
open_recent_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  EngageWindow *self = ENGAGE_WINDOW (user_data);
  g_autoptr(GFile) file = engage_recent_item_to_file (g_variant_get_string (parameter, NULL));

  if (file != NULL)
    open_file (self, file);
}

static void
open_sample_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  EngageWindow *self = ENGAGE_WINDOW (user_data);
  g_autoptr(EngageProject) project = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  EngageWindow *existing;
  const char *language;
  GDate today;

  language = engage_sample_language_for (g_get_language_names ());
  dir = g_build_filename (g_get_user_data_dir (), "engage", NULL);
  path = g_build_filename (dir, engage_sample_file_name (language), NULL);
  file = g_file_new_for_path (path);

  /* The sample is open already: show it rather than throw away what was tried in it. */
  existing = find_window (self, file);
  if (existing != NULL)
    {
      gtk_window_present (GTK_WINDOW (existing));
      return;
    }

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *message = NULL;
      g_autofree char *dir_name = g_filename_display_name (dir);

      message = g_strdup_printf (_("The folder “%s” cannot be created: %s."),
                                 dir_name, g_strerror (saved_errno));
      engage_window_show_error (self, _("Could Not Create Sample Project"), message);
      return;
    }

  if (!g_file_delete (file, NULL, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      engage_window_show_error (self, _("Could Not Create Sample Project"), error->message);
      return;
    }
  g_clear_error (&error);

  name = dup_project_name_for_file (file);
  project = engage_project_create (file, name, &error);
  if (project == NULL)
    {
      engage_window_show_error (self, _("Could Not Create Sample Project"), error->message);
      return;
    }

  now = g_date_time_new_now_local ();
  g_date_clear (&today, 1);
  g_date_set_dmy (&today,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));

  if (!engage_sample_fill (project, language, &today, &error))
    {
      engage_project_close (project);
      g_file_delete (file, NULL, NULL);
      engage_window_show_error (self, _("Could Not Create Sample Project"), error->message);
      return;
    }

  show_project (self, project);
}

static void
save_as_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  EngageWindow *self = ENGAGE_WINDOW (user_data);
  g_autofree char *name = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) data_dir = NULL;
  GtkFileChooser *chooser;
  GFile *file;

  if (self->project == NULL)
    return;

  file = engage_project_get_file (self->project);
  name = dup_display_basename (file);
  folder = g_file_get_parent (file);
  data_dir = g_file_new_for_path (g_get_user_data_dir ());

  chooser = create_file_chooser (self, _("Save Project As"), GTK_FILE_CHOOSER_ACTION_SAVE,
                                 _("_Save"), G_CALLBACK (on_save_as_chooser_response_cb));
  gtk_file_chooser_set_current_name (chooser, name);
  /* The sample lives in a hidden folder; a copy of it belongs somewhere else. */
  if (folder != NULL && !g_file_has_prefix (folder, data_dir))
    gtk_file_chooser_set_current_folder (chooser, folder, NULL);
  gtk_native_dialog_show (self->file_chooser);
}

static void
close_project_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  engage_window_set_project (ENGAGE_WINDOW (user_data), NULL);
}

static void
on_history_toast_dismissed_cb (EngageWindow *self,
                               AdwToast     *toast)
{
  if (self->undo_toast == toast)
    g_clear_weak_pointer (&self->undo_toast);
}

/**
 * _engage_window_show_history_toast:
 * @title: what was done, e.g. "Post deleted" or "Undid “Move Post”"
 * @button_label: the toast's button, e.g. "_Undo"
 * @action_name: what the button does, e.g. "win.undo"
 *
 * Shows @title in the window's one toast about the edit history.
 */
void
_engage_window_show_history_toast (EngageWindow *self,
                                   const char   *title,
                                   const char   *button_label,
                                   const char   *action_name)
{
  g_autofree char *markup = NULL;
  AdwToast *toast;

  g_return_if_fail (ENGAGE_IS_WINDOW (self));

  markup = g_markup_escape_text (title, -1);

  /* One history toast at a time: the one on screen takes the new title, since
   * only the latest step matters. Dismissing it and adding another while the
   * previous one still animates away crashes libadwaita 1.2 (two such swaps
   * within about 250 ms). */
  if (self->undo_toast != NULL)
    {
      adw_toast_set_title (self->undo_toast, markup);
      adw_toast_set_button_label (self->undo_toast, button_label);
      adw_toast_set_action_name (self->undo_toast, action_name);
      return;
    }

  toast = adw_toast_new (markup);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_button_label (toast, button_label);
  adw_toast_set_action_name (toast, action_name);
  g_set_weak_pointer (&self->undo_toast, toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_history_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * _engage_window_show_undo_toast:
 * @title: what was done, e.g. "Post deleted"
 *
 * Shows @title with an Undo button that takes the project's latest edit back.
 */
void
_engage_window_show_undo_toast (EngageWindow *self,
                                const char   *title)
{
  _engage_window_show_history_toast (self, title, _("_Undo"), "win.undo");
}

static void
undo_or_redo (EngageWindow *self,
              gboolean      redo)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *title = NULL;
  gboolean ok;

  if (self->project == NULL)
    return;

  label = g_strdup (redo ? engage_project_get_redo_label (self->project)
                         : engage_project_get_undo_label (self->project));

  ok = redo ? engage_project_redo (self->project, &error)
            : engage_project_undo (self->project, &error);
  if (!ok)
    {
      engage_window_show_error (self, redo ? _("Could Not Redo") : _("Could Not Undo"),
                                error->message);
      return;
    }

  if (label != NULL && label[0] != '\0')
    /* Translators: %s is what was taken back, e.g. "Move Post" */
    title = g_strdup_printf (redo ? _("Redid “%s”") : _("Undid “%s”"), label);
  else
    title = g_strdup (redo ? _("Redone") : _("Undone"));

  _engage_window_show_history_toast (self, title,
                                     redo ? _("_Undo") : _("_Redo"),
                                     redo ? "win.undo" : "win.redo");
}

static void
undo_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  undo_or_redo (ENGAGE_WINDOW (user_data), FALSE);
}

static void
redo_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  undo_or_redo (ENGAGE_WINDOW (user_data), TRUE);
}

static void
show_view_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  engage_window_set_view (ENGAGE_WINDOW (user_data), g_variant_get_string (parameter, NULL));
}

static void
project_properties_action (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  EngageWindow *self = ENGAGE_WINDOW (user_data);

  if (self->project != NULL)
    engage_project_dialog_present (GTK_WINDOW (self), self->project);
}

/* Alt+Return opens properties in GNOME; the accelerator belongs to the
 * application, which the window only knows once it is shown. */
static void
set_project_properties_accel (EngageWindow *self)
{
  static const char * const accels[] = { "<Alt>Return", NULL };
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (application != NULL)
    gtk_application_set_accels_for_action (application, "win.project-properties", accels);
}

static const GActionEntry win_entries[] = {
  { "project-properties", project_properties_action },
  { "new-project", new_project_action },
  { "open", open_action },
  { "open-recent", open_recent_action, "s" },
  { "open-sample", open_sample_action },
  { "save-as", save_as_action },
  { "close-project", close_project_action },
  { "undo", undo_action },
  { "redo", redo_action },
  { "show-view", show_view_action, "s" },
};

/* Private API */

void
_engage_window_init_actions (EngageWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   win_entries, G_N_ELEMENTS (win_entries),
                                   self);

  g_binding_group_bind (self->project_bindings, "can-undo",
                        g_action_map_lookup_action (G_ACTION_MAP (self), "undo"), "enabled",
                        G_BINDING_SYNC_CREATE);
  g_binding_group_bind (self->project_bindings, "can-redo",
                        g_action_map_lookup_action (G_ACTION_MAP (self), "redo"), "enabled",
                        G_BINDING_SYNC_CREATE);

  g_signal_connect (self, "notify::application", G_CALLBACK (set_project_properties_accel), NULL);
  set_project_properties_accel (self);

  _engage_window_update_actions (self);
}

void
_engage_window_update_actions (EngageWindow *self)
{
  gboolean has_project = self->project != NULL;

  set_action_enabled (self, "save-as", has_project);
  set_action_enabled (self, "close-project", has_project);
  set_action_enabled (self, "project-properties", has_project);
  set_action_enabled (self, "show-view", has_project);

  if (!has_project)
    {
      set_action_enabled (self, "undo", FALSE);
      set_action_enabled (self, "redo", FALSE);
    }
}
