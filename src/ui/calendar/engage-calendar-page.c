/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-calendar-page"

#include "config.h"

#include "engage-calendar-page-private.h"

#include "calendar/engage-post-editor.h"
#include "calendar/engage-post-list.h"
#include "engage-channel.h"
#include "engage-holidays.h"
#include "engage-pillar.h"
#include "engage-post.h"
#include "engage-window-private.h"

#include <glib/gi18n.h>
#include <string.h>

/*
 * The editorial calendar: a month or a week of posts (or the list of all of
 * them), the filter the three share, and beside them the ideas without a date
 * and an overview of the plan for the period shown.
 *
 * The page is the controller. It asks core for the posts of the visible range
 * only (an indexed query), lays them out with #EngageMonthModel and hands the
 * result to the view; the views and chips activate the page's actions
 * (calendar.open-post, calendar.move-post …) for everything that changes the
 * project, so that editing, moving, deleting and undoing work the same from
 * every view.
 *
 * The live models reload when the project changes; the page follows their
 * items-changed. Laying out a month takes well under a millisecond, so it is
 * done at once rather than deferred.
 */

/* Below this width the toolbar gets compact. */
#define NARROW_WIDTH 860

G_DEFINE_FINAL_TYPE (EngageCalendarPage, engage_calendar_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_MODE,
  PROP_SHOW_SIDEBAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

gboolean
_engage_calendar_page_is_list (EngageCalendarPage *self)
{
  return g_strcmp0 (self->mode, "list") == 0;
}

gboolean
_engage_calendar_page_is_week (EngageCalendarPage *self)
{
  return g_strcmp0 (self->mode, "week") == 0;
}

EngageMonthView *
_engage_calendar_page_get_grid (EngageCalendarPage *self)
{
  return _engage_calendar_page_is_week (self) ? engage_week_view_get_grid (self->week_view) : self->month_view;
}

void
_engage_calendar_page_get_today (EngageCalendarPage *self,
                                 GDate              *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (engage_project_get_tz (self->project));

  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

GDateTime *
_engage_calendar_page_dup_day_at (EngageCalendarPage *self,
                                  const GDate        *day,
                                  int                 hour)
{
  return g_date_time_new (engage_project_get_tz (self->project),
                          g_date_get_year (day), g_date_get_month (day), g_date_get_day (day),
                          hour, 0, 0);
}

static GHashTable *
index_by_id (GListModel *model,
             gint64    (*get_id) (gpointer item))
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

static EngageMonthModel *
create_model (EngageCalendarPage *self)
{
  if (_engage_calendar_page_is_week (self))
    return engage_month_model_new_week (&self->anchor, self->first_weekday);

  return engage_month_model_new_month (g_date_get_year (&self->anchor),
                                       g_date_get_month (&self->anchor),
                                       self->first_weekday);
}

/* Counts the posts of the period, to say how many the filter hides. */
static void
count_period_posts (EngageCalendarPage *self,
                    EngageMonthModel   *model)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  GDate first, last;
  gint64 from, to;
  guint n_items;

  engage_month_model_get_period (model, &first, &last);
  g_date_add_days (&last, 1);
  start = _engage_calendar_page_dup_day_at (self, &first, 0);
  end = _engage_calendar_page_dup_day_at (self, &last, 0);
  from = g_date_time_to_unix (start);
  to = g_date_time_to_unix (end);

  self->n_range_posts = 0;
  n_items = g_list_model_get_n_items (self->posts);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (self->posts, i);
      gint64 time = g_date_time_to_unix (engage_post_get_scheduled_at (post));

      if (time >= from && time < to && engage_post_get_status (post) != ENGAGE_POST_STATUS_ARCHIVED)
        self->n_range_posts++;
    }
}

/* The narrow toolbar's view menu names the view shown. */
static void
update_mode_label (EngageCalendarPage *self)
{
  const char *label;

  if (_engage_calendar_page_is_list (self))
    label = _("List");
  else if (_engage_calendar_page_is_week (self))
    label = _("Week");
  else
    label = _("Month");

  gtk_menu_button_set_label (self->mode_menu_button, label);
}

