/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "engage-cli-test-util.h"

#include <string.h>

#include <glib/gstdio.h>

/* engage-cli export chart as a script sees it: every chart of the sample in
 * every format, the list, and the exit codes of what goes wrong. */

typedef struct
{
  char *dir;
  char *project;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_auto(EngageCliRun) run = { 0 };

  (void) user_data;

  fixture->dir = g_dir_make_tmp ("engage-cli-charts-XXXXXX", NULL);
  fixture->project = g_build_filename (fixture->dir, "sample.engage", NULL);
  engage_cli_run (&run, "new", "--sample=en", "--today=2026-11-23", fixture->project, NULL);
  g_assert_cmpint (run.status, ==, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  (void) user_data;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->project);
  g_free (fixture->dir);
}

static guint32
read_be32 (const guint8 *data)
{
  return ((guint32) data[0] << 24) | ((guint32) data[1] << 16) | ((guint32) data[2] << 8) | data[3];
}

/* Like strstr, past the NUL bytes of binary streams. */
static gboolean
contains_bytes (const char *haystack,
                gsize       length,
                const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (haystack + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static void
assert_valid (const char *path,
              const char *format,
              guint       width,
              guint       height)
{
  g_autofree char *contents = NULL;
  g_autofree char *size = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 100);

  if (g_str_equal (format, "png"))
    {
      g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
      g_assert_cmpuint (read_be32 ((const guint8 *) contents + 16), ==, width);
      g_assert_cmpuint (read_be32 ((const guint8 *) contents + 20), ==, height);
    }
  else if (g_str_equal (format, "svg"))
    {
      GMarkupParser parser = { NULL, NULL, NULL, NULL, NULL };
      GMarkupParseContext *context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
      g_autoptr(GError) error = NULL;

      g_assert_true (g_str_has_prefix (contents, "<?xml"));
      size = g_strdup_printf ("width=\"%u\" height=\"%u\"", width, height);
      g_assert_nonnull (strstr (contents, size));
      g_assert_true (g_markup_parse_context_parse (context, contents, length, &error));
      g_assert_true (g_markup_parse_context_end_parse (context, &error));
      g_assert_no_error (error);
      g_markup_parse_context_free (context);
    }
  else
    {
      g_assert_true (g_str_has_prefix (contents, "%PDF-"));
      g_assert_true (contains_bytes (contents + length - 32, 32, "%%EOF"));
      size = g_strdup_printf ("/MediaBox [ 0 0 %u %u ]", width, height);
      g_assert_true (contains_bytes (contents, length, size));
    }
}

/* Every listed chart, in every format. */
static void
test_every_chart (Fixture       *fixture,
                  gconstpointer  user_data)
{
  const char *formats[] = { "png", "svg", "pdf" };
  g_auto(EngageCliRun) list = { 0 };
  g_auto(GStrv) lines = NULL;
  guint n_charts = 0;

  (void) user_data;

  engage_cli_run (&list, "export", "chart", "--list", fixture->project, NULL);
  g_assert_cmpint (list.status, ==, 0);
  g_assert_cmpstr (list.err, ==, "");

  lines = g_strsplit (list.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = NULL;
      const char *name;

      g_strstrip (lines[i]);
      if (lines[i][0] == '\0')
        continue;
      words = g_strsplit (lines[i], " ", 2);
      name = words[0];
      n_charts++;

      for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
        {
          g_autofree char *file = g_strdup_printf ("%s.%s", name, formats[f]);
          g_autofree char *out = g_build_filename (fixture->dir, file, NULL);
          g_autofree char *chart = g_strdup_printf ("--chart=%s", name);
          g_auto(EngageCliRun) run = { 0 };
          gboolean strip = g_str_has_prefix (name, "kpi-progress:");

          g_test_message ("%s as %s", name, formats[f]);
          engage_cli_run (&run, "export", "chart", fixture->project, out, chart, "--today=2026-11-23", NULL);
          g_assert_cmpstr (run.err, ==, "");
          g_assert_cmpint (run.status, ==, 0);
          assert_valid (out, formats[f], 1200, strip ? 160 : 675);
        }
    }

  /* The five fixed charts and two per KPI of the sample. */
  g_assert_cmpuint (n_charts, ==, 5 + 2 * 6);
  g_assert_nonnull (strstr (list.out, "engagement "));
  g_assert_nonnull (strstr (list.out, "nps-distribution "));
  g_assert_nonnull (strstr (list.out, "kpi:1 "));
}

static void
test_size_and_range (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "small.png", NULL);
  g_autofree char *named = g_build_filename (fixture->dir, "followers.svg", NULL);
  g_auto(EngageCliRun) run = { 0 };
  g_auto(EngageCliRun) by_name = { 0 };

  (void) user_data;

  engage_cli_run (&run, "export", "chart", fixture->project, out, "--chart=nps", "--width=640", "--height=400",
           "--from=2026-09-01", "--to=2026-11-23", NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_valid (out, "png", 640, 400);

  /* A KPI by its name works as well as by its id. */
  engage_cli_run (&by_name, "export", "chart", fixture->project, named, "--chart=kpi:Instagram followers", NULL);
  g_assert_cmpint (by_name.status, ==, 0);
  assert_valid (named, "svg", 1200, 675);
}

static void
test_unknown_chart (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "pie.png", NULL);
  g_auto(EngageCliRun) run = { 0 };
  g_auto(EngageCliRun) kpi = { 0 };

  (void) user_data;

  engage_cli_run (&run, "export", "chart", fixture->project, out, "--chart=pie", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_true (g_str_has_prefix (run.err, "There is no chart called “pie”."));
  /* The valid names follow, so that the user can pick one. */
  g_assert_nonnull (strstr (run.err, "engagement"));
  g_assert_nonnull (strstr (run.err, "channels"));
  g_assert_nonnull (strstr (run.err, "kpi:1"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  engage_cli_run (&kpi, "export", "chart", fixture->project, out, "--chart=kpi:Mystery", NULL);
  g_assert_cmpint (kpi.status, ==, 2);
  g_assert_nonnull (strstr (kpi.err, "Mystery"));
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *jpeg = g_build_filename (fixture->dir, "chart.jpeg", NULL);
  g_autofree char *png = g_build_filename (fixture->dir, "chart.png", NULL);
  struct { const char *args[6]; } cases[] = {
    { { fixture->project, jpeg, "--chart=nps", NULL } },
    { { fixture->project, png, NULL } },
    { { fixture->project, png, "--chart=nps", "--width=5", NULL } },
    { { fixture->project, png, "--chart=nps", "--from=yesterday", NULL } },
    { { fixture->project, png, "--chart=nps", "--from=2026-11-01", "--to=2026-10-01", NULL } },
    { { fixture->project, NULL } },
    { { "--list", NULL } },
  };

  (void) user_data;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char **a = cases[i].args;
      g_auto(EngageCliRun) run = { 0 };

      g_test_message ("case %u", i);
      engage_cli_run (&run, "export", "chart", a[0], a[1], a[2], a[3], a[4], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
    }
}

/* A file that is not a project is refused with exit code 3, and nothing is written. */
static void
test_refused_project (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *bogus = g_build_filename (fixture->dir, "notes.engage", NULL);
  g_autofree char *out = g_build_filename (fixture->dir, "chart.png", NULL);
  g_auto(EngageCliRun) run = { 0 };
  g_auto(EngageCliRun) list = { 0 };

  (void) user_data;

  g_assert_true (g_file_set_contents (bogus, "These are my notes, not a project.\n", -1, NULL));

  engage_cli_run (&run, "export", "chart", bogus, out, "--chart=nps", NULL);
  g_assert_cmpint (run.status, ==, 3);
  g_assert_nonnull (strstr (run.err, "notes.engage"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  engage_cli_run (&list, "export", "chart", "--list", bogus, NULL);
  g_assert_cmpint (list.status, ==, 3);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("ENGAGE_CLI") == NULL)
    {
      g_printerr ("ENGAGE_CLI must name the engage-cli to test.\n");
      return 1;
    }

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli/charts/every-chart", test_every_chart);
  ADD ("/cli/charts/size-and-range", test_size_and_range);
  ADD ("/cli/charts/unknown-chart", test_unknown_chart);
  ADD ("/cli/charts/usage-errors", test_usage_errors);
  ADD ("/cli/charts/refused-project", test_refused_project);

  return g_test_run ();
}
