/* hustings-segment-dialog.h: the segment builder: a name and rules, with a live count of the
 * contacts they match, saved by name in the committee file.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_SEGMENT_DIALOG (hustings_segment_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HustingsSegmentDialog, hustings_segment_dialog, HUSTINGS, SEGMENT_DIALOG,
                      AdwWindow)

/* Actions: segment.add-rule (s: a kind, as hustings_segment_kind_to_string names it),
 * segment.save (saves, then closes; a refusal is shown in the dialog, in the core's words).
 * Property "count" (gint64): the contacts the rules match, counted in a worker a moment after
 * they change; -1 while counting or when the rules are not complete. Signal "saved" (string:
 * the segment's name) after it is saved. */

HustingsSegmentDialog *hustings_segment_dialog_new      (GtkWindow              *parent,
                                                         HustingsCommitteeFile  *file);
/* To edit the saved segment name; NULL + error when it cannot be read. */
HustingsSegmentDialog *hustings_segment_dialog_new_edit (GtkWindow              *parent,
                                                         HustingsCommitteeFile  *file,
                                                         const char             *name,
                                                         GError                **error);
gint64                 hustings_segment_dialog_get_count (HustingsSegmentDialog *self);

G_END_DECLS
