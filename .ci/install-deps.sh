#!/usr/bin/env bash
# Installs what migc needs to build and test, from Debian 12 packages only.
set -euo pipefail
packages=(g++ cmake make libboost-dev libboost-program-options-dev libfmt-dev libssl-dev
          libsqlite3-dev catch2 sqlite3 postgresql-15 diffutils python3 time)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
