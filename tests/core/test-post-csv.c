/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-test-post-csv"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "engage-channel.h"
#include "engage-pillar.h"
#include "engage-post-csv.h"
#include "engage-project-private.h"
#include "engage-sample.h"

/* Posts to a spreadsheet and back: the export is safe to open in Excel, a plan
 * with German headers imports, a broken row refuses the file and leaves the
 * project byte for byte as it was, and an export imported into an empty
 * project exports again to the same file. */

#define NOW 1767268800 /* 2026-01-01 12:00:00 UTC */

/* A plan as a German agency keeps it in Excel: ';', German headers, dates in
 * two spellings, a cell over two lines, a column Engage does not know. */
static const char german_plan[] =
  "Datum;Uhrzeit;Plattform;Thema;Beitrag;Status;Säule;Verantwortlich;Notizen;Sonstiges\r\n"
  "03.03.2026;09:00;Instagram;Brezel der Woche;\"Unsere Laugenbrezel:\r\naußen knusprig, innen weich. #Brezel\";"
  "Geplant;Backwissen;Lena;;x\r\n"
  "4.3.26;18:30;FB;Umfrage: Lieblingsbrot;Welches Brot mögt ihr am liebsten?;Entwurf;Gemeinschaft;Jonas;"
  "Mit Bild;\r\n"
  "05.03.2026;;Newsletter;Märzausgabe – „Frühling“;;In Prüfung;;;;\r\n"
  ";;Instagram;Idee ohne Datum;;;;;;\r\n";

typedef struct
{
  char          *dir;
  EngageProject *project;
} Fixture;

static EngageProject *
new_project (const char *dir,
             const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  EngageProject *project = engage_project_create (file, "Plan", &error);

  g_assert_no_error (error);
  g_assert_nonnull (project);
  _engage_project_set_clock (project, NOW);

  return project;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("engage-test-post-csv-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->project = new_project (fixture->dir, "plan.engage");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
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
  g_clear_pointer (&fixture->dir, g_free);
}

static EngagePostCsvImport *
preview (EngageProject *project,
         const char    *data,
         gssize         length,
         const char    *name)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length < 0 ? strlen (data) : (gsize) length);

  return engage_post_csv_import_new_from_bytes (project, bytes, name);
}

static void
run_import (EngagePostCsvImport      *import,
            EngagePostCsvImportFlags  flags)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (engage_post_csv_import_run (import, flags, &error));
  g_assert_no_error (error);
}

