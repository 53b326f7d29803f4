#!/usr/bin/env bash
# Quick start, second command: install, build everything, run every test
# (unit tests, golden scripts, the golden scripts on real PostgreSQL 15 and
# SQLite, the fuzz regression corpus, the malformed-input corpus and the
# literal round trip), then the same tests again in an AddressSanitizer +
# UndefinedBehaviorSanitizer build (build-asan/), where any report fails.
set -euo pipefail
cd "$(dirname "$0")/.."
.ci/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMIGC_WERROR=ON
cmake --build build -j2
ctest --test-dir build --output-on-failure

# engines and engines_verify are left out under ASan: they apply the golden scripts and walk every
# project on both engines, which the plain build has already checked; the migc
# code they run (verify's walk and catalogs) runs under ASan in the golden verify
# cases and the unit tests.
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMIGC_WERROR=ON -DMIGC_SANITIZE=ON
cmake --build build-asan -j2
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build-asan --output-on-failure -E '^engines(_verify)?$'
