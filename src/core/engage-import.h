/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "engage-project.h"

G_BEGIN_DECLS

#define ENGAGE_IMPORT_ERROR (engage_import_error_quark ())

/**
 * EngageImportError:
 * @ENGAGE_IMPORT_ERROR_UNREADABLE: the file cannot be read at all (not text,
 *   not a spreadsheet, or damaged)
 * @ENGAGE_IMPORT_ERROR_UNKNOWN_FORMAT: no importer recognises the file's header
 * @ENGAGE_IMPORT_ERROR_INVALID: a row or cell cannot be read; the message names
 *   the file and the line (or sheet and row)
 * @ENGAGE_IMPORT_ERROR_AMBIGUOUS: the file or the project allows several readings
 *   (two score columns, several channels of a kind …); the message says which
 *   option chooses
 * @ENGAGE_IMPORT_ERROR_OPTION: an option names something that does not exist
 *
 * Why an import was refused. The project is unchanged in every case.
 */
typedef enum
{
  ENGAGE_IMPORT_ERROR_UNREADABLE,
  ENGAGE_IMPORT_ERROR_UNKNOWN_FORMAT,
  ENGAGE_IMPORT_ERROR_INVALID,
  ENGAGE_IMPORT_ERROR_AMBIGUOUS,
  ENGAGE_IMPORT_ERROR_OPTION,
} EngageImportError;

/**
 * EngageImportFormat:
 * @ENGAGE_IMPORT_FORMAT_AUTO: detect the format from the file's header
 * @ENGAGE_IMPORT_FORMAT_X: X/Twitter "tweet activity" export, one row per post
 * @ENGAGE_IMPORT_FORMAT_X_CONTENT: X "account analytics content" export (2024+),
 *   one row per post
 * @ENGAGE_IMPORT_FORMAT_X_DAILY: X account activity by day (the classic daily
 *   tweet activity or the 2024+ account overview): a page-level series
 * @ENGAGE_IMPORT_FORMAT_META: Meta Business Suite content export (Facebook or
 *   Instagram), one row per post
 * @ENGAGE_IMPORT_FORMAT_META_PAGE: Meta Business Suite page-level daily series
 * @ENGAGE_IMPORT_FORMAT_META_LEGACY: the older Facebook Insights "Post data"
 *   export with two header rows
 * @ENGAGE_IMPORT_FORMAT_LINKEDIN: LinkedIn page analytics (.xlsx/.xls), the
 *   per-post sheet
 * @ENGAGE_IMPORT_FORMAT_YOUTUBE: YouTube Studio "Table data.csv"
 * @ENGAGE_IMPORT_FORMAT_GENERIC: any table of post metrics with a column
 *   mapping
 * @ENGAGE_IMPORT_FORMAT_GOOGLE_FORMS: Google Forms responses
 * @ENGAGE_IMPORT_FORMAT_TYPEFORM: Typeform responses
 * @ENGAGE_IMPORT_FORMAT_SURVEYMONKEY: SurveyMonkey responses with their second
 *   header row
 * @ENGAGE_IMPORT_FORMAT_NPS_GENERIC: any table with a 0–10 score column
 *
 * The exports Engage reads. Metrics imports take the formats up to
 * %ENGAGE_IMPORT_FORMAT_GENERIC, NPS imports the others.
 */
typedef enum
{
  ENGAGE_IMPORT_FORMAT_AUTO,
  ENGAGE_IMPORT_FORMAT_X,
  ENGAGE_IMPORT_FORMAT_X_CONTENT,
  ENGAGE_IMPORT_FORMAT_X_DAILY,
  ENGAGE_IMPORT_FORMAT_META,
  ENGAGE_IMPORT_FORMAT_META_PAGE,
  ENGAGE_IMPORT_FORMAT_META_LEGACY,
  ENGAGE_IMPORT_FORMAT_LINKEDIN,
  ENGAGE_IMPORT_FORMAT_YOUTUBE,
  ENGAGE_IMPORT_FORMAT_GENERIC,
  ENGAGE_IMPORT_FORMAT_GOOGLE_FORMS,
  ENGAGE_IMPORT_FORMAT_TYPEFORM,
  ENGAGE_IMPORT_FORMAT_SURVEYMONKEY,
  ENGAGE_IMPORT_FORMAT_NPS_GENERIC,
} EngageImportFormat;

/**
 * EngageImportAction:
 * @ENGAGE_IMPORT_ACTION_CREATED: the row became a new post (or response, or
 *   measurement)
 * @ENGAGE_IMPORT_ACTION_MATCHED: the row belongs to a post the project already
 *   had; its metrics were added
 * @ENGAGE_IMPORT_ACTION_UPDATED: the row's values replaced values the project
 *   already had for the same post and date (or the same respondent)
 * @ENGAGE_IMPORT_ACTION_SKIPPED: the row was not imported (a total, no score …);
 *   a message with its line says why
 *
 * What importing did (or, in a dry run, would do) with one row.
 */
typedef enum
{
  ENGAGE_IMPORT_ACTION_CREATED,
  ENGAGE_IMPORT_ACTION_MATCHED,
  ENGAGE_IMPORT_ACTION_UPDATED,
  ENGAGE_IMPORT_ACTION_SKIPPED,
} EngageImportAction;

