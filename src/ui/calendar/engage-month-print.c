/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-month-print"

#include "config.h"

#include "engage-month-print.h"

#include "engage-channel.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

/*
 * The month or week the calendar shows, on one landscape page: to pin on the
 * wall of the shop or to take into a planning meeting. Every post of a day is
 * listed with its time, channel colour and title as far as the cell allows; the
 * rest is counted. Posts not yet approved are set in italics, so that the page
 * tells what is settled without colour.
 */

#define TITLE_SIZE 16.0
#define TEXT_SIZE 7.0
#define DAY_SIZE 9.0
#define GAP 4.0
#define WEEK_COLUMN 22.0
#define HEADER_ROW 14.0
#define LINE_HEIGHT 9.0
#define LEGEND_HEIGHT 14.0

typedef struct
{
  char   *name;
  GdkRGBA color;
} Channel;

static void
channel_free (gpointer data)
{
  Channel *channel = data;

  g_free (channel->name);
  g_free (channel);
}

static GHashTable *
load_channels (EngageProject *project,
               GPtrArray     *order)
{
  g_autoptr(GListModel) channels = engage_project_list_channels (project);
  GHashTable *table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, channel_free);

  for (guint i = 0; i < g_list_model_get_n_items (channels); i++)
    {
      g_autoptr(EngageChannel) item = g_list_model_get_item (channels, i);
      Channel *channel = g_new0 (Channel, 1);
      gint64 *id = g_new (gint64, 1);

      *id = engage_channel_get_id (item);
      channel->name = g_strdup (engage_channel_get_name (item));
      if (!gdk_rgba_parse (&channel->color, engage_channel_get_color (item)))
        gdk_rgba_parse (&channel->color, "#77767b");
      g_hash_table_insert (table, id, channel);
      g_ptr_array_add (order, channel);
    }

  return table;
}

static PangoLayout *
create_layout (cairo_t    *cr,
               double      size,
               PangoWeight weight,
               PangoStyle  style)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_font_description_set_style (font, style);
  pango_layout_set_font_description (layout, font);

  return layout;
}

/* Draws @text in one line of at most @width, ellipsized; returns its width. */
static double
show_line (cairo_t     *cr,
           PangoLayout *layout,
           const char  *text,
           double       x,
           double       y,
           double       width)
{
  int text_width;

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, width > 0 ? (int) (width * PANGO_SCALE) : -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_size (layout, &text_width, NULL);

  return (double) text_width / PANGO_SCALE;
}

static gboolean
is_settled (EngagePost *post)
{
  switch (engage_post_get_status (post))
    {
    case ENGAGE_POST_STATUS_APPROVED:
    case ENGAGE_POST_STATUS_SCHEDULED:
    case ENGAGE_POST_STATUS_PUBLISHED:
      return TRUE;
    case ENGAGE_POST_STATUS_IDEA:
    case ENGAGE_POST_STATUS_DRAFT:
    case ENGAGE_POST_STATUS_IN_REVIEW:
    case ENGAGE_POST_STATUS_ARCHIVED:
    default:
      return FALSE;
    }
}

