/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-report-pages"

#include "config.h"

#include "engage-report-private.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "engage-channel.h"
#include "engage-chart-data.h"
#include "engage-kpi.h"
#include "engage-measurement.h"
#include "engage-metrics.h"
#include "engage-nps-response.h"
#include "engage-nps-survey.h"
#include "engage-pillar.h"
#include "engage-post.h"

/* The chapters that measure: the summary, the goals, the NPS, the engagement
 * per channel and the content mix. The numbers come from engage-metrics.h and
 * the charts from engage-chart-data.h, painted by the same painters as the
 * app, so that the paper agrees with the screen. */

#define CHART_GAP        10.0
#define CARD_GAP         10.0
#define COMMENTS_PER_GROUP 3
#define KPI_CHART_HEIGHT   205.0
#define MIN_KPI_CHART_HEIGHT 165.0

/* Labels of the report in its own language: the core's labels speak the
 * program's language, which may differ. */

static const char *
kpi_status_label (EngageReport    *self,
                  EngageKpiStatus  status)
{
  switch (status)
    {
    case ENGAGE_KPI_STATUS_ON_TRACK:
      return engage_report_catalog_pgettext (self->catalog, "KPI status", NC_("KPI status", "On track"));
    case ENGAGE_KPI_STATUS_BEHIND:
      return engage_report_catalog_pgettext (self->catalog, "KPI status", NC_("KPI status", "Behind"));
    case ENGAGE_KPI_STATUS_AT_RISK:
      return engage_report_catalog_pgettext (self->catalog, "KPI status", NC_("KPI status", "At risk"));
    case ENGAGE_KPI_STATUS_ACHIEVED:
      return engage_report_catalog_pgettext (self->catalog, "KPI status", NC_("KPI status", "Achieved"));
    case ENGAGE_KPI_STATUS_NO_DATA:
    default:
      return engage_report_catalog_pgettext (self->catalog, "KPI status", NC_("KPI status", "No data yet"));
    }
}

static const EngageRgba *
kpi_status_color (EngageReport    *self,
                  EngageKpiStatus  status)
{
  switch (status)
    {
    case ENGAGE_KPI_STATUS_ON_TRACK:
    case ENGAGE_KPI_STATUS_ACHIEVED:
      return &self->style.success;
    case ENGAGE_KPI_STATUS_BEHIND:
      return &self->style.warning;
    case ENGAGE_KPI_STATUS_AT_RISK:
      return &self->style.error;
    case ENGAGE_KPI_STATUS_NO_DATA:
    default:
      return &self->style.dim_foreground;
    }
}

static EngageProgressTone
kpi_status_tone (EngageKpiStatus status)
{
  switch (status)
    {
    case ENGAGE_KPI_STATUS_ON_TRACK:
    case ENGAGE_KPI_STATUS_ACHIEVED:
      return ENGAGE_PROGRESS_TONE_GOOD;
    case ENGAGE_KPI_STATUS_BEHIND:
      return ENGAGE_PROGRESS_TONE_WARNING;
    case ENGAGE_KPI_STATUS_AT_RISK:
      return ENGAGE_PROGRESS_TONE_BAD;
    case ENGAGE_KPI_STATUS_NO_DATA:
    default:
      return ENGAGE_PROGRESS_TONE_NEUTRAL;
    }
}

/* The engagement rate always names its basis (DESIGN.md "Formulas"). */
static const char *
engagement_rate_label (EngageReport          *self,
                       EngageEngagementBasis  basis)
{
  switch (basis)
    {
    case ENGAGE_ENGAGEMENT_BASIS_IMPRESSIONS:
      return T_ (self, N_("Engagement rate (interactions per impression)"));
    case ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS:
      return T_ (self, N_("Engagement rate (interactions per follower)"));
    case ENGAGE_ENGAGEMENT_BASIS_REACH:
    default:
      return T_ (self, N_("Engagement rate (interactions per reach)"));
    }
}

static const char *
engagement_basis_name (EngageReport          *self,
                       EngageEngagementBasis  basis)
{
  switch (basis)
    {
    case ENGAGE_ENGAGEMENT_BASIS_IMPRESSIONS:
      return engage_report_catalog_pgettext (self->catalog, "engagement basis", NC_("engagement basis", "Impressions"));
    case ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS:
      return engage_report_catalog_pgettext (self->catalog, "engagement basis", NC_("engagement basis", "Followers"));
    case ENGAGE_ENGAGEMENT_BASIS_REACH:
    default:
      return engage_report_catalog_pgettext (self->catalog, "engagement basis", NC_("engagement basis", "Reach"));
    }
}

/* Under the engagement rate: the posts, interactions and basis it was computed from. */
static const char *
engagement_detail (EngageReport          *self,
                   EngageEngagementBasis  basis)
{
  switch (basis)
    {
    case ENGAGE_ENGAGEMENT_BASIS_IMPRESSIONS:
      /* Translators: the three %s are numbers. */
      return T_ (self, N_("%s posts: %s interactions on %s impressions"));
    case ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS:
      /* Translators: the three %s are numbers. */
      return T_ (self, N_("%s posts: %s interactions, %s followers"));
    case ENGAGE_ENGAGEMENT_BASIS_REACH:
    default:
      /* Translators: the three %s are numbers. */
      return T_ (self, N_("%s posts: %s interactions, reach %s"));
    }
}

