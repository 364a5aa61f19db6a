/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-axis"

#include "config.h"

#include "engage-axis.h"

#include <math.h>
#include <stdio.h>

/* GDate counts days from 0001-01-01 (day 1); charts count from 1970-01-01. */
#define JULIAN_OF_EPOCH 719163

/* Rounding slack for ticks computed by division: 0.3 / 0.1 is 2.9999999999999996. */
#define EPSILON 1e-9

/**
 * engage_axis_nice_number:
 * @value: a positive number
 * @round: %TRUE for the nice number nearest to @value, %FALSE for the
 *   smallest one at or above it
 *
 * Returns: 1, 2 or 5 times a power of ten (10 counts as 1 × 10^(k+1))
 */
double
engage_axis_nice_number (double   value,
                         gboolean round)
{
  double exponent;
  double fraction;
  double nice;

  if (!isfinite (value) || value <= 0)
    return 1.0;

  exponent = floor (log10 (value));
  fraction = value / pow (10, exponent);

  if (round)
    {
      if (fraction < 1.5)
        nice = 1;
      else if (fraction < 3)
        nice = 2;
      else if (fraction < 7)
        nice = 5;
      else
        nice = 10;
    }
  else
    {
      if (fraction <= 1 + EPSILON)
        nice = 1;
      else if (fraction <= 2 + EPSILON)
        nice = 2;
      else if (fraction <= 5 + EPSILON)
        nice = 5;
      else
        nice = 10;
    }

  return nice * pow (10, exponent);
}

static double
next_nice_step (double step)
{
  double exponent = floor (log10 (step) + EPSILON);
  double fraction = step / pow (10, exponent);

  if (fraction < 1.5)
    return 2 * pow (10, exponent);
  if (fraction < 3.5)
    return 5 * pow (10, exponent);
  return 10 * pow (10, exponent);
}

/**
 * engage_axis_decimals_for_step:
 * @step: the distance between two ticks
 *
 * Returns: the digits after the decimal point that write every multiple of
 *   @step exactly: 0 for 1, 20 or 500; 1 for 0.5; 2 for 0.05
 */
int
engage_axis_decimals_for_step (double step)
{
  if (!isfinite (step) || step <= 0 || step >= 1 - EPSILON)
    return 0;

  return MIN (10, (int) ceil (-log10 (step) - EPSILON));
}

/**
 * engage_axis_nice_ticks:
 * @min: the smallest value to show
 * @max: the largest value to show
 * @max_ticks: the most ticks that fit (at least 2; 3 for a range across zero)
 * @ticks: (out caller-allocates): the ticks
 *
 * Chooses the smallest step of 1, 2 or 5 × 10^k whose ticks, from a multiple
 * of the step at or below @min to one at or above @max, number at most
 * @max_ticks. An empty range (@min == @max) is widened around its value so
 * that a single value sits inside the axis rather than on its edge.
 *
 * Returns: %FALSE if @min or @max is not finite; @ticks then spans 0..1
 */
gboolean
engage_axis_nice_ticks (double           min,
                        double           max,
                        guint            max_ticks,
                        EngageAxisTicks *ticks)
{
  double step;

  g_return_val_if_fail (ticks != NULL, FALSE);

  max_ticks = MAX (max_ticks, 2);

  if (!isfinite (min) || !isfinite (max))
    {
      ticks->min = 0;
      ticks->max = 1;
      ticks->step = 1;
      ticks->n_ticks = 2;
      ticks->decimals = 0;
      return FALSE;
    }

  if (min > max)
    {
      double swap = min;
      min = max;
      max = swap;
    }

  if (max - min < fabs (max) * EPSILON || max == min)
    {
      double pad = min == 0 ? 1 : fabs (min) * 0.1;

      /* Keep a value of 0 or above on a non-negative axis. */
      if (min >= 0 && min - pad < 0)
        min = 0;
      else
        min -= pad;
      max += pad;
    }

  /* Across zero, the ticks include it: two ticks cannot do. */
  if (min < 0 && max > 0)
    max_ticks = MAX (max_ticks, 3);

  step = engage_axis_nice_number ((max - min) / (max_ticks - 1), FALSE);

  for (;;)
    {
      double first = floor (min / step + EPSILON) * step;
      double last = ceil (max / step - EPSILON) * step;
      guint n = (guint) llround ((last - first) / step) + 1;

      if (n <= max_ticks)
        {
          ticks->min = fabs (first) < step * EPSILON ? 0 : first;
          ticks->max = fabs (last) < step * EPSILON ? 0 : last;
          ticks->step = step;
          ticks->n_ticks = n;
          ticks->decimals = engage_axis_decimals_for_step (step);
          return TRUE;
        }

      step = next_nice_step (step);
    }
}

