/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-test-checker"

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "engage-approval.h"
#include "engage-channel.h"
#include "engage-checker.h"
#include "engage-checker-private.h"
#include "engage-kpi.h"
#include "engage-measurement.h"
#include "engage-pillar.h"
#include "engage-project-private.h"
#include "engage-rule.h"
#include "engage-sample.h"

/* The checker: every kind of rule with posts that break it and posts that do
 * not, German and emoji text, the rules about the plan, and the sample's posts
 * that break rules on purpose. */

/* 2026-11-16 is a Monday; 12:00 UTC is 13:00 in Berlin. */
#define MONDAY_NOON ((gint64) 1794830400)
#define HOUR ((gint64) 3600)
#define DAY (24 * HOUR)

typedef struct
{
  char          *dir;
  EngageProject *project;
  EngageChecker *checker;
  EngageChannel *x;
  EngageChannel *instagram;
  EngageChannel *facebook;
  EngagePillar  *promotions;
  EngagePillar  *tips;
} Fixture;

static EngageChannel *
add_channel (Fixture           *fixture,
             EngageChannelKind  kind,
             const char        *name)
{
  g_autoptr(GError) error = NULL;
  EngageChannel *channel = engage_channel_new (kind, name);

  g_assert_true (engage_project_add_channel (fixture->project, channel, &error));
  g_assert_no_error (error);
  return channel;
}

static EngagePillar *
add_pillar (Fixture    *fixture,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  EngagePillar *pillar = engage_pillar_new (name);

  g_assert_true (engage_project_add_pillar (fixture->project, pillar, &error));
  g_assert_no_error (error);
  return pillar;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("engage-test-checker-XXXXXX", &error);
  g_assert_no_error (error);

  path = g_build_filename (fixture->dir, "checker.engage", NULL);
  file = g_file_new_for_path (path);
  fixture->project = engage_project_create (file, "Test", &error);
  g_assert_no_error (error);
  _engage_project_set_clock (fixture->project, MONDAY_NOON - 7 * DAY);
  g_assert_true (engage_project_set_details (fixture->project, "Test", "Bäckerei Test", "Europe/Berlin",
                                             "de", ENGAGE_ENGAGEMENT_BASIS_REACH, &error));
  g_assert_no_error (error);

  fixture->x = add_channel (fixture, ENGAGE_CHANNEL_KIND_X, "X");
  fixture->instagram = add_channel (fixture, ENGAGE_CHANNEL_KIND_INSTAGRAM, "Instagram");
  fixture->facebook = add_channel (fixture, ENGAGE_CHANNEL_KIND_FACEBOOK, "Facebook");
  fixture->promotions = add_pillar (fixture, "Angebote");
  fixture->tips = add_pillar (fixture, "Tipps");
  fixture->checker = engage_checker_new (fixture->project);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&fixture->checker);
  g_clear_object (&fixture->x);
  g_clear_object (&fixture->instagram);
  g_clear_object (&fixture->facebook);
  g_clear_object (&fixture->promotions);
  g_clear_object (&fixture->tips);
  engage_project_close (fixture->project);
  g_clear_object (&fixture->project);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static EngageRule *
add_rule (Fixture        *fixture,
          const char     *kind,
          const char     *params,
          const char     *channel_kinds,
          EngagePillar   *pillar,
          EngageSeverity  severity)
{
  g_autoptr(GError) error = NULL;
  EngageRule *rule = engage_rule_new (kind);

  engage_rule_set_params (rule, params);
  engage_rule_set_channel_kinds (rule, channel_kinds);
  if (pillar != NULL)
    engage_rule_set_pillar_id (rule, engage_pillar_get_id (pillar));
  engage_rule_set_severity (rule, severity);
  engage_rule_set_message (rule, "Fix it.");

  g_assert_true (engage_project_add_rule (fixture->project, rule, &error));
  g_assert_no_error (error);
  return rule;
}

static EngagePost *
make_post (EngageChannel    *channel,
           const char       *body,
           EngagePostStatus  status,
           gint64            time)
{
  EngagePost *post = engage_post_new (engage_channel_get_id (channel), "Post");

  engage_post_set_body (post, body);
  engage_post_set_status (post, status);
  if (time != 0)
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc (time);

      engage_post_set_scheduled_at (post, when);
    }

  return post;
}

