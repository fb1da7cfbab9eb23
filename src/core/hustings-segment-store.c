/* hustings-segment-store.c: segments in a committee file. All segment SQL lives here.
 *
 * A segment's rules compile into one WHERE clause over contact c, each value a bound
 * parameter. A rule about something other than the contact row is "c.id IN (SELECT contact_id
 * …)": SQLite runs the subquery once into a temporary index, reading it from the index that
 * fits (contact_total_period for totals, contact_tag_tag, volunteer_skill_skill, the events'
 * primary keys), and either walks those ids or checks each contact against them. Members are
 * put in name order by walking the sort_name index, which holds the ids, and keeping the
 * members: asking SQLite to sort would make it read each member's row for its name, a
 * second for 200,000 members.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-segment-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hustings-committee-file-private.h"
#include "hustings-dates.h"
#include "hustings-error.h"
#include "hustings-segment-private.h"
#include "hustings-segment-store.h"

/* ---- Compiling rules to SQL ---- */

/* A parameter: text, or a number when text is NULL. */
typedef struct {
  char   *text;
  gint64  number;
} Param;

typedef struct {
  GString *sql;
  GArray  *params;
  int      active_cycle;
} Query;

static void
param_clear (gpointer data)
{
  g_free (((Param *) data)->text);
}

static void
add_text (Query *q, const char *text)
{
  Param param = { g_strdup (text), 0 };

  g_string_append_c (q->sql, '?');
  g_array_append_val (q->params, param);
}

static void
add_number (Query *q, gint64 number)
{
  Param param = { NULL, number };

  g_string_append_c (q->sql, '?');
  g_array_append_val (q->params, param);
}

