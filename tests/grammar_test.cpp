// Tests of the migc parser (SPEC 2): every statement, type and expression form,
// the revision header, spans, and the diagnostics for malformed input.
#include <catch2/catch.hpp>

#include "grammar/parser.hpp"

using namespace migc;
using namespace migc::ast;

namespace {

struct Parsed {
    SourceFiles files;
    Diagnostics diags;
    FileId id = 0;
    std::optional<std::vector<Statement>> statements;
    std::optional<RevisionFile> file;

    std::string rendered() const { return diags.render(files, false); }
    std::string text(Span s) const { return files.text(id).substr(s.begin, s.end - s.begin); }
    // "line:col: message" of diagnostic i
    std::string error(std::size_t i = 0) const {
        const auto& d = diags.items().at(i);
        auto lc = files.locate(d.where->file, d.where->begin);
        return std::to_string(lc.line) + ":" + std::to_string(lc.column) + ": " + d.message;
    }
};

Parsed statements(const std::string& text, grammar::Variables vars = {}) {
    Parsed p;
    p.id = p.files.add("test.mig", text);
    p.statements = grammar::parse_statements(p.files, p.id, vars, p.diags);
    return p;
}

Parsed revision(const std::string& text, grammar::Variables vars = {}) {
    Parsed p;
    p.id = p.files.add("test.mig", text);
    p.file = grammar::parse_revision_file(p.files, p.id, vars, p.diags);
    return p;
}

// Parses exactly one statement that must be valid, and returns its node.
template <class Node>
Node one(const std::string& text, grammar::Variables vars = {}) {
    Parsed p = statements(text, std::move(vars));
    INFO(p.rendered());
    REQUIRE(p.statements);
    REQUIRE(p.statements->size() == 1);
    REQUIRE(std::holds_alternative<Node>(p.statements->front().node));
    return std::get<Node>(p.statements->front().node);
}

Expr expr(const std::string& e) { return *one<Delete>("delete from t where " + e + ";").where; }

// A compact rendering of an expression tree, for checking precedence.
std::string show(const Expr& e) {
    auto args = [&](const char* sep) {
        std::string s;
        for (std::size_t i = 0; i < e.args.size(); ++i) s += (i ? sep : "") + show(e.args[i]);
        return s;
    };
    switch (e.kind) {
    case Expr::Kind::Literal: return e.lit.kind == LiteralKind::String ? "'" + e.lit.text + "'" : e.lit.text;
    case Expr::Kind::Column: return (e.name.schema ? e.name.schema->text + "." : "") + e.name.name.text;
    case Expr::Kind::Unary: return "(" + e.op + " " + show(e.args[0]) + ")";
    case Expr::Kind::Binary: return "(" + show(e.args[0]) + " " + e.op + " " + show(e.args[1]) + ")";
    case Expr::Kind::IsNull: return "(" + show(e.args[0]) + (e.negated ? " is not null)" : " is null)");
    case Expr::Kind::In:
        return "(" + show(e.args[0]) + (e.negated ? " not in [" : " in [") +
               [&] { std::string s; for (std::size_t i = 1; i < e.args.size(); ++i) s += (i > 1 ? "," : "") + show(e.args[i]); return s; }() + "])";
    case Expr::Kind::Between:
        return "(" + show(e.args[0]) + (e.negated ? " not between " : " between ") + show(e.args[1]) + " and " + show(e.args[2]) + ")";
    case Expr::Kind::Call: return e.op + "(" + args(",") + ")";
    case Expr::Kind::Cast: return "cast(" + show(e.args[0]) + ")";
    case Expr::Kind::Raw: return "raw";
    case Expr::Kind::Paren: return "[" + show(e.args[0]) + "]";
    }
    return "?";
}

const char* const kExample = R"(-- 2025-01-15_a1b2c3d4e5f6_add_users_table.mig
revision  a1b2c3d4e5f6
revises   none                       -- a base; or one id; or (id1, id2) for a merge
message   "add users table"
labels    (core)                     -- optional branch labels
depends_on (f00dcafe0001)            -- optional cross-branch dependencies
created   2025-01-15 10:30:00        -- optional, informational

upgrade {
    create table users (
        id         bigint      primary key identity,
        email      string(255) not null unique,
        full_name  string(100) not null,
        is_active  boolean     not null default true,
        created_at timestamptz not null default now(),
        org_id     integer     references orgs (id) on delete cascade
    );
    create unique index ix_users_email on users (email);
}

downgrade {
    drop index ix_users_email;
    drop table users;
}
)";

}  // namespace

// --- the revision file -----------------------------------------------------------------

