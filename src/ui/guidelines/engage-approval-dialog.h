/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-post.h"
#include "engage-project.h"

G_BEGIN_DECLS

#define ENGAGE_TYPE_APPROVAL_DIALOG (engage_approval_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EngageApprovalDialog, engage_approval_dialog, ENGAGE, APPROVAL_DIALOG, AdwMessageDialog)

EngageApprovalDialog *engage_approval_dialog_new           (EngageProject        *project,
                                                            gint64                post_id);
EngageApprovalDialog *engage_approval_dialog_new_for_post  (EngageProject        *project,
                                                            EngagePost           *post);
void                  engage_approval_dialog_present       (GtkWidget            *parent,
                                                            EngageProject        *project,
                                                            gint64                post_id);
guint                 engage_approval_dialog_get_n_items   (EngageApprovalDialog *self);
void                  engage_approval_dialog_confirm_item  (EngageApprovalDialog *self,
                                                            guint                 index,
                                                            gboolean              confirmed);
void                  engage_approval_dialog_set_approver  (EngageApprovalDialog *self,
                                                            const char           *approver);
gboolean              engage_approval_dialog_can_approve   (EngageApprovalDialog *self);
gboolean              engage_approval_dialog_approve       (EngageApprovalDialog *self,
                                                            GError              **error);
char                 *engage_approval_dialog_dup_approver  (EngageApprovalDialog *self);
gboolean              engage_approval_dialog_get_confirmed (EngageApprovalDialog *self);

G_END_DECLS
