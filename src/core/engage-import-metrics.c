/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-import-metrics"

#include "config.h"

#include "engage-import-metrics.h"
#include "engage-import-metrics-private.h"
#include "engage-channel.h"
#include "engage-kpi.h"
#include "engage-measurement.h"
#include "engage-post.h"

#include <string.h>

#include <glib/gi18n.h>

/*
 * Analytics exports → post metrics (or, for page-level series, KPI measurements).
 *
 * Reading turns every format into the same plain rows: the posts of the file
 * (id, permalink, text, publication time) and their counts per date. A lifetime
 * export (X, Meta, LinkedIn, YouTube) gives each post one row dated on the day it
 * was published, so importing a newer export of the same posts replaces the
 * counts instead of adding a second row. Applying then finds each post in the
 * project: by external id or permalink, then by channel and time (±30 minutes),
 * and creates the others as published, imported posts.
 */


static void
parsed_post_free (gpointer data)
{
  ParsedPost *post = data;

  g_free (post->external_id);
  g_free (post->permalink);
  g_free (post->text);
  g_free (post->channel_name);
  g_free (post);
}

static void
series_free (gpointer data)
{
  Series *series = data;

  g_free (series->name);
  g_array_unref (series->points);
  g_free (series);
}

static void
parsed_free (gpointer data)
{
  Parsed *parsed = data;

  g_free (parsed->account);
  g_ptr_array_unref (parsed->posts);
  g_hash_table_unref (parsed->post_keys);
  g_array_unref (parsed->metrics);
  g_ptr_array_unref (parsed->series);
  g_clear_pointer (&parsed->channels, g_hash_table_unref);
  g_clear_pointer (&parsed->upsert, sqlite3_finalize);
  g_clear_pointer (&parsed->insert, sqlite3_finalize);
  g_clear_pointer (&parsed->insert_batch, sqlite3_finalize);
  g_free (parsed);
}

static Parsed *
parsed_new (void)
{
  Parsed *parsed = g_new0 (Parsed, 1);

  parsed->posts = g_ptr_array_new_with_free_func (parsed_post_free);
  parsed->post_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  parsed->metrics = g_array_new (FALSE, FALSE, sizeof (ParsedMetric));
  parsed->series = g_ptr_array_new_with_free_func (series_free);
  return parsed;
}

/* Column specifications: the header names (normalized) of each format's columns. */

#define NAMES(...) ((const char * const []) { __VA_ARGS__, NULL })

typedef struct
{
  EngageImportFormat  format;
  EngageChannelKind   kind;
  const char * const *signature;    /* all must be in the header */
  const char * const *alternative;  /* or all of these */
  const char * const *id;
  const char * const *permalink;
  const char * const *text;
  const char * const *text2;
  const char * const *time;
  const char * const *date;         /* a per-row metric date (Meta: "Lifetime") */
  const char * const *account;
  const char * const *counts[N_COUNTS];
  EngageImportOrder   order;
  gboolean            excel_serial;
} Spec;

static const Spec specs[] = {
  {
    .format = ENGAGE_IMPORT_FORMAT_X, .kind = ENGAGE_CHANNEL_KIND_X,
    .signature = NAMES ("tweet id", "tweet permalink", "impressions"),
    .id = NAMES ("tweet id"), .permalink = NAMES ("tweet permalink"), .text = NAMES ("tweet text"),
    .time = NAMES ("time"),
    .counts = {
      [COUNT_IMPRESSIONS] = NAMES ("impressions"),
      [COUNT_VIEWS] = NAMES ("media views"),
      [COUNT_REACTIONS] = NAMES ("likes"),
      [COUNT_COMMENTS] = NAMES ("replies"),
      [COUNT_SHARES] = NAMES ("retweets"),
      [COUNT_CLICKS] = NAMES ("url clicks"),
      [COUNT_FOLLOWS] = NAMES ("follows"),
    },
    .order = ENGAGE_IMPORT_ORDER_MONTH_FIRST,
  },
  {
    .format = ENGAGE_IMPORT_FORMAT_X_CONTENT, .kind = ENGAGE_CHANNEL_KIND_X,
    .signature = NAMES ("post id", "post link", "impressions"),
    .id = NAMES ("post id"), .permalink = NAMES ("post link"), .text = NAMES ("post text"),
    .time = NAMES ("date"),
    .counts = {
      [COUNT_IMPRESSIONS] = NAMES ("impressions"),
      [COUNT_REACTIONS] = NAMES ("likes"),
      [COUNT_COMMENTS] = NAMES ("replies"),
      [COUNT_SHARES] = NAMES ("reposts"),
      [COUNT_SAVES] = NAMES ("bookmarks"),
      [COUNT_CLICKS] = NAMES ("url clicks"),
      [COUNT_FOLLOWS] = NAMES ("new follows"),
    },
    .order = ENGAGE_IMPORT_ORDER_MONTH_FIRST,
  },
  {
    .format = ENGAGE_IMPORT_FORMAT_X_DAILY, .kind = ENGAGE_CHANNEL_KIND_X,
    .signature = NAMES ("date", "tweets published", "impressions"),
    .alternative = NAMES ("date", "impressions", "new follows", "unfollows"),
    .time = NAMES ("date"),
    .counts = { [COUNT_FOLLOWS] = NAMES ("follows", "new follows") },
    .order = ENGAGE_IMPORT_ORDER_MONTH_FIRST,
  },
  {
    .format = ENGAGE_IMPORT_FORMAT_META, .kind = ENGAGE_CHANNEL_KIND_FACEBOOK,
    .signature = NAMES ("post id", "publish time", "permalink"),
    .id = NAMES ("post id"), .permalink = NAMES ("permalink"),
    .text = NAMES ("title", "description"), .text2 = NAMES ("description"),
    .time = NAMES ("publish time"), .date = NAMES ("date"),
    .account = NAMES ("page name", "account username", "account name"),
    .counts = {
      [COUNT_IMPRESSIONS] = NAMES ("impressions"),
      [COUNT_REACH] = NAMES ("reach"),
      [COUNT_VIEWS] = NAMES ("views"),
      [COUNT_REACTIONS] = NAMES ("reactions", "likes"),
      [COUNT_COMMENTS] = NAMES ("comments"),
      [COUNT_SHARES] = NAMES ("shares"),
      [COUNT_SAVES] = NAMES ("saves"),
      [COUNT_CLICKS] = NAMES ("link clicks", "total clicks"),
      [COUNT_FOLLOWS] = NAMES ("follows"),
    },
    .order = ENGAGE_IMPORT_ORDER_MONTH_FIRST,
  },
  {
    .format = ENGAGE_IMPORT_FORMAT_META_LEGACY, .kind = ENGAGE_CHANNEL_KIND_FACEBOOK,
    .signature = NAMES ("post id", "permalink", "posted", "lifetime post total reach"),
    .id = NAMES ("post id"), .permalink = NAMES ("permalink"), .text = NAMES ("post message"),
    .time = NAMES ("posted"),
    .counts = {
      [COUNT_IMPRESSIONS] = NAMES ("lifetime post total impressions"),
      [COUNT_REACH] = NAMES ("lifetime post total reach"),
      [COUNT_REACTIONS] = NAMES ("lifetime post stories by action type - like"),
      [COUNT_COMMENTS] = NAMES ("lifetime post stories by action type - comment"),
      [COUNT_SHARES] = NAMES ("lifetime post stories by action type - share"),
      [COUNT_CLICKS] = NAMES ("lifetime post consumptions by type - link clicks"),
    },
    .order = ENGAGE_IMPORT_ORDER_MONTH_FIRST,
    .excel_serial = TRUE,
  },
  {
    .format = ENGAGE_IMPORT_FORMAT_LINKEDIN, .kind = ENGAGE_CHANNEL_KIND_LINKEDIN,
    .signature = NAMES ("update link", "created date", "impressions"),
    .alternative = NAMES ("post link", "created date", "impressions"),
    .permalink = NAMES ("update link", "post link"), .text = NAMES ("update title", "post title"),
    .time = NAMES ("created date"),
    .counts = {
      [COUNT_IMPRESSIONS] = NAMES ("impressions"),
      [COUNT_VIEWS] = NAMES ("video views", "views (excluding off-site video views)", "views"),
      [COUNT_REACTIONS] = NAMES ("likes", "reactions"),
      [COUNT_COMMENTS] = NAMES ("comments"),
      [COUNT_SHARES] = NAMES ("shares", "reposts"),
      [COUNT_CLICKS] = NAMES ("clicks"),
      [COUNT_FOLLOWS] = NAMES ("follows"),
    },
    .order = ENGAGE_IMPORT_ORDER_MONTH_FIRST,
    .excel_serial = TRUE,
  },
  {
    .format = ENGAGE_IMPORT_FORMAT_YOUTUBE, .kind = ENGAGE_CHANNEL_KIND_YOUTUBE,
    .signature = NAMES ("content", "video title", "video publish time"),
    .alternative = NAMES ("content", "video title", "views"),
    .id = NAMES ("content"), .text = NAMES ("video title"),
    .time = NAMES ("video publish time", "video publish date"),
    .counts = {
      [COUNT_IMPRESSIONS] = NAMES ("impressions"),
      [COUNT_VIEWS] = NAMES ("views"),
      [COUNT_REACTIONS] = NAMES ("likes"),
      [COUNT_COMMENTS] = NAMES ("comments added", "comments"),
      [COUNT_SHARES] = NAMES ("shares"),
      [COUNT_FOLLOWS] = NAMES ("subscribers", "subscribers gained"),
    },
    .order = ENGAGE_IMPORT_ORDER_MONTH_FIRST,
  },
};

