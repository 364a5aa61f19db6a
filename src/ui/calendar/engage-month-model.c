/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-month-model"

#include "config.h"

#include "engage-month-model.h"

#include <langinfo.h>
#include <string.h>

#include "engage-holidays.h"

#include <glib/gi18n.h>

/*
 * The month and week views draw what this computes, so that the rules (which
 * day a post at 23:30 belongs to, where a month grid starts, which week number a
 * row gets, how many chips fit) can be tested without a display, and so that a
 * month of a large project is laid out in well under a frame.
 *
 * Posts are placed by comparing their Unix time against the local midnights
 * that bound the cells, found once per grid with the project's time zone: no
 * date conversion per post, and days of 23 or 25 hours come out right.
 */

struct _EngageMonthModel
{
  gboolean           is_week;
  GDateYear          year;
  GDateMonth         month;
  guint              n_weeks;
  guint              n_cells;
  EngageCalendarCell cells[ENGAGE_MONTH_MODEL_MAX_CELLS];
  guint              week_numbers[ENGAGE_MONTH_MODEL_MAX_WEEKS];
};

/* GDateWeekday counts Monday as 1; this counts days after @first_weekday. */
static guint
weekday_offset (GDateWeekday weekday,
                GDateWeekday first_weekday)
{
  return ((guint) weekday + 7 - (guint) first_weekday) % 7;
}

static void
init_cells (EngageMonthModel *self,
            const GDate      *first_day,
            guint             n_weeks)
{
  self->n_weeks = n_weeks;
  self->n_cells = n_weeks * 7;

  for (guint i = 0; i < self->n_cells; i++)
    {
      EngageCalendarCell *cell = &self->cells[i];
      GDateWeekday weekday;

      cell->date = *first_day;
      g_date_add_days (&cell->date, i);
      weekday = g_date_get_weekday (&cell->date);
      cell->is_weekend = weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY;
      cell->in_period = self->is_week
                        || (g_date_get_month (&cell->date) == self->month
                            && g_date_get_year (&cell->date) == self->year);
      cell->posts = g_ptr_array_new_with_free_func (g_object_unref);
    }

  /* A row gets the ISO week of its Thursday: ISO weeks are named after the
   * year their Thursday falls in, and whatever the first weekday, the week
   * that holds a row's Thursday covers most of the row. */
  for (guint week = 0; week < n_weeks; week++)
    for (guint day = 0; day < 7; day++)
      {
        const GDate *date = &self->cells[week * 7 + day].date;

        if (g_date_get_weekday (date) == G_DATE_THURSDAY)
          self->week_numbers[week] = g_date_get_iso8601_week_of_year (date);
      }
}

static int
compare_posts (gconstpointer a,
               gconstpointer b)
{
  EngagePost *post_a = *(EngagePost **) a;
  EngagePost *post_b = *(EngagePost **) b;
  int cmp;

  cmp = g_date_time_compare (engage_post_get_scheduled_at (post_a),
                             engage_post_get_scheduled_at (post_b));
  if (cmp != 0)
    return cmp;

  cmp = g_utf8_collate (engage_post_get_title (post_a), engage_post_get_title (post_b));
  if (cmp != 0)
    return cmp;

  return (engage_post_get_id (post_a) > engage_post_get_id (post_b))
         - (engage_post_get_id (post_a) < engage_post_get_id (post_b));
}

static gint64
local_midnight (const GDate *date,
                GTimeZone   *tz)
{
  g_autoptr(GDateTime) midnight = NULL;

  midnight = g_date_time_new (tz,
                              g_date_get_year (date),
                              g_date_get_month (date),
                              g_date_get_day (date),
                              0, 0, 0);

  return g_date_time_to_unix (midnight);
}

/* The cell whose [midnight, next midnight) holds @time, or -1. */
static int
find_cell_by_time (const gint64 *bounds,
                   guint         n_cells,
                   gint64        time)
{
  guint low = 0;
  guint high = n_cells;

  if (time < bounds[0] || time >= bounds[n_cells])
    return -1;

  while (high - low > 1)
    {
      guint mid = (low + high) / 2;

      if (time < bounds[mid])
        high = mid;
      else
        low = mid;
    }

  return low;
}

