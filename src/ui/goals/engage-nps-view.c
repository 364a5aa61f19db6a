/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-nps-view"

#include "config.h"

#include "engage-nps-view.h"

#include "engage-chart-format.h"
#include "engage-format.h"
#include "engage-kpi-derive.h"
#include "engage-nps-response.h"
#include "engage-nps-survey.h"
#include "engage-window-private.h"
#include "goals/engage-nps-response-dialog.h"
#include "widgets/engage-chart-view.h"

#include <glib/gi18n.h>

/*
 * Customer recommendation, in full: the Net Promoter Score of a survey with
 * its margin of error and the shares of promoters, passives and detractors,
 * its trend by month or quarter, the scores from 0 to 10, and what the
 * respondents wrote. The comments come from an EngageNpsQuery, which filters
 * in SQL and holds only the pages shown, so a survey with a hundred thousand
 * answers builds a few dozen rows. Everything follows the project's edits;
 * adding and deleting answers are edits that undo takes back.
 */

struct _EngageNpsView
{
  AdwBin             parent_instance;

  /* Template widgets */
  GtkStack          *stack;
  GtkScrolledWindow *scrolled_window;
  GtkLabel          *question_label;
  GtkWidget         *survey_list;
  AdwComboRow       *survey_row;
  GtkLabel          *nps_value_label;
  GtkLabel          *nps_detail_label;
  GtkWidget         *shares_box;
  GtkLabel          *promoters_value_label;
  GtkLabel          *promoters_count_label;
  GtkLabel          *passives_value_label;
  GtkLabel          *passives_count_label;
  GtkLabel          *detractors_value_label;
  GtkLabel          *detractors_count_label;
  GtkWidget         *trend_section;
  GtkBox            *trend_box;
  GtkToggleButton   *month_button;
  GtkToggleButton   *quarter_button;
  GtkWidget         *distribution_section;
  GtkBox            *distribution_box;
  GtkLabel          *comments_heading;
  GtkLabel          *count_label;
  GtkSearchEntry    *search_entry;
  GtkDropDown       *category_dropdown;
  GtkDropDown       *segment_dropdown;
  GtkDropDown       *span_dropdown;
  GtkCheckButton    *all_responses_check;
  GtkStack          *comments_stack;
  GtkListBox        *comments_list;
  GtkWidget         *more_button;
  AdwStatusPage     *comments_status;
  GtkWidget         *reset_button;
  GtkWidget         *import_button;
  GtkWidget         *empty_add_button;

  /* Children made in code */
  EngageChartView   *trend_view;
  EngageChartView   *distribution_view;

  /* Owned */
  EngageProject     *project;
  EngageNpsQuery    *query;
  GtkStringList     *survey_names;
  GArray            *survey_ids;     /* gint64, parallel to survey_names */
  GtkStringList     *segments;       /* "All Segments", then the segments */

  /* State */
  gint64             survey_id;
  EngagePeriod       period;
  EngageNpsSpan      span;
  char               today[11];
  char              *count_text;
  gboolean           syncing;        /* filling the widgets, not the user */
};

G_DEFINE_FINAL_TYPE (EngageNpsView, engage_nps_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_SURVEY_ID,
  PROP_TREND_PERIOD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define STYLE_KEY "engage-nps-view-style"

/* Pure helpers */

/**
 * engage_nps_span_get_range:
 * @span: a period of the comments filter
 * @today: the day to count from, "YYYY-MM-DD"
 * @from_date: (out) (transfer full) (nullable): the first day, or %NULL
 * @to_date: (out) (transfer full) (nullable): the last day, or %NULL
 *
 * Both days are included; %ENGAGE_NPS_SPAN_ALL has no bounds.
 */
void
engage_nps_span_get_range (EngageNpsSpan   span,
                           const char     *today,
                           char          **from_date,
                           char          **to_date)
{
  GDate date, first;

  g_return_if_fail (from_date != NULL && to_date != NULL);

  *from_date = NULL;
  *to_date = NULL;

  if (span == ENGAGE_NPS_SPAN_ALL || today == NULL || !engage_iso_date_parse (today, &date))
    return;

  first = date;
  switch (span)
    {
    case ENGAGE_NPS_SPAN_LAST_30_DAYS:
      g_date_subtract_days (&first, 29);
      break;

    case ENGAGE_NPS_SPAN_LAST_90_DAYS:
      g_date_subtract_days (&first, 89);
      break;

    case ENGAGE_NPS_SPAN_THIS_YEAR:
      g_date_set_dmy (&first, 1, G_DATE_JANUARY, g_date_get_year (&date));
      g_date_set_dmy (&date, 31, G_DATE_DECEMBER, g_date_get_year (&date));
      break;

    case ENGAGE_NPS_SPAN_ALL:
    default:
      g_assert_not_reached ();
    }

  *from_date = engage_iso_date_format (&first);
  *to_date = engage_iso_date_format (&date);
}

/**
 * engage_nps_view_ensure_style:
 * @widget: a widget on the display to style
 *
 * Loads the style of the NPS view and its dialog, once per display.
 */
void
engage_nps_view_ensure_style (GtkWidget *widget)
{
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gtk_widget_get_display (widget);

  if (display == NULL || g_object_get_data (G_OBJECT (display), STYLE_KEY) != NULL)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/engageplanner/Engage/ui/goals/engage-nps-view.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), STYLE_KEY, g_steal_pointer (&provider), g_object_unref);
}

