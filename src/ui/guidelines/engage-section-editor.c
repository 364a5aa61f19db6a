/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-section-editor"

#include "config.h"

#include <gtksourceview/gtksource.h>

#include "engage-section-editor.h"

#include "engage-guideline-text.h"
#include "engage-section.h"

#include <glib/gi18n.h>

/*
 * One guideline section: its title, its CommonMark text in a source view with
 * Markdown highlighting, and the text rendered beside it.
 *
 * There is no Save button. Each pause in typing (ENGAGE_SECTION_EDITOR_SAVE_DELAY_MS)
 * stores the section as one edit of the project, which undo takes back as a
 * whole; the text view's own undo is off, so that there is one history, the
 * project's. Whatever is still pending is stored before anything else can look
 * at it: when another section is shown, when the editor is hidden or goes away,
 * and before an undo. The project is closed only after its pages are gone, so
 * closing the window right after typing loses nothing.
 */

struct _EngageSectionEditor
{
  AdwBin             parent_instance;

  /* Template widgets */
  GtkEntry          *title_entry;
  GtkToggleButton   *checklist_button;
  GtkToggleButton   *preview_button;
  GtkPaned          *paned;
  GtkSourceView     *source_view;
  GtkScrolledWindow *preview_scroller;
  GtkTextView       *preview_view;
  GtkLabel          *status_label;

  /* Owned */
  EngageProject     *project;

  /* State */
  gint64             section_id;
  guint              save_id;
  guint              preview_id;
  gboolean           loading;
  gboolean           saving;
  gboolean           dirty;
  double             split;        /* the text's share of the width */
  int                set_position;
  int                paned_width;
};

G_DEFINE_FINAL_TYPE (EngageSectionEditor, engage_section_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_SECTION_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PREVIEW_DELAY_MS 150

/* Helpers */

static GtkTextBuffer *
get_buffer (EngageSectionEditor *self)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view));
}

static char *
dup_text (EngageSectionEditor *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (get_buffer (self), &start, &end);
  return gtk_text_buffer_get_text (get_buffer (self), &start, &end, FALSE);
}

static guint
count_words (const char *text)
{
  gboolean in_word = FALSE;
  guint n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean word_char = g_unichar_isalnum (g_utf8_get_char (p));

      if (word_char && !in_word)
        n++;
      in_word = word_char;
    }

  return n;
}

static void
update_status (EngageSectionEditor *self)
{
  g_autofree char *text = dup_text (self);
  g_autofree char *words = NULL;
  g_autofree char *status = NULL;
  guint n = count_words (text);

  if (self->section_id <= 0)
    {
      gtk_label_set_label (self->status_label, "");
      return;
    }

  words = g_strdup_printf (ngettext ("%u word", "%u words", n), n);
  /* Translators: the editor's status, e.g. "120 words · Saved" */
  status = g_strdup_printf (_("%s · %s"), words, self->dirty ? _("Saving…") : _("Saved"));
  gtk_label_set_label (self->status_label, status);
}

static void
update_preview (EngageSectionEditor *self)
{
  g_autofree char *text = dup_text (self);

  g_clear_handle_id (&self->preview_id, g_source_remove);
  engage_guideline_text_render (gtk_text_view_get_buffer (self->preview_view), text);
}

static void
set_buffer_text (EngageSectionEditor *self,
                 const char          *body)
{
  GtkTextBuffer *buffer = get_buffer (self);
  g_autofree char *current = dup_text (self);
  GtkTextIter iter;
  int offset;

  if (g_strcmp0 (current, body) == 0)
    return;

  /* Keep the cursor where it was, as far as the new text allows: an undo
   * should not throw the reader to the top. */
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  offset = gtk_text_iter_get_offset (&iter);
  gtk_text_buffer_set_text (buffer, body, -1);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  gtk_text_buffer_place_cursor (buffer, &iter);
}

static void
load_section (EngageSectionEditor *self)
{
  g_autoptr(EngageSection) section = NULL;

  if (self->section_id > 0 && engage_project_is_open (self->project))
    section = engage_project_get_section (self->project, self->section_id, NULL);

  self->loading = TRUE;
  if (section != NULL)
    {
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->title_entry)),
                     engage_section_get_title (section)) != 0)
        gtk_editable_set_text (GTK_EDITABLE (self->title_entry), engage_section_get_title (section));
      set_buffer_text (self, engage_section_get_body (section));
      gtk_toggle_button_set_active (self->checklist_button, engage_section_get_checklist (section));
    }
  else
    {
      self->section_id = 0;
      gtk_editable_set_text (GTK_EDITABLE (self->title_entry), "");
      set_buffer_text (self, "");
      gtk_toggle_button_set_active (self->checklist_button, FALSE);
    }
  self->loading = FALSE;

  gtk_widget_set_sensitive (GTK_WIDGET (self), section != NULL);
  update_preview (self);
  update_status (self);
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  EngageSectionEditor *self = user_data;

  self->save_id = 0;
  engage_section_editor_flush (self);

  return G_SOURCE_REMOVE;
}

