/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "engage-post.h"

G_BEGIN_DECLS

/**
 * EngageFinding:
 *
 * One place where a post (or the plan as a whole) breaks a guideline rule: an
 * immutable, reference-counted value.
 */
typedef struct _EngageFinding EngageFinding;

#define ENGAGE_TYPE_FINDING (engage_finding_get_type ())

GType           engage_finding_get_type         (void) G_GNUC_CONST;
EngageFinding  *engage_finding_ref              (EngageFinding *finding);
void            engage_finding_unref            (EngageFinding *finding);

const char     *engage_finding_get_post_uuid    (const EngageFinding *finding);
gint64          engage_finding_get_post_id      (const EngageFinding *finding);
const char     *engage_finding_get_post_title   (const EngageFinding *finding);
GDateTime      *engage_finding_get_post_time    (const EngageFinding *finding);
gint64          engage_finding_get_channel_id   (const EngageFinding *finding);
const char     *engage_finding_get_rule_uuid    (const EngageFinding *finding);
gint64          engage_finding_get_rule_id      (const EngageFinding *finding);
const char     *engage_finding_get_rule_kind    (const EngageFinding *finding);
EngageSeverity  engage_finding_get_severity     (const EngageFinding *finding);
const char     *engage_finding_get_message      (const EngageFinding *finding);
const char     *engage_finding_get_detail       (const EngageFinding *finding);
gboolean        engage_finding_is_plan_level    (const EngageFinding *finding);
char           *engage_finding_format           (const EngageFinding *finding);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EngageFinding, engage_finding_unref)

GPtrArray      *engage_findings_new             (void);
gboolean        engage_findings_get_max_severity (GPtrArray     *findings,
                                                  EngageSeverity *severity);
guint           engage_findings_count_severity  (GPtrArray     *findings,
                                                 EngageSeverity severity);
JsonNode       *engage_findings_to_json         (GPtrArray     *findings);

/**
 * EngageChecker:
 *
 * Runs a project's enabled guideline rules on one post or on the whole plan.
 * It follows the project's edits of rules, channels, pillars and KPIs.
 */
#define ENGAGE_TYPE_CHECKER (engage_checker_get_type ())

G_DECLARE_FINAL_TYPE (EngageChecker, engage_checker, ENGAGE, CHECKER, GObject)

EngageChecker  *engage_checker_new              (EngageProject *project);
EngageProject  *engage_checker_get_project      (EngageChecker *self);
guint           engage_checker_check_post       (EngageChecker *self,
                                                 EngagePost    *post,
                                                 GPtrArray     *findings_out);
gboolean        engage_checker_check_plan       (EngageChecker *self,
                                                 GDateTime     *from,
                                                 GDateTime     *to,
                                                 GPtrArray     *findings_out,
                                                 GError       **error);

G_END_DECLS
