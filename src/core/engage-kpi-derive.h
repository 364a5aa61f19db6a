/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-project.h"

G_BEGIN_DECLS

/* The months of responses a derived NPS measurement summarizes: its own and the
 * two before it. */
#define ENGAGE_KPI_DERIVE_NPS_MONTHS 3
/* Fewer scored responses in those months give no derived NPS measurement. */
#define ENGAGE_KPI_DERIVE_NPS_MIN_RESPONSES 10

gboolean engage_project_derive_kpi_measurements (EngageProject  *project,
                                                 gint64          kpi_id,
                                                 const char     *today,
                                                 guint          *n_changed,
                                                 GError        **error);

G_END_DECLS
