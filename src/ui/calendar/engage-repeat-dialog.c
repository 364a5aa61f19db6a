/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-repeat-dialog"

#include "config.h"

#include "engage-repeat-dialog.h"

/* After a libc header, which defines __GLIBC__. */
#ifdef __GLIBC__
#include <langinfo.h>
#endif

#include "engage-format.h"
#include "engage-recurrence.h"

#include <glib/gi18n.h>

/*
 * "Repeat…" of the post editor: a weekly series on chosen weekdays until a day,
 * or a monthly one on the Nth weekday a number of times. The dialog only builds
 * the rule and shows what it gives (the number of posts, the first and the last
 * day), expanded by the same code that will create the posts; the editor creates
 * them when the post is saved.
 */

enum {
  FREQUENCY_NEVER,
  FREQUENCY_WEEKLY,
  FREQUENCY_MONTHLY,
};

struct _EngageRepeatDialog
{
  AdwWindow        parent_instance;

  /* Template widgets */
  GtkWidget       *done_button;
  AdwComboRow     *frequency_row;
  GtkWidget       *weekly_group;
  GtkBox          *weekdays_box;
  GtkMenuButton   *until_button;
  GtkPopover      *until_popover;
  GtkCalendar     *until_calendar;
  GtkWidget       *monthly_group;
  AdwComboRow     *position_row;
  AdwComboRow     *weekday_row;
  GtkSpinButton   *count_spin;
  GtkLabel        *summary_label;

  /* Owned */
  GDateTime       *start;
  GTimeZone       *tz;
  char            *rule;
  char            *description;

  /* State: the weekdays in the order the locale shows them */
  GtkToggleButton *weekday_buttons[7];
  GDateWeekday     weekday_order[7];
  GDate            until;
};

