/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-markdown-layout"

#include "config.h"

#include "engage-markdown-layout.h"

#include <math.h>
#include <string.h>

#include <cmark.h>
#include <pango/pangocairo.h>

/* CommonMark text (the guideline's sections) laid out for paper: each leaf block
 * becomes a PangoLayout whose inlines are Pango markup, and the whole can be cut
 * into pages between blocks or between the lines of a block. Lists and quotes
 * are expressed through their paragraphs' indentation, bullets and bars, so that
 * a long list can break between any two items or inside one. */

#define LIST_INDENT     15.0   /* per list level, in points */
#define QUOTE_INDENT    12.0
#define MARKER_GAP       5.0
#define CODE_PADDING     4.0
#define RULE_HEIGHT     14.0
#define MIN_LINES        2     /* orphans and widows: lines kept together at a break */
#define EPSILON          0.01

typedef struct
{
  double top;        /* relative to the block's layout, in points */
  double bottom;
  double baseline;
  double x;
} LineBox;

typedef struct
{
  EngageMarkdownBlockKind  kind;
  guint                    level;           /* a heading's level; 0 otherwise */
  double                   indent;
  double                   space_before;
  gboolean                 keep_with_next;
  guint                    quote_depth;
  char                    *markup;
  char                    *marker;
  PangoLayout             *layout;
  PangoLayout             *marker_layout;
  GArray                  *lines;           /* LineBox */
} Block;

struct _EngageMarkdownLayout
{
  GObject       parent_instance;

  PangoContext *context;
  GPtrArray    *blocks;

  char         *font_family;
  double        font_size;
  double        width;
  EngageRgba    foreground;
  EngageRgba    dim_foreground;
  EngageRgba    grid;
  EngageRgba    accent;
};

G_DEFINE_FINAL_TYPE (EngageMarkdownLayout, engage_markdown_layout, G_TYPE_OBJECT)

static void
block_free (gpointer data)
{
  Block *block = data;

  g_free (block->markup);
  g_free (block->marker);
  g_clear_object (&block->layout);
  g_clear_object (&block->marker_layout);
  g_clear_pointer (&block->lines, g_array_unref);
  g_free (block);
}

static char *
rgba_to_hex (const EngageRgba *rgba)
{
  return g_strdup_printf ("#%02x%02x%02x",
                          (guint) lround (CLAMP (rgba->red, 0, 1) * 255),
                          (guint) lround (CLAMP (rgba->green, 0, 1) * 255),
                          (guint) lround (CLAMP (rgba->blue, 0, 1) * 255));
}

/* Inlines */

static void
append_escaped (GString    *markup,
                const char *text)
{
  g_autofree char *escaped = NULL;

  if (text == NULL)
    return;

  escaped = g_markup_escape_text (text, -1);
  g_string_append (markup, escaped);
}

/* Raw HTML has no place on paper; a <br> is the one tag that carries meaning. */
static void
append_inline_html (GString    *markup,
                    const char *html)
{
  g_autofree char *lower = g_ascii_strdown (html ? html : "", -1);

  if (g_str_has_prefix (lower, "<br"))
    g_string_append_c (markup, '\n');
}

