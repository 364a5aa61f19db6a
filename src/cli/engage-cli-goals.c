/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-cli-goals"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "engage-cli-private.h"
#include "engage-import.h"
#include "engage-import-metrics.h"
#include "engage-kpi.h"
#include "engage-measurement.h"
#include "engage-metrics.h"
#include "engage-project.h"

/* engage-cli import metrics|nps, engage-cli kpi list|record: measuring against
 * goals from a script. */

static int
fail_import (const GError *error)
{
  if (error->domain == ENGAGE_IMPORT_ERROR)
    {
      /* Options that name nothing, or a choice only the user can make, are
       * usage errors; a file that cannot be read is refused input. */
      int code = (error->code == ENGAGE_IMPORT_ERROR_OPTION || error->code == ENGAGE_IMPORT_ERROR_AMBIGUOUS)
                   ? ENGAGE_EXIT_USAGE
                   : ENGAGE_EXIT_INPUT_REFUSED;

      return engage_cli_fail (code, "%s", error->message);
    }

  return engage_cli_fail_error (error);
}

static void
print_report (EngageImportReport *report)
{
  g_autofree char *summary = engage_import_report_dup_summary (report);

  if (engage_import_report_get_dry_run (report))
    printf ("%s %s\n", summary, _("Nothing was changed (dry run)."));
  else
    printf ("%s\n", summary);

  for (guint i = 0; i < engage_import_report_get_n_messages (report); i++)
    {
      guint line = 0;
      const char *message = engage_import_report_get_message (report, i, &line);

      g_autofree char *text = line > 0 ? g_strdup_printf (_("Line %u: %s"), line, message)
                                       : g_strdup (message);

      printf ("  %s\n", text);
    }
}

typedef enum
{
  IMPORT_METRICS,
  IMPORT_NPS,
} ImportKind;

static int
run_import (int         argc,
            char      **argv,
            ImportKind  kind)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) project_file = NULL;
  g_autoptr(GFile) input = NULL;
  g_autoptr(EngageProject) project = NULL;
  g_autoptr(EngageImportReport) report = NULL;
  g_autofree char *format = NULL;
  g_autofree char *channel = NULL;
  g_autofree char *map = NULL;
  g_autofree char *survey = NULL;
  g_autofree char *column = NULL;
  g_autofree char *date = NULL;
  gboolean dry_run = FALSE;
  EngageImportOptions options = { ENGAGE_IMPORT_FORMAT_AUTO, };
  const GOptionEntry metrics_entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      N_("The export’s format: auto (from its header, the default), x, x-content, x-daily, meta, meta-page, meta-legacy, linkedin, youtube or generic"),
      N_("FORMAT") },
    { "channel", 0, 0, G_OPTION_ARG_STRING, &channel,
      N_("The channel the posts belong to, when the project has several of the kind"), N_("NAME") },
    { "map", 0, 0, G_OPTION_ARG_STRING, &map,
      N_("Which columns of a generic file hold what, e.g. date:Datum,impressions:Impressionen"),
      N_("KEY:HEADER,…") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Report what the import would do without changing the project"), NULL },
    { NULL }
  };
  const GOptionEntry nps_entries[] = {
    { "survey", 0, 0, G_OPTION_ARG_STRING, &survey,
      N_("The survey to add the responses to; created if the project has none of that name"), N_("NAME") },
    { "column", 0, 0, G_OPTION_ARG_STRING, &column,
      N_("The score column, when several ask for a recommendation"), N_("NAME") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date,
      N_("The date of the responses, for a file without a date column"), N_("YYYY-MM-DD") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Report what the import would do without changing the project"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("PROJECT.engage FILE"));
  g_option_context_set_summary (context, kind == IMPORT_METRICS
                                           ? _("Imports post metrics from an analytics export (X, Meta, LinkedIn, YouTube or a table).")
                                           : _("Imports NPS responses from a survey export (Google Forms, Typeform, SurveyMonkey or a table)."));
  g_option_context_add_main_entries (context, kind == IMPORT_METRICS ? metrics_entries : nps_entries,
                                     GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return engage_cli_usage_error (context, error->message);

  if (argc != 3)
    return engage_cli_usage_error (context, _("Name one project file and one file to import."));

  if (format != NULL)
    {
      if (!engage_import_format_from_string (format, &options.format) ||
          engage_import_format_is_nps (options.format))
        return engage_cli_usage_error (context, _("--format names a format Engage does not import metrics from."));
    }
  if (map != NULL)
    {
      if (!engage_import_metrics_check_map (map, &error))
        return engage_cli_usage_error (context, error->message);
      if (format == NULL)
        options.format = ENGAGE_IMPORT_FORMAT_GENERIC;
    }
  if (date != NULL && !engage_iso_date_is_valid (date))
    return engage_cli_usage_error (context, _("--date needs a date written as YYYY-MM-DD."));

  options.channel = channel;
  options.map = map;
  options.survey = survey;
  options.column = column;
  options.date = date;
  options.dry_run = dry_run;

  project_file = g_file_new_for_commandline_arg (argv[1]);
  input = g_file_new_for_commandline_arg (argv[2]);

  project = engage_project_open (project_file, &error);
  if (project == NULL)
    return engage_cli_fail_error (error);

  if (kind == IMPORT_METRICS)
    report = engage_import_metrics (project, input, &options, NULL, &error);
  else
    report = engage_import_nps (project, input, &options, NULL, &error);

  if (report == NULL)
    {
      engage_project_close (project);
      return fail_import (error);
    }

  print_report (report);
  engage_project_close (project);
  return ENGAGE_EXIT_OK;
}

int
engage_cli_import_metrics (int    argc,
                           char **argv)
{
  return run_import (argc, argv, IMPORT_METRICS);
}

int
engage_cli_import_nps (int    argc,
                       char **argv)
{
  return run_import (argc, argv, IMPORT_NPS);
}

/* KPIs */

static const char *
status_to_string (EngageKpiStatus status)
{
  switch (status)
    {
    case ENGAGE_KPI_STATUS_NO_DATA:
      return "no-data";
    case ENGAGE_KPI_STATUS_ON_TRACK:
      return "on-track";
    case ENGAGE_KPI_STATUS_BEHIND:
      return "behind";
    case ENGAGE_KPI_STATUS_AT_RISK:
      return "at-risk";
    case ENGAGE_KPI_STATUS_ACHIEVED:
      return "achieved";
    default:
      g_return_val_if_reached (NULL);
    }
}

static char *
local_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static void
add_number_or_null (JsonBuilder *builder,
                    const char  *name,
                    double       value)
{
  json_builder_set_member_name (builder, name);
  if (isnan (value) || isinf (value))
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, value);
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *name,
                    const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value == NULL || value[0] == '\0')
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, value);
}

