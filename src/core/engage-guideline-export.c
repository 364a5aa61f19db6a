/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-guideline-export"

#include "config.h"

#include <string.h>

#include <cmark.h>

#include "engage-guideline-export.h"
#include "engage-project-private.h"
#include "engage-rule.h"
#include "engage-rule-kinds.h"
#include "engage-section.h"

#include <glib/gi18n.h>

/* The guideline leaves Engage as Markdown (the sections as they are written,
 * for a wiki or a repository) or as one HTML page (to send round, open in any
 * browser and print). Both end with the rules, so that a reader sees what Engage
 * checks. The HTML is rendered by cmark in its safe mode: raw HTML in a section
 * is dropped, never passed through. Headings inside a section are moved down
 * two levels, below the document's title (h1) and the section's own (h2). */

static const char html_style[] =
  "body{font-family:Cantarell,\"Noto Sans\",\"Helvetica Neue\",Arial,sans-serif;"
  "line-height:1.55;color:#1e1e1e;max-width:46em;margin:2.5em auto;padding:0 1.2em}\n"
  "h1{font-size:1.9em;line-height:1.2;margin:0 0 .3em}\n"
  "h2{font-size:1.35em;margin:2.2em 0 .6em;padding-bottom:.25em;border-bottom:1px solid #d0d0d0}\n"
  "h3,h4,h5,h6{font-size:1.05em;margin:1.4em 0 .4em}\n"
  ".meta{color:#5e5e5e;margin:0 0 2em}\n"
  ".checklist{display:inline-block;margin:0 0 .8em;padding:.1em .7em;font-size:.85em;"
  "border:1px solid #1c71d8;border-radius:1em;color:#1a5fb4}\n"
  "nav ol{padding-left:1.4em}\n"
  "blockquote{margin:1em 0;padding:.1em 1em;border-left:3px solid #d0d0d0;color:#4a4a4a}\n"
  "code{font-family:\"Source Code Pro\",monospace;font-size:.92em;background:#f2f2f2;padding:.05em .3em;border-radius:3px}\n"
  "pre{background:#f2f2f2;padding:.8em;overflow-x:auto}\n"
  "table{border-collapse:collapse;width:100%;font-size:.92em}\n"
  "th,td{text-align:left;vertical-align:top;padding:.45em .6em;border-bottom:1px solid #dcdcdc}\n"
  "th{border-bottom:2px solid #b0b0b0}\n"
  ".severity-error{color:#c01c28;font-weight:bold}\n"
  ".severity-warning{color:#986a00;font-weight:bold}\n"
  ".severity-info{color:#1a5fb4}\n"
  ".off{color:#7a7a7a}\n"
  "a{color:#1a5fb4}\n"
  "@page{size:A4;margin:2cm}\n"
  "@media print{body{margin:0;max-width:none;font-size:10.5pt}"
  "nav{page-break-after:always}h2{page-break-after:avoid}"
  "tr{page-break-inside:avoid}a{color:inherit;text-decoration:none}}\n";

/**
 * engage_guideline_format_for_file:
 * @file: where the guideline goes
 * @format: (out): the format its name asks for
 *
 * Returns: %FALSE when the name ends neither in .md/.markdown nor .html/.htm
 */
gboolean
engage_guideline_format_for_file (GFile                 *file,
                                  EngageGuidelineFormat *format)
{
  g_autofree char *name = NULL;
  g_autofree char *lower = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  name = g_file_get_basename (file);
  lower = g_ascii_strdown (name != NULL ? name : "", -1);

  if (g_str_has_suffix (lower, ".md") || g_str_has_suffix (lower, ".markdown"))
    *format = ENGAGE_GUIDELINE_FORMAT_MARKDOWN;
  else if (g_str_has_suffix (lower, ".html") || g_str_has_suffix (lower, ".htm"))
    *format = ENGAGE_GUIDELINE_FORMAT_HTML;
  else
    return FALSE;

  return TRUE;
}

/**
 * engage_guideline_dup_title:
 * @project: an open project
 *
 * Returns: (transfer full): the guideline's title, with the client's name when
 *   the project has one
 */
char *
engage_guideline_dup_title (EngageProject *project)
{
  const char *client;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  client = engage_project_get_client (project);
  if (client == NULL || client[0] == '\0')
    client = engage_project_get_name (project);

  if (client == NULL || client[0] == '\0')
    return g_strdup (_("Social Media Guideline"));

  /* Translators: the title of an exported guideline; %s is the company */
  return g_strdup_printf (_("Social Media Guideline – %s"), client);
}

static char *
dup_meta_line (EngageProject *project)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc (_engage_project_now (project));
  g_autoptr(GDateTime) local = g_date_time_to_timezone (now, engage_project_get_tz (project));
  g_autofree char *date = g_date_time_format (local, "%Y-%m-%d");

  /* Translators: below an exported guideline's title: the project and the date */
  return g_strdup_printf (_("%s · exported from Engage on %s"), engage_project_get_name (project), date);
}

