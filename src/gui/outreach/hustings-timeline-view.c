/* hustings-timeline-view.c
 *
 * The list box shows a slice of the lazy timeline model, the latest PAGE_SIZE entries at first
 * and a page more each time it is asked: a contact with thousands of gifts costs one query and
 * a page of rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-timeline-view"

#include "config.h"

#include <glib/gi18n.h>

#include "donations/hustings-donation-dialog.h"
#include "hustings-interaction-dialog.h"
#include "hustings-window.h"

#include "hustings-timeline-view.h"

#define PAGE_SIZE 50

struct _HustingsTimelineView
{
  AdwBin                 parent_instance;

  /* template widgets */
  AdwPreferencesGroup   *group;
  GtkListBox            *list_box;
  GtkButton             *more_button;

  /* owned */
  HustingsCommitteeFile *file;
  HustingsTimeline      *timeline;
  GtkSliceListModel     *slice;

  gboolean               read_only;
};

G_DEFINE_FINAL_TYPE (HustingsTimelineView, hustings_timeline_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
kind_icon (HustingsTimelineKind kind)
{
  switch (kind)
    {
    case HUSTINGS_TIMELINE_DONATION:
      return "hustings-donations-symbolic";
    case HUSTINGS_TIMELINE_REFUND:
      return "edit-undo-symbolic";
    case HUSTINGS_TIMELINE_SHIFT:
      return "preferences-system-time-symbolic";
    case HUSTINGS_TIMELINE_EVENT:
      return "x-office-calendar-symbolic";
    case HUSTINGS_TIMELINE_INTERACTION:
    default:
      return "chat-message-new-symbolic";
    }
}

static const char *
kind_name (HustingsTimelineKind kind)
{
  switch (kind)
    {
    case HUSTINGS_TIMELINE_DONATION:
      return _("Donation");
    case HUSTINGS_TIMELINE_REFUND:
      return _("Refund");
    case HUSTINGS_TIMELINE_SHIFT:
      return _("Shift");
    case HUSTINGS_TIMELINE_EVENT:
      return _("Event");
    case HUSTINGS_TIMELINE_INTERACTION:
    default:
      return _("Interaction");
    }
}

/* Whether activating an entry opens it: an interaction to edit, a donation in its dialog. */
static gboolean
opens (HustingsTimelineView *self,
       HustingsTimelineKind  kind)
{
  return !self->read_only && (kind == HUSTINGS_TIMELINE_INTERACTION
                              || kind == HUSTINGS_TIMELINE_DONATION
                              || kind == HUSTINGS_TIMELINE_REFUND);
}

static void
row_activated_cb (AdwActionRow         *row,
                  HustingsTimelineView *self)
{
  HustingsTimelineItem *item = g_object_get_data (G_OBJECT (row), "hustings-timeline-item");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  gint64 id = hustings_timeline_item_get_id (item);
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;

  if (hustings_timeline_item_get_kind (item) == HUSTINGS_TIMELINE_INTERACTION)
    dialog = (GtkWindow *) hustings_interaction_dialog_new_edit (parent, self->file, id, &error);
  else
    dialog = (GtkWindow *) hustings_donation_dialog_new_edit (parent, self->file, id, &error);

  if (dialog == NULL)
    {
      if (HUSTINGS_IS_WINDOW (root))
        hustings_window_show_toast (HUSTINGS_WINDOW (root), error->message);
      return;
    }
  gtk_window_present (dialog);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  HustingsTimelineView *self = user_data;
  HustingsTimelineItem *entry = item;
  HustingsTimelineKind kind = hustings_timeline_item_get_kind (entry);
  const char *detail = hustings_timeline_item_get_detail (entry);
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (kind_icon (kind));

  /* A shift's detail gives its hours: the day is enough before it. */
  if (kind == HUSTINGS_TIMELINE_SHIFT)
    when = hustings_date_format (hustings_timeline_item_get_date (entry));
  else
    g_object_get (entry, "when-text", &when, NULL);
  if (detail != NULL && *detail != '\0')
    /* Translators: when, then what it was about: "Mar 4, 2026, 6:30 PM · Check 1042" */
    subtitle = g_strdup_printf (_("%s · %s"), when, detail);
  else
    subtitle = g_steal_pointer (&when);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 hustings_timeline_item_get_title (entry));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  kind_name (kind), -1);
  gtk_widget_set_tooltip_text (icon, kind_name (kind));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  if (hustings_timeline_item_has_amount (entry))
    {
      g_autofree char *amount = hustings_money_format (hustings_timeline_item_get_amount (entry));
      GtkWidget *label = gtk_label_new (amount);

      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  g_object_set_data_full (G_OBJECT (row), "hustings-timeline-item", g_object_ref (entry),
                          g_object_unref);
  if (opens (self, kind))
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect_object (row, "activated", G_CALLBACK (row_activated_cb), self, 0);
    }
  return row;
}

