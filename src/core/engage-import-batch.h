/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-project.h"

G_BEGIN_DECLS

/**
 * EngageImportBatch:
 *
 * The record of one import: which file, its SHA-256, what was read and skipped.
 */
#define ENGAGE_TYPE_IMPORT_BATCH (engage_import_batch_get_type ())

G_DECLARE_FINAL_TYPE (EngageImportBatch, engage_import_batch, ENGAGE, IMPORT_BATCH, GObject)

EngageImportBatch *engage_import_batch_new               (const char         *kind,
                                                          const char         *file_name,
                                                          const char         *sha256);
EngageImportBatch *engage_import_batch_copy              (EngageImportBatch  *self);
gint64             engage_import_batch_get_id            (EngageImportBatch  *self);
const char        *engage_import_batch_get_uuid          (EngageImportBatch  *self);
const char        *engage_import_batch_get_kind          (EngageImportBatch  *self);
void               engage_import_batch_set_kind          (EngageImportBatch  *self,
                                                          const char         *kind);
const char        *engage_import_batch_get_format        (EngageImportBatch  *self);
void               engage_import_batch_set_format        (EngageImportBatch  *self,
                                                          const char         *format);
const char        *engage_import_batch_get_file_name     (EngageImportBatch  *self);
void               engage_import_batch_set_file_name     (EngageImportBatch  *self,
                                                          const char         *file_name);
const char        *engage_import_batch_get_sha256        (EngageImportBatch  *self);
void               engage_import_batch_set_sha256        (EngageImportBatch  *self,
                                                          const char         *sha256);
guint              engage_import_batch_get_rows_read     (EngageImportBatch  *self);
void               engage_import_batch_set_rows_read     (EngageImportBatch  *self,
                                                          guint               rows_read);
guint              engage_import_batch_get_rows_imported (EngageImportBatch  *self);
void               engage_import_batch_set_rows_imported (EngageImportBatch  *self,
                                                          guint               rows_imported);
guint              engage_import_batch_get_rows_skipped  (EngageImportBatch  *self);
void               engage_import_batch_set_rows_skipped  (EngageImportBatch  *self,
                                                          guint               rows_skipped);
const char        *engage_import_batch_get_report        (EngageImportBatch  *self);
void               engage_import_batch_set_report        (EngageImportBatch  *self,
                                                          const char         *report);
GDateTime         *engage_import_batch_get_imported_at   (EngageImportBatch  *self);
void               engage_import_batch_set_imported_at   (EngageImportBatch  *self,
                                                          GDateTime          *imported_at);

gboolean           engage_project_add_import_batch       (EngageProject      *project,
                                                          EngageImportBatch  *import_batch,
                                                          GError            **error);
EngageImportBatch *engage_project_get_import_batch       (EngageProject      *project,
                                                          gint64              import_batch_id,
                                                          GError            **error);
GListModel        *engage_project_list_import_batches    (EngageProject      *project);
EngageImportBatch *engage_project_find_import_batch      (EngageProject      *project,
                                                          const char         *sha256,
                                                          GError            **error);

G_END_DECLS
