/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-cli-check"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "engage-cli-private.h"
#include "engage-channel.h"
#include "engage-checker.h"
#include "engage-guideline-document.h"
#include "engage-guideline-export.h"
#include "engage-post.h"
#include "engage-project.h"
#include "engage-rule-kinds.h"

/* engage-cli check: the guideline's rules run on the plan, for a script or CI
 * to stop at an error; engage-cli export guideline: the guideline as Markdown,
 * HTML or PDF. */

static EngageProject *
open_project (const char  *path,
              GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

  return engage_project_open (file, error);
}

/* A day in the project's time zone as the start of that day. */
static GDateTime *
parse_day (EngageProject *project,
           const char    *text,
           int            add_days)
{
  GDate date;

  if (!engage_iso_date_parse (text, &date))
    return NULL;

  g_date_add_days (&date, add_days);
  return g_date_time_new (engage_project_get_tz (project), g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date), 0, 0, 0);
}

static char *
describe_post (EngageProject *project,
               EngageFinding *finding,
               GHashTable    *channel_names)
{
  g_autoptr(GString) line = g_string_new (NULL);
  g_autoptr(EngagePost) post = engage_project_get_post (project, engage_finding_get_post_id (finding), NULL);
  GDateTime *time = engage_finding_get_post_time (finding);
  gint64 channel_id = engage_finding_get_channel_id (finding);
  const char *channel = g_hash_table_lookup (channel_names, &channel_id);
  const char *title = engage_finding_get_post_title (finding);

  g_string_append (line, title != NULL && title[0] != '\0' ? title : _("Untitled post"));
  g_string_append (line, " (");
  if (channel != NULL)
    g_string_append_printf (line, "%s, ", channel);
  if (time != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_timezone (time, engage_project_get_tz (project));
      g_autofree char *text = g_date_time_format (local, "%Y-%m-%d %H:%M");

      g_string_append_printf (line, "%s, ", text);
    }
  else
    {
      g_string_append_printf (line, "%s, ", _("no date"));
    }
  if (post != NULL)
    g_string_append (line, engage_post_status_get_label (engage_post_get_status (post)));
  g_string_truncate (line, line->str[line->len - 1] == ' ' ? line->len - 2 : line->len);
  g_string_append (line, ")");

  return g_string_free (g_steal_pointer (&line), FALSE);
}

static void
print_text (EngageProject *project,
            GPtrArray     *findings)
{
  g_autoptr(GHashTable) channel_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GListModel) channels = engage_project_list_channels (project);
  guint errors = engage_findings_count_severity (findings, ENGAGE_SEVERITY_ERROR);
  guint warnings = engage_findings_count_severity (findings, ENGAGE_SEVERITY_WARNING);
  guint infos = engage_findings_count_severity (findings, ENGAGE_SEVERITY_INFO);
  g_autofree char *errors_text = NULL;
  g_autofree char *warnings_text = NULL;
  g_autofree char *infos_text = NULL;
  g_autofree char *summary = NULL;
  gint64 last_post = -1;
  guint n_posts = 0;
  gboolean in_plan_group = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (channels); i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (channels, i);
      gint64 id = engage_channel_get_id (channel);

      g_hash_table_insert (channel_names, g_memdup2 (&id, sizeof id), g_strdup (engage_channel_get_name (channel)));
    }

  if (findings->len == 0)
    {
      printf ("%s\n", _("No findings: every post keeps the guideline’s rules."));
      return;
    }

  /* The findings come grouped by post, in the order of the plan, and the
   * plan-level ones last. */
  for (guint i = 0; i < findings->len; i++)
    {
      EngageFinding *finding = g_ptr_array_index (findings, i);
      EngageSeverity severity = engage_finding_get_severity (finding);
      const char *detail = engage_finding_get_detail (finding);

      if (engage_finding_is_plan_level (finding))
        {
          if (!in_plan_group)
            printf ("%s%s\n", i > 0 ? "\n" : "", _("The plan as a whole"));
          in_plan_group = TRUE;
        }
      else if (engage_finding_get_post_id (finding) != last_post)
        {
          g_autofree char *heading = describe_post (project, finding, channel_names);

          last_post = engage_finding_get_post_id (finding);
          n_posts++;
          printf ("%s%s\n", i > 0 ? "\n" : "", heading);
        }

      printf ("  %-8s %s: %s\n", engage_severity_get_label (severity),
              engage_rule_kind_get_label (engage_finding_get_rule_kind (finding)),
              engage_finding_get_message (finding));
      if (detail != NULL && detail[0] != '\0')
        printf ("  %-8s → %s\n", "", detail);
    }

  errors_text = g_strdup_printf (ngettext ("%u error", "%u errors", errors), errors);
  warnings_text = g_strdup_printf (ngettext ("%u warning", "%u warnings", warnings), warnings);
  infos_text = g_strdup_printf (ngettext ("%u note", "%u notes", infos), infos);
  /* Translators: the summary of a check: "3 errors, 12 warnings, 1 note in 14 posts" */
  summary = g_strdup_printf (ngettext ("%s, %s, %s in %u post.", "%s, %s, %s in %u posts.", n_posts),
                             errors_text, warnings_text, infos_text, n_posts);
  printf ("\n%s\n", summary);
}

static void
print_json (GPtrArray *findings)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = engage_findings_to_json (findings);
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  printf ("%s\n", text);
}

