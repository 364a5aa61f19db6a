/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-list-model"

#include "config.h"

#include "engage-list-model.h"

#include "engage-project-private.h"

/*
 * A live GListModel over one query of a project: it runs the query when created
 * and again whenever the project reports a change to one of the tables the query
 * reads, so views built on it follow every edit, undo and redo.
 */

struct _EngageListModel
{
  GObject          parent_instance;

  EngageProject   *project;
  GType            item_type;
  EngageTables     tables;
  EngageListLoader loader;
  gpointer         user_data;
  GDestroyNotify   destroy;

  GPtrArray       *items;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (EngageListModel, engage_list_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
engage_list_model_get_item_type (GListModel *model)
{
  return ENGAGE_LIST_MODEL (model)->item_type;
}

static guint
engage_list_model_get_n_items (GListModel *model)
{
  return ENGAGE_LIST_MODEL (model)->items->len;
}

static gpointer
engage_list_model_get_item (GListModel *model,
                            guint       position)
{
  EngageListModel *self = ENGAGE_LIST_MODEL (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = engage_list_model_get_item_type;
  iface->get_n_items = engage_list_model_get_n_items;
  iface->get_item = engage_list_model_get_item;
}

/* Runs the query again. The loader may give back unchanged items it was
 * offered (see _engage_store_collect_reusing()); the views then hear of the
 * rows between the first and the last item that differ, not of all of them,
 * and keep their widgets, selection and scroll position for the rest. */
static void
reload (EngageListModel *self,
        EngageTables     changed)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) old_items = NULL;
  g_autoptr(GError) error = NULL;
  guint old_len, new_len, prefix = 0, suffix = 0;

  if (self->project != NULL && engage_project_is_open (self->project))
    {
      if (self->items != NULL)
        _engage_store_begin_reuse (self->items, changed);
      items = self->loader (self->project, self->user_data, &error);
      _engage_store_end_reuse ();
      if (items == NULL)
        g_warning ("Could not load %s items: %s", g_type_name (self->item_type), error->message);
    }

  if (items == NULL)
    items = g_ptr_array_new_with_free_func (g_object_unref);

  old_items = g_steal_pointer (&self->items);
  self->items = g_steal_pointer (&items);

  old_len = old_items != NULL ? old_items->len : 0;
  new_len = self->items->len;
  while (prefix < old_len && prefix < new_len &&
         g_ptr_array_index (old_items, prefix) == g_ptr_array_index (self->items, prefix))
    prefix++;
  while (suffix < old_len - prefix && suffix < new_len - prefix &&
         g_ptr_array_index (old_items, old_len - 1 - suffix) ==
         g_ptr_array_index (self->items, new_len - 1 - suffix))
    suffix++;

  if (old_len - prefix - suffix > 0 || new_len - prefix - suffix > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                old_len - prefix - suffix, new_len - prefix - suffix);
}

static void
on_project_changed_cb (EngageListModel *self,
                       guint            tables,
                       EngageProject   *project)
{
  if (tables & self->tables)
    reload (self, tables & self->tables);
}

static void
engage_list_model_dispose (GObject *object)
{
  EngageListModel *self = ENGAGE_LIST_MODEL (object);

  g_clear_object (&self->project);

  G_OBJECT_CLASS (engage_list_model_parent_class)->dispose (object);
}

static void
engage_list_model_finalize (GObject *object)
{
  EngageListModel *self = ENGAGE_LIST_MODEL (object);

  if (self->destroy != NULL)
    self->destroy (self->user_data);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (engage_list_model_parent_class)->finalize (object);
}

static void
engage_list_model_class_init (EngageListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = engage_list_model_dispose;
  object_class->finalize = engage_list_model_finalize;
}

static void
engage_list_model_init (EngageListModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * engage_list_model_new:
 * @project: the project to query
 * @item_type: the #GType of the items
 * @tables: the tables the query reads
 * @loader: runs the query
 * @user_data: (nullable): parameters for @loader, owned by the model
 * @destroy: (nullable): frees @user_data
 *
 * Returns: (transfer full): a model that stays current with @project
 */
EngageListModel *
engage_list_model_new (EngageProject    *project,
                       GType             item_type,
                       EngageTables      tables,
                       EngageListLoader  loader,
                       gpointer          user_data,
                       GDestroyNotify    destroy)
{
  EngageListModel *self;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (loader != NULL, NULL);

  self = g_object_new (ENGAGE_TYPE_LIST_MODEL, NULL);
  self->project = g_object_ref (project);
  self->item_type = item_type;
  self->tables = tables;
  self->loader = loader;
  self->user_data = user_data;
  self->destroy = destroy;

  g_signal_connect_object (project, "changed",
                           G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  self->items = NULL;
  engage_list_model_reload (self);

  return self;
}

/**
 * engage_list_model_reload:
 *
 * Runs the query again and replaces the items. A closed project or a failed query
 * leaves the model empty.
 */
void
engage_list_model_reload (EngageListModel *self)
{
  g_return_if_fail (ENGAGE_IS_LIST_MODEL (self));

  reload (self, ENGAGE_TABLE_ALL);
}
