/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-post-metric"

#include "config.h"

#include "engage-post-metric.h"
#include "engage-list-model.h"
#include "engage-project-private.h"

#include <string.h>

#include <glib/gi18n.h>

/* What the platforms counted for one post on one date, as raw numbers read from
 * their analytics exports. A count the export did not have is unknown (-1, NULL
 * in the file), never 0: a rate is computed from these when shown, never stored.
 * The object is a value: edit it, then hand it to
 * engage_project_update_post_metric(). */

typedef enum
{
  COUNT_IMPRESSIONS,
  COUNT_REACH,
  COUNT_VIEWS,
  COUNT_REACTIONS,
  COUNT_COMMENTS,
  COUNT_SHARES,
  COUNT_SAVES,
  COUNT_CLICKS,
  COUNT_FOLLOWS,
  N_COUNTS
} Count;

struct _EngagePostMetric
{
  GObject  parent_instance;

  gint64   id;
  gint64   post_id;
  char    *date;
  gint64   counts[N_COUNTS];
  gint64   import_batch_id;
};

G_DEFINE_FINAL_TYPE (EngagePostMetric, engage_post_metric, G_TYPE_OBJECT)

/* The count properties follow the order of Count. */
enum {
  PROP_0,
  PROP_ID,
  PROP_POST_ID,
  PROP_DATE,
  PROP_IMPRESSIONS,
  PROP_REACH,
  PROP_VIEWS,
  PROP_REACTIONS,
  PROP_COMMENTS,
  PROP_SHARES,
  PROP_SAVES,
  PROP_CLICKS,
  PROP_FOLLOWS,
  PROP_IMPORT_BATCH_ID,
  N_PROPS
};

G_STATIC_ASSERT (PROP_FOLLOWS - PROP_IMPRESSIONS + 1 == N_COUNTS);

static GParamSpec *properties[N_PROPS];

static const char * const count_names[N_COUNTS] = {
  "impressions", "reach", "views", "reactions", "comments", "shares", "saves", "clicks", "follows",
};

#define COUNT_COLUMNS \
  "impressions, reach, views, reactions, comments, shares, saves, clicks, follows"

#define SELECT_COLUMNS \
  "SELECT id, post_id, date, " COUNT_COLUMNS ", import_batch_id FROM post_metric"

/* Columns of the INSERT and UPDATE statements, in the order of bind_metric(). */
#define BIND_COLUMNS \
  "post_id, date, " COUNT_COLUMNS ", import_batch_id"

static void
read_counts (EngagePostMetric *self,
             sqlite3_stmt     *stmt,
             int               first_column)
{
  for (guint i = 0; i < N_COUNTS; i++)
    {
      int column = first_column + i;

      if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
        self->counts[i] = -1;
      else
        self->counts[i] = sqlite3_column_int64 (stmt, column);
    }
}

/* An #EngageRowFunc: the row as a new #EngagePostMetric. */
static gpointer
metric_from_row (sqlite3_stmt *stmt)
{
  EngagePostMetric *self = g_object_new (ENGAGE_TYPE_POST_METRIC, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->post_id = sqlite3_column_int64 (stmt, 1);
  self->date = g_strdup (_engage_column_text (stmt, 2));
  read_counts (self, stmt, 3);
  self->import_batch_id = sqlite3_column_int64 (stmt, 3 + N_COUNTS);

  return self;
}

/* Binds ?1 … ?12 in the order of BIND_COLUMNS. */
static void
bind_metric (sqlite3_stmt     *stmt,
             EngagePostMetric *self)
{
  _engage_bind_optional_id (stmt, 1, self->post_id);
  _engage_bind_text (stmt, 2, self->date);
  for (guint i = 0; i < N_COUNTS; i++)
    _engage_bind_optional_int64 (stmt, 3 + i, self->counts[i], self->counts[i] >= 0);
  _engage_bind_optional_id (stmt, 3 + N_COUNTS, self->import_batch_id);
}

static void
set_count (EngagePostMetric *self,
           Count             count,
           gint64            value)
{
  if (self->counts[count] == value)
    return;
  self->counts[count] = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPRESSIONS + count]);
}

static void
engage_post_metric_finalize (GObject *object)
{
  EngagePostMetric *self = ENGAGE_POST_METRIC (object);

  g_free (self->date);

  G_OBJECT_CLASS (engage_post_metric_parent_class)->finalize (object);
}

