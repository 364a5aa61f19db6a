/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-nps-response"

#include "config.h"

#include "engage-nps-response.h"
#include "engage-list-model.h"
#include "engage-project-private.h"

#include <glib/gi18n.h>

/* One answer to an NPS survey: a score from 0 to 10 (or none, -1, when the
 * respondent only left a comment), with the day it was given. The object is a
 * value: edit it, then hand it to engage_project_update_nps_response(). */

struct _EngageNpsResponse
{
  GObject  parent_instance;

  gint64   id;
  gint64   survey_id;
  char    *date;
  int      score;
  char    *comment;
  char    *segment;
  char    *respondent_id;
  gint64   import_batch_id;
};

G_DEFINE_FINAL_TYPE (EngageNpsResponse, engage_nps_response, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SURVEY_ID,
  PROP_DATE,
  PROP_SCORE,
  PROP_COMMENT,
  PROP_SEGMENT,
  PROP_RESPONDENT_ID,
  PROP_IMPORT_BATCH_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define SELECT_COLUMNS \
  "SELECT id, survey_id, date, score, comment, segment, respondent_id, import_batch_id " \
  "FROM nps_response"

#define INSERT_SQL \
  "INSERT INTO nps_response (survey_id, date, score, comment, segment, respondent_id, " \
  "import_batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"

#define IS_SCORE(s) ((s) >= -1 && (s) <= 10)

typedef struct
{
  gint64  survey_id;
  char   *from_date;
  char   *to_date;
} ResponseQuery;

static void
response_query_free (gpointer data)
{
  ResponseQuery *query = data;

  g_free (query->from_date);
  g_free (query->to_date);
  g_free (query);
}

/* An #EngageRowFunc: the row as a new #EngageNpsResponse. */
static gpointer
nps_response_from_row (sqlite3_stmt *stmt)
{
  EngageNpsResponse *self = g_object_new (ENGAGE_TYPE_NPS_RESPONSE, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->survey_id = sqlite3_column_int64 (stmt, 1);
  self->date = g_strdup (_engage_column_text (stmt, 2));
  if (sqlite3_column_type (stmt, 3) == SQLITE_NULL)
    self->score = -1;
  else
    self->score = sqlite3_column_int (stmt, 3);
  g_free (self->comment);
  self->comment = g_strdup (_engage_column_text (stmt, 4));
  g_free (self->segment);
  self->segment = g_strdup (_engage_column_text (stmt, 5));
  g_free (self->respondent_id);
  self->respondent_id = g_strdup (_engage_column_text (stmt, 6));
  self->import_batch_id = sqlite3_column_int64 (stmt, 7);

  return self;
}

static void
bind_nps_response (sqlite3_stmt      *stmt,
                   EngageNpsResponse *self)
{
  _engage_bind_optional_id (stmt, 1, self->survey_id);
  _engage_bind_text (stmt, 2, self->date);
  _engage_bind_optional_int64 (stmt, 3, self->score, self->score != -1);
  _engage_bind_text (stmt, 4, self->comment ? self->comment : "");
  _engage_bind_text (stmt, 5, self->segment ? self->segment : "");
  _engage_bind_text (stmt, 6, self->respondent_id ? self->respondent_id : "");
  _engage_bind_optional_id (stmt, 7, self->import_batch_id);
}

static void
engage_nps_response_finalize (GObject *object)
{
  EngageNpsResponse *self = ENGAGE_NPS_RESPONSE (object);

  g_free (self->date);
  g_free (self->comment);
  g_free (self->segment);
  g_free (self->respondent_id);

  G_OBJECT_CLASS (engage_nps_response_parent_class)->finalize (object);
}

static void
engage_nps_response_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  EngageNpsResponse *self = ENGAGE_NPS_RESPONSE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_SURVEY_ID:
      g_value_set_int64 (value, self->survey_id);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_SCORE:
      g_value_set_int (value, self->score);
      break;

    case PROP_COMMENT:
      g_value_set_string (value, self->comment);
      break;

    case PROP_SEGMENT:
      g_value_set_string (value, self->segment);
      break;

    case PROP_RESPONDENT_ID:
      g_value_set_string (value, self->respondent_id);
      break;

    case PROP_IMPORT_BATCH_ID:
      g_value_set_int64 (value, self->import_batch_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_nps_response_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  EngageNpsResponse *self = ENGAGE_NPS_RESPONSE (object);

  switch (prop_id)
    {
    case PROP_SURVEY_ID:
      engage_nps_response_set_survey_id (self, g_value_get_int64 (value));
      break;

    case PROP_DATE:
      engage_nps_response_set_date (self, g_value_get_string (value));
      break;

    case PROP_SCORE:
      engage_nps_response_set_score (self, g_value_get_int (value));
      break;

    case PROP_COMMENT:
      engage_nps_response_set_comment (self, g_value_get_string (value));
      break;

    case PROP_SEGMENT:
      engage_nps_response_set_segment (self, g_value_get_string (value));
      break;

    case PROP_RESPONDENT_ID:
      engage_nps_response_set_respondent_id (self, g_value_get_string (value));
      break;

    case PROP_IMPORT_BATCH_ID:
      engage_nps_response_set_import_batch_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_nps_response_class_init (EngageNpsResponseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = engage_nps_response_finalize;
  object_class->get_property = engage_nps_response_get_property;
  object_class->set_property = engage_nps_response_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_SURVEY_ID] = g_param_spec_int64 ("survey-id", NULL, NULL,
                                                   0, G_MAXINT64, 0, rw);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, rw);
  properties[PROP_SCORE] = g_param_spec_int ("score", NULL, NULL, -1, 10, -1, rw);
  properties[PROP_COMMENT] = g_param_spec_string ("comment", NULL, NULL, NULL, rw);
  properties[PROP_SEGMENT] = g_param_spec_string ("segment", NULL, NULL, NULL, rw);
  properties[PROP_RESPONDENT_ID] = g_param_spec_string ("respondent-id", NULL, NULL, NULL, rw);
  properties[PROP_IMPORT_BATCH_ID] = g_param_spec_int64 ("import-batch-id", NULL, NULL,
                                                         0, G_MAXINT64, 0, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
engage_nps_response_init (EngageNpsResponse *self)
{
  self->score = -1;
  self->comment = g_strdup ("");
  self->segment = g_strdup ("");
  self->respondent_id = g_strdup ("");
}

/**
 * engage_nps_response_new:
 * @survey_id: the id of the survey answered
 * @date: (nullable): the day of the answer as "YYYY-MM-DD"; a response needs one
 *   before it is stored
 * @score: the score from 0 to 10, or -1 for none
 *
 * Returns: (transfer full): a response not yet in any project
 */
EngageNpsResponse *
engage_nps_response_new (gint64      survey_id,
                         const char *date,
                         int         score)
{
  EngageNpsResponse *self;

  g_return_val_if_fail (date == NULL || engage_iso_date_is_valid (date), NULL);
  g_return_val_if_fail (IS_SCORE (score), NULL);

  self = g_object_new (ENGAGE_TYPE_NPS_RESPONSE, NULL);
  self->survey_id = MAX (survey_id, 0);
  self->date = g_strdup (date);
  self->score = score;

  return self;
}

/**
 * engage_nps_response_copy:
 *
 * Returns: (transfer full): an independent copy, e.g. to edit in a dialog
 */
EngageNpsResponse *
engage_nps_response_copy (EngageNpsResponse *self)
{
  EngageNpsResponse *copy;

  g_return_val_if_fail (ENGAGE_IS_NPS_RESPONSE (self), NULL);

  copy = g_object_new (ENGAGE_TYPE_NPS_RESPONSE, NULL);
  copy->id = self->id;
  copy->survey_id = self->survey_id;
  copy->date = g_strdup (self->date);
  copy->score = self->score;
  _engage_store_set_string (&copy->comment, self->comment);
  _engage_store_set_string (&copy->segment, self->segment);
  _engage_store_set_string (&copy->respondent_id, self->respondent_id);
  copy->import_batch_id = self->import_batch_id;

  return copy;
}

gint64
engage_nps_response_get_id (EngageNpsResponse *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_RESPONSE (self), 0);
  return self->id;
}

gint64
engage_nps_response_get_survey_id (EngageNpsResponse *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_RESPONSE (self), 0);
  return self->survey_id;
}

void
engage_nps_response_set_survey_id (EngageNpsResponse *self,
                                   gint64             survey_id)
{
  g_return_if_fail (ENGAGE_IS_NPS_RESPONSE (self));

  survey_id = MAX (survey_id, 0);
  if (self->survey_id == survey_id)
    return;
  self->survey_id = survey_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SURVEY_ID]);
}