static gboolean
preview_timeout_cb (gpointer user_data)
{
  EngageSectionEditor *self = user_data;

  self->preview_id = 0;
  update_preview (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_save (EngageSectionEditor *self)
{
  if (self->loading || self->section_id <= 0)
    return;

  self->dirty = TRUE;
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (ENGAGE_SECTION_EDITOR_SAVE_DELAY_MS, save_timeout_cb, self);
  update_status (self);
}

static void
update_style_scheme (EngageSectionEditor *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  GtkSourceStyleScheme *scheme;

  scheme = gtk_source_style_scheme_manager_get_scheme (schemes, adw_style_manager_get_dark (manager)
                                                                ? "Adwaita-dark" : "Adwaita");
  gtk_source_buffer_set_style_scheme (GTK_SOURCE_BUFFER (get_buffer (self)), scheme);
}

/* Undo first stores what is pending, then takes back the latest edit of the
 * project, through the window's action when there is one (it shows a toast). */
static void
undo_or_redo (EngageSectionEditor *self,
              gboolean             redo)
{
  g_autoptr(GError) error = NULL;
  const char *action = redo ? "win.redo" : "win.undo";

  engage_section_editor_flush (self);

  if (gtk_widget_activate_action (GTK_WIDGET (self), action, NULL))
    return;

  if (redo ? engage_project_can_redo (self->project) : engage_project_can_undo (self->project))
    {
      if (!(redo ? engage_project_redo (self->project, &error) : engage_project_undo (self->project, &error)))
        g_warning ("Could not %s: %s", redo ? "redo" : "undo", error->message);
    }
}

static gboolean
undo_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  undo_or_redo (ENGAGE_SECTION_EDITOR (widget), FALSE);
  return TRUE;
}

static gboolean
redo_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  undo_or_redo (ENGAGE_SECTION_EDITOR (widget), TRUE);
  return TRUE;
}

/* Callbacks */

static void
on_buffer_changed_cb (EngageSectionEditor *self,
                      GtkTextBuffer       *buffer)
{
  if (self->loading)
    return;

  schedule_save (self);
  g_clear_handle_id (&self->preview_id, g_source_remove);
  self->preview_id = g_timeout_add (PREVIEW_DELAY_MS, preview_timeout_cb, self);
}

static void
on_title_entry_changed_cb (EngageSectionEditor *self,
                           GtkEntry            *entry)
{
  schedule_save (self);
}

static void
on_title_entry_activate_cb (EngageSectionEditor *self,
                            GtkEntry            *entry)
{
  engage_section_editor_flush (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->source_view));
}

static void
on_checklist_button_toggled_cb (EngageSectionEditor *self,
                                GtkToggleButton     *button)
{
  g_autoptr(EngageSection) section = NULL;
  g_autoptr(GError) error = NULL;

  if (self->loading || self->section_id <= 0)
    return;

  engage_section_editor_flush (self);

  section = engage_project_get_section (self->project, self->section_id, NULL);
  if (section == NULL || engage_section_get_checklist (section) == gtk_toggle_button_get_active (button))
    return;

  engage_section_set_checklist (section, gtk_toggle_button_get_active (button));
  self->saving = TRUE;
  if (!engage_project_update_section (self->project, section, &error))
    g_warning ("Could not change the section: %s", error->message);
  self->saving = FALSE;
}

static void
on_preview_button_toggled_cb (EngageSectionEditor *self,
                              GtkToggleButton     *button)
{
  gboolean active = gtk_toggle_button_get_active (button);

  gtk_widget_set_visible (GTK_WIDGET (self->preview_scroller), active);
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), active ? _("Hide Preview") : _("Show Preview"));
}

static void
on_project_changed_cb (EngageSectionEditor *self,
                       guint                tables,
                       EngageProject       *project)
{
  /* Our own edits, and edits from elsewhere while we hold unsaved text (that
   * text wins when it is stored). */
  if (!(tables & ENGAGE_TABLE_SECTION) || self->saving || self->dirty)
    return;

  load_section (self);
}

/* Text and preview share the width in a proportion that the user sets by
 * moving the divider, and that survives resizing the window. */
