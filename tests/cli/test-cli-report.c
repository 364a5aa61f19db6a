/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "engage-cli-test-util.h"

#include <string.h>

#include <glib/gstdio.h>

/* engage-cli export report as a script sees it: a PDF or one sentence and an
 * exit code, and never a half-written file. */

#define TODAY "--today=2026-11-23"

/* The first line of stderr is one sentence. */
static void
assert_one_sentence (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", 2);

  g_assert_nonnull (lines[0]);
  g_assert_cmpstr (lines[0], !=, "");
  g_assert_true (g_str_has_suffix (lines[0], "."));
}

typedef struct
{
  char *dir;
  char *project;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sample = g_strdup_printf ("--sample=%s", (const char *) data);
  g_auto(EngageCliRun) created = { 0 };

  fixture->dir = g_dir_make_tmp ("engage-cli-report-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->project = g_build_filename (fixture->dir, "bakery.engage", NULL);

  engage_cli_run (&created, "new", sample, TODAY, fixture->project, NULL);
  g_assert_cmpint (created.status, ==, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  engage_cli_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->project);
}

static void
assert_pdf (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 10000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* Complete: the trailer is there. */
  {
    g_autofree char *tail = g_strndup (contents + length - 16, 16);

    g_assert_nonnull (strstr (tail, "%%EOF"));
  }
}

/* Nothing but the project (and its journal) and @expected in the folder. */
static void
assert_only_files (Fixture    *fixture,
                   const char *expected)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_has_prefix (name, "bakery.engage") && g_strcmp0 (name, expected) != 0)
      g_error ("Unexpected file “%s” beside the report", name);
}

/* The PDF's text with runs of whitespace as one space; NULL without pdftotext. */
static char *
pdf_text (const char *path)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  const char *argv[] = { program, "-enc", "UTF-8", path, "-", NULL };
  g_auto(EngageCliRun) run = { 0 };
  g_auto(GStrv) words = NULL;

  if (program == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return NULL;
    }

  engage_cli_run_argv (&run, argv);
  g_assert_cmpint (run.status, ==, 0);
  words = g_strsplit_set (run.out, " \t\n\f\r", -1);
  {
    g_autoptr(GString) text = g_string_new (NULL);

    for (guint i = 0; words[i] != NULL; i++)
      if (*words[i] != '\0')
        g_string_append_printf (text, "%s%s", text->len ? " " : "", words[i]);
    return g_string_free (g_steal_pointer (&text), FALSE);
  }
}

