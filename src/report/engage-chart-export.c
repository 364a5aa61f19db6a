/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-chart-export"

#include "config.h"

#include "engage-chart-export.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/**
 * engage_chart_file_format_from_path:
 * @path: a file name ending in .png, .svg or .pdf (any case)
 * @format: (out): the format the extension names
 *
 * Returns: %TRUE if the extension names a format charts export to
 */
gboolean
engage_chart_file_format_from_path (const char            *path,
                                    EngageChartFileFormat *format)
{
  const char *dot;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  dot = strrchr (path, '.');
  if (dot == NULL || strchr (dot, '/') != NULL)
    return FALSE;

  if (g_ascii_strcasecmp (dot, ".png") == 0)
    *format = ENGAGE_CHART_FILE_PNG;
  else if (g_ascii_strcasecmp (dot, ".svg") == 0)
    *format = ENGAGE_CHART_FILE_SVG;
  else if (g_ascii_strcasecmp (dot, ".pdf") == 0)
    *format = ENGAGE_CHART_FILE_PDF;
  else
    return FALSE;

  return TRUE;
}

/**
 * engage_chart_file_format_get_extension:
 *
 * Returns: the format's usual extension without the dot: "png", "svg", "pdf"
 */
const char *
engage_chart_file_format_get_extension (EngageChartFileFormat format)
{
  switch (format)
    {
    case ENGAGE_CHART_FILE_SVG:
      return "svg";
    case ENGAGE_CHART_FILE_PDF:
      return "pdf";
    case ENGAGE_CHART_FILE_PNG:
    default:
      return "png";
    }
}

/**
 * engage_chart_export_init_style:
 * @style: (out caller-allocates): the style to fill; clear it with
 *   engage_chart_style_clear()
 * @width: the export's width
 * @height: the export's height
 *
 * The light print style with text and lines sized for the export: a chart on
 * a slide is read from across a room, so type grows with the picture.
 */
void
engage_chart_export_init_style (EngageChartStyle *style,
                                double            width,
                                double            height)
{
  double em;

  g_return_if_fail (style != NULL);

  engage_chart_style_init_print (style);
  em = CLAMP (sqrt (MAX (width, 1) * MAX (height, 1)) / 58.0, 9.0, 30.0);
  style->font_size = em;
  style->line_width = CLAMP (em / 6.5, 1.5, 5.0);
}

typedef struct
{
  int fd;
  int error;
} Writer;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Writer *writer = closure;

  while (length > 0)
    {
      ssize_t written = write (writer->fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          writer->error = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }

      data += written;
      length -= (unsigned int) written;
    }

  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
render (EngageChartFileFormat   format,
        double                  width,
        double                  height,
        const EngageChartStyle *style,
        EngageChartPaintFunc    paint,
        gpointer                user_data,
        Writer                 *writer)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  switch (format)
    {
    case ENGAGE_CHART_FILE_SVG:
      surface = cairo_svg_surface_create_for_stream (write_cb, writer, width, height);
      break;
    case ENGAGE_CHART_FILE_PDF:
      surface = cairo_pdf_surface_create_for_stream (write_cb, writer, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Engage");
      break;
    case ENGAGE_CHART_FILE_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width), (int) ceil (height));
      break;
    }

  cr = cairo_create (surface);
  paint (cr, style, width, height, user_data);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == ENGAGE_CHART_FILE_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_cb, writer);

  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

/**
 * engage_chart_export:
 * @path: the file to write
 * @format: the file's format
 * @width: the picture's width: pixels for PNG, points for SVG and PDF
 * @height: the picture's height
 * @style: (nullable): the colours and fonts; %NULL for
 *   engage_chart_export_init_style() at this size
 * @paint: (scope call): paints the chart
 * @user_data: passed to @paint
 * @error: return location for a #GError
 *
 * Renders a chart into @path. The file is written beside @path under a
 * temporary name and renamed over it once complete, so that a failed export
 * never leaves half a picture where a good one was.
 *
 * Returns: %TRUE on success; %FALSE with a #G_IO_ERROR naming the file
 */
gboolean
engage_chart_export (const char             *path,
                     EngageChartFileFormat   format,
                     double                  width,
                     double                  height,
                     const EngageChartStyle *style,
                     EngageChartPaintFunc    paint,
                     gpointer                user_data,
                     GError                **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp_path = NULL;
  g_autofree char *display = NULL;
  EngageChartStyle own_style = { 0 };
  Writer writer = { -1, 0 };
  cairo_status_t status;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (paint != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display = g_filename_display_name (path);

  if (!(width >= ENGAGE_CHART_EXPORT_MIN_SIZE && width <= ENGAGE_CHART_EXPORT_MAX_SIZE &&
        height >= ENGAGE_CHART_EXPORT_MIN_SIZE && height <= ENGAGE_CHART_EXPORT_MAX_SIZE))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Cannot write “%s”: a chart must be %d to %d wide and high."),
                   display, ENGAGE_CHART_EXPORT_MIN_SIZE, ENGAGE_CHART_EXPORT_MAX_SIZE);
      return FALSE;
    }

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  temp_path = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);

  writer.fd = g_mkstemp (temp_path);
  if (writer.fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot write “%s”: %s."), display, g_strerror (saved_errno));
      return FALSE;
    }

  /* mkstemp makes the file private; a picture is as readable as any new file,
   * or as the one it replaces. */
  {
    GStatBuf old;

    fchmod (writer.fd, g_stat (path, &old) == 0 ? (old.st_mode & 07777) : 0644);
  }

  if (style == NULL)
    {
      engage_chart_export_init_style (&own_style, width, height);
      style = &own_style;
    }

  status = render (format, width, height, style, paint, user_data, &writer);
  engage_chart_style_clear (&own_style);

  if (status == CAIRO_STATUS_SUCCESS && fsync (writer.fd) != 0)
    writer.error = errno;

  if (close (writer.fd) != 0 && writer.error == 0)
    writer.error = errno;

  if (status == CAIRO_STATUS_SUCCESS && writer.error == 0 && g_rename (temp_path, path) != 0)
    writer.error = errno;

  if (status != CAIRO_STATUS_SUCCESS || writer.error != 0)
    {
      g_unlink (temp_path);

      if (writer.error != 0)
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (writer.error),
                     _("Cannot write “%s”: %s."), display, g_strerror (writer.error));
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     _("Cannot write “%s”: %s."), display, cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}
