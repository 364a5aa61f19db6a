/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-checker"

#include "config.h"

#include "engage-checker.h"
#include "engage-checker-private.h"
#include "engage-channel.h"
#include "engage-rule.h"
#include "engage-rule-kinds.h"
#include "engage-text-count.h"

#include <glib/gi18n.h>

/* The checker: the guideline's rules, executed. It runs on one post (the post
 * editor checks as the text is typed, the calendar marks chips) and on the whole
 * plan (the Check Plan view, `engage-cli check`). Rules that compare posts with
 * each other, the gap between two posts on a channel and the number of posts per
 * week, look at the plan; the gap is also checked for a single post against the
 * stored posts around it, so that the editor can warn before saving.
 *
 * Which posts: every post except archived ones is checked against the rules
 * about its text. The gap and the cadence count posts that are planned: with a
 * date, and neither an idea nor archived. Posts imported from a network's
 * export were published outside Engage; nobody could approve them here, so the
 * approval rule leaves them alone. */

G_DEFINE_FINAL_TYPE (EngageChecker, engage_checker, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Loading the rules */

static void
check_rule_free (EngageCheckRule *check_rule)
{
  g_clear_object (&check_rule->rule);
  g_clear_pointer (&check_rule->terms, g_strfreev);
  g_clear_pointer (&check_rule->folded_terms, g_strfreev);
  g_free (check_rule);
}

static EngageCheckRule *
check_rule_new (EngageRule *rule)
{
  const EngageRuleKind *info = engage_rule_kind_lookup (engage_rule_get_kind (rule));
  EngageCheckRule *check_rule;
  guint n_terms;

  if (info == NULL)
    {
      g_debug ("Skipping rule %s of unknown kind “%s”",
               engage_rule_get_uuid (rule), engage_rule_get_kind (rule));
      return NULL;
    }

  check_rule = g_new0 (EngageCheckRule, 1);
  check_rule->rule = g_object_ref (rule);
  check_rule->info = info;
  check_rule->terms = engage_rule_dup_param_terms (rule, "terms");
  n_terms = g_strv_length (check_rule->terms);
  check_rule->folded_terms = g_new0 (char *, n_terms + 1);
  for (guint i = 0; i < n_terms; i++)
    check_rule->folded_terms[i] = g_strstrip (_engage_checker_fold (check_rule->terms[i]));

  if (g_str_equal (info->kind, "cadence"))
    {
      check_rule->min = engage_rule_get_param_number (rule, "min_per_week", 0);
      check_rule->max = engage_rule_get_param_number (rule, "max_per_week", 0);
    }
  else
    {
      check_rule->max = engage_rule_get_param_number (rule, "max", 0);
    }
  check_rule->hours = engage_rule_get_param_number (rule, "hours", 0);

  return check_rule;
}

void
_engage_checker_ensure_loaded (EngageChecker *self)
{
  g_autoptr(GListModel) rules = NULL;
  g_autoptr(GListModel) channels = NULL;

  if (self->loaded || !engage_project_is_open (self->project))
    return;

  g_ptr_array_set_size (self->rules, 0);
  g_hash_table_remove_all (self->channels);

  rules = engage_project_list_rules (self->project);
  for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(EngageRule) rule = g_list_model_get_item (rules, i);
      EngageCheckRule *check_rule;

      if (!engage_rule_get_enabled (rule))
        continue;

      check_rule = check_rule_new (rule);
      if (check_rule != NULL)
        g_ptr_array_add (self->rules, check_rule);
    }

  channels = engage_project_list_channels (self->project);
  for (guint i = 0; i < g_list_model_get_n_items (channels); i++)
    {
      EngageChannel *channel = g_list_model_get_item (channels, i);
      gint64 *id = g_new (gint64, 1);

      *id = engage_channel_get_id (channel);
      g_hash_table_insert (self->channels, id, channel);
    }

  self->loaded = TRUE;
}

EngageChannel *
_engage_checker_lookup_channel (EngageChecker *self,
                                gint64         channel_id)
{
  return g_hash_table_lookup (self->channels, &channel_id);
}

gboolean
_engage_checker_rule_applies (EngageCheckRule *check_rule,
                              EngagePost      *post,
                              EngageChannel   *channel)
{
  const char *kinds = engage_rule_get_channel_kinds (check_rule->rule);
  gint64 pillar_id = engage_rule_get_pillar_id (check_rule->rule);

  if (channel != NULL)
    {
      if (!engage_rule_applies_to_channel_kind (check_rule->rule, engage_channel_get_kind (channel)))
        return FALSE;
    }
  else if (kinds != NULL && kinds[0] != '\0')
    {
      return FALSE;
    }

  return pillar_id <= 0 || (post != NULL && engage_post_get_pillar_id (post) == pillar_id);
}

