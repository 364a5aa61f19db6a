/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-post-csv.h"

G_BEGIN_DECLS

char *engage_import_dialog_format_summary (EngagePostCsvImport *import);

#define ENGAGE_TYPE_IMPORT_DIALOG (engage_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EngageImportDialog, engage_import_dialog, ENGAGE, IMPORT_DIALOG, AdwWindow)

EngageImportDialog  *engage_import_dialog_new          (EngageProject       *project,
                                                        EngagePostCsvImport *import);
EngagePostCsvImport *engage_import_dialog_get_import   (EngageImportDialog  *self);
guint                engage_import_dialog_get_n_rows   (EngageImportDialog  *self);
char                *engage_import_dialog_dup_row_text (EngageImportDialog  *self,
                                                        guint                position,
                                                        guint               *line);
gboolean             engage_import_dialog_can_import   (EngageImportDialog  *self);

G_END_DECLS
