/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-project.h"

G_BEGIN_DECLS

/* How long typing pauses before the text is stored as one edit. */
#define ENGAGE_SECTION_EDITOR_SAVE_DELAY_MS 1000

#define ENGAGE_TYPE_SECTION_EDITOR (engage_section_editor_get_type ())

G_DECLARE_FINAL_TYPE (EngageSectionEditor, engage_section_editor, ENGAGE, SECTION_EDITOR, AdwBin)

GtkWidget     *engage_section_editor_new                 (EngageProject       *project);
gint64         engage_section_editor_get_section_id      (EngageSectionEditor *self);
void           engage_section_editor_set_section_id      (EngageSectionEditor *self,
                                                          gint64               section_id);
gboolean       engage_section_editor_flush               (EngageSectionEditor *self);
gboolean       engage_section_editor_has_unsaved_changes (EngageSectionEditor *self);
GtkTextBuffer *engage_section_editor_get_buffer          (EngageSectionEditor *self);
void           engage_section_editor_focus_title         (EngageSectionEditor *self);
void           engage_section_editor_focus_text          (EngageSectionEditor *self);

G_END_DECLS
