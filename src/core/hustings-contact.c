/* hustings-contact.c: a contact as plain data.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-contact"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hustings-contact-private.h"
#include "hustings-dates.h"
#include "hustings-error.h"
#include "hustings-money.h"
#include "hustings-validate.h"

struct _HustingsContact
{
  GObject            parent_instance;

  gint64             id;
  HustingsEntityType entity_type;
  char              *fields[HUSTINGS_CONTACT_N_FIELDS];
  GStrv              emails;
  GStrv              phones;
  GStrv              tags;
  char              *created_at;
  char              *updated_at;
  gint64             cycle_total;
  char              *last_gift_date;
  char              *display_name;   /* cached; cleared when a name field changes */
  gboolean           multicandidate;
  char              *country;
  char              *district;
  char              *email_opt_out_at;
};

G_DEFINE_FINAL_TYPE (HustingsContact, hustings_contact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ENTITY_TYPE,
  PROP_DISPLAY_NAME,
  PROP_SORT_NAME,
  PROP_CITY_STATE,
  PROP_EMPLOYER,
  PROP_OCCUPATION,
  PROP_CYCLE_TOTAL,
  PROP_CYCLE_TOTAL_TEXT,
  PROP_LAST_GIFT_DATE,
  PROP_LAST_GIFT_TEXT,
  PROP_DISTRICT,
  PROP_EMAIL_OPT_OUT_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *entity_codes[HUSTINGS_N_ENTITIES] = {
  "IND", "ORG", "PAC", "PTY", "CCM", "CAN", "COM"
};

char *
hustings_fold_text (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text ? text : "", -1, G_NORMALIZE_NFD);
  g_autofree char *folded = g_utf8_casefold (decomposed ? decomposed : "", -1);
  GString *out = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK)
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
hustings_contact_finalize (GObject *object)
{
  HustingsContact *self = (HustingsContact *) object;

  for (guint i = 0; i < HUSTINGS_CONTACT_N_FIELDS; i++)
    g_free (self->fields[i]);
  g_strfreev (self->emails);
  g_strfreev (self->phones);
  g_strfreev (self->tags);
  g_free (self->created_at);
  g_free (self->updated_at);
  g_free (self->last_gift_date);
  g_free (self->display_name);
  g_free (self->country);
  g_free (self->district);
  g_free (self->email_opt_out_at);

  G_OBJECT_CLASS (hustings_contact_parent_class)->finalize (object);
}

static char *
city_state (HustingsContact *self)
{
  const char *city = self->fields[HUSTINGS_CONTACT_CITY];
  const char *state = self->fields[HUSTINGS_CONTACT_STATE];

  if (*city && *state)
    return g_strdup_printf ("%s, %s", city, state);
  return g_strdup (*city ? city : state);
}

