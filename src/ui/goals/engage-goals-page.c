/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-goals-page"

#include "config.h"

#include <string.h>

#include "engage-goals-page.h"

#include "engage-channel.h"
#include "engage-chart-data.h"
#include "engage-chart-format.h"
#include "engage-engagement-view.h"
#include "engage-kpi-card.h"
#include "engage-kpi-detail.h"
#include "engage-kpi-editor.h"
#include "engage-measurement-dialog.h"
#include "engage-nps-view.h"
#include "engage-kpi.h"
#include "engage-measurement.h"
#include "engage-metrics.h"
#include "engage-nps-response.h"
#include "engage-nps-survey.h"
#include "widgets/engage-chart-view.h"

#include <glib/gi18n.h>

/*
 * The goals of the strategy. A sidebar lists the overview and every goal; the
 * overview has a card per KPI with its latest value and progress, the Net
 * Promoter Score with its margin of error and charts, the NPS surveys with
 * their number of responses, and the engagement rate over time and per
 * channel. A card or a goal in the sidebar opens the goal in full
 * (EngageKpiDetail). Rebuilt from the live models whenever the project reports
 * a change to what the page shows; each chart is built once per change, not
 * per frame.
 *
 * On a narrow window the sidebar and the content take turns; Back, Alt+Left or
 * a swipe return to the sidebar.
 */

struct _EngageGoalsPage
{
  AdwBin               parent_instance;

  /* Template widgets */
  GtkStack            *stack;
  AdwLeaflet          *leaflet;
  GtkWidget           *content;
  GtkStack            *content_stack;
  GtkListBox          *overview_list;
  GtkListBoxRow       *overview_row;
  GtkListBox          *kpi_list;
  GtkWidget           *kpi_empty_label;
  GtkWidget           *more_separator;
  GtkListBox          *more_list;
  GtkLabel            *summary_label;
  GtkFlowBox          *kpi_box;
  GtkWidget           *kpi_empty_box;
  AdwPreferencesGroup *nps_group;
  GtkWidget           *nps_section;
  GtkLabel            *nps_value_label;
  GtkLabel            *nps_detail_label;
  GtkFlowBox          *nps_charts_box;
  GtkWidget           *engagement_section;
  GtkBox              *engagement_box;

  /* Children of the boxes above */
  EngageChartView     *nps_view;
  EngageChartView     *distribution_view;
  EngageChartView     *engagement_view;
  EngageChartView     *channels_view;
  EngageKpiDetail     *detail;

  /* Owned */
  EngageProject       *project;
  GListModel          *kpis;
  GListModel          *surveys;
  GListModel          *channels;

  /* State: the rows in nps_group, owned by the group */
  GPtrArray           *nps_rows;

  /* State: what the content shows */
  const char          *view;          /* "overview", "kpi" or a name in more_list */
  gint64               selected_kpi;  /* the goal shown or last shown, or 0 */
  gint64               restore_id;    /* a deleted goal that undo may bring back */
  gboolean             selecting;
};

G_DEFINE_FINAL_TYPE (EngageGoalsPage, engage_goals_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Data on the sidebar's rows */
#define KPI_ID_KEY "engage-kpi-id"
#define VIEW_KEY "engage-view"
#define LABEL_KEY "engage-label"
#define ICON_KEY "engage-icon"

/* Pure helpers */

/**
 * engage_goals_format_summary:
 * @n_goals: the number of goals
 * @n_reached: how many of them meet their target
 * @n_unmeasured: how many have no measurement
 *
 * Returns: (transfer full): one line for the top of the page, e.g.
 *   "5 goals · 2 reached · 1 without measurements"
 */
char *
engage_goals_format_summary (guint n_goals,
                             guint n_reached,
                             guint n_unmeasured)
{
  g_autoptr(GString) summary = g_string_new (NULL);

  g_string_append_printf (summary, ngettext ("%u goal", "%u goals", n_goals), n_goals);

  if (n_goals == 0)
    return g_string_free (g_steal_pointer (&summary), FALSE);

  g_string_append (summary, " · ");
  g_string_append_printf (summary, ngettext ("%u reached", "%u reached", n_reached), n_reached);

  if (n_unmeasured > 0)
    {
      g_string_append (summary, " · ");
      g_string_append_printf (summary,
                              ngettext ("%u without measurements",
                                        "%u without measurements",
                                        n_unmeasured),
                              n_unmeasured);
    }

  return g_string_free (g_steal_pointer (&summary), FALSE);
}

/* Helpers */

static char *
dup_channel_name (EngageGoalsPage *self,
                  gint64           channel_id)
{
  guint n_items;

  if (channel_id <= 0)
    return NULL;

  n_items = g_list_model_get_n_items (self->channels);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (self->channels, i);

      if (engage_channel_get_id (channel) == channel_id)
        return g_strdup (engage_channel_get_name (channel));
    }

  return NULL;
}

