/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-import-dialog"

#include "config.h"

#include "engage-import-dialog.h"

#include "engage-format.h"

#include <glib/gi18n.h>

/*
 * The preview of "Import Posts from Spreadsheet…": what each row of the file
 * will do (create a post, change one, nothing) or what is wrong with it, by
 * line number, so that it can be fixed in the spreadsheet. Nothing is imported
 * while a row has a problem; the import itself is one edit (one undo step).
 */

/* One line of the preview. A plain record for the column view's model; only
 * this file sees it. */
#define IMPORT_TYPE_ROW (import_row_get_type ())
G_DECLARE_FINAL_TYPE (ImportRow, import_row, IMPORT, ROW, GObject)

struct _ImportRow
{
  GObject         parent_instance;

  guint           line;
  char           *date;
  char           *channel;
  char           *title;
  char           *result;
  EngageSeverity  severity;
  gboolean        has_problem;
};

G_DEFINE_FINAL_TYPE (ImportRow, import_row, G_TYPE_OBJECT)

static void
import_row_finalize (GObject *object)
{
  ImportRow *self = IMPORT_ROW (object);

  g_free (self->date);
  g_free (self->channel);
  g_free (self->title);
  g_free (self->result);

  G_OBJECT_CLASS (import_row_parent_class)->finalize (object);
}

static void
import_row_class_init (ImportRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = import_row_finalize;
}

static void
import_row_init (ImportRow *self)
{
}

enum {
  COLUMN_LINE,
  COLUMN_DATE,
  COLUMN_CHANNEL,
  COLUMN_TITLE,
  COLUMN_RESULT,
};

struct _EngageImportDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkWidget           *import_button;
  GtkImage            *summary_icon;
  GtkLabel            *summary_label;
  GtkLabel            *details_label;
  GtkListBox          *problems_list;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *line_column;
  GtkColumnViewColumn *date_column;
  GtkColumnViewColumn *channel_column;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *result_column;

  /* Owned */
  EngagePostCsvImport *import;
  GTimeZone           *tz;
  GListStore          *rows;
};

G_DEFINE_FINAL_TYPE (EngageImportDialog, engage_import_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

/* Core words problems to follow "Line 7: "; on their own they start a sentence. */
static char *
capitalize (const char *text)
{
  gunichar first = g_utf8_get_char (text);
  char buffer[6];
  int length;

  if (!g_unichar_islower (first))
    return g_strdup (text);

  length = g_unichar_to_utf8 (g_unichar_totitle (first), buffer);
  return g_strdup_printf ("%.*s%s", length, buffer, g_utf8_next_char (text));
}

/**
 * engage_import_dialog_format_summary:
 * @import: an import read from a file
 *
 * Returns: (transfer full): the preview in one sentence, e.g. "42 posts will be
 *   created, 3 updated; 2 rows have problems."
 */
char *
engage_import_dialog_format_summary (EngagePostCsvImport *import)
{
  guint created, updated, invalid;
  g_autofree char *changes = NULL;

  g_return_val_if_fail (ENGAGE_IS_POST_CSV_IMPORT (import), NULL);

  created = engage_post_csv_import_count_rows (import, ENGAGE_POST_CSV_ROW_CREATE);
  updated = engage_post_csv_import_count_rows (import, ENGAGE_POST_CSV_ROW_UPDATE);
  invalid = engage_post_csv_import_count_rows (import, ENGAGE_POST_CSV_ROW_INVALID);

  if (engage_post_csv_import_has_errors (import) && invalid == 0)
    return g_strdup (_("The file cannot be imported."));

  if (created > 0 && updated > 0)
    {
      g_autofree char *created_text = NULL;
      g_autofree char *updated_text = NULL;

      created_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%u post will be created",
                                                   "%u posts will be created", created),
                                      created);
      /* Translators: follows "42 posts will be created, " */
      updated_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u updated", "%u updated",
                                                   updated),
                                      updated);
      /* Translators: "42 posts will be created, 3 updated" */
      changes = g_strdup_printf (_("%s, %s"), created_text, updated_text);
    }
  else if (created > 0)
    changes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u post will be created",
                                            "%u posts will be created", created),
                               created);
  else if (updated > 0)
    changes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u post will be updated",
                                            "%u posts will be updated", updated),
                               updated);
  else
    changes = g_strdup (_("No post will be created or changed"));

  if (invalid > 0)
    {
      g_autofree char *problems = NULL;

      problems = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u row has a problem",
                                               "%u rows have problems", invalid),
                                  invalid);
      /* Translators: "42 posts will be created; 2 rows have problems." */
      return g_strdup_printf (_("%s; %s."), changes, problems);
    }

  /* Translators: a whole sentence, e.g. "42 posts will be created." */
  return g_strdup_printf (_("%s."), changes);
}

