/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-checker.h"
#include "engage-channel.h"
#include "engage-rule.h"
#include "engage-rule-kinds.h"

G_BEGIN_DECLS

/**
 * EngagePersonalDataKind:
 *
 * What the no-personal-data rule found in a text.
 */
typedef enum
{
  ENGAGE_PERSONAL_DATA_EMAIL,
  ENGAGE_PERSONAL_DATA_PHONE,
  ENGAGE_PERSONAL_DATA_IBAN,
} EngagePersonalDataKind;

typedef struct
{
  EngagePersonalDataKind kind;
  gsize                  start;   /* byte offsets into the text */
  gsize                  end;
} EngagePersonalDataMatch;

#define ENGAGE_HOUR_SECONDS 3600

struct _EngageFinding
{
  char           *post_uuid;
  gint64          post_id;
  char           *post_title;
  GDateTime      *post_time;
  gint64          channel_id;
  char           *rule_uuid;
  gint64          rule_id;
  char           *rule_kind;
  int             rule_position;
  EngageSeverity  severity;
  char           *message;
  char           *detail;
};


/* A rule with its parameters read once. */
typedef struct
{
  EngageRule           *rule;
  const EngageRuleKind *info;
  GStrv                 terms;
  GStrv                 folded_terms;
  double                max;
  double                min;
  double                hours;
} EngageCheckRule;

struct _EngageChecker
{
  GObject        parent_instance;

  /* Owned */
  EngageProject *project;
  GPtrArray     *rules;      /* EngageCheckRule*, enabled rules of known kinds */
  GHashTable    *channels;   /* channel id → EngageChannel */

  /* State */
  gboolean       loaded;
};

/* Shared by the checks of one post (engage-checker.c) and of the plan
 * (engage-checker-plan.c). */
void           _engage_checker_ensure_loaded    (EngageChecker   *self);
EngageChannel *_engage_checker_lookup_channel   (EngageChecker   *self,
                                                 gint64           channel_id);
gboolean       _engage_checker_rule_applies     (EngageCheckRule *check_rule,
                                                 EngagePost      *post,
                                                 EngageChannel   *channel);
gboolean       _engage_checker_is_planned       (EngagePost      *post);
void           _engage_checker_add_finding      (GPtrArray       *findings_out,
                                                 EngageCheckRule *check_rule,
                                                 EngagePost      *post,
                                                 gint64           channel_id,
                                                 char            *detail);
void           _engage_checker_check_one_post   (EngageCheckRule *check_rule,
                                                 EngagePost      *post,
                                                 EngageChannel   *channel,
                                                 GPtrArray       *findings_out);
void           _engage_checker_check_gap_for_post (EngageChecker *self,
                                                   EngageCheckRule *check_rule,
                                                   EngagePost    *post,
                                                   GPtrArray     *findings_out);
void           _engage_checker_sort_findings    (GPtrArray       *findings);
char          *_engage_checker_format_duration  (gint64           seconds);
char          *_engage_checker_format_hours     (double           hours);

/* Text matching of the checker (engage-checker-text.c). */
char     *_engage_checker_fold               (const char  *text);
gboolean  _engage_checker_contains_term      (const char  *folded_text,
                                              const char  *folded_term);
GArray   *_engage_checker_find_personal_data (const char  *text);
gboolean  _engage_checker_iban_is_valid      (const char  *iban);

G_END_DECLS
