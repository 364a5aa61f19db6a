/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-post-csv"

#include "config.h"

#include "engage-post-csv.h"
#include "engage-channel.h"
#include "engage-csv.h"
#include "engage-pillar.h"
#include "engage-project-private.h"

#include <string.h>

#include <glib/gi18n.h>

/* The editorial plan as a spreadsheet, and plans made in spreadsheets brought
 * in. Most small businesses and agencies plan in Excel or LibreOffice before
 * they find a planner, so the import must read what they have: German or
 * English headers in any order, ';' or ',' or tab, Windows-1252 or UTF-16,
 * dates as 2026-03-03, 03.03.2026 or 3/3/26. It must also never guess: a date
 * like 03/04/2026 is read as month/day only when the headers are English (the
 * US order) or another date in the file settles it, and otherwise reported.
 *
 * An import is two steps. engage_post_csv_import_new() reads the file and
 * works out what each row would do, writing nothing: that is the preview, with
 * every problem and its line. engage_post_csv_import_run() then makes all of it
 * one edit (one transaction, one undo step) with a record of the import, or
 * nothing at all. A file with a problem is refused whole by default; a file
 * with the same SHA-256 as an earlier import is refused unless forced.
 *
 * The export writes the columns the import reads, in the project's language,
 * and the UUID of each post, so that exporting, editing in a spreadsheet and
 * importing again changes the posts instead of doubling them, and an export
 * imported into an empty project gives the same posts back. The file's
 * vocabulary (headers, status names) follows the project's language, not the
 * user's, so it is spelled out here rather than translated. */

typedef enum
{
  FIELD_DATE,
  FIELD_TIME,
  FIELD_CHANNEL,
  FIELD_TITLE,
  FIELD_TEXT,
  FIELD_STATUS,
  FIELD_PILLAR,
  FIELD_CAMPAIGN,
  FIELD_OWNER,
  FIELD_LINK,
  FIELD_PERMALINK,
  FIELD_NOTES,
  FIELD_UUID,
  N_FIELDS
} Field;

static const char * const english_headers[N_FIELDS] = {
  "Date", "Time", "Channel", "Title", "Text", "Status", "Pillar", "Campaign", "Owner",
  "Link", "Permalink", "Notes", "UUID",
};

static const char * const german_headers[N_FIELDS] = {
  "Datum", "Uhrzeit", "Kanal", "Titel", "Text", "Status", "Kategorie", "Kampagne",
  "Verantwortlich", "Link", "Permalink", "Notizen", "UUID",
};

typedef struct
{
  const char *name;   /* casefolded */
  Field       field;
  gboolean    english;
} HeaderAlias;

static const HeaderAlias header_aliases[] = {
  { "date", FIELD_DATE, TRUE },
  { "day", FIELD_DATE, TRUE },
  { "publish date", FIELD_DATE, TRUE },
  { "post date", FIELD_DATE, TRUE },
  { "posting date", FIELD_DATE, TRUE },
  { "datum", FIELD_DATE, FALSE },
  { "termin", FIELD_DATE, FALSE },
  { "veröffentlichungsdatum", FIELD_DATE, FALSE },
  { "time", FIELD_TIME, TRUE },
  { "publish time", FIELD_TIME, TRUE },
  { "post time", FIELD_TIME, TRUE },
  { "uhrzeit", FIELD_TIME, FALSE },
  { "zeit", FIELD_TIME, FALSE },
  { "channel", FIELD_CHANNEL, TRUE },
  { "platform", FIELD_CHANNEL, TRUE },
  { "network", FIELD_CHANNEL, TRUE },
  { "social network", FIELD_CHANNEL, TRUE },
  { "kanal", FIELD_CHANNEL, FALSE },
  { "plattform", FIELD_CHANNEL, FALSE },
  { "netzwerk", FIELD_CHANNEL, FALSE },
  { "title", FIELD_TITLE, TRUE },
  { "topic", FIELD_TITLE, TRUE },
  { "headline", FIELD_TITLE, TRUE },
  { "subject", FIELD_TITLE, TRUE },
  { "titel", FIELD_TITLE, FALSE },
  { "thema", FIELD_TITLE, FALSE },
  { "überschrift", FIELD_TITLE, FALSE },
  { "betreff", FIELD_TITLE, FALSE },
  { "text", FIELD_TEXT, TRUE },
  { "copy", FIELD_TEXT, TRUE },
  { "caption", FIELD_TEXT, TRUE },
  { "body", FIELD_TEXT, TRUE },
  { "content", FIELD_TEXT, TRUE },
  { "post text", FIELD_TEXT, TRUE },
  { "beitrag", FIELD_TEXT, FALSE },
  { "beitragstext", FIELD_TEXT, FALSE },
  { "inhalt", FIELD_TEXT, FALSE },
  { "status", FIELD_STATUS, TRUE },
  { "state", FIELD_STATUS, TRUE },
  { "pillar", FIELD_PILLAR, TRUE },
  { "content pillar", FIELD_PILLAR, TRUE },
  { "category", FIELD_PILLAR, TRUE },
  { "kategorie", FIELD_PILLAR, FALSE },
  { "säule", FIELD_PILLAR, FALSE },
  { "themensäule", FIELD_PILLAR, FALSE },
  { "rubrik", FIELD_PILLAR, FALSE },
  { "campaign", FIELD_CAMPAIGN, TRUE },
  { "kampagne", FIELD_CAMPAIGN, FALSE },
  { "owner", FIELD_OWNER, TRUE },
  { "responsible", FIELD_OWNER, TRUE },
  { "author", FIELD_OWNER, TRUE },
  { "assignee", FIELD_OWNER, TRUE },
  { "verantwortlich", FIELD_OWNER, FALSE },
  { "autor", FIELD_OWNER, FALSE },
  { "autorin", FIELD_OWNER, FALSE },
  { "zuständig", FIELD_OWNER, FALSE },
  { "link", FIELD_LINK, TRUE },
  { "url", FIELD_LINK, TRUE },
  { "target url", FIELD_LINK, TRUE },
  { "ziel-url", FIELD_LINK, FALSE },
  { "permalink", FIELD_PERMALINK, TRUE },
  { "post url", FIELD_PERMALINK, TRUE },
  { "notes", FIELD_NOTES, TRUE },
  { "note", FIELD_NOTES, TRUE },
  { "notizen", FIELD_NOTES, FALSE },
  { "notiz", FIELD_NOTES, FALSE },
  { "anmerkungen", FIELD_NOTES, FALSE },
  { "bemerkungen", FIELD_NOTES, FALSE },
  { "uuid", FIELD_UUID, TRUE },
};

static const char * const english_statuses[] = {
  "Idea", "Draft", "In review", "Approved", "Scheduled", "Published", "Archived",
};

static const char * const german_statuses[] = {
  "Idee", "Entwurf", "In Prüfung", "Freigegeben", "Geplant", "Veröffentlicht", "Archiviert",
};

static const struct
{
  const char       *name;   /* casefolded */
  EngagePostStatus  status;
} status_aliases[] = {
  { "in progress", ENGAGE_POST_STATUS_DRAFT },
  { "in arbeit", ENGAGE_POST_STATUS_DRAFT },
  { "review", ENGAGE_POST_STATUS_IN_REVIEW },
  { "prüfung", ENGAGE_POST_STATUS_IN_REVIEW },
  { "zur freigabe", ENGAGE_POST_STATUS_IN_REVIEW },
  { "genehmigt", ENGAGE_POST_STATUS_APPROVED },
  { "planned", ENGAGE_POST_STATUS_SCHEDULED },
  { "eingeplant", ENGAGE_POST_STATUS_SCHEDULED },
  { "terminiert", ENGAGE_POST_STATUS_SCHEDULED },
  { "posted", ENGAGE_POST_STATUS_PUBLISHED },
  { "live", ENGAGE_POST_STATUS_PUBLISHED },
  { "online", ENGAGE_POST_STATUS_PUBLISHED },
  { "gepostet", ENGAGE_POST_STATUS_PUBLISHED },
};

/* Names under which spreadsheets know the networks; a channel the project does
 * not have is created only for one of these. */