static GBytes *
export (EngageProject *project)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = engage_post_csv_export_to_bytes (project, NULL, NULL, 0, 0, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static guint
count_posts (EngageProject *project)
{
  EngageProjectCounts counts;

  g_assert_true (engage_project_get_counts (project, &counts, NULL));
  return counts.posts;
}

static gboolean
has_problem (EngagePostCsvImport *import,
             guint                line,
             EngageSeverity       severity,
             const char          *part)
{
  for (guint i = 0; i < engage_post_csv_import_get_n_problems (import); i++)
    {
      guint problem_line;
      EngageSeverity problem_severity;
      const char *message = engage_post_csv_import_get_problem (import, i, &problem_line, &problem_severity);

      if (problem_line == line && problem_severity == severity && strstr (message, part) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
assert_local (EngageProject *project,
              GDateTime     *time,
              const char    *expected)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *text = NULL;

  g_assert_nonnull (time);
  local = g_date_time_to_timezone (time, engage_project_get_tz (project));
  text = g_date_time_format (local, "%Y-%m-%d %H:%M");
  g_assert_cmpstr (text, ==, expected);
}

static void
round_trip (Fixture    *fixture,
            const char *language)
{
  g_autoptr(EngageProject) empty = new_project (fixture->dir, "empty.engage");
  g_autoptr(EngagePostCsvImport) import = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  g_assert_true (engage_iso_date_parse ("2026-11-23", &today));
  g_assert_true (engage_sample_fill (fixture->project, language, &today, &error));
  g_assert_no_error (error);

  /* The empty project reads and writes the file in the sample's language and zone. */
  g_assert_true (engage_project_set_details (empty, "Empty", "",
                                             engage_project_get_time_zone (fixture->project),
                                             engage_project_get_language (fixture->project),
                                             ENGAGE_ENGAGEMENT_BASIS_REACH, &error));
  g_assert_no_error (error);

  first = export (fixture->project);
  import = engage_post_csv_import_new_from_bytes (empty, first, "sample.csv");
  g_assert_false (engage_post_csv_import_has_errors (import));
  g_assert_cmpuint (engage_post_csv_import_count_rows (import, ENGAGE_POST_CSV_ROW_CREATE), ==,
                    count_posts (fixture->project));
  run_import (import, ENGAGE_POST_CSV_IMPORT_NONE);
  g_assert_cmpuint (count_posts (empty), ==, count_posts (fixture->project));

  second = export (empty);
  g_assert_cmpmem (g_bytes_get_data (second, NULL), g_bytes_get_size (second),
                   g_bytes_get_data (first, NULL), g_bytes_get_size (first));

  engage_project_close (empty);
}

static void
test_round_trip_de (Fixture       *fixture,
                    gconstpointer  user_data)
{
  round_trip (fixture, "de");
}

static void
test_round_trip_en (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GBytes) bytes = NULL;

  round_trip (fixture, "en");

  bytes = export (fixture->project);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (bytes, NULL),
                                   "\xEF\xBB\xBF" "Date,Time,Channel,Title,Text,Status,Pillar,Campaign,Owner,"
                                   "Link,Permalink,Notes,UUID\r\n"));
}

static void
test_german_export (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(EngageChannel) channel = engage_channel_new (ENGAGE_CHANNEL_KIND_INSTAGRAM, "Instagram");
  g_autoptr(EngagePost) post = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 7, 14, 7, 30, 0);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) tabs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_row = NULL;

  g_assert_true (engage_project_add_channel (fixture->project, channel, &error));
  post = engage_post_new (engage_channel_get_id (channel), "Sommer; Sonne");
  engage_post_set_scheduled_at (post, when);
  engage_post_set_status (post, ENGAGE_POST_STATUS_IN_REVIEW);
  g_assert_true (engage_project_add_post (fixture->project, post, &error));
  g_assert_no_error (error);

  /* A new project is German: ';', German headers and status names, local time. */
  bytes = export (fixture->project);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (bytes, NULL),
                                   "\xEF\xBB\xBF" "Datum;Uhrzeit;Kanal;Titel;Text;Status;Kategorie;Kampagne;"
                                   "Verantwortlich;Link;Permalink;Notizen;UUID\r\n"));
  expected_row = g_strdup_printf ("2026-07-14;09:30;Instagram;\"Sommer; Sonne\";;In Prüfung;;;;;;;%s\r\n",
                                  engage_post_get_uuid (post));
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), expected_row));

  tabs = engage_post_csv_export_to_bytes (fixture->project, NULL, NULL, '\t', '.', &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (g_bytes_get_data (tabs, NULL), "Datum\tUhrzeit\t"));
}

