/* hustings-donations-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-donations-page"

#include "config.h"

#include <glib/gi18n.h>

#include "widgets/hustings-date-entry.h"
#include "hustings-column-view.h"
#include "hustings-split-model.h"
#include "hustings-donation-dialog.h"
#include "hustings-window.h"

#include "hustings-donations-page.h"

struct _HustingsDonationsPage
{
  AdwBin                 parent_instance;

  /* template widgets */
  HustingsDateEntry     *from_entry;
  HustingsDateEntry     *to_entry;
  GtkStack              *list_stack;
  GtkColumnView         *column_view;
  GtkColumnViewColumn   *date_column;
  GtkColumnViewColumn   *donor_column;
  GtkColumnViewColumn   *amount_column;
  GtkColumnViewColumn   *method_column;
  GtkColumnViewColumn   *election_column;
  GtkColumnViewColumn   *source_column;
  GtkLabel              *footer_label;

  /* owned */
  HustingsCommitteeFile *file;
  HustingsDonationList  *list;
  GtkSingleSelection    *selection;
};

G_DEFINE_FINAL_TYPE (HustingsDonationsPage, hustings_donations_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A donation deleted with the chance to undo: hidden from the list (with its refunds, which go
 * with it) until the toast goes away, then deleted from the file. */
typedef struct
{
  HustingsCommitteeFile *file;
  HustingsDonationList  *list;
  GArray                *ids; /* gint64: the donation, then its refunds */
} PendingDelete;

static void
pending_delete_free (gpointer data)
{
  PendingDelete *pending = data;

  g_object_unref (pending->file);
  g_object_unref (pending->list);
  g_array_unref (pending->ids);
  g_free (pending);
}

static void
pending_delete_unhide (PendingDelete *pending)
{
  for (guint i = 0; i < pending->ids->len; i++)
    hustings_donation_list_unhide (pending->list, g_array_index (pending->ids, gint64, i));
}

static gboolean
pending_delete_undo (gpointer   data,
                     GError   **error)
{
  pending_delete_unhide (data);
  return TRUE;
}

static gboolean
pending_delete_commit (gpointer   data,
                       GError   **error)
{
  PendingDelete *pending = data;
  gboolean deleted = hustings_donation_store_delete (pending->file,
                                                     g_array_index (pending->ids, gint64, 0),
                                                     error);

  /* Deleted or not, the rows are no longer to be hidden: gone from the file, or back. */
  pending_delete_unhide (pending);
  return deleted;
}

static void
update_footer (HustingsDonationsPage *self)
{
  gint64 count = self->list ? hustings_donation_list_get_count (self->list) : 0;
  gint64 total = self->list ? hustings_donation_list_get_total (self->list) : 0;
  g_autofree char *amount = hustings_money_format (total);
  g_autofree char *text = NULL;

  /* Translators: "1,234 donations · $56,789.00" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%'" G_GINT64_FORMAT " donation · %s",
                                       "%'" G_GINT64_FORMAT " donations · %s", count),
                          count, amount);
  gtk_label_set_text (self->footer_label, text);
}

static void
items_changed_cb (HustingsDonationsPage *self)
{
  guint n = self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;

  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
}

/* The order the column headers ask for; newest first when none does. */
static void
get_sort (HustingsDonationsPage *self,
          HustingsDonationSort  *out_sort,
          gboolean              *out_descending)
{
  int key = HUSTINGS_DONATION_SORT_DATE;
  gboolean descending = TRUE;

  hustings_column_view_get_sort (self->column_view, &key, &descending);
  *out_sort = key;
  *out_descending = descending;
}

static void
apply_sort (HustingsDonationsPage *self)
{
  HustingsDonationSort sort;
  gboolean descending;

  if (self->list == NULL)
    return;

  get_sort (self, &sort, &descending);
  hustings_donation_list_set_sort (self->list, sort, descending);
}

static void
sort_changed_cb (HustingsDonationsPage *self)
{
  apply_sort (self);
}

static void
range_changed_cb (HustingsDonationsPage *self)
{
  if (self->list == NULL)
    return;


  hustings_donation_list_set_range (self->list,
                                    hustings_date_entry_get_date (self->from_entry),
                                    hustings_date_entry_get_date (self->to_entry));
}

static void
range_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HustingsDonationsPage *self = HUSTINGS_DONATIONS_PAGE (widget);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  hustings_date_range_named (g_variant_get_string (parameter, NULL), &from, &to);
  hustings_date_entry_set_date (self->from_entry, from);
  hustings_date_entry_set_date (self->to_entry, to);
}

static void
column_view_activate_cb (HustingsDonationsPage *self,
                         guint                  position)
{
  g_autoptr(HustingsDonation) donation = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GError) error = NULL;
  HustingsDonationDialog *dialog;

  donation = g_list_model_get_item (G_LIST_MODEL (self->list), position);
  if (donation == NULL)
    return;

  dialog = hustings_donation_dialog_new_edit (GTK_WINDOW (root), self->file,
                                              hustings_donation_get_id (donation), &error);
  if (dialog == NULL)
    {
      hustings_window_show_toast (HUSTINGS_WINDOW (root), error->message);
      return;
    }

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
hustings_donations_page_dispose (GObject *object)
{
  HustingsDonationsPage *self = HUSTINGS_DONATIONS_PAGE (object);

  hustings_donations_page_set_file (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_DONATIONS_PAGE);

  G_OBJECT_CLASS (hustings_donations_page_parent_class)->dispose (object);
}

static void
hustings_donations_page_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  HustingsDonationsPage *self = HUSTINGS_DONATIONS_PAGE (object);

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
hustings_donations_page_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  HustingsDonationsPage *self = HUSTINGS_DONATIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      hustings_donations_page_set_file (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_donations_page_class_init (HustingsDonationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_donations_page_dispose;
  object_class->get_property = hustings_donations_page_get_property;
  object_class->set_property = hustings_donations_page_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, HUSTINGS_TYPE_COMMITTEE_FILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HUSTINGS_TYPE_DONATION);
  g_type_ensure (HUSTINGS_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-donations-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationsPage, from_entry);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationsPage, to_entry);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationsPage, date_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationsPage, donor_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationsPage, amount_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationsPage, method_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationsPage, election_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationsPage, source_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationsPage, footer_label);
  gtk_widget_class_bind_template_callback (widget_class, range_changed_cb);

  gtk_widget_class_install_action (widget_class, "donations.range", "s", range_action);
}

