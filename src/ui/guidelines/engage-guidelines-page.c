/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-guidelines-page"

#include "config.h"

#include "engage-guidelines-page.h"

#include "engage-guideline-text.h"
#include "engage-rule.h"
#include "engage-section.h"

#include <glib/gi18n.h>

/*
 * The social-media guideline: its sections in a sidebar, the selected one's text
 * beside it with the rules that belong to it, and a last entry with every rule.
 * A reader for now; the editor comes later.
 */

/* The sidebar row that lists all rules has this id; sections have positive ids. */
#define ALL_RULES_ID ((gint64) -1)

struct _EngageGuidelinesPage
{
  AdwBin             parent_instance;

  /* Template widgets */
  GtkStack          *stack;
  AdwLeaflet        *leaflet;
  GtkListBox        *sidebar_list;
  GtkWidget         *content;
  GtkScrolledWindow *content_scroller;
  GtkLabel          *title_label;
  GtkLabel          *body_label;
  GtkBox            *rules_box;

  /* Owned */
  EngageProject     *project;
  GListModel        *sections;
  GListModel        *rules;

  /* State */
  gint64             selected_id;
  gboolean           rebuilding;
};

G_DEFINE_FINAL_TYPE (EngageGuidelinesPage, engage_guidelines_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Pure helpers */

static const struct {
  const char *kind;
  const char *label;
} rule_kinds[] = {
  { "cadence",           N_("Posting rhythm") },
  { "forbidden-terms",   N_("Forbidden terms") },
  { "link-required",     N_("Link required") },
  { "max-hashtags",      N_("Hashtag limit") },
  { "max-length",        N_("Length limit") },
  { "min-gap",           N_("Time between posts") },
  { "no-personal-data",  N_("No personal data") },
  { "required-term",     N_("Required term") },
  { "requires-approval", N_("Approval required") },
  { "response-time",     N_("Response time") },
};

/**
 * engage_guidelines_format_rule_kind:
 * @kind: a rule kind, e.g. "max-hashtags"
 *
 * Returns: (transfer full): a label for people, e.g. "Hashtag limit"; an
 *   unknown kind is shown as its own words
 */
char *
engage_guidelines_format_rule_kind (const char *kind)
{
  g_autofree char *words = NULL;

  g_return_val_if_fail (kind != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rule_kinds); i++)
    if (g_str_equal (kind, rule_kinds[i].kind))
      return g_strdup (_(rule_kinds[i].label));

  words = g_strdelimit (g_strdup (kind), "-_", ' ');
  if (words[0] != '\0')
    words[0] = g_ascii_toupper (words[0]);

  return g_steal_pointer (&words);
}

/**
 * engage_guidelines_format_rule_subtitle:
 * @rule: a rule
 *
 * Returns: (transfer full): kind, severity, channels and whether the rule is
 *   off, e.g. "Hashtag limit · Warning · Instagram"
 */
char *
engage_guidelines_format_rule_subtitle (EngageRule *rule)
{
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *kind = NULL;
  g_auto(GStrv) channel_kinds = NULL;
  const char *channels;

  g_return_val_if_fail (ENGAGE_IS_RULE (rule), NULL);

  kind = engage_guidelines_format_rule_kind (engage_rule_get_kind (rule));
  g_string_append (subtitle, kind);
  g_string_append_printf (subtitle, " · %s",
                          engage_severity_get_label (engage_rule_get_severity (rule)));

  channels = engage_rule_get_channel_kinds (rule);
  if (channels != NULL && channels[0] != '\0')
    {
      channel_kinds = g_strsplit_set (channels, ", ", -1);
      g_string_append (subtitle, " · ");
      for (guint i = 0, n = 0; channel_kinds[i] != NULL; i++)
        {
          EngageChannelKind channel_kind;

          if (!engage_channel_kind_from_string (channel_kinds[i], &channel_kind))
            continue;

          if (n++ > 0)
            g_string_append (subtitle, ", ");
          g_string_append (subtitle, engage_channel_kind_get_label (channel_kind));
        }
    }

  if (!engage_rule_get_enabled (rule))
    /* Translators: added to a rule's description when the rule is switched off */
    g_string_append_printf (subtitle, " · %s", _("Off"));

  return g_string_free (g_steal_pointer (&subtitle), FALSE);
}

/* Helpers */

static const char *
severity_icon_name (EngageSeverity severity)
{
  switch (severity)
    {
    case ENGAGE_SEVERITY_ERROR:
      return "dialog-error-symbolic";
    case ENGAGE_SEVERITY_WARNING:
      return "dialog-warning-symbolic";
    case ENGAGE_SEVERITY_INFO:
    default:
      return "dialog-information-symbolic";
    }
}