static char *
dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* The card says whether the goal keeps pace; an assessment that fails only
 * leaves the line out. */
static void
assess_card (EngageGoalsPage *self,
             EngageKpi       *kpi,
             EngageKpiCard   *card)
{
  g_autofree char *today = dup_today ();
  EngageKpiAssessment assessment;

  if (engage_project_assess_kpi (self->project, engage_kpi_get_id (kpi), today, &assessment, NULL))
    engage_kpi_card_set_status (card, assessment.status);
}

/* A chart in a card; the view keeps its place when a rebuild fails. */
static EngageChartView *
create_chart_card (GtkWidget *container)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *view = engage_chart_view_new ();

  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_margin_start (view, 12);
  gtk_widget_set_margin_end (view, 12);
  gtk_widget_set_margin_top (view, 8);
  gtk_widget_set_margin_bottom (view, 12);
  gtk_box_append (GTK_BOX (card), view);

  if (GTK_IS_FLOW_BOX (container))
    {
      gtk_flow_box_append (GTK_FLOW_BOX (container), card);
      gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);
    }
  else
    {
      gtk_box_append (GTK_BOX (container), card);
    }

  return ENGAGE_CHART_VIEW (view);
}

static gboolean
show_chart (EngageGoalsPage *self,
            EngageChartView *view,
            const char      *name,
            const char      *today)
{
  g_autoptr(EngageChart) chart = NULL;
  g_autoptr(GError) error = NULL;

  chart = engage_chart_data_build (self->project, name, NULL, NULL, today, &error);
  if (chart == NULL)
    g_warning ("Could not build the chart “%s”: %s", name, error->message);

  engage_chart_view_set_chart (view, chart);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (view)), chart != NULL);

  return chart != NULL;
}

/* The survey the page summarizes: the first one with answers. */
static gboolean
summarize_nps (EngageGoalsPage  *self,
               EngageNpsSummary *summary)
{
  guint n_surveys = g_list_model_get_n_items (self->surveys);

  engage_nps_summary_init (summary);

  for (guint i = 0; i < n_surveys; i++)
    {
      g_autoptr(EngageNpsSurvey) survey = g_list_model_get_item (self->surveys, i);
      g_autoptr(GError) error = NULL;

      if (!engage_project_summarize_nps (self->project, engage_nps_survey_get_id (survey),
                                         NULL, NULL, summary, &error))
        {
          g_warning ("Could not compute the NPS of “%s”: %s",
                     engage_nps_survey_get_name (survey), error->message);
          continue;
        }

      if (summary->n > 0)
        return TRUE;
    }

  return FALSE;
}