static void
paint_cell (cairo_t            *cr,
            EngageCalendarCell *cell,
            GHashTable         *channels,
            GTimeZone          *tz,
            double              x,
            double              y,
            double              width,
            double              height,
            PangoLayout        *day_layout,
            PangoLayout        *text_layout,
            PangoLayout        *tentative_layout)
{
  char day[8];
  double text_y, day_width;
  guint n_lines, n_shown;

  if (cell->is_weekend || cell->holiday != NULL)
    {
      cairo_set_source_rgb (cr, 0.96, 0.96, 0.96);
      cairo_rectangle (cr, x, y, width, height);
      cairo_fill (cr);
    }

  cairo_set_source_rgb (cr, cell->in_period ? 0.0 : 0.6, cell->in_period ? 0.0 : 0.6,
                        cell->in_period ? 0.0 : 0.6);
  g_snprintf (day, sizeof day, "%u", g_date_get_day (&cell->date));
  day_width = show_line (cr, day_layout, day, x + 3, y + 2, -1);

  if (cell->holiday != NULL)
    {
      cairo_set_source_rgb (cr, 0.40, 0.40, 0.40);
      show_line (cr, tentative_layout, cell->holiday, x + 3 + day_width + 4, y + 3.5,
                 width - day_width - 10);
    }

  text_y = y + DAY_SIZE + 6;
  n_lines = (guint) MAX (0.0, (y + height - 2 - text_y) / LINE_HEIGHT);
  n_shown = cell->posts->len <= n_lines ? cell->posts->len : (n_lines > 0 ? n_lines - 1 : 0);

  for (guint i = 0; i < n_shown; i++)
    {
      EngagePost *post = g_ptr_array_index (cell->posts, i);
      gint64 channel_id = engage_post_get_channel_id (post);
      Channel *channel = g_hash_table_lookup (channels, &channel_id);
      GDateTime *scheduled_at = engage_post_get_scheduled_at (post);
      g_autoptr(GDateTime) local = scheduled_at ? g_date_time_to_timezone (scheduled_at, tz) : NULL;
      g_autofree char *time = local ? g_date_time_format (local, "%H:%M") : g_strdup ("");
      g_autofree char *line = g_strdup_printf ("%s %s", time, engage_post_get_title (post));
      double line_y = text_y + i * LINE_HEIGHT;

      if (channel != NULL)
        gdk_cairo_set_source_rgba (cr, &channel->color);
      else
        cairo_set_source_rgb (cr, 0.5, 0.5, 0.5);
      cairo_rectangle (cr, x + 3, line_y + 1.5, 3, LINE_HEIGHT - 3);
      cairo_fill (cr);

      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      show_line (cr, is_settled (post) ? text_layout : tentative_layout, line,
                 x + 8, line_y, width - 11);
    }

  if (n_shown < cell->posts->len)
    {
      guint n_more = cell->posts->len - n_shown;
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+%u more", "+%u more", n_more),
                                               n_more);

      cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
      show_line (cr, tentative_layout, more, x + 8, text_y + n_shown * LINE_HEIGHT, width - 11);
    }
}

static void
paint_legend (cairo_t     *cr,
              GPtrArray   *channels,
              PangoLayout *layout,
              PangoLayout *tentative_layout,
              double       x,
              double       y,
              double       width)
{
  double right = x + width;

  for (guint i = 0; i < channels->len && x < right; i++)
    {
      Channel *channel = g_ptr_array_index (channels, i);

      gdk_cairo_set_source_rgba (cr, &channel->color);
      cairo_rectangle (cr, x, y + 2, 6, 6);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      x += 9 + show_line (cr, layout, channel->name, x + 9, y, right - x - 9) + 12;
    }

  if (x < right)
    {
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      show_line (cr, tentative_layout, _("Italic: not yet approved"), x, y, right - x);
    }
}

/**
 * engage_month_print_paint:
 * @cr: where to paint, in points
 * @width: the width of the printable area
 * @height: its height
 * @project: the project the posts belong to
 * @model: the month or week to print, with its posts
 *
 * Paints @model as one page: the title, a grid with the ISO week numbers and
 * each day's posts, and a legend of the channels' colours.
 */