static void
hustings_donations_page_init (HustingsDonationsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  hustings_column_view_set_text_cells (self->date_column, "date-text", 12, FALSE);
  hustings_column_view_set_text_cells (self->donor_column, "contact-name", 24, FALSE);
  hustings_column_view_set_text_cells (self->amount_column, "amount-text", 12, TRUE);
  hustings_column_view_set_text_cells (self->method_column, "method-text", 10, FALSE);
  hustings_column_view_set_text_cells (self->election_column, "election-text", 14, FALSE);
  hustings_column_view_set_text_cells (self->source_column, "source", 10, FALSE);
  hustings_column_view_set_sort_key (self->date_column, HUSTINGS_DONATION_SORT_DATE);
  hustings_column_view_set_sort_key (self->donor_column, HUSTINGS_DONATION_SORT_DONOR);
  hustings_column_view_set_sort_key (self->amount_column, HUSTINGS_DONATION_SORT_AMOUNT);
  gtk_column_view_sort_by_column (self->column_view, self->date_column, GTK_SORT_DESCENDING);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (sort_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->column_view, "activate", G_CALLBACK (column_view_activate_cb),
                           self, G_CONNECT_SWAPPED);

  update_footer (self);
}

void
hustings_donations_page_set_file (HustingsDonationsPage *self,
                                  HustingsCommitteeFile *file)
{
  g_return_if_fail (HUSTINGS_IS_DONATIONS_PAGE (self));
  g_return_if_fail (file == NULL || HUSTINGS_IS_COMMITTEE_FILE (file));

  if (self->file == file)
    return;

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_set_object (&self->file, file);

  if (file != NULL)
    {
      self->list = hustings_donation_list_new (file);
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
hustings_donations_page_delete_selected (HustingsDonationsPage *self)
{
  HustingsDonation *selected;
  g_autoptr(HustingsDonation) donation = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *title = NULL;
  HustingsWindow *window;
  PendingDelete *pending;
  gint64 id;

  g_return_if_fail (HUSTINGS_IS_DONATIONS_PAGE (self));

  if (self->selection == NULL
      || (selected = gtk_single_selection_get_selected_item (self->selection)) == NULL)
    return;

  window = HUSTINGS_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  id = hustings_donation_get_id (selected);
  donation = hustings_donation_store_get (self->file, id, &error);
  if (donation == NULL)
    {
      hustings_window_show_toast (window, error->message);
      return;
    }

  pending = g_new0 (PendingDelete, 1);
  pending->file = g_object_ref (self->file);
  pending->list = g_object_ref (self->list);
  pending->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (pending->ids, id);
  history = hustings_donation_store_for_contact (self->file,
                                                 hustings_donation_get_contact_id (donation));
  for (guint i = 0; i < history->len; i++)
    {
      gint64 other = hustings_donation_get_id (g_ptr_array_index (history, i));

      if (hustings_donation_get_refund_of (g_ptr_array_index (history, i)) == id)
        g_array_append_val (pending->ids, other);
    }
  for (guint i = 0; i < pending->ids->len; i++)
    hustings_donation_list_hide (self->list, g_array_index (pending->ids, gint64, i));

  amount = hustings_money_format (hustings_donation_get_amount (donation));
  /* Translators: "Deleted $25.00 from Jane Doe" */
  title = g_strdup_printf (_("Deleted %s from %s"), amount,
                           hustings_donation_get_contact_name (donation));
  hustings_window_push_undo (window, title, pending_delete_undo, pending_delete_commit,
                             pending, pending_delete_free);
}

void
hustings_donations_page_refund_selected (HustingsDonationsPage *self)
{
  HustingsDonation *selected;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GError) error = NULL;
  HustingsDonationDialog *dialog;

  g_return_if_fail (HUSTINGS_IS_DONATIONS_PAGE (self));

  if (self->selection == NULL
      || (selected = gtk_single_selection_get_selected_item (self->selection)) == NULL)
    {
      hustings_window_show_toast (HUSTINGS_WINDOW (root),
                                  _("Select the donation to refund in the list first"));
      return;
    }

  dialog = hustings_donation_dialog_new_refund (GTK_WINDOW (root), self->file,
                                                hustings_donation_get_id (selected), &error);
  if (dialog == NULL)
    {
      hustings_window_show_toast (HUSTINGS_WINDOW (root), error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

GArray *
hustings_donations_page_dup_ids (HustingsDonationsPage *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n;

  g_return_val_if_fail (HUSTINGS_IS_DONATIONS_PAGE (self), ids);

  /* What the list shows: its range and order, without a deletion that can still be undone. */
  n = self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  g_array_set_size (ids, n);
  for (guint i = 0; i < n; i++)
    g_array_index (ids, gint64, i) = hustings_donation_list_get_id (self->list, i);
  return ids;
}
