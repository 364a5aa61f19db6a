/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-plan-findings"

#include "config.h"

#include "engage-plan-findings.h"

#include "calendar/engage-post-chip.h"
#include "engage-checker.h"

#include <glib/gi18n.h>

/*
 * What the guideline says about each post of the plan, for the badges on the
 * calendar's chips and the list's findings column: the worst severity of a
 * post's findings and their messages, by post id.
 *
 * The range the calendar shows is checked as a plan once per change of the
 * project, not once per chip: a view looks its posts up in a hash table while
 * it builds them. Plan-level rules that name a post (the gap between two posts
 * on a channel) count for that post; those about a week or a KPI name none and
 * are left to the Check Plan view.
 *
 * Not the whole plan: with 100,000 posts that takes seconds, while the six
 * weeks of a month grid take milliseconds (tests/bench/bench-checker.c). Posts
 * outside the range, which the list view shows, are checked one at a time when
 * first asked for (a tenth of a millisecond each, for the rows on screen) and
 * kept until the next change.
 *
 * Edits come in bursts (a drag, an undo, an import), and every view reloads
 * its own posts on the same signal: the check waits until the project has been
 * quiet for a moment and runs in an idle callback afterwards, so that it never
 * delays a redraw. Until then the views keep the previous badges, which are
 * right for every post the edit did not touch.
 */

/* The pause after the last edit before the plan is checked again. */
#define UPDATE_DELAY_MS 250

/* What the checker reads: the posts and whatever the rules look at. */
#define WATCHED_TABLES (ENGAGE_TABLE_PROJECT | ENGAGE_TABLE_CHANNEL | ENGAGE_TABLE_PILLAR | \
                        ENGAGE_TABLE_POST | ENGAGE_TABLE_RULE)

typedef struct
{
  EngageSeverity  severity;
  GString        *messages;
} PostFindings;

struct _EngagePlanFindings
{
  GObject        parent_instance;

  /* Owned */
  EngageProject *project;
  EngageChecker *checker;
  GHashTable    *posts;         /* gint64 post id → PostFindings, for the checked range */
  GHashTable    *single;        /* gint64 post id → PostFindings or NULL, checked one by one */
  GDateTime     *from;          /* the range asked for, %NULL for none */
  GDateTime     *to;
  GDateTime     *checked_from;  /* the range of @posts */
  GDateTime     *checked_to;

  /* State */
  guint          update_id;
  gboolean       checked;
};

G_DEFINE_FINAL_TYPE (EngagePlanFindings, engage_plan_findings, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Helpers */

static void
post_findings_free (gpointer data)
{
  PostFindings *entry = data;

  if (entry == NULL)
    return;

  g_string_free (entry->messages, TRUE);
  g_free (entry);
}

static gboolean
times_equal (GDateTime *a,
             GDateTime *b)
{
  return a == NULL || b == NULL ? a == b : g_date_time_equal (a, b);
}

static void
replace_time (GDateTime **time,
              GDateTime  *value)
{
  if (value != NULL)
    g_date_time_ref (value);
  g_clear_pointer (time, g_date_time_unref);
  *time = value;
}

/* Files @findings by post, each post's worst severity and its messages. */
static void
add_findings (GHashTable *table,
              GPtrArray  *findings)
{
  for (guint i = 0; i < findings->len; i++)
    {
      EngageFinding *finding = g_ptr_array_index (findings, i);
      gint64 post_id = engage_finding_get_post_id (finding);
      EngageSeverity severity = engage_finding_get_severity (finding);
      g_autofree char *line = NULL;
      PostFindings *entry;

      if (post_id <= 0)
        continue;

      entry = g_hash_table_lookup (table, &post_id);
      if (entry == NULL)
        {
          entry = g_new0 (PostFindings, 1);
          entry->severity = severity;
          entry->messages = g_string_new (NULL);
          g_hash_table_insert (table, g_memdup2 (&post_id, sizeof post_id), entry);
        }
      else
        {
          entry->severity = MAX (entry->severity, severity);
          g_string_append_c (entry->messages, '\n');
        }

      line = engage_finding_format (finding);
      /* Translators: one finding in a chip's tooltip, after a bullet */
      g_string_append_printf (entry->messages, _("• %s"), line);
    }
}

static void
check_range (EngagePlanFindings *self)
{
  g_autoptr(GPtrArray) findings = engage_findings_new ();
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  g_hash_table_remove_all (self->posts);
  g_hash_table_remove_all (self->single);
  replace_time (&self->checked_from, self->from);
  replace_time (&self->checked_to, self->to);
  self->checked = TRUE;

  if (self->from == NULL || self->to == NULL || !engage_project_is_open (self->project))
    return;

  if (!engage_checker_check_plan (self->checker, self->from, self->to, findings, &error))
    {
      g_warning ("Could not check the plan: %s", error->message);
      return;
    }

  add_findings (self->posts, findings);

  g_debug ("Checked the plan's range in %.1f ms: %u posts with findings",
           (g_get_monotonic_time () - start) / 1000.0, g_hash_table_size (self->posts));
}

static gboolean
in_checked_range (EngagePlanFindings *self,
                  GDateTime          *time)
{
  return time != NULL && self->checked_from != NULL && self->checked_to != NULL &&
         g_date_time_compare (time, self->checked_from) >= 0 &&
         g_date_time_compare (time, self->checked_to) < 0;
}

/* A post outside the range, checked on its own and kept until the next check. */
static PostFindings *
check_single (EngagePlanFindings *self,
              EngagePost         *post)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GHashTable) found = NULL;
  gint64 post_id = engage_post_get_id (post);
  gpointer value;

  if (g_hash_table_lookup_extended (self->single, &post_id, NULL, &value))
    return value;

  /* As in the plan: archived posts are not checked. */
  if (engage_post_get_status (post) != ENGAGE_POST_STATUS_ARCHIVED &&
      engage_project_is_open (self->project))
    {
      findings = engage_findings_new ();
      engage_checker_check_post (self->checker, post, findings);
      found = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      add_findings (found, findings);
      value = g_hash_table_lookup (found, &post_id);
    }
  else
    {
      value = NULL;
    }

  g_hash_table_insert (self->single, g_memdup2 (&post_id, sizeof post_id), value);
  return value;
}

