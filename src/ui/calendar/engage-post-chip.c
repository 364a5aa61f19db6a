/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-post-chip"

#include "config.h"

#include "engage-post-chip.h"

#include <glib/gi18n.h>

/*
 * One post in the month and week views and in the ideas list: a tinted pill in
 * its channel's colour with a bar at the start, the status as an icon (colour
 * alone would not tell the statuses apart for everyone), the time and the
 * title. A double click or Enter opens the post and Delete removes it, through
 * the actions `calendar.open-post` and `calendar.delete-post` (a post id) that
 * the calendar page installs; dragging it carries the #EngagePost.
 *
 * The layout is done here rather than with boxes, so that a narrow month cell
 * can drop the time before the title becomes unreadable.
 *
 * A post that breaks the guideline carries a badge at the end of its first
 * line: the icon of its worst finding's severity, which says "warning" or
 * "error" to screen readers too, and the findings in the tooltip. The chip
 * only shows what it is given (engage_post_chip_set_findings()); the calendar
 * checks the plan once per change, not per chip.
 */

#define ICON_SIZE 14
#define SPACING 5
#define LINE_SPACING 1
#define BAR_WIDTH 3
/* The padding is part of the layout, not CSS, so that the tint drawn from
 * (0, 0) covers the whole chip. */
#define PAD_X 5
#define PAD_Y 2
/* Below this much room for the title, a compact chip leaves out the time. */
#define MIN_TITLE_WIDTH 36

struct _EngagePostChip
{
  GtkWidget             parent_instance;

  /* Children */
  GtkWidget            *icon;
  GtkWidget            *time_label;
  GtkWidget            *title_label;
  GtkWidget            *badge;

  /* Owned */
  EngagePost           *post;
  char                 *tooltip;     /* what the chip says of its post, without findings */

  /* State */
  EngagePostChipLayout  layout;
  GdkRGBA               color;       /* the channel's colour as stored */
  GdkRGBA               shown_color; /* the same, readable on the current background */
  gboolean              has_color;
  float                 tint_alpha;
  EngageSeverity        badge_severity;
};

G_DEFINE_FINAL_TYPE (EngagePostChip, engage_post_chip, GTK_TYPE_WIDGET)

/* Helpers */

static char *
format_time (EngagePost *post,
             GTimeZone  *tz)
{
  g_autoptr(GDateTime) local = NULL;
  GDateTime *time = engage_post_get_scheduled_at (post);

  if (time == NULL)
    return NULL;

  local = g_date_time_to_timezone (time, tz);
  /* Translators: the time of a post, see the strftime manual */
  return g_date_time_format (local, _("%H:%M"));
}

static const char *
get_title (EngagePost *post)
{
  const char *title = engage_post_get_title (post);

  return title != NULL && title[0] != '\0' ? title : _("Untitled Post");
}

/* The room the badge takes at the end of the first line, its spacing included. */
static int
badge_width (EngagePostChip *self)
{
  return gtk_widget_get_visible (self->badge) ? SPACING + ICON_SIZE : 0;
}

static void
activate_post_action (EngagePostChip *self,
                      const char     *action)
{
  gtk_widget_activate_action (GTK_WIDGET (self), action, "x", engage_post_get_id (self->post));
}

/* Callbacks */

static void
on_click_pressed_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     EngagePostChip  *self)
{
  /* The day under the chip must not take the click as "new post here". */
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_grab_focus (GTK_WIDGET (self));

  if (n_press == 2)
    activate_post_action (self, "calendar.open-post");
}

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource  *source,
                    double          x,
                    double          y,
                    EngagePostChip *self)
{
  return gdk_content_provider_new_typed (ENGAGE_TYPE_POST, self->post);
}

static void
on_drag_begin_cb (GtkDragSource  *source,
                  GdkDrag        *drag,
                  EngagePostChip *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));
  double x = 0, y = 0;

  gtk_gesture_get_point (GTK_GESTURE (source), NULL, &x, &y);
  gtk_drag_source_set_icon (source, paintable, (int) x, (int) y);
  gtk_widget_add_css_class (GTK_WIDGET (self), "dragging");
}

static void
on_drag_end_cb (GtkDragSource  *source,
                GdkDrag        *drag,
                gboolean        delete_data,
                EngagePostChip *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "dragging");
}

static gboolean
open_binding_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  activate_post_action (ENGAGE_POST_CHIP (widget), "calendar.open-post");
  return TRUE;
}

static gboolean
delete_binding_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  activate_post_action (ENGAGE_POST_CHIP (widget), "calendar.delete-post");
  return TRUE;
}