TEST_CASE("grammar: the SPEC 2 example file parses with every header field", "[grammar]") {
    Parsed p = revision(kExample);
    INFO(p.rendered());
    REQUIRE(p.file);
    const RevisionFile& f = *p.file;
    CHECK(f.revision.text == "a1b2c3d4e5f6");
    CHECK(p.text(f.revision.span) == "a1b2c3d4e5f6");
    CHECK(f.revises.empty());
    CHECK(p.text(f.revises_span).rfind("revises", 0) == 0);
    REQUIRE(f.message);
    CHECK(f.message->text == "add users table");
    REQUIRE(f.labels.size() == 1);
    CHECK(f.labels[0].text == "core");
    REQUIRE(f.depends_on.size() == 1);
    CHECK(f.depends_on[0].text == "f00dcafe0001");
    REQUIRE(f.created);
    CHECK(f.created->text == "2025-01-15 10:30:00");
    CHECK(f.has_upgrade);
    REQUIRE(f.upgrade.size() == 2);
    CHECK(f.downgrade_kind == DowngradeKind::Block);
    REQUIRE(f.downgrade.size() == 2);
    CHECK(p.text(f.upgrade_span).rfind("upgrade {", 0) == 0);
    CHECK(p.text(f.upgrade_span).back() == '}');
    CHECK(p.text(f.downgrade_span).rfind("downgrade {", 0) == 0);

    const auto& ct = std::get<CreateTable>(f.upgrade[0].node);
    CHECK(ct.table.name.text == "users");
    REQUIRE(ct.columns.size() == 6);
    CHECK(ct.columns[0].type.kind == Type::Kind::BigInt);
    CHECK(ct.columns[0].primary_key);
    CHECK(ct.columns[0].identity);
    CHECK(ct.columns[1].type.kind == Type::Kind::String);
    CHECK(ct.columns[1].type.length == 255);
    CHECK(ct.columns[1].nullable == false);
    CHECK(ct.columns[1].unique);
    CHECK(ct.columns[3].default_value->lit.kind == LiteralKind::Boolean);
    CHECK(ct.columns[4].default_value->kind == Expr::Kind::Call);
    CHECK(ct.columns[4].default_value->op == "now");
    CHECK_FALSE(ct.columns[5].nullable.has_value());
    REQUIRE(ct.columns[5].references);
    CHECK(ct.columns[5].references->table.name.text == "orgs");
    CHECK(ct.columns[5].references->on_delete == RefAction::Cascade);
    CHECK(p.text(ct.columns[5].span) == "org_id     integer     references orgs (id) on delete cascade");
    CHECK(p.text(f.upgrade[0].span).rfind("create table users (", 0) == 0);
    CHECK(p.text(f.upgrade[0].span).substr(p.text(f.upgrade[0].span).size() - 2) == ");");
    const auto& ix = std::get<CreateIndex>(f.upgrade[1].node);
    CHECK(ix.unique);
    CHECK(p.text(f.upgrade[1].span) == "create unique index ix_users_email on users (email);");
}

TEST_CASE("grammar: header fields in any order, merges, ids starting with a digit", "[grammar]") {
    Parsed p = revision("message 'merge' revises (1a2b3c, d4e5f6)\nrevision 0abc\n");
    INFO(p.rendered());
    REQUIRE(p.file);
    CHECK(p.file->revision.text == "0abc");
    REQUIRE(p.file->revises.size() == 2);
    CHECK(p.file->revises[0].text == "1a2b3c");
    CHECK(p.file->revises[1].text == "d4e5f6");
    CHECK_FALSE(p.file->has_upgrade);
    CHECK(p.file->downgrade_kind == DowngradeKind::Missing);
}

TEST_CASE("grammar: downgrade irreversible and an empty downgrade block", "[grammar]") {
    Parsed a = revision("revision b\nrevises a\nupgrade { drop table t; }\ndowngrade irreversible;\n");
    INFO(a.rendered());
    REQUIRE(a.file);
    CHECK(a.file->revises.at(0).text == "a");
    CHECK(a.file->downgrade_kind == DowngradeKind::Irreversible);
    Parsed b = revision("revision b\nrevises a\nupgrade { }\ndowngrade { }\n");
    REQUIRE(b.file);
    CHECK(b.file->has_upgrade);
    CHECK(b.file->upgrade.empty());
    CHECK(b.file->downgrade_kind == DowngradeKind::Block);
    CHECK(b.file->downgrade.empty());
}

TEST_CASE("grammar: a missing revises is reported at the start of the file", "[grammar][errors]") {
    Parsed p = revision("revision abc\nupgrade { }\n");
    CHECK_FALSE(p.file);
    REQUIRE(p.diags.items().size() == 1);
    CHECK(p.error() == "1:1: missing 'revises' in the revision header");
}

TEST_CASE("grammar: a duplicate header field is reported at the second one", "[grammar][errors]") {
    Parsed p = revision("revision abc\nrevises none\nrevision def\n");
    CHECK_FALSE(p.file);
    REQUIRE(p.diags.items().size() == 1);
    CHECK(p.error() == "3:1: duplicate header field 'revision'");
    REQUIRE(p.diags.items()[0].notes.size() == 1);
}

TEST_CASE("grammar: a revision id with '-' gets a clear error", "[grammar][errors]") {
    Parsed p = revision("revision abc-def\nrevises none\n");
    CHECK_FALSE(p.file);
    REQUIRE(p.diags.items().size() == 1);  // and no "missing 'revision'" on top
    CHECK(p.error().rfind("1:10: invalid revision id 'abc-def'", 0) == 0);
    CHECK(p.diags.items()[0].where->end - p.diags.items()[0].where->begin == 7);
}