/**
 * engage_axis_tick_value:
 * @ticks: the ticks
 * @index: which tick, from 0 to `n_ticks − 1`
 *
 * Returns: the value of the tick, computed afresh so that errors do not add up
 *   (and a tick at zero is exactly 0)
 */
double
engage_axis_tick_value (const EngageAxisTicks *ticks,
                        guint                  index)
{
  double value;

  g_return_val_if_fail (ticks != NULL, 0.0);

  value = ticks->min + index * ticks->step;
  if (fabs (value) < ticks->step * EPSILON)
    return 0.0;

  /* Round to the step's decimals so that labels and comparisons agree. */
  if (ticks->decimals > 0)
    {
      double scale = pow (10, ticks->decimals);
      value = round (value * scale) / scale;
    }
  else if (ticks->step >= 1)
    value = round (value);

  return value;
}

/* Dates */

static void
date_from_day (GDate  *date,
               double  day)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, (guint32) (JULIAN_OF_EPOCH + (gint64) floor (day)));
}

static double
day_from_date (const GDate *date)
{
  return (double) ((gint64) g_date_get_julian (date) - JULIAN_OF_EPOCH);
}

/* Days in 0001..9999 are what GDate handles; charts never go near the edges. */
static gboolean
day_is_valid (double day)
{
  return isfinite (day) && day > -700000 && day < 2900000;
}

/**
 * engage_date_unit_floor:
 * @day: days since 1970-01-01
 * @unit: the unit
 *
 * Returns: the first day of the @unit that contains @day: the day itself,
 *   the Monday of its week, the first of its month, quarter or year
 */
double
engage_date_unit_floor (double         day,
                        EngageDateUnit unit)
{
  GDate date;

  if (!day_is_valid (day))
    return day;

  date_from_day (&date, day);

  switch (unit)
    {
    case ENGAGE_DATE_UNIT_DAY:
      break;

    case ENGAGE_DATE_UNIT_WEEK:
      g_date_subtract_days (&date, g_date_get_weekday (&date) - G_DATE_MONDAY);
      break;

    case ENGAGE_DATE_UNIT_MONTH:
      g_date_set_day (&date, 1);
      break;

    case ENGAGE_DATE_UNIT_QUARTER:
      g_date_set_day (&date, 1);
      g_date_set_month (&date, (g_date_get_month (&date) - 1) / 3 * 3 + 1);
      break;

    case ENGAGE_DATE_UNIT_YEAR:
    default:
      g_date_set_day (&date, 1);
      g_date_set_month (&date, G_DATE_JANUARY);
      break;
    }

  return day_from_date (&date);
}

/**
 * engage_date_unit_add:
 * @day: days since 1970-01-01, normally the first day of a @unit
 * @unit: the unit
 * @n: how many units to add (negative to go back)
 *
 * Returns: @day moved by @n units; months keep their day where it exists
 */
