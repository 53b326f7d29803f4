// Literal binding, identifier quoting and type rendering per dialect (SPEC 2.2, 2.4, 4.2):
// statements are parsed, then emitted through each dialect.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "compiler/sema/checker.hpp"
#include "dialects/dialect.hpp"
#include "grammar/parser.hpp"

namespace {

using namespace migc;

struct Emitted {
    std::string sql;     // every piece, joined by newlines
    std::string errors;  // rendered diagnostics
};

// The prelude's statements only shape the model; `text`'s ops are emitted.
Emitted emit(const std::string& dialect_name, const std::string& text, const std::string& prelude = "") {
    SourceFiles files;
    Diagnostics diags;
    auto dialect = make_dialect(DialectOptions{dialect_name}, diags);
    REQUIRE(dialect);
    SchemaModel model;
    Checker checker(model, SemaOptions{dialect->facts().max_identifier_bytes, dialect->facts().builtin_schemas}, diags);
    Emitted out;
    FileId pre = files.add("p.mig", prelude);
    if (auto stmts = grammar::parse_statements(files, pre, {}, diags))
        for (const auto& stmt : *stmts) checker.check(stmt, pre);
    FileId id = files.add("t.mig", text);
    if (auto stmts = grammar::parse_statements(files, id, {}, diags))
        for (const auto& stmt : *stmts)
            for (const auto& op : checker.check(stmt, id))
                for (const auto& piece : dialect->emit(op, diags)) {
                    if (!out.sql.empty()) out.sql += '\n';
                    out.sql += piece.text;
                }
    out.errors = diags.render(files, false);
    return out;
}

std::string pg(const std::string& text, const std::string& prelude = "") { return emit("postgresql", text, prelude).sql; }
std::string lite(const std::string& text, const std::string& prelude = "") { return emit("sqlite", text, prelude).sql; }

}  // namespace

