/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-calendar-page"

#include "config.h"

#include "engage-calendar-page.h"

#include "engage-channel.h"
#include "engage-pillar.h"
#include "engage-post.h"
#include "widgets/engage-color-dot.h"
#include "widgets/engage-status-badge.h"

#include <glib/gi18n.h>

/*
 * The next two weeks of the editorial plan, day by day. A first view of the
 * calendar: it reads the project's live models and rebuilds whenever the project
 * reports a change to posts, channels or pillars, so edits, undo and redo show
 * at once.
 */

struct _EngageCalendarPage
{
  AdwBin          parent_instance;

  /* Template widgets */
  GtkStack       *stack;
  GtkLabel       *summary_label;
  GtkBox         *days_box;
  AdwStatusPage  *empty_page;

  /* Owned */
  EngageProject  *project;
  GListModel     *posts;
  GListModel     *unscheduled;
  GListModel     *channels;
  GListModel     *pillars;

  /* State */
  guint           midnight_id;
};

G_DEFINE_FINAL_TYPE (EngageCalendarPage, engage_calendar_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Pure helpers */

void
engage_calendar_day_free (EngageCalendarDay *day)
{
  if (day == NULL)
    return;

  g_clear_pointer (&day->day, g_date_time_unref);
  g_clear_pointer (&day->posts, g_ptr_array_unref);
  g_free (day);
}

static int
compare_posts_by_time (gconstpointer a,
                       gconstpointer b)
{
  EngagePost *post_a = *(EngagePost **) a;
  EngagePost *post_b = *(EngagePost **) b;
  GDateTime *time_a = engage_post_get_scheduled_at (post_a);
  GDateTime *time_b = engage_post_get_scheduled_at (post_b);
  int cmp = g_date_time_compare (time_a, time_b);

  if (cmp != 0)
    return cmp;

  return g_utf8_collate (engage_post_get_title (post_a), engage_post_get_title (post_b));
}

/**
 * engage_calendar_group_by_day:
 * @posts: (element-type EngagePost): posts
 * @tz: the time zone whose days count
 *
 * Sorts the scheduled, not archived posts by time and groups them by their day
 * in @tz. Posts without a time and archived posts are left out.
 *
 * Returns: (transfer full) (element-type EngageCalendarDay): the days that have
 *   posts, earliest first
 */
GPtrArray *
engage_calendar_group_by_day (GListModel *posts,
                              GTimeZone  *tz)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) days = NULL;
  guint n_items;

  g_return_val_if_fail (G_IS_LIST_MODEL (posts), NULL);
  g_return_val_if_fail (tz != NULL, NULL);

  days = g_ptr_array_new_with_free_func ((GDestroyNotify) engage_calendar_day_free);

  n_items = g_list_model_get_n_items (posts);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (posts, i);

      if (engage_post_get_scheduled_at (post) == NULL ||
          engage_post_get_status (post) == ENGAGE_POST_STATUS_ARCHIVED)
        continue;

      g_ptr_array_add (sorted, g_steal_pointer (&post));
    }

  g_ptr_array_sort (sorted, compare_posts_by_time);

  for (guint i = 0; i < sorted->len; i++)
    {
      EngagePost *post = g_ptr_array_index (sorted, i);
      g_autoptr(GDateTime) local = NULL;
      g_autoptr(GDateTime) midnight = NULL;
      EngageCalendarDay *day = NULL;

      local = g_date_time_to_timezone (engage_post_get_scheduled_at (post), tz);
      midnight = g_date_time_new (tz,
                                  g_date_time_get_year (local),
                                  g_date_time_get_month (local),
                                  g_date_time_get_day_of_month (local),
                                  0, 0, 0);

      if (days->len > 0)
        {
          EngageCalendarDay *last = g_ptr_array_index (days, days->len - 1);

          if (g_date_time_equal (last->day, midnight))
            day = last;
        }

      if (day == NULL)
        {
          day = g_new0 (EngageCalendarDay, 1);
          day->day = g_steal_pointer (&midnight);
          day->posts = g_ptr_array_new_with_free_func (g_object_unref);
          g_ptr_array_add (days, day);
        }

      g_ptr_array_add (day->posts, g_object_ref (post));
    }

  return g_steal_pointer (&days);
}

/**
 * engage_calendar_format_summary:
 * @n_posts: posts planned in the coming two weeks
 * @n_ideas: posts without a date
 *
 * Returns: (transfer full): one line for the top of the page, e.g.
 *   "12 posts in the next two weeks · 3 ideas without a date"
 */
char *
engage_calendar_format_summary (guint n_posts,
                                guint n_ideas)
{
  g_autofree char *posts = NULL;
  g_autofree char *ideas = NULL;

  posts = g_strdup_printf (ngettext ("%u post in the next two weeks",
                                     "%u posts in the next two weeks",
                                     n_posts),
                           n_posts);

  if (n_ideas == 0)
    return g_steal_pointer (&posts);

  ideas = g_strdup_printf (ngettext ("%u idea without a date",
                                     "%u ideas without a date",
                                     n_ideas),
                           n_ideas);

  /* Translators: joins the number of planned posts and the number of ideas */
  return g_strdup_printf (_("%s · %s"), posts, ideas);
}

