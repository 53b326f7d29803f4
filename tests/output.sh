#!/usr/bin/env bash
# Where migc writes (SPEC 3, `-o FILE`): -o keeps what PATH is (a symlink is
# written through, a device or FIFO is written directly, a replaced file keeps
# its mode and owner, a directory is refused), never leaves a partial or
# replaced file after an error, and every write or read failure (full disk,
# closed stdout, closed pipe, missing directory) is an error naming the OS
# reason, with exit 1.
#
#   tests/output.sh MIGC
#
# Device nodes are private copies made with mknod when running as root, so a
# broken migc can only replace those, never /dev/full or /dev/null.
set -u
migc=$(realpath "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d /tmp/migc-output.XXXXXX); trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp"
cd "$tmp" || exit 1
cp -r "$root/migrations" .
umask 022
passed=0 failed=0

ok() { passed=$((passed+1)); }
fail() { failed=$((failed+1)); echo "FAIL $*"; }
# expect NAME WANT-EXIT STDERR-PATTERN COMMAND...: runs COMMAND, checks its exit code and stderr
expect() {
    local name=$1 want=$2 pattern=$3; shift 3
    "$@" >"$tmp/stdout" 2>"$tmp/stderr"
    local code=$?
    if [ "$code" -ne "$want" ]; then fail "$name: exit $code, want $want"; sed 's/^/    /' "$tmp/stderr"; return 1; fi
    if [ -n "$pattern" ] && ! grep -q -- "$pattern" "$tmp/stderr"; then
        fail "$name: stderr lacks '$pattern':"; sed 's/^/    /' "$tmp/stderr"; return 1
    fi
    ok
}
no_leftovers() {  # no temporary file anywhere under the scratch directory
    local left; left=$(find "$tmp" -name '*.migc-*')
    if [ -n "$left" ]; then fail "$1: temporary files left: $left"; else ok; fi
}
same() {  # same NAME FILE-A FILE-B
    if cmp -s "$2" "$3"; then ok; else fail "$1: $2 differs from $3"; fi
}

"$migc" --sql upgrade head >want.sql || { echo "FAIL: the bundled project does not compile"; exit 1; }

# A new file: the script, with the umask's mode (mkstemp's 600 would hide it).
expect new 0 "" "$migc" --sql upgrade head -o new.sql && same new new.sql want.sql
[ "$(stat -c %a new.sql)" = 644 ] && ok || fail "new: mode $(stat -c %a new.sql), want 644"

# A target name of 250 bytes (the limit is 255): the temporary name beside it
# must still fit.
long=$(printf 'x%.0s' $(seq 246)).sql
expect long_name 0 "" "$migc" --sql upgrade head -o "$long" && same long_name "$long" want.sql
rm -f "$long"

# A replaced file keeps its mode (and, as root, its owner).
echo old >private.sql; chmod 600 private.sql
if [ "$(id -u)" = 0 ]; then chown nobody: private.sql; fi
owner=$(stat -c %U:%G private.sql)
expect mode 0 "" "$migc" --sql upgrade head -o private.sql && same mode private.sql want.sql
[ "$(stat -c %a private.sql)" = 600 ] && ok || fail "mode: $(stat -c %a private.sql), want 600"
[ "$(stat -c %U:%G private.sql)" = "$owner" ] && ok || fail "owner: $(stat -c %U:%G private.sql), want $owner"

# A symlink is written through: it stays a link, its target gets the script
# (relative to the link's directory; a dangling link creates its target).
mkdir -p out links; echo old >out/real.sql; chmod 640 out/real.sql
ln -s ../out/real.sql links/link.sql
expect symlink 0 "" "$migc" --sql upgrade head -o links/link.sql && same symlink out/real.sql want.sql
[ -L links/link.sql ] && ok || fail "symlink: links/link.sql is no longer a symlink"
[ "$(stat -c %a out/real.sql)" = 640 ] && ok || fail "symlink: target mode $(stat -c %a out/real.sql), want 640"
ln -s ../out/created.sql links/dangling.sql
expect dangling 0 "" "$migc" --sql upgrade head -o links/dangling.sql && same dangling out/created.sql want.sql
[ -L links/dangling.sql ] && ok || fail "dangling: no longer a symlink"
ln -s loop1 loop2; ln -s loop2 loop1
expect symlink_loop 1 "cannot write 'loop1': Too many levels of symbolic links" "$migc" --sql upgrade head -o loop1

# A FIFO is written directly and stays a FIFO.
mkfifo pipe.sql
timeout 10 cat pipe.sql >from_fifo.sql & reader=$!  # a replaced FIFO would leave it waiting
expect fifo 0 "" "$migc" --sql upgrade head -o pipe.sql
wait $reader
same fifo from_fifo.sql want.sql
[ -p pipe.sql ] && ok || fail "fifo: pipe.sql is no longer a FIFO"

# Character devices are written directly: /dev/null stays a device, /dev/full
# is a full disk.
if mknod -m 666 null c 1 3 2>/dev/null && mknod -m 666 full c 1 7 2>/dev/null; then null=null full=full
else null=/dev/null full=/dev/full; fi
expect dev_null 0 "" "$migc" --sql upgrade head -o $null
[ -c $null ] && ok || fail "dev_null: $null is no longer a character device"
expect dev_full 1 "cannot write '$full': No space left on device" "$migc" --sql upgrade head -o $full
[ -c $full ] && ok || fail "dev_full: $full is no longer a character device"
expect stdout_full 1 "cannot write to standard output: No space left on device" \
    sh -c '"$1" --sql upgrade head >"$2"' - "$migc" $full

# A directory is refused; a missing directory names the reason.
mkdir adir
expect directory 1 "cannot write 'adir': Is a directory" "$migc" --sql upgrade head -o adir
[ -d adir ] && [ -z "$(ls -A adir)" ] && ok || fail "directory: adir changed"
expect no_dir 1 "cannot write 'nodir/x.sql': No such file or directory" "$migc" --sql upgrade head -o nodir/x.sql

# A compile error leaves an existing file as it was, and nothing behind.
cp -r migrations broken && mkdir -p brokenproj && mv broken brokenproj/migrations
printf 'revision zz1\nrevises none\nupgrade { create table; }\ndowngrade { }\n' >brokenproj/migrations/versions/9999_bad.mig
echo keep >kept.sql
expect compile_error 1 "error" sh -c 'cd brokenproj && "$1" --sql upgrade head -o ../kept.sql' - "$migc"
[ "$(cat kept.sql)" = keep ] && ok || fail "compile_error: kept.sql was changed"

# Unwritable places name the reason (as another user when running as root,
# for whom permissions do not apply). A read-only file is not replaced, even
# in a writable directory (rename would not ask).
as=(); [ "$(id -u)" = 0 ] && command -v runuser >/dev/null && as=(runuser -u nobody --)
if [ "$(id -u)" != 0 ] || [ ${#as[@]} -gt 0 ]; then
    mkdir locked; chmod 555 locked
    expect locked_dir 1 "cannot write 'locked/new.sql': Permission denied" "${as[@]}" "$migc" --sql upgrade head -o locked/new.sql
    mkdir ro; echo old >ro/file.sql; chmod 444 ro/file.sql
    [ ${#as[@]} -gt 0 ] && chown -R nobody: ro
    expect read_only 1 "cannot write 'ro/file.sql': Permission denied" "${as[@]}" "$migc" --sql upgrade head -o ro/file.sql
    [ "$(cat ro/file.sql)" = old ] && ok || fail "read_only: ro/file.sql was changed"
    chmod 755 locked
fi

# Standard output closed, or a pipe closed by its reader: an error, not a
# silent exit (SIGPIPE is ignored). The script must exceed the pipe buffer.
expect stdout_closed 1 "cannot write to standard output: Bad file descriptor" sh -c '"$1" --sql upgrade head >&-' - "$migc"
mkdir -p big/migrations/versions
{ printf 'revision big1\nrevises none\nmessage "big"\nupgrade {\n'
  for i in $(seq 1 4000); do printf '    execute $$ SELECT %s, %0200d $$;\n' "$i" 0; done
  printf '}\ndowngrade { }\n'; } >big/migrations/versions/big1.mig
(cd big && "$migc" --sql upgrade head 2>"$tmp/pipe_err" | head -c 10 >/dev/null; echo "${PIPESTATUS[0]}" >"$tmp/pipe_code")
[ "$(cat "$tmp/pipe_code")" = 1 ] && grep -q "Broken pipe" "$tmp/pipe_err" && ok || { fail "closed_pipe: exit $(cat "$tmp/pipe_code")"; cat "$tmp/pipe_err"; }

# Reading: every failure names the reason.
expect missing_ini 1 "cannot read configuration file 'nope.ini': No such file or directory" "$migc" -c nope.ini --sql upgrade head
# A directory named *.mig among the revisions was skipped silently.
mkdir dirmig && cp -r migrations dirmig/ && mkdir dirmig/migrations/versions/2025-06-01_extra.mig
expect mig_directory 1 "cannot read 'migrations/versions/2025-06-01_extra.mig': Is a directory" \
    sh -c 'cd dirmig && "$1" --sql upgrade head' - "$migc" &&
    { grep -q "must not be named \*.mig" "$tmp/stderr" && ok || fail "mig_directory: no note"; }

no_leftovers all
echo "output: $passed passed, $failed failed"
[ $failed -eq 0 ]
