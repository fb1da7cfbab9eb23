/* hustings-contacts-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-contacts-page"

#include "config.h"

#include <glib/gi18n.h>

#include "segments/hustings-segment-dialog.h"
#include "hustings-column-view.h"
#include "hustings-split-model.h"
#include "hustings-contact-editor.h"
#include "hustings-window.h"

#include "hustings-contacts-page.h"

struct _HustingsContactsPage
{
  AdwBin                 parent_instance;

  /* template widgets */
  AdwLeaflet            *leaflet;
  GtkWidget             *list_pane;
  GtkSearchEntry        *search_entry;
  GtkStack              *list_stack;
  GtkColumnView         *column_view;
  GtkColumnViewColumn   *name_column;
  GtkColumnViewColumn   *place_column;
  GtkColumnViewColumn   *employer_column;
  GtkColumnViewColumn   *total_column;
  GtkColumnViewColumn   *last_gift_column;
  GtkLabel              *status_label;
  HustingsContactEditor *editor;
  GtkLabel              *segment_label;
  GMenu                 *segments_section;

  /* owned */
  HustingsCommitteeFile *file;
  HustingsContactList   *list;
  GtkSingleSelection    *selection;
  char                  *segment;   /* the name of the segment shown; NULL: every contact */

  gboolean               restoring_selection;
};

G_DEFINE_FINAL_TYPE (HustingsContactsPage, hustings_contacts_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_FILE,
  PROP_SEGMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A deletion that can still be undone: the contact is only hidden from the list. */
typedef struct
{
  HustingsCommitteeFile *file;
  HustingsContactList   *list;
  gint64                 contact_id;
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

  hustings_contact_list_unhide (pending->list, pending->contact_id);
  return TRUE;
}

static gboolean
pending_delete_commit (gpointer   data,
                       GError   **error)
{
  PendingDelete *pending = data;

  if (!hustings_contact_store_delete (pending->file, pending->contact_id, error))
    {
      hustings_contact_list_unhide (pending->list, pending->contact_id);
      return FALSE;
    }

  return TRUE;
}

static gboolean
is_folded (HustingsContactsPage *self)
{
  return adw_leaflet_get_folded (self->leaflet);
}

static void
show_editor (HustingsContactsPage *self)
{
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->editor));
}

static void
select_contact (HustingsContactsPage *self,
                gint64                contact_id,
                gboolean              scroll)
{
  guint position;

  if (self->list == NULL || contact_id <= 0)
    return;

  position = hustings_contact_list_find (self->list, contact_id);
  if (position == G_MAXUINT)
    return;

  self->restoring_selection = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->restoring_selection = FALSE;
  if (scroll)
    hustings_column_view_scroll_to (self->column_view, position);
}

static void
update_status (HustingsContactsPage *self)
{
  guint n = self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *text = NULL;

  if (*search != '\0' && self->segment != NULL)
    /* Translators: "12 matching contacts in “Major Donors”" (a segment) */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u matching contact in “%s”",
                                         "%'u matching contacts in “%s”", n), n, self->segment);
  else if (*search != '\0')
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u matching contact",
                                         "%'u matching contacts", n), n);
  else if (self->segment != NULL)
    /* Translators: "312 contacts in “Major Donors”" (a segment) */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u contact in “%s”",
                                         "%'u contacts in “%s”", n), n, self->segment);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u contact", "%'u contacts", n), n);
  gtk_label_set_text (self->status_label, text);

  if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else if (*search != '\0')
    gtk_stack_set_visible_child_name (self->list_stack, "no-results");
  else if (self->segment != NULL)
    gtk_stack_set_visible_child_name (self->list_stack, "no-members");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

static void
items_changed_cb (HustingsContactsPage *self)
{
  update_status (self);
  /* A change of the rows around it drops the selection; keep the contact edited selected. */
  select_contact (self, hustings_contact_editor_get_contact_id (self->editor), FALSE);
}

