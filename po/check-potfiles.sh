#!/bin/sh
# Checks po/POTFILES.in against the source tree: every file under src/ or data/ui/ that marks a
# string for translation must be listed, and every listed file must exist.
#
# Usage: check-potfiles.sh [SOURCE_ROOT]         check, exit 1 on any problem
#        check-potfiles.sh --list [SOURCE_ROOT]  print the files under src/ and data/ui/ that
#                                                have translatable strings, one per line
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

list_only=false
if [ "${1:-}" = "--list" ]; then
  list_only=true
  shift
fi

srcroot=${1:-$(dirname "$0")/..}
cd "$srcroot"

# _("…"), N_("…"), C_("ctx", "…"), NC_(…), g_dngettext (…), ngettext (…) in code;
# translatable="yes" in GtkBuilder files.
marker='(^|[^[:alnum:]_])(_|N_|C_|NC_|Q_|g_dngettext|g_dpgettext2|ngettext)[[:space:]]*\(|translatable=["'"'"']yes["'"'"']'

translatable_sources () {
  for dir in src data/ui; do
    if [ -d "$dir" ]; then
      grep -rlIE --exclude='*~' "$marker" "$dir" || true
    fi
  done | LC_ALL=C sort
}

if $list_only; then
  translatable_sources
  exit 0
fi

listed=$(sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' -e '/^\[/d' -e '/^$/d' \
           po/POTFILES.in)
status=0

for file in $listed; do
  if [ ! -f "$file" ]; then
    echo "po/POTFILES.in lists $file, which does not exist" >&2
    status=1
  fi
done

for file in $(translatable_sources); do
  if ! printf '%s\n' "$listed" | grep -qxF "$file"; then
    echo "$file has translatable strings but is missing from po/POTFILES.in" >&2
    status=1
  fi
done

if [ $status -ne 0 ]; then
  echo "Run po/update-potfiles.sh to bring po/POTFILES.in up to date." >&2
fi
exit $status