G_DEFINE_FINAL_TYPE (EngageRepeatDialog, engage_repeat_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

/* The first day of the week in the user's locale: Monday in Germany, Sunday in
 * the United States. */
static GDateWeekday
get_first_weekday (void)
{
#ifdef __GLIBC__
  union { unsigned int word; char *string; } langinfo;
  int week_1stday = 0;
  int first_weekday;
  guint week_origin;

  langinfo.string = nl_langinfo (_NL_TIME_FIRST_WEEKDAY);
  first_weekday = langinfo.string[0];
  langinfo.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  week_origin = langinfo.word;

  if (week_origin == 19971130)        /* a Sunday */
    week_1stday = 0;
  else if (week_origin == 19971201)   /* a Monday */
    week_1stday = 1;

  /* 0 is Sunday here, 7 in GDateWeekday. */
  first_weekday = (week_1stday + first_weekday - 1 + 7) % 7;
  return first_weekday == 0 ? G_DATE_SUNDAY : (GDateWeekday) first_weekday;
#else
  return G_DATE_MONDAY;
#endif
}

/* "%a" or "%A" of @weekday in the user's language. */
static char *
format_weekday (GDateWeekday  weekday,
                const char   *format)
{
  /* 1 January 2024 was a Monday. */
  g_autoptr(GDateTime) day = g_date_time_new_utc (2024, 1, weekday, 12, 0, 0);

  return g_date_time_format (day, format);
}

static char *
format_gdate (const GDate *date)
{
  g_autoptr(GDateTime) day = g_date_time_new_utc (g_date_get_year (date),
                                                  g_date_get_month (date),
                                                  g_date_get_day (date),
                                                  12, 0, 0);

  return engage_format_date (day);
}

/**
 * engage_repeat_describe_weekly:
 * @weekdays: the days, as ENGAGE_WEEKDAY_BIT (G_DATE_TUESDAY) | …
 * @until: the last day
 *
 * Returns: (transfer full): the series for the editor's "Repeat" row, e.g.
 *   "Weekly on Tue, Thu until June 30, 2026"
 */
char *
engage_repeat_describe_weekly (guint        weekdays,
                               const GDate *until)
{
  g_autoptr(GString) days = g_string_new (NULL);
  g_autofree char *until_text = NULL;
  GDateWeekday first = get_first_weekday ();

  g_return_val_if_fail (until != NULL && g_date_valid (until), NULL);

  for (guint i = 0; i < 7; i++)
    {
      GDateWeekday weekday = (first - 1 + i) % 7 + 1;
      g_autofree char *name = NULL;

      if ((weekdays & ENGAGE_WEEKDAY_BIT (weekday)) == 0)
        continue;

      name = format_weekday (weekday, "%a");
      if (days->len > 0)
        /* Translators: between weekdays in "Weekly on Tue, Thu until …" */
        g_string_append (days, _(", "));
      g_string_append (days, name);
    }

  until_text = format_gdate (until);

  /* Translators: the first %s is a list of weekdays, the second a date */
  return g_strdup_printf (_("Weekly on %s until %s"), days->str, until_text);
}

/**
 * engage_repeat_describe_monthly:
 * @position: 1 to 4, or -1 for the last
 * @weekday: the day of the week
 * @count: how many posts
 *
 * Returns: (transfer full): the series for the editor's "Repeat" row, e.g.
 *   "First Monday of each month, 6 times"
 */
char *
engage_repeat_describe_monthly (int          position,
                                GDateWeekday weekday,
                                guint        count)
{
  g_autofree char *name = format_weekday (weekday, "%A");
  g_autofree char *day = NULL;

  switch (position)
    {
    case 1:
      /* Translators: %s is a weekday, e.g. "First Monday of each month" */
      day = g_strdup_printf (_("First %s of each month"), name);
      break;
    case 2:
      day = g_strdup_printf (_("Second %s of each month"), name);
      break;
    case 3:
      day = g_strdup_printf (_("Third %s of each month"), name);
      break;
    case 4:
      day = g_strdup_printf (_("Fourth %s of each month"), name);
      break;
    default:
      day = g_strdup_printf (_("Last %s of each month"), name);
      break;
    }

  /* Translators: %s is e.g. "First Monday of each month" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u time", "%s, %u times", count),
                          day, count);
}

static void
set_rule (EngageRepeatDialog *self,
          char               *rule,
          char               *description)
{
  g_free (self->rule);
  self->rule = rule;
  g_free (self->description);
  self->description = description;
}

static void
update (EngageRepeatDialog *self)
{
  guint frequency = adw_combo_row_get_selected (self->frequency_row);
  g_autoptr(GPtrArray) times = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  gtk_widget_set_visible (self->weekly_group, frequency == FREQUENCY_WEEKLY);
  gtk_widget_set_visible (self->monthly_group, frequency == FREQUENCY_MONTHLY);

  if (frequency == FREQUENCY_WEEKLY)
    {
      g_autofree char *until_text = format_gdate (&self->until);
      guint weekdays = 0;

      gtk_menu_button_set_label (self->until_button, until_text);

      for (guint i = 0; i < 7; i++)
        if (gtk_toggle_button_get_active (self->weekday_buttons[i]))
          weekdays |= ENGAGE_WEEKDAY_BIT (self->weekday_order[i]);

      if (weekdays == 0)
        {
          set_rule (self, NULL, NULL);
          gtk_label_set_text (self->summary_label, _("Choose at least one day of the week."));
          gtk_widget_set_sensitive (self->done_button, FALSE);
          return;
        }

      set_rule (self,
                engage_recurrence_build_weekly (weekdays, &self->until, self->tz),
                engage_repeat_describe_weekly (weekdays, &self->until));
    }
  else if (frequency == FREQUENCY_MONTHLY)
    {
      guint position = adw_combo_row_get_selected (self->position_row);
      GDateWeekday weekday = self->weekday_order[adw_combo_row_get_selected (self->weekday_row)];
      guint count = gtk_spin_button_get_value_as_int (self->count_spin);
      int nth = position < 4 ? (int) position + 1 : -1;

      set_rule (self,
                engage_recurrence_build_monthly (nth, weekday, count),
                engage_repeat_describe_monthly (nth, weekday, count));
    }
  else
    {
      set_rule (self, NULL, NULL);
      gtk_label_set_text (self->summary_label, _("The post is not repeated."));
      gtk_widget_set_sensitive (self->done_button, TRUE);
      return;
    }

  times = engage_recurrence_expand (self->rule, self->start, self->tz, &error);
  if (times == NULL || times->len == 0)
    {
      gtk_label_set_text (self->summary_label,
                          error != NULL ? error->message
                                        : _("The rule gives no day after the post’s own."));
      gtk_widget_set_sensitive (self->done_button, FALSE);
      return;
    }

  {
    g_autoptr(GDateTime) first = g_date_time_to_timezone (g_ptr_array_index (times, 0), self->tz);
    g_autoptr(GDateTime) last = g_date_time_to_timezone (g_ptr_array_index (times, times->len - 1),
                                                         self->tz);
    g_autofree char *first_text = engage_format_date (first);
    g_autofree char *last_text = engage_format_date (last);

    /* Translators: "13 posts, from December 1, 2026 to February 23, 2027" */
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u post, on %s",
                                            "%u posts, from %s to %s",
                                            times->len),
                               times->len, first_text, last_text);
  }

  gtk_label_set_text (self->summary_label, summary);
  gtk_widget_set_sensitive (self->done_button, TRUE);
}

