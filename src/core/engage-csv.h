/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ENGAGE_CSV_ERROR (engage_csv_error_quark ())

/**
 * EngageCsvError:
 * @ENGAGE_CSV_ERROR_ENCODING: the bytes are not text in an encoding Engage reads
 * @ENGAGE_CSV_ERROR_UNCLOSED_QUOTE: a quoted field is never closed
 * @ENGAGE_CSV_ERROR_TEXT_AFTER_QUOTE: text follows the closing quote of a field
 *
 * Why a file could not be read as CSV. The messages do not name the file or the
 * line: the caller knows both and says them.
 */
typedef enum
{
  ENGAGE_CSV_ERROR_ENCODING,
  ENGAGE_CSV_ERROR_UNCLOSED_QUOTE,
  ENGAGE_CSV_ERROR_TEXT_AFTER_QUOTE,
} EngageCsvError;

/**
 * EngageCsvEncoding:
 * @ENGAGE_CSV_ENCODING_UTF8: UTF-8 without a byte order mark
 * @ENGAGE_CSV_ENCODING_UTF8_BOM: UTF-8 with a byte order mark (Excel's "CSV UTF-8")
 * @ENGAGE_CSV_ENCODING_UTF16LE: UTF-16, little-endian (Excel's "Unicode text")
 * @ENGAGE_CSV_ENCODING_UTF16BE: UTF-16, big-endian
 * @ENGAGE_CSV_ENCODING_WINDOWS_1252: Windows-1252 (Excel's plain "CSV" on a
 *   German or English Windows)
 *
 * The encodings spreadsheets write CSV files in.
 */
typedef enum
{
  ENGAGE_CSV_ENCODING_UTF8,
  ENGAGE_CSV_ENCODING_UTF8_BOM,
  ENGAGE_CSV_ENCODING_UTF16LE,
  ENGAGE_CSV_ENCODING_UTF16BE,
  ENGAGE_CSV_ENCODING_WINDOWS_1252,
} EngageCsvEncoding;

typedef struct _EngageCsvReader EngageCsvReader;
typedef struct _EngageCsvWriter EngageCsvWriter;

GQuark           engage_csv_error_quark           (void);

const char      *engage_csv_encoding_get_name     (EngageCsvEncoding  encoding);
char            *engage_csv_decode                (const char        *data,
                                                   gsize              length,
                                                   EngageCsvEncoding *encoding,
                                                   GError           **error);
char             engage_csv_detect_delimiter      (const char        *text);

char            *engage_csv_neutralize            (const char        *value);
const char      *engage_csv_unneutralize          (const char        *value);

EngageCsvReader *engage_csv_reader_new            (const char        *text,
                                                   char               delimiter);
void             engage_csv_reader_free           (EngageCsvReader   *self);
gboolean         engage_csv_reader_next           (EngageCsvReader   *self,
                                                   GStrv             *fields,
                                                   guint             *line,
                                                   GError           **error);

EngageCsvWriter *engage_csv_writer_new            (char               delimiter,
                                                   char               decimal_mark);
void             engage_csv_writer_free           (EngageCsvWriter   *self);
void             engage_csv_writer_add_text       (EngageCsvWriter   *self,
                                                   const char        *value);
void             engage_csv_writer_add_number     (EngageCsvWriter   *self,
                                                   double             value,
                                                   guint              decimals);
void             engage_csv_writer_end_record     (EngageCsvWriter   *self);
GBytes          *engage_csv_writer_free_to_bytes  (EngageCsvWriter   *self);

gboolean         engage_csv_write_file            (GFile             *file,
                                                   GBytes            *contents,
                                                   GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EngageCsvReader, engage_csv_reader_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EngageCsvWriter, engage_csv_writer_free)

G_END_DECLS