/* Helpers */

static const char *
category_style_class (EngageNpsCategory category)
{
  switch (category)
    {
    case ENGAGE_NPS_CATEGORY_PROMOTER:
      return "promoter";
    case ENGAGE_NPS_CATEGORY_PASSIVE:
      return "passive";
    case ENGAGE_NPS_CATEGORY_DETRACTOR:
      return "detractor";
    case ENGAGE_NPS_CATEGORY_ANY:
    default:
      return "no-score";
    }
}

static EngageChartView *
create_chart_card (GtkBox *container)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *view = engage_chart_view_new ();

  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_margin_start (view, 12);
  gtk_widget_set_margin_end (view, 12);
  gtk_widget_set_margin_top (view, 8);
  gtk_widget_set_margin_bottom (view, 12);
  gtk_box_append (GTK_BOX (card), view);
  gtk_box_append (container, card);

  return ENGAGE_CHART_VIEW (view);
}

static void
show_error (EngageNpsView *self,
            const char    *heading,
            const GError  *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ENGAGE_IS_WINDOW (root))
    engage_window_show_error (ENGAGE_WINDOW (root), heading, error->message);
  else
    g_warning ("%s: %s", heading, error->message);
}

static void
show_undo_toast (EngageNpsView *self,
                 const char    *title)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ENGAGE_IS_WINDOW (root))
    _engage_window_show_undo_toast (ENGAGE_WINDOW (root), title);
}

static gboolean
filters_active (EngageNpsView *self)
{
  return gtk_drop_down_get_selected (self->category_dropdown) != 0 ||
         gtk_drop_down_get_selected (self->segment_dropdown) != 0 ||
         gtk_drop_down_get_selected (self->span_dropdown) != 0 ||
         engage_nps_query_get_text (self->query) != NULL;
}

/* The comments */

static char *
dup_meta_text (EngageNpsResponse *response)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *date = engage_format_iso_date (engage_nps_response_get_date (response));
  const char *segment = engage_nps_response_get_segment (response);
  const char *respondent = engage_nps_response_get_respondent_id (response);

  g_string_append (text, date != NULL ? date : engage_nps_response_get_date (response));
  if (segment != NULL && segment[0] != '\0')
    g_string_append_printf (text, " · %s", segment);
  if (respondent != NULL && respondent[0] != '\0')
    g_string_append_printf (text, " · %s", respondent);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
create_comment_row (gpointer item,
                    gpointer user_data)
{
  EngageNpsResponse *response = item;
  int score = engage_nps_response_get_score (response);
  EngageNpsCategory category = engage_nps_category_for_score (score);
  const char *comment = engage_nps_response_get_comment (response);
  gboolean has_comment = comment != NULL && comment[0] != '\0';
  gint64 id = engage_nps_response_get_id (response);
  g_autofree char *badge_text = NULL;
  g_autofree char *meta_text = dup_meta_text (response);
  g_autofree char *accessible = NULL;
  g_autofree char *delete_label = NULL;
  GtkShortcutController *shortcuts;
  GtkWidget *row, *box, *top, *badge, *meta, *delete_button, *text;

  if (score >= 0)
    /* Translators: the badge of a response: its score and category, "9 · Promoter" */
    badge_text = g_strdup_printf (_("%d · %s"), score, engage_nps_category_get_label (category));
  else
    badge_text = g_strdup (engage_nps_category_get_label (category));

  badge = gtk_label_new (badge_text);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (badge, "nps-badge");
  gtk_widget_add_css_class (badge, category_style_class (category));
  gtk_widget_add_css_class (badge, "numeric");

  meta = gtk_label_new (meta_text);
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_label_set_wrap (GTK_LABEL (meta), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (meta), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (meta, TRUE);
  gtk_widget_set_valign (meta, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_widget_add_css_class (meta, "caption");

  delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (delete_button, _("Delete Response"));
  gtk_widget_add_css_class (delete_button, "flat");
  gtk_widget_add_css_class (delete_button, "circular");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete_button), "nps.delete-response");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (delete_button), g_variant_new_int64 (id));
  /* Translators: the delete button of a response; %s is its date and segment */
  delete_label = g_strdup_printf (_("Delete the response of %s"), meta_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_label,
                                  -1);

  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  gtk_box_append (GTK_BOX (top), badge);
  gtk_box_append (GTK_BOX (top), meta);
  gtk_box_append (GTK_BOX (top), delete_button);

  text = gtk_label_new (has_comment ? comment : _("No comment"));
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (text, "nps-comment");
  if (!has_comment)
    gtk_widget_add_css_class (text, "dim-label");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_add_css_class (box, "nps-comment-row");
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), text);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* Screen readers hear the whole answer at once, the category in words. */
  if (score >= 0)
    /* Translators: what a screen reader says for a response: score, category,
     * date (and segment), comment */
    accessible = g_strdup_printf (_("Score %d, %s, %s: %s"), score,
                                  engage_nps_category_get_label (category), meta_text,
                                  has_comment ? comment : _("No comment"));
  else
    accessible = g_strdup_printf (_("No score, %s: %s"), meta_text,
                                  has_comment ? comment : _("No comment"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  /* Delete on the focused row, as with the button. */
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new_with_arguments (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                                         gtk_named_action_new ("nps.delete-response"),
                                                                         "x", id));
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (shortcuts));

  return row;
}

