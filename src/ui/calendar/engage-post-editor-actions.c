/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-post-editor-actions"

#include "config.h"

#include "engage-post-editor-private.h"

/* Copy to Channels makes several posts in one edit, so that one undo takes them
 * back: core's edit nesting is the only way to group edits so far. */

#include "engage-recurrence.h"
#include "engage-repeat-dialog.h"
#include "engage-window-private.h"
#include "widgets/engage-color-dot.h"

#include <glib/gi18n.h>

/*
 * The editor's actions (editor.*): save (asking "this post or the following
 * too" for a post of a series), cancel (asking before changes are lost),
 * delete, duplicate, copy to channels and repeat. The last three work on a stored post; with unsaved
 * changes they save first, so that what is copied is what the user sees.
 */

static void choose_channels (EngagePostEditor *self);

/* Helpers */

static EngageWindow *
get_window (EngagePostEditor *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  return ENGAGE_IS_WINDOW (parent) ? ENGAGE_WINDOW (parent) : NULL;
}

/* A new post with @source's content: what a duplicate or a copy for another
 * channel starts from. What belongs to the published original (permalink,
 * analytics id, approval, series) stays behind, and a copy of a published or
 * archived post is a draft again. */
static EngagePost *
new_post_from (EngagePost *source)
{
  EngagePost *post = engage_post_new (engage_post_get_channel_id (source),
                                      engage_post_get_title (source));
  EngagePostStatus status = engage_post_get_status (source);

  if (status == ENGAGE_POST_STATUS_PUBLISHED || status == ENGAGE_POST_STATUS_ARCHIVED)
    status = engage_post_get_scheduled_at (source) != NULL ? ENGAGE_POST_STATUS_DRAFT
                                                           : ENGAGE_POST_STATUS_IDEA;

  engage_post_set_pillar_id (post, engage_post_get_pillar_id (source));
  engage_post_set_status (post, status);
  engage_post_set_body (post, engage_post_get_body (source));
  engage_post_set_scheduled_at (post, engage_post_get_scheduled_at (source));
  engage_post_set_campaign (post, engage_post_get_campaign (source));
  engage_post_set_owner (post, engage_post_get_owner (source));
  engage_post_set_notes (post, engage_post_get_notes (source));
  engage_post_set_link (post, engage_post_get_link (source));

  return post;
}

static void
duplicate (EngagePostEditor *self)
{
  g_autoptr(EngagePost) copy = new_post_from (self->post);
  g_autoptr(GError) error = NULL;

  if (!engage_project_add_post (self->project, copy, &error))
    {
      _engage_post_editor_show_error (self, _("Could Not Duplicate Post"), error->message);
      return;
    }

  _engage_post_editor_load (self, copy);
  _engage_post_editor_show_toast (self, _("Duplicated: this is the copy"));
}

static gboolean
copy_to_channels (EngagePostEditor  *self,
                  GArray            *channel_ids,
                  GError           **error)
{
  const char *original = engage_post_get_variant_of (self->post);

  /* Variants of a variant link to the first post, so that they form one group. */
  if (original == NULL)
    original = engage_post_get_uuid (self->post);

  if (!engage_project_begin_group (self->project, error))
    return FALSE;

  for (guint i = 0; i < channel_ids->len; i++)
    {
      g_autoptr(EngagePost) copy = new_post_from (self->post);

      engage_post_set_channel_id (copy, g_array_index (channel_ids, gint64, i));
      engage_post_set_variant_of (copy, original);
      if (!engage_project_add_post (self->project, copy, error))
        {
          engage_project_cancel_group (self->project);
          return FALSE;
        }
    }

  return engage_project_end_group (self->project, _("Copy Post to Channels"), error);
}

static GArray *
dup_checked_channel_ids (GtkWidget *list_box)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (GtkWidget *row = gtk_widget_get_first_child (list_box);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        {
          gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "channel-id"));

          g_array_append_val (ids, id);
        }
    }

  return ids;
}

/* Saving */

