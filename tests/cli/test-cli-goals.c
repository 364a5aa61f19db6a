/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "engage-cli-test-util.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

/* engage-cli import metrics|nps and kpi list|record as a script sees them:
 * exit codes, one-sentence errors, JSON whose numbers the test recomputes from
 * the project's own rows. */

#define X_2016 "twitter__ropensci-org_ropensci-tweets__tweet_activity_metrics_rOpenSci_20161201_20170101_en.csv"
#define META_PAGE "facebook__crispee107161_pcm-dss-main__Follows.csv"
#define R_SURVEY "nps__rstudio_r-community-survey__2019_English_R_Community_Survey_Responses.csv"

typedef struct
{
  char *dir;
  char *project;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(EngageCliRun) created = { 0 };

  fixture->dir = g_dir_make_tmp ("engage-cli-goals-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->project = g_build_filename (fixture->dir, "bakery.engage", NULL);

  engage_cli_run (&created, "new", "--sample=en", "--today=2026-11-23", fixture->project, NULL);
  g_assert_cmpint (created.status, ==, 0);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (fixture->dir, name, NULL);
      g_unlink (child);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->project);
}

static char *
realdata (const char *name)
{
  return g_build_filename (g_getenv ("ENGAGE_REALDATA"), name, NULL);
}