static void
selection_changed_cb (HustingsContactsPage *self)
{
  HustingsContact *contact = gtk_single_selection_get_selected_item (self->selection);
  gint64 editing = hustings_contact_editor_get_contact_id (self->editor);
  gint64 id;

  if (contact == NULL || self->restoring_selection)
    return;
  id = hustings_contact_get_id (contact);

  /* Leaving a contact saves its changes. When they cannot be saved, the form stays, saying why,
   * and so does the selection. */
  if (id != editing && hustings_contact_editor_get_dirty (self->editor) &&
      !hustings_contact_editor_save (self->editor))
    {
      if (editing > 0)
        select_contact (self, editing, FALSE);
      else
        {
          self->restoring_selection = TRUE;
          gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
          self->restoring_selection = FALSE;
        }
      return;
    }

  hustings_contact_editor_show_contact (self->editor, id);
  /* Saving may have moved the selection to the saved contact: put it back on the one chosen. */
  select_contact (self, id, FALSE);
  if (is_folded (self))
    show_editor (self);
}

static void
apply_sort (HustingsContactsPage *self)
{
  int key = HUSTINGS_CONTACT_SORT_NAME;
  gboolean descending = FALSE;

  if (self->list == NULL)
    return;

  hustings_column_view_get_sort (self->column_view, &key, &descending);
  hustings_contact_list_set_sort (self->list, key, descending);
}

static void
sort_changed_cb (HustingsContactsPage *self)
{
  apply_sort (self);
}

static void
search_changed_cb (HustingsContactsPage *self)
{
  if (self->list == NULL)
    return;

  hustings_contact_list_set_search (self->list,
                                    gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  update_status (self);
}

static void
stop_search_cb (HustingsContactsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
column_view_activate_cb (HustingsContactsPage *self)
{
  show_editor (self);
}

static void
editor_saved_cb (HustingsContactsPage *self,
                 gint64                contact_id)
{
  select_contact (self, contact_id, TRUE);
}

/* Segments --------------------------------------------------------------------------------- */

static void
show_toast (HustingsContactsPage *self,
            const char           *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (HUSTINGS_IS_WINDOW (root))
    hustings_window_show_toast (HUSTINGS_WINDOW (root), message);
}

static void
update_segment_actions (HustingsContactsPage *self)
{
  gboolean writable = self->file != NULL && !hustings_committee_file_is_read_only (self->file);
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "contacts.new-segment", writable);
  gtk_widget_action_set_enabled (widget, "contacts.edit-segment",
                                 writable && self->segment != NULL);
  gtk_widget_action_set_enabled (widget, "contacts.delete-segment",
                                 writable && self->segment != NULL);
}

/* Shows the members of the saved segment name (NULL or "": every contact). When it cannot be
 * read, says why and shows every contact. */
static void
apply_segment (HustingsContactsPage *self,
               const char           *name)
{
  g_autoptr(HustingsSegment) segment = NULL;
  g_autoptr(GError) error = NULL;

  if (name != NULL && *name == '\0')
    name = NULL;
  if (self->list != NULL && name != NULL
      && ((segment = hustings_segment_store_get (self->file, name, &error)) == NULL
          || !hustings_contact_list_set_segment (self->list, segment, &error)))
    {
      show_toast (self, error->message);
      name = NULL;
    }
  if (self->list != NULL && name == NULL)
    hustings_contact_list_set_segment (self->list, NULL, NULL);

  if (g_strcmp0 (self->segment, name) != 0)
    {
      g_free (self->segment);
      self->segment = g_strdup (name);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEGMENT]);
    }
  gtk_label_set_text (self->segment_label, name ? name : _("All Contacts"));
  update_segment_actions (self);
  update_status (self);
}

/* Segments were saved, renamed or deleted (or other outreach changed): the menu lists them
 * again, and the segment shown is read again when its rules changed, or dropped when it is
 * gone. */