static void
continue_after_save (EngagePostEditor *self,
                     EngageAfterSave   after)
{
  switch (after)
    {
    case ENGAGE_AFTER_SAVE_CLOSE:
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
      break;

    case ENGAGE_AFTER_SAVE_DUPLICATE:
      _engage_post_editor_load (self, self->post);
      duplicate (self);
      break;

    case ENGAGE_AFTER_SAVE_COPY_TO_CHANNELS:
      _engage_post_editor_load (self, self->post);
      choose_channels (self);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Stores the edit; @scope applies to a post of a series. */
static gboolean
store (EngagePostEditor  *self,
       EngagePost        *post,
       EngageSeriesScope  scope,
       GError           **error)
{
  if (self->repeat_rule != NULL)
    {
      g_autoptr(GPtrArray) posts = NULL;

      if (!engage_project_add_post_series (self->project, post, self->repeat_rule, &posts, error))
        return FALSE;

      /* The editor goes on with the first post of the series. */
      if (posts->len > 0)
        g_set_object (&self->post, g_ptr_array_index (posts, 0));
      g_clear_pointer (&self->repeat_rule, g_free);
      return TRUE;
    }

  if (_engage_post_editor_is_new (self))
    {
      if (!engage_project_add_post (self->project, post, error))
        return FALSE;
    }
  else if (engage_post_get_series_id (post) != NULL)
    {
      if (!engage_project_update_post_series (self->project, post, scope, error))
        return FALSE;
    }
  else if (!engage_project_update_post (self->project, post, error))
    {
      return FALSE;
    }

  g_set_object (&self->post, post);
  return TRUE;
}

static void
store_and_continue (EngagePostEditor  *self,
                    EngagePost        *post,
                    EngageSeriesScope  scope,
                    EngageAfterSave    after)
{
  g_autoptr(GError) error = NULL;

  if (!store (self, post, scope, &error))
    {
      _engage_post_editor_show_error (self, _("Could Not Save Post"), error->message);
      return;
    }

  continue_after_save (self, after);
}

typedef struct
{
  EngagePostEditor *self;
  EngagePost       *post;
  EngageAfterSave   after;
} SeriesQuestion;

static void
on_series_dialog_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              gpointer          user_data)
{
  SeriesQuestion *question = user_data;

  if (g_strcmp0 (response, "this") == 0)
    store_and_continue (question->self, question->post, ENGAGE_SERIES_SCOPE_THIS, question->after);
  else if (g_strcmp0 (response, "following") == 0)
    store_and_continue (question->self, question->post, ENGAGE_SERIES_SCOPE_THIS_AND_FOLLOWING,
                        question->after);

  g_object_unref (question->self);
  g_object_unref (question->post);
  g_free (question);
}

/* Saves the fields; with @after what comes next. A post of a series asks first
 * which posts the change is for. */
void
_engage_post_editor_save (EngagePostEditor *self,
                          EngageAfterSave   after)
{
  g_autoptr(EngagePost) post = _engage_post_editor_collect (self);
  g_autofree char *problem = engage_post_editor_validate (post);
  SeriesQuestion *question;
  GtkWidget *dialog;

  if (problem != NULL)
    {
      self->show_problems = TRUE;
      _engage_post_editor_update (self);
      return;
    }

  if (_engage_post_editor_is_new (self) || engage_post_get_series_id (post) == NULL ||
      self->repeat_rule != NULL)
    {
      store_and_continue (self, post, ENGAGE_SERIES_SCOPE_THIS, after);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Change Recurring Post?"),
                                   _("This post is part of a series. Change only this post, or "
                                     "this and all following posts of the series?"));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "this", _("Only _This Post"),
                                    "following", _("This and _Following"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "following",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "this");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  question = g_new0 (SeriesQuestion, 1);
  question->self = g_object_ref (self);
  question->post = g_steal_pointer (&post);
  question->after = after;
  g_signal_connect (dialog, "response", G_CALLBACK (on_series_dialog_response_cb), question);

  gtk_window_present (GTK_WINDOW (dialog));
}

/* Callbacks */

static void
on_channel_check_toggled_cb (AdwMessageDialog *dialog)
{
  GtkWidget *list_box = adw_message_dialog_get_extra_child (dialog);
  g_autoptr(GArray) ids = dup_checked_channel_ids (list_box);

  adw_message_dialog_set_response_enabled (dialog, "copy", ids->len > 0);
}

static void
on_copy_dialog_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            EngagePostEditor *self)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *toast = NULL;

  if (g_strcmp0 (response, "copy") != 0)
    return;

  ids = dup_checked_channel_ids (adw_message_dialog_get_extra_child (dialog));
  if (!copy_to_channels (self, ids, &error))
    {
      _engage_post_editor_show_error (self, _("Could Not Copy Post"), error->message);
      return;
    }

  toast = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "Copied to %u channel",
                                        "Copied to %u channels", ids->len),
                           ids->len);
  _engage_post_editor_show_toast (self, toast);
}

