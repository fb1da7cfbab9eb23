/* hustings-template-editor.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-template-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-template-editor.h"

struct _HustingsTemplateEditor
{
  AdwWindow              parent_instance;

  /* template widgets */
  AdwToastOverlay       *toast_overlay;
  AdwLeaflet            *leaflet;
  GtkWidget             *list_pane;
  GtkWidget             *form_pane;
  GtkListBox            *templates_list;
  AdwWindowTitle        *form_title;
  AdwPreferencesGroup   *error_group;
  GtkLabel              *error_label;
  AdwPreferencesGroup   *details_group;
  AdwEntryRow           *name_row;
  AdwEntryRow           *subject_row;
  GtkPopover            *fields_popover;
  GtkListBox            *fields_list;
  GtkTextView           *body_view;

  /* owned */
  HustingsCommitteeFile *file;
  GPtrArray             *templates;  /* HustingsTemplate, one per row of templates_list */
  HustingsTemplate      *template;   /* the one shown: listed, or new and not yet saved */

  gboolean               dirty;
  gboolean               loading;    /* the form or the list is being filled in */
  gboolean               subject_last; /* the subject had the focus after the text */
};

G_DEFINE_FINAL_TYPE (HustingsTemplateEditor, hustings_template_editor, ADW_TYPE_WINDOW)

static gboolean
writable (HustingsTemplateEditor *self)
{
  return !hustings_committee_file_is_read_only (self->file);
}

static void
show_error (HustingsTemplateEditor *self,
            const char             *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), message != NULL);
}

static void
show_toast (HustingsTemplateEditor *self,
            const char             *message)
{
  g_autofree char *markup = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
}

static char *
body_text (HustingsTemplateEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
update_actions (HustingsTemplateEditor *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean saved = self->template != NULL && hustings_template_get_id (self->template) != 0;

  gtk_widget_action_set_enabled (widget, "template.new", writable (self));
  gtk_widget_action_set_enabled (widget, "template.save",
                                 writable (self) && self->template != NULL);
  gtk_widget_action_set_enabled (widget, "template.delete", writable (self) && saved);
  gtk_widget_action_set_enabled (widget, "template.insert-field", self->template != NULL);
}

static void
update_title (HustingsTemplateEditor *self)
{
  HustingsTemplateKind kind = hustings_template_get_kind (self->template);
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  g_autofree char *subtitle = NULL;

  if (*name == '\0')
    name = kind == HUSTINGS_TEMPLATE_EMAIL ? _("New Email Template") : _("New Letter Template");
  if (hustings_template_is_builtin (self->template))
    /* Translators: a template's kind, "Letter" or "Email", of a built-in template */
    subtitle = g_strdup_printf (_("%s · Built-in"), hustings_template_kind_describe (kind));
  else
    subtitle = g_strdup (hustings_template_kind_describe (kind));
  adw_window_title_set_title (self->form_title, name);
  adw_window_title_set_subtitle (self->form_title, subtitle);
}

/* Fills the form with template (a new reference is taken). */
static void
show_template (HustingsTemplateEditor *self,
               HustingsTemplate       *template)
{
  gboolean email = hustings_template_get_kind (template) == HUSTINGS_TEMPLATE_EMAIL;

  g_set_object (&self->template, template);
  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), hustings_template_get_name (template));
  gtk_editable_set_text (GTK_EDITABLE (self->subject_row),
                         hustings_template_get_subject (template));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->body_view),
                            hustings_template_get_body (template), -1);
  self->loading = FALSE;

  gtk_widget_set_visible (GTK_WIDGET (self->subject_row), email);
  self->subject_last = FALSE;
  adw_preferences_group_set_description (
    self->details_group,
    hustings_template_is_builtin (template)
    ? _("A built-in template. Your changes are saved in this committee file as your own "
        "version, used in its place until you delete it.")
    : NULL);
  self->dirty = FALSE;
  show_error (self, NULL);
  update_title (self);
  update_actions (self);
}

static void
edited_cb (HustingsTemplateEditor *self)
{
  if (self->loading || self->template == NULL)
    return;
  self->dirty = TRUE;
  update_title (self);
}

/* The list ------------------------------------------------------------------------------- */

