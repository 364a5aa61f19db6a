/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "engage-chart-style.h"

G_BEGIN_DECLS

/**
 * EngageChartFileFormat:
 * @ENGAGE_CHART_FILE_PNG: a raster image; the size is in pixels
 * @ENGAGE_CHART_FILE_SVG: a vector image; the size is in points
 * @ENGAGE_CHART_FILE_PDF: a one-page PDF; the size is in points
 */
typedef enum
{
  ENGAGE_CHART_FILE_PNG,
  ENGAGE_CHART_FILE_SVG,
  ENGAGE_CHART_FILE_PDF,
} EngageChartFileFormat;

/**
 * EngageChartPaintFunc:
 * @cr: where to paint, at the origin
 * @style: the colours and fonts to paint with
 * @width: the width to fill
 * @height: the height to fill
 * @user_data: the data passed to engage_chart_export()
 *
 * Paints one chart; a painter wrapped for export.
 */
typedef void (*EngageChartPaintFunc) (cairo_t                *cr,
                                      const EngageChartStyle *style,
                                      double                  width,
                                      double                  height,
                                      gpointer                user_data);

#define ENGAGE_CHART_EXPORT_MIN_SIZE 64
#define ENGAGE_CHART_EXPORT_MAX_SIZE 10000

gboolean    engage_chart_file_format_from_path (const char            *path,
                                                EngageChartFileFormat *format);
const char *engage_chart_file_format_get_extension (EngageChartFileFormat format);
void        engage_chart_export_init_style (EngageChartStyle    *style,
                                            double               width,
                                            double               height);
gboolean    engage_chart_export        (const char             *path,
                                        EngageChartFileFormat   format,
                                        double                  width,
                                        double                  height,
                                        const EngageChartStyle *style,
                                        EngageChartPaintFunc    paint,
                                        gpointer                user_data,
                                        GError                **error);

G_END_DECLS
