/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-report"

#include "config.h"

#include "engage-report.h"
#include "engage-report-private.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>

/* The strategy report: an A4 document built once into pages of simple drawing
 * items (text layouts, rectangles, lines, Markdown fragments, charts), so that
 * the page count is known before anything is painted and every page can be
 * painted on its own, onto a PDF surface or a printer's cairo_t. The layout
 * engine is in engage-report-flow.c, the chapters' content in
 * engage-report-pages.c; this file paints pages and writes the PDF. */

G_DEFINE_FINAL_TYPE (EngageReport, engage_report, G_TYPE_OBJECT)

/* Painting */

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  if (radius <= 0)
    {
      cairo_rectangle (cr, x, y, width, height);
      return;
    }

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
paint_item (EngageReport *self,
            cairo_t      *cr,
            ReportItem   *item)
{
  cairo_save (cr);

  switch (item->kind)
    {
    case REPORT_ITEM_LAYOUT:
      engage_rgba_set_source (&item->color, cr);
      cairo_move_to (cr, item->x, item->y);
      pango_cairo_show_layout (cr, item->layout);
      break;

    case REPORT_ITEM_RECT:
      engage_rgba_set_source (&item->color, cr);
      rounded_rectangle (cr, item->x, item->y, item->width, item->height, item->line_width);
      cairo_fill (cr);
      break;

    case REPORT_ITEM_LINE:
      engage_rgba_set_source (&item->color, cr);
      cairo_set_line_width (cr, item->line_width);
      cairo_move_to (cr, item->x, item->y);
      cairo_rel_line_to (cr, item->width, item->height);
      cairo_stroke (cr);
      break;

    case REPORT_ITEM_MARKDOWN:
      engage_markdown_layout_paint (item->markdown, cr, item->x, item->y, &item->start, &item->end);
      break;

    case REPORT_ITEM_PAINT:
      cairo_translate (cr, item->x, item->y);
      cairo_rectangle (cr, 0, 0, item->width, item->height);
      cairo_clip (cr);
      engage_rgba_set_source (&self->style.accent, cr);
      item->paint (cr, &self->style, item->width, item->height, item->data);
      break;

    default:
      g_assert_not_reached ();
    }

  cairo_restore (cr);
}

/* GObject */

static void
engage_report_dispose (GObject *object)
{
  EngageReport *self = ENGAGE_REPORT (object);

  g_clear_object (&self->project);
  g_clear_pointer (&self->pages, g_ptr_array_unref);

  G_OBJECT_CLASS (engage_report_parent_class)->dispose (object);
}

static void
engage_report_finalize (GObject *object)
{
  EngageReport *self = ENGAGE_REPORT (object);

  g_clear_pointer (&self->from, g_date_time_unref);
  g_clear_pointer (&self->to, g_date_time_unref);
  g_clear_pointer (&self->outline, g_array_unref);
  g_clear_pointer (&self->catalog, engage_report_catalog_free);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);
  g_free (self->period_text);
  g_free (self->title);
  engage_chart_style_clear (&self->style);

  G_OBJECT_CLASS (engage_report_parent_class)->finalize (object);
}

static void
engage_report_class_init (EngageReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = engage_report_dispose;
  object_class->finalize = engage_report_finalize;
}

static void
engage_report_init (EngageReport *self)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  engage_chart_style_init_print (&self->style);
  engage_report_page_get_body (&self->body);

  self->pages = g_ptr_array_new_with_free_func (report_page_free);
  self->outline = g_array_new (FALSE, FALSE, sizeof (ReportOutlineEntry));
  g_array_set_clear_func (self->outline, report_outline_entry_clear);

  /* Its own font map, so that a report built in a worker thread can be painted
   * in the main thread; unhinted metrics so that text measures the same on the
   * PDF and on a printer. */
  self->font_map = pango_cairo_font_map_new ();
  self->context = pango_font_map_create_context (self->font_map);
  pango_cairo_context_set_resolution (self->context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  cairo_font_options_destroy (options);

  g_date_clear (&self->today, 1);
  g_date_clear (&self->first_day, 1);
  g_date_clear (&self->last_day, 1);
}

/* Public API */

static void
date_in_zone (GDateTime *time,
              GTimeZone *zone,
              GDate     *date)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (time, zone);

  g_date_set_dmy (date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
}

/**
 * engage_report_get_default_range:
 * @today: (nullable): the day the report is made; %NULL for today in the project's time zone
 * @from: (out) (transfer full): the start: twelve weeks before @today
 * @to: (out) (transfer full): the end (excluded): four weeks of plan after @today
 *
 * The period a report covers unless told otherwise: the last twelve weeks of
 * results and the next four weeks of the editorial plan, in the project's
 * time zone.
 */
