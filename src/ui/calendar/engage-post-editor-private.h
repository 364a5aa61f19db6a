/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-checker.h"
#include "engage-post-editor.h"

G_BEGIN_DECLS

/* What to do once a save succeeded. */
typedef enum
{
  ENGAGE_AFTER_SAVE_CLOSE,
  ENGAGE_AFTER_SAVE_DUPLICATE,
  ENGAGE_AFTER_SAVE_COPY_TO_CHANNELS,
} EngageAfterSave;

struct _EngagePostEditor
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkWidget       *save_button;
  GtkWidget       *menu_button;
  GtkRevealer     *problem_revealer;
  GtkLabel        *problem_label;
  AdwEntryRow     *title_row;
  AdwComboRow     *channel_row;
  AdwComboRow     *status_row;
  AdwComboRow     *pillar_row;
  GtkSwitch       *idea_switch;
  GtkWidget       *date_row;
  GtkMenuButton   *date_button;
  GtkCalendar     *calendar;
  GtkWidget       *time_row;
  GtkSpinButton   *hour_spin;
  GtkSpinButton   *minute_spin;
  AdwActionRow    *repeat_row;
  GtkWidget       *repeat_arrow;
  GtkTextView     *text_view;
  GtkLabel        *rule_label;
  GtkWidget       *counter_icon;
  GtkLabel        *chars_label;
  GtkLabel        *hashtags_label;
  AdwEntryRow     *campaign_row;
  AdwEntryRow     *owner_row;
  AdwEntryRow     *link_row;
  AdwEntryRow     *permalink_row;
  GtkTextView     *notes_view;
  AdwPreferencesGroup *guideline_group;
  GtkWidget       *delete_group;

  /* Owned */
  EngageProject   *project;
  EngagePost      *post;          /* as stored; for a new post, its template */
  GListModel      *channels;
  GtkStringList   *pillar_names;
  GArray          *pillar_ids;    /* gint64, beside pillar_names; 0 for "None" */
  char            *repeat_rule;
  char            *repeat_description;
  EngageChecker   *checker;
  GPtrArray       *guideline_rows; /* AdwActionRow, in guideline_group */
  guint            check_source;
  char            *approved_by;   /* an approval given in this editor, saved with the post */
  GDateTime       *approved_at;

  /* State */
  GDate            date;
  gboolean         loading;
  gboolean         touched;
  gboolean         show_problems;
  gboolean         close_confirmed;
  guint            status;        /* the status selected before the current one */
  gboolean         reverting;     /* the status goes back after a cancelled approval */
};

gboolean    _engage_post_editor_is_new        (EngagePostEditor *self);
gboolean    _engage_post_editor_is_dirty      (EngagePostEditor *self);
EngagePost *_engage_post_editor_collect       (EngagePostEditor *self);
void        _engage_post_editor_load          (EngagePostEditor *self,
                                               EngagePost       *post);
void        _engage_post_editor_show_toast    (EngagePostEditor *self,
                                               const char       *title);
void        _engage_post_editor_show_error    (EngagePostEditor *self,
                                               const char       *heading,
                                               const char       *message);
void        _engage_post_editor_update        (EngagePostEditor *self);
void        _engage_post_editor_set_repeat    (EngagePostEditor *self,
                                               const char       *rule,
                                               const char       *description);

/* engage-post-editor-checks.c */
gboolean    _engage_post_editor_is_blank      (const char       *text);
gboolean    _engage_post_editor_is_web_address (const char      *text);

/* engage-post-editor-actions.c */
void        _engage_post_editor_class_init_actions (GtkWidgetClass   *widget_class);
void        _engage_post_editor_save          (EngagePostEditor *self,
                                               EngageAfterSave   after);
gboolean    _engage_post_editor_close_request (EngagePostEditor *self);

G_END_DECLS