static void
update_comments (EngageNpsView *self)
{
  guint n_matches = engage_nps_query_get_n_matches (self->query);
  gboolean with_comment = engage_nps_query_get_with_comment (self->query);
  gboolean has_more = engage_nps_query_get_has_more (self->query);
  gboolean filtered = filters_active (self);
  g_autofree char *number = engage_format_number (n_matches);

  g_free (self->count_text);
  if (with_comment)
    self->count_text = g_strdup_printf (ngettext ("%s comment", "%s comments", n_matches), number);
  else
    self->count_text = g_strdup_printf (ngettext ("%s response", "%s responses", n_matches), number);
  gtk_label_set_label (self->count_label, self->count_text);
  gtk_label_set_label (self->comments_heading, with_comment ? _("Comments") : _("Responses"));

  gtk_widget_set_visible (self->more_button, has_more);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "nps.load-more", has_more);

  if (n_matches > 0)
    {
      gtk_stack_set_visible_child_name (self->comments_stack, "list");
      return;
    }

  if (filtered)
    {
      adw_status_page_set_title (self->comments_status,
                                 with_comment ? _("No Comments Match") : _("No Responses Match"));
      adw_status_page_set_description (self->comments_status,
                                       _("Try another category, segment or period, or other words."));
    }
  else
    {
      adw_status_page_set_title (self->comments_status,
                                 with_comment ? _("No Comments Yet") : _("No Responses Yet"));
      adw_status_page_set_description (self->comments_status,
                                       with_comment ? _("The respondents of this survey left no comments.")
                                                    : NULL);
    }
  gtk_widget_set_visible (self->reset_button, filtered || !with_comment);
  gtk_stack_set_visible_child_name (self->comments_stack, "empty");
}

/* The score and the charts */

static void
set_share (GtkLabel *value_label,
           GtkLabel *count_label,
           guint     count,
           guint     n)
{
  g_autofree char *share = NULL;
  g_autofree char *number = engage_format_number (count);
  g_autofree char *responses = NULL;

  share = n > 0 ? engage_chart_format_percent ((double) count / n, 0) : g_strdup ("–");
  responses = g_strdup_printf (ngettext ("%s response", "%s responses", count), number);
  gtk_label_set_label (value_label, share);
  gtk_label_set_label (count_label, responses);
}

static void
rebuild_summary (EngageNpsView *self)
{
  g_autoptr(GError) error = NULL;
  EngageNpsSummary summary;

  if (self->survey_id <= 0 ||
      !engage_project_summarize_nps (self->project, self->survey_id, NULL, NULL, &summary, &error))
    {
      if (error != NULL)
        g_warning ("Could not compute the NPS: %s", error->message);
      engage_nps_summary_init (&summary);
    }

  if (summary.n == 0)
    {
      gtk_label_set_label (self->nps_value_label, _("No Score Yet"));
      gtk_label_set_label (self->nps_detail_label,
                           _("This survey has no responses with a score yet."));
    }
  else
    {
      g_autofree char *nps = engage_chart_format_signed (summary.nps, 0);
      g_autofree char *margin = engage_chart_format_number (summary.margin, 0);
      g_autofree char *n = engage_format_number (summary.n);
      g_autofree char *value = NULL;
      g_autofree char *detail = NULL;

      /* Translators: the Net Promoter Score with its margin of error, e.g. "NPS 36 ± 8" */
      value = g_strdup_printf (_("NPS %s ± %s"), nps, margin);
      if (summary.adjusted_wald)
        /* Translators: %s is the number of responses with a score */
        detail = g_strdup_printf (_("n = %s · 95 %% margin of error by the adjusted-Wald method, "
                                    "as there are fewer than 100 responses"), n);
      else
        detail = g_strdup_printf (_("n = %s · 95 %% margin of error"), n);

      gtk_label_set_label (self->nps_value_label, value);
      gtk_label_set_label (self->nps_detail_label, detail);
    }

  set_share (self->promoters_value_label, self->promoters_count_label, summary.promoters, summary.n);
  set_share (self->passives_value_label, self->passives_count_label, summary.passives, summary.n);
  set_share (self->detractors_value_label, self->detractors_count_label, summary.detractors, summary.n);
  gtk_widget_set_visible (self->shares_box, summary.n > 0);
  gtk_widget_set_visible (self->trend_section, summary.n > 0);
  gtk_widget_set_visible (self->distribution_section, summary.n > 0);
}

