/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-nps-chart"

#include "config.h"

#include "engage-nps-chart.h"

#include "engage-chart-format.h"
#include "engage-chart-private.h"
#include "engage-legend.h"

#include <glib/gi18n.h>
#include <math.h>

/* The NPS line takes this share of the plot's height, the bars the rest. */
#define LINE_SHARE 0.46

/**
 * engage_nps_chart_data_init:
 *
 * Sets @data to an empty monthly chart with a legend.
 */
void
engage_nps_chart_data_init (EngageNpsChartData *data)
{
  g_return_if_fail (data != NULL);

  *data = (EngageNpsChartData) { 0 };
  data->period = ENGAGE_DATE_UNIT_MONTH;
  data->show_legend = TRUE;
}

static gboolean
data_is_empty (const EngageNpsChartData *data)
{
  for (guint i = 0; i < data->n_periods; i++)
    if (data->periods[i].n > 0)
      return FALSE;
  return TRUE;
}

static GArray *
build_legend (const EngageNpsChartData *data,
              const EngageChartStyle   *style)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (EngageLegendItem));
  EngageLegendItem promoters = { _("Promoters (9–10)"), style->promoter, ENGAGE_LEGEND_SYMBOL_SWATCH, 0, 0 };
  EngageLegendItem passives = { _("Passives (7–8)"), style->passive, ENGAGE_LEGEND_SYMBOL_SWATCH, 0, 0 };
  EngageLegendItem detractors = { _("Detractors (0–6)"), style->detractor, ENGAGE_LEGEND_SYMBOL_SWATCH, 0, 0 };
  EngageLegendItem line = {
    _("NPS with 95% margin of error"), style->foreground, ENGAGE_LEGEND_SYMBOL_LINE,
    ENGAGE_CHART_DASH_SOLID, ENGAGE_CHART_MARKER_CIRCLE,
  };

  if (!data->show_legend)
    return items;

  g_array_append_val (items, line);
  g_array_append_val (items, promoters);
  g_array_append_val (items, passives);
  g_array_append_val (items, detractors);
  return items;
}

/**
 * engage_nps_chart_get_layout:
 * @cr: (nullable): a context to measure text with
 * @layout: (out caller-allocates): where things go
 *
 * Computes where the line, the bars and the labels go for a chart of this size.
 */
void
engage_nps_chart_get_layout (cairo_t                  *cr,
                             const EngageNpsChartData *data,
                             const EngageChartStyle   *style,
                             double                    width,
                             double                    height,
                             EngageNpsChartLayout     *layout)
{
  g_autoptr(cairo_t) measure = NULL;
  g_autoptr(GArray) legend = NULL;
  double em, pad, top, bottom, left, right, small_line, label_width, available;

  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (layout != NULL);

  measure = _engage_chart_measure_context (cr);
  em = _engage_chart_em (style);
  pad = em;
  small_line = _engage_chart_line_height (measure, style, ENGAGE_CHART_SMALL_SCALE);

  *layout = (EngageNpsChartLayout) { 0 };
  layout->empty = data_is_empty (data);

  top = pad + _engage_chart_header_height (measure, style, data->title, data->subtitle, width - 2 * pad);

  legend = build_legend (data, style);
  layout->legend.height = layout->empty ? 0 : engage_legend_measure (measure, style, (EngageLegendItem *) (void *) legend->data,
                                                                     legend->len, width - 2 * pad);
  layout->legend.x = pad;
  layout->legend.y = height - pad - layout->legend.height;
  layout->legend.width = width - 2 * pad;

  if (layout->empty)
    {
      layout->plot = (EngageChartRect) { pad, top, MAX (width - 2 * pad, 1), MAX (height - pad - top, 1) };
      return;
    }

  /* The NPS axis' caption sits above the line, the n and period labels under the bars. */
  top += small_line + 0.5 * em;
  bottom = layout->legend.y - (layout->legend.height > 0 ? 0.8 * em : 0);
  bottom -= 2 * small_line + 0.7 * em;

  _engage_chart_text_size (measure, style, "\xe2\x88\x92" "100", ENGAGE_CHART_SMALL_SCALE,
                           ENGAGE_CHART_TEXT_NORMAL, &label_width, NULL);
  left = pad + label_width + 0.7 * em;
  right = width - pad;

  layout->plot = (EngageChartRect) { left, top, MAX (right - left, 1), MAX (bottom - top, 1) };

  available = MAX (layout->plot.height - 1.6 * em - small_line, 2);
  layout->line_area = (EngageChartRect) { left, top, layout->plot.width, available * LINE_SHARE };
  layout->bar_area = (EngageChartRect) {
    left, bottom - available * (1 - LINE_SHARE), layout->plot.width, available * (1 - LINE_SHARE),
  };

  layout->slot_width = layout->plot.width / MAX (data->n_periods, 1);
  layout->bar_width = MIN (layout->slot_width * 0.72, 7 * em);
}