static void
test_formula_neutralized (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(EngageChannel) channel = engage_channel_new (ENGAGE_CHANNEL_KIND_X, "X");
  g_autoptr(EngagePost) post = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(EngageProject) other = new_project (fixture->dir, "other.engage");
  g_autoptr(EngagePostCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *title = "=HYPERLINK(\"http://x\",\"y\")";

  g_assert_true (engage_project_add_channel (fixture->project, channel, &error));
  post = engage_post_new (engage_channel_get_id (channel), title);
  engage_post_set_body (post, "-1 Brötchen, +2 Brezeln @Lena");
  g_assert_true (engage_project_add_post (fixture->project, post, &error));
  g_assert_no_error (error);

  bytes = export (fixture->project);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  /* A spreadsheet shows text: the cell starts with a single quote. */
  g_assert_nonnull (strstr (text, ";\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\";'-1 Brötchen"));
  g_assert_null (strstr (text, ";=HYPERLINK"));
  g_assert_null (strstr (text, "\"=HYPERLINK"));

  /* Importing takes the quote off again. */
  import = engage_post_csv_import_new_from_bytes (other, bytes, "x.csv");
  run_import (import, ENGAGE_POST_CSV_IMPORT_NONE);
  g_assert_cmpstr (engage_post_get_title (engage_post_csv_import_get_row_post (import, 0)), ==, title);
  g_assert_cmpstr (engage_post_get_body (engage_post_csv_import_get_row_post (import, 0)), ==,
                   "-1 Brötchen, +2 Brezeln @Lena");
  engage_project_close (other);
}

static void
check_german_plan (EngageProject       *project,
                   EngagePostCsvImport *import)
{
  g_autoptr(GListModel) channels = engage_project_list_channels (project);
  g_autoptr(GListModel) pillars = engage_project_list_pillars (project);
  EngagePost *post;

  g_assert_cmpuint (engage_post_csv_import_get_n_rows (import), ==, 4);
  g_assert_cmpuint (engage_post_csv_import_count_rows (import, ENGAGE_POST_CSV_ROW_CREATE), ==, 4);
  g_assert_cmpuint (count_posts (project), ==, 4);
  g_assert_cmpint (engage_post_csv_import_get_delimiter (import), ==, ';');

  /* Row lines: the quoted cell spans lines 2 and 3. */
  g_assert_cmpuint (engage_post_csv_import_get_row_line (import, 0), ==, 2);
  g_assert_cmpuint (engage_post_csv_import_get_row_line (import, 1), ==, 4);
  g_assert_cmpuint (engage_post_csv_import_get_row_line (import, 2), ==, 5);
  g_assert_cmpuint (engage_post_csv_import_get_row_line (import, 3), ==, 6);

  post = engage_post_csv_import_get_row_post (import, 0);
  g_assert_cmpstr (engage_post_get_title (post), ==, "Brezel der Woche");
  g_assert_cmpstr (engage_post_get_body (post), ==, "Unsere Laugenbrezel:\naußen knusprig, innen weich. #Brezel");
  g_assert_cmpint (engage_post_get_status (post), ==, ENGAGE_POST_STATUS_SCHEDULED);
  g_assert_cmpstr (engage_post_get_owner (post), ==, "Lena");
  g_assert_true (engage_post_get_imported (post));
  /* 09:00 in Berlin in March is 08:00 UTC. */
  g_assert_cmpint (g_date_time_get_hour (engage_post_get_scheduled_at (post)), ==, 8);
  assert_local (project, engage_post_get_scheduled_at (post), "2026-03-03 09:00");

  post = engage_post_csv_import_get_row_post (import, 1);
  g_assert_cmpstr (engage_post_csv_import_get_row_channel_name (import, 1), ==, "Facebook");
  g_assert_cmpint (engage_post_get_status (post), ==, ENGAGE_POST_STATUS_DRAFT);
  g_assert_cmpstr (engage_post_get_notes (post), ==, "Mit Bild");
  assert_local (project, engage_post_get_scheduled_at (post), "2026-03-04 18:30");

  post = engage_post_csv_import_get_row_post (import, 2);
  g_assert_cmpstr (engage_post_get_title (post), ==, "Märzausgabe – „Frühling“");
  g_assert_cmpint (engage_post_get_status (post), ==, ENGAGE_POST_STATUS_IN_REVIEW);
  assert_local (project, engage_post_get_scheduled_at (post), "2026-03-05 09:00");

  post = engage_post_csv_import_get_row_post (import, 3);
  g_assert_null (engage_post_get_scheduled_at (post));
  g_assert_cmpint (engage_post_get_status (post), ==, ENGAGE_POST_STATUS_IDEA);

  /* Instagram and Newsletter by name, Facebook from "FB"; the pillars by name. */
  g_assert_cmpuint (g_list_model_get_n_items (channels), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (pillars), ==, 2);
}

static void
test_german_plan (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(EngagePostCsvImport) import = preview (fixture->project, german_plan, -1, "Redaktionsplan.csv");
  g_auto(GStrv) new_channels = engage_post_csv_import_dup_new_channels (import);
  g_auto(GStrv) new_pillars = engage_post_csv_import_dup_new_pillars (import);
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, german_plan, -1);
  EngageImportBatch *batch;

  /* The preview writes nothing and says what will happen. */
  g_assert_false (engage_post_csv_import_has_errors (import));
  g_assert_cmpuint (count_posts (fixture->project), ==, 0);
  g_assert_cmpuint (g_strv_length (new_channels), ==, 3);
  g_assert_cmpstr (new_channels[0], ==, "Instagram");
  g_assert_cmpstr (new_channels[1], ==, "Facebook");
  g_assert_cmpstr (new_channels[2], ==, "Newsletter");
  g_assert_cmpuint (g_strv_length (new_pillars), ==, 2);
  g_assert_true (has_problem (import, 1, ENGAGE_SEVERITY_WARNING, "Sonstiges"));
  g_assert_true (has_problem (import, 2, ENGAGE_SEVERITY_INFO, "Backwissen"));
  g_assert_true (has_problem (import, 5, ENGAGE_SEVERITY_INFO, "09:00"));
  g_assert_cmpstr (engage_post_csv_import_get_sha256 (import), ==, sha);

  run_import (import, ENGAGE_POST_CSV_IMPORT_NONE);
  check_german_plan (fixture->project, import);

  batch = engage_post_csv_import_get_batch (import);
  g_assert_nonnull (batch);
  g_assert_cmpstr (engage_import_batch_get_kind (batch), ==, "posts");
  g_assert_cmpstr (engage_import_batch_get_file_name (batch), ==, "Redaktionsplan.csv");
  g_assert_cmpstr (engage_import_batch_get_sha256 (batch), ==, sha);
  g_assert_cmpuint (engage_import_batch_get_rows_read (batch), ==, 4);
  g_assert_cmpuint (engage_import_batch_get_rows_imported (batch), ==, 4);
  g_assert_cmpuint (engage_import_batch_get_rows_skipped (batch), ==, 0);
  g_assert_nonnull (strstr (engage_import_batch_get_report (batch), "New posts: 4"));

  /* One undo step takes posts, channels, pillars and the record back. */
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Import Posts");
  g_assert_true (engage_project_undo (fixture->project, NULL));
  {
    EngageProjectCounts counts;

    g_assert_true (engage_project_get_counts (fixture->project, &counts, NULL));
    g_assert_cmpuint (counts.posts, ==, 0);
    g_assert_cmpuint (counts.channels, ==, 0);
    g_assert_cmpuint (counts.pillars, ==, 0);
    g_assert_cmpuint (counts.import_batches, ==, 0);
  }
}

