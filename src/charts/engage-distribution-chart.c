/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-distribution-chart"

#include "config.h"

#include "engage-distribution-chart.h"

#include "engage-chart-format.h"
#include "engage-chart-private.h"

#include <glib/gi18n.h>
#include <math.h>

/**
 * engage_distribution_chart_data_init:
 *
 * Sets @data to an empty distribution with group labels.
 */
void
engage_distribution_chart_data_init (EngageDistributionChartData *data)
{
  g_return_if_fail (data != NULL);

  *data = (EngageDistributionChartData) { 0 };
  data->show_legend = TRUE;
}

static guint
total_of (const EngageDistributionChartData *data)
{
  guint total = 0;

  for (guint s = 0; s <= 10; s++)
    total += data->counts[s];
  return total;
}

static guint
max_of (const EngageDistributionChartData *data)
{
  guint max = 0;

  for (guint s = 0; s <= 10; s++)
    max = MAX (max, data->counts[s]);
  return max;
}

static const EngageRgba *
group_color (const EngageChartStyle *style,
             guint                   score)
{
  if (score <= 6)
    return &style->detractor;
  if (score <= 8)
    return &style->passive;
  return &style->promoter;
}

/**
 * engage_distribution_chart_get_layout:
 * @cr: (nullable): a context to measure text with
 * @layout: (out caller-allocates): where things go
 *
 * Computes the plot, the slots and the count axis for a chart of this size.
 */
void
engage_distribution_chart_get_layout (cairo_t                           *cr,
                                      const EngageDistributionChartData *data,
                                      const EngageChartStyle            *style,
                                      double                             width,
                                      double                             height,
                                      EngageDistributionChartLayout     *layout)
{
  g_autoptr(cairo_t) measure = NULL;
  double em, pad, top, bottom, left, right, small_line, label_width = 0;
  guint max_ticks;

  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (layout != NULL);

  measure = _engage_chart_measure_context (cr);
  em = _engage_chart_em (style);
  pad = em;
  small_line = _engage_chart_line_height (measure, style, ENGAGE_CHART_SMALL_SCALE);

  *layout = (EngageDistributionChartLayout) { 0 };
  layout->empty = total_of (data) == 0;

  top = pad + _engage_chart_header_height (measure, style, data->title, data->subtitle, width - 2 * pad);

  if (layout->empty)
    {
      layout->plot = (EngageChartRect) { pad, top, MAX (width - 2 * pad, 1), MAX (height - pad - top, 1) };
      return;
    }

  /* Room for the count above the tallest bar. */
  top += small_line + 0.3 * em;
  bottom = height - pad - small_line - 0.5 * em;
  if (data->show_legend)
    bottom -= small_line + 0.9 * em;

  max_ticks = (guint) CLAMP ((bottom - top) / (2.8 * em), 2, 8);
  engage_axis_nice_ticks (0, MAX (max_of (data), 1), max_ticks, &layout->y_ticks);
  /* Counts are whole: no ticks at 0.5. */
  if (layout->y_ticks.step < 1)
    engage_axis_nice_ticks (0, MAX (max_of (data), 2), 3, &layout->y_ticks);

  for (guint i = 0; i < layout->y_ticks.n_ticks; i++)
    {
      g_autofree char *label = engage_chart_format_number (engage_axis_tick_value (&layout->y_ticks, i), 0);
      double w;

      _engage_chart_text_size (measure, style, label, ENGAGE_CHART_SMALL_SCALE,
                               ENGAGE_CHART_TEXT_NORMAL, &w, NULL);
      label_width = MAX (label_width, w);
    }

  left = pad + label_width + 0.7 * em;
  right = width - pad;

  layout->plot = (EngageChartRect) { left, top, MAX (right - left, 1), MAX (bottom - top, 1) };
  layout->slot_width = layout->plot.width / 11;
  layout->bar_width = layout->slot_width * 0.74;
}

static double
count_to_pixel (const EngageDistributionChartLayout *layout,
                double                               count)
{
  return engage_axis_map (count, layout->y_ticks.min, layout->y_ticks.max,
                          layout->plot.y + layout->plot.height, layout->plot.y);
}

static void
paint_group (cairo_t                           *cr,
             const EngageDistributionChartData *data,
             const EngageChartStyle            *style,
             const EngageDistributionChartLayout *layout,
             guint                              first,
             guint                              last,
             const char                        *name,
             double                             y)
{
  double em = _engage_chart_em (style);
  double x0 = layout->plot.x + first * layout->slot_width + (layout->slot_width - layout->bar_width) / 2;
  double x1 = layout->plot.x + (last + 1) * layout->slot_width - (layout->slot_width - layout->bar_width) / 2;
  const EngageRgba *color = group_color (style, first);
  guint count = 0;
  g_autofree char *share = NULL;
  g_autofree char *label = NULL;

  for (guint s = first; s <= last; s++)
    count += data->counts[s];
  share = engage_chart_format_percent ((double) count / MAX (total_of (data), 1), 0);
  /* Translators: a group under the score distribution and its share, "Promoters 54%" */
  label = g_strdup_printf (C_("nps group", "%s %s"), name, share);

  cairo_save (cr);
  engage_rgba_set_source (color, cr);
  cairo_rectangle (cr, x0, y, x1 - x0, MAX (2, 0.2 * em));
  cairo_fill (cr);
  cairo_restore (cr);

  _engage_chart_paint_text_width (cr, style, label, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_BOLD,
                                  &style->foreground, (x0 + x1) / 2, y + 0.35 * em,
                                  x1 - x0, 0.5, 0);
}

