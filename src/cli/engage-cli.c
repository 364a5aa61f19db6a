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
  EngageCliCommand  run;
  const char       *summary;
} Command;

static const Command commands[] = {
  { "new",  engage_cli_new,  N_("Create a project, empty or with the sample strategy") },
  { "info", engage_cli_info, N_("Show what a project holds") },
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
    fprintf (stream, "  %-8s %s\n", commands[i].name, _(commands[i].summary));
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
      if (g_str_equal (argv[1], commands[i].name))
        return commands[i].run (argc - 1, argv + 1);
    }

  return engage_cli_fail (ENGAGE_EXIT_USAGE,
                          _("“%s” is not an engage-cli command; run “engage-cli --help” for the list."),
                          argv[1]);
}
