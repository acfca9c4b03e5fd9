#!/bin/sh
# SPDX-FileCopyrightText: 2026 OXA Console contributors
# SPDX-License-Identifier: Apache-2.0
#
# Fetches the benchmark corpus into a build folder (never into the source tree):
# GitHub's REST API description from the npm package @octokit/openapi.
#   tests/benchmarks/fetch-corpus.sh build/tests/benchmarks/corpus
set -eu
target=${1:?usage: fetch-corpus.sh TARGET_FOLDER}
version=${OCTOKIT_OPENAPI_VERSION:-23.0.2}
mkdir -p "$target"
cd "$target"
if [ ! -f api.github.com.json ]; then
    npm pack --silent "@octokit/openapi@$version" >/dev/null
    tar xzf "octokit-openapi-$version.tgz" package/generated/api.github.com.json
    mv package/generated/api.github.com.json .
    rm -rf package "octokit-openapi-$version.tgz"
fi
ls -l "$PWD/api.github.com.json"
