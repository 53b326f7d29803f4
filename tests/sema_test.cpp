// The check phase, the schema model, derived inverses and the printer
// (compiler/sema/): what a statement does to the model, what it refuses, and
// that printed schemas and derived downgrades round-trip.
#include <catch2/catch.hpp>

#include <algorithm>

#include "compiler/sema/checker.hpp"
#include "compiler/sema/inverse.hpp"
#include "compiler/sema/printer.hpp"
#include "grammar/parser.hpp"

namespace {

using namespace migc;

struct Checked {
    SchemaModel model;
    std::vector<ir::Op> ops;
    std::string errors;
};

Checked check(const std::string& text, SchemaModel start = {}, std::size_t limit = 63) {
    Checked out{std::move(start), {}, {}};
    SourceFiles files;
    Diagnostics diags;
    FileId id = files.add("t.mig", text);
    Checker checker(out.model, SemaOptions{limit, {"public"}}, diags);
    if (auto stmts = grammar::parse_statements(files, id, {}, diags))
        for (const auto& stmt : *stmts)
            for (auto& op : checker.check(stmt, id)) out.ops.push_back(std::move(op));
    out.errors = diags.render(files, false);
    return out;
}

const std::string kShop = R"(
    create type mood as enum ('happy', 'sad');
    create table users (id bigint primary key identity, email string(80) not null unique, feel mood default 'happy',
                        score integer not null default 0 check (score >= 0)) comment 'people';
    create table posts (id bigint primary key, user_id bigint not null references users (id) on delete cascade,
                        title string(200) not null, body text, constraint uq_posts_user_title unique (user_id, title));
    create index ix_posts_title on posts (title desc) where title <> '';
    create unique index ix_users_lower_email on users ((lower(email)));
)";

}  // namespace

TEST_CASE("create table fills the model with columns, keys and generated names", "[sema]") {
    auto c = check(kShop);
    REQUIRE(c.errors.empty());
    const ir::Table* users = c.model.find_table({"", "users"});
    REQUIRE(users);
    CHECK(users->columns.size() == 4);
    CHECK(users->find_column("id")->identity);
    CHECK_FALSE(users->find_column("id")->nullable);
    REQUIRE(users->primary_key());
    CHECK(users->primary_key()->name == "pk_users");
    CHECK(users->find_column("feel")->type.enum_labels() == std::vector<std::string>{"happy", "sad"});
    CHECK(c.model.indexes.count({"", "ix_posts_title"}) == 1);
    const ir::Table* posts = c.model.find_table({"", "posts"});
    REQUIRE(posts);
    CHECK(posts->constraints[1].name == "fk_posts_user_id_users");
}

TEST_CASE("renames follow into keys, indexes and foreign keys of other tables", "[sema]") {
    auto c = check(kShop + "alter table users rename column id to user_id; alter table posts rename column title to heading;"
                           "alter table users rename to people;");
    REQUIRE(c.errors.empty());
    const ir::Table* posts = c.model.find_table({"", "posts"});
    CHECK(posts->constraints[1].ref_table == ir::ObjectName{"", "people"});
    CHECK(posts->constraints[1].ref_columns == std::vector<std::string>{"user_id"});
    CHECK(*c.model.indexes.at({"", "ix_posts_title"}).elements[0].column == "heading");
    CHECK(c.model.find_table({"", "people"})->primary_key()->columns == std::vector<std::string>{"user_id"});
}