static void
rebuild_nps (EngageGoalsPage *self)
{
  g_autofree char *today = dup_today ();
  g_autofree char *nps = NULL;
  g_autofree char *margin = NULL;
  g_autofree char *value = NULL;
  g_autofree char *promoters = NULL;
  g_autofree char *passives = NULL;
  g_autofree char *detractors = NULL;
  g_autofree char *detail = NULL;
  EngageNpsSummary summary;

  if (!summarize_nps (self, &summary))
    {
      gtk_widget_set_visible (self->nps_section, FALSE);
      engage_chart_view_set_chart (self->nps_view, NULL);
      engage_chart_view_set_chart (self->distribution_view, NULL);
      return;
    }

  nps = engage_chart_format_signed (summary.nps, 0);
  margin = engage_chart_format_number (summary.margin, 0);
  /* Translators: the Net Promoter Score with its margin of error, e.g. "NPS 36 ± 8" */
  value = g_strdup_printf (_("NPS %s ± %s"), nps, margin);
  gtk_label_set_label (self->nps_value_label, value);

  promoters = engage_chart_format_percent ((double) summary.promoters / summary.n, 0);
  passives = engage_chart_format_percent ((double) summary.passives / summary.n, 0);
  detractors = engage_chart_format_percent ((double) summary.detractors / summary.n, 0);
  if (summary.adjusted_wald)
    /* Translators: %u is the number of responses; the percentages follow */
    detail = g_strdup_printf (_("n = %u · 95 %% margin of error by the adjusted-Wald method, "
                                "as there are fewer than 100 responses · "
                                "%s promoters, %s passives, %s detractors"),
                              summary.n, promoters, passives, detractors);
  else
    detail = g_strdup_printf (_("n = %u · 95 %% margin of error · "
                                "%s promoters, %s passives, %s detractors"),
                              summary.n, promoters, passives, detractors);
  gtk_label_set_label (self->nps_detail_label, detail);

  show_chart (self, self->nps_view, "nps", today);
  show_chart (self, self->distribution_view, "nps-distribution", today);
  gtk_widget_set_visible (self->nps_section, TRUE);
}

static void
rebuild_engagement (EngageGoalsPage *self)
{
  g_autofree char *today = dup_today ();
  gboolean shown = FALSE;

  shown |= show_chart (self, self->engagement_view, "engagement", today);
  shown |= show_chart (self, self->channels_view, "channels", today);
  gtk_widget_set_visible (self->engagement_section, shown);
  if (shown)
    gtk_stack_set_visible_child_name (self->stack, "goals");
}

static void
clear (EngageGoalsPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->kpi_box))) != NULL)
    gtk_flow_box_remove (self->kpi_box, child);

  for (guint i = 0; i < self->nps_rows->len; i++)
    adw_preferences_group_remove (self->nps_group, g_ptr_array_index (self->nps_rows, i));
  g_ptr_array_set_size (self->nps_rows, 0);
}

static guint
add_kpi_cards (EngageGoalsPage *self,
               guint           *n_reached,
               guint           *n_unmeasured)
{
  guint n_kpis = g_list_model_get_n_items (self->kpis);

  *n_reached = 0;
  *n_unmeasured = 0;

  for (guint i = 0; i < n_kpis; i++)
    {
      g_autoptr(EngageKpi) kpi = g_list_model_get_item (self->kpis, i);
      g_autoptr(EngageMeasurement) latest = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *channel_name = NULL;
      GtkWidget *card;

      latest = engage_project_get_latest_measurement (self->project, engage_kpi_get_id (kpi), &error);
      if (error != NULL)
        g_warning ("Could not read the latest value of “%s”: %s",
                   engage_kpi_get_name (kpi), error->message);

      channel_name = dup_channel_name (self, engage_kpi_get_channel_id (kpi));
      card = engage_kpi_card_new (kpi, latest, channel_name);
      assess_card (self, kpi, ENGAGE_KPI_CARD (card));

      if (latest == NULL)
        (*n_unmeasured)++;
      else if (engage_kpi_card_get_reached (ENGAGE_KPI_CARD (card)))
        (*n_reached)++;

      gtk_flow_box_append (self->kpi_box, card);
    }

  return n_kpis;
}