static char *
inline_markup (EngageMarkdownLayout *self,
               cmark_node           *block)
{
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autofree char *accent = rgba_to_hex (&self->accent);
  g_autofree char *dim = rgba_to_hex (&self->dim_foreground);
  int small_size = (int) (self->font_size * 0.82 * PANGO_SCALE);
  int code_size = (int) (self->font_size * 0.88 * PANGO_SCALE);
  cmark_iter *iter = cmark_iter_new (block);
  cmark_event_type event;

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      gboolean entering = event == CMARK_EVENT_ENTER;

      if (node == block)
        continue;

      switch (cmark_node_get_type (node))
        {
        case CMARK_NODE_TEXT:
          append_escaped (markup, cmark_node_get_literal (node));
          break;

        case CMARK_NODE_SOFTBREAK:
          g_string_append_c (markup, ' ');
          break;

        case CMARK_NODE_LINEBREAK:
          g_string_append_c (markup, '\n');
          break;

        case CMARK_NODE_CODE:
          g_string_append_printf (markup, "<span font_family=\"monospace\" size=\"%d\">", code_size);
          append_escaped (markup, cmark_node_get_literal (node));
          g_string_append (markup, "</span>");
          break;

        case CMARK_NODE_HTML_INLINE:
          append_inline_html (markup, cmark_node_get_literal (node));
          break;

        case CMARK_NODE_EMPH:
          g_string_append (markup, entering ? "<i>" : "</i>");
          break;

        case CMARK_NODE_STRONG:
          g_string_append (markup, entering ? "<b>" : "</b>");
          break;

        case CMARK_NODE_LINK:
          if (entering)
            {
              g_string_append_printf (markup, "<span foreground=\"%s\" underline=\"single\">", accent);
            }
          else
            {
              const char *url = cmark_node_get_url (node);
              const char *shown = url;
              cmark_node *child;
              g_autoptr(GString) label = g_string_new (NULL);

              g_string_append (markup, "</span>");

              /* Paper cannot be clicked: print the address unless the text already is it. */
              for (child = cmark_node_first_child (node); child; child = cmark_node_next (child))
                if (cmark_node_get_type (child) == CMARK_NODE_TEXT)
                  g_string_append (label, cmark_node_get_literal (child));
              if (shown != NULL && g_str_has_prefix (shown, "mailto:"))
                shown += strlen ("mailto:");
              if (shown != NULL && *shown != '\0' && !g_str_equal (label->str, shown) &&
                  !g_str_equal (label->str, url))
                {
                  g_string_append_printf (markup, "<span size=\"%d\" foreground=\"%s\"> (", small_size, dim);
                  append_escaped (markup, shown);
                  g_string_append (markup, ")</span>");
                }
            }
          break;

        case CMARK_NODE_IMAGE:
          if (entering)
            g_string_append_printf (markup, "<span foreground=\"%s\"><i>", dim);
          else
            g_string_append (markup, "</i></span>");
          break;

        case CMARK_NODE_NONE:
        case CMARK_NODE_DOCUMENT:
        case CMARK_NODE_BLOCK_QUOTE:
        case CMARK_NODE_LIST:
        case CMARK_NODE_ITEM:
        case CMARK_NODE_CODE_BLOCK:
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_CUSTOM_BLOCK:
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
        case CMARK_NODE_THEMATIC_BREAK:
        case CMARK_NODE_CUSTOM_INLINE:
        default:
          break;
        }
    }

  cmark_iter_free (iter);

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

/* Blocks */

typedef struct
{
  guint    list_depth;
  guint    quote_depth;
  double   indent;
  gboolean tight;
  char    *pending_marker;    /* the bullet of an item whose first block is still to come */
  gboolean first_in_item;
} BuildState;

static void
measure_lines (Block *block)
{
  PangoLayoutIter *iter;

  block->lines = g_array_new (FALSE, FALSE, sizeof (LineBox));

  if (block->layout == NULL)
    {
      LineBox box = { 0, RULE_HEIGHT, RULE_HEIGHT / 2, 0 };

      g_array_append_val (block->lines, box);
      return;
    }

  iter = pango_layout_get_iter (block->layout);
  do
    {
      LineBox box;
      PangoRectangle logical;
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      box.top = (double) y0 / PANGO_SCALE;
      box.bottom = (double) y1 / PANGO_SCALE;
      box.baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      box.x = (double) logical.x / PANGO_SCALE;
      g_array_append_val (block->lines, box);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static PangoLayout *
new_text_layout (EngageMarkdownLayout *self,
                 const char           *family,
                 double                size,
                 PangoWeight           weight,
                 double                width)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();
  PangoLayout *layout = pango_layout_new (self->context);

  pango_font_description_set_family (font, family);
  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);

  return layout;
}

static Block *
add_block (EngageMarkdownLayout    *self,
           BuildState              *state,
           EngageMarkdownBlockKind  kind,
           double                   space_before)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->indent = state->indent;
  block->quote_depth = state->quote_depth;
  block->space_before = space_before;

  /* The item's bullet goes with its first block, whatever kind that is. */
  if (state->pending_marker != NULL)
    {
      block->marker = g_steal_pointer (&state->pending_marker);
      block->marker_layout = new_text_layout (self, self->font_family, self->font_size,
                                              PANGO_WEIGHT_NORMAL, LIST_INDENT * 2);
      pango_layout_set_text (block->marker_layout, block->marker, -1);
    }
  else if (state->first_in_item && state->tight)
    {
      block->space_before = self->font_size * 0.2;
    }
  state->first_in_item = FALSE;

  g_ptr_array_add (self->blocks, block);
  return block;
}

