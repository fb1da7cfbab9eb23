/* test-ui.c: the main window driven as a user drives it, through its actions.
 *
 * Each test opens a window on a committee file of its own (a demo campaign made for it in a
 * temporary folder), activates actions and sets widgets, and pumps the main loop until the
 * window has reacted. A pump that never sees its condition fails the test instead of hanging.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>
#include <xlsxwriter.h>

#include "hustings-core.h"
#include "committee/hustings-committee-dialog.h"
#include "compliance/hustings-compliance-contact-window.h"
#include "compliance/hustings-compliance-findings.h"
#include "compliance/hustings-compliance-line-rows.h"
#include "compliance/hustings-compliance-page.h"
#include "compliance/hustings-compliance-problems.h"
#include "compliance/hustings-compliance-remedy-dialog.h"
#include "compliance/hustings-compliance-report-dialog.h"
#include "compliance/hustings-compliance-report-view.h"
#include "compliance/hustings-compliance-reports.h"
#include "contacts/hustings-contact-editor.h"
#include "contacts/hustings-contacts-page.h"
#include "disbursements/hustings-disbursement-dialog.h"
#include "disbursements/hustings-disbursements-page.h"
#include "donations/hustings-donation-dialog.h"
#include "donations/hustings-donations-page.h"
#include "email/hustings-email-window.h"
#include "import/hustings-fec-import-dialog.h"
#include "import/hustings-import-assistant.h"
#include "import/hustings-import-history.h"
#include "import/hustings-rejection-list.h"
#include "letters/hustings-letters-window.h"
#include "outreach/hustings-interaction-dialog.h"
#include "outreach/hustings-timeline-view.h"
#include "print/hustings-print-window.h"
#include "segments/hustings-segment-dialog.h"
#include "segments/hustings-segment-rule-row.h"
#include "tasks/hustings-task-dialog.h"
#include "tasks/hustings-task-row.h"
#include "tasks/hustings-task-rules-dialog.h"
#include "tasks/hustings-tasks-button.h"
#include "tasks/hustings-tasks-pane.h"
#include "welcome/hustings-welcome-page.h"
#include "widgets/hustings-page-preview.h"
#include "volunteers/hustings-contact-picker.h"
#include "volunteers/hustings-event-dialog.h"
#include "volunteers/hustings-event-page.h"
#include "volunteers/hustings-volunteer-editor.h"
#include "volunteers/hustings-volunteers-page.h"
#include "widgets/hustings-contact-row.h"
#include "widgets/hustings-date-entry.h"
#include "hustings-application.h"
#include "hustings-split-model.h"
#include "hustings-window.h"

#define DEMO_CONTACTS  300
#define DEMO_DONATIONS 900
/* How long a pump waits for the window before the test fails; never reached when it works. */
#define PUMP_LIMIT_SECONDS 30

static HustingsApplication *app;

/* Main loop */

typedef gboolean (*Condition) (gpointer data);

static gboolean
set_flag_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Iterates the main loop until condition holds; FALSE if it never did. */
static gboolean
pump_until (Condition condition,
            gpointer  data)
{
  gboolean gave_up = FALSE;
  guint guard = g_timeout_add_seconds (PUMP_LIMIT_SECONDS, set_flag_cb, &gave_up);

  while (!condition (data) && !gave_up)
    g_main_context_iteration (NULL, TRUE);

  if (!gave_up)
    g_source_remove (guard);
  return !gave_up;
}

/* Lets everything pending run (idles, layout, signals). */
static void
pump_pending (void)
{
  gboolean done = FALSE;

  g_idle_add_full (G_PRIORITY_LOW, set_flag_cb, &done, NULL);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Widgets */

static gpointer
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static gboolean
toplevel_shown (gpointer type)
{
  return find_toplevel (GPOINTER_TO_SIZE (type)) != NULL;
}

static gboolean
toplevel_gone (gpointer type)
{
  return find_toplevel (GPOINTER_TO_SIZE (type)) == NULL;
}

static gpointer
wait_for_toplevel (GType type)
{
  g_assert_true (pump_until (toplevel_shown, GSIZE_TO_POINTER (type)));
  return find_toplevel (type);
}

/* The button labeled label in widget, or NULL. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
set_text (gpointer    editable,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
}

static void
activate (gpointer    group,
          const char *action,
          GVariant   *parameter)
{
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (group), action));
  g_action_group_activate_action (G_ACTION_GROUP (group), action, parameter);
  pump_pending ();
}

/* Fixture: a window, and a committee file in a folder of its own */

typedef struct
{
  char           *dir;
  char           *path;
  HustingsWindow *window;
} Fixture;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  gboolean with_file = GPOINTER_TO_INT (user_data);
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("hustings-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "Test Campaign.hustings", NULL);
  fixture->window = hustings_window_new (ADW_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (fixture->window));

  if (with_file)
    {
      hustings_demo_create (fixture->path, DEMO_CONTACTS, DEMO_DONATIONS, 1,
                            NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      activate (fixture->window, "open-file", g_variant_new_string (fixture->path));
      g_assert_nonnull (hustings_window_get_committee_file (fixture->window));
    }

  pump_pending ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  /* Dialogs first, then the window (which makes pending deletions final). */
  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  pump_pending ();

  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

#define WITH_FILE    GINT_TO_POINTER (TRUE)
#define WITHOUT_FILE GINT_TO_POINTER (FALSE)

/* Pages */

static HustingsContactsPage *
contacts_page (Fixture *fixture)
{
  return template_child (fixture->window, HUSTINGS_TYPE_WINDOW, "contacts_page");
}

static HustingsDonationsPage *
donations_page (Fixture *fixture)
{
  return template_child (fixture->window, HUSTINGS_TYPE_WINDOW, "donations_page");
}

static GListModel *
contacts_model (Fixture *fixture)
{
  GtkColumnView *view = template_child (contacts_page (fixture), HUSTINGS_TYPE_CONTACTS_PAGE,
                                        "column_view");

  return G_LIST_MODEL (gtk_column_view_get_model (view));
}

static GListModel *
donations_model (Fixture *fixture)
{
  GtkColumnView *view = template_child (donations_page (fixture), HUSTINGS_TYPE_DONATIONS_PAGE,
                                        "column_view");

  return G_LIST_MODEL (gtk_column_view_get_model (view));
}

static HustingsContactEditor *
contact_editor (Fixture *fixture)
{
  return template_child (contacts_page (fixture), HUSTINGS_TYPE_CONTACTS_PAGE, "editor");
}

static HustingsCommitteeFile *
committee_file (Fixture *fixture)
{
  return hustings_window_get_committee_file (fixture->window);
}

static guint
position_of_contact (GListModel *model,
                     gint64      contact_id)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HustingsContact) contact = g_list_model_get_item (model, i);

      if (hustings_contact_get_id (contact) == contact_id)
        return i;
    }

  return G_MAXUINT;
}

typedef struct
{
  GListModel *model;
  guint       n_items;
} CountWait;

static gboolean
has_n_items (gpointer data)
{
  CountWait *wait = data;

  return g_list_model_get_n_items (wait->model) == wait->n_items;
}

static void
assert_n_items (GListModel *model,
                guint       n_items)
{
  CountWait wait = { model, n_items };

  if (!pump_until (has_n_items, &wait))
    g_error ("the list has %u items, not %u", g_list_model_get_n_items (model), n_items);
}

static char *
footer_text (gint64 count,
             gint64 total)
{
  g_autofree char *amount = hustings_money_format (total);

  return g_strdup_printf ("%'" G_GINT64_FORMAT " donations · %s", count, amount);
}

/* Tests */

static void
test_welcome_without_file (Fixture       *fixture,
                           gconstpointer  user_data)
{
  GtkStack *stack = template_child (fixture->window, HUSTINGS_TYPE_WINDOW, "main_stack");
  AdwViewSwitcherTitle *title = template_child (fixture->window, HUSTINGS_TYPE_WINDOW,
                                                "switcher_title");

  g_assert_null (hustings_window_get_committee_file (fixture->window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "welcome");
  g_assert_false (adw_view_switcher_title_get_view_switcher_enabled (title));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window),
                                                     "new-contact"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window),
                                                     "committee-profile"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window),
                                                     "import"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window),
                                                     "export-contacts"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "new"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "demo"));
}

/* Whether widget or a descendant is a row that opens path. */
static gboolean
has_row_opening (GtkWidget  *widget,
                 const char *path)
{
  if (GTK_IS_LIST_BOX_ROW (widget))
    {
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));

      if (target != NULL
          && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)),
                        "win.open-file") == 0
          && g_strcmp0 (g_variant_get_string (target, NULL), path) == 0)
        return TRUE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_row_opening (child, path))
      return TRUE;

  return FALSE;
}

static gboolean
welcome_lists_path (gpointer data)
{
  Fixture *fixture = data;
  HustingsWindow *other = g_object_get_data (G_OBJECT (fixture->window), "other-window");
  GtkWidget *page = template_child (other, HUSTINGS_TYPE_WINDOW, "welcome_page");
  GtkWidget *group = template_child (page, HUSTINGS_TYPE_WELCOME_PAGE, "recent_group");

  return gtk_widget_get_visible (group) && has_row_opening (group, fixture->path);
}

static void
test_welcome_lists_recent (Fixture       *fixture,
                           gconstpointer  user_data)
{
  HustingsWindow *other = hustings_window_new (ADW_APPLICATION (app));
  GtkStack *stack = template_child (other, HUSTINGS_TYPE_WINDOW, "main_stack");

  gtk_window_present (GTK_WINDOW (other));
  g_object_set_data (G_OBJECT (fixture->window), "other-window", other);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "welcome");
  g_assert_true (pump_until (welcome_lists_path, fixture));

  /* Opening it from the welcome page of the other window. */
  activate (other, "open-file", g_variant_new_string (fixture->path));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "committee");
}

static void
test_demo_file_populated (Fixture       *fixture,
                          gconstpointer  user_data)
{
  GtkLabel *status = template_child (contacts_page (fixture), HUSTINGS_TYPE_CONTACTS_PAGE,
                                     "status_label");
  GtkLabel *footer = template_child (donations_page (fixture), HUSTINGS_TYPE_DONATIONS_PAGE,
                                     "footer_label");
  GtkStack *stack = template_child (fixture->window, HUSTINGS_TYPE_WINDOW, "main_stack");
  const HustingsCommittee *committee = NULL;
  g_autoptr(HustingsContact) first = NULL;
  g_autofree char *expected_footer = NULL;
  gint64 total, count;

  committee = hustings_committee_file_peek_committee (committee_file (fixture));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "committee");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, committee->name);

  assert_n_items (contacts_model (fixture), DEMO_CONTACTS);
  assert_n_items (donations_model (fixture), DEMO_DONATIONS);
  g_assert_cmpstr (gtk_label_get_text (status), ==, "300 contacts");

  /* The footer counts gifts; refunds are listed but only lower the total. */
  hustings_donation_store_sum (committee_file (fixture), NULL, NULL, &total, &count);
  g_assert_cmpint (count, >, 0);
  expected_footer = footer_text (count, total);
  g_assert_cmpstr (gtk_label_get_text (footer), ==, expected_footer);

  /* Sorted by name at first. */
  first = g_list_model_get_item (contacts_model (fixture), 0);
  g_assert_cmpstr (hustings_contact_get_display_name (first), !=, "");
}

typedef struct
{
  GListModel *model;
  guint       below;
} FewerWait;

static gboolean
has_fewer_items (gpointer data)
{
  FewerWait *wait = data;
  guint n = g_list_model_get_n_items (wait->model);

  return n > 0 && n < wait->below;
}

static void
test_search_narrows (Fixture       *fixture,
                     gconstpointer  user_data)
{
  GListModel *model = contacts_model (fixture);
  GtkSearchEntry *search = template_child (contacts_page (fixture), HUSTINGS_TYPE_CONTACTS_PAGE,
                                           "search_entry");
  g_autoptr(HustingsContact) target = g_list_model_get_item (model, DEMO_CONTACTS / 2);
  gint64 target_id = hustings_contact_get_id (target);
  g_autofree char *last_name = g_strdup (hustings_contact_get_field (target,
                                                                     HUSTINGS_CONTACT_LAST_NAME));
  FewerWait wait = { model, DEMO_CONTACTS };

  g_assert_cmpstr (last_name, !=, "");
  activate (fixture->window, "find", NULL);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (search)));

  set_text (search, last_name);
  g_assert_true (pump_until (has_fewer_items, &wait));
  g_assert_cmpuint (position_of_contact (model, target_id), !=, G_MAXUINT);

  set_text (search, "");
  assert_n_items (model, DEMO_CONTACTS);
}

static void
test_add_contact (Fixture       *fixture,
                  gconstpointer  user_data)
{
  HustingsContactEditor *editor = contact_editor (fixture);
  GListModel *model = contacts_model (fixture);
  GtkLabel *error_label = template_child (editor, HUSTINGS_TYPE_CONTACT_EDITOR, "error_label");
  GtkSearchEntry *search = template_child (contacts_page (fixture), HUSTINGS_TYPE_CONTACTS_PAGE,
                                           "search_entry");
  g_autoptr(HustingsContact) found = NULL;
  gint64 id;

  /* A contact with no name is refused, and says so. */
  activate (fixture->window, "new-contact", NULL);
  g_assert_cmpint (hustings_contact_editor_get_contact_id (editor), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  pump_pending ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_cmpstr (gtk_label_get_text (error_label), !=, "");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, DEMO_CONTACTS);

  set_text (template_child (editor, HUSTINGS_TYPE_CONTACT_EDITOR, "first_row"), "Zebulon");
  set_text (template_child (editor, HUSTINGS_TYPE_CONTACT_EDITOR, "last_row"), "Quixotic");
  set_text (template_child (editor, HUSTINGS_TYPE_CONTACT_EDITOR, "city_row"), "Fresno");
  set_text (template_child (editor, HUSTINGS_TYPE_CONTACT_EDITOR, "state_row"), "CA");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  pump_pending ();

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  id = hustings_contact_editor_get_contact_id (editor);
  g_assert_cmpint (id, >, 0);
  assert_n_items (model, DEMO_CONTACTS + 1);
  g_assert_cmpuint (position_of_contact (model, id), !=, G_MAXUINT);
  g_assert_cmpint (hustings_committee_file_count_contacts (committee_file (fixture)), ==,
                   DEMO_CONTACTS + 1);

  set_text (search, "Quixotic");
  assert_n_items (model, 1);
  found = g_list_model_get_item (model, 0);
  g_assert_cmpstr (hustings_contact_get_display_name (found), ==, "Zebulon Quixotic");
  g_assert_cmpint (hustings_contact_get_id (found), ==, id);
}

typedef struct
{
  GListModel *model;
  gint64      first_id;
} ChangeWait;

static gboolean
first_item_changed (gpointer data)
{
  ChangeWait *wait = data;
  g_autoptr(GObject) first = g_list_model_get_item (wait->model, 0);
  gint64 id;

  g_object_get (first, "id", &id, NULL);
  return id != wait->first_id;
}

static void
test_leaving_saves (Fixture       *fixture,
                    gconstpointer  user_data)
{
  HustingsContactEditor *editor = contact_editor (fixture);
  GListModel *model = contacts_model (fixture);
  GtkLabel *error_label = template_child (editor, HUSTINGS_TYPE_CONTACT_EDITOR, "error_label");
  g_autoptr(HustingsContact) first = g_list_model_get_item (model, 0);
  g_autoptr(HustingsContact) saved = NULL;
  gint64 id = hustings_contact_get_id (first);
  gint64 other;

  /* An edit is kept when the treasurer moves on to another contact. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), 0);
  pump_pending ();
  g_assert_cmpint (hustings_contact_editor_get_contact_id (editor), ==, id);
  set_text (template_child (editor, HUSTINGS_TYPE_CONTACT_EDITOR, "employer_row"),
            "Moved On Inc.");
  g_assert_true (hustings_contact_editor_get_dirty (editor));
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), 3);
  pump_pending ();
  other = hustings_contact_editor_get_contact_id (editor);
  g_assert_cmpint (other, !=, id);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model)), ==,
                    position_of_contact (model, other));
  saved = hustings_contact_store_get (committee_file (fixture), id, NULL);
  g_assert_cmpstr (hustings_contact_get_field (saved, HUSTINGS_CONTACT_EMPLOYER), ==,
                   "Moved On Inc.");

  /* An edit that cannot be saved keeps the form and the selection, and says why. */
  set_text (template_child (editor, HUSTINGS_TYPE_CONTACT_EDITOR, "zip_row"), "123");
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), 0);
  pump_pending ();
  g_assert_cmpint (hustings_contact_editor_get_contact_id (editor), ==, other);
  g_assert_true (hustings_contact_editor_get_dirty (editor));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model)), ==,
                    position_of_contact (model, other));

  /* Nor does the window close on it. Once it can be saved, closing saves it. */
  gtk_window_close (GTK_WINDOW (fixture->window));
  pump_pending ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  set_text (template_child (editor, HUSTINGS_TYPE_CONTACT_EDITOR, "zip_row"), "93701");
  gtk_window_close (GTK_WINDOW (fixture->window));
  pump_pending ();
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HustingsCommitteeFile) reopened = hustings_committee_file_open (fixture->path,
                                                                             &error);
    g_autoptr(HustingsContact) closed = NULL;

    g_assert_no_error (error);
    closed = hustings_contact_store_get (reopened, other, NULL);
    g_assert_cmpstr (hustings_contact_get_field (closed, HUSTINGS_CONTACT_ZIP), ==, "93701");
  }
}

static void
test_sort_by_column (Fixture       *fixture,
                     gconstpointer  user_data)
{
  GtkColumnView *view = template_child (contacts_page (fixture), HUSTINGS_TYPE_CONTACTS_PAGE,
                                        "column_view");
  GtkColumnViewColumn *total_column = template_child (contacts_page (fixture),
                                                      HUSTINGS_TYPE_CONTACTS_PAGE,
                                                      "total_column");
  GtkColumnView *donations_view = template_child (donations_page (fixture),
                                                  HUSTINGS_TYPE_DONATIONS_PAGE, "column_view");
  GtkColumnViewColumn *amount_column = template_child (donations_page (fixture),
                                                       HUSTINGS_TYPE_DONATIONS_PAGE,
                                                       "amount_column");
  GListModel *model = contacts_model (fixture);
  g_autoptr(GObject) first = g_list_model_get_item (model, 0);
  ChangeWait wait = { model, 0 };
  gint64 previous = G_MAXINT64;
  guint n = g_list_model_get_n_items (model);

  g_object_get (first, "id", &wait.first_id, NULL);

  /* What a click on the header does, twice: descending by cycle total. */
  gtk_column_view_sort_by_column (view, total_column, GTK_SORT_DESCENDING);
  g_assert_true (pump_until (first_item_changed, &wait));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HustingsContact) contact = g_list_model_get_item (model, i);
      gint64 total = hustings_contact_get_cycle_total (contact);

      g_assert_cmpint (total, <=, previous);
      previous = total;
    }
  g_assert_cmpint (previous, <, G_MAXINT64);

  /* Ascending by amount on the donations page. */
  model = donations_model (fixture);
  g_clear_object (&first);
  first = g_list_model_get_item (model, 0);
  g_object_get (first, "id", &wait.first_id, NULL);
  wait.model = model;
  gtk_column_view_sort_by_column (donations_view, amount_column, GTK_SORT_ASCENDING);
  g_assert_true (pump_until (first_item_changed, &wait));
  previous = G_MININT64;
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HustingsDonation) donation = g_list_model_get_item (model, i);

      g_assert_cmpint (hustings_donation_get_amount (donation), >=, previous);
      previous = hustings_donation_get_amount (donation);
    }
}

static gboolean
has_suggestions (gpointer data)
{
  return gtk_list_box_get_row_at_index (GTK_LIST_BOX (data), 0) != NULL;
}

