/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-progress-bar"

#include "config.h"

#include "engage-progress-bar.h"

#include "engage-chart-format.h"
#include "engage-chart-private.h"

#include <glib/gi18n.h>
#include <math.h>

/**
 * engage_progress_bar_data_init:
 *
 * Sets @data to a KPI without measurements.
 */
void
engage_progress_bar_data_init (EngageProgressBarData *data)
{
  g_return_if_fail (data != NULL);

  *data = (EngageProgressBarData) { 0 };
  data->target = 1;
  data->expected_progress = NAN;
  data->tone = ENGAGE_PROGRESS_TONE_NEUTRAL;
}

static const EngageRgba *
tone_color (const EngageChartStyle *style,
            EngageProgressTone      tone)
{
  switch (tone)
    {
    case ENGAGE_PROGRESS_TONE_GOOD:
      return &style->success;
    case ENGAGE_PROGRESS_TONE_WARNING:
      return &style->warning;
    case ENGAGE_PROGRESS_TONE_BAD:
      return &style->error;
    case ENGAGE_PROGRESS_TONE_NEUTRAL:
    default:
      return &style->dim_foreground;
    }
}

static double
clamped_progress (const EngageProgressBarData *data)
{
  if (!data->has_current || !isfinite (data->progress))
    return 0;
  return CLAMP (data->progress, 0, 1);
}

/**
 * engage_progress_bar_get_layout:
 * @cr: (nullable): a context to measure text with
 * @layout: (out caller-allocates): where the track and its fill go
 *
 * Computes the bar for a chart of this size: a title line above it, the
 * baseline, expected and target values under it.
 */
void
engage_progress_bar_get_layout (cairo_t                     *cr,
                                const EngageProgressBarData *data,
                                const EngageChartStyle      *style,
                                double                       width,
                                double                       height,
                                EngageProgressBarLayout     *layout)
{
  g_autoptr(cairo_t) measure = NULL;
  double em, pad, title_line, small_line, track_height, top;

  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (layout != NULL);

  measure = _engage_chart_measure_context (cr);
  em = _engage_chart_em (style);
  pad = MIN (em, height / 8);
  title_line = _engage_chart_line_height (measure, style, 1.1);
  small_line = _engage_chart_line_height (measure, style, ENGAGE_CHART_SMALL_SCALE);

  track_height = CLAMP (height - 2 * pad - title_line - small_line - 0.9 * em, 0.5 * em, 1.8 * em);
  top = pad + title_line + 0.45 * em;

  layout->track = (EngageChartRect) { pad, top, MAX (width - 2 * pad, 1), track_height };
  layout->fill = layout->track;
  layout->fill.width = layout->track.width * clamped_progress (data);
}

static char *
format_kpi_value (const EngageProgressBarData *data,
                  double                       value)
{
  return engage_chart_format_value (value, data->decimals, data->unit);
}

static double
expected_x (const EngageProgressBarData   *data,
            const EngageProgressBarLayout *layout)
{
  if (!data->has_expected || !isfinite (data->expected_progress))
    return NAN;
  return layout->track.x + CLAMP (data->expected_progress, 0, 1) * layout->track.width;
}

/* The current value goes inside the fill at its end, unless the expected
 * marker would cross it: then just before the marker, or after both. */
static void
paint_current (cairo_t                       *cr,
               const EngageProgressBarData   *data,
               const EngageChartStyle        *style,
               const EngageProgressBarLayout *layout,
               const EngageRgba              *color)
{
  g_autofree char *current = format_kpi_value (data, data->current);
  double em = _engage_chart_em (style);
  double middle = layout->track.y + layout->track.height / 2;
  double fill_end = layout->fill.x + layout->fill.width;
  double marker = expected_x (data, layout);
  double width, end;

  _engage_chart_text_size (cr, style, current, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_BOLD,
                           &width, NULL);

  end = fill_end - 0.5 * em;
  if (isfinite (marker) && marker > end - width - 0.8 * em && marker < end + 0.8 * em)
    end = marker - 0.8 * em;

  if (end - width >= layout->fill.x + 0.7 * em)
    {
      _engage_chart_paint_text (cr, style, current, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_BOLD,
                                _engage_chart_text_color_on (color, style), end, middle, 1, 0.5);
      return;
    }

  /* Outside on the track: past the fill and past the marker if it is near. */
  if (isfinite (marker) && marker >= fill_end && marker < fill_end + width + 1.5 * em)
    fill_end = marker;
  _engage_chart_paint_text (cr, style, current, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_BOLD,
                            &style->foreground, fill_end + 0.6 * em, middle, 0, 0.5);
}

/**
 * engage_progress_bar_paint:
 * @cr: where to paint, from the origin
 * @data: what to show
 * @style: colours and fonts
 * @width: the chart's width
 * @height: the chart's height
 *
 * Paints a KPI's bullet bar: its name and status, the track from baseline to
 * target with the progress filled in the status' colour and the current value,
 * the expected-pace marker, and the baseline, expected and target values.
 */
