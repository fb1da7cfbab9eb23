/* hustings-timeline.c: a contact's history, newest first, in one query.
 *
 * The query is a UNION ALL of the contact's interactions, donations, shift signups and event
 * invitations, each read through its contact index, and sorted by SQLite. The model keeps the
 * raw rows (text in one string chunk) and builds an item, with its title and detail in words,
 * only when get_item() asks for it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-timeline"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hustings-committee-file-private.h"
#include "hustings-dates.h"
#include "hustings-donation.h"
#include "hustings-interaction-private.h"
#include "hustings-money.h"
#include "hustings-timeline.h"

/* ---- The item ---- */

struct _HustingsTimelineItem
{
  GObject               parent_instance;

  HustingsTimelineKind  kind;
  gint64                id;
  gint64                event_id;
  char                 *date;
  char                 *time;
  char                 *title;
  char                 *detail;
  gboolean              has_amount;
  gint64                amount;
};

G_DEFINE_FINAL_TYPE (HustingsTimelineItem, hustings_timeline_item, G_TYPE_OBJECT)

enum {
  ITEM_PROP_0,
  ITEM_PROP_KIND,
  ITEM_PROP_ID,
  ITEM_PROP_EVENT_ID,
  ITEM_PROP_DATE,
  ITEM_PROP_TIME,
  ITEM_PROP_WHEN_TEXT,
  ITEM_PROP_TITLE,
  ITEM_PROP_DETAIL,
  ITEM_PROP_HAS_AMOUNT,
  ITEM_PROP_AMOUNT,
  ITEM_PROP_AMOUNT_TEXT,
  ITEM_N_PROPS
};

static GParamSpec *item_properties[ITEM_N_PROPS];

static void
hustings_timeline_item_finalize (GObject *object)
{
  HustingsTimelineItem *self = (HustingsTimelineItem *) object;

  g_free (self->date);
  g_free (self->time);
  g_free (self->title);
  g_free (self->detail);

  G_OBJECT_CLASS (hustings_timeline_item_parent_class)->finalize (object);
}