void
engage_month_print_paint (cairo_t          *cr,
                          double            width,
                          double            height,
                          EngageProject    *project,
                          EngageMonthModel *model)
{
  g_autoptr(GPtrArray) channel_order = g_ptr_array_new ();
  g_autoptr(GHashTable) channels = NULL;
  g_autoptr(PangoLayout) title_layout = NULL;
  g_autoptr(PangoLayout) header_layout = NULL;
  g_autoptr(PangoLayout) day_layout = NULL;
  g_autoptr(PangoLayout) text_layout = NULL;
  g_autoptr(PangoLayout) tentative_layout = NULL;
  g_autofree char *title = NULL;
  const char *project_name;
  guint n_weeks;
  double grid_top, grid_height, column_width, row_height;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (ENGAGE_IS_PROJECT (project));
  g_return_if_fail (model != NULL);

  channels = load_channels (project, channel_order);
  title_layout = create_layout (cr, TITLE_SIZE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);
  header_layout = create_layout (cr, TEXT_SIZE + 1, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);
  day_layout = create_layout (cr, DAY_SIZE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);
  text_layout = create_layout (cr, TEXT_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL);
  tentative_layout = create_layout (cr, TEXT_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC);

  cairo_save (cr);

  /* Title, with the project's name on the right */
  title = engage_month_model_format_title (model);
  cairo_set_source_rgb (cr, 0, 0, 0);
  show_line (cr, title_layout, title, 0, 0, width * 0.6);

  project_name = engage_project_get_name (project);
  if (project_name != NULL && project_name[0] != '\0')
    {
      int name_width;

      cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
      pango_layout_set_text (text_layout, project_name, -1);
      pango_layout_set_width (text_layout, -1);
      pango_layout_get_size (text_layout, &name_width, NULL);
      show_line (cr, text_layout, project_name,
                 MAX (width * 0.6, width - (double) name_width / PANGO_SCALE), TITLE_SIZE - TEXT_SIZE,
                 width * 0.4);
    }

  /* Grid */
  n_weeks = engage_month_model_get_n_weeks (model);
  grid_top = TITLE_SIZE + 2 * GAP + HEADER_ROW;
  grid_height = height - grid_top - LEGEND_HEIGHT - GAP;
  column_width = (width - WEEK_COLUMN) / 7;
  row_height = grid_height / MAX (n_weeks, 1);

  cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
  show_line (cr, header_layout, C_("week number column", "Wk"), 0, grid_top - HEADER_ROW + 2, WEEK_COLUMN);
  for (guint d = 0; d < 7; d++)
    {
      EngageCalendarCell *cell = engage_month_model_get_cell (model, d);
      char weekday[64];

      g_date_strftime (weekday, sizeof weekday, "%A", &cell->date);
      show_line (cr, header_layout, weekday, WEEK_COLUMN + d * column_width + 3,
                 grid_top - HEADER_ROW + 2, column_width - 6);
    }

  for (guint w = 0; w < n_weeks; w++)
    {
      double row_y = grid_top + w * row_height;
      char number[8];

      g_snprintf (number, sizeof number, "%u", engage_month_model_get_week_number (model, w));
      cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
      show_line (cr, text_layout, number, 2, row_y + 3, WEEK_COLUMN - 4);

      for (guint d = 0; d < 7; d++)
        {
          EngageCalendarCell *cell = engage_month_model_get_cell (model, w * 7 + d);

          paint_cell (cr, cell, channels, engage_project_get_tz (project),
                      WEEK_COLUMN + d * column_width, row_y, column_width, row_height,
                      day_layout, text_layout, tentative_layout);
        }
    }

  /* Lines over the cells' backgrounds */
  cairo_set_source_rgb (cr, 0.7, 0.7, 0.7);
  cairo_set_line_width (cr, 0.5);
  for (guint w = 0; w <= n_weeks; w++)
    {
      cairo_move_to (cr, WEEK_COLUMN, grid_top + w * row_height);
      cairo_line_to (cr, width, grid_top + w * row_height);
    }
  for (guint d = 0; d <= 7; d++)
    {
      cairo_move_to (cr, WEEK_COLUMN + d * column_width, grid_top);
      cairo_line_to (cr, WEEK_COLUMN + d * column_width, grid_top + n_weeks * row_height);
    }
  cairo_stroke (cr);

  paint_legend (cr, channel_order, text_layout, tentative_layout,
                0, height - LEGEND_HEIGHT + 3, width);

  cairo_restore (cr);
}

typedef struct
{
  EngageProject    *project;
  EngageMonthModel *model;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_object (&job->project);
  g_clear_pointer (&job->model, engage_month_model_unref);
  g_free (job);
}

static void
print_job_closure_free (gpointer  data,
                        GClosure *closure)
{
  print_job_free (data);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 PrintJob          *job)
{
  engage_month_print_paint (gtk_print_context_get_cairo_context (context),
                            gtk_print_context_get_width (context),
                            gtk_print_context_get_height (context),
                            job->project, job->model);
}

/**
 * engage_month_print_run:
 * @parent: the window to show the print dialog over
 * @project: the project
 * @model: the month or week to print
 * @error: return location for a #GError
 *
 * Shows the print dialog for @model as one landscape page and prints it.
 *
 * Returns: %FALSE if printing failed (not if it was cancelled)
 */
gboolean
engage_month_print_run (GtkWindow         *parent,
                        EngageProject     *project,
                        EngageMonthModel  *model,
                        GError           **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPaperSize) a4 = NULL;
  g_autofree char *title = NULL;
  PrintJob *job;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (model != NULL, FALSE);

  job = g_new0 (PrintJob, 1);
  job->project = g_object_ref (project);
  job->model = engage_month_model_ref (model);

  a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  setup = gtk_page_setup_new ();
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);

  title = engage_month_model_format_title (model);
  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, title);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page_cb), job,
                         print_job_closure_free, 0);

  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                  parent, error) != GTK_PRINT_OPERATION_RESULT_ERROR;
}
