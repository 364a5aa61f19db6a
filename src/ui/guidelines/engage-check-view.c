/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-check-view"

#include "config.h"

#include "engage-check-view.h"

#include "calendar/engage-post-editor.h"
#include "engage-channel.h"
#include "engage-post.h"
#include "engage-rule-kinds.h"

#include <glib/gi18n.h>

/*
 * Check Plan: every finding of the guideline's rules on the plan, grouped by
 * post (what to fix in each post) or by rule (where a rule is broken). A finding
 * about a post opens that post in the editor. The check runs again shortly after
 * each edit of the plan or the rules, so the list and the sidebar's count are
 * always current; a check of a few hundred posts takes milliseconds. A plan
 * whose check is slow (tens of thousands of posts) is checked again only while
 * the view is on screen, and the list shows the first MAX_ROWS findings: a
 * widget for each of 100,000 would take minutes to lay out.
 */

struct _EngageCheckView
{
  AdwBin           parent_instance;

  /* Template widgets */
  GtkLabel        *summary_label;
  GtkToggleButton *by_post_button;
  GtkToggleButton *by_rule_button;
  GtkStack        *stack;
  GtkScrolledWindow *scroller;
  GtkBox          *groups_box;

  /* Owned */
  EngageProject   *project;
  EngageChecker   *checker;
  GPtrArray       *findings;
  GHashTable      *channel_names;   /* channel id → name */

  /* State */
  guint            recheck_id;
  gint64           check_usec;      /* how long the last check took */
  gboolean         stale;           /* changed while off screen after a slow check */
};

G_DEFINE_FINAL_TYPE (EngageCheckView, engage_check_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

enum {
  CHECKED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

#define RECHECK_DELAY_MS 250
/* A check slower than this waits until the view is shown. */
#define SLOW_CHECK_USEC (100 * G_TIME_SPAN_MILLISECOND)
#define MAX_ROWS 300
/* Above this many posts a check takes long enough to be noticed. */
#define LARGE_PLAN_POSTS 5000
#define POST_ID_KEY "engage-post-id"

/* Pure helpers */

/**
 * engage_check_view_format_summary:
 * @findings: (element-type EngageFinding): findings
 *
 * Returns: (transfer full): e.g. "3 errors, 12 warnings and 1 note in 14 posts"
 */
char *
engage_check_view_format_summary (GPtrArray *findings)
{
  guint errors = engage_findings_count_severity (findings, ENGAGE_SEVERITY_ERROR);
  guint warnings = engage_findings_count_severity (findings, ENGAGE_SEVERITY_WARNING);
  guint notes = engage_findings_count_severity (findings, ENGAGE_SEVERITY_INFO);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;
  gint64 last = -1;
  guint posts = 0;

  if (findings->len == 0)
    return g_strdup (_("No findings: every post keeps the guideline’s rules"));

  for (guint i = 0; i < findings->len; i++)
    {
      EngageFinding *finding = g_ptr_array_index (findings, i);

      if (!engage_finding_is_plan_level (finding) && engage_finding_get_post_id (finding) != last)
        {
          posts++;
          last = engage_finding_get_post_id (finding);
        }
    }

  if (errors > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u error", "%u errors", errors), errors));
  if (warnings > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u warning", "%u warnings", warnings), warnings));
  if (notes > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u note", "%u notes", notes), notes));

  if (parts->len == 3)
    /* Translators: a list of three counts, e.g. "3 errors, 12 warnings and 1 note" */
    list = g_strdup_printf (_("%s, %s and %s"), (char *) parts->pdata[0], (char *) parts->pdata[1],
                            (char *) parts->pdata[2]);
  else if (parts->len == 2)
    /* Translators: a list of two counts, e.g. "3 errors and 1 note" */
    list = g_strdup_printf (_("%s and %s"), (char *) parts->pdata[0], (char *) parts->pdata[1]);
  else
    list = g_strdup (parts->pdata[0]);

  if (posts == 0)
    return g_steal_pointer (&list);

  /* Translators: %s is a list of counts, e.g. "3 errors and 1 note in 4 posts" */
  return g_strdup_printf (ngettext ("%s in %u post", "%s in %u posts", posts), list, posts);
}

/**
 * engage_check_view_format_time:
 * @time: (nullable): a post's time
 * @tz: the project's time zone
 *
 * Returns: (transfer full): e.g. "Thu, Nov 19, 15:00", or "No date"
 */
char *
engage_check_view_format_time (GDateTime *time,
                               GTimeZone *tz)
{
  g_autoptr(GDateTime) local = NULL;

  if (time == NULL)
    return g_strdup (_("No date"));

  local = g_date_time_to_timezone (time, tz);
  /* Translators: a post's date and time, see the strftime manual; e.g.
   * "%a, %-e. %b, %H:%M" in German */
  return g_date_time_format (local, _("%a, %b %-e %Y, %H:%M"));
}

/* Helpers */

static GtkWidget *
create_severity_icon (EngageSeverity severity)
{
  GtkWidget *icon = gtk_image_new_from_icon_name (engage_severity_get_icon_name (severity));

  gtk_widget_add_css_class (icon, "severity-icon");
  gtk_widget_add_css_class (icon, engage_severity_to_string (severity));
  gtk_widget_set_tooltip_text (icon, engage_severity_get_label (severity));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, engage_severity_get_label (severity),
                                  -1);
  return icon;
}

static void
open_post (EngageCheckView *self,
           gint64           post_id)
{
  if (post_id > 0)
    engage_post_editor_present (GTK_WIDGET (self), self->project, post_id, NULL);
}

static void
on_row_activated_cb (EngageCheckView *self,
                     AdwActionRow    *row)
{
  open_post (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), POST_ID_KEY)));
}

static GtkWidget *
create_row (EngageCheckView *self,
            EngageFinding   *finding,
            const char      *title,
            const char      *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  gint64 post_id = engage_finding_get_post_id (finding);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), create_severity_icon (engage_finding_get_severity (finding)));

  if (post_id > 0)
    {
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      gtk_widget_set_tooltip_text (row, _("Open the post"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), POST_ID_KEY, GSIZE_TO_POINTER ((gsize) post_id));
      g_signal_connect_object (row, "activated", G_CALLBACK (on_row_activated_cb), self, G_CONNECT_SWAPPED);
    }

  return row;
}

