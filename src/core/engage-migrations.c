/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-migrations"

#include "config.h"

#include "engage-migrations.h"
#include "engage-project.h"

#include <glib/gi18n.h>

/* Schema version 1: the whole model of an Engage project. Times of day are Unix
 * seconds in UTC (the project's time zone says how to show them); calendar dates
 * (measurements, responses, KPI deadlines) are ISO 8601 "YYYY-MM-DD" text. Every
 * table is STRICT and has an INTEGER PRIMARY KEY, so row ids survive VACUUM and
 * the undo log can address rows by id. */
static const char schema_v1[] =
  "CREATE TABLE project ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  uuid TEXT NOT NULL,"
  "  name TEXT NOT NULL,"
  "  client TEXT NOT NULL DEFAULT '',"
  "  time_zone TEXT NOT NULL DEFAULT 'Europe/Berlin',"
  "  language TEXT NOT NULL DEFAULT 'de',"
  "  engagement_basis TEXT NOT NULL DEFAULT 'reach'"
  "    CHECK (engagement_basis IN ('reach', 'impressions', 'followers')),"
  "  created_at INTEGER NOT NULL"
  ") STRICT;"

  "CREATE TABLE channel ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  kind TEXT NOT NULL CHECK (kind IN ('facebook', 'instagram', 'linkedin', 'xing', 'x',"
  "    'mastodon', 'threads', 'tiktok', 'youtube', 'newsletter', 'blog', 'other')),"
  "  name TEXT NOT NULL,"
  "  handle TEXT NOT NULL DEFAULT '',"
  "  color TEXT NOT NULL DEFAULT '#3584e4',"
  "  char_limit INTEGER NOT NULL DEFAULT 0 CHECK (char_limit >= 0),"
  "  hashtag_limit INTEGER NOT NULL DEFAULT 0 CHECK (hashtag_limit >= 0),"
  "  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
  "  position INTEGER NOT NULL DEFAULT 0"
  ") STRICT;"

  "CREATE TABLE pillar ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  name TEXT NOT NULL,"
  "  description TEXT NOT NULL DEFAULT '',"
  "  color TEXT NOT NULL DEFAULT '#9141ac',"
  "  target_share REAL NOT NULL DEFAULT 0 CHECK (target_share >= 0 AND target_share <= 1),"
  "  position INTEGER NOT NULL DEFAULT 0"
  ") STRICT;"

  "CREATE TABLE post ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  channel_id INTEGER NOT NULL REFERENCES channel (id) ON DELETE CASCADE,"
  "  pillar_id INTEGER REFERENCES pillar (id) ON DELETE SET NULL,"
  "  status TEXT NOT NULL DEFAULT 'idea' CHECK (status IN ('idea', 'draft', 'in-review',"
  "    'approved', 'scheduled', 'published', 'archived')),"
  "  title TEXT NOT NULL DEFAULT '',"
  "  body TEXT NOT NULL DEFAULT '',"
  "  scheduled_at INTEGER,"
  "  published_at INTEGER,"
  "  campaign TEXT NOT NULL DEFAULT '',"
  "  owner TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  link TEXT NOT NULL DEFAULT '',"
  "  permalink TEXT NOT NULL DEFAULT '',"
  "  external_id TEXT NOT NULL DEFAULT '',"
  "  series_id TEXT,"
  "  variant_of TEXT,"
  "  approved_by TEXT NOT NULL DEFAULT '',"
  "  approved_at INTEGER,"
  "  imported INTEGER NOT NULL DEFAULT 0 CHECK (imported IN (0, 1)),"
  "  created_at INTEGER NOT NULL,"
  "  modified_at INTEGER NOT NULL"
  ") STRICT;"
  "CREATE INDEX post_scheduled ON post (scheduled_at);"
  "CREATE INDEX post_status ON post (status, scheduled_at);"
  "CREATE INDEX post_channel ON post (channel_id, scheduled_at);"
  "CREATE INDEX post_pillar ON post (pillar_id);"
  "CREATE INDEX post_series ON post (series_id) WHERE series_id IS NOT NULL;"
  "CREATE INDEX post_permalink ON post (permalink) WHERE permalink <> '';"
  "CREATE INDEX post_external_id ON post (external_id) WHERE external_id <> '';"

  "CREATE TABLE import_batch ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  kind TEXT NOT NULL,"
  "  format TEXT NOT NULL DEFAULT '',"
  "  file_name TEXT NOT NULL,"
  "  sha256 TEXT NOT NULL,"
  "  rows_read INTEGER NOT NULL DEFAULT 0,"
  "  rows_imported INTEGER NOT NULL DEFAULT 0,"
  "  rows_skipped INTEGER NOT NULL DEFAULT 0,"
  "  report TEXT NOT NULL DEFAULT '',"
  "  imported_at INTEGER NOT NULL"
  ") STRICT;"
  "CREATE INDEX import_batch_sha256 ON import_batch (sha256);"

  "CREATE TABLE post_metric ("
  "  id INTEGER PRIMARY KEY,"
  "  post_id INTEGER NOT NULL REFERENCES post (id) ON DELETE CASCADE,"
  "  date TEXT NOT NULL,"
  "  impressions INTEGER,"
  "  reach INTEGER,"
  "  views INTEGER,"
  "  reactions INTEGER,"
  "  comments INTEGER,"
  "  shares INTEGER,"
  "  saves INTEGER,"
  "  clicks INTEGER,"
  "  follows INTEGER,"
  "  import_batch_id INTEGER REFERENCES import_batch (id) ON DELETE SET NULL,"
  "  UNIQUE (post_id, date)"
  ") STRICT;"
  "CREATE INDEX post_metric_date ON post_metric (date);"

  "CREATE TABLE guideline_section ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  title TEXT NOT NULL,"
  "  body TEXT NOT NULL DEFAULT '',"
  "  checklist INTEGER NOT NULL DEFAULT 0 CHECK (checklist IN (0, 1))"
  ") STRICT;"

  "CREATE TABLE rule ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  kind TEXT NOT NULL,"
  "  params TEXT NOT NULL DEFAULT '{}',"
  "  channel_kinds TEXT NOT NULL DEFAULT '',"
  "  pillar_id INTEGER REFERENCES pillar (id) ON DELETE SET NULL,"
  "  section_id INTEGER REFERENCES guideline_section (id) ON DELETE SET NULL,"
  "  severity TEXT NOT NULL DEFAULT 'warning' CHECK (severity IN ('info', 'warning', 'error')),"
  "  message TEXT NOT NULL DEFAULT '',"
  "  enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),"
  "  position INTEGER NOT NULL DEFAULT 0"
  ") STRICT;"

  "CREATE TABLE nps_survey ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  name TEXT NOT NULL,"
  "  question TEXT NOT NULL DEFAULT ''"
  ") STRICT;"

  "CREATE TABLE kpi ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  name TEXT NOT NULL,"
  "  metric TEXT NOT NULL CHECK (metric IN ('engagement-rate', 'nps', 'followers', 'reach',"
  "    'response-time', 'repeat-purchases', 'website-visits', 'custom')),"
  "  unit TEXT NOT NULL DEFAULT '',"
  "  criterion TEXT NOT NULL DEFAULT 'at-least'"
  "    CHECK (criterion IN ('at-least', 'stay-above', 'stay-below')),"
  "  baseline_value REAL NOT NULL DEFAULT 0,"
  "  baseline_date TEXT,"
  "  target_value REAL NOT NULL DEFAULT 0,"
  "  start_date TEXT,"
  "  due_date TEXT,"
  "  channel_id INTEGER REFERENCES channel (id) ON DELETE SET NULL,"
  "  survey_id INTEGER REFERENCES nps_survey (id) ON DELETE SET NULL,"
  "  engagement_basis TEXT CHECK (engagement_basis IN ('reach', 'impressions', 'followers')),"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  position INTEGER NOT NULL DEFAULT 0"
  ") STRICT;"

  "CREATE TABLE measurement ("
  "  id INTEGER PRIMARY KEY,"
  "  kpi_id INTEGER NOT NULL REFERENCES kpi (id) ON DELETE CASCADE,"
  "  date TEXT NOT NULL,"
  "  value REAL NOT NULL,"
  "  note TEXT NOT NULL DEFAULT '',"
  "  source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import', 'derived')),"
  "  import_batch_id INTEGER REFERENCES import_batch (id) ON DELETE SET NULL"
  ") STRICT;"
  "CREATE INDEX measurement_kpi ON measurement (kpi_id, date);"

  "CREATE TABLE nps_response ("
  "  id INTEGER PRIMARY KEY,"
  "  survey_id INTEGER NOT NULL REFERENCES nps_survey (id) ON DELETE CASCADE,"
  "  date TEXT NOT NULL,"
  "  score INTEGER CHECK (score BETWEEN 0 AND 10),"
  "  comment TEXT NOT NULL DEFAULT '',"
  "  segment TEXT NOT NULL DEFAULT '',"
  "  respondent_id TEXT NOT NULL DEFAULT '',"
  "  import_batch_id INTEGER REFERENCES import_batch (id) ON DELETE SET NULL"
  ") STRICT;"
  "CREATE INDEX nps_response_survey ON nps_response (survey_id, date);";

