/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-calendar-page-sidebar"

#include "config.h"

#include "engage-calendar-page-private.h"

#include <math.h>

#include "calendar/engage-post-chip.h"
#include "engage-channel.h"
#include "engage-format.h"
#include "engage-pillar.h"

#include <glib/gi18n.h>

/*
 * The side of the calendar page: an overview of the plan for the period shown
 * (the content mix per pillar against the pillars' target shares, and the
 * posts per week and channel) above the ideas, the posts without a date. Ideas
 * are dragged onto a day to schedule them; a post dragged onto the ideas loses
 * its date.
 *
 * The overview draws simple bars with Cairo; both counts come from the month
 * model, so they follow the filter like the grid does.
 */

#define MIX_ROW_HEIGHT 34
#define MIX_BAR_HEIGHT 6
#define CADENCE_HEADER_HEIGHT 18
#define CADENCE_ROW_HEIGHT 24
#define CADENCE_NAME_WIDTH 92
/* More ideas than this make the list slow to build and useless to scan. */
#define MAX_IDEAS 200

typedef struct
{
  char    *name;
  GdkRGBA  color;
  guint    n_posts;
  double   share;
  double   target;
} MixRow;

/* Helpers */

static void
mix_row_clear (gpointer data)
{
  MixRow *row = data;

  g_free (row->name);
}

static void
parse_color (const char *text,
             GdkRGBA    *color,
             GdkRGBA    *fallback)
{
  if (text == NULL || !gdk_rgba_parse (color, text))
    *color = *fallback;
}

static GdkRGBA
get_foreground (GtkWidget *widget)
{
  GdkRGBA fg;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  return fg;
}

static GArray *
collect_mix (EngageCalendarPage *self)
{
  GdkRGBA fg = get_foreground (GTK_WIDGET (self->mix_area));
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (MixRow));
  GdkRGBA grey = { 0.6f, 0.6f, 0.6f, 1.f };
  guint total;
  guint n_items;
  guint n_none;

  g_array_set_clear_func (rows, mix_row_clear);
  if (self->model == NULL)
    return rows;

  total = engage_month_model_count_posts (self->model, -1, -1, -1);
  n_items = g_list_model_get_n_items (self->pillar_list);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(EngagePillar) pillar = g_list_model_get_item (self->pillar_list, i);
      MixRow row = { 0, };

      row.name = g_strdup (engage_pillar_get_name (pillar));
      parse_color (engage_pillar_get_color (pillar), &row.color, &grey);
      engage_post_chip_ensure_contrast (&row.color, &fg);
      row.n_posts = engage_month_model_count_posts (self->model, -1, engage_pillar_get_id (pillar), -1);
      row.share = total > 0 ? (double) row.n_posts / total : 0;
      row.target = engage_pillar_get_target_share (pillar);
      g_array_append_val (rows, row);
    }

  n_none = engage_month_model_count_posts (self->model, -1, 0, -1);
  if (n_none > 0)
    {
      MixRow row = { 0, };

      row.name = g_strdup (_("No pillar"));
      row.color = grey;
      row.n_posts = n_none;
      row.share = total > 0 ? (double) n_none / total : 0;
      g_array_append_val (rows, row);
    }

  return rows;
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
show_text (cairo_t     *cr,
           PangoLayout *layout,
           const char  *text,
           double       x,
           double       y,
           int          width,
           PangoAlignment alignment)
{
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, alignment);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static PangoLayout *
create_small_layout (GtkWidget *widget,
                     gboolean   bold)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, NULL);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (0.83));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

