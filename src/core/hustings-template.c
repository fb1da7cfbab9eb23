/* hustings-template.c: a letter or email template, as plain data, and the built-in ones.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-template"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hustings-error.h"
#include "hustings-merge.h"
#include "hustings-template-private.h"

struct _HustingsTemplate
{
  GObject               parent_instance;

  gint64                id;
  char                 *name;
  HustingsTemplateKind  kind;
  char                 *subject;
  char                 *body;
  gboolean              builtin;
  char                 *created_at;
  char                 *updated_at;
};

G_DEFINE_FINAL_TYPE (HustingsTemplate, hustings_template, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_KIND_TEXT,
  PROP_SUBJECT,
  PROP_BODY,
  PROP_BUILTIN,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *id;
  const char *label;
} kinds[HUSTINGS_N_TEMPLATE_KINDS] = {
  [HUSTINGS_TEMPLATE_LETTER] = { "letter", N_("Letter") },
  [HUSTINGS_TEMPLATE_EMAIL]  = { "email",  N_("Email") },
};

/* The built-in templates, letters first, the usual one of each kind first. The letters'
 * closing (the treasurer's name) and the "Paid for by" line are the letter layout's; an email
 * carries its own. */
static const struct {
  HustingsTemplateKind  kind;
  const char           *name;
  const char           *subject;
  const char           *body;
} builtins[] = {
  { HUSTINGS_TEMPLATE_LETTER,
    /* Translators: the name of a built-in letter template */
    N_("Thank-you letter"), "",
    /* Translators: a built-in letter template. Keep the {{merge fields}} as they are. */
    N_("Dear {{salutation|Friend}},\n"
       "\n"
       "Thank you for your generous gift of {{gift_amount}}, which we received on "
       "{{gift_date}}. Every contribution to {{committee_name}} goes straight to work: yard "
       "signs, phone banks and the volunteers knocking on doors in every neighborhood.\n"
       "\n"
       "A campaign like ours runs on people like you, who care enough about our community to "
       "give. It tells our volunteers that they are not alone, and it tells everyone else that "
       "this race can be won.\n"
       "\n"
       "If you would like to do even more, whether knocking on doors, making calls or hosting "
       "a few neighbors at home, just write to us. We would love to have you with us.\n"
       "\n"
       "{{fec_notice}}") },
  { HUSTINGS_TEMPLATE_LETTER,
    /* Translators: the name of a built-in letter template */
    N_("Donation receipt"), "",
    /* Translators: a built-in letter template. Keep the {{merge fields}} as they are. */
    N_("Dear {{salutation|Friend}},\n"
       "\n"
       "Thank you for your contribution to {{committee_name}}. This letter is your receipt; "
       "please keep it with your records.\n"
       "\n"
       "Amount: {{gift_amount}}\n"
       "Date received: {{gift_date}}\n"
       "Method: {{gift_method}}\n"
       "Your total for the {{cycle}} election cycle: {{cycle_total}}\n"
       "\n"
       "If anything here does not match your own records, just write to us at "
       "{{committee_address}}, and we will set it right.\n"
       "\n"
       "{{fec_notice}}") },
  { HUSTINGS_TEMPLATE_EMAIL,
    /* Translators: the name of a built-in email template */
    N_("Thank-you email"),
    /* Translators: the subject of the built-in thank-you email. Keep the {{merge fields}}. */
    N_("Thank you, {{first_name|friend}}!"),
    /* Translators: the built-in thank-you email. Keep the {{merge fields}} as they are. */
    N_("Dear {{salutation|Friend}},\n"
       "\n"
       "Thank you for your gift of {{gift_amount}} to {{committee_name}}. It means a great deal "
       "to all of us, and it is already at work: on the phones, on the doors and in every "
       "neighborhood we reach.\n"
       "\n"
       "If you would like to do even more, just reply to this email: we always have room for "
       "one more volunteer.\n"
       "\n"
       "With gratitude,\n"
       "{{treasurer_name}}\n"
       "Treasurer, {{committee_name}}\n"
       "\n"
       "{{fec_notice}}\n"
       "\n"
       "Paid for by {{committee_name}}.\n"
       "\n"
       "{{unsubscribe}}") },
};

static void
replace (char **member, const char *value)
{
  g_free (*member);
  *member = g_strdup (value ? value : "");
}

