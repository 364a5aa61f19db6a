/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-week-view"

#include "config.h"

#include "engage-week-view.h"

#include <glib/gi18n.h>

/*
 * A week as seven columns: a header per day (weekday, date, holiday, how many
 * posts) above the day's posts in time order. The columns below the header are
 * an #EngageMonthView showing a week model, so chips, drag and drop, the
 * overflow popover and the keyboard behave exactly as in the month; this
 * widget adds the header and keeps it aligned with the columns.
 */

typedef struct
{
  GtkWidget *box;
  GtkWidget *weekday_label;
  GtkWidget *day_label;
  GtkWidget *detail_label;
} Header;

struct _EngageWeekView
{
  GtkWidget        parent_instance;

  /* Children */
  Header           headers[7];
  GtkWidget       *separator;
  EngageMonthView *grid;
};

G_DEFINE_FINAL_TYPE (EngageWeekView, engage_week_view, GTK_TYPE_WIDGET)

/* Helpers */

static char *
format_day (const GDate *date,
            const char  *format)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                                                   g_date_get_day (date), 0, 0, 0);

  return g_date_time_format (time, format);
}

static void
update_header (Header             *header,
               EngageCalendarCell *day)
{
  g_autofree char *weekday = NULL;
  g_autofree char *number = NULL;
  g_autofree char *count = NULL;
  g_autofree char *accessible = NULL;

  if (day == NULL)
    {
      gtk_label_set_label (GTK_LABEL (header->weekday_label), NULL);
      gtk_label_set_label (GTK_LABEL (header->day_label), NULL);
      gtk_label_set_label (GTK_LABEL (header->detail_label), NULL);
      return;
    }

  /* Translators: a weekday above a column of the week view, see the strftime manual */
  weekday = format_day (&day->date, _("%a"));
  number = g_strdup_printf ("%u", g_date_get_day (&day->date));

  gtk_label_set_label (GTK_LABEL (header->weekday_label), weekday);
  gtk_label_set_label (GTK_LABEL (header->day_label), number);

  if (day->is_today)
    gtk_widget_add_css_class (header->day_label, "today");
  else
    gtk_widget_remove_css_class (header->day_label, "today");

  /* A holiday matters more for planning than the count, which the column shows anyway. */
  if (day->holiday != NULL)
    {
      gtk_label_set_label (GTK_LABEL (header->detail_label), day->holiday);
      gtk_widget_add_css_class (header->detail_label, "holiday");
    }
  else
    {
      if (day->posts->len > 0)
        count = g_strdup_printf (ngettext ("%u post", "%u posts", day->posts->len), day->posts->len);
      gtk_label_set_label (GTK_LABEL (header->detail_label), count);
      gtk_widget_remove_css_class (header->detail_label, "holiday");
    }
  gtk_widget_set_tooltip_text (header->detail_label, day->holiday);

  /* Translators: a day in the week view for screen readers, see the strftime manual */
  accessible = format_day (&day->date, _("%A, %B %-e"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (header->box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static int
natural_height (GtkWidget *child,
                int        for_width)
{
  int height = 0;

  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, for_width, NULL, &height, NULL, NULL);
  return height;
}

/* Vfuncs */

static void
engage_week_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  EngageWeekView *self = ENGAGE_WEEK_VIEW (widget);
  int header_min = 0, header_nat = 0;
  int grid_min, grid_nat, separator;

  for (guint i = 0; i < 7; i++)
    {
      int child_min, child_nat;

      gtk_widget_measure (self->headers[i].box, orientation, -1, &child_min, &child_nat, NULL, NULL);
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          header_min += child_min;
          header_nat += child_nat;
        }
      else
        {
          header_min = MAX (header_min, child_min);
          header_nat = MAX (header_nat, child_nat);
        }
    }

  gtk_widget_measure (GTK_WIDGET (self->grid), orientation, -1, &grid_min, &grid_nat, NULL, NULL);
  gtk_widget_measure (self->separator, orientation, -1, &separator, NULL, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (header_min, grid_min);
      *natural = MAX (header_nat, grid_nat);
    }
  else
    {
      *minimum = header_min + separator + grid_min;
      *natural = header_nat + separator + grid_nat;
    }
}

static void
engage_week_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  EngageWeekView *self = ENGAGE_WEEK_VIEW (widget);
  int header = 0;
  int separator;

  for (guint i = 0; i < 7; i++)
    header = MAX (header, natural_height (self->headers[i].box, -1));
  separator = natural_height (self->separator, -1);

  gtk_widget_size_allocate (self->separator,
                            &(GtkAllocation) { 0, header, width, separator }, -1);
  gtk_widget_size_allocate (GTK_WIDGET (self->grid),
                            &(GtkAllocation) { 0, header + separator, width, MAX (height - header - separator, 0) },
                            -1);

  for (guint i = 0; i < 7; i++)
    {
      int x, column_width;

      engage_month_view_get_column_bounds (self->grid, i, &x, &column_width);
      gtk_widget_size_allocate (self->headers[i].box,
                                &(GtkAllocation) { x, 0, column_width, header }, -1);
    }
}

