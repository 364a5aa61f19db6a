/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-calendar-page.h"

#include "calendar/engage-calendar-filter.h"
#include "calendar/engage-month-model.h"
#include "calendar/engage-plan-findings.h"
#include "calendar/engage-month-view.h"
#include "calendar/engage-week-view.h"

G_BEGIN_DECLS

struct _EngageCalendarPage
{
  AdwBin                parent_instance;

  /* Template widgets */
  GtkWidget            *nav_box;
  GtkLabel             *period_label;
  GtkWidget            *filter_reset_button;
  GtkLabel             *filter_label;
  GtkMenuButton        *filter_button;
  GtkPopover           *filter_popover;
  GtkSearchEntry       *search_entry;
  GtkBox               *channel_checks;
  GtkBox               *status_checks;
  GtkBox               *pillar_checks;
  GtkWidget            *mode_box;
  GtkMenuButton        *mode_menu_button;
  AdwFlap              *flap;
  GtkStack             *view_stack;
  EngageMonthView      *month_view;
  EngageWeekView       *week_view;
  AdwBin               *list_bin;
  GtkLabel             *plan_title;
  GtkDrawingArea       *mix_area;
  GtkLabel             *cadence_caption;
  GtkDrawingArea       *cadence_area;
  GtkLabel             *ideas_count_label;
  GtkStack             *ideas_stack;
  GtkBox               *ideas_box;
  GtkLabel             *ideas_empty_label;

  /* Owned */
  EngageProject        *project;
  EngageCalendarFilter *filter;
  GListModel           *posts;        /* the posts of the loaded range */
  GListModel           *ideas;        /* the posts without a date */
  GListModel           *channel_list;
  GListModel           *pillar_list;
  GHashTable           *channels;     /* gint64 id → EngageChannel */
  GHashTable           *pillars;      /* gint64 id → EngagePillar */
  EngageMonthModel     *model;        /* what the month or week view shows */
  EngagePlanFindings   *findings;     /* the guideline's findings, for the badges */

  /* State */
  char                 *mode;         /* "month", "week" or "list" */
  GDate                 anchor;       /* the selected day; its month or week is shown */
  GDate                 range_first;  /* the days whose posts are loaded */
  GDate                 range_last;
  GDateWeekday          first_weekday;
  guint                 midnight_id;
  guint                 n_range_posts;
  guint                 n_shown_posts;
  gboolean              show_sidebar;
  gboolean              syncing_checks;
};

/* engage-calendar-page.c */
gboolean         _engage_calendar_page_is_list      (EngageCalendarPage *self);
gboolean         _engage_calendar_page_is_week      (EngageCalendarPage *self);
EngageMonthView *_engage_calendar_page_get_grid     (EngageCalendarPage *self);
void             _engage_calendar_page_get_today    (EngageCalendarPage *self,
                                                     GDate              *today);
GDateTime       *_engage_calendar_page_dup_day_at   (EngageCalendarPage *self,
                                                     const GDate        *day,
                                                     int                 hour);
void             _engage_calendar_page_set_anchor   (EngageCalendarPage *self,
                                                     const GDate        *day);
void             _engage_calendar_page_show_undo_toast (EngageCalendarPage *self,
                                                     const char         *title);
void             _engage_calendar_page_show_error   (EngageCalendarPage *self,
                                                     const char         *heading,
                                                     const GError       *error);

/* engage-calendar-page-actions.c: the calendar.* actions and their keys */
void _engage_calendar_page_class_init_actions (GtkWidgetClass *widget_class);

/* engage-calendar-page-sidebar.c: the plan overview and the ideas */
void _engage_calendar_page_init_sidebar    (EngageCalendarPage *self);
void _engage_calendar_page_update_overview (EngageCalendarPage *self);
void _engage_calendar_page_update_ideas    (EngageCalendarPage *self);

/* engage-calendar-page-filter.c: the filter popover */
void _engage_calendar_page_init_filter     (EngageCalendarPage *self);
void _engage_calendar_page_update_checks   (EngageCalendarPage *self);
void _engage_calendar_page_update_filter_summary (EngageCalendarPage *self);

G_END_DECLS
