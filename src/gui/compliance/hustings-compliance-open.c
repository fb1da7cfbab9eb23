/* hustings-compliance-open.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-compliance-open"

#include "config.h"

#include "disbursements/hustings-disbursement-dialog.h"
#include "donations/hustings-donation-dialog.h"
#include "hustings-compliance-contact-window.h"
#include "hustings-window.h"

#include "hustings-compliance-open.h"

void
hustings_compliance_open_row (GtkWidget             *widget,
                              HustingsCommitteeFile *file,
                              HustingsReportRowKind  kind,
                              gint64                 id)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file));

  switch (kind)
    {
    case HUSTINGS_REPORT_ROW_DONATION:
      dialog = (GtkWindow *) hustings_donation_dialog_new_edit (parent, file, id, &error);
      break;

    case HUSTINGS_REPORT_ROW_DISBURSEMENT:
      dialog = (GtkWindow *) hustings_disbursement_dialog_new_edit (parent, file, id, &error);
      break;

    case HUSTINGS_REPORT_ROW_CONTACT:
      dialog = (GtkWindow *) hustings_compliance_contact_window_new (parent, file, id, &error);
      break;

    case HUSTINGS_REPORT_ROW_COMMITTEE:
      gtk_widget_activate_action (widget, "win.committee-profile", NULL);
      return;

    case HUSTINGS_REPORT_ROW_REPORT:
      gtk_widget_activate_action (widget, "compliance.show-report", "x", id);
      return;

    case HUSTINGS_REPORT_ROW_NONE:
    default:
      return;
    }

  if (dialog == NULL)
    {
      if (HUSTINGS_IS_WINDOW (root))
        hustings_window_show_toast (HUSTINGS_WINDOW (root), error->message);
      return;
    }

  gtk_window_present (dialog);
}