static guint
add_survey_rows (EngageGoalsPage *self)
{
  guint n_surveys = g_list_model_get_n_items (self->surveys);

  for (guint i = 0; i < n_surveys; i++)
    {
      g_autoptr(EngageNpsSurvey) survey = g_list_model_get_item (self->surveys, i);
      g_autoptr(GListModel) responses = NULL;
      g_autofree char *count = NULL;
      const char *question = engage_nps_survey_get_question (survey);
      GtkWidget *row;
      GtkWidget *label;
      guint n_responses;

      responses = engage_project_list_nps_responses (self->project,
                                                     engage_nps_survey_get_id (survey),
                                                     NULL, NULL);
      n_responses = g_list_model_get_n_items (responses);
      count = g_strdup_printf (ngettext ("%u response", "%u responses", n_responses), n_responses);

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), engage_nps_survey_get_name (survey));
      if (question != NULL && question[0] != '\0')
        {
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), question);
          adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
        }

      label = gtk_label_new (count);
      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

      adw_preferences_group_add (self->nps_group, row);
      g_ptr_array_add (self->nps_rows, row);
    }

  return n_surveys;
}

/* Sidebar */

static gint64
row_kpi_id (GtkListBoxRow *row)
{
  return (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), KPI_ID_KEY));
}

static GtkListBoxRow *
find_kpi_row (EngageGoalsPage *self,
              gint64           kpi_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->kpi_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && row_kpi_id (GTK_LIST_BOX_ROW (child)) == kpi_id)
      return GTK_LIST_BOX_ROW (child);

  return NULL;
}

static GtkListBoxRow *
find_more_row (EngageGoalsPage *self,
               const char      *view)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->more_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && g_strcmp0 (g_object_get_data (G_OBJECT (child), VIEW_KEY), view) == 0)
      return GTK_LIST_BOX_ROW (child);

  return NULL;
}

static void
update_kpi_row (EngageGoalsPage *self,
                GtkListBoxRow   *row,
                EngageKpi       *kpi)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (row), LABEL_KEY);
  GtkImage *icon = g_object_get_data (G_OBJECT (row), ICON_KEY);
  g_autofree char *today = dup_today ();
  const char *styles[] = { "success", "warning", "error", "dim-label" };
  EngageKpiAssessment assessment;
  const char *icon_name;
  const char *style;

  gtk_label_set_label (label, engage_kpi_get_name (kpi));
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), engage_kpi_get_name (kpi));

  if (!engage_project_assess_kpi (self->project, engage_kpi_get_id (kpi), today, &assessment, NULL))
    assessment.status = ENGAGE_KPI_STATUS_NO_DATA;

  /* The status as a shape and words, not only a colour. */
  icon_name = engage_kpi_status_get_icon_name (assessment.status);
  style = engage_kpi_status_get_style_class (assessment.status);
  gtk_image_set_from_icon_name (icon, icon_name != NULL ? icon_name : "content-loading-symbolic");
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (icon), styles[i]);
  gtk_widget_add_css_class (GTK_WIDGET (icon), style != NULL ? style : "dim-label");
  gtk_widget_set_tooltip_text (GTK_WIDGET (icon), engage_kpi_status_get_label (assessment.status));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  engage_kpi_status_get_label (assessment.status), -1);

  g_object_set_data (G_OBJECT (row), KPI_ID_KEY, GSIZE_TO_POINTER ((gsize) engage_kpi_get_id (kpi)));
}

static GtkWidget *
create_kpi_row (EngageGoalsPage *self,
                EngageKpi       *kpi)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *icon = gtk_image_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data (G_OBJECT (row), LABEL_KEY, label);
  g_object_set_data (G_OBJECT (row), ICON_KEY, icon);
  update_kpi_row (self, GTK_LIST_BOX_ROW (row), kpi);

  return row;
}

/* Whether the sidebar lists the goals in the project's order already, so
 * that their rows can be updated in place and keep the focus and a click in
 * progress. */