/**
 * engage_nps_chart_layout_nps_to_pixel:
 * @nps: −100..100
 *
 * Returns: where @nps lies vertically in the line area
 */
double
engage_nps_chart_layout_nps_to_pixel (const EngageNpsChartLayout *layout,
                                      double                      nps)
{
  return engage_axis_map (nps, -100, 100, layout->line_area.y + layout->line_area.height,
                          layout->line_area.y);
}

/**
 * engage_nps_chart_layout_share_to_pixel:
 * @share: 0..1 of a bar, counted from the bottom
 *
 * Returns: where @share lies vertically in the bar area
 */
double
engage_nps_chart_layout_share_to_pixel (const EngageNpsChartLayout *layout,
                                        double                      share)
{
  return engage_axis_map (share, 0, 1, layout->bar_area.y + layout->bar_area.height,
                          layout->bar_area.y);
}

static double
slot_centre (const EngageNpsChartLayout *layout,
             guint                       index)
{
  return layout->plot.x + (index + 0.5) * layout->slot_width;
}

static char *
period_label (const EngageNpsChartData *data,
              guint                     index,
              gboolean                  with_year)
{
  const EngageNpsChartPeriod *period = &data->periods[index];

  if (period->label != NULL)
    return g_strdup (period->label);

  return engage_chart_format_date_tick (period->first_day, data->period, with_year);
}

static int
year_of (double day)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc ((gint64) floor (day) * 86400);

  return time != NULL ? g_date_time_get_year (time) : 0;
}

static void
paint_line_axis (cairo_t                    *cr,
                 const EngageChartStyle     *style,
                 const EngageNpsChartLayout *layout)
{
  const EngageChartRect *area = &layout->line_area;
  double em = _engage_chart_em (style);

  cairo_save (cr);
  for (int nps = -100; nps <= 100; nps += 50)
    {
      double y = engage_nps_chart_layout_nps_to_pixel (layout, nps);
      g_autofree char *label = engage_chart_format_signed (nps, 0);

      if (nps == 0)
        engage_rgba_set_source_alpha (&style->dim_foreground, cr, 0.55);
      else
        engage_rgba_set_source (&style->grid, cr);
      _engage_chart_paint_hline (cr, area->x, area->x + area->width, y, 1);
      _engage_chart_paint_text (cr, style, label, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_NORMAL,
                                &style->dim_foreground, area->x - 0.6 * em, y, 1, 0.5);
    }
  cairo_restore (cr);

  _engage_chart_paint_text (cr, style, _("Net Promoter Score"), ENGAGE_CHART_SMALL_SCALE,
                            ENGAGE_CHART_TEXT_BOLD, &style->dim_foreground,
                            area->x, area->y - 0.6 * em, 0, 1);
}

