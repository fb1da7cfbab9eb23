/* hustings-segment-rule-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-segment-rule-row"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "widgets/hustings-date-entry.h"

#include "hustings-segment-rule-row.h"

/* How many cycles back from the active one the total can be asked about. */
#define N_PAST_CYCLES 3

/* A way a rule compares, as the row offers it. */
typedef struct {
  const char        *label;
  HustingsSegmentOp  op;
  gboolean           negate;
} Verb;

/* What the value widgets of a kind are. */
typedef enum {
  VALUES_NONE,
  VALUES_TEXT,     /* codes or names typed, separated by commas */
  VALUES_CHOICE,   /* one of a list (a tag, a skill, a type, a status, an event) */
  VALUES_AMOUNTS,  /* an amount, a second one for between, a cycle */
  VALUES_DATES,    /* a date, a second one for between, none for never */
} Values;

typedef struct {
  const char *title;        /* the row's */
  const char *menu;         /* the item of the menu that adds rules */
  guint       section;      /* of that menu */
  Values      values;
  const char *placeholder;  /* of the text entry */
  Verb        verbs[9];     /* up to the first without a label */
} KindInfo;

#define IS(label)     { label, HUSTINGS_SEGMENT_OP_IS, FALSE }
#define IS_NOT(label) { label, HUSTINGS_SEGMENT_OP_IS, TRUE }

