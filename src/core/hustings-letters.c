/* hustings-letters.c: a letter template merged for many contacts, and its pages: letters,
 * envelopes, address labels.
 *
 * Every letter is merged and measured once, when the object is made: its body is split into
 * paragraphs, each laid out to the text width, and the paragraphs stacked into one "flow"
 * with a gap between them. A letter's pages are slices of that flow, cut between lines, never
 * leaving a paragraph's first line alone at the foot of a page or its last alone at the top of
 * the next; the closing (the treasurer's name) follows the last slice, and moves to the next
 * page with the last two lines of the body when it does not fit. Drawing a page lays out again only the
 * paragraphs the slice crosses, clipped to it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-letters"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hustings-contact-store.h"
#include "hustings-error.h"
#include "hustings-interaction-store.h"
#include "hustings-letters.h"
#include "hustings-merge-private.h"
#include "hustings-print-private.h"

/* A letter, in points from the top left of a US Letter page. */
#define MARGIN          72.0                   /* 1 in at the sides */
#define TEXT_WIDTH      (HUSTINGS_PRINT_LETTER_WIDTH - 2 * MARGIN)
#define LETTERHEAD_Y    40.0
#define LETTERHEAD_RULE 88.0
#define DATE_Y          118.0
#define ADDRESS_Y       162.0                  /* 2.25 in down, 1 in in: in the window of a
                                                * #10 envelope, the letter folded in three */
#define BODY_Y          270.0                  /* just below the first fold */
#define CONTINUED_Y     96.0                   /* the body on a letter's later pages */
#define BODY_BOTTOM     718.0
#define FOOTER_Y        736.0                  /* the "Paid for by" box */
#define PARAGRAPH_GAP   9.0
#define CLOSING_GAP     16.0
#define SIGNATURE_ROOM  34.0

/* Avery 5160: 3 × 10 labels of 2.625 × 1 in, from 3/16 in at the left and 1/2 in at the top,
 * 1/8 in apart across. */
#define LABELS_ACROSS   3
#define LABELS_DOWN     10
#define LABELS_PER_PAGE (LABELS_ACROSS * LABELS_DOWN)
#define LABEL_LEFT      13.5
#define LABEL_TOP       36.0
#define LABEL_WIDTH     189.0
#define LABEL_HEIGHT    72.0
#define LABEL_PITCH     198.0
#define LABEL_INSET     12.0

/* The letterhead's colour: a deep navy. */
#define INK_R 0.10
#define INK_G 0.20
#define INK_B 0.40

typedef struct {
  gint64      contact_id;
  const char *name;        /* the display name */
  const char *address;     /* the mailing block, lines joined by "\n"; NULL: none */
  const char *body;        /* merged: paragraphs joined by "\n\n" */
  guint       first_para;  /* in offsets */
  guint       n_paras;
  double      height;      /* of the body's flow */
} Letter;

typedef struct {
  guint    letter;
  guint    part;           /* 0 for a letter's first page */
  double   from;           /* the slice of the flow on the page */
  double   to;
  gboolean closing;        /* the closing follows the slice */
} LetterPage;

struct _HustingsLetters
{
  GObject           parent_instance;

  HustingsTemplate *template;
  char             *committee_name;
  GStrv             committee_lines;
  char             *treasurer_name;
  char             *today;
  char             *today_text;
  GStringChunk     *strings;
  GArray           *letters;          /* Letter */
  GArray           *offsets;          /* double: each paragraph's top in its letter's flow */
  GArray           *pages;            /* LetterPage */
  GArray           *addressed;        /* guint: the letters with an address */
  GPtrArray        *missing;          /* HustingsLettersMissing* */
  GPtrArray        *unaddressed_names; /* const char*, NULL-terminated */
  double            closing_height;
};

G_DEFINE_FINAL_TYPE (HustingsLetters, hustings_letters, G_TYPE_OBJECT)

static void
missing_free (gpointer data)
{
  HustingsLettersMissing *missing = data;

  g_strfreev (missing->names);
  g_free (missing);
}

