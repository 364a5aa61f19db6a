/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "chart-test-utils.h"
#include "engage-mix-chart.h"

#define WIDTH  600
#define HEIGHT 320

static void
init_entries (EngageMixChartEntry *entries)
{
  entries[0] = (EngageMixChartEntry) { "Fresh from the oven", { 1, 0, 1, 1 }, 12, 0.40, TRUE, 0.25 };
  entries[1] = (EngageMixChartEntry) { "Baking know-how", { 0, 1, 1, 1 }, 6, 0.20, TRUE, 0.30 };
  entries[2] = (EngageMixChartEntry) { "Behind the scenes", { 1, 0.5, 0, 1 }, 9, 0.30, FALSE, 0 };
  entries[3] = (EngageMixChartEntry) { "Offers", { 0.5, 0, 1, 1 }, 3, 0.10, TRUE, 0.15 };
}

/* A bar is as long as its share; the target marker stands at the target share. */
static void
test_bars_and_targets (void)
{
  EngageMixChartEntry entries[4];
  EngageChartStyle style;
  EngageMixChartData data;
  EngageMixChartLayout layout;
  ChartCanvas canvas;

  chart_test_style_init (&style);
  init_entries (entries);
  engage_mix_chart_data_init (&data);
  data.entries = entries;
  data.n_entries = G_N_ELEMENTS (entries);

  chart_canvas_init (&canvas, WIDTH, HEIGHT);
  engage_mix_chart_paint (canvas.cr, &data, &style, WIDTH, HEIGHT);
  engage_mix_chart_get_layout (canvas.cr, &data, &style, WIDTH, HEIGHT, &layout);

  g_assert_false (layout.empty);
  g_assert_cmpfloat (layout.max_share, >=, 0.40);
  g_assert_cmpfloat (layout.max_share, <=, 0.5);

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      const EngageMixChartEntry *entry = &entries[i];
      double middle = layout.plot.y + (i + 0.5) * layout.row_height;
      /* Off the bar's middle row, where the target marker crosses it. */
      int y = (int) (middle - layout.bar_height / 2 + 2);
      double end = engage_mix_chart_layout_share_to_pixel (&layout, entry->share);
      int left, right;

      g_assert_true (chart_canvas_row_extent (&canvas, y, &entry->color, &left, &right));
      g_test_message ("%s: columns %d..%d, expected to end at %g", entry->name, left, right, end);
      g_assert_cmpfloat (fabs (left - layout.plot.x), <=, 1.5);
      g_assert_cmpfloat (fabs (right + 1 - end), <=, 1.5);
      g_assert_cmpfloat (fabs ((right + 1 - left) / layout.plot.width * layout.max_share - entry->share), <=, 0.01);

      if (entry->has_target)
        {
          double x = engage_mix_chart_layout_share_to_pixel (&layout, entry->target_share);

          /* Above the bar, where only the marker reaches. */
          g_assert_true (chart_canvas_is (&canvas, (int) floor (x), (int) (middle - layout.bar_height / 2 - 2),
                                          &style.foreground));
        }
    }

  chart_canvas_clear (&canvas);
  engage_chart_style_clear (&style);
}

static void
test_hit_and_empty (void)
{
  EngageMixChartEntry entries[4];
  EngageChartStyle style;
  EngageMixChartData data;
  EngageMixChartLayout layout;
  guint index = 99;

  chart_test_style_init (&style);
  init_entries (entries);
  engage_mix_chart_data_init (&data);
  data.entries = entries;
  data.n_entries = G_N_ELEMENTS (entries);
  engage_mix_chart_get_layout (NULL, &data, &style, WIDTH, HEIGHT, &layout);

  g_assert_true (engage_mix_chart_hit_test (&data, &layout, layout.plot.x + 10,
                                            layout.plot.y + 2.5 * layout.row_height, &index));
  g_assert_cmpuint (index, ==, 2);

  /* Pillars without posts: nothing to compare yet. */
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      entries[i].n_posts = 0;
      entries[i].share = 0;
    }
  engage_mix_chart_get_layout (NULL, &data, &style, WIDTH, HEIGHT, &layout);
  g_assert_true (layout.empty);

  engage_chart_style_clear (&style);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/mix-chart/bars-and-targets", test_bars_and_targets);
  g_test_add_func ("/charts/mix-chart/hit-and-empty", test_hit_and_empty);

  return g_test_run ();
}