// apply() updates key_names and referrers per constraint added or dropped:
// a table stays a referrer while any of its foreign keys names the table.
TEST_CASE("keys and referrers follow each constraint added or dropped", "[sema]") {
    const ir::ObjectName users{"", "users"}, posts{"", "posts"};
    auto c = check(kShop + "alter table posts add column editor_id bigint references users (id);"
                           "alter table posts add constraint uq_posts_body unique (body);");
    REQUIRE(c.errors.empty());
    CHECK(c.model.referrers.at(users) == std::set<ir::ObjectName>{posts});
    CHECK(c.model.key_names.at({"", "uq_posts_body"}) == posts);

    auto one = check("alter table posts drop constraint fk_posts_user_id_users; alter table posts drop column body;",
                     c.model);
    REQUIRE(one.errors.empty());
    CHECK(one.model.referrers.at(users) == std::set<ir::ObjectName>{posts});  // editor_id still refers to users
    CHECK(one.model.key_names.count({"", "uq_posts_body"}) == 0);              // went with its column
    CHECK(one.model.key_names.at({"", "uq_posts_user_title"}) == posts);

    auto none = check("alter table posts drop column editor_id;", one.model);
    REQUIRE(none.errors.empty());
    CHECK(none.model.referrers.at(users).empty());
    auto dropped = check("drop table users;", none.model);
    CHECK(dropped.errors.empty());
}

TEST_CASE("unknown and stale names are errors with a caret and a hint", "[sema]") {
    auto c = check(kShop + "alter table users rename column email to mail;\ncreate index ix on users (email);");
    CHECK_THAT(c.errors, Catch::Contains("t.mig:10:27: error: unknown column 'email' in table 'users'"));
    CHECK_THAT(c.errors, Catch::Contains("note: column 'email' was renamed to 'mail' in an earlier statement"));
    CHECK_THAT(check(kShop + "drop index ix_post_title;").errors, Catch::Contains("did you mean 'ix_posts_title'?"));
    CHECK_THAT(check(kShop + "create table posts (id integer);").errors, Catch::Contains("table 'posts' already exists"));
    CHECK_THAT(check(kShop + "alter table users drop column id;").errors,
               Catch::Contains("column 'users.id' is referenced by foreign key 'fk_posts_user_id_users' of table 'posts'"));
    CHECK_THAT(check(kShop + "drop type mood;").errors, Catch::Contains("type 'mood' is still used by column 'users.feel'"));
}

TEST_CASE("foreign keys need an existing, keyed column of a comparable type", "[sema]") {
    CHECK_THAT(check(kShop + "create table x (u text references users (id));").errors,
               Catch::Contains("foreign key column 'u' cannot reference 'users.id': their types do not compare"));
    CHECK_THAT(check(kShop + "create table x (u bigint references posts (title));").errors,
               Catch::Contains("(title) of table 'posts' is neither its primary key nor unique"));
    CHECK(check(kShop + "create table x (u string(80) references users (email));").errors.empty());
    // A unique index keys a column as well as a unique constraint does; integers of any width compare.
    CHECK(check(kShop + "create table x (u integer references users (id));").errors.empty());
    CHECK(check("create table tree (id integer primary key, parent integer references tree (id));").errors.empty());
}

TEST_CASE("insert values are checked against the columns' types", "[sema]") {
    auto ok = check(kShop + "insert into users (email, feel, score) values ('a@x', 'sad', '42');");
    CHECK(ok.errors.empty());
    auto c = check(kShop + "create table d (day date, flag boolean);\ninsert into d (day, flag) values ('2024-02-29', true);");
    REQUIRE(c.errors.empty());
    const auto& ins = std::get<ir::Insert>(c.ops.back().node);
    CHECK(ins.rows[0][0].lit.kind == ir::LiteralKind::Date);  // rendered as a date literal
    CHECK_THAT(check(kShop + "insert into users (email, score) values ('a', 'many');").errors,
               Catch::Contains("column 'score' is integer: the string 'many' is not a number"));
    CHECK_THAT(check(kShop + "insert into users (email, feel) values ('a', 'angry');").errors,
               Catch::Contains("'angry' is not a label of enum 'mood'"));
    CHECK_THAT(check(kShop + "insert into users (score) values (1);").errors,
               Catch::Contains("column 'email' of table 'users' is NOT NULL and has no default"));
    CHECK_THAT(check(kShop + "insert into users (email) values (null);").errors,
               Catch::Contains("column 'email' is NOT NULL: null does not fit"));
}

