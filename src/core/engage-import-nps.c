/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-import-nps"

#include "config.h"

#include "engage-import-nps.h"
#include "engage-import-private.h"
#include "engage-kpi-derive.h"
#include "engage-nps-response.h"
#include "engage-nps-survey.h"

#include <string.h>

#include <glib/gi18n.h>

/*
 * Survey exports → NPS responses. Survey tools name the recommendation question
 * however the survey author wrote it, so the score column is found by its words
 * ("recommend", "empfehlen") and confirmed by its values (whole numbers 0–10 or
 * empty). Every response is known by a respondent id: the tool's own (Typeform's
 * token, SurveyMonkey's respondent id) or one made from the row's contents, so
 * that importing the same export again, or a later export with more rows,
 * updates what is there instead of counting anyone twice.
 */

typedef struct
{
  guint              line;
  EngageImportStamp  stamp;
  gboolean           has_stamp;
  char               date[11];
  int                score;
  char              *comment;
  char              *segment;
  char              *respondent_id;
} ParsedResponse;

typedef struct
{
  char          *question;
  GPtrArray     *responses;   /* ParsedResponse* with a score */

  /* applying */
  gint64         survey_id;
  GHashTable    *existing;    /* respondent id → EngageNpsResponse* */
  GPtrArray     *pending;     /* new EngageNpsResponse* of the current slice */
} Parsed;

static void
parsed_response_free (gpointer data)
{
  ParsedResponse *response = data;

  g_free (response->comment);
  g_free (response->segment);
  g_free (response->respondent_id);
  g_free (response);
}

static void
parsed_free (gpointer data)
{
  Parsed *parsed = data;

  g_free (parsed->question);
  g_ptr_array_unref (parsed->responses);
  g_clear_pointer (&parsed->existing, g_hash_table_unref);
  g_clear_pointer (&parsed->pending, g_ptr_array_unref);
  g_free (parsed);
}

/* Words of the question "How likely are you to recommend …" in the languages
 * of Engage's users, folded. */
static const char * const recommend_words[] = {
  "recommend", "empfehlen", "recomendar", "recomenda", "recommander", "raccomand", "aanbevelen",
  "net promoter", NULL
};
static const char * const score_names[] = { "nps", "score", "nps score", "bewertung", NULL };
static const char * const date_names[] = {
  "timestamp", "zeitstempel", "marca temporal", "horodateur", "submit date (utc)", "submitted at",
  "end date", "date submitted", "date", "datum", "submitted", "created", "created at", "erstellt",
  "response date", "start date", "start date (utc)", NULL
};
static const char * const comment_words[] = {
  "comment", "kommentar", "why", "warum", "reason", "grund", "feedback", "anmerk", "begründ",
  "what could we", "was können wir", NULL
};
static const char * const segment_words[] = {
  "segment", "channel", "kanal", "customer type", "kundentyp", "kundengruppe", "country", "region",
  NULL
};
static const char * const respondent_names[] = {
  "respondent id", "response id", "#", "token", "respondent", "id", NULL
};

