/* hustings-entry-list.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-entry-list"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-entry-list.h"

struct _HustingsEntryList
{
  AdwBin                parent_instance;

  /* children */
  AdwPreferencesGroup  *group;
  GtkButton            *add_button;

  /* borrowed: the rows, owned by group */
  GPtrArray            *rows;

  char                 *row_title;
  GtkInputPurpose       input_purpose;
};

G_DEFINE_FINAL_TYPE (HustingsEntryList, hustings_entry_list, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_ROW_TITLE,
  PROP_ADD_TOOLTIP,
  PROP_INPUT_PURPOSE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
row_changed_cb (HustingsEntryList *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
remove_clicked_cb (GtkButton         *button,
                   HustingsEntryList *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "hustings-row");

  g_ptr_array_remove (self->rows, row);
  adw_preferences_group_remove (self->group, row);
  g_signal_emit (self, signals[CHANGED], 0);
}

static AdwEntryRow *
append_row (HustingsEntryList *self,
            const char        *value)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), self->row_title ? self->row_title : "");
  adw_entry_row_set_input_purpose (row, self->input_purpose);
  gtk_editable_set_text (GTK_EDITABLE (row), value);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  gtk_widget_add_css_class (remove, "flat");
  g_object_set_data (G_OBJECT (remove), "hustings-row", row);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
  adw_entry_row_add_suffix (row, remove);

  g_signal_connect_object (row, "changed", G_CALLBACK (row_changed_cb), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_add (self->group, GTK_WIDGET (row));
  g_ptr_array_add (self->rows, row);

  return row;
}

static void
add_clicked_cb (HustingsEntryList *self)
{
  AdwEntryRow *row = append_row (self, "");

  gtk_widget_grab_focus (GTK_WIDGET (row));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
hustings_entry_list_finalize (GObject *object)
{
  HustingsEntryList *self = HUSTINGS_ENTRY_LIST (object);

  g_ptr_array_unref (self->rows);
  g_free (self->row_title);

  G_OBJECT_CLASS (hustings_entry_list_parent_class)->finalize (object);
}

static void
hustings_entry_list_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HustingsEntryList *self = HUSTINGS_ENTRY_LIST (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, adw_preferences_group_get_title (self->group));
      break;

    case PROP_ROW_TITLE:
      g_value_set_string (value, self->row_title);
      break;

    case PROP_ADD_TOOLTIP:
      g_value_set_string (value, gtk_widget_get_tooltip_text (GTK_WIDGET (self->add_button)));
      break;

    case PROP_INPUT_PURPOSE:
      g_value_set_enum (value, self->input_purpose);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_entry_list_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HustingsEntryList *self = HUSTINGS_ENTRY_LIST (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      adw_preferences_group_set_title (self->group, g_value_get_string (value));
      break;

    case PROP_ROW_TITLE:
      g_free (self->row_title);
      self->row_title = g_value_dup_string (value);
      for (guint i = 0; i < self->rows->len; i++)
        adw_preferences_row_set_title (g_ptr_array_index (self->rows, i),
                                       self->row_title ? self->row_title : "");
      break;

    case PROP_ADD_TOOLTIP:
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_button), g_value_get_string (value));
      break;

    case PROP_INPUT_PURPOSE:
      self->input_purpose = g_value_get_enum (value);
      for (guint i = 0; i < self->rows->len; i++)
        adw_entry_row_set_input_purpose (g_ptr_array_index (self->rows, i),
                                         self->input_purpose);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_entry_list_class_init (HustingsEntryListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hustings_entry_list_finalize;
  object_class->get_property = hustings_entry_list_get_property;
  object_class->set_property = hustings_entry_list_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROW_TITLE] =
    g_param_spec_string ("row-title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADD_TOOLTIP] =
    g_param_spec_string ("add-tooltip", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_INPUT_PURPOSE] =
    g_param_spec_enum ("input-purpose", NULL, NULL,
                       GTK_TYPE_INPUT_PURPOSE, GTK_INPUT_PURPOSE_FREE_FORM,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hustings_entry_list_init (HustingsEntryList *self)
{
  self->rows = g_ptr_array_new ();
  self->input_purpose = GTK_INPUT_PURPOSE_FREE_FORM;

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  self->add_button = GTK_BUTTON (gtk_button_new_from_icon_name ("list-add-symbolic"));
  gtk_widget_add_css_class (GTK_WIDGET (self->add_button), "flat");
  gtk_widget_set_valign (GTK_WIDGET (self->add_button), GTK_ALIGN_CENTER);
  g_signal_connect_object (self->add_button, "clicked", G_CALLBACK (add_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_set_header_suffix (self->group, GTK_WIDGET (self->add_button));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->group));
}

GtkWidget *
hustings_entry_list_new (void)
{
  return g_object_new (HUSTINGS_TYPE_ENTRY_LIST, NULL);
}

void
hustings_entry_list_set_values (HustingsEntryList  *self,
                                const char * const *values)
{
  g_return_if_fail (HUSTINGS_IS_ENTRY_LIST (self));

  while (self->rows->len > 0)
    {
      GtkWidget *row = g_ptr_array_steal_index (self->rows, self->rows->len - 1);

      adw_preferences_group_remove (self->group, row);
    }

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    append_row (self, values[i]);
}

GStrv
hustings_entry_list_dup_values (HustingsEntryList *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (HUSTINGS_IS_ENTRY_LIST (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      const char *text = gtk_editable_get_text (g_ptr_array_index (self->rows, i));
      g_autofree char *value = g_strstrip (g_strdup (text));

      if (*value != '\0')
        g_strv_builder_add (builder, value);
    }

  return g_strv_builder_end (builder);
}
