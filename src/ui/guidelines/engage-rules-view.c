/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-rules-view"

#include "config.h"

#include "engage-rules-view.h"

#include "engage-rule-dialog.h"
#include "engage-rule-kinds.h"

#include <glib/gi18n.h>

/*
 * The guideline's rules in three groups: those checked on each post, those that
 * look at the plan, and the targets that KPIs measure. A switch turns a rule on
 * or off, a row opens the rule dialog, the bin button deletes the rule (the page
 * offers to undo it).
 */

struct _EngageRulesView
{
  AdwBin         parent_instance;

  /* Template widgets */
  GtkStack      *stack;
  GtkBox        *groups_box;

  /* Owned */
  EngageProject *project;
  GListModel    *rules;
};

G_DEFINE_FINAL_TYPE (EngageRulesView, engage_rules_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

enum {
  RULE_DELETED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

#define RULE_ID_KEY "engage-rule-id"

/**
 * engage_rules_view_format_subtitle:
 * @rule: a rule
 * @project: (nullable): its project, to name the pillar
 *
 * Returns: (transfer full): the rule's kind, settings and scope, e.g. "Hashtag
 *   limit · At most 8 hashtags · Instagram", and "Off" when it is switched off
 */
char *
engage_rules_view_format_subtitle (EngageRule    *rule,
                                   EngageProject *project)
{
  g_autofree char *summary = engage_rule_dup_summary (rule);
  g_autofree char *scope = engage_rule_dup_scope_label (rule, project);
  const char *label = engage_rule_kind_get_label (engage_rule_get_kind (rule));

  if (!engage_rule_get_enabled (rule))
    /* Translators: a switched-off rule: its kind, settings, scope and "Off" */
    return g_strdup_printf (_("%s · %s · %s · Off"), label, summary, scope);

  /* Translators: a rule's kind, settings and scope, e.g. "Hashtag limit · At most 8 hashtags · Instagram" */
  return g_strdup_printf (_("%s · %s · %s"), label, summary, scope);
}

/* Helpers */

static gint64
widget_rule_id (gpointer widget)
{
  return (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (widget), RULE_ID_KEY));
}

static void
on_row_activated_cb (EngageRulesView *self,
                     AdwActionRow    *row)
{
  engage_rule_dialog_present (GTK_WIDGET (self), self->project, widget_rule_id (row));
}

static void
on_switch_active_cb (EngageRulesView *self,
                     GParamSpec      *pspec,
                     GtkSwitch       *toggle)
{
  g_autoptr(EngageRule) rule = engage_project_get_rule (self->project, widget_rule_id (toggle), NULL);
  g_autoptr(GError) error = NULL;

  if (rule == NULL || engage_rule_get_enabled (rule) == gtk_switch_get_active (toggle))
    return;

  engage_rule_set_enabled (rule, gtk_switch_get_active (toggle));
  if (!engage_project_update_rule (self->project, rule, &error))
    g_warning ("Could not switch the rule: %s", error->message);
}

static void
on_delete_clicked_cb (EngageRulesView *self,
                      GtkButton       *button)
{
  g_autoptr(EngageRule) rule = engage_project_get_rule (self->project, widget_rule_id (button), NULL);
  g_autoptr(GError) error = NULL;

  if (rule == NULL)
    return;

  if (!engage_project_delete_rule (self->project, engage_rule_get_id (rule), &error))
    {
      g_warning ("Could not delete the rule: %s", error->message);
      return;
    }

  g_signal_emit (self, signals[RULE_DELETED], 0, engage_rule_kind_get_label (engage_rule_get_kind (rule)));
}

static GtkWidget *
create_row (EngageRulesView *self,
            EngageRule      *rule)
{
  g_autofree char *subtitle = engage_rules_view_format_subtitle (rule, self->project);
  EngageSeverity severity = engage_rule_get_severity (rule);
  const char *message = engage_rule_get_message (rule);
  gsize id = (gsize) engage_rule_get_id (rule);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (engage_severity_get_icon_name (severity));
  GtkWidget *toggle = gtk_switch_new ();
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");

  if (message == NULL || message[0] == '\0')
    message = engage_rule_kind_get_label (engage_rule_get_kind (rule));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), message);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Edit the rule"));
  g_object_set_data (G_OBJECT (row), RULE_ID_KEY, GSIZE_TO_POINTER (id));
  g_signal_connect_object (row, "activated", G_CALLBACK (on_row_activated_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_add_css_class (icon, "severity-icon");
  gtk_widget_add_css_class (icon, engage_severity_to_string (severity));
  gtk_widget_set_tooltip_text (icon, engage_severity_get_label (severity));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, engage_severity_get_label (severity),
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  gtk_switch_set_active (GTK_SWITCH (toggle), engage_rule_get_enabled (rule));
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (toggle, _("Check this rule"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Check this rule"), -1);
  g_object_set_data (G_OBJECT (toggle), RULE_ID_KEY, GSIZE_TO_POINTER (id));
  g_signal_connect_object (toggle, "notify::active", G_CALLBACK (on_switch_active_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);

  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_tooltip_text (delete, _("Delete Rule"));
  g_object_set_data (G_OBJECT (delete), RULE_ID_KEY, GSIZE_TO_POINTER (id));
  g_signal_connect_object (delete, "clicked", G_CALLBACK (on_delete_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);

  /* A rule that is off keeps its row; its icon fades and the subtitle says "Off". */
  if (!engage_rule_get_enabled (rule))
    gtk_widget_add_css_class (icon, "dim-label");

  return row;
}

static void
rebuild (EngageRulesView *self)
{
  static const struct {
    EngageRuleScope  scope;
    const char      *title;
    const char      *description;
  } groups[] = {
    { ENGAGE_RULE_SCOPE_POST, N_("Each Post"),
      N_("Checked while a post is written, and for every post in Check Plan") },
    { ENGAGE_RULE_SCOPE_PLAN, N_("The Whole Plan"),
      N_("Checked across the posts of each channel in Check Plan") },
    { ENGAGE_RULE_SCOPE_TARGET, N_("Targets"),
      N_("Documented here and measured by a KPI on the Goals page") },
  };
  guint n_rules = g_list_model_get_n_items (self->rules);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box))) != NULL)
    gtk_box_remove (self->groups_box, child);

  for (guint g = 0; g <= G_N_ELEMENTS (groups); g++)
    {
      GtkWidget *group = adw_preferences_group_new ();
      guint n_rows = 0;

      if (g < G_N_ELEMENTS (groups))
        {
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(groups[g].title));
          adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _(groups[g].description));
        }
      else
        {
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Other Rules"));
          adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                                 _("Made by a newer version of Engage; this version does not check them"));
        }

      for (guint i = 0; i < n_rules; i++)
        {
          g_autoptr(EngageRule) rule = g_list_model_get_item (self->rules, i);
          const EngageRuleKind *info = engage_rule_kind_lookup (engage_rule_get_kind (rule));

          if ((g < G_N_ELEMENTS (groups) && (info == NULL || info->scope != groups[g].scope)) ||
              (g == G_N_ELEMENTS (groups) && info != NULL))
            continue;

          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), create_row (self, rule));
          n_rows++;
        }

      if (n_rows > 0)
        {
          gtk_box_append (self->groups_box, group);
        }
      else
        {
          g_object_ref_sink (group);
          g_object_unref (group);
        }
    }

  gtk_stack_set_visible_child_name (self->stack, n_rules > 0 ? "rules" : "empty");
}

