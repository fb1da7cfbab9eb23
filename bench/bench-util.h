/* bench-util.h: timing and memory figures for the benchmarks.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

/* Peak and current resident memory of this process in MB (VmHWM, VmRSS). */
static inline double
bench_memory_mb (const char *which)
{
  g_autofree char *status = NULL;
  double kb = 0;

  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    {
      const char *line = strstr (status, which);

      if (line != NULL)
        kb = g_ascii_strtod (line + strlen (which) + 1, NULL);
    }
  return kb / 1024.0;
}

/* Processor time of this process in ms: the machine's other load does not count in it. */
static inline double
bench_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* Resident memory as pages are written (a HustingsProgressFunc's data): at a tenth, half and
 * all of them. */
typedef struct {
  double rss[3];
} BenchWatch;

static inline void
bench_watch_progress (double fraction, gpointer data)
{
  BenchWatch *watch = data;
  static const double marks[3] = { 0.1, 0.5, 1.0 };

  for (guint i = 0; i < 3; i++)
    if (fraction >= marks[i] && watch->rss[i] == 0)
      watch->rss[i] = bench_memory_mb ("VmRSS:");
}

static inline double
bench_ms_since (gint64 start_us)
{
  return (g_get_monotonic_time () - start_us) / 1000.0;
}

/* One figure: what, the measurement, the target and whether it was met. */
static inline void
bench_report (const char *what, double value, const char *unit, double target, gboolean *all_met)
{
  gboolean met = value <= target;

  printf ("  %-48s %10.1f %-3s  (target < %g %s)  %s\n", what, value, unit, target, unit,
          met ? "met" : "MISSED");
  if (!met && all_met)
    *all_met = FALSE;
}