static EngagePost *
store_post (Fixture          *fixture,
            EngageChannel    *channel,
            const char       *title,
            EngagePostStatus  status,
            gint64            time)
{
  g_autoptr(GError) error = NULL;
  EngagePost *post = make_post (channel, "Frisch aus dem Ofen.", status, time);

  engage_post_set_title (post, title);
  g_assert_true (engage_project_add_post (fixture->project, post, &error));
  g_assert_no_error (error);
  return post;
}

/* Checks @post and returns the details of its findings, joined by "|". */
static char *
check (Fixture    *fixture,
       EngagePost *post)
{
  g_autoptr(GPtrArray) findings = engage_findings_new ();
  g_autoptr(GString) details = g_string_new (NULL);
  guint n = engage_checker_check_post (fixture->checker, post, findings);

  g_assert_cmpuint (n, ==, findings->len);
  for (guint i = 0; i < findings->len; i++)
    {
      EngageFinding *finding = g_ptr_array_index (findings, i);

      g_assert_cmpstr (engage_finding_get_message (finding), ==, "Fix it.");
      g_string_append_printf (details, "%s%s", i > 0 ? "|" : "", engage_finding_get_detail (finding));
    }

  return g_string_free (g_steal_pointer (&details), FALSE);
}

static char *
check_text (Fixture       *fixture,
            EngageChannel *channel,
            const char    *body)
{
  g_autoptr(EngagePost) post = make_post (channel, body, ENGAGE_POST_STATUS_DRAFT, 0);

  return check (fixture, post);
}

#define assert_finding(fixture, channel, body, expected) \
  G_STMT_START { \
    g_autofree char *_details = check_text ((fixture), (channel), (body)); \
    g_assert_cmpstr (_details, ==, (expected)); \
  } G_STMT_END

#define assert_clean(fixture, channel, body) assert_finding (fixture, channel, body, "")

/* Text helpers */

static void
test_fold (void)
{
  g_autofree char *a = _engage_checker_fold ("Straße");
  g_autofree char *b = _engage_checker_fold ("STRASSE");
  g_autofree char *c = _engage_checker_fold ("Ba\xcc\x88" "ckerei  und\n\tCafé");
  g_autofree char *d = _engage_checker_fold ("BÄCKEREI und CAFÉ");
  g_autofree char *e = _engage_checker_fold ("bil\xe2\x80\x8blig");

  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (c, ==, d);
  g_assert_cmpstr (e, ==, "billig");
}

static void
test_iban_checksum (void)
{
  g_assert_true (_engage_checker_iban_is_valid ("DE89370400440532013000"));
  g_assert_true (_engage_checker_iban_is_valid ("GB82WEST12345698765432"));
  g_assert_true (_engage_checker_iban_is_valid ("de89370400440532013000"));
  g_assert_false (_engage_checker_iban_is_valid ("DE89370400440532013001"));
  g_assert_false (_engage_checker_iban_is_valid ("DE8937040044"));
  g_assert_false (_engage_checker_iban_is_valid ("1234567890123456"));
}

/* Rules about one post */

static void
test_max_length (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(EngageRule) rule = add_rule (fixture, "max-length", "{}", "", NULL, ENGAGE_SEVERITY_ERROR);
  g_autofree char *long_text = g_strnfill (312, 'a');
  g_autofree char *exact = g_strnfill (280, 'a');
  g_autofree char *umlauts = NULL;
  g_autofree char *emoji = NULL;

  /* The channel's own limit: 280 on X; Instagram allows far more. */
  assert_finding (fixture, fixture->x, long_text, "312 of 280 characters");
  assert_clean (fixture, fixture->x, exact);
  assert_clean (fixture, fixture->instagram, long_text);

  /* An umlaut is one character; an emoji counts two on X. */
  umlauts = g_strjoin (NULL, exact + 3, "äöü", NULL);
  assert_clean (fixture, fixture->x, umlauts);
  emoji = g_strjoin (NULL, exact + 1, "🥨", NULL);
  assert_finding (fixture, fixture->x, emoji, "281 of 280 characters");

  /* A limit of the rule's own applies everywhere. */
  engage_rule_set_params (rule, "{\"max\": 100}");
  g_assert_true (engage_project_update_rule (fixture->project, rule, NULL));
  assert_finding (fixture, fixture->instagram, long_text, "312 of 100 characters");
}

