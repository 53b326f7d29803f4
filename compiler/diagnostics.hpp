// One diagnostics type for every stage, from the parser to the emitters (SPEC 6).
// Stages report into a Diagnostics sink and keep going; nothing here throws.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace migc {

using FileId = std::uint32_t;

// The text of every file read in a run, with a line table for locating offsets
// (built on first use: most files never have a diagnostic).
class SourceFiles {
public:
    FileId add(std::string path, std::string text);
    void reserve(std::size_t n) { files_.reserve(n); }
    // For loaders that register files first and fill them in from several threads.
    void set_text(FileId id, std::string text);
    const std::string& path(FileId id) const { return files_[id].path; }
    const std::string& text(FileId id) const { return files_[id].text; }
    std::size_t size() const { return files_.size(); }

    struct LineCol {
        std::uint32_t line;    // 1-based
        std::uint32_t column;  // 1-based, in bytes
    };
    LineCol locate(FileId id, std::uint32_t offset) const;
    std::string_view line_text(FileId id, std::uint32_t line) const;

private:
    struct File {
        std::string path;
        std::string text;
        mutable std::vector<std::uint32_t> line_starts;  // empty until first needed
    };
    const std::vector<std::uint32_t>& line_starts(const File& f) const;
    std::vector<File> files_;
};

struct Location {
    FileId file = 0;
    std::uint32_t begin = 0;  // byte offsets into the file
    std::uint32_t end = 0;
};

enum class Severity { Error, Warning, Note };

// What a diagnostic is about, by a stable name (compiler/diagnostic_kinds.def).
enum class DiagKind : std::uint8_t {
#define MIGC_DIAG(id, name, summary) id,
#include "compiler/diagnostic_kinds.def"
#undef MIGC_DIAG
};
std::string_view kind_name(DiagKind kind);
std::optional<DiagKind> kind_named(std::string_view name);

struct Note {
    std::optional<Location> where;
    std::string message;
};

struct Diagnostic {
    Severity severity = Severity::Error;
    DiagKind kind = DiagKind::Internal;
    std::optional<Location> where;  // absent for errors about no one place (a bad option)
    std::string message;
    std::vector<Note> notes;
};

class Diagnostics {
public:
    Diagnostic& error(DiagKind kind, std::optional<Location> where, std::string message);
    Diagnostic& warning(DiagKind kind, std::optional<Location> where, std::string message);
    void add(Diagnostic d) { items_.push_back(std::move(d)); }
    // `ds` before the item at `at`: for what was found on another thread.
    void insert(std::size_t at, std::vector<Diagnostic> ds) {
        items_.insert(items_.begin() + static_cast<std::ptrdiff_t>(at), std::make_move_iterator(ds.begin()),
                      std::make_move_iterator(ds.end()));
    }

    bool has_errors() const;
    const std::vector<Diagnostic>& items() const { return items_; }

    // `file:line:col: error: message`, the source line, a caret with `~` under
    // the rest of the range, then `note:` lines. A warning names its kind, as
    // clang names its -W flag, since that is what a suppression would name.
    // Colour only when asked. After `max_errors` errors (0: no limit) it
    // stops, with a line saying how many more errors there were, as clang's
    // "too many errors emitted".
    std::string render(const SourceFiles& files, bool color, std::size_t max_errors = 0) const;

private:
    std::vector<Diagnostic> items_;
};

// "did you mean" helper: the candidate closest to `word` by edit distance, if close enough.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace migc
