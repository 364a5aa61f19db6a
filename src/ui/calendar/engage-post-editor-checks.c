/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-post-editor-checks"

#include "config.h"

#include "engage-post-editor-private.h"

#include "engage-text-count.h"

#include <glib/gi18n.h>

/*
 * The post editor's logic without widgets: the counters below the text and the
 * checks before a post is saved.
 */

/* Helpers */

static EngageTextCounterState
get_state (guint value,
           guint limit)
{
  if (limit == 0)
    return ENGAGE_TEXT_COUNTER_OK;
  if (value > limit)
    return ENGAGE_TEXT_COUNTER_ERROR;
  /* The last tenth: time to shorten before the platform refuses. */
  if (value > limit - MAX (limit / 10, 1))
    return ENGAGE_TEXT_COUNTER_WARNING;
  return ENGAGE_TEXT_COUNTER_OK;
}

/* Public API */

/**
 * engage_text_counter_compute:
 * @counter: (out caller-allocates): the counter to fill
 * @channel: (nullable): the post's channel; %NULL counts characters without limits
 * @text: (nullable): the post's text
 *
 * Counts @text the way @channel's platform does and compares it with the
 * channel's limits.
 */
void
engage_text_counter_compute (EngageTextCounter *counter,
                             EngageChannel     *channel,
                             const char        *text)
{
  EngageChannelKind kind = ENGAGE_CHANNEL_KIND_OTHER;
  EngageTextCount count;

  g_return_if_fail (counter != NULL);
  g_return_if_fail (channel == NULL || ENGAGE_IS_CHANNEL (channel));

  if (channel != NULL)
    kind = engage_channel_get_kind (channel);

  engage_text_count (text != NULL ? text : "", kind, &count);

  counter->length = count.characters;
  counter->hashtags = count.hashtags;
  counter->char_limit = channel != NULL ? engage_channel_get_char_limit (channel) : 0;
  counter->hashtag_limit = channel != NULL ? engage_channel_get_hashtag_limit (channel) : 0;
  counter->chars_state = get_state (counter->length, counter->char_limit);
  /* A hashtag limit is a count, not a length: only going past it matters. */
  counter->hashtags_state = counter->hashtag_limit > 0 && counter->hashtags > counter->hashtag_limit
                            ? ENGAGE_TEXT_COUNTER_ERROR : ENGAGE_TEXT_COUNTER_OK;
}

/**
 * engage_text_counter_format_chars:
 * @counter: a counter
 *
 * Returns: (transfer full): e.g. "243 / 280", or "243 characters" without a limit
 */
char *
engage_text_counter_format_chars (const EngageTextCounter *counter)
{
  g_return_val_if_fail (counter != NULL, NULL);

  if (counter->char_limit == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u character", "%'u characters",
                                         counter->length),
                            counter->length);

  /* Translators: characters used of the channel's limit, e.g. "243 / 280" */
  return g_strdup_printf (_("%'u / %'u"), counter->length, counter->char_limit);
}

/**
 * engage_text_counter_format_hashtags:
 * @counter: a counter
 *
 * Returns: (transfer full): e.g. "2 / 30 hashtags", or "2 hashtags" without a limit
 */
char *
engage_text_counter_format_hashtags (const EngageTextCounter *counter)
{
  g_return_val_if_fail (counter != NULL, NULL);

  if (counter->hashtag_limit == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hashtag", "%u hashtags",
                                         counter->hashtags),
                            counter->hashtags);

  /* Translators: hashtags used of the channel's limit, e.g. "2 / 30 hashtags" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u / %u hashtag", "%u / %u hashtags",
                                       counter->hashtag_limit),
                          counter->hashtags, counter->hashtag_limit);
}

/**
 * engage_post_editor_validate:
 * @post: a post as the editor would store it
 *
 * Checks what core accepts but a plan should not have: a post without a channel
 * or without any words, a scheduled or published post without a date, links
 * that are not web addresses.
 *
 * Returns: (transfer full) (nullable): one sentence saying what is wrong, or
 *   %NULL if @post can be saved
 */
char *
engage_post_editor_validate (EngagePost *post)
{
  const char *link;
  const char *permalink;

  g_return_val_if_fail (ENGAGE_IS_POST (post), NULL);

  if (engage_post_get_channel_id (post) <= 0)
    return g_strdup (_("Choose a channel for the post."));

  if (_engage_post_editor_is_blank (engage_post_get_title (post)) &&
      _engage_post_editor_is_blank (engage_post_get_body (post)))
    return g_strdup (_("Give the post a title or a text."));

  if (engage_post_get_scheduled_at (post) == NULL)
    {
      if (engage_post_get_status (post) == ENGAGE_POST_STATUS_SCHEDULED)
        return g_strdup (_("A scheduled post needs a date."));
      if (engage_post_get_status (post) == ENGAGE_POST_STATUS_PUBLISHED)
        return g_strdup (_("A published post needs a date."));
    }

  link = engage_post_get_link (post);
  if (!_engage_post_editor_is_blank (link) && !_engage_post_editor_is_web_address (link))
    return g_strdup (_("The link is not a web address: it should start with “https://”."));

  permalink = engage_post_get_permalink (post);
  if (!_engage_post_editor_is_blank (permalink) && !_engage_post_editor_is_web_address (permalink))
    return g_strdup (_("The permalink is not a web address: it should start with “https://”."));

  return NULL;
}

/* Private API */

/* Whether @text has nothing but white space. */
gboolean
_engage_post_editor_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/* Whether @text is an http or https address with a host. */
gboolean
_engage_post_editor_is_web_address (const char *text)
{
  g_autofree char *scheme = text != NULL ? g_uri_parse_scheme (text) : NULL;
  g_autoptr(GUri) uri = NULL;

  if (scheme == NULL ||
      (g_ascii_strcasecmp (scheme, "https") != 0 && g_ascii_strcasecmp (scheme, "http") != 0))
    return FALSE;

  uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  return uri != NULL && g_uri_get_host (uri) != NULL && g_uri_get_host (uri)[0] != '\0';
}
