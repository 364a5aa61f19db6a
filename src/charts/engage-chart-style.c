/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-chart-style"

#include "config.h"

#include "engage-chart-style.h"

#include <string.h>

/* The default colours follow the GNOME palette so that exported charts match what
 * the app shows in its light style. */

static void
set_rgb (EngageRgba *rgba,
         guint32     rgb)
{
  rgba->red = ((rgb >> 16) & 0xff) / 255.0;
  rgba->green = ((rgb >> 8) & 0xff) / 255.0;
  rgba->blue = (rgb & 0xff) / 255.0;
  rgba->alpha = 1.0;
}

/**
 * engage_chart_style_init_print:
 *
 * Light colours on white for PNG/SVG/PDF exports and paper.
 */
void
engage_chart_style_init_print (EngageChartStyle *style)
{
  g_return_if_fail (style != NULL);

  set_rgb (&style->background, 0xffffff);
  set_rgb (&style->foreground, 0x241f31);
  set_rgb (&style->dim_foreground, 0x5e5c64);
  set_rgb (&style->grid, 0xdeddda);
  set_rgb (&style->accent, 0x1c71d8);
  set_rgb (&style->success, 0x26a269);
  set_rgb (&style->warning, 0xc64600);
  set_rgb (&style->error, 0xc01c28);
  style->font_family = g_strdup ("Cantarell");
  style->font_size = 10.0;
  style->line_width = 2.0;
}

/**
 * engage_chart_style_init_dark:
 *
 * The libadwaita dark style's colours, for painting without a widget.
 */
void
engage_chart_style_init_dark (EngageChartStyle *style)
{
  g_return_if_fail (style != NULL);

  engage_chart_style_init_print (style);
  set_rgb (&style->background, 0x242424);
  set_rgb (&style->foreground, 0xffffff);
  set_rgb (&style->dim_foreground, 0xc0bfbc);
  set_rgb (&style->grid, 0x3d3846);
  set_rgb (&style->accent, 0x78aeed);
  set_rgb (&style->success, 0x8ff0a4);
  set_rgb (&style->warning, 0xf8e45c);
  set_rgb (&style->error, 0xff7b63);
}

void
engage_chart_style_clear (EngageChartStyle *style)
{
  g_return_if_fail (style != NULL);

  g_clear_pointer (&style->font_family, g_free);
}

/**
 * engage_rgba_parse:
 * @spec: a colour as stored in a project, `#rrggbb`
 *
 * Returns: %TRUE if @spec was a valid colour
 */
gboolean
engage_rgba_parse (EngageRgba *rgba,
                   const char *spec)
{
  guint32 rgb = 0;

  g_return_val_if_fail (rgba != NULL, FALSE);

  if (spec == NULL || spec[0] != '#' || strlen (spec) != 7)
    return FALSE;

  for (guint i = 1; i < 7; i++)
    {
      int digit = g_ascii_xdigit_value (spec[i]);

      if (digit < 0)
        return FALSE;
      rgb = (rgb << 4) | (guint32) digit;
    }

  set_rgb (rgba, rgb);
  return TRUE;
}

void
engage_rgba_set_source (const EngageRgba *rgba,
                        cairo_t          *cr)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha);
}

void
engage_rgba_set_source_alpha (const EngageRgba *rgba,
                              cairo_t          *cr,
                              double            alpha)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha * alpha);
}