static void
test_refund_donation (Fixture       *fixture,
                      gconstpointer  user_data)
{
  HustingsCommitteeFile *file = committee_file (fixture);
  GListModel *model = donations_model (fixture);
  GtkLabel *footer = template_child (donations_page (fixture), HUSTINGS_TYPE_DONATIONS_PAGE,
                                     "footer_label");
  g_autoptr(HustingsDonation) gift = NULL;
  g_autofree char *prefilled = NULL;
  g_autofree char *expected_footer = NULL;
  HustingsDonationDialog *dialog;
  gint64 total, count, id;
  guint position = 0;

  hustings_donation_store_sum (file, NULL, NULL, &total, &count);
  activate (fixture->window, "show-page", g_variant_new_string ("donations"));
  /* The newest gift that is not itself a refund. */
  for (;; position++)
    {
      g_clear_object (&gift);
      gift = g_list_model_get_item (model, position);
      if (hustings_donation_get_amount (gift) > 0 &&
          hustings_donation_store_refundable (file, hustings_donation_get_id (gift)) ==
          hustings_donation_get_amount (gift))
        break;
    }
  id = hustings_donation_get_id (gift);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), position);

  /* The dialog offers what is left of the gift, as money going back. */
  activate (fixture->window, "refund-donation", NULL);
  dialog = wait_for_toplevel (HUSTINGS_TYPE_DONATION_DIALOG);
  prefilled = hustings_money_format_plain (-hustings_donation_get_amount (gift));
  g_assert_cmpstr (gtk_editable_get_text (template_child (dialog, HUSTINGS_TYPE_DONATION_DIALOG,
                                                          "amount_row")), ==, prefilled);
  g_assert_false (gtk_widget_get_sensitive (template_child (dialog, HUSTINGS_TYPE_DONATION_DIALOG,
                                                            "donor_row")));

  /* A refund of part, typed as a plain amount, is entered as negative and linked. */
  set_text (template_child (dialog, HUSTINGS_TYPE_DONATION_DIALOG, "amount_row"), "1.00");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  g_assert_true (pump_until (toplevel_gone, GSIZE_TO_POINTER (HUSTINGS_TYPE_DONATION_DIALOG)));
  g_assert_cmpint (hustings_donation_store_refundable (file, id), ==,
                   hustings_donation_get_amount (gift) - 100);
  expected_footer = footer_text (count, total - 100);
  g_assert_cmpstr (gtk_label_get_text (footer), ==, expected_footer);
}

static void
test_new_donation (Fixture       *fixture,
                   gconstpointer  user_data)
{
  HustingsCommitteeFile *file = committee_file (fixture);
  GtkLabel *footer = template_child (donations_page (fixture), HUSTINGS_TYPE_DONATIONS_PAGE,
                                     "footer_label");
  g_autoptr(HustingsContact) listed = g_list_model_get_item (contacts_model (fixture), 10);
  HustingsDonationDialog *dialog;
  GtkListBox *suggestions;
  GtkListBoxRow *row;
  HustingsContact *donor;
  GtkLabel *cycle_label;
  GtkWidget *amount_error;
  g_autofree char *today = hustings_date_today ();
  g_autofree char *cycle = g_strdup_printf ("%d", hustings_cycle_for_date (today));
  g_autofree char *cycle_before = NULL;
  g_autofree char *cycle_after = NULL;
  g_autofree char *expected_footer = NULL;
  g_autoptr(GArray) events = hustings_event_store_list_ids (file, NULL, TRUE);
  g_autoptr(GArray) linked = NULL;
  AdwComboRow *event_row;
  gint64 total, count, donor_cycle;
  gint64 donor_id, event_id;

  hustings_donation_store_sum (file, NULL, NULL, &total, &count);
  activate (fixture->window, "show-page", g_variant_new_string ("donations"));
  activate (fixture->window, "new-donation", NULL);
  dialog = wait_for_toplevel (HUSTINGS_TYPE_DONATION_DIALOG);

  /* Typing the donor's name offers matching contacts; picking one shows their totals. */
  suggestions = template_child (dialog, HUSTINGS_TYPE_DONATION_DIALOG, "donor_list");
  set_text (template_child (dialog, HUSTINGS_TYPE_DONATION_DIALOG, "donor_row"),
            hustings_contact_get_display_name (listed));
  g_assert_true (pump_until (has_suggestions, suggestions));
  row = gtk_list_box_get_row_at_index (suggestions, 0);
  donor = g_object_get_data (G_OBJECT (row), "hustings-contact");
  g_assert_nonnull (donor);
  donor_id = hustings_contact_get_id (donor);
  g_signal_emit_by_name (suggestions, "row-activated", row);
  pump_pending ();

  cycle_label = template_child (dialog, HUSTINGS_TYPE_DONATION_DIALOG, "cycle_total_label");
  g_assert_true (gtk_widget_get_visible (template_child (dialog, HUSTINGS_TYPE_DONATION_DIALOG,
                                                         "cycle_total_row")));
  donor_cycle = hustings_contact_store_total (file, donor_id, HUSTINGS_TOTAL_CYCLE, cycle);
  cycle_before = hustings_money_format (donor_cycle);
  g_assert_cmpstr (gtk_label_get_text (cycle_label), ==, cycle_before);

  /* A malformed amount is pointed out before saving. */
  amount_error = template_child (dialog, HUSTINGS_TYPE_DONATION_DIALOG, "amount_error");
  set_text (template_child (dialog, HUSTINGS_TYPE_DONATION_DIALOG, "amount_row"), "12.345");
  g_assert_true (gtk_widget_get_visible (amount_error));
  set_text (template_child (dialog, HUSTINGS_TYPE_DONATION_DIALOG, "amount_row"), "123.45");
  g_assert_false (gtk_widget_get_visible (amount_error));

  /* Given at an event (the coming one first in the list): it is the event's revenue. */
  event_row = template_child (dialog, HUSTINGS_TYPE_DONATION_DIALOG, "event_row");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (event_row)));
  adw_combo_row_set_selected (event_row, 1);
  event_id = g_array_index (events, gint64, 0);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  g_assert_true (pump_until (toplevel_gone, GSIZE_TO_POINTER (HUSTINGS_TYPE_DONATION_DIALOG)));
  linked = hustings_event_store_list_donation_ids (file, event_id);
  g_assert_cmpuint (linked->len, ==, 1);
  {
    g_autoptr(HustingsDonation) given = hustings_donation_store_get (
      file, g_array_index (linked, gint64, 0), NULL);

    g_assert_cmpint (hustings_donation_get_amount (given), ==, 12345);
    g_assert_cmpint (hustings_donation_get_contact_id (given), ==, donor_id);
  }

  /* The footer follows... */
  assert_n_items (donations_model (fixture), DEMO_DONATIONS + 1);
  expected_footer = footer_text (count + 1, total + 12345);
  g_assert_cmpstr (gtk_label_get_text (footer), ==, expected_footer);

  /* ...and so do the donor's totals, as the next dialog for them shows. */
  g_assert_cmpint (hustings_contact_store_total (file, donor_id, HUSTINGS_TOTAL_CYCLE, cycle),
                   ==, donor_cycle + 12345);
  activate (fixture->window, "show-page", g_variant_new_string ("contacts"));
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (contacts_model (fixture)),
                                     position_of_contact (contacts_model (fixture), donor_id));
  activate (fixture->window, "new-donation", NULL);
  dialog = wait_for_toplevel (HUSTINGS_TYPE_DONATION_DIALOG);
  cycle_label = template_child (dialog, HUSTINGS_TYPE_DONATION_DIALOG, "cycle_total_label");
  cycle_after = hustings_money_format (donor_cycle + 12345);
  g_assert_cmpstr (gtk_label_get_text (cycle_label), ==, cycle_after);
}

static void
test_delete_with_undo (Fixture       *fixture,
                       gconstpointer  user_data)
{
  GListModel *model = contacts_model (fixture);
  g_autoptr(HustingsContact) contact = g_list_model_get_item (model, 5);
  gint64 id = hustings_contact_get_id (contact);
  g_autoptr(HustingsCommitteeFile) reopened = NULL;
  g_autoptr(HustingsContact) gone = NULL;
  g_autoptr(GError) error = NULL;

  /* Delete, then undo: the contact comes back and the file never lost it. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), 5);
  activate (fixture->window, "delete-contact", NULL);
  assert_n_items (model, DEMO_CONTACTS - 1);
  g_assert_cmpuint (position_of_contact (model, id), ==, G_MAXUINT);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "undo"));

  activate (fixture->window, "undo", NULL);
  assert_n_items (model, DEMO_CONTACTS);
  g_assert_cmpuint (position_of_contact (model, id), ==, 5);
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "undo"));
  g_assert_cmpint (hustings_committee_file_count_contacts (committee_file (fixture)), ==,
                   DEMO_CONTACTS);

  /* Delete and close the window without undoing: the deletion is final. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), 5);
  activate (fixture->window, "delete-contact", NULL);
  assert_n_items (model, DEMO_CONTACTS - 1);
  gtk_window_close (GTK_WINDOW (fixture->window));
  pump_pending ();

  reopened = hustings_committee_file_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hustings_committee_file_count_contacts (reopened), ==, DEMO_CONTACTS - 1);
  gone = hustings_contact_store_get (reopened, id, &error);
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_assert_null (gone);
}

static void
test_delete_donation_with_undo (Fixture       *fixture,
                                gconstpointer  user_data)
{
  HustingsCommitteeFile *file = committee_file (fixture);
  GListModel *model = donations_model (fixture);
  GtkLabel *footer = template_child (donations_page (fixture), HUSTINGS_TYPE_DONATIONS_PAGE,
                                     "footer_label");
  g_autoptr(HustingsDonation) donation = g_list_model_get_item (model, 0);
  gint64 id = hustings_donation_get_id (donation);
  g_autofree char *footer_before = g_strdup (gtk_label_get_text (footer));
  g_autoptr(HustingsCommitteeFile) reopened = NULL;
  g_autoptr(HustingsDonation) kept = NULL;
  g_autoptr(HustingsDonation) gone = NULL;
  g_autoptr(GError) error = NULL;

  /* Deleting hides the gift at once, list and total; the file keeps it while Undo is offered. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), 0);
  activate (fixture->window, "delete-donation", NULL);
  assert_n_items (model, DEMO_DONATIONS - 1);
  g_assert_cmpstr (gtk_label_get_text (footer), !=, footer_before);
  kept = hustings_donation_store_get (file, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kept);

  /* Undo shows it again, with the same id. */
  activate (fixture->window, "undo", NULL);
  assert_n_items (model, DEMO_DONATIONS);
  g_assert_cmpstr (gtk_label_get_text (footer), ==, footer_before);
  g_clear_object (&kept);
  kept = g_list_model_get_item (model, 0);
  g_assert_cmpint (hustings_donation_get_id (kept), ==, id);

  /* Delete and close without undoing: the deletion is final. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), 0);
  activate (fixture->window, "delete-donation", NULL);
  assert_n_items (model, DEMO_DONATIONS - 1);
  gtk_window_close (GTK_WINDOW (fixture->window));
  pump_pending ();

  reopened = hustings_committee_file_open (fixture->path, &error);
  g_assert_no_error (error);
  gone = hustings_donation_store_get (reopened, id, &error);
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_assert_null (gone);
}

static void
test_date_range (Fixture       *fixture,
                 gconstpointer  user_data)
{
  HustingsDateEntry *from = template_child (donations_page (fixture),
                                            HUSTINGS_TYPE_DONATIONS_PAGE, "from_entry");
  GtkWidget *entry = gtk_widget_get_first_child (GTK_WIDGET (from));
  GListModel *model = donations_model (fixture);
  g_autofree char *expected_footer = NULL;
  GtkLabel *footer = template_child (donations_page (fixture), HUSTINGS_TYPE_DONATIONS_PAGE,
                                     "footer_label");
  g_autoptr(GArray) listed = NULL;
  gint64 total, count;

  /* Typed the US way, read as ISO. */
  g_assert_true (GTK_IS_ENTRY (entry));
  set_text (entry, "7/1/2026");
  g_signal_emit_by_name (entry, "activate");
  pump_pending ();
  g_assert_cmpstr (hustings_date_entry_get_date (from), ==, "2026-07-01");

  hustings_donation_store_sum (committee_file (fixture), "2026-07-01", NULL, &total, &count);
  listed = hustings_donation_store_list_ids (committee_file (fixture), "2026-07-01", NULL,
                                             HUSTINGS_DONATION_SORT_DATE, TRUE);
  g_assert_cmpuint (listed->len, >, 0);
  g_assert_cmpuint (listed->len, <, DEMO_DONATIONS);
  assert_n_items (model, listed->len);
  expected_footer = footer_text (count, total);
  g_assert_cmpstr (gtk_label_get_text (footer), ==, expected_footer);

  /* A date that does not read well is marked and changes nothing. */
  set_text (entry, "13/45/2026");
  g_signal_emit_by_name (entry, "activate");
  pump_pending ();
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpstr (hustings_date_entry_get_date (from), ==, "2026-07-01");

  /* All dates again. */
  gtk_widget_activate_action (GTK_WIDGET (donations_page (fixture)), "donations.range", "s",
                              "all");
  assert_n_items (model, DEMO_DONATIONS);
}

static gboolean
dialog_shown (gpointer data)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static void
test_open_not_committee (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autofree char *bad = g_build_filename (fixture->dir, "notes.hustings", NULL);
  g_autoptr(GError) expected = NULL;
  g_autoptr(HustingsCommitteeFile) none = NULL;
  GtkStack *stack = template_child (fixture->window, HUSTINGS_TYPE_WINDOW, "main_stack");
  AdwMessageDialog *dialog;

  g_file_set_contents (bad, "Call the printer about yard signs.\n", -1, NULL);
  none = hustings_committee_file_open (bad, &expected);
  g_assert_null (none);

  activate (fixture->window, "open-file", g_variant_new_string (bad));
  g_assert_true (pump_until (dialog_shown, NULL));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, expected->message);
  g_assert_null (hustings_window_get_committee_file (fixture->window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "welcome");

  /* Dismissed, the window still works. */
  gtk_widget_activate (find_button (GTK_WIDGET (dialog), "_Close"));
  g_assert_true (pump_until (toplevel_gone, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG)));
  hustings_demo_create (fixture->path, 100, 0, 1, NULL, NULL, NULL, NULL);
  activate (fixture->window, "open-file", g_variant_new_string (fixture->path));
  g_assert_nonnull (hustings_window_get_committee_file (fixture->window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "committee");
  assert_n_items (contacts_model (fixture), 100);
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  user_data)
{
  GtkInfoBar *bar = template_child (fixture->window, HUSTINGS_TYPE_WINDOW, "read_only_bar");

  g_assert_false (gtk_info_bar_get_revealed (bar));
  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);
  activate (fixture->window, "open-file", g_variant_new_string (fixture->path));
  g_assert_true (hustings_committee_file_is_read_only (committee_file (fixture)));
  g_assert_true (gtk_info_bar_get_revealed (bar));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window),
                                                     "new-contact"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window),
                                                     "new-donation"));
  /* Nothing can be imported into it; what it holds can still be exported. */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window),
                                                     "import"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window),
                                                    "export-donations"));
  g_assert_true (g_str_has_suffix (adw_view_switcher_title_get_subtitle (
                   template_child (fixture->window, HUSTINGS_TYPE_WINDOW, "switcher_title")),
                 "Read-only"));
  g_chmod (fixture->path, 0600);
}

static void
test_committee_profile (Fixture       *fixture,
                        gconstpointer  user_data)
{
  HustingsCommitteeDialog *dialog;
  GtkWidget *fec_id_error;

  activate (fixture->window, "committee-profile", NULL);
  dialog = wait_for_toplevel (HUSTINGS_TYPE_COMMITTEE_DIALOG);
  fec_id_error = template_child (dialog, HUSTINGS_TYPE_COMMITTEE_DIALOG, "fec_id_error");

  set_text (template_child (dialog, HUSTINGS_TYPE_COMMITTEE_DIALOG, "fec_id_row"), "C123");
  g_assert_true (gtk_widget_get_visible (fec_id_error));
  set_text (template_child (dialog, HUSTINGS_TYPE_COMMITTEE_DIALOG, "fec_id_row"), "C00123456");
  g_assert_false (gtk_widget_get_visible (fec_id_error));
  set_text (template_child (dialog, HUSTINGS_TYPE_COMMITTEE_DIALOG, "name_row"),
            "Friends of the Test Suite");

  gtk_widget_activate_action (GTK_WIDGET (dialog), "committee.save", NULL);
  g_assert_true (pump_until (toplevel_gone, GSIZE_TO_POINTER (HUSTINGS_TYPE_COMMITTEE_DIALOG)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==,
                   "Friends of the Test Suite");
  g_assert_cmpstr (hustings_committee_file_peek_committee (committee_file (fixture))->fec_id,
                   ==, "C00123456");
}

static gboolean
window_has_file (gpointer data)
{
  return hustings_window_get_committee_file (HUSTINGS_WINDOW (data)) != NULL;
}

static void
test_demo_action (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *demo_dir = g_build_filename (g_get_user_data_dir (), "hustings", NULL);
  g_autofree char *expected = g_build_filename (demo_dir, "Demo Campaign.hustings", NULL);
  GtkStack *stack = template_child (fixture->window, HUSTINGS_TYPE_WINDOW, "main_stack");

  g_settings_set_uint (settings, "demo-contacts", 150);
  g_settings_set_uint (settings, "demo-donations", 40);
  g_assert_false (g_file_test (expected, G_FILE_TEST_EXISTS));

  activate (app, "demo", NULL);
  g_assert_true (pump_until (window_has_file, fixture->window));
  g_assert_cmpstr (hustings_committee_file_get_path (committee_file (fixture)), ==, expected);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "committee");
  assert_n_items (contacts_model (fixture), 150);
  assert_n_items (donations_model (fixture), 40);

  remove_tree (demo_dir);
}

static gboolean
demo_stopped (gpointer data)
{
  Fixture *fixture = data;

  return !g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "cancel-demo");
}

static void
test_demo_cancel (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *demo_dir = g_build_filename (g_get_user_data_dir (), "hustings", NULL);
  g_autofree char *expected = g_build_filename (demo_dir, "Demo Campaign.hustings", NULL);
  GtkStack *stack = template_child (fixture->window, HUSTINGS_TYPE_WINDOW, "main_stack");
  g_autoptr(GDir) dir = NULL;

  /* Big enough that it is still running when Cancel is pressed. */
  g_settings_set_uint (settings, "demo-contacts", 100000);
  g_settings_set_uint (settings, "demo-donations", 300000);

  activate (app, "demo", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "demo");
  activate (fixture->window, "cancel-demo", NULL);
  g_assert_true (pump_until (demo_stopped, fixture));

  /* Back where it was, with nothing left behind. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "welcome");
  g_assert_null (hustings_window_get_committee_file (fixture->window));
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_false (g_file_test (expected, G_FILE_TEST_EXISTS));
  dir = g_dir_open (demo_dir, 0, NULL);
  g_assert_null (dir ? g_dir_read_name (dir) : NULL);

  remove_tree (demo_dir);
}

static void
store_created_cb (HustingsCommitteeDialog  *dialog,
                  HustingsCommitteeFile    *file,
                  HustingsCommitteeFile   **out_file)
{
  g_set_object (out_file, file);
}

static void
test_committee_create (Fixture       *fixture,
                       gconstpointer  user_data)
{
  HustingsCommitteeDialog *dialog;
  g_autoptr(HustingsCommitteeFile) created = NULL;
  g_autoptr(HustingsCommitteeFile) reopened = NULL;
  g_autoptr(GError) error = NULL;
  const HustingsCommittee *committee;
  GtkWidget *error_label;

  dialog = hustings_committee_dialog_new_create (GTK_WINDOW (fixture->window), fixture->path);
  g_signal_connect (dialog, "created", G_CALLBACK (store_created_cb), &created);
  gtk_window_present (GTK_WINDOW (dialog));
  pump_pending ();
  error_label = template_child (dialog, HUSTINGS_TYPE_COMMITTEE_DIALOG, "error_label");

  /* Without a name, nothing is created and the dialog says why. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "committee.save", NULL);
  pump_pending ();
  g_assert_true (gtk_widget_is_visible (error_label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error_label)), !=, "");
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  set_text (template_child (dialog, HUSTINGS_TYPE_COMMITTEE_DIALOG, "name_row"),
            "Neighbors for Nguyen");
  set_text (template_child (dialog, HUSTINGS_TYPE_COMMITTEE_DIALOG, "fec_id_row"), "C00765432");
  set_text (template_child (dialog, HUSTINGS_TYPE_COMMITTEE_DIALOG, "state_row"), "OR");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "committee.save", NULL);
  g_assert_true (pump_until (toplevel_gone, GSIZE_TO_POINTER (HUSTINGS_TYPE_COMMITTEE_DIALOG)));

  g_assert_nonnull (created);
  reopened = hustings_committee_file_open (fixture->path, &error);
  g_assert_no_error (error);
  committee = hustings_committee_file_peek_committee (reopened);
  g_assert_cmpstr (committee->name, ==, "Neighbors for Nguyen");
  g_assert_cmpstr (committee->fec_id, ==, "C00765432");
  g_assert_cmpint (committee->type, ==, HUSTINGS_COMMITTEE_HOUSE);
  g_assert_cmpstr (committee->filing_frequency, ==, "Q");
}

/* Import and export */

static char *
ui_data (const char *name)
{
  return g_build_filename (TEST_UI_DATA, name, NULL);
}

/* Drops file on the window, as a file manager would. */
static gboolean
drop_file (Fixture *fixture,
           GFile   *file,
           gboolean as_list)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->window));
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean handled = FALSE;

  if (as_list)
    {
      g_value_init (&value, GDK_TYPE_FILE_LIST);
      g_value_take_boxed (&value, gdk_file_list_new_from_array (&file, 1));
    }
  else
    {
      g_value_init (&value, G_TYPE_FILE);
      g_value_set_object (&value, file);
    }

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        {
          g_signal_emit_by_name (controller, "drop", &value, 10.0, 10.0, &handled);
          pump_pending ();
          return handled;
        }
    }

  g_assert_not_reached ();
}

