/* hustings-column-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-column-view"

#include "hustings-column-view.h"

/* Two objects that never appear in a list. A column's sorter records its key when it is asked
 * to compare them, and always calls the first smaller, so the view's sorter stops at the
 * primary column and inverts the answer when that column is descending. */
static GObject *probe_a;
static GObject *probe_b;
static int      probed_key = -1;

static void
ensure_probes (void)
{
  if (probe_a == NULL)
    {
      probe_a = g_object_new (G_TYPE_OBJECT, NULL);
      probe_b = g_object_new (G_TYPE_OBJECT, NULL);
    }
}

static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  if (a == (gconstpointer) probe_a && b == (gconstpointer) probe_b)
    {
      probed_key = GPOINTER_TO_INT (user_data);
      return GTK_ORDERING_SMALLER;
    }

  return GTK_ORDERING_EQUAL;
}

void
hustings_column_view_set_sort_key (GtkColumnViewColumn *column,
                                   int                  key)
{
  g_autoptr(GtkCustomSorter) sorter = NULL;

  g_return_if_fail (GTK_IS_COLUMN_VIEW_COLUMN (column));
  g_return_if_fail (key >= 0);

  sorter = gtk_custom_sorter_new (probe_compare, GINT_TO_POINTER (key), NULL);
  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
}

gboolean
hustings_column_view_get_sort (GtkColumnView *view,
                               int           *out_key,
                               gboolean      *out_descending)
{
  GtkSorter *sorter;
  GtkOrdering order;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), FALSE);

  ensure_probes ();
  sorter = gtk_column_view_get_sorter (view);
  probed_key = -1;
  order = gtk_sorter_compare (sorter, probe_a, probe_b);
  if (order == GTK_ORDERING_EQUAL || probed_key < 0)
    return FALSE;

  *out_key = probed_key;
  *out_descending = order == GTK_ORDERING_LARGER;
  return TRUE;
}

void
hustings_column_view_scroll_to (GtkColumnView *view,
                                guint          position)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  /* GTK 4.8 has no gtk_column_view_scroll_to(); its inner list view has the action. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        {
          gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
          return;
        }
    }
}

typedef struct {
  char     *property;
  int       nat_chars;
  gboolean  numeric;
} TextCells;

static void
text_cells_free (gpointer data)
{
  TextCells *cells = data;

  g_free (cells->property);
  g_free (cells);
}

static void
text_cell_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    TextCells                *cells)
{
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (label), cells->nat_chars);
  if (cells->numeric)
    {
      gtk_inscription_set_xalign (GTK_INSCRIPTION (label), 1.0);
      gtk_widget_add_css_class (label, "numeric");
    }
  gtk_list_item_set_child (list_item, label);
}

static void
text_cell_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   TextCells                *cells)
{
  g_autofree char *text = NULL;

  g_object_get (gtk_list_item_get_item (list_item), cells->property, &text, NULL);
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (list_item)), text);
}

void
hustings_column_view_set_text_cells (GtkColumnViewColumn *column,
                                     const char          *property,
                                     int                  nat_chars,
                                     gboolean             numeric)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  TextCells *cells = g_new0 (TextCells, 1);

  cells->property = g_strdup (property);
  cells->nat_chars = nat_chars;
  cells->numeric = numeric;
  g_signal_connect_data (factory, "setup", G_CALLBACK (text_cell_setup_cb), cells,
                         (GClosureNotify) (void (*) (void)) text_cells_free, 0);
  g_signal_connect (factory, "bind", G_CALLBACK (text_cell_bind_cb), cells);
  gtk_column_view_column_set_factory (column, factory);
}
