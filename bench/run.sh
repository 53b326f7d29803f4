#!/usr/bin/env bash
# Benchmark: generate a linear project of N revisions (each a table, an index,
# a column, a data update) and time the main commands on it.
#
#   bench/run.sh [N] [MIGC]      (default N=2000, MIGC=build/migc)
#
# Prints wall time and peak memory per command (GNU time, package `time`, when
# installed; bash's `time` otherwise). Numbers are for reading, never asserted.
set -euo pipefail
n=${1:-2000}
migc=$(realpath "${2:-build/migc}")
dir=$(mktemp -d /tmp/migc-bench.XXXXXX)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/migrations/versions"
prev=none
for ((i = 1; i <= n; i++)); do
    id=$(printf 'r%06d' "$i")
    cat >"$dir/migrations/versions/${id}.mig" <<MIG
revision $id
revises  $prev
message  "step $i"

upgrade {
    create table t$i (
        id    bigint primary key identity,
        name  string(100) not null default 'it''s $i',
        ok    boolean not null default true
    );
    create index ix_t${i}_name on t$i (name) where ok;
    alter table t$i add column note text;
    update t$i set note = upper(name) where note is null;
}

downgrade {
    alter table t$i drop column note;
    drop index ix_t${i}_name;
    drop table t$i;
}
MIG
    prev=$id
done
echo "project: $n revisions in $dir"
cd "$dir"
measure() {
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f "%e s  %M KiB  $*" "$migc" "$@" >/dev/null
    else
        TIMEFORMAT="%R s  $*"; time "$migc" "$@" >/dev/null
    fi
}
measure --sql upgrade head
measure --sql -d sqlite upgrade head
measure --sql downgrade head:base
measure --sql upgrade "$(printf 'r%06d' $((n / 2)))":head
measure history