static void
test_max_hashtags (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(EngageRule) rule = add_rule (fixture, "max-hashtags", "{\"max\": 3}", "instagram",
                                         NULL, ENGAGE_SEVERITY_WARNING);

  assert_finding (fixture, fixture->instagram, "Brot! #Brot #Bäckerei #Sauerteig #Herrenberg",
                  "4 hashtags, at most 3");
  assert_clean (fixture, fixture->instagram, "Brot! #Brot #Bäckerei #Sauerteig 🥖");
  /* C# and a link's anchor are no hashtags. */
  assert_clean (fixture, fixture->instagram, "C# #a #b #c https://example.com/#top");
  /* The rule is for Instagram only. */
  assert_clean (fixture, fixture->facebook, "#a #b #c #d #e");
}

static void
test_forbidden_terms (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(EngageRule) rule = add_rule (fixture, "forbidden-terms",
                                         "{\"terms\": [\"billig\", \"Straße\", \"Fabrik Brot\", \"Schnäppchen\"]}",
                                         "", NULL, ENGAGE_SEVERITY_ERROR);

  assert_finding (fixture, fixture->facebook, "Jetzt BILLIG einkaufen!", "contains “billig”");
  assert_finding (fixture, fixture->facebook, "Mitten auf der STRASSE", "contains “Straße”");
  assert_finding (fixture, fixture->facebook, "🥨billig🥨 und ein SCHNÄPPCHEN",
                  "contains “billig”, “Schnäppchen”");
  assert_finding (fixture, fixture->facebook, "Kein fabrik\nbrot bei uns", "contains “Fabrik Brot”");
  /* A decomposed umlaut is the same word. */
  assert_finding (fixture, fixture->facebook, "Ein Schna\xcc\x88ppchen!", "contains “Schnäppchen”");
  /* Whole words only. */
  assert_clean (fixture, fixture->facebook, "Billigware und Unbilligkeit, Straßenfest");
  assert_clean (fixture, fixture->facebook, "Frische Brezeln, 🥨 ohne Ausnahme.");
}

static void
test_required_term (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(EngageRule) rule = add_rule (fixture, "required-term",
                                         "{\"terms\": [\"#Anzeige\", \"#Werbung\", \"#ad\"]}",
                                         "", fixture->promotions, ENGAGE_SEVERITY_ERROR);
  g_autoptr(EngagePost) post = make_post (fixture->instagram, "Zum #Advent: Stollen 🎄",
                                          ENGAGE_POST_STATUS_DRAFT, 0);
  g_autofree char *details = NULL;

  engage_post_set_pillar_id (post, engage_pillar_get_id (fixture->promotions));
  details = check (fixture, post);
  g_assert_cmpstr (details, ==, "contains none of “#Anzeige”, “#Werbung”, “#ad”");
  g_clear_pointer (&details, g_free);

  engage_post_set_body (post, "#ad Stollen season 🎄");
  details = check (fixture, post);
  g_assert_cmpstr (details, ==, "");
  g_clear_pointer (&details, g_free);

  engage_post_set_body (post, "Stollen vorbestellen 🎄 #anzeige");
  details = check (fixture, post);
  g_assert_cmpstr (details, ==, "");
  g_clear_pointer (&details, g_free);

  engage_post_set_body (post, "Stollen vorbestellen #Werbung🎄");
  details = check (fixture, post);
  g_assert_cmpstr (details, ==, "");
  g_clear_pointer (&details, g_free);

  /* Another pillar needs no label. */
  engage_post_set_body (post, "Zum #Advent: Stollen");
  engage_post_set_pillar_id (post, engage_pillar_get_id (fixture->tips));
  details = check (fixture, post);
  g_assert_cmpstr (details, ==, "");
}

static void
test_requires_approval (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(EngageRule) rule = add_rule (fixture, "requires-approval", "{}", "", NULL, ENGAGE_SEVERITY_ERROR);
  g_autoptr(EngagePost) post = make_post (fixture->facebook, "Hallo", ENGAGE_POST_STATUS_SCHEDULED, MONDAY_NOON);
  g_autoptr(GDateTime) approved_at = g_date_time_new_from_unix_utc (MONDAY_NOON - DAY);
  g_autofree char *details = NULL;

  details = check (fixture, post);
  g_assert_cmpstr (details, ==, "Scheduled without an approval");
  g_clear_pointer (&details, g_free);

  engage_post_set_approved_by (post, "Markus");
  details = check (fixture, post);
  g_assert_cmpstr (details, ==, "Scheduled, but the approval does not say who approved it and when");
  g_clear_pointer (&details, g_free);

  engage_post_set_approved_at (post, approved_at);
  details = check (fixture, post);
  g_assert_cmpstr (details, ==, "");
  g_clear_pointer (&details, g_free);

  /* Drafts need no approval yet; published ones did. */
  engage_post_set_approved_by (post, NULL);
  engage_post_set_approved_at (post, NULL);
  engage_post_set_status (post, ENGAGE_POST_STATUS_DRAFT);
  details = check (fixture, post);
  g_assert_cmpstr (details, ==, "");
  g_clear_pointer (&details, g_free);

  engage_post_set_status (post, ENGAGE_POST_STATUS_PUBLISHED);
  details = check (fixture, post);
  g_assert_cmpstr (details, ==, "Published without an approval");
  g_clear_pointer (&details, g_free);

  /* Imported from a network's export: published outside Engage. */
  engage_post_set_imported (post, TRUE);
  details = check (fixture, post);
  g_assert_cmpstr (details, ==, "");
}

