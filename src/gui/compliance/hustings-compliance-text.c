/* hustings-compliance-text.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "hustings-core.h"

#include "hustings-compliance-text.h"

char *
hustings_compliance_report_title (const char *code,
                                  const char *coverage_to)
{
  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail (coverage_to != NULL, NULL);

  /* Translators: a report's name and year, "April Quarterly 2026" */
  return g_strdup_printf (_("%s %.4s"), hustings_filing_code_describe (code), coverage_to);
}
