/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "calendar/engage-calendar-filter.h"
#include "calendar/engage-month-model.h"
#include "calendar/engage-month-print.h"
#include "engage-channel.h"
#include "engage-holidays.h"
#include "engage-post.h"
#include "engage-project.h"

/* The calendar's view state without widgets: the month and week grids, which
 * post lands in which day, overflow, week numbers, the first weekday, moving a
 * post by drag and drop (and undoing it), and the shared filter. */

/* Helpers */

static GDate
make_date (int year,
           int month,
           int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return date;
}

static void
assert_date (const GDate *date,
             int          year,
             int          month,
             int          day)
{
  g_assert_cmpint (g_date_get_year (date), ==, year);
  g_assert_cmpint (g_date_get_month (date), ==, month);
  g_assert_cmpint (g_date_get_day (date), ==, day);
}

/* A post at a local time in @tz. */
static EngagePost *
make_post (const char *title,
           GTimeZone  *tz,
           int         year,
           int         month,
           int         day,
           int         hour,
           int         minute)
{
  g_autoptr(EngagePost) post = engage_post_new (1, title);
  g_autoptr(GDateTime) time = g_date_time_new (tz, year, month, day, hour, minute, 0);

  engage_post_set_scheduled_at (post, time);
  engage_post_set_status (post, ENGAGE_POST_STATUS_DRAFT);

  return g_steal_pointer (&post);
}

static EngageCalendarCell *
cell_at (EngageMonthModel *model,
         int               year,
         int               month,
         int               day)
{
  GDate date = make_date (year, month, day);
  int index = engage_month_model_find_cell (model, &date);

  g_assert_cmpint (index, >=, 0);
  return engage_month_model_get_cell (model, index);
}

static const char *
title_at (EngageCalendarCell *cell,
          guint               index)
{
  g_assert_cmpuint (index, <, cell->posts->len);
  return engage_post_get_title (g_ptr_array_index (cell->posts, index));
}

/* Grids */

static void
test_grid_monday (void)
{
  g_autoptr(EngageMonthModel) model = NULL;
  GDate first, last;

  /* 1 November 2026 is a Sunday: with Monday first, the grid starts on 26 October
   * and needs six rows. */
  model = engage_month_model_new_month (2026, G_DATE_NOVEMBER, G_DATE_MONDAY);
  g_assert_false (engage_month_model_is_week (model));
  g_assert_cmpuint (engage_month_model_get_n_weeks (model), ==, 6);
  g_assert_cmpuint (engage_month_model_get_n_cells (model), ==, 42);

  assert_date (&engage_month_model_get_cell (model, 0)->date, 2026, 10, 26);
  g_assert_cmpint (g_date_get_weekday (&engage_month_model_get_cell (model, 0)->date), ==, G_DATE_MONDAY);
  g_assert_false (engage_month_model_get_cell (model, 5)->in_period);
  g_assert_true (engage_month_model_get_cell (model, 6)->in_period);
  assert_date (&engage_month_model_get_cell (model, 6)->date, 2026, 11, 1);
  g_assert_true (engage_month_model_get_cell (model, 6)->is_weekend);
  g_assert_false (engage_month_model_get_cell (model, 7)->is_weekend);
  assert_date (&engage_month_model_get_cell (model, 35)->date, 2026, 11, 30);
  g_assert_true (engage_month_model_get_cell (model, 35)->in_period);
  g_assert_false (engage_month_model_get_cell (model, 36)->in_period);
  assert_date (&engage_month_model_get_cell (model, 41)->date, 2026, 12, 6);

  g_assert_cmpuint (engage_month_model_get_week_number (model, 0), ==, 44);
  g_assert_cmpuint (engage_month_model_get_week_number (model, 4), ==, 48);

  engage_month_model_get_period (model, &first, &last);
  assert_date (&first, 2026, 11, 1);
  assert_date (&last, 2026, 11, 30);

  /* February 2027 starts on a Monday and fills exactly four rows. */
  g_clear_pointer (&model, engage_month_model_unref);
  model = engage_month_model_new_month (2027, G_DATE_FEBRUARY, G_DATE_MONDAY);
  g_assert_cmpuint (engage_month_model_get_n_weeks (model), ==, 4);
  assert_date (&engage_month_model_get_cell (model, 0)->date, 2027, 2, 1);
}

static void
test_grid_sunday (void)
{
  g_autoptr(EngageMonthModel) model = NULL;

  /* With Sunday first, November 2026 starts in the first cell and takes five rows. */
  model = engage_month_model_new_month (2026, G_DATE_NOVEMBER, G_DATE_SUNDAY);
  g_assert_cmpuint (engage_month_model_get_n_weeks (model), ==, 5);
  assert_date (&engage_month_model_get_cell (model, 0)->date, 2026, 11, 1);
  g_assert_true (engage_month_model_get_cell (model, 0)->in_period);
  assert_date (&engage_month_model_get_cell (model, 34)->date, 2026, 12, 5);
  g_assert_cmpint (g_date_get_weekday (&engage_month_model_get_cell (model, 34)->date), ==, G_DATE_SATURDAY);

  /* The row 1–7 November holds ISO week 45's Thursday (5 November). */
  g_assert_cmpuint (engage_month_model_get_week_number (model, 0), ==, 45);

  /* A Saturday start works too. */
  g_clear_pointer (&model, engage_month_model_unref);
  model = engage_month_model_new_month (2026, G_DATE_NOVEMBER, G_DATE_SATURDAY);
  assert_date (&engage_month_model_get_cell (model, 0)->date, 2026, 10, 31);
}

