/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-post-editor"

#include "config.h"

#include "engage-post-editor-private.h"

#include "guidelines/engage-approval-dialog.h"
#include "engage-pillar.h"
#include "engage-text-count.h"
#include "widgets/engage-color-dot.h"

#include <glib/gi18n.h>

/*
 * The post editor: a dialog over the window with every field of one post. It
 * edits a copy; "Save" stores it through core in one edit (one undo step) and
 * closes, "Cancel" or Escape throws the copy away (asking first if something
 * changed). Instant apply would make every keystroke in the text an undo step
 * and half-typed posts visible in the calendar.
 *
 * Moving a post to "Approved" asks for the guideline's approval checklist
 * (#EngageApprovalDialog) first: confirmed, the approver and the time go into
 * the copy and are saved with the status, one edit and one undo step;
 * cancelled, the status goes back to what it was.
 *
 * The counters below the text count the way the channel's platform does
 * (engage-text-count.c) against the channel's limits; the pure functions in
 * engage-post-editor-checks.c compute and word them and check a post before
 * it is saved, and are tested without a window.
 */

G_DEFINE_FINAL_TYPE (EngagePostEditor, engage_post_editor, ADW_TYPE_WINDOW)

/* The time a post gets when the calendar names only its day. */
#define DEFAULT_HOUR 9

/* How long the text has to rest before the guideline is checked again: checking
 * on every keystroke would redo the rules while the user is mid-word. */
#define CHECK_DELAY_MS 300

/* Helpers */

static char *
dup_trimmed (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  return copy[0] != '\0' ? g_steal_pointer (&copy) : NULL;
}

static char *
dup_buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static EngageChannel *
get_selected_channel (EngagePostEditor *self)
{
  return adw_combo_row_get_selected_item (self->channel_row);
}

static gint64
get_selected_pillar_id (EngagePostEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->pillar_row);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->pillar_ids->len)
    return 0;

  return g_array_index (self->pillar_ids, gint64, selected);
}

static gboolean
strings_equal (const char *a,
               const char *b)
{
  return g_strcmp0 (a != NULL && a[0] != '\0' ? a : NULL,
                    b != NULL && b[0] != '\0' ? b : NULL) == 0;
}

static gboolean
times_equal (GDateTime *a,
             GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_date_time_equal (a, b);
}

/* Whether the fields the editor shows differ. */
static gboolean
posts_differ (EngagePost *a,
              EngagePost *b)
{
  return engage_post_get_channel_id (a) != engage_post_get_channel_id (b) ||
         engage_post_get_pillar_id (a) != engage_post_get_pillar_id (b) ||
         engage_post_get_status (a) != engage_post_get_status (b) ||
         !times_equal (engage_post_get_scheduled_at (a), engage_post_get_scheduled_at (b)) ||
         !strings_equal (engage_post_get_title (a), engage_post_get_title (b)) ||
         !strings_equal (engage_post_get_body (a), engage_post_get_body (b)) ||
         !strings_equal (engage_post_get_campaign (a), engage_post_get_campaign (b)) ||
         !strings_equal (engage_post_get_owner (a), engage_post_get_owner (b)) ||
         !strings_equal (engage_post_get_link (a), engage_post_get_link (b)) ||
         !strings_equal (engage_post_get_permalink (a), engage_post_get_permalink (b)) ||
         !strings_equal (engage_post_get_notes (a), engage_post_get_notes (b)) ||
         !strings_equal (engage_post_get_approved_by (a), engage_post_get_approved_by (b)) ||
         !times_equal (engage_post_get_approved_at (a), engage_post_get_approved_at (b));
}