gboolean
_engage_checker_is_planned (EngagePost *post)
{
  EngagePostStatus status = engage_post_get_status (post);

  return engage_post_get_scheduled_at (post) != NULL &&
         status != ENGAGE_POST_STATUS_IDEA && status != ENGAGE_POST_STATUS_ARCHIVED;
}

/* Rules about one post's text and state */

static char *
quote_list (GPtrArray *items)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      /* Translators: a quoted term in a list, e.g. “cheap” */
      g_string_append_printf (text, _("“%s”"), (const char *) g_ptr_array_index (items, i));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
_engage_checker_format_duration (gint64 seconds)
{
  gint64 minutes = (seconds + 59) / 60;

  if (minutes < 60)
    /* Translators: a duration, e.g. "45 min" */
    return g_strdup_printf (_("%d min"), (int) minutes);

  if (minutes % 60 == 0)
    /* Translators: a duration, e.g. "3 h" */
    return g_strdup_printf (_("%d h"), (int) (minutes / 60));

  /* Translators: a duration, e.g. "2 h 30 min" */
  return g_strdup_printf (_("%d h %d min"), (int) (minutes / 60), (int) (minutes % 60));
}

char *
_engage_checker_format_hours (double hours)
{
  return _engage_checker_format_duration ((gint64) (hours * ENGAGE_HOUR_SECONDS));
}

static void
check_length (EngageCheckRule     *check_rule,
              EngagePost    *post,
              EngageChannel *channel,
              GPtrArray     *findings_out)
{
  EngageChannelKind kind = channel != NULL ? engage_channel_get_kind (channel) : ENGAGE_CHANNEL_KIND_OTHER;
  guint limit = (guint) MAX (0, check_rule->max);
  guint length;

  if (limit == 0 && channel != NULL)
    limit = engage_channel_get_char_limit (channel);
  if (limit == 0)
    return;

  length = engage_text_count_characters (engage_post_get_body (post), kind);
  if (length > limit)
    _engage_checker_add_finding (findings_out, check_rule, post, 0,
                 /* Translators: a post's length, e.g. "312 of 280 characters" */
                 g_strdup_printf (ngettext ("%u of %u character", "%u of %u characters", limit),
                                  length, limit));
}

static void
check_hashtags (EngageCheckRule     *check_rule,
                EngagePost    *post,
                EngageChannel *channel,
                GPtrArray     *findings_out)
{
  guint limit = (guint) MAX (0, check_rule->max);
  guint count;

  if (limit == 0 && channel != NULL)
    limit = engage_channel_get_hashtag_limit (channel);
  if (limit == 0)
    return;

  count = engage_text_count_hashtags (engage_post_get_body (post));
  if (count > limit)
    _engage_checker_add_finding (findings_out, check_rule, post, 0,
                 /* Translators: e.g. "14 hashtags, at most 8" */
                 g_strdup_printf (ngettext ("%u hashtag, at most %u", "%u hashtags, at most %u", count),
                                  count, limit));
}

static void
check_terms (EngageCheckRule  *check_rule,
             EngagePost *post,
             gboolean    forbidden,
             GPtrArray  *findings_out)
{
  g_autofree char *folded = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autofree char *list = NULL;

  if (check_rule->terms[0] == NULL)
    return;

  folded = _engage_checker_fold (engage_post_get_body (post));
  found = g_ptr_array_new ();
  all = g_ptr_array_new ();
  for (guint i = 0; check_rule->terms[i] != NULL; i++)
    {
      g_ptr_array_add (all, check_rule->terms[i]);
      if (_engage_checker_contains_term (folded, check_rule->folded_terms[i]))
        g_ptr_array_add (found, check_rule->terms[i]);
    }

  if (forbidden && found->len > 0)
    {
      list = quote_list (found);
      /* Translators: %s is a list of quoted terms, e.g. contains “cheap”, “bargain” */
      _engage_checker_add_finding (findings_out, check_rule, post, 0, g_strdup_printf (_("contains %s"), list));
    }
  else if (!forbidden && found->len == 0)
    {
      list = quote_list (all);
      _engage_checker_add_finding (findings_out, check_rule, post, 0,
                   g_strdup_printf (all->len == 1 ? _("does not contain %s")
                                                  /* Translators: %s is a list of quoted terms */
                                                  : _("contains none of %s"),
                                    list));
    }
}