static char *
describe_post (EngageCheckView *self,
               EngageFinding   *finding)
{
  g_autoptr(EngagePost) post = engage_project_get_post (self->project, engage_finding_get_post_id (finding), NULL);
  g_autofree char *time = engage_check_view_format_time (engage_finding_get_post_time (finding),
                                                         engage_project_get_tz (self->project));
  gint64 channel_id = engage_finding_get_channel_id (finding);
  const char *channel = g_hash_table_lookup (self->channel_names, &channel_id);

  /* Translators: a post's channel, time and status, e.g. "X · Thu, Nov 19, 15:00 · Draft" */
  return g_strdup_printf (_("%s · %s · %s"), channel != NULL ? channel : "", time,
                          post != NULL ? engage_post_status_get_label (engage_post_get_status (post)) : "");
}

static const char *
post_title (EngageFinding *finding)
{
  const char *title = engage_finding_get_post_title (finding);

  return title != NULL && title[0] != '\0' ? title : _("Untitled post");
}

static GtkWidget *
add_group (EngageCheckView *self,
           const char      *title,
           const char      *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

  gtk_box_append (self->groups_box, group);
  return group;
}

/* Says how many findings the list leaves out, after the first MAX_ROWS. */
static void
add_more_label (EngageCheckView *self,
                guint            n_more)
{
  g_autofree char *text = NULL;
  GtkWidget *label;

  if (n_more == 0)
    return;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u more finding is not listed here. Fix the ones above, or list them all with “engage-cli check”.",
                                       "%u more findings are not listed here. Fix the ones above, or list them all with “engage-cli check”.",
                                       n_more),
                          n_more);
  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (self->groups_box, label);
}

