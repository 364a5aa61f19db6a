/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-import"

#include "config.h"

#include "engage-import.h"
#include "engage-import-batch.h"
#include "engage-import-private.h"

#include <string.h>

#include <glib/gi18n.h>

/*
 * What every import shares: the report, the job, and running it.
 *
 * An import reads a file, then changes the project in one edit: all rows or none,
 * one undo step, and an import record (file name, SHA-256, counts, report).
 *
 * Threads. The project's SQLite connection belongs to the thread that opened it,
 * the main thread; SQLite allows a connection in one thread at a time, and the
 * project's models and signals assume the main thread too. So the asynchronous
 * import splits in two:
 *  1. a GTask thread reads and hashes the file and parses every row into plain
 *     structs (no project access at all; it gets the time zone as a value);
 *  2. back on the main thread, one edit is opened and the parsed rows are
 *     applied in slices of about 30 ms from an idle source, so the window keeps
 *     drawing and the progress moves. Cancel is checked between slices; on
 *     cancel (or any error) the edit is rolled back, which leaves the project
 *     exactly as it was.
 * The synchronous import (engage-cli) runs the same two steps in the calling
 * thread, slice after slice. While an asynchronous import is applying, other
 * edits of the same project would join its transaction: the import dialog stays
 * modal until it finishes.
 */

#define PROGRESS_INTERVAL (G_USEC_PER_SEC / 10)
#define SLICE_ASYNC (30 * 1000)
#define SLICE_SYNC (200 * 1000)
#define MAX_MESSAGES 500

/* Reading takes about this share of the time of a whole import. */
#define PARSE_SHARE 0.4

typedef struct
{
  guint  line;
  guint8 action;
  const char *label;
} Row;

typedef struct
{
  guint  line;
  char  *text;
} Message;

struct _EngageImportReport
{
  GObject             parent_instance;

  char               *file_name;
  char               *sha256;
  char               *encoding;
  EngageImportFormat  format;
  gboolean            dry_run;
  guint               rows_read;
  guint               counts[4];
  GDateTime          *previous_import;
  gint64              batch_id;
  GArray             *messages;
  guint               dropped_messages;
  GArray             *rows;
  GStringChunk       *labels;
};

G_DEFINE_FINAL_TYPE (EngageImportReport, engage_import_report, G_TYPE_OBJECT)

G_DEFINE_QUARK (engage-import-error-quark, engage_import_error)

static const struct
{
  const char *nick;
  const char *label;
} formats[] = {
  [ENGAGE_IMPORT_FORMAT_AUTO] = { "auto", N_("Detected from the header") },
  [ENGAGE_IMPORT_FORMAT_X] = { "x", N_("X tweet activity (per post)") },
  [ENGAGE_IMPORT_FORMAT_X_CONTENT] = { "x-content", N_("X account analytics content (per post)") },
  [ENGAGE_IMPORT_FORMAT_X_DAILY] = { "x-daily", N_("X account activity by day") },
  [ENGAGE_IMPORT_FORMAT_META] = { "meta", N_("Meta Business Suite content (per post)") },
  [ENGAGE_IMPORT_FORMAT_META_PAGE] = { "meta-page", N_("Meta Business Suite page series (by day)") },
  [ENGAGE_IMPORT_FORMAT_META_LEGACY] = { "meta-legacy", N_("Facebook Insights post data (legacy)") },
  [ENGAGE_IMPORT_FORMAT_LINKEDIN] = { "linkedin", N_("LinkedIn page analytics (per post)") },
  [ENGAGE_IMPORT_FORMAT_YOUTUBE] = { "youtube", N_("YouTube Studio table data") },
  [ENGAGE_IMPORT_FORMAT_GENERIC] = { "generic", N_("Table of post metrics") },
  [ENGAGE_IMPORT_FORMAT_GOOGLE_FORMS] = { "google-forms", N_("Google Forms responses") },
  [ENGAGE_IMPORT_FORMAT_TYPEFORM] = { "typeform", N_("Typeform responses") },
  [ENGAGE_IMPORT_FORMAT_SURVEYMONKEY] = { "surveymonkey", N_("SurveyMonkey responses") },
  [ENGAGE_IMPORT_FORMAT_NPS_GENERIC] = { "generic", N_("Table of survey responses") },
};

/**
 * engage_import_format_to_string:
 *
 * Returns: (transfer none): the format's name on the command line, e.g. "x-daily"
 */
const char *
engage_import_format_to_string (EngageImportFormat format)
{
  g_return_val_if_fail ((guint) format < G_N_ELEMENTS (formats), NULL);

  return formats[format].nick;
}