static void
draw_mix_cb (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  EngageCalendarPage *self = ENGAGE_CALENDAR_PAGE (user_data);
  g_autoptr(GArray) rows = collect_mix (self);
  g_autoptr(PangoLayout) layout = create_small_layout (GTK_WIDGET (area), FALSE);
  GdkRGBA fg = get_foreground (GTK_WIDGET (area));
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (area)) == GTK_TEXT_DIR_RTL;

  for (guint i = 0; i < rows->len; i++)
    {
      MixRow *row = &g_array_index (rows, MixRow, i);
      double y = i * MIX_ROW_HEIGHT;
      double bar_y = y + MIX_ROW_HEIGHT - MIX_BAR_HEIGHT - 6;
      g_autofree char *share = engage_format_value (round (row->share * 100), "%");
      g_autofree char *numbers = NULL;
      double fill, target;

      if (row->target > 0)
        {
          g_autofree char *goal = engage_format_value (round (row->target * 100), "%");

          /* Translators: a pillar's share of the posts and its target, e.g. "32 % of 30 %" */
          numbers = g_strdup_printf (_("%s of %s"), share, goal);
        }
      else
        {
          numbers = g_steal_pointer (&share);
        }

      gdk_cairo_set_source_rgba (cr, &fg);
      show_text (cr, layout, row->name, 0, y + 2, width * 0.6,
                 rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
      cairo_save (cr);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha * 0.7);
      show_text (cr, layout, numbers, width * 0.6, y + 2, width * 0.4,
                 rtl ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
      cairo_restore (cr);

      /* Track, share and target */
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.1);
      rounded_rectangle (cr, 0, bar_y, width, MIX_BAR_HEIGHT, MIX_BAR_HEIGHT / 2.);
      cairo_fill (cr);

      fill = CLAMP (row->share, 0, 1) * width;
      if (fill > 0)
        {
          gdk_cairo_set_source_rgba (cr, &row->color);
          rounded_rectangle (cr, rtl ? width - fill : 0, bar_y, MAX (fill, MIX_BAR_HEIGHT), MIX_BAR_HEIGHT,
                             MIX_BAR_HEIGHT / 2.);
          cairo_fill (cr);
        }

      if (row->target > 0)
        {
          target = round (CLAMP (row->target, 0, 1) * (width - 2));
          if (rtl)
            target = width - 2 - target;
          gdk_cairo_set_source_rgba (cr, &fg);
          cairo_rectangle (cr, target, bar_y - 3, 2, MIX_BAR_HEIGHT + 6);
          cairo_fill (cr);
        }
    }
}

/* A month's columns are its weeks (every row of the grid holds days of the
 * month), a week's are its days. */
static guint
count_columns (EngageCalendarPage *self)
{
  if (self->model == NULL)
    return 0;

  return engage_month_model_is_week (self->model) ? 7 : engage_month_model_get_n_weeks (self->model);
}

static guint
count_cell (EngageCalendarPage *self,
            gint64              channel_id,
            guint               column)
{
  EngageCalendarCell *day;
  guint n = 0;

  if (!engage_month_model_is_week (self->model))
    return engage_month_model_count_posts (self->model, channel_id, -1, column);

  day = engage_month_model_get_cell (self->model, column);
  for (guint i = 0; i < day->posts->len; i++)
    if (engage_post_get_channel_id (g_ptr_array_index (day->posts, i)) == channel_id)
      n++;

  return n;
}

static char *
format_column (EngageCalendarPage *self,
               guint               column)
{
  if (engage_month_model_is_week (self->model))
    {
      const GDate *date = &engage_month_model_get_cell (self->model, column)->date;
      g_autoptr(GDateTime) time = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                                                       g_date_get_day (date), 0, 0, 0);
      /* Translators: a weekday over a column of the plan overview, see the strftime manual */
      return g_date_time_format (time, _("%a"));
    }

  /* Translators: a week number over a column of the plan overview ("week 48") */
  return g_strdup_printf (_("W%u"), engage_month_model_get_week_number (self->model, column));
}