/**
 * EngageImportOptions:
 * @format: the file's format, or %ENGAGE_IMPORT_FORMAT_AUTO
 * @channel: (nullable): the name of the channel the rows belong to; needed when
 *   the project has several channels of the export's kind
 * @map: (nullable): for generic files, "key:Header,…" pairs that name the
 *   columns (keys: date, time, id, permalink, text, title, channel,
 *   impressions, reach, views, reactions, comments, shares, saves, clicks,
 *   follows)
 * @survey: (nullable): the NPS survey to add responses to; created if missing
 * @column: (nullable): the header (or 1-based number) of the score column when
 *   several columns ask for a recommendation
 * @date: (nullable): "YYYY-MM-DD" for responses of a file without a date column
 * @dry_run: read and apply everything, report it, then take it all back: the
 *   preview of an import dialog
 *
 * What the caller tells an import. All strings are copied.
 */
typedef struct
{
  EngageImportFormat  format;
  const char         *channel;
  const char         *map;
  const char         *survey;
  const char         *column;
  const char         *date;
  gboolean            dry_run;
} EngageImportOptions;

/**
 * EngageImportProgressFunc:
 * @fraction: how much of the import is done, 0..1
 * @user_data: the data given with the function
 *
 * Called in the thread of the caller's main context, several times a second
 * while an import runs.
 */
typedef void (*EngageImportProgressFunc) (double   fraction,
                                          gpointer user_data);

#define ENGAGE_TYPE_IMPORT_REPORT (engage_import_report_get_type ())

G_DECLARE_FINAL_TYPE (EngageImportReport, engage_import_report, ENGAGE, IMPORT_REPORT, GObject)

GQuark              engage_import_error_quark              (void);

const char         *engage_import_format_to_string         (EngageImportFormat   format);
gboolean            engage_import_format_from_string       (const char          *str,
                                                            EngageImportFormat  *format);
const char         *engage_import_format_get_label         (EngageImportFormat   format);
gboolean            engage_import_format_is_nps            (EngageImportFormat   format);
const char         *engage_import_action_get_label         (EngageImportAction   action);

const char         *engage_import_report_get_file_name     (EngageImportReport  *self);
const char         *engage_import_report_get_sha256        (EngageImportReport  *self);
EngageImportFormat  engage_import_report_get_format        (EngageImportReport  *self);
const char         *engage_import_report_get_encoding      (EngageImportReport  *self);
gboolean            engage_import_report_get_dry_run       (EngageImportReport  *self);
guint               engage_import_report_get_rows_read     (EngageImportReport  *self);
guint               engage_import_report_get_rows_imported (EngageImportReport  *self);
guint               engage_import_report_get_rows_created  (EngageImportReport  *self);
guint               engage_import_report_get_rows_matched  (EngageImportReport  *self);
guint               engage_import_report_get_rows_updated  (EngageImportReport  *self);
guint               engage_import_report_get_rows_skipped  (EngageImportReport  *self);
GDateTime          *engage_import_report_get_previous_import (EngageImportReport *self);
gint64              engage_import_report_get_batch_id      (EngageImportReport  *self);
guint               engage_import_report_get_n_messages    (EngageImportReport  *self);
const char         *engage_import_report_get_message       (EngageImportReport  *self,
                                                            guint                index,
                                                            guint               *line);
guint               engage_import_report_get_n_rows        (EngageImportReport  *self);
EngageImportAction  engage_import_report_get_row           (EngageImportReport  *self,
                                                            guint                index,
                                                            guint               *line,
                                                            const char         **label);
char               *engage_import_report_dup_summary       (EngageImportReport  *self);

EngageImportReport *engage_import_metrics                  (EngageProject             *project,
                                                            GFile                     *file,
                                                            const EngageImportOptions *options,
                                                            GCancellable              *cancellable,
                                                            GError                   **error);
void                engage_import_metrics_async            (EngageProject             *project,
                                                            GFile                     *file,
                                                            const EngageImportOptions *options,
                                                            GCancellable              *cancellable,
                                                            EngageImportProgressFunc   progress,
                                                            gpointer                   progress_data,
                                                            GDestroyNotify             progress_destroy,
                                                            GAsyncReadyCallback        callback,
                                                            gpointer                   user_data);
EngageImportReport *engage_import_metrics_finish           (EngageProject             *project,
                                                            GAsyncResult              *result,
                                                            GError                   **error);

EngageImportReport *engage_import_nps                      (EngageProject             *project,
                                                            GFile                     *file,
                                                            const EngageImportOptions *options,
                                                            GCancellable              *cancellable,
                                                            GError                   **error);
void                engage_import_nps_async                (EngageProject             *project,
                                                            GFile                     *file,
                                                            const EngageImportOptions *options,
                                                            GCancellable              *cancellable,
                                                            EngageImportProgressFunc   progress,
                                                            gpointer                   progress_data,
                                                            GDestroyNotify             progress_destroy,
                                                            GAsyncReadyCallback        callback,
                                                            gpointer                   user_data);
EngageImportReport *engage_import_nps_finish               (EngageProject             *project,
                                                            GAsyncResult              *result,
                                                            GError                   **error);

G_END_DECLS