/**
 * engage_import_format_from_string:
 * @str: a name such as "meta-page"
 * @format: (out): the format
 *
 * "generic" names the metrics table; NPS imports read it as their own generic
 * table.
 *
 * Returns: %TRUE if @str names a format
 */
gboolean
engage_import_format_from_string (const char         *str,
                                  EngageImportFormat *format)
{
  g_return_val_if_fail (str != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (g_ascii_strcasecmp (str, formats[i].nick) == 0)
        {
          *format = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * engage_import_format_get_label:
 *
 * Returns: (transfer none): the format for display, translated
 */
const char *
engage_import_format_get_label (EngageImportFormat format)
{
  g_return_val_if_fail ((guint) format < G_N_ELEMENTS (formats), NULL);

  return _(formats[format].label);
}

/**
 * engage_import_format_is_nps:
 *
 * Returns: %TRUE for the formats of survey exports
 */
gboolean
engage_import_format_is_nps (EngageImportFormat format)
{
  return format >= ENGAGE_IMPORT_FORMAT_GOOGLE_FORMS;
}

/**
 * engage_import_action_get_label:
 *
 * Returns: (transfer none): the action for display, translated
 */
const char *
engage_import_action_get_label (EngageImportAction action)
{
  switch (action)
    {
    case ENGAGE_IMPORT_ACTION_CREATED:
      return _("Created");
    case ENGAGE_IMPORT_ACTION_MATCHED:
      return _("Matched");
    case ENGAGE_IMPORT_ACTION_UPDATED:
      return _("Updated");
    case ENGAGE_IMPORT_ACTION_SKIPPED:
      return _("Skipped");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The report */

static void
clear_message (gpointer data)
{
  Message *message = data;

  g_clear_pointer (&message->text, g_free);
}

static void
engage_import_report_finalize (GObject *object)
{
  EngageImportReport *self = ENGAGE_IMPORT_REPORT (object);

  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->sha256, g_free);
  g_clear_pointer (&self->encoding, g_free);
  g_clear_pointer (&self->previous_import, g_date_time_unref);
  g_clear_pointer (&self->messages, g_array_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->labels, g_string_chunk_free);

  G_OBJECT_CLASS (engage_import_report_parent_class)->finalize (object);
}

static void
engage_import_report_class_init (EngageImportReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = engage_import_report_finalize;
}

static void
engage_import_report_init (EngageImportReport *self)
{
  self->messages = g_array_new (FALSE, TRUE, sizeof (Message));
  g_array_set_clear_func (self->messages, clear_message);
  self->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  self->labels = g_string_chunk_new (4096);
  self->encoding = g_strdup ("");
}

void
_engage_import_report_set_format (EngageImportReport *self,
                                  EngageImportFormat  format,
                                  const char         *encoding)
{
  self->format = format;
  if (encoding != NULL)
    {
      g_free (self->encoding);
      self->encoding = g_strdup (encoding);
    }
}

void
_engage_import_report_add_message (EngageImportReport *self,
                                   guint               line,
                                   const char         *format,
                                   ...)
{
  Message message = { line, NULL };
  va_list args;

  /* A file with a problem in every row must not fill memory with messages. */
  if (self->messages->len >= MAX_MESSAGES)
    {
      self->dropped_messages++;
      return;
    }

  va_start (args, format);
  message.text = g_strdup_vprintf (format, args);
  va_end (args);

  g_array_append_val (self->messages, message);
}

void
_engage_import_report_add_row (EngageImportReport *self,
                               guint               line,
                               EngageImportAction  action,
                               const char         *label)
{
  Row row = { line, action, label ? g_string_chunk_insert_const (self->labels, label) : NULL };

  g_array_append_val (self->rows, row);
  self->counts[action]++;
}

void
_engage_import_report_add_read (EngageImportReport *self,
                                guint               n)
{
  self->rows_read += n;
}

/* Forgets what applying did, for a dry run's or a failed apply's report. */
void
_engage_import_report_reset_rows (EngageImportReport *self)
{
  g_array_set_size (self->rows, 0);
  memset (self->counts, 0, sizeof self->counts);
}

/**
 * engage_import_report_get_file_name:
 *
 * Returns: (transfer none): the imported file's name for display
 */
const char *
engage_import_report_get_file_name (EngageImportReport *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_REPORT (self), NULL);
  return self->file_name;
}

/**
 * engage_import_report_get_sha256:
 *
 * Returns: (transfer none): the SHA-256 of the file's bytes, in hex
 */
const char *
engage_import_report_get_sha256 (EngageImportReport *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_REPORT (self), NULL);
  return self->sha256;
}

/**
 * engage_import_report_get_format:
 *
 * Returns: the format the file was read as
 */
EngageImportFormat
engage_import_report_get_format (EngageImportReport *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_REPORT (self), ENGAGE_IMPORT_FORMAT_AUTO);
  return self->format;
}

/**
 * engage_import_report_get_encoding:
 *
 * Returns: (transfer none): how the file was stored: a text encoding such as
 *   "UTF-16LE", or a workbook kind such as "Excel workbook (.xlsx)"
 */
const char *
engage_import_report_get_encoding (EngageImportReport *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_REPORT (self), NULL);
  return self->encoding;
}

