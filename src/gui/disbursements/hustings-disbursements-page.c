/* hustings-disbursements-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-disbursements-page"

#include "config.h"

#include <glib/gi18n.h>

#include "widgets/hustings-date-entry.h"
#include "hustings-column-view.h"
#include "hustings-split-model.h"
#include "hustings-disbursement-dialog.h"
#include "hustings-window.h"

#include "hustings-disbursements-page.h"

struct _HustingsDisbursementsPage
{
  AdwBin                    parent_instance;

  /* template widgets */
  GtkSearchEntry           *search_entry;
  HustingsDateEntry        *from_entry;
  HustingsDateEntry        *to_entry;
  GtkStack                 *list_stack;
  AdwStatusPage            *empty_status;
  GtkColumnView            *column_view;
  GtkColumnViewColumn      *date_column;
  GtkColumnViewColumn      *payee_column;
  GtkColumnViewColumn      *purpose_column;
  GtkColumnViewColumn      *category_column;
  GtkColumnViewColumn      *line_column;
  GtkColumnViewColumn      *amount_column;
  GtkLabel                 *footer_label;

  /* owned */
  HustingsCommitteeFile    *file;
  HustingsDisbursementList *list;
  GtkSingleSelection       *selection;
};

G_DEFINE_FINAL_TYPE (HustingsDisbursementsPage, hustings_disbursements_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A disbursement deleted with the chance to undo: hidden from the list until the toast goes
 * away, then deleted from the file. */
typedef struct
{
  HustingsCommitteeFile    *file;
  HustingsDisbursementList *list;
  gint64                    id;
} PendingDelete;

static void
pending_delete_free (gpointer data)
{
  PendingDelete *pending = data;

  g_object_unref (pending->file);
  g_object_unref (pending->list);
  g_free (pending);
}

static gboolean
pending_delete_undo (gpointer   data,
                     GError   **error)
{
  PendingDelete *pending = data;

  hustings_disbursement_list_unhide (pending->list, pending->id);
  return TRUE;
}

static gboolean
pending_delete_commit (gpointer   data,
                       GError   **error)
{
  PendingDelete *pending = data;
  gboolean deleted = hustings_disbursement_store_delete (pending->file, pending->id, error);

  /* Deleted or not, the row is no longer to be hidden: gone from the file, or back. */
  hustings_disbursement_list_unhide (pending->list, pending->id);
  return deleted;
}

static gboolean
filtered (HustingsDisbursementsPage *self)
{
  return *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0'
         || hustings_date_entry_get_date (self->from_entry) != NULL
         || hustings_date_entry_get_date (self->to_entry) != NULL;
}

static void
update_footer (HustingsDisbursementsPage *self)
{
  gint64 count = self->list ? hustings_disbursement_list_get_count (self->list) : 0;
  gint64 total = self->list ? hustings_disbursement_list_get_total (self->list) : 0;
  g_autofree char *amount = hustings_money_format (total);
  g_autofree char *text = NULL;

  /* Translators: "212 disbursements · $84,310.00 paid" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%'" G_GINT64_FORMAT " disbursement · %s paid",
                                       "%'" G_GINT64_FORMAT " disbursements · %s paid", count),
                          count, amount);
  gtk_label_set_text (self->footer_label, text);
}

static void
items_changed_cb (HustingsDisbursementsPage *self)
{
  guint n = self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  gboolean narrowed = filtered (self);

  if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    gtk_stack_set_visible_child_name (self->list_stack, "no-results");
  else
    {
      adw_status_page_set_title (self->empty_status,
                                 narrowed ? _("No Disbursements in This Period")
                                          : _("No Disbursements Yet"));
      adw_status_page_set_description (self->empty_status,
                                       narrowed
                                       ? _("Choose other dates, or record a disbursement.")
                                       : _("Record what the campaign pays out — rent, payroll, "
                                           "printing, ads — or import it from a spreadsheet."));
      gtk_stack_set_visible_child_name (self->list_stack, "empty");
    }
}

static void
apply_sort (HustingsDisbursementsPage *self)
{
  int key = HUSTINGS_DISBURSEMENT_SORT_DATE;
  gboolean descending = TRUE;

  if (self->list == NULL)
    return;

  /* Newest first when no header asks otherwise. */
  hustings_column_view_get_sort (self->column_view, &key, &descending);
  hustings_disbursement_list_set_sort (self->list, key, descending);
}

static void
range_changed_cb (HustingsDisbursementsPage *self)
{
  if (self->list == NULL)
    return;

  hustings_disbursement_list_set_range (self->list,
                                        hustings_date_entry_get_date (self->from_entry),
                                        hustings_date_entry_get_date (self->to_entry));
  items_changed_cb (self);
}

static void
search_changed_cb (HustingsDisbursementsPage *self)
{
  if (self->list == NULL)
    return;

  hustings_disbursement_list_set_search (self->list,
                                         gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  items_changed_cb (self);
}

static void
stop_search_cb (HustingsDisbursementsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
range_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HustingsDisbursementsPage *self = HUSTINGS_DISBURSEMENTS_PAGE (widget);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  hustings_date_range_named (g_variant_get_string (parameter, NULL), &from, &to);
  hustings_date_entry_set_date (self->from_entry, from);
  hustings_date_entry_set_date (self->to_entry, to);
}

static void
column_view_activate_cb (HustingsDisbursementsPage *self,
                         guint                      position)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GError) error = NULL;
  HustingsDisbursementDialog *dialog;

  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->list)))
    return;

  dialog = hustings_disbursement_dialog_new_edit (GTK_WINDOW (root), self->file,
                                                  hustings_disbursement_list_get_id (self->list,
                                                                                     position),
                                                  &error);
  if (dialog == NULL)
    {
      hustings_window_show_toast (HUSTINGS_WINDOW (root), error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Amount cells: right-aligned figures; a memo entry's dimmed, for it is not in the total. */
static void
amount_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item)
{
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), 1.0);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), 12);
  gtk_widget_add_css_class (cell, "numeric");
  gtk_list_item_set_child (list_item, cell);
}

