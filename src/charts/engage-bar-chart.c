/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-bar-chart"

#include "config.h"

#include "engage-bar-chart.h"

#include "engage-chart-format.h"
#include "engage-chart-private.h"

#include <glib/gi18n.h>
#include <math.h>

#define MAX_PANELS 4

/**
 * engage_bar_chart_data_init:
 *
 * Sets @data to an empty horizontal bar chart.
 */
void
engage_bar_chart_data_init (EngageBarChartData *data)
{
  g_return_if_fail (data != NULL);

  *data = (EngageBarChartData) { 0 };
  data->orientation = ENGAGE_BAR_HORIZONTAL;
}

static char *
format_bar_value (const EngageBarPanel *panel,
                  double                value)
{
  return engage_chart_format_value (value, panel->decimals, panel->unit);
}

static const EngageRgba *
bar_color (const EngageBarChartData *data,
           const EngageChartStyle   *style,
           guint                     category)
{
  if (data->colors != NULL && data->colors[category].alpha > 0)
    return &data->colors[category];
  return &style->accent;
}

static double
panel_max (const EngageBarChartData *data,
           guint                     panel)
{
  double max = 0;

  for (guint i = 0; i < data->n_categories; i++)
    if (isfinite (data->panels[panel].values[i]))
      max = MAX (max, data->panels[panel].values[i]);

  return max > 0 ? max : 1;
}

static double
widest_value (cairo_t                  *cr,
              const EngageBarChartData *data,
              const EngageChartStyle   *style,
              guint                     panel)
{
  double widest = 0;

  for (guint i = 0; i < data->n_categories; i++)
    {
      g_autofree char *label = format_bar_value (&data->panels[panel], data->panels[panel].values[i]);
      double w;

      _engage_chart_text_size (cr, style, label, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_BOLD,
                               &w, NULL);
      widest = MAX (widest, w);
    }

  return widest;
}

static gboolean
has_panel_titles (const EngageBarChartData *data)
{
  for (guint p = 0; p < MIN (data->n_panels, MAX_PANELS); p++)
    if (data->panels[p].title != NULL && data->panels[p].title[0] != '\0')
      return TRUE;
  return FALSE;
}

/**
 * engage_bar_chart_get_layout:
 * @cr: (nullable): a context to measure text with
 * @layout: (out caller-allocates): where things go
 *
 * Computes the panels' value areas and the bars' slots for a chart of this
 * size. Each panel's longest bar fills its value area; the value labels go
 * beyond it.
 */
void
engage_bar_chart_get_layout (cairo_t                  *cr,
                             const EngageBarChartData *data,
                             const EngageChartStyle   *style,
                             double                    width,
                             double                    height,
                             EngageBarChartLayout     *layout)
{
  g_autoptr(cairo_t) measure = NULL;
  double em, pad, top, bottom, left, right, line, small_line, label_width = 0, gap, panel_width;

  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (layout != NULL);

  measure = _engage_chart_measure_context (cr);
  em = _engage_chart_em (style);
  pad = em;
  line = _engage_chart_line_height (measure, style, 1.0);
  small_line = _engage_chart_line_height (measure, style, ENGAGE_CHART_SMALL_SCALE);

  *layout = (EngageBarChartLayout) { 0 };
  layout->empty = data->n_categories == 0 || data->n_panels == 0;

  top = pad + _engage_chart_header_height (measure, style, data->title, data->subtitle, width - 2 * pad);
  bottom = height - pad;

  if (layout->empty)
    {
      layout->panels[0] = (EngageChartRect) { pad, top, MAX (width - 2 * pad, 1), MAX (bottom - top, 1) };
      return;
    }

  layout->n_panels = MIN (data->n_panels, MAX_PANELS);
  if (has_panel_titles (data))
    top += small_line + 0.6 * em;
  gap = 2.5 * em;

  if (data->orientation == ENGAGE_BAR_HORIZONTAL)
    {
      double block, slot;

      for (guint i = 0; i < data->n_categories; i++)
        {
          double w;

          _engage_chart_text_size (measure, style, data->labels[i], 1.0, ENGAGE_CHART_TEXT_NORMAL, &w, NULL);
          label_width = MAX (label_width, w);
        }
      label_width = MIN (label_width, width * 0.3);

      left = pad + label_width + 0.8 * em;
      right = width - pad;
      panel_width = (right - left - gap * (layout->n_panels - 1)) / layout->n_panels;

      /* The rows share the height; bars stay no thicker than a couple of lines. */
      slot = (bottom - top) / data->n_categories;
      block = slot * data->n_categories;
      layout->slot = slot;
      layout->bar_thickness = MIN (slot * 0.66, MAX (2.4 * em, line * 1.4));

      for (guint p = 0; p < layout->n_panels; p++)
        {
          double reserve = widest_value (measure, data, style, p) + 0.6 * em;
          double x = left + p * (panel_width + gap);

          layout->panels[p] = (EngageChartRect) { x, top, MAX (panel_width - reserve, 1), MAX (block, 1) };
          layout->maxima[p] = panel_max (data, p);
        }
    }
  else
    {
      double panel_top = top + small_line + 0.3 * em;
      double panel_bottom = bottom - line - 0.5 * em;

      left = pad;
      right = width - pad;
      panel_width = (right - left - gap * (layout->n_panels - 1)) / layout->n_panels;
      layout->slot = panel_width / data->n_categories;
      layout->bar_thickness = MIN (layout->slot * 0.68, 5 * em);

      for (guint p = 0; p < layout->n_panels; p++)
        {
          double x = left + p * (panel_width + gap);

          layout->panels[p] = (EngageChartRect) {
            x, panel_top, MAX (panel_width, 1), MAX (panel_bottom - panel_top, 1),
          };
          layout->maxima[p] = panel_max (data, p);
        }
    }
}