static void
update_title (EngageCalendarPage *self)
{
  g_autofree char *title = NULL;

  if (_engage_calendar_page_is_list (self))
    title = g_strdup (_("All Posts"));
  else if (self->model != NULL)
    title = engage_month_model_format_title (self->model);

  gtk_label_set_label (self->period_label, title);
  gtk_widget_set_visible (self->nav_box, !_engage_calendar_page_is_list (self));
}

/* Lays out the loaded posts for the period of the anchor day. */
static void
refresh (EngageCalendarPage *self)
{
  g_autoptr(EngageMonthModel) model = NULL;
  g_autoptr(GArray) holidays = NULL;
  GTimeZone *tz = engage_project_get_tz (self->project);
  GDate today;
  guint n_cells;

  if (self->posts == NULL)
    return;

  model = create_model (self);
  n_cells = engage_month_model_get_n_cells (model);
  _engage_calendar_page_get_today (self, &today);
  engage_month_model_set_today (model, &today);

  /* The project's region; a change to it reloads the period like any change
   * to the project's details (on_project_changed_cb). */
  holidays = engage_holidays_list (engage_project_get_holiday_region (self->project),
                                   &engage_month_model_get_cell (model, 0)->date,
                                   &engage_month_model_get_cell (model, n_cells - 1)->date);
  engage_month_model_set_holidays (model, holidays);
  engage_month_model_set_posts (model, self->posts, tz, self->filter);

  self->n_shown_posts = engage_month_model_count_posts (model, -1, -1, -1);
  if (engage_calendar_filter_is_empty (self->filter))
    self->n_range_posts = self->n_shown_posts;
  else
    count_period_posts (self, model);

  g_clear_pointer (&self->model, engage_month_model_unref);
  self->model = engage_month_model_ref (model);

  if (_engage_calendar_page_is_week (self))
    engage_week_view_set_model (self->week_view, model, self->channels, self->pillars, tz);
  else
    engage_month_view_set_model (self->month_view, model, self->channels, self->pillars, tz);
  engage_month_view_set_selected_day (_engage_calendar_page_get_grid (self), &self->anchor);

  update_title (self);
  _engage_calendar_page_update_overview (self);
  _engage_calendar_page_update_filter_summary (self);
}

static void on_posts_changed_cb (EngageCalendarPage *self);

/* Asks core for the posts of the grid around the anchor day, unless they are
 * loaded already, and lays them out. */
static void
load_period (EngageCalendarPage *self,
             gboolean            force)
{
  g_autoptr(EngageMonthModel) model = create_model (self);
  EngageCalendarCell *first = engage_month_model_get_cell (model, 0);
  EngageCalendarCell *last = engage_month_model_get_cell (model, engage_month_model_get_n_cells (model) - 1);

  if (force || self->posts == NULL
      || !g_date_valid (&self->range_first)
      || g_date_compare (&first->date, &self->range_first) != 0
      || g_date_compare (&last->date, &self->range_last) != 0)
    {
      GTimeZone *tz = engage_project_get_tz (self->project);
      g_autoptr(GDateTime) start = engage_month_model_dup_start (model, tz);
      g_autoptr(GDateTime) end = engage_month_model_dup_end (model, tz);

      if (self->posts != NULL)
        g_signal_handlers_disconnect_by_func (self->posts, on_posts_changed_cb, self);
      g_clear_object (&self->posts);

      self->posts = engage_project_list_posts (self->project, start, end);
      g_signal_connect_object (self->posts, "items-changed",
                               G_CALLBACK (on_posts_changed_cb), self, G_CONNECT_SWAPPED);
      self->range_first = first->date;
      self->range_last = last->date;
    }

  refresh (self);
}

void
_engage_calendar_page_set_anchor (EngageCalendarPage *self,
                                  const GDate        *day)
{
  g_return_if_fail (g_date_valid (day));

  self->anchor = *day;
  load_period (self, FALSE);
}

