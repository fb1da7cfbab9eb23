/* hustings-template-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-template-row"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-template-row.h"

struct _HustingsTemplateRow
{
  AdwComboRow            parent_instance;

  /* owned */
  HustingsCommitteeFile *file;
  HustingsTemplateKind   kind;
  GPtrArray             *templates;  /* HustingsTemplate, per item */
  HustingsTemplate      *template;   /* the one chosen */

  gboolean               listing;
};

G_DEFINE_FINAL_TYPE (HustingsTemplateRow, hustings_template_row, ADW_TYPE_COMBO_ROW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
same_text (HustingsTemplate *a,
           HustingsTemplate *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strcmp0 (hustings_template_get_name (a), hustings_template_get_name (b)) == 0
         && g_strcmp0 (hustings_template_get_subject (a), hustings_template_get_subject (b)) == 0
         && g_strcmp0 (hustings_template_get_body (a), hustings_template_get_body (b)) == 0;
}

static void
selected_cb (HustingsTemplateRow *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self));

  if (self->listing)
    return;
  g_clear_object (&self->template);
  if (selected < self->templates->len)
    self->template = g_object_ref (g_ptr_array_index (self->templates, selected));
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Lists the templates again, keeping the one chosen (by name) when it is still there; TRUE
 * when the one chosen is no longer what it was. */
static gboolean
list_templates (HustingsTemplateRow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) builtins = hustings_template_builtins ();
  HustingsTemplate *now = NULL;
  HustingsTemplate *wanted = self->template;
  GPtrArray *templates;
  guint chosen = 0;
  gboolean changed;

  templates = hustings_template_store_list (self->file, FALSE, self->kind, &error);
  if (templates == NULL)
    {
      g_warning ("The templates cannot be read: %s", error->message);
      templates = g_ptr_array_new_with_free_func (g_object_unref);
    }
  /* At first, the first built-in of the kind: the thank-you letter, not the receipt. */
  for (guint i = 0; wanted == NULL && i < builtins->len; i++)
    if (hustings_template_get_kind (g_ptr_array_index (builtins, i)) == self->kind)
      wanted = g_ptr_array_index (builtins, i);
  for (guint i = 0; i < templates->len; i++)
    {
      HustingsTemplate *template = g_ptr_array_index (templates, i);

      gtk_string_list_append (names, hustings_template_get_name (template));
      if (wanted != NULL
          && g_utf8_collate (hustings_template_get_name (template),
                             hustings_template_get_name (wanted)) == 0)
        chosen = i;
    }
  g_ptr_array_unref (self->templates);
  self->templates = templates;

  self->listing = TRUE;
  adw_combo_row_set_model (ADW_COMBO_ROW (self), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self),
                              templates->len > 0 ? chosen : GTK_INVALID_LIST_POSITION);
  self->listing = FALSE;

  if (chosen < templates->len)
    now = g_ptr_array_index (templates, chosen);
  changed = !same_text (now, self->template);
  g_set_object (&self->template, now);
  return changed;
}

static void
outreach_changed_cb (HustingsTemplateRow *self)
{
  if (list_templates (self))
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
hustings_template_row_dispose (GObject *object)
{
  HustingsTemplateRow *self = HUSTINGS_TEMPLATE_ROW (object);

  g_clear_object (&self->file);
  g_clear_object (&self->template);

  G_OBJECT_CLASS (hustings_template_row_parent_class)->dispose (object);
}

static void
hustings_template_row_finalize (GObject *object)
{
  HustingsTemplateRow *self = HUSTINGS_TEMPLATE_ROW (object);

  g_ptr_array_unref (self->templates);

  G_OBJECT_CLASS (hustings_template_row_parent_class)->finalize (object);
}

static void
hustings_template_row_class_init (HustingsTemplateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hustings_template_row_dispose;
  object_class->finalize = hustings_template_row_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hustings_template_row_init (HustingsTemplateRow *self)
{
  self->templates = g_ptr_array_new_with_free_func (g_object_unref);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), _("_Template"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self), TRUE);
  g_signal_connect (self, "notify::selected", G_CALLBACK (selected_cb), NULL);
}

void
hustings_template_row_set_file (HustingsTemplateRow   *self,
                                HustingsCommitteeFile *file,
                                HustingsTemplateKind   kind)
{
  g_return_if_fail (HUSTINGS_IS_TEMPLATE_ROW (self));
  g_return_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file));

  if (self->file != NULL)
    g_signal_handlers_disconnect_by_data (self->file, self);
  g_set_object (&self->file, file);
  self->kind = kind;
  g_clear_object (&self->template);
  g_signal_connect_object (file, "outreach-changed", G_CALLBACK (outreach_changed_cb), self,
                           G_CONNECT_SWAPPED);
  list_templates (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

HustingsTemplate *
hustings_template_row_get_template (HustingsTemplateRow *self)
{
  g_return_val_if_fail (HUSTINGS_IS_TEMPLATE_ROW (self), NULL);

  return self->template;
}
