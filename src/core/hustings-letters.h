/* hustings-letters.h: a letter template merged for many contacts, printed as letters, #10
 * envelopes or a sheet of address labels.
 *
 * Letters: one a page on US Letter (a letter whose body is longer than a page goes on over the
 * next pages of that letter): the letterhead with the committee's name and address, the date,
 * the recipient's address block where a #10 window envelope shows it, the merged body in
 * paragraphs, the closing with the treasurer's name, and the footer "Paid for by <committee>"
 * (11 CFR 110.11).
 * Envelopes: #10 (9.5 × 4.125 in), the committee's return address at the top left and the
 * recipient's address block in the middle.
 * Labels: Avery 5160 on US Letter, 30 a sheet (3 across, 10 down, 2.625 × 1 in).
 * A contact without a mailing address (hustings_merge_address_lines) still gets a letter, but
 * no envelope or label; the problems summary says so.
 *
 * Everything is merged once, in hustings_letters_new (in a worker thread, with its own
 * committee file, as hustings_report_print_new is); pages are then drawn one at a time, on
 * demand, in any style, so the window can preview letters, envelopes and labels without
 * merging again. The object is not changed once made: two threads may draw pages at once.
 *
 * After the PDF is written, the caller logs the letters (hustings_letters_log_interactions),
 * with its own committee file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "hustings-committee-file.h"
#include "hustings-template.h"

G_BEGIN_DECLS

typedef enum {
  HUSTINGS_LETTERS_LETTERS,    /* the letters, US Letter portrait */
  HUSTINGS_LETTERS_ENVELOPES,  /* #10 envelopes, 684 × 297 points (wider than tall) */
  HUSTINGS_LETTERS_LABELS,     /* Avery 5160 sheets, US Letter portrait */
} HustingsLettersStyle;

/* A #10 envelope in points (9.5 × 4.125 in), as it is fed: wider than tall. */
#define HUSTINGS_ENVELOPE_10_WIDTH  684.0
#define HUSTINGS_ENVELOPE_10_HEIGHT 297.0

/* The first few names a problem lists (then "and 12 more"). */
#define HUSTINGS_LETTERS_NAMES_MAX 5

/* Letters that had no value for a merge field (rendered empty). */
typedef struct {
  const char *field;   /* "first_name" */
  const char *label;   /* "First name", translated */
  guint       count;   /* how many letters */
  GStrv       names;   /* the first few contacts' names (at most HUSTINGS_LETTERS_NAMES_MAX) */
} HustingsLettersMissing;

#define HUSTINGS_TYPE_LETTERS (hustings_letters_get_type ())
G_DECLARE_FINAL_TYPE (HustingsLetters, hustings_letters, HUSTINGS, LETTERS, GObject)

/* Merges template (a letter template; it is copied) for each contact of contact_ids (gint64,
 * as hustings_segment_store_members gives them; letters in that order, ids not in the file
 * skipped), each thanking for the contact's latest receipt, and lays out the pages of every
 * style. Reads the contacts in batches. progress goes from 0 to 1 on the calling thread.
 * HUSTINGS_ERROR_CANCELLED when cancelled; HUSTINGS_ERROR_INVALID for an email template or one
 * that does not validate. No contacts is no error (no pages). */
HustingsLetters      *hustings_letters_new               (HustingsCommitteeFile *file,
                                                          HustingsTemplate      *template,
                                                          GArray                *contact_ids,
                                                          HustingsProgressFunc   progress,
                                                          gpointer               progress_data,
                                                          GCancellable          *cancellable,
                                                          GError               **error);
/* The template merged (the copy). */
HustingsTemplate     *hustings_letters_get_template      (HustingsLetters       *self);
/* A name for the document and its file: "Thank-you letter — 312 letters". */
char                 *hustings_letters_dup_title         (HustingsLetters       *self);

/* How many letters: one per contact found. */
guint                 hustings_letters_get_n_letters     (HustingsLetters       *self);
/* How many of them have a mailing address (so an envelope and a label). */
guint                 hustings_letters_get_n_addressed   (HustingsLetters       *self);
/* The pages of style: letters (at least one per letter), envelopes (one per addressed
 * letter), label sheets (30 addressed letters a sheet). */
guint                 hustings_letters_get_n_pages       (HustingsLetters       *self,
                                                          HustingsLettersStyle   style);
/* The size of a page of style, in points, in its own orientation: 612 × 792 for letters and
 * labels, 684 × 297 for envelopes. */
void                  hustings_letters_page_size         (HustingsLettersStyle   style,
                                                          double                *out_width,
                                                          double                *out_height);

/* Draws page (0-based) of style on cr, whose user space is width × height points (the paper
 * or a preview): the page's own layout (hustings_letters_page_size) is scaled to fit and
 * centred. */
void                  hustings_letters_draw_page         (HustingsLetters       *self,
                                                          HustingsLettersStyle   style,
                                                          cairo_t               *cr,
                                                          guint                  page,
                                                          double                 width,
                                                          double                 height);
/* Writes every page of style to a PDF at path, each page its own size
 * (hustings_letters_page_size), page by page with progress and cancellable. The file appears
 * whole (written to path.partial, then renamed) or not at all. A style with no pages (no
 * letter has an address: no envelopes) fails with HUSTINGS_ERROR_INVALID saying so. */
gboolean              hustings_letters_write_pdf         (HustingsLetters       *self,
                                                          HustingsLettersStyle   style,
                                                          const char            *path,
                                                          HustingsProgressFunc   progress,
                                                          gpointer               progress_data,
                                                          GCancellable          *cancellable,
                                                          GError               **error);

/* The problems, for the window and the command line ----------------------------------------- */

/* Merge fields some letters had no value for (HustingsLettersMissing*, the field missing
 * from the most letters first; borrowed); empty when none. */
GPtrArray            *hustings_letters_get_missing       (HustingsLetters       *self);
/* The first few names (at most HUSTINGS_LETTERS_NAMES_MAX; NULL-terminated, borrowed) of the
 * contacts with no mailing address; there are n_letters - n_addressed of them. */
const char * const   *hustings_letters_get_unaddressed_names (HustingsLetters   *self);
/* Everything above in a treasurer's words, one problem a line, translated:
 * "12 letters have no First name: José Núñez, Zoë Ångström… and 7 more."
 * "3 contacts have no mailing address (no envelope or label): Acme PAC, …"
 * "" when there is no problem. */
char                 *hustings_letters_dup_problems      (HustingsLetters       *self);

/* Logs one "letter" interaction per letter, dated today (the day only), with the template's
 * name as the outcome, in one transaction (hustings_interaction_store_add_bulk) on file, the
 * caller's own (not the worker's). Call it once the PDF is written. */
gboolean              hustings_letters_log_interactions  (HustingsLetters       *self,
                                                          HustingsCommitteeFile *file,
                                                          GError               **error);

G_END_DECLS
