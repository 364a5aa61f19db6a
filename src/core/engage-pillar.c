/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-pillar"

#include "config.h"

#include "engage-pillar.h"
#include "engage-list-model.h"
#include "engage-project-private.h"

#include <glib/gi18n.h>

/* A content pillar ("tips", "behind the scenes", "offers" …): the categories the
 * content mix is planned in, each with the share of posts it should get. The
 * object is a value: edit it, then hand it to engage_project_update_pillar(). */

#define DEFAULT_COLOR "#9141ac"

struct _EngagePillar
{
  GObject  parent_instance;

  gint64   id;
  char    *uuid;
  char    *name;
  char    *description;
  char    *color;
  double   target_share;
  int      position;
};

G_DEFINE_FINAL_TYPE (EngagePillar, engage_pillar, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_COLOR,
  PROP_TARGET_SHARE,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define SELECT_COLUMNS \
  "SELECT id, uuid, name, description, color, target_share, position FROM pillar"

/* An #EngageRowFunc: the row as a new #EngagePillar. */
static gpointer
pillar_from_row (sqlite3_stmt *stmt)
{
  EngagePillar *self = g_object_new (ENGAGE_TYPE_PILLAR, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->uuid = g_strdup (_engage_column_text (stmt, 1));
  g_free (self->name);
  self->name = g_strdup (_engage_column_text (stmt, 2));
  g_free (self->description);
  self->description = g_strdup (_engage_column_text (stmt, 3));
  g_free (self->color);
  self->color = g_strdup (_engage_column_text (stmt, 4));
  self->target_share = sqlite3_column_double (stmt, 5);
  self->position = sqlite3_column_int (stmt, 6);

  return self;
}

static void
bind_pillar (sqlite3_stmt *stmt,
             EngagePillar *self)
{
  sqlite3_bind_text (stmt, 1, self->uuid, -1, SQLITE_TRANSIENT);
  _engage_bind_text (stmt, 2, self->name);
  _engage_bind_text (stmt, 3, self->description);
  _engage_bind_text (stmt, 4, self->color);
  sqlite3_bind_double (stmt, 5, self->target_share);
  sqlite3_bind_int (stmt, 6, self->position);
}

static void
engage_pillar_finalize (GObject *object)
{
  EngagePillar *self = ENGAGE_PILLAR (object);

  g_free (self->uuid);
  g_free (self->name);
  g_free (self->description);
  g_free (self->color);

  G_OBJECT_CLASS (engage_pillar_parent_class)->finalize (object);
}

static void
engage_pillar_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  EngagePillar *self = ENGAGE_PILLAR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;

    case PROP_TARGET_SHARE:
      g_value_set_double (value, self->target_share);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_pillar_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  EngagePillar *self = ENGAGE_PILLAR (object);

  switch (prop_id)
    {
    case PROP_NAME:
      engage_pillar_set_name (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      engage_pillar_set_description (self, g_value_get_string (value));
      break;

    case PROP_COLOR:
      engage_pillar_set_color (self, g_value_get_string (value));
      break;

    case PROP_TARGET_SHARE:
      engage_pillar_set_target_share (self, g_value_get_double (value));
      break;

    case PROP_POSITION:
      engage_pillar_set_position (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_pillar_class_init (EngagePillarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = engage_pillar_finalize;
  object_class->get_property = engage_pillar_get_property;
  object_class->set_property = engage_pillar_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, ro);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, rw);
  properties[PROP_COLOR] = g_param_spec_string ("color", NULL, NULL, NULL, rw);
  properties[PROP_TARGET_SHARE] = g_param_spec_double ("target-share", NULL, NULL,
                                                      0.0, 1.0, 0.0, rw);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, G_MININT, G_MAXINT, 0, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
engage_pillar_init (EngagePillar *self)
{
  self->name = g_strdup ("");
  self->description = g_strdup ("");
  self->color = g_strdup (DEFAULT_COLOR);
}

/**
 * engage_pillar_new:
 * @name: (nullable): the pillar's name
 *
 * Returns: (transfer full): a pillar not yet in any project
 */
EngagePillar *
engage_pillar_new (const char *name)
{
  EngagePillar *self = g_object_new (ENGAGE_TYPE_PILLAR, NULL);

  _engage_store_set_string (&self->name, name ? name : "");

  return self;
}

/**
 * engage_pillar_copy:
 *
 * Returns: (transfer full): an independent copy, e.g. to edit in a dialog
 */
EngagePillar *
engage_pillar_copy (EngagePillar *self)
{
  EngagePillar *copy;

  g_return_val_if_fail (ENGAGE_IS_PILLAR (self), NULL);

  copy = g_object_new (ENGAGE_TYPE_PILLAR, NULL);
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  _engage_store_set_string (&copy->name, self->name);
  _engage_store_set_string (&copy->description, self->description);
  _engage_store_set_string (&copy->color, self->color);
  copy->target_share = self->target_share;
  copy->position = self->position;

  return copy;
}

/**
 * engage_pillar_get_id:
 *
 * Returns: the row id, 0 while the pillar is not in a project
 */
gint64
engage_pillar_get_id (EngagePillar *self)
{
  g_return_val_if_fail (ENGAGE_IS_PILLAR (self), 0);
  return self->id;
}

/**
 * engage_pillar_get_uuid:
 *
 * Returns: (nullable): the stable identifier, %NULL until the pillar is added
 */
const char *
engage_pillar_get_uuid (EngagePillar *self)
{
  g_return_val_if_fail (ENGAGE_IS_PILLAR (self), NULL);
  return self->uuid;
}

/**
 * engage_pillar_get_name:
 *
 * Returns: the pillar's name
 */
const char *
engage_pillar_get_name (EngagePillar *self)
{
  g_return_val_if_fail (ENGAGE_IS_PILLAR (self), NULL);
  return self->name;
}

/**
 * engage_pillar_set_name:
 * @name: (nullable): the name; %NULL is the empty string
 */
void
engage_pillar_set_name (EngagePillar *self,
                        const char   *name)
{
  g_return_if_fail (ENGAGE_IS_PILLAR (self));

  if (_engage_store_set_string (&self->name, name ? name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * engage_pillar_get_description:
 *
 * Returns: what belongs in this pillar
 */
const char *
engage_pillar_get_description (EngagePillar *self)
{
  g_return_val_if_fail (ENGAGE_IS_PILLAR (self), NULL);
  return self->description;
}

/**
 * engage_pillar_set_description:
 * @description: (nullable): what belongs in this pillar; %NULL is the empty string
 */
void
engage_pillar_set_description (EngagePillar *self,
                               const char   *description)
{
  g_return_if_fail (ENGAGE_IS_PILLAR (self));

  if (_engage_store_set_string (&self->description, description ? description : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * engage_pillar_get_color:
 *
 * Returns: the pillar's colour as `#rrggbb`
 */
const char *
engage_pillar_get_color (EngagePillar *self)
{
  g_return_val_if_fail (ENGAGE_IS_PILLAR (self), NULL);
  return self->color;
}

/**
 * engage_pillar_set_color:
 * @color: (nullable): a colour as `#rrggbb`; %NULL is the default colour
 */
void
engage_pillar_set_color (EngagePillar *self,
                         const char   *color)
{
  g_return_if_fail (ENGAGE_IS_PILLAR (self));

  if (_engage_store_set_string (&self->color, color ? color : DEFAULT_COLOR))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}

/**
 * engage_pillar_get_target_share:
 *
 * Returns: the share of all posts this pillar should have, from 0 to 1
 */
double
engage_pillar_get_target_share (EngagePillar *self)
{
  g_return_val_if_fail (ENGAGE_IS_PILLAR (self), 0.0);
  return self->target_share;
}

/**
 * engage_pillar_set_target_share:
 * @target_share: a share from 0 to 1 (0.25 for a quarter of the posts)
 */
void
engage_pillar_set_target_share (EngagePillar *self,
                                double        target_share)
{
  g_return_if_fail (ENGAGE_IS_PILLAR (self));
  g_return_if_fail (target_share >= 0.0 && target_share <= 1.0);

  if (self->target_share == target_share)
    return;
  self->target_share = target_share;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_SHARE]);
}

/**
 * engage_pillar_get_position:
 *
 * Returns: where the pillar is listed among the others
 */
int
engage_pillar_get_position (EngagePillar *self)
{
  g_return_val_if_fail (ENGAGE_IS_PILLAR (self), 0);
  return self->position;
}

/**
 * engage_pillar_set_position:
 * @position: where the pillar is listed; lower comes first
 */
void
engage_pillar_set_position (EngagePillar *self,
                            int           position)
{
  g_return_if_fail (ENGAGE_IS_PILLAR (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

/* Storage */

/**
 * engage_project_add_pillar:
 * @project: an open project
 * @pillar: a new pillar; its id and UUID are set on success
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_add_pillar (EngageProject  *project,
                           EngagePillar   *pillar,
                           GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_PILLAR (pillar), FALSE);
  g_return_val_if_fail (pillar->id == 0, FALSE);

  stmt = _engage_store_begin (project,
                              "INSERT INTO pillar (uuid, name, description, color, "
                              "target_share, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                              error);
  if (stmt == NULL)
    return FALSE;

  if (pillar->uuid == NULL)
    pillar->uuid = _engage_project_new_uuid (project);

  bind_pillar (stmt, pillar);
  return _engage_store_finish_insert (project, stmt, &pillar->id,
                                      _("Add Pillar"), ENGAGE_TABLE_PILLAR, error);
}

/**
 * engage_project_update_pillar:
 * @project: an open project
 * @pillar: a pillar of @project with changed fields
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success; %FALSE with %ENGAGE_PROJECT_ERROR_INVALID if the
 *   pillar was deleted meanwhile
 */
gboolean
engage_project_update_pillar (EngageProject  *project,
                              EngagePillar   *pillar,
                              GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ENGAGE_IS_PILLAR (pillar), FALSE);
  g_return_val_if_fail (pillar->id > 0, FALSE);

  stmt = _engage_store_begin (project,
                              "UPDATE pillar SET uuid = ?1, name = ?2, description = ?3, "
                              "color = ?4, target_share = ?5, position = ?6 WHERE id = ?7",
                              error);
  if (stmt == NULL)
    return FALSE;

  bind_pillar (stmt, pillar);
  sqlite3_bind_int64 (stmt, 7, pillar->id);
  return _engage_store_finish_update (project, stmt, _("Change Pillar"), ENGAGE_TABLE_PILLAR,
                                      error, _("The pillar “%s” no longer exists."),
                                      pillar->name);
}

/**
 * engage_project_delete_pillar:
 * @project: an open project
 * @pillar_id: the pillar's id
 * @error: return location for a #GError
 *
 * Deletes a pillar. Its posts and rules stay and lose their pillar; undo gives it
 * back to them.
 *
 * Returns: %TRUE on success
 */
gboolean
engage_project_delete_pillar (EngageProject  *project,
                              gint64          pillar_id,
                              GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), FALSE);

  return _engage_store_delete_by_id (project, "DELETE FROM pillar WHERE id = ?1", pillar_id,
                                     _("Delete Pillar"),
                                     ENGAGE_TABLE_PILLAR | ENGAGE_TABLE_POST | ENGAGE_TABLE_RULE,
                                     error);
}

/**
 * engage_project_get_pillar:
 * @project: an open project
 * @pillar_id: the pillar's id
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the pillar, or %NULL if there is none
 *   with that id (without an error) or the query failed (with one)
 */
EngagePillar *
engage_project_get_pillar (EngageProject  *project,
                           gint64          pillar_id,
                           GError        **error)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return _engage_store_get_by_id (project, SELECT_COLUMNS " WHERE id = ?1", pillar_id,
                                  pillar_from_row, error);
}

static GPtrArray *
load_pillars (EngageProject  *project,
              gpointer        user_data,
              GError        **error)
{
  return _engage_store_load_all (project, SELECT_COLUMNS " ORDER BY position, id",
                                 pillar_from_row, error);
}

/**
 * engage_project_list_pillars:
 * @project: an open project
 *
 * Returns: (transfer full): a live model of #EngagePillar in display order
 */
GListModel *
engage_project_list_pillars (EngageProject *project)
{
  g_return_val_if_fail (ENGAGE_IS_PROJECT (project), NULL);

  return G_LIST_MODEL (engage_list_model_new (project, ENGAGE_TYPE_PILLAR, ENGAGE_TABLE_PILLAR,
                                              load_pillars, NULL, NULL));
}