/* The generic table: English and German names a person would give columns. */
static const char * const generic_date[] = { "date", "datum", "day", "tag", NULL };
static const char * const generic_time[] = { "time", "published", "published at", "publish time",
                                             "zeit", "veröffentlicht", "veröffentlicht am", NULL };
static const char * const generic_id[] = { "id", "post id", "external id", "post_id", "beitrags-id",
                                           "beitrag-id", NULL };
static const char * const generic_permalink[] = { "permalink", "link", "url", "post link", NULL };
static const char * const generic_text[] = { "text", "message", "body", "post text", "beitrag",
                                             "nachricht", NULL };
static const char * const generic_title[] = { "title", "titel", NULL };
static const char * const generic_channel[] = { "channel", "kanal", NULL };
static const char * const * const generic_counts[N_COUNTS] = {
  NAMES ("impressions", "impressionen"),
  NAMES ("reach", "reichweite"),
  NAMES ("views", "aufrufe", "video views"),
  NAMES ("reactions", "likes", "reaktionen", "gefällt mir"),
  NAMES ("comments", "kommentare", "replies"),
  NAMES ("shares", "geteilt", "retweets", "reposts", "teilungen"),
  NAMES ("saves", "gespeichert", "bookmarks"),
  NAMES ("clicks", "klicks", "link clicks", "linkklicks"),
  NAMES ("follows", "new follows", "neue follower", "follower"),
};

typedef enum
{
  MAP_DATE,
  MAP_TIME,
  MAP_ID,
  MAP_PERMALINK,
  MAP_TEXT,
  MAP_TITLE,
  MAP_CHANNEL,
  MAP_COUNTS,
  N_MAP = MAP_COUNTS + N_COUNTS
} MapKey;

static const char * const map_keys[N_MAP] = {
  "date", "time", "id", "permalink", "text", "title", "channel",
  "impressions", "reach", "views", "reactions", "comments", "shares", "saves", "clicks", "follows",
};

static int
map_key_from_string (const char *key)
{
  for (guint i = 0; i < N_MAP; i++)
    if (g_ascii_strcasecmp (key, map_keys[i]) == 0)
      return i;

  return -1;
}

/**
 * engage_import_metrics_check_map:
 * @map: "key:Header,…" as given to --map
 * @error: return location for a #GError
 *
 * Checks the keys of a column mapping before any file is read.
 *
 * Returns: %FALSE with %ENGAGE_IMPORT_ERROR_OPTION for an unknown key or a pair
 *   without a colon
 */
gboolean
engage_import_metrics_check_map (const char  *map,
                                 GError     **error)
{
  g_auto(GStrv) pairs = NULL;

  g_return_val_if_fail (map != NULL, FALSE);

  pairs = g_strsplit (map, ",", -1);
  for (guint i = 0; pairs[i] != NULL; i++)
    {
      g_autofree char *key = NULL;
      const char *colon = strchr (pairs[i], ':');

      if (colon == NULL || colon == pairs[i] || colon[1] == '\0')
        {
          g_set_error (error, ENGAGE_IMPORT_ERROR, ENGAGE_IMPORT_ERROR_OPTION,
                       _("“%s” in the column mapping is not written as key:Header."), pairs[i]);
          return FALSE;
        }

      key = g_strstrip (g_strndup (pairs[i], colon - pairs[i]));
      if (map_key_from_string (key) < 0)
        {
          g_set_error (error, ENGAGE_IMPORT_ERROR, ENGAGE_IMPORT_ERROR_OPTION,
                       _("“%s” is not a column Engage imports; use date, time, id, permalink, text, title, channel, impressions, reach, views, reactions, comments, shares, saves, clicks or follows."),
                       key);
          return FALSE;
        }
    }

  return TRUE;
}

/* Header search over the first records of every sheet. */

typedef struct
{
  EngageImportFormat format;
  const Spec        *spec;
  guint              sheet;
  guint              header_index;   /* records before the header */
  GStrv              header;
  char              *preamble;       /* the record before the header, if one cell */
} Found;

