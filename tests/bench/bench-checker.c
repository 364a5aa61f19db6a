/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <stdio.h>

#include <glib/gstdio.h>

#include "engage-channel.h"
#include "engage-checker.h"
#include "engage-pillar.h"
#include "engage-post.h"
#include "engage-project-private.h"
#include "engage-sample.h"

/*
 * How long the guideline's checker takes on a plan: the whole plan (what the
 * calendar's badges, the Check Plan view and `engage-cli check` ask for), the
 * six weeks of a month grid, and one post (what the post editor asks for while
 * the text is typed). It runs on the sample project, with its channels, pillars
 * and eleven rules, and on the same project with 100,000 more posts whose texts
 * break a rule now and then.
 *
 * Not a test: it prints figures. Run it with
 *   meson test -C _build --benchmark --suite bench --verbose
 * or start tests/bench/bench-checker from the build directory.
 * ENGAGE_BENCH_POSTS sets another number of generated posts.
 */

#define DEFAULT_POSTS 100000
#define N_REPEATS 5
#define N_SINGLE 1000
#define FIRST_YEAR 2022
#define N_YEARS 10

static const char *bodies[] = {
  "Fresh rolls from the oven, every morning from six. #Bakery #Breakfast",
  "Our cinnamon buns are back! Cheap and cheerful, only this week. #Offer",
  "Three tips for a crisp crust at home: steam, heat, patience. https://example.com/crust",
  "Questions about your order? Write to orders@example.com or call +49 711 1234567.",
  "Thank you for 10,000 followers! 🥨 #Thanks #Community #Bakery #Bread #Local #Swabia #Stuttgart "
  "#Baking #Sourdough #Handmade #Morning",
  "Behind the scenes: Maria shapes 400 pretzels before sunrise.",
};

static EngageProject *
create_project (const char *dir,
                guint       n_posts)
{
  g_autofree char *path = g_build_filename (dir, "checker.engage", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GListModel) channels = NULL;
  g_autoptr(GListModel) pillars = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GError) error = NULL;
  EngageProject *project;
  GDate today;
  gint64 span;
  gint64 begin;
  guint n_channels, n_pillars;

  g_unlink (path);
  project = engage_project_create (file, "Bench", &error);
  g_assert_no_error (error);
  g_assert_true (engage_iso_date_parse ("2026-11-23", &today));
  g_assert_true (engage_sample_fill (project, "en", &today, &error));
  g_assert_no_error (error);

  if (n_posts == 0)
    return project;

  channels = engage_project_list_channels (project);
  pillars = engage_project_list_pillars (project);
  n_channels = g_list_model_get_n_items (channels);
  n_pillars = g_list_model_get_n_items (pillars);
  g_assert_cmpuint (n_channels, >, 0);
  g_assert_cmpuint (n_pillars, >, 0);

  start = g_date_time_new (engage_project_get_tz (project), FIRST_YEAR, 1, 1, 0, 0, 0);
  span = (gint64) N_YEARS * 365 * 24 * 3600;
  begin = g_get_monotonic_time ();

  _engage_project_set_undo_enabled (project, FALSE);
  g_assert_true (_engage_project_begin_edit (project, &error));
  for (guint i = 0; i < n_posts; i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (channels, i % n_channels);
      g_autoptr(GObject) pillar = g_list_model_get_item (pillars, i % n_pillars);
      g_autofree char *title = g_strdup_printf ("Generated post %u", i);
      g_autoptr(EngagePost) post = engage_post_new (engage_channel_get_id (channel), title);
      gint64 offset = (gint64) ((double) i / n_posts * span) + (i * 7919 % 3600);
      g_autoptr(GDateTime) time = g_date_time_add_seconds (start, offset);
      gint64 pillar_id = 0;

      g_object_get (pillar, "id", &pillar_id, NULL);
      engage_post_set_scheduled_at (post, time);
      engage_post_set_pillar_id (post, pillar_id);
      engage_post_set_body (post, bodies[i % G_N_ELEMENTS (bodies)]);
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

/* A new checker each time: the badges recompute after an edit, when the
 * checker has to read the rules again anyway. */
static double
time_plan (EngageProject *project,
           GDateTime     *from,
           GDateTime     *to,
           guint         *n_findings)
{
  g_autoptr(EngageChecker) checker = engage_checker_new (project);
  g_autoptr(GPtrArray) findings = engage_findings_new ();
  g_autoptr(GError) error = NULL;
  gint64 t0 = g_get_monotonic_time ();

  g_assert_true (engage_checker_check_plan (checker, from, to, findings, &error));
  g_assert_no_error (error);
  *n_findings = findings->len;

  return (g_get_monotonic_time () - t0) / 1000.0;
}

static void
run (const char    *label,
     EngageProject *project)
{
  GTimeZone *tz = engage_project_get_tz (project);
  g_autoptr(GDateTime) from = g_date_time_new (tz, 2026, 10, 26, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_add_weeks (from, 6);
  g_autoptr(GListModel) posts = engage_project_list_posts (project, from, to);
  g_autoptr(EngageChecker) checker = engage_checker_new (project);
  double whole[N_REPEATS], grid[N_REPEATS];
  guint n_whole = 0, n_grid = 0, n_checked = 0, n_items;
  gint64 t0;

  for (guint i = 0; i < N_REPEATS; i++)
    {
      whole[i] = time_plan (project, NULL, NULL, &n_whole);
      grid[i] = time_plan (project, from, to, &n_grid);
    }

  printf ("%s (median of %u)\n", label, N_REPEATS);
  printf ("  whole plan: %.1f ms, %u findings\n", median (whole, N_REPEATS), n_whole);
  printf ("  six weeks of a month grid (%u posts): %.2f ms, %u findings\n",
          g_list_model_get_n_items (posts), median (grid, N_REPEATS), n_grid);

  /* One post at a time, as the editor checks while the text is typed */
  n_items = g_list_model_get_n_items (posts);
  t0 = g_get_monotonic_time ();
  for (guint i = 0; i < N_SINGLE && n_items > 0; i++)
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (posts, i % n_items);
      g_autoptr(GPtrArray) findings = engage_findings_new ();

      engage_checker_check_post (checker, post, findings);
      n_checked++;
    }
  if (n_checked > 0)
    printf ("  one post: %.3f ms on average over %u\n\n",
            (g_get_monotonic_time () - t0) / 1000.0 / n_checked, n_checked);
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
    n_posts = (guint) g_ascii_strtoull (posts_env, NULL, 10);

  dir = g_dir_make_tmp ("engage-bench-checker-XXXXXX", NULL);
  g_assert_nonnull (dir);

  sample = create_project (dir, 0);
  run ("Sample project", sample);
  engage_project_close (sample);
  g_clear_object (&sample);

  large = create_project (dir, n_posts);
  run ("Sample project with generated posts", large);
  engage_project_close (large);
  g_clear_object (&large);

  {
    g_autofree char *path = g_build_filename (dir, "checker.engage", NULL);

    g_unlink (path);
    g_rmdir (dir);
  }

  return 0;
}
