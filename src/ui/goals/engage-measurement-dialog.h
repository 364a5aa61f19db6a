/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-kpi.h"
#include "engage-measurement.h"
#include "engage-project.h"

G_BEGIN_DECLS

void engage_measurement_dialog_value_range (EngageKpiMetric  metric,
                                            double          *lower,
                                            double          *upper,
                                            guint           *digits);

#define ENGAGE_TYPE_MEASUREMENT_DIALOG (engage_measurement_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EngageMeasurementDialog, engage_measurement_dialog, ENGAGE, MEASUREMENT_DIALOG, AdwWindow)

EngageMeasurementDialog *engage_measurement_dialog_new       (EngageProject           *project,
                                                              EngageKpi               *kpi,
                                                              EngageMeasurement       *measurement);
GtkWindow               *engage_measurement_dialog_present   (GtkWidget               *parent,
                                                              EngageProject           *project,
                                                              gint64                   kpi_id,
                                                              gint64                   measurement_id);
void                     engage_measurement_dialog_set_date  (EngageMeasurementDialog *self,
                                                              const char              *iso_date);
void                     engage_measurement_dialog_set_value (EngageMeasurementDialog *self,
                                                              double                   value);
gboolean                 engage_measurement_dialog_can_save  (EngageMeasurementDialog *self);
gboolean                 engage_measurement_dialog_save      (EngageMeasurementDialog *self,
                                                              GError                 **error);

G_END_DECLS