static char *
rgba_to_hex (const EngageRgba *rgba)
{
  return g_strdup_printf ("#%02x%02x%02x", (guint) lround (rgba->red * 255),
                          (guint) lround (rgba->green * 255), (guint) lround (rgba->blue * 255));
}

static char *
today_iso (EngageReport *self)
{
  return report_iso_date (&self->today);
}

/* A date range of the report as the chart and metric queries take it. */
static void
period_iso (EngageReport *self,
            char        **from,
            char        **to)
{
  *from = report_iso_date (&self->first_day);
  *to = report_iso_date (&self->last_day);
}

static int
kpi_decimals (EngageKpi *kpi)
{
  double span = MAX (fabs (engage_kpi_get_baseline_value (kpi)), fabs (engage_kpi_get_target_value (kpi)));

  if (engage_kpi_get_metric (kpi) == ENGAGE_KPI_METRIC_NPS || span >= 100)
    return 0;

  return 1;
}

/* Charts: the painter's input from engage-chart-data.h, with the report's own
 * caption above it instead of the chart's title, and the legend's words in the
 * report's language where the input carries them. */

typedef struct
{
  EngageChart *chart;
  EngageChartKind kind;
  union
  {
    EngageLineChartData         line;
    EngageNpsChartData          nps;
    EngageDistributionChartData distribution;
    EngageBarChartData          bar;
    EngageMixChartData          mix;
    EngageProgressBarData       progress;
  } data;
  char *title;
  char *due;
} ChartPaint;

static void
chart_paint_free (gpointer data)
{
  ChartPaint *paint = data;

  g_clear_pointer (&paint->chart, engage_chart_unref);
  g_free (paint->title);
  g_free (paint->due);
  g_free (paint);
}

static void
paint_chart (cairo_t                *cr,
             const EngageChartStyle *style,
             double                  width,
             double                  height,
             gpointer                data)
{
  ChartPaint *paint = data;

  switch (paint->kind)
    {
    case ENGAGE_CHART_KIND_LINE:
      engage_line_chart_paint (cr, &paint->data.line, style, width, height);
      break;
    case ENGAGE_CHART_KIND_NPS:
      engage_nps_chart_paint (cr, &paint->data.nps, style, width, height);
      break;
    case ENGAGE_CHART_KIND_DISTRIBUTION:
      engage_distribution_chart_paint (cr, &paint->data.distribution, style, width, height);
      break;
    case ENGAGE_CHART_KIND_BAR:
      engage_bar_chart_paint (cr, &paint->data.bar, style, width, height);
      break;
    case ENGAGE_CHART_KIND_MIX:
      engage_mix_chart_paint (cr, &paint->data.mix, style, width, height);
      break;
    case ENGAGE_CHART_KIND_PROGRESS:
      engage_progress_bar_paint (cr, &paint->data.progress, style, width, height);
      break;
    default:
      g_assert_not_reached ();
    }
}

static ChartPaint *
chart_paint_new (EngageReport  *self,
                 const char    *name,
                 GError       **error)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *today = today_iso (self);
  g_autoptr(EngageChart) chart = NULL;
  ChartPaint *paint;

  period_iso (self, &from, &to);
  chart = engage_chart_data_build (self->project, name, from, to, today, error);
  if (chart == NULL)
    return NULL;

  paint = g_new0 (ChartPaint, 1);
  paint->kind = engage_chart_get_kind (chart);

  switch (paint->kind)
    {
    case ENGAGE_CHART_KIND_LINE:
      paint->data.line = *engage_chart_get_line_data (chart);
      paint->data.line.title = NULL;
      paint->data.line.subtitle = NULL;
      paint->data.line.show_legend = TRUE;
      paint->data.line.target_label = T_ (self, N_("Target"));
      paint->data.line.pace_label = T_ (self, N_("Expected pace"));
      paint->data.line.forecast_label = T_ (self, N_("Forecast"));
      paint->data.line.empty_text = T_ (self, N_("No measurements in this period"));
      break;
    case ENGAGE_CHART_KIND_NPS:
      paint->data.nps = *engage_chart_get_nps_data (chart);
      paint->data.nps.title = NULL;
      paint->data.nps.subtitle = NULL;
      paint->data.nps.show_legend = TRUE;
      paint->data.nps.empty_text = T_ (self, N_("No responses in this period"));
      break;
    case ENGAGE_CHART_KIND_DISTRIBUTION:
      paint->data.distribution = *engage_chart_get_distribution_data (chart);
      paint->data.distribution.title = NULL;
      paint->data.distribution.subtitle = NULL;
      paint->data.distribution.show_legend = TRUE;
      paint->data.distribution.empty_text = T_ (self, N_("No responses in this period"));
      break;
    case ENGAGE_CHART_KIND_BAR:
      paint->data.bar = *engage_chart_get_bar_data (chart);
      paint->data.bar.title = NULL;
      paint->data.bar.subtitle = NULL;
      paint->data.bar.empty_text = T_ (self, N_("No published posts with figures in this period"));
      break;
    case ENGAGE_CHART_KIND_MIX:
      paint->data.mix = *engage_chart_get_mix_data (chart);
      paint->data.mix.title = NULL;
      paint->data.mix.subtitle = NULL;
      paint->data.mix.show_legend = TRUE;
      paint->data.mix.empty_text = T_ (self, N_("No posts in this period"));
      break;
    case ENGAGE_CHART_KIND_PROGRESS:
      paint->data.progress = *engage_chart_get_progress_data (chart);
      break;
    default:
      g_assert_not_reached ();
    }

  paint->chart = g_steal_pointer (&chart);
  return paint;
}

