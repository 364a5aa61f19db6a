/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "engage-cli-test-util.h"

#include <string.h>

#include <glib/gstdio.h>
#include <libical/ical.h>

#include "engage-project.h"

/* engage-cli export ics, export csv and import posts as a script sees them:
 * files written, exit codes, one sentence per error naming the file (and the
 * line), and a refused import leaving the project byte for byte as it was. */

static const char german_plan[] =
  "Datum;Uhrzeit;Plattform;Thema;Beitrag;Status;Säule;Verantwortlich\r\n"
  "03.03.2026;09:00;Instagram;Brezel der Woche;\"Unsere Laugenbrezel:\r\naußen knusprig.\";Geplant;Backwissen;Lena\r\n"
  "04.03.2026;18:30;Facebook;Umfrage;Welches Brot mögt ihr?;Entwurf;Gemeinschaft;Jonas\r\n"
  "05.03.2026;;Newsletter;Märzausgabe;;Idee;;\r\n";

static const char broken_plan[] =
  "Datum;Uhrzeit;Kanal;Titel\r\n"
  "03.03.2026;09:00;Instagram;Eins\r\n"
  "31.02.2026;10:00;Instagram;Zwei\r\n";

static char *
make_project (const char *dir,
              const char *name,
              const char *sample)
{
  char *path = g_build_filename (dir, name, NULL);
  g_auto(EngageCliRun) run = { 0 };

  if (sample != NULL)
    engage_cli_run (&run, "new", sample, "--today=2026-11-23", path, NULL);
  else
    engage_cli_run (&run, "new", path, NULL);
  g_assert_cmpint (run.status, ==, 0);

  return path;
}

static char *
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static char *
read_file (const char *path,
           gsize      *length)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  return contents;
}

static guint
count_posts (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageProject) project = engage_project_open (file, &error);
  EngageProjectCounts counts;

  g_assert_no_error (error);
  g_assert_true (engage_project_get_counts (project, &counts, &error));
  engage_project_close (project);

  return counts.posts;
}

static guint
check_ics (const char *path,
           int         only_month)
{
  g_autofree char *text = read_file (path, NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);
  g_autoptr(GHashTable) uids = g_hash_table_new (g_str_hash, g_str_equal);
  icalcomponent *calendar = icalparser_parse_string (text);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
    }

  g_assert_nonnull (calendar);
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      struct icaltimetype start = icalcomponent_get_dtstart (event);

      g_assert_true (g_str_has_suffix (icalcomponent_get_uid (event), "@engage"));
      g_assert_false (g_hash_table_contains (uids, icalcomponent_get_uid (event)));
      g_hash_table_add (uids, (gpointer) icalcomponent_get_uid (event));
      if (only_month > 0)
        g_assert_cmpint (start.month, ==, only_month);
      n++;
    }

  icalcomponent_free (calendar);
  return n;
}

static void
test_export_ics (void)
{
  g_autofree char *dir = engage_cli_test_make_dir ();
  g_autofree char *project = make_project (dir, "sample.engage", "--sample=en");
  g_autofree char *first = g_build_filename (dir, "first.ics", NULL);
  g_autofree char *second = g_build_filename (dir, "second.ics", NULL);
  g_autofree char *december = g_build_filename (dir, "december.ics", NULL);
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  g_auto(EngageCliRun) run_first = { 0 };
  g_auto(EngageCliRun) run_second = { 0 };
  g_auto(EngageCliRun) run_december = { 0 };
  guint all, in_december;

  engage_cli_run (&run_first, "export", "ics", project, first, NULL);
  g_assert_cmpint (run_first.status, ==, 0);
  g_assert_cmpstr (run_first.err, ==, "");
  engage_cli_run (&run_second, "export", "ics", project, second, NULL);
  g_assert_cmpint (run_second.status, ==, 0);

  /* The same project gives the same file: UIDs and all. */
  first_text = read_file (first, NULL);
  second_text = read_file (second, NULL);
  g_assert_cmpstr (first_text, ==, second_text);

  all = check_ics (first, 0);
  g_assert_cmpuint (all, >, 150);

  engage_cli_run (&run_december, "export", "ics", "--from=2026-12-01", "--to=2026-12-31", project, december, NULL);
  g_assert_cmpint (run_december.status, ==, 0);
  in_december = check_ics (december, 12);
  g_assert_cmpuint (in_december, >, 0);
  g_assert_cmpuint (in_december, <, all);

  engage_cli_test_remove_dir (dir);
}

