/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-kpi-editor"

#include "config.h"

#include <math.h>

#include "engage-kpi-editor.h"

#include "engage-channel.h"
#include "engage-format.h"
#include "engage-measurement-dialog.h"
#include "engage-nps-survey.h"

#include <glib/gi18n.h>

/*
 * Sets up a goal or changes one: what it measures and where, the baseline it
 * starts from, the target and the criterion that says when it is met, and the
 * period over which the pace line runs. Nothing is stored until Save, and then
 * as one edit; Save stays off while the fields contradict each other.
 */

enum {
  DATE_BASELINE,
  DATE_START,
  DATE_DUE,
  N_DATES
};

typedef struct
{
  GtkMenuButton *button;
  GtkCalendar   *calendar;
  GDate          date;
} DateField;

struct _EngageKpiEditor
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwWindowTitle  *window_title;
  GtkButton       *save_button;
  AdwEntryRow     *name_row;
  AdwComboRow     *metric_row;
  AdwEntryRow     *unit_row;
  AdwComboRow     *basis_row;
  AdwComboRow     *survey_row;
  AdwComboRow     *channel_row;
  AdwComboRow     *criterion_row;
  GtkSpinButton   *baseline_spin;
  GtkLabel        *baseline_unit_label;
  GtkSpinButton   *target_spin;
  GtkLabel        *target_unit_label;
  GtkWidget       *due_row;
  GtkLabel        *error_label;

  /* Owned */
  EngageProject   *project;
  EngageKpi       *kpi;          /* a copy; id 0 for a new goal */
  GArray          *channel_ids;  /* gint64, one per channel row after "All channels" */
  GArray          *survey_ids;   /* gint64, one per survey row */

  /* State */
  DateField        dates[N_DATES];
  EngageKpiMetric  shown_metric;
  gboolean         name_touched;
  gboolean         loading;
};

G_DEFINE_FINAL_TYPE (EngageKpiEditor, engage_kpi_editor, ADW_TYPE_WINDOW)

enum {
  SIGNAL_KPI_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define N_METRICS (ENGAGE_KPI_METRIC_CUSTOM + 1)
#define N_CRITERIA (ENGAGE_KPI_CRITERION_STAY_BELOW + 1)
#define N_BASES (ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS + 1)

/* Pure helpers */

/**
 * engage_kpi_editor_validate:
 * @name: the goal's name as typed
 * @start_date: (nullable): its start, "YYYY-MM-DD"
 * @due_date: (nullable): its due date, "YYYY-MM-DD"
 *
 * Returns: (nullable): why a goal with these fields cannot be stored, or %NULL
 *   if it can
 */
const char *
engage_kpi_editor_validate (const char *name,
                            const char *start_date,
                            const char *due_date)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));
  GDate start, due;

  if (stripped[0] == '\0')
    return _("Give the goal a name.");
  if (!engage_iso_date_parse (start_date, &start) || !engage_iso_date_parse (due_date, &due))
    return _("Choose the start and the due date.");
  if (g_date_compare (&due, &start) <= 0)
    return _("The due date must come after the start.");

  return NULL;
}

/**
 * engage_kpi_editor_default_unit:
 * @metric: what a goal measures
 *
 * Returns: the unit a new goal with @metric is shown in, translated; an empty
 *   string for a custom metric
 */
const char *
engage_kpi_editor_default_unit (EngageKpiMetric metric)
{
  switch (metric)
    {
    case ENGAGE_KPI_METRIC_ENGAGEMENT_RATE:
      return "%";

    case ENGAGE_KPI_METRIC_NPS:
      return C_("unit", "points");

    case ENGAGE_KPI_METRIC_FOLLOWERS:
      return C_("unit", "followers");

    case ENGAGE_KPI_METRIC_REACH:
      return C_("unit", "people");

    case ENGAGE_KPI_METRIC_RESPONSE_TIME:
      return C_("unit", "hours");

    case ENGAGE_KPI_METRIC_REPEAT_PURCHASES:
      return C_("unit", "purchases");

    case ENGAGE_KPI_METRIC_WEBSITE_VISITS:
      return C_("unit", "visits");

    case ENGAGE_KPI_METRIC_CUSTOM:
    default:
      return "";
    }
}

/**
 * engage_kpi_editor_default_criterion:
 * @metric: what a goal measures
 *
 * Returns: the criterion a new goal with @metric starts with: less is better
 *   only for the response time
 */