static double
paragraph_space (EngageMarkdownLayout *self,
                 BuildState           *state)
{
  if (state->list_depth > 0 && state->tight)
    return self->font_size * 0.3;
  return self->font_size * 0.7;
}

static void
add_text_block (EngageMarkdownLayout    *self,
                BuildState              *state,
                cmark_node              *node)
{
  cmark_node_type type = cmark_node_get_type (node);
  double text_width = self->width - state->indent;
  Block *block;

  if (type == CMARK_NODE_HEADING)
    {
      int level = CLAMP (cmark_node_get_heading_level (node), 1, 6);
      const double scale[] = { 1.45, 1.25, 1.1, 1.0, 1.0, 1.0 };

      block = add_block (self, state, ENGAGE_MARKDOWN_BLOCK_HEADING, self->font_size * 1.1);
      block->level = level;
      block->keep_with_next = TRUE;
      block->markup = inline_markup (self, node);
      block->layout = new_text_layout (self, self->font_family, self->font_size * scale[level - 1],
                                       PANGO_WEIGHT_BOLD, text_width);
    }
  else if (type == CMARK_NODE_CODE_BLOCK)
    {
      g_autofree char *text = g_strdup (cmark_node_get_literal (node));
      g_autoptr(GString) markup = g_string_new (NULL);

      g_strchomp (text);
      append_escaped (markup, text);
      block = add_block (self, state, ENGAGE_MARKDOWN_BLOCK_CODE, paragraph_space (self, state));
      block->markup = g_string_free (g_steal_pointer (&markup), FALSE);
      block->layout = new_text_layout (self, "Monospace", self->font_size * 0.85,
                                       PANGO_WEIGHT_NORMAL, text_width - 2 * CODE_PADDING);
    }
  else
    {
      block = add_block (self, state, ENGAGE_MARKDOWN_BLOCK_PARAGRAPH, paragraph_space (self, state));
      block->markup = inline_markup (self, node);
      block->layout = new_text_layout (self, self->font_family, self->font_size,
                                       PANGO_WEIGHT_NORMAL, text_width);
      pango_layout_set_line_spacing (block->layout, 1.2);
    }

  pango_layout_set_markup (block->layout, block->markup, -1);
  measure_lines (block);
}

static char *
item_marker (cmark_node *list,
             guint       index,
             guint       depth)
{
  /* Bullets change shape with depth, as word processors do. */
  const char *bullets[] = { "•", "–", "◦" };

  if (cmark_node_get_list_type (list) == CMARK_ORDERED_LIST)
    return g_strdup_printf ("%d%c", cmark_node_get_list_start (list) + (int) index,
                            cmark_node_get_list_delim (list) == CMARK_PAREN_DELIM ? ')' : '.');

  return g_strdup (bullets[(depth - 1) % G_N_ELEMENTS (bullets)]);
}

static void build_children (EngageMarkdownLayout *self,
                            BuildState           *state,
                            cmark_node           *parent);

