/* hustings-cli.h: what the command files of hustings-cli share.
 *
 * hustings-cli.c holds the command table and the commands of the import issue; each later area
 * has its commands in a file of its own (hustings-cli-<area>.c), declared at the end here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define PROGRAM "hustings-cli"
#define EXIT_USAGE 2

typedef struct _Command Command;
typedef int (*CommandFunc) (const Command *command,
                            int            argc,
                            char         **argv);

struct _Command {
  const char  *name;
  const char  *parameters;
  const char  *summary;
  CommandFunc  run;
};

/* Prints "hustings-cli: message" on stderr; returns EXIT_FAILURE. */
int       fail            (const char *message);
/* A usage error of command (NULL: of the program as a whole); returns EXIT_USAGE. */
int       usage_error     (const Command *command,
                           const char    *message);
/* Parses the options of command and its n positional arguments (named in command->parameters,
 * the first being FILE) into args; FALSE after a usage error. */
gboolean  parse_arguments (const Command       *command,
                           const GOptionEntry  *entries,
                           int                  argc,
                           char               **argv,
                           guint                n,
                           const char         **args);
/* Parses the options of command and its one FILE argument; NULL after a usage error. */
const char *parse_command (const Command       *command,
                           const GOptionEntry  *entries,
                           int                  argc,
                           char               **argv);
gboolean  parse_count     (const char *option,
                           const char *text,
                           guint64     max,
                           guint64    *out,
                           char      **message);

/* Tab-separated output: one field (tabs and line breaks inside become spaces), an id ("" for
 * 0), an amount ("1234.56"), a header line. */
void      put_field       (const char *text,
                           gboolean    last);
void      put_id          (gint64      id,
                           gboolean    last);
void      put_amount      (gint64      cents,
                           gboolean    last);
void      put_header      (const char * const *columns);
/* Flushes stdout; EXIT_SUCCESS, or EXIT_FAILURE after saying the output failed. */
int       finish_output   (void);

/* The committee file at path, or NULL after saying why not. */
HustingsCommitteeFile *open_file (const char *path);
/* A --from or --to date in YYYY-MM-DD (or M/D/YYYY), or NULL after a usage error of command. */
char     *date_option     (const Command *command,
                           const char    *option,
                           const char    *text);

typedef gboolean (*WorkFunc) (gpointer       data,
                              GCancellable  *cancellable,
                              GError       **error);
/* Runs func in a worker thread so that Ctrl+C can cancel it cleanly: the work leaves nothing
 * half-done. */
gboolean  run_cancellable (WorkFunc   func,
                           gpointer   data,
                           gboolean   show_progress,
                           GError   **error);
/* A HustingsProgressFunc for run_cancellable's work: the percentage on stderr. */
void      progress_cb     (double     fraction,
                           gpointer   user_data);

/* ---- Commands in files of their own ---- */

/* hustings-cli-check.c */
int       run_check       (const Command *command,
                           int            argc,
                           char         **argv);

/* hustings-cli-disbursements.c */
int       run_disbursements (const Command *command,
                             int            argc,
                             char         **argv);

/* hustings-cli-letters.c */
int       run_letters     (const Command *command,
                           int            argc,
                           char         **argv);
int       run_templates   (const Command *command,
                           int            argc,
                           char         **argv);

/* hustings-cli-report.c */
int       run_report      (const Command *command,
                           int            argc,
                           char         **argv);
int       run_reports     (const Command *command,
                           int            argc,
                           char         **argv);

/* hustings-cli-segment.c */
int       run_segment     (const Command *command,
                           int            argc,
                           char         **argv);
int       run_segments    (const Command *command,
                           int            argc,
                           char         **argv);

/* hustings-cli-volunteers.c */
int       run_volunteers  (const Command *command,
                           int            argc,
                           char         **argv);
int       run_events      (const Command *command,
                           int            argc,
                           char         **argv);

/* hustings-cli-fec-import.c: the import command given an FEC filing (path, then filing). */
int       import_fec_filing (const char *path,
                             const char *filing);

G_END_DECLS
