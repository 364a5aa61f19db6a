/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <stdio.h>

#include <sys/resource.h>

#include <glib/gstdio.h>

#include "engage-channel.h"
#include "engage-import.h"

/*
 * How long importing a generated metrics CSV of 1,000,000 rows (2,000 posts ×
 * 500 days, generic format) takes, next to the sqlite3 tool's ".import" of the
 * same file into a plain table in the same run; then, on the asynchronous path
 * the window uses, how often progress comes and how soon Cancel has restored
 * the project.
 *
 * Not a test: it prints figures. Run it with
 *   meson test -C _build --benchmark --suite bench --verbose
 * or start tests/bench/bench-import from the build directory. ENGAGE_BENCH_ROWS
 * sets another number of rows.
 */

#define N_POSTS 2000

typedef struct
{
  double wall;
  double cpu;
} Timing;

static double
cpu_seconds (int who)
{
  struct rusage usage;

  getrusage (who, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

static char *
write_csv (const char *dir,
           guint       n_rows)
{
  char *path = g_build_filename (dir, "metrics.csv", NULL);
  FILE *out = fopen (path, "w");
  GDate *day = g_date_new_dmy (1, 1, 2024);

  g_assert_nonnull (out);
  fputs ("date,id,impressions,reach,reactions,comments,shares\n", out);
  for (guint i = 0; i < n_rows; i++)
    {
      if (i > 0 && i % N_POSTS == 0)
        g_date_add_days (day, 1);
      fprintf (out, "%04d-%02d-%02d,P%u,%u,%u,%u,%u,%u\n", g_date_get_year (day), g_date_get_month (day),
               g_date_get_day (day), i % N_POSTS, 100 + i % 977, 80 + i % 613, i % 41, i % 7, i % 5);
    }

  g_date_free (day);
  g_assert_cmpint (fclose (out), ==, 0);
  return path;
}

static EngageProject *
new_project (const char *dir,
             const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageChannel) channel = engage_channel_new (ENGAGE_CHANNEL_KIND_FACEBOOK, "Page");
  EngageProject *project;

  g_unlink (path);
  project = engage_project_create (file, "Bench", &error);
  g_assert_no_error (error);
  g_assert_true (engage_project_add_channel (project, channel, &error));
  return project;
}

static gboolean
time_engage (const char *dir,
             const char *csv,
             guint       n_rows,
             Timing     *timing)
{
  g_autoptr(EngageProject) project = new_project (dir, "sync.engage");
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageImportReport) report = NULL;
  gint64 start = g_get_monotonic_time ();
  double cpu = cpu_seconds (RUSAGE_SELF);

  report = engage_import_metrics (project, file, NULL, NULL, &error);
  timing->wall = (g_get_monotonic_time () - start) / 1e6;
  timing->cpu = cpu_seconds (RUSAGE_SELF) - cpu;

  if (report == NULL)
    {
      printf ("engage import failed: %s\n", error->message);
      return FALSE;
    }
  if (engage_import_report_get_rows_imported (report) != n_rows)
    {
      printf ("engage imported %u rows, not %u\n", engage_import_report_get_rows_imported (report), n_rows);
      return FALSE;
    }

  engage_project_close (project);
  return TRUE;
}

static gboolean
time_sqlite3 (const char *dir,
              const char *csv,
              Timing     *timing)
{
  g_autofree char *db = g_build_filename (dir, "plain.db", NULL);
  g_autofree char *command = g_strdup_printf (".import --csv %s t", csv);
  const char *argv[] = { "sqlite3", db, command, NULL };
  g_autoptr(GError) error = NULL;
  gint64 start;
  double cpu;
  int status;

  g_unlink (db);
  start = g_get_monotonic_time ();
  cpu = cpu_seconds (RUSAGE_CHILDREN);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      printf ("sqlite3 .import failed: %s\n", error->message);
      return FALSE;
    }
  timing->wall = (g_get_monotonic_time () - start) / 1e6;
  timing->cpu = cpu_seconds (RUSAGE_CHILDREN) - cpu;
  g_unlink (db);
  return TRUE;
}

typedef struct
{
  GMainLoop          *loop;
  GCancellable       *cancellable;
  EngageImportReport *report;
  GError             *error;
  gint64              last;
  double              last_fraction;
  gint64              longest_gap;
  double              gap_from;
  double              gap_to;
  guint               n_progress;
  gboolean            cancel;
  gint64              cancelled_at;
  gint64              finished_at;
} Async;