static void
test_approve_post (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(EngageRule) rule = add_rule (fixture, "requires-approval", "{}", "", NULL, ENGAGE_SEVERITY_ERROR);
  g_autoptr(EngagePost) post = store_post (fixture, fixture->facebook, "Stollen", ENGAGE_POST_STATUS_IN_REVIEW,
                                           MONDAY_NOON);
  g_autoptr(EngagePost) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *details = NULL;

  g_assert_false (engage_project_approve_post (fixture->project, engage_post_get_id (post), "  ", &error));
  g_assert_error (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (engage_project_approve_post (fixture->project, engage_post_get_id (post), "Markus", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_project_get_undo_label (fixture->project), ==, "Approve Post");

  stored = engage_project_get_post (fixture->project, engage_post_get_id (post), &error);
  g_assert_cmpint (engage_post_get_status (stored), ==, ENGAGE_POST_STATUS_APPROVED);
  g_assert_cmpstr (engage_post_get_approved_by (stored), ==, "Markus");
  g_assert_cmpint (g_date_time_to_unix (engage_post_get_approved_at (stored)), ==, MONDAY_NOON - 7 * DAY);

  engage_post_set_status (stored, ENGAGE_POST_STATUS_SCHEDULED);
  details = check (fixture, stored);
  g_assert_cmpstr (details, ==, "");

  g_assert_true (engage_project_undo (fixture->project, &error));
  g_clear_object (&stored);
  stored = engage_project_get_post (fixture->project, engage_post_get_id (post), &error);
  g_assert_cmpint (engage_post_get_status (stored), ==, ENGAGE_POST_STATUS_IN_REVIEW);
  g_assert_null (engage_post_get_approved_at (stored));
}

static void
test_no_personal_data (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(EngageRule) rule = add_rule (fixture, "no-personal-data", "{}", "", NULL, ENGAGE_SEVERITY_ERROR);
  static const struct {
    const char *text;
    const char *detail;
  } positives[] = {
    { "Glückwunsch, Anna – anna.k.stollenfan@web.de, bitte melde dich!",
      "contains the e-mail address “anna.k.stollenfan@web.de”" },
    { "Ruf an: +49 7032 12345.", "contains the phone number “+49 7032 12345”" },
    { "Tel. 07032/12345 🥨", "contains the phone number “07032/12345”" },
    { "Mobil 0171 2345678 oder 0171-2345678", "contains the phone number “0171 2345678”, the phone number “0171-2345678”" },
    { "Call +44 20 7946 0958 today", "contains the phone number “+44 20 7946 0958”" },
    { "Aus dem Ausland: 0049 7032 123456", "contains the phone number “0049 7032 123456”" },
    { "Bestellung unter (0711) 123 456", "contains the phone number “(0711) 123 456”" },
    { "+49 (0)7032 12345-0 ist unsere Nummer", "contains the phone number “+49 (0)7032 12345-0”" },
    { "Spenden an DE89 3704 0044 0532 0130 00, danke!", "contains the IBAN “DE89 3704 0044 0532 0130 00”" },
    { "IBAN: GB82WEST12345698765432", "contains the IBAN “GB82WEST12345698765432”" },
  };
  static const char * const negatives[] = {
    "Brezel für 0,99 €, Laib für 3,50 € oder 12.90 EUR",
    "Am 24.12.2026 und am 01.12.2026 geschlossen, am 6. 1. offen",
    "Geöffnet 06:30 bis 18:00, samstags 06.30 – 13.00 Uhr",
    "Bäckerei Hägele, Marktplatz 3, 71083 Herrenberg; Filiale 01067 Dresden",
    "Seit 1962, über 9,000 Vorbestellungen, 200°C, 10% Rabatt",
    "Foto: @marie.im.gaeu und @anna@mastodon.social 📸",
    "Bewertet uns von 0 1 2 3 4 5 6 7 8 9 10!",
    "Falsche IBAN DE89 3704 0044 0532 0130 01 ist keine",
    "Mehr unter https://baeckerei-haegele.de/abholung/0711123456 und www.example.de",
    "Code ABHOLREGAL, Artikel 4711, Jahrgang 2027",
  };

  for (guint i = 0; i < G_N_ELEMENTS (positives); i++)
    assert_finding (fixture, fixture->facebook, positives[i].text, positives[i].detail);

  for (guint i = 0; i < G_N_ELEMENTS (negatives); i++)
    {
      g_autofree char *details = check_text (fixture, fixture->facebook, negatives[i]);

      if (details[0] != '\0')
        g_test_message ("False positive in “%s”: %s", negatives[i], details);
      g_assert_cmpstr (details, ==, "");
    }
}

static void
test_link_required (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(EngageRule) rule = add_rule (fixture, "link-required", "{}", "facebook",
                                         fixture->promotions, ENGAGE_SEVERITY_WARNING);
  g_autoptr(EngagePost) post = make_post (fixture->facebook, "#Anzeige Stollen vorbestellen!",
                                          ENGAGE_POST_STATUS_DRAFT, 0);
  g_autofree char *details = NULL;

  engage_post_set_pillar_id (post, engage_pillar_get_id (fixture->promotions));
  details = check (fixture, post);
  g_assert_cmpstr (details, ==, "has no link in its text or link field");
  g_clear_pointer (&details, g_free);

  engage_post_set_body (post, "#Anzeige Stollen: baeckerei-haegele.de/stollen 🎄");
  details = check (fixture, post);
  g_assert_cmpstr (details, ==, "");
  g_clear_pointer (&details, g_free);

  engage_post_set_body (post, "#Anzeige Stollen vorbestellen!");
  engage_post_set_link (post, "https://baeckerei-haegele.de/stollen");
  details = check (fixture, post);
  g_assert_cmpstr (details, ==, "");
  g_clear_pointer (&details, g_free);

  /* Instagram is out of the rule's scope. */
  engage_post_set_link (post, NULL);
  engage_post_set_channel_id (post, engage_channel_get_id (fixture->instagram));
  details = check (fixture, post);
  g_assert_cmpstr (details, ==, "");
}

static void
test_disabled_and_unknown (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(EngageRule) rule = add_rule (fixture, "forbidden-terms", "{\"terms\": [\"billig\"]}", "",
                                         NULL, ENGAGE_SEVERITY_ERROR);
  g_autoptr(EngageRule) future = add_rule (fixture, "a-future-kind", "{}", "", NULL, ENGAGE_SEVERITY_ERROR);

  assert_finding (fixture, fixture->x, "billig", "contains “billig”");

  engage_rule_set_enabled (rule, FALSE);
  g_assert_true (engage_project_update_rule (fixture->project, rule, NULL));
  assert_clean (fixture, fixture->x, "billig");
}

/* Rules about the plan */

static GPtrArray *
check_plan (Fixture *fixture,
            gint64   from,
            gint64   to)
{
  g_autoptr(GDateTime) from_time = from != 0 ? g_date_time_new_from_unix_utc (from) : NULL;
  g_autoptr(GDateTime) to_time = to != 0 ? g_date_time_new_from_unix_utc (to) : NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *findings = engage_findings_new ();

  g_assert_true (engage_checker_check_plan (fixture->checker, from_time, to_time, findings, &error));
  g_assert_no_error (error);
  return findings;
}

static void
test_min_gap (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(EngageRule) rule = add_rule (fixture, "min-gap", "{\"hours\": 4}", "", NULL, ENGAGE_SEVERITY_WARNING);
  g_autoptr(EngagePost) first = store_post (fixture, fixture->instagram, "Zimtschnecken", ENGAGE_POST_STATUS_APPROVED,
                                            MONDAY_NOON);
  g_autoptr(EngagePost) second = store_post (fixture, fixture->instagram, "Brezeln", ENGAGE_POST_STATUS_DRAFT,
                                             MONDAY_NOON + 2 * HOUR + 30 * 60);
  g_autoptr(EngagePost) far = store_post (fixture, fixture->instagram, "Stollen", ENGAGE_POST_STATUS_DRAFT,
                                          MONDAY_NOON + 7 * HOUR);
  g_autoptr(EngagePost) other = store_post (fixture, fixture->facebook, "Facebook", ENGAGE_POST_STATUS_DRAFT,
                                            MONDAY_NOON + HOUR);
  g_autoptr(EngagePost) idea = store_post (fixture, fixture->instagram, "Idee", ENGAGE_POST_STATUS_IDEA,
                                           MONDAY_NOON + 8 * HOUR);
  g_autoptr(GPtrArray) findings = check_plan (fixture, 0, 0);
  EngageFinding *finding;
  g_autofree char *details = NULL;

  g_assert_cmpuint (findings->len, ==, 1);
  finding = g_ptr_array_index (findings, 0);
  g_assert_cmpstr (engage_finding_get_post_uuid (finding), ==, engage_post_get_uuid (second));
  g_assert_cmpstr (engage_finding_get_rule_kind (finding), ==, "min-gap");
  g_assert_cmpstr (engage_finding_get_detail (finding), ==, "2 h 30 min after “Zimtschnecken”, at least 4 h");

  /* One post at a time, as the editor checks: both sides of the gap. */
  details = check (fixture, second);
  g_assert_cmpstr (details, ==, "2 h 30 min after “Zimtschnecken”, at least 4 h");
  g_clear_pointer (&details, g_free);
  details = check (fixture, first);
  g_assert_cmpstr (details, ==, "2 h 30 min before “Brezeln”, at least 4 h");
  g_clear_pointer (&details, g_free);
  details = check (fixture, far);
  g_assert_cmpstr (details, ==, "");
  g_clear_pointer (&details, g_free);

  /* A range that starts after the first post still sees it as predecessor. */
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = check_plan (fixture, MONDAY_NOON + HOUR, MONDAY_NOON + DAY);
  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_cmpstr (engage_finding_get_post_uuid (g_ptr_array_index (findings, 0)), ==,
                   engage_post_get_uuid (second));
}

static void
test_cadence (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(EngageRule) rule = add_rule (fixture, "cadence", "{\"min_per_week\": 2, \"max_per_week\": 3}",
                                         "instagram", NULL, ENGAGE_SEVERITY_WARNING);
  g_autoptr(GPtrArray) posts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(JsonNode) json = NULL;
  EngageFinding *finding;

  /* Week 47 of 2026: one post; week 48: three; week 49: four. */
  g_ptr_array_add (posts, store_post (fixture, fixture->instagram, "a", ENGAGE_POST_STATUS_DRAFT, MONDAY_NOON));
  for (int i = 0; i < 3; i++)
    g_ptr_array_add (posts, store_post (fixture, fixture->instagram, "b", ENGAGE_POST_STATUS_DRAFT,
                                        MONDAY_NOON + 7 * DAY + i * DAY));
  for (int i = 0; i < 4; i++)
    g_ptr_array_add (posts, store_post (fixture, fixture->instagram, "c", ENGAGE_POST_STATUS_DRAFT,
                                        MONDAY_NOON + 14 * DAY + i * DAY));
  /* Ideas, archived posts and other channels do not count. */
  g_ptr_array_add (posts, store_post (fixture, fixture->instagram, "d", ENGAGE_POST_STATUS_IDEA,
                                      MONDAY_NOON + DAY));
  g_ptr_array_add (posts, store_post (fixture, fixture->facebook, "e", ENGAGE_POST_STATUS_DRAFT,
                                      MONDAY_NOON + DAY));

  findings = check_plan (fixture, 0, 0);
  g_assert_cmpuint (findings->len, ==, 2);

  finding = g_ptr_array_index (findings, 0);
  g_assert_true (engage_finding_is_plan_level (finding));
  g_assert_null (engage_finding_get_post_uuid (finding));
  g_assert_cmpint (engage_finding_get_channel_id (finding), ==, engage_channel_get_id (fixture->instagram));
  g_assert_cmpstr (engage_finding_get_detail (finding), ==, "Instagram, week 47 of 2026: 1 post, at least 2");
  finding = g_ptr_array_index (findings, 1);
  g_assert_cmpstr (engage_finding_get_detail (finding), ==, "Instagram, week 49 of 2026: 4 posts, at most 3");

  json = engage_findings_to_json (findings);
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (json), "findings"), 0), "post")));

  /* A range covers its whole weeks only: here week 48 alone, which is fine;
   * the empty week 50 inside a longer range is too quiet. */
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = check_plan (fixture, MONDAY_NOON + 6 * DAY, MONDAY_NOON + 14 * DAY);
  g_assert_cmpuint (findings->len, ==, 0);

  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = check_plan (fixture, MONDAY_NOON + 20 * DAY, MONDAY_NOON + 30 * DAY);
  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_cmpstr (engage_finding_get_detail (g_ptr_array_index (findings, 0)), ==,
                   "Instagram, week 50 of 2026: 0 posts, at least 2");
}