/* "(?, ?, ?)" for the values. */
static void
add_list (Query *q, char **values)
{
  g_string_append_c (q->sql, '(');
  for (guint i = 0; values[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (q->sql, ", ");
      add_text (q, values[i]);
    }
  g_string_append_c (q->sql, ')');
}

/* Contacts whose total in the rule's cycle is in its range. Who gave nothing has no row and a
 * total of 0: when 0 is in the range, the members are those without a row outside it. */
static void
compile_total (Query *q, const HustingsSegmentRule *rule)
{
  g_autofree char *period = g_strdup_printf ("C:%d", rule->cycle ? rule->cycle
                                                                 : q->active_cycle);
  gboolean low = rule->op != HUSTINGS_SEGMENT_OP_AT_MOST;
  gboolean high = rule->op != HUSTINGS_SEGMENT_OP_AT_LEAST;
  gint64 low_cents = low ? rule->amount : 0;
  gint64 high_cents = rule->op == HUSTINGS_SEGMENT_OP_BETWEEN ? rule->amount_to : rule->amount;

  if (low_cents <= 0)
    {
      g_string_append (q->sql, "c.id NOT IN (SELECT contact_id FROM contact_total"
                               " WHERE period = ");
      add_text (q, period);
      g_string_append (q->sql, " AND (total_cents < ");
      add_number (q, low_cents);
      if (high)
        {
          g_string_append (q->sql, " OR total_cents > ");
          add_number (q, high_cents);
        }
      g_string_append (q->sql, "))");
      return;
    }
  g_string_append (q->sql, "c.id IN (SELECT contact_id FROM contact_total WHERE period = ");
  add_text (q, period);
  g_string_append (q->sql, " AND total_cents >= ");
  add_number (q, low_cents);
  if (high)
    {
      g_string_append (q->sql, " AND total_cents <= ");
      add_number (q, high_cents);
    }
  g_string_append_c (q->sql, ')');
}

/* column compared with the rule's dates: never NULL, so that NOT turns it around. */
static void
compile_dates (Query *q, const HustingsSegmentRule *rule, const char *column)
{
  g_string_append_printf (q->sql, "%s IS NOT NULL AND %s ", column, column);
  switch (rule->op)
    {
    case HUSTINGS_SEGMENT_OP_BEFORE:
      g_string_append (q->sql, "< ");
      add_text (q, rule->date);
      break;
    case HUSTINGS_SEGMENT_OP_AFTER:
      g_string_append (q->sql, "> ");
      add_text (q, rule->date);
      break;
    default:
      g_string_append (q->sql, "BETWEEN ");
      add_text (q, rule->date);
      g_string_append (q->sql, " AND ");
      add_text (q, rule->date_to);
      break;
    }
}

static void
compile_rule (Query *q, const HustingsSegmentRule *rule)
{
  switch (rule->kind)
    {
    case HUSTINGS_SEGMENT_STATE:
      g_string_append (q->sql, "c.state IN ");
      add_list (q, rule->values);
      break;
    case HUSTINGS_SEGMENT_ZIP:
      for (guint i = 0; rule->values[i] != NULL; i++)
        {
          /* The prefixes are digits, which GLOB takes literally. */
          g_autofree char *pattern = g_strconcat (rule->values[i], "*", NULL);

          g_string_append (q->sql, i > 0 ? " OR c.zip GLOB " : "c.zip GLOB ");
          add_text (q, pattern);
        }
      break;
    case HUSTINGS_SEGMENT_CITY:
      g_string_append (q->sql, "c.city COLLATE NOCASE IN ");
      add_list (q, rule->values);
      break;
    case HUSTINGS_SEGMENT_DISTRICT:
      g_string_append (q->sql, "c.district IN ");
      add_list (q, rule->values);
      break;
    case HUSTINGS_SEGMENT_TAG:
      g_string_append (q->sql, "c.id IN (SELECT ct.contact_id FROM tag t"
                               " JOIN contact_tag ct ON ct.tag_id = t.id WHERE t.name IN ");
      add_list (q, rule->values);
      g_string_append_c (q->sql, ')');
      break;
    case HUSTINGS_SEGMENT_ENTITY_TYPE:
      g_string_append (q->sql, "c.entity_type IN ");
      add_list (q, rule->values);
      break;
    case HUSTINGS_SEGMENT_TOTAL:
      compile_total (q, rule);
      break;
    case HUSTINGS_SEGMENT_LAST_GIFT:
      if (rule->op == HUSTINGS_SEGMENT_OP_NEVER)
        g_string_append (q->sql, "c.last_gift_date IS NULL");
      else
        compile_dates (q, rule, "c.last_gift_date");
      break;
    case HUSTINGS_SEGMENT_GAVE:
      /* Any receipt in the range, read from the index that holds the contact and the date
       * without visiting a row, less those whose receipts there are all refunds (rare, and
       * found through the date index, which holds the amount). */
      g_string_append (q->sql, "c.id IN (SELECT contact_id FROM donation"
                               " INDEXED BY donation_contact WHERE ");
      compile_dates (q, rule, "date_received");
      g_string_append (q->sql, ") AND c.id NOT IN (SELECT r.contact_id FROM donation r"
                               " WHERE r.amount_cents < 0 AND ");
      compile_dates (q, rule, "r.date_received");
      g_string_append (q->sql, " AND NOT EXISTS (SELECT 1 FROM donation g"
                               " WHERE g.contact_id = r.contact_id AND g.amount_cents > 0 AND ");
      compile_dates (q, rule, "g.date_received");
      g_string_append (q->sql, "))");
      break;
    case HUSTINGS_SEGMENT_VOLUNTEER:
      g_string_append (q->sql, "c.id IN (SELECT contact_id FROM volunteer");
      if (rule->values != NULL)
        {
          g_string_append (q->sql, " WHERE status IN ");
          add_list (q, rule->values);
        }
      g_string_append_c (q->sql, ')');
      break;
    case HUSTINGS_SEGMENT_SKILL:
      g_string_append (q->sql, "c.id IN (SELECT contact_id FROM volunteer_skill WHERE skill IN ");
      add_list (q, rule->values);
      g_string_append_c (q->sql, ')');
      break;
    case HUSTINGS_SEGMENT_ATTENDED:
      /* Checked in at the door, or for a shift. */
      g_string_append (q->sql, "c.id IN (SELECT contact_id FROM event_guest"
                               " WHERE checked_in_at IS NOT NULL");
      if (rule->event_id != 0)
        {
          g_string_append (q->sql, " AND event_id = ");
          add_number (q, rule->event_id);
        }
      g_string_append (q->sql, " UNION ALL SELECT ss.contact_id FROM shift_signup ss"
                               " JOIN shift s ON s.id = ss.shift_id"
                               " WHERE ss.checked_in_at IS NOT NULL");
      if (rule->event_id != 0)
        {
          g_string_append (q->sql, " AND s.event_id = ");
          add_number (q, rule->event_id);
        }
      g_string_append_c (q->sql, ')');
      break;
    case HUSTINGS_SEGMENT_RSVP_YES:
      g_string_append (q->sql, "c.id IN (SELECT contact_id FROM event_guest WHERE event_id = ");
      add_number (q, rule->event_id);
      g_string_append (q->sql, " AND rsvp = 'yes')");
      break;
    case HUSTINGS_SEGMENT_NO_EMPLOYER:
      g_string_append (q->sql, "c.entity_type IN ('IND', 'CAN')"
                               " AND (c.employer = '' OR c.occupation = '')");
      break;
    case HUSTINGS_SEGMENT_HAS_EMAIL:
      g_string_append (q->sql, "c.id IN (SELECT contact_id FROM contact_email)");
      break;
    case HUSTINGS_SEGMENT_HAS_ADDRESS:
      g_string_append (q->sql, "c.street1 <> '' AND c.city <> ''"
                               " AND ((c.state <> '' AND c.zip <> '') OR c.country <> '')");
      break;
    case HUSTINGS_SEGMENT_EMAIL_OK:
    case HUSTINGS_SEGMENT_N_KINDS:
    default:
      g_string_append (q->sql, "c.email_opt_out_at IS NULL");
      break;
    }
}

/* Prepares "SELECT what FROM contact c WHERE <rules> tail" with its parameters bound; NULL
 * with error set when the rules do not validate or SQLite fails. The caller finalizes it. */
static sqlite3_stmt *
compile (HustingsCommitteeFile  *file,
         const HustingsSegment  *segment,
         const char             *what,
         const char             *tail,
         GError                **error)
{
  g_autoptr(GString) sql = NULL;
  g_autoptr(GArray) params = NULL;
  sqlite3_stmt *stmt = NULL;
  const char *join;
  Query q;

  g_return_val_if_fail (segment != NULL, NULL);

  if (!hustings_segment_validate (segment, error))
    return NULL;

  sql = g_string_new (NULL);
  params = g_array_new (FALSE, FALSE, sizeof (Param));
  g_array_set_clear_func (params, param_clear);
  q.sql = sql;
  q.params = params;
  q.active_cycle = hustings_committee_active_cycle (hustings_committee_file_peek_committee (file));
  join = segment->match == HUSTINGS_SEGMENT_MATCH_ANY ? " OR " : " AND ";
  g_string_append_printf (sql, "SELECT %s FROM contact c WHERE ", what);
  if (segment->rules->len == 0)
    g_string_append (sql, "1");
  for (guint i = 0; i < segment->rules->len; i++)
    {
      const HustingsSegmentRule *rule = &g_array_index (segment->rules, HustingsSegmentRule, i);

      if (i > 0)
        g_string_append (sql, join);
      g_string_append (sql, rule->negate ? "NOT (" : "(");
      compile_rule (&q, rule);
      g_string_append_c (sql, ')');
    }
  g_string_append (sql, tail);

  if (sqlite3_prepare_v2 (hustings_committee_file_get_db (file), sql->str, -1, &stmt,
                          NULL) != SQLITE_OK)
    {
      hustings_committee_file_set_sql_error (file, error);
      return NULL;
    }
  for (guint i = 0; i < params->len; i++)
    {
      Param *param = &g_array_index (params, Param, i);

      if (param->text != NULL)
        hustings_bind_text (stmt, i + 1, param->text);
      else
        sqlite3_bind_int64 (stmt, i + 1, param->number);
    }
  return stmt;
}

gboolean
hustings_segment_store_count (HustingsCommitteeFile  *file,
                              const HustingsSegment  *segment,
                              gint64                 *out_count,
                              GError                **error)
{
  sqlite3_stmt *stmt = compile (file, segment, "count(*)", "", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out_count = sqlite3_column_int64 (stmt, 0);
  else
    hustings_committee_file_set_sql_error (file, error);
  sqlite3_finalize (stmt);
  return rc == SQLITE_ROW;
}

GArray *
hustings_segment_store_members (HustingsCommitteeFile  *file,
                                const HustingsSegment  *segment,
                                GError                **error)
{
  g_autoptr(GArray) found = NULL;
  g_autoptr(GArray) everyone = NULL;
  g_autofree guint8 *bits = NULL;
  sqlite3_stmt *stmt = compile (file, segment, "c.id", "", error);
  gint64 max_id = 0;
  GArray *ids;
  int rc;

  if (stmt == NULL)
    return NULL;
  found = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (found, id);
      max_id = MAX (max_id, id);
    }
  if (rc != SQLITE_DONE)
    hustings_committee_file_set_sql_error (file, error);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return NULL;

  /* In name order: every id by name, from the index, kept when it is a member. */
  bits = g_malloc0 (max_id / 8 + 1);
  for (guint i = 0; i < found->len; i++)
    {
      gint64 id = g_array_index (found, gint64, i);

      bits[id / 8] |= 1 << (id % 8);
    }
  everyone = hustings_contact_store_list_ids (file, HUSTINGS_CONTACT_SORT_NAME, FALSE);
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), found->len);
  for (guint i = 0; i < everyone->len && ids->len < found->len; i++)
    {
      gint64 id = g_array_index (everyone, gint64, i);

      if (id <= max_id && (bits[id / 8] & (1 << (id % 8))))
        g_array_append_val (ids, id);
    }
  return ids;
}

