// The one translation unit that instantiates the X3 grammar (parser_def.hpp), and the
// driver around it: header fields, blocks, statement-by-statement error recovery.
// Never throws and never prints: every problem becomes a Diagnostic.
#include "grammar/parser.hpp"

#include "grammar/parser_def.hpp"

#include "compiler/utf8.hpp"

namespace migc::grammar {
namespace {

using detail::Iter;
using detail::ParseState;
using detail::skip_blank;
using detail::token_end;
namespace x3 = boost::spirit::x3;

const std::vector<std::string>& statement_keywords() {
    static const std::vector<std::string> words = {"create", "drop", "alter", "comment", "insert",
                                                   "update", "delete", "execute"};
    return words;
}
const std::vector<std::string>& header_keywords() {
    static const std::vector<std::string> words = {"revision", "revises",  "message",  "labels",
                                                   "depends_on", "created", "upgrade", "downgrade"};
    return words;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = to_lower(c);
    return out;
}

class Driver {
public:
    Driver(const SourceFiles& files, FileId file, const Variables& vars, Diagnostics& diags) : diags_(diags) {
        const std::string& text = files.text(file);
        st_.base = text.data();
        st_.end = text.data() + text.size();
        st_.file = file;
        st_.vars = &vars;
        st_.diags = &diags;
        errors_before_ = count_errors();
    }

    // A UTF-8 byte order mark (some Windows editors write one) is not text.
    Iter after_bom() const {
        return st_.end - st_.base >= 3 && std::string_view(st_.base, 3) == "\xEF\xBB\xBF" ? st_.base + 3 : st_.base;
    }

    bool failed() const { return count_errors() != errors_before_; }

    // On a syntax error after a good header, `partial` (when given) gets what
    // parsed, so that later stages can still check the other files.
    std::optional<ast::RevisionFile> revision_file(ast::RevisionFile* partial, bool header_only) {
        ast::RevisionFile file;
        bool header_ok = false;
        header_only_ = header_only;
        auto result = revision_file_into(file, header_ok);
        if (!result && header_ok && partial) *partial = std::move(file);
        return result;
    }

    std::optional<ast::RevisionFile> revision_file_into(ast::RevisionFile& file, bool& header_ok) {
        Iter p = header_at_start(file);
        header_ok = !failed();
        if (header_only_) {
            if (failed()) return std::nullopt;
            return std::move(file);
        }
        if (!blocks(p, file)) return std::nullopt;
        return std::move(file);
    }

    // The encoding check and the header; returns where the blocks begin.
    Iter header_at_start(ast::RevisionFile& file) {
        check_encoding();
        Iter p = after_bom();
        header(p, file);
        return p;
    }

    Iter at(std::uint32_t offset) const { return st_.base + offset; }
    std::uint32_t offset(Iter p) const { return st_.offset(p); }

    // Everything after the header: the upgrade and downgrade blocks. False
    // when the file had errors (its own or the header's).
    bool blocks(Iter p, ast::RevisionFile& file) {
        p = blank(p);
        if (at_word(p, "upgrade")) {
            file.has_upgrade = true;
            if (!block(p, "upgrade", file.upgrade, file.upgrade_span)) return false;
        }
        p = blank(p);
        if (at_word(p, "downgrade")) {
            Iter q = blank(p + 9);
            if (at_word(q, "irreversible")) {
                file.downgrade_kind = ast::DowngradeKind::Irreversible;
                file.downgrade_span = st_.span(p, q + 12);
                p = q + 12;
                if (!run(detail::must(x3::lit(';'), "';' after 'downgrade irreversible'"), p)) return false;
            } else {
                file.downgrade_kind = ast::DowngradeKind::Block;
                if (!block(p, "downgrade", file.downgrade, file.downgrade_span)) return false;
            }
        }
        p = blank(p);
        if (p != st_.end) {
            const char* what = file.downgrade_kind != ast::DowngradeKind::Missing ? "the end of the file after the downgrade block"
                               : file.has_upgrade ? "'downgrade' or the end of the file after the upgrade block"
                                                  : "'upgrade {' or 'downgrade'";
            report_expected(p, what);
        }
        return !failed();
    }