static void
paint_segment (cairo_t                    *cr,
               const EngageChartStyle     *style,
               const EngageNpsChartLayout *layout,
               double                      x,
               double                      from_share,
               double                      to_share,
               const EngageRgba           *color)
{
  double y0 = engage_nps_chart_layout_share_to_pixel (layout, from_share);
  double y1 = engage_nps_chart_layout_share_to_pixel (layout, to_share);
  double em = _engage_chart_em (style);
  double text_width, text_height;
  g_autofree char *label = NULL;

  if (to_share - from_share <= 0)
    return;

  cairo_save (cr);
  engage_rgba_set_source (color, cr);
  cairo_rectangle (cr, x - layout->bar_width / 2, y1, layout->bar_width, y0 - y1);
  cairo_fill (cr);
  cairo_restore (cr);

  label = engage_chart_format_percent (to_share - from_share, 0);
  _engage_chart_text_size (cr, style, label, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_NORMAL,
                           &text_width, &text_height);
  if (text_width + 0.4 * em <= layout->bar_width && text_height + 0.1 * em <= y0 - y1)
    _engage_chart_paint_text (cr, style, label, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_NORMAL,
                              _engage_chart_text_color_on (color, style), x, (y0 + y1) / 2, 0.5, 0.5);
}

static void
paint_bars (cairo_t                    *cr,
            const EngageNpsChartData   *data,
            const EngageChartStyle     *style,
            const EngageNpsChartLayout *layout,
            double                      width)
{
  double em = _engage_chart_em (style);
  double small_line = _engage_chart_line_height (cr, style, ENGAGE_CHART_SMALL_SCALE);
  double label_y = layout->bar_area.y + layout->bar_area.height + 0.4 * em;
  double widest = 0;
  guint every = 1;
  int previous_year = G_MININT;

  _engage_chart_paint_text (cr, style, _("Share of responses"), ENGAGE_CHART_SMALL_SCALE,
                            ENGAGE_CHART_TEXT_BOLD, &style->dim_foreground,
                            layout->bar_area.x, layout->bar_area.y - 0.4 * em, 0, 1);

  /* Label every period if the labels fit, else every second, third … */
  for (guint i = 0; i < data->n_periods; i++)
    {
      g_autofree char *label = period_label (data, i, TRUE);
      double w;

      _engage_chart_text_size (cr, style, label, ENGAGE_CHART_SMALL_SCALE,
                               ENGAGE_CHART_TEXT_NORMAL, &w, NULL);
      widest = MAX (widest, w);
    }
  while (every * layout->slot_width < widest + 0.6 * em && every < data->n_periods)
    every++;

  for (guint i = 0; i < data->n_periods; i++)
    {
      const EngageNpsChartPeriod *period = &data->periods[i];
      double x = slot_centre (layout, i);
      int year = period->label == NULL ? year_of (period->first_day) : 0;

      if (period->n == 0)
        {
          cairo_save (cr);
          engage_rgba_set_source (&style->grid, cr);
          cairo_set_line_width (cr, 1);
          cairo_rectangle (cr, round (x - layout->bar_width / 2) + 0.5, round (layout->bar_area.y) + 0.5,
                           round (layout->bar_width) - 1, round (layout->bar_area.height) - 1);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
      else
        {
          double d = (double) period->detractors / period->n;
          double p = (double) period->passives / period->n;

          paint_segment (cr, style, layout, x, 0, d, &style->detractor);
          paint_segment (cr, style, layout, x, d, d + p, &style->passive);
          paint_segment (cr, style, layout, x, d + p, 1, &style->promoter);
        }

      if (i % every == 0)
        {
          g_autofree char *n_label = NULL;
          g_autofree char *label = NULL;
          g_autofree char *count = engage_chart_format_number (period->n, 0);
          double n_width;

          label = period_label (data, i, year != previous_year && data->period != ENGAGE_DATE_UNIT_YEAR);
          previous_year = year;

          /* Translators: the number of responses under a bar of the NPS chart */
          n_label = g_strdup_printf (_("n = %s"), count);
          _engage_chart_text_size (cr, style, n_label, ENGAGE_CHART_SMALL_SCALE,
                                   ENGAGE_CHART_TEXT_NORMAL, &n_width, NULL);
          if (n_width > every * layout->slot_width - 0.3 * em)
            {
              g_free (n_label);
              n_label = g_strdup (count);
            }

          x = CLAMP (x, widest / 2, width - widest / 2);
          _engage_chart_paint_text (cr, style, n_label, ENGAGE_CHART_SMALL_SCALE,
                                    ENGAGE_CHART_TEXT_NORMAL, &style->dim_foreground,
                                    x, label_y, 0.5, 0);
          _engage_chart_paint_text (cr, style, label, ENGAGE_CHART_SMALL_SCALE,
                                    ENGAGE_CHART_TEXT_NORMAL, &style->foreground,
                                    x, label_y + small_line, 0.5, 0);
        }
    }
}

static void
paint_line (cairo_t                    *cr,
            const EngageNpsChartData   *data,
            const EngageChartStyle     *style,
            const EngageNpsChartLayout *layout)
{
  double em = _engage_chart_em (style);
  double line_width = _engage_chart_line_width (style);
  double cap = MIN (layout->bar_width * 0.25, em * 0.5);
  gboolean pen_down = FALSE;
  gboolean labels_fit;
  double label_width;

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  /* Whiskers first, so that line and markers cover their middles. */
  engage_rgba_set_source_alpha (&style->foreground, cr, 0.6);
  cairo_set_line_width (cr, MAX (1, line_width * 0.6));
  for (guint i = 0; i < data->n_periods; i++)
    {
      const EngageNpsChartPeriod *period = &data->periods[i];
      double x = slot_centre (layout, i);
      double low, high;

      if (period->n == 0 || !isfinite (period->margin) || period->margin <= 0)
        continue;

      low = engage_nps_chart_layout_nps_to_pixel (layout, MAX (period->nps - period->margin, -100));
      high = engage_nps_chart_layout_nps_to_pixel (layout, MIN (period->nps + period->margin, 100));
      cairo_move_to (cr, x, low);
      cairo_line_to (cr, x, high);
      cairo_move_to (cr, x - cap, low);
      cairo_line_to (cr, x + cap, low);
      cairo_move_to (cr, x - cap, high);
      cairo_line_to (cr, x + cap, high);
      cairo_stroke (cr);
    }

  engage_rgba_set_source (&style->foreground, cr);
  cairo_set_line_width (cr, line_width);
  for (guint i = 0; i < data->n_periods; i++)
    {
      const EngageNpsChartPeriod *period = &data->periods[i];
      double x = slot_centre (layout, i);
      double y = engage_nps_chart_layout_nps_to_pixel (layout, period->nps);

      if (period->n == 0)
        {
          pen_down = FALSE;
          continue;
        }
      if (pen_down)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      pen_down = TRUE;
    }
  cairo_stroke (cr);

  _engage_chart_text_size (cr, style, "+100", ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_BOLD,
                           &label_width, NULL);
  labels_fit = layout->slot_width >= label_width + 0.4 * em;

  for (guint i = 0; i < data->n_periods; i++)
    {
      const EngageNpsChartPeriod *period = &data->periods[i];
      double x = slot_centre (layout, i);
      double y = engage_nps_chart_layout_nps_to_pixel (layout, period->nps);
      double margin = isfinite (period->margin) ? MAX (period->margin, 0) : 0;
      g_autofree char *label = NULL;
      double label_y;
      gboolean above;

      if (period->n == 0)
        continue;

      engage_rgba_set_source (&style->background, cr);
      engage_chart_paint_marker (cr, ENGAGE_CHART_MARKER_CIRCLE, x, y, em * 0.65 + 3);
      engage_rgba_set_source (&style->foreground, cr);
      engage_chart_paint_marker (cr, ENGAGE_CHART_MARKER_CIRCLE, x, y, em * 0.65);

      if (!labels_fit)
        continue;

      /* Beside the whisker's end where there is room, inside the axis. */
      above = period->nps + margin < 75;
      label_y = engage_nps_chart_layout_nps_to_pixel (layout, above ? period->nps + margin
                                                                    : period->nps - margin);
      label = engage_chart_format_signed (round (period->nps), 0);
      _engage_chart_paint_text (cr, style, label, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_BOLD,
                                &style->foreground, x, label_y + (above ? -0.25 * em : 0.25 * em),
                                0.5, above ? 1 : 0);
    }

  cairo_restore (cr);
}

/**
 * engage_nps_chart_paint:
 * @cr: where to paint, from the origin
 * @data: what to show
 * @style: colours and fonts
 * @width: the chart's width
 * @height: the chart's height
 *
 * Paints the NPS trend: the NPS line with its margins, and per period the
 * stacked bar of the three groups with n and the period under it.
 */
void
engage_nps_chart_paint (cairo_t                  *cr,
                        const EngageNpsChartData *data,
                        const EngageChartStyle   *style,
                        double                    width,
                        double                    height)
{
  EngageNpsChartLayout layout;
  g_autoptr(GArray) legend = NULL;
  EngageChartRect header;
  double em;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);

  em = _engage_chart_em (style);
  engage_nps_chart_get_layout (cr, data, style, width, height, &layout);

  _engage_chart_paint_background (cr, style, width, height);
  header = (EngageChartRect) { em, em, width - 2 * em, height - 2 * em };
  _engage_chart_paint_header (cr, style, data->title, data->subtitle, &header);

  if (layout.empty)
    {
      _engage_chart_paint_empty (cr, style, &layout.plot,
                                 data->empty_text != NULL ? data->empty_text : _("No data yet"));
      return;
    }

  paint_line_axis (cr, style, &layout);
  paint_bars (cr, data, style, &layout, width);
  paint_line (cr, data, style, &layout);

  legend = build_legend (data, style);
  engage_legend_paint (cr, style, (EngageLegendItem *) (void *) legend->data, legend->len, &layout.legend);
}