static void
test_encodings (Fixture       *fixture,
                gconstpointer  user_data)
{
  const struct {
    const char *charset;
    const char *bom;
    gsize       bom_length;
    const char *encoding;
  } cases[] = {
    { "UTF-16LE", "\xFF\xFE", 2, "UTF-16LE" },
    { "UTF-16BE", "\xFE\xFF", 2, "UTF-16BE" },
    { "UTF-16LE", "", 0, "UTF-16LE" },
    { "WINDOWS-1252", "", 0, "Windows-1252" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("encoding-%u.engage", i);
      g_autoptr(EngageProject) project = new_project (fixture->dir, name);
      g_autoptr(EngagePostCsvImport) import = NULL;
      g_autoptr(GByteArray) data = g_byte_array_new ();
      g_autoptr(GError) error = NULL;
      gsize length = 0;
      g_autofree char *converted = g_convert (german_plan, -1, cases[i].charset, "UTF-8", NULL, &length, &error);

      g_assert_no_error (error);
      g_byte_array_append (data, (const guint8 *) cases[i].bom, cases[i].bom_length);
      g_byte_array_append (data, (const guint8 *) converted, length);

      import = preview (project, (const char *) data->data, data->len, "plan.csv");
      g_assert_cmpstr (engage_post_csv_import_get_encoding_name (import), ==, cases[i].encoding);
      run_import (import, ENGAGE_POST_CSV_IMPORT_NONE);
      check_german_plan (project, import);
      engage_project_close (project);
    }
}

static void
test_broken_row_refused (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GFile) file = g_object_ref (engage_project_get_file (fixture->project));
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;
  g_autoptr(EngagePostCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;
  const char *plan =
    "Datum;Uhrzeit;Kanal;Titel\r\n"
    "03.03.2026;09:00;Instagram;Eins\r\n"
    "31.02.2026;10:00;Instagram;Zwei\r\n"
    "04.03.2026;25:00;Myspace;Drei\r\n"
    "05.03.2026;11:00;Instagram;Vier\r\n";

  g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));

  import = preview (fixture->project, plan, -1, "kaputt.csv");
  g_assert_true (engage_post_csv_import_has_errors (import));
  g_assert_cmpint (engage_post_csv_import_get_row_action (import, 0), ==, ENGAGE_POST_CSV_ROW_CREATE);
  g_assert_cmpint (engage_post_csv_import_get_row_action (import, 1), ==, ENGAGE_POST_CSV_ROW_INVALID);
  g_assert_cmpint (engage_post_csv_import_get_row_action (import, 2), ==, ENGAGE_POST_CSV_ROW_INVALID);
  g_assert_true (has_problem (import, 3, ENGAGE_SEVERITY_ERROR, "31.02.2026"));
  g_assert_true (has_problem (import, 4, ENGAGE_SEVERITY_ERROR, "Myspace"));
  g_assert_true (has_problem (import, 4, ENGAGE_SEVERITY_ERROR, "25:00"));

  g_assert_false (engage_post_csv_import_run (import, ENGAGE_POST_CSV_IMPORT_NONE, &error));
  g_assert_error (error, ENGAGE_POST_CSV_ERROR, ENGAGE_POST_CSV_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Line 3 of “kaputt.csv” cannot be imported: the date “31.02.2026” does not exist.");

  /* Nothing was written: not a post, not a channel, not a byte. */
  g_assert_cmpuint (count_posts (fixture->project), ==, 0);
  g_assert_false (engage_project_can_undo (fixture->project));
  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpmem (after, after_length, before, before_length);

  /* Asked to, the readable rows go in and the others are skipped. */
  g_clear_error (&error);
  run_import (import, ENGAGE_POST_CSV_IMPORT_SKIP_INVALID);
  g_assert_cmpuint (count_posts (fixture->project), ==, 2);
  g_assert_cmpuint (engage_import_batch_get_rows_skipped (engage_post_csv_import_get_batch (import)), ==, 2);
}

