/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-recurrence"

#include "config.h"

#include "engage-recurrence.h"
#include "engage-list-model.h"
#include "engage-project-private.h"

#include <string.h>

#include <glib/gi18n.h>
#include <libical/ical.h>

/* Recurring posts: "every Tuesday at 09:00 until 30 June", "the first Monday of
 * each month, six times". The rule is an iCalendar RRULE, expanded by libical;
 * the result is ordinary posts that share a series id, so every view, check and
 * export treats them like any other post and a single one can be moved or
 * changed on its own.
 *
 * A rule repeats wall-clock time in the project's time zone: a 09:00 post is at
 * 09:00 in winter and in summer, so its time in UTC moves by an hour at the
 * daylight-saving change. libical iterates the local times (with its copy of the
 * zone, so that an UNTIL in UTC is compared correctly); GLib's zone then turns
 * each into the instant the project stores, the same way the calendar turns it
 * back. */

static void
set_rule_error (GError     **error,
                const char  *rule)
{
  g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
               _("“%s” is not a repetition rule Engage understands."), rule);
}

/* libical numbers weekdays from Sunday = 1, GLib from Monday = 1. */
static int
ical_weekday (GDateWeekday weekday)
{
  return weekday == G_DATE_SUNDAY ? ICAL_SUNDAY_WEEKDAY : ICAL_MONDAY_WEEKDAY + (weekday - G_DATE_MONDAY);
}

static char *
rule_to_string (struct icalrecurrencetype *recur)
{
  char *ical = icalrecurrencetype_as_string_r (recur);
  char *text = g_strdup (ical);

  icalmemory_free_buffer (ical);
  return text;
}

static icaltimezone *
ical_zone_for (GTimeZone *tz)
{
  const char *identifier = g_time_zone_get_identifier (tz);

  if (g_str_equal (identifier, "UTC") || g_str_equal (identifier, "Etc/UTC"))
    return icaltimezone_get_utc_timezone ();

  return icaltimezone_get_builtin_timezone (identifier);
}

/* The last second of @date in @tz, in UTC, as an RRULE's UNTIL wants it. */
static struct icaltimetype
end_of_day_utc (const GDate *date,
                GTimeZone   *tz)
{
  g_autoptr(GDateTime) end = g_date_time_new (tz, g_date_get_year (date), g_date_get_month (date),
                                              g_date_get_day (date), 23, 59, 59);

  return icaltime_from_timet_with_zone (g_date_time_to_unix (end), 0,
                                        icaltimezone_get_utc_timezone ());
}

/**
 * engage_recurrence_build_weekly:
 * @weekdays: the days of the week, as ENGAGE_WEEKDAY_BIT (G_DATE_TUESDAY) | …
 * @until: the last day of the series, included
 * @tz: the project's time zone, in which @until ends
 *
 * Builds "every Tuesday (and …) until a day".
 *
 * Returns: (transfer full): the RRULE, e.g. "FREQ=WEEKLY;UNTIL=20260630T215959Z;BYDAY=TU"
 */
char *
engage_recurrence_build_weekly (guint        weekdays,
                                const GDate *until,
                                GTimeZone   *tz)
{
  struct icalrecurrencetype recur;
  guint n = 0;

  g_return_val_if_fail ((weekdays & ~0xFEu) == 0 && weekdays != 0, NULL);
  g_return_val_if_fail (until != NULL && g_date_valid (until), NULL);
  g_return_val_if_fail (tz != NULL, NULL);

  icalrecurrencetype_clear (&recur);
  recur.freq = ICAL_WEEKLY_RECURRENCE;
  recur.until = end_of_day_utc (until, tz);

  for (GDateWeekday day = G_DATE_MONDAY; day <= G_DATE_SUNDAY; day++)
    if (weekdays & ENGAGE_WEEKDAY_BIT (day))
      recur.by_day[n++] = ical_weekday (day);
  recur.by_day[n] = ICAL_RECURRENCE_ARRAY_MAX;

  return rule_to_string (&recur);
}

