/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-nps-response-dialog"

#include "config.h"

#include "engage-nps-response-dialog.h"

#include "engage-format.h"
#include "engage-kpi-derive.h"
#include "engage-nps-query.h"
#include "engage-nps-response.h"
#include "engage-nps-survey.h"
#include "engage-window-private.h"
#include "goals/engage-nps-view.h"

#include <glib/gi18n.h>

/*
 * Adds one answer to an NPS survey by hand, e.g. from a paper card or a
 * phone call: its day, the score from 0 to 10, the comment, the segment and
 * the survey tool's respondent id. Nothing is stored until Add, and then as
 * one edit that undo takes back whole, even when the project had no survey
 * yet and the dialog makes one for the answer.
 */

struct _EngageNpsResponseDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  GtkButton           *save_button;
  AdwPreferencesGroup *answer_group;
  AdwComboRow         *survey_row;
  GtkMenuButton       *date_button;
  GtkCalendar         *calendar;
  GtkBox              *score_box;
  GtkLabel            *category_label;
  GtkTextView         *comment_view;
  AdwEntryRow         *segment_row;
  GtkMenuButton       *segment_button;
  AdwEntryRow         *respondent_row;
  GtkLabel            *error_label;

  /* Owned */
  EngageProject       *project;
  GListModel          *surveys;

  /* State */
  GtkToggleButton     *score_buttons[11];
  char                 date[11];
  gint64               survey_id;
  gint64               response_id;
};

G_DEFINE_FINAL_TYPE (EngageNpsResponseDialog, engage_nps_response_dialog, ADW_TYPE_WINDOW)

/* Helpers */

static void
update_date_button (EngageNpsResponseDialog *self)
{
  g_autofree char *label = engage_format_iso_date (self->date);

  gtk_menu_button_set_label (self->date_button, label != NULL ? label : self->date);
}

static void
update_score (EngageNpsResponseDialog *self)
{
  int score = engage_nps_response_dialog_get_score (self);
  g_autofree char *text = NULL;

  switch (engage_nps_category_for_score (score))
    {
    case ENGAGE_NPS_CATEGORY_PROMOTER:
      /* Translators: under the score buttons, after a score was chosen */
      text = g_strdup_printf (_("%d: a promoter (9–10)"), score);
      break;
    case ENGAGE_NPS_CATEGORY_PASSIVE:
      text = g_strdup_printf (_("%d: a passive (7–8)"), score);
      break;
    case ENGAGE_NPS_CATEGORY_DETRACTOR:
      text = g_strdup_printf (_("%d: a detractor (0–6)"), score);
      break;
    case ENGAGE_NPS_CATEGORY_ANY:
    default:
      text = g_strdup (_("Choose the score the respondent gave."));
      break;
    }

  gtk_label_set_label (self->category_label, text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), score >= 0);
}

static void
fill_surveys (EngageNpsResponseDialog *self)
{
  guint n_surveys = g_list_model_get_n_items (self->surveys);
  guint selected = 0;

  adw_combo_row_set_expression (self->survey_row,
                                gtk_property_expression_new (ENGAGE_TYPE_NPS_SURVEY, NULL, "name"));
  adw_combo_row_set_model (self->survey_row, self->surveys);

  for (guint i = 0; i < n_surveys; i++)
    {
      g_autoptr(EngageNpsSurvey) survey = g_list_model_get_item (self->surveys, i);

      if (engage_nps_survey_get_id (survey) == self->survey_id)
        selected = i;
    }

  if (n_surveys > 0)
    {
      adw_combo_row_set_selected (self->survey_row, selected);
      gtk_widget_set_visible (GTK_WIDGET (self->survey_row), n_surveys > 1);
    }
}

static void
fill_segments (EngageNpsResponseDialog *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) segments = NULL;

  segments = engage_project_list_nps_segments (self->project, 0, &error);
  if (segments == NULL)
    g_warning ("Could not list the segments: %s", error->message);

  for (guint i = 0; segments != NULL && segments[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (segments[i], NULL);

      g_menu_item_set_action_and_target_value (item, "nps-response.pick-segment",
                                               g_variant_new_string (segments[i]));
      g_menu_append_item (menu, item);
    }

  gtk_menu_button_set_menu_model (self->segment_button, G_MENU_MODEL (menu));
  gtk_widget_set_visible (GTK_WIDGET (self->segment_button),
                          segments != NULL && segments[0] != NULL);
}