static void
amount_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item)
{
  HustingsDisbursement *disbursement = gtk_list_item_get_item (list_item);
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  g_autofree char *text = hustings_money_format (hustings_disbursement_get_amount (disbursement));
  gboolean memo = hustings_disbursement_get_memo_entry (disbursement);

  gtk_inscription_set_text (GTK_INSCRIPTION (cell), text);
  if (memo)
    gtk_widget_add_css_class (cell, "dim-label");
  else
    gtk_widget_remove_css_class (cell, "dim-label");
  gtk_widget_set_tooltip_text (cell, memo ? _("Memo entry: itemized, not added into the total")
                                          : NULL);
}

static void
hustings_disbursements_page_dispose (GObject *object)
{
  HustingsDisbursementsPage *self = HUSTINGS_DISBURSEMENTS_PAGE (object);

  hustings_disbursements_page_set_file (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_DISBURSEMENTS_PAGE);

  G_OBJECT_CLASS (hustings_disbursements_page_parent_class)->dispose (object);
}

static void
hustings_disbursements_page_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  HustingsDisbursementsPage *self = HUSTINGS_DISBURSEMENTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_disbursements_page_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  HustingsDisbursementsPage *self = HUSTINGS_DISBURSEMENTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      hustings_disbursements_page_set_file (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_disbursements_page_class_init (HustingsDisbursementsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_disbursements_page_dispose;
  object_class->get_property = hustings_disbursements_page_get_property;
  object_class->set_property = hustings_disbursements_page_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, HUSTINGS_TYPE_COMMITTEE_FILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HUSTINGS_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-disbursements-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementsPage, from_entry);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementsPage, to_entry);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementsPage, empty_status);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementsPage, date_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementsPage, payee_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementsPage,
                                        purpose_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementsPage,
                                        category_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementsPage, line_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementsPage, amount_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementsPage, footer_label);
  gtk_widget_class_bind_template_callback (widget_class, range_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_install_action (widget_class, "disbursements.range", "s", range_action);
}