static void
check_approval (EngageCheckRule  *check_rule,
                EngagePost *post,
                GPtrArray  *findings_out)
{
  EngagePostStatus status = engage_post_get_status (post);
  const char *approved_by = engage_post_get_approved_by (post);
  gboolean has_by = approved_by != NULL && approved_by[0] != '\0';
  gboolean has_at = engage_post_get_approved_at (post) != NULL;

  if ((status != ENGAGE_POST_STATUS_SCHEDULED && status != ENGAGE_POST_STATUS_PUBLISHED) ||
      engage_post_get_imported (post) || (has_by && has_at))
    return;

  if (!has_by && !has_at)
    _engage_checker_add_finding (findings_out, check_rule, post, 0,
                 /* Translators: %s is a post status, e.g. "Scheduled" */
                 g_strdup_printf (_("%s without an approval"), engage_post_status_get_label (status)));
  else
    _engage_checker_add_finding (findings_out, check_rule, post, 0,
                 /* Translators: %s is a post status, e.g. "Scheduled" */
                 g_strdup_printf (_("%s, but the approval does not say who approved it and when"),
                                  engage_post_status_get_label (status)));
}

static void
check_personal_data (EngageCheckRule  *check_rule,
                     EngagePost *post,
                     GPtrArray  *findings_out)
{
  const char *body = engage_post_get_body (post);
  g_autoptr(GArray) matches = _engage_checker_find_personal_data (body);
  g_autoptr(GString) detail = NULL;

  if (matches->len == 0)
    return;

  detail = g_string_new (NULL);
  for (guint i = 0; i < matches->len; i++)
    {
      const EngagePersonalDataMatch *match = &g_array_index (matches, EngagePersonalDataMatch, i);
      g_autofree char *text = g_strndup (body + match->start, match->end - match->start);

      if (i > 0)
        g_string_append (detail, ", ");

      switch (match->kind)
        {
        case ENGAGE_PERSONAL_DATA_EMAIL:
          g_string_append_printf (detail, _("the e-mail address “%s”"), text);
          break;

        case ENGAGE_PERSONAL_DATA_PHONE:
          g_string_append_printf (detail, _("the phone number “%s”"), text);
          break;

        case ENGAGE_PERSONAL_DATA_IBAN:
        default:
          g_string_append_printf (detail, _("the IBAN “%s”"), text);
          break;
        }
    }

  /* Translators: %s lists what was found, e.g. the e-mail address “a@b.de” */
  _engage_checker_add_finding (findings_out, check_rule, post, 0, g_strdup_printf (_("contains %s"), detail->str));
}

static void
check_link (EngageCheckRule     *check_rule,
            EngagePost    *post,
            EngageChannel *channel,
            GPtrArray     *findings_out)
{
  const char *link = engage_post_get_link (post);
  EngageTextCount count;

  if (link != NULL && link[0] != '\0')
    return;

  engage_text_count (engage_post_get_body (post),
                     channel != NULL ? engage_channel_get_kind (channel) : ENGAGE_CHANNEL_KIND_OTHER,
                     &count);
  if (count.urls == 0)
    _engage_checker_add_finding (findings_out, check_rule, post, 0,
                 g_strdup (_("has no link in its text or link field")));
}

void
_engage_checker_check_one_post (EngageCheckRule *check_rule,
                                EngagePost      *post,
                                EngageChannel   *channel,
                                GPtrArray       *findings_out)
{
  const char *kind = check_rule->info->kind;

  if (g_str_equal (kind, "max-length"))
    check_length (check_rule, post, channel, findings_out);
  else if (g_str_equal (kind, "max-hashtags"))
    check_hashtags (check_rule, post, channel, findings_out);
  else if (g_str_equal (kind, "forbidden-terms"))
    check_terms (check_rule, post, TRUE, findings_out);
  else if (g_str_equal (kind, "required-term"))
    check_terms (check_rule, post, FALSE, findings_out);
  else if (g_str_equal (kind, "requires-approval"))
    check_approval (check_rule, post, findings_out);
  else if (g_str_equal (kind, "no-personal-data"))
    check_personal_data (check_rule, post, findings_out);
  else if (g_str_equal (kind, "link-required"))
    check_link (check_rule, post, channel, findings_out);
}


