/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-import-metrics"

#include "config.h"

#include "engage-import-metrics-private.h"
#include "engage-channel.h"
#include "engage-kpi.h"
#include "engage-kpi-derive.h"
#include "engage-measurement.h"
#include "engage-post.h"

#include <string.h>

#include <glib/gi18n.h>

/*
 * Applying what engage-import-metrics.c read: finding each post of the file in
 * the project (by external id or permalink, then by channel and time), creating
 * the others, and storing their counts per post and date; a page-level series
 * becomes measurements of a KPI of the channel.
 */

static void
candidate_free (gpointer data)
{
  Candidate *candidate = data;

  g_free (candidate->external_id);
  g_free (candidate->permalink);
  g_free (candidate);
}

static void
channel_posts_free (gpointer data)
{
  ChannelPosts *channel = data;

  g_hash_table_unref (channel->by_id);
  g_hash_table_unref (channel->by_permalink);
  g_ptr_array_unref (channel->candidates);
  g_free (channel);
}

static char *
make_title (const char *text)
{
  const char *end = strchr (text, '\n');
  g_autofree char *line = end ? g_strndup (text, end - text) : g_strdup (text);

  g_strstrip (line);
  if (g_utf8_strlen (line, -1) <= TITLE_LENGTH)
    return g_steal_pointer (&line);

  *g_utf8_offset_to_pointer (line, TITLE_LENGTH - 1) = '\0';
  g_strchomp (line);
  return g_strconcat (line, "…", NULL);
}

static char *
post_title (const ParsedPost *post)
{
  if (post->text != NULL && post->text[0] != '\0')
    return make_title (post->text);
  if (post->permalink != NULL && post->permalink[0] != '\0')
    return make_title (post->permalink);
  if (post->external_id != NULL && post->external_id[0] != '\0')
    return make_title (post->external_id);

  return g_strdup (_("Imported post"));
}

static gboolean
channel_matches_name (EngageChannel *channel,
                      const char    *name)
{
  const char *handle = engage_channel_get_handle (channel);

  if (g_utf8_collate (engage_channel_get_name (channel), name) == 0 ||
      g_ascii_strcasecmp (engage_channel_get_name (channel), name) == 0)
    return TRUE;

  while (*handle == '@')
    handle++;
  while (*name == '@')
    name++;

  return handle[0] != '\0' && g_ascii_strcasecmp (handle, name) == 0;
}

static gboolean
find_channel_by_name (EngageImportJob  *job,
                      const char       *name,
                      gint64           *channel_id,
                      EngageChannelKind *kind)
{
  g_autoptr(GListModel) channels = engage_project_list_channels (job->project);

  for (guint i = 0; i < g_list_model_get_n_items (channels); i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (channels, i);

      if (channel_matches_name (channel, name))
        {
          *channel_id = engage_channel_get_id (channel);
          if (kind != NULL)
            *kind = engage_channel_get_kind (channel);
          return TRUE;
        }
    }

  return FALSE;
}

/* The channel the file's posts belong to: --channel, the only channel of the
 * export's kind, one the import creates, or one whose name the export gives. */
