/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "engage-cli-test-util.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "engage-bad-files.h"
#include "engage-project.h"

/* engage-cli as a script sees it: exit codes, one-sentence errors, JSON. */

static void
test_new_sample_info_json (void)
{
  g_autofree char *dir = engage_cli_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "bakery.engage", NULL);
  g_auto(EngageCliRun) created = { 0 };
  g_auto(EngageCliRun) info = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *object;

  engage_cli_run (&created, "new", "--sample=en", "--today=2026-11-23", path, NULL);
  g_assert_cmpstr (created.err, ==, "");
  g_assert_cmpint (created.status, ==, 0);

  engage_cli_run (&info, "info", "--json", path, NULL);
  g_assert_cmpint (info.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, info.out, -1, &error));
  g_assert_no_error (error);

  object = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (object, "schema_version"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (object, "name"), ==, "Social Media Strategy 2027");
  /* The sample bakery is in Herrenberg, Baden-Württemberg. */
  g_assert_cmpstr (json_object_get_string_member (object, "holiday_region"), ==, "DE-BW");
  g_assert_cmpint (json_object_get_int_member (object, "channels"), >=, 5);
  g_assert_cmpint (json_object_get_int_member (object, "pillars"), >=, 4);
  g_assert_cmpint (json_object_get_int_member (object, "posts"), >=, 150);
  g_assert_cmpint (json_object_get_int_member (object, "guideline_sections"), >=, 8);
  g_assert_cmpint (json_object_get_int_member (object, "rules"), >=, 6);
  g_assert_cmpint (json_object_get_int_member (object, "kpis"), >=, 4);
  g_assert_cmpint (json_object_get_int_member (object, "measurements"), >=, 20);
  g_assert_cmpint (json_object_get_int_member (object, "nps_responses"), >=, 200);
  g_assert_cmpint (json_object_get_int_member (object, "post_metrics"), >=, 80);

  engage_cli_test_remove_dir (dir);
}

static void
test_new_empty_and_info_text (void)
{
  g_autofree char *dir = engage_cli_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "Spring Campaign.engage", NULL);
  g_auto(EngageCliRun) created = { 0 };
  g_auto(EngageCliRun) info = { 0 };

  engage_cli_run (&created, "new", path, NULL);
  g_assert_cmpint (created.status, ==, 0);

  engage_cli_run (&info, "info", path, NULL);
  g_assert_cmpint (info.status, ==, 0);
  g_assert_nonnull (strstr (info.out, "Spring Campaign"));
  g_assert_nonnull (strstr (info.out, "Posts:"));

  engage_cli_test_remove_dir (dir);
}

static void
test_new_holiday_region (void)
{
  g_autofree char *dir = engage_cli_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "Munich.engage", NULL);
  g_autofree char *refused = g_build_filename (dir, "Vienna.engage", NULL);
  g_auto(EngageCliRun) created = { 0 };
  g_auto(EngageCliRun) info = { 0 };
  g_auto(EngageCliRun) wrong = { 0 };

  engage_cli_run (&created, "new", "--holiday-region=by", path, NULL);
  g_assert_cmpint (created.status, ==, 0);
  engage_cli_run (&info, "info", path, NULL);
  g_assert_cmpint (info.status, ==, 0);
  g_assert_nonnull (strstr (info.out, "Bavaria"));

  engage_cli_run (&wrong, "new", "--holiday-region=AT", refused, NULL);
  g_assert_cmpint (wrong.status, ==, 2);
  g_assert_nonnull (strstr (wrong.err, "--holiday-region"));
  g_assert_false (g_file_test (refused, G_FILE_TEST_EXISTS));

  engage_cli_test_remove_dir (dir);
}

static void
test_same_day_same_file (void)
{
  g_autofree char *dir = engage_cli_test_make_dir ();
  g_autofree char *a = g_build_filename (dir, "a.engage", NULL);
  g_autofree char *b = g_build_filename (dir, "b.engage", NULL);
  g_autofree char *bytes_a = NULL;
  g_autofree char *bytes_b = NULL;
  gsize length_a, length_b;
  g_auto(EngageCliRun) run_a = { 0 };
  g_auto(EngageCliRun) run_b = { 0 };

  engage_cli_run (&run_a, "new", "--sample=de", "--today=2026-05-04", a, NULL);
  engage_cli_run (&run_b, "new", "--sample=de", "--today=2026-05-04", b, NULL);
  g_assert_cmpint (run_a.status, ==, 0);
  g_assert_cmpint (run_b.status, ==, 0);

  g_assert_true (g_file_get_contents (a, &bytes_a, &length_a, NULL));
  g_assert_true (g_file_get_contents (b, &bytes_b, &length_b, NULL));
  g_assert_cmpuint (length_a, ==, length_b);
  g_assert_true (memcmp (bytes_a, bytes_b, length_a) == 0);

  engage_cli_test_remove_dir (dir);
}

