/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-project.h"

G_BEGIN_DECLS

#define ENGAGE_TYPE_PROJECT_DIALOG (engage_project_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EngageProjectDialog, engage_project_dialog, ENGAGE, PROJECT_DIALOG, AdwPreferencesWindow)

EngageProjectDialog *engage_project_dialog_new         (EngageProject       *project);
EngageProject       *engage_project_dialog_get_project (EngageProjectDialog *self);
GtkWindow           *engage_project_dialog_present     (GtkWindow           *parent,
                                                        EngageProject       *project);

G_END_DECLS