static void
on_progress_cb (double   fraction,
                gpointer user_data)
{
  Async *async = user_data;
  gint64 now = g_get_monotonic_time ();

  if (async->last > 0 && now - async->last > async->longest_gap)
    {
      async->longest_gap = now - async->last;
      async->gap_from = async->last_fraction;
      async->gap_to = fraction;
    }
  async->last = now;
  async->last_fraction = fraction;
  async->n_progress++;

  if (async->cancel && async->cancelled_at == 0 && fraction > 0.7)
    {
      async->cancelled_at = now;
      g_cancellable_cancel (async->cancellable);
    }
}

static void
on_done_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Async *async = user_data;

  async->report = engage_import_metrics_finish (ENGAGE_PROJECT (source), result, &async->error);
  async->finished_at = g_get_monotonic_time ();
  g_main_loop_quit (async->loop);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  Async *async = user_data;

  g_cancellable_cancel (async->cancellable);
  return G_SOURCE_REMOVE;
}

static void
run_async (const char *dir,
           const char *csv,
           gboolean    cancel)
{
  g_autoptr(EngageProject) project = new_project (dir, cancel ? "cancel.engage" : "async.engage");
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  EngageProjectCounts counts;
  Async async = { 0, };
  gint64 start = g_get_monotonic_time ();
  guint timeout;

  async.loop = g_main_loop_new (NULL, FALSE);
  async.cancellable = g_cancellable_new ();
  async.cancel = cancel;
  timeout = g_timeout_add_seconds (600, on_timeout_cb, &async);

  engage_import_metrics_async (project, file, NULL, async.cancellable, on_progress_cb, &async, NULL,
                               on_done_cb, &async);
  g_main_loop_run (async.loop);
  g_source_remove (timeout);

  engage_project_get_counts (project, &counts, NULL);
  if (!cancel)
    {
      printf ("async import: %.2f s, %u progress calls, longest gap between them %.0f ms, from %.0f %% to %.0f %% "
              "(%.1f per second at least)\n",
              (async.finished_at - start) / 1e6, async.n_progress, async.longest_gap / 1e3,
              100 * async.gap_from, 100 * async.gap_to,
              async.longest_gap > 0 ? 1e6 / async.longest_gap : 0.0);
    }
  else
    {
      printf ("cancel after %.2f s: %s, project back to %u post metrics in %.0f ms\n",
              (async.cancelled_at - start) / 1e6,
              async.error ? async.error->message : "not cancelled", counts.post_metrics,
              (async.finished_at - async.cancelled_at) / 1e3);
    }

  g_clear_object (&async.report);
  g_clear_error (&async.error);
  g_clear_object (&async.cancellable);
  g_main_loop_unref (async.loop);
  engage_project_close (project);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *csv = NULL;
  const char *rows_env = g_getenv ("ENGAGE_BENCH_ROWS");
  guint n_rows = rows_env ? (guint) g_ascii_strtoull (rows_env, NULL, 10) : 1000000;
  Timing engage, sqlite3;
  GStatBuf st;

  setlocale (LC_ALL, "");

  dir = g_dir_make_tmp ("engage-bench-import-XXXXXX", &error);
  g_assert_no_error (error);
  csv = write_csv (dir, n_rows);
  g_stat (csv, &st);
  printf ("generic metrics CSV: %u rows, %.1f MB\n", n_rows, st.st_size / 1e6);

  if (time_sqlite3 (dir, csv, &sqlite3) && time_engage (dir, csv, n_rows, &engage))
    {
      printf ("sqlite3 .import (plain table):  %6.2f s wall  %6.2f s CPU\n", sqlite3.wall, sqlite3.cpu);
      printf ("engage import (one edit, undo): %6.2f s wall  %6.2f s CPU\n", engage.wall, engage.cpu);
      printf ("ratio engage/sqlite3:           %6.2f× wall  %6.2f× CPU (target ≤ 1.5×)\n",
              engage.wall / sqlite3.wall, engage.cpu / sqlite3.cpu);
    }

  run_async (dir, csv, FALSE);
  run_async (dir, csv, TRUE);

  {
    g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (handle)) != NULL)
      {
        g_autofree char *child = g_build_filename (dir, name, NULL);
        g_unlink (child);
      }
    g_rmdir (dir);
  }

  return 0;
}
