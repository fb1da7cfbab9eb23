/* hustings-import-assistant.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-import-assistant"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-import-jobs.h"
#include "hustings-rejection-list.h"

#include "hustings-import-assistant.h"

/* Preview cells are this many characters wide before they are ellipsized. */
#define PREVIEW_CELL_CHARS 14
#define PREVIEW_COLUMN_WIDTH 150

/* The separators the delimiter row offers, in its order ("Detect" first). */
static const char delimiters[] = { 0, ',', ';', '\t' };
static const HustingsCsvEncoding encodings[] = {
  HUSTINGS_CSV_ENCODING_AUTO,
  HUSTINGS_CSV_ENCODING_UTF8,
  HUSTINGS_CSV_ENCODING_WINDOWS_1252,
};

struct _HustingsImportAssistant
{
  AdwWindow               parent_instance;

  /* template widgets */
  AdwWindowTitle         *window_title;
  GtkWidget              *cancel_button;
  GtkWidget              *back_button;
  GtkButton              *next_button;
  GtkStack               *stack;
  AdwActionRow           *file_row;
  GtkWidget              *open_error_group;
  GtkLabel               *open_error_label;
  GtkWidget              *layout_group;
  AdwComboRow            *format_row;
  GtkStringList          *format_names;
  AdwComboRow            *delimiter_row;
  AdwComboRow            *encoding_row;
  AdwComboRow            *sheet_row;
  GtkStringList          *sheet_names;
  GtkWidget              *preview_group;
  GtkColumnView          *preview_view;
  GtkWidget              *mapping_error_group;
  GtkLabel               *mapping_error_label;
  AdwPreferencesGroup    *mapping_group;
  GtkWidget              *load_mapping_button;
  GMenu                  *mapping_menu;
  GtkStack               *check_stack;
  GtkProgressBar         *check_progress;
  AdwStatusPage          *check_error_status;
  GtkWidget              *notice_group;
  GtkLabel               *notice_label;
  AdwPreferencesGroup    *summary_group;
  GtkLabel               *summary_label;
  GtkLabel               *uncertain_label;
  AdwPreferencesGroup    *rejections_group;
  HustingsRejectionList  *check_rejections;
  GtkSwitch              *skip_switch;
  AdwPreferencesGroup    *review_group;
  GtkListView            *review_view;
  GtkProgressBar         *import_progress;
  AdwStatusPage          *done_status;
  GtkLabel               *undo_error_label;
  GtkWidget              *undo_button;

  /* owned */
  HustingsCommitteeFile  *file;            /* the window's: main thread only */
  char                   *path;            /* the spreadsheet */
  HustingsImport         *import;          /* NULL when the file could not be opened */
  const HustingsImportFormat *chosen_format; /* picked by the user; NULL: as detected */
  GPtrArray              *preview_rows;    /* char**, one per row, a cell per column */
  GArray                 *field_choices;   /* HustingsImportField, by position in the rows */
  GPtrArray              *mapping_rows;    /* AdwComboRow*, one per column */
  GtkStringList          *review_items;    /* the uncertain matches' indexes, as text */
  HustingsFileJob        *job;             /* the work under way, if any */
  GCancellable           *cancellable;     /* the job's */

  /* state of the steps */
  gboolean                mapping_stale;   /* the columns page shows another format or file */
  gboolean                mapping_ok;
  gboolean                analyzed;        /* the check page shows the current analysis */
  gboolean                has_work;        /* the analysis found something to import */
  guint                   n_rejections;
  guint                   n_uncertain;
  gint64                  batch_id;        /* once imported */
  gboolean                undone;
  gboolean                updating;        /* rows are being set from the import, not by hand */
  gboolean                disposed;
};

G_DEFINE_FINAL_TYPE (HustingsImportAssistant, hustings_import_assistant, ADW_TYPE_WINDOW)