static void
set_entry_text (AdwEntryRow *row,
                const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
set_buffer_text (GtkTextView *view,
                 const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static void
update_date_button (EngagePostEditor *self)
{
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *label = NULL;

  day = g_date_time_new_utc (g_date_get_year (&self->date),
                             g_date_get_month (&self->date),
                             g_date_get_day (&self->date),
                             12, 0, 0);
  /* Translators: the post's day on the date button, see strftime; e.g.
   * "%a, %-e. %B %Y" in German */
  label = g_date_time_format (day, _("%a, %B %-e, %Y"));
  gtk_menu_button_set_label (self->date_button, label);
}

static void
update_repeat_row (EngagePostEditor *self)
{
  gboolean in_series = engage_post_get_series_id (self->post) != NULL;

  if (in_series)
    adw_action_row_set_subtitle (self->repeat_row, _("Part of a recurring series"));
  else if (self->repeat_description != NULL)
    adw_action_row_set_subtitle (self->repeat_row, self->repeat_description);
  else
    adw_action_row_set_subtitle (self->repeat_row, _("Does not repeat"));

  gtk_widget_set_visible (self->repeat_arrow, !in_series);
}

static void
update_counters (EngagePostEditor *self,
                 EngageChannel    *channel,
                 const char       *body)
{
  EngageTextCounter counter;
  g_autofree char *chars = NULL;
  g_autofree char *hashtags = NULL;
  gboolean over;

  engage_text_counter_compute (&counter, channel, body);
  chars = engage_text_counter_format_chars (&counter);
  hashtags = engage_text_counter_format_hashtags (&counter);

  gtk_label_set_text (self->chars_label, chars);
  gtk_label_set_text (self->hashtags_label, hashtags);
  if (channel != NULL)
    {
      g_autofree char *tooltip = NULL;

      /* Translators: %s is a channel's name, e.g. "Characters as X counts them" */
      tooltip = g_strdup_printf (_("Characters as %s counts them"), engage_channel_get_name (channel));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->chars_label), tooltip);
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->chars_label), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (self->chars_label), "error");
  if (counter.chars_state == ENGAGE_TEXT_COUNTER_WARNING)
    gtk_widget_add_css_class (GTK_WIDGET (self->chars_label), "warning");
  else if (counter.chars_state == ENGAGE_TEXT_COUNTER_ERROR)
    gtk_widget_add_css_class (GTK_WIDGET (self->chars_label), "error");

  if (counter.hashtags_state == ENGAGE_TEXT_COUNTER_ERROR)
    gtk_widget_add_css_class (GTK_WIDGET (self->hashtags_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->hashtags_label), "error");

  /* The icon says "too long" to those who do not see the colour. */
  over = counter.chars_state == ENGAGE_TEXT_COUNTER_ERROR ||
         counter.hashtags_state == ENGAGE_TEXT_COUNTER_ERROR;
  gtk_widget_set_visible (self->counter_icon, over);
  gtk_widget_set_tooltip_text (self->counter_icon,
                               over ? _("The text is longer than the channel allows") : NULL);

  gtk_label_set_text (self->rule_label,
                      engage_text_count_get_rule (channel != NULL ? engage_channel_get_kind (channel)
                                                                  : ENGAGE_CHANNEL_KIND_OTHER));
}

static void on_field_changed_cb (EngagePostEditor *self);

/* Under the status: who approved the post and when, once someone has. */
static void
update_approval_row (EngagePostEditor *self,
                     EngagePost       *post)
{
  const char *approved_by = engage_post_get_approved_by (post);
  GDateTime *approved_at = engage_post_get_approved_at (post);
  g_autofree char *subtitle = NULL;

  if (approved_by != NULL && approved_by[0] != '\0' && approved_at != NULL &&
      engage_post_get_status (post) >= ENGAGE_POST_STATUS_APPROVED)
    {
      g_autoptr(GDateTime) local = g_date_time_to_timezone (approved_at, engage_project_get_tz (self->project));
      /* Translators: when a post was approved, see strftime; e.g.
       * "%-e. %B %Y, %H:%M" in German */
      g_autofree char *when = g_date_time_format (local, _("%B %-e, %Y, %H:%M"));

      /* Translators: below a post's status: who approved it, and when */
      subtitle = g_strdup_printf (_("Approved by %s on %s"), approved_by, when);
    }

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->status_row), subtitle != NULL ? subtitle : "");
}