/**
 * engage_calendar_get_locale_first_weekday:
 *
 * Finds the first day of the week in the user's locale (LC_TIME) the way GNOME
 * Calendar does: glibc gives the first weekday counted from the day that
 * `_NL_TIME_WEEK_1STDAY` names, a Sunday or a Monday.
 *
 * Returns: the first weekday, e.g. %G_DATE_MONDAY in German
 */
GDateWeekday
engage_calendar_get_locale_first_weekday (void)
{
#if defined(__GLIBC__) && defined(_NL_TIME_FIRST_WEEKDAY) && defined(_NL_TIME_WEEK_1STDAY)
  union { unsigned int word; char *string; } langinfo;
  int week_1stday = 0;
  int first_weekday;
  unsigned int week_origin;

  langinfo.string = nl_langinfo (_NL_TIME_FIRST_WEEKDAY);
  first_weekday = langinfo.string[0];
  langinfo.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  week_origin = langinfo.word;

  if (week_origin == 19971130)       /* a Sunday */
    week_1stday = 0;
  else if (week_origin == 19971201)  /* a Monday */
    week_1stday = 1;
  else
    g_debug ("Unknown _NL_TIME_WEEK_1STDAY %u; weeks start on Monday", week_origin);

  if (first_weekday >= 1 && first_weekday <= 7 && (week_origin == 19971130 || week_origin == 19971201))
    {
      /* 0 is Sunday here, 7 in GDateWeekday */
      int day = (week_1stday + first_weekday - 1) % 7;

      return day == 0 ? G_DATE_SUNDAY : (GDateWeekday) day;
    }
#endif

  /* ISO 8601, and most of Europe */
  return G_DATE_MONDAY;
}

/**
 * engage_month_model_new_month:
 * @year: the year
 * @month: the month
 * @first_weekday: the weekday in the first column
 *
 * Lays out a month as full weeks: from the week that holds the 1st to the week
 * that holds the last day, five or six rows (four for a February that starts
 * on @first_weekday).
 *
 * Returns: (transfer full): a new model without posts
 */
EngageMonthModel *
engage_month_model_new_month (GDateYear    year,
                              GDateMonth   month,
                              GDateWeekday first_weekday)
{
  EngageMonthModel *self;
  GDate first;
  guint lead;
  guint n_days;

  g_return_val_if_fail (g_date_valid_dmy (1, month, year), NULL);
  g_return_val_if_fail (g_date_valid_weekday (first_weekday), NULL);

  self = g_rc_box_new0 (EngageMonthModel);
  self->year = year;
  self->month = month;

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, month, year);
  lead = weekday_offset (g_date_get_weekday (&first), first_weekday);
  n_days = g_date_get_days_in_month (month, year);
  g_date_subtract_days (&first, lead);

  init_cells (self, &first, (lead + n_days + 6) / 7);

  return self;
}

/**
 * engage_month_model_new_week:
 * @day: any day of the week
 * @first_weekday: the weekday in the first column
 *
 * Returns: (transfer full): a new model of the seven days around @day
 */
EngageMonthModel *
engage_month_model_new_week (const GDate  *day,
                             GDateWeekday  first_weekday)
{
  EngageMonthModel *self;
  GDate first;

  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);
  g_return_val_if_fail (g_date_valid_weekday (first_weekday), NULL);

  self = g_rc_box_new0 (EngageMonthModel);
  self->is_week = TRUE;
  self->year = g_date_get_year (day);
  self->month = g_date_get_month (day);

  first = *day;
  g_date_subtract_days (&first, weekday_offset (g_date_get_weekday (day), first_weekday));
  init_cells (self, &first, 1);

  return self;
}

