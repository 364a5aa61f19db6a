/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-project.h"

G_BEGIN_DECLS

/**
 * EngageMeasurement:
 *
 * One value of a KPI on a date.
 */
#define ENGAGE_TYPE_MEASUREMENT (engage_measurement_get_type ())

G_DECLARE_FINAL_TYPE (EngageMeasurement, engage_measurement, ENGAGE, MEASUREMENT, GObject)

EngageMeasurement      *engage_measurement_new                 (gint64                   kpi_id,
                                                                const char              *date,
                                                                double                   value);
EngageMeasurement      *engage_measurement_copy                (EngageMeasurement       *self);
gint64                  engage_measurement_get_id              (EngageMeasurement       *self);
gint64                  engage_measurement_get_kpi_id          (EngageMeasurement       *self);
void                    engage_measurement_set_kpi_id          (EngageMeasurement       *self,
                                                                gint64                   kpi_id);
const char             *engage_measurement_get_date            (EngageMeasurement       *self);
void                    engage_measurement_set_date            (EngageMeasurement       *self,
                                                                const char              *date);
double                  engage_measurement_get_value           (EngageMeasurement       *self);
void                    engage_measurement_set_value           (EngageMeasurement       *self,
                                                                double                   value);
const char             *engage_measurement_get_note            (EngageMeasurement       *self);
void                    engage_measurement_set_note            (EngageMeasurement       *self,
                                                                const char              *note);
EngageMeasurementSource engage_measurement_get_source          (EngageMeasurement       *self);
void                    engage_measurement_set_source          (EngageMeasurement       *self,
                                                                EngageMeasurementSource  source);
gint64                  engage_measurement_get_import_batch_id (EngageMeasurement       *self);
void                    engage_measurement_set_import_batch_id (EngageMeasurement       *self,
                                                                gint64                   import_batch_id);

gboolean           engage_project_add_measurement        (EngageProject      *project,
                                                          EngageMeasurement  *measurement,
                                                          GError            **error);
gboolean           engage_project_add_measurements       (EngageProject      *project,
                                                          GPtrArray          *measurements,
                                                          GError            **error);
gboolean           engage_project_update_measurement     (EngageProject      *project,
                                                          EngageMeasurement  *measurement,
                                                          GError            **error);
gboolean           engage_project_delete_measurement     (EngageProject      *project,
                                                          gint64              measurement_id,
                                                          GError            **error);
EngageMeasurement *engage_project_get_measurement        (EngageProject      *project,
                                                          gint64              measurement_id,
                                                          GError            **error);
GListModel        *engage_project_list_measurements      (EngageProject      *project,
                                                          gint64              kpi_id);
EngageMeasurement *engage_project_get_latest_measurement (EngageProject      *project,
                                                          gint64              kpi_id,
                                                          GError            **error);

G_END_DECLS
