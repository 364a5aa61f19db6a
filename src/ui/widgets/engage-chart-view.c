/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-chart-view"

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "engage-chart-view-private.h"

#include "engage-chart-export.h"

#include <glib/gi18n.h>

/*
 * One chart of engage-chart-data.h on screen, drawn by the same painters as
 * the exports and the report, with a title row, a "Show as Table" toggle and
 * an export menu.
 *
 * Redraws are cheap because the work is cached in tiers (STYLE.md §7):
 * (1) the decimated series of a line chart, rebuilt when the data or the plot
 * width change; (2) the static frame (grid, axes, labels; the whole picture
 * for the other kinds) as a render node, rebuilt when the size, the theme or
 * the scale change; (3) each snapshot appends the frame node, strokes the
 * cached series and the hover overlay. Pointer motion only moves the hover.
 */

#define PLOT_HEIGHT 320
#define HOVER_DISTANCE 24.0
#define LARGE_WIDTH 1600
#define LARGE_HEIGHT 900

struct _EngageChartView
{
  GtkWidget              parent_instance;

  /* Children */
  GtkWidget             *title_label;
  GtkWidget             *table_button;
  GtkWidget             *export_button;
  GtkWidget             *stack;
  GtkWidget             *plot;
  GtkWidget             *table_scroller;

  /* Owned */
  EngageChart           *chart;
  EngageChartStyle       style;
  GtkNativeDialog       *chooser;

  /* The painters' input without its title: the row above shows it. */
  union {
    EngageLineChartData         line;
    EngageNpsChartData          nps;
    EngageDistributionChartData distribution;
    EngageBarChartData          bar;
    EngageMixChartData          mix;
    EngageProgressBarData       progress;
  } data;

  /* Tier 1: the decimated series, for series_plot */
  EngageLineChartCache  *series_cache;
  EngageChartRect        series_plot;
  int                    series_scale;

  /* Tier 2: the frame, for frame_width × frame_height at frame_scale */
  GskRenderNode         *frame;
  EngageLineChartLayout  layout;
  int                    frame_width;
  int                    frame_height;
  int                    frame_scale;
  guint                  frame_rebuilds;

  /* State */
  gboolean               has_style;
  gboolean               hovering;
  guint                  hover_series;
  gsize                  hover_point;
  EngageChartFileFormat  export_format;
  int                    export_width;
  int                    export_height;
};