static GPtrArray *
list_items (GListModel *model)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  return items;
}

static void
append_block (GString    *out,
              const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (trimmed[0] == '\0')
    return;

  g_string_append (out, trimmed);
  g_string_append (out, "\n\n");
}

/* One rule as a sentence for the Markdown list. */
static char *
describe_rule_markdown (EngageRule    *rule,
                        EngageProject *project)
{
  g_autofree char *summary = engage_rule_dup_summary (rule);
  g_autofree char *scope = engage_rule_dup_scope_label (rule, project);
  const char *message = engage_rule_get_message (rule);

  if (!engage_rule_get_enabled (rule))
    {
      char *off = g_strdup_printf ("%s · %s", scope, _("switched off"));

      g_free (scope);
      scope = off;
    }

  return g_strdup_printf ("**%s** (%s · %s): %s%s%s",
                          engage_rule_kind_get_label (engage_rule_get_kind (rule)),
                          engage_severity_get_label (engage_rule_get_severity (rule)),
                          scope,
                          summary,
                          message != NULL && message[0] != '\0' ? ". " : "",
                          message != NULL ? message : "");
}

/**
 * engage_guideline_export_markdown:
 * @project: an open project
 *
 * Returns: (transfer full): the guideline as one CommonMark document: the
 *   title, each section as a level-2 heading with its text as written, and the
 *   rules
 */
char *
engage_guideline_export_markdown (EngageProject *project)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GListModel) section_model = NULL;
  g_autoptr(GListModel) rule_model = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GPtrArray) rules = NULL;
  g_autofree char *title = NULL;
  g_autofree char *meta = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  section_model = engage_project_list_sections (project);
  rule_model = engage_project_list_rules (project);
  sections = list_items (section_model);
  rules = list_items (rule_model);
  title = engage_guideline_dup_title (project);
  meta = dup_meta_line (project);

  g_string_append_printf (out, "# %s\n\n_%s_\n\n", title, meta);

  for (guint i = 0; i < sections->len; i++)
    {
      EngageSection *section = g_ptr_array_index (sections, i);

      g_string_append_printf (out, "## %s\n\n", engage_section_get_title (section));
      if (engage_section_get_checklist (section))
        g_string_append_printf (out, "*%s*\n\n", _("Approval checklist item"));
      append_block (out, engage_section_get_body (section));
    }

  if (rules->len > 0)
    {
      g_string_append_printf (out, "## %s\n\n%s\n\n", _("Rules"),
                              _("Engage checks every planned post against these rules."));
      for (guint i = 0; i < rules->len; i++)
        {
          g_autofree char *line = describe_rule_markdown (g_ptr_array_index (rules, i), project);

          g_string_append_printf (out, "- %s\n", line);
        }
      g_string_append_c (out, '\n');
    }

  /* One newline at the end, as text files have. */
  while (out->len > 1 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * engage_guideline_section_to_html:
 * @commonmark: (nullable): a section's text
 * @heading_offset: how many levels to move headings down (at most to h6)
 *
 * Returns: (transfer full): the text as HTML, rendered by cmark without raw
 *   HTML
 */
char *
engage_guideline_section_to_html (const char *commonmark,
                                  int         heading_offset)
{
  cmark_node *document;
  cmark_iter *iter;
  cmark_event_type event;
  char *rendered;
  char *html;

  if (commonmark == NULL)
    commonmark = "";

  document = cmark_parse_document (commonmark, strlen (commonmark), CMARK_OPT_DEFAULT);
  iter = cmark_iter_new (document);
  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);

      if (event == CMARK_EVENT_ENTER && cmark_node_get_type (node) == CMARK_NODE_HEADING)
        cmark_node_set_heading_level (node, MIN (6, cmark_node_get_heading_level (node) + heading_offset));
    }
  cmark_iter_free (iter);

  /* cmark allocates with malloc(); hand out GLib memory. */
  rendered = cmark_render_html (document, CMARK_OPT_DEFAULT);
  html = g_strdup (rendered);
  free (rendered);
  cmark_node_free (document);

  return html;
}

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  g_string_append (out, escaped);
}

