/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-measurement-dialog"

#include "config.h"

#include <math.h>

#include "engage-measurement-dialog.h"

#include "engage-format.h"

#include <glib/gi18n.h>

/*
 * Adds a value to a goal's history or corrects one: the date it was measured,
 * the value in the goal's unit, and a note on where it came from. Nothing is
 * stored until Add or Save, and then as one edit.
 */

struct _EngageMeasurementDialog
{
  AdwWindow          parent_instance;

  /* Template widgets */
  AdwWindowTitle    *window_title;
  GtkButton         *save_button;
  GtkMenuButton     *date_button;
  GtkCalendar       *calendar;
  GtkSpinButton     *value_spin;
  GtkLabel          *unit_label;
  AdwEntryRow       *note_row;
  GtkLabel          *error_label;

  /* Owned */
  EngageProject     *project;
  EngageMeasurement *measurement;   /* a copy; id 0 for a new one */

  /* State */
  GDate              date;
  gboolean           loading;
};

G_DEFINE_FINAL_TYPE (EngageMeasurementDialog, engage_measurement_dialog, ADW_TYPE_WINDOW)

/* Pure helpers */

/**
 * engage_measurement_dialog_value_range:
 * @metric: what a goal measures
 * @lower: (out): the smallest value it can take
 * @upper: (out): the largest value it can take
 * @digits: (out): the decimals to enter it with
 *
 * The range of a goal's values, for its spin buttons: the NPS runs from −100
 * to +100, rates and times have decimals, counts do not, and only a custom
 * metric may go below zero.
 */
void
engage_measurement_dialog_value_range (EngageKpiMetric  metric,
                                       double          *lower,
                                       double          *upper,
                                       guint           *digits)
{
  *lower = 0.0;
  *upper = 1e9;
  *digits = 0;

  switch (metric)
    {
    case ENGAGE_KPI_METRIC_NPS:
      *lower = -100.0;
      *upper = 100.0;
      *digits = 1;
      break;

    case ENGAGE_KPI_METRIC_ENGAGEMENT_RATE:
      *digits = 2;
      break;

    case ENGAGE_KPI_METRIC_RESPONSE_TIME:
      *digits = 1;
      break;

    case ENGAGE_KPI_METRIC_CUSTOM:
      *lower = -1e9;
      *digits = 2;
      break;

    case ENGAGE_KPI_METRIC_FOLLOWERS:
    case ENGAGE_KPI_METRIC_REACH:
    case ENGAGE_KPI_METRIC_REPEAT_PURCHASES:
    case ENGAGE_KPI_METRIC_WEBSITE_VISITS:
    default:
      break;
    }
}

/* Helpers */