static void
test_week_numbers_year_boundary (void)
{
  g_autoptr(EngageMonthModel) december = NULL;
  g_autoptr(EngageMonthModel) january = NULL;
  g_autoptr(EngageMonthModel) january_sunday = NULL;
  g_autoptr(EngageMonthModel) week = NULL;
  GDate day = make_date (2026, 12, 31);
  guint last_row;

  /* 2026 starts on a Thursday, so it has 53 ISO weeks: 28 December 2026 is in
   * week 53 and 4 January 2027 starts week 1. */
  december = engage_month_model_new_month (2026, G_DATE_DECEMBER, G_DATE_MONDAY);
  last_row = engage_month_model_get_n_weeks (december) - 1;
  assert_date (&engage_month_model_get_cell (december, last_row * 7)->date, 2026, 12, 28);
  g_assert_cmpuint (engage_month_model_get_week_number (december, last_row), ==, 53);

  january = engage_month_model_new_month (2027, G_DATE_JANUARY, G_DATE_MONDAY);
  assert_date (&engage_month_model_get_cell (january, 0)->date, 2026, 12, 28);
  g_assert_cmpuint (engage_month_model_get_week_number (january, 0), ==, 53);
  assert_date (&engage_month_model_get_cell (january, 7)->date, 2027, 1, 4);
  g_assert_cmpuint (engage_month_model_get_week_number (january, 1), ==, 1);

  january_sunday = engage_month_model_new_month (2027, G_DATE_JANUARY, G_DATE_SUNDAY);
  assert_date (&engage_month_model_get_cell (january_sunday, 0)->date, 2026, 12, 27);
  g_assert_cmpuint (engage_month_model_get_week_number (january_sunday, 0), ==, 53);
  g_assert_cmpuint (engage_month_model_get_week_number (january_sunday, 1), ==, 1);

  week = engage_month_model_new_week (&day, G_DATE_MONDAY);
  g_assert_true (engage_month_model_is_week (week));
  g_assert_cmpuint (engage_month_model_get_n_cells (week), ==, 7);
  assert_date (&engage_month_model_get_cell (week, 0)->date, 2026, 12, 28);
  assert_date (&engage_month_model_get_cell (week, 6)->date, 2027, 1, 3);
  g_assert_true (engage_month_model_get_cell (week, 6)->in_period);
  g_assert_cmpuint (engage_month_model_get_week_number (week, 0), ==, 53);
}

static void
test_locale_first_weekday (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_TIME, NULL));

  if (setlocale (LC_TIME, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("The de_DE.UTF-8 locale is not installed");
      return;
    }

  g_assert_cmpint (engage_calendar_get_locale_first_weekday (), ==, G_DATE_MONDAY);
  setlocale (LC_TIME, saved);
}

static void
test_titles (void)
{
  g_autoptr(EngageMonthModel) month = engage_month_model_new_month (2026, G_DATE_NOVEMBER, G_DATE_MONDAY);
  GDate in_week = make_date (2026, 11, 25);
  GDate across_months = make_date (2026, 12, 1);
  GDate across_years = make_date (2027, 1, 1);
  g_autoptr(EngageMonthModel) week = engage_month_model_new_week (&in_week, G_DATE_MONDAY);
  g_autoptr(EngageMonthModel) week2 = engage_month_model_new_week (&across_months, G_DATE_MONDAY);
  g_autoptr(EngageMonthModel) week3 = engage_month_model_new_week (&across_years, G_DATE_MONDAY);
  g_autofree char *a = engage_month_model_format_title (month);
  g_autofree char *b = engage_month_model_format_title (week);
  g_autofree char *c = engage_month_model_format_title (week2);
  g_autofree char *d = engage_month_model_format_title (week3);

  g_assert_cmpstr (a, ==, "November 2026");
  g_assert_cmpstr (b, ==, "Week 48 · 23–29 November 2026");
  g_assert_cmpstr (c, ==, "Week 49 · 30 November – 6 December 2026");
  g_assert_cmpstr (d, ==, "Week 53 · 28 December 2026 – 3 January 2027");
}

/* Posts in cells */

