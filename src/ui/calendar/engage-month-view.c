/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-month-view"

#include "config.h"

#include "engage-month-view-private.h"

#include "engage-types.h"

#include <glib/gi18n.h>

/*
 * The grid of a month (five or six weeks with their ISO week numbers) or of a
 * week (seven tall columns under the week view's header), drawn from an
 * #EngageMonthModel. One widget lays out every day, so that the rows stay
 * aligned and the grid lines, the out-of-month shade, the drop highlight and
 * the keyboard focus are painted once.
 *
 * How many chips a day holds depends on its height. When a new size changes
 * that number, the chips are rebuilt on the next frame (a layout pass cannot
 * add children); meanwhile the ones that do not fit are hidden.
 *
 * The view does nothing to the project itself: it activates the calendar
 * page's actions (calendar.open-post, calendar.new-post, calendar.move-post,
 * calendar.delete-post through the chips), so that the month and week views,
 * the overflow popover and the ideas list share one implementation of each.
 */

G_DEFINE_FINAL_TYPE (EngageMonthView, engage_month_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED_DAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static gboolean
is_week (EngageMonthView *self)
{
  return self->model != NULL && engage_month_model_is_week (self->model);
}

guint
_engage_month_view_n_cells (EngageMonthView *self)
{
  return self->model != NULL ? engage_month_model_get_n_cells (self->model) : 0;
}

static gpointer
lookup (GHashTable *table,
        gint64      id)
{
  return table != NULL ? g_hash_table_lookup (table, &id) : NULL;
}

GtkWidget *
_engage_month_view_create_chip (EngageMonthView      *self,
                                EngagePost           *post,
                                EngagePostChipLayout  layout)
{
  GtkWidget *chip = engage_post_chip_new (post,
                                          lookup (self->channels, engage_post_get_channel_id (post)),
                                          lookup (self->pillars, engage_post_get_pillar_id (post)),
                                          self->tz, layout);

  if (self->findings != NULL)
    engage_plan_findings_decorate_chip (self->findings, chip);

  return chip;
}

/* The guideline's findings: the range shown is the one to check, and the
 * chips take the badges of each new check. */
static void
update_findings_range (EngageMonthView *self)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;

  if (self->findings == NULL || self->model == NULL || self->tz == NULL)
    return;

  start = engage_month_model_dup_start (self->model, self->tz);
  end = engage_month_model_dup_end (self->model, self->tz);
  engage_plan_findings_set_range (self->findings, start, end);
}

static void
on_findings_changed_cb (EngageMonthView *self)
{
  for (guint i = 0; i < ENGAGE_MONTH_MODEL_MAX_CELLS; i++)
    for (guint j = 0; self->cells[i].chips != NULL && j < self->cells[i].chips->len; j++)
      engage_plan_findings_decorate_chip (self->findings, g_ptr_array_index (self->cells[i].chips, j));
}

void
_engage_month_view_activate_for_day (GtkWidget   *widget,
                                     const char  *action,
                                     const GDate *day)
{
  g_autofree char *iso = engage_iso_date_format (day);

  gtk_widget_activate_action (widget, action, "s", iso);
}

static void
clear_chips (Cell *cell)
{
  for (guint i = 0; i < cell->chips->len; i++)
    gtk_widget_unparent (g_ptr_array_index (cell->chips, i));
  g_ptr_array_set_size (cell->chips, 0);
}

static void
update_overflow (EngageMonthView *self,
                 guint            index,
                 guint            n_overflow)
{
  GtkWidget *button = self->cells[index].overflow_button;

  if (n_overflow > 0)
    {
      g_autofree char *label = g_strdup_printf (ngettext ("+%u more", "+%u more", n_overflow),
                                                n_overflow);
      gtk_label_set_label (GTK_LABEL (gtk_menu_button_get_child (GTK_MENU_BUTTON (button))), label);
    }

  gtk_widget_set_visible (button, n_overflow > 0);
}