EngageKpiCriterion
engage_kpi_editor_default_criterion (EngageKpiMetric metric)
{
  return metric == ENGAGE_KPI_METRIC_RESPONSE_TIME ? ENGAGE_KPI_CRITERION_STAY_BELOW
                                                   : ENGAGE_KPI_CRITERION_AT_LEAST;
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

static EngageKpiMetric
selected_metric (EngageKpiEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->metric_row);

  return selected < N_METRICS ? (EngageKpiMetric) selected : ENGAGE_KPI_METRIC_CUSTOM;
}

static char *
dup_date (EngageKpiEditor *self,
          guint            which)
{
  if (!g_date_valid (&self->dates[which].date))
    return NULL;

  return engage_iso_date_format (&self->dates[which].date);
}

static const char *
validate (EngageKpiEditor *self)
{
  g_autofree char *start = dup_date (self, DATE_START);
  g_autofree char *due = dup_date (self, DATE_DUE);

  return engage_kpi_editor_validate (gtk_editable_get_text (GTK_EDITABLE (self->name_row)), start, due);
}

static void
update (EngageKpiEditor *self)
{
  const char *message = validate (self);
  gboolean name_empty = message != NULL && g_str_equal (message, _("Give the goal a name."));

  /* An empty name is no mistake before anything was typed. */
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label),
                          message != NULL && (!name_empty || self->name_touched));
  if (name_empty && self->name_touched)
    gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");

  if (message != NULL && !name_empty)
    gtk_widget_add_css_class (self->due_row, "error");
  else
    gtk_widget_remove_css_class (self->due_row, "error");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", message == NULL);
}

static void
show_date (EngageKpiEditor *self,
           guint            which)
{
  DateField *field = &self->dates[which];
  g_autofree char *iso = dup_date (self, which);
  g_autofree char *label = engage_format_iso_date (iso);

  gtk_menu_button_set_label (field->button, label != NULL ? label : _("None"));

  if (g_date_valid (&field->date))
    {
      g_autoptr(GDateTime) day = g_date_time_new_local (g_date_get_year (&field->date),
                                                        g_date_get_month (&field->date),
                                                        g_date_get_day (&field->date),
                                                        12, 0, 0);
      gboolean loading = self->loading;

      self->loading = TRUE;
      gtk_calendar_select_day (field->calendar, day);
      self->loading = loading;
    }
}

static void
set_date (EngageKpiEditor *self,
          guint            which,
          const char      *iso_date)
{
  if (!engage_iso_date_parse (iso_date, &self->dates[which].date))
    g_date_clear (&self->dates[which].date, 1);
  show_date (self, which);
}

static void
set_unit_labels (EngageKpiEditor *self)
{
  const char *unit = gtk_editable_get_text (GTK_EDITABLE (self->unit_row));

  gtk_label_set_label (self->baseline_unit_label, unit);
  gtk_label_set_label (self->target_unit_label, unit);
  gtk_widget_set_visible (GTK_WIDGET (self->baseline_unit_label), unit[0] != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->target_unit_label), unit[0] != '\0');
}

static void
set_range (GtkSpinButton   *spin,
           EngageKpiMetric  metric)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  double value = gtk_spin_button_get_value (spin);
  double lower, upper;
  guint digits;

  engage_measurement_dialog_value_range (metric, &lower, &upper, &digits);
  gtk_adjustment_set_lower (adjustment, MIN (lower, value));
  gtk_adjustment_set_upper (adjustment, MAX (upper, value));
  gtk_adjustment_set_step_increment (adjustment, digits > 0 ? pow (10, -(double) (digits - 1)) : 1.0);
  gtk_spin_button_set_digits (spin, digits);
  gtk_spin_button_set_value (spin, value);
}

/* Shows the fields that belong to @metric: the basis of an engagement rate,
 * the survey of an NPS when there is a choice. */
static void
show_metric (EngageKpiEditor *self,
             EngageKpiMetric  metric)
{
  self->shown_metric = metric;

  gtk_widget_set_visible (GTK_WIDGET (self->basis_row), metric == ENGAGE_KPI_METRIC_ENGAGEMENT_RATE);
  gtk_widget_set_visible (GTK_WIDGET (self->survey_row),
                          metric == ENGAGE_KPI_METRIC_NPS && self->survey_ids->len > 1);
  /* The NPS is measured over the survey's answers, not per channel. */
  gtk_widget_set_visible (GTK_WIDGET (self->channel_row), metric != ENGAGE_KPI_METRIC_NPS);

  set_range (self->baseline_spin, metric);
  set_range (self->target_spin, metric);
}