static void
found_clear (Found *found)
{
  g_clear_pointer (&found->header, g_strfreev);
  g_clear_pointer (&found->preamble, g_free);
}

static gboolean
header_matches (GStrv       header,
                const Spec *spec)
{
  return _engage_import_header_has (header, spec->signature) ||
         (spec->alternative != NULL && _engage_import_header_has (header, spec->alternative));
}

static gboolean
is_meta_page_header (GStrv header)
{
  char *first, *second;
  gboolean ok;

  if (header == NULL || g_strv_length (header) < 2)
    return FALSE;

  first = _engage_import_normalize_header (header[0]);
  second = _engage_import_normalize_header (header[1]);
  ok = g_str_equal (first, "date") && g_str_equal (second, "primary");
  g_free (first);
  g_free (second);
  return ok;
}

static gboolean
find_header (EngageImportJob  *job,
             Found            *found,
             GError          **error)
{
  EngageImportTable *table = job->table;
  guint n_sheets = _engage_import_table_get_n_sheets (table);

  for (guint s = 0; s < n_sheets; s++)
    {
      g_auto(EngageImportCursor) cursor = { 0, };
      g_autofree char *previous = NULL;
      guint previous_fields = 0;

      _engage_import_cursor_init (&cursor, table, s);
      for (guint r = 0; r < 6; r++)
        {
          GStrv header;

          if (!_engage_import_cursor_next (&cursor, error))
            {
              if (error != NULL && *error != NULL)
                return FALSE;
              break;
            }
          header = cursor.current;

          if ((job->format == ENGAGE_IMPORT_FORMAT_AUTO || job->format == ENGAGE_IMPORT_FORMAT_META_PAGE) &&
              is_meta_page_header (header) && previous != NULL && previous_fields == 1)
            {
              found->format = ENGAGE_IMPORT_FORMAT_META_PAGE;
              found->sheet = s;
              found->header_index = r;
              found->header = g_strdupv (header);
              found->preamble = g_steal_pointer (&previous);
              return TRUE;
            }

          for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
            {
              if (job->format != ENGAGE_IMPORT_FORMAT_AUTO && job->format != specs[i].format &&
                  !(job->format == ENGAGE_IMPORT_FORMAT_X && specs[i].format == ENGAGE_IMPORT_FORMAT_X_CONTENT))
                continue;

              if (header_matches (header, &specs[i]))
                {
                  found->format = specs[i].format;
                  found->spec = &specs[i];
                  found->sheet = s;
                  found->header_index = r;
                  found->header = g_strdupv (header);
                  return TRUE;
                }
            }

          g_free (previous);
          previous = g_strdup (cursor.n_fields > 0 ? cursor.current[0] : "");
          previous_fields = 0;
          for (guint c = 0; c < cursor.n_fields; c++)
            previous_fields += cursor.current[c][0] != '\0';
        }
    }

  return FALSE;
}

/* Reading rows */

static gboolean
is_scientific (const char *id)
{
  return strstr (id, "E+") != NULL || strstr (id, "e+") != NULL ||
         (g_ascii_isdigit (id[0]) && strspn (id, "0123456789.,") == strlen (id) && strpbrk (id, ".,") != NULL);
}

/* The last run of digits of a permalink: the post id of X, Facebook and
 * LinkedIn links ("…/status/812369747765362688", "…activity:6680…/"). */
static char *
id_from_permalink (const char *permalink)
{
  const char *end = permalink + strlen (permalink);
  const char *start;

  while (end > permalink && !g_ascii_isdigit (end[-1]))
    end--;
  start = end;
  while (start > permalink && g_ascii_isdigit (start[-1]))
    start--;

  if (end - start < 5)
    return NULL;

  return g_strndup (start, end - start);
}

/* Permalinks differ in scheme, host alias and trailing slash between exports. */
char *
_engage_import_normalize_permalink (const char *permalink)
{
  g_autoptr(GString) out = NULL;
  const char *p = permalink;

  while (g_ascii_isspace (*p))
    p++;
  if (*p == '\0')
    return NULL;

  if (g_ascii_strncasecmp (p, "https://", 8) == 0)
    p += 8;
  else if (g_ascii_strncasecmp (p, "http://", 7) == 0)
    p += 7;
  if (g_ascii_strncasecmp (p, "www.", 4) == 0)
    p += 4;
  if (g_ascii_strncasecmp (p, "mobile.", 7) == 0)
    p += 7;

  out = g_string_new (NULL);
  if (g_ascii_strncasecmp (p, "twitter.com/", 12) == 0)
    {
      g_string_append (out, "x.com/");
      p += 12;
    }
  g_string_append (out, p);
  while (out->len > 0 && (out->str[out->len - 1] == '/' || g_ascii_isspace (out->str[out->len - 1])))
    g_string_truncate (out, out->len - 1);

  /* Host names are case-insensitive, paths are not. */
  for (gsize i = 0; i < out->len && out->str[i] != '/'; i++)
    out->str[i] = g_ascii_tolower (out->str[i]);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

typedef struct
{
  int id;
  int permalink;
  int text;
  int text2;
  int time;
  int date;
  int title;
  int channel;
  int account;
  int counts[N_COUNTS];
} Columns;

static void
columns_from_spec (Columns    *columns,
                   const Spec *spec,
                   GStrv       header)
{
  columns->id = spec->id ? _engage_import_find_column (header, spec->id) : -1;
  columns->permalink = spec->permalink ? _engage_import_find_column (header, spec->permalink) : -1;
  columns->text = spec->text ? _engage_import_find_column (header, spec->text) : -1;
  columns->text2 = spec->text2 ? _engage_import_find_column (header, spec->text2) : -1;
  columns->time = spec->time ? _engage_import_find_column (header, spec->time) : -1;
  columns->date = spec->date ? _engage_import_find_column (header, spec->date) : -1;
  columns->account = spec->account ? _engage_import_find_column (header, spec->account) : -1;
  columns->title = -1;
  columns->channel = -1;
  for (guint i = 0; i < N_COUNTS; i++)
    columns->counts[i] = spec->counts[i] ? _engage_import_find_column (header, spec->counts[i]) : -1;
}

static gboolean
find_mapped_column (EngageImportJob  *job,
                    GStrv             header,
                    guint             header_line,
                    const char       *name,
                    int              *column,
                    GError          **error)
{
  g_autofree char *wanted = _engage_import_normalize_header (name);
  guint n = g_strv_length (header);
  guint64 number;

  for (guint c = 0; c < n; c++)
    {
      g_autofree char *folded = _engage_import_normalize_header (header[c]);

      if (g_str_equal (folded, wanted))
        {
          *column = c;
          return TRUE;
        }
    }

  if (g_ascii_string_to_unsigned (name, 10, 1, n, &number, NULL))
    {
      *column = number - 1;
      return TRUE;
    }

  _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_OPTION, job->table, 0, header_line,
                            _("The header has no column “%s” for the column mapping."), name);
  return FALSE;
}

