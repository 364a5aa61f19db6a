/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-cli-project"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "engage-cli-private.h"
#include "engage-holidays.h"
#include "engage-project.h"
#include "engage-sample.h"

/* engage-cli new, engage-cli info: making and describing project files. */

static char *sample_language;
static gboolean want_sample;

static gboolean
parse_sample_cb (const char  *option_name,
                 const char  *value,
                 gpointer     data,
                 GError     **error)
{
  want_sample = TRUE;
  g_clear_pointer (&sample_language, g_free);

  if (value == NULL)
    return TRUE;

  if (!g_str_equal (value, "de") && !g_str_equal (value, "en"))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not a sample language; use --sample=de or --sample=en."), value);
      return FALSE;
    }

  sample_language = g_strdup (value);
  return TRUE;
}

/* The sample's language when none is given: German for a German desktop. */
static const char *
default_sample_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "C") || g_str_equal (names[i], "POSIX"))
        break;
      if (g_str_has_prefix (names[i], "de"))
        return "de";
      if (g_str_has_prefix (names[i], "en"))
        return "en";
    }

  return "en";
}

static char *
name_from_file (GFile *file)
{
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *display = g_filename_display_name (base);

  if (g_str_has_suffix (display, ".engage") && strlen (display) > strlen (".engage"))
    display[strlen (display) - strlen (".engage")] = '\0';

  return g_steal_pointer (&display);
}

int
engage_cli_new (int    argc,
                char **argv)
{
  g_autofree char *today_text = NULL;
  g_autofree char *holiday_region = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(EngageProject) project = NULL;
  g_autofree char *name = NULL;
  GDate today;
  const GOptionEntry entries[] = {
    { "sample", 0, G_OPTION_FLAG_OPTIONAL_ARG, G_OPTION_ARG_CALLBACK, parse_sample_cb,
      N_("Fill the project with the sample bakery strategy, in German or English"), "de|en" },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text,
      N_("Build the sample around this date instead of today, for reproducible files"), N_("YYYY-MM-DD") },
    { "holiday-region", 0, 0, G_OPTION_ARG_STRING, &holiday_region,
      N_("Show the public holidays of this region, e.g. DE or DE-BW"), N_("CODE") },
    { NULL }
  };

  want_sample = FALSE;
  g_clear_pointer (&sample_language, g_free);

  context = g_option_context_new (_("PROJECT.engage"));
  g_option_context_set_summary (context, _("Creates a new Engage project file."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return engage_cli_usage_error (context, error->message);

  if (argc != 2)
    return engage_cli_usage_error (context, _("Name exactly one project file to create."));

  if (holiday_region != NULL && !engage_holidays_is_known_region (holiday_region))
    return engage_cli_usage_error (context, _("--holiday-region needs a region such as DE or DE-BW."));

  if (today_text != NULL)
    {
      if (!want_sample)
        return engage_cli_usage_error (context, _("--today only applies together with --sample."));
      if (!engage_iso_date_parse (today_text, &today))
        return engage_cli_usage_error (context, _("--today needs a date written as YYYY-MM-DD."));
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_clear (&today, 1);
      g_date_set_dmy (&today, g_date_time_get_day_of_month (now),
                      g_date_time_get_month (now), g_date_time_get_year (now));
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  name = name_from_file (file);

  project = engage_project_create (file, name, &error);
  if (project == NULL)
    return engage_cli_fail_error (error);

  if (want_sample)
    {
      const char *language = sample_language ? sample_language : default_sample_language ();

      if (!engage_sample_fill (project, language, &today, &error))
        {
          engage_project_close (project);
          g_file_delete (file, NULL, NULL);
          return engage_cli_fail (ENGAGE_EXIT_INPUT_REFUSED, "%s", error->message);
        }
    }

  if (holiday_region != NULL && !engage_project_set_holiday_region (project, holiday_region, &error))
    {
      engage_project_close (project);
      g_file_delete (file, NULL, NULL);
      return engage_cli_fail_error (error);
    }

  engage_project_close (project);
  return ENGAGE_EXIT_OK;
}

static void
print_json (EngageProject             *project,
            const EngageProjectCounts *counts)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *path = g_file_get_path (engage_project_get_file (project));
  g_autofree char *text = NULL;
  const struct { const char *key; guint value; } fields[] = {
    { "channels", counts->channels },
    { "pillars", counts->pillars },
    { "posts", counts->posts },
    { "post_metrics", counts->post_metrics },
    { "guideline_sections", counts->guideline_sections },
    { "rules", counts->rules },
    { "kpis", counts->kpis },
    { "measurements", counts->measurements },
    { "nps_surveys", counts->nps_surveys },
    { "nps_responses", counts->nps_responses },
    { "import_batches", counts->import_batches },
  };

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "schema_version");
  json_builder_add_int_value (builder, ENGAGE_SCHEMA_VERSION);
  json_builder_set_member_name (builder, "file");
  json_builder_add_string_value (builder, path);
  json_builder_set_member_name (builder, "uuid");
  json_builder_add_string_value (builder, engage_project_get_uuid (project));
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, engage_project_get_name (project));
  json_builder_set_member_name (builder, "client");
  json_builder_add_string_value (builder, engage_project_get_client (project));
  json_builder_set_member_name (builder, "time_zone");
  json_builder_add_string_value (builder, engage_project_get_time_zone (project));
  json_builder_set_member_name (builder, "language");
  json_builder_add_string_value (builder, engage_project_get_language (project));
  json_builder_set_member_name (builder, "engagement_basis");
  json_builder_add_string_value (builder,
                                 engage_engagement_basis_to_string (engage_project_get_engagement_basis (project)));
  json_builder_set_member_name (builder, "holiday_region");
  json_builder_add_string_value (builder, engage_project_get_holiday_region (project));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      json_builder_set_member_name (builder, fields[i].key);
      json_builder_add_int_value (builder, fields[i].value);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  printf ("%s\n", text);
}