static void
draw_cadence_cb (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        user_data)
{
  EngageCalendarPage *self = ENGAGE_CALENDAR_PAGE (user_data);
  g_autoptr(PangoLayout) layout = create_small_layout (GTK_WIDGET (area), FALSE);
  g_autoptr(PangoLayout) bold = create_small_layout (GTK_WIDGET (area), TRUE);
  GdkRGBA fg = get_foreground (GTK_WIDGET (area));
  GdkRGBA grey = { 0.6f, 0.6f, 0.6f, 1.f };
  guint n_columns = count_columns (self);
  guint n_channels = g_list_model_get_n_items (self->channel_list);
  double cell_width;
  guint max = 1;

  if (n_columns == 0)
    return;

  cell_width = (double) (width - CADENCE_NAME_WIDTH) / n_columns;

  for (guint i = 0; i < n_channels; i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (self->channel_list, i);

      for (guint column = 0; column < n_columns; column++)
        max = MAX (max, count_cell (self, engage_channel_get_id (channel), column));
    }

  cairo_save (cr);
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha * 0.6);
  for (guint column = 0; column < n_columns; column++)
    {
      g_autofree char *label = format_column (self, column);

      show_text (cr, layout, label, CADENCE_NAME_WIDTH + column * cell_width, 0, cell_width,
                 PANGO_ALIGN_CENTER);
    }
  cairo_restore (cr);

  for (guint i = 0; i < n_channels; i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (self->channel_list, i);
      double y = CADENCE_HEADER_HEIGHT + i * CADENCE_ROW_HEIGHT;
      GdkRGBA color;

      parse_color (engage_channel_get_color (channel), &color, &grey);
      engage_post_chip_ensure_contrast (&color, &fg);

      gdk_cairo_set_source_rgba (cr, &color);
      cairo_arc (cr, 5, y + CADENCE_ROW_HEIGHT / 2., 4, 0, 2 * G_PI);
      cairo_fill (cr);

      gdk_cairo_set_source_rgba (cr, &fg);
      show_text (cr, layout, engage_channel_get_name (channel), 14, y + 4,
                 CADENCE_NAME_WIDTH - 18, PANGO_ALIGN_LEFT);

      for (guint column = 0; column < n_columns; column++)
        {
          guint n = count_cell (self, engage_channel_get_id (channel), column);
          double x = CADENCE_NAME_WIDTH + column * cell_width;
          g_autofree char *text = g_strdup_printf ("%u", n);

          /* The tint grows with the count; the number says it exactly. */
          cairo_set_source_rgba (cr, color.red, color.green, color.blue,
                                 n == 0 ? 0.06 : 0.18 + 0.42 * n / max);
          rounded_rectangle (cr, x + 1.5, y + 2, cell_width - 3, CADENCE_ROW_HEIGHT - 4, 4);
          cairo_fill (cr);

          cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, n == 0 ? fg.alpha * 0.45 : fg.alpha);
          show_text (cr, n > 0 ? bold : layout, text, x, y + 4, cell_width, PANGO_ALIGN_CENTER);
        }
    }
}

static void
update_accessible_summary (EngageCalendarPage *self)
{
  g_autoptr(GArray) rows = collect_mix (self);
  g_autoptr(GString) text = g_string_new (_("Content mix:"));

  for (guint i = 0; i < rows->len; i++)
    {
      MixRow *row = &g_array_index (rows, MixRow, i);

      /* Translators: one pillar in the plan overview for screen readers */
      g_string_append_printf (text, _(" %s %.0f %% (target %.0f %%);"),
                              row->name, row->share * 100, row->target * 100);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->mix_area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text->str,
                                  -1);
}

/* Callbacks */

static gboolean
on_ideas_drop_cb (GtkDropTarget      *target,
                  const GValue       *value,
                  double              x,
                  double              y,
                  EngageCalendarPage *self)
{
  EngagePost *post = g_value_get_object (value);

  if (post == NULL || engage_post_get_scheduled_at (post) == NULL)
    return FALSE;

  gtk_widget_activate_action (GTK_WIDGET (self), "calendar.move-post", "(xs)",
                              engage_post_get_id (post), "");
  return TRUE;
}

static void
on_ideas_drop_enter_cb (GtkDropTarget      *target,
                        double              x,
                        double              y,
                        EngageCalendarPage *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self->ideas_stack), "drop-target");
}

static void
on_ideas_drop_leave_cb (GtkDropTarget      *target,
                        EngageCalendarPage *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->ideas_stack), "drop-target");
}

/* Private API */

