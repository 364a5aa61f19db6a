/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * EngageReportDateStyle:
 * @ENGAGE_REPORT_DATE_LONG: "23 November 2026", "23. November 2026"
 * @ENGAGE_REPORT_DATE_SHORT: "23 Nov 2026", "23.11.2026"
 * @ENGAGE_REPORT_DATE_DAY: the weekday and day without the year, for tables:
 *   "Mon 23 Nov", "Mo. 23.11."
 * @ENGAGE_REPORT_DATE_MONTH: "November 2026"
 */
typedef enum
{
  ENGAGE_REPORT_DATE_LONG,
  ENGAGE_REPORT_DATE_SHORT,
  ENGAGE_REPORT_DATE_DAY,
  ENGAGE_REPORT_DATE_MONTH,
} EngageReportDateStyle;

/**
 * EngageReportCatalog:
 *
 * The translations of one language, read straight from Engage's compiled
 * message catalogue. A report is written in its project's language whatever
 * language the program runs in, and without touching the process' locale or
 * environment, which other threads (the app's window) go on using.
 */
typedef struct _EngageReportCatalog EngageReportCatalog;

EngageReportCatalog *engage_report_catalog_new           (const char                *language);
void                 engage_report_catalog_free          (EngageReportCatalog       *self);
const char          *engage_report_catalog_get_language  (const EngageReportCatalog *self);
gboolean             engage_report_catalog_is_translated (const EngageReportCatalog *self);
const char          *engage_report_catalog_gettext       (const EngageReportCatalog *self,
                                                          const char                *msgid);
const char          *engage_report_catalog_pgettext      (const EngageReportCatalog *self,
                                                          const char                *context,
                                                          const char                *msgid);
char                *engage_report_catalog_format_number (const EngageReportCatalog *self,
                                                          double                     value,
                                                          int                        decimals);
char                *engage_report_catalog_format_signed (const EngageReportCatalog *self,
                                                          double                     value,
                                                          int                        decimals);
char                *engage_report_catalog_format_date   (const EngageReportCatalog *self,
                                                          const GDate               *date,
                                                          EngageReportDateStyle      style);
char                *engage_report_catalog_format_time   (const EngageReportCatalog *self,
                                                          int                        hour,
                                                          int                        minute);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EngageReportCatalog, engage_report_catalog_free)

G_END_DECLS
