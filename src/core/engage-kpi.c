/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-kpi"

#include "config.h"

#include "engage-kpi.h"
#include "engage-enums.h"
#include "engage-list-model.h"
#include "engage-project-private.h"

#include <glib/gi18n.h>

/* A goal the business measures itself by: "engagement rate on Instagram at least
 * 4 % by June". The object is a value: edit it, then hand it to
 * engage_project_update_kpi(). */

struct _EngageKpi
{
  GObject            parent_instance;

  gint64             id;
  char              *uuid;
  char              *name;
  EngageKpiMetric    metric;
  char              *unit;
  EngageKpiCriterion criterion;
  double             baseline_value;
  char              *baseline_date;
  double             target_value;
  char              *start_date;
  char              *due_date;
  gint64             channel_id;
  gint64             survey_id;
  char              *engagement_basis;
  char              *notes;
  int                position;
};

G_DEFINE_FINAL_TYPE (EngageKpi, engage_kpi, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_NAME,
  PROP_METRIC,
  PROP_UNIT,
  PROP_CRITERION,
  PROP_BASELINE_VALUE,
  PROP_BASELINE_DATE,
  PROP_TARGET_VALUE,
  PROP_START_DATE,
  PROP_DUE_DATE,
  PROP_CHANNEL_ID,
  PROP_SURVEY_ID,
  PROP_ENGAGEMENT_BASIS,
  PROP_NOTES,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define SELECT_COLUMNS \
  "SELECT id, uuid, name, metric, unit, criterion, baseline_value, baseline_date, " \
  "target_value, start_date, due_date, channel_id, survey_id, engagement_basis, notes, " \
  "position FROM kpi"

/* An #EngageRowFunc: the row as a new #EngageKpi. */
static gpointer
kpi_from_row (sqlite3_stmt *stmt)
{
  EngageKpi *self = g_object_new (ENGAGE_TYPE_KPI, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->uuid = g_strdup (_engage_column_text (stmt, 1));
  g_free (self->name);
  self->name = g_strdup (_engage_column_text (stmt, 2));
  if (!engage_kpi_metric_from_string (_engage_column_text (stmt, 3), &self->metric))
    self->metric = ENGAGE_KPI_METRIC_CUSTOM;
  g_free (self->unit);
  self->unit = g_strdup (_engage_column_text (stmt, 4));
  if (!engage_kpi_criterion_from_string (_engage_column_text (stmt, 5), &self->criterion))
    self->criterion = ENGAGE_KPI_CRITERION_AT_LEAST;
  self->baseline_value = sqlite3_column_double (stmt, 6);
  self->baseline_date = _engage_store_dup_optional_text (stmt, 7);
  self->target_value = sqlite3_column_double (stmt, 8);
  self->start_date = _engage_store_dup_optional_text (stmt, 9);
  self->due_date = _engage_store_dup_optional_text (stmt, 10);
  self->channel_id = sqlite3_column_int64 (stmt, 11);
  self->survey_id = sqlite3_column_int64 (stmt, 12);
  self->engagement_basis = _engage_store_dup_optional_text (stmt, 13);
  g_free (self->notes);
  self->notes = g_strdup (_engage_column_text (stmt, 14));
  self->position = sqlite3_column_int (stmt, 15);

  return self;
}

static void
bind_kpi (sqlite3_stmt *stmt,
          EngageKpi    *self)
{
  sqlite3_bind_text (stmt, 1, self->uuid, -1, SQLITE_TRANSIENT);
  _engage_bind_text (stmt, 2, self->name ? self->name : "");
  sqlite3_bind_text (stmt, 3, engage_kpi_metric_to_string (self->metric), -1, SQLITE_STATIC);
  _engage_bind_text (stmt, 4, self->unit ? self->unit : "");
  sqlite3_bind_text (stmt, 5, engage_kpi_criterion_to_string (self->criterion), -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 6, self->baseline_value);
  _engage_bind_text (stmt, 7, self->baseline_date);
  sqlite3_bind_double (stmt, 8, self->target_value);
  _engage_bind_text (stmt, 9, self->start_date);
  _engage_bind_text (stmt, 10, self->due_date);
  _engage_bind_optional_id (stmt, 11, self->channel_id);
  _engage_bind_optional_id (stmt, 12, self->survey_id);
  _engage_bind_text (stmt, 13, self->engagement_basis);
  _engage_bind_text (stmt, 14, self->notes ? self->notes : "");
  sqlite3_bind_int (stmt, 15, self->position);
}

static gboolean
is_engagement_basis (const char *nick)
{
  EngageEngagementBasis basis;

  return engage_engagement_basis_from_string (nick, &basis);
}

static void
engage_kpi_finalize (GObject *object)
{
  EngageKpi *self = ENGAGE_KPI (object);

  g_free (self->uuid);
  g_free (self->name);
  g_free (self->unit);
  g_free (self->baseline_date);
  g_free (self->start_date);
  g_free (self->due_date);
  g_free (self->engagement_basis);
  g_free (self->notes);

  G_OBJECT_CLASS (engage_kpi_parent_class)->finalize (object);
}

static void
engage_kpi_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  EngageKpi *self = ENGAGE_KPI (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_METRIC:
      g_value_set_enum (value, self->metric);
      break;

    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    case PROP_CRITERION:
      g_value_set_enum (value, self->criterion);
      break;

    case PROP_BASELINE_VALUE:
      g_value_set_double (value, self->baseline_value);
      break;

    case PROP_BASELINE_DATE:
      g_value_set_string (value, self->baseline_date);
      break;

    case PROP_TARGET_VALUE:
      g_value_set_double (value, self->target_value);
      break;

    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;

    case PROP_DUE_DATE:
      g_value_set_string (value, self->due_date);
      break;

    case PROP_CHANNEL_ID:
      g_value_set_int64 (value, self->channel_id);
      break;

    case PROP_SURVEY_ID:
      g_value_set_int64 (value, self->survey_id);
      break;

    case PROP_ENGAGEMENT_BASIS:
      g_value_set_string (value, self->engagement_basis);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_kpi_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  EngageKpi *self = ENGAGE_KPI (object);

  switch (prop_id)
    {
    case PROP_NAME:
      engage_kpi_set_name (self, g_value_get_string (value));
      break;

    case PROP_METRIC:
      engage_kpi_set_metric (self, g_value_get_enum (value));
      break;

    case PROP_UNIT:
      engage_kpi_set_unit (self, g_value_get_string (value));
      break;

    case PROP_CRITERION:
      engage_kpi_set_criterion (self, g_value_get_enum (value));
      break;

    case PROP_BASELINE_VALUE:
      engage_kpi_set_baseline_value (self, g_value_get_double (value));
      break;

    case PROP_BASELINE_DATE:
      engage_kpi_set_baseline_date (self, g_value_get_string (value));
      break;

    case PROP_TARGET_VALUE:
      engage_kpi_set_target_value (self, g_value_get_double (value));
      break;

    case PROP_START_DATE:
      engage_kpi_set_start_date (self, g_value_get_string (value));
      break;

    case PROP_DUE_DATE:
      engage_kpi_set_due_date (self, g_value_get_string (value));
      break;

    case PROP_CHANNEL_ID:
      engage_kpi_set_channel_id (self, g_value_get_int64 (value));
      break;

    case PROP_SURVEY_ID:
      engage_kpi_set_survey_id (self, g_value_get_int64 (value));
      break;

    case PROP_ENGAGEMENT_BASIS:
      engage_kpi_set_engagement_basis (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      engage_kpi_set_notes (self, g_value_get_string (value));
      break;

    case PROP_POSITION:
      engage_kpi_set_position (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_kpi_class_init (EngageKpiClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = engage_kpi_finalize;
  object_class->get_property = engage_kpi_get_property;
  object_class->set_property = engage_kpi_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, ro);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_METRIC] = g_param_spec_enum ("metric", NULL, NULL, ENGAGE_TYPE_KPI_METRIC,
                                               ENGAGE_KPI_METRIC_CUSTOM, rw);
  properties[PROP_UNIT] = g_param_spec_string ("unit", NULL, NULL, NULL, rw);
  properties[PROP_CRITERION] = g_param_spec_enum ("criterion", NULL, NULL,
                                                  ENGAGE_TYPE_KPI_CRITERION,
                                                  ENGAGE_KPI_CRITERION_AT_LEAST, rw);
  properties[PROP_BASELINE_VALUE] = g_param_spec_double ("baseline-value", NULL, NULL,
                                                         -G_MAXDOUBLE, G_MAXDOUBLE, 0, rw);
  properties[PROP_BASELINE_DATE] = g_param_spec_string ("baseline-date", NULL, NULL, NULL, rw);
  properties[PROP_TARGET_VALUE] = g_param_spec_double ("target-value", NULL, NULL,
                                                       -G_MAXDOUBLE, G_MAXDOUBLE, 0, rw);
  properties[PROP_START_DATE] = g_param_spec_string ("start-date", NULL, NULL, NULL, rw);
  properties[PROP_DUE_DATE] = g_param_spec_string ("due-date", NULL, NULL, NULL, rw);
  properties[PROP_CHANNEL_ID] = g_param_spec_int64 ("channel-id", NULL, NULL,
                                                    0, G_MAXINT64, 0, rw);
  properties[PROP_SURVEY_ID] = g_param_spec_int64 ("survey-id", NULL, NULL,
                                                   0, G_MAXINT64, 0, rw);
  properties[PROP_ENGAGEMENT_BASIS] = g_param_spec_string ("engagement-basis", NULL, NULL,
                                                           NULL, rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, rw);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL,
                                                G_MININT, G_MAXINT, 0, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
engage_kpi_init (EngageKpi *self)
{
  self->name = g_strdup ("");
  self->metric = ENGAGE_KPI_METRIC_CUSTOM;
  self->unit = g_strdup ("");
  self->criterion = ENGAGE_KPI_CRITERION_AT_LEAST;
  self->notes = g_strdup ("");
}

/**
 * engage_kpi_new:
 * @name: (nullable): the KPI's name
 * @metric: what the KPI measures
 *
 * Returns: (transfer full): a KPI not yet in any project, to be reached at
 *   least (see #EngageKpi:criterion)
 */
EngageKpi *
engage_kpi_new (const char      *name,
                EngageKpiMetric  metric)
{
  EngageKpi *self;

  g_return_val_if_fail ((guint) metric <= ENGAGE_KPI_METRIC_CUSTOM, NULL);

  self = g_object_new (ENGAGE_TYPE_KPI, NULL);
  self->metric = metric;
  _engage_store_set_string (&self->name, name ? name : "");

  return self;
}

/**
 * engage_kpi_copy:
 *
 * Returns: (transfer full): an independent copy, e.g. to edit in a dialog
 */
EngageKpi *
engage_kpi_copy (EngageKpi *self)
{
  EngageKpi *copy;

  g_return_val_if_fail (ENGAGE_IS_KPI (self), NULL);

  copy = g_object_new (ENGAGE_TYPE_KPI, NULL);
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  _engage_store_set_string (&copy->name, self->name);
  copy->metric = self->metric;
  _engage_store_set_string (&copy->unit, self->unit);
  copy->criterion = self->criterion;
  copy->baseline_value = self->baseline_value;
  copy->baseline_date = g_strdup (self->baseline_date);
  copy->target_value = self->target_value;
  copy->start_date = g_strdup (self->start_date);
  copy->due_date = g_strdup (self->due_date);
  copy->channel_id = self->channel_id;
  copy->survey_id = self->survey_id;
  copy->engagement_basis = g_strdup (self->engagement_basis);
  _engage_store_set_string (&copy->notes, self->notes);
  copy->position = self->position;

  return copy;
}

gint64
engage_kpi_get_id (EngageKpi *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI (self), 0);
  return self->id;
}

/**
 * engage_kpi_get_uuid:
 *
 * Returns: (nullable): the KPI's UUID, %NULL until it is added to a project
 */
const char *
engage_kpi_get_uuid (EngageKpi *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI (self), NULL);
  return self->uuid;
}

const char *
engage_kpi_get_name (EngageKpi *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI (self), NULL);
  return self->name;
}

void
engage_kpi_set_name (EngageKpi  *self,
                     const char *name)
{
  g_return_if_fail (ENGAGE_IS_KPI (self));

  if (_engage_store_set_string (&self->name, name ? name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

EngageKpiMetric
engage_kpi_get_metric (EngageKpi *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI (self), ENGAGE_KPI_METRIC_CUSTOM);
  return self->metric;
}

void
engage_kpi_set_metric (EngageKpi       *self,
                       EngageKpiMetric  metric)
{
  g_return_if_fail (ENGAGE_IS_KPI (self));
  g_return_if_fail ((guint) metric <= ENGAGE_KPI_METRIC_CUSTOM);

  if (self->metric == metric)
    return;
  self->metric = metric;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METRIC]);
}

/**
 * engage_kpi_get_unit:
 *
 * Returns: the unit the values are shown in ("%", "h" …), or an empty string
 */
const char *
engage_kpi_get_unit (EngageKpi *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI (self), NULL);
  return self->unit;
}

void
engage_kpi_set_unit (EngageKpi  *self,
                     const char *unit)
{
  g_return_if_fail (ENGAGE_IS_KPI (self));

  if (_engage_store_set_string (&self->unit, unit ? unit : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

EngageKpiCriterion
engage_kpi_get_criterion (EngageKpi *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI (self), ENGAGE_KPI_CRITERION_AT_LEAST);
  return self->criterion;
}

void
engage_kpi_set_criterion (EngageKpi          *self,
                          EngageKpiCriterion  criterion)
{
  g_return_if_fail (ENGAGE_IS_KPI (self));
  g_return_if_fail ((guint) criterion <= ENGAGE_KPI_CRITERION_STAY_BELOW);

  if (self->criterion == criterion)
    return;
  self->criterion = criterion;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CRITERION]);
}

double
engage_kpi_get_baseline_value (EngageKpi *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI (self), 0);
  return self->baseline_value;
}

