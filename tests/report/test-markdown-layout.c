/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <pango/pangocairo.h>

#include "engage-markdown-layout.h"

/* The guideline's CommonMark on paper: what each construct becomes, and where
 * pages may break. */

#define WIDTH 300.0

typedef struct
{
  PangoFontMap     *font_map;
  PangoContext     *context;
  EngageChartStyle  style;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->font_map = pango_cairo_font_map_new ();
  fixture->context = pango_font_map_create_context (fixture->font_map);
  pango_cairo_context_set_resolution (fixture->context, 72);
  engage_chart_style_init_print (&fixture->style);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  engage_chart_style_clear (&fixture->style);
  g_clear_object (&fixture->context);
  g_clear_object (&fixture->font_map);
}

static EngageMarkdownLayout *
lay_out (Fixture    *fixture,
         const char *markdown)
{
  EngageMarkdownLayout *layout = engage_markdown_layout_new (fixture->context, &fixture->style, 10, WIDTH);

  engage_markdown_layout_set_markdown (layout, markdown);
  return layout;
}

/* Whether @layout has an attribute of @type over all of @needle's bytes that
 * @check accepts. */
static gboolean
has_attribute (PangoLayout    *layout,
               const char     *needle,
               PangoAttrType   type,
               gboolean      (*check) (PangoAttribute *attribute))
{
  const char *text = pango_layout_get_text (layout);
  const char *found = strstr (text, needle);
  PangoAttrList *list = pango_layout_get_attributes (layout);
  GSList *attributes;
  gboolean result = FALSE;
  guint start, end;

  g_assert_nonnull (found);
  g_assert_nonnull (list);
  start = found - text;
  end = start + strlen (needle);

  attributes = pango_attr_list_get_attributes (list);
  for (GSList *l = attributes; l != NULL; l = l->next)
    {
      PangoAttribute *attribute = l->data;

      if (attribute->klass->type == type && attribute->start_index <= start &&
          attribute->end_index >= end && check (attribute))
        result = TRUE;
    }
  g_slist_free_full (attributes, (GDestroyNotify) pango_attribute_destroy);

  return result;
}

static gboolean
is_italic (PangoAttribute *attribute)
{
  return ((PangoAttrInt *) attribute)->value == PANGO_STYLE_ITALIC;
}

static gboolean
is_bold (PangoAttribute *attribute)
{
  return ((PangoAttrInt *) attribute)->value >= PANGO_WEIGHT_BOLD;
}

static gboolean
is_monospace (PangoAttribute *attribute)
{
  return g_str_equal (((PangoAttrString *) attribute)->value, "monospace");
}

static gboolean
is_underlined (PangoAttribute *attribute)
{
  return ((PangoAttrInt *) attribute)->value != PANGO_UNDERLINE_NONE;
}

static void
test_emphasis (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(EngageMarkdownLayout) layout =
    lay_out (fixture, "Plain, *leaning* and **heavy** words with `code` in them.");
  PangoLayout *text;

  g_assert_cmpuint (engage_markdown_layout_get_n_blocks (layout), ==, 1);
  g_assert_cmpint (engage_markdown_layout_get_block_kind (layout, 0), ==, ENGAGE_MARKDOWN_BLOCK_PARAGRAPH);
  g_assert_nonnull (strstr (engage_markdown_layout_get_block_markup (layout, 0), "<i>leaning</i>"));
  g_assert_nonnull (strstr (engage_markdown_layout_get_block_markup (layout, 0), "<b>heavy</b>"));

  text = engage_markdown_layout_get_block_layout (layout, 0);
  g_assert_cmpstr (pango_layout_get_text (text), ==, "Plain, leaning and heavy words with code in them.");
  g_assert_true (has_attribute (text, "leaning", PANGO_ATTR_STYLE, is_italic));
  g_assert_false (has_attribute (text, "Plain", PANGO_ATTR_STYLE, is_italic));
  g_assert_true (has_attribute (text, "heavy", PANGO_ATTR_WEIGHT, is_bold));
  g_assert_false (has_attribute (text, "leaning", PANGO_ATTR_WEIGHT, is_bold));
  g_assert_true (has_attribute (text, "code", PANGO_ATTR_FAMILY, is_monospace));
}

