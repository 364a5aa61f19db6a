/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-guidelines-page-actions"

#include "config.h"

#include "engage-guidelines-page-private.h"

#include "engage-guideline-document.h"
#include "engage-guideline-export.h"
#include "engage-guideline-templates.h"
#include "engage-rule-dialog.h"
#include "engage-section.h"

#include <glib/gi18n.h>

/*
 * The Guidelines page's actions (guidelines.*): sections added, renamed, moved,
 * deleted; a guideline from a template; the export (Markdown, HTML, or a PDF
 * through the report's pages) and printing (the same pages); rules added; undo
 * from a toast. Each edit is one edit of the project.
 */

/* The export's formats, the action's parameter. */
typedef enum
{
  EXPORT_MARKDOWN,
  EXPORT_HTML,
  EXPORT_PDF,
} ExportFormat;

static void
show_error (EngageGuidelinesPage *self,
            const char           *heading,
            const char           *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _engage_guidelines_page_show_undo_toast:
 * @title: what happened, e.g. "“Tone” deleted"
 *
 * Offers to undo the latest edit for as long as nothing else changes.
 */
void
_engage_guidelines_page_show_undo_toast (EngageGuidelinesPage *self,
                                         const char           *title)
{
  g_autofree char *markup = g_markup_escape_text (title, -1);
  AdwToast *toast = adw_toast_new (markup);

  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "guidelines.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_set_weak_pointer (&self->undo_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_engage_guidelines_page_update_actions (EngageGuidelinesPage *self)
{
  gboolean section = g_str_equal (self->view, "section") && self->selected_id > 0;
  guint index = _engage_guidelines_page_selected_index (self);
  guint n = self->sections != NULL ? g_list_model_get_n_items (self->sections) : 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guidelines.rename-section", section);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guidelines.delete-section", section);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guidelines.checklist", section);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guidelines.move-section-up", section && index > 0 && index < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guidelines.move-section-down", section && index + 1 < n);
}

static void
add_section_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  EngageGuidelinesPage *self = ENGAGE_GUIDELINES_PAGE (widget);
  g_autoptr(EngageSection) section = engage_section_new (_("New Section"));
  g_autoptr(GError) error = NULL;

  engage_section_editor_flush (self->section_editor);
  if (!engage_project_add_section (self->project, section, &error))
    {
      show_error (self, _("Could Not Add the Section"), error->message);
      return;
    }

  engage_guidelines_page_select_section (self, engage_section_get_id (section));
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
  engage_section_editor_focus_title (self->section_editor);
}

static void
rename_section_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  EngageGuidelinesPage *self = ENGAGE_GUIDELINES_PAGE (widget);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
  engage_section_editor_focus_title (self->section_editor);
}

static void
delete_section_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  EngageGuidelinesPage *self = ENGAGE_GUIDELINES_PAGE (widget);
  g_autoptr(EngageSection) section = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gint64 id = self->selected_id;
  guint index = _engage_guidelines_page_selected_index (self);

  if (id <= 0)
    return;

  engage_section_editor_flush (self->section_editor);
  section = engage_project_get_section (self->project, id, NULL);
  if (section == NULL)
    return;

  /* The neighbour below takes the deleted one's place in the sidebar. */
  if (index + 1 < g_list_model_get_n_items (self->sections))
    {
      g_autoptr(EngageSection) next = g_list_model_get_item (self->sections, index + 1);

      self->selected_id = engage_section_get_id (next);
    }
  else if (index > 0 && index != G_MAXUINT)
    {
      g_autoptr(EngageSection) previous = g_list_model_get_item (self->sections, index - 1);

      self->selected_id = engage_section_get_id (previous);
    }

  if (!engage_project_delete_section (self->project, id, &error))
    {
      self->selected_id = id;
      show_error (self, _("Could Not Delete the Section"), error->message);
      return;
    }

  self->restore_id = id;
  /* Translators: %s is a guideline section's title */
  title = g_strdup_printf (_("“%s” deleted"), engage_section_get_title (section));
  _engage_guidelines_page_show_undo_toast (self, title);
}

