// SQLite table rebuilds (dialects/sqlite_rebuild.*): which actions SQLite's
// ALTER TABLE does itself at each version, the copy of the rows through a
// batch, the statements of one rebuild, and the foreign-key wrapper of a
// transaction that holds one. tests/engines.sh runs the golden rebuilds on a
// real sqlite3.
#include "dialects/sqlite_rebuild.hpp"

#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "compiler/sema/checker.hpp"
#include "dialects/dialect.hpp"
#include "grammar/parser.hpp"

namespace {

using namespace migc;

struct Checked {
    std::vector<ir::Op> ops;  // of `text` only
    std::string errors;
};

// Checks `prelude` (model only) and then `text` for SQLite.
Checked check(const std::string& text, const std::string& prelude) {
    SourceFiles files;
    Diagnostics diags;
    SchemaModel model;
    Checker checker(model, SemaOptions{0, {"main", "temp"}}, diags);
    Checked out;
    FileId pre = files.add("p.mig", prelude);
    if (auto stmts = grammar::parse_statements(files, pre, {}, diags))
        for (const auto& stmt : *stmts) checker.check(stmt, pre);
    FileId id = files.add("t.mig", text);
    if (auto stmts = grammar::parse_statements(files, id, {}, diags))
        for (const auto& stmt : *stmts)
            for (auto& op : checker.check(stmt, id)) out.ops.push_back(std::move(op));
    out.errors = diags.render(files, false);
    return out;
}

// The SQL of `text` for SQLite `major.minor`, pieces joined by blank lines.
std::string lite(const std::string& text, const std::string& prelude, int minor = 40) {
    Diagnostics diags;
    auto dialect = make_dialect(DialectOptions{"sqlite", 15, 0, 3, minor}, diags);
    Checked c = check(text, prelude);
    INFO(c.errors);
    REQUIRE(c.errors.empty());
    std::string sql;
    for (const auto& op : c.ops)
        for (const auto& piece : dialect->emit(op, diags)) sql += (sql.empty() ? "" : "\n\n") + piece.text;
    SourceFiles files;
    INFO(diags.render(files, false));
    CHECK(!diags.has_errors());
    return sql;
}

bool rebuilds(const std::string& text, const std::string& prelude, int minor = 40) {
    return lite(text, prelude, minor).find("CREATE TABLE _migc_tmp_") != std::string::npos;
}

const ir::AlterTable& batch_of(const Checked& c) {
    REQUIRE(c.ops.size() == 1);
    const auto* batch = std::get_if<ir::AlterTable>(&c.ops[0].node);
    REQUIRE(batch);
    return *batch;
}

}  // namespace

TEST_CASE("SQLite's own ALTER TABLE where it can, a rebuild where it cannot", "[sqlite_rebuild]") {
    const std::string prelude =
        "create table u (id integer primary key);"
        "create table t (id integer primary key, a integer, b text check (b <> ''), c integer references u (id), d "
        "text);"
        "create index ix_t_d on t (d);";
    // In place: nullable or constant default, REFERENCES with no default, rename, a plain drop.
    CHECK(lite("alter table t add column e integer;", prelude) == "ALTER TABLE t ADD COLUMN e INTEGER");
    CHECK(lite("alter table t add column e integer not null default 1;", prelude) ==
          "ALTER TABLE t ADD COLUMN e INTEGER DEFAULT 1 NOT NULL");
    CHECK(lite("alter table t add column e integer references u (id);", prelude) ==
          "ALTER TABLE t ADD COLUMN e INTEGER CONSTRAINT fk_t_e_u REFERENCES u (id)");
    CHECK(lite("alter table t rename column a to a2;", prelude) == "ALTER TABLE t RENAME COLUMN a TO a2");
    CHECK(lite("alter table t drop column a;", prelude) == "ALTER TABLE t DROP COLUMN a");
    // Rebuilds: what ADD COLUMN refuses ...
    CHECK(rebuilds("alter table t add column e integer not null;", prelude));
    CHECK(rebuilds("alter table t add column e timestamptz default now();", prelude));
    CHECK(rebuilds("alter table t add column e integer unique;", prelude));
    CHECK(rebuilds("alter table t add column e integer default 1 references u (id);", prelude));
    // ... DROP COLUMN of a column a check, a foreign key or an index uses ...
    CHECK(rebuilds("alter table t drop column b;", prelude));
    CHECK(rebuilds("alter table t drop column c;", prelude));
    CHECK(rebuilds("alter table t drop column d;", prelude));
    // ... and everything ALTER TABLE has no form for.
    CHECK(rebuilds("alter table t alter column a type bigint;", prelude));
    CHECK(rebuilds("alter table t alter column a set not null;", prelude));
    CHECK(rebuilds("alter table t alter column a set default 3;", prelude));
    CHECK(rebuilds("alter table t add constraint ck_t_a check (a > 0);", prelude));
    CHECK(rebuilds("alter table t drop constraint ck_t_b;", prelude));
    CHECK(rebuilds("alter table t drop constraint fk_t_c_u;", prelude));
    // What changes nothing on SQLite is a comment, not a rebuild.
    CHECK(lite("alter table t alter column a type int;", prelude) ==
          "-- t.a: the new type is the same on SQLite; nothing to do");
    CHECK(lite("alter table t alter column a drop not null;", prelude) == "-- t.a: unchanged; nothing to do");
}