void
engage_report_get_default_range (EngageProject  *project,
                                 const GDate    *today,
                                 GDateTime     **from,
                                 GDateTime     **to)
{
  GTimeZone *zone;
  g_autoptr(GDateTime) midnight = NULL;
  GDate day;

  g_return_if_fail (ENGAGE_IS_PROJECT (project));
  g_return_if_fail (from != NULL && to != NULL);

  zone = engage_project_get_tz (project);
  g_date_clear (&day, 1);
  if (today != NULL && g_date_valid (today))
    {
      day = *today;
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      date_in_zone (now, zone, &day);
    }

  midnight = g_date_time_new (zone, g_date_get_year (&day), g_date_get_month (&day),
                              g_date_get_day (&day), 0, 0, 0);
  /* Today is part of both: the results up to today and the plan from today on. */
  *from = g_date_time_add_days (midnight, -12 * 7 + 1);
  *to = g_date_time_add_days (midnight, 4 * 7 + 1);
}

/**
 * engage_report_new:
 * @from: (nullable): the start of the period; %NULL for the default range
 * @to: (nullable): the end of the period, excluded; %NULL for the default range
 *
 * Returns: (transfer full): a report on @project, to be built with
 *   engage_report_build()
 */
EngageReport *
engage_report_new (EngageProject *project,
                   GDateTime     *from,
                   GDateTime     *to)
{
  EngageReport *self;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  self = g_object_new (ENGAGE_TYPE_REPORT, NULL);
  self->project = g_object_ref (project);
  self->from = from ? g_date_time_ref (from) : NULL;
  self->to = to ? g_date_time_ref (to) : NULL;
  self->catalog = engage_report_catalog_new (engage_project_get_language (project));
  date_in_zone (now, engage_project_get_tz (project), &self->today);

  return self;
}

/**
 * engage_report_set_today:
 * @today: the day the report is made
 *
 * Fixes "today": the cover's date, where the plan starts and the day KPIs are
 * assessed on. Tests and reproducible reports set it; otherwise it is the
 * current day in the project's time zone.
 */
void
engage_report_set_today (EngageReport *self,
                         const GDate  *today)
{
  g_return_if_fail (ENGAGE_IS_REPORT (self));
  g_return_if_fail (today != NULL && g_date_valid (today));

  self->today = *today;
}

/**
 * engage_report_get_language:
 *
 * Returns: the language the report is written in
 */
const char *
engage_report_get_language (EngageReport *self)
{
  g_return_val_if_fail (ENGAGE_IS_REPORT (self), NULL);

  return engage_report_catalog_get_language (self->catalog);
}

/**
 * engage_report_get_title:
 *
 * Returns: a title for the document (a print job, the PDF's metadata)
 */
const char *
engage_report_get_title (EngageReport *self)
{
  g_return_val_if_fail (ENGAGE_IS_REPORT (self), NULL);

  if (self->title != NULL)
    return self->title;

  return engage_project_get_name (self->project);
}

static gboolean
build_with_progress (EngageReport             *self,
                     EngageReportProgressFunc  progress,
                     gpointer                  user_data,
                     double                    share,
                     GCancellable             *cancellable,
                     GError                  **error)
{
  const ReportChapterFunc report_chapters[] = {
    report_build_cover,
    report_build_summary,
    report_build_kpis,
    report_build_nps,
    report_build_engagement,
    report_build_mix,
    report_build_plan,
    report_build_guideline,
  };
  g_autoptr(GDateTime) last = NULL;
  GTimeZone *zone = engage_project_get_tz (self->project);
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;
  const ReportChapterFunc *chapters = report_chapters;
  guint n_chapters = G_N_ELEMENTS (report_chapters);

  if (!engage_project_is_open (self->project))
    {
      g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_CLOSED,
                           _("The project was closed before the report was made."));
      return FALSE;
    }

  if (self->from == NULL || self->to == NULL)
    {
      g_autoptr(GDateTime) from = NULL;
      g_autoptr(GDateTime) to = NULL;

      engage_report_get_default_range (self->project, &self->today, &from, &to);
      if (self->from == NULL)
        self->from = g_steal_pointer (&from);
      if (self->to == NULL)
        self->to = g_steal_pointer (&to);
    }

  if (g_date_time_compare (self->from, self->to) >= 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The report’s period ends before it starts."));
      return FALSE;
    }

  /* The period's days as the project's calendar shows them; the end is excluded. */
  last = g_date_time_add_seconds (self->to, -1);
  date_in_zone (self->from, zone, &self->first_day);
  date_in_zone (last, zone, &self->last_day);
  first_text = report_format_gdate (self, &self->first_day, ENGAGE_REPORT_DATE_LONG);
  last_text = report_format_gdate (self, &self->last_day, ENGAGE_REPORT_DATE_LONG);
  g_free (self->period_text);
  self->period_text = g_strdup_printf ("%s – %s", first_text, last_text);

  g_ptr_array_set_size (self->pages, 0);
  g_array_set_size (self->outline, 0);
  self->page = NULL;
  self->chapter = 0;

  if (self->chapters != NULL)
    {
      chapters = self->chapters;
      n_chapters = self->n_chapters;
    }

  for (guint i = 0; i < n_chapters; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      if (!chapters[i] (self, error))
        return FALSE;

      if (progress != NULL)
        progress (share * (i + 1) / n_chapters, user_data);
    }

  self->page = NULL;
  return TRUE;
}