static void
test_response_time (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(EngageRule) rule = add_rule (fixture, "response-time", "{\"hours\": 4, \"weekend_hours\": 24}",
                                         "", NULL, ENGAGE_SEVERITY_INFO);
  g_autoptr(EngageKpi) kpi = engage_kpi_new ("Antwortzeit", ENGAGE_KPI_METRIC_RESPONSE_TIME);
  g_autoptr(EngageMeasurement) old = NULL;
  g_autoptr(EngageMeasurement) latest = NULL;
  g_autoptr(EngagePost) post = store_post (fixture, fixture->x, "Post", ENGAGE_POST_STATUS_DRAFT, MONDAY_NOON);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *details = NULL;

  engage_kpi_set_unit (kpi, "Stunden");
  g_assert_true (engage_project_add_kpi (fixture->project, kpi, &error));
  g_assert_no_error (error);

  /* The target is documentation: no post ever breaks it. */
  details = check (fixture, post);
  g_assert_cmpstr (details, ==, "");

  old = engage_measurement_new (engage_kpi_get_id (kpi), "2026-11-02", 7.5);
  g_assert_true (engage_project_add_measurement (fixture->project, old, &error));
  latest = engage_measurement_new (engage_kpi_get_id (kpi), "2026-11-09", 5.2);
  g_assert_true (engage_project_add_measurement (fixture->project, latest, &error));
  g_assert_no_error (error);

  findings = check_plan (fixture, 0, 0);
  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_true (engage_finding_is_plan_level (g_ptr_array_index (findings, 0)));
  g_assert_cmpint (engage_finding_get_severity (g_ptr_array_index (findings, 0)), ==, ENGAGE_SEVERITY_INFO);
  g_assert_cmpstr (engage_finding_get_detail (g_ptr_array_index (findings, 0)), ==,
                   "“Antwortzeit” was 5 h 12 min on 2026-11-09, the target is 4 h");

  engage_measurement_set_value (latest, 3.5);
  g_assert_true (engage_project_update_measurement (fixture->project, latest, &error));
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = check_plan (fixture, 0, 0);
  g_assert_cmpuint (findings->len, ==, 0);
}

