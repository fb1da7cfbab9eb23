/* hustings-contact.h: a contact (individual, organization or committee) as plain data.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "hustings-types.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_CONTACT (hustings_contact_get_type ())
G_DECLARE_FINAL_TYPE (HustingsContact, hustings_contact, HUSTINGS, CONTACT, GObject)

/* The FEC's entity types. */
typedef enum {
  HUSTINGS_ENTITY_IND, /* individual */
  HUSTINGS_ENTITY_ORG, /* organization */
  HUSTINGS_ENTITY_PAC, /* political action committee */
  HUSTINGS_ENTITY_PTY, /* party organization */
  HUSTINGS_ENTITY_CCM, /* candidate committee */
  HUSTINGS_ENTITY_CAN, /* candidate */
  HUSTINGS_ENTITY_COM, /* committee (other) */
  HUSTINGS_N_ENTITIES
} HustingsEntityType;

/* The text fields of a contact, in the order a form shows them. */
typedef enum {
  HUSTINGS_CONTACT_PREFIX,
  HUSTINGS_CONTACT_FIRST_NAME,
  HUSTINGS_CONTACT_MIDDLE_NAME,
  HUSTINGS_CONTACT_LAST_NAME,
  HUSTINGS_CONTACT_SUFFIX,
  HUSTINGS_CONTACT_ORG_NAME,
  HUSTINGS_CONTACT_STREET1,
  HUSTINGS_CONTACT_STREET2,
  HUSTINGS_CONTACT_CITY,
  HUSTINGS_CONTACT_STATE,
  HUSTINGS_CONTACT_ZIP,
  HUSTINGS_CONTACT_EMPLOYER,
  HUSTINGS_CONTACT_OCCUPATION,
  HUSTINGS_CONTACT_FEC_ID,
  HUSTINGS_CONTACT_NOTES,
  HUSTINGS_CONTACT_N_FIELDS
} HustingsContactField;

/* Properties (read-only unless said): "id" (gint64), "entity-type" (int), "display-name"
 * ("Jane Q. Doe" or the organization), "sort-name", "city-state" ("Austin, TX"), "employer",
 * "occupation", "cycle-total" (gint64 cents in the committee's active cycle),
 * "cycle-total-text" ("$1,250.00" or ""), "last-gift-date" (YYYY-MM-DD or NULL),
 * "last-gift-text" (formatted date or ""), "district" and "email-opt-out-at". They are what
 * list cells bind to. */

HustingsContact   *hustings_contact_new             (HustingsEntityType    entity_type);
HustingsContact   *hustings_contact_copy            (HustingsContact      *self);
gint64             hustings_contact_get_id          (HustingsContact      *self);
HustingsEntityType hustings_contact_get_entity_type (HustingsContact      *self);
void               hustings_contact_set_entity_type (HustingsContact      *self,
                                                     HustingsEntityType    entity_type);
/* Never NULL; "" when empty. */
const char        *hustings_contact_get_field       (HustingsContact      *self,
                                                     HustingsContactField  field);
void               hustings_contact_set_field       (HustingsContact      *self,
                                                     HustingsContactField  field,
                                                     const char           *value);
/* Emails and phones in order; NULL-terminated, never NULL. */
const char * const *hustings_contact_get_emails     (HustingsContact      *self);
void               hustings_contact_set_emails      (HustingsContact      *self,
                                                     const char * const   *emails);
const char * const *hustings_contact_get_phones     (HustingsContact      *self);
void               hustings_contact_set_phones      (HustingsContact      *self,
                                                     const char * const   *phones);
const char * const *hustings_contact_get_tags       (HustingsContact      *self);
void               hustings_contact_set_tags        (HustingsContact      *self,
                                                     const char * const   *tags);
/* A PAC registered as a multicandidate committee: its limit to a candidate is the
 * multicandidate one. Always FALSE for a contact that is not a PAC. */
gboolean           hustings_contact_get_multicandidate (HustingsContact   *self);
void               hustings_contact_set_multicandidate (HustingsContact   *self,
                                                        gboolean           multicandidate);
/* The country of the address, "" for the United States (never NULL). A foreign address may
 * have any state or province and postal code. */
const char        *hustings_contact_get_country     (HustingsContact      *self);
void               hustings_contact_set_country     (HustingsContact      *self,
                                                     const char           *country);
/* TRUE for "", "US", "USA", "United States" and the like (any case): not a foreign country. */
gboolean           hustings_country_is_us           (const char           *country);
/* The longest district, in characters. */
#define HUSTINGS_CONTACT_DISTRICT_MAX 40
/* The contact's district (a congressional or legislative district, as the campaign writes
 * it: "TX-21", "HD 47"), "" when unknown (never NULL). */
const char        *hustings_contact_get_district    (HustingsContact      *self);
void               hustings_contact_set_district    (HustingsContact      *self,
                                                     const char           *district);
/* When the contact asked to receive no more email (UTC "YYYY-MM-DDTHH:MM:SSZ"), NULL while
 * they are subscribed. Email to a segment skips them. */
const char        *hustings_contact_get_email_opt_out_at (HustingsContact *self);
void               hustings_contact_set_email_opt_out_at (HustingsContact *self,
                                                          const char      *timestamp);
const char        *hustings_contact_get_display_name (HustingsContact     *self);
/* "smith, jane q" or the organization, case-folded: what lists sort by. */
char              *hustings_contact_dup_sort_name   (HustingsContact      *self);
gint64             hustings_contact_get_cycle_total (HustingsContact      *self);
const char        *hustings_contact_get_last_gift_date (HustingsContact   *self);
const char        *hustings_contact_get_created_at  (HustingsContact      *self);
const char        *hustings_contact_get_updated_at  (HustingsContact      *self);
/* TRUE for IND and CAN: the name is in name parts rather than org_name. */
gboolean           hustings_entity_type_is_person   (HustingsEntityType    entity_type);
const char        *hustings_entity_type_to_code     (HustingsEntityType    entity_type);
gboolean           hustings_entity_type_from_code   (const char           *code,
                                                     HustingsEntityType   *out_type);
/* "Individual", "Organization"... translated. */
const char        *hustings_entity_type_describe    (HustingsEntityType    entity_type);
/* Human name of a field ("First name"), translated. */
const char        *hustings_contact_field_describe  (HustingsContactField  field);

/* Checks the contact can be saved: a person needs a first or last name, others an organization
 * name; state, ZIP, emails and FEC id well-formed. HUSTINGS_ERROR_INVALID names the field. */
gboolean           hustings_contact_validate        (HustingsContact      *self,
                                                     GError              **error);

G_END_DECLS
