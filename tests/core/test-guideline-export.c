/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-test-guideline-export"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "engage-guideline-export.h"
#include "engage-guideline-templates.h"
#include "engage-project-private.h"
#include "engage-rule.h"
#include "engage-rule-kinds.h"
#include "engage-section.h"

/* The guideline as Markdown and HTML, and the templates a new guideline starts
 * from. */

/* 2026-11-23 09:00 UTC */
#define NOW ((gint64) 1795424400)

typedef struct
{
  char          *dir;
  EngageProject *project;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("engage-test-export-XXXXXX", &error);
  g_assert_no_error (error);

  path = g_build_filename (fixture->dir, "guideline.engage", NULL);
  file = g_file_new_for_path (path);
  fixture->project = engage_project_create (file, "Strategie 2027", &error);
  g_assert_no_error (error);
  _engage_project_set_clock (fixture->project, NOW);
  g_assert_true (engage_project_set_details (fixture->project, "Strategie 2027", "Bäckerei <Hägele> & Söhne",
                                             "Europe/Berlin", "de", ENGAGE_ENGAGEMENT_BASIS_REACH, &error));
  g_assert_no_error (error);
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
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static void
add_section (Fixture    *fixture,
             const char *title,
             const char *body,
             gboolean    checklist)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageSection) section = engage_section_new (title);

  engage_section_set_body (section, body);
  engage_section_set_checklist (section, checklist);
  g_assert_true (engage_project_add_section (fixture->project, section, &error));
  g_assert_no_error (error);
}

static void
add_guideline (Fixture *fixture)
{
  g_autoptr(EngageRule) rule = engage_rule_kind_new_rule ("max-hashtags");
  g_autoptr(EngageRule) off = engage_rule_kind_new_rule ("forbidden-terms");
  g_autoptr(GError) error = NULL;

  add_section (fixture, "Tonalität", "Wir **duzen** auf Instagram.\n\n# Beispiele\n\n- Hallo!\n- Servus!\n", TRUE);
  add_section (fixture, "Datenschutz & Recht", "Keine <script>alert(1)</script> Daten.", FALSE);

  engage_rule_set_params (rule, "{\"max\": 5}");
  engage_rule_set_channel_kinds (rule, "instagram");
  engage_rule_set_message (rule, "Höchstens fünf Hashtags.");
  g_assert_true (engage_project_add_rule (fixture->project, rule, &error));
  engage_rule_set_params (off, "{\"terms\": [\"billig\"]}");
  engage_rule_set_enabled (off, FALSE);
  g_assert_true (engage_project_add_rule (fixture->project, off, &error));
  g_assert_no_error (error);
}

static void
test_markdown (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autofree char *markdown = NULL;

  add_guideline (fixture);
  markdown = engage_guideline_export_markdown (fixture->project);

  g_assert_true (g_str_has_prefix (markdown,
                                   "# Social Media Guideline – Bäckerei <Hägele> & Söhne\n\n"
                                   "_Strategie 2027 · exported from Engage on 2026-11-23_\n\n"
                                   "## Tonalität\n\n*Approval checklist item*\n\n"
                                   "Wir **duzen** auf Instagram.\n\n# Beispiele\n\n- Hallo!\n- Servus!\n\n"
                                   "## Datenschutz & Recht\n\n"));
  g_assert_nonnull (strstr (markdown, "## Rules\n\n"));
  g_assert_nonnull (strstr (markdown, "- **Hashtag limit** (Warning · Instagram): At most 5 hashtags. "
                                      "Höchstens fünf Hashtags.\n"));
  g_assert_nonnull (strstr (markdown, "**Forbidden terms** (Error · All channels · switched off)"));
  g_assert_true (g_str_has_suffix (markdown, "\n"));
  g_assert_false (g_str_has_suffix (markdown, "\n\n"));
}

static void
test_html (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autofree char *html = NULL;

  add_guideline (fixture);
  html = engage_guideline_export_html (fixture->project);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"));
  g_assert_nonnull (strstr (html, "<title>Social Media Guideline – Bäckerei &lt;Hägele&gt; &amp; Söhne</title>"));
  g_assert_nonnull (strstr (html, "<style>"));
  g_assert_nonnull (strstr (html, "@media print"));
  g_assert_nonnull (strstr (html, "<li><a href=\"#section-2\">Datenschutz &amp; Recht</a></li>"));
  g_assert_nonnull (strstr (html, "<section id=\"section-1\">\n<h2>Tonalität</h2>\n"
                                  "<p class=\"checklist\">Approval checklist item</p>\n"
                                  "<p>Wir <strong>duzen</strong> auf Instagram.</p>\n"
                                  "<h3>Beispiele</h3>\n<ul>\n<li>Hallo!</li>\n"));
  /* Raw HTML in a section never reaches the page. */
  g_assert_null (strstr (html, "<script>"));
  g_assert_nonnull (strstr (html, "<td class=\"severity-warning\">Warning</td>"));
  g_assert_nonnull (strstr (html, "<tr class=\"off\">"));
  g_assert_true (g_str_has_suffix (html, "</body>\n</html>\n"));
}

static void
test_heading_offset (void)
{
  g_autofree char *html = engage_guideline_section_to_html ("# One\n\n##### Five\n\ntext *em*", 2);

  g_assert_cmpstr (html, ==, "<h3>One</h3>\n<h6>Five</h6>\n<p>text <em>em</em></p>\n");
}

