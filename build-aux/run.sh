#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is needed, builds Engage and starts it on a fresh sample project,
# straight from the build tree (nothing is installed into the system).
set -eu

cd "$(dirname "$0")/.."

build-aux/install-deps.sh

build=_build
[ -d "$build" ] || meson setup "$build" >/dev/null
meson compile -C "$build"

case "${LANGUAGE:-${LC_ALL:-${LC_MESSAGES:-${LANG:-en}}}}" in
  de*) language=de; sample="$build/Beispiel-Bäckerei.engage" ;;
  *) language=en; sample="$build/Sample Bakery.engage" ;;
esac

rm -f "$sample"
"$build/src/cli/engage-cli" new --sample="$language" "$sample"

GSETTINGS_SCHEMA_DIR="$build/data" \
ENGAGE_LOCALEDIR="$build/po" \
  exec "$build/src/engage" "$sample"
