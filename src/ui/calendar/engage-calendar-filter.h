/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "engage-post.h"
#include "engage-types.h"

G_BEGIN_DECLS

/**
 * EngageCalendarFilter:
 *
 * The filter the calendar's views share: the channels, statuses and pillars to show
 * (an empty set means all of them) and a search text matched case- and
 * normalisation-insensitively against a post's title, body, campaign and owner.
 *
 * It holds no widgets and no project; every setter that changes something emits
 * #EngageCalendarFilter::changed once.
 */
#define ENGAGE_TYPE_CALENDAR_FILTER (engage_calendar_filter_get_type ())

G_DECLARE_FINAL_TYPE (EngageCalendarFilter, engage_calendar_filter, ENGAGE, CALENDAR_FILTER, GObject)

EngageCalendarFilter *engage_calendar_filter_new               (void);

gboolean    engage_calendar_filter_matches            (EngageCalendarFilter *self,
                                                       EngagePost           *post);
gboolean    engage_calendar_filter_is_empty           (EngageCalendarFilter *self);
guint       engage_calendar_filter_count_active       (EngageCalendarFilter *self);
void        engage_calendar_filter_reset              (EngageCalendarFilter *self);

const char *engage_calendar_filter_get_search_text    (EngageCalendarFilter *self);
void        engage_calendar_filter_set_search_text    (EngageCalendarFilter *self,
                                                       const char           *text);

gboolean    engage_calendar_filter_has_channel        (EngageCalendarFilter *self,
                                                       gint64                channel_id);
void        engage_calendar_filter_set_channel        (EngageCalendarFilter *self,
                                                       gint64                channel_id,
                                                       gboolean              active);
gboolean    engage_calendar_filter_has_status         (EngageCalendarFilter *self,
                                                       EngagePostStatus      status);
void        engage_calendar_filter_set_status         (EngageCalendarFilter *self,
                                                       EngagePostStatus      status,
                                                       gboolean              active);
gboolean    engage_calendar_filter_has_pillar         (EngageCalendarFilter *self,
                                                       gint64                pillar_id);
void        engage_calendar_filter_set_pillar         (EngageCalendarFilter *self,
                                                       gint64                pillar_id,
                                                       gboolean              active);

G_END_DECLS