TEST_CASE("the version decides: RENAME COLUMN 3.25, DROP COLUMN 3.35, ADD COLUMN checks rows 3.37",
          "[sqlite_rebuild]") {
    const std::string prelude = "create table t (id integer primary key, a integer);";
    CHECK(rebuilds("alter table t rename column a to b;", prelude, 24));
    CHECK(!rebuilds("alter table t rename column a to b;", prelude, 25));
    CHECK(rebuilds("alter table t drop column a;", prelude, 34));
    CHECK(!rebuilds("alter table t drop column a;", prelude, 35));
    CHECK(rebuilds("alter table t add column b integer check (b > 0);", prelude, 36));
    CHECK(!rebuilds("alter table t add column b integer check (b > 0);", prelude, 37));
    const std::string with_enum = "create type mood as enum ('ok', 'bad');" + prelude;
    CHECK(rebuilds("alter table t add column m mood;", with_enum, 36));
    CHECK(lite("alter table t add column m mood;", with_enum, 37) ==
          "ALTER TABLE t ADD COLUMN m VARCHAR(3) CONSTRAINT ck_t_m_enum CHECK (m IN ('ok', 'bad'))");
}

TEST_CASE("a rebuild: the model's CREATE TABLE under a temporary name, the copy, drop, rename, indexes",
          "[sqlite_rebuild]") {
    const std::string prelude =
        "create table t (id bigint primary key identity, a string(10) not null, b text, c integer);"
        "create index ix_t_a on t (a) where c > 0;";
    CHECK(lite("alter table t rename column a to a2, drop column b, add column d integer default 4, "
               "alter column c type text;",
               prelude) ==
          "-- rebuild of table t (SQLite cannot alter it in place: change the type of column c)\n\n"
          "CREATE TABLE _migc_tmp_t (\n"
          "    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n"
          "    a2 VARCHAR(10) NOT NULL,\n"
          "    c TEXT,\n"
          "    d INTEGER DEFAULT 4\n"
          ")\n\n"
          "INSERT INTO _migc_tmp_t (id, a2, c)\nSELECT id, a, c FROM t\n\n"
          "DELETE FROM sqlite_sequence WHERE name = '_migc_tmp_t'\n\n"
          "INSERT INTO sqlite_sequence (name, seq) SELECT '_migc_tmp_t', seq FROM sqlite_sequence WHERE name = 't'\n\n"
          "DROP TABLE t\n\n"
          "ALTER TABLE _migc_tmp_t RENAME TO t\n\n"
          "CREATE INDEX ix_t_a ON t (a2) WHERE c > 0");
    // The new definition is exactly what `create table` writes for that shape.
    std::string created = lite(
        "create table t (id bigint primary key identity, a2 string(10) not null, c text, d integer default 4);", "");
    std::string rebuilt = lite(
        "alter table t rename column a to a2, drop column b, add column d integer default 4, alter column c type text;",
        prelude);
    CHECK_THAT(rebuilt,
               Catch::Contains("CREATE TABLE _migc_tmp_t" + created.substr(std::string("CREATE TABLE t").size())));
}

TEST_CASE("the copy follows renames, reads `using`, leaves new columns to their default", "[sqlite_rebuild]") {
    const std::string prelude = "create table t (id integer primary key, a text, b text);";
    std::string error;
    auto c = check(
        "alter table t rename column a to x, alter column x type integer using cast(x as integer), "
        "add column n integer, rename column b to a;",
        prelude);
    REQUIRE(c.errors.empty());
    auto copy = rebuild_copy(batch_of(c), error);
    REQUIRE(copy);
    CHECK(copy->columns == std::vector<std::string>{"id", "x", "a"});
    REQUIRE(copy->values.size() == 3);
    CHECK(copy->values[0].column == "id");
    CHECK(copy->values[1].kind == ir::Expr::Kind::Cast);
    CHECK(copy->values[1].args[0].column == "a");  // x was a
    CHECK(copy->values[2].column == "b");          // a is b
    CHECK(lite("alter table t alter column a type integer using cast(a as integer) + length(b);", prelude)
              .find("SELECT id, CAST(a AS INTEGER) + length(b), b FROM t") != std::string::npos);

    // Two conversions of one column compose.
    auto twice = check(
        "alter table t alter column a type integer using cast(a as integer), "
        "alter column a type bigint using a * 2;",
        prelude);
    auto composed = rebuild_copy(batch_of(twice), error);
    REQUIRE(composed);
    CHECK(lite("alter table t alter column a type integer using cast(a as integer), alter column a type bigint using a "
               "* 2;",
               prelude)
              .find("SELECT id, (CAST(a AS INTEGER)) * 2, b FROM t") != std::string::npos);

    // `using` that reads a column the same batch adds has nothing to convert.
    auto added =
        check("alter table t add column n text, alter column a type integer using cast(n as integer);", prelude);
    REQUIRE(added.errors.empty());
    CHECK(!rebuild_copy(batch_of(added), error));
    CHECK_THAT(error, Catch::Contains("reads column 'n', which the same alter table adds"));
}