/**
 * engage_import_report_get_dry_run:
 *
 * Returns: %TRUE if the import was only a preview and the project is unchanged
 */
gboolean
engage_import_report_get_dry_run (EngageImportReport *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_REPORT (self), FALSE);
  return self->dry_run;
}

/**
 * engage_import_report_get_rows_read:
 *
 * Returns: the data rows of the file (headers and empty lines not counted)
 */
guint
engage_import_report_get_rows_read (EngageImportReport *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_REPORT (self), 0);
  return self->rows_read;
}

/**
 * engage_import_report_get_rows_imported:
 *
 * Returns: the rows created, matched or updated: every row not skipped
 */
guint
engage_import_report_get_rows_imported (EngageImportReport *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_REPORT (self), 0);
  return self->counts[ENGAGE_IMPORT_ACTION_CREATED] + self->counts[ENGAGE_IMPORT_ACTION_MATCHED] +
         self->counts[ENGAGE_IMPORT_ACTION_UPDATED];
}

/**
 * engage_import_report_get_rows_created:
 *
 * Returns: the rows that became new posts, responses or measurements
 */
guint
engage_import_report_get_rows_created (EngageImportReport *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_REPORT (self), 0);
  return self->counts[ENGAGE_IMPORT_ACTION_CREATED];
}

/**
 * engage_import_report_get_rows_matched:
 *
 * Returns: the rows that added metrics to a post the project already had
 */
guint
engage_import_report_get_rows_matched (EngageImportReport *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_REPORT (self), 0);
  return self->counts[ENGAGE_IMPORT_ACTION_MATCHED];
}

/**
 * engage_import_report_get_rows_updated:
 *
 * Returns: the rows whose values replaced values the project already had
 */
guint
engage_import_report_get_rows_updated (EngageImportReport *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_REPORT (self), 0);
  return self->counts[ENGAGE_IMPORT_ACTION_UPDATED];
}

/**
 * engage_import_report_get_rows_skipped:
 *
 * Returns: the rows not imported; the messages say why
 */
guint
engage_import_report_get_rows_skipped (EngageImportReport *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_REPORT (self), 0);
  return self->counts[ENGAGE_IMPORT_ACTION_SKIPPED];
}

/**
 * engage_import_report_get_previous_import:
 *
 * Returns: (transfer none) (nullable): when a file with the same contents was
 *   imported before, or %NULL
 */
GDateTime *
engage_import_report_get_previous_import (EngageImportReport *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_REPORT (self), NULL);
  return self->previous_import;
}

/**
 * engage_import_report_get_batch_id:
 *
 * Returns: the id of the import record, or 0 after a dry run
 */
gint64
engage_import_report_get_batch_id (EngageImportReport *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_REPORT (self), 0);
  return self->batch_id;
}

/**
 * engage_import_report_get_n_messages:
 *
 * Returns: the number of messages: what was skipped, created, assumed
 */
guint
engage_import_report_get_n_messages (EngageImportReport *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_REPORT (self), 0);
  return self->messages->len;
}

/**
 * engage_import_report_get_message:
 * @index: a message's index
 * @line: (out) (optional): the line (or spreadsheet row) it is about, or 0 for
 *   the whole file
 *
 * Returns: (transfer none): the message, one sentence
 */
const char *
engage_import_report_get_message (EngageImportReport *self,
                                  guint               index,
                                  guint              *line)
{
  Message *message;

  g_return_val_if_fail (ENGAGE_IS_IMPORT_REPORT (self), NULL);
  g_return_val_if_fail (index < self->messages->len, NULL);

  message = &g_array_index (self->messages, Message, index);
  if (line != NULL)
    *line = message->line;

  return message->text;
}

