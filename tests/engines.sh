#!/usr/bin/env bash
# Every golden script must run on the real engine: for each golden case, the
# scripts of its `commands` (in file order, minus those marked `!` and those
# that are expected to fail) are applied to one fresh PostgreSQL 15 database
# and one fresh SQLite database. A throwaway PostgreSQL cluster is started on
# a Unix socket in a temporary directory and removed at the end.
#
#   tests/engines.sh [MIGC ENGINE_STEPS] [--scripts | --steps] [--update] [CASE...]
#
# (default build/migc and build/migc_engine_steps). A golden command whose
# script is missing or empty fails, unless the command is expected to fail
# (its expected .stderr records a non-zero exit): nothing is skipped silently.
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
migc=$root/build/migc steps_tool=$root/build/migc_engine_steps
if [ $# -ge 2 ] && [ -x "$1" ] && [ -x "$2" ]; then migc=$(realpath "$1"); steps_tool=$(realpath "$2"); shift 2; fi
mode=all  # --scripts: the golden scripts only; --steps: the step-by-step walks only
case "${1:-}" in --scripts) mode=scripts; shift ;; --steps) mode=steps; shift ;; esac
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
    [ "$mode" = steps ] && break
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
            if [ ! -s "$script" ]; then
                # An expected compile failure has no script; anything else is an error.
                if [ ! -e "$script" ] && grep -q '^# exit [1-9]' "$dir/expected/$name.$d.stderr" 2>/dev/null; then continue; fi
                echo "FAIL $case/$name on $d: the script expected/$name.$d.sql is missing or empty"
                failed=$((failed+1)); continue
            fi
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
[ "$mode" = steps ] || echo "engines: golden scripts: $passed passed, $failed failed"
[ $update -eq 1 ] && exit 0
[ "$mode" = scripts ] && { [ $failed -eq 0 ]; exit; }

# --- Step by step (issue 13) -------------------------------------------------------
# Every project (the golden cases and migrations/) walked one revision at a
# time, up to its heads and down to base, on both engines:
# - SQLite: `migc verify` (in-process libsqlite3): after every step the catalog
#   equals the model's, the version table holds the expected heads, the rows
#   of the columns the step leaves alone survive it;
# - PostgreSQL: migc_engine_steps compiles the same walk; each step's script
#   runs with psql -v ON_ERROR_STOP=1; after it the catalog (tests/pg_catalog.sql)
#   must equal the catalog of an empty database given the model's DDL
#   (the engine spells both sides), the version rows the expected heads, and
#   the kept rows their values before the step.
# A project that does not compile on a dialect (the golden error cases) is
# skipped by name, with the first error as the reason; one that is wrong on
# purpose has a `# engines: skip: REASON` line in its commands.
projects=0 pg_projects=0 pg_steps=0 sqlite_projects=0 sqlite_steps=0 differences=0 step_failures=0
psql_at=("${psql_base[@]}" -A -t -X)

# The options and upgrade targets of a case's successful `upgrade` commands on dialect $1.
case_runs() {
    local d=$1 line spec name dialects args
    { echo "|heads"
    [ -f "$dir/commands" ] && while IFS= read -r line || [ -n "$line" ]; do
        line="${line%%#*}"; [ -z "${line// }" ] && continue
        spec="${line%%:*}"; spec="${spec// /}"; args="${line#*:}"; name="${spec%%@*}"; dialects=both
        [[ "$spec" == *@* ]] && dialects="${spec#*@}"; dialects="${dialects%%!*}"
        [[ "$dialects" == both || "$dialects" == "$d" ]] || continue
        [ -s "$dir/expected/$name.$d.sql" ] || continue
        [[ " $args " == *" upgrade "* ]] || continue
        local opts="${args%% upgrade *}" target="${args##* upgrade }"
        opts="${opts//--sql/}"; target="${target// /}"
        [[ "$target" == *:* ]] && target=heads
        echo "$opts|heads"; echo "$opts|$target"
    done <"$dir/commands"; } | awk '!seen[$0]++'
}

verify_sqlite() {  # in $dir: migc verify with the case's options
    local run opts target out code last=
    while IFS= read -r run; do
        opts="${run%|*}"; target="${run##*|}"
        out=$(cd "$dir" && eval "\"$migc\" $opts verify $target" 2>&1); code=$?
        if [[ "$out" =~ verify:\ .*:\ ([0-9]+)\ steps\ on\ SQLite\ [^,]*,\ ([0-9]+)\ difference ]]; then
            sqlite_projects=$((sqlite_projects+1)); sqlite_steps=$((sqlite_steps+BASH_REMATCH[1]))
            if [ $code -ne 0 ]; then
                differences=$((differences+BASH_REMATCH[2])); step_failures=$((step_failures+1))
                echo "FAIL $case on sqlite (migc $opts verify $target):"; echo "$out" | sed 's/^/    /' | head -40
            fi
            return
        fi
        last="$out"
    done < <(case_runs sqlite)
    echo "skip $case on sqlite: does not compile: $(echo "$last" | grep -m1 'error' | cut -c1-160)"
}

pg_catalog() {  # pg_catalog DB: the catalog lines
    "${psql_at[@]}" -d "$1" -v ON_ERROR_STOP=1 -v vt_schema="$vt_schema" -v vt_name="$vt_name" -f "$root/tests/pg_catalog.sql"
}

