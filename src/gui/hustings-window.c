/* hustings-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-window"

#include "config.h"

#include <glib/gi18n.h>

#include "committee/hustings-committee-dialog.h"
#include "compliance/hustings-compliance-page.h"
#include "contacts/hustings-contacts-page.h"
#include "disbursements/hustings-disbursement-dialog.h"
#include "disbursements/hustings-disbursements-page.h"
#include "donations/hustings-donation-dialog.h"
#include "donations/hustings-donations-page.h"
#include "email/hustings-email-window.h"
#include "email/hustings-mail-settings.h"
#include "import/hustings-fec-import-dialog.h"
#include "import/hustings-import-assistant.h"
#include "import/hustings-import-history.h"
#include "letters/hustings-letters-window.h"
#include "tasks/hustings-tasks-button.h"
#include "tasks/hustings-tasks-pane.h"
#include "volunteers/hustings-volunteers-page.h"
#include "welcome/hustings-welcome-page.h"
#include "hustings-demo-job.h"
#include "hustings-file-job.h"
#include "hustings-recent.h"

#include "hustings-window.h"

/* Recent committee files in the main menu. */
#define MAX_RECENT_MENU 8
#define DEMO_FILE_NAME "Demo Campaign" HUSTINGS_FILE_SUFFIX
/* Where "Open Recent" goes in file_section: after "New Committee…" and "Open…". */
#define RECENT_ITEM 2

/* A change offered for undo. */
typedef struct
{
  AdwToast         *toast;
  HustingsUndoFunc  undo;
  HustingsUndoFunc  commit;
  gpointer          data;
  GDestroyNotify    destroy;
} PendingChange;

struct _HustingsWindow
{
  AdwApplicationWindow   parent_instance;

  /* template widgets */
  AdwToastOverlay       *toast_overlay;
  AdwViewSwitcherTitle  *switcher_title;
  GtkInfoBar            *read_only_bar;
  GtkStack              *main_stack;
  HustingsWelcomePage   *welcome_page;
  AdwViewStack          *view_stack;
  HustingsContactsPage  *contacts_page;
  HustingsDonationsPage *donations_page;
  HustingsDisbursementsPage *disbursements_page;
  HustingsCompliancePage *compliance_page;
  HustingsVolunteersPage *volunteers_page;
  HustingsTasksButton   *tasks_button;
  AdwFlap               *tasks_flap;
  HustingsTasksPane     *tasks_pane;
  AdwStatusPage         *demo_status;
  GtkProgressBar        *demo_progress;
  AdwViewSwitcherBar    *switcher_bar;
  GMenu                 *file_section;

  /* owned */
  GMenu                 *recent_menu;    /* the "Open Recent" submenu */
  HustingsCommitteeFile *file;
  GSettings             *settings;
  GCancellable          *cancellable;    /* for the window's background work */
  HustingsFileJob       *demo_job;
  GtkNativeDialog       *chooser;
  PendingChange         *pending;
  HustingsFileJob       *export_job;
  GCancellable          *export_cancellable;
  AdwToast              *export_toast;   /* its progress */

  /* borrowed */
  HustingsImportHistory *history;        /* while it is open */

  gboolean               disposed;
};

G_DEFINE_FINAL_TYPE (HustingsWindow, hustings_window, ADW_TYPE_APPLICATION_WINDOW)

static void
pending_change_free (PendingChange *change)
{
  if (change->destroy != NULL)
    change->destroy (change->data);
  g_object_unref (change->toast);
  g_free (change);
}

static void
set_action_enabled (HustingsWindow *self,
                    const char     *name,
                    gboolean        enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
update_actions (HustingsWindow *self)
{
  gboolean has_file = self->file != NULL;
  gboolean writable = has_file && !hustings_committee_file_is_read_only (self->file);
  static const char * const editing[] = {
    "new-contact", "delete-contact", "new-donation", "delete-donation", "refund-donation",
    "new-disbursement", "delete-disbursement", "import",
  };
  static const char * const browsing[] = {
    "committee-profile", "show-page", "find", "import-history", "show-contact",
    "letters", "email", "email-settings",
  };

  for (guint i = 0; i < G_N_ELEMENTS (editing); i++)
    set_action_enabled (self, editing[i], writable);
  for (guint i = 0; i < G_N_ELEMENTS (browsing); i++)
    set_action_enabled (self, browsing[i], has_file);
  set_action_enabled (self, "undo", self->pending != NULL);
  set_action_enabled (self, "cancel-demo", self->demo_job != NULL);
  set_action_enabled (self, "export-contacts", has_file && self->export_job == NULL);
  set_action_enabled (self, "export-donations", has_file && self->export_job == NULL);
  set_action_enabled (self, "export-disbursements", has_file && self->export_job == NULL);
  set_action_enabled (self, "cancel-export", self->export_job != NULL);
}

static void
update_switcher_bar (HustingsWindow *self)
{
  gboolean showing = self->file != NULL
                     && g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack),
                                   "committee") == 0;
  gboolean narrow = adw_view_switcher_title_get_title_visible (self->switcher_title);

  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, showing);
  adw_view_switcher_bar_set_reveal (self->switcher_bar, showing && narrow);
}

