/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-engagement-view"

#include "config.h"

#include <math.h>
#include <string.h>

#include "engage-engagement-view.h"

#include "calendar/engage-post-editor.h"
#include "engage-channel.h"
#include "engage-chart-data.h"
#include "engage-chart-format.h"
#include "engage-enums.h"
#include "engage-format.h"
#include "widgets/engage-chart-view.h"
#include "widgets/engage-color-dot.h"

#include <glib/gi18n.h>

/*
 * Engagement analytics: for a period, a basis and a channel, the rate as the
 * ratio of sums with the posts and sums behind it and the change against the
 * period before, the rate over time per channel, the rate per content pillar,
 * and the posts with the highest and lowest rates. Every number comes from
 * engage-engagement.h; the view is rebuilt when a control changes or the
 * project reports a change to what it shows.
 */

struct _EngageEngagementView
{
  AdwBin                 parent_instance;

  /* Template widgets */
  GtkStack              *stack;
  GtkLabel              *formula_label;
  GtkDropDown           *span_dropdown;
  GtkToggleButton       *reach_button;
  GtkToggleButton       *impressions_button;
  GtkToggleButton       *followers_button;
  GtkDropDown           *channel_dropdown;
  GtkLabel              *rate_label;
  GtkLabel              *rate_caption;
  GtkLabel              *change_label;
  GtkLabel              *posts_value;
  GtkLabel              *interactions_value;
  GtkLabel              *basis_title;
  GtkLabel              *basis_value;
  GtkBox                *trend_box;
  GtkBox                *pillar_box;
  AdwPreferencesGroup   *top_group;
  AdwPreferencesGroup   *bottom_group;

  /* Children made in code */
  EngageChartView       *trend_view;
  EngageChartView       *pillar_view;
  GtkStringList         *channel_names;

  /* Owned */
  EngageProject         *project;
  GListModel            *channels;

  /* State */
  EngageEngagementSpan   span;
  EngageEngagementBasis  basis;
  gint64                 channel_id;
  char                  *today;
  GArray                *channel_ids;   /* gint64 per channel_dropdown item; 0 is "All" */
  GPtrArray             *rank_rows;     /* (group, row) pairs, owned by the groups */
  gboolean               syncing;       /* set while the controls follow the state */
};

