/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-data-import-dialog-preview"

#include "config.h"

#include <string.h>

#include "engage-data-import-dialog-private.h"

#include "engage-channel.h"
#include "engage-format.h"
#include "engage-types.h"

#include <glib/gi18n.h>

/*
 * The preview of EngageDataImportDialog: core's report of a dry run shown as
 * the summary, the counts, the rows that answer core's questions (channel,
 * score question, date), the messages and the rows of the file.
 *
 * Core's reports are written for engage-cli ("choose one with --channel") and
 * in the past tense; the dialog recognises the few messages it answers with a
 * row of its own by their translated text, and leaves the others as they are.
 */

#define MAX_ROWS 200
#define MAX_MESSAGES 100

static const EngageImportFormat metrics_formats[] = {
  ENGAGE_IMPORT_FORMAT_AUTO,
  ENGAGE_IMPORT_FORMAT_META,
  ENGAGE_IMPORT_FORMAT_META_PAGE,
  ENGAGE_IMPORT_FORMAT_META_LEGACY,
  ENGAGE_IMPORT_FORMAT_X,
  ENGAGE_IMPORT_FORMAT_X_CONTENT,
  ENGAGE_IMPORT_FORMAT_X_DAILY,
  ENGAGE_IMPORT_FORMAT_LINKEDIN,
  ENGAGE_IMPORT_FORMAT_YOUTUBE,
  ENGAGE_IMPORT_FORMAT_GENERIC,
};

static const EngageImportFormat nps_formats[] = {
  ENGAGE_IMPORT_FORMAT_AUTO,
  ENGAGE_IMPORT_FORMAT_GOOGLE_FORMS,
  ENGAGE_IMPORT_FORMAT_TYPEFORM,
  ENGAGE_IMPORT_FORMAT_SURVEYMONKEY,
  ENGAGE_IMPORT_FORMAT_NPS_GENERIC,
};

/* The tiles: what a row can do to the project, what is left out last. */
static const EngageImportAction tile_actions[] = {
  ENGAGE_IMPORT_ACTION_CREATED,
  ENGAGE_IMPORT_ACTION_UPDATED,
  ENGAGE_IMPORT_ACTION_MATCHED,
  ENGAGE_IMPORT_ACTION_SKIPPED,
};

typedef struct
{
  GRegex *regex;
  GArray *positions;
} Pattern;

/* A regular expression that matches what printf made of @format ("%s", "%u",
 * and the "%2$s" a translation may reorder them with). Each argument is a
 * group; @positions says which argument each group is. */
static GRegex *
compile_format (const char *format,
                gboolean    whole,
                GArray     *positions)
{
  g_autoptr(GString) pattern = g_string_new (whole ? "^" : "");
  const char *p = format;
  guint next = 0;

  while (*p != '\0')
    {
      const char *percent = strchr (p, '%');
      g_autofree char *literal = NULL;
      guint position;

      if (percent == NULL)
        percent = p + strlen (p);

      literal = g_regex_escape_string (p, percent - p);
      g_string_append (pattern, literal);
      if (*percent == '\0')
        break;

      p = percent + 1;
      if (*p == '%')
        {
          g_string_append (pattern, "%");
          p++;
          continue;
        }

      position = next++;
      if (g_ascii_isdigit (*p))
        {
          const char *dollar = p;

          while (g_ascii_isdigit (*dollar))
            dollar++;
          if (*dollar == '$')
            {
              position = g_ascii_strtoull (p, NULL, 10) - 1;
              p = dollar + 1;
            }
        }
      while (*p != '\0' && strchr ("sudi", *p) == NULL)
        p++;
      if (*p == '\0')
        break;

      g_string_append (pattern, *p == 's' ? "(.+?)" : "([0-9]+)");
      g_array_append_val (positions, position);
      p++;
    }

  g_string_append (pattern, "$");
  return g_regex_new (pattern->str, G_REGEX_DOTALL, 0, NULL);
}

/* Each message is compiled once: the translation does not change while the
 * application runs. */
