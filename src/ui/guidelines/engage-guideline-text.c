/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-guideline-text"

#include "config.h"

#include <string.h>

#include <cmark.h>

#include "engage-guideline-text.h"

/*
 * Guideline sections are CommonMark, parsed by cmark and shown two ways: as
 * Pango markup for a label (short texts, the approval dialog) and as a rendered
 * text buffer for the editor's preview, where paragraphs, list items and quotes
 * get their own margins so that wrapped lines stay indented. Raw HTML in a
 * section is not shown; links open only with http, https or mailto. Every piece
 * of text is escaped, so the markup is always valid.
 */

#define LINK_KEY "engage-link"

static gboolean
is_safe_url (const char *url)
{
  return url != NULL &&
         (g_str_has_prefix (url, "http://") || g_str_has_prefix (url, "https://") ||
          g_str_has_prefix (url, "mailto:"));
}

static cmark_node *
parse (const char *commonmark)
{
  if (commonmark == NULL)
    commonmark = "";

  return cmark_parse_document (commonmark, strlen (commonmark), CMARK_OPT_DEFAULT);
}

/* Pango markup */

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  g_string_append (out, escaped);
}

static void
append_inlines (GString    *out,
                cmark_node *parent)
{
  for (cmark_node *node = cmark_node_first_child (parent); node != NULL; node = cmark_node_next (node))
    {
      switch (cmark_node_get_type (node))
        {
        case CMARK_NODE_TEXT:
          append_escaped (out, cmark_node_get_literal (node));
          break;

        case CMARK_NODE_SOFTBREAK:
          g_string_append_c (out, ' ');
          break;

        case CMARK_NODE_LINEBREAK:
          g_string_append_c (out, '\n');
          break;

        case CMARK_NODE_CODE:
          g_string_append (out, "<tt>");
          append_escaped (out, cmark_node_get_literal (node));
          g_string_append (out, "</tt>");
          break;

        case CMARK_NODE_EMPH:
          g_string_append (out, "<i>");
          append_inlines (out, node);
          g_string_append (out, "</i>");
          break;

        case CMARK_NODE_STRONG:
          g_string_append (out, "<b>");
          append_inlines (out, node);
          g_string_append (out, "</b>");
          break;

        case CMARK_NODE_LINK:
          if (is_safe_url (cmark_node_get_url (node)))
            {
              g_string_append (out, "<a href=\"");
              append_escaped (out, cmark_node_get_url (node));
              g_string_append (out, "\">");
              append_inlines (out, node);
              g_string_append (out, "</a>");
            }
          else
            {
              append_inlines (out, node);
            }
          break;

        case CMARK_NODE_IMAGE:
          g_string_append_c (out, '[');
          append_inlines (out, node);
          g_string_append_c (out, ']');
          break;

        case CMARK_NODE_HTML_INLINE:
        default:
          break;
        }
    }
}

static void append_blocks (GString    *out,
                           cmark_node *parent,
                           guint       depth,
                           gboolean    italic);

static gboolean
append_block (GString    *out,
              cmark_node *node,
              guint       depth,
              gboolean    italic)
{
  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_PARAGRAPH:
      if (italic)
        g_string_append (out, "<i>");
      append_inlines (out, node);
      if (italic)
        g_string_append (out, "</i>");
      return TRUE;

    case CMARK_NODE_HEADING:
      g_string_append (out, cmark_node_get_heading_level (node) <= 2 ? "<span size=\"large\" weight=\"bold\">"
                                                                      : "<span weight=\"bold\">");
      append_inlines (out, node);
      g_string_append (out, "</span>");
      return TRUE;

    case CMARK_NODE_CODE_BLOCK:
      {
        g_autofree char *code = g_strdup (cmark_node_get_literal (node));

        g_strchomp (code);
        g_string_append (out, "<tt>");
        append_escaped (out, code);
        g_string_append (out, "</tt>");
        return TRUE;
      }

    case CMARK_NODE_BLOCK_QUOTE:
      append_blocks (out, node, depth, TRUE);
      return TRUE;

    case CMARK_NODE_LIST:
      {
        gboolean ordered = cmark_node_get_list_type (node) == CMARK_ORDERED_LIST;
        int number = cmark_node_get_list_start (node);
        gboolean first = TRUE;

        for (cmark_node *item = cmark_node_first_child (node); item != NULL; item = cmark_node_next (item))
          {
            gsize before;

            if (!first)
              g_string_append_c (out, '\n');
            first = FALSE;

            for (guint i = 0; i < depth; i++)
              g_string_append (out, "    ");
            if (ordered)
              g_string_append_printf (out, "%d%c ", number++,
                                      cmark_node_get_list_delim (node) == CMARK_PAREN_DELIM ? ')' : '.');
            else
              g_string_append (out, "• ");

            /* An item's blocks follow each other on new lines, a nested list
             * goes one level deeper. */
            before = out->len;
            for (cmark_node *child = cmark_node_first_child (item); child != NULL; child = cmark_node_next (child))
              {
                if (out->len > before)
                  g_string_append_c (out, '\n');
                if (!append_block (out, child, depth + 1, italic))
                  continue;
              }
          }
        return TRUE;
      }

    case CMARK_NODE_THEMATIC_BREAK:
      g_string_append (out, "――――――");
      return TRUE;

    case CMARK_NODE_HTML_BLOCK:
    default:
      return FALSE;
    }
}

