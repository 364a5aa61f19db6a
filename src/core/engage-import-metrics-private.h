/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "engage-import-private.h"
#include "engage-types.h"

G_BEGIN_DECLS

/* What reading an analytics export gives applying (engage-import-metrics.c →
 * engage-import-metrics-apply.c). */

#define MATCH_WINDOW (30 * 60)
#define TITLE_LENGTH 60
#define INSERT_BATCH 64

typedef enum
{
  COUNT_IMPRESSIONS,
  COUNT_REACH,
  COUNT_VIEWS,
  COUNT_REACTIONS,
  COUNT_COMMENTS,
  COUNT_SHARES,
  COUNT_SAVES,
  COUNT_CLICKS,
  COUNT_FOLLOWS,
  N_COUNTS
} Count;

typedef struct
{
  guint              line;
  guint              sheet;
  char              *external_id;
  char              *permalink;
  char              *text;
  char              *channel_name;
  EngageImportStamp  stamp;
  gboolean           has_stamp;
  char               date[11];
  gint64             time;

  /* applying */
  gint64             post_id;
  gint64             channel_id;
  gboolean           created;
  gboolean           labelled;
} ParsedPost;

typedef struct
{
  guint              line;
  guint              post;
  EngageImportStamp  stamp;
  gboolean           has_stamp;
  char               date[11];
  guint16            known;      /* bit per Count: the file had a value */
  gint64             counts[N_COUNTS];
} ParsedMetric;

typedef struct
{
  guint              line;
  EngageImportStamp  stamp;
  char               date[11];
  double             value;
} SeriesPoint;

typedef struct
{
  char            *name;
  EngageKpiMetric  metric;
  GArray          *points;
} Series;

typedef struct
{
  gint64      id;
  char       *external_id;
  char       *permalink;
  gint64      time;
  gboolean    taken;
} Candidate;

typedef struct
{
  gint64      channel_id;
  GHashTable *by_id;          /* external id → Candidate* */
  GHashTable *by_permalink;   /* normalized permalink → Candidate* */
  GPtrArray  *candidates;     /* Candidate*, all posts of the channel */
} ChannelPosts;

typedef struct
{
  EngageChannelKind  kind;
  gboolean           kind_known;
  char              *account;
  GPtrArray         *posts;       /* ParsedPost* */
  GHashTable        *post_keys;   /* key → index + 1 */
  GArray            *metrics;     /* ParsedMetric */
  GPtrArray         *series;      /* Series* */
  EngageImportOrderVote time_vote;
  EngageImportOrderVote date_vote;
  EngageImportOrder  fixed_order;

  /* applying */
  gint64             default_channel;
  GHashTable        *channels;    /* channel id → ChannelPosts* */
  sqlite3_stmt      *upsert;
  sqlite3_stmt      *insert;
  sqlite3_stmt      *insert_batch;
  guint              queue[INSERT_BATCH];
  guint              n_queued;
  gboolean           undo_off;
  guint              units_done;
  guint              units_total;
} Parsed;

char     *_engage_import_normalize_permalink (const char *permalink);

G_END_DECLS
