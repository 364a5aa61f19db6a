/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "engage-import.h"
#include "engage-import-nps.h"
#include "engage-metrics.h"
#include "engage-nps-survey.h"
#include "engage-project-private.h"

/* Survey exports → NPS responses, on the real R Community Survey (Google Forms)
 * and on small files in the shapes of Typeform, SurveyMonkey and a German
 * spreadsheet. */

#define MARCH_1 G_GINT64_CONSTANT (1709294400)
#define R_SURVEY "nps__rstudio_r-community-survey__2019_English_R_Community_Survey_Responses.csv"
#define R_QUESTION "How likely are you to recommend R to a colleague, friend, or family member?"

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

  fixture->dir = g_dir_make_tmp ("engage-import-nps-XXXXXX", &error);
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

static gint64
query_int (EngageProject *project,
           const char    *sql,
           const char    *parameter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = _engage_project_prepare (project, sql, &error);

  g_assert_no_error (error);
  if (parameter != NULL)
    sqlite3_bind_text (stmt, 1, parameter, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
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

static EngageImportReport *
import (Fixture                   *fixture,
        GFile                     *file,
        const EngageImportOptions *options)
{
  g_autoptr(GError) error = NULL;
  EngageImportReport *report = engage_import_nps (fixture->project, file, options, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static gboolean
report_says (EngageImportReport *report,
             const char         *words)
{
  for (guint i = 0; i < engage_import_report_get_n_messages (report); i++)
    if (strstr (engage_import_report_get_message (report, i, NULL), words) != NULL)
      return TRUE;

  return FALSE;
}

static void
test_r_survey (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(EngageImportReport) report = NULL;
  g_autoptr(EngageImportReport) again = NULL;
  g_autoptr(EngageImportReport) python = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_auto(GStrv) columns = NULL;
  EngageImportOptions options = { ENGAGE_IMPORT_FORMAT_AUTO, };
  EngageNpsSummary summary;
  EngageProjectCounts counts;
  gint64 survey_id, n, promoters, detractors;
  double nps;

  file = g_file_new_build_filename (g_getenv ("ENGAGE_REALDATA"), R_SURVEY, NULL);

  /* Two questions ask for a recommendation (of R and of Python). */
  columns = engage_import_nps_list_score_columns (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (columns), ==, 2);
  g_assert_cmpstr (columns[0], ==, R_QUESTION);
  g_assert_true (g_str_has_prefix (columns[1], "How likely are you to recommend Python"));

  report = import (fixture, file, &options);
  g_assert_cmpint (engage_import_report_get_format (report), ==, ENGAGE_IMPORT_FORMAT_GOOGLE_FORMS);
  g_assert_cmpuint (engage_import_report_get_rows_read (report), ==, 1838);
  g_assert_cmpuint (engage_import_report_get_rows_created (report), ==, 1795);
  g_assert_cmpuint (engage_import_report_get_rows_skipped (report), ==, 43);
  g_assert_true (report_says (report, "--column"));
  g_assert_true (report_says (report, "no score"));

  survey_id = query_int (fixture->project, "SELECT id FROM nps_survey WHERE question = ?1", R_QUESTION);

  /* The NPS by hand from the project's rows: 1107 tens and 279 nines are
   * promoters, 58 answers of 1 to 6 detractors, of 1795. */
  n = query_int (fixture->project, "SELECT count(*) FROM nps_response WHERE score IS NOT NULL", NULL);
  promoters = query_int (fixture->project, "SELECT count(*) FROM nps_response WHERE score >= 9", NULL);
  detractors = query_int (fixture->project, "SELECT count(*) FROM nps_response WHERE score <= 6", NULL);
  g_assert_cmpint (n, ==, 1795);
  g_assert_cmpint (promoters, ==, 1107 + 279);
  g_assert_cmpint (detractors, ==, 3 + 1 + 3 + 11 + 11 + 29);
  g_assert_cmpint (query_int (fixture->project, "SELECT count(*) FROM nps_response WHERE score = 10", NULL), ==, 1107);
  nps = 100.0 * (promoters - detractors) / n;
  g_assert_cmpfloat_with_epsilon (nps, 73.983, 0.001);

  g_assert_true (engage_project_summarize_nps (fixture->project, survey_id, NULL, NULL, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.n, ==, 1795);
  g_assert_cmpfloat_with_epsilon (summary.nps, nps, 1e-9);

  /* "12/13/2019 9:50:30" is the first answer, "1/9/2020 18:58:43" the last. */
  first = query_text (fixture->project, "SELECT min (date) FROM nps_response", NULL);
  last = query_text (fixture->project, "SELECT max (date) FROM nps_response", NULL);
  g_assert_cmpstr (first, ==, "2019-12-13");
  g_assert_cmpstr (last, ==, "2020-01-09");
  g_assert_cmpint (query_int (fixture->project, "SELECT count(*) FROM nps_response WHERE segment = ?1",
                              "United States of America"), ==, 682);

  /* Again: nobody is counted twice. */
  again = import (fixture, file, &options);
  g_assert_cmpuint (engage_import_report_get_rows_created (again), ==, 0);
  g_assert_cmpuint (engage_import_report_get_rows_updated (again), ==, 1795);
  g_assert_cmpuint (engage_import_report_get_rows_skipped (again), ==, 43);
  g_assert_true (engage_project_get_counts (fixture->project, &counts, NULL));
  g_assert_cmpuint (counts.nps_responses, ==, 1795);
  g_assert_cmpuint (counts.nps_surveys, ==, 1);
  g_assert_cmpuint (counts.import_batches, ==, 1);

  /* The other question, into a survey of its own. */
  options.column = "Python";
  options.survey = "Python";
  python = import (fixture, file, &options);
  g_assert_cmpuint (engage_import_report_get_rows_created (python), ==, 1015);
  g_assert_cmpuint (engage_import_report_get_rows_skipped (python), ==, 823);
  g_assert_cmpint (query_int (fixture->project, "SELECT count(*) FROM nps_response r JOIN nps_survey s "
                              "ON s.id = r.survey_id WHERE s.name = ?1 AND r.score >= 9", "Python"), ==, 335);
}

static void
test_typeform (Fixture       *fixture,
               gconstpointer  data)
{
  const char csv[] =
    "#,How likely are you to recommend Bäckerei Hägele to a friend?,Why did you choose this score?,Start Date (UTC),Submit Date (UTC),Network ID\n"
    "a1b2c3,9,\"Great bread, friendly staff 🥖\",2024-01-15 23:10:00,2024-01-15 23:12:45,n1\n"
    "d4e5f6,3,\"Waited 20 minutes.\nNobody answered my message.\",2024-01-16 08:00:00,2024-01-16 08:01:00,n2\n"
    "g7h8i9,,,2024-01-16 09:00:00,2024-01-16 09:01:00,n3\n";
  g_autoptr(GFile) file = write_file (fixture, "responses.csv", csv, -1);
  g_autoptr(EngageImportReport) report = NULL;
  g_autofree char *comment = NULL;
  g_autofree char *date = NULL;

  report = import (fixture, file, NULL);
  g_assert_cmpint (engage_import_report_get_format (report), ==, ENGAGE_IMPORT_FORMAT_TYPEFORM);
  g_assert_cmpuint (engage_import_report_get_rows_created (report), ==, 2);
  g_assert_cmpuint (engage_import_report_get_rows_skipped (report), ==, 1);

  comment = query_text (fixture->project, "SELECT comment FROM nps_response WHERE respondent_id = ?1", "d4e5f6");
  g_assert_cmpstr (comment, ==, "Waited 20 minutes.\nNobody answered my message.");
  /* 23:12 UTC is already the next day in Berlin. */
  date = query_text (fixture->project, "SELECT date FROM nps_response WHERE respondent_id = ?1", "a1b2c3");
  g_assert_cmpstr (date, ==, "2024-01-16");
  g_assert_cmpint (query_int (fixture->project, "SELECT score FROM nps_response WHERE respondent_id = ?1", "a1b2c3"), ==, 9);
}

static void
test_surveymonkey (Fixture       *fixture,
                   gconstpointer  data)
{
  const char csv[] =
    "Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,First Name,Last Name,Custom Data 1,"
    "How likely is it that you would recommend Bäckerei Hägele to a friend or colleague?,What is the main reason for your score?,Which shop do you visit?,\r\n"
    ",,,,,,,,,Response,Open-Ended Response,Response,Other (please specify)\r\n"
    "11800,2500,01/15/2024 10:20:01 AM,01/15/2024 10:23:45 AM,,,,,,10,Fresh every morning,Marktplatz,\r\n"
    "11801,2500,01/15/2024 11:00:00 AM,01/15/2024 11:02:00 AM,,,,,,7,,Bahnhof,\r\n"
    "11802,2500,01/16/2024 09:00:00 PM,01/16/2024 09:05:00 PM,,,,,,0,Rude staff,Other,Online shop\r\n";
  g_autoptr(GFile) file = write_file (fixture, "surveymonkey.csv", csv, -1);
  g_autoptr(EngageImportReport) report = NULL;
  g_autofree char *comment = NULL;
  g_autofree char *segment = NULL;
  g_autofree char *date = NULL;

  report = import (fixture, file, NULL);
  g_assert_cmpint (engage_import_report_get_format (report), ==, ENGAGE_IMPORT_FORMAT_SURVEYMONKEY);
  /* The second header row is no response. */
  g_assert_cmpuint (engage_import_report_get_rows_read (report), ==, 3);
  g_assert_cmpuint (engage_import_report_get_rows_created (report), ==, 3);

  comment = query_text (fixture->project, "SELECT comment FROM nps_response WHERE respondent_id = ?1", "11802");
  g_assert_cmpstr (comment, ==, "Rude staff");
  g_assert_cmpint (query_int (fixture->project, "SELECT score FROM nps_response WHERE respondent_id = ?1", "11802"), ==, 0);
  date = query_text (fixture->project, "SELECT date FROM nps_response WHERE respondent_id = ?1", "11802");
  g_assert_cmpstr (date, ==, "2024-01-16");
  segment = query_text (fixture->project, "SELECT question FROM nps_survey", NULL);
  g_assert_cmpstr (segment, ==, "How likely is it that you would recommend Bäckerei Hägele to a friend or colleague?");
}

static void
test_german_generic (Fixture       *fixture,
                     gconstpointer  data)
{
  /* Excel on a German Windows: ';', Windows-1252, dotted dates. */
  const char csv[] =
    "Zeitstempel;Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?;Kommentar;Kundengruppe\r\n"
    "13.12.2019 09:50;10;Sehr gute Br\xf6tchen;Stammkunde\r\n"
    "14.12.2019 17:05;6;Zu teuer;Neukunde\r\n"
    "14.12.2019 18:00;NA;;Neukunde\r\n"
    "15.12.2019 08:30;8;;Stammkunde\r\n";
  g_autoptr(GFile) file = write_file (fixture, "umfrage.csv", csv, -1);
  g_autoptr(EngageImportReport) report = NULL;
  g_autofree char *comment = NULL;
  g_autofree char *name = NULL;
  EngageImportOptions options = { ENGAGE_IMPORT_FORMAT_AUTO, .survey = "Kundenumfrage 2019" };

  report = import (fixture, file, &options);
  g_assert_cmpint (engage_import_report_get_format (report), ==, ENGAGE_IMPORT_FORMAT_GOOGLE_FORMS);
  g_assert_cmpstr (engage_import_report_get_encoding (report), ==, "Windows-1252");
  g_assert_cmpuint (engage_import_report_get_rows_created (report), ==, 3);
  g_assert_cmpuint (engage_import_report_get_rows_skipped (report), ==, 1);

  comment = query_text (fixture->project, "SELECT comment FROM nps_response WHERE score = 10", NULL);
  g_assert_cmpstr (comment, ==, "Sehr gute Brötchen");
  g_assert_cmpint (query_int (fixture->project, "SELECT count(*) FROM nps_response WHERE segment = ?1", "Stammkunde"), ==, 2);
  g_assert_cmpint (query_int (fixture->project, "SELECT count(*) FROM nps_response WHERE date = ?1", "2019-12-14"), ==, 1);
  name = query_text (fixture->project, "SELECT name FROM nps_survey", NULL);
  g_assert_cmpstr (name, ==, "Kundenumfrage 2019");
}

static void
test_no_date (Fixture       *fixture,
              gconstpointer  data)
{
  const char csv[] = "NPS\tComment\n9\tok\n10\t\n2\tbad\n";
  g_autoptr(GFile) file = write_file (fixture, "scores.tsv", csv, -1);
  g_autoptr(EngageImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  EngageImportOptions options = { ENGAGE_IMPORT_FORMAT_AUTO, };

  report = engage_import_nps (fixture->project, file, &options, NULL, &error);
  g_assert_error (error, ENGAGE_IMPORT_ERROR, ENGAGE_IMPORT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "--date"));
  g_assert_null (report);
  g_clear_error (&error);

  options.date = "2024-02-29";
  report = import (fixture, file, &options);
  g_assert_cmpint (engage_import_report_get_format (report), ==, ENGAGE_IMPORT_FORMAT_NPS_GENERIC);
  g_assert_cmpuint (engage_import_report_get_rows_created (report), ==, 3);
  g_assert_cmpint (query_int (fixture->project, "SELECT count(*) FROM nps_response WHERE date = ?1", "2024-02-29"), ==, 3);
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  const char csv[] =
    "Timestamp,How likely are you to recommend us?\n"
    "12/13/2019 9:50:30,9\n"
    "12/13/2019 9:51:00,11\n";
  const char dates[] =
    "Timestamp,How likely are you to recommend us?\n"
    "13/12/2019 9:50:30,9\n"
    "12/14/2019 9:51:00,8\n";
  const char none[] = "Timestamp,Favourite bread\n12/13/2019 9:50:30,Rye\n";
  g_autoptr(GFile) file = write_file (fixture, "bad.csv", csv, -1);
  g_autoptr(GFile) mixed = write_file (fixture, "mixed.csv", dates, -1);
  g_autoptr(GFile) other = write_file (fixture, "other.csv", none, -1);
  g_autoptr(GError) error = NULL;
  EngageImportOptions options = { ENGAGE_IMPORT_FORMAT_AUTO, .column = "recommend" };
  EngageProjectCounts counts;

  /* 11 is no score: the named column is refused at that line. */
  g_assert_null (engage_import_nps (fixture->project, file, &options, NULL, &error));
  g_assert_error (error, ENGAGE_IMPORT_ERROR, ENGAGE_IMPORT_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "“bad.csv”, line 3:"));
  g_clear_error (&error);

  /* Found by its words, a column with 11 in it is no NPS column at all. */
  g_assert_null (engage_import_nps (fixture->project, file, NULL, NULL, &error));
  g_assert_error (error, ENGAGE_IMPORT_ERROR, ENGAGE_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_clear_error (&error);

  g_assert_null (engage_import_nps (fixture->project, mixed, NULL, NULL, &error));
  g_assert_error (error, ENGAGE_IMPORT_ERROR, ENGAGE_IMPORT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "line 3"));
  g_clear_error (&error);

  g_assert_null (engage_import_nps (fixture->project, other, NULL, NULL, &error));
  g_assert_error (error, ENGAGE_IMPORT_ERROR, ENGAGE_IMPORT_ERROR_UNKNOWN_FORMAT);

  g_assert_true (engage_project_get_counts (fixture->project, &counts, NULL));
  g_assert_cmpuint (counts.nps_surveys, ==, 0);
  g_assert_cmpuint (counts.nps_responses, ==, 0);
  g_assert_cmpuint (counts.import_batches, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/core/import/nps/r-survey", test_r_survey);
  ADD ("/core/import/nps/typeform", test_typeform);
  ADD ("/core/import/nps/surveymonkey", test_surveymonkey);
  ADD ("/core/import/nps/german-generic", test_german_generic);
  ADD ("/core/import/nps/no-date", test_no_date);
  ADD ("/core/import/nps/refused", test_refused);
#undef ADD

  return g_test_run ();
}