static void
append_blocks (GString    *out,
               cmark_node *parent,
               guint       depth,
               gboolean    italic)
{
  for (cmark_node *node = cmark_node_first_child (parent); node != NULL; node = cmark_node_next (node))
    {
      gsize before = out->len;

      if (out->len > 0 && out->str[out->len - 1] != '\n')
        g_string_append (out, "\n\n");
      if (!append_block (out, node, depth, italic))
        g_string_truncate (out, before);
    }
}

/**
 * engage_guideline_text_to_markup:
 * @commonmark: (nullable): a guideline section's text
 *
 * Returns: (transfer full): Pango markup for a #GtkLabel
 */
char *
engage_guideline_text_to_markup (const char *commonmark)
{
  g_autoptr(GString) out = g_string_new (NULL);
  cmark_node *document = parse (commonmark);

  append_blocks (out, document, 0, FALSE);
  cmark_node_free (document);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * engage_guideline_text_summary:
 * @commonmark: (nullable): a guideline section's text
 * @max_chars: the most characters to return, an ellipsis included
 *
 * Returns: (transfer full): the plain text of the first paragraph or list
 *   item, shortened to @max_chars
 */
char *
engage_guideline_text_summary (const char *commonmark,
                               guint       max_chars)
{
  cmark_node *document = parse (commonmark);
  cmark_iter *iter = cmark_iter_new (document);
  g_autoptr(GString) text = g_string_new (NULL);
  cmark_event_type event;
  gboolean in_paragraph = FALSE;

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      cmark_node_type type = cmark_node_get_type (node);

      if (type == CMARK_NODE_PARAGRAPH)
        {
          if (event == CMARK_EVENT_EXIT && text->len > 0)
            break;
          in_paragraph = event == CMARK_EVENT_ENTER;
        }
      else if (in_paragraph && (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE))
        g_string_append (text, cmark_node_get_literal (node));
      else if (in_paragraph && (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK))
        g_string_append_c (text, ' ');
    }

  cmark_iter_free (iter);
  cmark_node_free (document);

  if (max_chars > 1 && g_utf8_strlen (text->str, -1) > max_chars)
    {
      const char *cut = g_utf8_offset_to_pointer (text->str, max_chars - 1);

      g_string_truncate (text, cut - text->str);
      g_strchomp (text->str);
      g_string_set_size (text, strlen (text->str));
      g_string_append (text, "…");
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The rendered preview */

typedef struct
{
  GtkTextBuffer *buffer;
  GPtrArray     *inline_tags;   /* the tags of the inline elements we are in */
} Render;

static GtkTextTag *
ensure_tag (GtkTextBuffer *buffer,
            const char    *name,
            const char    *first_property,
            ...)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextTag *tag = gtk_text_tag_table_lookup (table, name);
  va_list args;

  if (tag != NULL)
    return tag;

  tag = gtk_text_tag_new (name);
  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (tag), first_property, args);
  va_end (args);
  gtk_text_tag_table_add (table, tag);
  g_object_unref (tag);

  return tag;
}

static GtkTextTag *
list_tag (GtkTextBuffer *buffer,
          guint          depth)
{
  g_autofree char *name = g_strdup_printf ("list-%u", depth);

  /* A hanging indent: the bullet sits in the margin, wrapped lines align
   * with the text. */
  return ensure_tag (buffer, name,
                     "left-margin", 4 + 22 * (int) depth,
                     "indent", -16,
                     "pixels-below-lines", 4,
                     NULL);
}

static void
insert_text (Render     *render,
             const char *text)
{
  GtkTextIter end;
  int start_offset;

  gtk_text_buffer_get_end_iter (render->buffer, &end);
  start_offset = gtk_text_iter_get_offset (&end);
  gtk_text_buffer_insert (render->buffer, &end, text, -1);

  for (guint i = 0; i < render->inline_tags->len; i++)
    {
      GtkTextIter start;

      gtk_text_buffer_get_iter_at_offset (render->buffer, &start, start_offset);
      gtk_text_buffer_get_end_iter (render->buffer, &end);
      gtk_text_buffer_apply_tag (render->buffer, g_ptr_array_index (render->inline_tags, i), &start, &end);
    }
}