void
engage_kpi_set_baseline_value (EngageKpi *self,
                               double     baseline_value)
{
  g_return_if_fail (ENGAGE_IS_KPI (self));

  if (self->baseline_value == baseline_value)
    return;
  self->baseline_value = baseline_value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASELINE_VALUE]);
}

/**
 * engage_kpi_get_baseline_date:
 *
 * Returns: (nullable): the date of the baseline value as "YYYY-MM-DD"
 */
const char *
engage_kpi_get_baseline_date (EngageKpi *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI (self), NULL);
  return self->baseline_date;
}

/**
 * engage_kpi_set_baseline_date:
 * @baseline_date: (nullable): a date as "YYYY-MM-DD"
 */
void
engage_kpi_set_baseline_date (EngageKpi  *self,
                              const char *baseline_date)
{
  g_return_if_fail (ENGAGE_IS_KPI (self));
  g_return_if_fail (baseline_date == NULL || engage_iso_date_is_valid (baseline_date));

  if (_engage_store_set_string (&self->baseline_date, baseline_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASELINE_DATE]);
}

double
engage_kpi_get_target_value (EngageKpi *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI (self), 0);
  return self->target_value;
}

void
engage_kpi_set_target_value (EngageKpi *self,
                             double     target_value)
{
  g_return_if_fail (ENGAGE_IS_KPI (self));

  if (self->target_value == target_value)
    return;
  self->target_value = target_value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_VALUE]);
}

