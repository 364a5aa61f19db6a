/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-nps-query"

#include "config.h"

#include "engage-nps-query.h"

#include "engage-nps-response.h"
#include "engage-project-private.h"

#include <glib/gi18n.h>
#include <string.h>

/*
 * The responses of a survey that match a filter (category, segment, date
 * range, words in the comment, only those with a comment), newest first, for
 * the comments list of the NPS view. A survey may hold a hundred thousand
 * responses, so the model never loads them all: it counts the matches in SQL
 * and holds only the first pages (LIMIT), which load_more() extends. When the
 * project changes, the same rows are read again and the views hear only of
 * the span that differs, so a list keeps its widgets and scroll position when
 * one response is added or deleted.
 */

struct _EngageNpsQuery
{
  GObject            parent_instance;

  /* Owned */
  EngageProject     *project;
  GPtrArray         *items;        /* EngageNpsResponse, newest first */

  /* Filter */
  gint64             survey_id;
  EngageNpsCategory  category;
  char              *segment;      /* NULL: any */
  char              *from_date;    /* NULL: no lower bound */
  char              *to_date;      /* NULL: no upper bound */
  char              *text;         /* NULL: any; as typed */
  char              *folded_text;  /* NULL: any; normalized and case-folded */
  gboolean           with_comment;

  /* Paging */
  guint              page_size;
  guint              limit;
  guint              n_matches;

  /* The connection engage_fold() was registered on */
  sqlite3           *fold_db;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (EngageNpsQuery, engage_nps_query, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_SURVEY_ID,
  PROP_CATEGORY,
  PROP_SEGMENT,
  PROP_FROM_DATE,
  PROP_TO_DATE,
  PROP_TEXT,
  PROP_WITH_COMMENT,
  PROP_PAGE_SIZE,
  PROP_N_MATCHES,
  PROP_HAS_MORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The filter, shared by the count and the page so that they always agree.
 * ISO dates sort as text; a response without a score belongs to no category. */
#define FILTER_SQL \
  "FROM nps_response WHERE survey_id = ?1 " \
  "AND (?2 = 0 OR (?2 = 1 AND score >= 9) OR (?2 = 2 AND score BETWEEN 7 AND 8) " \
  "     OR (?2 = 3 AND score <= 6)) " \
  "AND (?3 IS NULL OR segment = ?3) " \
  "AND (?4 IS NULL OR date >= ?4) " \
  "AND (?5 IS NULL OR date <= ?5) " \
  "AND (?6 = 0 OR comment <> '') " \
  "AND (?7 IS NULL OR instr (engage_fold (comment), ?7) > 0) "

#define COUNT_SQL "SELECT count(*) " FILTER_SQL

#define PAGE_SQL \
  "SELECT id, date, score, comment, segment, respondent_id " FILTER_SQL \
  "ORDER BY date DESC, id DESC LIMIT ?8"

/* The page after the response (?9, ?10): seeks by the sort key instead of
 * counting past the rows already loaded, so each page costs the same. */
#define NEXT_PAGE_SQL \
  "SELECT id, date, score, comment, segment, respondent_id " FILTER_SQL \
  "AND (date < ?9 OR (date = ?9 AND id < ?10)) " \
  "ORDER BY date DESC, id DESC LIMIT ?8"

/* Text search */

/* Normalized and case-folded, so that "über" finds "ÜBER" and a precomposed
 * "ü" finds a decomposed one; SQLite's own lower() and LIKE fold ASCII only. */
static char *
fold_text (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_DEFAULT);

  if (normalized == NULL)
    return NULL;
  return g_utf8_casefold (normalized, -1);
}

static void
fold_sql_function (sqlite3_context  *context,
                   int               argc,
                   sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  char *folded;

  if (text == NULL)
    {
      sqlite3_result_null (context);
      return;
    }

  folded = fold_text (text);
  if (folded == NULL)
    sqlite3_result_text (context, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_result_text (context, folded, -1, g_free);
}

/* The function is the connection's, not the file's: register it on each
 * connection the project uses before the first query that needs it. */
static gboolean
ensure_fold_function (EngageNpsQuery  *self,
                      GError         **error)
{
  sqlite3 *db = _engage_project_get_db (self->project);

  if (db == self->fold_db)
    return TRUE;

  if (sqlite3_create_function_v2 (db, "engage_fold", 1,
                                  SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                  NULL, fold_sql_function, NULL, NULL, NULL) != SQLITE_OK)
    {
      _engage_project_set_sql_error (self->project, error);
      return FALSE;
    }

  self->fold_db = db;
  return TRUE;
}

/* Queries */

static sqlite3_stmt *
prepare_filtered (EngageNpsQuery  *self,
                  const char      *sql,
                  GError         **error)
{
  sqlite3_stmt *stmt;

  if (!ensure_fold_function (self, error))
    return NULL;

  stmt = _engage_project_prepare (self->project, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, self->survey_id);
  sqlite3_bind_int (stmt, 2, self->category);
  _engage_bind_text (stmt, 3, self->segment);
  _engage_bind_text (stmt, 4, self->from_date);
  _engage_bind_text (stmt, 5, self->to_date);
  sqlite3_bind_int (stmt, 6, self->with_comment ? 1 : 0);
  _engage_bind_text (stmt, 7, self->folded_text);

  return stmt;
}

static gboolean
count_matches (EngageNpsQuery  *self,
               guint           *n_matches,
               GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare_filtered (self, COUNT_SQL, error);

  if (stmt == NULL)
    return FALSE;

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _engage_project_set_sql_error (self->project, error);
      return FALSE;
    }

  *n_matches = (guint) MIN (sqlite3_column_int64 (stmt, 0), G_MAXUINT);
  return TRUE;
}

static gboolean
response_shows_row (EngageNpsResponse *response,
                    sqlite3_stmt      *stmt)
{
  int score = sqlite3_column_type (stmt, 2) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 2);

