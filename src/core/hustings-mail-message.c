/* hustings-mail-message.c: an email as RFC 5322 + MIME bytes.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-mail-message"

#include "config.h"

#include <string.h>

#include "hustings-mail-message.h"

/* RFC 5322 2.1.1: lines "SHOULD" stay within 78 characters, CRLF not counted. */
#define LINE_MAX_COLUMNS 78
/* RFC 2045 6.7: quoted-printable lines of at most 76 characters. */
#define QP_LINE_MAX 76
/* RFC 2047 2: an encoded word is at most 75 characters. */
#define ENCODED_WORD_MAX 75
#define ENCODED_WORD_PREFIX "=?UTF-8?B?"
#define ENCODED_WORD_SUFFIX "?="

/* text with every control character (CR and LF above all: no header injection) made a space
 * and runs of white space made one. */
static char *
one_line (const char *text)
{
  GString *line = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if ((guchar) *p < 0x20 || *p == 0x7f || *p == ' ')
        {
          space = line->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (line, ' ');
      space = FALSE;
      g_string_append_c (line, *p);
    }
  return g_string_free (line, FALSE);
}

static gboolean
is_printable_ascii (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || (guchar) *p > 0x7e)
      return FALSE;
  return TRUE;
}

/* Appends text (printable ASCII, single spaces) to header, breaking before a space where a
 * line would pass the limit; column is where the header stands. */
static void
append_folded (GString    *header,
               const char *text,
               gsize       column)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize length = strlen (words[i]);

      if (i > 0)
        {
          if (column + 1 + length > LINE_MAX_COLUMNS)
            {
              g_string_append (header, "\r\n");
              column = 0;
            }
          g_string_append_c (header, ' ');
          column++;
        }
      g_string_append (header, words[i]);
      column += length;
    }
}

/* Appends text (UTF-8) as encoded words, each holding whole characters, folded so that no
 * line passes the limit; column is where the header stands. */
static void
append_encoded_words (GString    *header,
                      const char *text,
                      gsize       column)
{
  const char *p = text;
  gboolean first = TRUE;

  while (*p != '\0')
    {
      gsize room;
      gsize max_bytes;
      const char *end = p;
      g_autofree char *base64 = NULL;

      if (!first)
        {
          g_string_append_c (header, ' ');
          column++;
        }
      room = MIN (ENCODED_WORD_MAX, LINE_MAX_COLUMNS - MIN (column, LINE_MAX_COLUMNS));
      if (room < strlen (ENCODED_WORD_PREFIX ENCODED_WORD_SUFFIX) + 8)
        {
          if (!first)
            g_string_truncate (header, header->len - 1);
          g_string_append (header, "\r\n ");
          column = 1;
          room = ENCODED_WORD_MAX;
        }
      /* Base64 turns each 3 bytes into 4 characters. */
      max_bytes = (room - strlen (ENCODED_WORD_PREFIX ENCODED_WORD_SUFFIX)) / 4 * 3;
      while (*end != '\0')
        {
          const char *next = g_utf8_next_char (end);

          if ((gsize) (next - p) > max_bytes)
            break;
          end = next;
        }
      base64 = g_base64_encode ((const guchar *) p, end - p);
      g_string_append_printf (header, ENCODED_WORD_PREFIX "%s" ENCODED_WORD_SUFFIX, base64);
      column += strlen (ENCODED_WORD_PREFIX ENCODED_WORD_SUFFIX) + strlen (base64);
      p = end;
      first = FALSE;
    }
}

char *
hustings_mail_encode_header_text (const char *text,
                                  gsize       first_column)
{
  g_autofree char *line = one_line (text);
  GString *header = g_string_new (NULL);

  /* "=?" in plain text could be taken for an encoded word: encode such text too. */
  if (is_printable_ascii (line) && strstr (line, "=?") == NULL)
    append_folded (header, line, first_column);
  else
    append_encoded_words (header, line, first_column);
  return g_string_free (header, FALSE);
}

/* A display name as a phrase (RFC 5322 3.2.5), folded from column: as it is when it is plain
 * words, a quoted string when it has specials, encoded words when it is not ASCII. */
static char *
encode_display_name (const char *name,
                     gsize       column)
{
  g_autofree char *line = one_line (name);
  g_autoptr(GString) quoted = NULL;
  GString *folded;

  if (!is_printable_ascii (line) || strstr (line, "=?") != NULL ||
      strpbrk (line, "()<>[]:;@\\,.\"") == NULL)
    return hustings_mail_encode_header_text (line, column);
  quoted = g_string_new ("\"");
  for (const char *p = line; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (quoted, '\\');
      g_string_append_c (quoted, *p);
    }
  g_string_append_c (quoted, '"');
  /* A quoted string may be folded at its spaces too (RFC 5322 3.2.4). */
  folded = g_string_new (NULL);
  append_folded (folded, quoted->str, column);
  return g_string_free (folded, FALSE);
}

