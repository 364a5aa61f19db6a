/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-check-view.h"
#include "engage-guidelines-page.h"
#include "engage-rules-view.h"
#include "engage-section-editor.h"

G_BEGIN_DECLS

struct _EngageGuidelinesPage
{
  AdwBin               parent_instance;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  AdwLeaflet          *leaflet;
  GtkWidget           *content;
  GtkListBox          *sections_list;
  GtkListBox          *tools_list;
  GtkListBoxRow       *rules_row;
  GtkListBoxRow       *check_row;
  GtkLabel            *rules_count_label;
  GtkLabel            *check_badge;
  GtkStack            *content_stack;
  GtkWidget           *english_button;
  GtkWidget           *german_button;
  GMenuModel          *section_menu;

  /* Created in init and constructed */
  GtkPopover          *section_popover;
  EngageSectionEditor *section_editor;
  EngageRulesView     *rules_view;
  EngageCheckView     *check_view;

  /* Owned */
  EngageProject       *project;
  GListModel          *sections;
  GListModel          *rules;
  GtkFileChooserNative *file_chooser;

  /* State */
  gint64               selected_id;      /* a section, or 0 */
  const char          *view;             /* "section", "rules", "check" or "none" */
  gint64               restore_id;       /* a deleted section that undo may bring back */
  AdwToast            *undo_toast;       /* weak */
  gboolean             rebuilding;
};

/* engage-guidelines-page-actions.c */
void _engage_guidelines_page_class_init_actions (GtkWidgetClass       *widget_class);
void _engage_guidelines_page_update_actions     (EngageGuidelinesPage *self);
void _engage_guidelines_page_show_undo_toast    (EngageGuidelinesPage *self,
                                                 const char           *title);

/* engage-guidelines-page.c */
void _engage_guidelines_page_show_view          (EngageGuidelinesPage *self,
                                                 const char           *view);
guint _engage_guidelines_page_selected_index    (EngageGuidelinesPage *self);

G_END_DECLS
