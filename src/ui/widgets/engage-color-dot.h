/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ENGAGE_TYPE_COLOR_DOT (engage_color_dot_get_type ())

G_DECLARE_FINAL_TYPE (EngageColorDot, engage_color_dot, ENGAGE, COLOR_DOT, GtkWidget)

GtkWidget  *engage_color_dot_new       (const char     *color);
const char *engage_color_dot_get_color (EngageColorDot *self);
void        engage_color_dot_set_color (EngageColorDot *self,
                                        const char     *color);

G_END_DECLS
