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

#include "hustings-core.h"
#include "committee/hustings-committee-dialog.h"
#include "contacts/hustings-contact-editor.h"
#include "contacts/hustings-contacts-page.h"
#include "donations/hustings-donation-dialog.h"
#include "donations/hustings-donations-page.h"
#include "welcome/hustings-welcome-page.h"
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
  gint64 total, count, donor_cycle;
  gint64 donor_id;

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

  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  g_assert_true (pump_until (toplevel_gone, GSIZE_TO_POINTER (HUSTINGS_TYPE_DONATION_DIALOG)));

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

  status = g_test_run ();

  g_application_quit (G_APPLICATION (app));
  g_clear_object (&app);
  remove_tree (home);
  return status;
}