/**
 * engage_recurrence_build_monthly:
 * @position: which one of the month: 1 for the first … 4 for the fourth, -1
 *   for the last
 * @weekday: the day of the week
 * @count: how many posts
 *
 * Builds "the first Monday of each month, @count times".
 *
 * Returns: (transfer full): the RRULE, e.g. "FREQ=MONTHLY;COUNT=6;BYDAY=1MO"
 */
char *
engage_recurrence_build_monthly (int          position,
                                 GDateWeekday weekday,
                                 guint        count)
{
  struct icalrecurrencetype recur;
  int encoded;

  g_return_val_if_fail (position != 0 && position >= -5 && position <= 5, NULL);
  g_return_val_if_fail (g_date_valid_weekday (weekday), NULL);
  g_return_val_if_fail (count > 0, NULL);

  icalrecurrencetype_clear (&recur);
  recur.freq = ICAL_MONTHLY_RECURRENCE;
  recur.count = count;

  /* libical packs "Nth weekday" as N * 8 + weekday, negative from the end. */
  encoded = ABS (position) * 8 + ical_weekday (weekday);
  recur.by_day[0] = position < 0 ? -encoded : encoded;
  recur.by_day[1] = ICAL_RECURRENCE_ARRAY_MAX;

  return rule_to_string (&recur);
}

static gboolean
parse_rule (const char                 *rule,
            struct icalrecurrencetype  *recur,
            GError                    **error)
{
  g_autofree char *upper = NULL;
  const char *text;

  if (rule == NULL || *rule == '\0')
    {
      set_rule_error (error, "");
      return FALSE;
    }

  upper = g_ascii_strup (rule, -1);
  g_strstrip (upper);
  text = upper;
  if (g_str_has_prefix (text, "RRULE:"))
    text += strlen ("RRULE:");

  icalerror_clear_errno ();
  *recur = icalrecurrencetype_from_string (text);
  if (recur->freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR)
    {
      icalerror_clear_errno ();
      set_rule_error (error, rule);
      return FALSE;
    }

  if (recur->count > ENGAGE_RECURRENCE_MAX_POSTS)
    {
      g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                   _("The rule would create more than %d posts; give it an earlier end."),
                   ENGAGE_RECURRENCE_MAX_POSTS);
      return FALSE;
    }

  if (recur->count <= 0 && icaltime_is_null_time (recur->until))
    {
      g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                           _("A repeating post needs an end: a number of times or a last day."));
      return FALSE;
    }

  return TRUE;
}

/**
 * engage_recurrence_validate:
 * @rule: an RRULE, with or without "RRULE:" in front
 * @error: return location for a #GError
 *
 * Returns: %TRUE if Engage can expand @rule: libical reads it and it ends
 */
gboolean
engage_recurrence_validate (const char  *rule,
                            GError     **error)
{
  struct icalrecurrencetype recur;

  return parse_rule (rule, &recur, error);
}

/**
 * engage_recurrence_expand:
 * @rule: an RRULE, e.g. from engage_recurrence_build_weekly()
 * @start: the first post's date and time; the series repeats its local time
 * @tz: the project's time zone
 * @error: return location for a #GError
 *
 * Lists the times of a series. libical counts @start only if it matches the
 * rule: "the first Monday of each month" started on a Thursday begins on the
 * next first Monday.
 *
 * Returns: (transfer full) (element-type GDateTime): the times in UTC, in
 *   order; %NULL with %ENGAGE_PROJECT_ERROR_INVALID for a rule that cannot be
 *   read or gives more than %ENGAGE_RECURRENCE_MAX_POSTS times
 */