static void
hustings_letters_finalize (GObject *object)
{
  HustingsLetters *self = HUSTINGS_LETTERS (object);

  g_clear_object (&self->template);
  g_free (self->committee_name);
  g_strfreev (self->committee_lines);
  g_free (self->treasurer_name);
  g_free (self->today);
  g_free (self->today_text);
  g_string_chunk_free (self->strings);
  g_array_unref (self->letters);
  g_array_unref (self->offsets);
  g_array_unref (self->pages);
  g_array_unref (self->addressed);
  g_ptr_array_unref (self->missing);
  g_ptr_array_unref (self->unaddressed_names);

  G_OBJECT_CLASS (hustings_letters_parent_class)->finalize (object);
}

static void
hustings_letters_class_init (HustingsLettersClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hustings_letters_finalize;
}

static void
hustings_letters_init (HustingsLetters *self)
{
  self->strings = g_string_chunk_new (64 * 1024);
  self->letters = g_array_new (FALSE, FALSE, sizeof (Letter));
  self->offsets = g_array_new (FALSE, FALSE, sizeof (double));
  self->pages = g_array_new (FALSE, FALSE, sizeof (LetterPage));
  self->addressed = g_array_new (FALSE, FALSE, sizeof (guint));
  self->missing = g_ptr_array_new_with_free_func (missing_free);
  self->unaddressed_names = g_ptr_array_new ();
}

/* ---- Building ---- */

typedef struct {
  HustingsLetters      *self;
  HustingsMergeContext *merge;
  HustingsPrintContext  measure;
  GArray               *tops;     /* double: the top of each line of the letter in its flow */
  GArray               *starts;   /* gboolean: the line starts a paragraph */
  guint                 done;
  guint                 total;
  HustingsProgressFunc  progress;
  gpointer              progress_data;
  GCancellable         *cancellable;
  GError               *error;
} Build;

/* The merged body as paragraphs joined by "\n\n": lines trimmed at the end, runs of blank
 * lines made one, none at either end (a field that merged empty leaves no gap). */
static char *
normalize_body (const char *body)
{
  g_auto(GStrv) lines = g_strsplit (body, "\n", -1);
  GString *out = g_string_new (NULL);
  gboolean gap = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strchomp (lines[i]);
      if (*lines[i] == '\0')
        {
          gap = out->len > 0;
          continue;
        }
      if (out->len > 0)
        g_string_append (out, gap ? "\n\n" : "\n");
      g_string_append (out, lines[i]);
      gap = FALSE;
    }
  return g_string_free (out, FALSE);
}

/* The closing's height: "With gratitude,", room to sign, the treasurer's name and title. */
static double
measure_closing (HustingsLetters *self, HustingsPrintContext *ctx)
{
  double line = hustings_print_measure (ctx, TEXT_WIDTH, HUSTINGS_FONT_LETTER, "Mg");

  return CLOSING_GAP + line + SIGNATURE_ROOM + line * (*self->treasurer_name ? 2 : 1);
}

/* Stacks the letter's paragraphs into its flow, then cuts the flow into pages. */
static void
paginate (Build *build, guint index)
{
  HustingsLetters *self = build->self;
  Letter *letter = &g_array_index (self->letters, Letter, index);
  g_auto(GStrv) paras = g_strsplit (letter->body, "\n\n", -1);
  GArray *tops = build->tops;
  GArray *starts = build->starts;
  double y = 0, from = 0;
  guint line = 0;

  g_array_set_size (tops, 0);
  g_array_set_size (starts, 0);
  letter->first_para = self->offsets->len;
  letter->n_paras = 0;
  for (guint p = 0; paras[p] != NULL; p++)
    {
      guint first = tops->len;
      double height;

      if (p > 0)
        y += PARAGRAPH_GAP;
      g_array_append_val (self->offsets, y);
      letter->n_paras++;
      height = hustings_print_line_tops (&build->measure, TEXT_WIDTH, HUSTINGS_FONT_LETTER,
                                         paras[p], tops);
      for (guint i = first; i < tops->len; i++)
        {
          gboolean start = i == first;

          g_array_index (tops, double, i) += y;
          g_array_append_val (starts, start);
        }
      y += height;
    }
  letter->height = y;

  for (guint part = 0; ; part++)
    {
      double room = BODY_BOTTOM - (part == 0 ? BODY_Y : CONTINUED_Y);
      LetterPage page = { index, part, from, y, FALSE };
      guint next = line;

      if (y - from + self->closing_height <= room)
        {
          page.closing = TRUE;
          g_array_append_val (self->pages, page);
          return;
        }
      /* The lines that fit (a line ends where the next begins; the last with the flow). */
      while (next < tops->len &&
             (next + 1 < tops->len ? g_array_index (tops, double, next + 1) : y) - from <= room)
        next++;
      /* The rest fits but not the closing: the last two lines go over with it. */
      if (next == tops->len && tops->len >= 2)
        next = MAX (line + 1, tops->len - 2);
      else
        {
          /* A paragraph's last line does not go over alone, nor its first stay behind. */
          if (next > line + 1 && !g_array_index (starts, gboolean, next) &&
              (next + 1 == tops->len || g_array_index (starts, gboolean, next + 1)))
            next--;
          if (next > line + 1 && g_array_index (starts, gboolean, next - 1))
            next--;
        }
      if (next == line)
        next = line + 1;  /* a line taller than a page: never, but go on */
      page.to = next < tops->len ? g_array_index (tops, double, next) : y;
      g_array_append_val (self->pages, page);
      from = page.to;
      line = next;
    }
}