static const char *
current_page (HustingsImportAssistant *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

static gboolean
on_page (HustingsImportAssistant *self,
         const char              *name)
{
  return g_strcmp0 (current_page (self), name) == 0;
}

static gboolean
is_generic (HustingsImportAssistant *self)
{
  return self->import != NULL
         && hustings_import_format_is_generic (hustings_import_get_format (self->import));
}

static void
update_buttons (HustingsImportAssistant *self)
{
  gboolean busy = self->job != NULL;
  gboolean before_import = !on_page (self, "importing") && !on_page (self, "done");
  gboolean can_next = FALSE;
  const char *next_label = _("_Next");

  if (on_page (self, "format"))
    can_next = self->import != NULL;
  else if (on_page (self, "columns"))
    can_next = self->mapping_ok;
  else if (on_page (self, "check"))
    {
      can_next = !busy && self->analyzed && self->has_work
                 && (self->n_rejections == 0 || gtk_switch_get_active (self->skip_switch));
      if (self->n_uncertain == 0)
        next_label = _("_Import");
    }
  else if (on_page (self, "review"))
    {
      can_next = TRUE;
      next_label = _("_Import");
    }

  gtk_widget_set_visible (self->cancel_button, before_import);
  gtk_widget_set_visible (self->back_button, before_import && !on_page (self, "format"));
  gtk_widget_set_visible (GTK_WIDGET (self->next_button), before_import);
  gtk_button_set_label (self->next_button, next_label);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.next", can_next && !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.back", before_import && !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.stop", busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.undo",
                                 !busy && self->batch_id > 0 && !self->undone);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.save-mapping",
                                 !busy && self->import != NULL && on_page (self, "columns"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.load-mapping",
                                 !busy && self->import != NULL && on_page (self, "columns"));
}

static void
page_changed_cb (HustingsImportAssistant *self)
{
  GtkWidget *child;

  if (self->updating)
    return;

  child = gtk_stack_get_visible_child (self->stack);
  if (child != NULL)
    adw_window_title_set_subtitle (self->window_title,
                                   gtk_stack_page_get_title (gtk_stack_get_page (self->stack,
                                                                                 child)));
  update_buttons (self);
}

static void
show_error_dialog (HustingsImportAssistant *self,
                   const char              *heading,
                   const char              *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Page 1: the file, its layout and its first rows */

static char *
column_title (HustingsImportAssistant *self,
              guint                    column)
{
  const char *name = hustings_import_get_column_name (self->import, column);

  if (name != NULL && *name != '\0')
    return g_strdup (name);
  /* Translators: the title of a column that has no name in the file */
  return g_strdup_printf (_("Column %u"), column + 1);
}

static void
preview_cell_setup_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *list_item,
                       gpointer                  user_data)
{
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), PREVIEW_CELL_CHARS);
  gtk_list_item_set_child (list_item, cell);
}

static void
preview_cell_bind_cb (HustingsImportAssistant  *self,
                      GtkListItem              *list_item,
                      GtkSignalListItemFactory *factory)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  guint row = gtk_list_item_get_position (list_item);
  char **cells;

  if (row >= self->preview_rows->len)
    return;

  cells = g_ptr_array_index (self->preview_rows, row);
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (list_item)),
                            cells[column]);
}

static void
clear_preview (HustingsImportAssistant *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->preview_view);

  gtk_column_view_set_model (self->preview_view, NULL);
  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->preview_view, column);
    }
  g_ptr_array_set_size (self->preview_rows, 0);
}

static void
fill_preview (HustingsImportAssistant *self)
{
  guint n_columns = hustings_import_get_n_columns (self->import);
  guint n_rows = hustings_import_get_n_preview_rows (self->import);
  g_autoptr(GtkStringList) rows = gtk_string_list_new (NULL);
  g_autoptr(GtkNoSelection) selection = NULL;

  clear_preview (self);

  /* A copy of the cells: workers use the import later, while the view may still bind. */
  for (guint row = 0; row < n_rows; row++)
    {
      char **cells = g_new0 (char *, n_columns + 1);

      for (guint column = 0; column < n_columns; column++)
        cells[column] = g_strdup (hustings_import_get_preview_cell (self->import, row, column));
      g_ptr_array_add (self->preview_rows, cells);
      gtk_string_list_append (rows, "");
    }

  for (guint column = 0; column < n_columns; column++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) view_column = NULL;
      g_autofree char *title = column_title (self, column);

      g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (column));
      g_signal_connect (factory, "setup", G_CALLBACK (preview_cell_setup_cb), NULL);
      g_signal_connect_object (factory, "bind", G_CALLBACK (preview_cell_bind_cb), self,
                               G_CONNECT_SWAPPED);
      view_column = gtk_column_view_column_new (title, g_object_ref (factory));
      gtk_column_view_column_set_resizable (view_column, TRUE);
      gtk_column_view_column_set_fixed_width (view_column, PREVIEW_COLUMN_WIDTH);
      gtk_column_view_append_column (self->preview_view, view_column);
    }

  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&rows)));
  gtk_column_view_set_model (self->preview_view, GTK_SELECTION_MODEL (selection));
}

static guint
format_position (const HustingsImportFormat *format)
{
  const HustingsImportFormat * const *formats = hustings_import_formats ();

  for (guint i = 0; formats[i] != NULL; i++)
    if (formats[i] == format)
      return i;

  return GTK_INVALID_LIST_POSITION;
}