static void
rebuild_trend (EngageNpsView *self)
{
  g_autoptr(EngageChart) chart = NULL;
  g_autoptr(GError) error = NULL;

  if (self->survey_id > 0)
    {
      chart = engage_chart_data_build_nps_trend (self->project, self->survey_id, self->period,
                                                 NULL, NULL, self->today, &error);
      if (chart == NULL)
        g_warning ("Could not build the NPS trend: %s", error->message);
    }

  engage_chart_view_set_chart (self->trend_view, chart);
}

static void
rebuild_distribution (EngageNpsView *self)
{
  g_autoptr(EngageChart) chart = NULL;
  g_autoptr(GError) error = NULL;

  if (self->survey_id > 0)
    {
      chart = engage_chart_data_build_nps_distribution (self->project, self->survey_id,
                                                        NULL, NULL, self->today, &error);
      if (chart == NULL)
        g_warning ("Could not build the NPS scores: %s", error->message);
    }

  engage_chart_view_set_chart (self->distribution_view, chart);
}

/* The filters' choices */

static void
rebuild_segments (EngageNpsView *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) segments = NULL;
  g_autofree char *selected = NULL;
  guint position = 0;
  guint n_items;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->segments));
  if (gtk_drop_down_get_selected (self->segment_dropdown) > 0 &&
      gtk_drop_down_get_selected (self->segment_dropdown) < n_items)
    selected = g_strdup (gtk_string_list_get_string (self->segments,
                                                     gtk_drop_down_get_selected (self->segment_dropdown)));

  segments = self->survey_id > 0 ? engage_project_list_nps_segments (self->project, self->survey_id, &error)
                                 : g_new0 (char *, 1);
  if (segments == NULL)
    {
      g_warning ("Could not list the segments: %s", error->message);
      segments = g_new0 (char *, 1);
    }

  for (guint i = 0; segments[i] != NULL; i++)
    if (g_strcmp0 (segments[i], selected) == 0)
      position = i + 1;

  self->syncing = TRUE;
  gtk_string_list_splice (self->segments, 1, n_items - 1, (const char * const *) segments);
  gtk_drop_down_set_selected (self->segment_dropdown, position);
  self->syncing = FALSE;

  /* A segment that is gone leaves the filter. */
  engage_nps_query_set_segment (self->query, position > 0 ? selected : NULL);
}

/* Fills the survey row and picks the survey to show: the one shown before if
 * it is still there, else the one with the latest answers. */
static void
rebuild_surveys (EngageNpsView *self)
{
  g_autoptr(GListModel) surveys = engage_project_list_nps_surveys (self->project);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint n_surveys = g_list_model_get_n_items (surveys);
  gint64 survey_id = 0;
  guint position = 0;

  g_array_set_size (self->survey_ids, 0);
  for (guint i = 0; i < n_surveys; i++)
    {
      g_autoptr(EngageNpsSurvey) survey = g_list_model_get_item (surveys, i);
      gint64 id = engage_nps_survey_get_id (survey);

      g_array_append_val (self->survey_ids, id);
      g_ptr_array_add (names, g_strdup (engage_nps_survey_get_name (survey)));
      if (id == self->survey_id)
        survey_id = id;
    }
  g_ptr_array_add (names, NULL);

  if (survey_id == 0 && n_surveys > 0)
    {
      g_autoptr(GError) error = NULL;

      survey_id = engage_project_find_latest_nps_survey (self->project, &error);
      if (error != NULL)
        g_warning ("Could not find the latest survey: %s", error->message);
      if (survey_id == 0)
        survey_id = g_array_index (self->survey_ids, gint64, 0);
    }

  for (guint i = 0; i < self->survey_ids->len; i++)
    if (g_array_index (self->survey_ids, gint64, i) == survey_id)
      position = i;

  self->syncing = TRUE;
  gtk_string_list_splice (self->survey_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->survey_names)),
                          (const char * const *) names->pdata);
  adw_combo_row_set_selected (self->survey_row, position);
  self->syncing = FALSE;

  gtk_widget_set_visible (self->survey_list, n_surveys > 1);

  if (self->survey_id != survey_id)
    {
      self->survey_id = survey_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SURVEY_ID]);
    }
}

static void
update_question (EngageNpsView *self)
{
  g_autoptr(EngageNpsSurvey) survey = NULL;
  const char *question = NULL;

  if (self->survey_id > 0)
    survey = engage_project_get_nps_survey (self->project, self->survey_id, NULL);
  if (survey != NULL)
    question = engage_nps_survey_get_question (survey);

  if (question == NULL || question[0] == '\0')
    question = _("How likely is it that you would recommend us? Promoters answer 9 or 10, "
                 "passives 7 or 8, detractors 0 to 6; the score is the share of promoters "
                 "minus the share of detractors.");
  gtk_label_set_label (self->question_label, question);
}

