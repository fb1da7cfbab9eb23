#!/bin/sh
# Regenerates po/POTFILES.in: the data files that have translatable strings, then every file
# under src/ and data/ui/ that marks a string for translation (found by check-potfiles.sh).
#
# Usage: update-potfiles.sh [SOURCE_ROOT]
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

podir=$(cd "$(dirname "$0")" && pwd)
srcroot=$(cd "${1:-$podir/..}" && pwd)
sources=$("$podir/check-potfiles.sh" --list "$srcroot")

cd "$srcroot"
{
  echo "# List of source files containing translatable strings."
  echo "# Please keep this file sorted alphabetically; po/update-potfiles.sh regenerates it."
  ls data/*.desktop.in.in data/*.metainfo.xml.in.in data/*.gschema.xml data/*.mime.xml \
    | LC_ALL=C sort
  if [ -n "$sources" ]; then
    printf '%s\n' "$sources"
  fi
} > po/POTFILES.in.tmp
mv po/POTFILES.in.tmp po/POTFILES.in
