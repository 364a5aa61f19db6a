/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-rule-dialog"

#include "config.h"

#include <json-glib/json-glib.h>

#include "engage-rule-dialog.h"

#include "engage-channel.h"
#include "engage-pillar.h"
#include "engage-rule-kinds.h"

#include <glib/gi18n.h>

/*
 * Adds a guideline rule or edits one: its kind, the kind's settings (built from
 * the table in engage-rule-kinds.c), the channels and pillar it applies to, and
 * what a finding says. Nothing is stored until Save, and then as one edit.
 */

typedef struct
{
  const EngageRuleParam *param;
  GtkWidget             *widget;   /* GtkSpinButton or AdwEntryRow */
} ParamRow;

struct _EngageRuleDialog
{
  AdwWindow          parent_instance;

  /* Template widgets */
  AdwWindowTitle    *window_title;
  GtkButton         *save_button;
  AdwPreferencesGroup *kind_group;
  AdwComboRow       *kind_row;
  AdwPreferencesGroup *params_group;
  AdwExpanderRow    *channels_row;
  AdwComboRow       *pillar_row;
  AdwComboRow       *severity_row;
  AdwEntryRow       *message_row;
  GtkSwitch         *enabled_switch;
  GtkLabel          *error_label;

  /* Owned */
  EngageProject     *project;
  EngageRule        *rule;          /* the rule being edited, a copy */
  GArray            *param_rows;    /* ParamRow */
  GPtrArray         *param_widgets; /* rows to remove when the kind changes */
  GPtrArray         *channel_checks;
  GArray            *pillar_ids;

  /* State */
  gboolean           is_new;
  const char        *shown_kind;
};

G_DEFINE_FINAL_TYPE (EngageRuleDialog, engage_rule_dialog, ADW_TYPE_WINDOW)

#define KIND_KEY "engage-channel-kind"

/* Pure helpers */

/**
 * engage_rule_dialog_parse_terms:
 * @text: terms as typed, separated by commas
 *
 * Returns: (transfer full): the terms, trimmed, without empty ones and
 *   without repeating one
 */
GStrv
engage_rule_dialog_parse_terms (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = g_strsplit (text != NULL ? text : "", ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *term = g_strstrip (parts[i]);
      g_autofree char *folded = g_utf8_casefold (term, -1);
      gboolean repeated = FALSE;

      if (term[0] == '\0')
        continue;

      for (guint j = 0; j < seen->len && !repeated; j++)
        repeated = g_str_equal (g_ptr_array_index (seen, j), folded);
      if (repeated)
        continue;

      g_ptr_array_add (seen, g_steal_pointer (&folded));
      g_strv_builder_add (builder, term);
    }

  return g_strv_builder_end (builder);
}

/**
 * engage_rule_dialog_format_terms:
 * @terms: terms
 *
 * Returns: (transfer full): the terms for the entry, separated by commas
 */
char *
engage_rule_dialog_format_terms (const char * const *terms)
{
  return g_strjoinv (", ", (char **) terms);
}

/* Helpers */

static const EngageRuleKind *
selected_kind (EngageRuleDialog *self)
{
  guint n_kinds;
  const EngageRuleKind *kinds = engage_rule_kinds_get (&n_kinds);
  guint selected = adw_combo_row_get_selected (self->kind_row);

  return selected < n_kinds ? &kinds[selected] : NULL;
}

static void
update_channels_subtitle (EngageRuleDialog *self)
{
  g_autoptr(GString) subtitle = g_string_new (NULL);

  for (guint i = 0; i < self->channel_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->channel_checks, i);
      EngageChannelKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), KIND_KEY));

      if (!gtk_check_button_get_active (check))
        continue;
      if (subtitle->len > 0)
        g_string_append (subtitle, ", ");
      g_string_append (subtitle, engage_channel_kind_get_label (kind));
    }

  adw_expander_row_set_subtitle (self->channels_row, subtitle->len > 0 ? subtitle->str : _("All channels"));
}

