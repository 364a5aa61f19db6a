/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-test-plan"

#include "config.h"

#include "engage-channel.h"
#include "engage-pillar.h"
#include "engage-post.h"
#include "engage-post-metric.h"
#include "engage-post-private.h"
#include "engage-project-private.h"
#include "engage-test-util.h"

/* The editorial plan: pillars, posts and their metrics, stored, listed, undone
 * and redone. The project's clock is fixed, so times are the same on every run. */

#define NOW 1767268800 /* 2026-01-01 12:00:00 UTC */

typedef struct
{
  char          *dir;
  EngageProject *project;
  gint64         channel_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageChannel) channel = NULL;

  fixture->project = engage_test_project_new (&fixture->dir);
  _engage_project_set_clock (fixture->project, NOW);

  channel = engage_channel_new (ENGAGE_CHANNEL_KIND_INSTAGRAM, "Instagram");
  g_assert_true (engage_project_add_channel (fixture->project, channel, &error));
  g_assert_no_error (error);
  fixture->channel_id = engage_channel_get_id (channel);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  engage_test_project_clear (&fixture->project, &fixture->dir);
}

static GDateTime *
utc (int year,
     int month,
     int day,
     int hour,
     int minute)
{
  return g_date_time_new_utc (year, month, day, hour, minute, 0);
}

static void
assert_time_equal (GDateTime *a,
                   GDateTime *b)
{
  if (a == NULL || b == NULL)
    g_assert_true (a == b);
  else
    g_assert_cmpint (g_date_time_to_unix (a), ==, g_date_time_to_unix (b));
}

static gboolean
run_sql (EngageProject *project,
         const char    *sql)
{
  return sqlite3_exec (_engage_project_get_db (project), sql, NULL, NULL, NULL) == SQLITE_OK;
}

/* Pillars */

static void
assert_pillars_equal (EngagePillar *a,
                      EngagePillar *b)
{
  g_assert_cmpint (engage_pillar_get_id (a), ==, engage_pillar_get_id (b));
  g_assert_cmpstr (engage_pillar_get_uuid (a), ==, engage_pillar_get_uuid (b));
  g_assert_cmpstr (engage_pillar_get_name (a), ==, engage_pillar_get_name (b));
  g_assert_cmpstr (engage_pillar_get_description (a), ==, engage_pillar_get_description (b));
  g_assert_cmpstr (engage_pillar_get_color (a), ==, engage_pillar_get_color (b));
  g_assert_cmpfloat (engage_pillar_get_target_share (a), ==, engage_pillar_get_target_share (b));
  g_assert_cmpint (engage_pillar_get_position (a), ==, engage_pillar_get_position (b));
}