/* Shows what the import read, once opened (or what stopped it). */
static void
sync_format_page (HustingsImportAssistant *self)
{
  gboolean opened = self->import != NULL;

  gtk_widget_set_visible (self->open_error_group, !opened);
  gtk_widget_set_visible (self->preview_group, opened);
  gtk_widget_set_visible (GTK_WIDGET (self->format_row), opened);
  if (opened)
    {
      self->updating = TRUE;
      adw_combo_row_set_selected (self->format_row,
                                  format_position (hustings_import_get_format (self->import)));
      self->updating = FALSE;
      adw_action_row_set_subtitle (self->file_row,
                                   hustings_import_get_description (self->import));
      fill_preview (self);
    }
  else
    {
      adw_action_row_set_subtitle (self->file_row, "");
      clear_preview (self);
    }
  gtk_widget_set_visible (self->layout_group,
                          opened
                          || gtk_widget_get_visible (GTK_WIDGET (self->delimiter_row))
                          || gtk_widget_get_visible (GTK_WIDGET (self->sheet_row)));

  self->mapping_stale = TRUE;
  self->analyzed = FALSE;
  update_buttons (self);
}

static void
open_import (HustingsImportAssistant    *self,
             const HustingsTableOptions *options)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->import);
  self->import = hustings_import_new (self->path, options, &error);
  if (self->import == NULL)
    gtk_label_set_text (self->open_error_label, error->message);
  else if (self->chosen_format != NULL)
    hustings_import_set_format (self->import, self->chosen_format);

  sync_format_page (self);
}

static void
options_selected_cb (HustingsImportAssistant *self)
{
  HustingsTableOptions options = { 0, HUSTINGS_CSV_ENCODING_AUTO, NULL };
  guint delimiter, encoding, sheet, n_sheets;

  if (self->updating)
    return;

  delimiter = adw_combo_row_get_selected (self->delimiter_row);
  encoding = adw_combo_row_get_selected (self->encoding_row);
  sheet = adw_combo_row_get_selected (self->sheet_row);
  n_sheets = g_list_model_get_n_items (G_LIST_MODEL (self->sheet_names));

  if (delimiter < G_N_ELEMENTS (delimiters))
    options.delimiter = delimiters[delimiter];
  if (encoding < G_N_ELEMENTS (encodings))
    options.encoding = encodings[encoding];
  if (sheet < n_sheets)
    options.sheet = gtk_string_list_get_string (self->sheet_names, sheet);

  open_import (self, &options);
}

static void
format_selected_cb (HustingsImportAssistant *self)
{
  const HustingsImportFormat * const *formats = hustings_import_formats ();
  guint selected;

  if (self->updating || self->import == NULL)
    return;

  selected = adw_combo_row_get_selected (self->format_row);
  if (selected >= g_list_model_get_n_items (G_LIST_MODEL (self->format_names)))
    return;

  self->chosen_format = formats[selected];
  if (self->chosen_format == hustings_import_get_format (self->import))
    return;

  hustings_import_set_format (self->import, self->chosen_format);
  self->mapping_stale = TRUE;
  self->analyzed = FALSE;
  update_buttons (self);
}

/* The layout rows that apply to the file: separator and encoding for CSV, sheets for XLSX. */
static void
read_layout (HustingsImportAssistant *self)
{
  g_autoptr(HustingsTableReader) reader = hustings_table_reader_open (self->path, NULL, NULL);
  gboolean csv = reader != NULL && hustings_table_reader_get_kind (reader) == HUSTINGS_TABLE_CSV;
  const char * const *sheets = reader ? hustings_table_reader_get_sheets (reader) : NULL;

  self->updating = TRUE;
  if (sheets != NULL)
    gtk_string_list_splice (self->sheet_names, 0, 0, sheets);
  self->updating = FALSE;

  gtk_widget_set_visible (GTK_WIDGET (self->delimiter_row), csv);
  gtk_widget_set_visible (GTK_WIDGET (self->encoding_row), csv);
  gtk_widget_set_visible (GTK_WIDGET (self->sheet_row), sheets != NULL && sheets[0] != NULL);
}

/* Page 2: what each column holds */

static void
check_mapping (HustingsImportAssistant *self)
{
  g_autoptr(GError) error = NULL;

  self->mapping_ok = hustings_import_check_mapping (self->import, &error);
  gtk_label_set_text (self->mapping_error_label, error ? error->message : "");
  gtk_widget_set_visible (self->mapping_error_group, !self->mapping_ok);
  self->analyzed = FALSE;
  update_buttons (self);
}

static guint
choice_position (HustingsImportAssistant *self,
                 HustingsImportField      field)
{
  for (guint i = 0; i < self->field_choices->len; i++)
    if (g_array_index (self->field_choices, HustingsImportField, i) == field)
      return i;

  return 0; /* "Don't import" */
}

