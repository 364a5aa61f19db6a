/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-report-flow"

#include "config.h"

#include "engage-report-private.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

/* The report's layout engine: pages filled from the top, text that moves to the
 * next page when it does not fit, headings kept with what follows them,
 * Markdown flowing over pages, and tables that repeat their header. */

#define PAGE_TOP_EPSILON     0.5
#define HEADING_SPACE_BEFORE REPORT_HEADING_SPACE_BEFORE
#define HEADING_SPACE_AFTER  6.0

void
report_item_free (gpointer data)
{
  ReportItem *item = data;

  g_clear_object (&item->layout);
  g_clear_object (&item->markdown);
  if (item->destroy != NULL)
    item->destroy (item->data);
  g_free (item);
}

void
report_page_free (gpointer data)
{
  ReportPage *page = data;

  g_ptr_array_unref (page->items);
  g_free (page);
}

void
report_outline_entry_clear (gpointer data)
{
  ReportOutlineEntry *entry = data;

  g_free (entry->title);
}

static ReportPage *
current_page (EngageReport *self)
{
  if (self->page == NULL)
    report_new_page (self, TRUE);

  return self->page;
}

static ReportItem *
add_item (EngageReport *self,
          ReportItemKind      kind,
          double        x,
          double        y,
          double        width,
          double        height)
{
  ReportItem *item = g_new0 (ReportItem, 1);

  item->kind = kind;
  item->x = x;
  item->y = y;
  item->width = width;
  item->height = height;
  item->color = self->style.foreground;
  g_ptr_array_add (current_page (self)->items, item);

  return item;
}

/* Text */

typedef struct
{
  double      size;
  PangoWeight weight;
  double      line_spacing;
} FontSpec;

static const FontSpec fonts[] = {
  [REPORT_FONT_BODY] = { 9.5, PANGO_WEIGHT_NORMAL, 1.25 },
  [REPORT_FONT_SMALL] = { 8.0, PANGO_WEIGHT_NORMAL, 1.2 },
  [REPORT_FONT_LABEL] = { 7.0, PANGO_WEIGHT_BOLD, 0 },
  [REPORT_FONT_TABLE] = { 8.5, PANGO_WEIGHT_NORMAL, 1.1 },
  [REPORT_FONT_H1] = { 22.0, PANGO_WEIGHT_BOLD, 0 },
  [REPORT_FONT_H2] = { 13.5, PANGO_WEIGHT_BOLD, 0 },
  [REPORT_FONT_H3] = { 10.5, PANGO_WEIGHT_BOLD, 0 },
  [REPORT_FONT_FIGURE] = { 24.0, PANGO_WEIGHT_BOLD, 0 },
  [REPORT_FONT_COVER_TITLE] = { 32.0, PANGO_WEIGHT_BOLD, 1.05 },
  [REPORT_FONT_COVER_SUBTITLE] = { 14.0, PANGO_WEIGHT_NORMAL, 1.2 },
};

/**
 * report_layout:
 * @markup: Pango markup; text that is not valid markup is shown as it is
 * @width: the width to wrap at, or 0 for one line of natural width
 *
 * Returns: (transfer full): a layout in the report's context (points)
 */
PangoLayout *
report_layout (EngageReport   *self,
               ReportFont      font,
               const char     *markup,
               double          width,
               PangoAlignment  alignment)
{
  g_autoptr(PangoFontDescription) description = pango_font_description_new ();
  PangoLayout *layout = pango_layout_new (self->context);

  g_assert (font < G_N_ELEMENTS (fonts));

  pango_font_description_set_family (description, self->style.font_family);
  pango_font_description_set_size (description, (int) (fonts[font].size * PANGO_SCALE));
  pango_font_description_set_weight (description, fonts[font].weight);
  pango_layout_set_font_description (layout, description);
  if (fonts[font].line_spacing > 0)
    pango_layout_set_line_spacing (layout, fonts[font].line_spacing);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, alignment);

  if (pango_parse_markup (markup ? markup : "", -1, 0, NULL, NULL, NULL, NULL))
    pango_layout_set_markup (layout, markup ? markup : "", -1);
  else
    pango_layout_set_text (layout, markup, -1);

  return layout;
}