TEST_CASE("grammar: EOF inside a block is a clean error", "[grammar][errors]") {
    Parsed p = revision("revision a\nrevises none\nupgrade {\n  drop table t;\n");
    CHECK_FALSE(p.file);
    REQUIRE(p.diags.items().size() == 1);
    CHECK(p.error() == "5:1: expected '}' to close the upgrade block, found end of file");
    REQUIRE(p.diags.items()[0].notes.size() == 1);
    auto open = p.files.locate(p.id, p.diags.items()[0].notes[0].where->begin);
    CHECK(open.line == 3);
    CHECK(open.column == 9);
}

TEST_CASE("grammar: two errors in one file are both reported, and parsing resumes", "[grammar][errors]") {
    Parsed p = revision(
        "revision a\nrevises none\nupgrade {\n"
        "  create table t (id int, name);\n"
        "  drop table x;\n"
        "  create index ix on t (id) where;\n"
        "}\n");
    CHECK_FALSE(p.file);
    INFO(p.rendered());
    REQUIRE(p.diags.items().size() == 2);
    CHECK(p.error(0) == "4:31: expected a column type, found ')'");
    CHECK(p.error(1) == "6:34: expected an expression, found ';'");
}

// --- statements (SPEC 2.1) ----------------------------------------------------------

TEST_CASE("grammar: create table with every column option and table constraints", "[grammar]") {
    auto ct = one<CreateTable>(R"(create table if not exists billing.invoices (
        id bigint primary key identity,
        code string not null unique default 'x' check (length(code) > 0) comment 'the code',
        customer_id integer null references billing.customers (id) on delete set null on update no action deferrable initially deferred,
        total numeric(10, 2) default -1.5,
        constraint pk_inv primary key (id),
        unique (code, customer_id),
        foreign key (customer_id) references customers (id) on delete restrict,
        constraint ck_total check (total >= 0)
    ) comment 'invoices';)");
    CHECK(ct.if_not_exists);
    REQUIRE(ct.table.schema);
    CHECK(ct.table.schema->text == "billing");
    CHECK(ct.table.name.text == "invoices");
    REQUIRE(ct.columns.size() == 4);
    const ColumnDef& code = ct.columns[1];
    CHECK(code.type.kind == Type::Kind::String);
    CHECK_FALSE(code.type.length);
    CHECK(code.unique);
    CHECK(code.nullable == false);
    CHECK(code.default_value->lit.text == "x");
    CHECK(show(*code.check) == "(length(code) > 0)");
    CHECK(code.comment->text == "the code");
    const ColumnDef& cust = ct.columns[2];
    CHECK(cust.nullable == true);
    CHECK(cust.references->table.schema->text == "billing");
    CHECK(cust.references->on_delete == RefAction::SetNull);
    CHECK(cust.references->on_update == RefAction::NoAction);
    CHECK(cust.references->deferrable);
    CHECK(cust.references->initially_deferred);
    CHECK(ct.columns[3].type.precision == 10);
    CHECK(ct.columns[3].type.scale == 2);
    CHECK(ct.columns[3].default_value->lit.text == "-1.5");
    CHECK(ct.columns[3].default_value->lit.kind == LiteralKind::Decimal);
    REQUIRE(ct.constraints.size() == 4);
    CHECK(ct.constraints[0].kind == TableConstraint::Kind::PrimaryKey);
    CHECK(ct.constraints[0].name->text == "pk_inv");
    CHECK(ct.constraints[1].kind == TableConstraint::Kind::Unique);
    CHECK(ct.constraints[1].columns.size() == 2);
    CHECK_FALSE(ct.constraints[1].name);
    CHECK(ct.constraints[2].kind == TableConstraint::Kind::ForeignKey);
    CHECK(ct.constraints[2].references.on_delete == RefAction::Restrict);
    CHECK(ct.constraints[3].kind == TableConstraint::Kind::Check);
    CHECK(ct.constraints[3].name->text == "ck_total");
    CHECK(ct.comment->text == "invoices");
}

TEST_CASE("grammar: drop table and rename table", "[grammar]") {
    auto d = one<DropTable>("DROP TABLE IF EXISTS t;");
    CHECK(d.if_exists);
    CHECK(d.table.name.text == "t");
    auto r = one<RenameTable>("alter table a.t rename to u;");
    CHECK(r.table.schema->text == "a");
    CHECK(r.new_name.text == "u");
}