static gboolean
add_chart (EngageReport  *self,
           const char    *name,
           const char    *caption,
           double         height,
           GError       **error)
{
  ChartPaint *paint = chart_paint_new (self, name, error);
  g_autofree char *markup = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  double caption_height = 0;

  if (paint == NULL)
    return FALSE;

  if (caption != NULL)
    {
      markup = g_markup_printf_escaped ("<b>%s</b>", caption);
      layout = report_layout (self, REPORT_FONT_BODY, markup, self->body.width, PANGO_ALIGN_LEFT);
      caption_height = report_layout_height (layout) + 6;
    }

  report_ensure_space (self, caption_height + height);
  if (layout != NULL)
    {
      report_add_layout (self, layout, self->body.x, self->y, NULL);
      self->y += caption_height;
    }
  report_add_paint (self, self->body.x, self->y, self->body.width, height, paint_chart, paint,
                    chart_paint_free);
  self->y += height + CHART_GAP;

  return TRUE;
}

/* Key figure cards: a big number, what it is, and what it rests on. */

typedef struct
{
  char *figure;
  char *caption;
  char *detail;
  EngageRgba color;
} Card;

static void
card_clear (Card *card)
{
  g_free (card->figure);
  g_free (card->caption);
  g_free (card->detail);
}

static void
add_cards (EngageReport *self,
           Card         *cards,
           guint         n_cards)
{
  double width = (self->body.width - CARD_GAP * (n_cards - 1)) / n_cards;
  double inner = width - 24;
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  double height = 0;
  EngageRgba tint = self->style.grid;

  tint.alpha = 0.35;

  for (guint i = 0; i < n_cards; i++)
    {
      g_autofree char *label = g_utf8_strup (cards[i].caption, -1);
      g_autofree char *caption = g_markup_printf_escaped ("<span letter_spacing=\"500\">%s</span>", label);
      g_autofree char *detail = g_markup_escape_text (cards[i].detail ? cards[i].detail : "", -1);
      PangoLayout *l_caption = report_layout (self, REPORT_FONT_LABEL, caption, inner, PANGO_ALIGN_LEFT);
      PangoLayout *l_figure = report_layout (self, REPORT_FONT_FIGURE, cards[i].figure, inner, PANGO_ALIGN_LEFT);
      PangoLayout *l_detail = report_layout (self, REPORT_FONT_SMALL, detail, inner, PANGO_ALIGN_LEFT);

      height = MAX (height, report_layout_height (l_caption) + report_layout_height (l_figure) +
                            report_layout_height (l_detail) + 10);
      g_ptr_array_add (layouts, l_caption);
      g_ptr_array_add (layouts, l_figure);
      g_ptr_array_add (layouts, l_detail);
    }
  height += 24;

  report_ensure_space (self, height);
  for (guint i = 0; i < n_cards; i++)
    {
      double x = self->body.x + i * (width + CARD_GAP);
      double y = self->y + 12;
      PangoLayout *l_caption = g_ptr_array_index (layouts, 3 * i);
      PangoLayout *l_figure = g_ptr_array_index (layouts, 3 * i + 1);
      PangoLayout *l_detail = g_ptr_array_index (layouts, 3 * i + 2);

      report_add_rect (self, x, self->y, width, height, &tint, 6);
      report_add_rect (self, x, self->y + 12, 3, height - 24, &cards[i].color, 1.5);
      report_add_layout (self, l_caption, x + 14, y, &self->style.dim_foreground);
      y += report_layout_height (l_caption) + 4;
      report_add_layout (self, l_figure, x + 14, y, &cards[i].color);
      y += report_layout_height (l_figure) + 6;
      report_add_layout (self, l_detail, x + 14, y, &self->style.dim_foreground);
    }

  self->y += height + 16;
}

/* Summary */

static gboolean
count_posts (EngageReport *self,
             guint        *published,
             guint        *planned)
{
  g_autoptr(GListModel) posts = engage_project_list_posts (self->project, self->from, self->to);
  g_autoptr(GDateTime) today = g_date_time_new (engage_project_get_tz (self->project),
                                                g_date_get_year (&self->today),
                                                g_date_get_month (&self->today),
                                                g_date_get_day (&self->today), 0, 0, 0);

  *published = 0;
  *planned = 0;
  for (guint i = 0; i < g_list_model_get_n_items (posts); i++)
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (posts, i);
      EngagePostStatus status = engage_post_get_status (post);
      GDateTime *at = engage_post_get_scheduled_at (post);

      if (status == ENGAGE_POST_STATUS_PUBLISHED)
        (*published)++;
      else if (status != ENGAGE_POST_STATUS_ARCHIVED && at != NULL && g_date_time_compare (at, today) >= 0)
        (*planned)++;
    }

  return TRUE;
}