static void
test_usage_errors (void)
{
  g_autofree char *dir = engage_cli_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "x.engage", NULL);
  g_autofree char *existing = g_build_filename (dir, "existing.engage", NULL);
  g_autofree char *contents = NULL;
  const char * const *cases[] = {
    (const char *[]) { NULL },
    (const char *[]) { "frobnicate", path, NULL },
    (const char *[]) { "new", NULL },
    (const char *[]) { "new", "--sample=fr", path, NULL },
    (const char *[]) { "new", "--sample", "--today=23.11.2026", path, NULL },
    (const char *[]) { "new", "--today=2026-11-23", path, NULL },
    (const char *[]) { "info", NULL },
    (const char *[]) { "info", "--bogus", path, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(EngageCliRun) run = { 0 };
      const char * const *a = cases[i];

      engage_cli_run (&run, a[0], a[0] ? a[1] : NULL, a[0] && a[1] ? a[2] : NULL,
               a[0] && a[1] && a[2] ? a[3] : NULL, NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.err, !=, "");
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }

  /* new never replaces a file. */
  {
    g_auto(EngageCliRun) run = { 0 };

    g_assert_true (g_file_set_contents (existing, "not yours", -1, NULL));
    engage_cli_run (&run, "new", "--sample=en", existing, NULL);
    g_assert_cmpint (run.status, ==, 2);
    engage_cli_assert_one_sentence (run.err);
    g_assert_nonnull (strstr (run.err, "existing.engage"));
    g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "not yours");
  }

  engage_cli_test_remove_dir (dir);
}

static void
test_refuses_bad_file (gconstpointer data)
{
  const EngageBadFile *bad = data;
  g_autofree char *dir = engage_cli_test_make_dir ();
  g_autofree char *name = g_strdup_printf ("%s.engage", bad->name);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;
  g_auto(EngageCliRun) run = { 0 };

  bad->make (path);
  g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));

  engage_cli_run (&run, "info", "--json", path, NULL);
  g_assert_cmpint (run.status, ==, 3);
  g_assert_cmpstr (run.out, ==, "");
  engage_cli_assert_one_sentence (run.err);
  g_assert_nonnull (strstr (run.err, name));

  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpuint (before_length, ==, after_length);
  g_assert_true (memcmp (before, after, before_length) == 0);

  engage_cli_test_remove_dir (dir);
}

/* A project this process holds open is refused by another process. */
static void
test_refuses_in_use (void)
{
  g_autofree char *dir = engage_cli_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "open.engage", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageProject) project = engage_project_create (file, "Open", &error);
  g_auto(EngageCliRun) busy = { 0 };
  g_auto(EngageCliRun) free_again = { 0 };

  g_assert_no_error (error);

  engage_cli_run (&busy, "info", path, NULL);
  g_assert_cmpint (busy.status, ==, 3);
  engage_cli_assert_one_sentence (busy.err);
  g_assert_nonnull (strstr (busy.err, "open.engage"));

  engage_project_close (project);
  engage_cli_run (&free_again, "info", path, NULL);
  g_assert_cmpint (free_again.status, ==, 0);

  engage_cli_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/new-sample-info-json", test_new_sample_info_json);
  g_test_add_func ("/cli/new-empty-info-text", test_new_empty_and_info_text);
  g_test_add_func ("/cli/new-holiday-region", test_new_holiday_region);
  g_test_add_func ("/cli/same-day-same-file", test_same_day_same_file);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/refuses/in-use", test_refuses_in_use);

  for (const EngageBadFile *bad = engage_bad_files; bad->name != NULL; bad++)
    {
      g_autofree char *test_path = g_strdup_printf ("/cli/refuses/%s", bad->name);

      g_test_add_data_func (test_path, bad, test_refuses_bad_file);
    }

  return g_test_run ();
}
