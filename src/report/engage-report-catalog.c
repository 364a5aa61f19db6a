/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-report-catalog"

#include "config.h"

#include "engage-report-catalog.h"

#include <libintl.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

/* gettext answers in the language of the process, chosen once from the
 * environment; switching it for one report would race with every other thread
 * that translates. So the report reads the .mo file of its project's language
 * itself (the format is small and stable: a header, then two tables of
 * length/offset pairs) and formats numbers and dates by that language's
 * translated patterns instead of the C library's locale, which may not even be
 * installed for it. */

#define MO_MAGIC         0x950412de
#define MO_MAGIC_SWAPPED 0xde120495

struct _EngageReportCatalog
{
  char       *language;
  GHashTable *messages;     /* msgid (with "context\004" in front) → msgstr */
};

static guint32
read_u32 (const guchar *data,
          gboolean      swapped)
{
  guint32 value;

  memcpy (&value, data, sizeof value);
  return swapped ? GUINT32_SWAP_LE_BE (value) : value;
}

static gboolean
load_mo (GHashTable *messages,
         const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  const guchar *data;
  guint32 magic, n_strings, originals, translations;
  gboolean swapped;

  if (!g_file_get_contents (path, &contents, &length, NULL) || length < 28)
    return FALSE;

  data = (const guchar *) contents;
  memcpy (&magic, data, sizeof magic);
  if (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED)
    return FALSE;
  swapped = magic == MO_MAGIC_SWAPPED;

  n_strings = read_u32 (data + 8, swapped);
  originals = read_u32 (data + 12, swapped);
  translations = read_u32 (data + 16, swapped);

  if (originals > length || translations > length ||
      n_strings > (length - originals) / 8 || n_strings > (length - translations) / 8)
    return FALSE;

  for (guint32 i = 0; i < n_strings; i++)
    {
      guint32 id_length = read_u32 (data + originals + 8 * i, swapped);
      guint32 id_offset = read_u32 (data + originals + 8 * i + 4, swapped);
      guint32 str_length = read_u32 (data + translations + 8 * i, swapped);
      guint32 str_offset = read_u32 (data + translations + 8 * i + 4, swapped);

      if (id_offset > length || id_length > length - id_offset ||
          str_offset > length || str_length > length - str_offset)
        return FALSE;

      /* The header has the empty msgid; plural entries hold "singular\0plural"
       * and their forms likewise, of which the report needs the first. */
      if (id_length == 0 || str_length == 0)
        continue;

      g_hash_table_replace (messages,
                            g_strndup ((const char *) data + id_offset, id_length),
                            g_strndup ((const char *) data + str_offset, str_length));
    }

  return TRUE;
}

static gboolean
load_language (GHashTable *messages,
               const char *language)
{
  const char *dirs[] = { bindtextdomain (GETTEXT_PACKAGE, NULL), LOCALEDIR };

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = NULL;

      if (dirs[i] == NULL)
        continue;

      path = g_build_filename (dirs[i], language, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
      if (load_mo (messages, path))
        return TRUE;
    }

  return FALSE;
}

/**
 * engage_report_catalog_new:
 * @language: (nullable): a language code as a project stores it ("de", "de_AT", "en")
 *
 * Reads the translations of @language. A language without a catalogue gives
 * the untranslated (English) texts.
 *
 * Returns: (transfer full): the catalogue
 */
EngageReportCatalog *
engage_report_catalog_new (const char *language)
{
  EngageReportCatalog *self = g_new0 (EngageReportCatalog, 1);
  g_autofree char *code = g_strdup (language && *language ? language : "en");
  char *cut;

  self->language = g_strdup (code);
  self->messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  /* "de_AT.UTF-8@euro" → "de_AT" → "de", the fallbacks gettext itself tries. */
  cut = strpbrk (code, ".@");
  if (cut != NULL)
    *cut = '\0';
  if (!load_language (self->messages, code) && (cut = strchr (code, '_')) != NULL)
    {
      *cut = '\0';
      load_language (self->messages, code);
    }

  return self;
}

void
engage_report_catalog_free (EngageReportCatalog *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->messages);
  g_free (self->language);
  g_free (self);
}

const char *
engage_report_catalog_get_language (const EngageReportCatalog *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->language;
}

/**
 * engage_report_catalog_is_translated:
 *
 * Returns: %TRUE if a catalogue with translations was found
 */
gboolean
engage_report_catalog_is_translated (const EngageReportCatalog *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return g_hash_table_size (self->messages) > 0;
}

/**
 * engage_report_catalog_gettext:
 * @msgid: an English text, marked with N_() where it is written
 *
 * Returns: the translation, or @msgid
 */