static char *
dup_trimmed (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

static char *
dup_comment (EngageNpsResponseDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->comment_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  return dup_trimmed (text);
}

/* The survey for a response in a project without one, made in the same edit. */
static EngageNpsSurvey *
create_default_survey (EngageNpsResponseDialog  *self,
                       GError                  **error)
{
  g_autoptr(EngageNpsSurvey) survey = engage_nps_survey_new (_("Customer Survey"));

  engage_nps_survey_set_question (survey, _("How likely is it that you would recommend us "
                                            "to a friend or colleague?"));
  if (!engage_project_add_nps_survey (self->project, survey, error))
    return NULL;

  return g_steal_pointer (&survey);
}

/* Callbacks */

static void
on_survey_row_selected_cb (EngageNpsResponseDialog *self,
                           GParamSpec              *pspec,
                           AdwComboRow             *row)
{
  g_autoptr(EngageNpsSurvey) survey = NULL;
  const char *question;

  if (self->surveys == NULL)
    return;

  survey = g_list_model_get_item (self->surveys, adw_combo_row_get_selected (row));
  if (survey == NULL)
    return;

  self->survey_id = engage_nps_survey_get_id (survey);
  question = engage_nps_survey_get_question (survey);
  adw_preferences_group_set_description (self->answer_group,
                                         question != NULL && question[0] != '\0' ? question : NULL);
}

static void
on_calendar_day_selected_cb (EngageNpsResponseDialog *self,
                             GtkCalendar             *calendar)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (calendar);
  g_autofree char *iso = g_date_time_format (day, "%Y-%m-%d");

  g_strlcpy (self->date, iso, sizeof self->date);
  update_date_button (self);
  gtk_popover_popdown (gtk_menu_button_get_popover (self->date_button));
}

static void
on_score_button_toggled_cb (EngageNpsResponseDialog *self,
                            GtkToggleButton         *button)
{
  update_score (self);
}

static void
on_save_button_clicked_cb (EngageNpsResponseDialog *self,
                           GtkButton               *button)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *parent;

  if (!engage_nps_response_dialog_save (self, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (ENGAGE_IS_WINDOW (parent))
    _engage_window_show_undo_toast (ENGAGE_WINDOW (parent), _("Response added"));

  gtk_window_destroy (GTK_WINDOW (self));
}

/* Actions */

static void
pick_segment_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  EngageNpsResponseDialog *self = ENGAGE_NPS_RESPONSE_DIALOG (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->segment_row), g_variant_get_string (parameter, NULL));
}

/* Vfuncs */

static void
engage_nps_response_dialog_dispose (GObject *object)
{
  EngageNpsResponseDialog *self = ENGAGE_NPS_RESPONSE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ENGAGE_TYPE_NPS_RESPONSE_DIALOG);

  g_clear_object (&self->surveys);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (engage_nps_response_dialog_parent_class)->dispose (object);
}