static void
hustings_contact_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HustingsContact *self = HUSTINGS_CONTACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_ENTITY_TYPE:
      g_value_set_int (value, self->entity_type);
      break;
    case PROP_DISPLAY_NAME:
      g_value_set_string (value, hustings_contact_get_display_name (self));
      break;
    case PROP_SORT_NAME:
      g_value_take_string (value, hustings_contact_dup_sort_name (self));
      break;
    case PROP_CITY_STATE:
      g_value_take_string (value, city_state (self));
      break;
    case PROP_EMPLOYER:
      g_value_set_string (value, self->fields[HUSTINGS_CONTACT_EMPLOYER]);
      break;
    case PROP_OCCUPATION:
      g_value_set_string (value, self->fields[HUSTINGS_CONTACT_OCCUPATION]);
      break;
    case PROP_CYCLE_TOTAL:
      g_value_set_int64 (value, self->cycle_total);
      break;
    case PROP_CYCLE_TOTAL_TEXT:
      g_value_take_string (value, self->cycle_total != 0
                                  ? hustings_money_format (self->cycle_total) : g_strdup (""));
      break;
    case PROP_LAST_GIFT_DATE:
      g_value_set_string (value, self->last_gift_date);
      break;
    case PROP_LAST_GIFT_TEXT:
      g_value_take_string (value, self->last_gift_date
                                  ? hustings_date_format (self->last_gift_date) : g_strdup (""));
      break;
    case PROP_DISTRICT:
      g_value_set_string (value, self->district);
      break;
    case PROP_EMAIL_OPT_OUT_AT:
      g_value_set_string (value, self->email_opt_out_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_contact_class_init (HustingsContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hustings_contact_finalize;
  object_class->get_property = hustings_contact_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ENTITY_TYPE] = g_param_spec_int ("entity-type", NULL, NULL,
                                                   0, HUSTINGS_N_ENTITIES - 1, 0, flags);
  properties[PROP_DISPLAY_NAME] = g_param_spec_string ("display-name", NULL, NULL, NULL, flags);
  properties[PROP_SORT_NAME] = g_param_spec_string ("sort-name", NULL, NULL, NULL, flags);
  properties[PROP_CITY_STATE] = g_param_spec_string ("city-state", NULL, NULL, NULL, flags);
  properties[PROP_EMPLOYER] = g_param_spec_string ("employer", NULL, NULL, NULL, flags);
  properties[PROP_OCCUPATION] = g_param_spec_string ("occupation", NULL, NULL, NULL, flags);
  properties[PROP_CYCLE_TOTAL] = g_param_spec_int64 ("cycle-total", NULL, NULL,
                                                     G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_CYCLE_TOTAL_TEXT] = g_param_spec_string ("cycle-total-text", NULL, NULL, NULL,
                                                           flags);
  properties[PROP_LAST_GIFT_DATE] = g_param_spec_string ("last-gift-date", NULL, NULL, NULL,
                                                         flags);
  properties[PROP_LAST_GIFT_TEXT] = g_param_spec_string ("last-gift-text", NULL, NULL, NULL,
                                                         flags);
  properties[PROP_DISTRICT] = g_param_spec_string ("district", NULL, NULL, NULL, flags);
  properties[PROP_EMAIL_OPT_OUT_AT] = g_param_spec_string ("email-opt-out-at", NULL, NULL, NULL,
                                                           flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hustings_contact_init (HustingsContact *self)
{
  for (guint i = 0; i < HUSTINGS_CONTACT_N_FIELDS; i++)
    self->fields[i] = g_strdup ("");
  self->emails = g_new0 (char *, 1);
  self->phones = g_new0 (char *, 1);
  self->tags = g_new0 (char *, 1);
  self->country = g_strdup ("");
  self->district = g_strdup ("");
}

HustingsContact *
hustings_contact_new (HustingsEntityType entity_type)
{
  HustingsContact *self = g_object_new (HUSTINGS_TYPE_CONTACT, NULL);

  self->entity_type = entity_type;
  return self;
}

HustingsContact *
hustings_contact_copy (HustingsContact *self)
{
  HustingsContact *copy = hustings_contact_new (self->entity_type);

  copy->id = self->id;
  for (guint i = 0; i < HUSTINGS_CONTACT_N_FIELDS; i++)
    hustings_contact_set_field (copy, i, self->fields[i]);
  hustings_contact_take_emails (copy, g_strdupv (self->emails));
  hustings_contact_take_phones (copy, g_strdupv (self->phones));
  hustings_contact_take_tags (copy, g_strdupv (self->tags));
  hustings_contact_set_timestamps (copy, self->created_at, self->updated_at);
  hustings_contact_set_giving (copy, self->cycle_total, self->last_gift_date);
  copy->multicandidate = self->multicandidate;
  hustings_contact_set_country (copy, self->country);
  hustings_contact_set_district (copy, self->district);
  hustings_contact_set_email_opt_out_at (copy, self->email_opt_out_at);
  return copy;
}

gint64
hustings_contact_get_id (HustingsContact *self)
{
  return self->id;
}

void
hustings_contact_set_id (HustingsContact *self, gint64 id)
{
  self->id = id;
}

HustingsEntityType
hustings_contact_get_entity_type (HustingsContact *self)
{
  return self->entity_type;
}

void
hustings_contact_set_entity_type (HustingsContact    *self,
                                  HustingsEntityType  entity_type)
{
  g_return_if_fail (entity_type < HUSTINGS_N_ENTITIES);
  self->entity_type = entity_type;
  g_clear_pointer (&self->display_name, g_free);
}

const char *
hustings_contact_get_field (HustingsContact      *self,
                            HustingsContactField  field)
{
  g_return_val_if_fail (field < HUSTINGS_CONTACT_N_FIELDS, "");
  return self->fields[field];
}

void
hustings_contact_set_field (HustingsContact      *self,
                            HustingsContactField  field,
                            const char           *value)
{
  g_return_if_fail (field < HUSTINGS_CONTACT_N_FIELDS);
  g_free (self->fields[field]);
  /* Notes keep their shape; every other field is one line with no stray blanks. */
  if (field == HUSTINGS_CONTACT_NOTES)
    self->fields[field] = g_strdup (value ? value : "");
  else
    self->fields[field] = g_strstrip (g_strdup (value ? value : ""));
  if (field <= HUSTINGS_CONTACT_ORG_NAME)
    g_clear_pointer (&self->display_name, g_free);
}

static GStrv
clean_list (const char * const *items)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv result;

  for (guint i = 0; items && items[i]; i++)
    {
      g_autofree char *item = g_strstrip (g_strdup (items[i]));

      if (*item)
        g_strv_builder_add (builder, item);
    }
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return result;
}

const char * const *
hustings_contact_get_emails (HustingsContact *self)
{
  return (const char * const *) self->emails;
}

void
hustings_contact_set_emails (HustingsContact *self, const char * const *emails)
{
  hustings_contact_take_emails (self, clean_list (emails));
}

void
hustings_contact_take_emails (HustingsContact *self, GStrv emails)
{
  g_strfreev (self->emails);
  self->emails = emails ? emails : g_new0 (char *, 1);
}

const char * const *
hustings_contact_get_phones (HustingsContact *self)
{
  return (const char * const *) self->phones;
}

void
hustings_contact_set_phones (HustingsContact *self, const char * const *phones)
{
  hustings_contact_take_phones (self, clean_list (phones));
}

void
hustings_contact_take_phones (HustingsContact *self, GStrv phones)
{
  g_strfreev (self->phones);
  self->phones = phones ? phones : g_new0 (char *, 1);
}

const char * const *
hustings_contact_get_tags (HustingsContact *self)
{
  return (const char * const *) self->tags;
}

void
hustings_contact_set_tags (HustingsContact *self, const char * const *tags)
{
  hustings_contact_take_tags (self, clean_list (tags));
}

void
hustings_contact_take_tags (HustingsContact *self, GStrv tags)
{
  g_strfreev (self->tags);
  self->tags = tags ? tags : g_new0 (char *, 1);
}

gboolean
hustings_contact_get_multicandidate (HustingsContact *self)
{
  return self->multicandidate && self->entity_type == HUSTINGS_ENTITY_PAC;
}

void
hustings_contact_set_multicandidate (HustingsContact *self,
                                     gboolean         multicandidate)
{
  self->multicandidate = multicandidate != FALSE;
}

const char *
hustings_contact_get_country (HustingsContact *self)
{
  return self->country;
}

void
hustings_contact_set_country (HustingsContact *self,
                              const char      *country)
{
  g_free (self->country);
  self->country = g_strstrip (g_strdup (country ? country : ""));
}

const char *
hustings_contact_get_district (HustingsContact *self)
{
  return self->district;
}

void
hustings_contact_set_district (HustingsContact *self,
                               const char      *district)
{
  g_free (self->district);
  self->district = g_strstrip (g_strdup (district ? district : ""));
}

const char *
hustings_contact_get_email_opt_out_at (HustingsContact *self)
{
  return self->email_opt_out_at;
}

void
hustings_contact_set_email_opt_out_at (HustingsContact *self,
                                       const char      *timestamp)
{
  g_free (self->email_opt_out_at);
  self->email_opt_out_at = timestamp && *timestamp ? g_strdup (timestamp) : NULL;
}

gboolean
hustings_country_is_us (const char *country)
{
  static const char * const names[] = {
    "", "US", "USA", "U.S.", "U.S.A.", "United States", "United States of America",
  };
  g_autofree char *trimmed = g_strstrip (g_strdup (country ? country : ""));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (trimmed, names[i]) == 0)
      return TRUE;
  return FALSE;
}

