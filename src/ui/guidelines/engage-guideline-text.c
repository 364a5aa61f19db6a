/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-guideline-text"

#include "config.h"

#include <string.h>

#include "engage-guideline-text.h"

/*
 * Guideline sections are CommonMark. Until the guideline editor renders them
 * properly, the page shows them as Pango markup made by this small line-based
 * reading: headings, lists, quotes, code, emphasis and links come out as people
 * expect, and anything it does not understand stays plain text. Every piece of
 * text is escaped, so the result is always valid markup.
 */

typedef enum
{
  BLOCK_NONE,
  BLOCK_PARAGRAPH,
  BLOCK_LIST,
  BLOCK_QUOTE,
  BLOCK_CODE,
} BlockKind;

static void append_inline (GString    *out,
                           const char *text,
                           gsize       length);

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c);
}

/* Finds the closing @marker for an opening one at @text[@start], not directly
 * after it; returns its offset or -1. */
static gssize
find_closing (const char *text,
              gsize       length,
              gsize       start,
              const char *marker)
{
  gsize marker_len = strlen (marker);

  for (gsize i = start + marker_len + 1; i + marker_len <= length; i++)
    {
      if (text[i] == '\\')
        {
          i++;
          continue;
        }

      if (strncmp (text + i, marker, marker_len) == 0 && text[i - 1] != ' ')
        {
          /* "_" closes emphasis only at the end of a word: snake_case stays. */
          if (marker[0] == '_' && i + marker_len < length)
            {
              gunichar next = g_utf8_get_char (text + i + marker_len);
              if (is_word_char (next))
                continue;
            }
          return i;
        }
    }

  return -1;
}

static void
append_escaped (GString    *out,
                const char *text,
                gsize       length)
{
  g_autofree char *escaped = g_markup_escape_text (text, length);

  g_string_append (out, escaped);
}

static gboolean
try_emphasis (GString     *out,
              const char  *text,
              gsize        length,
              gsize       *pos,
              const char  *marker,
              const char  *tag)
{
  gsize marker_len = strlen (marker);
  gssize close;

  if (strncmp (text + *pos, marker, marker_len) != 0 ||
      *pos + marker_len >= length ||
      text[*pos + marker_len] == ' ')
    return FALSE;

  /* An opening "_" must start a word. */
  if (marker[0] == '_' && *pos > 0)
    {
      const char *prev = g_utf8_find_prev_char (text, text + *pos);
      if (prev != NULL && is_word_char (g_utf8_get_char (prev)))
        return FALSE;
    }

  close = find_closing (text, length, *pos, marker);
  if (close < 0)
    return FALSE;

  g_string_append_printf (out, "<%s>", tag);
  append_inline (out, text + *pos + marker_len, close - *pos - marker_len);
  g_string_append_printf (out, "</%s>", tag);
  *pos = close + marker_len;

  return TRUE;
}

static gboolean
try_code_span (GString    *out,
               const char *text,
               gsize       length,
               gsize      *pos)
{
  const char *end;

  if (text[*pos] != '`')
    return FALSE;

  end = memchr (text + *pos + 1, '`', length - *pos - 1);
  if (end == NULL)
    return FALSE;

  g_string_append (out, "<tt>");
  append_escaped (out, text + *pos + 1, end - (text + *pos + 1));
  g_string_append (out, "</tt>");
  *pos = end - text + 1;

  return TRUE;
}

static gboolean
try_link (GString    *out,
          const char *text,
          gsize       length,
          gsize      *pos)
{
  const char *label_end;
  const char *url_end;
  const char *url;
  g_autofree char *url_text = NULL;
  g_autofree char *url_escaped = NULL;

  if (text[*pos] != '[')
    return FALSE;

  label_end = memchr (text + *pos, ']', length - *pos);
  if (label_end == NULL || label_end + 1 >= text + length || label_end[1] != '(')
    return FALSE;

  url = label_end + 2;
  url_end = memchr (url, ')', text + length - url);
  if (url_end == NULL)
    return FALSE;

  url_text = g_strndup (url, url_end - url);
  g_strstrip (url_text);

  if (g_str_has_prefix (url_text, "http://") ||
      g_str_has_prefix (url_text, "https://") ||
      g_str_has_prefix (url_text, "mailto:"))
    {
      url_escaped = g_markup_escape_text (url_text, -1);
      g_string_append_printf (out, "<a href=\"%s\">", url_escaped);
      append_inline (out, text + *pos + 1, label_end - (text + *pos + 1));
      g_string_append (out, "</a>");
    }
  else
    {
      append_inline (out, text + *pos + 1, label_end - (text + *pos + 1));
    }

  *pos = url_end - text + 1;

  return TRUE;
}

static void
append_inline (GString    *out,
               const char *text,
               gsize       length)
{
  gsize pos = 0;

  while (pos < length)
    {
      const char *next;

      if (text[pos] == '\\' && pos + 1 < length && g_ascii_ispunct (text[pos + 1]))
        {
          append_escaped (out, text + pos + 1, 1);
          pos += 2;
          continue;
        }

      if (try_code_span (out, text, length, &pos) ||
          try_link (out, text, length, &pos) ||
          try_emphasis (out, text, length, &pos, "**", "b") ||
          try_emphasis (out, text, length, &pos, "__", "b") ||
          try_emphasis (out, text, length, &pos, "*", "i") ||
          try_emphasis (out, text, length, &pos, "_", "i"))
        continue;

      next = g_utf8_next_char (text + pos);
      if (next > text + length)
        next = text + length;
      append_escaped (out, text + pos, next - (text + pos));
      pos = next - text;
    }
}

