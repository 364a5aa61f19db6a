/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-report-document"

#include "config.h"

#include "engage-report-private.h"

#include <glib/gi18n.h>

#include "engage-channel.h"
#include "engage-post.h"
#include "engage-section.h"

/* The chapters that present the strategy rather than measure it: the cover with
 * its table of contents, the plan for the coming weeks and the guideline. */

static const char *
post_status_label (EngageReport     *self,
                   EngagePostStatus  status)
{
  switch (status)
    {
    case ENGAGE_POST_STATUS_IDEA:
      return engage_report_catalog_pgettext (self->catalog, "post status", NC_("post status", "Idea"));
    case ENGAGE_POST_STATUS_DRAFT:
      return engage_report_catalog_pgettext (self->catalog, "post status", NC_("post status", "Draft"));
    case ENGAGE_POST_STATUS_IN_REVIEW:
      return engage_report_catalog_pgettext (self->catalog, "post status", NC_("post status", "In review"));
    case ENGAGE_POST_STATUS_APPROVED:
      return engage_report_catalog_pgettext (self->catalog, "post status", NC_("post status", "Approved"));
    case ENGAGE_POST_STATUS_SCHEDULED:
      return engage_report_catalog_pgettext (self->catalog, "post status", NC_("post status", "Scheduled"));
    case ENGAGE_POST_STATUS_PUBLISHED:
      return engage_report_catalog_pgettext (self->catalog, "post status", NC_("post status", "Published"));
    case ENGAGE_POST_STATUS_ARCHIVED:
    default:
      return engage_report_catalog_pgettext (self->catalog, "post status", NC_("post status", "Archived"));
    }
}

/* Cover */

typedef struct
{
  GArray *colors;   /* EngageRgba */
} CoverBand;

static void
cover_band_free (gpointer data)
{
  CoverBand *band = data;

  g_array_unref (band->colors);
  g_free (band);
}

static void
paint_cover_band (cairo_t                *cr,
                  const EngageChartStyle *style,
                  double                  width,
                  double                  height,
                  gpointer                data)
{
  CoverBand *band = data;
  guint n = band->colors->len;

  if (n == 0)
    {
      engage_rgba_set_source (&style->accent, cr);
      cairo_rectangle (cr, 0, 0, width, height);
      cairo_fill (cr);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      engage_rgba_set_source (&g_array_index (band->colors, EngageRgba, i), cr);
      /* Overlap by a hair so that no seam shows between the stripes. */
      cairo_rectangle (cr, width * i / n, 0, width / n + 0.5, height);
      cairo_fill (cr);
    }
}

/* The table of contents on the cover: the chapters' pages are only known once
 * every chapter is laid out, and painting happens after that. */
static void
paint_contents (cairo_t                *cr,
                const EngageChartStyle *style,
                double                  width,
                double                  height,
                gpointer                data)
{
  EngageReport *self = data;
  double y = 0;
  guint chapter = 0;

  for (guint i = 0; i < self->outline->len; i++)
    {
      const ReportOutlineEntry *entry = &g_array_index (self->outline, ReportOutlineEntry, i);
      g_autofree char *number = NULL;
      g_autofree char *page = NULL;
      g_autofree char *title = NULL;
      g_autoptr(PangoLayout) l_number = NULL;
      g_autoptr(PangoLayout) l_title = NULL;
      g_autoptr(PangoLayout) l_page = NULL;

      if (entry->level != 0)
        continue;

      number = g_strdup_printf ("%u", ++chapter);
      page = g_strdup_printf ("%u", entry->page);
      title = report_escape (entry->title);
      l_number = report_layout (self, REPORT_FONT_BODY, number, 0, PANGO_ALIGN_LEFT);
      l_title = report_layout (self, REPORT_FONT_BODY, title, width - 80, PANGO_ALIGN_LEFT);
      l_page = report_layout (self, REPORT_FONT_BODY, page, 40, PANGO_ALIGN_RIGHT);

      engage_rgba_set_source (&style->accent, cr);
      cairo_move_to (cr, 0, y);
      pango_cairo_show_layout (cr, l_number);
      engage_rgba_set_source (&style->foreground, cr);
      cairo_move_to (cr, 22, y);
      pango_cairo_show_layout (cr, l_title);
      engage_rgba_set_source (&style->dim_foreground, cr);
      cairo_move_to (cr, width - 40, y);
      pango_cairo_show_layout (cr, l_page);

      y += report_layout_height (l_title) + 5;
      engage_rgba_set_source (&style->grid, cr);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, 22, y - 2.5);
      cairo_line_to (cr, width, y - 2.5);
      cairo_stroke (cr);
      if (y > height)
        break;
    }
}