static const KindInfo kinds[HUSTINGS_SEGMENT_N_KINDS] = {
  [HUSTINGS_SEGMENT_STATE] = {
    N_("State"), N_("State"),
    0, VALUES_TEXT, N_("CA, NV"), { IS (N_("is")), IS_NOT (N_("is not")) } },
  [HUSTINGS_SEGMENT_ZIP] = {
    N_("ZIP code"), N_("ZIP Code"),
    0, VALUES_TEXT, N_("787, 73301"),
    { IS (N_("starts with")), IS_NOT (N_("does not start with")) } },
  [HUSTINGS_SEGMENT_CITY] = {
    N_("City"), N_("City"),
    0, VALUES_TEXT, N_("Austin, San Antonio"),
    { IS (N_("is")), IS_NOT (N_("is not")) } },
  [HUSTINGS_SEGMENT_DISTRICT] = {
    N_("District"), N_("Congressional District"),
    0, VALUES_TEXT, N_("07, 21"), { IS (N_("is")), IS_NOT (N_("is not")) } },
  [HUSTINGS_SEGMENT_TAG] = {
    N_("Tag"), N_("Tag"),
    1, VALUES_CHOICE, NULL, { IS (N_("is")), IS_NOT (N_("is not")) } },
  [HUSTINGS_SEGMENT_ENTITY_TYPE] = {
    N_("Type"), N_("Entity Type"),
    1, VALUES_CHOICE, NULL, { IS (N_("is")), IS_NOT (N_("is not")) } },
  [HUSTINGS_SEGMENT_VOLUNTEER] = {
    N_("Volunteer"), N_("Volunteer"),
    1, VALUES_CHOICE, NULL, { IS (N_("is")), IS_NOT (N_("is not")) } },
  [HUSTINGS_SEGMENT_SKILL] = {
    N_("Volunteer skill"), N_("Volunteer Skill"),
    1, VALUES_CHOICE, NULL,
    { IS (N_("includes")), IS_NOT (N_("does not include")) } },
  [HUSTINGS_SEGMENT_TOTAL] = {
    N_("Total given"), N_("Total Given in a Cycle"),
    2, VALUES_AMOUNTS, NULL,
    { { N_("at least"), HUSTINGS_SEGMENT_OP_AT_LEAST, FALSE },
      { N_("at most"), HUSTINGS_SEGMENT_OP_AT_MOST, FALSE },
      { N_("between"), HUSTINGS_SEGMENT_OP_BETWEEN, FALSE },
      { N_("less than"), HUSTINGS_SEGMENT_OP_AT_LEAST, TRUE },
      { N_("more than"), HUSTINGS_SEGMENT_OP_AT_MOST, TRUE },
      { N_("not between"), HUSTINGS_SEGMENT_OP_BETWEEN, TRUE } } },
  [HUSTINGS_SEGMENT_LAST_GIFT] = {
    N_("Last gift"), N_("Date of Last Gift"),
    2, VALUES_DATES, NULL,
    { { N_("before"), HUSTINGS_SEGMENT_OP_BEFORE, FALSE },
      { N_("after"), HUSTINGS_SEGMENT_OP_AFTER, FALSE },
      { N_("between"), HUSTINGS_SEGMENT_OP_BETWEEN, FALSE },
      { N_("not before"), HUSTINGS_SEGMENT_OP_BEFORE, TRUE },
      { N_("not after"), HUSTINGS_SEGMENT_OP_AFTER, TRUE },
      { N_("not between"), HUSTINGS_SEGMENT_OP_BETWEEN, TRUE },
      { N_("none: never gave"), HUSTINGS_SEGMENT_OP_NEVER, FALSE },
      { N_("any: has given"), HUSTINGS_SEGMENT_OP_NEVER, TRUE } } },
  [HUSTINGS_SEGMENT_GAVE] = {
    N_("Gave"), N_("Gave in a Period"),
    2, VALUES_DATES, NULL,
    { { N_("before"), HUSTINGS_SEGMENT_OP_BEFORE, FALSE },
      { N_("after"), HUSTINGS_SEGMENT_OP_AFTER, FALSE },
      { N_("between"), HUSTINGS_SEGMENT_OP_BETWEEN, FALSE },
      { N_("nothing before"), HUSTINGS_SEGMENT_OP_BEFORE, TRUE },
      { N_("nothing after"), HUSTINGS_SEGMENT_OP_AFTER, TRUE },
      { N_("nothing between"), HUSTINGS_SEGMENT_OP_BETWEEN, TRUE } } },
  [HUSTINGS_SEGMENT_ATTENDED] = {
    N_("Event"), N_("Attended an Event"),
    3, VALUES_CHOICE, NULL, { IS (N_("attended")), IS_NOT (N_("did not attend")) } },
  [HUSTINGS_SEGMENT_RSVP_YES] = {
    N_("Event"), N_("Answered Yes to an Event"),
    3, VALUES_CHOICE, NULL, { IS (N_("answered yes to")), IS_NOT (N_("did not answer yes to")) } },
  [HUSTINGS_SEGMENT_NO_EMPLOYER] = {
    N_("Employer or occupation"), N_("Employer or Occupation Missing"),
    4, VALUES_NONE, NULL,
    { IS (N_("missing")), IS_NOT (N_("both on file")) } },
  [HUSTINGS_SEGMENT_HAS_EMAIL] = {
    N_("Email address"), N_("Email Address on File"),
    4, VALUES_NONE, NULL, { IS (N_("on file")), IS_NOT (N_("missing")) } },
  [HUSTINGS_SEGMENT_HAS_ADDRESS] = {
    N_("Mailing address"), N_("Mailing Address on File"),
    4, VALUES_NONE, NULL,
    { IS (N_("on file")), IS_NOT (N_("missing")) } },
  [HUSTINGS_SEGMENT_EMAIL_OK] = {
    N_("Email"), N_("Subscribed to Email"),
    4, VALUES_NONE, NULL, { IS (N_("subscribed")), IS_NOT (N_("unsubscribed")) } },
};

#undef IS
#undef IS_NOT

/* The menu's sections, in order; kinds are listed in the order of the enum within each. */
static const char * const sections[] = {
  N_("Where"), N_("Who"), N_("Giving"), N_("Events"), N_("On File"),
};

struct _HustingsSegmentRuleRow
{
  GtkListBoxRow          parent_instance;

  /* template widgets */
  GtkLabel              *title_label;
  GtkDropDown           *verb_dropdown;
  GtkEntry              *text_entry;
  GtkDropDown           *choice_dropdown;
  GtkEntry              *amount_entry;
  GtkLabel              *amount_and_label;
  GtkEntry              *amount_to_entry;
  GtkDropDown           *cycle_dropdown;
  HustingsDateEntry     *date_entry;
  GtkLabel              *date_and_label;
  HustingsDateEntry     *date_to_entry;