/* Sets each column's row from the import's mapping. */
static void
sync_mapping_rows (HustingsImportAssistant *self)
{
  self->updating = TRUE;
  for (guint column = 0; column < self->mapping_rows->len; column++)
    {
      HustingsImportField field = hustings_import_get_column_field (self->import, column);

      adw_combo_row_set_selected (g_ptr_array_index (self->mapping_rows, column),
                                  choice_position (self, field));
    }
  self->updating = FALSE;

  check_mapping (self);
}

static void
mapping_selected_cb (AdwComboRow             *row,
                     GParamSpec              *pspec,
                     HustingsImportAssistant *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "column"));
  guint selected = adw_combo_row_get_selected (row);

  if (self->updating || selected >= self->field_choices->len)
    return;

  hustings_import_set_column_field (self->import, column,
                                    g_array_index (self->field_choices, HustingsImportField,
                                                   selected));
  check_mapping (self);
}

static void
refresh_mapping_menu (HustingsImportAssistant *self)
{
  g_auto(GStrv) names = hustings_import_list_mappings (self->file,
                                                       hustings_import_get_kind (self->import));
  guint n = names ? g_strv_length (names) : 0;

  g_menu_remove_all (self->mapping_menu);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (names[i], NULL);

      g_menu_item_set_action_and_target_value (item, "assistant.load-mapping",
                                               g_variant_new_string (names[i]));
      g_menu_append_item (self->mapping_menu, item);
    }

  gtk_widget_set_sensitive (self->load_mapping_button, n > 0);
  gtk_widget_set_tooltip_text (self->load_mapping_button,
                               n > 0 ? _("Use a Mapping Saved Before")
                                     : _("No Mappings Saved Yet"));
}

/* The first value the column has in the preview, to show what it holds. */
static const char *
sample_value (HustingsImportAssistant *self,
              guint                    column)
{
  for (guint row = 0; row < self->preview_rows->len; row++)
    {
      char **cells = g_ptr_array_index (self->preview_rows, row);

      if (*cells[column] != '\0')
        return cells[column];
    }

  return NULL;
}

static void
build_mapping_page (HustingsImportAssistant *self)
{
  HustingsImportKind kind = hustings_import_get_kind (self->import);
  guint n_columns = hustings_import_get_n_columns (self->import);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  HustingsImportField ignore = HUSTINGS_FIELD_IGNORE;

  for (guint i = 0; i < self->mapping_rows->len; i++)
    adw_preferences_group_remove (self->mapping_group, g_ptr_array_index (self->mapping_rows, i));
  g_ptr_array_set_size (self->mapping_rows, 0);

  g_array_set_size (self->field_choices, 0);
  g_array_append_val (self->field_choices, ignore);
  gtk_string_list_append (names, _("Don’t import"));
  for (HustingsImportField field = HUSTINGS_FIELD_IGNORE + 1; field < HUSTINGS_N_FIELDS; field++)
    if (hustings_import_field_applies (field, kind))
      {
        g_array_append_val (self->field_choices, field);
        gtk_string_list_append (names, hustings_import_field_describe (field));
      }

  for (guint column = 0; column < n_columns; column++)
    {
      GtkWidget *row = adw_combo_row_new ();
      g_autofree char *title = column_title (self, column);
      const char *sample = sample_value (self, column);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   sample ? sample : _("Empty in the first rows"));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
      g_object_set_data (G_OBJECT (row), "column", GUINT_TO_POINTER (column));
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (mapping_selected_cb), self, 0);
      adw_preferences_group_add (self->mapping_group, row);
      g_ptr_array_add (self->mapping_rows, row);
    }

  refresh_mapping_menu (self);
  sync_mapping_rows (self);
  self->mapping_stale = FALSE;
}

static void
load_mapping_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HustingsImportAssistant *self = HUSTINGS_IMPORT_ASSISTANT (widget);
  g_autoptr(GError) error = NULL;

  if (!hustings_import_load_mapping (self->import, self->file,
                                     g_variant_get_string (parameter, NULL), &error))
    {
      show_error_dialog (self, _("Could Not Use the Mapping"), error->message);
      return;
    }

  sync_mapping_rows (self);
}

static void
mapping_name_changed_cb (GtkEditable      *entry,
                         AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "save", *name != '\0');
}

static void
save_mapping_response_cb (AdwMessageDialog        *dialog,
                          const char              *response,
                          HustingsImportAssistant *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "save") || *name == '\0' || self->import == NULL
      || self->job != NULL)
    return;

  if (!hustings_import_save_mapping (self->import, self->file, name, &error))
    {
      show_error_dialog (self, _("Could Not Save the Mapping"), error->message);
      return;
    }

  refresh_mapping_menu (self);
}

