/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-report-page"

#include "config.h"

#include "engage-report-page.h"

#include <pango/pangocairo.h>

/* The frame every page of the strategy report and every printed page shares: the
 * running title at the top, the footer and "page N of M" at the bottom, and the
 * body rectangle between them. */

#define HEADER_HEIGHT 28.0
#define FOOTER_HEIGHT 28.0

/**
 * engage_report_page_get_body:
 * @body: (out caller-allocates): where a page's content goes
 */
void
engage_report_page_get_body (EngageReportRect *body)
{
  g_return_if_fail (body != NULL);

  body->x = ENGAGE_REPORT_MARGIN;
  body->y = ENGAGE_REPORT_MARGIN + HEADER_HEIGHT;
  body->width = ENGAGE_REPORT_PAGE_WIDTH - 2 * ENGAGE_REPORT_MARGIN;
  body->height = ENGAGE_REPORT_PAGE_HEIGHT - 2 * ENGAGE_REPORT_MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT;
}

static void
show_text (cairo_t                *cr,
           const EngageChartStyle *style,
           const char             *text,
           PangoWeight             weight,
           double                  x,
           double                  y,
           double                  width,
           PangoAlignment          alignment)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();
  PangoLayout *layout = pango_cairo_create_layout (cr);

  pango_font_description_set_family (font, style->font_family ? style->font_family : "Sans");
  pango_font_description_set_size (font, (int) (7.5 * PANGO_SCALE));
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (layout, text, -1);

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

/**
 * engage_report_page_paint_frame:
 * @title: the running title at the top left (the project's name)
 * @subtitle: (nullable): text at the top right (the client)
 * @footer: (nullable): text at the bottom left, e.g. the period
 * @page_text: (nullable): the page number at the bottom right, already in the
 *   document's language ("Page 2 of 7")
 *
 * Paints the running header and the footer of a page. The texts come
 * translated by the caller: a report speaks its project's language, which need
 * not be the program's.
 */
void
engage_report_page_paint_frame (cairo_t                *cr,
                                const EngageChartStyle *style,
                                const char             *title,
                                const char             *subtitle,
                                const char             *footer,
                                const char             *page_text)
{
  double inner = ENGAGE_REPORT_PAGE_WIDTH - 2 * ENGAGE_REPORT_MARGIN;
  double rule = ENGAGE_REPORT_MARGIN + HEADER_HEIGHT - 10;
  double bottom = ENGAGE_REPORT_PAGE_HEIGHT - ENGAGE_REPORT_MARGIN - FOOTER_HEIGHT / 2;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  cairo_save (cr);

  engage_rgba_set_source (&style->foreground, cr);
  show_text (cr, style, title ? title : "", PANGO_WEIGHT_BOLD, ENGAGE_REPORT_MARGIN,
             ENGAGE_REPORT_MARGIN, subtitle ? inner * 0.6 : inner, PANGO_ALIGN_LEFT);
  engage_rgba_set_source (&style->dim_foreground, cr);
  if (subtitle != NULL)
    show_text (cr, style, subtitle, PANGO_WEIGHT_NORMAL, ENGAGE_REPORT_MARGIN + inner * 0.62,
               ENGAGE_REPORT_MARGIN, inner * 0.38, PANGO_ALIGN_RIGHT);

  engage_rgba_set_source (&style->grid, cr);
  cairo_set_line_width (cr, 0.6);
  cairo_move_to (cr, ENGAGE_REPORT_MARGIN, rule);
  cairo_rel_line_to (cr, inner, 0);
  cairo_stroke (cr);

  engage_rgba_set_source (&style->dim_foreground, cr);
  if (footer != NULL)
    show_text (cr, style, footer, PANGO_WEIGHT_NORMAL, ENGAGE_REPORT_MARGIN, bottom, inner * 0.65,
               PANGO_ALIGN_LEFT);
  if (page_text != NULL)
    show_text (cr, style, page_text, PANGO_WEIGHT_NORMAL, ENGAGE_REPORT_MARGIN + inner * 0.65, bottom,
               inner * 0.35, PANGO_ALIGN_RIGHT);

  cairo_restore (cr);
}
