/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-section"

#include "config.h"

#include "engage-section.h"
#include "engage-list-model.h"
#include "engage-project-private.h"

#include <glib/gi18n.h>

/* A section of the social-media guideline ("Who speaks for us", "Response times",
 * "Mistakes" …): a title and CommonMark text, optionally shown as a checklist. The
 * object is a value: edit it, then hand it to engage_project_update_section(). */

struct _EngageSection
{
  GObject   parent_instance;

  gint64    id;
  char     *uuid;
  char     *title;
  char     *body;
  gboolean  checklist;
  int       position;
};

G_DEFINE_FINAL_TYPE (EngageSection, engage_section, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_TITLE,
  PROP_BODY,
  PROP_CHECKLIST,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define SELECT_COLUMNS \
  "SELECT id, uuid, title, body, checklist, position FROM guideline_section"

/* An #EngageRowFunc: the row as a new #EngageSection. */
static gpointer
section_from_row (sqlite3_stmt *stmt)
{
  EngageSection *self = g_object_new (ENGAGE_TYPE_SECTION, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->uuid = g_strdup (_engage_column_text (stmt, 1));
  g_free (self->title);
  self->title = g_strdup (_engage_column_text (stmt, 2));
  g_free (self->body);
  self->body = g_strdup (_engage_column_text (stmt, 3));
  self->checklist = sqlite3_column_int (stmt, 4) != 0;
  self->position = sqlite3_column_int (stmt, 5);

  return self;
}

static void
bind_section (sqlite3_stmt  *stmt,
              EngageSection *self,
              int            position)
{
  sqlite3_bind_text (stmt, 1, self->uuid, -1, SQLITE_TRANSIENT);
  _engage_bind_text (stmt, 2, self->title);
  _engage_bind_text (stmt, 3, self->body);
  sqlite3_bind_int (stmt, 4, self->checklist ? 1 : 0);
  sqlite3_bind_int (stmt, 5, position);
}

static void
engage_section_finalize (GObject *object)
{
  EngageSection *self = ENGAGE_SECTION (object);

  g_free (self->uuid);
  g_free (self->title);
  g_free (self->body);

  G_OBJECT_CLASS (engage_section_parent_class)->finalize (object);
}

static void
engage_section_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  EngageSection *self = ENGAGE_SECTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    case PROP_CHECKLIST:
      g_value_set_boolean (value, self->checklist);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_section_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  EngageSection *self = ENGAGE_SECTION (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      engage_section_set_title (self, g_value_get_string (value));
      break;

    case PROP_BODY:
      engage_section_set_body (self, g_value_get_string (value));
      break;

    case PROP_CHECKLIST:
      engage_section_set_checklist (self, g_value_get_boolean (value));
      break;

    case PROP_POSITION:
      engage_section_set_position (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_section_class_init (EngageSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = engage_section_finalize;
  object_class->get_property = engage_section_get_property;
  object_class->set_property = engage_section_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, rw);
  properties[PROP_BODY] = g_param_spec_string ("body", NULL, NULL, NULL, rw);
  properties[PROP_CHECKLIST] = g_param_spec_boolean ("checklist", NULL, NULL, FALSE, rw);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, G_MININT, G_MAXINT, 0, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
engage_section_init (EngageSection *self)
{
  self->title = g_strdup ("");
  self->body = g_strdup ("");
}

/**
 * engage_section_new:
 * @title: (nullable): the section's title
 *
 * Returns: (transfer full): a section not yet in any project
 */
EngageSection *
engage_section_new (const char *title)
{
  EngageSection *self = g_object_new (ENGAGE_TYPE_SECTION, NULL);

  _engage_store_set_string (&self->title, title ? title : "");

  return self;
}

/**
 * engage_section_copy:
 *
 * Returns: (transfer full): an independent copy, e.g. to edit in a dialog
 */
EngageSection *
engage_section_copy (EngageSection *self)
{
  EngageSection *copy;

  g_return_val_if_fail (ENGAGE_IS_SECTION (self), NULL);

  copy = g_object_new (ENGAGE_TYPE_SECTION, NULL);
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  _engage_store_set_string (&copy->title, self->title);
  _engage_store_set_string (&copy->body, self->body);
  copy->checklist = self->checklist;
  copy->position = self->position;

  return copy;
}

/**
 * engage_section_get_id:
 *
 * Returns: the row id, 0 while the section is not in a project
 */
gint64
engage_section_get_id (EngageSection *self)
{
  g_return_val_if_fail (ENGAGE_IS_SECTION (self), 0);
  return self->id;
}

/**
 * engage_section_get_uuid:
 *
 * Returns: (nullable): the stable identifier, %NULL until the section is added
 */
const char *
engage_section_get_uuid (EngageSection *self)
{
  g_return_val_if_fail (ENGAGE_IS_SECTION (self), NULL);
  return self->uuid;
}

/**
 * engage_section_get_title:
 *
 * Returns: the section's title
 */
const char *
engage_section_get_title (EngageSection *self)
{
  g_return_val_if_fail (ENGAGE_IS_SECTION (self), NULL);
  return self->title;
}

/**
 * engage_section_set_title:
 * @title: (nullable): the title; %NULL is the empty string
 */
void
engage_section_set_title (EngageSection *self,
                          const char    *title)
{
  g_return_if_fail (ENGAGE_IS_SECTION (self));

  if (_engage_store_set_string (&self->title, title ? title : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * engage_section_get_body:
 *
 * Returns: the section's text as CommonMark
 */
const char *
engage_section_get_body (EngageSection *self)
{
  g_return_val_if_fail (ENGAGE_IS_SECTION (self), NULL);
  return self->body;
}

/**
 * engage_section_set_body:
 * @body: (nullable): CommonMark text; %NULL is the empty string
 */
void
engage_section_set_body (EngageSection *self,
                         const char    *body)
{
  g_return_if_fail (ENGAGE_IS_SECTION (self));

  if (_engage_store_set_string (&self->body, body ? body : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

/**
 * engage_section_get_checklist:
 *
 * Returns: %TRUE if the section's list items are shown as a checklist
 */
gboolean
engage_section_get_checklist (EngageSection *self)
{
  g_return_val_if_fail (ENGAGE_IS_SECTION (self), FALSE);
  return self->checklist;
}

/**
 * engage_section_set_checklist:
 * @checklist: whether the section's list items are shown as a checklist
 */
void
engage_section_set_checklist (EngageSection *self,
                              gboolean       checklist)
{
  g_return_if_fail (ENGAGE_IS_SECTION (self));

  checklist = !!checklist;
  if (self->checklist == checklist)
    return;
  self->checklist = checklist;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKLIST]);
}

/**
 * engage_section_get_position:
 *
 * Returns: where the section is in the guideline
 */
int
engage_section_get_position (EngageSection *self)
{
  g_return_val_if_fail (ENGAGE_IS_SECTION (self), 0);
  return self->position;
}

/**
 * engage_section_set_position:
 * @position: where the section goes; lower comes first
 *
 * To move a stored section, use engage_project_move_section(), which keeps the
 * numbering of all sections in step.
 */
void
engage_section_set_position (EngageSection *self,
                             int            position)
{
  g_return_if_fail (ENGAGE_IS_SECTION (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

/* Storage */

/* Where a section with position 0 goes: after the last one, so that adding
 * sections one by one keeps their order without the caller counting. */
static gboolean
next_position (EngageProject  *project,
               int            *position,
               GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _engage_project_prepare (project,
                                  "SELECT max(position) + 1 FROM guideline_section",
                                  error);
  if (stmt == NULL)
    return FALSE;

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _engage_project_set_sql_error (project, error);
      return FALSE;
    }

  *position = sqlite3_column_type (stmt, 0) == SQLITE_NULL ? 0 : sqlite3_column_int (stmt, 0);
  return TRUE;
}

/**
 * engage_project_add_section:
 * @project: an open project
 * @section: a new section; its id and UUID are set on success
 * @error: return location for a #GError
 *
 * Adds a section. A section whose position is 0 goes after the existing ones,
 * and its position is updated to say so.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_add_section (EngageProject  *project,
                            EngageSection  *section,
                            GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int position;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_SECTION (section), FALSE);
  g_return_val_if_fail (section->id == 0, FALSE);

  position = section->position;

  stmt = _engage_store_begin (project,
                              "INSERT INTO guideline_section (uuid, title, body, checklist, "
                              "position) VALUES (?1, ?2, ?3, ?4, ?5)",
                              error);
  if (stmt == NULL)
    return FALSE;

  /* Inside the edit, so that no other section can take the place meanwhile. */
  if (position == 0 && !next_position (project, &position, error))
    {
      _engage_project_rollback_edit (project);
      return FALSE;
    }

  if (section->uuid == NULL)
    section->uuid = _engage_project_new_uuid (project);

  bind_section (stmt, section, position);
  if (!_engage_store_finish_insert (project, stmt, &section->id,
                                    _("Add Section"), ENGAGE_TABLE_SECTION, error))
    return FALSE;

  engage_section_set_position (section, position);
  return TRUE;
}

/**
 * engage_project_update_section:
 * @project: an open project
 * @section: a section of @project with changed fields
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success; %FALSE with %ENGAGE_PROJECT_ERROR_INVALID if the
 *   section was deleted meanwhile
 */
gboolean
engage_project_update_section (EngageProject  *project,
                               EngageSection  *section,
                               GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_SECTION (section), FALSE);
  g_return_val_if_fail (section->id > 0, FALSE);

  stmt = _engage_store_begin (project,
                              "UPDATE guideline_section SET uuid = ?1, title = ?2, body = ?3, "
                              "checklist = ?4, position = ?5 WHERE id = ?6",
                              error);
  if (stmt == NULL)
    return FALSE;

  bind_section (stmt, section, section->position);
  sqlite3_bind_int64 (stmt, 6, section->id);
  return _engage_store_finish_update (project, stmt, _("Change Section"), ENGAGE_TABLE_SECTION,
                                      error, _("The guideline section “%s” no longer exists."),
                                      section->title);
}

/**
 * engage_project_delete_section:
 * @project: an open project
 * @section_id: the section's id
 * @error: return location for a #GError
 *
 * Deletes a section. Its rules stay in the guideline without a section; undo
 * puts them back.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_delete_section (EngageProject  *project,
                               gint64          section_id,
                               GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);

  return _engage_store_delete_by_id (project, "DELETE FROM guideline_section WHERE id = ?1",
                                     section_id, _("Delete Section"),
                                     ENGAGE_TABLE_SECTION | ENGAGE_TABLE_RULE, error);
}

/**
 * engage_project_get_section:
 * @project: an open project
 * @section_id: the section's id
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the section, or %NULL if there is none
 *   with that id (without an error) or the query failed (with one)
 */
EngageSection *
engage_project_get_section (EngageProject  *project,
                            gint64          section_id,
                            GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return _engage_store_get_by_id (project, SELECT_COLUMNS " WHERE id = ?1", section_id,
                                  section_from_row, error);
}

static GPtrArray *
load_sections (EngageProject  *project,
               gpointer        user_data,
               GError        **error)
{
  return _engage_store_load_all (project, SELECT_COLUMNS " ORDER BY position, id",
                                 section_from_row, error);
}

/**
 * engage_project_list_sections:
 * @project: an open project
 *
 * Returns: (transfer full): a live model of #EngageSection in the guideline's order
 */
GListModel *
engage_project_list_sections (EngageProject *project)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return G_LIST_MODEL (engage_list_model_new (project, ENGAGE_TYPE_SECTION, ENGAGE_TABLE_SECTION,
                                              load_sections, NULL, NULL));
}

/**
 * engage_project_move_section:
 * @project: an open project
 * @section_id: the section to move
 * @new_position: its place among the sections, counted from 0; a place past
 *   the end moves it to the end
 * @error: return location for a #GError
 *
 * Moves a section and numbers all sections 0, 1, 2 … in their new order, as one
 * undo step.
 *
 * Returns: %TRUE on success; %FALSE with %ENGAGE_PROJECT_ERROR_INVALID if the
 *   section does not exist
 */
gboolean
engage_project_move_section (EngageProject  *project,
                             gint64          section_id,
                             guint           new_position,
                             GError        **error)
{
  g_autoptr(sqlite3_stmt) select = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint old_position = G_MAXUINT;
  int rc;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);

  if (!_engage_project_begin_edit (project, error))
    return FALSE;

  select = _engage_project_prepare (project,
                                    "SELECT id FROM guideline_section ORDER BY position, id",
                                    error);
  if (select == NULL)
    goto failed;

  while ((rc = sqlite3_step (select)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (select, 0);

      if (id == section_id)
        old_position = ids->len;
      g_array_append_val (ids, id);
    }

  if (rc != SQLITE_DONE)
    {
      _engage_project_set_sql_error (project, error);
      goto failed;
    }

  if (old_position == G_MAXUINT)
    {
      g_set_error_literal (error, ENGAGE_PROJECT_ERROR, ENGAGE_PROJECT_ERROR_INVALID,
                           _("The guideline section no longer exists."));
      goto failed;
    }

  g_array_remove_index (ids, old_position);
  g_array_insert_val (ids, MIN (new_position, ids->len), section_id);

  /* Only rows whose number changes are written, so the undo step stays small. */
  update = _engage_project_prepare (project,
                                    "UPDATE guideline_section SET position = ?1 "
                                    "WHERE id = ?2 AND position IS NOT ?1",
                                    error);
  if (update == NULL)
    goto failed;

  for (guint i = 0; i < ids->len; i++)
    {
      sqlite3_reset (update);
      sqlite3_bind_int (update, 1, i);
      sqlite3_bind_int64 (update, 2, g_array_index (ids, gint64, i));
      if (!_engage_project_step_done (project, update, error))
        goto failed;
    }

  return _engage_project_commit_edit (project, _("Move Section"), ENGAGE_TABLE_SECTION, error);

failed:
  _engage_project_rollback_edit (project);
  return FALSE;
}
