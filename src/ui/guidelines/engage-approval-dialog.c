/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-approval-dialog"

#include "config.h"

#include <string.h>

#include "engage-approval-dialog.h"

#include "engage-approval.h"
#include "engage-checker.h"
#include "engage-guideline-text.h"
#include "engage-post.h"
#include "engage-rule-kinds.h"
#include "engage-section.h"

#include <glib/gi18n.h>

/*
 * The approval step: before a post moves to "approved", the approver confirms
 * each guideline section marked as an approval checklist item and gives their
 * name; the post then records who approved it and when. Rules the post still
 * breaks are named above the checklist, so that nobody approves an error
 * without seeing it. Callers (the calendar) present it with
 * engage_approval_dialog_present() and follow the project's "changed" signal,
 * or connect to "approved".
 *
 * The post editor asks before it stores: its dialog, made with
 * engage_approval_dialog_new_for_post(), shows the post as it is being edited
 * and only reports the approver ("confirmed"), so that the approval is saved
 * with the status and the other fields as one edit, or not at all.
 */

struct _EngageApprovalDialog
{
  AdwMessageDialog  parent_instance;

  /* Owned */
  EngageProject    *project;
  EngagePost       *post;          /* the post as edited, for a dialog that only confirms */
  GPtrArray        *checks;        /* GtkCheckButton, one per checklist section */
  AdwEntryRow      *approver_row;

  /* State */
  gint64            post_id;
  gboolean          confirmed;
};

G_DEFINE_FINAL_TYPE (EngageApprovalDialog, engage_approval_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  APPROVED,
  CONFIRMED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define SUMMARY_CHARS 110

/* Helpers */

static char *
default_approver (void)
{
  const char *real = g_get_real_name ();

  /* GLib says "Unknown" when the account has no full name. */
  if (real != NULL && real[0] != '\0' && g_strcmp0 (real, "Unknown") != 0)
    return g_strdup (real);

  return g_strdup (g_get_user_name ());
}

static void
update_response (EngageApprovalDialog *self)
{
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "approve",
                                           engage_approval_dialog_can_approve (self));
}

static GtkWidget *
create_findings_label (EngageProject *project,
                       EngagePost    *post)
{
  g_autoptr(EngageChecker) checker = engage_checker_new (project);
  g_autoptr(GPtrArray) findings = engage_findings_new ();
  g_autoptr(GString) kinds = g_string_new (NULL);
  g_autofree char *text = NULL;
  GtkWidget *box;
  GtkWidget *icon;
  GtkWidget *label;
  guint n;

  engage_checker_check_post (checker, post, findings);
  n = findings->len - engage_findings_count_severity (findings, ENGAGE_SEVERITY_INFO);
  if (n == 0)
    return NULL;

  for (guint i = 0; i < findings->len; i++)
    {
      EngageFinding *finding = g_ptr_array_index (findings, i);
      const char *label_text = engage_rule_kind_get_label (engage_finding_get_rule_kind (finding));

      if (engage_finding_get_severity (finding) == ENGAGE_SEVERITY_INFO || strstr (kinds->str, label_text) != NULL)
        continue;
      if (kinds->len > 0)
        g_string_append (kinds, ", ");
      g_string_append (kinds, label_text);
    }

  /* Translators: %u is a number of broken rules, %s lists their kinds */
  text = g_strdup_printf (ngettext ("The post breaks %u rule of the guideline (%s). Approve it only if that is intended.",
                                    "The post breaks %u rules of the guideline (%s). Approve it only if that is intended.",
                                    n),
                          n, kinds->str);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, "severity-icon");
  gtk_widget_add_css_class (icon, "warning");
  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

