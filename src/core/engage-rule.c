/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-rule"

#include "config.h"

#include "engage-rule.h"
#include "engage-enums.h"
#include "engage-list-model.h"
#include "engage-project-private.h"

#include <json-glib/json-glib.h>
#include <glib/gi18n.h>

/* An executable rule of the guideline ("at most 3 hashtags on Instagram", "every
 * promotion says it is advertising" …). The kind names the check, the params are
 * its settings as a JSON object; the scope is a list of channel kinds (empty for
 * all channels) and optionally one pillar. The object is a value: edit it, then
 * hand it to engage_project_update_rule(). */

struct _EngageRule
{
  GObject         parent_instance;

  gint64          id;
  char           *uuid;
  char           *kind;
  char           *params;
  char           *channel_kinds;
  gint64          pillar_id;
  gint64          section_id;
  EngageSeverity  severity;
  char           *message;
  gboolean        enabled;
  int             position;
};

G_DEFINE_FINAL_TYPE (EngageRule, engage_rule, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_KIND,
  PROP_PARAMS,
  PROP_CHANNEL_KINDS,
  PROP_PILLAR_ID,
  PROP_SECTION_ID,
  PROP_SEVERITY,
  PROP_MESSAGE,
  PROP_ENABLED,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define SELECT_COLUMNS \
  "SELECT id, uuid, kind, params, channel_kinds, pillar_id, section_id, severity, message, " \
  "enabled, position FROM rule"

/* An #EngageRowFunc: the row as a new #EngageRule. */
static gpointer
rule_from_row (sqlite3_stmt *stmt)
{
  EngageRule *self = g_object_new (ENGAGE_TYPE_RULE, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->uuid = g_strdup (_engage_column_text (stmt, 1));
  g_free (self->kind);
  self->kind = g_strdup (_engage_column_text (stmt, 2));
  g_free (self->params);
  self->params = g_strdup (_engage_column_text (stmt, 3));
  g_free (self->channel_kinds);
  self->channel_kinds = g_strdup (_engage_column_text (stmt, 4));
  self->pillar_id = sqlite3_column_int64 (stmt, 5);
  self->section_id = sqlite3_column_int64 (stmt, 6);
  if (!engage_severity_from_string (_engage_column_text (stmt, 7), &self->severity))
    self->severity = ENGAGE_SEVERITY_WARNING;
  g_free (self->message);
  self->message = g_strdup (_engage_column_text (stmt, 8));
  self->enabled = sqlite3_column_int (stmt, 9) != 0;
  self->position = sqlite3_column_int (stmt, 10);

  return self;
}

static void
bind_rule (sqlite3_stmt *stmt,
           EngageRule   *self)
{
  sqlite3_bind_text (stmt, 1, self->uuid, -1, SQLITE_TRANSIENT);
  _engage_bind_text (stmt, 2, self->kind);
  _engage_bind_text (stmt, 3, self->params);
  _engage_bind_text (stmt, 4, self->channel_kinds);
  _engage_bind_optional_id (stmt, 5, self->pillar_id);
  _engage_bind_optional_id (stmt, 6, self->section_id);
  sqlite3_bind_text (stmt, 7, engage_severity_to_string (self->severity), -1, SQLITE_STATIC);
  _engage_bind_text (stmt, 8, self->message);
  sqlite3_bind_int (stmt, 9, self->enabled ? 1 : 0);
  sqlite3_bind_int (stmt, 10, self->position);
}

/* The checker reads params without asking again, so a rule is stored only with
 * a JSON object there and a scope made of channel kinds Engage knows. */
static gboolean
validate_rule (EngageRule  *self,
               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(GStrv) kinds = NULL;
  JsonNode *root;

  if (!json_parser_load_from_data (parser, self->params, -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                   _("The settings of the rule “%s” are not a JSON object."), self->kind);
      return FALSE;
    }

  kinds = g_strsplit (self->channel_kinds, ",", -1);
  for (guint i = 0; kinds[i] != NULL; i++)
    {
      EngageChannelKind kind;
      const char *nick = g_strstrip (kinds[i]);

      if (*nick != '\0' && !engage_channel_kind_from_string (nick, &kind))
        {
          g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                       _("The rule “%s” names “%s”, which is not a kind of channel."),
                       self->kind, nick);
          return FALSE;
        }
    }

  return TRUE;
}

static void
engage_rule_finalize (GObject *object)
{
  EngageRule *self = ENGAGE_RULE (object);

  g_free (self->uuid);
  g_free (self->kind);
  g_free (self->params);
  g_free (self->channel_kinds);
  g_free (self->message);

  G_OBJECT_CLASS (engage_rule_parent_class)->finalize (object);
}

static void
engage_rule_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  EngageRule *self = ENGAGE_RULE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_PARAMS:
      g_value_set_string (value, self->params);
      break;

    case PROP_CHANNEL_KINDS:
      g_value_set_string (value, self->channel_kinds);
      break;

    case PROP_PILLAR_ID:
      g_value_set_int64 (value, self->pillar_id);
      break;

    case PROP_SECTION_ID:
      g_value_set_int64 (value, self->section_id);
      break;

    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_rule_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  EngageRule *self = ENGAGE_RULE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      engage_rule_set_kind (self, g_value_get_string (value));
      break;

    case PROP_PARAMS:
      engage_rule_set_params (self, g_value_get_string (value));
      break;

    case PROP_CHANNEL_KINDS:
      engage_rule_set_channel_kinds (self, g_value_get_string (value));
      break;

    case PROP_PILLAR_ID:
      engage_rule_set_pillar_id (self, g_value_get_int64 (value));
      break;

    case PROP_SECTION_ID:
      engage_rule_set_section_id (self, g_value_get_int64 (value));
      break;

    case PROP_SEVERITY:
      engage_rule_set_severity (self, g_value_get_enum (value));
      break;

    case PROP_MESSAGE:
      engage_rule_set_message (self, g_value_get_string (value));
      break;

    case PROP_ENABLED:
      engage_rule_set_enabled (self, g_value_get_boolean (value));
      break;

    case PROP_POSITION:
      engage_rule_set_position (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_rule_class_init (EngageRuleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = engage_rule_finalize;
  object_class->get_property = engage_rule_get_property;
  object_class->set_property = engage_rule_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, ro);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, rw);
  properties[PROP_PARAMS] = g_param_spec_string ("params", NULL, NULL, "{}", rw);
  properties[PROP_CHANNEL_KINDS] = g_param_spec_string ("channel-kinds", NULL, NULL, NULL, rw);
  properties[PROP_PILLAR_ID] = g_param_spec_int64 ("pillar-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_SECTION_ID] = g_param_spec_int64 ("section-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_SEVERITY] = g_param_spec_enum ("severity", NULL, NULL, ENGAGE_TYPE_SEVERITY,
                                                 ENGAGE_SEVERITY_WARNING, rw);
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, rw);
  properties[PROP_ENABLED] = g_param_spec_boolean ("enabled", NULL, NULL, TRUE, rw);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, G_MININT, G_MAXINT, 0, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
