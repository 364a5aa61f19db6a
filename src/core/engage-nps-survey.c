/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-nps-survey"

#include "config.h"

#include "engage-nps-survey.h"
#include "engage-list-model.h"
#include "engage-project-private.h"

#include <glib/gi18n.h>

/* A Net Promoter Score survey ("How likely are you to recommend us to a friend?");
 * its answers are EngageNpsResponse rows. The object is a value: edit it, then hand
 * it to engage_project_update_nps_survey(). */

struct _EngageNpsSurvey
{
  GObject  parent_instance;

  gint64   id;
  char    *uuid;
  char    *name;
  char    *question;
};

G_DEFINE_FINAL_TYPE (EngageNpsSurvey, engage_nps_survey, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_NAME,
  PROP_QUESTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define SELECT_COLUMNS \
  "SELECT id, uuid, name, question FROM nps_survey"

/* An #EngageRowFunc: the row as a new #EngageNpsSurvey. */
static gpointer
nps_survey_from_row (sqlite3_stmt *stmt)
{
  EngageNpsSurvey *self = g_object_new (ENGAGE_TYPE_NPS_SURVEY, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->uuid = g_strdup (_engage_column_text (stmt, 1));
  g_free (self->name);
  self->name = g_strdup (_engage_column_text (stmt, 2));
  g_free (self->question);
  self->question = g_strdup (_engage_column_text (stmt, 3));

  return self;
}

static void
bind_nps_survey (sqlite3_stmt    *stmt,
                 EngageNpsSurvey *self)
{
  sqlite3_bind_text (stmt, 1, self->uuid, -1, SQLITE_TRANSIENT);
  _engage_bind_text (stmt, 2, self->name ? self->name : "");
  _engage_bind_text (stmt, 3, self->question ? self->question : "");
}

static void
engage_nps_survey_finalize (GObject *object)
{
  EngageNpsSurvey *self = ENGAGE_NPS_SURVEY (object);

  g_free (self->uuid);
  g_free (self->name);
  g_free (self->question);

  G_OBJECT_CLASS (engage_nps_survey_parent_class)->finalize (object);
}

static void
engage_nps_survey_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  EngageNpsSurvey *self = ENGAGE_NPS_SURVEY (object);

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

    case PROP_QUESTION:
      g_value_set_string (value, self->question);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_nps_survey_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  EngageNpsSurvey *self = ENGAGE_NPS_SURVEY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      engage_nps_survey_set_name (self, g_value_get_string (value));
      break;

    case PROP_QUESTION:
      engage_nps_survey_set_question (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_nps_survey_class_init (EngageNpsSurveyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = engage_nps_survey_finalize;
  object_class->get_property = engage_nps_survey_get_property;
  object_class->set_property = engage_nps_survey_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, ro);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_QUESTION] = g_param_spec_string ("question", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
engage_nps_survey_init (EngageNpsSurvey *self)
{
  self->name = g_strdup ("");
  self->question = g_strdup ("");
}

/**
 * engage_nps_survey_new:
 * @name: (nullable): the survey's name
 *
 * Returns: (transfer full): a survey not yet in any project, without a question
 */
EngageNpsSurvey *
engage_nps_survey_new (const char *name)
{
  EngageNpsSurvey *self = g_object_new (ENGAGE_TYPE_NPS_SURVEY, NULL);

  _engage_store_set_string (&self->name, name ? name : "");

  return self;
}

/**
 * engage_nps_survey_copy:
 *
 * Returns: (transfer full): an independent copy, e.g. to edit in a dialog
 */
EngageNpsSurvey *
engage_nps_survey_copy (EngageNpsSurvey *self)
{
  EngageNpsSurvey *copy;

  g_return_val_if_fail (ENGAGE_IS_NPS_SURVEY (self), NULL);

  copy = g_object_new (ENGAGE_TYPE_NPS_SURVEY, NULL);
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  _engage_store_set_string (&copy->name, self->name);
  _engage_store_set_string (&copy->question, self->question);

  return copy;
}

gint64
engage_nps_survey_get_id (EngageNpsSurvey *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_SURVEY (self), 0);
  return self->id;
}

/**
 * engage_nps_survey_get_uuid:
 *
 * Returns: (nullable): the survey's UUID, %NULL until it is added to a project
 */
const char *
engage_nps_survey_get_uuid (EngageNpsSurvey *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_SURVEY (self), NULL);
  return self->uuid;
}

const char *
engage_nps_survey_get_name (EngageNpsSurvey *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_SURVEY (self), NULL);
  return self->name;
}

