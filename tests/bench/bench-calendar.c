/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <stdio.h>

#include <glib/gstdio.h>

#include "calendar/engage-calendar-filter.h"
#include "calendar/engage-month-model.h"
#include "engage-channel.h"
#include "engage-holidays.h"
#include "engage-pillar.h"
#include "engage-post.h"
#include "engage-project-private.h"
#include "engage-sample.h"

/*
 * How long the calendar takes to show a month: the indexed query for the
 * grid's days (engage_project_list_posts) and the month view's state built
 * from its result (EngageMonthModel: cells, holidays, posts per day), on the
 * sample project and on a generated one with 100,000 posts; then the same for
 * switching through 24 months in a row, as Page Down does; and the list view's
 * model of every post: loading it, and reloading it after an edit and an undo.
 *
 * Not a test: it prints figures. Run it with
 *   meson test -C _build --benchmark --suite bench --verbose
 * or start tests/bench/bench-calendar from the build directory.
 * ENGAGE_BENCH_POSTS sets another number of generated posts.
 */

#define DEFAULT_POSTS 100000
#define N_SWITCHES 24
#define N_REPEATS 15
/* The generated posts spread over these years, about 27 a day for 100,000:
 * far denser than any real plan, so that a month holds over 800 of them. */
#define FIRST_YEAR 2022
#define N_YEARS 10

typedef struct
{
  double query_ms;
  double state_ms;
  guint  n_posts;
} Timing;

static EngageProject *
create_project (const char *dir,
                const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  EngageProject *project;

  g_unlink (path);
  project = engage_project_create (file, "Bench", &error);
  g_assert_no_error (error);

  return project;
}

static EngageProject *
create_sample (const char *dir)
{
  EngageProject *project = create_project (dir, "sample.engage");
  g_autoptr(GError) error = NULL;
  GDate today;

  g_assert_true (engage_iso_date_parse ("2026-11-23", &today));
  g_assert_true (engage_sample_fill (project, "en", &today, &error));
  g_assert_no_error (error);

  return project;
}

/* Adds @n_posts posts through the public API, nested in one edit so that they
 * go in as one transaction, without an undo log. */
static EngageProject *
create_large (const char *dir,
              guint       n_posts)
{
  EngageProject *project = create_project (dir, "large.engage");
  const EngageChannelKind kinds[] = {
    ENGAGE_CHANNEL_KIND_INSTAGRAM, ENGAGE_CHANNEL_KIND_FACEBOOK, ENGAGE_CHANNEL_KIND_LINKEDIN,
    ENGAGE_CHANNEL_KIND_NEWSLETTER, ENGAGE_CHANNEL_KIND_X,
  };
  const char *pillars[] = { "Product", "Tips", "Behind the scenes", "Community", "Offers", "Stories" };
  gint64 channel_ids[G_N_ELEMENTS (kinds)];
  gint64 pillar_ids[G_N_ELEMENTS (pillars)];
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GError) error = NULL;
  GTimeZone *tz = engage_project_get_tz (project);
  gint64 span;
  gint64 begin;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(EngageChannel) channel = engage_channel_new (kinds[i], engage_channel_kind_get_label (kinds[i]));

      g_assert_true (engage_project_add_channel (project, channel, &error));
      channel_ids[i] = engage_channel_get_id (channel);
    }
  for (guint i = 0; i < G_N_ELEMENTS (pillars); i++)
    {
      g_autoptr(EngagePillar) pillar = engage_pillar_new (pillars[i]);

      g_assert_true (engage_project_add_pillar (project, pillar, &error));
      pillar_ids[i] = engage_pillar_get_id (pillar);
    }

  start = g_date_time_new (tz, FIRST_YEAR, 1, 1, 0, 0, 0);
  span = (gint64) N_YEARS * 365 * 24 * 3600;
  begin = g_get_monotonic_time ();

  _engage_project_set_undo_enabled (project, FALSE);
  g_assert_true (_engage_project_begin_edit (project, &error));
  for (guint i = 0; i < n_posts; i++)
    {
      g_autofree char *title = g_strdup_printf ("Generated post %u", i);
      g_autoptr(EngagePost) post = engage_post_new (channel_ids[i % G_N_ELEMENTS (channel_ids)], title);
      /* A spread that is even over the years but not regular within a day */
      gint64 offset = (gint64) ((double) i / n_posts * span) + (i * 7919 % 3600);
      g_autoptr(GDateTime) time = g_date_time_add_seconds (start, offset);

      engage_post_set_scheduled_at (post, time);
      engage_post_set_pillar_id (post, pillar_ids[i % G_N_ELEMENTS (pillar_ids)]);
      engage_post_set_status (post, (EngagePostStatus) (i % (ENGAGE_POST_STATUS_PUBLISHED + 1)));
      if (!engage_project_add_post (project, post, &error))
        g_error ("%s", error->message);
    }
  g_assert_true (_engage_project_commit_edit (project, "Generate", ENGAGE_TABLE_POST, &error));
  _engage_project_set_undo_enabled (project, TRUE);

  printf ("Generated %u posts in one transaction in %.1f s\n\n",
          n_posts, (g_get_monotonic_time () - begin) / 1e6);

  return project;
}