static const struct
{
  const char        *name;   /* casefolded */
  EngageChannelKind  kind;
} channel_aliases[] = {
  { "facebook", ENGAGE_CHANNEL_KIND_FACEBOOK },
  { "fb", ENGAGE_CHANNEL_KIND_FACEBOOK },
  { "instagram", ENGAGE_CHANNEL_KIND_INSTAGRAM },
  { "ig", ENGAGE_CHANNEL_KIND_INSTAGRAM },
  { "insta", ENGAGE_CHANNEL_KIND_INSTAGRAM },
  { "linkedin", ENGAGE_CHANNEL_KIND_LINKEDIN },
  { "xing", ENGAGE_CHANNEL_KIND_XING },
  { "x", ENGAGE_CHANNEL_KIND_X },
  { "twitter", ENGAGE_CHANNEL_KIND_X },
  { "mastodon", ENGAGE_CHANNEL_KIND_MASTODON },
  { "threads", ENGAGE_CHANNEL_KIND_THREADS },
  { "tiktok", ENGAGE_CHANNEL_KIND_TIKTOK },
  { "youtube", ENGAGE_CHANNEL_KIND_YOUTUBE },
  { "yt", ENGAGE_CHANNEL_KIND_YOUTUBE },
  { "newsletter", ENGAGE_CHANNEL_KIND_NEWSLETTER },
  { "email", ENGAGE_CHANNEL_KIND_NEWSLETTER },
  { "e-mail", ENGAGE_CHANNEL_KIND_NEWSLETTER },
  { "blog", ENGAGE_CHANNEL_KIND_BLOG },
};

/* Rows with a date but no time are planned at this hour, and the preview says so. */
#define DEFAULT_HOUR 9

typedef enum
{
  ORDER_UNKNOWN,
  ORDER_DAY_MONTH,
  ORDER_MONTH_DAY,
  ORDER_CONFLICT,
} SlashOrder;

typedef struct
{
  guint  line;
  GStrv  fields;
} Record;

typedef struct
{
  guint           line;
  EngageSeverity  severity;
  gboolean        refuses_file;   /* even when invalid rows may be skipped */
  char           *message;
} Problem;

typedef struct
{
  guint                  line;
  EngagePostCsvRowAction action;
  EngagePost            *post;
  char                  *uuid;
  char                  *channel_name;
  int                    new_channel;
  int                    new_pillar;
} Row;

typedef struct
{
  char              *name;
  EngageChannelKind  kind;
} NewChannel;

struct _EngagePostCsvImport
{
  GObject            parent_instance;

  EngageProject     *project;
  EngageImportBatch *batch;
  EngageImportBatch *previous;

  char              *file_name;
  char              *sha256;
  gboolean           decoded;
  EngageCsvEncoding  encoding;
  char               delimiter;
  GPtrArray         *records;        /* Record */
  GArray            *read_problems;  /* Problem, from reading the file */

  GArray            *rows;           /* Row */
  GArray            *problems;       /* Problem */
  GPtrArray         *new_channels;   /* NewChannel */
  GPtrArray         *new_pillars;    /* char * */
  gboolean           imported;
};

G_DEFINE_FINAL_TYPE (EngagePostCsvImport, engage_post_csv_import, G_TYPE_OBJECT)

G_DEFINE_QUARK (engage-post-csv-error-quark, engage_post_csv_error)

/* State of one analysis: the project's channels and pillars and what the
 * header says. */
typedef struct
{
  GListModel *channels;
  GListModel *pillars;
  GTimeZone  *tz;
  int         columns[N_FIELDS];
  guint       n_columns;
  gboolean    english_dates;
  SlashOrder  order;
  GHashTable *uuids;            /* uuid → line */
  gboolean    noted_default_time;
  gboolean    noted_order;
} Analysis;

static void
record_free (gpointer data)
{
  Record *record = data;

  g_strfreev (record->fields);
  g_free (record);
}

static void
problem_clear (gpointer data)
{
  Problem *problem = data;

  g_free (problem->message);
}

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_clear_object (&row->post);
  g_free (row->uuid);
  g_free (row->channel_name);
}

static void
new_channel_free (gpointer data)
{
  NewChannel *channel = data;

  g_free (channel->name);
  g_free (channel);
}

static gboolean
is_german (EngageProject *project)
{
  return g_str_has_prefix (engage_project_get_language (project), "de");
}

/* What two spellings of a name have in common: trimmed, NFC, casefolded. */
static char *
make_key (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  g_autofree char *normal = g_utf8_normalize (trimmed, -1, G_NORMALIZE_NFC);
  const char *start = normal ? normal : trimmed;

  /* A second byte order mark, from a file saved twice. */
  if (g_str_has_prefix (start, "\xEF\xBB\xBF"))
    start += 3;

  return g_utf8_casefold (start, -1);
}

static char *
trimmed (const char *text)
{
  return g_strstrip (g_strdup (text));
}

static gint64 *
id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static GHashTable *
channel_names (EngageProject *project)
{
  g_autoptr(GListModel) channels = engage_project_list_channels (project);
  GHashTable *names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; i < g_list_model_get_n_items (channels); i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (channels, i);

      g_hash_table_insert (names, id_key (engage_channel_get_id (channel)),
                           g_strdup (engage_channel_get_name (channel)));
    }

  return names;
}

static GHashTable *
pillar_names (EngageProject *project)
{
  g_autoptr(GListModel) pillars = engage_project_list_pillars (project);
  GHashTable *names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; i < g_list_model_get_n_items (pillars); i++)
    {
      g_autoptr(EngagePillar) pillar = g_list_model_get_item (pillars, i);

      g_hash_table_insert (names, id_key (engage_pillar_get_id (pillar)),
                           g_strdup (engage_pillar_get_name (pillar)));
    }

  return names;
}

/**
 * engage_post_csv_get_default_delimiter:
 *
 * Returns: ';' for a German project (what Excel expects there, since ',' is
 *   the decimal mark), ',' otherwise
 */
char
engage_post_csv_get_default_delimiter (EngageProject *project)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), ',');

  return is_german (project) ? ';' : ',';
}

/**
 * engage_post_csv_get_default_decimal_mark:
 *
 * Returns: ',' for a German project, '.' otherwise
 */
char
engage_post_csv_get_default_decimal_mark (EngageProject *project)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), '.');

  return is_german (project) ? ',' : '.';
}

static void
write_post (EngageCsvWriter    *writer,
            EngagePost         *post,
            GHashTable         *channels,
            GHashTable         *pillars,
            GTimeZone          *tz,
            const char * const *statuses)
{
  GDateTime *scheduled = engage_post_get_scheduled_at (post);
  gint64 channel_id = engage_post_get_channel_id (post);
  gint64 pillar_id = engage_post_get_pillar_id (post);
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;

  if (scheduled != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_timezone (scheduled, tz);

      date = g_date_time_format (local, "%Y-%m-%d");
      time = g_date_time_format (local, "%H:%M");
    }

  engage_csv_writer_add_text (writer, date);
  engage_csv_writer_add_text (writer, time);
  engage_csv_writer_add_text (writer, g_hash_table_lookup (channels, &channel_id));
  engage_csv_writer_add_text (writer, engage_post_get_title (post));
  engage_csv_writer_add_text (writer, engage_post_get_body (post));
  engage_csv_writer_add_text (writer, statuses[engage_post_get_status (post)]);
  engage_csv_writer_add_text (writer, pillar_id > 0 ? g_hash_table_lookup (pillars, &pillar_id) : NULL);
  engage_csv_writer_add_text (writer, engage_post_get_campaign (post));
  engage_csv_writer_add_text (writer, engage_post_get_owner (post));
  engage_csv_writer_add_text (writer, engage_post_get_link (post));
  engage_csv_writer_add_text (writer, engage_post_get_permalink (post));
  engage_csv_writer_add_text (writer, engage_post_get_notes (post));
  engage_csv_writer_add_text (writer, engage_post_get_uuid (post));
  engage_csv_writer_end_record (writer);
}

/**
 * engage_post_csv_export_to_bytes:
 * @project: an open project
 * @from: (nullable): the start of the range, included
 * @to: (nullable): the end of the range, excluded
 * @delimiter: ',', ';' or '\t'; 0 for the project's default
 * @decimal_mark: '.' or ','; 0 for the project's default (for numeric columns;
 *   the post columns are all text)
 * @error: return location for a #GError
 *
 * Writes one row per post: Date, Time, Channel, Title, Text, Status, Pillar,
 * Campaign, Owner, Link, Permalink, Notes, UUID (in German for a German
 * project). Dates and times are local to the project's time zone. With a range,
 * the posts scheduled in it; without, all posts, ideas without a date last.
 * UTF-8 with a byte order mark, CRLF, RFC 4180 quoting, and cells that a
 * spreadsheet would run as a formula neutralized.
 *
 * Returns: (transfer full) (nullable): the file's bytes
 */
