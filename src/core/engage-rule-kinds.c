/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-rule-kinds"

#include "config.h"

#include "engage-rule-kinds.h"
#include "engage-pillar.h"

#include <json-glib/json-glib.h>
#include <glib/gi18n.h>

/* The kinds of rule that the checker knows, with their parameters. The rule
 * dialog builds its rows from this table, the checker reads the same parameter
 * names, and the guideline export describes rules with the same words, so a
 * kind is defined in one place. */

static const EngageRuleParam max_length_params[] = {
  { "max", ENGAGE_RULE_PARAM_COUNT, N_("Maximum characters"),
    N_("0 uses each channel’s own limit"), 0, 0, 100000 },
};

static const EngageRuleParam max_hashtags_params[] = {
  { "max", ENGAGE_RULE_PARAM_COUNT, N_("Maximum hashtags"),
    N_("0 uses each channel’s own limit"), 3, 0, 100 },
};

static const EngageRuleParam forbidden_terms_params[] = {
  { "terms", ENGAGE_RULE_PARAM_TERMS, N_("Forbidden terms"),
    N_("Separate terms with commas; whole words, upper and lower case alike"), 0, 0, 0 },
};

static const EngageRuleParam required_term_params[] = {
  { "terms", ENGAGE_RULE_PARAM_TERMS, N_("Required terms"),
    N_("Separate terms with commas; one of them is enough"), 0, 0, 0 },
};

static const EngageRuleParam min_gap_params[] = {
  { "hours", ENGAGE_RULE_PARAM_HOURS, N_("Minimum gap in hours"), NULL, 4, 0.25, 24 * 14 },
};

static const EngageRuleParam cadence_params[] = {
  { "min_per_week", ENGAGE_RULE_PARAM_COUNT, N_("At least, posts per week"),
    N_("0 sets no minimum"), 2, 0, 100 },
  { "max_per_week", ENGAGE_RULE_PARAM_COUNT, N_("At most, posts per week"),
    N_("0 sets no maximum"), 7, 0, 100 },
};

static const EngageRuleParam response_time_params[] = {
  { "hours", ENGAGE_RULE_PARAM_HOURS, N_("Answer within hours"), NULL, 4, 0.25, 24 * 14 },
  { "weekend_hours", ENGAGE_RULE_PARAM_HOURS, N_("At weekends, within hours"),
    N_("0 applies the same target at weekends"), 24, 0, 24 * 14 },
};

#define PARAMS(array) array, G_N_ELEMENTS (array)

static const EngageRuleKind kinds[] = {
  { "max-length", N_("Length limit"),
    N_("A post’s text may not be longer than the channel allows, counted the way the "
       "platform counts it (on X, for example, every link counts as 23 characters)."),
    N_("Shorten the text to the channel’s character limit."),
    ENGAGE_RULE_SCOPE_POST, ENGAGE_SEVERITY_ERROR, FALSE, PARAMS (max_length_params) },
  { "max-hashtags", N_("Hashtag limit"),
    N_("A post may carry only so many hashtags."),
    N_("Use fewer hashtags; a few that fit are better than many."),
    ENGAGE_RULE_SCOPE_POST, ENGAGE_SEVERITY_WARNING, FALSE, PARAMS (max_hashtags_params) },
  { "forbidden-terms", N_("Forbidden terms"),
    N_("Words and phrases that never appear in a post. Whole words count, upper and "
       "lower case alike, and “Straße” also matches “STRASSE”."),
    N_("Avoid these words; say what makes the product special instead."),
    ENGAGE_RULE_SCOPE_POST, ENGAGE_SEVERITY_ERROR, FALSE, PARAMS (forbidden_terms_params) },
  { "required-term", N_("Required term"),
    N_("Every post in scope contains at least one of these terms, such as the "
       "advertising label of a promotion."),
    N_("Label advertising as advertising."),
    ENGAGE_RULE_SCOPE_POST, ENGAGE_SEVERITY_ERROR, TRUE, PARAMS (required_term_params) },
  { "requires-approval", N_("Approval required"),
    N_("A post can only be scheduled or published once someone has approved it; "
       "Engage records who approved it and when."),
    N_("Have the post approved before it is scheduled."),
    ENGAGE_RULE_SCOPE_POST, ENGAGE_SEVERITY_ERROR, FALSE, NULL, 0 },
  { "no-personal-data", N_("No personal data"),
    N_("A post contains no e-mail addresses, phone numbers or bank account numbers "
       "(IBAN)."),
    N_("Remove personal data from the post."),
    ENGAGE_RULE_SCOPE_POST, ENGAGE_SEVERITY_ERROR, FALSE, NULL, 0 },
  { "link-required", N_("Link required"),
    N_("Every post in scope has a link, in its text or in its link field."),
    N_("Add a link to the post."),
    ENGAGE_RULE_SCOPE_POST, ENGAGE_SEVERITY_WARNING, TRUE, NULL, 0 },
  { "min-gap", N_("Time between posts"),
    N_("Two posts on the same channel are at least this far apart."),
    N_("Leave more time between two posts on the same channel."),
    ENGAGE_RULE_SCOPE_PLAN, ENGAGE_SEVERITY_WARNING, FALSE, PARAMS (min_gap_params) },
  { "cadence", N_("Posting rhythm"),
    N_("Each channel gets at least and at most this many posts per calendar week."),
    N_("Keep to the planned number of posts per week."),
    ENGAGE_RULE_SCOPE_PLAN, ENGAGE_SEVERITY_WARNING, FALSE, PARAMS (cadence_params) },
  { "response-time", N_("Response time"),
    N_("How fast comments, messages and complaints get an answer. The response-time "
       "KPI measures it; posts are not checked against it."),
    N_("Answer comments and messages in time."),
    ENGAGE_RULE_SCOPE_TARGET, ENGAGE_SEVERITY_INFO, FALSE, PARAMS (response_time_params) },
};

