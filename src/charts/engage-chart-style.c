/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-chart-style"

#include "config.h"

#include "engage-chart-style.h"

#include <math.h>
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

  /* GNOME palette, the darker shades that read well as 2 px lines on white. */
  set_rgb (&style->series[0], 0x1c71d8);   /* blue 4 */
  set_rgb (&style->series[1], 0xe66100);   /* orange 4 */
  set_rgb (&style->series[2], 0x26a269);   /* green 5 */
  set_rgb (&style->series[3], 0x9141ac);   /* purple 3 */
  set_rgb (&style->series[4], 0xc01c28);   /* red 4 */
  set_rgb (&style->series[5], 0xe5a50a);   /* yellow 5 */
  set_rgb (&style->series[6], 0x865e3c);   /* brown 4 */
  set_rgb (&style->series[7], 0x5e5c64);   /* dark 2 */
  set_rgb (&style->detractor, 0xe01b24);   /* red 3 */
  set_rgb (&style->passive, 0xf6d32d);     /* yellow 3 */
  set_rgb (&style->promoter, 0x2ec27e);    /* green 4 */
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

  set_rgb (&style->series[0], 0x62a0ea);   /* blue 2 */
  set_rgb (&style->series[1], 0xffa348);   /* orange 2 */
  set_rgb (&style->series[2], 0x57e389);   /* green 2 */
  set_rgb (&style->series[3], 0xc061cb);   /* purple 2 */
  set_rgb (&style->series[4], 0xf66151);   /* red 1 */
  set_rgb (&style->series[5], 0xf8e45c);   /* yellow 2 */
  set_rgb (&style->series[6], 0xcdab8f);   /* brown 1 */
  set_rgb (&style->series[7], 0xc0bfbc);   /* light 4 */
  set_rgb (&style->detractor, 0xed333b);   /* red 2 */
  set_rgb (&style->passive, 0xf5c211);     /* yellow 4 */
  set_rgb (&style->promoter, 0x33d17a);    /* green 3 */
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

/**
 * engage_chart_style_copy:
 * @dest: an uninitialised or cleared style
 * @src: the style to copy
 *
 * Copies @src into @dest, duplicating the font name. Clear @dest with
 * engage_chart_style_clear().
 */
void
engage_chart_style_copy (EngageChartStyle       *dest,
                         const EngageChartStyle *src)
{
  g_return_if_fail (dest != NULL);
  g_return_if_fail (src != NULL);

  *dest = *src;
  dest->font_family = g_strdup (src->font_family);
}

/**
 * engage_chart_style_get_series_color:
 * @index: the series' position
 *
 * Returns: (transfer none): the colour of the series at @index; the palette
 *   repeats after %ENGAGE_CHART_N_SERIES_COLORS series
 */
const EngageRgba *
engage_chart_style_get_series_color (const EngageChartStyle *style,
                                     guint                   index)
{
  g_return_val_if_fail (style != NULL, NULL);

  return &style->series[index % ENGAGE_CHART_N_SERIES_COLORS];
}

/**
 * engage_chart_style_get_series_dash:
 * @index: the series' position
 *
 * Returns: the dash for the series at @index. The first series are solid
 *   and differ by marker; dashes take over once the markers run out, so that
 *   two series never look alike in grey.
 */
EngageChartDash
engage_chart_style_get_series_dash (guint index)
{
  static const EngageChartDash dashes[] = {
    ENGAGE_CHART_DASH_SOLID,
    ENGAGE_CHART_DASH_DASHED,
    ENGAGE_CHART_DASH_DOTTED,
    ENGAGE_CHART_DASH_DASH_DOT,
    ENGAGE_CHART_DASH_LONG_DASH,
  };

  return dashes[index % G_N_ELEMENTS (dashes)];
}

/**
 * engage_chart_style_get_series_marker:
 * @index: the series' position
 *
 * Returns: the marker for the series at @index
 */
EngageChartMarker
engage_chart_style_get_series_marker (guint index)
{
  static const EngageChartMarker markers[] = {
    ENGAGE_CHART_MARKER_CIRCLE,
    ENGAGE_CHART_MARKER_SQUARE,
    ENGAGE_CHART_MARKER_TRIANGLE,
    ENGAGE_CHART_MARKER_DIAMOND,
    ENGAGE_CHART_MARKER_CROSS,
  };

  /* Shifted against the dashes so that series 5 and on still differ. */
  return markers[(index + index / G_N_ELEMENTS (markers)) % G_N_ELEMENTS (markers)];
}

