/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "engage-channel.h"
#include "engage-pillar.h"
#include "engage-post.h"
#include "engage-types.h"

G_BEGIN_DECLS

/**
 * EngagePostChipLayout:
 * @ENGAGE_POST_CHIP_COMPACT: one line: status icon, time and title (month view)
 * @ENGAGE_POST_CHIP_DETAILED: the title on up to three lines below the status
 *   icon, time and channel (week view, ideas)
 *
 * How much of a post a chip shows.
 */
typedef enum
{
  ENGAGE_POST_CHIP_COMPACT,
  ENGAGE_POST_CHIP_DETAILED,
} EngagePostChipLayout;

#define ENGAGE_TYPE_POST_CHIP (engage_post_chip_get_type ())

G_DECLARE_FINAL_TYPE (EngagePostChip, engage_post_chip, ENGAGE, POST_CHIP, GtkWidget)

GtkWidget  *engage_post_chip_new            (EngagePost           *post,
                                             EngageChannel        *channel,
                                             EngagePillar         *pillar,
                                             GTimeZone            *tz,
                                             EngagePostChipLayout  layout);
EngagePost *engage_post_chip_get_post       (EngagePostChip       *self);
void        engage_post_chip_set_findings   (EngagePostChip       *self,
                                             EngageSeverity        severity,
                                             const char           *messages);
gboolean    engage_post_chip_get_badge_severity (EngagePostChip   *self,
                                             EngageSeverity       *severity);

void        engage_post_chip_ensure_contrast (GdkRGBA             *color,
                                              const GdkRGBA       *foreground);
char       *engage_post_chip_format_tooltip (EngagePost           *post,
                                             EngageChannel        *channel,
                                             EngagePillar         *pillar,
                                             GTimeZone            *tz);

G_END_DECLS
