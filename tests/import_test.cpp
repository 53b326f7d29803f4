// migc import alembic: the Python lexer, the expression and statement reader,
// and the op.* converter, one piece at a time; tests/import.sh runs whole
// histories end to end.
#include <catch2/catch.hpp>
#include <string>

#include "compiler/import/alembic_convert.hpp"
#include "compiler/import/alembic_module.hpp"
#include "compiler/import/python_lexer.hpp"

using namespace migc::pyimport;

namespace {

std::vector<std::string> kinds_and_text(std::string_view src) {
    std::vector<std::string> out;
    for (const Token& t : lex_python(src).tokens) {
        switch (t.kind) {
            case TokKind::Newline:
                out.push_back("NL");
                break;
            case TokKind::Indent:
                out.push_back("IN");
                break;
            case TokKind::Dedent:
                out.push_back("DE");
                break;
            case TokKind::End:
                out.push_back("END");
                break;
            case TokKind::String:
                out.push_back("s:" + t.text);
                break;
            default:
                out.push_back(t.text);
        }
    }
    return out;
}

// The upgrade block's statements of a module whose upgrade() is `body`.
ConvertedRevision convert_upgrade(const std::string& body, const std::string& module_level = "") {
    std::string src = "revision = 'r1'\ndown_revision = None\n" + module_level + "\ndef upgrade():\n" + body +
                      "\n\ndef downgrade():\n    pass\n";
    static std::string keep;
    keep = src;
    return convert_alembic_module(read_alembic_module(keep), keep);
}

std::string upgrade_text(const ConvertedRevision& r) {
    auto b = r.text.find("upgrade {\n");
    auto e = r.text.find("\n}\n", b);
    REQUIRE(b != std::string::npos);
    return r.text.substr(b + 10, e - b - 10 + 1);
}

}  // namespace

TEST_CASE("lexer: strings in every quoting, implicit concatenation is the parser's", "[import]") {
    CHECK(kinds_and_text("x = 'a' \"b\"\n") == std::vector<std::string>{"x", "=", "s:a", "s:b", "NL", "END"});
    CHECK(kinds_and_text("r'\\d' b'\\x41' u'\\u00e9'\n") ==
          std::vector<std::string>{"s:\\d", "s:A", "s:\xc3\xa9", "NL", "END"});
    CHECK(kinds_and_text("'''one\n'two'\n'''\n") == std::vector<std::string>{"s:one\n'two'\n", "NL", "END"});
    auto f = lex_python("f'{x}'\n");
    CHECK(f.tokens[0].formatted);
}

TEST_CASE("lexer: INDENT/DEDENT by indentation; brackets and backslashes continue lines", "[import]") {
    CHECK(kinds_and_text("def f():\n    a(1,\n  2)\n    # c\n\n    b \\\n  + 1\nx\n") ==
          std::vector<std::string>{"def", "f", "(",  ")", ":", "NL", "IN", "a",  "(", "1",  ",",
                                   "2",   ")", "NL", "b", "+", "1",  "NL", "DE", "x", "NL", "END"});
}

TEST_CASE("lexer: hostile text ends with an error, never a crash", "[import]") {
    CHECK(lex_python("x = 'never closed\n").error);
    CHECK(lex_python("x = '''never closed").error);
    CHECK(lex_python(std::string("\x00\x01\xff", 3)).error);
    CHECK(lex_python("if x:\n        a\n    b\n").error);
    std::string deep(100000, '(');
    auto r = read_alembic_module(deep);  // bounded recursion
    CHECK(!r.upgrade.present);
    std::string deep_call = "def upgrade():\n    op.execute(" + std::string(5000, '[') + "\n";
    CHECK(read_alembic_module(deep_call).upgrade.present);
}

TEST_CASE("expressions: calls, keywords, attribute chains, literals", "[import]") {
    auto tokens = lex_python(
                      "sa.Column('id', sa.Integer(), nullable=False, server_default=-1, x=[1, (2, 3)], "
                      "d={'a': None})\n")
                      .tokens;
    std::size_t pos = 0;
    Expr e = ExprParser(tokens, pos).parse();
    REQUIRE(e.kind == Expr::Kind::Call);
    CHECK(e.callee() == "sa.Column");
    CHECK(e.arg_count() == 2);
    CHECK(e.arg(0).text == "id");
    CHECK(e.arg(1).callee() == "sa.Integer");
    CHECK(e.keyword("nullable")->kind == Expr::Kind::False);
    CHECK(e.keyword("server_default")->kind == Expr::Kind::Neg);
    CHECK(e.keyword("x")->items[1].kind == Expr::Kind::Tuple);
    CHECK(e.keyword("d")->kind == Expr::Kind::Dict);
    pos = 0;
    auto other = lex_python("a + b if c else d\n").tokens;
    CHECK(ExprParser(other, pos).parse().kind == Expr::Kind::Other);
}

