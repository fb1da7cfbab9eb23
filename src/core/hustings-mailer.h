/* hustings-mailer.h: email to a list of contacts (a segment) through the committee's SMTP
 * server, with a preview and a test send.
 *
 * The subject and body are an email template (hustings-template.h) merged for each recipient
 * (hustings-merge.h), {{unsubscribe}} included. Each message goes to the contact's first email
 * address as a text/plain UTF-8 message (hustings-mail-message.h), through one connection to
 * the server kept open for the whole run. Contacts without an email address, those who
 * unsubscribed (hustings_contact_get_email_opt_out_at) and an address already sent to in the
 * same run are skipped, with the reason. The run never sends more than the server's
 * per-minute rate in any minute; it waits when it must, and a cancel stops the wait at once.
 *
 * Threads and committee files. A HustingsCommitteeFile belongs to the thread that opened it,
 * so the run, the test send and the counts read (and the run writes) through the
 * HustingsCommitteeFile they are given, which must be one the calling thread opened: in the
 * GUI, hustings_file_job_new (path, …) opens one in its worker thread and hands it over. A
 * HustingsMailer is made on the caller's thread, run in the worker while nobody else touches
 * it (but for get_n_recipients and get_progress, which any thread may call at any time), and
 * read (results) back on the caller's thread once the run has returned.
 *
 * The run logs what it did as interactions (kind email; outcome "Sent: <subject>" or "Not
 * sent: <reason>"; skipped contacts are not logged) through the worker's connection, in one
 * transaction when it ends, whether it ends normally, cancelled or stopped by a connection
 * failure: what went is always logged, even if the window that started it has gone. That
 * transaction emits "outreach-changed" on the worker's HustingsCommitteeFile only, so the
 * caller calls hustings_committee_file_reload() on its own file afterwards (as after an
 * import) for its views to show the new interactions.
 *
 * Sending needs the password the GUI keeps in the desktop keyring: it is passed in, copied
 * for the run, wiped when the mailer goes, and never written anywhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hustings-types.h"
#include "hustings-mail-server.h"
#include "hustings-template.h"

G_BEGIN_DECLS

/* What happened to one recipient. */
typedef enum {
  HUSTINGS_MAIL_SENT,                 /* the server accepted the message */
  HUSTINGS_MAIL_FAILED,               /* the server refused it; the message says why */
  HUSTINGS_MAIL_SKIPPED_NO_EMAIL,     /* the contact has no email address */
  HUSTINGS_MAIL_SKIPPED_UNSUBSCRIBED, /* the contact asked for no more email */
  HUSTINGS_MAIL_SKIPPED_DUPLICATE,    /* the run already sent to that address */
  HUSTINGS_N_MAIL_STATUSES
} HustingsMailStatus;

/* "Sent", "Failed", "No email address", "Unsubscribed", "Duplicate address": translated. */
const char *hustings_mail_status_describe (HustingsMailStatus status);

typedef struct {
  gint64             contact_id;
  char              *contact_name; /* the display name: "Jane Q. Doe" */
  char              *address;      /* the address written to; "" when the contact has none */
  HustingsMailStatus status;
  /* Why, in a treasurer's words, translated: "The server refused this address (550 5.1.1
   * No such user)", "Unsubscribed on Mar 4, 2026"; "" when sent. */
  char              *message;
  char              *at;           /* when it was sent or tried (UTC timestamp); "" if skipped */
} HustingsMailResult;

/* How a run over some contacts would go, before it is started: for the confirmation
 * ("Send to 298 recipients? 12 unsubscribed and 4 without an email address will be
 * skipped."). to_send + no_email + unsubscribed + duplicates is the number of contacts found. */
typedef struct {
  guint to_send;
  guint no_email;
  guint unsubscribed;
  guint duplicates;
} HustingsMailCounts;

/* Counts what a run over contact_ids (gint64) would do. Reads every contact: in a worker for
 * a large segment (100,000 contacts take about a second). */
gboolean hustings_mailer_count (HustingsCommitteeFile *file,
                                GArray                *contact_ids,
                                HustingsMailCounts    *out_counts,
                                GError               **error);

/* One contact's message, merged, as a run would send it. */
typedef struct {
  char  *to;          /* "Jane Doe <jane@example.org>"; "" when the contact has no address */
  char  *skip_reason; /* NULL when a run would send it; else why it would not, translated
                       * ("No email address", "Unsubscribed on Mar 4, 2026") */
  char  *subject;
  char  *body;
  GStrv  missing;     /* the merge fields that had no value and no fallback (rendered empty),
                       * NULL-terminated, never NULL */
} HustingsMailPreview;