double
report_layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

double
report_layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) (logical.x + logical.width) / PANGO_SCALE;
}

char *
report_escape (const char *text)
{
  return g_markup_escape_text (text ? text : "", -1);
}

/* Pages and flow */

void
report_new_page (EngageReport *self,
                 gboolean      framed)
{
  ReportPage *page = g_new0 (ReportPage, 1);

  page->items = g_ptr_array_new_with_free_func (report_item_free);
  page->framed = framed;
  g_ptr_array_add (self->pages, page);

  self->page = page;
  self->y = framed ? self->body.y : 0;
}

double
report_space_left (EngageReport *self)
{
  return self->body.y + self->body.height - self->y;
}

gboolean
report_at_page_top (EngageReport *self)
{
  return self->page == NULL || self->y <= self->body.y + PAGE_TOP_EPSILON;
}

/* Starts a new page unless @height still fits on this one (or this one is
 * empty, where a new page would not help). */
void
report_ensure_space (EngageReport *self,
                     double        height)
{
  if (self->page == NULL || (!report_at_page_top (self) && report_space_left (self) < height))
    report_new_page (self, TRUE);
}

/* Vertical space that disappears at the top of a page. */
void
report_skip (EngageReport *self,
             double        height)
{
  if (report_at_page_top (self))
    return;

  self->y = MIN (self->y + height, self->body.y + self->body.height);
}

void
report_add_layout (EngageReport     *self,
                   PangoLayout      *layout,
                   double            x,
                   double            y,
                   const EngageRgba *color)
{
  ReportItem *item = add_item (self, REPORT_ITEM_LAYOUT, x, y, report_layout_width (layout),
                               report_layout_height (layout));

  item->layout = g_object_ref (layout);
  if (color != NULL)
    item->color = *color;
}

/**
 * report_add_text:
 *
 * Places text at the cursor and moves the cursor below it.
 *
 * Returns: the text's height
 */
double
report_add_text (EngageReport     *self,
                 ReportFont        font,
                 const char       *markup,
                 double            x,
                 double            width,
                 const EngageRgba *color)
{
  g_autoptr(PangoLayout) layout = report_layout (self, font, markup, width, PANGO_ALIGN_LEFT);
  double height = report_layout_height (layout);

  report_ensure_space (self, height);
  report_add_layout (self, layout, x, self->y, color);
  self->y += height;

  return height;
}

void
report_add_rect (EngageReport     *self,
                 double            x,
                 double            y,
                 double            width,
                 double            height,
                 const EngageRgba *color,
                 double            radius)
{
  ReportItem *item = add_item (self, REPORT_ITEM_RECT, x, y, width, height);

  item->color = *color;
  item->line_width = radius;
}

void
report_add_line (EngageReport     *self,
                 double            x0,
                 double            y0,
                 double            x1,
                 double            y1,
                 const EngageRgba *color,
                 double            line_width)
{
  ReportItem *item = add_item (self, REPORT_ITEM_LINE, x0, y0, x1 - x0, y1 - y0);

  item->color = *color;
  item->line_width = line_width;
}

/**
 * report_add_paint:
 * @paint: paints into (0, 0, @width, @height); a chart painter fits
 * @data: (transfer full): what @paint needs, freed with @destroy
 */
void
report_add_paint (EngageReport    *self,
                  double           x,
                  double           y,
                  double           width,
                  double           height,
                  ReportPaintFunc  paint,
                  gpointer         data,
                  GDestroyNotify   destroy)
{
  ReportItem *item = add_item (self, REPORT_ITEM_PAINT, x, y, width, height);

  item->paint = paint;
  item->data = data;
  item->destroy = destroy;
}

