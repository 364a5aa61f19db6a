/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-status-badge"

#include "config.h"

#include "engage-status-badge.h"

#include "engage-enums.h"

/*
 * A post's status as a pill: icon and word, tinted by status. The word and the
 * icon carry the meaning; the tint only helps to scan a list.
 */

struct _EngageStatusBadge
{
  GtkWidget         parent_instance;

  GtkImage         *image;
  GtkLabel         *label;

  EngagePostStatus  status;
};

G_DEFINE_FINAL_TYPE (EngageStatusBadge, engage_status_badge, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (EngageStatusBadge *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  for (guint i = ENGAGE_POST_STATUS_IDEA; i <= ENGAGE_POST_STATUS_ARCHIVED; i++)
    gtk_widget_remove_css_class (widget, engage_post_status_to_string (i));
  gtk_widget_add_css_class (widget, engage_post_status_to_string (self->status));

  gtk_image_set_from_icon_name (self->image, engage_post_status_get_icon_name (self->status));
  gtk_label_set_label (self->label, engage_post_status_get_label (self->status));
}

static void
engage_status_badge_dispose (GObject *object)
{
  EngageStatusBadge *self = ENGAGE_STATUS_BADGE (object);

  g_clear_pointer ((GtkWidget **) &self->image, gtk_widget_unparent);
  g_clear_pointer ((GtkWidget **) &self->label, gtk_widget_unparent);

  G_OBJECT_CLASS (engage_status_badge_parent_class)->dispose (object);
}

static void
engage_status_badge_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  EngageStatusBadge *self = ENGAGE_STATUS_BADGE (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_status_badge_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  EngageStatusBadge *self = ENGAGE_STATUS_BADGE (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      engage_status_badge_set_status (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_status_badge_class_init (EngageStatusBadgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = engage_status_badge_dispose;
  object_class->get_property = engage_status_badge_get_property;
  object_class->set_property = engage_status_badge_set_property;

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       ENGAGE_TYPE_POST_STATUS, ENGAGE_POST_STATUS_IDEA,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "status-badge");
}

static void
engage_status_badge_init (EngageStatusBadge *self)
{
  GtkBoxLayout *layout = GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self)));

  gtk_box_layout_set_spacing (layout, 4);
  gtk_widget_add_css_class (GTK_WIDGET (self), "status-badge");
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);

  self->image = GTK_IMAGE (gtk_image_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->image), GTK_WIDGET (self));

  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));

  self->status = ENGAGE_POST_STATUS_IDEA;
  update (self);
}

/**
 * engage_status_badge_new:
 * @status: a post status
 *
 * Returns: (transfer floating): a new badge
 */
GtkWidget *
engage_status_badge_new (EngagePostStatus status)
{
  return g_object_new (ENGAGE_TYPE_STATUS_BADGE, "status", status, NULL);
}

EngagePostStatus
engage_status_badge_get_status (EngageStatusBadge *self)
{
  g_return_val_if_fail (ENGAGE_IS_STATUS_BADGE (self), ENGAGE_POST_STATUS_IDEA);

  return self->status;
}

void
engage_status_badge_set_status (EngageStatusBadge *self,
                                EngagePostStatus   status)
{
  g_return_if_fail (ENGAGE_IS_STATUS_BADGE (self));

  if (self->status == status)
    return;

  self->status = status;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}
