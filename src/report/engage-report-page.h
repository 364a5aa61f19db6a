/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "engage-chart-style.h"

G_BEGIN_DECLS

/* A4 in PostScript points, the unit of Cairo's PDF surfaces. */
#define ENGAGE_REPORT_PAGE_WIDTH  595.276
#define ENGAGE_REPORT_PAGE_HEIGHT 841.890
#define ENGAGE_REPORT_MARGIN      56.693  /* 20 mm */

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} EngageReportRect;

void engage_report_page_get_body   (EngageReportRect       *body);
void engage_report_page_paint_frame (cairo_t               *cr,
                                     const EngageChartStyle *style,
                                     const char             *title,
                                     const char             *subtitle,
                                     const char             *footer,
                                     const char             *page_text);

G_END_DECLS