static void
count_missing (Build *build, HustingsMerged *merged, const char *name)
{
  HustingsLetters *self = build->self;

  for (guint i = 0; merged->missing[i] != NULL; i++)
    {
      const HustingsMergeField *field = hustings_merge_field_lookup (merged->missing[i]);
      HustingsLettersMissing *missing = NULL;

      for (guint j = 0; j < self->missing->len && missing == NULL; j++)
        if (strcmp (((HustingsLettersMissing *) g_ptr_array_index (self->missing, j))->field,
                    field->name) == 0)
          missing = g_ptr_array_index (self->missing, j);
      if (missing == NULL)
        {
          missing = g_new0 (HustingsLettersMissing, 1);
          missing->field = field->name;
          missing->label = field->label;
          missing->names = g_new0 (char *, HUSTINGS_LETTERS_NAMES_MAX + 1);
          g_ptr_array_add (self->missing, missing);
        }
      if (missing->count < HUSTINGS_LETTERS_NAMES_MAX)
        missing->names[missing->count] = g_strdup (name);
      missing->count++;
    }
}

static gboolean
add_letter_cb (HustingsContact *contact,
               gpointer         user_data)
{
  Build *build = user_data;
  HustingsLetters *self = build->self;
  g_autoptr(HustingsMerged) merged = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *body = NULL;
  Letter letter = { 0 };
  guint index = self->letters->len;
  guint step = MAX (1, build->total / 200);

  if (g_cancellable_is_cancelled (build->cancellable))
    return FALSE;
  merged = hustings_merge_template (build->merge, self->template, contact, NULL, &build->error);
  if (merged == NULL)
    return FALSE;

  letter.contact_id = hustings_contact_get_id (contact);
  letter.name = g_string_chunk_insert (self->strings, hustings_contact_get_display_name (contact));
  lines = hustings_merge_address_lines (contact);
  if (lines != NULL)
    {
      g_autofree char *address = g_strjoinv ("\n", lines);

      letter.address = g_string_chunk_insert (self->strings, address);
      g_array_append_val (self->addressed, index);
    }
  else if (self->unaddressed_names->len < HUSTINGS_LETTERS_NAMES_MAX)
    g_ptr_array_add (self->unaddressed_names, (gpointer) letter.name);
  body = normalize_body (merged->body);
  letter.body = g_string_chunk_insert (self->strings, body);
  g_array_append_val (self->letters, letter);
  count_missing (build, merged, letter.name);
  paginate (build, index);

  build->done++;
  if (build->progress != NULL && build->done % step == 0)
    build->progress ((double) build->done / build->total, build->progress_data);
  return TRUE;
}

/* Most letters first, then in the order of the fields' menu. */
static int
compare_missing (gconstpointer a,
                 gconstpointer b)
{
  const HustingsLettersMissing *ma = *(HustingsLettersMissing **) a;
  const HustingsLettersMissing *mb = *(HustingsLettersMissing **) b;

  if (ma->count != mb->count)
    return ma->count > mb->count ? -1 : 1;
  return (int) (hustings_merge_field_lookup (ma->field) - hustings_merge_field_lookup (mb->field));
}