/**
 * engage_calendar_format_day:
 * @day: a day
 * @today: (nullable): today, in the same time zone
 *
 * Returns: (transfer full): "Today", "Tomorrow", or the weekday and date
 */
char *
engage_calendar_format_day (GDateTime *day,
                            GDateTime *today)
{
  g_return_val_if_fail (day != NULL, NULL);

  if (today != NULL &&
      g_date_time_get_year (day) == g_date_time_get_year (today) &&
      g_date_time_get_day_of_year (day) == g_date_time_get_day_of_year (today))
    return g_strdup (_("Today"));

  if (today != NULL)
    {
      g_autoptr(GDateTime) tomorrow = g_date_time_add_days (today, 1);

      if (g_date_time_get_year (day) == g_date_time_get_year (tomorrow) &&
          g_date_time_get_day_of_year (day) == g_date_time_get_day_of_year (tomorrow))
        return g_strdup (_("Tomorrow"));
    }

  /* Translators: a day in the list of upcoming posts, see the strftime manual;
   * e.g. "%A, %-e. %B" for German */
  return g_date_time_format (day, _("%A, %B %-e"));
}

/* Helpers */

typedef gint64 (*GetIdFunc) (gpointer item);

static GHashTable *
index_by_id (GListModel *model,
             GetIdFunc   get_id)
{
  GHashTable *table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      gpointer item = g_list_model_get_item (model, i);
      gint64 *id = g_new (gint64, 1);

      *id = get_id (item);
      g_hash_table_replace (table, id, item);
    }

  return table;
}

static guint
count_open_ideas (GListModel *posts)
{
  guint n_items = g_list_model_get_n_items (posts);
  guint n_ideas = 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (posts, i);

      if (engage_post_get_status (post) != ENGAGE_POST_STATUS_ARCHIVED)
        n_ideas++;
    }

  return n_ideas;
}

static GtkWidget *
create_post_row (EngageCalendarPage *self,
                 EngagePost         *post,
                 GHashTable         *channels,
                 GHashTable         *pillars)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *time = NULL;
  gint64 channel_id = engage_post_get_channel_id (post);
  gint64 pillar_id = engage_post_get_pillar_id (post);
  EngageChannel *channel = g_hash_table_lookup (channels, &channel_id);
  EngagePillar *pillar = g_hash_table_lookup (pillars, &pillar_id);
  const char *title = engage_post_get_title (post);
  GtkWidget *row;
  GtkWidget *dot;

  local = g_date_time_to_timezone (engage_post_get_scheduled_at (post),
                                   engage_project_get_tz (self->project));
  /* Translators: the time of a post, see the strftime manual */
  time = g_date_time_format (local, _("%H:%M"));
  g_string_append (subtitle, time);
  if (channel != NULL)
    g_string_append_printf (subtitle, " · %s", engage_channel_get_name (channel));
  if (pillar != NULL)
    g_string_append_printf (subtitle, " · %s", engage_pillar_get_name (pillar));

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 title != NULL && title[0] != '\0' ? title : _("Untitled Post"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);

  dot = engage_color_dot_new (channel != NULL ? engage_channel_get_color (channel) : NULL);
  gtk_widget_set_margin_end (dot, 6);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), dot);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             engage_status_badge_new (engage_post_get_status (post)));

  return row;
}

static void
clear_days (EngageCalendarPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->days_box))) != NULL)
    gtk_box_remove (self->days_box, child);
}

static void
rebuild (EngageCalendarPage *self)
{
  g_autoptr(GHashTable) channels = NULL;
  g_autoptr(GHashTable) pillars = NULL;
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autofree char *summary = NULL;
  GTimeZone *tz = engage_project_get_tz (self->project);
  guint n_posts = 0;
  guint n_ideas;

  clear_days (self);

  channels = index_by_id (self->channels, (GetIdFunc) engage_channel_get_id);
  pillars = index_by_id (self->pillars, (GetIdFunc) engage_pillar_get_id);
  days = engage_calendar_group_by_day (self->posts, tz);
  n_ideas = count_open_ideas (self->unscheduled);

  now = g_date_time_new_now (tz);
  today = g_date_time_new (tz,
                           g_date_time_get_year (now),
                           g_date_time_get_month (now),
                           g_date_time_get_day_of_month (now),
                           0, 0, 0);

  for (guint i = 0; i < days->len; i++)
    {
      EngageCalendarDay *day = g_ptr_array_index (days, i);
      g_autofree char *title = engage_calendar_format_day (day->day, today);
      g_autofree char *date = engage_calendar_format_day (day->day, NULL);
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
      if (g_strcmp0 (title, date) != 0)
        adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), date);

      for (guint j = 0; j < day->posts->len; j++)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                   create_post_row (self, g_ptr_array_index (day->posts, j),
                                                    channels, pillars));

      gtk_box_append (self->days_box, group);
      n_posts += day->posts->len;
    }

  summary = engage_calendar_format_summary (n_posts, n_ideas);
  gtk_label_set_label (self->summary_label, summary);

  if (n_posts == 0)
    {
      g_autoptr(GString) description = g_string_new (_("Nothing is scheduled for the next two weeks."));

      if (n_ideas > 0)
        {
          g_string_append_c (description, ' ');
          g_string_append_printf (description,
                                  ngettext ("%u idea is waiting for a date.",
                                            "%u ideas are waiting for a date.",
                                            n_ideas),
                                  n_ideas);
        }

      adw_status_page_set_description (self->empty_page, description->str);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "posts");
    }
}

