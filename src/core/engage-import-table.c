/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-import-table"

#include "config.h"

#include "engage-import-private.h"

#include <string.h>
#include <unistd.h>

#include <archive.h>
#include <archive_entry.h>
#include <freexl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

/*
 * The files analytics and survey tools hand out, as rows of text cells:
 * - CSV in any encoding and with any separator a spreadsheet writes (through
 *   engage-csv), including Excel's "sep=," first line;
 * - Excel workbooks (.xlsx: a zip of XML parts, read with libarchive and
 *   GMarkup), which is how LinkedIn ships its page analytics;
 * - old binary Excel files (.xls, BIFF) through libfreexl;
 * - XML Spreadsheet 2003, which Facebook Insights saved with an .xls name.
 * Which one a file is comes from its first bytes, never from its name.
 * Numbers in workbooks come out as their shortest decimal text ("44008",
 * "0.0306122") so that one set of cell parsers serves every kind of file.
 */

/* A zip entry larger than this is not a spreadsheet part but a zip bomb. */
#define MAX_PART_SIZE (256 * 1024 * 1024)

typedef struct
{
  guint  line;
  GStrv  fields;
  guint  n_fields;
} SheetRow;

typedef struct
{
  char      *name;
  GPtrArray *rows;
} Sheet;

struct _EngageImportTable
{
  char      *file_name;
  char      *encoding;
  gboolean   workbook;

  /* CSV */
  char      *text;
  char       delimiter;
  guint      first_line;
  guint      n_lines;

  GPtrArray *sheets;
};

static void
sheet_row_free (gpointer data)
{
  SheetRow *row = data;

  g_strfreev (row->fields);
  g_free (row);
}

static void
sheet_free (gpointer data)
{
  Sheet *sheet = data;

  g_free (sheet->name);
  g_ptr_array_unref (sheet->rows);
  g_free (sheet);
}

static Sheet *
sheet_new (const char *name)
{
  Sheet *sheet = g_new0 (Sheet, 1);

  sheet->name = g_strdup (name);
  sheet->rows = g_ptr_array_new_with_free_func (sheet_row_free);
  return sheet;
}

void
_engage_import_table_free (EngageImportTable *table)
{
  if (table == NULL)
    return;

  g_free (table->file_name);
  g_free (table->encoding);
  g_free (table->text);
  g_clear_pointer (&table->sheets, g_ptr_array_unref);
  g_free (table);
}

static EngageImportTable *
table_new (const char *file_name)
{
  EngageImportTable *table = g_new0 (EngageImportTable, 1);

  table->file_name = g_strdup (file_name);
  table->sheets = g_ptr_array_new_with_free_func (sheet_free);
  table->first_line = 1;
  return table;
}

const char *
_engage_import_table_get_file_name (EngageImportTable *table)
{
  return table->file_name;
}

const char *
_engage_import_table_get_encoding (EngageImportTable *table)
{
  return table->encoding;
}

gboolean
_engage_import_table_is_workbook (EngageImportTable *table)
{
  return table->workbook;
}

guint
_engage_import_table_get_n_sheets (EngageImportTable *table)
{
  return table->workbook ? table->sheets->len : 1;
}

const char *
_engage_import_table_get_sheet_name (EngageImportTable *table,
                                     guint              sheet)
{
  if (!table->workbook || sheet >= table->sheets->len)
    return NULL;

  return ((Sheet *) g_ptr_array_index (table->sheets, sheet))->name;
}

/* For progress: the lines of a CSV file, 0 for a workbook. */
guint
_engage_import_table_get_n_lines (EngageImportTable *table)
{
  return table->n_lines;
}

char *
_engage_import_table_where (EngageImportTable *table,
                            guint              sheet,
                            guint              line)
{
  const char *sheet_name = _engage_import_table_get_sheet_name (table, sheet);

  if (line == 0)
    return g_strdup_printf ("“%s”", table->file_name);
  if (sheet_name != NULL)
    /* TRANSLATORS: where a problem is: “file.xlsx”, sheet “Update Engagement”, row 5 */
    return g_strdup_printf (_("“%s”, sheet “%s”, row %u"), table->file_name, sheet_name, line);

  /* TRANSLATORS: where a problem is: “file.csv”, line 12 */
  return g_strdup_printf (_("“%s”, line %u"), table->file_name, line);
}

