/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-legend"

#include "config.h"

#include "engage-legend.h"

#include "engage-chart-private.h"

/* Items flow left to right and wrap, like words. */

static double
symbol_width (const EngageChartStyle *style,
              const EngageLegendItem *item)
{
  double em = _engage_chart_em (style);

  return item->symbol == ENGAGE_LEGEND_SYMBOL_LINE ? 2.4 * em : 0.9 * em;
}

static double
item_width (cairo_t                *cr,
            const EngageChartStyle *style,
            const EngageLegendItem *item)
{
  double text_width;

  _engage_chart_text_size (cr, style, item->label, ENGAGE_CHART_SMALL_SCALE,
                           ENGAGE_CHART_TEXT_NORMAL, &text_width, NULL);
  return symbol_width (style, item) + 0.45 * _engage_chart_em (style) + text_width;
}

/* Calls @place for each item with its position; returns the height used. */
static double
flow (cairo_t                *cr,
      const EngageChartStyle *style,
      const EngageLegendItem *items,
      guint                   n_items,
      double                  max_width,
      void                  (*place) (cairo_t *, const EngageChartStyle *,
                                      const EngageLegendItem *, double, double, double),
      double                  origin_x,
      double                  origin_y)
{
  double em = _engage_chart_em (style);
  double line_height = _engage_chart_line_height (cr, style, ENGAGE_CHART_SMALL_SCALE);
  double row_height = MAX (line_height, em) + 0.35 * em;
  double x = 0;
  double y = 0;
  guint n_placed = 0;

  for (guint i = 0; i < n_items; i++)
    {
      double width;

      if (items[i].label == NULL || items[i].label[0] == '\0')
        continue;

      width = item_width (cr, style, &items[i]);
      if (x > 0 && x + width > max_width)
        {
          x = 0;
          y += row_height;
        }

      if (place != NULL)
        place (cr, style, &items[i], origin_x + x, origin_y + y, row_height);

      x += width + 1.4 * em;
      n_placed++;
    }

  return n_placed > 0 ? y + row_height : 0;
}

/**
 * engage_legend_measure:
 * @cr: (nullable): a context to measure text with
 * @max_width: the width available
 *
 * Returns: the height the legend takes at @max_width; 0 without items
 */
double
engage_legend_measure (cairo_t                *cr,
                       const EngageChartStyle *style,
                       const EngageLegendItem *items,
                       guint                   n_items,
                       double                  max_width)
{
  g_autoptr(cairo_t) measure = NULL;

  g_return_val_if_fail (style != NULL, 0);
  g_return_val_if_fail (items != NULL || n_items == 0, 0);

  measure = _engage_chart_measure_context (cr);
  return flow (measure, style, items, n_items, max_width, NULL, 0, 0);
}

static void
place_item (cairo_t                *cr,
            const EngageChartStyle *style,
            const EngageLegendItem *item,
            double                  x,
            double                  y,
            double                  row_height)
{
  double em = _engage_chart_em (style);
  double middle = y + row_height / 2;
  double symbol = symbol_width (style, item);

  cairo_save (cr);
  engage_rgba_set_source (&item->color, cr);

  if (item->symbol == ENGAGE_LEGEND_SYMBOL_SWATCH)
    {
      _engage_chart_rounded_rect (cr, x, middle - symbol / 2, symbol, symbol, em * 0.15);
      cairo_fill (cr);
    }
  else
    {
      double line_width = MIN (_engage_chart_line_width (style), em * 0.3);

      engage_chart_set_dash (cr, item->dash, line_width);
      cairo_set_line_width (cr, line_width);
      cairo_move_to (cr, x, middle);
      cairo_line_to (cr, x + symbol, middle);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      engage_chart_paint_marker (cr, item->marker, x + symbol / 2, middle, em * 0.6);
    }

  cairo_restore (cr);

  _engage_chart_paint_text (cr, style, item->label, ENGAGE_CHART_SMALL_SCALE,
                            ENGAGE_CHART_TEXT_NORMAL, &style->foreground,
                            x + symbol + 0.45 * em, middle, 0, 0.5);
}

/**
 * engage_legend_paint:
 * @area: where to paint; items start at its top left corner and wrap at its width
 *
 * Paints the legend: per item its symbol (a line with dash and marker, or a
 * swatch) and its label.
 */
void
engage_legend_paint (cairo_t                *cr,
                     const EngageChartStyle *style,
                     const EngageLegendItem *items,
                     guint                   n_items,
                     const EngageChartRect  *area)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (area != NULL);

  flow (cr, style, items, n_items, area->width, place_item, area->x, area->y);
}