TEST_CASE("module: header assignments (annotated too), docstring, functions", "[import]") {
    std::string src =
        "\"\"\"add users\n\nRevision ID: abc\nCreate Date: 2025-01-15 10:30:00.123456\n\"\"\"\n"
        "revision: str = 'abc'\ndown_revision: Union[str, None] = ('p1', 'p2')\n"
        "branch_labels = ('core',)\ndepends_on = 'dep1'\n"
        "def upgrade() -> None:\n    pass\n\ndef downgrade() -> None:\n    raise NotImplementedError()\n";
    auto m = read_alembic_module(src);
    auto r = convert_alembic_module(m, src);
    REQUIRE(r.errors.empty());
    CHECK(r.header.id == "abc");
    CHECK(r.header.parents == std::vector<std::string>{"p1", "p2"});
    CHECK(r.header.labels == std::vector<std::string>{"core"});
    CHECK(r.header.depends_on == std::vector<std::string>{"dep1"});
    CHECK(r.header.message == "add users");
    CHECK(r.create_date == "2025-01-15 10:30:00");
    CHECK(r.text.find("downgrade irreversible;") != std::string::npos);
}

TEST_CASE("module: no revision assignment is an error, not a guess", "[import]") {
    std::string src = "x = 1\n";
    auto r = convert_alembic_module(read_alembic_module(src), src);
    CHECK(!r.errors.empty());
}

TEST_CASE("convert: create_table with keys, defaults, enum and an op.f index", "[import]") {
    auto r = convert_upgrade(
        "    op.create_table('users',\n"
        "        sa.Column('id', sa.Integer(), nullable=False),\n"
        "        sa.Column('email', sa.String(length=255), nullable=False),\n"
        "        sa.Column('mood', sa.Enum('a', 'b', name='mood'), nullable=True),\n"
        "        sa.Column('on', sa.Boolean(), server_default='1', nullable=False),\n"
        "        sa.PrimaryKeyConstraint('id'))\n"
        "    op.create_index(op.f('ix_users_email'), 'users', ['email'], unique=True)\n");
    CHECK(r.not_converted.empty());
    CHECK(upgrade_text(r) ==
          "    create type mood as enum ('a', 'b');\n"
          "    create table users (\n"
          "        id integer primary key identity,\n"
          "        email string(255) not null,\n"
          "        mood mood,\n"
          "        \"on\" boolean not null default true\n"
          "    );\n"
          "    create unique index ix_users_email on users (email);\n");
}

TEST_CASE("convert: alter_column becomes one alter table, rename last", "[import]") {
    auto r = convert_upgrade(
        "    op.alter_column('users', 'full_name', new_column_name='name', nullable=False,\n"
        "                    existing_type=sa.String(100))\n");
    CHECK(upgrade_text(r) ==
          "    alter table users\n"
          "        alter column full_name set not null,\n"
          "        rename column full_name to name;\n");
}

TEST_CASE("convert: batch_alter_table is one alter table; indexes are their own statements", "[import]") {
    auto r = convert_upgrade(
        "    with op.batch_alter_table('t') as b:\n"
        "        b.add_column(sa.Column('x', sa.Integer()))\n"
        "        b.drop_column('y')\n"
        "        b.create_index('ix_t_x', ['x'])\n");
    CHECK(upgrade_text(r) ==
          "    alter table t\n"
          "        add column x integer,\n"
          "        drop column y;\n"
          "    create index ix_t_x on t (x);\n");
}

TEST_CASE("convert: bulk_insert from a module-level sa.table", "[import]") {
    auto r = convert_upgrade("    op.bulk_insert(t, [{'id': 1, 'n': 'it''s'}, {'id': 2, 'n': None}])\n",
                             "t = sa.table('things', sa.column('id', sa.Integer), sa.column('n', sa.String))\n");
    CHECK(upgrade_text(r) ==
          "    insert into things (id, n) values\n"
          "        (1, 'its'),\n"
          "        (2, null);\n");
}

TEST_CASE("convert: execute text, DROP TYPE as migc's own statement", "[import]") {
    auto r = convert_upgrade("    op.execute(sa.text('UPDATE t SET a = 1'))\n    op.execute('DROP TYPE mood')\n");
    CHECK(upgrade_text(r) == "    execute $$ UPDATE t SET a = 1 $$;\n    drop type mood;\n");
}

