/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-project.h"

G_BEGIN_DECLS

/**
 * EngageNpsSurvey:
 *
 * A Net Promoter Score survey: its name and question.
 */
#define ENGAGE_TYPE_NPS_SURVEY (engage_nps_survey_get_type ())

G_DECLARE_FINAL_TYPE (EngageNpsSurvey, engage_nps_survey, ENGAGE, NPS_SURVEY, GObject)

EngageNpsSurvey *engage_nps_survey_new            (const char       *name);
EngageNpsSurvey *engage_nps_survey_copy           (EngageNpsSurvey  *self);
gint64           engage_nps_survey_get_id         (EngageNpsSurvey  *self);
const char      *engage_nps_survey_get_uuid       (EngageNpsSurvey  *self);
const char      *engage_nps_survey_get_name       (EngageNpsSurvey  *self);
void             engage_nps_survey_set_name       (EngageNpsSurvey  *self,
                                                   const char       *name);
const char      *engage_nps_survey_get_question   (EngageNpsSurvey  *self);
void             engage_nps_survey_set_question   (EngageNpsSurvey  *self,
                                                   const char       *question);

gboolean         engage_project_add_nps_survey    (EngageProject    *project,
                                                   EngageNpsSurvey  *nps_survey,
                                                   GError          **error);
gboolean         engage_project_update_nps_survey (EngageProject    *project,
                                                   EngageNpsSurvey  *nps_survey,
                                                   GError          **error);
gboolean         engage_project_delete_nps_survey (EngageProject    *project,
                                                   gint64            nps_survey_id,
                                                   GError          **error);
EngageNpsSurvey *engage_project_get_nps_survey    (EngageProject    *project,
                                                   gint64            nps_survey_id,
                                                   GError          **error);
GListModel      *engage_project_list_nps_surveys  (EngageProject    *project);

G_END_DECLS
