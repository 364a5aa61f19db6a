/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-application"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "engage-application.h"

#include "engage-recent.h"
#include "engage-screenshot.h"

#include <glib/gi18n.h>

/*
 * One Engage process per session: `engage FILE` and the file manager hand their
 * files to the running instance, which focuses the window that already shows a
 * file or opens it in an empty or new window. The hidden screenshot mode runs as
 * a separate instance and leaves the preferences alone.
 */

#define WEBSITE "https://github.com/engageplanner/engage"

#define DEFAULT_SCREENSHOT_WIDTH  1280
#define DEFAULT_SCREENSHOT_HEIGHT 800

/* Exit statuses of the screenshot mode, as engage-cli uses them. */
#define EXIT_FAILURE_GENERAL 1
#define EXIT_FAILURE_USAGE   2
#define EXIT_FAILURE_REFUSED 3

struct _EngageApplication
{
  AdwApplication  parent_instance;

  /* Owned */
  GSettings      *settings;

  /* State: the screenshot mode, when asked for */
  GFile          *screenshot_file;
  char           *screenshot_view;
  int             screenshot_width;
  int             screenshot_height;
  int             exit_status;
};

G_DEFINE_FINAL_TYPE (EngageApplication, engage_application, ADW_TYPE_APPLICATION)

static const char * const views[] = { "calendar", "guidelines", "goals", NULL };

static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and quit"), NULL },
  { "screenshot", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a picture of the window to FILE and quit"), N_("FILE") },
  { "view", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, NULL,
    N_("Show VIEW in the screenshot: calendar, guidelines or goals, or a part such as calendar/week"), N_("VIEW") },
  { "size", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, NULL,
    N_("Size of the screenshot, e.g. 1280x800"), N_("WIDTHxHEIGHT") },
  { NULL }
};

/* Pure helpers */

/**
 * engage_sample_language_for:
 * @language_names: the user interface languages in order of preference, as
 *   g_get_language_names() gives them
 *
 * Returns: "de" when German comes first, else "en"
 */
const char *
engage_sample_language_for (const char * const *language_names)
{
  for (guint i = 0; language_names != NULL && language_names[i] != NULL; i++)
    {
      const char *name = language_names[i];

      if (g_str_equal (name, "C") || g_str_equal (name, "POSIX"))
        continue;

      /* "de", "de_DE", "de_AT.UTF-8", "de@euro"; not "dv" or "dsb". */
      if (g_str_has_prefix (name, "de") &&
          (name[2] == '\0' || strchr ("_.@", name[2]) != NULL))
        return "de";

      return "en";
    }

  return "en";
}

/**
 * engage_sample_file_name:
 * @language: "de" or "en"
 *
 * Returns: the file name of the sample project in that language
 */
const char *
engage_sample_file_name (const char *language)
{
  return g_strcmp0 (language, "de") == 0 ? "Beispiel-Bäckerei.engage" : "Sample Bakery.engage";
}

/* Helpers */

static EngageWindow *
get_empty_window (EngageApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (ENGAGE_IS_WINDOW (active) && engage_window_get_project (ENGAGE_WINDOW (active)) == NULL)
    return ENGAGE_WINDOW (active);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (ENGAGE_IS_WINDOW (l->data) && engage_window_get_project (l->data) == NULL)
      return l->data;

  return NULL;
}

static EngageWindow *
get_empty_or_new_window (EngageApplication *self)
{
  EngageWindow *window = get_empty_window (self);

  if (window == NULL)
    window = engage_window_new (GTK_APPLICATION (self));

  return window;
}

static void
destroy_windows (EngageApplication *self)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (GTK_WINDOW (l->data));

  g_list_free (windows);
}

static void
open_file (EngageApplication *self,
           GFile             *file)
{
  g_autoptr(EngageProject) project = NULL;
  g_autoptr(GError) error = NULL;
  EngageWindow *window;

  window = engage_application_find_window (self, file);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  project = engage_project_open (file, &error);
  if (project == NULL)
    {
      GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

      /* Explain it over the window in front; a new window only if there is none. */
      window = ENGAGE_IS_WINDOW (active) ? ENGAGE_WINDOW (active) : get_empty_or_new_window (self);
      gtk_window_present (GTK_WINDOW (window));
      engage_window_show_error (window, _("Could Not Open Project"), error->message);
      return;
    }

  engage_application_show_project (self, project, NULL);
}

/* Screenshot mode */

/* An area, or "AREA/PART": the part is the page's to interpret. */
static gboolean
is_view_name (const char *view)
{
  g_autofree char *area = g_strndup (view, strcspn (view, "/"));

  return g_strv_contains (views, area) || g_str_equal (view, "project");
}

static void
on_screenshot_taken_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(EngageApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!engage_screenshot_take_finish (GTK_WIDGET (object), result, &error))
    {
      g_printerr ("engage: %s\n", error->message);
      self->exit_status = EXIT_FAILURE_GENERAL;
    }

  destroy_windows (self);
  g_application_quit (G_APPLICATION (self));
}

