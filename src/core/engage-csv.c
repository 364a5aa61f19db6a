/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-csv"

#include "config.h"

#include "engage-csv.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

/* CSV as spreadsheets write and read it (RFC 4180): fields separated by ',', ';'
 * or tab, quoted with '"' when they hold the separator, a quote or a line break,
 * quotes doubled inside. Excel on a German Windows writes ';' and Windows-1252,
 * its "CSV UTF-8" adds a byte order mark, its "Unicode text" is UTF-16 with tabs;
 * LibreOffice writes what it is told. Reading accepts all of these; writing
 * always produces UTF-8 with a byte order mark and CRLF, which every spreadsheet
 * opens with the umlauts intact. */

#define UTF8_BOM "\xEF\xBB\xBF"

struct _EngageCsvReader
{
  char       *text;
  const char *pos;
  char        delimiter;
  guint       line;
};

struct _EngageCsvWriter
{
  GString *out;
  char     delimiter;
  char     decimal_mark;
  gboolean at_record_start;
};

G_DEFINE_QUARK (engage-csv-error-quark, engage_csv_error)

/**
 * engage_csv_encoding_get_name:
 *
 * Returns: (transfer none): the encoding's usual name, e.g. "UTF-16LE"
 */
const char *
engage_csv_encoding_get_name (EngageCsvEncoding encoding)
{
  switch (encoding)
    {
    case ENGAGE_CSV_ENCODING_UTF8:
      return "UTF-8";
    case ENGAGE_CSV_ENCODING_UTF8_BOM:
      return "UTF-8 (BOM)";
    case ENGAGE_CSV_ENCODING_UTF16LE:
      return "UTF-16LE";
    case ENGAGE_CSV_ENCODING_UTF16BE:
      return "UTF-16BE";
    case ENGAGE_CSV_ENCODING_WINDOWS_1252:
      return "Windows-1252";
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
set_encoding_error (GError **error)
{
  g_set_error_literal (error, ENGAGE_CSV_ERROR, ENGAGE_CSV_ERROR_ENCODING,
                       _("The file is not text in UTF-8, UTF-16 or Windows-1252."));
}

/* UTF-16 without a byte order mark still betrays itself: plain text in it has a
 * zero byte in every other position. */
static gboolean
guess_utf16 (const char        *data,
             gsize              length,
             EngageCsvEncoding *encoding)
{
  gsize n = MIN (length, 256) & ~(gsize) 1;
  guint even_zeros = 0, odd_zeros = 0;

  if (n < 2)
    return FALSE;

  for (gsize i = 0; i < n; i += 2)
    {
      even_zeros += data[i] == '\0';
      odd_zeros += data[i + 1] == '\0';
    }

  /* Mostly on one side; the other side has one now and then, from a character
   * like U+0100 or the low half of an emoji. */
  if (odd_zeros * 2 >= n / 2 && even_zeros * 8 <= odd_zeros)
    *encoding = ENGAGE_CSV_ENCODING_UTF16LE;
  else if (even_zeros * 2 >= n / 2 && odd_zeros * 8 <= even_zeros)
    *encoding = ENGAGE_CSV_ENCODING_UTF16BE;
  else
    return FALSE;

  return TRUE;
}

static char *
convert_to_utf8 (const char  *data,
                 gsize        length,
                 const char  *from,
                 GError     **error)
{
  gsize bytes_read = 0, bytes_written = 0;
  g_autofree char *text = g_convert (data, length, "UTF-8", from, &bytes_read, &bytes_written, NULL);

  /* A NUL inside the text would cut every later field short. */
  if (text == NULL || bytes_read != length || strlen (text) != bytes_written)
    {
      set_encoding_error (error);
      return NULL;
    }

  return g_steal_pointer (&text);
}

/**
 * engage_csv_decode:
 * @data: the bytes of a file
 * @length: the number of bytes
 * @encoding: (out) (optional): the encoding found
 * @error: return location for a #GError
 *
 * Turns a file into UTF-8 text, whichever encoding a spreadsheet saved it in: a
 * byte order mark decides (UTF-8, UTF-16LE, UTF-16BE); without one, zero bytes
 * in every other position mean UTF-16, valid UTF-8 means UTF-8, and anything
 * else is read as Windows-1252. The byte order mark is not part of the text.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL with
 *   %ENGAGE_CSV_ERROR_ENCODING
 */
char *
engage_csv_decode (const char         *data,
                   gsize               length,
                   EngageCsvEncoding  *encoding,
                   GError            **error)
{
  EngageCsvEncoding found = ENGAGE_CSV_ENCODING_UTF8;
  char *text = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length >= 3 && memcmp (data, UTF8_BOM, 3) == 0)
    {
      found = ENGAGE_CSV_ENCODING_UTF8_BOM;
      data += 3;
      length -= 3;
    }
  else if (length >= 2 && (guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE)
    {
      found = ENGAGE_CSV_ENCODING_UTF16LE;
      data += 2;
      length -= 2;
    }
  else if (length >= 2 && (guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)
    {
      found = ENGAGE_CSV_ENCODING_UTF16BE;
      data += 2;
      length -= 2;
    }
  else if (memchr (data, '\0', length) != NULL)
    {
      if (!guess_utf16 (data, length, &found))
        {
          set_encoding_error (error);
          return NULL;
        }
    }
  else if (!g_utf8_validate_len (data, length, NULL))
    {
      found = ENGAGE_CSV_ENCODING_WINDOWS_1252;
    }

  switch (found)
    {
    case ENGAGE_CSV_ENCODING_UTF8:
    case ENGAGE_CSV_ENCODING_UTF8_BOM:
      if (memchr (data, '\0', length) != NULL || !g_utf8_validate_len (data, length, NULL))
        {
          set_encoding_error (error);
          return NULL;
        }
      text = g_strndup (data, length);
      break;

    case ENGAGE_CSV_ENCODING_UTF16LE:
      text = convert_to_utf8 (data, length, "UTF-16LE", error);
      break;

    case ENGAGE_CSV_ENCODING_UTF16BE:
      text = convert_to_utf8 (data, length, "UTF-16BE", error);
      break;

    case ENGAGE_CSV_ENCODING_WINDOWS_1252:
      text = convert_to_utf8 (data, length, "WINDOWS-1252", error);
      break;

    default:
      g_assert_not_reached ();
    }

  if (text != NULL && encoding != NULL)
    *encoding = found;

  return text;
}

/**
 * engage_csv_detect_delimiter:
 * @text: the decoded text of a file
 *
 * Picks the field separator from the first record (the header line): the one of
 * ',', ';' and tab that occurs most often outside quotes there. A tie goes to
 * tab, then ';', because a header line rarely holds those for another reason.
 *
 * Returns: ',', ';' or '\t'; ',' for a file of one column
 */
char
engage_csv_detect_delimiter (const char *text)
{
  const char candidates[] = { '\t', ';', ',' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0, };
  gboolean quoted = FALSE;
  char best = ',';
  guint best_count = 0;

  g_return_val_if_fail (text != NULL, ',');

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r'))
        break;
      else if (!quoted)
        for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
          counts[i] += *p == candidates[i];
    }

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      if (counts[i] > best_count)
        {
          best = candidates[i];
          best_count = counts[i];
        }
    }

  return best;
}

/* The characters that make a spreadsheet read a cell as a formula (or, for tab
 * and CR, hide one), after OWASP's "CSV injection" guidance. */
static gboolean
is_formula_trigger (char c)
{
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

/* Whether @value, after its leading single quotes, starts with a trigger; the
 * quotes count so that neutralizing stays reversible for text that really starts
 * with "'=". */
static const char *
skip_quotes_to_trigger (const char *value)
{
  const char *p = value;

  while (*p == '\'')
    p++;

  return is_formula_trigger (*p) ? p : NULL;
}

/**
 * engage_csv_neutralize:
 * @value: a cell's text
 *
 * Protects a cell against formula injection: text that starts with '=', '+', '-',
 * '@', tab or CR (possibly after single quotes) gets a single quote in front, so a
 * spreadsheet shows it as text instead of running it. engage_csv_unneutralize()
 * takes the quote off again, so exported text re-imports unchanged.
 *
 * Returns: (transfer full): the text to write
 */
char *
engage_csv_neutralize (const char *value)
{
  g_return_val_if_fail (value != NULL, NULL);

  if (skip_quotes_to_trigger (value) != NULL)
    return g_strconcat ("'", value, NULL);

  return g_strdup (value);
}

/**
 * engage_csv_unneutralize:
 * @value: a cell's text as read
 *
 * Returns: (transfer none): @value without the single quote that
 *   engage_csv_neutralize() put in front, or @value itself
 */
const char *
engage_csv_unneutralize (const char *value)
{
  g_return_val_if_fail (value != NULL, NULL);

  if (value[0] == '\'' && skip_quotes_to_trigger (value + 1) != NULL)
    return value + 1;

  return value;
}

/**
 * engage_csv_reader_new:
 * @text: UTF-8 text, e.g. from engage_csv_decode(); it is copied
 * @delimiter: the field separator
 *
 * Returns: (transfer full): a reader of @text's records
 */
EngageCsvReader *
engage_csv_reader_new (const char *text,
                       char        delimiter)
{
  EngageCsvReader *self;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (delimiter != '"' && delimiter != '\n' && delimiter != '\r' && delimiter != '\0', NULL);

  self = g_new0 (EngageCsvReader, 1);
  self->text = g_strdup (text);
  self->pos = self->text;
  self->delimiter = delimiter;
  self->line = 1;

  return self;
}

void
engage_csv_reader_free (EngageCsvReader *self)
{
  if (self == NULL)
    return;

  g_free (self->text);
  g_free (self);
}

/* Steps over one line break (CRLF, LF or a lone CR) at the reader's position. */
static gboolean
skip_line_break (EngageCsvReader *self)
{
  if (self->pos[0] == '\r' && self->pos[1] == '\n')
    self->pos += 2;
  else if (self->pos[0] == '\n' || self->pos[0] == '\r')
    self->pos++;
  else
    return FALSE;

  self->line++;
  return TRUE;
}

static gboolean
read_quoted (EngageCsvReader  *self,
             GString          *field,
             guint            *error_line,
             GError          **error)
{
  guint quote_line = self->line;

  self->pos++;

  for (;;)
    {
      if (*self->pos == '\0')
        {
          *error_line = quote_line;
          g_set_error_literal (error, ENGAGE_CSV_ERROR, ENGAGE_CSV_ERROR_UNCLOSED_QUOTE,
                               _("A quoted field that starts here is never closed."));
          return FALSE;
        }

      if (*self->pos == '"')
        {
          if (self->pos[1] != '"')
            {
              self->pos++;
              break;
            }
          g_string_append_c (field, '"');
          self->pos += 2;
        }
      else if (skip_line_break (self))
        {
          /* A line break inside a cell is a newline in the text, whichever
           * convention the file uses between records. */
          g_string_append_c (field, '\n');
        }
      else
        {
          g_string_append_c (field, *self->pos);
          self->pos++;
        }
    }

  if (*self->pos != self->delimiter && *self->pos != '\r' && *self->pos != '\n' && *self->pos != '\0')
    {
      *error_line = self->line;
      g_set_error_literal (error, ENGAGE_CSV_ERROR, ENGAGE_CSV_ERROR_TEXT_AFTER_QUOTE,
                           _("Text follows the closing quote of a field."));
      return FALSE;
    }

  return TRUE;
}

/**
 * engage_csv_reader_next:
 * @self: a reader
 * @fields: (out) (transfer full) (optional): the record's fields, unquoted
 * @line: (out) (optional): the line the record starts on (1 is the first), or
 *   on failure the line of the problem
 * @error: return location for a #GError
 *
 * Reads the next record. Quoted fields may span lines; their line breaks become
 * "\n". Empty lines between records are skipped. After a failure the reader is
 * at its end.
 *
 * Returns: %TRUE with a record; %FALSE at the end (without an error) or with
 *   %ENGAGE_CSV_ERROR_UNCLOSED_QUOTE or %ENGAGE_CSV_ERROR_TEXT_AFTER_QUOTE
 */
gboolean
engage_csv_reader_next (EngageCsvReader  *self,
                        GStrv            *fields,
                        guint            *line,
                        GError          **error)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autoptr(GString) field = NULL;
  guint record_line, error_line = 0;

  g_return_val_if_fail (self != NULL, FALSE);

  if (fields != NULL)
    *fields = NULL;

  while (skip_line_break (self))
    ;

  if (*self->pos == '\0')
    return FALSE;

  record_line = self->line;
  if (line != NULL)
    *line = record_line;

  builder = g_strv_builder_new ();
  field = g_string_new (NULL);

  for (;;)
    {
      g_string_truncate (field, 0);

      if (*self->pos == '"')
        {
          if (!read_quoted (self, field, &error_line, error))
            {
              self->pos += strlen (self->pos);
              if (line != NULL)
                *line = error_line;
              return FALSE;
            }
        }
      else
        {
          while (*self->pos != self->delimiter && *self->pos != '\r' && *self->pos != '\n' &&
                 *self->pos != '\0')
            {
              g_string_append_c (field, *self->pos);
              self->pos++;
            }
        }

      g_strv_builder_add (builder, field->str);

      if (*self->pos == self->delimiter)
        {
          self->pos++;
          continue;
        }

      skip_line_break (self);
      break;
    }

  if (fields != NULL)
    *fields = g_strv_builder_end (builder);

  return TRUE;
}

/**
 * engage_csv_writer_new:
 * @delimiter: the field separator: ',', ';' or '\t'
 * @decimal_mark: '.' or ',' in numbers
 *
 * Starts a file in UTF-8 with a byte order mark and CRLF line ends.
 *
 * Returns: (transfer full): a writer
 */
EngageCsvWriter *
engage_csv_writer_new (char delimiter,
                       char decimal_mark)
{
  EngageCsvWriter *self;

  g_return_val_if_fail (delimiter == ',' || delimiter == ';' || delimiter == '\t', NULL);
  g_return_val_if_fail (decimal_mark == '.' || decimal_mark == ',', NULL);

  self = g_new0 (EngageCsvWriter, 1);
  self->out = g_string_new (UTF8_BOM);
  self->delimiter = delimiter;
  self->decimal_mark = decimal_mark;
  self->at_record_start = TRUE;

  return self;
}

void
engage_csv_writer_free (EngageCsvWriter *self)
{
  if (self == NULL)
    return;

  g_string_free (self->out, TRUE);
  g_free (self);
}

static void
append_field (EngageCsvWriter *self,
              const char      *value)
{
  gsize length = strlen (value);
  gboolean quote;

  if (!self->at_record_start)
    g_string_append_c (self->out, self->delimiter);
  self->at_record_start = FALSE;

  /* Quote what would otherwise split the field, and surrounding blanks that
   * some readers trim. */
  quote = strchr (value, self->delimiter) != NULL || strpbrk (value, "\"\r\n") != NULL ||
          (length > 0 && (g_ascii_isspace (value[0]) || g_ascii_isspace (value[length - 1])));

  if (!quote)
    {
      g_string_append_len (self->out, value, length);
      return;
    }

  g_string_append_c (self->out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (self->out, '"');
      g_string_append_c (self->out, *p);
    }
  g_string_append_c (self->out, '"');
}

/**
 * engage_csv_writer_add_text:
 * @self: a writer
 * @value: (nullable): the cell's text; %NULL for an empty cell
 *
 * Adds a text cell, neutralized against formula injection (see
 * engage_csv_neutralize()) and quoted where needed.
 */
void
engage_csv_writer_add_text (EngageCsvWriter *self,
                            const char      *value)
{
  g_autofree char *safe = NULL;

  g_return_if_fail (self != NULL);

  safe = engage_csv_neutralize (value ? value : "");
  append_field (self, safe);
}

/**
 * engage_csv_writer_add_number:
 * @self: a writer
 * @value: the number
 * @decimals: digits after the decimal mark
 *
 * Adds a number cell with the writer's decimal mark. Numbers are not
 * neutralized: a spreadsheet must read "-3" as minus three.
 */
void
engage_csv_writer_add_number (EngageCsvWriter *self,
                              double           value,
                              guint            decimals)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char format[16];

  g_return_if_fail (self != NULL);

  g_snprintf (format, sizeof format, "%%.%uf", MIN (decimals, 15));
  g_ascii_formatd (buffer, sizeof buffer, format, value);
  if (self->decimal_mark != '.')
    g_strdelimit (buffer, ".", self->decimal_mark);

  append_field (self, buffer);
}