  return engage_nps_response_get_score (response) == score &&
         g_strcmp0 (engage_nps_response_get_date (response), _engage_column_text (stmt, 1)) == 0 &&
         g_strcmp0 (engage_nps_response_get_comment (response), _engage_column_text (stmt, 3)) == 0 &&
         g_strcmp0 (engage_nps_response_get_segment (response), _engage_column_text (stmt, 4)) == 0 &&
         g_strcmp0 (engage_nps_response_get_respondent_id (response), _engage_column_text (stmt, 5)) == 0;
}

/* The first @limit matches, or with @after the @limit after it. A response
 * already loaded and unchanged is kept as the same object, so that the
 * caller can tell what changed. */
static GPtrArray *
load_page (EngageNpsQuery     *self,
           GPtrArray          *old_items,
           EngageNpsResponse  *after,
           guint               limit,
           GError            **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  for (guint i = 0; old_items != NULL && i < old_items->len; i++)
    {
      EngageNpsResponse *response = g_ptr_array_index (old_items, i);
      gint64 id = engage_nps_response_get_id (response);

      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), response);
    }

  stmt = prepare_filtered (self, after != NULL ? NEXT_PAGE_SQL : PAGE_SQL, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 8, limit);
  if (after != NULL)
    {
      _engage_bind_text (stmt, 9, engage_nps_response_get_date (after));
      sqlite3_bind_int64 (stmt, 10, engage_nps_response_get_id (after));
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      EngageNpsResponse *old = g_hash_table_lookup (by_id, &id);
      EngageNpsResponse *response;

      if (old != NULL && response_shows_row (old, stmt))
        {
          g_ptr_array_add (items, g_object_ref (old));
          continue;
        }

      response = engage_project_get_nps_response (self->project, id, error);
      if (response == NULL)
        {
          if (error != NULL && *error == NULL)
            {
              /* The number goes in as text: xgettext cannot read G_GINT64_FORMAT. */
              g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

              g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                           _("The survey response %s could not be read."), number);
            }
          return NULL;
        }

      g_ptr_array_add (items, response);
    }

  if (rc != SQLITE_DONE)
    {
      _engage_project_set_sql_error (self->project, error);
      return NULL;
    }

  return g_steal_pointer (&items);
}

