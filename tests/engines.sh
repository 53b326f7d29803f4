#!/usr/bin/env bash
# Every golden script must run on the real engine: for each golden case, the
# scripts of its `commands` (in file order, minus those marked `!` and those
# that are expected to fail) are applied to one fresh PostgreSQL 15 database
# and one fresh SQLite database. A throwaway PostgreSQL cluster is started on
# a Unix socket in a temporary directory and removed at the end.
#
#   tests/engines.sh [CASE...]
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
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

passed=0 failed=0 n=0
for case in "${cases[@]}"; do
    dir="$root/golden/$case"
    [ -f "$dir/commands" ] || continue
    for d in postgresql sqlite; do
        n=$((n+1)); db="migc_case_$n"; sqlite_db="$work/$db.sqlite"
        [ $d = postgresql ] && "${psql_base[@]}" -d postgres -c "CREATE DATABASE $db" >/dev/null
        while IFS= read -r line || [ -n "$line" ]; do
            line="${line%%#*}"; [ -z "${line// }" ] && continue
            spec="${line%%:*}"; spec="${spec// /}"; name="${spec%%@*}"; dialects=both
            [[ "$spec" == *@* ]] && dialects="${spec#*@}"
            [[ "$dialects" == *! ]] && continue
            [[ "$dialects" == both || "$dialects" == "$d" ]] || continue
            script="$dir/expected/$name.$d.sql"
            [ -f "$script" ] || continue  # an expected failure: no script
            if [ $d = postgresql ]; then
                "${psql_base[@]}" -d "$db" -v ON_ERROR_STOP=1 -f "$script" >"$work/out" 2>&1
            else
                sqlite3 -bail "$sqlite_db" <"$script" >"$work/out" 2>&1
            fi
            if [ $? -eq 0 ] && ! grep -q ERROR "$work/out"; then
                passed=$((passed+1))
            else
                failed=$((failed+1)); echo "FAIL $case/$name on $d:"; sed 's/^/    /' "$work/out" | head -20
            fi
        done <"$dir/commands"
    done
done
echo "engines: $passed passed, $failed failed"
[ $failed -eq 0 ]
