/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-checker-text"

#include "config.h"

#include <string.h>

#include "engage-checker-private.h"

/* How the checker reads a post's text.
 *
 * Terms are compared after folding both sides the same way: NFKC (so that a
 * ligature or a full-width letter is the plain letter, and a composed "ä"
 * equals a decomposed one), case folding (which also turns "ß" into "ss", so
 * "Straße" matches "STRASSE"), invisible format characters dropped (a zero-width
 * space or joiner must not hide a word), and white space collapsed (a phrase
 * matches across a line break). A term matches as a whole word: the characters
 * on either side must not be letters, digits or marks, so "#ad" is not found in
 * "#Advent", but an emoji right after a word is no obstacle.
 *
 * Personal data is searched for in the text as written: e-mail addresses, phone
 * numbers in German and international notation, and IBANs whose check digits are
 * right. Prices, dates, times, years and postcodes are numbers too; the phone
 * number rules are strict enough to pass them by (a national number starts with
 * 0 and an area code, an international one with + or 00, and at least seven
 * digits, not joined by the dots of a date or time). */

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/**
 * _engage_checker_fold:
 * @text: (nullable): a text
 *
 * Returns: (transfer full): @text in the form in which terms are compared
 */
char *
_engage_checker_fold (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  GString *out;
  gboolean in_space = FALSE;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  normal = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKC);
  folded = g_utf8_casefold (normal != NULL ? normal : valid, -1);
  out = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          in_space = TRUE;
          continue;
        }

      if (g_unichar_type (c) == G_UNICODE_FORMAT)
        continue;

      if (in_space && out->len > 0)
        g_string_append_c (out, ' ');
      in_space = FALSE;

      /* Case folding already does this; the capital sharp s of some fonts'
       * input methods (U+1E9E) is folded here too for certainty. */
      if (c == 0x00DF || c == 0x1E9E)
        g_string_append (out, "ss");
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/**
 * _engage_checker_contains_term:
 * @folded_text: a text folded by _engage_checker_fold()
 * @folded_term: a term folded the same way
 *
 * Returns: whether @folded_term occurs in @folded_text as a whole word
 */
gboolean
_engage_checker_contains_term (const char *folded_text,
                               const char *folded_term)
{
  gsize term_length;

  g_return_val_if_fail (folded_text != NULL && folded_term != NULL, FALSE);

  term_length = strlen (folded_term);
  if (term_length == 0)
    return FALSE;

  for (const char *p = strstr (folded_text, folded_term);
       p != NULL;
       p = strstr (g_utf8_next_char (p), folded_term))
    {
      const char *end = p + term_length;
      gboolean starts_word = TRUE;
      gboolean ends_word = TRUE;

      if (p > folded_text)
        starts_word = !is_word_char (g_utf8_get_char (g_utf8_find_prev_char (folded_text, p)));
      if (*end != '\0')
        ends_word = !is_word_char (g_utf8_get_char (end));

      if (starts_word && ends_word)
        return TRUE;
    }

  return FALSE;
}

/* IBAN */

/**
 * _engage_checker_iban_is_valid:
 * @iban: an IBAN without spaces, e.g. "DE89370400440532013000"
 *
 * Returns: whether @iban has the form of an IBAN and its check digits are
 *   right (ISO 13616: the number read with the country and check digits moved
 *   to the end, letters as 10 to 35, leaves 1 when divided by 97)
 */
gboolean
_engage_checker_iban_is_valid (const char *iban)
{
  gsize length;
  guint remainder = 0;

  g_return_val_if_fail (iban != NULL, FALSE);

  length = strlen (iban);
  if (length < 15 || length > 34 ||
      !g_ascii_isalpha (iban[0]) || !g_ascii_isalpha (iban[1]) ||
      !g_ascii_isdigit (iban[2]) || !g_ascii_isdigit (iban[3]))
    return FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = g_ascii_toupper (iban[(i + 4) % length]);

      if (g_ascii_isdigit (c))
        remainder = (remainder * 10 + (guint) (c - '0')) % 97;
      else if (c >= 'A' && c <= 'Z')
        remainder = (remainder * 100 + (guint) (c - 'A' + 10)) % 97;
      else
        return FALSE;
    }

  return remainder == 1;
}

static gunichar
char_before (const char *text,
             gsize       offset)
{
  if (offset == 0)
    return 0;

  return g_utf8_get_char (g_utf8_find_prev_char (text, text + offset));
}

static void
add_match (GArray                 *matches,
           EngagePersonalDataKind  kind,
           gsize                   start,
           gsize                   end)
{
  EngagePersonalDataMatch match = { kind, start, end };

  g_array_append_val (matches, match);
}

