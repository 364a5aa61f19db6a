/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "engage-cli-test-util.h"

#include <stdarg.h>
#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

/* What every command-line test does: run the engage-cli that meson names in
 * ENGAGE_CLI, check its one-sentence errors, and keep its files in a
 * directory of their own. */

void
engage_cli_run_clear (EngageCliRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/* Runs @argv, whose first element is the program. */
void
engage_cli_run_argv (EngageCliRun  *run,
                     const char   **argv)
{
  g_autoptr(GError) error = NULL;
  int wait_status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);

  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

/* Runs engage-cli with the arguments up to NULL. */
void
engage_cli_run (EngageCliRun *run,
                const char   *first,
                ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (argv, (char *) g_getenv ("ENGAGE_CLI"));
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  engage_cli_run_argv (run, (const char **) argv->pdata);
}

/* @text is one sentence on one line. */
void
engage_cli_assert_one_sentence (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  g_assert_cmpstr (trimmed, !=, "");
  g_assert_null (strchr (trimmed, '\n'));
  g_assert_true (g_str_has_suffix (trimmed, "."));
}

char *
engage_cli_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("engage-cli-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* Removes @dir and the files in it. */
void
engage_cli_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      g_unlink (child);
    }
  g_rmdir (dir);
}
