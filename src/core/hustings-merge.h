/* hustings-merge.h: merge fields, and a template merged for a contact.
 *
 * A text holds fields written {{field}} or {{field|fallback}}: "Dear {{first_name|Friend}},".
 * Spaces inside the braces are allowed ("{{ first_name }}"); the fallback is taken as written
 * (no fields inside it). A field with no value for a contact renders its fallback, or nothing
 * when it has none (and is then reported missing): a merged text never shows "{{…}}". A name
 * that is no merge field is refused by hustings_merge_check (and so by
 * hustings_template_validate), naming it.
 *
 * A merge context is made once per run, on the thread that uses the committee file (it reads
 * the committee, its treasurer and cycle, and today's date once); merging thousands of
 * contacts with it is then cheap. It reads each contact's gifts and totals from the file only
 * for the fields the text uses.
 *
 * The fields (name: what it gives):
 *   salutation         how to greet them: "Ms. Núñez" with a title (prefix), else the first
 *                      name ("José"), for a person; the organization otherwise
 *   first_name, last_name, full_name ("José A. Núñez Jr."; an organization's name),
 *   organization       an organization's name; for a person, the organization they are filed
 *                      with (usually none)
 *   address            the mailing block, several lines (hustings_merge_address_lines)
 *   street (both street lines, one a line), city, state, zip, email (the first), employer,
 *                      occupation
 *   gift_amount, gift_date, gift_method
 *                      the gift thanked for: the one the caller names, else the contact's
 *                      latest contribution (refunds and other receipts left out): "$250.00",
 *                      "March 4, 2026", "Check no. 1042" ("Cash", "Credit card", "Online",
 *                      "In-kind contribution")
 *   cycle_total        what they gave in the committee's active cycle ("$1,250.00")
 *   year_total         what they gave in today's calendar year
 *   cycle              the active cycle ("2026")
 *   committee_name, committee_address (one line: "PO Box 1, Austin, TX 78701"),
 *                      treasurer_name ("Pat Lee")
 *   today              today's date, long ("November 23, 2026")
 *   fec_notice         the FEC wording that applies: contributions are not tax deductible
 *                      (always); and for an individual whose aggregate is over $200 (in the
 *                      cycle for a candidate's committee, the calendar year otherwise) with no
 *                      employer or occupation on file, the best-efforts request asking them to
 *                      send it
 *   unsubscribe        email: how to stop these emails, written to the mail server's from
 *                      address (hustings_merge_context_set_from_address); "" in letters
 *
 * A contact with no gift has no gift_amount, gift_date or gift_method: they render their
 * fallback, or "" and are reported missing, as any field without a value. Totals are never
 * missing ("$0.00"); fec_notice never is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-committee-file.h"
#include "hustings-contact.h"
#include "hustings-donation.h"
#include "hustings-template.h"

G_BEGIN_DECLS

/* A merge field, for the template editor's "Insert Field" menu. */
typedef struct {
  const char *name;         /* "first_name": what goes between the braces */
  const char *label;        /* "First name", translated */
  const char *description;  /* one line: "A person’s first name", translated */
} HustingsMergeField;

/* Every field, in menu order (names first, then address, gift and totals, committee, date,
 * notices); n_fields of them. Labels and descriptions are translated at the first call. */
const HustingsMergeField *hustings_merge_fields       (guint       *n_fields);
/* The field called name (exactly, lower case), or NULL. */
const HustingsMergeField *hustings_merge_field_lookup (const char  *name);

/* Checks that every {{…}} of text is closed and names a merge field. HUSTINGS_ERROR_INVALID
 * names the culprit: "{{frist_name}} is not a merge field", "A merge field is not closed with
 * }}: “{{first_name”"; what ("The text", "The subject") starts the message when not NULL:
 * "The text uses {{frist_name}}, which is not a merge field". */
gboolean                  hustings_merge_check        (const char  *text,
                                                       const char  *what,
                                                       GError     **error);

/* The mailing address block of a contact as lines: the name (display name), the
 * organization of a person when it is not the name, the street lines, "City, ST 12345", and
 * the country (in capitals) when it is not the US. NULL when the contact has no mailing
 * address (a street and a city, with a state and ZIP in the US): no envelope or label then. */
GStrv                     hustings_merge_address_lines (HustingsContact *contact);

typedef struct _HustingsMergeContext HustingsMergeContext;

/* A context for merging templates of kind with the contacts of file: reads the committee (its
 * name, address, treasurer, form and active cycle) and today's date. file is borrowed: keep it
 * open, and use the context on file's thread only. NULL on a read error. */
HustingsMergeContext     *hustings_merge_context_new   (HustingsCommitteeFile *file,
                                                        HustingsTemplateKind   kind,
                                                        GError               **error);
void                      hustings_merge_context_free  (HustingsMergeContext  *ctx);
/* Sets the day merged as "today" (YYYY-MM-DD; the local date by default); year_total is
 * that day's year. For tests and reprints. */
void                      hustings_merge_context_set_today (HustingsMergeContext *ctx,
                                                            const char           *date);
/* The address unsubscribe requests go to (the mail server's from address): an email's
 * {{unsubscribe}} asks them to write there. NULL or "" (the default): unsubscribe is
 * empty, and reported missing if an email uses it without a fallback. */
void                      hustings_merge_context_set_from_address (HustingsMergeContext *ctx,
                                                                   const char           *address);

/* text merged for contact (whole, as hustings_contact_store_get or _foreach_ids give it).
 * gift: the gift thanked for, or NULL for the contact's latest receipt (none: the gift fields
 * are empty). Appends to missing (char*, g_free; may be NULL) the names of the fields that
 * had no value and no fallback, each once (those already in it are not added again). NULL
 * with an error on a read error, or HUSTINGS_ERROR_INVALID for a text hustings_merge_check
 * refuses. */
char                     *hustings_merge_text          (HustingsMergeContext  *ctx,
                                                        const char            *text,
                                                        HustingsContact       *contact,
                                                        HustingsDonation      *gift,
                                                        GPtrArray             *missing,
                                                        GError               **error);

/* A template merged for one contact. */
typedef struct {
  char  *subject;  /* the email's subject, one line; "" for a letter */
  char  *body;
  GStrv  missing;  /* fields with no value and no fallback, in the order first used; never
                    * NULL, empty when none */
} HustingsMerged;

/* hustings_merge_text of the template's subject and body. */
HustingsMerged           *hustings_merge_template      (HustingsMergeContext  *ctx,
                                                        HustingsTemplate      *template,
                                                        HustingsContact       *contact,
                                                        HustingsDonation      *gift,
                                                        GError               **error);
void                      hustings_merged_free         (HustingsMerged        *merged);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HustingsMergeContext, hustings_merge_context_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HustingsMerged, hustings_merged_free)

G_END_DECLS