/**
 * engage_distribution_chart_paint:
 * @cr: where to paint, from the origin
 * @data: what to show
 * @style: colours and fonts
 * @width: the chart's width
 * @height: the chart's height
 *
 * Paints the scores 0–10 as bars coloured by group, each with its count, and
 * under them the groups with their shares.
 */
void
engage_distribution_chart_paint (cairo_t                           *cr,
                                 const EngageDistributionChartData *data,
                                 const EngageChartStyle            *style,
                                 double                             width,
                                 double                             height)
{
  EngageDistributionChartLayout layout;
  EngageChartRect header;
  double em, small_line, bottom;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);

  em = _engage_chart_em (style);
  engage_distribution_chart_get_layout (cr, data, style, width, height, &layout);

  _engage_chart_paint_background (cr, style, width, height);
  header = (EngageChartRect) { em, em, width - 2 * em, height - 2 * em };
  _engage_chart_paint_header (cr, style, data->title, data->subtitle, &header);

  if (layout.empty)
    {
      _engage_chart_paint_empty (cr, style, &layout.plot,
                                 data->empty_text != NULL ? data->empty_text : _("No data yet"));
      return;
    }

  small_line = _engage_chart_line_height (cr, style, ENGAGE_CHART_SMALL_SCALE);
  bottom = layout.plot.y + layout.plot.height;

  cairo_save (cr);
  for (guint i = 0; i < layout.y_ticks.n_ticks; i++)
    {
      double value = engage_axis_tick_value (&layout.y_ticks, i);
      double y = count_to_pixel (&layout, value);
      g_autofree char *label = engage_chart_format_number (value, 0);

      if (i == 0)
        engage_rgba_set_source_alpha (&style->dim_foreground, cr, 0.55);
      else
        engage_rgba_set_source (&style->grid, cr);
      _engage_chart_paint_hline (cr, layout.plot.x, layout.plot.x + layout.plot.width, y, 1);
      _engage_chart_paint_text (cr, style, label, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_NORMAL,
                                &style->dim_foreground, layout.plot.x - 0.6 * em, y, 1, 0.5);
    }
  cairo_restore (cr);

  for (guint s = 0; s <= 10; s++)
    {
      double x = layout.plot.x + (s + 0.5) * layout.slot_width;
      double top = count_to_pixel (&layout, data->counts[s]);
      g_autofree char *score = g_strdup_printf ("%u", s);
      g_autofree char *count = engage_chart_format_number (data->counts[s], 0);

      if (data->counts[s] > 0)
        {
          cairo_save (cr);
          engage_rgba_set_source (group_color (style, s), cr);
          _engage_chart_rounded_rect (cr, x - layout.bar_width / 2, top, layout.bar_width,
                                      bottom - top + 0.1, MIN (0.25 * em, layout.bar_width / 6));
          cairo_fill (cr);
          /* Square the bottom corners: bars stand on the axis. */
          cairo_rectangle (cr, x - layout.bar_width / 2, MAX (top, bottom - 0.3 * em),
                           layout.bar_width, MIN (0.3 * em, bottom - top));
          cairo_fill (cr);
          cairo_restore (cr);
        }

      _engage_chart_paint_text (cr, style, count, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_NORMAL,
                                &style->foreground, x, top - 0.2 * em, 0.5, 1);
      _engage_chart_paint_text (cr, style, score, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_BOLD,
                                &style->dim_foreground, x, bottom + 0.35 * em, 0.5, 0);
    }

  if (data->show_legend)
    {
      double y = bottom + small_line + 0.7 * em;

      paint_group (cr, data, style, &layout, 0, 6, _("Detractors"), y);
      paint_group (cr, data, style, &layout, 7, 8, _("Passives"), y);
      paint_group (cr, data, style, &layout, 9, 10, _("Promoters"), y);
    }
}

/**
 * engage_distribution_chart_hit_test:
 * @x: the pointer's position
 * @y: the pointer's position
 * @score: (out) (optional): the score whose slot is under the pointer
 *
 * Returns: %TRUE if the pointer is over a score's slot
 */
gboolean
engage_distribution_chart_hit_test (const EngageDistributionChartData   *data,
                                    const EngageDistributionChartLayout *layout,
                                    double                               x,
                                    double                               y,
                                    guint                               *score)
{
  double index;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (layout != NULL, FALSE);

  if (layout->empty || layout->slot_width <= 0)
    return FALSE;
  if (y < layout->plot.y || y > layout->plot.y + layout->plot.height)
    return FALSE;

  index = floor ((x - layout->plot.x) / layout->slot_width);
  if (index < 0 || index > 10)
    return FALSE;

  if (score != NULL)
    *score = (guint) index;
  return TRUE;
}