static gboolean
contains_any (const char         *folded,
              const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (folded, words[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* "10", "9 - Very likely", "0 (Not at all likely)" → the number; "", "NA" → -1. */
static gboolean
parse_score (const char *text,
             int        *score)
{
  const char *p = text;
  guint value = 0, digits = 0;

  *score = -1;
  while (g_ascii_isspace (*p))
    p++;

  if (*p == '\0' || g_ascii_strcasecmp (p, "NA") == 0 || g_ascii_strcasecmp (p, "N/A") == 0 ||
      g_str_equal (p, "-") || g_ascii_strcasecmp (p, "null") == 0)
    return TRUE;

  while (g_ascii_isdigit (*p) && digits < 3)
    {
      value = value * 10 + (*p - '0');
      p++;
      digits++;
    }
  if (digits == 0 || value > 10)
    return FALSE;

  /* "9.0" after a trip through a spreadsheet. */
  if (*p == '.' || *p == ',')
    {
      p++;
      while (*p == '0')
        p++;
    }

  while (g_ascii_isspace (*p))
    p++;
  if (*p != '\0' && *p != '-' && *p != '(' && *p != '=' && !g_str_has_prefix (p, "–"))
    return FALSE;

  *score = value;
  return TRUE;
}

typedef struct
{
  guint   sheet;
  guint   header_records;   /* 1, or 2 for SurveyMonkey */
  GStrv   header;
  EngageImportFormat format;
} Layout;

static void
layout_clear (Layout *layout)
{
  g_clear_pointer (&layout->header, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Layout, layout_clear)

/* SurveyMonkey writes the question once over its answer columns and the
 * answer options (or "Response") in a second header row. */
static GStrv
combine_headers (GStrv first,
                 GStrv second)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = g_strv_length (first);
  const char *question = "";

  for (guint c = 0; c < n; c++)
    {
      const char *sub = second != NULL && c < g_strv_length (second) ? second[c] : "";

      if (first[c][0] != '\0')
        question = first[c];

      if (sub[0] == '\0' || g_ascii_strcasecmp (sub, "Response") == 0 ||
          g_ascii_strcasecmp (sub, "Open-Ended Response") == 0 || first[c][0] != '\0')
        g_strv_builder_add (builder, first[c][0] != '\0' ? first[c] : question);
      else
        {
          g_autofree char *combined = g_strdup_printf ("%s %s", question, sub);

          g_strv_builder_add (builder, combined);
        }
    }

  return g_strv_builder_end (builder);
}

static gboolean
read_layout (EngageImportJob  *job,
             Layout           *layout,
             GError          **error)
{
  g_auto(EngageImportCursor) cursor = { 0, };
  g_auto(GStrv) first = NULL;
  g_autofree char *first_cell = NULL;
  static const char * const google[] = { "timestamp", "zeitstempel", "marca temporal", "horodateur",
                                         "carimbo de data/hora", NULL };

  _engage_import_cursor_init (&cursor, job->table, layout->sheet);
  if (!_engage_import_cursor_next (&cursor, error))
    {
      if (error != NULL && *error == NULL)
        _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_UNKNOWN_FORMAT, job->table, 0, 0,
                                  _("The file is empty."));
      return FALSE;
    }

  first = g_strdupv (cursor.current);
  first_cell = _engage_import_normalize_header (first[0] ? first[0] : "");
  layout->header_records = 1;

  if (job->format == ENGAGE_IMPORT_FORMAT_SURVEYMONKEY ||
      (job->format == ENGAGE_IMPORT_FORMAT_AUTO &&
       _engage_import_header_has (first, (const char * const []) { "respondent id", "collector id", NULL })))
    {
      if (!_engage_import_cursor_next (&cursor, error))
        return FALSE;
      layout->header = combine_headers (first, cursor.current);
      layout->header_records = 2;
      layout->format = ENGAGE_IMPORT_FORMAT_SURVEYMONKEY;
      return TRUE;
    }

  layout->header = g_steal_pointer (&first);

  if (job->format != ENGAGE_IMPORT_FORMAT_AUTO && job->format != ENGAGE_IMPORT_FORMAT_GENERIC)
    layout->format = job->format;
  else if (job->format == ENGAGE_IMPORT_FORMAT_AUTO &&
           (_engage_import_find_column (layout->header, (const char * const []) { "submit date (utc)", "network id", NULL }) >= 0))
    layout->format = ENGAGE_IMPORT_FORMAT_TYPEFORM;
  else if (job->format == ENGAGE_IMPORT_FORMAT_AUTO && g_strv_contains (google, first_cell))
    layout->format = ENGAGE_IMPORT_FORMAT_GOOGLE_FORMS;
  else
    layout->format = ENGAGE_IMPORT_FORMAT_NPS_GENERIC;

  return TRUE;
}

/* Whether a column's values are all scores; the line of the first that is not. */
static gboolean
column_holds_scores (EngageImportJob  *job,
                     const Layout     *layout,
                     int               column,
                     guint            *bad_line,
                     char            **bad_value,
                     guint            *n_scores,
                     GError          **error)
{
  g_auto(EngageImportCursor) cursor = { 0, };

  *bad_line = 0;
  *n_scores = 0;

  _engage_import_cursor_init (&cursor, job->table, layout->sheet);
  for (guint r = 0; r < layout->header_records; r++)
    if (!_engage_import_cursor_next (&cursor, error))
      return FALSE;

  while (_engage_import_cursor_next (&cursor, error))
    {
      const char *text = _engage_import_cursor_get (&cursor, column);
      int score;

      if (!parse_score (text, &score))
        {
          *bad_line = cursor.line;
          if (bad_value != NULL)
            *bad_value = g_strdup (text);
          return FALSE;
        }
      *n_scores += score >= 0;
    }

  return error == NULL || *error == NULL;
}

static gboolean
choose_column (EngageImportJob  *job,
               const Layout     *layout,
               int              *column,
               GError          **error)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (int));
  guint n = g_strv_length (layout->header);
  guint bad_line, n_scores;

  if (job->column != NULL)
    {
      g_autofree char *wanted = _engage_import_normalize_header (job->column);
      g_autofree char *bad_value = NULL;
      guint64 number;
      int found = -1;
      guint n_found = 0;

      for (guint c = 0; c < n && found < 0; c++)
        {
          g_autofree char *folded = _engage_import_normalize_header (layout->header[c]);

          if (g_str_equal (folded, wanted))
            found = c;
        }
      /* A part of the header: among several, the one question about a
       * recommendation ("--column=Python"). */
      for (int pass = 0; pass < 2 && found < 0; pass++)
        {
          n_found = 0;
          for (guint c = 0; c < n; c++)
            {
              g_autofree char *folded = _engage_import_normalize_header (layout->header[c]);

              if (strstr (folded, wanted) != NULL && (pass == 0 || contains_any (folded, recommend_words)))
                {
                  n_found++;
                  *column = c;
                }
            }
          if (n_found == 1)
            found = *column;
        }
      if (found < 0 && g_ascii_string_to_unsigned (job->column, 10, 1, n, &number, NULL))
        found = number - 1;

      if (found < 0)
        {
          g_set_error (error, ENGAGE_IMPORT_ERROR, ENGAGE_IMPORT_ERROR_OPTION,
                       n_found > 1 ? _("Several columns of “%s” contain “%s”; give more of the header.")
                                   : _("“%s” has no column “%s”."),
                       job->file_name, job->column);
          return FALSE;
        }

      if (!column_holds_scores (job, layout, found, &bad_line, &bad_value, &n_scores, error))
        {
          if (error == NULL || *error == NULL)
            _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, layout->sheet, bad_line,
                                      _("The column “%s” holds “%s”, which is not a score from 0 to 10."),
                                      layout->header[found], bad_value);
          return FALSE;
        }

      *column = found;
      return TRUE;
    }

  for (int pass = 0; pass < 2 && candidates->len == 0; pass++)
    {
      for (guint c = 0; c < n; c++)
        {
          g_autofree char *folded = _engage_import_normalize_header (layout->header[c]);
          gboolean named = pass == 0 ? contains_any (folded, recommend_words)
                                     : g_strv_contains (score_names, folded);

          if (!named)
            continue;
          if (column_holds_scores (job, layout, c, &bad_line, NULL, &n_scores, error) && n_scores > 0)
            g_array_append_val (candidates, c);
          else if (error != NULL && *error != NULL)
            return FALSE;
        }
    }

  if (candidates->len == 0)
    {
      _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_UNKNOWN_FORMAT, job->table, layout->sheet, 1,
                                _("No column asks how likely a respondent would recommend you on a scale from 0 to 10; name it with --column."));
      return FALSE;
    }

  *column = g_array_index (candidates, int, 0);

  if (candidates->len > 1)
    {
      g_autoptr(GString) others = g_string_new (NULL);

      for (guint i = 1; i < candidates->len; i++)
        g_string_append_printf (others, "%s“%s”", i > 1 ? ", " : "",
                                layout->header[g_array_index (candidates, int, i)]);
      _engage_import_report_add_message (job->report, 0,
                                         _("Several columns ask for a recommendation; “%s” was imported, not %s (choose with --column)."),
                                         layout->header[*column], others->str);
    }

  return TRUE;
}

