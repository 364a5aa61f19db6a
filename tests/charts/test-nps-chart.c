/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "chart-test-utils.h"
#include "engage-nps-chart.h"

#define WIDTH  600
#define HEIGHT 400

static void
init_periods (EngageNpsChartPeriod *periods)
{
  double november = engage_chart_day_from_iso ("2026-11-01");

  periods[0] = (EngageNpsChartPeriod) {
    engage_date_unit_add (november, ENGAGE_DATE_UNIT_MONTH, -3), NULL, 100, 20, 30, 50, 30, 12,
  };
  periods[1] = (EngageNpsChartPeriod) {
    engage_date_unit_add (november, ENGAGE_DATE_UNIT_MONTH, -2), NULL, 100, 10, 40, 50, 40, 9,
  };
  periods[2] = (EngageNpsChartPeriod) {
    engage_date_unit_add (november, ENGAGE_DATE_UNIT_MONTH, -1), NULL, 0, 0, 0, 0, 0, 0,
  };
  periods[3] = (EngageNpsChartPeriod) { november, NULL, 40, 20, 10, 10, -25, 25 };
}

static void
assert_segment (ChartCanvas                *canvas,
                const EngageNpsChartLayout *layout,
                int                         x,
                const EngageRgba           *color,
                double                      from_share,
                double                      to_share)
{
  int top, bottom;
  double expected_top = engage_nps_chart_layout_share_to_pixel (layout, to_share);
  double expected_bottom = engage_nps_chart_layout_share_to_pixel (layout, from_share);

  g_assert_true (chart_canvas_column_extent (canvas, x, color, &top, &bottom));
  g_test_message ("segment %g..%g: rows %d..%d, expected %g..%g",
                  from_share, to_share, top, bottom, expected_top, expected_bottom);
  g_assert_cmpfloat (fabs (top - expected_top), <=, 1.5);
  g_assert_cmpfloat (fabs (bottom + 1 - expected_bottom), <=, 1.5);
}

static void
test_stacked_bars (void)
{
  EngageNpsChartPeriod periods[4];
  EngageChartStyle style;
  EngageNpsChartData data;
  EngageNpsChartLayout layout;
  ChartCanvas canvas;

  chart_test_style_init (&style);
  init_periods (periods);
  engage_nps_chart_data_init (&data);
  data.periods = periods;
  data.n_periods = G_N_ELEMENTS (periods);

  chart_canvas_init (&canvas, WIDTH, HEIGHT);
  engage_nps_chart_paint (canvas.cr, &data, &style, WIDTH, HEIGHT);
  engage_nps_chart_get_layout (canvas.cr, &data, &style, WIDTH, HEIGHT, &layout);

  g_assert_false (layout.empty);
  g_assert_cmpfloat (layout.slot_width * 4, ==, layout.plot.width);
  /* The line above, the bars below, apart. */
  g_assert_cmpfloat (layout.line_area.y + layout.line_area.height, <, layout.bar_area.y);

  for (guint i = 0; i < 4; i++)
    {
      const EngageNpsChartPeriod *period = &periods[i];
      double centre = layout.plot.x + (i + 0.5) * layout.slot_width;
      /* Beside the share labels, which sit in the middle of the bar. */
      int x = (int) (centre - layout.bar_width / 2 + 3);
      double d, p;

      if (period->n == 0)
        {
          /* An empty slot: no bar (the legend further down may use the colours). */
          for (int y = (int) layout.bar_area.y; y < (int) (layout.bar_area.y + layout.bar_area.height); y++)
            {
              g_assert_false (chart_canvas_is (&canvas, x, y, &style.promoter));
              g_assert_false (chart_canvas_is (&canvas, x, y, &style.detractor));
            }
          continue;
        }

      d = (double) period->detractors / period->n;
      p = (double) period->passives / period->n;
      assert_segment (&canvas, &layout, x, &style.detractor, 0, d);
      assert_segment (&canvas, &layout, x, &style.passive, d, d + p);
      assert_segment (&canvas, &layout, x, &style.promoter, d + p, 1);

      /* The NPS marker sits at its value on the line's axis. */
      g_assert_true (chart_canvas_is (&canvas, (int) centre,
                                      (int) engage_nps_chart_layout_nps_to_pixel (&layout, period->nps),
                                      &style.foreground));
    }

  chart_canvas_clear (&canvas);
  engage_chart_style_clear (&style);
}

static void
test_hit_and_describe (void)
{
  EngageNpsChartPeriod periods[4];
  EngageChartStyle style;
  EngageNpsChartData data;
  EngageNpsChartLayout layout;
  g_autofree char *text = NULL;
  g_autofree char *empty = NULL;
  guint index = 99;

  chart_test_style_init (&style);
  init_periods (periods);
  engage_nps_chart_data_init (&data);
  data.periods = periods;
  data.n_periods = G_N_ELEMENTS (periods);
  engage_nps_chart_get_layout (NULL, &data, &style, WIDTH, HEIGHT, &layout);

  g_assert_true (engage_nps_chart_hit_test (&data, &layout, layout.plot.x + 1.5 * layout.slot_width,
                                            layout.bar_area.y + 5, &index));
  g_assert_cmpuint (index, ==, 1);
  g_assert_false (engage_nps_chart_hit_test (&data, &layout, 2, layout.bar_area.y + 5, &index));

  text = engage_nps_chart_describe_period (&data, 1);
  g_assert_cmpstr (text, ==, "Sep 2026: NPS +40 ± 9, n = 100 (50% promoters, 40% passives, 10% detractors)");
  empty = engage_nps_chart_describe_period (&data, 2);
  g_assert_cmpstr (empty, ==, "Oct 2026: no responses");

  engage_chart_style_clear (&style);
}

static void
test_empty (void)
{
  EngageChartStyle style;
  EngageNpsChartData data;
  EngageNpsChartLayout layout;
  ChartCanvas canvas;

  chart_test_style_init (&style);
  engage_nps_chart_data_init (&data);

  chart_canvas_init (&canvas, WIDTH, HEIGHT);
  engage_nps_chart_paint (canvas.cr, &data, &style, WIDTH, HEIGHT);
  engage_nps_chart_get_layout (canvas.cr, &data, &style, WIDTH, HEIGHT, &layout);

  g_assert_true (layout.empty);
  g_assert_cmpuint (chart_canvas_count (&canvas, &style.promoter), ==, 0);
  g_assert_cmpuint (chart_canvas_count (&canvas, &style.background), <, WIDTH * HEIGHT);

  chart_canvas_clear (&canvas);
  engage_chart_style_clear (&style);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/nps-chart/stacked-bars", test_stacked_bars);
  g_test_add_func ("/charts/nps-chart/hit-and-describe", test_hit_and_describe);
  g_test_add_func ("/charts/nps-chart/empty", test_empty);

  return g_test_run ();
}
