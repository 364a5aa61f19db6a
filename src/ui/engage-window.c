/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-window"

#include "config.h"

#include "engage-window-private.h"

#include "calendar/engage-calendar-page.h"
#include "engage-application.h"
#include "engage-project-dialog.h"
#include "goals/engage-goals-page.h"
#include "guidelines/engage-guidelines-page.h"

#include <glib/gi18n.h>
#include <string.h>

/*
 * A window shows one project, or the welcome page without one. It owns the
 * project: showing another one, closing it or closing the window closes the file
 * and releases its lock. There is nothing to save: core commits every edit.
 */

G_DEFINE_FINAL_TYPE (EngageWindow, engage_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const views[] = { "calendar", "guidelines", "goals", NULL };

/* Helpers */

static void
update_title (EngageWindow *self)
{
  if (self->project != NULL && engage_project_is_open (self->project))
    {
      g_autofree char *file_name = engage_project_dup_display_name (self->project);
      const char *name = engage_project_get_name (self->project);

      if (name == NULL || name[0] == '\0')
        name = file_name;

      gtk_window_set_title (GTK_WINDOW (self), name);
      adw_view_switcher_title_set_title (self->switcher_title, name);
      adw_view_switcher_title_set_subtitle (self->switcher_title, file_name);
      adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, TRUE);
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Engage"));
      adw_view_switcher_title_set_title (self->switcher_title, _("Engage"));
      adw_view_switcher_title_set_subtitle (self->switcher_title, NULL);
      adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
    }
}

static void
bind_settings (EngageWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  GSettingsBindFlags flags = G_SETTINGS_BIND_GET | G_SETTINGS_BIND_GET_NO_CHANGES | G_SETTINGS_BIND_SET;

  if (ENGAGE_IS_APPLICATION (application))
    self->settings = g_object_ref (engage_application_get_settings (ENGAGE_APPLICATION (application)));
  else
    self->settings = g_settings_new (ENGAGE_SETTINGS_SCHEMA_ID);

  /* Read once, then write: several windows do not follow each other's size. */
  g_settings_bind (self->settings, "window-width", self, "default-width", flags);
  g_settings_bind (self->settings, "window-height", self, "default-height", flags);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", flags);
  g_settings_bind (self->settings, "last-view", self->view_stack, "visible-child-name", flags);

  engage_welcome_page_set_settings (self->welcome_page, self->settings);
}

/* Callbacks */

static void
on_project_changed_cb (EngageWindow  *self,
                       guint          tables,
                       EngageProject *project)
{
  if (tables & ENGAGE_TABLE_PROJECT)
    update_title (self);
}

static void
on_project_notify_cb (EngageWindow  *self,
                      GParamSpec    *pspec,
                      EngageProject *project)
{
  update_title (self);
}

/* Vfuncs */

static void
engage_window_constructed (GObject *object)
{
  EngageWindow *self = ENGAGE_WINDOW (object);

  G_OBJECT_CLASS (engage_window_parent_class)->constructed (object);

  bind_settings (self);
}

static void
engage_window_dispose (GObject *object)
{
  EngageWindow *self = ENGAGE_WINDOW (object);

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);
  g_clear_weak_pointer (&self->undo_toast);

  if (self->project_signals != NULL)
    g_signal_group_set_target (self->project_signals, NULL);
  if (self->project_bindings != NULL)
    g_binding_group_set_source (self->project_bindings, NULL);

  if (self->calendar_bin != NULL)
    {
      adw_bin_set_child (self->calendar_bin, NULL);
      adw_bin_set_child (self->guidelines_bin, NULL);
      adw_bin_set_child (self->goals_bin, NULL);
    }

  if (self->project != NULL)
    engage_project_close (self->project);
  g_clear_object (&self->project);

  gtk_widget_dispose_template (GTK_WIDGET (self), ENGAGE_TYPE_WINDOW);

  g_clear_object (&self->project_signals);
  g_clear_object (&self->project_bindings);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (engage_window_parent_class)->dispose (object);
}

