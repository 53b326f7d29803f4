#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-fuzz/ and
# runs each for SECONDS, one after the other, as one niced process each.
#
#   fuzz/run.sh [SECONDS] [TARGET...]     targets: parser compile target config import
#
# Seeds come from golden/ and migrations/ (rebuilt on every run); the corpus
# that grows from them stays in build-fuzz/corpus/<target>/. Fork mode keeps
# fuzzing past a crash, a timeout or an OOM: each one's input is left in
# build-fuzz/artifacts/<target>/. After fixing the cause, copy the (minimized:
# `migc_fuzz_<target> -minimize_crash=1 -runs=10000 FILE`) input to
# fuzz/regressions/<target>/, which ctest replays through every build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-600}; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(parser compile target config import)
build=${MIGC_FUZZ_BUILD:-$root/build-fuzz}

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
      -DMIGC_FUZZ=ON -DMIGC_SANITIZE=ON >/dev/null
nice -n 10 cmake --build "$build" -j"${MIGC_FUZZ_JOBS:-1}" --target "${targets[@]/#/migc_fuzz_}"

# --- seeds --------------------------------------------------------------------
seeds=$build/seeds
rm -rf "$seeds"; mkdir -p "$seeds"/{parser,compile,target,config,import}
projects=("$root"/migrations/versions "$root"/golden/*/migrations/versions)
n=0
for dir in "${projects[@]}"; do
    [ -d "$dir" ] || continue
    n=$((n+1)); files=("$dir"/*.mig); [ -e "${files[0]}" ] || continue
    for f in "${files[@]}"; do cp "$f" "$seeds/parser/$n-$(basename "$f")"; done
    # A project for the compile target: its files joined by `=====` lines (at most 6).
    for ((i = 0; i < ${#files[@]} && i < 6; i++)); do
        [ $i -gt 0 ] && printf '\n=====\n'
        cat "${files[$i]}"
    done >"$seeds/compile/$n"
done
for py in "$root"/tests/import/*/versions/*.py; do cp "$py" "$seeds/import/"; done
for ini in "$root"/golden/*/migc.ini; do cp "$ini" "$seeds/config/$(basename "$(dirname "$ini")").ini"; done
i=0
for form in head heads base a1b2 a1b2c3d4e5f6 core@head core@heads feature@base+1 a1b2:head head:base \
            heads:base +1 -1 head-1 base+2 c3d4,b7e4:head a1b2@head billing@-1 head:-2 'a:b:c' ':head' 'a:'; do
    i=$((i+1)); printf '%s' "$form" >"$seeds/target/$i"
done
for cmds in "$root"/golden/*/commands; do
    grep -v '^#' "$cmds" | sed -n 's/.*\(upgrade\|downgrade\|stamp\|show\|history -r\) \([^ ]*\).*/\2/p'
done | sort -u | while IFS= read -r arg; do i=$((i+1)); printf '%s' "$arg" >"$seeds/target/g$(printf '%s' "$arg" | md5sum | cut -c1-12)"; done

# --- fuzzing ------------------------------------------------------------------
declare -A max_len=([parser]=16384 [compile]=32768 [target]=256 [config]=4096 [import]=16384)
mkdir -p "$build/logs"
for t in "${targets[@]}"; do
    corpus=$build/corpus/$t artifacts=$build/artifacts/$t/
    mkdir -p "$corpus" "$artifacts"
    echo "== $t: ${seconds}s (log: $build/logs/$t.log)"
    start=$(date +%s)
    nice -n 10 "$build/fuzz/migc_fuzz_$t" "$corpus" "$seeds/$t" -dict="$root/fuzz/migc.dict" \
        -max_total_time="$seconds" -max_len="${max_len[$t]}" -timeout=10 -rss_limit_mb=2048 \
        -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -artifact_prefix="$artifacts" -print_final_stats=1 >"$build/logs/$t.log" 2>&1 || true
    end=$(date +%s)
    execs=$(grep -o '^#[0-9]*' "$build/logs/$t.log" | tail -1 | tr -d '#')
    echo "   $t: $((end - start)) s, ${execs:-?} executions, corpus $(ls "$corpus" | wc -l) files," \
         "artifacts: $(ls "$artifacts" | wc -l)"
done