static void
test_to_file (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "Leitlinie.HTML", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) text = g_file_new_for_path ("/tmp/guideline.txt");
  g_autoptr(GFile) md = g_file_new_for_path ("/tmp/guideline.markdown");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  EngageGuidelineFormat format;

  g_assert_true (engage_guideline_format_for_file (file, &format));
  g_assert_cmpint (format, ==, ENGAGE_GUIDELINE_FORMAT_HTML);
  g_assert_true (engage_guideline_format_for_file (md, &format));
  g_assert_cmpint (format, ==, ENGAGE_GUIDELINE_FORMAT_MARKDOWN);
  g_assert_false (engage_guideline_format_for_file (text, &format));

  add_guideline (fixture);
  g_assert_true (engage_guideline_export_to_file (fixture->project, file, ENGAGE_GUIDELINE_FORMAT_HTML, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_utf8_validate (contents, -1, NULL));
  g_assert_true (g_str_has_prefix (contents, "<!DOCTYPE html>"));
}

/* Templates */

static void
test_templates (void)
{
  const char * const *languages = engage_guideline_templates_get_languages ();

  g_assert_cmpuint (g_strv_length ((char **) languages), ==, 2);

  for (guint l = 0; languages[l] != NULL; l++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) sections = engage_guideline_template_load_sections (languages[l], "Firma Muster", &error);
      g_autoptr(GPtrArray) rules = engage_guideline_template_load_rules (languages[l], &error);
      g_autofree char *title = engage_guideline_template_dup_title (languages[l], "Firma Muster");
      guint checklist = 0;
      gboolean mentions_company = FALSE;

      g_assert_no_error (error);
      g_assert_nonnull (title);
      g_assert_nonnull (strstr (title, "Firma Muster"));
      /* Purpose, roles, approval, tone, content, transparency, comments, crisis,
       * data protection, advertising, private use, security, thanks, listening,
       * review. */
      g_assert_cmpuint (sections->len, ==, 15);

      for (guint i = 0; i < sections->len; i++)
        {
          EngageSection *section = g_ptr_array_index (sections, i);
          const char *body = engage_section_get_body (section);

          g_assert_cmpstr (engage_section_get_title (section), !=, "");
          g_assert_cmpuint (strlen (body), >, 200);
          g_assert_null (strstr (body, "{company}"));
          g_assert_null (strstr (engage_section_get_title (section), "{"));
          mentions_company |= strstr (body, "Firma Muster") != NULL;
          checklist += engage_section_get_checklist (section);
        }

      g_assert_true (mentions_company);
      g_assert_cmpuint (checklist, >=, 3);

      g_assert_cmpuint (rules->len, >=, 5);
      for (guint i = 0; i < rules->len; i++)
        g_assert_nonnull (engage_rule_kind_lookup (engage_rule_get_kind (g_ptr_array_index (rules, i))));
    }

  /* German in German: the form of address is discussed. */
  {
    g_autoptr(GPtrArray) de = engage_guideline_template_load_sections ("de", NULL, NULL);
    gboolean du_sie = FALSE;

    for (guint i = 0; i < de->len; i++)
      du_sie |= strstr (engage_section_get_body (g_ptr_array_index (de, i)), "Du oder Sie") != NULL;
    g_assert_true (du_sie);
    g_assert_nonnull (strstr (engage_section_get_body (g_ptr_array_index (de, 0)), "[Unternehmen]"));
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) none = engage_guideline_template_load_sections ("fr", NULL, &error);

    g_assert_null (none);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  }
}

static void
test_template_apply (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GListModel) sections = engage_project_list_sections (fixture->project);
  g_autoptr(GListModel) rules = engage_project_list_rules (fixture->project);
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageSection) first = NULL;
  guint n_rules;

  add_guideline (fixture);
  n_rules = g_list_model_get_n_items (rules);

  /* Added after the existing sections, with the rules the project lacks. */
  g_assert_true (engage_guideline_template_apply (fixture->project, "de", FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "New Guideline from Template");
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, 17);
  first = g_list_model_get_item (sections, 2);
  g_assert_cmpstr (engage_section_get_title (first), ==, "Zweck und Geltungsbereich");
  g_assert_nonnull (strstr (engage_section_get_body (first), "Bäckerei <Hägele> & Söhne"));
  /* max-hashtags and forbidden-terms were there already. */
  g_assert_cmpuint (g_list_model_get_n_items (rules), ==, n_rules + 5);

  /* One step back. */
  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (rules), ==, n_rules);

  /* Replacing drops the old sections. */
  g_assert_true (engage_guideline_template_apply (fixture->project, "en", TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, 15);
  g_clear_object (&first);
  first = g_list_model_get_item (sections, 0);
  g_assert_cmpstr (engage_section_get_title (first), ==, "Purpose and scope");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/guideline-export/markdown", Fixture, NULL, fixture_set_up, test_markdown, fixture_tear_down);
  g_test_add ("/core/guideline-export/html", Fixture, NULL, fixture_set_up, test_html, fixture_tear_down);
  g_test_add_func ("/core/guideline-export/heading-offset", test_heading_offset);
  g_test_add ("/core/guideline-export/to-file", Fixture, NULL, fixture_set_up, test_to_file, fixture_tear_down);
  g_test_add_func ("/core/guideline-templates/load", test_templates);
  g_test_add ("/core/guideline-templates/apply", Fixture, NULL, fixture_set_up, test_template_apply,
              fixture_tear_down);

  return g_test_run ();
}