TEST_CASE("grammar: alter table with all nine actions in one batch", "[grammar]") {
    Parsed p = statements(R"(alter table t
        add column c text not null default '',
        drop column d,
        rename column e to f,
        alter column g type bigint using cast(g as bigint),
        alter column h set not null,
        alter column h2 drop not null,
        alter column i set default 0,
        alter column i2 drop default,
        alter column j comment 'jay',
        add constraint uq_k unique (k),
        add check (k > 0),
        drop constraint ck_old;)");
    INFO(p.rendered());
    REQUIRE(p.statements);
    const auto& a = std::get<AlterTable>(p.statements->at(0).node);
    REQUIRE(a.actions.size() == 12);
    CHECK(std::get<AddColumn>(a.actions[0].node).column.name.text == "c");
    CHECK(std::get<DropColumn>(a.actions[1].node).column.text == "d");
    CHECK(std::get<RenameColumn>(a.actions[2].node).new_name.text == "f");
    const auto& type = std::get<AlterColumnType>(a.actions[3].node);
    CHECK(type.column.text == "g");
    CHECK(type.type.kind == Type::Kind::BigInt);
    CHECK(type.using_expr->kind == Expr::Kind::Cast);
    CHECK(std::get<AlterColumnNullability>(a.actions[4].node).nullable == false);
    CHECK(std::get<AlterColumnNullability>(a.actions[5].node).nullable == true);
    CHECK(std::get<AlterColumnNullability>(a.actions[5].node).column.text == "h2");
    CHECK(std::get<AlterColumnDefault>(a.actions[6].node).value->lit.text == "0");
    CHECK_FALSE(std::get<AlterColumnDefault>(a.actions[7].node).value);
    CHECK(std::get<AlterColumnComment>(a.actions[8].node).comment.text == "jay");
    CHECK(std::get<AddConstraint>(a.actions[9].node).constraint.name->text == "uq_k");
    CHECK(std::get<AddConstraint>(a.actions[10].node).constraint.kind == TableConstraint::Kind::Check);
    CHECK(std::get<DropConstraint>(a.actions[11].node).name.text == "ck_old");
    CHECK(p.text(a.actions[4].span) == "alter column h set not null");
}

TEST_CASE("grammar: comment on table and on column", "[grammar]") {
    auto t = one<CommentOnTable>("comment on table s.t is 'a table';");
    CHECK(t.table.schema->text == "s");
    CHECK(t.comment.text == "a table");
    auto c = one<CommentOnColumn>("comment on column s.t.c is 'a column';");
    CHECK(c.table.schema->text == "s");
    CHECK(c.table.name.text == "t");
    CHECK(c.column.text == "c");
    auto c2 = one<CommentOnColumn>("comment on column t.c is '';");
    CHECK_FALSE(c2.table.schema);
    CHECK(c2.comment.text.empty());
}

TEST_CASE("grammar: create and drop index with every option", "[grammar]") {
    auto ix = one<CreateIndex>(
        "create unique index concurrently if not exists ix_a on s.t (a desc, (lower(b)) asc, c) where deleted_at is null;");
    CHECK(ix.unique);
    CHECK(ix.concurrently);
    CHECK(ix.if_not_exists);
    CHECK(ix.name.name.text == "ix_a");
    CHECK(ix.table.schema->text == "s");
    REQUIRE(ix.elements.size() == 3);
    CHECK(ix.elements[0].column->text == "a");
    CHECK(ix.elements[0].descending == true);
    CHECK(show(*ix.elements[1].expr) == "lower(b)");
    CHECK(ix.elements[1].descending == false);
    CHECK_FALSE(ix.elements[2].descending);
    CHECK(show(*ix.where) == "(deleted_at is null)");
    auto d = one<DropIndex>("drop index concurrently if exists ix_a;");
    CHECK(d.concurrently);
    CHECK(d.if_exists);
    CHECK(d.name.name.text == "ix_a");
}

TEST_CASE("grammar: enum types and schemas", "[grammar]") {
    auto e = one<CreateEnum>("create type mood as enum ('sad', 'ok', 'it''s fine');");
    REQUIRE(e.labels.size() == 3);
    CHECK(e.labels[2].text == "it's fine");
    auto a = one<AlterEnumAddValue>("alter type mood add value 'happy' before 'ok';");
    CHECK(a.value.text == "happy");
    CHECK(a.before->text == "ok");
    CHECK_FALSE(a.after);
    auto a2 = one<AlterEnumAddValue>("alter type mood add value 'meh' after 'sad';");
    CHECK(a2.after->text == "sad");
    CHECK(one<DropType>("drop type mood;").name.name.text == "mood");
    CHECK(one<CreateSchema>("create schema if not exists billing;").if_not_exists);
    auto ds = one<DropSchema>("drop schema if exists billing cascade;");
    CHECK(ds.if_exists);
    CHECK(ds.cascade);
    CHECK(ds.name.text == "billing");
}

TEST_CASE("grammar: insert, update, delete", "[grammar]") {
    auto ins = one<Insert>("insert into t (a, b) values (1, 'x'), (-2, null);");
    CHECK(ins.columns.size() == 2);
    REQUIRE(ins.rows.size() == 2);
    CHECK(ins.rows[1][0].lit.text == "-2");
    CHECK(ins.rows[1][1].lit.kind == LiteralKind::Null);
    auto up = one<Update>("update t set a = a + 1, b = upper(b) where id > 10 batch 500;");
    REQUIRE(up.assignments.size() == 2);
    CHECK(show(up.assignments[0].value) == "(a + 1)");
    CHECK(show(*up.where) == "(id > 10)");
    CHECK(up.batch == 500);
    auto del = one<Delete>("delete from t;");
    CHECK_FALSE(del.where);
}