void
_engage_import_set_error (GError            **error,
                          EngageImportError   code,
                          EngageImportTable  *table,
                          guint               sheet,
                          guint               line,
                          const char         *format,
                          ...)
{
  g_autofree char *where = _engage_import_table_where (table, sheet, line);
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  /* TRANSLATORS: “file.csv”, line 12: The column “impressions” holds … */
  g_set_error (error, ENGAGE_IMPORT_ERROR, code, _("%s: %s"), where, detail);
}

/* Cursors */

void
_engage_import_cursor_init (EngageImportCursor *cursor,
                            EngageImportTable  *table,
                            guint               sheet)
{
  memset (cursor, 0, sizeof *cursor);
  cursor->table = table;
  cursor->sheet = sheet;

  if (!table->workbook)
    cursor->reader = engage_csv_reader_new (table->text, table->delimiter);
}

void
_engage_import_cursor_clear (EngageImportCursor *cursor)
{
  g_clear_pointer (&cursor->reader, engage_csv_reader_free);
  if (cursor->table != NULL && !cursor->table->workbook)
    g_clear_pointer (&cursor->current, g_strfreev);
  cursor->current = NULL;
}

/**
 * _engage_import_cursor_next:
 *
 * Moves to the next record; empty lines (and empty spreadsheet rows) are not
 * records.
 *
 * Returns: %TRUE with a record; %FALSE at the end, or with an error naming the
 *   line
 */
gboolean
_engage_import_cursor_next (EngageImportCursor  *cursor,
                            GError             **error)
{
  EngageImportTable *table = cursor->table;

  if (table->workbook)
    {
      Sheet *sheet = g_ptr_array_index (table->sheets, cursor->sheet);
      SheetRow *row;

      if (cursor->index >= sheet->rows->len)
        return FALSE;

      row = g_ptr_array_index (sheet->rows, cursor->index++);
      cursor->current = row->fields;
      cursor->n_fields = row->n_fields;
      cursor->line = row->line;
      return TRUE;
    }
  else
    {
      g_autoptr(GError) local_error = NULL;
      guint line = 0;

      g_clear_pointer (&cursor->current, g_strfreev);
      cursor->n_fields = 0;

      if (!engage_csv_reader_next (cursor->reader, &cursor->current, &line, &local_error))
        {
          if (local_error != NULL)
            _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, table, 0,
                                      line + table->first_line - 1, "%s", local_error->message);
          return FALSE;
        }

      cursor->line = line + table->first_line - 1;
      cursor->n_fields = g_strv_length (cursor->current);
      return TRUE;
    }
}

/**
 * _engage_import_cursor_get:
 *
 * Returns: (transfer none): the record's cell in @column, or "" when the record
 *   is shorter or @column is -1
 */
const char *
_engage_import_cursor_get (EngageImportCursor *cursor,
                           int                 column)
{
  if (column < 0 || (guint) column >= cursor->n_fields)
    return "";

  return cursor->current[column];
}

/* CSV */

static guint
line_of_offset (const char *data,
                gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    line += data[i] == '\n';

  return line;
}

/* Where a file stops being text: a NUL, or bytes no encoding reads. */
static gsize
find_binary_offset (const char *data,
                    gsize       length)
{
  const char *nul = memchr (data, '\0', length);
  const char *end = NULL;
  gsize limit = nul ? (gsize) (nul - data) : length;

  if (!g_utf8_validate_len (data, limit, &end))
    return end - data;

  return limit;
}