void
report_add_outline (EngageReport *self,
                    const char   *title,
                    int           level)
{
  ReportOutlineEntry entry;

  current_page (self);
  entry.title = g_strdup (title);
  entry.page = self->pages->len;
  entry.y = self->y;
  entry.level = level;
  g_array_append_val (self->outline, entry);
}

/**
 * report_chapter:
 * @title: the chapter's title, without its number
 * @lead: (nullable): a sentence or two under the title, in markup
 *
 * Starts a chapter on a new page: its number, title and lead.
 */
void
report_chapter (EngageReport *self,
                const char   *title,
                const char   *lead)
{
  g_autofree char *escaped = report_escape (title);
  g_autofree char *number = NULL;
  g_autoptr(PangoLayout) number_layout = NULL;
  g_autoptr(PangoLayout) title_layout = NULL;
  double number_width;

  self->chapter++;
  report_new_page (self, TRUE);
  report_add_outline (self, title, 0);

  report_add_rect (self, self->body.x, self->y, 36, 3, &self->style.accent, 0);
  self->y += 12;

  number = g_strdup_printf ("%u", self->chapter);
  number_layout = report_layout (self, REPORT_FONT_H1, number, 0, PANGO_ALIGN_LEFT);
  number_width = MAX (report_layout_width (number_layout) + 10, 26);
  title_layout = report_layout (self, REPORT_FONT_H1, escaped, self->body.width - number_width,
                                PANGO_ALIGN_LEFT);
  report_add_layout (self, number_layout, self->body.x, self->y, &self->style.accent);
  report_add_layout (self, title_layout, self->body.x + number_width, self->y, NULL);
  self->y += report_layout_height (title_layout) + 6;

  if (lead != NULL)
    {
      g_autoptr(PangoLayout) lead_layout = report_layout (self, REPORT_FONT_BODY, lead,
                                                          self->body.width - number_width,
                                                          PANGO_ALIGN_LEFT);

      report_add_layout (self, lead_layout, self->body.x + number_width, self->y,
                         &self->style.dim_foreground);
      self->y += report_layout_height (lead_layout);
    }

  self->y += 20;
}

static void
paint_tag (cairo_t                *cr,
           const EngageChartStyle *style,
           double                  width,
           double                  height,
           gpointer                data)
{
  PangoLayout *layout = data;
  double radius = height / 2;

  cairo_new_sub_path (cr);
  cairo_arc (cr, width - radius, radius, radius, -G_PI / 2, G_PI / 2);
  cairo_arc (cr, radius, radius, radius, G_PI / 2, 3 * G_PI / 2);
  cairo_close_path (cr);
  engage_rgba_set_source_alpha (&style->accent, cr, 0.12);
  cairo_fill_preserve (cr);
  engage_rgba_set_source (&style->accent, cr);
  cairo_set_line_width (cr, 0.6);
  cairo_stroke (cr);

  cairo_move_to (cr, (width - report_layout_width (layout)) / 2,
                 (height - report_layout_height (layout)) / 2);
  pango_cairo_show_layout (cr, layout);
}

/**
 * report_heading:
 * @title: the heading's text (not markup)
 * @tag: (nullable): a small tag after the title ("Checklist")
 * @keep_height: how much of what follows must fit under the heading on the same page
 *
 * A section heading that never ends a page on its own.
 */
/* The height report_heading() takes for @title, spacing included. */
double
report_heading_height (EngageReport *self,
                       const char   *title)
{
  g_autofree char *escaped = report_escape (title);
  g_autoptr(PangoLayout) layout = report_layout (self, REPORT_FONT_H2, escaped, self->body.width,
                                                 PANGO_ALIGN_LEFT);

  return report_layout_height (layout) + HEADING_SPACE_AFTER;
}

