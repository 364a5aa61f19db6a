/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-kpi-card"

#include "config.h"

#include <math.h>

#include "engage-kpi-card.h"

#include "engage-format.h"

#include <glib/gi18n.h>

/*
 * One goal at a glance: its current value, how far it has come from the
 * baseline towards the target, and by when it is due.
 */

struct _EngageKpiCard
{
  AdwBin        parent_instance;

  /* Template widgets */
  GtkLabel     *name_label;
  GtkImage     *reached_icon;
  GtkLabel     *metric_label;
  GtkLabel     *value_label;
  GtkLabel     *measured_label;
  GtkLevelBar  *level_bar;
  GtkLabel     *target_label;
  GtkLabel     *progress_label;
  GtkBox       *status_box;
  GtkImage     *status_icon;
  GtkLabel     *status_label;
  GtkLabel     *due_label;

  /* State */
  gint64        kpi_id;
  double        progress;
  gboolean      reached;
};

G_DEFINE_FINAL_TYPE (EngageKpiCard, engage_kpi_card, ADW_TYPE_BIN)

/* Pure helpers */

/**
 * engage_kpi_compute_progress:
 * @criterion: what the goal asks for
 * @baseline: the value at the start
 * @target: the target value
 * @current: the latest value
 *
 * How far @current has come from @baseline towards @target, for a progress
 * bar: engage_kpi_progress() clamped to 0…1, where a goal that is met counts
 * as 1 and an unknown value as 0.
 *
 * Returns: the progress, 0…1
 */
double
engage_kpi_compute_progress (EngageKpiCriterion criterion,
                             double             baseline,
                             double             target,
                             double             current)
{
  double progress;

  if (!isfinite (baseline) || !isfinite (target) || !isfinite (current))
    return 0.0;

  if (engage_kpi_is_reached (criterion, target, current))
    return 1.0;

  progress = engage_kpi_progress (baseline, target, current);
  if (isnan (progress))
    return 0.0;

  return CLAMP (progress, 0.0, 1.0);
}

/**
 * engage_kpi_format_metric:
 * @kpi: a goal
 * @channel_name: (nullable): the name of its channel
 *
 * Returns: (transfer full): what the goal measures, e.g.
 *   "Engagement rate · Instagram"
 */
char *
engage_kpi_format_metric (EngageKpi  *kpi,
                          const char *channel_name)
{
  const char *metric;

  g_return_val_if_fail (ENGAGE_IS_KPI (kpi), NULL);

  metric = engage_kpi_metric_get_label (engage_kpi_get_metric (kpi));
  if (channel_name == NULL || channel_name[0] == '\0')
    return g_strdup (metric);

  return g_strdup_printf ("%s · %s", metric, channel_name);
}

/**
 * engage_kpi_format_target:
 * @kpi: a goal
 *
 * Returns: (transfer full): the target with its criterion, e.g. "Target 5.5 %"
 *   or "Stay below 4 hours"
 */
char *
engage_kpi_format_target (EngageKpi *kpi)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (ENGAGE_IS_KPI (kpi), NULL);

  value = engage_format_value (engage_kpi_get_target_value (kpi), engage_kpi_get_unit (kpi));
  switch (engage_kpi_get_criterion (kpi))
    {
    case ENGAGE_KPI_CRITERION_STAY_ABOVE:
      return g_strdup_printf (_("Stay above %s"), value);

    case ENGAGE_KPI_CRITERION_STAY_BELOW:
      return g_strdup_printf (_("Stay below %s"), value);

    case ENGAGE_KPI_CRITERION_AT_LEAST:
    default:
      return g_strdup_printf (_("Target %s"), value);
    }
}

/**
 * engage_kpi_format_percent:
 * @fraction: a share, 0…1
 *
 * Returns: (transfer full): the share in percent, e.g. "62%"
 */
char *
engage_kpi_format_percent (double fraction)
{
  /* Translators: a share in percent, e.g. "62%"; add a no-break space before
   * the % sign if your language uses one */
  return g_strdup_printf (_("%d%%"), (int) round (fraction * 100));
}

/**
 * engage_kpi_status_get_icon_name:
 * @status: a goal's assessment
 *
 * Returns: (nullable): the icon that, with engage_kpi_status_get_label(),
 *   shows @status without relying on colour; %NULL without data
 */
const char *
engage_kpi_status_get_icon_name (EngageKpiStatus status)
{
  switch (status)
    {
    case ENGAGE_KPI_STATUS_ON_TRACK:
      return "emblem-ok-symbolic";

    case ENGAGE_KPI_STATUS_ACHIEVED:
      return "starred-symbolic";

    case ENGAGE_KPI_STATUS_BEHIND:
      return "dialog-warning-symbolic";

    case ENGAGE_KPI_STATUS_AT_RISK:
      return "dialog-error-symbolic";

    case ENGAGE_KPI_STATUS_NO_DATA:
    default:
      return NULL;
    }
}

/**
 * engage_kpi_status_get_style_class:
 * @status: a goal's assessment
 *
 * Returns: (nullable): the style class for @status: "success", "warning" or
 *   "error"; %NULL without data
 */
const char *
engage_kpi_status_get_style_class (EngageKpiStatus status)
{
  switch (status)
    {
    case ENGAGE_KPI_STATUS_ON_TRACK:
    case ENGAGE_KPI_STATUS_ACHIEVED:
      return "success";

    case ENGAGE_KPI_STATUS_BEHIND:
      return "warning";

    case ENGAGE_KPI_STATUS_AT_RISK:
      return "error";

    case ENGAGE_KPI_STATUS_NO_DATA:
    default:
      return NULL;
    }
}

/* Helpers */