/* Reads the matches again; with @reset_limit (a new filter) from the first
 * page, else as many as are loaded now (an edit). */
static void
reload (EngageNpsQuery *self,
        gboolean        reset_limit)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) old_items = NULL;
  g_autoptr(GError) error = NULL;
  gboolean had_more = engage_nps_query_get_has_more (self);
  guint old_matches = self->n_matches;
  guint n_matches = 0;
  guint old_len, new_len, prefix = 0, suffix = 0;

  if (reset_limit)
    self->limit = self->page_size;

  if (self->project != NULL && engage_project_is_open (self->project) && self->survey_id > 0)
    {
      if (count_matches (self, &n_matches, &error))
        items = load_page (self, self->items, NULL, self->limit, &error);
      if (items == NULL)
        {
          g_warning ("Could not query the survey responses: %s", error->message);
          n_matches = 0;
        }
    }

  if (items == NULL)
    items = g_ptr_array_new_with_free_func (g_object_unref);

  old_items = g_steal_pointer (&self->items);
  self->items = g_steal_pointer (&items);
  self->n_matches = MAX (n_matches, self->items->len);

  old_len = old_items->len;
  new_len = self->items->len;
  while (prefix < old_len && prefix < new_len &&
         g_ptr_array_index (old_items, prefix) == g_ptr_array_index (self->items, prefix))
    prefix++;
  while (suffix < old_len - prefix && suffix < new_len - prefix &&
         g_ptr_array_index (old_items, old_len - 1 - suffix) ==
         g_ptr_array_index (self->items, new_len - 1 - suffix))
    suffix++;

  if (old_len - prefix - suffix > 0 || new_len - prefix - suffix > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                old_len - prefix - suffix, new_len - prefix - suffix);

  if (old_matches != self->n_matches)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MATCHES]);
  if (had_more != engage_nps_query_get_has_more (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_MORE]);
}

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* GListModel */

static GType
engage_nps_query_get_item_type (GListModel *model)
{
  return ENGAGE_TYPE_NPS_RESPONSE;
}

static guint
engage_nps_query_get_n_items (GListModel *model)
{
  return ENGAGE_NPS_QUERY (model)->items->len;
}