gboolean
hustings_entity_type_is_person (HustingsEntityType entity_type)
{
  return entity_type == HUSTINGS_ENTITY_IND || entity_type == HUSTINGS_ENTITY_CAN;
}

static char *
join_nonempty (const char *first, ...)
{
  GString *s = g_string_new (NULL);
  va_list args;

  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    {
      if (*part == '\0')
        continue;
      if (s->len > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, part);
    }
  va_end (args);
  return g_string_free (s, FALSE);
}

const char *
hustings_contact_get_display_name (HustingsContact *self)
{
  if (self->display_name == NULL)
    {
      char **f = self->fields;

      if (hustings_entity_type_is_person (self->entity_type) &&
          (*f[HUSTINGS_CONTACT_FIRST_NAME] || *f[HUSTINGS_CONTACT_LAST_NAME]))
        self->display_name = join_nonempty (f[HUSTINGS_CONTACT_PREFIX],
                                            f[HUSTINGS_CONTACT_FIRST_NAME],
                                            f[HUSTINGS_CONTACT_MIDDLE_NAME],
                                            f[HUSTINGS_CONTACT_LAST_NAME],
                                            f[HUSTINGS_CONTACT_SUFFIX], NULL);
      else if (*f[HUSTINGS_CONTACT_ORG_NAME])
        self->display_name = g_strdup (f[HUSTINGS_CONTACT_ORG_NAME]);
      else
        self->display_name = join_nonempty (f[HUSTINGS_CONTACT_FIRST_NAME],
                                            f[HUSTINGS_CONTACT_LAST_NAME], NULL);
    }
  return self->display_name;
}

