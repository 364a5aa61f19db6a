/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-sample"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "engage-sample.h"

#include "engage-channel.h"
#include "engage-kpi.h"
#include "engage-kpi-derive.h"
#include "engage-measurement.h"
#include "engage-nps-response.h"
#include "engage-nps-survey.h"
#include "engage-pillar.h"
#include "engage-post.h"
#include "engage-post-metric.h"
#include "engage-post-private.h"
#include "engage-project-private.h"
#include "engage-rule.h"
#include "engage-section.h"

/*
 * The sample project: a family bakery's social-media strategy, written out from
 * data/sample/sample-{de,en}.json around a given "today". The texts come from the
 * JSON; the plan, the metrics, the measurements and the survey answers are drawn
 * from a random generator seeded with the date, so the same date always gives
 * the same file.
 */

#define WEEKS_BEFORE 12
#define WEEKS_AFTER  8
#define SURVEY_DAYS  182
#define N_RESPONSES  264
#define N_IDEAS      8

typedef struct
{
  EngageProject *project;
  JsonObject    *root;
  GRand         *rand;
  GTimeZone     *tz;
  GDate          today;
  GDate          monday;        /* the Monday of today's week */
  GDateTime     *now;
  GPtrArray     *channels;      /* EngageChannel, in JSON order */
  GPtrArray     *pillars;       /* EngagePillar, in JSON order */
  guint         *next_idea;     /* per pillar */
  gint64         survey_id;
} Sample;

static void
sample_clear (Sample *sample)
{
  g_clear_pointer (&sample->rand, g_rand_free);
  g_clear_pointer (&sample->tz, g_time_zone_unref);
  g_clear_pointer (&sample->now, g_date_time_unref);
  g_clear_pointer (&sample->channels, g_ptr_array_unref);
  g_clear_pointer (&sample->pillars, g_ptr_array_unref);
  g_clear_pointer (&sample->next_idea, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Sample, sample_clear)

static JsonObject *
load_content (const char  *language,
              GError     **error)
{
  g_autofree char *path = g_strdup_printf ("/io/github/engageplanner/Engage/sample/sample-%s.json", language);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "The sample content is not a JSON object");
      return NULL;
    }

  return json_object_ref (json_node_get_object (root));
}

/* A GDateTime on @date at "HH:MM" in the project's time zone. */
static GDateTime *
local_time (Sample      *sample,
            const GDate *date,
            const char  *hh_mm)
{
  int hour = 9, minute = 0;

  if (hh_mm != NULL && strlen (hh_mm) == 5)
    {
      hour = (int) g_ascii_strtoll (hh_mm, NULL, 10);
      minute = (int) g_ascii_strtoll (hh_mm + 3, NULL, 10);
    }

  return g_date_time_new (sample->tz, g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date), hour, minute, 0);
}

static void
week_day (Sample *sample,
          int     week,
          int     iso_weekday,
          GDate  *date)
{
  *date = sample->monday;
  if (week * 7 + iso_weekday - 1 >= 0)
    g_date_add_days (date, week * 7 + iso_weekday - 1);
  else
    g_date_subtract_days (date, -(week * 7 + iso_weekday - 1));
}

static char *
iso_date_offset (const GDate *base,
                 int          days)
{
  GDate date = *base;

  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);

  return engage_iso_date_format (&date);
}

static GDateTime *
earlier_of (GDateTime *a,
            GDateTime *b)
{
  return g_date_time_ref (g_date_time_compare (a, b) <= 0 ? a : b);
}

static double
noise (Sample *sample)
{
  /* Sum of uniforms: a cheap, reproducible bell shape in [-1, 1]. */
  return (g_rand_double (sample->rand) + g_rand_double (sample->rand) + g_rand_double (sample->rand)) / 1.5 - 1.0;
}

static gint64
find_channel_id (Sample     *sample,
                 const char *kind)
{
  EngageChannelKind wanted;

  if (kind == NULL || !engage_channel_kind_from_string (kind, &wanted))
    return 0;

  for (guint i = 0; i < sample->channels->len; i++)
    {
      EngageChannel *channel = g_ptr_array_index (sample->channels, i);

      if (engage_channel_get_kind (channel) == wanted)
        return engage_channel_get_id (channel);
    }

  return 0;
}