static void
engage_section_editor_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  EngageSectionEditor *self = ENGAGE_SECTION_EDITOR (widget);
  int paned_width;

  GTK_WIDGET_CLASS (engage_section_editor_parent_class)->size_allocate (widget, width, height, baseline);

  paned_width = gtk_widget_get_width (GTK_WIDGET (self->paned));
  if (paned_width > 0 && paned_width != self->paned_width)
    {
      self->paned_width = paned_width;
      self->set_position = (int) (paned_width * self->split);
      gtk_paned_set_position (self->paned, self->set_position);
    }
}

static void
on_paned_position_cb (EngageSectionEditor *self,
                      GParamSpec          *pspec,
                      GtkPaned            *paned)
{
  int position = gtk_paned_get_position (paned);

  if (self->paned_width > 0 && position != self->set_position)
    self->split = CLAMP ((double) position / self->paned_width, 0.2, 0.8);
}

static void
on_preview_released_cb (EngageSectionEditor *self,
                        int                  n_press,
                        double               x,
                        double               y,
                        GtkGestureClick     *gesture)
{
  g_autofree char *url = NULL;
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (self->preview_view, GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->preview_view, &iter, bx, by))
    return;

  url = engage_guideline_text_get_link (&iter);
  if (url != NULL)
    gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), url, GDK_CURRENT_TIME);
}

/* Vfuncs */

static void
engage_section_editor_constructed (GObject *object)
{
  EngageSectionEditor *self = ENGAGE_SECTION_EDITOR (object);

  G_OBJECT_CLASS (engage_section_editor_parent_class)->constructed (object);

  g_assert (ENGAGE_IS_PROJECT (self->project));

  g_signal_connect_object (self->project, "changed",
                           G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);
  load_section (self);
}

static void
engage_section_editor_unmap (GtkWidget *widget)
{
  /* Hidden behind another view: what was typed is visible there at once. */
  engage_section_editor_flush (ENGAGE_SECTION_EDITOR (widget));

  GTK_WIDGET_CLASS (engage_section_editor_parent_class)->unmap (widget);
}

static void
engage_section_editor_dispose (GObject *object)
{
  EngageSectionEditor *self = ENGAGE_SECTION_EDITOR (object);

  if (self->project != NULL)
    engage_section_editor_flush (self);

  g_clear_handle_id (&self->save_id, g_source_remove);
  g_clear_handle_id (&self->preview_id, g_source_remove);
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ENGAGE_TYPE_SECTION_EDITOR);

  g_clear_object (&self->project);

  G_OBJECT_CLASS (engage_section_editor_parent_class)->dispose (object);
}

static void
engage_section_editor_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  EngageSectionEditor *self = ENGAGE_SECTION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_SECTION_ID:
      g_value_set_int64 (value, self->section_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_section_editor_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  EngageSectionEditor *self = ENGAGE_SECTION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;

    case PROP_SECTION_ID:
      engage_section_editor_set_section_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_section_editor_class_init (EngageSectionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = engage_section_editor_constructed;
  object_class->dispose = engage_section_editor_dispose;
  object_class->get_property = engage_section_editor_get_property;
  object_class->set_property = engage_section_editor_set_property;
  widget_class->unmap = engage_section_editor_unmap;
  widget_class->size_allocate = engage_section_editor_size_allocate;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         ENGAGE_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECTION_ID] =
    g_param_spec_int64 ("section-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_source_init ();
  g_type_ensure (GTK_SOURCE_TYPE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/engageplanner/Engage/ui/guidelines/engage-section-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, EngageSectionEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, EngageSectionEditor, checklist_button);
  gtk_widget_class_bind_template_child (widget_class, EngageSectionEditor, preview_button);
  gtk_widget_class_bind_template_child (widget_class, EngageSectionEditor, paned);
  gtk_widget_class_bind_template_child (widget_class, EngageSectionEditor, source_view);
  gtk_widget_class_bind_template_child (widget_class, EngageSectionEditor, preview_scroller);
  gtk_widget_class_bind_template_child (widget_class, EngageSectionEditor, preview_view);
  gtk_widget_class_bind_template_child (widget_class, EngageSectionEditor, status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_title_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_title_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_checklist_button_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_preview_button_toggled_cb);
}

static void
add_shortcut (GtkShortcutController *controller,
              guint                  key,
              GdkModifierType        modifiers,
              GtkShortcutFunc        callback)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (key, modifiers),
                                                          gtk_callback_action_new (callback, NULL, NULL)));
}

