/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-project.h"

G_BEGIN_DECLS

/**
 * EngageListLoader:
 * @project: the project
 * @user_data: the model's query parameters
 * @error: return location for a #GError
 *
 * Runs a model's query.
 *
 * Returns: (transfer full) (element-type GObject): the items
 */
typedef GPtrArray *(*EngageListLoader) (EngageProject  *project,
                                        gpointer        user_data,
                                        GError        **error);

#define ENGAGE_TYPE_LIST_MODEL (engage_list_model_get_type ())

G_DECLARE_FINAL_TYPE (EngageListModel, engage_list_model, ENGAGE, LIST_MODEL, GObject)

EngageListModel *engage_list_model_new    (EngageProject   *project,
                                           GType            item_type,
                                           EngageTables     tables,
                                           EngageListLoader loader,
                                           gpointer         user_data,
                                           GDestroyNotify   destroy);
void             engage_list_model_reload (EngageListModel *self);

G_END_DECLS