/* Creates the chips that fit into every day, between the day's labels and its
 * "+N more" button, so that Tab goes through a day's posts before its button. */
static void
rebuild_chips (EngageMonthView *self)
{
  EngagePostChipLayout layout = is_week (self) ? ENGAGE_POST_CHIP_DETAILED : ENGAGE_POST_CHIP_COMPACT;
  guint count = _engage_month_view_n_cells (self);

  for (guint i = 0; i < ENGAGE_MONTH_MODEL_MAX_CELLS; i++)
    {
      Cell *cell = &self->cells[i];
      EngageCalendarCell *day;
      guint n_visible, n_overflow = 0;
      GtkWidget *previous;

      clear_chips (cell);

      if (i >= count)
        {
          update_overflow (self, i, 0);
          continue;
        }

      day = engage_month_model_get_cell (self->model, i);
      n_visible = engage_calendar_cell_get_n_visible (day, self->max_chips, &n_overflow);

      previous = cell->holiday_label;
      for (guint j = 0; j < n_visible; j++)
        {
          GtkWidget *chip = _engage_month_view_create_chip (self, g_ptr_array_index (day->posts, j), layout);

          g_object_set_data (G_OBJECT (chip), "engage-cell", GUINT_TO_POINTER (i + 1));
          gtk_widget_insert_after (chip, GTK_WIDGET (self), previous);
          g_ptr_array_add (cell->chips, chip);
          previous = chip;
        }

      update_overflow (self, i, n_overflow);
    }

  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static gboolean
on_rebuild_tick_cb (GtkWidget     *widget,
                    GdkFrameClock *frame_clock,
                    gpointer       user_data)
{
  EngageMonthView *self = ENGAGE_MONTH_VIEW (widget);

  self->rebuild_id = 0;
  rebuild_chips (self);

  return G_SOURCE_REMOVE;
}

static void
update_labels (EngageMonthView *self)
{
  guint count = _engage_month_view_n_cells (self);
  gboolean week = is_week (self);

  for (guint column = 0; column < 7; column++)
    {
      g_autofree char *name = NULL;

      if (count > 0)
        {
          const GDate *date = &engage_month_model_get_cell (self->model, column)->date;
          g_autoptr(GDateTime) time = g_date_time_new_utc (g_date_get_year (date),
                                                           g_date_get_month (date),
                                                           g_date_get_day (date), 0, 0, 0);
          /* Translators: a weekday above a column of the month, see the
           * strftime manual */
          name = g_date_time_format (time, _("%a"));
        }

      gtk_label_set_label (GTK_LABEL (self->weekday_labels[column]), name);
      gtk_widget_set_child_visible (self->weekday_labels[column], !week && count > 0);
    }

  for (guint week_index = 0; week_index < ENGAGE_MONTH_MODEL_MAX_WEEKS; week_index++)
    {
      gboolean shown = !week && week_index * 7 < count;
      g_autofree char *number = NULL;

      if (shown)
        number = g_strdup_printf ("%u", engage_month_model_get_week_number (self->model, week_index));

      gtk_label_set_label (GTK_LABEL (self->week_labels[week_index]), number);
      gtk_widget_set_child_visible (self->week_labels[week_index], shown);
    }

  for (guint i = 0; i < ENGAGE_MONTH_MODEL_MAX_CELLS; i++)
    {
      Cell *cell = &self->cells[i];
      EngageCalendarCell *day;
      g_autofree char *text = NULL;

      gtk_widget_set_child_visible (cell->day_label, !week && i < count);
      gtk_widget_set_child_visible (cell->holiday_label, !week && i < count);
      if (i >= count || week)
        continue;

      day = engage_month_model_get_cell (self->model, i);

      if (g_date_get_day (&day->date) == 1 && !day->in_period)
        {
          g_autoptr(GDateTime) time = g_date_time_new_utc (g_date_get_year (&day->date),
                                                           g_date_get_month (&day->date),
                                                           1, 0, 0, 0);
          /* Translators: the first day of the next or previous month in a
           * month grid, see the strftime manual; German: "%-d. %b" */
          text = g_date_time_format (time, _("%-d %b"));
        }
      else
        {
          text = g_strdup_printf ("%u", g_date_get_day (&day->date));
        }

      gtk_label_set_label (GTK_LABEL (cell->day_label), text);

      if (day->is_today)
        gtk_widget_add_css_class (cell->day_label, "today");
      else
        gtk_widget_remove_css_class (cell->day_label, "today");

      if (day->in_period)
        gtk_widget_remove_css_class (cell->day_label, "other-month");
      else
        gtk_widget_add_css_class (cell->day_label, "other-month");

      gtk_label_set_label (GTK_LABEL (cell->holiday_label), day->holiday);
      gtk_widget_set_tooltip_text (cell->holiday_label, day->holiday);
      gtk_widget_set_visible (cell->holiday_label, day->holiday != NULL);
    }
}

int
_engage_month_view_cell_at_point (EngageMonthView *self,
                                  double           x,
                                  double           y)
{
  guint count = _engage_month_view_n_cells (self);

  for (guint i = 0; i < count; i++)
    if (graphene_rect_contains_point (&self->cell_rects[i], &GRAPHENE_POINT_INIT (x, y)))
      return i;

  return -1;
}

/* Layout */

static void
column_bounds (EngageMonthView *self,
               int              width,
               guint            column,
               int             *x,
               int             *column_width)
{
  int start = is_week (self) ? 0 : WEEK_COLUMN_WIDTH;
  int grid = width - start;
  int left = start + grid * column / 7;
  int right = start + grid * (column + 1) / 7;

  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    {
      int mirrored_left = width - right;

      right = width - left;
      left = mirrored_left;
    }

  *x = left;
  *column_width = right - left;
}

static void
allocate_child (GtkWidget *child,
                int        x,
                int        y,
                int        width,
                int        height)
{
  gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, MAX (width, 0), MAX (height, 0) }, -1);
}