TEST_CASE("grammar: execute raw text, per dialect and with parameters", "[grammar]") {
    auto all = one<Execute>("execute $$ UPDATE t SET x = 1; -- 'not a comment' $$;");
    CHECK(*all.all == " UPDATE t SET x = 1; -- 'not a comment' ");
    auto both = one<Execute>("execute sqlite $$ s $$ postgresql $$ p $$;");
    CHECK(*both.postgresql == " p ");
    CHECK(*both.sqlite == " s ");
    CHECK_FALSE(both.all);
    auto pg = one<Execute>("execute postgresql $$ p $$;");
    CHECK_FALSE(pg.sqlite);
    auto with = one<Execute>("execute $$ UPDATE t SET plan = :plan $$ with (plan = 'free', n = 3);");
    REQUIRE(with.params.size() == 2);
    CHECK(with.params[0].column.text == "plan");
    CHECK(with.params[0].value.lit.text == "free");
    CHECK(with.params[1].value.lit.kind == LiteralKind::Integer);
}

// --- types (SPEC 2.2) -----------------------------------------------------------------

TEST_CASE("grammar: every portable type", "[grammar]") {
    auto type = [](const std::string& t) { return one<CreateTable>("create table t (c " + t + ");").columns.at(0).type; };
    using K = Type::Kind;
    CHECK(type("smallint").kind == K::SmallInt);
    CHECK(type("integer").kind == K::Integer);
    CHECK(type("INT").kind == K::Integer);
    CHECK(type("bigint").kind == K::BigInt);
    CHECK(type("varchar(20)").length == 20);
    CHECK(type("text").kind == K::Text);
    CHECK(type("bool").kind == K::Boolean);
    CHECK(type("boolean").kind == K::Boolean);
    CHECK(type("numeric").kind == K::Numeric);
    CHECK(type("decimal(8)").precision == 8);
    CHECK_FALSE(type("decimal(8)").scale);
    CHECK(type("real").kind == K::Real);
    CHECK(type("double").kind == K::Double);
    CHECK(type("double precision").kind == K::Double);
    CHECK(type("date").kind == K::Date);
    CHECK(type("time").kind == K::Time);
    CHECK(type("timestamp").kind == K::Timestamp);
    CHECK(type("timestamptz").kind == K::TimestampTz);
    CHECK(type("uuid").kind == K::Uuid);
    CHECK(type("json").kind == K::Json);
    CHECK(type("jsonb").kind == K::Jsonb);
    CHECK(type("bytes").kind == K::Bytes);
    auto named = type("billing.mood");
    CHECK(named.kind == K::Named);
    CHECK(named.named.schema->text == "billing");
    CHECK(named.named.name.text == "mood");
    CHECK(type("integer_range").kind == K::Named);  // a keyword prefix is not the keyword
    auto raw = type("postgresql(tsvector) sqlite(text)");
    CHECK(raw.kind == K::Raw);
    CHECK(*raw.raw_postgresql == "tsvector");
    CHECK(*raw.raw_sqlite == "text");
    auto nested = type("postgresql( numeric(10,2) )");
    CHECK(*nested.raw_postgresql == "numeric(10,2)");
    CHECK_FALSE(nested.raw_sqlite);
}

TEST_CASE("grammar: type spans cover the whole type", "[grammar]") {
    Parsed p = statements("create table t (c numeric( 10 , 2 ) not null);");
    REQUIRE(p.statements);
    const auto& c = std::get<CreateTable>(p.statements->at(0).node).columns.at(0);
    CHECK(p.text(c.type.span) == "numeric( 10 , 2 )");
    CHECK(p.text(c.name.span) == "c");
}

// --- expressions (SPEC 2.3) -----------------------------------------------------------

TEST_CASE("grammar: expression precedence", "[grammar]") {
    CHECK(show(expr("a or b and c")) == "(a or (b and c))");
    CHECK(show(expr("not a = 1 and b")) == "((not (a = 1)) and b)");
    CHECK(show(expr("a = 1 + 2 * 3")) == "(a = (1 + (2 * 3)))");
    CHECK(show(expr("a || b + 1 = c")) == "((a || (b + 1)) = c)");
    CHECK(show(expr("a - b - c")) == "((a - b) - c)");
    CHECK(show(expr("-a * 2")) == "((- a) * 2)");
    CHECK(show(expr("(a or b) and c")) == "([(a or b)] and c)");
    CHECK(show(expr("a <> 1 and b != 2 and c <= 3 and d >= 4 and e < 5 and f > 6")) ==
          "((((((a <> 1) and (b <> 2)) and (c <= 3)) and (d >= 4)) and (e < 5)) and (f > 6))");
}