static Pattern *
get_pattern (const char *msgid,
             gboolean    whole)
{
  static GHashTable *patterns[2];
  Pattern *pattern;

  if (patterns[whole] == NULL)
    patterns[whole] = g_hash_table_new (g_str_hash, g_str_equal);

  pattern = g_hash_table_lookup (patterns[whole], msgid);
  if (pattern == NULL)
    {
      pattern = g_new0 (Pattern, 1);
      pattern->positions = g_array_new (FALSE, FALSE, sizeof (guint));
      pattern->regex = compile_format (_(msgid), whole, pattern->positions);
      g_hash_table_insert (patterns[whole], (gpointer) msgid, pattern);
    }

  return pattern;
}

/* Whether @text is core's message @msgid (translated), and with which
 * arguments. Without @whole, the message may follow a "“file.csv”, line 3: ". */
gboolean
_engage_data_import_match_message (const char   *text,
                                   const char   *msgid,
                                   gboolean      whole,
                                   GStrv        *args)
{
  Pattern *pattern = get_pattern (msgid, !!whole);
  g_autoptr(GMatchInfo) match = NULL;

  if (text == NULL || pattern->regex == NULL || !g_regex_match (pattern->regex, text, 0, &match))
    return FALSE;

  if (args != NULL)
    {
      guint n = pattern->positions->len;

      *args = g_new0 (char *, n + 1);
      for (guint i = 0; i < n; i++)
        {
          guint position = g_array_index (pattern->positions, guint, i);

          if (position < n)
            {
              g_free ((*args)[position]);
              (*args)[position] = g_match_info_fetch (match, i + 1);
            }
        }
      for (guint i = 0; i < n; i++)
        if ((*args)[i] == NULL)
          (*args)[i] = g_strdup ("");
    }

  return TRUE;
}

/* The first message of the report that is @msgid, with its arguments. */
static gboolean
find_message (EngageImportReport  *report,
              const char          *msgid,
              GStrv               *args)
{
  if (report == NULL)
    return FALSE;

  for (guint i = 0; i < engage_import_report_get_n_messages (report); i++)
    if (_engage_data_import_match_message (engage_import_report_get_message (report, i, NULL), msgid, TRUE, args))
      return TRUE;

  return FALSE;
}

/* Messages the dialog says in its own rows, so not again in the list. */
static gboolean
is_answered_message (EngageDataImportDialog *self,
                     const char             *text)
{
  static const char *answered[] = {
    MSG_CHANNEL_CREATED,
    MSG_CHANNEL_NAMED,
    MSG_NEW_SURVEY,
    MSG_IMPORTED_BEFORE,
  };

  for (guint i = 0; i < G_N_ELEMENTS (answered); i++)
    if (_engage_data_import_match_message (text, answered[i], TRUE, NULL))
      return TRUE;

  return gtk_widget_get_visible (GTK_WIDGET (self->column_row)) &&
         _engage_data_import_match_message (text, MSG_SEVERAL_COLUMNS, TRUE, NULL);
}

const EngageImportFormat *
_engage_data_import_dialog_get_formats (EngageDataImportDialog *self,
                                        guint                  *n_formats)
{
  *n_formats = self->nps ? G_N_ELEMENTS (nps_formats) : G_N_ELEMENTS (metrics_formats);
  return self->nps ? nps_formats : metrics_formats;
}

EngageImportFormat
_engage_data_import_dialog_get_chosen_format (EngageDataImportDialog *self)
{
  guint n_formats;
  const EngageImportFormat *formats = _engage_data_import_dialog_get_formats (self, &n_formats);
  guint selected = adw_combo_row_get_selected (self->format_row);

  return selected < n_formats ? formats[selected] : ENGAGE_IMPORT_FORMAT_AUTO;
}

gboolean
_engage_data_import_format_is_series (EngageImportFormat format)
{
  return format == ENGAGE_IMPORT_FORMAT_META_PAGE || format == ENGAGE_IMPORT_FORMAT_X_DAILY;
}

static void
clear_added_rows (EngageDataImportDialog *self)
{
  for (guint i = 0; i < self->added_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->added_rows, i);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP)),
                                    row);
    }
  g_ptr_array_set_size (self->added_rows, 0);
}

static GtkWidget *
add_row (EngageDataImportDialog *self,
         AdwPreferencesGroup    *group,
         const char             *title,
         const char             *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->added_rows, row);

  return row;
}

