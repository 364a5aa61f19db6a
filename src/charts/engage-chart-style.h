/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} EngageRgba;

/**
 * EngageChartStyle:
 *
 * Colours and fonts a painter draws with. The chart widget fills it from the
 * theme's named colours (dark and high contrast included); exports and the
 * printed report use engage_chart_style_init_print().
 */
typedef struct
{
  EngageRgba background;
  EngageRgba foreground;
  EngageRgba dim_foreground;
  EngageRgba grid;
  EngageRgba accent;
  EngageRgba success;
  EngageRgba warning;
  EngageRgba error;
  char      *font_family;
  double     font_size;
  double     line_width;
} EngageChartStyle;

void     engage_chart_style_init_print  (EngageChartStyle *style);
void     engage_chart_style_init_dark   (EngageChartStyle *style);
void     engage_chart_style_clear       (EngageChartStyle *style);
gboolean engage_rgba_parse              (EngageRgba       *rgba,
                                         const char       *spec);
void     engage_rgba_set_source         (const EngageRgba *rgba,
                                         cairo_t          *cr);
void     engage_rgba_set_source_alpha   (const EngageRgba *rgba,
                                         cairo_t          *cr,
                                         double            alpha);

G_END_DECLS