static gboolean
add_project_details (Sample  *sample,
                     GError **error)
{
  JsonObject *details = json_object_get_object_member (sample->root, "project");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *uuid = NULL;
  EngageEngagementBasis basis = ENGAGE_ENGAGEMENT_BASIS_REACH;

  engage_engagement_basis_from_string (json_object_get_string_member (details, "engagement_basis"), &basis);

  if (!engage_project_set_details (sample->project,
                                   json_object_get_string_member (details, "name"),
                                   json_object_get_string_member (details, "client"),
                                   json_object_get_string_member (details, "time_zone"),
                                   json_object_get_string_member (details, "language"),
                                   basis, error))
    return FALSE;

  /* The bakery is in Herrenberg, Baden-Württemberg. */
  if (!engage_project_set_holiday_region (sample->project,
                                          json_object_get_string_member_with_default (details, "holiday_region", "DE"),
                                          error))
    return FALSE;

  /* The project's own identity is part of the reproducible file too. */
  stmt = _engage_project_prepare (sample->project, "UPDATE project SET uuid = ?1, created_at = ?2", error);
  if (stmt == NULL)
    return FALSE;
  uuid = _engage_project_new_uuid (sample->project);
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, g_date_time_to_unix (sample->now) - 16 * 7 * 24 * 3600);

  return _engage_project_step_done (sample->project, stmt, error);
}

static gboolean
add_channels (Sample  *sample,
              GError **error)
{
  JsonArray *channels = json_object_get_array_member (sample->root, "channels");

  for (guint i = 0; i < json_array_get_length (channels); i++)
    {
      JsonObject *object = json_array_get_object_element (channels, i);
      g_autoptr(EngageChannel) channel = NULL;
      EngageChannelKind kind = ENGAGE_CHANNEL_KIND_OTHER;

      engage_channel_kind_from_string (json_object_get_string_member (object, "kind"), &kind);
      channel = engage_channel_new (kind, json_object_get_string_member (object, "name"));
      engage_channel_set_handle (channel, json_object_get_string_member (object, "handle"));
      engage_channel_set_color (channel, json_object_get_string_member (object, "color"));
      engage_channel_set_position (channel, (int) i);

      if (!engage_project_add_channel (sample->project, channel, error))
        return FALSE;
      g_ptr_array_add (sample->channels, g_steal_pointer (&channel));
    }

  return TRUE;
}

static gboolean
add_pillars (Sample  *sample,
             GError **error)
{
  JsonArray *pillars = json_object_get_array_member (sample->root, "pillars");

  for (guint i = 0; i < json_array_get_length (pillars); i++)
    {
      JsonObject *object = json_array_get_object_element (pillars, i);
      g_autoptr(EngagePillar) pillar = engage_pillar_new (json_object_get_string_member (object, "name"));

      engage_pillar_set_description (pillar, json_object_get_string_member (object, "description"));
      engage_pillar_set_color (pillar, json_object_get_string_member (object, "color"));
      engage_pillar_set_target_share (pillar, json_object_get_double_member (object, "target_share"));
      engage_pillar_set_position (pillar, (int) i);

      if (!engage_project_add_pillar (sample->project, pillar, error))
        return FALSE;
      g_ptr_array_add (sample->pillars, g_steal_pointer (&pillar));
    }

  sample->next_idea = g_new0 (guint, sample->pillars->len);
  return TRUE;
}

/* The rule that says which words a pillar's posts must contain (the advertising
 * label), so that the regular plan only uses ideas that carry it. */
static JsonArray *
required_terms_for_pillar (Sample *sample,
                           guint   pillar)
{
  JsonArray *rules = json_object_get_array_member (sample->root, "rules");

  for (guint i = 0; i < json_array_get_length (rules); i++)
    {
      JsonObject *rule = json_array_get_object_element (rules, i);
      JsonNode *pillar_node = json_object_get_member (rule, "pillar");

      if (g_strcmp0 (json_object_get_string_member (rule, "kind"), "required-term") == 0 &&
          pillar_node != NULL && !JSON_NODE_HOLDS_NULL (pillar_node) &&
          (guint) json_node_get_int (pillar_node) == pillar)
        return json_object_get_array_member (json_object_get_object_member (rule, "params"), "terms");
    }

  return NULL;
}

static gboolean
idea_is_usable (Sample     *sample,
                guint       pillar,
                JsonObject *idea)
{
  JsonArray *terms = required_terms_for_pillar (sample, pillar);
  const char *text = json_object_get_string_member (idea, "text");

  if (terms == NULL)
    return TRUE;

  for (guint i = 0; i < json_array_get_length (terms); i++)
    if (strstr (text, json_array_get_string_element (terms, i)) != NULL)
      return TRUE;

  return FALSE;
}

static JsonObject *
next_idea (Sample *sample,
           guint   pillar)
{
  JsonObject *object = json_array_get_object_element (json_object_get_array_member (sample->root, "pillars"), pillar);
  JsonArray *ideas = json_object_get_array_member (object, "ideas");
  guint n = json_array_get_length (ideas);

  for (guint tries = 0; tries < n; tries++)
    {
      JsonObject *idea = json_array_get_object_element (ideas, sample->next_idea[pillar]++ % n);

      if (idea_is_usable (sample, pillar, idea))
        return idea;
    }

  return json_array_get_object_element (ideas, 0);
}

static guint
pick_pillar (Sample *sample)
{
  double r = g_rand_double (sample->rand);
  double sum = 0;

  for (guint i = 0; i < sample->pillars->len; i++)
    {
      sum += engage_pillar_get_target_share (g_ptr_array_index (sample->pillars, i));
      if (r < sum)
        return i;
    }

  return sample->pillars->len - 1;
}