gboolean
hustings_segment_store_foreach_member (HustingsCommitteeFile  *file,
                                       const HustingsSegment  *segment,
                                       HustingsContactFunc     func,
                                       gpointer                user_data,
                                       GError                **error)
{
  g_autoptr(GArray) ids = hustings_segment_store_members (file, segment, error);

  return ids != NULL && hustings_contact_store_foreach_ids (file, ids, func, user_data, error);
}

/* ---- Saved segments ---- */

static gboolean
no_such_segment (GError **error, const char *name)
{
  g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
               _("There is no segment named “%s”"), name);
  return FALSE;
}

/* The name trimmed, or NULL after saying why it will not do. */
static char *
check_name (const char *name, GError **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name ? name : ""));

  if (*trimmed == '\0')
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("Give the segment a name"));
      return NULL;
    }
  if (g_utf8_strlen (trimmed, -1) > HUSTINGS_SEGMENT_NAME_MAX)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("A segment name is at most %d characters long"), HUSTINGS_SEGMENT_NAME_MAX);
      return NULL;
    }
  return g_steal_pointer (&trimmed);
}

/* Runs a statement that writes one segment row, in its own transaction. FALSE with error set:
 * the name is taken (the unique index), or no row had that name or id. */
static gboolean
write_row (HustingsCommitteeFile  *file,
           sqlite3_stmt           *stmt,
           const char             *name,
           const char             *missing,
           GError                **error)
{
  sqlite3 *db = hustings_committee_file_get_db (file);
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      if (sqlite3_extended_errcode (db) == SQLITE_CONSTRAINT_UNIQUE)
        g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                     _("There is already a segment named “%s”"), name);
      else
        hustings_committee_file_set_sql_error (file, error);
    }
  else if (sqlite3_changes (db) == 0)
    no_such_segment (error, missing);
  else
    {
      hustings_committee_file_changed (file, HUSTINGS_CHANGED_OUTREACH);
      return hustings_committee_file_commit (file, error);
    }
  hustings_committee_file_end_unchanged (file);
  return FALSE;
}