static void
render_inlines (Render     *render,
                cmark_node *parent)
{
  for (cmark_node *node = cmark_node_first_child (parent); node != NULL; node = cmark_node_next (node))
    {
      GtkTextTag *tag = NULL;

      switch (cmark_node_get_type (node))
        {
        case CMARK_NODE_TEXT:
          insert_text (render, cmark_node_get_literal (node));
          continue;

        case CMARK_NODE_SOFTBREAK:
          insert_text (render, " ");
          continue;

        case CMARK_NODE_LINEBREAK:
          insert_text (render, "\u2028");
          continue;

        case CMARK_NODE_CODE:
          tag = ensure_tag (render->buffer, "code", "family", "monospace", NULL);
          g_ptr_array_add (render->inline_tags, tag);
          insert_text (render, cmark_node_get_literal (node));
          g_ptr_array_remove_index (render->inline_tags, render->inline_tags->len - 1);
          continue;

        case CMARK_NODE_EMPH:
          tag = ensure_tag (render->buffer, "emphasis", "style", PANGO_STYLE_ITALIC, NULL);
          break;

        case CMARK_NODE_STRONG:
          tag = ensure_tag (render->buffer, "strong", "weight", PANGO_WEIGHT_BOLD, NULL);
          break;

        case CMARK_NODE_LINK:
          if (is_safe_url (cmark_node_get_url (node)))
            {
              /* One tag per link carries its address. */
              tag = gtk_text_buffer_create_tag (render->buffer, NULL, "underline", PANGO_UNDERLINE_SINGLE, NULL);
              g_object_set_data_full (G_OBJECT (tag), LINK_KEY, g_strdup (cmark_node_get_url (node)), g_free);
            }
          break;

        case CMARK_NODE_IMAGE:
          insert_text (render, "[");
          render_inlines (render, node);
          insert_text (render, "]");
          continue;

        case CMARK_NODE_HTML_INLINE:
        default:
          continue;
        }

      if (tag != NULL)
        g_ptr_array_add (render->inline_tags, tag);
      render_inlines (render, node);
      if (tag != NULL)
        g_ptr_array_remove_index (render->inline_tags, render->inline_tags->len - 1);
    }
}

static void render_blocks (Render     *render,
                           cmark_node *parent,
                           guint       depth,
                           GtkTextTag *outer);

/* Inserts one block as one or more lines and applies @block_tag (and @outer,
 * a quote around it) to all of them. */
