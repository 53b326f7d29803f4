#!/usr/bin/env bash
# SPEC 7's proof, by hand (not in ctest: it needs python3-alembic and a
# PostgreSQL server): an Alembic history's `alembic upgrade heads --sql` and
# the `migc --sql upgrade heads` of its conversion are applied to two fresh
# databases of a throwaway PostgreSQL cluster, and the schema-only dumps are
# compared. The differences that are meant are in tests/import/<case>/catalog.diff:
# SERIAL vs identity, now() vs CURRENT_TIMESTAMP (SPEC 2.4), and the naming
# convention applied by SQLAlchemy to an explicit check name (name='ck_x'
# becomes ck_<table>_ck_x unless written op.f('ck_x')), where migc keeps the
# name as written.
#
#   tests/import_catalog.sh MIGC [CASE] [--update]
set -u
migc=$(realpath "$1"); case=${2:-fastapi_app}; update=0
[ "${3:-}" = "--update" ] && update=1
root=$(cd "$(dirname "$0")/.." && pwd)
dir="$root/tests/import/$case"
/usr/bin/python3 -c 'import alembic' 2>/dev/null || { echo "import_catalog: needs python3-alembic"; exit 1; }
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$pgbin/initdb" ] || { echo "import_catalog: PostgreSQL server not installed"; exit 1; }

work=$(mktemp -d /tmp/migc-import-catalog.XXXXXX); chmod 755 "$work"
as_pg=()
if [ "$(id -u)" = 0 ]; then chown postgres: "$work"; as_pg=(runuser -u postgres --); fi
port=55433
cleanup() { "${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1; rm -rf "$work"; }
trap cleanup EXIT
"${as_pg[@]}" "$pgbin/initdb" -D "$work/data" -A trust -U postgres >/dev/null 2>&1 || exit 1
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/data" -w -l "$work/pg.log" \
    -o "-p $port -k $work -c listen_addresses='' -c fsync=off" start >/dev/null || { cat "$work/pg.log"; exit 1; }
psql=(psql -X -q -h "$work" -p "$port" -U postgres)

# Alembic's script
mkdir -p "$work/alembic"
cp -r "$dir/versions" "$work/alembic/versions"
cp "$root/tests/import/alembic_env/env.py" "$work/alembic/env.py"
printf '[alembic]\nscript_location = %s\n' "$work/alembic" > "$work/alembic.ini"
(cd "$work" && PYTHONPATH="$root/tests/import/alembic_env" /usr/bin/python3 -m alembic -c alembic.ini upgrade heads --sql \
    > alembic.sql 2> alembic.err) || { cat "$work/alembic.err"; exit 1; }

# migc's script, from the conversion
mkdir -p "$work/migc"
cp -r "$dir/versions" "$work/migc/py"
printf '[migc]\nversion_table = alembic_version\n' > "$work/migc/migc.ini"
(cd "$work/migc" && "$migc" import alembic py > /dev/null && "$migc" -d postgresql --sql upgrade heads > ../migc.sql) || exit 1

status=0
for side in alembic migc; do
    "${psql[@]}" -d postgres -c "CREATE DATABASE $side" >/dev/null
    "${psql[@]}" -d $side -v ON_ERROR_STOP=1 -f "$work/$side.sql" > "$work/$side.out" 2>&1 ||
        { echo "FAIL: the $side script does not run:"; tail -5 "$work/$side.out"; status=1; }
    "$pgbin/pg_dump" -h "$work" -p "$port" -U postgres --schema-only $side |
        grep -v -e '^--' -e '^$' -e '^SET ' -e 'set_config' -e '^\\restrict' -e '^\\unrestrict' > "$work/$side.schema"
done
diff -u --label alembic --label migc "$work/alembic.schema" "$work/migc.schema" > "$work/catalog.diff"
if [ $update -eq 1 ]; then cp "$work/catalog.diff" "$dir/catalog.diff"; exit $status; fi
if ! diff -u --label "expected catalog.diff" --label "actual" "$dir/catalog.diff" "$work/catalog.diff"; then
    echo "FAIL: the catalogs differ other than in $dir/catalog.diff"; status=1
fi
[ $status -eq 0 ] && echo "import_catalog $case: the catalogs differ only as catalog.diff says"
exit $status
