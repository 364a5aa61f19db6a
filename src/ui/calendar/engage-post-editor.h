/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "engage-channel.h"
#include "engage-post.h"
#include "engage-project.h"

G_BEGIN_DECLS

/**
 * EngageTextCounterState:
 * @ENGAGE_TEXT_COUNTER_OK: within the channel's limit, or no limit
 * @ENGAGE_TEXT_COUNTER_WARNING: in the last tenth before the limit
 * @ENGAGE_TEXT_COUNTER_ERROR: past the limit
 *
 * How a post's text fares against a limit of its channel.
 */
typedef enum
{
  ENGAGE_TEXT_COUNTER_OK,
  ENGAGE_TEXT_COUNTER_WARNING,
  ENGAGE_TEXT_COUNTER_ERROR,
} EngageTextCounterState;

/**
 * EngageTextCounter:
 * @length: the text's length as the channel's platform counts it
 * @char_limit: the channel's character limit, 0 for none
 * @hashtags: the number of hashtags in the text
 * @hashtag_limit: the channel's hashtag limit, 0 for none
 * @chars_state: @length against @char_limit
 * @hashtags_state: @hashtags against @hashtag_limit
 *
 * What the editor's counters show, as plain data so that tests need no window.
 */
typedef struct
{
  guint                  length;
  guint                  char_limit;
  guint                  hashtags;
  guint                  hashtag_limit;
  EngageTextCounterState chars_state;
  EngageTextCounterState hashtags_state;
} EngageTextCounter;

void   engage_text_counter_compute         (EngageTextCounter       *counter,
                                            EngageChannel           *channel,
                                            const char              *text);
char  *engage_text_counter_format_chars    (const EngageTextCounter *counter);
char  *engage_text_counter_format_hashtags (const EngageTextCounter *counter);

char  *engage_post_editor_validate         (EngagePost              *post);

#define ENGAGE_TYPE_POST_EDITOR (engage_post_editor_get_type ())

G_DECLARE_FINAL_TYPE (EngagePostEditor, engage_post_editor, ENGAGE, POST_EDITOR, AdwWindow)

void              engage_post_editor_present  (GtkWidget         *parent,
                                               EngageProject     *project,
                                               gint64             post_id,
                                               GDateTime         *default_time);
EngagePostEditor *engage_post_editor_new      (EngageProject     *project,
                                               gint64             post_id,
                                               GDateTime         *default_time,
                                               GError           **error);
EngagePost       *engage_post_editor_get_post (EngagePostEditor  *self);

G_END_DECLS