G_DEFINE_FINAL_TYPE (EngageEngagementView, engage_engagement_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_SPAN,
  PROP_BASIS,
  PROP_CHANNEL_ID,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Pure helpers */

/**
 * engage_engagement_format_formula:
 * @basis: what the interactions relate to
 *
 * Returns: (transfer full): the formula in words for the top of the view
 */
char *
engage_engagement_format_formula (EngageEngagementBasis basis)
{
  switch (basis)
    {
    case ENGAGE_ENGAGEMENT_BASIS_IMPRESSIONS:
      return g_strdup (_("Engagement rate = (reactions + comments + shares + saves) ÷ impressions × 100, "
                         "with views where a platform counts no impressions; the rate of a period is "
                         "the ratio of its sums, not the average of the posts’ rates. Clicks are not "
                         "interactions."));
    case ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS:
      return g_strdup (_("Engagement rate = (reactions + comments + shares + saves) ÷ (followers × "
                         "posts) × 100, with each channel’s follower count from the latest measurement "
                         "of its followers goal; the rate of a period is the ratio of its sums, not the "
                         "average of the posts’ rates. Clicks are not interactions."));
    case ENGAGE_ENGAGEMENT_BASIS_REACH:
    default:
      return g_strdup (_("Engagement rate = (reactions + comments + shares + saves) ÷ reach × 100; "
                         "the rate of a period is the ratio of its sums, not the average of the posts’ "
                         "rates. Clicks are not interactions."));
    }
}

/**
 * engage_engagement_format_change:
 * @change: a difference of two rates in percentage points, or NAN
 *
 * Returns: (transfer full): the change with its sign and unit, e.g.
 *   "+0.4 percentage points", or "no change" when it rounds to zero
 */
char *
engage_engagement_format_change (double change)
{
  g_autofree char *number = NULL;
  double rounded;

  if (!isfinite (change))
    return g_strdup ("–");

  rounded = round (change * 10.0) / 10.0;
  if (rounded == 0.0)
    return g_strdup (_("no change"));

  number = engage_chart_format_signed (rounded, 1);
  /* Translators: a change of the engagement rate, "+0.4 percentage points" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s percentage point", "%s percentage points",
                                       fabs (rounded) == 1.0 ? 1 : 2),
                          number);
}

static const char *
basis_title (EngageEngagementBasis basis)
{
  switch (basis)
    {
    case ENGAGE_ENGAGEMENT_BASIS_IMPRESSIONS:
      return _("Impressions");
    case ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS:
      return _("Followers × posts");
    case ENGAGE_ENGAGEMENT_BASIS_REACH:
    default:
      return _("Reach");
    }
}

/* The basis inside a sentence: "84 interactions ÷ 1,234 reach". */
static const char *
basis_word (EngageEngagementBasis basis)
{
  switch (basis)
    {
    case ENGAGE_ENGAGEMENT_BASIS_IMPRESSIONS:
      return C_("engagement basis in a sentence", "impressions");
    case ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS:
      return C_("engagement basis in a sentence", "followers × posts");
    case ENGAGE_ENGAGEMENT_BASIS_REACH:
    default:
      return C_("engagement basis in a sentence", "reach");
    }
}

/* "a reach of at least 100" and the like, for the rankings' descriptions */
static char *
format_min_basis (EngageEngagementBasis basis)
{
  g_autofree char *minimum = engage_chart_format_number (ENGAGE_ENGAGEMENT_RANK_MIN_BASIS, 0);

  switch (basis)
    {
    case ENGAGE_ENGAGEMENT_BASIS_IMPRESSIONS:
      /* Translators: %s is a number */
      return g_strdup_printf (_("at least %s impressions"), minimum);
    case ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS:
      /* Translators: %s is a number */
      return g_strdup_printf (_("at least %s followers"), minimum);
    case ENGAGE_ENGAGEMENT_BASIS_REACH:
    default:
      /* Translators: %s is a number */
      return g_strdup_printf (_("a reach of at least %s"), minimum);
    }
}

static char *
format_day (const char *iso_date)
{
  return engage_chart_format_date (engage_chart_day_from_iso (iso_date));
}

static char *
format_rate (double rate)
{
  return engage_chart_format_value (rate, 1, "%");
}

/* Helpers */

static char *
dup_today (EngageEngagementView *self)
{
  g_autoptr(GDateTime) now = NULL;

  if (self->today != NULL)
    return g_strdup (self->today);

  now = g_date_time_new_now (engage_project_get_tz (self->project));
  return g_date_time_format (now, "%Y-%m-%d");
}

/* The channel's colour and name; the channel list keeps the strings alive. */
static const char *
lookup_channel (EngageEngagementView *self,
                   gint64                channel_id,
                   const char          **name)
{
  guint n_items = g_list_model_get_n_items (self->channels);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (self->channels, i);

      if (engage_channel_get_id (channel) == channel_id)
        {
          *name = engage_channel_get_name (channel);
          return engage_channel_get_color (channel);
        }
    }

  *name = "";
  return NULL;
}

/* A chart in a card, as on the goals overview. */
static EngageChartView *
create_chart_card (GtkBox *container)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *view = engage_chart_view_new ();

  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_margin_start (view, 12);
  gtk_widget_set_margin_end (view, 12);
  gtk_widget_set_margin_top (view, 8);
  gtk_widget_set_margin_bottom (view, 12);
  gtk_box_append (GTK_BOX (card), view);
  gtk_box_append (container, card);

  return ENGAGE_CHART_VIEW (view);
}

static void
show_chart (EngageChartView *view,
            EngageChart     *chart,
            GError          *error)
{
  if (chart == NULL && error != NULL)
    g_warning ("Could not build an engagement chart: %s", error->message);

  engage_chart_view_set_chart (view, chart);
}

/* The channel dropdown's items: all channels, then each in its order. */
static void
fill_channels (EngageEngagementView *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint n_items = g_list_model_get_n_items (self->channels);
  guint selected = 0;
  gint64 all = 0;

  g_array_set_size (self->channel_ids, 0);
  g_array_append_val (self->channel_ids, all);
  g_ptr_array_add (names, g_strdup (_("All Channels")));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (self->channels, i);
      gint64 id = engage_channel_get_id (channel);

      if (id == self->channel_id)
        selected = self->channel_ids->len;
      g_array_append_val (self->channel_ids, id);
      g_ptr_array_add (names, g_strdup (engage_channel_get_name (channel)));
    }
  g_ptr_array_add (names, NULL);

  /* A channel that is gone leaves all channels shown. */
  if (selected == 0)
    self->channel_id = 0;

  self->syncing = TRUE;
  gtk_string_list_splice (self->channel_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->channel_names)),
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->channel_dropdown, selected);
  self->syncing = FALSE;
}