/* Callbacks */

static gboolean
on_update_idle_cb (gpointer user_data)
{
  EngagePlanFindings *self = ENGAGE_PLAN_FINDINGS (user_data);

  self->update_id = 0;
  engage_plan_findings_update_now (self);

  return G_SOURCE_REMOVE;
}

static gboolean
on_update_timeout_cb (gpointer user_data)
{
  EngagePlanFindings *self = ENGAGE_PLAN_FINDINGS (user_data);

  /* Once quiet, wait for the views to be drawn with the edit, then check. */
  self->update_id = g_idle_add_full (G_PRIORITY_LOW, on_update_idle_cb, self, NULL);
  g_source_set_name_by_id (self->update_id, "[engage] check plan");

  return G_SOURCE_REMOVE;
}

static void
on_project_changed_cb (EngagePlanFindings *self,
                       guint               tables,
                       EngageProject      *project)
{
  if ((tables & WATCHED_TABLES) == 0)
    return;

  g_clear_handle_id (&self->update_id, g_source_remove);
  self->update_id = g_timeout_add (UPDATE_DELAY_MS, on_update_timeout_cb, self);
  g_source_set_name_by_id (self->update_id, "[engage] wait to check plan");
}

/* Vfuncs */

static void
engage_plan_findings_constructed (GObject *object)
{
  EngagePlanFindings *self = ENGAGE_PLAN_FINDINGS (object);

  G_OBJECT_CLASS (engage_plan_findings_parent_class)->constructed (object);

  g_assert (ENGAGE_IS_PROJECT (self->project));

  /* The checker follows the rules and channels on its own handler of
   * ::changed, which runs before this object's check. */
  self->checker = engage_checker_new (self->project);
  g_signal_connect_object (self->project, "changed",
                           G_CALLBACK (on_project_changed_cb), self, G_CONNECT_SWAPPED);

}

