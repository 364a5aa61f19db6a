/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "chart-test-utils.h"
#include "engage-line-chart.h"

#define WIDTH  400
#define HEIGHT 300

static const EngageRgba magenta = { 1, 0, 1, 1 };
static const EngageRgba cyan = { 0, 1, 1, 1 };

static void
init_data (EngageLineChartData *data)
{
  engage_line_chart_data_init (data);
  data->show_legend = FALSE;
  data->has_y_range = TRUE;
  data->y_min = 0;
  data->y_max = 10;
}

static void
paint (ChartCanvas               *canvas,
       const EngageLineChartData *data,
       const EngageChartStyle    *style,
       EngageLineChartLayout     *layout)
{
  chart_canvas_init (canvas, WIDTH, HEIGHT);
  engage_line_chart_paint (canvas->cr, data, style, WIDTH, HEIGHT);
  engage_line_chart_get_layout (canvas->cr, data, style, WIDTH, HEIGHT, layout);
}

/* The middle of the series' stroke in column @x, or -1 if it does not cross it. */
static double
crossing (ChartCanvas      *canvas,
          double            x,
          const EngageRgba *color)
{
  int top, bottom;

  if (!chart_canvas_column_extent (canvas, (int) floor (x), color, &top, &bottom))
    return -1;
  return (top + bottom + 1) / 2.0;
}

static void
test_series_crosses (void)
{
  EngageChartPoint rising[] = { { 100, 0 }, { 110, 10 } };
  EngageChartPoint flat[] = { { 100, 8 }, { 110, 8 } };
  EngageLineSeries series[] = {
    { "Rising", rising, 2, magenta, ENGAGE_CHART_DASH_SOLID, ENGAGE_CHART_MARKER_NONE, FALSE },
    { "Flat", flat, 2, cyan, ENGAGE_CHART_DASH_SOLID, ENGAGE_CHART_MARKER_NONE, FALSE },
  };
  EngageChartStyle style;
  EngageLineChartData data;
  EngageLineChartLayout layout;
  ChartCanvas canvas;

  chart_test_style_init (&style);
  init_data (&data);
  data.series = series;
  data.n_series = G_N_ELEMENTS (series);
  paint (&canvas, &data, &style, &layout);

  g_assert_false (layout.empty);
  g_assert_cmpfloat (layout.x_min, ==, 100);
  g_assert_cmpfloat (layout.x_max, ==, 110);
  g_assert_cmpfloat (layout.y_ticks.min, ==, 0);
  g_assert_cmpfloat (layout.y_ticks.max, ==, 10);

  /* The rising line is where its equation says in every tenth of the plot. */
  for (double x = 101; x < 110; x += 1)
    {
      double px = engage_line_chart_layout_x_to_pixel (&layout, x);
      double expected = engage_line_chart_layout_y_to_pixel (&layout, x - 100);
      double y = crossing (&canvas, px, &magenta);

      /* Where the flat line crosses it, the first series is on top. */
      if (fabs (expected - engage_line_chart_layout_y_to_pixel (&layout, 8)) < 6)
        continue;

      g_test_message ("x = %g: crossing at %g, expected %g", x, y, expected);
      g_assert_cmpfloat (fabs (y - expected), <=, 2.0);
    }

  g_assert_cmpfloat (fabs (crossing (&canvas, engage_line_chart_layout_x_to_pixel (&layout, 102.5), &cyan) -
                           engage_line_chart_layout_y_to_pixel (&layout, 8)), <=, 1.5);

  /* The plot is inside the picture with room for labels on the left and below. */
  g_assert_cmpfloat (layout.plot.x, >, 10);
  g_assert_cmpfloat (layout.plot.y + layout.plot.height, <, HEIGHT - 10);

  chart_canvas_clear (&canvas);
  engage_chart_style_clear (&style);
}

