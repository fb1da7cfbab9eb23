/* hustings-contact-editor.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-contact-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "outreach/hustings-timeline-view.h"
#include "tasks/hustings-task-group.h"
#include "widgets/hustings-entry-list.h"

#include "hustings-contact-editor.h"

struct _HustingsContactEditor
{
  AdwBin                 parent_instance;

  /* template widgets */
  GtkStack              *stack;
  GtkButton             *back_button;
  GtkLabel              *title_label;
  GtkLabel              *error_label;
  GtkWidget             *form;
  AdwComboRow           *entity_row;
  AdwEntryRow           *prefix_row;
  AdwEntryRow           *first_row;
  AdwEntryRow           *middle_row;
  AdwEntryRow           *last_row;
  AdwEntryRow           *suffix_row;
  AdwEntryRow           *org_row;
  AdwEntryRow           *fec_id_row;
  AdwActionRow          *multicandidate_row;
  GtkSwitch             *multicandidate_switch;
  AdwEntryRow           *street1_row;
  AdwEntryRow           *street2_row;
  AdwEntryRow           *city_row;
  AdwEntryRow           *state_row;
  AdwEntryRow           *zip_row;
  AdwEntryRow           *country_row;
  HustingsEntryList     *emails_list;
  HustingsEntryList     *phones_list;
  AdwPreferencesGroup   *work_group;
  AdwEntryRow           *employer_row;
  AdwEntryRow           *occupation_row;
  AdwEntryRow           *tags_row;
  GtkTextView           *notes_view;
  AdwEntryRow           *district_row;
  AdwActionRow          *unsubscribed_row;
  GtkSwitch             *unsubscribed_switch;
  GtkWidget             *history_box;
  HustingsTaskGroup     *task_group;
  AdwPreferencesGroup   *election_totals_group;
  AdwPreferencesGroup   *cycle_totals_group;
  AdwPreferencesGroup   *year_totals_group;
  HustingsTimelineView  *timeline_view;

  /* owned */
  HustingsCommitteeFile *file;
  HustingsContact       *contact;        /* as saved; id 0 for a new one */
  GPtrArray             *history_rows;   /* rows added to the totals groups */

  /* borrowed: the entry of each text field, NULL for notes */
  AdwEntryRow           *field_rows[HUSTINGS_CONTACT_N_FIELDS];

  gboolean               loading;
  gboolean               dirty;
  gboolean               read_only;
};

G_DEFINE_FINAL_TYPE (HustingsContactEditor, hustings_contact_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_FILE,
  PROP_SHOW_BACK,
  PROP_READ_ONLY,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
entity_is_committee (HustingsEntityType type)
{
  return type == HUSTINGS_ENTITY_PAC || type == HUSTINGS_ENTITY_PTY
         || type == HUSTINGS_ENTITY_CCM || type == HUSTINGS_ENTITY_COM;
}

static HustingsEntityType
selected_entity (HustingsContactEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->entity_row);

  return selected < HUSTINGS_N_ENTITIES ? (HustingsEntityType) selected : HUSTINGS_ENTITY_IND;
}

static void
update_actions (HustingsContactEditor *self)
{
  gboolean is_new = self->contact != NULL && hustings_contact_get_id (self->contact) == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save",
                                 !self->read_only && (self->dirty || is_new));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.revert",
                                 !self->read_only && self->dirty);
}

static void
set_dirty (HustingsContactEditor *self,
           gboolean               dirty)
{
  self->dirty = dirty;
  update_actions (self);
}

