/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-test-recurrence"

#include "config.h"

#include <glib/gstdio.h>

#include "engage-channel.h"
#include "engage-project-private.h"
#include "engage-recurrence.h"

/* Recurring posts: rules built and expanded with libical in the project's time
 * zone (Europe/Berlin, the default), a 09:00 post staying at 09:00 across the
 * daylight-saving changes, and "this and following" edits. */

#define NOW 1767268800 /* 2026-01-01 12:00:00 UTC */

typedef struct
{
  char          *dir;
  EngageProject *project;
  GTimeZone     *tz;
  gint64         channel_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageChannel) channel = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("engage-test-recurrence-XXXXXX", &error);
  g_assert_no_error (error);

  path = g_build_filename (fixture->dir, "series.engage", NULL);
  file = g_file_new_for_path (path);
  fixture->project = engage_project_create (file, "Series", &error);
  g_assert_no_error (error);
  _engage_project_set_clock (fixture->project, NOW);

  g_assert_cmpstr (engage_project_get_time_zone (fixture->project), ==, "Europe/Berlin");
  fixture->tz = g_time_zone_ref (engage_project_get_tz (fixture->project));

  channel = engage_channel_new (ENGAGE_CHANNEL_KIND_INSTAGRAM, "Instagram");
  g_assert_true (engage_project_add_channel (fixture->project, channel, &error));
  g_assert_no_error (error);
  fixture->channel_id = engage_channel_get_id (channel);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  engage_project_close (fixture->project);
  g_clear_object (&fixture->project);
  g_clear_pointer (&fixture->tz, g_time_zone_unref);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (fixture->dir, name, NULL);
      g_unlink (child);
    }
  g_rmdir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static GDateTime *
berlin (GTimeZone *tz,
        int        year,
        int        month,
        int        day,
        int        hour,
        int        minute)
{
  return g_date_time_new (tz, year, month, day, hour, minute, 0);
}

static void
assert_local (GDateTime *time,
              GTimeZone *tz,
              int        year,
              int        month,
              int        day,
              int        hour,
              int        minute)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (time, tz);

  g_assert_cmpint (g_date_time_get_year (local), ==, year);
  g_assert_cmpint (g_date_time_get_month (local), ==, month);
  g_assert_cmpint (g_date_time_get_day_of_month (local), ==, day);
  g_assert_cmpint (g_date_time_get_hour (local), ==, hour);
  g_assert_cmpint (g_date_time_get_minute (local), ==, minute);
}

static GPtrArray *
expand (const char *rule,
        GDateTime  *start,
        GTimeZone  *tz)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *times = engage_recurrence_expand (rule, start, tz, &error);

  g_assert_no_error (error);
  g_assert_nonnull (times);
  return times;
}

static void
test_every_tuesday_until_june (Fixture       *fixture,
                               gconstpointer  user_data)
{
  g_autofree char *rule = NULL;
  g_autoptr(GDateTime) start = berlin (fixture->tz, 2026, 3, 3, 9, 0);
  g_autoptr(GPtrArray) times = NULL;
  GDate until;

  g_date_clear (&until, 1);
  g_date_set_dmy (&until, 30, G_DATE_JUNE, 2026);
  rule = engage_recurrence_build_weekly (ENGAGE_WEEKDAY_BIT (G_DATE_TUESDAY), &until, fixture->tz);
  /* The last second of 30 June in Berlin (summer time) is 21:59:59 UTC. */
  g_assert_cmpstr (rule, ==, "FREQ=WEEKLY;UNTIL=20260630T215959Z;BYDAY=TU");

  times = expand (rule, start, fixture->tz);

  /* 3 March to 30 June 2026: eighteen Tuesdays. */
  g_assert_cmpuint (times->len, ==, 18);
  assert_local (g_ptr_array_index (times, 0), fixture->tz, 2026, 3, 3, 9, 0);
  assert_local (g_ptr_array_index (times, 17), fixture->tz, 2026, 6, 30, 9, 0);

  for (guint i = 0; i < times->len; i++)
    {
      GDateTime *time = g_ptr_array_index (times, i);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (time, fixture->tz);

      g_assert_cmpint (g_date_time_get_day_of_week (local), ==, G_DATE_TUESDAY);
      g_assert_cmpint (g_date_time_get_hour (local), ==, 9);
      /* Central European Time until 29 March, then summer time: the same
       * 09:00 is 08:00 UTC, then 07:00 UTC. */
      g_assert_cmpint (g_date_time_get_hour (time), ==, i < 4 ? 8 : 7);
    }
}

