/* hustings-task.c: a task or reminder as plain data.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-task"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hustings-dates.h"
#include "hustings-error.h"
#include "hustings-task-private.h"
#include "hustings-task-rules.h"

struct _HustingsTask
{
  GObject  parent_instance;

  gint64   id;
  char    *title;
  char    *notes;
  char    *due_date;
  gint64   contact_id;
  char    *contact_name;
  char    *done_at;
  char    *rule;
  char    *rule_key;
  char    *created_at;
};

G_DEFINE_FINAL_TYPE (HustingsTask, hustings_task, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_NOTES,
  PROP_DUE_DATE,
  PROP_DUE_TEXT,
  PROP_CONTACT_ID,
  PROP_CONTACT_NAME,
  PROP_DONE,
  PROP_DONE_AT,
  PROP_OVERDUE,
  PROP_RULE,
  PROP_RULE_TEXT,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
rule_text (HustingsTask *self)
{
  HustingsTaskRule rule;

  return hustings_task_rule_from_string (self->rule, &rule) ? hustings_task_rule_describe (rule)
                                                            : "";
}

static void
hustings_task_finalize (GObject *object)
{
  HustingsTask *self = (HustingsTask *) object;

  g_free (self->title);
  g_free (self->notes);
  g_free (self->due_date);
  g_free (self->contact_name);
  g_free (self->done_at);
  g_free (self->rule);
  g_free (self->rule_key);
  g_free (self->created_at);

  G_OBJECT_CLASS (hustings_task_parent_class)->finalize (object);
}

static void
hustings_task_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HustingsTask *self = HUSTINGS_TASK (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_DUE_DATE:
      g_value_set_string (value, self->due_date);
      break;
    case PROP_DUE_TEXT:
      g_value_take_string (value, self->due_date ? hustings_date_format (self->due_date)
                                                 : g_strdup (""));
      break;
    case PROP_CONTACT_ID:
      g_value_set_int64 (value, self->contact_id);
      break;
    case PROP_CONTACT_NAME:
      g_value_set_string (value, self->contact_name);
      break;
    case PROP_DONE:
      g_value_set_boolean (value, self->done_at != NULL);
      break;
    case PROP_DONE_AT:
      g_value_set_string (value, self->done_at);
      break;
    case PROP_OVERDUE:
      {
        g_autofree char *today = hustings_date_today ();

        g_value_set_boolean (value, hustings_task_is_overdue (self, today));
      }
      break;
    case PROP_RULE:
      g_value_set_string (value, self->rule);
      break;
    case PROP_RULE_TEXT:
      g_value_set_string (value, rule_text (self));
      break;
    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_task_class_init (HustingsTaskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  static const struct { guint prop; const char *name; } strings[] = {
    { PROP_TITLE, "title" }, { PROP_NOTES, "notes" }, { PROP_DUE_DATE, "due-date" },
    { PROP_DUE_TEXT, "due-text" }, { PROP_CONTACT_NAME, "contact-name" },
    { PROP_DONE_AT, "done-at" }, { PROP_RULE, "rule" }, { PROP_RULE_TEXT, "rule-text" },
    { PROP_CREATED_AT, "created-at" },
  };

  object_class->finalize = hustings_task_finalize;
  object_class->get_property = hustings_task_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CONTACT_ID] = g_param_spec_int64 ("contact-id", NULL, NULL,
                                                    0, G_MAXINT64, 0, flags);
  properties[PROP_DONE] = g_param_spec_boolean ("done", NULL, NULL, FALSE, flags);
  properties[PROP_OVERDUE] = g_param_spec_boolean ("overdue", NULL, NULL, FALSE, flags);
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    properties[strings[i].prop] = g_param_spec_string (strings[i].name, NULL, NULL, NULL,
                                                       flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hustings_task_init (HustingsTask *self)
{
  self->title = g_strdup ("");
  self->notes = g_strdup ("");
  self->contact_name = g_strdup ("");
  self->created_at = g_strdup ("");
}

HustingsTask *
hustings_task_new (void)
{
  return g_object_new (HUSTINGS_TYPE_TASK, NULL);
}

HustingsTask *
hustings_task_copy (HustingsTask *self)
{
  HustingsTask *copy = hustings_task_new ();

  copy->id = self->id;
  hustings_task_set_title (copy, self->title);
  hustings_task_set_notes (copy, self->notes);
  hustings_task_set_due_date (copy, self->due_date);
  copy->contact_id = self->contact_id;
  hustings_task_set_contact_name (copy, self->contact_name);
  hustings_task_set_done_at (copy, self->done_at);
  hustings_task_set_rule (copy, self->rule, self->rule_key);
  hustings_task_set_created_at (copy, self->created_at);
  return copy;
}

static void
replace (char **member, const char *value)
{
  g_free (*member);
  *member = g_strdup (value ? value : "");
}

/* NULL for NULL or "": what the optional columns hold. */
static void
replace_optional (char **member, const char *value)
{
  g_free (*member);
  *member = value && *value ? g_strdup (value) : NULL;
}

