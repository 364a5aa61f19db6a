/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-mix-chart"

#include "config.h"

#include "engage-mix-chart.h"

#include "engage-chart-format.h"
#include "engage-chart-private.h"
#include "engage-legend.h"

#include <glib/gi18n.h>
#include <math.h>

/**
 * engage_mix_chart_data_init:
 *
 * Sets @data to an empty mix with a legend.
 */
void
engage_mix_chart_data_init (EngageMixChartData *data)
{
  g_return_if_fail (data != NULL);

  *data = (EngageMixChartData) { 0 };
  data->show_legend = TRUE;
}

static gboolean
data_is_empty (const EngageMixChartData *data)
{
  for (guint i = 0; i < data->n_entries; i++)
    if (data->entries[i].n_posts > 0 || data->entries[i].share > 0)
      return FALSE;
  return TRUE;
}

static char *
entry_label (const EngageMixChartEntry *entry)
{
  g_autofree char *share = engage_chart_format_percent (entry->share, 0);
  g_autofree char *target = NULL;

  if (!entry->has_target)
    return g_steal_pointer (&share);

  target = engage_chart_format_percent (entry->target_share, 0);
  /* Translators: a pillar's actual share and its target in the content-mix chart */
  return g_strdup_printf (_("%s (target %s)"), share, target);
}

static GArray *
build_legend (const EngageMixChartData *data,
              const EngageChartStyle   *style)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (EngageLegendItem));
  EngageLegendItem actual = { _("Share of posts"), style->dim_foreground, ENGAGE_LEGEND_SYMBOL_SWATCH, 0, 0 };
  EngageLegendItem target = {
    _("Target share"), style->foreground, ENGAGE_LEGEND_SYMBOL_LINE,
    ENGAGE_CHART_DASH_SOLID, ENGAGE_CHART_MARKER_NONE,
  };
  gboolean any_target = FALSE;

  for (guint i = 0; i < data->n_entries; i++)
    any_target |= data->entries[i].has_target;

  if (data->show_legend && any_target)
    {
      g_array_append_val (items, actual);
      g_array_append_val (items, target);
    }
  return items;
}

/**
 * engage_mix_chart_get_layout:
 * @cr: (nullable): a context to measure text with
 * @layout: (out caller-allocates): where things go
 *
 * Computes the bar area and the rows for a chart of this size.
 */
void
engage_mix_chart_get_layout (cairo_t                  *cr,
                             const EngageMixChartData *data,
                             const EngageChartStyle   *style,
                             double                    width,
                             double                    height,
                             EngageMixChartLayout     *layout)
{
  g_autoptr(cairo_t) measure = NULL;
  g_autoptr(GArray) legend = NULL;
  EngageAxisTicks ticks;
  double em, pad, top, bottom, left, right, line, small_line;
  double name_width = 0, value_width = 0, max_share = 0;

  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (layout != NULL);

  measure = _engage_chart_measure_context (cr);
  em = _engage_chart_em (style);
  pad = em;
  line = _engage_chart_line_height (measure, style, 1.0);
  small_line = _engage_chart_line_height (measure, style, ENGAGE_CHART_SMALL_SCALE);

  *layout = (EngageMixChartLayout) { 0 };
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
      layout->max_share = 1;
      return;
    }

  bottom = layout->legend.y - (layout->legend.height > 0 ? 0.8 * em : 0);
  bottom -= small_line + 0.6 * em;   /* percent labels of the axis */

  for (guint i = 0; i < data->n_entries; i++)
    {
      const EngageMixChartEntry *entry = &data->entries[i];
      g_autofree char *label = entry_label (entry);
      double w;

      _engage_chart_text_size (measure, style, entry->name, 1.0, ENGAGE_CHART_TEXT_NORMAL, &w, NULL);
      name_width = MAX (name_width, w);
      _engage_chart_text_size (measure, style, label, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_BOLD, &w, NULL);
      value_width = MAX (value_width, w);

      max_share = MAX (max_share, entry->share);
      if (entry->has_target)
        max_share = MAX (max_share, entry->target_share);
    }

  name_width = MIN (name_width, width * 0.3);
  left = pad + name_width + 0.8 * em;
  right = width - pad - value_width - 0.6 * em;

  engage_axis_nice_ticks (0, MIN (MAX (max_share, 0.05), 1), 6, &ticks);
  layout->max_share = MIN (ticks.max, 1);

  layout->row_height = (bottom - top) / MAX (data->n_entries, 1);
  layout->bar_height = MIN (layout->row_height * 0.6, MAX (2.2 * em, line * 1.3));
  layout->plot = (EngageChartRect) {
    left, top, MAX (right - left, 1), MAX (layout->row_height * data->n_entries, 1),
  };
}

/**
 * engage_mix_chart_layout_share_to_pixel:
 * @share: 0..1
 *
 * Returns: where a bar of @share ends, or the target marker for @share lies
 */
double
engage_mix_chart_layout_share_to_pixel (const EngageMixChartLayout *layout,
                                        double                      share)
{
  return engage_axis_map (share, 0, layout->max_share, layout->plot.x,
                          layout->plot.x + layout->plot.width);
}

