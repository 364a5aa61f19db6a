/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-test-ics"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <libical/ical.h>

#include "engage-channel.h"
#include "engage-ics.h"
#include "engage-pillar.h"
#include "engage-post.h"
#include "engage-project-private.h"
#include "engage-sample.h"

/* The iCalendar export: the sample parses with libical and with an independent
 * parser (python3-icalendar), lines are folded at 75 octets without splitting a
 * character, UIDs are unique and the same in every export. */

#define NOW 1767268800 /* 2026-01-01 12:00:00 UTC */

typedef struct
{
  char          *dir;
  EngageProject *project;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  const char *language = user_data;

  fixture->dir = g_dir_make_tmp ("engage-test-ics-XXXXXX", &error);
  g_assert_no_error (error);

  path = g_build_filename (fixture->dir, "plan.engage", NULL);
  file = g_file_new_for_path (path);
  fixture->project = engage_project_create (file, "Plan", &error);
  g_assert_no_error (error);
  _engage_project_set_clock (fixture->project, NOW);

  if (language != NULL)
    {
      GDate today;

      g_assert_true (engage_iso_date_parse ("2026-11-23", &today));
      g_assert_true (engage_sample_fill (fixture->project, language, &today, &error));
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  engage_project_close (fixture->project);
  g_clear_object (&fixture->project);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (fixture->dir, name, NULL);
      g_unlink (child);
    }
  g_rmdir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static char *
export (EngageProject *project,
        GDateTime     *from,
        GDateTime     *to)
{
  g_autoptr(GError) error = NULL;
  char *text = engage_ics_export_to_string (project, from, to, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

/* Every line at most 75 octets, valid UTF-8 on its own, ended by CRLF. */
static void
assert_lines_well_formed (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);
  guint n = g_strv_length (lines);

  g_assert_true (g_str_has_suffix (text, "\r\n"));
  g_assert_cmpstr (lines[n - 1], ==, "");

  for (guint i = 0; i + 1 < n; i++)
    {
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_null (strchr (lines[i], '\r'));
      if (strlen (lines[i]) > ENGAGE_ICS_MAX_LINE_OCTETS)
        g_error ("line %u has %zu octets: %s", i + 1, strlen (lines[i]), lines[i]);
      if (!g_utf8_validate (lines[i], -1, NULL))
        g_error ("line %u splits a UTF-8 sequence: %s", i + 1, lines[i]);
    }
}

static guint
count_scheduled (EngageProject *project)
{
  g_autoptr(GListModel) posts = engage_project_list_posts (project, NULL, NULL);

  return g_list_model_get_n_items (posts);
}

static void
test_sample_parses (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *text = export (fixture->project, NULL, NULL);
  g_autoptr(GHashTable) uids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GListModel) posts = engage_project_list_posts (fixture->project, NULL, NULL);
  icalcomponent *calendar;
  icalcomponent *timezone;
  icalcomponent *event;
  icalproperty *property;
  guint n_events = 0;

  assert_lines_well_formed (text);
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (text, "\r\nPRODID:-//Engage//Engage 0.1//EN\r\n"));
  g_assert_nonnull (strstr (text, "\r\nVERSION:2.0\r\n"));

  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);

  property = icalcomponent_get_first_property (calendar, ICAL_X_PROPERTY);
  g_assert_nonnull (property);
  g_assert_cmpstr (icalproperty_get_x_name (property), ==, "X-WR-CALNAME");
  g_assert_cmpstr (icalproperty_get_x (property), ==, engage_project_get_name (fixture->project));

  timezone = icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT);
  g_assert_nonnull (timezone);
  property = icalcomponent_get_first_property (timezone, ICAL_TZID_PROPERTY);
  g_assert_cmpstr (icalproperty_get_tzid (property), ==, "Europe/Berlin");

  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (posts, n_events);
      g_autofree char *uid = g_strconcat (engage_post_get_uuid (post), "@engage", NULL);
      icalproperty *dtstart = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
      icalproperty *dtstamp = icalcomponent_get_first_property (event, ICAL_DTSTAMP_PROPERTY);
      icalparameter *tzid = icalproperty_get_first_parameter (dtstart, ICAL_TZID_PARAMETER);
      struct icaltimetype start = icalproperty_get_dtstart (dtstart);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (engage_post_get_scheduled_at (post),
                                                            engage_project_get_tz (fixture->project));
      icalproperty_status status = icalcomponent_get_status (event);

      /* Events come in the posts' order, one each. */
      g_assert_cmpstr (icalcomponent_get_uid (event), ==, uid);
      g_assert_false (g_hash_table_contains (uids, icalcomponent_get_uid (event)));
      g_hash_table_add (uids, (gpointer) icalcomponent_get_uid (event));

      g_assert_nonnull (tzid);
      g_assert_cmpstr (icalparameter_get_tzid (tzid), ==, "Europe/Berlin");
      g_assert_cmpint (start.hour, ==, g_date_time_get_hour (local));
      g_assert_cmpint (start.day, ==, g_date_time_get_day_of_month (local));
      g_assert_true (g_str_has_suffix (icalproperty_get_value_as_string (dtstamp), "Z"));

      g_assert_true (g_str_has_suffix (icalcomponent_get_summary (event), engage_post_get_title (post)));
      g_assert_nonnull (strstr (icalcomponent_get_summary (event), ": "));

      switch (engage_post_get_status (post))
        {
        case ENGAGE_POST_STATUS_IDEA:
        case ENGAGE_POST_STATUS_DRAFT:
        case ENGAGE_POST_STATUS_IN_REVIEW:
          g_assert_cmpint (status, ==, ICAL_STATUS_TENTATIVE);
          break;
        case ENGAGE_POST_STATUS_APPROVED:
        case ENGAGE_POST_STATUS_SCHEDULED:
        case ENGAGE_POST_STATUS_PUBLISHED:
          g_assert_cmpint (status, ==, ICAL_STATUS_CONFIRMED);
          break;
        case ENGAGE_POST_STATUS_ARCHIVED:
        default:
          g_assert_cmpint (status, ==, ICAL_STATUS_CANCELLED);
          break;
        }

      if (*engage_post_get_body (post) != '\0')
        g_assert_cmpstr (icalcomponent_get_description (event), ==, engage_post_get_body (post));

      n_events++;
    }

  g_assert_cmpuint (n_events, ==, count_scheduled (fixture->project));
  g_assert_cmpuint (n_events, >, 150);

  icalcomponent_free (calendar);
}

