/* hustings-timeline-view.h: a contact's history in the contact editor: interactions,
 * donations and refunds, shifts and events, newest first, the latest shown and more on
 * demand; "Log Interaction…"; an interaction opens to be edited, a donation in its dialog.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_TIMELINE_VIEW (hustings_timeline_view_get_type ())
G_DECLARE_FINAL_TYPE (HustingsTimelineView, hustings_timeline_view, HUSTINGS, TIMELINE_VIEW,
                      AdwBin)

/* Property "read-only": nothing can be logged or edited. Actions: timeline.log (a new
 * interaction with the contact), timeline.more (shows more of the history). */

void        hustings_timeline_view_set_file    (HustingsTimelineView  *self,
                                                HustingsCommitteeFile *file);
/* 0 shows nothing. */
void        hustings_timeline_view_set_contact (HustingsTimelineView  *self,
                                                gint64                 contact_id);
/* The whole history (HustingsTimelineItem), of which the list shows the latest. */
GListModel *hustings_timeline_view_get_model   (HustingsTimelineView  *self);

G_END_DECLS