static gboolean
read_csv (EngageImportTable  *table,
          GBytes             *contents,
          GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  EngageCsvEncoding encoding;
  gsize length;
  const char *data = g_bytes_get_data (contents, &length);
  char *text;

  table->text = engage_csv_decode (data ? data : "", length, &encoding, &local_error);
  if (table->text == NULL)
    {
      _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_UNREADABLE, table, 0,
                                line_of_offset (data, find_binary_offset (data, length)),
                                _("The file is not text in UTF-8, UTF-16 or Windows-1252 from here on."));
      return FALSE;
    }
  table->encoding = g_strdup (engage_csv_encoding_get_name (encoding));

  /* Control characters never occur in exported text; binary garbage that
   * happened to decode as Windows-1252 is full of them. */
  for (const guchar *p = (const guchar *) table->text; *p != '\0'; p++)
    {
      if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r' && *p != '\f')
        {
          _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_UNREADABLE, table, 0,
                                    line_of_offset (table->text, (const char *) p - table->text),
                                    _("The file holds binary data, not text."));
          return FALSE;
        }
    }

  text = table->text;

  /* Excel's hint for the separator: "sep=," on the first line. */
  if (g_ascii_strncasecmp (text, "sep=", 4) == 0 && text[4] != '\0' &&
      (text[5] == '\r' || text[5] == '\n' || text[5] == '\0'))
    {
      char *rest = text + 5;

      table->delimiter = text[4];
      if (rest[0] == '\r' && rest[1] == '\n')
        rest += 2;
      else if (rest[0] != '\0')
        rest += 1;
      table->first_line = 2;
      memmove (text, rest, strlen (rest) + 1);
    }
  else
    {
      table->delimiter = engage_csv_detect_delimiter (text);
    }

  if (table->delimiter == '"' || table->delimiter == '\r' || table->delimiter == '\n')
    table->delimiter = ',';

  for (const char *p = strchr (text, '\n'); p != NULL; p = strchr (p + 1, '\n'))
    table->n_lines++;

  return TRUE;
}

/* XML helpers shared by .xlsx and XML Spreadsheet 2003 */

static const char *
local_name (const char *name)
{
  const char *colon = strrchr (name, ':');

  return colon ? colon + 1 : name;
}

static const char *
find_attribute (const char **names,
                const char **values,
                const char  *wanted)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (local_name (names[i]), wanted) || g_str_equal (names[i], wanted))
      return values[i];

  return NULL;
}

static const char *
find_exact_attribute (const char **names,
                      const char **values,
                      const char  *wanted)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], wanted))
      return values[i];

  return NULL;
}

/* Collects one sheet's cells; rows are stored padded to the widest row. */
typedef struct
{
  Sheet     *sheet;
  GPtrArray *cells;
  guint      line;
} RowBuilder;

static void
row_builder_set (RowBuilder *builder,
                 guint       column,
                 const char *text)
{
  while (builder->cells->len <= column)
    g_ptr_array_add (builder->cells, g_strdup (""));

  g_free (g_ptr_array_index (builder->cells, column));
  g_ptr_array_index (builder->cells, column) = g_strdup (text);
}

static void
row_builder_end (RowBuilder *builder)
{
  gboolean empty = TRUE;
  SheetRow *row;

  for (guint i = 0; i < builder->cells->len && empty; i++)
    {
      const char *cell = g_ptr_array_index (builder->cells, i);

      while (g_ascii_isspace (*cell))
        cell++;
      empty = *cell == '\0';
    }

  if (!empty)
    {
      g_ptr_array_add (builder->cells, NULL);
      row = g_new0 (SheetRow, 1);
      row->line = builder->line;
      row->n_fields = builder->cells->len - 1;
      row->fields = (GStrv) g_ptr_array_free (builder->cells, FALSE);
      g_ptr_array_add (builder->sheet->rows, row);
      builder->cells = g_ptr_array_new_with_free_func (g_free);
    }
  else
    {
      g_ptr_array_set_size (builder->cells, 0);
    }
}

static void
pad_sheet (Sheet *sheet)
{
  guint width = 0;

  for (guint i = 0; i < sheet->rows->len; i++)
    width = MAX (width, ((SheetRow *) g_ptr_array_index (sheet->rows, i))->n_fields);

  for (guint i = 0; i < sheet->rows->len; i++)
    {
      SheetRow *row = g_ptr_array_index (sheet->rows, i);

      if (row->n_fields < width)
        {
          row->fields = g_renew (char *, row->fields, width + 1);
          for (guint c = row->n_fields; c < width; c++)
            row->fields[c] = g_strdup ("");
          row->fields[width] = NULL;
          row->n_fields = width;
        }
    }
}

/* .xlsx */

typedef struct
{
  GHashTable *parts;          /* path → GBytes */
  GPtrArray  *shared;         /* shared strings */
  GString    *text;
  gboolean    collecting;
  gboolean    in_phonetic;

  /* workbook.xml and its relationships */
  GPtrArray  *sheet_names;
  GPtrArray  *sheet_ids;
  GHashTable *targets;        /* rId → part path */

  /* a worksheet */
  RowBuilder  row;
  guint       next_row;
  guint       column;
  char       *cell_type;
  gboolean    in_inline;
} Xlsx;

