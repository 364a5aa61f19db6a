/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-post-list-sort"

#include "config.h"

#include <string.h>

#include "engage-post-list-private.h"

#include "engage-post.h"

/*
 * The sorters of the list's columns. GTK 4.8's column view sorter has no sort
 * keys, so the sort model calls a compare function for each of the ~1.7
 * million comparisons of 100,000 posts: each one must be cheap. Channels and
 * pillars compare by a rank computed once from their names, texts by a
 * collation key computed once per post and kept on it. Ties go by date, then
 * by id, so that the order never jumps.
 */

static GQuark
title_key_quark (void)
{
  return g_quark_from_static_string ("engage-post-list-title-key");
}

static GQuark
owner_key_quark (void)
{
  return g_quark_from_static_string ("engage-post-list-owner-key");
}


static int
compare_ints (gint64 a,
              gint64 b)
{
  return a < b ? -1 : a > b;
}

static int
compare_dates (EngagePost *a,
               EngagePost *b)
{
  GDateTime *time_a = engage_post_get_scheduled_at (a);
  GDateTime *time_b = engage_post_get_scheduled_at (b);
  int cmp;

  /* Ideas without a date come after every dated post. */
  if (time_a == NULL || time_b == NULL)
    cmp = (time_a == NULL) - (time_b == NULL);
  else
    cmp = g_date_time_compare (time_a, time_b);

  return cmp != 0 ? cmp : compare_ints (engage_post_get_id (a), engage_post_get_id (b));
}

/* The posts of a list are reloaded after each edit, never changed in place, so
 * a key kept on the object stays right. */
static const char *
get_collation_key (EngagePost *post,
                   GQuark      quark,
                   const char *text)
{
  char *key = g_object_get_qdata (G_OBJECT (post), quark);

  if (key == NULL)
    {
      g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);

      key = g_utf8_collate_key (folded, -1);
      g_object_set_qdata_full (G_OBJECT (post), quark, key, g_free);
    }

  return key;
}

static int
compare_by_date (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return compare_dates ((EngagePost *) a, (EngagePost *) b);
}

static int
compare_by_title (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  EngagePost *post_a = (EngagePost *) a;
  EngagePost *post_b = (EngagePost *) b;
  const char *key_a = get_collation_key (post_a, title_key_quark (), engage_post_get_title (post_a));
  const char *key_b = get_collation_key (post_b, title_key_quark (), engage_post_get_title (post_b));
  int cmp = strcmp (key_a, key_b);

  return cmp != 0 ? cmp : compare_dates (post_a, post_b);
}

static int
compare_by_owner (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  EngagePost *post_a = (EngagePost *) a;
  EngagePost *post_b = (EngagePost *) b;
  const char *owner_a = engage_post_get_owner (post_a);
  const char *owner_b = engage_post_get_owner (post_b);
  gboolean empty_a = owner_a == NULL || owner_a[0] == '\0';
  gboolean empty_b = owner_b == NULL || owner_b[0] == '\0';
  int cmp;

  /* Posts nobody owns yet come last. */
  if (empty_a || empty_b)
    cmp = empty_a - empty_b;
  else
    cmp = strcmp (get_collation_key (post_a, owner_key_quark (), owner_a),
                  get_collation_key (post_b, owner_key_quark (), owner_b));

  return cmp != 0 ? cmp : compare_dates (post_a, post_b);
}

static int
compare_by_status (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  EngagePost *post_a = (EngagePost *) a;
  EngagePost *post_b = (EngagePost *) b;
  int cmp = compare_ints (engage_post_get_status (post_a), engage_post_get_status (post_b));

  return cmp != 0 ? cmp : compare_dates (post_a, post_b);
}

static int
get_rank (GHashTable *ranks,
          gint64      id)
{
  gpointer rank = g_hash_table_lookup (ranks, &id);

  /* Unknown or none: after every name. */
  return rank != NULL ? GPOINTER_TO_INT (rank) : G_MAXINT;
}