/* A context to measure with, outside of any page. */
static cairo_surface_t *
measure_context (HustingsPrintContext *ctx)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);

  memset (ctx, 0, sizeof *ctx);
  ctx->cr = cairo_create (surface);
  ctx->layout = hustings_print_create_layout (ctx->cr);
  return surface;
}

HustingsLetters *
hustings_letters_new (HustingsCommitteeFile *file,
                      HustingsTemplate      *template,
                      GArray                *contact_ids,
                      HustingsProgressFunc   progress,
                      gpointer               progress_data,
                      GCancellable          *cancellable,
                      GError               **error)
{
  g_autoptr(HustingsLetters) self = NULL;
  g_autoptr(HustingsMergeContext) merge = NULL;
  Build build = { 0 };
  cairo_surface_t *surface;
  gboolean ok;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);
  g_return_val_if_fail (HUSTINGS_IS_TEMPLATE (template), NULL);
  g_return_val_if_fail (contact_ids != NULL, NULL);

  if (hustings_template_get_kind (template) != HUSTINGS_TEMPLATE_LETTER)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("“%s” is an email template: choose a letter template"),
                   hustings_template_get_name (template));
      return NULL;
    }
  if (!hustings_template_validate (template, error))
    return NULL;
  merge = hustings_merge_context_new (file, HUSTINGS_TEMPLATE_LETTER, error);
  if (merge == NULL)
    return NULL;

  self = g_object_new (HUSTINGS_TYPE_LETTERS, NULL);
  self->template = hustings_template_copy (template);
  self->committee_name = g_strdup (hustings_merge_context_get_committee_name (merge));
  self->committee_lines = g_strdupv ((GStrv) hustings_merge_context_get_committee_lines (merge));
  self->treasurer_name = g_strdup (hustings_merge_context_get_treasurer_name (merge));
  self->today = g_strdup (hustings_merge_context_get_today (merge));
  self->today_text = g_strdup (hustings_merge_context_get_today_text (merge));

  build.self = self;
  build.merge = merge;
  build.tops = g_array_new (FALSE, FALSE, sizeof (double));
  build.starts = g_array_new (FALSE, FALSE, sizeof (gboolean));
  build.total = contact_ids->len;
  build.progress = progress;
  build.progress_data = progress_data;
  build.cancellable = cancellable;
  surface = measure_context (&build.measure);
  self->closing_height = measure_closing (self, &build.measure);

  ok = hustings_contact_store_foreach_ids (file, contact_ids, add_letter_cb, &build, error);

  g_object_unref (build.measure.layout);
  cairo_destroy (build.measure.cr);
  cairo_surface_destroy (surface);
  g_array_unref (build.tops);
  g_array_unref (build.starts);
  if (!ok)
    return NULL;
  if (build.error != NULL)
    {
      g_propagate_error (error, build.error);
      return NULL;
    }
  if (g_cancellable_is_cancelled (cancellable))
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CANCELLED,
                           _("Making the letters was cancelled"));
      return NULL;
    }

  g_ptr_array_sort (self->missing, compare_missing);
  g_ptr_array_add (self->unaddressed_names, NULL);
  if (progress != NULL)
    progress (1.0, progress_data);
  return g_steal_pointer (&self);
}

/* ---- What it holds ---- */

HustingsTemplate *
hustings_letters_get_template (HustingsLetters *self)
{
  g_return_val_if_fail (HUSTINGS_IS_LETTERS (self), NULL);
  return self->template;
}

char *
hustings_letters_dup_title (HustingsLetters *self)
{
  g_return_val_if_fail (HUSTINGS_IS_LETTERS (self), NULL);

  /* Translators: the title of a letters PDF: the template's name — how many letters */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s — %u letter", "%s — %u letters",
                                       self->letters->len),
                          hustings_template_get_name (self->template), self->letters->len);
}

guint
hustings_letters_get_n_letters (HustingsLetters *self)
{
  g_return_val_if_fail (HUSTINGS_IS_LETTERS (self), 0);
  return self->letters->len;
}

