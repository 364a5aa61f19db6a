/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-chart-view.h"

G_BEGIN_DECLS

/* For tests: how often the static frame was recorded, so that a test can
 * tell a cached redraw from a rebuilt one. */
guint      _engage_chart_view_get_frame_rebuilds (EngageChartView *self);
GtkWidget *_engage_chart_view_get_plot           (EngageChartView *self);

G_END_DECLS