static char *
format_time (EngageImportDialog *self,
             GDateTime          *time)
{
  g_autoptr(GDateTime) local = NULL;

  if (time == NULL)
    return g_strdup (_("No date"));

  local = g_date_time_to_timezone (time, self->tz);
  /* Translators: a post's date and time in a table, see strftime; e.g.
   * "%-e. %b %Y, %H:%M" in German */
  return g_date_time_format (local, _("%b %-e, %Y, %H:%M"));
}

static char *
describe_action (EngagePostCsvRowAction action)
{
  switch (action)
    {
    case ENGAGE_POST_CSV_ROW_CREATE:
      return g_strdup (_("New post"));
    case ENGAGE_POST_CSV_ROW_UPDATE:
      return g_strdup (_("Changes a post"));
    case ENGAGE_POST_CSV_ROW_UNCHANGED:
      return g_strdup (_("Unchanged"));
    case ENGAGE_POST_CSV_ROW_EMPTY:
      return g_strdup (_("Empty"));
    case ENGAGE_POST_CSV_ROW_INVALID:
    default:
      return g_strdup (_("Not imported"));
    }
}

/* The problems of one line, worst first; NULL if it has none. */
static char *
dup_line_problems (EngagePostCsvImport *import,
                   guint                line,
                   EngageSeverity      *worst)
{
  g_autoptr(GString) text = NULL;
  guint n = engage_post_csv_import_get_n_problems (import);

  *worst = ENGAGE_SEVERITY_INFO;

  for (EngageSeverity severity = ENGAGE_SEVERITY_ERROR; ; severity--)
    {
      for (guint i = 0; i < n; i++)
        {
          guint problem_line = 0;
          EngageSeverity problem_severity;
          const char *message = engage_post_csv_import_get_problem (import, i, &problem_line,
                                                                    &problem_severity);

          if (problem_line != line || problem_severity != severity)
            continue;

          if (text == NULL)
            {
              text = g_string_new (NULL);
              *worst = severity;
            }
          else
            {
              g_string_append (text, "; ");
            }
          g_string_append (text, message);
        }

      if (severity == ENGAGE_SEVERITY_INFO)
        break;
    }

  return text != NULL ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

static void
fill_rows (EngageImportDialog *self)
{
  guint n_rows = engage_post_csv_import_get_n_rows (self->import);

  for (guint i = 0; i < n_rows; i++)
    {
      EngagePostCsvRowAction action = engage_post_csv_import_get_row_action (self->import, i);
      EngagePost *post = engage_post_csv_import_get_row_post (self->import, i);
      g_autoptr(ImportRow) row = NULL;
      g_autofree char *problems = NULL;
      g_autofree char *what = NULL;

      if (action == ENGAGE_POST_CSV_ROW_EMPTY)
        continue;

      row = g_object_new (IMPORT_TYPE_ROW, NULL);
      row->line = engage_post_csv_import_get_row_line (self->import, i);
      row->channel = g_strdup (engage_post_csv_import_get_row_channel_name (self->import, i));
      /* A row whose date could not be read has none; "No date" would say it is an idea. */
      if (post != NULL && (action != ENGAGE_POST_CSV_ROW_INVALID ||
                           engage_post_get_scheduled_at (post) != NULL))
        row->date = format_time (self, engage_post_get_scheduled_at (post));
      if (post != NULL)
        {
          row->title = g_strdup (engage_post_get_title (post));
        }

      problems = dup_line_problems (self->import, row->line, &row->severity);
      what = describe_action (action);
      row->has_problem = action == ENGAGE_POST_CSV_ROW_INVALID;

      if (problems == NULL)
        row->result = g_steal_pointer (&what);
      else if (row->has_problem)
        row->result = capitalize (problems);
      else
        /* Translators: "New post; creates the channel “TikTok” (TikTok)" */
        row->result = g_strdup_printf (_("%s; %s"), what, problems);

      g_list_store_append (self->rows, row);
    }
}

static gboolean
is_row_line (EngageImportDialog *self,
             guint               line)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->rows)); i++)
    {
      g_autoptr(ImportRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      if (row->line == line)
        return TRUE;
    }

  return FALSE;
}