static gint64
count_rows (const char *project,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (project, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
test_import_metrics (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *file = realdata (X_2016);
  g_auto(EngageCliRun) first = { 0 };
  g_auto(EngageCliRun) again = { 0 };
  gint64 posts;

  posts = count_rows (fixture->project, "SELECT count(*) FROM post");

  engage_cli_run (&first, "import", "metrics", fixture->project, file, NULL);
  g_assert_cmpstr (first.err, ==, "");
  g_assert_cmpint (first.status, ==, 0);
  g_assert_nonnull (strstr (first.out, "X tweet activity"));
  g_assert_nonnull (strstr (first.out, "37 rows read: 37 created, 0 matched, 0 updated, 0 skipped"));

  /* The sample's X channel takes the posts. */
  g_assert_cmpint (count_rows (fixture->project, "SELECT count(*) FROM post"), ==, posts + 37);
  g_assert_cmpint (count_rows (fixture->project, "SELECT count(*) FROM channel WHERE kind = 'x'"), ==, 1);
  g_assert_cmpint (count_rows (fixture->project,
                               "SELECT m.impressions FROM post_metric m JOIN post p ON p.id = m.post_id "
                               "WHERE p.external_id = '812369747765362688'"), ==, 1938);

  engage_cli_run (&again, "import", "metrics", "--format=x", fixture->project, file, NULL);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_nonnull (strstr (again.out, "37 rows read: 0 created, 0 matched, 37 updated, 0 skipped"));
  g_assert_nonnull (strstr (again.out, "already imported"));
  g_assert_cmpint (count_rows (fixture->project, "SELECT count(*) FROM post"), ==, posts + 37);
  g_assert_cmpint (count_rows (fixture->project, "SELECT count(*) FROM import_batch"), ==, 1);
}

static char *
read_bytes (const char *path,
            gsize      *length)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  return contents;
}

static void
test_import_refused (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *broken = g_build_filename (fixture->dir, "broken.csv", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "notes.csv", NULL);
  g_autofree char *real = realdata (X_2016);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;
  g_auto(EngageCliRun) ragged = { 0 };
  g_auto(EngageCliRun) unknown = { 0 };
  g_auto(EngageCliRun) usage = { 0 };
  g_auto(EngageCliRun) channel = { 0 };
  g_auto(EngageCliRun) map = { 0 };

  g_assert_true (g_file_set_contents (broken,
                                      "\"Tweet id\",\"Tweet permalink\",\"Tweet text\",\"time\",\"impressions\"\n"
                                      "\"1\",\"https://x.com/a/status/10001\",\"a\",\"2016-12-23 18:50 +0000\",\"10.0\"\n"
                                      "\"2\",\"https://x.com/a/status/10002\",\"b\",\"2016-12-23 18:50 +0000\"\n",
                                      -1, NULL));
  g_assert_true (g_file_set_contents (other, "Bread,Price\nRye,3.20\n", -1, NULL));

  before = read_bytes (fixture->project, &before_length);

  engage_cli_run (&ragged, "import", "metrics", fixture->project, broken, NULL);
  g_assert_cmpint (ragged.status, ==, 4);
  engage_cli_assert_one_sentence (ragged.err);
  g_assert_true (g_str_has_prefix (ragged.err, "“broken.csv”, line 3:"));
  g_assert_cmpstr (ragged.out, ==, "");

  engage_cli_run (&unknown, "import", "metrics", fixture->project, other, NULL);
  g_assert_cmpint (unknown.status, ==, 4);
  engage_cli_assert_one_sentence (unknown.err);
  g_assert_true (g_str_has_prefix (unknown.err, "“notes.csv”, line 1:"));

  engage_cli_run (&usage, "import", "metrics", "--format=myspace", fixture->project, real, NULL);
  g_assert_cmpint (usage.status, ==, 2);

  engage_cli_run (&channel, "import", "metrics", "--channel=Nowhere", fixture->project, real, NULL);
  g_assert_cmpint (channel.status, ==, 2);
  engage_cli_assert_one_sentence (channel.err);

  engage_cli_run (&map, "import", "metrics", "--map=when:Datum", fixture->project, real, NULL);
  g_assert_cmpint (map.status, ==, 2);

  after = read_bytes (fixture->project, &after_length);
  g_assert_cmpmem (before, before_length, after, after_length);
}

static void
test_import_nps (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *file = realdata (R_SURVEY);
  g_autofree char *scores = g_build_filename (fixture->dir, "scores.csv", NULL);
  g_auto(EngageCliRun) r = { 0 };
  g_auto(EngageCliRun) python = { 0 };
  g_auto(EngageCliRun) no_date = { 0 };
  g_auto(EngageCliRun) with_date = { 0 };
  gint64 responses = count_rows (fixture->project, "SELECT count(*) FROM nps_response");

  engage_cli_run (&r, "import", "nps", fixture->project, file, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "Google Forms"));
  g_assert_nonnull (strstr (r.out, "1838 rows read: 1795 created, 0 matched, 0 updated, 43 skipped"));
  g_assert_nonnull (strstr (r.out, "--column"));
  g_assert_cmpint (count_rows (fixture->project, "SELECT count(*) FROM nps_response"), ==, responses + 1795);

  /* The bakery's own survey keeps its responses. */
  g_assert_cmpint (count_rows (fixture->project, "SELECT count(*) FROM nps_response WHERE survey_id = 1"), ==, responses);

  engage_cli_run (&python, "import", "nps", "--column=Python", "--survey=Python users", fixture->project, file, NULL);
  g_assert_cmpint (python.status, ==, 0);
  g_assert_nonnull (strstr (python.out, "1015 created"));
  g_assert_cmpint (count_rows (fixture->project, "SELECT count(*) FROM nps_survey WHERE name = 'Python users'"), ==, 1);

  g_assert_true (g_file_set_contents (scores, "Score,Comment\n10,Great\n4,Slow\n", -1, NULL));
  engage_cli_run (&no_date, "import", "nps", fixture->project, scores, NULL);
  g_assert_cmpint (no_date.status, ==, 4);
  engage_cli_assert_one_sentence (no_date.err);
  g_assert_nonnull (strstr (no_date.err, "--date"));

  engage_cli_run (&with_date, "import", "nps", "--date=2026-11-20", fixture->project, scores, NULL);
  g_assert_cmpint (with_date.status, ==, 0);
  g_assert_cmpint (count_rows (fixture->project, "SELECT count(*) FROM nps_response WHERE date = '2026-11-20' "
                                                 "AND comment = 'Slow' AND score = 4"), ==, 1);
}