static void
xlsx_clear (Xlsx *xlsx)
{
  g_clear_pointer (&xlsx->parts, g_hash_table_unref);
  g_clear_pointer (&xlsx->shared, g_ptr_array_unref);
  g_clear_pointer (&xlsx->sheet_names, g_ptr_array_unref);
  g_clear_pointer (&xlsx->sheet_ids, g_ptr_array_unref);
  g_clear_pointer (&xlsx->targets, g_hash_table_unref);
  if (xlsx->text != NULL)
    g_string_free (xlsx->text, TRUE);
  g_clear_pointer (&xlsx->row.cells, g_ptr_array_unref);
  g_clear_pointer (&xlsx->cell_type, g_free);
}

static void
xml_text_cb (GMarkupParseContext  *context,
             const char           *text,
             gsize                 text_len,
             gpointer              user_data,
             GError              **error)
{
  Xlsx *xlsx = user_data;

  if (xlsx->collecting && !xlsx->in_phonetic)
    g_string_append_len (xlsx->text, text, text_len);
}

static void
shared_start_cb (GMarkupParseContext  *context,
                 const char           *element_name,
                 const char          **attribute_names,
                 const char          **attribute_values,
                 gpointer              user_data,
                 GError              **error)
{
  Xlsx *xlsx = user_data;
  const char *name = local_name (element_name);

  if (g_str_equal (name, "si"))
    g_string_truncate (xlsx->text, 0);
  else if (g_str_equal (name, "t"))
    xlsx->collecting = TRUE;
  else if (g_str_equal (name, "rPh"))
    xlsx->in_phonetic = TRUE;
}

static void
shared_end_cb (GMarkupParseContext  *context,
               const char           *element_name,
               gpointer              user_data,
               GError              **error)
{
  Xlsx *xlsx = user_data;
  const char *name = local_name (element_name);

  if (g_str_equal (name, "si"))
    g_ptr_array_add (xlsx->shared, g_strdup (xlsx->text->str));
  else if (g_str_equal (name, "t"))
    xlsx->collecting = FALSE;
  else if (g_str_equal (name, "rPh"))
    xlsx->in_phonetic = FALSE;
}

static void
workbook_start_cb (GMarkupParseContext  *context,
                   const char           *element_name,
                   const char          **attribute_names,
                   const char          **attribute_values,
                   gpointer              user_data,
                   GError              **error)
{
  Xlsx *xlsx = user_data;
  const char *name = local_name (element_name);

  if (g_str_equal (name, "sheet"))
    {
      const char *sheet_name = find_attribute (attribute_names, attribute_values, "name");
      const char *id = find_exact_attribute (attribute_names, attribute_values, "r:id");

      if (id == NULL)
        id = find_attribute (attribute_names, attribute_values, "id");

      if (sheet_name != NULL && id != NULL)
        {
          g_ptr_array_add (xlsx->sheet_names, g_strdup (sheet_name));
          g_ptr_array_add (xlsx->sheet_ids, g_strdup (id));
        }
    }
  else if (g_str_equal (name, "Relationship"))
    {
      const char *id = find_attribute (attribute_names, attribute_values, "Id");
      const char *target = find_attribute (attribute_names, attribute_values, "Target");

      if (id != NULL && target != NULL)
        {
          char *path;

          /* Targets are relative to xl/, or absolute within the package. */
          if (target[0] == '/')
            path = g_strdup (target + 1);
          else
            path = g_strconcat ("xl/", target, NULL);
          g_hash_table_insert (xlsx->targets, g_strdup (id), path);
        }
    }
}

/* "AB12" → 27 (zero-based column), or -1. */
static int
column_of_reference (const char *reference)
{
  int column = 0;
  const char *p = reference;

  if (reference == NULL || !g_ascii_isalpha (*p))
    return -1;

  while (g_ascii_isalpha (*p))
    {
      column = column * 26 + (g_ascii_toupper (*p) - 'A' + 1);
      if (column > 16384)
        return -1;
      p++;
    }

  return column - 1;
}

