/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "engage-channel.h"
#include "engage-chart-format.h"
#include "engage-engagement.h"
#include "engage-post.h"
#include "engage-post-metric.h"
#include "engage-project.h"
#include "engage-sample.h"
#include "goals/engage-engagement-view.h"

/* The engagement analytics on the sample: what the view shows is what core
 * computes for the same period and basis, the formula follows the basis, the
 * top list is short and ordered, and a project without metrics says how to
 * get them until some arrive. */

#define SAMPLE_TODAY "2026-11-23"

typedef struct
{
  char          *dir;
  EngageProject *project;
  GtkWidget     *window;
  GtkWidget     *view;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  fixture->dir = g_dir_make_tmp ("engage-engagement-view-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "Sample.engage", NULL);
  file = g_file_new_for_path (path);

  fixture->project = engage_project_create (file, "Sample", &error);
  g_assert_no_error (error);
  if (data == NULL)
    {
      g_assert_true (engage_iso_date_parse (SAMPLE_TODAY, &today));
      g_assert_true (engage_sample_fill (fixture->project, "en", &today, &error));
      g_assert_no_error (error);
    }

  fixture->view = engage_engagement_view_new (fixture->project);
  engage_engagement_view_set_today (ENGAGE_ENGAGEMENT_VIEW (fixture->view), SAMPLE_TODAY);
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 700);
  gtk_window_set_child (GTK_WINDOW (fixture->window), fixture->view);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "Sample.engage", NULL);

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  engage_project_close (fixture->project);
  g_clear_object (&fixture->project);
  g_unlink (path);
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

/* Helpers */

static void
collect_named (GtkWidget  *widget,
               const char *name,
               GPtrArray  *found)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_named (child, name, found);
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_named (root, name, found);
  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

static const char *
label_text (GtkWidget  *root,
            const char *name)
{
  GtkWidget *label = find_named (root, name);

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_label (GTK_LABEL (label));
}

static EngageEngagementComparison
core_comparison (Fixture               *fixture,
                 EngageEngagementSpan   span,
                 EngageEngagementBasis  basis)
{
  g_autoptr(GError) error = NULL;
  EngageEngagementComparison comparison;
  EngageEngagementRange range;

  g_assert_true (engage_engagement_range_init (&range, span, SAMPLE_TODAY));
  g_assert_true (engage_project_compare_engagement (fixture->project, 0, basis, &range,
                                                    &comparison, &error));
  g_assert_no_error (error);
  return comparison;
}

static void
assert_rate_shown (Fixture               *fixture,
                   EngageEngagementSpan   span,
                   EngageEngagementBasis  basis)
{
  EngageEngagementComparison comparison = core_comparison (fixture, span, basis);
  g_autofree char *rate = engage_chart_format_value (comparison.current.rate, 1, "%");
  g_autofree char *posts = engage_chart_format_number (comparison.current.n_posts, 0);

  g_assert_cmpuint (comparison.current.n_posts, >, 0);
  g_assert_true (isfinite (comparison.current.rate));
  g_assert_cmpstr (label_text (fixture->view, "rate-label"), ==, rate);
  g_assert_cmpstr (label_text (fixture->view, "posts-value"), ==, posts);
}

/* Tests */

