/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-guideline-document"

#include "config.h"

#include "engage-guideline-document.h"
#include "engage-report-private.h"

#include <glib/gi18n.h>

#include "engage-channel.h"
#include "engage-pillar.h"
#include "engage-rule.h"
#include "engage-rule-kinds.h"

/* The social-media guideline on its own, as A4 pages to send round or print:
 * a cover with the contents, the sections (the same chapter as in the strategy
 * report, so that both read alike) and the rules Engage checks. It is an
 * #EngageReport with other chapters, so that the PDF, the outline and printing
 * work exactly as for the report; like the report it speaks the project's
 * language, not the program's. */

/* The cover */

static void
paint_band (cairo_t                *cr,
            const EngageChartStyle *style,
            double                  width,
            double                  height,
            gpointer                data)
{
  engage_rgba_set_source (&style->accent, cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

/* The chapters and the sections with their pages: known only once everything
 * is laid out, and painting comes after that. */
static void
paint_contents (cairo_t                *cr,
                const EngageChartStyle *style,
                double                  width,
                double                  height,
                gpointer                data)
{
  EngageReport *self = data;
  double y = 0;

  for (guint i = 0; i < self->outline->len; i++)
    {
      const ReportOutlineEntry *entry = &g_array_index (self->outline, ReportOutlineEntry, i);
      double indent = entry->level == 0 ? 0 : 16;
      g_autofree char *title = report_escape (entry->title);
      g_autofree char *markup = entry->level == 0 ? g_strdup_printf ("<b>%s</b>", title) : g_strdup (title);
      g_autofree char *page = g_strdup_printf ("%u", entry->page);
      g_autoptr(PangoLayout) l_title = NULL;
      g_autoptr(PangoLayout) l_page = NULL;
      double line_height;

      if (entry->level > 1)
        continue;

      l_title = report_layout (self, REPORT_FONT_BODY, markup, width - indent - 48, PANGO_ALIGN_LEFT);
      l_page = report_layout (self, REPORT_FONT_BODY, page, 40, PANGO_ALIGN_RIGHT);
      line_height = report_layout_height (l_title) + 4;

      /* A guideline longer than the cover holds ends in an ellipsis; the
       * PDF's outline has every section. */
      if (y + 2 * line_height > height && i + 1 < self->outline->len)
        {
          g_autoptr(PangoLayout) more = report_layout (self, REPORT_FONT_BODY, "…", 40, PANGO_ALIGN_LEFT);

          engage_rgba_set_source (&style->dim_foreground, cr);
          cairo_move_to (cr, indent, y);
          pango_cairo_show_layout (cr, more);
          break;
        }

      engage_rgba_set_source (&style->foreground, cr);
      cairo_move_to (cr, indent, y);
      pango_cairo_show_layout (cr, l_title);
      engage_rgba_set_source (&style->dim_foreground, cr);
      cairo_move_to (cr, width - 40, y);
      pango_cairo_show_layout (cr, l_page);

      y += line_height;
      if (entry->level == 0)
        {
          engage_rgba_set_source (&style->grid, cr);
          cairo_set_line_width (cr, 0.5);
          cairo_move_to (cr, 0, y - 2);
          cairo_line_to (cr, width, y - 2);
          cairo_stroke (cr);
          y += 2;
        }
    }
}

static gboolean
build_cover (EngageReport  *self,
             GError       **error)
{
  const char *client = engage_project_get_client (self->project);
  const char *name = engage_project_get_name (self->project);
  gboolean has_client = client != NULL && client[0] != '\0';
  g_autofree char *upper = g_utf8_strup (T_ (self, N_("Social media guideline")), -1);
  g_autofree char *kicker = g_markup_printf_escaped ("<span letter_spacing=\"1500\">%s</span>", upper);
  g_autofree char *title = report_escape (has_client ? client : name);
  g_autofree char *today = report_format_gdate (self, &self->today, ENGAGE_REPORT_DATE_LONG);
  g_autofree char *as_of = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *contents_markup = NULL;
  double x = self->body.x;
  double width = self->body.width;

  /* The running footer names the document and its date instead of a period. */
  g_free (self->period_text);
  /* Translators: the footer of each page of the exported guideline, e.g.
   * "Social media guideline · 23 November 2026" */
  self->period_text = g_strdup_printf (T_ (self, N_("%s · %s")), T_ (self, N_("Social media guideline")), today);

  report_new_page (self, FALSE);
  report_add_paint (self, 0, 0, ENGAGE_REPORT_PAGE_WIDTH, 14, paint_band, NULL, NULL);

  self->y = 170;
  report_add_text (self, REPORT_FONT_LABEL, kicker, x, width, &self->style.accent);
  self->y += 12;
  report_add_text (self, REPORT_FONT_COVER_TITLE, title, x, width, NULL);
  self->y += 8;
  if (has_client && name != NULL && name[0] != '\0')
    {
      g_autofree char *escaped = report_escape (name);

      report_add_text (self, REPORT_FONT_COVER_SUBTITLE, escaped, x, width, &self->style.dim_foreground);
    }

  self->y += 22;
  report_add_rect (self, x, self->y, 48, 2.5, &self->style.accent, 0);
  self->y += 14;
  /* Translators: on the guideline's cover; %s is a date */
  as_of = g_markup_printf_escaped ("<b>%s</b>  %s", T_ (self, N_("As of")), today);
  report_add_text (self, REPORT_FONT_BODY, as_of, x, width, NULL);

  self->y = 390;
  contents = g_utf8_strup (T_ (self, N_("Contents")), -1);
  contents_markup = g_markup_printf_escaped ("<span letter_spacing=\"800\">%s</span>", contents);
  report_add_text (self, REPORT_FONT_LABEL, contents_markup, x, width, &self->style.dim_foreground);
  self->y += 10;
  /* The item belongs to the report: a reference would keep it alive forever. */
  report_add_paint (self, x, self->y, width, ENGAGE_REPORT_PAGE_HEIGHT - ENGAGE_REPORT_MARGIN - 30 - self->y,
                    paint_contents, self, NULL);

  {
    g_autofree char *made = g_markup_printf_escaped ("%s", T_ (self, N_("Planned and measured with Engage")));
    g_autoptr(PangoLayout) layout = report_layout (self, REPORT_FONT_SMALL, made, width, PANGO_ALIGN_LEFT);
    double bottom = ENGAGE_REPORT_PAGE_HEIGHT - ENGAGE_REPORT_MARGIN;

    report_add_line (self, x, bottom - 18, x + width, bottom - 18, &self->style.grid, 0.6);
    report_add_layout (self, layout, x, bottom - 12, &self->style.dim_foreground);
  }

  return TRUE;
}

/* The rules */

static const char *
severity_label (EngageReport   *self,
                EngageSeverity  severity)
{
  switch (severity)
    {
    case ENGAGE_SEVERITY_ERROR:
      return T_ (self, N_("Error"));
    case ENGAGE_SEVERITY_WARNING:
      return T_ (self, N_("Warning"));
    case ENGAGE_SEVERITY_INFO:
    default:
      return T_ (self, N_("Info"));
    }
}

/* The rule's settings by the labels of the rule dialog, in markup: the same
 * words in every language the catalogue has, without a sentence per kind.
 * Terms stand alone (the rule's name says what they are); a count of 0 means
 * "not set" and is left out. */
static char *
dup_settings_markup (EngageReport         *self,
              EngageRule           *rule,
              const EngageRuleKind *info)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < info->n_params; i++)
    {
      const EngageRuleParam *param = &info->params[i];
      g_autofree char *value = NULL;
      g_autofree char *line = NULL;

      if (param->type == ENGAGE_RULE_PARAM_TERMS)
        {
          g_auto(GStrv) terms = engage_rule_dup_param_terms (rule, param->name);

          value = g_strjoinv (", ", terms);
        }
      else
        {
          double number = engage_rule_get_param_number (rule, param->name, param->default_value);

          if (number <= 0)
            continue;
          if (param->type == ENGAGE_RULE_PARAM_HOURS)
            value = report_format_number (self, number, number == (int) number ? 0 : 1);
          else
            value = report_format_number (self, number, 0);
        }

      if (value == NULL || value[0] == '\0')
        continue;

      if (param->type == ENGAGE_RULE_PARAM_TERMS)
        line = g_markup_escape_text (value, -1);
      else
        line = g_markup_printf_escaped ("%s: %s", T_ (self, param->label), value);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The channels a rule applies to, by the names the project gives them, and
 * its pillar. */
static char *
dup_scope (EngageReport *self,
           EngageRule   *rule,
           GListModel   *channels)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *kinds = engage_rule_get_channel_kinds (rule);
  gint64 pillar_id = engage_rule_get_pillar_id (rule);

  if (kinds != NULL && kinds[0] != '\0')
    {
      for (guint i = 0; i < g_list_model_get_n_items (channels); i++)
        {
          g_autoptr(EngageChannel) channel = g_list_model_get_item (channels, i);

          if (!engage_rule_applies_to_channel_kind (rule, engage_channel_get_kind (channel)))
            continue;
          if (text->len > 0)
            g_string_append (text, ", ");
          g_string_append (text, engage_channel_get_name (channel));
        }

      /* Kinds the project has no channel of yet */
      if (text->len == 0)
        g_string_append (text, kinds);
    }
  else
    {
      g_string_append (text, T_ (self, N_("All channels")));
    }

  if (pillar_id > 0)
    {
      g_autoptr(EngagePillar) pillar = engage_project_get_pillar (self->project, pillar_id, NULL);

      if (pillar != NULL)
        g_string_append_printf (text, " · %s", engage_pillar_get_name (pillar));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
build_rules (EngageReport  *self,
             GError       **error)
{
  g_autoptr(GListModel) rules = engage_project_list_rules (self->project);
  g_autoptr(GListModel) channels = engage_project_list_channels (self->project);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (report_row_free);
  guint n = g_list_model_get_n_items (rules);
  const ReportColumn columns[] = {
    { T_ (self, N_("Rule")), 0.36, PANGO_ALIGN_LEFT },
    { T_ (self, N_("Applies to")), 0.2, PANGO_ALIGN_LEFT },
    { T_ (self, N_("Severity")), 0.12, PANGO_ALIGN_LEFT },
    { T_ (self, N_("Message")), 0.32, PANGO_ALIGN_LEFT },
  };

  if (n == 0)
    return TRUE;

  report_chapter (self, T_ (self, N_("Rules")),
                  T_ (self, N_("Engage checks every planned post against these rules.")));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EngageRule) rule = g_list_model_get_item (rules, i);
      const EngageRuleKind *info = engage_rule_kind_lookup (engage_rule_get_kind (rule));
      g_autofree char *label = NULL;
      g_autofree char *off = NULL;
      g_autofree char *settings = NULL;
      g_autofree char *scope = NULL;
      g_autofree char *message = NULL;
      g_autofree char *rule_cell = NULL;
      g_autofree char *severity = NULL;

      if (info == NULL)
        continue;

      label = report_escape (T_ (self, info->label));
      settings = dup_settings_markup (self, rule, info);
      scope = dup_scope (self, rule, channels);
      message = report_escape (engage_rule_get_message (rule));
      severity = report_escape (severity_label (self, engage_rule_get_severity (rule)));

      if (!engage_rule_get_enabled (rule))
        {
          g_autofree char *escaped = report_escape (T_ (self, N_("switched off")));

          off = g_strdup_printf (" (%s)", escaped);
        }
      rule_cell = g_strdup_printf ("<b>%s</b>%s%s%s", label, off != NULL ? off : "",
                                   settings[0] != '\0' ? "\n" : "", settings);

      {
        g_autofree char *scope_cell = report_escape (scope);

        g_ptr_array_add (rows, report_row_new (NULL, rule_cell, scope_cell, severity, message, NULL));
      }
    }

  report_add_table (self, columns, G_N_ELEMENTS (columns), rows);
  return TRUE;
}

static const ReportChapterFunc guideline_chapters[] = {
  build_cover,
  report_build_guideline,
  build_rules,
};

/* Public API */

/**
 * engage_guideline_document_new:
 * @project: an open project
 *
 * The guideline as a document of its own: build it with engage_report_build(),
 * then write it with engage_report_write_pdf() or paint its pages with
 * engage_report_paint_page(), as the report.
 *
 * Returns: (transfer full): the document, not built yet
 */
EngageReport *
engage_guideline_document_new (EngageProject *project)
{
  EngageReport *self;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  self = engage_report_new (project, NULL, NULL);
  self->chapters = guideline_chapters;
  self->n_chapters = G_N_ELEMENTS (guideline_chapters);
  self->subject = N_("Social media guideline");
  /* The same title as the Markdown and HTML exports, in the project's language. */
  {
    const char *client = engage_project_get_client (project);

    if (client == NULL || client[0] == '\0')
      client = engage_project_get_name (project);

    if (client == NULL || client[0] == '\0')
      self->title = g_strdup (T_ (self, N_("Social Media Guideline")));
    else
      self->title = g_strdup_printf (T_ (self, N_("Social Media Guideline – %s")), client);
  }

  return self;
}

/**
 * engage_guideline_document_write:
 * @project: an open project
 * @out: the PDF file to write; replaced if it exists
 * @cancellable: (nullable): cancels the writing; no file is left behind
 * @error: return location for a #GError
 *
 * Writes the guideline as a PDF in the project's language.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_guideline_document_write (EngageProject  *project,
                                 GFile          *out,
                                 GCancellable   *cancellable,
                                 GError        **error)
{
  g_autoptr(EngageReport) document = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (out), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  document = engage_guideline_document_new (project);
  if (!engage_report_build (document, cancellable, error))
    return FALSE;

  return engage_report_write_pdf (document, out, NULL, NULL, cancellable, error);
}