static void
sheet_start_cb (GMarkupParseContext  *context,
                const char           *element_name,
                const char          **attribute_names,
                const char          **attribute_values,
                gpointer              user_data,
                GError              **error)
{
  Xlsx *xlsx = user_data;
  const char *name = local_name (element_name);

  if (g_str_equal (name, "row"))
    {
      const char *r = find_attribute (attribute_names, attribute_values, "r");
      guint64 number = r ? g_ascii_strtoull (r, NULL, 10) : 0;

      xlsx->row.line = number > 0 && number < G_MAXUINT ? (guint) number : xlsx->next_row;
      xlsx->next_row = xlsx->row.line + 1;
      xlsx->column = 0;
      g_ptr_array_set_size (xlsx->row.cells, 0);
    }
  else if (g_str_equal (name, "c"))
    {
      int column = column_of_reference (find_attribute (attribute_names, attribute_values, "r"));

      if (column >= 0)
        xlsx->column = column;
      g_free (xlsx->cell_type);
      xlsx->cell_type = g_strdup (find_attribute (attribute_names, attribute_values, "t"));
      g_string_truncate (xlsx->text, 0);
    }
  else if (g_str_equal (name, "v"))
    {
      xlsx->collecting = TRUE;
    }
  else if (g_str_equal (name, "is"))
    {
      xlsx->in_inline = TRUE;
    }
  else if (g_str_equal (name, "t") && xlsx->in_inline)
    {
      xlsx->collecting = TRUE;
    }
  else if (g_str_equal (name, "rPh"))
    {
      xlsx->in_phonetic = TRUE;
    }
}

static void
sheet_end_cb (GMarkupParseContext  *context,
              const char           *element_name,
              gpointer              user_data,
              GError              **error)
{
  Xlsx *xlsx = user_data;
  const char *name = local_name (element_name);

  if (g_str_equal (name, "v") || g_str_equal (name, "t"))
    {
      xlsx->collecting = FALSE;
    }
  else if (g_str_equal (name, "is"))
    {
      xlsx->in_inline = FALSE;
    }
  else if (g_str_equal (name, "rPh"))
    {
      xlsx->in_phonetic = FALSE;
    }
  else if (g_str_equal (name, "c"))
    {
      const char *value = xlsx->text->str;

      if (g_strcmp0 (xlsx->cell_type, "s") == 0)
        {
          guint64 index = g_ascii_strtoull (value, NULL, 10);

          value = index < xlsx->shared->len ? g_ptr_array_index (xlsx->shared, index) : "";
        }
      else if (g_strcmp0 (xlsx->cell_type, "b") == 0)
        {
          value = g_str_equal (value, "1") ? "TRUE" : "FALSE";
        }

      row_builder_set (&xlsx->row, xlsx->column, value);
      xlsx->column++;
    }
  else if (g_str_equal (name, "row"))
    {
      row_builder_end (&xlsx->row);
    }
}

static gboolean
parse_part (Xlsx              *xlsx,
            const char        *path,
            const GMarkupParser *parser,
            GError           **error)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  GBytes *bytes = g_hash_table_lookup (xlsx->parts, path);
  gsize length;
  const char *data;

  if (bytes == NULL)
    return TRUE;

  data = g_bytes_get_data (bytes, &length);
  context = g_markup_parse_context_new (parser, 0, xlsx, NULL);
  return g_markup_parse_context_parse (context, data, length, error) &&
         g_markup_parse_context_end_parse (context, error);
}

static gboolean
read_zip_parts (Xlsx       *xlsx,
                GBytes     *contents,
                GError    **error)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  gsize length;
  const char *data = g_bytes_get_data (contents, &length);
  gboolean ok = TRUE;
  int rc;

  archive_read_support_format_zip (archive);
  if (archive_read_open_memory (archive, data, length) != ARCHIVE_OK)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, archive_error_string (archive));
      archive_read_free (archive);
      return FALSE;
    }

  while ((rc = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      const char *path = archive_entry_pathname (entry);
      g_autoptr(GByteArray) buffer = NULL;
      char chunk[16384];
      la_ssize_t n;

      if (path == NULL ||
          !(g_str_equal (path, "xl/workbook.xml") || g_str_equal (path, "xl/_rels/workbook.xml.rels") ||
            g_str_equal (path, "xl/sharedStrings.xml") ||
            (g_str_has_prefix (path, "xl/worksheets/") && g_str_has_suffix (path, ".xml"))))
        continue;

      buffer = g_byte_array_new ();
      while ((n = archive_read_data (archive, chunk, sizeof chunk)) > 0)
        {
          if (buffer->len + n > MAX_PART_SIZE)
            {
              n = -1;
              break;
            }
          g_byte_array_append (buffer, (const guint8 *) chunk, n);
        }
      if (n < 0)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               archive_error_string (archive) ? archive_error_string (archive) : path);
          ok = FALSE;
          break;
        }

      g_hash_table_insert (xlsx->parts, g_strdup (path), g_byte_array_free_to_bytes (g_steal_pointer (&buffer)));
    }

  if (ok && rc != ARCHIVE_EOF)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           archive_error_string (archive) ? archive_error_string (archive) : "zip");
      ok = FALSE;
    }

  archive_read_free (archive);
  return ok;
}

