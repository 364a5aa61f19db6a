#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs one test program on a private X server and session bus, so that tests can
# run in parallel without a desktop: meson's "headless" test setup wraps every
# test in this script.
set -eu

fifo_dir=$(mktemp -d)
trap 'rm -rf "$fifo_dir"' EXIT

# Xvfb writes the display number it picked to file descriptor 3.
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$fifo_dir/display" 2>/dev/null &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true; rm -rf "$fifo_dir"' EXIT

tries=0
while [ ! -s "$fifo_dir/display" ]; do
  tries=$((tries + 1))
  if [ "$tries" -gt 100 ]; then
    echo "Xvfb did not start" >&2
    exit 1
  fi
  sleep 0.1
done

DISPLAY=":$(head -n 1 "$fifo_dir/display")"
GDK_BACKEND=x11
export DISPLAY GDK_BACKEND

status=0
dbus-run-session -- "$@" || status=$?
exit "$status"