static void
test_file_problems (Fixture       *fixture,
                    gconstpointer  user_data)
{
  const struct {
    const char *data;
    guint       line;
    const char *part;
  } cases[] = {
    { "", 0, "no rows" },
    { "Datum;Titel\r\n03.03.2026;Eins\r\n", 1, "channel" },
    { "Foo;Bar\r\n1;2\r\n", 1, "header" },
    { "Kanal;Titel;Thema\r\nX;a;b\r\n", 1, "mean the same" },
    { "Kanal;Titel\r\nX;\"offen\r\nX;zu\r\n", 2, "never closed" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(EngagePostCsvImport) import = preview (fixture->project, cases[i].data, -1, "f.csv");
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u", i);
      g_assert_true (has_problem (import, cases[i].line, ENGAGE_SEVERITY_ERROR, cases[i].part));
      /* A problem of the whole file refuses it even when rows may be skipped. */
      g_assert_false (engage_post_csv_import_run (import, ENGAGE_POST_CSV_IMPORT_SKIP_INVALID, &error));
      g_assert_error (error, ENGAGE_POST_CSV_ERROR, ENGAGE_POST_CSV_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "f.csv"));
    }

  g_assert_cmpuint (count_posts (fixture->project), ==, 0);
}

static void
test_reimport (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(EngagePostCsvImport) first = preview (fixture->project, german_plan, -1, "plan.csv");
  g_autoptr(EngagePostCsvImport) again = NULL;
  g_autoptr(EngagePostCsvImport) exported_again = NULL;
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(GError) error = NULL;

  run_import (first, ENGAGE_POST_CSV_IMPORT_NONE);

  /* The same bytes again: refused, with a sentence that says so. */
  again = preview (fixture->project, german_plan, -1, "kopie.csv");
  g_assert_nonnull (engage_post_csv_import_get_previous_import (again));
  g_assert_false (engage_post_csv_import_run (again, ENGAGE_POST_CSV_IMPORT_NONE, &error));
  g_assert_error (error, ENGAGE_POST_CSV_ERROR, ENGAGE_POST_CSV_ERROR_ALREADY_IMPORTED);
  g_assert_nonnull (strstr (error->message, "“kopie.csv” was already imported"));
  g_assert_cmpuint (count_posts (fixture->project), ==, 4);

  /* Forced, a plan without UUIDs adds its rows again. */
  g_clear_error (&error);
  run_import (again, ENGAGE_POST_CSV_IMPORT_FORCE);
  g_assert_cmpuint (count_posts (fixture->project), ==, 8);

  /* An export carries UUIDs: importing it changes nothing that is the same. */
  exported = export (fixture->project);
  exported_again = engage_post_csv_import_new_from_bytes (fixture->project, exported, "export.csv");
  g_assert_cmpuint (engage_post_csv_import_count_rows (exported_again, ENGAGE_POST_CSV_ROW_UNCHANGED), ==, 8);
  run_import (exported_again, ENGAGE_POST_CSV_IMPORT_NONE);
  g_assert_cmpuint (count_posts (fixture->project), ==, 8);
  g_assert_cmpuint (engage_import_batch_get_rows_imported (engage_post_csv_import_get_batch (exported_again)), ==, 0);
}