static gboolean
read_xlsx (EngageImportTable  *table,
           GBytes             *contents,
           GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  Xlsx xlsx = { 0, };
  const GMarkupParser shared_parser = { shared_start_cb, shared_end_cb, xml_text_cb, NULL, NULL };
  const GMarkupParser workbook_parser = { workbook_start_cb, NULL, NULL, NULL, NULL };
  const GMarkupParser sheet_parser = { sheet_start_cb, sheet_end_cb, xml_text_cb, NULL, NULL };
  gboolean ok = FALSE;

  table->workbook = TRUE;
  table->encoding = g_strdup (_("Excel workbook (.xlsx)"));

  xlsx.parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  xlsx.shared = g_ptr_array_new_with_free_func (g_free);
  xlsx.text = g_string_new (NULL);
  xlsx.sheet_names = g_ptr_array_new_with_free_func (g_free);
  xlsx.sheet_ids = g_ptr_array_new_with_free_func (g_free);
  xlsx.targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  xlsx.row.cells = g_ptr_array_new_with_free_func (g_free);

  if (!read_zip_parts (&xlsx, contents, &local_error) ||
      !parse_part (&xlsx, "xl/sharedStrings.xml", &shared_parser, &local_error) ||
      !parse_part (&xlsx, "xl/workbook.xml", &workbook_parser, &local_error) ||
      !parse_part (&xlsx, "xl/_rels/workbook.xml.rels", &workbook_parser, &local_error))
    goto out;

  if (xlsx.sheet_names->len == 0)
    {
      g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "no sheets");
      goto out;
    }

  for (guint i = 0; i < xlsx.sheet_names->len; i++)
    {
      const char *path = g_hash_table_lookup (xlsx.targets, g_ptr_array_index (xlsx.sheet_ids, i));
      Sheet *sheet = sheet_new (g_ptr_array_index (xlsx.sheet_names, i));

      g_ptr_array_add (table->sheets, sheet);
      if (path == NULL)
        continue;

      xlsx.row.sheet = sheet;
      xlsx.next_row = 1;
      g_string_truncate (xlsx.text, 0);
      if (!parse_part (&xlsx, path, &sheet_parser, &local_error))
        goto out;
      pad_sheet (sheet);
    }

  ok = TRUE;

out:
  xlsx_clear (&xlsx);
  if (!ok)
    _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_UNREADABLE, table, 0, 0,
                              _("The Excel workbook is damaged (%s)."), local_error->message);
  return ok;
}

/* .xls (BIFF) */

static char *
format_double (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* 15 significant digits: what Excel shows, without binary noise. */
  g_ascii_formatd (buffer, sizeof buffer, "%.15g", value);
  return g_strdup (buffer);
}

