/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "engage-chart-style.h"
#include "engage-markdown-layout.h"
#include "engage-report.h"
#include "engage-report-catalog.h"
#include "engage-report-page.h"

G_BEGIN_DECLS

/*
 * Shared by engage-report.c (the document engine: pages as display lists, flow,
 * tables, the PDF) and engage-report-pages.c (what each chapter says).
 */

/* The space above a section heading, unless it starts a page. */
#define REPORT_HEADING_SPACE_BEFORE 14.0

/* Looks a report text up in the project's language; mark it with N_(). */
#define T_(self, msgid) engage_report_catalog_gettext ((self)->catalog, (msgid))

typedef enum
{
  REPORT_FONT_BODY,
  REPORT_FONT_SMALL,
  REPORT_FONT_LABEL,        /* small capitals-like captions over figures and columns */
  REPORT_FONT_TABLE,
  REPORT_FONT_H1,
  REPORT_FONT_H2,
  REPORT_FONT_H3,
  REPORT_FONT_FIGURE,       /* a key figure in a card */
  REPORT_FONT_COVER_TITLE,
  REPORT_FONT_COVER_SUBTITLE,
} ReportFont;

typedef void (*ReportPaintFunc) (cairo_t                *cr,
                                 const EngageChartStyle *style,
                                 double                  width,
                                 double                  height,
                                 gpointer                data);

typedef struct
{
  const char     *title;
  double          width;       /* a share of the body's width; the shares add up to 1 */
  PangoAlignment  alignment;
} ReportColumn;

/* One row of a table: cells in Pango markup, and an optional colour swatch
 * painted before the text of one cell (a channel's or pillar's colour). */
typedef struct
{
  char       **cells;
  gboolean     has_swatch;
  guint        swatch_column;
  EngageRgba   swatch;
} ReportRow;

/* The report is a list of pages, each a list of these drawing items, made while
 * the chapters are laid out and painted for each page on demand. */
typedef enum
{
  REPORT_ITEM_LAYOUT,
  REPORT_ITEM_RECT,
  REPORT_ITEM_LINE,
  REPORT_ITEM_MARKDOWN,
  REPORT_ITEM_PAINT,
} ReportItemKind;

typedef struct
{
  ReportItemKind                kind;
  double                  x;
  double                  y;
  double                  width;
  double                  height;
  EngageRgba              color;
  double                  line_width;   /* lines; the corner radius of rectangles */
  PangoLayout            *layout;
  EngageMarkdownLayout   *markdown;
  EngageMarkdownPosition  start;
  EngageMarkdownPosition  end;
  ReportPaintFunc         paint;
  gpointer                data;
  GDestroyNotify          destroy;
} ReportItem;

typedef struct
{
  GPtrArray *items;
  gboolean   framed;
} ReportPage;

typedef struct
{
  char   *title;
  guint   page;
  double  y;
  int     level;
} ReportOutlineEntry;

typedef gboolean (*ReportChapterFunc) (EngageReport  *self,
                                       GError       **error);

struct _EngageReport
{
  GObject              parent_instance;

  EngageProject       *project;
  GDateTime           *from;
  GDateTime           *to;
  GDate                today;
  GDate                first_day;       /* the period, both days included */
  GDate                last_day;
  char                *period_text;

  EngageReportCatalog *catalog;
  EngageChartStyle     style;
  PangoFontMap        *font_map;
  PangoContext        *context;

  GPtrArray           *pages;           /* ReportPage */
  GArray              *outline;         /* ReportOutlineEntry */
  guint                chapter;         /* the number of the chapter being built */

  /* Another document on the same engine (engage-guideline-document.c): its
   * chapters, the subject in its metadata (a msgid) and its title. Unset,
   * the strategy report's. */
  const ReportChapterFunc *chapters;
  guint                n_chapters;
  const char          *subject;
  char                *title;

  /* While building: the page being filled and the top of what comes next. */
  gpointer             page;
  double               y;
  EngageReportRect     body;
};

/* engage-report-flow.c: pages, text, flow and tables */
void         report_item_free       (gpointer                 item);
void         report_page_free       (gpointer                 page);
void         report_outline_entry_clear (gpointer             entry);
PangoLayout *report_layout          (EngageReport            *self,
                                     ReportFont               font,
                                     const char              *markup,
                                     double                   width,
                                     PangoAlignment           alignment);