/* Tables in an order where every table comes after those it references; version
 * 2 added no table. */
static const char * const tables_v1[] = {
  "project", "channel", "pillar", "post", "import_batch", "post_metric",
  "guideline_section", "rule", "nps_survey", "kpi", "measurement", "nps_response",
  NULL
};

static gboolean
exec_sql (sqlite3     *db,
          const char  *sql,
          GError     **error)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_MIGRATION,
                   "%s", message ? message : sqlite3_errmsg (db));
      sqlite3_free (message);
      return FALSE;
    }

  return TRUE;
}

static int
count_row_cb (void  *user_data,
              int    n_columns,
              char **values,
              char **names)
{
  guint *n_rows = user_data;

  (*n_rows)++;
  return 0;
}

/* A step that leaves a dangling reference must not commit. */
static gboolean
check_foreign_keys (sqlite3  *db,
                    GError  **error)
{
  guint n_violations = 0;

  if (sqlite3_exec (db, "PRAGMA foreign_key_check", count_row_cb, &n_violations, NULL) != SQLITE_OK)
    n_violations = G_MAXUINT;

  if (n_violations > 0)
    {
      g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_MIGRATION,
                           _("The upgraded project would hold references to missing rows."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
migrate_0_to_1 (sqlite3  *db,
                GError  **error)
{
  return exec_sql (db, schema_v1, error);
}

/* Version 2: the region whose public holidays the calendar shows (a code that
 * engage-holidays knows, e.g. "DE-BW"). Projects from before keep what they
 * showed until then, the holidays of the whole country. Adding a column with a
 * constant default rewrites no row, so even a large project upgrades at once. */
static gboolean
migrate_1_to_2 (sqlite3  *db,
                GError  **error)
{
  /* The region of the project's public holidays; and the scores in the
   * index the NPS queries use, so that counting 100,000 responses by score
   * and date reads the index alone, not every row. */
  return exec_sql (db,
                   "ALTER TABLE project ADD COLUMN holiday_region TEXT NOT NULL DEFAULT 'DE';"
                   "DROP INDEX nps_response_survey;"
                   "CREATE INDEX nps_response_score ON nps_response (survey_id, date, score);",
                   error);
}

static EngageMigrationFunc default_steps[] = {
  migrate_0_to_1,
  migrate_1_to_2,
};

G_STATIC_ASSERT (G_N_ELEMENTS (default_steps) == ENGAGE_SCHEMA_VERSION);

static const EngageMigrations default_migrations = {
  default_steps, G_N_ELEMENTS (default_steps),
};

/**
 * engage_migrations_get_default:
 *
 * Returns: (transfer none): the steps from an empty file to %ENGAGE_SCHEMA_VERSION
 */
const EngageMigrations *
engage_migrations_get_default (void)
{
  return &default_migrations;
}

/**
 * engage_migrations_get_tables:
 *
 * Returns: (transfer none): the current schema's tables, parents before children
 */
const char * const *
engage_migrations_get_tables (void)
{
  return tables_v1;
}

/**
 * engage_migrations_run:
 * @db: an open connection outside any transaction
 * @migrations: the steps to run
 * @from_version: the file's current `user_version`
 * @error: return location for a #GError
 *
 * Runs every step from @from_version up to the last one in a single transaction and
 * sets `user_version`. On failure nothing is changed. The caller makes the backup
 * copy first.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_migrations_run (sqlite3                *db,
                       const EngageMigrations *migrations,
                       guint                   from_version,
                       GError                **error)
{
  g_autofree char *set_version = NULL;

  g_return_val_if_fail (db != NULL, FALSE);
  g_return_val_if_fail (migrations != NULL, FALSE);
  g_return_val_if_fail (from_version <= migrations->n_steps, FALSE);

  if (from_version == migrations->n_steps)
    return TRUE;

  if (!exec_sql (db, "BEGIN IMMEDIATE", error))
    return FALSE;

  for (guint v = from_version; v < migrations->n_steps; v++)
    {
      g_autoptr(GError) local_error = NULL;

      if (!migrations->steps[v] (db, &local_error))
        {
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_MIGRATION,
                       _("Upgrading the project from version %u to %u failed: %s"),
                       v, v + 1, local_error->message);
          return FALSE;
        }
    }

  /* PRAGMA takes no bound parameters; the value is our own unsigned integer. */
  set_version = g_strdup_printf ("PRAGMA user_version = %u", migrations->n_steps);
  if (!exec_sql (db, set_version, error) || !check_foreign_keys (db, error))
    {
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  if (!exec_sql (db, "COMMIT", error))
    {
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}
