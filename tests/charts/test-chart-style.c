/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "engage-chart-style.h"

static void
test_parse (void)
{
  EngageRgba rgba;

  g_assert_true (engage_rgba_parse (&rgba, "#ff8000"));
  g_assert_cmpfloat_with_epsilon (rgba.red, 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (rgba.green, 128 / 255.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (rgba.blue, 0.0, 1e-9);
  g_assert_cmpfloat (rgba.alpha, ==, 1.0);

  g_assert_false (engage_rgba_parse (&rgba, "ff8000"));
  g_assert_false (engage_rgba_parse (&rgba, "#ff80"));
  g_assert_false (engage_rgba_parse (&rgba, "#gg8000"));
  g_assert_false (engage_rgba_parse (&rgba, NULL));
}

/* The print style is dark ink on white; the dark style reverses it. */
static void
test_styles_contrast (void)
{
  EngageChartStyle print = { 0 };
  EngageChartStyle dark = { 0 };

  engage_chart_style_init_print (&print);
  engage_chart_style_init_dark (&dark);

  g_assert_cmpfloat (print.background.red, >, print.foreground.red);
  g_assert_cmpfloat (dark.background.red, <, dark.foreground.red);
  g_assert_nonnull (print.font_family);

  engage_chart_style_clear (&print);
  engage_chart_style_clear (&dark);
  g_assert_null (print.font_family);
}

/* A source colour set through the style paints exactly that colour. */
static void
test_set_source (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 4, 4);
  cairo_t *cr = cairo_create (surface);
  EngageRgba rgba;
  guint32 *pixel;

  engage_rgba_parse (&rgba, "#1c71d8");
  engage_rgba_set_source (&rgba, cr);
  cairo_paint (cr);
  cairo_surface_flush (surface);

  pixel = (guint32 *) cairo_image_surface_get_data (surface);
  g_assert_cmphex (*pixel & 0xffffff, ==, 0x1c71d8);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/style/parse", test_parse);
  g_test_add_func ("/charts/style/contrast", test_styles_contrast);
  g_test_add_func ("/charts/style/set-source", test_set_source);

  return g_test_run ();
}