/* Lists what the post as it stands in the fields breaks of the guideline. */
static void
check_guideline (EngagePostEditor *self)
{
  g_autoptr(EngagePost) post = _engage_post_editor_collect (self);
  g_autoptr(GPtrArray) findings = engage_findings_new ();

  for (guint i = 0; i < self->guideline_rows->len; i++)
    adw_preferences_group_remove (self->guideline_group, g_ptr_array_index (self->guideline_rows, i));
  g_ptr_array_set_size (self->guideline_rows, 0);

  engage_checker_check_post (self->checker, post, findings);

  for (guint i = 0; i < findings->len; i++)
    {
      EngageFinding *finding = g_ptr_array_index (findings, i);
      EngageSeverity severity = engage_finding_get_severity (finding);
      const char *detail = engage_finding_get_detail (finding);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name (engage_severity_get_icon_name (severity));

      /* Messages and details are the user's own words and may hold "&". */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), engage_finding_get_message (finding));
      if (detail != NULL && detail[0] != '\0')
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail);

      if (severity == ENGAGE_SEVERITY_ERROR)
        gtk_widget_add_css_class (icon, "error");
      else if (severity == ENGAGE_SEVERITY_WARNING)
        gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

      adw_preferences_group_add (self->guideline_group, row);
      g_ptr_array_add (self->guideline_rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->guideline_group), findings->len > 0);
}

static gboolean
on_check_timeout_cb (gpointer user_data)
{
  EngagePostEditor *self = user_data;

  self->check_source = 0;
  check_guideline (self);

  return G_SOURCE_REMOVE;
}

/* Checks again once the fields have rested for a moment. */
static void
schedule_check (EngagePostEditor *self)
{
  g_clear_handle_id (&self->check_source, g_source_remove);
  self->check_source = g_timeout_add (CHECK_DELAY_MS, on_check_timeout_cb, self);
  g_source_set_name_by_id (self->check_source, "[engage] check post guideline");
}

static void
mark_address_row (AdwEntryRow *row,
                  const char  *address)
{
  if (!_engage_post_editor_is_blank (address) && !_engage_post_editor_is_web_address (address))
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* Private API shared with engage-post-editor-actions.c */

gboolean
_engage_post_editor_is_new (EngagePostEditor *self)
{
  return engage_post_get_id (self->post) == 0;
}

/* The post as the fields say, to be stored. */
EngagePost *
_engage_post_editor_collect (EngagePostEditor *self)
{
  EngagePost *post = engage_post_copy (self->post);
  EngageChannel *channel = get_selected_channel (self);
  guint status = adw_combo_row_get_selected (self->status_row);
  g_autofree char *title = dup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  g_autofree char *body = dup_buffer_text (self->text_view);
  g_autofree char *notes = dup_buffer_text (self->notes_view);
  g_autofree char *campaign = dup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->campaign_row)));
  g_autofree char *owner = dup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->owner_row)));
  g_autofree char *link = dup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->link_row)));
  g_autofree char *permalink = dup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->permalink_row)));

  engage_post_set_channel_id (post, channel != NULL ? engage_channel_get_id (channel) : 0);
  engage_post_set_pillar_id (post, get_selected_pillar_id (self));
  if (status <= ENGAGE_POST_STATUS_ARCHIVED)
    engage_post_set_status (post, status);
  engage_post_set_title (post, title != NULL ? title : "");
  engage_post_set_body (post, _engage_post_editor_is_blank (body) ? NULL : body);
  engage_post_set_notes (post, _engage_post_editor_is_blank (notes) ? NULL : notes);
  engage_post_set_campaign (post, campaign);
  engage_post_set_owner (post, owner);
  engage_post_set_link (post, link);
  engage_post_set_permalink (post, permalink);

  if (gtk_switch_get_active (self->idea_switch))
    {
      engage_post_set_scheduled_at (post, NULL);
    }
  else
    {
      GTimeZone *tz = engage_project_get_tz (self->project);
      GDateTime *stored = engage_post_get_scheduled_at (post);
      g_autoptr(GDateTime) local = stored != NULL ? g_date_time_to_timezone (stored, tz) : NULL;
      int hour = gtk_spin_button_get_value_as_int (self->hour_spin);
      int minute = gtk_spin_button_get_value_as_int (self->minute_spin);

      /* The fields show minutes: an imported 09:00:30 stays as it is unless
       * the date or the time was changed. */
      if (local == NULL ||
          g_date_time_get_year (local) != (int) g_date_get_year (&self->date) ||
          g_date_time_get_month (local) != (int) g_date_get_month (&self->date) ||
          g_date_time_get_day_of_month (local) != (int) g_date_get_day (&self->date) ||
          g_date_time_get_hour (local) != hour ||
          g_date_time_get_minute (local) != minute)
        {
          g_autoptr(GDateTime) time = g_date_time_new (tz,
                                                       g_date_get_year (&self->date),
                                                       g_date_get_month (&self->date),
                                                       g_date_get_day (&self->date),
                                                       hour, minute, 0);

          engage_post_set_scheduled_at (post, time);
        }
    }

  /* An approval given here goes with the post; a post sent back before
   * approval loses the one it had, as core's engage_project_revoke_approval()
   * does. */
  if (engage_post_get_status (post) >= ENGAGE_POST_STATUS_APPROVED && self->approved_by != NULL)
    {
      engage_post_set_approved_by (post, self->approved_by);
      engage_post_set_approved_at (post, self->approved_at);
    }
  else if (engage_post_get_status (post) < ENGAGE_POST_STATUS_APPROVED &&
           engage_post_get_status (self->post) >= ENGAGE_POST_STATUS_APPROVED)
    {
      engage_post_set_approved_by (post, NULL);
      engage_post_set_approved_at (post, NULL);
    }

  /* The analytics match a published post by its time when it has no permalink. */
  if (engage_post_get_status (post) == ENGAGE_POST_STATUS_PUBLISHED &&
      engage_post_get_published_at (post) == NULL)
    engage_post_set_published_at (post, engage_post_get_scheduled_at (post));

  return post;
}

