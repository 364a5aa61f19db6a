/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "engage-nps-query.h"
#include "engage-nps-response.h"
#include "engage-nps-survey.h"
#include "engage-test-util.h"

/* The filtered, paged list of survey responses behind the NPS view's comments:
 * each filter against counts made by hand on a small survey, the order, the
 * paging, and the model following edits, undo and redo with the smallest
 * change. */

typedef struct
{
  const char *date;
  int         score;
  const char *comment;
  const char *segment;
} Row;

/* Survey A. Hand counts, for reference in the tests below:
 *   all 9 · with a comment 6 (#1, 3, 4, 5, 6, 7)
 *   promoters #1, 2 · passives #3, 4 · detractors #5, 6, 8 · no score #7, 9
 *   segment "Shop" #1, 2, 6 · "Café" #3, 5 · "Online" #4, 8 · none #7, 9
 *   2026-02-01 … 2026-03-15: #3, 4, 5, 6, 7 */
static const Row survey_a[] = {
  { "2026-01-05", 10, "Great bread, friendly people", "Shop" },   /* 1 */
  { "2026-01-20",  9, "",                             "Shop" },   /* 2 */
  { "2026-02-03",  8, "The coffee was cold",          "Café" },   /* 3 */
  { "2026-02-14",  7, "ok",                           "Online" }, /* 4 */
  { "2026-03-01",  6, "Too expensive for a coffee",   "Café" },   /* 5 */
  { "2026-03-15",  3, "Rude staff at the ÜBER counter", "Shop" },   /* 6 */
  { "2026-03-15", -1, "Just wanted to say hello",     "" },       /* 7 */
  { "2026-04-01",  0, "",                             "Online" }, /* 8 */
  { "2026-04-02", -1, "",                             "" },       /* 9 */
};

/* Survey B: must never show up in A's lists. */
static const Row survey_b[] = {
  { "2026-02-10", 10, "Other survey: coffee", "Shop" },
  { "2026-02-11",  2, "Other survey, too",    "Market" },
};

typedef struct
{
  char          *dir;
  EngageProject *project;
  gint64         survey_a;
  gint64         survey_b;
  gint64         ids[G_N_ELEMENTS (survey_a)];
} Fixture;

