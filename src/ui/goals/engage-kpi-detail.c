/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-kpi-detail"

#include "config.h"

#include <math.h>

#include "engage-kpi-detail.h"

#include "engage-channel.h"
#include "engage-format.h"
#include "engage-kpi-card.h"
#include "engage-kpi-editor.h"
#include "engage-kpi.h"
#include "engage-measurement-dialog.h"
#include "engage-measurement.h"
#include "engage-metrics.h"
#include "engage-window-private.h"
#include "widgets/engage-chart-view.h"

#include <glib/gi18n.h>

/*
 * One goal in full: where it stands (value, progress, status against the pace
 * line, forecast), its chart, the history of its measurements newest first,
 * and its notes. Measurements entered by hand are edited and deleted here;
 * imported and derived ones come from elsewhere and only show where.
 *
 * The notes are stored at each pause in typing and when the view loses the
 * focus or shows another goal, each time as one edit that undo takes back.
 */

#define NOTES_PAUSE_MS 1000

struct _EngageKpiDetail
{
  AdwBin               parent_instance;

  /* Template widgets */
  GtkLabel            *name_label;
  GtkLabel            *metric_label;
  GtkLabel            *value_label;
  GtkLabel            *measured_label;
  GtkWidget           *status_box;
  GtkImage            *status_icon;
  GtkLabel            *status_label;
  GtkLabel            *due_label;
  GtkLevelBar         *level_bar;
  GtkLabel            *target_label;
  GtkLabel            *progress_label;
  GtkLabel            *facts_label;
  GtkBox              *chart_card;
  GtkWidget           *add_button;
  GtkListBox          *measurements_list;
  GtkWidget           *empty_box;
  GtkTextView         *notes_view;

  /* Children */
  EngageChartView     *chart_view;

  /* Owned */
  EngageProject       *project;

  /* State */
  gint64               kpi_id;
  gint64               rows_kpi_id;   /* what the measurement rows show, */
  char                *rows_unit;     /* so that they are rebuilt only when */
  gboolean             rows_stale;    /* they change, not under a click */
  guint                notes_timeout_id;
  gboolean             notes_dirty;
  gboolean             loading_notes;
};

G_DEFINE_FINAL_TYPE (EngageKpiDetail, engage_kpi_detail, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_KPI_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_KPI_DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static char *
dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static char *
dup_channel_name (EngageKpiDetail *self,
                  gint64           channel_id)
{
  g_autoptr(EngageChannel) channel = NULL;

  if (channel_id <= 0)
    return NULL;

  channel = engage_project_get_channel (self->project, channel_id, NULL);
  return channel != NULL ? g_strdup (engage_channel_get_name (channel)) : NULL;
}

static void
show_toast (EngageKpiDetail *self,
            const char      *title)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* Undo toasts go through the window, which keeps one at a time. */
  if (ENGAGE_IS_WINDOW (root))
    _engage_window_show_undo_toast (ENGAGE_WINDOW (root), title);
}

static void
show_error (EngageKpiDetail *self,
            const char      *heading,
            const GError    *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ENGAGE_IS_WINDOW (root))
    engage_window_show_error (ENGAGE_WINDOW (root), heading, error->message);
  else
    g_warning ("%s: %s", heading, error->message);
}