verify_postgresql() {
    local run opts target steps_dir="$work/steps" last=""
    local ok=0
    while IFS= read -r run; do
        opts="${run%|*}"; target="${run##*|}"
        rm -rf "$steps_dir"; mkdir -p "$steps_dir"
        if last=$(cd "$dir" && eval "\"$steps_tool\" \"$steps_dir\" $opts verify $target" 2>&1); then ok=1; break; fi
    done < <(case_runs postgresql)
    if [ $ok -eq 0 ]; then
        echo "skip $case on postgresql: does not compile: $(echo "$last" | grep -m1 'error' | cut -c1-160)"; return
    fi
    pg_projects=$((pg_projects+1))
    { read -r vt_schema; read -r vt_name; } <"$steps_dir/version_table"
    [ -z "$vt_schema" ] && vt_schema=public
    n=$((n+1)); local db="migc_steps_$n"
    "${psql_base[@]}" -d postgres -c "CREATE DATABASE $db" >/dev/null
    : >"$work/raw_tables"
    local num checked title sum
    while IFS=$'\t' read -r num checked title; do
        local f="$steps_dir/$num"
        if [ "$checked" = 1 ] && ! "${psql_at[@]}" -d "$db" -v ON_ERROR_STOP=1 -f "$f.rows.sql" >"$work/rows_before" 2>&1; then
            echo "FAIL $case on postgresql: $title: cannot read the rows before the step:"; sed 's/^/    /' "$work/rows_before" | head -5
            step_failures=$((step_failures+1)); differences=$((differences+1)); break
        fi
        if ! "${psql_base[@]}" -d "$db" -v ON_ERROR_STOP=1 -f "$f.sql" >"$work/out" 2>&1; then
            echo "FAIL $case on postgresql: $title: the script failed:"; sed 's/^/    /' "$work/out" | head -20
            step_failures=$((step_failures+1)); differences=$((differences+1)); break
        fi
        [ "$checked" = 1 ] || continue
        pg_steps=$((pg_steps+1))
        sum=$(md5sum <"$f.expect.sql" | cut -c1-32)
        if [ ! -f "$work/expect_$sum" ]; then
            "${psql_base[@]}" -d postgres -c "DROP DATABASE IF EXISTS migc_expect" -c "CREATE DATABASE migc_expect" >/dev/null 2>&1
            if ! "${psql_base[@]}" -d migc_expect -v ON_ERROR_STOP=1 -f "$f.expect.sql" >"$work/out" 2>&1; then
                echo "FAIL $case on postgresql: $title: the model's DDL failed:"; sed 's/^/    /' "$work/out" | head -20
                step_failures=$((step_failures+1)); differences=$((differences+1)); break
            fi
            pg_catalog migc_expect >"$work/expect_$sum"
        fi
        pg_catalog "$db" >"$work/actual"
        # Tables made by raw SQL (`execute`) are unknown to the model: left alone
        # from the step that made them on.
        if grep -qx "$num" "$steps_dir/raw_steps"; then
            comm -13 "$work/expect_$sum" "$work/actual" | sed -n 's/^table //p' >>"$work/raw_tables"
        fi
        { sed 's/.*/ &./' "$work/raw_tables"; echo "@@none@@"; } >"$work/raw_patterns"
        grep -v -F -f "$work/raw_patterns" "$work/actual" | grep -v -x -F -f <(sed 's/^/table /' "$work/raw_tables"; echo "@@none@@") \
            >"$work/actual_kept"
        if ! diff -u --label "model at this step" --label "database" "$work/expect_$sum" "$work/actual_kept" >"$work/catdiff"; then
            local count; count=$(grep -c '^[-+][^-+]' "$work/catdiff")
            echo "FAIL $case on postgresql: $title: the catalog differs from the model ($count lines):"
            grep '^[-+][^-+]' "$work/catdiff" | sed 's/^/    /' | head -30
            differences=$((differences+count)); step_failures=$((step_failures+1))
        fi
        "${psql_at[@]}" -d "$db" -c "SELECT version_num FROM \"$vt_schema\".\"$vt_name\" ORDER BY 1" >"$work/rows" 2>&1
        if ! diff -q "$f.heads" "$work/rows" >/dev/null; then
            echo "FAIL $case on postgresql: $title: version rows [$(tr '\n' ' ' <"$work/rows")], expected [$(tr '\n' ' ' <"$f.heads")]"
            differences=$((differences+1)); step_failures=$((step_failures+1))
        fi
        "${psql_at[@]}" -d "$db" -v ON_ERROR_STOP=1 -f "$f.rows.sql" >"$work/rows_after" 2>&1
        if ! diff -u --label "rows before $title" --label "after" "$work/rows_before" "$work/rows_after" >"$work/rowdiff"; then
            echo "FAIL $case on postgresql: $title: rows did not survive the step:"; sed 's/^/    /' "$work/rowdiff" | head -20
            differences=$((differences+1)); step_failures=$((step_failures+1))
        fi
    done <"$steps_dir/steps"
}

step_cases=()
for case in "${cases[@]}"; do
    if [ -d "$root/golden/$case/migrations" ] || [ -f "$root/golden/$case/migc.ini" ]; then step_cases+=("$case")
    else echo "skip $case on both engines: no project of its own (its commands name theirs with -c)"; fi
done
[ $# -eq 0 ] && step_cases+=("migrations/")
for case in "${step_cases[@]}"; do
    if [ "$case" = "migrations/" ]; then dir=$root; else dir="$root/golden/$case"; fi
    # A project wrong on purpose (what `migc verify` must refuse) says so in its commands.
    reason=$(sed -n 's/^# engines: skip: //p' "$dir/commands" 2>/dev/null | head -1)
    if [ -n "$reason" ]; then echo "skip $case on both engines: $reason"; continue; fi
    projects=$((projects+1))
    verify_postgresql
    verify_sqlite
done
echo "engines: $projects projects; $pg_projects verified with $pg_steps steps on PostgreSQL, $sqlite_projects with $sqlite_steps steps on SQLite; $differences differences"
[ $failed -eq 0 ] && [ $step_failures -eq 0 ]
