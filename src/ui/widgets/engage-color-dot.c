/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-color-dot"

#include "config.h"

#include "engage-color-dot.h"

/*
 * A small filled circle in a channel's or pillar's colour. The colour comes from
 * the project file ("#rrggbb"), so it cannot be a CSS class; it is never the only
 * cue, the row beside it names the channel.
 */

#define DOT_SIZE 12

struct _EngageColorDot
{
  GtkWidget  parent_instance;

  char      *color;
  GdkRGBA    rgba;
  gboolean   has_rgba;
  GdkRGBA    ring;
};

G_DEFINE_FINAL_TYPE (EngageColorDot, engage_color_dot, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COLOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
engage_color_dot_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  *minimum = *natural = DOT_SIZE;
}

static void
engage_color_dot_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  EngageColorDot *self = ENGAGE_COLOR_DOT (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  float size = MIN (MIN (width, height), DOT_SIZE);
  graphene_rect_t bounds;
  GskRoundedRect clip;

  if (!self->has_rgba || size <= 0)
    return;

  graphene_rect_init (&bounds, (width - size) / 2.f, (height - size) / 2.f, size, size);
  gsk_rounded_rect_init_from_rect (&clip, &bounds, size / 2.f);

  gtk_snapshot_push_rounded_clip (snapshot, &clip);
  gtk_snapshot_append_color (snapshot, &self->rgba, &bounds);
  gtk_snapshot_pop (snapshot);

  /* A faint ring keeps a dark dot visible on a dark row, and a light one on a
   * light row. */
  gtk_snapshot_append_border (snapshot, &clip,
                              (float[4]) { 1, 1, 1, 1 },
                              (GdkRGBA[4]) { self->ring, self->ring, self->ring, self->ring });
}

static void
engage_color_dot_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  EngageColorDot *self = ENGAGE_COLOR_DOT (widget);

  GTK_WIDGET_CLASS (engage_color_dot_parent_class)->css_changed (widget, change);

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &self->ring);
  self->ring.alpha *= 0.2f;
  gtk_widget_queue_draw (widget);
}

static void
engage_color_dot_finalize (GObject *object)
{
  EngageColorDot *self = ENGAGE_COLOR_DOT (object);

  g_free (self->color);

  G_OBJECT_CLASS (engage_color_dot_parent_class)->finalize (object);
}

static void
engage_color_dot_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  EngageColorDot *self = ENGAGE_COLOR_DOT (object);

  switch (prop_id)
    {
    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_color_dot_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  EngageColorDot *self = ENGAGE_COLOR_DOT (object);

  switch (prop_id)
    {
    case PROP_COLOR:
      engage_color_dot_set_color (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_color_dot_class_init (EngageColorDotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = engage_color_dot_finalize;
  object_class->get_property = engage_color_dot_get_property;
  object_class->set_property = engage_color_dot_set_property;

  widget_class->measure = engage_color_dot_measure;
  widget_class->snapshot = engage_color_dot_snapshot;
  widget_class->css_changed = engage_color_dot_css_changed;

  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "color-dot");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
engage_color_dot_init (EngageColorDot *self)
{
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

/**
 * engage_color_dot_new:
 * @color: (nullable): a colour as "#rrggbb"
 *
 * Returns: (transfer floating): a new dot
 */
GtkWidget *
engage_color_dot_new (const char *color)
{
  return g_object_new (ENGAGE_TYPE_COLOR_DOT, "color", color, NULL);
}

const char *
engage_color_dot_get_color (EngageColorDot *self)
{
  g_return_val_if_fail (ENGAGE_IS_COLOR_DOT (self), NULL);

  return self->color;
}

void
engage_color_dot_set_color (EngageColorDot *self,
                            const char     *color)
{
  g_return_if_fail (ENGAGE_IS_COLOR_DOT (self));

  if (g_strcmp0 (self->color, color) == 0)
    return;

  g_free (self->color);
  self->color = g_strdup (color);
  self->has_rgba = color != NULL && gdk_rgba_parse (&self->rgba, color);

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}