static const char *
campaign_for (Sample *sample,
              int     week,
              guint   pillar)
{
  JsonArray *campaigns = json_object_get_array_member (sample->root, "campaigns");

  for (guint i = 0; i < json_array_get_length (campaigns); i++)
    {
      JsonObject *campaign = json_array_get_object_element (campaigns, i);
      JsonArray *weeks = json_object_get_array_member (campaign, "weeks");

      if ((guint) json_object_get_int_member (campaign, "pillar") == pillar &&
          week >= json_array_get_int_element (weeks, 0) &&
          week <= json_array_get_int_element (weeks, 1))
        return json_object_get_string_member (campaign, "name");
    }

  return "";
}

static char *
first_link (const char *text)
{
  const char *start = strstr (text, "https://");
  const char *end;

  if (start == NULL)
    return g_strdup ("");

  for (end = start; *end != '\0' && !g_ascii_isspace (*end); end++)
    ;
  while (end > start && strchr (".,;:!?)", end[-1]) != NULL)
    end--;

  return g_strndup (start, end - start);
}

/* Where the post would be found on the platform, so that analytics exports can be
 * matched to it later. */
static void
set_permalink (Sample        *sample,
               EngagePost    *post,
               EngageChannel *channel)
{
  guint64 id = 1700000000000000000ULL + (guint64) g_rand_int (sample->rand) * 1000 + g_rand_int_range (sample->rand, 0, 1000);
  const char *handle = engage_channel_get_handle (channel);
  g_autofree char *bare = g_strdup (handle[0] == '@' ? handle + 1 : handle);
  g_autofree char *permalink = NULL;
  g_autofree char *external_id = g_strdup_printf ("%" G_GUINT64_FORMAT, id);

  switch (engage_channel_get_kind (channel))
    {
    case ENGAGE_CHANNEL_KIND_INSTAGRAM:
      {
        static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
        char code[12];

        for (guint i = 0; i < sizeof code - 1; i++)
          code[i] = alphabet[g_rand_int_range (sample->rand, 0, sizeof alphabet - 1)];
        code[sizeof code - 1] = '\0';
        permalink = g_strdup_printf ("https://www.instagram.com/p/%s/", code);
        g_free (external_id);
        external_id = g_strdup (code);
      }
      break;

    case ENGAGE_CHANNEL_KIND_FACEBOOK:
      permalink = g_strdup_printf ("https://www.facebook.com/%s/posts/%s", bare, external_id);
      break;

    case ENGAGE_CHANNEL_KIND_X:
      permalink = g_strdup_printf ("https://x.com/%s/status/%s", bare, external_id);
      break;

    case ENGAGE_CHANNEL_KIND_LINKEDIN:
      permalink = g_strdup_printf ("https://www.linkedin.com/feed/update/urn:li:activity:%s/", external_id);
      break;

    case ENGAGE_CHANNEL_KIND_XING:
      permalink = g_strdup_printf ("https://www.xing.com/pages/%s/posts/%s", bare, external_id);
      break;

    case ENGAGE_CHANNEL_KIND_MASTODON:
    case ENGAGE_CHANNEL_KIND_THREADS:
    case ENGAGE_CHANNEL_KIND_TIKTOK:
    case ENGAGE_CHANNEL_KIND_YOUTUBE:
    case ENGAGE_CHANNEL_KIND_NEWSLETTER:
    case ENGAGE_CHANNEL_KIND_BLOG:
    case ENGAGE_CHANNEL_KIND_OTHER:
    default:
      {
        GDateTime *when = engage_post_get_scheduled_at (post);
        g_autofree char *day = g_date_time_format (when, "%Y-%m-%d");

        permalink = g_strdup_printf ("https://%s/%s", bare, day);
        g_free (external_id);
        external_id = g_strdup ("");
      }
      break;
    }

  engage_post_set_permalink (post, permalink);
  engage_post_set_external_id (post, external_id);
}

/* Plausible counts a week after publishing: reach from the channel's followers,
 * interactions rising slowly over the plan as the KPI wants them to. */
