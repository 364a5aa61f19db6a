/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "engage-channel.h"
#include "engage-checker.h"
#include "engage-pillar.h"
#include "engage-post.h"
#include "engage-project.h"
#include "engage-rule.h"
#include "engage-section.h"
#include "guidelines/engage-approval-dialog.h"
#include "guidelines/engage-check-view.h"
#include "guidelines/engage-guideline-text.h"
#include "guidelines/engage-guidelines-page.h"
#include "guidelines/engage-rule-dialog.h"
#include "guidelines/engage-section-editor.h"

/* The Guidelines page: text stored at each pause in typing as an edit that undo
 * takes back, and stored when the page goes away so that nothing typed is lost;
 * sections added, moved, deleted and brought back; templates; the rule dialog,
 * the Check Plan view and the approval dialog. */

typedef struct
{
  char                 *dir;
  GFile                *file;
  EngageProject        *project;
  GtkWidget            *window;
  EngageGuidelinesPage *page;
} Fixture;

static void
add_section (EngageProject *project,
             const char    *title,
             const char    *body,
             gboolean       checklist)
{
  g_autoptr(EngageSection) section = engage_section_new (title);
  g_autoptr(GError) error = NULL;

  engage_section_set_body (section, body);
  engage_section_set_checklist (section, checklist);
  g_assert_true (engage_project_add_section (project, section, &error));
  g_assert_no_error (error);
}

static void
open_page (Fixture *fixture)
{
  fixture->window = gtk_window_new ();
  fixture->page = ENGAGE_GUIDELINES_PAGE (engage_guidelines_page_new (fixture->project));
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("engage-guidelines-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "guideline.engage", NULL);
  fixture->file = g_file_new_for_path (path);
  fixture->project = engage_project_create (fixture->file, "Guideline", &error);
  g_assert_no_error (error);

  if (data == NULL)
    {
      add_section (fixture->project, "Tone", "We say *du* on Instagram.", TRUE);
      add_section (fixture->project, "Response times", "Within four hours.", FALSE);
      add_section (fixture->project, "Data protection", "No personal data in posts.", TRUE);
    }

  open_page (fixture);
}

static void
close_page (Fixture *fixture)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  fixture->page = NULL;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  close_page (fixture);
  if (fixture->project != NULL)
    engage_project_close (fixture->project);
  g_clear_object (&fixture->project);
  g_clear_object (&fixture->file);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (fixture->dir, name, NULL);
      g_unlink (child);
    }
  g_rmdir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

/* Helpers */

static void
set_flag (gboolean *flag)
{
  *flag = TRUE;
}