static void
test_posts_land_in_local_days (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GListStore) posts = g_list_store_new (ENGAGE_TYPE_POST);
  g_autoptr(EngageMonthModel) model = NULL;
  g_autoptr(EngagePost) late = NULL;
  g_autoptr(EngagePost) early = NULL;
  g_autoptr(EngagePost) noon = NULL;
  g_autoptr(EngagePost) before = NULL;
  g_autoptr(EngagePost) after = NULL;
  g_autoptr(EngagePost) idea = engage_post_new (1, "Idea");
  EngageCalendarCell *cell;
  guint n;

  g_assert_nonnull (berlin);
  g_assert_nonnull (new_york);

  /* 23:30 on 10 November in New York is 04:30 on the 11th in UTC; it belongs to
   * the 10th in the project's time zone. */
  late = make_post ("Late", new_york, 2026, 11, 10, 23, 30);
  noon = make_post ("Noon", new_york, 2026, 11, 10, 12, 0);
  early = make_post ("Early", new_york, 2026, 11, 11, 0, 15);
  /* Outside the grid (26 October – 6 December) */
  before = make_post ("Before", new_york, 2026, 10, 25, 23, 59);
  after = make_post ("After", new_york, 2026, 12, 7, 0, 0);

  /* Out of order on purpose: each cell sorts by time. */
  g_list_store_append (posts, late);
  g_list_store_append (posts, early);
  g_list_store_append (posts, noon);
  g_list_store_append (posts, before);
  g_list_store_append (posts, after);
  g_list_store_append (posts, idea);

  model = engage_month_model_new_month (2026, G_DATE_NOVEMBER, G_DATE_MONDAY);
  n = engage_month_model_set_posts (model, G_LIST_MODEL (posts), new_york, NULL);
  g_assert_cmpuint (n, ==, 3);

  cell = cell_at (model, 2026, 11, 10);
  g_assert_cmpuint (cell->posts->len, ==, 2);
  g_assert_cmpstr (title_at (cell, 0), ==, "Noon");
  g_assert_cmpstr (title_at (cell, 1), ==, "Late");
  cell = cell_at (model, 2026, 11, 11);
  g_assert_cmpuint (cell->posts->len, ==, 1);
  g_assert_cmpstr (title_at (cell, 0), ==, "Early");

  /* The same posts seen from Berlin: 23:30 in New York is 05:30 the next morning,
   * and 12:00 is 18:00 the same day. */
  n = engage_month_model_set_posts (model, G_LIST_MODEL (posts), berlin, NULL);
  g_assert_cmpuint (n, ==, 4);
  cell = cell_at (model, 2026, 11, 10);
  g_assert_cmpuint (cell->posts->len, ==, 1);
  g_assert_cmpstr (title_at (cell, 0), ==, "Noon");
  cell = cell_at (model, 2026, 11, 11);
  g_assert_cmpuint (cell->posts->len, ==, 2);
  g_assert_cmpstr (title_at (cell, 0), ==, "Late");
  g_assert_cmpstr (title_at (cell, 1), ==, "Early");
  /* 23:59 on 25 October in New York is 05:59 on 26 October in Berlin: the
   * grid's first cell. */
  cell = engage_month_model_get_cell (model, 0);
  g_assert_cmpuint (cell->posts->len, ==, 1);
  g_assert_cmpstr (title_at (cell, 0), ==, "Before");
}

static void
test_posts_across_dst (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GListStore) posts = g_list_store_new (ENGAGE_TYPE_POST);
  g_autoptr(EngageMonthModel) march = NULL;
  g_autoptr(EngageMonthModel) october = NULL;
  EngageCalendarCell *cell;
  struct {
    const char *title;
    int month, day, hour, minute;
  } times[] = {
    /* 29 March 2026 has 23 hours in Berlin, 25 October 2026 has 25. */
    { "Mar 29 late", 3, 29, 23, 30 },
    { "Mar 30 early", 3, 30, 0, 15 },
    { "Mar 29 morning", 3, 29, 3, 30 },
    { "Oct 25 late", 10, 25, 23, 45 },
    { "Oct 26 early", 10, 26, 0, 5 },
    { "Oct 25 early", 10, 25, 1, 30 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autoptr(EngagePost) post = make_post (times[i].title, berlin, 2026, times[i].month,
                                              times[i].day, times[i].hour, times[i].minute);
      g_list_store_append (posts, post);
    }

  march = engage_month_model_new_month (2026, G_DATE_MARCH, G_DATE_MONDAY);
  engage_month_model_set_posts (march, G_LIST_MODEL (posts), berlin, NULL);
  cell = cell_at (march, 2026, 3, 29);
  g_assert_cmpuint (cell->posts->len, ==, 2);
  g_assert_cmpstr (title_at (cell, 0), ==, "Mar 29 morning");
  g_assert_cmpstr (title_at (cell, 1), ==, "Mar 29 late");
  cell = cell_at (march, 2026, 3, 30);
  g_assert_cmpuint (cell->posts->len, ==, 1);
  g_assert_cmpstr (title_at (cell, 0), ==, "Mar 30 early");

  october = engage_month_model_new_month (2026, G_DATE_OCTOBER, G_DATE_MONDAY);
  engage_month_model_set_posts (october, G_LIST_MODEL (posts), berlin, NULL);
  cell = cell_at (october, 2026, 10, 25);
  g_assert_cmpuint (cell->posts->len, ==, 2);
  g_assert_cmpstr (title_at (cell, 0), ==, "Oct 25 early");
  g_assert_cmpstr (title_at (cell, 1), ==, "Oct 25 late");
  cell = cell_at (october, 2026, 10, 26);
  g_assert_cmpuint (cell->posts->len, ==, 1);
}