static char *
format_value (double      value,
              const char *unit)
{
  if (isnan (value))
    return g_strdup ("–");

  /* Whole numbers without decimals, others with up to two. */
  if (fabs (value - round (value)) < 1e-9)
    return g_strdup_printf ("%.0f%s%s", value, unit[0] ? " " : "", unit);
  return g_strdup_printf ("%.2f%s%s", value, unit[0] ? " " : "", unit);
}

int
engage_cli_kpi_list (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(EngageProject) project = NULL;
  g_autoptr(GListModel) kpis = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *today = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of text"), NULL },
    { "today", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &today,
      N_("Assess as on this day instead of today"), N_("YYYY-MM-DD") },
    { NULL }
  };

  context = g_option_context_new (_("PROJECT.engage"));
  g_option_context_set_summary (context, _("Lists the KPIs with their current value, target, progress and status."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return engage_cli_usage_error (context, error->message);

  if (argc != 2)
    return engage_cli_usage_error (context, _("Name exactly one project file."));

  if (today == NULL)
    today = local_today ();
  else if (!engage_iso_date_is_valid (today))
    return engage_cli_usage_error (context, _("--today needs a date written as YYYY-MM-DD."));

  file = g_file_new_for_commandline_arg (argv[1]);
  project = engage_project_open (file, &error);
  if (project == NULL)
    return engage_cli_fail_error (error);

  kpis = engage_project_list_kpis (project);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "today");
  json_builder_add_string_value (builder, today);
  json_builder_set_member_name (builder, "kpis");
  json_builder_begin_array (builder);

  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(EngageKpi) kpi = g_list_model_get_item (kpis, i);
      EngageKpiAssessment assessment;
      const char *unit = engage_kpi_get_unit (kpi);

      if (!engage_project_assess_kpi (project, engage_kpi_get_id (kpi), today, &assessment, &error))
        {
          engage_project_close (project);
          return engage_cli_fail_error (error);
        }

      if (json)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, engage_kpi_get_id (kpi));
          json_builder_set_member_name (builder, "uuid");
          json_builder_add_string_value (builder, engage_kpi_get_uuid (kpi));
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, engage_kpi_get_name (kpi));
          json_builder_set_member_name (builder, "metric");
          json_builder_add_string_value (builder, engage_kpi_metric_to_string (engage_kpi_get_metric (kpi)));
          json_builder_set_member_name (builder, "unit");
          json_builder_add_string_value (builder, unit);
          json_builder_set_member_name (builder, "criterion");
          json_builder_add_string_value (builder, engage_kpi_criterion_to_string (engage_kpi_get_criterion (kpi)));
          add_number_or_null (builder, "baseline", engage_kpi_get_baseline_value (kpi));
          add_string_or_null (builder, "baseline_date", engage_kpi_get_baseline_date (kpi));
          add_number_or_null (builder, "target", engage_kpi_get_target_value (kpi));
          add_string_or_null (builder, "start_date", engage_kpi_get_start_date (kpi));
          add_string_or_null (builder, "due_date", engage_kpi_get_due_date (kpi));
          add_number_or_null (builder, "current", assessment.current);
          add_string_or_null (builder, "current_date", assessment.current_date);
          add_number_or_null (builder, "progress", assessment.progress);
          add_number_or_null (builder, "expected", assessment.expected);
          add_number_or_null (builder, "expected_progress", assessment.expected_progress);
          add_number_or_null (builder, "forecast", assessment.forecast);
          json_builder_set_member_name (builder, "status");
          json_builder_add_string_value (builder, status_to_string (assessment.status));
          json_builder_set_member_name (builder, "status_label");
          json_builder_add_string_value (builder, engage_kpi_status_get_label (assessment.status));
          json_builder_end_object (builder);
        }
      else
        {
          g_autofree char *current = format_value (assessment.current, unit);
          g_autofree char *target = format_value (engage_kpi_get_target_value (kpi), unit);
          g_autofree char *progress = isnan (assessment.progress)
                                        ? g_strdup ("–")
                                        : g_strdup_printf ("%.0f %%", 100 * assessment.progress);
          const char *due = engage_kpi_get_due_date (kpi);
          /* TRANSLATORS: a KPI's line in engage-cli kpi list */
          g_autofree char *line = g_strdup_printf (_("%s of %s by %s · %s of the way · %s"), current, target,
                                                   due ? due : "–", progress,
                                                   engage_kpi_status_get_label (assessment.status));

          printf ("%s\n  %s\n", engage_kpi_get_name (kpi), line);
        }
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);

  if (json)
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) root = json_builder_get_root (builder);
      g_autofree char *text = NULL;

      json_generator_set_root (generator, root);
      json_generator_set_pretty (generator, TRUE);
      text = json_generator_to_data (generator, NULL);
      printf ("%s\n", text);
    }

  engage_project_close (project);
  return ENGAGE_EXIT_OK;
}

