#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs everything Engage needs to build, run and test on Debian bookworm.
# Runs apt-get through sudo when not started as root.
set -eu

packages="
  meson ninja-build pkg-config gcc libc6-dev
  libgtk-4-dev libadwaita-1-dev libsqlite3-dev sqlite3
  libical-dev libcmark-dev libjson-glib-dev libgtksourceview-5-dev
  libglib2.0-dev-bin libglib2.0-bin libgtk-4-bin
  gettext itstool yelp-tools desktop-file-utils appstream libxml2-utils
  flatpak-builder python3 python3-icalendar shared-mime-info poppler-utils
  libarchive-dev libfreexl-dev gnuplot-nox locales
  adwaita-icon-theme librsvg2-common fonts-cantarell
  xvfb xauth dbus dbus-daemon
"

if [ "$(id -u)" -eq 0 ]; then
  sudo=""
else
  sudo="sudo"
fi

missing=""
for package in $packages; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $package"
  fi
done

if [ -n "$missing" ]; then
  echo "Installing:$missing"
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# German number and date formats in tests and screenshots need the locale.
if ! locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
  $sudo localedef -i de_DE -c -f UTF-8 de_DE.UTF-8 || true
fi
