/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-import.h"
#include "engage-project.h"

G_BEGIN_DECLS

char *engage_data_import_format_toast (EngageImportReport *report);

#define ENGAGE_TYPE_DATA_IMPORT_DIALOG (engage_data_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EngageDataImportDialog, engage_data_import_dialog, ENGAGE, DATA_IMPORT_DIALOG, AdwWindow)

GtkWindow          *engage_data_import_dialog_present_for_file (GtkWindow              *parent,
                                                                EngageProject          *project,
                                                                GFile                  *file,
                                                                gboolean                nps);
gboolean            engage_data_import_dialog_get_busy         (EngageDataImportDialog *self);
gboolean            engage_data_import_dialog_can_import       (EngageDataImportDialog *self);
EngageImportReport *engage_data_import_dialog_get_report       (EngageDataImportDialog *self);
char               *engage_data_import_dialog_dup_summary      (EngageDataImportDialog *self);
char               *engage_data_import_dialog_dup_count_text   (EngageDataImportDialog *self,
                                                                EngageImportAction      action);

G_END_DECLS
