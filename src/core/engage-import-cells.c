/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-import-cells"

#include "config.h"

#include "engage-import-private.h"

#include <string.h>

/*
 * Reading cells as the exports write them: header names compared loosely,
 * counts with every thousands separator and decimal mark a spreadsheet uses,
 * and the dates and times of every platform, whose month/day order a whole
 * column decides together.
 */

/* Headers and cells */

/**
 * _engage_import_normalize_header:
 *
 * Folds a header cell for comparison: case, surrounding blanks, runs of blanks
 * and line breaks (Excel headers often wrap), a stray byte order mark.
 */
char *
_engage_import_normalize_header (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *folded = NULL;
  gboolean blank = FALSE;

  if (g_str_has_prefix (text, "\xEF\xBB\xBF"))
    text += 3;

  folded = g_utf8_casefold (text, -1);
  for (const char *p = folded; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          blank = out->len > 0;
          continue;
        }
      if (blank)
        g_string_append_c (out, ' ');
      blank = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * _engage_import_find_column:
 * @header: the header cells
 * @names: normalized names, the preferred first; %NULL-terminated
 *
 * Returns: the index of the first column named by the first name that has one,
 *   or -1
 */
int
_engage_import_find_column (GStrv               header,
                            const char * const *names)
{
  g_autoptr(GPtrArray) folded = g_ptr_array_new_with_free_func (g_free);

  if (header == NULL)
    return -1;

  for (guint c = 0; header[c] != NULL; c++)
    g_ptr_array_add (folded, _engage_import_normalize_header (header[c]));

  for (guint n = 0; names[n] != NULL; n++)
    for (guint c = 0; c < folded->len; c++)
      if (g_str_equal (g_ptr_array_index (folded, c), names[n]))
        return c;

  return -1;
}

gboolean
_engage_import_header_has (GStrv               header,
                           const char * const *names)
{
  for (guint n = 0; names[n] != NULL; n++)
    {
      const char *one[] = { names[n], NULL };

      if (_engage_import_find_column (header, one) < 0)
        return FALSE;
    }

  return TRUE;
}

static gboolean
all_digits (const char *p,
            const char *end)
{
  if (p == end)
    return FALSE;

  for (; p < end; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;

  return TRUE;
}

/**
 * _engage_import_parse_count:
 * @text: a cell
 * @value: (out): the whole number
 * @known: (out): %FALSE for an empty cell or one that says "no value" ("-",
 *   "N/A", "NA")
 *
 * Reads a count as the platforms and spreadsheets write it: "1938", "1938.0"
 * (X), "1,234" or "1.234" with thousands separators, "1 234", "6.6E+3" after a
 * trip through Excel. A fraction that is not zero is not a count.
 *
 * Returns: %FALSE if the cell holds something else
 */
gboolean
_engage_import_parse_count (const char *text,
                            gint64     *value,
                            gboolean   *known)
{
  char buffer[64];
  const char *p, *end, *sep;
  gboolean negative = FALSE;
  gsize length;
  guint n = 0;

  *value = 0;
  *known = FALSE;

  while (*text == ' ' || *text == '\t')
    text++;
  length = strlen (text);
  while (length > 0 && (text[length - 1] == ' ' || text[length - 1] == '\t'))
    length--;

  if (length == 0 || (length == 1 && text[0] == '-') ||
      (length == 3 && g_ascii_strncasecmp (text, "N/A", 3) == 0) ||
      (length == 2 && g_ascii_strncasecmp (text, "NA", 2) == 0))
    return TRUE;

  if (length >= sizeof buffer)
    return FALSE;

  p = text;
  end = text + length;
  if (*p == '-' || *p == '+')
    {
      negative = *p == '-';
      p++;
    }

  /* Plain digits, the fast and common case. */
  if (all_digits (p, end))
    {
      if (end - p > 18)
        return FALSE;
      for (; p < end; p++)
        *value = *value * 10 + (*p - '0');
      if (negative)
        *value = -*value;
      *known = TRUE;
      return TRUE;
    }

  /* Scientific notation, as Excel shows big numbers. */
  if (strpbrk (p, "eE") != NULL && memchr (p, ',', end - p) == NULL)
    {
      char *endptr = NULL;
      double d;

      memcpy (buffer, p, end - p);
      buffer[end - p] = '\0';
      d = g_ascii_strtod (buffer, &endptr);
      if (endptr == NULL || *endptr != '\0' || d != (double) (gint64) d || d > 1e18)
        return FALSE;
      *value = negative ? -(gint64) d : (gint64) d;
      *known = TRUE;
      return TRUE;
    }

  /* One decimal mark with only zeros after it: "1938.0", "12,00". */
  sep = p + strcspn (p, ".,");
  if (sep < end && sep + strcspn (sep + 1, ".,") + 1 >= end && all_digits (p, sep) &&
      (end - sep - 1) != 3)
    {
      const char *q;

      for (q = sep + 1; q < end && *q == '0'; q++)
        ;
      if (q != end || end - sep - 1 == 0)
        return FALSE;
      if (sep - p > 18)
        return FALSE;
      for (q = p; q < sep; q++)
        *value = *value * 10 + (*q - '0');
      if (negative)
        *value = -*value;
      *known = TRUE;
      return TRUE;
    }

  /* Thousands separators: groups of three after the first. */
  {
    const char *q = p;
    char group_sep = 0;
    guint lead = 0;

    while (q < end && g_ascii_isdigit (*q))
      {
        q++;
        lead++;
      }
    if (lead == 0 || lead > 3)
      return FALSE;

    while (q < end)
      {
        char s = *q;

        if (s != ',' && s != '.' && s != ' ' && s != '\'')
          return FALSE;
        if (group_sep != 0 && s != group_sep)
          return FALSE;
        group_sep = s;
        q++;
        if (end - q < 3 || !all_digits (q, q + 3))
          return FALSE;
        q += 3;
      }

    for (q = p; q < end; q++)
      {
        if (!g_ascii_isdigit (*q))
          continue;
        if (++n > 18)
          return FALSE;
        *value = *value * 10 + (*q - '0');
      }
    if (negative)
      *value = -*value;
    *known = TRUE;
    return TRUE;
  }
}

/* Dates */

static const char * const month_names[] = {
  "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
};

/* German where it differs from English. */
static const char * const month_names_de[] = {
  "jän", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez",
};

static guint
read_number (const char **p,
             guint        max_digits,
             guint       *value)
{
  guint n = 0;

  *value = 0;
  while (n < max_digits && g_ascii_isdigit (**p))
    {
      *value = *value * 10 + (**p - '0');
      (*p)++;
      n++;
    }

  return n;
}

static void
skip_blanks (const char **p)
{
  while (**p == ' ' || **p == '\t')
    (*p)++;
}

/* "HH:MM[:SS[.fff]] [AM|PM]" and an optional UTC offset ("Z", "+0000", "+02:00"). */
static gboolean
read_time (const char        *p,
           EngageImportStamp *stamp)
{
  guint hour, minute, second = 0;

  skip_blanks (&p);
  if (*p == '\0')
    return TRUE;

  if (read_number (&p, 2, &hour) == 0 || *p != ':')
    return FALSE;
  p++;
  if (read_number (&p, 2, &minute) != 2)
    return FALSE;
  if (*p == ':')
    {
      p++;
      if (read_number (&p, 2, &second) != 2)
        return FALSE;
      if (*p == '.' || *p == ',')
        {
          guint ignored;

          p++;
          while (read_number (&p, 9, &ignored) > 0)
            ;
        }
    }

  skip_blanks (&p);
  if (g_ascii_strncasecmp (p, "AM", 2) == 0 || g_ascii_strncasecmp (p, "PM", 2) == 0)
    {
      gboolean pm = g_ascii_tolower (*p) == 'p';

      if (hour < 1 || hour > 12)
        return FALSE;
      hour = hour % 12 + (pm ? 12 : 0);
      p += 2;
      skip_blanks (&p);
    }

  if (*p == 'Z' || *p == 'z')
    {
      stamp->flags |= ENGAGE_IMPORT_STAMP_HAS_OFFSET;
      stamp->offset = 0;
      p++;
    }
  else if (*p == '+' || *p == '-')
    {
      int sign = *p == '-' ? -1 : 1;
      guint oh, om = 0;

      p++;
      if (read_number (&p, 2, &oh) != 2)
        return FALSE;
      if (*p == ':')
        p++;
      if (g_ascii_isdigit (*p) && read_number (&p, 2, &om) != 2)
        return FALSE;
      stamp->flags |= ENGAGE_IMPORT_STAMP_HAS_OFFSET;
      stamp->offset = sign * (int) (oh * 60 + om);
    }
  else if (g_ascii_strncasecmp (p, "UTC", 3) == 0 || g_ascii_strncasecmp (p, "GMT", 3) == 0)
    {
      stamp->flags |= ENGAGE_IMPORT_STAMP_HAS_OFFSET;
      stamp->offset = 0;
      p += 3;
    }

  skip_blanks (&p);
  if (*p != '\0' || hour > 23 || minute > 59 || second > 60)
    return FALSE;

  stamp->hour = hour;
  stamp->minute = minute;
  stamp->second = MIN (second, 59);
  stamp->flags |= ENGAGE_IMPORT_STAMP_HAS_TIME;
  return TRUE;
}

static int
read_month_name (const char **p)
{
  g_autofree char *word = NULL;
  const char *start = *p;
  gsize length;

  while (**p != '\0' && **p != ' ' && **p != ',' && **p != '.' && !g_ascii_isdigit (**p))
    (*p)++;
  length = *p - start;
  if (length < 3)
    return -1;
  if (**p == '.')
    (*p)++;

  word = g_utf8_casefold (start, length);
  for (guint m = 0; m < 12; m++)
    if (g_str_has_prefix (word, month_names[m]) || g_str_has_prefix (word, month_names_de[m]))
      return m + 1;
  if (g_str_has_prefix (word, "mrz") || g_str_has_prefix (word, "maerz"))
    return 3;

  return -1;
}

static guint
full_year (guint year,
           guint digits)
{
  return digits == 2 ? 2000 + year : year;
}

/* Days from 1899-12-30, the day before Excel's day 1 (counting its phantom
 * 1900-02-29), which makes every serial after February 1900 come out right. */
static gboolean
parse_excel_serial (const char        *text,
                    EngageImportStamp *stamp)
{
  g_autoptr(GDateTime) base = NULL;
  g_autoptr(GDateTime) when = NULL;
  char *end = NULL;
  double serial = g_ascii_strtod (text, &end);
  double seconds;

  if (end == text || *end != '\0' || serial < 61 || serial > 2958465)
    return FALSE;

  base = g_date_time_new_utc (1899, 12, 30, 0, 0, 0);
  seconds = (serial - (gint64) serial) * 86400.0;
  when = g_date_time_add_days (base, (int) serial);
  if (when == NULL)
    return FALSE;

  stamp->year = g_date_time_get_year (when);
  stamp->a = g_date_time_get_month (when);
  stamp->b = g_date_time_get_day_of_month (when);
  if (seconds >= 0.5)
    {
      gint64 s = (gint64) (seconds + 0.5);

      stamp->hour = s / 3600;
      stamp->minute = (s / 60) % 60;
      stamp->second = s % 60;
      stamp->flags |= ENGAGE_IMPORT_STAMP_HAS_TIME;
    }

  return TRUE;
}

/**
 * _engage_import_parse_stamp:
 * @text: a cell
 * @excel_serial: whether a plain number is an Excel date serial
 * @stamp: (out): what the cell says
 *
 * Reads the dates and times of the exports: ISO 8601 ("2016-12-23 18:50 +0000",
 * "2020-09-22T07:07:36.000"), slashed ("09/01/2025 21:13", "12/13/2019
 * 9:50:30", "1/2/2020 3:04 PM": month and day decided later, by the column),
 * dotted ("13.12.2019 09:50"), with month names ("Apr 29, 2020", "Tue, Jul 14,
 * 2026", "29 Apr 2020") and Excel serials.
 *
 * Returns: %FALSE if @text is none of these
 */
gboolean
_engage_import_parse_stamp (const char        *text,
                            gboolean           excel_serial,
                            EngageImportStamp *stamp)
{
  const char *p = text;
  guint x, y, z, nx, nz;
  int month;

  memset (stamp, 0, sizeof *stamp);
  skip_blanks (&p);

  if (excel_serial && g_ascii_isdigit (*p) && strspn (p, "0123456789.") == strlen (p))
    return parse_excel_serial (p, stamp);

  nx = read_number (&p, 4, &x);
  if (nx == 4 && *p == '-')
    {
      /* ISO 8601 */
      p++;
      if (read_number (&p, 2, &y) == 0 || *p != '-')
        return FALSE;
      p++;
      if (read_number (&p, 2, &z) == 0)
        return FALSE;
      if (*p == 'T' || *p == 't')
        p++;
      stamp->year = x;
      stamp->a = y;
      stamp->b = z;
      return y >= 1 && y <= 12 && z >= 1 && z <= 31 && read_time (p, stamp);
    }

  if ((nx == 1 || nx == 2) && (*p == '/' || *p == '.'))
    {
      char sep = *p;

      p++;
      if (read_number (&p, 2, &y) == 0 || *p != sep)
        return FALSE;
      p++;
      nz = read_number (&p, 4, &z);
      if (nz != 2 && nz != 4)
        return FALSE;
      if (*p == ',')
        p++;
      if (*p != '\0' && *p != ' ' && *p != '\t')
        return FALSE;

      stamp->year = full_year (z, nz);
      if (sep == '.')
        {
          stamp->a = y;
          stamp->b = x;
          if (y < 1 || y > 12 || x < 1 || x > 31)
            return FALSE;
        }
      else
        {
          stamp->a = x;
          stamp->b = y;
          stamp->flags |= ENGAGE_IMPORT_STAMP_SLASHED;
          if (x < 1 || y < 1 || x > 31 || y > 31 || (x > 12 && y > 12))
            return FALSE;
        }
      return read_time (p, stamp);
    }

  /* Month names: "Apr 29, 2020", "Tue, Jul 14, 2026", "29 Apr 2020". */
  p = text;
  skip_blanks (&p);
  if (nx == 1 || nx == 2)
    {
      read_number (&p, 2, &x);
      if (*p == '.')
        p++;
      skip_blanks (&p);
      if ((month = read_month_name (&p)) < 0)
        return FALSE;
      skip_blanks (&p);
      nz = read_number (&p, 4, &z);
      if (nz != 4)
        return FALSE;
      stamp->year = z;
      stamp->a = month;
      stamp->b = x;
      if (*p == ',')
        p++;
      return x >= 1 && x <= 31 && read_time (p, stamp);
    }

  month = read_month_name (&p);
  if (*p == ',')
    {
      /* That was the day of the week. */
      p++;
      skip_blanks (&p);
      month = read_month_name (&p);
    }
  if (month < 0)
    return FALSE;
  skip_blanks (&p);
  if (read_number (&p, 2, &x) == 0)
    return FALSE;
  if (*p == ',')
    p++;
  skip_blanks (&p);
  if (read_number (&p, 4, &z) != 4)
    return FALSE;
  if (*p == ',')
    p++;

  stamp->year = z;
  stamp->a = month;
  stamp->b = x;
  return x >= 1 && x <= 31 && read_time (p, stamp);
}

void
_engage_import_order_vote (EngageImportOrderVote   *vote,
                           const EngageImportStamp *stamp,
                           guint                    line)
{
  if (!(stamp->flags & ENGAGE_IMPORT_STAMP_SLASHED))
    return;

  if (stamp->a > 12)
    {
      if (vote->first_day_first == 0)
        vote->first_day_first = line;
    }
  else if (stamp->b > 12)
    {
      if (vote->first_month_first == 0)
        vote->first_month_first = line;
    }
  else if (stamp->a != stamp->b && vote->first_ambiguous == 0)
    {
      vote->first_ambiguous = line;
    }
}

/**
 * _engage_import_order_decide:
 * @fixed: the order the format prescribes, or %ENGAGE_IMPORT_ORDER_UNKNOWN
 * @order: (out): the order to read the column's slashed dates in
 * @conflict_line: (out): on failure, a line whose date contradicts the order
 *
 * Without evidence either way, slashed dates are month first, as the US
 * exports write them; callers say so in the report.
 *
 * Returns: %FALSE if the column's dates cannot all be read in one order
 */
gboolean
_engage_import_order_decide (EngageImportOrderVote *vote,
                             EngageImportOrder      fixed,
                             EngageImportOrder     *order,
                             guint                 *conflict_line)
{
  *conflict_line = 0;

  if (fixed == ENGAGE_IMPORT_ORDER_MONTH_FIRST && vote->first_day_first)
    {
      *conflict_line = vote->first_day_first;
      return FALSE;
    }
  if (fixed == ENGAGE_IMPORT_ORDER_DAY_FIRST && vote->first_month_first)
    {
      *conflict_line = vote->first_month_first;
      return FALSE;
    }
  if (vote->first_day_first && vote->first_month_first)
    {
      *conflict_line = MAX (vote->first_day_first, vote->first_month_first);
      return FALSE;
    }

  if (fixed != ENGAGE_IMPORT_ORDER_UNKNOWN)
    *order = fixed;
  else if (vote->first_day_first)
    *order = ENGAGE_IMPORT_ORDER_DAY_FIRST;
  else
    *order = ENGAGE_IMPORT_ORDER_MONTH_FIRST;

  return TRUE;
}

/**
 * _engage_import_stamp_resolve:
 * @order: how to read a slashed date
 * @tz: the project's time zone, for times written without an offset
 * @date: (out): the calendar date in the project's time zone, "YYYY-MM-DD"
 * @unix_time: (out): the moment; noon of the date when there is no time
 *
 * Returns: %FALSE if the date does not exist (31 April)
 */
gboolean
_engage_import_stamp_resolve (const EngageImportStamp *stamp,
                              EngageImportOrder        order,
                              GTimeZone               *tz,
                              char                     date[11],
                              gint64                  *unix_time)
{
  g_autoptr(GDateTime) when = NULL;
  guint month = stamp->a, day = stamp->b;

  if ((stamp->flags & ENGAGE_IMPORT_STAMP_SLASHED) && order == ENGAGE_IMPORT_ORDER_DAY_FIRST)
    {
      month = stamp->b;
      day = stamp->a;
    }

  if (stamp->year < 1 || month < 1 || month > 12 ||
      !g_date_valid_dmy (day, month, stamp->year))
    return FALSE;

  if (stamp->flags & ENGAGE_IMPORT_STAMP_HAS_OFFSET)
    {
      g_autoptr(GTimeZone) offset = g_time_zone_new_offset (stamp->offset * 60);
      g_autoptr(GDateTime) there = g_date_time_new (offset, stamp->year, month, day,
                                                    stamp->hour, stamp->minute, stamp->second);

      if (there == NULL)
        return FALSE;
      when = g_date_time_to_timezone (there, tz);
    }
  else if (stamp->flags & ENGAGE_IMPORT_STAMP_HAS_TIME)
    {
      when = g_date_time_new (tz, stamp->year, month, day, stamp->hour, stamp->minute, stamp->second);
    }
  else
    {
      when = g_date_time_new (tz, stamp->year, month, day, 12, 0, 0);
    }

  if (when == NULL)
    return FALSE;

  g_snprintf (date, 11, "%04d-%02d-%02d", g_date_time_get_year (when),
              g_date_time_get_month (when), g_date_time_get_day_of_month (when));
  *unix_time = g_date_time_to_unix (when);
  return TRUE;
}