static void
save_mapping_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HustingsImportAssistant *self = HUSTINGS_IMPORT_ASSISTANT (widget);
  GtkWidget *dialog;
  GtkWidget *entry;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Mapping"),
                                   _("Give these column choices a name to use them again for "
                                     "files laid out the same way. A mapping with the same name "
                                     "is replaced."));
  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Name"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (entry, "changed", G_CALLBACK (mapping_name_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_mapping_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Jobs */

static void
start_job (HustingsImportAssistant *self,
           HustingsFileJob         *job,
           GtkProgressBar          *progress,
           GAsyncReadyCallback      callback)
{
  g_assert (self->job == NULL);

  self->job = job;
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  if (progress != NULL)
    g_object_bind_property (job, "fraction", progress, "fraction", G_BINDING_SYNC_CREATE);

  hustings_file_job_run_async (job, self->cancellable, callback, g_object_ref (self));
  update_buttons (self);
}

/* In a job's callback; source is the job. */
static gboolean
finish_job (HustingsImportAssistant  *self,
            GObject                  *source,
            GAsyncResult             *result,
            GError                  **error)
{
  if ((GObject *) self->job == source)
    g_clear_object (&self->job);

  return hustings_file_job_run_finish (HUSTINGS_FILE_JOB (source), result, error);
}

/* Page 3: what the import would do */

static void
show_notice (HustingsImportAssistant *self,
             const char              *message,
             gboolean                 is_error)
{
  gtk_label_set_text (self->notice_label, message ? message : "");
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->notice_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->notice_label), "error");
  gtk_widget_set_visible (self->notice_group, message != NULL);
}

static void
clear_review (HustingsImportAssistant *self)
{
  gtk_string_list_splice (self->review_items, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->review_items)), NULL);
}

/* "1,250 rows read as ActBlue contributions." */
static char *
describe_reading (HustingsImportAssistant     *self,
                  const HustingsImportSummary *summary)
{
  g_autofree char *rows = g_strdup_printf ("%'" G_GUINT64_FORMAT, summary->rows_read);

  if (summary->rows_read == 0)
    return g_strdup (_("The file has no rows below its header."));
  if (!self->has_work)
    return g_strdup (_("Every row is in the committee file already, or cannot be imported."));
  if (is_generic (self))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s row read, with the columns chosen.",
                                         "%s rows read, with the columns chosen.",
                                         summary->rows_read),
                            rows);
  /* Translators: "1,250 rows read as ActBlue contributions." */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s row read as %s.",
                                       "%s rows read as %s.", summary->rows_read),
                          rows,
                          hustings_import_format_get_name (hustings_import_get_format (
                                                             self->import)));
}

static void
fill_check_result (HustingsImportAssistant *self)
{
  const HustingsImportSummary *summary = hustings_import_get_summary (self->import);
  g_autoptr(GPtrArray) rejections = g_ptr_array_new ();
  g_autofree char *described = NULL;
  g_autofree char *reading = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *uncertain = NULL;
  g_autofree char *uncertain_text = NULL;
  g_autofree char *rejected = NULL;
  g_autofree char *rejected_title = NULL;

  self->n_rejections = hustings_import_get_n_rejections (self->import);
  self->n_uncertain = hustings_import_get_n_uncertain (self->import);
  self->has_work = summary->donations_added + summary->refunds_added
                   + summary->disbursements_added + summary->contacts_created
                   + summary->contacts_updated > 0;

  described = hustings_import_describe_summary (hustings_import_get_kind (self->import),
                                                summary, FALSE);
  gtk_label_set_text (self->summary_label, described);
  reading = describe_reading (self, summary);
  markup = g_markup_escape_text (reading, -1);
  adw_preferences_group_set_title (self->summary_group,
                                   self->has_work ? _("Ready to Import") : _("Nothing to Import"));
  adw_preferences_group_set_description (self->summary_group, markup);

  uncertain = g_strdup_printf ("%'u", self->n_uncertain);
  if (hustings_import_get_kind (self->import) == HUSTINGS_IMPORT_DISBURSEMENTS)
    uncertain_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%s payee may be a contact already: the next "
                                                   "step asks whether it is the same one.",
                                                   "%s payees may be contacts already: the next "
                                                   "step asks whether they are the same ones.",
                                                   self->n_uncertain),
                                      uncertain);
  else
    uncertain_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%s donor may be a contact already: the next "
                                                   "step asks whether it is the same person.",
                                                   "%s donors may be contacts already: the next "
                                                   "step asks whether they are the same people.",
                                                   self->n_uncertain),
                                      uncertain);
  gtk_label_set_text (self->uncertain_label, uncertain_text);
  gtk_widget_set_visible (GTK_WIDGET (self->uncertain_label), self->n_uncertain > 0);

  for (guint i = 0; i < self->n_rejections; i++)
    g_ptr_array_add (rejections, (gpointer) hustings_import_get_rejection (self->import, i));
  hustings_rejection_list_set_rejections (self->check_rejections, rejections);
  rejected = g_strdup_printf ("%'u", self->n_rejections);
  rejected_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s Row Cannot Be Imported",
                                                 "%s Rows Cannot Be Imported",
                                                 self->n_rejections),
                                    rejected);
  adw_preferences_group_set_title (self->rejections_group, rejected_title);
  gtk_switch_set_active (self->skip_switch, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->rejections_group), self->n_rejections > 0);

  show_notice (self, NULL, FALSE);
  clear_review (self);
  self->analyzed = TRUE;
}

