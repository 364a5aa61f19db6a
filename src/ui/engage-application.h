/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-project.h"
#include "engage-window.h"

G_BEGIN_DECLS

/* The schema keeps this id in the development profile too, so that both builds
 * share their preferences. */
#define ENGAGE_SETTINGS_SCHEMA_ID "io.github.engageplanner.Engage"

#define ENGAGE_TYPE_APPLICATION (engage_application_get_type ())

G_DECLARE_FINAL_TYPE (EngageApplication, engage_application, ENGAGE, APPLICATION, AdwApplication)

EngageApplication *engage_application_new             (void);
GSettings         *engage_application_get_settings    (EngageApplication *self);
int                engage_application_get_exit_status (EngageApplication *self);
EngageWindow      *engage_application_find_window     (EngageApplication *self,
                                                       GFile             *file);
EngageWindow      *engage_application_show_project    (EngageApplication *self,
                                                       EngageProject     *project,
                                                       EngageWindow      *from);
void               engage_application_add_recent      (EngageApplication *self,
                                                       GFile             *file);

const char        *engage_sample_language_for         (const char * const *language_names);
const char        *engage_sample_file_name            (const char        *language);

G_END_DECLS