static void
hustings_timeline_item_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  HustingsTimelineItem *self = HUSTINGS_TIMELINE_ITEM (object);

  switch (prop_id)
    {
    case ITEM_PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case ITEM_PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case ITEM_PROP_EVENT_ID:
      g_value_set_int64 (value, self->event_id);
      break;
    case ITEM_PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case ITEM_PROP_TIME:
      g_value_set_string (value, self->time);
      break;
    case ITEM_PROP_WHEN_TEXT:
      g_value_take_string (value, hustings_format_date_time (self->date, self->time));
      break;
    case ITEM_PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case ITEM_PROP_DETAIL:
      g_value_set_string (value, self->detail);
      break;
    case ITEM_PROP_HAS_AMOUNT:
      g_value_set_boolean (value, self->has_amount);
      break;
    case ITEM_PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;
    case ITEM_PROP_AMOUNT_TEXT:
      g_value_take_string (value, self->has_amount ? hustings_money_format (self->amount)
                                                   : g_strdup (""));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_timeline_item_class_init (HustingsTimelineItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  static const struct { guint prop; const char *name; } strings[] = {
    { ITEM_PROP_DATE, "date" }, { ITEM_PROP_TIME, "time" }, { ITEM_PROP_WHEN_TEXT, "when-text" },
    { ITEM_PROP_TITLE, "title" }, { ITEM_PROP_DETAIL, "detail" },
    { ITEM_PROP_AMOUNT_TEXT, "amount-text" },
  };

  object_class->finalize = hustings_timeline_item_finalize;
  object_class->get_property = hustings_timeline_item_get_property;

  item_properties[ITEM_PROP_KIND] = g_param_spec_int ("kind", NULL, NULL,
                                                      HUSTINGS_TIMELINE_INTERACTION,
                                                      HUSTINGS_TIMELINE_EVENT,
                                                      HUSTINGS_TIMELINE_INTERACTION, flags);
  item_properties[ITEM_PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  item_properties[ITEM_PROP_EVENT_ID] = g_param_spec_int64 ("event-id", NULL, NULL,
                                                            0, G_MAXINT64, 0, flags);
  item_properties[ITEM_PROP_HAS_AMOUNT] = g_param_spec_boolean ("has-amount", NULL, NULL, FALSE,
                                                                flags);
  item_properties[ITEM_PROP_AMOUNT] = g_param_spec_int64 ("amount", NULL, NULL,
                                                          G_MININT64, G_MAXINT64, 0, flags);
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    item_properties[strings[i].prop] = g_param_spec_string (strings[i].name, NULL, NULL, NULL,
                                                            flags);
  g_object_class_install_properties (object_class, ITEM_N_PROPS, item_properties);
}

static void
hustings_timeline_item_init (HustingsTimelineItem *self)
{
}

HustingsTimelineKind
hustings_timeline_item_get_kind (HustingsTimelineItem *self)
{
  return self->kind;
}

gint64
hustings_timeline_item_get_id (HustingsTimelineItem *self)
{
  return self->id;
}

gint64
hustings_timeline_item_get_event_id (HustingsTimelineItem *self)
{
  return self->event_id;
}

const char *
hustings_timeline_item_get_date (HustingsTimelineItem *self)
{
  return self->date;
}

const char *
hustings_timeline_item_get_time (HustingsTimelineItem *self)
{
  return self->time;
}

const char *
hustings_timeline_item_get_title (HustingsTimelineItem *self)
{
  return self->title;
}

const char *
hustings_timeline_item_get_detail (HustingsTimelineItem *self)
{
  return self->detail;
}

gboolean
hustings_timeline_item_has_amount (HustingsTimelineItem *self)
{
  return self->has_amount;
}

gint64
hustings_timeline_item_get_amount (HustingsTimelineItem *self)
{
  return self->amount;
}

/* ---- The rows ---- */

/* What the query's first column says a row is. */
enum {
  SOURCE_INTERACTION,
  SOURCE_DONATION,
  SOURCE_SHIFT,
  SOURCE_EVENT,
};

#define N_TEXTS 7

/* One row as the query gives it; the text lives in the timeline's string chunk.
 * interaction: text = kind, outcome, notes.
 * donation: number = refund_of (0 none); text = method, check number, memo, event name,
 *   adjustment, receipt line, the refunded gift's date.
 * shift: number = minutes worked (-1 not logged); text = event name, role, end time,
 *   checked_in_at, place.
 * event: number = guests; text = event name, rsvp, checked_in_at, place. */
typedef struct {
  int         source;
  gint64      id;
  gint64      event_id;
  gint64      amount;
  gint64      number;
  const char *date;
  const char *time;
  const char *text[N_TEXTS];
} Row;

static const char timeline_sql[] =
  "SELECT 0, i.id, " HUSTINGS_SQL_LOCAL_DATE ("i.occurred_at") ", "
  HUSTINGS_SQL_LOCAL_TIME ("i.occurred_at") ", 0, 0, 0,"
  " i.kind, i.outcome, i.notes, NULL, NULL, NULL, NULL"
  " FROM interaction i WHERE i.contact_id = ?1"
  " UNION ALL"
  " SELECT 1, d.id, d.date_received, '', coalesce(d.event_id, 0), d.amount_cents,"
  " coalesce(d.refund_of, 0), d.method, d.check_number, d.memo, e.name, d.adjustment,"
  " d.receipt_line, o.date_received"
  " FROM donation d LEFT JOIN event e ON e.id = d.event_id"
  " LEFT JOIN donation o ON o.id = d.refund_of"
  " WHERE d.contact_id = ?1"
  " UNION ALL"
  " SELECT 2, s.id, e.date, s.starts, e.id, 0, coalesce(ss.minutes, -1), e.name, s.role,"
  " s.ends, ss.checked_in_at, e.place, NULL, NULL"
  " FROM shift_signup ss JOIN shift s ON s.id = ss.shift_id JOIN event e ON e.id = s.event_id"
  " WHERE ss.contact_id = ?1"
  " UNION ALL"
  " SELECT 3, e.id, e.date, e.starts, e.id, 0, g.guests, e.name, g.rsvp, g.checked_in_at,"
  " e.place, NULL, NULL, NULL"
  " FROM event_guest g JOIN event e ON e.id = g.event_id"
  " WHERE g.contact_id = ?1"
  " ORDER BY 3 DESC, 4 DESC, 1, 2 DESC";

static gboolean
row_equal (const Row *a,
           const Row *b)
{
  if (a->source != b->source || a->id != b->id || a->event_id != b->event_id ||
      a->amount != b->amount || a->number != b->number ||
      g_strcmp0 (a->date, b->date) != 0 || g_strcmp0 (a->time, b->time) != 0)
    return FALSE;
  for (guint i = 0; i < N_TEXTS; i++)
    if (g_strcmp0 (a->text[i], b->text[i]) != 0)
      return FALSE;
  return TRUE;
}

/* "2 h 30 min", "2 h", "45 min". */
static char *
format_minutes (gint64 minutes)
{
  if (minutes < 60)
    return g_strdup_printf (_("%d min"), (int) minutes);
  if (minutes % 60 == 0)
    return g_strdup_printf (_("%d h"), (int) (minutes / 60));
  return g_strdup_printf (_("%d h %d min"), (int) (minutes / 60), (int) (minutes % 60));
}

/* Adds part to the " · "-separated detail when it is not empty. */
static void
add_part (GString    *detail,
          const char *part)
{
  if (part == NULL || *part == '\0')
    return;
  if (detail->len > 0)
    g_string_append (detail, " · ");
  g_string_append (detail, part);
}

static void
describe_interaction (const Row            *row,
                      HustingsTimelineItem *item,
                      GString              *detail)
{
  HustingsInteractionKind kind = HUSTINGS_INTERACTION_OTHER;
  const char *label;

  hustings_interaction_kind_from_string (row->text[0], &kind);
  label = hustings_interaction_kind_describe (kind);
  item->kind = HUSTINGS_TIMELINE_INTERACTION;
  /* Translators: an interaction and its outcome: "Call: left a message". */
  item->title = *row->text[1] ? g_strdup_printf (_("%s: %s"), label, row->text[1])
                              : g_strdup (label);
  add_part (detail, row->text[2]);
}

static void
describe_donation (const Row               *row,
                   const HustingsCommittee *committee,
                   HustingsTimelineItem    *item,
                   GString                 *detail)
{
  HustingsMethod method = HUSTINGS_METHOD_CHECK;
  const char *receipt_line = row->text[5];
  g_autofree char *paid = NULL;

  item->kind = row->number != 0 ? HUSTINGS_TIMELINE_REFUND : HUSTINGS_TIMELINE_DONATION;
  item->has_amount = TRUE;
  item->amount = row->amount;

  if (row->number != 0)
    {
      g_autofree char *refunded = hustings_date_format (row->text[6]);
      g_autofree char *of = g_strdup_printf (_("For the gift of %s"), refunded);

      item->title = g_strdup (_("Refund"));
      add_part (detail, of);
    }
  else if (g_str_equal (row->text[4], "redesignation"))
    item->title = g_strdup (_("Redesignation"));
  else if (g_str_equal (row->text[4], "reattribution"))
    item->title = g_strdup (_("Reattribution"));
  else if (*receipt_line != '\0' && !g_str_has_prefix (receipt_line, "SA11"))
    {
      const char *label = hustings_receipt_line_describe (hustings_committee_form (committee),
                                                          receipt_line);

      item->title = g_strdup (label ? label : _("Receipt"));
    }
  else
    item->title = g_strdup (_("Donation"));

  hustings_method_from_string (row->text[0], &method);
  /* Translators: a payment method and a check number: "Check 1042". */
  paid = *row->text[1] ? g_strdup_printf (_("%s %s"), hustings_method_describe (method),
                                          row->text[1])
                       : g_strdup (hustings_method_describe (method));
  add_part (detail, paid);
  add_part (detail, row->text[3]);
  add_part (detail, row->text[2]);
}

static void
describe_shift (const Row            *row,
                HustingsTimelineItem *item,
                GString              *detail)
{
  g_autofree char *starts = hustings_time_of_day_format (row->time);
  g_autofree char *ends = hustings_time_of_day_format (row->text[2]);
  /* Translators: a shift's times: "6:00 PM – 8:00 PM". */
  g_autofree char *times = g_strdup_printf (_("%s – %s"), starts, ends);

  item->kind = HUSTINGS_TIMELINE_SHIFT;
  item->title = g_strdup_printf (_("Shift at %s"), row->text[0]);
  if (*row->text[1] != '\0')
    /* Translators: a shift's role and times: "Caller, 6:00 PM – 8:00 PM". */
    g_string_printf (detail, _("%s, %s"), row->text[1], times);
  else
    g_string_assign (detail, times);
  if (row->number >= 0)
    {
      g_autofree char *worked = format_minutes (row->number);
      /* Translators: "worked 2 h 30 min". */
      g_autofree char *part = g_strdup_printf (_("worked %s"), worked);

      add_part (detail, part);
    }
  else if (*row->text[3] != '\0')
    add_part (detail, _("checked in"));
  else
    add_part (detail, _("signed up"));
  add_part (detail, row->text[4]);
}

static void
describe_event (const Row            *row,
                HustingsTimelineItem *item,
                GString              *detail)
{
  const char *rsvp = row->text[1];
  g_autofree char *answer = NULL;

  item->kind = HUSTINGS_TIMELINE_EVENT;
  item->title = g_strdup (row->text[0]);
  if (g_str_equal (rsvp, "yes") && row->number > 0)
    answer = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "RSVP yes, %d guest",
                                           "RSVP yes, %d guests", row->number),
                              (int) row->number);
  else if (g_str_equal (rsvp, "yes"))
    answer = g_strdup (_("RSVP yes"));
  else if (g_str_equal (rsvp, "no"))
    answer = g_strdup (_("RSVP no"));
  else if (g_str_equal (rsvp, "maybe"))
    answer = g_strdup (_("RSVP maybe"));
  else
    answer = g_strdup (_("Invited"));
  add_part (detail, answer);
  if (*row->text[2] != '\0')
    add_part (detail, _("attended"));
  add_part (detail, row->text[3]);
}