static HustingsImportAssistant *
open_assistant (Fixture    *fixture,
                const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  hustings_window_import_file (fixture->window, file);
  return wait_for_toplevel (HUSTINGS_TYPE_IMPORT_ASSISTANT);
}

static gpointer
assistant_child (HustingsImportAssistant *assistant,
                 const char              *name)
{
  return template_child (assistant, HUSTINGS_TYPE_IMPORT_ASSISTANT, name);
}

/* What a click does, at once (activating a button waits for its pressed look to show). */
static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  pump_pending ();
}

/* Presses the button of the assistant with that id, or else that label; it must be there and
 * sensitive. */
static void
press (HustingsImportAssistant *assistant,
       const char              *name)
{
  GtkWidget *button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (assistant),
                                                                 HUSTINGS_TYPE_IMPORT_ASSISTANT,
                                                                 name));

  if (button == NULL)
    button = find_button (GTK_WIDGET (assistant), name);
  g_assert_nonnull (button);
  click (button);
}

typedef struct
{
  GtkStack   *stack;
  const char *name;
} StackWait;

static gboolean
stack_shows (gpointer data)
{
  StackWait *wait = data;

  return g_strcmp0 (gtk_stack_get_visible_child_name (wait->stack), wait->name) == 0;
}

static void
assert_shows (HustingsImportAssistant *assistant,
              const char              *stack,
              const char              *name)
{
  StackWait wait = { assistant_child (assistant, stack), name };

  if (!pump_until (stack_shows, &wait))
    g_error ("the assistant's %s shows %s, not %s", stack,
             gtk_stack_get_visible_child_name (wait.stack), name);
}

static const char *
combo_text (AdwComboRow *row)
{
  return gtk_string_object_get_string (adw_combo_row_get_selected_item (row));
}

static gboolean
next_sensitive (HustingsImportAssistant *assistant)
{
  return gtk_widget_is_sensitive (assistant_child (assistant, "next_button"));
}

static void
test_import_actblue_and_undo (Fixture       *fixture,
                              gconstpointer  user_data)
{
  HustingsCommitteeFile *file = committee_file (fixture);
  g_autofree char *path = ui_data ("actblue-contributions.csv");
  g_autoptr(GFile) dropped = g_file_new_for_path (path);
  g_autoptr(GPtrArray) batches = NULL;
  HustingsImportAssistant *assistant;
  GtkColumnView *preview;
  const char *summary;

  /* A spreadsheet dropped on the window opens the assistant on it, changing nothing yet. */
  g_assert_true (drop_file (fixture, dropped, TRUE));
  assistant = wait_for_toplevel (HUSTINGS_TYPE_IMPORT_ASSISTANT);
  g_assert_cmpstr (combo_text (assistant_child (assistant, "format_row")), ==,
                   hustings_import_format_get_name (hustings_import_format_find ("actblue")));
  preview = assistant_child (assistant, "preview_view");
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (preview)), ==, 17);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (preview))),
                    ==, 5);
  g_assert_false (gtk_widget_get_visible (assistant_child (assistant, "back_button")));

  /* ActBlue's layout is known: no columns to choose; the check says what will happen. */
  press (assistant, "next_button");
  assert_shows (assistant, "stack", "check");
  assert_shows (assistant, "check_stack", "result");
  summary = gtk_label_get_text (assistant_child (assistant, "summary_label"));
  g_assert_true (g_str_has_prefix (summary, "5 gifts will be added ($435.00) · 4 new contacts"));
  g_assert_false (gtk_widget_get_visible (assistant_child (assistant, "rejections_group")));
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, DEMO_DONATIONS);
  g_assert_cmpstr (gtk_button_get_label (assistant_child (assistant, "next_button")), ==,
                   "_Import");

  /* Imported: the window's lists show the new rows. */
  press (assistant, "next_button");
  assert_shows (assistant, "stack", "done");
  g_assert_cmpstr (adw_status_page_get_title (assistant_child (assistant, "done_status")), ==,
                   "Import Complete");
  assert_n_items (contacts_model (fixture), DEMO_CONTACTS + 4);
  assert_n_items (donations_model (fixture), DEMO_DONATIONS + 5);

  /* Undo removes exactly that batch. */
  press (assistant, "undo_button");
  assert_n_items (contacts_model (fixture), DEMO_CONTACTS);
  assert_n_items (donations_model (fixture), DEMO_DONATIONS);
  g_assert_cmpstr (adw_status_page_get_title (assistant_child (assistant, "done_status")), ==,
                   "Import Undone");
  g_assert_false (gtk_widget_get_visible (assistant_child (assistant, "undo_button")));
  batches = hustings_import_list_batches (file, NULL);
  g_assert_cmpuint (batches->len, ==, 1);
  g_assert_nonnull (((HustingsImportBatch *) g_ptr_array_index (batches, 0))->undone_at);

  press (assistant, "C_lose");
  g_assert_true (pump_until (toplevel_gone, GSIZE_TO_POINTER (HUSTINGS_TYPE_IMPORT_ASSISTANT)));
}

static void
collect_combo_rows (GtkWidget *widget,
                    GPtrArray *rows)
{
  if (ADW_IS_COMBO_ROW (widget))
    {
      g_ptr_array_add (rows, widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_combo_rows (child, rows);
}

/* The row of the columns step that says what column holds. */
static AdwComboRow *
mapping_row (HustingsImportAssistant *assistant,
             guint                    column)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_combo_rows (assistant_child (assistant, "mapping_group"), rows);
  g_assert_cmpuint (column, <, rows->len);
  return g_ptr_array_index (rows, column);
}

static void
select_field (HustingsImportAssistant *assistant,
              guint                    column,
              const char              *choice)
{
  AdwComboRow *row = mapping_row (assistant, column);
  GListModel *choices = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (choices, i);

      if (g_str_equal (gtk_string_object_get_string (item), choice))
        {
          adw_combo_row_set_selected (row, i);
          pump_pending ();
          return;
        }
    }

  g_error ("no choice “%s” for column %u", choice, column);
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
history_shows_undone (gpointer data)
{
  return find_label (GTK_WIDGET (data), "Undone") != NULL;
}

static void
respond (const char *response)
{
  AdwMessageDialog *dialog;

  g_assert_true (pump_until (dialog_shown, NULL));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  pump_pending ();
}

static void
test_import_bad_row (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autofree char *path = ui_data ("pledge-night.csv");
  HustingsImportAssistant *assistant = open_assistant (fixture, path);
  g_autoptr(GPtrArray) batches = NULL;
  HustingsImportHistory *history;
  AdwComboRow *amount_row;
  GtkWidget *skip_switch;
  GtkWidget *button;
  const char *summary;

  /* A file of no known layout: the columns are guessed from their names, and can be changed. */
  g_assert_cmpstr (combo_text (assistant_child (assistant, "format_row")), ==,
                   hustings_import_format_get_name (hustings_import_format_find ("generic")));
  press (assistant, "next_button");
  assert_shows (assistant, "stack", "columns");
  amount_row = mapping_row (assistant, 1);
  g_assert_cmpstr (combo_text (amount_row), ==,
                   hustings_import_field_describe (HUSTINGS_FIELD_AMOUNT));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (amount_row)), ==, "40.00");
  g_assert_true (next_sensitive (assistant));

  /* Saved under a name, the choices come back after a change. */
  gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.save-mapping", NULL);
  g_assert_true (pump_until (dialog_shown, NULL));
  set_text (adw_message_dialog_get_extra_child (find_toplevel (ADW_TYPE_MESSAGE_DIALOG)),
            "Pledge night");
  respond ("save");

  /* Without an amount there is nothing to import: the step says so and goes no further. */
  select_field (assistant, 1, "Don’t import");
  g_assert_false (next_sensitive (assistant));
  g_assert_true (gtk_widget_get_visible (assistant_child (assistant, "mapping_error_group")));
  g_assert_cmpstr (gtk_label_get_text (assistant_child (assistant, "mapping_error_label")), !=,
                   "");
  gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.load-mapping", "s",
                              "Pledge night");
  pump_pending ();
  g_assert_cmpstr (combo_text (amount_row), ==,
                   hustings_import_field_describe (HUSTINGS_FIELD_AMOUNT));
  g_assert_true (next_sensitive (assistant));
  g_assert_false (gtk_widget_get_visible (assistant_child (assistant, "mapping_error_group")));

  /* The bad row is listed, and Import waits until the user chooses to skip it. */
  press (assistant, "next_button");
  assert_shows (assistant, "check_stack", "result");
  g_assert_true (gtk_widget_get_visible (assistant_child (assistant, "rejections_group")));
  g_assert_cmpuint (hustings_rejection_list_get_n_rows (assistant_child (assistant,
                                                                         "check_rejections")),
                    ==, 1);
  g_assert_false (next_sensitive (assistant));
  skip_switch = assistant_child (assistant, "skip_switch");
  gtk_switch_set_active (GTK_SWITCH (skip_switch), TRUE);
  pump_pending ();
  g_assert_true (next_sensitive (assistant));

  press (assistant, "next_button");
  assert_shows (assistant, "stack", "done");
  summary = adw_status_page_get_description (assistant_child (assistant, "done_status"));
  g_assert_nonnull (strstr (summary, "3 gifts added ($135.00)"));
  g_assert_nonnull (strstr (summary, "1 row left out"));
  assert_n_items (donations_model (fixture), DEMO_DONATIONS + 3);
  press (assistant, "C_lose");

  /* The history lists the import, with the row it left out, and undoes it after asking. */
  activate (fixture->window, "import-history", NULL);
  history = wait_for_toplevel (HUSTINGS_TYPE_IMPORT_HISTORY);
  g_assert_nonnull (find_label (GTK_WIDGET (history), "pledge-night.csv"));
  g_assert_nonnull (find_label (GTK_WIDGET (history), "Rows Left Out"));
  batches = hustings_import_list_batches (committee_file (fixture), NULL);
  gtk_widget_activate_action (GTK_WIDGET (history), "history.show-rejections", "x",
                              ((HustingsImportBatch *) g_ptr_array_index (batches, 0))->id);
  g_assert_cmpuint (hustings_rejection_list_get_n_rows (
                      template_child (history, HUSTINGS_TYPE_IMPORT_HISTORY, "rejection_list")),
                    ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (history), "history.back", NULL);

  button = find_button (GTK_WIDGET (history), "_Undo Import…");
  g_assert_nonnull (button);
  click (button);
  respond ("undo");
  assert_n_items (donations_model (fixture), DEMO_DONATIONS);
  g_assert_true (pump_until (history_shows_undone, history));
  g_assert_null (find_button (GTK_WIDGET (history), "_Undo Import…"));
}

static guint
preview_columns (HustingsImportAssistant *assistant)
{
  GtkColumnView *preview = assistant_child (assistant, "preview_view");

  return g_list_model_get_n_items (gtk_column_view_get_columns (preview));
}

static void
test_import_layout (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *csv = ui_data ("pledge-night.csv");
  g_autofree char *xlsx = g_build_filename (fixture->dir, "pledges.xlsx", NULL);
  static const char * const header[] = { "Date", "Amount", "First Name", "Last Name", "State" };
  lxw_workbook *workbook = workbook_new (xlsx);
  lxw_worksheet *notes = workbook_add_worksheet (workbook, "Notes");
  lxw_worksheet *gifts = workbook_add_worksheet (workbook, "Gifts");
  HustingsImportAssistant *assistant;
  AdwComboRow *delimiter_row, *sheet_row;

  /* A CSV file read with another separator shows other columns; Detect brings them back. */
  assistant = open_assistant (fixture, csv);
  delimiter_row = assistant_child (assistant, "delimiter_row");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (delimiter_row)));
  g_assert_false (gtk_widget_get_visible (assistant_child (assistant, "sheet_row")));
  g_assert_cmpuint (preview_columns (assistant), ==, 11);
  adw_combo_row_set_selected (delimiter_row, 2); /* Semicolon */
  pump_pending ();
  g_assert_cmpuint (preview_columns (assistant), ==, 1);
  adw_combo_row_set_selected (delimiter_row, 0);
  pump_pending ();
  g_assert_cmpuint (preview_columns (assistant), ==, 11);
  gtk_window_destroy (GTK_WINDOW (assistant));
  pump_pending ();

  /* A workbook offers its sheets; the one chosen is previewed and imported. */
  worksheet_write_string (notes, 0, 0, "Call the printer about yard signs", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    worksheet_write_string (gifts, 0, i, header[i], NULL);
  for (guint row = 1; row <= 2; row++)
    {
      worksheet_write_string (gifts, row, 0, row == 1 ? "2026-05-01" : "2026-05-02", NULL);
      worksheet_write_number (gifts, row, 1, 30.0 * row, NULL);
      worksheet_write_string (gifts, row, 2, row == 1 ? "Hortense" : "Lysander", NULL);
      worksheet_write_string (gifts, row, 3, "Pemberton", NULL);
      worksheet_write_string (gifts, row, 4, "VT", NULL);
    }
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);

  assistant = open_assistant (fixture, xlsx);
  sheet_row = assistant_child (assistant, "sheet_row");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (sheet_row)));
  g_assert_false (gtk_widget_get_visible (assistant_child (assistant, "delimiter_row")));
  g_assert_cmpstr (combo_text (sheet_row), ==, "Notes");
  adw_combo_row_set_selected (sheet_row, 1);
  pump_pending ();
  g_assert_cmpuint (preview_columns (assistant), ==, G_N_ELEMENTS (header));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (assistant_child (assistant, "file_row")),
                            "Gifts"));
  press (assistant, "next_button");
  assert_shows (assistant, "stack", "columns");
  press (assistant, "next_button");
  assert_shows (assistant, "check_stack", "result");
  g_assert_true (g_str_has_prefix (gtk_label_get_text (assistant_child (assistant,
                                                                        "summary_label")),
                                   "2 gifts will be added ($90.00)"));
}

static void
test_import_cancel (Fixture       *fixture,
                    gconstpointer  user_data)
{
  HustingsCommitteeFile *file = committee_file (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "walk-list.csv", NULL);
  g_autoptr(GString) rows = g_string_new ("Date,Amount,First Name,Last Name,State\n");
  g_autoptr(GPtrArray) batches = NULL;
  HustingsImportAssistant *assistant;

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (rows, "2026-05-%02u,%u.00,Voter%u,Walker%u,NM\n", i % 28 + 1,
                            i % 90 + 10, i, i);
  g_file_set_contents (path, rows->str, -1, NULL);
  assistant = open_assistant (fixture, path);
  press (assistant, "next_button");

  /* Stopping the check goes back a step. */
  g_signal_emit_by_name (assistant_child (assistant, "next_button"), "clicked");
  gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.stop", NULL);
  assert_shows (assistant, "stack", "columns");

  /* Cancelling the import leaves the committee file as it was, and says so. */
  press (assistant, "next_button");
  assert_shows (assistant, "check_stack", "result");
  g_signal_emit_by_name (assistant_child (assistant, "next_button"), "clicked");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (assistant_child (assistant, "stack")), ==,
                   "importing");
  gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.stop", NULL);
  assert_shows (assistant, "stack", "check");
  g_assert_true (gtk_widget_get_visible (assistant_child (assistant, "notice_group")));
  g_assert_cmpstr (gtk_label_get_text (assistant_child (assistant, "notice_label")), ==,
                   "The import was cancelled. The committee file is as it was.");
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, DEMO_DONATIONS);
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, DEMO_CONTACTS);
  batches = hustings_import_list_batches (file, NULL);
  g_assert_cmpuint (batches->len, ==, 0);

  /* The check still holds: the import can be run from there. */
  press (assistant, "next_button");
  assert_shows (assistant, "stack", "done");
  assert_n_items (donations_model (fixture), DEMO_DONATIONS + 5000);
}

static void
test_import_errors (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *zip = g_build_filename (fixture->dir, "broken.xlsx", NULL);
  g_autofree char *csv = g_build_filename (fixture->dir, "unfinished.csv", NULL);
  g_autoptr(GString) rows = g_string_new ("Date,Amount,First Name,Last Name\n");
  g_autoptr(GError) expected = NULL;
  g_autoptr(HustingsImport) none = NULL;
  HustingsImportAssistant *assistant;
  AdwStatusPage *status;

  /* A file that cannot be read says why in the assistant, and goes no further. */
  g_file_set_contents (zip, "PK\003\004 not really a workbook", -1, NULL);
  none = hustings_import_new (zip, NULL, &expected);
  g_assert_null (none);
  assistant = open_assistant (fixture, zip);
  g_assert_true (gtk_widget_get_visible (assistant_child (assistant, "open_error_group")));
  g_assert_cmpstr (gtk_label_get_text (assistant_child (assistant, "open_error_label")), ==,
                   expected->message);
  g_assert_false (next_sensitive (assistant));
  gtk_window_close (GTK_WINDOW (assistant));
  g_assert_true (pump_until (toplevel_gone, GSIZE_TO_POINTER (HUSTINGS_TYPE_IMPORT_ASSISTANT)));

  /* A line that breaks the file further down stops the check, naming the line. */
  for (guint i = 0; i < 30; i++)
    g_string_append_printf (rows, "2026-03-01,%u.00,Ann,Row%u\n", i + 1, i);
  g_string_append (rows, "2026-03-02,5.00,\"Unfinished,Quote\n");
  g_file_set_contents (csv, rows->str, -1, NULL);
  assistant = open_assistant (fixture, csv);
  press (assistant, "next_button");
  assert_shows (assistant, "stack", "columns");
  press (assistant, "next_button");
  assert_shows (assistant, "check_stack", "error");
  status = assistant_child (assistant, "check_error_status");
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "32"));
  g_assert_false (next_sensitive (assistant));

  /* Back, the file can be looked at again. */
  press (assistant, "back_button");
  assert_shows (assistant, "stack", "columns");
  g_assert_cmpint (hustings_committee_file_count_donations (committee_file (fixture)), ==,
                   DEMO_DONATIONS);
}