static void
engage_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  EngageWindow *self = ENGAGE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  EngageWindow *self = ENGAGE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      engage_window_set_project (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_window_class_init (EngageWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = engage_window_constructed;
  object_class->dispose = engage_window_dispose;
  object_class->get_property = engage_window_get_property;
  object_class->set_property = engage_window_set_property;

  /**
   * EngageWindow:project: (nullable)
   *
   * The project the window shows; the window closes it when it shows another
   * one or goes away.
   */
  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         ENGAGE_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ENGAGE_TYPE_WELCOME_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/engage-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EngageWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, EngageWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, EngageWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, EngageWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, EngageWindow, calendar_bin);
  gtk_widget_class_bind_template_child (widget_class, EngageWindow, guidelines_bin);
  gtk_widget_class_bind_template_child (widget_class, EngageWindow, goals_bin);
  gtk_widget_class_bind_template_child (widget_class, EngageWindow, welcome_page);
}

static void
engage_window_init (EngageWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->project_signals = g_signal_group_new (ENGAGE_TYPE_PROJECT);
  g_signal_group_connect_object (self->project_signals, "changed",
                                 G_CALLBACK (on_project_changed_cb), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->project_signals, "notify::name",
                                 G_CALLBACK (on_project_notify_cb), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->project_signals, "notify::file",
                                 G_CALLBACK (on_project_notify_cb), self,
                                 G_CONNECT_SWAPPED);

  self->project_bindings = g_binding_group_new ();

  _engage_window_init_actions (self);
  _engage_window_init_calendar_actions (self);
  _engage_window_init_goals_actions (self);
  _engage_window_init_report_actions (self);
  update_title (self);
}

/* Public API */

/**
 * engage_window_new:
 * @application: the application
 *
 * Returns: (transfer full): a new window showing the welcome page
 */
EngageWindow *
engage_window_new (GtkApplication *application)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  return g_object_new (ENGAGE_TYPE_WINDOW, "application", application, NULL);
}

/**
 * engage_window_get_project:
 *
 * Returns: (transfer none) (nullable): the project the window shows
 */
EngageProject *
engage_window_get_project (EngageWindow *self)
{
  g_return_val_if_fail (ENGAGE_IS_WINDOW (self), NULL);

  return self->project;
}

/**
 * engage_window_set_project:
 * @project: (nullable): an open project, or %NULL for the welcome page
 *
 * Shows @project. The window takes it over: the project shown before is
 * closed, and so is @project when the window shows another one or goes away.
 */
void
engage_window_set_project (EngageWindow  *self,
                           EngageProject *project)
{
  g_autoptr(EngageProject) old = NULL;

  g_return_if_fail (ENGAGE_IS_WINDOW (self));
  g_return_if_fail (project == NULL || ENGAGE_IS_PROJECT (project));

  if (self->project == project)
    return;

  old = g_steal_pointer (&self->project);
  if (project != NULL)
    self->project = g_object_ref (project);

  adw_bin_set_child (self->calendar_bin, NULL);
  adw_bin_set_child (self->guidelines_bin, NULL);
  adw_bin_set_child (self->goals_bin, NULL);

  if (old != NULL)
    engage_project_close (old);

  g_signal_group_set_target (self->project_signals, self->project);
  g_binding_group_set_source (self->project_bindings, self->project);

  if (self->project != NULL)
    {
      GtkWidget *calendar_page = engage_calendar_page_new (self->project);
      GSettingsBindFlags flags = G_SETTINGS_BIND_GET | G_SETTINGS_BIND_GET_NO_CHANGES | G_SETTINGS_BIND_SET;

      /* Each project opens the calendar the way the last one was left. */
      g_settings_bind (self->settings, "calendar-mode", calendar_page, "mode", flags);
      adw_bin_set_child (self->calendar_bin, calendar_page);
      adw_bin_set_child (self->guidelines_bin, engage_guidelines_page_new (self->project));
      adw_bin_set_child (self->goals_bin, engage_goals_page_new (self->project));
      gtk_stack_set_visible_child_name (self->main_stack, "project");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
    }

  _engage_window_update_actions (self);
  update_title (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * engage_window_open_file:
 * @file: a project file
 * @error: return location for a #GError
 *
 * Opens @file and shows it in this window. A refused file leaves the window as
 * it was and returns core's error, whose message names the file.
 *
 * Returns: %TRUE if the project is shown
 */
gboolean
engage_window_open_file (EngageWindow  *self,
                         GFile         *file,
                         GError       **error)
{
  g_autoptr(EngageProject) project = NULL;

  g_return_val_if_fail (ENGAGE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (engage_window_shows_file (self, file))
    return TRUE;

  project = engage_project_open (file, error);
  if (project == NULL)
    return FALSE;

  engage_window_set_project (self, project);

  if (ENGAGE_IS_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))))
    engage_application_add_recent (ENGAGE_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))),
                                   file);

  return TRUE;
}

