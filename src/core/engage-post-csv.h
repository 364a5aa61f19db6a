/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-import-batch.h"
#include "engage-post.h"

G_BEGIN_DECLS

#define ENGAGE_POST_CSV_ERROR (engage_post_csv_error_quark ())

/**
 * EngagePostCsvError:
 * @ENGAGE_POST_CSV_ERROR_INVALID: the file cannot be imported; the message
 *   names the file and the first line with a problem
 * @ENGAGE_POST_CSV_ERROR_ALREADY_IMPORTED: a file with the same contents was
 *   imported into the project before
 *
 * Why an import of posts was refused. The project is unchanged in both cases.
 */
typedef enum
{
  ENGAGE_POST_CSV_ERROR_INVALID,
  ENGAGE_POST_CSV_ERROR_ALREADY_IMPORTED,
} EngagePostCsvError;

/**
 * EngagePostCsvRowAction:
 * @ENGAGE_POST_CSV_ROW_CREATE: the row becomes a new post
 * @ENGAGE_POST_CSV_ROW_UPDATE: the row's UUID names a post of the project, which
 *   it changes
 * @ENGAGE_POST_CSV_ROW_UNCHANGED: the row's UUID names a post that already
 *   holds what the row says; skipped
 * @ENGAGE_POST_CSV_ROW_EMPTY: every cell is empty; skipped
 * @ENGAGE_POST_CSV_ROW_INVALID: the row has a problem (see the problems with
 *   its line)
 *
 * What importing a row will do.
 */
typedef enum
{
  ENGAGE_POST_CSV_ROW_CREATE,
  ENGAGE_POST_CSV_ROW_UPDATE,
  ENGAGE_POST_CSV_ROW_UNCHANGED,
  ENGAGE_POST_CSV_ROW_EMPTY,
  ENGAGE_POST_CSV_ROW_INVALID,
} EngagePostCsvRowAction;

/**
 * EngagePostCsvImportFlags:
 * @ENGAGE_POST_CSV_IMPORT_NONE: refuse a file with a problem or one imported before
 * @ENGAGE_POST_CSV_IMPORT_FORCE: import a file even if it was imported before
 * @ENGAGE_POST_CSV_IMPORT_SKIP_INVALID: import the readable rows and skip the
 *   others instead of refusing the file
 */
typedef enum /*< flags >*/
{
  ENGAGE_POST_CSV_IMPORT_NONE         = 0,
  ENGAGE_POST_CSV_IMPORT_FORCE        = 1 << 0,
  ENGAGE_POST_CSV_IMPORT_SKIP_INVALID = 1 << 1,
} EngagePostCsvImportFlags;

GQuark      engage_post_csv_error_quark             (void);

char        engage_post_csv_get_default_delimiter   (EngageProject  *project);
char        engage_post_csv_get_default_decimal_mark (EngageProject *project);
GBytes     *engage_post_csv_export_to_bytes         (EngageProject  *project,
                                                     GDateTime      *from,
                                                     GDateTime      *to,
                                                     char            delimiter,
                                                     char            decimal_mark,
                                                     GError        **error);
gboolean    engage_post_csv_export                  (EngageProject  *project,
                                                     GFile          *file,
                                                     GDateTime      *from,
                                                     GDateTime      *to,
                                                     char            delimiter,
                                                     char            decimal_mark,
                                                     GError        **error);

#define ENGAGE_TYPE_POST_CSV_IMPORT (engage_post_csv_import_get_type ())

G_DECLARE_FINAL_TYPE (EngagePostCsvImport, engage_post_csv_import, ENGAGE, POST_CSV_IMPORT, GObject)

EngagePostCsvImport    *engage_post_csv_import_new              (EngageProject        *project,
                                                                 GFile                *file,
                                                                 GError              **error);
EngagePostCsvImport    *engage_post_csv_import_new_from_bytes   (EngageProject        *project,
                                                                 GBytes               *contents,
                                                                 const char           *file_name);
const char             *engage_post_csv_import_get_file_name    (EngagePostCsvImport  *self);
const char             *engage_post_csv_import_get_sha256       (EngagePostCsvImport  *self);
const char             *engage_post_csv_import_get_encoding_name (EngagePostCsvImport *self);
char                    engage_post_csv_import_get_delimiter    (EngagePostCsvImport  *self);
guint                   engage_post_csv_import_get_n_rows       (EngagePostCsvImport  *self);
guint                   engage_post_csv_import_get_row_line     (EngagePostCsvImport  *self,
                                                                 guint                 row);
EngagePostCsvRowAction  engage_post_csv_import_get_row_action   (EngagePostCsvImport  *self,
                                                                 guint                 row);
EngagePost             *engage_post_csv_import_get_row_post     (EngagePostCsvImport  *self,
                                                                 guint                 row);
const char             *engage_post_csv_import_get_row_channel_name (EngagePostCsvImport *self,
                                                                 guint                 row);
guint                   engage_post_csv_import_count_rows       (EngagePostCsvImport  *self,
                                                                 EngagePostCsvRowAction action);
GStrv                   engage_post_csv_import_dup_new_channels (EngagePostCsvImport  *self);
GStrv                   engage_post_csv_import_dup_new_pillars  (EngagePostCsvImport  *self);
guint                   engage_post_csv_import_get_n_problems   (EngagePostCsvImport  *self);
const char             *engage_post_csv_import_get_problem      (EngagePostCsvImport  *self,
                                                                 guint                 index,
                                                                 guint                *line,
                                                                 EngageSeverity       *severity);
gboolean                engage_post_csv_import_has_errors       (EngagePostCsvImport  *self);
EngageImportBatch      *engage_post_csv_import_get_previous_import (EngagePostCsvImport *self);
char                   *engage_post_csv_import_dup_report       (EngagePostCsvImport  *self);
gboolean                engage_post_csv_import_run              (EngagePostCsvImport  *self,
                                                                 EngagePostCsvImportFlags flags,
                                                                 GError              **error);
EngageImportBatch      *engage_post_csv_import_get_batch        (EngagePostCsvImport  *self);

G_END_DECLS
