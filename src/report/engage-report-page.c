/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-report-page"

#include "config.h"

#include "engage-report-page.h"

#include <glib/gi18n.h>
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
           double                  x,
           double                  y,
           double                  width,
           PangoAlignment          alignment)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();
  PangoLayout *layout = pango_cairo_create_layout (cr);

  pango_font_description_set_family (font, style->font_family ? style->font_family : "Sans");
  pango_font_description_set_size (font, (int) (style->font_size * 0.9 * PANGO_SCALE));
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
 * @title: the running title (the project's name)
 * @footer: (nullable): text at the bottom left, e.g. the period
 * @page: this page, counted from 1
 * @n_pages: all pages
 */
void
engage_report_page_paint_frame (cairo_t                *cr,
                                const EngageChartStyle *style,
                                const char             *title,
                                const char             *footer,
                                guint                   page,
                                guint                   n_pages)
{
  g_autofree char *page_text = NULL;
  double inner = ENGAGE_REPORT_PAGE_WIDTH - 2 * ENGAGE_REPORT_MARGIN;
  double bottom = ENGAGE_REPORT_PAGE_HEIGHT - ENGAGE_REPORT_MARGIN - FOOTER_HEIGHT / 2;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  cairo_save (cr);

  engage_rgba_set_source (&style->dim_foreground, cr);
  show_text (cr, style, title ? title : "", ENGAGE_REPORT_MARGIN, ENGAGE_REPORT_MARGIN,
             inner, PANGO_ALIGN_LEFT);

  engage_rgba_set_source (&style->grid, cr);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, ENGAGE_REPORT_MARGIN, ENGAGE_REPORT_MARGIN + HEADER_HEIGHT - 8);
  cairo_rel_line_to (cr, inner, 0);
  cairo_stroke (cr);

  engage_rgba_set_source (&style->dim_foreground, cr);
  if (footer != NULL)
    show_text (cr, style, footer, ENGAGE_REPORT_MARGIN, bottom, inner * 0.7, PANGO_ALIGN_LEFT);

  /* Translators: page numbers at the bottom of the report, e.g. "Page 2 of 7". */
  page_text = g_strdup_printf (_("Page %u of %u"), page, n_pages);
  show_text (cr, style, page_text, ENGAGE_REPORT_MARGIN, bottom, inner, PANGO_ALIGN_RIGHT);

  cairo_restore (cr);
}
