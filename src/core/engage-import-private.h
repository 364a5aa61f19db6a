/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-csv.h"
#include "engage-import.h"
#include "engage-project-private.h"

G_BEGIN_DECLS

/* The machinery the importers share (engage-import.c), the tables they read
 * (engage-import-table.c) and the two importers (engage-import-metrics.c,
 * engage-import-nps.c). */

typedef enum
{
  ENGAGE_IMPORT_KIND_METRICS,
  ENGAGE_IMPORT_KIND_NPS,
} EngageImportKind;

/* Tables: what a file holds once decoded. A CSV file is one sheet whose records
 * are read one at a time (a million-row file never exists as strings all at
 * once); a workbook (.xlsx, .xls, XML Spreadsheet 2003) is a list of sheets held
 * in memory. Lines are the file's lines for CSV and the spreadsheet's row
 * numbers for workbooks, so that messages point where a person would look. */

typedef struct _EngageImportTable EngageImportTable;

typedef struct
{
  EngageImportTable *table;
  guint              sheet;
  guint              index;
  EngageCsvReader   *reader;
  GStrv              current;
  guint              n_fields;
  guint              line;
} EngageImportCursor;

EngageImportTable *_engage_import_table_read        (GBytes              *contents,
                                                     const char          *file_name,
                                                     GError             **error);
void               _engage_import_table_free        (EngageImportTable   *table);
const char        *_engage_import_table_get_file_name (EngageImportTable *table);
const char        *_engage_import_table_get_encoding (EngageImportTable  *table);
gboolean           _engage_import_table_is_workbook (EngageImportTable   *table);
guint              _engage_import_table_get_n_sheets (EngageImportTable  *table);
const char        *_engage_import_table_get_sheet_name (EngageImportTable *table,
                                                     guint                sheet);
guint              _engage_import_table_get_n_lines (EngageImportTable   *table);

void               _engage_import_cursor_init       (EngageImportCursor  *cursor,
                                                     EngageImportTable   *table,
                                                     guint                sheet);
void               _engage_import_cursor_clear      (EngageImportCursor  *cursor);
gboolean           _engage_import_cursor_next       (EngageImportCursor  *cursor,
                                                     GError             **error);
const char        *_engage_import_cursor_get        (EngageImportCursor  *cursor,
                                                     int                  column);

char              *_engage_import_table_where       (EngageImportTable   *table,
                                                     guint                sheet,
                                                     guint                line);
void               _engage_import_set_error         (GError             **error,
                                                     EngageImportError    code,
                                                     EngageImportTable   *table,
                                                     guint                sheet,
                                                     guint                line,
                                                     const char          *format,
                                                     ...) G_GNUC_PRINTF (6, 7);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EngageImportTable, _engage_import_table_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (EngageImportCursor, _engage_import_cursor_clear)

/* Headers */

int                _engage_import_find_column       (GStrv                header,
                                                     const char * const  *names);
gboolean           _engage_import_header_has        (GStrv                header,
                                                     const char * const  *names);
char              *_engage_import_normalize_header  (const char          *text);

/* Cells */

gboolean           _engage_import_parse_count       (const char          *text,
                                                     gint64              *value,
                                                     gboolean            *known);

/* A date and maybe a time as written in a file, before the order of day and
 * month in "1/2/2020" is known: a column's values decide it together. */
typedef enum
{
  ENGAGE_IMPORT_STAMP_HAS_TIME   = 1 << 0,
  ENGAGE_IMPORT_STAMP_HAS_OFFSET = 1 << 1,  /* the text gave its UTC offset */
  ENGAGE_IMPORT_STAMP_SLASHED    = 1 << 2,  /* a/b/yyyy: month and day undecided */
} EngageImportStampFlags;

typedef struct
{
  gint16  year;
  guint8  a;          /* month, or for slashed dates the first number */
  guint8  b;          /* day, or for slashed dates the second number */
  guint8  hour;
  guint8  minute;
  guint8  second;
  guint8  flags;
  gint16  offset;     /* minutes east of UTC, with HAS_OFFSET */
} EngageImportStamp;