GPtrArray *
engage_recurrence_expand (const char  *rule,
                          GDateTime   *start,
                          GTimeZone   *tz,
                          GError     **error)
{
  g_autoptr(GPtrArray) times = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  g_autoptr(GDateTime) local = NULL;
  struct icalrecurrencetype recur;
  struct icaltimetype dtstart = icaltime_null_time ();
  struct icaltimetype next;
  icalrecur_iterator *iterator;
  icaltimezone *zone;

  g_return_val_if_fail (start != NULL, NULL);
  g_return_val_if_fail (tz != NULL, NULL);

  if (!parse_rule (rule, &recur, error))
    return NULL;

  local = g_date_time_to_timezone (start, tz);
  zone = ical_zone_for (tz);

  /* An UNTIL written as a day means the whole of that day, locally. */
  if (!icaltime_is_null_time (recur.until) && recur.until.is_date)
    {
      GDate until;

      g_date_clear (&until, 1);
      g_date_set_dmy (&until, recur.until.day, recur.until.month, recur.until.year);
      recur.until = end_of_day_utc (&until, tz);
    }

  dtstart.year = g_date_time_get_year (local);
  dtstart.month = g_date_time_get_month (local);
  dtstart.day = g_date_time_get_day_of_month (local);
  dtstart.hour = g_date_time_get_hour (local);
  dtstart.minute = g_date_time_get_minute (local);
  dtstart.second = g_date_time_get_second (local);
  dtstart.is_date = 0;
  if (zone != NULL)
    dtstart = icaltime_set_timezone (&dtstart, zone);

  iterator = icalrecur_iterator_new (recur, dtstart);
  if (iterator == NULL)
    {
      icalerror_clear_errno ();
      set_rule_error (error, rule);
      return NULL;
    }

  while (!icaltime_is_null_time (next = icalrecur_iterator_next (iterator)))
    {
      g_autoptr(GDateTime) wall = NULL;

      if (times->len == ENGAGE_RECURRENCE_MAX_POSTS)
        {
          icalrecur_iterator_free (iterator);
          g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                       _("The rule would create more than %d posts; give it an earlier end."),
                       ENGAGE_RECURRENCE_MAX_POSTS);
          return NULL;
        }

      wall = g_date_time_new (tz, next.year, next.month, next.day, next.hour, next.minute, next.second);
      if (wall != NULL)
        g_ptr_array_add (times, g_date_time_to_utc (wall));
    }

  icalrecur_iterator_free (iterator);
  return g_steal_pointer (&times);
}

/* A new post with the content of @template_post: what the series repeats. Its
 * link to a published original, its permalink and approval stay behind. */
static EngagePost *
post_from_template (EngagePost *template_post)
{
  EngagePost *post = engage_post_new (engage_post_get_channel_id (template_post),
                                      engage_post_get_title (template_post));

  engage_post_set_pillar_id (post, engage_post_get_pillar_id (template_post));
  engage_post_set_status (post, engage_post_get_status (template_post));
  engage_post_set_body (post, engage_post_get_body (template_post));
  engage_post_set_campaign (post, engage_post_get_campaign (template_post));
  engage_post_set_owner (post, engage_post_get_owner (template_post));
  engage_post_set_notes (post, engage_post_get_notes (template_post));
  engage_post_set_link (post, engage_post_get_link (template_post));

  return post;
}