/**
 * engage_import_report_get_n_rows:
 *
 * Returns: the number of rows with an action, in the order of the file
 */
guint
engage_import_report_get_n_rows (EngageImportReport *self)
{
  g_return_val_if_fail (ENGAGE_IS_IMPORT_REPORT (self), 0);
  return self->rows->len;
}

/**
 * engage_import_report_get_row:
 * @index: a row's index
 * @line: (out) (optional): its line (or spreadsheet row)
 * @label: (out) (optional) (transfer none) (nullable): the post's title for a
 *   row that created or matched a post, or %NULL
 *
 * Returns: what the import did with the row
 */
EngageImportAction
engage_import_report_get_row (EngageImportReport  *self,
                              guint                index,
                              guint               *line,
                              const char         **label)
{
  Row *row;

  g_return_val_if_fail (ENGAGE_IS_IMPORT_REPORT (self), ENGAGE_IMPORT_ACTION_SKIPPED);
  g_return_val_if_fail (index < self->rows->len, ENGAGE_IMPORT_ACTION_SKIPPED);

  row = &g_array_index (self->rows, Row, index);
  if (line != NULL)
    *line = row->line;
  if (label != NULL)
    *label = row->label;

  return row->action;
}

/**
 * engage_import_report_dup_summary:
 *
 * Returns: (transfer full): one sentence with the format and the counts
 */
char *
engage_import_report_dup_summary (EngageImportReport *self)
{
  g_autofree char *counts = NULL;

  g_return_val_if_fail (ENGAGE_IS_IMPORT_REPORT (self), NULL);

  counts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u row read: %u created, %u matched, %u updated, %u skipped",
                                         "%u rows read: %u created, %u matched, %u updated, %u skipped",
                                         self->rows_read),
                            self->rows_read,
                            self->counts[ENGAGE_IMPORT_ACTION_CREATED],
                            self->counts[ENGAGE_IMPORT_ACTION_MATCHED],
                            self->counts[ENGAGE_IMPORT_ACTION_UPDATED],
                            self->counts[ENGAGE_IMPORT_ACTION_SKIPPED]);

  /* TRANSLATORS: "“tweets.csv” (X tweet activity, UTF-8): 37 rows read: …" */
  return g_strdup_printf (_("“%s” (%s, %s): %s."), self->file_name,
                          engage_import_format_get_label (self->format), self->encoding, counts);
}

/* Jobs */

static EngageImportJob *
job_ref (EngageImportJob *job)
{
  return g_atomic_rc_box_acquire (job);
}

static void
job_clear (EngageImportJob *job)
{
  if (job->in_edit)
    {
      _engage_project_rollback_edit (job->project);
      job->in_edit = FALSE;
    }

  if (job->progress_destroy != NULL)
    job->progress_destroy (job->progress_data);

  g_free (job->channel);
  g_free (job->map);
  g_free (job->survey);
  g_free (job->column);
  g_free (job->date);
  g_clear_object (&job->file);
  g_free (job->file_name);
  g_clear_pointer (&job->tz, g_time_zone_unref);
  g_clear_object (&job->report);
  g_clear_object (&job->cancellable);
  g_clear_pointer (&job->context, g_main_context_unref);
  g_clear_pointer (&job->contents, g_bytes_unref);
  g_free (job->sha256);
  g_clear_pointer (&job->table, _engage_import_table_free);
  if (job->parsed_free != NULL && job->parsed != NULL)
    job->parsed_free (job->parsed);
  g_clear_object (&job->project);
}

static void
job_unref (EngageImportJob *job)
{
  g_atomic_rc_box_release_full (job, (GDestroyNotify) job_clear);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EngageImportJob, job_unref)

static EngageImportJob *
job_new (EngageProject             *project,
         EngageImportKind           kind,
         GFile                     *file,
         const EngageImportOptions *options,
         GCancellable              *cancellable)
{
  EngageImportJob *job = g_atomic_rc_box_new0 (EngageImportJob);
  g_autofree char *basename = g_file_get_basename (file);
  const char *tz = engage_project_get_time_zone (project);

  job->kind = kind;
  job->project = g_object_ref (project);
  job->file = g_object_ref (file);
  job->file_name = basename ? g_filename_display_name (basename) : g_file_get_parse_name (file);
  job->tz = (tz != NULL ? g_time_zone_new_identifier (tz) : NULL);
  if (job->tz == NULL)
    job->tz = g_time_zone_new_utc ();
  job->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  job->context = g_main_context_ref_thread_default ();
  job->report = g_object_new (ENGAGE_TYPE_IMPORT_REPORT, NULL);
  job->report->file_name = g_strdup (job->file_name);

  if (options != NULL)
    {
      job->format = options->format;
      job->channel = g_strdup (options->channel);
      job->map = g_strdup (options->map);
      job->survey = g_strdup (options->survey);
      job->column = g_strdup (options->column);
      job->date = g_strdup (options->date);
      job->dry_run = options->dry_run;
    }

  job->report->dry_run = job->dry_run;
  job->report->format = job->format;

  return job;
}