void
report_heading (EngageReport *self,
                const char   *title,
                const char   *tag,
                double        keep_height)
{
  g_autofree char *escaped = report_escape (title);
  g_autoptr(PangoLayout) layout = report_layout (self, REPORT_FONT_H2, escaped, self->body.width,
                                                 PANGO_ALIGN_LEFT);
  double height = report_layout_height (layout);

  report_skip (self, HEADING_SPACE_BEFORE);
  report_ensure_space (self, height + HEADING_SPACE_AFTER + keep_height);
  report_add_outline (self, title, 1);
  report_add_layout (self, layout, self->body.x, self->y, NULL);

  if (tag != NULL)
    {
      g_autofree char *label = g_utf8_strup (tag, -1);
      g_autofree char *markup = g_markup_printf_escaped ("<span letter_spacing=\"600\">%s</span>", label);
      PangoLayout *tag_layout = report_layout (self, REPORT_FONT_LABEL, markup, 0, PANGO_ALIGN_LEFT);
      PangoRectangle end;
      double tag_width = report_layout_width (tag_layout) + 12;
      double tag_height = report_layout_height (tag_layout) + 4;
      double x, y;

      /* After the title's last word, or on the right if the line is full. */
      pango_layout_index_to_pos (layout, (int) strlen (pango_layout_get_text (layout)), &end);
      x = self->body.x + (double) end.x / PANGO_SCALE + 10;
      y = self->y + (double) end.y / PANGO_SCALE + ((double) end.height / PANGO_SCALE - tag_height) / 2;
      if (x + tag_width > self->body.x + self->body.width)
        x = self->body.x + self->body.width - tag_width;

      report_add_paint (self, x, y, tag_width, tag_height, paint_tag, tag_layout, g_object_unref);
    }

  self->y += height + HEADING_SPACE_AFTER;
}

/* A paragraph of the report's own text; long ones move to the next page whole,
 * which is fine for the few lines the report writes itself. */
void
report_paragraph (EngageReport     *self,
                  ReportFont        font,
                  const char       *markup,
                  const EngageRgba *color)
{
  report_add_text (self, font, markup, self->body.x, self->body.width, color);
}

/**
 * report_add_markdown:
 *
 * Flows @markdown from the cursor over as many pages as it needs, breaking
 * where engage_markdown_layout_fit() allows.
 */
void
report_add_markdown (EngageReport         *self,
                     EngageMarkdownLayout *markdown)
{
  EngageMarkdownPosition position = { 0, 0 };

  current_page (self);

  while (!engage_markdown_layout_is_end (markdown, &position))
    {
      EngageMarkdownPosition end;
      gboolean top = report_at_page_top (self);
      double height = engage_markdown_layout_fit (markdown, &position, report_space_left (self), top, &end);
      ReportItem *item;

      if (end.block == position.block && end.line == position.line)
        {
          report_new_page (self, TRUE);
          continue;
        }

      item = add_item (self, REPORT_ITEM_MARKDOWN, self->body.x, self->y,
                       engage_markdown_layout_get_width (markdown), height);
      item->markdown = g_object_ref (markdown);
      item->start = position;
      item->end = end;
      self->y += height;
      position = end;

      if (!engage_markdown_layout_is_end (markdown, &position))
        report_new_page (self, TRUE);
    }
}

/* Tables */

#define CELL_PADDING_X 5.0
#define CELL_PADDING_Y 4.0
#define SWATCH_SIZE    7.0

void
report_row_free (gpointer data)
{
  ReportRow *row = data;

  g_strfreev (row->cells);
  g_free (row);
}

/**
 * report_row_new:
 * @swatch: (nullable): a colour shown before the first cell
 * @first: the first cell's markup, then the others, then %NULL
 */