gboolean
_engage_post_editor_is_dirty (EngagePostEditor *self)
{
  g_autoptr(EngagePost) post = NULL;

  if (self->repeat_rule != NULL)
    return TRUE;

  if (_engage_post_editor_is_new (self))
    return self->touched;

  post = _engage_post_editor_collect (self);
  return posts_differ (post, self->post);
}

void
_engage_post_editor_update (EngagePostEditor *self)
{
  g_autoptr(EngagePost) post = NULL;
  g_autofree char *problem = NULL;
  gboolean idea;
  gboolean published;

  if (self->loading)
    return;

  post = _engage_post_editor_collect (self);
  problem = engage_post_editor_validate (post);

  idea = gtk_switch_get_active (self->idea_switch);
  gtk_widget_set_sensitive (self->date_row, !idea);
  gtk_widget_set_sensitive (self->time_row, !idea);
  gtk_widget_set_sensitive (GTK_WIDGET (self->repeat_row),
                            !idea && engage_post_get_series_id (self->post) == NULL);

  published = engage_post_get_status (post) == ENGAGE_POST_STATUS_PUBLISHED;
  gtk_widget_set_visible (GTK_WIDGET (self->permalink_row),
                          published ||
                          !_engage_post_editor_is_blank (engage_post_get_permalink (post)));

  update_counters (self, get_selected_channel (self), engage_post_get_body (post));
  update_approval_row (self, post);
  mark_address_row (self->link_row, engage_post_get_link (post));
  mark_address_row (self->permalink_row, engage_post_get_permalink (post));

  gtk_label_set_text (self->problem_label, problem != NULL ? problem : "");
  gtk_revealer_set_reveal_child (self->problem_revealer,
                                 problem != NULL && (self->touched || self->show_problems));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save",
                                 problem == NULL &&
                                 (_engage_post_editor_is_new (self) || self->repeat_rule != NULL ||
                                  posts_differ (post, self->post)));
}