static gpointer
engage_nps_query_get_item (GListModel *model,
                           guint       position)
{
  EngageNpsQuery *self = ENGAGE_NPS_QUERY (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = engage_nps_query_get_item_type;
  iface->get_n_items = engage_nps_query_get_n_items;
  iface->get_item = engage_nps_query_get_item;
}

/* Callbacks */

static void
on_project_changed_cb (EngageNpsQuery *self,
                       guint           tables,
                       EngageProject  *project)
{
  if (tables & (ENGAGE_TABLE_RESPONSE | ENGAGE_TABLE_SURVEY))
    reload (self, FALSE);
}

/* Vfuncs */

static void
engage_nps_query_constructed (GObject *object)
{
  EngageNpsQuery *self = ENGAGE_NPS_QUERY (object);

  G_OBJECT_CLASS (engage_nps_query_parent_class)->constructed (object);

  g_assert (ENGAGE_IS_PROJECT (self->project));

  g_signal_connect_object (self->project, "changed",
                           G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);
  reload (self, TRUE);
}

static void
engage_nps_query_dispose (GObject *object)
{
  EngageNpsQuery *self = ENGAGE_NPS_QUERY (object);

  g_clear_object (&self->project);

  G_OBJECT_CLASS (engage_nps_query_parent_class)->dispose (object);
}

static void
engage_nps_query_finalize (GObject *object)
{
  EngageNpsQuery *self = ENGAGE_NPS_QUERY (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_free (self->segment);
  g_free (self->from_date);
  g_free (self->to_date);
  g_free (self->text);
  g_free (self->folded_text);

  G_OBJECT_CLASS (engage_nps_query_parent_class)->finalize (object);
}

static void
engage_nps_query_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  EngageNpsQuery *self = ENGAGE_NPS_QUERY (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_SURVEY_ID:
      g_value_set_int64 (value, self->survey_id);
      break;

    case PROP_CATEGORY:
      g_value_set_int (value, self->category);
      break;

    case PROP_SEGMENT:
      g_value_set_string (value, self->segment);
      break;

    case PROP_FROM_DATE:
      g_value_set_string (value, self->from_date);
      break;

    case PROP_TO_DATE:
      g_value_set_string (value, self->to_date);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_WITH_COMMENT:
      g_value_set_boolean (value, self->with_comment);
      break;

    case PROP_PAGE_SIZE:
      g_value_set_uint (value, self->page_size);
      break;

    case PROP_N_MATCHES:
      g_value_set_uint (value, self->n_matches);
      break;

    case PROP_HAS_MORE:
      g_value_set_boolean (value, engage_nps_query_get_has_more (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_nps_query_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  EngageNpsQuery *self = ENGAGE_NPS_QUERY (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;

    case PROP_SURVEY_ID:
      engage_nps_query_set_survey_id (self, g_value_get_int64 (value));
      break;

    case PROP_CATEGORY:
      engage_nps_query_set_category (self, g_value_get_int (value));
      break;

    case PROP_SEGMENT:
      engage_nps_query_set_segment (self, g_value_get_string (value));
      break;

    case PROP_FROM_DATE:
      engage_nps_query_set_range (self, g_value_get_string (value), self->to_date);
      break;

    case PROP_TO_DATE:
      engage_nps_query_set_range (self, self->from_date, g_value_get_string (value));
      break;

    case PROP_TEXT:
      engage_nps_query_set_text (self, g_value_get_string (value));
      break;

    case PROP_WITH_COMMENT:
      engage_nps_query_set_with_comment (self, g_value_get_boolean (value));
      break;

    case PROP_PAGE_SIZE:
      engage_nps_query_set_page_size (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_nps_query_class_init (EngageNpsQueryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->constructed = engage_nps_query_constructed;
  object_class->dispose = engage_nps_query_dispose;
  object_class->finalize = engage_nps_query_finalize;
  object_class->get_property = engage_nps_query_get_property;
  object_class->set_property = engage_nps_query_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, ENGAGE_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SURVEY_ID] = g_param_spec_int64 ("survey-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_CATEGORY] = g_param_spec_int ("category", NULL, NULL,
                                                ENGAGE_NPS_CATEGORY_ANY, ENGAGE_NPS_CATEGORY_DETRACTOR,
                                                ENGAGE_NPS_CATEGORY_ANY, rw);
  properties[PROP_SEGMENT] = g_param_spec_string ("segment", NULL, NULL, NULL, rw);
  properties[PROP_FROM_DATE] = g_param_spec_string ("from-date", NULL, NULL, NULL, rw);
  properties[PROP_TO_DATE] = g_param_spec_string ("to-date", NULL, NULL, NULL, rw);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, rw);
  properties[PROP_WITH_COMMENT] = g_param_spec_boolean ("with-comment", NULL, NULL, FALSE, rw);
  properties[PROP_PAGE_SIZE] = g_param_spec_uint ("page-size", NULL, NULL, 1, G_MAXUINT,
                                                  ENGAGE_NPS_QUERY_PAGE_SIZE, rw);
  properties[PROP_N_MATCHES] = g_param_spec_uint ("n-matches", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_HAS_MORE] = g_param_spec_boolean ("has-more", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
engage_nps_query_init (EngageNpsQuery *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->page_size = ENGAGE_NPS_QUERY_PAGE_SIZE;
  self->limit = self->page_size;
}

/* Reloads only once the object is complete: construct properties come first. */
static void
filter_changed (EngageNpsQuery *self,
                GParamSpec     *pspec)
{
  if (self->project != NULL)
    reload (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/* Public API */

/**
 * engage_nps_category_for_score:
 * @score: a score from 0 to 10, or -1 for none
 *
 * Returns: the category of @score; %ENGAGE_NPS_CATEGORY_ANY for no score
 */
EngageNpsCategory
engage_nps_category_for_score (int score)
{
  if (score >= 9 && score <= 10)
    return ENGAGE_NPS_CATEGORY_PROMOTER;
  if (score >= 7 && score <= 8)
    return ENGAGE_NPS_CATEGORY_PASSIVE;
  if (score >= 0 && score <= 6)
    return ENGAGE_NPS_CATEGORY_DETRACTOR;
  return ENGAGE_NPS_CATEGORY_ANY;
}

/**
 * engage_nps_category_get_label:
 * @category: a category
 *
 * Returns: the translated name of one member of @category ("Promoter"), or
 *   "No score" for %ENGAGE_NPS_CATEGORY_ANY
 */
const char *
engage_nps_category_get_label (EngageNpsCategory category)
{
  switch (category)
    {
    case ENGAGE_NPS_CATEGORY_PROMOTER:
      return C_("nps category", "Promoter");
    case ENGAGE_NPS_CATEGORY_PASSIVE:
      return C_("nps category", "Passive");
    case ENGAGE_NPS_CATEGORY_DETRACTOR:
      return C_("nps category", "Detractor");
    case ENGAGE_NPS_CATEGORY_ANY:
    default:
      return C_("nps category", "No score");
    }
}

/**
 * engage_nps_query_new:
 * @project: an open project
 * @survey_id: the survey whose responses to list; 0 for none
 *
 * Returns: (transfer full): a model of all of the survey's responses, newest
 *   first, holding the first page; narrow it with the setters
 */
EngageNpsQuery *
engage_nps_query_new (EngageProject *project,
                      gint64         survey_id)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return g_object_new (ENGAGE_TYPE_NPS_QUERY,
                       "project", project,
                       "survey-id", MAX (survey_id, 0),
                       NULL);
}

/**
 * engage_nps_query_get_project:
 *
 * Returns: (transfer none): the project
 */
EngageProject *
engage_nps_query_get_project (EngageNpsQuery *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_QUERY (self), NULL);
  return self->project;
}

gint64
engage_nps_query_get_survey_id (EngageNpsQuery *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_QUERY (self), 0);
  return self->survey_id;
}

/**
 * engage_nps_query_set_survey_id:
 * @survey_id: the survey whose responses to list; 0 for none
 */
void
engage_nps_query_set_survey_id (EngageNpsQuery *self,
                                gint64          survey_id)
{
  g_return_if_fail (ENGAGE_IS_NPS_QUERY (self));

  survey_id = MAX (survey_id, 0);
  if (self->survey_id == survey_id)
    return;
  self->survey_id = survey_id;
  filter_changed (self, properties[PROP_SURVEY_ID]);
}

EngageNpsCategory
engage_nps_query_get_category (EngageNpsQuery *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_QUERY (self), ENGAGE_NPS_CATEGORY_ANY);
  return self->category;
}

/**
 * engage_nps_query_set_category:
 * @category: the category to list, or %ENGAGE_NPS_CATEGORY_ANY for all
 *   responses, those without a score included
 */
void
engage_nps_query_set_category (EngageNpsQuery    *self,
                               EngageNpsCategory  category)
{
  g_return_if_fail (ENGAGE_IS_NPS_QUERY (self));
  g_return_if_fail (category <= ENGAGE_NPS_CATEGORY_DETRACTOR);

  if (self->category == category)
    return;
  self->category = category;
  filter_changed (self, properties[PROP_CATEGORY]);
}

/**
 * engage_nps_query_get_segment:
 *
 * Returns: (nullable): the segment listed, or %NULL for all
 */
const char *
engage_nps_query_get_segment (EngageNpsQuery *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_QUERY (self), NULL);
  return self->segment;
}

/**
 * engage_nps_query_set_segment:
 * @segment: (nullable): list only the responses of this segment (as stored,
 *   "" for those without one); %NULL for all
 */
void
engage_nps_query_set_segment (EngageNpsQuery *self,
                              const char     *segment)
{
  g_return_if_fail (ENGAGE_IS_NPS_QUERY (self));

  if (set_string (&self->segment, segment))
    filter_changed (self, properties[PROP_SEGMENT]);
}

/**
 * engage_nps_query_get_from_date:
 *
 * Returns: (nullable): the first day listed, "YYYY-MM-DD", or %NULL
 */
const char *
engage_nps_query_get_from_date (EngageNpsQuery *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_QUERY (self), NULL);
  return self->from_date;
}

/**
 * engage_nps_query_get_to_date:
 *
 * Returns: (nullable): the last day listed, "YYYY-MM-DD", or %NULL
 */
const char *
engage_nps_query_get_to_date (EngageNpsQuery *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_QUERY (self), NULL);
  return self->to_date;
}

/**
 * engage_nps_query_set_range:
 * @from_date: (nullable): the first day to list, "YYYY-MM-DD"; %NULL for no
 *   lower bound
 * @to_date: (nullable): the last day to list; %NULL for no upper bound
 *
 * Both days are included. Changes both bounds with one query.
 */
void
engage_nps_query_set_range (EngageNpsQuery *self,
                            const char     *from_date,
                            const char     *to_date)
{
  gboolean from_changed, to_changed;

  g_return_if_fail (ENGAGE_IS_NPS_QUERY (self));
  g_return_if_fail (from_date == NULL || engage_iso_date_is_valid (from_date));
  g_return_if_fail (to_date == NULL || engage_iso_date_is_valid (to_date));

  from_changed = set_string (&self->from_date, from_date);
  to_changed = set_string (&self->to_date, to_date);
  if (!from_changed && !to_changed)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->project != NULL)
    reload (self, TRUE);
  if (from_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROM_DATE]);
  if (to_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TO_DATE]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * engage_nps_query_get_text:
 *
 * Returns: (nullable): the words searched for in the comments, or %NULL
 */
const char *
engage_nps_query_get_text (EngageNpsQuery *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_QUERY (self), NULL);
  return self->text;
}