/**
 * engage_kpi_get_start_date:
 *
 * Returns: (nullable): the first day the KPI counts, as "YYYY-MM-DD"
 */
const char *
engage_kpi_get_start_date (EngageKpi *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI (self), NULL);
  return self->start_date;
}

/**
 * engage_kpi_set_start_date:
 * @start_date: (nullable): a date as "YYYY-MM-DD"
 */
void
engage_kpi_set_start_date (EngageKpi  *self,
                           const char *start_date)
{
  g_return_if_fail (ENGAGE_IS_KPI (self));
  g_return_if_fail (start_date == NULL || engage_iso_date_is_valid (start_date));

  if (_engage_store_set_string (&self->start_date, start_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
}

/**
 * engage_kpi_get_due_date:
 *
 * Returns: (nullable): the day the target is due, as "YYYY-MM-DD"
 */
const char *
engage_kpi_get_due_date (EngageKpi *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI (self), NULL);
  return self->due_date;
}

/**
 * engage_kpi_set_due_date:
 * @due_date: (nullable): a date as "YYYY-MM-DD"
 */
void
engage_kpi_set_due_date (EngageKpi  *self,
                         const char *due_date)
{
  g_return_if_fail (ENGAGE_IS_KPI (self));
  g_return_if_fail (due_date == NULL || engage_iso_date_is_valid (due_date));

  if (_engage_store_set_string (&self->due_date, due_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_DATE]);
}

/**
 * engage_kpi_get_channel_id:
 *
 * Returns: the id of the channel the KPI is about, 0 for all channels
 */
gint64
engage_kpi_get_channel_id (EngageKpi *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI (self), 0);
  return self->channel_id;
}

