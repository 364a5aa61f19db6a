/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-project.h"

G_BEGIN_DECLS

gboolean engage_sample_fill (EngageProject  *project,
                             const char     *language,
                             GDate          *today,
                             GError        **error);

G_END_DECLS