static void
update_page (EngageNpsView *self)
{
  EngageProjectCounts counts = { 0 };
  g_autoptr(GError) error = NULL;

  if (!engage_project_get_counts (self->project, &counts, &error))
    g_warning ("Could not count the responses: %s", error->message);

  gtk_stack_set_visible_child_name (self->stack, counts.nps_responses > 0 ? "nps" : "empty");
}

/* Everything that depends on the survey and its answers. */
static void
rebuild (EngageNpsView *self)
{
  rebuild_surveys (self);
  engage_nps_query_set_survey_id (self->query, self->survey_id);
  update_question (self);
  rebuild_summary (self);
  rebuild_trend (self);
  rebuild_distribution (self);
  rebuild_segments (self);
  update_page (self);
}

static void
apply_span (EngageNpsView *self)
{
  g_autofree char *from_date = NULL;
  g_autofree char *to_date = NULL;

  engage_nps_span_get_range (self->span, self->today, &from_date, &to_date);
  engage_nps_query_set_range (self->query, from_date, to_date);
}

/* Callbacks */

static void
on_project_changed_cb (EngageNpsView *self,
                       guint          tables,
                       EngageProject *project)
{
  if (tables & (ENGAGE_TABLE_SURVEY | ENGAGE_TABLE_RESPONSE))
    rebuild (self);
}

static void
on_query_notify_cb (EngageNpsView  *self,
                    GParamSpec     *pspec,
                    EngageNpsQuery *query)
{
  update_comments (self);
}

static void
on_survey_row_selected_cb (EngageNpsView *self,
                           GParamSpec    *pspec,
                           AdwComboRow   *row)
{
  guint position = adw_combo_row_get_selected (row);

  if (self->syncing || self->project == NULL || position >= self->survey_ids->len)
    return;

  engage_nps_view_set_survey_id (self, g_array_index (self->survey_ids, gint64, position));
}

static void
on_period_button_toggled_cb (EngageNpsView   *self,
                             GtkToggleButton *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  engage_nps_view_set_trend_period (self, button == self->quarter_button ? ENGAGE_PERIOD_QUARTER
                                                                         : ENGAGE_PERIOD_MONTH);
}

static void
on_search_entry_search_changed_cb (EngageNpsView  *self,
                                   GtkSearchEntry *entry)
{
  if (self->query != NULL)
    engage_nps_query_set_text (self->query, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_category_dropdown_selected_cb (EngageNpsView *self,
                                  GParamSpec    *pspec,
                                  GtkDropDown   *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->query != NULL && selected <= ENGAGE_NPS_CATEGORY_DETRACTOR)
    engage_nps_query_set_category (self->query, selected);
}

static void
on_segment_dropdown_selected_cb (EngageNpsView *self,
                                 GParamSpec    *pspec,
                                 GtkDropDown   *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->syncing || self->query == NULL)
    return;

  engage_nps_query_set_segment (self->query,
                                selected > 0 && selected != GTK_INVALID_LIST_POSITION
                                ? gtk_string_list_get_string (self->segments, selected) : NULL);
}

static void
on_span_dropdown_selected_cb (EngageNpsView *self,
                              GParamSpec    *pspec,
                              GtkDropDown   *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->query == NULL || selected > ENGAGE_NPS_SPAN_THIS_YEAR)
    return;

  self->span = selected;
  apply_span (self);
}

static void
on_all_responses_check_toggled_cb (EngageNpsView  *self,
                                   GtkCheckButton *check)
{
  if (self->query != NULL)
    engage_nps_query_set_with_comment (self->query, !gtk_check_button_get_active (check));
}

static void
on_scrolled_window_edge_reached_cb (EngageNpsView     *self,
                                    GtkPositionType    position,
                                    GtkScrolledWindow *scrolled_window)
{
  /* Scrolling to the end shows the next page, as Show More does. */
  if (position == GTK_POS_BOTTOM && self->query != NULL &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->comments_stack), "list") == 0)
    engage_nps_query_load_more (self->query);
}

/* Ctrl+F works wherever the focus is while the view is on screen; elsewhere
 * the shortcut goes on to whoever else wants it. */
static gboolean
search_shortcut_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;

  return gtk_widget_activate_action (widget, "nps.search", NULL);
}

/* Actions */

static void
add_response_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  engage_nps_view_add_response (ENGAGE_NPS_VIEW (widget));
}

