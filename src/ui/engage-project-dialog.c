/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-project-dialog"

#include "config.h"

#include "engage-project-dialog.h"

#include "engage-holidays.h"

#include <glib/gi18n.h>

/*
 * Project Properties: the details that hold for the whole project (name,
 * client, time zone, public holidays, language, engagement-rate basis).
 *
 * Like GNOME's preferences windows it has no Save button: each change is made
 * at once, as one undoable edit, and Ctrl+Z in the window takes it back. The
 * names change when applied (Enter or the apply button) rather than with every
 * key, so that undo takes back a whole name, not a letter. The rows follow the
 * project, so undo from the main window shows here too.
 */

struct _EngageProjectDialog
{
  AdwPreferencesWindow  parent_instance;

  AdwEntryRow          *name_row;
  AdwEntryRow          *client_row;
  AdwComboRow          *time_zone_row;
  AdwComboRow          *holiday_row;
  AdwComboRow          *language_row;
  AdwComboRow          *basis_row;

  EngageProject        *project;
  GPtrArray            *time_zones;   /* identifiers in the time zone row's order */
  GPtrArray            *languages;    /* codes in the language row's order */

  gboolean              updating;     /* rows are being set from the project */
};

G_DEFINE_FINAL_TYPE (EngageProjectDialog, engage_project_dialog, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The dialog open over a window, so that asking twice shows one dialog. */
#define DIALOG_KEY "engage-project-dialog"

/* Zones offered without typing: the German-speaking countries first, then
 * where a small business's customers or partners commonly are. The project's
 * own zone is added if it is not among them. */
static const char * const common_time_zones[] = {
  "Europe/Berlin", "Europe/Vienna", "Europe/Zurich", "Europe/Amsterdam", "Europe/Brussels",
  "Europe/Luxembourg", "Europe/Paris", "Europe/Copenhagen", "Europe/Stockholm", "Europe/Oslo",
  "Europe/Helsinki", "Europe/Warsaw", "Europe/Prague", "Europe/Budapest", "Europe/Rome",
  "Europe/Madrid", "Europe/Lisbon", "Europe/London", "Europe/Dublin", "Europe/Athens",
  "Europe/Istanbul", "America/New_York", "America/Chicago", "America/Denver",
  "America/Los_Angeles", "America/Toronto", "America/Sao_Paulo", "Asia/Dubai", "Asia/Singapore",
  "Asia/Tokyo", "Australia/Sydney", "UTC",
};

static const struct {
  const char *code;
  const char *name;
} known_languages[] = {
  { "de", N_("German") },
  { "en", N_("English") },
};

/* Helpers */

static GtkStringList *
get_strings (AdwComboRow *row)
{
  return GTK_STRING_LIST (adw_combo_row_get_model (row));
}

/* "America/New_York" → "America/New York" */
static char *
format_time_zone (const char *identifier)
{
  return g_strdelimit (g_strdup (identifier), "_", ' ');
}

static guint
find_string (GPtrArray  *array,
             const char *value)
{
  guint index;

  if (g_ptr_array_find_with_equal_func (array, value, g_str_equal, &index))
    return index;

  return GTK_INVALID_LIST_POSITION;
}

/* The position of @value in @row, added to the row's choices if missing. */
static guint
ensure_choice (AdwComboRow *row,
               GPtrArray   *values,
               const char  *value,
               const char  *label)
{
  guint index = find_string (values, value);

  if (index != GTK_INVALID_LIST_POSITION)
    return index;

  g_ptr_array_add (values, g_strdup (value));
  gtk_string_list_append (get_strings (row), label);
  return values->len - 1;
}

static void
fill_choices (EngageProjectDialog *self)
{
  const char * const *regions = engage_holidays_get_regions ();
  GtkStringList *strings;

  strings = gtk_string_list_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (common_time_zones); i++)
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (common_time_zones[i]);
      g_autofree char *label = NULL;

      /* A system without the zone's data could not open a project in it. */
      if (tz == NULL)
        continue;

      label = format_time_zone (common_time_zones[i]);
      g_ptr_array_add (self->time_zones, g_strdup (common_time_zones[i]));
      gtk_string_list_append (strings, label);
    }
  adw_combo_row_set_model (self->time_zone_row, G_LIST_MODEL (strings));
  g_object_unref (strings);

  strings = gtk_string_list_new (NULL);
  for (guint i = 0; regions[i] != NULL; i++)
    gtk_string_list_append (strings, engage_holidays_get_region_name (regions[i]));
  adw_combo_row_set_model (self->holiday_row, G_LIST_MODEL (strings));
  g_object_unref (strings);

  strings = gtk_string_list_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (known_languages); i++)
    {
      g_ptr_array_add (self->languages, g_strdup (known_languages[i].code));
      gtk_string_list_append (strings, _(known_languages[i].name));
    }
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (strings));
  g_object_unref (strings);

  /* In the order of EngageEngagementBasis, so that a position is a basis. */
  strings = gtk_string_list_new (NULL);
  gtk_string_list_append (strings, engage_engagement_basis_get_label (ENGAGE_ENGAGEMENT_BASIS_REACH));
  gtk_string_list_append (strings, engage_engagement_basis_get_label (ENGAGE_ENGAGEMENT_BASIS_IMPRESSIONS));
  gtk_string_list_append (strings, engage_engagement_basis_get_label (ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS));
  adw_combo_row_set_model (self->basis_row, G_LIST_MODEL (strings));
  g_object_unref (strings);
}