/* Appends "Name: " and the mailbox "Display Name <address>" (or the address alone). */
static void
append_mailbox_header (GString    *message,
                       const char *field,
                       const char *display_name,
                       const char *address)
{
  g_autofree char *clean_address = one_line (address);
  gsize column = strlen (field) + 2;

  g_string_append_printf (message, "%s: ", field);
  if (display_name != NULL && display_name[0] != '\0')
    {
      g_autofree char *phrase = encode_display_name (display_name, column);
      const char *last_line = g_strrstr (phrase, "\r\n");

      g_string_append (message, phrase);
      column = last_line != NULL ? strlen (last_line + 2) : column + strlen (phrase);
      g_string_append (message, column + 3 + strlen (clean_address) > LINE_MAX_COLUMNS
                                ? "\r\n <" : " <");
      g_string_append_printf (message, "%s>\r\n", clean_address);
    }
  else
    g_string_append_printf (message, "%s\r\n", clean_address);
}

/* One line of text (no line end) encoded, with soft breaks, each output line ended by CRLF. */
static void
append_qp_line (GString    *out,
                const char *line,
                gsize       length)
{
  gsize column = 0;

  for (gsize i = 0; i < length; i++)
    {
      guchar c = line[i];
      gboolean last = i + 1 == length;
      char encoded[4];
      gsize width;

      if ((c == ' ' || c == '\t') && last)
        width = g_snprintf (encoded, sizeof encoded, "=%02X", c);
      /* "From " at the start of a line gets mangled by mbox files on the way: escape the F. */
      else if (column == 0 && c == 'F' && length - i >= 5 && strncmp (line + i, "From ", 5) == 0)
        width = g_snprintf (encoded, sizeof encoded, "=%02X", c);
      else if ((c >= 33 && c <= 126 && c != '=') || c == ' ' || c == '\t')
        {
          encoded[0] = c;
          encoded[1] = '\0';
          width = 1;
        }
      else
        width = g_snprintf (encoded, sizeof encoded, "=%02X", c);

      /* Room for the character and, unless it ends the line, a soft break "=". */
      if (column + width + (last ? 0 : 1) > QP_LINE_MAX)
        {
          g_string_append (out, "=\r\n");
          column = 0;
        }
      g_string_append_len (out, encoded, width);
      column += width;
    }
  g_string_append (out, "\r\n");
}

char *
hustings_mail_encode_quoted_printable (const char *text)
{
  GString *out = g_string_new (NULL);
  const char *p = text != NULL ? text : "";

  while (*p != '\0')
    {
      const char *newline = strchr (p, '\n');
      gsize length = newline != NULL ? (gsize) (newline - p) : strlen (p);

      if (length > 0 && p[length - 1] == '\r')
        append_qp_line (out, p, length - 1);
      else
        append_qp_line (out, p, length);
      p += length;
      if (*p == '\n')
        p++;
    }
  return g_string_free (out, FALSE);
}

const char *
hustings_mail_address_domain (const char *address)
{
  const char *at = address != NULL ? strrchr (address, '@') : NULL;

  return at != NULL && at[1] != '\0' ? at + 1 : "localhost";
}

/* RFC 5322 3.3, in English whatever the locale: "Mon, 23 Nov 2026 14:05:09 +0000". */
static char *
format_date (GDateTime *date)
{
  static const char * const days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
  static const char * const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                                         "Aug", "Sep", "Oct", "Nov", "Dec" };
  g_autoptr(GDateTime) utc = g_date_time_to_utc (date);

  return g_strdup_printf ("%s, %d %s %04d %02d:%02d:%02d +0000",
                          days[g_date_time_get_day_of_week (utc) - 1],
                          g_date_time_get_day_of_month (utc),
                          months[g_date_time_get_month (utc) - 1],
                          g_date_time_get_year (utc), g_date_time_get_hour (utc),
                          g_date_time_get_minute (utc), g_date_time_get_second (utc));
}

GBytes *
hustings_mail_message_render (const HustingsMailMessage *message)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = format_date (message->date != NULL ? message->date : now);
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *subject = hustings_mail_encode_header_text (message->subject,
                                                               strlen ("Subject: "));
  g_autofree char *body = hustings_mail_encode_quoted_printable (message->body);
  GString *out = g_string_new (NULL);
  gsize length;

  g_return_val_if_fail (message->from_address != NULL && message->to_address != NULL, NULL);

  g_string_append_printf (out, "Date: %s\r\n", date);
  append_mailbox_header (out, "From", message->from_name, message->from_address);
  append_mailbox_header (out, "To", message->to_name, message->to_address);
  g_string_append_printf (out, "Subject: %s\r\n", subject);
  g_string_append_printf (out, "Message-ID: <%s@%s>\r\n", uuid,
                          hustings_mail_address_domain (message->from_address));
  if (message->unsubscribe_address != NULL && message->unsubscribe_address[0] != '\0')
    {
      g_autofree char *line = one_line (message->unsubscribe_address);
      g_autofree char *address = g_uri_escape_string (line, "@", FALSE);

      g_string_append_printf (out, "List-Unsubscribe: <mailto:%s?subject=unsubscribe>\r\n",
                              address);
    }
  g_string_append (out, "MIME-Version: 1.0\r\n"
                        "Content-Type: text/plain; charset=UTF-8\r\n"
                        "Content-Transfer-Encoding: quoted-printable\r\n"
                        "\r\n");
  g_string_append (out, body);

  length = out->len;
  return g_bytes_new_take (g_string_free (out, FALSE), length);
}