static void
add_channel_row (EngageRuleDialog  *self,
                 EngageChannelKind  kind,
                 const char        *names,
                 gboolean           active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), engage_channel_kind_get_label (kind));
  if (names != NULL && g_strcmp0 (names, engage_channel_kind_get_label (kind)) != 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), names);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (check), KIND_KEY, GUINT_TO_POINTER (kind));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_signal_connect_object (check, "toggled", G_CALLBACK (update_channels_subtitle), self, G_CONNECT_SWAPPED);

  g_ptr_array_add (self->channel_checks, check);
  adw_expander_row_add_row (self->channels_row, row);
}

/* The channel kinds of the project's channels, each once with the names of its
 * channels; and the kinds the rule names that no channel has. */
static void
fill_channels (EngageRuleDialog *self)
{
  g_autoptr(GListModel) channels = engage_project_list_channels (self->project);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (EngageChannelKind));

  for (guint i = 0; i < g_list_model_get_n_items (channels); i++)
    {
      g_autoptr(EngageChannel) channel = g_list_model_get_item (channels, i);
      EngageChannelKind kind = engage_channel_get_kind (channel);
      char *old = g_hash_table_lookup (names, GUINT_TO_POINTER (kind));

      if (old == NULL)
        g_array_append_val (order, kind);
      g_hash_table_insert (names, GUINT_TO_POINTER (kind),
                           old != NULL ? g_strdup_printf ("%s, %s", old, engage_channel_get_name (channel))
                                       : g_strdup (engage_channel_get_name (channel)));
    }

  for (EngageChannelKind kind = 0; kind <= ENGAGE_CHANNEL_KIND_OTHER; kind++)
    if (!g_hash_table_contains (names, GUINT_TO_POINTER (kind)) &&
        engage_rule_get_channel_kinds (self->rule) != NULL &&
        engage_rule_get_channel_kinds (self->rule)[0] != '\0' &&
        engage_rule_applies_to_channel_kind (self->rule, kind))
      g_array_append_val (order, kind);

  for (guint i = 0; i < order->len; i++)
    {
      EngageChannelKind kind = g_array_index (order, EngageChannelKind, i);
      const char *kinds = engage_rule_get_channel_kinds (self->rule);
      gboolean active = kinds != NULL && kinds[0] != '\0' && engage_rule_applies_to_channel_kind (self->rule, kind);

      add_channel_row (self, kind, g_hash_table_lookup (names, GUINT_TO_POINTER (kind)), active);
    }

  update_channels_subtitle (self);
}

static void
fill_pillars (EngageRuleDialog *self)
{
  g_autoptr(GListModel) pillars = engage_project_list_pillars (self->project);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  gint64 none = 0;
  guint selected = 0;

  gtk_string_list_append (labels, _("All pillars"));
  g_array_append_val (self->pillar_ids, none);

  for (guint i = 0; i < g_list_model_get_n_items (pillars); i++)
    {
      g_autoptr(EngagePillar) pillar = g_list_model_get_item (pillars, i);
      gint64 id = engage_pillar_get_id (pillar);

      gtk_string_list_append (labels, engage_pillar_get_name (pillar));
      g_array_append_val (self->pillar_ids, id);
      if (id == engage_rule_get_pillar_id (self->rule))
        selected = i + 1;
    }

  adw_combo_row_set_model (self->pillar_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->pillar_row, selected);
}

static void
clear_params (EngageRuleDialog *self)
{
  for (guint i = 0; i < self->param_widgets->len; i++)
    adw_preferences_group_remove (self->params_group, g_ptr_array_index (self->param_widgets, i));
  g_ptr_array_set_size (self->param_widgets, 0);
  g_array_set_size (self->param_rows, 0);
}

/* One row per parameter of @info, filled from the rule when it is of that
 * kind, otherwise with the kind's defaults. */
