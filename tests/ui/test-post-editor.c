/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "calendar/engage-import-dialog.h"
#include "calendar/engage-plan-findings.h"
#include "calendar/engage-post-chip.h"
#include "calendar/engage-post-editor.h"
#include "calendar/engage-post-list.h"
#include "calendar/engage-repeat-dialog.h"
#include "engage-channel.h"
#include "engage-checker.h"
#include "engage-post.h"
#include "engage-post-csv.h"
#include "engage-project.h"
#include "engage-recurrence.h"
#include "engage-sample.h"
#include "engage-section.h"
#include "guidelines/engage-approval-dialog.h"

/* The post editor, the list view and the import preview: the counters and the
 * validation as pure functions, then each widget driven through its actions on
 * a sample project, with the posts checked in the project and each edit one
 * undo step. */

#define SAMPLE_TODAY "2026-11-23"

typedef struct
{
  char          *dir;
  EngageProject *project;
} Fixture;

/* Helpers */

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);
      g_unlink (child);
    }
  g_rmdir (dir);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  fixture->dir = g_dir_make_tmp ("engage-editor-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
  path = g_build_filename (fixture->dir, "Sample.engage", NULL);
  file = g_file_new_for_path (path);

  fixture->project = engage_project_create (file, "Sample", &error);
  g_assert_no_error (error);
  g_assert_true (engage_iso_date_parse (SAMPLE_TODAY, &today));
  g_assert_true (engage_sample_fill (fixture->project, "en", &today, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  engage_project_close (fixture->project);
  g_clear_object (&fixture->project);
  remove_dir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static GtkWidget *
find_descendant (GtkWidget  *widget,
                 GType       type,
                 const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (title == NULL ||
       g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The latest toplevel of @type, e.g. a dialog an action opened. */
static GtkWindow *
find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  GtkWindow *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      found = l->data;

  return found;
}

static void
set_entry (EngagePostEditor *editor,
           const char       *title,
           const char       *text)
{
  GtkWidget *row = find_descendant (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
set_body (EngagePostEditor *editor,
          const char       *text)
{
  GtkWidget *view = find_descendant (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW, NULL);

  g_assert_nonnull (view);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static EngageChannel *
find_channel (EngageProject     *project,
              EngageChannelKind  kind,
              guint             *position)
{
  g_autoptr(GListModel) channels = engage_project_list_channels (project);

  for (guint i = 0; i < g_list_model_get_n_items (channels); i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (channels, i);

      if (engage_channel_get_kind (channel) == kind)
        {
          if (position != NULL)
            *position = i;
          return g_steal_pointer (&channel);
        }
    }

  g_assert_not_reached ();
}

static guint
count_posts (EngageProject *project)
{
  EngageProjectCounts counts;
  g_autoptr(GError) error = NULL;

  g_assert_true (engage_project_get_counts (project, &counts, &error));
  g_assert_no_error (error);
  return counts.posts;
}

static GPtrArray *
find_posts_by_title (EngageProject *project,
                     const char    *title)
{
  g_autoptr(GListModel) posts = engage_project_list_posts (project, NULL, NULL);
  g_autoptr(GListModel) ideas = engage_project_list_unscheduled_posts (project);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *models[] = { posts, ideas };

  for (guint m = 0; m < G_N_ELEMENTS (models); m++)
    for (guint i = 0; i < g_list_model_get_n_items (models[m]); i++)
      {
        g_autoptr(EngagePost) post = g_list_model_get_item (models[m], i);

        if (g_strcmp0 (engage_post_get_title (post), title) == 0)
          g_ptr_array_add (found, g_steal_pointer (&post));
      }

  return found;
}

static GDateTime *
local_time (EngageProject *project,
            int            year,
            int            month,
            int            day,
            int            hour)
{
  return g_date_time_new (engage_project_get_tz (project), year, month, day, hour, 0, 0);
}

/* Pure functions */

static void
test_counter (void)
{
  g_autoptr(EngageChannel) x = engage_channel_new (ENGAGE_CHANNEL_KIND_X, "X");
  g_autoptr(EngageChannel) blog = engage_channel_new (ENGAGE_CHANNEL_KIND_BLOG, "Blog");
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autofree char *chars = NULL;
  g_autofree char *hashtags = NULL;
  EngageTextCounter counter;

  engage_channel_set_char_limit (x, 280);
  engage_channel_set_hashtag_limit (x, 2);

  /* A link counts 23 on X, whatever its length. */
  engage_text_counter_compute (&counter, x,
                               "Fresh bread https://example.com/a/very/long/path/to/the/bread/page #Brot");
  g_assert_cmpuint (counter.length, ==, strlen ("Fresh bread ") + 23 + strlen (" #Brot"));
  g_assert_cmpuint (counter.hashtags, ==, 1);
  g_assert_cmpint (counter.chars_state, ==, ENGAGE_TEXT_COUNTER_OK);
  g_assert_cmpint (counter.hashtags_state, ==, ENGAGE_TEXT_COUNTER_OK);
  chars = engage_text_counter_format_chars (&counter);
  g_assert_cmpstr (chars, ==, "41 / 280");
  hashtags = engage_text_counter_format_hashtags (&counter);
  g_assert_cmpstr (hashtags, ==, "1 / 2 hashtags");
  g_clear_pointer (&chars, g_free);
  g_clear_pointer (&hashtags, g_free);

  /* The last tenth warns, past the limit is an error. */
  g_string_append (long_text, "");
  for (guint i = 0; i < 260; i++)
    g_string_append_c (long_text, 'a');
  engage_text_counter_compute (&counter, x, long_text->str);
  g_assert_cmpint (counter.chars_state, ==, ENGAGE_TEXT_COUNTER_WARNING);
  for (guint i = 0; i < 21; i++)
    g_string_append_c (long_text, 'a');
  engage_text_counter_compute (&counter, x, long_text->str);
  g_assert_cmpuint (counter.length, ==, 281);
  g_assert_cmpint (counter.chars_state, ==, ENGAGE_TEXT_COUNTER_ERROR);
  chars = engage_text_counter_format_chars (&counter);
  g_assert_cmpstr (chars, ==, "281 / 280");
  g_clear_pointer (&chars, g_free);

  /* Emoji count double on X; three hashtags are one too many. */
  engage_text_counter_compute (&counter, x, "🥨 #a1 #b #c");
  g_assert_cmpuint (counter.length, ==, 2 + strlen (" #a1 #b #c"));
  g_assert_cmpuint (counter.hashtags, ==, 3);
  g_assert_cmpint (counter.hashtags_state, ==, ENGAGE_TEXT_COUNTER_ERROR);

  /* Without limits: a plain count. */
  engage_channel_set_char_limit (blog, 0);
  engage_channel_set_hashtag_limit (blog, 0);
  engage_text_counter_compute (&counter, blog, "Zwölf Zeichen");
  g_assert_cmpuint (counter.length, ==, 13);
  g_assert_cmpint (counter.chars_state, ==, ENGAGE_TEXT_COUNTER_OK);
  chars = engage_text_counter_format_chars (&counter);
  g_assert_cmpstr (chars, ==, "13 characters");
  hashtags = engage_text_counter_format_hashtags (&counter);
  g_assert_cmpstr (hashtags, ==, "0 hashtags");

  engage_text_counter_compute (&counter, NULL, NULL);
  g_assert_cmpuint (counter.length, ==, 0);
  g_assert_cmpuint (counter.char_limit, ==, 0);
}

static void
test_validate (void)
{
  g_autoptr(EngagePost) post = engage_post_new (0, "Title");
  g_autoptr(GDateTime) time = g_date_time_new_utc (2026, 12, 1, 8, 0, 0);
  char *problem;

  problem = engage_post_editor_validate (post);
  g_assert_nonnull (strstr (problem, "channel"));
  g_free (problem);

  engage_post_set_channel_id (post, 1);
  g_assert_null (engage_post_editor_validate (post));

  engage_post_set_title (post, "  ");
  problem = engage_post_editor_validate (post);
  g_assert_nonnull (strstr (problem, "title or a text"));
  g_free (problem);
  engage_post_set_body (post, "Only a text");
  g_assert_null (engage_post_editor_validate (post));

  engage_post_set_status (post, ENGAGE_POST_STATUS_SCHEDULED);
  problem = engage_post_editor_validate (post);
  g_assert_nonnull (strstr (problem, "needs a date"));
  g_free (problem);
  engage_post_set_scheduled_at (post, time);
  g_assert_null (engage_post_editor_validate (post));

  engage_post_set_link (post, "baeckerei.de/stollen");
  problem = engage_post_editor_validate (post);
  g_assert_nonnull (strstr (problem, "link"));
  g_free (problem);
  engage_post_set_link (post, "https://baeckerei.de/stollen");
  g_assert_null (engage_post_editor_validate (post));

  engage_post_set_permalink (post, "javascript:alert(1)");
  problem = engage_post_editor_validate (post);
  g_assert_nonnull (strstr (problem, "permalink"));
  g_free (problem);
}

static void
test_repeat_describe (void)
{
  g_autofree char *weekly = NULL;
  g_autofree char *monthly = NULL;
  GDate until;

  g_date_clear (&until, 1);
  g_date_set_dmy (&until, 30, G_DATE_JUNE, 2026);

  weekly = engage_repeat_describe_weekly (ENGAGE_WEEKDAY_BIT (G_DATE_TUESDAY) |
                                          ENGAGE_WEEKDAY_BIT (G_DATE_THURSDAY), &until);
  g_assert_cmpstr (weekly, ==, "Weekly on Tue, Thu until June 30, 2026");

  monthly = engage_repeat_describe_monthly (1, G_DATE_MONDAY, 6);
  g_assert_cmpstr (monthly, ==, "First Monday of each month, 6 times");
}

/* The editor */

static void
test_editor_new_post (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(EngagePostEditor) editor = NULL;
  g_autoptr(EngageChannel) x = NULL;
  g_autoptr(GDateTime) day = local_time (fixture->project, 2026, 12, 3, 0);
  g_autoptr(GDateTime) expected = local_time (fixture->project, 2026, 12, 3, 9);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  guint before = count_posts (fixture->project);
  guint x_position = 0;
  EngagePost *post;

  editor = engage_post_editor_new (fixture->project, 0, day, &error);
  g_assert_no_error (error);
  g_assert_nonnull (editor);

  /* Nothing to save yet: a post needs words. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_cmpuint (count_posts (fixture->project), ==, before);

  x = find_channel (fixture->project, ENGAGE_CHANNEL_KIND_X, &x_position);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_descendant (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW,
                                                              "Channel")),
                              x_position);
  set_entry (editor, "Title", "Advent calendar, door 1");
  set_body (editor, "Behind door 1: a cinnamon star. https://example.com/advent #Advent");
  set_entry (editor, "Owner", "Lena");
  set_entry (editor, "Campaign", "Advent 2026");
  set_entry (editor, "Link", "https://example.com/advent");

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);

  g_assert_cmpuint (count_posts (fixture->project), ==, before + 1);
  found = find_posts_by_title (fixture->project, "Advent calendar, door 1");
  g_assert_cmpuint (found->len, ==, 1);
  post = g_ptr_array_index (found, 0);
  g_assert_cmpint (engage_post_get_channel_id (post), ==, engage_channel_get_id (x));
  g_assert_cmpint (engage_post_get_status (post), ==, ENGAGE_POST_STATUS_DRAFT);
  g_assert_true (g_date_time_equal (engage_post_get_scheduled_at (post), expected));
  g_assert_cmpstr (engage_post_get_body (post), ==,
                   "Behind door 1: a cinnamon star. https://example.com/advent #Advent");
  g_assert_cmpstr (engage_post_get_owner (post), ==, "Lena");
  g_assert_cmpstr (engage_post_get_campaign (post), ==, "Advent 2026");
  g_assert_cmpstr (engage_post_get_link (post), ==, "https://example.com/advent");

  /* One save, one undo step. */
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Add Post");
  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_posts (fixture->project), ==, before);
}

static void
test_editor_idea (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(EngagePostEditor) editor = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  EngagePost *post;

  editor = engage_post_editor_new (fixture->project, 0, NULL, &error);
  g_assert_no_error (error);
  set_entry (editor, "Title", "Maybe a bakery tour video");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);

  found = find_posts_by_title (fixture->project, "Maybe a bakery tour video");
  g_assert_cmpuint (found->len, ==, 1);
  post = g_ptr_array_index (found, 0);
  g_assert_null (engage_post_get_scheduled_at (post));
  g_assert_cmpint (engage_post_get_status (post), ==, ENGAGE_POST_STATUS_IDEA);
}

static void
test_editor_edit_post (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GListModel) posts = engage_project_list_posts (fixture->project, NULL, NULL);
  g_autoptr(EngagePost) original = g_list_model_get_item (posts, 0);
  g_autoptr(EngagePostEditor) editor = NULL;
  g_autoptr(EngagePost) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = g_strdup (engage_post_get_title (original));
  gint64 id = engage_post_get_id (original);

  editor = engage_post_editor_new (fixture->project, id, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (engage_post_editor_get_post (editor) != NULL);
  g_assert_cmpint (engage_post_get_id (engage_post_editor_get_post (editor)), ==, id);

  set_entry (editor, "Title", "A new title");
  set_entry (editor, "Owner", "Markus");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);

  stored = engage_project_get_post (fixture->project, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (engage_post_get_title (stored), ==, "A new title");
  g_assert_cmpstr (engage_post_get_owner (stored), ==, "Markus");
  g_assert_true (g_date_time_equal (engage_post_get_scheduled_at (stored),
                                    engage_post_get_scheduled_at (original)));

  /* Both fields come back with one undo. */
  g_assert_true (engage_project_undo (fixture->project, &error));
  g_clear_object (&stored);
  stored = engage_project_get_post (fixture->project, id, &error);
  g_assert_cmpstr (engage_post_get_title (stored), ==, title);
  g_assert_cmpstr (engage_post_get_owner (stored), ==, engage_post_get_owner (original));
}

static void
test_editor_copy_to_channels (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GListModel) posts = engage_project_list_posts (fixture->project, NULL, NULL);
  g_autoptr(EngagePost) original = g_list_model_get_item (posts, 3);
  g_autoptr(EngagePostEditor) editor = NULL;
  g_autoptr(GPtrArray) copies = NULL;
  g_autoptr(GError) error = NULL;
  guint before = count_posts (fixture->project);
  AdwMessageDialog *dialog;
  GtkWidget *list_box;
  guint n_checked = 0;

  editor = engage_post_editor_new (fixture->project, engage_post_get_id (original), NULL, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (editor));

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.copy-to-channels", NULL);
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "copy"));

  /* Check the first two channels offered. */
  list_box = adw_message_dialog_get_extra_child (dialog);
  for (GtkWidget *row = gtk_widget_get_first_child (list_box);
       row != NULL && n_checked < 2;
       row = gtk_widget_get_next_sibling (row), n_checked++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row))),
                                 TRUE);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "copy"));
  adw_message_dialog_response (dialog, "copy");

  g_assert_cmpuint (count_posts (fixture->project), ==, before + 2);
  copies = find_posts_by_title (fixture->project, engage_post_get_title (original));
  g_assert_cmpuint (copies->len, >=, 3);
  for (guint i = 0; i < copies->len; i++)
    {
      EngagePost *copy = g_ptr_array_index (copies, i);

      if (engage_post_get_id (copy) == engage_post_get_id (original))
        continue;
      if (engage_post_get_variant_of (copy) == NULL)
        continue;
      g_assert_cmpstr (engage_post_get_variant_of (copy), ==, engage_post_get_uuid (original));
      g_assert_cmpint (engage_post_get_channel_id (copy), !=, engage_post_get_channel_id (original));
      g_assert_cmpstr (engage_post_get_body (copy), ==, engage_post_get_body (original));
    }

  /* All copies in one edit. */
  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_posts (fixture->project), ==, before);

  gtk_window_destroy (GTK_WINDOW (editor));
}