static void
test_import_drop_committee (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autofree char *other = g_build_filename (fixture->dir, "Other.hustings", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (other);
  g_autoptr(GError) error = NULL;

  /* A committee file dropped on the window is opened, not imported. */
  hustings_demo_create (other, 20, 10, 2, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (drop_file (fixture, file, FALSE));
  g_assert_cmpstr (hustings_committee_file_get_path (committee_file (fixture)), ==, other);
  g_assert_null (find_toplevel (HUSTINGS_TYPE_IMPORT_ASSISTANT));
  assert_n_items (contacts_model (fixture), 20);
}

static GtkWidget *
find_check_button (GtkWidget *widget)
{
  if (GTK_IS_CHECK_BUTTON (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_check_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_import_review (Fixture       *fixture,
                    gconstpointer  user_data)
{
  HustingsCommitteeFile *file = committee_file (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "gala.csv", NULL);
  g_autofree char *csv = NULL;
  g_autoptr(HustingsContact) contact = NULL;
  g_autoptr(GPtrArray) gifts = NULL;
  HustingsImportAssistant *assistant;
  GtkWidget *same_person;
  gboolean found = FALSE;

  /* A donor with the email of a contact but another first name: maybe the same person. */
  for (guint i = 0; contact == NULL; i++)
    {
      g_autoptr(HustingsContact) listed = g_list_model_get_item (contacts_model (fixture), i);
      gint64 id = hustings_contact_get_id (listed);
      g_autoptr(HustingsContact) whole = hustings_contact_store_get (file, id, NULL);
      const char * const *emails = hustings_contact_get_emails (whole);

      if (emails != NULL && emails[0] != NULL
          && *hustings_contact_get_field (whole, HUSTINGS_CONTACT_LAST_NAME) != '\0')
        contact = g_steal_pointer (&whole);
    }
  csv = g_strdup_printf ("Date,Amount,First Name,Last Name,Street,City,State,ZIP,Email\n"
                         "2026-04-01,25.00,Zenobia,%s,1 Nowhere Ave,Elsewhere,NM,87501,%s\n",
                         hustings_contact_get_field (contact, HUSTINGS_CONTACT_LAST_NAME),
                         hustings_contact_get_emails (contact)[0]);
  g_file_set_contents (path, csv, -1, NULL);

  assistant = open_assistant (fixture, path);
  press (assistant, "next_button");
  press (assistant, "next_button");
  assert_shows (assistant, "check_stack", "result");
  g_assert_cmpstr (gtk_button_get_label (assistant_child (assistant, "next_button")), ==,
                   "_Next");

  /* The user says it is the same person: the gift goes to the contact, and no new one. */
  press (assistant, "next_button");
  assert_shows (assistant, "stack", "review");
  same_person = find_check_button (assistant_child (assistant, "review_group"));
  g_assert_nonnull (same_person);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (same_person)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (same_person), TRUE);
  g_assert_cmpstr (gtk_button_get_label (assistant_child (assistant, "next_button")), ==,
                   "_Import");
  press (assistant, "next_button");
  assert_shows (assistant, "stack", "done");

  assert_n_items (donations_model (fixture), DEMO_DONATIONS + 1);
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, DEMO_CONTACTS);
  gifts = hustings_donation_store_for_contact (file, hustings_contact_get_id (contact));
  for (guint i = 0; i < gifts->len; i++)
    {
      HustingsDonation *gift = g_ptr_array_index (gifts, i);

      found |= g_strcmp0 (hustings_donation_get_date (gift), "2026-04-01") == 0
               && hustings_donation_get_amount (gift) == 2500;
    }
  g_assert_true (found);
}

static gboolean
export_finished (gpointer data)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (data), "export-contacts");
}

/* Exports, then reads the file back: its header's first cells and how many rows follow. */
static guint
export_and_read (Fixture            *fixture,
                 HustingsImportKind  what,
                 const char         *name,
                 const char         *expected_name,
                 const char * const *header)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *written = g_build_filename (fixture->dir, expected_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HustingsTableReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *fields;
  guint n_fields, n_rows = 0;
  guint64 line;

  hustings_window_export_to (fixture->window, what, file);
  g_assert_false (export_finished (fixture->window));
  g_assert_true (pump_until (export_finished, fixture->window));

  reader = hustings_table_reader_open (written, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hustings_table_reader_next (reader, &fields, &n_fields, &line, &error));
  for (guint i = 0; header[i] != NULL; i++)
    g_assert_cmpstr (fields[i], ==, header[i]);
  while (hustings_table_reader_next (reader, &fields, &n_fields, &line, &error))
    n_rows++;
  g_assert_no_error (error);

  return n_rows;
}

static void
test_export (Fixture       *fixture,
             gconstpointer  user_data)
{
  static const char * const contacts_header[] = { "ID", "Entity Type", "Prefix", NULL };
  static const char * const donations_header[] = { "ID", "Date", "Amount", NULL };
  GtkSearchEntry *search = template_child (contacts_page (fixture), HUSTINGS_TYPE_CONTACTS_PAGE,
                                           "search_entry");
  g_autoptr(HustingsContact) target = g_list_model_get_item (contacts_model (fixture), 7);
  HustingsDateEntry *from = template_child (donations_page (fixture),
                                            HUSTINGS_TYPE_DONATIONS_PAGE, "from_entry");
  g_autofree char *bare = NULL;
  g_autoptr(GArray) july = NULL;
  FewerWait wait = { contacts_model (fixture), DEMO_CONTACTS };

  g_assert_cmpuint (export_and_read (fixture, HUSTINGS_IMPORT_CONTACTS, "contacts.csv",
                                     "contacts.csv", contacts_header), ==, DEMO_CONTACTS);
  g_assert_cmpuint (export_and_read (fixture, HUSTINGS_IMPORT_DONATIONS, "donations.xlsx",
                                     "donations.xlsx", donations_header), ==, DEMO_DONATIONS);
  g_assert_cmpuint (export_and_read (fixture, HUSTINGS_IMPORT_CONTACTS, "contacts.XLSX",
                                     "contacts.XLSX", contacts_header), ==, DEMO_CONTACTS);
  /* A name that says no type is written as CSV, and named so. */
  g_assert_cmpuint (export_and_read (fixture, HUSTINGS_IMPORT_DONATIONS, "gifts", "gifts.csv",
                                     donations_header), ==, DEMO_DONATIONS);
  bare = g_build_filename (fixture->dir, "gifts", NULL);
  g_assert_false (g_file_test (bare, G_FILE_TEST_EXISTS));

  /* What the page shows is what is exported: the contacts a search found. */
  set_text (search, hustings_contact_get_field (target, HUSTINGS_CONTACT_LAST_NAME));
  g_assert_true (pump_until (has_fewer_items, &wait));
  g_assert_cmpuint (export_and_read (fixture, HUSTINGS_IMPORT_CONTACTS, "found.csv", "found.csv",
                                     contacts_header),
                    ==, g_list_model_get_n_items (contacts_model (fixture)));

  /* And the donations in the dates shown. */
  hustings_date_entry_set_date (from, "2026-07-01");
  july = hustings_donation_store_list_ids (committee_file (fixture), "2026-07-01", NULL,
                                           HUSTINGS_DONATION_SORT_DATE, TRUE);
  g_assert_cmpuint (july->len, <, DEMO_DONATIONS);
  assert_n_items (donations_model (fixture), july->len);
  g_assert_cmpuint (export_and_read (fixture, HUSTINGS_IMPORT_DONATIONS, "july.csv", "july.csv",
                                     donations_header), ==, july->len);
}

/* What a view of a HustingsSplitModel sees when items-changed is emitted. */
typedef struct
{
  GString *log;
} SplitLog;

static void
split_items_changed_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        SplitLog   *log)
{
  guint n = g_list_model_get_n_items (model);

  g_string_append_printf (log->log, "%u-%u+%u:", position, removed, added);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      g_string_append (log->log, gtk_string_object_get_string (item));
    }
  g_string_append_c (log->log, ' ');
}

static void
test_split_model (void)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new ((const char * const[]) {
    "a", "b", "c", "d", "e", NULL });
  g_autoptr(HustingsSplitModel) split = NULL;
  SplitLog log = { g_string_new (NULL) };

  split = hustings_split_model_new (g_object_ref (G_LIST_MODEL (strings)));
  g_signal_connect (split, "items-changed", G_CALLBACK (split_items_changed_cb), &log);

  /* A replacement is told as a removal, during which the model reads as the rows that stay,
   * then an insertion. */
  gtk_string_list_splice (strings, 1, 3, (const char * const[]) { "X", "Y", NULL });
  g_assert_cmpstr (log.log->str, ==, "1-3+0:ae 1-0+2:aXYe ");

  /* Plain insertions and removals pass through. */
  g_string_truncate (log.log, 0);
  gtk_string_list_append (strings, "f");
  gtk_string_list_remove (strings, 0);
  g_assert_cmpstr (log.log->str, ==, "4-0+1:aXYef 0-1+0:XYef ");

  g_string_free (log.log, TRUE);
}

/* ---- Disbursements ---- */

static HustingsDisbursementsPage *
disbursements_page (Fixture *fixture)
{
  return template_child (fixture->window, HUSTINGS_TYPE_WINDOW, "disbursements_page");
}

static GListModel *
disbursements_model (Fixture *fixture)
{
  GtkColumnView *view = template_child (disbursements_page (fixture),
                                        HUSTINGS_TYPE_DISBURSEMENTS_PAGE, "column_view");

  return G_LIST_MODEL (gtk_column_view_get_model (view));
}

static char *
disbursements_footer (gint64 count,
                      gint64 total)
{
  g_autofree char *amount = hustings_money_format (total);

  return g_strdup_printf ("%'" G_GINT64_FORMAT " disbursements · %s paid", count, amount);
}

/* The first widget of type within widget, itself included. */
static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gpointer
dialog_child (HustingsDisbursementDialog *dialog,
              const char                 *name)
{
  return template_child (dialog, HUSTINGS_TYPE_DISBURSEMENT_DIALOG, name);
}

/* Types a payee's name and picks the first contact suggested; returns it. */
static HustingsContact *
pick_payee (HustingsDisbursementDialog *dialog,
            const char                 *name)
{
  GtkWidget *payee_row = dialog_child (dialog, "payee_row");
  GtkListBox *suggestions = GTK_LIST_BOX (find_descendant (payee_row, GTK_TYPE_LIST_BOX));
  GtkListBoxRow *row;

  set_text (payee_row, name);
  g_assert_true (pump_until (has_suggestions, suggestions));
  row = gtk_list_box_get_row_at_index (suggestions, 0);
  g_signal_emit_by_name (suggestions, "row-activated", row);
  pump_pending ();
  g_assert_true (gtk_widget_has_focus (dialog_child (dialog, "amount_row")) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (dialog)),
                                         dialog_child (dialog, "amount_row")));
  return g_object_get_data (G_OBJECT (row), "hustings-contact");
}

/* The demo's spending listed; a disbursement added through the dialog (a purpose required
 * first, the line of Form 3 by default) shows in the list and its footer. */
static void
test_new_disbursement (Fixture       *fixture,
                       gconstpointer  user_data)
{
  HustingsCommitteeFile *file = committee_file (fixture);
  GListModel *model = disbursements_model (fixture);
  GtkLabel *footer = template_child (disbursements_page (fixture),
                                     HUSTINGS_TYPE_DISBURSEMENTS_PAGE, "footer_label");
  g_autoptr(HustingsContact) listed = g_list_model_get_item (contacts_model (fixture), 3);
  g_autoptr(HustingsDisbursement) added = NULL;
  g_autofree char *expected = NULL;
  HustingsDisbursementDialog *dialog;
  HustingsContact *payee;
  gint64 total, count;

  hustings_disbursement_store_sum (file, NULL, NULL, NULL, &total, &count);
  g_assert_cmpint (count, >, 0);
  activate (fixture->window, "show-page", g_variant_new_string ("disbursements"));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, count);
  expected = disbursements_footer (count, total);
  g_assert_cmpstr (gtk_label_get_text (footer), ==, expected);
  g_clear_pointer (&expected, g_free);

  activate (fixture->window, "new-disbursement", NULL);
  dialog = wait_for_toplevel (HUSTINGS_TYPE_DISBURSEMENT_DIALOG);
  g_assert_cmpstr (combo_text (dialog_child (dialog, "line_row")), ==,
                   "17 Operating expenditures");
  payee = pick_payee (dialog, hustings_contact_get_display_name (listed));
  g_assert_nonnull (payee);
  set_text (dialog_child (dialog, "amount_row"), "1,234.56");

  /* Without a purpose, the dialog says the FEC wants one, and stays. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  pump_pending ();
  g_assert_true (gtk_widget_get_visible (dialog_child (dialog, "error_group")));
  g_assert_nonnull (strstr (gtk_label_get_text (dialog_child (dialog, "error_label")),
                            "requires a purpose"));
  g_assert_cmpint (hustings_disbursement_store_count (file), ==, count);

  set_text (dialog_child (dialog, "purpose_row"), "Door hangers");
  adw_combo_row_set_selected (dialog_child (dialog, "category_row"), 6); /* 006 */
  gtk_switch_set_active (dialog_child (dialog, "memo_entry_switch"), FALSE);
  set_text (dialog_child (dialog, "check_row"), "2048");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  g_assert_true (pump_until (toplevel_gone, GSIZE_TO_POINTER (HUSTINGS_TYPE_DISBURSEMENT_DIALOG)));

  /* In the list, newest first, and in the footer. */
  assert_n_items (model, count + 1);
  expected = disbursements_footer (count + 1, total + 123456);
  g_assert_cmpstr (gtk_label_get_text (footer), ==, expected);
  {
    g_autoptr(GArray) ids = hustings_disbursements_page_dup_ids (disbursements_page (fixture));
    gint64 newest = 0;

    for (guint i = 0; i < ids->len; i++)
      newest = MAX (newest, g_array_index (ids, gint64, i));
    added = hustings_disbursement_store_get (file, newest, NULL);
  }
  g_assert_cmpint (hustings_disbursement_get_contact_id (added), ==,
                   hustings_contact_get_id (payee));
  g_assert_cmpint (hustings_disbursement_get_amount (added), ==, 123456);
  g_assert_cmpstr (hustings_disbursement_get_purpose (added), ==, "Door hangers");
  g_assert_cmpstr (hustings_disbursement_get_category (added), ==, "006");
  g_assert_cmpstr (hustings_disbursement_get_line (added), ==, "SB17");
  g_assert_cmpstr (hustings_disbursement_get_check_number (added), ==, "2048");

  /* Activated in the list, it opens for editing. */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HustingsDisbursement) shown = g_list_model_get_item (model, i);

      if (hustings_disbursement_get_id (shown) != hustings_disbursement_get_id (added))
        continue;
      g_signal_emit_by_name (template_child (disbursements_page (fixture),
                                             HUSTINGS_TYPE_DISBURSEMENTS_PAGE, "column_view"),
                             "activate", i);
      break;
    }
  dialog = wait_for_toplevel (HUSTINGS_TYPE_DISBURSEMENT_DIALOG);
  g_assert_cmpstr (gtk_editable_get_text (dialog_child (dialog, "amount_row")), ==, "1234.56");
  g_assert_cmpstr (gtk_editable_get_text (dialog_child (dialog, "purpose_row")), ==,
                   "Door hangers");
  g_assert_cmpstr (combo_text (dialog_child (dialog, "category_row")), ==,
                   "Campaign materials (006)");
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (pump_until (toplevel_gone, GSIZE_TO_POINTER (HUSTINGS_TYPE_DISBURSEMENT_DIALOG)));
}

/* Deleting hides at once, Undo brings it back; a search narrows the list. */
static void
test_delete_disbursement_with_undo (Fixture       *fixture,
                                    gconstpointer  user_data)
{
  HustingsCommitteeFile *file = committee_file (fixture);
  GListModel *model = disbursements_model (fixture);
  GtkSearchEntry *search = template_child (disbursements_page (fixture),
                                           HUSTINGS_TYPE_DISBURSEMENTS_PAGE, "search_entry");
  g_autoptr(HustingsDisbursement) first = g_list_model_get_item (model, 0);
  gint64 count = hustings_disbursement_store_count (file);
  gint64 id = hustings_disbursement_get_id (first);
  FewerWait wait = { model, (guint) count };

  activate (fixture->window, "show-page", g_variant_new_string ("disbursements"));
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), 0);
  activate (fixture->window, "delete-disbursement", NULL);
  assert_n_items (model, count - 1);
  g_assert_cmpint (hustings_disbursement_store_count (file), ==, count);
  activate (fixture->window, "undo", NULL);
  assert_n_items (model, count);
  g_clear_object (&first);
  first = g_list_model_get_item (model, 0);
  g_assert_cmpint (hustings_disbursement_get_id (first), ==, id);

  /* Ctrl+F on this page searches it. */
  activate (fixture->window, "find", NULL);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (search)));
  set_text (search, "rent");
  g_assert_true (pump_until (has_fewer_items, &wait));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HustingsDisbursement) d = g_list_model_get_item (model, i);
      g_autofree char *shown = g_strconcat (hustings_disbursement_get_payee_name (d), " ",
                                            hustings_disbursement_get_purpose (d), NULL);
      g_autofree char *folded = g_utf8_strdown (shown, -1);

      g_assert_nonnull (strstr (folded, "rent"));
    }
}

/* A disbursements spreadsheet through the import assistant: the layout found, the payee's
 * columns, and the page showing what came in. */
static void
test_import_disbursements (Fixture       *fixture,
                           gconstpointer  user_data)
{
  HustingsCommitteeFile *file = committee_file (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "ledger.csv", NULL);
  gint64 count = hustings_disbursement_store_count (file);
  HustingsImportAssistant *assistant;
  const char *summary;

  g_assert_true (g_file_set_contents (path,
                                      "Date,Payee,Amount,Purpose,Category\n"
                                      "2026-02-01,Corner Print Shop,310.00,Flyers,006\n"
                                      "2026-02-02,Corner Print Shop,95.50,Posters,006\n", -1,
                                      NULL));
  assistant = open_assistant (fixture, path);
  g_assert_cmpstr (combo_text (assistant_child (assistant, "format_row")), ==,
                   "Disbursements spreadsheet");
  press (assistant, "next_button");
  assert_shows (assistant, "stack", "columns");
  g_assert_true (next_sensitive (assistant));
  press (assistant, "next_button");
  assert_shows (assistant, "stack", "check");
  assert_shows (assistant, "check_stack", "result");
  summary = gtk_label_get_text (assistant_child (assistant, "summary_label"));
  g_assert_true (g_str_has_prefix (summary, "2 disbursements will be added ($405.50) · "
                                            "1 new contact"));
  press (assistant, "next_button");
  assert_shows (assistant, "stack", "done");
  assert_n_items (disbursements_model (fixture), count + 2);
  g_assert_cmpint (hustings_disbursement_store_count (file), ==, count + 2);
  press (assistant, "undo_button");
  assert_n_items (disbursements_model (fixture), count);
}

/* ---- The committee's own FEC filing ---- */

/* One record of n fields separated by ASCII 28, field k (1-based) given as k, value pairs up
 * to 0. */
static void
append_fec_record (GString *out,
                   guint    n,
                   ...)
{
  g_autofree const char **fields = g_new0 (const char *, n + 1);
  g_autofree char *line = NULL;
  va_list ap;
  guint k;

  for (guint i = 0; i < n; i++)
    fields[i] = "";
  va_start (ap, n);
  while ((k = va_arg (ap, guint)) != 0)
    fields[k - 1] = va_arg (ap, const char *);
  va_end (ap);
  line = g_strjoinv ("\x1c", (char **) fields);
  g_string_append_printf (out, "%s\r\n", line);
}

