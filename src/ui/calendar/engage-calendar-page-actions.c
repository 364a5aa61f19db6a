/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-calendar-page-actions"

#include "config.h"

#include "engage-calendar-page-private.h"

#include "calendar/engage-post-editor.h"
#include "engage-post.h"

#include <glib/gi18n.h>

/*
 * The calendar page's actions (calendar.*), which its toolbar, views, chips,
 * popovers and sidebar activate: moving through the months or weeks, creating,
 * opening, moving and deleting posts, and the filter. Everything that changes
 * the project happens here, once, whichever view asked for it.
 */

/* New posts and dropped ideas land at this local time. */
#define DEFAULT_HOUR 9

/* Actions */

static void
previous_next_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  EngageCalendarPage *self = ENGAGE_CALENDAR_PAGE (widget);
  gboolean next = g_str_equal (action_name, "calendar.next");
  GDate day = self->anchor;

  if (_engage_calendar_page_is_list (self))
    return;

  if (_engage_calendar_page_is_week (self))
    {
      if (next)
        g_date_add_days (&day, 7);
      else
        g_date_subtract_days (&day, 7);
    }
  else
    {
      /* GDate keeps the 31st as the last day of a shorter month. */
      if (next)
        g_date_add_months (&day, 1);
      else
        g_date_subtract_months (&day, 1);
    }

  _engage_calendar_page_set_anchor (self, &day);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  EngageCalendarPage *self = ENGAGE_CALENDAR_PAGE (widget);
  GDate today;

  _engage_calendar_page_get_today (self, &today);
  _engage_calendar_page_set_anchor (self, &today);

  if (!_engage_calendar_page_is_list (self))
    gtk_widget_grab_focus (GTK_WIDGET (_engage_calendar_page_get_grid (self)));
}

static void
new_post_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  EngageCalendarPage *self = ENGAGE_CALENDAR_PAGE (widget);
  const char *iso = g_variant_get_string (parameter, NULL);
  g_autoptr(GDateTime) time = NULL;
  GDate day;

  if (iso[0] == '\0' || !engage_iso_date_parse (iso, &day))
    {
      if (g_date_valid (&self->anchor))
        day = self->anchor;
      else
        _engage_calendar_page_get_today (self, &day);
    }

  time = _engage_calendar_page_dup_day_at (self, &day, DEFAULT_HOUR);
  engage_post_editor_present (widget, self->project, 0, time);
}

static void
new_idea_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  EngageCalendarPage *self = ENGAGE_CALENDAR_PAGE (widget);

  engage_post_editor_present (widget, self->project, 0, NULL);
}

static void
open_post_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  EngageCalendarPage *self = ENGAGE_CALENDAR_PAGE (widget);

  engage_post_editor_present (widget, self->project, g_variant_get_int64 (parameter), NULL);
}

static void
delete_post_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  EngageCalendarPage *self = ENGAGE_CALENDAR_PAGE (widget);
  gint64 post_id = g_variant_get_int64 (parameter);
  g_autoptr(EngagePost) post = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  const char *name;

  post = engage_project_get_post (self->project, post_id, &error);
  if (post == NULL)
    return;

  if (!engage_project_delete_post (self->project, post_id, &error))
    {
      _engage_calendar_page_show_error (self, _("Could Not Delete Post"), error);
      return;
    }

  name = engage_post_get_title (post);
  if (name == NULL || name[0] == '\0')
    name = _("Untitled Post");
  /* Translators: a toast after a post was deleted; %s is its title */
  title = g_strdup_printf (_("“%s” deleted"), name);
  _engage_calendar_page_show_undo_toast (self, title);
}

static void
move_post_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  EngageCalendarPage *self = ENGAGE_CALENDAR_PAGE (widget);
  g_autoptr(EngagePost) post = NULL;
  g_autoptr(GError) error = NULL;
  const char *iso = NULL;
  gint64 post_id;
  gboolean ok;
  GDate day;

  g_variant_get (parameter, "(x&s)", &post_id, &iso);

  post = engage_project_get_post (self->project, post_id, &error);
  if (post == NULL)
    return;

  /* An empty date takes the post back to the ideas. */
  if (iso[0] == '\0')
    {
      if (engage_post_get_scheduled_at (post) == NULL)
        return;
      ok = engage_project_move_post (self->project, post_id, NULL, &error);
    }
  else if (engage_iso_date_parse (iso, &day))
    {
      ok = engage_calendar_move_post_to_day (self->project, post, &day, &error);
    }
  else
    {
      return;
    }

  if (!ok)
    _engage_calendar_page_show_error (self, _("Could Not Move Post"), error);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EngageCalendarPage *self = ENGAGE_CALENDAR_PAGE (widget);

  gtk_menu_button_popup (self->filter_button);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
reset_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  EngageCalendarPage *self = ENGAGE_CALENDAR_PAGE (widget);

  engage_calendar_filter_reset (self->filter);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  _engage_calendar_page_update_checks (self);
}

/* Private API */

void
_engage_calendar_page_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "calendar.previous", NULL, previous_next_action);
  gtk_widget_class_install_action (widget_class, "calendar.next", NULL, previous_next_action);
  gtk_widget_class_install_action (widget_class, "calendar.today", NULL, today_action);
  gtk_widget_class_install_property_action (widget_class, "calendar.mode", "mode");
  gtk_widget_class_install_property_action (widget_class, "calendar.show-sidebar", "show-sidebar");
  gtk_widget_class_install_action (widget_class, "calendar.new-post", "s", new_post_action);
  gtk_widget_class_install_action (widget_class, "calendar.new-idea", NULL, new_idea_action);
  gtk_widget_class_install_action (widget_class, "calendar.open-post", "x", open_post_action);
  gtk_widget_class_install_action (widget_class, "calendar.delete-post", "x", delete_post_action);
  gtk_widget_class_install_action (widget_class, "calendar.move-post", "(xs)", move_post_action);
  gtk_widget_class_install_action (widget_class, "calendar.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "calendar.reset-filters", NULL, reset_filters_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "calendar.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Up, 0, "calendar.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "calendar.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Down, 0, "calendar.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "calendar.today", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Home, 0, "calendar.today", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "calendar.today", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "calendar.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "calendar.show-sidebar", NULL);
}