static void
engage_post_metric_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  EngagePostMetric *self = ENGAGE_POST_METRIC (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_POST_ID:
      g_value_set_int64 (value, self->post_id);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_IMPRESSIONS:
    case PROP_REACH:
    case PROP_VIEWS:
    case PROP_REACTIONS:
    case PROP_COMMENTS:
    case PROP_SHARES:
    case PROP_SAVES:
    case PROP_CLICKS:
    case PROP_FOLLOWS:
      g_value_set_int64 (value, self->counts[prop_id - PROP_IMPRESSIONS]);
      break;

    case PROP_IMPORT_BATCH_ID:
      g_value_set_int64 (value, self->import_batch_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_post_metric_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  EngagePostMetric *self = ENGAGE_POST_METRIC (object);

  switch (prop_id)
    {
    case PROP_POST_ID:
      engage_post_metric_set_post_id (self, g_value_get_int64 (value));
      break;

    case PROP_DATE:
      engage_post_metric_set_date (self, g_value_get_string (value));
      break;

    case PROP_IMPRESSIONS:
    case PROP_REACH:
    case PROP_VIEWS:
    case PROP_REACTIONS:
    case PROP_COMMENTS:
    case PROP_SHARES:
    case PROP_SAVES:
    case PROP_CLICKS:
    case PROP_FOLLOWS:
      set_count (self, prop_id - PROP_IMPRESSIONS, g_value_get_int64 (value));
      break;

    case PROP_IMPORT_BATCH_ID:
      engage_post_metric_set_import_batch_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_post_metric_class_init (EngagePostMetricClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = engage_post_metric_finalize;
  object_class->get_property = engage_post_metric_get_property;
  object_class->set_property = engage_post_metric_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_POST_ID] = g_param_spec_int64 ("post-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, rw);
  for (guint i = 0; i < N_COUNTS; i++)
    properties[PROP_IMPRESSIONS + i] = g_param_spec_int64 (count_names[i], NULL, NULL,
                                                           -1, G_MAXINT64, -1, rw);
  properties[PROP_IMPORT_BATCH_ID] = g_param_spec_int64 ("import-batch-id", NULL, NULL,
                                                         0, G_MAXINT64, 0, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
engage_post_metric_init (EngagePostMetric *self)
{
  for (guint i = 0; i < N_COUNTS; i++)
    self->counts[i] = -1;
}

/**
 * engage_post_metric_new:
 * @post_id: the post's id
 * @date: (nullable): the date counted, as "YYYY-MM-DD"
 *
 * Returns: (transfer full): metrics with every count unknown, not yet in any
 *   project
 */
EngagePostMetric *
engage_post_metric_new (gint64      post_id,
                        const char *date)
{
  EngagePostMetric *self;

  g_return_val_if_fail (date == NULL || engage_iso_date_is_valid (date), NULL);

  self = g_object_new (ENGAGE_TYPE_POST_METRIC, NULL);
  self->post_id = MAX (post_id, 0);
  self->date = g_strdup (date);

  return self;
}

/**
 * engage_post_metric_copy:
 *
 * Returns: (transfer full): an independent copy
 */
EngagePostMetric *
engage_post_metric_copy (EngagePostMetric *self)
{
  EngagePostMetric *copy;

  g_return_val_if_fail (ENGAGE_IS_POST_METRIC (self), NULL);

  copy = g_object_new (ENGAGE_TYPE_POST_METRIC, NULL);
  copy->id = self->id;
  copy->post_id = self->post_id;
  copy->date = g_strdup (self->date);
  memcpy (copy->counts, self->counts, sizeof copy->counts);
  copy->import_batch_id = self->import_batch_id;

  return copy;
}

/**
 * engage_post_metric_get_id:
 *
 * Returns: the row id, 0 while the metrics are not in a project
 */
gint64
engage_post_metric_get_id (EngagePostMetric *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_METRIC (self), 0);
  return self->id;
}

/**
 * engage_post_metric_get_post_id:
 *
 * Returns: the id of the post counted
 */
gint64
engage_post_metric_get_post_id (EngagePostMetric *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_METRIC (self), 0);
  return self->post_id;
}

/**
 * engage_post_metric_set_post_id:
 * @post_id: a post's id
 */
void
engage_post_metric_set_post_id (EngagePostMetric *self,
                                gint64            post_id)
{
  g_return_if_fail (ENGAGE_IS_POST_METRIC (self));

  post_id = MAX (post_id, 0);
  if (self->post_id == post_id)
    return;
  self->post_id = post_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POST_ID]);
}

/**
 * engage_post_metric_get_date:
 *
 * Returns: (nullable): the date counted, as "YYYY-MM-DD"
 */
const char *
engage_post_metric_get_date (EngagePostMetric *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_METRIC (self), NULL);
  return self->date;
}