static int
natural_height (GtkWidget *child,
                int        for_width)
{
  int height = 0;

  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, for_width, NULL, &height, NULL, NULL);
  return height;
}

/* Chips that fit into a day of @height, given a day header of @top. */
static guint
count_fitting (int height,
               int top,
               int row_height,
               int spacing)
{
  int room = height - top - CELL_PADDING;

  if (row_height <= 0 || room <= 0)
    return 0;

  return (room + spacing) / (row_height + spacing);
}

static void
engage_month_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  EngageMonthView *self = ENGAGE_MONTH_VIEW (widget);
  int rows = self->model != NULL ? engage_month_model_get_n_weeks (self->model) : 6;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (is_week (self) ? 0 : WEEK_COLUMN_WIDTH) + 7 * 48;
      *natural = *minimum + 7 * 60;
    }
  else
    {
      *minimum = (is_week (self) ? 0 : 24) + rows * 56;
      *natural = *minimum + rows * 40;
    }
}

static void
engage_month_view_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  EngageMonthView *self = ENGAGE_MONTH_VIEW (widget);
  EngagePostChipLayout layout;
  guint count = _engage_month_view_n_cells (self);
  guint rows, fit;
  int header = 0;
  int chip_height, spacing, top;

  if (self->probe == NULL)
    {
      g_autoptr(EngagePost) sample = engage_post_new (0, "Xg\nXg\nXg");
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

      /* A chip with a title as long as a chip shows stands for the tallest one. */
      self->probe = engage_post_chip_new (sample, NULL, NULL, utc,
                                          is_week (self) ? ENGAGE_POST_CHIP_DETAILED : ENGAGE_POST_CHIP_COMPACT);
      gtk_widget_set_parent (self->probe, widget);
      gtk_widget_set_child_visible (self->probe, FALSE);
    }

  /* The weekday row */
  if (!is_week (self))
    for (guint column = 0; column < 7; column++)
      header = MAX (header, natural_height (self->weekday_labels[column], -1) + 6);
  self->header_height = header;

  for (guint column = 0; column < 7; column++)
    {
      int x, w;

      column_bounds (self, width, column, &x, &w);
      allocate_child (self->weekday_labels[column], x, 0, w, header);
    }

  rows = self->model != NULL ? engage_month_model_get_n_weeks (self->model) : 0;
  for (guint row = 0; row < ENGAGE_MONTH_MODEL_MAX_WEEKS; row++)
    {
      int y = header + (height - header) * row / MAX (rows, 1);
      int x = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? width - WEEK_COLUMN_WIDTH : 0;

      allocate_child (self->week_labels[row], x, y + CELL_PADDING, WEEK_COLUMN_WIDTH,
                      natural_height (self->week_labels[row], WEEK_COLUMN_WIDTH));
    }

  layout = is_week (self) ? ENGAGE_POST_CHIP_DETAILED : ENGAGE_POST_CHIP_COMPACT;
  spacing = layout == ENGAGE_POST_CHIP_DETAILED ? WEEK_CHIP_SPACING : CHIP_SPACING;

  /* Every day header has the height of the day number, whether or not it names
   * a holiday, so that the chips of a row line up. */
  top = CELL_PADDING;
  if (!is_week (self) && count > 0)
    top += natural_height (self->cells[0].day_label, -1) + HEADER_SPACING;

  fit = G_MAXUINT;
  for (guint i = 0; i < count; i++)
    {
      Cell *cell = &self->cells[i];
      guint row = i / 7, column = i % 7;
      int x, w, y, h, inner, chip_y, day_width, n_shown = 0;

      column_bounds (self, width, column, &x, &w);
      y = header + (height - header) * row / rows;
      h = header + (height - header) * (row + 1) / rows - y;
      graphene_rect_init (&self->cell_rects[i], x, y, w, h);

      inner = w - 2 * CELL_PADDING;
      chip_height = natural_height (self->probe, inner);
      fit = MIN (fit, count_fitting (h, top, chip_height, spacing));

      if (!is_week (self))
        {
          int label_height = natural_height (cell->day_label, -1);

          gtk_widget_measure (cell->day_label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &day_width, NULL, NULL);
          allocate_child (cell->day_label, x + CELL_PADDING, y + CELL_PADDING, day_width, label_height);
          natural_height (cell->holiday_label, -1);
          allocate_child (cell->holiday_label, x + CELL_PADDING + day_width + 4, y + CELL_PADDING,
                          inner - day_width - 4, label_height);
        }

      chip_y = y + top;
      for (guint j = 0; j < cell->chips->len; j++)
        {
          GtkWidget *chip = g_ptr_array_index (cell->chips, j);
          int chip_h = natural_height (chip, inner);
          gboolean fits = chip_y + chip_h <= y + h - CELL_PADDING;

          /* Until the rebuild on the next frame, what does not fit is hidden. */
          gtk_widget_set_child_visible (chip, fits);
          if (fits)
            {
              allocate_child (chip, x + CELL_PADDING, chip_y, inner, chip_h);
              n_shown++;
            }
          chip_y += chip_h + spacing;
        }

      if (gtk_widget_get_visible (cell->overflow_button))
        {
          int button_height = natural_height (cell->overflow_button, inner);
          int button_y = n_shown == (int) cell->chips->len ? chip_y : y + h - CELL_PADDING - button_height;

          button_y = MIN (button_y, y + h - CELL_PADDING - button_height);
          allocate_child (cell->overflow_button, x + CELL_PADDING, button_y, inner, button_height);
        }
    }

  if (count > 0 && fit != self->max_chips && self->rebuild_id == 0)
    {
      self->max_chips = fit;
      self->rebuild_id = gtk_widget_add_tick_callback (widget, on_rebuild_tick_cb, NULL, NULL);
    }
}