/**
 * engage_window_shows_file:
 * @file: a project file
 *
 * Returns: whether the window shows the project in @file
 */
gboolean
engage_window_shows_file (EngageWindow *self,
                          GFile        *file)
{
  g_return_val_if_fail (ENGAGE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return self->project != NULL &&
         engage_project_is_open (self->project) &&
         g_file_equal (engage_project_get_file (self->project), file);
}

/**
 * engage_window_get_view:
 *
 * Returns: the name of the visible view: "calendar", "guidelines" or "goals"
 */
const char *
engage_window_get_view (EngageWindow *self)
{
  g_return_val_if_fail (ENGAGE_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

/**
 * engage_window_set_view:
 * @view: "calendar", "guidelines" or "goals"
 *
 * Shows a view; other names are ignored.
 */
void
engage_window_set_view (EngageWindow *self,
                        const char   *view)
{
  g_return_if_fail (ENGAGE_IS_WINDOW (self));

  if (view == NULL || !g_strv_contains (views, view))
    return;

  adw_view_stack_set_visible_child_name (self->view_stack, view);
}

/**
 * engage_window_present_view:
 * @view: an area ("calendar", "guidelines" or "goals"), or an area and one of
 *   its parts as "AREA/PART": "calendar/week", "calendar/list",
 *   "calendar/editor:POST_ID", "calendar/import:FILE", "guidelines/rules",
 *   "guidelines/check", "goals/…" (see the pages' show_subview functions);
 *   or "project" for the project's properties
 *
 * Shows a view by name, for screenshots; a part that is a dialog is presented
 * over the window.
 *
 * Returns: (transfer none) (nullable): the dialog presented, or %NULL
 */
GtkWindow *
engage_window_present_view (EngageWindow *self,
                            const char   *view)
{
  g_auto(GStrv) parts = NULL;
  GtkWidget *page;

  g_return_val_if_fail (ENGAGE_IS_WINDOW (self), NULL);
  g_return_val_if_fail (view != NULL, NULL);

  /* The project's properties are a dialog over any area. */
  if (g_str_equal (view, "project"))
    return self->project != NULL ? engage_project_dialog_present (GTK_WINDOW (self), self->project) : NULL;

  parts = g_strsplit (view, "/", 2);
  engage_window_set_view (self, parts[0]);
  if (parts[0] == NULL || parts[1] == NULL)
    return NULL;

  if (g_str_equal (parts[0], "calendar") && g_str_has_prefix (parts[1], "import:"))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (parts[1] + strlen ("import:"));

      return _engage_window_import_posts (self, file);
    }

  if (g_str_equal (parts[0], "calendar"))
    {
      page = adw_bin_get_child (self->calendar_bin);
      if (ENGAGE_IS_CALENDAR_PAGE (page))
        return engage_calendar_page_show_subview (ENGAGE_CALENDAR_PAGE (page), parts[1]);
    }
  else if (g_str_equal (parts[0], "guidelines"))
    {
      page = adw_bin_get_child (self->guidelines_bin);
      if (ENGAGE_IS_GUIDELINES_PAGE (page))
        return engage_guidelines_page_show_subview (ENGAGE_GUIDELINES_PAGE (page), parts[1]);
    }
  else if (g_str_equal (parts[0], "goals"))
    {
      page = adw_bin_get_child (self->goals_bin);
      if (ENGAGE_IS_GOALS_PAGE (page))
        return engage_goals_page_show_subview (ENGAGE_GOALS_PAGE (page), parts[1]);
    }

  return NULL;
}

/**
 * engage_window_show_error:
 * @heading: what failed, e.g. "Could Not Open Project"
 * @message: why, in one sentence
 *
 * Explains a failure in a dialog over the window.
 */
void
engage_window_show_error (EngageWindow *self,
                          const char   *heading,
                          const char   *message)
{
  GtkWidget *dialog;

  g_return_if_fail (ENGAGE_IS_WINDOW (self));
  g_return_if_fail (heading != NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");

  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * engage_window_show_toast:
 * @title: a short message
 *
 * Shows @title in a toast at the bottom of the window.
 */
void
engage_window_show_toast (EngageWindow *self,
                          const char   *title)
{
  g_autofree char *markup = NULL;

  g_return_if_fail (ENGAGE_IS_WINDOW (self));
  g_return_if_fail (title != NULL);

  /* A toast's title is markup in libadwaita 1.2. */
  markup = g_markup_escape_text (title, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
}
