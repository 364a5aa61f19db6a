/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-project.h"

G_BEGIN_DECLS

/**
 * EngagePostMetric:
 *
 * The counts of one post on one date, as read from an analytics export; -1 where unknown.
 */
#define ENGAGE_TYPE_POST_METRIC (engage_post_metric_get_type ())

G_DECLARE_FINAL_TYPE (EngagePostMetric, engage_post_metric, ENGAGE, POST_METRIC, GObject)

EngagePostMetric *engage_post_metric_new                 (gint64             post_id,
                                                          const char        *date);
EngagePostMetric *engage_post_metric_copy                (EngagePostMetric  *self);
gint64            engage_post_metric_get_id              (EngagePostMetric  *self);
gint64            engage_post_metric_get_post_id         (EngagePostMetric  *self);
void              engage_post_metric_set_post_id         (EngagePostMetric  *self,
                                                          gint64             post_id);
const char       *engage_post_metric_get_date            (EngagePostMetric  *self);
void              engage_post_metric_set_date            (EngagePostMetric  *self,
                                                          const char        *date);
gint64            engage_post_metric_get_impressions     (EngagePostMetric  *self);
void              engage_post_metric_set_impressions     (EngagePostMetric  *self,
                                                          gint64             impressions);
gint64            engage_post_metric_get_reach           (EngagePostMetric  *self);
void              engage_post_metric_set_reach           (EngagePostMetric  *self,
                                                          gint64             reach);
gint64            engage_post_metric_get_views           (EngagePostMetric  *self);
void              engage_post_metric_set_views           (EngagePostMetric  *self,
                                                          gint64             views);
gint64            engage_post_metric_get_reactions       (EngagePostMetric  *self);
void              engage_post_metric_set_reactions       (EngagePostMetric  *self,
                                                          gint64             reactions);
gint64            engage_post_metric_get_comments        (EngagePostMetric  *self);
void              engage_post_metric_set_comments        (EngagePostMetric  *self,
                                                          gint64             comments);
gint64            engage_post_metric_get_shares          (EngagePostMetric  *self);
void              engage_post_metric_set_shares          (EngagePostMetric  *self,
                                                          gint64             shares);
gint64            engage_post_metric_get_saves           (EngagePostMetric  *self);
void              engage_post_metric_set_saves           (EngagePostMetric  *self,
                                                          gint64             saves);
gint64            engage_post_metric_get_clicks          (EngagePostMetric  *self);
void              engage_post_metric_set_clicks          (EngagePostMetric  *self,
                                                          gint64             clicks);
gint64            engage_post_metric_get_follows         (EngagePostMetric  *self);
void              engage_post_metric_set_follows         (EngagePostMetric  *self,
                                                          gint64             follows);
gint64            engage_post_metric_get_import_batch_id (EngagePostMetric  *self);
void              engage_post_metric_set_import_batch_id (EngagePostMetric  *self,
                                                          gint64             import_batch_id);

gboolean          engage_project_add_post_metric         (EngageProject     *project,
                                                          EngagePostMetric  *post_metric,
                                                          GError           **error);
gboolean          engage_project_upsert_post_metric      (EngageProject     *project,
                                                          EngagePostMetric  *metric,
                                                          GError           **error);
gboolean          engage_project_update_post_metric      (EngageProject     *project,
                                                          EngagePostMetric  *post_metric,
                                                          GError           **error);
gboolean          engage_project_delete_post_metric      (EngageProject     *project,
                                                          gint64             post_metric_id,
                                                          GError           **error);
EngagePostMetric *engage_project_get_post_metric         (EngageProject     *project,
                                                          gint64             post_metric_id,
                                                          GError           **error);
GListModel       *engage_project_list_post_metrics       (EngageProject     *project,
                                                          gint64             post_id);

G_END_DECLS