static void
delete_response_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  EngageNpsView *self = ENGAGE_NPS_VIEW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(EngageNpsResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;

  response = engage_project_get_nps_response (self->project, id, &error);
  if (response == NULL)
    return;

  /* NPS goals derive their measurements from the responses: they follow in
   * the same undo step. */
  if (!engage_project_begin_group (self->project, &error))
    {
      show_error (self, _("Could Not Delete Response"), error);
      return;
    }
  if (!engage_project_delete_nps_response (self->project, id, &error) ||
      !engage_project_derive_kpi_measurements (self->project, 0, NULL, NULL, &error))
    {
      engage_project_cancel_group (self->project);
      show_error (self, _("Could Not Delete Response"), error);
      return;
    }
  if (!engage_project_end_group (self->project, _("Delete Response"), &error))
    {
      show_error (self, _("Could Not Delete Response"), error);
      return;
    }

  date = engage_format_iso_date (engage_nps_response_get_date (response));
  /* Translators: a toast after a survey response was deleted; %s is its date */
  title = g_strdup_printf (_("Response of %s deleted"),
                           date != NULL ? date : engage_nps_response_get_date (response));
  show_undo_toast (self, title);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EngageNpsView *self = ENGAGE_NPS_VIEW (widget);

  if (!g_str_equal (gtk_stack_get_visible_child_name (self->stack), "nps"))
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
reset_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  EngageNpsView *self = ENGAGE_NPS_VIEW (widget);

  gtk_drop_down_set_selected (self->category_dropdown, 0);
  gtk_drop_down_set_selected (self->segment_dropdown, 0);
  gtk_drop_down_set_selected (self->span_dropdown, 0);
  gtk_check_button_set_active (self->all_responses_check, FALSE);
  engage_nps_view_set_search_text (self, NULL);
}

static void
load_more_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  engage_nps_query_load_more (ENGAGE_NPS_VIEW (widget)->query);
}

/* Vfuncs */

static void
engage_nps_view_root (GtkWidget *widget)
{
  EngageNpsView *self = ENGAGE_NPS_VIEW (widget);
  gboolean can_import;
  GtkRoot *root;

  GTK_WIDGET_CLASS (engage_nps_view_parent_class)->root (widget);

  /* The window imports surveys; without that action, only adding by hand. */
  root = gtk_widget_get_root (widget);
  can_import = G_IS_ACTION_GROUP (root) && g_action_group_has_action (G_ACTION_GROUP (root), "import-nps");
  gtk_widget_set_visible (self->import_button, can_import);
  if (can_import)
    gtk_widget_remove_css_class (self->empty_add_button, "suggested-action");
  else
    gtk_widget_add_css_class (self->empty_add_button, "suggested-action");
}