static gboolean
set_flag_source (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the project reports an edit: the editor's pause
 * timer has fired and stored the text. A generous limit keeps a broken timer
 * from hanging the test; it is no statement about speed. */
static void
wait_for_change (EngageProject *project)
{
  gboolean changed = FALSE;
  gboolean gave_up = FALSE;
  gulong handler = g_signal_connect_swapped (project, "changed", G_CALLBACK (set_flag), &changed);
  guint limit = g_timeout_add_seconds (30, set_flag_source, &gave_up);

  while (!changed && !gave_up)
    g_main_context_iteration (NULL, TRUE);

  g_signal_handler_disconnect (project, handler);
  if (!gave_up)
    g_source_remove (limit);
  g_assert_false (gave_up);
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
type_at_end (GtkTextBuffer *buffer,
             const char    *text)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert_interactive (buffer, &end, text, -1, TRUE);
}

static char *
stored_body (EngageProject *project,
             gint64         section_id)
{
  g_autoptr(EngageSection) section = engage_project_get_section (project, section_id, NULL);

  g_assert_nonnull (section);
  return g_strdup (engage_section_get_body (section));
}

static gint64
section_id_at (EngageProject *project,
               guint          position)
{
  g_autoptr(GListModel) sections = engage_project_list_sections (project);
  g_autoptr(EngageSection) section = g_list_model_get_item (sections, position);

  g_assert_nonnull (section);
  return engage_section_get_id (section);
}

static guint
n_sections (EngageProject *project)
{
  g_autoptr(GListModel) sections = engage_project_list_sections (project);

  return g_list_model_get_n_items (sections);
}

/* Text */

static void
test_autosave_on_pause (Fixture       *fixture,
                        gconstpointer  data)
{
  EngageSectionEditor *editor = engage_guidelines_page_get_section_editor (fixture->page);
  GtkTextBuffer *buffer = engage_section_editor_get_buffer (editor);
  gint64 id = section_id_at (fixture->project, 0);
  g_autofree char *body = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpint (engage_section_editor_get_section_id (editor), ==, id);
  text = buffer_text (buffer);
  g_assert_cmpstr (text, ==, "We say *du* on Instagram.");

  type_at_end (buffer, " And *Sie* on LinkedIn. Grüße 🥨");
  g_assert_true (engage_section_editor_has_unsaved_changes (editor));
  body = stored_body (fixture->project, id);
  g_assert_cmpstr (body, ==, "We say *du* on Instagram.");

  wait_for_change (fixture->project);
  g_assert_false (engage_section_editor_has_unsaved_changes (editor));
  g_clear_pointer (&body, g_free);
  body = stored_body (fixture->project, id);
  g_assert_cmpstr (body, ==, "We say *du* on Instagram. And *Sie* on LinkedIn. Grüße 🥨");
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Change Section");
}

static void
test_undo_text_edit (Fixture       *fixture,
                     gconstpointer  data)
{
  EngageSectionEditor *editor = engage_guidelines_page_get_section_editor (fixture->page);
  GtkTextBuffer *buffer = engage_section_editor_get_buffer (editor);
  gint64 id = section_id_at (fixture->project, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *body = NULL;

  type_at_end (buffer, " One.");
  wait_for_change (fixture->project);
  type_at_end (buffer, " Two.");
  wait_for_change (fixture->project);

  /* Each pause is one step back; the editor follows the project. */
  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  text = buffer_text (buffer);
  g_assert_cmpstr (text, ==, "We say *du* on Instagram. One.");

  g_assert_true (engage_project_redo (fixture->project, &error));
  g_clear_pointer (&text, g_free);
  text = buffer_text (buffer);
  g_assert_cmpstr (text, ==, "We say *du* on Instagram. One. Two.");

  /* Undo while typing has not paused yet: what was typed is stored first and
   * then taken back, never lost between the two. */
  type_at_end (buffer, " Three.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "guidelines.undo", NULL));
  g_clear_pointer (&text, g_free);
  text = buffer_text (buffer);
  g_assert_cmpstr (text, ==, "We say *du* on Instagram. One. Two.");
  body = stored_body (fixture->project, id);
  g_assert_cmpstr (body, ==, "We say *du* on Instagram. One. Two.");
  g_assert_true (engage_project_can_redo (fixture->project));
  g_assert_true (engage_project_redo (fixture->project, &error));
  g_clear_pointer (&text, g_free);
  text = buffer_text (buffer);
  g_assert_cmpstr (text, ==, "We say *du* on Instagram. One. Two. Three.");
}

static void
test_flush_on_close (Fixture       *fixture,
                     gconstpointer  data)
{
  EngageSectionEditor *editor = engage_guidelines_page_get_section_editor (fixture->page);
  GtkTextBuffer *buffer = engage_section_editor_get_buffer (editor);
  gint64 id = section_id_at (fixture->project, 1);
  g_autoptr(EngageProject) reopened = NULL;
  g_autoptr(EngageSection) section = NULL;
  g_autoptr(GError) error = NULL;

  engage_guidelines_page_select_section (fixture->page, id);
  type_at_end (buffer, "\n\n- Weekends: **24 hours**, every word kept.");

  /* The window closes at once, as the window closes the project: page first. */
  close_page (fixture);
  engage_project_close (fixture->project);
  g_clear_object (&fixture->project);

  reopened = engage_project_open (fixture->file, &error);
  g_assert_no_error (error);
  section = engage_project_get_section (reopened, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (engage_section_get_body (section), ==,
                   "Within four hours.\n\n- Weekends: **24 hours**, every word kept.");
  fixture->project = g_steal_pointer (&reopened);
}

static void
test_switch_section_stores (Fixture       *fixture,
                            gconstpointer  data)
{
  EngageSectionEditor *editor = engage_guidelines_page_get_section_editor (fixture->page);
  GtkTextBuffer *buffer = engage_section_editor_get_buffer (editor);
  gint64 first = section_id_at (fixture->project, 0);
  g_autofree char *body = NULL;
  g_autofree char *text = NULL;

  type_at_end (buffer, " Typed.");
  engage_guidelines_page_select_section (fixture->page, section_id_at (fixture->project, 2));
  body = stored_body (fixture->project, first);
  g_assert_cmpstr (body, ==, "We say *du* on Instagram. Typed.");
  text = buffer_text (buffer);
  g_assert_cmpstr (text, ==, "No personal data in posts.");
}

/* Sections */

static void
test_sections (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  gint64 new_id;
  gint64 deleted;

  g_assert_true (gtk_widget_activate_action (page, "guidelines.add-section", NULL));
  g_assert_cmpuint (n_sections (fixture->project), ==, 4);
  new_id = engage_guidelines_page_get_selected_section (fixture->page);
  g_assert_cmpint (new_id, ==, section_id_at (fixture->project, 3));

  /* Alt+Up does this in the sidebar. */
  g_assert_true (gtk_widget_activate_action (page, "guidelines.move-section-up", NULL));
  g_assert_cmpint (section_id_at (fixture->project, 2), ==, new_id);
  g_assert_true (gtk_widget_activate_action (page, "guidelines.move-section-down", NULL));
  g_assert_cmpint (section_id_at (fixture->project, 3), ==, new_id);

  /* Deleted with a toast; its undo brings the section back and shows it. */
  engage_guidelines_page_select_section (fixture->page, section_id_at (fixture->project, 1));
  deleted = engage_guidelines_page_get_selected_section (fixture->page);
  g_assert_true (gtk_widget_activate_action (page, "guidelines.delete-section", NULL));
  g_assert_cmpuint (n_sections (fixture->project), ==, 3);
  g_assert_cmpint (engage_guidelines_page_get_selected_section (fixture->page), ==,
                   section_id_at (fixture->project, 1));
  g_assert_true (gtk_widget_activate_action (page, "guidelines.undo", NULL));
  g_assert_cmpuint (n_sections (fixture->project), ==, 4);
  g_assert_cmpint (section_id_at (fixture->project, 1), ==, deleted);
  g_assert_cmpint (engage_guidelines_page_get_selected_section (fixture->page), ==, deleted);

  g_assert_cmpuint (engage_guidelines_target_position (0, 3, FALSE), ==, 2);
  g_assert_cmpuint (engage_guidelines_target_position (0, 3, TRUE), ==, 3);
  g_assert_cmpuint (engage_guidelines_target_position (3, 0, FALSE), ==, 0);
  g_assert_cmpuint (engage_guidelines_target_position (3, 1, TRUE), ==, 2);
}

static void
test_template (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (n_sections (fixture->project), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "guidelines.new-from-template",
                                             "s", "de"));
  g_assert_cmpuint (n_sections (fixture->project), ==, 15);
  g_assert_cmpint (engage_guidelines_page_get_selected_section (fixture->page), ==,
                   section_id_at (fixture->project, 0));

  g_assert_true (engage_project_undo (fixture->project, &error));
  g_assert_cmpuint (n_sections (fixture->project), ==, 0);
}

/* Rules, checks, approval */

static void
test_rule_dialog (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GListModel) rules = engage_project_list_rules (fixture->project);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) terms = engage_rule_dialog_parse_terms (" billig, ,Schnäppchen,BILLIG ,  garantiert ");
  g_autofree char *joined = engage_rule_dialog_format_terms ((const char * const *) terms);
  EngageRuleDialog *dialog;

  g_assert_cmpuint (g_strv_length (terms), ==, 3);
  g_assert_cmpstr (joined, ==, "billig, Schnäppchen, garantiert");

  dialog = engage_rule_dialog_new (fixture->project, NULL);
  g_object_ref_sink (dialog);
  g_assert_true (engage_rule_dialog_save (dialog, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rules), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
}

static gint64
add_promotion (Fixture *fixture)
{
  g_autoptr(EngageChannel) channel = engage_channel_new (ENGAGE_CHANNEL_KIND_INSTAGRAM, "Instagram");
  g_autoptr(EngageRule) rule = engage_rule_new ("forbidden-terms");
  g_autoptr(EngagePost) post = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 11, 30, 10, 0, 0);
  g_autoptr(GError) error = NULL;

  g_assert_true (engage_project_add_channel (fixture->project, channel, &error));
  engage_rule_set_params (rule, "{\"terms\": [\"billig\"]}");
  engage_rule_set_severity (rule, ENGAGE_SEVERITY_ERROR);
  engage_rule_set_message (rule, "Not our words.");
  g_assert_true (engage_project_add_rule (fixture->project, rule, &error));
  post = engage_post_new (engage_channel_get_id (channel), "Stollen");
  engage_post_set_body (post, "Billig wie nie! 🎄");
  engage_post_set_status (post, ENGAGE_POST_STATUS_IN_REVIEW);
  engage_post_set_scheduled_at (post, when);
  g_assert_true (engage_project_add_post (fixture->project, post, &error));
  g_assert_no_error (error);

  return engage_post_get_id (post);
}

static void
test_check_view (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GtkWidget) view = NULL;
  GPtrArray *findings;
  g_autofree char *summary = NULL;

  add_promotion (fixture);
  view = g_object_ref_sink (engage_check_view_new (fixture->project));
  findings = engage_check_view_get_findings (ENGAGE_CHECK_VIEW (view));
  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_cmpstr (engage_finding_get_detail (g_ptr_array_index (findings, 0)), ==, "contains “billig”");

  summary = engage_check_view_format_summary (findings);
  g_assert_cmpstr (summary, ==, "1 error in 1 post");
  engage_check_view_set_by_rule (ENGAGE_CHECK_VIEW (view), TRUE);
}

