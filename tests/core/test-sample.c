/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "engage-channel.h"
#include "engage-measurement.h"
#include "engage-nps-response.h"
#include "engage-post.h"
#include "engage-post-metric.h"
#include "engage-project.h"
#include "engage-sample.h"
#include "engage-test-util.h"

/* The sample project: what the foundation promises a new user sees, and the same
 * file for the same day. */

static char *
make_sample (const char *dir,
             const char *name,
             const char *language,
             const char *today_iso)
{
  g_autoptr(EngageProject) project = engage_test_create_project (dir, name, "Sample");
  g_autoptr(GError) error = NULL;
  GDate today;

  g_assert_true (engage_iso_date_parse (today_iso, &today));
  g_assert_true (engage_sample_fill (project, language, &today, &error));
  g_assert_no_error (error);
  engage_project_close (project);

  return g_build_filename (dir, name, NULL);
}

static EngageProject *
open_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  EngageProject *project = engage_project_open (file, &error);

  g_assert_no_error (error);
  return project;
}

static void
test_counts (gconstpointer data)
{
  const char *language = data;
  g_autofree char *dir = engage_test_make_dir ();
  g_autofree char *path = make_sample (dir, "sample.engage", language, "2026-11-23");
  g_autoptr(EngageProject) project = open_path (path);
  g_autoptr(GError) error = NULL;
  EngageProjectCounts counts;

  g_assert_true (engage_project_get_counts (project, &counts, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (counts.channels, >=, 5);
  g_assert_cmpuint (counts.pillars, >=, 4);
  g_assert_cmpuint (counts.posts, >=, 150);
  g_assert_cmpuint (counts.post_metrics, >=, 100);
  g_assert_cmpuint (counts.guideline_sections, >=, 8);
  g_assert_cmpuint (counts.rules, >=, 6);
  g_assert_cmpuint (counts.kpis, >=, 4);
  g_assert_cmpuint (counts.measurements, >=, 20);
  g_assert_cmpuint (counts.nps_surveys, ==, 1);
  g_assert_cmpuint (counts.nps_responses, >=, 200);
  g_assert_cmpstr (engage_project_get_language (project), ==, language);
  g_assert_cmpstr (engage_project_get_client (project), ==, "Bäckerei Hägele");

  /* Edits after the sample start a fresh history. */
  g_assert_false (engage_project_can_undo (project));

  engage_project_close (project);
  engage_test_remove_dir (dir);
}

/* Past posts are published (or now and then archived) with metrics; the future
 * holds every planning status; some ideas wait without a date. */
static void
test_plan_shape (void)
{
  g_autofree char *dir = engage_test_make_dir ();
  g_autofree char *path = make_sample (dir, "sample.engage", "en", "2026-11-23");
  g_autoptr(EngageProject) project = open_path (path);
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) now = g_date_time_new (berlin, 2026, 11, 23, 12, 0, 0);
  g_autoptr(GDateTime) start = g_date_time_add_weeks (now, -13);
  g_autoptr(GDateTime) end = g_date_time_add_weeks (now, 9);
  g_autoptr(GListModel) posts = engage_project_list_posts (project, start, end);
  g_autoptr(GListModel) ideas = engage_project_list_unscheduled_posts (project);
  gboolean future_status[ENGAGE_POST_STATUS_ARCHIVED + 1] = { FALSE, };
  guint n_past = 0, n_future = 0, n_with_metrics = 0;
  gint64 first = G_MAXINT64, last = 0;

  for (guint i = 0; i < g_list_model_get_n_items (posts); i++)
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (posts, i);
      GDateTime *when = engage_post_get_scheduled_at (post);
      EngagePostStatus status = engage_post_get_status (post);

      first = MIN (first, g_date_time_to_unix (when));
      last = MAX (last, g_date_time_to_unix (when));

      if (g_date_time_compare (when, now) < 0 && status != ENGAGE_POST_STATUS_DRAFT &&
          status != ENGAGE_POST_STATUS_IN_REVIEW)
        {
          g_autoptr(GListModel) metrics = engage_project_list_post_metrics (project, engage_post_get_id (post));

          n_past++;
          g_assert_true (status == ENGAGE_POST_STATUS_PUBLISHED || status == ENGAGE_POST_STATUS_ARCHIVED);
          if (status == ENGAGE_POST_STATUS_PUBLISHED)
            {
              g_autoptr(EngagePostMetric) metric = NULL;

              g_assert_cmpuint (g_list_model_get_n_items (metrics), ==, 1);
              metric = g_list_model_get_item (metrics, 0);
              g_assert_cmpint (engage_post_metric_get_impressions (metric), >, 0);
              g_assert_cmpstr (engage_post_get_permalink (post), !=, "");
              n_with_metrics++;
            }
        }
      else if (g_date_time_compare (when, now) >= 0)
        {
          n_future++;
          future_status[status] = TRUE;
          g_assert_cmpint (status, !=, ENGAGE_POST_STATUS_PUBLISHED);
        }
    }

  g_assert_cmpuint (n_past, >=, 80);
  g_assert_cmpuint (n_future, >=, 40);
  g_assert_cmpuint (n_with_metrics, >=, 80);
  for (EngagePostStatus s = ENGAGE_POST_STATUS_IDEA; s <= ENGAGE_POST_STATUS_SCHEDULED; s++)
    g_assert_true (future_status[s]);

  /* About twelve weeks back and eight ahead. */
  g_assert_cmpint ((g_date_time_to_unix (now) - first) / (7 * 86400), >=, 11);
  g_assert_cmpint ((last - g_date_time_to_unix (now)) / (7 * 86400), >=, 7);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), >=, 5);

  engage_project_close (project);
  engage_test_remove_dir (dir);
}

