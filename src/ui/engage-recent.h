/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ENGAGE_RECENT_MAX_ITEMS 10

char  **engage_recent_list_add  (const char * const *list,
                                 GFile              *file,
                                 guint               max_items);
GFile  *engage_recent_item_to_file (const char      *item);

G_END_DECLS