static void
set_kpi (EngageKpiCard     *self,
         EngageKpi         *kpi,
         EngageMeasurement *latest,
         const char        *channel_name)
{
  EngageKpiCriterion criterion = engage_kpi_get_criterion (kpi);
  const char *unit = engage_kpi_get_unit (kpi);
  double baseline = engage_kpi_get_baseline_value (kpi);
  double target = engage_kpi_get_target_value (kpi);
  double current = latest != NULL ? engage_measurement_get_value (latest) : baseline;
  g_autofree char *metric = NULL;
  g_autofree char *value = NULL;
  g_autofree char *target_text = NULL;
  g_autofree char *measured = NULL;
  g_autofree char *percent = NULL;
  g_autofree char *due = NULL;
  g_autofree char *due_text = NULL;

  self->kpi_id = engage_kpi_get_id (kpi);

  gtk_label_set_label (self->name_label, engage_kpi_get_name (kpi));

  metric = engage_kpi_format_metric (kpi, channel_name);
  gtk_label_set_label (self->metric_label, metric);

  if (latest != NULL)
    {
      g_autofree char *date = engage_format_iso_date (engage_measurement_get_date (latest));

      value = engage_format_value (current, unit);
      measured = date != NULL ? g_strdup_printf (_("Measured on %s"), date)
                              : g_strdup (_("Measured"));
      self->progress = engage_kpi_compute_progress (criterion, baseline, target, current);
      self->reached = engage_kpi_is_reached (criterion, target, current);
    }
  else
    {
      value = g_strdup ("—");
      measured = g_strdup (_("No measurements yet"));
      self->progress = 0.0;
      self->reached = FALSE;
    }

  gtk_label_set_label (self->value_label, value);
  gtk_label_set_label (self->measured_label, measured);

  target_text = engage_kpi_format_target (kpi);
  gtk_label_set_label (self->target_label, target_text);

  percent = engage_kpi_format_percent (self->progress);
  gtk_label_set_label (self->progress_label, latest != NULL ? percent : "");
  gtk_level_bar_set_value (self->level_bar, self->progress);

  due = engage_format_iso_date (engage_kpi_get_due_date (kpi));
  if (due != NULL)
    due_text = g_strdup_printf (_("Due by %s"), due);
  gtk_label_set_label (self->due_label, due_text);
  gtk_widget_set_visible (GTK_WIDGET (self->due_label), due_text != NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->reached_icon), self->reached);
  if (self->reached)
    gtk_widget_add_css_class (GTK_WIDGET (self), "reached");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "reached");
}

/* Vfuncs */

static void
engage_kpi_card_dispose (GObject *object)
{
  /* AdwBin unparents its child itself; the template must not do it first. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), ENGAGE_TYPE_KPI_CARD);

  G_OBJECT_CLASS (engage_kpi_card_parent_class)->dispose (object);
}

static void
engage_kpi_card_class_init (EngageKpiCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = engage_kpi_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/goals/engage-kpi-card.ui");
  gtk_widget_class_bind_template_child (widget_class, EngageKpiCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiCard, reached_icon);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiCard, metric_label);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiCard, value_label);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiCard, measured_label);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiCard, level_bar);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiCard, target_label);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiCard, progress_label);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiCard, status_box);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiCard, status_icon);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiCard, status_label);
  gtk_widget_class_bind_template_child (widget_class, EngageKpiCard, due_label);
}

static void
engage_kpi_card_init (EngageKpiCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* One colour for progress: how far along a goal should be by now is the
   * pace, which this card does not show yet. */
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_FULL);
}

/* Public API */

/**
 * engage_kpi_card_new:
 * @kpi: a goal
 * @latest: (nullable): its latest measurement
 * @channel_name: (nullable): the name of the goal's channel
 *
 * Returns: (transfer floating): a card showing @kpi
 */
GtkWidget *
engage_kpi_card_new (EngageKpi         *kpi,
                     EngageMeasurement *latest,
                     const char        *channel_name)
{
  EngageKpiCard *self;

  g_return_val_if_fail (ENGAGE_IS_KPI (kpi), NULL);
  g_return_val_if_fail (latest == NULL || ENGAGE_IS_MEASUREMENT (latest), NULL);

  self = g_object_new (ENGAGE_TYPE_KPI_CARD, NULL);
  set_kpi (self, kpi, latest, channel_name);

  return GTK_WIDGET (self);
}

double
engage_kpi_card_get_progress (EngageKpiCard *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI_CARD (self), 0.0);

  return self->progress;
}

gboolean
engage_kpi_card_get_reached (EngageKpiCard *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI_CARD (self), FALSE);

  return self->reached;
}

/**
 * engage_kpi_card_set_status:
 * @status: the goal's assessment against its expected pace
 *
 * Shows whether the goal is on track, behind or at risk, as text with an icon
 * so that it does not depend on colour. Without data the line stays hidden.
 */
void
engage_kpi_card_set_status (EngageKpiCard   *self,
                            EngageKpiStatus  status)
{
  const char *icon_name = engage_kpi_status_get_icon_name (status);

  g_return_if_fail (ENGAGE_IS_KPI_CARD (self));

  gtk_widget_set_visible (GTK_WIDGET (self->status_box), icon_name != NULL);
  if (icon_name == NULL)
    return;

  gtk_image_set_from_icon_name (self->status_icon, icon_name);
  gtk_label_set_label (self->status_label, engage_kpi_status_get_label (status));

  for (guint i = 0; i < 3; i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_box),
                                 (const char *[]) { "success", "warning", "error" }[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_box), engage_kpi_status_get_style_class (status));
}

/**
 * engage_kpi_card_get_kpi_id:
 *
 * Returns: the id of the goal the card shows
 */
gint64
engage_kpi_card_get_kpi_id (EngageKpiCard *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI_CARD (self), 0);

  return self->kpi_id;
}