void
engage_kpi_set_channel_id (EngageKpi *self,
                           gint64     channel_id)
{
  g_return_if_fail (ENGAGE_IS_KPI (self));

  channel_id = MAX (channel_id, 0);
  if (self->channel_id == channel_id)
    return;
  self->channel_id = channel_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANNEL_ID]);
}

/**
 * engage_kpi_get_survey_id:
 *
 * Returns: the id of the NPS survey an NPS KPI is computed from, or 0
 */
gint64
engage_kpi_get_survey_id (EngageKpi *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI (self), 0);
  return self->survey_id;
}

void
engage_kpi_set_survey_id (EngageKpi *self,
                          gint64     survey_id)
{
  g_return_if_fail (ENGAGE_IS_KPI (self));

  survey_id = MAX (survey_id, 0);
  if (self->survey_id == survey_id)
    return;
  self->survey_id = survey_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SURVEY_ID]);
}

/**
 * engage_kpi_get_engagement_basis:
 *
 * Returns: (nullable): what an engagement rate divides by ("reach",
 *   "impressions" or "followers"), or %NULL to use the project's basis
 */
const char *
engage_kpi_get_engagement_basis (EngageKpi *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI (self), NULL);
  return self->engagement_basis;
}

/**
 * engage_kpi_set_engagement_basis:
 * @engagement_basis: (nullable): "reach", "impressions", "followers", or %NULL for
 *   the project's basis
 */
