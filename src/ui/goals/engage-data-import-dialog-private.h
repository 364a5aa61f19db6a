/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-data-import-dialog.h"

G_BEGIN_DECLS

/* What engage-data-import-dialog.c (the runs, the actions) and
 * engage-data-import-dialog-preview.c (a report shown as rows) share. */

typedef enum
{
  STATE_LOADING,
  STATE_PREVIEW,
  STATE_IMPORTING,
} State;

/* Core's messages the dialog answers in rows of its own (their msgids must stay
 * those of src/core/engage-import-*.c). */
#define MSG_CHANNEL_CREATED N_("The project had no %s channel, so the import created “%s”.")
#define MSG_CHANNEL_NAMED N_("The posts went to the channel “%s”, named like the account of the export.")
#define MSG_SEVERAL_CHANNELS N_("The project has several %s channels (%s); choose one with --channel.")
#define MSG_SEVERAL_COLUMNS N_("Several columns ask for a recommendation; “%s” was imported, not %s (choose with --column).")
#define MSG_NEW_SURVEY N_("The responses went to the new survey “%s”.")
#define MSG_IMPORTED_BEFORE N_("This file was already imported on %s; its values were updated.")
#define MSG_NO_DATE N_("The file has no date column; give the responses’ date with --date.")

/* Created, updated, matched, skipped */
#define N_COUNTS 4

struct _EngageDataImportDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkWidget           *import_button;
  GtkStack            *stack;
  GtkSpinner          *loading_spinner;
  GtkLabel            *loading_label;
  GtkProgressBar      *loading_progress;
  GtkStack            *summary_icon_stack;
  GtkImage            *summary_icon;
  GtkSpinner          *summary_spinner;
  GtkLabel            *summary_label;
  GtkLabel            *details_label;
  GtkBox              *counts_box;
  AdwComboRow         *format_row;
  AdwComboRow         *channel_row;
  AdwActionRow        *new_channel_row;
  AdwActionRow        *new_survey_row;
  AdwComboRow         *column_row;
  AdwActionRow        *date_row;
  GtkMenuButton       *date_button;
  GtkCalendar         *calendar;
  AdwPreferencesGroup *messages_group;
  AdwPreferencesGroup *rows_group;
  AdwStatusPage       *importing_page;
  GtkProgressBar      *progress_bar;

  GtkLabel            *count_labels[N_COUNTS];

  /* Owned */
  EngageProject       *project;
  GFile               *file;
  char                *file_name;
  GCancellable        *cancellable;
  EngageImportReport  *report;
  GError              *error;
  GtkStringList       *channel_names;
  GStrv                score_columns;
  GPtrArray           *added_rows;
  char                *channel;
  char                *channel_kind;
  char                *column;
  char                *date;

  /* State */
  State                state;
  gboolean             nps;
  gboolean             running;
  gboolean             rerun;
  gboolean             columns_listed;
  gboolean             needs_channel;
  gboolean             needs_date;
  gboolean             cancelling;
  guint                updating;
};

gboolean                  _engage_data_import_match_message             (const char              *text,
                                                                         const char              *msgid,
                                                                         gboolean                 whole,
                                                                         GStrv                   *args);
gboolean                  _engage_data_import_format_is_series          (EngageImportFormat       format);

const EngageImportFormat *_engage_data_import_dialog_get_formats        (EngageDataImportDialog  *self,
                                                                         guint                   *n_formats);
EngageImportFormat        _engage_data_import_dialog_get_chosen_format  (EngageDataImportDialog  *self);
void                      _engage_data_import_dialog_build_count_tiles  (EngageDataImportDialog  *self);
GtkLabel                 *_engage_data_import_dialog_get_count_label    (EngageDataImportDialog  *self,
                                                                         EngageImportAction       action);
void                      _engage_data_import_dialog_update_nps_rows    (EngageDataImportDialog  *self);
void                      _engage_data_import_dialog_show_report        (EngageDataImportDialog  *self);

G_END_DECLS
