/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-project.h"
#include "calendar/engage-calendar-filter.h"
#include "calendar/engage-month-model.h"

G_BEGIN_DECLS

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
GtkWindow            *engage_calendar_page_show_subview     (EngageCalendarPage *self,
                                                             const char         *sub);

G_END_DECLS