static void
test_gap (void)
{
  EngageChartPoint points[] = { { 0, 5 }, { 1, 5 }, { 2, NAN }, { 3, 5 }, { 4, 5 } };
  EngageLineSeries series = { "Gappy", points, 5, magenta, ENGAGE_CHART_DASH_SOLID, ENGAGE_CHART_MARKER_NONE, FALSE };
  EngageChartStyle style;
  EngageLineChartData data;
  EngageLineChartLayout layout;
  ChartCanvas canvas;

  chart_test_style_init (&style);
  init_data (&data);
  data.series = &series;
  data.n_series = 1;
  paint (&canvas, &data, &style, &layout);

  g_assert_cmpfloat (crossing (&canvas, engage_line_chart_layout_x_to_pixel (&layout, 0.5), &magenta), >, 0);
  g_assert_cmpfloat (crossing (&canvas, engage_line_chart_layout_x_to_pixel (&layout, 2), &magenta), <, 0);
  g_assert_cmpfloat (crossing (&canvas, engage_line_chart_layout_x_to_pixel (&layout, 3.5), &magenta), >, 0);

  chart_canvas_clear (&canvas);
  engage_chart_style_clear (&style);
}

/* One point: a marker where it is, and no line. */
static void
test_single_point (void)
{
  EngageChartPoint point = { 20000, 4 };
  EngageLineSeries series = { "One", &point, 1, magenta, ENGAGE_CHART_DASH_SOLID, ENGAGE_CHART_MARKER_NONE, FALSE };
  EngageChartStyle style;
  EngageLineChartData data;
  EngageLineChartLayout layout;
  ChartCanvas canvas;
  double x, y;

  chart_test_style_init (&style);
  init_data (&data);
  data.series = &series;
  data.n_series = 1;
  paint (&canvas, &data, &style, &layout);

  g_assert_false (layout.empty);
  g_assert_cmpfloat (layout.x_min, <, 20000);
  g_assert_cmpfloat (layout.x_max, >, 20000);

  x = engage_line_chart_layout_x_to_pixel (&layout, 20000);
  y = engage_line_chart_layout_y_to_pixel (&layout, 4);
  g_assert_true (chart_canvas_is (&canvas, (int) x, (int) y, &magenta));
  g_assert_cmpfloat (fabs (x - (layout.plot.x + layout.plot.width / 2)), <, 1);

  /* Nothing of the series' colour a marker's width away. */
  g_assert_cmpuint (chart_canvas_count (&canvas, &magenta), <, 150);
  g_assert_cmpfloat (crossing (&canvas, x - 20, &magenta), <, 0);
  g_assert_cmpfloat (crossing (&canvas, x + 20, &magenta), <, 0);

  chart_canvas_clear (&canvas);
  engage_chart_style_clear (&style);
}

static gboolean
any_ink (ChartCanvas            *canvas,
         const EngageChartStyle *style,
         int                     x0,
         int                     y0,
         int                     x1,
         int                     y1)
{
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      if (!chart_canvas_is (canvas, x, y, &style->background))
        return TRUE;
  return FALSE;
}

/* No points: no axes, but the message in the middle. */
static void
test_empty (void)
{
  EngageLineSeries series = { "Nothing", NULL, 0, magenta, ENGAGE_CHART_DASH_SOLID, ENGAGE_CHART_MARKER_NONE, FALSE };
  EngageChartStyle style;
  EngageLineChartData data;
  EngageLineChartLayout layout;
  ChartCanvas canvas;

  chart_test_style_init (&style);
  engage_line_chart_data_init (&data);
  data.series = &series;
  data.n_series = 1;
  paint (&canvas, &data, &style, &layout);

  g_assert_true (layout.empty);
  g_assert_cmpuint (chart_canvas_count (&canvas, &magenta), ==, 0);
  g_assert_true (any_ink (&canvas, &style, WIDTH / 2 - 20, HEIGHT / 2 - 10, WIDTH / 2 + 20, HEIGHT / 2 + 10));
  g_assert_false (any_ink (&canvas, &style, 0, HEIGHT - 40, WIDTH, HEIGHT));
  g_assert_false (any_ink (&canvas, &style, 0, 0, 60, HEIGHT));

  chart_canvas_clear (&canvas);
  engage_chart_style_clear (&style);
}

