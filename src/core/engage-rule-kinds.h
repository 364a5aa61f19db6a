/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-rule.h"

G_BEGIN_DECLS

/**
 * EngageRuleParamType:
 * @ENGAGE_RULE_PARAM_COUNT: a whole number (characters, hashtags, posts)
 * @ENGAGE_RULE_PARAM_HOURS: a number of hours
 * @ENGAGE_RULE_PARAM_TERMS: a list of words or phrases
 *
 * What a rule's parameter holds; the rule dialog picks its editor by this.
 */
typedef enum
{
  ENGAGE_RULE_PARAM_COUNT,
  ENGAGE_RULE_PARAM_HOURS,
  ENGAGE_RULE_PARAM_TERMS,
} EngageRuleParamType;

/**
 * EngageRuleScope:
 * @ENGAGE_RULE_SCOPE_POST: looks at one post at a time
 * @ENGAGE_RULE_SCOPE_PLAN: looks at several posts together (gaps, cadence)
 * @ENGAGE_RULE_SCOPE_TARGET: documents a target that a KPI measures
 *
 * Where a kind of rule looks.
 */
typedef enum
{
  ENGAGE_RULE_SCOPE_POST,
  ENGAGE_RULE_SCOPE_PLAN,
  ENGAGE_RULE_SCOPE_TARGET,
} EngageRuleScope;

/**
 * EngageRuleParam:
 * @name: the key in the rule's JSON params
 * @type: what it holds
 * @label: (translatable) a label for the rule dialog
 * @hint: (translatable) (nullable): what a value of 0 or an empty list means
 * @default_value: the value of a new rule (counts and hours)
 * @min: the smallest allowed value (counts and hours)
 * @max: the largest allowed value (counts and hours)
 *
 * One parameter of a rule kind. Counts of 0 mean "not set" where @hint says so.
 */
typedef struct
{
  const char          *name;
  EngageRuleParamType  type;
  const char          *label;
  const char          *hint;
  double               default_value;
  double               min;
  double               max;
} EngageRuleParam;

/**
 * EngageRuleKind:
 * @kind: the kind as stored, e.g. "max-hashtags"
 * @label: (translatable) a short name, e.g. "Hashtag limit"
 * @description: (translatable) one or two sentences on what the rule checks
 * @default_message: (translatable) the message of a new rule of this kind
 * @scope: where the rule looks
 * @default_severity: the severity of a new rule of this kind
 * @uses_pillar: whether the rule is usually limited to one content pillar
 * @params: (array length=n_params): the parameters
 * @n_params: the number of parameters
 *
 * A kind of executable guideline rule. The table is static; labels are
 * translated by the getters, not here.
 */
typedef struct
{
  const char            *kind;
  const char            *label;
  const char            *description;
  const char            *default_message;
  EngageRuleScope        scope;
  EngageSeverity         default_severity;
  gboolean               uses_pillar;
  const EngageRuleParam *params;
  guint                  n_params;
} EngageRuleKind;

const EngageRuleKind *engage_rule_kinds_get             (guint              *n_kinds);
const EngageRuleKind *engage_rule_kind_lookup           (const char         *kind);
const char           *engage_rule_kind_get_label        (const char         *kind);
const char           *engage_rule_kind_get_description  (const char         *kind);
char                 *engage_rule_kind_dup_default_params (const char       *kind);
EngageRule           *engage_rule_kind_new_rule         (const char         *kind);

double                engage_rule_get_param_number      (EngageRule         *rule,
                                                         const char         *name,
                                                         double              fallback);
GStrv                 engage_rule_dup_param_terms       (EngageRule         *rule,
                                                         const char         *name);
char                 *engage_rule_dup_summary           (EngageRule         *rule);
char                 *engage_rule_dup_scope_label       (EngageRule         *rule,
                                                         EngageProject      *project);

G_END_DECLS
