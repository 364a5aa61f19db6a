/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-post-list.h"

G_BEGIN_DECLS

/* engage-post-list-sort.c: the sorters of the list's columns. */

typedef enum
{
  ENGAGE_POST_LIST_COLUMN_DATE,
  ENGAGE_POST_LIST_COLUMN_CHANNEL,
  ENGAGE_POST_LIST_COLUMN_TITLE,
  ENGAGE_POST_LIST_COLUMN_STATUS,
  ENGAGE_POST_LIST_COLUMN_PILLAR,
  ENGAGE_POST_LIST_COLUMN_OWNER,
} EngagePostListColumn;

GHashTable *_engage_post_list_ranks_new     (void);
void        _engage_post_list_ranks_update  (GHashTable           *ranks,
                                             GListModel           *items);
GtkSorter  *_engage_post_list_sorter_new    (EngagePostListColumn  column,
                                             GHashTable           *ranks);

G_END_DECLS