engage_rule_init (EngageRule *self)
{
  self->kind = g_strdup ("");
  self->params = g_strdup ("{}");
  self->channel_kinds = g_strdup ("");
  self->severity = ENGAGE_SEVERITY_WARNING;
  self->message = g_strdup ("");
  self->enabled = TRUE;
}

/**
 * engage_rule_new:
 * @kind: (nullable): the check the rule runs, e.g. "max-hashtags"
 *
 * Returns: (transfer full): an enabled rule with empty settings, for all
 *   channels, not yet in any project
 */
EngageRule *
engage_rule_new (const char *kind)
{
  EngageRule *self = g_object_new (ENGAGE_TYPE_RULE, NULL);

  _engage_store_set_string (&self->kind, kind ? kind : "");

  return self;
}

/**
 * engage_rule_copy:
 *
 * Returns: (transfer full): an independent copy, e.g. to edit in a dialog
 */
EngageRule *
engage_rule_copy (EngageRule *self)
{
  EngageRule *copy;

  g_return_val_if_fail (ENGAGE_IS_RULE (self), NULL);

  copy = g_object_new (ENGAGE_TYPE_RULE, NULL);
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  _engage_store_set_string (&copy->kind, self->kind);
  _engage_store_set_string (&copy->params, self->params);
  _engage_store_set_string (&copy->channel_kinds, self->channel_kinds);
  copy->pillar_id = self->pillar_id;
  copy->section_id = self->section_id;
  copy->severity = self->severity;
  _engage_store_set_string (&copy->message, self->message);
  copy->enabled = self->enabled;
  copy->position = self->position;

  return copy;
}