static void
move_section (EngageGuidelinesPage *self,
              int                   delta)
{
  guint index = _engage_guidelines_page_selected_index (self);
  g_autoptr(GError) error = NULL;

  if (index == G_MAXUINT || (delta < 0 && index == 0))
    return;

  engage_section_editor_flush (self->section_editor);
  if (!engage_project_move_section (self->project, self->selected_id, index + delta, &error))
    show_error (self, _("Could Not Move the Section"), error->message);
}

static void
move_section_up_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  move_section (ENGAGE_GUIDELINES_PAGE (widget), -1);
}

static void
move_section_down_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  move_section (ENGAGE_GUIDELINES_PAGE (widget), 1);
}

static void
apply_template (EngageGuidelinesPage *self,
                const char           *language,
                gboolean              replace)
{
  g_autoptr(GError) error = NULL;

  self->selected_id = 0;
  if (!engage_guideline_template_apply (self->project, language, replace, &error))
    {
      show_error (self, _("Could Not Use the Template"), error->message);
      return;
    }

  _engage_guidelines_page_show_undo_toast (self, _("Guideline created from the template"));
}

static void
on_template_dialog_response_cb (AdwMessageDialog     *dialog,
                                const char           *response,
                                EngageGuidelinesPage *self)
{
  const char *language = g_object_get_data (G_OBJECT (dialog), "engage-language");

  if (g_str_equal (response, "replace") || g_str_equal (response, "add"))
    apply_template (self, language, g_str_equal (response, "replace"));
}

static void
new_from_template_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  EngageGuidelinesPage *self = ENGAGE_GUIDELINES_PAGE (widget);
  const char *language = g_variant_get_string (parameter, NULL);
  guint n = g_list_model_get_n_items (self->sections);
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GtkRoot *root;

  engage_section_editor_flush (self->section_editor);

  if (n == 0)
    {
      apply_template (self, language, FALSE);
      return;
    }

  /* Translators: %u is the number of sections the guideline has */
  body = g_strdup_printf (ngettext ("The guideline has %u section. The template’s sections can replace it "
                                    "or follow it. Rules the template brings are added either way.",
                                    "The guideline has %u sections. The template’s sections can replace them "
                                    "or follow them. Rules the template brings are added either way.", n),
                          n);
  root = gtk_widget_get_root (widget);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Replace the Guideline?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add After"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "engage-language", g_strdup (language), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_template_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_export_chooser_response_cb (GtkNativeDialog      *chooser,
                               int                   response,
                               EngageGuidelinesPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  ExportFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "engage-format"));
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  gboolean written;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->file_chooser);

  if (file == NULL)
    return;

  /* A guideline is a few pages: written at once, like the Markdown. */
  if (format == EXPORT_PDF)
    written = engage_guideline_document_write (self->project, file, NULL, &error);
  else
    written = engage_guideline_export_to_file (self->project, file,
                                               format == EXPORT_HTML ? ENGAGE_GUIDELINE_FORMAT_HTML
                                                                     : ENGAGE_GUIDELINE_FORMAT_MARKDOWN,
                                               &error);

  if (!written)
    {
      show_error (self, _("Could Not Export the Guideline"), error->message);
      return;
    }

  name = g_file_get_basename (file);
  /* Translators: %s is a file name */
  title = g_strdup_printf (_("Guideline exported to “%s”"), name);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EngageGuidelinesPage *self = ENGAGE_GUIDELINES_PAGE (widget);
  const char *target = g_variant_get_string (parameter, NULL);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *title = engage_guideline_dup_title (self->project);
  g_autofree char *name = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  ExportFormat format;
  const char *dialog_title;
  const char *extension;

  if (self->file_chooser != NULL)
    return;

  if (g_str_equal (target, "html"))
    {
      format = EXPORT_HTML;
      dialog_title = _("Export Guideline as HTML");
      extension = "html";
      gtk_file_filter_set_name (filter, _("HTML page"));
    }
  else if (g_str_equal (target, "pdf"))
    {
      format = EXPORT_PDF;
      dialog_title = _("Export Guideline as PDF");
      extension = "pdf";
      gtk_file_filter_set_name (filter, _("PDF Documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
    }
  else
    {
      format = EXPORT_MARKDOWN;
      dialog_title = _("Export Guideline as Markdown");
      extension = "md";
      gtk_file_filter_set_name (filter, _("Markdown"));
    }

  engage_section_editor_flush (self->section_editor);

  g_strdelimit (title, "/\\:", '-');
  name = g_strconcat (title, ".", extension, NULL);

  self->file_chooser = gtk_file_chooser_native_new (dialog_title,
                                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                    GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  {
    g_autofree char *pattern = g_strconcat ("*.", extension, NULL);

    gtk_file_filter_add_pattern (filter, pattern);
  }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->file_chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->file_chooser), name);
  g_object_set_data (G_OBJECT (self->file_chooser), "engage-format", GINT_TO_POINTER (format));
  g_signal_connect_object (self->file_chooser, "response", G_CALLBACK (on_export_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->file_chooser));
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   EngageReport      *document)
{
  gtk_print_operation_set_n_pages (operation, (int) engage_report_get_n_pages (document));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 EngageReport      *document)
{
  engage_report_paint_page (document, gtk_print_context_get_cairo_context (context), (guint) page,
                            gtk_print_context_get_width (context),
                            gtk_print_context_get_height (context));
}