static void
build_node (EngageMarkdownLayout *self,
            BuildState           *state,
            cmark_node           *node)
{
  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
    case CMARK_NODE_CODE_BLOCK:
      add_text_block (self, state, node);
      break;

    case CMARK_NODE_THEMATIC_BREAK:
      {
        Block *block = add_block (self, state, ENGAGE_MARKDOWN_BLOCK_RULE, self->font_size * 0.5);

        measure_lines (block);
      }
      break;

    case CMARK_NODE_BLOCK_QUOTE:
      {
        BuildState inner = *state;

        inner.quote_depth++;
        inner.indent += QUOTE_INDENT;
        build_children (self, &inner, node);
        state->pending_marker = inner.pending_marker;
        state->first_in_item = inner.first_in_item;
      }
      break;

    case CMARK_NODE_LIST:
      {
        BuildState inner = *state;
        guint index = 0;

        inner.list_depth++;
        inner.indent += LIST_INDENT;
        inner.tight = cmark_node_get_list_tight (node);

        /* An item that starts with a list shows the inner items' bullets only:
         * two bullets on one line would read as noise. */
        g_clear_pointer (&inner.pending_marker, g_free);
        state->pending_marker = NULL;
        state->first_in_item = FALSE;

        for (cmark_node *item = cmark_node_first_child (node); item; item = cmark_node_next (item))
          {
            g_free (inner.pending_marker);
            inner.pending_marker = item_marker (node, index++, inner.list_depth);
            inner.first_in_item = TRUE;
            build_children (self, &inner, item);
          }
        g_clear_pointer (&inner.pending_marker, g_free);
      }
      break;

    case CMARK_NODE_HTML_BLOCK:
      /* Raw HTML (comments, mostly) is not content a reader of paper can use. */
      break;

    case CMARK_NODE_NONE:
    case CMARK_NODE_DOCUMENT:
    case CMARK_NODE_ITEM:
    case CMARK_NODE_CUSTOM_BLOCK:
    case CMARK_NODE_TEXT:
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
    case CMARK_NODE_CODE:
    case CMARK_NODE_HTML_INLINE:
    case CMARK_NODE_CUSTOM_INLINE:
    case CMARK_NODE_EMPH:
    case CMARK_NODE_STRONG:
    case CMARK_NODE_LINK:
    case CMARK_NODE_IMAGE:
    default:
      build_children (self, state, node);
      break;
    }
}

static void
build_children (EngageMarkdownLayout *self,
                BuildState           *state,
                cmark_node           *parent)
{
  for (cmark_node *child = cmark_node_first_child (parent); child; child = cmark_node_next (child))
    build_node (self, state, child);
}

/* Measuring */

static Block *
get_block (EngageMarkdownLayout *self,
           guint                 index)
{
  return g_ptr_array_index (self->blocks, index);
}

static double
block_padding (const Block *block)
{
  return block->kind == ENGAGE_MARKDOWN_BLOCK_CODE ? CODE_PADDING : 0;
}

/* The height of lines [first, last) of @block, as painted. */
static double
fragment_height (const Block *block,
                 guint        first,
                 guint        last)
{
  const LineBox *lines = (const LineBox *) (gpointer) block->lines->data;

  g_assert (first < last && last <= block->lines->len);

  return lines[last - 1].bottom - lines[first].top + 2 * block_padding (block);
}

static gboolean
block_can_split (const Block *block)
{
  return block->kind == ENGAGE_MARKDOWN_BLOCK_PARAGRAPH || block->kind == ENGAGE_MARKDOWN_BLOCK_CODE;
}

/* What must at least go on a page for @block to start there: its first lines,
 * or all of it where it cannot be split. */
static double
block_min_height (EngageMarkdownLayout *self,
                  guint                 index,
                  guint                 first_line)
{
  Block *block = get_block (self, index);
  guint n_lines = block->lines->len;
  double height;

  if (!block_can_split (block))
    height = fragment_height (block, first_line, n_lines);
  else
    height = fragment_height (block, first_line, MIN (n_lines, first_line + MIN_LINES));

  if (block->keep_with_next && index + 1 < self->blocks->len)
    height += get_block (self, index + 1)->space_before + block_min_height (self, index + 1, 0);

  return height;
}

/* GObject */

static void
engage_markdown_layout_finalize (GObject *object)
{
  EngageMarkdownLayout *self = ENGAGE_MARKDOWN_LAYOUT (object);

  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_free (self->font_family);

  G_OBJECT_CLASS (engage_markdown_layout_parent_class)->finalize (object);
}

static void
engage_markdown_layout_class_init (EngageMarkdownLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = engage_markdown_layout_finalize;
}

static void
engage_markdown_layout_init (EngageMarkdownLayout *self)
{
  self->blocks = g_ptr_array_new_with_free_func (block_free);
}

/* Public API */

/**
 * engage_markdown_layout_new:
 * @context: the Pango context to lay out with; its resolution decides the unit
 *   (72 dpi for points on a PDF page)
 * @style: the colours and the font family of the text
 * @font_size: the body text's size
 * @width: the width of the text column
 *
 * Returns: (transfer full): an empty layout; give it text with
 *   engage_markdown_layout_set_markdown()
 */