static void
sync_controls (EngageEngagementView *self)
{
  GtkToggleButton *buttons[] = {
    [ENGAGE_ENGAGEMENT_BASIS_REACH] = self->reach_button,
    [ENGAGE_ENGAGEMENT_BASIS_IMPRESSIONS] = self->impressions_button,
    [ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS] = self->followers_button,
  };

  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->span_dropdown, self->span);
  gtk_toggle_button_set_active (buttons[self->basis], TRUE);
  for (guint i = 0; i < self->channel_ids->len; i++)
    if (g_array_index (self->channel_ids, gint64, i) == self->channel_id)
      gtk_drop_down_set_selected (self->channel_dropdown, i);
  self->syncing = FALSE;
}

static void
rebuild_summary (EngageEngagementView        *self,
                 const EngageEngagementRange *range)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *rate = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *period = NULL;
  g_autofree char *posts = NULL;
  g_autofree char *interactions = NULL;
  g_autofree char *basis = NULL;
  EngageEngagementComparison comparison;

  if (!engage_project_compare_engagement (self->project, self->channel_id, self->basis, range,
                                          &comparison, &error))
    {
      g_warning ("Could not compute the engagement rate: %s", error->message);
      memset (&comparison, 0, sizeof comparison);
      comparison.current.rate = comparison.previous.rate = comparison.change = NAN;
    }

  rate = format_rate (comparison.current.rate);
  gtk_label_set_label (self->rate_label, rate);

  if (range->from[0] != '\0')
    {
      g_autofree char *from = format_day (range->from);
      g_autofree char *to = format_day (range->to);

      /* Translators: a date range, "24 Aug 2026 – 23 Nov 2026" */
      period = g_strdup_printf (C_("chart range", "%s – %s"), from, to);
    }
  else
    {
      g_autofree char *to = format_day (range->to);

      /* Translators: the range of all posts up to a date */
      period = g_strdup_printf (_("All posts until %s"), to);
    }

  if (comparison.current.n_posts == 0)
    /* Translators: under the engagement rate when there is none; %s is the period */
    caption = g_strdup_printf (_("No published posts with metrics and a value for the basis · %s"), period);
  else
    /* Translators: under the engagement rate: the basis ("reach") and the period */
    caption = g_strdup_printf (_("Engagement rate on %s · %s"), basis_word (self->basis), period);
  gtk_label_set_label (self->rate_caption, caption);

  posts = engage_chart_format_number (comparison.current.n_posts, 0);
  interactions = engage_chart_format_number (comparison.current.interactions, 0);
  basis = engage_chart_format_number (comparison.current.basis, 0);
  gtk_label_set_label (self->posts_value, posts);
  gtk_label_set_label (self->interactions_value, interactions);
  gtk_label_set_label (self->basis_title, basis_title (self->basis));
  gtk_label_set_label (self->basis_value, basis);

  gtk_widget_remove_css_class (GTK_WIDGET (self->change_label), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->change_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->change_label), "dim-label");

  if (range->previous_from[0] == '\0')
    {
      gtk_widget_set_visible (GTK_WIDGET (self->change_label), FALSE);
      return;
    }

  {
    g_autofree char *from = format_day (range->previous_from);
    g_autofree char *to = format_day (range->previous_to);
    g_autofree char *change = engage_engagement_format_change (comparison.change);
    g_autofree char *previous = format_rate (comparison.previous.rate);
    g_autofree char *text = NULL;

    if (!isfinite (comparison.previous.rate))
      {
        /* Translators: %s – %s is the period before the one shown */
        text = g_strdup_printf (_("No posts with metrics from %s – %s to compare with"), from, to);
        gtk_widget_add_css_class (GTK_WIDGET (self->change_label), "dim-label");
      }
    else if (!isfinite (comparison.change))
      {
        /* Translators: the rate of the period before; %s – %s is that period */
        text = g_strdup_printf (_("%s from %s – %s"), previous, from, to);
        gtk_widget_add_css_class (GTK_WIDGET (self->change_label), "dim-label");
      }
    else
      {
        /* Translators: the change against the period before, e.g. "+0.4 percentage
         * points against 24 May 2026 – 23 Aug 2026 (3.5%)" */
        text = g_strdup_printf (_("%s against %s – %s (%s)"), change, from, to, previous);
        if (round (comparison.change * 10.0) > 0)
          gtk_widget_add_css_class (GTK_WIDGET (self->change_label), "success");
        else if (round (comparison.change * 10.0) < 0)
          gtk_widget_add_css_class (GTK_WIDGET (self->change_label), "error");
        else
          gtk_widget_add_css_class (GTK_WIDGET (self->change_label), "dim-label");
      }

    gtk_label_set_label (self->change_label, text);
    gtk_widget_set_visible (GTK_WIDGET (self->change_label), TRUE);
  }
}