static gint64
add_survey (Fixture    *fixture,
            const char *name,
            const Row  *rows,
            guint       n_rows,
            gint64     *ids)
{
  g_autoptr(EngageNpsSurvey) survey = engage_nps_survey_new (name);
  g_autoptr(GPtrArray) responses = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 survey_id;

  g_assert_true (engage_project_add_nps_survey (fixture->project, survey, &error));
  g_assert_no_error (error);
  survey_id = engage_nps_survey_get_id (survey);

  for (guint i = 0; i < n_rows; i++)
    {
      EngageNpsResponse *response = engage_nps_response_new (survey_id, rows[i].date, rows[i].score);

      engage_nps_response_set_comment (response, rows[i].comment);
      engage_nps_response_set_segment (response, rows[i].segment);
      g_ptr_array_add (responses, response);
    }

  g_assert_true (engage_project_add_nps_responses (fixture->project, responses, &error));
  g_assert_no_error (error);

  for (guint i = 0; ids != NULL && i < n_rows; i++)
    ids[i] = engage_nps_response_get_id (g_ptr_array_index (responses, i));

  return survey_id;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->project = engage_test_project_new (&fixture->dir);
  fixture->survey_a = add_survey (fixture, "A", survey_a, G_N_ELEMENTS (survey_a), fixture->ids);
  fixture->survey_b = add_survey (fixture, "B", survey_b, G_N_ELEMENTS (survey_b), NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  engage_test_project_clear (&fixture->project, &fixture->dir);
}

/* The fixture's row numbers (1-based) of the model's items, in order. */
static char *
dup_rows (Fixture    *fixture,
          GListModel *model)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(EngageNpsResponse) response = g_list_model_get_item (model, i);
      gint64 id = engage_nps_response_get_id (response);
      guint row = 0;

      for (guint j = 0; j < G_N_ELEMENTS (fixture->ids); j++)
        if (fixture->ids[j] == id)
          row = j + 1;

      g_string_append_printf (text, "%s%u", text->len > 0 ? " " : "", row);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_rows (Fixture        *fixture,
             EngageNpsQuery *query,
             const char     *expected)
{
  g_autofree char *rows = dup_rows (fixture, G_LIST_MODEL (query));

  g_assert_cmpstr (rows, ==, expected);
}

static void
test_categories (void)
{
  g_assert_cmpint (engage_nps_category_for_score (10), ==, ENGAGE_NPS_CATEGORY_PROMOTER);
  g_assert_cmpint (engage_nps_category_for_score (9), ==, ENGAGE_NPS_CATEGORY_PROMOTER);
  g_assert_cmpint (engage_nps_category_for_score (8), ==, ENGAGE_NPS_CATEGORY_PASSIVE);
  g_assert_cmpint (engage_nps_category_for_score (7), ==, ENGAGE_NPS_CATEGORY_PASSIVE);
  g_assert_cmpint (engage_nps_category_for_score (6), ==, ENGAGE_NPS_CATEGORY_DETRACTOR);
  g_assert_cmpint (engage_nps_category_for_score (0), ==, ENGAGE_NPS_CATEGORY_DETRACTOR);
  g_assert_cmpint (engage_nps_category_for_score (-1), ==, ENGAGE_NPS_CATEGORY_ANY);
  g_assert_cmpstr (engage_nps_category_get_label (ENGAGE_NPS_CATEGORY_DETRACTOR), ==, "Detractor");
}

static void
test_order (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(EngageNpsQuery) query = engage_nps_query_new (fixture->project, fixture->survey_a);

  /* Newest first; of two answers on one day, the one added later first. */
  g_assert_cmpuint (engage_nps_query_get_n_matches (query), ==, 9);
  g_assert_false (engage_nps_query_get_has_more (query));
  assert_rows (fixture, query, "9 8 7 6 5 4 3 2 1");

  engage_nps_query_set_with_comment (query, TRUE);
  g_assert_cmpuint (engage_nps_query_get_n_matches (query), ==, 6);
  assert_rows (fixture, query, "7 6 5 4 3 1");
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(EngageNpsQuery) query = engage_nps_query_new (fixture->project, fixture->survey_a);

  engage_nps_query_set_category (query, ENGAGE_NPS_CATEGORY_PROMOTER);
  assert_rows (fixture, query, "2 1");
  engage_nps_query_set_category (query, ENGAGE_NPS_CATEGORY_PASSIVE);
  assert_rows (fixture, query, "4 3");
  engage_nps_query_set_category (query, ENGAGE_NPS_CATEGORY_DETRACTOR);
  assert_rows (fixture, query, "8 6 5");
  g_assert_cmpuint (engage_nps_query_get_n_matches (query), ==, 3);

  engage_nps_query_set_with_comment (query, TRUE);
  assert_rows (fixture, query, "6 5");

  engage_nps_query_set_category (query, ENGAGE_NPS_CATEGORY_ANY);
  engage_nps_query_set_with_comment (query, FALSE);
  engage_nps_query_set_segment (query, "Shop");
  assert_rows (fixture, query, "6 2 1");
  engage_nps_query_set_segment (query, "Café");
  assert_rows (fixture, query, "5 3");
  engage_nps_query_set_segment (query, "");
  assert_rows (fixture, query, "9 7");
  engage_nps_query_set_segment (query, "Market");
  g_assert_cmpuint (engage_nps_query_get_n_matches (query), ==, 0);
  assert_rows (fixture, query, "");
  engage_nps_query_set_segment (query, NULL);

  /* Both days included. */
  engage_nps_query_set_range (query, "2026-02-01", "2026-03-15");
  assert_rows (fixture, query, "7 6 5 4 3");
  engage_nps_query_set_range (query, "2026-03-15", NULL);
  assert_rows (fixture, query, "9 8 7 6");
  engage_nps_query_set_range (query, NULL, "2026-01-20");
  assert_rows (fixture, query, "2 1");
  engage_nps_query_set_range (query, NULL, NULL);

  /* Filters combine. */
  engage_nps_query_set_category (query, ENGAGE_NPS_CATEGORY_DETRACTOR);
  engage_nps_query_set_segment (query, "Café");
  engage_nps_query_set_range (query, "2026-03-01", "2026-03-31");
  assert_rows (fixture, query, "5");
}

static void
test_text (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(EngageNpsQuery) query = engage_nps_query_new (fixture->project, fixture->survey_a);

  /* Case does not matter, beyond ASCII as well; survey B's coffee stays out. */
  engage_nps_query_set_text (query, "COFFEE");
  assert_rows (fixture, query, "5 3");
  engage_nps_query_set_text (query, "über");
  assert_rows (fixture, query, "6");
  /* A decomposed "ü" (u + combining diaeresis) finds the precomposed one. */
  engage_nps_query_set_text (query, "u\xcc\x88" "ber");
  assert_rows (fixture, query, "6");
  engage_nps_query_set_text (query, "  friendly  ");
  g_assert_cmpstr (engage_nps_query_get_text (query), ==, "friendly");
  assert_rows (fixture, query, "1");
  engage_nps_query_set_text (query, "not in any comment");
  assert_rows (fixture, query, "");
  engage_nps_query_set_text (query, "   ");
  g_assert_null (engage_nps_query_get_text (query));
  g_assert_cmpuint (engage_nps_query_get_n_matches (query), ==, 9);
}

static void
test_paging (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(EngageNpsQuery) query = engage_nps_query_new (fixture->project, fixture->survey_a);
  guint n_has_more = 0;
  guint n_changed = 0;

  engage_nps_query_set_page_size (query, 4);
  g_signal_connect (query, "notify::has-more", G_CALLBACK (engage_test_count_notify_cb), &n_has_more);
  g_signal_connect (query, "items-changed", G_CALLBACK (engage_test_count_items_changed_cb), &n_changed);

  /* The count covers every match; the model holds the pages loaded. */
  g_assert_cmpuint (engage_nps_query_get_n_matches (query), ==, 9);
  g_assert_true (engage_nps_query_get_has_more (query));
  assert_rows (fixture, query, "9 8 7 6");

  engage_nps_query_load_more (query);
  assert_rows (fixture, query, "9 8 7 6 5 4 3 2");
  g_assert_true (engage_nps_query_get_has_more (query));
  g_assert_cmpuint (n_changed, ==, 1);

  engage_nps_query_load_more (query);
  assert_rows (fixture, query, "9 8 7 6 5 4 3 2 1");
  g_assert_false (engage_nps_query_get_has_more (query));
  g_assert_cmpuint (n_has_more, ==, 1);

  engage_nps_query_load_more (query);
  g_assert_cmpuint (n_changed, ==, 2);

  /* A new filter starts again at the first page. */
  engage_nps_query_set_with_comment (query, TRUE);
  assert_rows (fixture, query, "7 6 5 4");
  g_assert_cmpuint (engage_nps_query_get_n_matches (query), ==, 6);
  g_assert_true (engage_nps_query_get_has_more (query));
}

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint count;
} Change;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Change     *change)
{
  change->position = position;
  change->removed = removed;
  change->added = added;
  change->count++;
}