static void
test_editor_series (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GDateTime) start = local_time (fixture->project, 2027, 3, 2, 9);
  g_autoptr(EngagePostEditor) editor = NULL;
  g_autoptr(EngagePostEditor) second_editor = NULL;
  g_autoptr(GPtrArray) series = NULL;
  g_autoptr(GPtrArray) renamed = NULL;
  g_autoptr(GError) error = NULL;
  guint before = count_posts (fixture->project);
  GtkWindow *repeat;
  AdwMessageDialog *question;
  EngagePost *third;

  editor = engage_post_editor_new (fixture->project, 0, start, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (editor));
  set_entry (editor, "Title", "Tuesday tip");

  /* Weekly on the post's weekday for three months, as the dialog proposes. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.repeat", NULL);
  repeat = find_toplevel (ENGAGE_TYPE_REPEAT_DIALOG);
  g_assert_nonnull (repeat);
  g_assert_nonnull (engage_repeat_dialog_get_rule (ENGAGE_REPEAT_DIALOG (repeat)));
  gtk_widget_activate_action (GTK_WIDGET (repeat), "repeat.done", NULL);

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  series = find_posts_by_title (fixture->project, "Tuesday tip");
  /* 2 March to 2 June 2027: 14 Tuesdays. */
  g_assert_cmpuint (series->len, ==, 14);
  g_assert_cmpuint (count_posts (fixture->project), ==, before + 14);
  for (guint i = 0; i < series->len; i++)
    {
      EngagePost *post = g_ptr_array_index (series, i);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (engage_post_get_scheduled_at (post),
                                                            engage_project_get_tz (fixture->project));

      g_assert_nonnull (engage_post_get_series_id (post));
      g_assert_cmpstr (engage_post_get_series_id (post), ==,
                       engage_post_get_series_id (g_ptr_array_index (series, 0)));
      /* 09:00 on both sides of the change to summer time on 28 March. */
      g_assert_cmpint (g_date_time_get_hour (local), ==, 9);
      g_assert_cmpint (g_date_time_get_day_of_week (local), ==, G_DATE_TUESDAY);
    }

  /* Editing the third asks; "this and following" renames twelve. */
  third = g_ptr_array_index (series, 2);
  second_editor = engage_post_editor_new (fixture->project, engage_post_get_id (third), NULL, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (second_editor));
  set_entry (second_editor, "Title", "Tuesday tip (new)");
  gtk_widget_activate_action (GTK_WIDGET (second_editor), "editor.save", NULL);
  question = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "following");

  renamed = find_posts_by_title (fixture->project, "Tuesday tip (new)");
  g_assert_cmpuint (renamed->len, ==, 12);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), !=, NULL);

  /* One undo takes the whole change to the series back. */
  g_assert_true (engage_project_undo (fixture->project, &error));
  g_clear_pointer (&renamed, g_ptr_array_unref);
  renamed = find_posts_by_title (fixture->project, "Tuesday tip (new)");
  g_assert_cmpuint (renamed->len, ==, 0);

  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_cmpuint (count_posts (fixture->project), ==, before);
}