TEST_CASE("grammar: comparison forms", "[grammar]") {
    CHECK(show(expr("a is null")) == "(a is null)");
    CHECK(show(expr("a IS NOT NULL")) == "(a is not null)");
    CHECK(show(expr("a in (1, 2)")) == "(a in [1,2])");
    CHECK(show(expr("a not in ('x')")) == "(a not in ['x'])");
    CHECK(show(expr("a like 'x%'")) == "(a like 'x%')");
    CHECK(show(expr("a not like 'x%'")) == "(a not like 'x%')");
    CHECK(show(expr("a between 1 and 2 and b")) == "((a between 1 and 2) and b)");
    CHECK(show(expr("a not between 1 and 2")) == "(a not between 1 and 2)");
    CHECK(show(expr("notes = 1")) == "(notes = 1)");  // `notes` is not `not`
    CHECK(show(expr("t.a = t2.b")) == "(t.a = t2.b)");
}

TEST_CASE("grammar: literal forms", "[grammar]") {
    auto lit = [](const std::string& e) { return expr("x = " + e).args.at(1).lit; };
    CHECK(lit("'it''s'").text == "it's");
    CHECK(lit("42").kind == LiteralKind::Integer);
    CHECK(lit("1.5").kind == LiteralKind::Decimal);
    CHECK(lit("1e3").kind == LiteralKind::Decimal);
    CHECK(lit("TRUE").text == "true");
    CHECK(lit("false").kind == LiteralKind::Boolean);
    CHECK(lit("null").kind == LiteralKind::Null);
    CHECK(lit("date '2025-01-01'").kind == LiteralKind::Date);
    CHECK(lit("date '2025-01-01'").text == "2025-01-01");
    CHECK(lit("time '10:00'").kind == LiteralKind::Time);
    CHECK(lit("timestamp '2025-01-01 10:00'").kind == LiteralKind::Timestamp);
    CHECK(lit("timestamptz '2025-01-01 10:00+00'").kind == LiteralKind::TimestampTz);
    CHECK(lit("x'00ff'").kind == LiteralKind::Bytes);
    CHECK(lit("x'00ff'").text == "00ff");
    CHECK(lit("-7").text == "-7");
}

TEST_CASE("grammar: strings may span lines and keep every byte", "[grammar]") {
    auto s = one<CommentOnTable>("comment on table t is 'line one\n  -- not a comment /* nor this */\nline ''three''';");
    CHECK(s.comment.text == "line one\n  -- not a comment /* nor this */\nline 'three'");
}

TEST_CASE("grammar: functions, cast and raw expressions", "[grammar]") {
    auto call = expr("x = COALESCE(a, lower(b), now())").args.at(1);
    CHECK(call.kind == Expr::Kind::Call);
    CHECK(call.op == "coalesce");
    REQUIRE(call.args.size() == 3);
    CHECK(call.args[2].op == "now");
    CHECK(call.args[2].args.empty());
    auto cd = expr("x = current_date").args.at(1);
    CHECK(cd.kind == Expr::Kind::Call);
    CHECK(cd.op == "current_date");
    auto cast = expr("cast(a as numeric(5, 1)) > 0").args.at(0);
    CHECK(cast.kind == Expr::Kind::Cast);
    CHECK(cast.type->kind == Type::Kind::Numeric);
    CHECK(cast.type->scale == 1);
    auto raw = expr("sql$$ a ~ 'x' $$").args;
    auto r = expr("sql$$ a ~ 'x' $$");
    CHECK(r.kind == Expr::Kind::Raw);
    CHECK(*r.raw_all == " a ~ 'x' ");
    auto r2 = expr("postgresql$$ a ~ 'x' $$ sqlite$$ a regexp 'x' $$");
    CHECK(*r2.raw_postgresql == " a ~ 'x' ");
    CHECK(*r2.raw_sqlite == " a regexp 'x' ");
    CHECK_FALSE(r2.raw_all);
}

TEST_CASE("grammar: expression spans", "[grammar]") {
    Parsed p = statements("delete from t where a = 1 and (b or c);");
    REQUIRE(p.statements);
    const Expr& w = *std::get<Delete>(p.statements->at(0).node).where;
    CHECK(p.text(w.span) == "a = 1 and (b or c)");
    CHECK(p.text(w.args[0].span) == "a = 1");
    CHECK(p.text(w.args[1].span) == "(b or c)");
    CHECK(p.text(w.args[1].args[0].span) == "b or c");
    CHECK(p.text(w.args[0].args[1].lit.span) == "1");
    CHECK(p.text(p.statements->at(0).span) == "delete from t where a = 1 and (b or c);");
}

// --- names, variables, comments ------------------------------------------------------

TEST_CASE("grammar: quoted identifiers keep every character, keywords any case", "[grammar]") {
    auto ct = one<CreateTable>("CREATE Table \"Mixed \"\"Case\"\"\" (\"select\" INTEGER, UserName text);");
    CHECK(ct.table.name.text == "Mixed \"Case\"");
    CHECK(ct.columns[0].name.text == "select");
    CHECK(ct.columns[1].name.text == "UserName");
    CHECK(one<DropIndex>("drop index index_name;").name.name.text == "index_name");
}

