#!/usr/bin/env bash
# Every golden script must run on the real engine: for each golden case, the
# scripts of its `commands` (in file order, minus those marked `!` and those
# that are expected to fail) are applied to one fresh PostgreSQL 15 database
# and one fresh SQLite database. A throwaway PostgreSQL cluster is started on
# a Unix socket in a temporary directory and removed at the end.
#
#   tests/engines.sh [--update] [CASE...]
#
# A command marked `!fails` (`NAME@sqlite!fails: ...`) must be refused by the
# engine and leave the database exactly as it was: the database is dumped
# before and after (sqlite3 .dump, pg_dump) and the dumps must be equal.
#
# Checks: after a script NAME has run on dialect D, golden/CASE/checks/NAME.D.sql
# (or, when there is none, golden/CASE/checks/each.D.sql) is run on the same
# database (sqlite3 without -bail, psql without ON_ERROR_STOP: a statement
# that must fail shows its error), and its output (stdout and stderr) must equal
# golden/CASE/checks/NAME.D.out, after the engine's messages when the script
# had to fail. A check that changes the database should do so inside
# BEGIN ... ROLLBACK. --update rewrites the .out files: review the diff.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
update=0
if [ "${1:-}" = "--update" ]; then update=1; shift; fi
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
    for d in "$root"/golden/*/; do cases+=("$(basename "$d")"); done
fi

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$pgbin/initdb" ] || { echo "engines: PostgreSQL server not installed (apt-get install postgresql-15)"; exit 1; }
command -v sqlite3 >/dev/null || { echo "engines: sqlite3 not installed"; exit 1; }

work=$(mktemp -d /tmp/migc-engines.XXXXXX)
chmod 755 "$work"
as_pg=()
if [ "$(id -u)" = 0 ]; then chown postgres: "$work" 2>/dev/null; as_pg=(runuser -u postgres --); fi
port=55432
cleanup() { "${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1; rm -rf "$work"; }
trap cleanup EXIT
"${as_pg[@]}" "$pgbin/initdb" -D "$work/data" -A trust -U postgres >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log"; exit 1; }
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/data" -w -l "$work/pg.log" \
    -o "-p $port -k $work -c listen_addresses='' -c fsync=off" start >/dev/null || { cat "$work/pg.log"; exit 1; }
psql_base=(psql -X -q -h "$work" -p "$port" -U postgres)

dump() {  # dump DIALECT: the whole database as SQL text
    # (pg_dump's \restrict line carries a random key on every run)
    if [ "$d" = postgresql ]; then "$pgbin/pg_dump" -h "$work" -p "$port" -U postgres "$db" | grep -v '^\\\(un\)\?restrict '
    else sqlite3 "$sqlite_db" .dump; fi
}

check() {  # check NAME: run the case's check for script NAME and compare its output
    local sql="$dir/checks/$1.$d.sql" want="$dir/checks/$1.$d.out"
    [ -f "$sql" ] || sql="$dir/checks/each.$d.sql"
    [ -f "$sql" ] || return 0
    : >"$work/check"
    # A script that must fail: why it failed comes first.
    [ $must_fail -eq 1 ] && sed 's/^/engine: /' "$work/out" >"$work/check"
    if [ $d = postgresql ]; then "${psql_base[@]}" -d "$db" -A -t <"$sql" >>"$work/check" 2>&1
    else sqlite3 "$sqlite_db" <"$sql" >>"$work/check" 2>&1; fi
    if [ $update -eq 1 ]; then cp "$work/check" "$want"; return 0; fi
    [ -f "$want" ] || { echo "FAIL $case/$1 on $d: no $want; run tests/engines.sh --update $case"; return 1; }
    diff -u --label "checks/$1.$d.out" --label "actual" "$want" "$work/check" || { echo "FAIL $case/$1 on $d: check"; return 1; }
}

passed=0 failed=0 n=0
for case in "${cases[@]}"; do
    dir="$root/golden/$case"
    [ -f "$dir/commands" ] || continue
    for d in postgresql sqlite; do
        n=$((n+1)); db="migc_case_$n"; sqlite_db="$work/$db.sqlite"
        [ $d = postgresql ] && "${psql_base[@]}" -d postgres -c "CREATE DATABASE $db" >/dev/null
        while IFS= read -r line || [ -n "$line" ]; do
            line="${line%%#*}"; [ -z "${line// }" ] && continue
            spec="${line%%:*}"; spec="${spec// /}"; name="${spec%%@*}"; dialects=both; must_fail=0
            [[ "$spec" == *@* ]] && dialects="${spec#*@}"
            [[ "$dialects" == *! ]] && continue
            if [[ "$dialects" == *!fails ]]; then must_fail=1; dialects="${dialects%!fails}"; fi
            [[ "$dialects" == both || "$dialects" == "$d" ]] || continue
            script="$dir/expected/$name.$d.sql"
            [ -f "$script" ] || continue  # an expected failure: no script
            [ $must_fail -eq 1 ] && dump >"$work/before.sql"
            if [ $d = postgresql ]; then
                "${psql_base[@]}" -d "$db" -v ON_ERROR_STOP=1 -f - <"$script" >"$work/out" 2>&1
            else
                sqlite3 -bail "$sqlite_db" <"$script" >"$work/out" 2>&1
            fi
            code=$?
            ok=1
            if [ $must_fail -eq 1 ]; then
                dump >"$work/after.sql"
                if [ $code -eq 0 ]; then
                    echo "FAIL $case/$name on $d: the engine ran a script that must fail"; ok=0
                elif ! diff -u --label before --label after "$work/before.sql" "$work/after.sql" >"$work/dumpdiff"; then
                    echo "FAIL $case/$name on $d: the failed script changed the database:"; head -30 "$work/dumpdiff"; ok=0
                fi
            elif [ $code -ne 0 ] || grep -q ERROR "$work/out"; then
                echo "FAIL $case/$name on $d:"; sed 's/^/    /' "$work/out" | head -20; ok=0
            fi
            check "$name" || ok=0
            if [ $ok -eq 1 ]; then passed=$((passed+1)); else failed=$((failed+1)); fi
        done <"$dir/commands"
    done
done
[ $update -eq 1 ] && echo "engine checks rewritten: review them with git diff"
echo "engines: $passed passed, $failed failed"
[ $failed -eq 0 ]
