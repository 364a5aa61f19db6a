/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "engage-cli-test-util.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "engage-channel.h"
#include "engage-post.h"
#include "engage-project.h"
#include "engage-rule.h"

/* engage-cli check and engage-cli export guideline, as a script sees them: the
 * exit status says whether an error-severity rule is broken, --json has the
 * documented shape, and the sample's rule breakers are all reported. */

static JsonArray *
parse_findings (const char  *text,
                JsonParser  *parser)
{
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));

  return json_object_get_array_member (json_node_get_object (root), "findings");
}

static void
test_sample (void)
{
  g_autofree char *dir = engage_cli_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "bakery.engage", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) sample_parser = json_parser_new ();
  g_autoptr(GBytes) sample_bytes = NULL;
  g_auto(EngageCliRun) created = { 0 };
  g_auto(EngageCliRun) json = { 0 };
  g_auto(EngageCliRun) text = { 0 };
  JsonArray *findings;
  JsonArray *breakers;
  gboolean plan_level = FALSE;

  engage_cli_run (&created, "new", "--sample=en", "--today=2026-11-23", path, NULL);
  g_assert_cmpint (created.status, ==, 0);

  engage_cli_run (&json, "check", "--json", path, NULL);
  g_assert_cmpstr (json.err, ==, "");
  /* The sample breaks error-severity rules on purpose. */
  g_assert_cmpint (json.status, ==, 1);

  findings = parse_findings (json.out, parser);
  g_assert_nonnull (findings);
  g_assert_cmpuint (json_array_get_length (findings), >=, 7);

  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      JsonObject *finding = json_array_get_object_element (findings, i);
      JsonNode *post = json_object_get_member (finding, "post");
      const char *severity = json_object_get_string_member (finding, "severity");

      g_assert_nonnull (post);
      if (JSON_NODE_HOLDS_NULL (post))
        plan_level = TRUE;
      else
        g_assert_true (g_uuid_string_is_valid (json_node_get_string (post)));
      g_assert_nonnull (json_object_get_string_member (finding, "rule"));
      g_assert_true (g_str_equal (severity, "info") || g_str_equal (severity, "warning") ||
                     g_str_equal (severity, "error"));
      g_assert_cmpstr (json_object_get_string_member (finding, "message"), !=, "");
    }
  /* The response-time KPI is above its target in the sample. */
  g_assert_true (plan_level);

  /* Every post that the sample means to break a rule is reported for it. */
  sample_bytes = g_resources_lookup_data ("/io/github/engageplanner/Engage/sample/sample-en.json",
                                          G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert_true (json_parser_load_from_data (sample_parser, g_bytes_get_data (sample_bytes, NULL),
                                             g_bytes_get_size (sample_bytes), NULL));
  breakers = json_object_get_array_member (json_node_get_object (json_parser_get_root (sample_parser)),
                                           "rule_breakers");
  for (guint b = 0; b < json_array_get_length (breakers); b++)
    {
      JsonObject *breaker = json_array_get_object_element (breakers, b);
      g_auto(GStrv) kind = g_strsplit (json_object_get_string_member (breaker, "breaks"), ":", 2);
      const char *title = json_object_get_string_member (breaker, "title");
      gboolean found = FALSE;

      for (guint i = 0; i < json_array_get_length (findings) && !found; i++)
        {
          JsonObject *finding = json_array_get_object_element (findings, i);

          found = g_strcmp0 (json_object_get_string_member (finding, "post_title"), title) == 0 &&
                  g_strcmp0 (json_object_get_string_member (finding, "rule"), kind[0]) == 0;
        }

      if (!found)
        g_test_message ("“%s” is not reported for “%s”", title, kind[0]);
      g_assert_true (found);
    }

  /* The text groups by post and ends with a summary. */
  engage_cli_run (&text, "check", path, NULL);
  g_assert_cmpint (text.status, ==, 1);
  g_assert_nonnull (strstr (text.out, "The best pretzels in town ("));
  g_assert_nonnull (strstr (text.out, "contains “cheap”"));
  g_assert_nonnull (strstr (text.out, "The plan as a whole"));
  g_assert_true (g_str_has_suffix (text.out, " posts.\n"));

  engage_cli_test_remove_dir (dir);
}