static gint64
first_survey (EngageReport *self)
{
  g_autoptr(GListModel) surveys = engage_project_list_nps_surveys (self->project);
  g_autoptr(EngageNpsSurvey) survey = NULL;

  if (g_list_model_get_n_items (surveys) == 0)
    return 0;

  survey = g_list_model_get_item (surveys, 0);
  return engage_nps_survey_get_id (survey);
}

static gboolean
total_engagement (EngageReport     *self,
                  EngageEngagement *total,
                  GArray          **per_channel,
                  GError          **error)
{
  EngageEngagementBasis basis = engage_project_get_engagement_basis (self->project);
  g_autoptr(GArray) channels = engage_project_engagement_by_channel (self->project, basis, self->from,
                                                                     self->to, error);

  if (channels == NULL)
    return FALSE;

  memset (total, 0, sizeof *total);
  for (guint i = 0; i < channels->len; i++)
    {
      const EngageEngagement *row = &g_array_index (channels, EngageEngagement, i);

      total->n_posts += row->n_posts;
      total->interactions += row->interactions;
      total->basis += row->basis;
    }
  total->rate = engage_engagement_rate (total->interactions, total->basis);

  if (per_channel != NULL)
    *per_channel = g_steal_pointer (&channels);

  return TRUE;
}

static char *
margin_text (EngageReport           *self,
             const EngageNpsSummary *summary)
{
  g_autofree char *margin = report_format_number (self, summary->margin, 0);
  g_autofree char *n = report_format_number (self, summary->n, 0);

  /* Translators: under the NPS: its 95 % margin of error. */
  g_autofree char *text = g_strdup_printf (T_ (self, N_("±%s points (95 %% confidence)")), margin);

  /* No line break inside "n = 264". */
  return g_strdup_printf ("%s, n\u00a0=\u00a0%s", text, n);
}

/* A KPI in the summary is its bullet bar, painted as the Goals page paints it,
 * with the report's words for the status and the due date. */
static void
add_summary_kpi (EngageReport              *self,
                 EngageKpi                 *kpi,
                 const EngageKpiAssessment *assessment,
                 ChartPaint                *progress)
{
  g_autofree char *date = report_format_date (self, engage_kpi_get_due_date (kpi), ENGAGE_REPORT_DATE_SHORT);
  /* Translators: after a KPI's target under its progress bar; %s is a date. */
  g_autofree char *due = g_strdup_printf (T_ (self, N_("due %s")), date);
  double height = 58;
  double pad;

  report_ensure_space (self, height + 8);

  progress->data.progress.title = engage_kpi_get_name (kpi);
  progress->data.progress.status_text = kpi_status_label (self, assessment->status);
  progress->data.progress.tone = kpi_status_tone (assessment->status);
  progress->due = g_steal_pointer (&due);
  progress->data.progress.due_text = progress->due;
  /* The bar's title points into the KPI, which the report does not keep. */
  progress->title = g_strdup (engage_kpi_get_name (kpi));
  progress->data.progress.title = progress->title;

  /* The painter keeps a margin of MIN (em, height / 8) around the bar; let the
   * bar, not the margin, line up with the text. */
  pad = MIN (self->style.font_size, height / 8);
  report_add_paint (self, self->body.x - pad, self->y - pad / 2, self->body.width + 2 * pad, height,
                    paint_chart, progress, chart_paint_free);
  self->y += height;
  report_add_line (self, self->body.x, self->y + 3, self->body.x + self->body.width, self->y + 3,
                   &self->style.grid, 0.5);
  self->y += 8;
}