double
engage_date_unit_add (double         day,
                      EngageDateUnit unit,
                      int            n)
{
  GDate date;

  if (!day_is_valid (day))
    return day;

  switch (unit)
    {
    case ENGAGE_DATE_UNIT_DAY:
      return day + n;

    case ENGAGE_DATE_UNIT_WEEK:
      return day + 7.0 * n;

    case ENGAGE_DATE_UNIT_MONTH:
    case ENGAGE_DATE_UNIT_QUARTER:
    case ENGAGE_DATE_UNIT_YEAR:
    default:
      {
        int months = n * (unit == ENGAGE_DATE_UNIT_MONTH ? 1 : unit == ENGAGE_DATE_UNIT_QUARTER ? 3 : 12);
        double fraction = day - floor (day);

        date_from_day (&date, day);
        if (months >= 0)
          g_date_add_months (&date, (guint) months);
        else
          g_date_subtract_months (&date, (guint) -months);
        return day_from_date (&date) + fraction;
      }
    }
}

typedef struct
{
  EngageDateUnit unit;
  guint          every;
  double         approx_days;
} DateStep;

static const DateStep date_steps[] = {
  { ENGAGE_DATE_UNIT_DAY, 1, 1 },
  { ENGAGE_DATE_UNIT_DAY, 2, 2 },
  { ENGAGE_DATE_UNIT_WEEK, 1, 7 },
  { ENGAGE_DATE_UNIT_WEEK, 2, 14 },
  { ENGAGE_DATE_UNIT_MONTH, 1, 30.44 },
  { ENGAGE_DATE_UNIT_MONTH, 2, 60.88 },
  { ENGAGE_DATE_UNIT_QUARTER, 1, 91.31 },
  { ENGAGE_DATE_UNIT_QUARTER, 2, 182.62 },
  { ENGAGE_DATE_UNIT_YEAR, 1, 365.25 },
  { ENGAGE_DATE_UNIT_YEAR, 2, 730.5 },
  { ENGAGE_DATE_UNIT_YEAR, 5, 1826.25 },
  { ENGAGE_DATE_UNIT_YEAR, 10, 3652.5 },
  { ENGAGE_DATE_UNIT_YEAR, 25, 9131.25 },
  { ENGAGE_DATE_UNIT_YEAR, 50, 18262.5 },
  { ENGAGE_DATE_UNIT_YEAR, 100, 36525 },
};

/* Ticks of a multi-unit step fall on round places: even days since the epoch,
 * every other Monday, January/March/…, January and July, years divisible by
 * the step. */
static gboolean
is_aligned (double          day,
            const DateStep *step)
{
  GDate date;
  gint64 index;

  if (step->every == 1)
    return TRUE;

  date_from_day (&date, day);

  switch (step->unit)
    {
    case ENGAGE_DATE_UNIT_DAY:
      index = (gint64) floor (day);
      break;
    case ENGAGE_DATE_UNIT_WEEK:
      index = (gint64) floor ((day - 4) / 7);   /* 1970-01-05 was a Monday */
      break;
    case ENGAGE_DATE_UNIT_MONTH:
      index = g_date_get_month (&date) - 1;
      break;
    case ENGAGE_DATE_UNIT_QUARTER:
      index = (g_date_get_month (&date) - 1) / 3;
      break;
    case ENGAGE_DATE_UNIT_YEAR:
    default:
      index = g_date_get_year (&date);
      break;
    }

  return ((index % step->every) + step->every) % step->every == 0;
}

static void
fill_ticks (double          first_day,
            double          last_day,
            const DateStep *step,
            guint           limit,
            GArray         *days)
{
  double day = engage_date_unit_floor (first_day, step->unit);

  g_array_set_size (days, 0);

  while (day < first_day - EPSILON)
    day = engage_date_unit_add (day, step->unit, 1);

  while (day <= last_day + EPSILON && days->len <= limit)
    {
      if (is_aligned (day, step))
        g_array_append_val (days, day);
      day = engage_date_unit_add (day, step->unit, 1);
    }
}

