#!/usr/bin/env bash
# Diagnostics at scale (issues 14 and 16.4): --max-errors stops after N errors
# with a line counting the rest; long lists (a cycle, heads, candidates) are cut
# to their first members; files parsed on several threads report in file order;
# graph-only commands do not parse the blocks.
#
#   tests/scale.sh MIGC
set -u
migc=$(realpath "$1")
tmp=$(mktemp -d /tmp/migc-scale.XXXXXX); trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
ok() { passed=$((passed+1)); }
fail() { failed=$((failed+1)); echo "FAIL $*"; }
check() { if eval "$2"; then ok; else fail "$1"; sed 's/^/    /' "$tmp/err" | head -20; fi; }

# project DIR: an empty project
project() { rm -rf "$1"; mkdir -p "$1/migrations/versions"; printf '[migc]\nscript_location = migrations\n' >"$1/migc.ini"; }
# rev DIR ID PARENT BODY
rev() { printf 'revision %s\nrevises  %s\n\nupgrade {\n    %s\n}\n' "$2" "$3" "$4" >"$1/migrations/versions/$2.mig"; }

# 30 revisions, each dropping a table that does not exist: 30 errors.
p=$tmp/errors; project "$p"
prev=none
for i in $(seq -w 1 30); do rev "$p" "e$i" "$prev" "drop table missing_$i;"; prev=e$i; done
cd "$p" || exit 1
"$migc" --sql upgrade head >/dev/null 2>"$tmp/err"; code=$?
check "default limit: exit 1" '[ $code -eq 1 ]'
check "default limit: 20 errors and the closing line" '[ $(grep -c "error:" "$tmp/err") -eq 21 ]'
check "default limit: closing line counts the rest" 'tail -1 "$tmp/err" | grep -q "too many errors emitted, stopping now: 10 more errors not shown (--max-errors 20; 0 shows all)"'
check "default limit: the first 20 in file order" 'grep "error:" "$tmp/err" | head -20 | grep -o "e[0-9]*\.mig" | tr "\n" " " | grep -q "^e01.mig e02.mig e03.mig .*e20.mig $"'
"$migc" --sql upgrade head --max-errors 0 >/dev/null 2>"$tmp/err"; code=$?
check "--max-errors 0: every error, no closing line" '[ $code -eq 1 ] && [ $(grep -c "error:" "$tmp/err") -eq 30 ] && ! grep -q "too many" "$tmp/err"'
"$migc" --sql upgrade head --max-errors 1 >/dev/null 2>"$tmp/err"; code=$?
check "--max-errors 1" '[ $code -eq 1 ] && [ $(grep -c "error:" "$tmp/err") -eq 2 ] && grep -q "29 more errors not shown" "$tmp/err"'
"$migc" --sql upgrade head --max-errors 30 >/dev/null 2>"$tmp/err"
check "--max-errors equal to the count: no closing line" '[ $(grep -c "error:" "$tmp/err") -eq 30 ] && ! grep -q "too many" "$tmp/err"'
"$migc" --sql upgrade head --max-errors x >/dev/null 2>"$tmp/err"; code=$?
check "--max-errors x: usage error" '[ $code -eq 2 ] && grep -q "max-errors takes a count" "$tmp/err"'
"$migc" --sql upgrade head --max-errors -1 >/dev/null 2>"$tmp/err"; code=$?
check "--max-errors -1: usage error" '[ $code -eq 2 ]'

# Syntax errors in many files, parsed on several threads: the same report in
# file order every time.
p=$tmp/syntax; project "$p"
prev=none
for i in $(seq -w 1 300); do
    if [ $((10#$i % 7)) -eq 0 ]; then rev "$p" "s$i" "$prev" "create tabel t$i (id integer);"
    else rev "$p" "s$i" "$prev" "create table t$i (id integer);"; fi
    prev=s$i
done
cd "$p" || exit 1
"$migc" --sql upgrade head --max-errors 0 >/dev/null 2>"$tmp/first"
for run in 1 2 3; do
    "$migc" --sql upgrade head --max-errors 0 >/dev/null 2>"$tmp/again"
    check "parallel parse: run $run reports the same bytes" 'cmp -s "$tmp/first" "$tmp/again"'
done
check "parallel parse: one error per broken file, in file order" \
    '[ "$(grep -o "^migrations/versions/s[0-9]*\.mig" "$tmp/first" | tr "\n" " ")" = "$(for i in $(seq -w 7 7 300); do printf "migrations/versions/s%s.mig " "$i"; done)" ]'
# history reads the headers only: a broken block does not stop it.
"$migc" history >"$tmp/out" 2>"$tmp/err"; code=$?
check "history ignores the blocks" '[ $code -eq 0 ] && [ $(wc -l <"$tmp/out") -eq 300 ]'

# An upgrade drops the downgrade blocks after parsing them: their syntax errors still count.
p=$tmp/downgrade; project "$p"
rev "$p" d1 none "create table t (id integer);"
printf 'downgrade {\n    drop tabel t;\n}\n' >>"$p/migrations/versions/d1.mig"
cd "$p" || exit 1
"$migc" --sql upgrade head >"$tmp/out" 2>"$tmp/err"; code=$?
check "upgrade: a syntax error in a downgrade block is an error" '[ $code -eq 1 ] && grep -q "d1.mig:8:10: error: expected" "$tmp/err"'

# A cycle through 1,000 revisions: one short line, ten links, nine notes.
p=$tmp/cycle; project "$p"
for i in $(seq -w 1 1000); do
    parent=c$(printf '%04d' $((10#$i - 1))); [ "$i" = 0001 ] && parent=c1000
    rev "$p" "c$i" "$parent" "create table t$i (id integer);"
done
cd "$p" || exit 1
"$migc" --sql upgrade head >/dev/null 2>"$tmp/err"; code=$?
check "cycle: exit 1" '[ $code -eq 1 ]'
check "cycle: the first links, then a count" 'grep -q "revision cycle: .* \.\.\. and 990 more links back to" "$tmp/err"'
check "cycle: no line longer than 1,000 bytes" '[ $(wc -L <"$tmp/err") -lt 1000 ]'
check "cycle: nine notes" '[ $(grep -c "note:" "$tmp/err") -eq 9 ]'

# 50 heads: `upgrade head` names ten of them.
p=$tmp/heads; project "$p"
rev "$p" h00 none "create table base (id integer);"
for i in $(seq -w 1 50); do rev "$p" "h$i" h00 "create table t$i (id integer);"; done
cd "$p" || exit 1
"$migc" --sql upgrade head >/dev/null 2>"$tmp/err"; code=$?
check "heads: exit 1 and ten listed" '[ $code -eq 1 ] && grep -q "Multiple head revisions are present for .head.: h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, \.\.\. and 40 more" "$tmp/err"'
"$migc" --sql upgrade h >/dev/null 2>"$tmp/err"; code=$?
check "candidates: ten listed" '[ $code -eq 1 ] && grep -q "ambiguous revision .h.: h00, h01, .*h09, \.\.\. and 41 more" "$tmp/err"'
"$migc" --sql downgrade heads:base >"$tmp/out" 2>"$tmp/err"; code=$?
check "many heads: downgrade heads:base" '[ $code -eq 0 ] && [ $(grep -c "^DELETE FROM migc_version" "$tmp/out") -eq 50 ]'

echo "scale: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