static void
add_more_row (EngageDataImportDialog *self,
              AdwPreferencesGroup    *group,
              const char             *title)
{
  GtkWidget *row = add_row (self, group, title, NULL);

  gtk_widget_add_css_class (row, "dim-label");
}

static char *
dup_line (guint line)
{
  return line > 0 ? g_strdup_printf (_("Line %u"), line) : NULL;
}

/* "Lines 73, 74, 75 and 40 more": a message core gives for many rows (no
 * score, a total) is one row of the list, not forty. */
static char *
dup_lines (GArray *lines)
{
  g_autoptr(GString) list = g_string_new (NULL);
  guint shown = MIN (lines->len, 5);

  if (lines->len == 0 || g_array_index (lines, guint, 0) == 0)
    return NULL;
  if (lines->len == 1)
    return dup_line (g_array_index (lines, guint, 0));

  for (guint i = 0; i < shown; i++)
    {
      if (i > 0)
        g_string_append (list, _(", "));
      g_string_append_printf (list, "%u", g_array_index (lines, guint, i));
    }

  if (lines->len > shown)
    {
      g_autofree char *more = engage_format_number (lines->len - shown);

      /* Translators: "Lines 73, 74, 75, 76, 77 and 38 more" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Lines %s and %s more", "Lines %s and %s more",
                                           lines->len - shown),
                              list->str, more);
    }

  /* Translators: "Lines 3, 4" */
  return g_strdup_printf (_("Lines %s"), list->str);
}

static void
fill_messages (EngageDataImportDialog *self)
{
  EngageImportReport *report = self->report;
  guint n = report != NULL ? engage_import_report_get_n_messages (report) : 0;
  g_autoptr(GHashTable) lines_by_text = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                               (GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  guint hidden = 0;

  for (guint i = 0; i < n; i++)
    {
      guint line = 0;
      const char *text = engage_import_report_get_message (report, i, &line);
      GArray *lines;

      if (is_answered_message (self, text))
        continue;

      lines = g_hash_table_lookup (lines_by_text, text);
      if (lines == NULL)
        {
          lines = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (lines_by_text, (gpointer) text, lines);
          g_ptr_array_add (texts, (gpointer) text);
        }
      g_array_append_val (lines, line);
    }

  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);
      g_autofree char *subtitle = NULL;

      if (i >= MAX_MESSAGES)
        {
          hidden++;
          continue;
        }

      subtitle = dup_lines (g_hash_table_lookup (lines_by_text, text));
      add_row (self, self->messages_group, text, subtitle);
    }

  if (hidden > 0)
    {
      g_autofree char *number = engage_format_number (hidden);
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %s more message",
                                                            "And %s more messages", hidden),
                                               number);

      add_more_row (self, self->messages_group, more);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->messages_group), texts->len > 0);
}

static const char *
describe_row (EngageDataImportDialog *self,
              EngageImportAction      action,
              const char             *label,
              GHashTable             *line_messages,
              guint                   line)
{
  const char *message;

  if (label != NULL && label[0] != '\0')
    return label;

  if (action == ENGAGE_IMPORT_ACTION_SKIPPED)
    {
      message = g_hash_table_lookup (line_messages, GUINT_TO_POINTER (line));
      return message != NULL ? message : _("Not imported");
    }

  if (self->nps)
    return _("Response");
  if (_engage_data_import_format_is_series (engage_import_report_get_format (self->report)))
    return _("Value of the day");

  return _("Post");
}