static gboolean
columns_from_generic (EngageImportJob  *job,
                      Columns          *columns,
                      GStrv             header,
                      guint             header_line,
                      GError          **error)
{
  columns->date = _engage_import_find_column (header, generic_date);
  columns->time = _engage_import_find_column (header, generic_time);
  columns->id = _engage_import_find_column (header, generic_id);
  columns->permalink = _engage_import_find_column (header, generic_permalink);
  columns->text = _engage_import_find_column (header, generic_text);
  columns->text2 = -1;
  columns->title = _engage_import_find_column (header, generic_title);
  columns->channel = _engage_import_find_column (header, generic_channel);
  columns->account = -1;
  for (guint i = 0; i < N_COUNTS; i++)
    columns->counts[i] = _engage_import_find_column (header, generic_counts[i]);

  if (job->map != NULL)
    {
      g_auto(GStrv) pairs = NULL;

      if (!engage_import_metrics_check_map (job->map, error))
        return FALSE;

      pairs = g_strsplit (job->map, ",", -1);
      for (guint i = 0; pairs[i] != NULL; i++)
        {
          const char *colon = strchr (pairs[i], ':');
          g_autofree char *key = g_strstrip (g_strndup (pairs[i], colon - pairs[i]));
          g_autofree char *name = g_strstrip (g_strdup (colon + 1));
          int *targets[N_MAP] = {
            &columns->date, &columns->time, &columns->id, &columns->permalink, &columns->text,
            &columns->title, &columns->channel,
            &columns->counts[0], &columns->counts[1], &columns->counts[2], &columns->counts[3],
            &columns->counts[4], &columns->counts[5], &columns->counts[6], &columns->counts[7],
            &columns->counts[8],
          };

          if (!find_mapped_column (job, header, header_line, name, targets[map_key_from_string (key)], error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
generic_is_usable (const Columns *columns)
{
  gboolean any_count = FALSE;

  for (guint i = 0; i < N_COUNTS; i++)
    any_count |= columns->counts[i] >= 0;

  return any_count && (columns->date >= 0 || columns->time >= 0) &&
         (columns->id >= 0 || columns->permalink >= 0 || columns->time >= 0);
}

static gboolean
read_count (EngageImportJob     *job,
            EngageImportCursor  *cursor,
            GStrv                header,
            int                  column,
            gint64              *value,
            gboolean            *known,
            GError             **error)
{
  const char *text = _engage_import_cursor_get (cursor, column);

  *value = 0;
  *known = FALSE;
  if (column < 0)
    return TRUE;

  if (!_engage_import_parse_count (text, value, known))
    {
      _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, cursor->sheet,
                                cursor->line,
                                _("The column “%s” holds “%s”, which is not a whole number."),
                                header[column], text);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_stamp (EngageImportJob     *job,
            EngageImportCursor  *cursor,
            GStrv                header,
            int                  column,
            gboolean             excel_serial,
            EngageImportStamp   *stamp,
            gboolean            *has_stamp,
            GError             **error)
{
  const char *text = _engage_import_cursor_get (cursor, column);

  *has_stamp = FALSE;
  if (column < 0)
    return TRUE;

  while (g_ascii_isspace (*text))
    text++;
  if (*text == '\0')
    return TRUE;

  if (!_engage_import_parse_stamp (text, excel_serial || _engage_import_table_is_workbook (job->table),
                                   stamp))
    {
      _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, cursor->sheet,
                                cursor->line,
                                _("The column “%s” holds “%s”, which is not a date Engage reads."),
                                header[column], text);
      return FALSE;
    }

  *has_stamp = TRUE;
  return TRUE;
}

static gboolean
check_width (EngageImportJob     *job,
             EngageImportCursor  *cursor,
             guint                width,
             GError             **error)
{
  /* Workbook rows are padded; a CSV record must have the header's width. */
  if (_engage_import_table_is_workbook (job->table) || cursor->n_fields == width)
    return TRUE;

  _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, cursor->sheet, cursor->line,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "The row has %u field, the header %u.",
                                         "The row has %u fields, the header %u.",
                                         cursor->n_fields),
                            cursor->n_fields, width);
  return FALSE;
}

static guint
add_post (Parsed     *parsed,
          const char *key,
          ParsedPost *post,
          gboolean   *is_new)
{
  gpointer index;

  if (key != NULL && g_hash_table_lookup_extended (parsed->post_keys, key, NULL, &index))
    {
      parsed_post_free (post);
      *is_new = FALSE;
      return GPOINTER_TO_UINT (index) - 1;
    }

  g_ptr_array_add (parsed->posts, post);
  if (key != NULL)
    g_hash_table_insert (parsed->post_keys, g_strdup (key), GUINT_TO_POINTER (parsed->posts->len));
  *is_new = TRUE;
  return parsed->posts->len - 1;
}

/* The part of a row that is the metric: its own date (if any) and counts. */
static gboolean
read_metric (EngageImportJob     *job,
             Parsed              *parsed,
             EngageImportCursor  *cursor,
             const Found         *found,
             const Columns       *columns,
             gboolean             excel_serial,
             ParsedMetric        *metric,
             GError             **error)
{
  /* A metric date of its own: the generic date column, or Meta's "Date" when
   * it is not "Lifetime". */
  if (columns->date >= 0)
    {
      const char *date_text = _engage_import_cursor_get (cursor, columns->date);

      if (found->format != ENGAGE_IMPORT_FORMAT_GENERIC && g_ascii_strcasecmp (date_text, "Lifetime") == 0)
        ;
      else if (!read_stamp (job, cursor, found->header, columns->date, excel_serial,
                            &metric->stamp, &metric->has_stamp, error))
        return FALSE;
      if (metric->has_stamp)
        _engage_import_order_vote (&parsed->date_vote, &metric->stamp, cursor->line);
    }

  for (guint i = 0; i < N_COUNTS; i++)
    {
      gboolean known;

      if (!read_count (job, cursor, found->header, columns->counts[i], &metric->counts[i], &known, error))
        return FALSE;
      if (known)
        metric->known |= 1 << i;
    }

  metric->line = cursor->line;
  return TRUE;
}

static gboolean
parse_rows (EngageImportJob  *job,
            Parsed           *parsed,
            const Found      *found,
            const Columns    *columns,
            GError          **error)
{
  g_auto(EngageImportCursor) cursor = { 0, };
  guint width = g_strv_length (found->header);
  gboolean generic = found->format == ENGAGE_IMPORT_FORMAT_GENERIC;
  gboolean excel_serial = found->spec != NULL && found->spec->excel_serial;
  gboolean told_scientific = FALSE;
  gboolean description_row_possible = found->format == ENGAGE_IMPORT_FORMAT_META_LEGACY;
  guint total_lines = _engage_import_table_get_n_lines (job->table);
  g_autoptr(GString) fast_key = g_string_new (NULL);
  guint n = 0;

  /* A metric per line, at most: growing a big array by doubling would copy
   * it again and again. */
  if (total_lines > parsed->metrics->len)
    {
      g_array_unref (parsed->metrics);
      parsed->metrics = g_array_sized_new (FALSE, FALSE, sizeof (ParsedMetric), total_lines);
    }

  _engage_import_cursor_init (&cursor, job->table, found->sheet);
  for (guint r = 0; r <= found->header_index; r++)
    if (!_engage_import_cursor_next (&cursor, error))
      return FALSE;

  for (;;)
    {
      ParsedPost *post;
      ParsedMetric metric = { 0, };
      g_autofree char *key = NULL;
      const char *id_text, *first;
      gboolean is_new;

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
            _engage_import_job_progress (job, 0.35 * MIN (1.0, (double) cursor.line / total_lines));
        }

      first = _engage_import_cursor_get (&cursor, 0);

      /* The legacy Insights export explains each column in a second header row. */
      if (description_row_possible)
        {
          description_row_possible = FALSE;
          if (_engage_import_cursor_get (&cursor, columns->id)[0] == '\0')
            continue;
        }

      if (!check_width (job, &cursor, width, error))
        return FALSE;

      _engage_import_report_add_read (job->report, 1);

      if (found->format == ENGAGE_IMPORT_FORMAT_YOUTUBE && g_ascii_strcasecmp (first, "Total") == 0)
        {
          _engage_import_report_add_row (job->report, cursor.line, ENGAGE_IMPORT_ACTION_SKIPPED, NULL);
          _engage_import_report_add_message (job->report, cursor.line,
                                             _("The total of all videos is not a post; skipped."));
          continue;
        }

      /* A generic table has a row per post and day: once a post is known,
       * its later rows are only metrics. */
      if (generic && columns->id >= 0)
        {
          const char *id = _engage_import_cursor_get (&cursor, columns->id);
          gpointer index;

          while (*id == ' ')
            id++;
          if (id[0] != '\0' && !is_scientific (id))
            {
              g_string_assign (fast_key, "i:");
              g_string_append (fast_key, _engage_import_cursor_get (&cursor, columns->channel));
              g_string_append_c (fast_key, '\x1f');
              g_string_append (fast_key, id);
              while (fast_key->len > 0 && fast_key->str[fast_key->len - 1] == ' ')
                g_string_truncate (fast_key, fast_key->len - 1);

              if (g_hash_table_lookup_extended (parsed->post_keys, fast_key->str, NULL, &index))
                {
                  if (!read_metric (job, parsed, &cursor, found, columns, excel_serial, &metric, error))
                    return FALSE;
                  metric.post = GPOINTER_TO_UINT (index) - 1;
                  g_array_append_val (parsed->metrics, metric);
                  continue;
                }
            }
        }

      post = g_new0 (ParsedPost, 1);
      post->line = cursor.line;
      post->sheet = cursor.sheet;

      id_text = _engage_import_cursor_get (&cursor, columns->id);
      post->permalink = g_strstrip (g_strdup (_engage_import_cursor_get (&cursor, columns->permalink)));
      if (found->format == ENGAGE_IMPORT_FORMAT_YOUTUBE && id_text[0] != '\0')
        {
          g_free (post->permalink);
          post->permalink = g_strconcat ("https://www.youtube.com/watch?v=", id_text, NULL);
        }

      /* Excel shows long ids as 8.12369747765363E+17 and saves them so: the
       * digits are lost, the permalink still has them. */
      if (id_text[0] != '\0' && found->format != ENGAGE_IMPORT_FORMAT_YOUTUBE && is_scientific (id_text))
        {
          post->external_id = id_from_permalink (post->permalink);
          if (post->external_id == NULL)
            {
              parsed_post_free (post);
              _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, cursor.sheet,
                                        cursor.line,
                                        _("The id “%s” lost its digits in a spreadsheet and the row has no permalink to take them from."),
                                        id_text);
              return FALSE;
            }
          if (!told_scientific)
            _engage_import_report_add_message (job->report, cursor.line,
                                               _("Ids in scientific notation (a file saved by a spreadsheet) were taken from the permalinks."));
          told_scientific = TRUE;
        }
      else if (id_text[0] != '\0')
        {
          post->external_id = g_strstrip (g_strdup (id_text));
        }
      else if (found->format == ENGAGE_IMPORT_FORMAT_LINKEDIN && post->permalink[0] != '\0')
        {
          post->external_id = id_from_permalink (post->permalink);
        }

      post->text = g_strdup (_engage_import_cursor_get (&cursor, columns->text));
      if (post->text[0] == '\0' && columns->text2 >= 0)
        {
          g_free (post->text);
          post->text = g_strdup (_engage_import_cursor_get (&cursor, columns->text2));
        }
      if (post->text[0] == '\0' && columns->title >= 0)
        {
          g_free (post->text);
          post->text = g_strdup (_engage_import_cursor_get (&cursor, columns->title));
        }
      if (columns->channel >= 0)
        post->channel_name = g_strstrip (g_strdup (_engage_import_cursor_get (&cursor, columns->channel)));

      if (parsed->account == NULL && columns->account >= 0)
        {
          const char *account = _engage_import_cursor_get (&cursor, columns->account);

          if (account[0] != '\0')
            parsed->account = g_strdup (account);
        }

      if (!read_stamp (job, &cursor, found->header, columns->time, excel_serial, &post->stamp,
                       &post->has_stamp, error))
        {
          parsed_post_free (post);
          return FALSE;
        }
      if (post->has_stamp)
        _engage_import_order_vote (&parsed->time_vote, &post->stamp, cursor.line);

      if (!read_metric (job, parsed, &cursor, found, columns, excel_serial, &metric, error))
        {
          parsed_post_free (post);
          return FALSE;
        }

      if (!post->has_stamp && !metric.has_stamp)
        {
          int column = columns->time >= 0 ? columns->time : columns->date;

          parsed_post_free (post);
          _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, cursor.sheet, cursor.line,
                                    _("The column “%s” is empty, so the row has no date."),
                                    column >= 0 ? found->header[column] : "date");
          return FALSE;
        }


      /* One post per id or link; a generic table may have many rows (dates)
       * for one post. */
      if (post->external_id != NULL && post->external_id[0] != '\0')
        key = g_strconcat ("i:", post->channel_name ? post->channel_name : "", "\x1f", post->external_id, NULL);
      else if (post->permalink[0] != '\0')
        key = g_strconcat ("p:", post->permalink, NULL);
      else if (post->has_stamp)
        key = g_strdup_printf ("t:%s\x1f%d-%d-%d %d:%d:%d", post->channel_name ? post->channel_name : "",
                               post->stamp.year, post->stamp.a, post->stamp.b,
                               post->stamp.hour, post->stamp.minute, post->stamp.second);

      metric.post = add_post (parsed, key, post, &is_new);
      g_array_append_val (parsed->metrics, metric);
    }

  return TRUE;
}

