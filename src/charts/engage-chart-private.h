/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "engage-axis.h"
#include "engage-chart-style.h"

G_BEGIN_DECLS

/* Cairo has no autoptr cleanups of its own, and this header never meets GTK's. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)

/* Text sizes relative to the style's font size. */
#define ENGAGE_CHART_TITLE_SCALE 1.35
#define ENGAGE_CHART_SMALL_SCALE 0.9

typedef enum
{
  ENGAGE_CHART_TEXT_NORMAL = 0,
  ENGAGE_CHART_TEXT_BOLD = 1 << 0,
} EngageChartTextFlags;

/* Where a text's anchor point lies inside its box: 0 left/top, 0.5 centre, 1 right/bottom. */
typedef struct
{
  double x;
  double y;
} EngageChartAnchor;

cairo_t     *_engage_chart_measure_context   (cairo_t                *cr);
PangoLayout *_engage_chart_create_text       (cairo_t                *cr,
                                              const EngageChartStyle *style,
                                              const char             *text,
                                              double                  scale,
                                              EngageChartTextFlags    flags);
void         _engage_chart_text_size         (cairo_t                *cr,
                                              const EngageChartStyle *style,
                                              const char             *text,
                                              double                  scale,
                                              EngageChartTextFlags    flags,
                                              double                 *width,
                                              double                 *height);
double       _engage_chart_line_height       (cairo_t                *cr,
                                              const EngageChartStyle *style,
                                              double                  scale);
void         _engage_chart_paint_text        (cairo_t                *cr,
                                              const EngageChartStyle *style,
                                              const char             *text,
                                              double                  scale,
                                              EngageChartTextFlags    flags,
                                              const EngageRgba       *color,
                                              double                  x,
                                              double                  y,
                                              double                  anchor_x,
                                              double                  anchor_y);
void         _engage_chart_paint_text_width  (cairo_t                *cr,
                                              const EngageChartStyle *style,
                                              const char             *text,
                                              double                  scale,
                                              EngageChartTextFlags    flags,
                                              const EngageRgba       *color,
                                              double                  x,
                                              double                  y,
                                              double                  max_width,
                                              double                  anchor_x,
                                              double                  anchor_y);

double       _engage_chart_header_height     (cairo_t                *cr,
                                              const EngageChartStyle *style,
                                              const char             *title,
                                              const char             *subtitle,
                                              double                  width);
void         _engage_chart_paint_header      (cairo_t                *cr,
                                              const EngageChartStyle *style,
                                              const char             *title,
                                              const char             *subtitle,
                                              const EngageChartRect  *area);
void         _engage_chart_paint_background  (cairo_t                *cr,
                                              const EngageChartStyle *style,
                                              double                  width,
                                              double                  height);
void         _engage_chart_paint_empty       (cairo_t                *cr,
                                              const EngageChartStyle *style,
                                              const EngageChartRect  *area,
                                              const char             *text);
void         _engage_chart_paint_hline       (cairo_t                *cr,
                                              double                  x0,
                                              double                  x1,
                                              double                  y,
                                              double                  line_width);
void         _engage_chart_paint_vline       (cairo_t                *cr,
                                              double                  x,
                                              double                  y0,
                                              double                  y1,
                                              double                  line_width);
void         _engage_chart_clip_rect         (cairo_t                *cr,
                                              double                  x,
                                              double                  y,
                                              double                  width,
                                              double                  height);
void         _engage_chart_rounded_rect      (cairo_t                *cr,
                                              double                  x,
                                              double                  y,
                                              double                  width,
                                              double                  height,
                                              double                  radius);
const EngageRgba *
             _engage_chart_resolve_color     (const EngageRgba       *color,
                                              const EngageChartStyle *style,
                                              guint                   index);
const EngageRgba *
             _engage_chart_text_color_on     (const EngageRgba       *fill,
                                              const EngageChartStyle *style);
double       _engage_chart_em                (const EngageChartStyle *style);
double       _engage_chart_line_width        (const EngageChartStyle *style);
double       _engage_chart_device_scale      (cairo_t                *cr);

G_END_DECLS
