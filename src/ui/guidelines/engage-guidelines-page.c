/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-guidelines-page"

#include "config.h"

#include "engage-guidelines-page.h"
#include "engage-guidelines-page-private.h"

#include "engage-rule-kinds.h"
#include "engage-section.h"

#include <glib/gi18n.h>

/*
 * The social-media guideline: its sections in a sidebar, the selected one in
 * the section editor, and below them the rules and the Check Plan view.
 *
 * Sections are added with the + button, renamed in the editor's title, moved by
 * dragging or with Alt+Up and Alt+Down in the sidebar, and deleted with an undo
 * toast; right-click a section for all of it. Every change is an edit of the
 * project, undone with Ctrl+Z. The actions live in
 * engage-guidelines-page-actions.c.
 */

G_DEFINE_FINAL_TYPE (EngageGuidelinesPage, engage_guidelines_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_SELECTED_CHECKLIST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define SECTION_ID_KEY "engage-section-id"

/* Pure helpers */

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

  if (engage_rule_kind_lookup (kind) != NULL)
    return g_strdup (engage_rule_kind_get_label (kind));

  words = g_strdelimit (g_strdup (kind), "-_", ' ');
  if (words[0] != '\0')
    words[0] = g_ascii_toupper (words[0]);

  return g_steal_pointer (&words);
}

/**
 * engage_guidelines_format_rule_subtitle:
 * @rule: a rule
 *
 * Returns: (transfer full): kind, settings and channels of @rule, e.g.
 *   "Hashtag limit · At most 8 hashtags · Instagram"
 */
char *
engage_guidelines_format_rule_subtitle (EngageRule *rule)
{
  g_return_val_if_fail (ENGAGE_IS_RULE (rule), NULL);

  return engage_rules_view_format_subtitle (rule, NULL);
}

/**
 * engage_guidelines_target_position:
 * @from: where the dragged section is
 * @row: the row it is dropped on
 * @after: whether it is dropped on the lower half of that row
 *
 * Returns: the section's place after the move, as engage_project_move_section()
 *   takes it
 */
guint
engage_guidelines_target_position (guint    from,
                                   guint    row,
                                   gboolean after)
{
  guint target = after ? row + 1 : row;

  /* Taking the section out first shifts the ones below it up. */
  return from < target ? target - 1 : target;
}

/* Helpers */

static gint64
row_section_id (GtkListBoxRow *row)
{
  return (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), SECTION_ID_KEY));
}

static GtkListBoxRow *
find_section_row (EngageGuidelinesPage *self,
                  gint64                section_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && row_section_id (GTK_LIST_BOX_ROW (child)) == section_id)
      return GTK_LIST_BOX_ROW (child);

  return NULL;
}

guint
_engage_guidelines_page_selected_index (EngageGuidelinesPage *self)
{
  GtkListBoxRow *row = find_section_row (self, self->selected_id);

  return row != NULL ? (guint) gtk_list_box_row_get_index (row) : G_MAXUINT;
}

/* Drag and drop: a row carries its section's id; dropping on the upper or
 * lower half of another row puts it before or after that one. */

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    gpointer       user_data)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, icon, (int) x, (int) y);
  return gdk_content_provider_new_typed (G_TYPE_INT64, row_section_id (GTK_LIST_BOX_ROW (row)));
}

static gboolean
on_drop_cb (GtkDropTarget        *target,
            const GValue         *value,
            double                x,
            double                y,
            EngageGuidelinesPage *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  GtkListBoxRow *dragged = find_section_row (self, g_value_get_int64 (value));
  g_autoptr(GError) error = NULL;
  guint position;

  if (dragged == NULL || GTK_WIDGET (dragged) == row)
    return FALSE;

  position = engage_guidelines_target_position (gtk_list_box_row_get_index (dragged),
                                                gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)),
                                                y > gtk_widget_get_height (row) / 2.0);
  if (!engage_project_move_section (self->project, g_value_get_int64 (value), position, &error))
    {
      g_warning ("Could not move the section: %s", error->message);
      return FALSE;
    }

  return TRUE;
}