    std::optional<std::vector<ast::Statement>> statements() {
        std::vector<ast::Statement> out;
        check_encoding();
        Iter p = after_bom();
        for (;;) {
            p = blank(p);
            if (p == st_.end) break;
            if (*p == '}') {
                report_expected(p, "a statement");
                ++p;
                continue;
            }
            statement(p, out);
        }
        if (failed()) return std::nullopt;
        return out;
    }

private:
    // The text must be UTF-8: a stray byte would otherwise be copied into the
    // script (as part of an identifier or a literal). Each run of ill-formed
    // bytes is an error at its place, naming the bytes and their offset; the
    // parse goes on, so that the file's other errors are reported too.
    void check_encoding() {
        std::string_view text(st_.base, st_.end - st_.base);
        constexpr int kShown = 3;
        int runs = 0;
        std::size_t first_hidden = 0;
        for (std::size_t at = find_invalid_utf8(text); at != std::string_view::npos;) {
            std::size_t end = at + 1;
            while (end < text.size() && end - at < 8 && utf8_sequence_length(text, end) == 0) ++end;
            if (++runs <= kShown) {
                std::string bytes;
                for (std::size_t i = at; i < end; ++i)
                    bytes += fmt::format("{}0x{:02X}", i == at ? "" : " ", static_cast<unsigned char>(text[i]));
                diags_.error(DiagKind::Encoding, loc(st_.base + at, st_.base + end),
                             fmt::format("invalid UTF-8: byte{} {} at offset {}", end - at == 1 ? "" : "s", bytes, at))
                    .notes.push_back({std::nullopt, "migc reads source files as UTF-8: re-save the file as UTF-8"});
            } else if (runs == kShown + 1) {
                first_hidden = at;
            }
            at = find_invalid_utf8(text, end);
        }
        if (runs > kShown)
            diags_.error(DiagKind::Encoding, loc(st_.base + first_hidden, st_.base + first_hidden + 1),
                         fmt::format("invalid UTF-8: {} more run{} of ill-formed bytes from here on", runs - kShown,
                                     runs - kShown == 1 ? "" : "s"));
    }

    std::size_t count_errors() const {
        std::size_t n = 0;
        for (const auto& d : diags_.items()) n += d.severity == Severity::Error;
        return n;
    }

    Location loc(Iter b, Iter e) const { return Location{st_.file, st_.offset(b), st_.offset(e)}; }

    // Skips blanks; an unterminated /* comment is reported once and ends the input.
    Iter blank(Iter p) {
        try {
            return skip_blank(p, st_.end, true);
        } catch (const detail::SyntaxError& e) {
            report(e);
            return st_.end;
        }
    }

    bool at_word(Iter p, std::string_view word) const {  // `word` in lower case
        if (p == st_.end || to_lower(*p) != word.front()) return false;  // most tries, without the token's end
        Iter e = token_end(p, st_.end);
        return static_cast<std::size_t>(e - p) == word.size() &&
               std::equal(p, e, word.begin(), [](char a, char b) { return to_lower(a) == b; });
    }

    std::string describe(Iter p, Iter e) const {
        if (p == st_.end) return "end of file";
        std::string tok(p, e);
        if (auto nl = tok.find('\n'); nl != std::string::npos) tok = tok.substr(0, nl);
        if (tok.size() > 40) tok = tok.substr(0, 37) + "...";
        return "'" + tok + "'";
    }

    Diagnostic& report_expected(Iter where, const std::string& what) {
        Iter p = skip_blank(where, st_.end, false);
        Iter e = token_end(p, st_.end);
        return diags_.error(DiagKind::Syntax, loc(p, e), "expected " + what + ", found " + describe(p, e));
    }

    void report(const detail::SyntaxError& e) {
        auto& d = diags_.error(DiagKind::Syntax, loc(e.begin, e.end), e.message);
        for (const auto& n : e.notes) d.notes.push_back({std::nullopt, n});
    }

    // Runs one grammar rule at p with the skipper and the parse state; reports any
    // error. Returns whether it matched; p moves past the match (or to the error).
    template <class Parser, class Attr = x3::unused_type>
    bool run(Parser const& parser, Iter& p, Attr&& attr = {}) {
        Iter first = p;
        try {
            bool ok = x3::phrase_parse(first, st_.end, x3::with<detail::state_tag>(st_)[parser],
                                       detail::skipper_parser{}, attr);
            if (ok) p = first;
            return ok;
        } catch (const x3::expectation_failure<Iter>& e) {
            if (e.which().starts_with("';'")) {
                // A missing terminator belongs right after the last token, as in clang.
                Iter next = skip_blank(e.where(), st_.end, false);
                Iter after = next;
                while (after != st_.base && detail::is_space(after[-1])) --after;
                diags_.error(DiagKind::Syntax, loc(after, after), "expected " + e.which())
                    .notes.push_back({loc(next, token_end(next, st_.end)),
                                      "the next token, " + describe(next, token_end(next, st_.end)) + ", is here"});
            } else {
                report_expected(e.where(), e.which());
            }
            p = skip_blank(e.where(), st_.end, false);
        } catch (const detail::SyntaxError& e) {
            report(e);
            p = e.begin;
        } catch (const std::exception& e) {  // a bug, but the parser never throws
            diags_.error(DiagKind::Internal, loc(p, p), std::string("internal parser error: ") + e.what());
            p = st_.end;
        }
        error_ = true;
        return false;
    }