static void
update_title (HustingsWindow *self)
{
  g_autofree char *subtitle = NULL;
  const char *title = _("Hustings");

  if (self->file != NULL)
    {
      const char *path = hustings_committee_file_get_path (self->file);
      const HustingsCommittee *committee = hustings_committee_file_peek_committee (self->file);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *name = g_filename_display_name (base);

      if (committee->name != NULL && *committee->name != '\0')
        title = committee->name;
      if (hustings_committee_file_is_read_only (self->file))
        /* Translators: the window subtitle, "Committee.hustings · Read-only" */
        subtitle = g_strdup_printf (_("%s · Read-only"), name);
      else
        subtitle = g_steal_pointer (&name);
    }

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_view_switcher_title_set_title (self->switcher_title, title);
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle ? subtitle : "");
}

static void
refresh_recent_menu (HustingsWindow *self)
{
  g_autoptr(GPtrArray) paths = hustings_recent_list_files (MAX_RECENT_MENU);
  gboolean shown = g_menu_model_get_n_items (G_MENU_MODEL (self->file_section)) > RECENT_ITEM;

  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *label = hustings_recent_display_name (path);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "win.open-file", g_variant_new_string (path));
      g_menu_append_item (self->recent_menu, item);
    }

  if (paths->len > 0 && !shown)
    g_menu_append_submenu (self->file_section, _("Open _Recent"), G_MENU_MODEL (self->recent_menu));
  else if (paths->len == 0 && shown)
    g_menu_remove (self->file_section, RECENT_ITEM);
}

static void
finish_pending (HustingsWindow *self,
                gboolean        undo,
                gboolean        dismiss_toast)
{
  PendingChange *change = g_steal_pointer (&self->pending);
  g_autoptr(GError) error = NULL;
  HustingsUndoFunc func;

  if (change == NULL)
    return;

  g_signal_handlers_disconnect_by_data (change->toast, self);
  if (dismiss_toast)
    adw_toast_dismiss (change->toast);

  func = undo ? change->undo : change->commit;
  if (func != NULL && !func (change->data, &error))
    {
      if (self->disposed)
        g_warning ("%s", error->message);
      else
        hustings_window_show_toast (self, error->message);
    }

  pending_change_free (change);
  if (!self->disposed)
    update_actions (self);
}

static void
toast_dismissed_cb (HustingsWindow *self,
                    AdwToast       *toast)
{
  if (self->pending != NULL && self->pending->toast == toast)
    finish_pending (self, FALSE, FALSE);
}

static void
show_error_dialog (HustingsWindow *self,
                   const char     *heading,
                   const char     *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
close_history (HustingsWindow *self)
{
  if (self->history == NULL)
    return;

  g_object_remove_weak_pointer (G_OBJECT (self->history), (gpointer *) &self->history);
  gtk_window_destroy (GTK_WINDOW (self->history));
  self->history = NULL;
}

static void
set_committee_file (HustingsWindow        *self,
                    HustingsCommitteeFile *file)
{
  finish_pending (self, FALSE, TRUE);
  /* Another file was chosen while the demo was being made: it is no longer wanted. */
  if (self->demo_job != NULL)
    g_cancellable_cancel (self->cancellable);

  if (self->file != NULL)
    g_signal_handlers_disconnect_by_data (self->file, self);
  g_set_object (&self->file, file);
  /* The import history shown is the previous file's. */
  close_history (self);

  hustings_contacts_page_set_file (self->contacts_page, file);
  hustings_donations_page_set_file (self->donations_page, file);
  hustings_disbursements_page_set_file (self->disbursements_page, file);
  hustings_compliance_page_set_file (self->compliance_page, file);
  hustings_volunteers_page_set_file (self->volunteers_page, file);
  hustings_tasks_pane_set_file (self->tasks_pane, file);
  hustings_tasks_button_set_file (self->tasks_button, file);
  gtk_widget_set_visible (GTK_WIDGET (self->tasks_button), file != NULL);

  if (file != NULL)
    {
      const char *path = hustings_committee_file_get_path (file);

      g_signal_connect_object (file, "changed", G_CALLBACK (update_title), self,
                               G_CONNECT_SWAPPED);
      g_settings_set_string (self->settings, "last-file", path);
      hustings_recent_add_file (path);
      adw_view_stack_set_visible_child_name (self->view_stack, "contacts");
      gtk_stack_set_visible_child_name (self->main_stack, "committee");
    }
  else
    gtk_stack_set_visible_child_name (self->main_stack, "welcome");

  gtk_info_bar_set_revealed (self->read_only_bar,
                             file != NULL && hustings_committee_file_is_read_only (file));
  update_title (self);
  update_actions (self);
  update_switcher_bar (self);
}

static void
open_path (HustingsWindow *self,
           const char     *path)
{
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(GError) error = NULL;

  /* The contact being edited is saved first; if it cannot be, the form says why. */
  if (self->file != NULL && !hustings_contacts_page_save_edits (self->contacts_page))
    {
      adw_view_stack_set_visible_child_name (self->view_stack, "contacts");
      return;
    }

  file = hustings_committee_file_open (path, &error);
  if (file == NULL)
    {
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *name = g_filename_display_name (base);
      /* Translators: a dialog heading, the file's name in quotes */
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

      show_error_dialog (self, heading, error->message);
      return;
    }

  set_committee_file (self, file);
}

static void
open_response_cb (HustingsWindow  *self,
                  int              response,
                  GtkNativeDialog *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      hustings_window_open_file (self, file);
    }

  g_clear_object (&self->chooser);
}