static gboolean
rows_match (EngageGoalsPage *self)
{
  guint n_kpis = g_list_model_get_n_items (self->kpis);
  guint n_rows = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->kpi_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_autoptr(EngageKpi) kpi = NULL;

      if (!GTK_IS_LIST_BOX_ROW (child))
        continue;
      if (n_rows >= n_kpis)
        return FALSE;

      kpi = g_list_model_get_item (self->kpis, n_rows++);
      if (row_kpi_id (GTK_LIST_BOX_ROW (child)) != engage_kpi_get_id (kpi))
        return FALSE;
    }

  return n_rows == n_kpis;
}

/* A view of its own below the goals, e.g. the engagement analytics. */
static void
add_more_view (EngageGoalsPage *self,
               const char      *view,
               const char      *icon_name,
               const char      *title,
               GtkWidget       *widget)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (icon_name));
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), VIEW_KEY, (gpointer) view);

  gtk_list_box_append (self->more_list, row);
  gtk_stack_add_named (self->content_stack, widget, view);
  gtk_widget_set_visible (GTK_WIDGET (self->more_list), TRUE);
  gtk_widget_set_visible (self->more_separator, TRUE);
}

/* Shows @view in the content and marks its row in the sidebar. */
static void
show_view (EngageGoalsPage *self,
           const char      *view)
{
  GtkListBoxRow *row = NULL;
  GtkListBox *list = self->overview_list;

  if (g_str_equal (view, "kpi"))
    {
      row = find_kpi_row (self, self->selected_kpi);
      list = self->kpi_list;
    }
  else if (!g_str_equal (view, "overview"))
    {
      row = find_more_row (self, view);
      list = self->more_list;
    }

  if (row == NULL)
    {
      view = "overview";
      row = self->overview_row;
      list = self->overview_list;
    }

  self->view = view;

  self->selecting = TRUE;
  if (list != self->overview_list)
    gtk_list_box_unselect_all (self->overview_list);
  if (list != self->kpi_list)
    gtk_list_box_unselect_all (self->kpi_list);
  if (list != self->more_list)
    gtk_list_box_unselect_all (self->more_list);
  gtk_list_box_select_row (list, row);
  self->selecting = FALSE;

  if (g_str_equal (view, "kpi"))
    engage_kpi_detail_set_kpi_id (self->detail, self->selected_kpi);
  gtk_stack_set_visible_child_name (self->content_stack, view);
}

static void
rebuild_sidebar (EngageGoalsPage *self)
{
  guint n_kpis = g_list_model_get_n_items (self->kpis);
  GtkWidget *child;

  if (rows_match (self))
    {
      for (guint i = 0; i < n_kpis; i++)
        {
          g_autoptr(EngageKpi) kpi = g_list_model_get_item (self->kpis, i);

          update_kpi_row (self, gtk_list_box_get_row_at_index (self->kpi_list, (int) i), kpi);
        }
    }
  else
    {
      self->selecting = TRUE;
      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->kpi_list))) != NULL)
        gtk_list_box_remove (self->kpi_list, child);

      for (guint i = 0; i < n_kpis; i++)
        {
          g_autoptr(EngageKpi) kpi = g_list_model_get_item (self->kpis, i);

          gtk_list_box_append (self->kpi_list, create_kpi_row (self, kpi));

          /* Undo brought a deleted goal back: show it again. */
          if (engage_kpi_get_id (kpi) == self->restore_id)
            {
              self->selected_kpi = self->restore_id;
              self->view = "kpi";
              self->restore_id = 0;
            }
        }
      self->selecting = FALSE;
    }

  gtk_widget_set_visible (self->kpi_empty_label, n_kpis == 0);

  /* A goal that went away leaves the overview in its place. */
  show_view (self, self->view);
}

/* The whole page */

