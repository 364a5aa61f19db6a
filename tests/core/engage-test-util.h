/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-project.h"

G_BEGIN_DECLS

/* Temporary directories and projects for the core tests. Each helper asserts
 * that it worked, so a test never runs on a half-made fixture. */

char          *engage_test_make_dir       (void);
void           engage_test_remove_dir     (const char     *dir);

EngageProject *engage_test_create_project (const char     *dir,
                                           const char     *file_name,
                                           const char     *name);

EngageProject *engage_test_project_new    (char          **dir);
void           engage_test_project_clear  (EngageProject **project,
                                           char          **dir);

void           engage_test_undo           (EngageProject  *project,
                                           const char     *label);
void           engage_test_redo           (EngageProject  *project,
                                           const char     *label);

/* Signal handlers that count their calls in the guint that @count points to. */
void           engage_test_count_items_changed_cb (GListModel *model,
                                                   guint       position,
                                                   guint       removed,
                                                   guint       added,
                                                   guint      *count);
void           engage_test_count_notify_cb        (GObject    *object,
                                                   GParamSpec *pspec,
                                                   guint      *count);

G_END_DECLS