/* Vfuncs */

static GtkSizeRequestMode
engage_post_chip_get_request_mode (GtkWidget *widget)
{
  EngagePostChip *self = ENGAGE_POST_CHIP (widget);

  /* A detailed chip's title wraps: its height depends on its width. */
  return self->layout == ENGAGE_POST_CHIP_DETAILED ? GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH
                                                   : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
engage_post_chip_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  EngagePostChip *self = ENGAGE_POST_CHIP (widget);
  int icon_min, icon_nat, time_min, time_nat, title_min, title_nat;
  int start = BAR_WIDTH + PAD_X;

  int badge = badge_width (self);

  gtk_widget_measure (self->icon, orientation, -1, &icon_min, &icon_nat, NULL, NULL);
  gtk_widget_measure (self->time_label, orientation, -1, &time_min, &time_nat, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->title_label, orientation, -1, &title_min, &title_nat, NULL, NULL);

      if (self->layout == ENGAGE_POST_CHIP_COMPACT)
        {
          *minimum = start + icon_min + SPACING + title_min + badge + PAD_X;
          *natural = start + icon_nat + SPACING + time_nat + SPACING + title_nat + badge + PAD_X;
        }
      else
        {
          *minimum = start + MAX (icon_min + SPACING + MIN (time_min, 24) + badge, title_min) + PAD_X;
          *natural = start + MAX (icon_nat + SPACING + time_nat + badge, title_nat) + PAD_X;
        }
      return;
    }

  if (self->layout == ENGAGE_POST_CHIP_COMPACT)
    {
      gtk_widget_measure (self->title_label, orientation, -1, &title_min, &title_nat, NULL, NULL);
      *minimum = MAX (icon_min, MAX (time_min, title_min)) + 2 * PAD_Y;
      *natural = MAX (icon_nat, MAX (time_nat, title_nat)) + 2 * PAD_Y;
      return;
    }

  gtk_widget_measure (self->title_label, orientation,
                      for_size < 0 ? -1 : MAX (for_size - start - PAD_X, 0),
                      &title_min, &title_nat, NULL, NULL);
  *minimum = MAX (icon_min, time_min) + LINE_SPACING + title_min + 2 * PAD_Y + 2;
  *natural = MAX (icon_nat, time_nat) + LINE_SPACING + title_nat + 2 * PAD_Y + 2;
}

static void
allocate_child (GtkWidget *child,
                int        x,
                int        y,
                int        width,
                int        height)
{
  gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, MAX (width, 0), MAX (height, 0) }, -1);
}

static void
engage_post_chip_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  EngagePostChip *self = ENGAGE_POST_CHIP (widget);
  int icon_width, time_width, line_height;
  int x = BAR_WIDTH + PAD_X;
  int end = width - PAD_X;
  int badge = badge_width (self);

  gtk_widget_measure (self->icon, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &icon_width, NULL, NULL);
  gtk_widget_measure (self->time_label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &time_width, NULL, NULL);

  /* The badge keeps its place at the end of the first line; the title or the
   * meta line gives way to it. */
  if (badge > 0)
    {
      end -= badge;
      if (self->layout == ENGAGE_POST_CHIP_COMPACT)
        allocate_child (self->badge, end + SPACING, PAD_Y, ICON_SIZE, height - 2 * PAD_Y);
    }

  if (self->layout == ENGAGE_POST_CHIP_COMPACT)
    {
      int inner = height - 2 * PAD_Y;
      gboolean show_time = end - x - icon_width - 2 * SPACING - time_width >= MIN_TITLE_WIDTH;

      allocate_child (self->icon, x, PAD_Y, icon_width, inner);
      x += icon_width + SPACING;

      gtk_widget_set_child_visible (self->time_label, show_time);
      if (show_time)
        {
          allocate_child (self->time_label, x, PAD_Y, time_width, inner);
          x += time_width + SPACING;
        }

      allocate_child (self->title_label, x, PAD_Y, end - x, inner);
      return;
    }

  gtk_widget_measure (self->time_label, GTK_ORIENTATION_VERTICAL, -1, NULL, &line_height, NULL, NULL);
  gtk_widget_set_child_visible (self->time_label, TRUE);
  allocate_child (self->icon, x, PAD_Y + 1, icon_width, line_height);
  allocate_child (self->time_label, x + icon_width + SPACING, PAD_Y + 1,
                  MIN (time_width, end - x - icon_width - SPACING), line_height);
  if (badge > 0)
    allocate_child (self->badge, end + SPACING, PAD_Y + 1, ICON_SIZE, line_height);
  allocate_child (self->title_label, x, PAD_Y + 1 + line_height + LINE_SPACING,
                  end + badge - x, height - 2 * PAD_Y - 2 - line_height - LINE_SPACING);
}

