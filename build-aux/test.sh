#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is needed, builds Engage with warnings as errors and runs every
# test suite headless (each test on its own Xvfb and session bus), then prints
# "N passed, N failed".
set -eu

cd "$(dirname "$0")/.."

build-aux/install-deps.sh

build=_build
if [ -d "$build" ]; then
  meson setup --reconfigure "$build" -Dwerror=true >/dev/null
else
  meson setup "$build" -Dwerror=true >/dev/null
fi
meson compile -C "$build"

status=0
meson test -C "$build" --setup=headless --print-errorlogs --num-processes 2 || status=$?

/usr/bin/python3 build-aux/test-summary.py "$build/meson-logs/testlog-headless.json"
exit "$status"