gboolean
report_build_summary (EngageReport  *self,
                      GError       **error)
{
  g_autoptr(GListModel) kpis = engage_project_list_kpis (self->project);
  g_autofree char *today = today_iso (self);
  g_autofree char *today_text = report_format_gdate (self, &self->today, ENGAGE_REPORT_DATE_LONG);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *lead = NULL;
  EngageEngagementBasis basis = engage_project_get_engagement_basis (self->project);
  EngageNpsSummary nps;
  EngageEngagement engagement;
  guint published, planned;
  gint64 survey = first_survey (self);
  Card cards[3] = { { 0 } };

  period_iso (self, &from, &to);

  /* Translators: the lead of the summary; %s is a date. */
  lead = g_markup_printf_escaped (T_ (self, N_("Where the strategy stands on %s: the goals, how loyal customers are and how much the posts engage them.")),
                                  today_text);
  report_chapter (self, T_ (self, N_("Summary")), lead);

  engage_nps_summary_init (&nps);
  if (survey != 0 && !engage_project_summarize_nps (self->project, survey, from, today, &nps, error))
    return FALSE;
  if (!total_engagement (self, &engagement, NULL, error))
    return FALSE;
  count_posts (self, &published, &planned);

  cards[0].caption = g_strdup (T_ (self, N_("Net Promoter Score")));
  cards[0].figure = nps.n > 0 ? engage_report_catalog_format_signed (self->catalog, nps.nps, 0) : g_strdup ("–");
  cards[0].detail = nps.n > 0 ? margin_text (self, &nps) : g_strdup (T_ (self, N_("No responses in this period")));
  cards[0].color = self->style.accent;

  cards[1].caption = g_strdup (engagement_rate_label (self, basis));
  cards[1].figure = report_format_value (self, engagement.rate, 1, "%");
  {
    g_autofree char *posts = report_format_number (self, engagement.n_posts, 0);
    g_autofree char *interactions = report_format_number (self, engagement.interactions, 0);
    g_autofree char *base = report_format_number (self, engagement.basis, 0);

    cards[1].detail = g_strdup_printf (engagement_detail (self, basis), posts, interactions, base);
  }
  cards[1].color = self->style.success;

  cards[2].caption = g_strdup (T_ (self, N_("Published posts")));
  cards[2].figure = report_format_number (self, published, 0);
  {
    g_autofree char *n = report_format_number (self, planned, 0);

    /* Translators: under the number of published posts; %s is a number of posts. */
    cards[2].detail = g_strdup_printf (T_ (self, N_("%s more planned until the end of the period")), n);
  }
  cards[2].color = self->style.warning;

  add_cards (self, cards, G_N_ELEMENTS (cards));
  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    card_clear (&cards[i]);

  report_heading (self, T_ (self, N_("Goals")), NULL, 70);

  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(EngageKpi) kpi = g_list_model_get_item (kpis, i);
      g_autofree char *name = g_strdup_printf ("kpi-progress:%" G_GINT64_FORMAT, engage_kpi_get_id (kpi));
      EngageKpiAssessment assessment;
      ChartPaint *progress;

      if (!engage_project_assess_kpi (self->project, engage_kpi_get_id (kpi), today, &assessment, error))
        return FALSE;

      progress = chart_paint_new (self, name, error);
      if (progress == NULL)
        return FALSE;

      add_summary_kpi (self, kpi, &assessment, progress);
    }

  if (g_list_model_get_n_items (kpis) == 0)
    report_paragraph (self, REPORT_FONT_BODY, T_ (self, N_("The project has no KPIs yet.")),
                      &self->style.dim_foreground);

  return TRUE;
}

/* KPIs */

/* The goal as a sentence with the target (first %s) and the due date (second). */
static const char *
criterion_text (EngageReport       *self,
                EngageKpiCriterion  criterion)
{
  switch (criterion)
    {
    case ENGAGE_KPI_CRITERION_STAY_ABOVE:
      /* Translators: a KPI's goal; %1$s is a value ("4.5%"), %2$s a date. */
      return T_ (self, N_("stay above %1$s until %2$s"));
    case ENGAGE_KPI_CRITERION_STAY_BELOW:
      /* Translators: a KPI's goal; %1$s is a value ("4 hours"), %2$s a date. */
      return T_ (self, N_("stay below %1$s until %2$s"));
    case ENGAGE_KPI_CRITERION_AT_LEAST:
    default:
      /* Translators: a KPI's goal; %1$s is a value ("5.5%"), %2$s a date. */
      return T_ (self, N_("reach at least %1$s by %2$s"));
    }
}