static void
clear_model (gpointer data)
{
  EngageMonthModel *self = data;

  for (guint i = 0; i < self->n_cells; i++)
    {
      g_clear_pointer (&self->cells[i].posts, g_ptr_array_unref);
      g_clear_pointer (&self->cells[i].holiday, g_free);
    }
}

/**
 * engage_month_model_ref:
 * @self: a model
 *
 * Returns: (transfer full): @self
 */
EngageMonthModel *
engage_month_model_ref (EngageMonthModel *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_rc_box_acquire (self);
}

/**
 * engage_month_model_unref:
 * @self: (nullable): a model
 *
 * Drops a reference; the last one frees @self and its references to posts.
 */
void
engage_month_model_unref (EngageMonthModel *self)
{
  if (self == NULL)
    return;

  g_rc_box_release_full (self, clear_model);
}

/**
 * engage_month_model_is_week:
 * @self: a model
 *
 * Returns: whether @self shows one week rather than a month
 */
gboolean
engage_month_model_is_week (EngageMonthModel *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->is_week;
}

/**
 * engage_month_model_get_n_weeks:
 * @self: a model
 *
 * Returns: the number of rows, 1 for a week and 4 to 6 for a month
 */
guint
engage_month_model_get_n_weeks (EngageMonthModel *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_weeks;
}

/**
 * engage_month_model_get_n_cells:
 * @self: a model
 *
 * Returns: the number of days in the grid, seven per row
 */
guint
engage_month_model_get_n_cells (EngageMonthModel *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_cells;
}

/**
 * engage_month_model_get_cell:
 * @self: a model
 * @index: the day's position, row by row from the top left
 *
 * Returns: (transfer none): the day at @index
 */
EngageCalendarCell *
engage_month_model_get_cell (EngageMonthModel *self,
                             guint             index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_cells, NULL);

  return &self->cells[index];
}

/**
 * engage_month_model_find_cell:
 * @self: a model
 * @date: a day
 *
 * Returns: the position of @date in the grid, or -1 if the grid does not show it
 */
int
engage_month_model_find_cell (EngageMonthModel *self,
                              const GDate      *date)
{
  int days;

  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (date != NULL && g_date_valid (date), -1);

  days = g_date_days_between (&self->cells[0].date, date);
  if (days < 0 || (guint) days >= self->n_cells)
    return -1;

  return days;
}

/**
 * engage_month_model_get_week_number:
 * @self: a model
 * @week: a row
 *
 * Returns: the ISO 8601 week number of the row (1 to 53)
 */
guint
engage_month_model_get_week_number (EngageMonthModel *self,
                                    guint             week)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (week < self->n_weeks, 0);

  return self->week_numbers[week];
}

/**
 * engage_month_model_get_period:
 * @self: a model
 * @first: (out caller-allocates): the first day of the month or week
 * @last: (out caller-allocates): its last day
 *
 * Gets the days the grid is about, without the neighbouring months' days that
 * fill a month's first and last row.
 */
void
engage_month_model_get_period (EngageMonthModel *self,
                               GDate            *first,
                               GDate            *last)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (first != NULL && last != NULL);

  if (self->is_week)
    {
      *first = self->cells[0].date;
      *last = self->cells[6].date;
      return;
    }

  g_date_clear (first, 1);
  g_date_set_dmy (first, 1, self->month, self->year);
  g_date_clear (last, 1);
  g_date_set_dmy (last, g_date_get_days_in_month (self->month, self->year), self->month, self->year);
}

/**
 * engage_month_model_dup_start:
 * @self: a model
 * @tz: the project's time zone
 *
 * Returns: (transfer full): midnight at the start of the grid's first day in @tz
 */
GDateTime *
engage_month_model_dup_start (EngageMonthModel *self,
                              GTimeZone        *tz)
{
  const GDate *date;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (tz != NULL, NULL);

  date = &self->cells[0].date;
  return g_date_time_new (tz, g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date), 0, 0, 0);
}