static gboolean
is_blank (const char *line)
{
  for (; *line != '\0'; line++)
    if (!g_ascii_isspace (*line))
      return FALSE;

  return TRUE;
}

static guint
count_indent (const char *line)
{
  guint n = 0;

  while (line[n] == ' ')
    n++;

  return n;
}

/* "# Title" → level 1..6 and the title; 0 if not a heading. */
static guint
parse_heading (const char  *line,
               const char **title)
{
  guint level = 0;

  while (line[level] == '#')
    level++;

  if (level == 0 || level > 6 || (line[level] != ' ' && line[level] != '\0'))
    return 0;

  *title = line + level;
  while (**title == ' ')
    (*title)++;

  return level;
}

/* "- item", "* item", "+ item" or "1. item"; returns the item's text or NULL,
 * and the marker to show. */
static const char *
parse_list_item (const char  *line,
                 char       **marker)
{
  guint digits = 0;

  if ((line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ')
    {
      *marker = g_strdup ("•");
      return line + 2;
    }

  while (g_ascii_isdigit (line[digits]))
    digits++;

  if (digits > 0 && digits < 10 && (line[digits] == '.' || line[digits] == ')') &&
      line[digits + 1] == ' ')
    {
      *marker = g_strndup (line, digits + 1);
      return line + digits + 2;
    }

  return NULL;
}

static gboolean
is_rule (const char *line)
{
  guint n = 0;
  char c = line[0];

  if (c != '-' && c != '*' && c != '_')
    return FALSE;

  for (; *line != '\0'; line++)
    {
      if (*line == c)
        n++;
      else if (*line != ' ')
        return FALSE;
    }

  return n >= 3;
}

static void
start_block (GString   *out,
             BlockKind *current,
             BlockKind  kind)
{
  if (*current != BLOCK_NONE)
    g_string_append (out, (*current == kind && kind == BLOCK_LIST) ? "\n" : "\n\n");

  *current = kind;
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
  g_auto(GStrv) lines = NULL;
  BlockKind block = BLOCK_NONE;
  gboolean line_open = FALSE;

  if (commonmark == NULL)
    return g_strdup ("");

  lines = g_strsplit (commonmark, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = lines[i];
      const char *content;
      g_autofree char *marker = NULL;
      gsize len = strlen (line);
      guint indent;

      if (len > 0 && line[len - 1] == '\r')
        line[--len] = '\0';

      if (block == BLOCK_CODE)
        {
          if (g_str_has_prefix (line + count_indent (line), "```"))
            {
              g_string_append (out, "</tt>");
              block = BLOCK_PARAGRAPH;
              line_open = FALSE;
              continue;
            }

          if (line_open)
            g_string_append_c (out, '\n');
          append_escaped (out, line, len);
          line_open = TRUE;
          continue;
        }

      if (is_blank (line))
        {
          line_open = FALSE;
          if (block == BLOCK_LIST || block == BLOCK_QUOTE)
            block = BLOCK_PARAGRAPH;
          continue;
        }

      indent = count_indent (line);
      content = line + MIN (indent, 3);

      if (g_str_has_prefix (content, "```"))
        {
          start_block (out, &block, BLOCK_CODE);
          g_string_append (out, "<tt>");
          line_open = FALSE;
          continue;
        }

      if (is_rule (content))
        {
          line_open = FALSE;
          continue;
        }

      {
        const char *title = NULL;
        guint level = parse_heading (content, &title);

        if (level > 0)
          {
            start_block (out, &block, BLOCK_PARAGRAPH);
            g_string_append (out, level <= 2 ? "<span size=\"large\" weight=\"bold\">"
                                             : "<span weight=\"bold\">");
            append_inline (out, title, strlen (title));
            g_string_append (out, "</span>");
            /* A heading is a block of its own. */
            line_open = FALSE;
            block = BLOCK_PARAGRAPH;
            continue;
          }
      }

      if (content[0] == '>')
        {
          content++;
          if (content[0] == ' ')
            content++;

          if (block == BLOCK_QUOTE && line_open)
            g_string_append_c (out, ' ');
          else
            start_block (out, &block, BLOCK_QUOTE);

          g_string_append (out, "<i>");
          append_inline (out, content, strlen (content));
          g_string_append (out, "</i>");
          line_open = TRUE;
          continue;
        }

      {
        const char *item = parse_list_item (content, &marker);

        if (item != NULL)
          {
            if (block == BLOCK_LIST)
              g_string_append_c (out, '\n');
            else
              start_block (out, &block, BLOCK_LIST);

            if (indent >= 2)
              g_string_append (out, "    ");
            g_string_append_printf (out, "%s ", marker);
            append_inline (out, item, strlen (item));
            line_open = TRUE;
            continue;
          }
      }

      /* Text: continues the open paragraph, list item or quote, or starts a
       * paragraph. */
      if (line_open)
        {
          g_string_append_c (out, ' ');
        }
      else
        {
          if (block != BLOCK_NONE)
            g_string_append (out, "\n\n");
          block = BLOCK_PARAGRAPH;
        }

      g_strchug (line);
      append_inline (out, line, strlen (line));
      line_open = TRUE;
    }

  if (block == BLOCK_CODE)
    g_string_append (out, "</tt>");

  return g_string_free (g_steal_pointer (&out), FALSE);
}
