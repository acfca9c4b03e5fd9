#!/bin/sh
# SPDX-FileCopyrightText: 2026 OXA Console contributors
# SPDX-License-Identifier: Apache-2.0
#
# Installs Stoplight's Prism (npm @stoplight/prism-cli), the mock server bench_mock compares
# ours with, into a build folder (never into the source tree):
#   tests/benchmarks/fetch-prism.sh build/tests/benchmarks/prism
set -eu
target=${1:?usage: fetch-prism.sh TARGET_FOLDER}
version=${PRISM_VERSION:-5.14.2}
mkdir -p "$target"
cd "$target"
if [ ! -x node_modules/.bin/prism ]; then
    npm install --silent --no-audit --no-fund "@stoplight/prism-cli@$version" >/dev/null
fi
ls -l "$PWD/node_modules/.bin/prism"