static char *
dup_notes_text (EngageKpiDetail *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* A computed value (pace, forecast) with no more decimals than the goal's own
 * values: a forecast of 4511.4 followers is 4511. */
static char *
format_computed (EngageKpi *kpi,
                 double     value)
{
  double lower, upper;
  guint digits;

  engage_measurement_dialog_value_range (engage_kpi_get_metric (kpi), &lower, &upper, &digits);
  if (digits == 0)
    value = round (value);

  return engage_format_value (value, engage_kpi_get_unit (kpi));
}

static void
set_status (EngageKpiDetail *self,
            EngageKpiStatus  status)
{
  const char *icon_name = engage_kpi_status_get_icon_name (status);
  const char *styles[] = { "success", "warning", "error" };

  gtk_widget_set_visible (self->status_box, icon_name != NULL);
  if (icon_name == NULL)
    return;

  gtk_image_set_from_icon_name (self->status_icon, icon_name);
  gtk_label_set_label (self->status_label, engage_kpi_status_get_label (status));
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    gtk_widget_remove_css_class (self->status_box, styles[i]);
  gtk_widget_add_css_class (self->status_box, engage_kpi_status_get_style_class (status));
}

static void
show_header (EngageKpiDetail   *self,
             EngageKpi         *kpi,
             EngageMeasurement *latest)
{
  EngageKpiCriterion criterion = engage_kpi_get_criterion (kpi);
  const char *unit = engage_kpi_get_unit (kpi);
  double baseline = engage_kpi_get_baseline_value (kpi);
  double target = engage_kpi_get_target_value (kpi);
  g_autofree char *today = dup_today ();
  g_autofree char *channel_name = dup_channel_name (self, engage_kpi_get_channel_id (kpi));
  g_autofree char *metric = engage_kpi_format_metric (kpi, channel_name);
  g_autofree char *value = NULL;
  g_autofree char *measured = NULL;
  g_autofree char *target_text = engage_kpi_format_target (kpi);
  g_autofree char *percent = NULL;
  g_autofree char *due = engage_format_iso_date (engage_kpi_get_due_date (kpi));
  g_autofree char *due_text = NULL;
  g_autofree char *baseline_value = engage_format_value (baseline, unit);
  g_autofree char *baseline_date = engage_format_iso_date (engage_kpi_get_baseline_date (kpi));
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *facts_text = NULL;
  EngageKpiAssessment assessment;
  double progress = 0.0;

  gtk_label_set_label (self->name_label, engage_kpi_get_name (kpi));
  gtk_label_set_label (self->metric_label, metric);

  if (latest != NULL)
    {
      double current = engage_measurement_get_value (latest);
      g_autofree char *date = engage_format_iso_date (engage_measurement_get_date (latest));

      value = engage_format_value (current, unit);
      measured = date != NULL ? g_strdup_printf (_("Measured on %s"), date) : g_strdup (_("Measured"));
      progress = engage_kpi_compute_progress (criterion, baseline, target, current);
    }
  else
    {
      value = g_strdup ("—");
      measured = g_strdup (_("No measurements yet"));
    }

  gtk_label_set_label (self->value_label, value);
  gtk_label_set_label (self->measured_label, measured);
  gtk_label_set_label (self->target_label, target_text);
  percent = engage_kpi_format_percent (progress);
  gtk_label_set_label (self->progress_label, latest != NULL ? percent : "");
  gtk_level_bar_set_value (self->level_bar, progress);

  if (due != NULL)
    due_text = g_strdup_printf (_("Due by %s"), due);
  gtk_label_set_label (self->due_label, due_text);
  gtk_widget_set_visible (GTK_WIDGET (self->due_label), due_text != NULL);

  if (!engage_project_assess_kpi (self->project, self->kpi_id, today, &assessment, NULL))
    assessment.status = ENGAGE_KPI_STATUS_NO_DATA;
  set_status (self, assessment.status);

  /* Translators: the value a goal started from and when, e.g. "Baseline 4.1 % on August 31, 2026" */
  g_ptr_array_add (facts, baseline_date != NULL ? g_strdup_printf (_("Baseline %s on %s"), baseline_value, baseline_date)
                                                : g_strdup_printf (_("Baseline %s"), baseline_value));
  if (latest != NULL && isfinite (assessment.expected) && assessment.status != ENGAGE_KPI_STATUS_ACHIEVED)
    {
      g_autofree char *expected = format_computed (kpi, assessment.expected);
      g_autofree char *date = engage_format_iso_date (assessment.current_date);

      /* Translators: the value on the straight line from baseline to target on
       * the day of the latest measurement, e.g. "Pace line 4.6 % on November 20, 2026" */
      g_ptr_array_add (facts, g_strdup_printf (_("Pace line %s on %s"), expected, date != NULL ? date : ""));
    }
  if (isfinite (assessment.forecast) && assessment.status != ENGAGE_KPI_STATUS_NO_DATA)
    {
      g_autofree char *forecast = format_computed (kpi, assessment.forecast);

      /* Translators: the trend of the measurements extended to the due date */
      g_ptr_array_add (facts, g_strdup_printf (_("Forecast %s by the due date"), forecast));
    }
  g_ptr_array_add (facts, NULL);
  facts_text = g_strjoinv (" · ", (char **) facts->pdata);
  gtk_label_set_label (self->facts_label, facts_text);
}

static void
show_chart (EngageKpiDetail *self)
{
  g_autofree char *today = dup_today ();
  g_autofree char *name = g_strdup_printf ("kpi:%" G_GINT64_FORMAT, self->kpi_id);
  g_autoptr(EngageChart) chart = NULL;
  g_autoptr(GError) error = NULL;

  chart = engage_chart_data_build (self->project, name, NULL, NULL, today, &error);
  if (chart == NULL)
    g_warning ("Could not build the chart “%s”: %s", name, error->message);

  engage_chart_view_set_chart (self->chart_view, chart);
  gtk_widget_set_visible (GTK_WIDGET (self->chart_card), chart != NULL);
}

static const char *
source_tooltip (EngageMeasurementSource source)
{
  if (source == ENGAGE_MEASUREMENT_SOURCE_IMPORT)
    return _("Imported from a file. Correct it in the export and import it again.");

  return _("Computed by Engage from the project’s data, so it follows that data and cannot be edited here.");
}

static GtkWidget *
create_icon_button (const char *icon_name,
                    const char *label,
                    const char *action_name,
                    gint64      measurement_id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", measurement_id);

  return button;
}

static GtkWidget *
create_measurement_row (EngageMeasurement *measurement,
                        const char        *unit)
{
  EngageMeasurementSource source = engage_measurement_get_source (measurement);
  gint64 id = engage_measurement_get_id (measurement);
  const char *note = engage_measurement_get_note (measurement);
  g_autofree char *date = engage_format_iso_date (engage_measurement_get_date (measurement));
  g_autofree char *value = engage_format_value (engage_measurement_get_value (measurement), unit);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *value_label = gtk_label_new (value);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 date != NULL ? date : engage_measurement_get_date (measurement));
  if (note != NULL && note[0] != '\0')
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), note);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
    }

  gtk_widget_add_css_class (value_label, "numeric");
  gtk_widget_add_css_class (value_label, "heading");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value_label);

  if (source == ENGAGE_MEASUREMENT_SOURCE_MANUAL)
    {
      GtkWidget *edit = create_icon_button ("document-edit-symbolic", _("Edit Measurement"),
                                            "kpi.edit-measurement", id);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 create_icon_button ("user-trash-symbolic", _("Delete Measurement"),
                                                     "kpi.delete-measurement", id));
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), edit);
    }
  else
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *icon = gtk_image_new_from_icon_name ("changes-prevent-symbolic");
      GtkWidget *label = gtk_label_new (source == ENGAGE_MEASUREMENT_SOURCE_IMPORT
                                        ? C_("measurement source", "Imported")
                                        : C_("measurement source", "Derived"));

      gtk_widget_add_css_class (box, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), icon);
      gtk_box_append (GTK_BOX (box), label);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
      gtk_widget_set_tooltip_text (row, source_tooltip (source));
    }

  return row;
}

