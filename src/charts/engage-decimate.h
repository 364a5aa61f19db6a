/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * EngageChartPoint:
 * @x: days since 1970-01-01 (fractions for times of day), or whatever the
 *   chart's x axis counts
 * @y: the value; NAN leaves a gap in the line
 */
typedef struct
{
  double x;
  double y;
} EngageChartPoint;

GArray *engage_decimate_m4       (const EngageChartPoint *points,
                                  gsize                   n_points,
                                  double                  x_min,
                                  double                  x_max,
                                  guint                   n_columns);
gsize   engage_decimate_lower_bound (const EngageChartPoint *points,
                                  gsize                   n_points,
                                  double                  x);

G_END_DECLS
