/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>

#include <sys/resource.h>
#include <time.h>

#include <glib/gstdio.h>

#include "engage-line-chart.h"

/*
 * How long a line chart of 1,000 to 1,000,000 points takes to become a
 * 1600×900 PNG, next to gnuplot's pngcairo terminal on the same points in the
 * same run, and how long the chart view's cached redraw takes: the frame
 * already drawn, the decimated series stroked over it.
 *
 * Not a test: it prints figures. Run it with
 *   meson test -C _build --benchmark --suite bench --verbose
 * or start tests/bench/bench-line-chart from the build directory.
 */

#define WIDTH   1600
#define HEIGHT  900
#define REPEATS 3
#define REDRAWS 50

static GArray *
make_points (guint n)
{
  GArray *points = g_array_sized_new (FALSE, FALSE, sizeof (EngageChartPoint), n);
  GRand *rand = g_rand_new_with_seed (2026);
  double y = 4;

  /* Two years of a rate that wanders, sampled evenly. */
  for (guint i = 0; i < n; i++)
    {
      EngageChartPoint p = { 20089 + 730.0 * i / n, y };

      g_array_append_val (points, p);
      y = CLAMP (y + g_rand_double_range (rand, -0.05, 0.05), 0.5, 9.5);
    }

  g_rand_free (rand);
  return points;
}

static void
init_style (EngageChartStyle *style)
{
  engage_chart_style_init_print (style);
  /* What an export of this size uses (engage_chart_export_init_style()). */
  style->font_size = sqrt ((double) WIDTH * HEIGHT) / 58.0;
  style->line_width = style->font_size / 6.5;
}

static void
init_chart (EngageLineChartData *data,
            EngageLineSeries    *series,
            GArray              *points)
{
  *series = (EngageLineSeries) {
    "Engagement rate", (EngageChartPoint *) (void *) points->data, points->len, { 0 },
    ENGAGE_CHART_DASH_SOLID, ENGAGE_CHART_MARKER_CIRCLE, FALSE,
  };
  engage_line_chart_data_init (data);
  data->title = "Benchmark";
  data->y_unit = "%";
  data->series = series;
  data->n_series = 1;
  data->show_legend = FALSE;
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Processor time as well as wall time: on a busy machine the wall clock
 * counts the waiting too. */
static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

static double
children_cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_CHILDREN, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

typedef struct
{
  double wall;
  double cpu;
} Time;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), (int (*) (const void *, const void *)) compare_doubles);
  return values[n / 2];
}

/* Painting and encoding the PNG, as `engage-cli export chart` does. */
static Time
time_engage (const EngageLineChartData *data,
             const EngageChartStyle    *style,
             const char                *png)
{
  double times[REPEATS], cpu[REPEATS];

  for (guint r = 0; r < REPEATS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_ms ();
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
      cairo_t *cr = cairo_create (surface);

      engage_line_chart_paint (cr, data, style, WIDTH, HEIGHT);
      cairo_destroy (cr);
      g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (surface);
      times[r] = ms_since (start);
      cpu[r] = cpu_ms () - cpu_start;
    }

  return (Time) { median (times, REPEATS), median (cpu, REPEATS) };
}

static Time
time_gnuplot (const char *gnuplot,
              GArray     *points,
              const char *dir)
{
  g_autofree char *data_path = g_build_filename (dir, "points.dat", NULL);
  g_autofree char *png = g_build_filename (dir, "gnuplot.png", NULL);
  g_autofree char *script = g_strdup_printf ("set terminal pngcairo size %d,%d; set output '%s'; "
                                             "plot '%s' with lines", WIDTH, HEIGHT, png, data_path);
  const char *argv[] = { gnuplot, "-e", script, NULL };
  double times[REPEATS], cpu[REPEATS];
  FILE *file;

  /* Writing the data is not timed: gnuplot gets it ready on disk. */
  file = g_fopen (data_path, "w");
  g_assert_nonnull (file);
  for (guint i = 0; i < points->len; i++)
    {
      const EngageChartPoint *p = &g_array_index (points, EngageChartPoint, i);
      fprintf (file, "%.6f %.6f\n", p->x, p->y);
    }
  fclose (file);

  for (guint r = 0; r < REPEATS; r++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      double cpu_start = children_cpu_ms ();
      int status;

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                         NULL, NULL, NULL, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, &error))
        {
          g_printerr ("gnuplot failed: %s\n", error->message);
          return (Time) { NAN, NAN };
        }
      times[r] = ms_since (start);
      cpu[r] = children_cpu_ms () - cpu_start;
    }

  g_unlink (data_path);
  g_unlink (png);
  return (Time) { median (times, REPEATS), median (cpu, REPEATS) };
}

typedef struct
{
  double build;      /* decimating into the cache (when data or width change) */
  Time   redraw;     /* frame + cached series, per frame */
  gsize  n_stroked;
} CacheTimes;