ReportRow *
report_row_new (const EngageRgba *swatch,
                const char       *first,
                ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  ReportRow *row = g_new0 (ReportRow, 1);
  va_list args;

  va_start (args, first);
  for (const char *cell = first; cell != NULL; cell = va_arg (args, const char *))
    g_strv_builder_add (builder, cell);
  va_end (args);

  row->cells = g_strv_builder_end (builder);
  if (swatch != NULL)
    {
      row->has_swatch = TRUE;
      row->swatch = *swatch;
    }

  return row;
}

static double
column_x (EngageReport       *self,
          const ReportColumn *columns,
          guint               column)
{
  double x = self->body.x;

  for (guint i = 0; i < column; i++)
    x += columns[i].width * self->body.width;

  return x;
}

static GPtrArray *
layout_row (EngageReport       *self,
            const ReportColumn *columns,
            guint               n_columns,
            const char * const *cells,
            const ReportRow    *row,
            ReportFont          font,
            double             *height)
{
  GPtrArray *layouts = g_ptr_array_new_with_free_func (g_object_unref);

  *height = 0;
  for (guint i = 0; i < n_columns; i++)
    {
      double width = columns[i].width * self->body.width - 2 * CELL_PADDING_X;
      const char *cell = cells != NULL && i < g_strv_length ((char **) cells) ? cells[i] : "";
      PangoLayout *layout;

      if (row != NULL && row->has_swatch && i == row->swatch_column)
        width -= SWATCH_SIZE + 5;
      layout = report_layout (self, font, cell, width, columns[i].alignment);
      *height = MAX (*height, report_layout_height (layout));
      g_ptr_array_add (layouts, layout);
    }

  *height += 2 * CELL_PADDING_Y;
  return layouts;
}

static void
place_row (EngageReport       *self,
           const ReportColumn *columns,
           GPtrArray          *layouts,
           const ReportRow    *row,
           const EngageRgba   *color)
{
  for (guint i = 0; i < layouts->len; i++)
    {
      double x = column_x (self, columns, i) + CELL_PADDING_X;

      if (row != NULL && row->has_swatch && i == row->swatch_column)
        {
          PangoLayout *cell = g_ptr_array_index (layouts, i);
          double baseline = (double) pango_layout_get_baseline (cell) / PANGO_SCALE;

          report_add_rect (self, x, self->y + CELL_PADDING_Y + baseline - SWATCH_SIZE,
                           SWATCH_SIZE, SWATCH_SIZE, &row->swatch, SWATCH_SIZE / 2);
          x += SWATCH_SIZE + 5;
        }

      report_add_layout (self, g_ptr_array_index (layouts, i), x, self->y + CELL_PADDING_Y, color);
    }
}

static double
place_header (EngageReport       *self,
              const ReportColumn *columns,
              guint               n_columns,
              GPtrArray          *header,
              double              header_height)
{
  place_row (self, columns, header, NULL, &self->style.dim_foreground);
  self->y += header_height;
  report_add_line (self, self->body.x, self->y, self->body.x + self->body.width, self->y,
                   &self->style.foreground, 0.8);
  return header_height;
}

/* Whether the rows from @first to the end fit on this page: a table does not
 * leave its last row (a total, often) alone on a new page. */
static gboolean
last_rows_fit (EngageReport       *self,
               const ReportColumn *columns,
               guint               n_columns,
               GPtrArray          *rows,
               guint               first)
{
  double needed = 0;

  for (guint r = first; r < rows->len; r++)
    {
      const ReportRow *row = g_ptr_array_index (rows, r);
      g_autoptr(GPtrArray) cells = NULL;
      double height;

      cells = layout_row (self, columns, n_columns, (const char * const *) row->cells, row,
                          REPORT_FONT_TABLE, &height);
      needed += height;
    }

  return needed <= report_space_left (self);
}

/**
 * report_add_table:
 * @columns: (array length=n_columns): the columns
 * @rows: (element-type ReportRow): the rows
 *
 * A table that breaks between rows and repeats its header on each new page.
 * Without rows there is no table: the chapter says why in its own words.
 */