static gboolean
resolve_channel (EngageImportJob  *job,
                 Parsed           *parsed,
                 gint64           *channel_id,
                 GError          **error)
{
  g_autoptr(GListModel) channels = engage_project_list_channels (job->project);
  g_autoptr(GPtrArray) of_kind = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(EngageChannel) created = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  guint n = g_list_model_get_n_items (channels);

  if (job->channel != NULL)
    {
      EngageChannelKind kind;

      if (!find_channel_by_name (job, job->channel, channel_id, &kind))
        {
          g_set_error (error, ENGAGE_IMPORT_ERROR, ENGAGE_IMPORT_ERROR_OPTION,
                       _("The project has no channel named “%s”."), job->channel);
          return FALSE;
        }
      if (parsed->kind_known && kind != parsed->kind)
        {
          g_set_error (error, ENGAGE_IMPORT_ERROR, ENGAGE_IMPORT_ERROR_OPTION,
                       _("The channel “%s” is a %s channel, but “%s” is a %s export."),
                       job->channel, engage_channel_kind_get_label (kind), job->file_name,
                       engage_channel_kind_get_label (parsed->kind));
          return FALSE;
        }
      return TRUE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (channels, i);

      if (!parsed->kind_known || engage_channel_get_kind (channel) == parsed->kind)
        g_ptr_array_add (of_kind, g_steal_pointer (&channel));
    }

  if (of_kind->len == 1)
    {
      *channel_id = engage_channel_get_id (g_ptr_array_index (of_kind, 0));
      return TRUE;
    }

  if (of_kind->len > 1 && parsed->account != NULL)
    {
      EngageChannel *named = NULL;
      guint n_named = 0;

      for (guint i = 0; i < of_kind->len; i++)
        if (channel_matches_name (g_ptr_array_index (of_kind, i), parsed->account))
          {
            named = g_ptr_array_index (of_kind, i);
            n_named++;
          }

      if (n_named == 1)
        {
          *channel_id = engage_channel_get_id (named);
          _engage_import_report_add_message (job->report, 0,
                                             _("The posts went to the channel “%s”, named like the account of the export."),
                                             engage_channel_get_name (named));
          return TRUE;
        }
    }

  if (of_kind->len > 1)
    {
      for (guint i = 0; i < of_kind->len; i++)
        g_string_append_printf (names, "%s“%s”", i > 0 ? ", " : "",
                                engage_channel_get_name (g_ptr_array_index (of_kind, i)));

      if (parsed->kind_known)
        g_set_error (error, ENGAGE_IMPORT_ERROR, ENGAGE_IMPORT_ERROR_AMBIGUOUS,
                     _("The project has several %s channels (%s); choose one with --channel."),
                     engage_channel_kind_get_label (parsed->kind), names->str);
      else
        g_set_error (error, ENGAGE_IMPORT_ERROR, ENGAGE_IMPORT_ERROR_AMBIGUOUS,
                     _("“%s” does not say which channel its posts belong to and the project has several (%s); choose one with --channel."),
                     job->file_name, names->str);
      return FALSE;
    }

  if (!parsed->kind_known)
    {
      g_set_error (error, ENGAGE_IMPORT_ERROR, ENGAGE_IMPORT_ERROR_AMBIGUOUS,
                   _("“%s” does not say which channel its posts belong to and the project has none; add a channel first."),
                   job->file_name);
      return FALSE;
    }

  created = engage_channel_new (parsed->kind, parsed->account ? parsed->account
                                                              : engage_channel_kind_get_label (parsed->kind));
  engage_channel_set_char_limit (created, engage_channel_kind_get_default_char_limit (parsed->kind));
  engage_channel_set_hashtag_limit (created, engage_channel_kind_get_default_hashtag_limit (parsed->kind));
  engage_channel_set_position (created, n);
  if (!engage_project_add_channel (job->project, created, error))
    return FALSE;

  job->tables |= ENGAGE_TABLE_CHANNEL;
  *channel_id = engage_channel_get_id (created);
  _engage_import_report_add_message (job->report, 0,
                                     _("The project had no %s channel, so the import created “%s”."),
                                     engage_channel_kind_get_label (parsed->kind),
                                     engage_channel_get_name (created));
  return TRUE;
}

