#!/usr/bin/env bash
# Golden tests: every golden/<case>/ holds a small project (migc.ini,
# migrations/versions/*.mig), a `commands` file and the expected output of
# each command in golden/<case>/expected/.
#
#   tests/golden.sh MIGC [--update] [CASE...]
#
# `commands` lines: `NAME[@DIALECTS[!|!fails]]: ARGS` (`#` starts a comment).
# DIALECTS is `postgresql`, `sqlite`, `both` (the default) or `none` (the
# command prints no SQL); a trailing `!` keeps the script out of the engine run
# (tests/engines.sh applies a case's scripts in file order to one database),
# `!fails` makes the engine run expect it to fail and change nothing.
# Each command runs as `migc -d DIALECT ARGS` in a scratch copy of the case
# (commands that write files, like `revision`, leave the case alone; the
# bundled project is reachable as ../../migrations), with SOURCE_DATE_EPOCH
# set so that dated output is reproducible. Its stdout goes to
# expected/NAME.DIALECT.sql (NAME.out for `none`); its exit code and stderr,
# when either is not clean, to NAME[.DIALECT].stderr.
# --update rewrites the expected files instead of comparing: review the diff.
set -u
migc=$(realpath "$1"); shift
update=0
if [ "${1:-}" = "--update" ]; then update=1; shift; fi
root=$(cd "$(dirname "$0")/.." && pwd)
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
    for d in "$root"/golden/*/; do cases+=("$(basename "$d")"); done
fi

passed=0 failed=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

check() {  # check NAME-OF-EXPECTED-FILE ACTUAL-FILE
    local want="$dir/expected/$1" got="$2"
    if [ $update -eq 1 ]; then
        if [ -s "$got" ] || [ "${1##*.}" = sql ] || [ "${1##*.}" = out ]; then cp "$got" "$want"; else rm -f "$want"; fi
        return 0
    fi
    if [ ! -e "$want" ]; then
        if [ -s "$got" ]; then echo "FAIL $case/$1: unexpected output (no expected file):"; head -20 "$got"; return 1; fi
        return 0
    fi
    if ! diff -u --label "expected/$1" --label "actual" "$want" "$got"; then return 1; fi
    return 0
}

for case in "${cases[@]}"; do
    dir="$root/golden/$case"
    [ -f "$dir/commands" ] || { echo "FAIL $case: no commands file"; failed=$((failed+1)); continue; }
    mkdir -p "$dir/expected"
    [ $update -eq 1 ] && rm -f "$dir"/expected/*
    while IFS= read -r line || [ -n "$line" ]; do
        line="${line%%#*}"; [ -z "${line// }" ] && continue
        spec="${line%%:*}"; args="${line#*:}"
        name="${spec%%@*}"; dialects="both"
        [[ "$spec" == *@* ]] && dialects="${spec#*@}"
        name="${name// /}"; dialects="${dialects// /}"; dialects="${dialects%%!*}"
        case "$dialects" in both) dialects="postgresql sqlite" ;; none) dialects="-" ;; esac
        for d in $dialects; do
            if [ "$d" = "-" ]; then out="$name.out"; err="$name.stderr"; dflag=(); else out="$name.$d.sql"; err="$name.$d.stderr"; dflag=(-d "$d"); fi
            # shellcheck disable=SC2086
            rm -rf "$tmp/golden"; mkdir -p "$tmp/golden"; cp -r "$dir" "$tmp/golden/$case"; rm -rf "$tmp/golden/$case/expected"
            ln -sfn "$root/migrations" "$tmp/migrations"
            (cd "$tmp/golden/$case" && SOURCE_DATE_EPOCH=1767225600 eval "\"$migc\" ${dflag[*]} $args") >"$tmp/out" 2>"$tmp/err"
            code=$?
            if [ $code -ne 0 ] || [ -s "$tmp/err" ]; then { echo "# exit $code"; cat "$tmp/err"; } >"$tmp/err2"; else : >"$tmp/err2"; fi
            ok=1
            if [ $code -eq 0 ]; then check "$out" "$tmp/out" || ok=0
            elif [ -s "$tmp/out" ]; then echo "FAIL $case/$name ($d): exit $code but printed to stdout"; ok=0
            elif [ $update -eq 0 ] && [ -e "$dir/expected/$out" ]; then echo "FAIL $case/$name ($d): exit $code, expected success"; cat "$tmp/err"; ok=0
            fi
            check "$err" "$tmp/err2" || ok=0
            if [ $ok -eq 1 ]; then passed=$((passed+1)); else failed=$((failed+1)); echo "FAIL $case/$name ($d)"; fi
        done
    done <"$dir/commands"
done
[ $update -eq 1 ] && echo "golden files rewritten: review them with git diff"
echo "golden: $passed passed, $failed failed"
[ $failed -eq 0 ]