static void
get_today (GDate *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (today, 1);
  g_date_set_dmy (today,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

/* The message that keeps Save off, or NULL. */
static const char *
validate (EngageMeasurementDialog *self)
{
  GDate today;

  get_today (&today);
  if (!g_date_valid (&self->date))
    return _("Choose the day the value was measured.");
  if (g_date_compare (&self->date, &today) > 0)
    return _("The date lies in the future. Enter values once they have been measured.");

  return NULL;
}

static void
update (EngageMeasurementDialog *self)
{
  const char *message = validate (self);

  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "measurement.save", message == NULL);
}

static void
show_date (EngageMeasurementDialog *self)
{
  g_autofree char *iso = engage_iso_date_format (&self->date);
  g_autofree char *label = engage_format_iso_date (iso);
  g_autoptr(GDateTime) day = NULL;

  gtk_menu_button_set_label (self->date_button, label != NULL ? label : "");

  self->loading = TRUE;
  day = g_date_time_new_local (g_date_get_year (&self->date), g_date_get_month (&self->date),
                               g_date_get_day (&self->date), 12, 0, 0);
  gtk_calendar_select_day (self->calendar, day);
  self->loading = FALSE;

  update (self);
}

/* Callbacks */

static void
on_calendar_day_selected_cb (EngageMeasurementDialog *self,
                             GtkCalendar             *calendar)
{
  g_autoptr(GDateTime) day = NULL;

  if (self->loading)
    return;

  day = gtk_calendar_get_date (calendar);
  g_date_set_dmy (&self->date,
                  g_date_time_get_day_of_month (day),
                  g_date_time_get_month (day),
                  g_date_time_get_year (day));
  show_date (self);
  gtk_popover_popdown (gtk_menu_button_get_popover (self->date_button));
}

static void
on_field_changed_cb (EngageMeasurementDialog *self)
{
  update (self);
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EngageMeasurementDialog *self = ENGAGE_MEASUREMENT_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (!engage_measurement_dialog_save (self, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

/* Vfuncs */

static void
engage_measurement_dialog_dispose (GObject *object)
{
  EngageMeasurementDialog *self = ENGAGE_MEASUREMENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ENGAGE_TYPE_MEASUREMENT_DIALOG);

  g_clear_object (&self->project);
  g_clear_object (&self->measurement);

  G_OBJECT_CLASS (engage_measurement_dialog_parent_class)->dispose (object);
}

static void
engage_measurement_dialog_class_init (EngageMeasurementDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = engage_measurement_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/goals/engage-measurement-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EngageMeasurementDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, EngageMeasurementDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, EngageMeasurementDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, EngageMeasurementDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, EngageMeasurementDialog, value_spin);
  gtk_widget_class_bind_template_child (widget_class, EngageMeasurementDialog, unit_label);
  gtk_widget_class_bind_template_child (widget_class, EngageMeasurementDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, EngageMeasurementDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);

  gtk_widget_class_install_action (widget_class, "measurement.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
engage_measurement_dialog_init (EngageMeasurementDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_date_clear (&self->date, 1);

  /* Enter in the value saves; GtkSpinButton has no property for it before GTK 4.14. */
  gtk_text_set_activates_default (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->value_spin))), TRUE);

  g_signal_connect_object (self->calendar, "day-selected",
                           G_CALLBACK (on_calendar_day_selected_cb), self, G_CONNECT_SWAPPED);
}

/* Public API */

/**
 * engage_measurement_dialog_new:
 * @project: an open project
 * @kpi: the goal the value belongs to
 * @measurement: (nullable): the measurement to correct; %NULL for a new one
 *   dated today
 *
 * Returns: (transfer floating): the dialog, not shown yet
 */
EngageMeasurementDialog *
engage_measurement_dialog_new (EngageProject     *project,
                               EngageKpi         *kpi,
                               EngageMeasurement *measurement)
{
  EngageMeasurementDialog *self;
  GtkAdjustment *adjustment;
  const char *unit;
  const char *note;
  double lower, upper, value;
  guint digits;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (ENGAGE_IS_KPI (kpi), NULL);
  g_return_val_if_fail (measurement == NULL || ENGAGE_IS_MEASUREMENT (measurement), NULL);

  self = g_object_new (ENGAGE_TYPE_MEASUREMENT_DIALOG, NULL);
  self->project = g_object_ref (project);

  if (measurement != NULL)
    {
      self->measurement = engage_measurement_copy (measurement);
      engage_iso_date_parse (engage_measurement_get_date (measurement), &self->date);
      value = engage_measurement_get_value (measurement);
    }
  else
    {
      g_autoptr(EngageMeasurement) latest = NULL;

      get_today (&self->date);
      self->measurement = engage_measurement_new (engage_kpi_get_id (kpi), NULL, 0.0);
      engage_measurement_set_source (self->measurement, ENGAGE_MEASUREMENT_SOURCE_MANUAL);

      /* The next value is most often close to the last one. */
      latest = engage_project_get_latest_measurement (project, engage_kpi_get_id (kpi), NULL);
      value = latest != NULL ? engage_measurement_get_value (latest) : engage_kpi_get_baseline_value (kpi);
    }

  adw_window_title_set_title (self->window_title,
                              measurement == NULL ? _("New Measurement") : _("Edit Measurement"));
  adw_window_title_set_subtitle (self->window_title, engage_kpi_get_name (kpi));
  gtk_button_set_label (self->save_button, measurement == NULL ? _("_Add") : _("_Save"));

  engage_measurement_dialog_value_range (engage_kpi_get_metric (kpi), &lower, &upper, &digits);
  adjustment = gtk_spin_button_get_adjustment (self->value_spin);
  gtk_adjustment_set_lower (adjustment, MIN (lower, value));
  gtk_adjustment_set_upper (adjustment, MAX (upper, value));
  gtk_adjustment_set_step_increment (adjustment, digits > 0 ? pow (10, -(double) (digits - 1)) : 1.0);
  gtk_spin_button_set_digits (self->value_spin, digits);
  gtk_spin_button_set_value (self->value_spin, isfinite (value) ? value : 0.0);

  unit = engage_kpi_get_unit (kpi);
  gtk_label_set_label (self->unit_label, unit);
  gtk_widget_set_visible (GTK_WIDGET (self->unit_label), unit != NULL && unit[0] != '\0');

  note = engage_measurement_get_note (self->measurement);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), note != NULL ? note : "");

  show_date (self);

  return self;
}

