/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "engage-axis.h"
#include "engage-chart-style.h"

G_BEGIN_DECLS

/**
 * EngageProgressTone:
 *
 * How the status reads, which picks the fill colour: neutral (no data),
 * good (on track, achieved), warning (behind) or bad (at risk).
 */
typedef enum
{
  ENGAGE_PROGRESS_TONE_NEUTRAL,
  ENGAGE_PROGRESS_TONE_GOOD,
  ENGAGE_PROGRESS_TONE_WARNING,
  ENGAGE_PROGRESS_TONE_BAD,
} EngageProgressTone;

/**
 * EngageProgressBarData:
 * @title: (nullable): the KPI's name, printed above the bar
 * @unit: (nullable): "%" or a word, for the value labels
 * @decimals: digits after the decimal point in value labels
 * @baseline: the value at the start (the bar's left end)
 * @target: the value to reach (the bar's right end)
 * @has_current: whether there is a measurement yet
 * @current: the latest measured value
 * @progress: (current − baseline)/(target − baseline), direction-aware, not
 *   clamped; the fill covers max (0, min (1, progress)) of the bar
 * @has_expected: whether to mark where the pace line says the KPI should be
 * @expected_progress: that place as a fraction 0..1 of the way
 * @tone: the status' tone, for the fill colour
 * @status_text: (nullable): "On track", "Behind" …, printed at the right
 * @due_text: (nullable): "due 31 Dec 2026", printed under the target
 *
 * A bullet bar for one KPI: the filled progress from baseline to target, the
 * expected-pace marker, the target at the end and the status in words.
 */
typedef struct
{
  const char         *title;
  const char         *unit;
  int                 decimals;
  double              baseline;
  double              target;
  gboolean            has_current;
  double              current;
  double              progress;
  gboolean            has_expected;
  double              expected_progress;
  EngageProgressTone  tone;
  const char         *status_text;
  const char         *due_text;
} EngageProgressBarData;

/**
 * EngageProgressBarLayout:
 * @track: the bar's full extent; progress 0 is its left edge, 1 its right edge
 * @fill: the filled part of @track
 */
typedef struct
{
  EngageChartRect track;
  EngageChartRect fill;
} EngageProgressBarLayout;

void engage_progress_bar_data_init  (EngageProgressBarData       *data);
void engage_progress_bar_get_layout (cairo_t                     *cr,
                                     const EngageProgressBarData *data,
                                     const EngageChartStyle      *style,
                                     double                       width,
                                     double                       height,
                                     EngageProgressBarLayout     *layout);
void engage_progress_bar_paint      (cairo_t                     *cr,
                                     const EngageProgressBarData *data,
                                     const EngageChartStyle      *style,
                                     double                       width,
                                     double                       height);

G_END_DECLS