static void
rebuild_lookups (EngageCalendarPage *self)
{
  g_clear_pointer (&self->channels, g_hash_table_unref);
  g_clear_pointer (&self->pillars, g_hash_table_unref);
  self->channels = index_by_id (self->channel_list, (gint64 (*) (gpointer)) engage_channel_get_id);
  self->pillars = index_by_id (self->pillar_list, (gint64 (*) (gpointer)) engage_pillar_get_id);
}

static gboolean on_midnight_cb (gpointer user_data);

/* "Today" moves at midnight in the project's time zone. */
static void
schedule_midnight (EngageCalendarPage *self)
{
  GTimeZone *tz = engage_project_get_tz (self->project);
  g_autoptr(GDateTime) now = g_date_time_new_now (tz);
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) tomorrow = NULL;
  GTimeSpan until;

  midnight = g_date_time_new (tz, g_date_time_get_year (now), g_date_time_get_month (now),
                              g_date_time_get_day_of_month (now), 0, 0, 0);
  tomorrow = g_date_time_add_days (midnight, 1);
  until = g_date_time_difference (tomorrow, now);

  g_clear_handle_id (&self->midnight_id, g_source_remove);
  self->midnight_id = g_timeout_add_seconds (until / G_TIME_SPAN_SECOND + 1, on_midnight_cb, self);
}

/* Undo toasts go through the window, which keeps one at a time. */
void
_engage_calendar_page_show_undo_toast (EngageCalendarPage *self,
                                       const char         *title)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ENGAGE_IS_WINDOW (root))
    _engage_window_show_undo_toast (ENGAGE_WINDOW (root), title);
}

