/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-ics"

#include "config.h"

#include "engage-ics.h"
#include "engage-channel.h"
#include "engage-csv.h"
#include "engage-pillar.h"
#include "engage-post.h"

#include <string.h>

#include <glib/gi18n.h>
#include <libical/ical.h>

/* The editorial plan as an iCalendar file (RFC 5545), so that it shows up in
 * GNOME Calendar, Thunderbird, Outlook or a shared Google calendar next to the
 * rest of the week. One VEVENT per scheduled post, built with libical:
 *
 * - UID "<post uuid>@engage": stable, so re-importing an export updates the
 *   events instead of doubling them.
 * - DTSTAMP and LAST-MODIFIED are the post's last change (without METHOD, RFC
 *   5545 wants the time the information was last revised), so two exports of
 *   an unchanged project are the same file.
 * - DTSTART/DTEND in the project's time zone with its VTIMEZONE from libical's
 *   zone data, or in UTC if libical does not know the zone; 30 minutes long.
 *   libical 3.0 writes times made by icaltime_from_timet_with_zone() with a "Z"
 *   even when they are local, so the local time comes from GLib (the zone the
 *   calendar shows) and the TZID is added by hand.
 * - TRANSP:TRANSPARENT: a planned post does not make anyone busy.
 *
 * libical 3.0 folds lines at 75 octets and steps back to the start of a UTF-8
 * sequence; older versions could split one. engage_ics_fold() checks every
 * folded line and refolds any that is too long or splits a character, so the
 * file is right whichever libical the app runs with. */

#define EVENT_MINUTES 30

static icalproperty_status
ical_status (EngagePostStatus status)
{
  switch (status)
    {
    case ENGAGE_POST_STATUS_IDEA:
    case ENGAGE_POST_STATUS_DRAFT:
    case ENGAGE_POST_STATUS_IN_REVIEW:
      return ICAL_STATUS_TENTATIVE;
    case ENGAGE_POST_STATUS_APPROVED:
    case ENGAGE_POST_STATUS_SCHEDULED:
    case ENGAGE_POST_STATUS_PUBLISHED:
      return ICAL_STATUS_CONFIRMED;
    case ENGAGE_POST_STATUS_ARCHIVED:
      return ICAL_STATUS_CANCELLED;
    default:
      g_return_val_if_reached (ICAL_STATUS_TENTATIVE);
    }
}

static gint64 *
id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static struct icaltimetype
utc_time (GDateTime *time)
{
  return icaltime_from_timet_with_zone (g_date_time_to_unix (time), 0,
                                        icaltimezone_get_utc_timezone ());
}

/* DTSTART or DTEND: local with TZID when @tzid is set, otherwise in UTC. */
static icalproperty *
time_property (icalproperty_kind  kind,
               GDateTime         *time,
               GTimeZone         *tz,
               const char        *tzid)
{
  struct icaltimetype value;
  icalproperty *property;

  if (tzid != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_timezone (time, tz);

      value = icaltime_null_time ();
      value.year = g_date_time_get_year (local);
      value.month = g_date_time_get_month (local);
      value.day = g_date_time_get_day_of_month (local);
      value.hour = g_date_time_get_hour (local);
      value.minute = g_date_time_get_minute (local);
      value.second = g_date_time_get_second (local);
    }
  else
    value = utc_time (time);

  property = kind == ICAL_DTSTART_PROPERTY ? icalproperty_new_dtstart (value)
                                           : icalproperty_new_dtend (value);
  if (tzid != NULL)
    icalproperty_add_parameter (property, icalparameter_new_tzid (tzid));

  return property;
}

/* libical 3.0 writes the value of CATEGORIES with its backslashes escaped but
 * not its commas and semicolons, since a comma separates categories there. A
 * pillar is one category, "Tipps, Tricks & Rezepte" included, so each event gets
 * a placeholder that is replaced by the escaped name once libical has written
 * the calendar. */
#define CATEGORY_PLACEHOLDER "ENGAGE-CATEGORY-"