static void
rebuild (EngageGoalsPage *self)
{
  g_autofree char *summary = NULL;
  guint n_kpis, n_surveys, n_reached, n_unmeasured;

  clear (self);

  n_kpis = add_kpi_cards (self, &n_reached, &n_unmeasured);
  n_surveys = add_survey_rows (self);
  rebuild_nps (self);

  summary = engage_goals_format_summary (n_kpis, n_reached, n_unmeasured);
  gtk_label_set_label (self->summary_label, summary);

  gtk_widget_set_visible (GTK_WIDGET (self->kpi_box), n_kpis > 0);
  gtk_widget_set_visible (self->kpi_empty_box, n_kpis == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->nps_group), n_surveys > 0);
  rebuild_sidebar (self);
  gtk_stack_set_visible_child_name (self->stack,
                                    n_kpis + n_surveys > 0 ||
                                    gtk_widget_get_visible (self->engagement_section) ? "goals" : "empty");
}

/* Callbacks */

static void
on_sidebar_row_selected_cb (EngageGoalsPage *self,
                            GtkListBoxRow   *row,
                            GtkListBox      *list)
{
  if (self->selecting || row == NULL)
    return;

  if (list == self->kpi_list)
    {
      self->selected_kpi = row_kpi_id (row);
      show_view (self, "kpi");
    }
  else if (list == self->more_list)
    {
      show_view (self, g_object_get_data (G_OBJECT (row), VIEW_KEY));
    }
  else
    {
      show_view (self, "overview");
    }
}

static void
on_sidebar_row_activated_cb (EngageGoalsPage *self,
                             GtkListBoxRow   *row,
                             GtkListBox      *list)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_back_button_clicked_cb (EngageGoalsPage *self,
                           GtkButton       *button)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_kpi_box_child_activated_cb (EngageGoalsPage *self,
                               GtkFlowBoxChild *child,
                               GtkFlowBox      *box)
{
  GtkWidget *card = gtk_flow_box_child_get_child (child);

  if (ENGAGE_IS_KPI_CARD (card))
    engage_goals_page_select_kpi (self, engage_kpi_card_get_kpi_id (ENGAGE_KPI_CARD (card)));
}

static void
on_detail_kpi_deleted_cb (EngageGoalsPage *self,
                          gint64           kpi_id,
                          EngageKpiDetail *detail)
{
  self->restore_id = kpi_id;
}

static void
on_editor_kpi_saved_cb (EngageGoalsPage *self,
                        gint64           kpi_id,
                        EngageKpiEditor *editor)
{
  engage_goals_page_select_kpi (self, kpi_id);
}

static void
on_project_changed_cb (EngageGoalsPage *self,
                       guint            tables,
                       EngageProject   *project)
{
  if (tables & (ENGAGE_TABLE_KPI | ENGAGE_TABLE_MEASUREMENT | ENGAGE_TABLE_CHANNEL |
                ENGAGE_TABLE_SURVEY | ENGAGE_TABLE_RESPONSE))
    rebuild (self);

  if (tables & (ENGAGE_TABLE_POST | ENGAGE_TABLE_POST_METRIC | ENGAGE_TABLE_CHANNEL))
    rebuild_engagement (self);
}

/* Actions */

static GtkWindow *
present_editor (EngageGoalsPage *self,
                gint64           kpi_id)
{
  GtkWindow *editor = engage_kpi_editor_present (GTK_WIDGET (self), self->project, kpi_id);

  if (editor != NULL)
    g_signal_connect_object (editor, "kpi-saved", G_CALLBACK (on_editor_kpi_saved_cb), self,
                             G_CONNECT_SWAPPED);

  return editor;
}

static void
new_goal_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  present_editor (ENGAGE_GOALS_PAGE (widget), 0);
}

/* Vfuncs */