typedef struct
{
  EngageImportJob *job;
  double           fraction;
} Progress;

static gboolean
report_progress_cb (gpointer data)
{
  Progress *progress = data;

  /* A report from the reading thread may arrive after the import finished. */
  if (!progress->job->finished)
    progress->job->progress (progress->fraction, progress->job->progress_data);
  return G_SOURCE_REMOVE;
}

static void
free_progress (gpointer data)
{
  Progress *progress = data;

  job_unref (progress->job);
  g_free (progress);
}

/* Reading reports its share of the whole; applying the rest. From either
 * thread, at most ten times a second. */
void
_engage_import_job_progress (EngageImportJob *job,
                             double           fraction)
{
  gint64 now;
  Progress *progress;

  if (job->progress == NULL)
    return;

  now = g_get_monotonic_time ();
  if (fraction < 1.0 && now - job->last_progress < PROGRESS_INTERVAL)
    return;
  job->last_progress = now;

  progress = g_new0 (Progress, 1);
  progress->job = job_ref (job);
  progress->fraction = CLAMP (fraction, 0.0, 1.0);
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, report_progress_cb,
                              progress, free_progress);
}

gboolean
_engage_import_job_cancelled (EngageImportJob  *job,
                              GError          **error)
{
  return g_cancellable_set_error_if_cancelled (job->cancellable, error);
}

/* Worker thread (or the caller's, for the synchronous import). */
static gboolean
job_parse (EngageImportJob  *job,
           GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  job->contents = g_file_load_bytes (job->file, job->cancellable, NULL, &local_error);
  if (job->contents == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, ENGAGE_IMPORT_ERROR, ENGAGE_IMPORT_ERROR_UNREADABLE,
                     _("“%s” cannot be read: %s."), job->file_name, local_error->message);
      return FALSE;
    }

  job->sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, job->contents);
  job->report->sha256 = g_strdup (job->sha256);

  job->table = _engage_import_table_read (job->contents, job->file_name, error);
  if (job->table == NULL)
    return FALSE;

  _engage_import_report_set_format (job->report, job->format,
                                    _engage_import_table_get_encoding (job->table));

  if (job->kind == ENGAGE_IMPORT_KIND_METRICS)
    ok = _engage_import_metrics_parse (job, error);
  else
    ok = _engage_import_nps_parse (job, error);

  _engage_import_job_progress (job, PARSE_SHARE);
  return ok;
}

static void
parse_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  EngageImportJob *job = task_data;
  GError *error = NULL;

  if (job_parse (job, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static gboolean
update_batch (EngageImportJob  *job,
              GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  EngageImportReport *report = job->report;

  for (guint i = 0; i < report->messages->len; i++)
    {
      Message *message = &g_array_index (report->messages, Message, i);

      if (message->line > 0)
        g_string_append_printf (text, _("Line %u: %s"), message->line, message->text);
      else
        g_string_append (text, message->text);
      g_string_append_c (text, '\n');
    }

  stmt = _engage_project_prepare (job->project,
                                  "UPDATE import_batch SET format = ?1, rows_read = ?2, "
                                  "rows_imported = ?3, rows_skipped = ?4, report = ?5, "
                                  "imported_at = ?6, file_name = ?7 WHERE id = ?8",
                                  error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, engage_import_format_to_string (report->format), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, report->rows_read);
  sqlite3_bind_int64 (stmt, 3, engage_import_report_get_rows_imported (report));
  sqlite3_bind_int64 (stmt, 4, report->counts[ENGAGE_IMPORT_ACTION_SKIPPED]);
  sqlite3_bind_text (stmt, 5, text->str, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, _engage_project_now (job->project));
  sqlite3_bind_text (stmt, 7, job->file_name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 8, job->batch_id);

  job->tables |= ENGAGE_TABLE_IMPORT_BATCH;
  return _engage_project_step_done (job->project, stmt, error);
}

static gint64
query_cache_size (EngageProject *project)
{
  g_autoptr(sqlite3_stmt) stmt = _engage_project_prepare (project, "PRAGMA cache_size", NULL);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return -2000;

  return sqlite3_column_int64 (stmt, 0);
}

static void
set_cache_size (EngageProject *project,
                gint64         size)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT, size);

  sqlite3_exec (_engage_project_get_db (project), sql, NULL, NULL, NULL);
}

