/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-test-util"

#include "config.h"

#include <glib/gstdio.h>

#include "engage-test-util.h"

/**
 * engage_test_make_dir:
 *
 * Returns: (transfer full): the path of a new, empty temporary directory
 */
char *
engage_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("engage-test-XXXXXX", &error);

  g_assert_no_error (error);
  g_assert_nonnull (dir);

  return dir;
}

/**
 * engage_test_remove_dir:
 * @dir: a directory a test made
 *
 * Removes @dir and everything in it, so that no test leaves files behind even
 * when the code under test wrote more than the test knows of (journals,
 * backups, exports in subdirectories).
 */
void
engage_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        engage_test_remove_dir (child);
      else
        g_unlink (child);
    }
  g_rmdir (dir);
}

/**
 * engage_test_create_project:
 * @dir: the directory to create it in
 * @file_name: the project file's name in @dir
 * @name: the project's name
 *
 * Returns: (transfer full): a new, open project
 */
EngageProject *
engage_test_create_project (const char *dir,
                            const char *file_name,
                            const char *name)
{
  g_autofree char *path = g_build_filename (dir, file_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  EngageProject *project;

  project = engage_project_create (file, name, &error);
  g_assert_no_error (error);
  g_assert_nonnull (project);

  return project;
}

/**
 * engage_test_project_new:
 * @dir: (out): where to store the new temporary directory
 *
 * Creates the usual fixture: a project "Test" in `test.engage` in a fresh
 * temporary directory. Undo it with engage_test_project_clear().
 *
 * Returns: (transfer full): the open project
 */
EngageProject *
engage_test_project_new (char **dir)
{
  *dir = engage_test_make_dir ();

  return engage_test_create_project (*dir, "test.engage", "Test");
}

/**
 * engage_test_project_clear:
 * @project: (inout) (nullable): the project, closed, unreferenced and set to %NULL
 * @dir: (inout): its directory, removed with everything in it, freed and set to %NULL
 */
void
engage_test_project_clear (EngageProject **project,
                           char          **dir)
{
  if (*project != NULL)
    engage_project_close (*project);
  g_clear_object (project);

  if (*dir != NULL)
    engage_test_remove_dir (*dir);
  g_clear_pointer (dir, g_free);
}

/**
 * engage_test_undo:
 * @label: the undo label the step must have
 *
 * Undoes the last edit, which must carry @label.
 */
void
engage_test_undo (EngageProject *project,
                  const char    *label)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (engage_project_get_undo_label (project), ==, label);
  g_assert_true (engage_project_undo (project, &error));
  g_assert_no_error (error);
}

/**
 * engage_test_redo:
 * @label: the redo label the step must have
 *
 * Redoes the last undone edit, which must carry @label.
 */
void
engage_test_redo (EngageProject *project,
                  const char    *label)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (engage_project_get_redo_label (project), ==, label);
  g_assert_true (engage_project_redo (project, &error));
  g_assert_no_error (error);
}

void
engage_test_count_items_changed_cb (GListModel *model,
                                    guint       position,
                                    guint       removed,
                                    guint       added,
                                    guint      *count)
{
  (*count)++;
}

void
engage_test_count_notify_cb (GObject    *object,
                             GParamSpec *pspec,
                             guint      *count)
{
  (*count)++;
}