/* Problems of the file rather than of a row (the header, the encoding) go above
 * the table. */
static void
fill_file_problems (EngageImportDialog *self)
{
  guint n = engage_post_csv_import_get_n_problems (self->import);
  guint n_shown = 0;

  for (guint i = 0; i < n; i++)
    {
      guint line = 0;
      EngageSeverity severity;
      const char *message = engage_post_csv_import_get_problem (self->import, i, &line, &severity);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;
      GtkWidget *icon;

      if (line > 0 && is_row_line (self, line))
        continue;

      title = capitalize (message);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      if (line > 0)
        {
          subtitle = g_strdup_printf (_("Line %u"), line);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
        }
      icon = gtk_image_new_from_icon_name (engage_severity_get_icon_name (severity));
      gtk_widget_add_css_class (icon, "severity-icon");
      gtk_widget_add_css_class (icon, engage_severity_to_string (severity));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_append (self->problems_list, row);
      n_shown++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->problems_list), n_shown > 0);
}

static void
update_summary (EngageImportDialog *self)
{
  g_autofree char *summary = engage_import_dialog_format_summary (self->import);
  g_autoptr(GString) details = g_string_new (NULL);
  g_auto(GStrv) channels = engage_post_csv_import_dup_new_channels (self->import);
  g_auto(GStrv) pillars = engage_post_csv_import_dup_new_pillars (self->import);
  EngageImportBatch *previous = engage_post_csv_import_get_previous_import (self->import);
  gboolean has_errors = engage_post_csv_import_has_errors (self->import);
  char delimiter = engage_post_csv_import_get_delimiter (self->import);
  const char *encoding = engage_post_csv_import_get_encoding_name (self->import);

  gtk_label_set_text (self->summary_label, summary);
  adw_window_title_set_subtitle (self->window_title,
                                 engage_post_csv_import_get_file_name (self->import));

  if (encoding != NULL)
    g_string_append_printf (details,
                            delimiter == '\t' ? _("Read as %s, tab-separated.")
                            : delimiter == ';' ? _("Read as %s, separated by semicolons.")
                            : _("Read as %s, separated by commas."),
                            encoding);

  if (channels != NULL && channels[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (_(", "), channels);

      g_string_append_c (details, ' ');
      g_string_append_printf (details, g_dngettext (GETTEXT_PACKAGE,
                                                    "Adds the channel %s.",
                                                    "Adds the channels %s.",
                                                    g_strv_length (channels)),
                              list);
    }

  if (pillars != NULL && pillars[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (_(", "), pillars);

      g_string_append_c (details, ' ');
      g_string_append_printf (details, g_dngettext (GETTEXT_PACKAGE,
                                                    "Adds the content pillar %s.",
                                                    "Adds the content pillars %s.",
                                                    g_strv_length (pillars)),
                              list);
    }

  if (previous != NULL && engage_import_batch_get_imported_at (previous) != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_timezone (engage_import_batch_get_imported_at (previous),
                                                            self->tz);
      g_autofree char *date = engage_format_date (local);

      g_string_append_c (details, ' ');
      g_string_append_printf (details, _("This file was imported before, on %s."), date);
    }

  if (has_errors)
    {
      g_string_append_c (details, ' ');
      g_string_append (details, _("Correct the file in the spreadsheet and import it again: "
                                  "nothing is imported while a row has a problem."));
    }

  gtk_label_set_text (self->details_label, g_strstrip (details->str));
  gtk_widget_set_visible (GTK_WIDGET (self->details_label), details->len > 0);

  gtk_image_set_from_icon_name (self->summary_icon,
                                has_errors ? "dialog-error-symbolic"
                                           : previous != NULL ? "dialog-warning-symbolic"
                                                              : "document-open-symbolic");
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_icon), "severity-icon");
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_icon),
                            has_errors ? "error" : previous != NULL ? "warning" : "info");

  gtk_button_set_label (GTK_BUTTON (self->import_button),
                        previous != NULL ? _("Import _Again") : _("_Import"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.run",
                                 engage_import_dialog_can_import (self));
}

