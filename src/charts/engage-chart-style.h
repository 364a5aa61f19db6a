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

/* Enough series colours for a project's channels; beyond them the palette repeats
 * and dash and marker keep the series apart. */
#define ENGAGE_CHART_N_SERIES_COLORS 8

/**
 * EngageChartDash:
 *
 * Line patterns, so that series differ without colour (print in grey, colour
 * blindness).
 */
typedef enum
{
  ENGAGE_CHART_DASH_SOLID,
  ENGAGE_CHART_DASH_DASHED,
  ENGAGE_CHART_DASH_DOTTED,
  ENGAGE_CHART_DASH_DASH_DOT,
  ENGAGE_CHART_DASH_LONG_DASH,
} EngageChartDash;

/**
 * EngageChartMarker:
 *
 * The shape drawn at a data point.
 */
typedef enum
{
  ENGAGE_CHART_MARKER_NONE,
  ENGAGE_CHART_MARKER_CIRCLE,
  ENGAGE_CHART_MARKER_SQUARE,
  ENGAGE_CHART_MARKER_TRIANGLE,
  ENGAGE_CHART_MARKER_DIAMOND,
  ENGAGE_CHART_MARKER_CROSS,
} EngageChartMarker;

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

  /* Series colours (channels, KPIs) and the NPS groups. */
  EngageRgba series[ENGAGE_CHART_N_SERIES_COLORS];
  EngageRgba detractor;
  EngageRgba passive;
  EngageRgba promoter;
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

void     engage_chart_style_copy        (EngageChartStyle       *dest,
                                         const EngageChartStyle *src);
const EngageRgba *
         engage_chart_style_get_series_color (const EngageChartStyle *style,
                                         guint             index);
EngageChartDash
         engage_chart_style_get_series_dash  (guint        index);
EngageChartMarker
         engage_chart_style_get_series_marker (guint       index);
double   engage_rgba_get_luminance      (const EngageRgba *rgba);
void     engage_chart_set_dash          (cairo_t          *cr,
                                         EngageChartDash   dash,
                                         double            line_width);
void     engage_chart_paint_marker      (cairo_t          *cr,
                                         EngageChartMarker marker,
                                         double            x,
                                         double            y,
                                         double            size);

G_END_DECLS