static void
engage_post_chip_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  EngagePostChip *self = ENGAGE_POST_CHIP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  graphene_rect_t bounds, bar;
  GskRoundedRect clip;
  GdkRGBA tint;

  if (self->has_color && width > 0 && height > 0)
    {
      graphene_rect_init (&bounds, 0, 0, width, height);
      gsk_rounded_rect_init_from_rect (&clip, &bounds, 5);
      gtk_snapshot_push_rounded_clip (snapshot, &clip);

      tint = self->shown_color;
      tint.alpha = self->tint_alpha;
      gtk_snapshot_append_color (snapshot, &tint, &bounds);

      graphene_rect_init (&bar, bounds.origin.x, bounds.origin.y, BAR_WIDTH, bounds.size.height);
      gtk_snapshot_append_color (snapshot, &self->shown_color, &bar);

      gtk_snapshot_pop (snapshot);
    }

  GTK_WIDGET_CLASS (engage_post_chip_parent_class)->snapshot (widget, snapshot);
}

static void
engage_post_chip_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  EngagePostChip *self = ENGAGE_POST_CHIP (widget);
  GdkRGBA fg;
  double luminance;

  GTK_WIDGET_CLASS (engage_post_chip_parent_class)->css_changed (widget, change);

  /* A light text colour means a dark style: the tint needs more strength there
   * to stand out from the background as much as in the light style. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  luminance = 0.2126 * fg.red + 0.7152 * fg.green + 0.0722 * fg.blue;
  self->tint_alpha = luminance > 0.5 ? 0.28f : 0.16f;
  self->shown_color = self->color;
  engage_post_chip_ensure_contrast (&self->shown_color, &fg);
  gtk_widget_queue_draw (widget);
}

static void
engage_post_chip_dispose (GObject *object)
{
  EngagePostChip *self = ENGAGE_POST_CHIP (object);

  g_clear_pointer (&self->icon, gtk_widget_unparent);
  g_clear_pointer (&self->time_label, gtk_widget_unparent);
  g_clear_pointer (&self->title_label, gtk_widget_unparent);
  g_clear_pointer (&self->badge, gtk_widget_unparent);
  g_clear_object (&self->post);

  G_OBJECT_CLASS (engage_post_chip_parent_class)->dispose (object);
}

static void
engage_post_chip_finalize (GObject *object)
{
  EngagePostChip *self = ENGAGE_POST_CHIP (object);

  g_free (self->tooltip);

  G_OBJECT_CLASS (engage_post_chip_parent_class)->finalize (object);
}

static void
engage_post_chip_class_init (EngagePostChipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = engage_post_chip_dispose;
  object_class->finalize = engage_post_chip_finalize;

  widget_class->get_request_mode = engage_post_chip_get_request_mode;
  widget_class->measure = engage_post_chip_measure;
  widget_class->size_allocate = engage_post_chip_size_allocate;
  widget_class->snapshot = engage_post_chip_snapshot;
  widget_class->css_changed = engage_post_chip_css_changed;

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, 0, open_binding_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, 0, open_binding_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_ISO_Enter, 0, open_binding_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_space, 0, open_binding_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Delete, 0, delete_binding_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Delete, 0, delete_binding_cb, NULL);

  gtk_widget_class_set_css_name (widget_class, "post-chip");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
engage_post_chip_init (EngagePostChip *self)
{
  GtkGesture *click;
  GtkDragSource *drag;

  self->tint_alpha = 0.16f;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  self->icon = gtk_image_new ();
  gtk_image_set_pixel_size (GTK_IMAGE (self->icon), ICON_SIZE);
  gtk_widget_add_css_class (self->icon, "status-icon");
  gtk_widget_set_parent (self->icon, GTK_WIDGET (self));

  self->time_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->time_label), 0);
  gtk_label_set_single_line_mode (GTK_LABEL (self->time_label), TRUE);
  gtk_widget_add_css_class (self->time_label, "time");
  gtk_widget_add_css_class (self->time_label, "numeric");
  gtk_widget_set_parent (self->time_label, GTK_WIDGET (self));

  self->title_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->title_label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (self->title_label, "title");
  gtk_widget_set_parent (self->title_label, GTK_WIDGET (self));

  self->badge = gtk_image_new ();
  gtk_image_set_pixel_size (GTK_IMAGE (self->badge), ICON_SIZE);
  gtk_widget_add_css_class (self->badge, "severity-icon");
  gtk_widget_add_css_class (self->badge, "finding-badge");
  gtk_widget_set_visible (self->badge, FALSE);
  gtk_widget_set_parent (self->badge, GTK_WIDGET (self));

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (on_drag_prepare_cb), self);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
}

/* Public API */