static ChannelPosts *
load_channel_posts (EngageImportJob  *job,
                    Parsed           *parsed,
                    gint64            channel_id,
                    GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  ChannelPosts *channel = g_hash_table_lookup (parsed->channels, &channel_id);
  int rc;

  if (channel != NULL)
    return channel;

  stmt = _engage_project_prepare (job->project,
                                  "SELECT id, external_id, permalink, coalesce (published_at, scheduled_at) "
                                  "FROM post WHERE channel_id = ?1 ORDER BY id",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, channel_id);

  channel = g_new0 (ChannelPosts, 1);
  channel->channel_id = channel_id;
  channel->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  channel->by_permalink = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  channel->candidates = g_ptr_array_new_with_free_func (candidate_free);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Candidate *candidate = g_new0 (Candidate, 1);
      char *normalized;

      candidate->id = sqlite3_column_int64 (stmt, 0);
      candidate->external_id = g_strdup (_engage_column_text (stmt, 1));
      candidate->permalink = g_strdup (_engage_column_text (stmt, 2));
      candidate->time = sqlite3_column_type (stmt, 3) == SQLITE_NULL ? G_MININT64 : sqlite3_column_int64 (stmt, 3);
      g_ptr_array_add (channel->candidates, candidate);

      if (candidate->external_id[0] != '\0')
        g_hash_table_insert (channel->by_id, candidate->external_id, candidate);
      normalized = _engage_import_normalize_permalink (candidate->permalink);
      if (normalized != NULL)
        g_hash_table_insert (channel->by_permalink, normalized, candidate);
    }

  if (rc != SQLITE_DONE)
    {
      _engage_project_set_sql_error (job->project, error);
      channel_posts_free (channel);
      return NULL;
    }

  g_hash_table_insert (parsed->channels, &channel->channel_id, channel);
  return channel;
}

/* Same channel, published (or scheduled) within ±30 minutes, not yet linked
 * to another post of the platform; the nearest wins. Without a time of day,
 * the one planned post of that day. */
static Candidate *
match_by_time (EngageImportJob *job,
               ChannelPosts    *channel,
               ParsedPost      *post)
{
  gboolean has_time = post->stamp.flags & ENGAGE_IMPORT_STAMP_HAS_TIME;
  Candidate *best = NULL;
  gint64 best_distance = G_MAXINT64;
  guint n_same_day = 0;

  for (guint i = 0; i < channel->candidates->len; i++)
    {
      Candidate *candidate = g_ptr_array_index (channel->candidates, i);
      gint64 distance;

      if (candidate->taken || candidate->time == G_MININT64 ||
          (candidate->external_id[0] != '\0' && g_strcmp0 (candidate->external_id, post->external_id) != 0))
        continue;

      if (has_time)
        {
          distance = ABS (candidate->time - post->time);
          if (distance <= MATCH_WINDOW && distance < best_distance)
            {
              best = candidate;
              best_distance = distance;
            }
        }
      else
        {
          g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (candidate->time);
          g_autoptr(GDateTime) local = utc ? g_date_time_to_timezone (utc, job->tz) : NULL;
          g_autofree char *date = local ? g_date_time_format (local, "%Y-%m-%d") : NULL;

          if (g_strcmp0 (date, post->date) == 0)
            {
              best = candidate;
              n_same_day++;
            }
        }
    }

  if (!has_time && n_same_day != 1)
    return NULL;

  return best;
}

static gboolean
link_planned_post (EngageImportJob  *job,
                   ParsedPost       *parsed_post,
                   gint64            post_id,
                   GError          **error)
{
  g_autoptr(EngagePost) post = engage_project_get_post (job->project, post_id, error);
  gboolean changed = FALSE;

  if (post == NULL)
    return FALSE;

  if (engage_post_get_external_id (post)[0] == '\0' && parsed_post->external_id != NULL &&
      parsed_post->external_id[0] != '\0')
    {
      engage_post_set_external_id (post, parsed_post->external_id);
      changed = TRUE;
    }
  if (engage_post_get_permalink (post)[0] == '\0' && parsed_post->permalink != NULL &&
      parsed_post->permalink[0] != '\0')
    {
      engage_post_set_permalink (post, parsed_post->permalink);
      changed = TRUE;
    }
  if (engage_post_get_published_at (post) == NULL && parsed_post->has_stamp)
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc (parsed_post->time);

      engage_post_set_published_at (post, when);
      changed = TRUE;
    }
  if (engage_post_get_status (post) != ENGAGE_POST_STATUS_PUBLISHED &&
      engage_post_get_status (post) != ENGAGE_POST_STATUS_ARCHIVED)
    {
      engage_post_set_status (post, ENGAGE_POST_STATUS_PUBLISHED);
      changed = TRUE;
    }

  if (!changed)
    return TRUE;

  job->tables |= ENGAGE_TABLE_POST;
  return engage_project_update_post (job->project, post, error);
}