TEST_CASE("string literals double quotes and keep backslashes and Unicode", "[literal]") {
    const std::string stmt = R"(insert into t (a) values ('it''s'), ('C:\path\n'), ('Zürich ✓'), ('two
lines');)";
    const std::string rows = R"(VALUES
    ('it''s'),
    ('C:\path\n'),
    ('Zürich ✓'),
    ('two
lines'))";
    const std::string prelude = "create table t (a text);";
    CHECK(pg(stmt, prelude) == "INSERT INTO t (a) " + rows);
    CHECK(lite(stmt, prelude) == "INSERT INTO t (a) " + rows);
    // Quotes first, last, alone and side by side.
    const std::string edges = R"(insert into t (a) values ('''a'''), (''''), ('a''''b'), ('');)";
    const std::string edge_rows = "VALUES\n    ('''a'''),\n    (''''),\n    ('a''''b'),\n    ('')";
    CHECK(pg(edges, prelude) == "INSERT INTO t (a) " + edge_rows);
    CHECK(lite(edges, prelude) == "INSERT INTO t (a) " + edge_rows);
}

TEST_CASE("booleans are true/false on PostgreSQL and 1/0 on SQLite, in data and defaults", "[literal]") {
    const std::string prelude = "create table t (a boolean, b boolean);";
    CHECK(pg("insert into t (a, b) values (true, false);", prelude) == "INSERT INTO t (a, b) VALUES (true, false)");
    CHECK(lite("insert into t (a, b) values (true, false);", prelude) == "INSERT INTO t (a, b) VALUES (1, 0)");
    CHECK(pg("create table t (a boolean not null default false);") ==
          "CREATE TABLE t (\n    a BOOLEAN DEFAULT false NOT NULL\n)");
    CHECK(lite("create table t (a boolean not null default true);") ==
          "CREATE TABLE t (\n    a BOOLEAN DEFAULT 1 NOT NULL\n)");
}

TEST_CASE("typed literals, bytes, numbers and null per dialect", "[literal]") {
    const std::string stmt =
        "insert into t (a, b, c, d, e, f, g) values (date '2024-02-29', time '10:30:00', timestamp '2024-02-29 10:30:00', "
        "timestamptz '2024-02-29 10:30:00+01', x'00ff', -1.50, null);";
    const std::string prelude =
        "create table t (a date, b time, c timestamp, d timestamptz, e bytes, f numeric(5, 2), g text);";
    CHECK(pg(stmt, prelude) ==
          "INSERT INTO t (a, b, c, d, e, f, g) VALUES (DATE '2024-02-29', TIME '10:30:00', TIMESTAMP '2024-02-29 "
          "10:30:00', TIMESTAMP WITH TIME ZONE '2024-02-29 10:30:00+01', '\\x00ff'::bytea, -1.50, NULL)");
    CHECK(lite(stmt, prelude) ==
          "INSERT INTO t (a, b, c, d, e, f, g) VALUES ('2024-02-29', '10:30:00', '2024-02-29 10:30:00', "
          "'2024-02-29 10:30:00+01', X'00ff', -1.50, NULL)");
}

TEST_CASE("identifiers are quoted when reserved, mixed-case or unusual", "[quoting]") {
    CHECK(pg(R"(create table "user" ("Name" text, "order" integer, "two words" text, plain text);)") ==
          "CREATE TABLE \"user\" (\n    \"Name\" TEXT,\n    \"order\" INTEGER,\n    \"two words\" TEXT,\n    plain TEXT\n)");
    // `key` is reserved by SQLite only, `user` by PostgreSQL only.
    CHECK(pg(R"(create table "key" (a text);)") == "CREATE TABLE key (\n    a TEXT\n)");
    CHECK(lite(R"(create table "key" (a text);)") == "CREATE TABLE \"key\" (\n    a TEXT\n)");
    CHECK(lite(R"(create table "user" (a text);)") == "CREATE TABLE user (\n    a TEXT\n)");
    CHECK(pg(R"(create table "say ""hi""" (a text);)") == "CREATE TABLE \"say \"\"hi\"\"\" (\n    a TEXT\n)");
}

TEST_CASE("portable types map per the SPEC 2.2 table", "[types]") {
    const std::string stmt =
        "create table t (a smallint, b int, c bigint, d string(20), e text, f bool, g numeric(10, 2), h real, "
        "i double, j date, k time, l timestamp, m timestamptz, n uuid, o json, p jsonb, q bytes);";
    CHECK(pg(stmt) ==
          "CREATE TABLE t (\n    a SMALLINT,\n    b INTEGER,\n    c BIGINT,\n    d VARCHAR(20),\n    e TEXT,\n    f BOOLEAN,\n"
          "    g NUMERIC(10, 2),\n    h REAL,\n    i DOUBLE PRECISION,\n    j DATE,\n    k TIME,\n"
          "    l TIMESTAMP WITHOUT TIME ZONE,\n    m TIMESTAMP WITH TIME ZONE,\n    n UUID,\n    o JSON,\n    p JSONB,\n"
          "    q BYTEA\n)");
    CHECK(lite(stmt) ==
          "CREATE TABLE t (\n    a SMALLINT,\n    b INTEGER,\n    c BIGINT,\n    d VARCHAR(20),\n    e TEXT,\n    f BOOLEAN,\n"
          "    g NUMERIC(10, 2),\n    h REAL,\n    i FLOAT,\n    j DATE,\n    k TIME,\n    l DATETIME,\n    m DATETIME,\n"
          "    n CHAR(32),\n    o JSON,\n    p JSON,\n    q BLOB\n)");
}

TEST_CASE("an enum column is the type on PostgreSQL and VARCHAR with a CHECK on SQLite", "[types]") {
    const std::string prelude = "create type mood as enum ('ok', 'grumpy', 'é');\n";
    CHECK(pg("create table t (m mood not null);", prelude) == "CREATE TABLE t (\n    m mood NOT NULL\n)");
    CHECK(lite("create table t (m mood not null);", prelude) ==
          "CREATE TABLE t (\n    m VARCHAR(6) NOT NULL,\n    CONSTRAINT ck_t_m_enum CHECK (m IN ('ok', 'grumpy', 'é'))\n)");
    auto unknown = emit("postgresql", "create table t (m feeling);");
    CHECK(unknown.sql.empty());
    CHECK_THAT(unknown.errors, Catch::Contains("t.mig:1:19: error: unknown type 'feeling'"));
}

TEST_CASE("identity, primary keys and constraint names", "[constraints]") {
    const std::string stmt =
        "create table t (id bigint primary key identity, code string(5) unique, p integer references parent (id) "
        "on delete set null, n integer check (n > 0), constraint ck_t_pair check (n < 10));";
    const std::string prelude = "create table parent (id integer primary key);";
    CHECK(pg(stmt, prelude) ==
          "CREATE TABLE t (\n    id BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,\n    code VARCHAR(5),\n    p INTEGER,\n"
          "    n INTEGER,\n    CONSTRAINT pk_t PRIMARY KEY (id),\n    CONSTRAINT uq_t_code UNIQUE (code),\n"
          "    CONSTRAINT fk_t_p_parent FOREIGN KEY (p) REFERENCES parent (id) ON DELETE SET NULL,\n"
          "    CONSTRAINT ck_t_n CHECK (n > 0),\n    CONSTRAINT ck_t_pair CHECK (n < 10)\n)");
    CHECK(lite(stmt, prelude) ==
          "CREATE TABLE t (\n    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n    code VARCHAR(5),\n    p INTEGER,\n"
          "    n INTEGER,\n    CONSTRAINT uq_t_code UNIQUE (code),\n"
          "    CONSTRAINT fk_t_p_parent FOREIGN KEY (p) REFERENCES parent (id) ON DELETE SET NULL,\n"
          "    CONSTRAINT ck_t_n CHECK (n > 0),\n    CONSTRAINT ck_t_pair CHECK (n < 10)\n)");
    auto unnamed = emit("postgresql", "create table t (n integer, check (n > 0));");
    CHECK_THAT(unnamed.errors, Catch::Contains("error: a table-level check needs a name"));
}

TEST_CASE("expressions render per dialect", "[expressions]") {
    const std::string prelude = "create table t (a text, b integer, c text, d integer);";
    CHECK(pg("delete from t where not (a is not null and b in (1, 2)) or c like 'x%' and d between 1 and 2;", prelude) ==
          "DELETE FROM t WHERE NOT (a IS NOT NULL AND b IN (1, 2)) OR c LIKE 'x%' AND d BETWEEN 1 AND 2");
    CHECK(pg("update t set a = coalesce(b, now()), c = cast(d as bigint) || 'x';", prelude) ==
          "UPDATE t SET a = coalesce(b, CURRENT_TIMESTAMP), c = CAST(d AS BIGINT) || 'x'");
    CHECK(lite("update t set a = postgresql$$ gen_random_uuid() $$ sqlite$$ hex(randomblob(16)) $$;", prelude) ==
          "UPDATE t SET a = hex(randomblob(16))");
    auto unknown = emit("postgresql", "update t set a = md5(b);", prelude);
    CHECK_THAT(unknown.errors, Catch::Contains("t.mig:1:18: error: 'md5' is not a portable function"));
}

TEST_CASE("execute binds :name parameters as literals and leaves casts alone", "[execute]") {
    CHECK(pg("execute $$ UPDATE t SET plan = :plan, n = :n::int WHERE s = ':plan' $$ with (plan = 'free', n = 3);") ==
          "UPDATE t SET plan = 'free', n = 3::int WHERE s = ':plan'");
    CHECK(lite("execute postgresql $$ SELECT 1 $$;") == "-- execute: no sqlite text given; nothing to run here");
}

TEST_CASE("a column with a foreign key and a default is added in place where SQLite allows it", "[sqlite]") {
    const std::string prelude = "create table u (id integer primary key); create table t (b integer);";
    CHECK(lite("alter table t add column c integer references u (id);", prelude) ==
          "ALTER TABLE t ADD COLUMN c INTEGER CONSTRAINT fk_t_c_u REFERENCES u (id)");
    CHECK(pg("alter table t add column c integer not null default 0 references u (id);", prelude) ==
          "ALTER TABLE t ADD COLUMN c INTEGER DEFAULT 0 NOT NULL CONSTRAINT fk_t_c_u REFERENCES u (id)");
}

TEST_CASE("identity needs PostgreSQL 10; the header names the target version", "[postgresql]") {
    SourceFiles files;
    Diagnostics diags;
    FileId id = files.add("t.mig", "create table t (id bigint primary key identity);");
    auto stmts = grammar::parse_statements(files, id, {}, diags);
    REQUIRE(stmts);
    auto old = make_dialect(DialectOptions{"postgresql", 9, 6}, diags);
    REQUIRE(old);
    CHECK(old->facts().target == "postgresql 9.6");
    SchemaModel model;
    Checker checker(model, SemaOptions{63, {"public"}}, diags);
    auto ops = checker.check(stmts->front(), id);
    REQUIRE(ops.size() == 1);
    CHECK(old->emit(ops.front(), diags).empty());
    CHECK_THAT(diags.render(files, false),
               Catch::Contains("t.mig:1:1: error: identity column 'id' needs PostgreSQL 10 or later, and the target is postgresql 9.6"));
    CHECK(make_dialect(DialectOptions{"postgresql", 10}, diags)->facts().target == "postgresql 10");
}

TEST_CASE("an identity column of an unknown type is an error on SQLite too", "[sqlite]") {
    auto e = emit("sqlite", "create table t (id nosuchtype identity);");
    CHECK(e.sql.empty());
    CHECK_THAT(e.errors, Catch::Contains("t.mig:1:20: error: unknown type 'nosuchtype'"));
}

TEST_CASE("a CR in a comment starts a new comment line (PostgreSQL ends -- comments there)", "[literal]") {
    CHECK(sql_comment("harmless\rDROP TABLE users; --") == "-- harmless\n-- DROP TABLE users; --");
    CHECK(sql_comment("a\r\nb") == "-- a\n-- b");
}

TEST_CASE("the dialect registry knows its names and rejects others with the list", "[registry]") {
    Diagnostics diags;
    CHECK(canonical_dialect_name("postgres") == "postgresql");
    CHECK(canonical_dialect_name("sqlite") == "sqlite");
    CHECK(!canonical_dialect_name("oracle"));
    CHECK(dialect_names() == std::vector<std::string>{"postgresql", "sqlite"});
    CHECK(make_dialect(DialectOptions{"postgres"}, diags)->name() == "postgresql");
    CHECK(!diags.has_errors());
    CHECK(make_dialect(DialectOptions{"oracle"}, diags) == nullptr);
    SourceFiles files;
    CHECK_THAT(diags.render(files, false), Catch::Contains("error: unknown dialect 'oracle'") &&
                                               Catch::Contains("note: known dialects: postgresql, sqlite"));
}

TEST_CASE("a statement's ';' goes on a line of its own only after a trailing -- comment", "[framing]") {
    Diagnostics diags;
    auto pg = make_dialect(DialectOptions{"postgresql"}, diags);
    auto lite = make_dialect(DialectOptions{"sqlite"}, diags);
    for (const auto* d : {pg.get(), lite.get()}) {
        CHECK(d->terminate("INSERT INTO t (a) VALUES ('a -- b')") == "INSERT INTO t (a) VALUES ('a -- b');");
        CHECK(d->terminate("CREATE TABLE \"x--y\" (a TEXT)") == "CREATE TABLE \"x--y\" (a TEXT);");
        CHECK(d->terminate("SELECT 1 -- done") == "SELECT 1 -- done\n;");
        CHECK(d->terminate("SELECT 1 -- done;") == "SELECT 1 -- done;\n;");
        CHECK(d->terminate("SELECT 1; -- done") == "SELECT 1; -- done");
        CHECK(d->terminate("SELECT 1;") == "SELECT 1;");
        CHECK(d->terminate("SELECT ';'") == "SELECT ';';");
        CHECK(d->terminate("SELECT 'it''s -- ok'") == "SELECT 'it''s -- ok';");
        CHECK(d->terminate("SELECT 1 /* -- */") == "SELECT 1 /* -- */;");
        CHECK(d->terminate("SELECT 1 -- a\nFROM t") == "SELECT 1 -- a\nFROM t;");
        // A lone '-' or '/' opens nothing; blanks after a ';' keep it the last token.
        CHECK(d->terminate("SELECT 1 - 2") == "SELECT 1 - 2;");
        CHECK(d->terminate("SELECT 4 / 2;  \n") == "SELECT 4 / 2;  \n");
        CHECK(d->terminate("SELECT 1; SELECT 2 -1") == "SELECT 1; SELECT 2 -1;");
        CHECK(d->terminate("SELECT ';' ;") == "SELECT ';' ;");
    }
    // PostgreSQL reads dollar quotes and E'' strings (where \' is a quote).
    CHECK(pg->terminate("DO $x$ BEGIN -- no\nEND $x$") == "DO $x$ BEGIN -- no\nEND $x$;");
    CHECK(pg->terminate("SELECT $$ -- $$") == "SELECT $$ -- $$;");
    CHECK(pg->terminate("SELECT E'\\' -- '") == "SELECT E'\\' -- ';");
    CHECK(pg->terminate("SELECT $1 -- p") == "SELECT $1 -- p\n;");
    CHECK(lite->terminate("SELECT 'a' -- $$") == "SELECT 'a' -- $$\n;");
}

TEST_CASE("PostgreSQL commits after ADD VALUE only when a later op uses the label", "[postgresql]") {
    SourceFiles files;
    Diagnostics diags;
    SchemaModel model;
    Checker checker(model, SemaOptions{63, {"public"}}, diags);
    FileId id = files.add("t.mig",
                          "create type s as enum ('a');"
                          "create table t (id integer primary key, v s, note text);"
                          "alter type s add value 'b';"
                          "update t set note = 'b' where id = 1;"
                          "execute $$ UPDATE t SET v = 'b' $$;"
                          "delete from t where v = 'a';"
                          "alter table t add column w s default 'b';");
    auto stmts = grammar::parse_statements(files, id, {}, diags);
    REQUIRE(stmts);
    std::vector<ir::Op> ops;
    for (const auto& stmt : *stmts)
        for (auto& op : checker.check(stmt, id)) ops.push_back(std::move(op));
    REQUIRE(ops.size() == 7);
    auto pg15 = make_dialect(DialectOptions{"postgresql"}, diags);
    const ir::Op& add = ops[2];
    CHECK_THAT(pg15->commit_between(add, ops[3]).value_or(""), Catch::Contains("'b' is used below in this transaction"));
    CHECK(pg15->commit_between(add, ops[4]));   // raw text holding 'b'
    CHECK(!pg15->commit_between(add, ops[5]));  // another label
    CHECK(pg15->commit_between(add, ops[6]));   // a default
    CHECK(!pg15->commit_between(ops[3], ops[4]));
    // Before 12 ADD VALUE runs outside the transaction anyway; SQLite never commits early.
    auto pg11 = make_dialect(DialectOptions{"postgresql", 11}, diags);
    CHECK(pg11->placement(add) == Placement::OutsideTransaction);
    CHECK(!pg11->commit_between(add, ops[3]));
    CHECK(pg15->placement(add) == Placement::InTransaction);
    CHECK(!make_dialect(DialectOptions{"sqlite"}, diags)->commit_between(add, ops[3]));
}