static void
test_plan_order (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(EngageRule) terms = add_rule (fixture, "forbidden-terms", "{\"terms\": [\"Ofen\"]}", "", NULL,
                                          ENGAGE_SEVERITY_WARNING);
  g_autoptr(EngageRule) approval = add_rule (fixture, "requires-approval", "{}", "", NULL, ENGAGE_SEVERITY_ERROR);
  g_autoptr(EngagePost) late = store_post (fixture, fixture->x, "Spät", ENGAGE_POST_STATUS_SCHEDULED,
                                           MONDAY_NOON + DAY);
  g_autoptr(EngagePost) early = store_post (fixture, fixture->x, "Früh", ENGAGE_POST_STATUS_DRAFT, MONDAY_NOON);
  g_autoptr(EngagePost) undated = store_post (fixture, fixture->x, "Ohne Datum", ENGAGE_POST_STATUS_IDEA, 0);
  g_autoptr(EngagePost) archived = store_post (fixture, fixture->x, "Archiv", ENGAGE_POST_STATUS_ARCHIVED,
                                               MONDAY_NOON - DAY);
  g_autoptr(GPtrArray) findings = check_plan (fixture, 0, 0);
  EngageSeverity max;

  /* Posts in the order of the plan, undated ones last, archived ones never. */
  g_assert_cmpuint (findings->len, ==, 4);
  g_assert_cmpstr (engage_finding_get_post_title (g_ptr_array_index (findings, 0)), ==, "Früh");
  g_assert_cmpstr (engage_finding_get_post_title (g_ptr_array_index (findings, 1)), ==, "Spät");
  g_assert_cmpstr (engage_finding_get_rule_kind (g_ptr_array_index (findings, 1)), ==, "forbidden-terms");
  g_assert_cmpstr (engage_finding_get_rule_kind (g_ptr_array_index (findings, 2)), ==, "requires-approval");
  g_assert_cmpstr (engage_finding_get_post_title (g_ptr_array_index (findings, 3)), ==, "Ohne Datum");

  g_assert_true (engage_findings_get_max_severity (findings, &max));
  g_assert_cmpint (max, ==, ENGAGE_SEVERITY_ERROR);
  g_assert_cmpuint (engage_findings_count_severity (findings, ENGAGE_SEVERITY_WARNING), ==, 3);
}