static void
test_import_fec_filing (Fixture       *fixture,
                        gconstpointer  user_data)
{
  HustingsCommitteeFile *file = committee_file (fixture);
  g_autofree char *fec_id = g_strdup (hustings_committee_file_peek_committee (file)->fec_id);
  g_autofree char *path = g_build_filename (fixture->dir, "q1-2027.fec", NULL);
  g_autoptr(GFile) dropped = g_file_new_for_path (path);
  g_autoptr(GString) filing = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  gint64 donations = hustings_committee_file_count_donations (file);
  HustingsFecImportDialog *dialog;
  StackWait wait;

  append_fec_record (filing, 8, 1, "HDR", 2, "FEC", 3, "8.3", 4, "Test", 5, "1", 0);
  append_fec_record (filing, 93, 1, "F3N", 2, fec_id, 3, "Demo Committee", 12, "Q1",
                     16, "20270101", 17, "20270331", 18, "Lee", 19, "Ann", 23, "20270410",
                     33, "250.00", 47, "90.00", 0);
  append_fec_record (filing, 45, 1, "SA11AI", 2, fec_id, 3, "A1", 6, "IND", 8, "Filer",
                     9, "Quentin", 13, "1 Import Way", 15, "Austin", 16, "TX", 17, "78799",
                     20, "20270205", 21, "250.00", 22, "300.00", 24, "Acme", 25, "Welder", 0);
  append_fec_record (filing, 44, 1, "SB17", 2, fec_id, 3, "B1", 6, "ORG",
                     7, "Filing Test Printers", 13, "2 Ink St", 15, "Austin", 16, "TX",
                     17, "78798", 20, "20270301", 21, "90.00", 23, "Flyers", 0);
  append_fec_record (filing, 10, 1, "SD10", 2, fec_id, 3, "D1", 0);
  g_file_set_contents (path, filing->str, -1, &error);
  g_assert_no_error (error);

  /* (A report of 2027: the demo campaign has filed its reports due so far.) Dropped on the
   * window, the filing is imported at once, and the window says what came in and what did
   * not; the lists follow. */
  g_assert_true (drop_file (fixture, dropped, TRUE));
  dialog = wait_for_toplevel (HUSTINGS_TYPE_FEC_IMPORT_DIALOG);
  g_assert_null (find_toplevel (HUSTINGS_TYPE_IMPORT_ASSISTANT));
  wait.stack = template_child (dialog, HUSTINGS_TYPE_FEC_IMPORT_DIALOG, "stack");
  wait.name = "done";
  g_assert_true (pump_until (stack_shows, &wait));
  g_assert_nonnull (strstr (gtk_label_get_text (template_child (dialog,
                                                                HUSTINGS_TYPE_FEC_IMPORT_DIALOG,
                                                                "report_label")), fec_id));
  g_assert_true (gtk_widget_get_visible (template_child (dialog, HUSTINGS_TYPE_FEC_IMPORT_DIALOG,
                                                         "skipped_group")));
  g_assert_nonnull (find_button (GTK_WIDGET (dialog), "_Undo Import"));
  assert_n_items (contacts_model (fixture), DEMO_CONTACTS + 2);
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, donations + 1);

  /* Undo takes it all out again. */
  click (find_button (GTK_WIDGET (dialog), "_Undo Import"));
  wait.name = "undone";
  g_assert_true (pump_until (stack_shows, &wait));
  assert_n_items (contacts_model (fixture), DEMO_CONTACTS);
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, donations);

  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (pump_until (toplevel_gone,
                             GSIZE_TO_POINTER (HUSTINGS_TYPE_FEC_IMPORT_DIALOG)));
}

/* ---- The Compliance view ---- */

static HustingsCompliancePage *
compliance_page (Fixture *fixture)
{
  return template_child (fixture->window, HUSTINGS_TYPE_WINDOW, "compliance_page");
}

static gpointer
compliance_child (Fixture    *fixture,
                  const char *name)
{
  return template_child (compliance_page (fixture), HUSTINGS_TYPE_COMPLIANCE_PAGE, name);
}

/* A new individual with an address, employer and occupation unless bare. */
static gint64
add_individual (HustingsCommitteeFile *file,
                const char            *first,
                const char            *last,
                gboolean               bare)
{
  g_autoptr(HustingsContact) contact = hustings_contact_new (HUSTINGS_ENTITY_IND);
  g_autoptr(GError) error = NULL;

  hustings_contact_set_field (contact, HUSTINGS_CONTACT_FIRST_NAME, first);
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_LAST_NAME, last);
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_STREET1, "12 Elm St");
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_CITY, "Fresno");
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_STATE, "CA");
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_ZIP, "93701");
  if (!bare)
    {
      hustings_contact_set_field (contact, HUSTINGS_CONTACT_EMPLOYER, "Fresno Unified");
      hustings_contact_set_field (contact, HUSTINGS_CONTACT_OCCUPATION, "Teacher");
    }
  g_assert_true (hustings_contact_store_add (file, contact, &error));
  g_assert_no_error (error);
  return hustings_contact_get_id (contact);
}

static gint64
add_gift (HustingsCommitteeFile *file,
          gint64                 contact_id,
          const char            *date,
          gint64                 cents,
          const char            *election)
{
  g_autoptr(HustingsDonation) gift = hustings_donation_new ();
  g_autoptr(GError) error = NULL;

  hustings_donation_set_contact_id (gift, contact_id);
  hustings_donation_set_date (gift, date);
  hustings_donation_set_amount (gift, cents);
  hustings_donation_set_method (gift, HUSTINGS_METHOD_CHECK);
  hustings_donation_set_election (gift, election);
  g_assert_true (hustings_donation_store_add (file, gift, &error));
  g_assert_no_error (error);
  return hustings_donation_get_id (gift);
}

typedef struct
{
  HustingsComplianceFindings *findings;
  gint64                      contact_id;
  HustingsFindingKind         kind;
  gboolean                    present;
} FindingWait;

/* The position in the list shown of the finding of that kind about that contact, or
 * G_MAXUINT. */
static guint
finding_position (HustingsComplianceFindings *findings,
                  gint64                      contact_id,
                  HustingsFindingKind         kind)
{
  GtkListView *view = template_child (findings, HUSTINGS_TYPE_COMPLIANCE_FINDINGS, "list_view");
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (view));
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (HUSTINGS_IS_FINDING (item) &&
          hustings_finding_get_kind (HUSTINGS_FINDING (item)) == kind &&
          hustings_finding_get_contact_id (HUSTINGS_FINDING (item)) == contact_id)
        return i;
    }
  return G_MAXUINT;
}

static gboolean
finding_shown (gpointer data)
{
  FindingWait *wait = data;
  gboolean checking;

  g_object_get (wait->findings, "checking", &checking, NULL);
  return !checking &&
         (finding_position (wait->findings, wait->contact_id, wait->kind) != G_MAXUINT)
         == wait->present;
}

static void
test_compliance_over_limit (Fixture       *fixture,
                            gconstpointer  user_data)
{
  HustingsCommitteeFile *file = committee_file (fixture);
  HustingsComplianceFindings *findings = compliance_child (fixture, "findings");
  AdwViewStack *stack = template_child (fixture->window, HUSTINGS_TYPE_WINDOW, "view_stack");
  AdwViewStackPage *page = adw_view_stack_get_page (stack, GTK_WIDGET (compliance_page (fixture)));
  FindingWait wait = { findings, 0, HUSTINGS_FINDING_OVER_LIMIT, TRUE };
  HustingsComplianceRemedyDialog *dialog;
  AdwComboRow *election_row;
  g_autoptr(GtkStringObject) election = NULL;
  guint position, n_errors;
  gint64 gift;

  activate (fixture->window, "show-page", g_variant_new_string ("compliance"));

  /* $4,000.00 toward the primary: $500.00 over the $3,500.00 limit of 2025–26. */
  wait.contact_id = add_individual (file, "Olive", "Overton", FALSE);
  gift = add_gift (file, wait.contact_id, "2026-03-02", 400000, "P2026");
  g_assert_true (pump_until (finding_shown, &wait));
  position = finding_position (findings, wait.contact_id, HUSTINGS_FINDING_OVER_LIMIT);

  /* The page's badge counts the errors. */
  g_object_get (compliance_page (fixture), "n-errors", &n_errors, NULL);
  g_assert_cmpuint (n_errors, >, 0);
  g_assert_cmpuint (adw_view_stack_page_get_badge_number (page), ==, n_errors);

  /* Redesignate offers the excess, to the general. */
  gtk_widget_activate_action (GTK_WIDGET (findings), "findings.redesignate", "u", position);
  dialog = wait_for_toplevel (HUSTINGS_TYPE_COMPLIANCE_REMEDY_DIALOG);
  g_assert_cmpstr (gtk_editable_get_text (template_child (dialog,
                                                          HUSTINGS_TYPE_COMPLIANCE_REMEDY_DIALOG,
                                                          "amount_row")), ==, "500.00");
  election_row = template_child (dialog, HUSTINGS_TYPE_COMPLIANCE_REMEDY_DIALOG, "election_row");
  election = adw_combo_row_get_selected_item (election_row);
  g_object_ref (election);
  g_assert_cmpstr (gtk_string_object_get_string (election), ==, "General 2026");

  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  g_assert_true (pump_until (toplevel_gone,
                             GSIZE_TO_POINTER (HUSTINGS_TYPE_COMPLIANCE_REMEDY_DIALOG)));
  g_assert_cmpint (hustings_compliance_movable (file, gift), ==, 350000);

  /* The finding goes away. */
  wait.present = FALSE;
  g_assert_true (pump_until (finding_shown, &wait));
  g_assert_cmpint (hustings_contact_store_total (file, wait.contact_id, HUSTINGS_TOTAL_ELECTION,
                                                 "P2026"), ==, 350000);
}

static void
activate_compliance (Fixture    *fixture,
                     const char *action,
                     GVariant   *parameter)
{
  gtk_widget_activate_action_variant (GTK_WIDGET (compliance_page (fixture)), action, parameter);
  pump_pending ();
}

static gboolean
summary_computed (gpointer data)
{
  gboolean computing;

  g_object_get (data, "computing", &computing, NULL);
  return !computing && hustings_compliance_report_view_get_summary (data) != NULL;
}

/* Makes the report of that code of 2026 through the New Report dialog, and waits for its
 * summary. */
static HustingsReport *
make_report (Fixture    *fixture,
             const char *code)
{
  HustingsComplianceReportView *view = compliance_child (fixture, "report_view");
  AdwLeaflet *leaflet = compliance_child (fixture, "leaflet");
  g_autofree char *suffix = g_strdup_printf ("(%s)", code);
  HustingsComplianceReportDialog *dialog;
  AdwComboRow *code_row;
  GListModel *codes;
  guint n;

  activate (fixture->window, "show-page", g_variant_new_string ("compliance"));
  activate_compliance (fixture, "compliance.new-report", NULL);
  dialog = wait_for_toplevel (HUSTINGS_TYPE_COMPLIANCE_REPORT_DIALOG);
  gtk_spin_button_set_value (template_child (dialog, HUSTINGS_TYPE_COMPLIANCE_REPORT_DIALOG,
                                             "year_spin"), 2026);
  code_row = template_child (dialog, HUSTINGS_TYPE_COMPLIANCE_REPORT_DIALOG, "code_row");
  codes = adw_combo_row_get_model (code_row);
  n = g_list_model_get_n_items (codes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkStringObject) text = g_list_model_get_item (codes, i);

      if (g_str_has_suffix (gtk_string_object_get_string (text), suffix))
        adw_combo_row_set_selected (code_row, i);
    }
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  g_assert_true (pump_until (toplevel_gone,
                             GSIZE_TO_POINTER (HUSTINGS_TYPE_COMPLIANCE_REPORT_DIALOG)));

  /* The new report is shown, and its summary computed. */
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "report");
  g_assert_true (pump_until (summary_computed, view));
  g_assert_cmpstr (hustings_report_get_code (hustings_compliance_report_view_get_report (view)),
                   ==, code);
  return g_object_ref (hustings_compliance_report_view_get_report (view));
}

/* The rows of the summary shown (each a GtkListBoxRow holding its line). */
static void
collect_line_rows (GtkWidget *widget,
                   GPtrArray *rows)
{
  if (GTK_IS_LIST_BOX_ROW (widget) && g_object_get_data (G_OBJECT (widget), "hustings-line"))
    g_ptr_array_add (rows, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_line_rows (child, rows);
}

static GtkListBoxRow *
line_row (GPtrArray  *rows,
          const char *line)
{
  for (guint i = 0; i < rows->len; i++)
    {
      HustingsReportLine *shown = g_object_get_data (rows->pdata[i], "hustings-line");

      if (g_str_equal (hustings_report_line_get_line (shown), line))
        return rows->pdata[i];
    }
  g_error ("no row for line %s", line);
}

static gboolean
rows_loaded (gpointer data)
{
  gboolean loading, itemizing;

  g_object_get (data, "loading", &loading, "itemizing", &itemizing, NULL);
  return !loading && !itemizing;
}

/* The drill-down's rows, as the view lists them. */
static GListModel *
drill_down_model (Fixture *fixture)
{
  HustingsComplianceLineRows *rows = compliance_child (fixture, "line_rows");
  GtkColumnView *view = template_child (rows, HUSTINGS_TYPE_COMPLIANCE_LINE_ROWS, "column_view");

  g_assert_true (pump_until (rows_loaded, rows));
  return G_LIST_MODEL (gtk_column_view_get_model (view));
}

static void
assert_itemized (GListModel *model,
                 const char *expected)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (model, i);
      g_autofree char *itemized = NULL;

      g_object_get (row, "itemized-text", &itemized, NULL);
      g_assert_cmpstr (itemized, ==, expected);
    }
}

static void
test_compliance_report_summary (Fixture       *fixture,
                                gconstpointer  user_data)
{
  HustingsCommitteeFile *file = committee_file (fixture);
  HustingsComplianceReportView *view = compliance_child (fixture, "report_view");
  HustingsComplianceLineRows *line_rows = compliance_child (fixture, "line_rows");
  AdwLeaflet *leaflet = compliance_child (fixture, "leaflet");
  AdwSqueezer *squeezer = template_child (view, HUSTINGS_TYPE_COMPLIANCE_REPORT_VIEW, "squeezer");
  g_autoptr(HustingsReport) report = make_report (fixture, "30G");
  g_autoptr(HustingsReportSummary) expected = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GArray) itemized = NULL;
  g_autoptr(GArray) unitemized = NULL;
  g_autoptr(GArray) to_date = NULL;
  g_autoptr(GError) error = NULL;
  HustingsReportSummary *shown = hustings_compliance_report_view_get_summary (view);
  g_autofree char *amount = NULL;
  GListModel *model;
  GtkListBoxRow *row;

  /* Every line of both pages, with the amounts the core computes. */
  g_assert_cmpstr (hustings_report_get_coverage_from (report), ==, "2026-10-15");
  g_assert_cmpstr (hustings_report_get_election (report), ==, "G2026");
  expected = hustings_report_compute (file, report, NULL, &error);
  g_assert_no_error (error);
  collect_line_rows (adw_squeezer_get_visible_child (squeezer), rows);
  g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (G_LIST_MODEL (shown)));
  g_assert_cmpint (hustings_report_summary_get (shown, "11ai", HUSTINGS_REPORT_COLUMN_A), ==,
                   hustings_report_summary_get (expected, "11ai", HUSTINGS_REPORT_COLUMN_A));
  g_assert_cmpint (hustings_report_summary_get (shown, "11ai", HUSTINGS_REPORT_COLUMN_B), ==,
                   hustings_report_summary_get (expected, "11ai", HUSTINGS_REPORT_COLUMN_B));
  g_assert_cmpint (hustings_report_summary_get (shown, "11ai", HUSTINGS_REPORT_COLUMN_A), >, 0);
  amount = hustings_money_format (hustings_report_summary_get (shown, "11ai",
                                                               HUSTINGS_REPORT_COLUMN_A));
  g_assert_nonnull (find_label (GTK_WIDGET (line_row (rows, "11ai")), amount));

  /* A line leads to its rows: this period's, each itemized on 11(a)(i)... */
  itemized = hustings_report_rows (file, report, "11ai", HUSTINGS_REPORT_COLUMN_A, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (itemized->len, >, 0);
  row = line_row (rows, "11ai");
  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (row)), "row-activated", row);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "rows");
  model = drill_down_model (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, itemized->len);
  assert_itemized (model, "Itemized");

  /* ...and to date. */
  to_date = hustings_report_rows (file, report, "11ai", HUSTINGS_REPORT_COLUMN_B, &error);
  g_assert_no_error (error);
  gtk_toggle_button_set_active (template_child (line_rows, HUSTINGS_TYPE_COMPLIANCE_LINE_ROWS,
                                                "to_date_button"), TRUE);
  model = drill_down_model (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, to_date->len);

  /* The unitemized individuals are not itemized. */
  activate_compliance (fixture, "compliance.back", NULL);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "report");
  unitemized = hustings_report_rows (file, report, "11aii", HUSTINGS_REPORT_COLUMN_A, &error);
  g_assert_no_error (error);
  row = line_row (rows, "11aii");
  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (row)), "row-activated", row);
  model = drill_down_model (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, unitemized->len);
  assert_itemized (model, "");

  /* A row opens in its dialog. */
  g_signal_emit_by_name (template_child (line_rows, HUSTINGS_TYPE_COMPLIANCE_LINE_ROWS,
                                         "column_view"), "activate", 0);
  wait_for_toplevel (HUSTINGS_TYPE_DONATION_DIALOG);
}

static gboolean
export_done (gpointer data)
{
  gboolean exporting;

  g_object_get (data, "exporting", &exporting, NULL);
  return !exporting;
}

static void
test_compliance_export_invalid (Fixture       *fixture,
                                gconstpointer  user_data)
{
  HustingsCommitteeFile *file = committee_file (fixture);
  HustingsComplianceReportView *view = compliance_child (fixture, "report_view");
  HustingsComplianceProblems *problems = compliance_child (fixture, "problems");
  AdwLeaflet *leaflet = compliance_child (fixture, "leaflet");
  g_autofree char *path = g_build_filename (fixture->dir, "30G 2026.fec", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (path);
  g_autoptr(HustingsReport) report = NULL;
  HustingsComplianceContactWindow *window;
  GtkListView *list;
  GListModel *model;
  gint64 donor;

  /* An itemized donor with neither employer nor occupation. */
  donor = add_individual (file, "Nell", "Noemployer", TRUE);
  add_gift (file, donor, "2026-11-02", 50000, "G2026");
  report = make_report (fixture, "30G");

  hustings_compliance_report_view_export_to (view, out);
  g_assert_true (pump_until (export_done, view));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* The problems are listed, by record and field, and lead to the row to fix. */
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "problems");
  g_assert_cmpuint (hustings_compliance_problems_get_n_items (problems), >, 0);
  list = template_child (problems, HUSTINGS_TYPE_COMPLIANCE_PROBLEMS, "list_view");
  model = G_LIST_MODEL (gtk_list_view_get_model (list));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==,
                    hustings_compliance_problems_get_n_items (problems));
  /* The donor's employer is missing: the donor opens, to be fixed. */
  g_signal_emit_by_name (list, "activate", 0);
  window = wait_for_toplevel (HUSTINGS_TYPE_COMPLIANCE_CONTACT_WINDOW);
  g_assert_cmpint (hustings_contact_editor_get_contact_id (
                     template_child (window, HUSTINGS_TYPE_COMPLIANCE_CONTACT_WINDOW, "editor")),
                   ==, donor);
}

static void
test_compliance_export_valid (Fixture       *fixture,
                              gconstpointer  user_data)
{
  HustingsComplianceReportView *view = compliance_child (fixture, "report_view");
  AdwLeaflet *leaflet = compliance_child (fixture, "leaflet");
  g_autofree char *path = g_build_filename (fixture->dir, "30G 2026", NULL);
  g_autofree char *written = g_strconcat (path, ".fec", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) out = g_file_new_for_path (path);
  g_autoptr(HustingsReport) report = make_report (fixture, "30G");
  g_autoptr(GError) error = NULL;

  hustings_compliance_report_view_export_to (view, out);
  g_assert_true (pump_until (export_done, view));

  /* Written, named .fec, and the report stays shown. */
  g_assert_true (g_file_get_contents (written, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "HDR\x1c" "FEC\x1c"));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "report");
}

/* The page preview of the print window or the letters window. */
static HustingsPagePreview *
page_preview (gpointer window)
{
  return template_child (window, G_OBJECT_TYPE (window), "preview");
}

/* The print or letters window, done with its worker and showing pages. */
static gboolean
pages_shown (gpointer data)
{
  gboolean busy;

  g_object_get (data, "busy", &busy, NULL);
  return !busy && hustings_page_preview_get_n_pages (page_preview (data)) > 0;
}

static guint
print_window_uint (HustingsPrintWindow *window,
                   const char          *property)
{
  guint value;

  g_object_get (page_preview (window), property, &value, NULL);
  return value;
}