/* Adds (insert) or saves a segment. */
static gboolean
save (HustingsCommitteeFile  *file,
      HustingsSegment        *segment,
      gboolean                insert,
      GError                **error)
{
  g_autofree char *now = hustings_timestamp_now ();
  g_autofree char *name = NULL;
  g_autofree char *rules = NULL;
  g_autofree char *missing = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (segment != NULL, FALSE);

  if ((name = check_name (segment->name, error)) == NULL ||
      !hustings_segment_validate (segment, error) ||
      !hustings_committee_file_check_writable (file, error) ||
      !hustings_committee_file_begin (file, error))
    return FALSE;

  stmt = hustings_committee_file_prepare (file, insert
    ? "INSERT INTO segment (name, rules, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)"
    : "UPDATE segment SET name = ?1, rules = ?2, updated_at = ?3 WHERE id = ?4", error);
  if (stmt == NULL)
    {
      hustings_committee_file_end_unchanged (file);
      return FALSE;
    }
  rules = hustings_segment_serialize (segment);
  hustings_bind_text (stmt, 1, name);
  hustings_bind_text (stmt, 2, rules);
  hustings_bind_text (stmt, 3, now);
  if (!insert)
    sqlite3_bind_int64 (stmt, 4, segment->id);
  missing = g_strdup (segment->name);
  if (!write_row (file, stmt, name, missing, error))
    return FALSE;

  if (insert)
    segment->id = sqlite3_last_insert_rowid (hustings_committee_file_get_db (file));
  g_free (segment->name);
  segment->name = g_steal_pointer (&name);
  return TRUE;
}