static void
engage_week_view_dispose (GObject *object)
{
  EngageWeekView *self = ENGAGE_WEEK_VIEW (object);

  for (guint i = 0; i < 7; i++)
    g_clear_pointer (&self->headers[i].box, gtk_widget_unparent);
  g_clear_pointer (&self->separator, gtk_widget_unparent);
  g_clear_pointer ((GtkWidget **) &self->grid, gtk_widget_unparent);

  G_OBJECT_CLASS (engage_week_view_parent_class)->dispose (object);
}

static void
engage_week_view_class_init (EngageWeekViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = engage_week_view_dispose;

  widget_class->measure = engage_week_view_measure;
  widget_class->size_allocate = engage_week_view_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "week-view");
}

static void
engage_week_view_init (EngageWeekView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  for (guint i = 0; i < 7; i++)
    {
      Header *header = &self->headers[i];

      header->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_widget_add_css_class (header->box, "day-header");

      header->weekday_label = gtk_label_new (NULL);
      gtk_widget_add_css_class (header->weekday_label, "weekday");
      gtk_box_append (GTK_BOX (header->box), header->weekday_label);

      header->day_label = gtk_label_new (NULL);
      gtk_widget_set_halign (header->day_label, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (header->day_label, "day-number");
      gtk_widget_add_css_class (header->day_label, "numeric");
      gtk_box_append (GTK_BOX (header->box), header->day_label);

      header->detail_label = gtk_label_new (NULL);
      gtk_label_set_ellipsize (GTK_LABEL (header->detail_label), PANGO_ELLIPSIZE_END);
      gtk_label_set_single_line_mode (GTK_LABEL (header->detail_label), TRUE);
      gtk_widget_add_css_class (header->detail_label, "detail");
      gtk_box_append (GTK_BOX (header->box), header->detail_label);

      gtk_widget_set_parent (header->box, widget);
    }

  self->separator = gtk_separator_new (GTK_ORIENTATION_HORIZONTAL);
  gtk_widget_set_parent (self->separator, widget);

  self->grid = ENGAGE_MONTH_VIEW (engage_month_view_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->grid), widget);
}

/* Public API */

/**
 * engage_week_view_new:
 *
 * Returns: (transfer floating): a new, empty week view
 */
GtkWidget *
engage_week_view_new (void)
{
  return g_object_new (ENGAGE_TYPE_WEEK_VIEW, NULL);
}

/**
 * engage_week_view_set_model:
 * @self: a week view
 * @model: (nullable): a week model
 * @channels: (nullable): the project's channels by id (gint64 keys)
 * @pillars: (nullable): the project's pillars by id (gint64 keys)
 * @tz: (nullable): the project's time zone
 *
 * Shows the week of @model.
 */
void
engage_week_view_set_model (EngageWeekView   *self,
                            EngageMonthModel *model,
                            GHashTable       *channels,
                            GHashTable       *pillars,
                            GTimeZone        *tz)
{
  g_return_if_fail (ENGAGE_IS_WEEK_VIEW (self));
  g_return_if_fail (model == NULL || engage_month_model_is_week (model));

  for (guint i = 0; i < 7; i++)
    update_header (&self->headers[i], model != NULL ? engage_month_model_get_cell (model, i) : NULL);

  engage_month_view_set_model (self->grid, model, channels, pillars, tz);
}

/**
 * engage_week_view_get_grid:
 * @self: a week view
 *
 * Returns: (transfer none): the columns of posts, for their selected day
 */
EngageMonthView *
engage_week_view_get_grid (EngageWeekView *self)
{
  g_return_val_if_fail (ENGAGE_IS_WEEK_VIEW (self), NULL);

  return self->grid;
}