/* Factories: one label per cell, bound to a field of the row. */

static void
on_label_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  guint column = GPOINTER_TO_UINT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column == COLUMN_LINE ? 1 : 0);
  if (column == COLUMN_LINE)
    gtk_widget_add_css_class (label, "numeric");

  if (column == COLUMN_RESULT)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), gtk_image_new ());
      gtk_box_append (GTK_BOX (box), label);
      gtk_list_item_set_child (item, box);
      return;
    }

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
on_label_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  guint column = GPOINTER_TO_UINT (user_data);
  ImportRow *row = gtk_list_item_get_item (item);
  GtkWidget *child = gtk_list_item_get_child (item);
  g_autofree char *line = NULL;

  switch (column)
    {
    case COLUMN_LINE:
      line = g_strdup_printf ("%u", row->line);
      gtk_label_set_text (GTK_LABEL (child), line);
      break;

    case COLUMN_DATE:
      gtk_label_set_text (GTK_LABEL (child), row->date != NULL ? row->date : "");
      break;

    case COLUMN_CHANNEL:
      gtk_label_set_text (GTK_LABEL (child), row->channel != NULL ? row->channel : "");
      break;

    case COLUMN_TITLE:
      gtk_label_set_text (GTK_LABEL (child), row->title != NULL ? row->title : "");
      gtk_widget_set_tooltip_text (child, row->title);
      break;

    case COLUMN_RESULT:
      {
        GtkWidget *icon = gtk_widget_get_first_child (child);
        GtkWidget *label = gtk_widget_get_last_child (child);
        EngageSeverity severity = row->has_problem ? ENGAGE_SEVERITY_ERROR : row->severity;
        gboolean notable = row->has_problem || row->severity != ENGAGE_SEVERITY_INFO;

        gtk_label_set_text (GTK_LABEL (label), row->result);
        gtk_image_set_from_icon_name (GTK_IMAGE (icon),
                                      notable ? engage_severity_get_icon_name (severity) : NULL);
        gtk_widget_set_visible (icon, notable);
        gtk_widget_remove_css_class (icon, "error");
        gtk_widget_remove_css_class (icon, "warning");
        gtk_widget_add_css_class (icon, "severity-icon");
        if (notable)
          gtk_widget_add_css_class (icon, engage_severity_to_string (severity));
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
set_up_column (GtkColumnViewColumn *column,
               guint                index)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_label_setup_cb), GUINT_TO_POINTER (index));
  g_signal_connect (factory, "bind", G_CALLBACK (on_label_bind_cb), GUINT_TO_POINTER (index));
  gtk_column_view_column_set_factory (column, factory);
}

/* Actions */