static void
engage_nps_response_dialog_class_init (EngageNpsResponseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = engage_nps_response_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/goals/engage-nps-response-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EngageNpsResponseDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsResponseDialog, answer_group);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsResponseDialog, survey_row);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsResponseDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsResponseDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsResponseDialog, score_box);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsResponseDialog, category_label);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsResponseDialog, comment_view);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsResponseDialog, segment_row);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsResponseDialog, segment_button);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsResponseDialog, respondent_row);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsResponseDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_survey_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked_cb);

  gtk_widget_class_install_action (widget_class, "nps-response.pick-segment", "s", pick_segment_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
engage_nps_response_dialog_init (EngageNpsResponseDialog *self)
{
  GtkToggleButton *group = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  engage_nps_view_ensure_style (GTK_WIDGET (self));

  for (int score = 0; score <= 10; score++)
    {
      g_autofree char *label = g_strdup_printf ("%d", score);
      g_autofree char *description = NULL;
      GtkWidget *button = gtk_toggle_button_new_with_label (label);

      description = g_strdup_printf (_("Score %d, %s"), score,
                                     engage_nps_category_get_label (engage_nps_category_for_score (score)));
      gtk_widget_set_tooltip_text (button, engage_nps_category_get_label (engage_nps_category_for_score (score)));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                      -1);
      gtk_widget_add_css_class (button, "numeric");
      if (group != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      else
        group = GTK_TOGGLE_BUTTON (button);

      g_signal_connect_object (button, "toggled", G_CALLBACK (on_score_button_toggled_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (self->score_box, button);
      self->score_buttons[score] = GTK_TOGGLE_BUTTON (button);
    }

  update_score (self);
}

/* Public API */

/**
 * engage_nps_response_dialog_new:
 * @project: an open project
 * @survey_id: the survey to answer at first, or 0 for the first one (with no
 *   survey in the project, the dialog makes one when it saves)
 * @today: (nullable): the day to offer, "YYYY-MM-DD"; %NULL for today in the
 *   project's time zone
 *
 * Returns: (transfer floating): the dialog, not shown yet
 */
EngageNpsResponseDialog *
engage_nps_response_dialog_new (EngageProject *project,
                                gint64         survey_id,
                                const char    *today)
{
  EngageNpsResponseDialog *self;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (today == NULL || engage_iso_date_is_valid (today), NULL);

  self = g_object_new (ENGAGE_TYPE_NPS_RESPONSE_DIALOG, NULL);
  self->project = g_object_ref (project);
  self->surveys = engage_project_list_nps_surveys (project);
  self->survey_id = survey_id;

  fill_surveys (self);
  if (g_list_model_get_n_items (self->surveys) > 0)
    on_survey_row_selected_cb (self, NULL, self->survey_row);
  else
    self->survey_id = 0;
  fill_segments (self);

  if (today != NULL)
    {
      engage_nps_response_dialog_set_date (self, today);
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now (engage_project_get_tz (project));
      g_autofree char *iso = g_date_time_format (now, "%Y-%m-%d");

      engage_nps_response_dialog_set_date (self, iso);
    }

  return self;
}

/**
 * engage_nps_response_dialog_present:
 * @parent: a widget in the window to put the dialog over
 * @project: an open project
 * @survey_id: the survey to answer at first, or 0 for the first one
 * @today: (nullable): the day to offer; %NULL for today
 *
 * Shows the dialog; it stores the response when the user adds it.
 *
 * Returns: (transfer none): the dialog
 */
GtkWindow *
engage_nps_response_dialog_present (GtkWidget     *parent,
                                    EngageProject *project,
                                    gint64         survey_id,
                                    const char    *today)
{
  EngageNpsResponseDialog *self;
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  self = engage_nps_response_dialog_new (project, survey_id, today);
  root = gtk_widget_get_root (parent);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (self));

  return GTK_WINDOW (self);
}

/**
 * engage_nps_response_dialog_get_survey_id:
 *
 * Returns: the survey chosen, or 0 when the project has none yet
 */
gint64
engage_nps_response_dialog_get_survey_id (EngageNpsResponseDialog *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_RESPONSE_DIALOG (self), 0);
  return self->survey_id;
}

/**
 * engage_nps_response_dialog_get_date:
 *
 * Returns: the day of the answer, "YYYY-MM-DD"
 */
const char *
engage_nps_response_dialog_get_date (EngageNpsResponseDialog *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_RESPONSE_DIALOG (self), NULL);
  return self->date;
}

/**
 * engage_nps_response_dialog_set_date:
 * @iso_date: the day of the answer, "YYYY-MM-DD"
 */
void
engage_nps_response_dialog_set_date (EngageNpsResponseDialog *self,
                                     const char              *iso_date)
{
  g_autoptr(GDateTime) day = NULL;
  GDate date;

  g_return_if_fail (ENGAGE_IS_NPS_RESPONSE_DIALOG (self));
  g_return_if_fail (iso_date != NULL && engage_iso_date_parse (iso_date, &date));

  g_strlcpy (self->date, iso_date, sizeof self->date);

  day = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                               g_date_get_day (&date), 12, 0, 0);
  g_signal_handlers_block_by_func (self->calendar, on_calendar_day_selected_cb, self);
  gtk_calendar_select_day (self->calendar, day);
  g_signal_handlers_unblock_by_func (self->calendar, on_calendar_day_selected_cb, self);
  update_date_button (self);
}