static void
test_overall_rate (Fixture       *fixture,
                   gconstpointer  data)
{
  EngageEngagementView *view = ENGAGE_ENGAGEMENT_VIEW (fixture->view);

  /* By default the last three months on the project's basis, reach. */
  g_assert_cmpint (engage_engagement_view_get_span (view), ==, ENGAGE_ENGAGEMENT_SPAN_3_MONTHS);
  g_assert_cmpint (engage_engagement_view_get_basis (view), ==,
                   engage_project_get_engagement_basis (fixture->project));
  g_assert_cmpint (engage_engagement_view_get_basis (view), ==, ENGAGE_ENGAGEMENT_BASIS_REACH);
  assert_rate_shown (fixture, ENGAGE_ENGAGEMENT_SPAN_3_MONTHS, ENGAGE_ENGAGEMENT_BASIS_REACH);

  /* The period's dropdown, as a user picks it. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (find_named (fixture->view, "span-dropdown")),
                              ENGAGE_ENGAGEMENT_SPAN_4_WEEKS);
  g_assert_cmpint (engage_engagement_view_get_span (view), ==, ENGAGE_ENGAGEMENT_SPAN_4_WEEKS);
  assert_rate_shown (fixture, ENGAGE_ENGAGEMENT_SPAN_4_WEEKS, ENGAGE_ENGAGEMENT_BASIS_REACH);
}

static void
test_basis_formula (Fixture       *fixture,
                    gconstpointer  data)
{
  EngageEngagementView *view = ENGAGE_ENGAGEMENT_VIEW (fixture->view);
  g_autofree char *reach_formula = engage_engagement_format_formula (ENGAGE_ENGAGEMENT_BASIS_REACH);
  g_autofree char *impressions_formula = engage_engagement_format_formula (ENGAGE_ENGAGEMENT_BASIS_IMPRESSIONS);
  g_autofree char *reach_shown = g_strdup (label_text (fixture->view, "formula-label"));
  GtkWidget *button;

  g_assert_cmpstr (reach_shown, ==, reach_formula);
  g_assert_nonnull (strstr (reach_shown, "reach"));
  g_assert_nonnull (strstr (reach_shown, "ratio of its sums"));

  button = find_named (fixture->view, "impressions-button");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);

  g_assert_cmpint (engage_engagement_view_get_basis (view), ==, ENGAGE_ENGAGEMENT_BASIS_IMPRESSIONS);
  g_assert_cmpstr (label_text (fixture->view, "formula-label"), !=, reach_shown);
  g_assert_cmpstr (label_text (fixture->view, "formula-label"), ==, impressions_formula);
  g_assert_nonnull (strstr (label_text (fixture->view, "formula-label"), "impressions"));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_named (fixture->view,
                                                                                "reach-button"))));
  assert_rate_shown (fixture, ENGAGE_ENGAGEMENT_SPAN_3_MONTHS, ENGAGE_ENGAGEMENT_BASIS_IMPRESSIONS);

  /* And back through the property: the button follows. */
  engage_engagement_view_set_basis (view, ENGAGE_ENGAGEMENT_BASIS_REACH);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_named (fixture->view,
                                                                               "reach-button"))));
  g_assert_cmpstr (label_text (fixture->view, "formula-label"), ==, reach_formula);
}

static void
collect_rates (GtkWidget *group,
               GArray    *rates)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_named (group, "row-rate-label", labels);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_label (g_ptr_array_index (labels, i));
      char *end = NULL;
      double rate = g_ascii_strtod (text, &end);

      /* The tests run in the C locale: "6.8%" */
      g_assert_true (end != text);
      g_assert_cmpstr (end, ==, "%");
      g_array_append_val (rates, rate);
    }
}

static void
test_top_list (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GArray) rates = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bottom = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) top = NULL;
  g_autoptr(GError) error = NULL;
  EngageEngagementRange range;

  collect_rates (find_named (fixture->view, "top-group"), rates);
  g_assert_cmpuint (rates->len, >, 0);
  g_assert_cmpuint (rates->len, <=, 5);
  for (guint i = 1; i < rates->len; i++)
    g_assert_cmpfloat (g_array_index (rates, double, i - 1), >=, g_array_index (rates, double, i));

  /* The same posts as core's ranking, with their rates. */
  g_assert_true (engage_engagement_range_init (&range, ENGAGE_ENGAGEMENT_SPAN_3_MONTHS, SAMPLE_TODAY));
  top = engage_project_rank_posts_by_engagement (fixture->project, 0, ENGAGE_ENGAGEMENT_BASIS_REACH,
                                                 range.from, range.to, ENGAGE_ENGAGEMENT_ORDER_TOP,
                                                 ENGAGE_ENGAGEMENT_RANK_MIN_BASIS, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (top->len, ==, rates->len);
  for (guint i = 0; i < top->len; i++)
    g_assert_cmpfloat_with_epsilon (g_array_index (rates, double, i),
                                    g_array_index (top, EngagePostEngagement, i).rate, 0.05);

  /* The bottom list is no longer, lowest first, and below the top. */
  collect_rates (find_named (fixture->view, "bottom-group"), bottom);
  g_assert_cmpuint (bottom->len, <=, 5);
  for (guint i = 1; i < bottom->len; i++)
    g_assert_cmpfloat (g_array_index (bottom, double, i - 1), <=, g_array_index (bottom, double, i));
  if (bottom->len > 0)
    g_assert_cmpfloat (g_array_index (bottom, double, bottom->len - 1), <=,
                       g_array_index (rates, double, rates->len - 1));
}