/**
 * engage_nps_response_get_date:
 *
 * Returns: (nullable): the day of the answer as "YYYY-MM-DD"; never %NULL for a
 *   stored response
 */
const char *
engage_nps_response_get_date (EngageNpsResponse *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_RESPONSE (self), NULL);
  return self->date;
}

/**
 * engage_nps_response_set_date:
 * @date: (nullable): a date as "YYYY-MM-DD"
 */
void
engage_nps_response_set_date (EngageNpsResponse *self,
                              const char        *date)
{
  g_return_if_fail (ENGAGE_IS_NPS_RESPONSE (self));
  g_return_if_fail (date == NULL || engage_iso_date_is_valid (date));

  if (_engage_store_set_string (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * engage_nps_response_get_score:
 *
 * Returns: the score from 0 to 10, or -1 if the respondent gave none
 */
int
engage_nps_response_get_score (EngageNpsResponse *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_RESPONSE (self), -1);
  return self->score;
}

/**
 * engage_nps_response_set_score:
 * @score: the score from 0 to 10, or -1 for none
 */
void
engage_nps_response_set_score (EngageNpsResponse *self,
                               int                score)
{
  g_return_if_fail (ENGAGE_IS_NPS_RESPONSE (self));
  g_return_if_fail (IS_SCORE (score));

  if (self->score == score)
    return;
  self->score = score;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE]);
}