static int
find_column_with_words (GStrv               header,
                        const char * const *words,
                        int                 after,
                        int                 except)
{
  int first = -1;

  for (guint c = 0; header[c] != NULL; c++)
    {
      g_autofree char *folded = NULL;

      if ((int) c == except)
        continue;
      folded = _engage_import_normalize_header (header[c]);
      if (!contains_any (folded, words))
        continue;
      if ((int) c > after)
        return c;
      if (first < 0)
        first = c;
    }

  return first;
}

static char *
make_respondent_id (GStrv   fields,
                    guint   n_fields)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  for (guint i = 0; i < n_fields; i++)
    {
      g_checksum_update (checksum, (const guchar *) fields[i], -1);
      g_checksum_update (checksum, (const guchar *) "\x1f", 1);
    }

  return g_strdup_printf ("row-%.16s", g_checksum_get_string (checksum));
}

gboolean
_engage_import_nps_parse (EngageImportJob  *job,
                          GError          **error)
{
  Parsed *parsed = g_new0 (Parsed, 1);
  g_auto(Layout) layout = { 0, };
  g_auto(EngageImportCursor) cursor = { 0, };
  g_autoptr(GHashTable) seen_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  EngageImportOrderVote vote = { 0, };
  EngageImportOrder order;
  int score_column, date_column, comment_column, segment_column, id_column;
  guint width, conflict, n = 0;
  guint total_lines = _engage_import_table_get_n_lines (job->table);
  gboolean utc = FALSE;

  parsed->responses = g_ptr_array_new_with_free_func (parsed_response_free);
  job->parsed = parsed;
  job->parsed_free = parsed_free;

  if (job->date != NULL && !engage_iso_date_is_valid (job->date))
    {
      g_set_error (error, ENGAGE_IMPORT_ERROR, ENGAGE_IMPORT_ERROR_OPTION,
                   _("“%s” is not a date written as YYYY-MM-DD."), job->date);
      return FALSE;
    }

  if (!read_layout (job, &layout, error) || !choose_column (job, &layout, &score_column, error))
    return FALSE;

  _engage_import_report_set_format (job->report, layout.format, NULL);
  parsed->question = g_strdup (layout.header[score_column]);
  width = g_strv_length (layout.header);

  date_column = _engage_import_find_column (layout.header, date_names);
  comment_column = find_column_with_words (layout.header, comment_words, score_column, score_column);
  segment_column = find_column_with_words (layout.header, segment_words, -1, score_column);
  id_column = _engage_import_find_column (layout.header, respondent_names);

  if (date_column >= 0)
    {
      g_autofree char *folded = _engage_import_normalize_header (layout.header[date_column]);

      utc = strstr (folded, "(utc)") != NULL;
      if (job->date != NULL)
        _engage_import_report_add_message (job->report, 0,
                                           _("The file has dates of its own in “%s”; the date given was not used."),
                                           layout.header[date_column]);
    }
  else if (job->date == NULL)
    {
      _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, layout.sheet, 1,
                                _("The file has no date column; give the responses’ date with --date."));
      return FALSE;
    }

  _engage_import_cursor_init (&cursor, job->table, layout.sheet);
  for (guint r = 0; r < layout.header_records; r++)
    if (!_engage_import_cursor_next (&cursor, error))
      return FALSE;

  for (;;)
    {
      ParsedResponse *response;
      const char *text;
      int score;

      if (!_engage_import_cursor_next (&cursor, error))
        {
          if (error != NULL && *error != NULL)
            return FALSE;
          break;
        }

      if ((++n & 1023) == 0)
        {
          if (_engage_import_job_cancelled (job, error))
            return FALSE;
          if (total_lines > 0)
            _engage_import_job_progress (job, 0.4 * MIN (1.0, (double) cursor.line / total_lines));
        }

      if (!_engage_import_table_is_workbook (job->table) && cursor.n_fields != width)
        {
          _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, cursor.sheet, cursor.line,
                                    g_dngettext (GETTEXT_PACKAGE,
                                                 "The row has %u field, the header %u.",
                                                 "The row has %u fields, the header %u.",
                                                 cursor.n_fields),
                                    cursor.n_fields, width);
          return FALSE;
        }

      _engage_import_report_add_read (job->report, 1);

      text = _engage_import_cursor_get (&cursor, score_column);
      if (!parse_score (text, &score))
        {
          _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, cursor.sheet, cursor.line,
                                    _("The column “%s” holds “%s”, which is not a score from 0 to 10."),
                                    layout.header[score_column], text);
          return FALSE;
        }
      if (score < 0)
        {
          _engage_import_report_add_row (job->report, cursor.line, ENGAGE_IMPORT_ACTION_SKIPPED, NULL);
          _engage_import_report_add_message (job->report, cursor.line, _("The response has no score; skipped."));
          continue;
        }

      response = g_new0 (ParsedResponse, 1);
      response->line = cursor.line;
      response->score = score;
      g_ptr_array_add (parsed->responses, response);

      if (date_column >= 0)
        {
          text = _engage_import_cursor_get (&cursor, date_column);
          if (!_engage_import_parse_stamp (text, _engage_import_table_is_workbook (job->table), &response->stamp))
            {
              _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, cursor.sheet, cursor.line,
                                        _("The column “%s” holds “%s”, which is not a date Engage reads."),
                                        layout.header[date_column], text);
              return FALSE;
            }
          if (utc && !(response->stamp.flags & ENGAGE_IMPORT_STAMP_HAS_OFFSET))
            {
              response->stamp.flags |= ENGAGE_IMPORT_STAMP_HAS_OFFSET;
              response->stamp.offset = 0;
            }
          response->has_stamp = TRUE;
          _engage_import_order_vote (&vote, &response->stamp, cursor.line);
        }
      else
        {
          g_strlcpy (response->date, job->date, sizeof response->date);
        }

      if (comment_column >= 0)
        response->comment = g_strstrip (g_strdup (_engage_import_cursor_get (&cursor, comment_column)));
      if (segment_column >= 0)
        response->segment = g_strstrip (g_strdup (_engage_import_cursor_get (&cursor, segment_column)));

      if (id_column >= 0 && _engage_import_cursor_get (&cursor, id_column)[0] != '\0')
        response->respondent_id = g_strdup (_engage_import_cursor_get (&cursor, id_column));
      else
        response->respondent_id = make_respondent_id (cursor.current, cursor.n_fields);

      /* Two identical rows are two respondents who answered alike. */
      if (g_hash_table_contains (seen_ids, response->respondent_id))
        {
          char *unique = NULL;

          for (guint k = 2; unique == NULL || g_hash_table_contains (seen_ids, unique); k++)
            {
              g_free (unique);
              unique = g_strdup_printf ("%s-%u", response->respondent_id, k);
            }
          g_free (response->respondent_id);
          response->respondent_id = unique;
        }
      g_hash_table_add (seen_ids, g_strdup (response->respondent_id));
    }

  if (!_engage_import_order_decide (&vote, ENGAGE_IMPORT_ORDER_UNKNOWN, &order, &conflict))
    {
      _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, layout.sheet, conflict,
                                _("The dates mix month/day and day/month order."));
      return FALSE;
    }
  if (vote.first_ambiguous && !vote.first_day_first && !vote.first_month_first)
    _engage_import_report_add_message (job->report, vote.first_ambiguous,
                                       _("Dates such as this one could be day/month or month/day; they were read as month/day/year."));

  for (guint i = 0; i < parsed->responses->len; i++)
    {
      ParsedResponse *response = g_ptr_array_index (parsed->responses, i);
      gint64 unused;

      if (response->has_stamp &&
          !_engage_import_stamp_resolve (&response->stamp, order, job->tz, response->date, &unused))
        {
          _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, layout.sheet,
                                    response->line, _("The date does not exist."));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
resolve_survey (EngageImportJob  *job,
                Parsed           *parsed,
                GError          **error)
{
  g_autoptr(GListModel) surveys = engage_project_list_nps_surveys (job->project);
  g_autoptr(EngageNpsSurvey) survey = NULL;
  g_autofree char *name = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (surveys) && survey == NULL; i++)
    {
      g_autoptr(EngageNpsSurvey) candidate = g_list_model_get_item (surveys, i);
      gboolean same = job->survey != NULL
                        ? g_utf8_collate (engage_nps_survey_get_name (candidate), job->survey) == 0
                        : g_strcmp0 (engage_nps_survey_get_question (candidate), parsed->question) == 0;

      if (same)
        survey = g_steal_pointer (&candidate);
    }

  if (survey != NULL)
    {
      parsed->survey_id = engage_nps_survey_get_id (survey);
      return TRUE;
    }

  if (job->survey != NULL)
    {
      name = g_strdup (job->survey);
    }
  else
    {
      const char *dot = strrchr (job->file_name, '.');

      name = dot && dot != job->file_name ? g_strndup (job->file_name, dot - job->file_name)
                                           : g_strdup (job->file_name);
    }

  survey = engage_nps_survey_new (name);
  engage_nps_survey_set_question (survey, parsed->question);
  if (!engage_project_add_nps_survey (job->project, survey, error))
    return FALSE;

  job->tables |= ENGAGE_TABLE_SURVEY;
  parsed->survey_id = engage_nps_survey_get_id (survey);
  _engage_import_report_add_message (job->report, 0, _("The responses went to the new survey “%s”."), name);
  return TRUE;
}