/**
 * engage_rgba_get_luminance:
 *
 * Returns: the relative luminance of @rgba (WCAG), 0 for black to 1 for
 *   white; painters use it to pick dark or light text on a coloured bar
 */
double
engage_rgba_get_luminance (const EngageRgba *rgba)
{
  double channel[3] = { rgba->red, rgba->green, rgba->blue };

  g_return_val_if_fail (rgba != NULL, 0.0);

  for (guint i = 0; i < 3; i++)
    channel[i] = channel[i] <= 0.03928 ? channel[i] / 12.92
                                       : pow ((channel[i] + 0.055) / 1.055, 2.4);

  return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
}

/**
 * engage_chart_set_dash:
 * @dash: the pattern
 * @line_width: the width the line is stroked with; the pattern scales with it
 *
 * Sets @dash on @cr. Dots need round caps to show, so this sets the line
 * cap too.
 */
void
engage_chart_set_dash (cairo_t         *cr,
                       EngageChartDash  dash,
                       double           line_width)
{
  double w = MAX (line_width, 1.0);

  g_return_if_fail (cr != NULL);

  switch (dash)
    {
    case ENGAGE_CHART_DASH_DASHED:
      {
        double pattern[] = { 4 * w, 3 * w };
        cairo_set_dash (cr, pattern, G_N_ELEMENTS (pattern), 0);
        cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      }
      break;

    case ENGAGE_CHART_DASH_DOTTED:
      {
        double pattern[] = { 0, 2.5 * w };
        cairo_set_dash (cr, pattern, G_N_ELEMENTS (pattern), 0);
        cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      }
      break;

    case ENGAGE_CHART_DASH_DASH_DOT:
      {
        double pattern[] = { 5 * w, 2.5 * w, 0, 2.5 * w };
        cairo_set_dash (cr, pattern, G_N_ELEMENTS (pattern), 0);
        cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      }
      break;

    case ENGAGE_CHART_DASH_LONG_DASH:
      {
        double pattern[] = { 9 * w, 3.5 * w };
        cairo_set_dash (cr, pattern, G_N_ELEMENTS (pattern), 0);
        cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      }
      break;

    case ENGAGE_CHART_DASH_SOLID:
    default:
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      break;
    }
}

/**
 * engage_chart_paint_marker:
 * @marker: the shape
 * @x: the centre
 * @y: the centre
 * @size: the marker's width and height
 *
 * Paints @marker with the current source, filled (the cross is stroked).
 * The path is consumed; the dash is reset.
 */
void
engage_chart_paint_marker (cairo_t           *cr,
                           EngageChartMarker  marker,
                           double             x,
                           double             y,
                           double             size)
{
  double r = size / 2;

  g_return_if_fail (cr != NULL);

  cairo_new_path (cr);

  switch (marker)
    {
    case ENGAGE_CHART_MARKER_NONE:
      return;

    case ENGAGE_CHART_MARKER_CIRCLE:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_fill (cr);
      break;

    case ENGAGE_CHART_MARKER_SQUARE:
      r *= 0.9;   /* a square looks larger than a circle of the same width */
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      cairo_fill (cr);
      break;

    case ENGAGE_CHART_MARKER_TRIANGLE:
      r *= 1.15;
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r * 0.866, y + r * 0.5);
      cairo_line_to (cr, x - r * 0.866, y + r * 0.5);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;

    case ENGAGE_CHART_MARKER_DIAMOND:
      r *= 1.2;
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r * 0.8, y);
      cairo_line_to (cr, x, y + r);
      cairo_line_to (cr, x - r * 0.8, y);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;

    case ENGAGE_CHART_MARKER_CROSS:
    default:
      cairo_save (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_set_line_width (cr, MAX (1.5, size / 3.5));
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_move_to (cr, x - r, y - r);
      cairo_line_to (cr, x + r, y + r);
      cairo_move_to (cr, x - r, y + r);
      cairo_line_to (cr, x + r, y - r);
      cairo_stroke (cr);
      cairo_restore (cr);
      break;
    }
}