static void
fill_rows (EngageDataImportDialog *self)
{
  EngageImportReport *report = self->report;
  guint n = report != NULL ? engage_import_report_get_n_rows (report) : 0;
  guint shown = MIN (n, MAX_ROWS);
  g_autoptr(GHashTable) line_messages = g_hash_table_new (NULL, NULL);

  for (guint i = 0; report != NULL && i < engage_import_report_get_n_messages (report); i++)
    {
      guint line = 0;
      const char *text = engage_import_report_get_message (report, i, &line);

      if (line > 0 && !g_hash_table_contains (line_messages, GUINT_TO_POINTER (line)))
        g_hash_table_insert (line_messages, GUINT_TO_POINTER (line), (gpointer) text);
    }

  for (guint i = 0; i < shown; i++)
    {
      guint line = 0;
      const char *label = NULL;
      EngageImportAction action = engage_import_report_get_row (report, i, &line, &label);
      g_autofree char *subtitle = dup_line (line);
      GtkWidget *row;
      GtkWidget *tag;

      row = add_row (self, self->rows_group,
                     describe_row (self, action, label, line_messages, line), subtitle);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);

      tag = gtk_label_new (engage_import_action_get_label (action));
      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (tag, "caption-heading");
      gtk_widget_add_css_class (tag, action == ENGAGE_IMPORT_ACTION_SKIPPED ? "warning" : "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
    }

  if (n > shown)
    {
      g_autofree char *number = engage_format_number (n - shown);
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %s more row",
                                                            "And %s more rows", n - shown),
                                               number);

      add_more_row (self, self->rows_group, more);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->rows_group), n > 0);
}

static guint
get_count (EngageImportReport *report,
           EngageImportAction  action)
{
  switch (action)
    {
    case ENGAGE_IMPORT_ACTION_CREATED:
      return engage_import_report_get_rows_created (report);
    case ENGAGE_IMPORT_ACTION_MATCHED:
      return engage_import_report_get_rows_matched (report);
    case ENGAGE_IMPORT_ACTION_UPDATED:
      return engage_import_report_get_rows_updated (report);
    case ENGAGE_IMPORT_ACTION_SKIPPED:
    default:
      return engage_import_report_get_rows_skipped (report);
    }
}

static const char *
describe_count (EngageDataImportDialog *self,
                EngageImportAction      action)
{
  switch (action)
    {
    case ENGAGE_IMPORT_ACTION_CREATED:
      return self->nps ? _("Responses new to the project")
                       : _("Rows that become new posts, or new values of a goal");
    case ENGAGE_IMPORT_ACTION_MATCHED:
      return _("Rows that add metrics to a post the project already has");
    case ENGAGE_IMPORT_ACTION_UPDATED:
      return _("Rows that replace values the project already has");
    case ENGAGE_IMPORT_ACTION_SKIPPED:
    default:
      return _("Rows that are not imported; the messages say why");
    }
}

void
_engage_data_import_dialog_build_count_tiles (EngageDataImportDialog *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (tile_actions); i++)
    {
      GtkWidget *tile = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
      GtkWidget *number = gtk_label_new ("0");
      GtkWidget *caption = gtk_label_new (engage_import_action_get_label (tile_actions[i]));

      gtk_widget_add_css_class (tile, "card");
      gtk_widget_set_tooltip_text (tile, describe_count (self, tile_actions[i]));
      gtk_widget_add_css_class (number, "title-2");
      gtk_widget_add_css_class (number, "numeric");
      gtk_widget_set_margin_top (number, 12);
      gtk_widget_add_css_class (caption, "caption");
      gtk_widget_add_css_class (caption, "dim-label");
      gtk_widget_set_margin_bottom (caption, 12);
      gtk_label_set_ellipsize (GTK_LABEL (caption), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (tile), number);
      gtk_box_append (GTK_BOX (tile), caption);
      gtk_box_append (self->counts_box, tile);
      self->count_labels[i] = GTK_LABEL (number);
    }
}

static void
update_counts (EngageDataImportDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->counts_box), self->report != NULL);
  if (self->report == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (tile_actions); i++)
    {
      g_autofree char *text = engage_format_number (get_count (self->report, tile_actions[i]));

      gtk_label_set_text (self->count_labels[i], text);
    }
}

static void
update_format_row (EngageDataImportDialog *self)
{
  g_autofree char *subtitle = NULL;

  if (self->report != NULL)
    {
      EngageImportFormat format = engage_import_report_get_format (self->report);
      const char *encoding = engage_import_report_get_encoding (self->report);

      if (_engage_data_import_dialog_get_chosen_format (self) == ENGAGE_IMPORT_FORMAT_AUTO)
        /* Translators: the format found in the file and how it is stored, e.g.
         * "Detected: X tweet activity (per post), UTF-8" */
        subtitle = g_strdup_printf (_("Detected: %s, %s"), engage_import_format_get_label (format), encoding);
      else
        subtitle = g_strdup (encoding);
    }

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->format_row), subtitle != NULL ? subtitle : "");
}

