/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-text-count"

#include "config.h"

#include "engage-text-count.h"

#include <string.h>

#include <glib/gi18n.h>

/* How long a post is, counted the way its platform counts, and how many
 * hashtags it has. A counter that says 270 when X says 290 is worse than none:
 * the post is refused at the last minute.
 *
 * The text is first normalised to NFC (a decomposed "é" is one character
 * everywhere). Then, per channel kind:
 *
 * | kind                          | characters                                   | a link counts |
 * |-------------------------------|----------------------------------------------|---------------|
 * | x                             | twitter-text v3 weights: code points in      | 23            |
 * |                               | U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F, |               |
 * |                               | U+2032–U+2037 count 1, all others 2 (CJK,    |               |
 * |                               | most symbols); an emoji, including a whole   |               |
 * |                               | sequence (ZWJ family, skin tone, flag,       |               |
 * |                               | keycap), counts 2                            |               |
 * | mastodon                      | code points                                  | 23            |
 * | facebook, instagram, linkedin,| code points (g_utf8_strlen), an emoji of two | its length    |
 * | xing, threads, tiktok,        | code points counts 2                         |               |
 * | youtube, newsletter, blog,    |                                              |               |
 * | other                         |                                              |               |
 *
 * Links are what twitter-text finds in essence: text starting with "http://",
 * "https://" or "www.", or a bare domain with a well-known top-level domain
 * ("baeckerei-haegele.de/brot"), up to the next blank, without trailing
 * punctuation. Not modelled: X's full list of top-level domains, Mastodon
 * counting a mention "@name@server" as "@name".
 *
 * A hashtag is '#' followed by letters, digits, marks or '_' (Unicode, so
 * "#Bäckerei" is one), with at least one that is not a digit, and not preceded
 * by a letter, digit, '_' or '&' (so "C#" and "&#39;" are none) and not inside
 * a link ("https://example.com/#top" has none). */

typedef struct
{
  gsize start;
  gsize end;
} Span;

/* Top-level domains that make a bare "name.tld" a link. X knows them all; the
 * ones a German or English post links to are enough for a counter. */
static const char * const known_tlds[] = {
  "ag", "app", "at", "be", "berlin", "biz", "blog", "ca", "ch", "co", "com", "cz", "de",
  "dev", "dk", "es", "eu", "fi", "fr", "gmbh", "hamburg", "info", "io", "it", "koeln",
  "ly", "me", "net", "nl", "no", "nrw", "online", "org", "pl", "se", "shop", "site",
  "store", "tv", "uk", "us",
};

static gboolean
is_known_tld (const char *label,
              gsize       length)
{
  for (guint i = 0; i < G_N_ELEMENTS (known_tlds); i++)
    if (strlen (known_tlds[i]) == length && g_ascii_strncasecmp (label, known_tlds[i], length) == 0)
      return TRUE;

  return FALSE;
}

/* Whether a link may start after @prev (0 at the start of the text): not in
 * the middle of a word, an e-mail address or a path. */
static gboolean
may_start_link_after (gunichar prev)
{
  return prev == 0 ||
         !(g_unichar_isalnum (prev) || prev == '@' || prev == '.' || prev == '-' ||
           prev == '_' || prev == '/' || prev == '#' || prev == '$');
}

static gboolean
is_link_char (gunichar c)
{
  return !g_unichar_isspace (c) && c != '<' && c != '>' && c != '"' && c > 0x20 &&
         c != 0x3000 && c != 0x200B;
}

/* Drops punctuation that ends the sentence rather than the link. */
static const char *
trim_link_end (const char *start,
               const char *end)
{
  while (end > start)
    {
      const char *prev = g_utf8_find_prev_char (start, end);
      gunichar c = g_utf8_get_char (prev);

      if (c < 0x80 && c != 0 && strchr (".,:;!?'\"", (int) c) != NULL)
        end = prev;
      else if (c == 0x00BB || c == 0x00AB || c == 0x201C || c == 0x201D || c == 0x2018 ||
               c == 0x2019 || c == 0x2026)
        end = prev;
      else if (c == ')' || c == ']')
        {
          /* Keep the parenthesis of a Wikipedia link, drop the one closing
           * the sentence's aside. */
          char closing = (char) c;
          char opening = closing == ')' ? '(' : '[';
          guint open = 0, close = 0;

          for (const char *p = start; p < end; p++)
            {
              open += *p == opening;
              close += *p == closing;
            }
          if (close <= open)
            break;
          end = prev;
        }
      else
        break;
    }

  return end;
}