TEST_CASE("grammar: variables substitute identifiers and literals", "[grammar]") {
    grammar::Variables vars{{"schema", "billing"}, {"plan", "free"}};
    Parsed p = statements("create schema if not exists ${schema};\nupdate ${schema}.t set plan = ${plan};", vars);
    INFO(p.rendered());
    REQUIRE(p.statements);
    CHECK(std::get<CreateSchema>(p.statements->at(0).node).name.text == "billing");
    CHECK(p.text(std::get<CreateSchema>(p.statements->at(0).node).name.span) == "${schema}");
    const auto& up = std::get<Update>(p.statements->at(1).node);
    CHECK(up.table.schema->text == "billing");
    CHECK(up.assignments[0].value.lit.kind == LiteralKind::String);
    CHECK(up.assignments[0].value.lit.text == "free");
}

TEST_CASE("grammar: an undefined variable is an error with a note", "[grammar][errors]") {
    Parsed p = statements("alter table ${tbl} rename to x;");
    CHECK_FALSE(p.statements);
    REQUIRE(p.diags.items().size() == 1);
    CHECK(p.error() == "1:13: undefined variable 'tbl'");
    CHECK(p.diags.items()[0].where->end - p.diags.items()[0].where->begin == 6);
    REQUIRE(p.diags.items()[0].notes.size() == 1);
    CHECK(p.diags.items()[0].notes[0].message == "pass it with -x tbl=VALUE");
}

TEST_CASE("grammar: comments are whitespace everywhere", "[grammar]") {
    auto d = one<DropTable>("/* a\n block */ drop -- why\n table /**/ t -- end\n ; -- after");
    CHECK(d.table.name.text == "t");
}

// --- errors -------------------------------------------------------------------------

TEST_CASE("grammar: a missing ';' points right after the statement, notes the next token, and parsing continues",
          "[grammar][errors]") {
    Parsed p = statements("drop table a\ndrop table b;\ncreate table c (x int) drop table d;");
    REQUIRE(p.diags.items().size() == 2);
    CHECK(p.error(0) == "1:13: expected ';' after the statement");
    CHECK(p.error(1) == "3:23: expected ';' after the statement");
    const auto& note = p.diags.items()[0].notes.at(0);
    CHECK(note.message == "the next token, 'drop', is here");
    CHECK(p.files.locate(0, note.where->begin).line == 2);
    CHECK(note.where->end - note.where->begin == 4);
}

TEST_CASE("grammar: a bad type says what was expected", "[grammar][errors]") {
    Parsed p = statements("create table t (\n  id 123\n);");
    REQUIRE(p.diags.items().size() == 1);
    CHECK(p.error() == "2:6: expected a column type, found '123'");
    Parsed q = statements("create table t (id string(abc));");
    REQUIRE(q.diags.items().size() == 1);
    CHECK(q.error() == "1:27: expected a number, found 'abc'");
}

TEST_CASE("grammar: an unknown statement suggests the closest keyword", "[grammar][errors]") {
    Parsed p = statements("crate table t (id int);");
    REQUIRE(p.diags.items().size() == 1);
    CHECK(p.error() == "1:1: expected a statement, found 'crate'");
    REQUIRE(p.diags.items()[0].notes.size() == 1);
    CHECK(p.diags.items()[0].notes[0].message == "did you mean 'create'?");
}

TEST_CASE("grammar: unterminated tokens give clean errors", "[grammar][errors]") {
    Parsed s = statements("comment on table t is 'oops;\ndrop table x;\n");
    REQUIRE(s.diags.items().size() == 1);
    CHECK(s.error() == "1:23: unterminated string literal");
    Parsed d = statements("execute $$ select 1;");
    REQUIRE(d.diags.items().size() == 1);
    CHECK(d.error() == "1:9: unterminated $$ raw text (no closing $$)");
    Parsed c = statements("drop table t; /* no end");
    REQUIRE(c.diags.items().size() == 1);
    CHECK(c.error() == "1:15: unterminated /* comment");
    Parsed q = statements("drop table \"abc;");
    REQUIRE(q.diags.items().size() == 1);
    CHECK(q.error() == "1:12: unterminated quoted identifier");
    Parsed e = statements("create table t (");
    REQUIRE(e.diags.items().size() == 1);
    CHECK(e.error() == "1:17: expected a column definition or table constraint, found end of file");
}

TEST_CASE("grammar: a NUL byte inside a string is an error", "[grammar][errors]") {
    Parsed p = statements(std::string("comment on table t is 'a\0b';", 28));
    REQUIRE(p.diags.items().size() == 1);
    CHECK(p.error() == "1:25: NUL byte inside a string literal");
}