static void
append_rect (GtkSnapshot   *snapshot,
             const GdkRGBA *color,
             float          x,
             float          y,
             float          width,
             float          height)
{
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, height));
}

static void
append_frame (GtkSnapshot           *snapshot,
              const graphene_rect_t *rect,
              const GdkRGBA         *color,
              float                  line)
{
  GskRoundedRect frame;

  gsk_rounded_rect_init_from_rect (&frame,
                                   &GRAPHENE_RECT_INIT (rect->origin.x + 1, rect->origin.y + 1,
                                                        rect->size.width - 1, rect->size.height - 1),
                                   4);
  gtk_snapshot_append_border (snapshot, &frame,
                              (float[4]) { line, line, line, line },
                              (GdkRGBA[4]) { *color, *color, *color, *color });
}

static void
engage_month_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  EngageMonthView *self = ENGAGE_MONTH_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guint count = _engage_month_view_n_cells (self);
  int focused = gtk_widget_has_visible_focus (widget) ? _engage_month_view_selected_cell (self) : -1;

  for (guint i = 0; i < count; i++)
    {
      EngageCalendarCell *day = engage_month_model_get_cell (self->model, i);
      const graphene_rect_t *rect = &self->cell_rects[i];

      if (!day->in_period || day->is_weekend)
        {
          GdkRGBA shade = self->shade_color;

          if (day->in_period)
            shade.alpha *= 0.5f;
          gtk_snapshot_append_color (snapshot, &shade, rect);
        }

      if ((int) i == self->drop_cell)
        {
          GdkRGBA fill = self->accent_color;

          fill.alpha = 0.14f;
          gtk_snapshot_append_color (snapshot, &fill, rect);
        }
    }

  /* Grid lines, 1 px on whole pixels: above every row and left of every
   * column, and between the week numbers and the days. */
  if (count > 0)
    {
      guint rows = engage_month_model_get_n_weeks (self->model);

      for (guint row = 0; row < rows; row++)
        append_rect (snapshot, &self->line_color, 0, self->cell_rects[row * 7].origin.y, width, 1);

      for (guint column = 0; column < 7; column++)
        if (self->cell_rects[column].origin.x > 0)
          append_rect (snapshot, &self->line_color, self->cell_rects[column].origin.x,
                       self->header_height, 1, height - self->header_height);

      if (!is_week (self) && gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
        append_rect (snapshot, &self->line_color, width - WEEK_COLUMN_WIDTH,
                     self->header_height, 1, height - self->header_height);
    }

  if (self->drop_cell >= 0 && (guint) self->drop_cell < count)
    append_frame (snapshot, &self->cell_rects[self->drop_cell], &self->accent_color, 2);
  else if (focused >= 0)
    append_frame (snapshot, &self->cell_rects[focused], &self->accent_color, 2);

  GTK_WIDGET_CLASS (engage_month_view_parent_class)->snapshot (widget, snapshot);
}