/* What EngageChartView does per snapshot: the frame is a cached render node,
 * here a surface painted in one go; the series comes from the cache. */
static void
time_cached (const EngageLineChartData *data,
             const EngageChartStyle    *style,
             CacheTimes                *times)
{
  cairo_surface_t *frame = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_surface_t *target = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  EngageLineChartLayout layout;
  EngageLineChartCache *cache;
  cairo_t *cr = cairo_create (frame);
  double redraws[REDRAWS], cpu[REDRAWS];
  gint64 start;

  engage_line_chart_get_layout (cr, data, style, WIDTH, HEIGHT, &layout);
  engage_line_chart_paint_frame (cr, data, style, &layout, WIDTH, HEIGHT);
  cairo_destroy (cr);

  start = g_get_monotonic_time ();
  cache = engage_line_chart_cache_new (data, &layout, 1.0);
  times->build = ms_since (start);
  times->n_stroked = engage_line_chart_cache_get_n_points (cache);

  for (guint r = 0; r < REDRAWS; r++)
    {
      double cpu_start = cpu_ms ();

      start = g_get_monotonic_time ();
      cr = cairo_create (target);
      cairo_set_source_surface (cr, frame, 0, 0);
      cairo_paint (cr);
      engage_line_chart_paint_series (cr, data, style, &layout, cache);
      cairo_destroy (cr);
      cairo_surface_flush (target);
      redraws[r] = ms_since (start);
      cpu[r] = cpu_ms () - cpu_start;
    }
  times->redraw = (Time) { median (redraws, REDRAWS), median (cpu, REDRAWS) };

  engage_line_chart_cache_free (cache);
  cairo_surface_destroy (frame);
  cairo_surface_destroy (target);
}

int
main (void)
{
  const guint sizes[] = { 1000, 10000, 100000, 1000000 };
  g_autofree char *gnuplot = g_find_program_in_path ("gnuplot");
  g_autofree char *dir = g_dir_make_tmp ("engage-bench-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "engage.png", NULL);
  EngageChartStyle style;

  setlocale (LC_ALL, "");
  init_style (&style);

  printf ("Line chart to a %d×%d PNG, median of %d runs; cached redraw: median of %d.\n",
          WIDTH, HEIGHT, REPEATS, REDRAWS);
  if (gnuplot == NULL)
    printf ("The peer is missing: gnuplot is not installed (Debian: apt-get install gnuplot-nox).\n");
  /* Fonts and Pango load on the first chart; that is not the chart's cost. */
  {
    g_autoptr(GArray) points = make_points (100);
    EngageLineChartData data;
    EngageLineSeries series;

    init_chart (&data, &series, points);
    time_engage (&data, &style, png);
  }

  printf ("\nWall clock (processor time in brackets):\n");
  printf ("%10s  %20s  %22s  %12s  %12s  %20s  %8s\n", "points", "Engage PNG", "gnuplot pngcairo",
          "ratio", "cache build", "cached redraw", "stroked");

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GArray) points = make_points (sizes[i]);
      EngageLineChartData data;
      EngageLineSeries series;
      CacheTimes cached;
      Time engage, peer = { NAN, NAN };
      g_autofree char *engage_text = NULL;
      g_autofree char *peer_text = NULL;
      g_autofree char *ratio_text = NULL;
      g_autofree char *redraw_text = NULL;

      init_chart (&data, &series, points);
      engage = time_engage (&data, &style, png);
      if (gnuplot != NULL)
        peer = time_gnuplot (gnuplot, points, dir);
      time_cached (&data, &style, &cached);

      engage_text = g_strdup_printf ("%.1f (%.1f) ms", engage.wall, engage.cpu);
      peer_text = isfinite (peer.wall) ? g_strdup_printf ("%.1f (%.1f) ms", peer.wall, peer.cpu)
                                       : g_strdup ("missing");
      ratio_text = isfinite (peer.wall) ? g_strdup_printf ("%.2f (%.2f)", engage.wall / peer.wall,
                                                           engage.cpu / peer.cpu)
                                        : g_strdup ("–");
      redraw_text = g_strdup_printf ("%.2f (%.2f) ms", cached.redraw.wall, cached.redraw.cpu);
      printf ("%10u  %20s  %22s  %12s  %9.2f ms  %20s  %8" G_GSIZE_FORMAT "\n",
              sizes[i], engage_text, peer_text, ratio_text, cached.build, redraw_text, cached.n_stroked);
    }

  printf ("\nTargets: nearly flat above %d points; at most 0.25 of gnuplot at 1,000,000; "
          "cached redraw ≤ 8 ms.\n", WIDTH);

  g_unlink (png);
  g_rmdir (dir);
  engage_chart_style_clear (&style);
  return 0;
}