/**
 * engage_nps_query_set_text:
 * @text: (nullable): list only responses whose comment contains this text,
 *   ignoring case; %NULL or blank for all
 */
void
engage_nps_query_set_text (EngageNpsQuery *self,
                           const char     *text)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (ENGAGE_IS_NPS_QUERY (self));

  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (!set_string (&self->text, stripped[0] != '\0' ? stripped : NULL))
    return;

  g_clear_pointer (&self->folded_text, g_free);
  if (self->text != NULL)
    self->folded_text = fold_text (self->text);
  filter_changed (self, properties[PROP_TEXT]);
}

gboolean
engage_nps_query_get_with_comment (EngageNpsQuery *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_QUERY (self), FALSE);
  return self->with_comment;
}

/**
 * engage_nps_query_set_with_comment:
 * @with_comment: %TRUE to list only the responses with a comment
 */
void
engage_nps_query_set_with_comment (EngageNpsQuery *self,
                                   gboolean        with_comment)
{
  g_return_if_fail (ENGAGE_IS_NPS_QUERY (self));

  with_comment = !!with_comment;
  if (self->with_comment == with_comment)
    return;
  self->with_comment = with_comment;
  filter_changed (self, properties[PROP_WITH_COMMENT]);
}

guint
engage_nps_query_get_page_size (EngageNpsQuery *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_QUERY (self), ENGAGE_NPS_QUERY_PAGE_SIZE);
  return self->page_size;
}