static void
engage_plan_findings_dispose (GObject *object)
{
  EngagePlanFindings *self = ENGAGE_PLAN_FINDINGS (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_object (&self->checker);
  g_clear_object (&self->project);
  g_clear_pointer (&self->from, g_date_time_unref);
  g_clear_pointer (&self->to, g_date_time_unref);
  g_clear_pointer (&self->checked_from, g_date_time_unref);
  g_clear_pointer (&self->checked_to, g_date_time_unref);

  G_OBJECT_CLASS (engage_plan_findings_parent_class)->dispose (object);
}

static void
engage_plan_findings_finalize (GObject *object)
{
  EngagePlanFindings *self = ENGAGE_PLAN_FINDINGS (object);

  g_clear_pointer (&self->posts, g_hash_table_unref);
  g_clear_pointer (&self->single, g_hash_table_unref);

  G_OBJECT_CLASS (engage_plan_findings_parent_class)->finalize (object);
}

static void
engage_plan_findings_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  EngagePlanFindings *self = ENGAGE_PLAN_FINDINGS (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_plan_findings_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  EngagePlanFindings *self = ENGAGE_PLAN_FINDINGS (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_plan_findings_class_init (EngagePlanFindingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = engage_plan_findings_constructed;
  object_class->dispose = engage_plan_findings_dispose;
  object_class->finalize = engage_plan_findings_finalize;
  object_class->get_property = engage_plan_findings_get_property;
  object_class->set_property = engage_plan_findings_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         ENGAGE_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EngagePlanFindings::changed:
   *
   * The plan was checked again; views update their badges.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
engage_plan_findings_init (EngagePlanFindings *self)
{
  self->posts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, post_findings_free);
  self->single = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, post_findings_free);
}

/* Public API */

/**
 * engage_plan_findings_new:
 * @project: an open project
 *
 * Returns: (transfer full): the findings of @project's plan, for a range
 *   to be set with engage_plan_findings_set_range()
 */
EngagePlanFindings *
engage_plan_findings_new (EngageProject *project)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return g_object_new (ENGAGE_TYPE_PLAN_FINDINGS, "project", project, NULL);
}

/**
 * engage_plan_findings_get_project:
 *
 * Returns: (transfer none): the project
 */
EngageProject *
engage_plan_findings_get_project (EngagePlanFindings *self)
{
  g_return_val_if_fail (ENGAGE_IS_PLAN_FINDINGS (self), NULL);

  return self->project;
}

/**
 * engage_plan_findings_set_range:
 * @self: the plan's findings
 * @from: (nullable): the start of the range the calendar shows
 * @to: (nullable): its end, excluded
 *
 * Checks the posts scheduled in [@from, @to) as a plan, once the main loop is
 * idle; ::changed follows. Views showing a month or a week set their range.
 */
void
engage_plan_findings_set_range (EngagePlanFindings *self,
                                GDateTime          *from,
                                GDateTime          *to)
{
  g_return_if_fail (ENGAGE_IS_PLAN_FINDINGS (self));

  if (times_equal (self->from, from) && times_equal (self->to, to))
    return;

  replace_time (&self->from, from);
  replace_time (&self->to, to);

  /* A new month is shown at once; its badges follow in the next idle. */
  if (self->update_id == 0)
    {
      self->update_id = g_idle_add_full (G_PRIORITY_LOW, on_update_idle_cb, self, NULL);
      g_source_set_name_by_id (self->update_id, "[engage] check plan");
    }
}

/**
 * engage_plan_findings_lookup_post:
 * @self: the plan's findings
 * @post: a post
 * @severity: (out) (optional): the severity of the post's worst finding
 * @messages: (out) (optional) (transfer none): the post's findings, one a
 *   line, valid until the next ::changed
 *
 * Looks @post up among the findings of the checked range; a post outside it
 * is checked on its own, once until the next change.
 *
 * Returns: whether the post breaks a rule of the guideline, as of the last check
 */
gboolean
engage_plan_findings_lookup_post (EngagePlanFindings  *self,
                                  EngagePost          *post,
                                  EngageSeverity      *severity,
                                  const char         **messages)
{
  PostFindings *entry;
  gint64 post_id;

  g_return_val_if_fail (ENGAGE_IS_PLAN_FINDINGS (self), FALSE);
  g_return_val_if_fail (ENGAGE_IS_POST (post), FALSE);

  post_id = engage_post_get_id (post);
  if (in_checked_range (self, engage_post_get_scheduled_at (post)))
    entry = g_hash_table_lookup (self->posts, &post_id);
  else
    entry = check_single (self, post);

  if (entry == NULL)
    return FALSE;

  if (severity != NULL)
    *severity = entry->severity;
  if (messages != NULL)
    *messages = entry->messages->str;

  return TRUE;
}

/**
 * engage_plan_findings_get_n_posts:
 *
 * Returns: how many posts of the checked range break a rule, as of the last
 *   check
 */
guint
engage_plan_findings_get_n_posts (EngagePlanFindings *self)
{
  g_return_val_if_fail (ENGAGE_IS_PLAN_FINDINGS (self), 0);

  return g_hash_table_size (self->posts);
}

/**
 * engage_plan_findings_update_now:
 *
 * Checks the plan at once instead of waiting for the project to be quiet, and
 * emits ::changed.
 */
void
engage_plan_findings_update_now (EngagePlanFindings *self)
{
  g_return_if_fail (ENGAGE_IS_PLAN_FINDINGS (self));

  g_clear_handle_id (&self->update_id, g_source_remove);
  check_range (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * engage_plan_findings_is_pending:
 *
 * Returns: whether a check is waiting to run: never run yet, or the project
 *   changed since the last one
 */
gboolean
engage_plan_findings_is_pending (EngagePlanFindings *self)
{
  g_return_val_if_fail (ENGAGE_IS_PLAN_FINDINGS (self), FALSE);

  return self->update_id != 0 || !self->checked;
}

/**
 * engage_plan_findings_decorate_chip:
 * @self: (nullable): the plan's findings
 * @chip: an #EngagePostChip
 *
 * Gives @chip the badge of its post's findings, or takes it away. Views call
 * it when they make a chip and again on ::changed.
 */
void
engage_plan_findings_decorate_chip (EngagePlanFindings *self,
                                    GtkWidget          *chip)
{
  EngageSeverity severity = ENGAGE_SEVERITY_INFO;
  const char *messages = NULL;
  EngagePost *post;

  g_return_if_fail (self == NULL || ENGAGE_IS_PLAN_FINDINGS (self));
  g_return_if_fail (ENGAGE_IS_POST_CHIP (chip));

  post = engage_post_chip_get_post (ENGAGE_POST_CHIP (chip));
  if (self != NULL)
    engage_plan_findings_lookup_post (self, post, &severity, &messages);

  engage_post_chip_set_findings (ENGAGE_POST_CHIP (chip), severity, messages);
}