/* Sets an entry row's text without offering to apply it, and forgets the
 * entry's own typing history, so that Ctrl+Z after an edit undoes the edit. */
static void
set_entry_text (AdwEntryRow *row,
                const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) == 0)
    return;

  adw_entry_row_set_show_apply_button (row, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  adw_entry_row_set_show_apply_button (row, TRUE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), TRUE);
}

/* Shows the project's details; nothing here edits the project. */
static void
update_rows (EngageProjectDialog *self)
{
  const char *time_zone = engage_project_get_time_zone (self->project);
  const char *language = engage_project_get_language (self->project);
  const char *region = engage_project_get_holiday_region (self->project);
  const char * const *regions = engage_holidays_get_regions ();
  g_autofree char *time_zone_label = format_time_zone (time_zone);
  guint position;

  self->updating = TRUE;

  set_entry_text (self->name_row, engage_project_get_name (self->project));
  set_entry_text (self->client_row, engage_project_get_client (self->project));

  position = ensure_choice (self->time_zone_row, self->time_zones, time_zone, time_zone_label);
  adw_combo_row_set_selected (self->time_zone_row, position);

  /* A code the list does not know stays shown as itself. */
  position = ensure_choice (self->language_row, self->languages, language, language);
  adw_combo_row_set_selected (self->language_row, position);

  for (position = 0; regions[position] != NULL; position++)
    if (g_str_equal (regions[position], region))
      break;
  adw_combo_row_set_selected (self->holiday_row,
                              regions[position] != NULL ? position : GTK_INVALID_LIST_POSITION);

  adw_combo_row_set_selected (self->basis_row, engage_project_get_engagement_basis (self->project));

  self->updating = FALSE;
}

static void
show_error (EngageProjectDialog *self,
            const GError        *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 0);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

/* One edit of the project's details: the given ones changed, the others as
 * they are. */
static void
change_details (EngageProjectDialog   *self,
                const char            *name,
                const char            *client,
                const char            *time_zone,
                const char            *language,
                EngageEngagementBasis  basis)
{
  g_autoptr(GError) error = NULL;

  if (!engage_project_set_details (self->project, name, client, time_zone, language, basis, &error))
    {
      show_error (self, error);
      update_rows (self);
    }
}

static const char *
get_selected_value (AdwComboRow *row,
                    GPtrArray   *values)
{
  guint selected = adw_combo_row_get_selected (row);

  return selected < values->len ? g_ptr_array_index (values, selected) : NULL;
}

/* Applies the text of an entry row if it differs from the project's. */
static void
apply_name (EngageProjectDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  if (g_str_equal (name, engage_project_get_name (self->project)))
    return;

  if (*name == '\0')
    {
      g_autoptr(GError) error = g_error_new_literal (ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                                                     _("A project needs a name; the old one was kept."));
      show_error (self, error);
      update_rows (self);
      return;
    }

  change_details (self, name,
                  engage_project_get_client (self->project),
                  engage_project_get_time_zone (self->project),
                  engage_project_get_language (self->project),
                  engage_project_get_engagement_basis (self->project));
}

static void
apply_client (EngageProjectDialog *self)
{
  g_autofree char *client = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->client_row))));

  if (g_str_equal (client, engage_project_get_client (self->project)))
    return;

  change_details (self,
                  engage_project_get_name (self->project),
                  client,
                  engage_project_get_time_zone (self->project),
                  engage_project_get_language (self->project),
                  engage_project_get_engagement_basis (self->project));
}

/* Whether the focus is in an entry row with text not applied yet: there,
 * Ctrl+Z undoes the typing, as in any entry. */
static gboolean
is_typing (EngageProjectDialog *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  AdwEntryRow *rows[] = { self->name_row, self->client_row };
  const char *values[] = {
    engage_project_get_name (self->project),
    engage_project_get_client (self->project),
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (rows[i])))
        continue;

      return g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (rows[i])), values[i]) != 0;
    }

  return FALSE;
}