void
report_add_table (EngageReport       *self,
                  const ReportColumn *columns,
                  guint               n_columns,
                  GPtrArray          *rows)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) header = NULL;
  EngageRgba zebra = self->style.grid;
  double header_height;

  if (rows->len == 0)
    return;

  zebra.alpha = 0.32;

  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *upper = g_utf8_strup (columns[i].title ? columns[i].title : "", -1);

      g_ptr_array_add (titles, g_markup_printf_escaped ("<span letter_spacing=\"300\">%s</span>", upper));
    }
  g_ptr_array_add (titles, NULL);

  header = layout_row (self, columns, n_columns, (const char * const *) titles->pdata, NULL,
                       REPORT_FONT_LABEL, &header_height);

  for (guint r = 0; r < rows->len; r++)
    {
      const ReportRow *row = g_ptr_array_index (rows, r);
      double height;
      g_autoptr(GPtrArray) cells = layout_row (self, columns, n_columns,
                                               (const char * const *) row->cells,
                                               row, REPORT_FONT_TABLE, &height);

      if (r == 0)
        {
          report_ensure_space (self, header_height + height);
          place_header (self, columns, n_columns, header, header_height);
        }
      else if (report_space_left (self) < height ||
               (r + 2 == rows->len && r >= 2 && !last_rows_fit (self, columns, n_columns, rows, r)))
        {
          report_new_page (self, TRUE);
          place_header (self, columns, n_columns, header, header_height);
        }

      if (r % 2 == 1)
        report_add_rect (self, self->body.x, self->y, self->body.width, height, &zebra, 0);
      place_row (self, columns, cells, row, NULL);
      self->y += height;
      report_add_line (self, self->body.x, self->y, self->body.x + self->body.width, self->y,
                       &self->style.grid, 0.5);
    }

}

/* Formatting */

/* A colour as the project stores it, or @fallback where it has none. */
void
report_parse_color (EngageRgba       *rgba,
                    const char       *spec,
                    const EngageRgba *fallback)
{
  if (!engage_rgba_parse (rgba, spec))
    *rgba = *fallback;
}

char *
report_iso_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

char *
report_format_gdate (EngageReport          *self,
                     const GDate           *date,
                     EngageReportDateStyle  style)
{
  return engage_report_catalog_format_date (self->catalog, date, style);
}

char *
report_format_date (EngageReport          *self,
                    const char            *iso_date,
                    EngageReportDateStyle  style)
{
  GDate date;

  if (iso_date == NULL || !engage_iso_date_parse (iso_date, &date))
    return g_strdup ("–");

  return engage_report_catalog_format_date (self->catalog, &date, style);
}

char *
report_format_number (EngageReport *self,
                      double        value,
                      int           decimals)
{
  return engage_report_catalog_format_number (self->catalog, value, decimals);
}

/**
 * report_format_value:
 * @unit: (nullable): "%" or a word ("followers")
 *
 * Returns: (transfer full): "4.8%", "3,450 followers", or just the number
 */
char *
report_format_value (EngageReport *self,
                     double        value,
                     int           decimals,
                     const char   *unit)
{
  g_autofree char *number = report_format_number (self, value, decimals);

  if (!isfinite (value) || unit == NULL || *unit == '\0')
    return g_steal_pointer (&number);

  if (g_str_equal (unit, "%"))
    {
      /* Translators: a percentage in the report; German puts a space before the sign. */
      const char *pattern = engage_report_catalog_pgettext (self->catalog, "percent", NC_("percent", "{value}%"));
      g_auto(GStrv) parts = g_strsplit (pattern, "{value}", 2);

      if (g_strv_length (parts) == 2)
        return g_strconcat (parts[0], number, parts[1], NULL);
      return g_strdup_printf ("%s%%", number);
    }

  return g_strdup_printf ("%s %s", number, unit);
}
