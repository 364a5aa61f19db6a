/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * EngageChartRect:
 *
 * A rectangle in the painter's user space (pixels for widgets and PNG,
 * points for PDF and SVG).
 */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} EngageChartRect;

/**
 * EngageAxisTicks:
 * @min: the first tick, at or below the data's minimum
 * @max: the last tick, at or above the data's maximum
 * @step: the distance between two ticks: 1, 2 or 5 × 10^k
 * @n_ticks: ticks from @min to @max inclusive
 * @decimals: digits after the decimal point that label every tick exactly
 *
 * "Nice" ticks for a value axis.
 */
typedef struct
{
  double min;
  double max;
  double step;
  guint  n_ticks;
  int    decimals;
} EngageAxisTicks;

/**
 * EngageDateUnit:
 *
 * The spacing of date ticks and the length of a period (an NPS bar, say).
 * Weeks start on Monday (ISO 8601).
 */
typedef enum
{
  ENGAGE_DATE_UNIT_DAY,
  ENGAGE_DATE_UNIT_WEEK,
  ENGAGE_DATE_UNIT_MONTH,
  ENGAGE_DATE_UNIT_QUARTER,
  ENGAGE_DATE_UNIT_YEAR,
} EngageDateUnit;

/**
 * EngageDateTicks:
 * @unit: the unit the ticks fall on
 * @every: ticks every @every units (1, 2, 7 or 14 days; 1 week; 1, 2 or 6 months …)
 * @days: (element-type double): the ticks, in days since 1970-01-01 (UTC), ascending
 *
 * Date ticks chosen by span; free with engage_date_ticks_clear().
 */
typedef struct
{
  EngageDateUnit unit;
  guint          every;
  GArray        *days;
} EngageDateTicks;

double   engage_axis_nice_number      (double           value,
                                       gboolean         round);
gboolean engage_axis_nice_ticks       (double           min,
                                       double           max,
                                       guint            max_ticks,
                                       EngageAxisTicks *ticks);
double   engage_axis_tick_value       (const EngageAxisTicks *ticks,
                                       guint            index);
int      engage_axis_decimals_for_step (double          step);

void     engage_axis_date_ticks       (double           first_day,
                                       double           last_day,
                                       guint            max_ticks,
                                       EngageDateTicks *ticks);
void     engage_date_ticks_clear      (EngageDateTicks *ticks);
double   engage_date_unit_floor       (double           day,
                                       EngageDateUnit   unit);
double   engage_date_unit_add         (double           day,
                                       EngageDateUnit   unit,
                                       int              n);

double   engage_axis_map              (double           value,
                                       double           from_min,
                                       double           from_max,
                                       double           to_min,
                                       double           to_max);
double   engage_axis_snap             (double           coordinate,
                                       double           line_width);

double   engage_chart_day_from_iso    (const char      *date);
double   engage_chart_day_from_unix   (gint64           unix_time);

G_END_DECLS
