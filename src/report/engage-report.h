/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "engage-project.h"

G_BEGIN_DECLS

/**
 * EngageReportProgressFunc:
 * @fraction: how much of the report is done, 0..1
 * @user_data: the data given with the function
 *
 * Reports progress while a report is written, for a progress bar.
 */
typedef void (*EngageReportProgressFunc) (double   fraction,
                                          gpointer user_data);

#define ENGAGE_TYPE_REPORT (engage_report_get_type ())

G_DECLARE_FINAL_TYPE (EngageReport, engage_report, ENGAGE, REPORT, GObject)

void          engage_report_get_default_range (EngageProject            *project,
                                               const GDate              *today,
                                               GDateTime               **from,
                                               GDateTime               **to);

EngageReport *engage_report_new               (EngageProject            *project,
                                               GDateTime                *from,
                                               GDateTime                *to);
void          engage_report_set_today         (EngageReport             *self,
                                               const GDate              *today);
gboolean      engage_report_build             (EngageReport             *self,
                                               GCancellable             *cancellable,
                                               GError                  **error);
const char   *engage_report_get_language      (EngageReport             *self);
const char   *engage_report_get_title         (EngageReport             *self);
guint         engage_report_get_n_pages       (EngageReport             *self);
void          engage_report_get_page_size     (double                   *width,
                                               double                   *height);
void          engage_report_paint_page        (EngageReport             *self,
                                               cairo_t                  *cr,
                                               guint                     page,
                                               double                    width,
                                               double                    height);
gboolean      engage_report_write_pdf         (EngageReport             *self,
                                               GFile                    *out,
                                               EngageReportProgressFunc  progress,
                                               gpointer                  user_data,
                                               GCancellable             *cancellable,
                                               GError                  **error);

gboolean      engage_report_write             (EngageProject            *project,
                                               GFile                    *out,
                                               GDateTime                *from,
                                               GDateTime                *to,
                                               EngageReportProgressFunc  progress,
                                               gpointer                  user_data,
                                               GCancellable             *cancellable,
                                               GError                  **error);

G_END_DECLS
