/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-import.h"

G_BEGIN_DECLS

gboolean engage_import_metrics_check_map (const char  *map,
                                          GError     **error);

G_END_DECLS