static void
test_sample_en (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_autofree char *text = NULL;
  g_auto(EngageCliRun) run = { 0 };

  engage_cli_run (&run, "export", "report", fixture->project, out, TODAY, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  assert_pdf (out);
  assert_only_files (fixture, "report.pdf");

  text = pdf_text (out);
  if (text == NULL)
    return;

  g_assert_nonnull (strstr (text, "Social Media Strategy 2027"));
  g_assert_nonnull (strstr (text, "Bäckerei Hägele"));
  g_assert_nonnull (strstr (text, "NPS"));
  /* The default period: twelve weeks up to today and four weeks of plan. */
  g_assert_nonnull (strstr (text, "1 September 2026 – 21 December 2026"));
  g_assert_nonnull (strstr (text, "Page 2 of"));
}

/* Whether the build's German catalogue has the report's texts yet. */
static gboolean
german_catalogue_has_report (void)
{
  const char *localedir = g_getenv ("ENGAGE_LOCALEDIR");
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (localedir == NULL)
    return FALSE;

  path = g_build_filename (localedir, "de", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;

  /* Binary data: search it whole, not up to the first NUL. */
  for (gsize i = 0; i + 15 <= length; i++)
    if (memcmp (contents + i, "Seite %u von %u", 15) == 0)
      return TRUE;

  return FALSE;
}

static void
test_sample_de (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "bericht.pdf", NULL);
  g_autofree char *text = NULL;
  g_auto(EngageCliRun) run = { 0 };

  engage_cli_run (&run, "export", "report", fixture->project, out, TODAY, NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_pdf (out);

  text = pdf_text (out);
  if (text == NULL)
    return;

  /* The sample's German content in any case… */
  g_assert_nonnull (strstr (text, "Social-Media-Strategie 2027"));
  g_assert_nonnull (strstr (text, "Tonalität und Anrede"));

  /* …and the report's own German where the catalogue is built. */
  if (!german_catalogue_has_report ())
    {
      g_test_message ("No German catalogue with the report's texts; checked the sample's German only");
      return;
    }
  g_assert_nonnull (strstr (text, "Seite 2 von"));
  g_assert_nonnull (strstr (text, "1. September 2026 – 21. Dezember 2026"));
  g_assert_null (strstr (text, "Page 2 of"));
}

static void
test_period (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "october.pdf", NULL);
  g_autofree char *text = NULL;
  g_auto(EngageCliRun) run = { 0 };

  engage_cli_run (&run, "export", "report", "--from=2026-10-01", "--to=2026-10-31", TODAY, fixture->project, out,
           NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_pdf (out);

  text = pdf_text (out);
  if (text == NULL)
    return;

  g_assert_nonnull (strstr (text, "1 October 2026 – 31 October 2026"));
}

static void
test_replaces_existing (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_auto(EngageCliRun) run = { 0 };

  g_assert_true (g_file_set_contents (out, "last week's report", -1, NULL));
  engage_cli_run (&run, "export", "report", fixture->project, out, TODAY, NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_pdf (out);
  assert_only_files (fixture, "report.pdf");
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "report.pdf", NULL);
  const char *cases[][6] = {
    { "export", "report", NULL },
    { "export", "report", fixture->project, NULL },
    { "export", "report", fixture->project, out, "extra", NULL },
    { "export", "report", "--from=1.10.2026", fixture->project, out, NULL },
    { "export", "report", "--to=tomorrow", fixture->project, out, NULL },
    { "export", "report", "--from=2026-11-01", "--to=2026-10-01", fixture->project, out },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) argv = g_ptr_array_new ();
      g_auto(EngageCliRun) run = { 0 };

      g_ptr_array_add (argv, (char *) g_getenv ("ENGAGE_CLI"));
      for (guint j = 0; j < G_N_ELEMENTS (cases[i]) && cases[i][j] != NULL; j++)
        g_ptr_array_add (argv, (char *) cases[i][j]);
      g_ptr_array_add (argv, NULL);

      engage_cli_run_argv (&run, (const char **) argv->pdata);
      g_assert_cmpint (run.status, ==, 2);
      assert_one_sentence (run.err);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }
}

static void
test_refuses_project (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *not_project = g_build_filename (fixture->dir, "notes.engage", NULL);
  g_autofree char *out = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_auto(EngageCliRun) run = { 0 };

  g_assert_true (g_file_set_contents (not_project, "Ideas for the spring campaign\n", -1, NULL));
  engage_cli_run (&run, "export", "report", not_project, out, NULL);
  g_assert_cmpint (run.status, ==, 3);
  assert_one_sentence (run.err);
  g_assert_nonnull (strstr (run.err, "notes.engage"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_unlink (not_project);
}

static void
test_missing_folder (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "archive", "report.pdf", NULL);
  g_auto(EngageCliRun) run = { 0 };

  engage_cli_run (&run, "export", "report", fixture->project, out, TODAY, NULL);
  g_assert_cmpint (run.status, ==, 4);
  assert_one_sentence (run.err);
  g_assert_nonnull (strstr (run.err, "archive"));
  assert_only_files (fixture, NULL);
}

static void
test_listed_in_help (void)
{
  g_auto(EngageCliRun) run = { 0 };

  engage_cli_run (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "export report"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, language, func) \
  g_test_add ("/cli/report/" path, Fixture, language, fixture_set_up, func, fixture_tear_down)

  ADD ("sample-en", "en", test_sample_en);
  ADD ("sample-de", "de", test_sample_de);
  ADD ("period", "en", test_period);
  ADD ("replaces-existing", "en", test_replaces_existing);
  ADD ("usage-errors", "en", test_usage_errors);
  ADD ("refuses-project", "en", test_refuses_project);
  ADD ("missing-folder", "en", test_missing_folder);

#undef ADD

  g_test_add_func ("/cli/report/listed-in-help", test_listed_in_help);

  return g_test_run ();
}