static void
test_update_by_uuid (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(EngagePostCsvImport) first = preview (fixture->project, german_plan, -1, "plan.csv");
  g_autoptr(EngagePostCsvImport) edited_import = NULL;
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(GString) edited = NULL;
  EngagePost *post;

  run_import (first, ENGAGE_POST_CSV_IMPORT_NONE);

  /* Edited in a spreadsheet: a new title, and Lena's post handed to Markus. */
  exported = export (fixture->project);
  edited = g_string_new_len (g_bytes_get_data (exported, NULL), g_bytes_get_size (exported));
  g_string_replace (edited, "Umfrage: Lieblingsbrot", "Umfrage: Brot oder Brötchen?", 1);
  g_string_replace (edited, ";Lena;", ";Markus;", 1);

  edited_import = preview (fixture->project, edited->str, edited->len, "plan-bearbeitet.csv");
  g_assert_cmpuint (engage_post_csv_import_count_rows (edited_import, ENGAGE_POST_CSV_ROW_UPDATE), ==, 2);
  g_assert_cmpuint (engage_post_csv_import_count_rows (edited_import, ENGAGE_POST_CSV_ROW_UNCHANGED), ==, 2);
  run_import (edited_import, ENGAGE_POST_CSV_IMPORT_NONE);

  g_assert_cmpuint (count_posts (fixture->project), ==, 4);
  for (guint i = 0; i < engage_post_csv_import_get_n_rows (edited_import); i++)
    {
      post = engage_post_csv_import_get_row_post (edited_import, i);
      if (engage_post_csv_import_get_row_action (edited_import, i) == ENGAGE_POST_CSV_ROW_UPDATE)
        {
          g_autoptr(EngagePost) stored = engage_project_get_post (fixture->project, engage_post_get_id (post), NULL);

          g_assert_true (g_str_equal (engage_post_get_title (stored), "Umfrage: Brot oder Brötchen?") ||
                         g_str_equal (engage_post_get_owner (stored), "Markus"));
        }
    }
}

