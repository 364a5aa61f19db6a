/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-project.h"

G_BEGIN_DECLS

/**
 * EngageNpsCategory:
 * @ENGAGE_NPS_CATEGORY_ANY: in a filter, every response; for a score, none of
 *   the three (a response without a score)
 * @ENGAGE_NPS_CATEGORY_PROMOTER: scores 9 and 10
 * @ENGAGE_NPS_CATEGORY_PASSIVE: scores 7 and 8
 * @ENGAGE_NPS_CATEGORY_DETRACTOR: scores 0 to 6
 *
 * The three groups of the Net Promoter Score.
 */
typedef enum
{
  ENGAGE_NPS_CATEGORY_ANY,
  ENGAGE_NPS_CATEGORY_PROMOTER,
  ENGAGE_NPS_CATEGORY_PASSIVE,
  ENGAGE_NPS_CATEGORY_DETRACTOR,
} EngageNpsCategory;

/* How many responses engage_nps_query_load_more() adds by default. */
#define ENGAGE_NPS_QUERY_PAGE_SIZE 50

/**
 * EngageNpsQuery:
 *
 * A live, paged #GListModel of the #EngageNpsResponse of one survey that match
 * a filter, newest first.
 */
#define ENGAGE_TYPE_NPS_QUERY (engage_nps_query_get_type ())

G_DECLARE_FINAL_TYPE (EngageNpsQuery, engage_nps_query, ENGAGE, NPS_QUERY, GObject)

EngageNpsCategory  engage_nps_category_for_score    (int                score);
const char        *engage_nps_category_get_label    (EngageNpsCategory  category);

EngageNpsQuery    *engage_nps_query_new             (EngageProject     *project,
                                                     gint64             survey_id);
EngageProject     *engage_nps_query_get_project     (EngageNpsQuery    *self);
gint64             engage_nps_query_get_survey_id   (EngageNpsQuery    *self);
void               engage_nps_query_set_survey_id   (EngageNpsQuery    *self,
                                                     gint64             survey_id);
EngageNpsCategory  engage_nps_query_get_category    (EngageNpsQuery    *self);
void               engage_nps_query_set_category    (EngageNpsQuery    *self,
                                                     EngageNpsCategory  category);
const char        *engage_nps_query_get_segment     (EngageNpsQuery    *self);
void               engage_nps_query_set_segment     (EngageNpsQuery    *self,
                                                     const char        *segment);
const char        *engage_nps_query_get_from_date   (EngageNpsQuery    *self);
const char        *engage_nps_query_get_to_date     (EngageNpsQuery    *self);
void               engage_nps_query_set_range       (EngageNpsQuery    *self,
                                                     const char        *from_date,
                                                     const char        *to_date);
const char        *engage_nps_query_get_text        (EngageNpsQuery    *self);
void               engage_nps_query_set_text        (EngageNpsQuery    *self,
                                                     const char        *text);
gboolean           engage_nps_query_get_with_comment (EngageNpsQuery   *self);
void               engage_nps_query_set_with_comment (EngageNpsQuery   *self,
                                                     gboolean           with_comment);
guint              engage_nps_query_get_page_size   (EngageNpsQuery    *self);
void               engage_nps_query_set_page_size   (EngageNpsQuery    *self,
                                                     guint              page_size);

guint              engage_nps_query_get_n_matches   (EngageNpsQuery    *self);
gboolean           engage_nps_query_get_has_more    (EngageNpsQuery    *self);
void               engage_nps_query_load_more       (EngageNpsQuery    *self);
void               engage_nps_query_reload          (EngageNpsQuery    *self);

GStrv              engage_project_list_nps_segments (EngageProject     *project,
                                                     gint64             survey_id,
                                                     GError           **error);
gint64             engage_project_find_latest_nps_survey (EngageProject *project,
                                                     GError           **error);

G_END_DECLS