static void
engage_month_view_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  EngageMonthView *self = ENGAGE_MONTH_VIEW (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA fg;

  GTK_WIDGET_CLASS (engage_month_view_parent_class)->css_changed (widget, change);

  gtk_style_context_get_color (context, &fg);
  self->line_color = fg;
  self->line_color.alpha = 0.12f;
  self->shade_color = fg;
  self->shade_color.alpha = 0.045f;

  if (!gtk_style_context_lookup_color (context, "accent_color", &self->accent_color))
    self->accent_color = (GdkRGBA) { 0.21f, 0.52f, 0.89f, 1.f };

  gtk_widget_queue_draw (widget);
}

static void
engage_month_view_set_focus_child (GtkWidget *widget,
                                   GtkWidget *child)
{
  EngageMonthView *self = ENGAGE_MONTH_VIEW (widget);
  guint index;

  GTK_WIDGET_CLASS (engage_month_view_parent_class)->set_focus_child (widget, child);

  if (child == NULL || self->model == NULL)
    return;

  /* Selection follows the focus within the month only: a chip focused on a
   * day of the next month must not switch months under the pointer. */
  index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), "engage-cell"));
  if (index > 0 && index <= _engage_month_view_n_cells (self)
      && engage_month_model_get_cell (self->model, index - 1)->in_period)
    _engage_month_view_select_cell (self, index - 1);
}

