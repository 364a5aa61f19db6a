/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-types"

#include "config.h"

#include "engage-types.h"

#include <string.h>

#include <glib/gi18n.h>

typedef struct
{
  const char *nick;
  const char *label;
} EnumInfo;

static const EnumInfo channel_kinds[] = {
  { "facebook",   N_("Facebook") },
  { "instagram",  N_("Instagram") },
  { "linkedin",   N_("LinkedIn") },
  { "xing",       N_("XING") },
  { "x",          N_("X") },
  { "mastodon",   N_("Mastodon") },
  { "threads",    N_("Threads") },
  { "tiktok",     N_("TikTok") },
  { "youtube",    N_("YouTube") },
  { "newsletter", N_("Newsletter") },
  { "blog",       N_("Blog") },
  { "other",      N_("Other") },
};

/* Character limits of a post's text as the platforms publish them; 0 means the
 * medium has no practical limit (a newsletter, a blog). */
static const guint channel_char_limits[] = {
  63206, /* facebook */
  2200,  /* instagram caption */
  3000,  /* linkedin */
  3000,  /* xing */
  280,   /* x, without a premium subscription */
  500,   /* mastodon, the default of most servers */
  500,   /* threads */
  4000,  /* tiktok caption */
  5000,  /* youtube description */
  0,     /* newsletter */
  0,     /* blog */
  0,     /* other */
};

/* Hashtag limits; 0 means none. Instagram rejects more than 30, Threads links one
 * topic tag, YouTube ignores all hashtags of a video beyond 15. */
static const guint channel_hashtag_limits[] = {
  0, 30, 0, 0, 0, 0, 1, 0, 15, 0, 0, 0,
};

static const EnumInfo post_statuses[] = {
  { "idea",      N_("Idea") },
  { "draft",     N_("Draft") },
  { "in-review", N_("In Review") },
  { "approved",  N_("Approved") },
  { "scheduled", N_("Scheduled") },
  { "published", N_("Published") },
  { "archived",  N_("Archived") },
};

static const char * const post_status_icons[] = {
  "engage-status-idea-symbolic",
  "engage-status-draft-symbolic",
  "engage-status-review-symbolic",
  "engage-status-approved-symbolic",
  "engage-status-scheduled-symbolic",
  "engage-status-published-symbolic",
  "engage-status-archived-symbolic",
};

static const EnumInfo kpi_metrics[] = {
  { "engagement-rate",  N_("Engagement rate") },
  { "nps",              N_("Net Promoter Score") },
  { "followers",        N_("Followers") },
  { "reach",            N_("Reach") },
  { "response-time",    N_("Response time") },
  { "repeat-purchases", N_("Repeat purchases") },
  { "website-visits",   N_("Website visits") },
  { "custom",           N_("Custom") },
};

static const EnumInfo kpi_criteria[] = {
  { "at-least",    N_("Reach at least") },
  { "stay-above",  N_("Stay above") },
  { "stay-below",  N_("Stay below") },
};

static const EnumInfo engagement_bases[] = {
  { "reach",       N_("Reach") },
  { "impressions", N_("Impressions") },
  { "followers",   N_("Followers") },
};

static const EnumInfo measurement_sources[] = {
  { "manual",  N_("Manual") },
  { "import",  N_("Import") },
  { "derived", N_("Derived") },
};

static const EnumInfo severities[] = {
  { "info",    N_("Info") },
  { "warning", N_("Warning") },
  { "error",   N_("Error") },
};

static const char * const severity_icons[] = {
  "dialog-information-symbolic",
  "dialog-warning-symbolic",
  "dialog-error-symbolic",
};

static gboolean
lookup_nick (const EnumInfo *infos,
             guint           n_infos,
             const char     *str,
             int            *value)
{
  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < n_infos; i++)
    {
      if (g_str_equal (infos[i].nick, str))
        {
          *value = i;
          return TRUE;
        }
    }

  return FALSE;
}