static gboolean
flush_pending (EngageImportJob  *job,
               Parsed           *parsed,
               GError          **error)
{
  if (parsed->pending->len == 0)
    return TRUE;

  if (!engage_project_add_nps_responses (job->project, parsed->pending, error))
    return FALSE;

  g_ptr_array_set_size (parsed->pending, 0);
  return TRUE;
}

/* New responses change the NPS of KPIs that Engage derives. */
static gboolean
derive_kpis (EngageImportJob  *job,
             GError          **error)
{
  guint n_changed = 0;

  if (!engage_project_derive_kpi_measurements (job->project, 0, NULL, &n_changed, error))
    return FALSE;

  if (n_changed > 0)
    _engage_import_report_add_message (job->report, 0,
                                       ngettext ("Updated %u derived measurement.",
                                                 "Updated %u derived measurements.",
                                                 n_changed),
                                       n_changed);
  return TRUE;
}

gboolean
_engage_import_nps_apply (EngageImportJob  *job,
                          gint64            deadline,
                          gboolean         *done,
                          GError          **error)
{
  Parsed *parsed = job->parsed;
  guint n = 0;

  *done = FALSE;

  if (job->stage == 0)
    {
      g_autoptr(GListModel) responses = NULL;

      if (!resolve_survey (job, parsed, error))
        return FALSE;

      parsed->existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      parsed->pending = g_ptr_array_new_with_free_func (g_object_unref);
      responses = engage_project_list_nps_responses (job->project, parsed->survey_id, NULL, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (responses); i++)
        {
          EngageNpsResponse *response = g_list_model_get_item (responses, i);
          const char *id = engage_nps_response_get_respondent_id (response);

          if (id[0] != '\0')
            g_hash_table_replace (parsed->existing, g_strdup (id), response);
          else
            g_object_unref (response);
        }

      job->stage = 1;
      job->position = 0;
    }

  while (job->position < parsed->responses->len)
    {
      ParsedResponse *parsed_response = g_ptr_array_index (parsed->responses, job->position);
      EngageNpsResponse *response = g_hash_table_lookup (parsed->existing, parsed_response->respondent_id);

      if (response != NULL)
        {
          if (engage_nps_response_get_score (response) != parsed_response->score ||
              g_strcmp0 (engage_nps_response_get_date (response), parsed_response->date) != 0 ||
              g_strcmp0 (engage_nps_response_get_comment (response), parsed_response->comment ?: "") != 0 ||
              g_strcmp0 (engage_nps_response_get_segment (response), parsed_response->segment ?: "") != 0)
            {
              engage_nps_response_set_score (response, parsed_response->score);
              engage_nps_response_set_date (response, parsed_response->date);
              engage_nps_response_set_comment (response, parsed_response->comment ?: "");
              engage_nps_response_set_segment (response, parsed_response->segment ?: "");
              engage_nps_response_set_import_batch_id (response, job->batch_id);
              if (!engage_project_update_nps_response (job->project, response, error))
                return FALSE;
            }
          _engage_import_report_add_row (job->report, parsed_response->line, ENGAGE_IMPORT_ACTION_UPDATED, NULL);
        }
      else
        {
          response = engage_nps_response_new (parsed->survey_id, parsed_response->date, parsed_response->score);
          engage_nps_response_set_comment (response, parsed_response->comment ?: "");
          engage_nps_response_set_segment (response, parsed_response->segment ?: "");
          engage_nps_response_set_respondent_id (response, parsed_response->respondent_id);
          engage_nps_response_set_import_batch_id (response, job->batch_id);
          g_ptr_array_add (parsed->pending, response);
          g_hash_table_replace (parsed->existing, g_strdup (parsed_response->respondent_id), g_object_ref (response));
          _engage_import_report_add_row (job->report, parsed_response->line, ENGAGE_IMPORT_ACTION_CREATED, NULL);
        }

      job->position++;
      if ((++n & 63) == 0 && g_get_monotonic_time () > deadline)
        break;
    }

  if (!flush_pending (job, parsed, error))
    return FALSE;
  job->tables |= ENGAGE_TABLE_RESPONSE;

  if (parsed->responses->len > 0)
    _engage_import_job_progress (job, 0.4 + 0.55 * job->position / parsed->responses->len);

  *done = job->position >= parsed->responses->len;

  /* In the import's edit, so that Undo and Cancel take the new values of
   * derived KPIs back with the responses they came from. */
  if (*done && !derive_kpis (job, error))
    return FALSE;

  return TRUE;
}