/* Meta Business Suite's page-level daily series: the metric's name on its own
 * line, then "Date","Primary". */
static gboolean
parse_series (EngageImportJob  *job,
              Parsed           *parsed,
              const Found      *found,
              GError          **error)
{
  g_auto(EngageImportCursor) cursor = { 0, };
  Series *series = g_new0 (Series, 1);
  g_autofree char *folded = NULL;
  EngageImportOrderVote vote = { 0, };
  EngageImportOrder order;
  guint width = g_strv_length (found->header);
  guint conflict;

  series->name = g_strstrip (g_strdup (found->preamble));
  series->points = g_array_new (FALSE, FALSE, sizeof (SeriesPoint));
  g_ptr_array_add (parsed->series, series);

  folded = g_utf8_casefold (series->name, -1);
  parsed->kind = g_str_has_prefix (folded, "instagram") ? ENGAGE_CHANNEL_KIND_INSTAGRAM
                                                         : ENGAGE_CHANNEL_KIND_FACEBOOK;
  parsed->kind_known = TRUE;
  if (strstr (folded, "follow") != NULL)
    series->metric = ENGAGE_KPI_METRIC_FOLLOWERS;
  else if (strstr (folded, "reach") != NULL || strstr (folded, "reichweite") != NULL)
    series->metric = ENGAGE_KPI_METRIC_REACH;
  else
    series->metric = ENGAGE_KPI_METRIC_CUSTOM;

  if (width > 2)
    _engage_import_report_add_message (job->report, 0,
                                       _("Only the column “%s” was imported; the comparison columns were not."),
                                       found->header[1]);

  _engage_import_cursor_init (&cursor, job->table, found->sheet);
  for (guint r = 0; r <= found->header_index; r++)
    if (!_engage_import_cursor_next (&cursor, error))
      return FALSE;

  for (;;)
    {
      SeriesPoint point = { 0, };
      gint64 value;
      gboolean has_stamp, known;
      const char *text;

      if (!_engage_import_cursor_next (&cursor, error))
        {
          if (error != NULL && *error != NULL)
            return FALSE;
          break;
        }

      if (!check_width (job, &cursor, width, error))
        return FALSE;
      _engage_import_report_add_read (job->report, 1);

      if (!read_stamp (job, &cursor, found->header, 0, FALSE, &point.stamp, &has_stamp, error))
        return FALSE;
      if (!has_stamp)
        {
          _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, cursor.sheet,
                                    cursor.line, _("The row has no date."));
          return FALSE;
        }
      _engage_import_order_vote (&vote, &point.stamp, cursor.line);

      text = _engage_import_cursor_get (&cursor, 1);
      if (!_engage_import_parse_count (text, &value, &known))
        {
          _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, cursor.sheet,
                                    cursor.line,
                                    _("The column “%s” holds “%s”, which is not a whole number."),
                                    found->header[1], text);
          return FALSE;
        }
      if (!known)
        {
          _engage_import_report_add_row (job->report, cursor.line, ENGAGE_IMPORT_ACTION_SKIPPED, NULL);
          _engage_import_report_add_message (job->report, cursor.line, _("The row has no value; skipped."));
          continue;
        }

      point.line = cursor.line;
      point.value = value;
      g_array_append_val (series->points, point);
    }

  if (!_engage_import_order_decide (&vote, ENGAGE_IMPORT_ORDER_UNKNOWN, &order, &conflict))
    {
      _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, found->sheet, conflict,
                                _("The dates mix month/day and day/month order."));
      return FALSE;
    }

  for (guint i = 0; i < series->points->len; i++)
    {
      SeriesPoint *point = &g_array_index (series->points, SeriesPoint, i);
      gint64 unused;

      if (!_engage_import_stamp_resolve (&point->stamp, order, job->tz, point->date, &unused))
        {
          _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, found->sheet,
                                    point->line, _("The date does not exist."));
          return FALSE;
        }
      /* A day of the series is the day written, whatever the time zone. */
      if (!(point->stamp.flags & ENGAGE_IMPORT_STAMP_HAS_OFFSET))
        g_snprintf (point->date, 11, "%04d-%02d-%02d", point->stamp.year,
                    (point->stamp.flags & ENGAGE_IMPORT_STAMP_SLASHED) && order == ENGAGE_IMPORT_ORDER_DAY_FIRST ? point->stamp.b : point->stamp.a,
                    (point->stamp.flags & ENGAGE_IMPORT_STAMP_SLASHED) && order == ENGAGE_IMPORT_ORDER_DAY_FIRST ? point->stamp.a : point->stamp.b);
    }

  return TRUE;
}

