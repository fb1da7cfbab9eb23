/* hustings-disbursement.h: money paid out, as plain data, and the FEC's Schedule B lines and
 * category codes it is reported with.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "hustings-types.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_DISBURSEMENT (hustings_disbursement_get_type ())
G_DECLARE_FINAL_TYPE (HustingsDisbursement, hustings_disbursement, HUSTINGS, DISBURSEMENT,
                      GObject)

/* The longest purpose and memo the FEC takes (Schedule B fields 23 and 43), in characters. */
#define HUSTINGS_DISBURSEMENT_TEXT_MAX 100

/* Properties (read-only), what list cells bind to: "id", "contact-id", "payee-name",
 * "date" (YYYY-MM-DD), "date-text" ("Mar 4, 2026"), "amount" (gint64 cents), "amount-text"
 * ("$1,250.00"), "purpose", "category" ("004" or ""), "category-text" ("Advertising" or ""),
 * "line" ("SB17"), "line-text" ("17 Operating expenditures"), "election" ("P2026" or NULL),
 * "election-text" ("Primary 2026" or ""), "check-number", "memo", "memo-entry" (gboolean),
 * "source". */

HustingsDisbursement *hustings_disbursement_new              (void);
HustingsDisbursement *hustings_disbursement_copy             (HustingsDisbursement *self);
gint64                hustings_disbursement_get_id           (HustingsDisbursement *self);
/* The payee: a contact. */
gint64                hustings_disbursement_get_contact_id   (HustingsDisbursement *self);
void                  hustings_disbursement_set_contact_id   (HustingsDisbursement *self,
                                                              gint64                contact_id);
/* The payee's display name, filled in when read from a file. */
const char           *hustings_disbursement_get_payee_name   (HustingsDisbursement *self);
const char           *hustings_disbursement_get_date         (HustingsDisbursement *self);
void                  hustings_disbursement_set_date         (HustingsDisbursement *self,
                                                              const char           *date);
/* Cents; negative for a voided payment or a correction. */
gint64                hustings_disbursement_get_amount       (HustingsDisbursement *self);
void                  hustings_disbursement_set_amount       (HustingsDisbursement *self,
                                                              gint64                cents);
/* What the money was for, as the FEC wants it said ("Printing of yard signs"). */
const char           *hustings_disbursement_get_purpose      (HustingsDisbursement *self);
void                  hustings_disbursement_set_purpose      (HustingsDisbursement *self,
                                                              const char           *purpose);
/* The FEC's category code, "001"…"012", or "" for none. */
const char           *hustings_disbursement_get_category     (HustingsDisbursement *self);
void                  hustings_disbursement_set_category     (HustingsDisbursement *self,
                                                              const char           *code);
/* The Schedule B line ("SB17"); "" until saved means the default line of the committee's form
 * (see hustings_disbursement_default_line). */
const char           *hustings_disbursement_get_line         (HustingsDisbursement *self);
void                  hustings_disbursement_set_line         (HustingsDisbursement *self,
                                                              const char           *line);
/* The election it is for ("G2026"), or NULL. */
const char           *hustings_disbursement_get_election     (HustingsDisbursement *self);
void                  hustings_disbursement_set_election     (HustingsDisbursement *self,
                                                              const char           *code);
const char           *hustings_disbursement_get_check_number (HustingsDisbursement *self);
void                  hustings_disbursement_set_check_number (HustingsDisbursement *self,
                                                              const char           *number);
const char           *hustings_disbursement_get_memo         (HustingsDisbursement *self);
void                  hustings_disbursement_set_memo         (HustingsDisbursement *self,
                                                              const char           *memo);
/* A memo entry (an item of a credit-card payment, say) is itemized on Schedule B but not
 * added into the totals: the payment it details is. */
gboolean              hustings_disbursement_get_memo_entry   (HustingsDisbursement *self);
void                  hustings_disbursement_set_memo_entry   (HustingsDisbursement *self,
                                                              gboolean              memo_entry);
/* Where it came from ("" for hand entry, the import format otherwise) and that source's own
 * id (unique within the source; NULL when it has none). */
const char           *hustings_disbursement_get_source       (HustingsDisbursement *self);
const char           *hustings_disbursement_get_source_id    (HustingsDisbursement *self);
void                  hustings_disbursement_set_source       (HustingsDisbursement *self,
                                                              const char           *source,
                                                              const char           *source_id);
/* The FEC transaction id a .fec import brought; NULL: one is made from the id. */
const char           *hustings_disbursement_get_tran_id      (HustingsDisbursement *self);
void                  hustings_disbursement_set_tran_id      (HustingsDisbursement *self,
                                                              const char           *tran_id);

/* ---- Schedule B lines ---- */

/* The lines of form ("F3" or "F3X") in the form's order, NULL-terminated: "SB17", "SB18"…;
 * NULL for another form. */
const char * const   *hustings_disbursement_lines            (const char           *form);
/* Where most money goes on form: "SB17" (operating expenditures) on Form 3, "SB21B" on 3X. */
const char           *hustings_disbursement_default_line     (const char           *form);
/* The form a line is on ("F3" or "F3X"); NULL for a line Hustings does not know. */
const char           *hustings_disbursement_line_form        (const char           *line);
/* The line's number as the form prints it and what it holds, translated: "17 Operating
 * expenditures", "20(a) Contribution refunds to individuals"; "" for an unknown line. */
char                 *hustings_disbursement_line_describe    (const char           *line);
/* The line written some other way ("sb21b", "21b", "Line 20(a)", "17") for form, as a code
 * ("SB21B"); NULL when it is no line of form. */
const char           *hustings_disbursement_line_parse       (const char           *text,
                                                              const char           *form);

/* ---- Category codes ---- */

/* "001"…"012", NULL-terminated. */
const char * const   *hustings_disbursement_categories       (void);
/* "Advertising", translated; "" for "", NULL for a code that is not one. */
const char           *hustings_disbursement_category_label   (const char           *code);
/* The category written some other way ("4", "004", "004 Advertising", its name, the FEC's name
 * "Advertising Expenses", or the first five letters or more of either) as its code; "" for an
 * empty text; NULL when it names none. */
const char           *hustings_disbursement_category_parse   (const char           *text);

G_END_DECLS
