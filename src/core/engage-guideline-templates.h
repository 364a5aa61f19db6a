/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-project.h"

G_BEGIN_DECLS

const char * const *engage_guideline_templates_get_languages (void);
const char         *engage_guideline_template_get_label      (const char     *language);
char               *engage_guideline_template_dup_title      (const char     *language,
                                                              const char     *company);
GPtrArray          *engage_guideline_template_load_sections  (const char     *language,
                                                              const char     *company,
                                                              GError        **error);
GPtrArray          *engage_guideline_template_load_rules     (const char     *language,
                                                              GError        **error);
gboolean            engage_guideline_template_apply          (EngageProject  *project,
                                                              const char     *language,
                                                              gboolean        replace,
                                                              GError        **error);

G_END_DECLS