static void
rebuild_charts (EngageEngagementView        *self,
                const EngageEngagementRange *range)
{
  const char *from = range->from[0] != '\0' ? range->from : NULL;
  g_autoptr(EngageChart) trend = NULL;
  g_autoptr(EngageChart) pillars = NULL;
  g_autoptr(GError) error = NULL;

  trend = engage_chart_data_build_engagement_trend (self->project, self->basis, self->channel_id,
                                                    from, range->to, &error);
  show_chart (self->trend_view, trend, error);
  g_clear_error (&error);

  pillars = engage_chart_data_build_engagement_pillars (self->project, self->basis, self->channel_id,
                                                        from, range->to, &error);
  show_chart (self->pillar_view, pillars, error);
}

static void
clear_rank_rows (EngageEngagementView *self)
{
  for (guint i = 0; i + 1 < self->rank_rows->len; i += 2)
    adw_preferences_group_remove (g_ptr_array_index (self->rank_rows, i),
                                  g_ptr_array_index (self->rank_rows, i + 1));
  g_ptr_array_set_size (self->rank_rows, 0);
}

static void
add_rank_row (EngageEngagementView *self,
              AdwPreferencesGroup  *group,
              GtkWidget            *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rank_rows, group);
  g_ptr_array_add (self->rank_rows, row);
}

static void
on_rank_row_activated_cb (AdwActionRow         *row,
                          EngageEngagementView *self)
{
  gint64 post_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "engage-post-id"));

  engage_post_editor_present (GTK_WIDGET (self), self->project, post_id, NULL);
}

static GtkWidget *
create_post_row (EngageEngagementView       *self,
                 const EngagePostEngagement *post)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (post->published_at);
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;
  g_autofree char *interactions = engage_chart_format_number (post->interactions, 0);
  g_autofree char *basis = engage_chart_format_number (post->basis, 0);
  g_autofree char *subtitle = NULL;
  g_autofree char *rate = format_rate (post->rate);
  g_autofree char *description = NULL;
  const char *channel_name = NULL;
  const char *color = lookup_channel (self, post->channel_id, &channel_name);
  const char *title = post->title[0] != '\0' ? post->title : _("Untitled post");
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label;

  if (utc != NULL)
    {
      local = g_date_time_to_timezone (utc, engage_project_get_tz (self->project));
      date = engage_format_date (local);
    }

  /* Translators: under a ranked post: channel, date, "84 interactions ÷ 1,234 reach" */
  subtitle = g_strdup_printf (_("%s · %s · %s interactions ÷ %s %s"),
                              channel_name, date != NULL ? date : "", interactions, basis,
                              basis_word (self->basis));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), engage_color_dot_new (color));

  label = gtk_label_new (rate);
  gtk_widget_set_name (label, "row-rate-label");
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "heading");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  /* Translators: what activating a ranked post does, for screen readers */
  description = g_strdup_printf (_("%s, engagement rate %s. Opens the post."), title, rate);
  gtk_widget_set_tooltip_text (row, _("Open the post"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);

  g_object_set_data (G_OBJECT (row), "engage-post-id", GSIZE_TO_POINTER ((gsize) post->post_id));
  g_signal_connect_object (row, "activated", G_CALLBACK (on_rank_row_activated_cb), self, 0);

  return row;
}