/* Shows @post in the fields; the editor now edits it. */
void
_engage_post_editor_load (EngagePostEditor *self,
                          EngagePost       *post)
{
  GTimeZone *tz = engage_project_get_tz (self->project);
  g_autoptr(GDateTime) local = NULL;
  gboolean is_new;
  guint n_channels;

  g_set_object (&self->post, post);
  is_new = _engage_post_editor_is_new (self);

  self->loading = TRUE;

  set_entry_text (self->title_row, engage_post_get_title (post));

  n_channels = g_list_model_get_n_items (self->channels);
  for (guint i = 0; i < n_channels; i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (self->channels, i);

      if (engage_channel_get_id (channel) == engage_post_get_channel_id (post))
        adw_combo_row_set_selected (self->channel_row, i);
    }

  adw_combo_row_set_selected (self->status_row, engage_post_get_status (post));

  adw_combo_row_set_selected (self->pillar_row, 0);
  for (guint i = 0; i < self->pillar_ids->len; i++)
    if (g_array_index (self->pillar_ids, gint64, i) == engage_post_get_pillar_id (post))
      adw_combo_row_set_selected (self->pillar_row, i);

  if (engage_post_get_scheduled_at (post) != NULL)
    local = g_date_time_to_timezone (engage_post_get_scheduled_at (post), tz);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now (tz);

      local = g_date_time_new (tz,
                               g_date_time_get_year (now),
                               g_date_time_get_month (now),
                               g_date_time_get_day_of_month (now),
                               DEFAULT_HOUR, 0, 0);
    }

  gtk_switch_set_active (self->idea_switch, engage_post_get_scheduled_at (post) == NULL);
  g_date_set_dmy (&self->date,
                  g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local),
                  g_date_time_get_year (local));
  gtk_calendar_select_day (self->calendar, local);
  gtk_spin_button_set_value (self->hour_spin, g_date_time_get_hour (local));
  gtk_spin_button_set_value (self->minute_spin, g_date_time_get_minute (local));
  update_date_button (self);

  set_buffer_text (self->text_view, engage_post_get_body (post));
  set_buffer_text (self->notes_view, engage_post_get_notes (post));
  set_entry_text (self->campaign_row, engage_post_get_campaign (post));
  set_entry_text (self->owner_row, engage_post_get_owner (post));
  set_entry_text (self->link_row, engage_post_get_link (post));
  set_entry_text (self->permalink_row, engage_post_get_permalink (post));

  g_clear_pointer (&self->repeat_rule, g_free);
  g_clear_pointer (&self->repeat_description, g_free);
  update_repeat_row (self);

  g_clear_pointer (&self->approved_by, g_free);
  g_clear_pointer (&self->approved_at, g_date_time_unref);
  self->status = engage_post_get_status (post);

  gtk_window_set_title (GTK_WINDOW (self), is_new ? _("New Post") : _("Edit Post"));
  gtk_button_set_label (GTK_BUTTON (self->save_button), is_new ? _("_Add") : _("_Save"));
  gtk_widget_set_visible (self->menu_button, !is_new);
  gtk_widget_set_visible (self->delete_group, !is_new);

  self->loading = FALSE;
  self->touched = FALSE;
  self->show_problems = FALSE;

  _engage_post_editor_update (self);

  /* A post that is opened shows what it breaks at once. */
  g_clear_handle_id (&self->check_source, g_source_remove);
  check_guideline (self);
}

void
_engage_post_editor_set_repeat (EngagePostEditor *self,
                                const char       *rule,
                                const char       *description)
{
  g_free (self->repeat_rule);
  self->repeat_rule = g_strdup (rule);
  g_free (self->repeat_description);
  self->repeat_description = g_strdup (description);

  update_repeat_row (self);
  on_field_changed_cb (self);
}

void
_engage_post_editor_show_toast (EngagePostEditor *self,
                                const char       *title)
{
  g_autofree char *markup = g_markup_escape_text (title, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
}

void
_engage_post_editor_show_error (EngagePostEditor *self,
                                const char       *heading,
                                const char       *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Approval */

static void
on_approval_confirmed_cb (EngagePostEditor     *self,
                          const char           *approver,
                          EngageApprovalDialog *dialog)
{
  g_free (self->approved_by);
  self->approved_by = g_strdup (approver);
  g_clear_pointer (&self->approved_at, g_date_time_unref);
  /* Whole seconds, as the project stores them. */
  self->approved_at = g_date_time_new_from_unix_utc (g_get_real_time () / G_USEC_PER_SEC);

  _engage_post_editor_update (self);
}

/* After the dialog's own handler, which confirms or not. */
static void
on_approval_response_cb (EngagePostEditor     *self,
                         const char           *response,
                         EngageApprovalDialog *dialog)
{
  guint previous = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "engage-previous-status"));

  if (engage_approval_dialog_get_confirmed (dialog) ||
      adw_combo_row_get_selected (self->status_row) != ENGAGE_POST_STATUS_APPROVED)
    return;

  self->reverting = TRUE;
  adw_combo_row_set_selected (self->status_row, previous);
  self->reverting = FALSE;
}

