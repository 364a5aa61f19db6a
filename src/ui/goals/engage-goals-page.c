/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-goals-page"

#include "config.h"

#include "engage-goals-page.h"

#include "engage-channel.h"
#include "engage-chart-data.h"
#include "engage-chart-format.h"
#include "engage-kpi-card.h"
#include "engage-kpi.h"
#include "engage-measurement.h"
#include "engage-metrics.h"
#include "engage-nps-response.h"
#include "engage-nps-survey.h"
#include "widgets/engage-chart-view.h"

#include <glib/gi18n.h>

/*
 * The goals of the strategy: a card per KPI with its latest value and progress,
 * the Net Promoter Score with its margin of error and charts, the NPS surveys
 * with their number of responses, and the engagement rate over time and per
 * channel. Rebuilt from the live models whenever the project reports a change
 * to what the page shows; each chart is built once per change, not per frame.
 */

struct _EngageGoalsPage
{
  AdwBin               parent_instance;

  /* Template widgets */
  GtkStack            *stack;
  GtkLabel            *summary_label;
  GtkFlowBox          *kpi_box;
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

  /* Owned */
  EngageProject       *project;
  GListModel          *kpis;
  GListModel          *surveys;
  GListModel          *channels;

  /* State: the rows in nps_group, owned by the group */
  GPtrArray           *nps_rows;
};

G_DEFINE_FINAL_TYPE (EngageGoalsPage, engage_goals_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
      gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);
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
  gtk_widget_set_visible (GTK_WIDGET (self->nps_group), n_surveys > 0);
  gtk_stack_set_visible_child_name (self->stack,
                                    n_kpis + n_surveys > 0 ||
                                    gtk_widget_get_visible (self->engagement_section) ? "goals" : "empty");
}

/* Callbacks */

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
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, kpi_box);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, nps_group);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, nps_section);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, nps_value_label);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, nps_detail_label);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, nps_charts_box);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, engagement_section);
  gtk_widget_class_bind_template_child (widget_class, EngageGoalsPage, engagement_box);
}

static void
engage_goals_page_init (EngageGoalsPage *self)
{
  self->nps_rows = g_ptr_array_new ();

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