/**
 * engage_nps_response_dialog_get_score:
 *
 * Returns: the score chosen, 0 to 10, or -1 before one is
 */
int
engage_nps_response_dialog_get_score (EngageNpsResponseDialog *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_RESPONSE_DIALOG (self), -1);

  for (int score = 0; score <= 10; score++)
    if (self->score_buttons[score] != NULL && gtk_toggle_button_get_active (self->score_buttons[score]))
      return score;

  return -1;
}

/**
 * engage_nps_response_dialog_set_score:
 * @score: 0 to 10
 */
void
engage_nps_response_dialog_set_score (EngageNpsResponseDialog *self,
                                      int                      score)
{
  g_return_if_fail (ENGAGE_IS_NPS_RESPONSE_DIALOG (self));
  g_return_if_fail (score >= 0 && score <= 10);

  gtk_toggle_button_set_active (self->score_buttons[score], TRUE);
}

void
engage_nps_response_dialog_set_comment (EngageNpsResponseDialog *self,
                                        const char              *comment)
{
  g_return_if_fail (ENGAGE_IS_NPS_RESPONSE_DIALOG (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->comment_view),
                            comment != NULL ? comment : "", -1);
}

void
engage_nps_response_dialog_set_segment (EngageNpsResponseDialog *self,
                                        const char              *segment)
{
  g_return_if_fail (ENGAGE_IS_NPS_RESPONSE_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->segment_row), segment != NULL ? segment : "");
}

void
engage_nps_response_dialog_set_respondent_id (EngageNpsResponseDialog *self,
                                              const char              *respondent_id)
{
  g_return_if_fail (ENGAGE_IS_NPS_RESPONSE_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->respondent_row),
                         respondent_id != NULL ? respondent_id : "");
}

/**
 * engage_nps_response_dialog_save:
 * @error: return location for a #GError
 *
 * Stores the response as the dialog shows it, as one edit.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_nps_response_dialog_save (EngageNpsResponseDialog  *self,
                                 GError                  **error)
{
  g_autoptr(EngageNpsResponse) response = NULL;
  g_autoptr(EngageNpsSurvey) survey = NULL;
  g_autofree char *comment = NULL;
  g_autofree char *segment = NULL;
  g_autofree char *respondent_id = NULL;
  int score;

  g_return_val_if_fail (ENGAGE_IS_NPS_RESPONSE_DIALOG (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  score = engage_nps_response_dialog_get_score (self);
  if (score < 0)
    {
      g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                           _("Choose the score from 0 to 10 that the respondent gave."));
      return FALSE;
    }

  comment = dup_comment (self);
  segment = dup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->segment_row)));
  respondent_id = dup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->respondent_row)));

  if (!engage_project_begin_group (self->project, error))
    return FALSE;

  if (self->survey_id <= 0)
    {
      survey = create_default_survey (self, error);
      if (survey == NULL)
        {
          engage_project_cancel_group (self->project);
          return FALSE;
        }
      self->survey_id = engage_nps_survey_get_id (survey);
    }

  response = engage_nps_response_new (self->survey_id, self->date, score);
  engage_nps_response_set_comment (response, comment);
  engage_nps_response_set_segment (response, segment);
  engage_nps_response_set_respondent_id (response, respondent_id);

  /* NPS goals derive their measurements from the responses: they follow in
   * the same undo step. */
  if (!engage_project_add_nps_response (self->project, response, error) ||
      !engage_project_derive_kpi_measurements (self->project, 0, NULL, NULL, error))
    {
      engage_project_cancel_group (self->project);
      if (survey != NULL)
        self->survey_id = 0;
      return FALSE;
    }

  if (!engage_project_end_group (self->project, _("Add Response"), error))
    {
      if (survey != NULL)
        self->survey_id = 0;
      return FALSE;
    }

  self->response_id = engage_nps_response_get_id (response);
  return TRUE;
}

/**
 * engage_nps_response_dialog_get_response_id:
 *
 * Returns: the id of the response stored by the last successful save, or 0
 */
gint64
engage_nps_response_dialog_get_response_id (EngageNpsResponseDialog *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_RESPONSE_DIALOG (self), 0);
  return self->response_id;
}