static void
ask_approval (EngagePostEditor *self,
              guint             previous)
{
  g_autoptr(EngagePost) post = _engage_post_editor_collect (self);
  EngageApprovalDialog *dialog = engage_approval_dialog_new_for_post (self->project, post);

  g_object_set_data (G_OBJECT (dialog), "engage-previous-status", GUINT_TO_POINTER (previous));
  g_signal_connect_object (dialog, "confirmed", G_CALLBACK (on_approval_confirmed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_approval_response_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The approval is asked for where a post becomes approved, not where it is
 * already: a post that carries an approval keeps it. */
static void
on_status_selected_cb (EngagePostEditor *self)
{
  guint status = adw_combo_row_get_selected (self->status_row);
  guint previous = self->status;
  const char *stored_by = engage_post_get_approved_by (self->post);
  gboolean approved = self->approved_by != NULL ||
                      (stored_by != NULL && stored_by[0] != '\0' &&
                       engage_post_get_approved_at (self->post) != NULL &&
                       engage_post_get_status (self->post) >= ENGAGE_POST_STATUS_APPROVED);

  self->status = status;
  if (self->loading || self->reverting)
    return;

  if (status < ENGAGE_POST_STATUS_APPROVED)
    {
      g_clear_pointer (&self->approved_by, g_free);
      g_clear_pointer (&self->approved_at, g_date_time_unref);
    }
  else if (status == ENGAGE_POST_STATUS_APPROVED && previous < ENGAGE_POST_STATUS_APPROVED && !approved)
    {
      ask_approval (self, previous);
    }
}

/* Callbacks */

static void
on_field_changed_cb (EngagePostEditor *self)
{
  if (self->loading)
    return;

  self->touched = TRUE;
  _engage_post_editor_update (self);
  schedule_check (self);
}

static void
on_calendar_day_selected_cb (EngagePostEditor *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  GtkPopover *popover = gtk_menu_button_get_popover (self->date_button);

  g_date_set_dmy (&self->date,
                  g_date_time_get_day_of_month (day),
                  g_date_time_get_month (day),
                  g_date_time_get_year (day));
  update_date_button (self);
  if (!self->loading)
    gtk_popover_popdown (popover);
  on_field_changed_cb (self);
}

/* Two digits in the time: 09:05, not 9:5. */
static gboolean
on_spin_output_cb (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

static void
on_channel_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), engage_color_dot_new (NULL));
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
on_channel_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  EngageChannel *channel = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);

  engage_color_dot_set_color (ENGAGE_COLOR_DOT (gtk_widget_get_first_child (box)),
                              engage_channel_get_color (channel));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)),
                      engage_channel_get_name (channel));
}

static void
on_status_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  gtk_box_append (GTK_BOX (box), gtk_image_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new (NULL));
  gtk_list_item_set_child (item, box);
}

static void
on_status_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  /* Not the position: the row's own display of the selection has none. */
  EngagePostStatus status = GPOINTER_TO_UINT (g_object_get_data (gtk_list_item_get_item (item),
                                                                 "status"));
  GtkWidget *box = gtk_list_item_get_child (item);

  gtk_image_set_from_icon_name (GTK_IMAGE (gtk_widget_get_first_child (box)),
                                engage_post_status_get_icon_name (status));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)),
                      engage_post_status_get_label (status));
}

/* Vfuncs */

static void
engage_post_editor_dispose (GObject *object)
{
  EngagePostEditor *self = ENGAGE_POST_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ENGAGE_TYPE_POST_EDITOR);

  /* After the template: its rows may still report changes while they go. */
  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_object (&self->checker);
  g_clear_pointer (&self->guideline_rows, g_ptr_array_unref);

  g_clear_object (&self->channels);
  g_clear_object (&self->pillar_names);
  g_clear_object (&self->post);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (engage_post_editor_parent_class)->dispose (object);
}