static void
on_rules_items_changed_cb (EngageRulesView *self,
                           guint            position,
                           guint            removed,
                           guint            added,
                           GListModel      *model)
{
  rebuild (self);
}

static void
on_project_changed_cb (EngageRulesView *self,
                       guint            tables,
                       EngageProject   *project)
{
  /* Rows name channels and pillars. */
  if (tables & (ENGAGE_TABLE_PILLAR | ENGAGE_TABLE_CHANNEL))
    rebuild (self);
}

/* Vfuncs */

static void
engage_rules_view_constructed (GObject *object)
{
  EngageRulesView *self = ENGAGE_RULES_VIEW (object);

  G_OBJECT_CLASS (engage_rules_view_parent_class)->constructed (object);

  g_assert (ENGAGE_IS_PROJECT (self->project));

  self->rules = engage_project_list_rules (self->project);
  g_signal_connect_object (self->rules, "items-changed",
                           G_CALLBACK (on_rules_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->project, "changed",
                           G_CALLBACK (on_project_changed_cb), self, G_CONNECT_SWAPPED);
  rebuild (self);
}

static void
engage_rules_view_dispose (GObject *object)
{
  EngageRulesView *self = ENGAGE_RULES_VIEW (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ENGAGE_TYPE_RULES_VIEW);

  g_clear_object (&self->rules);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (engage_rules_view_parent_class)->dispose (object);
}

static void
engage_rules_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  EngageRulesView *self = ENGAGE_RULES_VIEW (object);

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
engage_rules_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  EngageRulesView *self = ENGAGE_RULES_VIEW (object);

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
engage_rules_view_class_init (EngageRulesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = engage_rules_view_constructed;
  object_class->dispose = engage_rules_view_dispose;
  object_class->get_property = engage_rules_view_get_property;
  object_class->set_property = engage_rules_view_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         ENGAGE_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EngageRulesView::rule-deleted:
   * @label: what the deleted rule was, e.g. "Hashtag limit"
   *
   * A rule was deleted; engage_project_undo() brings it back.
   */
  signals[RULE_DELETED] =
    g_signal_new ("rule-deleted",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/guidelines/engage-rules-view.ui");
  gtk_widget_class_bind_template_child (widget_class, EngageRulesView, stack);
  gtk_widget_class_bind_template_child (widget_class, EngageRulesView, groups_box);
}

static void
engage_rules_view_init (EngageRulesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * engage_rules_view_new:
 * @project: an open project
 *
 * Returns: (transfer floating): the list of @project's rules
 */
GtkWidget *
engage_rules_view_new (EngageProject *project)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return g_object_new (ENGAGE_TYPE_RULES_VIEW, "project", project, NULL);
}