static void
test_overflow (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GListStore) posts = g_list_store_new (ENGAGE_TYPE_POST);
  g_autoptr(EngageMonthModel) model = NULL;
  EngageCalendarCell *cell;
  guint n_overflow = 99;

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *title = g_strdup_printf ("Post %u", i);
      g_autoptr(EngagePost) post = make_post (title, utc, 2026, 11, 23, 8 + i, 0);
      g_list_store_append (posts, post);
    }

  model = engage_month_model_new_month (2026, G_DATE_NOVEMBER, G_DATE_MONDAY);
  engage_month_model_set_posts (model, G_LIST_MODEL (posts), utc, NULL);
  cell = cell_at (model, 2026, 11, 23);

  /* Five posts in three rows: two chips and "+3 more". */
  g_assert_cmpuint (engage_calendar_cell_get_n_visible (cell, 3, &n_overflow), ==, 2);
  g_assert_cmpuint (n_overflow, ==, 3);
  g_assert_cmpuint (engage_calendar_cell_get_n_visible (cell, 4, &n_overflow), ==, 3);
  g_assert_cmpuint (n_overflow, ==, 2);
  /* Exactly enough rows, or more: no button. */
  g_assert_cmpuint (engage_calendar_cell_get_n_visible (cell, 5, &n_overflow), ==, 5);
  g_assert_cmpuint (n_overflow, ==, 0);
  g_assert_cmpuint (engage_calendar_cell_get_n_visible (cell, 9, NULL), ==, 5);
  /* A row only for the button, or none at all. */
  g_assert_cmpuint (engage_calendar_cell_get_n_visible (cell, 1, &n_overflow), ==, 0);
  g_assert_cmpuint (n_overflow, ==, 5);
  g_assert_cmpuint (engage_calendar_cell_get_n_visible (cell, 0, &n_overflow), ==, 0);
  g_assert_cmpuint (n_overflow, ==, 5);

  cell = cell_at (model, 2026, 11, 24);
  g_assert_cmpuint (engage_calendar_cell_get_n_visible (cell, 3, &n_overflow), ==, 0);
  g_assert_cmpuint (n_overflow, ==, 0);
}

static void
test_today_holidays_counts (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GListStore) posts = g_list_store_new (ENGAGE_TYPE_POST);
  g_autoptr(EngageMonthModel) model = NULL;
  g_autoptr(GArray) holidays = NULL;
  GDate today = make_date (2026, 12, 3);
  GDate first, last;
  struct {
    gint64 channel;
    gint64 pillar;
    int day;
    EngagePostStatus status;
  } specs[] = {
    { 1, 1, 1, ENGAGE_POST_STATUS_DRAFT },
    { 1, 2, 2, ENGAGE_POST_STATUS_DRAFT },
    { 2, 1, 8, ENGAGE_POST_STATUS_SCHEDULED },
    { 2, 0, 31, ENGAGE_POST_STATUS_PUBLISHED },
    { 1, 1, 9, ENGAGE_POST_STATUS_ARCHIVED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      g_autoptr(EngagePost) post = make_post ("Post", utc, 2026, 12, specs[i].day, 10, 0);

      engage_post_set_channel_id (post, specs[i].channel);
      engage_post_set_pillar_id (post, specs[i].pillar);
      engage_post_set_status (post, specs[i].status);
      g_list_store_append (posts, post);
    }
  /* On the grid, but in January: left out of the month's counts. */
  {
    g_autoptr(EngagePost) post = make_post ("January", utc, 2027, 1, 2, 10, 0);
    g_list_store_append (posts, post);
  }

  model = engage_month_model_new_month (2026, G_DATE_DECEMBER, G_DATE_MONDAY);
  engage_month_model_set_today (model, &today);
  g_assert_true (cell_at (model, 2026, 12, 3)->is_today);
  g_assert_false (cell_at (model, 2026, 12, 4)->is_today);

  engage_month_model_get_period (model, &first, &last);
  holidays = engage_holidays_list ("DE", &engage_month_model_get_cell (model, 0)->date,
                                   &engage_month_model_get_cell (model, engage_month_model_get_n_cells (model) - 1)->date);
  engage_month_model_set_holidays (model, holidays);
  g_assert_nonnull (cell_at (model, 2026, 12, 25)->holiday);
  g_assert_nonnull (cell_at (model, 2026, 12, 26)->holiday);
  g_assert_nonnull (cell_at (model, 2027, 1, 1)->holiday);
  g_assert_null (cell_at (model, 2026, 12, 24)->holiday);

  /* Archived posts stay out unless asked for. */
  g_assert_cmpuint (engage_month_model_set_posts (model, G_LIST_MODEL (posts), utc, NULL), ==, 5);
  g_assert_cmpuint (engage_month_model_count_posts (model, -1, -1, -1), ==, 4);
  g_assert_cmpuint (engage_month_model_count_posts (model, 1, -1, -1), ==, 2);
  g_assert_cmpuint (engage_month_model_count_posts (model, 2, -1, -1), ==, 2);
  g_assert_cmpuint (engage_month_model_count_posts (model, -1, 1, -1), ==, 2);
  g_assert_cmpuint (engage_month_model_count_posts (model, -1, 0, -1), ==, 1);
  g_assert_cmpuint (engage_month_model_count_posts (model, 2, 1, -1), ==, 1);
  /* December 2026 starts on a Tuesday: the 1st and 2nd are in the first row. */
  g_assert_cmpuint (engage_month_model_count_posts (model, -1, -1, 0), ==, 2);
  g_assert_cmpuint (engage_month_model_count_posts (model, -1, -1, 1), ==, 1);
}