static void
render_block (Render     *render,
              cmark_node *node,
              guint       depth,
              GtkTextTag *outer)
{
  GtkTextBuffer *buffer = render->buffer;
  GtkTextTag *block_tag = NULL;
  GtkTextIter start, end;
  int start_offset;

  gtk_text_buffer_get_end_iter (buffer, &end);
  start_offset = gtk_text_iter_get_offset (&end);

  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_PARAGRAPH:
      block_tag = depth > 0 ? list_tag (buffer, depth)
                            : ensure_tag (buffer, "paragraph", "pixels-below-lines", 10, NULL);
      render_inlines (render, node);
      insert_text (render, "\n");
      break;

    case CMARK_NODE_HEADING:
      {
        int level = cmark_node_get_heading_level (node);

        if (level == 1)
          block_tag = ensure_tag (buffer, "h1", "scale", 1.6, "weight", PANGO_WEIGHT_BOLD,
                                  "pixels-above-lines", 8, "pixels-below-lines", 8, NULL);
        else if (level == 2)
          block_tag = ensure_tag (buffer, "h2", "scale", 1.3, "weight", PANGO_WEIGHT_BOLD,
                                  "pixels-above-lines", 8, "pixels-below-lines", 6, NULL);
        else
          block_tag = ensure_tag (buffer, "h3", "scale", 1.1, "weight", PANGO_WEIGHT_BOLD,
                                  "pixels-above-lines", 6, "pixels-below-lines", 4, NULL);
        render_inlines (render, node);
        insert_text (render, "\n");
        break;
      }

    case CMARK_NODE_CODE_BLOCK:
      {
        g_autofree char *code = g_strdup (cmark_node_get_literal (node));
        GdkRGBA shade = { 0.5, 0.5, 0.5, 0.12 };

        g_strchomp (code);
        block_tag = ensure_tag (buffer, "code-block", "family", "monospace", "left-margin", 12,
                                "right-margin", 12, "pixels-below-lines", 10,
                                "paragraph-background-rgba", &shade, NULL);
        insert_text (render, code);
        insert_text (render, "\n");
        break;
      }

    case CMARK_NODE_BLOCK_QUOTE:
      render_blocks (render, node, depth,
                     ensure_tag (buffer, "quote", "style", PANGO_STYLE_ITALIC, "left-margin", 18, NULL));
      break;

    case CMARK_NODE_LIST:
      {
        gboolean ordered = cmark_node_get_list_type (node) == CMARK_ORDERED_LIST;
        int number = cmark_node_get_list_start (node);

        for (cmark_node *item = cmark_node_first_child (node); item != NULL; item = cmark_node_next (item))
          {
            g_autofree char *marker = ordered ? g_strdup_printf ("%d%c ", number++,
                                                                 cmark_node_get_list_delim (node) == CMARK_PAREN_DELIM ? ')' : '.')
                                              : g_strdup ("•  ");
            gboolean first = TRUE;
            GtkTextIter marker_start, marker_end;
            int marker_offset;

            gtk_text_buffer_get_end_iter (buffer, &end);
            marker_offset = gtk_text_iter_get_offset (&end);
            insert_text (render, marker);

            for (cmark_node *child = cmark_node_first_child (item); child != NULL; child = cmark_node_next (child))
              {
                first = FALSE;
                render_block (render, child, depth + 1, outer);
              }
            if (first)
              insert_text (render, "\n");

            /* Margins come from the tags at the start of a line: the marker
             * carries the item's. */
            gtk_text_buffer_get_iter_at_offset (buffer, &marker_start, marker_offset);
            gtk_text_buffer_get_iter_at_offset (buffer, &marker_end, marker_offset + g_utf8_strlen (marker, -1));
            gtk_text_buffer_apply_tag (buffer, list_tag (buffer, depth + 1), &marker_start, &marker_end);
            if (outer != NULL)
              gtk_text_buffer_apply_tag (buffer, outer, &marker_start, &marker_end);
          }

        /* Space after the list as after a paragraph. */
        if (depth == 0)
          {
            GtkTextIter last;

            gtk_text_buffer_get_end_iter (buffer, &end);
            last = end;
            gtk_text_iter_backward_line (&last);
            gtk_text_buffer_apply_tag (buffer, ensure_tag (buffer, "list-end", "pixels-below-lines", 10, NULL),
                                       &last, &end);
          }
        break;
      }

    case CMARK_NODE_THEMATIC_BREAK:
      block_tag = ensure_tag (buffer, "rule", "justification", GTK_JUSTIFY_CENTER,
                              "pixels-below-lines", 10, NULL);
      insert_text (render, "⁂\n");
      break;

    case CMARK_NODE_HTML_BLOCK:
    default:
      return;
    }

  gtk_text_buffer_get_iter_at_offset (buffer, &start, start_offset);
  gtk_text_buffer_get_end_iter (buffer, &end);
  if (block_tag != NULL)
    gtk_text_buffer_apply_tag (buffer, block_tag, &start, &end);
  if (outer != NULL)
    gtk_text_buffer_apply_tag (buffer, outer, &start, &end);
}

static void
render_blocks (Render     *render,
               cmark_node *parent,
               guint       depth,
               GtkTextTag *outer)
{
  for (cmark_node *node = cmark_node_first_child (parent); node != NULL; node = cmark_node_next (node))
    render_block (render, node, depth, outer);
}

/**
 * engage_guideline_text_render:
 * @buffer: the buffer of a read-only #GtkTextView
 * @commonmark: (nullable): a guideline section's text
 *
 * Replaces @buffer's text with @commonmark rendered: headings, paragraphs,
 * lists with hanging indents, quotes, code and links (see
 * engage_guideline_text_get_link()).
 */
void
engage_guideline_text_render (GtkTextBuffer *buffer,
                              const char    *commonmark)
{
  Render render = { buffer, g_ptr_array_new () };
  cmark_node *document;
  GtkTextIter start, end;

  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));

  gtk_text_buffer_set_text (buffer, "", 0);
  document = parse (commonmark);
  render_blocks (&render, document, 0, NULL);
  cmark_node_free (document);
  g_ptr_array_unref (render.inline_tags);

  /* No empty line after the last block. */
  gtk_text_buffer_get_end_iter (buffer, &end);
  start = end;
  if (gtk_text_iter_backward_char (&start) && gtk_text_iter_get_char (&start) == '\n')
    gtk_text_buffer_delete (buffer, &start, &end);
}

/**
 * engage_guideline_text_get_link:
 * @iter: a position in a buffer rendered by engage_guideline_text_render()
 *
 * Returns: (transfer full) (nullable): the address of the link at @iter
 */
char *
engage_guideline_text_get_link (GtkTextIter *iter)
{
  g_autoptr(GSList) tags = NULL;

  g_return_val_if_fail (iter != NULL, NULL);

  tags = gtk_text_iter_get_tags (iter);
  for (GSList *l = tags; l != NULL; l = l->next)
    {
      const char *url = g_object_get_data (l->data, LINK_KEY);

      if (url != NULL)
        return g_strdup (url);
    }

  return NULL;
}
