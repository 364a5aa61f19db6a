/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-cli-report"

#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "engage-cli-private.h"
#include "engage-project.h"
#include "engage-report.h"

/* engage-cli export report: the strategy report as a PDF, for batch runs and CI. */

static GDateTime *
midnight (GTimeZone   *zone,
          const GDate *date,
          int          days_later)
{
  g_autoptr(GDateTime) day = g_date_time_new (zone, g_date_get_year (date), g_date_get_month (date),
                                              g_date_get_day (date), 0, 0, 0);

  return g_date_time_add_days (day, days_later);
}

/* The charts' legends and axes are translated by gettext, in the language of
 * the process; this process only writes the report, so it may switch to the
 * project's language for that time (the report's own texts do not need it). */
static char *
use_language (const char *language)
{
  char *previous = g_strdup (g_getenv ("LANGUAGE"));

  if (language != NULL && *language != '\0')
    g_setenv ("LANGUAGE", language, TRUE);
  /* Setting the text domain again makes gettext forget the translations it cached. */
  textdomain (GETTEXT_PACKAGE);

  return previous;
}

static void
restore_language (const char *previous)
{
  if (previous != NULL)
    g_setenv ("LANGUAGE", previous, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  textdomain (GETTEXT_PACKAGE);
}

/* The charts write numbers and month names as LC_NUMERIC and LC_TIME say; use
 * a locale of the project's language for them when the system has one. */
static void
use_locale (const char  *language,
            char       **numeric,
            char       **time)
{
  g_autofree char *code = g_strdup (language ? language : "");
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_free);
  const char *current = setlocale (LC_TIME, NULL);
  char *cut;

  *numeric = g_strdup (setlocale (LC_NUMERIC, NULL));
  *time = g_strdup (current);

  cut = strpbrk (code, ".@");
  if (cut != NULL)
    *cut = '\0';
  if (*code == '\0' || (current != NULL && g_str_has_prefix (current, code)))
    return;

  if (strchr (code, '_') != NULL)
    {
      g_ptr_array_add (candidates, g_strconcat (code, ".UTF-8", NULL));
      g_ptr_array_add (candidates, g_strconcat (code, ".utf8", NULL));
    }
  else
    {
      g_autofree char *country = g_ascii_strup (code, -1);

      if (g_str_equal (code, "en"))
        {
          g_ptr_array_add (candidates, g_strdup ("en_GB.UTF-8"));
          g_ptr_array_add (candidates, g_strdup ("en_US.UTF-8"));
        }
      g_ptr_array_add (candidates, g_strdup_printf ("%s_%s.UTF-8", code, country));
      g_ptr_array_add (candidates, g_strdup_printf ("%s_%s.utf8", code, country));
    }

  for (guint i = 0; i < candidates->len; i++)
    {
      const char *name = g_ptr_array_index (candidates, i);

      if (setlocale (LC_TIME, name) != NULL)
        {
          setlocale (LC_NUMERIC, name);
          return;
        }
    }
}

static void
restore_locale (const char *numeric,
                const char *time)
{
  if (numeric != NULL)
    setlocale (LC_NUMERIC, numeric);
  if (time != NULL)
    setlocale (LC_TIME, time);
}

int
engage_cli_export_report (int    argc,
                          char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(EngageProject) project = NULL;
  g_autoptr(EngageReport) report = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GDateTime) default_from = NULL;
  g_autoptr(GDateTime) default_to = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *today_text = NULL;
  g_autofree char *previous_language = NULL;
  g_autofree char *previous_numeric = NULL;
  g_autofree char *previous_time = NULL;
  GDate from_date, to_date, today;
  GTimeZone *zone;
  gboolean ok;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text,
      N_("The first day of the period (default: twelve weeks before today)"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text,
      N_("The last day of the period (default: four weeks after today)"), N_("YYYY-MM-DD") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text,
      N_("Make the report as on this day, for reproducible files"), N_("YYYY-MM-DD") },
    { NULL }
  };

  context = g_option_context_new (_("PROJECT.engage OUT.pdf"));
  g_option_context_set_summary (context,
                                _("Writes the strategy report as a PDF, in the project’s language: the goals, "
                                  "NPS, engagement, content mix, the coming weeks’ plan and the guideline."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return engage_cli_usage_error (context, error->message);

  if (argc != 3)
    return engage_cli_usage_error (context, _("Name one project file and the PDF file to write."));

  g_date_clear (&from_date, 1);
  g_date_clear (&to_date, 1);
  g_date_clear (&today, 1);
  if (from_text != NULL && !engage_iso_date_parse (from_text, &from_date))
    return engage_cli_usage_error (context, _("--from needs a date written as YYYY-MM-DD."));
  if (to_text != NULL && !engage_iso_date_parse (to_text, &to_date))
    return engage_cli_usage_error (context, _("--to needs a date written as YYYY-MM-DD."));
  if (today_text != NULL && !engage_iso_date_parse (today_text, &today))
    return engage_cli_usage_error (context, _("--today needs a date written as YYYY-MM-DD."));
  if (from_text != NULL && to_text != NULL && g_date_compare (&from_date, &to_date) > 0)
    return engage_cli_usage_error (context, _("The period ends before it starts: --to is earlier than --from."));

  file = g_file_new_for_commandline_arg (argv[1]);
  out = g_file_new_for_commandline_arg (argv[2]);

  project = engage_project_open (file, &error);
  if (project == NULL)
    return engage_cli_fail_error (error);

  /* Dates are days in the project's time zone; --to includes its day. */
  zone = engage_project_get_tz (project);
  engage_report_get_default_range (project, today_text ? &today : NULL, &default_from, &default_to);
  from = from_text ? midnight (zone, &from_date, 0) : g_date_time_ref (default_from);
  to = to_text ? midnight (zone, &to_date, 1) : g_date_time_ref (default_to);

  if (g_date_time_compare (from, to) >= 0)
    {
      engage_project_close (project);
      return engage_cli_usage_error (context, _("The period ends before it starts: give both --from and --to."));
    }

  report = engage_report_new (project, from, to);
  if (today_text != NULL)
    engage_report_set_today (report, &today);

  previous_language = use_language (engage_project_get_language (project));
  use_locale (engage_project_get_language (project), &previous_numeric, &previous_time);
  ok = engage_report_build (report, NULL, &error) &&
       engage_report_write_pdf (report, out, NULL, NULL, NULL, &error);
  restore_locale (previous_numeric, previous_time);
  restore_language (previous_language);

  engage_project_close (project);

  if (!ok)
    return engage_cli_fail_error (error);

  return ENGAGE_EXIT_OK;
}