guint
hustings_letters_get_n_addressed (HustingsLetters *self)
{
  g_return_val_if_fail (HUSTINGS_IS_LETTERS (self), 0);
  return self->addressed->len;
}

guint
hustings_letters_get_n_pages (HustingsLetters      *self,
                              HustingsLettersStyle  style)
{
  g_return_val_if_fail (HUSTINGS_IS_LETTERS (self), 0);

  switch (style)
    {
    case HUSTINGS_LETTERS_LETTERS:
      return self->pages->len;
    case HUSTINGS_LETTERS_ENVELOPES:
      return self->addressed->len;
    case HUSTINGS_LETTERS_LABELS:
      return (self->addressed->len + LABELS_PER_PAGE - 1) / LABELS_PER_PAGE;
    default:
      g_return_val_if_reached (0);
    }
}

void
hustings_letters_page_size (HustingsLettersStyle  style,
                            double               *out_width,
                            double               *out_height)
{
  gboolean envelope = style == HUSTINGS_LETTERS_ENVELOPES;

  if (out_width != NULL)
    *out_width = envelope ? HUSTINGS_ENVELOPE_10_WIDTH : HUSTINGS_PRINT_LETTER_WIDTH;
  if (out_height != NULL)
    *out_height = envelope ? HUSTINGS_ENVELOPE_10_HEIGHT : HUSTINGS_PRINT_LETTER_HEIGHT;
}

GPtrArray *
hustings_letters_get_missing (HustingsLetters *self)
{
  g_return_val_if_fail (HUSTINGS_IS_LETTERS (self), NULL);
  return self->missing;
}

const char * const *
hustings_letters_get_unaddressed_names (HustingsLetters *self)
{
  g_return_val_if_fail (HUSTINGS_IS_LETTERS (self), NULL);
  return (const char * const *) self->unaddressed_names->pdata;
}

/* "A, B, C" and, when there are more than shown, "A, B, C and 12 more". */
static char *
join_names (const char * const *names,
            guint               count)
{
  g_autofree char *shown = g_strjoinv (", ", (GStrv) names);
  guint n_shown = g_strv_length ((GStrv) names);

  if (count <= n_shown)
    return g_steal_pointer (&shown);
  /* Translators: names, then how many more there are */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s and %u more", "%s and %u more",
                                       count - n_shown), shown, count - n_shown);
}

char *
hustings_letters_dup_problems (HustingsLetters *self)
{
  GString *text = g_string_new (NULL);
  guint unaddressed;

  g_return_val_if_fail (HUSTINGS_IS_LETTERS (self), NULL);

  for (guint i = 0; i < self->missing->len; i++)
    {
      HustingsLettersMissing *missing = g_ptr_array_index (self->missing, i);
      g_autofree char *names = join_names ((const char * const *) missing->names,
                                           missing->count);

      g_string_append_printf (text,
                              /* Translators: a merge field's label and name, how many letters,
                               * then some of the contacts */
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%s ({{%s}}) is empty in %u letter: %s\n",
                                           "%s ({{%s}}) is empty in %u letters: %s\n",
                                           missing->count),
                              missing->label, missing->field, missing->count, names);
    }
  unaddressed = self->letters->len - self->addressed->len;
  if (unaddressed > 0)
    {
      g_autofree char *names = join_names (hustings_letters_get_unaddressed_names (self),
                                           unaddressed);

      g_string_append_printf (text,
                              /* Translators: how many contacts, then some of them */
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u contact has no mailing address, so no envelope "
                                           "or label: %s\n",
                                           "%u contacts have no mailing address, so no "
                                           "envelope or label: %s\n", unaddressed),
                              unaddressed, names);
    }
  return g_string_free (text, FALSE);
}

/* ---- Drawing ---- */

/* Lines from y down, one after the other; returns where the next would go. */
static double
draw_lines (HustingsPrintContext *ctx,
            double                x,
            double                y,
            double                width,
            HustingsPrintFont     font,
            const char * const   *lines)
{
  for (guint i = 0; lines[i] != NULL; i++)
    y += hustings_print_text (ctx, x, y, width, font, HUSTINGS_ALIGN_LEFT, lines[i]);
  return y;
}

