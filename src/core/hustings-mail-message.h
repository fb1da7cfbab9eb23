/* hustings-mail-message.h: an email as the bytes an SMTP server is given (RFC 5322 with
 * MIME): text/plain in UTF-8, the body quoted-printable with CRLF line ends, non-ASCII
 * display names and subjects as RFC 2047 encoded words, header lines folded under 78 columns.
 *
 * Lines starting with "." are left as they are: the SMTP library dot-stuffs the DATA it sends.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *from_name;    /* "Friends of Jane Doe", or "" */
  const char *from_address; /* "info@janedoe.org": also the Message-ID's domain */
  const char *to_name;      /* "José Núñez", or "" */
  const char *to_address;
  const char *subject;
  const char *body;         /* UTF-8 text, lines ended by "\n" or "\r\n" */
  /* Where a recipient asks to be taken off the list (List-Unsubscribe:
   * <mailto:ADDRESS?subject=unsubscribe>); NULL for no such header. */
  const char *unsubscribe_address;
  GDateTime  *date;         /* the Date header; NULL for now */
} HustingsMailMessage;

/* The whole message, headers and body, every line ended by CRLF: From, To, Subject, Date
 * (RFC 5322, UTC), Message-ID (unique, @ the from address's domain), MIME-Version,
 * Content-Type (text/plain; charset=UTF-8), Content-Transfer-Encoding (quoted-printable) and
 * List-Unsubscribe. */
GBytes *hustings_mail_message_render       (const HustingsMailMessage *message);

/* A header's text as it may go in a header: itself when it is printable ASCII, otherwise
 * RFC 2047 encoded words ("=?UTF-8?B?…?=", whole characters in each), separated by folding
 * white space so that no line passes 78 columns when the header starts in column
 * first_column (the length of "Subject: "). */
char   *hustings_mail_encode_header_text   (const char                *text,
                                            gsize                      first_column);
/* text encoded quoted-printable (RFC 2045) with CRLF line ends, lines of at most 76
 * characters (soft breaks "=" never split an escape), trailing spaces escaped. */
char   *hustings_mail_encode_quoted_printable (const char             *text);
/* The domain of an address ("janedoe.org"); "localhost" when it has none. */
const char *hustings_mail_address_domain   (const char                *address);

G_END_DECLS