/**
 * engage_nps_query_set_page_size:
 * @page_size: how many responses the model holds at first and adds with each
 *   engage_nps_query_load_more()
 */
void
engage_nps_query_set_page_size (EngageNpsQuery *self,
                                guint           page_size)
{
  g_return_if_fail (ENGAGE_IS_NPS_QUERY (self));
  g_return_if_fail (page_size > 0);

  if (self->page_size == page_size)
    return;
  self->page_size = page_size;
  filter_changed (self, properties[PROP_PAGE_SIZE]);
}

/**
 * engage_nps_query_get_n_matches:
 *
 * Returns: how many responses match the filter, loaded or not
 */
guint
engage_nps_query_get_n_matches (EngageNpsQuery *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_QUERY (self), 0);
  return self->n_matches;
}

/**
 * engage_nps_query_get_has_more:
 *
 * Returns: %TRUE if more responses match than the model holds
 */
gboolean
engage_nps_query_get_has_more (EngageNpsQuery *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_QUERY (self), FALSE);
  return self->items != NULL && self->n_matches > self->items->len;
}

/**
 * engage_nps_query_load_more:
 *
 * Adds the next page of matches to the end of the model.
 */
void
engage_nps_query_load_more (EngageNpsQuery *self)
{
  g_return_if_fail (ENGAGE_IS_NPS_QUERY (self));

  g_autoptr(GPtrArray) page = NULL;
  g_autoptr(GError) error = NULL;
  EngageNpsResponse *last;
  guint position;

  if (!engage_nps_query_get_has_more (self) || self->items->len == 0)
    return;

  /* The count stays as it is: only the next rows are read and appended. */
  last = g_ptr_array_index (self->items, self->items->len - 1);
  page = load_page (self, NULL, last, self->page_size, &error);
  if (page == NULL)
    {
      g_warning ("Could not query the survey responses: %s", error->message);
      return;
    }

  position = self->items->len;
  g_ptr_array_extend_and_steal (self->items, g_steal_pointer (&page));
  self->limit = self->items->len;
  /* Fewer rows than counted (a change not yet heard of): what is loaded is all. */
  if (self->items->len == position || self->items->len > self->n_matches)
    {
      self->n_matches = self->items->len;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MATCHES]);
    }

  if (self->items->len > position)
    g_list_model_items_changed (G_LIST_MODEL (self), position, 0, self->items->len - position);
  if (!engage_nps_query_get_has_more (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_MORE]);
}

