/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-post-list"

#include "config.h"

#include "engage-post-list-private.h"

#include "calendar/engage-post-editor.h"
#include "engage-channel.h"
#include "engage-pillar.h"
#include "engage-post.h"
#include "engage-window-private.h"
#include "widgets/engage-color-dot.h"
#include "widgets/engage-status-badge.h"

#include <glib/gi18n.h>

/*
 * The calendar's list view: every post of the project (the scheduled ones and
 * the ideas without a date) in a table with sortable columns, narrowed by the
 * filter the calendar's views share.
 *
 * The table stays usable with 100,000 posts: the column view only makes
 * widgets for the rows on screen and recycles them, a bind sets a few labels,
 * the sorters compare precomputed ranks and collation keys, and channel and
 * pillar names come from small hash tables, not from queries.
 *
 * The sort and filter models work in one go, not incrementally: in GTK 4.8
 * each incremental step announces the whole range to the column view again,
 * which made single steps of several hundred milliseconds with 100,000 posts
 * and the whole sort slower.
 */

struct _EngagePostList
{
  AdwBin                parent_instance;

  /* Template widgets */
  GtkSearchEntry       *search_entry;
  GtkLabel             *count_label;
  GtkStack             *stack;
  GtkColumnView        *column_view;
  GtkColumnViewColumn  *date_column;
  GtkColumnViewColumn  *channel_column;
  GtkColumnViewColumn  *title_column;
  GtkColumnViewColumn  *status_column;
  GtkColumnViewColumn  *pillar_column;
  GtkColumnViewColumn  *owner_column;
  AdwStatusPage        *empty_page;

  /* Owned */
  EngageProject        *project;
  EngageCalendarFilter *filter;
  GListStore           *parts;           /* the two models below while mapped */
  GListModel           *scheduled;
  GListModel           *unscheduled;
  GListModel           *channels;
  GListModel           *pillars;
  GtkFilterListModel   *filter_model;
  GtkSortListModel     *sort_model;
  GtkSingleSelection   *selection;
  GtkFilter            *custom_filter;
  GtkSorter            *channel_sorter;
  GtkSorter            *pillar_sorter;
  GHashTable           *channel_by_id;   /* gint64 → EngageChannel */
  GHashTable           *pillar_by_id;    /* gint64 → EngagePillar */
  GHashTable           *channel_ranks;   /* gint64 → rank by name */
  GHashTable           *pillar_ranks;
  GTimeZone            *tz;
  EngagePlanFindings   *findings;        /* the guideline column's; nullable */
  GtkColumnViewColumn  *findings_column;

  /* State */
  gboolean              syncing_search;
  guint                 scroll_id;
};

G_DEFINE_FINAL_TYPE (EngagePostList, engage_post_list, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

/* Channels and pillars by their "id" property. */
static GHashTable *
index_by_id (GListModel *model)
{
  GHashTable *table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      gpointer item = g_list_model_get_item (model, i);
      gint64 id = 0;

      g_object_get (item, "id", &id, NULL);
      g_hash_table_insert (table, g_memdup2 (&id, sizeof id), item);
    }

  return table;
}

static EngageChannel *
lookup_channel (EngagePostList *self,
                EngagePost     *post)
{
  gint64 id = engage_post_get_channel_id (post);

  return g_hash_table_lookup (self->channel_by_id, &id);
}

static EngagePillar *
lookup_pillar (EngagePostList *self,
               EngagePost     *post)
{
  gint64 id = engage_post_get_pillar_id (post);

  return id > 0 ? g_hash_table_lookup (self->pillar_by_id, &id) : NULL;
}