/* What the calendar page does to show a month: query the grid's range, then
 * lay out the result. */
static Timing
show_month (EngageProject        *project,
            EngageCalendarFilter *filter,
            GDateYear             year,
            GDateMonth            month)
{
  g_autoptr(EngageMonthModel) model = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GListModel) posts = NULL;
  g_autoptr(GArray) holidays = NULL;
  GTimeZone *tz = engage_project_get_tz (project);
  GDate today;
  gint64 t0, t1, t2;
  Timing timing;

  t0 = g_get_monotonic_time ();
  model = engage_month_model_new_month (year, month, G_DATE_MONDAY);
  from = engage_month_model_dup_start (model, tz);
  to = engage_month_model_dup_end (model, tz);
  posts = engage_project_list_posts (project, from, to);
  /* The live model loads on creation; count to be sure it has. */
  timing.n_posts = g_list_model_get_n_items (posts);
  t1 = g_get_monotonic_time ();

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 23, 11, 2026);
  engage_month_model_set_today (model, &today);
  holidays = engage_holidays_list ("DE", &engage_month_model_get_cell (model, 0)->date,
                                   &engage_month_model_get_cell (model, engage_month_model_get_n_cells (model) - 1)->date);
  engage_month_model_set_holidays (model, holidays);
  engage_month_model_set_posts (model, posts, tz, filter);
  t2 = g_get_monotonic_time ();

  timing.query_ms = (t1 - t0) / 1000.0;
  timing.state_ms = (t2 - t1) / 1000.0;

  return timing;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), (GCompareFunc) compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static void
