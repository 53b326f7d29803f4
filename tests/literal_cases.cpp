// Generates the literal and identifier round trip of tests/literals.sh
// (issue #15 item 6, #16 item 1): random strings full of what breaks
// quoting (quotes, backslashes, $$ and $migc$, comment starters, ';', CR,
// LF, TAB, every C0 control, all Unicode planes, combining and RTL marks) as
// data in insert, update, defaults, comments and `execute ... with`
// parameters, as enum labels (PostgreSQL), and as quoted column names. For each dialect it writes a
// project, the SQL that reads every value back as `key<TAB>HEX` lines, and
// the lines expected.
//
//   migc_literal_cases SEED COUNT OUTDIR
//     OUTDIR/<dialect>/migrations/versions/0001_literals.mig
//     OUTDIR/<dialect>/readback.sql, OUTDIR/<dialect>/expected
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <random>
#include <set>

#include "compiler/utf8.hpp"
#include <string>
#include <vector>

namespace {

using migc::append_utf8;

// mt19937_64's output is fixed by the standard; distributions are not, so
// only `rng() % n` is used: the same seed gives the same strings everywhere.
struct Rng {
    std::mt19937_64 engine;
    std::uint64_t below(std::uint64_t n) { return engine() % n; }
};


// One piece of a random string.
void add_piece(Rng& rng, std::string& s) {
    static const char* const tricky[] = {"'",  "''", "\"", "\\", "\\'", "$$", "$migc$", "$1$", "--", "/*", "*/", ";",
                                         "\n", "\r", "\r\n", "\n\r", "\t", " ", ":v", ":id", "::text", "${x}", "%",
                                         "%%", "%s", "?", "`", "[", "]", "E'", "U&'", "\\x00", "char(13)", "||"};
    static const std::uint32_t marks[] = {0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067,
                                          0x2068, 0x2069, 0x061C, 0x200D, 0x200C, 0xFEFF, 0x00AD, 0x2028, 0x2029,
                                          0x0301, 0x0308, 0x0327, 0x20D0, 0x1AB0, 0xFFFD, 0xFFFE, 0xFFFF, 0x10FFFF};
    switch (rng.below(10)) {
        case 0:
        case 1:
        case 2: s += static_cast<char>("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ "[rng.below(64)]); break;
        case 3:
        case 4: s += tricky[rng.below(std::size(tricky))]; break;
        case 5: {  // a C0 control other than NUL, or DEL
            std::uint64_t c = rng.below(32);
            s += static_cast<char>(c == 0 ? 0x7F : c);
            break;
        }
        case 6: append_utf8(s, marks[rng.below(std::size(marks))]); break;
        case 7: append_utf8(s, 0x80 + static_cast<std::uint32_t>(rng.below(0x780))); break;  // C1, Latin, Greek ... Arabic
        case 8: {  // the rest of the BMP, surrogates excepted
            auto cp = 0x800 + static_cast<std::uint32_t>(rng.below(0x10000 - 0x800));
            append_utf8(s, cp >= 0xD800 && cp <= 0xDFFF ? cp - 0x800 : cp);
            break;
        }
        default: append_utf8(s, 0x10000 + static_cast<std::uint32_t>(rng.below(0x100000))); break;  // planes 1-16
    }
}

std::string random_string(Rng& rng, std::size_t max_pieces) {
    std::string s;
    for (std::uint64_t n = rng.below(max_pieces + 1); n > 0; --n) add_piece(rng, s);
    return s;
}

// At most `limit` bytes, cut at a character boundary.
std::string cut(std::string s, std::size_t limit) {
    if (s.size() <= limit) return s;
    std::size_t end = limit;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    return s.substr(0, end);
}

std::string quote_with(const std::string& s, char q) {
    std::string out(1, q);
    for (char c : s) {
        if (c == q) out += q;
        out += c;
    }
    return out + q;
}
std::string lit(const std::string& s) { return quote_with(s, '\''); }

std::string hex(const std::string& s) {
    std::string out;
    for (unsigned char c : s) out += fmt::format("{:02X}", c);
    return out;
}

std::string ascii_lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

struct Cases {
    std::vector<std::string> inserted, updated, executed, defaults, comments, names;
    std::vector<std::vector<std::string>> labels;  // three distinct labels per enum (PostgreSQL)
};

void write_file(const std::filesystem::path& path, const std::string& text) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << text;
}