/**
 * engage_bar_chart_get_bar:
 * @panel: which panel
 * @category: which category
 * @bar: (out caller-allocates): the bar's rectangle (empty for a missing or
 *   negative value)
 *
 * Where a bar goes.
 */
void
engage_bar_chart_get_bar (const EngageBarChartData   *data,
                          const EngageBarChartLayout *layout,
                          guint                       panel,
                          guint                       category,
                          EngageChartRect            *bar)
{
  const EngageChartRect *area;
  double value, length;

  g_return_if_fail (data != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (bar != NULL);

  *bar = (EngageChartRect) { 0 };
  if (panel >= layout->n_panels || category >= data->n_categories)
    return;

  area = &layout->panels[panel];
  value = data->panels[panel].values[category];
  if (!isfinite (value) || value < 0)
    value = 0;

  if (data->orientation == ENGAGE_BAR_HORIZONTAL)
    {
      length = area->width * value / layout->maxima[panel];
      bar->x = area->x;
      bar->y = area->y + (category + 0.5) * layout->slot - layout->bar_thickness / 2;
      bar->width = length;
      bar->height = layout->bar_thickness;
    }
  else
    {
      length = area->height * value / layout->maxima[panel];
      bar->x = area->x + (category + 0.5) * layout->slot - layout->bar_thickness / 2;
      bar->y = area->y + area->height - length;
      bar->width = layout->bar_thickness;
      bar->height = length;
    }
}

static void
paint_bar_shape (cairo_t               *cr,
                 const EngageChartRect *bar,
                 EngageBarOrientation   orientation,
                 double                 radius)
{
  if (bar->width <= 0 || bar->height <= 0)
    return;

  /* Round the free end only; the other end stands on the baseline. */
  radius = MIN (radius, MIN (bar->width, bar->height) / 2);
  _engage_chart_rounded_rect (cr, bar->x, bar->y, bar->width, bar->height, radius);
  cairo_fill (cr);
  if (orientation == ENGAGE_BAR_HORIZONTAL)
    cairo_rectangle (cr, bar->x, bar->y, MIN (radius, bar->width), bar->height);
  else
    cairo_rectangle (cr, bar->x, bar->y + bar->height - MIN (radius, bar->height), bar->width,
                     MIN (radius, bar->height));
  cairo_fill (cr);
}

static void
paint_panel (cairo_t                    *cr,
             const EngageBarChartData   *data,
             const EngageChartStyle     *style,
             const EngageBarChartLayout *layout,
             guint                       p)
{
  const EngageBarPanel *panel = &data->panels[p];
  const EngageChartRect *area = &layout->panels[p];
  double em = _engage_chart_em (style);
  gboolean horizontal = data->orientation == ENGAGE_BAR_HORIZONTAL;

  if (panel->title != NULL)
    _engage_chart_paint_text (cr, style, panel->title, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_BOLD,
                              &style->dim_foreground, area->x,
                              horizontal ? area->y - 0.5 * em
                                         : area->y - _engage_chart_line_height (cr, style, ENGAGE_CHART_SMALL_SCALE) - 0.3 * em,
                              0, 1);

  cairo_save (cr);
  engage_rgba_set_source_alpha (&style->dim_foreground, cr, 0.55);
  if (horizontal)
    _engage_chart_paint_vline (cr, area->x, area->y, area->y + area->height, 1);
  else
    _engage_chart_paint_hline (cr, area->x, area->x + area->width, area->y + area->height, 1);
  cairo_restore (cr);

  for (guint i = 0; i < data->n_categories; i++)
    {
      EngageChartRect bar;
      g_autofree char *label = format_bar_value (panel, panel->values[i]);

      engage_bar_chart_get_bar (data, layout, p, i, &bar);

      cairo_save (cr);
      engage_rgba_set_source (bar_color (data, style, i), cr);
      paint_bar_shape (cr, &bar, data->orientation, 0.3 * em);
      cairo_restore (cr);

      if (horizontal)
        _engage_chart_paint_text (cr, style, label, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_BOLD,
                                  &style->foreground, bar.x + bar.width + 0.4 * em,
                                  bar.y + bar.height / 2, 0, 0.5);
      else
        _engage_chart_paint_text (cr, style, label, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_BOLD,
                                  &style->foreground, bar.x + bar.width / 2, bar.y - 0.2 * em, 0.5, 1);

      if (!horizontal)
        _engage_chart_paint_text_width (cr, style, data->labels[i], 1.0, ENGAGE_CHART_TEXT_NORMAL,
                                        &style->foreground, bar.x + bar.width / 2,
                                        area->y + area->height + 0.4 * em, layout->slot - 0.3 * em, 0.5, 0);
    }
}

/**
 * engage_bar_chart_paint:
 * @cr: where to paint, from the origin
 * @data: what to show
 * @style: colours and fonts
 * @width: the chart's width
 * @height: the chart's height
 *
 * Paints the bar chart: per panel a bar per category with its value.
 */
void
engage_bar_chart_paint (cairo_t                  *cr,
                        const EngageBarChartData *data,
                        const EngageChartStyle   *style,
                        double                    width,
                        double                    height)
{
  EngageBarChartLayout layout;
  EngageChartRect header;
  double em;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);

  em = _engage_chart_em (style);
  engage_bar_chart_get_layout (cr, data, style, width, height, &layout);

  _engage_chart_paint_background (cr, style, width, height);
  header = (EngageChartRect) { em, em, width - 2 * em, height - 2 * em };
  _engage_chart_paint_header (cr, style, data->title, data->subtitle, &header);

  if (layout.empty)
    {
      _engage_chart_paint_empty (cr, style, &layout.panels[0],
                                 data->empty_text != NULL ? data->empty_text : _("No data yet"));
      return;
    }

  if (data->orientation == ENGAGE_BAR_HORIZONTAL)
    for (guint i = 0; i < data->n_categories; i++)
      _engage_chart_paint_text_width (cr, style, data->labels[i], 1.0, ENGAGE_CHART_TEXT_NORMAL,
                                      &style->foreground, layout.panels[0].x - 0.8 * em,
                                      layout.panels[0].y + (i + 0.5) * layout.slot,
                                      layout.panels[0].x - 1.8 * em, 1, 0.5);

  for (guint p = 0; p < layout.n_panels; p++)
    paint_panel (cr, data, style, &layout, p);
}