/* Callbacks */

static void
on_changed_cb (EngageRepeatDialog *self)
{
  update (self);
}

/* A chosen day stands out in the accent colour, not only a shade darker. */
static void
on_weekday_toggled_cb (EngageRepeatDialog *self,
                       GtkToggleButton    *button)
{
  if (gtk_toggle_button_get_active (button))
    gtk_widget_add_css_class (GTK_WIDGET (button), "suggested-action");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (button), "suggested-action");

  update (self);
}

static void
on_until_calendar_day_selected_cb (EngageRepeatDialog *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->until_calendar);

  g_date_set_dmy (&self->until,
                  g_date_time_get_day_of_month (day),
                  g_date_time_get_month (day),
                  g_date_time_get_year (day));
  gtk_popover_popdown (self->until_popover);
  update (self);
}

/* Actions */

static void
done_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EngageRepeatDialog *self = ENGAGE_REPEAT_DIALOG (widget);

  g_signal_emit (self, signals[SIGNAL_DONE], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Vfuncs */

static void
engage_repeat_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ENGAGE_TYPE_REPEAT_DIALOG);

  G_OBJECT_CLASS (engage_repeat_dialog_parent_class)->dispose (object);
}

static void
engage_repeat_dialog_finalize (GObject *object)
{
  EngageRepeatDialog *self = ENGAGE_REPEAT_DIALOG (object);

  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_free (self->rule);
  g_free (self->description);

  G_OBJECT_CLASS (engage_repeat_dialog_parent_class)->finalize (object);
}