/**
 * engage_rule_kinds_get:
 * @n_kinds: (out): the number of kinds
 *
 * Returns: (transfer none) (array length=n_kinds): every kind, in the order
 *   the rule dialog offers them
 */
const EngageRuleKind *
engage_rule_kinds_get (guint *n_kinds)
{
  g_return_val_if_fail (n_kinds != NULL, NULL);

  *n_kinds = G_N_ELEMENTS (kinds);
  return kinds;
}

/**
 * engage_rule_kind_lookup:
 * @kind: (nullable): a kind, e.g. "cadence"
 *
 * Returns: (transfer none) (nullable): the kind, or %NULL if Engage does not
 *   know it (a newer version may have written it)
 */
const EngageRuleKind *
engage_rule_kind_lookup (const char *kind)
{
  for (guint i = 0; kind != NULL && i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kinds[i].kind, kind))
      return &kinds[i];

  return NULL;
}

/**
 * engage_rule_kind_get_label:
 * @kind: a kind
 *
 * Returns: (transfer none): the translated label; an unknown kind is shown as
 *   itself
 */
const char *
engage_rule_kind_get_label (const char *kind)
{
  const EngageRuleKind *info = engage_rule_kind_lookup (kind);

  g_return_val_if_fail (kind != NULL, NULL);

  return info != NULL ? _(info->label) : kind;
}

/**
 * engage_rule_kind_get_description:
 * @kind: a kind
 *
 * Returns: (transfer none) (nullable): what the kind checks, translated
 */
const char *
engage_rule_kind_get_description (const char *kind)
{
  const EngageRuleKind *info = engage_rule_kind_lookup (kind);

  return info != NULL ? _(info->description) : NULL;
}

/**
 * engage_rule_kind_dup_default_params:
 * @kind: a kind
 *
 * Returns: (transfer full): the JSON params of a new rule of @kind
 */