static void
build (EngageApprovalDialog *self)
{
  g_autoptr(EngagePost) post = self->post != NULL ? g_object_ref (self->post)
                                                   : engage_project_get_post (self->project, self->post_id, NULL);
  g_autoptr(GPtrArray) sections = engage_project_list_checklist_sections (self->project);
  g_autofree char *body = NULL;
  g_autofree char *approver = default_approver ();
  const char *title = post != NULL ? engage_post_get_title (post) : "";
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list;
  GtkWidget *findings;

  if (title == NULL || title[0] == '\0')
    title = _("Untitled post");

  if (sections->len > 0)
    /* Translators: %s is the post's title */
    body = g_strdup_printf (_("Before “%s” is approved, confirm that it follows each of these parts of "
                              "the guideline."), title);
  else
    /* Translators: %s is the post's title */
    body = g_strdup_printf (_("No section of the guideline is an approval checklist item yet. Who "
                              "approves “%s”?"), title);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);

  findings = post != NULL ? create_findings_label (self->project, post) : NULL;
  if (findings != NULL)
    gtk_box_append (GTK_BOX (box), findings);

  if (sections->len > 0)
    {
      list = gtk_list_box_new ();
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");

      for (guint i = 0; i < sections->len; i++)
        {
          EngageSection *section = g_ptr_array_index (sections, i);
          g_autofree char *summary = engage_guideline_text_summary (engage_section_get_body (section), SUMMARY_CHARS);
          GtkWidget *row = adw_action_row_new ();
          GtkWidget *check = gtk_check_button_new ();

          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), engage_section_get_title (section));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), summary);
          adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
          adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
          gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
          g_signal_connect_object (check, "toggled", G_CALLBACK (update_response), self, G_CONNECT_SWAPPED);
          g_ptr_array_add (self->checks, check);
          gtk_list_box_append (GTK_LIST_BOX (list), row);
        }

      gtk_box_append (GTK_BOX (box), list);
    }

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  self->approver_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->approver_row), _("Approved by"));
  gtk_editable_set_text (GTK_EDITABLE (self->approver_row), approver);
  g_signal_connect_object (self->approver_row, "changed", G_CALLBACK (update_response), self, G_CONNECT_SWAPPED);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->approver_row));
  gtk_box_append (GTK_BOX (box), list);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);
  update_response (self);
}

static void
show_error (EngageApprovalDialog *self,
            const GError         *error)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Could Not Approve the Post"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Vfuncs */

static void
engage_approval_dialog_response (AdwMessageDialog *dialog,
                                 const char       *response)
{
  EngageApprovalDialog *self = ENGAGE_APPROVAL_DIALOG (dialog);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "approve") == 0 && !engage_approval_dialog_approve (self, &error))
    show_error (self, error);
}

static void
engage_approval_dialog_dispose (GObject *object)
{
  EngageApprovalDialog *self = ENGAGE_APPROVAL_DIALOG (object);

  g_clear_object (&self->project);
  g_clear_object (&self->post);
  if (self->checks != NULL)
    g_ptr_array_set_size (self->checks, 0);

  G_OBJECT_CLASS (engage_approval_dialog_parent_class)->dispose (object);
}

static void
engage_approval_dialog_finalize (GObject *object)
{
  EngageApprovalDialog *self = ENGAGE_APPROVAL_DIALOG (object);

  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (engage_approval_dialog_parent_class)->finalize (object);
}