GBytes *
engage_post_csv_export_to_bytes (EngageProject  *project,
                                 GDateTime      *from,
                                 GDateTime      *to,
                                 char            delimiter,
                                 char            decimal_mark,
                                 GError        **error)
{
  g_autoptr(EngageCsvWriter) writer = NULL;
  g_autoptr(GHashTable) channels = NULL;
  g_autoptr(GHashTable) pillars = NULL;
  g_autoptr(GListModel) posts = NULL;
  g_autoptr(GListModel) ideas = NULL;
  const char * const *headers;
  const char * const *statuses;
  GTimeZone *tz;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (delimiter == 0 || delimiter == ',' || delimiter == ';' || delimiter == '\t', NULL);
  g_return_val_if_fail (decimal_mark == 0 || decimal_mark == '.' || decimal_mark == ',', NULL);

  if (!engage_project_is_open (project))
    {
      g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_CLOSED,
                           _("The project is closed."));
      return NULL;
    }

  if (delimiter == 0)
    delimiter = engage_post_csv_get_default_delimiter (project);
  if (decimal_mark == 0)
    decimal_mark = engage_post_csv_get_default_decimal_mark (project);

  headers = is_german (project) ? german_headers : english_headers;
  statuses = is_german (project) ? german_statuses : english_statuses;
  tz = engage_project_get_tz (project);
  channels = channel_names (project);
  pillars = pillar_names (project);

  writer = engage_csv_writer_new (delimiter, decimal_mark);
  for (guint i = 0; i < N_FIELDS; i++)
    engage_csv_writer_add_text (writer, headers[i]);
  engage_csv_writer_end_record (writer);

  posts = engage_project_list_posts (project, from, to);
  for (guint i = 0; i < g_list_model_get_n_items (posts); i++)
    {
      g_autoptr(EngagePost) post = g_list_model_get_item (posts, i);

      write_post (writer, post, channels, pillars, tz, statuses);
    }

  if (from == NULL && to == NULL)
    {
      ideas = engage_project_list_unscheduled_posts (project);
      for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
        {
          g_autoptr(EngagePost) post = g_list_model_get_item (ideas, i);

          write_post (writer, post, channels, pillars, tz, statuses);
        }
    }

  return engage_csv_writer_free_to_bytes (g_steal_pointer (&writer));
}

/**
 * engage_post_csv_export:
 * @project: an open project
 * @file: the file to write; an existing one is replaced
 * @from: (nullable): the start of the range, included
 * @to: (nullable): the end of the range, excluded
 * @delimiter: ',', ';' or '\t'; 0 for the project's default
 * @decimal_mark: '.' or ','; 0 for the project's default
 * @error: return location for a #GError
 *
 * Writes engage_post_csv_export_to_bytes() to @file, completely or not at all.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_post_csv_export (EngageProject  *project,
                        GFile          *file,
                        GDateTime      *from,
                        GDateTime      *to,
                        char            delimiter,
                        char            decimal_mark,
                        GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = engage_post_csv_export_to_bytes (project, from, to, delimiter, decimal_mark, error);
  if (bytes == NULL)
    return FALSE;

  return engage_csv_write_file (file, bytes, error);
}

/* Import: reading the file */

static void
add_problem (GArray          *problems,
             guint            line,
             EngageSeverity   severity,
             gboolean         refuses_file,
             const char      *format,
             ...) G_GNUC_PRINTF (5, 6);

static void
add_problem (GArray          *problems,
             guint            line,
             EngageSeverity   severity,
             gboolean         refuses_file,
             const char      *format,
             ...)
{
  Problem problem = { line, severity, refuses_file, NULL };
  va_list args;

  va_start (args, format);
  problem.message = g_strdup_vprintf (format, args);
  va_end (args);

  g_array_append_val (problems, problem);
}

static void
read_contents (EngagePostCsvImport *self,
               GBytes              *contents)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EngageCsvReader) reader = NULL;
  g_autofree char *text = NULL;
  const char *data;
  gsize length;
  guint line = 0;
  GStrv fields = NULL;

  data = g_bytes_get_data (contents, &length);
  self->sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, contents);

  text = engage_csv_decode (data ? data : "", length, &self->encoding, &error);
  if (text == NULL)
    {
      add_problem (self->read_problems, 0, ENGAGE_SEVERITY_ERROR, TRUE, "%s",
                   _("the file is not text in UTF-8, UTF-16 or Windows-1252"));
      return;
    }

  self->decoded = TRUE;
  self->delimiter = engage_csv_detect_delimiter (text);
  reader = engage_csv_reader_new (text, self->delimiter);

  while (engage_csv_reader_next (reader, &fields, &line, &error))
    {
      Record *record = g_new0 (Record, 1);

      record->line = line;
      record->fields = fields;
      g_ptr_array_add (self->records, record);
    }

  if (error != NULL)
    {
      if (g_error_matches (error, ENGAGE_CSV_ERROR, ENGAGE_CSV_ERROR_UNCLOSED_QUOTE))
        add_problem (self->read_problems, line, ENGAGE_SEVERITY_ERROR, TRUE, "%s",
                     _("a quoted cell that starts here is never closed"));
      else
        add_problem (self->read_problems, line, ENGAGE_SEVERITY_ERROR, TRUE, "%s",
                     _("text follows the closing quote of a cell"));
    }
}

/* Import: reading the cells */

static gboolean
is_digits (const char *text,
           gsize       min,
           gsize       max)
{
  gsize length = strlen (text);

  if (length < min || length > max)
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;

  return TRUE;
}

/* Splits "3/4/2026" or "03.04.26" into its three numbers; a two-digit year is
 * in this century. */
static gboolean
split_date (const char *text,
            const char *separator,
            guint       numbers[3],
            gboolean    year_first)
{
  g_auto(GStrv) parts = g_strsplit (text, separator, -1);

  if (g_strv_length (parts) != 3)
    return FALSE;

  for (guint i = 0; i < 3; i++)
    {
      gboolean is_year = year_first ? i == 0 : i == 2;

      if (is_year ? !(is_digits (parts[i], 4, 4) || (!year_first && is_digits (parts[i], 2, 2)))
                  : !is_digits (parts[i], 1, 2))
        return FALSE;

      numbers[i] = (guint) g_ascii_strtoull (parts[i], NULL, 10);
      if (is_year && strlen (parts[i]) == 2)
        numbers[i] += 2000;
    }

  return TRUE;
}

/* Separates "Di., 03.03.2026 09:00" into the date and the time (which may be
 * empty); a weekday in front, as spreadsheets format it, is dropped. */
static void
split_date_cell (const char  *cell,
                 char       **date,
                 char       **time)
{
  const char *p = cell;
  const char *end;

  if (g_unichar_isalpha (g_utf8_get_char (p)))
    {
      const char *q = p;

      while (*q != '\0' && g_unichar_isalpha (g_utf8_get_char (q)))
        q = g_utf8_next_char (q);
      while (*q == '.' || *q == ',' || *q == ' ')
        q++;
      if (g_ascii_isdigit (*q))
        p = q;
    }

  end = p;
  while (*end != '\0' && *end != ' ' && !(*end == 'T' && end > p && g_ascii_isdigit (end[-1])))
    end++;

  *date = g_strndup (p, end - p);
  *time = g_strstrip (g_strdup (*end != '\0' ? end + 1 : ""));
}

static gboolean
parse_slash_date (const char *text,
                  guint       numbers[3])
{
  return strchr (text, '/') != NULL && split_date (text, "/", numbers, FALSE);
}