static void
test_approval_dialog (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 post_id = add_promotion (fixture);
  g_autoptr(EngagePost) post = NULL;
  g_autoptr(GError) error = NULL;
  EngageApprovalDialog *dialog = engage_approval_dialog_new (fixture->project, post_id);

  g_object_ref_sink (dialog);

  /* Two sections are checklist items; both must be confirmed, and a name given. */
  g_assert_cmpuint (engage_approval_dialog_get_n_items (dialog), ==, 2);
  engage_approval_dialog_set_approver (dialog, "Markus Hägele");
  g_assert_false (engage_approval_dialog_can_approve (dialog));
  g_assert_false (engage_approval_dialog_approve (dialog, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  engage_approval_dialog_confirm_item (dialog, 0, TRUE);
  engage_approval_dialog_confirm_item (dialog, 1, TRUE);
  engage_approval_dialog_set_approver (dialog, "  ");
  g_assert_false (engage_approval_dialog_can_approve (dialog));
  engage_approval_dialog_set_approver (dialog, "Markus Hägele");
  g_assert_true (engage_approval_dialog_can_approve (dialog));
  g_assert_true (engage_approval_dialog_approve (dialog, &error));
  g_assert_no_error (error);

  post = engage_project_get_post (fixture->project, post_id, &error);
  g_assert_cmpint (engage_post_get_status (post), ==, ENGAGE_POST_STATUS_APPROVED);
  g_assert_cmpstr (engage_post_get_approved_by (post), ==, "Markus Hägele");
  g_assert_nonnull (engage_post_get_approved_at (post));

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
}

/* Rendering */

static void
test_render (void)
{
  g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *summary = engage_guideline_text_summary ("# Title\n\nFirst *paragraph* here.\n\nSecond.", 12);
  GtkTextIter iter;
  g_autofree char *link = NULL;

  engage_guideline_text_render (buffer, "# Tone\n\nWe say **du**.\n\n- one\n- two\n\n"
                                        "See [the shop](https://example.org/).\n\n<script>x</script>\n");
  text = buffer_text (buffer);
  g_assert_cmpstr (text, ==, "Tone\nWe say du.\n•  one\n•  two\nSee the shop.");

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, g_utf8_strlen ("Tone\nWe say du.\n•  one\n•  two\nSee th", -1));
  link = engage_guideline_text_get_link (&iter);
  g_assert_cmpstr (link, ==, "https://example.org/");

  g_assert_cmpstr (summary, ==, "First parag…");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/guidelines/autosave-on-pause", Fixture, NULL,
              fixture_set_up, test_autosave_on_pause, fixture_tear_down);
  g_test_add ("/ui/guidelines/undo-text-edit", Fixture, NULL,
              fixture_set_up, test_undo_text_edit, fixture_tear_down);
  g_test_add ("/ui/guidelines/flush-on-close", Fixture, NULL,
              fixture_set_up, test_flush_on_close, fixture_tear_down);
  g_test_add ("/ui/guidelines/switch-section-stores", Fixture, NULL,
              fixture_set_up, test_switch_section_stores, fixture_tear_down);
  g_test_add ("/ui/guidelines/sections", Fixture, NULL,
              fixture_set_up, test_sections, fixture_tear_down);
  g_test_add ("/ui/guidelines/template", Fixture, "empty",
              fixture_set_up, test_template, fixture_tear_down);
  g_test_add ("/ui/guidelines/rule-dialog", Fixture, NULL,
              fixture_set_up, test_rule_dialog, fixture_tear_down);
  g_test_add ("/ui/guidelines/check-view", Fixture, NULL,
              fixture_set_up, test_check_view, fixture_tear_down);
  g_test_add ("/ui/guidelines/approval-dialog", Fixture, NULL,
              fixture_set_up, test_approval_dialog, fixture_tear_down);
  g_test_add_func ("/ui/guidelines/render", test_render);

  return g_test_run ();
}