static void
take_screenshot (EngageApplication *self,
                 GFile             *project_file)
{
  g_autoptr(GError) error = NULL;
  EngageWindow *window;
  GtkWindow *dialog = NULL;

  window = engage_window_new (GTK_APPLICATION (self));

  if (project_file != NULL && !engage_window_open_file (window, project_file, &error))
    {
      g_printerr ("engage: %s\n", error->message);
      self->exit_status = engage_project_error_is_refusal (error) ? EXIT_FAILURE_REFUSED
                                                                  : EXIT_FAILURE_GENERAL;
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  gtk_window_unmaximize (GTK_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (window), self->screenshot_width, self->screenshot_height);
  gtk_window_present (GTK_WINDOW (window));

  /* A view that is a dialog is captured instead of the window beneath it. */
  if (self->screenshot_view != NULL)
    dialog = engage_window_present_view (window, self->screenshot_view);
  if (dialog != NULL)
    gtk_window_set_default_size (dialog, self->screenshot_width, self->screenshot_height);

  engage_screenshot_take_async (dialog != NULL ? GTK_WIDGET (dialog) : GTK_WIDGET (window),
                                self->screenshot_file, NULL,
                                on_screenshot_taken_cb, g_object_ref (self));
}

/* Actions */

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  EngageApplication *self = ENGAGE_APPLICATION (user_data);

  /* Closing the windows closes their projects and releases the files. */
  destroy_windows (self);
  g_application_quit (G_APPLICATION (self));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  EngageApplication *self = ENGAGE_APPLICATION (user_data);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "application-name", _("Engage"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Engage developers"),
                        "version", PACKAGE_VERSION,
                        "website", WEBSITE,
                        "issue-url", WEBSITE "/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", _("© 2026 The Engage developers"),
                        /* Translators: your names, one per line, e.g. "Jane Doe <jane@example.org>" */
                        "translator-credits", _("translator-credits"),
                        NULL);

  gtk_window_present (GTK_WINDOW (about));
}

static void
help_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  EngageApplication *self = ENGAGE_APPLICATION (user_data);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_show_uri (window, "help:engage", GDK_CURRENT_TIME);
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  EngageApplication *self = ENGAGE_APPLICATION (user_data);

  gtk_window_present (GTK_WINDOW (engage_window_new (GTK_APPLICATION (self))));
}

static const GActionEntry app_entries[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "help", help_action },
  { "new-window", new_window_action },
};