static void
test_first_monday_six_times (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autofree char *rule = engage_recurrence_build_monthly (1, G_DATE_MONDAY, 6);
  g_autoptr(GDateTime) start = berlin (fixture->tz, 2026, 1, 1, 9, 0);
  g_autoptr(GPtrArray) times = NULL;
  const int days[][2] = { { 1, 5 }, { 2, 2 }, { 3, 2 }, { 4, 6 }, { 5, 4 }, { 6, 1 } };

  g_assert_cmpstr (rule, ==, "FREQ=MONTHLY;COUNT=6;BYDAY=1MO");

  /* Started on a Thursday, the series begins on the first first Monday. */
  times = expand (rule, start, fixture->tz);
  g_assert_cmpuint (times->len, ==, G_N_ELEMENTS (days));
  for (guint i = 0; i < times->len; i++)
    assert_local (g_ptr_array_index (times, i), fixture->tz, 2026, days[i][0], days[i][1], 9, 0);

  g_clear_pointer (&rule, g_free);
  rule = engage_recurrence_build_monthly (-1, G_DATE_FRIDAY, 2);
  g_assert_cmpstr (rule, ==, "FREQ=MONTHLY;COUNT=2;BYDAY=-1FR");
}

static void
test_dst_autumn (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GDateTime) start = berlin (fixture->tz, 2026, 10, 13, 9, 0);
  g_autoptr(GPtrArray) times = expand ("RRULE:FREQ=WEEKLY;COUNT=4", start, fixture->tz);

  g_assert_cmpuint (times->len, ==, 4);
  /* 13 and 20 October in summer time, 27 October and 3 November in winter
   * time: the clock changes on 25 October. */
  for (guint i = 0; i < times->len; i++)
    {
      GDateTime *time = g_ptr_array_index (times, i);

      assert_local (time, fixture->tz, 2026, i < 3 ? 10 : 11, (const int[]) { 13, 20, 27, 3 }[i], 9, 0);
      g_assert_cmpint (g_date_time_get_hour (time), ==, i < 2 ? 7 : 8);
    }
}

static void
test_general_rules (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GDateTime) start = berlin (fixture->tz, 2026, 3, 2, 18, 30);
  g_autoptr(GPtrArray) times = expand ("freq=weekly;byday=mo,we;count=4", start, fixture->tz);
  g_autoptr(GPtrArray) until_day = expand ("FREQ=DAILY;UNTIL=20260305", start, fixture->tz);
  const char *bad_rules[] = { "", "FREQ=SOMETIMES", "BYDAY=MO", "FREQ=WEEKLY", "FREQ=DAILY;COUNT=1000" };

  g_assert_cmpuint (times->len, ==, 4);
  assert_local (g_ptr_array_index (times, 0), fixture->tz, 2026, 3, 2, 18, 30);
  assert_local (g_ptr_array_index (times, 1), fixture->tz, 2026, 3, 4, 18, 30);
  assert_local (g_ptr_array_index (times, 3), fixture->tz, 2026, 3, 11, 18, 30);

  /* An UNTIL given as a day includes that whole day. */
  g_assert_cmpuint (until_day->len, ==, 4);

  for (guint i = 0; i < G_N_ELEMENTS (bad_rules); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) none = engage_recurrence_expand (bad_rules[i], start, fixture->tz, &error);

      g_test_message ("rule: %s", bad_rules[i]);
      g_assert_null (none);
      g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
      g_assert_false (engage_recurrence_validate (bad_rules[i], NULL));
    }

  g_assert_true (engage_recurrence_validate ("FREQ=MONTHLY;BYDAY=1MO;COUNT=6", NULL));
}