static GtkWidget *
create_rule_row (EngageRule *rule)
{
  g_autofree char *subtitle = engage_guidelines_format_rule_subtitle (rule);
  g_autofree char *kind = NULL;
  const char *message = engage_rule_get_message (rule);
  EngageSeverity severity = engage_rule_get_severity (rule);
  GtkWidget *row;
  GtkWidget *icon;

  if (message == NULL || message[0] == '\0')
    message = kind = engage_guidelines_format_rule_kind (engage_rule_get_kind (rule));

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), message);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);

  icon = gtk_image_new_from_icon_name (severity_icon_name (severity));
  gtk_widget_add_css_class (icon, "severity-icon");
  gtk_widget_add_css_class (icon, engage_severity_to_string (severity));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, engage_severity_get_label (severity),
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  if (!engage_rule_get_enabled (rule))
    gtk_widget_add_css_class (row, "dim-label");

  return row;
}

static GtkWidget *
create_sidebar_row (const char *title,
                    gint64      id,
                    guint       count)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_tooltip_text (label, title);
  gtk_box_append (GTK_BOX (box), label);

  if (id == ALL_RULES_ID)
    {
      g_autofree char *text = g_strdup_printf ("%u", count);
      GtkWidget *count_label = gtk_label_new (text);

      gtk_widget_add_css_class (count_label, "dim-label");
      gtk_widget_add_css_class (count_label, "numeric");
      gtk_box_append (GTK_BOX (box), count_label);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "engage-id", g_memdup2 (&id, sizeof id), g_free);

  return row;
}

static gint64
row_get_id (GtkListBoxRow *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "engage-id");

  return id != NULL ? *id : 0;
}

static void
update_sidebar_header (GtkListBoxRow *row,
                       GtkListBoxRow *before,
                       gpointer       user_data)
{
  if (before != NULL && row_get_id (row) == ALL_RULES_ID)
    {
      if (gtk_list_box_row_get_header (row) == NULL)
        gtk_list_box_row_set_header (row, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
    }
  else
    {
      gtk_list_box_row_set_header (row, NULL);
    }
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkWidget *
create_rules_group (GListModel *rules,
                    gint64      section_id,
                    const char *title,
                    const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();
  guint n_items = g_list_model_get_n_items (rules);
  guint n_rows = 0;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(EngageRule) rule = g_list_model_get_item (rules, i);

      if (section_id != ALL_RULES_ID && engage_rule_get_section_id (rule) != section_id)
        continue;

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), create_rule_row (rule));
      n_rows++;
    }

  if (n_rows == 0)
    {
      g_object_ref_sink (group);
      g_object_unref (group);
      return NULL;
    }

  return group;
}

static EngageSection *
find_section (EngageGuidelinesPage *self,
              gint64                section_id)
{
  guint n_items = g_list_model_get_n_items (self->sections);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(EngageSection) section = g_list_model_get_item (self->sections, i);

      if (engage_section_get_id (section) == section_id)
        return g_steal_pointer (&section);
    }

  return NULL;
}

static void
show_selected (EngageGuidelinesPage *self)
{
  GtkAdjustment *adjustment;
  GtkWidget *group = NULL;

  clear_box (self->rules_box);

  if (self->selected_id == ALL_RULES_ID)
    {
      g_autofree char *markup = NULL;

      markup = g_markup_escape_text (_("Engage checks every post against these rules before it is "
                                       "published. Errors need fixing; warnings and hints are advice."),
                                     -1);
      gtk_label_set_label (self->title_label, _("All Rules"));
      gtk_label_set_markup (self->body_label, markup);
      gtk_widget_set_visible (GTK_WIDGET (self->body_label), TRUE);
      group = create_rules_group (self->rules, ALL_RULES_ID, _("Rules"), NULL);
    }
  else
    {
      g_autoptr(EngageSection) section = find_section (self, self->selected_id);
      g_autofree char *markup = NULL;

      if (section == NULL)
        return;

      markup = engage_guideline_text_to_markup (engage_section_get_body (section));
      gtk_label_set_label (self->title_label, engage_section_get_title (section));
      gtk_label_set_markup (self->body_label, markup);
      gtk_widget_set_visible (GTK_WIDGET (self->body_label), markup[0] != '\0');
      group = create_rules_group (self->rules, self->selected_id, _("Rules"),
                                  _("Engage checks posts against these rules of the section."));
    }

  if (group != NULL)
    gtk_box_append (self->rules_box, group);
  gtk_widget_set_visible (GTK_WIDGET (self->rules_box), group != NULL);

  adjustment = gtk_scrolled_window_get_vadjustment (self->content_scroller);
  gtk_adjustment_set_value (adjustment, 0);
}