static void
fill_metrics (EngageKpiEditor *self)
{
  g_autoptr(GtkStringList) metrics = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) criteria = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) bases = gtk_string_list_new (NULL);

  for (guint i = 0; i < N_METRICS; i++)
    gtk_string_list_append (metrics, engage_kpi_metric_get_label (i));
  adw_combo_row_set_model (self->metric_row, G_LIST_MODEL (metrics));

  for (guint i = 0; i < N_CRITERIA; i++)
    gtk_string_list_append (criteria, engage_kpi_criterion_get_label (i));
  adw_combo_row_set_model (self->criterion_row, G_LIST_MODEL (criteria));

  for (guint i = 0; i < N_BASES; i++)
    gtk_string_list_append (bases, engage_engagement_basis_get_label (i));
  adw_combo_row_set_model (self->basis_row, G_LIST_MODEL (bases));
}

static void
fill_channels (EngageKpiEditor *self)
{
  g_autoptr(GListModel) channels = engage_project_list_channels (self->project);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 channel_id = engage_kpi_get_channel_id (self->kpi);
  guint selected = 0;

  gtk_string_list_append (names, _("All channels"));
  for (guint i = 0; i < g_list_model_get_n_items (channels); i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (channels, i);
      gint64 id = engage_channel_get_id (channel);

      /* An inactive channel stays offered only to the goal that has it. */
      if (!engage_channel_get_active (channel) && id != channel_id)
        continue;

      g_array_append_val (self->channel_ids, id);
      gtk_string_list_append (names, engage_channel_get_name (channel));
      if (id == channel_id)
        selected = self->channel_ids->len;
    }

  adw_combo_row_set_model (self->channel_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->channel_row, selected);
}

static void
fill_surveys (EngageKpiEditor *self)
{
  g_autoptr(GListModel) surveys = engage_project_list_nps_surveys (self->project);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 survey_id = engage_kpi_get_survey_id (self->kpi);
  guint selected = 0;

  for (guint i = 0; i < g_list_model_get_n_items (surveys); i++)
    {
      g_autoptr(EngageNpsSurvey) survey = g_list_model_get_item (surveys, i);
      gint64 id = engage_nps_survey_get_id (survey);

      if (id == survey_id)
        selected = self->survey_ids->len;
      g_array_append_val (self->survey_ids, id);
      gtk_string_list_append (names, engage_nps_survey_get_name (survey));
    }

  adw_combo_row_set_model (self->survey_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->survey_row, selected);
}

static void
load (EngageKpiEditor *self)
{
  EngageEngagementBasis basis;
  GDate day;

  self->loading = TRUE;

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), engage_kpi_get_name (self->kpi));
  adw_combo_row_set_selected (self->metric_row, engage_kpi_get_metric (self->kpi));
  gtk_editable_set_text (GTK_EDITABLE (self->unit_row), engage_kpi_get_unit (self->kpi));
  adw_combo_row_set_selected (self->criterion_row, engage_kpi_get_criterion (self->kpi));

  if (!engage_engagement_basis_from_string (engage_kpi_get_engagement_basis (self->kpi), &basis))
    basis = engage_project_get_engagement_basis (self->project);
  adw_combo_row_set_selected (self->basis_row, basis);

  fill_channels (self);
  fill_surveys (self);

  gtk_spin_button_set_value (self->baseline_spin, engage_kpi_get_baseline_value (self->kpi));
  gtk_spin_button_set_value (self->target_spin, engage_kpi_get_target_value (self->kpi));

  set_date (self, DATE_START, engage_kpi_get_start_date (self->kpi));
  set_date (self, DATE_DUE, engage_kpi_get_due_date (self->kpi));
  if (engage_iso_date_parse (engage_kpi_get_baseline_date (self->kpi), &day))
    set_date (self, DATE_BASELINE, engage_kpi_get_baseline_date (self->kpi));
  else
    set_date (self, DATE_BASELINE, engage_kpi_get_start_date (self->kpi));

  show_metric (self, engage_kpi_get_metric (self->kpi));
  set_unit_labels (self);

  self->loading = FALSE;

  update (self);
}

/* Callbacks */

