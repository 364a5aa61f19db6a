/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "engage-post.h"
#include "calendar/engage-calendar-filter.h"

G_BEGIN_DECLS

/* The most weeks a month grid needs: a 31-day month that starts on the last
 * day of a week spans six. */
#define ENGAGE_MONTH_MODEL_MAX_WEEKS 6
#define ENGAGE_MONTH_MODEL_MAX_CELLS (ENGAGE_MONTH_MODEL_MAX_WEEKS * 7)

/**
 * EngageCalendarCell:
 * @date: the day
 * @in_period: whether the day belongs to the month shown (always for a week)
 * @is_today: whether the day is today
 * @is_weekend: whether the day is a Saturday or Sunday
 * @holiday: (nullable): the name of the public holiday on the day
 * @posts: (element-type EngagePost): the day's posts by time, then title
 *
 * One day of a month or week grid.
 */
typedef struct
{
  GDate       date;
  gboolean    in_period;
  gboolean    is_today;
  gboolean    is_weekend;
  char       *holiday;
  GPtrArray  *posts;
} EngageCalendarCell;

/**
 * EngageMonthModel:
 *
 * The state of a month or week grid, computed without widgets: which days it
 * shows in which order, their ISO week numbers, and which posts fall on which
 * day in the project's time zone. Reference-counted, so that the page and the
 * view showing it can share one.
 */
typedef struct _EngageMonthModel EngageMonthModel;

GDateWeekday        engage_calendar_get_locale_first_weekday (void);

EngageMonthModel   *engage_month_model_new_month        (GDateYear            year,
                                                         GDateMonth           month,
                                                         GDateWeekday         first_weekday);
EngageMonthModel   *engage_month_model_new_week         (const GDate         *day,
                                                         GDateWeekday         first_weekday);
EngageMonthModel   *engage_month_model_ref              (EngageMonthModel    *self);
void                engage_month_model_unref            (EngageMonthModel    *self);

gboolean            engage_month_model_is_week          (EngageMonthModel    *self);
guint               engage_month_model_get_n_weeks      (EngageMonthModel    *self);
guint               engage_month_model_get_n_cells      (EngageMonthModel    *self);
EngageCalendarCell *engage_month_model_get_cell         (EngageMonthModel    *self,
                                                         guint                index);
int                 engage_month_model_find_cell        (EngageMonthModel    *self,
                                                         const GDate         *date);
guint               engage_month_model_get_week_number  (EngageMonthModel    *self,
                                                         guint                week);
void                engage_month_model_get_period       (EngageMonthModel    *self,
                                                         GDate               *first,
                                                         GDate               *last);
GDateTime          *engage_month_model_dup_start        (EngageMonthModel    *self,
                                                         GTimeZone           *tz);
GDateTime          *engage_month_model_dup_end          (EngageMonthModel    *self,
                                                         GTimeZone           *tz);

void                engage_month_model_set_today        (EngageMonthModel    *self,
                                                         const GDate         *today);
void                engage_month_model_set_holidays     (EngageMonthModel    *self,
                                                         GArray              *holidays);
guint               engage_month_model_set_posts        (EngageMonthModel    *self,
                                                         GListModel          *posts,
                                                         GTimeZone           *tz,
                                                         EngageCalendarFilter *filter);
guint               engage_month_model_count_posts      (EngageMonthModel    *self,
                                                         gint64               channel_id,
                                                         gint64               pillar_id,
                                                         int                  week);

guint               engage_calendar_cell_get_n_visible  (const EngageCalendarCell *cell,
                                                         guint                max_chips,
                                                         guint               *n_overflow);

char               *engage_month_model_format_title     (EngageMonthModel    *self);

GDateTime          *engage_calendar_compute_move        (GDateTime           *scheduled_at,
                                                         const GDate         *day,
                                                         GTimeZone           *tz);
gboolean            engage_calendar_move_post_to_day    (EngageProject       *project,
                                                         EngagePost          *post,
                                                         const GDate         *day,
                                                         GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EngageMonthModel, engage_month_model_unref)

G_END_DECLS