static void
update_undo_actions (EngageProjectDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "project.undo",
                                 engage_project_can_undo (self->project));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "project.redo",
                                 engage_project_can_redo (self->project));
}

/* Callbacks */

static void
on_name_row_apply_cb (EngageProjectDialog *self)
{
  apply_name (self);
}

static void
on_client_row_apply_cb (EngageProjectDialog *self)
{
  apply_client (self);
}

static void
on_time_zone_row_selected_cb (EngageProjectDialog *self)
{
  const char *time_zone = get_selected_value (self->time_zone_row, self->time_zones);

  if (self->updating || time_zone == NULL ||
      g_str_equal (time_zone, engage_project_get_time_zone (self->project)))
    return;

  change_details (self,
                  engage_project_get_name (self->project),
                  engage_project_get_client (self->project),
                  time_zone,
                  engage_project_get_language (self->project),
                  engage_project_get_engagement_basis (self->project));
}

static void
on_language_row_selected_cb (EngageProjectDialog *self)
{
  const char *language = get_selected_value (self->language_row, self->languages);

  if (self->updating || language == NULL ||
      g_str_equal (language, engage_project_get_language (self->project)))
    return;

  change_details (self,
                  engage_project_get_name (self->project),
                  engage_project_get_client (self->project),
                  engage_project_get_time_zone (self->project),
                  language,
                  engage_project_get_engagement_basis (self->project));
}

static void
on_basis_row_selected_cb (EngageProjectDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->basis_row);

  if (self->updating || selected > ENGAGE_ENGAGEMENT_BASIS_FOLLOWERS ||
      selected == engage_project_get_engagement_basis (self->project))
    return;

  change_details (self,
                  engage_project_get_name (self->project),
                  engage_project_get_client (self->project),
                  engage_project_get_time_zone (self->project),
                  engage_project_get_language (self->project),
                  (EngageEngagementBasis) selected);
}

static void
on_holiday_row_selected_cb (EngageProjectDialog *self)
{
  const char * const *regions = engage_holidays_get_regions ();
  guint selected = adw_combo_row_get_selected (self->holiday_row);
  g_autoptr(GError) error = NULL;

  if (self->updating || selected >= g_strv_length ((char **) regions))
    return;

  if (!engage_project_set_holiday_region (self->project, regions[selected], &error))
    {
      show_error (self, error);
      update_rows (self);
    }
}

static void
on_project_changed_cb (EngageProjectDialog *self,
                       guint                tables)
{
  /* Undo and redo change whatever they change; the buttons follow any edit. */
  update_undo_actions (self);

  if (!engage_project_is_open (self->project))
    {
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  if (tables & ENGAGE_TABLE_PROJECT)
    update_rows (self);
}

static void
on_dialog_destroy_cb (GtkWindow *parent,
                      GtkWidget *dialog)
{
  if (g_object_get_data (G_OBJECT (parent), DIALOG_KEY) == dialog)
    g_object_set_data (G_OBJECT (parent), DIALOG_KEY, NULL);
}

static gboolean
on_undo_shortcut_cb (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   user_data)
{
  EngageProjectDialog *self = ENGAGE_PROJECT_DIALOG (widget);
  gboolean redo = GPOINTER_TO_INT (user_data);

  if (is_typing (self))
    return FALSE;

  return gtk_widget_activate_action (widget, redo ? "project.redo" : "project.undo", NULL);
}

/* Actions */

static void
undo_or_redo_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  EngageProjectDialog *self = ENGAGE_PROJECT_DIALOG (widget);
  gboolean redo = g_str_equal (action_name, "project.redo");
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = redo ? engage_project_redo (self->project, &error)
            : engage_project_undo (self->project, &error);
  if (!ok)
    show_error (self, error);
}

/* Vfuncs */

static gboolean
engage_project_dialog_close_request (GtkWindow *window)
{
  EngageProjectDialog *self = ENGAGE_PROJECT_DIALOG (window);

  /* No text typed into the window is lost by closing it. */
  if (engage_project_is_open (self->project))
    {
      apply_name (self);
      apply_client (self);
    }

  return GTK_WINDOW_CLASS (engage_project_dialog_parent_class)->close_request (window);
}

static void
engage_project_dialog_constructed (GObject *object)
{
  EngageProjectDialog *self = ENGAGE_PROJECT_DIALOG (object);

  G_OBJECT_CLASS (engage_project_dialog_parent_class)->constructed (object);

  g_assert (ENGAGE_IS_PROJECT (self->project));

  g_signal_connect_object (self->project, "changed",
                           G_CALLBACK (on_project_changed_cb), self, G_CONNECT_SWAPPED);
  update_rows (self);
  update_undo_actions (self);
}