/**
 * engage_nps_chart_hit_test:
 * @x: the pointer's position
 * @y: the pointer's position
 * @period_index: (out) (optional): the period under the pointer
 *
 * Returns: %TRUE if the pointer is over a period's slot (line, bar or labels)
 */
gboolean
engage_nps_chart_hit_test (const EngageNpsChartData   *data,
                           const EngageNpsChartLayout *layout,
                           double                      x,
                           double                      y,
                           guint                      *period_index)
{
  double index;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (layout != NULL, FALSE);

  if (layout->empty || data->n_periods == 0 || layout->slot_width <= 0)
    return FALSE;

  if (x < layout->plot.x || x >= layout->plot.x + layout->plot.width
      || y < layout->plot.y || y > layout->legend.y)
    return FALSE;

  index = floor ((x - layout->plot.x) / layout->slot_width);
  if (index < 0 || index >= data->n_periods)
    return FALSE;

  if (period_index != NULL)
    *period_index = (guint) index;
  return TRUE;
}

/**
 * engage_nps_chart_describe_period:
 * @period_index: which period
 *
 * Returns: (transfer full): the period in words, for a tooltip or a screen
 *   reader: "Nov 2026: NPS +42 ± 9, n = 120 (55% promoters, 32% passives,
 *   13% detractors)"
 */