static GtkWidget *
template_row_new (HustingsTemplate *template)
{
  GtkWidget *row = adw_action_row_new ();
  const char *kind = hustings_template_kind_describe (hustings_template_get_kind (template));
  g_autofree char *subtitle = hustings_template_is_builtin (template)
                              ? g_strdup_printf (_("%s · Built-in"), kind) : g_strdup (kind);
  g_autofree char *title = g_markup_escape_text (hustings_template_get_name (template), -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static gboolean
same_template (HustingsTemplate *a,
               HustingsTemplate *b)
{
  return hustings_template_get_kind (a) == hustings_template_get_kind (b)
         && g_utf8_collate (hustings_template_get_name (a), hustings_template_get_name (b)) == 0;
}

/* Lists the file's templates again, and selects the one shown (when it is listed). */
static void
rebuild_list (HustingsTemplateEditor *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  GPtrArray *templates;

  templates = hustings_template_store_list (self->file, TRUE, HUSTINGS_TEMPLATE_LETTER, &error);
  if (templates == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  g_clear_pointer (&self->templates, g_ptr_array_unref);
  self->templates = templates;

  self->loading = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->templates_list))) != NULL)
    gtk_list_box_remove (self->templates_list, child);
  for (guint i = 0; i < templates->len; i++)
    {
      HustingsTemplate *template = g_ptr_array_index (templates, i);

      gtk_list_box_append (self->templates_list, template_row_new (template));
      if (self->template != NULL && same_template (template, self->template)
          && (hustings_template_get_id (self->template) != 0
              || hustings_template_is_builtin (self->template)))
        {
          gtk_list_box_select_row (self->templates_list,
                                   gtk_list_box_get_row_at_index (self->templates_list, i));
          /* The listed one is the one saved: keep it, with its id and times. */
          if (!self->dirty)
            g_set_object (&self->template, template);
        }
    }
  self->loading = FALSE;
  update_actions (self);
}

static void
select_template (HustingsTemplateEditor *self,
                 guint                   index)
{
  self->loading = TRUE;
  gtk_list_box_select_row (self->templates_list,
                           gtk_list_box_get_row_at_index (self->templates_list, (int) index));
  self->loading = FALSE;
  show_template (self, g_ptr_array_index (self->templates, index));
}

/* Saves the form; FALSE, saying why in the form, when it cannot be. */
static gboolean
save (HustingsTemplateEditor *self)
{
  g_autoptr(HustingsTemplate) edited = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;

  if (self->template == NULL)
    return TRUE;

  edited = hustings_template_copy (self->template);
  body = body_text (self);
  hustings_template_set_name (edited, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  hustings_template_set_subject (edited,
                                 gtk_editable_get_text (GTK_EDITABLE (self->subject_row)));
  hustings_template_set_body (edited, body);
  /* A built-in's copy has no id: adding it makes it this file's own. */
  if (hustings_template_get_id (edited) != 0
      ? !hustings_template_store_update (self->file, edited, &error)
      : !hustings_template_store_add (self->file, edited, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  self->dirty = FALSE;
  show_error (self, NULL);
  g_set_object (&self->template, edited);
  /* The file's "outreach-changed" has listed it already; select it now that it is shown. */
  rebuild_list (self);
  show_template (self, self->template);
  return TRUE;
}

static void
row_selected_cb (HustingsTemplateEditor *self,
                 GtkListBoxRow          *row)
{
  HustingsTemplate *chosen;

  if (self->loading || row == NULL)
    return;
  chosen = g_ptr_array_index (self->templates, gtk_list_box_row_get_index (row));
  if (chosen == self->template)
    return;

  /* Leaving a template saves its changes; when they cannot be saved, the form stays. */
  if (self->dirty && !save (self))
    {
      guint i;

      self->loading = TRUE;
      gtk_list_box_unselect_all (self->templates_list);
      for (i = 0; i < self->templates->len; i++)
        if (g_ptr_array_index (self->templates, i) == self->template)
          gtk_list_box_select_row (self->templates_list,
                                   gtk_list_box_get_row_at_index (self->templates_list, i));
      self->loading = FALSE;
      return;
    }

  show_template (self, chosen);
  adw_leaflet_set_visible_child (self->leaflet, self->form_pane);
}

static void
outreach_changed_cb (HustingsTemplateEditor *self)
{
  rebuild_list (self);
}

/* Merge fields ------------------------------------------------------------------------------ */

static void
focus_changed_cb (HustingsTemplateEditor *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus == NULL)
    return;
  if (gtk_widget_is_ancestor (focus, GTK_WIDGET (self->subject_row)))
    self->subject_last = TRUE;
  else if (focus == GTK_WIDGET (self->body_view))
    self->subject_last = FALSE;
}

static void
insert_field_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HustingsTemplateEditor *self = HUSTINGS_TEMPLATE_EDITOR (widget);
  g_autofree char *text = g_strdup_printf ("{{%s}}", g_variant_get_string (parameter, NULL));

  gtk_popover_popdown (self->fields_popover);
  if (self->subject_last && gtk_widget_get_visible (GTK_WIDGET (self->subject_row)))
    {
      int position = gtk_editable_get_position (GTK_EDITABLE (self->subject_row));

      gtk_editable_insert_text (GTK_EDITABLE (self->subject_row), text, -1, &position);
      gtk_editable_set_position (GTK_EDITABLE (self->subject_row), position);
      gtk_widget_grab_focus (GTK_WIDGET (self->subject_row));
    }
  else
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);

      gtk_text_buffer_insert_at_cursor (buffer, text, -1);
      gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
    }
}