EngageMarkdownLayout *
engage_markdown_layout_new (PangoContext           *context,
                            const EngageChartStyle *style,
                            double                  font_size,
                            double                  width)
{
  EngageMarkdownLayout *self;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (style != NULL, NULL);
  g_return_val_if_fail (font_size > 0, NULL);

  self = g_object_new (ENGAGE_TYPE_MARKDOWN_LAYOUT, NULL);
  self->context = g_object_ref (context);
  self->font_family = g_strdup (style->font_family ? style->font_family : "Sans");
  self->font_size = font_size;
  self->width = MAX (width, 4 * LIST_INDENT);
  self->foreground = style->foreground;
  self->dim_foreground = style->dim_foreground;
  self->grid = style->grid;
  self->accent = style->accent;

  return self;
}

/**
 * engage_markdown_layout_set_markdown:
 * @markdown: (nullable): CommonMark text
 *
 * Parses @markdown and lays it out, replacing what the layout held.
 */
void
engage_markdown_layout_set_markdown (EngageMarkdownLayout *self,
                                     const char           *markdown)
{
  BuildState state = { 0 };
  cmark_node *document;

  g_return_if_fail (ENGAGE_IS_MARKDOWN_LAYOUT (self));

  g_ptr_array_set_size (self->blocks, 0);

  if (markdown == NULL)
    return;

  document = cmark_parse_document (markdown, strlen (markdown), CMARK_OPT_SMART);
  build_children (self, &state, document);
  g_free (state.pending_marker);
  cmark_node_free (document);
}

double
engage_markdown_layout_get_width (EngageMarkdownLayout *self)
{
  g_return_val_if_fail (ENGAGE_IS_MARKDOWN_LAYOUT (self), 0);

  return self->width;
}

/**
 * engage_markdown_layout_get_height:
 *
 * Returns: the height of all blocks on one endless page
 */
double
engage_markdown_layout_get_height (EngageMarkdownLayout *self)
{
  double height = 0;

  g_return_val_if_fail (ENGAGE_IS_MARKDOWN_LAYOUT (self), 0);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = get_block (self, i);

      height += (i > 0 ? block->space_before : 0) + fragment_height (block, 0, block->lines->len);
    }

  return height;
}

guint
engage_markdown_layout_get_n_blocks (EngageMarkdownLayout *self)
{
  g_return_val_if_fail (ENGAGE_IS_MARKDOWN_LAYOUT (self), 0);

  return self->blocks->len;
}

EngageMarkdownBlockKind
engage_markdown_layout_get_block_kind (EngageMarkdownLayout *self,
                                       guint                 block)
{
  g_return_val_if_fail (ENGAGE_IS_MARKDOWN_LAYOUT (self), ENGAGE_MARKDOWN_BLOCK_PARAGRAPH);
  g_return_val_if_fail (block < self->blocks->len, ENGAGE_MARKDOWN_BLOCK_PARAGRAPH);

  return get_block (self, block)->kind;
}

/**
 * engage_markdown_layout_get_block_level:
 *
 * Returns: a heading's level (1–6), or 0 for other blocks
 */
guint
engage_markdown_layout_get_block_level (EngageMarkdownLayout *self,
                                        guint                 block)
{
  g_return_val_if_fail (ENGAGE_IS_MARKDOWN_LAYOUT (self), 0);
  g_return_val_if_fail (block < self->blocks->len, 0);

  return get_block (self, block)->level;
}

/**
 * engage_markdown_layout_get_block_markup:
 *
 * Returns: (nullable): the Pango markup of a block's text; %NULL for a rule
 */
const char *
engage_markdown_layout_get_block_markup (EngageMarkdownLayout *self,
                                         guint                 block)
{
  g_return_val_if_fail (ENGAGE_IS_MARKDOWN_LAYOUT (self), NULL);
  g_return_val_if_fail (block < self->blocks->len, NULL);

  return get_block (self, block)->markup;
}

/**
 * engage_markdown_layout_get_block_marker:
 *
 * Returns: (nullable): the bullet or number of the list item that the block
 *   starts, or %NULL
 */
const char *
engage_markdown_layout_get_block_marker (EngageMarkdownLayout *self,
                                         guint                 block)
{
  g_return_val_if_fail (ENGAGE_IS_MARKDOWN_LAYOUT (self), NULL);
  g_return_val_if_fail (block < self->blocks->len, NULL);

  return get_block (self, block)->marker;
}

/**
 * engage_markdown_layout_get_block_indent:
 *
 * Returns: how far the block's text is indented by lists and quotes, in points
 */