static void
on_row_pressed_cb (GtkGestureClick      *gesture,
                   int                   n_press,
                   double                x,
                   double                y,
                   EngageGuidelinesPage *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  double list_x, list_y;

  gtk_list_box_select_row (self->sections_list, GTK_LIST_BOX_ROW (row));

  /* One menu, on the list: a row may be rebuilt while its menu acts. */
  if (!gtk_widget_translate_coordinates (row, GTK_WIDGET (self->sections_list), x, y, &list_x, &list_y))
    return;
  gtk_popover_set_pointing_to (self->section_popover, &(GdkRectangle) { (int) list_x, (int) list_y, 1, 1 });
  gtk_popover_popup (self->section_popover);

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static GtkWidget *
create_section_row (EngageGuidelinesPage *self,
                    EngageSection        *section)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (engage_section_get_title (section));
  GtkDragSource *drag = gtk_drag_source_new ();
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_tooltip_text (label, engage_section_get_title (section));
  gtk_box_append (GTK_BOX (box), label);

  if (engage_section_get_checklist (section))
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-default-symbolic");

      gtk_widget_add_css_class (icon, "dim-label");
      gtk_widget_set_tooltip_text (icon, _("Approval checklist item"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Approval checklist item"), -1);
      gtk_box_append (GTK_BOX (box), icon);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), SECTION_ID_KEY, GSIZE_TO_POINTER ((gsize) engage_section_get_id (section)));

  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (on_drag_prepare_cb), NULL);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drag));
  g_signal_connect_object (drop, "drop", G_CALLBACK (on_drop_cb), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drop));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_row_pressed_cb), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (click));

  return row;
}

static void
update_rules_count (EngageGuidelinesPage *self)
{
  g_autofree char *text = g_strdup_printf ("%u", g_list_model_get_n_items (self->rules));

  gtk_label_set_label (self->rules_count_label, text);
}

static void
update_check_badge (EngageGuidelinesPage *self)
{
  GPtrArray *findings = engage_check_view_get_findings (self->check_view);
  guint errors = findings != NULL ? engage_findings_count_severity (findings, ENGAGE_SEVERITY_ERROR) : 0;
  guint warnings = findings != NULL ? engage_findings_count_severity (findings, ENGAGE_SEVERITY_WARNING) : 0;
  g_autofree char *text = g_strdup_printf ("%u", errors + warnings);
  g_autofree char *tooltip = NULL;

  gtk_label_set_label (self->check_badge, text);
  gtk_widget_set_visible (GTK_WIDGET (self->check_badge), errors + warnings > 0);
  gtk_widget_remove_css_class (GTK_WIDGET (self->check_badge), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->check_badge), "warning");
  gtk_widget_add_css_class (GTK_WIDGET (self->check_badge), errors > 0 ? "error" : "warning");

  if (findings != NULL)
    tooltip = engage_check_view_format_summary (findings);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->check_row), tooltip);
}

void
_engage_guidelines_page_show_view (EngageGuidelinesPage *self,
                                   const char           *view)
{
  self->view = view;

  self->rebuilding = TRUE;
  if (g_str_equal (view, "section"))
    {
      gtk_list_box_unselect_all (self->tools_list);
      gtk_list_box_select_row (self->sections_list, find_section_row (self, self->selected_id));
    }
  else
    {
      gtk_list_box_unselect_all (self->sections_list);
      if (g_str_equal (view, "rules"))
        gtk_list_box_select_row (self->tools_list, self->rules_row);
      else if (g_str_equal (view, "check"))
        gtk_list_box_select_row (self->tools_list, self->check_row);
      else
        gtk_list_box_unselect_all (self->tools_list);
    }
  self->rebuilding = FALSE;

  gtk_stack_set_visible_child_name (self->content_stack, view);
  engage_section_editor_set_section_id (self->section_editor, g_str_equal (view, "section") ? self->selected_id : 0);

  _engage_guidelines_page_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_CHECKLIST]);
}