static void
field_activated_cb (HustingsTemplateEditor *self,
                    GtkListBoxRow          *row)
{
  const char *name = g_object_get_data (G_OBJECT (row), "field");

  gtk_widget_activate_action (GTK_WIDGET (self), "template.insert-field", "s", name);
}

static void
fill_fields (HustingsTemplateEditor *self)
{
  guint n;
  const HustingsMergeField *fields = hustings_merge_fields (&n);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *label = gtk_label_new (fields[i].label);
      GtkWidget *description = gtk_label_new (fields[i].description);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_xalign (GTK_LABEL (description), 0);
      gtk_label_set_wrap (GTK_LABEL (description), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (description), 40);
      gtk_widget_add_css_class (description, "dim-label");
      gtk_widget_add_css_class (description, "caption");
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), description);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      g_object_set_data (G_OBJECT (row), "field", (gpointer) fields[i].name);
      gtk_list_box_append (self->fields_list, row);
    }
}

/* Actions ------------------------------------------------------------------------------------ */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HustingsTemplateEditor *self = HUSTINGS_TEMPLATE_EDITOR (widget);
  g_autoptr(HustingsTemplate) template = NULL;
  HustingsTemplateKind kind;

  if (!hustings_template_kind_from_string (g_variant_get_string (parameter, NULL), &kind)
      || (self->dirty && !save (self)))
    return;
  template = hustings_template_new (kind);
  self->loading = TRUE;
  gtk_list_box_unselect_all (self->templates_list);
  self->loading = FALSE;
  show_template (self, template);
  adw_leaflet_set_visible_child (self->leaflet, self->form_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsTemplateEditor *self = HUSTINGS_TEMPLATE_EDITOR (widget);

  if (save (self))
    {
      g_autofree char *message =
        /* Translators: a template's name */
        g_strdup_printf (_("Saved “%s”"), hustings_template_get_name (self->template));

      show_toast (self, message);
    }
}