static void
engage_nps_view_constructed (GObject *object)
{
  EngageNpsView *self = ENGAGE_NPS_VIEW (object);
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;

  G_OBJECT_CLASS (engage_nps_view_parent_class)->constructed (object);

  g_assert (ENGAGE_IS_PROJECT (self->project));

  now = g_date_time_new_now (engage_project_get_tz (self->project));
  today = g_date_time_format (now, "%Y-%m-%d");
  g_strlcpy (self->today, today, sizeof self->today);

  self->query = engage_nps_query_new (self->project, 0);
  engage_nps_query_set_with_comment (self->query, TRUE);
  /* Any change of the filter or the count: the count, the empty state and
   * Show More follow. */
  g_signal_connect_object (self->query, "notify", G_CALLBACK (on_query_notify_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_list_box_bind_model (self->comments_list, G_LIST_MODEL (self->query),
                           create_comment_row, self, NULL);

  g_signal_connect_object (self->project, "changed", G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);

  rebuild (self);
  update_comments (self);
}

static void
engage_nps_view_dispose (GObject *object)
{
  EngageNpsView *self = ENGAGE_NPS_VIEW (object);

  if (self->comments_list != NULL)
    gtk_list_box_bind_model (self->comments_list, NULL, NULL, NULL, NULL);

  /* AdwBin unparents its child itself; the template must not do it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ENGAGE_TYPE_NPS_VIEW);

  g_clear_object (&self->query);
  g_clear_object (&self->survey_names);
  g_clear_object (&self->segments);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (engage_nps_view_parent_class)->dispose (object);
}

static void
engage_nps_view_finalize (GObject *object)
{
  EngageNpsView *self = ENGAGE_NPS_VIEW (object);

  g_clear_pointer (&self->survey_ids, g_array_unref);
  g_free (self->count_text);

  G_OBJECT_CLASS (engage_nps_view_parent_class)->finalize (object);
}

static void
engage_nps_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  EngageNpsView *self = ENGAGE_NPS_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_SURVEY_ID:
      g_value_set_int64 (value, self->survey_id);
      break;

    case PROP_TREND_PERIOD:
      g_value_set_int (value, self->period);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_nps_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  EngageNpsView *self = ENGAGE_NPS_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;

    case PROP_SURVEY_ID:
      engage_nps_view_set_survey_id (self, g_value_get_int64 (value));
      break;

    case PROP_TREND_PERIOD:
      engage_nps_view_set_trend_period (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_nps_view_class_init (EngageNpsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = engage_nps_view_constructed;
  object_class->dispose = engage_nps_view_dispose;
  object_class->finalize = engage_nps_view_finalize;
  object_class->get_property = engage_nps_view_get_property;
  object_class->set_property = engage_nps_view_set_property;

  widget_class->root = engage_nps_view_root;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         ENGAGE_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SURVEY_ID] =
    g_param_spec_int64 ("survey-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TREND_PERIOD] =
    g_param_spec_int ("trend-period", NULL, NULL, ENGAGE_PERIOD_DAY, ENGAGE_PERIOD_YEAR,
                      ENGAGE_PERIOD_MONTH,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/goals/engage-nps-view.ui");
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, stack);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, question_label);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, survey_list);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, survey_row);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, nps_value_label);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, nps_detail_label);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, shares_box);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, promoters_value_label);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, promoters_count_label);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, passives_value_label);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, passives_count_label);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, detractors_value_label);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, detractors_count_label);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, trend_section);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, trend_box);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, month_button);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, quarter_button);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, distribution_section);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, distribution_box);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, comments_heading);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, count_label);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, segment_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, span_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, all_responses_check);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, comments_stack);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, comments_list);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, more_button);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, comments_status);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, reset_button);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, import_button);
  gtk_widget_class_bind_template_child (widget_class, EngageNpsView, empty_add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_survey_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_period_button_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_category_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_segment_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_span_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_all_responses_check_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_scrolled_window_edge_reached_cb);

  gtk_widget_class_install_action (widget_class, "nps.add-response", NULL, add_response_action);
  gtk_widget_class_install_action (widget_class, "nps.delete-response", "x", delete_response_action);
  gtk_widget_class_install_action (widget_class, "nps.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "nps.reset-filters", NULL, reset_filters_action);
  gtk_widget_class_install_action (widget_class, "nps.load-more", NULL, load_more_action);

  gtk_widget_class_set_css_name (widget_class, "nps-view");
}

static void
engage_nps_view_init (EngageNpsView *self)
{
  g_autoptr(GtkStringList) segments = NULL;
  GtkEventController *shortcuts;

  self->period = ENGAGE_PERIOD_MONTH;
  self->survey_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
  engage_nps_view_ensure_style (GTK_WIDGET (self));

  self->survey_names = gtk_string_list_new (NULL);
  adw_combo_row_set_model (self->survey_row, G_LIST_MODEL (self->survey_names));

  self->segments = gtk_string_list_new (NULL);
  gtk_string_list_append (self->segments, _("All Segments"));
  gtk_drop_down_set_model (self->segment_dropdown, G_LIST_MODEL (self->segments));

  self->trend_view = create_chart_card (self->trend_box);
  self->distribution_view = create_chart_card (self->distribution_box);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (search_shortcut_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

/* Public API */

/**
 * engage_nps_view_new:
 * @project: an open project
 *
 * Returns: (transfer floating): the NPS view of @project's latest survey
 */
GtkWidget *
engage_nps_view_new (EngageProject *project)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return g_object_new (ENGAGE_TYPE_NPS_VIEW, "project", project, NULL);
}

/**
 * engage_nps_view_get_project:
 *
 * Returns: (transfer none): the project
 */
EngageProject *
engage_nps_view_get_project (EngageNpsView *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_VIEW (self), NULL);
  return self->project;
}

/**
 * engage_nps_view_get_survey_id:
 *
 * Returns: the survey shown, or 0 when the project has none
 */
gint64
engage_nps_view_get_survey_id (EngageNpsView *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_VIEW (self), 0);
  return self->survey_id;
}

/**
 * engage_nps_view_set_survey_id:
 * @survey_id: a survey of the project
 *
 * Shows @survey_id; an id that is not a survey of the project is ignored.
 */
void
engage_nps_view_set_survey_id (EngageNpsView *self,
                               gint64         survey_id)
{
  g_return_if_fail (ENGAGE_IS_NPS_VIEW (self));

  if (self->survey_id == survey_id || self->project == NULL)
    return;

  for (guint i = 0; i < self->survey_ids->len; i++)
    if (g_array_index (self->survey_ids, gint64, i) == survey_id)
      {
        self->survey_id = survey_id;
        rebuild (self);
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SURVEY_ID]);
        return;
      }
}

/**
 * engage_nps_view_get_trend_period:
 *
 * Returns: the length of the trend's periods
 */
EngagePeriod
engage_nps_view_get_trend_period (EngageNpsView *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_VIEW (self), ENGAGE_PERIOD_MONTH);
  return self->period;
}

/**
 * engage_nps_view_set_trend_period:
 * @period: %ENGAGE_PERIOD_MONTH or %ENGAGE_PERIOD_QUARTER
 *
 * Shows the trend by months or by quarters, as the toggle above it does.
 */
void
engage_nps_view_set_trend_period (EngageNpsView *self,
                                  EngagePeriod   period)
{
  g_return_if_fail (ENGAGE_IS_NPS_VIEW (self));
  g_return_if_fail (period == ENGAGE_PERIOD_MONTH || period == ENGAGE_PERIOD_QUARTER);

  if (self->period == period)
    return;

  self->period = period;
  gtk_toggle_button_set_active (period == ENGAGE_PERIOD_QUARTER ? self->quarter_button
                                                                : self->month_button, TRUE);
  if (self->project != NULL)
    rebuild_trend (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TREND_PERIOD]);
}