static void
draw_letterhead (HustingsLetters      *self,
                 HustingsPrintContext *ctx)
{
  const double width = HUSTINGS_PRINT_LETTER_WIDTH;
  /* Translators: what separates the parts of the committee's address in a letterhead */
  g_autofree char *joined = g_strjoinv (_("  ·  "), self->committee_lines);

  cairo_save (ctx->cr);
  cairo_set_source_rgb (ctx->cr, INK_R, INK_G, INK_B);
  hustings_print_text (ctx, MARGIN, LETTERHEAD_Y, TEXT_WIDTH, HUSTINGS_FONT_LETTERHEAD,
                       HUSTINGS_ALIGN_CENTER, self->committee_name);
  hustings_print_rule (ctx, MARGIN, LETTERHEAD_RULE, width - MARGIN, LETTERHEAD_RULE, 1.2);
  cairo_set_source_rgb (ctx->cr, 0.35, 0.35, 0.35);
  hustings_print_text (ctx, MARGIN, LETTERHEAD_RULE - 18, TEXT_WIDTH,
                       HUSTINGS_FONT_ADDRESS_SMALL, HUSTINGS_ALIGN_CENTER, joined);
  /* Where to fold it in three for the envelope. */
  for (int i = 1; i <= 2; i++)
    hustings_print_rule (ctx, 18, i * HUSTINGS_PRINT_LETTER_HEIGHT / 3, 30,
                         i * HUSTINGS_PRINT_LETTER_HEIGHT / 3, 0.5);
  cairo_restore (ctx->cr);
}

/* The "Paid for by" box (11 CFR 110.11(c)(2): set apart in a printed box). */
static void
draw_disclaimer (HustingsLetters      *self,
                 HustingsPrintContext *ctx)
{
  /* Translators: the disclaimer of a campaign's printed communications; %s the committee */
  g_autofree char *text = g_strdup_printf (_("Paid for by %s"), self->committee_name);
  double width = MIN (TEXT_WIDTH, hustings_print_text_width (ctx, HUSTINGS_FONT_ADDRESS, text) +
                                  24);
  double x = (HUSTINGS_PRINT_LETTER_WIDTH - width) / 2;
  double height;

  height = hustings_print_text (ctx, x + 6, FOOTER_Y + 5, width - 12, HUSTINGS_FONT_ADDRESS,
                                HUSTINGS_ALIGN_CENTER, text);
  hustings_print_box (ctx, x, FOOTER_Y, width, height + 10, 0.8, 0);
}