/* The sample */

static JsonObject *
load_sample_json (const char  *language,
                  JsonParser **parser_out)
{
  g_autofree char *path = g_strdup_printf ("/io/github/engageplanner/Engage/sample/sample-%s.json", language);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_nonnull (bytes);
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  *parser_out = g_steal_pointer (&parser);
  return json_node_get_object (json_parser_get_root (*parser_out));
}

static void
assert_json_shape (JsonNode *root)
{
  JsonArray *array;

  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  array = json_object_get_array_member (json_node_get_object (root), "findings");
  g_assert_nonnull (array);
  g_assert_cmpuint (json_array_get_length (array), >, 0);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *finding = json_array_get_object_element (array, i);
      JsonNode *post = json_object_get_member (finding, "post");
      const char *severity = json_object_get_string_member (finding, "severity");

      g_assert_nonnull (post);
      g_assert_true (JSON_NODE_HOLDS_NULL (post) ||
                     g_uuid_string_is_valid (json_node_get_string (post)));
      g_assert_nonnull (json_object_get_string_member (finding, "rule"));
      g_assert_true (g_str_equal (severity, "info") || g_str_equal (severity, "warning") ||
                     g_str_equal (severity, "error"));
      g_assert_cmpstr (json_object_get_string_member (finding, "message"), !=, "");
    }
}