static void
rebuild_sidebar (EngageGuidelinesPage *self)
{
  guint n_sections = g_list_model_get_n_items (self->sections);
  gboolean selected_exists = FALSE;
  gint64 first_id = 0;
  GtkWidget *child;

  self->rebuilding = TRUE;

  /* Rows only: the section menu is a child of the list too. */
  child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_list));
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (GTK_IS_LIST_BOX_ROW (child))
        gtk_list_box_remove (self->sections_list, child);
      child = next;
    }

  for (guint i = 0; i < n_sections; i++)
    {
      g_autoptr(EngageSection) section = g_list_model_get_item (self->sections, i);
      gint64 id = engage_section_get_id (section);

      gtk_list_box_append (self->sections_list, create_section_row (self, section));
      if (i == 0)
        first_id = id;
      selected_exists |= id == self->selected_id;

      /* Undo brought a deleted section back: show it again. */
      if (id == self->restore_id)
        {
          self->selected_id = id;
          self->view = "section";
          self->restore_id = 0;
          selected_exists = TRUE;
        }
    }

  self->rebuilding = FALSE;

  update_rules_count (self);

  if (n_sections == 0 && g_list_model_get_n_items (self->rules) == 0)
    {
      self->selected_id = 0;
      gtk_stack_set_visible_child_name (self->stack, "empty");
      _engage_guidelines_page_show_view (self, "none");
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "guideline");

  if (!selected_exists)
    self->selected_id = first_id;

  if (g_str_equal (self->view, "section") || g_str_equal (self->view, "none"))
    _engage_guidelines_page_show_view (self, self->selected_id > 0 ? "section" : "none");
  else
    _engage_guidelines_page_show_view (self, self->view);
}

/* Callbacks */

static void
on_project_changed_cb (EngageGuidelinesPage *self,
                       guint                 tables,
                       EngageProject        *project)
{
  /* An undo toast offers to take back the deletion, nothing done after it. */
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);

  if (tables & (ENGAGE_TABLE_SECTION | ENGAGE_TABLE_RULE))
    rebuild_sidebar (self);
}

static void
on_sections_list_row_selected_cb (EngageGuidelinesPage *self,
                                  GtkListBoxRow        *row,
                                  GtkListBox           *list)
{
  if (self->rebuilding || row == NULL)
    return;

  self->selected_id = row_section_id (row);
  _engage_guidelines_page_show_view (self, "section");
}

static void
on_tools_list_row_selected_cb (EngageGuidelinesPage *self,
                               GtkListBoxRow        *row,
                               GtkListBox           *list)
{
  if (self->rebuilding || row == NULL)
    return;

  _engage_guidelines_page_show_view (self, row == self->rules_row ? "rules" : "check");
}

static void
on_list_row_activated_cb (EngageGuidelinesPage *self,
                          GtkListBoxRow        *row,
                          GtkListBox           *list)
{
  /* Only a folded page navigates; side by side, the focus stays in the list
   * so that Alt+Up and Alt+Down move the section. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_back_button_clicked_cb (EngageGuidelinesPage *self,
                           GtkButton            *button)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_rule_deleted_cb (EngageGuidelinesPage *self,
                    const char           *label,
                    EngageRulesView      *view)
{
  g_autofree char *title = g_strdup_printf (_("Rule “%s” deleted"), label);

  _engage_guidelines_page_show_undo_toast (self, title);
}

/* Vfuncs */

static void
engage_guidelines_page_constructed (GObject *object)
{
  EngageGuidelinesPage *self = ENGAGE_GUIDELINES_PAGE (object);
  const char *language;

  G_OBJECT_CLASS (engage_guidelines_page_parent_class)->constructed (object);

  g_assert (ENGAGE_IS_PROJECT (self->project));

  self->sections = engage_project_list_sections (self->project);
  self->rules = engage_project_list_rules (self->project);

  self->section_editor = ENGAGE_SECTION_EDITOR (engage_section_editor_new (self->project));
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->section_editor), "section");
  self->rules_view = ENGAGE_RULES_VIEW (engage_rules_view_new (self->project));
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->rules_view), "rules");
  g_signal_connect_object (self->rules_view, "rule-deleted", G_CALLBACK (on_rule_deleted_cb), self,
                           G_CONNECT_SWAPPED);
  self->check_view = ENGAGE_CHECK_VIEW (engage_check_view_new (self->project));
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->check_view), "check");
  g_signal_connect_object (self->check_view, "checked", G_CALLBACK (update_check_badge), self,
                           G_CONNECT_SWAPPED);
  update_check_badge (self);

  g_signal_connect_object (self->project, "changed",
                           G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);

  /* A German project starts from the German template first. */
  language = engage_project_get_language (self->project);
  if (language != NULL && (g_str_equal (language, "de") || g_str_has_prefix (language, "de_")))
    {
      gtk_widget_remove_css_class (self->english_button, "suggested-action");
      gtk_widget_add_css_class (self->german_button, "suggested-action");
      gtk_box_reorder_child_after (GTK_BOX (gtk_widget_get_parent (self->german_button)), self->german_button, NULL);
    }

  rebuild_sidebar (self);
}

