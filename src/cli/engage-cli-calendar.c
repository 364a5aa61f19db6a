/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-cli-calendar"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "engage-cli-private.h"
#include "engage-ics.h"
#include "engage-post-csv.h"
#include "engage-project.h"

/* engage-cli export ics|csv, engage-cli import posts: the editorial plan in and
 * out of calendars and spreadsheets. The work is in core; this file parses the
 * options and turns failures into one sentence and an exit code. */

typedef struct
{
  char  *from_text;
  char  *to_text;
  GDate  from;
  GDate  to;
} DateRange;

static void
date_range_clear (DateRange *range)
{
  g_clear_pointer (&range->from_text, g_free);
  g_clear_pointer (&range->to_text, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DateRange, date_range_clear)

/* Checks --from and --to; NULL when they are fine, otherwise the usage message. */
static const char *
check_range (DateRange *range)
{
  g_date_clear (&range->from, 1);
  g_date_clear (&range->to, 1);

  if (range->from_text != NULL && !engage_iso_date_parse (range->from_text, &range->from))
    return _("--from needs a date written as YYYY-MM-DD.");
  if (range->to_text != NULL && !engage_iso_date_parse (range->to_text, &range->to))
    return _("--to needs a date written as YYYY-MM-DD.");
  if (range->from_text != NULL && range->to_text != NULL && g_date_compare (&range->from, &range->to) > 0)
    return _("--from must not be after --to.");

  return NULL;
}

/* The start of a day in the project's time zone. */
static GDateTime *
day_start (EngageProject *project,
           const GDate   *day,
           int            add_days)
{
  GDate date = *day;

  g_date_add_days (&date, add_days);
  return g_date_time_new (engage_project_get_tz (project), g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date), 0, 0, 0);
}

/* [--from, --to] as whole local days: from the start of the first to the start
 * of the day after the last. */
static void
range_times (EngageProject  *project,
             DateRange      *range,
             GDateTime     **from,
             GDateTime     **to)
{
  *from = range->from_text ? day_start (project, &range->from, 0) : NULL;
  *to = range->to_text ? day_start (project, &range->to, 1) : NULL;
}

static GOptionContext *
export_context (const char         *summary,
                const GOptionEntry *entries)
{
  GOptionContext *context = g_option_context_new (_("PROJECT.engage OUT"));

  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  return context;
}

static EngageProject *
open_project (const char  *arg,
              GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (arg);

  return engage_project_open (file, error);
}

int
engage_cli_export_ics (int    argc,
                       char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageProject) project = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_auto(DateRange) range = { 0, };
  const char *problem;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &range.from_text,
      N_("Only posts on or after this day"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &range.to_text,
      N_("Only posts on or before this day"), N_("YYYY-MM-DD") },
    { NULL }
  };

  g_set_prgname ("engage-cli export ics");
  context = export_context (_("Writes the scheduled posts as an iCalendar file, one event per post."),
                            entries);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return engage_cli_usage_error (context, error->message);

  if (argc != 3)
    return engage_cli_usage_error (context, _("Name a project file and the iCalendar file to write."));

  if ((problem = check_range (&range)) != NULL)
    return engage_cli_usage_error (context, problem);

  project = open_project (argv[1], &error);
  if (project == NULL)
    return engage_cli_fail_error (error);

  range_times (project, &range, &from, &to);
  out = g_file_new_for_commandline_arg (argv[2]);

  if (!engage_ics_export (project, out, from, to, &error))
    {
      engage_project_close (project);
      return engage_cli_fail_error (error);
    }

  engage_project_close (project);
  return ENGAGE_EXIT_OK;
}

int
engage_cli_export_csv (int    argc,
                       char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageProject) project = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autofree char *delimiter_text = NULL;
  g_autofree char *decimal_text = NULL;
  g_auto(DateRange) range = { 0, };
  char delimiter = 0, decimal_mark = 0;
  const char *problem;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &range.from_text,
      N_("Only posts on or after this day"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &range.to_text,
      N_("Only posts on or before this day"), N_("YYYY-MM-DD") },
    { "delimiter", 0, 0, G_OPTION_ARG_STRING, &delimiter_text,
      N_("Separate cells with a comma, a semicolon or a tab (default: “;” for German projects, “,” otherwise)"),
      ",|;|tab" },
    { "decimal", 0, 0, G_OPTION_ARG_STRING, &decimal_text,
      N_("Write numbers with a decimal point or comma (default: comma for German projects)"),
      "point|comma" },
    { NULL }
  };

  g_set_prgname ("engage-cli export csv");
  context = export_context (_("Writes the posts as a spreadsheet (CSV), one row per post."), entries);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return engage_cli_usage_error (context, error->message);

  if (argc != 3)
    return engage_cli_usage_error (context, _("Name a project file and the CSV file to write."));

  if ((problem = check_range (&range)) != NULL)
    return engage_cli_usage_error (context, problem);

  if (delimiter_text != NULL)
    {
      if (g_str_equal (delimiter_text, ",") || g_ascii_strcasecmp (delimiter_text, "comma") == 0)
        delimiter = ',';
      else if (g_str_equal (delimiter_text, ";") || g_ascii_strcasecmp (delimiter_text, "semicolon") == 0)
        delimiter = ';';
      else if (g_str_equal (delimiter_text, "\t") || g_ascii_strcasecmp (delimiter_text, "tab") == 0)
        delimiter = '\t';
      else
        return engage_cli_usage_error (context, _("--delimiter takes “,”, “;” or “tab”."));
    }

  if (decimal_text != NULL)
    {
      if (g_ascii_strcasecmp (decimal_text, "point") == 0 || g_str_equal (decimal_text, "."))
        decimal_mark = '.';
      else if (g_ascii_strcasecmp (decimal_text, "comma") == 0 || g_str_equal (decimal_text, ","))
        decimal_mark = ',';
      else
        return engage_cli_usage_error (context, _("--decimal takes “point” or “comma”."));
    }

  project = open_project (argv[1], &error);
  if (project == NULL)
    return engage_cli_fail_error (error);

  range_times (project, &range, &from, &to);
  out = g_file_new_for_commandline_arg (argv[2]);

  if (!engage_post_csv_export (project, out, from, to, delimiter, decimal_mark, &error))
    {
      engage_project_close (project);
      return engage_cli_fail_error (error);
    }

  engage_project_close (project);
  return ENGAGE_EXIT_OK;
}

