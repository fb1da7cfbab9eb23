/* hustings-template.h: a letter or email template with merge fields, as plain data.
 *
 * The body (and an email's subject) holds merge fields written {{field}} or
 * {{field|fallback}} ("Dear {{first_name|Friend}},"): see hustings-merge.h for the fields and
 * how a template is merged for a contact.
 *
 * Built-in templates ("Thank-you letter", "Donation receipt", "Thank-you email") are always
 * available though not saved in the file: hustings_template_store_get and _list give them (see
 * hustings-template-store.h), marked hustings_template_is_builtin. A built-in has no id; to
 * change it, edit a copy (hustings_template_copy, which is no longer built-in) and add it
 * under the same name: the saved one then replaces the built-in for that file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "hustings-types.h"

G_BEGIN_DECLS

typedef enum {
  HUSTINGS_TEMPLATE_LETTER,
  HUSTINGS_TEMPLATE_EMAIL,
  HUSTINGS_N_TEMPLATE_KINDS
} HustingsTemplateKind;

/* The longest name and subject, in characters; a body has no limit. */
#define HUSTINGS_TEMPLATE_NAME_MAX    100
#define HUSTINGS_TEMPLATE_SUBJECT_MAX 200

#define HUSTINGS_TYPE_TEMPLATE (hustings_template_get_type ())
G_DECLARE_FINAL_TYPE (HustingsTemplate, hustings_template, HUSTINGS, TEMPLATE, GObject)

/* Properties (read-only), what list cells bind to: "id" (gint64, 0 for a built-in or one not
 * yet saved), "name", "kind" (int), "kind-text" ("Letter", "Email"), "subject", "body",
 * "builtin" (gboolean), "created-at", "updated-at" (UTC timestamps, NULL until saved). */

/* An empty template of kind, not saved. */
HustingsTemplate    *hustings_template_new              (HustingsTemplateKind  kind);
/* A copy to edit: everything but the built-in mark (the copy of a built-in is an ordinary
 * template without an id, which hustings_template_store_add saves). */
HustingsTemplate    *hustings_template_copy             (HustingsTemplate     *self);
gint64               hustings_template_get_id           (HustingsTemplate     *self);
/* Never NULL; "" when empty. */
const char          *hustings_template_get_name         (HustingsTemplate     *self);
void                 hustings_template_set_name         (HustingsTemplate     *self,
                                                         const char           *name);
HustingsTemplateKind hustings_template_get_kind         (HustingsTemplate     *self);
void                 hustings_template_set_kind         (HustingsTemplate     *self,
                                                         HustingsTemplateKind  kind);
/* An email's subject, with merge fields; "" for a letter (never NULL). */
const char          *hustings_template_get_subject      (HustingsTemplate     *self);
void                 hustings_template_set_subject      (HustingsTemplate     *self,
                                                         const char           *subject);
/* The text with merge fields; paragraphs are separated by a blank line, and a single line
 * break is kept as one (an address, a list). Never NULL. */
const char          *hustings_template_get_body         (HustingsTemplate     *self);
void                 hustings_template_set_body         (HustingsTemplate     *self,
                                                         const char           *body);
/* TRUE for a built-in template as the store gives it (no id, not in the file). */
gboolean             hustings_template_is_builtin       (HustingsTemplate     *self);
/* UTC "YYYY-MM-DDTHH:MM:SSZ", NULL until saved. */
const char          *hustings_template_get_created_at   (HustingsTemplate     *self);
const char          *hustings_template_get_updated_at   (HustingsTemplate     *self);

/* Checks what a treasurer could get wrong: a name (trimmed) of at most
 * HUSTINGS_TEMPLATE_NAME_MAX characters, a body, a subject for an email (at most
 * HUSTINGS_TEMPLATE_SUBJECT_MAX characters, one line), and merge fields that are well formed
 * and known (hustings_merge_check: "The text uses {{frist_name}}, which is not a merge
 * field"). HUSTINGS_ERROR_INVALID says what is wrong. Whether the name is free is the
 * store's to check. */
gboolean             hustings_template_validate         (HustingsTemplate     *self,
                                                         GError              **error);

/* The built-in templates, a new reference each (letters first, then emails; the usual one of
 * each kind, the thank-you, first), translated. hustings_template_store_list is what a window
 * lists: it leaves out those a saved template replaces. */
GPtrArray           *hustings_template_builtins         (void);

/* Stable ids for files and the command line: "letter", "email" (the schema's). */
const char          *hustings_template_kind_to_string   (HustingsTemplateKind  kind);
gboolean             hustings_template_kind_from_string (const char           *text,
                                                         HustingsTemplateKind *out_kind);
/* "Letter", "Email": translated. */
const char          *hustings_template_kind_describe    (HustingsTemplateKind  kind);

G_END_DECLS
