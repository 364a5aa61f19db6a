/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-project.h"

G_BEGIN_DECLS

/* How far ahead the page looks. */
#define ENGAGE_CALENDAR_PAGE_DAYS 14

/**
 * EngageCalendarDay:
 * @day: midnight of the day in the project's time zone
 * @posts: (element-type EngagePost): the day's posts by time
 *
 * The posts of one day, as the page shows them.
 */
typedef struct
{
  GDateTime *day;
  GPtrArray *posts;
} EngageCalendarDay;

void       engage_calendar_day_free         (EngageCalendarDay *day);

GPtrArray *engage_calendar_group_by_day     (GListModel        *posts,
                                             GTimeZone         *tz);
char      *engage_calendar_format_summary   (guint              n_posts,
                                             guint              n_ideas);
char      *engage_calendar_format_day       (GDateTime         *day,
                                             GDateTime         *today);

#define ENGAGE_TYPE_CALENDAR_PAGE (engage_calendar_page_get_type ())

G_DECLARE_FINAL_TYPE (EngageCalendarPage, engage_calendar_page, ENGAGE, CALENDAR_PAGE, AdwBin)

GtkWidget     *engage_calendar_page_new         (EngageProject      *project);
EngageProject *engage_calendar_page_get_project (EngageCalendarPage *self);

G_END_DECLS