static int
compare_by_channel (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  GHashTable *ranks = user_data;
  EngagePost *post_a = (EngagePost *) a;
  EngagePost *post_b = (EngagePost *) b;
  int cmp = compare_ints (get_rank (ranks, engage_post_get_channel_id (post_a)),
                          get_rank (ranks, engage_post_get_channel_id (post_b)));

  return cmp != 0 ? cmp : compare_dates (post_a, post_b);
}

static int
compare_by_pillar (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  GHashTable *ranks = user_data;
  EngagePost *post_a = (EngagePost *) a;
  EngagePost *post_b = (EngagePost *) b;
  int cmp = compare_ints (get_rank (ranks, engage_post_get_pillar_id (post_a)),
                          get_rank (ranks, engage_post_get_pillar_id (post_b)));

  return cmp != 0 ? cmp : compare_dates (post_a, post_b);
}

typedef struct
{
  gint64  id;
  char   *key;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  return strcmp (((const Ranked *) a)->key, ((const Ranked *) b)->key);
}

/**
 * _engage_post_list_ranks_new:
 *
 * Returns: (transfer full): an empty table of ranks, for
 *   _engage_post_list_ranks_update()
 */
GHashTable *
_engage_post_list_ranks_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

/**
 * _engage_post_list_ranks_update:
 * @ranks: a table from _engage_post_list_ranks_new()
 * @items: channels or pillars: objects with "id" and "name" properties
 *
 * Fills @ranks with id → 1 + the position of the name in collation order.
 * The table is refilled in place, so that the sorters that hold it follow.
 */
void
_engage_post_list_ranks_update (GHashTable *ranks,
                                GListModel *items)
{
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      g_autofree char *name = NULL;
      g_autofree char *folded = NULL;
      Ranked entry = { 0, NULL };

      g_object_get (item, "id", &entry.id, "name", &name, NULL);
      folded = g_utf8_casefold (name != NULL ? name : "", -1);
      entry.key = g_utf8_collate_key (folded, -1);
      g_array_append_val (ranked, entry);
    }

  g_array_sort (ranked, compare_ranked);

  g_hash_table_remove_all (ranks);
  for (guint i = 0; i < ranked->len; i++)
    {
      Ranked *entry = &g_array_index (ranked, Ranked, i);

      g_hash_table_insert (ranks, g_memdup2 (&entry->id, sizeof entry->id), GINT_TO_POINTER (i + 1));
      g_free (entry->key);
    }
}

/**
 * _engage_post_list_sorter_new:
 * @column: the column
 * @ranks: (nullable): for the channel and pillar columns, their ranks
 *
 * Returns: (transfer full): a sorter of #EngagePost for @column, ascending
 */
GtkSorter *
_engage_post_list_sorter_new (EngagePostListColumn  column,
                              GHashTable           *ranks)
{
  switch (column)
    {
    case ENGAGE_POST_LIST_COLUMN_DATE:
      return GTK_SORTER (gtk_custom_sorter_new (compare_by_date, NULL, NULL));

    case ENGAGE_POST_LIST_COLUMN_CHANNEL:
      g_return_val_if_fail (ranks != NULL, NULL);
      return GTK_SORTER (gtk_custom_sorter_new (compare_by_channel, g_hash_table_ref (ranks),
                                                (GDestroyNotify) g_hash_table_unref));

    case ENGAGE_POST_LIST_COLUMN_TITLE:
      return GTK_SORTER (gtk_custom_sorter_new (compare_by_title, NULL, NULL));

    case ENGAGE_POST_LIST_COLUMN_STATUS:
      return GTK_SORTER (gtk_custom_sorter_new (compare_by_status, NULL, NULL));

    case ENGAGE_POST_LIST_COLUMN_PILLAR:
      g_return_val_if_fail (ranks != NULL, NULL);
      return GTK_SORTER (gtk_custom_sorter_new (compare_by_pillar, g_hash_table_ref (ranks),
                                                (GDestroyNotify) g_hash_table_unref));

    case ENGAGE_POST_LIST_COLUMN_OWNER:
      return GTK_SORTER (gtk_custom_sorter_new (compare_by_owner, NULL, NULL));

    default:
      g_return_val_if_reached (NULL);
    }
}