static const struct {
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.new-window", { "<Shift><Control>n", NULL } },
  { "app.help", { "F1", NULL } },
  { "win.new-project", { "<Control>n", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save-as", { "<Shift><Control>s", NULL } },
  { "win.close-project", { "<Control>w", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Shift><Control>z", NULL } },
  { "win.show-view::calendar", { "<Alt>1", NULL } },
  { "win.show-view::guidelines", { "<Alt>2", NULL } },
  { "win.show-view::goals", { "<Alt>3", NULL } },
};

/* Vfuncs */

static int
engage_application_handle_local_options (GApplication *application,
                                         GVariantDict *options)
{
  EngageApplication *self = ENGAGE_APPLICATION (application);
  const char *screenshot = NULL;
  const char *view = NULL;
  const char *size = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("engage %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  if (!g_variant_dict_lookup (options, "screenshot", "^&ay", &screenshot))
    return -1;

  if (g_variant_dict_lookup (options, "view", "&s", &view) && !is_view_name (view))
    {
      g_printerr (_("engage: “%s” is not a view; use calendar, guidelines or goals.\n"), view);
      return EXIT_FAILURE_USAGE;
    }

  self->screenshot_width = DEFAULT_SCREENSHOT_WIDTH;
  self->screenshot_height = DEFAULT_SCREENSHOT_HEIGHT;
  if (g_variant_dict_lookup (options, "size", "&s", &size) &&
      !engage_screenshot_parse_size (size, &self->screenshot_width, &self->screenshot_height))
    {
      g_printerr (_("engage: “%s” is not a size; use WIDTHxHEIGHT, e.g. 1280x800.\n"), size);
      return EXIT_FAILURE_USAGE;
    }

  self->screenshot_file = g_file_new_for_commandline_arg (screenshot);
  self->screenshot_view = g_strdup (view);

  /* A screenshot must not go to a running Engage, nor change its preferences. */
  g_application_set_flags (application,
                           g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);

  return -1;
}

static void
engage_application_startup (GApplication *application)
{
  EngageApplication *self = ENGAGE_APPLICATION (application);
  const char *color_scheme;

  G_APPLICATION_CLASS (engage_application_parent_class)->startup (application);

  self->settings = g_settings_new (ENGAGE_SETTINGS_SCHEMA_ID);
  if (self->screenshot_file != NULL)
    g_settings_delay (self->settings);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries, G_N_ELEMENTS (app_entries), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           (const char * const *) accels[i].accels);

  /* For screenshots of the dark style, whatever the desktop prefers. */
  color_scheme = g_getenv ("ENGAGE_COLOR_SCHEME");
  if (g_strcmp0 (color_scheme, "dark") == 0)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  else if (g_strcmp0 (color_scheme, "light") == 0)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
}

static void
engage_application_shutdown (GApplication *application)
{
  destroy_windows (ENGAGE_APPLICATION (application));

  G_APPLICATION_CLASS (engage_application_parent_class)->shutdown (application);
}

static void
engage_application_activate (GApplication *application)
{
  EngageApplication *self = ENGAGE_APPLICATION (application);
  GtkWindow *window;

  if (self->screenshot_file != NULL)
    {
      take_screenshot (self, NULL);
      return;
    }

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    window = GTK_WINDOW (engage_window_new (GTK_APPLICATION (self)));

  gtk_window_present (window);
}

static void
engage_application_open (GApplication  *application,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  EngageApplication *self = ENGAGE_APPLICATION (application);

  if (self->screenshot_file != NULL)
    {
      take_screenshot (self, n_files > 0 ? files[0] : NULL);
      return;
    }

  for (int i = 0; i < n_files; i++)
    open_file (self, files[i]);
}

static void
engage_application_finalize (GObject *object)
{
  EngageApplication *self = ENGAGE_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->screenshot_file);
  g_free (self->screenshot_view);

  G_OBJECT_CLASS (engage_application_parent_class)->finalize (object);
}

static void
engage_application_class_init (EngageApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = engage_application_finalize;

  application_class->handle_local_options = engage_application_handle_local_options;
  application_class->startup = engage_application_startup;
  application_class->shutdown = engage_application_shutdown;
  application_class->activate = engage_application_activate;
  application_class->open = engage_application_open;
}

static void
engage_application_init (EngageApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
}

/* Public API */

/**
 * engage_application_new:
 *
 * Returns: (transfer full): the application
 */
EngageApplication *
engage_application_new (void)
{
  return g_object_new (ENGAGE_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}

/**
 * engage_application_get_settings:
 *
 * Returns: (transfer none): the application's preferences
 */
GSettings *
engage_application_get_settings (EngageApplication *self)
{
  g_return_val_if_fail (ENGAGE_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    self->settings = g_settings_new (ENGAGE_SETTINGS_SCHEMA_ID);

  return self->settings;
}

/**
 * engage_application_get_exit_status:
 *
 * Returns: the status the process should exit with once the application has
 *   run: non-zero when the screenshot mode failed
 */
int
engage_application_get_exit_status (EngageApplication *self)
{
  g_return_val_if_fail (ENGAGE_IS_APPLICATION (self), EXIT_FAILURE_GENERAL);

  return self->exit_status;
}

/**
 * engage_application_find_window:
 * @file: a project file
 *
 * Returns: (transfer none) (nullable): the window that shows @file
 */
EngageWindow *
engage_application_find_window (EngageApplication *self,
                                GFile             *file)
{
  g_return_val_if_fail (ENGAGE_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (ENGAGE_IS_WINDOW (l->data) && engage_window_shows_file (l->data, file))
      return l->data;

  return NULL;
}

/**
 * engage_application_show_project:
 * @project: an open project
 * @from: (nullable): the window the user asked from
 *
 * Shows @project in @from if that window is empty, else in an empty window or
 * a new one, and remembers it among the recent projects.
 *
 * Returns: (transfer none): the window that shows @project
 */
EngageWindow *
engage_application_show_project (EngageApplication *self,
                                 EngageProject     *project,
                                 EngageWindow      *from)
{
  EngageWindow *window = NULL;

  g_return_val_if_fail (ENGAGE_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (from == NULL || ENGAGE_IS_WINDOW (from), NULL);

  if (from != NULL && engage_window_get_project (from) == NULL)
    window = from;
  else
    window = get_empty_or_new_window (self);

  engage_window_set_project (window, project);
  engage_application_add_recent (self, engage_project_get_file (project));
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

/**
 * engage_application_add_recent:
 * @file: a project file that was opened or saved
 *
 * Puts @file first in the recent projects.
 */
void
engage_application_add_recent (EngageApplication *self,
                               GFile             *file)
{
  g_auto(GStrv) list = NULL;
  g_auto(GStrv) updated = NULL;
  GSettings *settings;

  g_return_if_fail (ENGAGE_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  settings = engage_application_get_settings (self);
  list = g_settings_get_strv (settings, "recent-projects");
  updated = engage_recent_list_add ((const char * const *) list, file, ENGAGE_RECENT_MAX_ITEMS);

  if (!g_strv_equal ((const char * const *) list, (const char * const *) updated))
    g_settings_set_strv (settings, "recent-projects", (const char * const *) updated);
}