static const char *
scan_link_chars (const char *p)
{
  while (*p != '\0' && is_link_char (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);

  return p;
}

/* The end of a bare domain starting at @p ("shop.example.de/brot"), or NULL. */
static const char *
match_bare_domain (const char *p)
{
  const char *q = p;
  const char *last_dot = NULL;
  const char *host_end;

  while (g_ascii_isalnum (*q) || *q == '-' || *q == '.')
    {
      if (*q == '.')
        {
          if (q == p || q[-1] == '.')
            return NULL;
          last_dot = q;
        }
      q++;
    }

  host_end = q;
  while (host_end > p && host_end[-1] == '.')
    host_end--;
  if (last_dot == NULL || last_dot >= host_end)
    {
      /* The only dot ended the sentence. */
      last_dot = NULL;
      for (const char *r = p; r < host_end; r++)
        if (*r == '.')
          last_dot = r;
      if (last_dot == NULL)
        return NULL;
    }

  if (!is_known_tld (last_dot + 1, host_end - (last_dot + 1)))
    return NULL;

  /* "name.de@…" or "name.dex" are not this domain. */
  if (host_end == q && (*q == '@' || *q == '_' || ((guchar) *q >= 0x80)))
    return NULL;

  if (host_end == q && *q == '/')
    return trim_link_end (p, scan_link_chars (q));

  return host_end;
}

static GArray *
find_links (const char *text)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (Span));
  gunichar prev = 0;
  const char *p = text;

  while (*p != '\0')
    {
      const char *end = NULL;

      if (may_start_link_after (prev))
        {
          gsize prefix = 0;

          if (g_ascii_strncasecmp (p, "https://", 8) == 0)
            prefix = 8;
          else if (g_ascii_strncasecmp (p, "http://", 7) == 0)
            prefix = 7;
          else if (g_ascii_strncasecmp (p, "www.", 4) == 0)
            prefix = 4;

          if (prefix > 0)
            {
              end = trim_link_end (p, scan_link_chars (p));
              if ((gsize) (end - p) <= prefix)
                end = NULL;
            }
          else if (g_ascii_isalnum (*p))
            end = match_bare_domain (p);
        }

      if (end != NULL)
        {
          Span span = { p - text, end - text };

          g_array_append_val (spans, span);
          prev = g_utf8_get_char (g_utf8_find_prev_char (text, end));
          p = end;
          continue;
        }

      prev = g_utf8_get_char (p);
      p = g_utf8_next_char (p);
    }

  return spans;
}

/* The span that contains byte @offset, or NULL. */
static const Span *
span_at (GArray *spans,
         gsize   offset)
{
  for (guint i = 0; i < spans->len; i++)
    {
      const Span *span = &g_array_index (spans, Span, i);

      if (offset >= span->start && offset < span->end)
        return span;
    }

  return NULL;
}

/* The weight of a code point in twitter-text's configuration v3. */
static guint
x_weight (gunichar c)
{
  if (c <= 0x10FF || (c >= 0x2000 && c <= 0x200D) || (c >= 0x2010 && c <= 0x201F) ||
      (c >= 0x2032 && c <= 0x2037))
    return 1;

  return 2;
}

static gboolean
is_regional_indicator (gunichar c)
{
  return c >= 0x1F1E6 && c <= 0x1F1FF;
}

/* What continues a user-perceived character: combining marks, variation
 * selectors, the keycap, skin tones and the tags of subdivision flags. */
static gboolean
extends_cluster (gunichar c)
{
  return g_unichar_ismark (c) || (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F);
}

/* The end of the grapheme cluster that starts at @p, simplified to what matters
 * for counting: marks, emoji modifiers, ZWJ sequences and flag pairs. */
static const char *
next_cluster (const char *p,
              const char *end)
{
  gunichar first = g_utf8_get_char (p);

  p = g_utf8_next_char (p);

  if (is_regional_indicator (first) && p < end && is_regional_indicator (g_utf8_get_char (p)))
    return g_utf8_next_char (p);

  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x200D)
        {
          /* A zero-width joiner glues the next character on. */
          p = g_utf8_next_char (p);
          if (p < end)
            p = g_utf8_next_char (p);
        }
      else if (extends_cluster (c))
        p = g_utf8_next_char (p);
      else
        break;
    }

  return p;
}

static gboolean
is_emoji_cluster (const char *p,
                  const char *end)
{
  gunichar first = g_utf8_get_char (p);

  if (first >= 0x2600 && first <= 0x27BF)
    return TRUE;

  for (; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x1F000 && c <= 0x1FAFF) || c == 0xFE0F || c == 0x20E3)
        return TRUE;
    }

  return FALSE;
}

static guint
x_weighted_length (const char *text,
                   gsize       start,
                   gsize       end)
{
  const char *p = text + start;
  const char *stop = text + end;
  guint length = 0;

  while (p < stop)
    {
      const char *cluster_end = next_cluster (p, stop);

      if (is_emoji_cluster (p, cluster_end))
        length += 2;
      else
        for (const char *q = p; q < cluster_end; q = g_utf8_next_char (q))
          length += x_weight (g_utf8_get_char (q));

      p = cluster_end;
    }

  return length;
}

static char *
normalize (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);

  return g_utf8_normalize (valid, -1, G_NORMALIZE_NFC);
}

static gboolean
is_hashtag_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c) || c == '_';
}

/* Counts the hashtags of a normalized text, and collects them into @tags if
 * that is not %NULL. */
