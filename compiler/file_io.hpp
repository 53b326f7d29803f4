// Reading the inputs and writing the outputs. Every failure is a diagnostic
// that names the OS reason (`cannot write 'x.sql': Permission denied`); a
// failed write never leaves a partial or replaced file behind.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "compiler/diagnostics.hpp"

namespace migc {

// The whole file; nullopt with `err` set to errno (ENOENT, EISDIR, EACCES ...).
std::optional<std::string> read_file(const std::string& path, int& err);
// The same for `name` in the directory open as `dir` (openat(2)): the kernel
// walks one component instead of the whole path, which counts at 100,000 files.
// `regular`: the caller knows the name is a regular file (readdir's d_type),
// so that a short read is its end and no fstat is needed.
std::optional<std::string> read_file_at(int dir, const char* name, int& err, bool regular = false);

// The OS reason for errno `err`, as the messages show it ("Permission denied").
std::string os_reason(int err);

// -o PATH, decided by what PATH is: a regular file (or none yet) is replaced
// atomically (temporary file beside it, fsync, rename), keeping its mode and
// owner; a symbolic link is followed and its target replaced so; a character
// device or a FIFO is written directly; anything else is refused. On failure
// PATH is as it was.
bool write_output_file(const std::string& path, std::string_view text, Diagnostics& diags);

// Call first in main: SIGPIPE is ignored (a closed pipe becomes an EPIPE
// error, not a silent death) and a closed descriptor 0, 1 or 2 gets /dev/null,
// so that no file opened later takes its number; a closed stdout is
// remembered and reported by write_stdout.
void prepare_standard_streams();

// All of `text` to standard output; a closed stdout, a full disk or a closed
// pipe is an error.
bool write_stdout(std::string_view text, Diagnostics& diags);

}  // namespace migc