static void
go_back (HustingsImportAssistant *self)
{
  if (on_page (self, "columns"))
    gtk_stack_set_visible_child_name (self->stack, "format");
  else if (on_page (self, "check"))
    gtk_stack_set_visible_child_name (self->stack, is_generic (self) ? "columns" : "format");
  else if (on_page (self, "review"))
    gtk_stack_set_visible_child_name (self->stack, "check");
}

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(HustingsImportAssistant) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = finish_job (self, source, result, &error);

  if (self->disposed)
    return;

  if (ok)
    {
      fill_check_result (self);
      gtk_stack_set_visible_child_name (self->check_stack, "result");
    }
  else if (hustings_file_job_is_cancelled (error))
    go_back (self);
  else
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_status_page_set_description (self->check_error_status, markup);
      gtk_stack_set_visible_child_name (self->check_stack, "error");
    }

  update_buttons (self);
}

static void
start_check (HustingsImportAssistant *self)
{
  self->analyzed = FALSE;
  self->has_work = FALSE;
  self->n_rejections = 0;
  self->n_uncertain = 0;
  gtk_stack_set_visible_child_name (self->check_stack, "progress");
  gtk_stack_set_visible_child_name (self->stack, "check");
  start_job (self,
             hustings_import_job_analyze (hustings_committee_file_get_path (self->file),
                                          self->import),
             self->check_progress, check_done_cb);
}

static void
skip_changed_cb (HustingsImportAssistant *self)
{
  update_buttons (self);
}

/* Page 4: donors that may be contacts already */

static void
same_person_toggled_cb (GtkCheckButton          *check,
                        HustingsImportAssistant *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "match"));

  hustings_import_set_same_person (self->import, index, gtk_check_button_get_active (check));
}

/* A review row: the donor, the contact it may be and why, and "Same person". The list holds
 * every uncertain match, however many; rows are made only for those on screen. */
static void
review_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 HustingsImportAssistant  *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *donor = gtk_label_new (NULL);
  GtkWidget *contact = gtk_label_new (NULL);
  GtkWidget *check = gtk_check_button_new_with_mnemonic (_("_Same person"));

  for (GtkWidget *label = donor; label != NULL; label = label == donor ? contact : NULL)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_box_append (GTK_BOX (text), label);
    }
  gtk_widget_add_css_class (contact, "dim-label");
  gtk_widget_add_css_class (contact, "caption");
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_signal_connect_object (check, "toggled", G_CALLBACK (same_person_toggled_cb), self, 0);
  gtk_box_append (GTK_BOX (row), text);
  gtk_box_append (GTK_BOX (row), check);
  gtk_list_item_set_child (list_item, row);
  gtk_list_item_set_activatable (list_item, FALSE);
}

static void
review_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                HustingsImportAssistant  *self)
{
  GtkStringObject *item = gtk_list_item_get_item (list_item);
  guint index = (guint) g_ascii_strtoull (gtk_string_object_get_string (item), NULL, 10);
  HustingsImportMatch *match = hustings_import_get_uncertain (self->import, index);
  GtkWidget *row = gtk_list_item_get_child (list_item);
  GtkWidget *text = gtk_widget_get_first_child (row);
  GtkWidget *check = gtk_widget_get_next_sibling (text);
  g_autofree char *line = g_strdup_printf ("%'" G_GUINT64_FORMAT, match->line);
  /* Translators: under a donor: "Contact: Jane Doe, 12 Elm St…", then "Same email · line 12" */
  g_autofree char *subtitle = g_strdup_printf (_("Contact: %s\n%s · line %s"),
                                               match->contact, match->reason, line);

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (text)), match->donor);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (text)), subtitle);
  /* The index first: setting the box says "toggled", which records it for this match. */
  g_object_set_data (G_OBJECT (check), "match", GUINT_TO_POINTER (index));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), match->same_person);
}