static void
show_error (HustingsContactEditor *self,
            const char            *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
update_entity_visibility (HustingsContactEditor *self)
{
  HustingsEntityType type = selected_entity (self);
  gboolean person = hustings_entity_type_is_person (type);

  for (HustingsContactField f = HUSTINGS_CONTACT_PREFIX; f <= HUSTINGS_CONTACT_SUFFIX; f++)
    gtk_widget_set_visible (GTK_WIDGET (self->field_rows[f]), person);
  gtk_widget_set_visible (GTK_WIDGET (self->org_row), !person);
  gtk_widget_set_visible (GTK_WIDGET (self->fec_id_row), entity_is_committee (type));
  gtk_widget_set_visible (GTK_WIDGET (self->multicandidate_row), type == HUSTINGS_ENTITY_PAC);
  gtk_widget_set_visible (GTK_WIDGET (self->work_group), person);
}

static void
clear_history (HustingsContactEditor *self)
{
  for (guint i = 0; i < self->history_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->history_rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->history_rows, 0);
}

static GtkWidget *
add_history_row (HustingsContactEditor *self,
                 AdwPreferencesGroup   *group,
                 const char            *title,
                 const char            *subtitle,
                 const char            *amount)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (amount != NULL)
    {
      GtkWidget *label = gtk_label_new (amount);

      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->history_rows, row);
  return row;
}

static char *
describe_period (HustingsTotalKind  kind,
                 const char        *period)
{
  switch (kind)
    {
    case HUSTINGS_TOTAL_ELECTION:
      return hustings_election_code_describe (period);
    case HUSTINGS_TOTAL_CYCLE:
      /* Translators: a two-year election cycle, "2026 cycle" */
      return g_strdup_printf (_("%s cycle"), period);
    case HUSTINGS_TOTAL_YEAR:
    default:
      return g_strdup (period);
    }
}

static void
fill_totals (HustingsContactEditor *self,
             AdwPreferencesGroup   *group,
             HustingsTotalKind      kind)
{
  gint64 id = hustings_contact_get_id (self->contact);
  g_autoptr(GPtrArray) totals = hustings_contact_store_totals (self->file, id, kind);

  for (guint i = 0; i < totals->len; i++)
    {
      HustingsTotal *total = g_ptr_array_index (totals, i);
      g_autofree char *title = describe_period (kind, total->period);
      g_autofree char *amount = hustings_money_format (total->total_cents);
      g_autofree char *gifts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%" G_GINT64_FORMAT " gift",
                                                             "%" G_GINT64_FORMAT " gifts",
                                                             total->gift_count),
                                                total->gift_count);

      add_history_row (self, group, title, gifts, amount);
    }

  gtk_widget_set_visible (GTK_WIDGET (group), totals->len > 0);
}

static void
refresh_history (HustingsContactEditor *self)
{
  gint64 id = self->contact != NULL ? hustings_contact_get_id (self->contact) : 0;

  clear_history (self);
  gtk_widget_set_visible (self->history_box, id > 0);
  hustings_task_group_set_contact (self->task_group, id);
  hustings_timeline_view_set_contact (self->timeline_view, id);
  if (id == 0)
    return;

  fill_totals (self, self->election_totals_group, HUSTINGS_TOTAL_ELECTION);
  fill_totals (self, self->cycle_totals_group, HUSTINGS_TOTAL_CYCLE);
  fill_totals (self, self->year_totals_group, HUSTINGS_TOTAL_YEAR);
}

/* "Since Mar 4, 2026" for the local day of a UTC timestamp. */
static char *
describe_opt_out (const char *timestamp)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (timestamp, utc);
  g_autoptr(GDateTime) local = when ? g_date_time_to_local (when) : NULL;
  g_autofree char *day = local ? g_date_time_format (local, "%Y-%m-%d") : NULL;
  g_autofree char *date = day ? hustings_date_format (day) : NULL;

  /* Translators: when a contact unsubscribed from email, "Since Mar 4, 2026" */
  return date ? g_strdup_printf (_("Since %s"), date) : NULL;
}

static void
update_unsubscribed (HustingsContactEditor *self)
{
  const char *saved = self->contact ? hustings_contact_get_email_opt_out_at (self->contact)
                                    : NULL;
  g_autofree char *subtitle = NULL;

  if (gtk_switch_get_active (self->unsubscribed_switch))
    subtitle = saved ? describe_opt_out (saved) : g_strdup (_("From today, once saved"));
  adw_action_row_set_subtitle (self->unsubscribed_row, subtitle ? subtitle : "");
}

