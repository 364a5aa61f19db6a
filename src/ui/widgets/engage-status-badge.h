/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "engage-types.h"

G_BEGIN_DECLS

#define ENGAGE_TYPE_STATUS_BADGE (engage_status_badge_get_type ())

G_DECLARE_FINAL_TYPE (EngageStatusBadge, engage_status_badge, ENGAGE, STATUS_BADGE, GtkWidget)

GtkWidget        *engage_status_badge_new        (EngagePostStatus   status);
EngagePostStatus  engage_status_badge_get_status (EngageStatusBadge *self);
void              engage_status_badge_set_status (EngageStatusBadge *self,
                                                  EngagePostStatus   status);

G_END_DECLS
