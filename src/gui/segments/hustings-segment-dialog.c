/* hustings-segment-dialog.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-segment-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-file-job.h"
#include "hustings-segment-rule-row.h"

#include "hustings-segment-dialog.h"

/* How long the rules must stay unchanged before they are counted, in milliseconds: typing a
 * ZIP code counts once, not at every digit. */
#define COUNT_DELAY 300

struct _HustingsSegmentDialog
{
  AdwWindow              parent_instance;

  /* template widgets */
  AdwWindowTitle        *window_title;
  AdwPreferencesGroup   *error_group;
  GtkLabel              *error_label;
  AdwEntryRow           *name_row;
  AdwComboRow           *match_row;
  GtkMenuButton         *add_rule_button;
  GtkListBox            *rules_list;
  GtkSpinner            *count_spinner;
  GtkLabel              *count_label;

  /* owned */
  HustingsCommitteeFile *file;
  gint64                 segment_id;   /* the segment edited; 0 for a new one */
  HustingsFileJob       *count_job;    /* the latest count; older ones are ignored */
  GCancellable          *cancellable;
  guint                  count_source;
  gint64                 count;
};

G_DEFINE_FINAL_TYPE (HustingsSegmentDialog, hustings_segment_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (HustingsSegmentDialog *self,
            const char            *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), message != NULL);
}

/* The segment the dialog shows; NULL + error when a rule's values cannot be read (with
 * commit, dates being typed are read first). */
static HustingsSegment *
build_segment (HustingsSegmentDialog  *self,
               gboolean                commit,
               GError                **error)
{
  g_autoptr(HustingsSegment) segment = NULL;
  GtkListBoxRow *row;

  segment = hustings_segment_new (gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                                  adw_combo_row_get_selected (self->match_row) == 1
                                  ? HUSTINGS_SEGMENT_MATCH_ANY : HUSTINGS_SEGMENT_MATCH_ALL);
  segment->id = self->segment_id;
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->rules_list, i)) != NULL; i++)
    if (!hustings_segment_rule_row_add_to (HUSTINGS_SEGMENT_RULE_ROW (row), segment, commit,
                                           error))
      {
        /* Translators: before what is wrong with a rule, as the core says it */
        g_prefix_error (error, _("Rule %d: "), i + 1);
        return NULL;
      }
  return g_steal_pointer (&segment);
}

/* Counting --------------------------------------------------------------------------------- */

static void
set_count (HustingsSegmentDialog *self,
           gint64                 count,
           const char            *text)
{
  gboolean counting = count < 0 && text == NULL;

  self->count = count;
  gtk_label_set_text (self->count_label, counting ? _("Counting…") : text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->count_label), counting ? NULL : text);
  if (count < 0 && !counting)
    gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_spinner_set_spinning (self->count_spinner, counting);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
}

typedef struct {
  HustingsSegment *segment;
  gint64           count;   /* out */
} CountData;

static void
count_data_free (gpointer data)
{
  CountData *count = data;

  hustings_segment_free (count->segment);
  g_free (count);
}

/* Worker thread. */
static gboolean
count_func (HustingsCommitteeFile  *file,
            gpointer                data,
            GCancellable           *cancellable,
            HustingsProgressFunc    progress,
            gpointer                progress_data,
            GError                **error)
{
  CountData *count = data;

  return hustings_segment_store_count (file, count->segment, &count->count, error);
}

static void
count_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(HustingsSegmentDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  HustingsFileJob *job = HUSTINGS_FILE_JOB (source);
  CountData *count = g_object_get_data (G_OBJECT (job), "count");
  g_autofree char *text = NULL;

  if (!hustings_file_job_run_finish (job, result, &error))
    {
      if (job == self->count_job && !hustings_file_job_is_cancelled (error))
        set_count (self, -1, error->message);
    }
  else if (job == self->count_job)
    {
      /* Translators: how many contacts the segment's rules match: "1,204 contacts" */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'" G_GINT64_FORMAT " contact",
                                           "%'" G_GINT64_FORMAT " contacts",
                                           (gulong) MIN (count->count, G_MAXLONG)),
                              count->count);
      set_count (self, count->count, text);
    }
  if (job == self->count_job)
    g_clear_object (&self->count_job);
}

static gboolean
count_cb (gpointer user_data)
{
  HustingsSegmentDialog *self = user_data;
  g_autoptr(HustingsSegment) segment = NULL;
  g_autoptr(GError) error = NULL;
  CountData *count;

  self->count_source = 0;
  if ((segment = build_segment (self, FALSE, &error)) == NULL
      || !hustings_segment_validate (segment, &error))
    {
      set_count (self, -1, error->message);
      return G_SOURCE_REMOVE;
    }

  count = g_new0 (CountData, 1);
  count->segment = g_steal_pointer (&segment);
  g_clear_object (&self->count_job);
  self->count_job = hustings_file_job_new (hustings_committee_file_get_path (self->file),
                                           count_func, count, count_data_free);
  g_object_set_data (G_OBJECT (self->count_job), "count", count);
  hustings_file_job_run_async (self->count_job, self->cancellable, count_done_cb,
                               g_object_ref (self));
  return G_SOURCE_REMOVE;
}

/* The rules changed: they are counted again once they stay unchanged a moment. */
static void
rules_changed_cb (HustingsSegmentDialog *self)
{
  g_clear_handle_id (&self->count_source, g_source_remove);
  g_clear_object (&self->count_job);
  set_count (self, -1, NULL);
  self->count_source = g_timeout_add (COUNT_DELAY, count_cb, self);
}

