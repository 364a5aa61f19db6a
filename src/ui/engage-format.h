/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *engage_format_number   (double      value);
char *engage_format_value    (double      value,
                              const char *unit);
char *engage_format_iso_date (const char *iso_date);
char *engage_format_date     (GDateTime  *date_time);

G_END_DECLS