static void
append_rules_table (GString       *out,
                    GPtrArray     *rules,
                    EngageProject *project)
{
  g_string_append (out, "<table>\n<thead><tr>");
  g_string_append_printf (out, "<th>%s</th><th>%s</th><th>%s</th><th>%s</th>",
                          _("Rule"), _("Applies to"), _("Severity"), _("Message"));
  g_string_append (out, "</tr></thead>\n<tbody>\n");

  for (guint i = 0; i < rules->len; i++)
    {
      EngageRule *rule = g_ptr_array_index (rules, i);
      EngageSeverity severity = engage_rule_get_severity (rule);
      g_autofree char *summary = engage_rule_dup_summary (rule);
      g_autofree char *scope = engage_rule_dup_scope_label (rule, project);

      g_string_append_printf (out, "<tr%s><td><strong>", engage_rule_get_enabled (rule) ? "" : " class=\"off\"");
      append_escaped (out, engage_rule_kind_get_label (engage_rule_get_kind (rule)));
      g_string_append (out, "</strong><br>");
      append_escaped (out, summary);
      if (!engage_rule_get_enabled (rule))
        {
          g_string_append (out, " (");
          append_escaped (out, _("switched off"));
          g_string_append (out, ")");
        }
      g_string_append (out, "</td><td>");
      append_escaped (out, scope);
      g_string_append_printf (out, "</td><td class=\"severity-%s\">", engage_severity_to_string (severity));
      append_escaped (out, engage_severity_get_label (severity));
      g_string_append (out, "</td><td>");
      append_escaped (out, engage_rule_get_message (rule));
      g_string_append (out, "</td></tr>\n");
    }

  g_string_append (out, "</tbody>\n</table>\n");
}

/**
 * engage_guideline_export_html:
 * @project: an open project
 *
 * Returns: (transfer full): the guideline as a standalone HTML5 page in UTF-8
 *   with a table of contents, the sections, the rules and a small style sheet
 *   for screen and print
 */
char *
engage_guideline_export_html (EngageProject *project)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GListModel) section_model = NULL;
  g_autoptr(GListModel) rule_model = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GPtrArray) rules = NULL;
  g_autofree char *title = NULL;
  g_autofree char *meta = NULL;
  const char *language;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  section_model = engage_project_list_sections (project);
  rule_model = engage_project_list_rules (project);
  sections = list_items (section_model);
  rules = list_items (rule_model);
  title = engage_guideline_dup_title (project);
  meta = dup_meta_line (project);
  language = engage_project_get_language (project);

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"");
  append_escaped (out, language != NULL && language[0] != '\0' ? language : "en");
  g_string_append (out, "\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<meta name=\"generator\" content=\"Engage " PACKAGE_VERSION "\">\n<title>");
  append_escaped (out, title);
  g_string_append_printf (out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<header>\n<h1>", html_style);
  append_escaped (out, title);
  g_string_append (out, "</h1>\n<p class=\"meta\">");
  append_escaped (out, meta);
  g_string_append (out, "</p>\n</header>\n");

  if (sections->len > 0 || rules->len > 0)
    {
      g_string_append (out, "<nav>\n<h2>");
      append_escaped (out, _("Contents"));
      g_string_append (out, "</h2>\n<ol>\n");
      for (guint i = 0; i < sections->len; i++)
        {
          g_string_append_printf (out, "<li><a href=\"#section-%u\">", i + 1);
          append_escaped (out, engage_section_get_title (g_ptr_array_index (sections, i)));
          g_string_append (out, "</a></li>\n");
        }
      if (rules->len > 0)
        {
          g_string_append (out, "<li><a href=\"#rules\">");
          append_escaped (out, _("Rules"));
          g_string_append (out, "</a></li>\n");
        }
      g_string_append (out, "</ol>\n</nav>\n");
    }

  for (guint i = 0; i < sections->len; i++)
    {
      EngageSection *section = g_ptr_array_index (sections, i);
      g_autofree char *body = engage_guideline_section_to_html (engage_section_get_body (section), 2);

      g_string_append_printf (out, "<section id=\"section-%u\">\n<h2>", i + 1);
      append_escaped (out, engage_section_get_title (section));
      g_string_append (out, "</h2>\n");
      if (engage_section_get_checklist (section))
        {
          g_string_append (out, "<p class=\"checklist\">");
          append_escaped (out, _("Approval checklist item"));
          g_string_append (out, "</p>\n");
        }
      g_string_append (out, body);
      g_string_append (out, "</section>\n");
    }

  if (rules->len > 0)
    {
      g_string_append (out, "<section id=\"rules\">\n<h2>");
      append_escaped (out, _("Rules"));
      g_string_append (out, "</h2>\n<p>");
      append_escaped (out, _("Engage checks every planned post against these rules."));
      g_string_append (out, "</p>\n");
      append_rules_table (out, rules, project);
      g_string_append (out, "</section>\n");
    }

  g_string_append (out, "</body>\n</html>\n");

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * engage_guideline_export_to_file:
 * @project: an open project
 * @file: the file to write; replaced if it exists
 * @format: Markdown or HTML
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the file was written
 */
gboolean
engage_guideline_export_to_file (EngageProject          *project,
                                 GFile                  *file,
                                 EngageGuidelineFormat   format,
                                 GError                **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (format == ENGAGE_GUIDELINE_FORMAT_HTML)
    text = engage_guideline_export_html (project);
  else
    text = engage_guideline_export_markdown (project);

  return g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}
