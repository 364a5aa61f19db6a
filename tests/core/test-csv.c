/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-test-csv"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "engage-csv.h"

/* CSV primitives: the encodings spreadsheets save in, RFC 4180 quoting, line
 * numbers of records, formula neutralizing and files written whole or not at all. */

static char *
decode (const char        *data,
        gsize              length,
        EngageCsvEncoding *encoding)
{
  g_autoptr(GError) error = NULL;
  char *text = engage_csv_decode (data, length, encoding, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

static void
test_decode_utf8 (void)
{
  EngageCsvEncoding encoding;
  g_autofree char *plain = decode ("Kanal;Bäckerei", strlen ("Kanal;Bäckerei"), &encoding);
  g_autofree char *bom = NULL;

  g_assert_cmpstr (plain, ==, "Kanal;Bäckerei");
  g_assert_cmpint (encoding, ==, ENGAGE_CSV_ENCODING_UTF8);

  bom = decode ("\xEF\xBB\xBFKanal;Bäckerei", strlen ("\xEF\xBB\xBFKanal;Bäckerei"), &encoding);
  g_assert_cmpstr (bom, ==, "Kanal;Bäckerei");
  g_assert_cmpint (encoding, ==, ENGAGE_CSV_ENCODING_UTF8_BOM);
}

static void
test_decode_utf16 (void)
{
  const char *text = "Datum\tKanal\r\n03.03.2026\tBäckerei 😀\r\n";
  const char *charsets[] = { "UTF-16LE", "UTF-16BE" };
  const char boms[][2] = { { '\xFF', '\xFE' }, { '\xFE', '\xFF' } };
  const EngageCsvEncoding expected[] = { ENGAGE_CSV_ENCODING_UTF16LE, ENGAGE_CSV_ENCODING_UTF16BE };

  for (guint i = 0; i < G_N_ELEMENTS (charsets); i++)
    {
      gsize length = 0;
      g_autofree char *raw = g_convert (text, -1, charsets[i], "UTF-8", NULL, &length, NULL);
      g_autofree char *with_bom = g_malloc (length + 2);
      g_autofree char *decoded = NULL;
      g_autofree char *decoded_without_bom = NULL;
      EngageCsvEncoding encoding;

      g_assert_nonnull (raw);
      memcpy (with_bom, boms[i], 2);
      memcpy (with_bom + 2, raw, length);

      decoded = decode (with_bom, length + 2, &encoding);
      g_assert_cmpstr (decoded, ==, text);
      g_assert_cmpint (encoding, ==, expected[i]);

      /* Without a byte order mark, the zero bytes give it away. */
      decoded_without_bom = decode (raw, length, &encoding);
      g_assert_cmpstr (decoded_without_bom, ==, text);
      g_assert_cmpint (encoding, ==, expected[i]);
    }
}

static void
test_decode_windows_1252 (void)
{
  /* "Müller;€ 5;„Brot“" as Excel on a German Windows saves it. */
  const char data[] = "M\xFCller;\x80 5;\x84" "Brot\x93";
  EngageCsvEncoding encoding;
  g_autofree char *text = decode (data, strlen (data), &encoding);

  g_assert_cmpstr (text, ==, "Müller;€ 5;„Brot“");
  g_assert_cmpint (encoding, ==, ENGAGE_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpstr (engage_csv_encoding_get_name (encoding), ==, "Windows-1252");
}

static void
test_decode_refused (void)
{
  g_autoptr(GError) error = NULL;
  /* Zero bytes, but not in the pattern of UTF-16 text. */
  const char data[] = { 'a', '\0', '\0', 'b', 'c', '\0', '\0', '\0', 'd', 'e' };
  char *text = engage_csv_decode (data, sizeof data, NULL, &error);

  g_assert_null (text);
  g_assert_error (error, ENGAGE_CSV_ERROR, ENGAGE_CSV_ERROR_ENCODING);
}

static void
test_detect_delimiter (void)
{
  g_assert_cmpint (engage_csv_detect_delimiter ("Date,Time,Channel\r\n1;2;3;4;5\r\n"), ==, ',');
  g_assert_cmpint (engage_csv_detect_delimiter ("Datum;Uhrzeit;Kanal\n"), ==, ';');
  g_assert_cmpint (engage_csv_detect_delimiter ("Date\tTime\tTitle, long\n"), ==, '\t');
  /* Separators inside quotes do not count. */
  g_assert_cmpint (engage_csv_detect_delimiter ("\"a;b;c;d\",x,y\n"), ==, ',');
  g_assert_cmpint (engage_csv_detect_delimiter ("Title\n"), ==, ',');
}

typedef struct
{
  guint        line;
  const char  *fields[4];
} ExpectedRecord;

static void
assert_records (const char           *text,
                char                  delimiter,
                const ExpectedRecord *expected,
                guint                 n_expected)
{
  g_autoptr(EngageCsvReader) reader = engage_csv_reader_new (text, delimiter);
  g_autoptr(GError) error = NULL;
  guint n = 0;
  guint line;
  GStrv fields;

  while (engage_csv_reader_next (reader, &fields, &line, &error))
    {
      g_auto(GStrv) owned = fields;

      g_assert_cmpuint (n, <, n_expected);
      g_assert_cmpuint (line, ==, expected[n].line);
      g_assert_cmpuint (g_strv_length (owned), ==, g_strv_length ((GStrv) expected[n].fields));
      for (guint i = 0; owned[i] != NULL; i++)
        g_assert_cmpstr (owned[i], ==, expected[n].fields[i]);
      n++;
    }

  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, n_expected);
}

static void
test_reader_quoting (void)
{
  const ExpectedRecord expected[] = {
    { 1, { "Title", "Text", "Notes", NULL } },
    { 2, { "Quote", "He said \"hi\"", "a;b", NULL } },
    { 3, { "", "", "", NULL } },
    { 4, { "Last", "no newline at end", "", NULL } },
  };

  assert_records ("Title;Text;Notes\r\n"
                  "Quote;\"He said \"\"hi\"\"\";\"a;b\"\r\n"
                  ";;\r\n"
                  "Last;no newline at end;",
                  ';', expected, G_N_ELEMENTS (expected));
}

static void
test_reader_quoted_newlines (void)
{
  const ExpectedRecord expected[] = {
    { 1, { "Date", "Text", NULL } },
    { 2, { "2026-03-03", "First line\nsecond line\nthird line", NULL } },
    { 5, { "2026-03-04", "one", NULL } },
    { 7, { "2026-03-05", "two", NULL } },
  };

  /* CRLF, LF and CR inside quotes all become "\n" and count as lines; the empty
   * line 6 is skipped. */
  assert_records ("Date,Text\r\n"
                  "2026-03-03,\"First line\r\nsecond line\nthird line\"\r\n"
                  "2026-03-04,one\n"
                  "\n"
                  "2026-03-05,two\r\n",
                  ',', expected, G_N_ELEMENTS (expected));
}

static void
test_reader_errors (void)
{
  struct {
    const char *text;
    int         code;
    guint       line;
  } cases[] = {
    { "a,b\r\nc,\"never\r\nclosed\r\n", ENGAGE_CSV_ERROR_UNCLOSED_QUOTE, 2 },
    { "a,b\r\n\"x\"y,z\r\n", ENGAGE_CSV_ERROR_TEXT_AFTER_QUOTE, 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(EngageCsvReader) reader = engage_csv_reader_new (cases[i].text, ',');
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) first = NULL;
      GStrv fields = NULL;
      guint line = 0;

      g_assert_true (engage_csv_reader_next (reader, &first, &line, &error));
      g_assert_false (engage_csv_reader_next (reader, &fields, &line, &error));
      g_assert_error (error, ENGAGE_CSV_ERROR, cases[i].code);
      g_assert_cmpuint (line, ==, cases[i].line);
      g_assert_null (fields);

      /* The reader stops after a failure. */
      g_clear_error (&error);
      g_assert_false (engage_csv_reader_next (reader, NULL, NULL, &error));
      g_assert_no_error (error);
    }
}

static void
test_neutralize (void)
{
  const struct {
    const char *value;
    gboolean    neutralized;
  } cases[] = {
    { "=HYPERLINK(\"http://x\",\"y\")", TRUE },
    { "+49 7032 12345", TRUE },
    { "-5", TRUE },
    { "@channel", TRUE },
    { "\tindented", TRUE },
    { "\rhidden", TRUE },
    /* Text that starts with quotes before a trigger gets one more, so that
     * taking one off on import gives it back. */
    { "'=already quoted", TRUE },
    { "''=twice", TRUE },
    { "'plain", FALSE },
    { "'", FALSE },
    { "plain", FALSE },
    { "", FALSE },
    { "a=b", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *safe = engage_csv_neutralize (cases[i].value);

      g_assert_cmpstr (engage_csv_unneutralize (safe), ==, cases[i].value);
      if (cases[i].neutralized)
        {
          g_assert_cmpint (safe[0], ==, '\'');
          g_assert_cmpstr (safe + 1, ==, cases[i].value);
        }
      else
        g_assert_cmpstr (safe, ==, cases[i].value);
    }
}

static void
test_writer (void)
{
  g_autoptr(EngageCsvWriter) writer = engage_csv_writer_new (';', ',');
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;
  const char expected[] =
    "\xEF\xBB\xBF"
    "Titel;Text;Zahl\r\n"
    "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\";\"Zeile 1\nZeile 2; mit Semikolon\";-3,50\r\n"
    "\" leading blank\";;1234,0\r\n";

  engage_csv_writer_add_text (writer, "Titel");
  engage_csv_writer_add_text (writer, "Text");
  engage_csv_writer_add_text (writer, "Zahl");
  engage_csv_writer_end_record (writer);
  engage_csv_writer_add_text (writer, "=HYPERLINK(\"http://x\",\"y\")");
  engage_csv_writer_add_text (writer, "Zeile 1\nZeile 2; mit Semikolon");
  engage_csv_writer_add_number (writer, -3.5, 2);
  engage_csv_writer_end_record (writer);
  engage_csv_writer_add_text (writer, " leading blank");
  engage_csv_writer_add_text (writer, NULL);
  engage_csv_writer_add_number (writer, 1234, 1);
  engage_csv_writer_end_record (writer);

  bytes = engage_csv_writer_free_to_bytes (g_steal_pointer (&writer));
  data = g_bytes_get_data (bytes, &length);
  g_assert_cmpmem (data, length, expected, strlen (expected));
}

static void
test_writer_reader_round_trip (void)
{
  const char *cells[] = {
    "=SUM(A1:A3)", "Bäckerei „Hägele“", "two\nlines", "quote \"inside\"", "", "tab\there", "x,y;z",
  };
  const char delimiters[] = { ',', ';', '\t' };

  for (guint d = 0; d < G_N_ELEMENTS (delimiters); d++)
    {
      g_autoptr(EngageCsvWriter) writer = engage_csv_writer_new (delimiters[d], '.');
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(EngageCsvReader) reader = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      g_auto(GStrv) fields = NULL;
      gsize length;
      const char *data;

      for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
        engage_csv_writer_add_text (writer, cells[i]);
      engage_csv_writer_end_record (writer);
      bytes = engage_csv_writer_free_to_bytes (g_steal_pointer (&writer));

      data = g_bytes_get_data (bytes, &length);
      text = engage_csv_decode (data, length, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (engage_csv_detect_delimiter (text), ==, delimiters[d]);

      reader = engage_csv_reader_new (text, delimiters[d]);
      g_assert_true (engage_csv_reader_next (reader, &fields, NULL, &error));
      g_assert_cmpuint (g_strv_length (fields), ==, G_N_ELEMENTS (cells));
      for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
        g_assert_cmpstr (engage_csv_unneutralize (fields[i]), ==, cells[i]);
    }
}

static void
test_write_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("engage-test-csv-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "plan.csv", NULL);
  g_autofree char *missing_path = g_build_filename (dir, "no-such-folder", "plan.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(GBytes) first = g_bytes_new_static ("first", 5);
  g_autoptr(GBytes) second = g_bytes_new_static ("second", 6);
  g_autoptr(GDir) handle = NULL;
  g_autofree char *contents = NULL;
  const char *name;
  guint n_files = 0;

  g_assert_no_error (error);

  g_assert_true (engage_csv_write_file (file, first, &error));
  g_assert_no_error (error);
  g_assert_true (engage_csv_write_file (file, second, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "second");

  g_assert_false (engage_csv_write_file (missing, first, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "plan.csv"));

  /* No temporary file is left behind. */
  handle = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      g_assert_cmpstr (name, ==, "plan.csv");
      n_files++;
      g_unlink (child);
    }
  g_assert_cmpuint (n_files, ==, 1);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/csv/decode-utf8", test_decode_utf8);
  g_test_add_func ("/core/csv/decode-utf16", test_decode_utf16);
  g_test_add_func ("/core/csv/decode-windows-1252", test_decode_windows_1252);
  g_test_add_func ("/core/csv/decode-refused", test_decode_refused);
  g_test_add_func ("/core/csv/detect-delimiter", test_detect_delimiter);
  g_test_add_func ("/core/csv/reader-quoting", test_reader_quoting);
  g_test_add_func ("/core/csv/reader-quoted-newlines", test_reader_quoted_newlines);
  g_test_add_func ("/core/csv/reader-errors", test_reader_errors);
  g_test_add_func ("/core/csv/neutralize", test_neutralize);
  g_test_add_func ("/core/csv/writer", test_writer);
  g_test_add_func ("/core/csv/writer-reader-round-trip", test_writer_reader_round_trip);
  g_test_add_func ("/core/csv/write-file", test_write_file);

  return g_test_run ();
}