/* The assessment by hand, from DESIGN.md "Formulas" and the rows of the project. */
typedef struct
{
  gint64  id;
  char   *name;
  char   *criterion;
  double  baseline;
  double  target;
  char   *start;
  char   *due;
  double  current;
  char   *current_date;
} Expected;

static double
days_of (const char *iso)
{
  GDate date;

  if (iso == NULL)
    return NAN;
  g_date_clear (&date, 1);
  g_date_set_parse (&date, iso);
  g_assert_true (g_date_valid (&date));
  return g_date_get_julian (&date);
}

static const char *
expected_status (const Expected *kpi,
                 double          progress)
{
  gboolean below = g_str_equal (kpi->criterion, "stay-below");
  double start = days_of (kpi->start), due = days_of (kpi->due), now = days_of (kpi->current_date);
  double elapsed;

  if (isnan (kpi->current))
    return "no-data";
  if (below ? kpi->current <= kpi->target : kpi->current >= kpi->target)
    return "achieved";
  if (below ? kpi->baseline <= kpi->target : kpi->baseline >= kpi->target)
    return "at-risk";

  elapsed = now <= start ? 0.0 : now >= due ? 1.0 : (now - start) / (due - start);
  if (progress >= elapsed - 0.05)
    return "on-track";
  if (progress >= elapsed - 0.20)
    return "behind";
  return "at-risk";
}

static GPtrArray *
expected_kpis (const char *project,
               const char *today)
{
  GPtrArray *kpis = g_ptr_array_new ();
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (project, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT k.id, k.name, k.criterion, k.baseline_value, k.target_value, "
                                       "coalesce (k.start_date, k.baseline_date), k.due_date, "
                                       "(SELECT value FROM measurement m WHERE m.kpi_id = k.id AND m.date <= ?1 "
                                       " ORDER BY m.date DESC, m.id DESC LIMIT 1), "
                                       "(SELECT max (date) FROM measurement m WHERE m.kpi_id = k.id AND m.date <= ?1) "
                                       "FROM kpi k ORDER BY k.position, k.id",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_STATIC);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Expected *kpi = g_new0 (Expected, 1);

      kpi->id = sqlite3_column_int64 (stmt, 0);
      kpi->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      kpi->criterion = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      kpi->baseline = sqlite3_column_double (stmt, 3);
      kpi->target = sqlite3_column_double (stmt, 4);
      kpi->start = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      kpi->due = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
      kpi->current = sqlite3_column_type (stmt, 7) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, 7);
      kpi->current_date = g_strdup ((const char *) sqlite3_column_text (stmt, 8));
      g_ptr_array_add (kpis, kpi);
    }

  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return kpis;
}

static void
expected_free (gpointer data)
{
  Expected *kpi = data;

  g_free (kpi->name);
  g_free (kpi->criterion);
  g_free (kpi->start);
  g_free (kpi->due);
  g_free (kpi->current_date);
  g_free (kpi);
}

static JsonArray *
kpi_list (const char *project,
          JsonParser *parser)
{
  g_auto(EngageCliRun) run = { 0 };
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  engage_cli_run (&run, "kpi", "list", "--json", "--today=2026-11-23", project, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, &error));
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "today"), ==, "2026-11-23");
  return json_object_get_array_member (root, "kpis");
}