static void
outreach_changed_cb (HustingsContactsPage *self)
{
  g_auto(GStrv) names = self->file ? hustings_segment_store_list (self->file) : NULL;
  const HustingsSegment *shown = self->list ? hustings_contact_list_get_segment (self->list)
                                            : NULL;

  g_menu_remove_all (self->segments_section);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (names[i], NULL);

      g_menu_item_set_action_and_target_value (item, "contacts.segment",
                                               g_variant_new_string (names[i]));
      g_menu_append_item (self->segments_section, item);
    }

  if (self->segment != NULL && shown != NULL)
    {
      g_autoptr(HustingsSegment) saved = hustings_segment_store_get (self->file, self->segment,
                                                                      NULL);
      g_autofree char *now = saved ? hustings_segment_serialize (saved) : NULL;
      g_autofree char *before = hustings_segment_serialize (shown);

      if (g_strcmp0 (now, before) != 0)
        apply_segment (self, saved ? self->segment : NULL);
    }
}

static void
segment_saved_cb (HustingsContactsPage *self,
                  const char           *name)
{
  apply_segment (self, name);
}

static void
new_segment_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HustingsContactsPage *self = HUSTINGS_CONTACTS_PAGE (widget);
  HustingsSegmentDialog *dialog;

  dialog = hustings_segment_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->file);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (segment_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_segment_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HustingsContactsPage *self = HUSTINGS_CONTACTS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  HustingsSegmentDialog *dialog;

  if (self->segment == NULL)
    return;
  dialog = hustings_segment_dialog_new_edit (GTK_WINDOW (gtk_widget_get_root (widget)),
                                             self->file, self->segment, &error);
  if (dialog == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  g_signal_connect_object (dialog, "saved", G_CALLBACK (segment_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_segment_response_cb (AdwMessageDialog     *dialog,
                            const char           *response,
                            HustingsContactsPage *self)
{
  const char *name = g_object_get_data (G_OBJECT (dialog), "segment");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0 || self->file == NULL)
    return;
  if (!hustings_segment_store_delete (self->file, name, &error))
    show_toast (self, error->message);
}

static void
delete_segment_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HustingsContactsPage *self = HUSTINGS_CONTACTS_PAGE (widget);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (self->segment == NULL)
    return;
  /* Translators: a dialog heading, a segment's name in quotes */
  heading = g_strdup_printf (_("Delete “%s”?"), self->segment);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading,
                                   _("Its contacts stay; only the segment and its rules are "
                                     "deleted."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "segment", g_strdup (self->segment), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_segment_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsContactsPage *self = HUSTINGS_CONTACTS_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

static void
hustings_contacts_page_dispose (GObject *object)
{
  HustingsContactsPage *self = HUSTINGS_CONTACTS_PAGE (object);

  hustings_contacts_page_set_file (self, NULL);
  g_clear_pointer (&self->segment, g_free);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_CONTACTS_PAGE);

  G_OBJECT_CLASS (hustings_contacts_page_parent_class)->dispose (object);
}

static void
hustings_contacts_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  HustingsContactsPage *self = HUSTINGS_CONTACTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_SEGMENT:
      g_value_set_string (value, self->segment ? self->segment : "");
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_contacts_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  HustingsContactsPage *self = HUSTINGS_CONTACTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      hustings_contacts_page_set_file (self, g_value_get_object (value));
      break;

    case PROP_SEGMENT:
      apply_segment (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_contacts_page_class_init (HustingsContactsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_contacts_page_dispose;
  object_class->get_property = hustings_contacts_page_get_property;
  object_class->set_property = hustings_contacts_page_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, HUSTINGS_TYPE_COMMITTEE_FILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEGMENT] =
    g_param_spec_string ("segment", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HUSTINGS_TYPE_CONTACT);
  g_type_ensure (HUSTINGS_TYPE_CONTACT_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-contacts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsContactsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactsPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactsPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactsPage, place_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactsPage, employer_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactsPage, total_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactsPage, last_gift_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactsPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactsPage, editor);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactsPage, segment_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactsPage, segments_section);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_saved_cb);

  gtk_widget_class_install_action (widget_class, "contacts.back", NULL, back_action);
  gtk_widget_class_install_property_action (widget_class, "contacts.segment", "segment");
  gtk_widget_class_install_action (widget_class, "contacts.new-segment", NULL,
                                   new_segment_action);
  gtk_widget_class_install_action (widget_class, "contacts.edit-segment", NULL,
                                   edit_segment_action);
  gtk_widget_class_install_action (widget_class, "contacts.delete-segment", NULL,
                                   delete_segment_action);
}

static void
hustings_contacts_page_init (HustingsContactsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  hustings_column_view_set_text_cells (self->name_column, "display-name", 24, FALSE);
  hustings_column_view_set_text_cells (self->place_column, "city-state", 18, FALSE);
  hustings_column_view_set_text_cells (self->employer_column, "employer", 18, FALSE);
  hustings_column_view_set_text_cells (self->total_column, "cycle-total-text", 12, TRUE);
  hustings_column_view_set_text_cells (self->last_gift_column, "last-gift-text", 12, FALSE);
  hustings_column_view_set_sort_key (self->name_column, HUSTINGS_CONTACT_SORT_NAME);
  hustings_column_view_set_sort_key (self->place_column, HUSTINGS_CONTACT_SORT_PLACE);
  hustings_column_view_set_sort_key (self->employer_column, HUSTINGS_CONTACT_SORT_EMPLOYER);
  hustings_column_view_set_sort_key (self->total_column, HUSTINGS_CONTACT_SORT_CYCLE_TOTAL);
  hustings_column_view_set_sort_key (self->last_gift_column, HUSTINGS_CONTACT_SORT_LAST_GIFT);
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (sort_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->column_view, "activate", G_CALLBACK (column_view_activate_cb),
                           self, G_CONNECT_SWAPPED);

  g_object_bind_property (self->leaflet, "folded", self->editor, "show-back",
                          G_BINDING_SYNC_CREATE);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));

  update_segment_actions (self);
  update_status (self);
}