/**
 * engage_rule_get_id:
 *
 * Returns: the row id, 0 while the rule is not in a project
 */
gint64
engage_rule_get_id (EngageRule *self)
{
  g_return_val_if_fail (ENGAGE_IS_RULE (self), 0);
  return self->id;
}

/**
 * engage_rule_get_uuid:
 *
 * Returns: (nullable): the stable identifier, %NULL until the rule is added
 */
const char *
engage_rule_get_uuid (EngageRule *self)
{
  g_return_val_if_fail (ENGAGE_IS_RULE (self), NULL);
  return self->uuid;
}

/**
 * engage_rule_get_kind:
 *
 * Returns: the check the rule runs, e.g. "max-hashtags"
 */
const char *
engage_rule_get_kind (EngageRule *self)
{
  g_return_val_if_fail (ENGAGE_IS_RULE (self), NULL);
  return self->kind;
}

/**
 * engage_rule_set_kind:
 * @kind: (nullable): the check's name; %NULL is the empty string
 */
void
engage_rule_set_kind (EngageRule *self,
                      const char *kind)
{
  g_return_if_fail (ENGAGE_IS_RULE (self));

  if (_engage_store_set_string (&self->kind, kind ? kind : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * engage_rule_get_params:
 *
 * Returns: the rule's settings as a JSON object, e.g. `{"max": 3}`
 */
const char *
engage_rule_get_params (EngageRule *self)
{
  g_return_val_if_fail (ENGAGE_IS_RULE (self), NULL);
  return self->params;
}

/**
 * engage_rule_set_params:
 * @params: the settings as a JSON object, `{}` for none
 *
 * Sets the settings. They are checked when the rule is stored: a text that is
 * not a JSON object is refused then.
 */
void
engage_rule_set_params (EngageRule *self,
                        const char *params)
{
  g_return_if_fail (ENGAGE_IS_RULE (self));
  g_return_if_fail (params != NULL);

  if (_engage_store_set_string (&self->params, params))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARAMS]);
}

/**
 * engage_rule_get_channel_kinds:
 *
 * Returns: the channel kinds the rule applies to as comma-separated nicks
 *   ("instagram,facebook"); empty for every channel
 */
const char *
engage_rule_get_channel_kinds (EngageRule *self)
{
  g_return_val_if_fail (ENGAGE_IS_RULE (self), NULL);
  return self->channel_kinds;
}

/**
 * engage_rule_set_channel_kinds:
 * @channel_kinds: (nullable): comma-separated channel kind nicks; %NULL or
 *   empty for every channel
 */
void
engage_rule_set_channel_kinds (EngageRule *self,
                               const char *channel_kinds)
{
  g_return_if_fail (ENGAGE_IS_RULE (self));

  if (_engage_store_set_string (&self->channel_kinds, channel_kinds ? channel_kinds : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANNEL_KINDS]);
}

/**
 * engage_rule_applies_to_channel_kind:
 * @kind: a channel's kind
 *
 * Returns: %TRUE if the rule's channel scope includes @kind (an empty scope
 *   includes every kind)
 */
gboolean
engage_rule_applies_to_channel_kind (EngageRule        *self,
                                     EngageChannelKind  kind)
{
  g_auto(GStrv) nicks = NULL;
  gboolean scoped = FALSE;

  g_return_val_if_fail (ENGAGE_IS_RULE (self), FALSE);

  nicks = g_strsplit (self->channel_kinds, ",", -1);
  for (guint i = 0; nicks[i] != NULL; i++)
    {
      EngageChannelKind listed;
      const char *nick = g_strstrip (nicks[i]);

      if (*nick == '\0')
        continue;

      scoped = TRUE;
      if (engage_channel_kind_from_string (nick, &listed) && listed == kind)
        return TRUE;
    }

  return !scoped;
}

/**
 * engage_rule_get_pillar_id:
 *
 * Returns: the pillar the rule is limited to, 0 for every pillar
 */
gint64
engage_rule_get_pillar_id (EngageRule *self)
{
  g_return_val_if_fail (ENGAGE_IS_RULE (self), 0);
  return self->pillar_id;
}

/**
 * engage_rule_set_pillar_id:
 * @pillar_id: a pillar's id, 0 for every pillar
 */
void
engage_rule_set_pillar_id (EngageRule *self,
                           gint64      pillar_id)
{
  g_return_if_fail (ENGAGE_IS_RULE (self));

  pillar_id = MAX (pillar_id, 0);
  if (self->pillar_id == pillar_id)
    return;
  self->pillar_id = pillar_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PILLAR_ID]);
}