static void
delete_response_cb (AdwMessageDialog       *dialog,
                    const char             *response,
                    HustingsTemplateEditor *self)
{
  g_autoptr(HustingsTemplate) deleted = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0 || self->template == NULL)
    return;
  deleted = g_object_ref (self->template);
  if (!hustings_template_store_delete (self->file, hustings_template_get_id (deleted), &error))
    {
      show_error (self, error->message);
      return;
    }

  /* The built-in it replaced, if any, is listed again: show it; else the first template. */
  self->dirty = FALSE;
  for (guint i = 0; i < self->templates->len; i++)
    if (same_template (g_ptr_array_index (self->templates, i), deleted))
      {
        select_template (self, i);
        return;
      }
  if (self->templates->len > 0)
    select_template (self, 0);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HustingsTemplateEditor *self = HUSTINGS_TEMPLATE_EDITOR (widget);
  g_autofree char *heading = NULL;
  g_autoptr(GPtrArray) builtins = hustings_template_builtins ();
  gboolean replaces = FALSE;
  GtkWidget *dialog;

  if (self->template == NULL || hustings_template_get_id (self->template) == 0)
    return;
  for (guint i = 0; i < builtins->len; i++)
    replaces |= same_template (g_ptr_array_index (builtins, i), self->template);

  /* Translators: a dialog heading, a template's name in quotes */
  heading = g_strdup_printf (_("Delete “%s”?"), hustings_template_get_name (self->template));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   replaces
                                   ? _("The built-in template of that name is used again.")
                                   : _("Letters and emails already sent stay in the contacts’ "
                                       "history."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsTemplateEditor *self = HUSTINGS_TEMPLATE_EDITOR (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

static void
close_response_cb (AdwMessageDialog       *dialog,
                   const char             *response,
                   HustingsTemplateEditor *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    self->dirty = FALSE;
  else if (g_strcmp0 (response, "save") != 0 || !save (self))
    return;
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
hustings_template_editor_close_request (GtkWindow *window)
{
  HustingsTemplateEditor *self = HUSTINGS_TEMPLATE_EDITOR (window);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (!self->dirty || !writable (self))
    return GTK_WINDOW_CLASS (hustings_template_editor_parent_class)->close_request (window);

  heading = g_strdup_printf (_("Save Changes to “%s”?"),
                             gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  dialog = adw_message_dialog_new (window, heading,
                                   _("The template has changes that are not saved."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* GObject ---------------------------------------------------------------------------------- */

static void
hustings_template_editor_dispose (GObject *object)
{
  HustingsTemplateEditor *self = HUSTINGS_TEMPLATE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_TEMPLATE_EDITOR);
  g_clear_object (&self->file);
  g_clear_object (&self->template);
  g_clear_pointer (&self->templates, g_ptr_array_unref);

  G_OBJECT_CLASS (hustings_template_editor_parent_class)->dispose (object);
}

#define BIND(name) \
  gtk_widget_class_bind_template_child (widget_class, HustingsTemplateEditor, name)

static void
hustings_template_editor_class_init (HustingsTemplateEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = hustings_template_editor_dispose;
  window_class->close_request = hustings_template_editor_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-template-editor.ui");
  BIND (toast_overlay);
  BIND (leaflet);
  BIND (list_pane);
  BIND (form_pane);
  BIND (templates_list);
  BIND (form_title);
  BIND (error_group);
  BIND (error_label);
  BIND (details_group);
  BIND (name_row);
  BIND (subject_row);
  BIND (fields_popover);
  BIND (fields_list);
  BIND (body_view);
  gtk_widget_class_bind_template_callback (widget_class, edited_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_activated_cb);

  gtk_widget_class_install_action (widget_class, "template.new", "s", new_action);
  gtk_widget_class_install_action (widget_class, "template.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "template.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "template.insert-field", "s",
                                   insert_field_action);
  gtk_widget_class_install_action (widget_class, "template.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "template.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

#undef BIND

static void
hustings_template_editor_init (HustingsTemplateEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_fields (self);
  g_signal_connect_object (gtk_text_view_get_buffer (self->body_view), "changed",
                           G_CALLBACK (edited_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (focus_changed_cb), NULL);
}

HustingsTemplateEditor *
hustings_template_editor_new (GtkWindow             *parent,
                              HustingsCommitteeFile *file,
                              HustingsTemplateKind   kind,
                              const char            *name)
{
  HustingsTemplateEditor *self;
  guint shown = G_MAXUINT;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  self = g_object_new (HUSTINGS_TYPE_TEMPLATE_EDITOR, "transient-for", parent, NULL);
  self->file = g_object_ref (file);
  g_signal_connect_object (file, "outreach-changed", G_CALLBACK (outreach_changed_cb), self,
                           G_CONNECT_SWAPPED);
  rebuild_list (self);
  for (guint i = 0; self->templates != NULL && i < self->templates->len; i++)
    {
      HustingsTemplate *template = g_ptr_array_index (self->templates, i);

      if (hustings_template_get_kind (template) != kind)
        continue;
      if (shown == G_MAXUINT
          || (name != NULL && g_utf8_collate (hustings_template_get_name (template), name) == 0))
        shown = i;
    }
  if (shown != G_MAXUINT)
    select_template (self, shown);
  else
    {
      g_autoptr(HustingsTemplate) blank = hustings_template_new (kind);

      show_template (self, blank);
    }
  return self;
}
