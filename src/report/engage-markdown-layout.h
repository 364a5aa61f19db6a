/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>
#include <pango/pango.h>

#include "engage-chart-style.h"

G_BEGIN_DECLS

/**
 * EngageMarkdownBlockKind:
 * @ENGAGE_MARKDOWN_BLOCK_PARAGRAPH: running text, also a list item's text
 * @ENGAGE_MARKDOWN_BLOCK_HEADING: a heading; kept on the page of what follows it
 * @ENGAGE_MARKDOWN_BLOCK_CODE: a code block in a monospace font on a tinted box
 * @ENGAGE_MARKDOWN_BLOCK_RULE: a thematic break, drawn as a thin line
 *
 * What a laid-out block is. Lists and block quotes are not blocks of their own:
 * their paragraphs carry the indentation, the bullet and the quote bar.
 */
typedef enum
{
  ENGAGE_MARKDOWN_BLOCK_PARAGRAPH,
  ENGAGE_MARKDOWN_BLOCK_HEADING,
  ENGAGE_MARKDOWN_BLOCK_CODE,
  ENGAGE_MARKDOWN_BLOCK_RULE,
} EngageMarkdownBlockKind;

/**
 * EngageMarkdownPosition:
 * @block: the index of a block
 * @line: a line of that block
 *
 * A place in laid-out text where a page may end: before line @line of block
 * @block. The position after the last block is the end.
 */
typedef struct
{
  guint block;
  guint line;
} EngageMarkdownPosition;

#define ENGAGE_TYPE_MARKDOWN_LAYOUT (engage_markdown_layout_get_type ())

G_DECLARE_FINAL_TYPE (EngageMarkdownLayout, engage_markdown_layout, ENGAGE, MARKDOWN_LAYOUT, GObject)

EngageMarkdownLayout    *engage_markdown_layout_new               (PangoContext                 *context,
                                                                   const EngageChartStyle       *style,
                                                                   double                        font_size,
                                                                   double                        width);
void                     engage_markdown_layout_set_markdown      (EngageMarkdownLayout         *self,
                                                                   const char                   *markdown);
double                   engage_markdown_layout_get_width         (EngageMarkdownLayout         *self);
double                   engage_markdown_layout_get_height        (EngageMarkdownLayout         *self);

guint                    engage_markdown_layout_get_n_blocks      (EngageMarkdownLayout         *self);
EngageMarkdownBlockKind  engage_markdown_layout_get_block_kind    (EngageMarkdownLayout         *self,
                                                                   guint                         block);
guint                    engage_markdown_layout_get_block_level   (EngageMarkdownLayout         *self,
                                                                   guint                         block);
const char              *engage_markdown_layout_get_block_markup  (EngageMarkdownLayout         *self,
                                                                   guint                         block);
const char              *engage_markdown_layout_get_block_marker  (EngageMarkdownLayout         *self,
                                                                   guint                         block);
double                   engage_markdown_layout_get_block_indent  (EngageMarkdownLayout         *self,
                                                                   guint                         block);
PangoLayout             *engage_markdown_layout_get_block_layout  (EngageMarkdownLayout         *self,
                                                                   guint                         block);
guint                    engage_markdown_layout_get_block_n_lines (EngageMarkdownLayout         *self,
                                                                   guint                         block);

gboolean                 engage_markdown_layout_is_end            (EngageMarkdownLayout         *self,
                                                                   const EngageMarkdownPosition *position);
double                   engage_markdown_layout_get_min_height    (EngageMarkdownLayout         *self,
                                                                   const EngageMarkdownPosition *start);
double                   engage_markdown_layout_fit               (EngageMarkdownLayout         *self,
                                                                   const EngageMarkdownPosition *start,
                                                                   double                        available,
                                                                   gboolean                      page_top,
                                                                   EngageMarkdownPosition       *end);
void                     engage_markdown_layout_paint             (EngageMarkdownLayout         *self,
                                                                   cairo_t                      *cr,
                                                                   double                        x,
                                                                   double                        y,
                                                                   const EngageMarkdownPosition *start,
                                                                   const EngageMarkdownPosition *end);

G_END_DECLS