gboolean
report_build_kpis (EngageReport  *self,
                   GError       **error)
{
  g_autoptr(GListModel) kpis = engage_project_list_kpis (self->project);
  g_autofree char *today = today_iso (self);

  if (g_list_model_get_n_items (kpis) == 0)
    return TRUE;

  report_chapter (self, T_ (self, N_("Goals in detail")),
                  T_ (self, N_("Each KPI with its measurements, the target, the straight line from the baseline to the target (the pace it takes) and a forecast from the trend so far.")));

  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(EngageKpi) kpi = g_list_model_get_item (kpis, i);
      g_autofree char *name = g_strdup_printf ("kpi:%" G_GINT64_FORMAT, engage_kpi_get_id (kpi));
      int decimals = kpi_decimals (kpi);
      const char *unit = engage_kpi_get_unit (kpi);
      g_autofree char *baseline = report_format_value (self, engage_kpi_get_baseline_value (kpi), decimals, unit);
      g_autofree char *target = report_format_value (self, engage_kpi_get_target_value (kpi), decimals, unit);
      g_autofree char *due = report_format_date (self, engage_kpi_get_due_date (kpi), ENGAGE_REPORT_DATE_LONG);
      g_autofree char *current = NULL;
      g_autofree char *forecast = NULL;
      g_autofree char *goal = NULL;
      g_autofree char *latest = NULL;
      g_autofree char *status_hex = NULL;
      g_autofree char *facts = NULL;
      g_autofree char *notes = NULL;
      g_autoptr(PangoLayout) l_facts = NULL;
      g_autoptr(PangoLayout) l_notes = NULL;
      EngageKpiAssessment assessment;
      ChartPaint *chart;
      double chart_height = KPI_CHART_HEIGHT;
      double heading_height = report_heading_height (self, engage_kpi_get_name (kpi));
      double text_height, height;

      if (!engage_project_assess_kpi (self->project, engage_kpi_get_id (kpi), today, &assessment, error))
        return FALSE;

      chart = chart_paint_new (self, name, error);
      if (chart == NULL)
        return FALSE;

      current = report_format_value (self, assessment.current, decimals, unit);
      forecast = report_format_value (self, assessment.forecast, decimals, unit);
      status_hex = rgba_to_hex (kpi_status_color (self, assessment.status));
      goal = g_strdup_printf (criterion_text (self, engage_kpi_get_criterion (kpi)), target, due);
      if (assessment.current_date[0] != '\0')
        {
          g_autofree char *measured = report_format_date (self, assessment.current_date, ENGAGE_REPORT_DATE_SHORT);

          latest = g_strdup_printf ("%s (%s)", current, measured);
        }
      else
        {
          latest = g_strdup (current);
        }
      facts = g_markup_printf_escaped ("<b>%s</b>  %s   ·   %s %s\n"
                                       "<b>%s</b>  %s   ·   <span foreground=\"%s\"><b>%s</b></span>   ·   %s %s",
                                       T_ (self, N_("Target")), goal, T_ (self, N_("Baseline")), baseline,
                                       T_ (self, N_("Latest")), latest, status_hex,
                                       kpi_status_label (self, assessment.status),
                                       T_ (self, N_("Forecast for the due date")), forecast);
      l_facts = report_layout (self, REPORT_FONT_SMALL, facts, self->body.width, PANGO_ALIGN_LEFT);

      if (engage_kpi_get_notes (kpi) != NULL && *engage_kpi_get_notes (kpi) != '\0')
        {
          notes = report_escape (engage_kpi_get_notes (kpi));
          l_notes = report_layout (self, REPORT_FONT_BODY, notes, self->body.width, PANGO_ALIGN_LEFT);
        }

      text_height = report_layout_height (l_facts) + 8 + (l_notes ? report_layout_height (l_notes) + 8 : 0);
      height = text_height + chart_height;

      /* A somewhat smaller chart rather than half a page left empty. */
      if (!report_at_page_top (self) &&
          report_space_left (self) - REPORT_HEADING_SPACE_BEFORE - heading_height < height &&
          report_space_left (self) - REPORT_HEADING_SPACE_BEFORE - heading_height >= text_height + MIN_KPI_CHART_HEIGHT)
        {
          chart_height = report_space_left (self) - REPORT_HEADING_SPACE_BEFORE - heading_height - text_height;
          height = text_height + chart_height;
        }

      /* A KPI is one block: its heading, chart and notes on the same page. */
      report_heading (self, engage_kpi_get_name (kpi), NULL, height);
      report_add_layout (self, l_facts, self->body.x, self->y, &self->style.dim_foreground);
      self->y += report_layout_height (l_facts) + 8;
      report_add_paint (self, self->body.x, self->y, self->body.width, chart_height, paint_chart, chart,
                        chart_paint_free);
      self->y += chart_height + 4;

      if (l_notes != NULL)
        {
          report_add_layout (self, l_notes, self->body.x, self->y, NULL);
          self->y += report_layout_height (l_notes) + 4;
        }
    }

  return TRUE;
}

/* NPS */

typedef struct
{
  int         min_score;
  int         max_score;
  const char *label;
  EngageRgba  color;
} NpsGroup;

static void
add_comments (EngageReport *self,
              gint64        survey,
              const char   *from,
              const char   *to)
{
  g_autoptr(GListModel) responses = engage_project_list_nps_responses (self->project, survey, from, to);
  guint n = g_list_model_get_n_items (responses);
  NpsGroup groups[] = {
    { 9, 10, T_ (self, N_("Promoters (9–10)")), self->style.promoter },
    { 7, 8, T_ (self, N_("Passives (7–8)")), self->style.passive },
    { 0, 6, T_ (self, N_("Detractors (0–6)")), self->style.detractor },
  };

  report_heading (self, T_ (self, N_("What customers say")), NULL, 80);

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", groups[g].label);
      g_autoptr(PangoLayout) l_title = report_layout (self, REPORT_FONT_H3, title, self->body.width - 14,
                                                      PANGO_ALIGN_LEFT);
      guint shown = 0;

      report_ensure_space (self, report_layout_height (l_title) + 50);
      report_add_rect (self, self->body.x, self->y + 3, 8, 8, &groups[g].color, 4);
      report_add_layout (self, l_title, self->body.x + 14, self->y, NULL);
      self->y += report_layout_height (l_title) + 6;

      /* The most recent first: the list comes oldest first. */
      for (guint i = n; i > 0 && shown < COMMENTS_PER_GROUP; i--)
        {
          g_autoptr(EngageNpsResponse) response = g_list_model_get_item (responses, i - 1);
          int score = engage_nps_response_get_score (response);
          const char *comment = engage_nps_response_get_comment (response);
          const char *segment = engage_nps_response_get_segment (response);
          g_autofree char *quote = NULL;
          g_autofree char *date = NULL;
          g_autofree char *source = NULL;
          g_autoptr(PangoLayout) l_quote = NULL;
          g_autoptr(PangoLayout) l_source = NULL;
          double height;

          if (score < groups[g].min_score || score > groups[g].max_score || comment == NULL || *comment == '\0')
            continue;

          {
            g_autofree char *escaped = report_escape (comment);
            /* Translators: a customer's comment in quotation marks; use your language's marks. */
            g_autofree char *quoted = g_strdup_printf (T_ (self, N_("“%s”")), escaped);

            quote = g_strdup_printf ("<i>%s</i>", quoted);
          }
          date = report_format_date (self, engage_nps_response_get_date (response), ENGAGE_REPORT_DATE_SHORT);
          if (segment != NULL && *segment != '\0')
            source = g_markup_printf_escaped ("%s · %s · %s %d", date, segment, T_ (self, N_("score")), score);
          else
            source = g_markup_printf_escaped ("%s · %s %d", date, T_ (self, N_("score")), score);

          l_quote = report_layout (self, REPORT_FONT_BODY, quote, self->body.width - 28, PANGO_ALIGN_LEFT);
          l_source = report_layout (self, REPORT_FONT_SMALL, source, self->body.width - 28, PANGO_ALIGN_LEFT);
          height = report_layout_height (l_quote) + report_layout_height (l_source) + 10;

          report_ensure_space (self, height);
          report_add_rect (self, self->body.x + 14, self->y, 2, height - 8, &groups[g].color, 0);
          report_add_layout (self, l_quote, self->body.x + 24, self->y, NULL);
          self->y += report_layout_height (l_quote) + 1;
          report_add_layout (self, l_source, self->body.x + 24, self->y, &self->style.dim_foreground);
          self->y += report_layout_height (l_source) + 9;
          shown++;
        }

      if (shown == 0)
        report_add_text (self, REPORT_FONT_SMALL, T_ (self, N_("No comments in this period.")),
                         self->body.x + 24, self->body.width - 24, &self->style.dim_foreground);
      self->y += 8;
    }
}