/* Reads a date cell's date part. On failure, @problem says why. */
static gboolean
parse_date (const char  *text,
            Analysis    *analysis,
            GDate       *date,
            char       **problem)
{
  guint n[3];
  guint day, month, year;

  if (split_date (text, "-", n, TRUE))
    {
      year = n[0];
      month = n[1];
      day = n[2];
    }
  else if (split_date (text, ".", n, FALSE))
    {
      day = n[0];
      month = n[1];
      year = n[2];
    }
  else if (parse_slash_date (text, n))
    {
      SlashOrder order = analysis->order;

      if (order == ORDER_UNKNOWN && analysis->english_dates)
        order = ORDER_MONTH_DAY;

      if (n[0] != n[1] && (order == ORDER_UNKNOWN || order == ORDER_CONFLICT) &&
          n[0] <= 12 && n[1] <= 12)
        {
          *problem = g_strdup_printf (_("the date “%s” could be day/month or month/day; write it as YYYY-MM-DD"),
                                      text);
          return FALSE;
        }

      if (n[0] > 12 || (n[1] <= 12 && order == ORDER_DAY_MONTH))
        {
          day = n[0];
          month = n[1];
        }
      else
        {
          month = n[0];
          day = n[1];
        }
      year = n[2];
    }
  else
    {
      *problem = g_strdup_printf (_("“%s” is not a date Engage reads; write it as YYYY-MM-DD or DD.MM.YYYY"),
                                  text);
      return FALSE;
    }

  if (year < 1900 || year > 2999 || !g_date_valid_dmy (day, month, year))
    {
      *problem = g_strdup_printf (_("the date “%s” does not exist"), text);
      return FALSE;
    }

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/* Reads "09:00", "9.30", "14:00:00", "9:00 pm" or "9 Uhr". */
static gboolean
parse_time (const char  *text,
            guint       *hour,
            guint       *minute,
            char       **problem)
{
  g_autofree char *key = make_key (text);
  g_auto(GStrv) parts = NULL;
  gboolean uhr = FALSE;
  int half = 0;   /* 1 am, 2 pm */
  gsize length;
  guint n_parts;

  length = strlen (key);
  if (g_str_has_suffix (key, "uhr"))
    {
      uhr = TRUE;
      key[length - 3] = '\0';
    }
  else if (g_str_has_suffix (key, "am") || g_str_has_suffix (key, "pm"))
    {
      half = key[length - 2] == 'a' ? 1 : 2;
      key[length - 2] = '\0';
    }
  g_strstrip (key);

  parts = g_strsplit_set (key, ":.", -1);
  n_parts = g_strv_length (parts);

  if (n_parts < 1 || n_parts > 3 || !is_digits (parts[0], 1, 2) ||
      (n_parts >= 2 && !is_digits (parts[1], 2, 2)) || (n_parts == 3 && !is_digits (parts[2], 2, 2)) ||
      (n_parts == 1 && half == 0 && !uhr))
    {
      *problem = g_strdup_printf (_("“%s” is not a time Engage reads; write it as HH:MM"), text);
      return FALSE;
    }

  *hour = (guint) g_ascii_strtoull (parts[0], NULL, 10);
  *minute = n_parts >= 2 ? (guint) g_ascii_strtoull (parts[1], NULL, 10) : 0;

  if (half != 0)
    {
      if (*hour < 1 || *hour > 12)
        *hour = 99;
      else
        *hour = *hour % 12 + (half == 2 ? 12 : 0);
    }

  if (*hour > 23 || *minute > 59)
    {
      *problem = g_strdup_printf (_("the time “%s” does not exist"), text);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_status (const char       *text,
              EngagePostStatus *status)
{
  g_autofree char *key = make_key (text);

  for (guint i = 0; i < G_N_ELEMENTS (english_statuses); i++)
    {
      g_autofree char *english = make_key (english_statuses[i]);
      g_autofree char *german = make_key (german_statuses[i]);

      if (g_str_equal (key, english) || g_str_equal (key, german))
        {
          *status = (EngagePostStatus) i;
          return TRUE;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (status_aliases); i++)
    {
      if (g_str_equal (key, status_aliases[i].name))
        {
          *status = status_aliases[i].status;
          return TRUE;
        }
    }

  return engage_post_status_from_string (key, status);
}

/* The kind a channel cell names: the whole cell ("IG"), or one of its words
 * ("Brotpost newsletter"). @exact tells which. */
static gboolean
recognise_kind (const char        *key,
                EngageChannelKind *kind,
                gboolean          *exact)
{
  g_autoptr(GString) word = g_string_new (NULL);
  gboolean found = FALSE;
  const char *p = key;

  for (guint i = 0; i < G_N_ELEMENTS (channel_aliases); i++)
    {
      if (g_str_equal (key, channel_aliases[i].name))
        {
          *kind = channel_aliases[i].kind;
          *exact = TRUE;
          return TRUE;
        }
    }

  *exact = FALSE;

  for (;;)
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          p = g_utf8_next_char (p);
          continue;
        }

      for (guint i = 0; word->len > 0 && i < G_N_ELEMENTS (channel_aliases); i++)
        {
          if (!g_str_equal (word->str, channel_aliases[i].name))
            continue;
          /* "Facebook & Instagram" is not one channel. */
          if (found && *kind != channel_aliases[i].kind)
            return FALSE;
          *kind = channel_aliases[i].kind;
          found = TRUE;
        }
      g_string_truncate (word, 0);

      if (c == 0)
        break;
      p = g_utf8_next_char (p);
    }

  return found;
}

static gboolean
resolve_channel (EngagePostCsvImport *self,
                 Analysis            *analysis,
                 const char          *cell,
                 Row                 *row)
{
  g_autofree char *key = make_key (cell);
  g_autofree char *name = NULL;
  EngageChannelKind kind;
  gboolean exact;
  NewChannel *created;

  for (guint i = 0; i < g_list_model_get_n_items (analysis->channels); i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (analysis->channels, i);
      g_autofree char *channel_key = make_key (engage_channel_get_name (channel));

      if (g_str_equal (key, channel_key))
        {
          engage_post_set_channel_id (row->post, engage_channel_get_id (channel));
          row->channel_name = g_strdup (engage_channel_get_name (channel));
          return TRUE;
        }
    }

  for (guint i = 0; i < self->new_channels->len; i++)
    {
      NewChannel *channel = g_ptr_array_index (self->new_channels, i);
      g_autofree char *channel_key = make_key (channel->name);

      if (g_str_equal (key, channel_key))
        {
          row->new_channel = i;
          row->channel_name = g_strdup (channel->name);
          return TRUE;
        }
    }

  if (!recognise_kind (key, &kind, &exact))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (analysis->channels); i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (analysis->channels, i);

      if (engage_channel_get_kind (channel) == kind)
        {
          engage_post_set_channel_id (row->post, engage_channel_get_id (channel));
          row->channel_name = g_strdup (engage_channel_get_name (channel));
          return TRUE;
        }
    }

  for (guint i = 0; i < self->new_channels->len; i++)
    {
      NewChannel *channel = g_ptr_array_index (self->new_channels, i);

      if (channel->kind == kind)
        {
          row->new_channel = i;
          row->channel_name = g_strdup (channel->name);
          return TRUE;
        }
    }

  name = exact ? g_strdup (engage_channel_kind_get_label (kind)) : trimmed (cell);
  created = g_new0 (NewChannel, 1);
  created->name = g_strdup (name);
  created->kind = kind;
  g_ptr_array_add (self->new_channels, created);

  row->new_channel = self->new_channels->len - 1;
  row->channel_name = g_steal_pointer (&name);
  add_problem (self->problems, row->line, ENGAGE_SEVERITY_INFO, FALSE,
               _("creates the channel “%s” (%s)"), created->name, engage_channel_kind_get_label (kind));
  return TRUE;
}

static void
resolve_pillar (EngagePostCsvImport *self,
                Analysis            *analysis,
                const char          *cell,
                Row                 *row)
{
  g_autofree char *key = make_key (cell);

  for (guint i = 0; i < g_list_model_get_n_items (analysis->pillars); i++)
    {
      g_autoptr(EngagePillar) pillar = g_list_model_get_item (analysis->pillars, i);
      g_autofree char *pillar_key = make_key (engage_pillar_get_name (pillar));

      if (g_str_equal (key, pillar_key))
        {
          engage_post_set_pillar_id (row->post, engage_pillar_get_id (pillar));
          return;
        }
    }

  engage_post_set_pillar_id (row->post, 0);

  for (guint i = 0; i < self->new_pillars->len; i++)
    {
      g_autofree char *pillar_key = make_key (g_ptr_array_index (self->new_pillars, i));

      if (g_str_equal (key, pillar_key))
        {
          row->new_pillar = i;
          return;
        }
    }

  g_ptr_array_add (self->new_pillars, trimmed (cell));
  row->new_pillar = self->new_pillars->len - 1;
  add_problem (self->problems, row->line, ENGAGE_SEVERITY_INFO, FALSE,
               _("creates the content pillar “%s”"),
               (const char *) g_ptr_array_index (self->new_pillars, row->new_pillar));
}

static EngagePost *
find_post_by_uuid (EngageProject *project,
                   const char    *uuid)
{
  g_autoptr(sqlite3_stmt) stmt = _engage_project_prepare (project, "SELECT id FROM post WHERE uuid = ?1",
                                                          NULL);

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;

  return engage_project_get_post (project, sqlite3_column_int64 (stmt, 0), NULL);
}

/* A cell of a field, "" where the file has no such column or the row is short,
 * with the formula protection of an export taken off. */
static const char *
cell (Analysis     *analysis,
      const Record *record,
      Field         field)
{
  int column = analysis->columns[field];

  if (column < 0 || (guint) column >= g_strv_length (record->fields))
    return "";

  return engage_csv_unneutralize (record->fields[column]);
}

static gboolean
has_column (Analysis *analysis,
            Field     field)
{
  return analysis->columns[field] >= 0;
}

static gboolean
is_blank (const Record *record)
{
  for (guint i = 0; record->fields[i] != NULL; i++)
    {
      g_autofree char *text = trimmed (record->fields[i]);

      if (*text != '\0')
        return FALSE;
    }

  return TRUE;
}

static guint
count_errors (GArray *problems)
{
  guint n = 0;

  for (guint i = 0; i < problems->len; i++)
    n += g_array_index (problems, Problem, i).severity == ENGAGE_SEVERITY_ERROR;

  return n;
}

static void
read_schedule (EngagePostCsvImport *self,
               Analysis            *analysis,
               const Record        *record,
               Row                 *row)
{
  g_autofree char *date_cell = trimmed (cell (analysis, record, FIELD_DATE));
  g_autofree char *time_cell = trimmed (cell (analysis, record, FIELD_TIME));
  g_autofree char *date_text = NULL;
  g_autofree char *embedded_time = NULL;
  g_autofree char *problem = NULL;
  g_autoptr(GDateTime) scheduled = NULL;
  const char *time_text;
  guint hour = DEFAULT_HOUR, minute = 0;
  GDate date;

  if (!has_column (analysis, FIELD_DATE))
    {
      if (*time_cell != '\0')
        add_problem (self->problems, row->line, ENGAGE_SEVERITY_ERROR, FALSE, "%s",
                     _("the file has a time but no date column"));
      return;
    }

  if (*date_cell == '\0')
    {
      if (*time_cell != '\0')
        add_problem (self->problems, row->line, ENGAGE_SEVERITY_ERROR, FALSE,
                     _("the time “%s” has no date"), time_cell);
      else
        engage_post_set_scheduled_at (row->post, NULL);
      return;
    }

  split_date_cell (date_cell, &date_text, &embedded_time);
  time_text = *time_cell != '\0' ? time_cell : embedded_time;

  if (!parse_date (date_text, analysis, &date, &problem))
    {
      add_problem (self->problems, row->line, ENGAGE_SEVERITY_ERROR, FALSE, "%s", problem);
      return;
    }

  if (*time_text != '\0')
    {
      if (!parse_time (time_text, &hour, &minute, &problem))
        {
          add_problem (self->problems, row->line, ENGAGE_SEVERITY_ERROR, FALSE, "%s", problem);
          return;
        }
    }
  else if (!analysis->noted_default_time)
    {
      analysis->noted_default_time = TRUE;
      add_problem (self->problems, row->line, ENGAGE_SEVERITY_INFO, FALSE,
                   _("rows with a date but no time are planned at %02d:00"), DEFAULT_HOUR);
    }

  scheduled = g_date_time_new (analysis->tz, g_date_get_year (&date), g_date_get_month (&date),
                               g_date_get_day (&date), hour, minute, 0);
  engage_post_set_scheduled_at (row->post, scheduled);
}

static void
read_text_field (Analysis     *analysis,
                 const Record *record,
                 Field         field,
                 gboolean      trim,
                 EngagePost   *post,
                 void        (*setter) (EngagePost *, const char *))
{
  g_autofree char *text = NULL;

  if (!has_column (analysis, field))
    return;

  text = trim ? trimmed (cell (analysis, record, field)) : g_strdup (cell (analysis, record, field));
  setter (post, text);
}

static gboolean
same_time (GDateTime *a,
           GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_date_time_equal (a, b);
}

static gboolean
is_unchanged (EngagePost *post,
              EngagePost *existing,
              const Row  *row)
{
  return row->new_channel < 0 && row->new_pillar < 0 &&
         engage_post_get_channel_id (post) == engage_post_get_channel_id (existing) &&
         engage_post_get_pillar_id (post) == engage_post_get_pillar_id (existing) &&
         engage_post_get_status (post) == engage_post_get_status (existing) &&
         same_time (engage_post_get_scheduled_at (post), engage_post_get_scheduled_at (existing)) &&
         g_str_equal (engage_post_get_title (post), engage_post_get_title (existing)) &&
         g_str_equal (engage_post_get_body (post), engage_post_get_body (existing)) &&
         g_str_equal (engage_post_get_campaign (post), engage_post_get_campaign (existing)) &&
         g_str_equal (engage_post_get_owner (post), engage_post_get_owner (existing)) &&
         g_str_equal (engage_post_get_link (post), engage_post_get_link (existing)) &&
         g_str_equal (engage_post_get_permalink (post), engage_post_get_permalink (existing)) &&
         g_str_equal (engage_post_get_notes (post), engage_post_get_notes (existing));
}

static void
analyse_row (EngagePostCsvImport *self,
             Analysis            *analysis,
             const Record        *record)
{
  Row row = { record->line, ENGAGE_POST_CSV_ROW_CREATE, NULL, NULL, NULL, -1, -1 };
  g_autoptr(EngagePost) existing = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *channel = NULL;
  g_autofree char *status_text = NULL;
  guint errors_before = count_errors (self->problems);
  guint n_fields = g_strv_length (record->fields);

  if (is_blank (record))
    {
      row.action = ENGAGE_POST_CSV_ROW_EMPTY;
      g_array_append_val (self->rows, row);
      return;
    }

  for (guint i = analysis->n_columns; i < n_fields; i++)
    {
      g_autofree char *extra = trimmed (record->fields[i]);

      if (*extra != '\0')
        {
          add_problem (self->problems, row.line, ENGAGE_SEVERITY_ERROR, FALSE,
                       _("the row has %u cells but the header names %u columns"),
                       n_fields, analysis->n_columns);
          break;
        }
    }

  uuid = g_ascii_strdown (cell (analysis, record, FIELD_UUID), -1);
  g_strstrip (uuid);
  if (*uuid != '\0')
    {
      gpointer other_line;

      if (!g_uuid_string_is_valid (uuid))
        add_problem (self->problems, row.line, ENGAGE_SEVERITY_ERROR, FALSE,
                     _("“%s” is not a UUID"), uuid);
      else if (g_hash_table_lookup_extended (analysis->uuids, uuid, NULL, &other_line))
        add_problem (self->problems, row.line, ENGAGE_SEVERITY_ERROR, FALSE,
                     _("the UUID %s is on line %u too"), uuid, GPOINTER_TO_UINT (other_line));
      else
        {
          g_hash_table_insert (analysis->uuids, g_strdup (uuid), GUINT_TO_POINTER (row.line));
          existing = find_post_by_uuid (self->project, uuid);
          row.uuid = g_strdup (uuid);
        }
    }

  row.post = existing ? engage_post_copy (existing) : engage_post_new (0, NULL);

  channel = trimmed (cell (analysis, record, FIELD_CHANNEL));
  if (*channel != '\0')
    {
      if (!resolve_channel (self, analysis, channel, &row))
        add_problem (self->problems, row.line, ENGAGE_SEVERITY_ERROR, FALSE,
                     _("“%s” is neither a channel of the project nor a network Engage knows"), channel);
    }
  else if (existing == NULL)
    add_problem (self->problems, row.line, ENGAGE_SEVERITY_ERROR, FALSE, "%s",
                 _("the row names no channel"));

  read_schedule (self, analysis, record, &row);

  read_text_field (analysis, record, FIELD_TITLE, FALSE, row.post, engage_post_set_title);
  read_text_field (analysis, record, FIELD_TEXT, FALSE, row.post, engage_post_set_body);
  read_text_field (analysis, record, FIELD_CAMPAIGN, TRUE, row.post, engage_post_set_campaign);
  read_text_field (analysis, record, FIELD_OWNER, TRUE, row.post, engage_post_set_owner);
  read_text_field (analysis, record, FIELD_LINK, TRUE, row.post, engage_post_set_link);
  read_text_field (analysis, record, FIELD_PERMALINK, TRUE, row.post, engage_post_set_permalink);
  read_text_field (analysis, record, FIELD_NOTES, FALSE, row.post, engage_post_set_notes);

  status_text = trimmed (cell (analysis, record, FIELD_STATUS));
  if (*status_text != '\0')
    {
      EngagePostStatus status;

      if (parse_status (status_text, &status))
        engage_post_set_status (row.post, status);
      else
        add_problem (self->problems, row.line, ENGAGE_SEVERITY_ERROR, FALSE,
                     _("“%s” is not a status; use Idea, Draft, In review, Approved, Scheduled, Published or Archived"),
                     status_text);
    }
  else if (existing == NULL)
    engage_post_set_status (row.post, engage_post_get_scheduled_at (row.post) ? ENGAGE_POST_STATUS_DRAFT
                                                                              : ENGAGE_POST_STATUS_IDEA);

  if (has_column (analysis, FIELD_PILLAR))
    {
      g_autofree char *pillar = trimmed (cell (analysis, record, FIELD_PILLAR));

      if (*pillar != '\0')
        resolve_pillar (self, analysis, pillar, &row);
      else
        engage_post_set_pillar_id (row.post, 0);
    }

  if (count_errors (self->problems) > errors_before)
    row.action = ENGAGE_POST_CSV_ROW_INVALID;
  else if (existing != NULL)
    row.action = is_unchanged (row.post, existing, &row) ? ENGAGE_POST_CSV_ROW_UNCHANGED
                                                         : ENGAGE_POST_CSV_ROW_UPDATE;

  g_array_append_val (self->rows, row);
}

/* Which way round the file writes "3/4/2026": settled by any date whose first
 * or second number is above 12. */
static SlashOrder
find_slash_order (Analysis  *analysis,
                  GPtrArray *records)
{
  gboolean day_first = FALSE, month_first = FALSE;

  for (guint i = 1; i < records->len; i++)
    {
      g_autofree char *date = NULL;
      g_autofree char *time = NULL;
      g_autofree char *text = trimmed (cell (analysis, g_ptr_array_index (records, i), FIELD_DATE));
      guint n[3];

      split_date_cell (text, &date, &time);
      if (!parse_slash_date (date, n))
        continue;

      day_first |= n[0] > 12;
      month_first |= n[1] > 12;
    }

  if (day_first && month_first)
    return ORDER_CONFLICT;
  if (day_first)
    return ORDER_DAY_MONTH;
  if (month_first)
    return ORDER_MONTH_DAY;
  return ORDER_UNKNOWN;
}

static gboolean
has_ambiguous_slash_dates (Analysis  *analysis,
                           GPtrArray *records)
{
  for (guint i = 1; i < records->len; i++)
    {
      g_autofree char *date = NULL;
      g_autofree char *time = NULL;
      g_autofree char *text = trimmed (cell (analysis, g_ptr_array_index (records, i), FIELD_DATE));
      guint n[3];

      split_date_cell (text, &date, &time);
      if (parse_slash_date (date, n) && n[0] != n[1] && n[0] <= 12 && n[1] <= 12)
        return TRUE;
    }

  return FALSE;
}

static gboolean
map_header (EngagePostCsvImport *self,
            Analysis            *analysis,
            const Record        *header)
{
  guint mapped = 0;
  gboolean ok = TRUE;

  for (guint i = 0; i < N_FIELDS; i++)
    analysis->columns[i] = -1;
  analysis->n_columns = g_strv_length (header->fields);

  for (guint column = 0; column < analysis->n_columns; column++)
    {
      g_autofree char *key = make_key (header->fields[column]);
      const HeaderAlias *alias = NULL;

      g_strdelimit (key, "_", ' ');
      for (guint i = 0; i < G_N_ELEMENTS (header_aliases); i++)
        if (g_str_equal (key, header_aliases[i].name))
          alias = &header_aliases[i];

      if (alias == NULL)
        {
          if (*key != '\0')
            add_problem (self->problems, header->line, ENGAGE_SEVERITY_WARNING, FALSE,
                         _("the column “%s” is not imported"), g_strstrip (header->fields[column]));
          continue;
        }

      if (analysis->columns[alias->field] >= 0)
        {
          add_problem (self->problems, header->line, ENGAGE_SEVERITY_ERROR, TRUE,
                       _("the columns “%s” and “%s” mean the same"),
                       header->fields[analysis->columns[alias->field]], header->fields[column]);
          ok = FALSE;
          continue;
        }

      analysis->columns[alias->field] = column;
      if (alias->field == FIELD_DATE)
        analysis->english_dates = alias->english;
      mapped++;
    }

  if (mapped == 0)
    {
      add_problem (self->problems, header->line, ENGAGE_SEVERITY_ERROR, TRUE, "%s",
                   _("the first line is not a header naming columns such as Date, Channel and Title"));
      return FALSE;
    }

  if (analysis->columns[FIELD_CHANNEL] < 0)
    {
      add_problem (self->problems, header->line, ENGAGE_SEVERITY_ERROR, TRUE, "%s",
                   _("no column names the channel; call it “Channel” or “Kanal”"));
      return FALSE;
    }

  return ok;
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  guint line_a = ((const Problem *) a)->line;
  guint line_b = ((const Problem *) b)->line;

  return line_a < line_b ? -1 : line_a > line_b;
}

/* Works out, against the project as it is now, what every row would do. */
static void
analyse (EngagePostCsvImport *self)
{
  g_autoptr(GListModel) channels = NULL;
  g_autoptr(GListModel) pillars = NULL;
  g_autoptr(GHashTable) uuids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Analysis analysis = { 0, };

  self->imported = FALSE;
  g_array_set_size (self->rows, 0);
  g_array_set_size (self->problems, 0);
  g_ptr_array_set_size (self->new_channels, 0);
  g_ptr_array_set_size (self->new_pillars, 0);
  g_clear_object (&self->previous);

  for (guint i = 0; i < self->read_problems->len; i++)
    {
      Problem problem = g_array_index (self->read_problems, Problem, i);

      problem.message = g_strdup (problem.message);
      g_array_append_val (self->problems, problem);
    }

  if (self->sha256 != NULL && engage_project_is_open (self->project))
    self->previous = engage_project_find_import_batch (self->project, self->sha256, NULL);

  if (self->records->len == 0)
    {
      if (self->read_problems->len == 0)
        add_problem (self->problems, 0, ENGAGE_SEVERITY_ERROR, TRUE, "%s", _("the file holds no rows"));
      return;
    }

  if (!map_header (self, &analysis, g_ptr_array_index (self->records, 0)))
    {
      g_array_sort (self->problems, compare_problems);
      return;
    }

  channels = engage_project_list_channels (self->project);
  pillars = engage_project_list_pillars (self->project);
  analysis.channels = channels;
  analysis.pillars = pillars;
  analysis.tz = engage_project_get_tz (self->project);
  analysis.uuids = uuids;
  analysis.order = find_slash_order (&analysis, self->records);

  if (analysis.order == ORDER_UNKNOWN && analysis.english_dates &&
      has_ambiguous_slash_dates (&analysis, self->records))
    add_problem (self->problems, ((Record *) g_ptr_array_index (self->records, 0))->line,
                 ENGAGE_SEVERITY_INFO, FALSE, "%s",
                 _("dates such as 03/04/2026 are read as month/day, because the headers are English"));

  for (guint i = 1; i < self->records->len; i++)
    analyse_row (self, &analysis, g_ptr_array_index (self->records, i));

  g_array_sort (self->problems, compare_problems);
}

static void
engage_post_csv_import_finalize (GObject *object)
{
  EngagePostCsvImport *self = ENGAGE_POST_CSV_IMPORT (object);

  g_clear_object (&self->project);
  g_clear_object (&self->batch);
  g_clear_object (&self->previous);
  g_free (self->file_name);
  g_free (self->sha256);
  g_ptr_array_unref (self->records);
  g_array_unref (self->read_problems);
  g_array_unref (self->rows);
  g_array_unref (self->problems);
  g_ptr_array_unref (self->new_channels);
  g_ptr_array_unref (self->new_pillars);

  G_OBJECT_CLASS (engage_post_csv_import_parent_class)->finalize (object);
}

static void
engage_post_csv_import_class_init (EngagePostCsvImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = engage_post_csv_import_finalize;
}

static void
engage_post_csv_import_init (EngagePostCsvImport *self)
{
  self->delimiter = ',';
  self->records = g_ptr_array_new_with_free_func (record_free);
  self->read_problems = g_array_new (FALSE, FALSE, sizeof (Problem));
  g_array_set_clear_func (self->read_problems, problem_clear);
  self->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_array_set_clear_func (self->rows, row_clear);
  self->problems = g_array_new (FALSE, FALSE, sizeof (Problem));
  g_array_set_clear_func (self->problems, problem_clear);
  self->new_channels = g_ptr_array_new_with_free_func (new_channel_free);
  self->new_pillars = g_ptr_array_new_with_free_func (g_free);
}

/**
 * engage_post_csv_import_new_from_bytes:
 * @project: an open project
 * @contents: the file's bytes
 * @file_name: the file's name, for messages and the import record
 *
 * Reads a plan of posts and works out what importing it would do, writing
 * nothing: the preview. Problems of the file (its encoding, a quote never
 * closed, a missing channel column) are among the problems, at line 0 for the
 * file as a whole.
 *
 * Returns: (transfer full): the import, ready to show and to run
 */
EngagePostCsvImport *
engage_post_csv_import_new_from_bytes (EngageProject *project,
                                       GBytes        *contents,
                                       const char    *file_name)
{
  EngagePostCsvImport *self;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (contents != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  self = g_object_new (ENGAGE_TYPE_POST_CSV_IMPORT, NULL);
  self->project = g_object_ref (project);
  self->file_name = g_strdup (file_name);

  read_contents (self, contents);
  analyse (self);

  return self;
}

/**
 * engage_post_csv_import_new:
 * @project: an open project
 * @file: a CSV file
 * @error: return location for a #GError
 *
 * Like engage_post_csv_import_new_from_bytes() for a file.
 *
 * Returns: (transfer full) (nullable): the import; %NULL with a #GIOError if
 *   the file cannot be read
 */
EngagePostCsvImport *
engage_post_csv_import_new (EngageProject  *project,
                            GFile          *file,
                            GError        **error)
{
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  base = g_file_get_basename (file);
  name = g_filename_display_name (base);

  contents = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (contents == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("“%s” does not exist."), name);
      else
        g_set_error (error, local_error->domain, local_error->code,
                     _("“%s” cannot be read: %s."), name, local_error->message);
      return NULL;
    }

  return engage_post_csv_import_new_from_bytes (project, contents, name);
}

const char *
engage_post_csv_import_get_file_name (EngagePostCsvImport *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_CSV_IMPORT (self), NULL);
  return self->file_name;
}