static void
draw_letter_page (HustingsLetters      *self,
                  HustingsPrintContext *ctx,
                  const LetterPage     *page)
{
  const Letter *letter = &g_array_index (self->letters, Letter, page->letter);
  g_auto(GStrv) paras = g_strsplit (letter->body, "\n\n", -1);
  double top = page->part == 0 ? BODY_Y : CONTINUED_Y;
  double y;

  if (page->part == 0)
    {
      draw_letterhead (self, ctx);
      hustings_print_text (ctx, MARGIN, DATE_Y, TEXT_WIDTH, HUSTINGS_FONT_LETTER,
                           HUSTINGS_ALIGN_LEFT, self->today_text);
      if (letter->address != NULL)
        {
          g_auto(GStrv) lines = g_strsplit (letter->address, "\n", -1);

          draw_lines (ctx, MARGIN, ADDRESS_Y, 3.75 * 72, HUSTINGS_FONT_LETTER,
                      (const char * const *) lines);
        }
      else
        hustings_print_text (ctx, MARGIN, ADDRESS_Y, 3.75 * 72, HUSTINGS_FONT_LETTER,
                             HUSTINGS_ALIGN_LEFT, letter->name);
    }
  else
    {
      cairo_save (ctx->cr);
      cairo_set_source_rgb (ctx->cr, 0.35, 0.35, 0.35);
      /* Translators: atop a letter's later pages: the recipient, the date, the page number */
      hustings_print_textf (ctx, MARGIN, 54, TEXT_WIDTH, HUSTINGS_FONT_ADDRESS_SMALL,
                            HUSTINGS_ALIGN_LEFT, _("%s  ·  %s  ·  page %u"), letter->name,
                            self->today_text, page->part + 1);
      cairo_restore (ctx->cr);
    }

  cairo_save (ctx->cr);
  cairo_rectangle (ctx->cr, 0, top, HUSTINGS_PRINT_LETTER_WIDTH, page->to - page->from);
  cairo_clip (ctx->cr);
  for (guint p = 0; p < letter->n_paras; p++)
    {
      double start = g_array_index (self->offsets, double, letter->first_para + p);
      double end = p + 1 < letter->n_paras
                   ? g_array_index (self->offsets, double, letter->first_para + p + 1)
                   : letter->height;

      if (end > page->from && start < page->to)
        hustings_print_paragraph (ctx, MARGIN, top + start - page->from, TEXT_WIDTH, 0,
                                  HUSTINGS_FONT_LETTER, paras[p]);
    }
  cairo_restore (ctx->cr);

  if (page->closing)
    {
      y = top + (page->to - page->from) + CLOSING_GAP;
      /* Translators: the closing of a thank-you letter, before the treasurer's name */
      y += hustings_print_text (ctx, MARGIN, y, TEXT_WIDTH, HUSTINGS_FONT_LETTER,
                                HUSTINGS_ALIGN_LEFT, _("With gratitude,"));
      y += SIGNATURE_ROOM;
      if (*self->treasurer_name != '\0')
        {
          y += hustings_print_text (ctx, MARGIN, y, TEXT_WIDTH, HUSTINGS_FONT_LETTER,
                                    HUSTINGS_ALIGN_LEFT, self->treasurer_name);
          /* Translators: under the treasurer's name: "Treasurer, Friends of Maria Núñez" */
          hustings_print_textf (ctx, MARGIN, y, TEXT_WIDTH, HUSTINGS_FONT_LETTER,
                                HUSTINGS_ALIGN_LEFT, _("Treasurer, %s"), self->committee_name);
        }
      else
        hustings_print_text (ctx, MARGIN, y, TEXT_WIDTH, HUSTINGS_FONT_LETTER,
                             HUSTINGS_ALIGN_LEFT, self->committee_name);
    }
  draw_disclaimer (self, ctx);
}

static void
draw_envelope (HustingsLetters      *self,
               HustingsPrintContext *ctx,
               const Letter         *letter)
{
  g_auto(GStrv) lines = g_strsplit (letter->address, "\n", -1);
  double width = 0, height = 0, y;

  y = 22 + hustings_print_text (ctx, 24, 22, 260, HUSTINGS_FONT_ADDRESS_SMALL,
                                HUSTINGS_ALIGN_LEFT, self->committee_name);
  draw_lines (ctx, 24, y, 260, HUSTINGS_FONT_ADDRESS_SMALL,
              (const char * const *) self->committee_lines);

  /* The recipient's block centred, its lines flush left, above the barcode's clear zone. */
  for (guint i = 0; lines[i] != NULL; i++)
    {
      width = MAX (width, hustings_print_text_width (ctx, HUSTINGS_FONT_ADDRESS, lines[i]));
      height += hustings_print_measure (ctx, 1000, HUSTINGS_FONT_ADDRESS, lines[i]);
    }
  width = MIN (width, 4.5 * 72);
  draw_lines (ctx, (HUSTINGS_ENVELOPE_10_WIDTH - width) / 2,
              MIN ((HUSTINGS_ENVELOPE_10_HEIGHT - height) / 2 + 12,
                   HUSTINGS_ENVELOPE_10_HEIGHT - 50 - height),
              width, HUSTINGS_FONT_ADDRESS, (const char * const *) lines);
}

static void
draw_labels (HustingsLetters      *self,
             HustingsPrintContext *ctx,
             guint                 sheet)
{
  for (guint i = 0; i < LABELS_PER_PAGE; i++)
    {
      guint n = sheet * LABELS_PER_PAGE + i;
      const Letter *letter;
      g_auto(GStrv) lines = NULL;
      double x = LABEL_LEFT + (i % LABELS_ACROSS) * LABEL_PITCH;
      double y = LABEL_TOP + (i / LABELS_ACROSS) * LABEL_HEIGHT;
      double height = 0;

      if (n >= self->addressed->len)
        break;
      letter = &g_array_index (self->letters, Letter,
                               g_array_index (self->addressed, guint, n));
      lines = g_strsplit (letter->address, "\n", -1);
      for (guint j = 0; lines[j] != NULL; j++)
        height += hustings_print_measure (ctx, 1000, HUSTINGS_FONT_ADDRESS_SMALL, lines[j]);
      draw_lines (ctx, x + LABEL_INSET, y + MAX (4, (LABEL_HEIGHT - height) / 2),
                  LABEL_WIDTH - 2 * LABEL_INSET, HUSTINGS_FONT_ADDRESS_SMALL,
                  (const char * const *) lines);
    }
}