static GtkWidget *
create_placeholder_row (const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "dim-label");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  return row;
}

static gboolean
contains_post (GArray *posts,
               gint64  post_id)
{
  for (guint i = 0; i < posts->len; i++)
    if (g_array_index (posts, EngagePostEngagement, i).post_id == post_id)
      return TRUE;
  return FALSE;
}

static GArray *
rank_posts (EngageEngagementView        *self,
            const EngageEngagementRange *range,
            EngageEngagementOrder        order)
{
  g_autoptr(GError) error = NULL;
  GArray *posts;

  posts = engage_project_rank_posts_by_engagement (self->project, self->channel_id, self->basis,
                                                   range->from[0] != '\0' ? range->from : NULL,
                                                   range->to, order,
                                                   ENGAGE_ENGAGEMENT_RANK_MIN_BASIS,
                                                   ENGAGE_ENGAGEMENT_RANK_SIZE, &error);
  if (posts == NULL)
    g_warning ("Could not rank the posts: %s", error->message);

  return posts;
}

static void
rebuild_rankings (EngageEngagementView        *self,
                  const EngageEngagementRange *range)
{
  g_autoptr(GArray) top = NULL;
  g_autoptr(GArray) bottom = NULL;
  g_autofree char *minimum = format_min_basis (self->basis);
  g_autofree char *top_description = NULL;
  g_autofree char *bottom_description = NULL;
  guint n_bottom = 0;

  clear_rank_rows (self);

  /* Translators: %s is "a reach of at least 100" or "at least 100 impressions" */
  top_description = g_strdup_printf (_("The highest engagement rates of the period among the posts with %s "
                                       "and reported interactions, so that a post seen by a handful of "
                                       "people does not lead the list"),
                                     minimum);
  /* Translators: %s is "a reach of at least 100" or "at least 100 impressions" */
  bottom_description = g_strdup_printf (_("The lowest engagement rates among the posts with %s "
                                          "and reported interactions, lowest first"),
                                        minimum);
  adw_preferences_group_set_description (self->top_group, top_description);
  adw_preferences_group_set_description (self->bottom_group, bottom_description);

  top = rank_posts (self, range, ENGAGE_ENGAGEMENT_ORDER_TOP);
  bottom = rank_posts (self, range, ENGAGE_ENGAGEMENT_ORDER_BOTTOM);

  if (top == NULL || top->len == 0)
    {
      g_autofree char *text = g_strdup_printf (_("No published post with %s in this period"), minimum);

      add_rank_row (self, self->top_group, create_placeholder_row (text));
      gtk_widget_set_visible (GTK_WIDGET (self->bottom_group), FALSE);
      return;
    }

  for (guint i = 0; i < top->len; i++)
    add_rank_row (self, self->top_group,
                  create_post_row (self, &g_array_index (top, EngagePostEngagement, i)));

  /* With fewer than ten ranked posts the lists would overlap: a post appears
   * in one of them only. */
  for (guint i = 0; bottom != NULL && i < bottom->len; i++)
    {
      const EngagePostEngagement *post = &g_array_index (bottom, EngagePostEngagement, i);

      if (contains_post (top, post->post_id))
        continue;
      add_rank_row (self, self->bottom_group, create_post_row (self, post));
      n_bottom++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->bottom_group), n_bottom > 0);
}

static void
rebuild (EngageEngagementView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = dup_today (self);
  g_autofree char *formula = engage_engagement_format_formula (self->basis);
  EngageEngagementRange range;

  gtk_label_set_label (self->formula_label, formula);

  if (!engage_project_has_post_metrics (self->project, &error))
    {
      if (error != NULL)
        g_warning ("Could not look for post metrics: %s", error->message);
      clear_rank_rows (self);
      engage_chart_view_set_chart (self->trend_view, NULL);
      engage_chart_view_set_chart (self->pillar_view, NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  if (!engage_engagement_range_init (&range, self->span, today))
    {
      g_warning ("“%s” is not a date", today);
      return;
    }

  rebuild_summary (self, &range);
  rebuild_charts (self, &range);
  rebuild_rankings (self, &range);
  gtk_stack_set_visible_child_name (self->stack, "analytics");
}

/* Callbacks */

static void
on_project_changed_cb (EngageEngagementView *self,
                       guint                 tables,
                       EngageProject        *project)
{
  EngageTables shown = ENGAGE_TABLE_PROJECT | ENGAGE_TABLE_POST | ENGAGE_TABLE_POST_METRIC |
                       ENGAGE_TABLE_CHANNEL | ENGAGE_TABLE_PILLAR;

  /* Follower counts come from the followers goals' measurements. */
  if (self->basis == ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS)
    shown |= ENGAGE_TABLE_KPI | ENGAGE_TABLE_MEASUREMENT;

  if ((tables & shown) == 0)
    return;

  if (tables & ENGAGE_TABLE_CHANNEL)
    {
      gint64 before = self->channel_id;

      fill_channels (self);
      if (self->channel_id != before)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANNEL_ID]);
    }

  rebuild (self);
}

