/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-checker-findings"

#include "config.h"

#include "engage-checker.h"
#include "engage-checker-private.h"

#include <glib/gi18n.h>

/* EngageFinding, the checker's result: a value that names the post (or none,
 * for a finding about the plan), the rule and what was found. Arrays of them are
 * sorted in the order of the plan and written as JSON for `engage-cli check`. */

G_DEFINE_BOXED_TYPE (EngageFinding, engage_finding, engage_finding_ref, engage_finding_unref)

/* Findings */

static void
finding_clear (EngageFinding *finding)
{
  g_free (finding->post_uuid);
  g_free (finding->post_title);
  g_clear_pointer (&finding->post_time, g_date_time_unref);
  g_free (finding->rule_uuid);
  g_free (finding->rule_kind);
  g_free (finding->message);
  g_free (finding->detail);
}

/**
 * engage_finding_ref:
 * @finding: a finding
 *
 * Returns: (transfer full): @finding
 */
EngageFinding *
engage_finding_ref (EngageFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);

  return g_atomic_rc_box_acquire (finding);
}

/**
 * engage_finding_unref:
 * @finding: (transfer full): a finding
 */
void
engage_finding_unref (EngageFinding *finding)
{
  g_return_if_fail (finding != NULL);

  g_atomic_rc_box_release_full (finding, (GDestroyNotify) finding_clear);
}

/**
 * engage_finding_get_post_uuid:
 *
 * Returns: (nullable): the post's UUID; %NULL for a finding about the plan as a
 *   whole (cadence, response time) or a post not stored yet
 */
const char *
engage_finding_get_post_uuid (const EngageFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);
  return finding->post_uuid;
}

/**
 * engage_finding_get_post_id:
 *
 * Returns: the post's id, 0 for a plan-level finding or an unsaved post
 */
gint64
engage_finding_get_post_id (const EngageFinding *finding)
{
  g_return_val_if_fail (finding != NULL, 0);
  return finding->post_id;
}

/**
 * engage_finding_get_post_title:
 *
 * Returns: (nullable): the post's title when the check ran
 */
const char *
engage_finding_get_post_title (const EngageFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);
  return finding->post_title;
}

/**
 * engage_finding_get_post_time:
 *
 * Returns: (transfer none) (nullable): when the post is scheduled, in UTC
 */
GDateTime *
engage_finding_get_post_time (const EngageFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);
  return finding->post_time;
}

/**
 * engage_finding_get_channel_id:
 *
 * Returns: the channel of the post, or of a cadence finding; 0 otherwise
 */
gint64
engage_finding_get_channel_id (const EngageFinding *finding)
{
  g_return_val_if_fail (finding != NULL, 0);
  return finding->channel_id;
}

/**
 * engage_finding_get_rule_uuid:
 *
 * Returns: the rule's UUID
 */
const char *
engage_finding_get_rule_uuid (const EngageFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);
  return finding->rule_uuid;
}

/**
 * engage_finding_get_rule_id:
 *
 * Returns: the rule's id
 */
gint64
engage_finding_get_rule_id (const EngageFinding *finding)
{
  g_return_val_if_fail (finding != NULL, 0);
  return finding->rule_id;
}

/**
 * engage_finding_get_rule_kind:
 *
 * Returns: the rule's kind, e.g. "forbidden-terms"
 */
const char *
engage_finding_get_rule_kind (const EngageFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);
  return finding->rule_kind;
}

/**
 * engage_finding_get_severity:
 *
 * Returns: the rule's severity
 */
EngageSeverity
engage_finding_get_severity (const EngageFinding *finding)
{
  g_return_val_if_fail (finding != NULL, ENGAGE_SEVERITY_INFO);
  return finding->severity;
}

/**
 * engage_finding_get_message:
 *
 * Returns: the rule's message: what to do about it
 */
const char *
engage_finding_get_message (const EngageFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);
  return finding->message;
}

/**
 * engage_finding_get_detail:
 *
 * Returns: what exactly was found, e.g. "312 of 280 characters" or
 *   "contains “cheap”"
 */
const char *
engage_finding_get_detail (const EngageFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);
  return finding->detail;
}

/**
 * engage_finding_is_plan_level:
 *
 * Returns: whether the finding is about the plan rather than one post
 */
gboolean
engage_finding_is_plan_level (const EngageFinding *finding)
{
  g_return_val_if_fail (finding != NULL, FALSE);
  return finding->post_id == 0 && finding->post_uuid == NULL && finding->post_title == NULL;
}

/**
 * engage_finding_format:
 *
 * Returns: (transfer full): the message followed by the detail, for one line
 *   of text
 */
char *
engage_finding_format (const EngageFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);

  if (finding->detail == NULL || finding->detail[0] == '\0')
    return g_strdup (finding->message);

  /* Translators: a rule's message and what was found, e.g.
   * "Use fewer hashtags (14 hashtags, at most 8)" */
  return g_strdup_printf (_("%s (%s)"), finding->message, finding->detail);
}

/**
 * engage_findings_new:
 *
 * Returns: (transfer full) (element-type EngageFinding): an empty array that
 *   frees its findings, for engage_checker_check_post() and friends
 */
GPtrArray *
engage_findings_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) engage_finding_unref);
}

/**
 * engage_findings_get_max_severity:
 * @findings: (element-type EngageFinding): findings
 * @severity: (out) (optional): the highest severity among them
 *
 * Returns: %FALSE if @findings is empty
 */
