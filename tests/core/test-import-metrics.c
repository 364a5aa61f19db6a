/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "engage-channel.h"
#include "engage-import.h"
#include "engage-import-private.h"
#include "engage-post.h"

/* The analytics importers on the real exports in ../shared/realdata: the
 * values asserted here were read from those files by hand (and with a second
 * CSV reader), not computed by Engage. */

/* 2024-03-01 12:00:00 UTC: tests never depend on the real clock. */
#define MARCH_1 G_GINT64_CONSTANT (1709294400)

#define X_2016 "twitter__ropensci-org_ropensci-tweets__tweet_activity_metrics_rOpenSci_20161201_20170101_en.csv"
#define X_2021 "twitter__ropensci-org_ropensci-tweets__tweet_activity_metrics_rOpenSci_20211101_20211201_en.csv"
#define META "facebook__crispee107161_pcm-dss-main__Sep-01-2025_Sep-30-2025_2855862537940540.csv"
#define META_PAGE "facebook__crispee107161_pcm-dss-main__Follows.csv"
#define META_LEGACY "facebook-legacy__sarah-avila_NPLF-Dashboard__Facebook_Posts_Q2.xls"
#define LINKEDIN_XLSX "linkedin__sarah-avila_NPLF-Dashboard__NPLF_LinkedIn_Q1.xlsx"
#define LINKEDIN_XLS "linkedin__sarah-avila_NPLF-Dashboard__NPLF_LinkedIn_Q1.xls"
#define YOUTUBE "youtube__buildwithadi_youtube-analyis-of-my-sister-youtube-channel__Table_data.csv"

