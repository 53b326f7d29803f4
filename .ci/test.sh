#!/usr/bin/env bash
# Quick start, second command: install, build everything, run every test
# (unit tests, golden scripts, and the golden scripts on real PostgreSQL 15 and SQLite).
set -euo pipefail
cd "$(dirname "$0")/.."
.ci/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMIGC_WERROR=ON
cmake --build build -j2
ctest --test-dir build --output-on-failure