#define DEFINE_ENUM_STRINGS(TypeName, type_name, table)                              \
  const char *                                                                       \
  engage_##type_name##_to_string (TypeName value)                                    \
  {                                                                                  \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL);               \
    return table[value].nick;                                                        \
  }                                                                                  \
                                                                                     \
  gboolean                                                                           \
  engage_##type_name##_from_string (const char *str,                                 \
                                    TypeName   *value)                               \
  {                                                                                  \
    int v;                                                                           \
                                                                                     \
    if (!lookup_nick (table, G_N_ELEMENTS (table), str, &v))                         \
      return FALSE;                                                                  \
    *value = (TypeName) v;                                                           \
    return TRUE;                                                                     \
  }

DEFINE_ENUM_STRINGS (EngageChannelKind, channel_kind, channel_kinds)
DEFINE_ENUM_STRINGS (EngagePostStatus, post_status, post_statuses)
DEFINE_ENUM_STRINGS (EngageKpiMetric, kpi_metric, kpi_metrics)
DEFINE_ENUM_STRINGS (EngageKpiCriterion, kpi_criterion, kpi_criteria)
DEFINE_ENUM_STRINGS (EngageEngagementBasis, engagement_basis, engagement_bases)
DEFINE_ENUM_STRINGS (EngageMeasurementSource, measurement_source, measurement_sources)
DEFINE_ENUM_STRINGS (EngageSeverity, severity, severities)

const char *
engage_channel_kind_get_label (EngageChannelKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (channel_kinds), NULL);
  return _(channel_kinds[kind].label);
}

guint
engage_channel_kind_get_default_char_limit (EngageChannelKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (channel_char_limits), 0);
  return channel_char_limits[kind];
}

guint
engage_channel_kind_get_default_hashtag_limit (EngageChannelKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (channel_hashtag_limits), 0);
  return channel_hashtag_limits[kind];
}

const char *
engage_post_status_get_label (EngagePostStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (post_statuses), NULL);
  return _(post_statuses[status].label);
}

const char *
engage_post_status_get_icon_name (EngagePostStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (post_status_icons), NULL);
  return post_status_icons[status];
}

const char *
engage_kpi_metric_get_label (EngageKpiMetric metric)
{
  g_return_val_if_fail ((guint) metric < G_N_ELEMENTS (kpi_metrics), NULL);
  return _(kpi_metrics[metric].label);
}

const char *
engage_kpi_criterion_get_label (EngageKpiCriterion criterion)
{
  g_return_val_if_fail ((guint) criterion < G_N_ELEMENTS (kpi_criteria), NULL);
  return _(kpi_criteria[criterion].label);
}

const char *
engage_engagement_basis_get_label (EngageEngagementBasis basis)
{
  g_return_val_if_fail ((guint) basis < G_N_ELEMENTS (engagement_bases), NULL);
  return _(engagement_bases[basis].label);
}

const char *
engage_severity_get_label (EngageSeverity severity)
{
  g_return_val_if_fail ((guint) severity < G_N_ELEMENTS (severities), NULL);
  return _(severities[severity].label);
}

const char *
engage_severity_get_icon_name (EngageSeverity severity)
{
  g_return_val_if_fail ((guint) severity < G_N_ELEMENTS (severity_icons), NULL);
  return severity_icons[severity];
}

/**
 * engage_iso_date_parse:
 * @iso_date: (nullable): a date as "YYYY-MM-DD"
 * @date: (out caller-allocates): the parsed date
 *
 * Returns: %TRUE if @iso_date is a valid calendar date in exactly that form
 */
gboolean
engage_iso_date_parse (const char *iso_date,
                       GDate      *date)
{
  guint year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);

  if (iso_date == NULL || strlen (iso_date) != 10 ||
      iso_date[4] != '-' || iso_date[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (iso_date[i]))
      return FALSE;

  year = g_ascii_strtoull (iso_date, NULL, 10);
  month = g_ascii_strtoull (iso_date + 5, NULL, 10);
  day = g_ascii_strtoull (iso_date + 8, NULL, 10);

  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

gboolean
engage_iso_date_is_valid (const char *iso_date)
{
  GDate date;

  return engage_iso_date_parse (iso_date, &date);
}

/**
 * engage_iso_date_format:
 *
 * Returns: (transfer full): @date as "YYYY-MM-DD"
 */
char *
engage_iso_date_format (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date));
}