/**
 * engage_month_model_dup_end:
 * @self: a model
 * @tz: the project's time zone
 *
 * Returns: (transfer full): midnight after the grid's last day in @tz, the end
 *   (excluded) of the range to ask core for
 */
GDateTime *
engage_month_model_dup_end (EngageMonthModel *self,
                            GTimeZone        *tz)
{
  GDate date;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (tz != NULL, NULL);

  date = self->cells[self->n_cells - 1].date;
  g_date_add_days (&date, 1);
  return g_date_time_new (tz, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), 0, 0, 0);
}

/**
 * engage_month_model_set_today:
 * @self: a model
 * @today: (nullable): today in the project's time zone
 *
 * Marks the cell of @today, if the grid shows it.
 */
void
engage_month_model_set_today (EngageMonthModel *self,
                              const GDate      *today)
{
  g_return_if_fail (self != NULL);

  for (guint i = 0; i < self->n_cells; i++)
    self->cells[i].is_today = today != NULL && g_date_compare (&self->cells[i].date, today) == 0;
}

/**
 * engage_month_model_set_holidays:
 * @self: a model
 * @holidays: (nullable) (element-type EngageHoliday): holidays, e.g. from
 *   engage_holidays_list() for the grid's days
 *
 * Names the holidays in their cells; two on one day are joined.
 */
void
engage_month_model_set_holidays (EngageMonthModel *self,
                                 GArray           *holidays)
{
  g_return_if_fail (self != NULL);

  for (guint i = 0; i < self->n_cells; i++)
    g_clear_pointer (&self->cells[i].holiday, g_free);

  if (holidays == NULL)
    return;

  for (guint i = 0; i < holidays->len; i++)
    {
      const EngageHoliday *holiday = &g_array_index (holidays, EngageHoliday, i);
      EngageCalendarCell *cell;
      int index;
      char *joined;

      index = engage_month_model_find_cell (self, &holiday->date);
      if (index < 0)
        continue;

      cell = &self->cells[index];
      if (cell->holiday == NULL)
        {
          cell->holiday = g_strdup (holiday->name);
          continue;
        }

      /* Translators: joins two holidays on the same day */
      joined = g_strdup_printf (_("%s, %s"), cell->holiday, holiday->name);
      g_free (cell->holiday);
      cell->holiday = joined;
    }
}

/**
 * engage_month_model_set_posts:
 * @self: a model
 * @posts: (element-type EngagePost): posts, usually those core lists for the
 *   range from engage_month_model_dup_start() to engage_month_model_dup_end()
 * @tz: the project's time zone, whose days count
 * @filter: (nullable): the filter to apply
 *
 * Puts each post into the cell of its local day and sorts every cell by time.
 * Posts outside the grid and posts without a time are skipped, and so are
 * archived posts unless @filter asks for them by status.
 *
 * Returns: the number of posts placed
 */
guint
engage_month_model_set_posts (EngageMonthModel     *self,
                              GListModel           *posts,
                              GTimeZone            *tz,
                              EngageCalendarFilter *filter)
{
  gint64 bounds[ENGAGE_MONTH_MODEL_MAX_CELLS + 1];
  gboolean show_archived;
  guint n_placed = 0;
  guint n_items;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (G_IS_LIST_MODEL (posts), 0);
  g_return_val_if_fail (tz != NULL, 0);
  g_return_val_if_fail (filter == NULL || ENGAGE_IS_CALENDAR_FILTER (filter), 0);

  for (guint i = 0; i < self->n_cells; i++)
    {
      g_ptr_array_set_size (self->cells[i].posts, 0);
      bounds[i] = local_midnight (&self->cells[i].date, tz);
    }
  {
    GDate after = self->cells[self->n_cells - 1].date;

    g_date_add_days (&after, 1);
    bounds[self->n_cells] = local_midnight (&after, tz);
  }

  show_archived = filter != NULL
                  && engage_calendar_filter_has_status (filter, ENGAGE_POST_STATUS_ARCHIVED);

  n_items = g_list_model_get_n_items (posts);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (posts, i);
      GDateTime *time = engage_post_get_scheduled_at (post);
      int index;

      if (time == NULL)
        continue;
      if (engage_post_get_status (post) == ENGAGE_POST_STATUS_ARCHIVED && !show_archived)
        continue;
      if (filter != NULL && !engage_calendar_filter_matches (filter, post))
        continue;

      index = find_cell_by_time (bounds, self->n_cells, g_date_time_to_unix (time));
      if (index < 0)
        continue;

      g_ptr_array_add (self->cells[index].posts, g_steal_pointer (&post));
      n_placed++;
    }

  for (guint i = 0; i < self->n_cells; i++)
    if (self->cells[i].posts->len > 1)
      g_ptr_array_sort (self->cells[i].posts, compare_posts);

  return n_placed;
}