static void
build_params (EngageRuleDialog     *self,
              const EngageRuleKind *info)
{
  gboolean own = g_strcmp0 (engage_rule_get_kind (self->rule), info->kind) == 0;
  g_autoptr(GString) hints = g_string_new (NULL);

  clear_params (self);

  for (guint i = 0; i < info->n_params; i++)
    {
      const EngageRuleParam *param = &info->params[i];
      ParamRow param_row = { param, NULL };
      GtkWidget *row;

      if (param->type == ENGAGE_RULE_PARAM_TERMS)
        {
          g_auto(GStrv) terms = own ? engage_rule_dup_param_terms (self->rule, param->name) : g_new0 (char *, 1);
          g_autofree char *text = engage_rule_dialog_format_terms ((const char * const *) terms);

          row = adw_entry_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(param->label));
          gtk_editable_set_text (GTK_EDITABLE (row), text);
          param_row.widget = row;
          if (param->hint != NULL)
            g_string_append (hints, _(param->hint));
        }
      else
        {
          double value = own ? engage_rule_get_param_number (self->rule, param->name, param->default_value)
                             : param->default_value;
          gboolean hours = param->type == ENGAGE_RULE_PARAM_HOURS;
          GtkWidget *spin = gtk_spin_button_new_with_range (param->min, param->max, hours ? 0.5 : 1);

          gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), hours ? 1 : 0);
          gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
          gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);

          row = adw_action_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(param->label));
          if (param->hint != NULL)
            adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(param->hint));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
          param_row.widget = spin;
        }

      adw_preferences_group_add (self->params_group, row);
      g_ptr_array_add (self->param_widgets, row);
      g_array_append_val (self->param_rows, param_row);
    }

  adw_preferences_group_set_description (self->params_group, hints->len > 0 ? hints->str : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->params_group), info->n_params > 0);
}