static void
engage_goals_page_constructed (GObject *object)
{
  EngageGoalsPage *self = ENGAGE_GOALS_PAGE (object);

  G_OBJECT_CLASS (engage_goals_page_parent_class)->constructed (object);

  g_assert (ENGAGE_IS_PROJECT (self->project));

  self->kpis = engage_project_list_kpis (self->project);
  self->surveys = engage_project_list_nps_surveys (self->project);
  self->channels = engage_project_list_channels (self->project);

  self->detail = ENGAGE_KPI_DETAIL (engage_kpi_detail_new (self->project));
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->detail), "kpi");
  g_signal_connect_object (self->detail, "kpi-deleted", G_CALLBACK (on_detail_kpi_deleted_cb), self,
                           G_CONNECT_SWAPPED);

  add_more_view (self, "nps", "emoji-people-symbolic", _("Customer Recommendation"),
                 engage_nps_view_new (self->project));
  add_more_view (self, "engagement", "emblem-favorite-symbolic", _("Engagement"),
                 engage_engagement_view_new (self->project));

  g_signal_connect_object (self->project, "changed",
                           G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);

  rebuild (self);
  rebuild_engagement (self);
}

static void
engage_goals_page_dispose (GObject *object)
{
  EngageGoalsPage *self = ENGAGE_GOALS_PAGE (object);

  g_ptr_array_set_size (self->nps_rows, 0);
  /* AdwBin unparents its child itself; the template must not do it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ENGAGE_TYPE_GOALS_PAGE);
  self->detail = NULL;

  g_clear_object (&self->kpis);
  g_clear_object (&self->surveys);
  g_clear_object (&self->channels);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (engage_goals_page_parent_class)->dispose (object);
}

static void
engage_goals_page_finalize (GObject *object)
{
  EngageGoalsPage *self = ENGAGE_GOALS_PAGE (object);

  g_clear_pointer (&self->nps_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (engage_goals_page_parent_class)->finalize (object);
}

static void
engage_goals_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  EngageGoalsPage *self = ENGAGE_GOALS_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_goals_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  EngageGoalsPage *self = ENGAGE_GOALS_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_goals_page_class_init (EngageGoalsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = engage_goals_page_constructed;
  object_class->dispose = engage_goals_page_dispose;
  object_class->finalize = engage_goals_page_finalize;
  object_class->get_property = engage_goals_page_get_property;
  object_class->set_property = engage_goals_page_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         ENGAGE_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/goals/engage-goals-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, content);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, overview_list);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, overview_row);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, kpi_list);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, kpi_empty_label);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, more_separator);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, more_list);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, kpi_box);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, kpi_empty_box);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, nps_group);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, nps_section);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, nps_value_label);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, nps_detail_label);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, nps_charts_box);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, engagement_section);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, engagement_box);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kpi_box_child_activated_cb);

  gtk_widget_class_install_action (widget_class, "goals.new-goal", NULL, new_goal_action);
}

static void
engage_goals_page_init (EngageGoalsPage *self)
{
  self->nps_rows = g_ptr_array_new ();
  self->view = "overview";

  gtk_widget_init_template (GTK_WIDGET (self));

  self->nps_view = create_chart_card (GTK_WIDGET (self->nps_charts_box));
  self->distribution_view = create_chart_card (GTK_WIDGET (self->nps_charts_box));
  self->engagement_view = create_chart_card (GTK_WIDGET (self->engagement_box));
  self->channels_view = create_chart_card (GTK_WIDGET (self->engagement_box));
}

/* Public API */

/**
 * engage_goals_page_new:
 * @project: an open project
 *
 * Returns: (transfer floating): a page showing @project's goals
 */
GtkWidget *
engage_goals_page_new (EngageProject *project)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return g_object_new (ENGAGE_TYPE_GOALS_PAGE, "project", project, NULL);
}

/**
 * engage_goals_page_get_project:
 *
 * Returns: (transfer none): the project
 */
EngageProject *
engage_goals_page_get_project (EngageGoalsPage *self)
{
  g_return_val_if_fail (ENGAGE_IS_GOALS_PAGE (self), NULL);

  return self->project;
}

/**
 * engage_goals_page_select_kpi:
 * @kpi_id: a goal of the project
 *
 * Shows the goal in full, as selecting it in the sidebar does.
 */
