/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-calendar-page-filter"

#include "config.h"

#include "engage-calendar-page-private.h"

#include "engage-channel.h"
#include "engage-pillar.h"
#include "widgets/engage-color-dot.h"

#include <glib/gi18n.h>

/*
 * The filter popover of the calendar page: a search field and a check button
 * per channel, status and pillar. The checks mirror the page's
 * #EngageCalendarFilter; the channels and pillars are rebuilt when the project's
 * change, and keep what was ticked.
 */

#define FILTER_KIND "engage-filter-kind"
#define FILTER_ID "engage-filter-id"

typedef enum
{
  KIND_CHANNEL = 1,
  KIND_STATUS,
  KIND_PILLAR,
} FilterKind;

/* Helpers */

static void
remove_children (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void on_check_toggled_cb (GtkCheckButton     *check,
                                 EngageCalendarPage *self);

static GtkWidget *
create_check (EngageCalendarPage *self,
              FilterKind          kind,
              gint64              id,
              GtkWidget          *prefix,
              const char         *label)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *text = gtk_label_new (label);

  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 22);
  if (prefix != NULL)
    gtk_box_append (GTK_BOX (box), prefix);
  gtk_box_append (GTK_BOX (box), text);

  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), box);
  gtk_widget_set_tooltip_text (check, label);
  g_object_set_data (G_OBJECT (check), FILTER_KIND, GINT_TO_POINTER (kind));
  g_object_set_data_full (G_OBJECT (check), FILTER_ID, g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled_cb), self, 0);

  return check;
}

static gboolean
is_checked_in_filter (EngageCalendarPage *self,
                      FilterKind          kind,
                      gint64              id)
{
  switch (kind)
    {
    case KIND_CHANNEL:
      return engage_calendar_filter_has_channel (self->filter, id);
    case KIND_STATUS:
      return engage_calendar_filter_has_status (self->filter, (EngagePostStatus) id);
    case KIND_PILLAR:
      return engage_calendar_filter_has_pillar (self->filter, id);
    default:
      g_assert_not_reached ();
    }
}

static void
sync_box (EngageCalendarPage *self,
          GtkBox             *box)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      FilterKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (child), FILTER_KIND));
      gint64 *id = g_object_get_data (G_OBJECT (child), FILTER_ID);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (child), is_checked_in_filter (self, kind, *id));
    }
}

/* Callbacks */

static void
on_check_toggled_cb (GtkCheckButton     *check,
                     EngageCalendarPage *self)
{
  FilterKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), FILTER_KIND));
  gint64 *id = g_object_get_data (G_OBJECT (check), FILTER_ID);
  gboolean active = gtk_check_button_get_active (check);

  if (self->syncing_checks)
    return;

  switch (kind)
    {
    case KIND_CHANNEL:
      engage_calendar_filter_set_channel (self->filter, *id, active);
      break;
    case KIND_STATUS:
      engage_calendar_filter_set_status (self->filter, (EngagePostStatus) *id, active);
      break;
    case KIND_PILLAR:
      engage_calendar_filter_set_pillar (self->filter, *id, active);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
on_search_changed_cb (GtkSearchEntry     *entry,
                      EngageCalendarPage *self)
{
  engage_calendar_filter_set_search_text (self->filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* The list view searches the same filter from its own field: follow it. */
static void
on_search_text_notify_cb (EngageCalendarPage   *self,
                          GParamSpec           *pspec,
                          EngageCalendarFilter *filter)
{
  const char *text = engage_calendar_filter_get_search_text (filter);

  if (g_strcmp0 (text != NULL ? text : "", gtk_editable_get_text (GTK_EDITABLE (self->search_entry))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
}

static void
on_stop_search_cb (GtkSearchEntry     *entry,
                   EngageCalendarPage *self)
{
  gtk_popover_popdown (self->filter_popover);
}

/* Private API */

void
_engage_calendar_page_init_filter (EngageCalendarPage *self)
{
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (on_search_changed_cb), self, 0);
  g_signal_connect_object (self->search_entry, "stop-search",
                           G_CALLBACK (on_stop_search_cb), self, 0);
  g_signal_connect_object (self->filter, "notify::search-text",
                           G_CALLBACK (on_search_text_notify_cb), self, G_CONNECT_SWAPPED);
  /* Typing goes to the search while the popover is open. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->filter_popover));

  for (guint status = ENGAGE_POST_STATUS_IDEA; status <= ENGAGE_POST_STATUS_ARCHIVED; status++)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name (engage_post_status_get_icon_name (status));

      gtk_box_append (self->status_checks,
                      create_check (self, KIND_STATUS, status, icon,
                                    engage_post_status_get_label (status)));
    }

  _engage_calendar_page_update_checks (self);
}

/* Rebuilds the channel and pillar checks from the project, keeping the filter. */
void
_engage_calendar_page_update_checks (EngageCalendarPage *self)
{
  guint n_items;

  self->syncing_checks = TRUE;

  remove_children (self->channel_checks);
  n_items = g_list_model_get_n_items (self->channel_list);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (self->channel_list, i);

      gtk_box_append (self->channel_checks,
                      create_check (self, KIND_CHANNEL, engage_channel_get_id (channel),
                                    engage_color_dot_new (engage_channel_get_color (channel)),
                                    engage_channel_get_name (channel)));
    }

  remove_children (self->pillar_checks);
  n_items = g_list_model_get_n_items (self->pillar_list);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(EngagePillar) pillar = g_list_model_get_item (self->pillar_list, i);

      gtk_box_append (self->pillar_checks,
                      create_check (self, KIND_PILLAR, engage_pillar_get_id (pillar),
                                    engage_color_dot_new (engage_pillar_get_color (pillar)),
                                    engage_pillar_get_name (pillar)));
    }
  gtk_box_append (self->pillar_checks,
                  create_check (self, KIND_PILLAR, 0, engage_color_dot_new (NULL), _("No pillar")));

  sync_box (self, self->channel_checks);
  sync_box (self, self->status_checks);
  sync_box (self, self->pillar_checks);

  self->syncing_checks = FALSE;
}

/* Says beside the view switcher that a filter hides posts, with a button to
 * show them all again. */
void
_engage_calendar_page_update_filter_summary (EngageCalendarPage *self)
{
  guint n_active = engage_calendar_filter_count_active (self->filter);
  g_autofree char *summary = NULL;
  g_autofree char *tooltip = NULL;

  gtk_widget_set_visible (self->filter_reset_button, n_active > 0);

  if (n_active == 0)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "filter-active");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->filter_button), _("Filter and Search (Ctrl+F)"));
      return;
    }

  gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "filter-active");
  tooltip = g_strdup_printf (ngettext ("Filter and Search: %u filter in use",
                                       "Filter and Search: %u filters in use",
                                       n_active),
                             n_active);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->filter_button), tooltip);

  if (g_strcmp0 (self->mode, "list") == 0)
    summary = g_strdup (_("Filtered"));
  else
    /* Translators: shown while a filter hides posts of the month or week */
    summary = g_strdup_printf (ngettext ("%u of %u post", "%u of %u posts", self->n_range_posts),
                               self->n_shown_posts, self->n_range_posts);

  gtk_label_set_label (self->filter_label, summary);
}