static gboolean
create_post (EngageImportJob  *job,
             ParsedPost       *parsed_post,
             GError          **error)
{
  g_autofree char *title = post_title (parsed_post);
  g_autoptr(EngagePost) post = engage_post_new (parsed_post->channel_id, title);
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc (parsed_post->time);

  engage_post_set_body (post, parsed_post->text ? parsed_post->text : "");
  engage_post_set_status (post, ENGAGE_POST_STATUS_PUBLISHED);
  engage_post_set_published_at (post, when);
  engage_post_set_permalink (post, parsed_post->permalink ? parsed_post->permalink : "");
  engage_post_set_external_id (post, parsed_post->external_id ? parsed_post->external_id : "");
  engage_post_set_imported (post, TRUE);

  if (!engage_project_add_post (job->project, post, error))
    return FALSE;

  job->tables |= ENGAGE_TABLE_POST;
  parsed_post->post_id = engage_post_get_id (post);
  parsed_post->created = TRUE;
  return TRUE;
}

static gboolean
apply_post (EngageImportJob  *job,
            Parsed           *parsed,
            ParsedPost       *post,
            GError          **error)
{
  ChannelPosts *channel;
  Candidate *candidate = NULL;
  g_autofree char *normalized = NULL;

  post->channel_id = parsed->default_channel;
  if (post->channel_name != NULL && post->channel_name[0] != '\0')
    {
      if (!find_channel_by_name (job, post->channel_name, &post->channel_id, NULL))
        {
          _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, post->sheet, post->line,
                                    _("The project has no channel named “%s”."), post->channel_name);
          return FALSE;
        }
    }
  else if (post->channel_id == 0)
    {
      _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_AMBIGUOUS, job->table, post->sheet, post->line,
                                _("The row names no channel; choose one with --channel."));
      return FALSE;
    }

  channel = load_channel_posts (job, parsed, post->channel_id, error);
  if (channel == NULL)
    return FALSE;

  if (post->external_id != NULL && post->external_id[0] != '\0')
    candidate = g_hash_table_lookup (channel->by_id, post->external_id);
  if (candidate == NULL && post->permalink != NULL &&
      (normalized = _engage_import_normalize_permalink (post->permalink)) != NULL)
    candidate = g_hash_table_lookup (channel->by_permalink, normalized);
  if (candidate == NULL)
    {
      candidate = match_by_time (job, channel, post);
      if (candidate != NULL && !link_planned_post (job, post, candidate->id, error))
        return FALSE;
    }

  if (candidate != NULL)
    {
      candidate->taken = TRUE;
      post->post_id = candidate->id;
      return TRUE;
    }

  if (!create_post (job, post, error))
    return FALSE;

  /* Later rows of the same post (a generic table's dates) find it. */
  candidate = g_new0 (Candidate, 1);
  candidate->id = post->post_id;
  candidate->external_id = g_strdup (post->external_id ? post->external_id : "");
  candidate->permalink = g_strdup (post->permalink ? post->permalink : "");
  candidate->time = post->time;
  candidate->taken = TRUE;
  g_ptr_array_add (channel->candidates, candidate);
  if (candidate->external_id[0] != '\0')
    g_hash_table_insert (channel->by_id, candidate->external_id, candidate);
  if (normalized != NULL)
    g_hash_table_insert (channel->by_permalink, g_steal_pointer (&normalized), candidate);

  return TRUE;
}