static void
test_compliance_print (Fixture       *fixture,
                       gconstpointer  user_data)
{
  HustingsComplianceReportView *view = compliance_child (fixture, "report_view");
  g_autoptr(HustingsReport) report = make_report (fixture, "30G");
  g_autofree char *path = g_build_filename (fixture->dir, "30G forms", NULL);
  g_autofree char *written = g_strconcat (path, ".pdf", NULL);
  g_autofree char *partial = g_strconcat (written, ".partial", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *style = NULL;
  g_autoptr(GFile) out = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HustingsPrintWindow *window;
  guint forms_pages;

  /* Print opens the preview on the forms, laid out in a worker. */
  gtk_widget_activate_action (GTK_WIDGET (view), "report.print", NULL);
  window = wait_for_toplevel (HUSTINGS_TYPE_PRINT_WINDOW);
  g_assert_true (pump_until (pages_shown, window));
  forms_pages = print_window_uint (window, "n-pages");
  /* Form 3: the cover, the summary page and the two detailed summary pages at least */
  g_assert_cmpuint (forms_pages, >=, 4);
  g_assert_cmpuint (print_window_uint (window, "page"), ==, 0);

  /* Paging, and never past either end */
  gtk_widget_activate_action (GTK_WIDGET (window), "preview.next-page", NULL);
  g_assert_cmpuint (print_window_uint (window, "page"), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "preview.last-page", NULL);
  g_assert_cmpuint (print_window_uint (window, "page"), ==, forms_pages - 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "preview.next-page", NULL);
  g_assert_cmpuint (print_window_uint (window, "page"), ==, forms_pages - 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "preview.first-page", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "preview.previous-page", NULL);
  g_assert_cmpuint (print_window_uint (window, "page"), ==, 0);

  /* Export PDF: written whole, named .pdf, nothing left beside it */
  hustings_print_window_export_pdf_to (window, out);
  g_assert_true (pump_until (pages_shown, window));
  g_assert_true (g_file_get_contents (written, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));

  /* The review listing, laid out when asked for */
  g_object_set (window, "print-style", "listing", NULL);
  g_assert_true (pump_until (pages_shown, window));
  g_object_get (window, "print-style", &style, NULL);
  g_assert_cmpstr (style, ==, "listing");
  g_assert_cmpuint (print_window_uint (window, "n-pages"), >=, 1);
  g_assert_cmpuint (print_window_uint (window, "page"), ==, 0);
  /* and back to the forms, already laid out */
  g_object_set (window, "print-style", "forms", NULL);
  g_assert_cmpuint (print_window_uint (window, "n-pages"), ==, forms_pages);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (pump_until (toplevel_gone, GSIZE_TO_POINTER (HUSTINGS_TYPE_PRINT_WINDOW)));
}

static gboolean
report_filed (gpointer data)
{
  HustingsReport *report = hustings_compliance_report_view_get_report (data);

  return report != NULL && hustings_report_is_filed (report);
}

static void
test_compliance_file_amend_delete (Fixture       *fixture,
                                   gconstpointer  user_data)
{
  HustingsCommitteeFile *file = committee_file (fixture);
  HustingsComplianceReportView *view = compliance_child (fixture, "report_view");
  HustingsComplianceReports *reports = compliance_child (fixture, "reports");
  AdwLeaflet *leaflet = compliance_child (fixture, "leaflet");
  GtkColumnView *list = template_child (reports, HUSTINGS_TYPE_COMPLIANCE_REPORTS, "column_view");
  g_autoptr(HustingsReport) report = make_report (fixture, "30G");
  g_autoptr(HustingsReport) stored = NULL;
  g_autoptr(GError) error = NULL;
  HustingsReport *amendment;
  AdwMessageDialog *dialog;
  gint64 amendment_id;
  guint n_reports;

  /* Mark as Filed asks for the id the FEC gave the filing. */
  gtk_widget_activate_action (GTK_WIDGET (view), "report.mark-filed", NULL);
  g_assert_true (pump_until (dialog_shown, NULL));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "mark"));
  set_text (adw_message_dialog_get_extra_child (dialog), "FEC-1234567");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "mark"));
  respond ("mark");
  g_assert_true (pump_until (report_filed, view));
  stored = hustings_report_store_get (file, hustings_report_get_id (report), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_report_get_fec_id (stored), ==, "FEC-1234567");

  /* A filed report is amended, not edited: the amendment is a new draft, shown. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "report.amend", NULL));
  amendment = hustings_compliance_report_view_get_report (view);
  g_assert_cmpint (hustings_report_get_amendment (amendment), ==, 1);
  g_assert_cmpstr (hustings_report_get_original_fec_id (amendment), ==, "FEC-1234567");
  g_assert_false (hustings_report_is_filed (amendment));
  amendment_id = hustings_report_get_id (amendment);
  g_assert_true (pump_until (summary_computed, view));

  /* A draft is deleted with the chance to undo. */
  n_reports = g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (list)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "report.delete", NULL));
  pump_pending ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "main");
  assert_n_items (G_LIST_MODEL (gtk_column_view_get_model (list)), n_reports - 1);
  activate (fixture->window, "undo", NULL);
  assert_n_items (G_LIST_MODEL (gtk_column_view_get_model (list)), n_reports);
  g_clear_object (&stored);
  stored = hustings_report_store_get (file, amendment_id, &error);
  g_assert_no_error (error);
}

/* Volunteers and events */

static HustingsVolunteersPage *
volunteers_page (Fixture *fixture)
{
  return template_child (fixture->window, HUSTINGS_TYPE_WINDOW, "volunteers_page");
}

static HustingsContact *
listed_contact (Fixture *fixture,
                guint    position)
{
  HustingsContact *contact = g_list_model_get_item (contacts_model (fixture), position);

  /* The model holds it as long as the test. */
  g_object_unref (contact);
  return contact;
}

/* The check button labeled label in widget, or NULL. */
static GtkCheckButton *
find_labeled_check (GtkWidget  *widget,
                    const char *label)
{
  if (GTK_IS_CHECK_BUTTON (widget)
      && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), label) == 0)
    return GTK_CHECK_BUTTON (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkCheckButton *found = find_labeled_check (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_volunteer_skill_filter (Fixture       *fixture,
                             gconstpointer  user_data)
{
  HustingsCommitteeFile *file = committee_file (fixture);
  HustingsVolunteersPage *page = volunteers_page (fixture);
  HustingsContact *other = listed_contact (fixture, 2);
  HustingsContact *driver = listed_contact (fixture, 5);
  gint64 driver_id = hustings_contact_get_id (driver);
  GtkColumnView *view = template_child (page, HUSTINGS_TYPE_VOLUNTEERS_PAGE, "volunteers_view");
  GtkStack *stack = template_child (page, HUSTINGS_TYPE_VOLUNTEERS_PAGE, "volunteers_stack");
  g_autoptr(HustingsVolunteer) canvasser = hustings_volunteer_new (hustings_contact_get_id (other));
  g_autoptr(HustingsVolunteer) saved = NULL;
  g_autoptr(HustingsVolunteer) shown = NULL;
  g_autoptr(GError) error = NULL;
  HustingsVolunteerEditor *editor;
  GListModel *model;

  /* A committee without volunteers yet (the demo campaign has some). */
  {
    g_autoptr(GArray) ids = hustings_volunteer_store_list_ids (file, NULL);

    for (guint i = 0; i < ids->len; i++)
      g_assert_true (hustings_volunteer_store_stop (file, g_array_index (ids, gint64, i), NULL));
  }
  hustings_volunteer_add_skill (canvasser, "canvassing");
  g_assert_true (hustings_volunteer_store_save (file, canvasser, &error));
  g_assert_no_error (error);
  activate (fixture->window, "show-page", g_variant_new_string ("volunteers"));
  model = G_LIST_MODEL (gtk_column_view_get_model (view));
  assert_n_items (model, 1);

  /* A contact becomes a volunteer with skills and the times they are free. */
  gtk_widget_activate_action (GTK_WIDGET (page), "volunteers.add", NULL);
  editor = wait_for_toplevel (HUSTINGS_TYPE_VOLUNTEER_EDITOR);
  hustings_contact_row_set_contact (template_child (editor, HUSTINGS_TYPE_VOLUNTEER_EDITOR,
                                                    "contact_row"), driver);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-skill", "s", "driving");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-skill", "s", "Spanish");
  set_text (template_child (editor, HUSTINGS_TYPE_VOLUNTEER_EDITOR, "day6_row"), "10am–2pm");
  /* A time that does not read is pointed out, and nothing is saved. */
  set_text (template_child (editor, HUSTINGS_TYPE_VOLUNTEER_EDITOR, "day1_row"), "morning");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  pump_pending ();
  g_assert_true (gtk_widget_get_visible (template_child (editor, HUSTINGS_TYPE_VOLUNTEER_EDITOR,
                                                         "error_group")));
  g_assert_false (hustings_volunteer_store_is_volunteer (file, driver_id));
  set_text (template_child (editor, HUSTINGS_TYPE_VOLUNTEER_EDITOR, "day1_row"), "");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_true (pump_until (toplevel_gone, GSIZE_TO_POINTER (HUSTINGS_TYPE_VOLUNTEER_EDITOR)));

  saved = hustings_volunteer_store_get (file, driver_id, &error);
  g_assert_no_error (error);
  g_assert_true (hustings_volunteer_has_skill (saved, "driving"));
  g_assert_true (hustings_volunteer_has_skill (saved, "Spanish"));
  g_assert_true (hustings_volunteer_is_available (saved, 6, "11:00", "14:00"));
  g_assert_false (hustings_volunteer_is_available (saved, 1, NULL, NULL));
  assert_n_items (model, 2);

  /* The skill filter offers the new skill, and finds them by it. */
  gtk_check_button_set_active (find_labeled_check (template_child (page,
                                                                   HUSTINGS_TYPE_VOLUNTEERS_PAGE,
                                                                   "skills_box"), "driving"),
                               TRUE);
  assert_n_items (model, 1);
  shown = g_list_model_get_item (model, 0);
  g_assert_cmpint (hustings_volunteer_get_contact_id (shown), ==, driver_id);

  /* And so does availability: free Saturday at 11, not on Monday. */
  gtk_drop_down_set_selected (template_child (page, HUSTINGS_TYPE_VOLUNTEERS_PAGE,
                                              "weekday_dropdown"), 6);
  set_text (template_child (page, HUSTINGS_TYPE_VOLUNTEERS_PAGE, "time_entry"), "11am");
  assert_n_items (model, 1);
  gtk_drop_down_set_selected (template_child (page, HUSTINGS_TYPE_VOLUNTEERS_PAGE,
                                              "weekday_dropdown"), 1);
  assert_n_items (model, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "no-results");
}

static gboolean
picker_shown_with_error (gpointer data)
{
  HustingsContactPicker *picker = find_toplevel (HUSTINGS_TYPE_CONTACT_PICKER);

  return picker != NULL && hustings_contact_picker_get_error (picker) != NULL;
}

/* Picks contact in the picker the page opened; TRUE when it closed (the change was made). */
static gboolean
pick_contact (HustingsContact *contact)
{
  HustingsContactPicker *picker = wait_for_toplevel (HUSTINGS_TYPE_CONTACT_PICKER);

  hustings_contact_picker_set_contact (picker, contact);
  gtk_widget_activate_action (GTK_WIDGET (picker), "picker.choose", NULL);
  pump_pending ();
  return find_toplevel (HUSTINGS_TYPE_CONTACT_PICKER) == NULL;
}

static void
test_event_shifts_and_guests (Fixture       *fixture,
                              gconstpointer  user_data)
{
  HustingsCommitteeFile *file = committee_file (fixture);
  HustingsVolunteersPage *page = volunteers_page (fixture);
  HustingsEventPage *event_page = template_child (page, HUSTINGS_TYPE_VOLUNTEERS_PAGE,
                                                  "event_page");
  HustingsContact *first = listed_contact (fixture, 1);
  HustingsContact *second = listed_contact (fixture, 2);
  HustingsContact *third = listed_contact (fixture, 3);
  HustingsContact *guest = listed_contact (fixture, 4);
  gint64 guest_id = hustings_contact_get_id (guest);
  g_autoptr(GListModel) shifts = NULL;
  g_autoptr(HustingsShift) shift = NULL;
  g_autoptr(HustingsShift) full = NULL;
  g_autoptr(HustingsGuest) answer = NULL;
  g_autoptr(HustingsEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  HustingsEventDialog *dialog;
  AdwMessageDialog *shift_dialog;
  HustingsContactPicker *picker;
  AdwLeaflet *leaflet;
  gint64 event_id, minutes = 0;
  guint worked = 0;

  activate (fixture->window, "show-page", g_variant_new_string ("volunteers"));

  /* A new event opens on its page. */
  gtk_widget_activate_action (GTK_WIDGET (page), "volunteers.new-event", NULL);
  dialog = wait_for_toplevel (HUSTINGS_TYPE_EVENT_DIALOG);
  set_text (template_child (dialog, HUSTINGS_TYPE_EVENT_DIALOG, "name_row"), "Phone Bank Night");
  set_text (template_child (dialog, HUSTINGS_TYPE_EVENT_DIALOG, "starts_row"), "6pm");
  set_text (template_child (dialog, HUSTINGS_TYPE_EVENT_DIALOG, "ends_row"), "9pm");
  gtk_spin_button_set_value (template_child (dialog, HUSTINGS_TYPE_EVENT_DIALOG,
                                             "capacity_spin"), 10);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  g_assert_true (pump_until (toplevel_gone, GSIZE_TO_POINTER (HUSTINGS_TYPE_EVENT_DIALOG)));
  event_id = hustings_event_page_get_event_id (event_page);
  g_assert_cmpint (event_id, >, 0);
  leaflet = template_child (page, HUSTINGS_TYPE_VOLUNTEERS_PAGE, "leaflet");
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "event");

  /* A shift of two slots. */
  gtk_widget_activate_action (GTK_WIDGET (event_page), "event.add-shift", NULL);
  shift_dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  set_text (g_object_get_data (G_OBJECT (shift_dialog), "role"), "Phone bank");
  gtk_spin_button_set_value (g_object_get_data (G_OBJECT (shift_dialog), "slots"), 2);
  adw_message_dialog_response (shift_dialog, "add");
  pump_pending ();
  shifts = hustings_event_store_list_shifts (file, event_id);
  g_assert_cmpuint (g_list_model_get_n_items (shifts), ==, 1);
  shift = g_list_model_get_item (shifts, 0);
  g_assert_cmpstr (hustings_shift_get_starts (shift), ==, "18:00");

  /* Two sign up; the third is refused, and the picker says why. */
  gtk_widget_activate_action (GTK_WIDGET (event_page), "event.sign-up", "x",
                              hustings_shift_get_id (shift));
  g_assert_true (pick_contact (first));
  gtk_widget_activate_action (GTK_WIDGET (event_page), "event.sign-up", "x",
                              hustings_shift_get_id (shift));
  g_assert_true (pick_contact (second));
  gtk_widget_activate_action (GTK_WIDGET (event_page), "event.sign-up", "x",
                              hustings_shift_get_id (shift));
  g_assert_false (pick_contact (third));
  g_assert_true (pump_until (picker_shown_with_error, NULL));
  picker = find_toplevel (HUSTINGS_TYPE_CONTACT_PICKER);
  g_assert_cmpstr (hustings_contact_picker_get_error (picker), !=, "");
  gtk_window_destroy (GTK_WINDOW (picker));
  full = hustings_event_store_get_shift (file, hustings_shift_get_id (shift), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hustings_shift_get_signups (full), ==, 2);
  g_assert_cmpuint (hustings_shift_get_open (full), ==, 0);

  /* Checking one in logs the shift's hours. */
  gtk_widget_activate_action (GTK_WIDGET (event_page), "event.check-in", "(xx)",
                              hustings_shift_get_id (shift), hustings_contact_get_id (first));
  pump_pending ();
  hustings_volunteer_store_totals (file, hustings_contact_get_id (first), &minutes, &worked,
                                   NULL);
  g_assert_cmpint (minutes, ==, 180);
  g_assert_cmpuint (worked, ==, 1);

  /* A guest invited answers yes with one guest, and is checked in at the door. */
  gtk_widget_activate_action (GTK_WIDGET (event_page), "event.invite", NULL);
  g_assert_true (pick_contact (guest));
  gtk_widget_activate_action (GTK_WIDGET (event_page), "event.rsvp", "(xsu)", guest_id, "yes",
                              1);
  pump_pending ();
  answer = hustings_event_store_get_guest (file, event_id, guest_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hustings_guest_get_rsvp (answer), ==, HUSTINGS_RSVP_YES);
  g_assert_cmpuint (hustings_guest_get_guests (answer), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (event_page), "event.check-in-guest", "x", guest_id);
  pump_pending ();
  event = hustings_event_store_get (file, event_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hustings_event_get_summary (event)->yes, ==, 2);
  g_assert_cmpuint (hustings_event_get_summary (event)->checked_in, ==, 2);
}

/* Contact history, interactions and tasks */

static gboolean
runner_idle (gpointer data)
{
  return !hustings_task_runner_get_busy (data);
}

static HustingsTasksPane *
tasks_pane (Fixture *fixture)
{
  HustingsTasksPane *pane = template_child (fixture->window, HUSTINGS_TYPE_WINDOW, "tasks_pane");

  /* The rules the file was opened with have run. */
  g_assert_true (pump_until (runner_idle, hustings_tasks_pane_get_runner (pane)));
  return pane;
}

/* The position in the contacts list of a contact who gave, and their id. */
static gint64
listed_donor (Fixture *fixture,
              guint   *out_position)
{
  GListModel *model = contacts_model (fixture);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HustingsContact) contact = g_list_model_get_item (model, i);
      gint64 id = hustings_contact_get_id (contact);
      g_autoptr(GPtrArray) gifts = hustings_donation_store_for_contact (committee_file (fixture),
                                                                        id);

      if (gifts->len > 0)
        {
          *out_position = i;
          return id;
        }
    }

  g_assert_not_reached ();
}

/* The position in a contact's history of an entry of that kind (titled so, unless NULL), or
 * G_MAXUINT. */
static guint
history_find (GListModel           *history,
              HustingsTimelineKind  kind,
              const char           *title)
{
  guint n = g_list_model_get_n_items (history);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HustingsTimelineItem) item = g_list_model_get_item (history, i);

      if (hustings_timeline_item_get_kind (item) == kind
          && (title == NULL || g_strcmp0 (hustings_timeline_item_get_title (item), title) == 0))
        return i;
    }

  return G_MAXUINT;
}