static gboolean
add_metrics (Sample        *sample,
             EngagePost    *post,
             JsonObject    *channel_object,
             EngageChannel *channel,
             int            week)
{
  g_autoptr(GDateTime) when = g_date_time_to_timezone (engage_post_get_scheduled_at (post), sample->tz);
  g_autoptr(EngagePostMetric) metric = NULL;
  g_autoptr(GError) error = NULL;
  EngageChannelKind kind = engage_channel_get_kind (channel);
  double followers = json_object_get_int_member (channel_object, "followers");
  double reach_factor = json_object_get_double_member (channel_object, "reach_factor");
  double growth = 1.0 + 0.02 * (week + WEEKS_BEFORE);
  double reach = followers * reach_factor * growth * (1.0 + 0.35 * noise (sample));
  double rate = (0.035 + 0.0012 * (week + WEEKS_BEFORE)) * (1.0 + 0.4 * noise (sample));
  double interactions = reach * rate;
  GDate date;
  g_autofree char *iso = NULL;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (when), g_date_time_get_month (when),
                  g_date_time_get_year (when));
  g_date_add_days (&date, 7);
  if (g_date_compare (&date, &sample->today) > 0)
    date = sample->today;
  iso = engage_iso_date_format (&date);

  metric = engage_post_metric_new (engage_post_get_id (post), iso);
  engage_post_metric_set_impressions (metric, (gint64) (reach * (1.3 + 0.4 * g_rand_double (sample->rand))));

  if (kind == ENGAGE_CHANNEL_KIND_NEWSLETTER)
    {
      /* A newsletter knows opens (its reach) and clicks, nothing else. */
      engage_post_metric_set_reach (metric, (gint64) reach);
      engage_post_metric_set_clicks (metric, (gint64) (reach * (0.08 + 0.04 * g_rand_double (sample->rand))));
      engage_post_metric_set_impressions (metric, (gint64) followers);
    }
  else
    {
      /* X's exports have impressions but no reach. */
      if (kind != ENGAGE_CHANNEL_KIND_X)
        engage_post_metric_set_reach (metric, (gint64) reach);
      engage_post_metric_set_reactions (metric, (gint64) (interactions * 0.72));
      engage_post_metric_set_comments (metric, (gint64) (interactions * 0.12));
      engage_post_metric_set_shares (metric, (gint64) (interactions * 0.07));
      engage_post_metric_set_clicks (metric, (gint64) (interactions * 0.35));
      engage_post_metric_set_follows (metric, (gint64) (reach * 0.002 * g_rand_double (sample->rand)));
      if (kind == ENGAGE_CHANNEL_KIND_INSTAGRAM || kind == ENGAGE_CHANNEL_KIND_FACEBOOK)
        engage_post_metric_set_saves (metric, (gint64) (interactions * 0.09));
      if (kind == ENGAGE_CHANNEL_KIND_INSTAGRAM)
        engage_post_metric_set_views (metric, (gint64) (reach * 1.1));
    }

  if (!engage_project_add_post_metric (sample->project, metric, &error))
    {
      g_warning ("Sample metric not added: %s", error->message);
      return FALSE;
    }

  return TRUE;
}

/* Statuses of a planned post by how far ahead it is: what is due soon is
 * scheduled or approved, further out it is still in review, a draft or an idea. */
static EngagePostStatus
future_status (Sample *sample,
               double  days_ahead)
{
  double r = g_rand_double (sample->rand);

  if (days_ahead < 4)
    return r < 0.8 ? ENGAGE_POST_STATUS_SCHEDULED : ENGAGE_POST_STATUS_APPROVED;
  if (days_ahead < 11)
    return r < 0.35 ? ENGAGE_POST_STATUS_SCHEDULED : r < 0.75 ? ENGAGE_POST_STATUS_APPROVED : ENGAGE_POST_STATUS_IN_REVIEW;
  if (days_ahead < 25)
    return r < 0.2 ? ENGAGE_POST_STATUS_APPROVED : r < 0.55 ? ENGAGE_POST_STATUS_IN_REVIEW : ENGAGE_POST_STATUS_DRAFT;
  return r < 0.6 ? ENGAGE_POST_STATUS_DRAFT : ENGAGE_POST_STATUS_IDEA;
}

static gboolean
slot_taken_by_breaker (Sample     *sample,
                       const char *kind,
                       int         week,
                       int         weekday)
{
  JsonArray *breakers = json_object_get_array_member (sample->root, "rule_breakers");

  for (guint i = 0; i < json_array_get_length (breakers); i++)
    {
      JsonObject *breaker = json_array_get_object_element (breakers, i);

      if (g_strcmp0 (json_object_get_string_member (breaker, "channel"), kind) == 0 &&
          json_object_get_int_member (breaker, "week") == week &&
          json_object_get_int_member (breaker, "weekday") == weekday)
        return TRUE;
    }

  return FALSE;
}