static void
show_measurements (EngageKpiDetail *self,
                   EngageKpi       *kpi)
{
  g_autoptr(GListModel) measurements = engage_project_list_measurements (self->project, self->kpi_id);
  guint n_items = g_list_model_get_n_items (measurements);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->measurements_list))) != NULL)
    gtk_list_box_remove (self->measurements_list, child);

  /* The model runs oldest first; the history reads newest first. */
  for (guint i = n_items; i > 0; i--)
    {
      g_autoptr(EngageMeasurement) measurement = g_list_model_get_item (measurements, i - 1);

      gtk_list_box_append (self->measurements_list,
                           create_measurement_row (measurement, engage_kpi_get_unit (kpi)));
    }

  self->rows_kpi_id = self->kpi_id;
  g_free (self->rows_unit);
  self->rows_unit = g_strdup (engage_kpi_get_unit (kpi));
  self->rows_stale = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->measurements_list), n_items > 0);
  gtk_widget_set_visible (self->add_button, n_items > 0);
  gtk_widget_set_visible (self->empty_box, n_items == 0);
}

static void
show_notes (EngageKpiDetail *self,
            EngageKpi       *kpi)
{
  g_autofree char *text = NULL;
  const char *notes = engage_kpi_get_notes (kpi);

  /* What is being typed wins over what was stored before it. */
  if (self->notes_dirty)
    return;

  text = dup_notes_text (self);
  if (g_strcmp0 (text, notes != NULL ? notes : "") == 0)
    return;

  self->loading_notes = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes != NULL ? notes : "", -1);
  self->loading_notes = FALSE;
}