/* The pages of the PDF, painted for the printer, as the window prints the
 * report (engage-window-report-actions.c). */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  EngageGuidelinesPage *self = ENGAGE_GUIDELINES_PAGE (widget);
  g_autoptr(EngageReport) document = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPaperSize) a4 = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  engage_section_editor_flush (self->section_editor);

  document = engage_guideline_document_new (self->project);
  if (!engage_report_build (document, NULL, &error))
    {
      show_error (self, _("Could Not Print the Guideline"), error->message);
      return;
    }

  /* The pages are laid out for A4 in points, as in the PDF. */
  a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  setup = gtk_page_setup_new ();
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, engage_report_get_title (document));
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, FALSE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), document);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), document);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("Could Not Print the Guideline"), error->message);
}

static void
add_rule_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  EngageGuidelinesPage *self = ENGAGE_GUIDELINES_PAGE (widget);

  engage_rule_dialog_present (widget, self->project, 0);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EngageGuidelinesPage *self = ENGAGE_GUIDELINES_PAGE (widget);
  g_autoptr(GError) error = NULL;

  engage_section_editor_flush (self->section_editor);
  if (engage_project_can_undo (self->project) && !engage_project_undo (self->project, &error))
    show_error (self, _("Could Not Undo"), error->message);
}

void
_engage_guidelines_page_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "guidelines.add-section", NULL, add_section_action);
  gtk_widget_class_install_action (widget_class, "guidelines.rename-section", NULL, rename_section_action);
  gtk_widget_class_install_action (widget_class, "guidelines.delete-section", NULL, delete_section_action);
  gtk_widget_class_install_action (widget_class, "guidelines.move-section-up", NULL, move_section_up_action);
  gtk_widget_class_install_action (widget_class, "guidelines.move-section-down", NULL, move_section_down_action);
  gtk_widget_class_install_action (widget_class, "guidelines.new-from-template", "s", new_from_template_action);
  gtk_widget_class_install_action (widget_class, "guidelines.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "guidelines.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "guidelines.add-rule", NULL, add_rule_action);
  gtk_widget_class_install_action (widget_class, "guidelines.undo", NULL, undo_action);
}