/**
 * engage_report_build:
 *
 * Reads what the report shows from the project and lays out its pages. Run it
 * where the project may be used (the thread that opened it); afterwards the
 * report no longer touches the project and can be painted anywhere.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_report_build (EngageReport  *self,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_return_val_if_fail (ENGAGE_IS_REPORT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return build_with_progress (self, NULL, NULL, 1, cancellable, error);
}

/**
 * engage_report_get_n_pages:
 *
 * Returns: the number of pages, the cover included; 0 before the report is built
 */
guint
engage_report_get_n_pages (EngageReport *self)
{
  g_return_val_if_fail (ENGAGE_IS_REPORT (self), 0);

  return self->pages->len;
}

/**
 * engage_report_get_page_size:
 * @width: (out): the page's width in points
 * @height: (out): the page's height in points
 *
 * The report is laid out on A4 paper.
 */
void
engage_report_get_page_size (double *width,
                             double *height)
{
  if (width != NULL)
    *width = ENGAGE_REPORT_PAGE_WIDTH;
  if (height != NULL)
    *height = ENGAGE_REPORT_PAGE_HEIGHT;
}

/**
 * engage_report_paint_page:
 * @cr: where to paint, with the page's top left corner at the origin
 * @page: the page, counted from 0
 * @width: the width available on @cr
 * @height: the height available on @cr
 *
 * Paints one page, scaled to fit @width × @height and centred. The PDF and a
 * print operation's draw-page handler both paint through here.
 */
void
engage_report_paint_page (EngageReport *self,
                          cairo_t      *cr,
                          guint         page,
                          double        width,
                          double        height)
{
  ReportPage *report_page;
  double scale;

  g_return_if_fail (ENGAGE_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  report_page = g_ptr_array_index (self->pages, page);
  scale = MIN (width / ENGAGE_REPORT_PAGE_WIDTH, height / ENGAGE_REPORT_PAGE_HEIGHT);

  cairo_save (cr);
  cairo_translate (cr, (width - ENGAGE_REPORT_PAGE_WIDTH * scale) / 2,
                   (height - ENGAGE_REPORT_PAGE_HEIGHT * scale) / 2);
  cairo_scale (cr, scale, scale);

  if (report_page->framed)
    {
      /* Translators: the page numbers at the bottom of each page of the report. */
      g_autofree char *page_text = g_strdup_printf (T_ (self, N_("Page %u of %u")),
                                                    page + 1, self->pages->len);

      engage_report_page_paint_frame (cr, &self->style, engage_project_get_name (self->project),
                                      engage_project_get_client (self->project),
                                      self->period_text, page_text);
    }

  for (guint i = 0; i < report_page->items->len; i++)
    paint_item (self, cr, g_ptr_array_index (report_page->items, i));

  cairo_restore (cr);
}

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} WriteClosure;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  WriteClosure *write = closure;

  if (write->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (!g_output_stream_write_all (write->stream, data, length, NULL, write->cancellable, &write->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

static GFileOutputStream *
create_temp_file (GFile         *out,
                  GFile        **temp,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (out);
  g_autofree char *base = g_file_get_basename (out);

  if (parent == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                   _("“%s” is not a file name a report can be written to."), base);
      return NULL;
    }

  /* Beside the target, so that the final rename stays on one file system. */
  for (guint attempt = 0; ; attempt++)
    {
      g_autofree char *name = g_strdup_printf (".%s.%08x.part", base, g_random_int ());
      g_autoptr(GError) local_error = NULL;
      GFileOutputStream *stream;

      *temp = g_file_get_child (parent, name);
      stream = g_file_create (*temp, G_FILE_CREATE_NONE, cancellable, &local_error);
      if (stream != NULL)
        return stream;

      g_clear_object (temp);
      if (attempt >= 10 || !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_autofree char *folder = g_file_get_parse_name (parent);

          /* The temporary file's name would only confuse: name the folder. */
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                         _("The folder “%s” does not exist."), folder);
          else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
                   g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
            g_set_error (error, G_IO_ERROR, local_error->code,
                         _("The folder “%s” cannot be written to."), folder);
          else
            g_set_error (error, G_IO_ERROR, local_error->code,
                         _("No file can be created in the folder “%s”: %s."), folder, local_error->message);
          return NULL;
        }
    }
}

static void
add_outline (EngageReport    *self,
             cairo_surface_t *surface)
{
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < self->outline->len; i++)
    {
      const ReportOutlineEntry *entry = &g_array_index (self->outline, ReportOutlineEntry, i);
      /* Whole points: a locale's decimal comma would break cairo's attribute syntax. */
      g_autofree char *link = g_strdup_printf ("page=%u pos=[%d %d]", entry->page, (int) self->body.x,
                                               (int) MAX (0, entry->y - 12));
      int id = cairo_pdf_surface_add_outline (surface, entry->level == 0 ? CAIRO_PDF_OUTLINE_ROOT : parent,
                                              entry->title, link, 0);

      if (entry->level == 0)
        parent = id;
    }
}