void
engage_progress_bar_paint (cairo_t                     *cr,
                           const EngageProgressBarData *data,
                           const EngageChartStyle      *style,
                           double                       width,
                           double                       height)
{
  EngageProgressBarLayout layout;
  const EngageChartRect *track;
  const EngageRgba *color;
  double em, radius, below, status_width = 0, left_end, right_start;
  g_autofree char *baseline = NULL;
  g_autofree char *target = NULL;
  g_autofree char *target_text = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);

  em = _engage_chart_em (style);
  engage_progress_bar_get_layout (cr, data, style, width, height, &layout);
  track = &layout.track;
  color = tone_color (style, data->tone);
  radius = track->height / 2;

  _engage_chart_paint_background (cr, style, width, height);

  if (data->status_text != NULL)
    {
      _engage_chart_text_size (cr, style, data->status_text, 1.0, ENGAGE_CHART_TEXT_BOLD, &status_width, NULL);
      _engage_chart_paint_text (cr, style, data->status_text, 1.0, ENGAGE_CHART_TEXT_BOLD, color,
                                track->x + track->width, track->y - 0.4 * em, 1, 1);
    }
  if (data->title != NULL)
    _engage_chart_paint_text_width (cr, style, data->title, 1.1, ENGAGE_CHART_TEXT_BOLD,
                                    &style->foreground, track->x, track->y - 0.4 * em,
                                    track->width - status_width - em, 0, 1);

  cairo_save (cr);
  engage_rgba_set_source (&style->grid, cr);
  _engage_chart_rounded_rect (cr, track->x, track->y, track->width, track->height, radius);
  cairo_fill (cr);

  if (layout.fill.width > 0)
    {
      /* Clip the fill to the track so that a short fill keeps the round start. */
      _engage_chart_rounded_rect (cr, track->x, track->y, track->width, track->height, radius);
      cairo_clip (cr);
      engage_rgba_set_source (color, cr);
      cairo_rectangle (cr, layout.fill.x, layout.fill.y, layout.fill.width, layout.fill.height);
      cairo_fill (cr);
    }
  cairo_restore (cr);

  if (data->has_current)
    paint_current (cr, data, style, &layout, color);

  /* The target closes the bar: a firm end line. */
  cairo_save (cr);
  engage_rgba_set_source (&style->foreground, cr);
  cairo_rectangle (cr, track->x + track->width - MAX (2, 0.2 * em), track->y - 0.25 * em,
                   MAX (2, 0.2 * em), track->height + 0.5 * em);
  cairo_fill (cr);
  cairo_restore (cr);

  below = track->y + track->height + 0.35 * em;
  baseline = format_kpi_value (data, data->baseline);
  target = format_kpi_value (data, data->target);
  target_text = data->due_text != NULL
                /* Translators: under a KPI's progress bar: the target and its due date */
                ? g_strdup_printf (_("Target %s, %s"), target, data->due_text)
                /* Translators: under a KPI's progress bar */
                : g_strdup_printf (_("Target %s"), target);

  {
    /* Translators: under a KPI's progress bar: the value at the start */
    g_autofree char *start_text = g_strdup_printf (_("Start %s"), baseline);
    double w;

    _engage_chart_paint_text (cr, style, start_text, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_NORMAL,
                              &style->dim_foreground, track->x, below, 0, 0);
    _engage_chart_text_size (cr, style, start_text, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_NORMAL, &w, NULL);
    left_end = track->x + w;
  }
  {
    double w;

    _engage_chart_paint_text (cr, style, target_text, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_NORMAL,
                              &style->dim_foreground, track->x + track->width, below, 1, 0);
    _engage_chart_text_size (cr, style, target_text, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_NORMAL, &w, NULL);
    right_start = track->x + track->width - w;
  }

  if (data->has_expected && isfinite (data->expected_progress))
    {
      double fraction = CLAMP (data->expected_progress, 0, 1);
      double x = track->x + fraction * track->width;
      double expected_value = data->baseline + fraction * (data->target - data->baseline);
      g_autofree char *value = format_kpi_value (data, expected_value);
      /* Translators: under a KPI's progress bar: where the pace line says it should be */
      g_autofree char *text = g_strdup_printf (_("Expected %s"), value);
      double w, mark = MAX (2, 0.2 * em);

      cairo_save (cr);
      engage_rgba_set_source (&style->background, cr);
      cairo_rectangle (cr, x - mark / 2 - 1, track->y - 0.3 * em, mark + 2, track->height + 0.6 * em);
      cairo_fill (cr);
      engage_rgba_set_source (&style->foreground, cr);
      cairo_rectangle (cr, x - mark / 2, track->y - 0.3 * em, mark, track->height + 0.6 * em);
      cairo_fill (cr);
      cairo_restore (cr);

      _engage_chart_text_size (cr, style, text, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_NORMAL, &w, NULL);
      x = CLAMP (x, left_end + 0.8 * em + w / 2, right_start - 0.8 * em - w / 2);
      if (left_end + 0.8 * em + w <= right_start - 0.8 * em)
        _engage_chart_paint_text (cr, style, text, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_NORMAL,
                                  &style->foreground, x, below, 0.5, 0);
    }
}