static void
on_span_selected_cb (EngageEngagementView *self)
{
  guint selected = gtk_drop_down_get_selected (self->span_dropdown);

  if (!self->syncing && selected <= ENGAGE_ENGAGEMENT_SPAN_ALL)
    engage_engagement_view_set_span (self, selected);
}

static void
on_basis_toggled_cb (GtkToggleButton      *button,
                     EngageEngagementView *self)
{
  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;

  if (button == self->impressions_button)
    engage_engagement_view_set_basis (self, ENGAGE_ENGAGEMENT_BASIS_IMPRESSIONS);
  else if (button == self->followers_button)
    engage_engagement_view_set_basis (self, ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS);
  else
    engage_engagement_view_set_basis (self, ENGAGE_ENGAGEMENT_BASIS_REACH);
}

static void
on_channel_selected_cb (EngageEngagementView *self)
{
  guint selected = gtk_drop_down_get_selected (self->channel_dropdown);

  if (!self->syncing && selected < self->channel_ids->len)
    engage_engagement_view_set_channel_id (self, g_array_index (self->channel_ids, gint64, selected));
}

/* Vfuncs */

static void
engage_engagement_view_constructed (GObject *object)
{
  EngageEngagementView *self = ENGAGE_ENGAGEMENT_VIEW (object);

  G_OBJECT_CLASS (engage_engagement_view_parent_class)->constructed (object);

  g_assert (ENGAGE_IS_PROJECT (self->project));

  self->basis = engage_project_get_engagement_basis (self->project);
  self->channels = engage_project_list_channels (self->project);

  fill_channels (self);
  sync_controls (self);

  g_signal_connect_object (self->project, "changed",
                           G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);

  rebuild (self);
}

