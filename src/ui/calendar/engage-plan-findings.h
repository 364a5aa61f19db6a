/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "engage-post.h"
#include "engage-project.h"
#include "engage-types.h"

G_BEGIN_DECLS

#define ENGAGE_TYPE_PLAN_FINDINGS (engage_plan_findings_get_type ())

G_DECLARE_FINAL_TYPE (EngagePlanFindings, engage_plan_findings, ENGAGE, PLAN_FINDINGS, GObject)

EngagePlanFindings *engage_plan_findings_new          (EngageProject      *project);
EngageProject      *engage_plan_findings_get_project  (EngagePlanFindings *self);
void                engage_plan_findings_set_range    (EngagePlanFindings *self,
                                                       GDateTime          *from,
                                                       GDateTime          *to);
gboolean            engage_plan_findings_lookup_post  (EngagePlanFindings *self,
                                                       EngagePost         *post,
                                                       EngageSeverity     *severity,
                                                       const char        **messages);
guint               engage_plan_findings_get_n_posts  (EngagePlanFindings *self);
void                engage_plan_findings_update_now   (EngagePlanFindings *self);
gboolean            engage_plan_findings_is_pending   (EngagePlanFindings *self);
void                engage_plan_findings_decorate_chip (EngagePlanFindings *self,
                                                       GtkWidget          *chip);

G_END_DECLS