/**
 * engage_rule_get_section_id:
 *
 * Returns: the guideline section that explains the rule, 0 for none
 */
gint64
engage_rule_get_section_id (EngageRule *self)
{
  g_return_val_if_fail (ENGAGE_IS_RULE (self), 0);
  return self->section_id;
}

/**
 * engage_rule_set_section_id:
 * @section_id: a guideline section's id, 0 for none
 */
void
engage_rule_set_section_id (EngageRule *self,
                            gint64      section_id)
{
  g_return_if_fail (ENGAGE_IS_RULE (self));

  section_id = MAX (section_id, 0);
  if (self->section_id == section_id)
    return;
  self->section_id = section_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION_ID]);
}

/**
 * engage_rule_get_severity:
 *
 * Returns: how serious breaking the rule is
 */
EngageSeverity
engage_rule_get_severity (EngageRule *self)
{
  g_return_val_if_fail (ENGAGE_IS_RULE (self), ENGAGE_SEVERITY_WARNING);
  return self->severity;
}

/**
 * engage_rule_set_severity:
 * @severity: how serious breaking the rule is
 */
void
engage_rule_set_severity (EngageRule     *self,
                          EngageSeverity  severity)
{
  g_return_if_fail (ENGAGE_IS_RULE (self));

  if (self->severity == severity)
    return;
  self->severity = severity;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEVERITY]);
}

/**
 * engage_rule_get_message:
 *
 * Returns: what the checker tells the author when a post breaks the rule
 */
const char *
engage_rule_get_message (EngageRule *self)
{
  g_return_val_if_fail (ENGAGE_IS_RULE (self), NULL);
  return self->message;
}

/**
 * engage_rule_set_message:
 * @message: (nullable): the message; %NULL is the empty string
 */