gboolean
report_build_cover (EngageReport  *self,
                    GError       **error)
{
  g_autoptr(GListModel) channels = engage_project_list_channels (self->project);
  CoverBand *band = g_new0 (CoverBand, 1);
  const char *client = engage_project_get_client (self->project);
  g_autofree char *kicker = NULL;
  g_autofree char *upper = NULL;
  g_autofree char *title = report_escape (engage_project_get_name (self->project));
  g_autofree char *today = report_format_gdate (self, &self->today, ENGAGE_REPORT_DATE_LONG);
  g_autofree char *period = NULL;
  g_autofree char *date = NULL;
  g_autofree char *contents = NULL;
  double x = self->body.x;
  double width = self->body.width;

  report_new_page (self, FALSE);

  band->colors = g_array_new (FALSE, FALSE, sizeof (EngageRgba));
  for (guint i = 0; i < g_list_model_get_n_items (channels); i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (channels, i);
      EngageRgba color;

      if (engage_channel_get_active (channel) &&
          engage_rgba_parse (&color, engage_channel_get_color (channel)))
        g_array_append_val (band->colors, color);
    }
  report_add_paint (self, 0, 0, ENGAGE_REPORT_PAGE_WIDTH, 14, paint_cover_band, band, cover_band_free);

  self->y = 230;
  upper = g_utf8_strup (T_ (self, N_("Social media strategy report")), -1);
  kicker = g_markup_printf_escaped ("<span letter_spacing=\"1500\">%s</span>", upper);
  report_add_text (self, REPORT_FONT_LABEL, kicker, x, width, &self->style.accent);
  self->y += 12;
  report_add_text (self, REPORT_FONT_COVER_TITLE, title, x, width, NULL);
  self->y += 8;

  if (client != NULL && *client != '\0')
    {
      g_autofree char *escaped = report_escape (client);

      report_add_text (self, REPORT_FONT_COVER_SUBTITLE, escaped, x, width, &self->style.dim_foreground);
    }

  self->y += 26;
  report_add_rect (self, x, self->y, 48, 2.5, &self->style.accent, 0);
  self->y += 16;

  period = g_markup_printf_escaped ("<b>%s</b>  %s", T_ (self, N_("Period")), self->period_text);
  report_add_text (self, REPORT_FONT_BODY, period, x, width, NULL);
  self->y += 4;
  date = g_markup_printf_escaped ("<b>%s</b>  %s", T_ (self, N_("Report date")), today);
  report_add_text (self, REPORT_FONT_BODY, date, x, width, NULL);

  self->y = 560;
  contents = g_utf8_strup (T_ (self, N_("Contents")), -1);
  {
    g_autofree char *markup = g_markup_printf_escaped ("<span letter_spacing=\"800\">%s</span>", contents);

    report_add_text (self, REPORT_FONT_LABEL, markup, x, width, &self->style.dim_foreground);
  }
  self->y += 10;
  /* The item belongs to the report: a reference would keep the report alive forever. */
  report_add_paint (self, x, self->y, width * 0.7, 190, paint_contents, self, NULL);

  {
    g_autofree char *made = g_markup_printf_escaped ("%s", T_ (self, N_("Planned and measured with Engage")));
    g_autoptr(PangoLayout) layout = report_layout (self, REPORT_FONT_SMALL, made, width, PANGO_ALIGN_LEFT);
    double bottom = ENGAGE_REPORT_PAGE_HEIGHT - ENGAGE_REPORT_MARGIN;

    report_add_line (self, x, bottom - 18, x + width, bottom - 18, &self->style.grid, 0.6);
    report_add_layout (self, layout, x, bottom - 12, &self->style.dim_foreground);
  }

  return TRUE;
}

/* The plan */