static void
engage_month_view_dispose (GObject *object)
{
  EngageMonthView *self = ENGAGE_MONTH_VIEW (object);

  if (self->rebuild_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->rebuild_id);
  self->rebuild_id = 0;

  for (guint i = 0; i < ENGAGE_MONTH_MODEL_MAX_CELLS; i++)
    {
      Cell *cell = &self->cells[i];

      if (cell->chips != NULL)
        clear_chips (cell);
      g_clear_pointer (&cell->chips, g_ptr_array_unref);
      g_clear_pointer (&cell->day_label, gtk_widget_unparent);
      g_clear_pointer (&cell->holiday_label, gtk_widget_unparent);
      g_clear_pointer (&cell->overflow_button, gtk_widget_unparent);
    }

  for (guint i = 0; i < 7; i++)
    g_clear_pointer (&self->weekday_labels[i], gtk_widget_unparent);
  for (guint i = 0; i < ENGAGE_MONTH_MODEL_MAX_WEEKS; i++)
    g_clear_pointer (&self->week_labels[i], gtk_widget_unparent);
  g_clear_pointer (&self->probe, gtk_widget_unparent);

  g_clear_pointer (&self->model, engage_month_model_unref);
  g_clear_pointer (&self->channels, g_hash_table_unref);
  g_clear_pointer (&self->pillars, g_hash_table_unref);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  if (self->findings != NULL)
    g_signal_handlers_disconnect_by_func (self->findings, on_findings_changed_cb, self);
  g_clear_object (&self->findings);

  G_OBJECT_CLASS (engage_month_view_parent_class)->dispose (object);
}