static gboolean
prepare_upsert (EngageImportJob  *job,
                Parsed           *parsed,
                GError          **error)
{
  /* The same merge as engage_project_upsert_post_metric(), prepared once for
   * all rows: a count the file does not have keeps the stored one. */
  parsed->upsert = _engage_project_prepare (job->project,
                                            "INSERT INTO post_metric (post_id, date, impressions, reach, "
                                            "views, reactions, comments, shares, saves, clicks, follows, "
                                            "import_batch_id) "
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
                                            "import_batch_id = excluded.import_batch_id",
                                            error);
  if (parsed->upsert == NULL)
    return FALSE;

  /* The metrics of a post this import created cannot be there yet (unless the
   * file repeats a post and date): a plain insert saves the conflict search. */
  parsed->insert = _engage_project_prepare (job->project,
                                            "INSERT INTO post_metric (post_id, date, impressions, reach, "
                                            "views, reactions, comments, shares, saves, clicks, follows, "
                                            "import_batch_id) "
                                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                                            error);
  return parsed->insert != NULL;
}

static gboolean
apply_metric (EngageImportJob  *job,
              Parsed           *parsed,
              ParsedMetric     *metric,
              GError          **error)
{
  ParsedPost *post = g_ptr_array_index (parsed->posts, metric->post);
  sqlite3 *db = _engage_project_get_db (job->project);
  sqlite3_stmt *stmt = post->created ? parsed->insert : parsed->upsert;
  EngageImportAction action;
  g_autofree char *title = NULL;
  gint64 id;
  int rc;

again:
  sqlite3_bind_int64 (stmt, 1, post->post_id);
  sqlite3_bind_text (stmt, 2, metric->date, -1, SQLITE_STATIC);
  for (guint i = 0; i < N_COUNTS; i++)
    {
      if (metric->known & (1 << i))
        sqlite3_bind_int64 (stmt, 3 + i, metric->counts[i]);
      else
        sqlite3_bind_null (stmt, 3 + i);
    }
  sqlite3_bind_int64 (stmt, 12, job->batch_id);

  sqlite3_set_last_insert_rowid (db, 0);
  rc = sqlite3_step (stmt);
  if ((rc & 0xff) == SQLITE_CONSTRAINT && stmt == parsed->insert &&
      sqlite3_extended_errcode (db) == SQLITE_CONSTRAINT_UNIQUE)
    {
      sqlite3_reset (stmt);
      stmt = parsed->upsert;
      goto again;
    }
  if (rc != SQLITE_DONE)
    {
      _engage_project_set_sql_error (job->project, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);

  /* An insert sets the last inserted rowid; an upsert that updates leaves the
   * 0 set above. */
  id = sqlite3_last_insert_rowid (db);
  if (id != 0)
    {
      action = post->created ? ENGAGE_IMPORT_ACTION_CREATED : ENGAGE_IMPORT_ACTION_MATCHED;
    }
  else
    {
      action = ENGAGE_IMPORT_ACTION_UPDATED;
    }

  if (!post->labelled && action != ENGAGE_IMPORT_ACTION_UPDATED)
    {
      title = post_title (post);
      post->labelled = TRUE;
    }
  _engage_import_report_add_row (job->report, metric->line, action, title);
  return TRUE;
}

/* A page-level series becomes measurements of a KPI of the channel: the KPI
 * named like the series (created on the first import), one value per day. */
static gboolean
apply_series (EngageImportJob  *job,
              Parsed           *parsed,
              Series           *series,
              GError          **error)
{
  g_autoptr(GListModel) kpis = engage_project_list_kpis (job->project);
  g_autoptr(EngageKpi) kpi = NULL;
  g_autoptr(GHashTable) existing = NULL;
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) measurements = NULL;
  gint64 channel_id = parsed->default_channel;

  for (guint i = 0; i < g_list_model_get_n_items (kpis) && kpi == NULL; i++)
    {
      g_autoptr(EngageKpi) candidate = g_list_model_get_item (kpis, i);

      if (engage_kpi_get_metric (candidate) == series->metric &&
          engage_kpi_get_channel_id (candidate) == channel_id &&
          g_utf8_collate (engage_kpi_get_name (candidate), series->name) == 0)
        kpi = g_steal_pointer (&candidate);
    }

  if (kpi == NULL)
    {
      const SeriesPoint *first = series->points->len > 0 ? &g_array_index (series->points, SeriesPoint, 0) : NULL;
      g_autofree char *notes = g_strdup_printf (_("Daily values imported from “%s”. Set a target and a due date to follow it."),
                                                job->file_name);

      kpi = engage_kpi_new (series->name, series->metric);
      engage_kpi_set_channel_id (kpi, channel_id);
      engage_kpi_set_criterion (kpi, ENGAGE_KPI_CRITERION_AT_LEAST);
      if (first != NULL)
        {
          engage_kpi_set_baseline_value (kpi, first->value);
          engage_kpi_set_baseline_date (kpi, first->date);
          engage_kpi_set_target_value (kpi, first->value);
        }
      engage_kpi_set_notes (kpi, notes);
      engage_kpi_set_position (kpi, g_list_model_get_n_items (kpis));
      if (!engage_project_add_kpi (job->project, kpi, error))
        return FALSE;
      job->tables |= ENGAGE_TABLE_KPI;
      _engage_import_report_add_message (job->report, 0,
                                         _("The daily values became measurements of the new KPI “%s”."),
                                         series->name);
    }

  existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  measurements = engage_project_list_measurements (job->project, engage_kpi_get_id (kpi));
  for (guint i = 0; i < g_list_model_get_n_items (measurements); i++)
    {
      EngageMeasurement *measurement = g_list_model_get_item (measurements, i);

      g_hash_table_insert (existing, g_strdup (engage_measurement_get_date (measurement)), measurement);
    }

  for (guint i = 0; i < series->points->len; i++)
    {
      const SeriesPoint *point = &g_array_index (series->points, SeriesPoint, i);
      EngageMeasurement *measurement = g_hash_table_lookup (existing, point->date);

      if (measurement != NULL)
        {
          if (engage_measurement_get_value (measurement) != point->value ||
              engage_measurement_get_import_batch_id (measurement) != job->batch_id)
            {
              engage_measurement_set_value (measurement, point->value);
              engage_measurement_set_import_batch_id (measurement, job->batch_id);
              if (!engage_project_update_measurement (job->project, measurement, error))
                return FALSE;
            }
          _engage_import_report_add_row (job->report, point->line, ENGAGE_IMPORT_ACTION_UPDATED, NULL);
        }
      else
        {
          measurement = engage_measurement_new (engage_kpi_get_id (kpi), point->date, point->value);
          engage_measurement_set_source (measurement, ENGAGE_MEASUREMENT_SOURCE_IMPORT);
          engage_measurement_set_import_batch_id (measurement, job->batch_id);
          g_ptr_array_add (added, measurement);
          g_hash_table_insert (existing, g_strdup (point->date), g_object_ref (measurement));
          _engage_import_report_add_row (job->report, point->line, ENGAGE_IMPORT_ACTION_CREATED, NULL);
        }
    }

  if (added->len > 0 && !engage_project_add_measurements (job->project, added, error))
    return FALSE;

  job->tables |= ENGAGE_TABLE_MEASUREMENT;
  return TRUE;
}

