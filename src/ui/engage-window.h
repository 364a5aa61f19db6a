/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-project.h"

G_BEGIN_DECLS

#define ENGAGE_TYPE_WINDOW (engage_window_get_type ())

G_DECLARE_FINAL_TYPE (EngageWindow, engage_window, ENGAGE, WINDOW, AdwApplicationWindow)

EngageWindow  *engage_window_new          (GtkApplication *application);
EngageProject *engage_window_get_project  (EngageWindow   *self);
void           engage_window_set_project  (EngageWindow   *self,
                                           EngageProject  *project);
gboolean       engage_window_open_file    (EngageWindow   *self,
                                           GFile          *file,
                                           GError        **error);
gboolean       engage_window_shows_file   (EngageWindow   *self,
                                           GFile          *file);
const char    *engage_window_get_view     (EngageWindow   *self);
void           engage_window_set_view     (EngageWindow   *self,
                                           const char     *view);
GtkWindow     *engage_window_present_view (EngageWindow   *self,
                                           const char     *view);
void           engage_window_show_error   (EngageWindow   *self,
                                           const char     *heading,
                                           const char     *message);
void           engage_window_show_toast   (EngageWindow   *self,
                                           const char     *title);

G_END_DECLS