static void
engage_month_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  EngageMonthView *self = ENGAGE_MONTH_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_DAY:
      g_value_set_boxed (value, g_date_valid (&self->selected) ? &self->selected : NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_month_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  EngageMonthView *self = ENGAGE_MONTH_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_DAY:
      engage_month_view_set_selected_day (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_month_view_class_init (EngageMonthViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = engage_month_view_dispose;
  object_class->get_property = engage_month_view_get_property;
  object_class->set_property = engage_month_view_set_property;

  widget_class->measure = engage_month_view_measure;
  widget_class->size_allocate = engage_month_view_size_allocate;
  widget_class->snapshot = engage_month_view_snapshot;
  widget_class->css_changed = engage_month_view_css_changed;
  widget_class->set_focus_child = engage_month_view_set_focus_child;

  /**
   * EngageMonthView:selected-day: (nullable)
   *
   * The day with the keyboard focus; arrows move it, also out of the grid,
   * and the calendar page follows to its month.
   */
  properties[PROP_SELECTED_DAY] =
    g_param_spec_boxed ("selected-day", NULL, NULL,
                        G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  _engage_month_view_class_init_input (widget_class);

  gtk_widget_class_set_css_name (widget_class, "month-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
engage_month_view_init (EngageMonthView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  self->drop_cell = -1;
  g_date_clear (&self->press_day, 1);
  g_date_clear (&self->selected, 1);
  /* A guess until the first allocation measures the days. */
  self->max_chips = DEFAULT_MAX_CHIPS;

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);

  for (guint i = 0; i < 7; i++)
    {
      self->weekday_labels[i] = gtk_label_new (NULL);
      gtk_widget_add_css_class (self->weekday_labels[i], "weekday");
      gtk_widget_set_parent (self->weekday_labels[i], widget);
    }

  for (guint i = 0; i < ENGAGE_MONTH_MODEL_MAX_WEEKS; i++)
    {
      self->week_labels[i] = gtk_label_new (NULL);
      gtk_widget_add_css_class (self->week_labels[i], "week-number");
      gtk_widget_add_css_class (self->week_labels[i], "numeric");
      gtk_widget_set_parent (self->week_labels[i], widget);
    }

  for (guint i = 0; i < ENGAGE_MONTH_MODEL_MAX_CELLS; i++)
    {
      Cell *cell = &self->cells[i];

      cell->chips = g_ptr_array_new ();

      cell->day_label = gtk_label_new (NULL);
      gtk_widget_add_css_class (cell->day_label, "day-number");
      gtk_widget_add_css_class (cell->day_label, "numeric");
      gtk_widget_set_parent (cell->day_label, widget);

      cell->holiday_label = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (cell->holiday_label), 1);
      gtk_label_set_ellipsize (GTK_LABEL (cell->holiday_label), PANGO_ELLIPSIZE_END);
      gtk_label_set_single_line_mode (GTK_LABEL (cell->holiday_label), TRUE);
      gtk_widget_add_css_class (cell->holiday_label, "holiday");
      gtk_widget_set_visible (cell->holiday_label, FALSE);
      gtk_widget_set_parent (cell->holiday_label, widget);

      cell->overflow_button = gtk_menu_button_new ();
      /* A label child rather than the button's label: no dropdown arrow. */
      gtk_menu_button_set_child (GTK_MENU_BUTTON (cell->overflow_button), gtk_label_new (NULL));
      gtk_widget_add_css_class (cell->overflow_button, "overflow");
      gtk_widget_set_visible (cell->overflow_button, FALSE);
      g_object_set_data (G_OBJECT (cell->overflow_button), "engage-cell", GUINT_TO_POINTER (i + 1));
      gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (cell->overflow_button),
                                             _engage_month_view_create_overflow_popup, self, NULL);
      gtk_widget_set_parent (cell->overflow_button, widget);
    }

  _engage_month_view_init_input (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Calendar"),
                                  -1);
}

/* Public API */

/**
 * engage_month_view_new:
 *
 * Returns: (transfer floating): a new, empty view
 */
GtkWidget *
engage_month_view_new (void)
{
  return g_object_new (ENGAGE_TYPE_MONTH_VIEW, NULL);
}

/**
 * engage_month_view_set_model:
 * @self: a view
 * @model: (nullable): the month or week to show
 * @channels: (nullable): the project's channels by id (gint64 keys)
 * @pillars: (nullable): the project's pillars by id (gint64 keys)
 * @tz: (nullable): the project's time zone
 *
 * Shows @model: a month model as a month grid with week numbers, a week model
 * as seven columns with detailed chips.
 */
void
engage_month_view_set_model (EngageMonthView  *self,
                             EngageMonthModel *model,
                             GHashTable       *channels,
                             GHashTable       *pillars,
                             GTimeZone        *tz)
{
  gboolean was_week;

  g_return_if_fail (ENGAGE_IS_MONTH_VIEW (self));

  was_week = is_week (self);

  if (model != NULL)
    engage_month_model_ref (model);
  g_clear_pointer (&self->model, engage_month_model_unref);
  self->model = model;

  if (channels != NULL)
    g_hash_table_ref (channels);
  g_clear_pointer (&self->channels, g_hash_table_unref);
  self->channels = channels;

  if (pillars != NULL)
    g_hash_table_ref (pillars);
  g_clear_pointer (&self->pillars, g_hash_table_unref);
  self->pillars = pillars;

  if (tz != NULL)
    g_time_zone_ref (tz);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  self->tz = tz;

  /* The probe measures chips of the model's kind. */
  if (was_week != is_week (self))
    {
      g_clear_pointer (&self->probe, gtk_widget_unparent);
      self->max_chips = DEFAULT_MAX_CHIPS;
    }

  if (self->rebuild_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->rebuild_id);
  self->rebuild_id = 0;

  self->drop_cell = -1;
  update_labels (self);
  rebuild_chips (self);
  update_findings_range (self);
}

/**
 * engage_month_view_get_model:
 * @self: a view
 *
 * Returns: (transfer none) (nullable): the model shown
 */
EngageMonthModel *
engage_month_view_get_model (EngageMonthView *self)
{
  g_return_val_if_fail (ENGAGE_IS_MONTH_VIEW (self), NULL);

  return self->model;
}

/**
 * engage_month_view_get_selected_day:
 * @self: a view
 * @day: (out caller-allocates): the day with the keyboard focus; cleared
 *   (invalid) when there is none
 */
void
engage_month_view_get_selected_day (EngageMonthView *self,
                                    GDate           *day)
{
  g_return_if_fail (ENGAGE_IS_MONTH_VIEW (self));
  g_return_if_fail (day != NULL);

  *day = self->selected;
}

/**
 * engage_month_view_set_selected_day:
 * @self: a view
 * @day: (nullable): the day to give the keyboard focus
 */
void
engage_month_view_set_selected_day (EngageMonthView *self,
                                    const GDate     *day)
{
  g_return_if_fail (ENGAGE_IS_MONTH_VIEW (self));

  if (day != NULL && !g_date_valid (day))
    day = NULL;

  if (day == NULL && !g_date_valid (&self->selected))
    return;
  if (day != NULL && g_date_valid (&self->selected) && g_date_compare (day, &self->selected) == 0)
    return;

  if (day != NULL)
    self->selected = *day;
  else
    g_date_clear (&self->selected, 1);

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_DAY]);
}