/* Drag and drop */

static void
test_compute_move (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) winter = g_date_time_new (berlin, 2026, 3, 27, 18, 45, 0);
  g_autoptr(GDateTime) moved = NULL;
  g_autoptr(GDateTime) local = NULL;
  GDate summer_day = make_date (2026, 3, 30);
  GDate dst_day = make_date (2026, 3, 29);
  g_autoptr(GDateTime) night = g_date_time_new (berlin, 2026, 3, 27, 2, 30, 0);

  /* 18:45 CET is 17:45 UTC; on 30 March 18:45 CEST is 16:45 UTC. */
  moved = engage_calendar_compute_move (winter, &summer_day, berlin);
  g_assert_cmpint (g_date_time_get_utc_offset (moved), ==, 0);
  g_assert_cmpint (g_date_time_get_hour (moved), ==, 16);
  local = g_date_time_to_timezone (moved, berlin);
  g_assert_cmpint (g_date_time_get_day_of_month (local), ==, 30);
  g_assert_cmpint (g_date_time_get_hour (local), ==, 18);
  g_assert_cmpint (g_date_time_get_minute (local), ==, 45);
  g_clear_pointer (&moved, g_date_time_unref);
  g_clear_pointer (&local, g_date_time_unref);

  /* An idea has no time: it lands at 09:00 local. */
  moved = engage_calendar_compute_move (NULL, &summer_day, berlin);
  local = g_date_time_to_timezone (moved, berlin);
  g_assert_cmpint (g_date_time_get_hour (local), ==, 9);
  g_assert_cmpint (g_date_time_get_minute (local), ==, 0);
  g_assert_cmpint (g_date_time_get_hour (moved), ==, 7);
  g_clear_pointer (&moved, g_date_time_unref);
  g_clear_pointer (&local, g_date_time_unref);

  /* 02:30 does not exist on 29 March: the post lands on that day all the same. */
  moved = engage_calendar_compute_move (night, &dst_day, berlin);
  g_assert_nonnull (moved);
  local = g_date_time_to_timezone (moved, berlin);
  g_assert_cmpint (g_date_time_get_day_of_month (local), ==, 29);
  g_assert_cmpint (g_date_time_get_hour (local), >=, 1);
  g_assert_cmpint (g_date_time_get_hour (local), <=, 3);
}

typedef struct
{
  char          *dir;
  EngageProject *project;
  gint64         channel_id;
} ProjectFixture;

static void
project_set_up (ProjectFixture *fixture,
                gconstpointer   data)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(EngageChannel) channel = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("engage-month-model-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
  path = g_build_filename (fixture->dir, "plan.engage", NULL);
  file = g_file_new_for_path (path);

  fixture->project = engage_project_create (file, "Plan", &error);
  g_assert_no_error (error);
  g_assert_true (engage_project_set_details (fixture->project, "Plan", "", "Europe/Berlin", "en",
                                             ENGAGE_ENGAGEMENT_BASIS_REACH, &error));
  g_assert_no_error (error);

  channel = engage_channel_new (ENGAGE_CHANNEL_KIND_INSTAGRAM, "Instagram");
  g_assert_true (engage_project_add_channel (fixture->project, channel, &error));
  g_assert_no_error (error);
  fixture->channel_id = engage_channel_get_id (channel);
}

static void
project_tear_down (ProjectFixture *fixture,
                   gconstpointer   data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "plan.engage", NULL);

  engage_project_close (fixture->project);
  g_clear_object (&fixture->project);
  g_unlink (path);
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static GDateTime *
local_time_of (EngageProject *project,
               gint64         post_id)
{
  g_autoptr(EngagePost) post = engage_project_get_post (project, post_id, NULL);

  g_assert_nonnull (post);
  if (engage_post_get_scheduled_at (post) == NULL)
    return NULL;

  return g_date_time_to_timezone (engage_post_get_scheduled_at (post),
                                  engage_project_get_tz (project));
}

