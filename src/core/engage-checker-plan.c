/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-checker-plan"

#include "config.h"

#include "engage-checker-private.h"
#include "engage-kpi.h"
#include "engage-measurement.h"

#include <glib/gi18n.h>

/* The checks that look at the plan rather than at one post: the gap between two
 * posts on a channel, the number of posts per calendar week and channel, and the
 * response-time target against the latest value of the response-time KPI.
 *
 * Weeks are ISO weeks (Monday to Sunday) in the project's time zone: a post at
 * 23:30 on a Sunday in Berlin belongs to that week even though it is Monday in
 * UTC. The cadence looks at whole weeks only: those inside the checked range, or,
 * without a range, those from the first to the last planned post. */

static void
add_gap_finding (EngageCheckRule *check_rule,
                 EngagePost      *earlier,
                 EngagePost      *later,
                 GPtrArray       *findings_out)
{
  gint64 gap = g_date_time_to_unix (engage_post_get_scheduled_at (later)) -
               g_date_time_to_unix (engage_post_get_scheduled_at (earlier));
  g_autofree char *gap_text = _engage_checker_format_duration (gap);
  g_autofree char *min_text = _engage_checker_format_hours (check_rule->hours);

  _engage_checker_add_finding (findings_out, check_rule, later, 0,
                               /* Translators: e.g. 2 h after “Cinnamon buns”, at least 4 h */
                               g_strdup_printf (_("%s after “%s”, at least %s"),
                                                gap_text, engage_post_get_title (earlier), min_text));
}

static gboolean
gap_too_short (EngageCheckRule *check_rule,
               EngagePost      *earlier,
               EngagePost      *later)
{
  gint64 gap = g_date_time_to_unix (engage_post_get_scheduled_at (later)) -
               g_date_time_to_unix (engage_post_get_scheduled_at (earlier));

  return gap >= 0 && (double) gap < check_rule->hours * ENGAGE_HOUR_SECONDS;
}

static gboolean
is_gap_candidate (EngageChecker   *self,
                  EngageCheckRule *check_rule,
                  EngagePost      *post)
{
  return _engage_checker_is_planned (post) &&
         _engage_checker_rule_applies (check_rule, post,
                                       _engage_checker_lookup_channel (self, engage_post_get_channel_id (post)));
}

/* The gap of one post to the stored posts around it, for the post editor: the
 * post may be unsaved or have been moved since it was stored. */
void
_engage_checker_check_gap_for_post (EngageChecker   *self,
                                    EngageCheckRule *check_rule,
                                    EngagePost      *post,
                                    GPtrArray       *findings_out)
{
  GDateTime *time = engage_post_get_scheduled_at (post);
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GListModel) around = NULL;
  EngagePost *before = NULL;
  EngagePost *after = NULL;

  if (check_rule->hours <= 0 || !_engage_checker_is_planned (post))
    return;

  from = g_date_time_add_seconds (time, -check_rule->hours * ENGAGE_HOUR_SECONDS);
  to = g_date_time_add_seconds (time, check_rule->hours * ENGAGE_HOUR_SECONDS + 1);
  around = engage_project_list_posts (self->project, from, to);

  for (guint i = 0; i < g_list_model_get_n_items (around); i++)
    {
      g_autoptr(EngagePost) other = g_list_model_get_item (around, i);

      if (engage_post_get_id (other) == engage_post_get_id (post) ||
          engage_post_get_channel_id (other) != engage_post_get_channel_id (post) ||
          !is_gap_candidate (self, check_rule, other))
        continue;

      if (g_date_time_compare (engage_post_get_scheduled_at (other), time) <= 0)
        {
          g_clear_object (&before);
          before = g_object_ref (other);
        }
      else if (after == NULL)
        {
          after = g_object_ref (other);
        }
    }

  if (before != NULL && gap_too_short (check_rule, before, post))
    {
      add_gap_finding (check_rule, before, post, findings_out);
    }
  else if (after != NULL && gap_too_short (check_rule, post, after))
    {
      gint64 gap = g_date_time_to_unix (engage_post_get_scheduled_at (after)) - g_date_time_to_unix (time);
      g_autofree char *gap_text = _engage_checker_format_duration (gap);
      g_autofree char *min_text = _engage_checker_format_hours (check_rule->hours);

      _engage_checker_add_finding (findings_out, check_rule, post, 0,
                                   /* Translators: e.g. 2 h before “Cinnamon buns”, at least 4 h */
                                   g_strdup_printf (_("%s before “%s”, at least %s"),
                                                    gap_text, engage_post_get_title (after), min_text));
    }

  g_clear_object (&before);
  g_clear_object (&after);
}