void
hustings_letters_draw_page (HustingsLetters      *self,
                            HustingsLettersStyle  style,
                            cairo_t              *cr,
                            guint                 page,
                            double                width,
                            double                height)
{
  HustingsPrintContext ctx = { 0 };
  double page_width, page_height, scale;

  g_return_if_fail (HUSTINGS_IS_LETTERS (self));
  g_return_if_fail (page < hustings_letters_get_n_pages (self, style));

  hustings_letters_page_size (style, &page_width, &page_height);
  scale = MIN (width / page_width, height / page_height);

  cairo_save (cr);
  cairo_translate (cr, (width - page_width * scale) / 2, (height - page_height * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_set_source_rgb (cr, 0, 0, 0);
  ctx.cr = cr;
  ctx.layout = hustings_print_create_layout (cr);

  switch (style)
    {
    case HUSTINGS_LETTERS_LETTERS:
      draw_letter_page (self, &ctx, &g_array_index (self->pages, LetterPage, page));
      break;
    case HUSTINGS_LETTERS_ENVELOPES:
      draw_envelope (self, &ctx, &g_array_index (self->letters, Letter,
                                                 g_array_index (self->addressed, guint, page)));
      break;
    case HUSTINGS_LETTERS_LABELS:
      draw_labels (self, &ctx, page);
      break;
    default:
      g_assert_not_reached ();
    }

  g_object_unref (ctx.layout);
  cairo_restore (cr);
}

typedef struct {
  HustingsLetters      *letters;
  HustingsLettersStyle  style;
} PdfDraw;

static void
draw_pdf_page (cairo_t *cr, guint page, double width, double height, gpointer data)
{
  PdfDraw *draw = data;

  hustings_letters_draw_page (draw->letters, draw->style, cr, page, width, height);
}

gboolean
hustings_letters_write_pdf (HustingsLetters      *self,
                            HustingsLettersStyle  style,
                            const char           *path,
                            HustingsProgressFunc  progress,
                            gpointer              progress_data,
                            GCancellable         *cancellable,
                            GError              **error)
{
  g_autofree char *title = NULL;
  double width, height;
  guint n_pages;
  PdfDraw draw = { self, style };

  g_return_val_if_fail (HUSTINGS_IS_LETTERS (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  n_pages = hustings_letters_get_n_pages (self, style);
  if (n_pages == 0)
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           self->letters->len == 0
                           ? _("There are no letters to print: no contact was chosen")
                           : _("None of the contacts has a mailing address: there is no "
                               "envelope or label to print"));
      return FALSE;
    }
  hustings_letters_page_size (style, &width, &height);
  title = hustings_letters_dup_title (self);
  return hustings_print_write_pdf (path, n_pages, width, height, title, self->committee_name,
                                   draw_pdf_page, &draw, progress, progress_data, cancellable,
                                   error);
}

gboolean
hustings_letters_log_interactions (HustingsLetters        *self,
                                   HustingsCommitteeFile  *file,
                                   GError                **error)
{
  g_autoptr(HustingsInteraction) interaction = hustings_interaction_new ();
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (HUSTINGS_IS_LETTERS (self), FALSE);
  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), FALSE);

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), self->letters->len);
  for (guint i = 0; i < self->letters->len; i++)
    g_array_append_val (ids, g_array_index (self->letters, Letter, i).contact_id);
  hustings_interaction_set_kind (interaction, HUSTINGS_INTERACTION_LETTER);
  hustings_interaction_set_occurred_at (interaction, self->today);
  hustings_interaction_set_outcome (interaction, hustings_template_get_name (self->template));
  return hustings_interaction_store_add_bulk (file, interaction, ids, error);
}
