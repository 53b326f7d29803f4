#!/usr/bin/env bash
# `migc import alembic` end to end: every tests/import/<case>/versions/ holds
# an Alembic history (Python); the run's .mig files, stdout, stderr and exit
# code are compared with tests/import/<case>/expected/, then the converted
# project is compiled with `migc --sql upgrade head` for both dialects. A case
# whose import exits 1 (something not converted) must fail there, at the marked
# statements (expected/upgrade.DIALECT.stderr); the others must compile.
#
#   tests/import.sh MIGC [--update]     (--update rewrites expected/: review the diff)
set -u
migc=$(realpath "$1"); shift
update=0
if [ "${1:-}" = "--update" ]; then update=1; fi
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1767225600
failed=0 passed=0

same() {  # same EXPECTED ACTUAL
    if [ $update -eq 1 ]; then cp "$2" "$1"; return 0; fi
    if [ ! -e "$1" ]; then echo "FAIL: no expected file $1"; return 1; fi
    diff -u --label "$1" --label actual "$1" "$2"
}

for dir in "$root"/tests/import/*/; do
    case=$(basename "$dir")
    [ -d "$dir/versions" ] || continue
    work="$tmp/$case"; mkdir -p "$work"
    cp -r "$dir/versions" "$work/versions"
    ok=1
    (cd "$work" && "$migc" import alembic versions -o migrations > import.out 2> import.err; echo "exit $?" >> import.err)
    mkdir -p "$dir/expected"
    same "$dir/expected/import.out" "$work/import.out" || ok=0
    same "$dir/expected/import.stderr" "$work/import.err" || ok=0
    if [ $update -eq 1 ]; then rm -f "$dir"/expected/*.mig; fi
    for mig in "$work"/migrations/versions/*.mig; do
        same "$dir/expected/$(basename "$mig")" "$mig" || ok=0
    done
    for want in "$dir"/expected/*.mig; do
        [ -e "$work/migrations/versions/$(basename "$want")" ] || { echo "FAIL $case: $(basename "$want") not written"; ok=0; }
    done

    # Never overwrite: a second import refuses and changes nothing.
    before=$(cat "$work"/migrations/versions/*.mig | md5sum)
    (cd "$work" && "$migc" import alembic versions -o migrations > /dev/null 2> again.err)
    rc=$?
    after=$(cat "$work"/migrations/versions/*.mig | md5sum)
    if [ $rc -ne 1 ] || [ "$before" != "$after" ] || ! grep -q "already exists" "$work/again.err"; then
        echo "FAIL $case: a second import did not refuse (exit $rc)"; ok=0
    fi

    for dialect in postgresql sqlite; do
        (cd "$work" && "$migc" -d $dialect --sql upgrade head > upgrade.$dialect.sql 2> upgrade.err)
        rc=$?
        if grep -q '^exit 1$' "$work/import.err"; then   # not everything converted: must not compile
            echo "exit $rc" >> "$work/upgrade.err"
            same "$dir/expected/upgrade.$dialect.stderr" "$work/upgrade.err" || ok=0
        elif [ $rc -ne 0 ]; then
            echo "FAIL $case: upgrade head ($dialect) exit $rc"; cat "$work/upgrade.err"; ok=0
        elif [ $dialect = sqlite ] && command -v sqlite3 >/dev/null; then
            # and the script runs on a real SQLite
            if ! sqlite3 -bail "$work/db.sqlite" < "$work/upgrade.sqlite.sql" > "$work/sqlite.out" 2>&1; then
                echo "FAIL $case: the SQLite script does not run:"; head -20 "$work/sqlite.out"; ok=0
            fi
        fi
    done
    if [ $ok -eq 1 ]; then passed=$((passed+1)); else echo "FAIL $case"; failed=$((failed+1)); fi
done

# Usage errors exit 2; a hostile file is reported, never a crash.
(cd "$tmp" && "$migc" import > /dev/null 2>&1); rc=$?
if [ $rc -ne 2 ]; then echo "FAIL: \`migc import\` exit $rc, want 2"; failed=$((failed+1)); fi
(cd "$tmp" && "$migc" import alembic a b > /dev/null 2>&1); rc=$?
if [ $rc -ne 2 ]; then echo "FAIL: \`migc import alembic a b\` exit $rc, want 2"; failed=$((failed+1)); fi
mkdir -p "$tmp/hostile/versions"
printf 'revision = "x1"\ndown_revision = None\ndef upgrade():\n    op.execute("""never closed\n' > "$tmp/hostile/versions/x1_a.py"
printf 'revision = "x2"\ndown_revision = None\n\x00\x01\xff\xfe\x80 = b"\xc3"\n' > "$tmp/hostile/versions/x2_junk.py"
python3 -c 'print("revision = \"x3\"\ndown_revision = None\ndef upgrade():\n    op.execute(" + "[" * 20000 + ")")' \
    > "$tmp/hostile/versions/x3_deep.py" 2>/dev/null || true
(cd "$tmp/hostile" && "$migc" import alembic versions -o m > /dev/null 2> err); rc=$?
if [ $rc -ne 1 ] || [ -d "$tmp/hostile/m/versions" ]; then
    echo "FAIL: hostile files: exit $rc (want 1, nothing written)"; cat "$tmp/hostile/err" | head -20; failed=$((failed+1))
fi

echo "import: $passed passed, $failed failed"
[ $failed -eq 0 ]
