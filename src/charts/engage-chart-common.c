/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-chart-common"

#include "config.h"

#include "engage-chart-private.h"

#include <math.h>

/* What the painters share: text through Pango, the header, the empty state,
 * crisp lines. */

cairo_t *
_engage_chart_measure_context (cairo_t *cr)
{
  cairo_surface_t *surface;
  cairo_t *measure;

  if (cr != NULL)
    return cairo_reference (cr);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  measure = cairo_create (surface);
  cairo_surface_destroy (surface);
  return measure;
}

double
_engage_chart_em (const EngageChartStyle *style)
{
  return style->font_size > 0 ? style->font_size : 10.0;
}

double
_engage_chart_line_width (const EngageChartStyle *style)
{
  return style->line_width > 0 ? style->line_width : 2.0;
}

double
_engage_chart_device_scale (cairo_t *cr)
{
  double dx = 1, dy = 0;

  cairo_user_to_device_distance (cr, &dx, &dy);
  return MAX (hypot (dx, dy), 1e-6);
}

PangoLayout *
_engage_chart_create_text (cairo_t                *cr,
                           const EngageChartStyle *style,
                           const char             *text,
                           double                  scale,
                           EngageChartTextFlags    flags)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_new ();
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics measure the same on an image, a PDF and an SVG surface,
   * so a layout computed for one fits on the others. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  pango_layout_context_changed (layout);
  cairo_font_options_destroy (options);

  pango_font_description_set_family (font, style->font_family != NULL ? style->font_family : "Sans");
  pango_font_description_set_absolute_size (font, _engage_chart_em (style) * scale * PANGO_SCALE);
  if (flags & ENGAGE_CHART_TEXT_BOLD)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

