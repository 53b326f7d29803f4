#!/usr/bin/env bash
# Literal and identifier round trip on the real engines (issue #15 item 6,
# #16 item 1): COUNT random strings (tests/literal_cases.cpp, seed SEED) as
# inserted, updated and default values, comments, `execute ... with`
# parameters and quoted column names are compiled by migc, applied exactly as
# the script header says (`sqlite3 -bail db < script.sql`, `psql -v
# ON_ERROR_STOP=1 -f script.sql`, on a throwaway PostgreSQL cluster), and read
# back byte for byte (hex). PostgreSQL runs twice: with the defaults, and on a
# database whose standard_conforming_strings is off.
#
#   tests/literals.sh MIGC MIGC_LITERAL_CASES [COUNT [SEED]]
set -u
migc=$(realpath "$1"); cases=$(realpath "$2"); count=${3:-1500}; seed=${4:-20260101}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$pgbin/initdb" ] || { echo "literals: PostgreSQL server not installed"; exit 1; }
command -v sqlite3 >/dev/null || { echo "literals: sqlite3 not installed"; exit 1; }

work=$(mktemp -d /tmp/migc-literals.XXXXXX); chmod 755 "$work"
as_pg=()
if [ "$(id -u)" = 0 ]; then chown postgres: "$work"; as_pg=(runuser -u postgres --); fi
port=$((56000 + $$ % 1000))
cleanup() { "${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1; rm -rf "$work"; }
trap cleanup EXIT
"${as_pg[@]}" "$pgbin/initdb" -D "$work/data" -A trust -U postgres -E UTF8 --locale=C >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log"; exit 1; }
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/data" -w -l "$work/pg.log" \
    -o "-p $port -k $work -c listen_addresses='' -c fsync=off" start >/dev/null || { cat "$work/pg.log"; exit 1; }
psql_base=(psql -X -q -h "$work" -p "$port" -U postgres)

"$cases" "$seed" "$count" "$work/cases" || exit 1
passed=0 failed=0 known=0

compile() {  # compile DIALECT: the script in $work/DIALECT.sql
    (cd "$work/cases/$1" && "$migc" -d "$1" --sql upgrade head) >"$work/$1.sql" 2>"$work/$1.err" ||
        { echo "FAIL compile for $1:"; head -20 "$work/$1.err"; return 1; }
}
compare() {  # compare NAME DIALECT READBACK-FILE
    LC_ALL=C sort "$3" >"$3.sorted"
    if diff "$work/cases/$2/expected" "$3.sorted" >"$work/diff"; then
        passed=$((passed+1)); echo "ok   $1: $(wc -l <"$3.sorted") values read back byte for byte"
        return 0
    fi
    echo "MISMATCH $1: $(grep -c '^<' "$work/diff") values differ (expected < > read back):"; head -10 "$work/diff"
    return 1
}

# --- SQLite, through the sqlite3 shell ------------------------------------------
if compile sqlite; then
    if sqlite3 -bail "$work/lit.sqlite" <"$work/sqlite.sql" >"$work/sqlite.out" 2>&1; then
        sqlite3 -batch -noheader -separator $'\t' "$work/lit.sqlite" <"$work/cases/sqlite/readback.sql" >"$work/sqlite.got"
        compare "sqlite" sqlite "$work/sqlite.got" || failed=$((failed+1))
    else
        failed=$((failed+1)); echo "FAIL sqlite: the script failed:"; head -10 "$work/sqlite.out"
    fi
else
    failed=$((failed+1))
fi

# --- PostgreSQL, through psql ---------------------------------------------------
if compile postgresql; then
    for mode in default scs_off; do
        "${psql_base[@]}" -d postgres -c "CREATE DATABASE lit_$mode" >/dev/null
        [ $mode = scs_off ] && "${psql_base[@]}" -d postgres -c "ALTER DATABASE lit_$mode SET standard_conforming_strings = off" >/dev/null
        ok=1
        if "${psql_base[@]}" -d "lit_$mode" -v ON_ERROR_STOP=1 -f "$work/postgresql.sql" >"$work/pg.out" 2>&1; then
            "${psql_base[@]}" -d "lit_$mode" -At -F $'\t' -f "$work/cases/postgresql/readback.sql" >"$work/pg.got" 2>&1
            compare "postgresql ($mode)" postgresql "$work/pg.got" || ok=0
        else
            ok=0; echo "postgresql ($mode): the script failed:"; grep -m3 -i error "$work/pg.out" | cut -c1-200 | cat -v
        fi
        if [ $ok -eq 0 ]; then
            # KNOWN ISSUE, marked on purpose: a script must set what it relies on
            # (SPEC 4: SET standard_conforming_strings = on before BEGIN). That
            # header line comes with the script-header work of another branch;
            # until a script carries it, this run is expected to fail (backslashes
            # are read as escapes) and is reported, not counted. Once the header
            # has the line, this run must pass like the others.
            if [ $mode = scs_off ] && ! grep -qi '^SET standard_conforming_strings = on;' "$work/postgresql.sql"; then
                known=$((known+1))
                echo "KNOWN postgresql (scs_off): expected to fail until the script header sets standard_conforming_strings = on"
            else
                failed=$((failed+1))
            fi
        fi
    done
else
    failed=$((failed+1))
fi

echo "literals: $passed passed, $failed failed$([ $known -gt 0 ] && echo ", $known known (see above)")"
[ $failed -eq 0 ]