static GPtrArray *
add_series (Fixture    *fixture,
            const char *rule,
            GDateTime  *start)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngagePost) template_post = engage_post_new (fixture->channel_id, "Brezel der Woche");
  GPtrArray *posts = NULL;

  engage_post_set_body (template_post, "Jeden Dienstag eine neue Brezel. #Brezel");
  engage_post_set_status (template_post, ENGAGE_POST_STATUS_DRAFT);
  engage_post_set_owner (template_post, "Lena");
  engage_post_set_scheduled_at (template_post, start);

  g_assert_true (engage_project_add_post_series (fixture->project, template_post, rule, &posts, &error));
  g_assert_no_error (error);
  g_assert_nonnull (posts);
  return posts;
}

static void
test_add_series (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GDateTime) start = berlin (fixture->tz, 2026, 3, 3, 9, 0);
  g_autoptr(GPtrArray) posts = add_series (fixture, "FREQ=WEEKLY;BYDAY=TU;COUNT=6", start);
  g_autoptr(GListModel) stored = NULL;
  g_autoptr(GError) error = NULL;
  EngageProjectCounts counts;
  const char *series_id;

  g_assert_cmpuint (posts->len, ==, 6);
  series_id = engage_post_get_series_id (g_ptr_array_index (posts, 0));
  g_assert_nonnull (series_id);

  stored = engage_project_list_series_posts (fixture->project, series_id);
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (stored, i);

      g_assert_cmpstr (engage_post_get_series_id (post), ==, series_id);
      g_assert_cmpstr (engage_post_get_title (post), ==, "Brezel der Woche");
      g_assert_cmpstr (engage_post_get_owner (post), ==, "Lena");
      g_assert_cmpint (engage_post_get_status (post), ==, ENGAGE_POST_STATUS_DRAFT);
      assert_local (engage_post_get_scheduled_at (post), fixture->tz, 2026, i < 5 ? 3 : 4,
                    (const int[]) { 3, 10, 17, 24, 31, 7 }[i], 9, 0);
    }

  /* One undo step takes the whole series back. */
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Add Recurring Posts");
  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_true (engage_project_get_counts (fixture->project, &counts, &error));
  g_assert_cmpuint (counts.posts, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, 0);
}

static void
test_existing_post_starts_series (Fixture       *fixture,
                                  gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngagePost) post = engage_post_new (fixture->channel_id, "Montagsfrage");
  g_autoptr(GDateTime) start = berlin (fixture->tz, 2026, 2, 2, 12, 0);
  g_autoptr(GPtrArray) posts = NULL;
  EngageProjectCounts counts;

  engage_post_set_scheduled_at (post, start);
  g_assert_true (engage_project_add_post (fixture->project, post, &error));

  g_assert_true (engage_project_add_post_series (fixture->project, post, "FREQ=WEEKLY;COUNT=3",
                                                 &posts, &error));
  g_assert_no_error (error);

  /* The post itself is the first of three, not doubled. */
  g_assert_true (engage_project_get_counts (fixture->project, &counts, &error));
  g_assert_cmpuint (counts.posts, ==, 3);
  g_assert_cmpuint (posts->len, ==, 3);
  g_assert_cmpint (engage_post_get_id (g_ptr_array_index (posts, 0)), ==, engage_post_get_id (post));
}