typedef struct
{
  char          *dir;
  char          *path;
  EngageProject *project;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  fixture->dir = g_dir_make_tmp ("engage-import-metrics-XXXXXX", &error);
  g_assert_no_error (error);

  fixture->path = g_build_filename (fixture->dir, "test.engage", NULL);
  file = g_file_new_for_path (fixture->path);
  fixture->project = engage_project_create (file, "Test", &error);
  g_assert_no_error (error);
  _engage_project_set_clock (fixture->project, MARCH_1);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (fixture->project != NULL)
    engage_project_close (fixture->project);
  g_clear_object (&fixture->project);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (fixture->dir, name, NULL);
      g_unlink (child);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static GFile *
realdata (const char *name)
{
  const char *dir = g_getenv ("ENGAGE_REALDATA");

  g_assert_nonnull (dir);
  return g_file_new_build_filename (dir, name, NULL);
}

static EngageImportReport *
import (EngageProject      *project,
        const char         *name,
        EngageImportFormat  format,
        const char         *channel)
{
  g_autoptr(GFile) file = realdata (name);
  g_autoptr(GError) error = NULL;
  EngageImportOptions options = { format, channel, };
  EngageImportReport *report;

  report = engage_import_metrics (project, file, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static gint64
query_int (EngageProject *project,
           const char    *sql,
           const char    *parameter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = _engage_project_prepare (project, sql, &error);
  gint64 value;

  g_assert_no_error (error);
  if (parameter != NULL)
    sqlite3_bind_text (stmt, 1, parameter, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_type (stmt, 0) == SQLITE_NULL ? -1 : sqlite3_column_int64 (stmt, 0);
  return value;
}

static char *
query_text (EngageProject *project,
            const char    *sql,
            const char    *parameter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = _engage_project_prepare (project, sql, &error);

  g_assert_no_error (error);
  if (parameter != NULL)
    sqlite3_bind_text (stmt, 1, parameter, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/* One count of the metrics of the post with an external id. */
static gint64
metric_of (EngageProject *project,
           const char    *external_id,
           const char    *column)
{
  g_autofree char *sql = g_strdup_printf ("SELECT m.%s FROM post_metric m JOIN post p ON p.id = m.post_id "
                                          "WHERE p.external_id = ?1", column);

  return query_int (project, sql, external_id);
}

static void
assert_counts (EngageProject *project,
               guint          posts,
               guint          metrics,
               guint          batches)
{
  EngageProjectCounts counts;
  g_autoptr(GError) error = NULL;

  g_assert_true (engage_project_get_counts (project, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.posts, ==, posts);
  g_assert_cmpuint (counts.post_metrics, ==, metrics);
  g_assert_cmpuint (counts.import_batches, ==, batches);
}

static gboolean
report_says (EngageImportReport *report,
             const char         *words,
             guint               line)
{
  for (guint i = 0; i < engage_import_report_get_n_messages (report); i++)
    {
      guint message_line;
      const char *message = engage_import_report_get_message (report, i, &message_line);

      if (strstr (message, words) != NULL && (line == 0 || line == message_line))
        return TRUE;
    }

  return FALSE;
}

static void
test_x_classic (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(EngageImportReport) first = NULL;
  g_autoptr(EngageImportReport) again = NULL;
  g_autofree char *date = NULL;

  first = import (fixture->project, X_2016, ENGAGE_IMPORT_FORMAT_AUTO, NULL);
  g_assert_cmpint (engage_import_report_get_format (first), ==, ENGAGE_IMPORT_FORMAT_X);
  g_assert_cmpuint (engage_import_report_get_rows_read (first), ==, 37);
  g_assert_cmpuint (engage_import_report_get_rows_created (first), ==, 37);
  g_assert_cmpuint (engage_import_report_get_rows_skipped (first), ==, 0);
  g_assert_true (report_says (first, "created", 0));
  assert_counts (fixture->project, 37, 37, 1);

  /* "New #rstats pkg finch on CRAN …", 2016-12-23 18:50 +0000. */
  g_assert_cmpint (metric_of (fixture->project, "812369747765362688", "impressions"), ==, 1938);
  g_assert_cmpint (metric_of (fixture->project, "812369747765362688", "reactions"), ==, 1);
  g_assert_cmpint (metric_of (fixture->project, "812369747765362688", "clicks"), ==, 15);
  g_assert_cmpint (metric_of (fixture->project, "812369747765362688", "shares"), ==, 0);
  g_assert_cmpint (metric_of (fixture->project, "812369747765362688", "reach"), ==, -1);
  date = query_text (fixture->project, "SELECT m.date FROM post_metric m JOIN post p ON p.id = m.post_id "
                                       "WHERE p.external_id = ?1", "812369747765362688");
  g_assert_cmpstr (date, ==, "2016-12-23");
  g_assert_cmpint (query_int (fixture->project, "SELECT published_at FROM post WHERE external_id = ?1",
                              "812369747765362688"), ==, 1482519000);
  g_assert_cmpint (query_int (fixture->project, "SELECT sum (impressions) FROM post_metric", NULL), ==, 110828);
  g_assert_cmpint (query_int (fixture->project, "SELECT count(*) FROM post WHERE imported = 1 AND status = 'published'",
                              NULL), ==, 37);
  g_assert_cmpint (query_int (fixture->project, "SELECT count(*) FROM channel WHERE kind = 'x'", NULL), ==, 1);

  /* The same file again: every row updates, nothing is added. */
  again = import (fixture->project, X_2016, ENGAGE_IMPORT_FORMAT_AUTO, NULL);
  g_assert_cmpuint (engage_import_report_get_rows_created (again), ==, 0);
  g_assert_cmpuint (engage_import_report_get_rows_updated (again), ==, 37);
  g_assert_nonnull (engage_import_report_get_previous_import (again));
  g_assert_true (report_says (again, "already imported", 0));
  assert_counts (fixture->project, 37, 37, 1);
  g_assert_cmpint (query_int (fixture->project, "SELECT count(*) FROM channel", NULL), ==, 1);
}

static void
test_x_emoji_newlines (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(EngageImportReport) report = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;

  report = import (fixture->project, X_2021, ENGAGE_IMPORT_FORMAT_X, NULL);
  g_assert_cmpuint (engage_import_report_get_rows_read (report), ==, 33);
  g_assert_cmpuint (engage_import_report_get_rows_created (report), ==, 33);

  /* A tweet whose text has blank lines and emoji, quoted across lines. */
  g_assert_cmpint (metric_of (fixture->project, "1465591708847116289", "impressions"), ==, 2289);
  g_assert_cmpint (metric_of (fixture->project, "1465591708847116289", "reactions"), ==, 5);
  g_assert_cmpint (metric_of (fixture->project, "1465591708847116289", "shares"), ==, 3);
  g_assert_cmpint (metric_of (fixture->project, "1465591708847116289", "clicks"), ==, 10);
  title = query_text (fixture->project, "SELECT title FROM post WHERE external_id = ?1", "1465591708847116289");
  g_assert_cmpstr (title, ==, "November News 💌 #RStats");
  body = query_text (fixture->project, "SELECT body FROM post WHERE external_id = ?1", "1465591708847116289");
  g_assert_true (g_str_has_prefix (body, "November News 💌 #RStats\n\nhttps://t.co/so6V8HcS4j\n\n📅 Comm call"));
  g_assert_true (g_str_has_suffix (body, "📦  development tips"));
  g_assert_cmpint (query_int (fixture->project, "SELECT sum (impressions) FROM post_metric", NULL), ==, 131651);
}

static void
test_meta_content (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(EngageImportReport) report = NULL;
  g_autoptr(EngageImportReport) again = NULL;
  g_autofree char *channel = NULL;

  report = import (fixture->project, META, ENGAGE_IMPORT_FORMAT_AUTO, NULL);
  g_assert_cmpint (engage_import_report_get_format (report), ==, ENGAGE_IMPORT_FORMAT_META);
  g_assert_cmpstr (engage_import_report_get_encoding (report), ==, "UTF-8 (BOM)");
  g_assert_cmpuint (engage_import_report_get_rows_read (report), ==, 81);
  g_assert_cmpuint (engage_import_report_get_rows_created (report), ==, 81);
  assert_counts (fixture->project, 81, 81, 1);

  /* The channel is named after the page. */
  channel = query_text (fixture->project, "SELECT name FROM channel WHERE kind = 'facebook'", NULL);
  g_assert_cmpstr (channel, ==, "PC Merchandise");

  /* A photo post of 09/01/2025 21:13 and a reel of 09/30/2025 19:01. */
  g_assert_cmpint (metric_of (fixture->project, "1168834171933140", "views"), ==, 1628);
  g_assert_cmpint (metric_of (fixture->project, "1168834171933140", "reach"), ==, 923);
  g_assert_cmpint (metric_of (fixture->project, "1168834171933140", "reactions"), ==, 6);
  g_assert_cmpint (metric_of (fixture->project, "1168834171933140", "comments"), ==, 1);
  g_assert_cmpint (metric_of (fixture->project, "1192508222899068", "views"), ==, 983);
  g_assert_cmpint (metric_of (fixture->project, "1192508222899068", "reach"), ==, 720);
  g_assert_cmpint (metric_of (fixture->project, "1192508222899068", "reactions"), ==, 4);
  /* 21:13 in Berlin, the project's time zone, is 19:13 UTC. */
  g_assert_cmpint (query_int (fixture->project, "SELECT published_at FROM post WHERE external_id = ?1",
                              "1168834171933140"), ==, 1756753980);
  g_assert_cmpint (query_int (fixture->project, "SELECT sum (views) FROM post_metric", NULL), ==, 266909);
  g_assert_cmpint (query_int (fixture->project, "SELECT sum (reach) FROM post_metric", NULL), ==, 167097);

  again = import (fixture->project, META, ENGAGE_IMPORT_FORMAT_AUTO, NULL);
  g_assert_cmpuint (engage_import_report_get_rows_updated (again), ==, 81);
  assert_counts (fixture->project, 81, 81, 1);
}

static void
test_meta_page_series (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(EngageImportReport) report = NULL;
  g_autoptr(EngageImportReport) again = NULL;
  EngageProjectCounts counts;

  report = import (fixture->project, META_PAGE, ENGAGE_IMPORT_FORMAT_AUTO, NULL);
  g_assert_cmpint (engage_import_report_get_format (report), ==, ENGAGE_IMPORT_FORMAT_META_PAGE);
  g_assert_cmpstr (engage_import_report_get_encoding (report), ==, "UTF-16LE");
  g_assert_cmpuint (engage_import_report_get_rows_read (report), ==, 28);
  g_assert_cmpuint (engage_import_report_get_rows_created (report), ==, 28);

  /* A followers KPI of the Facebook channel, one measurement per day. */
  g_assert_cmpint (query_int (fixture->project, "SELECT count(*) FROM kpi k JOIN channel c ON c.id = k.channel_id "
                              "WHERE k.metric = 'followers' AND c.kind = 'facebook' AND k.name = ?1",
                              "Facebook follows"), ==, 1);
  g_assert_cmpint (query_int (fixture->project, "SELECT count(*) FROM measurement WHERE source = 'import'", NULL), ==, 28);
  g_assert_cmpint (query_int (fixture->project, "SELECT sum (value) FROM measurement", NULL), ==, 631);
  g_assert_cmpint (query_int (fixture->project, "SELECT value FROM measurement WHERE date = ?1", "2025-09-20"), ==, 20);
  g_assert_cmpint (query_int (fixture->project, "SELECT value FROM measurement WHERE date = ?1", "2025-10-17"), ==, 18);

  again = import (fixture->project, META_PAGE, ENGAGE_IMPORT_FORMAT_META_PAGE, NULL);
  g_assert_cmpuint (engage_import_report_get_rows_updated (again), ==, 28);
  g_assert_true (engage_project_get_counts (fixture->project, &counts, NULL));
  g_assert_cmpuint (counts.kpis, ==, 1);
  g_assert_cmpuint (counts.measurements, ==, 28);
  g_assert_cmpuint (counts.channels, ==, 1);
}

static void
test_meta_legacy (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(EngageImportReport) report = NULL;

  report = import (fixture->project, META_LEGACY, ENGAGE_IMPORT_FORMAT_AUTO, NULL);
  g_assert_cmpint (engage_import_report_get_format (report), ==, ENGAGE_IMPORT_FORMAT_META_LEGACY);
  /* Two header rows, then 63 posts. */
  g_assert_cmpuint (engage_import_report_get_rows_read (report), ==, 63);
  g_assert_cmpuint (engage_import_report_get_rows_created (report), ==, 63);

  /* From "Key Metrics", and from the sheets of stories and consumptions. */
  g_assert_cmpint (metric_of (fixture->project, "97150433029_10157586960253030", "reach"), ==, 640);
  g_assert_cmpint (metric_of (fixture->project, "97150433029_10157586960253030", "impressions"), ==, 699);
  g_assert_cmpint (metric_of (fixture->project, "97150433029_10157586960253030", "reactions"), ==, 65);
  g_assert_cmpint (metric_of (fixture->project, "97150433029_10157586960253030", "comments"), ==, 17);
  g_assert_cmpint (metric_of (fixture->project, "97150433029_10157586960253030", "shares"), ==, 5);
  g_assert_cmpint (metric_of (fixture->project, "97150433029_10157586960253030", "clicks"), ==, 10);
  g_assert_cmpint (metric_of (fixture->project, "97150433029_10157585220708030", "reach"), ==, 151);
  g_assert_cmpint (metric_of (fixture->project, "97150433029_10157585220708030", "reactions"), ==, 6);
}

static void
test_linkedin (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(EngageImportReport) xlsx = NULL;
  g_autoptr(EngageImportReport) xls = NULL;
  g_autofree char *date = NULL;
  const char *bob = "6668629362029412352";

  xlsx = import (fixture->project, LINKEDIN_XLSX, ENGAGE_IMPORT_FORMAT_AUTO, NULL);
  g_assert_cmpint (engage_import_report_get_format (xlsx), ==, ENGAGE_IMPORT_FORMAT_LINKEDIN);
  g_assert_cmpuint (engage_import_report_get_rows_read (xlsx), ==, 10);
  g_assert_cmpuint (engage_import_report_get_rows_created (xlsx), ==, 10);
  g_assert_true (report_says (xlsx, "Update Engagement", 0));

  /* "Bob Higgins is definitely a NPLF …": 1014 impressions, created 43970
   * (2020-05-19 as an Excel serial). */
  g_assert_cmpint (query_int (fixture->project, "SELECT count(*) FROM post WHERE title LIKE 'Bob Higgins%'", NULL), ==, 1);
  g_clear_pointer (&date, g_free);
  date = query_text (fixture->project, "SELECT external_id FROM post WHERE title LIKE 'Bob Higgins%'", NULL);
  g_assert_cmpstr (date, ==, bob);
  g_assert_cmpint (metric_of (fixture->project, bob, "impressions"), ==, 1014);
  g_assert_cmpint (metric_of (fixture->project, bob, "reactions"), ==, 37);
  g_assert_cmpint (metric_of (fixture->project, bob, "comments"), ==, 3);
  g_assert_cmpint (metric_of (fixture->project, bob, "shares"), ==, 1);
  g_assert_cmpint (metric_of (fixture->project, bob, "clicks"), ==, 17);
  g_clear_pointer (&date, g_free);
  date = query_text (fixture->project, "SELECT m.date FROM post_metric m JOIN post p ON p.id = m.post_id "
                                       "WHERE p.external_id = ?1", bob);
  g_assert_cmpstr (date, ==, "2020-05-19");
  g_assert_cmpint (query_int (fixture->project, "SELECT sum (impressions) FROM post_metric", NULL), ==, 2551);

  /* The same table as an old .xls: the same posts, found by their links. */
  xls = import (fixture->project, LINKEDIN_XLS, ENGAGE_IMPORT_FORMAT_LINKEDIN, NULL);
  g_assert_cmpstr (engage_import_report_get_encoding (xls), ==, "Excel 97–2003 workbook (.xls)");
  g_assert_cmpuint (engage_import_report_get_rows_read (xls), ==, 10);
  g_assert_cmpuint (engage_import_report_get_rows_created (xls), ==, 0);
  g_assert_cmpuint (engage_import_report_get_rows_updated (xls), ==, 10);
  assert_counts (fixture->project, 10, 10, 2);
  g_assert_cmpint (metric_of (fixture->project, bob, "impressions"), ==, 1014);
}

static void
test_youtube (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(EngageImportReport) report = NULL;
  guint line;
  EngageImportAction action;

  report = import (fixture->project, YOUTUBE, ENGAGE_IMPORT_FORMAT_AUTO, NULL);
  g_assert_cmpint (engage_import_report_get_format (report), ==, ENGAGE_IMPORT_FORMAT_YOUTUBE);
  g_assert_cmpuint (engage_import_report_get_rows_read (report), ==, 25);
  g_assert_cmpuint (engage_import_report_get_rows_created (report), ==, 24);
  g_assert_cmpuint (engage_import_report_get_rows_skipped (report), ==, 1);
  g_assert_true (report_says (report, "total", 2));
  action = engage_import_report_get_row (report, 0, &line, NULL);
  g_assert_cmpint (action, ==, ENGAGE_IMPORT_ACTION_SKIPPED);
  g_assert_cmpuint (line, ==, 2);
  assert_counts (fixture->project, 24, 24, 1);

  g_assert_cmpint (metric_of (fixture->project, "oEDe6JMwL7Q", "views"), ==, 58005);
  g_assert_cmpint (metric_of (fixture->project, "oEDe6JMwL7Q", "impressions"), ==, 797168);
  g_assert_cmpint (metric_of (fixture->project, "oEDe6JMwL7Q", "follows"), ==, 269);
  /* Net subscribers can be negative. */
  g_assert_cmpint (metric_of (fixture->project, "LMdbJZqNCk8", "follows"), ==, -1);
  g_assert_cmpint (query_int (fixture->project, "SELECT count(*) FROM post_metric WHERE follows IS NULL", NULL), ==, 0);
  /* The "Total" row (61685 views) also counts videos the table leaves out:
   * it is not a post, and the 24 videos add up to less. */
  g_assert_cmpint (query_int (fixture->project, "SELECT sum (views) FROM post_metric", NULL), ==, 61503);
}

/* Every real export, twice, into one project: the second time changes no count. */
static void
test_all_twice (Fixture       *fixture,
                gconstpointer  data)
{
  const struct { const char *name; EngageImportFormat format; guint read; } files[] = {
    { X_2016, ENGAGE_IMPORT_FORMAT_X, 37 },
    { X_2021, ENGAGE_IMPORT_FORMAT_X, 33 },
    { META, ENGAGE_IMPORT_FORMAT_META, 81 },
    { META_PAGE, ENGAGE_IMPORT_FORMAT_META_PAGE, 28 },
    { META_LEGACY, ENGAGE_IMPORT_FORMAT_META_LEGACY, 63 },
    { LINKEDIN_XLSX, ENGAGE_IMPORT_FORMAT_LINKEDIN, 10 },
    { LINKEDIN_XLS, ENGAGE_IMPORT_FORMAT_LINKEDIN, 10 },
    { YOUTUBE, ENGAGE_IMPORT_FORMAT_YOUTUBE, 25 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(EngageImportReport) first = NULL;
      g_autoptr(EngageImportReport) second = NULL;
      EngageProjectCounts before, after;

      g_test_message ("%s", files[i].name);
      first = import (fixture->project, files[i].name, ENGAGE_IMPORT_FORMAT_AUTO, NULL);
      g_assert_cmpint (engage_import_report_get_format (first), ==, files[i].format);
      g_assert_cmpuint (engage_import_report_get_rows_read (first), ==, files[i].read);
      g_assert_true (engage_project_get_counts (fixture->project, &before, NULL));

      second = import (fixture->project, files[i].name, ENGAGE_IMPORT_FORMAT_AUTO, NULL);
      g_assert_cmpuint (engage_import_report_get_rows_created (second), ==, 0);
      g_assert_cmpuint (engage_import_report_get_rows_updated (second),
                        ==, files[i].read - engage_import_report_get_rows_skipped (second));
      g_assert_true (engage_project_get_counts (fixture->project, &after, NULL));
      g_assert_cmpmem (&before, sizeof before, &after, sizeof after);
    }
}

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static void
test_excel_resaved (Fixture       *fixture,
                    gconstpointer  data)
{
  /* What Excel on a German Windows makes of an X export: ';', Windows-1252,
   * the ids in scientific notation. */
  const char csv[] =
    "Tweet id;Tweet permalink;Tweet text;time;impressions;engagements;engagement rate;retweets;replies;likes;url clicks;follows\r\n"
    "8,12369747765363E+17;https://twitter.com/rOpenSci/status/812369747765362688;New #rstats pkg finch \xe2\x80\x93 caf\xe9;2016-12-23 18:50 +0000;1938,0;18,0;0,0093;0,0;0,0;1,0;15,0;0\r\n"
    "8,12341199767863E+17;https://twitter.com/rOpenSci/status/812341199767863296;New ver. stplanr;2016-12-23 16:56 +0000;3626,0;72,0;0,0199;11,0;0,0;11,0;44,0;0\r\n";
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageImportReport) report = NULL;
  g_autofree char *title = NULL;
  g_autofree char *bytes = g_strdup (csv);

  /* Make it Windows-1252: the en dash as 0x96. */
  {
    char *dash = strstr (bytes, "\xe2\x80\x93");

    dash[0] = '\x96';
    memmove (dash + 1, dash + 3, strlen (dash + 3) + 1);
  }

  file = write_file (fixture, "tweets-excel.csv", bytes, -1);
  report = engage_import_metrics (fixture->project, file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (engage_import_report_get_encoding (report), ==, "Windows-1252");
  g_assert_cmpuint (engage_import_report_get_rows_created (report), ==, 2);
  g_assert_true (report_says (report, "scientific notation", 2));

  g_assert_cmpint (metric_of (fixture->project, "812369747765362688", "impressions"), ==, 1938);
  g_assert_cmpint (metric_of (fixture->project, "812341199767863296", "impressions"), ==, 3626);
  g_assert_cmpint (metric_of (fixture->project, "812341199767863296", "reactions"), ==, 11);
  title = query_text (fixture->project, "SELECT title FROM post WHERE external_id = ?1", "812369747765362688");
  g_assert_cmpstr (title, ==, "New #rstats pkg finch – café");
}

static void
test_matching (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(EngageChannel) channel = engage_channel_new (ENGAGE_CHANNEL_KIND_X, "rOpenSci");
  g_autoptr(EngagePost) planned = NULL;
  g_autoptr(EngagePost) other_day = NULL;
  g_autoptr(EngagePost) stored = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) far = NULL;
  g_autoptr(EngageImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (engage_project_add_channel (fixture->project, channel, &error));
  g_assert_no_error (error);

  /* Planned for 18:40 UTC; the tweet went out at 18:50. */
  planned = engage_post_new (engage_channel_get_id (channel), "finch on CRAN");
  when = g_date_time_new_utc (2016, 12, 23, 18, 40, 0);
  engage_post_set_scheduled_at (planned, when);
  engage_post_set_status (planned, ENGAGE_POST_STATUS_SCHEDULED);
  g_assert_true (engage_project_add_post (fixture->project, planned, &error));

  /* Two hours off: not the same post. */
  other_day = engage_post_new (engage_channel_get_id (channel), "stplanr release");
  far = g_date_time_new_utc (2016, 12, 23, 14, 50, 0);
  engage_post_set_scheduled_at (other_day, far);
  g_assert_true (engage_project_add_post (fixture->project, other_day, &error));

  report = import (fixture->project, X_2016, ENGAGE_IMPORT_FORMAT_AUTO, NULL);
  g_assert_cmpuint (engage_import_report_get_rows_matched (report), ==, 1);
  g_assert_cmpuint (engage_import_report_get_rows_created (report), ==, 36);

  stored = engage_project_get_post (fixture->project, engage_post_get_id (planned), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (engage_post_get_external_id (stored), ==, "812369747765362688");
  g_assert_cmpint (engage_post_get_status (stored), ==, ENGAGE_POST_STATUS_PUBLISHED);
  g_assert_false (engage_post_get_imported (stored));
  g_assert_cmpstr (engage_post_get_title (stored), ==, "finch on CRAN");
  g_assert_cmpint (metric_of (fixture->project, "812369747765362688", "impressions"), ==, 1938);
  g_assert_cmpint (query_int (fixture->project, "SELECT count(*) FROM post WHERE title = ?1 AND external_id = ''",
                              "stplanr release"), ==, 1);
  assert_counts (fixture->project, 38, 37, 1);
}

static void
test_several_channels (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(EngageChannel) a = engage_channel_new (ENGAGE_CHANNEL_KIND_X, "Brand");
  g_autoptr(EngageChannel) b = engage_channel_new (ENGAGE_CHANNEL_KIND_X, "Support");
  g_autoptr(GFile) file = realdata (X_2016);
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageImportReport) report = NULL;
  EngageImportOptions options = { ENGAGE_IMPORT_FORMAT_AUTO, };

  g_assert_true (engage_project_add_channel (fixture->project, a, NULL));
  g_assert_true (engage_project_add_channel (fixture->project, b, NULL));

  report = engage_import_metrics (fixture->project, file, &options, NULL, &error);
  g_assert_error (error, ENGAGE_IMPORT_ERROR, ENGAGE_IMPORT_ERROR_AMBIGUOUS);
  g_assert_null (report);
  g_assert_nonnull (strstr (error->message, "--channel"));
  assert_counts (fixture->project, 0, 0, 0);
  g_clear_error (&error);

  options.channel = "Support";
  report = engage_import_metrics (fixture->project, file, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture->project, "SELECT count(*) FROM post WHERE channel_id = ?1", "2"), ==, 37);
  g_clear_object (&report);

  options.channel = "Nowhere";
  report = engage_import_metrics (fixture->project, file, &options, NULL, &error);
  g_assert_error (error, ENGAGE_IMPORT_ERROR, ENGAGE_IMPORT_ERROR_OPTION);
}

static void
test_generic (Fixture       *fixture,
              gconstpointer  data)
{
  /* A German spreadsheet: ';', decimal commas, its own column names. */
  const char csv[] =
    "Datum;Beitrags-ID;Text;Impressionen;Reaktionen;Kommentare\n"
    "03.02.2024;A-1;\"Neues Brot\nab Montag\";1.234;12;3\n"
    "04.02.2024;A-1;\"Neues Brot\nab Montag\";2.345;20;4\n"
    "03.02.2024;B-7;Rezept;500;5;\n"
    "04.02.2024;A-1;\"Neues Brot\nab Montag\";2.400;21;4\n";
  g_autoptr(EngageChannel) channel = engage_channel_new (ENGAGE_CHANNEL_KIND_INSTAGRAM, "Instagram");
  g_autoptr(GFile) file = write_file (fixture, "generic.csv", csv, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageImportReport) report = NULL;
  g_autoptr(EngageImportReport) again = NULL;
  EngageImportOptions options = { ENGAGE_IMPORT_FORMAT_GENERIC, NULL,
                                  "date:Datum,id:Beitrags-ID,impressions:Impressionen,reactions:Reaktionen" };

  g_assert_true (engage_project_add_channel (fixture->project, channel, NULL));

  report = engage_import_metrics (fixture->project, file, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (engage_import_report_get_format (report), ==, ENGAGE_IMPORT_FORMAT_GENERIC);
  g_assert_cmpuint (engage_import_report_get_rows_read (report), ==, 4);
  /* The last row repeats a post and day: its values win. */
  g_assert_cmpuint (engage_import_report_get_rows_created (report), ==, 3);
  g_assert_cmpuint (engage_import_report_get_rows_updated (report), ==, 1);
  assert_counts (fixture->project, 2, 3, 1);
  g_assert_cmpint (query_int (fixture->project, "SELECT m.impressions FROM post_metric m JOIN post p ON p.id = m.post_id "
                              "WHERE p.external_id = 'A-1' AND m.date = ?1", "2024-02-04"), ==, 2400);
  g_assert_cmpint (query_int (fixture->project, "SELECT m.comments FROM post_metric m JOIN post p ON p.id = m.post_id "
                              "WHERE p.external_id = 'A-1' AND m.date = ?1", "2024-02-03"), ==, 3);
  g_assert_cmpint (metric_of (fixture->project, "B-7", "comments"), ==, -1);
  g_assert_cmpint (query_int (fixture->project, "SELECT count(*) FROM post WHERE title = ?1", "Neues Brot"), ==, 1);

  /* Auto-detected from the same German names, without a mapping. */
  again = engage_import_metrics (fixture->project, file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (engage_import_report_get_format (again), ==, ENGAGE_IMPORT_FORMAT_GENERIC);
  g_assert_cmpuint (engage_import_report_get_rows_updated (again), ==, 4);
  assert_counts (fixture->project, 2, 3, 1);
}

/* Many rows go in a statement at a time; a repeated post and day among them
 * still ends as one row with the later values. */
static void
test_generic_batches (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(EngageChannel) channel = engage_channel_new (ENGAGE_CHANNEL_KIND_INSTAGRAM, "Instagram");
  g_autoptr(GString) csv = g_string_new ("date\tid\treach\n");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageImportReport) report = NULL;

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (csv, "2024-03-%02u\tpost-%u\t%u\n", 1 + i / 20, i % 20, i);
  /* Line 152 repeats line 151's post and day. */
  g_string_append (csv, "");
  {
    g_auto(GStrv) lines = g_strsplit (csv->str, "\n", -1);
    g_autofree char *repeated = g_strdup_printf ("%.*s\t999", (int) (strrchr (lines[150], '\t') - lines[150]),
                                                 lines[150]);

    g_free (lines[151]);
    lines[151] = g_steal_pointer (&repeated);
    g_string_assign (csv, "");
    for (guint i = 0; lines[i] != NULL; i++)
      g_string_append_printf (csv, "%s%s", lines[i], lines[i + 1] != NULL ? "\n" : "");
  }

  g_assert_true (engage_project_add_channel (fixture->project, channel, NULL));
  file = write_file (fixture, "reach.tsv", csv->str, -1);
  report = engage_import_metrics (fixture->project, file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (engage_import_report_get_rows_read (report), ==, 300);
  g_assert_cmpuint (engage_import_report_get_rows_created (report), ==, 299);
  g_assert_cmpuint (engage_import_report_get_rows_updated (report), ==, 1);
  assert_counts (fixture->project, 20, 299, 1);
  g_assert_cmpint (query_int (fixture->project, "SELECT sum (reach) FROM post_metric WHERE reach = ?1", "999"), ==, 999);
  g_assert_cmpint (query_int (fixture->project, "SELECT count(*) FROM post_metric WHERE reach = 150", NULL), ==, 0);
}

static char *
read_bytes (const char *path,
            gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

/* A broken file is refused with its line, and the project file keeps every byte. */
static void
assert_refused (Fixture    *fixture,
                const char *contents,
                gssize      length,
                const char *where)
{
  g_autoptr(GFile) project_file = g_file_new_for_path (fixture->path);
  g_autoptr(GFile) file = write_file (fixture, "broken.csv", contents, length);
  g_autoptr(EngageImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;

  engage_project_close (fixture->project);
  g_clear_object (&fixture->project);
  before = read_bytes (fixture->path, &before_length);

  fixture->project = engage_project_open (project_file, &error);
  g_assert_no_error (error);
  report = engage_import_metrics (fixture->project, file, NULL, NULL, &error);
  g_assert_null (report);
  g_assert_nonnull (error);
  g_assert_true (error->domain == ENGAGE_IMPORT_ERROR);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "“broken.csv”"));
  g_assert_nonnull (strstr (error->message, where));

  engage_project_close (fixture->project);
  g_clear_object (&fixture->project);
  after = read_bytes (fixture->path, &after_length);
  g_assert_cmpmem (before, before_length, after, after_length);

  g_clear_error (&error);
  fixture->project = engage_project_open (project_file, &error);
  g_assert_no_error (error);
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  const char header[] = "\"Tweet id\",\"Tweet permalink\",\"Tweet text\",\"time\",\"impressions\",\"likes\"\n";
  const char good[] = "\"1\",\"https://x.com/a/status/10001\",\"a\",\"2016-12-23 18:50 +0000\",\"10.0\",\"1.0\"\n";
  g_autofree char *ragged = g_strconcat (header, good, good,
                                         "\"2\",\"https://x.com/a/status/10002\",\"b\",\"2016-12-23 18:50 +0000\",\"10.0\"\n",
                                         NULL);
  g_autofree char *text = g_strconcat (header, good,
                                       "\"3\",\"https://x.com/a/status/10003\",\"c\",\"2016-12-23 18:50 +0000\",\"many\",\"1.0\"\n",
                                       NULL);
  g_autofree char *quote = g_strconcat (header, good, "\"4\",\"https://x.com/a/status/1\",\"never closed\n", NULL);
  g_autofree char *date = g_strconcat (header, good, good,
                                       "\"5\",\"https://x.com/a/status/10005\",\"e\",\"yesterday\",\"10.0\",\"1.0\"\n",
                                       NULL);
  char garbage[200];

  /* Something is already in the project: a failed import must keep it. */
  g_autoptr(EngageImportReport) report = import (fixture->project, YOUTUBE, ENGAGE_IMPORT_FORMAT_AUTO, NULL);

  assert_refused (fixture, ragged, -1, "line 4");
  assert_refused (fixture, text, -1, "line 3");
  assert_refused (fixture, quote, -1, "line 3");
  assert_refused (fixture, date, -1, "line 4");

  /* A header, then binary data. */
  memcpy (garbage, header, sizeof header - 1);
  for (guint i = sizeof header - 1; i < sizeof garbage; i++)
    garbage[i] = (char) (i * 37 + 11);
  garbage[sizeof header + 5] = '\0';
  assert_refused (fixture, garbage, sizeof garbage, "line 2");

  assert_refused (fixture, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, "line");
  assert_counts (fixture->project, 24, 24, 1);
}

static void
test_dry_run (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GFile) file = realdata (X_2021);
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageImportReport) report = NULL;
  EngageImportOptions options = { ENGAGE_IMPORT_FORMAT_AUTO, .dry_run = TRUE };
  const char *label = NULL;
  guint line = 0;

  report = engage_import_metrics (fixture->project, file, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (engage_import_report_get_dry_run (report));
  g_assert_cmpuint (engage_import_report_get_rows_created (report), ==, 33);
  g_assert_cmpint (engage_import_report_get_batch_id (report), ==, 0);
  g_assert_cmpuint (engage_import_report_get_n_rows (report), ==, 33);
  g_assert_cmpint (engage_import_report_get_row (report, 0, &line, &label), ==, ENGAGE_IMPORT_ACTION_CREATED);
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpstr (label, ==, "Join our Community Call next week. Details in this thread:…");
  assert_counts (fixture->project, 0, 0, 0);
  g_assert_cmpint (query_int (fixture->project, "SELECT count(*) FROM channel", NULL), ==, 0);
  g_assert_false (engage_project_can_undo (fixture->project));
}

typedef struct
{
  GMainLoop          *loop;
  GCancellable       *cancellable;
  EngageImportReport *report;
  GError             *error;
  guint               n_progress;
  double              last_fraction;
  gboolean            cancel_on_progress;
} AsyncData;

static void
on_progress_cb (double   fraction,
                gpointer user_data)
{
  AsyncData *async = user_data;

  g_assert_cmpfloat (fraction, >=, async->last_fraction);
  async->last_fraction = fraction;
  async->n_progress++;

  /* Cancel once parsing is done (0.4): the import reports that point before
   * it applies anything, so the cancel always lands inside the edit. */
  if (async->cancel_on_progress && fraction >= 0.4)
    g_cancellable_cancel (async->cancellable);
}

static void
on_imported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  AsyncData *async = user_data;

  async->report = engage_import_metrics_finish (ENGAGE_PROJECT (source), result, &async->error);
  g_main_loop_quit (async->loop);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  g_assert_not_reached ();
  return G_SOURCE_REMOVE;
}

/* A generic file of many rows: 500 posts on 400 days. */
static GFile *
write_big_file (Fixture *fixture,
                guint    n_rows)
{
  g_autoptr(GString) csv = g_string_new ("date,id,impressions,reach,reactions\n");
  g_autoptr(GDate) day = g_date_new_dmy (1, 1, 2024);
  GFile *file;

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(GDate) d = g_date_copy (day);

      g_date_add_days (d, i / 500);
      g_string_append_printf (csv, "%04d-%02d-%02d,P%u,%u,%u,%u\n", g_date_get_year (d), g_date_get_month (d),
                              g_date_get_day (d), i % 500, 100 + i % 977, 80 + i % 613, i % 41);
    }

  file = write_file (fixture, "big.csv", csv->str, csv->len);
  return file;
}

static void
run_async (Fixture   *fixture,
           GFile     *file,
           AsyncData *async)
{
  EngageImportOptions options = { ENGAGE_IMPORT_FORMAT_AUTO, };
  guint timeout;

  async->loop = g_main_loop_new (NULL, FALSE);
  async->cancellable = g_cancellable_new ();
  timeout = g_timeout_add_seconds (120, on_timeout_cb, NULL);

  engage_import_metrics_async (fixture->project, file, &options, async->cancellable,
                               on_progress_cb, async, NULL, on_imported_cb, async);
  g_main_loop_run (async->loop);

  g_source_remove (timeout);
  g_main_loop_unref (async->loop);
  g_clear_object (&async->cancellable);
}

static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(EngageChannel) channel = engage_channel_new (ENGAGE_CHANNEL_KIND_FACEBOOK, "Page");
  g_autoptr(GFile) file = NULL;
  AsyncData async = { 0, };

  g_assert_true (engage_project_add_channel (fixture->project, channel, NULL));
  file = write_big_file (fixture, 30000);

  run_async (fixture, file, &async);
  g_assert_no_error (async.error);
  g_assert_nonnull (async.report);
  g_assert_cmpuint (engage_import_report_get_rows_read (async.report), ==, 30000);
  g_assert_cmpuint (engage_import_report_get_rows_created (async.report), ==, 30000);
  g_assert_cmpuint (async.n_progress, >=, 2);
  g_assert_cmpfloat (async.last_fraction, ==, 1.0);
  assert_counts (fixture->project, 500, 30000, 1);
  g_assert_cmpint (query_int (fixture->project, "SELECT sum (impressions) FROM post_metric WHERE post_id IN "
                              "(SELECT id FROM post WHERE external_id = ?1)", "P7"), >, 0);
  g_clear_object (&async.report);

  /* One undo takes the whole import back. */
  g_assert_true (engage_project_undo (fixture->project, NULL));
  assert_counts (fixture->project, 0, 0, 0);
}

static void
test_async_cancel (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(EngageChannel) channel = engage_channel_new (ENGAGE_CHANNEL_KIND_FACEBOOK, "Page");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) project_file = g_file_new_for_path (fixture->path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;
  g_autoptr(GError) error = NULL;
  AsyncData async = { 0, };

  g_assert_true (engage_project_add_channel (fixture->project, channel, NULL));
  file = write_big_file (fixture, 30000);

  engage_project_close (fixture->project);
  g_clear_object (&fixture->project);
  before = read_bytes (fixture->path, &before_length);
  fixture->project = engage_project_open (project_file, &error);
  g_assert_no_error (error);

  async.cancel_on_progress = TRUE;
  run_async (fixture, file, &async);
  g_assert_error (async.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (async.report);
  g_clear_error (&async.error);
  assert_counts (fixture->project, 0, 0, 0);

  engage_project_close (fixture->project);
  g_clear_object (&fixture->project);
  after = read_bytes (fixture->path, &after_length);
  g_assert_cmpmem (before, before_length, after, after_length);
}

static void
test_cells (void)
{
  struct { const char *text; gboolean ok; gboolean known; gint64 value; } counts[] = {
    { "1938", TRUE, TRUE, 1938 },
    { "1938.0", TRUE, TRUE, 1938 },
    { "12,00", TRUE, TRUE, 12 },
    { "1,234", TRUE, TRUE, 1234 },
    { "1.234.567", TRUE, TRUE, 1234567 },
    { "1 234", TRUE, TRUE, 1234 },
    { "-3", TRUE, TRUE, -3 },
    { " 7 ", TRUE, TRUE, 7 },
    { "6.6E+3", TRUE, TRUE, 6600 },
    { "", TRUE, FALSE, 0 },
    { "-", TRUE, FALSE, 0 },
    { "N/A", TRUE, FALSE, 0 },
    { "1.5", FALSE, FALSE, 0 },
    { "12,5", FALSE, FALSE, 0 },
    { "1,23", FALSE, FALSE, 0 },
    { "abc", FALSE, FALSE, 0 },
    { "12abc", FALSE, FALSE, 0 },
  };
  struct { const char *text; gboolean excel; const char *date; gint64 time; } stamps[] = {
    { "2016-12-23 18:50 +0000", FALSE, "2016-12-23", 1482519000 },
    { "2020-09-22T07:07:36.000", FALSE, "2020-09-22", 1600751256 },
    { "12/13/2019 9:50:30", FALSE, "2019-12-13", 1576227030 },
    { "13.12.2019 09:50", FALSE, "2019-12-13", 1576227000 },
    { "09/01/2025 21:13", FALSE, "2025-09-01", 1756753980 },
    { "Apr 29, 2020", FALSE, "2020-04-29", 1588154400 },
    { "Tue, Jul 14, 2026", FALSE, "2026-07-14", 1784023200 },
    { "29 Apr 2020", FALSE, "2020-04-29", 1588154400 },
    { "1/2/2020 3:04 PM", FALSE, "2020-01-02", 1577973840 },
    { "44008", TRUE, "2020-06-26", 1593165600 },
    { "2025-09-20T00:00:00", FALSE, "2025-09-20", 1758319200 },
  };
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      gint64 value;
      gboolean known;

      g_test_message ("count “%s”", counts[i].text);
      g_assert_cmpint (_engage_import_parse_count (counts[i].text, &value, &known), ==, counts[i].ok);
      if (counts[i].ok)
        {
          g_assert_cmpint (known, ==, counts[i].known);
          if (known)
            g_assert_cmpint (value, ==, counts[i].value);
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (stamps); i++)
    {
      EngageImportStamp stamp;
      char date[11];
      gint64 time;

      g_test_message ("stamp “%s”", stamps[i].text);
      g_assert_true (_engage_import_parse_stamp (stamps[i].text, stamps[i].excel, &stamp));
      g_assert_true (_engage_import_stamp_resolve (&stamp, ENGAGE_IMPORT_ORDER_MONTH_FIRST, berlin, date, &time));
      g_assert_cmpstr (date, ==, stamps[i].date);
      g_assert_cmpint (time, ==, stamps[i].time);
    }

  {
    EngageImportStamp stamp;

    g_assert_false (_engage_import_parse_stamp ("yesterday", FALSE, &stamp));
    g_assert_false (_engage_import_parse_stamp ("13/13/2020", FALSE, &stamp));
    g_assert_false (_engage_import_parse_stamp ("44008", FALSE, &stamp));
  }
}

static void
test_order_vote (void)
{
  EngageImportOrderVote vote = { 0, };
  EngageImportStamp stamp;
  EngageImportOrder order;
  guint conflict;

  g_assert_true (_engage_import_parse_stamp ("01/02/2020", FALSE, &stamp));
  _engage_import_order_vote (&vote, &stamp, 2);
  g_assert_true (_engage_import_parse_stamp ("25/02/2020", FALSE, &stamp));
  _engage_import_order_vote (&vote, &stamp, 3);
  g_assert_true (_engage_import_order_decide (&vote, ENGAGE_IMPORT_ORDER_UNKNOWN, &order, &conflict));
  g_assert_cmpint (order, ==, ENGAGE_IMPORT_ORDER_DAY_FIRST);
  g_assert_false (_engage_import_order_decide (&vote, ENGAGE_IMPORT_ORDER_MONTH_FIRST, &order, &conflict));
  g_assert_cmpuint (conflict, ==, 3);

  g_assert_true (_engage_import_parse_stamp ("02/25/2020", FALSE, &stamp));
  _engage_import_order_vote (&vote, &stamp, 9);
  g_assert_false (_engage_import_order_decide (&vote, ENGAGE_IMPORT_ORDER_UNKNOWN, &order, &conflict));
  g_assert_cmpuint (conflict, ==, 9);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/import/cells", test_cells);
  g_test_add_func ("/core/import/order-vote", test_order_vote);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/core/import/metrics/x-classic", test_x_classic);
  ADD ("/core/import/metrics/x-emoji-newlines", test_x_emoji_newlines);
  ADD ("/core/import/metrics/meta-content", test_meta_content);
  ADD ("/core/import/metrics/meta-page-series", test_meta_page_series);
  ADD ("/core/import/metrics/meta-legacy", test_meta_legacy);
  ADD ("/core/import/metrics/linkedin", test_linkedin);
  ADD ("/core/import/metrics/youtube", test_youtube);
  ADD ("/core/import/metrics/all-twice", test_all_twice);
  ADD ("/core/import/metrics/excel-resaved", test_excel_resaved);
  ADD ("/core/import/metrics/matching", test_matching);
  ADD ("/core/import/metrics/several-channels", test_several_channels);
  ADD ("/core/import/metrics/generic", test_generic);
  ADD ("/core/import/metrics/generic-batches", test_generic_batches);
  ADD ("/core/import/metrics/refused", test_refused);
  ADD ("/core/import/metrics/dry-run", test_dry_run);
  ADD ("/core/import/metrics/async", test_async);
  ADD ("/core/import/metrics/async-cancel", test_async_cancel);
#undef ADD

  return g_test_run ();
}