/* Each post that follows another on its channel too soon gets a finding; the
 * first post of a pair is fine. @posts are sorted by time and may start before
 * @from, so that the first post in the range is compared with its predecessor. */
static void
check_gaps (EngageChecker   *self,
            EngageCheckRule *check_rule,
            GPtrArray       *posts,
            GDateTime       *from,
            GPtrArray       *findings_out)
{
  g_autoptr(GHashTable) last_on_channel = NULL;

  if (check_rule->hours <= 0)
    return;

  last_on_channel = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < posts->len; i++)
    {
      EngagePost *post = g_ptr_array_index (posts, i);
      gint64 channel_id = engage_post_get_channel_id (post);
      EngagePost *earlier;

      if (!is_gap_candidate (self, check_rule, post))
        continue;

      earlier = g_hash_table_lookup (last_on_channel, &channel_id);
      if (earlier != NULL && gap_too_short (check_rule, earlier, post) &&
          (from == NULL || g_date_time_compare (engage_post_get_scheduled_at (post), from) >= 0))
        add_gap_finding (check_rule, earlier, post, findings_out);

      g_hash_table_replace (last_on_channel, g_memdup2 (&channel_id, sizeof channel_id), post);
    }
}

/* The Monday that starts @time's week in @tz, as a Julian day. */
static guint32
week_start_julian (GDateTime *time,
                   GTimeZone *tz)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (time, tz);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local), g_date_time_get_year (local));
  g_date_subtract_days (&date, g_date_time_get_day_of_week (local) - 1);

  return g_date_get_julian (&date);
}

static GDateTime *
julian_to_time (guint32    julian,
                GTimeZone *tz)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);

  return g_date_time_new (tz, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), 0, 0, 0);
}

static guint64
week_channel_key (guint32 julian,
                  gint64  channel_id)
{
  return ((guint64) julian << 32) | (guint64) (channel_id & 0xffffffff);
}

static int
compare_channels (gconstpointer a,
                  gconstpointer b)
{
  EngageChannel *ca = *(EngageChannel * const *) a;
  EngageChannel *cb = *(EngageChannel * const *) b;
  int pa = engage_channel_get_position (ca);
  int pb = engage_channel_get_position (cb);

  if (pa != pb)
    return pa < pb ? -1 : 1;

  return engage_channel_get_id (ca) < engage_channel_get_id (cb) ? -1 : 1;
}