static void
test_move_post_and_undo (ProjectFixture *fixture,
                         gconstpointer   data)
{
  GTimeZone *tz = engage_project_get_tz (fixture->project);
  g_autoptr(EngagePost) post = engage_post_new (fixture->channel_id, "Autumn offer");
  g_autoptr(EngagePost) idea = engage_post_new (fixture->channel_id, "Behind the scenes");
  g_autoptr(GDateTime) time = g_date_time_new (tz, 2026, 10, 20, 18, 45, 0);
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EngagePost) stored = NULL;
  GDate after_dst = make_date (2026, 10, 27);

  g_assert_cmpstr (engage_project_get_time_zone (fixture->project), ==, "Europe/Berlin");

  engage_post_set_scheduled_at (post, time);
  g_assert_true (engage_project_add_post (fixture->project, post, &error));
  g_assert_no_error (error);
  engage_post_set_status (idea, ENGAGE_POST_STATUS_IDEA);
  g_assert_true (engage_project_add_post (fixture->project, idea, &error));
  g_assert_no_error (error);

  /* Dragged from before the end of summer time to after it: still 18:45 local. */
  stored = engage_project_get_post (fixture->project, engage_post_get_id (post), &error);
  g_assert_true (engage_calendar_move_post_to_day (fixture->project, stored, &after_dst, &error));
  g_assert_no_error (error);
  local = local_time_of (fixture->project, engage_post_get_id (post));
  g_assert_cmpint (g_date_time_get_day_of_month (local), ==, 27);
  g_assert_cmpint (g_date_time_get_hour (local), ==, 18);
  g_assert_cmpint (g_date_time_get_minute (local), ==, 45);
  g_clear_pointer (&local, g_date_time_unref);

  /* One undo step puts it back. */
  g_assert_true (engage_project_can_undo (fixture->project));
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), !=, NULL);
  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  local = local_time_of (fixture->project, engage_post_get_id (post));
  g_assert_cmpint (g_date_time_get_day_of_month (local), ==, 20);
  g_assert_cmpint (g_date_time_get_hour (local), ==, 18);
  g_assert_cmpint (g_date_time_get_minute (local), ==, 45);
  g_clear_pointer (&local, g_date_time_unref);

  /* Redo moves it again. */
  g_assert_true (engage_project_redo (fixture->project, &error));
  g_assert_no_error (error);
  local = local_time_of (fixture->project, engage_post_get_id (post));
  g_assert_cmpint (g_date_time_get_day_of_month (local), ==, 27);
  g_clear_pointer (&local, g_date_time_unref);
  g_assert_true (engage_project_undo (fixture->project, &error));
  g_clear_object (&stored);

  /* An idea dropped on a day gets 09:00 there; undo takes the date away again. */
  stored = engage_project_get_post (fixture->project, engage_post_get_id (idea), &error);
  g_assert_null (engage_post_get_scheduled_at (stored));
  g_assert_true (engage_calendar_move_post_to_day (fixture->project, stored, &after_dst, &error));
  g_assert_no_error (error);
  local = local_time_of (fixture->project, engage_post_get_id (idea));
  g_assert_cmpint (g_date_time_get_day_of_month (local), ==, 27);
  g_assert_cmpint (g_date_time_get_hour (local), ==, 9);
  g_assert_cmpint (g_date_time_get_minute (local), ==, 0);
  g_clear_pointer (&local, g_date_time_unref);
  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_null (local_time_of (fixture->project, engage_post_get_id (idea)));
  g_clear_object (&stored);

  /* Dropped on its own day: nothing changes, and no edit is made; an edit would
   * have dropped the redo step left by the undo above. */
  g_assert_true (engage_project_can_redo (fixture->project));
  stored = engage_project_get_post (fixture->project, engage_post_get_id (post), &error);
  g_assert_no_error (error);
  {
    GDate same = make_date (2026, 10, 20);

    g_assert_true (engage_calendar_move_post_to_day (fixture->project, stored, &same, &error));
    g_assert_no_error (error);
    g_assert_true (engage_project_can_redo (fixture->project));
  }
}

/* Filter */

static void
on_filter_changed_cb (EngageCalendarFilter *filter,
                      guint                *n_changed)
{
  (*n_changed)++;
}