static void
paint_axis (cairo_t                    *cr,
            const EngageChartStyle     *style,
            const EngageMixChartLayout *layout)
{
  EngageAxisTicks ticks;
  double em = _engage_chart_em (style);
  double bottom = layout->plot.y + layout->plot.height;

  engage_axis_nice_ticks (0, layout->max_share, 6, &ticks);

  cairo_save (cr);
  for (guint i = 0; i < ticks.n_ticks; i++)
    {
      double share = engage_axis_tick_value (&ticks, i);
      double x = engage_mix_chart_layout_share_to_pixel (layout, share);
      g_autofree char *label = NULL;

      if (share > layout->max_share + 1e-9)
        break;

      label = engage_chart_format_percent (share, MAX (ticks.decimals - 2, 0));
      if (i == 0)
        engage_rgba_set_source_alpha (&style->dim_foreground, cr, 0.55);
      else
        engage_rgba_set_source (&style->grid, cr);
      _engage_chart_paint_vline (cr, x, layout->plot.y, bottom, 1);
      _engage_chart_paint_text (cr, style, label, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_NORMAL,
                                &style->dim_foreground, x, bottom + 0.4 * em, 0.5, 0);
    }
  cairo_restore (cr);
}

/**
 * engage_mix_chart_paint:
 * @cr: where to paint, from the origin
 * @data: what to show
 * @style: colours and fonts
 * @width: the chart's width
 * @height: the chart's height
 *
 * Paints the content mix: per pillar its name, a bar of its share in its
 * colour, a marker at its target share and both percentages.
 */
void
engage_mix_chart_paint (cairo_t                  *cr,
                        const EngageMixChartData *data,
                        const EngageChartStyle   *style,
                        double                    width,
                        double                    height)
{
  EngageMixChartLayout layout;
  g_autoptr(GArray) legend = NULL;
  EngageChartRect header;
  double em;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);

  em = _engage_chart_em (style);
  engage_mix_chart_get_layout (cr, data, style, width, height, &layout);

  _engage_chart_paint_background (cr, style, width, height);
  header = (EngageChartRect) { em, em, width - 2 * em, height - 2 * em };
  _engage_chart_paint_header (cr, style, data->title, data->subtitle, &header);

  if (layout.empty)
    {
      _engage_chart_paint_empty (cr, style, &layout.plot,
                                 data->empty_text != NULL ? data->empty_text : _("No data yet"));
      return;
    }

  paint_axis (cr, style, &layout);

  for (guint i = 0; i < data->n_entries; i++)
    {
      const EngageMixChartEntry *entry = &data->entries[i];
      const EngageRgba *color = _engage_chart_resolve_color (&entry->color, style, i);
      double middle = layout.plot.y + (i + 0.5) * layout.row_height;
      double x0 = layout.plot.x;
      double x1 = engage_mix_chart_layout_share_to_pixel (&layout, CLAMP (entry->share, 0, layout.max_share));
      double label_x = x1;
      g_autofree char *label = entry_label (entry);

      _engage_chart_paint_text_width (cr, style, entry->name, 1.0, ENGAGE_CHART_TEXT_NORMAL,
                                      &style->foreground, x0 - 0.8 * em, middle,
                                      x0 - 1.8 * em, 1, 0.5);

      if (x1 > x0)
        {
          double radius = MIN (0.3 * em, (x1 - x0) / 2);

          cairo_save (cr);
          engage_rgba_set_source (color, cr);
          _engage_chart_rounded_rect (cr, x0, middle - layout.bar_height / 2, x1 - x0,
                                      layout.bar_height, radius);
          cairo_fill (cr);
          cairo_rectangle (cr, x0, middle - layout.bar_height / 2, radius, layout.bar_height);
          cairo_fill (cr);
          cairo_restore (cr);
        }

      if (entry->has_target)
        {
          double x = engage_mix_chart_layout_share_to_pixel (&layout, CLAMP (entry->target_share, 0, layout.max_share));
          double reach = layout.bar_height / 2 + 0.3 * em;
          double w = MAX (2, 0.25 * em);

          cairo_save (cr);
          /* A light edge keeps the marker visible on a bar of any colour. */
          engage_rgba_set_source (&style->background, cr);
          cairo_rectangle (cr, x - w / 2 - 1, middle - reach - 1, w + 2, 2 * reach + 2);
          cairo_fill (cr);
          engage_rgba_set_source (&style->foreground, cr);
          cairo_rectangle (cr, x - w / 2, middle - reach, w, 2 * reach);
          cairo_fill (cr);
          cairo_restore (cr);

          label_x = MAX (label_x, x + w / 2);
        }

      _engage_chart_paint_text (cr, style, label, ENGAGE_CHART_SMALL_SCALE, ENGAGE_CHART_TEXT_BOLD,
                                &style->foreground, label_x + 0.5 * em, middle, 0, 0.5);
    }

  legend = build_legend (data, style);
  engage_legend_paint (cr, style, (EngageLegendItem *) (void *) legend->data, legend->len, &layout.legend);
}

/**
 * engage_mix_chart_hit_test:
 * @x: the pointer's position
 * @y: the pointer's position
 * @entry_index: (out) (optional): the pillar whose row is under the pointer
 *
 * Returns: %TRUE if the pointer is over a pillar's row
 */
gboolean
engage_mix_chart_hit_test (const EngageMixChartData   *data,
                           const EngageMixChartLayout *layout,
                           double                      x,
                           double                      y,
                           guint                      *entry_index)
{
  double index;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (layout != NULL, FALSE);

  if (layout->empty || layout->row_height <= 0 || x < 0)
    return FALSE;

  index = floor ((y - layout->plot.y) / layout->row_height);
  if (index < 0 || index >= data->n_entries)
    return FALSE;

  if (entry_index != NULL)
    *entry_index = (guint) index;
  return TRUE;
}