/**
 * engage_month_model_count_posts:
 * @self: a model
 * @channel_id: a channel, or -1 for all
 * @pillar_id: a pillar (0 for posts without one), or -1 for all
 * @week: a row, or -1 for all
 *
 * Counts the placed posts in the period (a month's first and last rows are
 * counted only for the month's own days), for the plan overview.
 *
 * Returns: the number of matching posts
 */
guint
engage_month_model_count_posts (EngageMonthModel *self,
                                gint64            channel_id,
                                gint64            pillar_id,
                                int               week)
{
  guint first = 0;
  guint last;
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (week < (int) self->n_weeks, 0);

  last = self->n_cells;
  if (week >= 0)
    {
      first = week * 7;
      last = first + 7;
    }

  for (guint i = first; i < last; i++)
    {
      GPtrArray *posts = self->cells[i].posts;

      if (!self->cells[i].in_period)
        continue;

      if (channel_id < 0 && pillar_id < 0)
        {
          n += posts->len;
          continue;
        }

      for (guint j = 0; j < posts->len; j++)
        {
          EngagePost *post = g_ptr_array_index (posts, j);

          if ((channel_id < 0 || engage_post_get_channel_id (post) == channel_id)
              && (pillar_id < 0 || engage_post_get_pillar_id (post) == pillar_id))
            n++;
        }
    }

  return n;
}

/**
 * engage_calendar_cell_get_n_visible:
 * @cell: a day
 * @max_chips: the number of chip rows that fit into the day
 * @n_overflow: (out) (optional): the number of posts left for "+N more"
 *
 * Decides how many of the day's posts get a chip. When they do not all fit,
 * the last row goes to the "+N more" button, so one chip fewer is shown.
 *
 * Returns: the number of posts shown as chips, the first ones by time
 */
guint
engage_calendar_cell_get_n_visible (const EngageCalendarCell *cell,
                                    guint                     max_chips,
                                    guint                    *n_overflow)
{
  guint n_posts;
  guint n_visible;

  g_return_val_if_fail (cell != NULL, 0);

  n_posts = cell->posts != NULL ? cell->posts->len : 0;

  if (n_posts <= max_chips)
    n_visible = n_posts;
  else
    n_visible = max_chips > 0 ? max_chips - 1 : 0;

  if (n_overflow != NULL)
    *n_overflow = n_posts - n_visible;

  return n_visible;
}

static char *
format_date (const GDate *date,
             const char  *format)
{
  g_autoptr(GDateTime) time = NULL;

  time = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                              g_date_get_day (date), 0, 0, 0);
  return g_date_time_format (time, format);
}

/**
 * engage_month_model_format_title:
 * @self: a model
 *
 * Returns: (transfer full): the period's title, e.g. "November 2026" or
 *   "Week 48 · 23–29 November 2026"
 */