double
engage_markdown_layout_get_block_indent (EngageMarkdownLayout *self,
                                         guint                 block)
{
  g_return_val_if_fail (ENGAGE_IS_MARKDOWN_LAYOUT (self), 0);
  g_return_val_if_fail (block < self->blocks->len, 0);

  return get_block (self, block)->indent;
}

/**
 * engage_markdown_layout_get_block_layout:
 *
 * Returns: (transfer none) (nullable): the block's text, or %NULL for a rule
 */
PangoLayout *
engage_markdown_layout_get_block_layout (EngageMarkdownLayout *self,
                                         guint                 block)
{
  g_return_val_if_fail (ENGAGE_IS_MARKDOWN_LAYOUT (self), NULL);
  g_return_val_if_fail (block < self->blocks->len, NULL);

  return get_block (self, block)->layout;
}

guint
engage_markdown_layout_get_block_n_lines (EngageMarkdownLayout *self,
                                          guint                 block)
{
  g_return_val_if_fail (ENGAGE_IS_MARKDOWN_LAYOUT (self), 0);
  g_return_val_if_fail (block < self->blocks->len, 0);

  return get_block (self, block)->lines->len;
}

gboolean
engage_markdown_layout_is_end (EngageMarkdownLayout         *self,
                               const EngageMarkdownPosition *position)
{
  g_return_val_if_fail (ENGAGE_IS_MARKDOWN_LAYOUT (self), TRUE);
  g_return_val_if_fail (position != NULL, TRUE);

  return position->block >= self->blocks->len;
}

/**
 * engage_markdown_layout_get_min_height:
 * @start: where the text would continue
 *
 * The height that must fit below something for the text to start on the same
 * page: the first lines of a paragraph, a whole heading with the start of what
 * follows it. A caller keeps its own title together with the text this way.
 *
 * Returns: that height, or 0 at the end
 */
double
engage_markdown_layout_get_min_height (EngageMarkdownLayout         *self,
                                       const EngageMarkdownPosition *start)
{
  g_return_val_if_fail (ENGAGE_IS_MARKDOWN_LAYOUT (self), 0);
  g_return_val_if_fail (start != NULL, 0);

  if (start->block >= self->blocks->len)
    return 0;

  return block_min_height (self, start->block, start->line);
}

/**
 * engage_markdown_layout_fit:
 * @start: where to continue
 * @available: the height left on the page
 * @page_top: %TRUE if nothing else is on the page yet; then at least one line is
 *   placed, so that the text always advances
 * @end: (out caller-allocates): where the next page continues
 *
 * Decides how much of the text goes on a page: whole blocks while they fit, then
 * as many lines of a paragraph or code block as fit, keeping at least two lines
 * together on either side of the break. A heading never ends a page: it moves
 * to the next one with the text it introduces. The space above the first block
 * placed is dropped.
 *
 * Returns: the height that the placed part takes
 */
double
engage_markdown_layout_fit (EngageMarkdownLayout         *self,
                            const EngageMarkdownPosition *start,
                            double                        available,
                            gboolean                      page_top,
                            EngageMarkdownPosition       *end)
{
  gboolean placed_any = FALSE;
  double used = 0;
  guint b, l;

  g_return_val_if_fail (ENGAGE_IS_MARKDOWN_LAYOUT (self), 0);
  g_return_val_if_fail (start != NULL, 0);
  g_return_val_if_fail (end != NULL, 0);

  b = start->block;
  l = start->line;

  while (b < self->blocks->len)
    {
      Block *block = get_block (self, b);
      guint n_lines = block->lines->len;
      double gap = placed_any ? block->space_before : 0;
      double rest = fragment_height (block, l, n_lines);
      gboolean forced = page_top && !placed_any;

      if (used + gap + rest <= available + EPSILON)
        {
          if (block->keep_with_next && b + 1 < self->blocks->len && !forced)
            {
              Block *next = get_block (self, b + 1);
              double need = used + gap + rest + next->space_before + block_min_height (self, b + 1, 0);

              if (need > available + EPSILON)
                break;
            }

          used += gap + rest;
          placed_any = TRUE;
          b++;
          l = 0;
          continue;
        }

      if (block_can_split (block))
        {
          guint min_lines = l == 0 ? MIN (n_lines, MIN_LINES) : 1;
          guint k = 0;

          while (l + k < n_lines &&
                 used + gap + fragment_height (block, l, l + k + 1) <= available + EPSILON)
            k++;

          /* Leave at least two lines for the next page. */
          if (l + k < n_lines && n_lines - (l + k) < MIN_LINES)
            k = n_lines - l > MIN_LINES ? n_lines - l - MIN_LINES : 0;

          if (forced && k == 0)
            k = 1;

          if (k > 0 && (k >= min_lines || forced))
            {
              used += gap + fragment_height (block, l, l + k);
              l += k;
              break;
            }
        }
      else if (forced)
        {
          /* Taller than a page: it overflows rather than stalling the report. */
          used += rest;
          b++;
          l = 0;
        }

      break;
    }

  end->block = b;
  end->line = l;

  return used;
}

