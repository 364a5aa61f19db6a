/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char *engage_guideline_text_to_markup (const char    *commonmark);
void  engage_guideline_text_render    (GtkTextBuffer *buffer,
                                       const char    *commonmark);
char *engage_guideline_text_get_link  (GtkTextIter   *iter);
char *engage_guideline_text_summary   (const char    *commonmark,
                                       guint          max_chars);

G_END_DECLS
