#!/usr/bin/env bash
# The malformed-input corpus (issue #15): every case must be answered with
# exit 1 and its expected first diagnostic, in bounded time and memory, with
# no control character or non-UTF-8 byte reaching stderr unescaped.
#
#   tests/malformed.sh MIGC [--sanitized]
#
# Committed cases: tests/malformed/cases/*.mig, expectations in
# tests/malformed/expected. Generated here: megabyte lines and identifiers,
# 10,000 nesting levels, an unreadable file, a looping symlink, a directory
# where a file is expected, empty projects. --sanitized (ASan builds) drops
# the address-space limit, which ASan's shadow memory cannot live with.
set -u
migc=$(realpath "$1"); shift
sanitized=0; [ "${1:-}" = "--sanitized" ] && sanitized=1
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$root/tests/malformed
seconds=20                  # per run; the slowest case takes well under a second
memory_kb=$((2 * 1024 * 1024))
tmp=$(mktemp -d /tmp/migc-malformed.XXXXXX); chmod 755 "$tmp"; trap 'chmod -R u+rwx "$tmp"; rm -rf "$tmp"' EXIT
passed=0 failed=0 skipped=0

fail() { failed=$((failed+1)); echo "FAIL $1: $2"; [ -s "$tmp/err" ] && head -8 "$tmp/err" | cat -v | sed 's/^/    /'; }