TEST_CASE("a type change copies the value as it is: no CAST that turns dates into numbers", "[sqlite_rebuild]") {
    const std::string prelude = "create table t (id integer primary key, d text);";
    CHECK(lite("alter table t alter column d type timestamp;", prelude).find("SELECT id, d FROM t") !=
          std::string::npos);
}

TEST_CASE("a transaction that rebuilds runs with foreign keys off and checks them before COMMIT", "[sqlite_rebuild]") {
    Diagnostics diags;
    auto c = check("alter table t alter column a set not null;", "create table t (id integer primary key, a integer);");
    REQUIRE(c.ops.size() == 1);
    const ir::Op* op = &c.ops[0];
    auto plain = check("alter table t add column b integer;", "create table t (id integer primary key, a integer);");
    const ir::Op* native = &plain.ops[0];

    auto d = make_dialect(DialectOptions{"sqlite"}, diags);
    std::vector<const ir::Op*> none{native}, some{native, op};
    auto nothing = d->wrap_transaction(none);
    CHECK(nothing.before_begin.empty());
    CHECK(nothing.before_commit.empty());
    auto wrap = d->wrap_transaction(some);
    REQUIRE(wrap.before_begin.size() == 2);
    CHECK(wrap.before_begin[1].text == "PRAGMA foreign_keys=OFF");
    REQUIRE(wrap.before_commit.size() == 4);
    CHECK(wrap.before_commit[2].text ==
          "INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check");
    REQUIRE(wrap.after_commit.size() == 1);
    CHECK(wrap.after_commit[0].text == "PRAGMA foreign_keys=ON");

    // Before 3.16 there is no pragma table function: the check only prints.
    auto old = make_dialect(DialectOptions{"sqlite", 15, 0, 3, 15}, diags);
    auto printed = old->wrap_transaction(some);
    REQUIRE(printed.before_commit.size() == 2);
    CHECK(printed.before_commit[1].text == "PRAGMA foreign_key_check");

    // PostgreSQL needs none of it.
    auto pg = make_dialect(DialectOptions{"postgresql"}, diags);
    CHECK(pg->wrap_transaction(some).before_begin.empty());
}

TEST_CASE("a new enum label rebuilds every table with a column of the type, indexes included", "[sqlite_rebuild]") {
    const std::string prelude =
        "create type mood as enum ('ok', 'bad');"
        "create table a (id integer primary key, m mood);"
        "create table b (id integer primary key, m mood not null default 'ok');"
        "create table c (id integer primary key);"
        "create index ix_b_m on b (m);";
    std::string sql = lite("alter type mood add value 'meh' after 'ok';", prelude);
    CHECK_THAT(sql, Catch::Contains("CREATE TABLE _migc_tmp_a (\n    id INTEGER NOT NULL,\n    m VARCHAR(3),\n"
                                    "    CONSTRAINT pk_a PRIMARY KEY (id),\n"
                                    "    CONSTRAINT ck_a_m_enum CHECK (m IN ('ok', 'meh', 'bad'))\n)"));
    CHECK_THAT(sql, Catch::Contains("ALTER TABLE _migc_tmp_b RENAME TO b\n\nCREATE INDEX ix_b_m ON b (m)"));
    CHECK(sql.find("_migc_tmp_c") == std::string::npos);
    CHECK(lite("alter type mood add value 'meh';", "create type mood as enum ('ok', 'bad');") ==
          "-- enum mood: added value 'meh'");
}

TEST_CASE("SQLite: a renamed table with an enum column is rebuilt so that its CHECK takes the new name",
          "[sqlite_rebuild]") {
    const std::string prelude =
        "create type plan as enum ('free', 'pro');"
        "create table accounts (id integer primary key, plan plan not null default 'free');"
        "create index ix_accounts_plan on accounts (plan);"
        "create table notes (id integer primary key, body text);";
    std::string sql = lite("alter table accounts rename to members;", prelude);
    // The rename first (it rewrites other tables' foreign keys), then the rebuild under the new name.
    CHECK(sql.starts_with("ALTER TABLE accounts RENAME TO members"));
    CHECK(sql.find("CONSTRAINT ck_members_plan_enum CHECK (\"plan\" IN ('free', 'pro'))") != std::string::npos);
    CHECK(sql.find("ALTER TABLE _migc_tmp_members RENAME TO members") != std::string::npos);
    CHECK(sql.find("CREATE INDEX ix_accounts_plan ON members (\"plan\")") != std::string::npos);
    // Without an enum column the rename is SQLite's own.
    CHECK(lite("alter table notes rename to memos;", prelude) == "ALTER TABLE notes RENAME TO memos");
}