/**
 * engage_bar_chart_hit_test:
 * @x: the pointer's position
 * @y: the pointer's position
 * @panel: (out) (optional): the panel under the pointer
 * @category: (out) (optional): the category under the pointer
 *
 * Returns: %TRUE if the pointer is over a bar's slot in a panel
 */
gboolean
engage_bar_chart_hit_test (const EngageBarChartData   *data,
                           const EngageBarChartLayout *layout,
                           double                      x,
                           double                      y,
                           guint                      *panel,
                           guint                      *category)
{
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (layout != NULL, FALSE);

  if (layout->empty || layout->slot <= 0)
    return FALSE;

  for (guint p = 0; p < layout->n_panels; p++)
    {
      const EngageChartRect *area = &layout->panels[p];
      double along, across;

      if (data->orientation == ENGAGE_BAR_HORIZONTAL)
        {
          /* The value label beyond the bar counts as the bar's too. */
          along = x - area->x;
          across = y - area->y;
          if (along < 0 || along > area->width * 1.3 || across < 0 || across >= area->height)
            continue;
        }
      else
        {
          along = area->y + area->height - y;
          across = x - area->x;
          if (along < 0 || along > area->height || across < 0 || across >= area->width)
            continue;
        }

      if (panel != NULL)
        *panel = p;
      if (category != NULL)
        *category = MIN ((guint) (across / layout->slot), data->n_categories - 1);
      return TRUE;
    }

  return FALSE;
}