gint64
hustings_task_get_id (HustingsTask *self)
{
  return self->id;
}

void
hustings_task_set_id (HustingsTask *self,
                      gint64        id)
{
  self->id = id;
}

const char *
hustings_task_get_title (HustingsTask *self)
{
  return self->title;
}

void
hustings_task_set_title (HustingsTask *self,
                         const char   *title)
{
  replace (&self->title, title);
}

const char *
hustings_task_get_notes (HustingsTask *self)
{
  return self->notes;
}

void
hustings_task_set_notes (HustingsTask *self,
                         const char   *notes)
{
  replace (&self->notes, notes);
}

const char *
hustings_task_get_due_date (HustingsTask *self)
{
  return self->due_date;
}

void
hustings_task_set_due_date (HustingsTask *self,
                            const char   *date)
{
  replace_optional (&self->due_date, date);
}

gint64
hustings_task_get_contact_id (HustingsTask *self)
{
  return self->contact_id;
}

void
hustings_task_set_contact_id (HustingsTask *self,
                              gint64        contact_id)
{
  self->contact_id = contact_id;
}

const char *
hustings_task_get_contact_name (HustingsTask *self)
{
  return self->contact_name;
}

void
hustings_task_set_contact_name (HustingsTask *self,
                                const char   *name)
{
  replace (&self->contact_name, name);
}

const char *
hustings_task_get_done_at (HustingsTask *self)
{
  return self->done_at;
}

void
hustings_task_set_done_at (HustingsTask *self,
                           const char   *done_at)
{
  replace_optional (&self->done_at, done_at);
}

gboolean
hustings_task_is_done (HustingsTask *self)
{
  return self->done_at != NULL;
}

gboolean
hustings_task_is_overdue (HustingsTask *self,
                          const char   *today)
{
  return self->done_at == NULL && self->due_date != NULL && g_strcmp0 (self->due_date, today) < 0;
}

const char *
hustings_task_get_rule (HustingsTask *self)
{
  return self->rule;
}

const char *
hustings_task_get_rule_key (HustingsTask *self)
{
  return self->rule_key;
}

void
hustings_task_set_rule (HustingsTask *self,
                        const char   *rule,
                        const char   *rule_key)
{
  replace_optional (&self->rule, rule);
  replace_optional (&self->rule_key, rule_key);
}

const char *
hustings_task_get_created_at (HustingsTask *self)
{
  return self->created_at;
}

void
hustings_task_set_created_at (HustingsTask *self,
                              const char   *created_at)
{
  replace (&self->created_at, created_at);
}

gboolean
hustings_task_validate (HustingsTask  *self,
                        GError       **error)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (HUSTINGS_IS_TASK (self), FALSE);

  if (!g_utf8_validate (self->title, -1, NULL) || !g_utf8_validate (self->notes, -1, NULL))
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("The title or the notes are not readable text"));
      return FALSE;
    }
  title = g_strstrip (g_strdup (self->title));
  if (*title == '\0')
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("Say what is to be done: the task needs a title"));
      return FALSE;
    }
  if (g_utf8_strlen (self->title, -1) > HUSTINGS_TASK_TITLE_MAX)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("The title is longer than %d characters: keep it short and put the rest "
                     "in the notes"), HUSTINGS_TASK_TITLE_MAX);
      return FALSE;
    }
  if (self->due_date != NULL && !hustings_date_is_valid (self->due_date))
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("“%s” is not a date; write the due date as YYYY-MM-DD or leave it empty"),
                   self->due_date);
      return FALSE;
    }
  return TRUE;
}