gboolean
report_build_nps (EngageReport  *self,
                  GError       **error)
{
  gint64 survey = first_survey (self);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *today = today_iso (self);
  EngageNpsSummary nps;
  Card cards[3] = { { 0 } };

  if (survey == 0)
    return TRUE;

  period_iso (self, &from, &to);
  engage_nps_summary_init (&nps);
  if (!engage_project_summarize_nps (self->project, survey, from, today, &nps, error))
    return FALSE;

  report_chapter (self, T_ (self, N_("Net Promoter Score")),
                  T_ (self, N_("How likely customers are to recommend us, from 0 to 10. The NPS is the share of promoters (9–10) minus the share of detractors (0–6), between −100 and +100.")));

  cards[0].caption = g_strdup (T_ (self, N_("NPS in the period")));
  cards[0].figure = nps.n > 0 ? engage_report_catalog_format_signed (self->catalog, nps.nps, 0) : g_strdup ("–");
  cards[0].detail = nps.n > 0 ? margin_text (self, &nps) : g_strdup (T_ (self, N_("No responses in this period")));
  cards[0].color = self->style.accent;
  cards[1].caption = g_strdup (T_ (self, N_("Promoters")));
  cards[1].figure = report_format_value (self, nps.n ? 100.0 * nps.promoters / nps.n : NAN, 0, "%");
  cards[1].detail = g_strdup_printf (T_ (self, N_("%u of %u responses")), nps.promoters, nps.n);
  cards[1].color = self->style.promoter;
  cards[2].caption = g_strdup (T_ (self, N_("Detractors")));
  cards[2].figure = report_format_value (self, nps.n ? 100.0 * nps.detractors / nps.n : NAN, 0, "%");
  cards[2].detail = g_strdup_printf (T_ (self, N_("%u of %u responses")), nps.detractors, nps.n);
  cards[2].color = self->style.detractor;
  add_cards (self, cards, G_N_ELEMENTS (cards));
  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    card_clear (&cards[i]);

  if (!add_chart (self, "nps", T_ (self, N_("NPS by month, with its margin of error")), 320, error))
    return FALSE;
  if (!add_chart (self, "nps-distribution", T_ (self, N_("Scores given")), 190, error))
    return FALSE;

  add_comments (self, survey, from, today);

  return TRUE;
}

/* Engagement */

