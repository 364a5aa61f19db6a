/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * EngageHoliday:
 * @date: the day
 * @id: a stable key, e.g. "corpus-christi"
 * @name: the holiday's name in the user's language
 * @nationwide: whether it is a public holiday in every German state
 * @partial: whether it holds only in part of the region asked for (Assumption
 *   Day in Bavaria is a holiday only in municipalities with a Catholic majority)
 *
 * A public holiday, as engage_holidays_list() returns it.
 */
typedef struct
{
  GDate       date;
  const char *id;
  const char *name;
  gboolean    nationwide;
  gboolean    partial;
} EngageHoliday;

const char * const *engage_holidays_get_regions      (void);
gboolean            engage_holidays_is_known_region  (const char   *region);
const char         *engage_holidays_get_region_code  (const char   *region);
const char         *engage_holidays_get_region_name  (const char   *region);
void                engage_holidays_get_easter_sunday (guint        year,
                                                      GDate       *date);
GArray             *engage_holidays_list             (const char   *region,
                                                      const GDate  *first,
                                                      const GDate  *last);

G_END_DECLS
