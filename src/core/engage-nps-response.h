/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-project.h"

G_BEGIN_DECLS

/**
 * EngageNpsResponse:
 *
 * One answer to an NPS survey; score is 0–10, or -1 when the respondent gave none.
 */
#define ENGAGE_TYPE_NPS_RESPONSE (engage_nps_response_get_type ())

G_DECLARE_FINAL_TYPE (EngageNpsResponse, engage_nps_response, ENGAGE, NPS_RESPONSE, GObject)

EngageNpsResponse *engage_nps_response_new                 (gint64              survey_id,
                                                            const char         *date,
                                                            int                 score);
EngageNpsResponse *engage_nps_response_copy                (EngageNpsResponse  *self);
gint64             engage_nps_response_get_id              (EngageNpsResponse  *self);
gint64             engage_nps_response_get_survey_id       (EngageNpsResponse  *self);
void               engage_nps_response_set_survey_id       (EngageNpsResponse  *self,
                                                            gint64              survey_id);
const char        *engage_nps_response_get_date            (EngageNpsResponse  *self);
void               engage_nps_response_set_date            (EngageNpsResponse  *self,
                                                            const char         *date);
int                engage_nps_response_get_score           (EngageNpsResponse  *self);
void               engage_nps_response_set_score           (EngageNpsResponse  *self,
                                                            int                 score);
const char        *engage_nps_response_get_comment         (EngageNpsResponse  *self);
void               engage_nps_response_set_comment         (EngageNpsResponse  *self,
                                                            const char         *comment);
const char        *engage_nps_response_get_segment         (EngageNpsResponse  *self);
void               engage_nps_response_set_segment         (EngageNpsResponse  *self,
                                                            const char         *segment);
const char        *engage_nps_response_get_respondent_id   (EngageNpsResponse  *self);
void               engage_nps_response_set_respondent_id   (EngageNpsResponse  *self,
                                                            const char         *respondent_id);
gint64             engage_nps_response_get_import_batch_id (EngageNpsResponse  *self);
void               engage_nps_response_set_import_batch_id (EngageNpsResponse  *self,
                                                            gint64              import_batch_id);

gboolean           engage_project_add_nps_response         (EngageProject      *project,
                                                            EngageNpsResponse  *nps_response,
                                                            GError            **error);
gboolean           engage_project_add_nps_responses        (EngageProject      *project,
                                                            GPtrArray          *responses,
                                                            GError            **error);
gboolean           engage_project_update_nps_response      (EngageProject      *project,
                                                            EngageNpsResponse  *nps_response,
                                                            GError            **error);
gboolean           engage_project_delete_nps_response      (EngageProject      *project,
                                                            gint64              nps_response_id,
                                                            GError            **error);
EngageNpsResponse *engage_project_get_nps_response         (EngageProject      *project,
                                                            gint64              nps_response_id,
                                                            GError            **error);
GListModel        *engage_project_list_nps_responses       (EngageProject      *project,
                                                            gint64              survey_id,
                                                            const char         *from_date,
                                                            const char         *to_date);

G_END_DECLS