/* Channels of the kind named by its label, or all of them for NULL. */
static void
fill_channels (EngageDataImportDialog *self,
               const char             *kind_label,
               const char             *selected_name)
{
  g_autoptr(GListModel) channels = engage_project_list_channels (self->project);
  guint selected = GTK_INVALID_LIST_POSITION;
  guint n = 0;

  self->updating++;
  gtk_string_list_splice (self->channel_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->channel_names)), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (channels); i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (channels, i);
      const char *name = engage_channel_get_name (channel);

      if (kind_label != NULL &&
          g_strcmp0 (engage_channel_kind_get_label (engage_channel_get_kind (channel)), kind_label) != 0)
        continue;

      if (g_strcmp0 (name, selected_name) == 0)
        selected = n;
      gtk_string_list_append (self->channel_names, name);
      n++;
    }

  adw_combo_row_set_selected (self->channel_row, selected);
  self->updating--;
}

static const char *
find_channel_kind_label (EngageDataImportDialog *self,
                         const char             *name)
{
  g_autoptr(GListModel) channels = engage_project_list_channels (self->project);

  for (guint i = 0; i < g_list_model_get_n_items (channels); i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (channels, i);

      if (g_strcmp0 (engage_channel_get_name (channel), name) == 0)
        return engage_channel_kind_get_label (engage_channel_get_kind (channel));
    }

  return NULL;
}

static void
update_channel_rows (EngageDataImportDialog *self)
{
  g_auto(GStrv) created = NULL;
  g_auto(GStrv) named = NULL;
  g_auto(GStrv) several = NULL;
  g_autofree char *subtitle = NULL;

  if (self->nps)
    return;

  if (self->error != NULL && self->channel == NULL &&
      g_error_matches (self->error, ENGAGE_IMPORT_ERROR, ENGAGE_IMPORT_ERROR_AMBIGUOUS) &&
      strstr (self->error->message, "--channel") != NULL)
    {
      /* Several channels of the export's kind (or rows that name none): the
       * user picks one. */
      g_clear_pointer (&self->channel_kind, g_free);
      if (_engage_data_import_match_message (self->error->message, MSG_SEVERAL_CHANNELS, FALSE, &several))
        self->channel_kind = g_strdup (several[0]);
      fill_channels (self, self->channel_kind, NULL);
      self->needs_channel = TRUE;
    }
  else if (self->channel == NULL && find_message (self->report, MSG_CHANNEL_NAMED, &named))
    {
      /* Core chose by the account's name; the other channels of its kind stay
       * one click away. */
      fill_channels (self, find_channel_kind_label (self, named[0]), named[0]);
      self->needs_channel = TRUE;
    }

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->channel_row),
                               self->needs_channel && adw_combo_row_get_selected (self->channel_row) == GTK_INVALID_LIST_POSITION
                                 ? _("Choose the channel the posts belong to")
                                 : "");
  gtk_widget_set_visible (GTK_WIDGET (self->channel_row), self->needs_channel);

  if (find_message (self->report, MSG_CHANNEL_CREATED, &created))
    subtitle = g_strdup_printf (_("A new channel “%s” will be created"), created[1]);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (self->new_channel_row, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->new_channel_row), subtitle != NULL);
}

void
_engage_data_import_dialog_update_nps_rows (EngageDataImportDialog *self)
{
  g_auto(GStrv) survey = NULL;
  g_autofree char *subtitle = NULL;

  if (!self->nps)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->column_row),
                          self->score_columns != NULL && g_strv_length (self->score_columns) > 1);

  if (find_message (self->report, MSG_NEW_SURVEY, &survey))
    subtitle = g_strdup_printf (_("A new survey “%s” will be created"), survey[0]);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (self->new_survey_row, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->new_survey_row), subtitle != NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->date_row), self->needs_date);
  if (self->date != NULL)
    {
      g_autofree char *label = engage_format_iso_date (self->date);

      gtk_menu_button_set_label (self->date_button, label);
    }
  else
    {
      gtk_menu_button_set_label (self->date_button, _("Choose a Date"));
    }
}

