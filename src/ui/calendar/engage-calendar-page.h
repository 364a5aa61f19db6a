/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-project.h"
#include "calendar/engage-calendar-filter.h"
#include "calendar/engage-month-model.h"

G_BEGIN_DECLS

/* How far ahead engage_calendar_group_by_day() callers usually look. */
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

GtkWidget            *engage_calendar_page_new              (EngageProject      *project);
EngageProject        *engage_calendar_page_get_project      (EngageCalendarPage *self);
EngageCalendarFilter *engage_calendar_page_get_filter       (EngageCalendarPage *self);
EngageMonthModel     *engage_calendar_page_get_model        (EngageCalendarPage *self);
const char           *engage_calendar_page_get_mode         (EngageCalendarPage *self);
void                  engage_calendar_page_set_mode         (EngageCalendarPage *self,
                                                             const char         *mode);
void                  engage_calendar_page_get_day          (EngageCalendarPage *self,
                                                             GDate              *day);
void                  engage_calendar_page_set_day          (EngageCalendarPage *self,
                                                             const GDate        *day);
gboolean              engage_calendar_page_get_show_sidebar (EngageCalendarPage *self);
void                  engage_calendar_page_set_show_sidebar (EngageCalendarPage *self,
                                                             gboolean            show_sidebar);

G_END_DECLS