static void
layout_size (PangoLayout *layout,
             double      *width,
             double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

void
_engage_chart_text_size (cairo_t                *cr,
                         const EngageChartStyle *style,
                         const char             *text,
                         double                  scale,
                         EngageChartTextFlags    flags,
                         double                 *width,
                         double                 *height)
{
  g_autoptr(PangoLayout) layout = _engage_chart_create_text (cr, style, text, scale, flags);

  layout_size (layout, width, height);
}

double
_engage_chart_line_height (cairo_t                *cr,
                           const EngageChartStyle *style,
                           double                  scale)
{
  double height;

  _engage_chart_text_size (cr, style, "Ag", scale, ENGAGE_CHART_TEXT_NORMAL, NULL, &height);
  return height;
}

static void
paint_layout (cairo_t          *cr,
              PangoLayout      *layout,
              const EngageRgba *color,
              double            x,
              double            y,
              double            anchor_x,
              double            anchor_y)
{
  double width, height;

  layout_size (layout, &width, &height);
  cairo_save (cr);
  engage_rgba_set_source (color, cr);
  cairo_move_to (cr, x - anchor_x * width, y - anchor_y * height);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/* Paints @text so that the point (@anchor_x, @anchor_y) of its box, in
 * fractions of the box, lands on (@x, @y). */
void
_engage_chart_paint_text (cairo_t                *cr,
                          const EngageChartStyle *style,
                          const char             *text,
                          double                  scale,
                          EngageChartTextFlags    flags,
                          const EngageRgba       *color,
                          double                  x,
                          double                  y,
                          double                  anchor_x,
                          double                  anchor_y)
{
  g_autoptr(PangoLayout) layout = NULL;

  if (text == NULL || text[0] == '\0')
    return;

  layout = _engage_chart_create_text (cr, style, text, scale, flags);
  paint_layout (cr, layout, color, x, y, anchor_x, anchor_y);
}

/* Like _engage_chart_paint_text(), ellipsized to @max_width. */
void
_engage_chart_paint_text_width (cairo_t                *cr,
                                const EngageChartStyle *style,
                                const char             *text,
                                double                  scale,
                                EngageChartTextFlags    flags,
                                const EngageRgba       *color,
                                double                  x,
                                double                  y,
                                double                  max_width,
                                double                  anchor_x,
                                double                  anchor_y)
{
  g_autoptr(PangoLayout) layout = NULL;
  double width;

  if (text == NULL || text[0] == '\0' || max_width <= 0)
    return;

  layout = _engage_chart_create_text (cr, style, text, scale, flags);
  pango_layout_set_single_paragraph_mode (layout, TRUE);

  /* Only a text that does not fit gets a width: a set width makes the box that
   * wide and would move anchored text. */
  layout_size (layout, &width, NULL);
  if (width > max_width)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }

  paint_layout (cr, layout, color, x, y, anchor_x, anchor_y);
}

double
_engage_chart_header_height (cairo_t                *cr,
                             const EngageChartStyle *style,
                             const char             *title,
                             const char             *subtitle,
                             double                  width)
{
  double height = 0;

  (void) width;

  if (title != NULL && title[0] != '\0')
    height += _engage_chart_line_height (cr, style, ENGAGE_CHART_TITLE_SCALE);
  if (subtitle != NULL && subtitle[0] != '\0')
    height += _engage_chart_line_height (cr, style, 1.0);
  if (height > 0)
    height += _engage_chart_em (style) * 0.9;

  return height;
}

void
_engage_chart_paint_header (cairo_t                *cr,
                            const EngageChartStyle *style,
                            const char             *title,
                            const char             *subtitle,
                            const EngageChartRect  *area)
{
  double y = area->y;

  if (title != NULL && title[0] != '\0')
    {
      _engage_chart_paint_text_width (cr, style, title, ENGAGE_CHART_TITLE_SCALE,
                                      ENGAGE_CHART_TEXT_BOLD, &style->foreground,
                                      area->x, y, area->width, 0, 0);
      y += _engage_chart_line_height (cr, style, ENGAGE_CHART_TITLE_SCALE);
    }

  if (subtitle != NULL && subtitle[0] != '\0')
    _engage_chart_paint_text_width (cr, style, subtitle, 1.0, ENGAGE_CHART_TEXT_NORMAL,
                                    &style->dim_foreground, area->x, y, area->width, 0, 0);
}

void
_engage_chart_paint_background (cairo_t                *cr,
                                const EngageChartStyle *style,
                                double                  width,
                                double                  height)
{
  if (style->background.alpha <= 0)
    return;

  cairo_save (cr);
  engage_rgba_set_source (&style->background, cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  cairo_restore (cr);
}

void
_engage_chart_paint_empty (cairo_t                *cr,
                           const EngageChartStyle *style,
                           const EngageChartRect  *area,
                           const char             *text)
{
  _engage_chart_paint_text_width (cr, style, text, 1.2, ENGAGE_CHART_TEXT_NORMAL,
                                  &style->dim_foreground,
                                  area->x + area->width / 2, area->y + area->height / 2,
                                  area->width, 0.5, 0.5);
}

static double
snap_device (cairo_t *cr,
             double   value,
             gboolean vertical,
             double   line_width)
{
  double x = vertical ? 0 : value;
  double y = vertical ? value : 0;
  double scale = _engage_chart_device_scale (cr);

  cairo_user_to_device (cr, &x, &y);
  if (vertical)
    y = engage_axis_snap (y, line_width * scale);
  else
    x = engage_axis_snap (x, line_width * scale);
  cairo_device_to_user (cr, &x, &y);

  return vertical ? y : x;
}

/* A horizontal line of @line_width that covers whole device pixels. */
void
_engage_chart_paint_hline (cairo_t *cr,
                           double   x0,
                           double   x1,
                           double   y,
                           double   line_width)
{
  y = snap_device (cr, y, TRUE, line_width);
  cairo_set_line_width (cr, line_width);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
}

void
_engage_chart_paint_vline (cairo_t *cr,
                           double   x,
                           double   y0,
                           double   y1,
                           double   line_width)
{
  x = snap_device (cr, x, FALSE, line_width);
  cairo_set_line_width (cr, line_width);
  cairo_move_to (cr, x, y0);
  cairo_line_to (cr, x, y1);
  cairo_stroke (cr);
}

/* Clips to the rectangle grown to whole device pixels. An unaligned clip
 * makes Cairo composite everything after it through a mask, several times
 * slower; a pixel more or less at the plot's edge shows nothing. */
void
_engage_chart_clip_rect (cairo_t *cr,
                         double   x,
                         double   y,
                         double   width,
                         double   height)
{
  double ax = x, ay = y, bx = x + width, by = y + height;
  double left, top, right, bottom;

  cairo_user_to_device (cr, &ax, &ay);
  cairo_user_to_device (cr, &bx, &by);
  left = floor (MIN (ax, bx));
  top = floor (MIN (ay, by));
  right = ceil (MAX (ax, bx));
  bottom = ceil (MAX (ay, by));

  cairo_device_to_user (cr, &left, &top);
  cairo_device_to_user (cr, &right, &bottom);
  cairo_rectangle (cr, left, top, right - left, bottom - top);
  cairo_clip (cr);
}

void
_engage_chart_rounded_rect (cairo_t *cr,
                            double   x,
                            double   y,
                            double   width,
                            double   height,
                            double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  if (radius <= 0.1)
    {
      cairo_rectangle (cr, x, y, width, height);
      return;
    }

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* A colour with alpha 0 means "not chosen": take the palette's by index. */
const EngageRgba *
_engage_chart_resolve_color (const EngageRgba       *color,
                             const EngageChartStyle *style,
                             guint                   index)
{
  if (color != NULL && color->alpha > 0)
    return color;

  return engage_chart_style_get_series_color (style, index);
}

/* Dark or white text, whichever contrasts more with @fill (WCAG ratio). */
const EngageRgba *
_engage_chart_text_color_on (const EngageRgba       *fill,
                             const EngageChartStyle *style)
{
  static const EngageRgba white = { 1, 1, 1, 1 };
  static const EngageRgba dark = { 0x24 / 255.0, 0x1f / 255.0, 0x31 / 255.0, 1 };
  double luminance = engage_rgba_get_luminance (fill);

  (void) style;

  if ((1.05 / (luminance + 0.05)) >= ((luminance + 0.05) / (engage_rgba_get_luminance (&dark) + 0.05)))
    return &white;
  return &dark;
}