static void
update_count (EngagePostList *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint total = 0;
  g_autofree char *text = NULL;

  if (self->scheduled != NULL)
    total = g_list_model_get_n_items (self->scheduled) + g_list_model_get_n_items (self->unscheduled);

  if (shown == total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u post", "%'u posts", total), total);
  else
    /* Translators: "12 of 250 posts" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u of %'u post", "%'u of %'u posts",
                                         total),
                            shown, total);
  gtk_label_set_text (self->count_label, text);

  if (shown > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
    }
  else if (total == 0)
    {
      adw_status_page_set_icon_name (self->empty_page, "x-office-calendar-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Posts Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("Plan a post in the calendar, or import a plan from a spreadsheet."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    {
      adw_status_page_set_icon_name (self->empty_page, "edit-find-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Matching Posts"));
      adw_status_page_set_description (self->empty_page,
                                       _("Try another search, or show more channels and statuses."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
}

/* Cells */

static GtkWidget *
new_cell_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  return label;
}

static GtkWidget *
new_dot_cell (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  gtk_box_append (GTK_BOX (box), engage_color_dot_new (NULL));
  gtk_box_append (GTK_BOX (box), new_cell_label ());
  return box;
}

static void
on_cell_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  EngagePostListColumn cell = GPOINTER_TO_UINT (user_data);
  GtkWidget *child;

  switch (cell)
    {
    case ENGAGE_POST_LIST_COLUMN_CHANNEL:
    case ENGAGE_POST_LIST_COLUMN_PILLAR:
      child = new_dot_cell ();
      break;

    case ENGAGE_POST_LIST_COLUMN_STATUS:
      child = engage_status_badge_new (ENGAGE_POST_STATUS_IDEA);
      gtk_widget_set_halign (child, GTK_ALIGN_START);
      break;

    case ENGAGE_POST_LIST_COLUMN_DATE:
      child = new_cell_label ();
      gtk_widget_add_css_class (child, "numeric");
      break;

    case ENGAGE_POST_LIST_COLUMN_TITLE:
    case ENGAGE_POST_LIST_COLUMN_OWNER:
    default:
      child = new_cell_label ();
      break;
    }

  gtk_list_item_set_child (item, child);
}

static void
set_dot_cell (GtkWidget  *box,
              const char *color,
              const char *text)
{
  engage_color_dot_set_color (ENGAGE_COLOR_DOT (gtk_widget_get_first_child (box)), color);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)), text != NULL ? text : "");
}

static void
bind_date (EngagePostList *self,
           GtkWidget      *label,
           EngagePost     *post)
{
  GDateTime *time = engage_post_get_scheduled_at (post);
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *text = NULL;

  if (time == NULL)
    {
      gtk_label_set_text (GTK_LABEL (label), _("No date"));
      gtk_widget_add_css_class (label, "dim-label");
      return;
    }

  local = g_date_time_to_timezone (time, self->tz);
  /* Translators: a post's date and time in a table, see strftime; e.g.
   * "%-e. %b %Y, %H:%M" in German */
  text = g_date_time_format (local, _("%b %-e, %Y, %H:%M"));
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_remove_css_class (label, "dim-label");
}

static void
on_cell_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  EngagePostList *self = g_object_get_data (G_OBJECT (factory), "post-list");
  EngagePostListColumn cell = GPOINTER_TO_UINT (user_data);
  EngagePost *post = gtk_list_item_get_item (item);
  GtkWidget *child = gtk_list_item_get_child (item);

  switch (cell)
    {
    case ENGAGE_POST_LIST_COLUMN_DATE:
      bind_date (self, child, post);
      break;

    case ENGAGE_POST_LIST_COLUMN_CHANNEL:
      {
        EngageChannel *channel = lookup_channel (self, post);

        set_dot_cell (child,
                      channel != NULL ? engage_channel_get_color (channel) : NULL,
                      channel != NULL ? engage_channel_get_name (channel) : NULL);
      }
      break;

    case ENGAGE_POST_LIST_COLUMN_TITLE:
      gtk_label_set_text (GTK_LABEL (child), engage_post_get_title (post));
      break;

    case ENGAGE_POST_LIST_COLUMN_STATUS:
      engage_status_badge_set_status (ENGAGE_STATUS_BADGE (child), engage_post_get_status (post));
      break;

    case ENGAGE_POST_LIST_COLUMN_PILLAR:
      {
        EngagePillar *pillar = lookup_pillar (self, post);

        set_dot_cell (child,
                      pillar != NULL ? engage_pillar_get_color (pillar) : NULL,
                      pillar != NULL ? engage_pillar_get_name (pillar) : NULL);
      }
      break;

    case ENGAGE_POST_LIST_COLUMN_OWNER:
      gtk_label_set_text (GTK_LABEL (child), engage_post_get_owner (post) != NULL
                                             ? engage_post_get_owner (post) : "");
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
set_up_column (EngagePostList       *self,
               GtkColumnViewColumn  *column,
               EngagePostListColumn  cell,
               GtkSorter            *sorter)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  /* The factory lives as long as the column, which the list owns. */
  g_object_set_data (G_OBJECT (factory), "post-list", self);
  g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup_cb), GUINT_TO_POINTER (cell));
  g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind_cb), GUINT_TO_POINTER (cell));
  gtk_column_view_column_set_factory (column, factory);
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);
}