/**
 * engage_post_metric_set_date:
 * @date: (nullable): a date as "YYYY-MM-DD"
 */
void
engage_post_metric_set_date (EngagePostMetric *self,
                             const char       *date)
{
  g_return_if_fail (ENGAGE_IS_POST_METRIC (self));
  g_return_if_fail (date == NULL || engage_iso_date_is_valid (date));

  if (g_strcmp0 (self->date, date) == 0)
    return;
  g_free (self->date);
  self->date = g_strdup (date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * engage_post_metric_get_impressions:
 *
 * Returns: how often the post was shown, -1 if unknown
 */
gint64
engage_post_metric_get_impressions (EngagePostMetric *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_METRIC (self), -1);
  return self->counts[COUNT_IMPRESSIONS];
}

/**
 * engage_post_metric_set_impressions:
 * @impressions: a count, -1 for unknown
 */
void
engage_post_metric_set_impressions (EngagePostMetric *self,
                                    gint64            impressions)
{
  g_return_if_fail (ENGAGE_IS_POST_METRIC (self));
  g_return_if_fail (impressions >= -1);
  set_count (self, COUNT_IMPRESSIONS, impressions);
}

/**
 * engage_post_metric_get_reach:
 *
 * Returns: how many accounts saw the post, -1 if unknown
 */
gint64
engage_post_metric_get_reach (EngagePostMetric *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_METRIC (self), -1);
  return self->counts[COUNT_REACH];
}

/**
 * engage_post_metric_set_reach:
 * @reach: a count, -1 for unknown
 */
void
engage_post_metric_set_reach (EngagePostMetric *self,
                              gint64            reach)
{
  g_return_if_fail (ENGAGE_IS_POST_METRIC (self));
  g_return_if_fail (reach >= -1);
  set_count (self, COUNT_REACH, reach);
}

/**
 * engage_post_metric_get_views:
 *
 * Returns: video or page views, -1 if unknown
 */
gint64
engage_post_metric_get_views (EngagePostMetric *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_METRIC (self), -1);
  return self->counts[COUNT_VIEWS];
}

/**
 * engage_post_metric_set_views:
 * @views: a count, -1 for unknown
 */
void
engage_post_metric_set_views (EngagePostMetric *self,
                              gint64            views)
{
  g_return_if_fail (ENGAGE_IS_POST_METRIC (self));
  g_return_if_fail (views >= -1);
  set_count (self, COUNT_VIEWS, views);
}

/**
 * engage_post_metric_get_reactions:
 *
 * Returns: likes and other reactions, -1 if unknown
 */
gint64
engage_post_metric_get_reactions (EngagePostMetric *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_METRIC (self), -1);
  return self->counts[COUNT_REACTIONS];
}

/**
 * engage_post_metric_set_reactions:
 * @reactions: a count, -1 for unknown
 */
void
engage_post_metric_set_reactions (EngagePostMetric *self,
                                  gint64            reactions)
{
  g_return_if_fail (ENGAGE_IS_POST_METRIC (self));
  g_return_if_fail (reactions >= -1);
  set_count (self, COUNT_REACTIONS, reactions);
}

/**
 * engage_post_metric_get_comments:
 *
 * Returns: the number of comments, -1 if unknown
 */
gint64
engage_post_metric_get_comments (EngagePostMetric *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_METRIC (self), -1);
  return self->counts[COUNT_COMMENTS];
}

/**
 * engage_post_metric_set_comments:
 * @comments: a count, -1 for unknown
 */
void
engage_post_metric_set_comments (EngagePostMetric *self,
                                 gint64            comments)
{
  g_return_if_fail (ENGAGE_IS_POST_METRIC (self));
  g_return_if_fail (comments >= -1);
  set_count (self, COUNT_COMMENTS, comments);
}

/**
 * engage_post_metric_get_shares:
 *
 * Returns: shares, reposts and retweets, -1 if unknown
 */
gint64
engage_post_metric_get_shares (EngagePostMetric *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_METRIC (self), -1);
  return self->counts[COUNT_SHARES];
}

/**
 * engage_post_metric_set_shares:
 * @shares: a count, -1 for unknown
 */
void
engage_post_metric_set_shares (EngagePostMetric *self,
                               gint64            shares)
{
  g_return_if_fail (ENGAGE_IS_POST_METRIC (self));
  g_return_if_fail (shares >= -1);
  set_count (self, COUNT_SHARES, shares);
}

/**
 * engage_post_metric_get_saves:
 *
 * Returns: how often the post was saved or bookmarked, -1 if unknown
 */
gint64
engage_post_metric_get_saves (EngagePostMetric *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_METRIC (self), -1);
  return self->counts[COUNT_SAVES];
}