static void
engage_repeat_dialog_class_init (EngageRepeatDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = engage_repeat_dialog_dispose;
  object_class->finalize = engage_repeat_dialog_finalize;

  /**
   * EngageRepeatDialog::done:
   *
   * The user chose the rule (engage_repeat_dialog_get_rule(), %NULL for no
   * repetition); the dialog closes after this.
   */
  signals[SIGNAL_DONE] = g_signal_new ("done",
                                       G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/calendar/engage-repeat-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EngageRepeatDialog, done_button);
  gtk_widget_class_bind_template_child (widget_class, EngageRepeatDialog, frequency_row);
  gtk_widget_class_bind_template_child (widget_class, EngageRepeatDialog, weekly_group);
  gtk_widget_class_bind_template_child (widget_class, EngageRepeatDialog, weekdays_box);
  gtk_widget_class_bind_template_child (widget_class, EngageRepeatDialog, until_button);
  gtk_widget_class_bind_template_child (widget_class, EngageRepeatDialog, until_popover);
  gtk_widget_class_bind_template_child (widget_class, EngageRepeatDialog, until_calendar);
  gtk_widget_class_bind_template_child (widget_class, EngageRepeatDialog, monthly_group);
  gtk_widget_class_bind_template_child (widget_class, EngageRepeatDialog, position_row);
  gtk_widget_class_bind_template_child (widget_class, EngageRepeatDialog, weekday_row);
  gtk_widget_class_bind_template_child (widget_class, EngageRepeatDialog, count_spin);
  gtk_widget_class_bind_template_child (widget_class, EngageRepeatDialog, summary_label);

  gtk_widget_class_install_action (widget_class, "repeat.done", NULL, done_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
engage_repeat_dialog_init (EngageRepeatDialog *self)
{
  g_autoptr(GtkStringList) weekday_names = gtk_string_list_new (NULL);
  GDateWeekday first = get_first_weekday ();

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < 7; i++)
    {
      GDateWeekday weekday = (first - 1 + i) % 7 + 1;
      g_autofree char *abbreviation = format_weekday (weekday, "%a");
      g_autofree char *name = format_weekday (weekday, "%A");
      GtkWidget *button = gtk_toggle_button_new_with_label (abbreviation);

      gtk_widget_set_tooltip_text (button, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      gtk_widget_add_css_class (button, "circular");
      g_signal_connect_object (button, "toggled", G_CALLBACK (on_weekday_toggled_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (self->weekdays_box, button);

      self->weekday_buttons[i] = GTK_TOGGLE_BUTTON (button);
      self->weekday_order[i] = weekday;
      gtk_string_list_append (weekday_names, name);
    }

  adw_combo_row_set_model (self->weekday_row, G_LIST_MODEL (weekday_names));

  g_signal_connect_object (self->frequency_row, "notify::selected",
                           G_CALLBACK (on_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->position_row, "notify::selected",
                           G_CALLBACK (on_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->weekday_row, "notify::selected",
                           G_CALLBACK (on_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->count_spin, "value-changed",
                           G_CALLBACK (on_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->until_calendar, "day-selected",
                           G_CALLBACK (on_until_calendar_day_selected_cb), self,
                           G_CONNECT_SWAPPED);
}

/* Public API */

/**
 * engage_repeat_dialog_new:
 * @start: the post's date and time; the series starts there
 * @tz: the project's time zone
 *
 * Creates the dialog set to "weekly on the post's weekday for three months".
 *
 * Returns: (transfer full): a new dialog
 */
EngageRepeatDialog *
engage_repeat_dialog_new (GDateTime *start,
                          GTimeZone *tz)
{
  EngageRepeatDialog *self;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) until = NULL;
  GDateWeekday weekday;

  g_return_val_if_fail (start != NULL, NULL);
  g_return_val_if_fail (tz != NULL, NULL);

  self = g_object_new (ENGAGE_TYPE_REPEAT_DIALOG, NULL);
  self->tz = g_time_zone_ref (tz);
  local = g_date_time_to_timezone (start, tz);
  self->start = g_date_time_ref (local);

  weekday = g_date_time_get_day_of_week (local);
  until = g_date_time_add_months (local, 3);
  g_date_clear (&self->until, 1);
  g_date_set_dmy (&self->until,
                  g_date_time_get_day_of_month (until),
                  g_date_time_get_month (until),
                  g_date_time_get_year (until));

  g_signal_handlers_block_by_func (self->until_calendar, on_until_calendar_day_selected_cb, self);
  gtk_calendar_select_day (self->until_calendar, until);
  g_signal_handlers_unblock_by_func (self->until_calendar, on_until_calendar_day_selected_cb, self);

  for (guint i = 0; i < 7; i++)
    if (self->weekday_order[i] == weekday)
      {
        gtk_toggle_button_set_active (self->weekday_buttons[i], TRUE);
        adw_combo_row_set_selected (self->weekday_row, i);
      }

  /* The 29th to 31st are always in the last week, the 22nd to 28th often. */
  adw_combo_row_set_selected (self->position_row,
                              g_date_time_get_day_of_month (local) > 28
                              ? 4 : (g_date_time_get_day_of_month (local) - 1) / 7);
  adw_combo_row_set_selected (self->frequency_row, FREQUENCY_WEEKLY);

  update (self);

  return self;
}

/**
 * engage_repeat_dialog_get_rule:
 *
 * Returns: (nullable): the RRULE chosen, %NULL for no repetition
 */
const char *
engage_repeat_dialog_get_rule (EngageRepeatDialog *self)
{
  g_return_val_if_fail (ENGAGE_IS_REPEAT_DIALOG (self), NULL);

  return self->rule;
}

/**
 * engage_repeat_dialog_get_description:
 *
 * Returns: (nullable): the rule in words, for the editor's row
 */
const char *
engage_repeat_dialog_get_description (EngageRepeatDialog *self)
{
  g_return_val_if_fail (ENGAGE_IS_REPEAT_DIALOG (self), NULL);

  return self->description;
}
