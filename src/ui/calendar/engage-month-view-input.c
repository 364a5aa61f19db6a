/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-month-view-input"

#include "config.h"

#include "engage-month-view-private.h"

#include "engage-types.h"

#include <glib/gi18n.h>

/*
 * What the month view does with input: a click on a day's empty space creates
 * a post there, a post dropped on a day moves there, arrows move the selected
 * day (and past the grid, to the next month or week), Enter opens the day's
 * first post or creates one, and "+N more" pops up all posts of a day.
 */

/* Helpers */

int
_engage_month_view_selected_cell (EngageMonthView *self)
{
  if (self->model == NULL || !g_date_valid (&self->selected))
    return -1;

  return engage_month_model_find_cell (self->model, &self->selected);
}

void
_engage_month_view_select_cell (EngageMonthView *self,
                                guint            index)
{
  engage_month_view_set_selected_day (self, &engage_month_model_get_cell (self->model, index)->date);
}

/* The first post of the selected day opens; an empty day gets a new one. */
static void
activate_selected_day (EngageMonthView *self)
{
  EngageCalendarCell *day;
  int index = _engage_month_view_selected_cell (self);

  if (index < 0)
    return;

  day = engage_month_model_get_cell (self->model, index);
  if (day->posts->len > 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "calendar.open-post", "x",
                                engage_post_get_id (g_ptr_array_index (day->posts, 0)));
  else
    _engage_month_view_activate_for_day (GTK_WIDGET (self), "calendar.new-post", &day->date);
}

static void
move_selection (EngageMonthView *self,
                int              days)
{
  GDate day = self->selected;

  if (!g_date_valid (&day))
    return;

  if (days > 0)
    g_date_add_days (&day, days);
  else
    g_date_subtract_days (&day, -days);

  engage_month_view_set_selected_day (self, &day);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static GtkWidget *
create_overflow_content (EngageMonthView *self,
                         guint            index)
{
  EngageCalendarCell *day = engage_month_model_get_cell (self->model, index);
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *title = NULL;
  g_autofree char *iso = engage_iso_date_format (&day->date);
  GtkWidget *box, *label, *scrolled, *list, *button;

  time = g_date_time_new_utc (g_date_get_year (&day->date), g_date_get_month (&day->date),
                              g_date_get_day (&day->date), 0, 0, 0);
  /* Translators: the title of the popover with all posts of a day, see the
   * strftime manual; German: "%A, %-d. %B" */
  title = g_date_time_format (time, _("%A, %B %-e"));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (box, "day-popover");

  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);

  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, WEEK_CHIP_SPACING);
  for (guint i = 0; i < day->posts->len; i++)
    gtk_box_append (GTK_BOX (list), _engage_month_view_create_chip (self, g_ptr_array_index (day->posts, i),
                                                 ENGAGE_POST_CHIP_DETAILED));

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_widget_set_size_request (scrolled, 260, -1);
  gtk_box_append (GTK_BOX (box), scrolled);

  button = gtk_button_new_with_mnemonic (_("_New Post"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "calendar.new-post");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", iso);
  gtk_widget_add_css_class (button, "flat");
  gtk_box_append (GTK_BOX (box), button);

  return box;
}

/* Callbacks */

void
_engage_month_view_create_overflow_popup (GtkMenuButton *button,
                                          gpointer       user_data)
{
  EngageMonthView *self = ENGAGE_MONTH_VIEW (user_data);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "engage-cell")) - 1;
  GtkWidget *popover;

  if (index >= _engage_month_view_n_cells (self))
    return;

  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), create_overflow_content (self, index));
  gtk_menu_button_set_popover (button, popover);
}

static void
on_click_pressed_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     EngageMonthView *self)
{
  int index = _engage_month_view_cell_at_point (self, x, y);

  g_date_clear (&self->press_day, 1);
  if (index < 0)
    return;

  /* Remember the day, not the cell: selecting a day of the next month shows
   * that month, and the cell under the pointer is then another day. */
  self->press_day = engage_month_model_get_cell (self->model, index)->date;
  _engage_month_view_select_cell (self, index);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
on_click_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      EngageMonthView *self)
{
  int index = _engage_month_view_cell_at_point (self, x, y);
  EngageCalendarCell *day;

  if (n_press != 1 || index < 0 || !g_date_valid (&self->press_day))
    return;

  day = engage_month_model_get_cell (self->model, index);
  if (g_date_compare (&day->date, &self->press_day) != 0)
    return;

  g_date_clear (&self->press_day, 1);
  _engage_month_view_activate_for_day (GTK_WIDGET (self), "calendar.new-post", &day->date);
}

static GdkDragAction
on_drop_motion_cb (GtkDropTarget   *target,
                   double           x,
                   double           y,
                   EngageMonthView *self)
{
  int index = _engage_month_view_cell_at_point (self, x, y);

  if (index != self->drop_cell)
    {
      self->drop_cell = index;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }

  return index >= 0 ? GDK_ACTION_MOVE : 0;
}

static void
on_drop_leave_cb (GtkDropTarget   *target,
                  EngageMonthView *self)
{
  self->drop_cell = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
on_drop_cb (GtkDropTarget   *target,
            const GValue    *value,
            double           x,
            double           y,
            EngageMonthView *self)
{
  EngagePost *post = g_value_get_object (value);
  int index = _engage_month_view_cell_at_point (self, x, y);
  g_autofree char *iso = NULL;

  self->drop_cell = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));

  if (post == NULL || index < 0)
    return FALSE;

  iso = engage_iso_date_format (&engage_month_model_get_cell (self->model, index)->date);
  gtk_widget_activate_action (GTK_WIDGET (self), "calendar.move-post", "(xs)",
                              engage_post_get_id (post), iso);
  _engage_month_view_select_cell (self, index);

  return TRUE;
}

static gboolean
move_binding_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  EngageMonthView *self = ENGAGE_MONTH_VIEW (widget);
  int days = g_variant_get_int32 (args);

  /* Left and right follow the reading direction. */
  if ((days == 1 || days == -1) && gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    days = -days;

  move_selection (self, days);
  return TRUE;
}

static gboolean
activate_binding_cb (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   user_data)
{
  activate_selected_day (ENGAGE_MONTH_VIEW (widget));
  return TRUE;
}

static void
add_move_binding (GtkWidgetClass *widget_class,
                  guint           keyval,
                  guint           keypad_keyval,
                  int             days)
{
  gtk_widget_class_add_binding (widget_class, keyval, 0, move_binding_cb, "i", days);
  gtk_widget_class_add_binding (widget_class, keypad_keyval, 0, move_binding_cb, "i", days);
}

/* Private API */

void
_engage_month_view_class_init_input (GtkWidgetClass *widget_class)
{
  add_move_binding (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, -1);
  add_move_binding (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, 1);
  add_move_binding (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, -7);
  add_move_binding (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, 7);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, 0, activate_binding_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, 0, activate_binding_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_ISO_Enter, 0, activate_binding_cb, NULL);
}

void
_engage_month_view_init_input (EngageMonthView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *click;
  GtkDropTarget *drop;

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  drop = gtk_drop_target_new (ENGAGE_TYPE_POST, GDK_ACTION_MOVE);
  g_signal_connect (drop, "motion", G_CALLBACK (on_drop_motion_cb), self);
  g_signal_connect (drop, "enter", G_CALLBACK (on_drop_motion_cb), self);
  g_signal_connect (drop, "leave", G_CALLBACK (on_drop_leave_cb), self);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drop));
}