static void
rebuild (EngageKpiDetail *self)
{
  g_autoptr(EngageKpi) kpi = NULL;
  g_autoptr(EngageMeasurement) latest = NULL;

  if (self->project == NULL || !engage_project_is_open (self->project))
    return;

  if (self->kpi_id > 0)
    kpi = engage_project_get_kpi (self->project, self->kpi_id, NULL);

  gtk_widget_set_sensitive (GTK_WIDGET (self), kpi != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kpi.edit", kpi != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kpi.delete", kpi != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kpi.add-measurement", kpi != NULL);
  if (kpi == NULL)
    return;

  latest = engage_project_get_latest_measurement (self->project, self->kpi_id, NULL);
  show_header (self, kpi, latest);

  /* Without a value the chart has nothing to draw; the empty history says why. */
  if (latest != NULL)
    show_chart (self);
  else
    gtk_widget_set_visible (GTK_WIDGET (self->chart_card), FALSE);
  if (self->rows_stale || self->rows_kpi_id != self->kpi_id ||
      g_strcmp0 (self->rows_unit, engage_kpi_get_unit (kpi)) != 0)
    show_measurements (self, kpi);
  show_notes (self, kpi);
}

/* Callbacks */

static gboolean
on_notes_timeout_cb (gpointer user_data)
{
  EngageKpiDetail *self = ENGAGE_KPI_DETAIL (user_data);

  self->notes_timeout_id = 0;
  engage_kpi_detail_flush_notes (self);

  return G_SOURCE_REMOVE;
}

static void
on_notes_changed_cb (EngageKpiDetail *self,
                     GtkTextBuffer   *buffer)
{
  if (self->loading_notes)
    return;

  self->notes_dirty = TRUE;
  g_clear_handle_id (&self->notes_timeout_id, g_source_remove);
  self->notes_timeout_id = g_timeout_add (NOTES_PAUSE_MS, on_notes_timeout_cb, self);
}

static void
on_notes_focus_leave_cb (EngageKpiDetail *self)
{
  engage_kpi_detail_flush_notes (self);
}

static void
on_project_changed_cb (EngageKpiDetail *self,
                       guint            tables,
                       EngageProject   *project)
{
  if (tables & ENGAGE_TABLE_MEASUREMENT)
    self->rows_stale = TRUE;

  if (tables & (ENGAGE_TABLE_KPI | ENGAGE_TABLE_MEASUREMENT | ENGAGE_TABLE_CHANNEL))
    rebuild (self);
}

/* Actions */

static void
add_measurement_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  EngageKpiDetail *self = ENGAGE_KPI_DETAIL (widget);

  engage_measurement_dialog_present (widget, self->project, self->kpi_id, 0);
}

static void
edit_measurement_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  EngageKpiDetail *self = ENGAGE_KPI_DETAIL (widget);

  engage_measurement_dialog_present (widget, self->project, self->kpi_id, g_variant_get_int64 (parameter));
}

static void
delete_measurement_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  EngageKpiDetail *self = ENGAGE_KPI_DETAIL (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(EngageMeasurement) measurement = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;

  measurement = engage_project_get_measurement (self->project, id, NULL);
  if (measurement == NULL || engage_measurement_get_source (measurement) != ENGAGE_MEASUREMENT_SOURCE_MANUAL)
    return;

  if (!engage_project_delete_measurement (self->project, id, &error))
    {
      show_error (self, _("Could Not Delete Measurement"), error);
      return;
    }

  date = engage_format_iso_date (engage_measurement_get_date (measurement));
  /* Translators: a toast; %s is the date of the deleted measurement */
  title = g_strdup_printf (_("Measurement of %s deleted"), date != NULL ? date : "");
  show_toast (self, title);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EngageKpiDetail *self = ENGAGE_KPI_DETAIL (widget);

  engage_kpi_detail_flush_notes (self);
  engage_kpi_editor_present (widget, self->project, self->kpi_id);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EngageKpiDetail *self = ENGAGE_KPI_DETAIL (widget);
  g_autoptr(EngageKpi) kpi = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gint64 id = self->kpi_id;

  engage_kpi_detail_flush_notes (self);

  kpi = engage_project_get_kpi (self->project, id, NULL);
  if (kpi == NULL)
    return;

  if (!engage_project_delete_kpi (self->project, id, &error))
    {
      show_error (self, _("Could Not Delete Goal"), error);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_KPI_DELETED], 0, id);

  /* Translators: a toast after a goal was deleted; %s is its name */
  title = g_strdup_printf (_("“%s” deleted"), engage_kpi_get_name (kpi));
  show_toast (self, title);
}

