/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-chart-data.h"
#include "engage-metrics.h"
#include "engage-nps-query.h"
#include "engage-project.h"

G_BEGIN_DECLS

/**
 * EngageNpsSpan:
 * @ENGAGE_NPS_SPAN_ALL: every response
 * @ENGAGE_NPS_SPAN_LAST_30_DAYS: today and the 29 days before
 * @ENGAGE_NPS_SPAN_LAST_90_DAYS: today and the 89 days before
 * @ENGAGE_NPS_SPAN_THIS_YEAR: the calendar year of today
 *
 * The periods the comments list can be narrowed to.
 */
typedef enum
{
  ENGAGE_NPS_SPAN_ALL,
  ENGAGE_NPS_SPAN_LAST_30_DAYS,
  ENGAGE_NPS_SPAN_LAST_90_DAYS,
  ENGAGE_NPS_SPAN_THIS_YEAR,
} EngageNpsSpan;

#define ENGAGE_TYPE_NPS_VIEW (engage_nps_view_get_type ())

G_DECLARE_FINAL_TYPE (EngageNpsView, engage_nps_view, ENGAGE, NPS_VIEW, AdwBin)

GtkWidget      *engage_nps_view_new               (EngageProject     *project);
EngageProject  *engage_nps_view_get_project       (EngageNpsView     *self);
gint64          engage_nps_view_get_survey_id     (EngageNpsView     *self);
void            engage_nps_view_set_survey_id     (EngageNpsView     *self,
                                                   gint64             survey_id);
EngagePeriod    engage_nps_view_get_trend_period  (EngageNpsView     *self);
void            engage_nps_view_set_trend_period  (EngageNpsView     *self,
                                                   EngagePeriod       period);
const char     *engage_nps_view_get_today         (EngageNpsView     *self);
void            engage_nps_view_set_today         (EngageNpsView     *self,
                                                   const char        *today);
void            engage_nps_view_set_category      (EngageNpsView     *self,
                                                   EngageNpsCategory  category);
void            engage_nps_view_set_segment       (EngageNpsView     *self,
                                                   const char        *segment);
void            engage_nps_view_set_span          (EngageNpsView     *self,
                                                   EngageNpsSpan      span);
void            engage_nps_view_set_search_text   (EngageNpsView     *self,
                                                   const char        *text);
EngageNpsQuery *engage_nps_view_get_query         (EngageNpsView     *self);
guint           engage_nps_view_get_n_rows        (EngageNpsView     *self);
const char     *engage_nps_view_get_count_text    (EngageNpsView     *self);
EngageChart    *engage_nps_view_get_trend_chart   (EngageNpsView     *self);
GtkWindow      *engage_nps_view_add_response      (EngageNpsView     *self);

void            engage_nps_span_get_range         (EngageNpsSpan      span,
                                                   const char        *today,
                                                   char             **from_date,
                                                   char             **to_date);
void            engage_nps_view_ensure_style      (GtkWidget         *widget);

G_END_DECLS
