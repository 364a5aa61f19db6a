/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-welcome-page"

#include "config.h"

#include <string.h>

#include "engage-welcome-page.h"

#include "engage-recent.h"

#include <glib/gi18n.h>

/*
 * What a window shows without a project: what Engage is for, the ways to start,
 * and the recent projects that still exist.
 */

struct _EngageWelcomePage
{
  AdwBin         parent_instance;

  /* Template widgets */
  AdwStatusPage *status_page;
  GtkWidget     *recent_group;
  GtkListBox    *recent_list;

  /* Owned */
  GSettings     *settings;

  /* State */
  guint          n_recent;
};

G_DEFINE_FINAL_TYPE (EngageWelcomePage, engage_welcome_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static char *
dup_folder_for_display (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *path = NULL;
  const char *home = g_get_home_dir ();

  if (parent == NULL)
    return NULL;

  path = g_file_get_path (parent);
  if (path == NULL)
    return g_file_get_parse_name (parent);

  if (g_str_equal (path, home))
    return g_strdup ("~");

  if (g_str_has_prefix (path, home) && path[strlen (home)] == G_DIR_SEPARATOR)
    return g_strconcat ("~", path + strlen (home), NULL);

  return g_filename_display_name (path);
}

static GtkWidget *
create_recent_row (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (basename);
  g_autofree char *folder = dup_folder_for_display (file);
  g_autofree char *uri = g_file_get_uri (file);
  GtkWidget *row;

  if (g_str_has_suffix (name, ".engage"))
    name[strlen (name) - strlen (".engage")] = '\0';

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  if (folder != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-recent");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", uri);
  gtk_widget_set_tooltip_text (row, g_file_peek_path (file));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  return row;
}

static void
update_recent (EngageWelcomePage *self)
{
  g_auto(GStrv) items = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  self->n_recent = 0;

  if (self->settings != NULL)
    items = g_settings_get_strv (self->settings, "recent-projects");

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      g_autoptr(GFile) file = engage_recent_item_to_file (items[i]);

      if (file == NULL || !g_file_query_exists (file, NULL))
        continue;

      gtk_list_box_append (self->recent_list, create_recent_row (file));
      self->n_recent++;
    }

  gtk_widget_set_visible (self->recent_group, self->n_recent > 0);
}

/* Callbacks */

static void
on_settings_changed_cb (EngageWelcomePage *self,
                        const char        *key,
                        GSettings         *settings)
{
  update_recent (self);
}

/* Vfuncs */

static void
engage_welcome_page_map (GtkWidget *widget)
{
  /* Files come and go while the page is hidden. */
  update_recent (ENGAGE_WELCOME_PAGE (widget));

  GTK_WIDGET_CLASS (engage_welcome_page_parent_class)->map (widget);
}

static void
engage_welcome_page_dispose (GObject *object)
{
  EngageWelcomePage *self = ENGAGE_WELCOME_PAGE (object);

  /* AdwBin unparents its child itself; the template must not do it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ENGAGE_TYPE_WELCOME_PAGE);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (engage_welcome_page_parent_class)->dispose (object);
}

static void
engage_welcome_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  EngageWelcomePage *self = ENGAGE_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_welcome_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  EngageWelcomePage *self = ENGAGE_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      engage_welcome_page_set_settings (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_welcome_page_class_init (EngageWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = engage_welcome_page_dispose;
  object_class->get_property = engage_welcome_page_get_property;
  object_class->set_property = engage_welcome_page_set_property;

  widget_class->map = engage_welcome_page_map;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/engage-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EngageWelcomePage, status_page);
  gtk_widget_class_bind_template_child (widget_class, EngageWelcomePage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, EngageWelcomePage, recent_list);
}

static void
engage_welcome_page_init (EngageWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  adw_status_page_set_icon_name (self->status_page, APP_ID);
}

/* Public API */

/**
 * engage_welcome_page_get_settings:
 *
 * Returns: (transfer none) (nullable): the settings with the recent projects
 */
GSettings *
engage_welcome_page_get_settings (EngageWelcomePage *self)
{
  g_return_val_if_fail (ENGAGE_IS_WELCOME_PAGE (self), NULL);

  return self->settings;
}

/**
 * engage_welcome_page_set_settings:
 * @settings: (nullable): the application's settings
 *
 * Sets where the page finds the recent projects, and follows their changes.
 */
void
engage_welcome_page_set_settings (EngageWelcomePage *self,
                                  GSettings         *settings)
{
  g_return_if_fail (ENGAGE_IS_WELCOME_PAGE (self));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (self->settings == settings)
    return;

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, on_settings_changed_cb, self);

  g_set_object (&self->settings, settings);

  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::recent-projects",
                             G_CALLBACK (on_settings_changed_cb), self,
                             G_CONNECT_SWAPPED);

  update_recent (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SETTINGS]);
}

/**
 * engage_welcome_page_get_n_recent:
 *
 * Returns: how many recent projects the page lists
 */
guint
engage_welcome_page_get_n_recent (EngageWelcomePage *self)
{
  g_return_val_if_fail (ENGAGE_IS_WELCOME_PAGE (self), 0);

  return self->n_recent;
}