/**
 * engage_month_view_get_max_chips:
 * @self: a view
 *
 * Returns: how many chip rows fit into a day at the current size
 */
guint
engage_month_view_get_max_chips (EngageMonthView *self)
{
  g_return_val_if_fail (ENGAGE_IS_MONTH_VIEW (self), 0);

  return self->max_chips;
}

/**
 * engage_month_view_get_column_bounds:
 * @self: a view
 * @column: a weekday column, 0 to 6
 * @x: (out): where the column starts
 * @width: (out): its width
 *
 * Gets the position of a column at the view's current width, for a header
 * that has to line up with it.
 */
void
engage_month_view_get_column_bounds (EngageMonthView *self,
                                     guint            column,
                                     int             *x,
                                     int             *width)
{
  g_return_if_fail (ENGAGE_IS_MONTH_VIEW (self));
  g_return_if_fail (column < 7);
  g_return_if_fail (x != NULL && width != NULL);

  column_bounds (self, gtk_widget_get_width (GTK_WIDGET (self)), column, x, width);
}

/**
 * engage_month_view_set_findings:
 * @self: a view
 * @findings: (nullable): the guideline's findings on the plan
 *
 * Gives the chips badges for the posts that break the guideline. The view
 * asks @findings to check the range it shows whenever it gets a new model.
 */
void
engage_month_view_set_findings (EngageMonthView    *self,
                                EngagePlanFindings *findings)
{
  g_return_if_fail (ENGAGE_IS_MONTH_VIEW (self));
  g_return_if_fail (findings == NULL || ENGAGE_IS_PLAN_FINDINGS (findings));

  if (self->findings == findings)
    return;

  if (self->findings != NULL)
    g_signal_handlers_disconnect_by_func (self->findings, on_findings_changed_cb, self);
  g_set_object (&self->findings, findings);
  if (findings != NULL)
    g_signal_connect_object (findings, "changed", G_CALLBACK (on_findings_changed_cb), self,
                             G_CONNECT_SWAPPED);

  on_findings_changed_cb (self);
  update_findings_range (self);
}