/* ---- The model ---- */

struct _HustingsTimeline
{
  GObject                parent_instance;

  HustingsCommitteeFile *file;
  gint64                 contact_id;
  GArray                *rows;   /* Row */
  GStringChunk          *text;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HustingsTimeline, hustings_timeline, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static const char *
chunk_text (GStringChunk *chunk,
            sqlite3_stmt *stmt,
            int           column)
{
  return g_string_chunk_insert_const (chunk, hustings_column_text (stmt, column));
}

/* Reads the contact's rows again; emits items-changed when they differ from those shown. */
static void
reload (HustingsTimeline *self)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  GStringChunk *text = g_string_chunk_new (4096);
  sqlite3_stmt *stmt = NULL;
  guint removed = self->rows->len;
  gboolean same;

  if (self->contact_id != 0)
    stmt = hustings_committee_file_prepare (self->file, timeline_sql, NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, self->contact_id);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          Row row = {
            .source = sqlite3_column_int (stmt, 0),
            .id = sqlite3_column_int64 (stmt, 1),
            .date = chunk_text (text, stmt, 2),
            .time = chunk_text (text, stmt, 3),
            .event_id = sqlite3_column_int64 (stmt, 4),
            .amount = sqlite3_column_int64 (stmt, 5),
            .number = sqlite3_column_int64 (stmt, 6),
          };

