#include "compiler/file_io.hpp"

#include <algorithm>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>

namespace migc {
namespace {

bool stdout_was_closed = false;

// write(2) until all is written; false with errno set.
bool write_all(int fd, std::string_view text) {
    while (!text.empty()) {
        ssize_t n = ::write(fd, text.data(), text.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return false;
        text.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

std::string parent_of(const std::string& path) {
    auto parent = std::filesystem::path(path).parent_path();
    return parent.empty() ? std::string(".") : parent.string();
}

// The file a write to `path` reaches: symbolic links followed; the last one
// may dangle (the shell's `>` creates its target too).
std::optional<std::string> follow_links(std::string path, int& err) {
    for (int hops = 0; hops < 40; ++hops) {
        struct stat st {};
        if (::lstat(path.c_str(), &st) != 0) {
            if (errno == ENOENT) return path;
            err = errno;
            return std::nullopt;
        }
        if (!S_ISLNK(st.st_mode)) return path;
        std::string target(4096, '\0');
        ssize_t n = ::readlink(path.c_str(), target.data(), target.size());
        if (n < 0 || static_cast<std::size_t>(n) == target.size()) {
            err = n < 0 ? errno : ENAMETOOLONG;
            return std::nullopt;
        }
        target.resize(static_cast<std::size_t>(n));
        auto dir = std::filesystem::path(path).parent_path();
        path = target.front() == '/' || dir.empty() ? target : (dir / target).string();
    }
    err = ELOOP;
    return std::nullopt;
}

// A device or a FIFO has no contents to replace, so nothing to make atomic.
bool write_directly(const std::string& target, std::string_view text, int& err) {
    int fd = ::open(target.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        err = errno;
        return false;
    }
    bool ok = write_all(fd, text);
    err = errno;
    if (::close(fd) != 0 && ok) ok = false, err = errno;
    return ok;
}

// Temporary file beside `target`, fsync, rename over it: a reader sees the old
// file or the new one, never a part of it. A replaced file keeps its mode and
// owner; one that cannot keep its owner is left alone.
bool replace_atomically(const std::string& target, const struct stat* existing, std::string_view text,
                        std::string& why, std::string& note) {
    // `>` refuses a read-only file; rename would not ask.
    if (existing && ::faccessat(AT_FDCWD, target.c_str(), W_OK, AT_EACCESS) != 0) {
        why = os_reason(errno);
        return false;
    }
    // Named after the target so a leftover says whose it is, but cut so the
    // name fits in NAME_MAX (255 bytes) even beside a 255-byte target name.
    std::string name = std::filesystem::path(target).filename().string();
    name.resize(std::min<std::size_t>(name.size(), 255 - std::string_view(".migc-XXXXXX").size() - 1));
    std::string tmp = fmt::format("{}/.{}.migc-XXXXXX", parent_of(target), name);
    int fd = ::mkstemp(tmp.data());
    if (fd < 0) {
        why = os_reason(errno);
        return false;
    }
    auto fail = [&](std::string message) {
        ::close(fd);
        ::unlink(tmp.c_str());
        why = std::move(message);
        return false;
    };
    if (!write_all(fd, text)) return fail(os_reason(errno));
    if (existing) {
        struct stat mine {};
        if (::fstat(fd, &mine) != 0) return fail(os_reason(errno));
        if ((mine.st_uid != existing->st_uid || mine.st_gid != existing->st_gid) &&
            ::fchown(fd, existing->st_uid, existing->st_gid) != 0) {
            std::string os = os_reason(errno);
            note = "remove it first, or write through it with `> FILE` (not atomic)";
            return fail(fmt::format("it belongs to uid {} gid {}, which a replacement cannot keep: {}",
                                    existing->st_uid, existing->st_gid, os));
        }
    }
    mode_t mode = 0;
    if (existing) {
        mode = existing->st_mode & 07777;
    } else {
        mode_t mask = ::umask(0);  // there is no way to read the umask without setting it
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    if (::fchmod(fd, mode) != 0 || ::fsync(fd) != 0) return fail(os_reason(errno));
    if (::close(fd) != 0) {
        why = os_reason(errno);
        ::unlink(tmp.c_str());
        return false;
    }
    if (::rename(tmp.c_str(), target.c_str()) != 0) {
        why = os_reason(errno);
        ::unlink(tmp.c_str());
        return false;
    }
    // The rename itself is durable once the directory is synced; a failure
    // here changes nothing the reader sees.
    if (int dir = ::open(parent_of(target).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
}

}  // namespace

std::string os_reason(int err) { return std::strerror(err); }

std::optional<std::string> read_file(const std::string& path, int& err) { return read_file_at(AT_FDCWD, path.c_str(), err); }

std::optional<std::string> read_file_at(int dir, const char* name, int& err, bool regular) {
    int fd = ::openat(dir, name, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        err = errno;
        return std::nullopt;
    }
    std::string text;
    if (regular) {
        // A revision is small: one read(2) into a buffer on the stack almost
        // always holds all of it (a short read is a regular file's end).
        constexpr std::size_t kChunk = 64 * 1024;
        char chunk[kChunk];
        ssize_t n;
        while ((n = ::read(fd, chunk, kChunk)) < 0 && errno == EINTR) {}
        if (n >= 0 && static_cast<std::size_t>(n) < kChunk) {
            ::close(fd);
            return std::string(chunk, static_cast<std::size_t>(n));
        }
        if (n > 0) text.assign(chunk, static_cast<std::size_t>(n));  // a big one: the rest below
        else if (n < 0) {
            err = errno;
            ::close(fd);
            return std::nullopt;
        }
    }
    // Straight into the string, sized by fstat. A regular file is read to a
    // short read (one read(2) for a file that keeps its size); anything else
    // (a pipe, size 0) to end of file.
    struct stat st {};
    regular = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    std::size_t used = text.size();
    text.resize(regular ? std::max(used, static_cast<std::size_t>(st.st_size)) + 1 : used + 4096);
    for (;;) {
        if (used == text.size()) text.resize(text.size() * 2 + 4096);
        ssize_t n = ::read(fd, text.data() + used, text.size() - used);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            err = errno;  // EISDIR for a directory
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0) break;
        used += static_cast<std::size_t>(n);
        if (regular && used < text.size()) break;
    }
    ::close(fd);
    text.resize(used);
    return text;
}

bool write_output_file(const std::string& path, std::string_view text, Diagnostics& diags) {
    int err = 0;
    auto target = follow_links(path, err);
    auto fail = [&](const std::string& why, std::string note = {}) {
        std::string through = target && *target != path ? fmt::format(" (a link to '{}')", *target) : std::string();
        Diagnostic& d = diags.error(DiagKind::Io, std::nullopt, fmt::format("cannot write '{}'{}: {}", path, through, why));
        if (!note.empty()) d.notes.push_back({std::nullopt, std::move(note)});
        return false;
    };
    if (!target) return fail(os_reason(err));

    struct stat st {};
    bool exists = ::stat(target->c_str(), &st) == 0;
    if (!exists && errno != ENOENT) return fail(os_reason(errno));
    if (exists && S_ISDIR(st.st_mode))
        return fail(os_reason(EISDIR), fmt::format("give a file name, e.g. -o {}/script.sql", path));
    if (exists && (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)))
        return write_directly(*target, text, err) || fail(os_reason(err));
    if (exists && !S_ISREG(st.st_mode)) return fail("it is not a regular file, a character device or a FIFO");
    std::string why, note;
    return replace_atomically(*target, exists ? &st : nullptr, text, why, note) || fail(why, note);
}

void prepare_standard_streams() {
    std::signal(SIGPIPE, SIG_IGN);
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
        if (fd == STDOUT_FILENO) stdout_was_closed = true;
        // open() takes the lowest free number, which is this one.
        ::open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY);
    }
}

bool write_stdout(std::string_view text, Diagnostics& diags) {
    if (text.empty()) return true;
    int err = EBADF;
    if (!stdout_was_closed && write_all(STDOUT_FILENO, text)) return true;
    if (!stdout_was_closed) err = errno;
    Diagnostic& d = diags.error(DiagKind::Io, std::nullopt, fmt::format("cannot write to standard output: {}", os_reason(err)));
    if (err == EPIPE)
        d.notes.push_back({std::nullopt, "the reader closed the pipe before the end of the output: it is incomplete"});
    else if (stdout_was_closed)
        d.notes.push_back({std::nullopt, "standard output is closed; give -o FILE or redirect it"});
    return false;
}

}  // namespace migc