/* Vfuncs */

static void
engage_kpi_detail_constructed (GObject *object)
{
  EngageKpiDetail *self = ENGAGE_KPI_DETAIL (object);

  G_OBJECT_CLASS (engage_kpi_detail_parent_class)->constructed (object);

  g_assert (ENGAGE_IS_PROJECT (self->project));

  g_signal_connect_object (self->project, "changed",
                           G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);

  rebuild (self);
}

static void
engage_kpi_detail_dispose (GObject *object)
{
  EngageKpiDetail *self = ENGAGE_KPI_DETAIL (object);

  /* Nothing typed is lost while the project is still open. */
  engage_kpi_detail_flush_notes (self);
  g_clear_handle_id (&self->notes_timeout_id, g_source_remove);

  /* AdwBin unparents its child itself; the template must not do it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ENGAGE_TYPE_KPI_DETAIL);
  self->chart_view = NULL;

  g_clear_object (&self->project);

  G_OBJECT_CLASS (engage_kpi_detail_parent_class)->dispose (object);
}

static void
engage_kpi_detail_finalize (GObject *object)
{
  EngageKpiDetail *self = ENGAGE_KPI_DETAIL (object);

  g_free (self->rows_unit);

  G_OBJECT_CLASS (engage_kpi_detail_parent_class)->finalize (object);
}

static void
engage_kpi_detail_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  EngageKpiDetail *self = ENGAGE_KPI_DETAIL (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_KPI_ID:
      g_value_set_int64 (value, self->kpi_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_kpi_detail_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  EngageKpiDetail *self = ENGAGE_KPI_DETAIL (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;

    case PROP_KPI_ID:
      engage_kpi_detail_set_kpi_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_kpi_detail_class_init (EngageKpiDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = engage_kpi_detail_constructed;
  object_class->dispose = engage_kpi_detail_dispose;
  object_class->finalize = engage_kpi_detail_finalize;
  object_class->get_property = engage_kpi_detail_get_property;
  object_class->set_property = engage_kpi_detail_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         ENGAGE_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KPI_ID] =
    g_param_spec_int64 ("kpi-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EngageKpiDetail::kpi-deleted:
   * @kpi_id: the goal deleted
   *
   * The user deleted the goal shown; undo may bring it back.
   */
  signals[SIGNAL_KPI_DELETED] =
    g_signal_new ("kpi-deleted",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/goals/engage-kpi-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, EngageKpiDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiDetail, metric_label);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiDetail, value_label);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiDetail, measured_label);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiDetail, status_box);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiDetail, status_icon);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiDetail, status_label);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiDetail, due_label);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiDetail, level_bar);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiDetail, target_label);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiDetail, progress_label);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiDetail, facts_label);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiDetail, chart_card);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiDetail, add_button);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiDetail, measurements_list);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiDetail, empty_box);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiDetail, notes_view);

  gtk_widget_class_install_action (widget_class, "kpi.add-measurement", NULL, add_measurement_action);
  gtk_widget_class_install_action (widget_class, "kpi.edit-measurement", "x", edit_measurement_action);
  gtk_widget_class_install_action (widget_class, "kpi.delete-measurement", "x", delete_measurement_action);
  gtk_widget_class_install_action (widget_class, "kpi.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "kpi.delete", NULL, delete_action);
}

static void
engage_kpi_detail_init (EngageKpiDetail *self)
{
  GtkEventController *focus;
  GtkWidget *view;

  gtk_widget_init_template (GTK_WIDGET (self));

  view = engage_chart_view_new ();
  gtk_widget_set_margin_start (view, 12);
  gtk_widget_set_margin_end (view, 12);
  gtk_widget_set_margin_top (view, 8);
  gtk_widget_set_margin_bottom (view, 12);
  gtk_box_append (self->chart_card, view);
  self->chart_view = ENGAGE_CHART_VIEW (view);

  /* One colour for progress, as on the cards. */
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_FULL);

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_notes_changed_cb), self, G_CONNECT_SWAPPED);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_notes_focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->notes_view), focus);
}

/* Public API */

