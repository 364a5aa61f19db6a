/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "chart-test-utils.h"
#include "engage-distribution-chart.h"

#define WIDTH  550
#define HEIGHT 320

static const EngageRgba *
expected_color (const EngageChartStyle *style,
                guint                   score)
{
  return score <= 6 ? &style->detractor : score <= 8 ? &style->passive : &style->promoter;
}

/* Each score's bar has its group's colour and a height proportional to its count. */
static void
test_bars (void)
{
  const guint counts[11] = { 2, 0, 1, 3, 4, 6, 10, 20, 30, 40, 24 };
  EngageChartStyle style;
  EngageDistributionChartData data;
  EngageDistributionChartLayout layout;
  ChartCanvas canvas;
  double baseline;

  chart_test_style_init (&style);
  engage_distribution_chart_data_init (&data);
  memcpy (data.counts, counts, sizeof counts);

  chart_canvas_init (&canvas, WIDTH, HEIGHT);
  engage_distribution_chart_paint (canvas.cr, &data, &style, WIDTH, HEIGHT);
  engage_distribution_chart_get_layout (canvas.cr, &data, &style, WIDTH, HEIGHT, &layout);

  g_assert_false (layout.empty);
  g_assert_cmpfloat (layout.y_ticks.min, ==, 0);
  g_assert_cmpfloat (layout.y_ticks.max, >=, 40);
  baseline = layout.plot.y + layout.plot.height;

  for (guint s = 0; s <= 10; s++)
    {
      int x = (int) (layout.plot.x + (s + 0.5) * layout.slot_width);
      double expected_top = baseline - layout.plot.height * counts[s] / layout.y_ticks.max;
      int top, bottom;

      if (counts[s] == 0)
        {
          for (int y = (int) layout.plot.y; y < (int) baseline - 1; y++)
            g_assert_false (chart_canvas_is (&canvas, x, y, expected_color (&style, s)));
          continue;
        }

      /* Within the plot: the group's underline below the axis has the colour too. */
      top = bottom = -1;
      for (int y = 0; y <= (int) baseline; y++)
        if (chart_canvas_is (&canvas, x, y, expected_color (&style, s)))
          {
            if (top < 0)
              top = y;
            bottom = y;
          }
      g_assert_cmpint (top, >=, 0);
      g_test_message ("score %u: rows %d..%d, expected top %g", s, top, bottom, expected_top);
      g_assert_cmpfloat (fabs (top - expected_top), <=, 1.5);
      g_assert_cmpfloat (fabs (bottom + 1 - baseline), <=, 1.5);
    }

  chart_canvas_clear (&canvas);
  engage_chart_style_clear (&style);
}

static void
test_hit_and_empty (void)
{
  EngageChartStyle style;
  EngageDistributionChartData data;
  EngageDistributionChartLayout layout;
  guint score = 99;

  chart_test_style_init (&style);
  engage_distribution_chart_data_init (&data);
  engage_distribution_chart_get_layout (NULL, &data, &style, WIDTH, HEIGHT, &layout);
  g_assert_true (layout.empty);
  g_assert_false (engage_distribution_chart_hit_test (&data, &layout, WIDTH / 2, HEIGHT / 2, &score));

  data.counts[9] = 3;
  engage_distribution_chart_get_layout (NULL, &data, &style, WIDTH, HEIGHT, &layout);
  g_assert_false (layout.empty);
  g_assert_true (engage_distribution_chart_hit_test (&data, &layout, layout.plot.x + 9.5 * layout.slot_width,
                                                     layout.plot.y + layout.plot.height - 2, &score));
  g_assert_cmpuint (score, ==, 9);
  /* Counts are whole: the axis never steps by halves. */
  g_assert_cmpfloat (layout.y_ticks.step, >=, 1);

  engage_chart_style_clear (&style);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/distribution-chart/bars", test_bars);
  g_test_add_func ("/charts/distribution-chart/hit-and-empty", test_hit_and_empty);

  return g_test_run ();
}
