/* hustings-compliance-row-list.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-compliance-row-list"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-compliance-row-list.h"

/* One row -------------------------------------------------------------------------------------- */

struct _HustingsComplianceRow
{
  GObject                parent_instance;

  HustingsReportRowKind  kind;
  gint64                 id;
  char                  *date_text;
  char                  *name;
  char                  *amount_text;
  gboolean               itemized;
  char                  *memo;
};

G_DEFINE_FINAL_TYPE (HustingsComplianceRow, hustings_compliance_row, G_TYPE_OBJECT)

enum {
  ROW_PROP_0,
  ROW_PROP_DATE_TEXT,
  ROW_PROP_NAME,
  ROW_PROP_AMOUNT_TEXT,
  ROW_PROP_ITEMIZED_TEXT,
  ROW_PROP_MEMO,
  ROW_N_PROPS
};

static GParamSpec *row_properties[ROW_N_PROPS];

static void
hustings_compliance_row_finalize (GObject *object)
{
  HustingsComplianceRow *self = HUSTINGS_COMPLIANCE_ROW (object);

  g_free (self->date_text);
  g_free (self->name);
  g_free (self->amount_text);
  g_free (self->memo);

  G_OBJECT_CLASS (hustings_compliance_row_parent_class)->finalize (object);
}

static void
hustings_compliance_row_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  HustingsComplianceRow *self = HUSTINGS_COMPLIANCE_ROW (object);

  switch (prop_id)
    {
    case ROW_PROP_DATE_TEXT:
      g_value_set_string (value, self->date_text);
      break;

    case ROW_PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case ROW_PROP_AMOUNT_TEXT:
      g_value_set_string (value, self->amount_text);
      break;

    case ROW_PROP_ITEMIZED_TEXT:
      g_value_set_string (value, self->itemized ? _("Itemized") : "");
      break;

    case ROW_PROP_MEMO:
      g_value_set_string (value, self->memo);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_compliance_row_class_init (HustingsComplianceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char * const names[ROW_N_PROPS] = {
    NULL, "date-text", "name", "amount-text", "itemized-text", "memo",
  };

  object_class->finalize = hustings_compliance_row_finalize;
  object_class->get_property = hustings_compliance_row_get_property;

  for (guint i = 1; i < ROW_N_PROPS; i++)
    row_properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, ROW_N_PROPS, row_properties);
}

static void
hustings_compliance_row_init (HustingsComplianceRow *self)
{
}

HustingsReportRowKind
hustings_compliance_row_get_kind (HustingsComplianceRow *self)
{
  g_return_val_if_fail (HUSTINGS_IS_COMPLIANCE_ROW (self), HUSTINGS_REPORT_ROW_NONE);

  return self->kind;
}

gint64
hustings_compliance_row_get_id (HustingsComplianceRow *self)
{
  g_return_val_if_fail (HUSTINGS_IS_COMPLIANCE_ROW (self), 0);

  return self->id;
}

/* The list ------------------------------------------------------------------------------------- */

struct _HustingsComplianceRowList
{
  GObject                parent_instance;