/**
 * engage_post_csv_import_get_sha256:
 *
 * Returns: the SHA-256 of the file's bytes, in hex
 */
const char *
engage_post_csv_import_get_sha256 (EngagePostCsvImport *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_CSV_IMPORT (self), NULL);
  return self->sha256;
}

/**
 * engage_post_csv_import_get_encoding_name:
 *
 * Returns: (nullable): the encoding the file was read in, %NULL if it could not be
 */
const char *
engage_post_csv_import_get_encoding_name (EngagePostCsvImport *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_CSV_IMPORT (self), NULL);
  return self->decoded ? engage_csv_encoding_get_name (self->encoding) : NULL;
}

/**
 * engage_post_csv_import_get_delimiter:
 *
 * Returns: the field separator found: ',', ';' or '\t'
 */
char
engage_post_csv_import_get_delimiter (EngagePostCsvImport *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_CSV_IMPORT (self), ',');
  return self->delimiter;
}

/**
 * engage_post_csv_import_get_n_rows:
 *
 * Returns: the number of rows below the header, empty ones included
 */
guint
engage_post_csv_import_get_n_rows (EngagePostCsvImport *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_CSV_IMPORT (self), 0);
  return self->rows->len;
}

static Row *
get_row (EngagePostCsvImport *self,
         guint                row)
{
  g_return_val_if_fail (ENGAGE_IS_POST_CSV_IMPORT (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  return &g_array_index (self->rows, Row, row);
}

/**
 * engage_post_csv_import_get_row_line:
 *
 * Returns: the line of the file the row starts on
 */
guint
engage_post_csv_import_get_row_line (EngagePostCsvImport *self,
                                     guint                row)
{
  Row *r = get_row (self, row);

  return r ? r->line : 0;
}

EngagePostCsvRowAction
engage_post_csv_import_get_row_action (EngagePostCsvImport *self,
                                       guint                row)
{
  Row *r = get_row (self, row);

  return r ? r->action : ENGAGE_POST_CSV_ROW_INVALID;
}

/**
 * engage_post_csv_import_get_row_post:
 *
 * Returns: (transfer none) (nullable): the post as the row would make it, not
 *   to be changed; its channel and pillar ids are 0 where the import creates
 *   them. After engage_post_csv_import_run(), the post as stored. %NULL for an
 *   empty row, and after running for a row skipped for a problem.
 */
EngagePost *
engage_post_csv_import_get_row_post (EngagePostCsvImport *self,
                                     guint                row)
{
  Row *r = get_row (self, row);

  return r ? r->post : NULL;
}

/**
 * engage_post_csv_import_get_row_channel_name:
 *
 * Returns: (nullable): the name of the row's channel, existing or to be created
 */
const char *
engage_post_csv_import_get_row_channel_name (EngagePostCsvImport *self,
                                             guint                row)
{
  Row *r = get_row (self, row);

  return r ? r->channel_name : NULL;
}

/**
 * engage_post_csv_import_count_rows:
 *
 * Returns: how many rows will do (or, after running, did) @action
 */
guint
engage_post_csv_import_count_rows (EngagePostCsvImport    *self,
                                   EngagePostCsvRowAction  action)
{
  guint n = 0;

  g_return_val_if_fail (ENGAGE_IS_POST_CSV_IMPORT (self), 0);

  for (guint i = 0; i < self->rows->len; i++)
    n += g_array_index (self->rows, Row, i).action == action;

  return n;
}

/**
 * engage_post_csv_import_dup_new_channels:
 *
 * Returns: (transfer full): the names of the channels the import creates
 */
GStrv
engage_post_csv_import_dup_new_channels (EngagePostCsvImport *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (ENGAGE_IS_POST_CSV_IMPORT (self), NULL);

  for (guint i = 0; i < self->new_channels->len; i++)
    g_strv_builder_add (builder, ((NewChannel *) g_ptr_array_index (self->new_channels, i))->name);

  return g_strv_builder_end (builder);
}

/**
 * engage_post_csv_import_dup_new_pillars:
 *
 * Returns: (transfer full): the names of the content pillars the import creates
 */
GStrv
engage_post_csv_import_dup_new_pillars (EngagePostCsvImport *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (ENGAGE_IS_POST_CSV_IMPORT (self), NULL);

  for (guint i = 0; i < self->new_pillars->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->new_pillars, i));

  return g_strv_builder_end (builder);
}

guint
engage_post_csv_import_get_n_problems (EngagePostCsvImport *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_CSV_IMPORT (self), 0);
  return self->problems->len;
}

