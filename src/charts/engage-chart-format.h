/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "engage-axis.h"

G_BEGIN_DECLS

/*
 * Labels as the reader's locale writes them: LC_NUMERIC decides the decimal
 * separator and digit grouping ("12.5" or "12,5"), and month names come from
 * the locale through GDateTime. Every function returns a newly allocated string.
 */

char *engage_chart_format_number   (double          value,
                                    int             decimals);
char *engage_chart_format_signed   (double          value,
                                    int             decimals);
char *engage_chart_format_value    (double          value,
                                    int             decimals,
                                    const char     *unit);
char *engage_chart_format_percent  (double          fraction,
                                    int             decimals);
char *engage_chart_format_date_tick (double         day,
                                    EngageDateUnit  unit,
                                    gboolean        with_year);
char *engage_chart_format_period   (double          first_day,
                                    EngageDateUnit  unit);
char *engage_chart_format_date     (double          day);

G_END_DECLS