void
engage_rule_set_message (EngageRule *self,
                         const char *message)
{
  g_return_if_fail (ENGAGE_IS_RULE (self));

  if (_engage_store_set_string (&self->message, message ? message : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
}

/**
 * engage_rule_get_enabled:
 *
 * Returns: %TRUE if the checker runs the rule
 */
gboolean
engage_rule_get_enabled (EngageRule *self)
{
  g_return_val_if_fail (ENGAGE_IS_RULE (self), FALSE);
  return self->enabled;
}

/**
 * engage_rule_set_enabled:
 * @enabled: whether the checker runs the rule
 */
void
engage_rule_set_enabled (EngageRule *self,
                         gboolean    enabled)
{
  g_return_if_fail (ENGAGE_IS_RULE (self));

  enabled = !!enabled;
  if (self->enabled == enabled)
    return;
  self->enabled = enabled;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
}

/**
 * engage_rule_get_position:
 *
 * Returns: where the rule is listed in the guideline
 */
int
engage_rule_get_position (EngageRule *self)
{
  g_return_val_if_fail (ENGAGE_IS_RULE (self), 0);
  return self->position;
}

/**
 * engage_rule_set_position:
 * @position: where the rule is listed; lower comes first
 */
void
engage_rule_set_position (EngageRule *self,
                          int         position)
{
  g_return_if_fail (ENGAGE_IS_RULE (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

/* Storage */

/**
 * engage_project_add_rule:
 * @project: an open project
 * @rule: a new rule; its id and UUID are set on success
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success; %FALSE with %ENGAGE_PROJECT_ERROR_INVALID if the
 *   rule's settings are not a JSON object or its scope names an unknown kind
 *   of channel
 */
gboolean
engage_project_add_rule (EngageProject  *project,
                         EngageRule     *rule,
                         GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_RULE (rule), FALSE);
  g_return_val_if_fail (rule->id == 0, FALSE);

  if (!validate_rule (rule, error))
    return FALSE;

  stmt = _engage_store_begin (project,
                              "INSERT INTO rule (uuid, kind, params, channel_kinds, pillar_id, "
                              "section_id, severity, message, enabled, position) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                              error);
  if (stmt == NULL)
    return FALSE;

  if (rule->uuid == NULL)
    rule->uuid = _engage_project_new_uuid (project);

  bind_rule (stmt, rule);
  return _engage_store_finish_insert (project, stmt, &rule->id,
                                      _("Add Rule"), ENGAGE_TABLE_RULE, error);
}

/**
 * engage_project_update_rule:
 * @project: an open project
 * @rule: a rule of @project with changed fields
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success; %FALSE with %ENGAGE_PROJECT_ERROR_INVALID if the
 *   rule was deleted meanwhile or its settings or scope are refused as in
 *   engage_project_add_rule()
 */
gboolean
engage_project_update_rule (EngageProject  *project,
                            EngageRule     *rule,
                            GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_RULE (rule), FALSE);
  g_return_val_if_fail (rule->id > 0, FALSE);

  if (!validate_rule (rule, error))
    return FALSE;

  stmt = _engage_store_begin (project,
                              "UPDATE rule SET uuid = ?1, kind = ?2, params = ?3, "
                              "channel_kinds = ?4, pillar_id = ?5, section_id = ?6, "
                              "severity = ?7, message = ?8, "
                              "enabled = ?9, position = ?10 WHERE id = ?11",
                              error);
  if (stmt == NULL)
    return FALSE;

  bind_rule (stmt, rule);
  sqlite3_bind_int64 (stmt, 11, rule->id);
  return _engage_store_finish_update (project, stmt, _("Change Rule"), ENGAGE_TABLE_RULE,
                                      error, _("The rule “%s” no longer exists."), rule->kind);
}

/**
 * engage_project_delete_rule:
 * @project: an open project
 * @rule_id: the rule's id
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_delete_rule (EngageProject  *project,
                            gint64          rule_id,
                            GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);

  return _engage_store_delete_by_id (project, "DELETE FROM rule WHERE id = ?1", rule_id,
                                     _("Delete Rule"), ENGAGE_TABLE_RULE, error);
}

/**
 * engage_project_get_rule:
 * @project: an open project
 * @rule_id: the rule's id
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the rule, or %NULL if there is none
 *   with that id (without an error) or the query failed (with one)
 */
EngageRule *
engage_project_get_rule (EngageProject  *project,
                         gint64          rule_id,
                         GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return _engage_store_get_by_id (project, SELECT_COLUMNS " WHERE id = ?1", rule_id,
                                  rule_from_row, error);
}

static GPtrArray *
load_rules (EngageProject  *project,
            gpointer        user_data,
            GError        **error)
{
  return _engage_store_load_all (project, SELECT_COLUMNS " ORDER BY position, id",
                                 rule_from_row, error);
}

/**
 * engage_project_list_rules:
 * @project: an open project
 *
 * Returns: (transfer full): a live model of #EngageRule in the guideline's order
 */
GListModel *
engage_project_list_rules (EngageProject *project)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return G_LIST_MODEL (engage_list_model_new (project, ENGAGE_TYPE_RULE, ENGAGE_TABLE_RULE,
                                              load_rules, NULL, NULL));
}