static void
test_live (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(EngageNpsQuery) query = engage_nps_query_new (fixture->project, fixture->survey_a);
  g_autoptr(EngageNpsResponse) response = engage_nps_response_new (fixture->survey_a, "2026-03-10", 9);
  g_autoptr(EngageNpsResponse) kept = NULL;
  g_autoptr(EngageNpsResponse) again = NULL;
  g_autoptr(GError) error = NULL;
  Change change = { 0 };

  engage_nps_query_set_with_comment (query, TRUE);
  g_signal_connect (query, "items-changed", G_CALLBACK (on_items_changed_cb), &change);
  kept = g_list_model_get_item (G_LIST_MODEL (query), 5);

  /* Between #5 (2026-03-01) and #6 (2026-03-15): one item at position 2. */
  engage_nps_response_set_comment (response, "Lovely pretzels");
  g_assert_true (engage_project_add_nps_response (fixture->project, response, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpuint (change.position, ==, 2);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, 1);
  g_assert_cmpuint (engage_nps_query_get_n_matches (query), ==, 7);
  assert_rows (fixture, query, "7 6 0 5 4 3 1");

  /* The rows around it are the same objects as before. */
  again = g_list_model_get_item (G_LIST_MODEL (query), 6);
  g_assert_true (again == kept);

  /* A response without a comment is no match: the model stays as it is. */
  {
    g_autoptr(EngageNpsResponse) silent = engage_nps_response_new (fixture->survey_a, "2026-05-01", 10);

    g_assert_true (engage_project_add_nps_response (fixture->project, silent, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (change.count, ==, 1);
    g_assert_cmpuint (engage_nps_query_get_n_matches (query), ==, 7);
    engage_test_undo (fixture->project, "Add Response");
  }

  engage_test_undo (fixture->project, "Add Response");
  g_assert_cmpuint (change.count, ==, 2);
  g_assert_cmpuint (change.position, ==, 2);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 0);
  assert_rows (fixture, query, "7 6 5 4 3 1");

  /* A changed comment replaces just that row. */
  {
    g_autoptr(EngageNpsResponse) edited = engage_project_get_nps_response (fixture->project,
                                                                          fixture->ids[3], &error);

    g_assert_no_error (error);
    engage_nps_response_set_comment (edited, "ok, but slow");
    g_assert_true (engage_project_update_nps_response (fixture->project, edited, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (change.count, ==, 3);
    g_assert_cmpuint (change.position, ==, 3);
    g_assert_cmpuint (change.removed, ==, 1);
    g_assert_cmpuint (change.added, ==, 1);
  }

  g_assert_true (engage_project_delete_nps_response (fixture->project, fixture->ids[0], &error));
  g_assert_no_error (error);
  assert_rows (fixture, query, "7 6 5 4 3");
  engage_test_undo (fixture->project, "Delete Response");
  assert_rows (fixture, query, "7 6 5 4 3 1");
}

static void
test_surveys (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(EngageNpsQuery) query = engage_nps_query_new (fixture->project, fixture->survey_b);
  g_autoptr(EngageNpsQuery) none = engage_nps_query_new (fixture->project, 0);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (engage_nps_query_get_n_matches (query), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (none)), ==, 0);

  engage_nps_query_set_survey_id (query, fixture->survey_a);
  g_assert_cmpuint (engage_nps_query_get_n_matches (query), ==, 9);

  /* Deleting the survey deletes its responses. */
  g_assert_true (engage_project_delete_nps_survey (fixture->project, fixture->survey_a, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (engage_nps_query_get_n_matches (query), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (query)), ==, 0);
}

static void
test_segments (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) segments_a = NULL;
  g_auto(GStrv) segments_all = NULL;
  g_autofree char *joined_a = NULL;
  g_autofree char *joined_all = NULL;

  segments_a = engage_project_list_nps_segments (fixture->project, fixture->survey_a, &error);
  g_assert_no_error (error);
  joined_a = g_strjoinv ("|", segments_a);
  g_assert_cmpstr (joined_a, ==, "Café|Online|Shop");

  segments_all = engage_project_list_nps_segments (fixture->project, 0, &error);
  g_assert_no_error (error);
  joined_all = g_strjoinv ("|", segments_all);
  g_assert_cmpstr (joined_all, ==, "Café|Market|Online|Shop");
}

static void
test_latest (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(EngageNpsSurvey) empty = engage_nps_survey_new ("C, no answers yet");
  g_autoptr(EngageNpsResponse) late = engage_nps_response_new (fixture->survey_b, "2026-04-03", 8);
  g_autoptr(GError) error = NULL;

  /* A's last answer (2026-04-02) is later than B's (2026-02-11). */
  g_assert_cmpint (engage_project_find_latest_nps_survey (fixture->project, &error), ==,
                   fixture->survey_a);
  g_assert_no_error (error);

  /* A survey without answers does not win over one with answers. */
  g_assert_true (engage_project_add_nps_survey (fixture->project, empty, &error));
  g_assert_no_error (error);
  g_assert_cmpint (engage_project_find_latest_nps_survey (fixture->project, &error), ==,
                   fixture->survey_a);

  g_assert_true (engage_project_add_nps_response (fixture->project, late, &error));
  g_assert_no_error (error);
  g_assert_cmpint (engage_project_find_latest_nps_survey (fixture->project, &error), ==,
                   fixture->survey_b);

  /* Without any answers, the survey added last. */
  g_assert_true (engage_project_delete_nps_survey (fixture->project, fixture->survey_a, &error));
  g_assert_true (engage_project_delete_nps_survey (fixture->project, fixture->survey_b, &error));
  g_assert_no_error (error);
  g_assert_cmpint (engage_project_find_latest_nps_survey (fixture->project, &error), ==,
                   engage_nps_survey_get_id (empty));
  g_assert_true (engage_project_delete_nps_survey (fixture->project, engage_nps_survey_get_id (empty),
                                                   &error));
  g_assert_cmpint (engage_project_find_latest_nps_survey (fixture->project, &error), ==, 0);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  g_test_add_func ("/core/nps-query/categories", test_categories);
  ADD ("/core/nps-query/order", test_order);
  ADD ("/core/nps-query/filters", test_filters);
  ADD ("/core/nps-query/text", test_text);
  ADD ("/core/nps-query/paging", test_paging);
  ADD ("/core/nps-query/live", test_live);
  ADD ("/core/nps-query/surveys", test_surveys);
  ADD ("/core/nps-query/segments", test_segments);
  ADD ("/core/nps-query/latest", test_latest);

#undef ADD

  return g_test_run ();
}