G_DEFINE_FINAL_TYPE (EngageChartView, engage_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHART,
  PROP_SHOW_TABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static gboolean
is_line (EngageChartView *self)
{
  return self->chart != NULL && engage_chart_get_kind (self->chart) == ENGAGE_CHART_KIND_LINE;
}

static void
invalidate_series (EngageChartView *self)
{
  g_clear_pointer (&self->series_cache, engage_line_chart_cache_free);
}

static void
invalidate_frame (EngageChartView *self)
{
  g_clear_pointer (&self->frame, gsk_render_node_unref);
}

static void
clear_hover (EngageChartView *self)
{
  if (!self->hovering)
    return;

  self->hovering = FALSE;
  gtk_widget_set_tooltip_text (self->plot, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
copy_data (EngageChartView *self)
{
  memset (&self->data, 0, sizeof self->data);

  if (self->chart == NULL)
    return;

  switch (engage_chart_get_kind (self->chart))
    {
    case ENGAGE_CHART_KIND_LINE:
      self->data.line = *engage_chart_get_line_data (self->chart);
      self->data.line.title = NULL;
      break;
    case ENGAGE_CHART_KIND_NPS:
      self->data.nps = *engage_chart_get_nps_data (self->chart);
      self->data.nps.title = NULL;
      break;
    case ENGAGE_CHART_KIND_DISTRIBUTION:
      self->data.distribution = *engage_chart_get_distribution_data (self->chart);
      self->data.distribution.title = NULL;
      break;
    case ENGAGE_CHART_KIND_BAR:
      self->data.bar = *engage_chart_get_bar_data (self->chart);
      self->data.bar.title = NULL;
      break;
    case ENGAGE_CHART_KIND_MIX:
      self->data.mix = *engage_chart_get_mix_data (self->chart);
      self->data.mix.title = NULL;
      break;
    case ENGAGE_CHART_KIND_PROGRESS:
    default:
      self->data.progress = *engage_chart_get_progress_data (self->chart);
      self->data.progress.title = NULL;
      break;
    }
}

/* The whole chart for kinds without a frame/series split. */
static void
paint_whole (EngageChartView *self,
             cairo_t         *cr,
             double           width,
             double           height)
{
  switch (engage_chart_get_kind (self->chart))
    {
    case ENGAGE_CHART_KIND_LINE:
      engage_line_chart_paint (cr, &self->data.line, &self->style, width, height);
      break;
    case ENGAGE_CHART_KIND_NPS:
      engage_nps_chart_paint (cr, &self->data.nps, &self->style, width, height);
      break;
    case ENGAGE_CHART_KIND_DISTRIBUTION:
      engage_distribution_chart_paint (cr, &self->data.distribution, &self->style, width, height);
      break;
    case ENGAGE_CHART_KIND_BAR:
      engage_bar_chart_paint (cr, &self->data.bar, &self->style, width, height);
      break;
    case ENGAGE_CHART_KIND_MIX:
      engage_mix_chart_paint (cr, &self->data.mix, &self->style, width, height);
      break;
    case ENGAGE_CHART_KIND_PROGRESS:
    default:
      engage_progress_bar_paint (cr, &self->data.progress, &self->style, width, height);
      break;
    }
}

static void
set_rgba (EngageRgba    *dest,
          const GdkRGBA *src,
          double         alpha)
{
  dest->red = src->red;
  dest->green = src->green;
  dest->blue = src->blue;
  dest->alpha = src->alpha * alpha;
}

static void
lookup_color (GtkStyleContext *context,
              const char      *name,
              EngageRgba      *dest)
{
  GdkRGBA rgba;

  if (gtk_style_context_lookup_color (context, name, &rgba))
    set_rgba (dest, &rgba, 1.0);
}

static gboolean
rgba_equal (const EngageRgba *a,
            const EngageRgba *b)
{
  return a->red == b->red && a->green == b->green && a->blue == b->blue && a->alpha == b->alpha;
}

static gboolean
style_equal (const EngageChartStyle *a,
             const EngageChartStyle *b)
{
  const EngageRgba *ca[] = { &a->background, &a->foreground, &a->dim_foreground, &a->grid,
                             &a->accent, &a->success, &a->warning, &a->error,
                             &a->detractor, &a->passive, &a->promoter };
  const EngageRgba *cb[] = { &b->background, &b->foreground, &b->dim_foreground, &b->grid,
                             &b->accent, &b->success, &b->warning, &b->error,
                             &b->detractor, &b->passive, &b->promoter };

  for (guint i = 0; i < G_N_ELEMENTS (ca); i++)
    if (!rgba_equal (ca[i], cb[i]))
      return FALSE;
  for (guint i = 0; i < ENGAGE_CHART_N_SERIES_COLORS; i++)
    if (!rgba_equal (&a->series[i], &b->series[i]))
      return FALSE;

  return g_strcmp0 (a->font_family, b->font_family) == 0 &&
         a->font_size == b->font_size &&
         a->line_width == b->line_width;
}

/* The theme's colours: the light or dark palette as a base, then the named
 * colours of libadwaita, so that a custom or high-contrast theme carries over. */
static void
read_style (EngageChartView  *self,
            EngageChartStyle *style)
{
  GtkWidget *widget = GTK_WIDGET (self);
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  const PangoFontDescription *font;
  double grid_alpha = adw_style_manager_get_high_contrast (manager) ? 0.35 : 0.14;
  GdkRGBA fg, window_bg, card_bg;

  if (adw_style_manager_get_dark (manager))
    engage_chart_style_init_dark (style);
  else
    engage_chart_style_init_print (style);

  gtk_style_context_get_color (context, &fg);
  /* Cards are translucent in the dark style: paint what shows through. */
  if (gtk_style_context_lookup_color (context, "window_bg_color", &window_bg) &&
      gtk_style_context_lookup_color (context, "card_bg_color", &card_bg))
    {
      double a = card_bg.alpha;

      style->background.red = card_bg.red * a + window_bg.red * (1 - a);
      style->background.green = card_bg.green * a + window_bg.green * (1 - a);
      style->background.blue = card_bg.blue * a + window_bg.blue * (1 - a);
      style->background.alpha = 1.0;
    }
  lookup_color (context, "accent_color", &style->accent);
  lookup_color (context, "success_color", &style->success);
  lookup_color (context, "warning_color", &style->warning);
  lookup_color (context, "error_color", &style->error);

  set_rgba (&style->foreground, &fg, 1.0);
  set_rgba (&style->dim_foreground, &fg, 0.7);
  set_rgba (&style->grid, &fg, grid_alpha);

  font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  if (font != NULL && pango_font_description_get_family (font) != NULL)
    {
      g_free (style->font_family);
      style->font_family = g_strdup (pango_font_description_get_family (font));
    }
}

static void
ensure_style (EngageChartView *self)
{
  if (self->has_style)
    return;

  read_style (self, &self->style);
  self->has_style = TRUE;
}

/* Tier 2: grid, axes and labels into a node, and the layout the series and
 * the hover are placed by. */
static void
rebuild_frame (EngageChartView *self,
               int              width,
               int              height,
               int              scale)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  cairo_t *cr;

  invalidate_frame (self);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (is_line (self))
    {
      engage_line_chart_get_layout (cr, &self->data.line, &self->style, width, height, &self->layout);
      engage_line_chart_paint_frame (cr, &self->data.line, &self->style, &self->layout, width, height);
    }
  else
    {
      paint_whole (self, cr, width, height);
    }
  cairo_destroy (cr);

  self->frame = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  self->frame_width = width;
  self->frame_height = height;
  self->frame_scale = scale;
  self->frame_rebuilds++;
}

/* Tier 1: the series decimated for the plot's width in device pixels. */
static void
ensure_series (EngageChartView *self,
               int              scale)
{
  const EngageChartRect *plot = &self->layout.plot;

  if (self->series_cache != NULL &&
      self->series_scale == scale &&
      self->series_plot.x == plot->x && self->series_plot.y == plot->y &&
      self->series_plot.width == plot->width && self->series_plot.height == plot->height)
    return;

  invalidate_series (self);
  self->series_cache = engage_line_chart_cache_new (&self->data.line, &self->layout, scale);
  self->series_plot = *plot;
  self->series_scale = scale;
}

static void
snapshot_plot (EngageChartView *self,
               GtkSnapshot     *snapshot,
               int              width,
               int              height)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  cairo_t *cr;

  ensure_style (self);

  if (self->frame == NULL ||
      self->frame_width != width || self->frame_height != height || self->frame_scale != scale)
    rebuild_frame (self, width, height, scale);

  gtk_snapshot_append_node (snapshot, self->frame);

  if (!is_line (self) || self->layout.empty)
    return;

  ensure_series (self, scale);

  /* Stroked each time from the cached points: a few thousand at most. */
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  engage_line_chart_paint_series (cr, &self->data.line, &self->style, &self->layout, self->series_cache);
  if (self->hovering)
    engage_line_chart_paint_hover (cr, &self->data.line, &self->style, &self->layout,
                                   self->hover_series, self->hover_point);
  cairo_destroy (cr);
}

static void
update_accessible (EngageChartView *self)
{
  g_autofree char *summary = NULL;

  if (self->chart != NULL)
    summary = engage_chart_get_summary (self->chart);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->plot),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, summary != NULL ? summary : "",
                                  -1);
  gtk_widget_set_tooltip_text (self->plot, NULL);
}