  /* owned */
  HustingsSegmentKind    kind;
  GtkStringList         *choice_labels;
  GPtrArray             *choice_values;  /* GStrv (NULL: any) or, for events, gint64* */
  GArray                *cycles;         /* int: 0 for the active cycle */

  gboolean               loading;
};

G_DEFINE_FINAL_TYPE (HustingsSegmentRuleRow, hustings_segment_rule_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  CHANGED,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
n_verbs (HustingsSegmentKind kind)
{
  guint n = 0;

  while (n < G_N_ELEMENTS (kinds[kind].verbs) && kinds[kind].verbs[n].label != NULL)
    n++;
  return n;
}

static const Verb *
current_verb (HustingsSegmentRuleRow *self)
{
  guint selected = gtk_drop_down_get_selected (self->verb_dropdown);

  return &kinds[self->kind].verbs[selected < n_verbs (self->kind) ? selected : 0];
}

static gboolean
is_event_kind (HustingsSegmentKind kind)
{
  return kind == HUSTINGS_SEGMENT_ATTENDED || kind == HUSTINGS_SEGMENT_RSVP_YES;
}

/* Shows the value widgets the kind and the way it compares take. */
static void
update_widgets (HustingsSegmentRuleRow *self)
{
  Values values = kinds[self->kind].values;
  HustingsSegmentOp op = current_verb (self)->op;
  gboolean between = op == HUSTINGS_SEGMENT_OP_BETWEEN;

  gtk_widget_set_visible (GTK_WIDGET (self->text_entry), values == VALUES_TEXT);
  gtk_widget_set_visible (GTK_WIDGET (self->choice_dropdown), values == VALUES_CHOICE);
  gtk_widget_set_visible (GTK_WIDGET (self->amount_entry), values == VALUES_AMOUNTS);
  gtk_widget_set_visible (GTK_WIDGET (self->amount_and_label),
                          values == VALUES_AMOUNTS && between);
  gtk_widget_set_visible (GTK_WIDGET (self->amount_to_entry), values == VALUES_AMOUNTS && between);
  gtk_widget_set_visible (GTK_WIDGET (self->cycle_dropdown), values == VALUES_AMOUNTS);
  gtk_widget_set_visible (GTK_WIDGET (self->date_entry),
                          values == VALUES_DATES && op != HUSTINGS_SEGMENT_OP_NEVER);
  gtk_widget_set_visible (GTK_WIDGET (self->date_and_label), values == VALUES_DATES && between);
  gtk_widget_set_visible (GTK_WIDGET (self->date_to_entry), values == VALUES_DATES && between);
}

static void
emit_changed (HustingsSegmentRuleRow *self)
{
  if (!self->loading)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
verb_changed_cb (HustingsSegmentRuleRow *self)
{
  update_widgets (self);
  emit_changed (self);
}

static void
value_changed_cb (HustingsSegmentRuleRow *self)
{
  emit_changed (self);
}

static void
remove_clicked_cb (HustingsSegmentRuleRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

/* Choices */

static void
add_choice (HustingsSegmentRuleRow *self,
            const char             *label,
            gpointer                value)
{
  gtk_string_list_append (self->choice_labels, label);
  g_ptr_array_add (self->choice_values, value);
}

static void
add_value_choice (HustingsSegmentRuleRow *self,
                  const char             *label,
                  const char             *value)
{
  const char *values[] = { value, NULL };

  add_choice (self, label, value ? g_strdupv ((char **) values) : NULL);
}

static gint64 *
event_value (gint64 event_id)
{
  return g_memdup2 (&event_id, sizeof event_id);
}

static void
fill_event_choices (HustingsSegmentRuleRow *self,
                    HustingsCommitteeFile  *file)
{
  g_autoptr(GArray) ids = hustings_event_store_list_ids (file, NULL, TRUE);

  if (self->kind == HUSTINGS_SEGMENT_ATTENDED)
    add_choice (self, _("any event"), event_value (0));
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(HustingsEvent) event = hustings_event_store_get (file, id, NULL);
      g_autofree char *date = NULL;
      g_autofree char *label = NULL;

      if (event == NULL)
        continue;
      g_object_get (event, "date-text", &date, NULL);
      /* Translators: an event to choose: "Spring Gala, Mar 4, 2026" */
      label = g_strdup_printf (_("%s, %s"), hustings_event_get_name (event), date);
      add_choice (self, label, event_value (id));
    }
}

static int
compare_collate (gconstpointer a, gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* Every skill a volunteer has, then the common ones no one has yet, sorted. */
static GStrv
list_skills (HustingsCommitteeFile *file)
{
  g_auto(GStrv) known = hustings_volunteer_store_list_skills (file);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char * const *common = hustings_volunteer_common_skills ();
  GStrv skills;

  g_strv_builder_addv (builder, (const char **) known);
  for (guint i = 0; common[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; known[j] != NULL && !found; j++)
        found = g_ascii_strcasecmp (known[j], common[i]) == 0;
      if (!found)
        g_strv_builder_add (builder, common[i]);
    }
  skills = g_strv_builder_end (builder);
  qsort (skills, g_strv_length (skills), sizeof (char *), compare_collate);
  return skills;
}

static void
fill_choices (HustingsSegmentRuleRow *self,
              HustingsCommitteeFile  *file)
{
  g_auto(GStrv) names = NULL;

  switch (self->kind)
    {
    case HUSTINGS_SEGMENT_TAG:
      names = hustings_contact_store_list_tags (file);
      break;
    case HUSTINGS_SEGMENT_SKILL:
      names = list_skills (file);
      break;
    case HUSTINGS_SEGMENT_ENTITY_TYPE:
      for (HustingsEntityType type = HUSTINGS_ENTITY_IND; type <= HUSTINGS_ENTITY_COM; type++)
        add_value_choice (self, hustings_entity_type_describe (type),
                          hustings_entity_type_to_code (type));
      break;
    case HUSTINGS_SEGMENT_VOLUNTEER:
      add_value_choice (self, _("any status"), NULL);
      for (HustingsVolunteerStatus status = HUSTINGS_VOLUNTEER_PROSPECT;
           status <= HUSTINGS_VOLUNTEER_INACTIVE; status++)
        add_value_choice (self, hustings_volunteer_status_describe (status),
                          hustings_volunteer_status_to_string (status));
      break;
    case HUSTINGS_SEGMENT_ATTENDED:
    case HUSTINGS_SEGMENT_RSVP_YES:
      fill_event_choices (self, file);
      break;
    default:
      return;
    }

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    add_value_choice (self, names[i], names[i]);
  gtk_drop_down_set_enable_search (self->choice_dropdown,
                                   self->choice_values->len > 12);
}

static gboolean
same_values (const char * const *a,
             const char * const *b)
{
  guint n = a ? g_strv_length ((char **) a) : 0;

  if (n != (b ? g_strv_length ((char **) b) : 0))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_utf8_collate (a[i], b[i]) != 0 && g_ascii_strcasecmp (a[i], b[i]) != 0)
      return FALSE;
  return TRUE;
}

/* Selects the choice holding rule's values (or event), adding one when none does: a rule
 * saved with several values, or a tag no contact has any longer. */
static void
select_choice (HustingsSegmentRuleRow    *self,
               const HustingsSegmentRule *rule)
{
  gboolean event = is_event_kind (self->kind);
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(GString) label = NULL;

  for (guint i = 0; i < self->choice_values->len; i++)
    {
      gpointer value = g_ptr_array_index (self->choice_values, i);

      if (event ? *(gint64 *) value == rule->event_id
                : same_values (value, (const char * const *) rule->values))
        {
          gtk_drop_down_set_selected (self->choice_dropdown, i);
          return;
        }
    }

  if (event)
    {
      /* Translators: an event the file no longer has, by its number */
      g_autofree char *text = g_strdup_printf (_("event %" G_GINT64_FORMAT), rule->event_id);

      add_choice (self, text, event_value (rule->event_id));
    }
  else
    {
      sorted = g_ptr_array_new ();
      for (guint i = 0; rule->values && rule->values[i]; i++)
        g_ptr_array_add (sorted, rule->values[i]);
      g_ptr_array_sort (sorted, compare_collate);
      label = g_string_new (NULL);
      for (guint i = 0; i < sorted->len; i++)
        {
          if (i > 0)
            /* Translators: between the values of a rule: "CA or NV" */
            g_string_append (label, _(" or "));
          g_string_append (label, g_ptr_array_index (sorted, i));
        }
      add_choice (self, label->str, g_strdupv (rule->values));
    }
  gtk_drop_down_set_selected (self->choice_dropdown, self->choice_values->len - 1);
}

/* Cycles */

static void
add_cycle (HustingsSegmentRuleRow *self,
           GtkStringList          *labels,
           int                     cycle)
{
  g_autofree char *label = NULL;

  if (cycle == 0)
    label = g_strdup (_("this cycle"));
  else
    /* Translators: the two-year cycle a total is counted in: "in 2024" */
    label = g_strdup_printf (_("in %d"), cycle);
  gtk_string_list_append (labels, label);
  g_array_append_val (self->cycles, cycle);
}

static void
fill_cycles (HustingsSegmentRuleRow *self,
             HustingsCommitteeFile  *file)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  int active = hustings_committee_active_cycle (hustings_committee_file_peek_committee (file));

  add_cycle (self, labels, 0);
  for (int i = 0; i <= N_PAST_CYCLES; i++)
    add_cycle (self, labels, active - 2 * i);
  gtk_drop_down_set_model (self->cycle_dropdown, G_LIST_MODEL (labels));
}

static void
select_cycle (HustingsSegmentRuleRow *self,
              int                     cycle)
{
  GtkStringList *labels = GTK_STRING_LIST (gtk_drop_down_get_model (self->cycle_dropdown));

  for (guint i = 0; i < self->cycles->len; i++)
    if (g_array_index (self->cycles, int, i) == cycle)
      {
        gtk_drop_down_set_selected (self->cycle_dropdown, i);
        return;
      }
  add_cycle (self, labels, cycle);
  gtk_drop_down_set_selected (self->cycle_dropdown, self->cycles->len - 1);
}

/* Reading what is typed */

/* The values typed, separated by commas, trimmed, without empty ones (the rule normalizes
 * them: "ca, nv", "7"). */
static GStrv
split_values (const char *text)
{
  g_auto(GStrv) pieces = g_strsplit (text, ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; pieces[i] != NULL; i++)
    {
      char *value = g_strstrip (pieces[i]);

      if (*value != '\0')
        g_strv_builder_add (builder, value);
    }
  return g_strv_builder_end (builder);
}

static gboolean
read_amount (GtkEntry  *entry,
             gint64    *out_cents,
             GError   **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  if (*text == '\0')
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("an amount is missing"));
      return FALSE;
    }
  return hustings_money_parse (text, out_cents, error);
}

