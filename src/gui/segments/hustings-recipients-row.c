/* hustings-recipients-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-recipients-row"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-recipients-row.h"

struct _HustingsRecipients
{
  HustingsSegment *segment;   /* NULL: ids */
  GArray          *ids;
};


void
hustings_recipients_free (HustingsRecipients *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->segment, hustings_segment_free);
  g_clear_pointer (&self->ids, g_array_unref);
  g_free (self);
}

GArray *
hustings_recipients_resolve (const HustingsRecipients  *self,
                             HustingsCommitteeFile     *file,
                             GError                   **error)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->segment != NULL)
    return hustings_segment_store_members (file, self->segment, error);
  return g_array_ref (self->ids);
}


struct _HustingsRecipientsRow
{
  AdwComboRow            parent_instance;

  /* owned */
  HustingsCommitteeFile *file;
  GArray                *shown_ids;  /* NULL: no "contacts shown" item */
  GPtrArray             *names;      /* char*, per item; NULL for the contacts shown */
  HustingsSegment       *segment;    /* the one chosen, as read when chosen */

  gboolean               rebuilding;
};

G_DEFINE_FINAL_TYPE (HustingsRecipientsRow, hustings_recipients_row, ADW_TYPE_COMBO_ROW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
selected_name (HustingsRecipientsRow *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self));

  return selected < self->names->len ? g_ptr_array_index (self->names, selected) : NULL;
}

/* Reads the segment chosen; none (and every contact shown) when it cannot be read. */
static void
load_segment (HustingsRecipientsRow *self)
{
  const char *name = selected_name (self);
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->segment, hustings_segment_free);
  if (name != NULL && (self->segment = hustings_segment_store_get (self->file, name,
                                                                   &error)) == NULL)
    g_warning ("Segment “%s” cannot be read: %s", name, error->message);
}

static void
selected_cb (HustingsRecipientsRow *self)
{
  if (self->rebuilding)
    return;
  load_segment (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Lists the items again and chooses name (NULL: the contacts shown, or the first segment). */
static void
rebuild (HustingsRecipientsRow *self,
         const char            *name)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_auto(GStrv) segments = self->file ? hustings_segment_store_list (self->file) : NULL;
  guint chosen = 0;

  g_ptr_array_set_size (self->names, 0);
  if (self->shown_ids != NULL)
    {
      g_autofree char *label =
        /* Translators: the contacts the Contacts page lists (after a search, in a segment) */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Contact Shown (%'u)",
                                      "Contacts Shown (%'u)", self->shown_ids->len),
                         self->shown_ids->len);

      gtk_string_list_append (labels, label);
      g_ptr_array_add (self->names, NULL);
    }
  for (guint i = 0; segments != NULL && segments[i] != NULL; i++)
    {
      if (name != NULL && g_utf8_collate (segments[i], name) == 0)
        chosen = self->names->len;
      gtk_string_list_append (labels, segments[i]);
      g_ptr_array_add (self->names, g_strdup (segments[i]));
    }

  self->rebuilding = TRUE;
  adw_combo_row_set_model (ADW_COMBO_ROW (self), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self),
                              self->names->len > 0 ? chosen : GTK_INVALID_LIST_POSITION);
  self->rebuilding = FALSE;
}

/* Segments may have been saved, renamed or deleted: the list follows, and "changed" tells when
 * the segment chosen is no longer what it was. */
static void
outreach_changed_cb (HustingsRecipientsRow *self)
{
  g_autofree char *before = self->segment ? hustings_segment_serialize (self->segment) : NULL;
  g_autofree char *name = g_strdup (selected_name (self));
  g_autofree char *after = NULL;

  rebuild (self, name);
  load_segment (self);
  after = self->segment ? hustings_segment_serialize (self->segment) : NULL;
  if (g_strcmp0 (before, after) != 0 || g_strcmp0 (name, selected_name (self)) != 0)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
hustings_recipients_row_dispose (GObject *object)
{
  HustingsRecipientsRow *self = HUSTINGS_RECIPIENTS_ROW (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->shown_ids, g_array_unref);
  g_clear_pointer (&self->segment, hustings_segment_free);

  G_OBJECT_CLASS (hustings_recipients_row_parent_class)->dispose (object);
}

static void
hustings_recipients_row_finalize (GObject *object)
{
  HustingsRecipientsRow *self = HUSTINGS_RECIPIENTS_ROW (object);

  g_ptr_array_unref (self->names);

  G_OBJECT_CLASS (hustings_recipients_row_parent_class)->finalize (object);
}

static void
hustings_recipients_row_class_init (HustingsRecipientsRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hustings_recipients_row_dispose;
  object_class->finalize = hustings_recipients_row_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hustings_recipients_row_init (HustingsRecipientsRow *self)
{
  self->names = g_ptr_array_new_with_free_func (g_free);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), _("_Recipients"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self), TRUE);
  g_signal_connect (self, "notify::selected", G_CALLBACK (selected_cb), NULL);
}

void
hustings_recipients_row_set_file (HustingsRecipientsRow *self,
                                  HustingsCommitteeFile *file,
                                  GArray                *shown_ids,
                                  const char            *segment)
{
  g_return_if_fail (HUSTINGS_IS_RECIPIENTS_ROW (self));
  g_return_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file));

  if (self->file != NULL)
    g_signal_handlers_disconnect_by_data (self->file, self);
  g_set_object (&self->file, file);
  g_clear_pointer (&self->shown_ids, g_array_unref);
  if (shown_ids != NULL)
    {
      self->shown_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), shown_ids->len);
      g_array_append_vals (self->shown_ids, shown_ids->data, shown_ids->len);
    }
  g_signal_connect_object (file, "outreach-changed", G_CALLBACK (outreach_changed_cb), self,
                           G_CONNECT_SWAPPED);
  rebuild (self, segment);
  load_segment (self);
  g_signal_emit (self, signals[CHANGED], 0);
}


HustingsRecipients *
hustings_recipients_row_dup_recipients (HustingsRecipientsRow *self)
{
  HustingsRecipients *recipients;

  g_return_val_if_fail (HUSTINGS_IS_RECIPIENTS_ROW (self), NULL);

  if (self->segment == NULL && (selected_name (self) != NULL || self->shown_ids == NULL))
    return NULL;
  recipients = g_new0 (HustingsRecipients, 1);
  if (self->segment != NULL)
    recipients->segment = hustings_segment_copy (self->segment);
  else
    recipients->ids = g_array_ref (self->shown_ids);
  return recipients;
}
