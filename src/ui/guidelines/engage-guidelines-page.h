/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-project.h"
#include "engage-rule.h"
#include "engage-section-editor.h"

G_BEGIN_DECLS

char *engage_guidelines_format_rule_kind     (const char *kind);
char *engage_guidelines_format_rule_subtitle (EngageRule *rule);
guint engage_guidelines_target_position      (guint       from,
                                              guint       row,
                                              gboolean    after);

#define ENGAGE_TYPE_GUIDELINES_PAGE (engage_guidelines_page_get_type ())

G_DECLARE_FINAL_TYPE (EngageGuidelinesPage, engage_guidelines_page, ENGAGE, GUIDELINES_PAGE, AdwBin)

GtkWidget           *engage_guidelines_page_new                (EngageProject        *project);
EngageProject       *engage_guidelines_page_get_project        (EngageGuidelinesPage *self);
void                 engage_guidelines_page_select_section     (EngageGuidelinesPage *self,
                                                                gint64                section_id);
gint64               engage_guidelines_page_get_selected_section (EngageGuidelinesPage *self);
void                 engage_guidelines_page_show_rules         (EngageGuidelinesPage *self);
void                 engage_guidelines_page_show_check         (EngageGuidelinesPage *self);
EngageSectionEditor *engage_guidelines_page_get_section_editor (EngageGuidelinesPage *self);
GtkWindow           *engage_guidelines_page_show_subview       (EngageGuidelinesPage *self,
                                                                const char           *sub);

G_END_DECLS