static void
check_cadence (EngageChecker   *self,
               EngageCheckRule *check_rule,
               GPtrArray       *posts,
               GDateTime       *from,
               GDateTime       *to,
               GPtrArray       *findings_out)
{
  GTimeZone *tz = engage_project_get_tz (self->project);
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) channels = g_ptr_array_new ();
  guint min = (guint) MAX (0, check_rule->min);
  guint max = (guint) MAX (0, check_rule->max);
  guint32 first_week = G_MAXUINT32;
  guint32 last_week = 0;
  GHashTableIter iter;
  gpointer value;

  if (min == 0 && max == 0)
    return;

  /* The channels the rule counts; a pillar in its scope limits which posts
   * count, not which channels. */
  g_hash_table_iter_init (&iter, self->channels);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (engage_channel_get_active (value) &&
        engage_rule_applies_to_channel_kind (check_rule->rule, engage_channel_get_kind (value)))
      g_ptr_array_add (channels, value);
  g_ptr_array_sort (channels, compare_channels);

  for (guint i = 0; i < posts->len; i++)
    {
      EngagePost *post = g_ptr_array_index (posts, i);
      guint64 key;
      guint32 week;

      if (!_engage_checker_is_planned (post))
        continue;

      week = week_start_julian (engage_post_get_scheduled_at (post), tz);
      first_week = MIN (first_week, week);
      last_week = MAX (last_week, week);

      if (!_engage_checker_rule_applies (check_rule, post,
                                         _engage_checker_lookup_channel (self, engage_post_get_channel_id (post))))
        continue;

      key = week_channel_key (week, engage_post_get_channel_id (post));
      if (!g_hash_table_lookup_extended (counts, &key, NULL, &value))
        value = GUINT_TO_POINTER (0);
      g_hash_table_replace (counts, g_memdup2 (&key, sizeof key), GUINT_TO_POINTER (GPOINTER_TO_UINT (value) + 1));
    }

  /* With a range, the weeks in it, whether they have posts or not. Weeks cut
   * by the range are skipped below: they would look too quiet. */
  if (from != NULL)
    first_week = week_start_julian (from, tz);
  if (to != NULL)
    last_week = week_start_julian (to, tz);

  for (guint32 week = first_week; week <= last_week && first_week != G_MAXUINT32; week += 7)
    {
      g_autoptr(GDateTime) start = julian_to_time (week, tz);
      g_autoptr(GDateTime) end = g_date_time_add_weeks (start, 1);

      if ((from != NULL && g_date_time_compare (start, from) < 0) ||
          (to != NULL && g_date_time_compare (end, to) > 0))
        continue;

      for (guint c = 0; c < channels->len; c++)
        {
          EngageChannel *channel = g_ptr_array_index (channels, c);
          guint64 key = week_channel_key (week, engage_channel_get_id (channel));
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, &key));
          int week_number = g_date_time_get_week_of_year (start);
          int year = g_date_time_get_week_numbering_year (start);
          char *detail = NULL;

          if (min > 0 && count < min)
            /* Translators: e.g. "Instagram, week 48 of 2026: 1 post, at least 2" */
            detail = g_strdup_printf (ngettext ("%s, week %d of %d: %u post, at least %u",
                                                "%s, week %d of %d: %u posts, at least %u", count),
                                      engage_channel_get_name (channel), week_number, year, count, min);
          else if (max > 0 && count > max)
            /* Translators: e.g. "Instagram, week 48 of 2026: 8 posts, at most 6" */
            detail = g_strdup_printf (ngettext ("%s, week %d of %d: %u post, at most %u",
                                                "%s, week %d of %d: %u posts, at most %u", count),
                                      engage_channel_get_name (channel), week_number, year, count, max);

          if (detail != NULL)
            _engage_checker_add_finding (findings_out, check_rule, NULL,
                                         engage_channel_get_id (channel), detail);
        }
    }
}

static void
check_response_time (EngageChecker   *self,
                     EngageCheckRule *check_rule,
                     GPtrArray       *findings_out)
{
  g_autoptr(GListModel) kpis = NULL;

  if (check_rule->hours <= 0)
    return;

  kpis = engage_project_list_kpis (self->project);
  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(EngageKpi) kpi = g_list_model_get_item (kpis, i);
      g_autoptr(EngageMeasurement) latest = NULL;
      g_autofree char *unit = NULL;
      g_autofree char *value_text = NULL;
      g_autofree char *target_text = NULL;
      EngageChannel *channel = NULL;
      double hours;

      if (engage_kpi_get_metric (kpi) != ENGAGE_KPI_METRIC_RESPONSE_TIME)
        continue;

      if (engage_kpi_get_channel_id (kpi) > 0)
        {
          channel = _engage_checker_lookup_channel (self, engage_kpi_get_channel_id (kpi));
          if (channel != NULL &&
              !engage_rule_applies_to_channel_kind (check_rule->rule, engage_channel_get_kind (channel)))
            continue;
        }

      latest = engage_project_get_latest_measurement (self->project, engage_kpi_get_id (kpi), NULL);
      if (latest == NULL)
        continue;

      /* The KPI is kept in hours unless its unit says minutes. */
      hours = engage_measurement_get_value (latest);
      unit = g_utf8_casefold (engage_kpi_get_unit (kpi) != NULL ? engage_kpi_get_unit (kpi) : "", -1);
      if (g_str_has_prefix (unit, "min"))
        hours /= 60;

      if (hours <= check_rule->hours)
        continue;

      value_text = _engage_checker_format_hours (hours);
      target_text = _engage_checker_format_hours (check_rule->hours);
      _engage_checker_add_finding (findings_out, check_rule, NULL,
                                   channel != NULL ? engage_channel_get_id (channel) : 0,
                                   /* Translators: e.g. “Response time” was 5 h 12 min on 2026-11-16, the target is 4 h */
                                   g_strdup_printf (_("“%s” was %s on %s, the target is %s"),
                                                    engage_kpi_get_name (kpi), value_text,
                                                    engage_measurement_get_date (latest), target_text));
    }
}