char *
hustings_contact_dup_sort_name (HustingsContact *self)
{
  char **f = self->fields;
  g_autofree char *key = NULL;

  if (hustings_entity_type_is_person (self->entity_type) &&
      (*f[HUSTINGS_CONTACT_FIRST_NAME] || *f[HUSTINGS_CONTACT_LAST_NAME]))
    {
      g_autofree char *given = join_nonempty (f[HUSTINGS_CONTACT_FIRST_NAME],
                                              f[HUSTINGS_CONTACT_MIDDLE_NAME], NULL);

      key = g_strdup_printf ("%s, %s", f[HUSTINGS_CONTACT_LAST_NAME], given);
    }
  else
    key = g_strdup (hustings_contact_get_display_name (self));

  return hustings_fold_text (key);
}

gint64
hustings_contact_get_cycle_total (HustingsContact *self)
{
  return self->cycle_total;
}

const char *
hustings_contact_get_last_gift_date (HustingsContact *self)
{
  return self->last_gift_date;
}

void
hustings_contact_set_giving (HustingsContact *self,
                             gint64           cycle_total,
                             const char      *last_gift_date)
{
  self->cycle_total = cycle_total;
  g_free (self->last_gift_date);
  self->last_gift_date = g_strdup (last_gift_date);
}

const char *
hustings_contact_get_created_at (HustingsContact *self)
{
  return self->created_at;
}

const char *
hustings_contact_get_updated_at (HustingsContact *self)
{
  return self->updated_at;
}

void
hustings_contact_set_timestamps (HustingsContact *self,
                                 const char      *created_at,
                                 const char      *updated_at)
{
  /* Copied first: the new values may be the old ones. */
  char *created = g_strdup (created_at);
  char *updated = g_strdup (updated_at);

  g_free (self->created_at);
  g_free (self->updated_at);
  self->created_at = created;
  self->updated_at = updated;
}

const char *
hustings_entity_type_to_code (HustingsEntityType entity_type)
{
  g_return_val_if_fail (entity_type < HUSTINGS_N_ENTITIES, "IND");
  return entity_codes[entity_type];
}

gboolean
hustings_entity_type_from_code (const char         *code,
                                HustingsEntityType *out_type)
{
  for (guint i = 0; i < HUSTINGS_N_ENTITIES; i++)
    if (code && g_ascii_strcasecmp (code, entity_codes[i]) == 0)
      {
        *out_type = (HustingsEntityType) i;
        return TRUE;
      }
  return FALSE;
}

const char *
hustings_entity_type_describe (HustingsEntityType entity_type)
{
  switch (entity_type)
    {
    case HUSTINGS_ENTITY_IND: return _("Individual");
    case HUSTINGS_ENTITY_ORG: return _("Organization");
    case HUSTINGS_ENTITY_PAC: return _("Political action committee");
    case HUSTINGS_ENTITY_PTY: return _("Party organization");
    case HUSTINGS_ENTITY_CCM: return _("Candidate committee");
    case HUSTINGS_ENTITY_CAN: return _("Candidate");
    case HUSTINGS_ENTITY_COM: return _("Other committee");
    case HUSTINGS_N_ENTITIES:
    default: return "";
    }
}