static void
committee_created_cb (HustingsWindow        *self,
                      HustingsCommitteeFile *file)
{
  set_committee_file (self, file);
}

static void
new_response_cb (HustingsWindow  *self,
                 int              response,
                 GtkNativeDialog *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *chosen = g_file_get_path (file);
      g_autofree char *path = NULL;
      HustingsCommitteeDialog *dialog;

      if (chosen == NULL)
        {
          show_error_dialog (self, _("Could Not Create the Committee File"),
                             _("Committee files must be on this computer."));
          g_clear_object (&self->chooser);
          return;
        }

      path = g_str_has_suffix (chosen, HUSTINGS_FILE_SUFFIX)
             ? g_steal_pointer (&chosen)
             : g_strconcat (chosen, HUSTINGS_FILE_SUFFIX, NULL);
      dialog = hustings_committee_dialog_new_create (GTK_WINDOW (self), path);
      g_signal_connect_object (dialog, "created", G_CALLBACK (committee_created_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_window_present (GTK_WINDOW (dialog));
    }

  g_clear_object (&self->chooser);
}

static void
add_file_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) committees = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (committees, _("Committee Files"));
  gtk_file_filter_add_pattern (committees, "*" HUSTINGS_FILE_SUFFIX);
  gtk_file_chooser_add_filter (chooser, committees);

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);

  gtk_file_chooser_set_filter (chooser, committees);
}

/* Where the demo campaign is kept. */
static char *
demo_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "hustings", DEMO_FILE_NAME, NULL);
}

static void
demo_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(HustingsWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = demo_path ();
  gboolean ok = hustings_file_job_run_finish (HUSTINGS_FILE_JOB (source), result, &error);

  g_clear_object (&self->demo_job);

  if (self->disposed)
    return;

  /* Cancel cancels for good; later work needs a fresh one. */
  if (g_cancellable_is_cancelled (self->cancellable))
    {
      g_object_unref (self->cancellable);
      self->cancellable = g_cancellable_new ();
    }

  update_actions (self);
  if (ok)
    {
      open_path (self, path);
      return;
    }

  gtk_stack_set_visible_child_name (self->main_stack, self->file ? "committee" : "welcome");
  update_switcher_bar (self);
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
      && !g_error_matches (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CANCELLED))
    show_error_dialog (self, _("Could Not Create the Demo Campaign"), error->message);
}

/* Import */

static void
import_response_cb (HustingsWindow  *self,
                    int              response,
                    GtkNativeDialog *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      hustings_window_import_file (self, file);
    }

  g_clear_object (&self->chooser);
}

static gboolean
drop_cb (HustingsWindow *self,
         const GValue   *value,
         double          x,
         double          y)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));

      if (files != NULL)
        file = g_object_ref (files->data);
      g_slist_free (files);
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    file = g_value_dup_object (value);

  if (file == NULL)
    return FALSE;

  /* A committee file is opened; anything else is imported into the one open. */
  name = g_file_get_basename (file);
  if (name != NULL && g_str_has_suffix (name, HUSTINGS_FILE_SUFFIX))
    {
      hustings_window_open_file (self, file);
      return TRUE;
    }

  if (!g_action_group_get_action_enabled (G_ACTION_GROUP (self), "import"))
    {
      hustings_window_show_toast (self,
                                  self->file == NULL
                                  ? _("Open a committee file to import into first")
                                  : _("This committee file is read-only: nothing can be "
                                      "imported into it"));
      return FALSE;
    }

  hustings_window_import_file (self, file);
  return TRUE;
}

/* Export */

typedef struct
{
  HustingsImportKind    what;
  GArray               *ids;   /* gint64 */
  char                 *path;
  HustingsExportFormat  format;
} ExportData;

static void
export_data_free (gpointer data)
{
  ExportData *export = data;

  g_array_unref (export->ids);
  g_free (export->path);
  g_free (export);
}