static void
load_contact (HustingsContactEditor *self,
              HustingsContact       *contact)
{
  g_autofree char *tags = NULL;
  gboolean is_new = hustings_contact_get_id (contact) == 0;

  g_set_object (&self->contact, contact);

  self->loading = TRUE;
  adw_combo_row_set_selected (self->entity_row, hustings_contact_get_entity_type (contact));
  for (guint f = 0; f < HUSTINGS_CONTACT_N_FIELDS; f++)
    if (self->field_rows[f] != NULL)
      gtk_editable_set_text (GTK_EDITABLE (self->field_rows[f]),
                             hustings_contact_get_field (contact, f));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            hustings_contact_get_field (contact, HUSTINGS_CONTACT_NOTES), -1);
  hustings_entry_list_set_values (self->emails_list, hustings_contact_get_emails (contact));
  hustings_entry_list_set_values (self->phones_list, hustings_contact_get_phones (contact));
  tags = g_strjoinv (", ", (char **) hustings_contact_get_tags (contact));
  gtk_editable_set_text (GTK_EDITABLE (self->tags_row), tags);
  gtk_switch_set_active (self->multicandidate_switch,
                         hustings_contact_get_multicandidate (contact));
  gtk_editable_set_text (GTK_EDITABLE (self->country_row), hustings_contact_get_country (contact));
  gtk_editable_set_text (GTK_EDITABLE (self->district_row),
                         hustings_contact_get_district (contact));
  gtk_switch_set_active (self->unsubscribed_switch,
                         hustings_contact_get_email_opt_out_at (contact) != NULL);
  self->loading = FALSE;
  update_unsubscribed (self);

  gtk_label_set_text (self->title_label,
                      is_new ? _("New Contact") : hustings_contact_get_display_name (contact));
  update_entity_visibility (self);
  show_error (self, NULL);
  set_dirty (self, FALSE);
  refresh_history (self);
  gtk_stack_set_visible_child_name (self->stack, "form");
}