static gboolean
read_date (HustingsDateEntry  *entry,
           gboolean            commit,
           GError            **error)
{
  return !commit || !gtk_widget_get_visible (GTK_WIDGET (entry))
         || hustings_date_entry_commit (entry, error);
}

/* Focus goes to the first value to fill in, or to how the rule compares when it has none. */
static gboolean
hustings_segment_rule_row_grab_focus (GtkWidget *widget)
{
  HustingsSegmentRuleRow *self = HUSTINGS_SEGMENT_RULE_ROW (widget);
  GtkWidget *candidates[] = {
    GTK_WIDGET (self->text_entry), GTK_WIDGET (self->choice_dropdown),
    GTK_WIDGET (self->amount_entry), GTK_WIDGET (self->date_entry),
  };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (gtk_widget_get_visible (candidates[i]))
      return gtk_widget_child_focus (candidates[i], GTK_DIR_TAB_FORWARD);
  return gtk_widget_child_focus (GTK_WIDGET (self->verb_dropdown), GTK_DIR_TAB_FORWARD);
}

/* GObject */

static void
hustings_segment_rule_row_dispose (GObject *object)
{
  HustingsSegmentRuleRow *self = HUSTINGS_SEGMENT_RULE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_SEGMENT_RULE_ROW);
  g_clear_object (&self->choice_labels);
  g_clear_pointer (&self->choice_values, g_ptr_array_unref);
  g_clear_pointer (&self->cycles, g_array_unref);

  G_OBJECT_CLASS (hustings_segment_rule_row_parent_class)->dispose (object);
}

