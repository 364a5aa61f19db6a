/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-guideline-templates"

#include "config.h"

#include "engage-guideline-templates.h"
#include "engage-project-private.h"
#include "engage-rule.h"
#include "engage-section.h"

#include <json-glib/json-glib.h>
#include <glib/gi18n.h>

/* Guideline templates: a complete social-media guideline in German and in
 * English, written for Engage, to start from instead of a blank page. They live
 * in data/templates/ and are compiled into the program as a GResource. The text
 * says {company} where the company's name belongs; it is replaced by the
 * project's client, or its name. Other gaps that only the company can fill (who
 * approves, which phone number) are left as [bracketed] hints in the text.
 *
 * A template also brings the rules that need no knowledge of the project (length
 * and hashtag limits, approval, personal data, gaps, response time); rules about
 * a content pillar are left to the user, since the template cannot know the
 * pillars. */

#define TEMPLATE_PATH "/io/github/engageplanner/Engage/templates/guideline-%s.json"

static const char * const languages[] = { "de", "en", NULL };

/**
 * engage_guideline_templates_get_languages:
 *
 * Returns: (transfer none): the languages with a template, e.g. "de", "en"
 */
const char * const *
engage_guideline_templates_get_languages (void)
{
  return languages;
}

/**
 * engage_guideline_template_get_label:
 * @language: a template language
 *
 * Returns: (transfer none): the template's name for a menu, e.g. "German"
 */
const char *
engage_guideline_template_get_label (const char *language)
{
  g_return_val_if_fail (language != NULL, NULL);

  if (g_str_equal (language, "de"))
    return _("German");
  if (g_str_equal (language, "en"))
    return _("English");

  return language;
}

static JsonObject *
load_template (const char  *language,
               JsonParser **parser_out,
               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  JsonNode *root;

  if (g_strv_contains (languages, language))
    {
      path = g_strdup_printf (TEMPLATE_PATH, language);
      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
    }

  if (bytes == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("There is no guideline template in the language “%s”."), language);
      return NULL;
    }

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The guideline template “%s” is damaged."), language);
      return NULL;
    }

  *parser_out = g_steal_pointer (&parser);
  return json_node_get_object (root);
}

static char *
fill_in (const char *text,
         const char *company)
{
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return g_strdup ("");

  parts = g_strsplit (text, "{company}", -1);
  return g_strjoinv (company, parts);
}

static const char *
company_or_fallback (const char *company,
                     const char *language)
{
  if (company != NULL && company[0] != '\0')
    return company;

  /* Translators: fills the company's place in a guideline template when the
   * project names no client; the brackets mark a gap to fill in */
  return g_str_equal (language, "de") ? "[Unternehmen]" : "[company]";
}

/**
 * engage_guideline_template_dup_title:
 * @language: a template language
 * @company: (nullable): the company's name
 *
 * Returns: (transfer full) (nullable): the guideline's title, e.g. "Social
 *   media guideline of Hägele Bakery", or %NULL for an unknown language
 */
char *
engage_guideline_template_dup_title (const char *language,
                                     const char *company)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *object;

  g_return_val_if_fail (language != NULL, NULL);

  object = load_template (language, &parser, NULL);
  if (object == NULL)
    return NULL;

  return fill_in (json_object_get_string_member_with_default (object, "title", ""),
                  company_or_fallback (company, language));
}

/**
 * engage_guideline_template_load_sections:
 * @language: a template language, "de" or "en"
 * @company: (nullable): the company's name for {company}
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type EngageSection): the template's
 *   sections, new and not stored
 */
GPtrArray *
engage_guideline_template_load_sections (const char  *language,
                                         const char  *company,
                                         GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  JsonObject *object;
  JsonArray *array;

  g_return_val_if_fail (language != NULL, NULL);

  object = load_template (language, &parser, error);
  if (object == NULL)
    return NULL;

  company = company_or_fallback (company, language);
  sections = g_ptr_array_new_with_free_func (g_object_unref);
  array = json_object_get_array_member (object, "sections");

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *item = json_array_get_object_element (array, i);
      g_autofree char *title = NULL;
      g_autofree char *body = NULL;
      EngageSection *section;

      if (item == NULL)
        continue;

      title = fill_in (json_object_get_string_member_with_default (item, "title", ""), company);
      body = fill_in (json_object_get_string_member_with_default (item, "body", ""), company);
      section = engage_section_new (title);
      engage_section_set_body (section, body);
      engage_section_set_checklist (section, json_object_get_boolean_member_with_default (item, "checklist", FALSE));
      g_ptr_array_add (sections, section);
    }

  return g_steal_pointer (&sections);
}