static void
rebuild (EngageGuidelinesPage *self)
{
  guint n_sections = g_list_model_get_n_items (self->sections);
  guint n_rules = g_list_model_get_n_items (self->rules);
  GtkListBoxRow *select_row = NULL;
  GtkWidget *child;

  self->rebuilding = TRUE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list))) != NULL)
    gtk_list_box_remove (self->sidebar_list, child);

  for (guint i = 0; i < n_sections; i++)
    {
      g_autoptr(EngageSection) section = g_list_model_get_item (self->sections, i);
      gint64 id = engage_section_get_id (section);
      GtkWidget *row = create_sidebar_row (engage_section_get_title (section), id, 0);

      gtk_list_box_append (self->sidebar_list, row);
      if (id == self->selected_id || select_row == NULL)
        select_row = GTK_LIST_BOX_ROW (row);
    }

  if (n_rules > 0)
    {
      GtkWidget *row = create_sidebar_row (_("All Rules"), ALL_RULES_ID, n_rules);

      gtk_list_box_append (self->sidebar_list, row);
      if (self->selected_id == ALL_RULES_ID || select_row == NULL)
        select_row = GTK_LIST_BOX_ROW (row);
    }

  self->rebuilding = FALSE;

  if (select_row == NULL)
    {
      self->selected_id = 0;
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "guideline");
  self->selected_id = row_get_id (select_row);
  gtk_list_box_select_row (self->sidebar_list, select_row);
  show_selected (self);
}

/* Callbacks */

static void
on_project_changed_cb (EngageGuidelinesPage *self,
                       guint                 tables,
                       EngageProject        *project)
{
  if (tables & (ENGAGE_TABLE_SECTION | ENGAGE_TABLE_RULE))
    rebuild (self);
}

static void
on_sidebar_list_row_selected_cb (EngageGuidelinesPage *self,
                                 GtkListBoxRow        *row,
                                 GtkListBox           *list)
{
  if (self->rebuilding || row == NULL)
    return;

  if (row_get_id (row) == self->selected_id)
    return;

  self->selected_id = row_get_id (row);
  show_selected (self);
}

static void
on_sidebar_list_row_activated_cb (EngageGuidelinesPage *self,
                                  GtkListBoxRow        *row,
                                  GtkListBox           *list)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_back_button_clicked_cb (EngageGuidelinesPage *self,
                           GtkButton            *button)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Vfuncs */

static void
engage_guidelines_page_constructed (GObject *object)
{
  EngageGuidelinesPage *self = ENGAGE_GUIDELINES_PAGE (object);

  G_OBJECT_CLASS (engage_guidelines_page_parent_class)->constructed (object);

  g_assert (ENGAGE_IS_PROJECT (self->project));

  self->sections = engage_project_list_sections (self->project);
  self->rules = engage_project_list_rules (self->project);

  g_signal_connect_object (self->project, "changed",
                           G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);

  rebuild (self);
}

static void
engage_guidelines_page_dispose (GObject *object)
{
  EngageGuidelinesPage *self = ENGAGE_GUIDELINES_PAGE (object);

  /* AdwBin unparents its child itself; the template must not do it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ENGAGE_TYPE_GUIDELINES_PAGE);

  g_clear_object (&self->sections);
  g_clear_object (&self->rules);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (engage_guidelines_page_parent_class)->dispose (object);
}

static void
engage_guidelines_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  EngageGuidelinesPage *self = ENGAGE_GUIDELINES_PAGE (object);

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
engage_guidelines_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  EngageGuidelinesPage *self = ENGAGE_GUIDELINES_PAGE (object);

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
engage_guidelines_page_class_init (EngageGuidelinesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = engage_guidelines_page_constructed;
  object_class->dispose = engage_guidelines_page_dispose;
  object_class->get_property = engage_guidelines_page_get_property;
  object_class->set_property = engage_guidelines_page_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         ENGAGE_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/guidelines/engage-guidelines-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EngageGuidelinesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, EngageGuidelinesPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, EngageGuidelinesPage, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, EngageGuidelinesPage, content);
  gtk_widget_class_bind_template_child (widget_class, EngageGuidelinesPage, content_scroller);
  gtk_widget_class_bind_template_child (widget_class, EngageGuidelinesPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, EngageGuidelinesPage, body_label);
  gtk_widget_class_bind_template_child (widget_class, EngageGuidelinesPage, rules_box);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_list_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_button_clicked_cb);
}

static void
engage_guidelines_page_init (EngageGuidelinesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_header_func (self->sidebar_list, update_sidebar_header, NULL, NULL);
}

/* Public API */

/**
 * engage_guidelines_page_new:
 * @project: an open project
 *
 * Returns: (transfer floating): a page showing @project's guideline
 */
GtkWidget *
engage_guidelines_page_new (EngageProject *project)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return g_object_new (ENGAGE_TYPE_GUIDELINES_PAGE, "project", project, NULL);
}

/**
 * engage_guidelines_page_get_project:
 *
 * Returns: (transfer none): the project
 */
EngageProject *
engage_guidelines_page_get_project (EngageGuidelinesPage *self)
{
  g_return_val_if_fail (ENGAGE_IS_GUIDELINES_PAGE (self), NULL);

  return self->project;
}