/* Worker thread. */
static gboolean
export_func (HustingsCommitteeFile  *file,
             gpointer                data,
             GCancellable           *cancellable,
             HustingsProgressFunc    progress,
             gpointer                progress_data,
             GError                **error)
{
  ExportData *export = data;

  if (export->what == HUSTINGS_IMPORT_CONTACTS)
    return hustings_export_contacts (file, export->ids, export->path, export->format,
                                     cancellable, progress, progress_data, error);
  if (export->what == HUSTINGS_IMPORT_DISBURSEMENTS)
    return hustings_export_disbursements (file, export->ids, export->path, export->format,
                                          cancellable, progress, progress_data, error);

  return hustings_export_donations (file, export->ids, export->path, export->format,
                                    cancellable, progress, progress_data, error);
}

/* What the window needs to tell how an export went: the job's data is the worker's. */
typedef struct
{
  HustingsWindow *window;
  char           *message;   /* "Exported 1,204 donations to donations.xlsx" */
  char           *uri;
} ExportDone;

static void
export_done_free (ExportDone *done)
{
  g_object_unref (done->window);
  g_free (done->message);
  g_free (done->uri);
  g_free (done);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportDone, export_done_free)

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ExportDone) done = user_data;
  HustingsWindow *self = done->window;
  g_autoptr(GError) error = NULL;
  gboolean ok = hustings_file_job_run_finish (HUSTINGS_FILE_JOB (source), result, &error);
  AdwToast *toast;

  g_clear_object (&self->export_job);
  g_clear_object (&self->export_cancellable);
  if (self->export_toast != NULL)
    adw_toast_dismiss (self->export_toast);
  g_clear_object (&self->export_toast);

  if (self->disposed)
    return;

  update_actions (self);
  if (ok)
    {
      g_autofree char *markup = g_markup_escape_text (done->message, -1);

      toast = adw_toast_new (markup);
      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "win.open-export");
      adw_toast_set_action_target_value (toast, g_variant_new_string (done->uri));
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
  else if (hustings_file_job_is_cancelled (error))
    hustings_window_show_toast (self, _("Export cancelled"));
  else
    show_error_dialog (self, _("Could Not Export"), error->message);
}

static void
export_response_cb (HustingsWindow  *self,
                    int              response,
                    GtkNativeDialog *chooser)
{
  HustingsImportKind what = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "what"));
  GtkFileFilter *xlsx = g_object_get_data (G_OBJECT (chooser), "xlsx-filter");
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  HustingsExportFormat format;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_clear_object (&self->chooser);
      return;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = g_file_get_path (file);
  /* A name without .csv or .xlsx takes the one of the type chosen. */
  if (path != NULL && !hustings_export_format_from_path (path, &format))
    {
      gboolean excel = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser)) == xlsx;
      g_autofree char *named = g_strconcat (path, excel ? ".xlsx" : ".csv", NULL);

      g_clear_object (&file);
      file = g_file_new_for_path (named);
    }
  g_clear_object (&self->chooser);

  hustings_window_export_to (self, what, file);
}

static void
choose_export (HustingsWindow     *self,
               HustingsImportKind  what)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) xlsx = gtk_file_filter_new ();
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  const char *title = _("Export Donations");
  /* Translators: a file name; keep the .csv */
  const char *name = _("donations.csv");

  if (self->chooser != NULL)
    return;

  if (what == HUSTINGS_IMPORT_CONTACTS)
    {
      title = _("Export Contacts");
      /* Translators: a file name; keep the .csv */
      name = _("contacts.csv");
    }
  else if (what == HUSTINGS_IMPORT_DISBURSEMENTS)
    {
      title = _("Export Disbursements");
      /* Translators: a file name; keep the .csv */
      name = _("disbursements.csv");
    }
  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (csv, _("CSV"));
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_filter_set_name (xlsx, _("Excel (XLSX)"));
  gtk_file_filter_add_suffix (xlsx, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), xlsx);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), csv);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "what", GINT_TO_POINTER (what));
  g_object_set_data_full (G_OBJECT (chooser), "xlsx-filter", g_object_ref (xlsx),
                          g_object_unref);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self,
                           G_CONNECT_SWAPPED);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
open_file_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  HustingsWindow *self = user_data;

  open_path (self, g_variant_get_string (parameter, NULL));
}

static void
committee_profile_action (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  HustingsWindow *self = user_data;
  HustingsCommitteeDialog *dialog;

  if (self->file == NULL)
    return;

  dialog = hustings_committee_dialog_new_edit (GTK_WINDOW (self), self->file);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_page_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  HustingsWindow *self = user_data;
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

static void
find_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  HustingsWindow *self = user_data;

  /* The page shown has its own search; the contacts' otherwise. */
  if (adw_view_stack_get_visible_child (self->view_stack) == GTK_WIDGET (self->disbursements_page))
    {
      hustings_disbursements_page_focus_search (self->disbursements_page);
      return;
    }
  if (adw_view_stack_get_visible_child (self->view_stack) == GTK_WIDGET (self->volunteers_page))
    {
      hustings_volunteers_page_focus_search (self->volunteers_page);
      return;
    }
  adw_view_stack_set_visible_child_name (self->view_stack, "contacts");
  hustings_contacts_page_focus_search (self->contacts_page);
}

