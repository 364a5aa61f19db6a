/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-approval"

#include "config.h"

#include "engage-approval.h"
#include "engage-project-private.h"
#include "engage-section.h"

#include <glib/gi18n.h>

/* The approval step of the guideline: a post is approved by a named person
 * after going through the sections marked as approval checklist items, and the
 * post keeps who that was and when. The requires-approval rule reads exactly
 * these two fields. */

/**
 * engage_project_list_checklist_sections:
 * @project: an open project
 *
 * Returns: (transfer full) (element-type EngageSection): the guideline
 *   sections marked as approval checklist items, in the guideline's order
 */
GPtrArray *
engage_project_list_checklist_sections (EngageProject *project)
{
  g_autoptr(GListModel) sections = NULL;
  GPtrArray *checklist;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  checklist = g_ptr_array_new_with_free_func (g_object_unref);
  sections = engage_project_list_sections (project);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(EngageSection) section = g_list_model_get_item (sections, i);

      if (engage_section_get_checklist (section))
        g_ptr_array_add (checklist, g_steal_pointer (&section));
    }

  return checklist;
}

/**
 * engage_project_approve_post:
 * @project: an open project
 * @post_id: the post
 * @approved_by: who approves it; not empty
 * @error: return location for a #GError
 *
 * Records that @approved_by approved the post now. A post that is not yet
 * approved moves to "approved"; a scheduled or published one keeps its status
 * and gets the approval it lacked. One edit, undone as one.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_approve_post (EngageProject  *project,
                             gint64          post_id,
                             const char     *approved_by,
                             GError        **error)
{
  g_autoptr(EngagePost) post = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (approved_by != NULL, FALSE);

  name = g_strstrip (g_strdup (approved_by));
  if (name[0] == '\0')
    {
      g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                   _("An approval needs the name of the person who approves."));
      return FALSE;
    }

  post = engage_project_get_post (project, post_id, error);
  if (post == NULL)
    return FALSE;

  now = g_date_time_new_from_unix_utc (_engage_project_now (project));
  engage_post_set_approved_by (post, name);
  engage_post_set_approved_at (post, now);
  if (engage_post_get_status (post) < ENGAGE_POST_STATUS_APPROVED)
    engage_post_set_status (post, ENGAGE_POST_STATUS_APPROVED);

  if (!_engage_project_begin_edit (project, error))
    return FALSE;

  if (!engage_project_update_post (project, post, error))
    {
      _engage_project_rollback_edit (project);
      return FALSE;
    }

  return _engage_project_commit_edit (project, _("Approve Post"), ENGAGE_TABLE_POST, error);
}

/**
 * engage_project_revoke_approval:
 * @project: an open project
 * @post_id: the post
 * @status: the status the post goes back to, e.g. in review
 * @error: return location for a #GError
 *
 * Takes a post's approval back: it was changed after approval, or the approval
 * was a mistake. Who approved it and when are cleared.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_revoke_approval (EngageProject     *project,
                                gint64             post_id,
                                EngagePostStatus   status,
                                GError           **error)
{
  g_autoptr(EngagePost) post = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (status < ENGAGE_POST_STATUS_APPROVED, FALSE);

  post = engage_project_get_post (project, post_id, error);
  if (post == NULL)
    return FALSE;

  engage_post_set_approved_by (post, NULL);
  engage_post_set_approved_at (post, NULL);
  engage_post_set_status (post, status);

  if (!_engage_project_begin_edit (project, error))
    return FALSE;

  if (!engage_project_update_post (project, post, error))
    {
      _engage_project_rollback_edit (project);
      return FALSE;
    }

  return _engage_project_commit_edit (project, _("Revoke Approval"), ENGAGE_TABLE_POST, error);
}
