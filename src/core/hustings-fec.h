/* hustings-fec.h: the FEC's electronic filing format (.fec): records, layouts, reading, writing
 * and validation. The layouts are those of version 8.5 (identical to 8.3 and 8.4 for the records
 * of Form 3 and Form 3X); see docs/fec-format.md.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The version Hustings writes, and the field separator of versions 6.1 and later (ASCII 28). */
#define HUSTINGS_FEC_VERSION   "8.5"
#define HUSTINGS_FEC_SEPARATOR '\x1c'

/* One record of a .fec file. Its fields belong to it (empty ones may share storage): read them
 * freely, change them only with hustings_fec_record_set*. */
typedef struct {
  char  *type;      /* upper-cased record type: "HDR", "F3N", "F3XA", "SA11AI", "SB21B", "SC/10",
                     * "TEXT"; as 8.5 spells it (the reader turns the old "SA11A1" into "SA11AI") */
  GStrv  fields;    /* fields[0] = the record type as written; UTF-8; NULL-terminated */
  guint  n_fields;
  guint  line;      /* 1-based line in the file (0 for records built in memory) */
} HustingsFecRecord;

/* A record of the layout's count of fields, all "" but fields[0] = type (one field when the
 * layout does not know the type). */
HustingsFecRecord *hustings_fec_record_new            (const char *type);
/* A record of exactly these fields (at least one); type is fields[0] upper-cased. */
HustingsFecRecord *hustings_fec_record_new_from_fields (const char * const *fields,
                                                        guint               n_fields);
void               hustings_fec_record_free           (HustingsFecRecord *record);
/* Field n, 1-based as the FEC spec numbers them; "" when past the end. */
const char        *hustings_fec_record_get            (const HustingsFecRecord *record,
                                                       guint                    n);
/* Sets field n (1-based), growing the record with "" fields when n is past its end. value NULL
 * is "". Setting field 1 also sets the record's type. */
void               hustings_fec_record_set            (HustingsFecRecord *record,
                                                       guint              n,
                                                       const char        *value);
/* By the fecfile-validate name of the field in this record type's layout ("contribution_amount",
 * "L11ai_individuals_itemized_period", "back_reference_tran_id_number"…). get returns "" and set
 * FALSE when the layout has no such field. */
const char        *hustings_fec_record_get_named      (const HustingsFecRecord *record,
                                                       const char              *name);
gboolean           hustings_fec_record_set_named      (HustingsFecRecord *record,
                                                       const char        *name,
                                                       const char        *value);
/* Amount fields in cents: set writes "1234.56"; get is FALSE when the field is empty or not an
 * amount (then *out_cents is 0). */
gboolean           hustings_fec_record_get_amount     (const HustingsFecRecord *record,
                                                       guint                    n,
                                                       gint64                  *out_cents);
void               hustings_fec_record_set_amount     (HustingsFecRecord *record,
                                                       guint              n,
                                                       gint64             cents);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HustingsFecRecord, hustings_fec_record_free)

/* Layouts of version 8.5 (= 8.3/8.4 for these): HDR 8, F3N/F3A/F3T 93, F3XN/F3XA/F3XT 123,
 * SA* 45, SB* 44, TEXT 6 fields. 0 / NULL for other record types. Types compare
 * case-insensitively. */
guint       hustings_fec_layout_count (const char *type);
/* "contributor_employer" */
const char *hustings_fec_layout_name  (const char *type, guint n);
/* For people, translated: "Employer", "Line 11(a)(i), individuals, itemized (column A)" */
const char *hustings_fec_layout_label (const char *type, guint n);
/* 1-based, 0 if none */
int         hustings_fec_layout_find  (const char *type, const char *name);

/* Reading: any version 6.1–8.5 (FS-separated) and 3.x/5.x (comma CSV, names "Last^First"),
 * 2.x (its "Key = Value" header block) too. Records of HDR, F3*, F3X*, SA*, SB* and TEXT come out
 * in the 8.5 layout (older versions mapped field by field, names split into last, first,
 * middle, prefix and suffix, padded/truncated to the layout's count); other record types come
 * out as read. Handles: LF or CRLF, lower-case record types, a stray leading/trailing double
 * quote, missing or extra trailing fields, Latin-1/CP1252 bytes (converted to UTF-8), blank
 * lines, and [BEGINTEXT]…[ENDTEXT] blocks of F99 (one more field of the F99 record, lines
 * joined by "\n"). Fields are stripped of surrounding blanks. */
typedef struct _HustingsFecReader HustingsFecReader;
/* Reads the header; refuses a file that is not .fec or a version it does not read
 * (HUSTINGS_ERROR_INVALID, with a message for a treasurer). */
HustingsFecReader *hustings_fec_reader_new_for_path (const char  *path,
                                                     GError     **error);