const char *
engage_report_catalog_gettext (const EngageReportCatalog *self,
                               const char                *msgid)
{
  const char *translation;

  g_return_val_if_fail (self != NULL, msgid);
  g_return_val_if_fail (msgid != NULL, NULL);

  translation = g_hash_table_lookup (self->messages, msgid);
  return translation ? translation : msgid;
}

/**
 * engage_report_catalog_pgettext:
 * @context: the message context, as given to NC_()
 * @msgid: the English text
 *
 * Returns: the translation of @msgid in @context, or @msgid
 */
const char *
engage_report_catalog_pgettext (const EngageReportCatalog *self,
                                const char                *context,
                                const char                *msgid)
{
  g_autofree char *key = NULL;
  const char *translation;

  g_return_val_if_fail (self != NULL, msgid);
  g_return_val_if_fail (context != NULL && msgid != NULL, msgid);

  key = g_strconcat (context, "\004", msgid, NULL);
  translation = g_hash_table_lookup (self->messages, key);
  return translation ? translation : msgid;
}

static char *
group_digits (const char *digits,
              const char *separator)
{
  GString *grouped = g_string_new (NULL);
  gsize n = strlen (digits);

  if (n <= 3)
    return g_string_free (g_string_append (grouped, digits), FALSE);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (grouped, separator);
      g_string_append_c (grouped, digits[i]);
    }

  return g_string_free (grouped, FALSE);
}

/**
 * engage_report_catalog_format_number:
 * @value: the number; NAN gives a dash
 * @decimals: digits after the decimal separator
 *
 * Returns: (transfer full): @value as the catalogue's language writes it:
 *   "1,250.5" or "1.250,5", with a real minus sign
 */
char *
engage_report_catalog_format_number (const EngageReportCatalog *self,
                                     double                     value,
                                     int                        decimals)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *format = NULL;
  g_autofree char *integer = NULL;
  g_autofree char *grouped = NULL;
  const char *point;
  gboolean negative;

  g_return_val_if_fail (self != NULL, NULL);

  if (!isfinite (value))
    return g_strdup ("–");

  decimals = CLAMP (decimals, 0, 6);
  format = g_strdup_printf ("%%.%df", decimals);
  g_ascii_formatd (buffer, sizeof buffer, format, fabs (value));

  /* No "−0" for a value that rounds to zero. */
  negative = value < 0 && strspn (buffer, "0.") != strlen (buffer);

  point = strchr (buffer, '.');
  integer = g_strndup (buffer, point ? (gsize) (point - buffer) : strlen (buffer));
  grouped = group_digits (integer,
                          /* Translators: the separator between groups of three digits, as in 12,500. */
                          engage_report_catalog_pgettext (self, "thousands separator", NC_("thousands separator", ",")));

  return g_strconcat (negative ? "−" : "", grouped,
                      point ? engage_report_catalog_pgettext (self, "decimal separator",
                                                              /* Translators: the decimal separator, as in 4.5 %. */
                                                              NC_("decimal separator", ".")) : "",
                      point ? point + 1 : "", NULL);
}

/**
 * engage_report_catalog_format_signed:
 *
 * Returns: (transfer full): like engage_report_catalog_format_number(), with a
 *   "+" in front of positive values (an NPS, a change)
 */
char *
engage_report_catalog_format_signed (const EngageReportCatalog *self,
                                     double                     value,
                                     int                        decimals)
{
  g_autofree char *number = engage_report_catalog_format_number (self, value, decimals);

  if (isfinite (value) && value > 0 && !g_str_equal (number, "0"))
    return g_strconcat ("+", number, NULL);

  return g_steal_pointer (&number);
}

static const char *
month_name (const EngageReportCatalog *self,
            GDateMonth                 month)
{
  const char *names[] = {
    NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
    NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
    NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
    NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
  };

  return engage_report_catalog_pgettext (self, "month", names[CLAMP (month, 1, 12) - 1]);
}

static const char *
month_abbreviation (const EngageReportCatalog *self,
                    GDateMonth                 month)
{
  const char *names[] = {
    NC_("month abbreviation", "Jan"), NC_("month abbreviation", "Feb"),
    NC_("month abbreviation", "Mar"), NC_("month abbreviation", "Apr"),
    NC_("month abbreviation", "May"), NC_("month abbreviation", "Jun"),
    NC_("month abbreviation", "Jul"), NC_("month abbreviation", "Aug"),
    NC_("month abbreviation", "Sep"), NC_("month abbreviation", "Oct"),
    NC_("month abbreviation", "Nov"), NC_("month abbreviation", "Dec"),
  };

  return engage_report_catalog_pgettext (self, "month abbreviation", names[CLAMP (month, 1, 12) - 1]);
}