/* X account activity by day: only new follows become a series; say what else
 * the file had. */
static gboolean
parse_x_daily (EngageImportJob  *job,
               Parsed           *parsed,
               const Found      *found,
               GError          **error)
{
  g_auto(EngageImportCursor) cursor = { 0, };
  EngageImportOrderVote vote = { 0, };
  EngageImportOrder order;
  Series *series;
  int date_column = _engage_import_find_column (found->header, found->spec->time);
  int follows_column = _engage_import_find_column (found->header, found->spec->counts[COUNT_FOLLOWS]);
  guint width = g_strv_length (found->header);
  guint conflict;

  if (follows_column < 0)
    {
      _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, found->sheet, 1,
                                _("The daily export has no column of new follows, the only daily series Engage keeps."));
      return FALSE;
    }

  series = g_new0 (Series, 1);
  series->name = g_strdup (_("New follows on X"));
  series->metric = ENGAGE_KPI_METRIC_FOLLOWERS;
  series->points = g_array_new (FALSE, FALSE, sizeof (SeriesPoint));
  g_ptr_array_add (parsed->series, series);
  parsed->kind = ENGAGE_CHANNEL_KIND_X;
  parsed->kind_known = TRUE;

  _engage_import_report_add_message (job->report, 0,
                                     _("Account totals by day are not post metrics: only the new follows were imported, as a KPI."));

  _engage_import_cursor_init (&cursor, job->table, found->sheet);
  for (guint r = 0; r <= found->header_index; r++)
    if (!_engage_import_cursor_next (&cursor, error))
      return FALSE;

  for (;;)
    {
      SeriesPoint point = { 0, };
      gint64 value;
      gboolean has_stamp, known;

      if (!_engage_import_cursor_next (&cursor, error))
        {
          if (error != NULL && *error != NULL)
            return FALSE;
          break;
        }

      if (!check_width (job, &cursor, width, error))
        return FALSE;
      _engage_import_report_add_read (job->report, 1);

      if (!read_stamp (job, &cursor, found->header, date_column, FALSE, &point.stamp, &has_stamp, error) ||
          !read_count (job, &cursor, found->header, follows_column, &value, &known, error))
        return FALSE;
      if (!has_stamp || !known)
        {
          _engage_import_report_add_row (job->report, cursor.line, ENGAGE_IMPORT_ACTION_SKIPPED, NULL);
          _engage_import_report_add_message (job->report, cursor.line, _("The row has no date or no value; skipped."));
          continue;
        }

      _engage_import_order_vote (&vote, &point.stamp, cursor.line);
      point.line = cursor.line;
      point.value = value;
      g_array_append_val (series->points, point);
    }

  if (!_engage_import_order_decide (&vote, found->spec->order, &order, &conflict))
    {
      _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, found->sheet, conflict,
                                _("The dates mix month/day and day/month order."));
      return FALSE;
    }

  for (guint i = 0; i < series->points->len; i++)
    {
      SeriesPoint *point = &g_array_index (series->points, SeriesPoint, i);
      gint64 unused;

      if (!_engage_import_stamp_resolve (&point->stamp, order, job->tz, point->date, &unused))
        {
          _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, found->sheet,
                                    point->line, _("The date does not exist."));
          return FALSE;
        }
    }

  return TRUE;
}

