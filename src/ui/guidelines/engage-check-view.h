/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-checker.h"
#include "engage-project.h"

G_BEGIN_DECLS

char *engage_check_view_format_summary (GPtrArray *findings);
char *engage_check_view_format_time    (GDateTime *time,
                                        GTimeZone *tz);

#define ENGAGE_TYPE_CHECK_VIEW (engage_check_view_get_type ())

G_DECLARE_FINAL_TYPE (EngageCheckView, engage_check_view, ENGAGE, CHECK_VIEW, AdwBin)

GtkWidget *engage_check_view_new          (EngageProject   *project);
void       engage_check_view_refresh      (EngageCheckView *self);
GPtrArray *engage_check_view_get_findings (EngageCheckView *self);
void       engage_check_view_set_by_rule  (EngageCheckView *self,
                                           gboolean         by_rule);

G_END_DECLS
