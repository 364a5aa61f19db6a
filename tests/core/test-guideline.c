/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-test-guideline"

#include "config.h"

#include "engage-pillar.h"
#include "engage-project-private.h"
#include "engage-rule.h"
#include "engage-section.h"
#include "engage-test-util.h"

/* The guideline: its sections in order and its executable rules, stored,
 * listed, moved, undone and redone. */

typedef struct
{
  char          *dir;
  EngageProject *project;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->project = engage_test_project_new (&fixture->dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  engage_test_project_clear (&fixture->project, &fixture->dir);
}

static gboolean
run_sql (EngageProject *project,
         const char    *sql)
{
  return sqlite3_exec (_engage_project_get_db (project), sql, NULL, NULL, NULL) == SQLITE_OK;
}

/* Sections */

static void
assert_sections_equal (EngageSection *a,
                       EngageSection *b)
{
  g_assert_cmpint (engage_section_get_id (a), ==, engage_section_get_id (b));
  g_assert_cmpstr (engage_section_get_uuid (a), ==, engage_section_get_uuid (b));
  g_assert_cmpstr (engage_section_get_title (a), ==, engage_section_get_title (b));
  g_assert_cmpstr (engage_section_get_body (a), ==, engage_section_get_body (b));
  g_assert_cmpint (engage_section_get_checklist (a), ==, engage_section_get_checklist (b));
  g_assert_cmpint (engage_section_get_position (a), ==, engage_section_get_position (b));
}

static EngageSection *
add_section (Fixture    *fixture,
             const char *title)
{
  g_autoptr(GError) error = NULL;
  EngageSection *section = engage_section_new (title);

  g_assert_true (engage_project_add_section (fixture->project, section, &error));
  g_assert_no_error (error);

  return section;
}

static int
stored_position (Fixture       *fixture,
                 EngageSection *section)
{
  g_autoptr(EngageSection) stored = engage_project_get_section (fixture->project,
                                                                engage_section_get_id (section),
                                                                NULL);

  g_assert_nonnull (stored);
  return engage_section_get_position (stored);
}

static gint64
section_id_at (GListModel *model,
               guint       position)
{
  g_autoptr(EngageSection) section = g_list_model_get_item (model, position);

  g_assert_nonnull (section);
  return engage_section_get_id (section);
}

static void
test_section_crud (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageSection) section = engage_section_new ("Tone of voice");
  g_autoptr(EngageSection) stored = NULL;
  g_autoptr(EngageSection) copy = NULL;
  g_autoptr(EngageSection) gone = NULL;

  engage_section_set_body (section, "We say *du* to our customers.");
  engage_section_set_checklist (section, TRUE);

  g_assert_true (engage_project_add_section (fixture->project, section, &error));
  g_assert_no_error (error);
  g_assert_cmpint (engage_section_get_id (section), >, 0);
  g_assert_true (g_uuid_string_is_valid (engage_section_get_uuid (section)));
  g_assert_cmpint (engage_section_get_position (section), ==, 0);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Add Section");

  stored = engage_project_get_section (fixture->project, engage_section_get_id (section), &error);
  g_assert_no_error (error);
  assert_sections_equal (stored, section);

  copy = engage_section_copy (stored);
  assert_sections_equal (copy, stored);

  engage_section_set_title (stored, "How we speak");
  engage_section_set_body (stored, "- Friendly\n- Short\n");
  engage_section_set_checklist (stored, FALSE);
  g_assert_true (engage_project_update_section (fixture->project, stored, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Change Section");

  g_clear_object (&copy);
  copy = engage_project_get_section (fixture->project, engage_section_get_id (section), &error);
  g_assert_no_error (error);
  assert_sections_equal (copy, stored);

  g_assert_true (engage_project_delete_section (fixture->project, engage_section_get_id (section), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Delete Section");

  gone = engage_project_get_section (fixture->project, engage_section_get_id (section), &error);
  g_assert_no_error (error);
  g_assert_null (gone);

  g_assert_false (engage_project_update_section (fixture->project, stored, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
}

static void
test_section_append (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageSection) first = add_section (fixture, "Responsibility");
  g_autoptr(EngageSection) second = add_section (fixture, "Tone");
  g_autoptr(EngageSection) placed = engage_section_new ("Placed far back");
  g_autoptr(EngageSection) after_placed = NULL;

  g_assert_cmpint (engage_section_get_position (first), ==, 0);
  g_assert_cmpint (engage_section_get_position (second), ==, 1);
  g_assert_cmpint (stored_position (fixture, second), ==, 1);

  engage_section_set_position (placed, 10);
  g_assert_true (engage_project_add_section (fixture->project, placed, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stored_position (fixture, placed), ==, 10);

  after_placed = add_section (fixture, "Mistakes");
  g_assert_cmpint (engage_section_get_position (after_placed), ==, 11);
  g_assert_cmpint (stored_position (fixture, after_placed), ==, 11);
}

static void
test_section_list (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = engage_project_list_sections (fixture->project);
  g_autoptr(EngageSection) a = NULL;
  g_autoptr(EngageSection) b = NULL;
  g_autoptr(EngageSection) c = engage_section_new ("Also at 1, later id");
  guint changes = 0;

  g_assert_true (g_list_model_get_item_type (model) == ENGAGE_TYPE_SECTION);
  g_signal_connect (model, "items-changed", G_CALLBACK (engage_test_count_items_changed_cb),
                    &changes);

  a = add_section (fixture, "A");
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  b = add_section (fixture, "B");

  engage_section_set_position (c, 1);
  g_assert_true (engage_project_add_section (fixture->project, c, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (changes, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_cmpint (section_id_at (model, 0), ==, engage_section_get_id (a));
  g_assert_cmpint (section_id_at (model, 1), ==, engage_section_get_id (b));
  g_assert_cmpint (section_id_at (model, 2), ==, engage_section_get_id (c));
}

static void
test_section_undo_redo (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = engage_project_list_sections (fixture->project);
  g_autoptr(EngageSection) section = add_section (fixture, "Response times");
  g_autoptr(EngageSection) before = NULL;
  g_autoptr(EngageSection) after = NULL;
  g_autoptr(EngageSection) now = NULL;
  g_autoptr(EngageRule) rule = engage_rule_new ("response-time");
  g_autoptr(EngageRule) stored_rule = NULL;
  gint64 id = engage_section_get_id (section);

  before = engage_project_get_section (fixture->project, id, NULL);

  engage_test_undo (fixture->project, "Add Section");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_null (engage_project_get_section (fixture->project, id, NULL));
  engage_test_redo (fixture->project, "Add Section");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  now = engage_project_get_section (fixture->project, id, NULL);
  assert_sections_equal (now, before);
  g_clear_object (&now);

  engage_section_set_title (section, "Answering within a day");
  engage_section_set_body (section, "Every comment gets an answer within **24 hours**.");
  engage_section_set_checklist (section, TRUE);
  g_assert_true (engage_project_update_section (fixture->project, section, &error));
  g_assert_no_error (error);
  after = engage_project_get_section (fixture->project, id, NULL);

  engage_test_undo (fixture->project, "Change Section");
  now = engage_project_get_section (fixture->project, id, NULL);
  assert_sections_equal (now, before);
  g_clear_object (&now);
  engage_test_redo (fixture->project, "Change Section");
  now = engage_project_get_section (fixture->project, id, NULL);
  assert_sections_equal (now, after);
  g_clear_object (&now);

  /* A deleted section's rules stay without it, and get it back on undo. */
  engage_rule_set_section_id (rule, id);
  g_assert_true (engage_project_add_rule (fixture->project, rule, &error));
  g_assert_no_error (error);

  g_assert_true (engage_project_delete_section (fixture->project, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  stored_rule = engage_project_get_rule (fixture->project, engage_rule_get_id (rule), NULL);
  g_assert_cmpint (engage_rule_get_section_id (stored_rule), ==, 0);
  g_clear_object (&stored_rule);

  engage_test_undo (fixture->project, "Delete Section");
  now = engage_project_get_section (fixture->project, id, NULL);
  assert_sections_equal (now, after);
  g_clear_object (&now);
  stored_rule = engage_project_get_rule (fixture->project, engage_rule_get_id (rule), NULL);
  g_assert_cmpint (engage_rule_get_section_id (stored_rule), ==, id);

  engage_test_redo (fixture->project, "Delete Section");
  g_assert_null (engage_project_get_section (fixture->project, id, NULL));
}

static void
assert_order (GListModel     *model,
              EngageSection **expected,
              guint           n_expected)
{
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_expected);

  for (guint i = 0; i < n_expected; i++)
    {
      g_autoptr(EngageSection) section = g_list_model_get_item (model, i);

      g_assert_cmpint (engage_section_get_id (section), ==, engage_section_get_id (expected[i]));
      g_assert_cmpint (engage_section_get_position (section), ==, i);
    }
}

static void
test_section_move (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = engage_project_list_sections (fixture->project);
  g_autoptr(EngageSection) a = add_section (fixture, "A");
  g_autoptr(EngageSection) b = engage_section_new ("B");
  g_autoptr(EngageSection) c = engage_section_new ("C");
  g_autoptr(EngageSection) d = engage_section_new ("D");
  guint changes = 0;

  /* Start with gaps, as a hand-edited or imported guideline may have. */
  engage_section_set_position (b, 5);
  engage_section_set_position (c, 7);
  engage_section_set_position (d, 20);
  g_assert_true (engage_project_add_section (fixture->project, b, &error));
  g_assert_true (engage_project_add_section (fixture->project, c, &error));
  g_assert_true (engage_project_add_section (fixture->project, d, &error));
  g_assert_no_error (error);

  g_signal_connect (model, "items-changed", G_CALLBACK (engage_test_count_items_changed_cb),
                    &changes);

  g_assert_true (engage_project_move_section (fixture->project, engage_section_get_id (d), 1, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Move Section");
  g_assert_cmpuint (changes, ==, 1);
  assert_order (model, (EngageSection *[]) { a, d, b, c }, 4);

  g_assert_true (engage_project_move_section (fixture->project, engage_section_get_id (a), 3, &error));
  g_assert_no_error (error);
  assert_order (model, (EngageSection *[]) { d, b, c, a }, 4);

  /* Past the end means last; to the front is 0. */
  g_assert_true (engage_project_move_section (fixture->project, engage_section_get_id (d), 99, &error));
  g_assert_no_error (error);
  assert_order (model, (EngageSection *[]) { b, c, a, d }, 4);
  g_assert_true (engage_project_move_section (fixture->project, engage_section_get_id (a), 0, &error));
  g_assert_no_error (error);
  assert_order (model, (EngageSection *[]) { a, b, c, d }, 4);

  /* Each move is one undo step; the first undo of all brings back the gaps. */
  engage_test_undo (fixture->project, "Move Section");
  assert_order (model, (EngageSection *[]) { b, c, a, d }, 4);
  engage_test_undo (fixture->project, "Move Section");
  engage_test_undo (fixture->project, "Move Section");
  engage_test_undo (fixture->project, "Move Section");
  g_assert_cmpint (stored_position (fixture, a), ==, 0);
  g_assert_cmpint (stored_position (fixture, b), ==, 5);
  g_assert_cmpint (stored_position (fixture, c), ==, 7);
  g_assert_cmpint (stored_position (fixture, d), ==, 20);

  engage_test_redo (fixture->project, "Move Section");
  assert_order (model, (EngageSection *[]) { a, d, b, c }, 4);

  g_assert_false (engage_project_move_section (fixture->project, 9999, 0, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  assert_order (model, (EngageSection *[]) { a, d, b, c }, 4);
}

static void
test_section_constraints (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(EngageSection) section = add_section (fixture, "Data protection");

  g_assert_false (run_sql (fixture->project, "UPDATE guideline_section SET checklist = 2"));
  g_assert_false (run_sql (fixture->project, "UPDATE guideline_section SET title = NULL"));
  g_assert_false (run_sql (fixture->project, "UPDATE guideline_section SET uuid = NULL"));
  g_assert_true (run_sql (fixture->project, "UPDATE guideline_section SET checklist = 1"));
  g_assert_cmpint (stored_position (fixture, section), ==, 0);
}

/* Rules */

static void
assert_rules_equal (EngageRule *a,
                    EngageRule *b)
{
  g_assert_cmpint (engage_rule_get_id (a), ==, engage_rule_get_id (b));
  g_assert_cmpstr (engage_rule_get_uuid (a), ==, engage_rule_get_uuid (b));
  g_assert_cmpstr (engage_rule_get_kind (a), ==, engage_rule_get_kind (b));
  g_assert_cmpstr (engage_rule_get_params (a), ==, engage_rule_get_params (b));
  g_assert_cmpstr (engage_rule_get_channel_kinds (a), ==, engage_rule_get_channel_kinds (b));
  g_assert_cmpint (engage_rule_get_pillar_id (a), ==, engage_rule_get_pillar_id (b));
  g_assert_cmpint (engage_rule_get_section_id (a), ==, engage_rule_get_section_id (b));
  g_assert_cmpint (engage_rule_get_severity (a), ==, engage_rule_get_severity (b));
  g_assert_cmpstr (engage_rule_get_message (a), ==, engage_rule_get_message (b));
  g_assert_cmpint (engage_rule_get_enabled (a), ==, engage_rule_get_enabled (b));
  g_assert_cmpint (engage_rule_get_position (a), ==, engage_rule_get_position (b));
}

static void
test_rule_crud (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngagePillar) pillar = engage_pillar_new ("Offers");
  g_autoptr(EngageSection) section = add_section (fixture, "Advertising");
  g_autoptr(EngageRule) rule = engage_rule_new ("max-hashtags");
  g_autoptr(EngageRule) stored = NULL;
  g_autoptr(EngageRule) copy = NULL;
  g_autoptr(EngageRule) gone = NULL;

  g_assert_true (engage_project_add_pillar (fixture->project, pillar, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (engage_rule_get_params (rule), ==, "{}");
  g_assert_cmpstr (engage_rule_get_channel_kinds (rule), ==, "");
  g_assert_cmpint (engage_rule_get_severity (rule), ==, ENGAGE_SEVERITY_WARNING);
  g_assert_true (engage_rule_get_enabled (rule));

  engage_rule_set_params (rule, "{\"max\": 3}");
  engage_rule_set_channel_kinds (rule, "instagram,threads");
  engage_rule_set_section_id (rule, engage_section_get_id (section));
  engage_rule_set_severity (rule, ENGAGE_SEVERITY_ERROR);
  engage_rule_set_message (rule, "Use at most three hashtags.");
  engage_rule_set_position (rule, 4);

  g_assert_true (engage_project_add_rule (fixture->project, rule, &error));
  g_assert_no_error (error);
  g_assert_cmpint (engage_rule_get_id (rule), >, 0);
  g_assert_true (g_uuid_string_is_valid (engage_rule_get_uuid (rule)));
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Add Rule");

  stored = engage_project_get_rule (fixture->project, engage_rule_get_id (rule), &error);
  g_assert_no_error (error);
  assert_rules_equal (stored, rule);

  copy = engage_rule_copy (stored);
  assert_rules_equal (copy, stored);

  engage_rule_set_kind (stored, "advertising-label");
  engage_rule_set_params (stored, "{\"labels\": [\"#ad\", \"#werbung\"]}");
  engage_rule_set_channel_kinds (stored, NULL);
  engage_rule_set_pillar_id (stored, engage_pillar_get_id (pillar));
  engage_rule_set_section_id (stored, 0);
  engage_rule_set_severity (stored, ENGAGE_SEVERITY_INFO);
  engage_rule_set_enabled (stored, FALSE);
  g_assert_true (engage_project_update_rule (fixture->project, stored, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Change Rule");

  g_clear_object (&copy);
  copy = engage_project_get_rule (fixture->project, engage_rule_get_id (rule), &error);
  g_assert_no_error (error);
  assert_rules_equal (copy, stored);
  g_assert_cmpstr (engage_rule_get_channel_kinds (copy), ==, "");
  g_assert_cmpint (engage_rule_get_section_id (copy), ==, 0);

  g_assert_true (engage_project_delete_rule (fixture->project, engage_rule_get_id (rule), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Delete Rule");

  gone = engage_project_get_rule (fixture->project, engage_rule_get_id (rule), &error);
  g_assert_no_error (error);
  g_assert_null (gone);

  g_assert_false (engage_project_update_rule (fixture->project, stored, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
}

static void
test_rule_list (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = engage_project_list_rules (fixture->project);
  g_autoptr(EngageRule) late = engage_rule_new ("late");
  g_autoptr(EngageRule) early = engage_rule_new ("early");
  g_autoptr(EngageRule) early_too = engage_rule_new ("early-too");
  g_autoptr(EngageRule) item = NULL;
  guint changes = 0;

  g_assert_true (g_list_model_get_item_type (model) == ENGAGE_TYPE_RULE);
  g_signal_connect (model, "items-changed", G_CALLBACK (engage_test_count_items_changed_cb),
                    &changes);

  engage_rule_set_position (late, 2);
  engage_rule_set_position (early, 1);
  engage_rule_set_position (early_too, 1);
  g_assert_true (engage_project_add_rule (fixture->project, late, &error));
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (engage_project_add_rule (fixture->project, early, &error));
  g_assert_true (engage_project_add_rule (fixture->project, early_too, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 3);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  item = g_list_model_get_item (model, 0);
  g_assert_cmpstr (engage_rule_get_kind (item), ==, "early");
  g_clear_object (&item);
  item = g_list_model_get_item (model, 1);
  g_assert_cmpstr (engage_rule_get_kind (item), ==, "early-too");
  g_clear_object (&item);
  item = g_list_model_get_item (model, 2);
  g_assert_cmpstr (engage_rule_get_kind (item), ==, "late");
}

static void
test_rule_undo_redo (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = engage_project_list_rules (fixture->project);
  g_autoptr(EngagePillar) pillar = engage_pillar_new ("Offers");
  g_autoptr(EngageRule) rule = engage_rule_new ("max-length");
  g_autoptr(EngageRule) before = NULL;
  g_autoptr(EngageRule) after = NULL;
  g_autoptr(EngageRule) now = NULL;
  gint64 id;

  g_assert_true (engage_project_add_pillar (fixture->project, pillar, &error));
  g_assert_no_error (error);

  engage_rule_set_params (rule, "{\"max\": 280}");
  engage_rule_set_channel_kinds (rule, "x");
  g_assert_true (engage_project_add_rule (fixture->project, rule, &error));
  g_assert_no_error (error);
  id = engage_rule_get_id (rule);
  before = engage_project_get_rule (fixture->project, id, NULL);

  engage_test_undo (fixture->project, "Add Rule");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  engage_test_redo (fixture->project, "Add Rule");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  now = engage_project_get_rule (fixture->project, id, NULL);
  assert_rules_equal (now, before);
  g_clear_object (&now);

  engage_rule_set_params (rule, "{\"max\": 500}");
  engage_rule_set_channel_kinds (rule, "mastodon,threads");
  engage_rule_set_pillar_id (rule, engage_pillar_get_id (pillar));
  engage_rule_set_message (rule, "Keep it short.");
  engage_rule_set_severity (rule, ENGAGE_SEVERITY_ERROR);
  g_assert_true (engage_project_update_rule (fixture->project, rule, &error));
  g_assert_no_error (error);
  after = engage_project_get_rule (fixture->project, id, NULL);

  engage_test_undo (fixture->project, "Change Rule");
  now = engage_project_get_rule (fixture->project, id, NULL);
  assert_rules_equal (now, before);
  g_clear_object (&now);
  engage_test_redo (fixture->project, "Change Rule");
  now = engage_project_get_rule (fixture->project, id, NULL);
  assert_rules_equal (now, after);
  g_clear_object (&now);

  /* Deleting the pillar widens the rule to every pillar, until undone. */
  g_assert_true (engage_project_delete_pillar (fixture->project, engage_pillar_get_id (pillar), &error));
  g_assert_no_error (error);
  now = engage_project_get_rule (fixture->project, id, NULL);
  g_assert_cmpint (engage_rule_get_pillar_id (now), ==, 0);
  g_clear_object (&now);
  engage_test_undo (fixture->project, "Delete Pillar");
  now = engage_project_get_rule (fixture->project, id, NULL);
  assert_rules_equal (now, after);
  g_clear_object (&now);

  g_assert_true (engage_project_delete_rule (fixture->project, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  engage_test_undo (fixture->project, "Delete Rule");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  now = engage_project_get_rule (fixture->project, id, NULL);
  assert_rules_equal (now, after);
  g_clear_object (&now);
  engage_test_redo (fixture->project, "Delete Rule");
  g_assert_null (engage_project_get_rule (fixture->project, id, NULL));
}

static void
test_rule_params (Fixture       *fixture,
                  gconstpointer  user_data)
{
  const char *refused[] = { "", "[1, 2]", "3", "\"max\"", "{\"max\": ", "null" };
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageRule) rule = engage_rule_new ("max-hashtags");
  g_autoptr(GListModel) model = engage_project_list_rules (fixture->project);

  g_test_expect_message ("engage-rule", G_LOG_LEVEL_CRITICAL, "*params != NULL*");
  engage_rule_set_params (rule, NULL);
  g_test_assert_expected_messages ();
  g_assert_cmpstr (engage_rule_get_params (rule), ==, "{}");

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      engage_rule_set_params (rule, refused[i]);
      g_assert_false (engage_project_add_rule (fixture->project, rule, &error));
      g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
      g_clear_error (&error);
      g_assert_cmpint (engage_rule_get_id (rule), ==, 0);
    }
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_false (engage_project_can_undo (fixture->project));

  engage_rule_set_params (rule, "{\"max\": 3}");
  g_assert_true (engage_project_add_rule (fixture->project, rule, &error));
  g_assert_no_error (error);

  engage_rule_set_params (rule, "[3]");
  g_assert_false (engage_project_update_rule (fixture->project, rule, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Add Rule");
}

static void
test_rule_channel_kinds (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageRule) rule = engage_rule_new ("max-hashtags");

  /* An empty scope is every channel. */
  g_assert_true (engage_rule_applies_to_channel_kind (rule, ENGAGE_CHANNEL_KIND_FACEBOOK));
  g_assert_true (engage_rule_applies_to_channel_kind (rule, ENGAGE_CHANNEL_KIND_NEWSLETTER));

  engage_rule_set_channel_kinds (rule, "instagram, threads");
  g_assert_true (engage_rule_applies_to_channel_kind (rule, ENGAGE_CHANNEL_KIND_INSTAGRAM));
  g_assert_true (engage_rule_applies_to_channel_kind (rule, ENGAGE_CHANNEL_KIND_THREADS));
  g_assert_false (engage_rule_applies_to_channel_kind (rule, ENGAGE_CHANNEL_KIND_FACEBOOK));
  g_assert_true (engage_project_add_rule (fixture->project, rule, &error));
  g_assert_no_error (error);

  engage_rule_set_channel_kinds (rule, "instagram,myspace");
  g_assert_false (engage_project_update_rule (fixture->project, rule, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  engage_rule_set_channel_kinds (rule, "Instagram");
  g_assert_false (engage_project_update_rule (fixture->project, rule, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  engage_rule_set_channel_kinds (rule, "x,linkedin,xing");
  g_assert_true (engage_project_update_rule (fixture->project, rule, &error));
  g_assert_no_error (error);
  g_assert_true (engage_rule_applies_to_channel_kind (rule, ENGAGE_CHANNEL_KIND_XING));
  g_assert_false (engage_rule_applies_to_channel_kind (rule, ENGAGE_CHANNEL_KIND_INSTAGRAM));
}

static void
test_rule_constraints (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageRule) rule = engage_rule_new ("response-time");
  g_autoptr(EngageRule) no_pillar = engage_rule_new ("max-hashtags");
  g_autoptr(EngageRule) no_section = engage_rule_new ("max-hashtags");

  g_assert_true (engage_project_add_rule (fixture->project, rule, &error));
  g_assert_no_error (error);

  engage_rule_set_pillar_id (no_pillar, 4242);
  g_assert_false (engage_project_add_rule (fixture->project, no_pillar, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  engage_rule_set_section_id (no_section, 4242);
  g_assert_false (engage_project_add_rule (fixture->project, no_section, &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (run_sql (fixture->project, "UPDATE rule SET severity = 'fatal'"));
  g_assert_false (run_sql (fixture->project, "UPDATE rule SET enabled = 2"));
  g_assert_false (run_sql (fixture->project, "UPDATE rule SET params = NULL"));
  g_assert_true (run_sql (fixture->project, "UPDATE rule SET severity = 'error'"));

  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Add Rule");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD_TEST ("/core/section/add-get-update-delete", test_section_crud);
  ADD_TEST ("/core/section/append", test_section_append);
  ADD_TEST ("/core/section/list", test_section_list);
  ADD_TEST ("/core/section/undo-redo", test_section_undo_redo);
  ADD_TEST ("/core/section/move", test_section_move);
  ADD_TEST ("/core/section/constraints", test_section_constraints);

  ADD_TEST ("/core/rule/add-get-update-delete", test_rule_crud);
  ADD_TEST ("/core/rule/list", test_rule_list);
  ADD_TEST ("/core/rule/undo-redo", test_rule_undo_redo);
  ADD_TEST ("/core/rule/params", test_rule_params);
  ADD_TEST ("/core/rule/channel-kinds", test_rule_channel_kinds);
  ADD_TEST ("/core/rule/constraints", test_rule_constraints);

#undef ADD_TEST

  return g_test_run ();
}