void hustings_mail_preview_free (HustingsMailPreview *preview);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HustingsMailPreview, hustings_mail_preview_free)

/* The merged subject and body of template for the contact (server gives the sender, whose
 * address {{unsubscribe}} names). Reads the file; quick enough for the main thread.
 * HUSTINGS_ERROR_NOT_FOUND for a contact not in the file, HUSTINGS_ERROR_INVALID for a
 * template that is not an email or does not validate. */
HustingsMailPreview *hustings_mailer_preview   (HustingsCommitteeFile *file,
                                                HustingsMailServer    *server,
                                                HustingsTemplate      *template,
                                                gint64                 contact_id,
                                                GError               **error);

/* Sends the message template merges for the sample contact (any contact: unsubscribed or
 * without email alike) to to_address, which the user typed, so they see what recipients
 * will get. Blocks for as long as the server takes (up to the 20 s connection timeout): run
 * it in a worker, with that thread's file. Not logged. Fails with HUSTINGS_ERROR_INVALID for
 * settings that do not validate or an address that is not one, HUSTINGS_ERROR_CANCELLED when
 * cancelled, HUSTINGS_ERROR_FAILED saying what went wrong otherwise ("Could not connect to
 * smtp.example.org: …", "The server did not accept the user name or password (535 …)"). */
gboolean hustings_mailer_send_test             (HustingsCommitteeFile *file,
                                                HustingsMailServer    *server,
                                                const char            *password,
                                                HustingsTemplate      *template,
                                                gint64                 contact_id,
                                                const char            *to_address,
                                                GCancellable          *cancellable,
                                                GError               **error);

#define HUSTINGS_TYPE_MAILER (hustings_mailer_get_type ())
G_DECLARE_FINAL_TYPE (HustingsMailer, hustings_mailer, HUSTINGS, MAILER, GObject)

/* A run that will send template to contact_ids (gint64, in that order, as
 * hustings_segment_store_members returns them) through server. Copies server, the ids and
 * password (NULL or "" when the server asks for no login); keeps a reference to template,
 * which must not change until the run is over. */
HustingsMailer *hustings_mailer_new              (HustingsMailServer    *server,
                                                  const char            *password,
                                                  HustingsTemplate      *template,
                                                  GArray                *contact_ids);
/* The number of contact ids the run was made with. Any thread. */
guint           hustings_mailer_get_n_recipients (HustingsMailer        *self);
/* How far the run has got: contacts done (sent, failed or skipped), messages sent, messages
 * failed, for "41 of 300 done · 2 failed". Any thread, at any time. */
void            hustings_mailer_get_progress     (HustingsMailer        *self,
                                                  guint                 *out_done,
                                                  guint                 *out_sent,
                                                  guint                 *out_failed);
/* Sends, one message per recipient, in the calling thread, with file opened by that thread
 * (see above); runs once. progress gets done / n_recipients after each contact, and 1.0 at
 * the end of a complete run. A refused recipient or message is FAILED and the run goes on; a
 * failure to connect or log in stops it: FALSE with HUSTINGS_ERROR_FAILED saying what, and
 * how many were not reached ("Could not connect to smtp.example.org: … Nothing was sent to
 * the remaining 298 contacts."). A cancel stops it at once (also in a rate-limit wait): FALSE
 * with HUSTINGS_ERROR_CANCELLED. Before anything is sent: HUSTINGS_ERROR_INVALID for settings
 * that do not validate or a template that is not a valid email template,
 * HUSTINGS_ERROR_READ_ONLY for a file that cannot record what is sent. In every case the
 * results and the interactions logged cover what was done before the end. */
gboolean        hustings_mailer_run              (HustingsMailer        *self,
                                                  HustingsCommitteeFile *file,
                                                  GCancellable          *cancellable,
                                                  HustingsProgressFunc   progress,
                                                  gpointer               progress_data,
                                                  GError               **error);
/* After run: one result per contact done, in the order of the ids (contacts no longer in the
 * file are left out). */
guint           hustings_mailer_get_n_results    (HustingsMailer        *self);
const HustingsMailResult *hustings_mailer_get_result (HustingsMailer    *self,
                                                      guint              index);
/* After run: how many recipients were not reached because the run was cancelled or stopped
 * (0 after a complete run). */
guint           hustings_mailer_get_n_unsent     (HustingsMailer        *self);

G_END_DECLS