static void
run_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  EngageImportDialog *self = ENGAGE_IMPORT_DIALOG (widget);
  EngagePostCsvImportFlags flags = ENGAGE_POST_CSV_IMPORT_NONE;
  g_autoptr(GError) error = NULL;

  if (!engage_import_dialog_can_import (self))
    return;

  /* The user saw that it was imported before and chose to import it again. */
  if (engage_post_csv_import_get_previous_import (self->import) != NULL)
    flags |= ENGAGE_POST_CSV_IMPORT_FORCE;

  if (!engage_post_csv_import_run (self->import, flags, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Import Posts"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  g_signal_emit (self, signals[SIGNAL_IMPORTED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Vfuncs */

static void
engage_import_dialog_dispose (GObject *object)
{
  EngageImportDialog *self = ENGAGE_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ENGAGE_TYPE_IMPORT_DIALOG);

  g_clear_object (&self->rows);
  g_clear_object (&self->import);
  g_clear_pointer (&self->tz, g_time_zone_unref);

  G_OBJECT_CLASS (engage_import_dialog_parent_class)->dispose (object);
}

static void
engage_import_dialog_class_init (EngageImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = engage_import_dialog_dispose;

  /**
   * EngageImportDialog::imported:
   *
   * The posts were imported; the dialog closes after this.
   */
  signals[SIGNAL_IMPORTED] = g_signal_new ("imported",
                                           G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/calendar/engage-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EngageImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, EngageImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, EngageImportDialog, summary_icon);
  gtk_widget_class_bind_template_child (widget_class, EngageImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, EngageImportDialog, details_label);
  gtk_widget_class_bind_template_child (widget_class, EngageImportDialog, problems_list);
  gtk_widget_class_bind_template_child (widget_class, EngageImportDialog, column_view);
  gtk_widget_class_bind_template_child (widget_class, EngageImportDialog, line_column);
  gtk_widget_class_bind_template_child (widget_class, EngageImportDialog, date_column);
  gtk_widget_class_bind_template_child (widget_class, EngageImportDialog, channel_column);
  gtk_widget_class_bind_template_child (widget_class, EngageImportDialog, title_column);
  gtk_widget_class_bind_template_child (widget_class, EngageImportDialog, result_column);

  gtk_widget_class_install_action (widget_class, "import.run", NULL, run_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
engage_import_dialog_init (EngageImportDialog *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->rows = g_list_store_new (IMPORT_TYPE_ROW);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));

  set_up_column (self->line_column, COLUMN_LINE);
  set_up_column (self->date_column, COLUMN_DATE);
  set_up_column (self->channel_column, COLUMN_CHANNEL);
  set_up_column (self->title_column, COLUMN_TITLE);
  set_up_column (self->result_column, COLUMN_RESULT);
}

/* Public API */

/**
 * engage_import_dialog_new:
 * @project: the project to import into
 * @import: the file as read against @project
 *
 * Returns: (transfer full): a dialog previewing @import
 */
EngageImportDialog *
engage_import_dialog_new (EngageProject       *project,
                          EngagePostCsvImport *import)
{
  EngageImportDialog *self;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (ENGAGE_IS_POST_CSV_IMPORT (import), NULL);

  self = g_object_ref_sink (g_object_new (ENGAGE_TYPE_IMPORT_DIALOG, NULL));
  self->import = g_object_ref (import);
  self->tz = g_time_zone_ref (engage_project_get_tz (project));

  fill_rows (self);
  fill_file_problems (self);
  update_summary (self);

  return self;
}

/**
 * engage_import_dialog_get_import:
 *
 * Returns: (transfer none): the import the dialog previews
 */
EngagePostCsvImport *
engage_import_dialog_get_import (EngageImportDialog *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_DIALOG (self), NULL);

  return self->import;
}

/**
 * engage_import_dialog_get_n_rows:
 *
 * Returns: how many lines the preview lists
 */
guint
engage_import_dialog_get_n_rows (EngageImportDialog *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_DIALOG (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->rows));
}

/**
 * engage_import_dialog_dup_row_text:
 * @position: a row of the preview
 * @line: (out) (optional): the row's line in the file
 *
 * Returns: (transfer full) (nullable): what the preview says the row does or
 *   what is wrong with it, as in its last column
 */
char *
engage_import_dialog_dup_row_text (EngageImportDialog *self,
                                   guint               position,
                                   guint              *line)
{
  g_autoptr(ImportRow) row = NULL;

  g_return_val_if_fail (ENGAGE_IS_IMPORT_DIALOG (self), NULL);

  row = g_list_model_get_item (G_LIST_MODEL (self->rows), position);
  if (row == NULL)
    return NULL;

  if (line != NULL)
    *line = row->line;

  return g_strdup (row->result);
}

/**
 * engage_import_dialog_can_import:
 *
 * Returns: whether "Import" is possible: no row and nothing in the file has a
 *   problem that stops it
 */
gboolean
engage_import_dialog_can_import (EngageImportDialog *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_DIALOG (self), FALSE);

  return !engage_post_csv_import_has_errors (self->import) &&
         (engage_post_csv_import_count_rows (self->import, ENGAGE_POST_CSV_ROW_CREATE) > 0 ||
          engage_post_csv_import_count_rows (self->import, ENGAGE_POST_CSV_ROW_UPDATE) > 0);
}