static void
engage_post_editor_finalize (GObject *object)
{
  EngagePostEditor *self = ENGAGE_POST_EDITOR (object);

  g_clear_pointer (&self->pillar_ids, g_array_unref);
  g_clear_pointer (&self->approved_at, g_date_time_unref);
  g_free (self->approved_by);
  g_free (self->repeat_rule);
  g_free (self->repeat_description);

  G_OBJECT_CLASS (engage_post_editor_parent_class)->finalize (object);
}

static void
engage_post_editor_class_init (EngagePostEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = engage_post_editor_dispose;
  object_class->finalize = engage_post_editor_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/calendar/engage-post-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, menu_button);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, problem_revealer);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, problem_label);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, channel_row);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, pillar_row);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, idea_switch);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, time_row);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, repeat_row);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, repeat_arrow);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, rule_label);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, counter_icon);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, chars_label);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, hashtags_label);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, campaign_row);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, owner_row);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, link_row);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, permalink_row);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, guideline_group);
  gtk_widget_class_bind_template_child (widget_class, EngagePostEditor, delete_group);

  _engage_post_editor_class_init_actions (widget_class);
}

static void
engage_post_editor_init (EngagePostEditor *self)
{
  g_autoptr(GtkListItemFactory) channel_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) status_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  /* Until the first post is loaded, changes to the fields are not edits. */
  self->loading = TRUE;
  g_date_clear (&self->date, 1);
  self->pillar_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->guideline_rows = g_ptr_array_new ();

  g_signal_connect (channel_factory, "setup", G_CALLBACK (on_channel_setup_cb), NULL);
  g_signal_connect (channel_factory, "bind", G_CALLBACK (on_channel_bind_cb), NULL);
  adw_combo_row_set_factory (self->channel_row, channel_factory);

  for (guint i = ENGAGE_POST_STATUS_IDEA; i <= ENGAGE_POST_STATUS_ARCHIVED; i++)
    {
      g_autoptr(GObject) item = NULL;

      gtk_string_list_append (statuses, engage_post_status_get_label (i));
      item = g_list_model_get_item (G_LIST_MODEL (statuses), i);
      g_object_set_data (item, "status", GUINT_TO_POINTER (i));
    }
  g_signal_connect (status_factory, "setup", G_CALLBACK (on_status_setup_cb), NULL);
  g_signal_connect (status_factory, "bind", G_CALLBACK (on_status_bind_cb), NULL);
  adw_combo_row_set_factory (self->status_row, status_factory);
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  g_signal_connect (self->hour_spin, "output", G_CALLBACK (on_spin_output_cb), NULL);
  g_signal_connect (self->minute_spin, "output", G_CALLBACK (on_spin_output_cb), NULL);

  g_signal_connect_object (self->calendar, "day-selected",
                           G_CALLBACK (on_calendar_day_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "close-request",
                           G_CALLBACK (_engage_post_editor_close_request), self, G_CONNECT_SWAPPED);

#define WATCH(object, signal) \
  g_signal_connect_object ((object), (signal), G_CALLBACK (on_field_changed_cb), self, G_CONNECT_SWAPPED)

  /* Before the fields are checked: a cancelled approval takes the status back. */
  g_signal_connect_object (self->status_row, "notify::selected",
                           G_CALLBACK (on_status_selected_cb), self, G_CONNECT_SWAPPED);

  WATCH (self->title_row, "changed");
  WATCH (self->channel_row, "notify::selected");
  WATCH (self->status_row, "notify::selected");
  WATCH (self->pillar_row, "notify::selected");
  WATCH (self->idea_switch, "notify::active");
  WATCH (self->hour_spin, "value-changed");
  WATCH (self->minute_spin, "value-changed");
  WATCH (gtk_text_view_get_buffer (self->text_view), "changed");
  WATCH (gtk_text_view_get_buffer (self->notes_view), "changed");
  WATCH (self->campaign_row, "changed");
  WATCH (self->owner_row, "changed");
  WATCH (self->link_row, "changed");
  WATCH (self->permalink_row, "changed");

#undef WATCH
}

/* Public API */