gboolean
report_build_plan (EngageReport  *self,
                   GError       **error)
{
  GTimeZone *zone = engage_project_get_tz (self->project);
  g_autoptr(GDateTime) today = g_date_time_new (zone, g_date_get_year (&self->today),
                                                g_date_get_month (&self->today),
                                                g_date_get_day (&self->today), 0, 0, 0);
  GDateTime *start = g_date_time_compare (today, self->from) > 0 ? today : self->from;
  g_autoptr(GListModel) posts = NULL;
  g_autoptr(GHashTable) channels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_autoptr(GListModel) channel_list = engage_project_list_channels (self->project);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (report_row_free);
  g_autofree char *lead = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  GDate start_day;
  const ReportColumn columns[] = {
    { T_ (self, N_("Date")), 0.12, PANGO_ALIGN_LEFT },
    { T_ (self, N_("Time")), 0.095, PANGO_ALIGN_LEFT },
    { T_ (self, N_("Channel")), 0.18, PANGO_ALIGN_LEFT },
    { T_ (self, N_("Title")), 0.275, PANGO_ALIGN_LEFT },
    { T_ (self, N_("Status")), 0.16, PANGO_ALIGN_LEFT },
    { T_ (self, N_("Owner")), 0.17, PANGO_ALIGN_LEFT },
  };

  for (guint i = 0; i < g_list_model_get_n_items (channel_list); i++)
    {
      EngageChannel *channel = g_list_model_get_item (channel_list, i);
      gint64 *id = g_new (gint64, 1);

      *id = engage_channel_get_id (channel);
      g_hash_table_insert (channels, id, channel);
    }

  g_date_clear (&start_day, 1);
  {
    g_autoptr(GDateTime) local = g_date_time_to_timezone (start, zone);

    g_date_set_dmy (&start_day, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                    g_date_time_get_year (local));
  }
  first = report_format_gdate (self, &start_day, ENGAGE_REPORT_DATE_LONG);
  last = report_format_gdate (self, &self->last_day, ENGAGE_REPORT_DATE_LONG);
  /* Translators: the lead of the plan's chapter; the two %s are dates. */
  lead = g_markup_printf_escaped (T_ (self, N_("The posts planned from %s to %s, with the status each one has reached.")),
                                  first, last);
  report_chapter (self, T_ (self, N_("Editorial plan")), lead);

  if (g_date_time_compare (start, self->to) < 0)
    posts = engage_project_list_posts (self->project, start, self->to);

  for (guint i = 0; posts != NULL && i < g_list_model_get_n_items (posts); i++)
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (posts, i);
      gint64 channel_id = engage_post_get_channel_id (post);
      EngageChannel *channel = g_hash_table_lookup (channels, &channel_id);
      GDateTime *at = engage_post_get_scheduled_at (post);
      g_autoptr(GDateTime) local = NULL;
      g_autofree char *date = NULL;
      g_autofree char *time = NULL;
      g_autofree char *channel_name = NULL;
      g_autofree char *title = NULL;
      g_autofree char *owner = NULL;
      g_autofree char *status = NULL;
      ReportRow *row;
      GDate day;
      EngageRgba color;

      if (at == NULL || engage_post_get_status (post) == ENGAGE_POST_STATUS_ARCHIVED)
        continue;

      local = g_date_time_to_timezone (at, zone);
      g_date_clear (&day, 1);
      g_date_set_dmy (&day, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                      g_date_time_get_year (local));
      date = report_format_gdate (self, &day, ENGAGE_REPORT_DATE_DAY);
      time = engage_report_catalog_format_time (self->catalog, g_date_time_get_hour (local),
                                                g_date_time_get_minute (local));
      channel_name = report_escape (channel ? engage_channel_get_name (channel) : "–");
      title = report_escape (engage_post_get_title (post));
      owner = report_escape (engage_post_get_owner (post));
      status = report_escape (post_status_label (self, engage_post_get_status (post)));

      report_parse_color (&color, channel ? engage_channel_get_color (channel) : NULL, &self->style.dim_foreground);
      row = report_row_new (&color, date, time, channel_name, title, status, owner, NULL);
      row->swatch_column = 2;
      g_ptr_array_add (rows, row);
    }

  if (rows->len == 0)
    {
      report_paragraph (self, REPORT_FONT_BODY, T_ (self, N_("No posts are planned in this period.")),
                        &self->style.dim_foreground);
      return TRUE;
    }

  report_add_table (self, columns, G_N_ELEMENTS (columns), rows);
  return TRUE;
}

/* The guideline */

gboolean
report_build_guideline (EngageReport  *self,
                        GError       **error)
{
  g_autoptr(GListModel) sections = engage_project_list_sections (self->project);
  guint n = g_list_model_get_n_items (sections);

  if (n == 0)
    return TRUE;

  report_chapter (self, T_ (self, N_("Social media guideline")),
                  T_ (self, N_("How we show up on social media: who is responsible, how we speak, how we answer. Sections marked “Checklist” are checked before every post is approved.")));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EngageSection) section = g_list_model_get_item (sections, i);
      g_autoptr(EngageMarkdownLayout) body = engage_markdown_layout_new (self->context, &self->style, 9.5,
                                                                          self->body.width);
      EngageMarkdownPosition start = { 0, 0 };
      g_autofree char *title = g_strdup_printf ("%u  %s", i + 1, engage_section_get_title (section));

      engage_markdown_layout_set_markdown (body, engage_section_get_body (section));
      report_heading (self, title,
                      engage_section_get_checklist (section) ? T_ (self, N_("Checklist")) : NULL,
                      engage_markdown_layout_get_min_height (body, &start));
      report_add_markdown (self, body);
    }

  return TRUE;
}