/**
 * engage_post_metric_set_saves:
 * @saves: a count, -1 for unknown
 */
void
engage_post_metric_set_saves (EngagePostMetric *self,
                              gint64            saves)
{
  g_return_if_fail (ENGAGE_IS_POST_METRIC (self));
  g_return_if_fail (saves >= -1);
  set_count (self, COUNT_SAVES, saves);
}

/**
 * engage_post_metric_get_clicks:
 *
 * Returns: link clicks, -1 if unknown
 */
gint64
engage_post_metric_get_clicks (EngagePostMetric *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_METRIC (self), -1);
  return self->counts[COUNT_CLICKS];
}

/**
 * engage_post_metric_set_clicks:
 * @clicks: a count, -1 for unknown
 */
void
engage_post_metric_set_clicks (EngagePostMetric *self,
                               gint64            clicks)
{
  g_return_if_fail (ENGAGE_IS_POST_METRIC (self));
  g_return_if_fail (clicks >= -1);
  set_count (self, COUNT_CLICKS, clicks);
}

/**
 * engage_post_metric_get_follows:
 *
 * Returns: new followers won by the post, -1 if unknown
 */
gint64
engage_post_metric_get_follows (EngagePostMetric *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_METRIC (self), -1);
  return self->counts[COUNT_FOLLOWS];
}

/**
 * engage_post_metric_set_follows:
 * @follows: a count, -1 for unknown
 */
void
engage_post_metric_set_follows (EngagePostMetric *self,
                                gint64            follows)
{
  g_return_if_fail (ENGAGE_IS_POST_METRIC (self));
  g_return_if_fail (follows >= -1);
  set_count (self, COUNT_FOLLOWS, follows);
}

/**
 * engage_post_metric_get_import_batch_id:
 *
 * Returns: the import the counts came from, 0 if they were entered by hand
 */
gint64
engage_post_metric_get_import_batch_id (EngagePostMetric *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_METRIC (self), 0);
  return self->import_batch_id;
}

/**
 * engage_post_metric_set_import_batch_id:
 * @import_batch_id: an import batch's id, 0 for none
 */
void
engage_post_metric_set_import_batch_id (EngagePostMetric *self,
                                        gint64            import_batch_id)
{
  g_return_if_fail (ENGAGE_IS_POST_METRIC (self));

  import_batch_id = MAX (import_batch_id, 0);
  if (self->import_batch_id == import_batch_id)
    return;
  self->import_batch_id = import_batch_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORT_BATCH_ID]);
}

/* Storage */

static gboolean
check_date (EngagePostMetric  *metric,
            GError           **error)
{
  if (metric->date != NULL)
    return TRUE;

  g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                       _("Post metrics need the date they were counted on."));
  return FALSE;
}

/**
 * engage_project_add_post_metric:
 * @project: an open project
 * @post_metric: new metrics; the id is set on success
 * @error: return location for a #GError
 *
 * Adds the counts of a post on a date.
 *
 * Returns: %TRUE on success; %FALSE with %ENGAGE_PROJECT_ERROR_INVALID if the
 *   post already has metrics for that date or does not exist
 */
gboolean
engage_project_add_post_metric (EngageProject     *project,
                                EngagePostMetric  *post_metric,
                                GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_POST_METRIC (post_metric), FALSE);
  g_return_val_if_fail (post_metric->id == 0, FALSE);

  if (!check_date (post_metric, error))
    return FALSE;

  stmt = _engage_store_begin (project,
                              "INSERT INTO post_metric (" BIND_COLUMNS ") "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                              error);
  if (stmt == NULL)
    return FALSE;

  bind_metric (stmt, post_metric);
  return _engage_store_finish_insert (project, stmt, &post_metric->id,
                                      _("Add Post Metrics"), ENGAGE_TABLE_POST_METRIC, error);
}