static void
choose_channels (EngagePostEditor *self)
{
  GtkWidget *dialog;
  GtkWidget *list_box;
  guint n_rows = 0;

  list_box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list_box, "boxed-list");

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Copy to Channels"),
                                   _("Each channel gets its own copy of this post, linked to it "
                                     "as a variant, to adapt to the channel."));

  for (guint i = 0; i < g_list_model_get_n_items (self->channels); i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (self->channels, i);
      GtkWidget *row;
      GtkWidget *check;

      if (engage_channel_get_id (channel) == engage_post_get_channel_id (self->post) ||
          !engage_channel_get_active (channel))
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), engage_channel_get_name (channel));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      check = gtk_check_button_new ();
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 engage_color_dot_new (engage_channel_get_color (channel)));
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data (G_OBJECT (row), "channel-id",
                         GSIZE_TO_POINTER ((gsize) engage_channel_get_id (channel)));
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_channel_check_toggled_cb),
                               dialog, G_CONNECT_SWAPPED);
      gtk_list_box_append (GTK_LIST_BOX (list_box), row);
      n_rows++;
    }

  if (n_rows == 0)
    {
      g_object_ref_sink (list_box);
      g_object_unref (list_box);
      gtk_window_destroy (GTK_WINDOW (dialog));
      _engage_post_editor_show_toast (self, _("There is no other channel to copy to"));
      return;
    }

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list_box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "copy", _("_Copy"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "copy",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "copy", FALSE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_copy_dialog_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_repeat_dialog_done_cb (EngagePostEditor   *self,
                          EngageRepeatDialog *dialog)
{
  _engage_post_editor_set_repeat (self,
                                  engage_repeat_dialog_get_rule (dialog),
                                  engage_repeat_dialog_get_description (dialog));
}

static void
on_discard_dialog_response_cb (AdwMessageDialog *dialog,
                               const char       *response,
                               EngagePostEditor *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      _engage_post_editor_save (self, ENGAGE_AFTER_SAVE_CLOSE);
    }
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  _engage_post_editor_save (ENGAGE_POST_EDITOR (widget), ENGAGE_AFTER_SAVE_CLOSE);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EngagePostEditor *self = ENGAGE_POST_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  EngageWindow *window = get_window (self);

  if (_engage_post_editor_is_new (self))
    return;

  if (!engage_project_delete_post (self->project, engage_post_get_id (self->post), &error))
    {
      _engage_post_editor_show_error (self, _("Could Not Delete Post"), error->message);
      return;
    }

  if (window != NULL)
    _engage_window_show_undo_toast (window, _("Post deleted"));

  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  EngagePostEditor *self = ENGAGE_POST_EDITOR (widget);

  if (_engage_post_editor_is_dirty (self))
    _engage_post_editor_save (self, ENGAGE_AFTER_SAVE_DUPLICATE);
  else
    continue_after_save (self, ENGAGE_AFTER_SAVE_DUPLICATE);
}

static void
copy_to_channels_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  EngagePostEditor *self = ENGAGE_POST_EDITOR (widget);

  if (_engage_post_editor_is_dirty (self))
    _engage_post_editor_save (self, ENGAGE_AFTER_SAVE_COPY_TO_CHANNELS);
  else
    continue_after_save (self, ENGAGE_AFTER_SAVE_COPY_TO_CHANNELS);
}

static void
repeat_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EngagePostEditor *self = ENGAGE_POST_EDITOR (widget);
  g_autoptr(EngagePost) post = _engage_post_editor_collect (self);
  EngageRepeatDialog *dialog;

  if (engage_post_get_scheduled_at (post) == NULL || engage_post_get_series_id (post) != NULL)
    return;

  dialog = engage_repeat_dialog_new (engage_post_get_scheduled_at (post),
                                     engage_project_get_tz (self->project));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "done", G_CALLBACK (on_repeat_dialog_done_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Private API */

/* Closing with changes asks whether to keep them, as a document would. */
gboolean
_engage_post_editor_close_request (EngagePostEditor *self)
{
  GtkWidget *dialog;

  if (self->close_confirmed || self->project == NULL || !engage_project_is_open (self->project) ||
      !_engage_post_editor_is_dirty (self))
    return FALSE;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"),
                                   _("The changes to this post are not saved yet."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save",
                                           gtk_widget_is_sensitive (self->save_button));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

void
_engage_post_editor_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "editor.copy-to-channels", NULL,
                                   copy_to_channels_action);
  gtk_widget_class_install_action (widget_class, "editor.repeat", NULL, repeat_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}