static gboolean on_midnight_cb (gpointer user_data);

/* Asks core for the two weeks from the start of today in the project's time
 * zone, and comes back at the next midnight to move on by a day. */
static void
update_range (EngageCalendarPage *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GDateTime) tomorrow = NULL;
  GTimeZone *tz = engage_project_get_tz (self->project);
  GTimeSpan until_tomorrow;

  now = g_date_time_new_now (tz);
  from = g_date_time_new (tz,
                          g_date_time_get_year (now),
                          g_date_time_get_month (now),
                          g_date_time_get_day_of_month (now),
                          0, 0, 0);
  to = g_date_time_add_days (from, ENGAGE_CALENDAR_PAGE_DAYS);
  tomorrow = g_date_time_add_days (from, 1);

  g_clear_object (&self->posts);
  self->posts = engage_project_list_posts (self->project, from, to);

  until_tomorrow = g_date_time_difference (tomorrow, now);
  g_clear_handle_id (&self->midnight_id, g_source_remove);
  self->midnight_id = g_timeout_add_seconds (until_tomorrow / G_TIME_SPAN_SECOND + 1,
                                             on_midnight_cb, self);
}

/* Callbacks */

static gboolean
on_midnight_cb (gpointer user_data)
{
  EngageCalendarPage *self = ENGAGE_CALENDAR_PAGE (user_data);

  self->midnight_id = 0;
  update_range (self);
  rebuild (self);

  return G_SOURCE_REMOVE;
}

static void
on_project_changed_cb (EngageCalendarPage *self,
                       guint               tables,
                       EngageProject      *project)
{
  /* Another time zone moves the days. */
  if (tables & ENGAGE_TABLE_PROJECT)
    update_range (self);

  if (tables & (ENGAGE_TABLE_POST | ENGAGE_TABLE_CHANNEL | ENGAGE_TABLE_PILLAR | ENGAGE_TABLE_PROJECT))
    rebuild (self);
}

/* Vfuncs */

static void
engage_calendar_page_constructed (GObject *object)
{
  EngageCalendarPage *self = ENGAGE_CALENDAR_PAGE (object);

  G_OBJECT_CLASS (engage_calendar_page_parent_class)->constructed (object);

  g_assert (ENGAGE_IS_PROJECT (self->project));

  /* The live models reload in their own handlers of ::changed, connected
   * before ours, so they are current when the page rebuilds. */
  self->unscheduled = engage_project_list_unscheduled_posts (self->project);
  self->channels = engage_project_list_channels (self->project);
  self->pillars = engage_project_list_pillars (self->project);
  update_range (self);

  g_signal_connect_object (self->project, "changed",
                           G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);

  rebuild (self);
}

static void
engage_calendar_page_dispose (GObject *object)
{
  EngageCalendarPage *self = ENGAGE_CALENDAR_PAGE (object);

  /* AdwBin unparents its child itself; the template must not do it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ENGAGE_TYPE_CALENDAR_PAGE);

  g_clear_handle_id (&self->midnight_id, g_source_remove);
  g_clear_object (&self->posts);
  g_clear_object (&self->unscheduled);
  g_clear_object (&self->channels);
  g_clear_object (&self->pillars);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (engage_calendar_page_parent_class)->dispose (object);
}

static void
engage_calendar_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  EngageCalendarPage *self = ENGAGE_CALENDAR_PAGE (object);

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
engage_calendar_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  EngageCalendarPage *self = ENGAGE_CALENDAR_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_calendar_page_class_init (EngageCalendarPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = engage_calendar_page_constructed;
  object_class->dispose = engage_calendar_page_dispose;
  object_class->get_property = engage_calendar_page_get_property;
  object_class->set_property = engage_calendar_page_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         ENGAGE_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/calendar/engage-calendar-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, stack);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, days_box);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, empty_page);
}

static void
engage_calendar_page_init (EngageCalendarPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

/**
 * engage_calendar_page_new:
 * @project: an open project
 *
 * Returns: (transfer floating): a page showing @project's upcoming posts
 */
GtkWidget *
engage_calendar_page_new (EngageProject *project)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return g_object_new (ENGAGE_TYPE_CALENDAR_PAGE, "project", project, NULL);
}

/**
 * engage_calendar_page_get_project:
 *
 * Returns: (transfer none): the project
 */
EngageProject *
engage_calendar_page_get_project (EngageCalendarPage *self)
{
  g_return_val_if_fail (ENGAGE_IS_CALENDAR_PAGE (self), NULL);

  return self->project;
}
