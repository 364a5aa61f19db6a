/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-project.h"

G_BEGIN_DECLS

/* iCalendar lines may hold at most this many octets, CRLF not counted (RFC 5545, 3.1). */
#define ENGAGE_ICS_MAX_LINE_OCTETS 75

char     *engage_ics_export_to_string (EngageProject  *project,
                                       GDateTime      *from,
                                       GDateTime      *to,
                                       GError        **error);
gboolean  engage_ics_export           (EngageProject  *project,
                                       GFile          *file,
                                       GDateTime      *from,
                                       GDateTime      *to,
                                       GError        **error);
char     *engage_ics_fold             (const char     *text);

G_END_DECLS