static void
test_escaping (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(EngageMarkdownLayout) layout =
    lay_out (fixture, "Prices & <b>offers</b> are \\*not\\* bold: 3 < 4 > 2.");
  PangoLayout *text;

  g_assert_cmpuint (engage_markdown_layout_get_n_blocks (layout), ==, 1);
  text = engage_markdown_layout_get_block_layout (layout, 0);

  /* Raw HTML is dropped, text stays text: nothing turns into markup. */
  g_assert_cmpstr (pango_layout_get_text (text), ==, "Prices & offers are *not* bold: 3 < 4 > 2.");
  g_assert_false (has_attribute (text, "offers", PANGO_ATTR_WEIGHT, is_bold));
}

static void
test_link (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(EngageMarkdownLayout) layout =
    lay_out (fixture, "Order in [our shop](https://example.org/shop?a=1&b=2) or at <https://example.org>.");
  PangoLayout *text;
  const char *plain;

  text = engage_markdown_layout_get_block_layout (layout, 0);
  plain = pango_layout_get_text (text);

  /* Paper cannot be clicked: the address is printed after the link's text… */
  g_assert_nonnull (strstr (plain, "our shop (https://example.org/shop?a=1&b=2)"));
  g_assert_true (has_attribute (text, "our shop", PANGO_ATTR_UNDERLINE, is_underlined));
  /* …unless the text is the address already. */
  g_assert_nonnull (strstr (plain, "at https://example.org."));
  g_assert_null (strstr (plain, "(https://example.org)"));
}

static void
test_lists (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(EngageMarkdownLayout) layout =
    lay_out (fixture,
             "Intro.\n\n"
             "- Instagram\n"
             "- Facebook\n"
             "  - the page\n"
             "  - the group\n"
             "- Newsletter\n\n"
             "3. Third\n"
             "4. Fourth\n");
  const char *expected[][2] = {
    { "Intro.", NULL },
    { "Instagram", "•" },
    { "Facebook", "•" },
    { "the page", "–" },
    { "the group", "–" },
    { "Newsletter", "•" },
    { "Third", "3." },
    { "Fourth", "4." },
  };

  g_assert_cmpuint (engage_markdown_layout_get_n_blocks (layout), ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      PangoLayout *text = engage_markdown_layout_get_block_layout (layout, i);

      g_assert_cmpstr (pango_layout_get_text (text), ==, expected[i][0]);
      g_assert_cmpstr (engage_markdown_layout_get_block_marker (layout, i), ==, expected[i][1]);
    }

  /* Nesting indents further; the outer items line up. */
  g_assert_cmpfloat (engage_markdown_layout_get_block_indent (layout, 0), ==, 0);
  g_assert_cmpfloat (engage_markdown_layout_get_block_indent (layout, 1), >, 0);
  g_assert_cmpfloat (engage_markdown_layout_get_block_indent (layout, 3), >,
                     engage_markdown_layout_get_block_indent (layout, 2));
  g_assert_cmpfloat (engage_markdown_layout_get_block_indent (layout, 5), ==,
                     engage_markdown_layout_get_block_indent (layout, 1));
}