char *
engage_rule_kind_dup_default_params (const char *kind)
{
  const EngageRuleKind *info = engage_rule_kind_lookup (kind);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  for (guint i = 0; info != NULL && i < info->n_params; i++)
    {
      const EngageRuleParam *param = &info->params[i];

      json_builder_set_member_name (builder, param->name);
      switch (param->type)
        {
        case ENGAGE_RULE_PARAM_COUNT:
          json_builder_add_int_value (builder, (gint64) param->default_value);
          break;

        case ENGAGE_RULE_PARAM_HOURS:
          json_builder_add_double_value (builder, param->default_value);
          break;

        case ENGAGE_RULE_PARAM_TERMS:
        default:
          json_builder_begin_array (builder);
          json_builder_end_array (builder);
          break;
        }
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

/**
 * engage_rule_kind_new_rule:
 * @kind: a kind
 *
 * Returns: (transfer full): a rule of @kind with its default parameters,
 *   severity and message, not yet stored
 */
EngageRule *
engage_rule_kind_new_rule (const char *kind)
{
  const EngageRuleKind *info = engage_rule_kind_lookup (kind);
  g_autofree char *params = engage_rule_kind_dup_default_params (kind);
  EngageRule *rule = engage_rule_new (kind);

  engage_rule_set_params (rule, params);
  if (info != NULL)
    {
      engage_rule_set_severity (rule, info->default_severity);
      engage_rule_set_message (rule, _(info->default_message));
    }

  return rule;
}

static JsonObject *
parse_params (EngageRule  *rule,
              JsonParser **parser_out)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *params = engage_rule_get_params (rule);
  JsonNode *root;

  if (params == NULL || !json_parser_load_from_data (parser, params, -1, NULL))
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;

  *parser_out = g_steal_pointer (&parser);
  return json_node_get_object (root);
}

/**
 * engage_rule_get_param_number:
 * @rule: a rule
 * @name: a parameter's name
 * @fallback: the value when the parameter is missing or not a number
 *
 * Returns: the number, e.g. the "max" of a hashtag limit
 */
double
engage_rule_get_param_number (EngageRule *rule,
                              const char *name,
                              double      fallback)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *object;
  JsonNode *node;

  g_return_val_if_fail (ENGAGE_IS_RULE (rule), fallback);
  g_return_val_if_fail (name != NULL, fallback);

  object = parse_params (rule, &parser);
  if (object == NULL)
    return fallback;

  node = json_object_get_member (object, name);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return fallback;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      return (double) json_node_get_int (node);

    case G_TYPE_DOUBLE:
      return json_node_get_double (node);

    default:
      return fallback;
    }
}

/**
 * engage_rule_dup_param_terms:
 * @rule: a rule
 * @name: a parameter's name, e.g. "terms"
 *
 * Returns: (transfer full): the non-empty strings of the parameter's array,
 *   trimmed; an empty vector when there are none
 */
GStrv
engage_rule_dup_param_terms (EngageRule *rule,
                             const char *name)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *object;
  JsonNode *node;

  g_return_val_if_fail (ENGAGE_IS_RULE (rule), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  object = parse_params (rule, &parser);
  node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          g_autofree char *term = NULL;

          if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
            continue;

          term = g_strstrip (g_strdup (json_node_get_string (element)));
          if (term[0] != '\0')
            g_strv_builder_add (builder, term);
        }
    }

  return g_strv_builder_end (builder);
}

static char *
format_hours (double hours)
{
  if (hours < 1 && hours > 0)
    /* Translators: a duration in minutes, e.g. "30 min" */
    return g_strdup_printf (_("%.0f min"), hours * 60);

  if (hours == (double) (gint64) hours)
    /* Translators: a duration in hours, e.g. "4 h" */
    return g_strdup_printf (_("%.0f h"), hours);

  return g_strdup_printf (_("%.1f h"), hours);
}

