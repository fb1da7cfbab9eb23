/* hustings-cli-disbursements.c: `hustings-cli disbursements`, the disbursements of a committee
 * file as tab-separated values.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gi18n.h>

#include "hustings-cli.h"

static gboolean
put_disbursement (HustingsDisbursement *disbursement,
                  gpointer              user_data)
{
  put_id (hustings_disbursement_get_id (disbursement), FALSE);
  put_field (hustings_disbursement_get_date (disbursement), FALSE);
  put_id (hustings_disbursement_get_contact_id (disbursement), FALSE);
  put_field (hustings_disbursement_get_payee_name (disbursement), FALSE);
  put_amount (hustings_disbursement_get_amount (disbursement), FALSE);
  put_field (hustings_disbursement_get_purpose (disbursement), FALSE);
  put_field (hustings_disbursement_get_category (disbursement), FALSE);
  put_field (hustings_disbursement_get_line (disbursement), FALSE);
  put_field (hustings_disbursement_get_election (disbursement), FALSE);
  put_field (hustings_disbursement_get_check_number (disbursement), FALSE);
  put_field (hustings_disbursement_get_memo_entry (disbursement) ? "yes" : "", FALSE);
  put_field (hustings_disbursement_get_memo (disbursement), FALSE);
  put_field (hustings_disbursement_get_source (disbursement), FALSE);
  put_field (hustings_disbursement_get_source_id (disbursement), TRUE);
  return TRUE;
}

int
run_disbursements (const Command  *command,
                   int             argc,
                   char          **argv)
{
  static const char * const columns[] = {
    "id", "date", "contact_id", "payee", "amount", "purpose", "category", "line", "election",
    "check_number", "memo_entry", "memo", "source", "source_id", NULL
  };
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text,
      N_("Only disbursements paid on or after DATE"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text,
      N_("Only disbursements paid on or before DATE"), N_("DATE") },
    { NULL }
  };
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  const char *path;

  path = parse_command (command, entries, argc, argv);
  if (path == NULL)
    return EXIT_USAGE;
  if ((from_text != NULL && (from = date_option (command, "--from", from_text)) == NULL) ||
      (to_text != NULL && (to = date_option (command, "--to", to_text)) == NULL))
    return EXIT_USAGE;
  file = open_file (path);
  if (file == NULL)
    return EXIT_FAILURE;

  put_header (columns);
  if (!hustings_disbursement_store_foreach (file, from, to, put_disbursement, NULL, &error))
    {
      fflush (stdout);
      return fail (error->message);
    }
  return finish_output ();
}
