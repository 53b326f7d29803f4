// Rendering of diagnostics: clang's layout (file:line:col, source line, caret, notes).
#include "compiler/diagnostics.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "compiler/utf8.hpp"

namespace migc {

FileId SourceFiles::add(std::string path, std::string text) {
    files_.push_back(File{std::move(path), std::move(text), {}});
    return static_cast<FileId>(files_.size() - 1);
}

void SourceFiles::set_text(FileId id, std::string text) {
    files_[id].text = std::move(text);
    files_[id].line_starts.clear();
}

const std::vector<std::uint32_t>& SourceFiles::line_starts(const File& f) const {
    if (!f.line_starts.empty()) return f.line_starts;
    f.line_starts.push_back(0);
    // A line ends at LF, CR LF, or a lone CR (old Mac files): all three count.
    for (std::uint32_t i = 0; i < f.text.size(); ++i)
        if (f.text[i] == '\n' || (f.text[i] == '\r' && (i + 1 == f.text.size() || f.text[i + 1] != '\n')))
            f.line_starts.push_back(i + 1);
    return f.line_starts;
}

SourceFiles::LineCol SourceFiles::locate(FileId id, std::uint32_t offset) const {
    const auto& starts = line_starts(files_[id]);
    auto it = std::upper_bound(starts.begin(), starts.end(), offset);
    auto line = static_cast<std::uint32_t>(it - starts.begin());  // >= 1 since starts[0] == 0
    return {line, offset - starts[line - 1] + 1};
}

std::string_view SourceFiles::line_text(FileId id, std::uint32_t line) const {
    const File& f = files_[id];
    const auto& starts = line_starts(f);
    std::uint32_t begin = starts[line - 1];
    std::uint32_t end = line < starts.size() ? starts[line] : f.text.size();
    std::string_view s(f.text.data() + begin, end - begin);
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

namespace {

constexpr std::string_view kKindNames[] = {
#define MIGC_DIAG(id, name, summary) name,
#include "compiler/diagnostic_kinds.def"
#undef MIGC_DIAG
};

}  // namespace

std::string_view kind_name(DiagKind kind) { return kKindNames[static_cast<std::size_t>(kind)]; }

std::optional<DiagKind> kind_named(std::string_view name) {
    auto it = std::find(std::begin(kKindNames), std::end(kKindNames), name);
    if (it == std::end(kKindNames)) return std::nullopt;
    return static_cast<DiagKind>(it - std::begin(kKindNames));
}

Diagnostic& Diagnostics::error(DiagKind kind, std::optional<Location> where, std::string message) {
    items_.push_back({Severity::Error, kind, where, std::move(message), {}});
    return items_.back();
}

Diagnostic& Diagnostics::warning(DiagKind kind, std::optional<Location> where, std::string message) {
    items_.push_back({Severity::Warning, kind, where, std::move(message), {}});
    return items_.back();
}

bool Diagnostics::has_errors() const {
    return std::any_of(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

namespace {

struct Palette {
    std::string_view bold, red, magenta, cyan, green, reset;
};

const Palette& palette(bool color) {
    static const Palette on{"\x1b[1m", "\x1b[1;31m", "\x1b[1;35m", "\x1b[1;36m", "\x1b[1;32m", "\x1b[0m"};
    static const Palette off{};
    return color ? on : off;
}

void render_excerpt(fmt::memory_buffer& out, const SourceFiles& files, const Location& loc, const Palette& p) {
    auto lc = files.locate(loc.file, loc.begin);
    std::string_view line = files.line_text(loc.file, lc.line);
    // A generated file may have megabyte lines: show a window around the caret.
    constexpr std::size_t kContext = 80;
    if (line.size() > 3 * kContext) {
        std::size_t from = lc.column - 1 > kContext ? lc.column - 1 - kContext : 0;
        while (from > 0 && (static_cast<unsigned char>(line[from]) & 0xC0) == 0x80) --from;  // not mid-character
        line = line.substr(from, 2 * kContext);
        lc.column -= static_cast<std::uint32_t>(from);
    }
    std::string gutter = fmt::format("{:>5}", lc.line);
    // Control bytes (a NUL in a string literal) would cut or garble the
    // terminal line, and bytes that are not UTF-8 would show as anything: one
    // column each, byte for byte, so that the caret below still lines up.
    std::string shown(line);
    for (std::size_t i = 0; i < shown.size();) {
        auto c = static_cast<unsigned char>(shown[i]);
        std::size_t n = c < 0x80 ? 1 : utf8_sequence_length(shown, i);
        if (c == 0x7F || (c < 0x20 && c != '\t')) shown[i] = ' ';
        if (n == 0) shown[i] = '?';
        i += n == 0 ? 1 : n;
    }
    fmt::format_to(std::back_inserter(out), "{} | {}\n", gutter, shown);
    line = shown;
    // The caret line mirrors tabs and counts characters, not bytes (UTF-8
    // continuation bytes take no column), so it stays under the source.
    auto is_char_start = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; };
    std::string pad;
    for (std::uint32_t i = 0; i + 1 < lc.column && i < line.size(); ++i)
        if (is_char_start(line[i])) pad += line[i] == '\t' ? '\t' : ' ';
    std::size_t start = lc.column - 1;
    std::size_t bytes = loc.end > loc.begin ? loc.end - loc.begin : 1;
    bytes = std::min(bytes, line.size() > start ? line.size() - start : std::size_t{0});
    std::size_t len = 0;
    for (std::size_t i = start; i < start + bytes; ++i) len += is_char_start(line[i]) ? 1 : 0;
    if (len == 0) len = 1;
    fmt::format_to(std::back_inserter(out), "{} | {}{}^{}{}\n", std::string(gutter.size(), ' '), pad, p.green,
                   std::string(len - 1, '~'), p.reset);
}

void render_location(fmt::memory_buffer& out, const SourceFiles& files, const Location& loc) {
    auto lc = files.locate(loc.file, loc.begin);
    fmt::format_to(std::back_inserter(out), "{}:{}:{}: ", escape_for_terminal(files.path(loc.file)), lc.line, lc.column);
}

}  // namespace

std::string Diagnostics::render(const SourceFiles& files, bool color, std::size_t max_errors) const {
    const Palette& p = palette(color);
    fmt::memory_buffer out;
    std::size_t errors = 0;
    for (const Diagnostic& d : items_) {
        if (max_errors != 0 && errors == max_errors && d.severity == Severity::Error) {
            std::size_t more = 0;
            for (const Diagnostic& rest : items_) more += rest.severity == Severity::Error;
            more -= errors;
            fmt::format_to(std::back_inserter(out),
                           "{}{}error:{} {}too many errors emitted, stopping now: {} more error{} not shown "
                           "(--max-errors {}; 0 shows all){}\n",
                           p.bold, p.red, p.reset, p.bold, more, more == 1 ? "" : "s", max_errors, p.reset);
            break;
        }
        errors += d.severity == Severity::Error;
        fmt::format_to(std::back_inserter(out), "{}", p.bold);
        if (d.where) render_location(out, files, *d.where);
        std::string_view sev = d.severity == Severity::Error ? "error" : d.severity == Severity::Warning ? "warning" : "note";
        std::string_view sev_color = d.severity == Severity::Error ? p.red : d.severity == Severity::Warning ? p.magenta : p.cyan;
        // Messages quote the input ("found '...'", names): its control
        // characters are shown escaped (\x01), never sent to the terminal.
        fmt::format_to(std::back_inserter(out), "{}{}:{} {}{}", sev_color, sev, p.reset, p.bold,
                       escape_for_terminal(d.message));
        if (d.severity == Severity::Warning) fmt::format_to(std::back_inserter(out), " [{}]", kind_name(d.kind));
        fmt::format_to(std::back_inserter(out), "{}\n", p.reset);
        if (d.where) render_excerpt(out, files, *d.where, p);
        for (const Note& n : d.notes) {
            if (n.where) {
                fmt::format_to(std::back_inserter(out), "{}", p.bold);
                render_location(out, files, *n.where);
                fmt::format_to(std::back_inserter(out), "{}", p.reset);
            }
            fmt::format_to(std::back_inserter(out), "{}note:{} {}\n", p.cyan, p.reset, escape_for_terminal(n.message));
            if (n.where) render_excerpt(out, files, *n.where, p);
        }
    }
    return fmt::to_string(out);
}

std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates) {
    // Edit distance with adjacent transpositions ('emial' is one edit from 'email').
    auto distance = [](std::string_view a, std::string_view b) {
        std::vector<std::size_t> before(b.size() + 1), prev(b.size() + 1), row(b.size() + 1);
        for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
        for (std::size_t i = 1; i <= a.size(); ++i) {
            row[0] = i;
            for (std::size_t j = 1; j <= b.size(); ++j) {
                row[j] = std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) row[j] = std::min(row[j], before[j - 2] + 1);
            }
            std::swap(before, prev);
            std::swap(prev, row);
        }
        return prev[b.size()];
    };
    std::optional<std::string> best;
    // Suggestions are for names a person typed: a huge one (a generated or
    // corrupt file) would make this quadratic for nothing.
    if (word.size() > 64) return best;
    std::size_t best_d = std::max<std::size_t>(1, word.size() / 3) + 1;
    for (const auto& c : candidates) {
        std::size_t gap = c.size() > word.size() ? c.size() - word.size() : word.size() - c.size();
        if (gap >= best_d) continue;  // the distance is at least the length difference
        std::size_t d = distance(word, c);
        if (d < best_d) best_d = d, best = c;
    }
    return best;
}

}  // namespace migc