static gboolean
filter_post (gpointer item,
             gpointer user_data)
{
  EngagePostList *self = user_data;

  return self->filter == NULL || engage_calendar_filter_matches (self->filter, item);
}

/* Callbacks */

static void
on_filter_changed_cb (EngagePostList *self)
{
  const char *text = engage_calendar_filter_get_search_text (self->filter);

  if (g_strcmp0 (text != NULL ? text : "", gtk_editable_get_text (GTK_EDITABLE (self->search_entry))) != 0)
    {
      self->syncing_search = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
      self->syncing_search = FALSE;
    }

  gtk_filter_changed (self->custom_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_search_changed_cb (EngagePostList *self)
{
  if (self->syncing_search)
    return;

  engage_calendar_filter_set_search_text (self->filter,
                                          gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_channels_changed_cb (EngagePostList *self)
{
  g_clear_pointer (&self->channel_by_id, g_hash_table_unref);
  self->channel_by_id = index_by_id (self->channels);
  _engage_post_list_ranks_update (self->channel_ranks, self->channels);
  if (self->channel_sorter != NULL)
    gtk_sorter_changed (self->channel_sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

static void
on_pillars_changed_cb (EngagePostList *self)
{
  g_clear_pointer (&self->pillar_by_id, g_hash_table_unref);
  self->pillar_by_id = index_by_id (self->pillars);
  _engage_post_list_ranks_update (self->pillar_ranks, self->pillars);
  if (self->pillar_sorter != NULL)
    gtk_sorter_changed (self->pillar_sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

static void
on_column_view_activate_cb (EngagePostList *self,
                            guint           position)
{
  g_autoptr(EngagePost) post = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (post != NULL)
    engage_post_editor_present (GTK_WIDGET (self), self->project, engage_post_get_id (post), NULL);
}

/* Actions */

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EngagePostList *self = ENGAGE_POST_LIST (widget);
  EngagePost *post = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (post == NULL)
    return;

  if (!engage_project_delete_post (self->project, engage_post_get_id (post), &error))
    {
      if (ENGAGE_IS_WINDOW (root))
        engage_window_show_error (ENGAGE_WINDOW (root), _("Could Not Delete Post"), error->message);
      return;
    }

  if (ENGAGE_IS_WINDOW (root))
    _engage_window_show_undo_toast (ENGAGE_WINDOW (root), _("Post deleted"));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EngagePostList *self = ENGAGE_POST_LIST (widget);
  guint position = gtk_single_selection_get_selected (self->selection);

  if (position != GTK_INVALID_LIST_POSITION)
    on_column_view_activate_cb (self, position);
}

/* The whole project's posts are a live model that core reloads after every
 * edit: with 100,000 posts that takes a while, so the table holds them only
 * while it is on screen, and an edit in the month view does not pay for a
 * hidden list. */
static void
attach_posts (EngagePostList *self)
{
  if (self->scheduled != NULL)
    return;

  /* Open ends on both sides: every dated post; the ideas come after them. */
  self->scheduled = engage_project_list_posts (self->project, NULL, NULL);
  self->unscheduled = engage_project_list_unscheduled_posts (self->project);
  g_list_store_append (self->parts, self->scheduled);
  g_list_store_append (self->parts, self->unscheduled);
  update_count (self);
}

static void
detach_posts (EngagePostList *self)
{
  if (self->scheduled == NULL)
    return;

  g_list_store_remove_all (self->parts);
  g_clear_object (&self->scheduled);
  g_clear_object (&self->unscheduled);
}

/* Vfuncs */

/* The first row from today on, when the rows before it all lie in the past:
 * in the usual order by date, where a planner looks first. */
static guint
find_upcoming (EngagePostList *self)
{
  GListModel *model = G_LIST_MODEL (self->sort_model);
  g_autoptr(GDateTime) now = g_date_time_new_now (self->tz);
  g_autoptr(GDateTime) today = g_date_time_new (self->tz, g_date_time_get_year (now),
                                                g_date_time_get_month (now),
                                                g_date_time_get_day_of_month (now), 0, 0, 0);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (model, i);
      GDateTime *scheduled_at = engage_post_get_scheduled_at (post);

      if (scheduled_at == NULL)
        return GTK_INVALID_LIST_POSITION;
      if (g_date_time_compare (scheduled_at, today) >= 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Once the table has its size, scrolls the upcoming posts to the top. The
 * rows are of one height, so the position is a fraction of the whole. */
static gboolean
scroll_to_upcoming_cb (gpointer user_data)
{
  EngagePostList *self = user_data;
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  double upper;
  guint position;

  /* Not laid out yet: try again after the next layout. */
  upper = adjustment != NULL ? gtk_adjustment_get_upper (adjustment) : 0;
  if (upper <= 0 && n_items > 0)
    return G_SOURCE_CONTINUE;

  self->scroll_id = 0;
  position = find_upcoming (self);
  if (position != GTK_INVALID_LIST_POSITION && position > 0)
    gtk_adjustment_set_value (adjustment, upper * position / n_items);

  return G_SOURCE_REMOVE;
}

static void
engage_post_list_map (GtkWidget *widget)
{
  EngagePostList *self = ENGAGE_POST_LIST (widget);

  attach_posts (self);

  GTK_WIDGET_CLASS (engage_post_list_parent_class)->map (widget);

  if (self->scroll_id == 0)
    self->scroll_id = g_timeout_add (50, scroll_to_upcoming_cb, self);
}

static void
engage_post_list_unmap (GtkWidget *widget)
{
  g_clear_handle_id (&ENGAGE_POST_LIST (widget)->scroll_id, g_source_remove);

  GTK_WIDGET_CLASS (engage_post_list_parent_class)->unmap (widget);

  detach_posts (ENGAGE_POST_LIST (widget));
}

static void
engage_post_list_constructed (GObject *object)
{
  EngagePostList *self = ENGAGE_POST_LIST (object);
  GtkFlattenListModel *all;

  G_OBJECT_CLASS (engage_post_list_parent_class)->constructed (object);

  g_assert (self->project != NULL);

  if (self->filter == NULL)
    self->filter = engage_calendar_filter_new ();

  self->tz = g_time_zone_ref (engage_project_get_tz (self->project));
  self->channel_ranks = _engage_post_list_ranks_new ();
  self->pillar_ranks = _engage_post_list_ranks_new ();
  self->channels = engage_project_list_channels (self->project);
  self->pillars = engage_project_list_pillars (self->project);
  on_channels_changed_cb (self);
  on_pillars_changed_cb (self);
  g_signal_connect_object (self->channels, "items-changed",
                           G_CALLBACK (on_channels_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->pillars, "items-changed",
                           G_CALLBACK (on_pillars_changed_cb), self, G_CONNECT_SWAPPED);

  /* The posts themselves come in when the table is shown (see map). */
  self->parts = g_list_store_new (G_TYPE_LIST_MODEL);
  all = gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (self->parts)));

  self->custom_filter = GTK_FILTER (gtk_custom_filter_new (filter_post, self, NULL));
  self->filter_model = gtk_filter_list_model_new (G_LIST_MODEL (all), g_object_ref (self->custom_filter));
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);

  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->filter, "changed",
                           G_CALLBACK (on_filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (on_search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->column_view, "activate",
                           G_CALLBACK (on_column_view_activate_cb), self, G_CONNECT_SWAPPED);

  set_up_column (self, self->date_column, ENGAGE_POST_LIST_COLUMN_DATE,
                 _engage_post_list_sorter_new (ENGAGE_POST_LIST_COLUMN_DATE, NULL));
  self->channel_sorter = _engage_post_list_sorter_new (ENGAGE_POST_LIST_COLUMN_CHANNEL,
                                                       self->channel_ranks);
  set_up_column (self, self->channel_column, ENGAGE_POST_LIST_COLUMN_CHANNEL, g_object_ref (self->channel_sorter));
  set_up_column (self, self->title_column, ENGAGE_POST_LIST_COLUMN_TITLE,
                 _engage_post_list_sorter_new (ENGAGE_POST_LIST_COLUMN_TITLE, NULL));
  set_up_column (self, self->status_column, ENGAGE_POST_LIST_COLUMN_STATUS,
                 _engage_post_list_sorter_new (ENGAGE_POST_LIST_COLUMN_STATUS, NULL));
  self->pillar_sorter = _engage_post_list_sorter_new (ENGAGE_POST_LIST_COLUMN_PILLAR,
                                                      self->pillar_ranks);
  set_up_column (self, self->pillar_column, ENGAGE_POST_LIST_COLUMN_PILLAR, g_object_ref (self->pillar_sorter));
  set_up_column (self, self->owner_column, ENGAGE_POST_LIST_COLUMN_OWNER,
                 _engage_post_list_sorter_new (ENGAGE_POST_LIST_COLUMN_OWNER, NULL));

  /* Like a calendar: by date, the next posts first. */
  gtk_column_view_sort_by_column (self->column_view, self->date_column, GTK_SORT_ASCENDING);

  on_filter_changed_cb (self);
  update_count (self);
}

static void
engage_post_list_dispose (GObject *object)
{
  EngagePostList *self = ENGAGE_POST_LIST (object);

  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), ENGAGE_TYPE_POST_LIST);

  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->custom_filter);
  g_clear_object (&self->findings);
  g_clear_object (&self->findings_column);
  g_clear_object (&self->channel_sorter);
  g_clear_object (&self->pillar_sorter);
  g_clear_object (&self->scheduled);
  g_clear_object (&self->unscheduled);
  g_clear_object (&self->parts);
  g_clear_object (&self->channels);
  g_clear_object (&self->pillars);
  g_clear_object (&self->filter);
  g_clear_object (&self->project);
  g_clear_pointer (&self->channel_by_id, g_hash_table_unref);
  g_clear_pointer (&self->pillar_by_id, g_hash_table_unref);
  g_clear_pointer (&self->channel_ranks, g_hash_table_unref);
  g_clear_pointer (&self->pillar_ranks, g_hash_table_unref);
  g_clear_pointer (&self->tz, g_time_zone_unref);

  G_OBJECT_CLASS (engage_post_list_parent_class)->dispose (object);
}

static void
engage_post_list_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  EngagePostList *self = ENGAGE_POST_LIST (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_FILTER:
      g_value_set_object (value, self->filter);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_post_list_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  EngagePostList *self = ENGAGE_POST_LIST (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;

    case PROP_FILTER:
      self->filter = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_post_list_class_init (EngagePostListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = engage_post_list_constructed;
  object_class->dispose = engage_post_list_dispose;
  object_class->get_property = engage_post_list_get_property;
  object_class->set_property = engage_post_list_set_property;

  widget_class->map = engage_post_list_map;
  widget_class->unmap = engage_post_list_unmap;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         ENGAGE_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * EngagePostList:filter:
   *
   * The filter the list shares with the calendar's other views; without one,
   * the list makes its own for its search field.
   */
  properties[PROP_FILTER] =
    g_param_spec_object ("filter", NULL, NULL,
                         ENGAGE_TYPE_CALENDAR_FILTER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/calendar/engage-post-list.ui");
  gtk_widget_class_bind_template_child (widget_class, EngagePostList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EngagePostList, count_label);
  gtk_widget_class_bind_template_child (widget_class, EngagePostList, stack);
  gtk_widget_class_bind_template_child (widget_class, EngagePostList, column_view);
  gtk_widget_class_bind_template_child (widget_class, EngagePostList, date_column);
  gtk_widget_class_bind_template_child (widget_class, EngagePostList, channel_column);
  gtk_widget_class_bind_template_child (widget_class, EngagePostList, title_column);
  gtk_widget_class_bind_template_child (widget_class, EngagePostList, status_column);
  gtk_widget_class_bind_template_child (widget_class, EngagePostList, pillar_column);
  gtk_widget_class_bind_template_child (widget_class, EngagePostList, owner_column);
  gtk_widget_class_bind_template_child (widget_class, EngagePostList, empty_page);

  gtk_widget_class_install_action (widget_class, "post-list.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "post-list.open", NULL, open_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "post-list.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "post-list.delete", NULL);
}

static void
engage_post_list_init (EngagePostList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

/**
 * engage_post_list_new:
 * @project: an open project
 * @filter: (nullable): the filter shared with the calendar's other views
 *
 * Returns: (transfer floating): a table of the project's posts
 */
GtkWidget *
engage_post_list_new (EngageProject        *project,
                      EngageCalendarFilter *filter)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (filter == NULL || ENGAGE_IS_CALENDAR_FILTER (filter), NULL);

  return g_object_new (ENGAGE_TYPE_POST_LIST, "project", project, "filter", filter, NULL);
}

/**
 * engage_post_list_get_project:
 *
 * Returns: (transfer none): the project
 */
EngageProject *
engage_post_list_get_project (EngagePostList *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_LIST (self), NULL);

  return self->project;
}

/**
 * engage_post_list_get_filter:
 *
 * Returns: (transfer none): the filter the list applies
 */
EngageCalendarFilter *
engage_post_list_get_filter (EngagePostList *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_LIST (self), NULL);

  return self->filter;
}

/**
 * engage_post_list_get_model:
 *
 * Returns: (transfer none): the posts as the table shows them, filtered and
 *   sorted; empty while the table is not on screen
 */
GListModel *
engage_post_list_get_model (EngagePostList *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_LIST (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}

/**
 * engage_post_list_sort_by:
 * @column: "date", "channel", "title", "status", "pillar" or "owner"
 * @order: the direction
 *
 * Sorts the table as a click on a column's header does.
 *
 * Returns: %FALSE for an unknown column
 */
gboolean
engage_post_list_sort_by (EngagePostList *self,
                          const char     *column,
                          GtkSortType     order)
{
  g_return_val_if_fail (ENGAGE_IS_POST_LIST (self), FALSE);

  const struct { const char *name; GtkColumnViewColumn *column; } columns[] = {
    { "date", self->date_column },
    { "channel", self->channel_column },
    { "title", self->title_column },
    { "status", self->status_column },
    { "pillar", self->pillar_column },
    { "owner", self->owner_column },
  };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (g_strcmp0 (column, columns[i].name) == 0)
      {
        gtk_column_view_sort_by_column (self->column_view, columns[i].column, order);
        return TRUE;
      }

  return FALSE;
}

/* The guideline column: an icon for each post that breaks the guideline, its
 * findings in the tooltip. Bound rows follow the findings' ::changed, so that
 * the column needs no rebinding of the whole table after an edit. */

static void
update_findings_cell (EngagePlanFindings *findings,
                      GtkListItem        *item)
{
  EngagePost *post = gtk_list_item_get_item (item);
  GtkWidget *image = gtk_list_item_get_child (item);
  EngageSeverity severity = ENGAGE_SEVERITY_INFO;
  const char *messages = NULL;
  const char *css_classes[] = { "info", "warning", "error" };
  const char *icons[] = { "dialog-information-symbolic", "dialog-warning-symbolic", "dialog-error-symbolic" };
  gboolean found;

  if (post == NULL || image == NULL)
    return;

  found = engage_plan_findings_lookup_post (findings, post, &severity, &messages);
  gtk_widget_set_visible (image, found);
  gtk_widget_set_tooltip_text (image, found ? messages : NULL);
  if (!found)
    return;

  gtk_image_set_from_icon_name (GTK_IMAGE (image), icons[severity]);
  for (guint i = 0; i < G_N_ELEMENTS (css_classes); i++)
    {
      if (i == (guint) severity)
        gtk_widget_add_css_class (image, css_classes[i]);
      else
        gtk_widget_remove_css_class (image, css_classes[i]);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, engage_severity_get_label (severity),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, messages,
                                  -1);
}

static void
on_findings_cell_setup_cb (GtkSignalListItemFactory *factory,
                           GtkListItem              *item)
{
  GtkWidget *image = gtk_image_new ();

  gtk_widget_set_halign (image, GTK_ALIGN_START);
  gtk_widget_add_css_class (image, "severity-icon");
  gtk_list_item_set_child (item, image);
}

static void
on_findings_cell_bind_cb (GtkSignalListItemFactory *factory,
                          GtkListItem              *item,
                          EngagePostList           *self)
{
  gulong handler;

  update_findings_cell (self->findings, item);
  handler = g_signal_connect_object (self->findings, "changed", G_CALLBACK (update_findings_cell), item, 0);
  g_object_set_data (G_OBJECT (item), "engage-findings-handler", GSIZE_TO_POINTER ((gsize) handler));
}

static void
on_findings_cell_unbind_cb (GtkSignalListItemFactory *factory,
                            GtkListItem              *item,
                            EngagePostList           *self)
{
  gulong handler = (gulong) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (item), "engage-findings-handler"));

  if (handler != 0 && self->findings != NULL)
    g_signal_handler_disconnect (self->findings, handler);
  g_object_set_data (G_OBJECT (item), "engage-findings-handler", NULL);
}

/**
 * engage_post_list_set_findings:
 * @self: a list
 * @findings: (nullable): the guideline's findings on the plan
 *
 * Shows a column with an icon for each post that breaks the guideline, or
 * hides it without findings.
 */
void
engage_post_list_set_findings (EngagePostList     *self,
                               EngagePlanFindings *findings)
{
  g_return_if_fail (ENGAGE_IS_POST_LIST (self));
  g_return_if_fail (findings == NULL || ENGAGE_IS_PLAN_FINDINGS (findings));

  if (self->findings == findings)
    return;

  /* Bound cells hold handlers on the old findings: a new column rebinds them. */
  if (self->findings_column != NULL)
    {
      gtk_column_view_remove_column (self->column_view, self->findings_column);
      g_clear_object (&self->findings_column);
    }
  g_set_object (&self->findings, findings);

  if (findings != NULL)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

      g_signal_connect (factory, "setup", G_CALLBACK (on_findings_cell_setup_cb), NULL);
      g_signal_connect_object (factory, "bind", G_CALLBACK (on_findings_cell_bind_cb), self, 0);
      g_signal_connect_object (factory, "unbind", G_CALLBACK (on_findings_cell_unbind_cb), self, 0);

      /* An icon column, as narrow as the icon: the title keeps its room, and
       * each icon names its severity and findings to screen readers. */
      self->findings_column = gtk_column_view_column_new (NULL, g_object_ref (factory));
      gtk_column_view_column_set_fixed_width (self->findings_column, 40);
      /* After the title, where the eye is when it reads a row. */
      gtk_column_view_insert_column (self->column_view, 3, self->findings_column);
    }
}