/* Rules ------------------------------------------------------------------------------------ */

static void
remove_rule_cb (HustingsSegmentDialog *self,
                GtkListBoxRow         *row)
{
  gtk_list_box_remove (self->rules_list, GTK_WIDGET (row));
  rules_changed_cb (self);
}

static HustingsSegmentRuleRow *
append_rule (HustingsSegmentDialog *self,
             HustingsSegmentKind    kind)
{
  GtkWidget *row = hustings_segment_rule_row_new (self->file, kind);

  g_signal_connect_object (row, "changed", G_CALLBACK (rules_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove", G_CALLBACK (remove_rule_cb), self, G_CONNECT_SWAPPED);
  gtk_list_box_append (self->rules_list, row);
  return HUSTINGS_SEGMENT_RULE_ROW (row);
}

static void
add_rule_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HustingsSegmentDialog *self = HUSTINGS_SEGMENT_DIALOG (widget);
  HustingsSegmentKind kind;
  HustingsSegmentRuleRow *row;

  if (!hustings_segment_kind_from_string (g_variant_get_string (parameter, NULL), &kind))
    return;
  row = append_rule (self, kind);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  rules_changed_cb (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsSegmentDialog *self = HUSTINGS_SEGMENT_DIALOG (widget);
  g_autoptr(HustingsSegment) segment = NULL;
  g_autoptr(GError) error = NULL;

  if ((segment = build_segment (self, TRUE, &error)) == NULL
      || (self->segment_id != 0 ? !hustings_segment_store_update (self->file, segment, &error)
                                : !hustings_segment_store_add (self->file, segment, &error)))
    {
      show_error (self, error->message);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, g_strstrip (segment->name));
  gtk_window_destroy (GTK_WINDOW (self));
}

/* GObject ---------------------------------------------------------------------------------- */

static void
hustings_segment_dialog_dispose (GObject *object)
{
  HustingsSegmentDialog *self = HUSTINGS_SEGMENT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->count_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_SEGMENT_DIALOG);
  g_clear_object (&self->count_job);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (hustings_segment_dialog_parent_class)->dispose (object);
}

static void
hustings_segment_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  HustingsSegmentDialog *self = HUSTINGS_SEGMENT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_COUNT:
      g_value_set_int64 (value, self->count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define BIND(name) \
  gtk_widget_class_bind_template_child (widget_class, HustingsSegmentDialog, name)

static void
hustings_segment_dialog_class_init (HustingsSegmentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_segment_dialog_dispose;
  object_class->get_property = hustings_segment_dialog_get_property;

  properties[PROP_COUNT] =
    g_param_spec_int64 ("count", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-segment-dialog.ui");
  BIND (window_title);
  BIND (error_group);
  BIND (error_label);
  BIND (name_row);
  BIND (match_row);
  BIND (add_rule_button);
  BIND (rules_list);
  BIND (count_spinner);
  BIND (count_label);
  gtk_widget_class_bind_template_callback (widget_class, rules_changed_cb);

  gtk_widget_class_install_action (widget_class, "segment.add-rule", "s", add_rule_action);
  gtk_widget_class_install_action (widget_class, "segment.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

#undef BIND

static void
hustings_segment_dialog_init (HustingsSegmentDialog *self)
{
  g_autoptr(GMenuModel) kinds = hustings_segment_rule_row_kinds_menu ("segment.add-rule");

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->count = -1;
  gtk_menu_button_set_menu_model (self->add_rule_button, kinds);
}

static HustingsSegmentDialog *
dialog_new (GtkWindow             *parent,
            HustingsCommitteeFile *file,
            const HustingsSegment *segment)
{
  HustingsSegmentDialog *self = g_object_new (HUSTINGS_TYPE_SEGMENT_DIALOG,
                                              "transient-for", parent,
                                              NULL);

  self->file = g_object_ref (file);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "segment.save",
                                 !hustings_committee_file_is_read_only (file));
  if (segment != NULL)
    {
      self->segment_id = segment->id;
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), segment->name);
      adw_combo_row_set_selected (self->match_row,
                                  segment->match == HUSTINGS_SEGMENT_MATCH_ANY ? 1 : 0);
      for (guint i = 0; i < segment->rules->len; i++)
        {
          const HustingsSegmentRule *rule = hustings_segment_get_rule (segment, i);

          hustings_segment_rule_row_set_rule (append_rule (self, rule->kind), rule);
        }
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Segment"));
      adw_window_title_set_title (self->window_title, _("Edit Segment"));
    }
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  rules_changed_cb (self);
  return self;
}

HustingsSegmentDialog *
hustings_segment_dialog_new (GtkWindow             *parent,
                             HustingsCommitteeFile *file)
{
  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  return dialog_new (parent, file, NULL);
}

HustingsSegmentDialog *
hustings_segment_dialog_new_edit (GtkWindow              *parent,
                                  HustingsCommitteeFile  *file,
                                  const char             *name,
                                  GError                **error)
{
  g_autoptr(HustingsSegment) segment = NULL;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if ((segment = hustings_segment_store_get (file, name, error)) == NULL)
    return NULL;
  return dialog_new (parent, file, segment);
}

gint64
hustings_segment_dialog_get_count (HustingsSegmentDialog *self)
{
  g_return_val_if_fail (HUSTINGS_IS_SEGMENT_DIALOG (self), -1);

  return self->count;
}