/**
 * engage_project_add_post_series:
 * @project: an open project
 * @template_post: the post to repeat; its scheduled time starts the series. If
 *   it is in the project already it becomes the series' first post.
 * @rule: an RRULE
 * @posts: (out) (optional) (transfer full) (element-type EngagePost): the posts
 *   of the series, in time order
 * @error: return location for a #GError
 *
 * Creates one post per time of the rule, each a copy of @template_post, all
 * sharing a new series id. One edit: a single undo takes the whole series back.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_add_post_series (EngageProject  *project,
                                EngagePost     *template_post,
                                const char     *rule,
                                GPtrArray     **posts,
                                GError        **error)
{
  g_autoptr(GPtrArray) times = NULL;
  g_autoptr(GPtrArray) created = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *series_id = NULL;
  GDateTime *start;
  gboolean in_project;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_POST (template_post), FALSE);

  start = engage_post_get_scheduled_at (template_post);
  if (start == NULL)
    {
      g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                           _("Give the post a date and time before repeating it."));
      return FALSE;
    }

  times = engage_recurrence_expand (rule, start, engage_project_get_tz (project), error);
  if (times == NULL)
    return FALSE;

  in_project = engage_post_get_id (template_post) > 0;
  if (times->len == 0 && !in_project)
    {
      g_set_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                   _("The rule “%s” gives no date after the post’s own."), rule);
      return FALSE;
    }

  if (!_engage_project_begin_edit (project, error))
    return FALSE;

  series_id = _engage_project_new_uuid (project);

  if (in_project)
    {
      g_autoptr(EngagePost) first = engage_post_copy (template_post);

      engage_post_set_series_id (first, series_id);
      if (!engage_project_update_post (project, first, error))
        goto failed;
      g_ptr_array_add (created, g_steal_pointer (&first));
    }

  for (guint i = 0; i < times->len; i++)
    {
      GDateTime *time = g_ptr_array_index (times, i);
      g_autoptr(EngagePost) post = NULL;

      if (in_project && g_date_time_equal (time, start))
        continue;

      post = post_from_template (template_post);
      engage_post_set_scheduled_at (post, time);
      engage_post_set_series_id (post, series_id);
      if (!engage_project_add_post (project, post, error))
        goto failed;
      g_ptr_array_add (created, g_steal_pointer (&post));
    }

  if (!_engage_project_commit_edit (project, _("Add Recurring Posts"), ENGAGE_TABLE_POST, error))
    return FALSE;

  if (posts != NULL)
    *posts = g_steal_pointer (&created);

  return TRUE;

failed:
  _engage_project_rollback_edit (project);
  return FALSE;
}

/* The ids of a series' posts at or after @from (all of them for NULL). */
static GArray *
query_series (EngageProject  *project,
              const char     *series_id,
              GDateTime      *from,
              GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  stmt = _engage_project_prepare (project,
                                  "SELECT id FROM post WHERE series_id = ?1 "
                                  "AND (?2 IS NULL OR scheduled_at >= ?2) "
                                  "ORDER BY scheduled_at IS NULL, scheduled_at, id",
                                  error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, series_id, -1, SQLITE_TRANSIENT);
  _engage_bind_optional_int64 (stmt, 2, from ? g_date_time_to_unix (from) : 0, from != NULL);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }

  if (rc != SQLITE_DONE)
    {
      _engage_project_set_sql_error (project, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

static GPtrArray *
load_series (EngageProject  *project,
             gpointer        user_data,
             GError        **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = query_series (project, user_data, NULL, error);

  if (ids == NULL)
    return NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      EngagePost *post = engage_project_get_post (project, g_array_index (ids, gint64, i), error);

      if (post == NULL)
        return NULL;
      g_ptr_array_add (items, post);
    }

  return g_steal_pointer (&items);
}

/**
 * engage_project_list_series_posts:
 * @project: an open project
 * @series_id: a series id
 *
 * Returns: (transfer full): a live model of the series' #EngagePost in time order
 */
GListModel *
engage_project_list_series_posts (EngageProject *project,
                                  const char    *series_id)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (series_id != NULL, NULL);

  return G_LIST_MODEL (engage_list_model_new (project, ENGAGE_TYPE_POST, ENGAGE_TABLE_POST,
                                              load_series, g_strdup (series_id), g_free));
}

/* Moves @post by the change between @before and @after, both local: the days in
 * between, and the new time of day if that changed. */
static void
shift_time (EngagePost *post,
            GDateTime  *before,
            GDateTime  *after,
            GTimeZone  *tz)
{
  g_autoptr(GDateTime) old_local = NULL;
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) moved = NULL;
  gboolean time_changed;
  GDate before_day, after_day;
  int days;

  if (engage_post_get_scheduled_at (post) == NULL)
    return;

  g_date_clear (&before_day, 1);
  g_date_clear (&after_day, 1);
  g_date_set_dmy (&before_day, g_date_time_get_day_of_month (before), g_date_time_get_month (before),
                  g_date_time_get_year (before));
  g_date_set_dmy (&after_day, g_date_time_get_day_of_month (after), g_date_time_get_month (after),
                  g_date_time_get_year (after));
  days = g_date_days_between (&before_day, &after_day);
  time_changed = g_date_time_get_hour (before) != g_date_time_get_hour (after) ||
                 g_date_time_get_minute (before) != g_date_time_get_minute (after);

  old_local = g_date_time_to_timezone (engage_post_get_scheduled_at (post), tz);
  day = g_date_time_add_days (old_local, days);
  moved = g_date_time_new (tz, g_date_time_get_year (day), g_date_time_get_month (day),
                           g_date_time_get_day_of_month (day),
                           time_changed ? g_date_time_get_hour (after) : g_date_time_get_hour (day),
                           time_changed ? g_date_time_get_minute (after) : g_date_time_get_minute (day),
                           0);
  engage_post_set_scheduled_at (post, moved);
}