static void
engage_guidelines_page_dispose (GObject *object)
{
  EngageGuidelinesPage *self = ENGAGE_GUIDELINES_PAGE (object);

  /* The editor stores pending text while the project is still open. */
  if (self->section_editor != NULL)
    engage_section_editor_flush (self->section_editor);

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->file_chooser));
  g_clear_object (&self->file_chooser);
  g_clear_weak_pointer (&self->undo_toast);

  g_clear_pointer ((GtkWidget **) &self->section_popover, gtk_widget_unparent);

  /* AdwBin unparents its child itself; the template must not do it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ENGAGE_TYPE_GUIDELINES_PAGE);
  self->section_editor = NULL;
  self->rules_view = NULL;
  self->check_view = NULL;

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

    case PROP_SELECTED_CHECKLIST:
      {
        g_autoptr(EngageSection) section = NULL;

        if (self->selected_id > 0 && self->project != NULL && engage_project_is_open (self->project))
          section = engage_project_get_section (self->project, self->selected_id, NULL);
        g_value_set_boolean (value, section != NULL && engage_section_get_checklist (section));
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_selected_checklist (EngageGuidelinesPage *self,
                        gboolean              checklist)
{
  g_autoptr(EngageSection) section = NULL;
  g_autoptr(GError) error = NULL;

  if (self->selected_id <= 0)
    return;

  engage_section_editor_flush (self->section_editor);
  section = engage_project_get_section (self->project, self->selected_id, NULL);
  if (section == NULL || engage_section_get_checklist (section) == checklist)
    return;

  engage_section_set_checklist (section, checklist);
  if (!engage_project_update_section (self->project, section, &error))
    g_warning ("Could not change the section: %s", error->message);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_CHECKLIST]);
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

    case PROP_SELECTED_CHECKLIST:
      set_selected_checklist (self, g_value_get_boolean (value));
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
  /* The selected section's "approval checklist item" mark, for the menu's
   * check box. */
  properties[PROP_SELECTED_CHECKLIST] =
    g_param_spec_boolean ("selected-checklist", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/guidelines/engage-guidelines-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EngageGuidelinesPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, EngageGuidelinesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, EngageGuidelinesPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, EngageGuidelinesPage, content);
  gtk_widget_class_bind_template_child (widget_class, EngageGuidelinesPage, sections_list);
  gtk_widget_class_bind_template_child (widget_class, EngageGuidelinesPage, tools_list);
  gtk_widget_class_bind_template_child (widget_class, EngageGuidelinesPage, rules_row);
  gtk_widget_class_bind_template_child (widget_class, EngageGuidelinesPage, check_row);
  gtk_widget_class_bind_template_child (widget_class, EngageGuidelinesPage, rules_count_label);
  gtk_widget_class_bind_template_child (widget_class, EngageGuidelinesPage, check_badge);
  gtk_widget_class_bind_template_child (widget_class, EngageGuidelinesPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, EngageGuidelinesPage, english_button);
  gtk_widget_class_bind_template_child (widget_class, EngageGuidelinesPage, german_button);
  gtk_widget_class_bind_template_child (widget_class, EngageGuidelinesPage, section_menu);
  gtk_widget_class_bind_template_callback (widget_class, on_sections_list_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_tools_list_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_button_clicked_cb);

  gtk_widget_class_install_property_action (widget_class, "guidelines.checklist", "selected-checklist");
  _engage_guidelines_page_class_init_actions (widget_class);
}

