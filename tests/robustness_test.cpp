// Robustness (issue #15, #16): UTF-8 validation of source files, control
// characters in diagnostics, CR-only line endings, NUL bytes in raw text, and
// SQLite literals that survive the sqlite3 shell.
#include <catch2/catch.hpp>

#include "compiler/sema/checker.hpp"
#include "compiler/utf8.hpp"
#include "dialects/dialect.hpp"
#include "grammar/parser.hpp"

using namespace migc;

namespace {

struct Parsed {
    SourceFiles files;
    Diagnostics diags;
    bool ok = false;
    std::string rendered() const { return diags.render(files, false); }
};

Parsed parse(const std::string& text) {
    Parsed p;
    FileId id = p.files.add("v.mig", text);
    p.ok = grammar::parse_statements(p.files, id, {}, p.diags).has_value();
    return p;
}

struct Emitted {
    std::string sql, errors;
};

Emitted emit(const std::string& dialect_name, const std::string& text) {
    SourceFiles files;
    Diagnostics diags;
    FileId id = files.add("t.mig", text);
    Emitted out;
    auto stmts = grammar::parse_statements(files, id, {}, diags);
    REQUIRE(stmts);
    auto dialect = make_dialect(DialectOptions{dialect_name}, diags);
    SchemaModel model;
    Checker checker(model, SemaOptions{dialect->facts().max_identifier_bytes, dialect->facts().builtin_schemas}, diags);
    for (const auto& stmt : *stmts)
        for (const auto& op : checker.check(stmt, id))
            for (const auto& piece : dialect->emit(op, diags)) out.sql += piece.text + "\n";
    out.errors = diags.render(files, false);
    return out;
}

}  // namespace

TEST_CASE("UTF-8 validation finds every ill-formed sequence", "[utf8]") {
    const auto npos = std::string_view::npos;
    CHECK(find_invalid_utf8("plain ascii") == npos);
    CHECK(find_invalid_utf8("Zürich ✓ 😀 \xF4\x8F\xBF\xBF") == npos);  // up to U+10FFFF
    CHECK(find_invalid_utf8("ab\xFF\xFE") == 2);
    CHECK(find_invalid_utf8("\x80") == 0);              // stray continuation byte
    CHECK(find_invalid_utf8("a\xC0\xAF") == 1);         // overlong '/'
    CHECK(find_invalid_utf8("a\xE0\x80\xAF") == 1);     // overlong, three bytes
    CHECK(find_invalid_utf8("a\xED\xA0\x80") == 1);     // surrogate
    CHECK(find_invalid_utf8("a\xF4\x90\x80\x80") == 1); // above U+10FFFF
    CHECK(find_invalid_utf8("caf\xC3") == 3);           // truncated at the end
    CHECK(find_invalid_utf8("\xC3\xA9\xC3(", 2) == 2);
    // ASCII is skipped a word at a time: a bad byte anywhere in or after one.
    CHECK(find_invalid_utf8("0123456789abcdef\xFF") == 16);
    CHECK(find_invalid_utf8("0123\xFF" "5678901234567") == 4);
    CHECK(find_invalid_utf8("01234567\xC3\xA9xyz0123456\xFF") == 20);
    CHECK(find_invalid_utf8("0123456789abcdef\xC3\xA9", 3) == npos);
}

TEST_CASE("escape_for_terminal shows control characters and stray bytes escaped", "[utf8]") {
    CHECK(escape_for_terminal("a\x01" "b\x1b[2J\x7f") == "a\\x01b\\x1B[2J\\x7F");
    CHECK(escape_for_terminal("tab\there\r\n") == "tab\\there\\r\\n");
    CHECK(escape_for_terminal("\xFF\xFE id") == "\\xFF\\xFE id");
    CHECK(escape_for_terminal("\xC2\x9B" "31m") == "\\u009B31m");  // C1 CSI
    CHECK(escape_for_terminal("Zürich ✓") == "Zürich ✓");
}

TEST_CASE("an identifier with bytes 0xFF 0xFE is an error naming its offset", "[utf8]") {
    Parsed p = parse("create table t (\xFF\xFEid int);");
    CHECK_FALSE(p.ok);
    CHECK(p.rendered().find("v.mig:1:17: error: invalid UTF-8: bytes 0xFF 0xFE at offset 16") != std::string::npos);
    // The excerpt shows '?' in their place, never the raw bytes.
    CHECK(p.rendered().find("create table t (??id int);") != std::string::npos);
}

