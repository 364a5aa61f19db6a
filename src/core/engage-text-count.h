/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "engage-types.h"

G_BEGIN_DECLS

/**
 * EngageTextCount:
 * @characters: the length as the channel's platform counts it
 * @hashtags: the number of hashtags
 * @urls: the number of links
 *
 * What the post editor's counters show against a channel's limits.
 */
typedef struct
{
  guint characters;
  guint hashtags;
  guint urls;
} EngageTextCount;

/* X (twitter-text configuration v3) counts every link as this many characters;
 * Mastodon does the same. */
#define ENGAGE_TEXT_COUNT_URL_LENGTH 23

void        engage_text_count                 (const char        *text,
                                               EngageChannelKind  kind,
                                               EngageTextCount   *count);
guint       engage_text_count_characters      (const char        *text,
                                               EngageChannelKind  kind);
guint       engage_text_count_hashtags        (const char        *text);
GStrv       engage_text_count_list_hashtags   (const char        *text);
const char *engage_text_count_get_rule        (EngageChannelKind  kind);

G_END_DECLS
