/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-metrics.h"
#include "engage-project-private.h"

G_BEGIN_DECLS

/* engage-metrics.c: what engage-engagement.c shares with it, so that both count
 * the same posts on the same days. */

/* The colour of the posts without a content pillar, in the mix and the pillars. */
#define ENGAGE_NO_PILLAR_COLOR "#9a9996"

void          _engage_metrics_format_date          (const GDate           *date,
                                                    char                   out[11]);
guint32       _engage_metrics_local_julian_day     (GTimeZone             *tz,
                                                    gint64                 unix_time);
gboolean      _engage_metrics_finish_rows          (EngageProject         *project,
                                                    int                    rc,
                                                    GError               **error);
void          _engage_metrics_bind_engagement_range (sqlite3_stmt         *stmt,
                                                     gint64                lo,
                                                     gint64                hi,
                                                     gint64                channel_id,
                                                     EngageEngagementBasis basis);
void          _engage_metrics_finish_rates         (GArray                *entries);

G_END_DECLS