static void
test_target_and_pace (void)
{
  EngageChartPoint points[] = { { 0, 1 }, { 10, 2 } };
  EngageLineSeries series = { "KPI", points, 2, magenta, ENGAGE_CHART_DASH_SOLID, ENGAGE_CHART_MARKER_CIRCLE, FALSE };
  EngageChartStyle style;
  EngageLineChartData data;
  EngageLineChartLayout layout;
  ChartCanvas canvas;
  guint on_target = 0;
  int y;

  chart_test_style_init (&style);
  init_data (&data);
  data.series = &series;
  data.n_series = 1;
  data.has_target = TRUE;
  data.target = 8;
  data.has_pace = TRUE;
  data.pace_start = (EngageChartPoint) { 0, 0 };
  data.pace_end = (EngageChartPoint) { 40, 8 };
  data.has_forecast = TRUE;
  data.forecast_start = points[1];
  data.forecast_end = (EngageChartPoint) { 40, 6 };
  paint (&canvas, &data, &style, &layout);

  /* The range reaches to the due date. */
  g_assert_cmpfloat (layout.x_max, ==, 40);

  /* The dashed target line covers most of its row. */
  y = (int) floor (engage_line_chart_layout_y_to_pixel (&layout, 8));
  for (int x = (int) layout.plot.x + 60; x < (int) (layout.plot.x + layout.plot.width); x++)
    if (chart_canvas_is (&canvas, x, y, &style.success) || chart_canvas_is (&canvas, x, y + 1, &style.success) ||
        chart_canvas_is (&canvas, x, y - 1, &style.success))
      on_target++;
  g_assert_cmpuint (on_target, >, (layout.plot.width - 60) * 0.5);

  /* The forecast continues in the series' colour, lighter and dashed, on its
   * straight line to the due date. */
  {
    const EngageRgba light = { 1, 0.15, 1, 1 };
    guint hits = 0;

    for (double x = 15; x <= 35; x += 0.5)
      {
        double px = engage_line_chart_layout_x_to_pixel (&layout, x);
        double expected = engage_line_chart_layout_y_to_pixel (&layout, 2 + (x - 10) * 4 / 30);

        for (int dy = -2; dy <= 2; dy++)
          if (chart_color_near (chart_canvas_pixel (&canvas, (int) px, (int) expected + dy), chart_rgb (&light), 30))
            {
              hits++;
              break;
            }
      }
    g_assert_cmpuint (hits, >, 20);
  }

  chart_canvas_clear (&canvas);
  engage_chart_style_clear (&style);
}

static void
test_hit_test (void)
{
  EngageChartPoint a[] = { { 0, 1 }, { 5, 9 }, { 10, 1 } };
  EngageChartPoint b[] = { { 0, 5 }, { 5, 5 }, { 10, 5 } };
  EngageLineSeries series[] = {
    { "A", a, 3, magenta, ENGAGE_CHART_DASH_SOLID, ENGAGE_CHART_MARKER_NONE, FALSE },
    { "B", b, 3, cyan, ENGAGE_CHART_DASH_SOLID, ENGAGE_CHART_MARKER_NONE, FALSE },
  };
  EngageChartStyle style;
  EngageLineChartData data;
  EngageLineChartLayout layout;
  g_autofree char *text = NULL;
  guint series_index = 99;
  gsize point_index = 99;

  chart_test_style_init (&style);
  init_data (&data);
  data.series = series;
  data.n_series = 2;
  data.y_unit = "%";
  data.y_decimals = 1;
  engage_line_chart_get_layout (NULL, &data, &style, WIDTH, HEIGHT, &layout);

  g_assert_true (engage_line_chart_hit_test (&data, &layout,
                                             engage_line_chart_layout_x_to_pixel (&layout, 5) + 3,
                                             engage_line_chart_layout_y_to_pixel (&layout, 9) + 4,
                                             20, &series_index, &point_index));
  g_assert_cmpuint (series_index, ==, 0);
  g_assert_cmpuint (point_index, ==, 1);

  g_assert_true (engage_line_chart_hit_test (&data, &layout,
                                             engage_line_chart_layout_x_to_pixel (&layout, 10) - 2,
                                             engage_line_chart_layout_y_to_pixel (&layout, 5.2),
                                             20, &series_index, &point_index));
  g_assert_cmpuint (series_index, ==, 1);
  g_assert_cmpuint (point_index, ==, 2);

  /* Far from every point: nothing. */
  g_assert_false (engage_line_chart_hit_test (&data, &layout,
                                              engage_line_chart_layout_x_to_pixel (&layout, 2.5),
                                              engage_line_chart_layout_y_to_pixel (&layout, 9),
                                              10, NULL, NULL));

  text = engage_line_chart_describe_point (&data, 0, 1);
  g_assert_cmpstr (text, ==, "A, 6 Jan 1970: 9.0%");

  engage_chart_style_clear (&style);
}

