/* hustings-segment-store.h: the contacts a segment holds, and the segments saved in a
 * committee file (the data-access functions).
 *
 * A segment is evaluated as one SELECT compiled from its rules, with every value bound as a
 * parameter; on 500,000 contacts it takes well under a second.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-committee-file.h"
#include "hustings-contact-store.h"
#include "hustings-segment.h"

G_BEGIN_DECLS

/* The longest segment name, in characters. */
#define HUSTINGS_SEGMENT_NAME_MAX 100

/* How many contacts segment holds. Fails (HUSTINGS_ERROR_INVALID) on rules that do not
 * validate. A TOTAL rule without a cycle counts the committee's active cycle. */
gboolean         hustings_segment_store_count        (HustingsCommitteeFile *file,
                                                      const HustingsSegment *segment,
                                                      gint64                *out_count,
                                                      GError               **error);
/* The ids (gint64) of the contacts segment holds, by sort name and then id; NULL on error. */
GArray          *hustings_segment_store_members      (HustingsCommitteeFile *file,
                                                      const HustingsSegment *segment,
                                                      GError               **error);
/* Calls func with each contact segment holds, whole (emails, phones, tags, cycle total and
 * last gift), in the order of members; for letters, email and export. Stops early when func
 * returns FALSE. func must not change the file. */
gboolean         hustings_segment_store_foreach_member (HustingsCommitteeFile *file,
                                                        const HustingsSegment *segment,
                                                        HustingsContactFunc    func,
                                                        gpointer               user_data,
                                                        GError               **error);

/* Saves a new segment: its name (trimmed; unique whatever the case, at most
 * HUSTINGS_SEGMENT_NAME_MAX characters) and rules, which must validate. Sets its id. Emits
 * "outreach-changed", as every change below does. */
gboolean         hustings_segment_store_add          (HustingsCommitteeFile *file,
                                                      HustingsSegment       *segment,
                                                      GError               **error);
/* Saves the name and rules of the saved segment segment->id. */
gboolean         hustings_segment_store_update       (HustingsCommitteeFile *file,
                                                      HustingsSegment       *segment,
                                                      GError               **error);
/* Names are found whatever their case; HUSTINGS_ERROR_NOT_FOUND when there is none. */
gboolean         hustings_segment_store_rename       (HustingsCommitteeFile *file,
                                                      const char            *name,
                                                      const char            *new_name,
                                                      GError               **error);
gboolean         hustings_segment_store_delete       (HustingsCommitteeFile *file,
                                                      const char            *name,
                                                      GError               **error);
/* The saved segment of that name; NULL with HUSTINGS_ERROR_NOT_FOUND when there is none, or
 * HUSTINGS_ERROR_INVALID when its rules cannot be read (see hustings_segment_deserialize): it
 * is still listed, and can be renamed or deleted. */
HustingsSegment *hustings_segment_store_get          (HustingsCommitteeFile *file,
                                                      const char            *name,
                                                      GError               **error);
/* The names of the saved segments, sorted whatever their case. */
GStrv            hustings_segment_store_list         (HustingsCommitteeFile *file);

G_END_DECLS
