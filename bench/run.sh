#!/usr/bin/env bash
# Benchmark of issue 14 (and 16.3): migc against Alembic 1.8.1 on the same
# generated history (a linear chain; every 7 revisions: create table, add
# column, create index, set not null, add a foreign key, drop column, insert
# rows), whole process, medians of several runs. Prints a Markdown table.
#
#   bench/run.sh [options] [MIGC [IO_FLOOR]]
#     --small N     the side-by-side size (default 10000)
#     --large N     the scaling size (default 100000)
#     --heads "A B" many-heads sizes for downgrade heads:base (default "2000 10000")
#     --runs R      runs per figure, the median is shown (default 5)
#     --no-alembic  skip Alembic (CI smoke test)
#     --no-callgrind
#   MIGC defaults to build/migc, IO_FLOOR to build/bench_io_floor (built by
#   CMake: the I/O floor program, bench/io_floor.cpp).
#
# Alembic is Debian's python3-alembic, installed with apt-get when missing.
# Numbers are for reading, never asserted (ctest bench_smoke only runs it).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
small=10000 large=100000 heads="2000 10000" runs=5 alembic=1 callgrind=1
args=()
while [ $# -gt 0 ]; do
    case $1 in
        --small) small=$2; shift 2 ;;
        --large) large=$2; shift 2 ;;
        --heads) heads=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --no-alembic) alembic=0; shift ;;
        --no-callgrind) callgrind=0; shift ;;
        *) args+=("$1"); shift ;;
    esac
done
migc=$(realpath "${args[0]:-build/migc}")
floor=$(realpath "${args[1]:-build/bench_io_floor}")
py=/usr/bin/python3  # Debian's, where python3-alembic lives
[ -x "$py" ] || py=python3
work=$(mktemp -d /tmp/migc-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

if [ "$alembic" = 1 ] && ! "$py" -c 'import alembic' 2>/dev/null; then
    echo "installing python3-alembic ..." >&2
    sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get install -y -q python3-alembic >&2
fi

# measure DIR CMD...: "median-wall-seconds peak-MiB median-cpu-seconds" over
# $runs runs: wall clock of the whole process, the largest peak RSS, from GNU
# time (package `time`) when installed (a forked Python would count its own
# pages before the exec), and user+system CPU time (on a machine shared with
# builds the wall clock waits for a core; CPU time does not).
measure() {
    local dir=$1; shift
    (cd "$dir" && "$py" - "$runs" "$@" <<'PY'
import os, statistics, subprocess, sys, tempfile, time
runs, cmd = int(sys.argv[1]), sys.argv[2:]
gnu_time = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
walls, cpus, peak = [], [], 0
with tempfile.NamedTemporaryFile() as rss:
    for _ in range(runs):
        run = [gnu_time, "-f", "%M", "-o", rss.name] + cmd if gnu_time else cmd
        start = time.perf_counter()
        with open(os.devnull, "wb") as null:
            p = subprocess.Popen(run, stdout=null, stderr=null)
            _, status, usage = os.wait4(p.pid, 0)
        walls.append(time.perf_counter() - start)
        cpus.append(usage.ru_utime + usage.ru_stime)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"failed: {' '.join(cmd)}")
        kib = int(open(rss.name).read().split()[-1]) if gnu_time else usage.ru_maxrss
        peak = max(peak, kib)
print(f"{statistics.median(walls):.3f} {peak / 1024:.0f} {statistics.median(cpus):.3f}")
PY
    )
}
seconds() { echo "$1" | cut -d' ' -f1; }
mib() { echo "$1" | cut -d' ' -f2; }
cpu() { echo "$1" | cut -d' ' -f3; }
# "wall s (CPU s), MiB"
show() { echo "$(seconds "$1") s ($(cpu "$1") s CPU), $(mib "$1") MiB"; }
ratio() { "$py" -c "print(f'{$1 / $2:.1f}')"; }
instructions() {  # instructions DIR CMD...: callgrind's total Ir
    (cd "$1" && shift && valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
}

echo "generating $small and $large revisions in $work ..." >&2
"$py" "$here/gen_history.py" "$small" "$work/small" $([ "$alembic" = 1 ] || echo --no-alembic)
"$py" "$here/gen_history.py" "$large" "$work/large" --no-alembic
last=$(printf 'r%06d' "$large") tenth=$(printf 'r%06d' $((large - 10)))

echo "measuring ..." >&2
m_small=$(measure "$work/small" "$migc" --sql upgrade head)
m_large=$(measure "$work/large" "$migc" --sql upgrade head)
floor_large=$(measure "$work/large" "$floor" migrations/versions)
history=$(measure "$work/large" "$migc" history)
heads_cmd=$(measure "$work/large" "$migc" heads)
range=$(measure "$work/large" "$migc" --sql upgrade "$tenth:$last")
sqlite_large=$(measure "$work/large" "$migc" --sql -d sqlite upgrade head)

echo
echo "| figure | value |"
echo "|---|---|"
if [ "$alembic" = 1 ]; then
    a_small=$(measure "$work/small" "$py" -m alembic upgrade head --sql)
    echo "| Alembic 1.8.1 \`upgrade head --sql\`, $small revisions | $(show "$a_small") |"
fi
echo "| migc \`--sql upgrade head\`, $small revisions | $(show "$m_small") |"
[ "$alembic" = 1 ] &&
    echo "| **speed-up over Alembic at $small** (target >= 100, aim 200): wall / CPU | **$(ratio "$(seconds "$a_small")" "$(seconds "$m_small")")x** / $(ratio "$(cpu "$a_small")" "$(cpu "$m_small")")x |"
echo "| migc \`--sql upgrade head\`, $large revisions (target < 1 s, < 512 MiB) | $(show "$m_large") |"
echo "| migc \`--sql -d sqlite upgrade head\`, $large revisions | $(show "$sqlite_large") |"
echo "| time($large) / time($small) (target <= 12): wall / CPU | $(ratio "$(seconds "$m_large")" "$(seconds "$m_small")") / $(ratio "$(cpu "$m_large")" "$(cpu "$m_small")") |"
echo "| I/O floor (list, sort, read all, write all), $large files | $(show "$floor_large") |"
echo "| migc upgrade head / I/O floor at $large (target <= 3): wall / CPU | $(ratio "$(seconds "$m_large")" "$(seconds "$floor_large")") / $(ratio "$(cpu "$m_large")" "$(cpu "$floor_large")") |"
echo "| migc \`history\`, $large revisions | $(show "$history") |"
echo "| migc \`heads\`, $large revisions | $(show "$heads_cmd") |"
echo "| migc \`--sql upgrade $tenth:$last\` (10 revisions of $large) | $(show "$range") |"
for h in $heads; do
    "$py" "$here/gen_history.py" 0 "$work/heads$h" --heads "$h" --no-alembic
    down=$(measure "$work/heads$h" "$migc" --sql downgrade heads:base)
    up=$(measure "$work/heads$h" "$migc" --sql upgrade heads)
    echo "| $h heads: \`downgrade heads:base\` / \`upgrade heads\` | $(show "$down") / $(show "$up") |"
done
if [ "$callgrind" = 1 ] && command -v valgrind >/dev/null; then
    echo "| instructions, migc \`--sql upgrade head\`, $small revisions (callgrind) | $(instructions "$work/small" "$migc" --sql upgrade head) |"
fi