double       report_layout_height   (PangoLayout             *layout);
double       report_layout_width    (PangoLayout             *layout);
void         report_new_page        (EngageReport            *self,
                                     gboolean                 framed);
double       report_space_left      (EngageReport            *self);
gboolean     report_at_page_top     (EngageReport            *self);
void         report_ensure_space    (EngageReport            *self,
                                     double                   height);
void         report_skip            (EngageReport            *self,
                                     double                   height);
void         report_add_layout      (EngageReport            *self,
                                     PangoLayout             *layout,
                                     double                   x,
                                     double                   y,
                                     const EngageRgba        *color);
double       report_add_text        (EngageReport            *self,
                                     ReportFont               font,
                                     const char              *markup,
                                     double                   x,
                                     double                   width,
                                     const EngageRgba        *color);
void         report_add_rect        (EngageReport            *self,
                                     double                   x,
                                     double                   y,
                                     double                   width,
                                     double                   height,
                                     const EngageRgba        *color,
                                     double                   radius);
void         report_add_line        (EngageReport            *self,
                                     double                   x0,
                                     double                   y0,
                                     double                   x1,
                                     double                   y1,
                                     const EngageRgba        *color,
                                     double                   line_width);
void         report_add_paint       (EngageReport            *self,
                                     double                   x,
                                     double                   y,
                                     double                   width,
                                     double                   height,
                                     ReportPaintFunc          paint,
                                     gpointer                 data,
                                     GDestroyNotify           destroy);
void         report_add_outline     (EngageReport            *self,
                                     const char              *title,
                                     int                      level);
void         report_chapter         (EngageReport            *self,
                                     const char              *title,
                                     const char              *lead);
double       report_heading_height  (EngageReport            *self,
                                     const char              *title);
void         report_heading         (EngageReport            *self,
                                     const char              *title,
                                     const char              *tag,
                                     double                   keep_height);
void         report_paragraph       (EngageReport            *self,
                                     ReportFont               font,
                                     const char              *markup,
                                     const EngageRgba        *color);
void         report_add_markdown    (EngageReport            *self,
                                     EngageMarkdownLayout    *markdown);
void         report_add_table       (EngageReport            *self,
                                     const ReportColumn      *columns,
                                     guint                    n_columns,
                                     GPtrArray               *rows);
void         report_row_free        (gpointer                 row);
ReportRow   *report_row_new         (const EngageRgba        *swatch,
                                     const char              *first,
                                     ...) G_GNUC_NULL_TERMINATED;
char        *report_format_date     (EngageReport            *self,
                                     const char              *iso_date,
                                     EngageReportDateStyle    style);
char        *report_format_gdate    (EngageReport            *self,
                                     const GDate             *date,
                                     EngageReportDateStyle    style);
char        *report_format_number   (EngageReport            *self,
                                     double                   value,
                                     int                      decimals);
char        *report_format_value    (EngageReport            *self,
                                     double                   value,
                                     int                      decimals,
                                     const char              *unit);
char        *report_escape          (const char              *text);
char        *report_iso_date        (const GDate             *date);
void         report_parse_color     (EngageRgba              *rgba,
                                     const char              *spec,
                                     const EngageRgba        *fallback);

/* engage-report-document.c and engage-report-pages.c: the chapters */
gboolean     report_build_cover     (EngageReport            *self,
                                     GError                 **error);
gboolean     report_build_summary   (EngageReport            *self,
                                     GError                 **error);
gboolean     report_build_kpis      (EngageReport            *self,
                                     GError                 **error);
gboolean     report_build_nps       (EngageReport            *self,
                                     GError                 **error);
gboolean     report_build_engagement (EngageReport           *self,
                                     GError                 **error);
gboolean     report_build_mix       (EngageReport            *self,
                                     GError                 **error);
gboolean     report_build_plan      (EngageReport            *self,
                                     GError                 **error);
gboolean     report_build_guideline (EngageReport            *self,
                                     GError                 **error);

G_END_DECLS