static void
engage_guidelines_page_init (EngageGuidelinesPage *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->view = "none";

  self->section_popover = GTK_POPOVER (gtk_popover_menu_new_from_model (self->section_menu));
  gtk_popover_set_has_arrow (self->section_popover, FALSE);
  gtk_widget_set_halign (GTK_WIDGET (self->section_popover), GTK_ALIGN_START);
  gtk_widget_set_parent (GTK_WIDGET (self->section_popover), GTK_WIDGET (self->sections_list));

  /* In the sidebar only: in the text, Alt+Up and Alt+Down move lines. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Up, GDK_ALT_MASK),
                                                          gtk_named_action_new ("guidelines.move-section-up")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Down, GDK_ALT_MASK),
                                                          gtk_named_action_new ("guidelines.move-section-down")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("guidelines.delete-section")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F2, 0),
                                                          gtk_named_action_new ("guidelines.rename-section")));
  gtk_widget_add_controller (GTK_WIDGET (self->sections_list), shortcuts);
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

/**
 * engage_guidelines_page_select_section:
 * @section_id: a section of the guideline
 *
 * Shows the section in the editor.
 */
void
engage_guidelines_page_select_section (EngageGuidelinesPage *self,
                                       gint64                section_id)
{
  g_return_if_fail (ENGAGE_IS_GUIDELINES_PAGE (self));

  if (find_section_row (self, section_id) == NULL)
    return;

  self->selected_id = section_id;
  _engage_guidelines_page_show_view (self, "section");
}

/**
 * engage_guidelines_page_get_selected_section:
 *
 * Returns: the section shown or last shown, 0 for none
 */
gint64
engage_guidelines_page_get_selected_section (EngageGuidelinesPage *self)
{
  g_return_val_if_fail (ENGAGE_IS_GUIDELINES_PAGE (self), 0);

  return self->selected_id;
}

/**
 * engage_guidelines_page_show_rules:
 *
 * Shows the list of rules.
 */
void
engage_guidelines_page_show_rules (EngageGuidelinesPage *self)
{
  g_return_if_fail (ENGAGE_IS_GUIDELINES_PAGE (self));

  gtk_stack_set_visible_child_name (self->stack, "guideline");
  _engage_guidelines_page_show_view (self, "rules");
}

/**
 * engage_guidelines_page_show_check:
 *
 * Shows the Check Plan view.
 */
void
engage_guidelines_page_show_check (EngageGuidelinesPage *self)
{
  g_return_if_fail (ENGAGE_IS_GUIDELINES_PAGE (self));

  gtk_stack_set_visible_child_name (self->stack, "guideline");
  _engage_guidelines_page_show_view (self, "check");
}

/**
 * engage_guidelines_page_get_section_editor:
 *
 * Returns: (transfer none): the editor of the selected section
 */
EngageSectionEditor *
engage_guidelines_page_get_section_editor (EngageGuidelinesPage *self)
{
  g_return_val_if_fail (ENGAGE_IS_GUIDELINES_PAGE (self), NULL);

  return self->section_editor;
}

/**
 * engage_guidelines_page_show_subview:
 * @sub: "rules" or "check"
 *
 * Shows a part of the guideline by name, for screenshots.
 *
 * Returns: (transfer none) (nullable): the dialog presented for @sub; %NULL, as
 *   every part named so far is shown in the page itself
 */
GtkWindow *
engage_guidelines_page_show_subview (EngageGuidelinesPage *self,
                                     const char           *sub)
{
  g_return_val_if_fail (ENGAGE_IS_GUIDELINES_PAGE (self), NULL);
  g_return_val_if_fail (sub != NULL, NULL);

  if (g_str_equal (sub, "rules"))
    engage_guidelines_page_show_rules (self);
  else if (g_str_equal (sub, "check"))
    engage_guidelines_page_show_check (self);

  return NULL;
}