void
_engage_calendar_page_init_sidebar (EngageCalendarPage *self)
{
  GtkDropTarget *drop;

  gtk_drawing_area_set_draw_func (self->mix_area, draw_mix_cb, self, NULL);
  gtk_drawing_area_set_draw_func (self->cadence_area, draw_cadence_cb, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->cadence_area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Posts per week and channel"),
                                  -1);

  drop = gtk_drop_target_new (ENGAGE_TYPE_POST, GDK_ACTION_MOVE);
  g_signal_connect_object (drop, "drop", G_CALLBACK (on_ideas_drop_cb), self, 0);
  g_signal_connect_object (drop, "enter", G_CALLBACK (on_ideas_drop_enter_cb), self, 0);
  g_signal_connect_object (drop, "leave", G_CALLBACK (on_ideas_drop_leave_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->ideas_stack), GTK_EVENT_CONTROLLER (drop));
}

void
_engage_calendar_page_update_overview (EngageCalendarPage *self)
{
  g_autofree char *title = NULL;
  g_autoptr(GArray) rows = collect_mix (self);
  guint n_channels = g_list_model_get_n_items (self->channel_list);
  gboolean week = self->model != NULL && engage_month_model_is_week (self->model);

  if (self->model != NULL)
    {
      g_autofree char *period = engage_month_model_format_title (self->model);

      /* Translators: the heading of the plan overview, e.g. "Plan for November 2026" */
      title = g_strdup_printf (_("Plan for %s"), period);
    }
  gtk_label_set_label (self->plan_title, title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->plan_title), title);

  gtk_label_set_label (self->cadence_caption,
                       week ? _("Posts per day and channel") : _("Posts per week and channel"));

  gtk_drawing_area_set_content_height (self->mix_area, rows->len * MIX_ROW_HEIGHT);
  gtk_drawing_area_set_content_height (self->cadence_area,
                                       CADENCE_HEADER_HEIGHT + n_channels * CADENCE_ROW_HEIGHT);
  gtk_widget_queue_draw (GTK_WIDGET (self->mix_area));
  gtk_widget_queue_draw (GTK_WIDGET (self->cadence_area));

  update_accessible_summary (self);
}

void
_engage_calendar_page_update_ideas (EngageCalendarPage *self)
{
  GtkWidget *child;
  GTimeZone *tz = engage_project_get_tz (self->project);
  gboolean show_archived = engage_calendar_filter_has_status (self->filter, ENGAGE_POST_STATUS_ARCHIVED);
  guint n_items = g_list_model_get_n_items (self->ideas);
  guint n_shown = 0;
  g_autofree char *count = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->ideas_box))) != NULL)
    gtk_box_remove (self->ideas_box, child);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (self->ideas, i);
      gint64 channel_id = engage_post_get_channel_id (post);
      gint64 pillar_id = engage_post_get_pillar_id (post);

      if (engage_post_get_status (post) == ENGAGE_POST_STATUS_ARCHIVED && !show_archived)
        continue;
      if (!engage_calendar_filter_matches (self->filter, post))
        continue;

      if (n_shown < MAX_IDEAS)
        {
          GtkWidget *chip = engage_post_chip_new (post,
                                                  g_hash_table_lookup (self->channels, &channel_id),
                                                  g_hash_table_lookup (self->pillars, &pillar_id),
                                                  tz, ENGAGE_POST_CHIP_DETAILED);

          /* Ideas are checked too: a rule can be broken before there is a date. */
          engage_plan_findings_decorate_chip (self->findings, chip);
          gtk_box_append (self->ideas_box, chip);
        }
      n_shown++;
    }

  if (n_shown > MAX_IDEAS)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("%u more idea; search to find it",
                                                         "%u more ideas; search to find them",
                                                         n_shown - MAX_IDEAS),
                                               n_shown - MAX_IDEAS);
      GtkWidget *label = gtk_label_new (more);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (self->ideas_box, label);
    }

  count = g_strdup_printf ("%u", n_shown);
  gtk_label_set_label (self->ideas_count_label, n_shown > 0 ? count : NULL);

  if (n_shown > 0)
    {
      gtk_stack_set_visible_child_name (self->ideas_stack, "ideas");
    }
  else
    {
      gtk_label_set_label (self->ideas_empty_label,
                           engage_calendar_filter_is_empty (self->filter)
                           ? _("No ideas without a date. Drag a post here to take its date away.")
                           : _("No ideas match the filter."));
      gtk_stack_set_visible_child_name (self->ideas_stack, "empty");
    }
}