static GtkWidget *
create_cell (const char *text,
             gboolean    heading,
             gboolean    numeric)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0f : 0.0f);
  gtk_label_set_selectable (GTK_LABEL (label), !heading);
  gtk_widget_set_focusable (label, FALSE);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");

  return label;
}

/* Built when first shown: most charts are never seen as a table. */
static void
ensure_table (EngageChartView *self)
{
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *grid;

  if (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (self->table_scroller)) != NULL ||
      self->chart == NULL)
    return;

  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_set_margin_top (grid, 6);
  gtk_widget_set_margin_bottom (grid, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, engage_chart_get_title (self->chart),
                                  -1);

  rows = engage_chart_get_table (self->chart);
  for (guint r = 0; r < rows->len; r++)
    {
      GStrv cells = g_ptr_array_index (rows, r);

      for (guint c = 0; cells[c] != NULL; c++)
        {
          /* The first column names the row; the others hold numbers. */
          gboolean numeric = c > 0 && !(is_line (self) && c == 1);

          gtk_grid_attach (GTK_GRID (grid), create_cell (cells[c], r == 0, numeric), c, r, 1, 1);
        }
    }

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->table_scroller), grid);
}

static void
show_error (EngageChartView *self,
            const char      *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Could Not Export Chart"), message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_to (EngageChartView *self,
           GFile           *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  EngageChartStyle style = { 0 };

  if (path == NULL)
    {
      show_error (self, _("Charts can only be exported to a local folder."));
      return;
    }

  engage_chart_export_init_style (&style, self->export_width, self->export_height);
  if (!engage_chart_export (path, self->export_format, self->export_width, self->export_height,
                            &style, engage_chart_paint, self->chart, &error))
    show_error (self, error->message);
  engage_chart_style_clear (&style);
}

