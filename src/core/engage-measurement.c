/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-measurement"

#include "config.h"

#include "engage-measurement.h"
#include "engage-enums.h"
#include "engage-list-model.h"
#include "engage-project-private.h"

#include <glib/gi18n.h>

/* One value of a KPI on a calendar date, entered by hand, imported or derived from
 * post metrics. The object is a value: edit it, then hand it to
 * engage_project_update_measurement(). */

struct _EngageMeasurement
{
  GObject                 parent_instance;

  gint64                  id;
  gint64                  kpi_id;
  char                   *date;
  double                  value;
  char                   *note;
  EngageMeasurementSource source;
  gint64                  import_batch_id;
};

G_DEFINE_FINAL_TYPE (EngageMeasurement, engage_measurement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KPI_ID,
  PROP_DATE,
  PROP_VALUE,
  PROP_NOTE,
  PROP_SOURCE,
  PROP_IMPORT_BATCH_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define SELECT_COLUMNS \
  "SELECT id, kpi_id, date, value, note, source, import_batch_id FROM measurement"

#define INSERT_SQL \
  "INSERT INTO measurement (kpi_id, date, value, note, source, import_batch_id) " \
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"

/* An #EngageRowFunc: the row as a new #EngageMeasurement. */
static gpointer
measurement_from_row (sqlite3_stmt *stmt)
{
  EngageMeasurement *self = g_object_new (ENGAGE_TYPE_MEASUREMENT, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->kpi_id = sqlite3_column_int64 (stmt, 1);
  self->date = g_strdup (_engage_column_text (stmt, 2));
  self->value = sqlite3_column_double (stmt, 3);
  g_free (self->note);
  self->note = g_strdup (_engage_column_text (stmt, 4));
  if (!engage_measurement_source_from_string (_engage_column_text (stmt, 5), &self->source))
    self->source = ENGAGE_MEASUREMENT_SOURCE_MANUAL;
  self->import_batch_id = sqlite3_column_int64 (stmt, 6);

  return self;
}

static void
bind_measurement (sqlite3_stmt      *stmt,
                  EngageMeasurement *self)
{
  _engage_bind_optional_id (stmt, 1, self->kpi_id);
  _engage_bind_text (stmt, 2, self->date);
  sqlite3_bind_double (stmt, 3, self->value);
  _engage_bind_text (stmt, 4, self->note ? self->note : "");
  sqlite3_bind_text (stmt, 5, engage_measurement_source_to_string (self->source), -1,
                     SQLITE_STATIC);
  _engage_bind_optional_id (stmt, 6, self->import_batch_id);
}

static void
engage_measurement_finalize (GObject *object)
{
  EngageMeasurement *self = ENGAGE_MEASUREMENT (object);

  g_free (self->date);
  g_free (self->note);

  G_OBJECT_CLASS (engage_measurement_parent_class)->finalize (object);
}

static void
engage_measurement_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  EngageMeasurement *self = ENGAGE_MEASUREMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_KPI_ID:
      g_value_set_int64 (value, self->kpi_id);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_SOURCE:
      g_value_set_enum (value, self->source);
      break;

    case PROP_IMPORT_BATCH_ID:
      g_value_set_int64 (value, self->import_batch_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_measurement_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  EngageMeasurement *self = ENGAGE_MEASUREMENT (object);

  switch (prop_id)
    {
    case PROP_KPI_ID:
      engage_measurement_set_kpi_id (self, g_value_get_int64 (value));
      break;

    case PROP_DATE:
      engage_measurement_set_date (self, g_value_get_string (value));
      break;

    case PROP_VALUE:
      engage_measurement_set_value (self, g_value_get_double (value));
      break;

    case PROP_NOTE:
      engage_measurement_set_note (self, g_value_get_string (value));
      break;

    case PROP_SOURCE:
      engage_measurement_set_source (self, g_value_get_enum (value));
      break;

    case PROP_IMPORT_BATCH_ID:
      engage_measurement_set_import_batch_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_measurement_class_init (EngageMeasurementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = engage_measurement_finalize;
  object_class->get_property = engage_measurement_get_property;
  object_class->set_property = engage_measurement_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_KPI_ID] = g_param_spec_int64 ("kpi-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, rw);
  properties[PROP_VALUE] = g_param_spec_double ("value", NULL, NULL,
                                                -G_MAXDOUBLE, G_MAXDOUBLE, 0, rw);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, rw);
  properties[PROP_SOURCE] = g_param_spec_enum ("source", NULL, NULL,
                                               ENGAGE_TYPE_MEASUREMENT_SOURCE,
                                               ENGAGE_MEASUREMENT_SOURCE_MANUAL, rw);
  properties[PROP_IMPORT_BATCH_ID] = g_param_spec_int64 ("import-batch-id", NULL, NULL,
                                                         0, G_MAXINT64, 0, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
engage_measurement_init (EngageMeasurement *self)
{
  self->note = g_strdup ("");
  self->source = ENGAGE_MEASUREMENT_SOURCE_MANUAL;
}

/**
 * engage_measurement_new:
 * @kpi_id: the id of the KPI measured
 * @date: (nullable): the day of the value as "YYYY-MM-DD"; a measurement needs one
 *   before it is stored
 * @value: the value
 *
 * Returns: (transfer full): a manual measurement not yet in any project
 */
EngageMeasurement *
engage_measurement_new (gint64      kpi_id,
                        const char *date,
                        double      value)
{
  EngageMeasurement *self;

  g_return_val_if_fail (date == NULL || engage_iso_date_is_valid (date), NULL);

  self = g_object_new (ENGAGE_TYPE_MEASUREMENT, NULL);
  self->kpi_id = MAX (kpi_id, 0);
  self->date = g_strdup (date);
  self->value = value;

  return self;
}

/**
 * engage_measurement_copy:
 *
 * Returns: (transfer full): an independent copy, e.g. to edit in a dialog
 */
EngageMeasurement *
engage_measurement_copy (EngageMeasurement *self)
{
  EngageMeasurement *copy;

  g_return_val_if_fail (ENGAGE_IS_MEASUREMENT (self), NULL);

  copy = g_object_new (ENGAGE_TYPE_MEASUREMENT, NULL);
  copy->id = self->id;
  copy->kpi_id = self->kpi_id;
  copy->date = g_strdup (self->date);
  copy->value = self->value;
  _engage_store_set_string (&copy->note, self->note);
  copy->source = self->source;
  copy->import_batch_id = self->import_batch_id;

  return copy;
}

gint64
engage_measurement_get_id (EngageMeasurement *self)
{
  g_return_val_if_fail (ENGAGE_IS_MEASUREMENT (self), 0);
  return self->id;
}

gint64
engage_measurement_get_kpi_id (EngageMeasurement *self)
{
  g_return_val_if_fail (ENGAGE_IS_MEASUREMENT (self), 0);
  return self->kpi_id;
}

void
engage_measurement_set_kpi_id (EngageMeasurement *self,
                               gint64             kpi_id)
{
  g_return_if_fail (ENGAGE_IS_MEASUREMENT (self));

  kpi_id = MAX (kpi_id, 0);
  if (self->kpi_id == kpi_id)
    return;
  self->kpi_id = kpi_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KPI_ID]);
}

/**
 * engage_measurement_get_date:
 *
 * Returns: (nullable): the day of the value as "YYYY-MM-DD"; never %NULL for a
 *   stored measurement
 */
const char *
engage_measurement_get_date (EngageMeasurement *self)
{
  g_return_val_if_fail (ENGAGE_IS_MEASUREMENT (self), NULL);
  return self->date;
}

/**
 * engage_measurement_set_date:
 * @date: (nullable): a date as "YYYY-MM-DD"
 */
void
engage_measurement_set_date (EngageMeasurement *self,
                             const char        *date)
{
  g_return_if_fail (ENGAGE_IS_MEASUREMENT (self));
  g_return_if_fail (date == NULL || engage_iso_date_is_valid (date));

  if (_engage_store_set_string (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

double
engage_measurement_get_value (EngageMeasurement *self)
{
  g_return_val_if_fail (ENGAGE_IS_MEASUREMENT (self), 0);
  return self->value;
}

void
engage_measurement_set_value (EngageMeasurement *self,
                              double             value)
{
  g_return_if_fail (ENGAGE_IS_MEASUREMENT (self));

  if (self->value == value)
    return;
  self->value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

const char *
engage_measurement_get_note (EngageMeasurement *self)
{
  g_return_val_if_fail (ENGAGE_IS_MEASUREMENT (self), NULL);
  return self->note;
}

void
engage_measurement_set_note (EngageMeasurement *self,
                             const char        *note)
{
  g_return_if_fail (ENGAGE_IS_MEASUREMENT (self));

  if (_engage_store_set_string (&self->note, note ? note : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

EngageMeasurementSource
engage_measurement_get_source (EngageMeasurement *self)
{
  g_return_val_if_fail (ENGAGE_IS_MEASUREMENT (self), ENGAGE_MEASUREMENT_SOURCE_MANUAL);
  return self->source;
}

void
engage_measurement_set_source (EngageMeasurement       *self,
                               EngageMeasurementSource  source)
{
  g_return_if_fail (ENGAGE_IS_MEASUREMENT (self));
  g_return_if_fail ((guint) source <= ENGAGE_MEASUREMENT_SOURCE_DERIVED);

  if (self->source == source)
    return;
  self->source = source;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

/**
 * engage_measurement_get_import_batch_id:
 *
 * Returns: the id of the import that brought the value in, or 0
 */
gint64
engage_measurement_get_import_batch_id (EngageMeasurement *self)
{
  g_return_val_if_fail (ENGAGE_IS_MEASUREMENT (self), 0);
  return self->import_batch_id;
}

void
engage_measurement_set_import_batch_id (EngageMeasurement *self,
                                        gint64             import_batch_id)
{
  g_return_if_fail (ENGAGE_IS_MEASUREMENT (self));

  import_batch_id = MAX (import_batch_id, 0);
  if (self->import_batch_id == import_batch_id)
    return;
  self->import_batch_id = import_batch_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORT_BATCH_ID]);
}

/* Storage */

/* The column is NOT NULL; say so in words rather than with SQLite's message. */
static gboolean
check_date (EngageMeasurement  *measurement,
            GError            **error)
{
  if (measurement->date != NULL)
    return TRUE;

  g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                       _("A measurement needs a date."));
  return FALSE;
}

/* An #EngageBindFunc for INSERT_SQL. */
static gboolean
bind_new_measurement (sqlite3_stmt  *stmt,
                      gpointer       item,
                      GError       **error)
{
  if (!check_date (item, error))
    return FALSE;

  bind_measurement (stmt, item);
  return TRUE;
}

/**
 * engage_project_add_measurement:
 * @project: an open project
 * @measurement: a new measurement of a KPI of @project; its id is set on success
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_add_measurement (EngageProject      *project,
                                EngageMeasurement  *measurement,
                                GError            **error)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_MEASUREMENT (measurement), FALSE);
  g_return_val_if_fail (measurement->id == 0, FALSE);

  g_ptr_array_add (one, measurement);
  return _engage_store_insert_all (project, INSERT_SQL, one, bind_new_measurement,
                                   G_STRUCT_OFFSET (EngageMeasurement, id),
                                   _("Add Measurement"), ENGAGE_TABLE_MEASUREMENT, error);
}

/**
 * engage_project_add_measurements:
 * @project: an open project
 * @measurements: (element-type EngageMeasurement): new measurements; their ids are
 *   set on success
 * @error: return location for a #GError
 *
 * Adds many measurements as one edit (one undo step, one change notification), for
 * importers and the sample project. If one of them is refused, none is added.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_add_measurements (EngageProject  *project,
                                 GPtrArray      *measurements,
                                 GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (measurements != NULL, FALSE);

  for (guint j = 0; j < measurements->len; j++)
    {
      EngageMeasurement *measurement = g_ptr_array_index (measurements, j);

      g_return_val_if_fail (ENGAGE_IS_MEASUREMENT (measurement), FALSE);
      g_return_val_if_fail (measurement->id == 0, FALSE);
    }

  if (measurements->len == 0)
    return TRUE;

  return _engage_store_insert_all (project, INSERT_SQL, measurements, bind_new_measurement,
                                   G_STRUCT_OFFSET (EngageMeasurement, id),
                                   _("Add Measurements"), ENGAGE_TABLE_MEASUREMENT, error);
}

/**
 * engage_project_update_measurement:
 * @project: an open project
 * @measurement: a measurement of @project with changed fields
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_update_measurement (EngageProject      *project,
                                   EngageMeasurement  *measurement,
                                   GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_MEASUREMENT (measurement), FALSE);
  g_return_val_if_fail (measurement->id > 0, FALSE);

  if (!check_date (measurement, error))
    return FALSE;

  stmt = _engage_store_begin (project,
                              "UPDATE measurement SET kpi_id = ?1, date = ?2, value = ?3, "
                              "note = ?4, source = ?5, import_batch_id = ?6 WHERE id = ?7",
                              error);
  if (stmt == NULL)
    return FALSE;

  bind_measurement (stmt, measurement);
  sqlite3_bind_int64 (stmt, 7, measurement->id);
  return _engage_store_finish_update (project, stmt, _("Change Measurement"),
                                      ENGAGE_TABLE_MEASUREMENT,
                                      error, _("The measurement of %s no longer exists."),
                                      measurement->date);
}

/**
 * engage_project_delete_measurement:
 * @project: an open project
 * @measurement_id: the id of the measurement to delete
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_delete_measurement (EngageProject  *project,
                                   gint64          measurement_id,
                                   GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);

  return _engage_store_delete_by_id (project, "DELETE FROM measurement WHERE id = ?1",
                                     measurement_id, _("Delete Measurement"),
                                     ENGAGE_TABLE_MEASUREMENT, error);
}

/**
 * engage_project_get_measurement:
 * @project: an open project
 * @measurement_id: the id of a measurement
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the measurement, or %NULL if there is none
 *   with that id (without an error) or the query failed (with one)
 */
EngageMeasurement *
engage_project_get_measurement (EngageProject  *project,
                                gint64          measurement_id,
                                GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return _engage_store_get_by_id (project, SELECT_COLUMNS " WHERE id = ?1", measurement_id,
                                  measurement_from_row, error);
}

/**
 * engage_project_get_latest_measurement:
 * @project: an open project
 * @kpi_id: the id of a KPI
 * @error: return location for a #GError
 *
 * Finds the KPI's current value: the measurement with the latest date, and of
 * several on that date the one entered last.
 *
 * Returns: (transfer full) (nullable): the measurement, or %NULL if the KPI has
 *   none (without an error) or the query failed (with one)
 */
EngageMeasurement *
engage_project_get_latest_measurement (EngageProject  *project,
                                       gint64          kpi_id,
                                       GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return _engage_store_get_by_id (project,
                                  SELECT_COLUMNS " WHERE kpi_id = ?1 "
                                  "ORDER BY date DESC, id DESC LIMIT 1",
                                  kpi_id, measurement_from_row, error);
}

static GPtrArray *
load_measurements (EngageProject  *project,
                   gpointer        user_data,
                   GError        **error)
{
  const gint64 *kpi_id = user_data;

  return _engage_store_load_by_id (project, SELECT_COLUMNS " WHERE kpi_id = ?1 ORDER BY date, id",
                                   *kpi_id, measurement_from_row, error);
}

/**
 * engage_project_list_measurements:
 * @project: an open project
 * @kpi_id: the id of a KPI
 *
 * Returns: (transfer full): a live model of the KPI's #EngageMeasurement, oldest
 *   first
 */
GListModel *
engage_project_list_measurements (EngageProject *project,
                                  gint64         kpi_id)
{
  gint64 *data;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  data = g_new (gint64, 1);
  *data = kpi_id;

  return G_LIST_MODEL (engage_list_model_new (project, ENGAGE_TYPE_MEASUREMENT,
                                              ENGAGE_TABLE_MEASUREMENT,
                                              load_measurements, data, g_free));
}
