/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-post.h"

G_BEGIN_DECLS

/* For writers that must produce the same file every time (the sample project):
 * engage_project_add_post() keeps times set here instead of using the clock. */
void _engage_post_set_created_at  (EngagePost *self,
                                   GDateTime  *created_at);
void _engage_post_set_modified_at (EngagePost *self,
                                   GDateTime  *modified_at);

G_END_DECLS
