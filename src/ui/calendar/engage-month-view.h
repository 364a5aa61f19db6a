/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "calendar/engage-month-model.h"
#include "calendar/engage-plan-findings.h"

G_BEGIN_DECLS

#define ENGAGE_TYPE_MONTH_VIEW (engage_month_view_get_type ())

G_DECLARE_FINAL_TYPE (EngageMonthView, engage_month_view, ENGAGE, MONTH_VIEW, GtkWidget)

GtkWidget        *engage_month_view_new              (void);
void              engage_month_view_set_model        (EngageMonthView  *self,
                                                      EngageMonthModel *model,
                                                      GHashTable       *channels,
                                                      GHashTable       *pillars,
                                                      GTimeZone        *tz);
EngageMonthModel *engage_month_view_get_model        (EngageMonthView  *self);
void              engage_month_view_get_selected_day (EngageMonthView  *self,
                                                      GDate            *day);
void              engage_month_view_set_selected_day (EngageMonthView  *self,
                                                      const GDate      *day);
guint             engage_month_view_get_max_chips    (EngageMonthView  *self);
void              engage_month_view_set_findings     (EngageMonthView    *self,
                                                      EngagePlanFindings *findings);
void              engage_month_view_get_column_bounds (EngageMonthView *self,
                                                      guint             column,
                                                      int              *x,
                                                      int              *width);

G_END_DECLS