/**
 * engage_post_editor_new:
 * @project: an open project
 * @post_id: the post to edit, or 0 for a new one
 * @default_time: (nullable): for a new post, its time; midnight stands for a
 *   day without a time and gives 09:00. %NULL makes an idea without a date.
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the editor, or %NULL if the post does
 *   not exist (any more)
 */
EngagePostEditor *
engage_post_editor_new (EngageProject  *project,
                        gint64          post_id,
                        GDateTime      *default_time,
                        GError        **error)
{
  g_autoptr(EngagePostEditor) self = NULL;
  g_autoptr(EngagePost) post = NULL;
  g_autoptr(GListModel) pillars = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (post_id >= 0, NULL);

  if (post_id > 0)
    {
      g_autoptr(GError) local_error = NULL;

      post = engage_project_get_post (project, post_id, &local_error);
      if (post == NULL)
        {
          /* Deleted meanwhile, e.g. by an undo in another view. */
          if (local_error == NULL)
            local_error = g_error_new_literal (ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                                               _("The post no longer exists."));
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  self = g_object_ref_sink (g_object_new (ENGAGE_TYPE_POST_EDITOR, NULL));
  self->project = g_object_ref (project);
  self->checker = engage_checker_new (project);
  self->channels = engage_project_list_channels (project);
  adw_combo_row_set_model (self->channel_row, self->channels);

  self->pillar_names = gtk_string_list_new (NULL);
  gtk_string_list_append (self->pillar_names, C_("pillar", "None"));
  g_array_append_val (self->pillar_ids, (gint64) { 0 });
  pillars = engage_project_list_pillars (project);
  for (guint i = 0; i < g_list_model_get_n_items (pillars); i++)
    {
      g_autoptr(EngagePillar) pillar = g_list_model_get_item (pillars, i);
      gint64 id = engage_pillar_get_id (pillar);

      gtk_string_list_append (self->pillar_names, engage_pillar_get_name (pillar));
      g_array_append_val (self->pillar_ids, id);
    }
  adw_combo_row_set_model (self->pillar_row, G_LIST_MODEL (self->pillar_names));

  if (post == NULL)
    {
      g_autoptr(EngageChannel) first = g_list_model_get_item (self->channels, 0);

      post = engage_post_new (first != NULL ? engage_channel_get_id (first) : 0, "");

      if (default_time != NULL)
        {
          g_autoptr(GDateTime) local = g_date_time_to_timezone (default_time,
                                                                engage_project_get_tz (project));
          g_autoptr(GDateTime) time = NULL;

          if (g_date_time_get_hour (local) == 0 && g_date_time_get_minute (local) == 0)
            time = g_date_time_add_hours (local, DEFAULT_HOUR);
          else
            time = g_date_time_ref (local);

          engage_post_set_scheduled_at (post, time);
          engage_post_set_status (post, ENGAGE_POST_STATUS_DRAFT);
        }
      else
        {
          engage_post_set_status (post, ENGAGE_POST_STATUS_IDEA);
        }
    }

  _engage_post_editor_load (self, post);

  return g_steal_pointer (&self);
}

/**
 * engage_post_editor_present:
 * @parent: a widget in the window the editor belongs to
 * @project: an open project
 * @post_id: the post to edit, or 0 for a new one
 * @default_time: (nullable): for a new post, its time (see engage_post_editor_new());
 *   %NULL makes an idea without a date
 *
 * Opens the editor over @parent's window. A post that no longer exists gives
 * an error dialog instead.
 */
void
engage_post_editor_present (GtkWidget     *parent,
                            EngageProject *project,
                            gint64         post_id,
                            GDateTime     *default_time)
{
  g_autoptr(EngagePostEditor) self = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (ENGAGE_IS_PROJECT (project));

  root = gtk_widget_get_root (parent);
  self = engage_post_editor_new (project, post_id, default_time, &error);
  if (self == NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                  _("Could Not Open Post"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));

  gtk_window_present (GTK_WINDOW (self));
}

/**
 * engage_post_editor_get_post:
 *
 * Returns: (transfer none): the post as stored (after a save, the saved one);
 *   for a new post not yet saved, its template with id 0
 */
EngagePost *
engage_post_editor_get_post (EngagePostEditor *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_EDITOR (self), NULL);

  return self->post;
}