static void
new_contact_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  HustingsWindow *self = user_data;

  adw_view_stack_set_visible_child_name (self->view_stack, "contacts");
  hustings_contacts_page_new_contact (self->contacts_page);
}

static void
delete_contact_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  HustingsWindow *self = user_data;

  hustings_contacts_page_delete_selected (self->contacts_page);
}

static void
new_donation_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  HustingsWindow *self = user_data;
  HustingsContact *donor = NULL;
  HustingsDonationDialog *dialog;

  /* From the contacts page, the gift is most likely from the contact selected there. */
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "contacts") == 0)
    donor = hustings_contacts_page_get_selected_contact (self->contacts_page);

  dialog = hustings_donation_dialog_new (GTK_WINDOW (self), self->file, donor);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_donation_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  HustingsWindow *self = user_data;

  hustings_donations_page_delete_selected (self->donations_page);
}

static void
refund_donation_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  HustingsWindow *self = user_data;

  hustings_donations_page_refund_selected (self->donations_page);
}

static void
new_disbursement_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  HustingsWindow *self = user_data;
  HustingsContact *payee = NULL;
  HustingsDisbursementDialog *dialog;

  /* From the contacts page, the payment is most likely to the contact selected there. */
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "contacts") == 0)
    payee = hustings_contacts_page_get_selected_contact (self->contacts_page);

  dialog = hustings_disbursement_dialog_new (GTK_WINDOW (self), self->file, payee);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_disbursement_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  HustingsWindow *self = user_data;

  hustings_disbursements_page_delete_selected (self->disbursements_page);
}

static void
show_contact_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  HustingsWindow *self = user_data;

  adw_view_stack_set_visible_child_name (self->view_stack, "contacts");
  hustings_contacts_page_show_contact (self->contacts_page, g_variant_get_int64 (parameter));
}

static void
undo_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  finish_pending (HUSTINGS_WINDOW (user_data), TRUE, TRUE);
}

static void
cancel_demo_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  HustingsWindow *self = user_data;

  g_cancellable_cancel (self->cancellable);
}

static void
import_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  HustingsWindow *self = user_data;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) spreadsheets = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Import a Spreadsheet or an FEC Filing"),
                                         GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("C_ontinue"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (spreadsheets, _("Spreadsheets and FEC filings (CSV, XLSX, FEC)"));
  gtk_file_filter_add_suffix (spreadsheets, "csv");
  gtk_file_filter_add_suffix (spreadsheets, "txt");
  gtk_file_filter_add_suffix (spreadsheets, "xlsx");
  gtk_file_filter_add_suffix (spreadsheets, "fec");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), spreadsheets);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), spreadsheets);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (import_response_cb), self,
                           G_CONNECT_SWAPPED);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
import_history_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  HustingsWindow *self = user_data;

  if (self->history == NULL)
    {
      self->history = hustings_import_history_new (GTK_WINDOW (self), self->file);
      g_object_add_weak_pointer (G_OBJECT (self->history), (gpointer *) &self->history);
    }

  gtk_window_present (GTK_WINDOW (self->history));
}

static void
export_contacts_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  choose_export (HUSTINGS_WINDOW (user_data), HUSTINGS_IMPORT_CONTACTS);
}

static void
export_donations_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  choose_export (HUSTINGS_WINDOW (user_data), HUSTINGS_IMPORT_DONATIONS);
}

static void
export_disbursements_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  choose_export (HUSTINGS_WINDOW (user_data), HUSTINGS_IMPORT_DISBURSEMENTS);
}

static void
cancel_export_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  HustingsWindow *self = user_data;

  g_cancellable_cancel (self->export_cancellable);
}

static void
open_export_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  HustingsWindow *self = user_data;
  g_autoptr(GdkAppLaunchContext) context = NULL;
  g_autoptr(GError) error = NULL;

  context = gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (self)));
  if (!g_app_info_launch_default_for_uri (g_variant_get_string (parameter, NULL),
                                          G_APP_LAUNCH_CONTEXT (context), &error))
    hustings_window_show_toast (self, error->message);
}

/* Letters and email go at first to the segment the Contacts page lists, or to the contacts
 * its search found. */
static void
letters_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  HustingsWindow *self = user_data;
  g_autoptr(GArray) shown = hustings_contacts_page_dup_ids (self->contacts_page);
  HustingsLettersWindow *window;

  window = hustings_letters_window_new (GTK_WINDOW (self), self->file, shown,
                                        hustings_contacts_page_get_whole_segment (
                                          self->contacts_page));
  gtk_window_present (GTK_WINDOW (window));
}

static void
email_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  HustingsWindow *self = user_data;
  g_autoptr(GArray) shown = hustings_contacts_page_dup_ids (self->contacts_page);
  HustingsEmailWindow *window;

  window = hustings_email_window_new (GTK_WINDOW (self), self->file, shown,
                                      hustings_contacts_page_get_whole_segment (
                                        self->contacts_page));
  gtk_window_present (GTK_WINDOW (window));
}