static char *
join_terms (const char * const *terms)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; terms[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      /* Translators: a quoted term in a list, e.g. “cheap” */
      g_string_append_printf (text, _("“%s”"), terms[i]);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * engage_rule_dup_summary:
 * @rule: a rule
 *
 * Describes the rule's parameters in a few words, e.g. "At most 8 hashtags"
 * or "2 to 6 posts a week".
 *
 * Returns: (transfer full): the summary
 */
char *
engage_rule_dup_summary (EngageRule *rule)
{
  const char *kind;

  g_return_val_if_fail (ENGAGE_IS_RULE (rule), NULL);

  kind = engage_rule_get_kind (rule);

  if (g_str_equal (kind, "max-length") || g_str_equal (kind, "max-hashtags"))
    {
      guint max = (guint) MAX (0, engage_rule_get_param_number (rule, "max", 0));
      gboolean hashtags = g_str_equal (kind, "max-hashtags");

      if (max == 0)
        return g_strdup (hashtags ? _("At most the channel’s hashtag limit")
                                  : _("At most the channel’s character limit"));

      return g_strdup_printf (hashtags ? ngettext ("At most %u hashtag", "At most %u hashtags", max)
                                       : ngettext ("At most %u character", "At most %u characters", max),
                              max);
    }

  if (g_str_equal (kind, "forbidden-terms") || g_str_equal (kind, "required-term"))
    {
      g_auto(GStrv) terms = engage_rule_dup_param_terms (rule, "terms");
      g_autofree char *list = join_terms ((const char * const *) terms);

      if (terms[0] == NULL)
        return g_strdup (_("No terms yet"));

      if (g_str_equal (kind, "forbidden-terms"))
        /* Translators: %s is a list of quoted terms */
        return g_strdup_printf (_("Never: %s"), list);

      /* Translators: %s is a list of quoted terms */
      return g_strdup_printf (g_strv_length (terms) == 1 ? _("Must contain %s")
                                                          : _("One of %s"), list);
    }

  if (g_str_equal (kind, "min-gap"))
    {
      g_autofree char *hours = format_hours (engage_rule_get_param_number (rule, "hours", 4));

      /* Translators: %s is a duration, e.g. "4 h" */
      return g_strdup_printf (_("At least %s between two posts on a channel"), hours);
    }

  if (g_str_equal (kind, "cadence"))
    {
      guint min = (guint) MAX (0, engage_rule_get_param_number (rule, "min_per_week", 0));
      guint max = (guint) MAX (0, engage_rule_get_param_number (rule, "max_per_week", 0));

      if (min > 0 && max > 0)
        /* Translators: a number of posts per week, e.g. "2 to 6 posts a week" */
        return g_strdup_printf (_("%u to %u posts a week"), min, max);
      if (min > 0)
        return g_strdup_printf (ngettext ("At least %u post a week", "At least %u posts a week", min), min);
      if (max > 0)
        return g_strdup_printf (ngettext ("At most %u post a week", "At most %u posts a week", max), max);
      return g_strdup (_("No limits set"));
    }

  if (g_str_equal (kind, "response-time"))
    {
      double weekend = engage_rule_get_param_number (rule, "weekend_hours", 0);
      g_autofree char *hours = format_hours (engage_rule_get_param_number (rule, "hours", 4));
      g_autofree char *weekend_text = format_hours (weekend);

      if (weekend > 0)
        /* Translators: response-time targets, e.g. "Answer within 4 h, at weekends within 24 h" */
        return g_strdup_printf (_("Answer within %s, at weekends within %s"), hours, weekend_text);

      return g_strdup_printf (_("Answer within %s"), hours);
    }

  if (g_str_equal (kind, "requires-approval"))
    return g_strdup (_("Scheduled and published posts are approved"));

  if (g_str_equal (kind, "no-personal-data"))
    return g_strdup (_("No e-mail addresses, phone numbers or IBANs"));

  if (g_str_equal (kind, "link-required"))
    return g_strdup (_("Every post has a link"));

  return g_strdup (engage_rule_kind_get_label (kind));
}

/**
 * engage_rule_dup_scope_label:
 * @rule: a rule
 * @project: (nullable): the project, to name the rule's pillar
 *
 * Returns: (transfer full): the channels and pillar the rule applies to, e.g.
 *   "Facebook, Newsletter · Offers & promotions" or "All channels"
 */
char *
engage_rule_dup_scope_label (EngageRule    *rule,
                             EngageProject *project)
{
  g_autoptr(GString) label = g_string_new (NULL);
  g_auto(GStrv) channel_kinds = NULL;
  const char *channels;
  gint64 pillar_id;

  g_return_val_if_fail (ENGAGE_IS_RULE (rule), NULL);

  channels = engage_rule_get_channel_kinds (rule);
  channel_kinds = g_strsplit_set (channels != NULL ? channels : "", ", ", -1);
  for (guint i = 0; channel_kinds[i] != NULL; i++)
    {
      EngageChannelKind kind;

      if (!engage_channel_kind_from_string (channel_kinds[i], &kind))
        continue;

      if (label->len > 0)
        g_string_append (label, ", ");
      g_string_append (label, engage_channel_kind_get_label (kind));
    }

  if (label->len == 0)
    g_string_append (label, _("All channels"));

  pillar_id = engage_rule_get_pillar_id (rule);
  if (pillar_id > 0 && project != NULL)
    {
      g_autoptr(EngagePillar) pillar = engage_project_get_pillar (project, pillar_id, NULL);

      if (pillar != NULL)
        g_string_append_printf (label, " · %s", engage_pillar_get_name (pillar));
    }

  return g_string_free (g_steal_pointer (&label), FALSE);
}
