/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-cli-charts"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "engage-chart-data.h"
#include "engage-chart-export.h"
#include "engage-cli-private.h"
#include "engage-project.h"

/* engage-cli export chart: one chart of a project as PNG, SVG or PDF, drawn by
 * the same painter as the app's chart view and the report. */

/* A 16:9 slide; the bullet bar of a KPI is a strip. */
#define DEFAULT_WIDTH           1200
#define DEFAULT_HEIGHT          675
#define DEFAULT_PROGRESS_HEIGHT 160

static void
print_list (GPtrArray *infos,
            FILE      *stream)
{
  glong width = 0;

  for (guint i = 0; i < infos->len; i++)
    {
      EngageChartInfo *info = g_ptr_array_index (infos, i);

      width = MAX (width, g_utf8_strlen (info->name, -1));
    }

  /* Pad by characters, not bytes: KPI names may hold umlauts. */
  for (guint i = 0; i < infos->len; i++)
    {
      EngageChartInfo *info = g_ptr_array_index (infos, i);

      fprintf (stream, "  %s%*s  %s\n", info->name,
               (int) (width - g_utf8_strlen (info->name, -1)), "", info->title);
    }
}

static int
list_charts (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(EngageProject) project = NULL;
  g_autoptr(GPtrArray) infos = NULL;
  g_autoptr(GError) error = NULL;

  project = engage_project_open (file, &error);
  if (project == NULL)
    return engage_cli_fail_error (error);

  infos = engage_chart_data_list (project, &error);
  engage_project_close (project);
  if (infos == NULL)
    return engage_cli_fail_error (error);

  print_list (infos, stdout);
  return ENGAGE_EXIT_OK;
}

static int
unknown_chart (EngageProject *project,
               const GError  *error)
{
  g_autoptr(GPtrArray) infos = engage_chart_data_list (project, NULL);

  g_printerr ("%s\n", error->message);
  if (infos != NULL)
    {
      g_printerr ("%s\n", _("The charts of this project are:"));
      print_list (infos, stderr);
    }

  return ENGAGE_EXIT_USAGE;
}

int
engage_cli_export_chart (int    argc,
                         char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(EngageProject) project = NULL;
  g_autoptr(EngageChart) chart = NULL;
  EngageChartStyle style = { 0 };
  gboolean ok;
  g_autofree char *chart_name = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *today_text = NULL;
  g_autofree char *out_path = NULL;
  EngageChartFileFormat format;
  gboolean list = FALSE;
  int width = 0;
  int height = 0;
  const GOptionEntry entries[] = {
    { "chart", 0, 0, G_OPTION_ARG_STRING, &chart_name,
      N_("Which chart: engagement, nps, nps-distribution, mix, channels, kpi:KPI or kpi-progress:KPI"),
      N_("NAME") },
    { "list", 0, 0, G_OPTION_ARG_NONE, &list, N_("List the charts the project offers"), NULL },
    { "width", 0, 0, G_OPTION_ARG_INT, &width,
      N_("Width in pixels (PNG) or points (SVG, PDF); default 1200"), N_("W") },
    { "height", 0, 0, G_OPTION_ARG_INT, &height,
      N_("Height in pixels (PNG) or points (SVG, PDF); default 675"), N_("H") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("The first day to show"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("The last day to show"), N_("YYYY-MM-DD") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text,
      N_("Assess KPIs as on this day, for reproducible files"), N_("YYYY-MM-DD") },
    { NULL }
  };

  context = g_option_context_new (_("PROJECT.engage OUT.png|svg|pdf"));
  g_option_context_set_summary (context,
                                _("Writes one chart of a project as a PNG, SVG or PDF file; the extension "
                                  "of OUT chooses the format. “--list PROJECT.engage” shows the charts."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return engage_cli_usage_error (context, error->message);

  if (list)
    {
      if (argc != 2)
        return engage_cli_usage_error (context, _("--list takes exactly one project file."));
      return list_charts (argv[1]);
    }

  if (argc != 3)
    return engage_cli_usage_error (context, _("Name one project file and the file to write."));
  if (chart_name == NULL)
    return engage_cli_usage_error (context, _("Choose a chart with --chart=NAME; --list shows them."));
  if (!engage_chart_file_format_from_path (argv[2], &format))
    return engage_cli_usage_error (context, _("The file to write must end in .png, .svg or .pdf."));
  if ((width != 0 && (width < ENGAGE_CHART_EXPORT_MIN_SIZE || width > ENGAGE_CHART_EXPORT_MAX_SIZE)) ||
      (height != 0 && (height < ENGAGE_CHART_EXPORT_MIN_SIZE || height > ENGAGE_CHART_EXPORT_MAX_SIZE)))
    {
      g_autofree char *message = g_strdup_printf (_("--width and --height must lie between %d and %d."),
                                                  ENGAGE_CHART_EXPORT_MIN_SIZE,
                                                  ENGAGE_CHART_EXPORT_MAX_SIZE);
      return engage_cli_usage_error (context, message);
    }
  if (from_text != NULL && !engage_iso_date_is_valid (from_text))
    return engage_cli_usage_error (context, _("--from needs a date written as YYYY-MM-DD."));
  if (to_text != NULL && !engage_iso_date_is_valid (to_text))
    return engage_cli_usage_error (context, _("--to needs a date written as YYYY-MM-DD."));
  if (today_text != NULL && !engage_iso_date_is_valid (today_text))
    return engage_cli_usage_error (context, _("--today needs a date written as YYYY-MM-DD."));
  if (from_text != NULL && to_text != NULL && strcmp (from_text, to_text) > 0)
    return engage_cli_usage_error (context, _("The range ends before it starts: --to is earlier than --from."));

  file = g_file_new_for_commandline_arg (argv[1]);
  /* A plain path, not a URI: "kpi:3.png" is a fine file name. */
  out_path = g_canonicalize_filename (argv[2], NULL);

  project = engage_project_open (file, &error);
  if (project == NULL)
    return engage_cli_fail_error (error);

  chart = engage_chart_data_build (project, chart_name, from_text, to_text, today_text, &error);
  if (chart == NULL)
    {
      int code;

      if (g_error_matches (error, ENGAGE_CHART_DATA_ERROR, ENGAGE_CHART_DATA_ERROR_UNKNOWN_CHART))
        code = unknown_chart (project, error);
      else if (error->domain == ENGAGE_CHART_DATA_ERROR)
        code = engage_cli_fail (ENGAGE_EXIT_USAGE, "%s", error->message);
      else
        code = engage_cli_fail_error (error);

      engage_project_close (project);
      return code;
    }

  engage_project_close (project);

  if (width == 0)
    width = DEFAULT_WIDTH;
  if (height == 0)
    height = engage_chart_get_kind (chart) == ENGAGE_CHART_KIND_PROGRESS ? DEFAULT_PROGRESS_HEIGHT
                                                                         : DEFAULT_HEIGHT;

  engage_chart_export_init_style (&style, width, height);
  /* A strip is sized by its height: the bar and its three lines of text. */
  if (engage_chart_get_kind (chart) == ENGAGE_CHART_KIND_PROGRESS)
    style.font_size = CLAMP (height / 7.5, 9.0, MAX (9.0, width / 40.0));

  ok = engage_chart_export (out_path, format, width, height, &style, engage_chart_paint, chart, &error);
  engage_chart_style_clear (&style);
  if (!ok)
    return engage_cli_fail_error (error);

  return ENGAGE_EXIT_OK;
}
