/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "chart-test-utils.h"
#include "engage-bar-chart.h"

#define WIDTH  600
#define HEIGHT 300

static const char * const labels[] = { "Instagram", "Facebook", "Newsletter" };
static const EngageRgba colors[] = { { 1, 0, 1, 1 }, { 0, 1, 1, 1 }, { 0, 0, 0, 0 } };
static const double posts[] = { 40, 20, 10 };
static const double rates[] = { 4.5, NAN, 1.5 };

static void
init_data (EngageBarChartData   *data,
           EngageBarPanel       *panels,
           EngageBarOrientation  orientation)
{
  panels[0] = (EngageBarPanel) { "Posts", NULL, 0, posts };
  panels[1] = (EngageBarPanel) { "Engagement rate", "%", 1, rates };

  engage_bar_chart_data_init (data);
  data->orientation = orientation;
  data->labels = labels;
  data->colors = colors;
  data->n_categories = G_N_ELEMENTS (labels);
  data->panels = panels;
  data->n_panels = 2;
}

static void
test_horizontal (void)
{
  EngageBarPanel panels[2];
  EngageChartStyle style;
  EngageBarChartData data;
  EngageBarChartLayout layout;
  ChartCanvas canvas;
  int left, right;

  chart_test_style_init (&style);
  init_data (&data, panels, ENGAGE_BAR_HORIZONTAL);

  chart_canvas_init (&canvas, WIDTH, HEIGHT);
  engage_bar_chart_paint (canvas.cr, &data, &style, WIDTH, HEIGHT);
  engage_bar_chart_get_layout (canvas.cr, &data, &style, WIDTH, HEIGHT, &layout);

  g_assert_false (layout.empty);
  g_assert_cmpuint (layout.n_panels, ==, 2);
  g_assert_cmpfloat (layout.maxima[0], ==, 40);
  g_assert_cmpfloat (layout.panels[0].x + layout.panels[0].width, <, layout.panels[1].x);

  for (guint p = 0; p < 2; p++)
    for (guint i = 0; i < 3; i++)
      {
        const EngageRgba *color = colors[i].alpha > 0 ? &colors[i] : &style.accent;
        double value = data.panels[p].values[i];
        int y = (int) (layout.panels[p].y + (i + 0.5) * layout.slot);
        EngageChartRect bar;

        engage_bar_chart_get_bar (&data, &layout, p, i, &bar);

        /* Look only inside the panel: the other panel has a bar in this row too. */
        left = right = -1;
        for (int x = (int) layout.panels[p].x; x < (int) (layout.panels[p].x + layout.panels[p].width + 1); x++)
          if (chart_canvas_is (&canvas, x, y, color))
            {
              if (left < 0)
                left = x;
              right = x;
            }

        if (!isfinite (value))
          {
            g_assert_cmpint (left, <, 0);
            g_assert_cmpfloat (bar.width, ==, 0);
            continue;
          }

        g_test_message ("panel %u bar %u: columns %d..%d", p, i, left, right);
        g_assert_cmpfloat (fabs (bar.width - layout.panels[p].width * value / layout.maxima[p]), <, 1e-9);
        g_assert_cmpfloat (fabs (left - layout.panels[p].x), <=, 1.5);
        g_assert_cmpfloat (fabs (right + 1 - (layout.panels[p].x + bar.width)), <=, 1.5);
      }

  chart_canvas_clear (&canvas);
  engage_chart_style_clear (&style);
}

static void
test_vertical (void)
{
  EngageBarPanel panels[2];
  EngageChartStyle style;
  EngageBarChartData data;
  EngageBarChartLayout layout;
  ChartCanvas canvas;
  guint panel = 99, category = 99;

  chart_test_style_init (&style);
  init_data (&data, panels, ENGAGE_BAR_VERTICAL);
  data.n_panels = 1;

  chart_canvas_init (&canvas, WIDTH, HEIGHT);
  engage_bar_chart_paint (canvas.cr, &data, &style, WIDTH, HEIGHT);
  engage_bar_chart_get_layout (canvas.cr, &data, &style, WIDTH, HEIGHT, &layout);

  for (guint i = 0; i < 3; i++)
    {
      const EngageRgba *color = colors[i].alpha > 0 ? &colors[i] : &style.accent;
      int x = (int) (layout.panels[0].x + (i + 0.5) * layout.slot);
      double bottom = layout.panels[0].y + layout.panels[0].height;
      int top, last;

      g_assert_true (chart_canvas_column_extent (&canvas, x, color, &top, &last));
      g_assert_cmpfloat (fabs (top - (bottom - layout.panels[0].height * posts[i] / 40)), <=, 1.5);
      g_assert_cmpfloat (fabs (last + 1 - bottom), <=, 1.5);
    }

  g_assert_true (engage_bar_chart_hit_test (&data, &layout, layout.panels[0].x + 1.5 * layout.slot,
                                            layout.panels[0].y + layout.panels[0].height - 3, &panel, &category));
  g_assert_cmpuint (panel, ==, 0);
  g_assert_cmpuint (category, ==, 1);

  chart_canvas_clear (&canvas);
  engage_chart_style_clear (&style);
}

static void
test_empty (void)
{
  EngageChartStyle style;
  EngageBarChartData data;
  EngageBarChartLayout layout;

  chart_test_style_init (&style);
  engage_bar_chart_data_init (&data);
  engage_bar_chart_get_layout (NULL, &data, &style, WIDTH, HEIGHT, &layout);
  g_assert_true (layout.empty);
  g_assert_false (engage_bar_chart_hit_test (&data, &layout, 100, 100, NULL, NULL));
  engage_chart_style_clear (&style);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/bar-chart/horizontal", test_horizontal);
  g_test_add_func ("/charts/bar-chart/vertical", test_vertical);
  g_test_add_func ("/charts/bar-chart/empty", test_empty);

  return g_test_run ();
}