# run NAME PROJECT EXPECTED-WHERE MESSAGE [migc args...]
# EXPECTED-WHERE is `PATH:LINE:COL` (relative to PROJECT) or `-` for an error without a location.
run() {
    local name=$1 project=$2 where=$3 message=$4; shift 4
    local args=("$@"); [ ${#args[@]} -gt 0 ] || args=(--sql upgrade head)
    local d code first want
    for d in postgresql sqlite; do
        (
            cd "$project" || exit 99
            [ $sanitized -eq 1 ] || ulimit -v $memory_kb
            exec timeout -k 5 $seconds ${as_user[@]+"${as_user[@]}"} "$migc" -d $d "${args[@]}"
        ) >"$tmp/out" 2>"$tmp/err"
        code=$?
        if [ $code -eq 124 ] || [ $code -eq 137 ]; then fail "$name ($d)" "no answer within ${seconds}s"; return; fi
        if [ $code -ne 1 ]; then fail "$name ($d)" "exit $code, expected 1"; return; fi
        if [ -s "$tmp/out" ]; then fail "$name ($d)" "printed to stdout"; return; fi
        first=$(grep -m1 -a 'error: ' "$tmp/err")
        if [ "$where" = - ]; then want="error: $message"; else want="$where: error: $message"; fi
        if [ "${first#"$want"}" = "$first" ]; then
            fail "$name ($d)" "first error is not '$want'"; return
        fi
        if tr -d '\n\t' <"$tmp/err" | LC_ALL=C grep -q '[[:cntrl:]]'; then fail "$name ($d)" "raw control character on stderr"; return; fi
        if ! iconv -f UTF-8 -t UTF-8 <"$tmp/err" >/dev/null 2>&1; then fail "$name ($d)" "stderr is not UTF-8"; return; fi
    done
    passed=$((passed+1))
}

# A fresh project whose only revision is the file $2 (or none).
project() {
    rm -rf "$tmp/p"; mkdir -p "$tmp/p/migrations/versions"
    if [ $# -ge 2 ]; then cp "$2" "$tmp/p/migrations/versions/$1"; fi
    echo "$tmp/p"
}

# --- the committed cases --------------------------------------------------------
listed=()
while IFS=$'\t' read -r name where message; do
    [[ -z "$name" || "$name" == \#* ]] && continue
    listed+=("$name")
    if [ ! -f "$dir/cases/$name" ]; then fail "$name" "listed in expected, but no such case"; continue; fi
    p=$(project "$name" "$dir/cases/$name")
    run "$name" "$p" "migrations/versions/$name:$where" "$message"
done <"$dir/expected"
for f in "$dir"/cases/*; do
    name=$(basename "$f")
    [[ " ${listed[*]} " == *" $name "* ]] || fail "$name" "a case without a line in tests/malformed/expected"
done

# --- generated cases ------------------------------------------------------------
header=$'revision a1\nrevises none\nupgrade {\n'   # the upgrade body starts on line 4
gen() { p=$(project "$1"); cat >"$p/migrations/versions/$1"; }
mb=1048576

# A 1 MB file on one line: 75,000 statements, the last one broken.
{ printf 'revision a1 revises none upgrade { '; for ((i = 0; i < 5000; i++)); do printf 'drop table t; drop table u; drop table v; drop table w; drop table x; drop table y; drop table z; drop table q; drop table r; drop table s; drop table o; drop table p; drop table m; drop table n; drop table k; '; done; printf 'drop table; }'; } | gen one-line-1mb.mig
size=$(stat -c %s "$p/migrations/versions/one-line-1mb.mig")
run one-line-1mb.mig "$p" "migrations/versions/one-line-1mb.mig:1:$((size - 2))" "expected a name, found ';'"

# A 1 MB string literal, never closed.
{ printf '%s' "$header"; printf "    insert into t (a) values ('"; head -c $mb /dev/zero | tr '\0' 'x'; } | gen unterminated-1mb-string.mig
run unterminated-1mb-string.mig "$p" "migrations/versions/unterminated-1mb-string.mig:4:31" "unterminated string literal"

# A 1 MB identifier, then a missing ';'.
{ printf '%s' "$header"; printf '    drop table '; head -c $mb /dev/zero | tr '\0' 'n'; printf ' drop table t;\n}\n'; } | gen identifier-1mb.mig
run identifier-1mb.mig "$p" "migrations/versions/identifier-1mb.mig:4:$((16 + mb))" "expected ';' after the statement"

# A 1 MB revision id: ids are at most 32 characters.
{ printf 'revision '; head -c $mb /dev/zero | tr '\0' 'a'; printf '\nrevises none\nupgrade { }\n'; } | gen revision-id-1mb.mig
run revision-id-1mb.mig "$p" "migrations/versions/revision-id-1mb.mig:1:10" "revision id 'aaaa"

# 1 MB of one comment line, then an error on the next line.
{ printf '%s' "$header"; printf -- '    -- '; head -c $mb /dev/zero | tr '\0' 'c'; printf '\n    drop;\n}\n'; } | gen comment-1mb.mig
run comment-1mb.mig "$p" "migrations/versions/comment-1mb.mig:5:9" "expected 'table', 'index', 'type' or 'schema' after 'drop'"

# 10,000 nesting levels, of each kind the language has.
n=10000
rep() { local s=$1 k=$2 out=; for ((i = 0; i < k; i++)); do out+=$s; done; printf '%s' "$out"; }
{ printf '%s' "$header"; printf '    delete from t where '; rep '(' $n; printf 'a'; rep ')' $n; printf ';\n}\n'; } | gen nesting-parentheses.mig
run nesting-parentheses.mig "$p" "migrations/versions/nesting-parentheses.mig:4:91" "expression nested too deeply"
{ printf '%s' "$header"; printf '    delete from t where '; rep 'not ' $n; printf 'a;\n}\n'; } | gen nesting-not.mig
run nesting-not.mig "$p" "migrations/versions/nesting-not.mig:4:821" "expression nested too deeply"
{ printf '%s' "$header"; printf '    update t set a = '; rep '- ' $n; printf '1;\n}\n'; } | gen nesting-minus.mig
run nesting-minus.mig "$p" "migrations/versions/nesting-minus.mig:4:418" "expression nested too deeply"
{ printf '%s' "$header"; printf '    update t set a = '; rep 'lower(' $n; printf 'a'; rep ')' $n; printf ';\n}\n'; } | gen nesting-calls.mig
run nesting-calls.mig "$p" "migrations/versions/nesting-calls.mig:4:418" "expression nested too deeply"
{ printf '%s' "$header"; printf '    create table t (a postgresql('; rep '(' $n; printf 'int'; rep ')' $((n - 1)); printf ');\n}\n'; } | gen nesting-raw-type.mig
run nesting-raw-type.mig "$p" "migrations/versions/nesting-raw-type.mig:4:33" "unterminated raw type"
{ printf 'revision a1\nrevises '; rep '(' $n; printf 'b1'; rep ')' $n; printf '\nupgrade { }\n'; } | gen nesting-revises.mig
run nesting-revises.mig "$p" "migrations/versions/nesting-revises.mig:2:10" "expected a revision id"
{ printf '%s' "$header"; rep 'upgrade { ' $n; printf '\n}\n'; } | gen nesting-blocks.mig
run nesting-blocks.mig "$p" "migrations/versions/nesting-blocks.mig:4:1" "expected a statement, found 'upgrade'"

# A 1 MB line of operators: the chain limit answers first.
{ printf '%s' "$header"; printf '    update t set a = a'; rep ' + a' 250000; printf ';\n}\n'; } | gen operator-chain-1mb.mig
run operator-chain-1mb.mig "$p" "migrations/versions/operator-chain-1mb.mig:4:4026" "expression too long"

# --- the file system ------------------------------------------------------------
p=$(project); run zero-revisions "$p" - "'head' names no revision: there are no revisions"
p=$(project); mkdir "$p/migrations/versions/dir.mig"
run directory-named-mig "$p" - "cannot read 'migrations/versions/dir.mig': Is a directory"
p=$(project); ln -s loop.mig "$p/migrations/versions/loop.mig"
run symlink-loop "$p" - "cannot read 'migrations/versions/loop.mig'"
p=$(project); ln -s a.mig "$p/migrations/versions/b.mig"; ln -s b.mig "$p/migrations/versions/a.mig"
run symlink-cycle "$p" - "cannot read 'migrations/versions/a.mig'"
p=$(project); ln -s missing.mig "$p/migrations/versions/dangling.mig"
run symlink-dangling "$p" - "cannot read 'migrations/versions/dangling.mig'"
p=$(project); rm -rf "$p/migrations/versions"; touch "$p/migrations/versions"
run versions-is-a-file "$p" - "no revision directory 'migrations/versions'"
p=$(project); mkdir "$p/conf.ini"
run config-is-a-directory "$p" - "'conf.ini' is a directory, not a configuration file" -c conf.ini --sql upgrade head
p=$(project); printf '[migc]\ndialect = oracle\n' >"$p/migc.ini"
run config-unknown-dialect "$p" migc.ini:2:11 "unknown dialect 'oracle'" --sql upgrade head
p=$(project); printf '[migc]\n%%invalid_line%%\n' >"$p/migc.ini"   # Boost's message substitution once looped on it
run config-line-with-placeholder "$p" migc.ini:2:1 "expected \`key = value\`, a [section] or a comment"
p=$(project); printf '[migc]\nscript_location = \x01migrations\n' >"$p/migc.ini"
run config-control-character "$p" - "no revision directory '\\x01migrations/versions'"

# Unreadable: root reads a mode-000 file anyway, so as root the run is made
# as 'nobody'; without a way to drop privileges the case is skipped, said so.
p=$(project unreadable.mig "$dir/cases/empty.mig")
printf 'revision a1\nrevises none\nupgrade { }\n' >"$p/migrations/versions/unreadable.mig"
chmod 000 "$p/migrations/versions/unreadable.mig"
as_user=()
if [ "$(id -u)" = 0 ]; then
    if command -v runuser >/dev/null && id nobody >/dev/null 2>&1; then as_user=(runuser -u nobody --); else as_user=(skip); fi
fi
if [ "${as_user[0]:-}" = skip ]; then
    skipped=$((skipped+1)); echo "SKIP unreadable-file: running as root and cannot drop privileges"
else
    run unreadable-file "$p" - "cannot read 'migrations/versions/unreadable.mig'"
fi
as_user=()

echo "malformed: $passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ]