static void
print_row (const char *label,
           const char *value)
{
  /* Pad by characters, not bytes, so that translated labels line up. */
  glong width = g_utf8_strlen (label, -1);

  printf ("%s%*s %s\n", label, (int) MAX (0, 22 - width), "", value);
}

static void
print_count (const char *label,
             guint       value)
{
  g_autofree char *text = g_strdup_printf ("%u", value);

  print_row (label, text);
}

static void
print_text (EngageProject             *project,
            const EngageProjectCounts *counts)
{
  g_autofree char *path = g_file_get_path (engage_project_get_file (project));
  g_autofree char *version = g_strdup_printf ("%d", ENGAGE_SCHEMA_VERSION);

  print_row (_("Name:"), engage_project_get_name (project));
  print_row (_("Client:"), engage_project_get_client (project));
  print_row (_("File:"), path);
  print_row (_("Schema version:"), version);
  print_row (_("Time zone:"), engage_project_get_time_zone (project));
  print_row (_("Language:"), engage_project_get_language (project));
  print_row (_("Engagement basis:"),
             engage_engagement_basis_get_label (engage_project_get_engagement_basis (project)));
  print_row (_("Holidays:"), engage_holidays_get_region_name (engage_project_get_holiday_region (project)));
  print_count (_("Channels:"), counts->channels);
  print_count (_("Content pillars:"), counts->pillars);
  print_count (_("Posts:"), counts->posts);
  print_count (_("Post metrics:"), counts->post_metrics);
  print_count (_("Guideline sections:"), counts->guideline_sections);
  print_count (_("Rules:"), counts->rules);
  print_count (_("KPIs:"), counts->kpis);
  print_count (_("Measurements:"), counts->measurements);
  print_count (_("NPS surveys:"), counts->nps_surveys);
  print_count (_("NPS responses:"), counts->nps_responses);
  print_count (_("Imports:"), counts->import_batches);
}

int
engage_cli_info (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(EngageProject) project = NULL;
  EngageProjectCounts counts;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of text"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("PROJECT.engage"));
  g_option_context_set_summary (context, _("Shows what an Engage project holds."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return engage_cli_usage_error (context, error->message);

  if (argc != 2)
    return engage_cli_usage_error (context, _("Name exactly one project file."));

  file = g_file_new_for_commandline_arg (argv[1]);
  project = engage_project_open (file, &error);
  if (project == NULL)
    return engage_cli_fail_error (error);

  if (!engage_project_get_counts (project, &counts, &error))
    return engage_cli_fail (ENGAGE_EXIT_PROJECT_REFUSED, "%s", error->message);

  if (json)
    print_json (project, &counts);
  else
    print_text (project, &counts);

  engage_project_close (project);
  return ENGAGE_EXIT_OK;
}