/* Callbacks */

static void
on_chooser_response_cb (EngageChartView *self,
                        int              response,
                        GtkNativeDialog *dialog)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  gtk_native_dialog_destroy (dialog);
  if (self->chooser == dialog)
    g_clear_object (&self->chooser);

  if (file != NULL && self->chart != NULL)
    export_to (self, file);
}

static void
on_motion_cb (EngageChartView          *self,
              double                    x,
              double                    y,
              GtkEventControllerMotion *controller)
{
  g_autofree char *text = NULL;
  guint series;
  gsize point;

  if (!is_line (self) || self->frame == NULL || self->layout.empty)
    return;

  if (!engage_line_chart_hit_test (&self->data.line, &self->layout, x, y, HOVER_DISTANCE,
                                   &series, &point))
    {
      clear_hover (self);
      return;
    }

  if (self->hovering && self->hover_series == series && self->hover_point == point)
    return;

  self->hovering = TRUE;
  self->hover_series = series;
  self->hover_point = point;

  text = engage_line_chart_describe_point (&self->data.line, series, point);
  gtk_widget_set_tooltip_text (self->plot, text);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_leave_cb (EngageChartView          *self,
             GtkEventControllerMotion *controller)
{
  clear_hover (self);
}

static void
on_table_toggled_cb (EngageChartView *self,
                     GtkToggleButton *button)
{
  gboolean active = gtk_toggle_button_get_active (button);

  if (active)
    ensure_table (self);

  gtk_stack_set_visible_child (GTK_STACK (self->stack), active ? self->table_scroller : self->plot);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_TABLE]);
}

static void
on_scale_factor_cb (EngageChartView *self)
{
  invalidate_frame (self);
  invalidate_series (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Actions */

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EngageChartView *self = ENGAGE_CHART_VIEW (widget);
  const char *what = g_variant_get_string (parameter, NULL);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  GtkFileChooserNative *native;
  int width = gtk_widget_get_width (self->plot);
  int height = gtk_widget_get_height (self->plot);

  if (self->chart == NULL)
    return;

  if (g_str_has_prefix (what, "svg"))
    self->export_format = ENGAGE_CHART_FILE_SVG;
  else if (g_str_has_prefix (what, "pdf"))
    self->export_format = ENGAGE_CHART_FILE_PDF;
  else
    self->export_format = ENGAGE_CHART_FILE_PNG;

  /* The size on screen, unless asked for a slide's size or the chart is hidden. */
  if (g_str_has_suffix (what, "-large") ||
      width < ENGAGE_CHART_EXPORT_MIN_SIZE || height < ENGAGE_CHART_EXPORT_MIN_SIZE)
    {
      width = LARGE_WIDTH;
      height = LARGE_HEIGHT;
    }
  self->export_width = width;
  self->export_height = height;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);

  native = gtk_file_chooser_native_new (_("Export Chart"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_object (native, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  self->chooser = GTK_NATIVE_DIALOG (native);

  switch (self->export_format)
    {
    case ENGAGE_CHART_FILE_SVG:
      gtk_file_filter_set_name (filter, _("SVG Images"));
      gtk_file_filter_add_mime_type (filter, "image/svg+xml");
      break;
    case ENGAGE_CHART_FILE_PDF:
      gtk_file_filter_set_name (filter, _("PDF Documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      break;
    case ENGAGE_CHART_FILE_PNG:
    default:
      gtk_file_filter_set_name (filter, _("PNG Images"));
      gtk_file_filter_add_mime_type (filter, "image/png");
      break;
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  /* A slash would make the name a folder. */
  title = g_strdup (engage_chart_get_title (self->chart));
  g_strdelimit (title, "/", '-');
  name = g_strdup_printf ("%s.%s", title,
                          engage_chart_file_format_get_extension (self->export_format));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);

  gtk_native_dialog_show (self->chooser);
}

static GMenuModel *
create_export_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) current = g_menu_new ();
  g_autoptr(GMenu) large = g_menu_new ();
  g_autofree char *large_label = NULL;

  g_menu_append (current, _("PNG Image…"), "chart.export::png");
  g_menu_append (current, _("SVG Image…"), "chart.export::svg");
  g_menu_append (current, _("PDF Document…"), "chart.export::pdf");
  g_menu_append_section (menu, _("As Shown"), G_MENU_MODEL (current));

  g_menu_append (large, _("PNG Image…"), "chart.export::png-large");
  g_menu_append (large, _("SVG Image…"), "chart.export::svg-large");
  g_menu_append (large, _("PDF Document…"), "chart.export::pdf-large");
  /* Translators: a section of the chart's export menu: the size of a slide */
  large_label = g_strdup_printf (_("Slide Size (%d × %d)"), LARGE_WIDTH, LARGE_HEIGHT);
  g_menu_append_section (menu, large_label, G_MENU_MODEL (large));

  return G_MENU_MODEL (menu);
}

/* Vfuncs */

static void
engage_chart_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  EngageChartView *self = ENGAGE_CHART_VIEW (widget);
  int width = gtk_widget_get_width (self->plot);
  int height = gtk_widget_get_height (self->plot);
  graphene_rect_t bounds;

  if (self->chart != NULL &&
      gtk_stack_get_visible_child (GTK_STACK (self->stack)) == self->plot &&
      width > 0 && height > 0 &&
      gtk_widget_compute_bounds (self->plot, widget, &bounds))
    {
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &bounds.origin);
      snapshot_plot (self, snapshot, width, height);
      gtk_snapshot_restore (snapshot);
    }

  GTK_WIDGET_CLASS (engage_chart_view_parent_class)->snapshot (widget, snapshot);
}

static void
engage_chart_view_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  EngageChartView *self = ENGAGE_CHART_VIEW (widget);
  EngageChartStyle style = { 0 };

  GTK_WIDGET_CLASS (engage_chart_view_parent_class)->css_changed (widget, change);

  /* A change of state (hover, focus) restyles too; only new colours or fonts
   * make the frame stale. */
  read_style (self, &style);
  if (self->has_style && style_equal (&style, &self->style))
    {
      engage_chart_style_clear (&style);
      return;
    }

  engage_chart_style_clear (&self->style);
  self->style = style;
  self->has_style = TRUE;
  invalidate_frame (self);
  gtk_widget_queue_draw (widget);
}