gboolean
report_build_engagement (EngageReport  *self,
                         GError       **error)
{
  EngageEngagementBasis basis = engage_project_get_engagement_basis (self->project);
  g_autoptr(GArray) per_channel = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (report_row_free);
  g_autofree char *lead = NULL;
  EngageEngagement total;
  const ReportColumn columns[] = {
    { T_ (self, N_("Channel")), 0.3, PANGO_ALIGN_LEFT },
    { T_ (self, N_("Posts with figures")), 0.18, PANGO_ALIGN_RIGHT },
    { T_ (self, N_("Interactions")), 0.18, PANGO_ALIGN_RIGHT },
    { engagement_basis_name (self, basis), 0.18, PANGO_ALIGN_RIGHT },
    { T_ (self, N_("Rate")), 0.16, PANGO_ALIGN_RIGHT },
  };

  if (!total_engagement (self, &total, &per_channel, error))
    return FALSE;

  /* Translators: %s is e.g. "Engagement rate (interactions per reach)". */
  lead = g_markup_printf_escaped (T_ (self, N_("%s of the posts published in the period. A channel’s rate is the sum of its interactions divided by the sum of its basis, not the average of its posts’ rates.")),
                                  engagement_rate_label (self, basis));
  report_chapter (self, T_ (self, N_("Engagement per channel")), lead);

  if (!add_chart (self, "engagement", engagement_rate_label (self, basis), 200, error))
    return FALSE;
  if (!add_chart (self, "channels", T_ (self, N_("Channels compared")), 150, error))
    return FALSE;

  for (guint i = 0; i < per_channel->len; i++)
    {
      const EngageEngagement *row = &g_array_index (per_channel, EngageEngagement, i);
      g_autoptr(EngageChannel) channel = engage_project_get_channel (self->project, row->channel_id, NULL);
      g_autofree char *name = report_escape (channel ? engage_channel_get_name (channel) : "–");
      g_autofree char *posts = report_format_number (self, row->n_posts, 0);
      g_autofree char *interactions = report_format_number (self, row->interactions, 0);
      g_autofree char *base = report_format_number (self, row->basis, 0);
      g_autofree char *rate = report_format_value (self, row->rate, 2, "%");
      EngageRgba color;

      report_parse_color (&color, channel ? engage_channel_get_color (channel) : NULL, &self->style.dim_foreground);
      g_ptr_array_add (rows, report_row_new (&color, name, posts, interactions, base, rate, NULL));
    }

  {
    g_autofree char *label = g_markup_printf_escaped ("<b>%s</b>", T_ (self, N_("All channels")));
    g_autofree char *posts = report_format_number (self, total.n_posts, 0);
    g_autofree char *interactions = report_format_number (self, total.interactions, 0);
    g_autofree char *base = report_format_number (self, total.basis, 0);
    g_autofree char *rate = report_format_value (self, total.rate, 2, "%");
    g_autofree char *b_posts = g_strdup_printf ("<b>%s</b>", posts);
    g_autofree char *b_interactions = g_strdup_printf ("<b>%s</b>", interactions);
    g_autofree char *b_base = g_strdup_printf ("<b>%s</b>", base);
    g_autofree char *b_rate = g_strdup_printf ("<b>%s</b>", rate);

    g_ptr_array_add (rows, report_row_new (NULL, label, b_posts, b_interactions, b_base, b_rate, NULL));
  }

  if (per_channel->len > 0)
    {
      report_skip (self, 6);
      report_add_table (self, columns, G_N_ELEMENTS (columns), rows);
    }

  return TRUE;
}

/* Content mix */

gboolean
report_build_mix (EngageReport  *self,
                  GError       **error)
{
  g_autoptr(GArray) mix = engage_project_content_mix (self->project, self->from, self->to, error);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (report_row_free);
  const ReportColumn columns[] = {
    { T_ (self, N_("Content pillar")), 0.4, PANGO_ALIGN_LEFT },
    { T_ (self, N_("Posts")), 0.12, PANGO_ALIGN_RIGHT },
    { T_ (self, N_("Share")), 0.16, PANGO_ALIGN_RIGHT },
    { T_ (self, N_("Target")), 0.16, PANGO_ALIGN_RIGHT },
    { T_ (self, N_("Difference")), 0.16, PANGO_ALIGN_RIGHT },
  };

  if (mix == NULL)
    return FALSE;

  report_chapter (self, T_ (self, N_("Content mix")),
                  T_ (self, N_("The share of each content pillar in the posts of the period, against the share the strategy aims for.")));

  if (!add_chart (self, "mix", NULL, MAX (150, 34 * mix->len + 70), error))
    {
      engage_mix_entries_free (g_steal_pointer (&mix));
      return FALSE;
    }

  for (guint i = 0; i < mix->len; i++)
    {
      const EngageMixEntry *entry = &g_array_index (mix, EngageMixEntry, i);
      g_autofree char *name = report_escape (entry->name ? entry->name : T_ (self, N_("Without pillar")));
      g_autofree char *posts = report_format_number (self, entry->n_posts, 0);
      g_autofree char *share = report_format_value (self, 100 * entry->share, 0, "%");
      g_autofree char *target = entry->target_share > 0
                                ? report_format_value (self, 100 * entry->target_share, 0, "%") : g_strdup ("–");
      g_autofree char *difference = NULL;
      EngageRgba color;

      if (entry->target_share > 0)
        {
          g_autofree char *points = engage_report_catalog_format_signed (self->catalog,
                                                                          100 * (entry->share - entry->target_share), 0);
          /* Translators: a difference of shares in percentage points, e.g. "+4 pp". */
          difference = g_strdup_printf (T_ (self, N_("%s pp")), points);
        }
      else
        {
          difference = g_strdup ("–");
        }

      report_parse_color (&color, entry->color, &self->style.dim_foreground);
      g_ptr_array_add (rows, report_row_new (&color, name, posts, share, target, difference, NULL));
    }

  report_skip (self, 6);
  report_add_table (self, columns, G_N_ELEMENTS (columns), rows);
  engage_mix_entries_free (g_steal_pointer (&mix));

  return TRUE;
}
