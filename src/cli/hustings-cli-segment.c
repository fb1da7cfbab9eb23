/* hustings-cli-segment.c: `hustings-cli segment`, the members of a saved segment as
 * tab-separated values (and defining one), and `hustings-cli segments`, the saved segments.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gi18n.h>

#include "hustings-cli.h"

static gboolean
put_member (HustingsContact *contact,
            gpointer         user_data)
{
  const char *street1 = hustings_contact_get_field (contact, HUSTINGS_CONTACT_STREET1);
  const char *street2 = hustings_contact_get_field (contact, HUSTINGS_CONTACT_STREET2);
  g_autofree char *street = *street2 ? g_strdup_printf ("%s, %s", street1, street2)
                                     : g_strdup (street1);

  put_id (hustings_contact_get_id (contact), FALSE);
  put_field (hustings_contact_get_display_name (contact), FALSE);
  put_field (street, FALSE);
  put_field (hustings_contact_get_field (contact, HUSTINGS_CONTACT_CITY), FALSE);
  put_field (hustings_contact_get_field (contact, HUSTINGS_CONTACT_STATE), FALSE);
  put_field (hustings_contact_get_field (contact, HUSTINGS_CONTACT_ZIP), FALSE);
  put_field (hustings_contact_get_emails (contact)[0], FALSE);
  put_field (hustings_contact_get_phones (contact)[0], FALSE);
  put_amount (hustings_contact_get_cycle_total (contact), FALSE);
  put_field (hustings_contact_get_last_gift_date (contact), TRUE);
  return TRUE;
}

/* The rules as --define takes them, then in words. */
static void
put_rules (const HustingsSegment *segment)
{
  g_autofree char *text = hustings_segment_format (segment);

  g_print ("%s\n", text);
  if (segment->rules->len == 0)
    {
      g_print ("%s\n", _("Every contact"));
      return;
    }
  g_print ("%s\n", segment->match == HUSTINGS_SEGMENT_MATCH_ANY
                   ? _("Contacts matching any of:") : _("Contacts matching all of:"));
  for (guint i = 0; i < segment->rules->len; i++)
    {
      g_autofree char *words = hustings_segment_rule_describe (hustings_segment_get_rule (segment,
                                                                                          i));

      g_print ("  %s\n", words);
    }
}

/* Saves segment under its name: a new one, or new rules for the one of that name (whose name
 * stays as it was written). */
static gboolean
define (HustingsCommitteeFile  *file,
        HustingsSegment        *segment,
        GError                **error)
{
  g_autoptr(HustingsSegment) saved = NULL;
  g_autoptr(GError) local_error = NULL;

  saved = hustings_segment_store_get (file, segment->name, &local_error);
  if (saved != NULL)
    {
      segment->id = saved->id;
      g_free (segment->name);
      segment->name = g_strdup (saved->name);
      return hustings_segment_store_update (file, segment, error);
    }
  if (!g_error_matches (local_error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND))
    {
      /* Translators: why a saved segment cannot be read, then what to do */
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("%s; delete it with --delete to define it again"), local_error->message);
      return FALSE;
    }
  return hustings_segment_store_add (file, segment, error);
}

/* "There is no segment named “X”", and which there are. */
static int
no_such_segment (HustingsCommitteeFile *file,
                 const char            *message)
{
  g_auto(GStrv) names = hustings_segment_store_list (file);
  g_autofree char *list = g_strjoinv (", ", names);
  g_autofree char *full = NULL;

  if (names[0] == NULL)
    full = g_strdup_printf (_("%s; this file has no saved segments (define one with --define)"),
                            message);
  else
    /* Translators: a message, then the names of the saved segments */
    full = g_strdup_printf (_("%s; the saved segments are: %s"), message, list);
  return fail (full);
}