static void
test_blocks (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(EngageMarkdownLayout) layout =
    lay_out (fixture, "## Tone\n\n> We say *du*.\n\n---\n\n    code line\n\nEnd.");

  g_assert_cmpuint (engage_markdown_layout_get_n_blocks (layout), ==, 5);
  g_assert_cmpint (engage_markdown_layout_get_block_kind (layout, 0), ==, ENGAGE_MARKDOWN_BLOCK_HEADING);
  g_assert_cmpuint (engage_markdown_layout_get_block_level (layout, 0), ==, 2);
  g_assert_cmpint (engage_markdown_layout_get_block_kind (layout, 1), ==, ENGAGE_MARKDOWN_BLOCK_PARAGRAPH);
  g_assert_cmpfloat (engage_markdown_layout_get_block_indent (layout, 1), >, 0);
  g_assert_cmpint (engage_markdown_layout_get_block_kind (layout, 2), ==, ENGAGE_MARKDOWN_BLOCK_RULE);
  g_assert_cmpint (engage_markdown_layout_get_block_kind (layout, 3), ==, ENGAGE_MARKDOWN_BLOCK_CODE);
  g_assert_cmpstr (pango_layout_get_text (engage_markdown_layout_get_block_layout (layout, 3)), ==, "code line");
  g_assert_cmpint (engage_markdown_layout_get_block_kind (layout, 4), ==, ENGAGE_MARKDOWN_BLOCK_PARAGRAPH);
}

static char *
long_paragraph (guint words)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < words; i++)
    g_string_append_printf (text, "word%u ", i);

  return g_string_free (text, FALSE);
}

/* The height of lines [first, last) of a block, measured from its layout. */
static double
range_height (EngageMarkdownLayout *layout,
              guint                 block,
              guint                 first,
              guint                 last)
{
  PangoLayout *text = engage_markdown_layout_get_block_layout (layout, block);
  PangoLayoutIter *iter = pango_layout_get_iter (text);
  int top = 0, bottom = 0;

  for (guint i = 0; i < last; i++)
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      if (i == first)
        top = y0;
      bottom = y1;
      if (!pango_layout_iter_next_line (iter))
        break;
    }
  pango_layout_iter_free (iter);

  return (double) (bottom - top) / PANGO_SCALE;
}

static double
lines_height (EngageMarkdownLayout *layout,
              guint                 block,
              guint                 n)
{
  return range_height (layout, block, 0, n);
}

static void
test_heading_moves_to_next_page (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *words = long_paragraph (60);
  g_autofree char *markdown = g_strdup_printf ("%s\n\n## Escalation\n\n%s", words, words);
  g_autoptr(EngageMarkdownLayout) layout = lay_out (fixture, markdown);
  EngageMarkdownPosition start = { 0, 0 };
  EngageMarkdownPosition heading = { 1, 0 };
  EngageMarkdownPosition end;
  double first, keep, used;

  g_assert_cmpuint (engage_markdown_layout_get_n_blocks (layout), ==, 3);
  g_assert_cmpint (engage_markdown_layout_get_block_kind (layout, 1), ==, ENGAGE_MARKDOWN_BLOCK_HEADING);
  g_assert_cmpuint (engage_markdown_layout_get_block_n_lines (layout, 2), >=, 4);

  first = lines_height (layout, 0, 1000);
  /* The heading with the first two lines of its text. */
  keep = engage_markdown_layout_get_min_height (layout, &heading);
  g_assert_cmpfloat (keep, >, lines_height (layout, 2, 2));

  /* Room for the heading itself, but not for two lines of what it introduces:
   * it goes to the next page. */
  used = engage_markdown_layout_fit (layout, &start, first + keep - 1, FALSE, &end);
  g_assert_cmpuint (end.block, ==, 1);
  g_assert_cmpuint (end.line, ==, 0);
  g_assert_cmpfloat_with_epsilon (used, first, 0.01);

  /* There it starts the page, with its text. */
  used = engage_markdown_layout_fit (layout, &end, keep + 1, TRUE, &end);
  g_assert_cmpuint (end.block, ==, 2);
  g_assert_cmpuint (end.line, ==, 2);
  g_assert_cmpfloat (used, <=, keep + 1);

  /* With room for two lines more, it stays with the text before it. */
  used = engage_markdown_layout_fit (layout, &start, first + keep + 20, FALSE, &end);
  g_assert_cmpuint (end.block, ==, 2);
  g_assert_cmpuint (end.line, >=, 2);
}