static void
setup_review_view (HustingsImportAssistant *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection =
    gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->review_items)));

  g_signal_connect (factory, "setup", G_CALLBACK (review_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (review_bind_cb), self);
  gtk_list_view_set_factory (self->review_view, factory);
  gtk_list_view_set_model (self->review_view, GTK_SELECTION_MODEL (selection));
}

static void
build_review_page (HustingsImportAssistant *self)
{
  g_autoptr(GPtrArray) indexes = g_ptr_array_new_with_free_func (g_free);

  adw_preferences_group_set_description (
    self->review_group,
    hustings_import_get_kind (self->import) == HUSTINGS_IMPORT_DISBURSEMENTS
    ? _("Each payee below looks like a contact already in the committee file, but not for "
        "certain. Tick “Same person” to record the payments to that contact; otherwise the "
        "import makes a new contact.")
    : _("Each donor below looks like a contact already in the committee file, but not for "
        "certain. Tick “Same person” to give the gifts to that contact; otherwise the import "
        "makes a new contact."));
  clear_review (self);
  for (guint i = 0; i < self->n_uncertain; i++)
    g_ptr_array_add (indexes, g_strdup_printf ("%u", i));
  g_ptr_array_add (indexes, NULL);
  gtk_string_list_splice (self->review_items, 0, 0, (const char * const *) indexes->pdata);
}

/* Pages 5 and 6: the import, and what it did */

static void
run_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(HustingsImportAssistant) self = user_data;
  g_autoptr(GError) error = NULL;
  const HustingsImportSummary *summary;
  g_autofree char *described = NULL;
  g_autofree char *markup = NULL;

  if (!finish_job (self, source, result, &error))
    {
      if (self->disposed)
        return;

      /* The check still holds: back to it, saying what happened. */
      if (hustings_file_job_is_cancelled (error))
        show_notice (self, _("The import was cancelled. The committee file is as it was."),
                     FALSE);
      else
        show_notice (self, error->message, TRUE);
      gtk_stack_set_visible_child_name (self->stack, "check");
      return;
    }

  /* Imported, even if the assistant has been closed meanwhile: the window's lists follow. */
  hustings_committee_file_reload (self->file);
  if (self->disposed)
    return;

  summary = hustings_import_get_summary (self->import);
  self->batch_id = summary->batch_id;
  described = hustings_import_describe_summary (hustings_import_get_kind (self->import),
                                                summary, TRUE);
  markup = g_markup_escape_text (described, -1);
  adw_status_page_set_title (self->done_status, _("Import Complete"));
  adw_status_page_set_description (self->done_status, markup);
  gtk_stack_set_visible_child_name (self->stack, "done");
}

static void
start_run (HustingsImportAssistant *self)
{
  gtk_stack_set_visible_child_name (self->stack, "importing");
  start_job (self,
             hustings_import_job_run (hustings_committee_file_get_path (self->file),
                                      self->import,
                                      gtk_switch_get_active (self->skip_switch)),
             self->import_progress, run_done_cb);
}

static void
undo_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(HustingsImportAssistant) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!finish_job (self, source, result, &error))
    {
      if (self->disposed)
        return;

      gtk_label_set_text (self->undo_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->undo_error_label), TRUE);
      update_buttons (self);
      return;
    }

  hustings_committee_file_reload (self->file);
  if (self->disposed)
    return;

  self->undone = TRUE;
  adw_status_page_set_icon_name (self->done_status, "edit-undo-symbolic");
  adw_status_page_set_title (self->done_status, _("Import Undone"));
  adw_status_page_set_description (self->done_status,
                                   _("The committee file is as it was before the import."));
  gtk_widget_set_visible (self->undo_button, FALSE);
  update_buttons (self);
}

/* Actions */

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsImportAssistant *self = HUSTINGS_IMPORT_ASSISTANT (widget);

  if (on_page (self, "format") && is_generic (self))
    {
      if (self->mapping_stale)
        build_mapping_page (self);
      gtk_stack_set_visible_child_name (self->stack, "columns");
    }
  else if (on_page (self, "format") || on_page (self, "columns"))
    start_check (self);
  else if (on_page (self, "check") && self->n_uncertain > 0)
    {
      if (g_list_model_get_n_items (G_LIST_MODEL (self->review_items)) == 0)
        build_review_page (self);
      gtk_stack_set_visible_child_name (self->stack, "review");
    }
  else if (on_page (self, "check") || on_page (self, "review"))
    start_run (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  go_back (HUSTINGS_IMPORT_ASSISTANT (widget));
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsImportAssistant *self = HUSTINGS_IMPORT_ASSISTANT (widget);

  g_cancellable_cancel (self->cancellable);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsImportAssistant *self = HUSTINGS_IMPORT_ASSISTANT (widget);

  gtk_widget_set_visible (GTK_WIDGET (self->undo_error_label), FALSE);
  start_job (self,
             hustings_import_job_undo (hustings_committee_file_get_path (self->file),
                                       self->batch_id),
             NULL, undo_done_cb);
}