/**
 * engage_axis_date_ticks:
 * @first_day: the axis' first day (days since 1970-01-01)
 * @last_day: the axis' last day
 * @max_ticks: the most labels that fit
 * @ticks: (out caller-allocates): the ticks; clear with engage_date_ticks_clear()
 *
 * Chooses the finest of days, 2 days, weeks (Mondays), 2 weeks, months,
 * 2 months, quarters, half years, years, 2, 5, 10 … years whose ticks inside
 * @first_day..@last_day number at most @max_ticks, and lists them.
 */
void
engage_axis_date_ticks (double           first_day,
                        double           last_day,
                        guint            max_ticks,
                        EngageDateTicks *ticks)
{
  g_return_if_fail (ticks != NULL);

  ticks->days = g_array_new (FALSE, FALSE, sizeof (double));
  ticks->unit = ENGAGE_DATE_UNIT_DAY;
  ticks->every = 1;

  if (!day_is_valid (first_day) || !day_is_valid (last_day))
    return;

  if (first_day > last_day)
    {
      double swap = first_day;
      first_day = last_day;
      last_day = swap;
    }

  max_ticks = MAX (max_ticks, 1);

  for (guint i = 0; i < G_N_ELEMENTS (date_steps); i++)
    {
      const DateStep *step = &date_steps[i];

      /* Cheap estimate first, so that a long span never lists every day. */
      if ((last_day - first_day) / step->approx_days > max_ticks + 2)
        continue;

      fill_ticks (first_day, last_day, step, max_ticks, ticks->days);
      if (ticks->days->len <= max_ticks || i == G_N_ELEMENTS (date_steps) - 1)
        {
          ticks->unit = step->unit;
          ticks->every = step->every;
          if (ticks->days->len > max_ticks)
            g_array_set_size (ticks->days, max_ticks);
          return;
        }
    }
}

/**
 * engage_date_ticks_clear:
 *
 * Frees the list of ticks; @ticks itself is the caller's.
 */
void
engage_date_ticks_clear (EngageDateTicks *ticks)
{
  g_return_if_fail (ticks != NULL);

  g_clear_pointer (&ticks->days, g_array_unref);
}

/* Geometry */

/**
 * engage_axis_map:
 *
 * Returns: @value mapped linearly from @from_min..@from_max onto
 *   @to_min..@to_max (the middle of the target for an empty source range)
 */
double
engage_axis_map (double value,
                 double from_min,
                 double from_max,
                 double to_min,
                 double to_max)
{
  if (from_max == from_min)
    return (to_min + to_max) / 2;

  return to_min + (value - from_min) * (to_max - to_min) / (from_max - from_min);
}

/**
 * engage_axis_snap:
 * @coordinate: a position in device pixels
 * @line_width: the width of the line to draw there, in device pixels
 *
 * Returns: @coordinate moved to where a line of @line_width covers whole
 *   pixels: the middle of a pixel for odd widths (1 px lines at .5), the edge
 *   between two pixels for even ones
 */
double
engage_axis_snap (double coordinate,
                  double line_width)
{
  long width = lround (line_width);

  if (width % 2 == 1)
    return floor (coordinate) + 0.5;

  return round (coordinate);
}

/**
 * engage_chart_day_from_iso:
 * @date: a date written `YYYY-MM-DD`; what follows the date is ignored
 *
 * Returns: the days from 1970-01-01 to @date, or NAN if @date is not a date
 */
double
engage_chart_day_from_iso (const char *date)
{
  int year, month, day;
  GDate gdate;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return NAN;

  if (!g_date_valid_dmy (day, month, year))
    return NAN;

  g_date_clear (&gdate, 1);
  g_date_set_dmy (&gdate, day, month, year);

  return day_from_date (&gdate);
}

/**
 * engage_chart_day_from_unix:
 * @unix_time: seconds since 1970-01-01 00:00 UTC
 *
 * Returns: the same moment in days since 1970-01-01 (UTC), with the time of
 *   day as a fraction
 */
double
engage_chart_day_from_unix (gint64 unix_time)
{
  return unix_time / 86400.0;
}