char *
engage_month_model_format_title (EngageMonthModel *self)
{
  g_autofree char *range = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  const GDate *first;
  const GDate *last;

  g_return_val_if_fail (self != NULL, NULL);

  if (!self->is_week)
    {
      GDate day;

      g_date_clear (&day, 1);
      g_date_set_dmy (&day, 1, self->month, self->year);
      /* Translators: a month as the calendar's title, see the strftime manual;
       * %OB is the month's name on its own (nominative) */
      return format_date (&day, _("%OB %Y"));
    }

  first = &self->cells[0].date;
  last = &self->cells[6].date;

  /* Translators: the last day of a week in the calendar's title, see the
   * strftime manual, e.g. "29 November 2026"; German: "%-d. %B %Y" */
  end = format_date (last, _("%-d %B %Y"));

  if (g_date_get_month (first) == g_date_get_month (last))
    /* Translators: the first day of a week that ends in the same month, e.g.
     * the "23" of "23–29 November 2026"; German: "%-d." */
    start = format_date (first, _("%-d"));
  else if (g_date_get_year (first) == g_date_get_year (last))
    /* Translators: the first day of a week that ends in another month, e.g.
     * "30 November" of "30 November – 6 December 2026"; German: "%-d. %B" */
    start = format_date (first, _("%-d %B"));
  else
    start = format_date (first, _("%-d %B %Y"));

  if (g_date_get_month (first) == g_date_get_month (last))
    /* Translators: a range of days within one month: first–last */
    range = g_strdup_printf (_("%s–%s"), start, end);
  else
    /* Translators: a range of days across months: first – last */
    range = g_strdup_printf (_("%s – %s"), start, end);

  /* Translators: the week view's title: the ISO week number and the days,
   * e.g. "Week 48 · 23–29 November 2026"; German: "KW %u · %s" */
  return g_strdup_printf (_("Week %u · %s"), self->week_numbers[0], range);
}

/**
 * engage_calendar_compute_move:
 * @scheduled_at: (nullable): a post's time, or %NULL for an idea without one
 * @day: the day the post is dropped on
 * @tz: the project's time zone
 *
 * Computes a post's new time when it is dragged to another day: the same local
 * time of day on @day in @tz, also across a change to or from daylight saving
 * time. An idea without a time lands at 09:00. A time that does not exist on
 * @day (the hour skipped in spring) moves forward as the clock does.
 *
 * Returns: (transfer full): the new time, in UTC
 */
GDateTime *
engage_calendar_compute_move (GDateTime   *scheduled_at,
                              const GDate *day,
                              GTimeZone   *tz)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) moved = NULL;
  int hour = 9;
  int minute = 0;
  double seconds = 0;

  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);
  g_return_val_if_fail (tz != NULL, NULL);

  if (scheduled_at != NULL)
    {
      local = g_date_time_to_timezone (scheduled_at, tz);
      hour = g_date_time_get_hour (local);
      minute = g_date_time_get_minute (local);
      seconds = g_date_time_get_seconds (local);
    }

  moved = g_date_time_new (tz, g_date_get_year (day), g_date_get_month (day),
                           g_date_get_day (day), hour, minute, seconds);
  if (moved == NULL)
    return NULL;

  return g_date_time_to_utc (moved);
}

/**
 * engage_calendar_move_post_to_day:
 * @project: an open project
 * @post: the post being dropped
 * @day: the day it is dropped on
 * @error: return location for a #GError
 *
 * Reschedules @post to @day, keeping its local time of day (see
 * engage_calendar_compute_move()), as one step that undo takes back. Dropping
 * a post on its own day changes nothing and leaves no undo step.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_calendar_move_post_to_day (EngageProject  *project,
                                  EngagePost     *post,
                                  const GDate    *day,
                                  GError        **error)
{
  g_autoptr(GDateTime) moved = NULL;
  GDateTime *current;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_POST (post), FALSE);
  g_return_val_if_fail (day != NULL && g_date_valid (day), FALSE);

  current = engage_post_get_scheduled_at (post);
  moved = engage_calendar_compute_move (current, day, engage_project_get_tz (project));
  if (moved == NULL)
    {
      g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                           _("The post cannot be moved to that day."));
      return FALSE;
    }

  if (current != NULL && g_date_time_equal (current, moved))
    return TRUE;

  return engage_project_move_post (project, engage_post_get_id (post), moved, error);
}