/* Inserts the queued metrics of created posts: all in one statement when
 * @whole and there is a full batch, else (or when the file repeats a post and
 * date within the batch) one by one. */
static gboolean
flush_queue (EngageImportJob  *job,
             Parsed           *parsed,
             gboolean          whole,
             GError          **error)
{
  sqlite3 *db = _engage_project_get_db (job->project);
  guint n_queued = parsed->n_queued;
  int rc;

  parsed->n_queued = 0;

  if (whole && n_queued == INSERT_BATCH)
    {
      sqlite3_stmt *stmt = parsed->insert_batch;

      if (stmt == NULL)
        {
          g_autoptr(GString) sql = g_string_new ("INSERT INTO post_metric (post_id, date, impressions, reach, "
                                                 "views, reactions, comments, shares, saves, clicks, follows, "
                                                 "import_batch_id) VALUES ");

          for (guint i = 0; i < INSERT_BATCH; i++)
            g_string_append (sql, i > 0 ? ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                        : "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
          stmt = parsed->insert_batch = _engage_project_prepare (job->project, sql->str, error);
          if (stmt == NULL)
            return FALSE;
        }

      for (guint i = 0; i < n_queued; i++)
        {
          ParsedMetric *metric = &g_array_index (parsed->metrics, ParsedMetric, parsed->queue[i]);
          ParsedPost *post = g_ptr_array_index (parsed->posts, metric->post);
          int base = i * 12;

          sqlite3_bind_int64 (stmt, base + 1, post->post_id);
          sqlite3_bind_text (stmt, base + 2, metric->date, -1, SQLITE_STATIC);
          for (guint c = 0; c < N_COUNTS; c++)
            {
              if (metric->known & (1 << c))
                sqlite3_bind_int64 (stmt, base + 3 + c, metric->counts[c]);
              else
                sqlite3_bind_null (stmt, base + 3 + c);
            }
          sqlite3_bind_int64 (stmt, base + 12, job->batch_id);
        }

      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);

      if (rc == SQLITE_DONE)
        {
          for (guint i = 0; i < n_queued; i++)
            {
              ParsedMetric *metric = &g_array_index (parsed->metrics, ParsedMetric, parsed->queue[i]);
              ParsedPost *post = g_ptr_array_index (parsed->posts, metric->post);
              g_autofree char *title = NULL;

              if (!post->labelled)
                {
                  title = post_title (post);
                  post->labelled = TRUE;
                }
              _engage_import_report_add_row (job->report, metric->line, ENGAGE_IMPORT_ACTION_CREATED, title);
            }
          return TRUE;
        }

      if ((rc & 0xff) != SQLITE_CONSTRAINT || sqlite3_extended_errcode (db) != SQLITE_CONSTRAINT_UNIQUE)
        {
          _engage_project_set_sql_error (job->project, error);
          return FALSE;
        }
    }

  for (guint i = 0; i < n_queued; i++)
    if (!apply_metric (job, parsed, &g_array_index (parsed->metrics, ParsedMetric, parsed->queue[i]), error))
      return FALSE;

  return TRUE;
}