static void
restore_cache_size (EngageImportJob *job)
{
  if (job->cache_size != 0 && engage_project_is_open (job->project))
    set_cache_size (job->project, job->cache_size);
  job->cache_size = 0;
}

/* Main thread: opens the edit and the import record. */
static gboolean
job_apply_begin (EngageImportJob  *job,
                 GError          **error)
{
  g_autoptr(EngageImportBatch) previous = NULL;
  g_autoptr(GError) local_error = NULL;
  guint n_rows;

  if (!engage_project_is_open (job->project))
    {
      g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_CLOSED,
                           _("The project is closed."));
      return FALSE;
    }

  /* A big import outgrows SQLite's default page cache of 2 MB; spilling it
   * mid-transaction writes and syncs the journal again and again. The memory
   * is only taken as pages are used, and given back after the import. */
  job->cache_size = query_cache_size (job->project);
  set_cache_size (job->project, -256 * 1024);

  if (!_engage_project_begin_edit (job->project, error))
    return FALSE;
  job->in_edit = TRUE;
  job->stage = 0;
  job->position = 0;

  /* Tell the window that writing starts, whatever the interval: a Cancel
   * pressed in answer reaches the first slice, before anything is applied. */
  job->last_progress = 0;
  _engage_import_job_progress (job, PARSE_SHARE);

  /* A row of the report per row of the file: allocated once, not doubled
   * and copied a million times over. */
  n_rows = job->report->rows->len;
  g_array_set_size (job->report->rows, n_rows + job->report->rows_read + 16);
  g_array_set_size (job->report->rows, n_rows);

  previous = engage_project_find_import_batch (job->project, job->sha256, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (previous != NULL)
    {
      g_autoptr(GDateTime) local = NULL;
      g_autofree char *when = NULL;

      job->batch_id = engage_import_batch_get_id (previous);
      job->report->previous_import = g_date_time_ref (engage_import_batch_get_imported_at (previous));
      local = g_date_time_to_timezone (job->report->previous_import, job->tz);
      when = g_date_time_format (local, "%Y-%m-%d %H:%M");
      _engage_import_report_add_message (job->report, 0,
                                         _("This file was already imported on %s; its values were updated."),
                                         when);
    }
  else
    {
      g_autoptr(EngageImportBatch) batch = NULL;

      batch = engage_import_batch_new (job->kind == ENGAGE_IMPORT_KIND_METRICS ? "metrics" : "nps",
                                       job->file_name, job->sha256);
      engage_import_batch_set_format (batch, engage_import_format_to_string (job->report->format));
      if (!engage_project_add_import_batch (job->project, batch, error))
        return FALSE;
      job->batch_id = engage_import_batch_get_id (batch);
    }

  return TRUE;
}

static gboolean
job_apply_slice (EngageImportJob  *job,
                 gint64            slice,
                 gboolean         *done,
                 GError          **error)
{
  gint64 deadline = g_get_monotonic_time () + slice;
  gboolean ok;

  if (job->kind == ENGAGE_IMPORT_KIND_METRICS)
    ok = _engage_import_metrics_apply (job, deadline, done, error);
  else
    ok = _engage_import_nps_apply (job, deadline, done, error);

  /* In the window, write the pages out every few slices (into the file, the
   * journal keeping the originals), so that the commit of a big import does
   * not write them all at once while the window waits. */
  if (ok && job->progress != NULL && ++job->slices % 8 == 0)
    sqlite3_db_cacheflush (_engage_project_get_db (job->project));

  return ok;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const Row *row_a = a, *row_b = b;

  return (row_a->line > row_b->line) - (row_a->line < row_b->line);
}

static gboolean
rows_sorted (GArray *rows)
{
  for (guint i = 1; i < rows->len; i++)
    if (g_array_index (rows, Row, i - 1).line > g_array_index (rows, Row, i).line)
      return FALSE;

  return TRUE;
}