TEST_CASE("control characters in messages are escaped", "[diagnostics]") {
    Parsed p = parse("drop table t \x01;");
    CHECK_FALSE(p.ok);
    CHECK(p.rendered().find("the next token, '\\x01', is here") != std::string::npos);
    for (char c : p.rendered()) CHECK((static_cast<unsigned char>(c) >= 0x20 || c == '\n'));
}

TEST_CASE("CR-only files are located with the right line numbers", "[diagnostics]") {
    Parsed p = parse("drop table a;\r-- a comment\rdrop table;\r");
    CHECK_FALSE(p.ok);
    CHECK(p.rendered().rfind("v.mig:3:11: error: expected a name", 0) == 0);
    SourceFiles f;
    FileId id = f.add("x", "a\rb\r\nc\nd");
    CHECK(f.locate(id, 2).line == 2);
    CHECK(f.locate(id, 5).line == 3);
    CHECK(f.locate(id, 7).line == 4);
    CHECK(f.line_text(id, 2) == "b");
}

TEST_CASE("a NUL byte in raw text is an error at the byte", "[grammar]") {
    Parsed p = parse(std::string("execute $$ select 1\0 $$; execute $$ select 2 $$;", 48));
    CHECK_FALSE(p.ok);
    CHECK(p.diags.items().size() == 1);
    CHECK(p.rendered().rfind("v.mig:1:20: error: NUL byte inside $$ raw text", 0) == 0);
}

TEST_CASE("a comma that no list item follows is reported as such", "[grammar]") {
    Parsed p = parse("delete from t where a in (1, );");
    CHECK(p.rendered().rfind("v.mig:1:30: error: expected another item after ',', found ')'", 0) == 0);
    Parsed q = parse("alter table t add constraint uq unique;");
    CHECK(q.rendered().rfind("v.mig:1:39: error: expected '(' and the constraint's columns, found ';'", 0) == 0);
}

TEST_CASE("SQLite literals spell control characters as char(N)", "[literal][sqlite]") {
    Diagnostics diags;
    auto lite = [&](const std::string& text) { return make_dialect(DialectOptions{"sqlite"}, diags)->render_string_literal(text); };
    CHECK(lite("plain 'q'\ttab\nline") == "'plain ''q''\ttab\nline'");
    CHECK(lite("a\r\nb") == "('a' || char(13) || '\nb')");  // LF stays as it is
    CHECK(lite("\r") == "(char(13))");
    CHECK(lite("x\x01y\x1b") == "('x' || char(1) || 'y' || char(27))");
    CHECK(lite("\x7f") == "(char(127))");
    // PostgreSQL keeps every byte (psql passes CR LF through).
    CHECK(make_dialect(DialectOptions{"postgresql"}, diags)->render_string_literal("a\r\nb") == "'a\r\nb'");
}

TEST_CASE("SQLite defaults, data and parameters with CR stay one operand", "[literal][sqlite]") {
    auto out = emit("sqlite", "create table t (a text default 'x\r\ny');\n"
                              "insert into t (a) values ('1\r2');\n"
                              "execute $$ UPDATE t SET a = :v $$ with (v = 'p\rq');\n");
    CHECK(out.errors.empty());
    CHECK(out.sql.find("a TEXT DEFAULT ('x' || char(13) || '\ny')") != std::string::npos);
    CHECK(out.sql.find("VALUES (('1' || char(13) || '2'))") != std::string::npos);
    CHECK(out.sql.find("UPDATE t SET a = ('p' || char(13) || 'q')") != std::string::npos);
    CHECK(out.sql.find('\r') == std::string::npos);
}

TEST_CASE("a SQLite name holding CR LF is a compile error; a lone CR passes", "[sqlite]") {
    auto bad = emit("sqlite", "create table \"a\r\nb\" (c int);");
    CHECK(bad.sql.empty());
    CHECK(bad.errors.find("t.mig:1:1: error: sqlite: the name \"a\\r\\nb\" holds CR LF") != std::string::npos);
    auto col = emit("sqlite", "create table t (\"c\r\nd\" int);");
    CHECK(col.errors.find("holds CR LF") != std::string::npos);
    auto lone = emit("sqlite", "create table \"a\rb\" (c int);");
    CHECK(lone.errors.empty());
    CHECK(lone.sql.find("CREATE TABLE \"a\rb\"") != std::string::npos);
    CHECK(emit("postgresql", "create table \"a\r\nb\" (c int);").errors.empty());
}