static void
set_summary_icon (EngageDataImportDialog *self,
                  const char             *icon_name,
                  const char             *severity)
{
  gtk_image_set_from_icon_name (self->summary_icon, icon_name);
  gtk_widget_remove_css_class (GTK_WIDGET (self->summary_icon), "info");
  gtk_widget_remove_css_class (GTK_WIDGET (self->summary_icon), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (self->summary_icon), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_icon), severity);
}

static void
update_summary (EngageDataImportDialog *self)
{
  g_autoptr(GString) details = g_string_new (NULL);
  g_autofree char *heading = NULL;

  if (self->report != NULL)
    {
      guint imported = engage_import_report_get_rows_imported (self->report);
      GDateTime *previous = engage_import_report_get_previous_import (self->report);
      g_autofree char *number = engage_format_number (imported);

      if (imported > 0)
        heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s row will be imported",
                                                "%s rows will be imported", imported),
                                   number);
      else
        heading = g_strdup (_("Nothing to import"));

      if (imported == 0)
        g_string_append (details, _("No row of the file can be imported; the messages below say why."));

      if (previous != NULL)
        {
          g_autoptr(GDateTime) local = g_date_time_to_timezone (previous, engage_project_get_tz (self->project));
          g_autofree char *date = engage_format_date (local);

          if (details->len > 0)
            g_string_append_c (details, ' ');
          g_string_append_printf (details, _("This file was imported before, on %s; importing it again "
                                             "replaces the values it brought."), date);
        }

      if (self->needs_date && self->date == NULL)
        {
          if (details->len > 0)
            g_string_append_c (details, ' ');
          g_string_append (details, _("Choose the date of the responses to import them."));
        }

      set_summary_icon (self,
                        imported == 0 || previous != NULL || (self->needs_date && self->date == NULL)
                          ? "dialog-warning-symbolic" : "document-open-symbolic",
                        imported == 0 || previous != NULL || (self->needs_date && self->date == NULL)
                          ? "warning" : "info");
    }
  else if (self->needs_channel && self->channel == NULL)
    {
      heading = g_strdup (_("Choose a channel"));
      if (self->channel_kind != NULL)
        /* Translators: %s is a kind of channel, e.g. "Facebook" */
        g_string_append_printf (details, _("The project has several %s channels. Choose the one "
                                           "the posts of this file belong to."),
                                self->channel_kind);
      else
        g_string_append (details, _("The file does not say which channel its posts belong to. "
                                    "Choose one to see what the import will do."));
      set_summary_icon (self, "dialog-warning-symbolic", "warning");
    }
  else if (self->error != NULL)
    {
      heading = g_strdup (_("The file cannot be imported"));
      g_string_append (details, self->error->message);
      g_string_append_c (details, ' ');
      g_string_append (details, _("The project is unchanged. Correct the file and import it again, "
                                  "or choose its format if it was not recognised."));
      set_summary_icon (self, "dialog-error-symbolic", "error");
    }

  /* Why a file is refused is the one thing to read. */
  if (self->report == NULL && self->error != NULL && !self->needs_channel)
    gtk_widget_remove_css_class (GTK_WIDGET (self->details_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->details_label), "dim-label");

  gtk_label_set_text (self->summary_label, heading != NULL ? heading : "");
  gtk_label_set_text (self->details_label, details->str);
  gtk_widget_set_visible (GTK_WIDGET (self->details_label), details->len > 0);
}

GtkLabel *
_engage_data_import_dialog_get_count_label (EngageDataImportDialog *self,
                                            EngageImportAction      action)
{
  for (guint i = 0; i < G_N_ELEMENTS (tile_actions); i++)
    if (tile_actions[i] == action)
      return self->count_labels[i];

  g_return_val_if_reached (NULL);
}

/* Shows the latest preview: its report, or why there is none. */
void
_engage_data_import_dialog_show_report (EngageDataImportDialog *self)
{
  clear_added_rows (self);

  update_channel_rows (self);
  _engage_data_import_dialog_update_nps_rows (self);
  update_format_row (self);
  update_summary (self);
  update_counts (self);
  fill_messages (self);
  fill_rows (self);
}