int
run_segment (const Command  *command,
             int             argc,
             char          **argv)
{
  static const char * const columns[] = {
    "id", "name", "street", "city", "state", "zip", "email", "phone", "cycle_total",
    "last_gift", NULL
  };
  g_autofree char *definition = NULL;
  gboolean count = FALSE;
  gboolean show_rules = FALSE;
  gboolean delete = FALSE;
  const GOptionEntry entries[] = {
    { "define", 'd', 0, G_OPTION_ARG_STRING, &definition,
      /* Translators: keep the rules (state=CA,NV…) as they are, and the lines aligned */
      N_("Save segment NAME with RULES first (a new one, or\n"
         "                         its rules replaced), then show it as asked. RULES are\n"
         "                         separated by “;”, after “any:” (one rule is enough) or\n"
         "                         “all:” (every rule must hold; the default):\n"
         "                           state=CA,NV           state is one of these\n"
         "                           zip=787,733           ZIP starts with one of these\n"
         "                           city=Austin           city (any case)\n"
         "                           district=7            congressional district\n"
         "                           tag=host committee    has one of these tags\n"
         "                           type=IND,PAC          entity type\n"
         "                           total>=250            gave at least $250 this cycle;\n"
         "                                                 also >, <=, <, =250..1000, and\n"
         "                                                 total>=250@2024 for another cycle\n"
         "                           last-gift<2025-01-01  last gift before; also >, <=, >=,\n"
         "                                                 =2025-01-01..2025-06-30, =never\n"
         "                           gave=2024-01-01..2024-12-31\n"
         "                                                 gave at least once then; also <, >\n"
         "                           volunteer             a volunteer; volunteer=active,prospect\n"
         "                                                 one with that status\n"
         "                           skill=canvassing      a volunteer with one of these skills\n"
         "                           attended              checked in at an event; attended=12\n"
         "                                                 at event 12\n"
         "                           rsvp=12               answered yes to event 12\n"
         "                           no-employer           a person missing employer or\n"
         "                                                 occupation\n"
         "                           has-email, has-address, email-ok (not opted out of email)\n"
         "                         Write != for =, or “not ” before a rule, to turn it around;\n"
         "                         put a value with a comma or “;” in double quotes. Example:\n"
         "                         --define \"state=CA; total>=250; not tag=do not mail\""),
      N_("RULES") },
    { "count", 'c', 0, G_OPTION_ARG_NONE, &count,
      N_("Print only the number of contacts in the segment"), NULL },
    { "rules", 'r', 0, G_OPTION_ARG_NONE, &show_rules,
      N_("Print the segment’s rules, as --define takes them and in words"), NULL },
    { "delete", 0, 0, G_OPTION_ARG_NONE, &delete, N_("Delete the saved segment"), NULL },
    { NULL }
  };
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(HustingsSegment) segment = NULL;
  g_autoptr(GError) error = NULL;
  const char *args[2];
  gint64 n;

  if (!parse_arguments (command, entries, argc, argv, 2, args))
    return EXIT_USAGE;
  if (count && show_rules)
    return usage_error (command, _("--count and --rules cannot be used together"));
  if (delete && (count || show_rules || definition != NULL))
    return usage_error (command, _("--delete is used alone"));
  if (definition != NULL &&
      (segment = hustings_segment_parse (args[1], definition, &error)) == NULL)
    {
      /* Translators: --define, then why its rules are not right */
      g_autofree char *message = g_strdup_printf (_("--define: %s"), error->message);

      return usage_error (command, message);
    }
  file = open_file (args[0]);
  if (file == NULL)
    return EXIT_FAILURE;

  if (delete)
    {
      if (!hustings_segment_store_delete (file, args[1], &error))
        return g_error_matches (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND)
               ? no_such_segment (file, error->message) : fail (error->message);
      /* Translators: %s is a segment's name */
      g_print (_("Deleted segment “%s”\n"), args[1]);
      return finish_output ();
    }
  if (segment != NULL && !define (file, segment, &error))
    return fail (error->message);
  if (segment == NULL &&
      (segment = hustings_segment_store_get (file, args[1], &error)) == NULL)
    return g_error_matches (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND)
           ? no_such_segment (file, error->message) : fail (error->message);

  if (show_rules)
    put_rules (segment);
  else if (count)
    {
      if (!hustings_segment_store_count (file, segment, &n, &error))
        return fail (error->message);
      g_print ("%" G_GINT64_FORMAT "\n", n);
    }
  else
    {
      put_header (columns);
      if (!hustings_segment_store_foreach_member (file, segment, put_member, NULL, &error))
        {
          fflush (stdout);
          return fail (error->message);
        }
    }
  return finish_output ();
}

int
run_segments (const Command  *command,
              int             argc,
              char          **argv)
{
  static const char * const columns[] = { "name", "contacts", "rules", NULL };
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_auto(GStrv) names = NULL;
  const GOptionEntry entries[] = { { NULL } };
  int status = EXIT_SUCCESS;
  const char *path;

  path = parse_command (command, entries, argc, argv);
  if (path == NULL)
    return EXIT_USAGE;
  file = open_file (path);
  if (file == NULL)
    return EXIT_FAILURE;

  names = hustings_segment_store_list (file);
  put_header (columns);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(HustingsSegment) segment = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *rules = NULL;
      g_autofree char *size = NULL;
      gint64 n;

      /* One that cannot be read is said on stderr; the others are still listed. */
      segment = hustings_segment_store_get (file, names[i], &error);
      if (segment == NULL || !hustings_segment_store_count (file, segment, &n, &error))
        {
          fflush (stdout);
          status = fail (error->message);
          continue;
        }
      rules = hustings_segment_format (segment);
      size = g_strdup_printf ("%" G_GINT64_FORMAT, n);
      put_field (segment->name, FALSE);
      put_field (size, FALSE);
      put_field (rules, TRUE);
    }
  return finish_output () == EXIT_SUCCESS ? status : EXIT_FAILURE;
}
