/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-recent"

#include "config.h"

#include "engage-recent.h"

/*
 * The recent-projects setting holds URIs, most recent first. Older entries may
 * be plain paths; both are understood when reading.
 */

/**
 * engage_recent_item_to_file:
 * @item: an entry of the recent-projects setting: a URI or an absolute path
 *
 * Returns: (transfer full) (nullable): the file, or %NULL for an entry that
 *   names none
 */
GFile *
engage_recent_item_to_file (const char *item)
{
  if (item == NULL || item[0] == '\0')
    return NULL;

  if (g_path_is_absolute (item))
    return g_file_new_for_path (item);

  if (g_uri_is_valid (item, G_URI_FLAGS_NONE, NULL))
    return g_file_new_for_uri (item);

  return NULL;
}

/**
 * engage_recent_list_add:
 * @list: (nullable): the current list
 * @file: the project that was opened
 * @max_items: how many entries to keep
 *
 * Puts @file first, drops other entries for the same file and entries that
 * name no file, and keeps at most @max_items.
 *
 * Returns: (transfer full): the new list
 */
char **
engage_recent_list_add (const char * const *list,
                        GFile              *file,
                        guint               max_items)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *uri = NULL;
  guint n_items = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  uri = g_file_get_uri (file);
  g_ptr_array_add (seen, g_object_ref (file));
  if (max_items > 0)
    {
      g_strv_builder_add (builder, uri);
      n_items++;
    }

  for (guint i = 0; list != NULL && list[i] != NULL && n_items < max_items; i++)
    {
      g_autoptr(GFile) item_file = engage_recent_item_to_file (list[i]);
      g_autofree char *item_uri = NULL;

      if (item_file == NULL ||
          g_ptr_array_find_with_equal_func (seen, item_file, (GEqualFunc) g_file_equal, NULL))
        continue;

      item_uri = g_file_get_uri (item_file);
      g_ptr_array_add (seen, g_steal_pointer (&item_file));
      g_strv_builder_add (builder, item_uri);
      n_items++;
    }

  return g_strv_builder_end (builder);
}
