/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-calendar-filter"

#include "config.h"

#include "engage-calendar-filter.h"

#include <string.h>

/*
 * Kept free of widgets so that the month, week and list views can share one
 * instance and the tests can check matching without a display. The search text
 * is folded once when it is set; each post's fields are folded on demand, since
 * a view only asks about the posts of the visible range.
 */

struct _EngageCalendarFilter
{
  GObject     parent_instance;

  GHashTable *channels;  /* gint64* set */
  GHashTable *pillars;   /* gint64* set; 0 stands for "no pillar" */
  guint       statuses;  /* bit mask over EngagePostStatus */

  char       *search_text;
  GStrv       needles;   /* the search text's words, normalised and case-folded */
};

G_DEFINE_FINAL_TYPE (EngageCalendarFilter, engage_calendar_filter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEARCH_TEXT,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
fold_text (const char *text)
{
  g_autofree char *normalized = NULL;

  if (text == NULL || *text == '\0')
    return NULL;

  /* NFKD first so that "é" typed as one code point or as e + accent compares
   * equal, then case-fold so that "STRASSE" finds "Straße". */
  normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  if (normalized == NULL)
    return NULL;

  return g_utf8_casefold (normalized, -1);
}

static GStrv
split_needles (const char *folded)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) words = NULL;

  if (folded == NULL)
    return NULL;

  words = g_strsplit_set (folded, " \t\n\r", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_strv_builder_add (builder, words[i]);

  return g_strv_builder_end (builder);
}

static gboolean
field_contains (const char *field,
                const char *needle)
{
  g_autofree char *folded = fold_text (field);

  return folded != NULL && strstr (folded, needle) != NULL;
}

static gboolean
post_contains (EngagePost *post,
               const char *needle)
{
  return field_contains (engage_post_get_title (post), needle)
         || field_contains (engage_post_get_body (post), needle)
         || field_contains (engage_post_get_campaign (post), needle)
         || field_contains (engage_post_get_owner (post), needle);
}

