/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *engage_guideline_text_to_markup (const char *commonmark);

G_END_DECLS