static void
assert_kpi_list_matches (const char *project)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) expected = expected_kpis (project, "2026-11-23");
  JsonArray *kpis = kpi_list (project, parser);

  g_ptr_array_set_free_func (expected, expected_free);
  g_assert_cmpuint (json_array_get_length (kpis), ==, expected->len);

  for (guint i = 0; i < expected->len; i++)
    {
      Expected *want = g_ptr_array_index (expected, i);
      JsonObject *got = json_array_get_object_element (kpis, i);
      double progress = (want->current - want->baseline) / (want->target - want->baseline);

      g_test_message ("%s", want->name);
      g_assert_cmpint (json_object_get_int_member (got, "id"), ==, want->id);
      g_assert_cmpstr (json_object_get_string_member (got, "name"), ==, want->name);
      g_assert_cmpfloat (json_object_get_double_member (got, "target"), ==, want->target);
      if (isnan (want->current))
        {
          g_assert_true (json_node_is_null (json_object_get_member (got, "current")));
          continue;
        }
      g_assert_cmpfloat_with_epsilon (json_object_get_double_member (got, "current"), want->current, 1e-9);
      g_assert_cmpstr (json_object_get_string_member (got, "current_date"), ==, want->current_date);
      if (isfinite (progress))
        g_assert_cmpfloat_with_epsilon (json_object_get_double_member (got, "progress"), progress, 1e-9);
      else
        g_assert_true (json_node_is_null (json_object_get_member (got, "progress")));
      g_assert_cmpstr (json_object_get_string_member (got, "status"), ==, expected_status (want, progress));
    }
}

static void
test_kpi_list (Fixture       *fixture,
               gconstpointer  data)
{
  g_auto(EngageCliRun) text = { 0 };

  assert_kpi_list_matches (fixture->project);

  engage_cli_run (&text, "kpi", "list", "--today=2026-11-23", fixture->project, NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "Net Promoter Score\n"));
  g_assert_nonnull (strstr (text.out, "of the way"));
}

static void
test_kpi_record (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *series = realdata (META_PAGE);
  g_auto(EngageCliRun) by_name = { 0 };
  g_auto(EngageCliRun) by_id = { 0 };
  g_auto(EngageCliRun) unknown = { 0 };
  g_auto(EngageCliRun) not_a_number = { 0 };
  g_auto(EngageCliRun) imported = { 0 };
  JsonArray *kpis;
  JsonObject *first;

  engage_cli_run (&by_name, "kpi", "record", fixture->project, "instagram engagement rate", "6,1", "--date=2026-11-23", NULL);
  g_assert_cmpstr (by_name.err, ==, "");
  g_assert_cmpint (by_name.status, ==, 0);
  g_assert_nonnull (strstr (by_name.out, "Instagram engagement rate"));

  kpis = kpi_list (fixture->project, parser);
  first = json_array_get_object_element (kpis, 0);
  g_assert_cmpfloat (json_object_get_double_member (first, "current"), ==, 6.1);
  /* 6.1 meets the target of 5.5. */
  g_assert_cmpstr (json_object_get_string_member (first, "status"), ==, "achieved");

  engage_cli_run (&by_id, "kpi", "record", "--date=2026-11-22", fixture->project, "2", "38", NULL);
  g_assert_cmpint (by_id.status, ==, 0);
  g_assert_cmpint (count_rows (fixture->project,
                               "SELECT count(*) FROM measurement WHERE kpi_id = 2 AND date = '2026-11-22' "
                               "AND value = 38 AND source = 'manual'"), ==, 1);

  engage_cli_run (&unknown, "kpi", "record", fixture->project, "Stock price", "4", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  engage_cli_assert_one_sentence (unknown.err);

  engage_cli_run (&not_a_number, "kpi", "record", fixture->project, "2", "lots", NULL);
  g_assert_cmpint (not_a_number.status, ==, 2);

  /* A page-level series becomes a KPI that kpi list shows like any other. */
  engage_cli_run (&imported, "import", "metrics", fixture->project, series, NULL);
  g_assert_cmpint (imported.status, ==, 0);
  g_assert_nonnull (strstr (imported.out, "“Facebook follows”"));
  assert_kpi_list_matches (fixture->project);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/cli/import/metrics", test_import_metrics);
  ADD ("/cli/import/refused", test_import_refused);
  ADD ("/cli/import/nps", test_import_nps);
  ADD ("/cli/kpi/list", test_kpi_list);
  ADD ("/cli/kpi/record", test_kpi_record);
#undef ADD

  return g_test_run ();
}