static void
test_dates (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(EngageChannel) channel = engage_channel_new (ENGAGE_CHANNEL_KIND_INSTAGRAM, "Instagram");
  g_autoptr(EngagePostCsvImport) english = NULL;
  g_autoptr(EngagePostCsvImport) german = NULL;
  g_autoptr(EngagePostCsvImport) settled = NULL;
  g_autoptr(EngagePostCsvImport) spellings = NULL;

  g_assert_true (engage_project_add_channel (fixture->project, channel, NULL));

  /* English headers: 03/04/2026 is 4 March, and the preview says why. */
  english = preview (fixture->project, "Date,Channel,Title\n03/04/2026,Instagram,a\n", -1, "en.csv");
  g_assert_false (engage_post_csv_import_has_errors (english));
  g_assert_true (has_problem (english, 1, ENGAGE_SEVERITY_INFO, "month/day"));
  assert_local (fixture->project, engage_post_get_scheduled_at (engage_post_csv_import_get_row_post (english, 0)),
                "2026-03-04 09:00");

  /* German headers: the same date is not guessed. */
  german = preview (fixture->project, "Datum;Kanal;Titel\n03/04/2026;Instagram;a\n", -1, "de.csv");
  g_assert_true (has_problem (german, 2, ENGAGE_SEVERITY_ERROR, "03/04/2026"));

  /* Unless another date settles the order: 13/04 can only be day/month. */
  settled = preview (fixture->project, "Datum;Kanal;Titel\n03/04/2026;Instagram;a\n13/04/2026;Instagram;b\n",
                     -1, "de2.csv");
  g_assert_false (engage_post_csv_import_has_errors (settled));
  assert_local (fixture->project, engage_post_get_scheduled_at (engage_post_csv_import_get_row_post (settled, 0)),
                "2026-04-03 09:00");

  spellings = preview (fixture->project,
                       "Datum;Uhrzeit;Kanal;Titel\n"
                       "2026-03-03;9 Uhr;Instagram;a\n"
                       "Di., 03.03.2026 09:15;;Instagram;b\n"
                       "3.3.26;9:30 pm;Instagram;c\n"
                       "2026-02-30;;Instagram;d\n"
                       "2026-03-03;24:00;Instagram;e\n"
                       "morgen;;Instagram;f\n"
                       ";10:00;Instagram;g\n",
                       -1, "dates.csv");
  assert_local (fixture->project, engage_post_get_scheduled_at (engage_post_csv_import_get_row_post (spellings, 0)),
                "2026-03-03 09:00");
  assert_local (fixture->project, engage_post_get_scheduled_at (engage_post_csv_import_get_row_post (spellings, 1)),
                "2026-03-03 09:15");
  assert_local (fixture->project, engage_post_get_scheduled_at (engage_post_csv_import_get_row_post (spellings, 2)),
                "2026-03-03 21:30");
  g_assert_true (has_problem (spellings, 5, ENGAGE_SEVERITY_ERROR, "does not exist"));
  g_assert_true (has_problem (spellings, 6, ENGAGE_SEVERITY_ERROR, "24:00"));
  g_assert_true (has_problem (spellings, 7, ENGAGE_SEVERITY_ERROR, "morgen"));
  g_assert_true (has_problem (spellings, 8, ENGAGE_SEVERITY_ERROR, "no date"));
}