static void
engage_section_editor_init (EngageSectionEditor *self)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  GtkSourceBuffer *buffer;
  GtkEventController *shortcuts;
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));

  buffer = GTK_SOURCE_BUFFER (get_buffer (self));
  gtk_source_buffer_set_language (buffer, gtk_source_language_manager_get_language (languages, "markdown"));
  gtk_source_buffer_set_highlight_matching_brackets (buffer, FALSE);
  gtk_text_buffer_set_enable_undo (GTK_TEXT_BUFFER (buffer), FALSE);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (on_buffer_changed_cb), self, G_CONNECT_SWAPPED);

  update_style_scheme (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_style_scheme), self, G_CONNECT_SWAPPED);

  self->split = 0.5;
  g_signal_connect_object (self->paned, "notify::position",
                           G_CALLBACK (on_paned_position_cb), self, G_CONNECT_SWAPPED);

  /* The project's history, not the text view's: in the capture phase, so that
   * the text view's own bindings never see the keys. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_z, GDK_CONTROL_MASK, undo_shortcut_cb);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, redo_shortcut_cb);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_y, GDK_CONTROL_MASK, redo_shortcut_cb);
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  click = gtk_gesture_click_new ();
  g_signal_connect_object (click, "released", G_CALLBACK (on_preview_released_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->preview_view), GTK_EVENT_CONTROLLER (click));
}

/* Public API */

/**
 * engage_section_editor_new:
 * @project: an open project
 *
 * Returns: (transfer floating): an editor showing no section yet
 */
GtkWidget *
engage_section_editor_new (EngageProject *project)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return g_object_new (ENGAGE_TYPE_SECTION_EDITOR, "project", project, NULL);
}

/**
 * engage_section_editor_get_section_id:
 *
 * Returns: the section shown, 0 for none
 */
gint64
engage_section_editor_get_section_id (EngageSectionEditor *self)
{
  g_return_val_if_fail (ENGAGE_IS_SECTION_EDITOR (self), 0);

  return self->section_id;
}

/**
 * engage_section_editor_set_section_id:
 * @section_id: the section to show, 0 for none
 *
 * Stores what is pending for the section shown so far, then shows @section_id.
 */
void
engage_section_editor_set_section_id (EngageSectionEditor *self,
                                      gint64               section_id)
{
  g_return_if_fail (ENGAGE_IS_SECTION_EDITOR (self));

  if (self->section_id == section_id)
    return;

  engage_section_editor_flush (self);
  self->section_id = section_id;
  load_section (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION_ID]);
}

/**
 * engage_section_editor_flush:
 *
 * Stores the title and text typed since the last pause now, as one edit.
 *
 * Returns: %FALSE if they could not be stored
 */
gboolean
engage_section_editor_flush (EngageSectionEditor *self)
{
  g_autoptr(EngageSection) section = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (ENGAGE_IS_SECTION_EDITOR (self), FALSE);

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (!self->dirty || self->section_id <= 0 || !engage_project_is_open (self->project))
    return TRUE;

  self->dirty = FALSE;
  section = engage_project_get_section (self->project, self->section_id, NULL);
  if (section == NULL)
    return TRUE;

  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_entry))));
  body = dup_text (self);

  /* A section keeps a title; an emptied one keeps the stored title. */
  if (title[0] != '\0')
    engage_section_set_title (section, title);
  engage_section_set_body (section, body);

  self->saving = TRUE;
  if (!engage_project_update_section (self->project, section, &error))
    {
      g_warning ("Could not store the section “%s”: %s", engage_section_get_title (section), error->message);
      self->dirty = TRUE;
      ok = FALSE;
    }
  self->saving = FALSE;

  update_status (self);

  return ok;
}

/**
 * engage_section_editor_has_unsaved_changes:
 *
 * Returns: whether typing has not paused long enough to be stored yet
 */
gboolean
engage_section_editor_has_unsaved_changes (EngageSectionEditor *self)
{
  g_return_val_if_fail (ENGAGE_IS_SECTION_EDITOR (self), FALSE);

  return self->dirty;
}

/**
 * engage_section_editor_get_buffer:
 *
 * Returns: (transfer none): the buffer of the text being edited
 */
GtkTextBuffer *
engage_section_editor_get_buffer (EngageSectionEditor *self)
{
  g_return_val_if_fail (ENGAGE_IS_SECTION_EDITOR (self), NULL);

  return get_buffer (self);
}

/**
 * engage_section_editor_focus_title:
 *
 * Moves the focus to the title and selects it, for renaming.
 */
void
engage_section_editor_focus_title (EngageSectionEditor *self)
{
  g_return_if_fail (ENGAGE_IS_SECTION_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->title_entry), 0, -1);
}

/**
 * engage_section_editor_focus_text:
 *
 * Moves the focus to the text.
 */
void
engage_section_editor_focus_text (EngageSectionEditor *self)
{
  g_return_if_fail (ENGAGE_IS_SECTION_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->source_view));
}
