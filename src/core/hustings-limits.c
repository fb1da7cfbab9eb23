/* hustings-limits.c: contribution limits read from the contribution_limit table.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-limits"

#include "config.h"

#include "hustings-committee-file-private.h"
#include "hustings-limits.h"

/* The contribution_limit row that applies, as a join condition on "l". ?1 is the recipient
 * ('candidate' or 'pac'); contributor and period are SQL expressions for the contributor's
 * entity type and multicandidate flag and for the period ("G2026" or "2026"). */
#define CONTRIBUTOR(entity, multicandidate) \
  "CASE WHEN " entity " = 'PAC' AND " multicandidate " THEN 'MCPAC' ELSE " entity " END"
#define LIMIT_ROW(contributor, period) \
  " l.recipient = ?1 AND l.contributor = " contributor \
  " AND l.effective_from = (SELECT max (m.effective_from) FROM contribution_limit m" \
  "   WHERE m.recipient = ?1 AND m.contributor = l.contributor AND m.effective_from <=" \
  "     CASE ?1 WHEN 'candidate'" \
  "       THEN coalesce ((SELECT date FROM election WHERE code = " period ")," \
  "                      substr (" period ", 2, 4) || '-11-01')" \
  "       ELSE " period " || '-12-31' END)"

/* 'candidate' for a Form 3 committee (limits per election), 'pac' otherwise (per year). */
static const char *
recipient (HustingsCommitteeFile *file)
{
  const HustingsCommittee *committee = hustings_committee_file_peek_committee (file);

  return g_str_equal (hustings_committee_form (committee), "F3") ? "candidate" : "pac";
}

gboolean
hustings_limits_lookup (HustingsCommitteeFile *file,
                        HustingsEntityType     entity_type,
                        gboolean               multicandidate,
                        const char            *period,
                        gint64                *out_limit_cents,
                        GError               **error)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;
  int rc;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), FALSE);
  g_return_val_if_fail (entity_type < HUSTINGS_N_ENTITIES, FALSE);
  g_return_val_if_fail (period != NULL && out_limit_cents != NULL, FALSE);

  stmt = hustings_committee_file_prepare (file,
    "SELECT l.limit_cents FROM contribution_limit l"
    " WHERE" LIMIT_ROW (CONTRIBUTOR ("?2", "?3"), "?4"), error);
  if (stmt == NULL)
    return FALSE;
  hustings_bind_static (stmt, 1, recipient (file));
  hustings_bind_static (stmt, 2, hustings_entity_type_to_code (entity_type));
  sqlite3_bind_int (stmt, 3, multicandidate ? 1 : 0);
  hustings_bind_text (stmt, 4, period);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      found = TRUE;
      *out_limit_cents = sqlite3_column_type (stmt, 0) == SQLITE_NULL
                         ? -1 : sqlite3_column_int64 (stmt, 0);
    }
  else if (rc != SQLITE_DONE)
    hustings_committee_file_set_sql_error (file, error);
  sqlite3_reset (stmt);
  return found;
}

GArray *
hustings_limits_list_excesses (HustingsCommitteeFile *file,
                               GError               **error)
{
  g_autoptr(GArray) excesses = g_array_new (FALSE, TRUE, sizeof (HustingsLimitExcess));
  const char *to = recipient (file);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  /* ?2 is the period prefix in contact_total. The periods are found by seeking from one to
   * the next in the index on (period, total_cents), and in each only the totals over the
   * lowest limit are read from it: a few thousand rows of a million. */
  stmt = hustings_committee_file_prepare (file,
    "WITH RECURSIVE periods (period) AS ("
    "   SELECT min (period) FROM contact_total WHERE period > ?2 AND period < ?2 || '~'"
    "   UNION ALL"
    "   SELECT (SELECT min (period) FROM contact_total"
    "            WHERE period > periods.period AND period < ?2 || '~')"
    "     FROM periods WHERE periods.period IS NOT NULL)"
    " SELECT t.contact_id, substr (t.period, 3), t.total_cents, l.limit_cents"
    " FROM periods"
    " CROSS JOIN contact_total t ON t.period = periods.period"
    "   AND t.total_cents > (SELECT min (limit_cents) FROM contribution_limit"
    "                         WHERE recipient = ?1)"
    " CROSS JOIN contact c ON c.id = t.contact_id"
    " JOIN contribution_limit l ON"
    LIMIT_ROW (CONTRIBUTOR ("c.entity_type", "c.multicandidate"), "substr (t.period, 3)")
    " WHERE l.limit_cents IS NOT NULL AND t.total_cents > l.limit_cents"
    " ORDER BY t.contact_id, t.period", error);
  if (stmt == NULL)
    return NULL;
  hustings_bind_static (stmt, 1, to);
  hustings_bind_static (stmt, 2, g_str_equal (to, "candidate") ? "E:" : "Y:");
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HustingsLimitExcess excess = { 0 };

      excess.contact_id = sqlite3_column_int64 (stmt, 0);
      g_strlcpy (excess.period, hustings_column_text (stmt, 1), sizeof excess.period);
      excess.total_cents = sqlite3_column_int64 (stmt, 2);
      excess.limit_cents = sqlite3_column_int64 (stmt, 3);
      g_array_append_val (excesses, excess);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hustings_committee_file_set_sql_error (file, error);
      return NULL;
    }
  return g_steal_pointer (&excesses);
}