static void
clear_contact (HustingsContactEditor *self)
{
  g_clear_object (&self->contact);
  refresh_history (self);
  set_dirty (self, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static GStrv
split_tags (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  return g_strv_builder_end (builder);
}

/* Whether a field belongs to the kind of contact chosen; fields of other kinds are emptied. */
static gboolean
field_applies (HustingsContactField field,
               HustingsEntityType   type)
{
  gboolean person = hustings_entity_type_is_person (type);

  switch (field)
    {
    case HUSTINGS_CONTACT_PREFIX:
    case HUSTINGS_CONTACT_FIRST_NAME:
    case HUSTINGS_CONTACT_MIDDLE_NAME:
    case HUSTINGS_CONTACT_LAST_NAME:
    case HUSTINGS_CONTACT_SUFFIX:
    case HUSTINGS_CONTACT_EMPLOYER:
    case HUSTINGS_CONTACT_OCCUPATION:
      return person;
    case HUSTINGS_CONTACT_ORG_NAME:
      return !person;
    case HUSTINGS_CONTACT_FEC_ID:
      return entity_is_committee (type);
    case HUSTINGS_CONTACT_STREET1:
    case HUSTINGS_CONTACT_STREET2:
    case HUSTINGS_CONTACT_CITY:
    case HUSTINGS_CONTACT_STATE:
    case HUSTINGS_CONTACT_ZIP:
    case HUSTINGS_CONTACT_NOTES:
    case HUSTINGS_CONTACT_N_FIELDS:
    default:
      return TRUE;
    }
}

static HustingsContact *
contact_from_form (HustingsContactEditor *self)
{
  HustingsContact *contact = hustings_contact_copy (self->contact);
  HustingsEntityType type = selected_entity (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  g_autofree char *notes = NULL;
  g_auto(GStrv) emails = hustings_entry_list_dup_values (self->emails_list);
  g_auto(GStrv) phones = hustings_entry_list_dup_values (self->phones_list);
  g_auto(GStrv) tags = split_tags (gtk_editable_get_text (GTK_EDITABLE (self->tags_row)));
  g_autofree char *district = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (
                                            self->district_row))));
  g_autofree char *opted_out_at = NULL;

  hustings_contact_set_entity_type (contact, type);
  for (guint f = 0; f < HUSTINGS_CONTACT_N_FIELDS; f++)
    {
      g_autofree char *value = NULL;

      if (self->field_rows[f] == NULL)
        continue;

      value = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->field_rows[f]))));
      hustings_contact_set_field (contact, f, field_applies (f, type) ? value : "");
    }

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_NOTES, g_strstrip (notes));
  hustings_contact_set_emails (contact, (const char * const *) emails);
  hustings_contact_set_phones (contact, (const char * const *) phones);
  hustings_contact_set_tags (contact, (const char * const *) tags);
  hustings_contact_set_multicandidate (contact,
                                       type == HUSTINGS_ENTITY_PAC &&
                                       gtk_switch_get_active (self->multicandidate_switch));
  hustings_contact_set_country (contact, gtk_editable_get_text (GTK_EDITABLE (self->country_row)));
  hustings_contact_set_district (contact, district);
  /* Unsubscribed keeps the day it happened; switched on now, it happens now. */
  if (gtk_switch_get_active (self->unsubscribed_switch))
    opted_out_at = g_strdup (hustings_contact_get_email_opt_out_at (self->contact));
  if (gtk_switch_get_active (self->unsubscribed_switch) && opted_out_at == NULL)
    opted_out_at = hustings_timestamp_now ();
  hustings_contact_set_email_opt_out_at (contact, opted_out_at);

  return contact;
}

static void
reload_contact (HustingsContactEditor *self,
                gint64                 contact_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsContact) contact = hustings_contact_store_get (self->file, contact_id, &error);

  if (contact == NULL)
    {
      if (!g_error_matches (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND))
        g_warning ("Could not read contact %" G_GINT64_FORMAT ": %s", contact_id, error->message);
      clear_contact (self);
      return;
    }

  load_contact (self, contact);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  hustings_contact_editor_save (HUSTINGS_CONTACT_EDITOR (widget));
}

static void
revert_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HustingsContactEditor *self = HUSTINGS_CONTACT_EDITOR (widget);
  g_autoptr(HustingsContact) saved = NULL;

  if (self->contact == NULL)
    return;

  saved = g_object_ref (self->contact);
  load_contact (self, saved);
}

static void
field_changed_cb (HustingsContactEditor *self)
{
  if (!self->loading)
    set_dirty (self, TRUE);
}

static void
unsubscribed_changed_cb (HustingsContactEditor *self)
{
  update_unsubscribed (self);
  field_changed_cb (self);
}

static void
entity_changed_cb (HustingsContactEditor *self)
{
  update_entity_visibility (self);
  field_changed_cb (self);
}

static void
contacts_changed_cb (HustingsContactEditor *self)
{
  /* Edited elsewhere (or by a save here, which reloads by itself). */
  if (self->contact != NULL && hustings_contact_get_id (self->contact) > 0 && !self->dirty)
    reload_contact (self, hustings_contact_get_id (self->contact));
}

static void
donations_changed_cb (HustingsContactEditor *self)
{
  refresh_history (self);
}

static void
hustings_contact_editor_dispose (GObject *object)
{
  HustingsContactEditor *self = HUSTINGS_CONTACT_EDITOR (object);

  hustings_contact_editor_set_file (self, NULL);
  g_clear_pointer (&self->history_rows, g_ptr_array_unref);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_CONTACT_EDITOR);

  G_OBJECT_CLASS (hustings_contact_editor_parent_class)->dispose (object);
}