static EngagePost *
new_post (Sample        *sample,
          EngageChannel *channel,
          guint          pillar,
          const char    *title,
          const char    *text,
          GDateTime     *when)
{
  EngagePost *post = engage_post_new (engage_channel_get_id (channel), title);
  JsonArray *owners = json_object_get_array_member (sample->root, "owners");
  JsonArray *notes = json_object_get_array_member (sample->root, "notes");
  g_autofree char *link = first_link (text);
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) modified = NULL;

  engage_post_set_body (post, text);
  engage_post_set_pillar_id (post, engage_pillar_get_id (g_ptr_array_index (sample->pillars, pillar)));
  engage_post_set_owner (post, json_array_get_string_element (owners,
                                                              g_rand_int_range (sample->rand, 0, json_array_get_length (owners))));
  engage_post_set_link (post, link);
  if (g_rand_double (sample->rand) < 0.2)
    engage_post_set_notes (post, json_array_get_string_element (notes,
                                                                g_rand_int_range (sample->rand, 0, json_array_get_length (notes))));

  /* Planned one to three weeks ahead, touched last a little later, never after
   * today. */
  {
    g_autoptr(GDateTime) planned = g_date_time_add_days (when ? when : sample->now,
                                                         -g_rand_int_range (sample->rand, when ? 7 : 1, when ? 22 : 30));
    g_autoptr(GDateTime) touched = NULL;

    created = earlier_of (planned, sample->now);
    touched = g_date_time_add_hours (created, g_rand_int_range (sample->rand, 1, 96));
    modified = earlier_of (touched, sample->now);
  }
  _engage_post_set_created_at (post, created);
  _engage_post_set_modified_at (post, modified);

  engage_post_set_scheduled_at (post, when);
  return post;
}

static void
approve (Sample     *sample,
         EngagePost *post)
{
  JsonArray *owners = json_object_get_array_member (sample->root, "owners");
  GDateTime *when = engage_post_get_scheduled_at (post);
  g_autoptr(GDateTime) before = g_date_time_add_days (when, -g_rand_int_range (sample->rand, 1, 5));
  g_autoptr(GDateTime) approved = earlier_of (before, sample->now);

  /* The owner approves what the team writes: four eyes. */
  engage_post_set_approved_by (post, json_array_get_string_element (owners, 0));
  engage_post_set_approved_at (post, approved);
}

static gboolean
add_posts (Sample  *sample,
           GError **error)
{
  JsonArray *channels = json_object_get_array_member (sample->root, "channels");
  guint n_archived = 0;

  for (int week = -WEEKS_BEFORE; week <= WEEKS_AFTER; week++)
    {
      for (guint c = 0; c < json_array_get_length (channels); c++)
        {
          JsonObject *object = json_array_get_object_element (channels, c);
          EngageChannel *channel = g_ptr_array_index (sample->channels, c);
          JsonArray *weekdays = json_object_get_array_member (object, "weekdays");
          JsonArray *times = json_object_get_array_member (object, "times");
          int every = MAX (1, json_object_get_int_member (object, "every_weeks"));

          if (((week % every) + every) % every != 0)
            continue;

          for (guint i = 0; i < json_array_get_length (weekdays); i++)
            {
              int weekday = json_array_get_int_element (weekdays, i);
              g_autoptr(GDateTime) when = NULL;
              g_autoptr(EngagePost) post = NULL;
              JsonObject *idea;
              guint pillar;
              GDate day;
              double days_ahead;

              if (slot_taken_by_breaker (sample, json_object_get_string_member (object, "kind"), week, weekday))
                continue;

              week_day (sample, week, weekday, &day);
              when = local_time (sample, &day, json_array_get_string_element (times, i));
              pillar = pick_pillar (sample);
              idea = next_idea (sample, pillar);

              post = new_post (sample, channel, pillar,
                               json_object_get_string_member (idea, "title"),
                               json_object_get_string_member (idea, "text"),
                               when);
              engage_post_set_campaign (post, campaign_for (sample, week, pillar));

              days_ahead = g_date_time_difference (when, sample->now) / (double) G_TIME_SPAN_DAY;
              if (days_ahead < 0)
                {
                  /* Now and then a planned post was dropped rather than published. */
                  gboolean archived = n_archived < 4 && g_rand_double (sample->rand) < 0.03;

                  approve (sample, post);
                  engage_post_set_status (post, archived ? ENGAGE_POST_STATUS_ARCHIVED : ENGAGE_POST_STATUS_PUBLISHED);
                  if (!archived)
                    {
                      engage_post_set_published_at (post, when);
                      set_permalink (sample, post, channel);
                    }
                  else
                    n_archived++;
                }
              else
                {
                  EngagePostStatus status = future_status (sample, days_ahead);

                  engage_post_set_status (post, status);
                  if (status == ENGAGE_POST_STATUS_APPROVED || status == ENGAGE_POST_STATUS_SCHEDULED)
                    approve (sample, post);
                }

              if (!engage_project_add_post (sample->project, post, error))
                return FALSE;

              if (engage_post_get_status (post) == ENGAGE_POST_STATUS_PUBLISHED &&
                  !add_metrics (sample, post, object, channel, week))
                {
                  g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                                       _("The sample project could not be written."));
                  return FALSE;
                }
            }
        }
    }

  return TRUE;
}