void
engage_kpi_set_engagement_basis (EngageKpi  *self,
                                 const char *engagement_basis)
{
  g_return_if_fail (ENGAGE_IS_KPI (self));
  g_return_if_fail (engagement_basis == NULL || is_engagement_basis (engagement_basis));

  if (_engage_store_set_string (&self->engagement_basis, engagement_basis))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENGAGEMENT_BASIS]);
}

const char *
engage_kpi_get_notes (EngageKpi *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI (self), NULL);
  return self->notes;
}

void
engage_kpi_set_notes (EngageKpi  *self,
                      const char *notes)
{
  g_return_if_fail (ENGAGE_IS_KPI (self));

  if (_engage_store_set_string (&self->notes, notes ? notes : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

int
engage_kpi_get_position (EngageKpi *self)
{
  g_return_val_if_fail (ENGAGE_IS_KPI (self), 0);
  return self->position;
}

void
engage_kpi_set_position (EngageKpi *self,
                         int        position)
{
  g_return_if_fail (ENGAGE_IS_KPI (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

/* Storage */

/**
 * engage_project_add_kpi:
 * @project: an open project
 * @kpi: a new KPI; its id and UUID are set on success
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_add_kpi (EngageProject  *project,
                        EngageKpi      *kpi,
                        GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_KPI (kpi), FALSE);
  g_return_val_if_fail (kpi->id == 0, FALSE);

  stmt = _engage_store_begin (project,
                              "INSERT INTO kpi (uuid, name, metric, unit, criterion, "
                              "baseline_value, baseline_date, target_value, start_date, "
                              "due_date, channel_id, survey_id, engagement_basis, notes, "
                              "position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                              "?11, ?12, ?13, ?14, ?15)",
                              error);
  if (stmt == NULL)
    return FALSE;

  if (kpi->uuid == NULL)
    kpi->uuid = _engage_project_new_uuid (project);

  bind_kpi (stmt, kpi);
  return _engage_store_finish_insert (project, stmt, &kpi->id,
                                      _("Add KPI"), ENGAGE_TABLE_KPI, error);
}

/**
 * engage_project_update_kpi:
 * @project: an open project
 * @kpi: a KPI of @project with changed fields
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_update_kpi (EngageProject  *project,
                           EngageKpi      *kpi,
                           GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_KPI (kpi), FALSE);
  g_return_val_if_fail (kpi->id > 0, FALSE);

  stmt = _engage_store_begin (project,
                              "UPDATE kpi SET uuid = ?1, name = ?2, metric = ?3, unit = ?4, "
                              "criterion = ?5, baseline_value = ?6, baseline_date = ?7, "
                              "target_value = ?8, start_date = ?9, due_date = ?10, "
                              "channel_id = ?11, survey_id = ?12, engagement_basis = ?13, "
                              "notes = ?14, position = ?15 WHERE id = ?16",
                              error);
  if (stmt == NULL)
    return FALSE;

  bind_kpi (stmt, kpi);
  sqlite3_bind_int64 (stmt, 16, kpi->id);
  return _engage_store_finish_update (project, stmt, _("Change KPI"), ENGAGE_TABLE_KPI,
                                      error, _("The KPI “%s” no longer exists."), kpi->name);
}

/**
 * engage_project_delete_kpi:
 * @project: an open project
 * @kpi_id: the id of the KPI to delete
 * @error: return location for a #GError
 *
 * Deletes a KPI and, with it, its measurements (one undo step).
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_delete_kpi (EngageProject  *project,
                           gint64          kpi_id,
                           GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);

  return _engage_store_delete_by_id (project, "DELETE FROM kpi WHERE id = ?1", kpi_id,
                                     _("Delete KPI"),
                                     ENGAGE_TABLE_KPI | ENGAGE_TABLE_MEASUREMENT,
                                     error);
}

/**
 * engage_project_get_kpi:
 * @project: an open project
 * @kpi_id: the id of a KPI
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the KPI, or %NULL if there is none with
 *   that id (without an error) or the query failed (with one)
 */
EngageKpi *
engage_project_get_kpi (EngageProject  *project,
                        gint64          kpi_id,
                        GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return _engage_store_get_by_id (project, SELECT_COLUMNS " WHERE id = ?1", kpi_id,
                                  kpi_from_row, error);
}

static GPtrArray *
load_kpis (EngageProject  *project,
           gpointer        user_data,
           GError        **error)
{
  return _engage_store_load_all (project, SELECT_COLUMNS " ORDER BY position, id",
                                 kpi_from_row, error);
}

/**
 * engage_project_list_kpis:
 * @project: an open project
 *
 * Returns: (transfer full): a live model of #EngageKpi in display order
 */
GListModel *
engage_project_list_kpis (EngageProject *project)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return G_LIST_MODEL (engage_list_model_new (project, ENGAGE_TYPE_KPI, ENGAGE_TABLE_KPI,
                                              load_kpis, NULL, NULL));
}
