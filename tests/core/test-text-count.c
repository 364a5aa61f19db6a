/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-test-text-count"

#include "config.h"

#include <string.h>

#include "engage-text-count.h"

/* Characters and hashtags counted the way each platform counts them. */

#define X ENGAGE_CHANNEL_KIND_X
#define INSTAGRAM ENGAGE_CHANNEL_KIND_INSTAGRAM

static void
test_x_weights (void)
{
  const struct {
    const char *text;
    guint       x;
    guint       instagram;
  } cases[] = {
    { "", 0, 0 },
    { "Hallo Welt", 10, 10 },
    /* German umlauts and ß are Latin: one each. */
    { "Bäckerei Größe", 14, 14 },
    /* CJK counts two on X. */
    { "日本語", 6, 3 },
    /* One emoji is two on X, one code point elsewhere. */
    { "😀", 2, 1 },
    { "Frohe Ostern 🐣", 15, 14 },
    /* Sequences are one emoji on X: ZWJ family, skin tone, flag, keycap, VS16. */
    { "👨‍👩‍👧", 2, 5 },
    { "👍🏽", 2, 2 },
    { "🇩🇪", 2, 2 },
    { "1️⃣", 2, 3 },
    { "❤️", 2, 2 },
    /* Punctuation in U+2010–U+201F counts one: „…“ quotes and dashes. */
    { "„Brot“ – frisch", 15, 15 },
    /* Outside the ranges: "→" (U+2192) counts two. */
    { "a→b", 4, 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("text: %s", cases[i].text);
      g_assert_cmpuint (engage_text_count_characters (cases[i].text, X), ==, cases[i].x);
      g_assert_cmpuint (engage_text_count_characters (cases[i].text, INSTAGRAM), ==, cases[i].instagram);
    }
}

static void
test_combining (void)
{
  /* A decomposed "é" is one character after NFC, everywhere. */
  g_assert_cmpuint (engage_text_count_characters ("Cafe\xCC\x81", X), ==, 4);
  g_assert_cmpuint (engage_text_count_characters ("Cafe\xCC\x81", INSTAGRAM), ==, 4);
  g_assert_cmpuint (engage_text_count_characters ("Ba\xCC\x88" "ckerei", INSTAGRAM), ==, 8);

  /* "q̃" has no precomposed form: two code points, both in the range of weight one. */
  g_assert_cmpuint (engage_text_count_characters ("q\xCC\x83", X), ==, 2);
  g_assert_cmpuint (engage_text_count_characters ("q\xCC\x83", INSTAGRAM), ==, 2);
}

static void
test_urls (void)
{
  const char *long_link = "Mehr: https://www.baeckerei-haegele.de/stollen/bestellen?menge=2&sorte=butter";
  const char *bare = "Bestellen auf baeckerei-haegele.de/stollen.";
  const char *not_links[] = { "z.B. heute", "nur 3.50 Euro", "info@baeckerei-haegele.de", "Ende.Neuer Satz" };
  EngageTextCount count;

  /* "Mehr: " is 6, the link 23. */
  engage_text_count (long_link, X, &count);
  g_assert_cmpuint (count.characters, ==, 6 + ENGAGE_TEXT_COUNT_URL_LENGTH);
  g_assert_cmpuint (count.urls, ==, 1);

  g_assert_cmpuint (engage_text_count_characters (long_link, ENGAGE_CHANNEL_KIND_MASTODON), ==,
                    6 + ENGAGE_TEXT_COUNT_URL_LENGTH);
  g_assert_cmpuint (engage_text_count_characters (long_link, INSTAGRAM), ==, g_utf8_strlen (long_link, -1));

  /* A short link counts 23 too. */
  g_assert_cmpuint (engage_text_count_characters ("http://x.de", X), ==, ENGAGE_TEXT_COUNT_URL_LENGTH);

  /* A bare domain is a link; the full stop after it is not part of it. */
  engage_text_count (bare, X, &count);
  g_assert_cmpuint (count.urls, ==, 1);
  g_assert_cmpuint (count.characters, ==, strlen ("Bestellen auf ") + ENGAGE_TEXT_COUNT_URL_LENGTH + 1);

  /* Not links: an abbreviation, a price, an e-mail address, a sentence without a blank. */
  for (guint i = 0; i < G_N_ELEMENTS (not_links); i++)
    {
      engage_text_count (not_links[i], X, &count);
      g_assert_cmpuint (count.urls, ==, 0);
      g_assert_cmpuint (count.characters, ==, g_utf8_strlen (not_links[i], -1));
    }

  /* Two links and the text around them. */
  engage_text_count ("Siehe https://a.de und www.b.de!", X, &count);
  g_assert_cmpuint (count.urls, ==, 2);
  g_assert_cmpuint (count.characters, ==, strlen ("Siehe ") + 23 + strlen (" und ") + 23 + 1);
}

static void
test_hashtags (void)
{
  const struct {
    const char *text;
    guint       hashtags;
  } cases[] = {
    { "#Bäckerei #Brot", 2 },
    { "Frisch gebacken! #Frühstück, #Ostern.", 2 },
    { "Wir lieben C# und F#", 0 },
    { "https://example.com/seite#abschnitt", 0 },
    { "www.example.de/#oben und #unten", 1 },
    { "#123 ist keine, #2026Plan schon", 1 },
    { "Tom&#39;s Laden", 0 },
    { "#", 0 },
    { "##doppelt", 1 },
    { "#mit_unterstrich", 1 },
    { "#東京", 1 },
    { "Ende.#Tag", 1 },
  };
  g_auto(GStrv) tags = engage_text_count_list_hashtags ("Heute: #Bäckerei, #Brötchen und #Cafe\xCC\x81!");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("text: %s", cases[i].text);
      g_assert_cmpuint (engage_text_count_hashtags (cases[i].text), ==, cases[i].hashtags);
    }

  g_assert_cmpuint (g_strv_length (tags), ==, 3);
  g_assert_cmpstr (tags[0], ==, "Bäckerei");
  g_assert_cmpstr (tags[1], ==, "Brötchen");
  g_assert_cmpstr (tags[2], ==, "Café");
}