static void
on_calendar_day_selected_cb (EngageKpiEditor *self,
                             GtkCalendar     *calendar)
{
  g_autoptr(GDateTime) day = NULL;

  if (self->loading)
    return;

  for (guint i = 0; i < N_DATES; i++)
    {
      DateField *field = &self->dates[i];

      if (field->calendar != calendar)
        continue;

      day = gtk_calendar_get_date (calendar);
      g_date_set_dmy (&field->date,
                      g_date_time_get_day_of_month (day),
                      g_date_time_get_month (day),
                      g_date_time_get_year (day));
      show_date (self, i);
      gtk_popover_popdown (gtk_menu_button_get_popover (field->button));
    }

  update (self);
}

static void
on_name_row_changed_cb (EngageKpiEditor *self)
{
  if (!self->loading)
    self->name_touched = TRUE;

  update (self);
}

static void
on_unit_row_changed_cb (EngageKpiEditor *self)
{
  set_unit_labels (self);
}

static void
on_metric_row_selected_cb (EngageKpiEditor *self)
{
  EngageKpiMetric metric = selected_metric (self);
  const char *unit;

  if (self->loading || metric == self->shown_metric)
    return;

  /* A unit or criterion the user chose stays; one that came with the old
   * metric follows the new one. */
  unit = gtk_editable_get_text (GTK_EDITABLE (self->unit_row));
  if (unit[0] == '\0' || g_str_equal (unit, engage_kpi_editor_default_unit (self->shown_metric)))
    gtk_editable_set_text (GTK_EDITABLE (self->unit_row), engage_kpi_editor_default_unit (metric));

  if (adw_combo_row_get_selected (self->criterion_row) == engage_kpi_editor_default_criterion (self->shown_metric))
    adw_combo_row_set_selected (self->criterion_row, engage_kpi_editor_default_criterion (metric));

  show_metric (self, metric);
  update (self);
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EngageKpiEditor *self = ENGAGE_KPI_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!engage_kpi_editor_save (self, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

/* Vfuncs */

static void
engage_kpi_editor_dispose (GObject *object)
{
  EngageKpiEditor *self = ENGAGE_KPI_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ENGAGE_TYPE_KPI_EDITOR);

  g_clear_object (&self->project);
  g_clear_object (&self->kpi);

  G_OBJECT_CLASS (engage_kpi_editor_parent_class)->dispose (object);
}

static void
engage_kpi_editor_finalize (GObject *object)
{
  EngageKpiEditor *self = ENGAGE_KPI_EDITOR (object);

  g_clear_pointer (&self->channel_ids, g_array_unref);
  g_clear_pointer (&self->survey_ids, g_array_unref);

  G_OBJECT_CLASS (engage_kpi_editor_parent_class)->finalize (object);
}

static void
engage_kpi_editor_class_init (EngageKpiEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = engage_kpi_editor_dispose;
  object_class->finalize = engage_kpi_editor_finalize;

  /**
   * EngageKpiEditor::kpi-saved:
   * @kpi_id: the goal stored
   *
   * The goal was stored, e.g. so that the page shows a new one.
   */
  signals[SIGNAL_KPI_SAVED] =
    g_signal_new ("kpi-saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/goals/engage-kpi-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, EngageKpiEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiEditor, metric_row);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiEditor, basis_row);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiEditor, survey_row);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiEditor, channel_row);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiEditor, criterion_row);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiEditor, baseline_spin);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiEditor, baseline_unit_label);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiEditor, target_spin);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiEditor, target_unit_label);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiEditor, due_row);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiEditor, error_label);
  gtk_widget_class_bind_template_child_full (widget_class, "baseline_date_button", FALSE,
                                             G_STRUCT_OFFSET (EngageKpiEditor, dates[DATE_BASELINE].button));
  gtk_widget_class_bind_template_child_full (widget_class, "baseline_date_calendar", FALSE,
                                             G_STRUCT_OFFSET (EngageKpiEditor, dates[DATE_BASELINE].calendar));
  gtk_widget_class_bind_template_child_full (widget_class, "start_button", FALSE,
                                             G_STRUCT_OFFSET (EngageKpiEditor, dates[DATE_START].button));
  gtk_widget_class_bind_template_child_full (widget_class, "start_calendar", FALSE,
                                             G_STRUCT_OFFSET (EngageKpiEditor, dates[DATE_START].calendar));
  gtk_widget_class_bind_template_child_full (widget_class, "due_button", FALSE,
                                             G_STRUCT_OFFSET (EngageKpiEditor, dates[DATE_DUE].button));
  gtk_widget_class_bind_template_child_full (widget_class, "due_calendar", FALSE,
                                             G_STRUCT_OFFSET (EngageKpiEditor, dates[DATE_DUE].calendar));
  gtk_widget_class_bind_template_callback (widget_class, on_name_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_metric_row_selected_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
engage_kpi_editor_init (EngageKpiEditor *self)
{
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  self->channel_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->survey_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < N_DATES; i++)
    {
      g_date_clear (&self->dates[i].date, 1);
      g_signal_connect_object (self->dates[i].calendar, "day-selected",
                               G_CALLBACK (on_calendar_day_selected_cb), self, G_CONNECT_SWAPPED);
    }

  /* Enter in a number saves; GtkSpinButton has no property for it before GTK 4.14. */
  gtk_text_set_activates_default (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->baseline_spin))), TRUE);
  gtk_text_set_activates_default (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->target_spin))), TRUE);

  fill_metrics (self);
  self->loading = FALSE;
}