gboolean
engage_findings_get_max_severity (GPtrArray      *findings,
                                  EngageSeverity *severity)
{
  EngageSeverity max = ENGAGE_SEVERITY_INFO;

  g_return_val_if_fail (findings != NULL, FALSE);

  for (guint i = 0; i < findings->len; i++)
    max = MAX (max, engage_finding_get_severity (g_ptr_array_index (findings, i)));

  if (severity != NULL)
    *severity = max;

  return findings->len > 0;
}

/**
 * engage_findings_count_severity:
 * @findings: (element-type EngageFinding): findings
 * @severity: a severity
 *
 * Returns: how many of @findings have @severity
 */
guint
engage_findings_count_severity (GPtrArray      *findings,
                                EngageSeverity  severity)
{
  guint n = 0;

  g_return_val_if_fail (findings != NULL, 0);

  for (guint i = 0; i < findings->len; i++)
    if (engage_finding_get_severity (g_ptr_array_index (findings, i)) == severity)
      n++;

  return n;
}

static void
add_optional_string (JsonBuilder *builder,
                     const char  *name,
                     const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/**
 * engage_findings_to_json:
 * @findings: (element-type EngageFinding): findings
 *
 * Builds `{"findings": [...], "counts": {...}}`. Each finding has `post` (the
 * post's UUID, or null for a plan-level finding), `post_id`, `post_title`,
 * `scheduled_at` (ISO 8601 in UTC, or null), `rule` (the rule's kind),
 * `rule_uuid`, `severity` ("info", "warning" or "error"), `message` (the rule's
 * message) and `detail` (what exactly was found).
 *
 * Returns: (transfer full): the JSON document
 */
JsonNode *
engage_findings_to_json (GPtrArray *findings)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (findings != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);

  for (guint i = 0; i < findings->len; i++)
    {
      EngageFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *time = NULL;

      if (finding->post_time != NULL)
        time = g_date_time_format (finding->post_time, "%Y-%m-%dT%H:%M:%SZ");

      json_builder_begin_object (builder);
      add_optional_string (builder, "post", finding->post_uuid);
      json_builder_set_member_name (builder, "post_id");
      if (finding->post_id > 0)
        json_builder_add_int_value (builder, finding->post_id);
      else
        json_builder_add_null_value (builder);
      add_optional_string (builder, "post_title", finding->post_title);
      add_optional_string (builder, "scheduled_at", time);
      add_optional_string (builder, "rule", finding->rule_kind);
      add_optional_string (builder, "rule_uuid", finding->rule_uuid);
      add_optional_string (builder, "severity", engage_severity_to_string (finding->severity));
      add_optional_string (builder, "message", finding->message);
      add_optional_string (builder, "detail", finding->detail);
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "counts");
  json_builder_begin_object (builder);
  for (EngageSeverity severity = ENGAGE_SEVERITY_INFO; severity <= ENGAGE_SEVERITY_ERROR; severity++)
    {
      json_builder_set_member_name (builder, engage_severity_to_string (severity));
      json_builder_add_int_value (builder, engage_findings_count_severity (findings, severity));
    }
  json_builder_end_object (builder);

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

void
_engage_checker_add_finding (GPtrArray       *findings_out,
                             EngageCheckRule *check_rule,
                             EngagePost      *post,
                             gint64           channel_id,
                             char            *detail)
{
  EngageFinding *finding = g_atomic_rc_box_new0 (EngageFinding);
  const char *message = engage_rule_get_message (check_rule->rule);

  if (message == NULL || message[0] == '\0')
    message = _(check_rule->info->default_message);

  if (post != NULL)
    {
      GDateTime *time = engage_post_get_scheduled_at (post);
      const char *uuid = engage_post_get_uuid (post);

      finding->post_uuid = (uuid != NULL && uuid[0] != '\0') ? g_strdup (uuid) : NULL;
      finding->post_id = engage_post_get_id (post);
      finding->post_title = g_strdup (engage_post_get_title (post));
      finding->post_time = time != NULL ? g_date_time_ref (time) : NULL;
      channel_id = engage_post_get_channel_id (post);
    }

  finding->channel_id = channel_id;
  finding->rule_uuid = g_strdup (engage_rule_get_uuid (check_rule->rule));
  finding->rule_id = engage_rule_get_id (check_rule->rule);
  finding->rule_kind = g_strdup (engage_rule_get_kind (check_rule->rule));
  finding->rule_position = engage_rule_get_position (check_rule->rule);
  finding->severity = engage_rule_get_severity (check_rule->rule);
  finding->message = g_strdup (message);
  finding->detail = detail;

  g_ptr_array_add (findings_out, finding);
}

static int
compare_findings (gconstpointer a,
                  gconstpointer b)
{
  const EngageFinding *fa = *(EngageFinding * const *) a;
  const EngageFinding *fb = *(EngageFinding * const *) b;
  gboolean plan_a = engage_finding_is_plan_level (fa);
  gboolean plan_b = engage_finding_is_plan_level (fb);

  if (plan_a != plan_b)
    return plan_a ? 1 : -1;

  if ((fa->post_time == NULL) != (fb->post_time == NULL))
    return fa->post_time == NULL ? 1 : -1;

  if (fa->post_time != NULL)
    {
      int order = g_date_time_compare (fa->post_time, fb->post_time);

      if (order != 0)
        return order;
    }

  if (fa->post_id != fb->post_id)
    return fa->post_id < fb->post_id ? -1 : 1;

  return (fa->rule_position > fb->rule_position) - (fa->rule_position < fb->rule_position);
}

/* Posts in the order of the plan, each one's findings in the order of the
 * rules, and the findings about the plan as a whole at the end. The sort is
 * stable, so findings of one rule keep the order in which they were found. */
void
_engage_checker_sort_findings (GPtrArray *findings)
{
  g_ptr_array_sort (findings, compare_findings);
}