/* New metrics change the engagement rate of KPIs that Engage derives. */
static gboolean
derive_kpis (EngageImportJob  *job,
             GError          **error)
{
  guint n_changed = 0;

  if (!engage_project_derive_kpi_measurements (job->project, 0, NULL, &n_changed, error))
    return FALSE;

  if (n_changed > 0)
    _engage_import_report_add_message (job->report, 0,
                                       ngettext ("Updated %u derived measurement.",
                                                 "Updated %u derived measurements.",
                                                 n_changed),
                                       n_changed);
  return TRUE;
}

enum
{
  STAGE_SETUP,
  STAGE_POSTS,
  STAGE_METRICS,
  STAGE_SERIES,
  STAGE_DONE,
};

gboolean
_engage_import_metrics_apply (EngageImportJob  *job,
                              gint64            deadline,
                              gboolean         *done,
                              GError          **error)
{
  Parsed *parsed = job->parsed;
  guint n = 0;

  *done = FALSE;

  if (job->stage == STAGE_SETUP)
    {
      gboolean needs_channel = parsed->posts->len > 0 || parsed->series->len > 0;
      gboolean per_row_channel = FALSE;

      parsed->channels = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, channel_posts_free);
      parsed->units_total = parsed->posts->len + parsed->metrics->len + parsed->series->len;

      for (guint i = 0; i < parsed->posts->len && !per_row_channel; i++)
        per_row_channel = ((ParsedPost *) g_ptr_array_index (parsed->posts, i))->channel_name != NULL;

      if (needs_channel && !(per_row_channel && job->channel == NULL) &&
          !resolve_channel (job, parsed, &parsed->default_channel, error))
        return FALSE;

      if (parsed->metrics->len > 0 && !prepare_upsert (job, parsed, error))
        return FALSE;

      job->stage = STAGE_POSTS;
      job->position = 0;
    }

  while (job->stage == STAGE_POSTS && job->position < parsed->posts->len)
    {
      if (!apply_post (job, parsed, g_ptr_array_index (parsed->posts, job->position), error))
        return FALSE;
      job->position++;
      parsed->units_done++;
      if ((++n & 15) == 0 && g_get_monotonic_time () > deadline)
        goto out;
    }
  if (job->stage == STAGE_POSTS)
    {
      job->stage = STAGE_METRICS;
      job->position = 0;
    }

  /* Two passes over the metrics: first those of posts the project had, then
   * those of posts this import created. The second pass writes no undo log:
   * undoing the import deletes those posts, and the deletion cascades to their
   * metrics (and logs them for redo), so the log would only repeat it. It also
   * inserts its rows many to a statement, since every statement in the edit
   * costs a statement journal (the undo triggers could fail halfway). */
  while (job->stage == STAGE_METRICS && job->position < 2 * parsed->metrics->len)
    {
      gboolean second_pass = job->position >= parsed->metrics->len;
      guint index = job->position % parsed->metrics->len;
      ParsedMetric *metric = &g_array_index (parsed->metrics, ParsedMetric, index);
      ParsedPost *post = g_ptr_array_index (parsed->posts, metric->post);
      gboolean ok = TRUE;

      if (post->created == second_pass)
        {
          if (second_pass && !parsed->undo_off)
            {
              _engage_project_set_undo_enabled (job->project, FALSE);
              parsed->undo_off = TRUE;
            }
          if (second_pass)
            {
              parsed->queue[parsed->n_queued++] = index;
              if (parsed->n_queued == INSERT_BATCH)
                ok = flush_queue (job, parsed, TRUE, error);
            }
          else
            {
              ok = apply_metric (job, parsed, metric, error);
            }
          parsed->units_done++;
        }
      job->position++;

      if (!ok || ((++n & 255) == 0 && g_get_monotonic_time () > deadline))
        {
          ok = ok && flush_queue (job, parsed, FALSE, error);
          if (parsed->undo_off)
            {
              _engage_project_set_undo_enabled (job->project, TRUE);
              parsed->undo_off = FALSE;
            }
          if (!ok)
            return FALSE;
          goto out;
        }
    }
  if (!flush_queue (job, parsed, FALSE, error))
    return FALSE;
  if (parsed->undo_off)
    {
      _engage_project_set_undo_enabled (job->project, TRUE);
      parsed->undo_off = FALSE;
    }
  if (job->stage == STAGE_METRICS)
    {
      if (parsed->metrics->len > 0)
        job->tables |= ENGAGE_TABLE_POST_METRIC;
      g_clear_pointer (&parsed->upsert, sqlite3_finalize);
      g_clear_pointer (&parsed->insert, sqlite3_finalize);
      g_clear_pointer (&parsed->insert_batch, sqlite3_finalize);
      job->stage = STAGE_SERIES;
      job->position = 0;
    }

  while (job->stage == STAGE_SERIES && job->position < parsed->series->len)
    {
      if (!apply_series (job, parsed, g_ptr_array_index (parsed->series, job->position), error))
        return FALSE;
      job->position++;
      parsed->units_done++;
    }
  if (job->stage == STAGE_SERIES)
    {
      /* In the import's edit, so that Undo and Cancel take the new values of
       * derived KPIs back with the metrics they came from. */
      if (!derive_kpis (job, error))
        return FALSE;
      job->stage = STAGE_DONE;
    }

  *done = TRUE;

out:
  if (parsed->units_total > 0)
    _engage_import_job_progress (job, 0.4 + 0.55 * parsed->units_done / parsed->units_total);
  return TRUE;
}
