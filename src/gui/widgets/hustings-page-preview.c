/* hustings-page-preview.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-page-preview"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-page-preview.h"

/* Room around the page on screen, in pixels. */
#define PAGE_MARGIN 24

struct _HustingsPagePreview
{
  GtkDrawingArea               parent_instance;

  /* owned */
  GSimpleActionGroup          *actions;
  HustingsPagePreviewDrawFunc  draw;
  gpointer                     draw_data;
  GDestroyNotify               draw_destroy;

  guint                        n_pages;
  guint                        page;
  double                       paper_width;    /* points */
  double                       paper_height;
};

G_DEFINE_FINAL_TYPE (HustingsPagePreview, hustings_page_preview, GTK_TYPE_DRAWING_AREA)

enum {
  PROP_0,
  PROP_N_PAGES,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
enable_action (HustingsPagePreview *self,
               const char          *name,
               gboolean             enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
update_actions (HustingsPagePreview *self)
{
  gboolean back = self->page > 0;
  gboolean on = self->page + 1 < self->n_pages;

  enable_action (self, "previous-page", back);
  enable_action (self, "next-page", on);
  enable_action (self, "first-page", back);
  enable_action (self, "last-page", on);
}

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  HustingsPagePreview *self = HUSTINGS_PAGE_PREVIEW (area);
  double scale, x, y;

  if (self->n_pages == 0 || self->draw == NULL || self->paper_width <= 0
      || self->paper_height <= 0)
    return;
  scale = MIN ((width - 2.0 * PAGE_MARGIN) / self->paper_width,
               (height - 2.0 * PAGE_MARGIN) / self->paper_height);
  if (scale <= 0)
    return;
  x = (width - self->paper_width * scale) / 2;
  y = (height - self->paper_height * scale) / 2;

  /* The sheet, with a soft shadow */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.18);
  cairo_rectangle (cr, x + 2, y + 3, self->paper_width * scale, self->paper_height * scale);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, self->paper_width * scale, self->paper_height * scale);
  cairo_fill (cr);

  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  self->draw (cr, self->page, self->paper_width, self->paper_height, self->draw_data);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           HustingsPagePreview      *self)
{
  if (dy > 0 && self->page + 1 < self->n_pages)
    hustings_page_preview_set_page (self, self->page + 1);
  else if (dy < 0 && self->page > 0)
    hustings_page_preview_set_page (self, self->page - 1);
  return TRUE;
}

static void
previous_page_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  HustingsPagePreview *self = user_data;

  if (self->page > 0)
    hustings_page_preview_set_page (self, self->page - 1);
}

static void
next_page_cb (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  HustingsPagePreview *self = user_data;

  hustings_page_preview_set_page (self, self->page + 1);
}

static void
first_page_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  hustings_page_preview_set_page (user_data, 0);
}

static void
last_page_cb (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  HustingsPagePreview *self = user_data;

  hustings_page_preview_set_page (self, self->n_pages > 0 ? self->n_pages - 1 : 0);
}

static void
hustings_page_preview_finalize (GObject *object)
{
  HustingsPagePreview *self = HUSTINGS_PAGE_PREVIEW (object);

  if (self->draw_destroy != NULL)
    self->draw_destroy (self->draw_data);
  g_clear_object (&self->actions);
  G_OBJECT_CLASS (hustings_page_preview_parent_class)->finalize (object);
}

static void
hustings_page_preview_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HustingsPagePreview *self = HUSTINGS_PAGE_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_N_PAGES:
      g_value_set_uint (value, self->n_pages);
      break;
    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_page_preview_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HustingsPagePreview *self = HUSTINGS_PAGE_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_N_PAGES:
      hustings_page_preview_set_n_pages (self, g_value_get_uint (value));
      break;
    case PROP_PAGE:
      hustings_page_preview_set_page (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_page_preview_class_init (HustingsPagePreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = hustings_page_preview_finalize;
  object_class->get_property = hustings_page_preview_get_property;
  object_class->set_property = hustings_page_preview_set_property;

  properties[PROP_N_PAGES] = g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_PAGE] = g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hustings_page_preview_init (HustingsPagePreview *self)
{
  static const GActionEntry entries[] = {
    { "previous-page", previous_page_cb },
    { "next-page", next_page_cb },
    { "first-page", first_page_cb },
    { "last-page", last_page_cb },
  };
  static const struct {
    guint            key;
    GdkModifierType  modifiers;
    const char      *action;
  } keys[] = {
    { GDK_KEY_Page_Up, 0, "preview.previous-page" },
    { GDK_KEY_Page_Down, 0, "preview.next-page" },
    { GDK_KEY_Home, GDK_CONTROL_MASK, "preview.first-page" },
    { GDK_KEY_End, GDK_CONTROL_MASK, "preview.last-page" },
  };
  GtkEventController *scroll;
  GtkEventController *shortcuts;

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries,
                                   G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "preview", G_ACTION_GROUP (self->actions));
  update_actions (self);

  /* The keys turn the pages wherever the focus is in the window. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                     GTK_SHORTCUT_SCOPE_GLOBAL);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcutTrigger *trigger = gtk_keyval_trigger_new (keys[i].key, keys[i].modifiers);

      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                            gtk_shortcut_new (trigger,
                                                              gtk_named_action_new (keys[i].action)));
    }
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                            GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self), draw_cb, NULL, NULL);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "print-preview");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Page Preview"), -1);
}

GtkWidget *
hustings_page_preview_new (void)
{
  return g_object_new (HUSTINGS_TYPE_PAGE_PREVIEW, NULL);
}

guint
hustings_page_preview_get_n_pages (HustingsPagePreview *self)
{
  g_return_val_if_fail (HUSTINGS_IS_PAGE_PREVIEW (self), 0);

  return self->n_pages;
}

/* A new document: its first page shown. */
void
hustings_page_preview_set_n_pages (HustingsPagePreview *self,
                                   guint                n_pages)
{
  g_return_if_fail (HUSTINGS_IS_PAGE_PREVIEW (self));

  self->n_pages = n_pages;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
  hustings_page_preview_set_page (self, 0);
}

guint
hustings_page_preview_get_page (HustingsPagePreview *self)
{
  g_return_val_if_fail (HUSTINGS_IS_PAGE_PREVIEW (self), 0);

  return self->page;
}

/* That page, or the nearest there is. */
void
hustings_page_preview_set_page (HustingsPagePreview *self,
                                guint                page)
{
  g_return_if_fail (HUSTINGS_IS_PAGE_PREVIEW (self));

  self->page = self->n_pages > 0 ? MIN (page, self->n_pages - 1) : 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

void
hustings_page_preview_set_paper_size (HustingsPagePreview *self,
                                      double               width,
                                      double               height)
{
  g_return_if_fail (HUSTINGS_IS_PAGE_PREVIEW (self));

  self->paper_width = width;
  self->paper_height = height;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
hustings_page_preview_set_draw_func (HustingsPagePreview         *self,
                                     HustingsPagePreviewDrawFunc  draw,
                                     gpointer                     data,
                                     GDestroyNotify               destroy)
{
  g_return_if_fail (HUSTINGS_IS_PAGE_PREVIEW (self));

  if (self->draw_destroy != NULL)
    self->draw_destroy (self->draw_data);
  self->draw = draw;
  self->draw_data = data;
  self->draw_destroy = destroy;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

GActionGroup *
hustings_page_preview_get_actions (HustingsPagePreview *self)
{
  g_return_val_if_fail (HUSTINGS_IS_PAGE_PREVIEW (self), NULL);

  return G_ACTION_GROUP (self->actions);
}