static gboolean
add_rule_breakers (Sample  *sample,
                   GError **error)
{
  JsonArray *breakers = json_object_get_array_member (sample->root, "rule_breakers");

  for (guint i = 0; i < json_array_get_length (breakers); i++)
    {
      JsonObject *object = json_array_get_object_element (breakers, i);
      const char *kind = json_object_get_string_member (object, "channel");
      gint64 channel_id = find_channel_id (sample, kind);
      g_autoptr(GDateTime) when = NULL;
      g_autoptr(EngagePost) post = NULL;
      EngagePostStatus status = ENGAGE_POST_STATUS_DRAFT;
      EngageChannel *channel = NULL;
      GDate day;

      for (guint c = 0; c < sample->channels->len; c++)
        if (engage_channel_get_id (g_ptr_array_index (sample->channels, c)) == channel_id)
          channel = g_ptr_array_index (sample->channels, c);
      if (channel == NULL)
        continue;

      week_day (sample, json_object_get_int_member (object, "week"),
                json_object_get_int_member (object, "weekday"), &day);
      when = local_time (sample, &day, json_object_get_string_member (object, "time"));

      post = new_post (sample, channel, json_object_get_int_member (object, "pillar"),
                       json_object_get_string_member (object, "title"),
                       json_object_get_string_member (object, "text"),
                       when);
      engage_post_status_from_string (json_object_get_string_member (object, "status"), &status);
      engage_post_set_status (post, status);
      /* Approved ones were approved; the one that breaks "requires approval" was
       * scheduled without it. */
      if (status == ENGAGE_POST_STATUS_APPROVED)
        approve (sample, post);

      if (!engage_project_add_post (sample->project, post, error))
        return FALSE;
    }

  return TRUE;
}