/* Public API */

/**
 * engage_kpi_editor_new:
 * @project: an open project
 * @kpi: (nullable): the goal to change; %NULL for a new one, which starts
 *   today and is due in three months
 *
 * Returns: (transfer floating): the editor, not shown yet
 */
EngageKpiEditor *
engage_kpi_editor_new (EngageProject *project,
                       EngageKpi     *kpi)
{
  EngageKpiEditor *self;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (kpi == NULL || ENGAGE_IS_KPI (kpi), NULL);

  self = g_object_new (ENGAGE_TYPE_KPI_EDITOR, NULL);
  self->project = g_object_ref (project);

  if (kpi != NULL)
    {
      self->kpi = engage_kpi_copy (kpi);
    }
  else
    {
      EngageKpiMetric metric = ENGAGE_KPI_METRIC_ENGAGEMENT_RATE;
      g_autofree char *start = NULL;
      g_autofree char *due = NULL;
      GDate day;

      self->kpi = engage_kpi_new ("", metric);
      engage_kpi_set_unit (self->kpi, engage_kpi_editor_default_unit (metric));
      engage_kpi_set_criterion (self->kpi, engage_kpi_editor_default_criterion (metric));
      engage_kpi_set_engagement_basis (self->kpi,
                                       engage_engagement_basis_to_string (engage_project_get_engagement_basis (project)));

      get_today (&day);
      start = engage_iso_date_format (&day);
      g_date_add_months (&day, 3);
      due = engage_iso_date_format (&day);
      engage_kpi_set_start_date (self->kpi, start);
      engage_kpi_set_baseline_date (self->kpi, start);
      engage_kpi_set_due_date (self->kpi, due);
    }

  adw_window_title_set_title (self->window_title, kpi == NULL ? _("New Goal") : _("Edit Goal"));
  gtk_button_set_label (self->save_button, kpi == NULL ? _("_Add") : _("_Save"));

  load (self);

  return self;
}

/**
 * engage_kpi_editor_present:
 * @parent: a widget in the window to put the editor over
 * @project: an open project
 * @kpi_id: the goal to change, 0 for a new one
 *
 * Shows the editor; it stores the goal when the user saves.
 *
 * Returns: (transfer none) (nullable): the editor, or %NULL if the goal no
 *   longer exists
 */
GtkWindow *
engage_kpi_editor_present (GtkWidget     *parent,
                           EngageProject *project,
                           gint64         kpi_id)
{
  g_autoptr(EngageKpi) kpi = NULL;
  EngageKpiEditor *self;
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  if (kpi_id > 0)
    {
      kpi = engage_project_get_kpi (project, kpi_id, NULL);
      if (kpi == NULL)
        return NULL;
    }

  self = engage_kpi_editor_new (project, kpi);
  root = gtk_widget_get_root (parent);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (self));

  return GTK_WINDOW (self);
}

/**
 * engage_kpi_editor_set_name:
 * @name: the goal's name
 *
 * Sets the name field, as typing does.
 */
void
engage_kpi_editor_set_name (EngageKpiEditor *self,
                            const char      *name)
{
  g_return_if_fail (ENGAGE_IS_KPI_EDITOR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name != NULL ? name : "");
}

/**
 * engage_kpi_editor_set_metric:
 * @metric: what the goal measures
 *
 * Chooses the metric, as the combo row does; the unit and criterion follow
 * unless they were changed.
 */
void
engage_kpi_editor_set_metric (EngageKpiEditor *self,
                              EngageKpiMetric  metric)
{
  g_return_if_fail (ENGAGE_IS_KPI_EDITOR (self));
  g_return_if_fail (metric < N_METRICS);

  adw_combo_row_set_selected (self->metric_row, metric);
}