/**
 * engage_guideline_template_load_rules:
 * @language: a template language, "de" or "en"
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type EngageRule): the template's rules,
 *   new and not stored
 */
GPtrArray *
engage_guideline_template_load_rules (const char  *language,
                                      GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GPtrArray) rules = NULL;
  JsonObject *object;
  JsonArray *array;

  g_return_val_if_fail (language != NULL, NULL);

  object = load_template (language, &parser, error);
  if (object == NULL)
    return NULL;

  rules = g_ptr_array_new_with_free_func (g_object_unref);
  array = json_object_get_array_member (object, "rules");

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *item = json_array_get_object_element (array, i);
      JsonNode *params_node;
      JsonArray *channels;
      g_autoptr(GString) channel_kinds = g_string_new (NULL);
      g_autofree char *params = NULL;
      EngageSeverity severity = ENGAGE_SEVERITY_WARNING;
      EngageRule *rule;

      if (item == NULL || !json_object_has_member (item, "kind"))
        continue;

      params_node = json_object_get_member (item, "params");
      params = params_node != NULL ? json_to_string (params_node, FALSE) : g_strdup ("{}");
      channels = json_object_get_array_member (item, "channels");
      for (guint k = 0; channels != NULL && k < json_array_get_length (channels); k++)
        g_string_append_printf (channel_kinds, "%s%s", k > 0 ? "," : "",
                                json_array_get_string_element (channels, k));
      engage_severity_from_string (json_object_get_string_member_with_default (item, "severity", "warning"),
                                   &severity);

      rule = engage_rule_new (json_object_get_string_member (item, "kind"));
      engage_rule_set_params (rule, params);
      engage_rule_set_channel_kinds (rule, channel_kinds->str);
      engage_rule_set_severity (rule, severity);
      engage_rule_set_message (rule, json_object_get_string_member_with_default (item, "message", ""));
      g_ptr_array_add (rules, rule);
    }

  return g_steal_pointer (&rules);
}

/**
 * engage_guideline_template_apply:
 * @project: an open project
 * @language: a template language, "de" or "en"
 * @replace: whether the template's sections replace the guideline's sections;
 *   otherwise they are added after them
 * @error: return location for a #GError
 *
 * Writes a template's sections into @project, with the client's name (or the
 * project's) for {company}, and adds those of its rules whose kind the project
 * has no rule of yet. One edit: undo takes all of it back.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_guideline_template_apply (EngageProject  *project,
                                 const char     *language,
                                 gboolean        replace,
                                 GError        **error)
{
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GPtrArray) rules = NULL;
  g_autoptr(GListModel) existing_rules = NULL;
  const char *company;
  guint n_rules;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (language != NULL, FALSE);

  company = engage_project_get_client (project);
  if (company == NULL || company[0] == '\0')
    company = engage_project_get_name (project);

  sections = engage_guideline_template_load_sections (language, company, error);
  if (sections == NULL)
    return FALSE;
  rules = engage_guideline_template_load_rules (language, error);
  if (rules == NULL)
    return FALSE;

  if (!_engage_project_begin_edit (project, error))
    return FALSE;

  if (replace)
    {
      g_autoptr(GListModel) old = engage_project_list_sections (project);
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

      for (guint i = 0; i < g_list_model_get_n_items (old); i++)
        {
          g_autoptr(EngageSection) section = g_list_model_get_item (old, i);
          gint64 id = engage_section_get_id (section);

          g_array_append_val (ids, id);
        }

      for (guint i = 0; i < ids->len; i++)
        if (!engage_project_delete_section (project, g_array_index (ids, gint64, i), error))
          goto failed;
    }

  for (guint i = 0; i < sections->len; i++)
    if (!engage_project_add_section (project, g_ptr_array_index (sections, i), error))
      goto failed;

  existing_rules = engage_project_list_rules (project);
  n_rules = g_list_model_get_n_items (existing_rules);
  for (guint i = 0; i < rules->len; i++)
    {
      EngageRule *rule = g_ptr_array_index (rules, i);
      gboolean present = FALSE;

      for (guint j = 0; j < n_rules && !present; j++)
        {
          g_autoptr(EngageRule) other = g_list_model_get_item (existing_rules, j);

          present = g_strcmp0 (engage_rule_get_kind (other), engage_rule_get_kind (rule)) == 0;
        }

      if (present)
        continue;

      engage_rule_set_position (rule, (int) (n_rules + i));
      if (!engage_project_add_rule (project, rule, error))
        goto failed;
    }

  return _engage_project_commit_edit (project, _("New Guideline from Template"),
                                      ENGAGE_TABLE_SECTION | ENGAGE_TABLE_RULE, error);

failed:
  _engage_project_rollback_edit (project);
  return FALSE;
}