static void
test_filter (void)
{
  g_autoptr(EngageCalendarFilter) filter = engage_calendar_filter_new ();
  g_autoptr(EngagePost) post = engage_post_new (3, "Weihnachtsmarkt in der Hauptstraße");
  g_autoptr(EngagePost) other = engage_post_new (4, "Rezept: Stollen");
  guint n_changed = 0;

  g_signal_connect (filter, "changed", G_CALLBACK (on_filter_changed_cb), &n_changed);

  engage_post_set_body (post, "Besuchen Sie uns am Stand vor dem Café.");
  engage_post_set_campaign (post, "Advent");
  engage_post_set_owner (post, "Jana Weber");
  engage_post_set_pillar_id (post, 7);
  engage_post_set_status (post, ENGAGE_POST_STATUS_SCHEDULED);
  engage_post_set_status (other, ENGAGE_POST_STATUS_IDEA);

  g_assert_true (engage_calendar_filter_is_empty (filter));
  g_assert_true (engage_calendar_filter_matches (filter, post));
  g_assert_true (engage_calendar_filter_matches (filter, other));

  /* Case-insensitive, over title, body, campaign and owner. */
  engage_calendar_filter_set_search_text (filter, "weihnachtsMARKT");
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_true (engage_calendar_filter_matches (filter, post));
  g_assert_false (engage_calendar_filter_matches (filter, other));
  engage_calendar_filter_set_search_text (filter, "advent");
  g_assert_true (engage_calendar_filter_matches (filter, post));
  engage_calendar_filter_set_search_text (filter, "WEBER");
  g_assert_true (engage_calendar_filter_matches (filter, post));
  /* Case folding: "STRASSE" finds "Straße". */
  engage_calendar_filter_set_search_text (filter, "HAUPTSTRASSE");
  g_assert_true (engage_calendar_filter_matches (filter, post));
  /* Normalisation: "e" + combining acute finds the precomposed "é". */
  engage_calendar_filter_set_search_text (filter, "cafe\xcc\x81");
  g_assert_true (engage_calendar_filter_matches (filter, post));
  /* Every word must occur, in any field. */
  engage_calendar_filter_set_search_text (filter, "  stand   jana ");
  g_assert_true (engage_calendar_filter_matches (filter, post));
  engage_calendar_filter_set_search_text (filter, "stand stollen");
  g_assert_false (engage_calendar_filter_matches (filter, post));
  g_assert_false (engage_calendar_filter_matches (filter, other));
  /* The same text again is no change. */
  n_changed = 0;
  engage_calendar_filter_set_search_text (filter, "stand stollen");
  g_assert_cmpuint (n_changed, ==, 0);
  engage_calendar_filter_set_search_text (filter, "");
  g_assert_null (engage_calendar_filter_get_search_text (filter));
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_true (engage_calendar_filter_matches (filter, other));

  /* Channels: once one is chosen, only chosen ones match. */
  engage_calendar_filter_set_channel (filter, 3, TRUE);
  g_assert_true (engage_calendar_filter_has_channel (filter, 3));
  g_assert_true (engage_calendar_filter_matches (filter, post));
  g_assert_false (engage_calendar_filter_matches (filter, other));
  engage_calendar_filter_set_channel (filter, 4, TRUE);
  g_assert_true (engage_calendar_filter_matches (filter, other));
  n_changed = 0;
  engage_calendar_filter_set_channel (filter, 4, TRUE);
  g_assert_cmpuint (n_changed, ==, 0);
  engage_calendar_filter_set_channel (filter, 3, FALSE);
  engage_calendar_filter_set_channel (filter, 4, FALSE);
  g_assert_cmpuint (n_changed, ==, 2);
  g_assert_true (engage_calendar_filter_is_empty (filter));

  /* Statuses */
  engage_calendar_filter_set_status (filter, ENGAGE_POST_STATUS_IDEA, TRUE);
  g_assert_false (engage_calendar_filter_matches (filter, post));
  g_assert_true (engage_calendar_filter_matches (filter, other));
  engage_calendar_filter_set_status (filter, ENGAGE_POST_STATUS_SCHEDULED, TRUE);
  g_assert_true (engage_calendar_filter_matches (filter, post));
  g_assert_cmpuint (engage_calendar_filter_count_active (filter), ==, 1);

  /* Pillars: 0 stands for posts without one. */
  engage_calendar_filter_set_pillar (filter, 0, TRUE);
  g_assert_false (engage_calendar_filter_matches (filter, post));
  g_assert_true (engage_calendar_filter_matches (filter, other));
  engage_calendar_filter_set_pillar (filter, 7, TRUE);
  g_assert_true (engage_calendar_filter_matches (filter, post));
  g_assert_cmpuint (engage_calendar_filter_count_active (filter), ==, 2);

  n_changed = 0;
  engage_calendar_filter_reset (filter);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_true (engage_calendar_filter_is_empty (filter));
  g_assert_false (engage_calendar_filter_has_status (filter, ENGAGE_POST_STATUS_IDEA));
  engage_calendar_filter_reset (filter);
  g_assert_cmpuint (n_changed, ==, 1);
}

static void
test_filter_in_model (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GListStore) posts = g_list_store_new (ENGAGE_TYPE_POST);
  g_autoptr(EngageCalendarFilter) filter = engage_calendar_filter_new ();
  g_autoptr(EngageMonthModel) model = NULL;
  g_autoptr(EngagePost) a = make_post ("Stollen", utc, 2026, 11, 23, 9, 0);
  g_autoptr(EngagePost) b = make_post ("Brezel", utc, 2026, 11, 23, 10, 0);
  g_autoptr(EngagePost) archived = make_post ("Old", utc, 2026, 11, 24, 10, 0);

  engage_post_set_status (archived, ENGAGE_POST_STATUS_ARCHIVED);
  g_list_store_append (posts, a);
  g_list_store_append (posts, b);
  g_list_store_append (posts, archived);

  model = engage_month_model_new_month (2026, G_DATE_NOVEMBER, G_DATE_MONDAY);
  g_assert_cmpuint (engage_month_model_set_posts (model, G_LIST_MODEL (posts), utc, filter), ==, 2);

  engage_calendar_filter_set_search_text (filter, "brez");
  g_assert_cmpuint (engage_month_model_set_posts (model, G_LIST_MODEL (posts), utc, filter), ==, 1);
  g_assert_cmpstr (title_at (cell_at (model, 2026, 11, 23), 0), ==, "Brezel");

  /* Asking for archived posts shows them. */
  engage_calendar_filter_set_search_text (filter, NULL);
  engage_calendar_filter_set_status (filter, ENGAGE_POST_STATUS_ARCHIVED, TRUE);
  g_assert_cmpuint (engage_month_model_set_posts (model, G_LIST_MODEL (posts), utc, filter), ==, 1);
  g_assert_cmpstr (title_at (cell_at (model, 2026, 11, 24), 0), ==, "Old");
}