/**
 * engage_import_nps_list_score_columns:
 * @file: a survey export
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Lists the columns an NPS import could take its scores from: those asking
 * for a recommendation whose values are all scores from 0 to 10, for an import
 * dialog to offer when there are several.
 *
 * Returns: (transfer full) (nullable): the headers, or %NULL with an error
 */
GStrv
engage_import_nps_list_score_columns (GFile         *file,
                                      GCancellable  *cancellable,
                                      GError       **error)
{
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *basename = NULL;
  g_auto(Layout) layout = { 0, };
  EngageImportJob job = { 0, };
  gboolean ok;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  contents = g_file_load_bytes (file, cancellable, NULL, error);
  if (contents == NULL)
    return NULL;

  basename = g_file_get_basename (file);
  job.file_name = basename;
  job.table = _engage_import_table_read (contents, basename, error);
  if (job.table == NULL)
    return NULL;

  ok = read_layout (&job, &layout, error);
  for (guint c = 0; ok && layout.header[c] != NULL; c++)
    {
      g_autofree char *folded = _engage_import_normalize_header (layout.header[c]);
      guint bad_line, n_scores;

      if (!contains_any (folded, recommend_words))
        continue;
      if (column_holds_scores (&job, &layout, c, &bad_line, NULL, &n_scores, error) && n_scores > 0)
        g_strv_builder_add (builder, layout.header[c]);
      else if (error != NULL && *error != NULL)
        ok = FALSE;
    }

  _engage_import_table_free (job.table);
  return ok ? g_strv_builder_end (builder) : NULL;
}
