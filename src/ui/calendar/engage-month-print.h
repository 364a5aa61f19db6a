/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "engage-project.h"
#include "calendar/engage-month-model.h"

G_BEGIN_DECLS

void     engage_month_print_paint (cairo_t          *cr,
                                   double            width,
                                   double            height,
                                   EngageProject    *project,
                                   EngageMonthModel *model);
gboolean engage_month_print_run   (GtkWindow        *parent,
                                   EngageProject    *project,
                                   EngageMonthModel *model,
                                   GError          **error);

G_END_DECLS
