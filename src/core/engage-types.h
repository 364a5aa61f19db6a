/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * EngageChannelKind:
 *
 * The social network or medium a channel publishes to. Stored in the project file
 * as the kebab-case nick ("facebook", "newsletter" …).
 */
typedef enum
{
  ENGAGE_CHANNEL_KIND_FACEBOOK,
  ENGAGE_CHANNEL_KIND_INSTAGRAM,
  ENGAGE_CHANNEL_KIND_LINKEDIN,
  ENGAGE_CHANNEL_KIND_XING,
  ENGAGE_CHANNEL_KIND_X,
  ENGAGE_CHANNEL_KIND_MASTODON,
  ENGAGE_CHANNEL_KIND_THREADS,
  ENGAGE_CHANNEL_KIND_TIKTOK,
  ENGAGE_CHANNEL_KIND_YOUTUBE,
  ENGAGE_CHANNEL_KIND_NEWSLETTER,
  ENGAGE_CHANNEL_KIND_BLOG,
  ENGAGE_CHANNEL_KIND_OTHER,
} EngageChannelKind;

typedef enum
{
  ENGAGE_POST_STATUS_IDEA,
  ENGAGE_POST_STATUS_DRAFT,
  ENGAGE_POST_STATUS_IN_REVIEW,
  ENGAGE_POST_STATUS_APPROVED,
  ENGAGE_POST_STATUS_SCHEDULED,
  ENGAGE_POST_STATUS_PUBLISHED,
  ENGAGE_POST_STATUS_ARCHIVED,
} EngagePostStatus;

typedef enum
{
  ENGAGE_KPI_METRIC_ENGAGEMENT_RATE,
  ENGAGE_KPI_METRIC_NPS,
  ENGAGE_KPI_METRIC_FOLLOWERS,
  ENGAGE_KPI_METRIC_REACH,
  ENGAGE_KPI_METRIC_RESPONSE_TIME,
  ENGAGE_KPI_METRIC_REPEAT_PURCHASES,
  ENGAGE_KPI_METRIC_WEBSITE_VISITS,
  ENGAGE_KPI_METRIC_CUSTOM,
} EngageKpiMetric;

typedef enum
{
  ENGAGE_KPI_CRITERION_AT_LEAST,
  ENGAGE_KPI_CRITERION_STAY_ABOVE,
  ENGAGE_KPI_CRITERION_STAY_BELOW,
} EngageKpiCriterion;

typedef enum
{
  ENGAGE_ENGAGEMENT_BASIS_REACH,
  ENGAGE_ENGAGEMENT_BASIS_IMPRESSIONS,
  ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS,
} EngageEngagementBasis;

typedef enum
{
  ENGAGE_MEASUREMENT_SOURCE_MANUAL,
  ENGAGE_MEASUREMENT_SOURCE_IMPORT,
  ENGAGE_MEASUREMENT_SOURCE_DERIVED,
} EngageMeasurementSource;

typedef enum
{
  ENGAGE_SEVERITY_INFO,
  ENGAGE_SEVERITY_WARNING,
  ENGAGE_SEVERITY_ERROR,
} EngageSeverity;

/**
 * EngageTables:
 *
 * Which parts of a project an edit touched; carried by #EngageProject::changed so
 * that a view reloads only what it shows.
 */
typedef enum /*< flags >*/
{
  ENGAGE_TABLE_PROJECT       = 1 << 0,
  ENGAGE_TABLE_CHANNEL       = 1 << 1,
  ENGAGE_TABLE_PILLAR        = 1 << 2,
  ENGAGE_TABLE_POST          = 1 << 3,
  ENGAGE_TABLE_POST_METRIC   = 1 << 4,
  ENGAGE_TABLE_SECTION       = 1 << 5,
  ENGAGE_TABLE_RULE          = 1 << 6,
  ENGAGE_TABLE_KPI           = 1 << 7,
  ENGAGE_TABLE_MEASUREMENT   = 1 << 8,
  ENGAGE_TABLE_SURVEY        = 1 << 9,
  ENGAGE_TABLE_RESPONSE      = 1 << 10,
  ENGAGE_TABLE_IMPORT_BATCH  = 1 << 11,
  ENGAGE_TABLE_ALL           = (1 << 12) - 1,
} EngageTables;

const char        *engage_channel_kind_to_string        (EngageChannelKind kind);
gboolean           engage_channel_kind_from_string      (const char       *str,
                                                         EngageChannelKind *kind);
const char        *engage_channel_kind_get_label        (EngageChannelKind kind);
guint              engage_channel_kind_get_default_char_limit    (EngageChannelKind kind);
guint              engage_channel_kind_get_default_hashtag_limit (EngageChannelKind kind);

const char        *engage_post_status_to_string         (EngagePostStatus  status);
gboolean           engage_post_status_from_string       (const char       *str,
                                                         EngagePostStatus *status);
const char        *engage_post_status_get_label         (EngagePostStatus  status);
const char        *engage_post_status_get_icon_name     (EngagePostStatus  status);

const char        *engage_kpi_metric_to_string          (EngageKpiMetric   metric);
gboolean           engage_kpi_metric_from_string        (const char       *str,
                                                         EngageKpiMetric  *metric);
const char        *engage_kpi_metric_get_label          (EngageKpiMetric   metric);

const char        *engage_kpi_criterion_to_string       (EngageKpiCriterion criterion);
gboolean           engage_kpi_criterion_from_string     (const char        *str,
                                                         EngageKpiCriterion *criterion);
const char        *engage_kpi_criterion_get_label       (EngageKpiCriterion criterion);

const char        *engage_engagement_basis_to_string    (EngageEngagementBasis basis);
gboolean           engage_engagement_basis_from_string  (const char            *str,
                                                         EngageEngagementBasis *basis);
const char        *engage_engagement_basis_get_label    (EngageEngagementBasis basis);

const char        *engage_measurement_source_to_string  (EngageMeasurementSource source);
gboolean           engage_measurement_source_from_string (const char              *str,
                                                          EngageMeasurementSource *source);

const char        *engage_severity_to_string            (EngageSeverity    severity);
gboolean           engage_severity_from_string          (const char       *str,
                                                         EngageSeverity   *severity);
const char        *engage_severity_get_label            (EngageSeverity    severity);
const char        *engage_severity_get_icon_name        (EngageSeverity    severity);

/* Calendar dates are ISO 8601 "YYYY-MM-DD" strings throughout the model. */
gboolean           engage_iso_date_is_valid             (const char       *iso_date);
gboolean           engage_iso_date_parse                (const char       *iso_date,
                                                         GDate            *date);
char              *engage_iso_date_format               (const GDate      *date);

G_END_DECLS