static void
engage_project_dialog_dispose (GObject *object)
{
  EngageProjectDialog *self = ENGAGE_PROJECT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ENGAGE_TYPE_PROJECT_DIALOG);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (engage_project_dialog_parent_class)->dispose (object);
}

static void
engage_project_dialog_finalize (GObject *object)
{
  EngageProjectDialog *self = ENGAGE_PROJECT_DIALOG (object);

  g_clear_pointer (&self->time_zones, g_ptr_array_unref);
  g_clear_pointer (&self->languages, g_ptr_array_unref);

  G_OBJECT_CLASS (engage_project_dialog_parent_class)->finalize (object);
}

static void
engage_project_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  EngageProjectDialog *self = ENGAGE_PROJECT_DIALOG (object);

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
engage_project_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  EngageProjectDialog *self = ENGAGE_PROJECT_DIALOG (object);

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
engage_project_dialog_class_init (EngageProjectDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = engage_project_dialog_constructed;
  object_class->dispose = engage_project_dialog_dispose;
  object_class->finalize = engage_project_dialog_finalize;
  object_class->get_property = engage_project_dialog_get_property;
  object_class->set_property = engage_project_dialog_set_property;

  window_class->close_request = engage_project_dialog_close_request;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, ENGAGE_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/engage-project-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EngageProjectDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, EngageProjectDialog, client_row);
  gtk_widget_class_bind_template_child (widget_class, EngageProjectDialog, time_zone_row);
  gtk_widget_class_bind_template_child (widget_class, EngageProjectDialog, holiday_row);
  gtk_widget_class_bind_template_child (widget_class, EngageProjectDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, EngageProjectDialog, basis_row);
  gtk_widget_class_bind_template_callback (widget_class, on_name_row_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_client_row_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_time_zone_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_holiday_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_language_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_basis_row_selected_cb);

  gtk_widget_class_install_action (widget_class, "project.undo", NULL, undo_or_redo_action);
  gtk_widget_class_install_action (widget_class, "project.redo", NULL, undo_or_redo_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
engage_project_dialog_init (EngageProjectDialog *self)
{
  GtkEventController *controller;

  self->time_zones = g_ptr_array_new_with_free_func (g_free);
  self->languages = g_ptr_array_new_with_free_func (g_free);

  /* Filling the rows selects their first items; the project is not set yet,
   * and update_rows() in constructed() shows its values. */
  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_choices (self);

  /* In the capture phase, before the focused entry takes Ctrl+Z for its own
   * typing history even when that is empty. */
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (on_undo_shortcut_cb,
                                                                                   GINT_TO_POINTER (FALSE), NULL)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK),
                                                          gtk_callback_action_new (on_undo_shortcut_cb,
                                                                                   GINT_TO_POINTER (TRUE), NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* Public API */

/**
 * engage_project_dialog_new:
 * @project: the project whose details the dialog changes
 *
 * Returns: (transfer floating): a new Project Properties window
 */
EngageProjectDialog *
engage_project_dialog_new (EngageProject *project)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return g_object_new (ENGAGE_TYPE_PROJECT_DIALOG, "project", project, NULL);
}

/**
 * engage_project_dialog_get_project:
 *
 * Returns: (transfer none): the project the dialog changes
 */
EngageProject *
engage_project_dialog_get_project (EngageProjectDialog *self)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT_DIALOG (self), NULL);

  return self->project;
}

/**
 * engage_project_dialog_present:
 * @parent: (nullable): the window the dialog belongs to
 * @project: the project shown in @parent
 *
 * Shows the Project Properties of @project over @parent. A window has one such
 * dialog at a time: asking again brings the open one to the front.
 *
 * Returns: (transfer none): the dialog, e.g. for a screenshot
 */
GtkWindow *
engage_project_dialog_present (GtkWindow     *parent,
                               EngageProject *project)
{
  EngageProjectDialog *self = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  if (parent != NULL)
    self = g_object_get_data (G_OBJECT (parent), DIALOG_KEY);

  if (self == NULL || self->project != project)
    {
      self = engage_project_dialog_new (project);
      if (parent != NULL)
        {
          gtk_window_set_transient_for (GTK_WINDOW (self), parent);
          g_object_set_data (G_OBJECT (parent), DIALOG_KEY, self);
          g_signal_connect_object (self, "destroy", G_CALLBACK (on_dialog_destroy_cb), parent,
                                   G_CONNECT_SWAPPED);
        }
    }

  gtk_window_present (GTK_WINDOW (self));
  return GTK_WINDOW (self);
}