  HustingsCommitteeFile *file;
  GArray                *rows;      /* HustingsReportRow */
  GHashTable            *itemized;  /* row keys, or NULL */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HustingsComplianceRowList, hustings_compliance_row_list,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
row_list_get_item_type (GListModel *model)
{
  return HUSTINGS_TYPE_COMPLIANCE_ROW;
}

static guint
row_list_get_n_items (GListModel *model)
{
  return HUSTINGS_COMPLIANCE_ROW_LIST (model)->rows->len;
}

/* "Printing of yard signs · Invoice 1042" */
static char *
join_texts (const char *first,
            const char *second)
{
  if (first == NULL || *first == '\0')
    return g_strdup (second ? second : "");
  if (second == NULL || *second == '\0')
    return g_strdup (first);
  /* Translators: a disbursement's purpose and its memo */
  return g_strdup_printf (_("%s · %s"), first, second);
}

static gpointer
row_list_get_item (GListModel *model,
                   guint       position)
{
  HustingsComplianceRowList *self = HUSTINGS_COMPLIANCE_ROW_LIST (model);
  const HustingsReportRow *row;
  HustingsComplianceRow *item;

  if (position >= self->rows->len)
    return NULL;

  row = &g_array_index (self->rows, HustingsReportRow, position);
  item = g_object_new (HUSTINGS_TYPE_COMPLIANCE_ROW, NULL);
  item->kind = row->kind;
  item->id = row->id;
  if (self->itemized != NULL)
    {
      g_autofree gint64 *key = hustings_compliance_row_key (row->kind, row->id);

      item->itemized = g_hash_table_contains (self->itemized, key);
    }

  /* A row deleted since the list was made stays, empty, until the list is made again. */
  if (row->kind == HUSTINGS_REPORT_ROW_DONATION)
    {
      g_autoptr(HustingsDonation) donation = hustings_donation_store_get (self->file, row->id,
                                                                          NULL);

      if (donation != NULL)
        g_object_get (donation,
                      "date-text", &item->date_text,
                      "contact-name", &item->name,
                      "amount-text", &item->amount_text,
                      "memo", &item->memo,
                      NULL);
    }
  else if (row->kind == HUSTINGS_REPORT_ROW_DISBURSEMENT)
    {
      g_autoptr(HustingsDisbursement) disbursement =
        hustings_disbursement_store_get (self->file, row->id, NULL);

      if (disbursement != NULL)
        {
          g_object_get (disbursement,
                        "date-text", &item->date_text,
                        "payee-name", &item->name,
                        "amount-text", &item->amount_text,
                        NULL);
          item->memo = join_texts (hustings_disbursement_get_purpose (disbursement),
                                   hustings_disbursement_get_memo (disbursement));
        }
    }

  return item;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = row_list_get_item_type;
  iface->get_n_items = row_list_get_n_items;
  iface->get_item = row_list_get_item;
}

static void
hustings_compliance_row_list_finalize (GObject *object)
{
  HustingsComplianceRowList *self = HUSTINGS_COMPLIANCE_ROW_LIST (object);

  g_object_unref (self->file);
  g_array_unref (self->rows);
  g_clear_pointer (&self->itemized, g_hash_table_unref);

  G_OBJECT_CLASS (hustings_compliance_row_list_parent_class)->finalize (object);
}

static void
hustings_compliance_row_list_class_init (HustingsComplianceRowListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hustings_compliance_row_list_finalize;
}

static void
hustings_compliance_row_list_init (HustingsComplianceRowList *self)
{
}

HustingsComplianceRowList *
hustings_compliance_row_list_new (HustingsCommitteeFile *file,
                                  GArray                *rows)
{
  HustingsComplianceRowList *self;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);
  g_return_val_if_fail (rows != NULL, NULL);

  self = g_object_new (HUSTINGS_TYPE_COMPLIANCE_ROW_LIST, NULL);
  self->file = g_object_ref (file);
  self->rows = g_array_ref (rows);
  return self;
}

void
hustings_compliance_row_list_set_itemized (HustingsComplianceRowList *self,
                                           GHashTable                *itemized)
{
  g_return_if_fail (HUSTINGS_IS_COMPLIANCE_ROW_LIST (self));

  g_clear_pointer (&self->itemized, g_hash_table_unref);
  self->itemized = itemized ? g_hash_table_ref (itemized) : NULL;
  if (self->rows->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, self->rows->len, self->rows->len);
}

gint64 *
hustings_compliance_row_key (HustingsReportRowKind kind,
                             gint64                id)
{
  gint64 key = id * 2 + (kind == HUSTINGS_REPORT_ROW_DISBURSEMENT);

  return g_memdup2 (&key, sizeof key);
}
