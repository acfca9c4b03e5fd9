#!/bin/sh
# SPDX-FileCopyrightText: 2026 OXA Console contributors
# SPDX-License-Identifier: Apache-2.0
#
# Installs, with apt-get, only the Debian 12 packages that OXA Console needs and that are missing.
# Idempotent: a second run installs nothing and does not touch the network.
#   packaging/install-deps.sh           build and run the console
#   packaging/install-deps.sh --tests   also what the test suite needs (Xvfb for screenshots, npm
#                                       for the benchmark corpus, sanitizer runtimes)
set -eu

packages="build-essential cmake ninja-build ccache pkg-config git
qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qtkeychain-qt6-dev libqt6sql6-sqlite
libqt6opengl6-dev libgl-dev libvulkan-dev libxkbcommon-dev libexpected-dev libfyaml-dev
qt6-translations-l10n libxml2-dev"

case "${1:-}" in
--tests)
    packages="$packages xvfb xauth x11-apps imagemagick libyaml-cpp-dev time"
    # Node.js may come from elsewhere (NodeSource); Debian's npm conflicts with it.
    command -v npm >/dev/null 2>&1 || packages="$packages npm"
    ;;
"") ;;
*) echo "usage: $0 [--tests]" >&2; exit 64 ;;
esac

missing=""
for p in $packages; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: every package is already installed"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo="sudo"
    else
        echo "install-deps: run as root or install sudo; missing:$missing" >&2
        exit 1
    fi
fi

echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086 # word splitting of the package list is intended
$sudo apt-get install -y -qq --no-install-recommends $missing