/**
 * engage_kpi_detail_new:
 * @project: an open project
 *
 * Returns: (transfer floating): a view of one of @project's goals; set it
 *   with engage_kpi_detail_set_kpi_id()
 */
GtkWidget *
engage_kpi_detail_new (EngageProject *project)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return g_object_new (ENGAGE_TYPE_KPI_DETAIL, "project", project, NULL);
}

/**
 * engage_kpi_detail_get_project:
 *
 * Returns: (transfer none): the project
 */
EngageProject *
engage_kpi_detail_get_project (EngageKpiDetail *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI_DETAIL (self), NULL);

  return self->project;
}

/**
 * engage_kpi_detail_get_kpi_id:
 *
 * Returns: the goal shown, 0 for none
 */
gint64
engage_kpi_detail_get_kpi_id (EngageKpiDetail *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI_DETAIL (self), 0);

  return self->kpi_id;
}

/**
 * engage_kpi_detail_set_kpi_id:
 * @kpi_id: the goal to show, 0 for none
 *
 * Shows another goal; notes typed for the one shown before are stored first.
 */
void
engage_kpi_detail_set_kpi_id (EngageKpiDetail *self,
                              gint64           kpi_id)
{
  g_return_if_fail (ENGAGE_IS_KPI_DETAIL (self));

  if (self->kpi_id == kpi_id)
    return;

  engage_kpi_detail_flush_notes (self);

  self->kpi_id = kpi_id;
  rebuild (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KPI_ID]);
}

/**
 * engage_kpi_detail_add_measurement:
 * @date: the day measured, "YYYY-MM-DD"
 * @value: the value, in the goal's unit
 * @note: (nullable): where it came from
 * @error: return location for a #GError
 *
 * Adds a measurement to the goal shown, entered by hand, as one edit.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_kpi_detail_add_measurement (EngageKpiDetail  *self,
                                   const char       *date,
                                   double            value,
                                   const char       *note,
                                   GError          **error)
{
  g_autoptr(EngageMeasurement) measurement = NULL;

  g_return_val_if_fail (ENGAGE_IS_KPI_DETAIL (self), FALSE);
  g_return_val_if_fail (self->kpi_id > 0, FALSE);

  if (!engage_iso_date_is_valid (date))
    {
      g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                   _("“%s” is not a date."), date != NULL ? date : "");
      return FALSE;
    }

  measurement = engage_measurement_new (self->kpi_id, date, value);
  engage_measurement_set_note (measurement, note);
  engage_measurement_set_source (measurement, ENGAGE_MEASUREMENT_SOURCE_MANUAL);

  return engage_project_add_measurement (self->project, measurement, error);
}

/**
 * engage_kpi_detail_get_n_measurement_rows:
 *
 * Returns: the number of measurements listed
 */
guint
engage_kpi_detail_get_n_measurement_rows (EngageKpiDetail *self)
{
  guint n_rows = 0;

  g_return_val_if_fail (ENGAGE_IS_KPI_DETAIL (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->measurements_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      n_rows++;

  return n_rows;
}

/**
 * engage_kpi_detail_get_notes_buffer:
 *
 * Returns: (transfer none): the buffer of the notes field
 */
GtkTextBuffer *
engage_kpi_detail_get_notes_buffer (EngageKpiDetail *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI_DETAIL (self), NULL);

  return gtk_text_view_get_buffer (self->notes_view);
}

/**
 * engage_kpi_detail_flush_notes:
 *
 * Stores notes typed since the last pause now, as one edit.
 */
void
engage_kpi_detail_flush_notes (EngageKpiDetail *self)
{
  g_autoptr(EngageKpi) kpi = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (ENGAGE_IS_KPI_DETAIL (self));

  g_clear_handle_id (&self->notes_timeout_id, g_source_remove);
  if (!self->notes_dirty)
    return;
  self->notes_dirty = FALSE;

  if (self->kpi_id <= 0 || self->project == NULL || !engage_project_is_open (self->project))
    return;

  kpi = engage_project_get_kpi (self->project, self->kpi_id, NULL);
  if (kpi == NULL)
    return;

  text = dup_notes_text (self);
  if (g_strcmp0 (text, engage_kpi_get_notes (kpi)) == 0)
    return;

  engage_kpi_set_notes (kpi, text);
  if (!engage_project_update_kpi (self->project, kpi, &error))
    g_warning ("Could not store the notes of “%s”: %s", engage_kpi_get_name (kpi), error->message);
}