          for (int i = 0; i < N_TEXTS; i++)
            row.text[i] = chunk_text (text, stmt, 7 + i);
          g_array_append_val (rows, row);
        }
      sqlite3_reset (stmt);
    }

  same = rows->len == self->rows->len;
  for (guint i = 0; same && i < rows->len; i++)
    same = row_equal (&g_array_index (rows, Row, i), &g_array_index (self->rows, Row, i));
  if (same)
    {
      g_string_chunk_free (text);
      return;
    }
  g_array_unref (self->rows);
  self->rows = g_steal_pointer (&rows);
  g_string_chunk_free (self->text);
  self->text = text;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->rows->len);
}

static GType
get_item_type (GListModel *model)
{
  return HUSTINGS_TYPE_TIMELINE_ITEM;
}

static guint
get_n_items (GListModel *model)
{
  return HUSTINGS_TIMELINE (model)->rows->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  HustingsTimeline *self = HUSTINGS_TIMELINE (model);
  g_autoptr(GString) detail = g_string_new (NULL);
  HustingsTimelineItem *item;
  const Row *row;

  if (position >= self->rows->len)
    return NULL;
  row = &g_array_index (self->rows, Row, position);
  item = g_object_new (HUSTINGS_TYPE_TIMELINE_ITEM, NULL);
  item->id = row->id;
  item->event_id = row->event_id;
  item->date = g_strdup (row->date);
  item->time = g_strdup (row->time);
  switch (row->source)
    {
    case SOURCE_INTERACTION:
      describe_interaction (row, item, detail);
      break;
    case SOURCE_DONATION:
      describe_donation (row, hustings_committee_file_peek_committee (self->file), item,
                         detail);
      break;
    case SOURCE_SHIFT:
      describe_shift (row, item, detail);
      break;
    default:
      describe_event (row, item, detail);
      break;
    }
  item->detail = g_string_free (g_steal_pointer (&detail), FALSE);
  return item;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
hustings_timeline_finalize (GObject *object)
{
  HustingsTimeline *self = (HustingsTimeline *) object;

  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->text, g_string_chunk_free);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (hustings_timeline_parent_class)->finalize (object);
}

static void
hustings_timeline_class_init (HustingsTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hustings_timeline_finalize;
}

static void
hustings_timeline_init (HustingsTimeline *self)
{
  self->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  self->text = g_string_chunk_new (64);
}

HustingsTimeline *
hustings_timeline_new (HustingsCommitteeFile *file,
                       gint64                 contact_id)
{
  static const char * const signals[] = {
    "contacts-changed", "donations-changed", "events-changed", "outreach-changed",
  };
  HustingsTimeline *self;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  self = g_object_new (HUSTINGS_TYPE_TIMELINE, NULL);
  self->file = g_object_ref (file);
  self->contact_id = contact_id;
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    g_signal_connect_object (file, signals[i], G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  reload (self);
  return self;
}

gint64
hustings_timeline_get_contact_id (HustingsTimeline *self)
{
  g_return_val_if_fail (HUSTINGS_IS_TIMELINE (self), 0);
  return self->contact_id;
}

void
hustings_timeline_set_contact_id (HustingsTimeline *self,
                                  gint64            contact_id)
{
  g_return_if_fail (HUSTINGS_IS_TIMELINE (self));

  if (self->contact_id == contact_id)
    return;
  self->contact_id = contact_id;
  reload (self);
}