/* Callbacks */

static void
on_project_changed_cb (EngageChecker *self,
                       guint          tables,
                       EngageProject *project)
{
  if (tables & (ENGAGE_TABLE_RULE | ENGAGE_TABLE_CHANNEL | ENGAGE_TABLE_PILLAR))
    self->loaded = FALSE;
}

/* Vfuncs */

static void
engage_checker_constructed (GObject *object)
{
  EngageChecker *self = ENGAGE_CHECKER (object);

  G_OBJECT_CLASS (engage_checker_parent_class)->constructed (object);

  g_assert (ENGAGE_IS_PROJECT (self->project));

  g_signal_connect_object (self->project, "changed",
                           G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
engage_checker_dispose (GObject *object)
{
  EngageChecker *self = ENGAGE_CHECKER (object);

  g_clear_object (&self->project);
  if (self->rules != NULL)
    g_ptr_array_set_size (self->rules, 0);
  if (self->channels != NULL)
    g_hash_table_remove_all (self->channels);

  G_OBJECT_CLASS (engage_checker_parent_class)->dispose (object);
}

static void
engage_checker_finalize (GObject *object)
{
  EngageChecker *self = ENGAGE_CHECKER (object);

  g_clear_pointer (&self->rules, g_ptr_array_unref);
  g_clear_pointer (&self->channels, g_hash_table_unref);

  G_OBJECT_CLASS (engage_checker_parent_class)->finalize (object);
}

static void
engage_checker_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  EngageChecker *self = ENGAGE_CHECKER (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_checker_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  EngageChecker *self = ENGAGE_CHECKER (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_checker_class_init (EngageCheckerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = engage_checker_constructed;
  object_class->dispose = engage_checker_dispose;
  object_class->finalize = engage_checker_finalize;
  object_class->get_property = engage_checker_get_property;
  object_class->set_property = engage_checker_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         ENGAGE_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
engage_checker_init (EngageChecker *self)
{
  self->rules = g_ptr_array_new_with_free_func ((GDestroyNotify) check_rule_free);
  self->channels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

/* Public API */

/**
 * engage_checker_new:
 * @project: an open project
 *
 * Returns: (transfer full): a checker of @project's guideline rules
 */
EngageChecker *
engage_checker_new (EngageProject *project)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return g_object_new (ENGAGE_TYPE_CHECKER, "project", project, NULL);
}

/**
 * engage_checker_get_project:
 *
 * Returns: (transfer none): the project
 */
EngageProject *
engage_checker_get_project (EngageChecker *self)
{
  g_return_val_if_fail (ENGAGE_IS_CHECKER (self), NULL);

  return self->project;
}

/**
 * engage_checker_check_post:
 * @self: a checker
 * @post: a post, stored or not (the editor checks what is being typed)
 * @findings_out: (element-type EngageFinding): an array made by
 *   engage_findings_new(); the findings are appended
 *
 * Runs the enabled rules that apply to @post's channel and pillar. Besides the
 * rules about the post itself, the gap to the stored posts before and after it
 * on its channel is checked; the cadence and the response time are about the
 * plan and left to engage_checker_check_plan().
 *
 * Returns: the number of findings appended
 */
guint
engage_checker_check_post (EngageChecker *self,
                           EngagePost    *post,
                           GPtrArray     *findings_out)
{
  EngageChannel *channel;
  guint before;

  g_return_val_if_fail (ENGAGE_IS_CHECKER (self), 0);
  g_return_val_if_fail (ENGAGE_IS_POST (post), 0);
  g_return_val_if_fail (findings_out != NULL, 0);

  if (!engage_project_is_open (self->project))
    return 0;

  before = findings_out->len;
  _engage_checker_ensure_loaded (self);

  channel = _engage_checker_lookup_channel (self, engage_post_get_channel_id (post));

  for (guint i = 0; i < self->rules->len; i++)
    {
      EngageCheckRule *check_rule = g_ptr_array_index (self->rules, i);

      if (!_engage_checker_rule_applies (check_rule, post, channel))
        continue;

      if (g_str_equal (check_rule->info->kind, "min-gap"))
        _engage_checker_check_gap_for_post (self, check_rule, post, findings_out);
      else if (check_rule->info->scope == ENGAGE_RULE_SCOPE_POST)
        _engage_checker_check_one_post (check_rule, post, channel, findings_out);
    }

  return findings_out->len - before;
}
