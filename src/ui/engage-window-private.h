/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-window.h"
#include "engage-welcome-page.h"

G_BEGIN_DECLS

struct _EngageWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  AdwBin               *calendar_bin;
  AdwBin               *guidelines_bin;
  AdwBin               *goals_bin;
  EngageWelcomePage    *welcome_page;

  /* Owned */
  EngageProject        *project;
  GSettings            *settings;
  GSignalGroup         *project_signals;
  GBindingGroup        *project_bindings;
  GtkNativeDialog      *file_chooser;

  /* State */
  AdwToast             *undo_toast;
};

void _engage_window_init_actions       (EngageWindow *self);
void _engage_window_update_actions     (EngageWindow *self);
void _engage_window_show_history_toast (EngageWindow *self,
                                        const char   *title,
                                        const char   *button_label,
                                        const char   *action_name);
void _engage_window_show_undo_toast    (EngageWindow *self,
                                        const char   *title);

/* engage-window-calendar-actions.c */
void       _engage_window_init_calendar_actions (EngageWindow *self);
GtkWindow *_engage_window_import_posts          (EngageWindow *self,
                                                 GFile        *file);

/* engage-window-goals-actions.c */
void       _engage_window_init_goals_actions (EngageWindow *self);
GtkWindow *_engage_window_import_data        (EngageWindow *self,
                                              GFile        *file,
                                              gboolean      nps);

/* engage-window-report-actions.c */
void _engage_window_init_report_actions (EngageWindow *self);

G_END_DECLS