/* The row of the list box titled title, or NULL. */
static AdwPreferencesRow *
find_titled_row (GtkWidget  *widget,
                 const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return ADW_PREFERENCES_ROW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwPreferencesRow *found = find_titled_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_log_interaction (Fixture       *fixture,
                      gconstpointer  user_data)
{
  HustingsCommitteeFile *file = committee_file (fixture);
  HustingsContactEditor *editor = contact_editor (fixture);
  HustingsTimelineView *timeline = template_child (editor, HUSTINGS_TYPE_CONTACT_EDITOR,
                                                   "timeline_view");
  GtkListBox *list_box = template_child (timeline, HUSTINGS_TYPE_TIMELINE_VIEW, "list_box");
  g_autofree char *today = hustings_date_today ();
  g_autoptr(HustingsInteraction) saved = NULL;
  g_autoptr(GPtrArray) logged = NULL;
  g_autoptr(GError) error = NULL;
  HustingsInteractionDialog *dialog;
  AdwPreferencesRow *row;
  GListModel *history;
  guint position = 0, n_before;
  gint64 donor_id = listed_donor (fixture, &position);

  /* The history of a donor shows their gifts. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (contacts_model (fixture)), position);
  pump_pending ();
  g_assert_cmpint (hustings_contact_editor_get_contact_id (editor), ==, donor_id);
  history = hustings_timeline_view_get_model (timeline);
  g_assert_cmpuint (history_find (history, HUSTINGS_TIMELINE_DONATION, NULL), !=, G_MAXUINT);
  n_before = g_list_model_get_n_items (history);

  /* A meeting logged today, at a time typed as people type it. */
  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.log", NULL);
  dialog = wait_for_toplevel (HUSTINGS_TYPE_INTERACTION_DIALOG);
  adw_combo_row_set_selected (template_child (dialog, HUSTINGS_TYPE_INTERACTION_DIALOG,
                                              "kind_row"), HUSTINGS_INTERACTION_MEETING);
  hustings_date_entry_set_date (template_child (dialog, HUSTINGS_TYPE_INTERACTION_DIALOG,
                                                "date_entry"), today);
  /* A time that does not read is pointed out, and nothing is logged. */
  set_text (template_child (dialog, HUSTINGS_TYPE_INTERACTION_DIALOG, "time_row"), "soonish");
  set_text (template_child (dialog, HUSTINGS_TYPE_INTERACTION_DIALOG, "outcome_row"),
            "Will host a house party");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  pump_pending ();
  g_assert_true (gtk_widget_get_visible (template_child (dialog,
                                                         HUSTINGS_TYPE_INTERACTION_DIALOG,
                                                         "error_group")));
  set_text (template_child (dialog, HUSTINGS_TYPE_INTERACTION_DIALOG, "time_row"), "6:30 pm");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  g_assert_true (pump_until (toplevel_gone,
                             GSIZE_TO_POINTER (HUSTINGS_TYPE_INTERACTION_DIALOG)));

  logged = hustings_interaction_store_list (file, donor_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < logged->len && saved == NULL; i++)
    if (g_strcmp0 (hustings_interaction_get_outcome (g_ptr_array_index (logged, i)),
                   "Will host a house party") == 0)
      saved = g_object_ref (g_ptr_array_index (logged, i));
  g_assert_nonnull (saved);
  g_assert_cmpint (hustings_interaction_get_kind (saved), ==, HUSTINGS_INTERACTION_MEETING);
  {
    g_autofree char *date = hustings_interaction_dup_date (saved);
    g_autofree char *time = hustings_interaction_dup_time (saved);

    g_assert_cmpstr (date, ==, today);
    g_assert_cmpstr (time, ==, "18:30");
  }

  /* The history shows it, with the gifts, and its row opens it to be edited. */
  assert_n_items (history, n_before + 1);
  g_assert_cmpuint (history_find (history, HUSTINGS_TIMELINE_INTERACTION,
                                  "Meeting: Will host a house party"), !=, G_MAXUINT);
  g_assert_cmpuint (history_find (history, HUSTINGS_TIMELINE_DONATION, NULL), !=, G_MAXUINT);
  row = find_titled_row (GTK_WIDGET (list_box), "Meeting: Will host a house party");
  g_assert_nonnull (row);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  gtk_widget_activate (GTK_WIDGET (row));
  dialog = wait_for_toplevel (HUSTINGS_TYPE_INTERACTION_DIALOG);
  g_assert_cmpstr (gtk_editable_get_text (template_child (dialog,
                                                          HUSTINGS_TYPE_INTERACTION_DIALOG,
                                                          "outcome_row")), ==,
                   "Will host a house party");

  /* Deleted, it leaves the history. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.delete", NULL);
  gtk_widget_activate (find_button (wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG), "_Delete"));
  g_assert_true (pump_until (toplevel_gone,
                             GSIZE_TO_POINTER (HUSTINGS_TYPE_INTERACTION_DIALOG)));
  assert_n_items (history, n_before);
}

/* The row of the tasks pane showing the task with this id, or NULL. */
static HustingsTaskRow *
find_task_row (GtkWidget *widget,
               gint64     task_id)
{
  if (HUSTINGS_IS_TASK_ROW (widget))
    {
      HustingsTask *task = hustings_task_row_get_task (HUSTINGS_TASK_ROW (widget));

      if (task != NULL && hustings_task_get_id (task) == task_id)
        return HUSTINGS_TASK_ROW (widget);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      HustingsTaskRow *found = find_task_row (child, task_id);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The position in model of the task with this id, or G_MAXUINT. */
static guint
position_of_task (GListModel *model,
                  gint64      task_id)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HustingsTask) task = g_list_model_get_item (model, i);

      if (hustings_task_get_id (task) == task_id)
        return i;
    }

  return G_MAXUINT;
}

typedef struct
{
  HustingsTasksButton *button;
  guint                count;    /* overdue and due today */
} BadgeWait;

static gboolean
badge_counts (gpointer data)
{
  BadgeWait *wait = data;
  GtkLabel *badge = template_child (wait->button, HUSTINGS_TYPE_TASKS_BUTTON, "badge");
  g_autofree char *text = g_strdup_printf ("%u", wait->count);

  return wait->count == 0 ? !gtk_widget_get_visible (GTK_WIDGET (badge))
                          : gtk_widget_get_visible (GTK_WIDGET (badge))
                            && g_strcmp0 (gtk_label_get_text (badge), text) == 0;
}

static void
assert_badge (HustingsTasksButton *button,
              guint                count)
{
  BadgeWait wait = { button, count };

  if (!pump_until (badge_counts, &wait))
    g_error ("the tasks badge says “%s”, not %u",
             gtk_label_get_text (template_child (button, HUSTINGS_TYPE_TASKS_BUTTON, "badge")),
             count);
}

static void
test_task_complete_from_pane (Fixture       *fixture,
                              gconstpointer  user_data)
{
  HustingsCommitteeFile *file = committee_file (fixture);
  HustingsTasksPane *pane = tasks_pane (fixture);
  HustingsTasksButton *button = template_child (fixture->window, HUSTINGS_TYPE_WINDOW,
                                                "tasks_button");
  AdwFlap *flap = template_child (fixture->window, HUSTINGS_TYPE_WINDOW, "tasks_flap");
  GtkLabel *badge = template_child (button, HUSTINGS_TYPE_TASKS_BUTTON, "badge");
  HustingsContact *contact = listed_contact (fixture, 3);
  GListModel *model = hustings_tasks_pane_get_model (pane);
  g_autofree char *today = hustings_date_today ();
  g_autoptr(HustingsTask) added = NULL;
  g_autoptr(HustingsTask) done = NULL;
  g_autoptr(GError) error = NULL;
  HustingsTaskDialog *dialog;
  HustingsTaskRow *row;
  guint overdue = 0, due_today = 0;
  gint64 task_id;

  hustings_task_store_count_due (file, today, &overdue, &due_today);
  assert_badge (button, overdue + due_today);

  /* The pane opens beside the view. */
  g_assert_false (adw_flap_get_reveal_flap (flap));
  activate (fixture->window, "show-tasks", NULL);
  g_assert_true (adw_flap_get_reveal_flap (flap));

  /* A task on a contact, long overdue: it comes first, and the badge counts it in red. */
  gtk_widget_activate_action (GTK_WIDGET (pane), "tasks.new", NULL);
  dialog = wait_for_toplevel (HUSTINGS_TYPE_TASK_DIALOG);
  set_text (template_child (dialog, HUSTINGS_TYPE_TASK_DIALOG, "title_row"),
            "Ask about a yard sign");
  hustings_date_entry_set_date (template_child (dialog, HUSTINGS_TYPE_TASK_DIALOG, "due_entry"),
                                "2001-01-02");
  hustings_contact_row_set_contact (template_child (dialog, HUSTINGS_TYPE_TASK_DIALOG,
                                                    "contact_row"), contact);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  g_assert_true (pump_until (toplevel_gone, GSIZE_TO_POINTER (HUSTINGS_TYPE_TASK_DIALOG)));

  added = g_list_model_get_item (model, 0);
  task_id = hustings_task_get_id (added);
  g_assert_cmpstr (hustings_task_get_title (added), ==, "Ask about a yard sign");
  g_assert_cmpint (hustings_task_get_contact_id (added), ==, hustings_contact_get_id (contact));
  assert_badge (button, overdue + due_today + 1);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (badge), "overdue"));

  /* Its row in the pane shows the contact, and its check button completes it. */
  pump_pending ();
  row = find_task_row (GTK_WIDGET (pane), task_id);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_visible (template_child (row, HUSTINGS_TYPE_TASK_ROW,
                                                         "contact_label")));
  g_assert_true (gtk_widget_has_css_class (template_child (row, HUSTINGS_TYPE_TASK_ROW,
                                                           "due_label"), "error"));
  gtk_check_button_set_active (template_child (row, HUSTINGS_TYPE_TASK_ROW, "check"), TRUE);
  pump_pending ();
  done = hustings_task_store_get (file, task_id, &error);
  g_assert_no_error (error);
  g_assert_true (hustings_task_is_done (done));
  g_assert_cmpuint (position_of_task (model, task_id), ==, G_MAXUINT);
  assert_badge (button, overdue + due_today);

  /* Undo opens it again. */
  activate (fixture->window, "undo", NULL);
  assert_badge (button, overdue + due_today + 1);
  g_assert_cmpuint (position_of_task (model, task_id), ==, 0);

  /* Done, it is listed with the done ones. */
  gtk_check_button_set_active (template_child (find_task_row (GTK_WIDGET (pane), task_id),
                                               HUSTINGS_TYPE_TASK_ROW, "check"), TRUE);
  pump_pending ();
  gtk_widget_activate_action (GTK_WIDGET (pane), "tasks.filter", "s", "done");
  pump_pending ();
  g_assert_cmpuint (position_of_task (model, task_id), ==, 0);

  /* Activated, it opens to be edited; deleted there, it is gone. */
  g_signal_emit_by_name (template_child (pane, HUSTINGS_TYPE_TASKS_PANE, "list_view"), "activate",
                         0);
  dialog = wait_for_toplevel (HUSTINGS_TYPE_TASK_DIALOG);
  g_assert_cmpstr (gtk_editable_get_text (template_child (dialog, HUSTINGS_TYPE_TASK_DIALOG,
                                                          "title_row")), ==,
                   "Ask about a yard sign");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.delete", NULL);
  gtk_widget_activate (find_button (wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG), "_Delete"));
  g_assert_true (pump_until (toplevel_gone, GSIZE_TO_POINTER (HUSTINGS_TYPE_TASK_DIALOG)));
  g_clear_object (&done);
  done = hustings_task_store_get (file, task_id, &error);
  g_assert_null (done);
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_assert_cmpuint (position_of_task (model, task_id), ==, G_MAXUINT);
}

/* The expander row titled title, or NULL. */
static AdwExpanderRow *
find_expander (GtkWidget  *widget,
               const char *title)
{
  AdwPreferencesRow *row = find_titled_row (widget, title);

  return ADW_IS_EXPANDER_ROW (row) ? ADW_EXPANDER_ROW (row) : NULL;
}

static gboolean
has_thank_task (gpointer data)
{
  Fixture *fixture = data;
  HustingsTasksPane *pane = template_child (fixture->window, HUSTINGS_TYPE_WINDOW,
                                            "tasks_pane");
  GListModel *model = hustings_tasks_pane_get_model (pane);
  gint64 donor_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (fixture->window),
                                                         "thanked-donor"));
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HustingsTask) task = g_list_model_get_item (model, i);

      if (hustings_task_get_contact_id (task) == donor_id
          && g_strcmp0 (hustings_task_get_rule (task), "thank-donor") == 0)
        return TRUE;
    }

  return FALSE;
}

static void
test_thank_donor_rule (Fixture       *fixture,
                       gconstpointer  user_data)
{
  HustingsCommitteeFile *file = committee_file (fixture);
  HustingsTasksPane *pane = tasks_pane (fixture);
  HustingsTaskRunner *runner = hustings_tasks_pane_get_runner (pane);
  gint64 donor_id = hustings_contact_get_id (listed_contact (fixture, 7));
  g_autofree char *today = hustings_date_today ();
  g_autoptr(GError) error = NULL;
  HustingsTaskRulesDialog *dialog;
  AdwExpanderRow *row;
  gboolean enabled = TRUE;
  int days = 0;

  /* A new gift, and the rule still off: no task to thank its donor. */
  g_object_set_data (G_OBJECT (fixture->window), "thanked-donor", GSIZE_TO_POINTER (donor_id));
  add_gift (file, donor_id, today, 25000, NULL);
  g_assert_true (hustings_task_rule_get (file, HUSTINGS_TASK_RULE_THANK_DONOR, &enabled, NULL,
                                         &error));
  g_assert_no_error (error);
  g_assert_false (enabled);
  g_assert_false (has_thank_task (fixture));

  /* Switched on, the rule runs in the background and the pane lists the task it made. */
  gtk_widget_activate_action (GTK_WIDGET (pane), "tasks.rules", NULL);
  dialog = wait_for_toplevel (HUSTINGS_TYPE_TASK_RULES_DIALOG);
  row = find_expander (GTK_WIDGET (dialog),
                       hustings_task_rule_describe (HUSTINGS_TASK_RULE_THANK_DONOR));
  g_assert_nonnull (row);
  g_assert_false (adw_expander_row_get_enable_expansion (row));
  adw_expander_row_set_enable_expansion (row, TRUE);
  g_assert_true (hustings_task_runner_get_busy (runner));
  g_assert_true (pump_until (runner_idle, runner));
  g_assert_true (pump_until (has_thank_task, fixture));

  g_assert_true (hustings_task_rule_get (file, HUSTINGS_TASK_RULE_THANK_DONOR, &enabled, &days,
                                         &error));
  g_assert_no_error (error);
  g_assert_true (enabled);
  g_assert_cmpint (days, ==, 7);
}

/* Segments, letters and email */

/* A segment saved in the file as a treasurer writes one, with its members as core finds them. */
static GArray *
save_segment (Fixture    *fixture,
              const char *name,
              const char *rules)
{
  g_autoptr(HustingsSegment) segment = NULL;
  g_autoptr(GError) error = NULL;
  GArray *members;

  segment = hustings_segment_parse (name, rules, &error);
  g_assert_no_error (error);
  hustings_segment_store_add (committee_file (fixture), segment, &error);
  g_assert_no_error (error);
  members = hustings_segment_store_members (committee_file (fixture), segment, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (members->len, >, 1);
  return members;
}

static gboolean
segment_counted (gpointer data)
{
  return hustings_segment_dialog_get_count (data) >= 0;
}

static void
test_segment_builder (Fixture       *fixture,
                      gconstpointer  user_data)
{
  HustingsContactsPage *page = contacts_page (fixture);
  g_autoptr(HustingsSegment) expected = NULL;
  g_autoptr(GArray) members = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *segment = NULL;
  GListModel *model = contacts_model (fixture);
  HustingsSegmentDialog *dialog;
  GtkListBox *rules;
  GtkListBoxRow *row;
  gint64 count;

  /* What the two rules hold, as core counts them */
  expected = hustings_segment_parse ("In-state donors", "state=CA; total>=100", &error);
  g_assert_no_error (error);
  members = hustings_segment_store_members (committee_file (fixture), expected, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (members->len, >, 1);
  g_assert_cmpuint (members->len, <, g_list_model_get_n_items (model));

  gtk_widget_activate_action (GTK_WIDGET (page), "contacts.new-segment", NULL);
  dialog = wait_for_toplevel (HUSTINGS_TYPE_SEGMENT_DIALOG);
  /* Without rules, the segment holds everyone */
  g_assert_true (pump_until (segment_counted, dialog));
  g_assert_cmpint (hustings_segment_dialog_get_count (dialog), ==,
                   hustings_committee_file_count_contacts (committee_file (fixture)));

  set_text (template_child (dialog, HUSTINGS_TYPE_SEGMENT_DIALOG, "name_row"), "In-state donors");
  rules = template_child (dialog, HUSTINGS_TYPE_SEGMENT_DIALOG, "rules_list");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "segment.add-rule", "s", "state");
  row = gtk_list_box_get_row_at_index (rules, 0);
  set_text (template_child (row, HUSTINGS_TYPE_SEGMENT_RULE_ROW, "text_entry"), "ca");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "segment.add-rule", "s", "total");
  row = gtk_list_box_get_row_at_index (rules, 1);
  /* Incomplete rules are not counted: the amount is missing */
  g_assert_cmpint (hustings_segment_dialog_get_count (dialog), ==, -1);
  set_text (template_child (row, HUSTINGS_TYPE_SEGMENT_RULE_ROW, "amount_entry"), "$100");

  /* The live count, off the main thread, is core's */
  g_assert_true (pump_until (segment_counted, dialog));
  count = hustings_segment_dialog_get_count (dialog);
  g_assert_cmpint (count, ==, members->len);

  /* Saved: the contacts page lists its members, searched and sorted as ever */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "segment.save", NULL);
  pump_pending ();
  g_assert_null (find_toplevel (HUSTINGS_TYPE_SEGMENT_DIALOG));
  g_object_get (page, "segment", &segment, NULL);
  g_assert_cmpstr (segment, ==, "In-state donors");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, members->len);
  for (guint i = 0; i < members->len; i++)
    g_assert_cmpuint (position_of_contact (model, g_array_index (members, gint64, i)), !=,
                      G_MAXUINT);

  /* Back to every contact */
  gtk_widget_activate_action (GTK_WIDGET (page), "contacts.segment", "s", "");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==,
                    hustings_committee_file_count_contacts (committee_file (fixture)));
}

/* Chooses the template named name in a template row. */
static void
choose_template (gpointer    row,
                 const char *name)
{
  GListModel *names = adw_combo_row_get_model (ADW_COMBO_ROW (row));

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i), name) == 0)
      {
        adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
        return;
      }
  g_assert_not_reached ();
}

static void
test_letters_pdf (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GArray) members = save_segment (fixture, "Californians", "state=CA; has-address");
  g_autofree char *path = g_build_filename (fixture->dir, "letters.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) out = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HustingsLettersWindow *window;
  gint64 logged;
  guint pages;

  /* From the segment the contacts page shows */
  g_object_set (contacts_page (fixture), "segment", "Californians", NULL);
  activate (fixture->window, "letters", NULL);
  window = wait_for_toplevel (HUSTINGS_TYPE_LETTERS_WINDOW);
  choose_template (template_child (window, HUSTINGS_TYPE_LETTERS_WINDOW, "template_row"),
                   "Thank-you letter");
  g_assert_true (pump_until (pages_shown, window));
  pages = hustings_page_preview_get_n_pages (page_preview (window));
  g_assert_cmpuint (pages, >=, members->len);

  /* Every one has an address: an envelope each */
  g_object_set (window, "print-style", "envelopes", NULL);
  pages = hustings_page_preview_get_n_pages (page_preview (window));
  g_assert_cmpuint (pages, ==, members->len);
  g_object_set (window, "print-style", "letters", NULL);

  /* The PDF, written in a worker, then each letter logged */
  logged = hustings_interaction_store_count (committee_file (fixture));
  hustings_letters_window_save_pdf_to (window, out);
  g_assert_true (pump_until (pages_shown, window));
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpint (hustings_interaction_store_count (committee_file (fixture)), ==,
                   logged + members->len);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (pump_until (toplevel_gone, GSIZE_TO_POINTER (HUSTINGS_TYPE_LETTERS_WINDOW)));
}

static gboolean
email_previewed (gpointer data)
{
  gboolean busy;
  guint n;

  g_object_get (data, "busy", &busy, "n-recipients", &n, NULL);
  return !busy && n > 0;
}

static char *
email_body (HustingsEmailWindow *window)
{
  GtkTextView *view = template_child (window, HUSTINGS_TYPE_EMAIL_WINDOW, "body_view");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The first name a merge gives a contact: theirs, or the template's fallback. */
static const char *
first_name_of (Fixture *fixture,
               gint64   contact_id)
{
  g_autoptr(HustingsContact) contact = NULL;
  g_autoptr(GError) error = NULL;
  static char name[256];

  contact = hustings_contact_store_get (committee_file (fixture), contact_id, &error);
  g_assert_no_error (error);
  g_strlcpy (name, hustings_contact_get_field (contact, HUSTINGS_CONTACT_FIRST_NAME),
             sizeof name);
  return name;
}

static void
test_email_preview (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GArray) members = save_segment (fixture, "Californian individuals", "state=CA; type=IND");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  GtkLabel *subject;
  HustingsEmailWindow *window;
  guint position;

  g_object_set (contacts_page (fixture), "segment", "Californian individuals", NULL);
  activate (fixture->window, "email", NULL);
  window = wait_for_toplevel (HUSTINGS_TYPE_EMAIL_WINDOW);
  g_assert_true (pump_until (email_previewed, window));

  /* The built-in thank-you email, merged for the first member */
  subject = template_child (window, HUSTINGS_TYPE_EMAIL_WINDOW, "subject_label");
  first = email_body (window);
  g_assert_null (strstr (first, "{{"));
  g_assert_nonnull (strstr (first, first_name_of (fixture, g_array_index (members, gint64, 0))));
  g_assert_nonnull (strstr (gtk_label_get_text (subject),
                            first_name_of (fixture, g_array_index (members, gint64, 0))));

  /* and for the next */
  gtk_widget_activate_action (GTK_WIDGET (window), "email.next", NULL);
  g_object_get (window, "position", &position, NULL);
  g_assert_cmpuint (position, ==, 1);
  second = email_body (window);
  g_assert_nonnull (strstr (second, first_name_of (fixture, g_array_index (members, gint64, 1))));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (pump_until (toplevel_gone, GSIZE_TO_POINTER (HUSTINGS_TYPE_EMAIL_WINDOW)));
}

/* A mail server on this computer that takes every message, counting them. */
typedef struct
{
  GSocketService *service;
  guint16         port;
  int             received;
} MailSink;