/**
 * engage_post_csv_import_get_problem:
 * @self: an import
 * @index: which problem, in the order of their lines
 * @line: (out) (optional): the line, 0 for the file as a whole
 * @severity: (out) (optional): %ENGAGE_SEVERITY_ERROR for what stops the row
 *   (or the file), %ENGAGE_SEVERITY_WARNING for what is left out,
 *   %ENGAGE_SEVERITY_INFO for what the import will create or assume
 *
 * Returns: (transfer none): what is wrong, as a clause to show after "Line 7:",
 *   e.g. "the date “31.02.2026” does not exist"
 */
const char *
engage_post_csv_import_get_problem (EngagePostCsvImport *self,
                                    guint                index,
                                    guint               *line,
                                    EngageSeverity      *severity)
{
  Problem *problem;

  g_return_val_if_fail (ENGAGE_IS_POST_CSV_IMPORT (self), NULL);
  g_return_val_if_fail (index < self->problems->len, NULL);

  problem = &g_array_index (self->problems, Problem, index);
  if (line != NULL)
    *line = problem->line;
  if (severity != NULL)
    *severity = problem->severity;

  return problem->message;
}

/**
 * engage_post_csv_import_has_errors:
 *
 * Returns: whether any problem stops a row or the file
 */
gboolean
engage_post_csv_import_has_errors (EngagePostCsvImport *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_CSV_IMPORT (self), TRUE);
  return count_errors (self->problems) > 0;
}