static void
test_count_struct (void)
{
  EngageTextCount count;

  engage_text_count ("Neu: 🥨 #Brezel https://baeckerei-haegele.de", X, &count);
  g_assert_cmpuint (count.hashtags, ==, 1);
  g_assert_cmpuint (count.urls, ==, 1);
  /* "Neu: " 5 + emoji 2 + " #Brezel " 9 + link 23 */
  g_assert_cmpuint (count.characters, ==, 5 + 2 + 9 + 23);

  engage_text_count (NULL, X, &count);
  g_assert_cmpuint (count.characters, ==, 0);
  g_assert_cmpuint (count.hashtags, ==, 0);

  /* Invalid UTF-8 does not crash the counter. */
  engage_text_count ("ab\xFF" "cd", INSTAGRAM, &count);
  g_assert_cmpuint (count.characters, ==, 5);
}

static void
test_rules (void)
{
  for (EngageChannelKind kind = ENGAGE_CHANNEL_KIND_FACEBOOK; kind <= ENGAGE_CHANNEL_KIND_OTHER; kind++)
    {
      const char *rule = engage_text_count_get_rule (kind);

      g_assert_nonnull (rule);
      g_assert_true (g_str_has_suffix (rule, "."));
    }

  g_assert_nonnull (strstr (engage_text_count_get_rule (X), "23"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/text-count/x-weights", test_x_weights);
  g_test_add_func ("/core/text-count/combining", test_combining);
  g_test_add_func ("/core/text-count/urls", test_urls);
  g_test_add_func ("/core/text-count/hashtags", test_hashtags);
  g_test_add_func ("/core/text-count/count-struct", test_count_struct);
  g_test_add_func ("/core/text-count/rules", test_rules);

  return g_test_run ();
}