/**
 * engage_measurement_dialog_present:
 * @parent: a widget in the window to put the dialog over
 * @project: an open project
 * @kpi_id: the goal
 * @measurement_id: the measurement to correct, 0 for a new one
 *
 * Shows the dialog; it stores the measurement when the user saves.
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL if the goal or the
 *   measurement no longer exists
 */
GtkWindow *
engage_measurement_dialog_present (GtkWidget     *parent,
                                   EngageProject *project,
                                   gint64         kpi_id,
                                   gint64         measurement_id)
{
  g_autoptr(EngageKpi) kpi = NULL;
  g_autoptr(EngageMeasurement) measurement = NULL;
  EngageMeasurementDialog *self;
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  kpi = engage_project_get_kpi (project, kpi_id, NULL);
  if (kpi == NULL)
    return NULL;

  if (measurement_id > 0)
    {
      measurement = engage_project_get_measurement (project, measurement_id, NULL);
      if (measurement == NULL)
        return NULL;
    }

  self = engage_measurement_dialog_new (project, kpi, measurement);
  root = gtk_widget_get_root (parent);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (self));

  return GTK_WINDOW (self);
}

/**
 * engage_measurement_dialog_set_date:
 * @iso_date: a date as "YYYY-MM-DD"
 *
 * Sets the date field, as picking the day in the calendar does.
 */
void
engage_measurement_dialog_set_date (EngageMeasurementDialog *self,
                                    const char              *iso_date)
{
  g_return_if_fail (ENGAGE_IS_MEASUREMENT_DIALOG (self));

  if (!engage_iso_date_parse (iso_date, &self->date))
    g_date_clear (&self->date, 1);
  show_date (self);
}

/**
 * engage_measurement_dialog_set_value:
 * @value: the measured value
 *
 * Sets the value field.
 */
void
engage_measurement_dialog_set_value (EngageMeasurementDialog *self,
                                     double                   value)
{
  g_return_if_fail (ENGAGE_IS_MEASUREMENT_DIALOG (self));

  gtk_spin_button_set_value (self->value_spin, value);
}

/**
 * engage_measurement_dialog_can_save:
 *
 * Returns: whether the fields make a measurement that can be stored
 */
gboolean
engage_measurement_dialog_can_save (EngageMeasurementDialog *self)
{
  g_return_val_if_fail (ENGAGE_IS_MEASUREMENT_DIALOG (self), FALSE);

  return validate (self) == NULL;
}

/**
 * engage_measurement_dialog_save:
 * @error: return location for a #GError
 *
 * Stores the measurement as the dialog shows it, as one edit.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_measurement_dialog_save (EngageMeasurementDialog  *self,
                                GError                  **error)
{
  g_autofree char *iso = NULL;
  g_autofree char *note = NULL;
  const char *message;

  g_return_val_if_fail (ENGAGE_IS_MEASUREMENT_DIALOG (self), FALSE);

  message = validate (self);
  if (message != NULL)
    {
      g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID, message);
      return FALSE;
    }

  /* A value typed but not yet confirmed with Enter counts too. */
  gtk_spin_button_update (self->value_spin);

  iso = engage_iso_date_format (&self->date);
  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_row))));
  engage_measurement_set_date (self->measurement, iso);
  engage_measurement_set_value (self->measurement, gtk_spin_button_get_value (self->value_spin));
  engage_measurement_set_note (self->measurement, note[0] != '\0' ? note : NULL);

  if (engage_measurement_get_id (self->measurement) == 0)
    return engage_project_add_measurement (self->project, self->measurement, error);

  return engage_project_update_measurement (self->project, self->measurement, error);
}