static void
build_by_post (EngageCheckView *self)
{
  AdwPreferencesGroup *group = NULL;
  gint64 last_post = -1;
  gboolean plan_group = FALSE;
  guint n_shown = MIN (self->findings->len, MAX_ROWS);

  for (guint i = 0; i < n_shown; i++)
    {
      EngageFinding *finding = g_ptr_array_index (self->findings, i);
      g_autofree char *title = NULL;
      const char *detail = engage_finding_get_detail (finding);
      const char *label = engage_rule_kind_get_label (engage_finding_get_rule_kind (finding));

      if (engage_finding_is_plan_level (finding))
        {
          if (!plan_group)
            group = ADW_PREFERENCES_GROUP (add_group (self, _("The Plan as a Whole"),
                                                      _("Rules about how often and when the channels post, "
                                                        "and the targets that KPIs measure")));
          plan_group = TRUE;
        }
      else if (engage_finding_get_post_id (finding) != last_post)
        {
          g_autofree char *description = describe_post (self, finding);

          last_post = engage_finding_get_post_id (finding);
          group = ADW_PREFERENCES_GROUP (add_group (self, post_title (finding), description));
        }

      /* Translators: a finding: the kind of rule and what was found, e.g.
       * "Length limit: 312 of 280 characters" */
      title = detail != NULL && detail[0] != '\0' ? g_strdup_printf (_("%s: %s"), label, detail) : g_strdup (label);
      adw_preferences_group_add (group, create_row (self, finding, title, engage_finding_get_message (finding)));
    }

  add_more_label (self, self->findings->len - n_shown);
}

static void
build_by_rule (EngageCheckView *self)
{
  g_autoptr(GHashTable) groups = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint n_rows = 0;

  /* Rules in the order of their first finding, their findings in plan order. */
  for (guint i = 0; i < self->findings->len; i++)
    {
      EngageFinding *finding = g_ptr_array_index (self->findings, i);
      gint64 rule_id = engage_finding_get_rule_id (finding);
      GPtrArray *list = g_hash_table_lookup (ids, &rule_id);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (ids, g_memdup2 (&rule_id, sizeof rule_id), list);
          g_ptr_array_add (order, list);
        }
      g_ptr_array_add (list, finding);
    }

  for (guint r = 0; r < order->len; r++)
    {
      GPtrArray *list = g_ptr_array_index (order, r);

      if (n_rows >= MAX_ROWS)
        {
          g_ptr_array_free (list, TRUE);
          continue;
        }
      EngageFinding *first = g_ptr_array_index (list, 0);
      AdwPreferencesGroup *group;
      g_autofree char *title = NULL;

      /* Translators: a rule's kind and how often it is broken, e.g. "Length limit (4)" */
      title = g_strdup_printf (_("%s (%u)"), engage_rule_kind_get_label (engage_finding_get_rule_kind (first)),
                               list->len);
      group = ADW_PREFERENCES_GROUP (add_group (self, title, engage_finding_get_message (first)));

      for (guint i = 0; i < list->len && n_rows < MAX_ROWS; i++, n_rows++)
        {
          EngageFinding *finding = g_ptr_array_index (list, i);
          const char *detail = engage_finding_get_detail (finding);

          if (engage_finding_is_plan_level (finding))
            {
              adw_preferences_group_add (group, create_row (self, finding, detail, _("The plan as a whole")));
            }
          else
            {
              g_autofree char *where = describe_post (self, finding);
              /* Translators: what was found and where, e.g. "312 of 280 characters · X · Thu, Nov 19 …" */
              g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), detail, where);

              adw_preferences_group_add (group, create_row (self, finding, post_title (finding), subtitle));
            }
        }
      g_ptr_array_free (list, TRUE);
    }

  add_more_label (self, self->findings->len - n_rows);
}