static void
test_pillar_crud (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngagePillar) pillar = engage_pillar_new ("Tips");
  g_autoptr(EngagePillar) stored = NULL;
  g_autoptr(EngagePillar) copy = NULL;
  g_autoptr(EngagePillar) gone = NULL;

  g_assert_cmpstr (engage_pillar_get_color (pillar), ==, "#9141ac");
  engage_pillar_set_description (pillar, "Baking tips for home");
  engage_pillar_set_target_share (pillar, 0.25);
  engage_pillar_set_position (pillar, 2);

  g_assert_true (engage_project_add_pillar (fixture->project, pillar, &error));
  g_assert_no_error (error);
  g_assert_cmpint (engage_pillar_get_id (pillar), >, 0);
  g_assert_true (g_uuid_string_is_valid (engage_pillar_get_uuid (pillar)));
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Add Pillar");

  stored = engage_project_get_pillar (fixture->project, engage_pillar_get_id (pillar), &error);
  g_assert_no_error (error);
  assert_pillars_equal (stored, pillar);

  copy = engage_pillar_copy (stored);
  assert_pillars_equal (copy, stored);

  engage_pillar_set_name (stored, "Baking tips");
  engage_pillar_set_color (stored, "#e66100");
  engage_pillar_set_target_share (stored, 1.0);
  g_assert_true (engage_project_update_pillar (fixture->project, stored, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Change Pillar");

  g_clear_object (&copy);
  copy = engage_project_get_pillar (fixture->project, engage_pillar_get_id (pillar), &error);
  g_assert_no_error (error);
  assert_pillars_equal (copy, stored);

  g_assert_true (engage_project_delete_pillar (fixture->project, engage_pillar_get_id (pillar), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Delete Pillar");

  gone = engage_project_get_pillar (fixture->project, engage_pillar_get_id (pillar), &error);
  g_assert_no_error (error);
  g_assert_null (gone);

  g_assert_false (engage_project_update_pillar (fixture->project, stored, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
}

static void
test_pillar_list (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = engage_project_list_pillars (fixture->project);
  g_autoptr(EngagePillar) first = engage_pillar_new ("Second by id");
  g_autoptr(EngagePillar) second = engage_pillar_new ("Third by id");
  g_autoptr(EngagePillar) third = engage_pillar_new ("First by position");
  g_autoptr(EngagePillar) item = NULL;
  guint changes = 0;

  g_assert_true (g_list_model_get_item_type (model) == ENGAGE_TYPE_PILLAR);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_signal_connect (model, "items-changed", G_CALLBACK (engage_test_count_items_changed_cb),
                    &changes);

  engage_pillar_set_position (first, 1);
  engage_pillar_set_position (second, 1);
  engage_pillar_set_position (third, 0);
  g_assert_true (engage_project_add_pillar (fixture->project, first, &error));
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (engage_project_add_pillar (fixture->project, second, &error));
  g_assert_true (engage_project_add_pillar (fixture->project, third, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 3);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  item = g_list_model_get_item (model, 0);
  g_assert_cmpint (engage_pillar_get_id (item), ==, engage_pillar_get_id (third));
  g_clear_object (&item);
  item = g_list_model_get_item (model, 1);
  g_assert_cmpint (engage_pillar_get_id (item), ==, engage_pillar_get_id (first));
  g_clear_object (&item);
  item = g_list_model_get_item (model, 2);
  g_assert_cmpint (engage_pillar_get_id (item), ==, engage_pillar_get_id (second));
}

static void
test_pillar_undo_redo (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = engage_project_list_pillars (fixture->project);
  g_autoptr(EngagePillar) pillar = engage_pillar_new ("Offers");
  g_autoptr(EngagePillar) before = NULL;
  g_autoptr(EngagePillar) after = NULL;
  g_autoptr(EngagePillar) now = NULL;
  g_autoptr(EngagePost) post = engage_post_new (fixture->channel_id, "Weekend offer");
  g_autoptr(EngagePost) stored_post = NULL;
  gint64 id;

  engage_pillar_set_target_share (pillar, 0.2);
  g_assert_true (engage_project_add_pillar (fixture->project, pillar, &error));
  g_assert_no_error (error);
  id = engage_pillar_get_id (pillar);
  before = engage_project_get_pillar (fixture->project, id, NULL);

  /* Add */
  engage_test_undo (fixture->project, "Add Pillar");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  engage_test_redo (fixture->project, "Add Pillar");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  now = engage_project_get_pillar (fixture->project, id, NULL);
  assert_pillars_equal (now, before);
  g_clear_object (&now);

  /* Update */
  engage_pillar_set_name (pillar, "Promotions");
  engage_pillar_set_description (pillar, "Seasonal offers");
  engage_pillar_set_target_share (pillar, 0.1);
  g_assert_true (engage_project_update_pillar (fixture->project, pillar, &error));
  g_assert_no_error (error);
  after = engage_project_get_pillar (fixture->project, id, NULL);

  engage_test_undo (fixture->project, "Change Pillar");
  now = engage_project_get_pillar (fixture->project, id, NULL);
  assert_pillars_equal (now, before);
  g_clear_object (&now);
  engage_test_redo (fixture->project, "Change Pillar");
  now = engage_project_get_pillar (fixture->project, id, NULL);
  assert_pillars_equal (now, after);
  g_clear_object (&now);

  /* Delete: the pillar's posts lose it, and get it back on undo. */
  engage_post_set_pillar_id (post, id);
  g_assert_true (engage_project_add_post (fixture->project, post, &error));
  g_assert_no_error (error);

  g_assert_true (engage_project_delete_pillar (fixture->project, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  stored_post = engage_project_get_post (fixture->project, engage_post_get_id (post), NULL);
  g_assert_cmpint (engage_post_get_pillar_id (stored_post), ==, 0);
  g_clear_object (&stored_post);

  engage_test_undo (fixture->project, "Delete Pillar");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  now = engage_project_get_pillar (fixture->project, id, NULL);
  assert_pillars_equal (now, after);
  g_clear_object (&now);
  stored_post = engage_project_get_post (fixture->project, engage_post_get_id (post), NULL);
  g_assert_cmpint (engage_post_get_pillar_id (stored_post), ==, id);
  g_clear_object (&stored_post);

  engage_test_redo (fixture->project, "Delete Pillar");
  now = engage_project_get_pillar (fixture->project, id, NULL);
  g_assert_null (now);
}

static void
test_pillar_target_share (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngagePillar) pillar = engage_pillar_new ("Mix");
  g_autoptr(EngagePillar) stored = NULL;

  engage_pillar_set_target_share (pillar, 0.5);

  g_test_expect_message ("engage-pillar", G_LOG_LEVEL_CRITICAL, "*target_share*");
  engage_pillar_set_target_share (pillar, 1.5);
  g_test_assert_expected_messages ();
  g_test_expect_message ("engage-pillar", G_LOG_LEVEL_CRITICAL, "*target_share*");
  engage_pillar_set_target_share (pillar, -0.1);
  g_test_assert_expected_messages ();
  g_assert_cmpfloat (engage_pillar_get_target_share (pillar), ==, 0.5);

  g_assert_true (engage_project_add_pillar (fixture->project, pillar, &error));
  g_assert_no_error (error);

  /* The file refuses what the setter refuses, whoever writes it. */
  g_assert_false (run_sql (fixture->project, "UPDATE pillar SET target_share = 1.5"));
  g_assert_false (run_sql (fixture->project, "UPDATE pillar SET target_share = -0.5"));
  g_assert_true (run_sql (fixture->project, "UPDATE pillar SET target_share = 1.0"));

  stored = engage_project_get_pillar (fixture->project, engage_pillar_get_id (pillar), NULL);
  g_assert_cmpfloat (engage_pillar_get_target_share (stored), ==, 1.0);
}

/* Posts */

static void
assert_posts_equal (EngagePost *a,
                    EngagePost *b)
{
  g_assert_cmpint (engage_post_get_id (a), ==, engage_post_get_id (b));
  g_assert_cmpstr (engage_post_get_uuid (a), ==, engage_post_get_uuid (b));
  g_assert_cmpint (engage_post_get_channel_id (a), ==, engage_post_get_channel_id (b));
  g_assert_cmpint (engage_post_get_pillar_id (a), ==, engage_post_get_pillar_id (b));
  g_assert_cmpint (engage_post_get_status (a), ==, engage_post_get_status (b));
  g_assert_cmpstr (engage_post_get_title (a), ==, engage_post_get_title (b));
  g_assert_cmpstr (engage_post_get_body (a), ==, engage_post_get_body (b));
  assert_time_equal (engage_post_get_scheduled_at (a), engage_post_get_scheduled_at (b));
  assert_time_equal (engage_post_get_published_at (a), engage_post_get_published_at (b));
  g_assert_cmpstr (engage_post_get_campaign (a), ==, engage_post_get_campaign (b));
  g_assert_cmpstr (engage_post_get_owner (a), ==, engage_post_get_owner (b));
  g_assert_cmpstr (engage_post_get_notes (a), ==, engage_post_get_notes (b));
  g_assert_cmpstr (engage_post_get_link (a), ==, engage_post_get_link (b));
  g_assert_cmpstr (engage_post_get_permalink (a), ==, engage_post_get_permalink (b));
  g_assert_cmpstr (engage_post_get_external_id (a), ==, engage_post_get_external_id (b));
  g_assert_cmpstr (engage_post_get_series_id (a), ==, engage_post_get_series_id (b));
  g_assert_cmpstr (engage_post_get_variant_of (a), ==, engage_post_get_variant_of (b));
  g_assert_cmpstr (engage_post_get_approved_by (a), ==, engage_post_get_approved_by (b));
  assert_time_equal (engage_post_get_approved_at (a), engage_post_get_approved_at (b));
  g_assert_cmpint (engage_post_get_imported (a), ==, engage_post_get_imported (b));
  assert_time_equal (engage_post_get_created_at (a), engage_post_get_created_at (b));
  assert_time_equal (engage_post_get_modified_at (a), engage_post_get_modified_at (b));
}

static EngagePost *
add_post (Fixture    *fixture,
          const char *title,
          GDateTime  *scheduled_at)
{
  g_autoptr(GError) error = NULL;
  EngagePost *post = engage_post_new (fixture->channel_id, title);

  engage_post_set_scheduled_at (post, scheduled_at);
  g_assert_true (engage_project_add_post (fixture->project, post, &error));
  g_assert_no_error (error);

  return post;
}

static void
test_post_crud (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngagePillar) pillar = engage_pillar_new ("Tips");
  g_autoptr(EngagePost) post = engage_post_new (fixture->channel_id, "Sourdough basics");
  g_autoptr(EngagePost) stored = NULL;
  g_autoptr(EngagePost) copy = NULL;
  g_autoptr(EngagePost) gone = NULL;
  g_autoptr(GDateTime) scheduled = utc (2026, 1, 5, 9, 30);
  g_autoptr(GDateTime) published = utc (2026, 1, 5, 9, 31);
  g_autoptr(GDateTime) approved = utc (2026, 1, 4, 16, 0);

  g_assert_true (engage_project_add_pillar (fixture->project, pillar, &error));
  g_assert_no_error (error);

  g_assert_cmpint (engage_post_get_status (post), ==, ENGAGE_POST_STATUS_IDEA);
  g_assert_cmpstr (engage_post_get_body (post), ==, "");
  g_assert_null (engage_post_get_series_id (post));
  g_assert_null (engage_post_get_scheduled_at (post));
  g_assert_null (engage_post_get_created_at (post));

  engage_post_set_pillar_id (post, engage_pillar_get_id (pillar));
  engage_post_set_status (post, ENGAGE_POST_STATUS_DRAFT);
  engage_post_set_body (post, "Three things every starter needs. #sourdough");
  engage_post_set_scheduled_at (post, scheduled);
  engage_post_set_campaign (post, "Winter");
  engage_post_set_owner (post, "Anna");
  engage_post_set_notes (post, "Photo from Tuesday");
  engage_post_set_link (post, "https://example.com/sourdough");
  engage_post_set_series_id (post, "tips-monday");
  engage_post_set_variant_of (post, "6f1c3c48-7b7e-4f7d-9d2a-4c7ef3bb2a10");

  g_assert_true (engage_project_add_post (fixture->project, post, &error));
  g_assert_no_error (error);
  g_assert_cmpint (engage_post_get_id (post), >, 0);
  g_assert_true (g_uuid_string_is_valid (engage_post_get_uuid (post)));
  g_assert_cmpint (g_date_time_to_unix (engage_post_get_created_at (post)), ==, NOW);
  g_assert_cmpint (g_date_time_to_unix (engage_post_get_modified_at (post)), ==, NOW);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Add Post");

  stored = engage_project_get_post (fixture->project, engage_post_get_id (post), &error);
  g_assert_no_error (error);
  assert_posts_equal (stored, post);

  copy = engage_post_copy (stored);
  assert_posts_equal (copy, stored);

  _engage_project_set_clock (fixture->project, NOW + 60);
  engage_post_set_status (stored, ENGAGE_POST_STATUS_PUBLISHED);
  engage_post_set_published_at (stored, published);
  engage_post_set_permalink (stored, "https://instagram.com/p/abc");
  engage_post_set_external_id (stored, "17900000000000000");
  engage_post_set_approved_by (stored, "Ben");
  engage_post_set_approved_at (stored, approved);
  engage_post_set_imported (stored, TRUE);
  engage_post_set_series_id (stored, NULL);
  engage_post_set_pillar_id (stored, 0);
  g_assert_true (engage_project_update_post (fixture->project, stored, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Change Post");
  g_assert_cmpint (g_date_time_to_unix (engage_post_get_modified_at (stored)), ==, NOW + 60);
  g_assert_cmpint (g_date_time_to_unix (engage_post_get_created_at (stored)), ==, NOW);

  g_clear_object (&copy);
  copy = engage_project_get_post (fixture->project, engage_post_get_id (post), &error);
  g_assert_no_error (error);
  assert_posts_equal (copy, stored);
  g_assert_null (engage_post_get_series_id (copy));
  g_assert_cmpint (engage_post_get_pillar_id (copy), ==, 0);

  g_assert_true (engage_project_delete_post (fixture->project, engage_post_get_id (post), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Delete Post");

  gone = engage_project_get_post (fixture->project, engage_post_get_id (post), &error);
  g_assert_no_error (error);
  g_assert_null (gone);

  g_assert_false (engage_project_update_post (fixture->project, stored, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
}

static void
test_post_times_utc (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) berlin_winter = g_time_zone_new_offset (3600);
  g_autoptr(GDateTime) local = g_date_time_new (berlin_winter, 2026, 1, 5, 10, 30, 15.75);
  g_autoptr(GDateTime) expected = g_date_time_new_utc (2026, 1, 5, 9, 30, 15);
  g_autoptr(EngagePost) post = engage_post_new (fixture->channel_id, "Zones");
  g_autoptr(EngagePost) stored = NULL;
  GDateTime *scheduled;
  guint notifications = 0;

  g_signal_connect (post, "notify::scheduled-at", G_CALLBACK (engage_test_count_notify_cb),
                    &notifications);

  engage_post_set_scheduled_at (post, local);
  g_assert_cmpuint (notifications, ==, 1);
  scheduled = engage_post_get_scheduled_at (post);
  g_assert_cmpint (g_date_time_get_utc_offset (scheduled), ==, 0);
  g_assert_true (g_date_time_equal (scheduled, expected));

  /* The same instant again is no change. */
  engage_post_set_scheduled_at (post, expected);
  g_assert_cmpuint (notifications, ==, 1);

  g_assert_true (engage_project_add_post (fixture->project, post, &error));
  g_assert_no_error (error);
  stored = engage_project_get_post (fixture->project, engage_post_get_id (post), NULL);
  g_assert_true (g_date_time_equal (engage_post_get_scheduled_at (stored), expected));
  g_assert_cmpint (g_date_time_get_utc_offset (engage_post_get_scheduled_at (stored)), ==, 0);

  engage_post_set_scheduled_at (post, NULL);
  g_assert_cmpuint (notifications, ==, 2);
  g_assert_null (engage_post_get_scheduled_at (post));
}

static void
test_post_created_at (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) created = utc (2025, 11, 3, 8, 0);
  g_autoptr(GDateTime) modified = utc (2025, 11, 20, 17, 45);
  g_autoptr(EngagePost) kept = engage_post_new (fixture->channel_id, "Old idea");
  g_autoptr(EngagePost) half = engage_post_new (fixture->channel_id, "Dated idea");
  g_autoptr(EngagePost) stored = NULL;

  _engage_post_set_created_at (kept, created);
  _engage_post_set_modified_at (kept, modified);
  g_assert_true (engage_project_add_post (fixture->project, kept, &error));
  g_assert_no_error (error);
  stored = engage_project_get_post (fixture->project, engage_post_get_id (kept), NULL);
  assert_time_equal (engage_post_get_created_at (stored), created);
  assert_time_equal (engage_post_get_modified_at (stored), modified);
  g_clear_object (&stored);

  _engage_post_set_created_at (half, created);
  g_assert_true (engage_project_add_post (fixture->project, half, &error));
  g_assert_no_error (error);
  stored = engage_project_get_post (fixture->project, engage_post_get_id (half), NULL);
  assert_time_equal (engage_post_get_created_at (stored), created);
  g_assert_cmpint (g_date_time_to_unix (engage_post_get_modified_at (stored)), ==, NOW);
}

static void
test_post_undo_redo (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) scheduled = utc (2026, 2, 10, 11, 0);
  g_autoptr(GDateTime) rescheduled = utc (2026, 2, 12, 15, 0);
  g_autoptr(EngagePost) post = NULL;
  g_autoptr(EngagePost) before = NULL;
  g_autoptr(EngagePost) after = NULL;
  g_autoptr(EngagePost) now = NULL;
  g_autoptr(EngagePostMetric) metric = NULL;
  g_autoptr(GListModel) model = NULL;
  gint64 id, metric_id;

  post = add_post (fixture, "Valentine's cake", scheduled);
  id = engage_post_get_id (post);
  before = engage_project_get_post (fixture->project, id, NULL);
  model = engage_project_list_posts (fixture->project, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  /* Add */
  engage_test_undo (fixture->project, "Add Post");
  g_assert_null (engage_project_get_post (fixture->project, id, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  engage_test_redo (fixture->project, "Add Post");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  now = engage_project_get_post (fixture->project, id, NULL);
  assert_posts_equal (now, before);
  g_clear_object (&now);

  /* Update */
  _engage_project_set_clock (fixture->project, NOW + 3600);
  engage_post_set_title (post, "Valentine's heart cake");
  engage_post_set_body (post, "Order by Thursday.");
  engage_post_set_scheduled_at (post, rescheduled);
  engage_post_set_status (post, ENGAGE_POST_STATUS_IN_REVIEW);
  engage_post_set_series_id (post, "seasonal");
  g_assert_true (engage_project_update_post (fixture->project, post, &error));
  g_assert_no_error (error);
  after = engage_project_get_post (fixture->project, id, NULL);

  engage_test_undo (fixture->project, "Change Post");
  now = engage_project_get_post (fixture->project, id, NULL);
  assert_posts_equal (now, before);
  g_clear_object (&now);
  engage_test_redo (fixture->project, "Change Post");
  now = engage_project_get_post (fixture->project, id, NULL);
  assert_posts_equal (now, after);
  g_clear_object (&now);

  /* Delete takes the post's metrics along; undo brings both back. */
  metric = engage_post_metric_new (id, "2026-02-12");
  engage_post_metric_set_reach (metric, 420);
  g_assert_true (engage_project_add_post_metric (fixture->project, metric, &error));
  g_assert_no_error (error);
  metric_id = engage_post_metric_get_id (metric);

  g_assert_true (engage_project_delete_post (fixture->project, id, &error));
  g_assert_no_error (error);
  g_assert_null (engage_project_get_post_metric (fixture->project, metric_id, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  engage_test_undo (fixture->project, "Delete Post");
  now = engage_project_get_post (fixture->project, id, NULL);
  assert_posts_equal (now, after);
  g_clear_object (&now);
  g_clear_object (&metric);
  metric = engage_project_get_post_metric (fixture->project, metric_id, NULL);
  g_assert_nonnull (metric);
  g_assert_cmpint (engage_post_metric_get_reach (metric), ==, 420);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  engage_test_redo (fixture->project, "Delete Post");
  g_assert_null (engage_project_get_post (fixture->project, id, NULL));
}

static gint64
post_id_at (GListModel *model,
            guint       position)
{
  g_autoptr(EngagePost) post = g_list_model_get_item (model, position);

  g_assert_nonnull (post);
  return engage_post_get_id (post);
}

static void
test_post_list_range (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GDateTime) from = utc (2026, 3, 2, 0, 0);
  g_autoptr(GDateTime) to = utc (2026, 3, 9, 0, 0);
  g_autoptr(GDateTime) before = utc (2026, 3, 1, 23, 59);
  g_autoptr(GDateTime) monday = utc (2026, 3, 2, 0, 0);
  g_autoptr(GDateTime) wednesday = utc (2026, 3, 4, 12, 0);
  g_autoptr(GDateTime) sunday = utc (2026, 3, 8, 23, 59);
  g_autoptr(GDateTime) next_monday = utc (2026, 3, 9, 0, 0);
  g_autoptr(EngagePost) p_before = add_post (fixture, "Before", before);
  g_autoptr(EngagePost) p_wednesday_b = add_post (fixture, "Wednesday B", wednesday);
  g_autoptr(EngagePost) p_sunday = add_post (fixture, "Sunday", sunday);
  g_autoptr(EngagePost) p_monday = add_post (fixture, "Monday", monday);
  g_autoptr(EngagePost) p_wednesday_a = add_post (fixture, "Wednesday A", wednesday);
  g_autoptr(EngagePost) p_next = add_post (fixture, "Next week", next_monday);
  g_autoptr(EngagePost) p_idea = add_post (fixture, "Idea", NULL);
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GListModel) open_end = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) thursday = utc (2026, 3, 5, 8, 0);
  g_autoptr(EngagePost) p_late = NULL;
  guint changes = 0;

  model = engage_project_list_posts (fixture->project, from, to);
  g_assert_true (g_list_model_get_item_type (model) == ENGAGE_TYPE_POST);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  g_assert_cmpint (post_id_at (model, 0), ==, engage_post_get_id (p_monday));
  g_assert_cmpint (post_id_at (model, 1), ==, engage_post_get_id (p_wednesday_b));
  g_assert_cmpint (post_id_at (model, 2), ==, engage_post_get_id (p_wednesday_a));
  g_assert_cmpint (post_id_at (model, 3), ==, engage_post_get_id (p_sunday));

  open_end = engage_project_list_posts (fixture->project, from, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (open_end), ==, 5);

  /* Live: a post added in the range, and one moved out of it. */
  g_signal_connect (model, "items-changed", G_CALLBACK (engage_test_count_items_changed_cb),
                    &changes);
  p_late = add_post (fixture, "Thursday", thursday);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);
  g_assert_cmpint (post_id_at (model, 3), ==, engage_post_get_id (p_late));

  g_assert_true (engage_project_move_post (fixture->project, engage_post_get_id (p_monday), before, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  g_assert_cmpint (post_id_at (model, 0), ==, engage_post_get_id (p_wednesday_b));

  /* The model follows edits of the channels its rows show. */
  changes = 0;
  {
    g_autoptr(EngageChannel) channel = NULL;

    channel = engage_project_get_channel (fixture->project, fixture->channel_id, NULL);

    engage_channel_set_name (channel, "Instagram (shop)");
    g_assert_true (engage_project_update_channel (fixture->project, channel, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpuint (changes, ==, 1);

  g_assert_nonnull (p_before);
  g_assert_nonnull (p_next);
  g_assert_nonnull (p_idea);
}

typedef struct
{
  guint count;
  guint position;
  guint removed;
  guint added;
} Change;

static void
record_change_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Change     *change)
{
  change->count++;
  change->position = position;
  change->removed = removed;
  change->added = added;
}

/* The model's current items, without references: the model holds them. */
static GPtrArray *
peek_items (GListModel *model)
{
  GPtrArray *items = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_ptr_array_add (items, item);
    }

  return items;
}

/* After an edit of one post, a live model keeps the objects of the others and
 * tells its views of that one row only; a change to a channel, which every row
 * shows, renews them all. */
static void
test_post_list_reuses_unchanged (Fixture       *fixture,
                                 gconstpointer  user_data)
{
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(EngagePost) third = NULL;
  g_autoptr(EngageChannel) channel = NULL;
  g_autoptr(GError) error = NULL;
  EngagePost *posts[5];
  Change change = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (posts); i++)
    {
      g_autofree char *title = g_strdup_printf ("Post %u", i + 1);
      g_autoptr(GDateTime) time = utc (2026, 3, 2 + i, 9, 0);

      posts[i] = add_post (fixture, title, time);
    }

  model = engage_project_list_posts (fixture->project, NULL, NULL);
  g_signal_connect (model, "items-changed", G_CALLBACK (record_change_cb), &change);
  before = peek_items (model);
  g_assert_cmpuint (before->len, ==, 5);

  /* The clock stands still in this test: the rows differ only by content. */
  third = engage_project_get_post (fixture->project, engage_post_get_id (posts[2]), &error);
  engage_post_set_title (third, "Post 3, shorter");
  g_assert_true (engage_project_update_post (fixture->project, third, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpuint (change.position, ==, 2);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 1);
  after = peek_items (model);
  for (guint i = 0; i < 5; i++)
    if (i == 2)
      g_assert_true (g_ptr_array_index (after, i) != g_ptr_array_index (before, i));
    else
      g_assert_true (g_ptr_array_index (after, i) == g_ptr_array_index (before, i));
  g_assert_cmpstr (engage_post_get_title (g_ptr_array_index (after, 2)), ==, "Post 3, shorter");
  g_clear_pointer (&after, g_ptr_array_unref);

  /* Deleting the fourth: one row removed, the rest kept. */
  change = (Change) { 0 };
  g_assert_true (engage_project_delete_post (fixture->project, engage_post_get_id (posts[3]), &error));
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpuint (change.position, ==, 3);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 0);
  after = peek_items (model);
  g_assert_true (g_ptr_array_index (after, 3) == g_ptr_array_index (before, 4));
  g_clear_pointer (&after, g_ptr_array_unref);

  /* Undo brings it back at its place. */
  change = (Change) { 0 };
  engage_test_undo (fixture->project, "Delete Post");
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpuint (change.position, ==, 3);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, 1);
  g_assert_cmpint (post_id_at (model, 3), ==, engage_post_get_id (posts[3]));

  /* A channel's new name reaches every row as a new object. */
  g_clear_pointer (&before, g_ptr_array_unref);
  before = peek_items (model);
  change = (Change) { 0 };
  channel = engage_project_get_channel (fixture->project, fixture->channel_id, &error);
  engage_channel_set_name (channel, "Instagram (shop)");
  g_assert_true (engage_project_update_channel (fixture->project, channel, &error));
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpuint (change.position, ==, 0);
  g_assert_cmpuint (change.removed, ==, 5);
  g_assert_cmpuint (change.added, ==, 5);
  after = peek_items (model);
  for (guint i = 0; i < 5; i++)
    g_assert_true (g_ptr_array_index (after, i) != g_ptr_array_index (before, i));

  for (guint i = 0; i < G_N_ELEMENTS (posts); i++)
    g_object_unref (posts[i]);
}

static void
test_post_list_by_status (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) early = utc (2026, 4, 1, 9, 0);
  g_autoptr(GDateTime) late = utc (2026, 4, 20, 9, 0);
  g_autoptr(EngagePost) undated = add_post (fixture, "Undated draft", NULL);
  g_autoptr(EngagePost) late_draft = add_post (fixture, "Late draft", late);
  g_autoptr(EngagePost) early_draft = add_post (fixture, "Early draft", early);
  g_autoptr(EngagePost) idea = add_post (fixture, "Still an idea", early);
  g_autoptr(GListModel) drafts = NULL;
  g_autoptr(GListModel) published = NULL;

  g_assert_true (engage_project_set_post_status (fixture->project, engage_post_get_id (undated),
                                                 ENGAGE_POST_STATUS_DRAFT, &error));
  g_assert_true (engage_project_set_post_status (fixture->project, engage_post_get_id (late_draft),
                                                 ENGAGE_POST_STATUS_DRAFT, &error));
  g_assert_true (engage_project_set_post_status (fixture->project, engage_post_get_id (early_draft),
                                                 ENGAGE_POST_STATUS_DRAFT, &error));
  g_assert_no_error (error);

  drafts = engage_project_list_posts_by_status (fixture->project, ENGAGE_POST_STATUS_DRAFT);
  g_assert_cmpuint (g_list_model_get_n_items (drafts), ==, 3);
  g_assert_cmpint (post_id_at (drafts, 0), ==, engage_post_get_id (early_draft));
  g_assert_cmpint (post_id_at (drafts, 1), ==, engage_post_get_id (late_draft));
  g_assert_cmpint (post_id_at (drafts, 2), ==, engage_post_get_id (undated));

  published = engage_project_list_posts_by_status (fixture->project, ENGAGE_POST_STATUS_PUBLISHED);
  g_assert_cmpuint (g_list_model_get_n_items (published), ==, 0);

  g_assert_true (engage_project_set_post_status (fixture->project, engage_post_get_id (idea),
                                                 ENGAGE_POST_STATUS_PUBLISHED, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (published), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (drafts), ==, 3);

  engage_test_undo (fixture->project, "Change Status");
  g_assert_cmpuint (g_list_model_get_n_items (published), ==, 0);
}

static void
test_post_list_unscheduled (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) dated = utc (2026, 5, 1, 10, 0);
  g_autoptr(GDateTime) older = utc (2025, 12, 1, 10, 0);
  g_autoptr(EngagePost) first = add_post (fixture, "Newest idea", NULL);
  g_autoptr(EngagePost) scheduled = add_post (fixture, "Dated", dated);
  g_autoptr(EngagePost) second = add_post (fixture, "Same time, later id", NULL);
  g_autoptr(EngagePost) oldest = engage_post_new (fixture->channel_id, "Oldest idea");
  g_autoptr(GListModel) model = NULL;

  _engage_post_set_created_at (oldest, older);
  g_assert_true (engage_project_add_post (fixture->project, oldest, &error));
  g_assert_no_error (error);

  model = engage_project_list_unscheduled_posts (fixture->project);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_cmpint (post_id_at (model, 0), ==, engage_post_get_id (oldest));
  g_assert_cmpint (post_id_at (model, 1), ==, engage_post_get_id (first));
  g_assert_cmpint (post_id_at (model, 2), ==, engage_post_get_id (second));

  /* Unscheduling a post makes it an idea again. */
  g_assert_true (engage_project_move_post (fixture->project, engage_post_get_id (scheduled), NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);

  g_assert_true (engage_project_move_post (fixture->project, engage_post_get_id (first), dated, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
}

static void
test_post_move (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) monday = utc (2026, 6, 1, 9, 0);
  g_autoptr(GDateTime) friday = utc (2026, 6, 5, 17, 0);
  g_autoptr(EngagePost) post = add_post (fixture, "Bread of the week", monday);
  g_autoptr(EngagePost) stored = NULL;

  _engage_project_set_clock (fixture->project, NOW + 120);
  g_assert_true (engage_project_move_post (fixture->project, engage_post_get_id (post), friday, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Move Post");

  stored = engage_project_get_post (fixture->project, engage_post_get_id (post), NULL);
  assert_time_equal (engage_post_get_scheduled_at (stored), friday);
  g_assert_cmpint (g_date_time_to_unix (engage_post_get_modified_at (stored)), ==, NOW + 120);
  g_assert_cmpint (g_date_time_to_unix (engage_post_get_created_at (stored)), ==, NOW);
  g_clear_object (&stored);

  engage_test_undo (fixture->project, "Move Post");
  stored = engage_project_get_post (fixture->project, engage_post_get_id (post), NULL);
  assert_posts_equal (stored, post);
  g_clear_object (&stored);

  engage_test_redo (fixture->project, "Move Post");
  g_assert_true (engage_project_move_post (fixture->project, engage_post_get_id (post), NULL, &error));
  g_assert_no_error (error);
  stored = engage_project_get_post (fixture->project, engage_post_get_id (post), NULL);
  g_assert_null (engage_post_get_scheduled_at (stored));

  g_assert_false (engage_project_move_post (fixture->project, 9999, friday, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
}

static void
test_post_set_status (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) approved_at = utc (2026, 1, 2, 8, 0);
  g_autoptr(EngagePost) post = add_post (fixture, "Review me", NULL);
  g_autoptr(EngagePost) approved = add_post (fixture, "Approved before", NULL);
  g_autoptr(EngagePost) stored = NULL;

  g_assert_true (engage_project_set_post_status (fixture->project, engage_post_get_id (post),
                                                 ENGAGE_POST_STATUS_APPROVED, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Change Status");

  /* Approving here records no approver: the guideline's approval step does. */
  stored = engage_project_get_post (fixture->project, engage_post_get_id (post), NULL);
  g_assert_cmpint (engage_post_get_status (stored), ==, ENGAGE_POST_STATUS_APPROVED);
  g_assert_cmpstr (engage_post_get_approved_by (stored), ==, "");
  g_assert_null (engage_post_get_approved_at (stored));
  g_clear_object (&stored);

  /* An approval already recorded stays as it is. */
  engage_post_set_approved_by (approved, "Ben");
  engage_post_set_approved_at (approved, approved_at);
  g_assert_true (engage_project_update_post (fixture->project, approved, &error));
  g_assert_true (engage_project_set_post_status (fixture->project, engage_post_get_id (approved),
                                                 ENGAGE_POST_STATUS_SCHEDULED, &error));
  g_assert_no_error (error);
  stored = engage_project_get_post (fixture->project, engage_post_get_id (approved), NULL);
  g_assert_cmpint (engage_post_get_status (stored), ==, ENGAGE_POST_STATUS_SCHEDULED);
  g_assert_cmpstr (engage_post_get_approved_by (stored), ==, "Ben");
  assert_time_equal (engage_post_get_approved_at (stored), approved_at);
  g_clear_object (&stored);

  engage_test_undo (fixture->project, "Change Status");
  stored = engage_project_get_post (fixture->project, engage_post_get_id (approved), NULL);
  g_assert_cmpint (engage_post_get_status (stored), ==, ENGAGE_POST_STATUS_IDEA);

  g_assert_false (engage_project_set_post_status (fixture->project, 9999,
                                                  ENGAGE_POST_STATUS_DRAFT, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
}

static void
test_post_constraints (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngagePost) no_channel = engage_post_new (0, "Nowhere");
  g_autoptr(EngagePost) missing_channel = engage_post_new (4242, "Lost");
  g_autoptr(EngagePost) missing_pillar = engage_post_new (fixture->channel_id, "No such pillar");
  g_autoptr(EngagePost) post = add_post (fixture, "Valid", NULL);
  g_autoptr(GListModel) model = engage_project_list_unscheduled_posts (fixture->project);

  g_assert_false (engage_project_add_post (fixture->project, no_channel, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (engage_post_get_id (no_channel), ==, 0);

  g_assert_false (engage_project_add_post (fixture->project, missing_channel, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  engage_post_set_pillar_id (missing_pillar, 4242);
  g_assert_false (engage_project_add_post (fixture->project, missing_pillar, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Add Post");

  g_assert_false (run_sql (fixture->project, "UPDATE post SET status = 'posted'"));
  g_assert_false (run_sql (fixture->project, "UPDATE post SET imported = 2"));
  g_assert_true (run_sql (fixture->project, "UPDATE post SET status = 'archived'"));
}

/* Post metrics */

static void
assert_metrics_equal (EngagePostMetric *a,
                      EngagePostMetric *b)
{
  g_assert_cmpint (engage_post_metric_get_id (a), ==, engage_post_metric_get_id (b));
  g_assert_cmpint (engage_post_metric_get_post_id (a), ==, engage_post_metric_get_post_id (b));
  g_assert_cmpstr (engage_post_metric_get_date (a), ==, engage_post_metric_get_date (b));
  g_assert_cmpint (engage_post_metric_get_impressions (a), ==, engage_post_metric_get_impressions (b));
  g_assert_cmpint (engage_post_metric_get_reach (a), ==, engage_post_metric_get_reach (b));
  g_assert_cmpint (engage_post_metric_get_views (a), ==, engage_post_metric_get_views (b));
  g_assert_cmpint (engage_post_metric_get_reactions (a), ==, engage_post_metric_get_reactions (b));
  g_assert_cmpint (engage_post_metric_get_comments (a), ==, engage_post_metric_get_comments (b));
  g_assert_cmpint (engage_post_metric_get_shares (a), ==, engage_post_metric_get_shares (b));
  g_assert_cmpint (engage_post_metric_get_saves (a), ==, engage_post_metric_get_saves (b));
  g_assert_cmpint (engage_post_metric_get_clicks (a), ==, engage_post_metric_get_clicks (b));
  g_assert_cmpint (engage_post_metric_get_follows (a), ==, engage_post_metric_get_follows (b));
  g_assert_cmpint (engage_post_metric_get_import_batch_id (a), ==,
                   engage_post_metric_get_import_batch_id (b));
}

static void
test_metric_crud (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngagePost) post = add_post (fixture, "Measured", NULL);
  g_autoptr(EngagePostMetric) metric = engage_post_metric_new (engage_post_get_id (post), "2026-01-10");
  g_autoptr(EngagePostMetric) stored = NULL;
  g_autoptr(EngagePostMetric) copy = NULL;
  g_autoptr(EngagePostMetric) gone = NULL;

  g_assert_cmpint (engage_post_metric_get_impressions (metric), ==, -1);
  g_assert_cmpint (engage_post_metric_get_follows (metric), ==, -1);

  engage_post_metric_set_impressions (metric, 1200);
  engage_post_metric_set_reach (metric, 950);
  engage_post_metric_set_reactions (metric, 88);
  engage_post_metric_set_comments (metric, 0);
  engage_post_metric_set_shares (metric, 4);

  g_assert_true (engage_project_add_post_metric (fixture->project, metric, &error));
  g_assert_no_error (error);
  g_assert_cmpint (engage_post_metric_get_id (metric), >, 0);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Add Post Metrics");

  stored = engage_project_get_post_metric (fixture->project, engage_post_metric_get_id (metric), &error);
  g_assert_no_error (error);
  assert_metrics_equal (stored, metric);
  g_assert_cmpint (engage_post_metric_get_comments (stored), ==, 0);
  g_assert_cmpint (engage_post_metric_get_views (stored), ==, -1);

  copy = engage_post_metric_copy (stored);
  assert_metrics_equal (copy, stored);

  engage_post_metric_set_views (stored, 300);
  engage_post_metric_set_shares (stored, -1);
  engage_post_metric_set_date (stored, "2026-01-11");
  g_assert_true (engage_project_update_post_metric (fixture->project, stored, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Change Post Metrics");

  g_clear_object (&copy);
  copy = engage_project_get_post_metric (fixture->project, engage_post_metric_get_id (metric), &error);
  g_assert_no_error (error);
  assert_metrics_equal (copy, stored);
  g_assert_cmpint (engage_post_metric_get_shares (copy), ==, -1);

  g_assert_true (engage_project_delete_post_metric (fixture->project,
                                                    engage_post_metric_get_id (metric), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Delete Post Metrics");

  gone = engage_project_get_post_metric (fixture->project, engage_post_metric_get_id (metric), &error);
  g_assert_no_error (error);
  g_assert_null (gone);

  g_assert_false (engage_project_update_post_metric (fixture->project, stored, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
}

static void
test_metric_undo_redo (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngagePost) post = add_post (fixture, "Measured", NULL);
  g_autoptr(EngagePostMetric) metric = engage_post_metric_new (engage_post_get_id (post), "2026-01-10");
  g_autoptr(EngagePostMetric) before = NULL;
  g_autoptr(EngagePostMetric) after = NULL;
  g_autoptr(EngagePostMetric) now = NULL;
  gint64 id;

  engage_post_metric_set_clicks (metric, 12);
  g_assert_true (engage_project_add_post_metric (fixture->project, metric, &error));
  g_assert_no_error (error);
  id = engage_post_metric_get_id (metric);
  before = engage_project_get_post_metric (fixture->project, id, NULL);

  engage_test_undo (fixture->project, "Add Post Metrics");
  g_assert_null (engage_project_get_post_metric (fixture->project, id, NULL));
  engage_test_redo (fixture->project, "Add Post Metrics");
  now = engage_project_get_post_metric (fixture->project, id, NULL);
  assert_metrics_equal (now, before);
  g_clear_object (&now);

  engage_post_metric_set_clicks (metric, -1);
  engage_post_metric_set_saves (metric, 7);
  g_assert_true (engage_project_update_post_metric (fixture->project, metric, &error));
  g_assert_no_error (error);
  after = engage_project_get_post_metric (fixture->project, id, NULL);

  engage_test_undo (fixture->project, "Change Post Metrics");
  now = engage_project_get_post_metric (fixture->project, id, NULL);
  assert_metrics_equal (now, before);
  g_clear_object (&now);
  engage_test_redo (fixture->project, "Change Post Metrics");
  now = engage_project_get_post_metric (fixture->project, id, NULL);
  assert_metrics_equal (now, after);
  g_clear_object (&now);

  g_assert_true (engage_project_delete_post_metric (fixture->project, id, &error));
  g_assert_no_error (error);
  engage_test_undo (fixture->project, "Delete Post Metrics");
  now = engage_project_get_post_metric (fixture->project, id, NULL);
  assert_metrics_equal (now, after);
  g_clear_object (&now);
  engage_test_redo (fixture->project, "Delete Post Metrics");
  g_assert_null (engage_project_get_post_metric (fixture->project, id, NULL));
}

static void
test_metric_upsert (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngagePost) post = add_post (fixture, "Imported", NULL);
  g_autoptr(EngagePostMetric) first = engage_post_metric_new (engage_post_get_id (post), "2026-01-10");
  g_autoptr(EngagePostMetric) second = engage_post_metric_new (engage_post_get_id (post), "2026-01-10");
  g_autoptr(EngagePostMetric) other_day = engage_post_metric_new (engage_post_get_id (post), "2026-01-11");
  g_autoptr(EngagePostMetric) stored = NULL;
  g_autoptr(GListModel) model = NULL;

  model = engage_project_list_post_metrics (fixture->project, engage_post_get_id (post));
  engage_post_metric_set_impressions (first, 1000);
  engage_post_metric_set_reach (first, 800);
  g_assert_true (engage_project_upsert_post_metric (fixture->project, first, &error));
  g_assert_no_error (error);
  g_assert_cmpint (engage_post_metric_get_id (first), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  /* The same post and date again: known counts replace, unknown ones keep. */
  engage_post_metric_set_reach (second, 850);
  engage_post_metric_set_clicks (second, 30);
  g_assert_true (engage_project_upsert_post_metric (fixture->project, second, &error));
  g_assert_no_error (error);
  g_assert_cmpint (engage_post_metric_get_id (second), ==, engage_post_metric_get_id (first));
  g_assert_cmpint (engage_post_metric_get_impressions (second), ==, 1000);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  stored = engage_project_get_post_metric (fixture->project, engage_post_metric_get_id (first), NULL);
  g_assert_cmpint (engage_post_metric_get_impressions (stored), ==, 1000);
  g_assert_cmpint (engage_post_metric_get_reach (stored), ==, 850);
  g_assert_cmpint (engage_post_metric_get_clicks (stored), ==, 30);
  g_assert_cmpint (engage_post_metric_get_comments (stored), ==, -1);
  assert_metrics_equal (stored, second);
  g_clear_object (&stored);

  /* Undo takes back only the merge. */
  engage_test_undo (fixture->project, "Record Post Metrics");
  stored = engage_project_get_post_metric (fixture->project, engage_post_metric_get_id (first), NULL);
  assert_metrics_equal (stored, first);
  g_clear_object (&stored);

  g_assert_true (engage_project_upsert_post_metric (fixture->project, other_day, &error));
  g_assert_no_error (error);
  g_assert_cmpint (engage_post_metric_get_id (other_day), !=, engage_post_metric_get_id (first));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
}

static void
test_metric_list (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngagePost) post = add_post (fixture, "Mine", NULL);
  g_autoptr(EngagePost) other = add_post (fixture, "Someone else's", NULL);
  g_autoptr(GListModel) model = NULL;
  const char *dates[] = { "2026-01-12", "2026-01-10", "2026-01-11" };
  g_autoptr(EngagePostMetric) foreign = engage_post_metric_new (engage_post_get_id (other), "2026-01-09");
  guint changes = 0;

  model = engage_project_list_post_metrics (fixture->project, engage_post_get_id (post));
  g_assert_true (g_list_model_get_item_type (model) == ENGAGE_TYPE_POST_METRIC);
  g_signal_connect (model, "items-changed", G_CALLBACK (engage_test_count_items_changed_cb),
                    &changes);

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr(EngagePostMetric) metric = engage_post_metric_new (engage_post_get_id (post), dates[i]);

      g_assert_true (engage_project_add_post_metric (fixture->project, metric, &error));
      g_assert_no_error (error);
    }
  g_assert_true (engage_project_add_post_metric (fixture->project, foreign, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (changes, >=, 3);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(EngagePostMetric) metric = g_list_model_get_item (model, i);
      g_autofree char *expected = g_strdup_printf ("2026-01-1%u", i);

      g_assert_cmpstr (engage_post_metric_get_date (metric), ==, expected);
      g_assert_cmpint (engage_post_metric_get_post_id (metric), ==, engage_post_get_id (post));
    }

  g_assert_true (engage_project_delete_post (fixture->project, engage_post_get_id (post), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
}

static void
test_metric_constraints (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngagePost) post = add_post (fixture, "Measured", NULL);
  g_autoptr(EngagePostMetric) metric = engage_post_metric_new (engage_post_get_id (post), "2026-01-10");
  g_autoptr(EngagePostMetric) twin = engage_post_metric_new (engage_post_get_id (post), "2026-01-10");
  g_autoptr(EngagePostMetric) orphan = engage_post_metric_new (4242, "2026-01-10");
  g_autoptr(EngagePostMetric) undated = engage_post_metric_new (engage_post_get_id (post), NULL);

  g_test_expect_message ("engage-post-metric", G_LOG_LEVEL_CRITICAL, "*engage_iso_date_is_valid*");
  engage_post_metric_set_date (metric, "10.01.2026");
  g_test_assert_expected_messages ();
  g_assert_cmpstr (engage_post_metric_get_date (metric), ==, "2026-01-10");

  g_test_expect_message ("engage-post-metric", G_LOG_LEVEL_CRITICAL, "*reach >= -1*");
  engage_post_metric_set_reach (metric, -5);
  g_test_assert_expected_messages ();
  g_assert_cmpint (engage_post_metric_get_reach (metric), ==, -1);

  g_assert_true (engage_project_add_post_metric (fixture->project, metric, &error));
  g_assert_no_error (error);

  g_assert_false (engage_project_add_post_metric (fixture->project, twin, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (engage_project_add_post_metric (fixture->project, orphan, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (engage_project_upsert_post_metric (fixture->project, orphan, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (engage_project_add_post_metric (fixture->project, undated, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Add Post Metrics");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD_TEST ("/core/pillar/add-get-update-delete", test_pillar_crud);
  ADD_TEST ("/core/pillar/list", test_pillar_list);
  ADD_TEST ("/core/pillar/undo-redo", test_pillar_undo_redo);
  ADD_TEST ("/core/pillar/target-share", test_pillar_target_share);

  ADD_TEST ("/core/post/add-get-update-delete", test_post_crud);
  ADD_TEST ("/core/post/times-utc", test_post_times_utc);
  ADD_TEST ("/core/post/created-at", test_post_created_at);
  ADD_TEST ("/core/post/undo-redo", test_post_undo_redo);
  ADD_TEST ("/core/post/list-range", test_post_list_range);
  ADD_TEST ("/core/post/list-reuses-unchanged", test_post_list_reuses_unchanged);
  ADD_TEST ("/core/post/list-by-status", test_post_list_by_status);
  ADD_TEST ("/core/post/list-unscheduled", test_post_list_unscheduled);
  ADD_TEST ("/core/post/move", test_post_move);
  ADD_TEST ("/core/post/set-status", test_post_set_status);
  ADD_TEST ("/core/post/constraints", test_post_constraints);

  ADD_TEST ("/core/post-metric/add-get-update-delete", test_metric_crud);
  ADD_TEST ("/core/post-metric/undo-redo", test_metric_undo_redo);
  ADD_TEST ("/core/post-metric/upsert", test_metric_upsert);
  ADD_TEST ("/core/post-metric/list", test_metric_list);
  ADD_TEST ("/core/post-metric/constraints", test_metric_constraints);

#undef ADD_TEST

  return g_test_run ();
}
