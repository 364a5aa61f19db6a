/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-report.h"

G_BEGIN_DECLS

EngageReport *engage_guideline_document_new   (EngageProject  *project);
gboolean      engage_guideline_document_write (EngageProject  *project,
                                               GFile          *out,
                                               GCancellable   *cancellable,
                                               GError        **error);

G_END_DECLS