static void
make_project (const char     *path,
              EngageSeverity  severity)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageProject) project = engage_project_create (file, "Check", &error);
  g_autoptr(EngageChannel) channel = engage_channel_new (ENGAGE_CHANNEL_KIND_INSTAGRAM, "Instagram");
  g_autoptr(EngageRule) rule = engage_rule_new ("max-hashtags");
  g_autoptr(EngagePost) post = NULL;

  g_assert_no_error (error);
  g_assert_true (engage_project_add_channel (project, channel, &error));
  post = engage_post_new (engage_channel_get_id (channel), "Brezeln");
  engage_post_set_body (post, "Frisch! #a #b #c #d");
  g_assert_true (engage_project_add_post (project, post, &error));
  engage_rule_set_params (rule, "{\"max\": 2}");
  engage_rule_set_severity (rule, severity);
  engage_rule_set_message (rule, "Fewer hashtags, please.");
  g_assert_true (engage_project_add_rule (project, rule, &error));
  g_assert_no_error (error);
  engage_project_close (project);
}

static void
test_exit_status (void)
{
  g_autofree char *dir = engage_cli_test_make_dir ();
  g_autofree char *empty = g_build_filename (dir, "empty.engage", NULL);
  g_autofree char *warning = g_build_filename (dir, "warning.engage", NULL);
  g_autofree char *error = g_build_filename (dir, "error.engage", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.engage", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(EngageCliRun) created = { 0 };
  g_auto(EngageCliRun) clean = { 0 };
  g_auto(EngageCliRun) warned = { 0 };
  g_auto(EngageCliRun) failed = { 0 };
  g_auto(EngageCliRun) refused = { 0 };
  g_auto(EngageCliRun) usage = { 0 };
  JsonArray *findings;
  JsonObject *finding;

  engage_cli_run (&created, "new", empty, NULL);
  g_assert_cmpint (created.status, ==, 0);
  engage_cli_run (&clean, "check", empty, NULL);
  g_assert_cmpint (clean.status, ==, 0);
  g_assert_cmpstr (clean.out, ==, "No findings: every post keeps the guideline’s rules.\n");

  /* A warning is reported but does not fail the check. */
  make_project (warning, ENGAGE_SEVERITY_WARNING);
  engage_cli_run (&warned, "check", "--json", warning, NULL);
  g_assert_cmpint (warned.status, ==, 0);
  findings = parse_findings (warned.out, parser);
  g_assert_cmpuint (json_array_get_length (findings), ==, 1);
  finding = json_array_get_object_element (findings, 0);
  g_assert_cmpstr (json_object_get_string_member (finding, "rule"), ==, "max-hashtags");
  g_assert_cmpstr (json_object_get_string_member (finding, "severity"), ==, "warning");
  g_assert_cmpstr (json_object_get_string_member (finding, "message"), ==, "Fewer hashtags, please.");
  g_assert_cmpstr (json_object_get_string_member (finding, "detail"), ==, "4 hashtags, at most 2");
  g_assert_cmpstr (json_object_get_string_member (finding, "post_title"), ==, "Brezeln");

  make_project (error, ENGAGE_SEVERITY_ERROR);
  engage_cli_run (&failed, "check", error, NULL);
  g_assert_cmpint (failed.status, ==, 1);
  g_assert_nonnull (strstr (failed.out, "Brezeln (Instagram, no date, Idea)"));

  engage_cli_run (&refused, "check", missing, NULL);
  g_assert_cmpint (refused.status, ==, 3);
  g_assert_cmpstr (refused.out, ==, "");

  engage_cli_run (&usage, "check", "--from=tomorrow", error, NULL);
  g_assert_cmpint (usage.status, ==, 2);

  engage_cli_test_remove_dir (dir);
}

static void
test_export_guideline (void)
{
  g_autofree char *dir = engage_cli_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "bakery.engage", NULL);
  g_autofree char *md_path = g_build_filename (dir, "guideline.md", NULL);
  g_autofree char *html_path = g_build_filename (dir, "guideline.html", NULL);
  g_autofree char *txt_path = g_build_filename (dir, "guideline.txt", NULL);
  g_autofree char *md = NULL;
  g_autofree char *html = NULL;
  g_auto(EngageCliRun) created = { 0 };
  g_auto(EngageCliRun) to_md = { 0 };
  g_auto(EngageCliRun) to_html = { 0 };
  g_auto(EngageCliRun) to_txt = { 0 };

  engage_cli_run (&created, "new", "--sample=de", "--today=2026-11-23", path, NULL);
  g_assert_cmpint (created.status, ==, 0);

  engage_cli_run (&to_md, "export", "guideline", path, md_path, NULL);
  g_assert_cmpstr (to_md.err, ==, "");
  g_assert_cmpint (to_md.status, ==, 0);
  g_assert_true (g_file_get_contents (md_path, &md, NULL, NULL));
  g_assert_true (g_str_has_prefix (md, "# "));
  g_assert_nonnull (strstr (md, "\n## Zweck und Geltungsbereich\n"));
  g_assert_nonnull (strstr (md, "Bäckerei Hägele"));

  engage_cli_run (&to_html, "export", "guideline", path, html_path, NULL);
  g_assert_cmpint (to_html.status, ==, 0);
  g_assert_true (g_file_get_contents (html_path, &html, NULL, NULL));
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"de\">"));
  g_assert_nonnull (strstr (html, "<meta charset=\"utf-8\">"));
  g_assert_nonnull (strstr (html, "<h2>Zweck und Geltungsbereich</h2>"));
  g_assert_nonnull (strstr (html, "<strong>"));
  g_assert_true (g_str_has_suffix (html, "</html>\n"));

  engage_cli_run (&to_txt, "export", "guideline", path, txt_path, NULL);
  g_assert_cmpint (to_txt.status, ==, 2);
  g_assert_false (g_file_test (txt_path, G_FILE_TEST_EXISTS));

  engage_cli_test_remove_dir (dir);
}

