/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean engage_screenshot_parse_size  (const char           *text,
                                        int                  *width,
                                        int                  *height);
gboolean engage_screenshot_save        (GtkWidget            *widget,
                                        GFile                *file,
                                        GError              **error);
void     engage_screenshot_take_async  (GtkWidget            *widget,
                                        GFile                *file,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
gboolean engage_screenshot_take_finish (GtkWidget            *widget,
                                        GAsyncResult         *result,
                                        GError              **error);

G_END_DECLS