static void
test_channel (Fixture       *fixture,
              gconstpointer  data)
{
  EngageEngagementView *view = ENGAGE_ENGAGEMENT_VIEW (fixture->view);
  g_autoptr(GListModel) channels = engage_project_list_channels (fixture->project);
  g_autoptr(EngageChannel) first = g_list_model_get_item (channels, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *rate = NULL;
  EngageEngagementRange range;
  EngageEngagementComparison comparison;
  GtkDropDown *dropdown = GTK_DROP_DOWN (find_named (fixture->view, "channel-dropdown"));

  /* "All Channels", then each channel. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==,
                    g_list_model_get_n_items (channels) + 1);
  gtk_drop_down_set_selected (dropdown, 1);
  g_assert_cmpint (engage_engagement_view_get_channel_id (view), ==, engage_channel_get_id (first));

  g_assert_true (engage_engagement_range_init (&range, ENGAGE_ENGAGEMENT_SPAN_3_MONTHS, SAMPLE_TODAY));
  g_assert_true (engage_project_compare_engagement (fixture->project, engage_channel_get_id (first),
                                                    ENGAGE_ENGAGEMENT_BASIS_REACH, &range,
                                                    &comparison, &error));
  g_assert_no_error (error);
  rate = engage_chart_format_value (comparison.current.rate, 1, "%");
  g_assert_cmpstr (label_text (fixture->view, "rate-label"), ==, rate);
}

static void
test_empty_then_live (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkStack *stack = GTK_STACK (adw_bin_get_child (ADW_BIN (fixture->view)));
  g_autoptr(EngageChannel) channel = engage_channel_new (ENGAGE_CHANNEL_KIND_INSTAGRAM, "Instagram");
  g_autoptr(EngagePost) post = NULL;
  g_autoptr(EngagePostMetric) metric = NULL;
  g_autoptr(GDateTime) published = g_date_time_new_utc (2026, 11, 20, 10, 0, 0);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  g_assert_true (engage_project_add_channel (fixture->project, channel, &error));
  g_assert_no_error (error);
  post = engage_post_new (engage_channel_get_id (channel), "First post");
  engage_post_set_status (post, ENGAGE_POST_STATUS_PUBLISHED);
  engage_post_set_scheduled_at (post, published);
  engage_post_set_published_at (post, published);
  g_assert_true (engage_project_add_post (fixture->project, post, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  /* 30 of 600 reached: 5 %, shown as soon as the metrics arrive. */
  metric = engage_post_metric_new (engage_post_get_id (post), "2026-11-22");
  engage_post_metric_set_reach (metric, 600);
  engage_post_metric_set_reactions (metric, 30);
  g_assert_true (engage_project_add_post_metric (fixture->project, metric, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "analytics");
  g_assert_cmpstr (label_text (fixture->view, "rate-label"), ==, "5.0%");
  g_assert_cmpstr (label_text (fixture->view, "posts-value"), ==, "1");
}

static void
test_format_change (void)
{
  g_autofree char *up = engage_engagement_format_change (0.44);
  g_autofree char *down = engage_engagement_format_change (-1.25);
  g_autofree char *none = engage_engagement_format_change (0.04);
  g_autofree char *unknown = engage_engagement_format_change (NAN);

  g_assert_cmpstr (up, ==, "+0.4 percentage points");
  g_assert_cmpstr (down, ==, "−1.3 percentage points");
  g_assert_cmpstr (none, ==, "no change");
  g_assert_cmpstr (unknown, ==, "–");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/engagement-view/overall-rate", Fixture, NULL,
              fixture_set_up, test_overall_rate, fixture_tear_down);
  g_test_add ("/ui/engagement-view/basis-formula", Fixture, NULL,
              fixture_set_up, test_basis_formula, fixture_tear_down);
  g_test_add ("/ui/engagement-view/top-list", Fixture, NULL,
              fixture_set_up, test_top_list, fixture_tear_down);
  g_test_add ("/ui/engagement-view/channel", Fixture, NULL,
              fixture_set_up, test_channel, fixture_tear_down);
  g_test_add ("/ui/engagement-view/empty-then-live", Fixture, "empty",
              fixture_set_up, test_empty_then_live, fixture_tear_down);
  g_test_add_func ("/ui/engagement-view/format-change", test_format_change);

  return g_test_run ();
}