static double
relative_luminance (const GdkRGBA *color)
{
  return 0.2126 * color->red + 0.7152 * color->green + 0.0722 * color->blue;
}

/**
 * engage_post_chip_ensure_contrast:
 * @color: (inout): a channel's or pillar's colour
 * @foreground: the text colour of the current style
 *
 * Makes a colour from the project file visible on the current background: a
 * black channel would vanish in the dark style, a white one in the light
 * style. Such a colour is mixed towards the text colour; others stay as
 * they are, so that a channel keeps its colour in both styles.
 */
void
engage_post_chip_ensure_contrast (GdkRGBA       *color,
                                  const GdkRGBA *foreground)
{
  gboolean dark_style;
  double luminance;

  g_return_if_fail (color != NULL && foreground != NULL);

  dark_style = relative_luminance (foreground) > 0.5;
  luminance = relative_luminance (color);

  if ((dark_style && luminance < 0.25) || (!dark_style && luminance > 0.85))
    {
      color->red = 0.45f * color->red + 0.55f * foreground->red;
      color->green = 0.45f * color->green + 0.55f * foreground->green;
      color->blue = 0.45f * color->blue + 0.55f * foreground->blue;
    }
}

/**
 * engage_post_chip_format_tooltip:
 * @post: a post
 * @channel: (nullable): its channel
 * @pillar: (nullable): its pillar
 * @tz: the project's time zone
 *
 * Returns: (transfer full): what a chip's tooltip and screen readers say of a
 *   post: title, channel and time, status and pillar, one per line
 */
char *
engage_post_chip_format_tooltip (EngagePost    *post,
                                 EngageChannel *channel,
                                 EngagePillar  *pillar,
                                 GTimeZone     *tz)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GDateTime *time;

  g_return_val_if_fail (ENGAGE_IS_POST (post), NULL);
  g_return_val_if_fail (tz != NULL, NULL);

  g_string_append (text, get_title (post));
  g_string_append_c (text, '\n');

  if (channel != NULL)
    g_string_append (text, engage_channel_get_name (channel));
  else
    g_string_append (text, _("No channel"));

  time = engage_post_get_scheduled_at (post);
  if (time != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_timezone (time, tz);
      /* Translators: a post's date and time in its tooltip, see the strftime
       * manual; German: "%a, %-d. %b %Y, %H:%M" */
      g_autofree char *when = g_date_time_format (local, _("%a, %-d %b %Y, %H:%M"));

      /* Translators: channel · date and time */
      g_string_append_printf (text, _(" · %s"), when);
    }
  else
    {
      g_string_append_printf (text, _(" · %s"), _("No date"));
    }

  g_string_append_c (text, '\n');
  /* Translators: a post's status in its tooltip */
  g_string_append_printf (text, _("Status: %s"),
                          engage_post_status_get_label (engage_post_get_status (post)));

  if (pillar != NULL)
    {
      g_string_append_c (text, '\n');
      /* Translators: a post's content pillar in its tooltip */
      g_string_append_printf (text, _("Pillar: %s"), engage_pillar_get_name (pillar));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * engage_post_chip_new:
 * @post: the post to show
 * @channel: (nullable): its channel, for the colour and the tooltip
 * @pillar: (nullable): its pillar, for the tooltip
 * @tz: the project's time zone
 * @layout: how much to show
 *
 * Returns: (transfer floating): a new chip
 */
GtkWidget *
engage_post_chip_new (EngagePost           *post,
                      EngageChannel        *channel,
                      EngagePillar         *pillar,
                      GTimeZone            *tz,
                      EngagePostChipLayout  layout)
{
  EngagePostChip *self;
  g_autofree char *time = NULL;
  EngagePostStatus status;

  g_return_val_if_fail (ENGAGE_IS_POST (post), NULL);
  g_return_val_if_fail (channel == NULL || ENGAGE_IS_CHANNEL (channel), NULL);
  g_return_val_if_fail (pillar == NULL || ENGAGE_IS_PILLAR (pillar), NULL);
  g_return_val_if_fail (tz != NULL, NULL);

  self = g_object_new (ENGAGE_TYPE_POST_CHIP, NULL);
  self->post = g_object_ref (post);
  self->layout = layout;
  status = engage_post_get_status (post);

  gtk_widget_add_css_class (GTK_WIDGET (self),
                            layout == ENGAGE_POST_CHIP_COMPACT ? "compact" : "detailed");
  gtk_widget_add_css_class (GTK_WIDGET (self), engage_post_status_to_string (status));

  self->has_color = channel != NULL
                    && engage_channel_get_color (channel) != NULL
                    && gdk_rgba_parse (&self->color, engage_channel_get_color (channel));

  gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), engage_post_status_get_icon_name (status));
  gtk_label_set_label (GTK_LABEL (self->title_label), get_title (post));

  time = format_time (post, tz);
  if (layout == ENGAGE_POST_CHIP_DETAILED)
    {
      g_autofree char *meta = NULL;
      const char *channel_name = channel != NULL ? engage_channel_get_name (channel) : NULL;

      if (time != NULL && channel_name != NULL)
        /* Translators: time · channel, above a post's title in the week view */
        meta = g_strdup_printf (_("%s · %s"), time, channel_name);
      else
        meta = g_strdup (time != NULL ? time : channel_name);

      gtk_label_set_label (GTK_LABEL (self->time_label), meta);
      gtk_label_set_ellipsize (GTK_LABEL (self->time_label), PANGO_ELLIPSIZE_END);
      gtk_label_set_wrap (GTK_LABEL (self->title_label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (self->title_label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (self->title_label), 3);
    }
  else
    {
      gtk_label_set_label (GTK_LABEL (self->time_label), time);
      gtk_label_set_single_line_mode (GTK_LABEL (self->title_label), TRUE);
    }

  self->tooltip = engage_post_chip_format_tooltip (post, channel, pillar, tz);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->tooltip,
                                  -1);

  return GTK_WIDGET (self);
}