static void
update_more (HustingsTimelineView *self)
{
  guint total = self->timeline ? g_list_model_get_n_items (G_LIST_MODEL (self->timeline)) : 0;
  guint shown = self->slice ? g_list_model_get_n_items (G_LIST_MODEL (self->slice)) : 0;
  g_autofree char *description = NULL;
  g_autofree char *label = NULL;

  if (total > shown)
    {
      /* Translators: under a contact's history, "Show More (1,204 Earlier)" */
      label = g_strdup_printf (_("Show More (%'u Earlier)"), total - shown);
      gtk_button_set_label (self->more_button, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->more_button), total > shown);

  if (total > 0)
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u entry, the latest first",
                                                "%'u entries, the latest first", total),
                                   total);
  adw_preferences_group_set_description (self->group, description);
}

static void
bind_list (HustingsTimelineView *self)
{
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->slice), create_row, self, NULL);
}

static void
log_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HustingsTimelineView *self = HUSTINGS_TIMELINE_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  gint64 contact_id = self->timeline ? hustings_timeline_get_contact_id (self->timeline) : 0;
  HustingsInteractionDialog *dialog;

  if (contact_id == 0 || self->read_only)
    return;

  dialog = hustings_interaction_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                            self->file, contact_id);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
more_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsTimelineView *self = HUSTINGS_TIMELINE_VIEW (widget);

  if (self->slice == NULL)
    return;
  gtk_slice_list_model_set_size (self->slice, gtk_slice_list_model_get_size (self->slice)
                                              + PAGE_SIZE);
  update_more (self);
}

static void
update_actions (HustingsTimelineView *self)
{
  gboolean shows = self->timeline != NULL && hustings_timeline_get_contact_id (self->timeline) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.log", shows && !self->read_only);
}

static void
hustings_timeline_view_dispose (GObject *object)
{
  HustingsTimelineView *self = HUSTINGS_TIMELINE_VIEW (object);

  hustings_timeline_view_set_file (self, NULL);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_TIMELINE_VIEW);

  G_OBJECT_CLASS (hustings_timeline_view_parent_class)->dispose (object);
}

static void
hustings_timeline_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  HustingsTimelineView *self = HUSTINGS_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_timeline_view_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  HustingsTimelineView *self = HUSTINGS_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_READ_ONLY:
      self->read_only = g_value_get_boolean (value);
      /* The rows made before open or not as they should now. */
      if (self->slice != NULL)
        bind_list (self);
      update_actions (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_timeline_view_class_init (HustingsTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_timeline_view_dispose;
  object_class->get_property = hustings_timeline_view_get_property;
  object_class->set_property = hustings_timeline_view_set_property;

  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-timeline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsTimelineView, group);
  gtk_widget_class_bind_template_child (widget_class, HustingsTimelineView, list_box);
  gtk_widget_class_bind_template_child (widget_class, HustingsTimelineView, more_button);

  gtk_widget_class_install_action (widget_class, "timeline.log", NULL, log_action);
  gtk_widget_class_install_action (widget_class, "timeline.more", NULL, more_action);
}

static void
hustings_timeline_view_init (HustingsTimelineView *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("Nothing yet. Calls, emails and meetings logged here show "
                                 "with the contact’s donations, shifts and events."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_label_set_justify (GTK_LABEL (placeholder), GTK_JUSTIFY_CENTER);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->list_box, placeholder);

  update_actions (self);
}

void
hustings_timeline_view_set_file (HustingsTimelineView  *self,
                                 HustingsCommitteeFile *file)
{
  g_return_if_fail (HUSTINGS_IS_TIMELINE_VIEW (self));
  g_return_if_fail (file == NULL || HUSTINGS_IS_COMMITTEE_FILE (file));

  if (self->file == file)
    return;

  if (self->timeline != NULL)
    g_signal_handlers_disconnect_by_data (self->timeline, self);
  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  g_clear_object (&self->slice);
  g_clear_object (&self->timeline);
  g_set_object (&self->file, file);

  if (file != NULL)
    {
      self->timeline = hustings_timeline_new (file, 0);
      self->slice = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->timeline)), 0,
                                              PAGE_SIZE);
      g_signal_connect_object (self->timeline, "items-changed", G_CALLBACK (update_more), self,
                               G_CONNECT_SWAPPED);
      bind_list (self);
    }

  update_more (self);
  update_actions (self);
}

void
hustings_timeline_view_set_contact (HustingsTimelineView *self,
                                    gint64                contact_id)
{
  g_return_if_fail (HUSTINGS_IS_TIMELINE_VIEW (self));

  if (self->timeline == NULL)
    return;

  if (hustings_timeline_get_contact_id (self->timeline) != contact_id)
    {
      gtk_slice_list_model_set_size (self->slice, PAGE_SIZE);
      hustings_timeline_set_contact_id (self->timeline, contact_id);
    }
  update_more (self);
  update_actions (self);
}

GListModel *
hustings_timeline_view_get_model (HustingsTimelineView *self)
{
  g_return_val_if_fail (HUSTINGS_IS_TIMELINE_VIEW (self), NULL);

  return G_LIST_MODEL (self->timeline);
}