void
engage_goals_page_select_kpi (EngageGoalsPage *self,
                              gint64           kpi_id)
{
  GtkListBoxRow *row;

  g_return_if_fail (ENGAGE_IS_GOALS_PAGE (self));

  row = find_kpi_row (self, kpi_id);
  if (row == NULL)
    return;

  gtk_stack_set_visible_child_name (self->stack, "goals");
  if (gtk_list_box_get_selected_row (self->kpi_list) != row)
    {
      gtk_list_box_select_row (self->kpi_list, row);
      return;
    }

  self->selected_kpi = kpi_id;
  show_view (self, "kpi");
}

/**
 * engage_goals_page_get_selected_kpi:
 *
 * Returns: the goal shown or last shown, 0 for none
 */
gint64
engage_goals_page_get_selected_kpi (EngageGoalsPage *self)
{
  g_return_val_if_fail (ENGAGE_IS_GOALS_PAGE (self), 0);

  return self->selected_kpi;
}

/**
 * engage_goals_page_get_view:
 *
 * Returns: what the content shows: "overview", "kpi", "nps" or "engagement"
 */
const char *
engage_goals_page_get_view (EngageGoalsPage *self)
{
  g_return_val_if_fail (ENGAGE_IS_GOALS_PAGE (self), NULL);

  return self->view;
}

/**
 * engage_goals_page_get_kpi_detail:
 *
 * Returns: (transfer none): the view of the selected goal
 */
EngageKpiDetail *
engage_goals_page_get_kpi_detail (EngageGoalsPage *self)
{
  g_return_val_if_fail (ENGAGE_IS_GOALS_PAGE (self), NULL);

  return self->detail;
}

/**
 * engage_goals_page_get_kpi_row_id:
 * @index: the place of a goal in the sidebar, from 0
 *
 * Returns: the goal listed there, 0 past the end
 */
gint64
engage_goals_page_get_kpi_row_id (EngageGoalsPage *self,
                                  guint            index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (ENGAGE_IS_GOALS_PAGE (self), 0);

  row = gtk_list_box_get_row_at_index (self->kpi_list, (int) index);
  return row != NULL ? row_kpi_id (row) : 0;
}

/**
 * engage_goals_page_show_subview:
 * @sub: "overview", "kpi" (the first goal), "kpi:N" (the N-th goal, from 0),
 *   "nps", "engagement", "kpi-editor" (the editor of the first goal),
 *   "new-goal" (the editor of a new goal) or "measurement" (the dialog that
 *   adds a value to the first goal)
 *
 * Shows a part of the page by name, for screenshots.
 *
 * Returns: (transfer none) (nullable): the dialog presented for @sub, or %NULL
 */
GtkWindow *
engage_goals_page_show_subview (EngageGoalsPage *self,
                                const char      *sub)
{
  guint index = 0;

  g_return_val_if_fail (ENGAGE_IS_GOALS_PAGE (self), NULL);
  g_return_val_if_fail (sub != NULL, NULL);

  if (g_str_equal (sub, "new-goal"))
    return present_editor (self, 0);

  if (g_str_has_prefix (sub, "kpi:"))
    index = (guint) g_ascii_strtoull (sub + strlen ("kpi:"), NULL, 10);

  if (g_str_equal (sub, "kpi") || g_str_has_prefix (sub, "kpi:") ||
      g_str_equal (sub, "kpi-editor") || g_str_equal (sub, "measurement"))
    engage_goals_page_select_kpi (self, engage_goals_page_get_kpi_row_id (self, index));
  else
    show_view (self, g_str_equal (sub, "nps") || g_str_equal (sub, "engagement") ? sub : "overview");

  /* Also before the first allocation, when the leaflet does not know yet
   * whether it will fold. */
  adw_leaflet_set_visible_child (self->leaflet, self->content);

  if (self->selected_kpi <= 0 || !g_str_equal (self->view, "kpi"))
    return NULL;

  if (g_str_equal (sub, "kpi-editor"))
    return present_editor (self, self->selected_kpi);

  if (g_str_equal (sub, "measurement"))
    return engage_measurement_dialog_present (GTK_WIDGET (self), self->project, self->selected_kpi, 0);

  return NULL;
}