static void
engage_engagement_view_dispose (GObject *object)
{
  EngageEngagementView *self = ENGAGE_ENGAGEMENT_VIEW (object);

  g_ptr_array_set_size (self->rank_rows, 0);
  /* AdwBin unparents its child itself; the template must not do it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ENGAGE_TYPE_ENGAGEMENT_VIEW);

  g_clear_object (&self->channel_names);
  g_clear_object (&self->channels);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (engage_engagement_view_parent_class)->dispose (object);
}

static void
engage_engagement_view_finalize (GObject *object)
{
  EngageEngagementView *self = ENGAGE_ENGAGEMENT_VIEW (object);

  g_clear_pointer (&self->today, g_free);
  g_clear_pointer (&self->channel_ids, g_array_unref);
  g_clear_pointer (&self->rank_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (engage_engagement_view_parent_class)->finalize (object);
}

static void
engage_engagement_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  EngageEngagementView *self = ENGAGE_ENGAGEMENT_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_SPAN:
      g_value_set_int (value, self->span);
      break;

    case PROP_BASIS:
      g_value_set_enum (value, self->basis);
      break;

    case PROP_CHANNEL_ID:
      g_value_set_int64 (value, self->channel_id);
      break;

    case PROP_TODAY:
      g_value_set_string (value, self->today);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_engagement_view_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  EngageEngagementView *self = ENGAGE_ENGAGEMENT_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;

    case PROP_SPAN:
      engage_engagement_view_set_span (self, g_value_get_int (value));
      break;

    case PROP_BASIS:
      engage_engagement_view_set_basis (self, g_value_get_enum (value));
      break;

    case PROP_CHANNEL_ID:
      engage_engagement_view_set_channel_id (self, g_value_get_int64 (value));
      break;

    case PROP_TODAY:
      engage_engagement_view_set_today (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_engagement_view_class_init (EngageEngagementViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = engage_engagement_view_constructed;
  object_class->dispose = engage_engagement_view_dispose;
  object_class->finalize = engage_engagement_view_finalize;
  object_class->get_property = engage_engagement_view_get_property;
  object_class->set_property = engage_engagement_view_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         ENGAGE_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* An EngageEngagementSpan. */
  properties[PROP_SPAN] =
    g_param_spec_int ("span", NULL, NULL,
                      ENGAGE_ENGAGEMENT_SPAN_4_WEEKS, ENGAGE_ENGAGEMENT_SPAN_ALL,
                      ENGAGE_ENGAGEMENT_SPAN_3_MONTHS,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Starts as the project's engagement basis. */
  properties[PROP_BASIS] =
    g_param_spec_enum ("basis", NULL, NULL,
                       ENGAGE_TYPE_ENGAGEMENT_BASIS, ENGAGE_ENGAGEMENT_BASIS_REACH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CHANNEL_ID] =
    g_param_spec_int64 ("channel-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The last day of the periods, "YYYY-MM-DD"; NULL for the current date in
   * the project's time zone. */
  properties[PROP_TODAY] =
    g_param_spec_string ("today", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/goals/engage-engagement-view.ui");
  gtk_widget_class_bind_template_child (widget_class, EngageEngagementView, stack);
  gtk_widget_class_bind_template_child (widget_class, EngageEngagementView, formula_label);
  gtk_widget_class_bind_template_child (widget_class, EngageEngagementView, span_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EngageEngagementView, reach_button);
  gtk_widget_class_bind_template_child (widget_class, EngageEngagementView, impressions_button);
  gtk_widget_class_bind_template_child (widget_class, EngageEngagementView, followers_button);
  gtk_widget_class_bind_template_child (widget_class, EngageEngagementView, channel_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EngageEngagementView, rate_label);
  gtk_widget_class_bind_template_child (widget_class, EngageEngagementView, rate_caption);
  gtk_widget_class_bind_template_child (widget_class, EngageEngagementView, change_label);
  gtk_widget_class_bind_template_child (widget_class, EngageEngagementView, posts_value);
  gtk_widget_class_bind_template_child (widget_class, EngageEngagementView, interactions_value);
  gtk_widget_class_bind_template_child (widget_class, EngageEngagementView, basis_title);
  gtk_widget_class_bind_template_child (widget_class, EngageEngagementView, basis_value);
  gtk_widget_class_bind_template_child (widget_class, EngageEngagementView, trend_box);
  gtk_widget_class_bind_template_child (widget_class, EngageEngagementView, pillar_box);
  gtk_widget_class_bind_template_child (widget_class, EngageEngagementView, top_group);
  gtk_widget_class_bind_template_child (widget_class, EngageEngagementView, bottom_group);
}

static void
engage_engagement_view_init (EngageEngagementView *self)
{
  self->span = ENGAGE_ENGAGEMENT_SPAN_3_MONTHS;
  self->channel_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->rank_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->channel_names = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->channel_dropdown, G_LIST_MODEL (self->channel_names));

  self->trend_view = create_chart_card (self->trend_box);
  self->pillar_view = create_chart_card (self->pillar_box);

  g_signal_connect_object (self->span_dropdown, "notify::selected",
                           G_CALLBACK (on_span_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->channel_dropdown, "notify::selected",
                           G_CALLBACK (on_channel_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reach_button, "toggled",
                           G_CALLBACK (on_basis_toggled_cb), self, 0);
  g_signal_connect_object (self->impressions_button, "toggled",
                           G_CALLBACK (on_basis_toggled_cb), self, 0);
  g_signal_connect_object (self->followers_button, "toggled",
                           G_CALLBACK (on_basis_toggled_cb), self, 0);
}

/* Public API */

/**
 * engage_engagement_view_new:
 * @project: an open project
 *
 * Returns: (transfer floating): the engagement analytics of @project, for the
 *   last three months on the project's engagement basis
 */
GtkWidget *
engage_engagement_view_new (EngageProject *project)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return g_object_new (ENGAGE_TYPE_ENGAGEMENT_VIEW, "project", project, NULL);
}

/**
 * engage_engagement_view_get_project:
 *
 * Returns: (transfer none): the project
 */
EngageProject *
engage_engagement_view_get_project (EngageEngagementView *self)
{
  g_return_val_if_fail (ENGAGE_IS_ENGAGEMENT_VIEW (self), NULL);

  return self->project;
}

/**
 * engage_engagement_view_get_span:
 *
 * Returns: the period shown
 */
EngageEngagementSpan
engage_engagement_view_get_span (EngageEngagementView *self)
{
  g_return_val_if_fail (ENGAGE_IS_ENGAGEMENT_VIEW (self), ENGAGE_ENGAGEMENT_SPAN_3_MONTHS);

  return self->span;
}

/**
 * engage_engagement_view_set_span:
 * @span: the period to show
 */
void
engage_engagement_view_set_span (EngageEngagementView *self,
                                 EngageEngagementSpan  span)
{
  g_return_if_fail (ENGAGE_IS_ENGAGEMENT_VIEW (self));
  g_return_if_fail (span <= ENGAGE_ENGAGEMENT_SPAN_ALL);

  if (self->span == span)
    return;

  self->span = span;
  if (self->project != NULL)
    {
      sync_controls (self);
      rebuild (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPAN]);
}

/**
 * engage_engagement_view_get_basis:
 *
 * Returns: what the interactions relate to
 */
EngageEngagementBasis
engage_engagement_view_get_basis (EngageEngagementView *self)
{
  g_return_val_if_fail (ENGAGE_IS_ENGAGEMENT_VIEW (self), ENGAGE_ENGAGEMENT_BASIS_REACH);

  return self->basis;
}

/**
 * engage_engagement_view_set_basis:
 * @basis: what the interactions relate to
 */
void
engage_engagement_view_set_basis (EngageEngagementView  *self,
                                  EngageEngagementBasis  basis)
{
  g_return_if_fail (ENGAGE_IS_ENGAGEMENT_VIEW (self));
  g_return_if_fail (basis <= ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS);

  if (self->basis == basis)
    return;

  self->basis = basis;
  if (self->project != NULL)
    {
      sync_controls (self);
      rebuild (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASIS]);
}

/**
 * engage_engagement_view_get_channel_id:
 *
 * Returns: the channel shown, or 0 for all
 */
gint64
engage_engagement_view_get_channel_id (EngageEngagementView *self)
{
  g_return_val_if_fail (ENGAGE_IS_ENGAGEMENT_VIEW (self), 0);

  return self->channel_id;
}

/**
 * engage_engagement_view_set_channel_id:
 * @channel_id: a channel of the project, or 0 for all
 *
 * Shows one channel, or all; an id that is not a channel's shows all.
 */
void
engage_engagement_view_set_channel_id (EngageEngagementView *self,
                                       gint64                channel_id)
{
  gboolean known = channel_id == 0;

  g_return_if_fail (ENGAGE_IS_ENGAGEMENT_VIEW (self));
  g_return_if_fail (channel_id >= 0);

  for (guint i = 0; i < self->channel_ids->len && !known; i++)
    known = g_array_index (self->channel_ids, gint64, i) == channel_id;
  if (!known && self->project != NULL)
    channel_id = 0;

  if (self->channel_id == channel_id)
    return;

  self->channel_id = channel_id;
  if (self->project != NULL)
    {
      sync_controls (self);
      rebuild (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANNEL_ID]);
}

/**
 * engage_engagement_view_get_today:
 *
 * Returns: (nullable): the day the periods end on, or %NULL for the current date
 */
const char *
engage_engagement_view_get_today (EngageEngagementView *self)
{
  g_return_val_if_fail (ENGAGE_IS_ENGAGEMENT_VIEW (self), NULL);

  return self->today;
}

/**
 * engage_engagement_view_set_today:
 * @today: (nullable): the day the periods end on, "YYYY-MM-DD", or %NULL for
 *   the current date in the project's time zone
 *
 * Fixes the day the periods count back from, for reproducible screenshots and
 * tests.
 */
void
engage_engagement_view_set_today (EngageEngagementView *self,
                                  const char           *today)
{
  g_return_if_fail (ENGAGE_IS_ENGAGEMENT_VIEW (self));
  g_return_if_fail (today == NULL || engage_iso_date_is_valid (today));

  if (g_strcmp0 (self->today, today) == 0)
    return;

  g_free (self->today);
  self->today = g_strdup (today);
  if (self->project != NULL)
    rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}