static void
test_paragraph_splits_by_lines (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *words = long_paragraph (200);
  g_autoptr(EngageMarkdownLayout) layout = lay_out (fixture, words);
  EngageMarkdownPosition start = { 0, 0 };
  EngageMarkdownPosition end;
  guint n_lines = engage_markdown_layout_get_block_n_lines (layout, 0);
  double used;

  g_assert_cmpuint (n_lines, >, 10);

  used = engage_markdown_layout_fit (layout, &start, lines_height (layout, 0, 5) + 0.5, FALSE, &end);
  g_assert_cmpuint (end.block, ==, 0);
  g_assert_cmpuint (end.line, ==, 5);
  g_assert_cmpfloat_with_epsilon (used, lines_height (layout, 0, 5), 0.01);

  /* One line alone neither stays behind nor goes ahead. */
  used = engage_markdown_layout_fit (layout, &start, lines_height (layout, 0, 1) + 0.5, FALSE, &end);
  g_assert_cmpuint (end.line, ==, 0);
  g_assert_cmpfloat (used, ==, 0);
  used = engage_markdown_layout_fit (layout, &start, lines_height (layout, 0, n_lines - 1) + 0.5, FALSE, &end);
  g_assert_cmpuint (end.line, ==, n_lines - 2);

  /* At the top of a page something always goes on it. */
  used = engage_markdown_layout_fit (layout, &start, 1, TRUE, &end);
  g_assert_cmpuint (end.line, ==, 1);

  /* Continuing where a page ended. */
  start.line = 5;
  used = engage_markdown_layout_fit (layout, &start, 10000, TRUE, &end);
  g_assert_true (engage_markdown_layout_is_end (layout, &end));
  g_assert_cmpfloat_with_epsilon (used, range_height (layout, 0, 5, n_lines), 0.01);
}

static guint
count_ink_rows (cairo_surface_t *surface)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint rows = 0;

  cairo_surface_flush (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    {
      const guint32 *row = (const guint32 *) (gconstpointer) (data + y * stride);

      for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
        if ((row[x] & 0xffffff) != 0xffffff)
          {
            rows++;
            break;
          }
    }

  return rows;
}

static void
test_paint (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(EngageMarkdownLayout) layout = lay_out (fixture, "# Title\n\n- one\n- two\n\nText.");
  EngageMarkdownPosition start = { 0, 0 };
  EngageMarkdownPosition end;
  EngageMarkdownPosition middle = { 2, 0 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) WIDTH + 20, 300);
  cairo_t *cr = cairo_create (surface);
  double height = engage_markdown_layout_fit (layout, &start, 10000, TRUE, &end);
  guint all, part;

  g_assert_cmpfloat_with_epsilon (height, engage_markdown_layout_get_height (layout), 0.01);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  engage_markdown_layout_paint (layout, cr, 10, 10, &start, &end);
  all = count_ink_rows (surface);
  g_assert_cmpuint (all, >, 20);

  /* Painting a part paints less, and nothing below the part's height. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  engage_markdown_layout_paint (layout, cr, 10, 10, &start, &middle);
  part = count_ink_rows (surface);
  g_assert_cmpuint (part, >, 0);
  g_assert_cmpuint (part, <, all);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(EngageMarkdownLayout) layout = lay_out (fixture, "");
  EngageMarkdownPosition start = { 0, 0 };
  EngageMarkdownPosition end;

  g_assert_cmpuint (engage_markdown_layout_get_n_blocks (layout), ==, 0);
  g_assert_true (engage_markdown_layout_is_end (layout, &start));
  g_assert_cmpfloat (engage_markdown_layout_fit (layout, &start, 100, TRUE, &end), ==, 0);
  g_assert_cmpfloat (engage_markdown_layout_get_min_height (layout, &start), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/report/markdown/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("emphasis", test_emphasis);
  ADD ("escaping", test_escaping);
  ADD ("link", test_link);
  ADD ("lists", test_lists);
  ADD ("blocks", test_blocks);
  ADD ("heading-moves-to-next-page", test_heading_moves_to_next_page);
  ADD ("paragraph-splits-by-lines", test_paragraph_splits_by_lines);
  ADD ("paint", test_paint);
  ADD ("empty", test_empty);

#undef ADD

  return g_test_run ();
}
