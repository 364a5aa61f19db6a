/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-calendar-filter.h"
#include "engage-plan-findings.h"
#include "engage-project.h"

G_BEGIN_DECLS

#define ENGAGE_TYPE_POST_LIST (engage_post_list_get_type ())

G_DECLARE_FINAL_TYPE (EngagePostList, engage_post_list, ENGAGE, POST_LIST, AdwBin)

GtkWidget            *engage_post_list_new        (EngageProject        *project,
                                                   EngageCalendarFilter *filter);
EngageProject        *engage_post_list_get_project (EngagePostList      *self);
EngageCalendarFilter *engage_post_list_get_filter (EngagePostList       *self);
GListModel           *engage_post_list_get_model  (EngagePostList       *self);
gboolean              engage_post_list_sort_by    (EngagePostList       *self,
                                                   const char           *column,
                                                   GtkSortType           order);
void                  engage_post_list_set_findings (EngagePostList     *self,
                                                   EngagePlanFindings   *findings);

G_END_DECLS
