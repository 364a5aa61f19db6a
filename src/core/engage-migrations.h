/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/**
 * EngageMigrationFunc:
 * @db: the project's connection, inside the migration's transaction
 * @error: return location for a #GError
 *
 * Brings the schema from one version to the next. Returning %FALSE rolls back the
 * whole migration.
 */
typedef gboolean (*EngageMigrationFunc) (sqlite3  *db,
                                         GError  **error);

/* steps[i] migrates version i to version i + 1. */
typedef struct
{
  EngageMigrationFunc *steps;
  guint                n_steps;
} EngageMigrations;

const EngageMigrations *engage_migrations_get_default  (void);
gboolean                engage_migrations_run          (sqlite3                *db,
                                                        const EngageMigrations *migrations,
                                                        guint                   from_version,
                                                        GError                **error);
const char * const     *engage_migrations_get_tables   (void);

G_END_DECLS