static void
engage_approval_dialog_class_init (EngageApprovalDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = engage_approval_dialog_dispose;
  object_class->finalize = engage_approval_dialog_finalize;
  dialog_class->response = engage_approval_dialog_response;

  /**
   * EngageApprovalDialog::approved:
   * @post_id: the post
   *
   * The post's approval was stored.
   */
  signals[APPROVED] =
    g_signal_new ("approved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * EngageApprovalDialog::confirmed:
   * @approver: who approves, trimmed
   *
   * A dialog made with engage_approval_dialog_new_for_post() was confirmed:
   * every checklist item is ticked and an approver named. Nothing is stored.
   */
  signals[CONFIRMED] =
    g_signal_new ("confirmed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
engage_approval_dialog_init (EngageApprovalDialog *self)
{
  self->checks = g_ptr_array_new ();
}

static EngageApprovalDialog *
create (EngageProject *project,
        gint64         post_id,
        EngagePost    *post)
{
  EngageApprovalDialog *self = g_object_new (ENGAGE_TYPE_APPROVAL_DIALOG,
                                             "heading", _("Approve Post?"),
                                             "default-response", "approve",
                                             "close-response", "cancel",
                                             NULL);

  self->project = g_object_ref (project);
  self->post_id = post_id;
  self->post = post != NULL ? engage_post_copy (post) : NULL;

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "approve", _("_Approve"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "approve", ADW_RESPONSE_SUGGESTED);

  return self;
}

/* Public API */

/**
 * engage_approval_dialog_new:
 * @project: an open project
 * @post_id: the post to approve
 *
 * Returns: (transfer floating): the dialog, not shown yet
 */
EngageApprovalDialog *
engage_approval_dialog_new (EngageProject *project,
                            gint64         post_id)
{
  EngageApprovalDialog *self;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  self = create (project, post_id, NULL);
  build (self);

  return self;
}

/**
 * engage_approval_dialog_new_for_post:
 * @project: an open project
 * @post: the post as it is being edited, stored or not
 *
 * A dialog that asks for the checklist and the approver like the one of
 * engage_approval_dialog_new(), checks @post as it stands, and stores nothing:
 * Approve emits #EngageApprovalDialog::confirmed, and the caller records the
 * approval with its own edit.
 *
 * Returns: (transfer floating): the dialog, not shown yet
 */
EngageApprovalDialog *
engage_approval_dialog_new_for_post (EngageProject *project,
                                     EngagePost    *post)
{
  EngageApprovalDialog *self;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (ENGAGE_IS_POST (post), NULL);

  self = create (project, engage_post_get_id (post), post);
  build (self);

  return self;
}

/**
 * engage_approval_dialog_present:
 * @parent: a widget in the window to put the dialog over
 * @project: an open project
 * @post_id: the post to approve
 *
 * Asks for the approval checklist and the approver's name, then approves the
 * post (engage_project_approve_post()): the post's status becomes "approved"
 * and it records who approved it and when.
 */
void
engage_approval_dialog_present (GtkWidget     *parent,
                                EngageProject *project,
                                gint64         post_id)
{
  EngageApprovalDialog *self;
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (ENGAGE_IS_PROJECT (project));

  self = engage_approval_dialog_new (project, post_id);
  root = gtk_widget_get_root (parent);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (self));
}

/**
 * engage_approval_dialog_get_n_items:
 *
 * Returns: the number of checklist items to confirm
 */
guint
engage_approval_dialog_get_n_items (EngageApprovalDialog *self)
{
  g_return_val_if_fail (ENGAGE_IS_APPROVAL_DIALOG (self), 0);

  return self->checks->len;
}

/**
 * engage_approval_dialog_confirm_item:
 * @index: a checklist item
 * @confirmed: whether it is confirmed
 */
void
engage_approval_dialog_confirm_item (EngageApprovalDialog *self,
                                     guint                 index,
                                     gboolean              confirmed)
{
  g_return_if_fail (ENGAGE_IS_APPROVAL_DIALOG (self));
  g_return_if_fail (index < self->checks->len);

  gtk_check_button_set_active (g_ptr_array_index (self->checks, index), confirmed);
}

/**
 * engage_approval_dialog_set_approver:
 * @approver: who approves
 */
void
engage_approval_dialog_set_approver (EngageApprovalDialog *self,
                                     const char           *approver)
{
  g_return_if_fail (ENGAGE_IS_APPROVAL_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->approver_row), approver != NULL ? approver : "");
}

/**
 * engage_approval_dialog_can_approve:
 *
 * Returns: whether every item is confirmed and an approver is named
 */
gboolean
engage_approval_dialog_can_approve (EngageApprovalDialog *self)
{
  g_autofree char *approver = NULL;

  g_return_val_if_fail (ENGAGE_IS_APPROVAL_DIALOG (self), FALSE);

  if (self->approver_row == NULL)
    return FALSE;

  for (guint i = 0; i < self->checks->len; i++)
    if (!gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      return FALSE;

  approver = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->approver_row))));
  return approver[0] != '\0';
}

/**
 * engage_approval_dialog_approve:
 * @error: return location for a #GError
 *
 * Stores the approval, as the Approve button does.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_approval_dialog_approve (EngageApprovalDialog  *self,
                                GError               **error)
{
  g_return_val_if_fail (ENGAGE_IS_APPROVAL_DIALOG (self), FALSE);

  if (!engage_approval_dialog_can_approve (self))
    {
      g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                   _("Confirm every checklist item and name who approves."));
      return FALSE;
    }

  if (self->post != NULL)
    {
      g_autofree char *approver = engage_approval_dialog_dup_approver (self);

      self->confirmed = TRUE;
      g_signal_emit (self, signals[CONFIRMED], 0, approver);
      return TRUE;
    }

  if (!engage_project_approve_post (self->project, self->post_id,
                                    gtk_editable_get_text (GTK_EDITABLE (self->approver_row)), error))
    return FALSE;

  self->confirmed = TRUE;
  g_signal_emit (self, signals[APPROVED], 0, self->post_id);
  return TRUE;
}

/**
 * engage_approval_dialog_dup_approver:
 *
 * Returns: (transfer full): the approver's name as entered, trimmed
 */
char *
engage_approval_dialog_dup_approver (EngageApprovalDialog *self)
{
  g_return_val_if_fail (ENGAGE_IS_APPROVAL_DIALOG (self), NULL);

  if (self->approver_row == NULL)
    return g_strdup ("");

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->approver_row))));
}

/**
 * engage_approval_dialog_get_confirmed:
 *
 * Returns: whether the approval was given (stored, or for a dialog that only
 *   confirms, reported)
 */
gboolean
engage_approval_dialog_get_confirmed (EngageApprovalDialog *self)
{
  g_return_val_if_fail (ENGAGE_IS_APPROVAL_DIALOG (self), FALSE);

  return self->confirmed;
}