void
engage_nps_survey_set_name (EngageNpsSurvey *self,
                            const char      *name)
{
  g_return_if_fail (ENGAGE_IS_NPS_SURVEY (self));

  if (_engage_store_set_string (&self->name, name ? name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * engage_nps_survey_get_question:
 *
 * Returns: the question the respondents answered, or an empty string
 */
const char *
engage_nps_survey_get_question (EngageNpsSurvey *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_SURVEY (self), NULL);
  return self->question;
}

void
engage_nps_survey_set_question (EngageNpsSurvey *self,
                                const char      *question)
{
  g_return_if_fail (ENGAGE_IS_NPS_SURVEY (self));

  if (_engage_store_set_string (&self->question, question ? question : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUESTION]);
}

/* Storage */

/**
 * engage_project_add_nps_survey:
 * @project: an open project
 * @nps_survey: a new survey; its id and UUID are set on success
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_add_nps_survey (EngageProject    *project,
                               EngageNpsSurvey  *nps_survey,
                               GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_NPS_SURVEY (nps_survey), FALSE);
  g_return_val_if_fail (nps_survey->id == 0, FALSE);

  stmt = _engage_store_begin (project,
                              "INSERT INTO nps_survey (uuid, name, question) "
                              "VALUES (?1, ?2, ?3)",
                              error);
  if (stmt == NULL)
    return FALSE;

  if (nps_survey->uuid == NULL)
    nps_survey->uuid = _engage_project_new_uuid (project);

  bind_nps_survey (stmt, nps_survey);
  return _engage_store_finish_insert (project, stmt, &nps_survey->id,
                                      _("Add Survey"), ENGAGE_TABLE_SURVEY, error);
}

/**
 * engage_project_update_nps_survey:
 * @project: an open project
 * @nps_survey: a survey of @project with changed fields
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_update_nps_survey (EngageProject    *project,
                                  EngageNpsSurvey  *nps_survey,
                                  GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_NPS_SURVEY (nps_survey), FALSE);
  g_return_val_if_fail (nps_survey->id > 0, FALSE);

  stmt = _engage_store_begin (project,
                              "UPDATE nps_survey SET uuid = ?1, name = ?2, question = ?3 "
                              "WHERE id = ?4",
                              error);
  if (stmt == NULL)
    return FALSE;

  bind_nps_survey (stmt, nps_survey);
  sqlite3_bind_int64 (stmt, 4, nps_survey->id);
  return _engage_store_finish_update (project, stmt, _("Change Survey"), ENGAGE_TABLE_SURVEY,
                                      error, _("The survey “%s” no longer exists."),
                                      nps_survey->name);
}

/**
 * engage_project_delete_nps_survey:
 * @project: an open project
 * @nps_survey_id: the id of the survey to delete
 * @error: return location for a #GError
 *
 * Deletes a survey and, with it, its responses (one undo step). KPIs computed from
 * the survey keep their place but lose the link.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_delete_nps_survey (EngageProject  *project,
                                  gint64          nps_survey_id,
                                  GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);

  return _engage_store_delete_by_id (project, "DELETE FROM nps_survey WHERE id = ?1",
                                     nps_survey_id, _("Delete Survey"),
                                     ENGAGE_TABLE_SURVEY | ENGAGE_TABLE_RESPONSE | ENGAGE_TABLE_KPI,
                                     error);
}

/**
 * engage_project_get_nps_survey:
 * @project: an open project
 * @nps_survey_id: the id of a survey
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the survey, or %NULL if there is none with
 *   that id (without an error) or the query failed (with one)
 */
EngageNpsSurvey *
engage_project_get_nps_survey (EngageProject  *project,
                               gint64          nps_survey_id,
                               GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return _engage_store_get_by_id (project, SELECT_COLUMNS " WHERE id = ?1", nps_survey_id,
                                  nps_survey_from_row, error);
}

static GPtrArray *
load_nps_surveys (EngageProject  *project,
                  gpointer        user_data,
                  GError        **error)
{
  return _engage_store_load_all (project, SELECT_COLUMNS " ORDER BY id",
                                 nps_survey_from_row, error);
}

/**
 * engage_project_list_nps_surveys:
 * @project: an open project
 *
 * Returns: (transfer full): a live model of #EngageNpsSurvey, oldest first
 */
GListModel *
engage_project_list_nps_surveys (EngageProject *project)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return G_LIST_MODEL (engage_list_model_new (project, ENGAGE_TYPE_NPS_SURVEY,
                                              ENGAGE_TABLE_SURVEY,
                                              load_nps_surveys, NULL, NULL));
}