run (const char    *label,
     EngageProject *project)
{
  g_autoptr(EngageCalendarFilter) filter = engage_calendar_filter_new ();
  g_autoptr(EngageCalendarFilter) search = engage_calendar_filter_new ();
  double query[N_REPEATS], state[N_REPEATS], searched[N_REPEATS];
  double total_query = 0, total_state = 0, worst = 0;
  guint n_posts = 0, n_switched = 0;
  gint64 t0;
  double wall;

  engage_calendar_filter_set_search_text (search, "post 4");

  /* One month, shown again and again (the page refreshes after every edit) */
  for (guint i = 0; i < N_REPEATS; i++)
    {
      Timing timing = show_month (project, filter, 2026, G_DATE_NOVEMBER);
      Timing filtered = show_month (project, search, 2026, G_DATE_NOVEMBER);

      query[i] = timing.query_ms;
      state[i] = timing.state_ms;
      searched[i] = filtered.state_ms;
      n_posts = timing.n_posts;
    }

  printf ("%s: November 2026, %u posts on the grid's 42 days (median of %u)\n",
          label, n_posts, N_REPEATS);
  printf ("  query %.2f ms, state %.2f ms, total %.2f ms; state with a text search %.2f ms\n",
          median (query, N_REPEATS), median (state, N_REPEATS),
          median (query, N_REPEATS) + median (state, N_REPEATS), median (searched, N_REPEATS));

  /* 24 months in a row, as Page Down does */
  t0 = g_get_monotonic_time ();
  for (guint i = 0; i < N_SWITCHES; i++)
    {
      guint month = (10 + i) % 12 + 1;
      guint year = 2026 + (10 + i) / 12;
      Timing timing = show_month (project, filter, year, month);

      total_query += timing.query_ms;
      total_state += timing.state_ms;
      worst = MAX (worst, timing.query_ms + timing.state_ms);
      n_switched += timing.n_posts;
    }
  wall = (g_get_monotonic_time () - t0) / 1000.0;

  printf ("  %u months in a row (%u posts): %.1f ms in all (query %.1f ms, state %.1f ms), "
          "%.2f ms a month on average, %.2f ms at most\n\n",
          N_SWITCHES, n_switched, wall, total_query, total_state, wall / N_SWITCHES, worst);
}

/* What the list view pays: loading every post once when it is shown, then,
 * with that live model attached, one edit and its undo, which reload it. */
static void
run_list (const char    *label,
          EngageProject *project)
{
  g_autoptr(GListModel) posts = NULL;
  g_autoptr(GError) error = NULL;
  double load[N_REPEATS], edit[N_REPEATS], undo[N_REPEATS];
  guint n_posts = 0;

  for (guint i = 0; i < N_REPEATS; i++)
    {
      gint64 t0 = g_get_monotonic_time ();

      g_clear_object (&posts);
      posts = engage_project_list_posts (project, NULL, NULL);
      n_posts = g_list_model_get_n_items (posts);
      load[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }

  for (guint i = 0; i < N_REPEATS; i++)
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (posts, n_posts / 2);
      g_autofree char *title = g_strdup_printf ("Edited %u", i);
      gint64 t0, t1;

      engage_post_set_title (post, title);
      t0 = g_get_monotonic_time ();
      if (!engage_project_update_post (project, post, &error))
        g_error ("%s", error->message);
      t1 = g_get_monotonic_time ();
      if (!engage_project_undo (project, &error))
        g_error ("%s", error->message);
      edit[i] = (t1 - t0) / 1000.0;
      undo[i] = (g_get_monotonic_time () - t1) / 1000.0;
    }

  printf ("%s: list of all %u posts (median of %u)\n", label, n_posts, N_REPEATS);
  printf ("  first load %.1f ms; an edit with the list's live model attached %.1f ms, its undo %.1f ms\n\n",
          median (load, N_REPEATS), median (edit, N_REPEATS), median (undo, N_REPEATS));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autoptr(EngageProject) sample = NULL;
  g_autoptr(EngageProject) large = NULL;
  const char *posts_env = g_getenv ("ENGAGE_BENCH_POSTS");
  guint n_posts = DEFAULT_POSTS;

  setlocale (LC_ALL, "");

  if (posts_env != NULL)
    n_posts = MAX (1, (guint) g_ascii_strtoull (posts_env, NULL, 10));

  dir = g_dir_make_tmp ("engage-bench-calendar-XXXXXX", NULL);
  g_assert_nonnull (dir);

  sample = create_sample (dir);
  large = create_large (dir, n_posts);

  printf ("One frame at 60 Hz is 16.7 ms.\n\n");
  run ("Sample project", sample);
  run ("Generated project", large);
  run_list ("Sample project", sample);
  run_list ("Generated project", large);

  engage_project_close (sample);
  engage_project_close (large);
  {
    g_autofree char *a = g_build_filename (dir, "sample.engage", NULL);
    g_autofree char *b = g_build_filename (dir, "large.engage", NULL);

    g_unlink (a);
    g_unlink (b);
    g_rmdir (dir);
  }

  return 0;
}