/* A KPI by its id, or by its name (whole or, if only one has it, a part). */
static EngageKpi *
find_kpi (EngageProject *project,
          const char    *text)
{
  g_autoptr(GListModel) kpis = engage_project_list_kpis (project);
  g_autofree char *wanted = g_utf8_casefold (text, -1);
  g_autoptr(EngageKpi) partial = NULL;
  guint n_partial = 0;
  guint64 id;
  gboolean is_id = g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &id, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(EngageKpi) kpi = g_list_model_get_item (kpis, i);
      g_autofree char *name = g_utf8_casefold (engage_kpi_get_name (kpi), -1);

      if ((is_id && (guint64) engage_kpi_get_id (kpi) == id) || g_str_equal (name, wanted) ||
          g_str_equal (engage_kpi_get_uuid (kpi), text))
        return g_steal_pointer (&kpi);

      if (strstr (name, wanted) != NULL)
        {
          g_set_object (&partial, kpi);
          n_partial++;
        }
    }

  return n_partial == 1 ? g_steal_pointer (&partial) : NULL;
}

static gboolean
parse_value (const char *text,
             double     *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;

  /* "4,2" as a German keyboard types it. */
  if (strchr (copy, '.') == NULL)
    g_strdelimit (copy, ",", '.');

  *value = g_ascii_strtod (copy, &end);
  return copy[0] != '\0' && end != NULL && *end == '\0' && isfinite (*value);
}

int
engage_cli_kpi_record (int    argc,
                       char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(EngageProject) project = NULL;
  g_autoptr(EngageKpi) kpi = NULL;
  g_autoptr(EngageMeasurement) measurement = NULL;
  g_autofree char *date = NULL;
  g_autofree char *note = NULL;
  g_autofree char *shown = NULL;
  double value;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day of the value; today by default"), N_("YYYY-MM-DD") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note on the value"), N_("TEXT") },
    { NULL }
  };

  context = g_option_context_new (_("PROJECT.engage KPI VALUE"));
  g_option_context_set_summary (context, _("Records a measurement of a KPI, named by its name or id."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return engage_cli_usage_error (context, error->message);

  if (argc != 4)
    return engage_cli_usage_error (context, _("Name the project file, the KPI and the value."));

  if (!parse_value (argv[3], &value))
    return engage_cli_usage_error (context, _("The value must be a number, such as 4.2."));

  if (date == NULL)
    date = local_today ();
  else if (!engage_iso_date_is_valid (date))
    return engage_cli_usage_error (context, _("--date needs a date written as YYYY-MM-DD."));

  file = g_file_new_for_commandline_arg (argv[1]);
  project = engage_project_open (file, &error);
  if (project == NULL)
    return engage_cli_fail_error (error);

  kpi = find_kpi (project, argv[2]);
  if (kpi == NULL)
    {
      engage_project_close (project);
      return engage_cli_fail (ENGAGE_EXIT_USAGE,
                              _("“%s” names no KPI of the project; “engage-cli kpi list” shows them."),
                              argv[2]);
    }

  measurement = engage_measurement_new (engage_kpi_get_id (kpi), date, value);
  engage_measurement_set_source (measurement, ENGAGE_MEASUREMENT_SOURCE_MANUAL);
  if (note != NULL)
    engage_measurement_set_note (measurement, note);

  if (!engage_project_add_measurement (project, measurement, &error))
    {
      engage_project_close (project);
      return engage_cli_fail_error (error);
    }

  shown = format_value (value, engage_kpi_get_unit (kpi));
  printf (_("Recorded %s for “%s” on %s.\n"), shown, engage_kpi_get_name (kpi), date);

  engage_project_close (project);
  return ENGAGE_EXIT_OK;
}