static void
test_sample (gconstpointer user_data)
{
  const char *language = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autofree char *dir = g_dir_make_tmp ("engage-test-checker-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "sample.engage", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(EngageProject) project = engage_project_create (file, "Sample", &error);
  g_autoptr(EngageChecker) checker = NULL;
  g_autoptr(GPtrArray) findings = engage_findings_new ();
  g_autoptr(JsonNode) json = NULL;
  JsonObject *sample;
  JsonArray *breakers;
  GDate today;

  g_assert_no_error (error);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 23, G_DATE_NOVEMBER, 2026);
  g_assert_true (engage_sample_fill (project, language, &today, &error));
  g_assert_no_error (error);

  checker = engage_checker_new (project);
  g_assert_true (engage_checker_check_plan (checker, NULL, NULL, findings, &error));
  g_assert_no_error (error);

  sample = load_sample_json (language, &parser);
  breakers = json_object_get_array_member (sample, "rule_breakers");
  g_assert_cmpuint (json_array_get_length (breakers), >, 0);

  for (guint i = 0; i < json_array_get_length (breakers); i++)
    {
      JsonObject *breaker = json_array_get_object_element (breakers, i);
      const char *title = json_object_get_string_member (breaker, "title");
      g_auto(GStrv) breaks = g_strsplit (json_object_get_string_member (breaker, "breaks"), ":", 2);
      gboolean found = FALSE;

      for (guint f = 0; f < findings->len && !found; f++)
        {
          EngageFinding *finding = g_ptr_array_index (findings, f);

          found = g_strcmp0 (engage_finding_get_post_title (finding), title) == 0 &&
                  g_str_equal (engage_finding_get_rule_kind (finding), breaks[0]);
        }

      if (!found)
        g_test_message ("No “%s” finding for “%s”", breaks[0], title);
      g_assert_true (found);
    }

  json = engage_findings_to_json (findings);
  assert_json_shape (json);

  engage_project_close (project);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/core/checker/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/core/checker/fold", test_fold);
  g_test_add_func ("/core/checker/iban-checksum", test_iban_checksum);
  ADD ("max-length", test_max_length);
  ADD ("max-hashtags", test_max_hashtags);
  ADD ("forbidden-terms", test_forbidden_terms);
  ADD ("required-term", test_required_term);
  ADD ("requires-approval", test_requires_approval);
  ADD ("approve-post", test_approve_post);
  ADD ("no-personal-data", test_no_personal_data);
  ADD ("link-required", test_link_required);
  ADD ("disabled-and-unknown", test_disabled_and_unknown);
  ADD ("min-gap", test_min_gap);
  ADD ("cadence", test_cadence);
  ADD ("response-time", test_response_time);
  ADD ("plan-order", test_plan_order);
  g_test_add_data_func ("/core/checker/sample-en", "en", test_sample);
  g_test_add_data_func ("/core/checker/sample-de", "de", test_sample);

#undef ADD

  return g_test_run ();
}
