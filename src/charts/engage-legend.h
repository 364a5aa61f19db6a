/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "engage-axis.h"
#include "engage-chart-style.h"

G_BEGIN_DECLS

/**
 * EngageLegendSymbol:
 * @ENGAGE_LEGEND_SYMBOL_LINE: a short line with the item's dash and marker
 * @ENGAGE_LEGEND_SYMBOL_SWATCH: a filled square (bars, stacked segments)
 */
typedef enum
{
  ENGAGE_LEGEND_SYMBOL_LINE,
  ENGAGE_LEGEND_SYMBOL_SWATCH,
} EngageLegendSymbol;

/**
 * EngageLegendItem:
 * @label: what the item stands for
 * @color: its colour
 * @symbol: line or swatch
 * @dash: the line's dash (lines only)
 * @marker: the line's marker (lines only)
 */
typedef struct
{
  const char         *label;
  EngageRgba          color;
  EngageLegendSymbol  symbol;
  EngageChartDash     dash;
  EngageChartMarker   marker;
} EngageLegendItem;

double engage_legend_measure (cairo_t                *cr,
                              const EngageChartStyle *style,
                              const EngageLegendItem *items,
                              guint                   n_items,
                              double                  max_width);
void   engage_legend_paint   (cairo_t                *cr,
                              const EngageChartStyle *style,
                              const EngageLegendItem *items,
                              guint                   n_items,
                              const EngageChartRect  *area);

G_END_DECLS