static char *
build_params_json (EngageRuleDialog *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  for (guint i = 0; i < self->param_rows->len; i++)
    {
      ParamRow *row = &g_array_index (self->param_rows, ParamRow, i);

      json_builder_set_member_name (builder, row->param->name);
      switch (row->param->type)
        {
        case ENGAGE_RULE_PARAM_COUNT:
          json_builder_add_int_value (builder, gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (row->widget)));
          break;

        case ENGAGE_RULE_PARAM_HOURS:
          json_builder_add_double_value (builder, gtk_spin_button_get_value (GTK_SPIN_BUTTON (row->widget)));
          break;

        case ENGAGE_RULE_PARAM_TERMS:
        default:
          {
            g_auto(GStrv) terms = engage_rule_dialog_parse_terms (gtk_editable_get_text (GTK_EDITABLE (row->widget)));

            json_builder_begin_array (builder);
            for (guint t = 0; terms[t] != NULL; t++)
              json_builder_add_string_value (builder, terms[t]);
            json_builder_end_array (builder);
          }
          break;
        }
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

static void
show_kind (EngageRuleDialog     *self,
           const EngageRuleKind *info)
{
  const EngageRuleKind *previous = engage_rule_kind_lookup (self->shown_kind);
  const char *message = gtk_editable_get_text (GTK_EDITABLE (self->message_row));

  adw_preferences_group_set_description (self->kind_group, _(info->description));
  build_params (self, info);
  gtk_widget_set_sensitive (GTK_WIDGET (self->pillar_row), info->scope != ENGAGE_RULE_SCOPE_TARGET);

  /* A new rule follows the kind with its message and severity, unless the
   * user has changed them. */
  if (previous != NULL && self->is_new)
    {
      if (message[0] == '\0' || g_str_equal (message, _(previous->default_message)))
        gtk_editable_set_text (GTK_EDITABLE (self->message_row), _(info->default_message));
      if (adw_combo_row_get_selected (self->severity_row) == (guint) previous->default_severity)
        adw_combo_row_set_selected (self->severity_row, info->default_severity);
    }

  self->shown_kind = info->kind;
}

/* Callbacks */

static void
on_kind_row_selected_cb (EngageRuleDialog *self,
                         GParamSpec       *pspec,
                         AdwComboRow      *row)
{
  const EngageRuleKind *info = selected_kind (self);

  if (info != NULL && self->shown_kind != NULL)
    show_kind (self, info);
}

static void
on_save_button_clicked_cb (EngageRuleDialog *self,
                           GtkButton        *button)
{
  g_autoptr(GError) error = NULL;

  if (!engage_rule_dialog_save (self, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

/* Vfuncs */

static void
engage_rule_dialog_dispose (GObject *object)
{
  EngageRuleDialog *self = ENGAGE_RULE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ENGAGE_TYPE_RULE_DIALOG);

  g_clear_object (&self->project);
  g_clear_object (&self->rule);

  G_OBJECT_CLASS (engage_rule_dialog_parent_class)->dispose (object);
}

static void
engage_rule_dialog_finalize (GObject *object)
{
  EngageRuleDialog *self = ENGAGE_RULE_DIALOG (object);

  g_clear_pointer (&self->param_rows, g_array_unref);
  g_clear_pointer (&self->param_widgets, g_ptr_array_unref);
  g_clear_pointer (&self->channel_checks, g_ptr_array_unref);
  g_clear_pointer (&self->pillar_ids, g_array_unref);

  G_OBJECT_CLASS (engage_rule_dialog_parent_class)->finalize (object);
}

static void
engage_rule_dialog_class_init (EngageRuleDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = engage_rule_dialog_dispose;
  object_class->finalize = engage_rule_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/guidelines/engage-rule-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EngageRuleDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, EngageRuleDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, EngageRuleDialog, kind_group);
  gtk_widget_class_bind_template_child (widget_class, EngageRuleDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, EngageRuleDialog, params_group);
  gtk_widget_class_bind_template_child (widget_class, EngageRuleDialog, channels_row);
  gtk_widget_class_bind_template_child (widget_class, EngageRuleDialog, pillar_row);
  gtk_widget_class_bind_template_child (widget_class, EngageRuleDialog, severity_row);
  gtk_widget_class_bind_template_child (widget_class, EngageRuleDialog, message_row);
  gtk_widget_class_bind_template_child (widget_class, EngageRuleDialog, enabled_switch);
  gtk_widget_class_bind_template_child (widget_class, EngageRuleDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
engage_rule_dialog_init (EngageRuleDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) severities = gtk_string_list_new (NULL);
  const EngageRuleKind *table;
  guint n_kinds;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->param_rows = g_array_new (FALSE, FALSE, sizeof (ParamRow));
  self->param_widgets = g_ptr_array_new ();
  self->channel_checks = g_ptr_array_new ();
  self->pillar_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  table = engage_rule_kinds_get (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    gtk_string_list_append (kinds, _(table[i].label));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));

  for (EngageSeverity severity = ENGAGE_SEVERITY_INFO; severity <= ENGAGE_SEVERITY_ERROR; severity++)
    gtk_string_list_append (severities, engage_severity_get_label (severity));
  adw_combo_row_set_model (self->severity_row, G_LIST_MODEL (severities));
}

/* Public API */

/**
 * engage_rule_dialog_new:
 * @project: an open project
 * @rule: (nullable): the rule to edit; %NULL for a new one
 *
 * Returns: (transfer floating): the dialog, not shown yet
 */
EngageRuleDialog *
engage_rule_dialog_new (EngageProject *project,
                        EngageRule    *rule)
{
  EngageRuleDialog *self;
  const EngageRuleKind *table;
  const EngageRuleKind *info;
  guint n_kinds;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (rule == NULL || ENGAGE_IS_RULE (rule), NULL);

  self = g_object_new (ENGAGE_TYPE_RULE_DIALOG, NULL);
  self->project = g_object_ref (project);
  self->is_new = rule == NULL;
  self->rule = rule != NULL ? engage_rule_copy (rule) : engage_rule_kind_new_rule ("forbidden-terms");

  adw_window_title_set_title (self->window_title, self->is_new ? _("New Rule") : _("Edit Rule"));
  gtk_button_set_label (self->save_button, self->is_new ? _("_Add") : _("_Save"));

  fill_channels (self);
  fill_pillars (self);
  adw_combo_row_set_selected (self->severity_row, engage_rule_get_severity (self->rule));
  gtk_editable_set_text (GTK_EDITABLE (self->message_row),
                         engage_rule_get_message (self->rule) != NULL ? engage_rule_get_message (self->rule) : "");
  gtk_switch_set_active (self->enabled_switch, engage_rule_get_enabled (self->rule));

  table = engage_rule_kinds_get (&n_kinds);
  info = engage_rule_kind_lookup (engage_rule_get_kind (self->rule));
  if (info != NULL)
    {
      adw_combo_row_set_selected (self->kind_row, info - table);
      show_kind (self, info);
    }
  else
    {
      /* A kind from a newer Engage: keep it and its settings as they are. */
      adw_preferences_group_set_description (self->kind_group,
                                             _("This kind of rule comes from a newer version of Engage."));
      gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->params_group), FALSE);
    }

  return self;
}