/**
 * engage_nps_view_get_today:
 *
 * Returns: the day the periods of the comments filter count from
 */
const char *
engage_nps_view_get_today (EngageNpsView *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_VIEW (self), NULL);
  return self->today;
}

/**
 * engage_nps_view_set_today:
 * @today: "YYYY-MM-DD"
 *
 * Sets the day the view counts from, for tests and screenshots that must
 * not depend on the date.
 */
void
engage_nps_view_set_today (EngageNpsView *self,
                           const char    *today)
{
  g_return_if_fail (ENGAGE_IS_NPS_VIEW (self));
  g_return_if_fail (today != NULL && engage_iso_date_is_valid (today));

  if (g_str_equal (self->today, today))
    return;

  g_strlcpy (self->today, today, sizeof self->today);
  apply_span (self);
  rebuild_trend (self);
  rebuild_distribution (self);
}

/**
 * engage_nps_view_set_category:
 * @category: the category of the comments to list
 */
void
engage_nps_view_set_category (EngageNpsView     *self,
                              EngageNpsCategory  category)
{
  g_return_if_fail (ENGAGE_IS_NPS_VIEW (self));
  g_return_if_fail (category <= ENGAGE_NPS_CATEGORY_DETRACTOR);

  gtk_drop_down_set_selected (self->category_dropdown, category);
}

/**
 * engage_nps_view_set_segment:
 * @segment: (nullable): the segment of the comments to list; %NULL for all
 *
 * A segment that no response of the survey names selects all.
 */
void
engage_nps_view_set_segment (EngageNpsView *self,
                             const char    *segment)
{
  guint n_items;
  guint position = 0;

  g_return_if_fail (ENGAGE_IS_NPS_VIEW (self));

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->segments));
  for (guint i = 1; segment != NULL && i < n_items; i++)
    if (g_str_equal (gtk_string_list_get_string (self->segments, i), segment))
      position = i;

  gtk_drop_down_set_selected (self->segment_dropdown, position);
}

/**
 * engage_nps_view_set_span:
 * @span: the period of the comments to list
 */
void
engage_nps_view_set_span (EngageNpsView *self,
                          EngageNpsSpan  span)
{
  g_return_if_fail (ENGAGE_IS_NPS_VIEW (self));
  g_return_if_fail (span <= ENGAGE_NPS_SPAN_THIS_YEAR);

  gtk_drop_down_set_selected (self->span_dropdown, span);
}

/**
 * engage_nps_view_set_search_text:
 * @text: (nullable): words to look for in the comments
 *
 * Fills the search entry and filters at once, without the entry's delay.
 */
void
engage_nps_view_set_search_text (EngageNpsView *self,
                                 const char    *text)
{
  g_return_if_fail (ENGAGE_IS_NPS_VIEW (self));

  g_signal_handlers_block_by_func (self->search_entry, on_search_entry_search_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  g_signal_handlers_unblock_by_func (self->search_entry, on_search_entry_search_changed_cb, self);
  engage_nps_query_set_text (self->query, text);
  update_comments (self);
}

/**
 * engage_nps_view_get_query:
 *
 * Returns: (transfer none): the model of the comments list
 */
EngageNpsQuery *
engage_nps_view_get_query (EngageNpsView *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_VIEW (self), NULL);
  return self->query;
}

/**
 * engage_nps_view_get_n_rows:
 *
 * Returns: how many rows the comments list has made
 */
guint
engage_nps_view_get_n_rows (EngageNpsView *self)
{
  guint n_rows = 0;

  g_return_val_if_fail (ENGAGE_IS_NPS_VIEW (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->comments_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      n_rows++;

  return n_rows;
}

/**
 * engage_nps_view_get_count_text:
 *
 * Returns: the count above the comments, e.g. "37 comments"
 */
const char *
engage_nps_view_get_count_text (EngageNpsView *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_VIEW (self), NULL);
  return self->count_text;
}

/**
 * engage_nps_view_get_trend_chart:
 *
 * Returns: (transfer none) (nullable): the trend chart shown
 */
EngageChart *
engage_nps_view_get_trend_chart (EngageNpsView *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_VIEW (self), NULL);
  return engage_chart_view_get_chart (self->trend_view);
}

/**
 * engage_nps_view_add_response:
 *
 * Opens the dialog that adds a response to the survey shown.
 *
 * Returns: (transfer none): the dialog
 */
GtkWindow *
engage_nps_view_add_response (EngageNpsView *self)
{
  g_return_val_if_fail (ENGAGE_IS_NPS_VIEW (self), NULL);

  return engage_nps_response_dialog_present (GTK_WIDGET (self), self->project, self->survey_id,
                                             self->today);
}