static void
append_model (GPtrArray  *posts,
              GListModel *model)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (posts, g_list_model_get_item (model, i));
}

/**
 * engage_checker_check_plan:
 * @self: a checker
 * @from: (nullable): the start of the range to check, included
 * @to: (nullable): the end of the range, excluded
 * @findings_out: (element-type EngageFinding): an array made by
 *   engage_findings_new(); the findings are appended
 * @error: return location for a #GError
 *
 * Runs the enabled rules on every post scheduled in [@from, @to) (without a
 * range, on every post, including those without a date), except archived
 * ones, and the plan-level rules on the range: gaps between posts on a
 * channel, posts per week and channel, and the response-time target.
 *
 * The findings come in the order of the plan, each post's together; the
 * findings about the plan as a whole come last.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_checker_check_plan (EngageChecker *self,
                           GDateTime     *from,
                           GDateTime     *to,
                           GPtrArray     *findings_out,
                           GError       **error)
{
  g_autoptr(GPtrArray) posts = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GDateTime) load_from = NULL;
  g_autoptr(GListModel) model = NULL;
  double max_gap = 0;

  g_return_val_if_fail (ENGAGE_IS_CHECKER (self), FALSE);
  g_return_val_if_fail (findings_out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!engage_project_is_open (self->project))
    {
      g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_CLOSED,
                   _("The project was closed."));
      return FALSE;
    }

  _engage_checker_ensure_loaded (self);

  for (guint r = 0; r < self->rules->len; r++)
    {
      EngageCheckRule *check_rule = g_ptr_array_index (self->rules, r);

      if (g_str_equal (check_rule->info->kind, "min-gap"))
        max_gap = MAX (max_gap, check_rule->hours);
    }

  /* Posts just before the range are loaded too, as predecessors for the gap. */
  if (from != NULL)
    load_from = g_date_time_add_seconds (from, -max_gap * ENGAGE_HOUR_SECONDS);

  posts = g_ptr_array_new_with_free_func (g_object_unref);
  model = engage_project_list_posts (self->project, load_from, to);
  append_model (posts, model);
  if (from == NULL && to == NULL)
    {
      g_autoptr(GListModel) unscheduled = engage_project_list_unscheduled_posts (self->project);

      append_model (posts, unscheduled);
    }

  found = engage_findings_new ();

  for (guint i = 0; i < posts->len; i++)
    {
      EngagePost *post = g_ptr_array_index (posts, i);
      GDateTime *time = engage_post_get_scheduled_at (post);
      EngageChannel *channel;

      if (engage_post_get_status (post) == ENGAGE_POST_STATUS_ARCHIVED ||
          (from != NULL && time != NULL && g_date_time_compare (time, from) < 0))
        continue;

      channel = _engage_checker_lookup_channel (self, engage_post_get_channel_id (post));
      for (guint r = 0; r < self->rules->len; r++)
        {
          EngageCheckRule *check_rule = g_ptr_array_index (self->rules, r);

          if (check_rule->info->scope == ENGAGE_RULE_SCOPE_POST &&
              _engage_checker_rule_applies (check_rule, post, channel))
            _engage_checker_check_one_post (check_rule, post, channel, found);
        }
    }

  for (guint r = 0; r < self->rules->len; r++)
    {
      EngageCheckRule *check_rule = g_ptr_array_index (self->rules, r);
      const char *kind = check_rule->info->kind;

      if (g_str_equal (kind, "min-gap"))
        check_gaps (self, check_rule, posts, from, found);
      else if (g_str_equal (kind, "cadence"))
        check_cadence (self, check_rule, posts, from, to, found);
      else if (g_str_equal (kind, "response-time"))
        check_response_time (self, check_rule, found);
    }

  _engage_checker_sort_findings (found);
  g_ptr_array_extend_and_steal (findings_out, g_steal_pointer (&found));

  return TRUE;
}