/* Main thread: commits (or, for a dry run, takes everything back). */
static gboolean
job_apply_end (EngageImportJob  *job,
               GError          **error)
{
  g_autofree char *label = NULL;
  gboolean ok;

  if (!update_batch (job, error))
    return FALSE;

  /* Importers may apply rows out of the file's order; a preview lists them in it. */
  if (!rows_sorted (job->report->rows))
    g_array_sort (job->report->rows, compare_rows);

  /* Committing a big import takes a moment of its own. */
  _engage_import_job_progress (job, 0.97);

  job->report->batch_id = job->batch_id;

  if (job->dry_run)
    {
      job->in_edit = FALSE;
      _engage_project_rollback_edit (job->project);
      restore_cache_size (job);
      job->report->batch_id = 0;
      return TRUE;
    }

  /* TRANSLATORS: an undo label, "Undo Import “tweets.csv”" */
  label = g_strdup_printf (_("Import “%s”"), job->file_name);
  job->in_edit = FALSE;
  ok = _engage_project_commit_edit (job->project, label, job->tables, error);
  restore_cache_size (job);
  return ok;
}

static void
job_apply_abort (EngageImportJob *job)
{
  if (job->in_edit)
    {
      job->in_edit = FALSE;
      _engage_project_rollback_edit (job->project);
    }
  restore_cache_size (job);
}

static EngageImportReport *
run_sync (EngageImportJob  *job,
          GError          **error)
{
  gboolean done = FALSE;

  if (!job_parse (job, error))
    return NULL;

  if (!job_apply_begin (job, error))
    {
      job_apply_abort (job);
      return NULL;
    }

  while (!done)
    {
      if (_engage_import_job_cancelled (job, error) ||
          !job_apply_slice (job, SLICE_SYNC, &done, error))
        {
          job_apply_abort (job);
          return NULL;
        }
    }

  if (!job_apply_end (job, error))
    {
      job_apply_abort (job);
      return NULL;
    }

  return g_object_ref (job->report);
}

static gboolean
apply_idle_cb (gpointer data)
{
  GTask *task = data;
  EngageImportJob *job = g_task_get_task_data (task);
  GError *error = NULL;
  gboolean done = FALSE;

  if (_engage_import_job_cancelled (job, &error) ||
      !job_apply_slice (job, SLICE_ASYNC, &done, &error))
    {
      job_apply_abort (job);
      job->finished = TRUE;
      g_task_return_error (task, error);
      return G_SOURCE_REMOVE;
    }

  if (!done)
    return G_SOURCE_CONTINUE;

  if (!job_apply_end (job, &error))
    {
      job_apply_abort (job);
      job->finished = TRUE;
      g_task_return_error (task, error);
      return G_SOURCE_REMOVE;
    }

  _engage_import_job_progress (job, 1.0);
  job->finished = TRUE;
  g_task_return_pointer (task, g_object_ref (job->report), g_object_unref);
  return G_SOURCE_REMOVE;
}

static void
on_parsed_cb (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  EngageImportJob *job = g_task_get_task_data (task);
  g_autoptr(GSource) source = NULL;
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error) ||
      _engage_import_job_cancelled (job, &error) ||
      !job_apply_begin (job, &error))
    {
      job_apply_abort (job);
      job->finished = TRUE;
      g_task_return_error (task, error);
      return;
    }

  /* Below the priority of redrawing, so the window stays live. */
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT_IDLE);
  g_source_set_callback (source, apply_idle_cb, g_object_ref (task), g_object_unref);
  g_source_set_static_name (source, "[engage] import");
  g_source_attach (source, g_task_get_context (task));
}

static void
run_async (EngageImportJob     *job,
           gpointer             source_tag,
           GAsyncReadyCallback  callback,
           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) parse_task = NULL;

  task = g_task_new (job->project, job->cancellable, callback, user_data);
  /* Report what happened: a Cancel that arrives after the commit must not
   * claim that the project was left unchanged. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, (GDestroyNotify) job_unref);

  parse_task = g_task_new (NULL, job->cancellable, on_parsed_cb, g_object_ref (task));
  g_task_set_task_data (parse_task, job_ref (job), (GDestroyNotify) job_unref);
  g_task_run_in_thread (parse_task, parse_thread);
}

/**
 * engage_import_metrics:
 * @project: an open project
 * @file: an analytics export
 * @options: (nullable): the format, channel and mapping; %NULL detects everything
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Imports the post metrics of an export in one edit: rows are matched to the
 * project's posts by permalink or external id, then by channel and time
 * (±30 minutes); the others become published posts marked as imported.
 * Metrics are stored per post and date, so importing a file again updates what
 * the first import stored. A page-level series (followers, reach by day)
 * becomes measurements of a KPI of the channel instead.
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with an
 *   %ENGAGE_IMPORT_ERROR naming the file and line; the project is then unchanged
 */