static gboolean
overlaps (GArray *matches,
          gsize   start,
          gsize   end)
{
  for (guint i = 0; i < matches->len; i++)
    {
      const EngagePersonalDataMatch *match = &g_array_index (matches, EngagePersonalDataMatch, i);

      if (start < match->end && match->start < end)
        return TRUE;
    }

  return FALSE;
}

/* An IBAN is written in one piece or in groups of four divided by single
 * spaces; the longest run that ends a group and has the right check digits wins.
 * Runs that only look like an IBAN (a typo in the check digits) go to @shaped:
 * they are no phone numbers either. */
static void
find_ibans (const char *text,
            GArray     *matches,
            GArray     *shaped)
{
  gsize length = strlen (text);

  for (gsize i = 0; i + 4 <= length; i++)
    {
      g_autoptr(GString) compact = NULL;
      gsize best_end = 0;
      gsize shaped_end = 0;
      gsize j;

      if (!g_ascii_isalpha (text[i]) || !g_ascii_isalpha (text[i + 1]) ||
          !g_ascii_isdigit (text[i + 2]) || !g_ascii_isdigit (text[i + 3]) ||
          is_word_char (char_before (text, i)))
        continue;

      compact = g_string_new (NULL);
      for (j = i; j < length && compact->len < 34; j++)
        {
          if (g_ascii_isalnum (text[j]))
            g_string_append_c (compact, text[j]);
          else if (text[j] == ' ' && j + 1 < length && g_ascii_isalnum (text[j + 1]) &&
                   j > i && text[j - 1] != ' ')
            continue;
          else
            break;

          /* A candidate ends where a word ends. */
          if (compact->len >= 15 && (j + 1 >= length || !is_word_char (g_utf8_get_char (text + j + 1))))
            {
              shaped_end = j + 1;
              if (_engage_checker_iban_is_valid (compact->str))
                best_end = j + 1;
            }
        }

      if (best_end > 0)
        {
          add_match (matches, ENGAGE_PERSONAL_DATA_IBAN, i, best_end);
          i = best_end - 1;
        }
      else if (shaped_end > 0)
        {
          add_match (shaped, ENGAGE_PERSONAL_DATA_IBAN, i, shaped_end);
          i = shaped_end - 1;
        }
    }
}

/* E-mail */

static gboolean
is_local_char (gunichar c)
{
  return g_unichar_isalnum (c) || (c < 128 && strchr ("._%+-", (int) c) != NULL);
}

static gboolean
is_domain_char (gunichar c)
{
  return g_unichar_isalnum (c) || c == '.' || c == '-';
}

static void
find_emails (const char *text,
             GArray     *matches)
{
  for (const char *at = strchr (text, '@'); at != NULL; at = strchr (at + 1, '@'))
    {
      const char *start = at;
      const char *end = at + 1;
      const char *last_dot = NULL;
      gboolean tld_ok = TRUE;

      while (start > text)
        {
          const char *prev = g_utf8_find_prev_char (text, start);

          if (!is_local_char (g_utf8_get_char (prev)))
            break;
          start = prev;
        }
      while (start < at && *start == '.')
        start++;

      /* "@name" is a handle; "@name@server" a fediverse one. */
      if (start == at || (start > text && *(start - 1) == '@'))
        continue;

      while (*end != '\0' && is_domain_char (g_utf8_get_char (end)))
        end = g_utf8_next_char (end);
      while (end > at + 1 && (end[-1] == '.' || end[-1] == '-'))
        end--;

      for (const char *p = at + 1; p < end; p++)
        if (*p == '.')
          last_dot = p;

      if (last_dot == NULL || last_dot == at + 1 || end - last_dot - 1 < 2)
        continue;
      for (const char *p = last_dot + 1; p < end && tld_ok; p = g_utf8_next_char (p))
        tld_ok = g_unichar_isalpha (g_utf8_get_char (p));
      if (!tld_ok)
        continue;

      add_match (matches, ENGAGE_PERSONAL_DATA_EMAIL, start - text, end - text);
    }
}

/* Phone numbers */

static gboolean
is_phone_separator (char c)
{
  return c == ' ' || c == '-' || c == '/' || c == '.' || c == '(' || c == ')';
}

/* Reads a number from @text + @start: digits, with runs of up to three
 * separators between them. Returns the end offset, with the number of digits,
 * the length of each group of digits and whether a dot joins two short groups
 * (as in a date, 01.12.2026, or a time, 06.30). */