static void
email_settings_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  HustingsWindow *self = user_data;

  gtk_window_present (GTK_WINDOW (hustings_mail_settings_new (GTK_WINDOW (self), self->file)));
}

static const GActionEntry win_actions[] = {
  { "open-file", open_file_action, "s" },
  { "committee-profile", committee_profile_action },
  { "show-page", show_page_action, "s" },
  { "find", find_action },
  { "new-contact", new_contact_action },
  { "delete-contact", delete_contact_action },
  { "new-donation", new_donation_action },
  { "delete-donation", delete_donation_action },
  { "refund-donation", refund_donation_action },
  { "new-disbursement", new_disbursement_action },
  { "delete-disbursement", delete_disbursement_action },
  { "undo", undo_action },
  { "cancel-demo", cancel_demo_action },
  { "import", import_action },
  { "import-history", import_history_action },
  { "export-contacts", export_contacts_action },
  { "export-donations", export_donations_action },
  { "export-disbursements", export_disbursements_action },
  { "cancel-export", cancel_export_action },
  { "open-export", open_export_action, "s" },
  { "letters", letters_action },
  { "email", email_action },
  { "email-settings", email_settings_action },
  { "show-contact", show_contact_action, "x" },
};

static void
save_window_state (HustingsWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
hustings_window_close_request (GtkWindow *window)
{
  HustingsWindow *self = HUSTINGS_WINDOW (window);

  /* Changes that cannot be saved keep the window open, on the form that says why. */
  if (self->file != NULL && !hustings_contacts_page_save_edits (self->contacts_page))
    {
      adw_view_stack_set_visible_child_name (self->view_stack, "contacts");
      return TRUE;
    }

  save_window_state (self);
  finish_pending (self, FALSE, TRUE);

  return GTK_WINDOW_CLASS (hustings_window_parent_class)->close_request (window);
}

static void
hustings_window_dispose (GObject *object)
{
  HustingsWindow *self = HUSTINGS_WINDOW (object);

  /* Pending deletions become final when the window goes away without closing. */
  finish_pending (self, FALSE, FALSE);
  self->disposed = TRUE;

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->export_cancellable);
  close_history (self);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  if (self->file != NULL)
    g_signal_handlers_disconnect_by_data (self->file, self);
  g_signal_handlers_disconnect_by_data (gtk_recent_manager_get_default (), self);

  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_WINDOW);

  g_clear_object (&self->file);
  g_clear_object (&self->demo_job);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->export_job);
  g_clear_object (&self->export_cancellable);
  g_clear_object (&self->export_toast);
  g_clear_object (&self->settings);
  g_clear_object (&self->recent_menu);

  G_OBJECT_CLASS (hustings_window_parent_class)->dispose (object);
}

static void
hustings_window_class_init (HustingsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = hustings_window_dispose;
  window_class->close_request = hustings_window_close_request;

  g_type_ensure (HUSTINGS_TYPE_WELCOME_PAGE);
  g_type_ensure (HUSTINGS_TYPE_CONTACTS_PAGE);
  g_type_ensure (HUSTINGS_TYPE_DONATIONS_PAGE);
  g_type_ensure (HUSTINGS_TYPE_DISBURSEMENTS_PAGE);
  g_type_ensure (HUSTINGS_TYPE_COMPLIANCE_PAGE);
  g_type_ensure (HUSTINGS_TYPE_VOLUNTEERS_PAGE);
  g_type_ensure (HUSTINGS_TYPE_TASKS_BUTTON);
  g_type_ensure (HUSTINGS_TYPE_TASKS_PANE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/hustings-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HustingsWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, HustingsWindow, read_only_bar);
  gtk_widget_class_bind_template_child (widget_class, HustingsWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, HustingsWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, HustingsWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, HustingsWindow, contacts_page);
  gtk_widget_class_bind_template_child (widget_class, HustingsWindow, donations_page);
  gtk_widget_class_bind_template_child (widget_class, HustingsWindow, disbursements_page);
  gtk_widget_class_bind_template_child (widget_class, HustingsWindow, compliance_page);
  gtk_widget_class_bind_template_child (widget_class, HustingsWindow, volunteers_page);
  gtk_widget_class_bind_template_child (widget_class, HustingsWindow, tasks_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsWindow, tasks_flap);
  gtk_widget_class_bind_template_child (widget_class, HustingsWindow, tasks_pane);
  gtk_widget_class_bind_template_child (widget_class, HustingsWindow, demo_status);
  gtk_widget_class_bind_template_child (widget_class, HustingsWindow, demo_progress);
  gtk_widget_class_bind_template_child (widget_class, HustingsWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, HustingsWindow, file_section);
  gtk_widget_class_bind_template_callback (widget_class, update_switcher_bar);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.show-tasks", NULL);
}

