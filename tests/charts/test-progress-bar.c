/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "chart-test-utils.h"
#include "engage-progress-bar.h"

#define WIDTH  500
#define HEIGHT 90

static void
init_data (EngageProgressBarData *data,
           double                 progress)
{
  engage_progress_bar_data_init (data);
  data->title = "Instagram followers";
  data->unit = "followers";
  data->baseline = 3400;
  data->target = 4500;
  data->has_current = TRUE;
  data->current = 3400 + progress * 1100;
  data->progress = progress;
  data->has_expected = TRUE;
  data->expected_progress = 0.5;
  data->tone = ENGAGE_PROGRESS_TONE_GOOD;
  data->status_text = "On track";
}

/* The fill covers the progress' share of the track, clamped to the track. */
static void
test_fill (void)
{
  const double progresses[] = { 0.3, 0.65, 1.4, -0.2 };

  for (guint i = 0; i < G_N_ELEMENTS (progresses); i++)
    {
      EngageChartStyle style;
      EngageProgressBarData data;
      EngageProgressBarLayout layout;
      ChartCanvas canvas;
      double expected = CLAMP (progresses[i], 0, 1);
      int left, right;
      /* Near the track's bottom edge, under the value label. */
      int y;

      chart_test_style_init (&style);
      init_data (&data, progresses[i]);
      chart_canvas_init (&canvas, WIDTH, HEIGHT);
      engage_progress_bar_paint (canvas.cr, &data, &style, WIDTH, HEIGHT);
      engage_progress_bar_get_layout (canvas.cr, &data, &style, WIDTH, HEIGHT, &layout);

      g_assert_cmpfloat (fabs (layout.fill.width - expected * layout.track.width), <, 1e-9);
      g_assert_cmpfloat (layout.track.y, >, 10);
      g_assert_cmpfloat (layout.track.y + layout.track.height, <, HEIGHT - 10);

      y = (int) (layout.track.y + layout.track.height - 2);
      if (expected == 0)
        {
          g_assert_false (chart_canvas_row_extent (&canvas, y, &style.success, &left, &right));
        }
      else
        {
          /* Rounded ends: measure along the middle third of the height. */
          y = (int) (layout.track.y + layout.track.height * 0.75);
          g_assert_true (chart_canvas_row_extent (&canvas, y, &style.success, &left, &right));
          g_test_message ("progress %g: columns %d..%d of a track from %g, %g wide",
                          progresses[i], left, right, layout.track.x, layout.track.width);
          g_assert_cmpfloat (fabs (left - layout.track.x), <=, 2.5);
          /* The target's end line covers the last pixels of a full track. */
          g_assert_cmpfloat (fabs (right + 1 - (layout.track.x + layout.fill.width)), <=, expected == 1 ? 5 : 1.5);
        }

      /* The expected marker stands halfway, above and below the track. */
      g_assert_true (chart_canvas_is (&canvas, (int) floor (layout.track.x + 0.5 * layout.track.width),
                                      (int) layout.track.y - 1, &style.foreground));

      chart_canvas_clear (&canvas);
      engage_chart_style_clear (&style);
    }
}

/* Without a measurement: the track, no fill. */
static void
test_no_data (void)
{
  EngageChartStyle style;
  EngageProgressBarData data;
  EngageProgressBarLayout layout;
  ChartCanvas canvas;

  chart_test_style_init (&style);
  engage_progress_bar_data_init (&data);
  data.title = "Repeat orders";
  data.status_text = "No data";
  chart_canvas_init (&canvas, WIDTH, HEIGHT);
  engage_progress_bar_paint (canvas.cr, &data, &style, WIDTH, HEIGHT);
  engage_progress_bar_get_layout (canvas.cr, &data, &style, WIDTH, HEIGHT, &layout);

  g_assert_cmpfloat (layout.fill.width, ==, 0);
  g_assert_true (chart_canvas_is (&canvas, (int) (layout.track.x + layout.track.width / 2),
                                  (int) (layout.track.y + layout.track.height / 2), &style.grid));

  chart_canvas_clear (&canvas);
  engage_chart_style_clear (&style);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/progress-bar/fill", test_fill);
  g_test_add_func ("/charts/progress-bar/no-data", test_no_data);

  return g_test_run ();
}
