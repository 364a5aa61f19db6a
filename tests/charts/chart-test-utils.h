/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <math.h>

#include "engage-chart-style.h"

/* Painters render into an image surface; these helpers read it back. Colours
 * compare with a tolerance so that antialiased edges do not count as the
 * colour, but a filled area does. */

typedef struct
{
  cairo_surface_t *surface;
  cairo_t         *cr;
  int              width;
  int              height;
} ChartCanvas;

static inline void
chart_canvas_init (ChartCanvas *canvas,
                   int          width,
                   int          height)
{
  canvas->width = width;
  canvas->height = height;
  canvas->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  canvas->cr = cairo_create (canvas->surface);
}

static inline void
chart_canvas_clear (ChartCanvas *canvas)
{
  g_clear_pointer (&canvas->cr, cairo_destroy);
  g_clear_pointer (&canvas->surface, cairo_surface_destroy);
}

static inline guint32
chart_canvas_pixel (ChartCanvas *canvas,
                    int          x,
                    int          y)
{
  const guint8 *data;
  int stride;

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, canvas->width);
  g_assert_cmpint (y, <, canvas->height);

  cairo_surface_flush (canvas->surface);
  data = cairo_image_surface_get_data (canvas->surface);
  stride = cairo_image_surface_get_stride (canvas->surface);
  return *(const guint32 *) (data + y * stride + x * 4) & 0xffffff;
}

static inline guint32
chart_rgb (const EngageRgba *rgba)
{
  return ((guint32) lround (rgba->red * 255) << 16) |
         ((guint32) lround (rgba->green * 255) << 8) |
         (guint32) lround (rgba->blue * 255);
}

static inline gboolean
chart_color_near (guint32 a,
                  guint32 b,
                  int     tolerance)
{
  for (int shift = 0; shift <= 16; shift += 8)
    if (ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > tolerance)
      return FALSE;
  return TRUE;
}

static inline gboolean
chart_canvas_is (ChartCanvas      *canvas,
                 int               x,
                 int               y,
                 const EngageRgba *rgba)
{
  return chart_color_near (chart_canvas_pixel (canvas, x, y), chart_rgb (rgba), 12);
}

/* The first and last row of column @x painted in @rgba; FALSE if none is. */
static inline gboolean
chart_canvas_column_extent (ChartCanvas      *canvas,
                            int               x,
                            const EngageRgba *rgba,
                            int              *top,
                            int              *bottom)
{
  *top = -1;
  *bottom = -1;
  for (int y = 0; y < canvas->height; y++)
    if (chart_canvas_is (canvas, x, y, rgba))
      {
        if (*top < 0)
          *top = y;
        *bottom = y;
      }
  return *top >= 0;
}

/* The first and last column of row @y painted in @rgba. */
static inline gboolean
chart_canvas_row_extent (ChartCanvas      *canvas,
                         int               y,
                         const EngageRgba *rgba,
                         int              *left,
                         int              *right)
{
  *left = -1;
  *right = -1;
  for (int x = 0; x < canvas->width; x++)
    if (chart_canvas_is (canvas, x, y, rgba))
      {
        if (*left < 0)
          *left = x;
        *right = x;
      }
  return *left >= 0;
}

/* How many pixels of the whole picture are @rgba. */
static inline guint
chart_canvas_count (ChartCanvas      *canvas,
                    const EngageRgba *rgba)
{
  guint n = 0;

  for (int y = 0; y < canvas->height; y++)
    for (int x = 0; x < canvas->width; x++)
      if (chart_canvas_is (canvas, x, y, rgba))
        n++;
  return n;
}

/* A style whose colours differ clearly from each other, so that a pixel's
 * colour tells which part of the chart painted it. */
static inline void
chart_test_style_init (EngageChartStyle *style)
{
  engage_chart_style_init_print (style);
  style->font_size = 10;
  style->line_width = 3;
}