static gboolean
hustings_import_assistant_close_request (GtkWindow *window)
{
  HustingsImportAssistant *self = HUSTINGS_IMPORT_ASSISTANT (window);

  /* Closing while importing cancels the import, and stays to say it did. */
  if (on_page (self, "importing"))
    {
      g_cancellable_cancel (self->cancellable);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (hustings_import_assistant_parent_class)->close_request (window);
}

static void
hustings_import_assistant_dispose (GObject *object)
{
  HustingsImportAssistant *self = HUSTINGS_IMPORT_ASSISTANT (object);

  /* A job still running keeps what it needs; cancelled, it leaves the file as it was. */
  self->disposed = TRUE;
  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_IMPORT_ASSISTANT);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->job);
  g_clear_pointer (&self->preview_rows, g_ptr_array_unref);
  g_clear_pointer (&self->mapping_rows, g_ptr_array_unref);
  g_clear_object (&self->review_items);

  G_OBJECT_CLASS (hustings_import_assistant_parent_class)->dispose (object);
}

static void
hustings_import_assistant_finalize (GObject *object)
{
  HustingsImportAssistant *self = HUSTINGS_IMPORT_ASSISTANT (object);

  /* Kept until now: a job that ends after the window went still reloads the file. */
  g_clear_object (&self->import);
  g_clear_object (&self->file);
  g_free (self->path);
  g_array_unref (self->field_choices);

  G_OBJECT_CLASS (hustings_import_assistant_parent_class)->finalize (object);
}

static void
hustings_import_assistant_class_init (HustingsImportAssistantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = hustings_import_assistant_dispose;
  object_class->finalize = hustings_import_assistant_finalize;
  window_class->close_request = hustings_import_assistant_close_request;

  g_type_ensure (HUSTINGS_TYPE_REJECTION_LIST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-import-assistant.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, window_title);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, back_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, next_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, stack);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, file_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, open_error_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, open_error_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, layout_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, format_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, format_names);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, delimiter_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, encoding_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, sheet_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, sheet_names);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, preview_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, preview_view);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant,
                                        mapping_error_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant,
                                        mapping_error_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, mapping_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant,
                                        load_mapping_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, mapping_menu);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, check_stack);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, check_progress);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant,
                                        check_error_status);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, notice_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, notice_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, summary_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, uncertain_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, rejections_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, check_rejections);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, skip_switch);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, review_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, review_view);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, import_progress);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, done_status);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, undo_error_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportAssistant, undo_button);
  gtk_widget_class_bind_template_callback (widget_class, page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, options_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, skip_changed_cb);

  gtk_widget_class_install_action (widget_class, "assistant.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "assistant.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "assistant.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "assistant.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "assistant.save-mapping", NULL,
                                   save_mapping_action);
  gtk_widget_class_install_action (widget_class, "assistant.load-mapping", "s",
                                   load_mapping_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hustings_import_assistant_init (HustingsImportAssistant *self)
{
  const HustingsImportFormat * const *formats = hustings_import_formats ();

  self->preview_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->field_choices = g_array_new (FALSE, FALSE, sizeof (HustingsImportField));
  self->mapping_rows = g_ptr_array_new ();
  self->review_items = gtk_string_list_new (NULL);

  /* The template's signal handlers look at these. */
  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  setup_review_view (self);
  for (guint i = 0; formats[i] != NULL; i++)
    gtk_string_list_append (self->format_names, hustings_import_format_get_name (formats[i]));
  self->updating = FALSE;
}

HustingsImportAssistant *
hustings_import_assistant_new (GtkWindow             *parent,
                               HustingsCommitteeFile *file,
                               const char            *path)
{
  HustingsImportAssistant *self;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (HUSTINGS_TYPE_IMPORT_ASSISTANT,
                       "transient-for", parent,
                       NULL);
  self->file = g_object_ref (file);
  self->path = g_strdup (path);

  base = g_path_get_basename (path);
  name = g_filename_display_name (base);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->file_row), name);
  adw_window_title_set_title (self->window_title, name);

  read_layout (self);
  open_import (self, NULL);
  page_changed_cb (self);

  return self;
}
