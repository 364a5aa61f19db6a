/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "engage-chart-export.h"
#include "engage-line-chart.h"

/* The export writes files other programs open: check them as those would. */

static void
paint_line (cairo_t                *cr,
            const EngageChartStyle *style,
            double                  width,
            double                  height,
            gpointer                user_data)
{
  engage_line_chart_paint (cr, user_data, style, width, height);
}

static void
init_chart (EngageLineChartData *data,
            EngageLineSeries    *series,
            EngageChartPoint    *points)
{
  for (guint i = 0; i < 30; i++)
    points[i] = (EngageChartPoint) { 20700 + i * 7, 3 + (i % 5) * 0.4 };

  *series = (EngageLineSeries) { "Instagram", points, 30, { 0 }, ENGAGE_CHART_DASH_SOLID,
                                 ENGAGE_CHART_MARKER_CIRCLE, TRUE };
  engage_line_chart_data_init (data);
  data->title = "Engagement rate <per week> & more";
  data->y_unit = "%";
  data->series = series;
  data->n_series = 1;
}

static char *
export (const char            *dir,
        const char            *name,
        EngageChartFileFormat  format,
        double                 width,
        double                 height)
{
  EngageLineChartData data;
  EngageLineSeries series;
  EngageChartPoint points[30];
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  init_chart (&data, &series, points);
  g_assert_true (engage_chart_export (path, format, width, height, NULL, paint_line, &data, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_format_from_path (void)
{
  EngageChartFileFormat format;

  g_assert_true (engage_chart_file_format_from_path ("chart.png", &format));
  g_assert_cmpint (format, ==, ENGAGE_CHART_FILE_PNG);
  g_assert_true (engage_chart_file_format_from_path ("/tmp/a.b/Chart.SVG", &format));
  g_assert_cmpint (format, ==, ENGAGE_CHART_FILE_SVG);
  g_assert_true (engage_chart_file_format_from_path ("kpi:3.pdf", &format));
  g_assert_cmpint (format, ==, ENGAGE_CHART_FILE_PDF);
  g_assert_false (engage_chart_file_format_from_path ("chart.jpeg", &format));
  g_assert_false (engage_chart_file_format_from_path ("/tmp/a.png/chart", &format));
  g_assert_false (engage_chart_file_format_from_path ("png", &format));
  g_assert_cmpstr (engage_chart_file_format_get_extension (ENGAGE_CHART_FILE_PDF), ==, "pdf");
}

static guint32
read_be32 (const guint8 *data)
{
  return ((guint32) data[0] << 24) | ((guint32) data[1] << 16) | ((guint32) data[2] << 8) | data[3];
}

static void
test_png (void)
{
  g_autofree char *dir = g_dir_make_tmp ("engage-export-XXXXXX", NULL);
  g_autofree char *path = export (dir, "chart.png", ENGAGE_CHART_FILE_PNG, 640, 360);
  g_autofree char *contents = NULL;
  gsize length;
  const guint8 *bytes;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  bytes = (const guint8 *) contents;
  g_assert_cmpuint (length, >, 33);
  g_assert_cmpmem (bytes, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (bytes + 12, 4, "IHDR", 4);
  g_assert_cmpuint (read_be32 (bytes + 16), ==, 640);
  g_assert_cmpuint (read_be32 (bytes + 20), ==, 360);

  /* Nothing but the picture is left in the folder. */
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    guint n = 0;

    while (g_dir_read_name (listing) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 1);
  }

  g_unlink (path);
  g_rmdir (dir);
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element_name,
               const char          **attribute_names,
               const char          **attribute_values,
               gpointer              user_data,
               GError              **error)
{
  guint *n_svg = user_data;

  (void) context;
  (void) attribute_names;
  (void) attribute_values;
  (void) error;

  if (g_str_equal (element_name, "svg"))
    (*n_svg)++;
}

static void
test_svg (void)
{
  g_autofree char *dir = g_dir_make_tmp ("engage-export-XXXXXX", NULL);
  g_autofree char *path = export (dir, "chart.svg", ENGAGE_CHART_FILE_SVG, 640, 360);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GMarkupParser parser = { start_element, NULL, NULL, NULL, NULL };
  GMarkupParseContext *context;
  gsize length;
  guint n_svg = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "<?xml"));
  g_assert_nonnull (strstr (contents, "width=\"640\""));

  /* Well-formed XML: the whole file parses, one <svg> root. */
  context = g_markup_parse_context_new (&parser, 0, &n_svg, NULL);
  g_assert_true (g_markup_parse_context_parse (context, contents, length, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_markup_parse_context_free (context);
  g_assert_cmpuint (n_svg, ==, 1);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_pdf (void)
{
  g_autofree char *dir = g_dir_make_tmp ("engage-export-XXXXXX", NULL);
  g_autofree char *path = export (dir, "chart.pdf", ENGAGE_CHART_FILE_PDF, 640, 360);
  g_autofree char *contents = NULL;
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* The trailer closes the file; the streams before it hold binary data. */
  g_assert_cmpuint (length, >, 64);
  g_assert_nonnull (g_strstr_len (contents + length - 32, 32, "%%EOF"));

  if (pdfinfo != NULL)
    {
      const char *argv[] = { pdfinfo, path, NULL };
      g_autofree char *out = NULL;
      g_autoptr(GError) error = NULL;
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                                   &out, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_true (g_regex_match_simple ("^Pages:\\s+1$", out, G_REGEX_MULTILINE, 0));
      g_assert_true (g_regex_match_simple ("^Page size:\\s+640 x 360 pts", out, G_REGEX_MULTILINE, 0));
    }
  else
    g_test_message ("pdfinfo is not installed; checked the header only");

  g_unlink (path);
  g_rmdir (dir);
}

/* A failed export names the file and leaves what was there alone. */
static void
test_failure_keeps_old_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("engage-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "chart.png", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  EngageLineChartData data;

  engage_line_chart_data_init (&data);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));

  g_assert_false (engage_chart_export (path, ENGAGE_CHART_FILE_PNG, 10, 10, NULL, paint_line, &data, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "chart.png"));
  g_clear_error (&error);

  g_assert_false (engage_chart_export (missing, ENGAGE_CHART_FILE_PNG, 100, 100, NULL, paint_line, &data, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "chart.png"));

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/export/format-from-path", test_format_from_path);
  g_test_add_func ("/charts/export/png", test_png);
  g_test_add_func ("/charts/export/svg", test_svg);
  g_test_add_func ("/charts/export/pdf", test_pdf);
  g_test_add_func ("/charts/export/failure-keeps-old-file", test_failure_keeps_old_file);

  return g_test_run ();
}
