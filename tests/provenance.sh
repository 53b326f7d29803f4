#!/usr/bin/env bash
# The `-- source: sha256:` line (SPEC 4) names the input of a script: the
# revision files and every setting that changes the output. Two different
# scripts never carry one digest; the same input gives the same bytes, from
# any working directory and whatever order the files were created in.
#
#   tests/provenance.sh MIGC
set -u
migc=$(realpath "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d /tmp/migc-provenance.XXXXXX); trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
ok() { passed=$((passed+1)); }
fail() { failed=$((failed+1)); echo "FAIL $*"; }
digest() { grep -m1 '^-- source: sha256:' "$1" | cut -d: -f3; }

# Variants of one project: every pair of different scripts must differ in
# their digests too, and every pair of equal scripts in nothing.
cp -r "$root/golden/variables/migrations" "$tmp/p"
cd "$tmp/p/.." || exit 1

printf '[migc]\nscript_location = p\npostgresql_version = 14\n' >pg14.ini
printf '[migc]\nscript_location = p\nversion_table = other_version\n' >table.ini
printf '[migc]\nscript_location = p\ntransaction_per_migration = true\n' >tpm.ini
printf '[migc]\nscript_location = p\n' >plain.ini
x=(-x region=north -x col=score -x answer=7 -x note=n)
n=0
variant() {  # variant ARGS...: compile, keep the script as v$n.sql
    n=$((n+1))
    "$migc" "$@" >"v$n.sql" 2>"v$n.err" || { fail "variant $n ($*) does not compile"; cat "v$n.err"; }
}
variant -c plain.ini --sql -x schema=app "${x[@]}" upgrade head
variant -c plain.ini --sql -x schema="Tenant A" "${x[@]}" upgrade head   # -x changes the script
variant -c plain.ini --sql -x schema=app "${x[@]}" -x unused=1 upgrade head  # same script or not: never one digest for two
variant -c pg14.ini --sql -x schema=app "${x[@]}" upgrade head
variant -c table.ini --sql -x schema=app "${x[@]}" upgrade head
variant -c tpm.ini --sql -x schema=app "${x[@]}" upgrade head
variant -c plain.ini --sql -x schema=app "${x[@]}" downgrade head:base
variant -c plain.ini --sql -x schema=app "${x[@]}" stamp head
variant -c plain.ini --sql -x schema=app "${x[@]}" upgrade head     # the first one again
for i in $(seq 1 $n); do
    [ -n "$(digest v$i.sql)" ] || fail "variant $i has no digest line"
    for j in $(seq $((i+1)) $n); do
        if cmp -s "v$i.sql" "v$j.sql"; then
            [ "$(digest v$i.sql)" = "$(digest v$j.sql)" ] && ok || fail "variants $i and $j: one script, two digests"
        else
            [ "$(digest v$i.sql)" != "$(digest v$j.sql)" ] && ok || fail "variants $i and $j: two scripts, one digest"
        fi
    done
done
cmp -s v1.sql "v$n.sql" && ok || fail "the same command twice gave two scripts"

# The bundled project from two working directories, copied in reverse file
# order into a second tree: byte-identical scripts for both dialects.
mkdir -p a b/deep/er
cp -r "$root/migrations" a/
mkdir -p b/deep/er/migrations/versions
for f in $(ls -r "$root"/migrations/versions/*.mig); do cp "$f" b/deep/er/migrations/versions/; sleep 0.01; done
for d in postgresql sqlite; do
    (cd a && "$migc" -d $d --sql upgrade head) >"a.$d.sql" || fail "a ($d) does not compile"
    (cd b/deep/er && "$migc" -d $d --sql upgrade head) >"b.$d.sql" || fail "b ($d) does not compile"
    cmp -s "a.$d.sql" "b.$d.sql" && ok || { fail "$d: another directory or file order changed the script"; diff "a.$d.sql" "b.$d.sql" | head; }
done
[ "$(digest a.postgresql.sql)" != "$(digest a.sqlite.sql)" ] && ok || fail "both dialects carry one digest"

echo "provenance: $passed passed, $failed failed"
[ $failed -eq 0 ]