void
hustings_contacts_page_set_file (HustingsContactsPage  *self,
                                 HustingsCommitteeFile *file)
{
  g_return_if_fail (HUSTINGS_IS_CONTACTS_PAGE (self));
  g_return_if_fail (file == NULL || HUSTINGS_IS_COMMITTEE_FILE (file));

  if (self->file == file)
    return;

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  if (self->file != NULL)
    g_signal_handlers_disconnect_by_data (self->file, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_set_object (&self->file, file);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  hustings_contact_editor_set_file (self->editor, file);

  if (file != NULL)
    {
      self->list = hustings_contact_list_new (file);
      self->selection = gtk_single_selection_new (
        G_LIST_MODEL (hustings_split_model_new (g_object_ref (G_LIST_MODEL (self->list)))));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      apply_sort (self);
      g_signal_connect_object (self->list, "items-changed", G_CALLBACK (items_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->selection, "notify::selected",
                               G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
      gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
      g_object_set (self->editor,
                    "read-only", hustings_committee_file_is_read_only (file),
                    NULL);
      g_signal_connect_object (file, "outreach-changed", G_CALLBACK (outreach_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  apply_segment (self, NULL);
  outreach_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

void
hustings_contacts_page_new_contact (HustingsContactsPage *self)
{
  g_return_if_fail (HUSTINGS_IS_CONTACTS_PAGE (self));

  if (self->file == NULL)
    return;

  if (self->selection != NULL)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  hustings_contact_editor_new_contact (self->editor);
  show_editor (self);
}

void
hustings_contacts_page_delete_selected (HustingsContactsPage *self)
{
  HustingsContact *contact;
  HustingsWindow *window;
  PendingDelete *pending;
  g_autoptr(GPtrArray) donations = NULL;
  g_autofree char *title = NULL;
  guint n_donations = 0;
  gint64 id;

  g_return_if_fail (HUSTINGS_IS_CONTACTS_PAGE (self));

  if (self->selection == NULL
      || (contact = gtk_single_selection_get_selected_item (self->selection)) == NULL)
    return;

  id = hustings_contact_get_id (contact);
  donations = hustings_donation_store_for_contact (self->file, id);
  for (guint i = 0; i < donations->len; i++)
    if (hustings_donation_get_refund_of (g_ptr_array_index (donations, i)) == 0)
      n_donations++;

  if (n_donations > 0)
    /* Translators: "Deleted Jane Doe and 3 donations" */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Deleted %s and %u donation",
                                          "Deleted %s and %u donations", n_donations),
                             hustings_contact_get_display_name (contact), n_donations);
  else
    title = g_strdup_printf (_("Deleted %s"), hustings_contact_get_display_name (contact));

  pending = g_new0 (PendingDelete, 1);
  pending->file = g_object_ref (self->file);
  pending->list = g_object_ref (self->list);
  pending->contact_id = id;

  if (hustings_contact_editor_get_contact_id (self->editor) == id)
    hustings_contact_editor_show_contact (self->editor, 0);
  /* contact belongs to the selection, which drops it now */
  hustings_contact_list_hide (self->list, id);
  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);

  window = HUSTINGS_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  hustings_window_push_undo (window, title, pending_delete_undo, pending_delete_commit,
                             pending, pending_delete_free);
}

void
hustings_contacts_page_focus_search (HustingsContactsPage *self)
{
  g_return_if_fail (HUSTINGS_IS_CONTACTS_PAGE (self));

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

gboolean
hustings_contacts_page_show_contact (HustingsContactsPage *self,
                                     gint64                contact_id)
{
  guint position;

  g_return_val_if_fail (HUSTINGS_IS_CONTACTS_PAGE (self), FALSE);

  if (self->list == NULL || !hustings_contacts_page_save_edits (self))
    return FALSE;
  /* Not among those shown: show every contact. */
  if (hustings_contact_list_find (self->list, contact_id) == G_MAXUINT)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      search_changed_cb (self);
      apply_segment (self, NULL);
    }
  position = hustings_contact_list_find (self->list, contact_id);
  if (position == G_MAXUINT)
    return FALSE;
  gtk_single_selection_set_selected (self->selection, position);
  hustings_column_view_scroll_to (self->column_view, position);
  hustings_contact_editor_show_contact (self->editor, contact_id);
  if (is_folded (self))
    show_editor (self);
  return TRUE;
}

HustingsContact *
hustings_contacts_page_get_selected_contact (HustingsContactsPage *self)
{
  g_return_val_if_fail (HUSTINGS_IS_CONTACTS_PAGE (self), NULL);

  if (self->selection == NULL)
    return NULL;

  return gtk_single_selection_get_selected_item (self->selection);
}

gboolean
hustings_contacts_page_save_edits (HustingsContactsPage *self)
{
  g_return_val_if_fail (HUSTINGS_IS_CONTACTS_PAGE (self), TRUE);

  if (!hustings_contact_editor_get_dirty (self->editor) ||
      hustings_contact_editor_save (self->editor))
    return TRUE;

  show_editor (self);
  return FALSE;
}

const char *
hustings_contacts_page_get_segment (HustingsContactsPage *self)
{
  g_return_val_if_fail (HUSTINGS_IS_CONTACTS_PAGE (self), NULL);

  return self->segment;
}

const char *
hustings_contacts_page_get_whole_segment (HustingsContactsPage *self)
{
  g_return_val_if_fail (HUSTINGS_IS_CONTACTS_PAGE (self), NULL);

  if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    return NULL;
  return self->segment;
}

GArray *
hustings_contacts_page_dup_ids (HustingsContactsPage *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n;

  g_return_val_if_fail (HUSTINGS_IS_CONTACTS_PAGE (self), ids);

  n = self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  g_array_set_size (ids, n);
  for (guint i = 0; i < n; i++)
    g_array_index (ids, gint64, i) = hustings_contact_list_get_id (self->list, i);

  return ids;
}