static char *
escape_category (const char *name)
{
  GString *text = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == '\\' || *p == ';' || *p == ',')
        g_string_append_c (text, '\\');
      if (*p == '\n')
        g_string_append (text, "\\n");
      else if (*p != '\r')
        g_string_append_c (text, *p);
    }

  return g_string_free (text, FALSE);
}

static void
add_x_property (icalcomponent *component,
                const char    *name,
                const char    *value)
{
  icalproperty *property = icalproperty_new_x (value);

  icalproperty_set_x_name (property, name);
  icalcomponent_add_property (component, property);
}

static GHashTable *
channel_names (EngageProject *project)
{
  g_autoptr(GListModel) channels = engage_project_list_channels (project);
  GHashTable *names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; i < g_list_model_get_n_items (channels); i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (channels, i);

      g_hash_table_insert (names, id_key (engage_channel_get_id (channel)),
                           g_strdup (engage_channel_get_name (channel)));
    }

  return names;
}

static GHashTable *
pillar_names (EngageProject *project)
{
  g_autoptr(GListModel) pillars = engage_project_list_pillars (project);
  GHashTable *names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; i < g_list_model_get_n_items (pillars); i++)
    {
      g_autoptr(EngagePillar) pillar = g_list_model_get_item (pillars, i);

      g_hash_table_insert (names, id_key (engage_pillar_get_id (pillar)),
                           g_strdup (engage_pillar_get_name (pillar)));
    }

  return names;
}

static icalcomponent *
post_event (EngagePost *post,
            GHashTable *channels,
            GHashTable *pillars,
            GPtrArray  *categories,
            GTimeZone  *tz,
            const char *tzid)
{
  icalcomponent *event = icalcomponent_new (ICAL_VEVENT_COMPONENT);
  GDateTime *start = engage_post_get_scheduled_at (post);
  g_autoptr(GDateTime) end = g_date_time_add_minutes (start, EVENT_MINUTES);
  g_autofree char *uid = g_strconcat (engage_post_get_uuid (post), "@engage", NULL);
  g_autofree char *summary = NULL;
  gint64 channel_id = engage_post_get_channel_id (post);
  gint64 pillar_id = engage_post_get_pillar_id (post);
  const char *channel = g_hash_table_lookup (channels, &channel_id);
  const char *pillar = pillar_id > 0 ? g_hash_table_lookup (pillars, &pillar_id) : NULL;
  const char *title = engage_post_get_title (post);
  GDateTime *modified = engage_post_get_modified_at (post);
  GDateTime *created = engage_post_get_created_at (post);

  if (title == NULL || *title == '\0')
    title = _("Untitled post");
  summary = g_strdup_printf ("%s: %s", channel ? channel : _("Unknown channel"), title);

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  if (modified != NULL)
    icalcomponent_add_property (event, icalproperty_new_dtstamp (utc_time (modified)));
  else
    icalcomponent_add_property (event, icalproperty_new_dtstamp (utc_time (start)));
  if (created != NULL)
    icalcomponent_add_property (event, icalproperty_new_created (utc_time (created)));
  if (modified != NULL)
    icalcomponent_add_property (event, icalproperty_new_lastmodified (utc_time (modified)));

  icalcomponent_add_property (event, time_property (ICAL_DTSTART_PROPERTY, start, tz, tzid));
  icalcomponent_add_property (event, time_property (ICAL_DTEND_PROPERTY, end, tz, tzid));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));

  if (*engage_post_get_body (post) != '\0')
    icalcomponent_add_property (event, icalproperty_new_description (engage_post_get_body (post)));

  if (pillar != NULL && *pillar != '\0')
    {
      g_autofree char *placeholder = g_strdup_printf (CATEGORY_PLACEHOLDER "%u", categories->len);

      g_ptr_array_add (categories, escape_category (pillar));
      icalcomponent_add_property (event, icalproperty_new_categories (placeholder));
    }

  icalcomponent_add_property (event, icalproperty_new_status (ical_status (engage_post_get_status (post))));
  icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));

  if (*engage_post_get_permalink (post) != '\0')
    icalcomponent_add_property (event, icalproperty_new_url (engage_post_get_permalink (post)));

  return event;
}