static void
test_channels (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(EngageChannel) channel = engage_channel_new (ENGAGE_CHANNEL_KIND_INSTAGRAM, "Instagram Hägele");
  g_autoptr(EngagePostCsvImport) import = NULL;
  g_auto(GStrv) created = NULL;

  g_assert_true (engage_project_add_channel (fixture->project, channel, NULL));

  import = preview (fixture->project,
                    "Kanal;Titel;Status\n"
                    "instagram hägele;a;\n"
                    "IG;b;Freigegeben\n"
                    "X (Twitter);c;published\n"
                    "Twitter;d;idee\n"
                    "Podcast;e;\n"
                    "Facebook & Instagram;f;\n"
                    "Instagram;g;vielleicht\n"
                    "Instagram;;\n"
                    ";h;\n",
                    -1, "kanaele.csv");

  g_assert_cmpstr (engage_post_csv_import_get_row_channel_name (import, 0), ==, "Instagram Hägele");
  g_assert_cmpstr (engage_post_csv_import_get_row_channel_name (import, 1), ==, "Instagram Hägele");
  g_assert_cmpint (engage_post_get_status (engage_post_csv_import_get_row_post (import, 1)), ==,
                   ENGAGE_POST_STATUS_APPROVED);
  g_assert_cmpstr (engage_post_csv_import_get_row_channel_name (import, 2), ==, "X (Twitter)");
  g_assert_cmpint (engage_post_get_status (engage_post_csv_import_get_row_post (import, 2)), ==,
                   ENGAGE_POST_STATUS_PUBLISHED);
  /* "Twitter" is the channel of kind X that the import creates for row 4. */
  g_assert_cmpstr (engage_post_csv_import_get_row_channel_name (import, 3), ==, "X (Twitter)");
  g_assert_true (has_problem (import, 6, ENGAGE_SEVERITY_ERROR, "Podcast"));
  g_assert_true (has_problem (import, 7, ENGAGE_SEVERITY_ERROR, "Facebook & Instagram"));
  g_assert_true (has_problem (import, 8, ENGAGE_SEVERITY_ERROR, "vielleicht"));
  /* A row with a channel and nothing else is a slot in the plan, not a problem. */
  g_assert_cmpint (engage_post_csv_import_get_row_action (import, 7), ==, ENGAGE_POST_CSV_ROW_CREATE);
  g_assert_true (has_problem (import, 10, ENGAGE_SEVERITY_ERROR, "no channel"));

  created = engage_post_csv_import_dup_new_channels (import);
  g_assert_cmpuint (g_strv_length (created), ==, 1);
}

static void
test_empty_rows (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(EngagePostCsvImport) import = preview (fixture->project,
                                                   "Date,Channel,Title\n"
                                                   "2026-03-03,Instagram,a,,\n"
                                                   ",,\n"
                                                   "2026-03-04,Instagram,b,,extra\n",
                                                   -1, "rows.csv");

  g_assert_cmpint (engage_post_csv_import_get_row_action (import, 1), ==, ENGAGE_POST_CSV_ROW_EMPTY);
  g_assert_true (has_problem (import, 4, ENGAGE_SEVERITY_ERROR, "cells"));

  run_import (import, ENGAGE_POST_CSV_IMPORT_SKIP_INVALID);
  g_assert_cmpuint (count_posts (fixture->project), ==, 1);
  g_assert_cmpuint (engage_import_batch_get_rows_read (engage_post_csv_import_get_batch (import)), ==, 3);
  g_assert_cmpuint (engage_import_batch_get_rows_skipped (engage_post_csv_import_get_batch (import)), ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/core/post-csv/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("round-trip-de", test_round_trip_de);
  ADD ("round-trip-en", test_round_trip_en);
  ADD ("german-export", test_german_export);
  ADD ("formula-neutralized", test_formula_neutralized);
  ADD ("german-plan", test_german_plan);
  ADD ("encodings", test_encodings);
  ADD ("broken-row-refused", test_broken_row_refused);
  ADD ("file-problems", test_file_problems);
  ADD ("reimport", test_reimport);
  ADD ("update-by-uuid", test_update_by_uuid);
  ADD ("dates", test_dates);
  ADD ("channels", test_channels);
  ADD ("empty-rows", test_empty_rows);

#undef ADD

  return g_test_run ();
}
