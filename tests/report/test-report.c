/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "engage-kpi.h"
#include "engage-project.h"
#include "engage-report.h"
#include "engage-report-catalog.h"
#include "engage-sample.h"
#include "engage-section.h"

/* The strategy report of the sample project, read back with pdftotext as a
 * reader (or a search engine) would see it. */

#define TODAY "2026-11-23"

typedef struct
{
  char          *dir;
  EngageProject *project;
} Fixture;

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      g_unlink (child);
    }
  g_rmdir (dir);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char *language = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  GDate today;

  fixture->dir = g_dir_make_tmp ("engage-report-XXXXXX", &error);
  g_assert_no_error (error);

  path = g_build_filename (fixture->dir, "sample.engage", NULL);
  file = g_file_new_for_path (path);
  fixture->project = engage_project_create (file, "Sample", &error);
  g_assert_no_error (error);
  g_assert_true (engage_iso_date_parse (TODAY, &today));
  g_assert_true (engage_sample_fill (fixture->project, language, &today, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  engage_project_close (fixture->project);
  g_clear_object (&fixture->project);
  remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static EngageReport *
new_report (Fixture *fixture)
{
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  EngageReport *report;
  GDate today;

  g_assert_true (engage_iso_date_parse (TODAY, &today));
  engage_report_get_default_range (fixture->project, &today, &from, &to);
  report = engage_report_new (fixture->project, from, to);
  engage_report_set_today (report, &today);

  return report;
}

/* Whitespace of any kind and length as one space, so that a title broken over
 * two lines of the PDF still matches. */
static char *
normalize_space (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The PDF's text, or NULL (and the test skipped) without pdftotext. */
static char *
pdf_text (const char *pdf)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status = 0;
  const char *argv[] = { NULL, "-enc", "UTF-8", pdf, "-", NULL };

  if (program == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return NULL;
    }

  argv[0] = program;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return normalize_space (out);
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  g_autofree char *normal = normalize_space (needle);

  if (strstr (text, normal) == NULL)
    g_error ("The report does not contain “%s”", normal);
}

static char *
write_report (Fixture      *fixture,
              EngageReport *report)
{
  g_autofree char *path = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (engage_report_write_pdf (report, out, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpuint (length, >, 10000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  return g_steal_pointer (&path);
}

static void
assert_project_content (Fixture    *fixture,
                        const char *text)
{
  g_autoptr(GListModel) kpis = engage_project_list_kpis (fixture->project);
  g_autoptr(GListModel) sections = engage_project_list_sections (fixture->project);

  assert_contains (text, engage_project_get_name (fixture->project));
  assert_contains (text, engage_project_get_client (fixture->project));
  assert_contains (text, "NPS");

  g_assert_cmpuint (g_list_model_get_n_items (kpis), >=, 5);
  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(EngageKpi) kpi = g_list_model_get_item (kpis, i);

      assert_contains (text, engage_kpi_get_name (kpi));
    }

  g_assert_cmpuint (g_list_model_get_n_items (sections), >=, 10);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(EngageSection) section = g_list_model_get_item (sections, i);

      assert_contains (text, engage_section_get_title (section));
    }
}

static void
test_sample_en (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(EngageReport) report = new_report (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  g_assert_true (engage_report_build (report, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_report_get_language (report), ==, "en");
  /* Cover, summary, goals, NPS, engagement, mix, plan and the guideline's pages. */
  g_assert_cmpuint (engage_report_get_n_pages (report), >=, 12);

  path = write_report (fixture, report);
  text = pdf_text (path);
  if (text == NULL)
    return;

  assert_project_content (fixture, text);
  assert_contains (text, "Summary");
  assert_contains (text, "Engagement rate (interactions per reach)");
  assert_contains (text, "23 November 2026");
  {
    g_autofree char *last = g_strdup_printf ("Page %u of %u", engage_report_get_n_pages (report),
                                             engage_report_get_n_pages (report));

    assert_contains (text, last);
  }
  /* The cover has no page number. */
  g_assert_null (strstr (text, "Page 1 of"));
}

static void
test_sample_de (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(EngageReport) report = new_report (fixture);
  g_autoptr(EngageReportCatalog) catalog = engage_report_catalog_new ("de");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  g_assert_true (engage_report_build (report, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_report_get_language (report), ==, "de");

  path = write_report (fixture, report);
  text = pdf_text (path);
  if (text == NULL)
    return;

  /* The sample's own German: its guideline, KPIs and project name. */
  assert_project_content (fixture, text);

  /* The report's texts need the German catalogue built from po/de.po. */
  if (g_str_equal (engage_report_catalog_gettext (catalog, "Summary"), "Summary"))
    {
      g_test_message ("The German catalogue lacks the report's texts; checked only the sample's German");
      return;
    }

  /* The translations as the catalogue has them, which may be reworded over
   * time; that they are German and in the PDF is what counts. */
  {
    const char *summary = engage_report_catalog_gettext (catalog, "Summary");
    const char *rate = engage_report_catalog_gettext (catalog, "Engagement rate (interactions per reach)");
    g_autofree char *page = g_strdup_printf (engage_report_catalog_gettext (catalog, "Page %u of %u"), 2,
                                             engage_report_get_n_pages (report));
    g_autofree char *date = NULL;
    GDate today;

    g_assert_true (engage_iso_date_parse (TODAY, &today));
    date = engage_report_catalog_format_date (catalog, &today, ENGAGE_REPORT_DATE_LONG);

    g_assert_cmpstr (summary, ==, "Zusammenfassung");
    g_assert_true (g_str_has_prefix (page, "Seite 2 "));
    g_assert_cmpstr (date, ==, "23. November 2026");
    g_assert_cmpstr (rate, !=, "Engagement rate (interactions per reach)");

    assert_contains (text, summary);
    assert_contains (text, page);
    assert_contains (text, date);
    assert_contains (text, rate);
  }
  g_assert_null (strstr (text, "Summary"));
  g_assert_null (strstr (text, "Page 2 of"));
}

static guint
count_ink (cairo_surface_t *surface)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint ink = 0;

  cairo_surface_flush (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      if ((((const guint32 *) (gconstpointer) (data + y * stride))[x] & 0xffffff) != 0xffffff)
        ink++;

  return ink;
}

/* A print operation paints pages one by one onto its own cairo_t and size. */
static void
test_paint_page (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(EngageReport) report = new_report (fixture);
  g_autoptr(GError) error = NULL;
  double width, height;

  g_assert_true (engage_report_build (report, NULL, &error));
  g_assert_no_error (error);
  engage_report_get_page_size (&width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.276, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);

  for (guint page = 0; page < engage_report_get_n_pages (report); page++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 298, 421);
      cairo_t *cr = cairo_create (surface);
      guint ink;

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      engage_report_paint_page (report, cr, page, 298, 421);
      ink = count_ink (surface);

      /* Every page has something on it, and none is a solid block. */
      g_assert_cmpuint (ink, >, 500);
      g_assert_cmpuint (ink, <, 298 * 421 / 2);

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

static void
test_cancel_leaves_no_file (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "cancelled.pdf", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_cancellable_cancel (cancellable);
  g_assert_false (engage_report_write (fixture->project, out, NULL, NULL, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  /* Only the project (and its journal) is left: no report, no temporary file. */
  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_true (g_str_has_prefix (name, "sample.engage"));
}

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  GArray *fractions = user_data;

  g_array_append_val (fractions, fraction);
}

static void
test_write_reports_progress (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "progress.pdf", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (path);
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "an older report", -1, &error));
  g_assert_true (engage_report_write (fixture->project, out, NULL, NULL, record_progress, fractions, NULL,
                                      &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpuint (fractions->len, >, 5);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=, g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
}

static void
test_missing_folder (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "no-such-folder", "report.pdf", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (engage_report_write (fixture->project, out, NULL, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
}

static void
test_empty_period (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) from = g_date_time_new_utc (2020, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_utc (2020, 2, 1, 0, 0, 0);
  g_autoptr(EngageReport) report = engage_report_new (fixture->project, from, to);
  g_autoptr(GError) error = NULL;

  /* Nothing happened then: the report still has every chapter, saying so. */
  g_assert_true (engage_report_build (report, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (engage_report_get_n_pages (report), >=, 8);
}

static void
test_empty_project (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("engage-report-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "empty.engage", NULL);
  g_autofree char *pdf = g_build_filename (dir, "empty.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) out = g_file_new_for_path (pdf);
  g_autoptr(EngageProject) project = NULL;
  g_autoptr(EngageReport) report = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  project = engage_project_create (file, "Blank Strategy", &error);
  g_assert_no_error (error);
  g_assert_true (engage_project_set_details (project, "Blank Strategy", "", "Europe/Berlin", "en",
                                             ENGAGE_ENGAGEMENT_BASIS_REACH, &error));
  g_assert_no_error (error);

  /* A new project has nothing to measure yet: the report says so and does not fail. */
  report = engage_report_new (project, NULL, NULL);
  g_assert_true (engage_report_build (report, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (engage_report_get_n_pages (report), >=, 3);
  g_assert_true (engage_report_write_pdf (report, out, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  text = pdf_text (pdf);
  if (text != NULL)
    {
      assert_contains (text, "Blank Strategy");
      assert_contains (text, "The project has no KPIs yet.");
      assert_contains (text, "No posts are planned in this period.");
    }

  engage_project_close (project);
  g_clear_object (&report);
  remove_dir (dir);
}

static void
test_reversed_period (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GDateTime) from = g_date_time_new_utc (2026, 2, 1, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_utc (2026, 1, 1, 0, 0, 0);
  g_autoptr(EngageReport) report = engage_report_new (fixture->project, from, to);
  g_autoptr(GError) error = NULL;

  g_assert_false (engage_report_build (report, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

static void
test_default_range (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GDateTime) local_from = NULL;
  g_autoptr(GDateTime) local_to = NULL;
  GTimeZone *zone = engage_project_get_tz (fixture->project);
  GDate today;

  g_assert_true (engage_iso_date_parse (TODAY, &today));
  engage_report_get_default_range (fixture->project, &today, &from, &to);

  /* Twelve weeks up to today and four weeks after it, midnight to midnight in
   * the project's time zone (Berlin, not the tests' UTC). */
  local_from = g_date_time_to_timezone (from, zone);
  local_to = g_date_time_to_timezone (to, zone);
  g_assert_cmpint (g_date_time_get_year (local_from), ==, 2026);
  g_assert_cmpint (g_date_time_get_month (local_from), ==, 9);
  g_assert_cmpint (g_date_time_get_day_of_month (local_from), ==, 1);
  g_assert_cmpint (g_date_time_get_hour (local_from), ==, 0);
  g_assert_cmpint (g_date_time_get_month (local_to), ==, 12);
  g_assert_cmpint (g_date_time_get_day_of_month (local_to), ==, 22);
  g_assert_cmpint (g_date_time_get_hour (local_to), ==, 0);
  g_assert_cmpint (g_date_time_get_utc_offset (local_to) / G_TIME_SPAN_HOUR, ==, 1);
}

/* Catalogue */

static void
test_catalog_formats (void)
{
  g_autoptr(EngageReportCatalog) catalog = engage_report_catalog_new ("en");
  g_autofree char *big = engage_report_catalog_format_number (catalog, 12500.5, 1);
  g_autofree char *four = engage_report_catalog_format_number (catalog, 1400, 0);
  g_autofree char *negative = engage_report_catalog_format_number (catalog, -3, 0);
  g_autofree char *zero = engage_report_catalog_format_number (catalog, -0.04, 1);
  g_autofree char *signed_value = engage_report_catalog_format_signed (catalog, 38, 0);
  g_autofree char *missing = engage_report_catalog_format_number (catalog, NAN, 1);
  g_autofree char *long_date = NULL;
  g_autofree char *day = NULL;
  g_autofree char *time = engage_report_catalog_format_time (catalog, 17, 5);
  GDate date;

  g_assert_cmpstr (big, ==, "12,500.5");
  g_assert_cmpstr (four, ==, "1,400");
  g_assert_cmpstr (negative, ==, "−3");
  g_assert_cmpstr (zero, ==, "0.0");
  g_assert_cmpstr (signed_value, ==, "+38");
  g_assert_cmpstr (missing, ==, "–");

  g_assert_true (engage_iso_date_parse ("2026-11-23", &date));
  long_date = engage_report_catalog_format_date (catalog, &date, ENGAGE_REPORT_DATE_LONG);
  day = engage_report_catalog_format_date (catalog, &date, ENGAGE_REPORT_DATE_DAY);
  g_assert_cmpstr (long_date, ==, "23 November 2026");
  g_assert_cmpstr (day, ==, "Mon 23 Nov");
  g_assert_cmpstr (time, ==, "5:05 pm");
}

static void
put_u32 (GByteArray *bytes,
         guint32     value)
{
  g_byte_array_append (bytes, (const guint8 *) &value, sizeof value);
}

/* A .mo file as msgfmt writes it (without the optional hash table). */
static GBytes *
build_mo (const char * const *pairs,
          guint               n_pairs)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GString) strings = g_string_new (NULL);
  guint32 header = 28, table = 8 * n_pairs;
  guint32 offset = header + 2 * table;

  put_u32 (bytes, 0x950412de);
  put_u32 (bytes, 0);
  put_u32 (bytes, n_pairs);
  put_u32 (bytes, header);
  put_u32 (bytes, header + table);
  put_u32 (bytes, 0);
  put_u32 (bytes, 0);

  for (guint column = 0; column < 2; column++)
    for (guint i = 0; i < n_pairs; i++)
      {
        const char *text = pairs[2 * i + column];

        put_u32 (bytes, strlen (text));
        put_u32 (bytes, offset + strings->len);
        g_string_append_len (strings, text, strlen (text) + 1);
      }

  g_byte_array_append (bytes, (const guint8 *) strings->str, strings->len);
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

static void
test_catalog_reads_mo (void)
{
  const char *pairs[] = {
    "", "Content-Type: text/plain; charset=UTF-8\n",
    "Summary", "Zusammenfassung",
    "decimal separator\004.", ",",
    "thousands separator\004,", ".",
    "month\004November", "November",
    "date pattern\004{day} {month} {year}", "{day}. {month} {year}",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("engage-locale-XXXXXX", &error);
  g_autofree char *messages = g_build_filename (dir, "xx", "LC_MESSAGES", NULL);
  g_autofree char *mo = g_build_filename (messages, GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *previous = g_strdup (bindtextdomain (GETTEXT_PACKAGE, NULL));
  g_autoptr(GBytes) bytes = build_mo (pairs, G_N_ELEMENTS (pairs) / 2);
  g_autoptr(EngageReportCatalog) catalog = NULL;
  g_autoptr(EngageReportCatalog) unknown = NULL;
  g_autofree char *number = NULL;
  g_autofree char *date_text = NULL;
  GDate date;

  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir_with_parents (messages, 0700), ==, 0);
  g_assert_true (g_file_set_contents (mo, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error));

  bindtextdomain (GETTEXT_PACKAGE, dir);
  /* A regional variant falls back to the language, as with gettext. */
  catalog = engage_report_catalog_new ("xx_YY.UTF-8");
  unknown = engage_report_catalog_new ("zz");
  bindtextdomain (GETTEXT_PACKAGE, previous);

  g_assert_true (engage_report_catalog_is_translated (catalog));
  g_assert_cmpstr (engage_report_catalog_gettext (catalog, "Summary"), ==, "Zusammenfassung");
  g_assert_cmpstr (engage_report_catalog_gettext (catalog, "Contents"), ==, "Contents");
  g_assert_cmpstr (engage_report_catalog_pgettext (catalog, "month", "November"), ==, "November");
  number = engage_report_catalog_format_number (catalog, 12500.25, 2);
  g_assert_cmpstr (number, ==, "12.500,25");
  g_assert_true (engage_iso_date_parse ("2026-11-23", &date));
  date_text = engage_report_catalog_format_date (catalog, &date, ENGAGE_REPORT_DATE_LONG);
  g_assert_cmpstr (date_text, ==, "23. November 2026");

  g_assert_false (engage_report_catalog_is_translated (unknown));
  g_assert_cmpstr (engage_report_catalog_gettext (unknown, "Summary"), ==, "Summary");

  g_unlink (mo);
  g_rmdir (messages);
  {
    g_autofree char *xx = g_build_filename (dir, "xx", NULL);

    g_rmdir (xx);
  }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("ENGAGE_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, language, func) \
  g_test_add ("/report/report/" path, Fixture, language, fixture_set_up, func, fixture_tear_down)

  ADD ("sample-en", "en", test_sample_en);
  ADD ("sample-de", "de", test_sample_de);
  ADD ("paint-page", "en", test_paint_page);
  ADD ("cancel-leaves-no-file", "en", test_cancel_leaves_no_file);
  ADD ("progress", "en", test_write_reports_progress);
  ADD ("missing-folder", "en", test_missing_folder);
  ADD ("empty-period", "en", test_empty_period);
  ADD ("reversed-period", "en", test_reversed_period);
  ADD ("default-range", "de", test_default_range);

#undef ADD

  g_test_add_func ("/report/report/empty-project", test_empty_project);
  g_test_add_func ("/report/catalog/formats", test_catalog_formats);
  g_test_add_func ("/report/catalog/reads-mo", test_catalog_reads_mo);

  return g_test_run ();
}