/**
 * engage_post_chip_get_post:
 * @self: a chip
 *
 * Returns: (transfer none): the post the chip shows
 */
EngagePost *
engage_post_chip_get_post (EngagePostChip *self)
{
  g_return_val_if_fail (ENGAGE_IS_POST_CHIP (self), NULL);

  return self->post;
}

/**
 * engage_post_chip_set_findings:
 * @self: a chip
 * @severity: the severity of the post's worst finding
 * @messages: (nullable): the post's findings, one a line; %NULL or empty for
 *   a post that keeps the guideline, which removes the badge
 *
 * Shows whether the post breaks the guideline: a badge with the icon of
 * @severity, and @messages below the chip's own tooltip and in what screen
 * readers say of it.
 */
void
engage_post_chip_set_findings (EngagePostChip *self,
                               EngageSeverity  severity,
                               const char     *messages)
{
  gboolean show;
  const char *css_classes[] = { "info", "warning", "error" };

  g_return_if_fail (ENGAGE_IS_POST_CHIP (self));

  show = messages != NULL && messages[0] != '\0';

  if (show)
    {
      g_autofree char *tooltip = NULL;
      const char *label = engage_severity_get_label (severity);

      self->badge_severity = severity;
      gtk_image_set_from_icon_name (GTK_IMAGE (self->badge),
                                    engage_severity_get_icon_name (severity));
      for (guint i = 0; i < G_N_ELEMENTS (css_classes); i++)
        {
          if (i == (guint) severity)
            gtk_widget_add_css_class (self->badge, css_classes[i]);
          else
            gtk_widget_remove_css_class (self->badge, css_classes[i]);
        }

      /* Translators: a chip's tooltip, then the guideline's findings on its
       * post under a heading such as "Warning:" (the worst severity) */
      tooltip = g_strdup_printf (_("%s\n\n%s:\n%s"), self->tooltip, label, messages);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                      -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->badge),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
    }
  else if (gtk_widget_get_visible (self->badge))
    {
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, self->tooltip,
                                      -1);
    }

  if (gtk_widget_get_visible (self->badge) != show)
    {
      gtk_widget_set_visible (self->badge, show);
      gtk_widget_queue_resize (GTK_WIDGET (self));
    }
}

/**
 * engage_post_chip_get_badge_severity:
 * @self: a chip
 * @severity: (out) (optional): the severity the badge shows
 *
 * Returns: whether the chip carries a badge
 */
gboolean
engage_post_chip_get_badge_severity (EngagePostChip *self,
                                     EngageSeverity *severity)
{
  g_return_val_if_fail (ENGAGE_IS_POST_CHIP (self), FALSE);

  if (!gtk_widget_get_visible (self->badge))
    return FALSE;

  if (severity != NULL)
    *severity = self->badge_severity;

  return TRUE;
}