static void
test_stable (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autofree char *first = export (fixture->project, NULL, NULL);
  g_autofree char *second = export (fixture->project, NULL, NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "plan.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;

  g_assert_cmpstr (first, ==, second);

  g_assert_true (engage_ics_export (fixture->project, file, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, first);
}

static void
test_python_icalendar (Fixture       *fixture,
                       gconstpointer  user_data)
{
  const char *check_module[] = { "/usr/bin/python3", "-c", "import icalendar", NULL };
  g_autofree char *path = g_build_filename (fixture->dir, "plan.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *expected = NULL;
  int status = 0;
  const char *script =
    "import sys, icalendar\n"
    "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
    "events = cal.walk('VEVENT')\n"
    "uids = set(str(e['UID']) for e in events)\n"
    "assert len(uids) == len(events)\n"
    "for e in events:\n"
    "    start = e['DTSTART'].dt\n"
    "    assert start.tzinfo is not None, e['UID']\n"
    "    assert str(e['SUMMARY'])\n"
    "print(len(events))\n";
  const char *argv[] = { "/usr/bin/python3", "-c", script, path, NULL };

  if (!g_spawn_sync (NULL, (char **) check_module, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    {
      g_test_skip ("python3-icalendar is not installed");
      return;
    }

  g_assert_true (engage_ics_export (fixture->project, file, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("python3-icalendar refused the file: %s", err);

  expected = g_strdup_printf ("%u\n", count_scheduled (fixture->project));
  g_assert_cmpstr (out, ==, expected);
}

static void
test_fold (void)
{
  g_autoptr(GString) value = g_string_new ("DESCRIPTION:");
  g_autoptr(GString) bad = g_string_new ("BEGIN:VEVENT\r\n");
  g_autofree char *fixed = NULL;
  g_autofree char *unchanged = NULL;
  g_autofree char *from_lf = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) bad_lines = NULL;
  g_autoptr(GString) unfolded = g_string_new (NULL);
  gboolean splits = FALSE;
  const char *good = "BEGIN:VEVENT\r\nSUMMARY:Short\r\nDESCRIPTION:first part \r\n and the rest\r\nEND:VEVENT\r\n";

  for (guint i = 0; i < 40; i++)
    g_string_append (value, i % 3 == 0 ? "ä€😀" : "Brötchen ");

  /* Folded every 75 octets, blind to characters, as a careless writer would. */
  for (gsize offset = 0; offset < value->len; offset += 74)
    {
      if (offset > 0)
        g_string_append_c (bad, ' ');
      g_string_append_len (bad, value->str + offset, MIN (74, value->len - offset));
      g_string_append (bad, "\r\n");
    }
  g_string_append (bad, "END:VEVENT\r\n");
  bad_lines = g_strsplit (bad->str, "\r\n", -1);
  for (guint i = 0; bad_lines[i] != NULL; i++)
    splits |= !g_utf8_validate (bad_lines[i], -1, NULL);
  g_assert_true (splits);

  fixed = engage_ics_fold (bad->str);
  assert_lines_well_formed (fixed);

  /* Unfolding gives the content back. */
  lines = g_strsplit (fixed, "\r\n", -1);
  for (guint i = 1; lines[i] != NULL && !g_str_has_prefix (lines[i], "END:"); i++)
    g_string_append (unfolded, i == 1 ? lines[i] : lines[i] + 1);
  g_assert_cmpstr (unfolded->str, ==, value->str);

  /* Lines folded well stay as they are; LF line ends become CRLF. */
  unchanged = engage_ics_fold (good);
  g_assert_cmpstr (unchanged, ==, good);
  from_lf = engage_ics_fold ("BEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\n");
  g_assert_cmpstr (from_lf, ==, "BEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\n");
}

static gint64
add_post (EngageProject    *project,
          gint64            channel_id,
          gint64            pillar_id,
          const char       *title,
          const char       *body,
          EngagePostStatus  status,
          GDateTime        *when,
          const char       *permalink)
{
  g_autoptr(EngagePost) post = engage_post_new (channel_id, title);
  g_autoptr(GError) error = NULL;

  engage_post_set_pillar_id (post, pillar_id);
  engage_post_set_body (post, body);
  engage_post_set_status (post, status);
  engage_post_set_scheduled_at (post, when);
  engage_post_set_permalink (post, permalink);
  g_assert_true (engage_project_add_post (project, post, &error));
  g_assert_no_error (error);

  return engage_post_get_id (post);
}

static icalcomponent *
find_event (icalcomponent *calendar,
            const char    *summary)
{
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (g_str_equal (icalcomponent_get_summary (event), summary))
      return event;

  return NULL;
}

static void
test_fields (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(EngageChannel) channel = engage_channel_new (ENGAGE_CHANNEL_KIND_INSTAGRAM, "Instagram Hägele");
  g_autoptr(EngagePillar) pillar = engage_pillar_new ("Tipps, Tricks; mehr");
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) winter = g_date_time_new (engage_project_get_tz (fixture->project), 2026, 1, 20, 9, 0, 0);
  g_autoptr(GDateTime) summer = g_date_time_new (engage_project_get_tz (fixture->project), 2026, 7, 14, 9, 0, 0);
  g_autoptr(GDateTime) from = g_date_time_new (engage_project_get_tz (fixture->project), 2026, 7, 1, 0, 0, 0);
  g_autofree char *long_body = NULL;
  g_autofree char *text = NULL;
  g_autofree char *july = NULL;
  icalcomponent *calendar;
  icalcomponent *event;
  icalproperty *property;
  struct icaltimetype start, end;

  g_assert_true (engage_project_add_channel (fixture->project, channel, &error));
  g_assert_true (engage_project_add_pillar (fixture->project, pillar, &error));
  g_assert_no_error (error);

  long_body = g_strjoin ("\n", "Frische Brötchen ab 6 Uhr – auch sonntags!",
                         "Unsere Öffnungszeiten: Mo–Sa 6–18 Uhr, So 7–11 Uhr. 🥐🥨🍞 Für Vorbestellungen "
                         "ruft gerne an oder schreibt uns; wir packen euch alles zusammen, Äpfel, Öl, Übermut.",
                         NULL);
  add_post (fixture->project, engage_channel_get_id (channel), engage_pillar_get_id (pillar),
            "Winterbrötchen", long_body, ENGAGE_POST_STATUS_DRAFT, winter, "");
  add_post (fixture->project, engage_channel_get_id (channel), 0, "Sommerfest", "",
            ENGAGE_POST_STATUS_PUBLISHED, summer, "https://www.instagram.com/p/abc/");
  add_post (fixture->project, engage_channel_get_id (channel), 0, "", "Archiviert",
            ENGAGE_POST_STATUS_ARCHIVED, summer, "");
  add_post (fixture->project, engage_channel_get_id (channel), 0, "Nur eine Idee", "",
            ENGAGE_POST_STATUS_IDEA, NULL, "");

  text = export (fixture->project, NULL, NULL);
  assert_lines_well_formed (text);

  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  /* The idea without a date is not an event. */
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 3);

  event = find_event (calendar, "Instagram Hägele: Winterbrötchen");
  g_assert_nonnull (event);
  g_assert_cmpstr (icalcomponent_get_description (event), ==, long_body);
  g_assert_cmpint (icalcomponent_get_status (event), ==, ICAL_STATUS_TENTATIVE);
  property = icalcomponent_get_first_property (event, ICAL_CATEGORIES_PROPERTY);
  g_assert_nonnull (property);
  /* One category, its comma and semicolon escaped. */
  g_assert_nonnull (strstr (text, "CATEGORIES:Tipps\\, Tricks\\; mehr\r\n"));
  g_assert_null (icalcomponent_get_next_property (event, ICAL_CATEGORIES_PROPERTY));
  start = icalproperty_get_dtstart (icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY));
  end = icalproperty_get_dtend (icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY));
  g_assert_cmpint (start.hour, ==, 9);
  g_assert_cmpint (end.hour, ==, 9);
  g_assert_cmpint (end.minute, ==, 30);
  g_assert_null (icalcomponent_get_first_property (event, ICAL_URL_PROPERTY));

  /* 09:00 in summer is still 09:00 with the TZID, not 08:00. */
  event = find_event (calendar, "Instagram Hägele: Sommerfest");
  g_assert_nonnull (event);
  start = icalproperty_get_dtstart (icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY));
  g_assert_cmpint (start.hour, ==, 9);
  g_assert_cmpint (icalcomponent_get_status (event), ==, ICAL_STATUS_CONFIRMED);
  property = icalcomponent_get_first_property (event, ICAL_URL_PROPERTY);
  g_assert_cmpstr (icalproperty_get_url (property), ==, "https://www.instagram.com/p/abc/");

  event = find_event (calendar, "Instagram Hägele: Untitled post");
  g_assert_nonnull (event);
  g_assert_cmpint (icalcomponent_get_status (event), ==, ICAL_STATUS_CANCELLED);
  icalcomponent_free (calendar);

  /* A range keeps what starts in it. */
  july = export (fixture->project, from, NULL);
  calendar = icalparser_parse_string (july);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 2);
  icalcomponent_free (calendar);
}

static void
test_write_failure (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "missing", "plan.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (engage_ics_export (fixture->project, file, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/ics/sample-parses", Fixture, "en", fixture_set_up, test_sample_parses, fixture_tear_down);
  g_test_add ("/core/ics/sample-parses-de", Fixture, "de", fixture_set_up, test_sample_parses, fixture_tear_down);
  g_test_add ("/core/ics/stable", Fixture, "en", fixture_set_up, test_stable, fixture_tear_down);
  g_test_add ("/core/ics/python-icalendar", Fixture, "de", fixture_set_up, test_python_icalendar,
              fixture_tear_down);
  g_test_add_func ("/core/ics/fold", test_fold);
  g_test_add ("/core/ics/fields", Fixture, NULL, fixture_set_up, test_fields, fixture_tear_down);
  g_test_add ("/core/ics/write-failure", Fixture, NULL, fixture_set_up, test_write_failure, fixture_tear_down);

  return g_test_run ();
}