static void
mail_sink_reply (GOutputStream *out,
                 const char    *reply)
{
  g_output_stream_write_all (out, reply, strlen (reply), NULL, NULL, NULL);
}

/* A thread of the socket service: one SMTP session. */
static gboolean
mail_sink_session_cb (GThreadedSocketService *service,
                      GSocketConnection      *connection,
                      GObject                *source,
                      gpointer                data)
{
  MailSink *sink = data;
  g_autoptr(GDataInputStream) in =
    g_data_input_stream_new (g_io_stream_get_input_stream (G_IO_STREAM (connection)));
  GOutputStream *out = g_io_stream_get_output_stream (G_IO_STREAM (connection));
  gboolean in_data = FALSE;
  char *line;

  g_data_input_stream_set_newline_type (in, G_DATA_STREAM_NEWLINE_TYPE_CR_LF);
  mail_sink_reply (out, "220 localhost ESMTP\r\n");
  while ((line = g_data_input_stream_read_line (in, NULL, NULL, NULL)) != NULL)
    {
      g_autofree char *command = g_ascii_strup (line, 4);

      if (in_data && strcmp (line, ".") == 0)
        {
          in_data = FALSE;
          g_atomic_int_inc (&sink->received);
          mail_sink_reply (out, "250 OK\r\n");
        }
      else if (in_data)
        ;
      else if (g_str_has_prefix (command, "DATA"))
        {
          in_data = TRUE;
          mail_sink_reply (out, "354 Go ahead\r\n");
        }
      else if (g_str_has_prefix (command, "QUIT"))
        {
          mail_sink_reply (out, "221 Bye\r\n");
          g_free (line);
          break;
        }
      else
        mail_sink_reply (out, "250 OK\r\n");
      g_free (line);
    }
  return TRUE;
}

static void
mail_sink_start (MailSink *sink)
{
  g_autoptr(GError) error = NULL;

  sink->service = g_threaded_socket_service_new (2);
  sink->port = g_socket_listener_add_any_inet_port (G_SOCKET_LISTENER (sink->service), NULL,
                                                    &error);
  g_assert_no_error (error);
  g_signal_connect (sink->service, "run", G_CALLBACK (mail_sink_session_cb), sink);
  g_socket_service_start (sink->service);
}

static void
mail_sink_stop (MailSink *sink)
{
  g_socket_service_stop (sink->service);
  g_socket_listener_close (G_SOCKET_LISTENER (sink->service));
  g_clear_object (&sink->service);
}

static gboolean
email_sent (gpointer data)
{
  GtkStack *stack = template_child (data, HUSTINGS_TYPE_EMAIL_WINDOW, "stack");
  gboolean busy;

  g_object_get (data, "busy", &busy, NULL);
  return !busy && g_strcmp0 (gtk_stack_get_visible_child_name (stack), "results") == 0;
}

static void
test_email_send (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GArray) members = save_segment (fixture, "Californians", "state=CA");
  g_autoptr(HustingsMailServer) server = hustings_mail_server_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *sent = NULL;
  HustingsMailCounts counts;
  HustingsEmailWindow *window;
  AdwMessageDialog *confirm;
  MailSink sink = { NULL, 0, 0 };
  gint64 logged;

  mail_sink_start (&sink);
  hustings_mail_server_set_host (server, "127.0.0.1");
  hustings_mail_server_set_port (server, sink.port);
  hustings_mail_server_set_security (server, HUSTINGS_MAIL_SECURITY_NONE);
  hustings_mail_server_set_from_name (server, "Friends of the Test");
  hustings_mail_server_set_from_address (server, "info@example.org");
  hustings_mail_server_set_per_minute (server, HUSTINGS_MAIL_PER_MINUTE_MAX);
  hustings_mail_server_save (committee_file (fixture), server, &error);
  g_assert_no_error (error);
  hustings_mailer_count (committee_file (fixture), members, &counts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counts.to_send, >, 0);

  g_object_set (contacts_page (fixture), "segment", "Californians", NULL);
  activate (fixture->window, "email", NULL);
  window = wait_for_toplevel (HUSTINGS_TYPE_EMAIL_WINDOW);
  g_assert_true (pump_until (email_previewed, window));

  /* Send asks first, then sends to each one who can get it, and logs it */
  logged = hustings_interaction_store_count (committee_file (fixture));
  gtk_widget_activate_action (GTK_WIDGET (window), "email.send", NULL);
  confirm = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (confirm, "send");
  g_assert_true (pump_until (email_sent, window));
  g_assert_cmpint (g_atomic_int_get (&sink.received), ==, counts.to_send);
  sent = g_strdup_printf ("%u Sent", counts.to_send);
  g_assert_cmpstr (gtk_label_get_text (template_child (window, HUSTINGS_TYPE_EMAIL_WINDOW,
                                                       "results_title")), ==, sent);
  g_assert_cmpint (hustings_interaction_store_count (committee_file (fixture)), ==,
                   logged + counts.to_send);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (pump_until (toplevel_gone, GSIZE_TO_POINTER (HUSTINGS_TYPE_EMAIL_WINDOW)));
  mail_sink_stop (&sink);
}

/* The button that activates action in widget, or NULL. */
static GtkWidget *
find_actionable (GtkWidget  *widget,
                 const char *action)
{
  if (GTK_IS_ACTIONABLE (widget)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, action);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Whether the button of action in widget offers a dialog of type: it is sensitive, or
 * activating the action anyway brings the dialog up. */
static gboolean
offers_dialog (GtkWidget  *widget,
              const char *action,
              GType       type)
{
  GtkWidget *button = find_actionable (widget, action);

  g_assert_nonnull (button);
  if (gtk_widget_is_sensitive (button))
    return TRUE;
  gtk_widget_activate_action (widget, action, NULL);
  pump_pending ();
  return find_toplevel (type) != NULL;
}

static void
test_tasks_read_only (Fixture       *fixture,
                      gconstpointer  user_data)
{
  HustingsContactEditor *editor = contact_editor (fixture);
  HustingsTasksPane *pane;
  HustingsTaskRulesDialog *dialog;
  HustingsTaskRow *row;
  GListModel *tasks;

  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);
  activate (fixture->window, "open-file", g_variant_new_string (fixture->path));
  g_assert_true (hustings_committee_file_is_read_only (committee_file (fixture)));
  pane = tasks_pane (fixture);

  /* Tasks are listed, but nothing can be added, checked off or changed. */
  activate (fixture->window, "show-tasks", NULL);
  g_assert_false (offers_dialog (GTK_WIDGET (pane), "tasks.new", HUSTINGS_TYPE_TASK_DIALOG));
  tasks = hustings_tasks_pane_get_model (pane);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), >, 0);
  {
    g_autoptr(HustingsTask) first = g_list_model_get_item (tasks, 0);

    row = find_task_row (GTK_WIDGET (pane), hustings_task_get_id (first));
  }
  g_assert_nonnull (row);
  g_assert_false (gtk_widget_get_sensitive (template_child (row, HUSTINGS_TYPE_TASK_ROW,
                                                            "check")));
  gtk_widget_activate_action (GTK_WIDGET (pane), "tasks.rules", NULL);
  dialog = wait_for_toplevel (HUSTINGS_TYPE_TASK_RULES_DIALOG);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (find_expander (
    GTK_WIDGET (dialog), hustings_task_rule_describe (HUSTINGS_TASK_RULE_THANK_DONOR)))));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* A contact's history shows, without logging or adding tasks. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (contacts_model (fixture)), 0);
  pump_pending ();
  g_assert_false (offers_dialog (GTK_WIDGET (editor), "timeline.log",
                                 HUSTINGS_TYPE_INTERACTION_DIALOG));
  g_assert_false (offers_dialog (GTK_WIDGET (editor), "task-group.add",
                                 HUSTINGS_TYPE_TASK_DIALOG));
  g_chmod (fixture->path, 0600);
}

static guint
count_rows (GtkListBox *list_box)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && gtk_widget_get_visible (child))
      n++;

  return n;
}

static void
test_contact_outreach_fields (Fixture       *fixture,
                              gconstpointer  user_data)
{
  HustingsCommitteeFile *file = committee_file (fixture);
  HustingsContactEditor *editor = contact_editor (fixture);
  HustingsTimelineView *timeline = template_child (editor, HUSTINGS_TYPE_CONTACT_EDITOR,
                                                   "timeline_view");
  GtkListBox *list_box = template_child (timeline, HUSTINGS_TYPE_TIMELINE_VIEW, "list_box");
  GtkWidget *more = template_child (timeline, HUSTINGS_TYPE_TIMELINE_VIEW, "more_button");
  GtkSwitch *unsubscribed = template_child (editor, HUSTINGS_TYPE_CONTACT_EDITOR,
                                            "unsubscribed_switch");
  HustingsContact *contact = listed_contact (fixture, 4);
  gint64 id = hustings_contact_get_id (contact);
  g_autoptr(HustingsContact) saved = NULL;
  g_autoptr(HustingsContact) again = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *history;
  guint n;

  /* The district and the day they unsubscribed are saved with the contact. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (contacts_model (fixture)), 4);
  pump_pending ();
  g_assert_cmpint (hustings_contact_editor_get_contact_id (editor), ==, id);
  set_text (template_child (editor, HUSTINGS_TYPE_CONTACT_EDITOR, "district_row"), "TX-21");
  g_assert_false (gtk_switch_get_active (unsubscribed));
  gtk_switch_set_active (unsubscribed, TRUE);
  g_assert_true (hustings_contact_editor_get_dirty (editor));
  g_assert_true (hustings_contact_editor_save (editor));
  saved = hustings_contact_store_get (file, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_contact_get_district (saved), ==, "TX-21");
  g_assert_nonnull (hustings_contact_get_email_opt_out_at (saved));
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (
                   template_child (editor, HUSTINGS_TYPE_CONTACT_EDITOR, "unsubscribed_row")),
                 "Since "));

  /* Subscribed again, the day goes. */
  gtk_switch_set_active (unsubscribed, FALSE);
  g_assert_true (hustings_contact_editor_save (editor));
  again = hustings_contact_store_get (file, id, &error);
  g_assert_no_error (error);
  g_assert_null (hustings_contact_get_email_opt_out_at (again));

  /* A long history shows its latest entries, and more on demand. */
  for (guint i = 0; i < 120; i++)
    {
      g_autoptr(HustingsInteraction) call = hustings_interaction_new ();

      hustings_interaction_set_contact_id (call, id);
      g_assert_true (hustings_interaction_store_add (file, call, &error));
      g_assert_no_error (error);
    }
  history = hustings_timeline_view_get_model (timeline);
  pump_pending ();
  n = g_list_model_get_n_items (history);
  g_assert_cmpuint (n, >=, 120);
  g_assert_cmpuint (count_rows (list_box), ==, 50);
  g_assert_true (gtk_widget_get_visible (more));
  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.more", NULL);
  pump_pending ();
  g_assert_cmpuint (count_rows (list_box), ==, 100);
  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.more", NULL);
  pump_pending ();
  g_assert_cmpuint (count_rows (list_box), ==, MIN (n, 150));
  g_assert_cmpint (gtk_widget_get_visible (more), ==, n > 150);
}

/* A contact's name in the tasks pane (win.show-contact) shows them in the Contacts view, even
 * when a search was hiding them. */
static void
test_show_contact (Fixture       *fixture,
                   gconstpointer  user_data)
{
  HustingsContactsPage *page = contacts_page (fixture);
  AdwViewStack *stack = template_child (fixture->window, HUSTINGS_TYPE_WINDOW, "view_stack");
  HustingsContactEditor *editor = template_child (page, HUSTINGS_TYPE_CONTACTS_PAGE, "editor");
  gint64 id = hustings_contact_get_id (listed_contact (fixture, 7));

  set_text (template_child (page, HUSTINGS_TYPE_CONTACTS_PAGE, "search_entry"), "zzqx");
  assert_n_items (contacts_model (fixture), 0);
  activate (fixture->window, "show-page", g_variant_new_string ("donations"));

  activate (fixture->window, "show-contact", g_variant_new_int64 (id));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "contacts");
  g_assert_cmpint (hustings_contact_editor_get_contact_id (editor), ==, id);
  g_assert_cmpuint (g_list_model_get_n_items (contacts_model (fixture)), >, 7);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = g_dir_make_tmp ("hustings-ui-home-XXXXXX", NULL);
  g_autofree char *data = g_build_filename (home, "data", NULL);
  g_autofree char *config = g_build_filename (home, "config", NULL);
  g_autofree char *cache = g_build_filename (home, "cache", NULL);
  int status;

  /* Recent files, the demo campaign and settings stay out of the user's folders. */
  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  g_set_application_name ("Hustings");
  /* Animations finish at once: the tests do not depend on frame timing, and libadwaita 1.2's
   * toast overlay cannot bear a toast dismissed before its show animation ends. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  app = hustings_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/ui/split-model", test_split_model);
  g_test_add ("/ui/welcome/without-file", Fixture, WITHOUT_FILE,
              fixture_set_up, test_welcome_without_file, fixture_tear_down);
  g_test_add ("/ui/welcome/recent", Fixture, WITH_FILE,
              fixture_set_up, test_welcome_lists_recent, fixture_tear_down);
  g_test_add ("/ui/open/not-committee", Fixture, WITHOUT_FILE,
              fixture_set_up, test_open_not_committee, fixture_tear_down);
  g_test_add ("/ui/open/read-only", Fixture, WITH_FILE,
              fixture_set_up, test_read_only, fixture_tear_down);
  g_test_add ("/ui/open/demo-action", Fixture, WITHOUT_FILE,
              fixture_set_up, test_demo_action, fixture_tear_down);
  g_test_add ("/ui/open/demo-cancel", Fixture, WITHOUT_FILE,
              fixture_set_up, test_demo_cancel, fixture_tear_down);
  g_test_add ("/ui/committee/create", Fixture, WITHOUT_FILE,
              fixture_set_up, test_committee_create, fixture_tear_down);
  g_test_add ("/ui/contacts/populated", Fixture, WITH_FILE,
              fixture_set_up, test_demo_file_populated, fixture_tear_down);
  g_test_add ("/ui/contacts/search", Fixture, WITH_FILE,
              fixture_set_up, test_search_narrows, fixture_tear_down);
  g_test_add ("/ui/contacts/leaving-saves", Fixture, WITH_FILE,
              fixture_set_up, test_leaving_saves, fixture_tear_down);
  g_test_add ("/ui/donations/refund", Fixture, WITH_FILE,
              fixture_set_up, test_refund_donation, fixture_tear_down);
  g_test_add ("/ui/contacts/add", Fixture, WITH_FILE,
              fixture_set_up, test_add_contact, fixture_tear_down);
  g_test_add ("/ui/contacts/sort", Fixture, WITH_FILE,
              fixture_set_up, test_sort_by_column, fixture_tear_down);
  g_test_add ("/ui/contacts/delete-undo", Fixture, WITH_FILE,
              fixture_set_up, test_delete_with_undo, fixture_tear_down);
  g_test_add ("/ui/donations/new", Fixture, WITH_FILE,
              fixture_set_up, test_new_donation, fixture_tear_down);
  g_test_add ("/ui/donations/delete-undo", Fixture, WITH_FILE,
              fixture_set_up, test_delete_donation_with_undo, fixture_tear_down);
  g_test_add ("/ui/donations/date-range", Fixture, WITH_FILE,
              fixture_set_up, test_date_range, fixture_tear_down);
  g_test_add ("/ui/committee/profile", Fixture, WITH_FILE,
              fixture_set_up, test_committee_profile, fixture_tear_down);
  g_test_add ("/ui/import/actblue-undo", Fixture, WITH_FILE,
              fixture_set_up, test_import_actblue_and_undo, fixture_tear_down);
  g_test_add ("/ui/import/bad-row-history", Fixture, WITH_FILE,
              fixture_set_up, test_import_bad_row, fixture_tear_down);
  g_test_add ("/ui/import/review", Fixture, WITH_FILE,
              fixture_set_up, test_import_review, fixture_tear_down);
  g_test_add ("/ui/import/layout", Fixture, WITH_FILE,
              fixture_set_up, test_import_layout, fixture_tear_down);
  g_test_add ("/ui/import/cancel", Fixture, WITH_FILE,
              fixture_set_up, test_import_cancel, fixture_tear_down);
  g_test_add ("/ui/import/errors", Fixture, WITH_FILE,
              fixture_set_up, test_import_errors, fixture_tear_down);
  g_test_add ("/ui/import/drop-committee", Fixture, WITH_FILE,
              fixture_set_up, test_import_drop_committee, fixture_tear_down);
  g_test_add ("/ui/export", Fixture, WITH_FILE,
              fixture_set_up, test_export, fixture_tear_down);
  g_test_add ("/ui/import/fec-filing", Fixture, WITH_FILE,
              fixture_set_up, test_import_fec_filing, fixture_tear_down);
  g_test_add ("/ui/compliance/over-limit", Fixture, WITH_FILE,
              fixture_set_up, test_compliance_over_limit, fixture_tear_down);
  g_test_add ("/ui/compliance/report-summary", Fixture, WITH_FILE,
              fixture_set_up, test_compliance_report_summary, fixture_tear_down);
  g_test_add ("/ui/compliance/export-invalid", Fixture, WITH_FILE,
              fixture_set_up, test_compliance_export_invalid, fixture_tear_down);
  g_test_add ("/ui/compliance/export-valid", Fixture, WITH_FILE,
              fixture_set_up, test_compliance_export_valid, fixture_tear_down);
  g_test_add ("/ui/compliance/file-amend-delete", Fixture, WITH_FILE,
              fixture_set_up, test_compliance_file_amend_delete, fixture_tear_down);
  g_test_add ("/ui/compliance/print", Fixture, WITH_FILE,
              fixture_set_up, test_compliance_print, fixture_tear_down);

  g_test_add ("/ui/disbursements/new", Fixture, WITH_FILE,
              fixture_set_up, test_new_disbursement, fixture_tear_down);
  g_test_add ("/ui/disbursements/delete-undo-search", Fixture, WITH_FILE,
              fixture_set_up, test_delete_disbursement_with_undo, fixture_tear_down);
  g_test_add ("/ui/import/disbursements", Fixture, WITH_FILE,
              fixture_set_up, test_import_disbursements, fixture_tear_down);
  g_test_add ("/ui/volunteers/skill-filter", Fixture, WITH_FILE,
              fixture_set_up, test_volunteer_skill_filter, fixture_tear_down);
  g_test_add ("/ui/volunteers/event-shifts-guests", Fixture, WITH_FILE,
              fixture_set_up, test_event_shifts_and_guests, fixture_tear_down);
  g_test_add ("/ui/contacts/log-interaction", Fixture, WITH_FILE,
              fixture_set_up, test_log_interaction, fixture_tear_down);
  g_test_add ("/ui/tasks/complete-from-pane", Fixture, WITH_FILE,
              fixture_set_up, test_task_complete_from_pane, fixture_tear_down);
  g_test_add ("/ui/tasks/thank-donor-rule", Fixture, WITH_FILE,
              fixture_set_up, test_thank_donor_rule, fixture_tear_down);
  g_test_add ("/ui/tasks/read-only", Fixture, WITH_FILE,
              fixture_set_up, test_tasks_read_only, fixture_tear_down);
  g_test_add ("/ui/contacts/outreach-fields", Fixture, WITH_FILE,
              fixture_set_up, test_contact_outreach_fields, fixture_tear_down);

  g_test_add ("/ui/segments/builder", Fixture, WITH_FILE,
              fixture_set_up, test_segment_builder, fixture_tear_down);
  g_test_add ("/ui/letters/pdf", Fixture, WITH_FILE,
              fixture_set_up, test_letters_pdf, fixture_tear_down);
  g_test_add ("/ui/email/preview", Fixture, WITH_FILE,
              fixture_set_up, test_email_preview, fixture_tear_down);
  g_test_add ("/ui/contacts/show-contact", Fixture, WITH_FILE,
              fixture_set_up, test_show_contact, fixture_tear_down);
  g_test_add ("/ui/email/send", Fixture, WITH_FILE,
              fixture_set_up, test_email_send, fixture_tear_down);

  status = g_test_run ();

  g_application_quit (G_APPLICATION (app));
  g_clear_object (&app);
  remove_tree (home);
  return status;
}