/* The legacy Insights workbook keeps reactions, comments, shares and clicks in
 * sheets of their own, one row per post like the first sheet. */
static gboolean
parse_legacy_sheets (EngageImportJob  *job,
                     Parsed           *parsed,
                     const Found      *found,
                     GError          **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_sheets = _engage_import_table_get_n_sheets (job->table);

  if (!_engage_import_table_is_workbook (job->table))
    return TRUE;

  for (guint m = 0; m < parsed->metrics->len; m++)
    {
      ParsedMetric *metric = &g_array_index (parsed->metrics, ParsedMetric, m);
      ParsedPost *post = g_ptr_array_index (parsed->posts, metric->post);

      if (post->external_id != NULL)
        g_hash_table_insert (by_id, post->external_id, metric);
    }

  for (guint s = 0; s < n_sheets; s++)
    {
      g_auto(EngageImportCursor) cursor = { 0, };
      const char *name = _engage_import_table_get_sheet_name (job->table, s);
      struct { const char *header; Count count; } wanted[3];
      guint n_wanted = 0;
      int columns[3] = { -1, -1, -1 };
      int id_column = -1;
      GStrv header = NULL;

      if (s == found->sheet || name == NULL)
        continue;

      if (g_str_has_prefix (name, "Lifetime Post Stories"))
        {
          wanted[0].header = "like";
          wanted[0].count = COUNT_REACTIONS;
          wanted[1].header = "comment";
          wanted[1].count = COUNT_COMMENTS;
          wanted[2].header = "share";
          wanted[2].count = COUNT_SHARES;
          n_wanted = 3;
        }
      else if (g_str_has_prefix (name, "Lifetime Post Consumptions"))
        {
          wanted[0].header = "link clicks";
          wanted[0].count = COUNT_CLICKS;
          n_wanted = 1;
        }
      else
        {
          continue;
        }

      _engage_import_cursor_init (&cursor, job->table, s);
      if (!_engage_import_cursor_next (&cursor, error))
        continue;
      header = cursor.current;
      id_column = _engage_import_find_column (header, NAMES ("post id"));
      for (guint w = 0; w < n_wanted; w++)
        {
          const char *one[] = { wanted[w].header, NULL };

          columns[w] = _engage_import_find_column (header, one);
        }
      if (id_column < 0)
        continue;

      while (_engage_import_cursor_next (&cursor, error))
        {
          ParsedMetric *metric = g_hash_table_lookup (by_id, _engage_import_cursor_get (&cursor, id_column));

          if (metric == NULL)
            continue;

          for (guint w = 0; w < n_wanted; w++)
            {
              const char *text = _engage_import_cursor_get (&cursor, columns[w]);
              gint64 value;
              gboolean known;

              if (columns[w] < 0)
                continue;
              if (!_engage_import_parse_count (text, &value, &known))
                {
                  _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, s, cursor.line,
                                            _("The column “%s” holds “%s”, which is not a whole number."),
                                            wanted[w].header, text);
                  return FALSE;
                }
              /* An empty cell there means none of that action. */
              metric->counts[wanted[w].count] = known ? value : 0;
              metric->known |= 1 << wanted[w].count;
            }
        }
      if (error != NULL && *error != NULL)
        return FALSE;
    }

  return TRUE;
}

static gboolean
resolve_stamps (EngageImportJob  *job,
                Parsed           *parsed,
                const Found      *found,
                GError          **error)
{
  EngageImportOrder time_order, date_order;
  gboolean told_zone = FALSE;
  guint conflict;

  if (!_engage_import_order_decide (&parsed->time_vote, parsed->fixed_order, &time_order, &conflict) ||
      !_engage_import_order_decide (&parsed->date_vote, parsed->fixed_order, &date_order, &conflict))
    {
      _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, found->sheet, conflict,
                                _("The dates of this column contradict the month/day order of the others."));
      return FALSE;
    }

  if (parsed->fixed_order == ENGAGE_IMPORT_ORDER_UNKNOWN &&
      ((parsed->time_vote.first_ambiguous && !parsed->time_vote.first_day_first &&
        !parsed->time_vote.first_month_first) ||
       (parsed->date_vote.first_ambiguous && !parsed->date_vote.first_day_first &&
        !parsed->date_vote.first_month_first)))
    _engage_import_report_add_message (job->report,
                                       MAX (parsed->time_vote.first_ambiguous, parsed->date_vote.first_ambiguous),
                                       _("Dates such as this one could be day/month or month/day; they were read as month/day/year."));

  for (guint i = 0; i < parsed->posts->len; i++)
    {
      ParsedPost *post = g_ptr_array_index (parsed->posts, i);

      if (post->has_stamp && !told_zone && (post->stamp.flags & ENGAGE_IMPORT_STAMP_HAS_TIME) &&
          !(post->stamp.flags & ENGAGE_IMPORT_STAMP_HAS_OFFSET))
        {
          g_autofree char *zone = g_strdup (g_time_zone_get_identifier (job->tz));

          _engage_import_report_add_message (job->report, post->line,
                                             _("Times such as this one name no time zone; they were read in the project’s (%s)."),
                                             zone);
          told_zone = TRUE;
        }

      if (post->has_stamp &&
          !_engage_import_stamp_resolve (&post->stamp, time_order, job->tz, post->date, &post->time))
        {
          _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, post->sheet,
                                    post->line, _("The publication date does not exist."));
          return FALSE;
        }
    }

  for (guint m = 0; m < parsed->metrics->len; m++)
    {
      ParsedMetric *metric = &g_array_index (parsed->metrics, ParsedMetric, m);
      ParsedPost *post = g_ptr_array_index (parsed->posts, metric->post);

      if ((m & 16383) == 0)
        _engage_import_job_progress (job, 0.35 + 0.05 * m / parsed->metrics->len);

      if (metric->has_stamp)
        {
          gint64 unused;

          /* ISO dates, the common case of big generic files, need no time zone. */
          if (!(metric->stamp.flags & (ENGAGE_IMPORT_STAMP_SLASHED | ENGAGE_IMPORT_STAMP_HAS_OFFSET |
                                       ENGAGE_IMPORT_STAMP_HAS_TIME)) &&
              g_date_valid_dmy (metric->stamp.b, metric->stamp.a, metric->stamp.year))
            g_snprintf (metric->date, 11, "%04d-%02d-%02d", metric->stamp.year, metric->stamp.a, metric->stamp.b);
          else if (!_engage_import_stamp_resolve (&metric->stamp, date_order, job->tz, metric->date, &unused))
            {
              _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, post->sheet,
                                        metric->line, _("The date does not exist."));
              return FALSE;
            }

          /* A post known only by its metric dates was published on the first. */
          if (!post->has_stamp && (post->date[0] == '\0' || strcmp (metric->date, post->date) < 0))
            {
              EngageImportStamp noon = metric->stamp;

              noon.flags &= ~(ENGAGE_IMPORT_STAMP_HAS_TIME | ENGAGE_IMPORT_STAMP_HAS_OFFSET);
              if (!_engage_import_stamp_resolve (&noon, date_order, job->tz, post->date, &post->time))
                return FALSE;
            }
        }
      else
        {
          memcpy (metric->date, post->date, sizeof metric->date);
        }
    }

  return TRUE;
}