void write_dialect(const Cases& c, const std::filesystem::path& dir, bool postgresql) {
    constexpr std::size_t kColumns = 40;
    std::string mig = "revision a1b2c3d4e5f6\nrevises none\nmessage \"literal round trip\"\n\nupgrade {\n";
    mig += "    create table vals (id integer primary key, v text);\n";
    for (std::size_t i = 0; i < c.inserted.size(); i += 100) {
        mig += "    insert into vals (id, v) values";
        for (std::size_t j = i; j < std::min(i + 100, c.inserted.size()); ++j)
            mig += fmt::format("{}\n        ({}, {})", j == i ? "" : ",", j, lit(c.inserted[j]));
        mig += ";\n";
    }
    for (std::size_t i = 0; i < c.updated.size(); ++i) {
        mig += fmt::format("    insert into vals (id, v) values ({}, 'before');\n", 100000 + i);
        mig += fmt::format("    update vals set v = {} where id = {};\n", lit(c.updated[i]), 100000 + i);
    }
    for (std::size_t i = 0; i < c.executed.size(); ++i)
        mig += fmt::format("    execute $$ INSERT INTO vals (id, v) VALUES (:id, :v) $$ with (id = {}, v = {});\n", 200000 + i,
                           lit(c.executed[i]));
    // Defaults (and comments on the same columns), kColumns to a table.
    std::size_t tables = (c.defaults.size() + kColumns - 1) / kColumns;
    for (std::size_t t = 0; t < tables; ++t) {
        mig += fmt::format("    create table defs_{} (\n        id integer primary key", t);
        for (std::size_t k = t * kColumns; k < std::min((t + 1) * kColumns, c.defaults.size()); ++k)
            mig += fmt::format(",\n        d{} text default {} comment {}", k, lit(c.defaults[k]), lit(c.comments[k]));
        mig += "\n    );\n";
        mig += fmt::format("    comment on table defs_{} is {};\n", t, lit(c.comments[t * kColumns]));
        mig += fmt::format("    insert into defs_{} (id) values (1);\n", t);
    }
    // Quoted names, kColumns to a table; SQLite cannot take CR LF in a name.
    std::vector<std::vector<std::string>> name_tables;
    std::set<std::string> seen;
    for (const auto& n : c.names) {
        if (!postgresql && n.find("\r\n") != std::string::npos) continue;
        if (name_tables.empty() || name_tables.back().size() == kColumns) name_tables.emplace_back(), seen.clear();
        if (!seen.insert(ascii_lower(n)).second) continue;  // SQLite compares ASCII names case-insensitively
        name_tables.back().push_back(n);
    }
    for (std::size_t t = 0; t < name_tables.size(); ++t) {
        mig += fmt::format("    create table names_{} (\n", t);
        for (std::size_t k = 0; k < name_tables[t].size(); ++k)
            mig += fmt::format("{}        {} integer", k ? ",\n" : "", quote_with(name_tables[t][k], '"'));
        mig += "\n    );\n";
    }
    // PostgreSQL: enum labels, and a value added and used in the same
    // transaction (migc commits in between, with a comment naming the label).
    for (std::size_t e = 0; postgresql && e < c.labels.size(); ++e) {
        const auto& l = c.labels[e];
        mig += fmt::format("    create type enum_{} as enum ({}, {});\n", e, lit(l[0]), lit(l[1]));
        mig += fmt::format("    alter type enum_{} add value {};\n", e, lit(l[2]));
        mig += fmt::format("    create table enum_use_{} (v enum_{} default {});\n", e, e, lit(l[2]));
        mig += fmt::format("    insert into enum_use_{} (v) values ({});\n", e, lit(l[2]));
    }
    mig += "}\n\ndowngrade irreversible;\n";
    write_file(dir / "migrations/versions/0001_literals.mig", mig);

    // key<TAB>HEX lines, in key order (the readback is sorted the same way).
    std::vector<std::string> expected;
    auto expect = [&](const std::string& key, const std::string& value) { expected.push_back(key + "\t" + hex(value)); };
    for (std::size_t i = 0; i < c.inserted.size(); ++i) expect(fmt::format("v:{}", i), c.inserted[i]);
    for (std::size_t i = 0; i < c.updated.size(); ++i) expect(fmt::format("v:{}", 100000 + i), c.updated[i]);
    for (std::size_t i = 0; i < c.executed.size(); ++i) expect(fmt::format("v:{}", 200000 + i), c.executed[i]);
    for (std::size_t k = 0; k < c.defaults.size(); ++k) expect(fmt::format("default:{}", k), c.defaults[k]);
    if (postgresql) {
        for (std::size_t k = 0; k < c.comments.size(); ++k) expect(fmt::format("comment:{}", k), c.comments[k]);
        for (std::size_t t = 0; t < tables; ++t) expect(fmt::format("table comment:{}", t), c.comments[t * kColumns]);
    }
    for (std::size_t e = 0; postgresql && e < c.labels.size(); ++e) {
        for (std::size_t k = 0; k < 3; ++k) expect(fmt::format("label:{}:{}", e, k), c.labels[e][k]);
        expect(fmt::format("label used:{}", e), c.labels[e][2]);
    }
    for (std::size_t t = 0; t < name_tables.size(); ++t)
        for (std::size_t k = 0; k < name_tables[t].size(); ++k) expect(fmt::format("name:{}:{}", t, k), name_tables[t][k]);
    std::sort(expected.begin(), expected.end());
    std::string text;
    for (const auto& line : expected) text += line + "\n";
    write_file(dir / "expected", text);

    // The queries: the engine's own hex of the stored bytes.
    std::string sql;
    auto h = [&](const std::string& e) {
        return postgresql ? fmt::format("upper(encode(convert_to({}, 'UTF8'), 'hex'))", e) : fmt::format("hex({})", e);
    };
    sql += fmt::format("SELECT 'v:' || id, {} FROM vals;\n", h("v"));
    for (std::size_t t = 0; t < tables; ++t)
        for (std::size_t k = t * kColumns; k < std::min((t + 1) * kColumns, c.defaults.size()); ++k) {
            sql += fmt::format("SELECT 'default:{}', {} FROM defs_{};\n", k, h(fmt::format("d{}", k)), t);
            if (postgresql)
                sql += fmt::format("SELECT 'comment:{}', {} FROM pg_attribute WHERE attrelid = 'defs_{}'::regclass AND "
                                   "attname = 'd{}';\n",
                                   k, h(fmt::format("col_description(attrelid, attnum)")), t, k);
        }
    for (std::size_t t = 0; t < tables && postgresql; ++t)
        sql += fmt::format("SELECT 'table comment:{}', {};\n", t, h(fmt::format("obj_description('defs_{}'::regclass, 'pg_class')", t)));
    for (std::size_t e = 0; postgresql && e < c.labels.size(); ++e) {
        sql += fmt::format("SELECT 'label:{}:' || (row_number() OVER (ORDER BY enumsortorder) - 1), {} FROM pg_enum "
                           "WHERE enumtypid = 'enum_{}'::regtype;\n",
                           e, h("enumlabel::text"), e);
        sql += fmt::format("SELECT 'label used:{}', {} FROM enum_use_{};\n", e, h("v::text"), e);
    }
    for (std::size_t t = 0; t < name_tables.size(); ++t)
        sql += postgresql ? fmt::format("SELECT 'name:{}:' || (attnum - 1), {} FROM pg_attribute WHERE attrelid = "
                                        "'names_{}'::regclass AND attnum > 0;\n",
                                        t, h("attname::text"), t)
                          : fmt::format("SELECT 'name:{}:' || cid, {} FROM pragma_table_info('names_{}');\n", t, h("name"), t);
    write_file(dir / "readback.sql", sql);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fputs("usage: migc_literal_cases SEED COUNT OUTDIR\n", stderr);
        return 2;
    }
    Rng rng{std::mt19937_64(std::stoull(argv[1]))};
    std::size_t count = std::stoul(argv[2]);
    Cases c;
    // Of `count` strings: 40% inserted, 15% updated, 15% execute parameters,
    // 15% defaults (each with a comment), 15% names (at most 63 bytes: PostgreSQL's limit).
    auto n = [&](double share) { return std::max<std::size_t>(1, static_cast<std::size_t>(count * share)); };
    // Issue #16 first, always: CR LF, a lone CR, a lone LF, TAB and every
    // other C0 control and DEL, alone and between letters, as values of each
    // kind and as names (CR LF names only on PostgreSQL).
    std::vector<std::string> fixed{"\r\n", "\r", "\n", "\t", "a\r\nb", "a\rb", "a\nb", "a\tb", "\r\n\r\n", "\n\r", "x\r"};
    for (int ch = 1; ch < 32; ++ch) fixed.push_back(std::string(1, static_cast<char>(ch))), fixed.push_back("a" + std::string(1, static_cast<char>(ch)) + "b");
    fixed.push_back("\x7f");
    for (const auto& f : fixed) {
        c.inserted.push_back(f), c.updated.push_back(f), c.executed.push_back(f);
        c.defaults.push_back(f), c.comments.push_back(f), c.names.push_back(f);
    }
    for (std::size_t i = 0; i < n(0.40); ++i) c.inserted.push_back(random_string(rng, 24));
    for (std::size_t i = 0; i < n(0.15); ++i) c.updated.push_back(random_string(rng, 24));
    for (std::size_t i = 0; i < n(0.15); ++i) c.executed.push_back(random_string(rng, 24));
    for (std::size_t i = 0; i < n(0.15); ++i) c.defaults.push_back(random_string(rng, 24)), c.comments.push_back(random_string(rng, 24));
    static const std::set<std::string> reserved{"id", "tableoid", "xmin", "cmin", "xmax", "cmax", "ctid", "oid"};
    while (c.names.size() < fixed.size() + n(0.15)) {
        std::string name = cut(random_string(rng, 16), 63);
        if (!name.empty() && !reserved.count(ascii_lower(name))) c.names.push_back(name);
    }
    while (c.labels.size() < std::max<std::size_t>(1, count / 100)) {
        std::vector<std::string> l;
        while (l.size() < 3) {
            std::string label = cut(random_string(rng, 12), 63);  // 1 to 63 bytes, distinct
            if (!label.empty() && std::find(l.begin(), l.end(), label) == l.end()) l.push_back(label);
        }
        c.labels.push_back(l);
    }
    std::filesystem::path out = argv[3];
    write_dialect(c, out / "postgresql", true);
    write_dialect(c, out / "sqlite", false);
    std::printf("%zu strings: %zu inserted, %zu updated, %zu execute parameters, %zu defaults and comments, %zu names\n",
                c.inserted.size() + c.updated.size() + c.executed.size() + 2 * c.defaults.size() + c.names.size(),
                c.inserted.size(), c.updated.size(), c.executed.size(), c.defaults.size(), c.names.size());
    return 0;
}