const char *
engage_nps_response_get_comment (EngageNpsResponse *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_RESPONSE (self), NULL);
  return self->comment;
}

void
engage_nps_response_set_comment (EngageNpsResponse *self,
                                 const char        *comment)
{
  g_return_if_fail (ENGAGE_IS_NPS_RESPONSE (self));

  if (_engage_store_set_string (&self->comment, comment ? comment : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMENT]);
}

/**
 * engage_nps_response_get_segment:
 *
 * Returns: the group the respondent belongs to (a channel, "regulars" …), or an
 *   empty string
 */
const char *
engage_nps_response_get_segment (EngageNpsResponse *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_RESPONSE (self), NULL);
  return self->segment;
}

void
engage_nps_response_set_segment (EngageNpsResponse *self,
                                 const char        *segment)
{
  g_return_if_fail (ENGAGE_IS_NPS_RESPONSE (self));

  if (_engage_store_set_string (&self->segment, segment ? segment : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEGMENT]);
}

/**
 * engage_nps_response_get_respondent_id:
 *
 * Returns: the survey tool's id of the respondent, or an empty string
 */
const char *
engage_nps_response_get_respondent_id (EngageNpsResponse *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_RESPONSE (self), NULL);
  return self->respondent_id;
}

void
engage_nps_response_set_respondent_id (EngageNpsResponse *self,
                                       const char        *respondent_id)
{
  g_return_if_fail (ENGAGE_IS_NPS_RESPONSE (self));

  if (_engage_store_set_string (&self->respondent_id, respondent_id ? respondent_id : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONDENT_ID]);
}

/**
 * engage_nps_response_get_import_batch_id:
 *
 * Returns: the id of the import that brought the response in, or 0
 */
gint64
engage_nps_response_get_import_batch_id (EngageNpsResponse *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_RESPONSE (self), 0);
  return self->import_batch_id;
}

void
engage_nps_response_set_import_batch_id (EngageNpsResponse *self,
                                         gint64             import_batch_id)
{
  g_return_if_fail (ENGAGE_IS_NPS_RESPONSE (self));

  import_batch_id = MAX (import_batch_id, 0);
  if (self->import_batch_id == import_batch_id)
    return;
  self->import_batch_id = import_batch_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORT_BATCH_ID]);
}

/* Storage */

/* The column is NOT NULL; say so in words rather than with SQLite's message. */
static gboolean
check_date (EngageNpsResponse  *nps_response,
            GError            **error)
{
  if (nps_response->date != NULL)
    return TRUE;

  g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                       _("A survey response needs a date."));
  return FALSE;
}

/* An #EngageBindFunc for INSERT_SQL. */
static gboolean
bind_new_nps_response (sqlite3_stmt  *stmt,
                       gpointer       item,
                       GError       **error)
{
  if (!check_date (item, error))
    return FALSE;

  bind_nps_response (stmt, item);
  return TRUE;
}