static void
test_this_and_following (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GDateTime) start = berlin (fixture->tz, 2026, 3, 3, 9, 0);
  g_autoptr(GPtrArray) posts = add_series (fixture, "FREQ=WEEKLY;BYDAY=TU;COUNT=6", start);
  g_autoptr(EngagePost) third = engage_post_copy (g_ptr_array_index (posts, 2));
  g_autoptr(EngagePost) fifth = NULL;
  g_autoptr(GListModel) stored = NULL;
  g_autoptr(GDateTime) later = NULL;
  g_autoptr(GError) error = NULL;

  /* Third post: new title, one hour later. */
  later = berlin (fixture->tz, 2026, 3, 17, 10, 0);
  engage_post_set_title (third, "Brezel des Monats");
  engage_post_set_scheduled_at (third, later);

  g_assert_true (engage_project_update_post_series (fixture->project, third,
                                                    ENGAGE_SERIES_SCOPE_THIS_AND_FOLLOWING, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Change Recurring Posts");

  stored = engage_project_list_series_posts (fixture->project, engage_post_get_series_id (third));
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (stored, i);
      gboolean changed = i >= 2;

      g_assert_cmpstr (engage_post_get_title (post), ==, changed ? "Brezel des Monats" : "Brezel der Woche");
      /* Fields the edit did not touch stay. */
      g_assert_cmpstr (engage_post_get_owner (post), ==, "Lena");
      assert_local (engage_post_get_scheduled_at (post), fixture->tz, 2026, i < 5 ? 3 : 4,
                    (const int[]) { 3, 10, 17, 24, 31, 7 }[i], changed ? 10 : 9, 0);
    }

  /* "This post" changes only that one. */
  fifth = g_list_model_get_item (stored, 4);
  engage_post_set_owner (fifth, "Markus");
  g_assert_true (engage_project_update_post_series (fixture->project, fifth, ENGAGE_SERIES_SCOPE_THIS, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (stored, i);

      g_assert_cmpstr (engage_post_get_owner (post), ==, i == 4 ? "Markus" : "Lena");
    }

  /* Undo of the owner, then of the "this and following" edit in one step. */
  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (stored, i);

      g_assert_cmpstr (engage_post_get_title (post), ==, "Brezel der Woche");
      assert_local (engage_post_get_scheduled_at (post), fixture->tz, 2026, i < 5 ? 3 : 4,
                    (const int[]) { 3, 10, 17, 24, 31, 7 }[i], 9, 0);
    }
}

static void
test_move_following_by_days (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(GDateTime) start = berlin (fixture->tz, 2026, 10, 6, 9, 0);
  g_autoptr(GPtrArray) posts = add_series (fixture, "FREQ=WEEKLY;COUNT=4", start);
  g_autoptr(EngagePost) second = engage_post_copy (g_ptr_array_index (posts, 1));
  g_autoptr(GDateTime) thursday = berlin (fixture->tz, 2026, 10, 15, 9, 0);
  g_autoptr(GListModel) stored = NULL;
  g_autoptr(GError) error = NULL;
  const int expected[] = { 6, 15, 22, 29 };

  /* Tuesday 13 October moved to Thursday 15: the following move two days too,
   * across the change to winter time, and stay at 09:00. */
  engage_post_set_scheduled_at (second, thursday);
  g_assert_true (engage_project_update_post_series (fixture->project, second,
                                                    ENGAGE_SERIES_SCOPE_THIS_AND_FOLLOWING, &error));
  g_assert_no_error (error);

  stored = engage_project_list_series_posts (fixture->project, engage_post_get_series_id (second));
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (stored, i);

      assert_local (engage_post_get_scheduled_at (post), fixture->tz, 2026, 10, expected[i], 9, 0);
    }
}

static void
test_series_needs_date (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngagePost) post = engage_post_new (fixture->channel_id, "Idee");

  g_assert_false (engage_project_add_post_series (fixture->project, post, "FREQ=WEEKLY;COUNT=3", NULL, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Add Channel");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/core/recurrence/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("every-tuesday-until-june", test_every_tuesday_until_june);
  ADD ("first-monday-six-times", test_first_monday_six_times);
  ADD ("dst-autumn", test_dst_autumn);
  ADD ("general-rules", test_general_rules);
  ADD ("add-series", test_add_series);
  ADD ("existing-post-starts-series", test_existing_post_starts_series);
  ADD ("this-and-following", test_this_and_following);
  ADD ("move-following-by-days", test_move_following_by_days);
  ADD ("series-needs-date", test_series_needs_date);

#undef ADD

  return g_test_run ();
}