static void
test_export_csv (void)
{
  g_autofree char *dir = engage_cli_test_make_dir ();
  g_autofree char *project = make_project (dir, "beispiel.engage", "--sample=de");
  g_autofree char *out = g_build_filename (dir, "plan.csv", NULL);
  g_autofree char *text = NULL;
  const struct {
    const char *option;
    const char *header;
  } cases[] = {
    { NULL, "\xEF\xBB\xBF" "Datum;Uhrzeit;Kanal;Titel;" },
    { "--delimiter=tab", "\xEF\xBB\xBF" "Datum\tUhrzeit\tKanal\t" },
    { "--delimiter=,", "\xEF\xBB\xBF" "Datum,Uhrzeit,Kanal," },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(EngageCliRun) run = { 0 };

      if (cases[i].option != NULL)
        engage_cli_run (&run, "export", "csv", cases[i].option, "--decimal=point", project, out, NULL);
      else
        engage_cli_run (&run, "export", "csv", project, out, NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_clear_pointer (&text, g_free);
      text = read_file (out, NULL);
      g_assert_true (g_str_has_prefix (text, cases[i].header));
      g_assert_nonnull (strstr (text, "\r\n"));
    }

  engage_cli_test_remove_dir (dir);
}

static void
test_import_posts (void)
{
  g_autofree char *dir = engage_cli_test_make_dir ();
  g_autofree char *project = make_project (dir, "neu.engage", NULL);
  g_autofree char *plan = write_file (dir, "Redaktionsplan.csv", german_plan);
  g_auto(EngageCliRun) first = { 0 };
  g_auto(EngageCliRun) again = { 0 };
  g_auto(EngageCliRun) forced = { 0 };
  g_auto(EngageCliRun) dry = { 0 };

  engage_cli_run (&dry, "import", "posts", "--dry-run", project, plan, NULL);
  g_assert_cmpint (dry.status, ==, 0);
  g_assert_nonnull (strstr (dry.out, "New posts: 3"));
  g_assert_cmpuint (count_posts (project), ==, 0);

  engage_cli_run (&first, "import", "posts", project, plan, NULL);
  g_assert_cmpint (first.status, ==, 0);
  g_assert_cmpstr (first.err, ==, "");
  g_assert_nonnull (strstr (first.out, "New posts: 3"));
  g_assert_nonnull (strstr (first.out, "creates the channel “Facebook”"));
  g_assert_cmpuint (count_posts (project), ==, 3);

  /* The same file again is refused, with the way out in the sentence. */
  engage_cli_run (&again, "import", "posts", project, plan, NULL);
  g_assert_cmpint (again.status, ==, 4);
  engage_cli_assert_one_sentence (again.err);
  g_assert_nonnull (strstr (again.err, "Redaktionsplan.csv"));
  g_assert_nonnull (strstr (again.err, "--force"));
  g_assert_cmpuint (count_posts (project), ==, 3);

  engage_cli_run (&forced, "import", "posts", "--force", project, plan, NULL);
  g_assert_cmpint (forced.status, ==, 0);
  g_assert_cmpuint (count_posts (project), ==, 6);

  engage_cli_test_remove_dir (dir);
}

static void
test_import_refused (void)
{
  g_autofree char *dir = engage_cli_test_make_dir ();
  g_autofree char *project = make_project (dir, "plan.engage", NULL);
  g_autofree char *plan = write_file (dir, "kaputt.csv", broken_plan);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;
  g_auto(EngageCliRun) run = { 0 };
  g_auto(EngageCliRun) skipping = { 0 };

  before = read_file (project, &before_length);

  engage_cli_run (&run, "import", "posts", project, plan, NULL);
  g_assert_cmpint (run.status, ==, 4);
  engage_cli_assert_one_sentence (run.err);
  g_assert_nonnull (strstr (run.err, "kaputt.csv"));
  g_assert_nonnull (strstr (run.err, "Line 3"));
  /* Every problem is listed for the person who fixes the file. */
  g_assert_nonnull (strstr (run.out, "Line 3: the date “31.02.2026” does not exist"));

  after = read_file (project, &after_length);
  g_assert_cmpmem (after, after_length, before, before_length);

  engage_cli_run (&skipping, "import", "posts", "--skip-invalid", project, plan, NULL);
  g_assert_cmpint (skipping.status, ==, 0);
  g_assert_cmpuint (count_posts (project), ==, 1);

  engage_cli_test_remove_dir (dir);
}

static void
test_round_trip (void)
{
  g_autofree char *dir = engage_cli_test_make_dir ();
  g_autofree char *sample = make_project (dir, "beispiel.engage", "--sample=de");
  g_autofree char *empty = make_project (dir, "leer.engage", NULL);
  g_autofree char *first = g_build_filename (dir, "first.csv", NULL);
  g_autofree char *second = g_build_filename (dir, "second.csv", NULL);
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  gsize first_length, second_length;
  g_auto(EngageCliRun) export_first = { 0 };
  g_auto(EngageCliRun) import = { 0 };
  g_auto(EngageCliRun) export_second = { 0 };

  engage_cli_run (&export_first, "export", "csv", sample, first, NULL);
  g_assert_cmpint (export_first.status, ==, 0);
  engage_cli_run (&import, "import", "posts", empty, first, NULL);
  g_assert_cmpint (import.status, ==, 0);
  engage_cli_run (&export_second, "export", "csv", empty, second, NULL);
  g_assert_cmpint (export_second.status, ==, 0);

  first_text = read_file (first, &first_length);
  second_text = read_file (second, &second_length);
  g_assert_cmpmem (second_text, second_length, first_text, first_length);

  engage_cli_test_remove_dir (dir);
}

static void
test_errors (void)
{
  g_autofree char *dir = engage_cli_test_make_dir ();
  g_autofree char *project = make_project (dir, "plan.engage", NULL);
  g_autofree char *missing_project = g_build_filename (dir, "missing.engage", NULL);
  g_autofree char *missing_csv = g_build_filename (dir, "fehlt.csv", NULL);
  g_autofree char *out = g_build_filename (dir, "out.ics", NULL);
  g_autofree char *unwritable = g_build_filename (dir, "no-folder", "out.ics", NULL);
  const char *usage[][6] = {
    { "export", "ics", project, NULL },
    { "export", "ics", "--from=1.12.2026", project, out, NULL },
    { "export", "ics", "--from=2026-12-31", "--to=2026-12-01", project, out },
    { "export", "csv", "--delimiter=|", project, out, NULL },
    { "export", "csv", "--decimal=dot", project, out, NULL },
    { "export", "vcs", project, out, NULL },
    { "import", "posts", project, NULL },
    { "import", "posts", "--bogus", project, out, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (usage); i++)
    {
      g_auto(EngageCliRun) run = { 0 };

      engage_cli_run (&run, usage[i][0], usage[i][1], usage[i][2], usage[i][3], usage[i][4], usage[i][5], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.err, !=, "");
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }

  {
    g_auto(EngageCliRun) run = { 0 };

    engage_cli_run (&run, "export", "ics", missing_project, out, NULL);
    g_assert_cmpint (run.status, ==, 3);
    engage_cli_assert_one_sentence (run.err);
    g_assert_nonnull (strstr (run.err, "missing.engage"));
  }

  {
    g_auto(EngageCliRun) run = { 0 };

    engage_cli_run (&run, "import", "posts", project, missing_csv, NULL);
    g_assert_cmpint (run.status, ==, 4);
    engage_cli_assert_one_sentence (run.err);
    g_assert_nonnull (strstr (run.err, "fehlt.csv"));
  }

  {
    g_auto(EngageCliRun) run = { 0 };

    engage_cli_run (&run, "export", "ics", project, unwritable, NULL);
    g_assert_cmpint (run.status, ==, 4);
    engage_cli_assert_one_sentence (run.err);
    g_assert_nonnull (strstr (run.err, "out.ics"));
  }

  engage_cli_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/calendar/export-ics", test_export_ics);
  g_test_add_func ("/cli/calendar/export-csv", test_export_csv);
  g_test_add_func ("/cli/calendar/import-posts", test_import_posts);
  g_test_add_func ("/cli/calendar/import-refused", test_import_refused);
  g_test_add_func ("/cli/calendar/round-trip", test_round_trip);
  g_test_add_func ("/cli/calendar/errors", test_errors);

  return g_test_run ();
}