static void
test_editor_missing_post (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(EngagePostEditor) editor = NULL;
  g_autoptr(GError) error = NULL;

  editor = engage_post_editor_new (fixture->project, 999999, NULL, &error);
  g_assert_null (editor);
  g_assert_nonnull (error);
}

static GtkWidget *
find_group (GtkWidget  *widget,
            const char *title)
{
  if (ADW_IS_PREFERENCES_GROUP (widget) &&
      g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_group (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
on_give_up_cb (gpointer user_data)
{
  gboolean *gave_up = user_data;

  *gave_up = TRUE;
  return G_SOURCE_REMOVE;
}

static void
test_editor_guideline (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(EngageChecker) checker = engage_checker_new (fixture->project);
  g_autoptr(GListModel) posts = engage_project_list_posts (fixture->project, NULL, NULL);
  g_autoptr(EngagePostEditor) editor = NULL;
  g_autoptr(GError) error = NULL;
  EngagePost *breaker = NULL;
  GtkWidget *group;
  gboolean gave_up = FALSE;
  guint give_up_id;

  /* The sample's X post that is too long and breaks nothing else. */
  for (guint i = 0; i < g_list_model_get_n_items (posts) && breaker == NULL; i++)
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (posts, i);
      g_autoptr(GPtrArray) findings = engage_findings_new ();
      gboolean only_length = engage_checker_check_post (checker, post, findings) > 0;

      for (guint j = 0; j < findings->len; j++)
        if (g_strcmp0 (engage_finding_get_rule_kind (g_ptr_array_index (findings, j)),
                       "max-length") != 0)
          only_length = FALSE;
      if (only_length)
        breaker = g_steal_pointer (&post);
    }
  g_assert_nonnull (breaker);

  editor = engage_post_editor_new (fixture->project, engage_post_get_id (breaker), NULL, &error);
  g_object_unref (breaker);
  g_assert_no_error (error);

  group = find_group (GTK_WIDGET (editor), "Guideline");
  g_assert_nonnull (group);
  g_assert_true (gtk_widget_get_visible (group));
  g_assert_nonnull (find_descendant (group, ADW_TYPE_ACTION_ROW, NULL));

  /* A short text fixes it once the editor has checked again. */
  set_body (editor, "Fresh rolls from the oven this morning.");
  give_up_id = g_timeout_add_seconds (10, on_give_up_cb, &gave_up);
  while (gtk_widget_get_visible (group) && !gave_up)
    g_main_context_iteration (NULL, TRUE);
  if (!gave_up)
    g_source_remove (give_up_id);

  g_assert_false (gtk_widget_get_visible (group));
  g_assert_null (find_descendant (group, ADW_TYPE_ACTION_ROW, NULL));
}

/* Approval */

static EngagePost *
find_post_with_status (EngageProject    *project,
                       EngagePostStatus  status)
{
  g_autoptr(GListModel) posts = engage_project_list_posts (project, NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (posts); i++)
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (posts, i);

      if (engage_post_get_status (post) == status)
        return g_steal_pointer (&post);
    }

  g_assert_not_reached ();
}

static AdwComboRow *
get_status_row (EngagePostEditor *editor)
{
  GtkWidget *row = find_descendant (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, "Status");

  g_assert_nonnull (row);
  return ADW_COMBO_ROW (row);
}

/* Selects "Approved" and returns the checklist dialog it brought up. */
static EngageApprovalDialog *
select_approved (EngagePostEditor *editor)
{
  GtkWindow *dialog;

  adw_combo_row_set_selected (get_status_row (editor), ENGAGE_POST_STATUS_APPROVED);
  dialog = find_toplevel (ENGAGE_TYPE_APPROVAL_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (editor));

  return ENGAGE_APPROVAL_DIALOG (dialog);
}

static void
test_editor_approval (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(EngagePost) original = find_post_with_status (fixture->project, ENGAGE_POST_STATUS_IN_REVIEW);
  g_autoptr(EngagePostEditor) editor = NULL;
  g_autoptr(EngagePost) stored = NULL;
  g_autoptr(GError) error = NULL;
  EngageApprovalDialog *dialog;
  gint64 id = engage_post_get_id (original);
  guint n_items;

  g_assert_cmpstr (engage_post_get_approved_by (original), ==, "");
  editor = engage_post_editor_new (fixture->project, id, NULL, &error);
  g_assert_no_error (error);

  /* Cancelled: the status goes back, nothing is stored. */
  dialog = select_approved (editor);
  g_assert_cmpuint (engage_approval_dialog_get_n_items (dialog), >, 0);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (adw_combo_row_get_selected (get_status_row (editor)), ==, ENGAGE_POST_STATUS_IN_REVIEW);

  /* Confirmed: every checklist item ticked and a name given. The dialog
   * stores nothing itself. */
  dialog = select_approved (editor);
  n_items = engage_approval_dialog_get_n_items (dialog);
  engage_approval_dialog_set_approver (dialog, "Markus Hägele");
  g_assert_false (engage_approval_dialog_can_approve (dialog));
  for (guint i = 0; i < n_items; i++)
    engage_approval_dialog_confirm_item (dialog, i, TRUE);
  g_assert_true (engage_approval_dialog_can_approve (dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "approve");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (adw_combo_row_get_selected (get_status_row (editor)), ==, ENGAGE_POST_STATUS_APPROVED);
  stored = engage_project_get_post (fixture->project, id, &error);
  g_assert_cmpint (engage_post_get_status (stored), ==, ENGAGE_POST_STATUS_IN_REVIEW);
  g_clear_object (&stored);

  /* Saved with the status, as one edit. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  stored = engage_project_get_post (fixture->project, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (engage_post_get_status (stored), ==, ENGAGE_POST_STATUS_APPROVED);
  g_assert_cmpstr (engage_post_get_approved_by (stored), ==, "Markus Hägele");
  g_assert_nonnull (engage_post_get_approved_at (stored));
  g_clear_object (&stored);

  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  stored = engage_project_get_post (fixture->project, id, &error);
  g_assert_cmpint (engage_post_get_status (stored), ==, ENGAGE_POST_STATUS_IN_REVIEW);
  g_assert_cmpstr (engage_post_get_approved_by (stored), ==, "");
  g_assert_null (engage_post_get_approved_at (stored));
}

/* Without checklist sections, the approver's name is all it asks for. */
static void
test_editor_approval_no_checklist (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GListModel) sections = engage_project_list_sections (fixture->project);
  g_autoptr(EngagePost) original = find_post_with_status (fixture->project, ENGAGE_POST_STATUS_DRAFT);
  g_autoptr(EngagePostEditor) editor = NULL;
  g_autoptr(EngagePost) stored = NULL;
  g_autoptr(GError) error = NULL;
  EngageApprovalDialog *dialog;
  gint64 id = engage_post_get_id (original);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(EngageSection) section = g_list_model_get_item (sections, i);

      engage_section_set_checklist (section, FALSE);
      g_assert_true (engage_project_update_section (fixture->project, section, &error));
      g_assert_no_error (error);
    }

  editor = engage_post_editor_new (fixture->project, id, NULL, &error);
  g_assert_no_error (error);
  dialog = select_approved (editor);
  g_assert_cmpuint (engage_approval_dialog_get_n_items (dialog), ==, 0);
  engage_approval_dialog_set_approver (dialog, "Lena");
  g_assert_true (engage_approval_dialog_can_approve (dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "approve");
  gtk_window_destroy (GTK_WINDOW (dialog));

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  stored = engage_project_get_post (fixture->project, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (engage_post_get_status (stored), ==, ENGAGE_POST_STATUS_APPROVED);
  g_assert_cmpstr (engage_post_get_approved_by (stored), ==, "Lena");

  /* Sent back to draft, the post loses its approval. */
  g_clear_object (&editor);
  editor = engage_post_editor_new (fixture->project, id, NULL, &error);
  adw_combo_row_set_selected (get_status_row (editor), ENGAGE_POST_STATUS_DRAFT);
  g_assert_null (find_toplevel (ENGAGE_TYPE_APPROVAL_DIALOG));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_clear_object (&stored);
  stored = engage_project_get_post (fixture->project, id, &error);
  g_assert_cmpint (engage_post_get_status (stored), ==, ENGAGE_POST_STATUS_DRAFT);
  g_assert_cmpstr (engage_post_get_approved_by (stored), ==, "");
  g_assert_null (engage_post_get_approved_at (stored));
}

/* The badges */

static EngagePost *
find_post_by_title (EngageProject *project,
                    const char    *title)
{
  g_autoptr(GPtrArray) found = find_posts_by_title (project, title);

  g_assert_cmpuint (found->len, ==, 1);
  return g_object_ref (g_ptr_array_index (found, 0));
}

static void
test_plan_findings (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(EngagePlanFindings) findings = engage_plan_findings_new (fixture->project);
  g_autoptr(GDateTime) from = local_time (fixture->project, 2026, 10, 26, 0);
  g_autoptr(GDateTime) to = local_time (fixture->project, 2026, 12, 7, 0);
  g_autoptr(EngagePost) hashtags = find_post_by_title (fixture->project, "Cinnamon buns fresh from the oven");
  g_autoptr(EngagePost) personal = find_post_by_title (fixture->project, "Winner of our Stollen giveaway");
  g_autoptr(EngagePost) later = find_post_by_title (fixture->project, "The best pretzels in town");
  g_autoptr(GtkWidget) chip = NULL;
  g_autoptr(GtkWidget) clean_chip = NULL;
  g_autoptr(GListModel) posts = NULL;
  g_autoptr(GError) error = NULL;
  EngagePost *clean = NULL;
  EngageSeverity severity;
  const char *messages = NULL;

  engage_plan_findings_set_range (findings, from, to);
  g_assert_true (engage_plan_findings_is_pending (findings));
  engage_plan_findings_update_now (findings);
  g_assert_false (engage_plan_findings_is_pending (findings));
  g_assert_cmpuint (engage_plan_findings_get_n_posts (findings), >, 0);

  g_assert_true (engage_plan_findings_lookup_post (findings, hashtags, &severity, &messages));
  g_assert_cmpint (severity, ==, ENGAGE_SEVERITY_WARNING);
  g_assert_nonnull (strstr (messages, "14 hashtags"));
  g_assert_true (engage_plan_findings_lookup_post (findings, personal, &severity, NULL));
  g_assert_cmpint (severity, ==, ENGAGE_SEVERITY_ERROR);

  /* Outside the range, a post is checked on its own. */
  g_assert_true (engage_plan_findings_lookup_post (findings, later, &severity, &messages));
  g_assert_cmpint (severity, ==, ENGAGE_SEVERITY_ERROR);
  g_assert_nonnull (strstr (messages, "cheap"));

  /* A chip takes the badge of its post's worst finding. */
  chip = g_object_ref_sink (engage_post_chip_new (hashtags, NULL, NULL, engage_project_get_tz (fixture->project),
                                                  ENGAGE_POST_CHIP_COMPACT));
  g_assert_false (engage_post_chip_get_badge_severity (ENGAGE_POST_CHIP (chip), NULL));
  engage_plan_findings_decorate_chip (findings, chip);
  g_assert_true (engage_post_chip_get_badge_severity (ENGAGE_POST_CHIP (chip), &severity));
  g_assert_cmpint (severity, ==, ENGAGE_SEVERITY_WARNING);
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (chip), "14 hashtags"));

  posts = engage_project_list_posts (fixture->project, from, to);
  for (guint i = 0; i < g_list_model_get_n_items (posts) && clean == NULL; i++)
    {
      EngagePost *post = g_list_model_get_item (posts, i);

      if (!engage_plan_findings_lookup_post (findings, post, NULL, NULL))
        clean = post;
      else
        g_object_unref (post);
    }
  g_assert_nonnull (clean);
  clean_chip = g_object_ref_sink (engage_post_chip_new (clean, NULL, NULL, engage_project_get_tz (fixture->project),
                                                        ENGAGE_POST_CHIP_DETAILED));
  engage_plan_findings_decorate_chip (findings, clean_chip);
  g_assert_false (engage_post_chip_get_badge_severity (ENGAGE_POST_CHIP (clean_chip), NULL));
  g_object_unref (clean);

  /* Fixed, the post loses its badge with the next check. */
  engage_post_set_body (hashtags, "Cinnamon buns, fresh from the oven. #Bakery");
  g_assert_true (engage_project_update_post (fixture->project, hashtags, &error));
  g_assert_no_error (error);
  g_assert_true (engage_plan_findings_is_pending (findings));
  engage_plan_findings_update_now (findings);
  engage_plan_findings_decorate_chip (findings, chip);
  g_assert_false (engage_plan_findings_lookup_post (findings, hashtags, NULL, NULL));
  g_assert_false (engage_post_chip_get_badge_severity (ENGAGE_POST_CHIP (chip), NULL));
}

/* The list */

static void
test_list_sort_and_filter (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(EngageCalendarFilter) filter = engage_calendar_filter_new ();
  GtkWidget *list = engage_post_list_new (fixture->project, filter);
  GListModel *model = engage_post_list_get_model (ENGAGE_POST_LIST (list));
  guint total = count_posts (fixture->project);
  g_autoptr(EngageChannel) x = find_channel (fixture->project, ENGAGE_CHANNEL_KIND_X, NULL);
  GtkWidget *window = gtk_window_new ();
  guint n;

  /* The table holds the posts while it is on screen only. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  gtk_window_set_child (GTK_WINDOW (window), list);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_get_mapped (list));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, total);

  /* By date: dated posts in order, the ideas last. */
  for (guint i = 1; i < total; i++)
    {
      g_autoptr(EngagePost) a = g_list_model_get_item (model, i - 1);
      g_autoptr(EngagePost) b = g_list_model_get_item (model, i);
      GDateTime *time_a = engage_post_get_scheduled_at (a);
      GDateTime *time_b = engage_post_get_scheduled_at (b);

      g_assert_true (time_a != NULL || time_b == NULL);
      if (time_a != NULL && time_b != NULL)
        g_assert_cmpint (g_date_time_compare (time_a, time_b), <=, 0);
    }

  /* By title as people read it: case does not count. */
  g_assert_true (engage_post_list_sort_by (ENGAGE_POST_LIST (list), "title", GTK_SORT_ASCENDING));
  for (guint i = 1; i < total; i++)
    {
      g_autoptr(EngagePost) a = g_list_model_get_item (model, i - 1);
      g_autoptr(EngagePost) b = g_list_model_get_item (model, i);
      g_autofree char *folded_a = g_utf8_casefold (engage_post_get_title (a), -1);
      g_autofree char *folded_b = g_utf8_casefold (engage_post_get_title (b), -1);
      g_autofree char *key_a = g_utf8_collate_key (folded_a, -1);
      g_autofree char *key_b = g_utf8_collate_key (folded_b, -1);

      g_assert_cmpint (strcmp (key_a, key_b), <=, 0);
    }

  g_assert_true (engage_post_list_sort_by (ENGAGE_POST_LIST (list), "status", GTK_SORT_DESCENDING));
  for (guint i = 1; i < total; i++)
    {
      g_autoptr(EngagePost) a = g_list_model_get_item (model, i - 1);
      g_autoptr(EngagePost) b = g_list_model_get_item (model, i);

      g_assert_cmpint (engage_post_get_status (a), >=, engage_post_get_status (b));
    }
  g_assert_false (engage_post_list_sort_by (ENGAGE_POST_LIST (list), "colour", GTK_SORT_ASCENDING));

  /* The shared filter narrows the list, and follows the project's edits. */
  engage_calendar_filter_set_channel (filter, engage_channel_get_id (x), TRUE);
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, total);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (model, i);

      g_assert_cmpint (engage_post_get_channel_id (post), ==, engage_channel_get_id (x));
    }

  engage_calendar_filter_set_search_text (filter, "Stollen");
  g_assert_cmpuint (g_list_model_get_n_items (model), <, n);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (model, i);

      g_assert_true (engage_calendar_filter_matches (filter, post));
    }

  engage_calendar_filter_reset (filter);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, total);

  {
    g_autoptr(EngagePost) post = engage_post_new (engage_channel_get_id (x), "Brand new idea");
    g_autoptr(GError) error = NULL;

    g_assert_true (engage_project_add_post (fixture->project, post, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, total + 1);
  }

  /* Delete removes the selected post, as one undo step. */
  {
    GtkWidget *column_view = find_descendant (list, GTK_TYPE_COLUMN_VIEW, NULL);
    GtkSelectionModel *selection = gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view));
    g_autoptr(EngagePost) first = g_list_model_get_item (model, 0);
    g_autoptr(EngagePost) gone = NULL;
    g_autoptr(GError) error = NULL;

    gtk_selection_model_select_item (selection, 0, TRUE);
    gtk_widget_activate_action (list, "post-list.delete", NULL);
    gone = engage_project_get_post (fixture->project, engage_post_get_id (first), &error);
    g_assert_no_error (error);
    g_assert_null (gone);
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, total);
    g_assert_true (engage_project_undo (fixture->project, &error));
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, total + 1);
  }

  /* The search field and the shared filter follow each other. */
  {
    GtkWidget *entry = find_descendant (list, GTK_TYPE_SEARCH_ENTRY, NULL);

    engage_calendar_filter_set_search_text (filter, "pretzel");
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "pretzel");
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
    g_signal_emit_by_name (entry, "search-changed");
    g_assert_true (engage_calendar_filter_is_empty (filter));
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, total + 1);
  }

  gtk_widget_set_visible (window, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The import preview */

static GFile *
write_csv (Fixture    *fixture,
           const char *name,
           const char *contents)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static void
test_import_broken_row (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(EngagePostCsvImport) import = NULL;
  g_autoptr(EngageImportDialog) dialog = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  guint before = count_posts (fixture->project);
  gboolean found = FALSE;

  file = write_csv (fixture, "plan.csv",
                    "Datum;Uhrzeit;Kanal;Thema;Text\n"
                    "01.12.2026;09:00;Instagram;Adventskalender;Türchen 1\n"
                    "31.11.2026;12:30;Facebook;Stollen;Anschnitt\n"
                    "05.12.2026;10:00;Instagram;Brezel;Wie eine Brezel entsteht\n");
  import = engage_post_csv_import_new (fixture->project, file, &error);
  g_assert_no_error (error);

  dialog = engage_import_dialog_new (fixture->project, import);
  g_assert_false (engage_import_dialog_can_import (dialog));
  g_assert_cmpuint (engage_import_dialog_get_n_rows (dialog), ==, 3);

  for (guint i = 0; i < engage_import_dialog_get_n_rows (dialog); i++)
    {
      guint line = 0;
      g_autofree char *text = engage_import_dialog_dup_row_text (dialog, i, &line);

      if (line == 3)
        {
          g_assert_nonnull (strstr (text, "31.11.2026"));
          found = TRUE;
        }
    }
  g_assert_true (found);

  summary = engage_import_dialog_format_summary (import);
  g_assert_cmpstr (summary, ==, "2 posts will be created; 1 row has a problem.");

  /* Import is off: the action does nothing. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.run", NULL);
  g_assert_cmpuint (count_posts (fixture->project), ==, before);

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
on_imported_cb (EngageImportDialog *dialog,
                gboolean           *imported)
{
  *imported = TRUE;
}

static void
test_import_good_file (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(EngagePostCsvImport) import = NULL;
  g_autoptr(EngageImportDialog) dialog = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  guint before = count_posts (fixture->project);
  gboolean imported = FALSE;

  file = write_csv (fixture, "good.csv",
                    "Date,Time,Channel,Title,Text\n"
                    "2026-12-01,09:00,Instagram,Advent door 1,A cinnamon star\n"
                    "2026-12-02,12:30,Facebook,Stollen day,We cut the first Stollen\n");
  import = engage_post_csv_import_new (fixture->project, file, &error);
  g_assert_no_error (error);

  dialog = engage_import_dialog_new (fixture->project, import);
  g_assert_true (engage_import_dialog_can_import (dialog));
  summary = engage_import_dialog_format_summary (import);
  g_assert_cmpstr (summary, ==, "2 posts will be created.");

  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported_cb), &imported);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.run", NULL);
  g_assert_true (imported);
  g_assert_cmpuint (count_posts (fixture->project), ==, before + 2);

  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_posts (fixture->project), ==, before);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/post-editor/counter", test_counter);
  g_test_add_func ("/ui/post-editor/validate", test_validate);
  g_test_add_func ("/ui/post-editor/repeat-describe", test_repeat_describe);
  g_test_add ("/ui/post-editor/new-post", Fixture, NULL,
              fixture_set_up, test_editor_new_post, fixture_tear_down);
  g_test_add ("/ui/post-editor/idea", Fixture, NULL,
              fixture_set_up, test_editor_idea, fixture_tear_down);
  g_test_add ("/ui/post-editor/edit-post", Fixture, NULL,
              fixture_set_up, test_editor_edit_post, fixture_tear_down);
  g_test_add ("/ui/post-editor/copy-to-channels", Fixture, NULL,
              fixture_set_up, test_editor_copy_to_channels, fixture_tear_down);
  g_test_add ("/ui/post-editor/series", Fixture, NULL,
              fixture_set_up, test_editor_series, fixture_tear_down);
  g_test_add ("/ui/post-editor/missing-post", Fixture, NULL,
              fixture_set_up, test_editor_missing_post, fixture_tear_down);
  g_test_add ("/ui/post-editor/guideline", Fixture, NULL,
              fixture_set_up, test_editor_guideline, fixture_tear_down);
  g_test_add ("/ui/post-editor/approval", Fixture, NULL,
              fixture_set_up, test_editor_approval, fixture_tear_down);
  g_test_add ("/ui/post-editor/approval-no-checklist", Fixture, NULL,
              fixture_set_up, test_editor_approval_no_checklist, fixture_tear_down);
  g_test_add ("/ui/calendar/plan-findings", Fixture, NULL,
              fixture_set_up, test_plan_findings, fixture_tear_down);
  g_test_add ("/ui/post-list/sort-and-filter", Fixture, NULL,
              fixture_set_up, test_list_sort_and_filter, fixture_tear_down);
  g_test_add ("/ui/import-dialog/broken-row", Fixture, NULL,
              fixture_set_up, test_import_broken_row, fixture_tear_down);
  g_test_add ("/ui/import-dialog/good-file", Fixture, NULL,
              fixture_set_up, test_import_good_file, fixture_tear_down);

  return g_test_run ();
}