/* The PDF by the name's ending or by --format; anything else is a usage error. */
static void
test_export_guideline_pdf (void)
{
  g_autofree char *dir = engage_cli_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "bakery.engage", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "Guideline.PDF", NULL);
  g_autofree char *named_path = g_build_filename (dir, "guideline.out", NULL);
  g_autofree char *pdf = NULL;
  g_autofree char *named = NULL;
  gsize length = 0;
  g_auto(EngageCliRun) created = { 0 };
  g_auto(EngageCliRun) to_pdf = { 0 };
  g_auto(EngageCliRun) by_option = { 0 };
  g_auto(EngageCliRun) bad_format = { 0 };

  engage_cli_run (&created, "new", "--sample=en", "--today=2026-11-23", path, NULL);
  g_assert_cmpint (created.status, ==, 0);

  engage_cli_run (&to_pdf, "export", "guideline", path, pdf_path, NULL);
  g_assert_cmpstr (to_pdf.err, ==, "");
  g_assert_cmpint (to_pdf.status, ==, 0);
  g_assert_true (g_file_get_contents (pdf_path, &pdf, &length, NULL));
  g_assert_cmpuint (length, >, 10000);
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));

  engage_cli_run (&by_option, "export", "guideline", "--format=pdf", path, named_path, NULL);
  g_assert_cmpint (by_option.status, ==, 0);
  g_assert_true (g_file_get_contents (named_path, &named, NULL, NULL));
  g_assert_true (g_str_has_prefix (named, "%PDF-"));

  engage_cli_run (&bad_format, "export", "guideline", "--format=docx", path, named_path, NULL);
  g_assert_cmpint (bad_format.status, ==, 2);
  g_assert_nonnull (strstr (bad_format.err, "--format"));

  engage_cli_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/check/sample", test_sample);
  g_test_add_func ("/cli/check/exit-status", test_exit_status);
  g_test_add_func ("/cli/export-guideline", test_export_guideline);
  g_test_add_func ("/cli/export-guideline-pdf", test_export_guideline_pdf);

  return g_test_run ();
}