static gboolean
write_pdf (EngageReport             *self,
           GFile                    *out,
           EngageReportProgressFunc  progress,
           gpointer                  user_data,
           double                    start,
           GCancellable             *cancellable,
           GError                  **error)
{
  g_autoptr(GFile) temp = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autofree char *creator = g_strdup_printf ("Engage %s", PACKAGE_VERSION);
  WriteClosure closure = { NULL, cancellable, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  gboolean ok = TRUE;

  stream = create_temp_file (out, &temp, cancellable, error);
  if (stream == NULL)
    return FALSE;

  closure.stream = G_OUTPUT_STREAM (stream);
  surface = cairo_pdf_surface_create_for_stream (write_cb, &closure, ENGAGE_REPORT_PAGE_WIDTH,
                                                 ENGAGE_REPORT_PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, engage_report_get_title (self));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  self->subject != NULL ? T_ (self, self->subject)
                                                        : T_ (self, N_("Social media strategy report")));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);

  cr = cairo_create (surface);
  for (guint i = 0; i < self->pages->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          ok = FALSE;
          break;
        }

      engage_report_paint_page (self, cr, i, ENGAGE_REPORT_PAGE_WIDTH, ENGAGE_REPORT_PAGE_HEIGHT);
      cairo_show_page (cr);

      if (progress != NULL)
        progress (start + (1 - start) * 0.8 * (i + 1) / self->pages->len, user_data);
    }
  if (ok)
    add_outline (self, surface);
  cairo_destroy (cr);

  /* Fonts are embedded here, which is much of the work for a long report. */
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (ok && closure.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&closure.error));
      ok = FALSE;
    }
  else if (ok && status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The report could not be drawn: %s."),
                   cairo_status_to_string (status));
      ok = FALSE;
    }
  g_clear_error (&closure.error);

  if (ok && !g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error))
    ok = FALSE;
  if (ok)
    ok = g_file_move (temp, out, G_FILE_COPY_OVERWRITE, cancellable, NULL, NULL, error);

  if (!ok)
    {
      g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);
      g_file_delete (temp, NULL, NULL);
      return FALSE;
    }

  if (progress != NULL)
    progress (1.0, user_data);

  return TRUE;
}

/**
 * engage_report_write_pdf:
 * @out: the PDF file to write; replaced if it exists
 * @progress: (nullable) (scope call): called as pages are written
 *
 * Writes the built report as a PDF: into a temporary file beside @out that
 * replaces @out only when complete, so that a failure or cancellation leaves
 * no file behind and an older report intact.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_report_write_pdf (EngageReport             *self,
                         GFile                    *out,
                         EngageReportProgressFunc  progress,
                         gpointer                  user_data,
                         GCancellable             *cancellable,
                         GError                  **error)
{
  g_return_val_if_fail (ENGAGE_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (out), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->pages->len == 0 && !engage_report_build (self, cancellable, error))
    return FALSE;

  return write_pdf (self, out, progress, user_data, 0, cancellable, error);
}

/**
 * engage_report_write:
 * @project: the project to report on
 * @out: the PDF file to write
 * @from: (nullable): the period's start; %NULL for twelve weeks before today
 * @to: (nullable): the period's end, excluded; %NULL for four weeks after today
 * @progress: (nullable) (scope call): called with the fraction done
 * @cancellable: (nullable): cancels the writing; no file is left behind
 *
 * Writes the strategy report of @project for the period to @out, in the
 * project's language.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_report_write (EngageProject            *project,
                     GFile                    *out,
                     GDateTime                *from,
                     GDateTime                *to,
                     EngageReportProgressFunc  progress,
                     gpointer                  user_data,
                     GCancellable             *cancellable,
                     GError                  **error)
{
  g_autoptr(EngageReport) report = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (out), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  report = engage_report_new (project, from, to);

  if (!build_with_progress (report, progress, user_data, 0.4, cancellable, error))
    return FALSE;

  return write_pdf (report, out, progress, user_data, 0.4, cancellable, error);
}
