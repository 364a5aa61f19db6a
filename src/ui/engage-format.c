/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-format"

#include "config.h"

#include <math.h>

#include "engage-format.h"

#include "engage-types.h"

#include <glib/gi18n.h>

/*
 * Numbers and dates as people read them, in the locale of the user interface:
 * printf honours LC_NUMERIC (decimal comma in German) and the ' flag adds the
 * locale's thousands separator.
 */

/**
 * engage_format_number:
 * @value: a number
 *
 * Formats @value with one decimal, or none when it is a whole number.
 *
 * Returns: (transfer full): the number, e.g. "4.6" or "1,250"
 */
char *
engage_format_number (double value)
{
  if (!isfinite (value))
    return g_strdup ("–");

  if (fabs (value - round (value)) < 0.05)
    return g_strdup_printf ("%'.0f", round (value) == 0 ? 0.0 : round (value));

  return g_strdup_printf ("%'.1f", value);
}

/**
 * engage_format_value:
 * @value: a number
 * @unit: (nullable): its unit, e.g. "%" or "h"
 *
 * Returns: (transfer full): the number with its unit, e.g. "4.6 %", kept on one
 *   line by a no-break space
 */
char *
engage_format_value (double      value,
                     const char *unit)
{
  g_autofree char *number = engage_format_number (value);

  if (unit == NULL || unit[0] == '\0')
    return g_steal_pointer (&number);

  /* Translators: a number and its unit, e.g. "4.6 %" or "2 h"; the space is a
   * no-break space (U+00A0) */
  return g_strdup_printf (C_("value with unit", "%s\302\240%s"), number, unit);
}

/**
 * engage_format_date:
 * @date_time: a date
 *
 * Returns: (transfer full): the date with month name and year, e.g. "June 30, 2026"
 */
char *
engage_format_date (GDateTime *date_time)
{
  g_return_val_if_fail (date_time != NULL, NULL);

  /* Translators: a date with year, see the strftime manual; e.g. "%-e. %B %Y"
   * for German */
  return g_date_time_format (date_time, _("%B %-e, %Y"));
}

/**
 * engage_format_iso_date:
 * @iso_date: (nullable): a date as "YYYY-MM-DD"
 *
 * Returns: (transfer full) (nullable): the date for people, or %NULL if
 *   @iso_date is not a valid date
 */
char *
engage_format_iso_date (const char *iso_date)
{
  g_autoptr(GDateTime) date_time = NULL;
  GDate date;

  if (iso_date == NULL || !engage_iso_date_parse (iso_date, &date))
    return NULL;

  date_time = g_date_time_new_utc (g_date_get_year (&date),
                                   g_date_get_month (&date),
                                   g_date_get_day (&date),
                                   0, 0, 0);
  return engage_format_date (date_time);
}