static const char *
weekday_abbreviation (const EngageReportCatalog *self,
                      GDateWeekday               weekday)
{
  const char *names[] = {
    NC_("weekday abbreviation", "Mon"), NC_("weekday abbreviation", "Tue"),
    NC_("weekday abbreviation", "Wed"), NC_("weekday abbreviation", "Thu"),
    NC_("weekday abbreviation", "Fri"), NC_("weekday abbreviation", "Sat"),
    NC_("weekday abbreviation", "Sun"),
  };

  return engage_report_catalog_pgettext (self, "weekday abbreviation", names[CLAMP (weekday, 1, 7) - 1]);
}

/* Fills a pattern's {placeholders}: translators reorder them freely. */
static char *
expand_pattern (const EngageReportCatalog *self,
                const char                *pattern,
                const GDate               *date)
{
  GString *text = g_string_new (NULL);

  for (const char *p = pattern; *p != '\0'; p++)
    {
      const char *close;
      g_autofree char *name = NULL;

      if (*p != '{' || (close = strchr (p, '}')) == NULL)
        {
          g_string_append_c (text, *p);
          continue;
        }

      name = g_strndup (p + 1, close - p - 1);
      if (g_str_equal (name, "day"))
        g_string_append_printf (text, "%u", g_date_get_day (date));
      else if (g_str_equal (name, "dd"))
        g_string_append_printf (text, "%02u", g_date_get_day (date));
      else if (g_str_equal (name, "mm"))
        g_string_append_printf (text, "%02u", g_date_get_month (date));
      else if (g_str_equal (name, "month"))
        g_string_append (text, month_name (self, g_date_get_month (date)));
      else if (g_str_equal (name, "mon"))
        g_string_append (text, month_abbreviation (self, g_date_get_month (date)));
      else if (g_str_equal (name, "year"))
        g_string_append_printf (text, "%u", g_date_get_year (date));
      else if (g_str_equal (name, "weekday"))
        g_string_append (text, weekday_abbreviation (self, g_date_get_weekday (date)));
      else
        g_string_append_len (text, p, close - p + 1);
      p = close;
    }

  return g_string_free (text, FALSE);
}

/**
 * engage_report_catalog_format_date:
 * @date: a valid date
 * @style: how much of it to write
 *
 * Returns: (transfer full): @date as the catalogue's language writes it
 */
char *
engage_report_catalog_format_date (const EngageReportCatalog *self,
                                   const GDate               *date,
                                   EngageReportDateStyle      style)
{
  const char *pattern = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  switch (style)
    {
    case ENGAGE_REPORT_DATE_LONG:
      /* Translators: a date in running text. {day} is the day of the month, {month}
       * the month's name, {year} the year; {dd} and {mm} are the day and month as
       * two digits, {mon} the month's abbreviation, {weekday} the weekday's. */
      pattern = engage_report_catalog_pgettext (self, "date pattern", NC_("date pattern", "{day} {month} {year}"));
      break;

    case ENGAGE_REPORT_DATE_SHORT:
      /* Translators: a short date in tables; placeholders as for "{day} {month} {year}". */
      pattern = engage_report_catalog_pgettext (self, "short date pattern", NC_("short date pattern", "{day} {mon} {year}"));
      break;

    case ENGAGE_REPORT_DATE_DAY:
      /* Translators: a date without the year in the plan's table; placeholders as
       * for "{day} {month} {year}". */
      pattern = engage_report_catalog_pgettext (self, "day pattern", NC_("day pattern", "{weekday} {day} {mon}"));
      break;

    case ENGAGE_REPORT_DATE_MONTH:
      /* Translators: a month of a year; placeholders as for "{day} {month} {year}". */
      pattern = engage_report_catalog_pgettext (self, "month pattern", NC_("month pattern", "{month} {year}"));
      break;

    default:
      g_return_val_if_reached (NULL);
    }

  return expand_pattern (self, pattern, date);
}

/**
 * engage_report_catalog_format_time:
 *
 * Returns: (transfer full): a time of day: "9:30 am" or "09:30"
 */
char *
engage_report_catalog_format_time (const EngageReportCatalog *self,
                                   int                        hour,
                                   int                        minute)
{
  /* Translators: the clock the report's plan uses: "24" for 09:30 and 17:00,
   * "12" for 9:30 am and 5:00 pm. */
  const char *clock = engage_report_catalog_pgettext (self, "clock", NC_("clock", "12"));

  g_return_val_if_fail (self != NULL, NULL);

  if (g_str_equal (clock, "24"))
    return g_strdup_printf ("%02d:%02d", hour, minute);

  return g_strdup_printf ("%d:%02d %s", hour % 12 == 0 ? 12 : hour % 12, minute,
                          hour < 12 ? engage_report_catalog_pgettext (self, "clock", NC_("clock", "am"))
                                    : engage_report_catalog_pgettext (self, "clock", NC_("clock", "pm")));
}