int
engage_cli_check (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageProject) project = NULL;
  g_autoptr(EngageChecker) checker = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  gboolean json = FALSE;
  GDate date;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of text"), NULL },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text,
      N_("Only check posts on or after this day"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text,
      N_("Only check posts on or before this day"), N_("YYYY-MM-DD") },
    { NULL }
  };

  context = g_option_context_new (_("PROJECT.engage"));
  g_option_context_set_summary (context,
                                _("Checks the planned posts against the guideline’s rules. The exit "
                                  "status is 1 when a rule with the severity “error” is broken."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return engage_cli_usage_error (context, error->message);

  if (argc != 2)
    return engage_cli_usage_error (context, _("Name exactly one project file."));

  if ((from_text != NULL && !engage_iso_date_parse (from_text, &date)) ||
      (to_text != NULL && !engage_iso_date_parse (to_text, &date)))
    return engage_cli_usage_error (context, _("--from and --to need a date written as YYYY-MM-DD."));

  project = open_project (argv[1], &error);
  if (project == NULL)
    return engage_cli_fail_error (error);

  if (from_text != NULL)
    from = parse_day (project, from_text, 0);
  if (to_text != NULL)
    to = parse_day (project, to_text, 1);
  if (from != NULL && to != NULL && g_date_time_compare (from, to) >= 0)
    {
      engage_project_close (project);
      return engage_cli_usage_error (context, _("--from must not come after --to."));
    }

  checker = engage_checker_new (project);
  findings = engage_findings_new ();
  if (!engage_checker_check_plan (checker, from, to, findings, &error))
    {
      engage_project_close (project);
      return engage_cli_fail (ENGAGE_EXIT_PROJECT_REFUSED, "%s", error->message);
    }

  if (json)
    print_json (findings);
  else
    print_text (project, findings);

  g_clear_object (&checker);
  engage_project_close (project);

  return engage_findings_count_severity (findings, ENGAGE_SEVERITY_ERROR) > 0 ? ENGAGE_EXIT_FINDINGS
                                                                              : ENGAGE_EXIT_OK;
}

/* The PDF is the report's work, not core's: it is told apart here. */
typedef enum
{
  GUIDELINE_OUT_MARKDOWN,
  GUIDELINE_OUT_HTML,
  GUIDELINE_OUT_PDF,
} GuidelineOut;

static gboolean
parse_guideline_format (const char   *text,
                        GuidelineOut *out)
{
  if (g_ascii_strcasecmp (text, "md") == 0 || g_ascii_strcasecmp (text, "markdown") == 0)
    *out = GUIDELINE_OUT_MARKDOWN;
  else if (g_ascii_strcasecmp (text, "html") == 0)
    *out = GUIDELINE_OUT_HTML;
  else if (g_ascii_strcasecmp (text, "pdf") == 0)
    *out = GUIDELINE_OUT_PDF;
  else
    return FALSE;

  return TRUE;
}

static gboolean
guideline_format_for_file (GFile        *file,
                           GuidelineOut *out)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = g_ascii_strdown (name != NULL ? name : "", -1);
  EngageGuidelineFormat format;

  if (g_str_has_suffix (lower, ".pdf"))
    {
      *out = GUIDELINE_OUT_PDF;
      return TRUE;
    }

  if (!engage_guideline_format_for_file (file, &format))
    return FALSE;

  *out = format == ENGAGE_GUIDELINE_FORMAT_HTML ? GUIDELINE_OUT_HTML : GUIDELINE_OUT_MARKDOWN;
  return TRUE;
}

int
engage_cli_export_guideline (int    argc,
                             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageProject) project = NULL;
  g_autoptr(GFile) out = NULL;
  g_autofree char *format_text = NULL;
  GuidelineOut format;
  gboolean written;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      N_("md, html or pdf; without it, the file name’s ending chooses"), N_("FORMAT") },
    { NULL }
  };

  context = g_option_context_new (_("PROJECT.engage OUT.md|OUT.html|OUT.pdf"));
  g_option_context_set_summary (context,
                                _("Writes the social media guideline with its rules as Markdown, as an "
                                  "HTML page or as a PDF in the project’s language; the file name’s "
                                  "ending chooses which."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return engage_cli_usage_error (context, error->message);

  if (argc != 3)
    return engage_cli_usage_error (context, _("Name a project file and the file to write."));

  out = g_file_new_for_commandline_arg (argv[2]);
  if (format_text != NULL)
    {
      if (!parse_guideline_format (format_text, &format))
        return engage_cli_usage_error (context, _("--format must be md, html or pdf."));
    }
  else if (!guideline_format_for_file (out, &format))
    {
      return engage_cli_usage_error (context, _("The file to write must end in .md, .html or .pdf, "
                                                "or name its format with --format."));
    }

  project = open_project (argv[1], &error);
  if (project == NULL)
    return engage_cli_fail_error (error);

  if (format == GUIDELINE_OUT_PDF)
    written = engage_guideline_document_write (project, out, NULL, &error);
  else
    written = engage_guideline_export_to_file (project, out,
                                               format == GUIDELINE_OUT_HTML ? ENGAGE_GUIDELINE_FORMAT_HTML
                                                                            : ENGAGE_GUIDELINE_FORMAT_MARKDOWN,
                                               &error);

  if (!written)
    {
      g_autofree char *name = g_file_get_parse_name (out);

      engage_project_close (project);
      return engage_cli_fail (ENGAGE_EXIT_INPUT_REFUSED, _("Could not write “%s”: %s"), name, error->message);
    }

  engage_project_close (project);
  return ENGAGE_EXIT_OK;
}
