/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "engage-types.h"

G_BEGIN_DECLS

/* The value of PRAGMA application_id in every Engage project: "Enga" in ASCII. */
#define ENGAGE_APPLICATION_ID 0x456E6761
/* The schema version this build writes; PRAGMA user_version of a current project. */
#define ENGAGE_SCHEMA_VERSION 2

#define ENGAGE_PROJECT_ERROR (engage_project_error_quark ())

/**
 * EngageProjectError:
 * @ENGAGE_PROJECT_ERROR_NOT_SQLITE: the file is not a SQLite database (or empty)
 * @ENGAGE_PROJECT_ERROR_NOT_PROJECT: a SQLite database, but not an Engage project
 * @ENGAGE_PROJECT_ERROR_TOO_NEW: made by a newer version of Engage
 * @ENGAGE_PROJECT_ERROR_DAMAGED: the file fails SQLite's integrity check
 * @ENGAGE_PROJECT_ERROR_FOREIGN_SCHEMA: triggers or views that Engage did not create
 * @ENGAGE_PROJECT_ERROR_IN_USE: another Engage process has the project open
 * @ENGAGE_PROJECT_ERROR_MIGRATION: upgrading an older project failed; it is unchanged
 * @ENGAGE_PROJECT_ERROR_IO: the file could not be read or written
 * @ENGAGE_PROJECT_ERROR_EXISTS: a new project would overwrite an existing file
 * @ENGAGE_PROJECT_ERROR_INVALID: an edit was refused (e.g. it names a missing row)
 * @ENGAGE_PROJECT_ERROR_CLOSED: the project was closed
 * @ENGAGE_PROJECT_ERROR_SQLITE: any other SQLite failure
 *
 * Each refusal of a file has its own code so that callers (the command line's exit
 * codes, the window's dialogs, tests) can tell them apart.
 */
typedef enum
{
  ENGAGE_PROJECT_ERROR_NOT_SQLITE,
  ENGAGE_PROJECT_ERROR_NOT_PROJECT,
  ENGAGE_PROJECT_ERROR_TOO_NEW,
  ENGAGE_PROJECT_ERROR_DAMAGED,
  ENGAGE_PROJECT_ERROR_FOREIGN_SCHEMA,
  ENGAGE_PROJECT_ERROR_IN_USE,
  ENGAGE_PROJECT_ERROR_MIGRATION,
  ENGAGE_PROJECT_ERROR_IO,
  ENGAGE_PROJECT_ERROR_EXISTS,
  ENGAGE_PROJECT_ERROR_INVALID,
  ENGAGE_PROJECT_ERROR_CLOSED,
  ENGAGE_PROJECT_ERROR_SQLITE,
} EngageProjectError;

/**
 * EngageProjectCounts:
 *
 * How many rows of each kind a project holds (for `engage-cli info` and the window).
 */
typedef struct
{
  guint channels;
  guint pillars;
  guint posts;
  guint post_metrics;
  guint guideline_sections;
  guint rules;
  guint kpis;
  guint measurements;
  guint nps_surveys;
  guint nps_responses;
  guint import_batches;
} EngageProjectCounts;

#define ENGAGE_TYPE_PROJECT (engage_project_get_type ())

G_DECLARE_FINAL_TYPE (EngageProject, engage_project, ENGAGE, PROJECT, GObject)

GQuark          engage_project_error_quark       (void);
gboolean        engage_project_error_is_refusal  (const GError  *error);

EngageProject  *engage_project_create            (GFile         *file,
                                                  const char    *name,
                                                  GError       **error);
EngageProject  *engage_project_open              (GFile         *file,
                                                  GError       **error);
void            engage_project_close             (EngageProject *self);
gboolean        engage_project_is_open           (EngageProject *self);
gboolean        engage_project_save_as           (EngageProject *self,
                                                  GFile         *destination,
                                                  GError       **error);

GFile          *engage_project_get_file          (EngageProject *self);
char           *engage_project_dup_display_name  (EngageProject *self);
const char     *engage_project_get_uuid          (EngageProject *self);
const char     *engage_project_get_name          (EngageProject *self);
const char     *engage_project_get_client        (EngageProject *self);
const char     *engage_project_get_time_zone     (EngageProject *self);
GTimeZone      *engage_project_get_tz            (EngageProject *self);
const char     *engage_project_get_language      (EngageProject *self);
EngageEngagementBasis engage_project_get_engagement_basis (EngageProject *self);
const char     *engage_project_get_holiday_region (EngageProject *self);
gboolean        engage_project_set_holiday_region (EngageProject *self,
                                                   const char    *region,
                                                   GError       **error);
gboolean        engage_project_set_details       (EngageProject *self,
                                                  const char    *name,
                                                  const char    *client,
                                                  const char    *time_zone,
                                                  const char    *language,
                                                  EngageEngagementBasis basis,
                                                  GError       **error);

gboolean        engage_project_get_counts        (EngageProject       *self,
                                                  EngageProjectCounts *counts,
                                                  GError             **error);

gboolean        engage_project_begin_group       (EngageProject *self,
                                                  GError       **error);
gboolean        engage_project_end_group         (EngageProject *self,
                                                  const char    *undo_label,
                                                  GError       **error);
void            engage_project_cancel_group      (EngageProject *self);

gboolean        engage_project_can_undo          (EngageProject *self);
gboolean        engage_project_can_redo          (EngageProject *self);
const char     *engage_project_get_undo_label    (EngageProject *self);
const char     *engage_project_get_redo_label    (EngageProject *self);
gboolean        engage_project_undo              (EngageProject *self,
                                                  GError       **error);
gboolean        engage_project_redo              (EngageProject *self,
                                                  GError       **error);

G_END_DECLS
