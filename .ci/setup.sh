#!/usr/bin/env bash
# Quick start, first command: install, build, and compile the bundled
# migrations/ project to a PostgreSQL script on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
.ci/install-deps.sh >&2
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
cmake --build build --target migc -j2 >&2
build/migc --sql upgrade head
