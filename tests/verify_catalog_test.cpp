// Verification's catalogs (compiler/verify/): normalization, the differences
// and how they read, the SQLite catalog read from a real in-memory database
// against the model's expected one, and the rows a step must keep.
#include <sqlite3.h>

#include <catch2/catch.hpp>

#include "compiler/sema/checker.hpp"
#include "compiler/verify/catalog.hpp"
#include "compiler/verify/sqlite_catalog.hpp"
#include "compiler/verify/stable_rows.hpp"
#include "dialects/dialect.hpp"
#include "grammar/parser.hpp"

namespace {

using namespace migc;

// The model after checking `text` (SQLite's schemas), and the ops of it.
struct Model {
    SchemaModel model;
    std::vector<ir::Op> ops;
};

Model model_of(const std::string& text) {
    SourceFiles files;
    Diagnostics diags;
    Model out;
    Checker checker(out.model, SemaOptions{0, {"main", "temp"}}, diags);
    FileId id = files.add("t.mig", text);
    if (auto stmts = grammar::parse_statements(files, id, {}, diags))
        for (const auto& stmt : *stmts)
            for (auto& op : checker.check(stmt, id)) out.ops.push_back(std::move(op));
    REQUIRE(diags.render(files, false).empty());
    return out;
}

struct Db {
    sqlite3* db = nullptr;
    Db() { sqlite3_open(":memory:", &db); }
    ~Db() { sqlite3_close(db); }
    void exec(const std::string& sql) {
        char* error = nullptr;
        int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
        INFO((error ? error : ""));
        sqlite3_free(error);
        REQUIRE(rc == SQLITE_OK);
    }
};

std::unique_ptr<Dialect> sqlite() {
    Diagnostics diags;
    return make_dialect(DialectOptions{"sqlite"}, diags);
}

std::vector<std::string> differences(const SchemaModel& model, Db& db) {
    Diagnostics diags;
    auto expected = verify::expected_sqlite_catalog(model, *sqlite(), diags);
    std::string error;
    auto actual = verify::read_sqlite_catalog(db.db, "migc_version", error);
    REQUIRE(expected);
    REQUIRE(actual);
    std::vector<std::string> out;
    for (const auto& d : verify::diff(*expected, *actual)) out.push_back(verify::describe(d));
    return out;
}

const char* kUsers = R"(
    create table users (
        id bigint primary key identity,
        email string(255) not null unique,
        status string(10) not null default 'new',
        team_id integer references teams (id) on delete cascade,
        age integer check (age > 0)
    );
    create index ix_users_status on users (status desc) where status <> 'gone';
)";

const char* kUsersSql = R"(
    CREATE TABLE users (
        id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        email VARCHAR(255) NOT NULL,
        status VARCHAR(10) DEFAULT 'new' NOT NULL,
        team_id INTEGER,
        age INTEGER,
        CONSTRAINT fk_users_team_id_teams FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE,
        CONSTRAINT uq_users_email UNIQUE (email),
        CONSTRAINT ck_users_age CHECK (age > 0)
    );
    CREATE INDEX ix_users_status ON users (status DESC) WHERE status <> 'gone';
)";

const char* kTeams = "create table teams (id integer primary key, name text not null);";
const char* kTeamsSql =
    "CREATE TABLE teams (id INTEGER NOT NULL, name TEXT NOT NULL, CONSTRAINT pk_teams PRIMARY KEY (id));";

}  // namespace

TEST_CASE("verify: SQL text normalizes quotes, case, spaces and comments alike") {
    CHECK(verify::normalize_sql("lower( \"Email\" )  IN ('A',  'b') -- x") == "lower (email) in ('A', 'b')");
    CHECK(verify::normalize_sql("\"Mixed Case\" >= 1") == "\"mixed case\" >= 1");
    CHECK(verify::normalize_type("numeric(10, 2)") == "NUMERIC(10,2)");
    CHECK(verify::ident("Users") == "users");
    CHECK(verify::ident("order items") == "\"order items\"");
}