static void
hustings_disbursements_page_init (HustingsDisbursementsPage *self)
{
  g_autoptr(GtkListItemFactory) amounts = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  hustings_column_view_set_text_cells (self->date_column, "date-text", 12, FALSE);
  hustings_column_view_set_text_cells (self->payee_column, "payee-name", 22, FALSE);
  hustings_column_view_set_text_cells (self->purpose_column, "purpose", 22, FALSE);
  hustings_column_view_set_text_cells (self->category_column, "category-text", 22, FALSE);
  hustings_column_view_set_text_cells (self->line_column, "line-text", 24, FALSE);
  g_signal_connect (amounts, "setup", G_CALLBACK (amount_setup_cb), NULL);
  g_signal_connect (amounts, "bind", G_CALLBACK (amount_bind_cb), NULL);
  gtk_column_view_column_set_factory (self->amount_column, amounts);

  hustings_column_view_set_sort_key (self->date_column, HUSTINGS_DISBURSEMENT_SORT_DATE);
  hustings_column_view_set_sort_key (self->payee_column, HUSTINGS_DISBURSEMENT_SORT_PAYEE);
  hustings_column_view_set_sort_key (self->amount_column, HUSTINGS_DISBURSEMENT_SORT_AMOUNT);
  gtk_column_view_sort_by_column (self->column_view, self->date_column, GTK_SORT_DESCENDING);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (apply_sort), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->column_view, "activate", G_CALLBACK (column_view_activate_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));

  items_changed_cb (self);
  update_footer (self);
}

void
hustings_disbursements_page_set_file (HustingsDisbursementsPage *self,
                                      HustingsCommitteeFile     *file)
{
  g_return_if_fail (HUSTINGS_IS_DISBURSEMENTS_PAGE (self));
  g_return_if_fail (file == NULL || HUSTINGS_IS_COMMITTEE_FILE (file));

  if (self->file == file)
    return;

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_set_object (&self->file, file);
  /* Another file: its own search. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");

  if (file != NULL)
    {
      self->list = hustings_disbursement_list_new (file);
      self->selection = gtk_single_selection_new (
        G_LIST_MODEL (hustings_split_model_new (g_object_ref (G_LIST_MODEL (self->list)))));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      range_changed_cb (self);
      apply_sort (self);
      g_signal_connect_object (self->list, "items-changed", G_CALLBACK (items_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->list, "notify::total", G_CALLBACK (update_footer), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->list, "notify::count", G_CALLBACK (update_footer), self,
                               G_CONNECT_SWAPPED);
      gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
    }

  items_changed_cb (self);
  update_footer (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

void
hustings_disbursements_page_delete_selected (HustingsDisbursementsPage *self)
{
  HustingsDisbursement *selected;
  g_autofree char *amount = NULL;
  g_autofree char *title = NULL;
  PendingDelete *pending;

  g_return_if_fail (HUSTINGS_IS_DISBURSEMENTS_PAGE (self));

  if (self->selection == NULL
      || (selected = gtk_single_selection_get_selected_item (self->selection)) == NULL)
    return;

  pending = g_new0 (PendingDelete, 1);
  pending->file = g_object_ref (self->file);
  pending->list = g_object_ref (self->list);
  pending->id = hustings_disbursement_get_id (selected);
  amount = hustings_money_format (hustings_disbursement_get_amount (selected));
  /* Translators: "Deleted $1,250.00 to Foothill Printing Co." */
  title = g_strdup_printf (_("Deleted %s to %s"), amount,
                           hustings_disbursement_get_payee_name (selected));
  hustings_disbursement_list_hide (self->list, pending->id);
  hustings_window_push_undo (HUSTINGS_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), title,
                             pending_delete_undo, pending_delete_commit, pending,
                             pending_delete_free);
}

void
hustings_disbursements_page_focus_search (HustingsDisbursementsPage *self)
{
  g_return_if_fail (HUSTINGS_IS_DISBURSEMENTS_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

GArray *
hustings_disbursements_page_dup_ids (HustingsDisbursementsPage *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n;

  g_return_val_if_fail (HUSTINGS_IS_DISBURSEMENTS_PAGE (self), ids);

  /* What the list shows: its search, dates and order, without a deletion that can still be
   * undone. */
  n = self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  g_array_set_size (ids, n);
  for (guint i = 0; i < n; i++)
    g_array_index (ids, gint64, i) = hustings_disbursement_list_get_id (self->list, i);
  return ids;
}