const char *
hustings_contact_field_describe (HustingsContactField field)
{
  switch (field)
    {
    case HUSTINGS_CONTACT_PREFIX:      return _("Prefix");
    case HUSTINGS_CONTACT_FIRST_NAME:  return _("First name");
    case HUSTINGS_CONTACT_MIDDLE_NAME: return _("Middle name");
    case HUSTINGS_CONTACT_LAST_NAME:   return _("Last name");
    case HUSTINGS_CONTACT_SUFFIX:      return _("Suffix");
    case HUSTINGS_CONTACT_ORG_NAME:    return _("Organization name");
    case HUSTINGS_CONTACT_STREET1:     return _("Street");
    case HUSTINGS_CONTACT_STREET2:     return _("Street, second line");
    case HUSTINGS_CONTACT_CITY:        return _("City");
    case HUSTINGS_CONTACT_STATE:       return _("State");
    case HUSTINGS_CONTACT_ZIP:         return _("ZIP code");
    case HUSTINGS_CONTACT_EMPLOYER:    return _("Employer");
    case HUSTINGS_CONTACT_OCCUPATION:  return _("Occupation");
    case HUSTINGS_CONTACT_FEC_ID:      return _("FEC ID");
    case HUSTINGS_CONTACT_NOTES:       return _("Notes");
    case HUSTINGS_CONTACT_N_FIELDS:
    default:                           return "";
    }
}

static gboolean
invalid (GError **error, const char *message)
{
  g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID, message);
  return FALSE;
}

gboolean
hustings_contact_validate (HustingsContact  *self,
                           GError          **error)
{
  char **f = self->fields;
  const char *fec_id = f[HUSTINGS_CONTACT_FEC_ID];
  /* A foreign address has the state or province and postal code of its country. */
  gboolean domestic = hustings_country_is_us (self->country);

  if (self->entity_type >= HUSTINGS_N_ENTITIES)
    return invalid (error, _("The contact’s type is not known"));
  if (hustings_entity_type_is_person (self->entity_type))
    {
      if (!*f[HUSTINGS_CONTACT_FIRST_NAME] && !*f[HUSTINGS_CONTACT_LAST_NAME])
        return invalid (error, _("A person needs a first or last name"));
    }
  else if (!*f[HUSTINGS_CONTACT_ORG_NAME])
    return invalid (error, _("An organization or committee needs an organization name"));

  if (domestic && *f[HUSTINGS_CONTACT_STATE] &&
      !hustings_state_is_valid (f[HUSTINGS_CONTACT_STATE]))
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("State: “%s” is not a two-letter postal code such as TX"),
                   f[HUSTINGS_CONTACT_STATE]);
      return FALSE;
    }
  if (domestic && *f[HUSTINGS_CONTACT_ZIP] && !hustings_zip_is_valid (f[HUSTINGS_CONTACT_ZIP]))
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("ZIP code: “%s” must have 5 or 9 digits, such as 78701 or 78701-1234"),
                   f[HUSTINGS_CONTACT_ZIP]);
      return FALSE;
    }
  for (guint i = 0; self->emails[i]; i++)
    if (!hustings_email_is_valid (self->emails[i]))
      {
        g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                     _("Email: “%s” is not an email address"), self->emails[i]);
        return FALSE;
      }
  if (*fec_id)
    {
      gboolean candidate_id = strlen (fec_id) == 9 && strchr ("HSP", fec_id[0]) != NULL;

      if (!hustings_fec_committee_id_is_valid (fec_id) && !candidate_id)
        {
          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("FEC ID: “%s” is not an FEC committee ID (C and eight digits) or "
                         "candidate ID (H, S or P and eight characters)"), fec_id);
          return FALSE;
        }
    }
  if (g_utf8_strlen (self->district, -1) > HUSTINGS_CONTACT_DISTRICT_MAX)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("District: at most %d characters, such as TX-21 or HD 47"),
                   HUSTINGS_CONTACT_DISTRICT_MAX);
      return FALSE;
    }
  return TRUE;
}
