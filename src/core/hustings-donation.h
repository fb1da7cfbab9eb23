/* hustings-donation.h: a receipt (donation or refund) as plain data.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "hustings-types.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_DONATION (hustings_donation_get_type ())
G_DECLARE_FINAL_TYPE (HustingsDonation, hustings_donation, HUSTINGS, DONATION, GObject)

typedef enum {
  HUSTINGS_METHOD_CHECK,
  HUSTINGS_METHOD_CASH,
  HUSTINGS_METHOD_CARD,
  HUSTINGS_METHOD_IN_KIND,
  HUSTINGS_METHOD_PROCESSOR,
  HUSTINGS_N_METHODS
} HustingsMethod;

/* Properties (read-only), what list cells bind to: "id", "contact-id", "contact-name",
 * "date" (YYYY-MM-DD), "date-text" ("Mar 4, 2026"), "amount" (gint64 cents),
 * "amount-text" ("$25.00"), "method-text" ("Check"), "election" ("P2026" or NULL),
 * "election-text" ("Primary 2026"), "source", "memo". */

HustingsDonation *hustings_donation_new              (void);
HustingsDonation *hustings_donation_copy             (HustingsDonation *self);
gint64          hustings_donation_get_id             (HustingsDonation *self);
gint64          hustings_donation_get_contact_id     (HustingsDonation *self);
void            hustings_donation_set_contact_id     (HustingsDonation *self, gint64 contact_id);
/* The donor's display name, filled in when read from a file. */
const char     *hustings_donation_get_contact_name   (HustingsDonation *self);
const char     *hustings_donation_get_date           (HustingsDonation *self);
void            hustings_donation_set_date           (HustingsDonation *self, const char *date);
gint64          hustings_donation_get_amount         (HustingsDonation *self);
void            hustings_donation_set_amount         (HustingsDonation *self, gint64 cents);
HustingsMethod  hustings_donation_get_method         (HustingsDonation *self);
void            hustings_donation_set_method         (HustingsDonation *self,
                                                      HustingsMethod    method);
/* NULL: presume it from the date when saving (see hustings_committee_presumed_election). */
const char     *hustings_donation_get_election       (HustingsDonation *self);
void            hustings_donation_set_election       (HustingsDonation *self, const char *code);
gboolean        hustings_donation_get_election_presumed (HustingsDonation *self);
int             hustings_donation_get_cycle          (HustingsDonation *self);
const char     *hustings_donation_get_check_number   (HustingsDonation *self);
void            hustings_donation_set_check_number   (HustingsDonation *self, const char *number);
/* Where it came from ("ActBlue", "" for hand entry) and that source's own id (unique). */
const char     *hustings_donation_get_source         (HustingsDonation *self);
const char     *hustings_donation_get_source_id      (HustingsDonation *self);
void            hustings_donation_set_source         (HustingsDonation *self,
                                                      const char       *source,
                                                      const char       *source_id);
const char     *hustings_donation_get_memo           (HustingsDonation *self);
void            hustings_donation_set_memo           (HustingsDonation *self, const char *memo);
/* For a refund: the id of the receipt it refunds; 0 otherwise. */
gint64          hustings_donation_get_refund_of      (HustingsDonation *self);
void            hustings_donation_set_refund_of      (HustingsDonation *self, gint64 donation_id);
/* The event the gift was given at (its revenue, see hustings_event_store_list_donation_ids);
 * 0 for none. A refund goes with the event of the gift it returns and has none of its own. */
gint64          hustings_donation_get_event_id       (HustingsDonation *self);
void            hustings_donation_set_event_id       (HustingsDonation *self, gint64 event_id);
/* An earmarked gift: the FEC ID of the conduit that forwarded it ("C00401224" for ActBlue);
 * "" when the donor gave directly. */
const char     *hustings_donation_get_conduit        (HustingsDonation *self);
void            hustings_donation_set_conduit        (HustingsDonation *self, const char *fec_id);
/* The processor's fee, in cents (the gift is still reported gross). */
gint64          hustings_donation_get_fee            (HustingsDonation *self);
void            hustings_donation_set_fee            (HustingsDonation *self, gint64 cents);
/* One installment of a recurring gift. */
gboolean        hustings_donation_get_recurring      (HustingsDonation *self);
void            hustings_donation_set_recurring      (HustingsDonation *self, gboolean recurring);

/* The Schedule A line when the receipt is not a contribution reported on the contributor's
 * usual line: "SA12" transfer, "SA13A" loan…; "" for a contribution (the line follows from the
 * contact: individual, party, other committee, candidate). */
const char     *hustings_donation_get_receipt_line   (HustingsDonation *self);
void            hustings_donation_set_receipt_line   (HustingsDonation *self, const char *line);

typedef struct {
  const char *line;   /* "SA12" */
  const char *label;  /* untranslated: "Transfer from another authorized committee (line 12)" */
} HustingsReceiptLine;
/* The receipt lines of a form ("F3" or "F3X") other than contributions, ending with { NULL }. */
const HustingsReceiptLine *hustings_receipt_lines (const char *form);
/* "Contribution" for "", the translated label of a line of the form, or NULL if the form has
 * no such line. */
const char     *hustings_receipt_line_describe       (const char       *form,
                                                      const char       *line);

const char     *hustings_method_to_string            (HustingsMethod    method); /* "check" */
gboolean        hustings_method_from_string          (const char       *text,
                                                      HustingsMethod   *out_method);
const char     *hustings_method_describe             (HustingsMethod    method); /* "Check" */

G_END_DECLS