/* libical's copy of the zone as a VTIMEZONE whose TZID is the plain IANA name
 * ("Europe/Berlin"), which calendar apps map to their own zone, instead of
 * libical's "/freeassociation.sourceforge.net/…". */
static icalcomponent *
make_vtimezone (const char *identifier)
{
  icaltimezone *zone = icaltimezone_get_builtin_timezone (identifier);
  icalcomponent *vtimezone;
  icalproperty *tzid;

  if (zone == NULL || icaltimezone_get_component (zone) == NULL)
    return NULL;

  vtimezone = icalcomponent_new_clone (icaltimezone_get_component (zone));
  tzid = icalcomponent_get_first_property (vtimezone, ICAL_TZID_PROPERTY);
  if (tzid != NULL)
    icalproperty_set_tzid (tzid, identifier);
  else
    icalcomponent_add_property (vtimezone, icalproperty_new_tzid (identifier));

  return vtimezone;
}

/* Puts the escaped categories in place of their placeholders. A line grown
 * beyond 75 octets is folded afterwards like any other. */
static char *
fill_in_categories (const char *ical,
                    GPtrArray  *categories)
{
  const char *prefix = "\r\nCATEGORIES:" CATEGORY_PLACEHOLDER;
  GString *out = g_string_sized_new (strlen (ical));
  const char *p = ical;
  const char *found;

  while ((found = strstr (p, prefix)) != NULL)
    {
      char *end = NULL;
      guint64 index = g_ascii_strtoull (found + strlen (prefix), &end, 10);

      g_string_append_len (out, p, found - p);
      g_string_append (out, "\r\nCATEGORIES:");
      if (index < categories->len)
        g_string_append (out, g_ptr_array_index (categories, index));
      p = end;
    }
  g_string_append (out, p);

  return g_string_free (out, FALSE);
}

/* Whether the physical lines [first, last) of one content line are folded
 * correctly: none longer than allowed, none starting inside a UTF-8 sequence. */
static gboolean
is_folded_well (char  **lines,
                guint   first,
                guint   last)
{
  for (guint i = first; i < last; i++)
    {
      if (strlen (lines[i]) > ENGAGE_ICS_MAX_LINE_OCTETS)
        return FALSE;
      if (i > first && ((guchar) lines[i][1] & 0xC0) == 0x80)
        return FALSE;
    }

  return TRUE;
}

static void
append_refolded (GString    *out,
                 const char *line)
{
  gsize remaining = strlen (line);
  gboolean first = TRUE;

  do
    {
      /* A continuation line starts with a space, which counts. */
      gsize limit = first ? ENGAGE_ICS_MAX_LINE_OCTETS : ENGAGE_ICS_MAX_LINE_OCTETS - 1;
      gsize cut = remaining;

      if (remaining > limit)
        {
          cut = limit;
          while (cut > 0 && ((guchar) line[cut] & 0xC0) == 0x80)
            cut--;
        }

      if (!first)
        g_string_append_c (out, ' ');
      g_string_append_len (out, line, cut);
      g_string_append (out, "\r\n");

      line += cut;
      remaining -= cut;
      first = FALSE;
    }
  while (remaining > 0);
}

/**
 * engage_ics_fold:
 * @text: iCalendar text with CRLF or LF line ends
 *
 * Makes sure that no line is longer than 75 octets and that no fold splits a
 * UTF-8 sequence: content lines folded well stay as they are, the others are
 * unfolded and folded again before a character that would not fit. Lines end
 * in CRLF.
 *
 * Returns: (transfer full): the text, folded
 */
