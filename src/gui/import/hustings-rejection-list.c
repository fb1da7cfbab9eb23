/* hustings-rejection-list.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-rejection-list"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-rejection-list.h"

/* One row of the list. */
#define HUSTINGS_TYPE_REJECTION_ITEM (hustings_rejection_item_get_type ())
G_DECLARE_FINAL_TYPE (HustingsRejectionItem, hustings_rejection_item, HUSTINGS, REJECTION_ITEM,
                      GObject)

struct _HustingsRejectionItem
{
  GObject  parent_instance;

  char    *line_text;  /* "Line 1,204" */
  char    *reason;
};

G_DEFINE_FINAL_TYPE (HustingsRejectionItem, hustings_rejection_item, G_TYPE_OBJECT)

static void
hustings_rejection_item_finalize (GObject *object)
{
  HustingsRejectionItem *self = HUSTINGS_REJECTION_ITEM (object);

  g_free (self->line_text);
  g_free (self->reason);

  G_OBJECT_CLASS (hustings_rejection_item_parent_class)->finalize (object);
}

static void
hustings_rejection_item_class_init (HustingsRejectionItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hustings_rejection_item_finalize;
}

static void
hustings_rejection_item_init (HustingsRejectionItem *self)
{
}

static HustingsRejectionItem *
hustings_rejection_item_new (const HustingsImportRejection *rejection)
{
  HustingsRejectionItem *self = g_object_new (HUSTINGS_TYPE_REJECTION_ITEM, NULL);
  g_autofree char *line = g_strdup_printf ("%'" G_GUINT64_FORMAT, rejection->line);

  /* Translators: where a row is in the file imported, "Line 1,204" */
  self->line_text = g_strdup_printf (_("Line %s"), line);
  self->reason = g_strdup (rejection->reason);
  return self;
}

struct _HustingsRejectionList
{
  AdwBin       parent_instance;

  /* template widgets */
  GtkListView *list_view;

  /* owned */
  GListStore  *rows;
};

G_DEFINE_FINAL_TYPE (HustingsRejectionList, hustings_rejection_list, ADW_TYPE_BIN)

/* A row: the line, then the reason, which wraps: it is a sentence, and all of it matters. */
static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *line = gtk_label_new (NULL);
  GtkWidget *reason = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (line), 0.0);
  gtk_label_set_yalign (GTK_LABEL (line), 0.0);
  gtk_label_set_width_chars (GTK_LABEL (line), 10);
  gtk_widget_add_css_class (line, "numeric");
  gtk_widget_add_css_class (line, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (reason), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (reason), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (reason), 0.0);
  gtk_widget_set_hexpand (reason, TRUE);
  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (GTK_BOX (box), reason);
  gtk_list_item_set_child (list_item, box);
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  HustingsRejectionItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *line = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));

  gtk_label_set_text (GTK_LABEL (line), item->line_text);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_next_sibling (line)), item->reason);
}

static void
hustings_rejection_list_dispose (GObject *object)
{
  HustingsRejectionList *self = HUSTINGS_REJECTION_LIST (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_REJECTION_LIST);
  g_clear_object (&self->rows);

  G_OBJECT_CLASS (hustings_rejection_list_parent_class)->dispose (object);
}

static void
hustings_rejection_list_class_init (HustingsRejectionListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_rejection_list_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-rejection-list.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsRejectionList, list_view);
}

static void
hustings_rejection_list_init (HustingsRejectionList *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_list_store_new (HUSTINGS_TYPE_REJECTION_ITEM);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  g_signal_connect (factory, "setup", G_CALLBACK (row_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
}
void
hustings_rejection_list_set_rejections (HustingsRejectionList *self,
                                        GPtrArray             *rejections)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (HUSTINGS_IS_REJECTION_LIST (self));

  for (guint i = 0; rejections != NULL && i < rejections->len; i++)
    g_ptr_array_add (items, hustings_rejection_item_new (g_ptr_array_index (rejections, i)));

  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       items->pdata, items->len);
}

guint
hustings_rejection_list_get_n_rows (HustingsRejectionList *self)
{
  g_return_val_if_fail (HUSTINGS_IS_REJECTION_LIST (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->rows));
}