void
_engage_calendar_page_show_error (EngageCalendarPage *self,
                                  const char         *heading,
                                  const GError       *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Callbacks */

static void
on_posts_changed_cb (EngageCalendarPage *self)
{
  refresh (self);
}

static void
on_ideas_changed_cb (EngageCalendarPage *self)
{
  _engage_calendar_page_update_ideas (self);
}

static void
on_lookups_changed_cb (EngageCalendarPage *self)
{
  rebuild_lookups (self);
  _engage_calendar_page_update_checks (self);
  refresh (self);
}

static void
on_filter_changed_cb (EngageCalendarPage *self)
{
  refresh (self);
  _engage_calendar_page_update_ideas (self);
  _engage_calendar_page_update_filter_summary (self);
}

static void
on_project_changed_cb (EngageCalendarPage *self,
                       guint               tables,
                       EngageProject      *project)
{
  /* Another time zone moves every post to other local days. */
  if (tables & ENGAGE_TABLE_PROJECT)
    {
      schedule_midnight (self);
      load_period (self, TRUE);
    }
}

static gboolean
on_midnight_cb (gpointer user_data)
{
  EngageCalendarPage *self = ENGAGE_CALENDAR_PAGE (user_data);

  self->midnight_id = 0;
  schedule_midnight (self);
  refresh (self);

  return G_SOURCE_REMOVE;
}

static void
on_selected_day_cb (EngageCalendarPage *self,
                    GParamSpec         *pspec,
                    EngageMonthView    *grid)
{
  GDate day;

  if (grid != _engage_calendar_page_get_grid (self))
    return;

  engage_month_view_get_selected_day (grid, &day);
  if (!g_date_valid (&day) || g_date_compare (&day, &self->anchor) == 0)
    return;

  self->anchor = day;

  /* Arrows past the month or week bring the next one. */
  if (self->model != NULL)
    {
      int index = engage_month_model_find_cell (self->model, &day);

      if (index < 0 || !engage_month_model_get_cell (self->model, index)->in_period)
        load_period (self, FALSE);
    }
}

/* Vfuncs */

static void
engage_calendar_page_constructed (GObject *object)
{
  EngageCalendarPage *self = ENGAGE_CALENDAR_PAGE (object);
  GtkWidget *list;

  G_OBJECT_CLASS (engage_calendar_page_parent_class)->constructed (object);

  g_assert (ENGAGE_IS_PROJECT (self->project));

  /* Created before the page's own handler of ::changed, so they are current
   * when it runs. */
  self->channel_list = engage_project_list_channels (self->project);
  self->pillar_list = engage_project_list_pillars (self->project);
  self->ideas = engage_project_list_unscheduled_posts (self->project);
  rebuild_lookups (self);

  g_signal_connect_object (self->channel_list, "items-changed",
                           G_CALLBACK (on_lookups_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->pillar_list, "items-changed",
                           G_CALLBACK (on_lookups_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->ideas, "items-changed",
                           G_CALLBACK (on_ideas_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->project, "changed",
                           G_CALLBACK (on_project_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter, "changed",
                           G_CALLBACK (on_filter_changed_cb), self, G_CONNECT_SWAPPED);

  list = engage_post_list_new (self->project, self->filter);
  adw_bin_set_child (self->list_bin, list);

  /* The guideline's findings, for the badges on the chips and the list's
   * column; the views own it (engage-plan-findings.c). */
  self->findings = engage_plan_findings_new (self->project);
  engage_month_view_set_findings (self->month_view, self->findings);
  engage_month_view_set_findings (engage_week_view_get_grid (self->week_view), self->findings);
  engage_post_list_set_findings (ENGAGE_POST_LIST (list), self->findings);
  g_signal_connect_object (self->findings, "changed",
                           G_CALLBACK (_engage_calendar_page_update_ideas), self, G_CONNECT_SWAPPED);

  _engage_calendar_page_init_filter (self);
  _engage_calendar_page_init_sidebar (self);

  _engage_calendar_page_get_today (self, &self->anchor);
  schedule_midnight (self);
  load_period (self, TRUE);
  _engage_calendar_page_update_ideas (self);
}

static void
engage_calendar_page_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static void
engage_calendar_page_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  EngageCalendarPage *self = ENGAGE_CALENDAR_PAGE (widget);
  gboolean narrow = width < NARROW_WIDTH;

  /* libadwaita 1.2 has no breakpoints: below this width the view buttons give
   * way to a menu, so that the period's title stays readable. The change takes
   * effect with the next layout. */
  if (gtk_widget_get_visible (self->mode_box) == narrow)
    {
      gtk_widget_set_visible (self->mode_box, !narrow);
      gtk_widget_set_visible (GTK_WIDGET (self->mode_menu_button), narrow);
      if (narrow)
        gtk_widget_add_css_class (GTK_WIDGET (self->period_label), "narrow");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->period_label), "narrow");
    }

  if (adw_bin_get_child (ADW_BIN (widget)) != NULL)
    gtk_widget_allocate (adw_bin_get_child (ADW_BIN (widget)), width, height, baseline, NULL);
}

static void
engage_calendar_page_dispose (GObject *object)
{
  EngageCalendarPage *self = ENGAGE_CALENDAR_PAGE (object);

  /* AdwBin unparents its child itself; the template must not do it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ENGAGE_TYPE_CALENDAR_PAGE);

  g_clear_handle_id (&self->midnight_id, g_source_remove);
  g_clear_pointer (&self->model, engage_month_model_unref);
  g_clear_object (&self->findings);
  g_clear_pointer (&self->channels, g_hash_table_unref);
  g_clear_pointer (&self->pillars, g_hash_table_unref);
  g_clear_object (&self->posts);
  g_clear_object (&self->ideas);
  g_clear_object (&self->channel_list);
  g_clear_object (&self->pillar_list);
  g_clear_object (&self->filter);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (engage_calendar_page_parent_class)->dispose (object);
}

static void
engage_calendar_page_finalize (GObject *object)
{
  EngageCalendarPage *self = ENGAGE_CALENDAR_PAGE (object);

  g_free (self->mode);

  G_OBJECT_CLASS (engage_calendar_page_parent_class)->finalize (object);
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

    case PROP_MODE:
      g_value_set_string (value, self->mode);
      break;

    case PROP_SHOW_SIDEBAR:
      g_value_set_boolean (value, self->show_sidebar);
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

    case PROP_MODE:
      engage_calendar_page_set_mode (self, g_value_get_string (value));
      break;

    case PROP_SHOW_SIDEBAR:
      engage_calendar_page_set_show_sidebar (self, g_value_get_boolean (value));
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
  object_class->finalize = engage_calendar_page_finalize;
  object_class->get_property = engage_calendar_page_get_property;
  object_class->set_property = engage_calendar_page_set_property;

  widget_class->measure = engage_calendar_page_measure;
  widget_class->size_allocate = engage_calendar_page_size_allocate;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         ENGAGE_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * EngageCalendarPage:mode:
   *
   * The view shown: "month", "week" or "list".
   */
  properties[PROP_MODE] =
    g_param_spec_string ("mode", NULL, NULL,
                         "month",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * EngageCalendarPage:show-sidebar:
   *
   * Whether the ideas and the plan overview are shown beside the calendar.
   */
  properties[PROP_SHOW_SIDEBAR] =
    g_param_spec_boolean ("show-sidebar", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ENGAGE_TYPE_MONTH_VIEW);
  g_type_ensure (ENGAGE_TYPE_WEEK_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/calendar/engage-calendar-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, nav_box);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, period_label);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, filter_reset_button);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, filter_label);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, filter_popover);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, channel_checks);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, status_checks);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, pillar_checks);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, mode_box);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, mode_menu_button);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, flap);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, month_view);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, week_view);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, list_bin);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, plan_title);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, mix_area);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, cadence_caption);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, cadence_area);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, ideas_count_label);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, ideas_stack);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, ideas_box);
  gtk_widget_class_bind_template_child (widget_class, EngageCalendarPage, ideas_empty_label);

  _engage_calendar_page_class_init_actions (widget_class);
}