static void
hustings_window_init (HustingsWindow *self)
{
  GtkRecentManager *recent = gtk_recent_manager_get_default ();
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  g_autoptr(GPropertyAction) show_tasks = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drop_target_set_gtypes (drop, (GType[]) { GDK_TYPE_FILE_LIST, G_TYPE_FILE }, 2);
  g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions),
                                   self);
  /* The tasks pane, on every view: win.show-tasks (F9). */
  show_tasks = g_property_action_new ("show-tasks", self->tasks_flap, "reveal-flap");
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (show_tasks));

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  self->recent_menu = g_menu_new ();
  g_signal_connect_object (recent, "changed", G_CALLBACK (refresh_recent_menu), self,
                           G_CONNECT_SWAPPED);
  refresh_recent_menu (self);

  set_committee_file (self, NULL);
}

HustingsWindow *
hustings_window_new (AdwApplication *application)
{
  return g_object_new (HUSTINGS_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

HustingsCommitteeFile *
hustings_window_get_committee_file (HustingsWindow *self)
{
  g_return_val_if_fail (HUSTINGS_IS_WINDOW (self), NULL);

  return self->file;
}

void
hustings_window_open_file (HustingsWindow *self,
                           GFile          *file)
{
  g_autofree char *path = NULL;

  g_return_if_fail (HUSTINGS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

      show_error_dialog (self, heading, _("Committee files must be on this computer."));
      return;
    }

  open_path (self, path);
}

void
hustings_window_choose_file (HustingsWindow *self)
{
  GtkFileChooserNative *chooser;

  g_return_if_fail (HUSTINGS_IS_WINDOW (self));

  if (self->chooser != NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Open Committee File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  add_file_filters (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (open_response_cb), self,
                           G_CONNECT_SWAPPED);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

void
hustings_window_new_committee (HustingsWindow *self)
{
  GtkFileChooserNative *chooser;
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  g_return_if_fail (HUSTINGS_IS_WINDOW (self));

  if (self->chooser != NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("New Committee File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("C_ontinue"),
                                         _("_Cancel"));
  add_file_filters (GTK_FILE_CHOOSER (chooser));
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  /* Translators: the suggested name of a new committee file; keep the .hustings */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("Committee.hustings"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (new_response_cb), self,
                           G_CONNECT_SWAPPED);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

void
hustings_window_open_demo (HustingsWindow *self)
{
  g_autofree char *path = NULL;
  g_autofree char *description = NULL;
  guint n_contacts, n_donations;

  g_return_if_fail (HUSTINGS_IS_WINDOW (self));

  if (self->demo_job != NULL)
    return;

  path = demo_path ();
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      open_path (self, path);
      return;
    }

  n_contacts = g_settings_get_uint (self->settings, "demo-contacts");
  n_donations = g_settings_get_uint (self->settings, "demo-donations");
  description = g_strdup_printf (_("Making up %'u contacts and %'u donations. This happens only "
                                   "once."), n_contacts, n_donations);
  adw_status_page_set_description (self->demo_status, description);

  self->demo_job = hustings_demo_job_new (path, n_contacts, n_donations);
  g_object_bind_property (self->demo_job, "fraction", self->demo_progress, "fraction",
                          G_BINDING_SYNC_CREATE);
  gtk_stack_set_visible_child_name (self->main_stack, "demo");
  update_actions (self);
  update_switcher_bar (self);

  hustings_file_job_run_async (self->demo_job, self->cancellable, demo_done_cb,
                               g_object_ref (self));
}

void
hustings_window_push_undo (HustingsWindow   *self,
                           const char       *title,
                           HustingsUndoFunc  undo,
                           HustingsUndoFunc  commit,
                           gpointer          data,
                           GDestroyNotify    destroy)
{
  g_autofree char *markup = NULL;
  PendingChange *change;

  g_return_if_fail (HUSTINGS_IS_WINDOW (self));
  g_return_if_fail (title != NULL);
  g_return_if_fail (undo != NULL);

  /* One change can be undone at a time; the one before becomes final. */
  finish_pending (self, FALSE, TRUE);

  markup = g_markup_escape_text (title, -1);
  change = g_new0 (PendingChange, 1);
  change->toast = adw_toast_new (markup);
  change->undo = undo;
  change->commit = commit;
  change->data = data;
  change->destroy = destroy;
  adw_toast_set_button_label (change->toast, _("_Undo"));
  adw_toast_set_action_name (change->toast, "win.undo");
  adw_toast_set_priority (change->toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (change->toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  self->pending = change;

  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (change->toast));
  update_actions (self);
}

void
hustings_window_show_toast (HustingsWindow *self,
                            const char     *message)
{
  g_autofree char *markup = NULL;

  g_return_if_fail (HUSTINGS_IS_WINDOW (self));

  markup = g_markup_escape_text (message, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
}

void
hustings_window_import_file (HustingsWindow *self,
                             GFile          *file)
{
  g_autofree char *path = NULL;
  HustingsImportAssistant *assistant;

  g_return_if_fail (HUSTINGS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (!g_action_group_get_action_enabled (G_ACTION_GROUP (self), "import"))
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_error_dialog (self, _("Could Not Import"),
                         _("Files to import must be on this computer."));
      return;
    }

  /* The contact being edited is saved first, and a deletion that could still be undone
   * becomes final: the import may match and give gifts to either. */
  if (!hustings_contacts_page_save_edits (self->contacts_page))
    {
      adw_view_stack_set_visible_child_name (self->view_stack, "contacts");
      return;
    }
  finish_pending (self, FALSE, TRUE);

  /* The committee's own FEC filing, known by its header whatever its name. */
  if (hustings_fec_import_is_filing (path))
    {
      HustingsFecImportDialog *dialog = hustings_fec_import_dialog_new (GTK_WINDOW (self),
                                                                        self->file, path);

      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  assistant = hustings_import_assistant_new (GTK_WINDOW (self), self->file, path);
  gtk_window_present (GTK_WINDOW (assistant));
}

void
hustings_window_export_to (HustingsWindow     *self,
                           HustingsImportKind  what,
                           GFile              *file)
{
  g_autofree char *path = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autofree char *count = NULL;
  g_autofree char *progress_text = NULL;
  ExportDone *done;
  ExportData *data;
  GtkWidget *box, *label, *progress;

  g_return_if_fail (HUSTINGS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->file == NULL || self->export_job != NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_error_dialog (self, _("Could Not Export"),
                         _("Exports must be saved on this computer."));
      return;
    }

  data = g_new0 (ExportData, 1);
  data->what = what;
  if (what == HUSTINGS_IMPORT_CONTACTS)
    data->ids = hustings_contacts_page_dup_ids (self->contacts_page);
  else if (what == HUSTINGS_IMPORT_DISBURSEMENTS)
    data->ids = hustings_disbursements_page_dup_ids (self->disbursements_page);
  else
    data->ids = hustings_donations_page_dup_ids (self->donations_page);
  /* A name without .csv or .xlsx is written as CSV, and named so. */
  if (hustings_export_format_from_path (path, &data->format))
    data->path = g_strdup (path);
  else
    {
      data->format = HUSTINGS_EXPORT_CSV;
      data->path = g_strconcat (path, ".csv", NULL);
    }

  base = g_path_get_basename (data->path);
  name = g_filename_display_name (base);
  count = g_strdup_printf ("%'u", data->ids->len);
  done = g_new0 (ExportDone, 1);
  done->window = g_object_ref (self);
  done->uri = g_filename_to_uri (data->path, NULL, NULL);
  if (what == HUSTINGS_IMPORT_CONTACTS)
    {
      /* Translators: "Exported 1,204 contacts to contacts.csv" */
      done->message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %s contact to %s",
                                                    "Exported %s contacts to %s",
                                                    data->ids->len), count, name);
      progress_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exporting %s contact…",
                                                    "Exporting %s contacts…", data->ids->len),
                                       count);
    }
  else if (what == HUSTINGS_IMPORT_DISBURSEMENTS)
    {
      /* Translators: "Exported 212 disbursements to disbursements.xlsx" */
      done->message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "Exported %s disbursement to %s",
                                                    "Exported %s disbursements to %s",
                                                    data->ids->len), count, name);
      progress_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "Exporting %s disbursement…",
                                                    "Exporting %s disbursements…",
                                                    data->ids->len),
                                       count);
    }
  else
    {
      /* Translators: "Exported 1,204 donations to donations.xlsx" */
      done->message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %s donation to %s",
                                                    "Exported %s donations to %s",
                                                    data->ids->len), count, name);
      progress_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exporting %s donation…",
                                                    "Exporting %s donations…", data->ids->len),
                                       count);
    }

  self->export_job = hustings_file_job_new (hustings_committee_file_get_path (self->file),
                                            export_func, data, export_data_free);
  self->export_cancellable = g_cancellable_new ();

  /* Progress in a toast that stays until the export ends, with Cancel. */
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  label = gtk_label_new (progress_text);
  progress = gtk_progress_bar_new ();
  gtk_widget_set_valign (progress, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (progress, 120, -1);
  gtk_widget_add_css_class (progress, "toast-progress");
  gtk_accessible_update_property (GTK_ACCESSIBLE (progress), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  progress_text, -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), progress);
  g_object_bind_property (self->export_job, "fraction", progress, "fraction",
                          G_BINDING_SYNC_CREATE);
  self->export_toast = adw_toast_new ("");
  adw_toast_set_custom_title (self->export_toast, box);
  adw_toast_set_button_label (self->export_toast, _("_Cancel"));
  adw_toast_set_action_name (self->export_toast, "win.cancel-export");
  adw_toast_set_timeout (self->export_toast, 0);
  adw_toast_set_priority (self->export_toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->export_toast));

  hustings_file_job_run_async (self->export_job, self->export_cancellable, export_done_cb, done);
  update_actions (self);
}
