/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "engage-project.h"

G_BEGIN_DECLS

/**
 * EngageGuidelineFormat:
 * @ENGAGE_GUIDELINE_FORMAT_MARKDOWN: CommonMark, as the sections are written
 * @ENGAGE_GUIDELINE_FORMAT_HTML: a standalone HTML page that prints well
 *
 * The formats the guideline is exported to (the PDF comes from the report).
 */
typedef enum
{
  ENGAGE_GUIDELINE_FORMAT_MARKDOWN,
  ENGAGE_GUIDELINE_FORMAT_HTML,
} EngageGuidelineFormat;

gboolean  engage_guideline_format_for_file   (GFile                  *file,
                                              EngageGuidelineFormat  *format);
char     *engage_guideline_dup_title         (EngageProject          *project);
char     *engage_guideline_export_markdown   (EngageProject          *project);
char     *engage_guideline_export_html       (EngageProject          *project);
char     *engage_guideline_section_to_html   (const char             *commonmark,
                                              int                     heading_offset);
gboolean  engage_guideline_export_to_file    (EngageProject          *project,
                                              GFile                  *file,
                                              EngageGuidelineFormat   format,
                                              GError                **error);

G_END_DECLS