static void
load_channel_names (EngageCheckView *self)
{
  g_autoptr(GListModel) channels = engage_project_list_channels (self->project);

  g_hash_table_remove_all (self->channel_names);
  for (guint i = 0; i < g_list_model_get_n_items (channels); i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (channels, i);
      gint64 id = engage_channel_get_id (channel);

      g_hash_table_insert (self->channel_names, g_memdup2 (&id, sizeof id),
                           g_strdup (engage_channel_get_name (channel)));
    }
}

static void
rebuild (EngageCheckView *self)
{
  g_autofree char *summary = engage_check_view_format_summary (self->findings);
  GtkAdjustment *adjustment;
  double scroll;
  GtkWidget *child;

  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  scroll = gtk_adjustment_get_value (adjustment);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box))) != NULL)
    gtk_box_remove (self->groups_box, child);

  gtk_label_set_label (self->summary_label, summary);
  gtk_stack_set_visible_child_name (self->stack, self->findings->len > 0 ? "findings" : "empty");

  load_channel_names (self);
  if (gtk_toggle_button_get_active (self->by_rule_button))
    build_by_rule (self);
  else
    build_by_post (self);

  /* A re-check after an edit keeps the reader's place. */
  gtk_adjustment_set_value (adjustment, scroll);
}

static void
check (EngageCheckView *self)
{
  g_autoptr(GPtrArray) findings = engage_findings_new ();
  g_autoptr(GError) error = NULL;
  gint64 start;

  g_clear_handle_id (&self->recheck_id, g_source_remove);
  self->stale = FALSE;

  if (!engage_project_is_open (self->project))
    return;

  start = g_get_monotonic_time ();
  if (!engage_checker_check_plan (self->checker, NULL, NULL, findings, &error))
    g_warning ("Could not check the plan: %s", error->message);
  self->check_usec = g_get_monotonic_time () - start;

  g_clear_pointer (&self->findings, g_ptr_array_unref);
  self->findings = g_steal_pointer (&findings);
  rebuild (self);

  g_signal_emit (self, signals[CHECKED], 0);
}

static gboolean
recheck_timeout_cb (gpointer user_data)
{
  EngageCheckView *self = user_data;

  self->recheck_id = 0;
  check (self);

  return G_SOURCE_REMOVE;
}

/* Callbacks */

static void
on_project_changed_cb (EngageCheckView *self,
                       guint            tables,
                       EngageProject   *project)
{
  if (!(tables & (ENGAGE_TABLE_POST | ENGAGE_TABLE_RULE | ENGAGE_TABLE_CHANNEL | ENGAGE_TABLE_PILLAR |
                  ENGAGE_TABLE_KPI | ENGAGE_TABLE_MEASUREMENT)))
    return;

  g_clear_handle_id (&self->recheck_id, g_source_remove);

  /* A slow check, or one of a large plan not run yet, waits until it is
   * wanted. */
  if ((self->stale || self->check_usec > SLOW_CHECK_USEC) &&
      !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }

  self->recheck_id = g_timeout_add (RECHECK_DELAY_MS, recheck_timeout_cb, self);
}

static void
on_grouping_toggled_cb (EngageCheckView *self,
                        GtkToggleButton *button)
{
  /* The group switches the other button off first; rebuild once, for the
   * button that came on. */
  if (self->findings != NULL && gtk_toggle_button_get_active (button))
    rebuild (self);
}

static void
on_refresh_button_clicked_cb (EngageCheckView *self,
                              GtkButton       *button)
{
  check (self);
}

/* Vfuncs */

static void
engage_check_view_map (GtkWidget *widget)
{
  EngageCheckView *self = ENGAGE_CHECK_VIEW (widget);

  GTK_WIDGET_CLASS (engage_check_view_parent_class)->map (widget);

  /* Never checked yet: check before the next frame rather than show an
   * empty list meanwhile (not here: the children would change while mapped). */
  if (self->stale && self->findings == NULL)
    {
      g_clear_handle_id (&self->recheck_id, g_source_remove);
      self->recheck_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, recheck_timeout_cb, self, NULL);
    }
  else if (self->stale && self->recheck_id == 0)
    {
      self->recheck_id = g_timeout_add (RECHECK_DELAY_MS, recheck_timeout_cb, self);
    }
}

