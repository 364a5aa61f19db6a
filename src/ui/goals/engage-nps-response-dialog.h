/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-project.h"

G_BEGIN_DECLS

#define ENGAGE_TYPE_NPS_RESPONSE_DIALOG (engage_nps_response_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EngageNpsResponseDialog, engage_nps_response_dialog, ENGAGE, NPS_RESPONSE_DIALOG, AdwWindow)

EngageNpsResponseDialog *engage_nps_response_dialog_new               (EngageProject           *project,
                                                                       gint64                   survey_id,
                                                                       const char              *today);
GtkWindow               *engage_nps_response_dialog_present           (GtkWidget               *parent,
                                                                       EngageProject           *project,
                                                                       gint64                   survey_id,
                                                                       const char              *today);
gint64                   engage_nps_response_dialog_get_survey_id     (EngageNpsResponseDialog *self);
const char              *engage_nps_response_dialog_get_date          (EngageNpsResponseDialog *self);
void                     engage_nps_response_dialog_set_date          (EngageNpsResponseDialog *self,
                                                                       const char              *iso_date);
int                      engage_nps_response_dialog_get_score         (EngageNpsResponseDialog *self);
void                     engage_nps_response_dialog_set_score         (EngageNpsResponseDialog *self,
                                                                       int                      score);
void                     engage_nps_response_dialog_set_comment       (EngageNpsResponseDialog *self,
                                                                       const char              *comment);
void                     engage_nps_response_dialog_set_segment       (EngageNpsResponseDialog *self,
                                                                       const char              *segment);
void                     engage_nps_response_dialog_set_respondent_id (EngageNpsResponseDialog *self,
                                                                       const char              *respondent_id);
gboolean                 engage_nps_response_dialog_save              (EngageNpsResponseDialog *self,
                                                                       GError                 **error);
gint64                   engage_nps_response_dialog_get_response_id   (EngageNpsResponseDialog *self);

G_END_DECLS