/**
 * engage_project_upsert_post_metric:
 * @project: an open project
 * @metric: the counts of a post on a date; on success its id is set and its
 *   counts are those now stored
 * @error: return location for a #GError
 *
 * Adds the counts of a post on a date, or merges them into the metrics the post
 * already has for that date: a count @metric knows replaces the stored one, a
 * count it does not know (-1) keeps the stored one. Importers use this, so that
 * reading the same export twice, or two exports with different columns, gives
 * one row per post and date.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_upsert_post_metric (EngageProject     *project,
                                   EngagePostMetric  *metric,
                                   GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(EngagePostMetric) stored = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_POST_METRIC (metric), FALSE);

  if (!check_date (metric, error))
    return FALSE;

  stmt = _engage_store_begin (project,
                              "INSERT INTO post_metric (" BIND_COLUMNS ") "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
                              "ON CONFLICT (post_id, date) DO UPDATE SET "
                              "impressions = coalesce (excluded.impressions, impressions), "
                              "reach = coalesce (excluded.reach, reach), "
                              "views = coalesce (excluded.views, views), "
                              "reactions = coalesce (excluded.reactions, reactions), "
                              "comments = coalesce (excluded.comments, comments), "
                              "shares = coalesce (excluded.shares, shares), "
                              "saves = coalesce (excluded.saves, saves), "
                              "clicks = coalesce (excluded.clicks, clicks), "
                              "follows = coalesce (excluded.follows, follows), "
                              "import_batch_id = "
                              "  coalesce (excluded.import_batch_id, import_batch_id) "
                              "RETURNING id, post_id, date, " COUNT_COLUMNS ", import_batch_id",
                              error);
  if (stmt == NULL)
    return FALSE;

  bind_metric (stmt, metric);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _engage_project_set_sql_error (project, error);
      _engage_project_rollback_edit (project);
      return FALSE;
    }

  stored = metric_from_row (stmt);
  /* A statement still running would keep the edit from committing. */
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!_engage_project_commit_edit (project, _("Record Post Metrics"),
                                    ENGAGE_TABLE_POST_METRIC, error))
    return FALSE;

  metric->id = stored->id;
  for (guint i = 0; i < N_COUNTS; i++)
    set_count (metric, i, stored->counts[i]);
  engage_post_metric_set_import_batch_id (metric, stored->import_batch_id);

  return TRUE;
}

/**
 * engage_project_update_post_metric:
 * @project: an open project
 * @post_metric: metrics of @project with changed fields
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success; %FALSE with %ENGAGE_PROJECT_ERROR_INVALID if the
 *   metrics were deleted meanwhile or another row has the same post and date
 */
gboolean
engage_project_update_post_metric (EngageProject     *project,
                                   EngagePostMetric  *post_metric,
                                   GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_POST_METRIC (post_metric), FALSE);
  g_return_val_if_fail (post_metric->id > 0, FALSE);

  if (!check_date (post_metric, error))
    return FALSE;

  stmt = _engage_store_begin (project,
                              "UPDATE post_metric SET (" BIND_COLUMNS ") = "
                              "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
                              "WHERE id = ?13",
                              error);
  if (stmt == NULL)
    return FALSE;

  bind_metric (stmt, post_metric);
  sqlite3_bind_int64 (stmt, 13, post_metric->id);
  return _engage_store_finish_update (project, stmt, _("Change Post Metrics"),
                                      ENGAGE_TABLE_POST_METRIC,
                                      error, _("The post metrics of %s no longer exist."),
                                      post_metric->date);
}

/**
 * engage_project_delete_post_metric:
 * @project: an open project
 * @post_metric_id: the metrics' id
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_delete_post_metric (EngageProject  *project,
                                   gint64          post_metric_id,
                                   GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);

  return _engage_store_delete_by_id (project, "DELETE FROM post_metric WHERE id = ?1",
                                     post_metric_id, _("Delete Post Metrics"),
                                     ENGAGE_TABLE_POST_METRIC, error);
}

/**
 * engage_project_get_post_metric:
 * @project: an open project
 * @post_metric_id: the metrics' id
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the metrics, or %NULL if there are none
 *   with that id (without an error) or the query failed (with one)
 */
EngagePostMetric *
engage_project_get_post_metric (EngageProject  *project,
                                gint64          post_metric_id,
                                GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return _engage_store_get_by_id (project, SELECT_COLUMNS " WHERE id = ?1", post_metric_id,
                                  metric_from_row, error);
}

static GPtrArray *
load_post_metrics (EngageProject  *project,
                   gpointer        user_data,
                   GError        **error)
{
  const gint64 *post_id = user_data;

  return _engage_store_load_by_id (project, SELECT_COLUMNS " WHERE post_id = ?1 ORDER BY date, id",
                                   *post_id, metric_from_row, error);
}

/**
 * engage_project_list_post_metrics:
 * @project: an open project
 * @post_id: a post's id
 *
 * Returns: (transfer full): a live model of the post's #EngagePostMetric, by date
 */
GListModel *
engage_project_list_post_metrics (EngageProject *project,
                                  gint64         post_id)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return G_LIST_MODEL (engage_list_model_new (project, ENGAGE_TYPE_POST_METRIC,
                                              ENGAGE_TABLE_POST_METRIC, load_post_metrics,
                                              g_memdup2 (&post_id, sizeof post_id), g_free));
}
