/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-engagement.h"
#include "engage-project.h"

G_BEGIN_DECLS

#define ENGAGE_TYPE_ENGAGEMENT_VIEW (engage_engagement_view_get_type ())

G_DECLARE_FINAL_TYPE (EngageEngagementView, engage_engagement_view, ENGAGE, ENGAGEMENT_VIEW, AdwBin)

GtkWidget            *engage_engagement_view_new            (EngageProject         *project);
EngageProject        *engage_engagement_view_get_project    (EngageEngagementView  *self);
EngageEngagementSpan  engage_engagement_view_get_span       (EngageEngagementView  *self);
void                  engage_engagement_view_set_span       (EngageEngagementView  *self,
                                                             EngageEngagementSpan   span);
EngageEngagementBasis engage_engagement_view_get_basis      (EngageEngagementView  *self);
void                  engage_engagement_view_set_basis      (EngageEngagementView  *self,
                                                             EngageEngagementBasis  basis);
gint64                engage_engagement_view_get_channel_id (EngageEngagementView  *self);
void                  engage_engagement_view_set_channel_id (EngageEngagementView  *self,
                                                             gint64                 channel_id);
const char           *engage_engagement_view_get_today      (EngageEngagementView  *self);
void                  engage_engagement_view_set_today      (EngageEngagementView  *self,
                                                             const char            *today);

char                 *engage_engagement_format_formula      (EngageEngagementBasis  basis);
char                 *engage_engagement_format_change       (double                 change);

G_END_DECLS