static void
hustings_contact_editor_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  HustingsContactEditor *self = HUSTINGS_CONTACT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_SHOW_BACK:
      g_value_set_boolean (value, gtk_widget_get_visible (GTK_WIDGET (self->back_button)));
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_contact_editor_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  HustingsContactEditor *self = HUSTINGS_CONTACT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_FILE:
      hustings_contact_editor_set_file (self, g_value_get_object (value));
      break;

    case PROP_SHOW_BACK:
      gtk_widget_set_visible (GTK_WIDGET (self->back_button), g_value_get_boolean (value));
      break;

    case PROP_READ_ONLY:
      self->read_only = g_value_get_boolean (value);
      gtk_widget_set_sensitive (self->form, !self->read_only);
      g_object_set (self->task_group, "read-only", self->read_only, NULL);
      g_object_set (self->timeline_view, "read-only", self->read_only, NULL);
      update_actions (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_contact_editor_class_init (HustingsContactEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_contact_editor_dispose;
  object_class->get_property = hustings_contact_editor_get_property;
  object_class->set_property = hustings_contact_editor_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, HUSTINGS_TYPE_COMMITTEE_FILE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_BACK] =
    g_param_spec_boolean ("show-back", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (HUSTINGS_TYPE_ENTRY_LIST);
  g_type_ensure (HUSTINGS_TYPE_TASK_GROUP);
  g_type_ensure (HUSTINGS_TYPE_TIMELINE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-contact-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, back_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, form);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, entity_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, prefix_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, first_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, middle_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, last_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, suffix_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, org_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, fec_id_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, multicandidate_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor,
                                        multicandidate_switch);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, street1_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, street2_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, city_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, state_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, zip_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, country_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, emails_list);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, phones_list);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, work_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, employer_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, occupation_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, tags_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, district_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, unsubscribed_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor,
                                        unsubscribed_switch);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, history_box);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, task_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor,
                                        election_totals_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, cycle_totals_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, year_totals_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsContactEditor, timeline_view);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.revert", NULL, revert_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