gboolean
_engage_import_metrics_parse (EngageImportJob  *job,
                              GError          **error)
{
  Parsed *parsed = parsed_new ();
  Found found = { 0, };
  Columns columns;
  gboolean ok = FALSE;

  job->parsed = parsed;
  job->parsed_free = parsed_free;

  if (job->format == ENGAGE_IMPORT_FORMAT_GENERIC)
    {
      g_auto(EngageImportCursor) cursor = { 0, };

      _engage_import_cursor_init (&cursor, job->table, 0);
      if (!_engage_import_cursor_next (&cursor, error))
        {
          if (error != NULL && *error == NULL)
            _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_UNKNOWN_FORMAT, job->table, 0, 0,
                                      _("The file is empty."));
          goto out;
        }
      found.format = ENGAGE_IMPORT_FORMAT_GENERIC;
      found.header = g_strdupv (cursor.current);
    }
  else if (!find_header (job, &found, error))
    {
      g_auto(EngageImportCursor) cursor = { 0, };

      if (error != NULL && *error != NULL)
        goto out;

      /* Not an export Engage knows by name: a table whose columns say what
       * they hold will do. */
      _engage_import_cursor_init (&cursor, job->table, 0);
      if (job->format == ENGAGE_IMPORT_FORMAT_AUTO && _engage_import_cursor_next (&cursor, NULL))
        {
          Columns generic;

          if (columns_from_generic (job, &generic, cursor.current, cursor.line, NULL) &&
              generic_is_usable (&generic))
            {
              found.format = ENGAGE_IMPORT_FORMAT_GENERIC;
              found.header = g_strdupv (cursor.current);
            }
        }

      if (found.header == NULL)
        {
          if (job->format == ENGAGE_IMPORT_FORMAT_AUTO)
            _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_UNKNOWN_FORMAT, job->table, 0, 1,
                                      _("The header is not that of an export Engage reads (X, Meta, LinkedIn, YouTube) and names no date and metric columns; try --format=generic with --map."));
          else
            _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_UNKNOWN_FORMAT, job->table, 0, 1,
                                      _("The header is not that of the format “%s”."),
                                      engage_import_format_get_label (job->format));
          goto out;
        }
    }

  _engage_import_report_set_format (job->report, found.format, NULL);

  if (found.format == ENGAGE_IMPORT_FORMAT_META_PAGE)
    {
      ok = parse_series (job, parsed, &found, error);
      goto out;
    }

  if (found.format == ENGAGE_IMPORT_FORMAT_X_DAILY)
    {
      ok = parse_x_daily (job, parsed, &found, error);
      goto out;
    }

  if (found.format == ENGAGE_IMPORT_FORMAT_GENERIC)
    {
      guint header_line = 1;

      if (!columns_from_generic (job, &columns, found.header, header_line, error))
        goto out;
      if (!generic_is_usable (&columns))
        {
          _engage_import_set_error (error, ENGAGE_IMPORT_ERROR_INVALID, job->table, 0, header_line,
                                    _("The header names no date, no post (id, permalink or time) or no metric column; name them with --map."));
          goto out;
        }
      parsed->fixed_order = ENGAGE_IMPORT_ORDER_UNKNOWN;
    }
  else
    {
      columns_from_spec (&columns, found.spec, found.header);
      parsed->kind = found.spec->kind;
      parsed->kind_known = TRUE;
      parsed->fixed_order = found.spec->order;

      if (found.format == ENGAGE_IMPORT_FORMAT_META &&
          (_engage_import_find_column (found.header, NAMES ("account username", "account id")) >= 0))
        parsed->kind = ENGAGE_CHANNEL_KIND_INSTAGRAM;
    }

  if (!parse_rows (job, parsed, &found, &columns, error))
    goto out;

  /* Instagram's content export looks like Facebook's but for its links. */
  if (found.format == ENGAGE_IMPORT_FORMAT_META && parsed->posts->len > 0)
    {
      ParsedPost *first = g_ptr_array_index (parsed->posts, 0);

      if (first->permalink != NULL && strstr (first->permalink, "instagram.com/") != NULL)
        parsed->kind = ENGAGE_CHANNEL_KIND_INSTAGRAM;
    }

  if (found.format == ENGAGE_IMPORT_FORMAT_META_LEGACY && !parse_legacy_sheets (job, parsed, &found, error))
    goto out;

  if (_engage_import_table_is_workbook (job->table) && _engage_import_table_get_n_sheets (job->table) > 1 &&
      found.format != ENGAGE_IMPORT_FORMAT_META_LEGACY)
    _engage_import_report_add_message (job->report, 0,
                                       _("Only the sheet “%s” holds metrics per post; the other sheets were not imported."),
                                       _engage_import_table_get_sheet_name (job->table, found.sheet));

  ok = resolve_stamps (job, parsed, &found, error);

out:
  found_clear (&found);
  return ok;
}
