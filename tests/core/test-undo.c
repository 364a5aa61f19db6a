/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "engage-channel.h"
#include "engage-post.h"
#include "engage-project.h"
#include "engage-test-util.h"

/* Undo and redo across tables: cascades, stacks and labels. */

typedef struct
{
  char          *dir;
  EngageProject *project;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->project = engage_test_project_new (&fixture->dir);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  engage_test_project_clear (&fixture->project, &fixture->dir);
}

static EngageChannel *
add_channel (EngageProject *project)
{
  g_autoptr(GError) error = NULL;
  EngageChannel *channel = engage_channel_new (ENGAGE_CHANNEL_KIND_FACEBOOK, "Facebook");

  g_assert_true (engage_project_add_channel (project, channel, &error));
  g_assert_no_error (error);
  return channel;
}

static EngagePost *
add_post (EngageProject *project,
          gint64         channel_id,
          const char    *title,
          gint64         unix_time)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc (unix_time);
  EngagePost *post = engage_post_new (channel_id, title);

  engage_post_set_scheduled_at (post, when);
  g_assert_true (engage_project_add_post (project, post, &error));
  g_assert_no_error (error);
  return post;
}

/* Deleting a channel takes its posts with it; undo brings back all of them with
 * their ids, redo removes them again. */
static void
test_cascade (Fixture       *fixture,
              gconstpointer  data)
{
  EngageProject *project = fixture->project;
  g_autoptr(EngageChannel) channel = add_channel (project);
  g_autoptr(EngagePost) first = add_post (project, engage_channel_get_id (channel), "First", 1767600000);
  g_autoptr(EngagePost) second = add_post (project, engage_channel_get_id (channel), "Zweiter Beitrag – „Brezeln“", 1767686400);
  g_autoptr(GDateTime) from = g_date_time_new_from_unix_utc (1767000000);
  g_autoptr(GDateTime) to = g_date_time_new_from_unix_utc (1768000000);
  g_autoptr(GListModel) posts = engage_project_list_posts (project, from, to);
  g_autoptr(GError) error = NULL;
  g_autoptr(EngagePost) restored = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (posts), ==, 2);

  g_assert_true (engage_project_delete_channel (project, engage_channel_get_id (channel), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (posts), ==, 0);
  g_assert_cmpstr (engage_project_get_undo_label (project), ==, "Delete Channel");

  g_assert_true (engage_project_undo (project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (posts), ==, 2);
  restored = engage_project_get_post (project, engage_post_get_id (second), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (engage_post_get_title (restored), ==, "Zweiter Beitrag – „Brezeln“");
  g_assert_cmpstr (engage_post_get_uuid (restored), ==, engage_post_get_uuid (second));

  g_assert_true (engage_project_redo (project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (posts), ==, 0);
}

static void
test_stacks (Fixture       *fixture,
             gconstpointer  data)
{
  EngageProject *project = fixture->project;
  g_autoptr(EngageChannel) channel = add_channel (project);
  g_autoptr(EngagePost) post = add_post (project, engage_channel_get_id (channel), "Plan", 1767600000);
  g_autoptr(GDateTime) later = g_date_time_new_from_unix_utc (1767603600);
  g_autoptr(EngagePost) moved = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (engage_project_move_post (project, engage_post_get_id (post), later, &error));
  g_assert_cmpstr (engage_project_get_undo_label (project), ==, "Move Post");

  /* Undo twice: the move, then the addition. */
  g_assert_true (engage_project_undo (project, &error));
  moved = engage_project_get_post (project, engage_post_get_id (post), &error);
  g_assert_cmpint (g_date_time_to_unix (engage_post_get_scheduled_at (moved)), ==, 1767600000);
  g_assert_cmpstr (engage_project_get_redo_label (project), ==, "Move Post");

  g_assert_true (engage_project_undo (project, &error));
  g_assert_null (engage_project_get_post (project, engage_post_get_id (post), NULL));
  g_assert_true (engage_project_can_redo (project));

  /* A new edit forgets what could have been redone. */
  g_clear_object (&moved);
  moved = add_post (project, engage_channel_get_id (channel), "Other", 1767600000);
  g_assert_false (engage_project_can_redo (project));
  g_assert_true (engage_project_can_undo (project));

  /* Undo everything, then nothing is left to undo. */
  while (engage_project_can_undo (project))
    g_assert_true (engage_project_undo (project, &error));
  g_assert_no_error (error);
  g_assert_null (engage_project_get_channel (project, engage_channel_get_id (channel), NULL));
}

/* Undo survives closing the file only as far as the file goes: the history
 * belongs to the session, but every edit is already on disk. */
static void
test_edits_are_durable (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(EngageChannel) channel = add_channel (fixture->project);
  g_autoptr(GFile) file = g_object_ref (engage_project_get_file (fixture->project));
  g_autoptr(EngageProject) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) channels = NULL;

  engage_project_close (fixture->project);
  again = engage_project_open (file, &error);
  g_assert_no_error (error);
  channels = engage_project_list_channels (again);
  g_assert_cmpuint (g_list_model_get_n_items (channels), ==, 1);
  g_assert_false (engage_project_can_undo (again));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/undo/cascade", Fixture, NULL, fixture_setup, test_cascade, fixture_teardown);
  g_test_add ("/core/undo/stacks", Fixture, NULL, fixture_setup, test_stacks, fixture_teardown);
  g_test_add ("/core/undo/edits-are-durable", Fixture, NULL,
              fixture_setup, test_edits_are_durable, fixture_teardown);

  return g_test_run ();
}