static void
engage_chart_view_dispose (GObject *object)
{
  EngageChartView *self = ENGAGE_CHART_VIEW (object);
  GtkWidget *child;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  invalidate_frame (self);
  invalidate_series (self);
  g_clear_pointer (&self->chart, engage_chart_unref);

  G_OBJECT_CLASS (engage_chart_view_parent_class)->dispose (object);
}

static void
engage_chart_view_finalize (GObject *object)
{
  EngageChartView *self = ENGAGE_CHART_VIEW (object);

  engage_chart_style_clear (&self->style);

  G_OBJECT_CLASS (engage_chart_view_parent_class)->finalize (object);
}

static void
engage_chart_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  EngageChartView *self = ENGAGE_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_boxed (value, self->chart);
      break;

    case PROP_SHOW_TABLE:
      g_value_set_boolean (value, engage_chart_view_get_show_table (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_chart_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  EngageChartView *self = ENGAGE_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      engage_chart_view_set_chart (self, g_value_get_boxed (value));
      break;

    case PROP_SHOW_TABLE:
      engage_chart_view_set_show_table (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
engage_chart_view_class_init (EngageChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = engage_chart_view_dispose;
  object_class->finalize = engage_chart_view_finalize;
  object_class->get_property = engage_chart_view_get_property;
  object_class->set_property = engage_chart_view_set_property;

  widget_class->snapshot = engage_chart_view_snapshot;
  widget_class->css_changed = engage_chart_view_css_changed;

  /**
   * EngageChartView:chart: (nullable)
   *
   * The chart shown.
   */
  properties[PROP_CHART] =
    g_param_spec_boxed ("chart", NULL, NULL,
                        ENGAGE_TYPE_CHART,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * EngageChartView:show-table:
   *
   * Whether the chart's numbers show as a table instead of the picture.
   */
  properties[PROP_SHOW_TABLE] =
    g_param_spec_boolean ("show-table", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "chart.export", "s", export_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "chartview");
}

static void
engage_chart_view_init (EngageChartView *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  g_autoptr(GMenuModel) menu = create_export_menu ();
  GtkEventController *motion;
  GtkWidget *header;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_parent (header, GTK_WIDGET (self));

  self->title_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title_label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (self->title_label), TRUE);
  gtk_widget_set_hexpand (self->title_label, TRUE);
  gtk_widget_add_css_class (self->title_label, "heading");
  gtk_box_append (GTK_BOX (header), self->title_label);

  self->table_button = gtk_toggle_button_new ();
  gtk_button_set_icon_name (GTK_BUTTON (self->table_button), "view-list-symbolic");
  gtk_widget_set_tooltip_text (self->table_button, _("Show as Table"));
  gtk_widget_set_valign (self->table_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->table_button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->table_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show as Table"),
                                  -1);
  g_signal_connect_object (self->table_button, "toggled",
                           G_CALLBACK (on_table_toggled_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (header), self->table_button);

  self->export_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->export_button), "document-save-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->export_button), menu);
  gtk_widget_set_tooltip_text (self->export_button, _("Export…"));
  gtk_widget_set_valign (self->export_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->export_button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->export_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Export…"),
                                  -1);
  gtk_box_append (GTK_BOX (header), self->export_button);

  self->stack = gtk_stack_new ();
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));

  /* Empty: the view paints the chart where this child sits. */
  self->plot = g_object_new (GTK_TYPE_BOX,
                             "accessible-role", GTK_ACCESSIBLE_ROLE_IMG,
                             "height-request", PLOT_HEIGHT,
                             "width-request", 240,
                             "hexpand", TRUE,
                             "vexpand", TRUE,
                             NULL);
  gtk_stack_add_child (GTK_STACK (self->stack), self->plot);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_object (motion, "motion", G_CALLBACK (on_motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (motion, "leave", G_CALLBACK (on_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->plot, motion);

  self->table_scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->table_scroller),
                                  GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC);
  gtk_stack_add_child (GTK_STACK (self->stack), self->table_scroller);
  gtk_stack_set_visible_child (GTK_STACK (self->stack), self->plot);

  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (on_scale_factor_cb), NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.export", FALSE);
  update_accessible (self);
}

/* Private API */

guint
_engage_chart_view_get_frame_rebuilds (EngageChartView *self)
{
  g_return_val_if_fail (ENGAGE_IS_CHART_VIEW (self), 0);

  return self->frame_rebuilds;
}

GtkWidget *
_engage_chart_view_get_plot (EngageChartView *self)
{
  g_return_val_if_fail (ENGAGE_IS_CHART_VIEW (self), NULL);

  return self->plot;
}

/* Public API */

/**
 * engage_chart_view_new:
 *
 * Returns: (transfer floating): an empty chart view; give it a chart with
 *   engage_chart_view_set_chart()
 */
GtkWidget *
engage_chart_view_new (void)
{
  return g_object_new (ENGAGE_TYPE_CHART_VIEW, NULL);
}

/**
 * engage_chart_view_get_chart:
 *
 * Returns: (transfer none) (nullable): the chart shown
 */
EngageChart *
engage_chart_view_get_chart (EngageChartView *self)
{
  g_return_val_if_fail (ENGAGE_IS_CHART_VIEW (self), NULL);

  return self->chart;
}

/**
 * engage_chart_view_set_chart:
 * @chart: (nullable): a built chart
 *
 * Shows @chart. The view keeps a reference; build a new chart when the data
 * change, the view then rebuilds its caches once.
 */
void
engage_chart_view_set_chart (EngageChartView *self,
                             EngageChart     *chart)
{
  g_return_if_fail (ENGAGE_IS_CHART_VIEW (self));

  if (self->chart == chart)
    return;

  g_clear_pointer (&self->chart, engage_chart_unref);
  if (chart != NULL)
    self->chart = engage_chart_ref (chart);

  copy_data (self);
  invalidate_series (self);
  invalidate_frame (self);
  self->hovering = FALSE;

  gtk_label_set_label (GTK_LABEL (self->title_label),
                       chart != NULL ? engage_chart_get_title (chart) : NULL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->table_scroller), NULL);
  if (engage_chart_view_get_show_table (self))
    ensure_table (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.export", chart != NULL);
  update_accessible (self);

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

/**
 * engage_chart_view_get_show_table:
 *
 * Returns: whether the chart shows as a table
 */
gboolean
engage_chart_view_get_show_table (EngageChartView *self)
{
  g_return_val_if_fail (ENGAGE_IS_CHART_VIEW (self), FALSE);

  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->table_button));
}

/**
 * engage_chart_view_set_show_table:
 * @show_table: %TRUE for the table, %FALSE for the picture
 *
 * Shows the chart's numbers as a table, or the chart again.
 */
void
engage_chart_view_set_show_table (EngageChartView *self,
                                  gboolean         show_table)
{
  g_return_if_fail (ENGAGE_IS_CHART_VIEW (self));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->table_button), show_table);
}
