/* hustings-mailer-private.h: the mailer's clock, replaceable by tests, and its rate rule.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-mailer.h"

G_BEGIN_DECLS

/* Where a run reads the time and how it waits for the rate limit. */
typedef struct {
  /* Monotonic time in microseconds. */
  gint64   (*now)   (gpointer      data);
  /* Waits usec microseconds; returns early, FALSE, when cancellable is cancelled. */
  gboolean (*sleep) (gint64        usec,
                     GCancellable *cancellable,
                     gpointer      data);
  gpointer data;
} HustingsMailClock;

/* Replaces the real clock (g_get_monotonic_time and a wait a cancel interrupts) for the next
 * run. */
void   hustings_mailer_set_clock (HustingsMailer          *self,
                                  const HustingsMailClock *clock);

/* The rate rule: how long (microseconds, 0 for none) to wait at now before the next message,
 * so that no minute holds more than per_minute of them. sent holds the (monotonic) times the
 * last n_sent messages went, oldest first; only the last per_minute matter. */
gint64 hustings_mail_rate_wait   (const gint64            *sent,
                                  guint                    n_sent,
                                  guint                    per_minute,
                                  gint64                   now);

G_END_DECLS