/* The view paints the frame once and strokes a cached, decimated series over
 * it; the result must be the picture the one-call painter makes. */
static void
test_cached_redraw (void)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (EngageChartPoint));
  EngageLineSeries series = { "Long", NULL, 0, magenta, ENGAGE_CHART_DASH_SOLID, ENGAGE_CHART_MARKER_CIRCLE, TRUE };
  g_autoptr(EngageLineChartCache) cache = NULL;
  GRand *rand = g_rand_new_with_seed (5);
  EngageChartStyle style;
  EngageLineChartData data;
  EngageLineChartLayout layout;
  ChartCanvas direct, cached;
  double y = 5;

  for (guint i = 0; i < 200000; i++)
    {
      EngageChartPoint p = { i / 1000.0, y };

      g_array_append_val (points, p);
      y = CLAMP (y + g_rand_double_range (rand, -0.05, 0.05), 0.5, 9.5);
    }
  g_rand_free (rand);

  chart_test_style_init (&style);
  init_data (&data);
  series.points = (EngageChartPoint *) (void *) points->data;
  series.n_points = points->len;
  data.series = &series;
  data.n_series = 1;

  paint (&direct, &data, &style, &layout);

  cache = engage_line_chart_cache_new (&data, &layout, 1.0);
  g_assert_cmpuint (engage_line_chart_cache_get_n_points (cache), <=, 4 * (gsize) ceil (layout.plot.width) + 2);
  g_assert_cmpuint (engage_line_chart_cache_get_n_points (cache), >, layout.plot.width);

  chart_canvas_init (&cached, WIDTH, HEIGHT);
  engage_line_chart_paint_frame (cached.cr, &data, &style, &layout, WIDTH, HEIGHT);
  engage_line_chart_paint_series (cached.cr, &data, &style, &layout, cache);

  for (int py = 0; py < HEIGHT; py++)
    for (int px = 0; px < WIDTH; px++)
      g_assert_cmphex (chart_canvas_pixel (&direct, px, py), ==, chart_canvas_pixel (&cached, px, py));

  /* Two hundred thousand points, and no markers among them. */
  g_assert_cmpuint (chart_canvas_count (&direct, &magenta), >, layout.plot.width);

  chart_canvas_clear (&direct);
  chart_canvas_clear (&cached);
  engage_chart_style_clear (&style);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/line-chart/series-crosses", test_series_crosses);
  g_test_add_func ("/charts/line-chart/gap", test_gap);
  g_test_add_func ("/charts/line-chart/single-point", test_single_point);
  g_test_add_func ("/charts/line-chart/empty", test_empty);
  g_test_add_func ("/charts/line-chart/target-and-pace", test_target_and_pace);
  g_test_add_func ("/charts/line-chart/hit-test", test_hit_test);
  g_test_add_func ("/charts/line-chart/cached-redraw", test_cached_redraw);

  return g_test_run ();
}
