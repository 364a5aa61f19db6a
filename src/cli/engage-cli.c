/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-cli"

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include <glib/gi18n.h>

#include "engage-cli-private.h"
#include "engage-project.h"

/* engage-cli: the operations of the app without a display, for scripts, CI and
 * batch reports. Each command lives in its own file; this one dispatches and
 * owns the error style: one sentence on stderr, and the exit code says which
 * kind of failure it was. */

typedef struct
{
  const char       *name;
  const char       *subcommand;   /* NULL for a command without one */
  EngageCliCommand  run;
  const char       *summary;
} Command;

/* Add a command here, with its function declared in engage-cli-private.h and
 * defined in the file of its group. */
static const Command commands[] = {
  { "new",  NULL, engage_cli_new,  N_("Create a project, empty or with the sample strategy") },
  { "info", NULL, engage_cli_info, N_("Show what a project holds") },
  { "check", NULL, engage_cli_check, N_("Check the planned posts against the guideline’s rules") },
  { "export", "guideline", engage_cli_export_guideline, N_("Write the guideline as Markdown, HTML or PDF") },
  { "export", "report", engage_cli_export_report, N_("Write the strategy report as a PDF") },
  { "export", "ics", engage_cli_export_ics, N_("Write the scheduled posts as an iCalendar file") },
  { "export", "csv", engage_cli_export_csv, N_("Write the posts as a spreadsheet (CSV)") },
  { "import", "posts", engage_cli_import_posts, N_("Import a plan of posts from a spreadsheet (CSV)") },
  { "import", "metrics", engage_cli_import_metrics, N_("Import post metrics from an analytics export") },
  { "import", "nps", engage_cli_import_nps, N_("Import NPS responses from a survey export") },
  { "kpi", "list", engage_cli_kpi_list, N_("List the KPIs with their progress and status") },
  { "kpi", "record", engage_cli_kpi_record, N_("Record a measurement of a KPI") },
  { "export", "chart", engage_cli_export_chart, N_("Write one chart as a PNG, SVG or PDF file") },
};

int
engage_cli_fail (int         code,
                 const char *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("%s\n", message);
  return code;
}

/**
 * engage_cli_fail_error:
 *
 * Prints @error's sentence and picks the exit code its kind calls for.
 */
int
engage_cli_fail_error (const GError *error)
{
  int code = ENGAGE_EXIT_INPUT_REFUSED;

  if (engage_project_error_is_refusal (error))
    code = ENGAGE_EXIT_PROJECT_REFUSED;
  else if (g_error_matches (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_EXISTS))
    code = ENGAGE_EXIT_USAGE;

  return engage_cli_fail (code, "%s", error->message);
}

int
engage_cli_usage_error (GOptionContext *context,
                        const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  g_printerr ("%s\n\n%s", message, help);
  return ENGAGE_EXIT_USAGE;
}

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n  engage-cli %s\n\n%s\n",
           _("Usage:"), _("COMMAND [OPTION…] PROJECT.engage …"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *name = g_strjoin (" ", commands[i].name, commands[i].subcommand, NULL);

      fprintf (stream, "  %-16s %s\n", name, _(commands[i].summary));
    }
  fprintf (stream, "\n%s\n", _("Run “engage-cli COMMAND --help” for a command’s options."));
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("ENGAGE_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      print_usage (stderr);
      return ENGAGE_EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return ENGAGE_EXIT_OK;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      printf ("engage-cli %s\n", PACKAGE_VERSION);
      return ENGAGE_EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (!g_str_equal (argv[1], commands[i].name))
        continue;

      if (commands[i].subcommand == NULL)
        return commands[i].run (argc - 1, argv + 1);

      /* "export ics …" runs as "ics …", so that its options parse as usual. */
      if (argc >= 3 && g_str_equal (argv[2], commands[i].subcommand))
        return commands[i].run (argc - 2, argv + 2);
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (commands[i].subcommand != NULL && g_str_equal (argv[1], commands[i].name))
        return engage_cli_fail (ENGAGE_EXIT_USAGE,
                                _("“%s %s” is not an engage-cli command; run “engage-cli --help” for the list."),
                                argv[1], argc >= 3 ? argv[2] : "");
    }

  return engage_cli_fail (ENGAGE_EXIT_USAGE,
                          _("“%s” is not an engage-cli command; run “engage-cli --help” for the list."),
                          argv[1]);
}