static void
engage_check_view_constructed (GObject *object)
{
  EngageCheckView *self = ENGAGE_CHECK_VIEW (object);
  EngageProjectCounts counts;

  G_OBJECT_CLASS (engage_check_view_parent_class)->constructed (object);

  g_assert (ENGAGE_IS_PROJECT (self->project));

  self->checker = engage_checker_new (self->project);
  g_signal_connect_object (self->project, "changed",
                           G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);

  /* A large plan is checked when the view is first shown, not while the
   * window opens. */
  if (engage_project_get_counts (self->project, &counts, NULL) && counts.posts > LARGE_PLAN_POSTS)
    self->stale = TRUE;
  else
    check (self);
}

static void
engage_check_view_dispose (GObject *object)
{
  EngageCheckView *self = ENGAGE_CHECK_VIEW (object);

  g_clear_handle_id (&self->recheck_id, g_source_remove);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ENGAGE_TYPE_CHECK_VIEW);

  g_clear_object (&self->checker);
  g_clear_object (&self->project);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->channel_names, g_hash_table_unref);

  G_OBJECT_CLASS (engage_check_view_parent_class)->dispose (object);
}

static void
engage_check_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  EngageCheckView *self = ENGAGE_CHECK_VIEW (object);

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
engage_check_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  EngageCheckView *self = ENGAGE_CHECK_VIEW (object);

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
engage_check_view_class_init (EngageCheckViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = engage_check_view_constructed;
  object_class->dispose = engage_check_view_dispose;
  object_class->get_property = engage_check_view_get_property;
  object_class->set_property = engage_check_view_set_property;

  widget_class->map = engage_check_view_map;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         ENGAGE_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EngageCheckView::checked:
   *
   * The plan was checked; engage_check_view_get_findings() has the result.
   */
  signals[CHECKED] =
    g_signal_new ("checked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/guidelines/engage-check-view.ui");
  gtk_widget_class_bind_template_child (widget_class, EngageCheckView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, EngageCheckView, by_post_button);
  gtk_widget_class_bind_template_child (widget_class, EngageCheckView, by_rule_button);
  gtk_widget_class_bind_template_child (widget_class, EngageCheckView, stack);
  gtk_widget_class_bind_template_child (widget_class, EngageCheckView, scroller);
  gtk_widget_class_bind_template_child (widget_class, EngageCheckView, groups_box);
  gtk_widget_class_bind_template_callback (widget_class, on_grouping_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_refresh_button_clicked_cb);
}

static void
engage_check_view_init (EngageCheckView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->channel_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

/* Public API */

/**
 * engage_check_view_new:
 * @project: an open project
 *
 * Returns: (transfer floating): the Check Plan view of @project
 */
GtkWidget *
engage_check_view_new (EngageProject *project)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return g_object_new (ENGAGE_TYPE_CHECK_VIEW, "project", project, NULL);
}

/**
 * engage_check_view_refresh:
 *
 * Checks the plan now instead of after the next edit.
 */
void
engage_check_view_refresh (EngageCheckView *self)
{
  g_return_if_fail (ENGAGE_IS_CHECK_VIEW (self));

  check (self);
}

/**
 * engage_check_view_get_findings:
 *
 * Returns: (transfer none) (element-type EngageFinding): the findings of the
 *   latest check
 */
GPtrArray *
engage_check_view_get_findings (EngageCheckView *self)
{
  g_return_val_if_fail (ENGAGE_IS_CHECK_VIEW (self), NULL);

  return self->findings;
}

/**
 * engage_check_view_set_by_rule:
 * @by_rule: %TRUE to group by rule, %FALSE by post
 */
void
engage_check_view_set_by_rule (EngageCheckView *self,
                               gboolean         by_rule)
{
  g_return_if_fail (ENGAGE_IS_CHECK_VIEW (self));

  gtk_toggle_button_set_active (by_rule ? self->by_rule_button : self->by_post_button, TRUE);
}