static gboolean
read_xls (EngageImportTable  *table,
          GBytes             *contents,
          GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;
  const void *handle = NULL;
  unsigned int n_sheets = 0;
  gsize length;
  const char *data = g_bytes_get_data (contents, &length);
  gboolean ok = FALSE;
  int fd, rc;

  table->workbook = TRUE;
  table->encoding = g_strdup (_("Excel 97–2003 workbook (.xls)"));

  /* libfreexl reads from a path only. */
  fd = g_file_open_tmp ("engage-import-XXXXXX.xls", &path, &local_error);
  if (fd < 0)
    goto out;
  ok = g_file_set_contents (path, data, length, &local_error);
  close (fd);
  if (!ok)
    goto out;
  ok = FALSE;

  rc = freexl_open (path, &handle);
  if (rc != FREEXL_OK || freexl_get_info (handle, FREEXL_BIFF_SHEET_COUNT, &n_sheets) != FREEXL_OK)
    {
      g_set_error (&local_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "libfreexl error %d", rc);
      goto out;
    }

  for (unsigned int s = 0; s < n_sheets; s++)
    {
      const char *name = NULL;
      unsigned int rows = 0;
      unsigned short columns = 0;
      RowBuilder builder = { 0, };
      Sheet *sheet;

      if (freexl_get_worksheet_name (handle, s, &name) != FREEXL_OK ||
          freexl_select_active_worksheet (handle, s) != FREEXL_OK ||
          freexl_worksheet_dimensions (handle, &rows, &columns) != FREEXL_OK)
        {
          g_set_error (&local_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "sheet %u", s + 1);
          goto out;
        }

      sheet = sheet_new (name ? name : "");
      g_ptr_array_add (table->sheets, sheet);
      builder.sheet = sheet;
      builder.cells = g_ptr_array_new_with_free_func (g_free);

      for (unsigned int r = 0; r < rows; r++)
        {
          builder.line = r + 1;
          for (unsigned short c = 0; c < columns; c++)
            {
              FreeXL_CellValue value;
              g_autofree char *text = NULL;

              if (freexl_get_cell_value (handle, r, c, &value) != FREEXL_OK)
                continue;

              switch (value.type)
                {
                case FREEXL_CELL_INT:
                  text = g_strdup_printf ("%d", value.value.int_value);
                  break;
                case FREEXL_CELL_DOUBLE:
                  text = format_double (value.value.double_value);
                  break;
                case FREEXL_CELL_TEXT:
                case FREEXL_CELL_SST_TEXT:
                case FREEXL_CELL_DATE:
                case FREEXL_CELL_DATETIME:
                case FREEXL_CELL_TIME:
                  text = g_strdup (value.value.text_value ? value.value.text_value : "");
                  break;
                default:
                  text = g_strdup ("");
                  break;
                }

              if (!g_utf8_validate (text, -1, NULL))
                {
                  g_free (text);
                  text = g_utf8_make_valid (value.value.text_value, -1);
                }
              row_builder_set (&builder, c, text);
            }
          row_builder_end (&builder);
        }

      g_ptr_array_unref (builder.cells);
      pad_sheet (sheet);
    }

  ok = TRUE;

out:
  if (handle != NULL)
    freexl_close (handle);
  if (path != NULL)
    g_unlink (path);
  if (!ok)
    _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_UNREADABLE, table, 0, 0,
                              _("The Excel file is damaged (%s)."), local_error->message);
  return ok;
}

/* XML Spreadsheet 2003 */

typedef struct
{
  EngageImportTable *table;
  RowBuilder         row;
  GString           *text;
  guint              next_row;
  guint              column;
  guint              merge;
  int                data_depth;
  gboolean           in_row;
} XmlSheet;

static guint
attribute_uint (const char **names,
                const char **values,
                const char  *wanted)
{
  const char *value = find_attribute (names, values, wanted);
  guint64 number = value ? g_ascii_strtoull (value, NULL, 10) : 0;

  return number < G_MAXUINT ? (guint) number : 0;
}

static void
xml2003_start_cb (GMarkupParseContext  *context,
                  const char           *element_name,
                  const char          **attribute_names,
                  const char          **attribute_values,
                  gpointer              user_data,
                  GError              **error)
{
  XmlSheet *xml = user_data;
  const char *name = local_name (element_name);

  if (xml->data_depth > 0)
    {
      xml->data_depth++;
      return;
    }

  if (g_str_equal (name, "Worksheet"))
    {
      const char *sheet_name = find_attribute (attribute_names, attribute_values, "Name");

      xml->row.sheet = sheet_new (sheet_name ? sheet_name : "");
      g_ptr_array_add (xml->table->sheets, xml->row.sheet);
      xml->next_row = 1;
    }
  else if (g_str_equal (name, "Row") && xml->row.sheet != NULL)
    {
      guint index = attribute_uint (attribute_names, attribute_values, "Index");

      xml->row.line = index > 0 ? index : xml->next_row;
      xml->next_row = xml->row.line + 1;
      xml->column = 0;
      xml->in_row = TRUE;
      g_ptr_array_set_size (xml->row.cells, 0);
    }
  else if (g_str_equal (name, "Cell") && xml->in_row)
    {
      guint index = attribute_uint (attribute_names, attribute_values, "Index");

      if (index > 0)
        xml->column = index - 1;
      xml->merge = attribute_uint (attribute_names, attribute_values, "MergeAcross");
      g_string_truncate (xml->text, 0);
    }
  else if (g_str_equal (name, "Data") && xml->in_row)
    {
      xml->data_depth = 1;
    }
}