static void
hustings_template_finalize (GObject *object)
{
  HustingsTemplate *self = (HustingsTemplate *) object;

  g_free (self->name);
  g_free (self->subject);
  g_free (self->body);
  g_free (self->created_at);
  g_free (self->updated_at);

  G_OBJECT_CLASS (hustings_template_parent_class)->finalize (object);
}

static void
hustings_template_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HustingsTemplate *self = HUSTINGS_TEMPLATE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_KIND_TEXT:
      g_value_set_string (value, hustings_template_kind_describe (self->kind));
      break;
    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;
    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;
    case PROP_BUILTIN:
      g_value_set_boolean (value, self->builtin);
      break;
    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_string (value, self->updated_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_template_class_init (HustingsTemplateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  static const struct { guint prop; const char *name; } strings[] = {
    { PROP_NAME, "name" }, { PROP_KIND_TEXT, "kind-text" }, { PROP_SUBJECT, "subject" },
    { PROP_BODY, "body" }, { PROP_CREATED_AT, "created-at" }, { PROP_UPDATED_AT, "updated-at" },
  };

  object_class->finalize = hustings_template_finalize;
  object_class->get_property = hustings_template_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, 0, HUSTINGS_N_TEMPLATE_KINDS - 1,
                                            0, flags);
  properties[PROP_BUILTIN] = g_param_spec_boolean ("builtin", NULL, NULL, FALSE, flags);
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    properties[strings[i].prop] = g_param_spec_string (strings[i].name, NULL, NULL, NULL,
                                                       flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hustings_template_init (HustingsTemplate *self)
{
  self->name = g_strdup ("");
  self->subject = g_strdup ("");
  self->body = g_strdup ("");
}

HustingsTemplate *
hustings_template_new (HustingsTemplateKind kind)
{
  HustingsTemplate *self;

  g_return_val_if_fail (kind < HUSTINGS_N_TEMPLATE_KINDS, NULL);

  self = g_object_new (HUSTINGS_TYPE_TEMPLATE, NULL);
  self->kind = kind;
  return self;
}

HustingsTemplate *
hustings_template_copy (HustingsTemplate *self)
{
  HustingsTemplate *copy;

  g_return_val_if_fail (HUSTINGS_IS_TEMPLATE (self), NULL);

  copy = hustings_template_new (self->kind);
  copy->id = self->id;
  replace (&copy->name, self->name);
  replace (&copy->subject, self->subject);
  replace (&copy->body, self->body);
  copy->created_at = g_strdup (self->created_at);
  copy->updated_at = g_strdup (self->updated_at);
  return copy;
}

gint64
hustings_template_get_id (HustingsTemplate *self)
{
  g_return_val_if_fail (HUSTINGS_IS_TEMPLATE (self), 0);
  return self->id;
}

void
hustings_template_set_id (HustingsTemplate *self,
                          gint64            id)
{
  self->id = id;
}

const char *
hustings_template_get_name (HustingsTemplate *self)
{
  g_return_val_if_fail (HUSTINGS_IS_TEMPLATE (self), "");
  return self->name;
}

void
hustings_template_set_name (HustingsTemplate *self,
                            const char       *name)
{
  g_return_if_fail (HUSTINGS_IS_TEMPLATE (self));
  replace (&self->name, name);
}

HustingsTemplateKind
hustings_template_get_kind (HustingsTemplate *self)
{
  g_return_val_if_fail (HUSTINGS_IS_TEMPLATE (self), HUSTINGS_TEMPLATE_LETTER);
  return self->kind;
}

void
hustings_template_set_kind (HustingsTemplate     *self,
                            HustingsTemplateKind  kind)
{
  g_return_if_fail (HUSTINGS_IS_TEMPLATE (self));
  g_return_if_fail (kind < HUSTINGS_N_TEMPLATE_KINDS);
  self->kind = kind;
}

const char *
hustings_template_get_subject (HustingsTemplate *self)
{
  g_return_val_if_fail (HUSTINGS_IS_TEMPLATE (self), "");
  return self->kind == HUSTINGS_TEMPLATE_EMAIL ? self->subject : "";
}

void
hustings_template_set_subject (HustingsTemplate *self,
                               const char       *subject)
{
  g_return_if_fail (HUSTINGS_IS_TEMPLATE (self));
  replace (&self->subject, subject);
}

const char *
hustings_template_get_body (HustingsTemplate *self)
{
  g_return_val_if_fail (HUSTINGS_IS_TEMPLATE (self), "");
  return self->body;
}

void
hustings_template_set_body (HustingsTemplate *self,
                            const char       *body)
{
  g_return_if_fail (HUSTINGS_IS_TEMPLATE (self));
  replace (&self->body, body);
}

gboolean
hustings_template_is_builtin (HustingsTemplate *self)
{
  g_return_val_if_fail (HUSTINGS_IS_TEMPLATE (self), FALSE);
  return self->builtin;
}

const char *
hustings_template_get_created_at (HustingsTemplate *self)
{
  g_return_val_if_fail (HUSTINGS_IS_TEMPLATE (self), NULL);
  return self->created_at;
}

const char *
hustings_template_get_updated_at (HustingsTemplate *self)
{
  g_return_val_if_fail (HUSTINGS_IS_TEMPLATE (self), NULL);
  return self->updated_at;
}

void
hustings_template_set_timestamps (HustingsTemplate *self,
                                  const char       *created_at,
                                  const char       *updated_at)
{
  g_free (self->created_at);
  self->created_at = g_strdup (created_at);
  g_free (self->updated_at);
  self->updated_at = g_strdup (updated_at);
}

/* TRUE when text is nothing but blanks. */
static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

gboolean
hustings_template_validate (HustingsTemplate  *self,
                            GError           **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (HUSTINGS_IS_TEMPLATE (self), FALSE);

  if (!g_utf8_validate (self->name, -1, NULL) || !g_utf8_validate (self->subject, -1, NULL) ||
      !g_utf8_validate (self->body, -1, NULL))
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("The template is not readable text"));
      return FALSE;
    }
  name = g_strstrip (g_strdup (self->name));
  if (*name == '\0')
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("Give the template a name"));
      return FALSE;
    }
  if (g_utf8_strlen (name, -1) > HUSTINGS_TEMPLATE_NAME_MAX)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("A template name is at most %d characters long"),
                   HUSTINGS_TEMPLATE_NAME_MAX);
      return FALSE;
    }
  if (self->kind == HUSTINGS_TEMPLATE_EMAIL)
    {
      if (is_blank (self->subject))
        {
          g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                               _("Give the email a subject"));
          return FALSE;
        }
      if (strpbrk (self->subject, "\r\n") != NULL)
        {
          g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                               _("The subject must fit on one line"));
          return FALSE;
        }
      if (g_utf8_strlen (self->subject, -1) > HUSTINGS_TEMPLATE_SUBJECT_MAX)
        {
          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("The subject is at most %d characters long"),
                       HUSTINGS_TEMPLATE_SUBJECT_MAX);
          return FALSE;
        }
      if (!hustings_merge_check (self->subject, _("The subject"), error))
        return FALSE;
    }
  if (is_blank (self->body))
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           self->kind == HUSTINGS_TEMPLATE_EMAIL
                           ? _("The email has no text: write its message")
                           : _("The letter has no text: write what it says"));
      return FALSE;
    }
  return hustings_merge_check (self->body, _("The text"), error);
}

GPtrArray *
hustings_template_builtins (void)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (builtins); i++)
    {
      HustingsTemplate *template = hustings_template_new (builtins[i].kind);

      replace (&template->name, _(builtins[i].name));
      if (*builtins[i].subject != '\0')
        replace (&template->subject, _(builtins[i].subject));
      replace (&template->body, _(builtins[i].body));
      template->builtin = TRUE;
      g_ptr_array_add (list, template);
    }
  return list;
}

const char *
hustings_template_kind_to_string (HustingsTemplateKind kind)
{
  g_return_val_if_fail (kind < HUSTINGS_N_TEMPLATE_KINDS, NULL);
  return kinds[kind].id;
}

gboolean
hustings_template_kind_from_string (const char           *text,
                                    HustingsTemplateKind *out_kind)
{
  for (guint i = 0; text != NULL && i < HUSTINGS_N_TEMPLATE_KINDS; i++)
    if (strcmp (kinds[i].id, text) == 0)
      {
        *out_kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
hustings_template_kind_describe (HustingsTemplateKind kind)
{
  g_return_val_if_fail (kind < HUSTINGS_N_TEMPLATE_KINDS, "");
  return _(kinds[kind].label);
}