static void
add_post_at (ProjectFixture   *fixture,
             const char       *title,
             int               day,
             int               hour,
             EngagePostStatus  status)
{
  g_autoptr(EngagePost) post = engage_post_new (fixture->channel_id, title);
  g_autoptr(GDateTime) time = g_date_time_new (engage_project_get_tz (fixture->project),
                                               2026, 11, day, hour, 0, 0);
  g_autoptr(GError) error = NULL;

  engage_post_set_scheduled_at (post, time);
  engage_post_set_status (post, status);
  g_assert_true (engage_project_add_post (fixture->project, post, &error));
  g_assert_no_error (error);
}

/* The printed month, read back from a PDF as a reader would see it: the
 * title, the week numbers, the posts with their times, the count of what did
 * not fit, and the legend. */
static void
test_print_month (ProjectFixture *fixture,
                  gconstpointer   data)
{
  g_autofree char *pdf = g_build_filename (fixture->dir, "month.pdf", NULL);
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autoptr(EngageMonthModel) model = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GListModel) posts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  const char *argv[] = { NULL, "-enc", "UTF-8", pdf, "-", NULL };
  cairo_surface_t *surface;
  cairo_t *cr;
  int status = 0;

  add_post_at (fixture, "Stollen pre-orders open", 24, 9, ENGAGE_POST_STATUS_APPROVED);
  add_post_at (fixture, "Advent calendar teaser", 24, 11, ENGAGE_POST_STATUS_DRAFT);
  for (int i = 0; i < 20; i++)
    {
      g_autofree char *title = g_strdup_printf ("Market stall %d", i + 1);

      add_post_at (fixture, title, 28, 8 + i % 12, ENGAGE_POST_STATUS_SCHEDULED);
    }

  model = engage_month_model_new_month (2026, G_DATE_NOVEMBER, G_DATE_MONDAY);
  from = engage_month_model_dup_start (model, engage_project_get_tz (fixture->project));
  to = engage_month_model_dup_end (model, engage_project_get_tz (fixture->project));
  posts = engage_project_list_posts (fixture->project, from, to);
  engage_month_model_set_posts (model, posts, engage_project_get_tz (fixture->project), NULL);

  /* A4 landscape in points */
  surface = cairo_pdf_surface_create (pdf, 842, 595);
  cr = cairo_create (surface);
  engage_month_print_paint (cr, 842 - 72, 595 - 72, fixture->project, model);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  if (program == NULL)
    {
      g_unlink (pdf);
      g_test_skip ("poppler-utils are not installed");
      return;
    }

  argv[0] = program;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &text, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* pdftotext breaks lines where the layout has gaps */
  flat = g_strdelimit (g_strdup (text), "\n", ' ');
  g_assert_nonnull (strstr (flat, "November 2026"));
  g_assert_nonnull (strstr (flat, "Plan"));
  g_assert_nonnull (strstr (flat, "09:00 Stollen pre-orders open"));
  g_assert_nonnull (strstr (flat, "11:00 Advent calendar teaser"));
  g_assert_nonnull (strstr (flat, "08:00 Market stall 1"));
  g_assert_null (strstr (flat, "Market stall 20"));
  g_assert_nonnull (strstr (flat, "more"));
  g_assert_nonnull (strstr (flat, "Instagram"));
  /* 23 November 2026 is in ISO week 48; the grid starts in week 44 */
  g_assert_nonnull (strstr (flat, "48"));
  g_assert_nonnull (strstr (flat, "44"));

  g_unlink (pdf);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar/month-model/grid-monday", test_grid_monday);
  g_test_add_func ("/calendar/month-model/grid-sunday", test_grid_sunday);
  g_test_add_func ("/calendar/month-model/week-numbers", test_week_numbers_year_boundary);
  g_test_add_func ("/calendar/month-model/locale-first-weekday", test_locale_first_weekday);
  g_test_add_func ("/calendar/month-model/titles", test_titles);
  g_test_add_func ("/calendar/month-model/local-days", test_posts_land_in_local_days);
  g_test_add_func ("/calendar/month-model/dst", test_posts_across_dst);
  g_test_add_func ("/calendar/month-model/overflow", test_overflow);
  g_test_add_func ("/calendar/month-model/today-holidays-counts", test_today_holidays_counts);
  g_test_add_func ("/calendar/move/compute", test_compute_move);
  g_test_add ("/calendar/move/undo", ProjectFixture, NULL,
              project_set_up, test_move_post_and_undo, project_tear_down);
  g_test_add ("/calendar/print/month", ProjectFixture, NULL,
              project_set_up, test_print_month, project_tear_down);
  g_test_add_func ("/calendar/filter/matches", test_filter);
  g_test_add_func ("/calendar/filter/month-model", test_filter_in_model);

  return g_test_run ();
}