    // --- header ---------------------------------------------------------------------

    void header(Iter& p, ast::RevisionFile& file) {
        std::optional<ast::Span> seen[6];
        for (;;) {
            p = blank(p);
            if (p == st_.end || at_word(p, "upgrade") || at_word(p, "downgrade")) break;
            detail::HeaderField f;
            error_ = false;
            Iter start = p;
            if (run(detail::header_field, p, f)) {
                auto& prior = seen[static_cast<int>(f.kind)];
                if (prior) {
                    auto& d = diags_.error(DiagKind::Header, loc(st_.base + f.span.begin, st_.base + f.span.end),
                                           "duplicate header field '" + lower(std::string_view(start, token_end(start, st_.end) - start)) + "'");
                    d.notes.push_back({Location{st_.file, prior->begin, prior->end}, "first given here"});
                    continue;
                }
                prior = f.span;
                apply(f, file);
                continue;
            }
            // A field that was there but malformed is not also "missing".
            using HK = detail::HeaderField::Kind;
            if (at_word(start, "revision")) seen[static_cast<int>(HK::Revision)] = st_.span(start, start);
            if (at_word(start, "revises")) seen[static_cast<int>(HK::Revises)] = st_.span(start, start);
            if (!error_) {
                auto& d = report_expected(p, "a header field (revision, revises, message, labels, depends_on, created) or 'upgrade {'");
                suggest(d, p, header_keywords());
            }
            // Resume at the next header word, else at the next line.
            Iter q = skip_blank(p, st_.end, false);
            if (q != start && is_one_of(q, header_keywords())) {
                p = q;
                continue;
            }
            p = q;
            while (p != st_.end && *p != '\n') ++p;
        }
        auto missing = [&](const char* field, const char* example) {
            Iter e = token_end(skip_blank(st_.base, st_.end, false), st_.end);
            auto& d = diags_.error(DiagKind::Header, loc(st_.base, e == st_.base ? st_.base : e), std::string("missing '") + field + "' in the revision header");
            d.notes.push_back({std::nullopt, std::string("add a line such as '") + example + "'"});
        };
        if (!seen[static_cast<int>(detail::HeaderField::Kind::Revision)]) missing("revision", "revision a1b2c3d4e5f6");
        if (!seen[static_cast<int>(detail::HeaderField::Kind::Revises)]) missing("revises", "revises none");
    }

    static void apply(detail::HeaderField& f, ast::RevisionFile& file) {
        using K = detail::HeaderField::Kind;
        switch (f.kind) {
        case K::Revision: file.revision = std::move(f.ids.front()); break;
        case K::Revises: file.revises = std::move(f.ids); file.revises_span = f.span; break;
        case K::Message: file.message = std::move(f.text); break;
        case K::Labels: file.labels = std::move(f.ids); break;
        case K::DependsOn: file.depends_on = std::move(f.ids); break;
        case K::Created: file.created = std::move(f.text); break;
        }
    }

    // --- blocks and statements -----------------------------------------------------

    // `upgrade { statements }`: false only if the block could not be opened.
    bool block(Iter& p, const char* keyword, std::vector<ast::Statement>& out, ast::Span& span) {
        // The openers are made once: the message is a string, and a block is
        // opened twice a revision.
        static const auto open_upgrade = detail::must(x3::lit('{'), "'{' after 'upgrade'");
        static const auto open_downgrade = detail::must(x3::lit('{'), "'{' after 'downgrade'");
        const bool upgrade = std::string_view(keyword) == "upgrade";
        Iter start = p;
        p += std::string_view(keyword).size();
        if (!run(upgrade ? open_upgrade : open_downgrade, p)) return false;
        Iter open = skip_blank(start + std::string_view(keyword).size(), st_.end, false);
        for (;;) {
            p = blank(p);
            if (p == st_.end) {
                auto& d = report_expected(p, std::string("'}' to close the ") + keyword + " block");
                d.notes.push_back({loc(open, open + 1), std::string("the ") + keyword + " block opens here"});
                span = st_.span(start, p);
                return true;
            }
            if (*p == '}') {
                ++p;
                span = st_.span(start, p);
                return true;
            }
            statement(p, out);
        }
    }