TEST_CASE("generated names are shortened as SQLAlchemy does; explicit long names are errors", "[sema]") {
    const std::string table(60, 't');
    auto c = check("create table " + table + " (col integer unique);");
    REQUIRE(c.errors.empty());
    const auto& name = c.model.find_table({"", table})->constraints[0].name;
    CHECK(name.size() == 60);
    CHECK(name.substr(0, 56) == "uq_" + std::string(52, 't') + "_");
    CHECK(check("create table " + table + " (col integer unique);", {}, 0).model.find_table({"", table})->constraints[0].name ==
          "uq_" + table + "_col");
    CHECK_THAT(check("create table " + std::string(64, 'x') + " (a integer);").errors,
               Catch::Contains("table name '" + std::string(64, 'x') + "' is 64 bytes long; the limit is 63"));
}

TEST_CASE("every derived inverse restores the model exactly", "[sema][inverse]") {
    const std::vector<std::string> changes{
        "alter table users add column bio text comment 'x', add column rank integer not null default 1;",
        "alter table posts drop column title;",
        "alter table posts rename column body to content;",
        "alter table posts rename to articles;",
        "drop index ix_posts_title;",
        "drop table posts;",
        "alter table users alter column score type bigint, alter column score drop not null, alter column score set default 5;",
        "alter table users drop constraint ck_users_score;",
        "alter table posts add constraint ck_posts_title check (length(title) > 1);",
        "comment on table users is 'everyone'; comment on column users.email is 'where to write';",
        "create schema billing; create table billing.invoices (id integer primary key);",
        "create type size as enum ('s', 'm'); alter table users add column size size;",
    };
    for (const auto& change : changes) {
        CAPTURE(change);
        auto before = check(kShop);
        auto after = check(change, before.model);
        REQUIRE(after.errors.empty());
        SchemaModel model = after.model;
        for (auto it = after.ops.rbegin(); it != after.ops.rend(); ++it) {
            auto undo = invert(*it);
            REQUIRE(undo);
            for (const auto& op : *undo) model.apply(op);
        }
        // A dropped column comes back last, as on the engines: compare in name order.
        auto by_name = [](SchemaModel m) {
            for (auto& [key, t] : m.tables.sorted())
                std::sort(t.columns.begin(), t.columns.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
            return m;
        };
        CHECK(print::schema_sql(by_name(model)) == print::schema_sql(by_name(before.model)));
        CHECK(by_name(model).tables == by_name(before.model).tables);
        CHECK(model.indexes == before.model.indexes);
    }
    auto data = check("insert into users (email) values ('a');", check(kShop).model);
    CHECK_FALSE(invert(data.ops.front()));
}

TEST_CASE("a printed schema parses and checks back to the same model", "[sema][printer]") {
    auto c = check(kShop + R"(alter table posts rename to "Articles"; create table "select" ("from" integer primary key);)");
    REQUIRE(c.errors.empty());
    std::string printed = print::schema_sql(c.model);
    auto again = check(printed);
    INFO(printed);
    REQUIRE(again.errors.empty());
    CHECK(print::schema_sql(again.model) == printed);
    CHECK(again.model.tables == c.model.tables);
    CHECK(again.model.indexes == c.model.indexes);
}

TEST_CASE("a foreign key may reference the columns of a unique index on its target and of no other index", "[sema]") {
    const std::string tables = R"(
        create table a (id integer primary key, code text, kind text);
        create table b (id integer primary key, code text);
        create unique index ix_b_code on b (code);
        create unique index ix_a_kind on a (kind) where kind <> '';
    )";
    auto ok = check(tables + "create table c (id integer primary key, b_code text references b (code));");
    CHECK(ok.errors.empty());
    // b's index does not key a.code; a partial unique index keys nothing.
    auto other = check(tables + "create table c (id integer primary key, a_code text references a (code));");
    CHECK(other.errors.find("(code) of table 'a' is neither its primary key nor unique") != std::string::npos);
    auto partial = check(tables + "create table c (id integer primary key, a_kind text references a (kind));");
    CHECK(partial.errors.find("(kind) of table 'a' is neither its primary key nor unique") != std::string::npos);
}
