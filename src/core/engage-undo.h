/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

typedef struct _EngageUndo EngageUndo;

EngageUndo *engage_undo_new              (sqlite3     *db,
                                          const char * const *tables,
                                          GError     **error);
void        engage_undo_free             (EngageUndo  *undo);
gboolean    engage_undo_move_to          (EngageUndo  *undo,
                                          sqlite3     *db,
                                          GError     **error);
void        engage_undo_set_enabled      (EngageUndo  *undo,
                                          gboolean     enabled);
gint64      engage_undo_mark             (EngageUndo  *undo);
gboolean    engage_undo_record           (EngageUndo  *undo,
                                          gint64       mark,
                                          const char  *label,
                                          guint        tables);
gboolean    engage_undo_can_undo         (EngageUndo  *undo);
gboolean    engage_undo_can_redo         (EngageUndo  *undo);
const char *engage_undo_get_undo_label   (EngageUndo  *undo);
const char *engage_undo_get_redo_label   (EngageUndo  *undo);
gboolean    engage_undo_undo             (EngageUndo  *undo,
                                          guint       *tables,
                                          GError     **error);
gboolean    engage_undo_redo             (EngageUndo  *undo,
                                          guint       *tables,
                                          GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EngageUndo, engage_undo_free)

G_END_DECLS