void               hustings_fec_reader_free         (HustingsFecReader *reader);
/* "8.3", "5.00" */
const char        *hustings_fec_reader_get_version  (HustingsFecReader *reader);
/* "NGP 5.0" */
const char        *hustings_fec_reader_get_software (HustingsFecReader *reader);
/* The next record (after the header, which it also returns first as an HDR record in the 8.5
 * layout), or NULL at the end (error unset) or on failure (error set, naming the line; after a
 * line that is not a record, the next call goes on with the line after it). */
HustingsFecRecord *hustings_fec_reader_next         (HustingsFecReader  *reader,
                                                     GError            **error);
/* 0..1 read, for progress */
double             hustings_fec_reader_get_fraction (HustingsFecReader *reader);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HustingsFecReader, hustings_fec_reader_free)

/* Values. */
/* "1234.56", "-5.00", "0.00" */
char    *hustings_fec_format_amount (gint64 cents);
/* "71972.00", "0", "25", "-3.5"; straight into cents, a third decimal rounding half away from
 * zero; FALSE for anything else ("", "1,000", "$5"). */
gboolean hustings_fec_parse_amount  (const char *text, gint64 *out_cents);
/* "2026-04-15" → "20260415"; NULL, "" or not an ISO date → "" */
char    *hustings_fec_format_date   (const char *iso);
/* "20260415" → "2026-04-15"; NULL if not a date */
char    *hustings_fec_parse_date    (const char *text);
/* Printable ASCII only (32–126): accents and ligatures transliterated (é→e, ß→ss, Æ→AE),
 * typographic quotes and dashes to ASCII, other characters and control bytes to a space,
 * no leading or trailing blanks, at most max_chars characters (0: no limit). */
char    *hustings_fec_to_ascii      (const char *utf8, gsize max_chars);

/* Writing: fields joined by FS (0x1C), CRLF at the end. Fails (HUSTINGS_ERROR_INVALID) on a
 * field holding a line break or FS. Wrap out in a GBufferedOutputStream. */
gboolean hustings_fec_write_record  (GOutputStream            *out,
                                     const HustingsFecRecord  *record,
                                     GCancellable             *cancellable,
                                     GError                  **error);

/* Validation (fec-format.md §4 required/type/length/pattern/conditional rules and §11, and
 * the cross-record rules). */
typedef enum { HUSTINGS_FEC_ERROR, HUSTINGS_FEC_WARNING } HustingsFecSeverity;
typedef struct {
  HustingsFecSeverity severity;
  guint  record;       /* 0-based index of the record in the filing (0 = HDR) */
  char  *record_type;  /* "SA11AI" */
  char  *tran_id;      /* the record's transaction id, or NULL */
  guint  field;        /* 1-based field number; 0 for the record as a whole */
  char  *field_name;   /* "contributor_employer", or NULL */
  char  *message;      /* for a treasurer: "Employer is missing; it is required once a donor gives
                        * over $200" */
} HustingsFecProblem;
void hustings_fec_problem_free (HustingsFecProblem *problem);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HustingsFecProblem, hustings_fec_problem_free)
/* Appends HustingsFecProblem* for one record (index = its place in the filing). */
void  hustings_fec_validate_record (const HustingsFecRecord *record,
                                    guint                    index,
                                    GPtrArray               *problems);
/* Every record, then across records: HDR first and the cover (F3N/F3A/F3T/F3XN/F3XA/F3XT)
 * second; the filer id of every record = the cover's; transaction ids unique and upper case;
 * every back reference (SA/SB fields 4–5, TEXT fields 4–5) resolves to a record of that id and
 * type (a report-level TEXT names the cover's form type); the summary arithmetic of §4 (every
 * "= …" rule, both columns) adds up; 11(a)(i) column A equals the non-memo total of the SA11AI
 * records, and no other line is less than the non-memo total of its itemized records (lines may
 * include unitemized amounts); amendments (…A) carry HDR rpt_id and rpt_number. */
void  hustings_fec_validate_filing (GPtrArray *records /* HustingsFecRecord* */,
                                    GPtrArray *problems);
guint hustings_fec_count_errors    (GPtrArray *problems);

/* The same validation, one record at a time, so that a large filing need not be held in
 * memory (write each record as it is added, to a file that is kept only if finish finds no
 * error): add every record in the order of the file (its own problems are appended at once; it
 * may be freed after), then finish for the problems across records. validate_filing is new,
 * add each, finish. */
typedef struct _HustingsFecValidator HustingsFecValidator;
HustingsFecValidator *hustings_fec_validator_new    (void);
void                  hustings_fec_validator_add    (HustingsFecValidator    *validator,
                                                     const HustingsFecRecord *record,
                                                     GPtrArray               *problems);
void                  hustings_fec_validator_finish (HustingsFecValidator    *validator,
                                                     GPtrArray               *problems);
void                  hustings_fec_validator_free   (HustingsFecValidator    *validator);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HustingsFecValidator, hustings_fec_validator_free)

G_END_DECLS