/**
 * engage_rule_dialog_present:
 * @parent: a widget in the window to put the dialog over
 * @project: an open project
 * @rule_id: the rule to edit, 0 for a new one
 *
 * Shows the dialog; it stores the rule when the user saves.
 */
void
engage_rule_dialog_present (GtkWidget     *parent,
                            EngageProject *project,
                            gint64         rule_id)
{
  g_autoptr(EngageRule) rule = NULL;
  EngageRuleDialog *self;
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (ENGAGE_IS_PROJECT (project));

  if (rule_id > 0)
    {
      rule = engage_project_get_rule (project, rule_id, NULL);
      if (rule == NULL)
        return;
    }

  self = engage_rule_dialog_new (project, rule);
  root = gtk_widget_get_root (parent);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (self));
}

/**
 * engage_rule_dialog_save:
 * @error: return location for a #GError
 *
 * Stores the rule as the dialog shows it.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_rule_dialog_save (EngageRuleDialog  *self,
                         GError           **error)
{
  const EngageRuleKind *info;
  g_autoptr(GString) kinds = g_string_new (NULL);
  g_autofree char *message = NULL;
  guint pillar;

  g_return_val_if_fail (ENGAGE_IS_RULE_DIALOG (self), FALSE);

  info = engage_rule_kind_lookup (engage_rule_get_kind (self->rule)) != NULL ? selected_kind (self) : NULL;
  if (info != NULL)
    {
      g_autofree char *params = build_params_json (self);

      engage_rule_set_kind (self->rule, info->kind);
      engage_rule_set_params (self->rule, params);
    }

  for (guint i = 0; i < self->channel_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->channel_checks, i);

      if (gtk_check_button_get_active (check))
        g_string_append_printf (kinds, "%s%s", kinds->len > 0 ? "," : "",
                                engage_channel_kind_to_string (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check),
                                                                                                    KIND_KEY))));
    }
  engage_rule_set_channel_kinds (self->rule, kinds->str);

  pillar = adw_combo_row_get_selected (self->pillar_row);
  engage_rule_set_pillar_id (self->rule, pillar < self->pillar_ids->len &&
                                         (info == NULL || info->scope != ENGAGE_RULE_SCOPE_TARGET)
                                         ? g_array_index (self->pillar_ids, gint64, pillar) : 0);
  engage_rule_set_severity (self->rule, MIN (adw_combo_row_get_selected (self->severity_row),
                                             ENGAGE_SEVERITY_ERROR));
  message = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->message_row))));
  engage_rule_set_message (self->rule, message);
  engage_rule_set_enabled (self->rule, gtk_switch_get_active (self->enabled_switch));

  if (self->is_new)
    {
      g_autoptr(GListModel) rules = engage_project_list_rules (self->project);

      engage_rule_set_position (self->rule, (int) g_list_model_get_n_items (rules));
      return engage_project_add_rule (self->project, self->rule, error);
    }

  return engage_project_update_rule (self->project, self->rule, error);
}