static void
xml2003_end_cb (GMarkupParseContext  *context,
                const char           *element_name,
                gpointer              user_data,
                GError              **error)
{
  XmlSheet *xml = user_data;
  const char *name = local_name (element_name);

  if (xml->data_depth > 0)
    {
      xml->data_depth--;
      return;
    }

  if (g_str_equal (name, "Cell") && xml->in_row)
    {
      row_builder_set (&xml->row, xml->column, xml->text->str);
      xml->column += 1 + xml->merge;
    }
  else if (g_str_equal (name, "Row") && xml->in_row)
    {
      row_builder_end (&xml->row);
      xml->in_row = FALSE;
    }
  else if (g_str_equal (name, "Worksheet") && xml->row.sheet != NULL)
    {
      pad_sheet (xml->row.sheet);
      xml->row.sheet = NULL;
    }
}

static void
xml2003_text_cb (GMarkupParseContext  *context,
                 const char           *text,
                 gsize                 text_len,
                 gpointer              user_data,
                 GError              **error)
{
  XmlSheet *xml = user_data;

  if (xml->data_depth > 0)
    g_string_append_len (xml->text, text, text_len);
}

static gboolean
read_xml2003 (EngageImportTable  *table,
              GBytes             *contents,
              GError            **error)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) local_error = NULL;
  const GMarkupParser parser = { xml2003_start_cb, xml2003_end_cb, xml2003_text_cb, NULL, NULL };
  XmlSheet xml = { 0, };
  gsize length;
  const char *data = g_bytes_get_data (contents, &length);
  gboolean ok;

  table->workbook = TRUE;
  table->encoding = g_strdup (_("XML Spreadsheet 2003"));

  xml.table = table;
  xml.text = g_string_new (NULL);
  xml.row.cells = g_ptr_array_new_with_free_func (g_free);

  /* Leading blanks before the XML declaration are not XML. */
  while (length > 0 && g_ascii_isspace (*data))
    {
      data++;
      length--;
    }

  context = g_markup_parse_context_new (&parser, 0, &xml, NULL);
  ok = g_markup_parse_context_parse (context, data, length, &local_error) &&
       g_markup_parse_context_end_parse (context, &local_error);

  g_string_free (xml.text, TRUE);
  g_ptr_array_unref (xml.row.cells);

  if (!ok)
    {
      int line = 0;

      g_markup_parse_context_get_position (context, &line, NULL);
      _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_UNREADABLE, table, 0, MAX (line, 1),
                                _("The XML spreadsheet is damaged (%s)."), local_error->message);
      return FALSE;
    }

  if (table->sheets->len == 0)
    {
      _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_UNREADABLE, table, 0, 0,
                                _("The XML spreadsheet has no worksheet."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
looks_like_xml2003 (const char *data,
                    gsize       length)
{
  gsize n = MIN (length, 4096);
  g_autofree char *head = g_strndup (data, n);
  const char *p = head;

  if (g_str_has_prefix (p, "\xEF\xBB\xBF"))
    p += 3;
  while (g_ascii_isspace (*p))
    p++;

  return *p == '<' && strstr (p, "urn:schemas-microsoft-com:office:spreadsheet") != NULL;
}

/**
 * _engage_import_table_read:
 * @contents: a file's bytes
 * @file_name: its name for messages
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the file's table, or %NULL with an
 *   %ENGAGE_IMPORT_ERROR naming the file (and line where there is one)
 */
EngageImportTable *
_engage_import_table_read (GBytes      *contents,
                           const char  *file_name,
                           GError     **error)
{
  g_autoptr(EngageImportTable) table = table_new (file_name);
  gsize length;
  const guchar *data = g_bytes_get_data (contents, &length);
  static const guchar zip_magic[] = { 'P', 'K', 3, 4 };
  static const guchar ole_magic[] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
  gboolean ok;

  if (length >= sizeof zip_magic && memcmp (data, zip_magic, sizeof zip_magic) == 0)
    ok = read_xlsx (table, contents, error);
  else if (length >= sizeof ole_magic && memcmp (data, ole_magic, sizeof ole_magic) == 0)
    ok = read_xls (table, contents, error);
  else if (looks_like_xml2003 ((const char *) data, length))
    ok = read_xml2003 (table, contents, error);
  else
    ok = read_csv (table, contents, error);

  return ok ? g_steal_pointer (&table) : NULL;
}