static void
paint_fragment (EngageMarkdownLayout *self,
                Block                *block,
                cairo_t              *cr,
                double                x,
                double                y,
                guint                 first,
                guint                 last)
{
  const LineBox *lines = (const LineBox *) (gpointer) block->lines->data;
  double height = fragment_height (block, first, last);
  double padding = block_padding (block);
  double text_x = x + block->indent;

  for (guint d = 0; d < block->quote_depth; d++)
    {
      double bar_x = x + d * QUOTE_INDENT + 1.5;

      engage_rgba_set_source (&self->grid, cr);
      cairo_rectangle (cr, bar_x, y, 2.5, height);
      cairo_fill (cr);
    }

  if (block->kind == ENGAGE_MARKDOWN_BLOCK_RULE)
    {
      engage_rgba_set_source (&self->grid, cr);
      cairo_set_line_width (cr, 0.75);
      cairo_move_to (cr, text_x, y + RULE_HEIGHT / 2);
      cairo_line_to (cr, x + self->width, y + RULE_HEIGHT / 2);
      cairo_stroke (cr);
      return;
    }

  if (block->kind == ENGAGE_MARKDOWN_BLOCK_CODE)
    {
      engage_rgba_set_source_alpha (&self->grid, cr, 0.45);
      cairo_rectangle (cr, text_x, y, self->width - block->indent, height);
      cairo_fill (cr);
      text_x += padding;
    }

  engage_rgba_set_source (block->quote_depth > 0 ? &self->dim_foreground : &self->foreground, cr);

  if (first == 0 && block->marker_layout != NULL)
    {
      PangoRectangle logical;
      double baseline = (double) pango_layout_get_baseline (block->marker_layout) / PANGO_SCALE;

      pango_layout_get_extents (block->marker_layout, NULL, &logical);
      cairo_move_to (cr, text_x - MARKER_GAP - (double) logical.width / PANGO_SCALE,
                     y + padding + lines[0].baseline - lines[0].top - baseline);
      pango_cairo_show_layout (cr, block->marker_layout);
    }

  for (guint i = first; i < last; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (block->layout, (int) i);

      cairo_move_to (cr, text_x + lines[i].x, y + padding + lines[i].baseline - lines[first].top);
      pango_cairo_show_layout_line (cr, line);
    }
}

/**
 * engage_markdown_layout_paint:
 * @x: the left edge of the text column
 * @y: the top of the part to paint
 * @start: the first place to paint
 * @end: where to stop, as engage_markdown_layout_fit() returned it
 *
 * Paints the text between @start and @end, with the same spacing that
 * engage_markdown_layout_fit() measured.
 */
void
engage_markdown_layout_paint (EngageMarkdownLayout         *self,
                              cairo_t                      *cr,
                              double                        x,
                              double                        y,
                              const EngageMarkdownPosition *start,
                              const EngageMarkdownPosition *end)
{
  gboolean first = TRUE;
  guint b, l;

  g_return_if_fail (ENGAGE_IS_MARKDOWN_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (start != NULL && end != NULL);

  cairo_save (cr);

  for (b = start->block, l = start->line;
       b < self->blocks->len && (b < end->block || (b == end->block && l < end->line));
       b++, l = 0)
    {
      Block *block = get_block (self, b);
      guint last = b == end->block ? end->line : block->lines->len;

      if (!first)
        y += block->space_before;

      paint_fragment (self, block, cr, x, y, l, last);
      y += fragment_height (block, l, last);
      first = FALSE;
    }

  cairo_restore (cr);
}