TEST_CASE("convert: what cannot be converted is marked, with its span", "[import]") {
    auto r = convert_upgrade(
        "    conn = op.get_bind()\n"
        "    for row in conn.execute('x'):\n"
        "        op.execute('y')\n"
        "    helper()\n"
        "    op.execute(f'UPDATE t SET a = {v}')\n");
    REQUIRE(r.not_converted.size() == 3);
    CHECK(r.not_converted[0].message == "a loop");
    CHECK(r.not_converted[1].message.find("helper") != std::string::npos);
    std::string up = upgrade_text(r);
    CHECK(up.find("    -- migc import: not converted: for row in conn.execute('x'):\n"
                  "    --         op.execute('y')\n"
                  "    not_converted;\n") != std::string::npos);
}

TEST_CASE("names: keywords and odd names are quoted", "[import]") {
    CHECK(migc_name("users") == "users");
    CHECK(migc_name("order") == "\"order\"");
    CHECK(migc_name("my table") == "\"my table\"");
    CHECK(migc_name("a\"b") == "\"a\"\"b\"");
}

TEST_CASE("convert: an option migc does not convert is reported, other engines' options are not", "[import]") {
    auto r = convert_upgrade(
        "    op.add_column('t', sa.Column('x', sa.Integer()), if_not_exists=True)\n"
        "    op.drop_table('u', if_exists=True, mysql_engine='InnoDB')\n");
    REQUIRE(r.not_converted.size() == 1);
    CHECK(r.not_converted[0].message == "an op.add_column option migc does not convert: if_not_exists=");
    CHECK(upgrade_text(r).find("    drop table if exists u;\n") != std::string::npos);
}

TEST_CASE("convert: server defaults: sa.false(), sa.text numbers, raw SQL", "[import]") {
    auto r = convert_upgrade(
        "    op.add_column('t', sa.Column('f', sa.Boolean(), server_default=sa.false()))\n"
        "    op.add_column('t', sa.Column('n', sa.Integer(), server_default=sa.text('0')))\n"
        "    op.add_column('t', sa.Column('u', sa.Uuid(), server_default=sa.text('gen_random_uuid()')))\n"
        "    op.add_column('t', sa.Column('p', sa.Numeric(10, 2), server_default='0'))\n");
    CHECK(upgrade_text(r) ==
          "    alter table t add column f boolean default false;\n"
          "    alter table t add column n integer default 0;\n"
          "    alter table t add column u uuid default sql$$ gen_random_uuid() $$;\n"
          "    alter table t add column p numeric(10, 2) default '0';\n");
}

TEST_CASE("module: a revision id that is no migc name is an error", "[import]") {
    std::string src = "revision = 'abc-def'\ndown_revision = None\ndef upgrade():\n    pass\n";
    auto r = convert_alembic_module(read_alembic_module(src), src);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message.find("'abc-def' cannot be a migc revision id") != std::string::npos);
}

TEST_CASE("convert: CREATE TYPE ... AS ENUM in op.execute is migc's create type", "[import]") {
    auto r = convert_upgrade(
        "    op.execute(\"CREATE TYPE mood AS ENUM ('a', 'it''s')\")\n"
        "    op.execute(\"CREATE TYPE pair AS (x int, y int)\")\n");
    CHECK(upgrade_text(r) ==
          "    create type mood as enum ('a', 'it''s');\n"
          "    execute $$ CREATE TYPE pair AS (x int, y int) $$;\n");
}

TEST_CASE("convert: autocommit_block, ALTER TYPE ... ADD VALUE, imports inside functions", "[import]") {
    auto r = convert_upgrade(
        "    from sqlalchemy.sql import table\n"
        "    with op.get_context().autocommit_block():\n"
        "        op.execute(\"ALTER TYPE mood ADD VALUE 'meh' AFTER 'sad'\")\n"
        "        op.execute(\"ALTER TYPE mood ADD VALUE IF NOT EXISTS 'x'\")\n");
    CHECK(r.not_converted.empty());
    CHECK(upgrade_text(r) ==
          "    alter type mood add value 'meh' after 'sad';\n"
          "    execute $$ ALTER TYPE mood ADD VALUE IF NOT EXISTS 'x' $$;\n");
}

TEST_CASE("hostile text: long minus runs and attribute chains stay bounded", "[import]") {
    std::string src = "revision = 'x'\ndown_revision = None\ndef upgrade():\n    x = " + std::string(200000, '-') +
                      "1\n    y = ";
    for (int i = 0; i < 100000; ++i) src += "a.";
    src += "b\n    op.drop_table('t')\n";
    auto r = convert_alembic_module(read_alembic_module(src), src);
    CHECK(r.errors.empty());
    CHECK(r.text.find("    drop table t;\n") != std::string::npos);
}