static void
engage_calendar_page_init (EngageCalendarPage *self)
{
  self->mode = g_strdup ("month");
  self->show_sidebar = TRUE;
  self->filter = engage_calendar_filter_new ();
  g_date_clear (&self->anchor, 1);
  g_date_clear (&self->range_first, 1);
  g_date_clear (&self->range_last, 1);
  self->first_weekday = engage_calendar_get_locale_first_weekday ();

  /* Measured and allocated here rather than by AdwBin's layout manager, to
   * see the width (see size_allocate). */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  update_mode_label (self);

  g_object_bind_property (self, "show-sidebar", self->flap, "reveal-flap",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  g_signal_connect_object (self->month_view, "notify::selected-day",
                           G_CALLBACK (on_selected_day_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (engage_week_view_get_grid (self->week_view), "notify::selected-day",
                           G_CALLBACK (on_selected_day_cb), self, G_CONNECT_SWAPPED);
}

/* Public API */

/**
 * engage_calendar_page_new:
 * @project: an open project
 *
 * Returns: (transfer floating): the calendar of @project, showing this month
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

/**
 * engage_calendar_page_get_filter:
 *
 * Returns: (transfer none): the filter the page's views share
 */
EngageCalendarFilter *
engage_calendar_page_get_filter (EngageCalendarPage *self)
{
  g_return_val_if_fail (ENGAGE_IS_CALENDAR_PAGE (self), NULL);

  return self->filter;
}

/**
 * engage_calendar_page_get_model:
 *
 * Returns: (transfer none) (nullable): the month or week laid out now
 */
EngageMonthModel *
engage_calendar_page_get_model (EngageCalendarPage *self)
{
  g_return_val_if_fail (ENGAGE_IS_CALENDAR_PAGE (self), NULL);

  return self->model;
}

/**
 * engage_calendar_page_get_mode:
 *
 * Returns: "month", "week" or "list"
 */
const char *
engage_calendar_page_get_mode (EngageCalendarPage *self)
{
  g_return_val_if_fail (ENGAGE_IS_CALENDAR_PAGE (self), NULL);

  return self->mode;
}

/**
 * engage_calendar_page_set_mode:
 * @mode: "month", "week" or "list"; other values are ignored
 *
 * Shows the month, the week of the selected day, or the list of all posts.
 */
void
engage_calendar_page_set_mode (EngageCalendarPage *self,
                               const char         *mode)
{
  g_return_if_fail (ENGAGE_IS_CALENDAR_PAGE (self));

  if (mode == NULL || g_strcmp0 (self->mode, mode) == 0)
    return;
  if (!g_str_equal (mode, "month") && !g_str_equal (mode, "week") && !g_str_equal (mode, "list"))
    return;

  g_free (self->mode);
  self->mode = g_strdup (mode);

  gtk_stack_set_visible_child_name (self->view_stack, mode);
  update_mode_label (self);
  if (self->project != NULL && g_date_valid (&self->anchor))
    load_period (self, FALSE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

/**
 * engage_calendar_page_get_day:
 * @day: (out caller-allocates): the selected day
 */
void
engage_calendar_page_get_day (EngageCalendarPage *self,
                              GDate              *day)
{
  g_return_if_fail (ENGAGE_IS_CALENDAR_PAGE (self));
  g_return_if_fail (day != NULL);

  *day = self->anchor;
}

/**
 * engage_calendar_page_set_day:
 * @day: a day
 *
 * Selects @day and shows its month or week.
 */
void
engage_calendar_page_set_day (EngageCalendarPage *self,
                              const GDate        *day)
{
  g_return_if_fail (ENGAGE_IS_CALENDAR_PAGE (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  _engage_calendar_page_set_anchor (self, day);
}

/**
 * engage_calendar_page_get_show_sidebar:
 *
 * Returns: whether the ideas and the plan overview are shown
 */
gboolean
engage_calendar_page_get_show_sidebar (EngageCalendarPage *self)
{
  g_return_val_if_fail (ENGAGE_IS_CALENDAR_PAGE (self), FALSE);

  return self->show_sidebar;
}

/**
 * engage_calendar_page_set_show_sidebar:
 * @show_sidebar: whether to show the ideas and the plan overview
 */
void
engage_calendar_page_set_show_sidebar (EngageCalendarPage *self,
                                       gboolean            show_sidebar)
{
  g_return_if_fail (ENGAGE_IS_CALENDAR_PAGE (self));

  show_sidebar = !!show_sidebar;
  if (self->show_sidebar == show_sidebar)
    return;

  self->show_sidebar = show_sidebar;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_SIDEBAR]);
}

/**
 * engage_calendar_page_show_subview:
 * @sub: "month", "week", "list", or "editor:ID" for the editor of post ID
 *
 * Shows a part of the calendar by name, for screenshots and the command line.
 *
 * Returns: (transfer none) (nullable): the dialog presented for @sub, or %NULL
 *   when @sub is shown in the page itself or unknown
 */
GtkWindow *
engage_calendar_page_show_subview (EngageCalendarPage *self,
                                   const char         *sub)
{
  g_autoptr(EngagePostEditor) editor = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root;
  gint64 post_id;

  g_return_val_if_fail (ENGAGE_IS_CALENDAR_PAGE (self), NULL);
  g_return_val_if_fail (sub != NULL, NULL);

  if (!g_str_has_prefix (sub, "editor:"))
    {
      engage_calendar_page_set_mode (self, sub);
      return NULL;
    }

  post_id = g_ascii_strtoll (sub + strlen ("editor:"), NULL, 10);
  editor = engage_post_editor_new (self->project, post_id, NULL, &error);
  if (editor == NULL)
    {
      g_warning ("Cannot show post %" G_GINT64_FORMAT ": %s", post_id, error->message);
      return NULL;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (editor));

  /* A presented toplevel is kept alive by GTK until it is closed. */
  return GTK_WINDOW (editor);
}
