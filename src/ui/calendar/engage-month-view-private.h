/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-month-view.h"

#include "calendar/engage-plan-findings.h"
#include "calendar/engage-post-chip.h"

G_BEGIN_DECLS

#define WEEK_COLUMN_WIDTH 36
#define CELL_PADDING 4
#define CHIP_SPACING 2
#define HEADER_SPACING 3
#define WEEK_CHIP_SPACING 4
#define DEFAULT_MAX_CHIPS 3

typedef struct
{
  GtkWidget *day_label;
  GtkWidget *holiday_label;
  GtkWidget *overflow_button;
  GPtrArray *chips;
} Cell;

struct _EngageMonthView
{
  GtkWidget         parent_instance;

  /* Children */
  GtkWidget        *weekday_labels[7];
  GtkWidget        *week_labels[ENGAGE_MONTH_MODEL_MAX_WEEKS];
  Cell              cells[ENGAGE_MONTH_MODEL_MAX_CELLS];
  GtkWidget        *probe;

  /* Owned */
  EngageMonthModel *model;
  GHashTable       *channels;
  GHashTable       *pillars;
  GTimeZone        *tz;
  EngagePlanFindings *findings;   /* the badges of the chips; nullable */

  /* State */
  graphene_rect_t   cell_rects[ENGAGE_MONTH_MODEL_MAX_CELLS];
  int               header_height;
  guint             max_chips;
  guint             rebuild_id;
  int               drop_cell;
  GDate             press_day;
  GDate             selected;

  /* Colours looked up in css_changed */
  GdkRGBA           line_color;
  GdkRGBA           shade_color;
  GdkRGBA           accent_color;
};

/* engage-month-view.c */
guint      _engage_month_view_n_cells             (EngageMonthView      *self);
GtkWidget *_engage_month_view_create_chip         (EngageMonthView      *self,
                                                   EngagePost           *post,
                                                   EngagePostChipLayout  layout);
void       _engage_month_view_activate_for_day    (GtkWidget            *widget,
                                                   const char           *action,
                                                   const GDate          *day);
int        _engage_month_view_cell_at_point       (EngageMonthView      *self,
                                                   double                x,
                                                   double                y);

/* engage-month-view-input.c: pointer, drag and drop, keyboard, overflow popover */
int        _engage_month_view_selected_cell      (EngageMonthView      *self);
void       _engage_month_view_select_cell        (EngageMonthView      *self,
                                                   guint                 index);
void       _engage_month_view_create_overflow_popup (GtkMenuButton     *button,
                                                   gpointer              user_data);
void       _engage_month_view_class_init_input   (GtkWidgetClass       *widget_class);
void       _engage_month_view_init_input         (EngageMonthView      *self);

G_END_DECLS