gboolean
hustings_segment_store_add (HustingsCommitteeFile  *file,
                            HustingsSegment        *segment,
                            GError                **error)
{
  return save (file, segment, TRUE, error);
}

gboolean
hustings_segment_store_update (HustingsCommitteeFile  *file,
                               HustingsSegment        *segment,
                               GError                **error)
{
  return save (file, segment, FALSE, error);
}

gboolean
hustings_segment_store_rename (HustingsCommitteeFile  *file,
                               const char             *name,
                               const char             *new_name,
                               GError                **error)
{
  g_autofree char *now = hustings_timestamp_now ();
  g_autofree char *trimmed = NULL;
  sqlite3_stmt *stmt;

  if ((trimmed = check_name (new_name, error)) == NULL ||
      !hustings_committee_file_check_writable (file, error) ||
      !hustings_committee_file_begin (file, error))
    return FALSE;

  stmt = hustings_committee_file_prepare (file,
    "UPDATE segment SET name = ?2, updated_at = ?3 WHERE name = ?1", error);
  if (stmt == NULL)
    {
      hustings_committee_file_end_unchanged (file);
      return FALSE;
    }
  hustings_bind_text (stmt, 1, name);
  hustings_bind_text (stmt, 2, trimmed);
  hustings_bind_text (stmt, 3, now);
  return write_row (file, stmt, trimmed, name, error);
}

gboolean
hustings_segment_store_delete (HustingsCommitteeFile  *file,
                               const char             *name,
                               GError                **error)
{
  sqlite3_stmt *stmt;

  if (!hustings_committee_file_check_writable (file, error) ||
      !hustings_committee_file_begin (file, error))
    return FALSE;

  stmt = hustings_committee_file_prepare (file, "DELETE FROM segment WHERE name = ?1", error);
  if (stmt == NULL)
    {
      hustings_committee_file_end_unchanged (file);
      return FALSE;
    }
  hustings_bind_text (stmt, 1, name);
  return write_row (file, stmt, name, name, error);
}

HustingsSegment *
hustings_segment_store_get (HustingsCommitteeFile  *file,
                            const char             *name,
                            GError                **error)
{
  HustingsSegment *segment = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = hustings_committee_file_prepare (file,
    "SELECT id, name, rules FROM segment WHERE name = ?1", error);
  if (stmt == NULL)
    return NULL;
  hustings_bind_text (stmt, 1, name);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      segment = hustings_segment_deserialize (hustings_column_text (stmt, 1),
                                              hustings_column_text (stmt, 2), error);
      if (segment != NULL)
        segment->id = sqlite3_column_int64 (stmt, 0);
    }
  else if (rc == SQLITE_DONE)
    no_such_segment (error, name);
  else
    hustings_committee_file_set_sql_error (file, error);
  sqlite3_reset (stmt);
  return segment;
}

GStrv
hustings_segment_store_list (HustingsCommitteeFile *file)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  sqlite3_stmt *stmt;

  stmt = hustings_committee_file_prepare (file, "SELECT name FROM segment ORDER BY name, id",
                                          NULL);
  if (stmt != NULL)
    {
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_strv_builder_add (names, hustings_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  return g_strv_builder_end (names);
}