/**
 * engage_post_csv_import_get_previous_import:
 *
 * Returns: (transfer none) (nullable): the latest import of a file with the same
 *   contents into the project, if there was one
 */
EngageImportBatch *
engage_post_csv_import_get_previous_import (EngagePostCsvImport *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_CSV_IMPORT (self), NULL);
  return self->previous;
}

/**
 * engage_post_csv_import_get_batch:
 *
 * Returns: (transfer none) (nullable): the record of the import, once it ran
 */
EngageImportBatch *
engage_post_csv_import_get_batch (EngagePostCsvImport *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_CSV_IMPORT (self), NULL);
  return self->batch;
}

static void
append_count (GString    *report,
              const char *label,
              guint       count)
{
  g_string_append_printf (report, "%s %u\n", label, count);
}

/**
 * engage_post_csv_import_dup_report:
 *
 * Describes the import for the command line and the import record: how many
 * rows were read, what they do (or, once the import ran, did) and why rows are
 * skipped, then each problem with its line.
 *
 * Returns: (transfer full): lines of text
 */
char *
engage_post_csv_import_dup_report (EngagePostCsvImport *self)
{
  g_autoptr(GString) report = g_string_new (NULL);
  guint empty, unchanged, invalid;

  g_return_val_if_fail (ENGAGE_IS_POST_CSV_IMPORT (self), NULL);

  empty = engage_post_csv_import_count_rows (self, ENGAGE_POST_CSV_ROW_EMPTY);
  unchanged = engage_post_csv_import_count_rows (self, ENGAGE_POST_CSV_ROW_UNCHANGED);
  invalid = engage_post_csv_import_count_rows (self, ENGAGE_POST_CSV_ROW_INVALID);

  g_string_append_printf (report, "%s %s\n", _("File:"), self->file_name);
  if (self->decoded)
    g_string_append_printf (report, "%s %s, %s\n", _("Format:"),
                            engage_csv_encoding_get_name (self->encoding),
                            self->delimiter == '\t' ? _("tab-separated")
                            : self->delimiter == ';' ? _("semicolon-separated")
                            : _("comma-separated"));
  append_count (report, _("Rows read:"), self->rows->len);
  append_count (report, _("New posts:"), engage_post_csv_import_count_rows (self, ENGAGE_POST_CSV_ROW_CREATE));
  append_count (report, _("Changed posts:"), engage_post_csv_import_count_rows (self, ENGAGE_POST_CSV_ROW_UPDATE));
  append_count (report, _("Rows skipped as empty:"), empty);
  append_count (report, _("Rows skipped as unchanged:"), unchanged);
  append_count (report, self->imported ? _("Rows skipped for a problem:") : _("Rows with a problem:"), invalid);

  for (guint i = 0; i < self->problems->len; i++)
    {
      Problem *problem = &g_array_index (self->problems, Problem, i);

      if (problem->line == 0)
        g_string_append (report, problem->message);
      else
        g_string_append_printf (report, _("Line %u: %s"), problem->line, problem->message);
      g_string_append_c (report, '\n');
    }

  return g_string_free (g_steal_pointer (&report), FALSE);
}

