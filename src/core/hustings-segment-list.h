/* hustings-segment-list.h: a lazy GListModel of the contacts a segment holds.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hustings-committee-file.h"
#include "hustings-segment.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_SEGMENT_LIST (hustings_segment_list_get_type ())
G_DECLARE_FINAL_TYPE (HustingsSegmentList, hustings_segment_list, HUSTINGS, SEGMENT_LIST, GObject)

/* Items are HustingsContact summaries (as in HustingsContactList), by sort name. Empty until a
 * segment is set. Evaluates the segment again when the file's contacts, donations, volunteers,
 * events or elections change. */
HustingsSegmentList   *hustings_segment_list_new         (HustingsCommitteeFile *file);
/* Shows the members of a copy of segment (NULL: none). Fails, leaving the list as it was, when
 * the segment does not validate. */
gboolean               hustings_segment_list_set_segment (HustingsSegmentList   *self,
                                                          const HustingsSegment *segment,
                                                          GError               **error);
/* The segment shown, or NULL. */
const HustingsSegment *hustings_segment_list_get_segment (HustingsSegmentList   *self);
/* The id of the contact at position. */
gint64                 hustings_segment_list_get_id      (HustingsSegmentList   *self,
                                                          guint                  position);

G_END_DECLS