char *
engage_ics_fold (const char *text)
{
  g_autofree char *unix_text = NULL;
  g_auto(GStrv) lines = NULL;
  GString *out;
  guint n;

  g_return_val_if_fail (text != NULL, NULL);

  /* Split on LF, then drop the CR of CRLF. */
  lines = g_strsplit (text, "\n", -1);
  n = g_strv_length (lines);
  for (guint i = 0; i < n; i++)
    {
      gsize length = strlen (lines[i]);

      if (length > 0 && lines[i][length - 1] == '\r')
        lines[i][length - 1] = '\0';
    }

  out = g_string_sized_new (strlen (text) + strlen (text) / 64);

  for (guint i = 0; i < n;)
    {
      guint last = i + 1;

      if (lines[i][0] == '\0')
        {
          i++;
          continue;
        }

      while (last < n && (lines[last][0] == ' ' || lines[last][0] == '\t'))
        last++;

      if (is_folded_well (lines, i, last))
        {
          for (guint k = i; k < last; k++)
            {
              g_string_append (out, lines[k]);
              g_string_append (out, "\r\n");
            }
        }
      else
        {
          g_autoptr(GString) logical = g_string_new (lines[i]);

          for (guint k = i + 1; k < last; k++)
            g_string_append (logical, lines[k] + 1);
          append_refolded (out, logical->str);
        }

      i = last;
    }

  return g_string_free (out, FALSE);
}

/**
 * engage_ics_export_to_string:
 * @project: an open project
 * @from: (nullable): the start of the range, included; %NULL for no start
 * @to: (nullable): the end of the range, excluded; %NULL for no end
 * @error: return location for a #GError
 *
 * Writes the posts scheduled in [@from, @to) as an iCalendar file. Ideas
 * without a date are not in it.
 *
 * Returns: (transfer full) (nullable): the file's text
 */
char *
engage_ics_export_to_string (EngageProject  *project,
                             GDateTime      *from,
                             GDateTime      *to,
                             GError        **error)
{
  g_autoptr(GListModel) posts = NULL;
  g_autoptr(GHashTable) channels = NULL;
  g_autoptr(GHashTable) pillars = NULL;
  g_autoptr(GPtrArray) categories = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *filled = NULL;
  icalcomponent *calendar;
  icalcomponent *vtimezone;
  const char *tzid;
  char *ical;
  char *folded;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  if (!engage_project_is_open (project))
    {
      g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_CLOSED,
                           _("The project is closed."));
      return NULL;
    }

  channels = channel_names (project);
  pillars = pillar_names (project);
  posts = engage_project_list_posts (project, from, to);

  tzid = engage_project_get_time_zone (project);
  vtimezone = make_vtimezone (tzid);
  if (vtimezone == NULL)
    tzid = NULL;

  calendar = icalcomponent_new (ICAL_VCALENDAR_COMPONENT);
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_prodid ("-//Engage//Engage 0.1//EN"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  add_x_property (calendar, "X-WR-CALNAME", engage_project_get_name (project));
  if (tzid != NULL)
    {
      add_x_property (calendar, "X-WR-TIMEZONE", tzid);
      icalcomponent_add_component (calendar, vtimezone);
    }

  for (guint i = 0; i < g_list_model_get_n_items (posts); i++)
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (posts, i);

      if (engage_post_get_scheduled_at (post) == NULL)
        continue;

      icalcomponent_add_component (calendar,
                                   post_event (post, channels, pillars, categories,
                                               engage_project_get_tz (project), tzid));
    }

  ical = icalcomponent_as_ical_string_r (calendar);
  icalcomponent_free (calendar);

  filled = fill_in_categories (ical, categories);
  icalmemory_free_buffer (ical);
  folded = engage_ics_fold (filled);

  return folded;
}

/**
 * engage_ics_export:
 * @project: an open project
 * @file: the file to write; an existing one is replaced
 * @from: (nullable): the start of the range, included
 * @to: (nullable): the end of the range, excluded
 * @error: return location for a #GError
 *
 * Writes engage_ics_export_to_string() to @file, completely or not at all.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_ics_export (EngageProject  *project,
                   GFile          *file,
                   GDateTime      *from,
                   GDateTime      *to,
                   GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;
  char *text;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  text = engage_ics_export_to_string (project, from, to, error);
  if (text == NULL)
    return FALSE;

  bytes = g_bytes_new_take (text, strlen (text));
  return engage_csv_write_file (file, bytes, error);
}