/**
 * engage_nps_query_reload:
 *
 * Reads the matches again, as many as are loaded. The model does this by
 * itself when the project's responses change.
 */
void
engage_nps_query_reload (EngageNpsQuery *self)
{
  g_return_if_fail (ENGAGE_IS_NPS_QUERY (self));

  reload (self, FALSE);
}

static int
compare_segments (gconstpointer a,
                  gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/**
 * engage_project_list_nps_segments:
 * @project: an open project
 * @survey_id: a survey, or 0 for all surveys
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the distinct segments the responses name, in the
 *   order of the user's language, without the empty one; %NULL with @error
 *   when the query failed
 */
GStrv
engage_project_list_nps_segments (EngageProject  *project,
                                  gint64          survey_id,
                                  GError        **error)
{
  g_autoptr(GPtrArray) segments = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _engage_project_prepare (project,
                                  "SELECT DISTINCT segment FROM nps_response "
                                  "WHERE (?1 = 0 OR survey_id = ?1) AND segment <> ''",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, MAX (survey_id, 0));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (segments, g_strdup (_engage_column_text (stmt, 0)));

  if (rc != SQLITE_DONE)
    {
      _engage_project_set_sql_error (project, error);
      return NULL;
    }

  g_ptr_array_sort (segments, compare_segments);
  g_ptr_array_add (segments, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&segments), FALSE);
}

/**
 * engage_project_find_latest_nps_survey:
 * @project: an open project
 * @error: return location for a #GError
 *
 * Finds the survey a view should show first: the one with the latest
 * response; of surveys without responses, the one added last.
 *
 * Returns: the survey's id, or 0 if the project has no survey or the query
 *   failed (then with @error)
 */
gint64
engage_project_find_latest_nps_survey (EngageProject  *project,
                                       GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  stmt = _engage_project_prepare (project,
                                  "SELECT s.id FROM nps_survey s "
                                  "LEFT JOIN nps_response r ON r.survey_id = s.id "
                                  "GROUP BY s.id "
                                  "ORDER BY max (r.date) IS NULL, max (r.date) DESC, s.id DESC "
                                  "LIMIT 1",
                                  error);
  if (stmt == NULL)
    return 0;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_DONE)
    _engage_project_set_sql_error (project, error);
  return 0;
}