static void
emit_changed (EngageCalendarFilter *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
set_member (GHashTable *set,
            gint64      id,
            gboolean    active)
{
  if (active)
    {
      if (g_hash_table_contains (set, &id))
        return FALSE;
      g_hash_table_add (set, g_memdup2 (&id, sizeof id));
      return TRUE;
    }

  return g_hash_table_remove (set, &id);
}

static void
engage_calendar_filter_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  EngageCalendarFilter *self = ENGAGE_CALENDAR_FILTER (object);

  switch (prop_id)
    {
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_calendar_filter_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  EngageCalendarFilter *self = ENGAGE_CALENDAR_FILTER (object);

  switch (prop_id)
    {
    case PROP_SEARCH_TEXT:
      engage_calendar_filter_set_search_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_calendar_filter_finalize (GObject *object)
{
  EngageCalendarFilter *self = ENGAGE_CALENDAR_FILTER (object);

  g_clear_pointer (&self->channels, g_hash_table_unref);
  g_clear_pointer (&self->pillars, g_hash_table_unref);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->needles, g_strfreev);

  G_OBJECT_CLASS (engage_calendar_filter_parent_class)->finalize (object);
}

static void
engage_calendar_filter_class_init (EngageCalendarFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = engage_calendar_filter_finalize;
  object_class->get_property = engage_calendar_filter_get_property;
  object_class->set_property = engage_calendar_filter_set_property;

  /**
   * EngageCalendarFilter:search-text:
   *
   * The text the posts are searched for; %NULL or empty shows all posts.
   */
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EngageCalendarFilter::changed:
   *
   * Emitted once after any setter changed what the filter matches.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
engage_calendar_filter_init (EngageCalendarFilter *self)
{
  self->channels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->pillars = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

/**
 * engage_calendar_filter_new:
 *
 * Creates a filter that matches every post.
 *
 * Returns: (transfer full): a new #EngageCalendarFilter
 */
EngageCalendarFilter *
engage_calendar_filter_new (void)
{
  return g_object_new (ENGAGE_TYPE_CALENDAR_FILTER, NULL);
}

/**
 * engage_calendar_filter_matches:
 * @self: a #EngageCalendarFilter
 * @post: the post to check
 *
 * Checks @post against the filter. A post matches when its channel, status and
 * pillar are in the respective sets (an empty set allows all) and every word of
 * the search text occurs in its title, body, campaign or owner, ignoring case
 * and Unicode normalisation.
 *
 * Returns: %TRUE if @post should be shown
 */
gboolean
engage_calendar_filter_matches (EngageCalendarFilter *self,
                                EngagePost           *post)
{
  gint64 channel_id;
  gint64 pillar_id;

  g_return_val_if_fail (ENGAGE_IS_CALENDAR_FILTER (self), FALSE);
  g_return_val_if_fail (ENGAGE_IS_POST (post), FALSE);

  channel_id = engage_post_get_channel_id (post);
  if (g_hash_table_size (self->channels) > 0
      && !g_hash_table_contains (self->channels, &channel_id))
    return FALSE;

  if (self->statuses != 0
      && (self->statuses & (1u << engage_post_get_status (post))) == 0)
    return FALSE;

  pillar_id = engage_post_get_pillar_id (post);
  if (g_hash_table_size (self->pillars) > 0
      && !g_hash_table_contains (self->pillars, &pillar_id))
    return FALSE;

  if (self->needles != NULL)
    for (guint i = 0; self->needles[i] != NULL; i++)
      if (!post_contains (post, self->needles[i]))
        return FALSE;

  return TRUE;
}

/**
 * engage_calendar_filter_is_empty:
 * @self: a #EngageCalendarFilter
 *
 * Returns: %TRUE if the filter matches every post
 */
gboolean
engage_calendar_filter_is_empty (EngageCalendarFilter *self)
{
  g_return_val_if_fail (ENGAGE_IS_CALENDAR_FILTER (self), TRUE);

  return engage_calendar_filter_count_active (self) == 0;
}

/**
 * engage_calendar_filter_count_active:
 * @self: a #EngageCalendarFilter
 *
 * Counts the restrictions in use (channels, statuses, pillars, search text), for
 * a badge on the filter button.
 *
 * Returns: 0 to 4
 */
guint
engage_calendar_filter_count_active (EngageCalendarFilter *self)
{
  g_return_val_if_fail (ENGAGE_IS_CALENDAR_FILTER (self), 0);

  return (g_hash_table_size (self->channels) > 0)
         + (self->statuses != 0)
         + (g_hash_table_size (self->pillars) > 0)
         + (self->needles != NULL && self->needles[0] != NULL);
}

/**
 * engage_calendar_filter_reset:
 * @self: a #EngageCalendarFilter
 *
 * Clears every restriction, so that the filter matches all posts.
 */
void
engage_calendar_filter_reset (EngageCalendarFilter *self)
{
  gboolean had_text;

  g_return_if_fail (ENGAGE_IS_CALENDAR_FILTER (self));

  if (engage_calendar_filter_is_empty (self) && self->search_text == NULL)
    return;

  had_text = self->search_text != NULL;
  g_hash_table_remove_all (self->channels);
  g_hash_table_remove_all (self->pillars);
  self->statuses = 0;
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->needles, g_strfreev);

  if (had_text)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
  emit_changed (self);
}

/**
 * engage_calendar_filter_get_search_text:
 * @self: a #EngageCalendarFilter
 *
 * Returns: (nullable): the search text as set
 */
const char *
engage_calendar_filter_get_search_text (EngageCalendarFilter *self)
{
  g_return_val_if_fail (ENGAGE_IS_CALENDAR_FILTER (self), NULL);

  return self->search_text;
}

/**
 * engage_calendar_filter_set_search_text:
 * @self: a #EngageCalendarFilter
 * @text: (nullable): the text to search for
 *
 * Sets the search text; %NULL or an empty string stops searching.
 */
void
engage_calendar_filter_set_search_text (EngageCalendarFilter *self,
                                        const char           *text)
{
  g_autofree char *folded = NULL;

  g_return_if_fail (ENGAGE_IS_CALENDAR_FILTER (self));

  if (text != NULL && *text == '\0')
    text = NULL;

  if (g_strcmp0 (self->search_text, text) == 0)
    return;

  g_free (self->search_text);
  self->search_text = g_strdup (text);

  folded = fold_text (text);
  g_clear_pointer (&self->needles, g_strfreev);
  self->needles = split_needles (folded);
  if (self->needles != NULL && self->needles[0] == NULL)
    g_clear_pointer (&self->needles, g_strfreev);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
  emit_changed (self);
}

/**
 * engage_calendar_filter_has_channel:
 * @self: a #EngageCalendarFilter
 * @channel_id: a channel id
 *
 * Returns: %TRUE if @channel_id is among the channels explicitly chosen
 */
gboolean
engage_calendar_filter_has_channel (EngageCalendarFilter *self,
                                    gint64                channel_id)
{
  g_return_val_if_fail (ENGAGE_IS_CALENDAR_FILTER (self), FALSE);

  return g_hash_table_contains (self->channels, &channel_id);
}

/**
 * engage_calendar_filter_set_channel:
 * @self: a #EngageCalendarFilter
 * @channel_id: a channel id
 * @active: whether to show the channel's posts
 *
 * Adds @channel_id to the chosen channels or removes it. Once any channel is
 * chosen, only the chosen ones are shown.
 */
void
engage_calendar_filter_set_channel (EngageCalendarFilter *self,
                                    gint64                channel_id,
                                    gboolean              active)
{
  g_return_if_fail (ENGAGE_IS_CALENDAR_FILTER (self));

  if (set_member (self->channels, channel_id, active))
    emit_changed (self);
}

/**
 * engage_calendar_filter_has_status:
 * @self: a #EngageCalendarFilter
 * @status: a post status
 *
 * Returns: %TRUE if @status is among the statuses explicitly chosen
 */
gboolean
engage_calendar_filter_has_status (EngageCalendarFilter *self,
                                   EngagePostStatus      status)
{
  g_return_val_if_fail (ENGAGE_IS_CALENDAR_FILTER (self), FALSE);
  g_return_val_if_fail (status <= ENGAGE_POST_STATUS_ARCHIVED, FALSE);

  return (self->statuses & (1u << status)) != 0;
}

/**
 * engage_calendar_filter_set_status:
 * @self: a #EngageCalendarFilter
 * @status: a post status
 * @active: whether to show posts with @status
 *
 * Adds @status to the chosen statuses or removes it. Once any status is chosen,
 * only posts with a chosen status are shown.
 */
void
engage_calendar_filter_set_status (EngageCalendarFilter *self,
                                   EngagePostStatus      status,
                                   gboolean              active)
{
  guint statuses;

  g_return_if_fail (ENGAGE_IS_CALENDAR_FILTER (self));
  g_return_if_fail (status <= ENGAGE_POST_STATUS_ARCHIVED);

  if (active)
    statuses = self->statuses | (1u << status);
  else
    statuses = self->statuses & ~(1u << status);

  if (statuses == self->statuses)
    return;

  self->statuses = statuses;
  emit_changed (self);
}

/**
 * engage_calendar_filter_has_pillar:
 * @self: a #EngageCalendarFilter
 * @pillar_id: a pillar id, or 0 for posts without a pillar
 *
 * Returns: %TRUE if @pillar_id is among the pillars explicitly chosen
 */
gboolean
engage_calendar_filter_has_pillar (EngageCalendarFilter *self,
                                   gint64                pillar_id)
{
  g_return_val_if_fail (ENGAGE_IS_CALENDAR_FILTER (self), FALSE);

  return g_hash_table_contains (self->pillars, &pillar_id);
}

/**
 * engage_calendar_filter_set_pillar:
 * @self: a #EngageCalendarFilter
 * @pillar_id: a pillar id, or 0 for posts without a pillar
 * @active: whether to show the pillar's posts
 *
 * Adds @pillar_id to the chosen pillars or removes it. Once any pillar is
 * chosen, only posts of the chosen pillars are shown.
 */
void
engage_calendar_filter_set_pillar (EngageCalendarFilter *self,
                                   gint64                pillar_id,
                                   gboolean              active)
{
  g_return_if_fail (ENGAGE_IS_CALENDAR_FILTER (self));

  if (set_member (self->pillars, pillar_id, active))
    emit_changed (self);
}