char *
engage_nps_chart_describe_period (const EngageNpsChartData *data,
                                  guint                     period_index)
{
  const EngageNpsChartPeriod *period;
  g_autofree char *label = NULL;
  g_autofree char *nps = NULL;
  g_autofree char *margin = NULL;
  g_autofree char *n = NULL;
  g_autofree char *promoters = NULL;
  g_autofree char *passives = NULL;
  g_autofree char *detractors = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (period_index < data->n_periods, NULL);

  period = &data->periods[period_index];
  label = period->label != NULL ? g_strdup (period->label)
                                : engage_chart_format_period (period->first_day, data->period);

  if (period->n == 0)
    /* Translators: a period of the NPS chart without responses */
    return g_strdup_printf (_("%s: no responses"), label);

  nps = engage_chart_format_signed (round (period->nps), 0);
  margin = engage_chart_format_number (isfinite (period->margin) ? period->margin : 0, 0);
  n = engage_chart_format_number (period->n, 0);
  promoters = engage_chart_format_percent ((double) period->promoters / period->n, 0);
  passives = engage_chart_format_percent ((double) period->passives / period->n, 0);
  detractors = engage_chart_format_percent ((double) period->detractors / period->n, 0);

  /* Translators: a period of the NPS chart: period, NPS, margin, n and the three shares */
  return g_strdup_printf (_("%s: NPS %s ± %s, n = %s (%s promoters, %s passives, %s detractors)"),
                          label, nps, margin, n, promoters, passives, detractors);
}