static int
fail_already_imported (EngagePostCsvImport *import,
                       EngageProject       *project)
{
  EngageImportBatch *previous = engage_post_csv_import_get_previous_import (import);
  g_autoptr(GDateTime) when = g_date_time_to_timezone (engage_import_batch_get_imported_at (previous),
                                                       engage_project_get_tz (project));
  g_autofree char *day = g_date_time_format (when, "%Y-%m-%d");

  return engage_cli_fail (ENGAGE_EXIT_INPUT_REFUSED,
                          _("“%s” was already imported into this project on %s; add --force to import it again."),
                          engage_post_csv_import_get_file_name (import), day);
}

int
engage_cli_import_posts (int    argc,
                         char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageProject) project = NULL;
  g_autoptr(GFile) input = NULL;
  g_autoptr(EngagePostCsvImport) import = NULL;
  g_autofree char *report = NULL;
  gboolean force = FALSE, skip_invalid = FALSE, dry_run = FALSE;
  EngagePostCsvImportFlags flags = ENGAGE_POST_CSV_IMPORT_NONE;
  const GOptionEntry entries[] = {
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      N_("Import the file even if it was imported before"), NULL },
    { "skip-invalid", 0, 0, G_OPTION_ARG_NONE, &skip_invalid,
      N_("Import the readable rows and skip those with a problem, instead of refusing the file"), NULL },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Only show what the import would do"), NULL },
    { NULL }
  };

  g_set_prgname ("engage-cli import posts");
  context = g_option_context_new (_("PROJECT.engage FILE.csv"));
  g_option_context_set_summary (context,
                                _("Imports a plan of posts from a spreadsheet (CSV with English or German headers) "
                                  "in one step: all rows or none."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return engage_cli_usage_error (context, error->message);

  if (argc != 3)
    return engage_cli_usage_error (context, _("Name a project file and the CSV file to import."));

  if (force)
    flags |= ENGAGE_POST_CSV_IMPORT_FORCE;
  if (skip_invalid)
    flags |= ENGAGE_POST_CSV_IMPORT_SKIP_INVALID;

  project = open_project (argv[1], &error);
  if (project == NULL)
    return engage_cli_fail_error (error);

  input = g_file_new_for_commandline_arg (argv[2]);
  import = engage_post_csv_import_new (project, input, &error);
  if (import == NULL)
    {
      engage_project_close (project);
      return engage_cli_fail (ENGAGE_EXIT_INPUT_REFUSED, "%s", error->message);
    }

  if (dry_run)
    {
      report = engage_post_csv_import_dup_report (import);
      printf ("%s", report);
      engage_project_close (project);
      return engage_post_csv_import_has_errors (import) && !skip_invalid ? ENGAGE_EXIT_INPUT_REFUSED
                                                                         : ENGAGE_EXIT_OK;
    }

  if (!engage_post_csv_import_run (import, flags, &error))
    {
      int code;

      /* Every problem on stdout, so that one run shows all there is to fix. */
      report = engage_post_csv_import_dup_report (import);
      if (g_error_matches (error, ENGAGE_POST_CSV_ERROR, ENGAGE_POST_CSV_ERROR_ALREADY_IMPORTED))
        code = fail_already_imported (import, project);
      else if (error->domain == ENGAGE_POST_CSV_ERROR)
        {
          printf ("%s", report);
          code = engage_cli_fail (ENGAGE_EXIT_INPUT_REFUSED, "%s", error->message);
        }
      else
        code = engage_cli_fail_error (error);

      engage_project_close (project);
      return code;
    }

  report = engage_post_csv_import_dup_report (import);
  printf ("%s", report);

  engage_project_close (project);
  return ENGAGE_EXIT_OK;
}
