/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-screenshot"

#include "config.h"

#include <stdlib.h>

#include "engage-screenshot.h"

#include <glib/gi18n.h>

/*
 * Screenshots for the help pages, the metainfo and reviews, rendered in the
 * process itself: the window's paintable is snapshotted into a render node, the
 * window's own renderer turns it into a texture, and that is saved as PNG. This
 * needs no compositor and no screen grabbing, and gives the same pixels under
 * Xvfb as on a desktop with the same renderer.
 */

/* Frames and time to let pass before rendering: the first frames may still lay
 * out text and load icons, and transitions (crossfades, the view switcher) last
 * a few hundred milliseconds. */
#define N_FRAMES 3
#define MIN_DELAY_USEC (600 * G_TIME_SPAN_MILLISECOND)
/* When the frame clock stays idle (nothing to redraw), render anyway after this. */
#define TIMEOUT_MS 5000

typedef struct
{
  GtkWidget     *widget;
  GFile         *file;
  GdkFrameClock *frame_clock;
  gulong         map_id;
  gulong         after_paint_id;
  guint          timeout_id;
  guint          idle_id;
  guint          n_frames;
  gint64         start_time;
} Shot;

static void
shot_free (Shot *shot)
{
  if (shot->frame_clock != NULL)
    g_clear_signal_handler (&shot->after_paint_id, shot->frame_clock);
  g_clear_signal_handler (&shot->map_id, shot->widget);
  g_clear_handle_id (&shot->timeout_id, g_source_remove);
  g_clear_handle_id (&shot->idle_id, g_source_remove);
  g_clear_object (&shot->frame_clock);
  g_clear_object (&shot->widget);
  g_clear_object (&shot->file);
  g_free (shot);
}

/**
 * engage_screenshot_parse_size:
 * @text: a size as "WIDTHxHEIGHT", e.g. "1280x800"
 * @width: (out): the width
 * @height: (out): the height
 *
 * Returns: whether @text is a size between 200×200 and 8000×8000
 */
gboolean
engage_screenshot_parse_size (const char *text,
                              int        *width,
                              int        *height)
{
  g_auto(GStrv) parts = NULL;
  gint64 w, h;

  g_return_val_if_fail (width != NULL && height != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  parts = g_strsplit_set (text, "xX", -1);
  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_signed (parts[0], 10, 200, 8000, &w, NULL) ||
      !g_ascii_string_to_signed (parts[1], 10, 200, 8000, &h, NULL))
    return FALSE;

  *width = w;
  *height = h;

  return TRUE;
}

/**
 * engage_screenshot_save:
 * @widget: a realized widget, usually a window
 * @file: a local PNG file to write
 * @error: return location for a #GError
 *
 * Renders @widget as it is now and writes it to @file.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
engage_screenshot_save (GtkWidget  *widget,
                        GFile      *file,
                        GError    **error)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *name = NULL;
  GtkSnapshot *snapshot;
  GskRenderer *renderer;
  GtkNative *native;
  const char *path;
  int width, height;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_parse_name (file);
  path = g_file_peek_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is not a local file."), name);
      return FALSE;
    }

  native = gtk_widget_get_native (widget);
  renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;
  if (renderer == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The window was not shown, so there is nothing to write to “%s”."), name);
      return FALSE;
    }

  paintable = gtk_widget_paintable_new (widget);
  width = gdk_paintable_get_intrinsic_width (paintable);
  height = gdk_paintable_get_intrinsic_height (paintable);

  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (snapshot);

  if (node == NULL || width <= 0 || height <= 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The window is empty, so there is nothing to write to “%s”."), name);
      return FALSE;
    }

  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("“%s” cannot be written."), name);
      return FALSE;
    }

  return TRUE;
}

static gboolean
render_cb (gpointer user_data)
{
  GTask *task = user_data;
  Shot *shot = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  shot->idle_id = 0;
  g_clear_handle_id (&shot->timeout_id, g_source_remove);
  g_clear_signal_handler (&shot->after_paint_id, shot->frame_clock);

  if (!g_task_return_error_if_cancelled (task))
    {
      if (engage_screenshot_save (shot->widget, shot->file, &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, g_steal_pointer (&error));
    }

  g_object_unref (task);

  return G_SOURCE_REMOVE;
}

static void
schedule_render (GTask *task)
{
  Shot *shot = g_task_get_task_data (task);

  /* Render outside the frame cycle, once. */
  if (shot->idle_id == 0)
    shot->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, render_cb, task, NULL);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  GTask *task = user_data;
  Shot *shot = g_task_get_task_data (task);

  shot->timeout_id = 0;
  schedule_render (task);

  return G_SOURCE_REMOVE;
}

static void
on_frame_clock_after_paint_cb (GdkFrameClock *frame_clock,
                               GTask         *task)
{
  Shot *shot = g_task_get_task_data (task);

  if (++shot->n_frames >= N_FRAMES &&
      g_get_monotonic_time () - shot->start_time >= MIN_DELAY_USEC)
    schedule_render (task);
  else
    gtk_widget_queue_draw (shot->widget);
}

static void
start (GTask *task)
{
  Shot *shot = g_task_get_task_data (task);
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (shot->widget);

  shot->start_time = g_get_monotonic_time ();
  shot->timeout_id = g_timeout_add (TIMEOUT_MS, on_timeout_cb, task);

  if (frame_clock == NULL)
    return;

  shot->frame_clock = g_object_ref (frame_clock);
  shot->after_paint_id = g_signal_connect (frame_clock, "after-paint",
                                           G_CALLBACK (on_frame_clock_after_paint_cb), task);
  gtk_widget_queue_draw (shot->widget);
}

static void
on_widget_map_cb (GtkWidget *widget,
                  GTask     *task)
{
  Shot *shot = g_task_get_task_data (task);

  g_clear_signal_handler (&shot->map_id, shot->widget);
  start (task);
}

/**
 * engage_screenshot_take_async:
 * @widget: a widget, usually a window about to be presented
 * @file: a local PNG file to write
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the file is written or failed
 * @user_data: data for @callback
 *
 * Waits until @widget is shown and a few frames were drawn (or, if nothing
 * redraws, a few seconds have passed), then renders it to @file.
 */
void
engage_screenshot_take_async (GtkWidget           *widget,
                              GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Shot *shot;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (widget, cancellable, callback, user_data);
  g_task_set_source_tag (task, engage_screenshot_take_async);

  shot = g_new0 (Shot, 1);
  shot->widget = g_object_ref (widget);
  shot->file = g_object_ref (file);
  g_task_set_task_data (task, shot, (GDestroyNotify) shot_free);

  /* The pipeline holds the task until it returns. */
  if (gtk_widget_get_mapped (widget))
    start (g_object_ref (task));
  else
    shot->map_id = g_signal_connect (widget, "map", G_CALLBACK (on_widget_map_cb),
                                     g_object_ref (task));
}

/**
 * engage_screenshot_take_finish:
 * @widget: the widget
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the screenshot was written
 */
gboolean
engage_screenshot_take_finish (GtkWidget     *widget,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, widget), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