typedef enum
{
  ENGAGE_IMPORT_ORDER_UNKNOWN,
  ENGAGE_IMPORT_ORDER_MONTH_FIRST,
  ENGAGE_IMPORT_ORDER_DAY_FIRST,
} EngageImportOrder;

/* Collects what a column's slashed dates say about their order. */
typedef struct
{
  guint first_month_first;   /* line of a value only month/day can read, or 0 */
  guint first_day_first;     /* line of a value only day/month can read, or 0 */
  guint first_ambiguous;     /* line of a value both can read, or 0 */
} EngageImportOrderVote;

gboolean           _engage_import_parse_stamp       (const char          *text,
                                                     gboolean             excel_serial,
                                                     EngageImportStamp   *stamp);
void               _engage_import_order_vote        (EngageImportOrderVote *vote,
                                                     const EngageImportStamp *stamp,
                                                     guint                line);
gboolean           _engage_import_order_decide      (EngageImportOrderVote *vote,
                                                     EngageImportOrder    fixed,
                                                     EngageImportOrder   *order,
                                                     guint               *conflict_line);
gboolean           _engage_import_stamp_resolve     (const EngageImportStamp *stamp,
                                                     EngageImportOrder    order,
                                                     GTimeZone           *tz,
                                                     char                 date[11],
                                                     gint64              *unix_time);

/* Jobs */

typedef struct _EngageImportJob EngageImportJob;

struct _EngageImportJob
{
  /* Set on the caller's thread before reading. */
  EngageImportKind          kind;
  EngageImportFormat        format;
  char                     *channel;
  char                     *map;
  char                     *survey;
  char                     *column;
  char                     *date;
  gboolean                  dry_run;
  GFile                    *file;
  char                     *file_name;
  GTimeZone                *tz;
  EngageImportReport       *report;
  GCancellable             *cancellable;

  EngageImportProgressFunc  progress;
  gpointer                  progress_data;
  GDestroyNotify            progress_destroy;
  GMainContext             *context;
  gint64                    last_progress;
  double                    fraction;
  gboolean                  finished;

  /* Read in the worker thread. */
  GBytes                   *contents;
  char                     *sha256;
  EngageImportTable        *table;
  gpointer                  parsed;
  GDestroyNotify            parsed_free;

  /* Applied on the caller's thread, inside one edit. */
  EngageProject            *project;
  gint64                    batch_id;
  gboolean                  in_edit;
  gint64                    cache_size;
  EngageTables              tables;
  guint                     stage;
  guint                     position;
  guint                     slices;
};

void     _engage_import_job_progress       (EngageImportJob     *job,
                                            double               fraction);
gboolean _engage_import_job_cancelled      (EngageImportJob     *job,
                                            GError             **error);

/* Each importer reads (any thread, no project) and applies (the project's
 * thread, called again and again until *done, each call returning soon after
 * @deadline in monotonic microseconds). */
gboolean _engage_import_metrics_parse      (EngageImportJob     *job,
                                            GError             **error);
gboolean _engage_import_metrics_apply      (EngageImportJob     *job,
                                            gint64               deadline,
                                            gboolean            *done,
                                            GError             **error);
gboolean _engage_import_nps_parse          (EngageImportJob     *job,
                                            GError             **error);
gboolean _engage_import_nps_apply          (EngageImportJob     *job,
                                            gint64               deadline,
                                            gboolean            *done,
                                            GError             **error);

/* The report, filled by the importers. */
void     _engage_import_report_set_format  (EngageImportReport  *self,
                                            EngageImportFormat   format,
                                            const char          *encoding);
void     _engage_import_report_add_message (EngageImportReport  *self,
                                            guint                line,
                                            const char          *format,
                                            ...) G_GNUC_PRINTF (3, 4);
void     _engage_import_report_add_row     (EngageImportReport  *self,
                                            guint                line,
                                            EngageImportAction   action,
                                            const char          *label);
void     _engage_import_report_add_read    (EngageImportReport  *self,
                                            guint                n);
void     _engage_import_report_reset_rows  (EngageImportReport  *self);

G_END_DECLS
