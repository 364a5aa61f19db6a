/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-post.h"

G_BEGIN_DECLS

/**
 * EngageSeriesScope:
 * @ENGAGE_SERIES_SCOPE_THIS: only the post that was edited
 * @ENGAGE_SERIES_SCOPE_THIS_AND_FOLLOWING: the post and the posts of its series
 *   at or after its time
 *
 * What an edit of a recurring post applies to, as the editor asks.
 */
typedef enum
{
  ENGAGE_SERIES_SCOPE_THIS,
  ENGAGE_SERIES_SCOPE_THIS_AND_FOLLOWING,
} EngageSeriesScope;

/* A series that would make more posts than this is refused: a rule without an
 * end, or a typing slip like "every day for 50 years". */
#define ENGAGE_RECURRENCE_MAX_POSTS 500

/* The bit of a GDateWeekday in the weekday masks below. */
#define ENGAGE_WEEKDAY_BIT(weekday) (1u << (weekday))

char       *engage_recurrence_build_weekly    (guint              weekdays,
                                               const GDate       *until,
                                               GTimeZone         *tz);
char       *engage_recurrence_build_monthly   (int                position,
                                               GDateWeekday       weekday,
                                               guint              count);
gboolean    engage_recurrence_validate        (const char        *rule,
                                               GError           **error);
GPtrArray  *engage_recurrence_expand          (const char        *rule,
                                               GDateTime         *start,
                                               GTimeZone         *tz,
                                               GError           **error);

gboolean    engage_project_add_post_series    (EngageProject     *project,
                                               EngagePost        *template_post,
                                               const char        *rule,
                                               GPtrArray        **posts,
                                               GError           **error);
GListModel *engage_project_list_series_posts  (EngageProject     *project,
                                               const char        *series_id);
gboolean    engage_project_update_post_series (EngageProject     *project,
                                               EngagePost        *post,
                                               EngageSeriesScope  scope,
                                               GError           **error);

G_END_DECLS