static const Problem *
first_blocking_problem (EngagePostCsvImport      *self,
                        EngagePostCsvImportFlags  flags)
{
  for (guint i = 0; i < self->problems->len; i++)
    {
      const Problem *problem = &g_array_index (self->problems, Problem, i);

      if (problem->severity != ENGAGE_SEVERITY_ERROR)
        continue;
      if (problem->refuses_file || !(flags & ENGAGE_POST_CSV_IMPORT_SKIP_INVALID))
        return problem;
    }

  return NULL;
}

static gboolean
set_post_uuid (EngageProject  *project,
               gint64          post_id,
               const char     *uuid,
               GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = _engage_project_prepare (project, "UPDATE post SET uuid = ?1 WHERE id = ?2",
                                                          error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, post_id);
  return _engage_project_step_done (project, stmt, error);
}

static gboolean
write_rows (EngagePostCsvImport  *self,
            GArray               *channel_ids,
            GArray               *pillar_ids,
            GError              **error)
{
  for (guint i = 0; i < self->new_channels->len; i++)
    {
      NewChannel *created = g_ptr_array_index (self->new_channels, i);
      g_autoptr(EngageChannel) channel = engage_channel_new (created->kind, created->name);
      g_autoptr(GListModel) existing = engage_project_list_channels (self->project);
      gint64 id;

      engage_channel_set_position (channel, g_list_model_get_n_items (existing));
      if (!engage_project_add_channel (self->project, channel, error))
        return FALSE;
      id = engage_channel_get_id (channel);
      g_array_append_val (channel_ids, id);
    }

  for (guint i = 0; i < self->new_pillars->len; i++)
    {
      g_autoptr(EngagePillar) pillar = engage_pillar_new (g_ptr_array_index (self->new_pillars, i));
      g_autoptr(GListModel) existing = engage_project_list_pillars (self->project);
      gint64 id;

      engage_pillar_set_position (pillar, g_list_model_get_n_items (existing));
      if (!engage_project_add_pillar (self->project, pillar, error))
        return FALSE;
      id = engage_pillar_get_id (pillar);
      g_array_append_val (pillar_ids, id);
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      if (row->action != ENGAGE_POST_CSV_ROW_CREATE && row->action != ENGAGE_POST_CSV_ROW_UPDATE)
        continue;

      if (row->new_channel >= 0)
        engage_post_set_channel_id (row->post, g_array_index (channel_ids, gint64, row->new_channel));
      if (row->new_pillar >= 0)
        engage_post_set_pillar_id (row->post, g_array_index (pillar_ids, gint64, row->new_pillar));

      if (row->action == ENGAGE_POST_CSV_ROW_UPDATE)
        {
          if (!engage_project_update_post (self->project, row->post, error))
            return FALSE;
          continue;
        }

      engage_post_set_imported (row->post, TRUE);
      if (!engage_project_add_post (self->project, row->post, error))
        return FALSE;

      /* The file's UUID stays the post's, so that exporting again gives the
       * same file and a later import of it updates instead of doubling. */
      if (row->uuid != NULL && !set_post_uuid (self->project, engage_post_get_id (row->post), row->uuid, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * engage_post_csv_import_run:
 * @self: an import
 * @flags: whether to import a file imported before, and whether to skip rows
 *   with problems instead of refusing the file
 * @error: return location for a #GError
 *
 * Imports the rows as one edit: the channels and pillars the rows name and the
 * project lacks, the new posts, the changes to the posts whose UUID a row
 * names, and an #EngageImportBatch with the file's name, SHA-256 and counts.
 * Undo takes all of it back. The rows are read again against the project as it
 * is now, so the preview may be old.
 *
 * Returns: %TRUE on success; %FALSE with %ENGAGE_POST_CSV_ERROR_INVALID (the
 *   message names the file and the line) or
 *   %ENGAGE_POST_CSV_ERROR_ALREADY_IMPORTED, or a project error, and the
 *   project unchanged
 */
gboolean
engage_post_csv_import_run (EngagePostCsvImport       *self,
                            EngagePostCsvImportFlags   flags,
                            GError                   **error)
{
  g_autoptr(GArray) channel_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) pillar_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(EngageImportBatch) batch = NULL;
  g_autofree char *report = NULL;
  const Problem *problem;
  guint imported;

  g_return_val_if_fail (ENGAGE_IS_POST_CSV_IMPORT (self), FALSE);

  analyse (self);

  problem = first_blocking_problem (self, flags);
  if (problem != NULL)
    {
      if (problem->line == 0)
        g_set_error (error, ENGAGE_POST_CSV_ERROR, ENGAGE_POST_CSV_ERROR_INVALID,
                     _("“%s” cannot be imported: %s."), self->file_name, problem->message);
      else
        g_set_error (error, ENGAGE_POST_CSV_ERROR, ENGAGE_POST_CSV_ERROR_INVALID,
                     _("Line %u of “%s” cannot be imported: %s."),
                     problem->line, self->file_name, problem->message);
      return FALSE;
    }

  if (self->previous != NULL && !(flags & ENGAGE_POST_CSV_IMPORT_FORCE))
    {
      g_autoptr(GDateTime) when = g_date_time_to_timezone (engage_import_batch_get_imported_at (self->previous),
                                                           engage_project_get_tz (self->project));
      g_autofree char *day = g_date_time_format (when, "%Y-%m-%d");

      g_set_error (error, ENGAGE_POST_CSV_ERROR, ENGAGE_POST_CSV_ERROR_ALREADY_IMPORTED,
                   _("“%s” was already imported into this project on %s, and importing it again would repeat its rows."),
                   self->file_name, day);
      return FALSE;
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      if (row->action == ENGAGE_POST_CSV_ROW_INVALID)
        g_clear_object (&row->post);
    }

  imported = engage_post_csv_import_count_rows (self, ENGAGE_POST_CSV_ROW_CREATE) +
             engage_post_csv_import_count_rows (self, ENGAGE_POST_CSV_ROW_UPDATE);
  self->imported = TRUE;
  report = engage_post_csv_import_dup_report (self);
  self->imported = FALSE;

  batch = engage_import_batch_new ("posts", self->file_name, self->sha256);
  engage_import_batch_set_format (batch, "csv");
  engage_import_batch_set_rows_read (batch, self->rows->len);
  engage_import_batch_set_rows_imported (batch, imported);
  engage_import_batch_set_rows_skipped (batch, self->rows->len - imported);
  engage_import_batch_set_report (batch, report);

  if (!_engage_project_begin_edit (self->project, error))
    return FALSE;

  if (!write_rows (self, channel_ids, pillar_ids, error) ||
      !engage_project_add_import_batch (self->project, batch, error))
    {
      _engage_project_rollback_edit (self->project);
      analyse (self);
      return FALSE;
    }

  if (!_engage_project_commit_edit (self->project, _("Import Posts"),
                                    ENGAGE_TABLE_POST | ENGAGE_TABLE_CHANNEL | ENGAGE_TABLE_PILLAR |
                                    ENGAGE_TABLE_IMPORT_BATCH,
                                    error))
    {
      analyse (self);
      return FALSE;
    }

  /* Show the posts as stored, with their UUIDs from the file. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      if (row->uuid != NULL && row->action == ENGAGE_POST_CSV_ROW_CREATE && row->post != NULL)
        {
          EngagePost *stored = engage_project_get_post (self->project, engage_post_get_id (row->post), NULL);

          if (stored != NULL)
            {
              g_object_unref (row->post);
              row->post = stored;
            }
        }
    }

  g_set_object (&self->batch, batch);
  self->imported = TRUE;
  return TRUE;
}