EngageImportReport *
engage_import_metrics (EngageProject              *project,
                       GFile                      *file,
                       const EngageImportOptions  *options,
                       GCancellable               *cancellable,
                       GError                    **error)
{
  g_autoptr(EngageImportJob) job = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (options == NULL || !engage_import_format_is_nps (options->format), NULL);

  job = job_new (project, ENGAGE_IMPORT_KIND_METRICS, file, options, cancellable);
  return run_sync (job, error);
}

/**
 * engage_import_metrics_async:
 * @project: an open project
 * @file: an analytics export
 * @options: (nullable): see engage_import_metrics()
 * @cancellable: (nullable): cancels the import; the project is then unchanged
 * @progress: (nullable) (scope notified): called several times a second
 * @progress_data: data for @progress
 * @progress_destroy: (nullable): frees @progress_data
 * @callback: called when the import is done
 * @user_data: data for @callback
 *
 * Reads the file in a thread, then applies it in short slices on the calling
 * thread's main context (see the comment at the top of engage-import.c).
 */
void
engage_import_metrics_async (EngageProject              *project,
                             GFile                      *file,
                             const EngageImportOptions  *options,
                             GCancellable               *cancellable,
                             EngageImportProgressFunc    progress,
                             gpointer                    progress_data,
                             GDestroyNotify              progress_destroy,
                             GAsyncReadyCallback         callback,
                             gpointer                    user_data)
{
  EngageImportJob *job;

  g_return_if_fail (ENGAGE_IS_PROJECT (project));
  g_return_if_fail (G_IS_FILE (file));

  job = job_new (project, ENGAGE_IMPORT_KIND_METRICS, file, options, cancellable);
  job->progress = progress;
  job->progress_data = progress_data;
  job->progress_destroy = progress_destroy;
  run_async (job, engage_import_metrics_async, callback, user_data);
}

/**
 * engage_import_metrics_finish:
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with an error
 *   (%G_IO_ERROR_CANCELLED after a cancel); the project is then unchanged
 */
EngageImportReport *
engage_import_metrics_finish (EngageProject  *project,
                              GAsyncResult   *result,
                              GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, project), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == engage_import_metrics_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * engage_import_nps:
 * @project: an open project
 * @file: a survey export
 * @options: (nullable): the survey, score column and date
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Imports the responses of a survey export in one edit. A response is known
 * by its respondent id (the export's, or one made from the row), so importing
 * a file again updates the responses instead of adding them twice. Rows
 * without a score are skipped and counted.
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with an
 *   %ENGAGE_IMPORT_ERROR naming the file and line; the project is then unchanged
 */
EngageImportReport *
engage_import_nps (EngageProject              *project,
                   GFile                      *file,
                   const EngageImportOptions  *options,
                   GCancellable               *cancellable,
                   GError                    **error)
{
  g_autoptr(EngageImportJob) job = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  job = job_new (project, ENGAGE_IMPORT_KIND_NPS, file, options, cancellable);
  return run_sync (job, error);
}

/**
 * engage_import_nps_async:
 * @project: an open project
 * @file: a survey export
 * @options: (nullable): see engage_import_nps()
 * @cancellable: (nullable): cancels the import; the project is then unchanged
 * @progress: (nullable) (scope notified): called several times a second
 * @progress_data: data for @progress
 * @progress_destroy: (nullable): frees @progress_data
 * @callback: called when the import is done
 * @user_data: data for @callback
 */
void
engage_import_nps_async (EngageProject              *project,
                         GFile                      *file,
                         const EngageImportOptions  *options,
                         GCancellable               *cancellable,
                         EngageImportProgressFunc    progress,
                         gpointer                    progress_data,
                         GDestroyNotify              progress_destroy,
                         GAsyncReadyCallback         callback,
                         gpointer                    user_data)
{
  EngageImportJob *job;

  g_return_if_fail (ENGAGE_IS_PROJECT (project));
  g_return_if_fail (G_IS_FILE (file));

  job = job_new (project, ENGAGE_IMPORT_KIND_NPS, file, options, cancellable);
  job->progress = progress;
  job->progress_data = progress_data;
  job->progress_destroy = progress_destroy;
  run_async (job, engage_import_nps_async, callback, user_data);
}

/**
 * engage_import_nps_finish:
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with an error
 */
EngageImportReport *
engage_import_nps_finish (EngageProject  *project,
                          GAsyncResult   *result,
                          GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, project), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == engage_import_nps_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