/* Two runs with the same date write the same bytes; another date does not. */
static void
test_reproducible (void)
{
  g_autofree char *dir = engage_test_make_dir ();
  g_autofree char *a = make_sample (dir, "a.engage", "de", "2026-03-02");
  g_autofree char *b = make_sample (dir, "b.engage", "de", "2026-03-02");
  g_autofree char *c = make_sample (dir, "c.engage", "de", "2026-03-09");
  g_autofree char *bytes_a = NULL;
  g_autofree char *bytes_b = NULL;
  g_autofree char *bytes_c = NULL;
  gsize length_a, length_b, length_c;

  g_assert_true (g_file_get_contents (a, &bytes_a, &length_a, NULL));
  g_assert_true (g_file_get_contents (b, &bytes_b, &length_b, NULL));
  g_assert_true (g_file_get_contents (c, &bytes_c, &length_c, NULL));

  g_assert_cmpuint (length_a, ==, length_b);
  g_assert_true (memcmp (bytes_a, bytes_b, length_a) == 0);
  g_assert_true (length_a != length_c || memcmp (bytes_a, bytes_c, length_a) != 0);

  engage_test_remove_dir (dir);
}

static void
test_unknown_language (void)
{
  g_autofree char *dir = engage_test_make_dir ();
  g_autoptr(EngageProject) project = engage_test_create_project (dir, "x.engage", "Sample");
  g_autoptr(GError) error = NULL;
  EngageProjectCounts counts;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, 6, 2026);
  g_assert_false (engage_sample_fill (project, "fr", &today, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (engage_project_get_counts (project, &counts, &error));
  g_assert_cmpuint (counts.posts, ==, 0);

  engage_project_close (project);
  engage_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/core/sample/counts/de", "de", test_counts);
  g_test_add_data_func ("/core/sample/counts/en", "en", test_counts);
  g_test_add_func ("/core/sample/plan-shape", test_plan_shape);
  g_test_add_func ("/core/sample/reproducible", test_reproducible);
  g_test_add_func ("/core/sample/unknown-language", test_unknown_language);

  return g_test_run ();
}