TEST_CASE("grammar: expectation errors after keywords name the missing part", "[grammar][errors]") {
    CHECK(statements("create index ix on t (a;").error() == "1:24: expected ',' or ')', found ';'");
    CHECK(statements("create tabel t;").error() ==
          "1:8: expected 'table', 'index', 'unique index', 'type' or 'schema' after 'create', found 'tabel'");
    CHECK(statements("alter table t alter column c set nul;").error() ==
          "1:34: expected 'not null' or 'default' after 'set', found 'nul'");
    CHECK(statements("create type m as enum (1);").error() == "1:24: expected a string literal ('...'), found '1'");
    CHECK(statements("update t set a = ;").error() == "1:18: expected an expression, found ';'");
    CHECK(statements("alter table t frobnicate;").error() ==
          "1:15: expected an alter table action (add, drop, rename or alter column), found 'frobnicate'");
}

TEST_CASE("grammar: garbage never hangs the parser", "[grammar][errors]") {
    for (const char* text : {"}", "{", ";;;", "$$", "'", "\"", "${", "${x", "create", "create table", "(((((", "x'zz'",
                             "revision", "upgrade {", "downgrade", "-- only a comment", "/*", "1a2b", "}}}; drop"}) {
        Parsed a = statements(text);
        Parsed b = revision(text);
        CHECK((a.diags.has_errors() || (a.statements && a.statements->empty())));
        CHECK(b.diags.has_errors());
    }
}

TEST_CASE("grammar: a misspelt type with arguments is named, with a suggestion", "[grammar][errors]") {
    Parsed p = statements("create table t (\n  price nmeric(10, 2)\n);");
    REQUIRE(p.diags.items().size() == 1);
    CHECK(p.error(0) == "2:9: unknown type 'nmeric' (a user-defined type takes no arguments)");
    CHECK(p.diags.items()[0].notes.at(0).message == "did you mean 'numeric'?");
}

TEST_CASE("grammar: a trailing comma in create table expects another element", "[grammar][errors]") {
    Parsed p = statements("create table t (id integer primary key,\n);");
    REQUIRE(p.diags.items().size() == 1);
    CHECK(p.error(0) == "2:1: expected a column definition or table constraint, found ')'");
}

TEST_CASE("grammar: a UTF-8 byte order mark before the header is skipped", "[grammar]") {
    SourceFiles files;
    Diagnostics diags;
    FileId id = files.add("bom.mig", "\xEF\xBB\xBFrevision a1\nrevises none\nupgrade { }\n");
    auto file = grammar::parse_revision_file(files, id, {}, diags);
    REQUIRE(file);
    CHECK(file->revision.text == "a1");
    CHECK(file->revision.span.begin == 12);
}

TEST_CASE("grammar: a keyword followed by a non-ASCII letter is part of one identifier", "[grammar]") {
    // `notéligible` is a column, not `not éligible`; `tableé` is not `table é`.
    auto d = one<Delete>("delete from t where notéligible;");
    REQUIRE(d.where);
    CHECK(d.where->kind == Expr::Kind::Column);
    CHECK(d.where->name.name.text == "notéligible");
    Parsed p = statements("drop tableé;");
    CHECK_FALSE(p.statements);
}

TEST_CASE("grammar: batch 0 is an error at the number", "[grammar][errors]") {
    Parsed p = statements("update t set a = 1 batch 0;");
    REQUIRE(p.diags.items().size() == 1);
    CHECK(p.error(0) == "1:26: a batch size must be at least 1");
}

TEST_CASE("grammar: hostile nesting and operator chains are diagnosed, not a stack overflow", "[grammar][errors]") {
    Parsed deep = statements("delete from t where " + std::string(5000, '(') + "a" + std::string(5000, ')') + ";");
    REQUIRE(deep.diags.items().size() == 1);
    CHECK_THAT(deep.error(0), Catch::Contains("expression nested too deeply"));
    std::string chain = "a";
    for (int i = 0; i < 5000; ++i) chain += " + a";
    Parsed longer = statements("delete from t where " + chain + ";");
    REQUIRE(longer.diags.items().size() == 1);
    CHECK_THAT(longer.error(0), Catch::Contains("expression too long (more than 1000 operators in a row)"));
    std::string ok = "a";
    for (int i = 0; i < 500; ++i) ok += " and a";
    CHECK(statements("delete from t where " + std::string(50, '(') + ok + std::string(50, ')') + ";").statements);
}

TEST_CASE("grammar: an empty variable cannot be a name, and recovery steps over ${...}", "[grammar][errors]") {
    SourceFiles files;
    Diagnostics diags;
    FileId id = files.add("v.mig", "create table ${t} (id integer);\ndrop table x;");
    auto stmts = grammar::parse_statements(files, id, {{"t", ""}}, diags);
    CHECK_FALSE(stmts);
    REQUIRE(diags.items().size() == 1);  // no cascade from the '}' of ${t}
    CHECK(diags.items()[0].message == "variable 't' is empty, and a name cannot be");
}

TEST_CASE("grammar: an empty created line is an error, not the next line", "[grammar][errors]") {
    Parsed p = revision("revision a1\nrevises none\ncreated\nupgrade { }\n");
    CHECK_FALSE(p.file);
    CHECK(p.error(0) == "4:1: expected a date and time, found 'upgrade'");
}