#define APPLY_IF_CHANGED(field)                                                         \
  if (g_strcmp0 (engage_post_get_##field (edited), engage_post_get_##field (stored)) != 0) \
    engage_post_set_##field (post, engage_post_get_##field (edited))

/* Gives @post the fields in which @edited differs from @stored. */
static void
apply_changes (EngagePost *post,
               EngagePost *stored,
               EngagePost *edited,
               GTimeZone  *tz)
{
  GDateTime *before = engage_post_get_scheduled_at (stored);
  GDateTime *after = engage_post_get_scheduled_at (edited);

  if (engage_post_get_channel_id (edited) != engage_post_get_channel_id (stored))
    engage_post_set_channel_id (post, engage_post_get_channel_id (edited));
  if (engage_post_get_pillar_id (edited) != engage_post_get_pillar_id (stored))
    engage_post_set_pillar_id (post, engage_post_get_pillar_id (edited));
  if (engage_post_get_status (edited) != engage_post_get_status (stored))
    engage_post_set_status (post, engage_post_get_status (edited));
  APPLY_IF_CHANGED (title);
  APPLY_IF_CHANGED (body);
  APPLY_IF_CHANGED (campaign);
  APPLY_IF_CHANGED (owner);
  APPLY_IF_CHANGED (notes);
  APPLY_IF_CHANGED (link);

  if (before != NULL && after != NULL && !g_date_time_equal (before, after))
    {
      g_autoptr(GDateTime) before_local = g_date_time_to_timezone (before, tz);
      g_autoptr(GDateTime) after_local = g_date_time_to_timezone (after, tz);

      shift_time (post, before_local, after_local, tz);
    }
}

#undef APPLY_IF_CHANGED

/**
 * engage_project_update_post_series:
 * @project: an open project
 * @post: an edited post of @project
 * @scope: whether the edit applies to this post only or to the following too
 * @error: return location for a #GError
 *
 * Stores an edit of a recurring post. With
 * %ENGAGE_SERIES_SCOPE_THIS_AND_FOLLOWING, the fields the edit changed (and
 * only those) change in every post of the series from this one on: a new title
 * replaces theirs, a new time of day becomes theirs, a move by two days moves
 * them by two days. Earlier posts keep theirs. One edit, one undo step.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_update_post_series (EngageProject      *project,
                                   EngagePost         *post,
                                   EngageSeriesScope   scope,
                                   GError            **error)
{
  g_autoptr(EngagePost) stored = NULL;
  g_autoptr(GArray) ids = NULL;
  GTimeZone *tz;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_POST (post), FALSE);
  g_return_val_if_fail (engage_post_get_id (post) > 0, FALSE);

  if (scope == ENGAGE_SERIES_SCOPE_THIS)
    return engage_project_update_post (project, post, error);

  stored = engage_project_get_post (project, engage_post_get_id (post), error);
  if (stored == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                             _("The post no longer exists."));
      return FALSE;
    }

  if (engage_post_get_series_id (stored) == NULL || engage_post_get_scheduled_at (stored) == NULL)
    return engage_project_update_post (project, post, error);

  tz = engage_project_get_tz (project);

  if (!_engage_project_begin_edit (project, error))
    return FALSE;

  ids = query_series (project, engage_post_get_series_id (stored),
                      engage_post_get_scheduled_at (stored), error);
  if (ids == NULL)
    goto failed;

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(EngagePost) following = NULL;

      if (id == engage_post_get_id (post))
        continue;

      following = engage_project_get_post (project, id, error);
      if (following == NULL)
        goto failed;

      apply_changes (following, stored, post, tz);
      if (!engage_project_update_post (project, following, error))
        goto failed;
    }

  if (!engage_project_update_post (project, post, error))
    goto failed;

  return _engage_project_commit_edit (project, _("Change Recurring Posts"), ENGAGE_TABLE_POST, error);

failed:
  _engage_project_rollback_edit (project);
  return FALSE;
}