    void statement(Iter& p, std::vector<ast::Statement>& out) {
        ast::Statement s;
        Iter start = p;
        error_ = false;
        if (run(detail::statement, p, s)) {
            out.push_back(std::move(s));
            return;
        }
        if (!error_) {
            auto& d = report_expected(p, "a statement");
            suggest(d, p, statement_keywords());
        }
        recover(p, start);
    }

    // After an error at p: resume at p if a statement starts there (a missing ';'),
    // else skip past the next ';' or up to the '}' closing the block.
    void recover(Iter& p, Iter start) {
        p = skip_blank(p, st_.end, false);
        if (p != start && is_one_of(p, statement_keywords())) return;
        while (p != st_.end) {
            char c = *p;
            if (c == ';') {
                ++p;
                return;
            }
            if (c == '}') {
                if (p == start) ++p;  // a stray '}' at top level: step over it
                return;
            }
            Iter e = token_end(p, st_.end);
            if (c == '$' && st_.end - p >= 2 && p[1] == '{') {  // ${var}: its '}' closes no block
                Iter q = std::find(p + 2, st_.end, '}');
                e = q == st_.end ? q : q + 1;
            } else if (c == '$' && e - p == 2 && p[1] == '$') {  // skip $$ raw text $$ whole
                Iter q = p + 2;
                while (st_.end - q >= 2 && !(q[0] == '$' && q[1] == '$')) ++q;
                e = st_.end - q >= 2 ? q + 2 : st_.end;
            } else if ((c == '\'' || c == '"')) {  // strings may span lines
                Iter q = p + 1;
                while (q != st_.end && !(*q == c && !(q + 1 != st_.end && q[1] == c))) q += (*q == c) ? 2 : 1;
                e = q == st_.end ? q : q + 1;
            }
            p = skip_blank(e, st_.end, false);
        }
    }

    bool is_one_of(Iter p, const std::vector<std::string>& words) const {
        Iter e = token_end(p, st_.end);
        std::string w = lower(std::string_view(p, e - p));
        return std::find(words.begin(), words.end(), w) != words.end();
    }

    void suggest(Diagnostic& d, Iter p, const std::vector<std::string>& words) {
        p = skip_blank(p, st_.end, false);
        Iter e = token_end(p, st_.end);
        if (p == e || !detail::is_ident_start(*p)) return;
        if (auto m = closest_match(lower(std::string_view(p, e - p)), words))
            d.notes.push_back({std::nullopt, "did you mean '" + *m + "'?"});
    }

    ParseState st_;
    Diagnostics& diags_;
    std::size_t errors_before_ = 0;
    bool error_ = false;  // the last run() reported its own error
    bool header_only_ = false;
};

}  // namespace

std::optional<ast::RevisionFile> parse_revision_file(const SourceFiles& files, FileId file, const Variables& vars,
                                                     Diagnostics& diags, ast::RevisionFile* partial, bool header_only) {
    Driver driver(files, file, vars, diags);
    return driver.revision_file(partial, header_only);
}

std::optional<std::uint32_t> parse_revision_header(const SourceFiles& files, FileId file, const Variables& vars,
                                                   Diagnostics& diags, ast::RevisionFile& out) {
    Driver driver(files, file, vars, diags);
    auto p = driver.header_at_start(out);
    if (!driver.failed()) return driver.offset(p);
    ast::RevisionFile rest;  // for the blocks' own errors only: the file is unusable
    driver.blocks(p, rest);
    return std::nullopt;
}

bool parse_revision_blocks(const SourceFiles& files, FileId file, const Variables& vars, Diagnostics& diags,
                           ast::RevisionFile& rev, std::uint32_t blocks_at) {
    Driver driver(files, file, vars, diags);
    return driver.blocks(driver.at(blocks_at), rev);
}

std::optional<std::vector<ast::Statement>> parse_statements(const SourceFiles& files, FileId file,
                                                            const Variables& vars, Diagnostics& diags) {
    Driver driver(files, file, vars, diags);
    return driver.statements();
}

}  // namespace migc::grammar
