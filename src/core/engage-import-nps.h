/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-import.h"

G_BEGIN_DECLS

GStrv engage_import_nps_list_score_columns (GFile         *file,
                                            GCancellable  *cancellable,
                                            GError       **error);

G_END_DECLS
