/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-chart-format"

#include "config.h"

#include "engage-chart-format.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

/* U+2212 MINUS SIGN: a hyphen looks too short beside digits on an axis. */
#define MINUS "\xe2\x88\x92"
/* U+2013 EN DASH stands for a missing value. */
#define NO_VALUE "\xe2\x80\x93"

static char *
use_minus_sign (char *text)
{
  char *result;

  if (text[0] != '-')
    return text;

  result = g_strconcat (MINUS, text + 1, NULL);
  g_free (text);
  return result;
}

/**
 * engage_chart_format_number:
 * @value: the number
 * @decimals: digits after the decimal separator
 *
 * Formats @value the way the locale's LC_NUMERIC writes numbers: "1,234.5" in
 * English, "1.234,5" in German. A value that rounds to zero never shows a
 * minus sign; NAN shows as a dash.
 *
 * Returns: (transfer full): the label
 */
char *
engage_chart_format_number (double value,
                            int    decimals)
{
  double scale;

  if (!isfinite (value))
    return g_strdup (NO_VALUE);

  decimals = CLAMP (decimals, 0, 10);
  scale = pow (10, decimals);
  if (round (fabs (value) * scale) == 0)
    value = 0;

  return use_minus_sign (g_strdup_printf ("%'.*f", decimals, value));
}

/**
 * engage_chart_format_signed:
 * @value: the number
 * @decimals: digits after the decimal separator
 *
 * Like engage_chart_format_number() with a plus sign before positive values,
 * as an NPS or a change is written ("+42", "−12", "0").
 *
 * Returns: (transfer full): the label
 */
char *
engage_chart_format_signed (double value,
                            int    decimals)
{
  g_autofree char *number = engage_chart_format_number (value, decimals);
  gboolean zero = TRUE;

  if (!isfinite (value) || g_str_has_prefix (number, MINUS))
    return g_steal_pointer (&number);

  /* "0" and "0.0" take no sign; "0.4" does. */
  for (const char *p = number; *p != '\0'; p++)
    if (*p >= '1' && *p <= '9')
      zero = FALSE;
  if (zero)
    return g_steal_pointer (&number);

  return g_strconcat ("+", number, NULL);
}

/**
 * engage_chart_format_value:
 * @value: the number
 * @decimals: digits after the decimal separator
 * @unit: (nullable): "%" or a unit word
 *
 * Formats a value with its unit as the locale writes it: "4.2%" in English,
 * "4,2 %" in German, "1,200 followers".
 *
 * Returns: (transfer full): the label
 */
char *
engage_chart_format_value (double      value,
                           int         decimals,
                           const char *unit)
{
  g_autofree char *number = engage_chart_format_number (value, decimals);

  if (unit == NULL || unit[0] == '\0' || !isfinite (value))
    return g_steal_pointer (&number);

  if (g_str_equal (unit, "%"))
    /* Translators: a percentage; %s is the number. German puts a space before %%. */
    return g_strdup_printf (C_("chart value", "%s%%"), number);

  /* Translators: a value and its unit, "1,200 followers" */
  return g_strdup_printf (C_("chart value", "%s %s"), number, unit);
}

/**
 * engage_chart_format_percent:
 * @fraction: a share, 0..1
 * @decimals: digits after the decimal separator of the percentage
 *
 * Returns: (transfer full): @fraction as a percentage, "25%" or "25 %"
 */
char *
engage_chart_format_percent (double fraction,
                             int    decimals)
{
  return engage_chart_format_value (fraction * 100, decimals, "%");
}

static char *
format_day (double      day,
            const char *format)
{
  g_autoptr(GDateTime) time = NULL;
  char *text;

  if (!isfinite (day))
    return g_strdup (NO_VALUE);

  time = g_date_time_new_from_unix_utc ((gint64) floor (day) * 86400);
  if (time == NULL)
    return g_strdup (NO_VALUE);

  text = g_date_time_format (time, format);
  if (text == NULL)
    return g_strdup (NO_VALUE);

  /* Some locales end abbreviated months with a dot ("Nov."); keep them as they are. */
  return g_strstrip (text);
}

static char *
format_quarter (double   day,
                gboolean with_year)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc ((gint64) floor (day) * 86400);

  if (time == NULL)
    return g_strdup (NO_VALUE);

  if (with_year)
    /* Translators: a calendar quarter and its year, "Q4 2026" */
    return g_strdup_printf (C_("chart date", "Q%d %d"),
                            (g_date_time_get_month (time) - 1) / 3 + 1,
                            g_date_time_get_year (time));

  /* Translators: a calendar quarter, "Q4" */
  return g_strdup_printf (C_("chart date", "Q%d"), (g_date_time_get_month (time) - 1) / 3 + 1);
}

/**
 * engage_chart_format_date_tick:
 * @day: days since 1970-01-01
 * @unit: the unit the ticks fall on
 * @with_year: whether to add the year (for the first tick, and where the year changes)
 *
 * Formats a date axis label in the locale's language: "23 Nov", "Nov 2026",
 * "Q4", "2026".
 *
 * Returns: (transfer full): the label
 */
char *
engage_chart_format_date_tick (double         day,
                               EngageDateUnit unit,
                               gboolean       with_year)
{
  switch (unit)
    {
    case ENGAGE_DATE_UNIT_DAY:
    case ENGAGE_DATE_UNIT_WEEK:
      if (with_year)
        /* Translators: a date axis label, see g_date_time_format(); German "%-d. %b %Y" */
        return format_day (day, C_("chart date", "%-d %b %Y"));
      /* Translators: a date axis label, see g_date_time_format(); German "%-d. %b" */
      return format_day (day, C_("chart date", "%-d %b"));

    case ENGAGE_DATE_UNIT_MONTH:
      if (with_year)
        /* Translators: a month axis label, see g_date_time_format() */
        return format_day (day, C_("chart date", "%b %Y"));
      /* Translators: a month axis label, see g_date_time_format() */
      return format_day (day, C_("chart date", "%b"));

    case ENGAGE_DATE_UNIT_QUARTER:
      return format_quarter (day, with_year);

    case ENGAGE_DATE_UNIT_YEAR:
    default:
      return format_day (day, "%Y");
    }
}

/**
 * engage_chart_format_period:
 * @first_day: the period's first day, days since 1970-01-01
 * @unit: the period's length
 *
 * Returns: (transfer full): a label for the whole period: "23 Nov 2026",
 *   "Week 47, 2026", "Nov 2026", "Q4 2026", "2026"
 */
char *
engage_chart_format_period (double         first_day,
                            EngageDateUnit unit)
{
  switch (unit)
    {
    case ENGAGE_DATE_UNIT_WEEK:
      /* Translators: an ISO week and its year, see g_date_time_format() */
      return format_day (first_day, C_("chart date", "Week %V, %G"));

    case ENGAGE_DATE_UNIT_DAY:
    case ENGAGE_DATE_UNIT_MONTH:
    case ENGAGE_DATE_UNIT_QUARTER:
    case ENGAGE_DATE_UNIT_YEAR:
    default:
      return engage_chart_format_date_tick (first_day, unit, TRUE);
    }
}

/**
 * engage_chart_format_date:
 * @day: days since 1970-01-01
 *
 * Returns: (transfer full): the date in full as the locale writes it, for
 *   tooltips: "23 Nov 2026"
 */
char *
engage_chart_format_date (double day)
{
  return engage_chart_format_date_tick (day, ENGAGE_DATE_UNIT_DAY, TRUE);
}