hustings_contact_editor_init (HustingsContactEditor *self)
{
  g_autoptr(GtkStringList) entities = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->history_rows = g_ptr_array_new ();

  self->field_rows[HUSTINGS_CONTACT_PREFIX] = self->prefix_row;
  self->field_rows[HUSTINGS_CONTACT_FIRST_NAME] = self->first_row;
  self->field_rows[HUSTINGS_CONTACT_MIDDLE_NAME] = self->middle_row;
  self->field_rows[HUSTINGS_CONTACT_LAST_NAME] = self->last_row;
  self->field_rows[HUSTINGS_CONTACT_SUFFIX] = self->suffix_row;
  self->field_rows[HUSTINGS_CONTACT_ORG_NAME] = self->org_row;
  self->field_rows[HUSTINGS_CONTACT_STREET1] = self->street1_row;
  self->field_rows[HUSTINGS_CONTACT_STREET2] = self->street2_row;
  self->field_rows[HUSTINGS_CONTACT_CITY] = self->city_row;
  self->field_rows[HUSTINGS_CONTACT_STATE] = self->state_row;
  self->field_rows[HUSTINGS_CONTACT_ZIP] = self->zip_row;
  self->field_rows[HUSTINGS_CONTACT_EMPLOYER] = self->employer_row;
  self->field_rows[HUSTINGS_CONTACT_OCCUPATION] = self->occupation_row;
  self->field_rows[HUSTINGS_CONTACT_FEC_ID] = self->fec_id_row;

  for (HustingsEntityType type = 0; type < HUSTINGS_N_ENTITIES; type++)
    gtk_string_list_append (entities, hustings_entity_type_describe (type));
  adw_combo_row_set_model (self->entity_row, G_LIST_MODEL (entities));

  for (guint f = 0; f < HUSTINGS_CONTACT_N_FIELDS; f++)
    if (self->field_rows[f] != NULL)
      g_signal_connect_object (self->field_rows[f], "changed", G_CALLBACK (field_changed_cb),
                               self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tags_row, "changed", G_CALLBACK (field_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->country_row, "changed", G_CALLBACK (field_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->district_row, "changed", G_CALLBACK (field_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->unsubscribed_switch, "notify::active",
                           G_CALLBACK (unsubscribed_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->multicandidate_switch, "notify::active",
                           G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->emails_list, "changed", G_CALLBACK (field_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->phones_list, "changed", G_CALLBACK (field_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entity_row, "notify::selected", G_CALLBACK (entity_changed_cb),
                           self, G_CONNECT_SWAPPED);

  update_actions (self);
}

GtkWidget *
hustings_contact_editor_new (void)
{
  return g_object_new (HUSTINGS_TYPE_CONTACT_EDITOR, NULL);
}

void
hustings_contact_editor_set_file (HustingsContactEditor *self,
                                  HustingsCommitteeFile *file)
{
  g_return_if_fail (HUSTINGS_IS_CONTACT_EDITOR (self));
  g_return_if_fail (file == NULL || HUSTINGS_IS_COMMITTEE_FILE (file));

  if (self->file == file)
    return;

  if (self->file != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->file, self);
      clear_contact (self);
    }

  g_set_object (&self->file, file);
  hustings_task_group_set_file (self->task_group, file);
  hustings_timeline_view_set_file (self->timeline_view, file);

  if (file != NULL)
    {
      g_signal_connect_object (file, "contacts-changed", G_CALLBACK (contacts_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (file, "donations-changed", G_CALLBACK (donations_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

void
hustings_contact_editor_show_contact (HustingsContactEditor *self,
                                      gint64                 contact_id)
{
  g_return_if_fail (HUSTINGS_IS_CONTACT_EDITOR (self));

  if (contact_id == 0 || self->file == NULL)
    {
      clear_contact (self);
      return;
    }

  if (self->contact != NULL && hustings_contact_get_id (self->contact) == contact_id)
    return;

  reload_contact (self, contact_id);
}

void
hustings_contact_editor_new_contact (HustingsContactEditor *self)
{
  g_autoptr(HustingsContact) contact = NULL;

  g_return_if_fail (HUSTINGS_IS_CONTACT_EDITOR (self));

  contact = hustings_contact_new (HUSTINGS_ENTITY_IND);
  load_contact (self, contact);
  gtk_widget_grab_focus (GTK_WIDGET (self->first_row));
}

gint64
hustings_contact_editor_get_contact_id (HustingsContactEditor *self)
{
  g_return_val_if_fail (HUSTINGS_IS_CONTACT_EDITOR (self), 0);

  return self->contact ? hustings_contact_get_id (self->contact) : 0;
}

gboolean
hustings_contact_editor_get_dirty (HustingsContactEditor *self)
{
  g_return_val_if_fail (HUSTINGS_IS_CONTACT_EDITOR (self), FALSE);

  return self->dirty;
}

gboolean
hustings_contact_editor_save (HustingsContactEditor *self)
{
  g_autoptr(HustingsContact) contact = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;
  gint64 id;

  g_return_val_if_fail (HUSTINGS_IS_CONTACT_EDITOR (self), FALSE);

  if (self->contact == NULL || self->file == NULL)
    return FALSE;

  contact = contact_from_form (self);
  if (hustings_contact_get_id (contact) == 0)
    ok = hustings_contact_store_add (self->file, contact, &error);
  else
    ok = hustings_contact_store_update (self->file, contact, &error);

  if (!ok)
    {
      show_error (self, error->message);
      return FALSE;
    }

  id = hustings_contact_get_id (contact);
  reload_contact (self, id);
  g_signal_emit (self, signals[SAVED], 0, id);
  return TRUE;
}
