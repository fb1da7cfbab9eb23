/* bench-util.h: timing and memory figures for the benchmarks.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <stdio.h>

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