static gsize
read_phone_number (const char *text,
                   gsize       start,
                   guint      *n_digits,
                   GArray     *groups,
                   gboolean   *dotted_short)
{
  gsize pos = start;
  guint group = 0;
  gboolean dot_pending = FALSE;
  guint group_before_dot = 0;

  *n_digits = 0;
  *dotted_short = FALSE;

  if (text[pos] == '+')
    pos++;

  while (text[pos] != '\0')
    {
      if (g_ascii_isdigit (text[pos]))
        {
          group++;
          (*n_digits)++;
          pos++;
          continue;
        }

      if (is_phone_separator (text[pos]))
        {
          gsize run = pos;
          gboolean has_dot = FALSE;

          while (run - pos < 3 && is_phone_separator (text[run]))
            has_dot |= text[run++] == '.';

          /* A separator must lead to more digits, maybe behind a parenthesis. */
          if (!g_ascii_isdigit (text[run]))
            break;

          if (group > 0)
            {
              if (dot_pending && group_before_dot <= 2 && group <= 2)
                *dotted_short = TRUE;
              g_array_append_val (groups, group);
              dot_pending = has_dot;
              group_before_dot = group;
              group = 0;
            }
          pos = run;
          continue;
        }

      break;
    }

  if (group > 0)
    {
      if (dot_pending && group_before_dot <= 2 && group <= 2)
        *dotted_short = TRUE;
      g_array_append_val (groups, group);
    }

  /* Separators at the end belong to the sentence. */
  while (pos > start && is_phone_separator (text[pos - 1]) && text[pos - 1] != ')')
    pos--;

  return pos;
}

static gboolean
looks_like_phone_number (const char *digits_start,
                         gboolean    plus,
                         guint       n_digits,
                         GArray     *groups)
{
  guint single_digit_groups = 0;

  for (guint i = 0; i < groups->len; i++)
    if (g_array_index (groups, guint, i) == 1)
      single_digit_groups++;
  if (single_digit_groups > 2)
    return FALSE;

  if (plus)
    return digits_start[0] >= '1' && digits_start[0] <= '9' && n_digits >= 8 && n_digits <= 15;

  /* International with 00: "0049 7032 12345". */
  if (digits_start[0] == '0' && digits_start[1] == '0')
    return n_digits >= 9 && n_digits <= 17;

  /* National: 0 and an area code of at least two digits, "07032 12345". */
  return digits_start[0] == '0' && n_digits >= 7 && n_digits <= 13 &&
         groups->len > 0 && g_array_index (groups, guint, 0) >= 2;
}

static void
find_phone_numbers (const char *text,
                    GArray     *matches,
                    GArray     *shaped)
{
  gsize length = strlen (text);

  for (gsize i = 0; i < length; i++)
    {
      g_autoptr(GArray) groups = NULL;
      gunichar before = char_before (text, i);
      const char *digits_start;
      gboolean plus = FALSE;
      gboolean dotted_short;
      guint n_digits;
      gsize end;

      if (text[i] == '+' && g_ascii_isdigit (text[i + 1]))
        plus = TRUE;
      else if (text[i] == '(' && (text[i + 1] == '0' || text[i + 1] == '+'))
        plus = text[i + 1] == '+';
      else if (text[i] != '0')
        continue;

      /* Not in the middle of a word or of another number (3,05 or 1.000.000). */
      if (is_word_char (before) || (before < 128 && before != 0 && strchr (".,/-+", (int) before) != NULL))
        continue;

      digits_start = text + i;
      while (*digits_start != '\0' && !g_ascii_isdigit (*digits_start))
        digits_start++;

      groups = g_array_new (FALSE, FALSE, sizeof (guint));
      /* "(0711) 12345" and "(+49) 7032 …" are read from inside the parenthesis. */
      end = read_phone_number (text, text[i] == '(' ? i + 1 : i, &n_digits, groups, &dotted_short);

      if (dotted_short || is_word_char (g_utf8_get_char (text + end)) ||
          !looks_like_phone_number (digits_start, plus, n_digits, groups) ||
          overlaps (matches, i, end) || overlaps (shaped, i, end))
        continue;

      add_match (matches, ENGAGE_PERSONAL_DATA_PHONE, i, end);
      i = end - 1;
    }
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const EngagePersonalDataMatch *ma = a;
  const EngagePersonalDataMatch *mb = b;

  return (ma->start > mb->start) - (ma->start < mb->start);
}

/**
 * _engage_checker_find_personal_data:
 * @text: (nullable): a post's text
 *
 * Returns: (transfer full) (element-type EngagePersonalDataMatch): what was
 *   found, in the order of the text
 */
GArray *
_engage_checker_find_personal_data (const char *text)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (EngagePersonalDataMatch));
  g_autoptr(GArray) shaped = NULL;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return matches;

  /* IBANs first: their digit groups would otherwise read as a phone number. */
  shaped = g_array_new (FALSE, FALSE, sizeof (EngagePersonalDataMatch));
  find_ibans (text, matches, shaped);
  find_emails (text, matches);
  find_phone_numbers (text, matches, shaped);

  g_array_sort (matches, compare_matches);

  return matches;
}