/**
 * engage_csv_writer_end_record:
 *
 * Ends the current record with CRLF.
 */
void
engage_csv_writer_end_record (EngageCsvWriter *self)
{
  g_return_if_fail (self != NULL);

  g_string_append (self->out, "\r\n");
  self->at_record_start = TRUE;
}

/**
 * engage_csv_writer_free_to_bytes:
 *
 * Frees the writer.
 *
 * Returns: (transfer full): the file's bytes
 */
GBytes *
engage_csv_writer_free_to_bytes (EngageCsvWriter *self)
{
  GBytes *bytes;

  g_return_val_if_fail (self != NULL, NULL);

  bytes = g_string_free_to_bytes (self->out);
  g_free (self);

  return bytes;
}

static gboolean
set_write_error (GError **error,
                 GFile   *file,
                 int      saved_errno)
{
  g_autofree char *name = g_file_get_parse_name (file);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("“%s” cannot be written: %s."), name, g_strerror (saved_errno));
  return FALSE;
}

/**
 * engage_csv_write_file:
 * @file: the file to write; an existing one is replaced
 * @contents: the bytes
 * @error: return location for a #GError
 *
 * Writes a file so that it is either complete or not there: into a temporary
 * file in the same folder, flushed to disk, then renamed over @file. A failed
 * export never leaves half a file. The iCalendar export writes this way too.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_csv_write_file (GFile   *file,
                       GBytes  *contents,
                       GError **error)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *tmp_path = NULL;
  const char *data;
  gsize length, done = 0;
  int fd;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    return set_write_error (error, file, ENOTSUP);

  dir = g_path_get_dirname (path);
  tmp_path = g_build_filename (dir, ".engage-export-XXXXXX", NULL);
  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    return set_write_error (error, file, errno);

  data = g_bytes_get_data (contents, &length);
  while (done < length)
    {
      gssize n = write (fd, data + done, length - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          close (fd);
          g_unlink (tmp_path);
          return set_write_error (error, file, saved_errno);
        }
      done += n;
    }

  if (fsync (fd) != 0)
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (tmp_path);
      return set_write_error (error, file, saved_errno);
    }

  if (close (fd) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp_path);
      return set_write_error (error, file, saved_errno);
    }

  if (g_rename (tmp_path, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp_path);
      return set_write_error (error, file, saved_errno);
    }

  return TRUE;
}