/**
 * engage_kpi_editor_set_dates:
 * @start_date: the start, "YYYY-MM-DD"
 * @due_date: the due date, "YYYY-MM-DD"
 *
 * Sets the period, as picking the days in the calendars does.
 */
void
engage_kpi_editor_set_dates (EngageKpiEditor *self,
                             const char      *start_date,
                             const char      *due_date)
{
  g_return_if_fail (ENGAGE_IS_KPI_EDITOR (self));

  set_date (self, DATE_START, start_date);
  set_date (self, DATE_DUE, due_date);
  update (self);
}

/**
 * engage_kpi_editor_can_save:
 *
 * Returns: whether the fields make a goal that can be stored
 */
gboolean
engage_kpi_editor_can_save (EngageKpiEditor *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI_EDITOR (self), FALSE);

  return validate (self) == NULL;
}

/**
 * engage_kpi_editor_save:
 * @error: return location for a #GError
 *
 * Stores the goal as the editor shows it, as one edit.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_kpi_editor_save (EngageKpiEditor  *self,
                        GError          **error)
{
  EngageKpiMetric metric;
  g_autofree char *name = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *baseline_date = NULL;
  g_autofree char *start = NULL;
  g_autofree char *due = NULL;
  const char *message;
  guint channel;
  guint survey;
  gboolean ok;

  g_return_val_if_fail (ENGAGE_IS_KPI_EDITOR (self), FALSE);

  message = validate (self);
  if (message != NULL)
    {
      g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID, message);
      return FALSE;
    }

  gtk_spin_button_update (self->baseline_spin);
  gtk_spin_button_update (self->target_spin);

  metric = selected_metric (self);
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  unit = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->unit_row))));
  baseline_date = dup_date (self, DATE_BASELINE);
  start = dup_date (self, DATE_START);
  due = dup_date (self, DATE_DUE);

  engage_kpi_set_name (self->kpi, name);
  engage_kpi_set_metric (self->kpi, metric);
  engage_kpi_set_unit (self->kpi, unit);
  engage_kpi_set_criterion (self->kpi, MIN (adw_combo_row_get_selected (self->criterion_row),
                                            N_CRITERIA - 1));
  engage_kpi_set_baseline_value (self->kpi, gtk_spin_button_get_value (self->baseline_spin));
  engage_kpi_set_baseline_date (self->kpi, baseline_date);
  engage_kpi_set_target_value (self->kpi, gtk_spin_button_get_value (self->target_spin));
  engage_kpi_set_start_date (self->kpi, start);
  engage_kpi_set_due_date (self->kpi, due);

  channel = adw_combo_row_get_selected (self->channel_row);
  engage_kpi_set_channel_id (self->kpi,
                             metric != ENGAGE_KPI_METRIC_NPS && channel > 0 && channel <= self->channel_ids->len
                             ? g_array_index (self->channel_ids, gint64, channel - 1) : 0);

  if (metric == ENGAGE_KPI_METRIC_ENGAGEMENT_RATE)
    engage_kpi_set_engagement_basis (self->kpi,
                                     engage_engagement_basis_to_string (MIN (adw_combo_row_get_selected (self->basis_row),
                                                                             N_BASES - 1)));

  survey = adw_combo_row_get_selected (self->survey_row);
  if (metric == ENGAGE_KPI_METRIC_NPS && survey < self->survey_ids->len)
    engage_kpi_set_survey_id (self->kpi, g_array_index (self->survey_ids, gint64, survey));

  if (engage_kpi_get_id (self->kpi) == 0)
    {
      g_autoptr(GListModel) kpis = engage_project_list_kpis (self->project);

      engage_kpi_set_position (self->kpi, (int) g_list_model_get_n_items (kpis));
      ok = engage_project_add_kpi (self->project, self->kpi, error);
    }
  else
    {
      ok = engage_project_update_kpi (self->project, self->kpi, error);
    }

  if (ok)
    g_signal_emit (self, signals[SIGNAL_KPI_SAVED], 0, engage_kpi_get_id (self->kpi));

  return ok;
}

/**
 * engage_kpi_editor_get_kpi:
 *
 * Returns: (transfer none): the goal as edited; after a save, as stored
 */
EngageKpi *
engage_kpi_editor_get_kpi (EngageKpiEditor *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI_EDITOR (self), NULL);

  return self->kpi;
}