TEST_CASE("verify: differences name what is missing, left behind or changed, a whole table once") {
    verify::Catalog expected, actual;
    expected.entries = {{"table a", ""}, {"column a.x", "INTEGER"}, {"column a.y", "TEXT NOT NULL"}};
    actual.entries = {
        {"table a", ""}, {"column a.x", "INTEGER"},  {"column a.y", "TEXT"},       {"column a.z", "BIGINT"},
        {"table b", ""}, {"column b.id", "INTEGER"}, {"index b.ix_b", "ON b (id)"}};
    std::vector<std::string> lines;
    for (const auto& d : verify::diff(expected, actual)) lines.push_back(verify::describe(d));
    CHECK(lines == std::vector<std::string>{"column a.y: expected TEXT NOT NULL, found TEXT",
                                            "column a.z is left behind (BIGINT)", "table b is left behind"});
}

TEST_CASE("verify: a SQLite database built as the dialect writes the model matches it") {
    Model m = model_of(std::string(kTeams) + kUsers);
    Db db;
    db.exec(std::string(kTeamsSql) + kUsersSql);
    CHECK(differences(m.model, db).empty());
}

TEST_CASE("verify: the SQLite reader sees every kind of difference") {
    Model m = model_of(std::string(kTeams) + kUsers);
    Db db;
    std::string users = kUsersSql;
    auto replace = [&](const std::string& from, const std::string& to) {
        auto at = users.find(from);
        REQUIRE(at != std::string::npos);
        users.replace(at, from.size(), to);
    };
    replace("DEFAULT 'new' NOT NULL", "DEFAULT 'old'");  // default and nullability
    replace("ON DELETE CASCADE", "ON DELETE SET NULL");  // an action
    replace("CHECK (age > 0)", "CHECK (age >= 0)");      // a check
    replace("CONSTRAINT uq_users_email UNIQUE (email),", "CONSTRAINT uq_mail UNIQUE (email),");  // a name
    replace("ON users (status DESC)", "ON users (status)");                                      // index order
    db.exec(std::string(kTeamsSql) + users + "CREATE TABLE extra (id INTEGER);");
    CHECK(differences(m.model, db) ==
          std::vector<std::string>{
              "column users.status: expected VARCHAR(10) NOT NULL DEFAULT 'new', found VARCHAR(10) DEFAULT 'old'",
              "constraint users.ck_users_age: expected CHECK (age > 0), found CHECK (age >= 0)",
              "constraint users.fk_users_team_id_teams: expected FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE "
              "CASCADE, found FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE SET NULL",
              "constraint users.uq_mail is left behind (UNIQUE (email))",
              "constraint users.uq_users_email is missing (UNIQUE (email))",
              "index users.ix_users_status: expected ON users (status desc) WHERE status <> 'gone', found ON users "
              "(status) WHERE status <> 'gone'",
              "table extra is left behind",
          });
}

TEST_CASE("verify: SQLite keeps a parenthesised default without its parentheses; renames quote names") {
    Model m = model_of(
        "create table t (a integer default (1 + 2), b text check (length(b) > 0));"
        "alter table t rename column b to c;");
    Db db;
    db.exec(
        "CREATE TABLE t (a INTEGER DEFAULT (1 + 2), b TEXT, CONSTRAINT ck_t_b CHECK (length(b) > 0));"
        "ALTER TABLE t RENAME COLUMN b TO c;");
    CHECK(differences(m.model, db).empty());
}

TEST_CASE("verify: the rows a step keeps leave out what it rewrites") {
    Model before = model_of(
        "create table t (id integer primary key, a integer, b text, c text);"
        "create table u (id integer primary key);");
    Model after = model_of(
        "create table t (id integer primary key, a bigint, b text, d text);"
        "create table u (id integer primary key);");
    Model step = model_of(
        "create table t (id integer primary key, a integer, b text, c text);"
        "create table u (id integer primary key);"
        "insert into u (id) values (1);");
    std::vector<ir::Op> ops(step.ops.end() - 1, step.ops.end());  // the insert into u
    auto kept = verify::stable_rows(ops, before.model, after.model);
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].table.name == "t");
    CHECK(kept[0].columns == std::vector<std::string>{"id", "b"});  // a changed type, c dropped, d added
}
