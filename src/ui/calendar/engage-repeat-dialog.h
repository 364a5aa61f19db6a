/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

char *engage_repeat_describe_weekly  (guint         weekdays,
                                      const GDate  *until);
char *engage_repeat_describe_monthly (int           position,
                                      GDateWeekday  weekday,
                                      guint         count);

#define ENGAGE_TYPE_REPEAT_DIALOG (engage_repeat_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EngageRepeatDialog, engage_repeat_dialog, ENGAGE, REPEAT_DIALOG, AdwWindow)

EngageRepeatDialog *engage_repeat_dialog_new             (GDateTime          *start,
                                                          GTimeZone          *tz);
const char         *engage_repeat_dialog_get_rule        (EngageRepeatDialog *self);
const char         *engage_repeat_dialog_get_description (EngageRepeatDialog *self);

G_END_DECLS
