/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "calendar/engage-month-model.h"
#include "calendar/engage-month-view.h"

G_BEGIN_DECLS

#define ENGAGE_TYPE_WEEK_VIEW (engage_week_view_get_type ())

G_DECLARE_FINAL_TYPE (EngageWeekView, engage_week_view, ENGAGE, WEEK_VIEW, GtkWidget)

GtkWidget       *engage_week_view_new       (void);
void             engage_week_view_set_model (EngageWeekView   *self,
                                             EngageMonthModel *model,
                                             GHashTable       *channels,
                                             GHashTable       *pillars,
                                             GTimeZone        *tz);
EngageMonthView *engage_week_view_get_grid  (EngageWeekView   *self);

G_END_DECLS