/**
 * engage_project_add_nps_response:
 * @project: an open project
 * @nps_response: a new response to a survey of @project; its id is set on success
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_add_nps_response (EngageProject      *project,
                                 EngageNpsResponse  *nps_response,
                                 GError            **error)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_NPS_RESPONSE (nps_response), FALSE);
  g_return_val_if_fail (nps_response->id == 0, FALSE);

  g_ptr_array_add (one, nps_response);
  return _engage_store_insert_all (project, INSERT_SQL, one, bind_new_nps_response,
                                   G_STRUCT_OFFSET (EngageNpsResponse, id),
                                   _("Add Response"), ENGAGE_TABLE_RESPONSE, error);
}

/**
 * engage_project_add_nps_responses:
 * @project: an open project
 * @responses: (element-type EngageNpsResponse): new responses; their ids are set
 *   on success
 * @error: return location for a #GError
 *
 * Adds many responses as one edit (one undo step, one change notification), for
 * importers and the sample project. If one of them is refused, none is added.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_add_nps_responses (EngageProject  *project,
                                  GPtrArray      *responses,
                                  GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (responses != NULL, FALSE);

  for (guint j = 0; j < responses->len; j++)
    {
      EngageNpsResponse *nps_response = g_ptr_array_index (responses, j);

      g_return_val_if_fail (ENGAGE_IS_NPS_RESPONSE (nps_response), FALSE);
      g_return_val_if_fail (nps_response->id == 0, FALSE);
    }

  if (responses->len == 0)
    return TRUE;

  return _engage_store_insert_all (project, INSERT_SQL, responses, bind_new_nps_response,
                                   G_STRUCT_OFFSET (EngageNpsResponse, id),
                                   _("Add Responses"), ENGAGE_TABLE_RESPONSE, error);
}

/**
 * engage_project_update_nps_response:
 * @project: an open project
 * @nps_response: a response of @project with changed fields
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_update_nps_response (EngageProject      *project,
                                    EngageNpsResponse  *nps_response,
                                    GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_NPS_RESPONSE (nps_response), FALSE);
  g_return_val_if_fail (nps_response->id > 0, FALSE);

  if (!check_date (nps_response, error))
    return FALSE;

  stmt = _engage_store_begin (project,
                              "UPDATE nps_response SET survey_id = ?1, date = ?2, score = ?3, "
                              "comment = ?4, segment = ?5, respondent_id = ?6, "
                              "import_batch_id = ?7 WHERE id = ?8",
                              error);
  if (stmt == NULL)
    return FALSE;

  bind_nps_response (stmt, nps_response);
  sqlite3_bind_int64 (stmt, 8, nps_response->id);
  return _engage_store_finish_update (project, stmt, _("Change Response"), ENGAGE_TABLE_RESPONSE,
                                      error, _("The survey response of %s no longer exists."),
                                      nps_response->date);
}

/**
 * engage_project_delete_nps_response:
 * @project: an open project
 * @nps_response_id: the id of the response to delete
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_delete_nps_response (EngageProject  *project,
                                    gint64          nps_response_id,
                                    GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);

  return _engage_store_delete_by_id (project, "DELETE FROM nps_response WHERE id = ?1",
                                     nps_response_id, _("Delete Response"),
                                     ENGAGE_TABLE_RESPONSE, error);
}

/**
 * engage_project_get_nps_response:
 * @project: an open project
 * @nps_response_id: the id of a response
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the response, or %NULL if there is none
 *   with that id (without an error) or the query failed (with one)
 */
EngageNpsResponse *
engage_project_get_nps_response (EngageProject  *project,
                                 gint64          nps_response_id,
                                 GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return _engage_store_get_by_id (project, SELECT_COLUMNS " WHERE id = ?1", nps_response_id,
                                  nps_response_from_row, error);
}

static GPtrArray *
load_nps_responses (EngageProject  *project,
                    gpointer        user_data,
                    GError        **error)
{
  const ResponseQuery *query = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  /* ISO dates sort as text, so the range test needs no date functions. */
  stmt = _engage_project_prepare (project,
                                  SELECT_COLUMNS " WHERE survey_id = ?1 "
                                  "AND (?2 IS NULL OR date >= ?2) "
                                  "AND (?3 IS NULL OR date <= ?3) "
                                  "ORDER BY date, id",
                                  error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, query->survey_id);
  _engage_bind_text (stmt, 2, query->from_date);
  _engage_bind_text (stmt, 3, query->to_date);
  return _engage_store_collect (project, stmt, nps_response_from_row, error);
}

/**
 * engage_project_list_nps_responses:
 * @project: an open project
 * @survey_id: the id of a survey
 * @from_date: (nullable): the first day to include as "YYYY-MM-DD", or %NULL for
 *   no lower bound
 * @to_date: (nullable): the last day to include as "YYYY-MM-DD", or %NULL for no
 *   upper bound
 *
 * Returns: (transfer full): a live model of the survey's #EngageNpsResponse in the
 *   date range, oldest first
 */
GListModel *
engage_project_list_nps_responses (EngageProject *project,
                                   gint64         survey_id,
                                   const char    *from_date,
                                   const char    *to_date)
{
  ResponseQuery *query;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (from_date == NULL || engage_iso_date_is_valid (from_date), NULL);
  g_return_val_if_fail (to_date == NULL || engage_iso_date_is_valid (to_date), NULL);

  query = g_new0 (ResponseQuery, 1);
  query->survey_id = survey_id;
  query->from_date = g_strdup (from_date);
  query->to_date = g_strdup (to_date);

  return G_LIST_MODEL (engage_list_model_new (project, ENGAGE_TYPE_NPS_RESPONSE,
                                              ENGAGE_TABLE_RESPONSE,
                                              load_nps_responses, query,
                                              response_query_free));
}