static guint
scan_hashtags (const char *text,
               GArray     *links,
               GPtrArray  *tags)
{
  gunichar prev = 0;
  guint n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c == '#' || c == 0xFF03) && span_at (links, p - text) == NULL &&
          !(g_unichar_isalnum (prev) || g_unichar_ismark (prev) || prev == '_' || prev == '&'))
        {
          const char *q = g_utf8_next_char (p);
          gboolean has_letter = FALSE;

          while (*q != '\0' && is_hashtag_char (g_utf8_get_char (q)))
            {
              has_letter |= !g_unichar_isdigit (g_utf8_get_char (q));
              q = g_utf8_next_char (q);
            }

          if (has_letter)
            {
              const char *name = g_utf8_next_char (p);

              n++;
              if (tags != NULL)
                g_ptr_array_add (tags, g_strndup (name, q - name));
              prev = g_utf8_get_char (g_utf8_find_prev_char (text, q));
              p = g_utf8_find_prev_char (text, q);
              continue;
            }
        }

      prev = c;
    }

  return n;
}

/**
 * engage_text_count:
 * @text: (nullable): a post's text
 * @kind: the kind of channel it goes out on
 * @count: (out caller-allocates): the counts
 *
 * Counts characters, hashtags and links as the platform of @kind does; see the
 * table at the top of engage-text-count.c and engage_text_count_get_rule().
 */
void
engage_text_count (const char        *text,
                   EngageChannelKind  kind,
                   EngageTextCount   *count)
{
  g_autofree char *normal = NULL;
  g_autoptr(GArray) links = NULL;
  gsize offset = 0;
  guint characters = 0;

  g_return_if_fail (count != NULL);

  normal = normalize (text);
  links = find_links (normal);

  for (guint i = 0; i <= links->len; i++)
    {
      gsize stop = i < links->len ? g_array_index (links, Span, i).start : strlen (normal);

      if (kind == ENGAGE_CHANNEL_KIND_X)
        characters += x_weighted_length (normal, offset, stop);
      else
        characters += g_utf8_strlen (normal + offset, stop - offset);

      if (i == links->len)
        break;

      offset = g_array_index (links, Span, i).end;
      if (kind == ENGAGE_CHANNEL_KIND_X || kind == ENGAGE_CHANNEL_KIND_MASTODON)
        characters += ENGAGE_TEXT_COUNT_URL_LENGTH;
      else
        characters += g_utf8_strlen (normal + g_array_index (links, Span, i).start,
                                     offset - g_array_index (links, Span, i).start);
    }

  count->characters = characters;
  count->urls = links->len;
  count->hashtags = scan_hashtags (normal, links, NULL);
}

/**
 * engage_text_count_characters:
 * @text: (nullable): a post's text
 * @kind: the kind of channel
 *
 * Returns: the length of @text as the platform of @kind counts it
 */
guint
engage_text_count_characters (const char        *text,
                              EngageChannelKind  kind)
{
  EngageTextCount count;

  engage_text_count (text, kind, &count);
  return count.characters;
}

/**
 * engage_text_count_hashtags:
 * @text: (nullable): a post's text
 *
 * Returns: the number of hashtags in @text
 */
guint
engage_text_count_hashtags (const char *text)
{
  g_autofree char *normal = normalize (text);
  g_autoptr(GArray) links = find_links (normal);

  return scan_hashtags (normal, links, NULL);
}

/**
 * engage_text_count_list_hashtags:
 * @text: (nullable): a post's text
 *
 * Returns: (transfer full): the hashtags of @text in order, without the '#'
 */
GStrv
engage_text_count_list_hashtags (const char *text)
{
  g_autofree char *normal = normalize (text);
  g_autoptr(GArray) links = find_links (normal);
  GPtrArray *tags = g_ptr_array_new ();

  scan_hashtags (normal, links, tags);
  g_ptr_array_add (tags, NULL);

  return (GStrv) g_ptr_array_free (tags, FALSE);
}

/**
 * engage_text_count_get_rule:
 * @kind: the kind of channel
 *
 * Returns: (transfer none): one sentence for the post editor saying how the
 *   platform counts, in the user's language
 */
const char *
engage_text_count_get_rule (EngageChannelKind kind)
{
  switch (kind)
    {
    case ENGAGE_CHANNEL_KIND_X:
      return _("X counts every link as 23 characters, and Chinese, Japanese and Korean characters and each emoji as 2.");

    case ENGAGE_CHANNEL_KIND_MASTODON:
      return _("Mastodon counts every link as 23 characters and every other character once.");

    case ENGAGE_CHANNEL_KIND_FACEBOOK:
    case ENGAGE_CHANNEL_KIND_INSTAGRAM:
    case ENGAGE_CHANNEL_KIND_LINKEDIN:
    case ENGAGE_CHANNEL_KIND_XING:
    case ENGAGE_CHANNEL_KIND_THREADS:
    case ENGAGE_CHANNEL_KIND_TIKTOK:
    case ENGAGE_CHANNEL_KIND_YOUTUBE:
    case ENGAGE_CHANNEL_KIND_NEWSLETTER:
    case ENGAGE_CHANNEL_KIND_BLOG:
    case ENGAGE_CHANNEL_KIND_OTHER:
      return _("Every character counts once, links with their full length.");

    default:
      g_return_val_if_reached (NULL);
    }
}