#define BIND(name) \
  gtk_widget_class_bind_template_child (widget_class, HustingsSegmentRuleRow, name)

static void
hustings_segment_rule_row_class_init (HustingsSegmentRuleRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_segment_rule_row_dispose;
  widget_class->grab_focus = hustings_segment_rule_row_grab_focus;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (HUSTINGS_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-segment-rule-row.ui");
  BIND (title_label);
  BIND (verb_dropdown);
  BIND (text_entry);
  BIND (choice_dropdown);
  BIND (amount_entry);
  BIND (amount_and_label);
  BIND (amount_to_entry);
  BIND (cycle_dropdown);
  BIND (date_entry);
  BIND (date_and_label);
  BIND (date_to_entry);
  gtk_widget_class_bind_template_callback (widget_class, verb_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
}

#undef BIND

static void
hustings_segment_rule_row_init (HustingsSegmentRuleRow *self)
{
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->choice_labels = gtk_string_list_new (NULL);
  self->choice_values = g_ptr_array_new ();
  self->cycles = g_array_new (FALSE, FALSE, sizeof (int));
}

/* Public */

GtkWidget *
hustings_segment_rule_row_new (HustingsCommitteeFile *file,
                               HustingsSegmentKind    kind)
{
  HustingsSegmentRuleRow *self;
  g_autoptr(GtkStringList) verbs = gtk_string_list_new (NULL);
  const char *title;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);
  g_return_val_if_fail (kind < HUSTINGS_SEGMENT_N_KINDS, NULL);

  self = g_object_new (HUSTINGS_TYPE_SEGMENT_RULE_ROW, NULL);
  self->kind = kind;
  g_ptr_array_set_free_func (self->choice_values,
                             is_event_kind (kind) ? g_free : (GDestroyNotify) g_strfreev);

  title = _(kinds[kind].title);
  gtk_label_set_text (self->title_label, title);
  for (guint i = 0; i < n_verbs (kind); i++)
    gtk_string_list_append (verbs, _(kinds[kind].verbs[i].label));
  gtk_drop_down_set_model (self->verb_dropdown, G_LIST_MODEL (verbs));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->verb_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  if (kinds[kind].placeholder != NULL)
    gtk_entry_set_placeholder_text (self->text_entry, _(kinds[kind].placeholder));
  fill_choices (self, file);
  gtk_drop_down_set_model (self->choice_dropdown, G_LIST_MODEL (self->choice_labels));
  fill_cycles (self, file);
  update_widgets (self);
  self->loading = FALSE;

  return GTK_WIDGET (self);
}

void
hustings_segment_rule_row_set_rule (HustingsSegmentRuleRow    *self,
                                    const HustingsSegmentRule *rule)
{
  g_autofree char *amount = NULL;
  g_autofree char *amount_to = NULL;

  g_return_if_fail (HUSTINGS_IS_SEGMENT_RULE_ROW (self));
  g_return_if_fail (rule != NULL && rule->kind == self->kind);

  self->loading = TRUE;
  for (guint i = 0; i < n_verbs (self->kind); i++)
    if (kinds[self->kind].verbs[i].op == rule->op
        && kinds[self->kind].verbs[i].negate == !!rule->negate)
      gtk_drop_down_set_selected (self->verb_dropdown, i);

  switch (kinds[self->kind].values)
    {
    case VALUES_TEXT:
      {
        g_autofree char *text = rule->values ? g_strjoinv (", ", rule->values) : g_strdup ("");

        gtk_editable_set_text (GTK_EDITABLE (self->text_entry), text);
      }
      break;
    case VALUES_CHOICE:
      select_choice (self, rule);
      break;
    case VALUES_AMOUNTS:
      amount = hustings_money_format (rule->amount);
      gtk_editable_set_text (GTK_EDITABLE (self->amount_entry), amount);
      if (rule->op == HUSTINGS_SEGMENT_OP_BETWEEN)
        {
          amount_to = hustings_money_format (rule->amount_to);
          gtk_editable_set_text (GTK_EDITABLE (self->amount_to_entry), amount_to);
        }
      select_cycle (self, rule->cycle);
      break;
    case VALUES_DATES:
      hustings_date_entry_set_date (self->date_entry, rule->date);
      hustings_date_entry_set_date (self->date_to_entry, rule->date_to);
      break;
    case VALUES_NONE:
      break;
    }
  update_widgets (self);
  self->loading = FALSE;
}

gboolean
hustings_segment_rule_row_add_to (HustingsSegmentRuleRow  *self,
                                  HustingsSegment         *segment,
                                  gboolean                 commit,
                                  GError                 **error)
{
  const Verb *verb;
  HustingsSegmentRule *rule;
  gint64 amount = 0, amount_to = 0;
  guint choice;

  g_return_val_if_fail (HUSTINGS_IS_SEGMENT_RULE_ROW (self), FALSE);
  g_return_val_if_fail (segment != NULL, FALSE);

  verb = current_verb (self);
  if (kinds[self->kind].values == VALUES_AMOUNTS
      && (!read_amount (self->amount_entry, &amount, error)
          || (verb->op == HUSTINGS_SEGMENT_OP_BETWEEN
              && !read_amount (self->amount_to_entry, &amount_to, error))))
    return FALSE;
  if (kinds[self->kind].values == VALUES_DATES
      && (!read_date (self->date_entry, commit, error)
          || !read_date (self->date_to_entry, commit, error)))
    return FALSE;

  rule = hustings_segment_add_rule (segment, self->kind);
  rule->op = verb->op;
  rule->negate = verb->negate;
  choice = gtk_drop_down_get_selected (self->choice_dropdown);
  switch (kinds[self->kind].values)
    {
    case VALUES_TEXT:
      {
        g_auto(GStrv) values =
          split_values (gtk_editable_get_text (GTK_EDITABLE (self->text_entry)));

        hustings_segment_rule_set_values (rule, (const char * const *) values);
      }
      break;
    case VALUES_CHOICE:
      if (choice >= self->choice_values->len)
        break;
      if (is_event_kind (self->kind))
        rule->event_id = *(gint64 *) g_ptr_array_index (self->choice_values, choice);
      else
        hustings_segment_rule_set_values (rule, g_ptr_array_index (self->choice_values, choice));
      break;
    case VALUES_AMOUNTS:
      rule->amount = amount;
      rule->amount_to = amount_to;
      choice = gtk_drop_down_get_selected (self->cycle_dropdown);
      rule->cycle = choice < self->cycles->len ? g_array_index (self->cycles, int, choice) : 0;
      break;
    case VALUES_DATES:
      if (verb->op != HUSTINGS_SEGMENT_OP_NEVER)
        hustings_segment_rule_set_dates (rule, hustings_date_entry_get_date (self->date_entry),
                                         verb->op == HUSTINGS_SEGMENT_OP_BETWEEN
                                         ? hustings_date_entry_get_date (self->date_to_entry)
                                         : NULL);
      break;
    case VALUES_NONE:
      break;
    }
  return TRUE;
}

GMenuModel *
hustings_segment_rule_row_kinds_menu (const char *action)
{
  GMenu *menu = g_menu_new ();

  g_return_val_if_fail (action != NULL, NULL);

  for (guint section = 0; section < G_N_ELEMENTS (sections); section++)
    {
      g_autoptr(GMenu) items = g_menu_new ();

      for (HustingsSegmentKind kind = 0; kind < HUSTINGS_SEGMENT_N_KINDS; kind++)
        {
          g_autoptr(GMenuItem) item = NULL;

          if (kinds[kind].section != section)
            continue;
          item = g_menu_item_new (_(kinds[kind].menu), NULL);
          g_menu_item_set_action_and_target_value (
            item, action, g_variant_new_string (hustings_segment_kind_to_string (kind)));
          g_menu_append_item (items, item);
        }
      g_menu_append_section (menu, _(sections[section]), G_MENU_MODEL (items));
    }
  return G_MENU_MODEL (menu);
}