/* Ideas without a date: the backlog beside the calendar. */
static gboolean
add_unscheduled_ideas (Sample  *sample,
                       GError **error)
{
  for (guint i = 0; i < N_IDEAS; i++)
    {
      guint pillar = i % sample->pillars->len;
      EngageChannel *channel = g_ptr_array_index (sample->channels, i % 2 == 0 ? 0 : 1);
      JsonObject *idea = next_idea (sample, pillar);
      g_autoptr(EngagePost) post = new_post (sample, channel, pillar,
                                             json_object_get_string_member (idea, "title"),
                                             json_object_get_string_member (idea, "text"),
                                             NULL);

      engage_post_set_status (post, ENGAGE_POST_STATUS_IDEA);
      if (!engage_project_add_post (sample->project, post, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_guideline (Sample  *sample,
               GError **error)
{
  JsonArray *sections = json_object_get_array_member (sample->root, "guideline");
  JsonArray *rules = json_object_get_array_member (sample->root, "rules");

  for (guint i = 0; i < json_array_get_length (sections); i++)
    {
      JsonObject *object = json_array_get_object_element (sections, i);
      g_autoptr(EngageSection) section = engage_section_new (json_object_get_string_member (object, "title"));

      engage_section_set_body (section, json_object_get_string_member (object, "body"));
      engage_section_set_checklist (section, json_object_get_boolean_member (object, "checklist"));
      engage_section_set_position (section, (int) i);

      if (!engage_project_add_section (sample->project, section, error))
        return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (rules); i++)
    {
      JsonObject *object = json_array_get_object_element (rules, i);
      JsonArray *kinds = json_object_get_array_member (object, "channels");
      JsonNode *pillar = json_object_get_member (object, "pillar");
      g_autoptr(EngageRule) rule = engage_rule_new (json_object_get_string_member (object, "kind"));
      g_autoptr(GString) channel_kinds = g_string_new (NULL);
      g_autofree char *params = json_to_string (json_object_get_member (object, "params"), FALSE);
      EngageSeverity severity = ENGAGE_SEVERITY_WARNING;

      for (guint k = 0; k < json_array_get_length (kinds); k++)
        g_string_append_printf (channel_kinds, "%s%s", k > 0 ? "," : "", json_array_get_string_element (kinds, k));

      engage_severity_from_string (json_object_get_string_member (object, "severity"), &severity);
      engage_rule_set_params (rule, params);
      engage_rule_set_channel_kinds (rule, channel_kinds->str);
      if (pillar != NULL && !JSON_NODE_HOLDS_NULL (pillar))
        engage_rule_set_pillar_id (rule, engage_pillar_get_id (g_ptr_array_index (sample->pillars,
                                                                                  json_node_get_int (pillar))));
      engage_rule_set_severity (rule, severity);
      engage_rule_set_message (rule, json_object_get_string_member (object, "message"));
      engage_rule_set_position (rule, (int) i);

      if (!engage_project_add_rule (sample->project, rule, error))
        return FALSE;
    }

  return TRUE;
}

/* Score of one respondent: the share of promoters grows and that of detractors
 * shrinks over the half year, as the strategy intends. */
static int
draw_score (Sample *sample,
            double  progress)
{
  double promoters = 0.46 + 0.12 * progress;
  double detractors = 0.17 - 0.06 * progress;
  double r = g_rand_double (sample->rand);

  if (r < promoters)
    return g_rand_double (sample->rand) < 0.55 ? 10 : 9;
  if (r < 1.0 - detractors)
    return g_rand_double (sample->rand) < 0.5 ? 8 : 7;
  return g_rand_int_range (sample->rand, 2, 7);
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  int x = *(const int *) a;
  int y = *(const int *) b;

  return (x > y) - (x < y);
}

static gboolean
add_survey (Sample  *sample,
            GError **error)
{
  JsonObject *object = json_object_get_object_member (sample->root, "survey");
  JsonArray *segments = json_object_get_array_member (object, "segments");
  JsonObject *comments = json_object_get_object_member (object, "comments");
  g_autoptr(EngageNpsSurvey) survey = engage_nps_survey_new (json_object_get_string_member (object, "name"));
  g_autoptr(GPtrArray) responses = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (int));
  guint next_comment[3] = { 0, 0, 0 };
  static const char * const groups[] = { "promoter", "passive", "detractor" };

  engage_nps_survey_set_question (survey, json_object_get_string_member (object, "question"));
  if (!engage_project_add_nps_survey (sample->project, survey, error))
    return FALSE;
  sample->survey_id = engage_nps_survey_get_id (survey);

  for (guint i = 0; i < N_RESPONSES; i++)
    {
      int day = -g_rand_int_range (sample->rand, 0, SURVEY_DAYS);
      g_array_append_val (days, day);
    }
  /* Oldest first, so that row order follows time. */
  g_array_sort (days, compare_int);

  for (guint i = 0; i < days->len; i++)
    {
      int day = g_array_index (days, int, i);
      double progress = (day + SURVEY_DAYS) / (double) SURVEY_DAYS;
      int score = draw_score (sample, progress);
      guint group = score >= 9 ? 0 : score >= 7 ? 1 : 2;
      g_autofree char *date = iso_date_offset (&sample->today, day);
      g_autofree char *respondent = g_strdup_printf ("R-%04u", i + 1);
      EngageNpsResponse *response = engage_nps_response_new (sample->survey_id, date, score);

      engage_nps_response_set_segment (response,
                                       json_array_get_string_element (segments,
                                                                      g_rand_int_range (sample->rand, 0, json_array_get_length (segments))));
      engage_nps_response_set_respondent_id (response, respondent);

      /* Detractors explain themselves more often than the others. */
      if (g_rand_double (sample->rand) < (group == 2 ? 0.75 : 0.32))
        {
          JsonArray *texts = json_object_get_array_member (comments, groups[group]);

          engage_nps_response_set_comment (response,
                                           json_array_get_string_element (texts,
                                                                          next_comment[group]++ % json_array_get_length (texts)));
        }

      g_ptr_array_add (responses, response);
    }

  return engage_project_add_nps_responses (sample->project, responses, error);
}

static double
round_to (double value,
          double step)
{
  return round (value / step) * step;
}

static gboolean
add_kpis (Sample  *sample,
          GError **error)
{
  JsonArray *kpis = json_object_get_array_member (sample->root, "kpis");
  g_autofree char *today = NULL;

  for (guint i = 0; i < json_array_get_length (kpis); i++)
    {
      JsonObject *object = json_array_get_object_element (kpis, i);
      JsonNode *basis = json_object_get_member (object, "basis");
      JsonNode *channel = json_object_get_member (object, "channel");
      g_autoptr(EngageKpi) kpi = NULL;
      g_autoptr(GPtrArray) measurements = g_ptr_array_new_with_free_func (g_object_unref);
      EngageKpiMetric metric = ENGAGE_KPI_METRIC_CUSTOM;
      EngageKpiCriterion criterion = ENGAGE_KPI_CRITERION_AT_LEAST;
      int start_week = json_object_get_int_member (object, "start_week");
      int due_week = json_object_get_int_member (object, "due_week");
      int every = MAX (1, json_object_get_int_member_with_default (object, "every_weeks", 1));
      double baseline = json_object_get_double_member (object, "baseline");
      double trend = json_object_get_double_member_with_default (object, "trend", 0.0);
      double amplitude = json_object_get_double_member_with_default (object, "noise", 0.0);
      double step;
      g_autofree char *start = NULL;
      g_autofree char *due = NULL;
      GDate day;

      engage_kpi_metric_from_string (json_object_get_string_member (object, "metric"), &metric);
      engage_kpi_criterion_from_string (json_object_get_string_member (object, "criterion"), &criterion);

      week_day (sample, start_week, 1, &day);
      start = engage_iso_date_format (&day);
      week_day (sample, due_week, 5, &day);
      due = engage_iso_date_format (&day);

      kpi = engage_kpi_new (json_object_get_string_member (object, "name"), metric);
      engage_kpi_set_unit (kpi, json_object_get_string_member (object, "unit"));
      engage_kpi_set_criterion (kpi, criterion);
      engage_kpi_set_baseline_value (kpi, baseline);
      engage_kpi_set_baseline_date (kpi, start);
      engage_kpi_set_target_value (kpi, json_object_get_double_member (object, "target"));
      engage_kpi_set_start_date (kpi, start);
      engage_kpi_set_due_date (kpi, due);
      engage_kpi_set_notes (kpi, json_object_get_string_member (object, "note"));
      engage_kpi_set_position (kpi, (int) i);
      if (channel != NULL && !JSON_NODE_HOLDS_NULL (channel))
        engage_kpi_set_channel_id (kpi, find_channel_id (sample, json_node_get_string (channel)));
      if (basis != NULL && !JSON_NODE_HOLDS_NULL (basis))
        engage_kpi_set_engagement_basis (kpi, json_node_get_string (basis));
      if (metric == ENGAGE_KPI_METRIC_NPS)
        engage_kpi_set_survey_id (kpi, sample->survey_id);

      if (!engage_project_add_kpi (sample->project, kpi, error))
        return FALSE;

      /* A KPI without a trend is one Engage derives from the posts' metrics or
       * the survey, below; making up values for it would contradict them. */
      if (!json_object_has_member (object, "trend"))
        continue;

      /* Whole numbers for counts and scores, finer steps for rates and hours. */
      step = fabs (baseline) >= 100 || metric == ENGAGE_KPI_METRIC_NPS ? 1.0
           : metric == ENGAGE_KPI_METRIC_ENGAGEMENT_RATE ? 0.01 : 0.1;

      for (int week = start_week; week <= MIN (0, due_week); week += every)
        {
          g_autofree char *date = NULL;
          double value = baseline + trend * (week - start_week) + amplitude * noise (sample);

          week_day (sample, week, 5, &day);
          if (g_date_compare (&day, &sample->today) > 0)
            break;
          date = engage_iso_date_format (&day);
          g_ptr_array_add (measurements,
                           engage_measurement_new (engage_kpi_get_id (kpi), date,
                                                   week == start_week ? baseline : round_to (value, step)));
        }

      if (!engage_project_add_measurements (sample->project, measurements, error))
        return FALSE;
    }

  today = engage_iso_date_format (&sample->today);
  return engage_project_derive_kpi_measurements (sample->project, 0, today, NULL, error);
}

/**
 * engage_sample_fill:
 * @project: an empty project
 * @language: "de" or "en"
 * @today: the date the plan is built around
 * @error: return location for a #GError
 *
 * Writes the sample bakery strategy into @project in one transaction, without
 * undo history. The same @today and @language always give the same content.
 *
 * Returns: %TRUE on success; on failure @project is unchanged
 */
gboolean
engage_sample_fill (EngageProject  *project,
                    const char     *language,
                    GDate          *today,
                    GError        **error)
{
  g_auto(Sample) sample = { 0 };
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(GError) local_error = NULL;
  guint32 seed;
  gboolean ok;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (language != NULL, FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  root = load_content (language, &local_error);
  if (root == NULL)
    {
      g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                   _("There is no sample project in the language “%s”."), language);
      return FALSE;
    }

  seed = g_date_get_julian (today) * 2 + (g_str_equal (language, "de") ? 0 : 1);

  sample.project = project;
  sample.root = root;
  sample.rand = g_rand_new_with_seed (seed);
  sample.tz = g_time_zone_new_identifier (json_object_get_string_member (json_object_get_object_member (root, "project"),
                                                                         "time_zone"));
  if (sample.tz == NULL)
    sample.tz = g_time_zone_new_utc ();
  sample.today = *today;
  sample.monday = *today;
  g_date_subtract_days (&sample.monday, g_date_get_weekday (today) - G_DATE_MONDAY);
  sample.now = g_date_time_new (sample.tz, g_date_get_year (today), g_date_get_month (today),
                                g_date_get_day (today), 12, 0, 0);
  sample.channels = g_ptr_array_new_with_free_func (g_object_unref);
  sample.pillars = g_ptr_array_new_with_free_func (g_object_unref);

  _engage_project_set_clock (project, g_date_time_to_unix (sample.now));
  _engage_project_set_uuid_seed (project, seed);
  _engage_project_set_undo_enabled (project, FALSE);

  ok = _engage_project_begin_edit (project, error);
  if (ok)
    {
      ok = add_project_details (&sample, error) &&
           add_channels (&sample, error) &&
           add_pillars (&sample, error) &&
           add_posts (&sample, error) &&
           add_rule_breakers (&sample, error) &&
           add_unscheduled_ideas (&sample, error) &&
           add_guideline (&sample, error) &&
           add_survey (&sample, error) &&
           add_kpis (&sample, error);

      if (ok)
        ok = _engage_project_commit_edit (project, NULL, ENGAGE_TABLE_ALL, error);
      else
        _engage_project_rollback_edit (project);
    }

  _engage_project_set_undo_enabled (project, TRUE);
  _engage_project_set_clock (project, -1);
  _engage_project_set_uuid_seed (project, 0);

  return ok;
}
