// The pieces of the revision-graph commands that golden files cannot pin
// down one by one: new revision files parse back into the header they were
// rendered from, Alembic's slug and file_template, and JSON string escaping.
#include <catch2/catch.hpp>

#include "compiler/diagnostics.hpp"
#include "compiler/json_writer.hpp"
#include "compiler/revision_file_writer.hpp"
#include "grammar/parser.hpp"

using namespace migc;

namespace {

ast::RevisionFile parse_back(const std::string& text) {
    SourceFiles files;
    Diagnostics diags;
    FileId id = files.add("new.mig", text);
    auto parsed = grammar::parse_revision_file(files, id, {}, diags);
    INFO(diags.render(files, false));
    REQUIRE(parsed);
    REQUIRE(!diags.has_errors());
    return *parsed;
}

std::vector<std::string> names(const std::vector<ast::Name>& list) {
    std::vector<std::string> out;
    for (const auto& n : list) out.push_back(n.text);
    return out;
}

}  // namespace

TEST_CASE("a new revision file parses back into its header", "[revision_file_writer]") {
    NewRevision rev;
    rev.id = "a1b2c3d4e5f6";
    rev.parents = {"0f0f0f0f0f0f"};
    rev.message = "say \"hi\"\nto 'everyone' -- not a comment /* nor this */";
    rev.labels = {"core", "2fa"};
    rev.depends_on = {"beef01", "reports"};
    rev.created = "2026-01-01 00:00:00";
    auto file = parse_back(render_revision_file(rev));
    CHECK(file.revision.text == rev.id);
    CHECK(names(file.revises) == rev.parents);
    REQUIRE(file.message);
    CHECK(file.message->text == rev.message);
    CHECK(names(file.labels) == rev.labels);
    CHECK(names(file.depends_on) == rev.depends_on);
    REQUIRE(file.created);
    CHECK(file.created->text == rev.created);
    CHECK(file.has_upgrade);
    CHECK(file.upgrade.empty());
    CHECK(file.downgrade_kind == ast::DowngradeKind::Block);
    CHECK(file.downgrade.empty());
}

TEST_CASE("a base and a merge without blocks parse back", "[revision_file_writer]") {
    NewRevision base;
    base.id = "b1";
    base.message = "first";
    auto b = parse_back(render_revision_file(base));
    CHECK(b.revises.empty());
    CHECK(!b.created);

    NewRevision merge;
    merge.id = "m1";
    merge.parents = {"c3", "d4"};
    merge.message = "merge";
    merge.blocks = false;
    auto m = parse_back(render_revision_file(merge));
    CHECK(names(m.revises) == merge.parents);
    CHECK(!m.has_upgrade);
    CHECK(m.downgrade_kind == ast::DowngradeKind::Missing);
}

TEST_CASE("slug as Alembic makes it", "[revision_file_writer]") {
    CHECK(message_slug("Add users table") == "add_users_table");
    CHECK(message_slug("  Add payments: card & SEPA (v2)!  ") == "add_payments_card_sepa_v2");
    CHECK(message_slug("keep__double_underscores") == "keep__double_underscores");
    CHECK(message_slug("") == "");
    CHECK(message_slug("!!!") == "");
    // Longer than 40: cut at the last '_' within 40, then '_' (truncate_slug_length).
    CHECK(message_slug("one two three four five six seven eight nine ten") == "one_two_three_four_five_six_seven_eight_");
    CHECK(message_slug("abcdefghij", 4) == "abcd_");
}

TEST_CASE("file_template is Python %-formatting", "[revision_file_writer]") {
    FileNameFields f;
    f.rev = "a1b2";
    f.slug = "add_users";
    f.epoch = 1767225600;
    f.year = 2026, f.month = 1, f.day = 2, f.hour = 3, f.minute = 4, f.second = 5;
    std::string error;
    auto expand = [&](std::string_view t) { return expand_file_template(t, f, error).value_or("<error>"); };
    CHECK(expand("%(year)d-%(month).2d-%(day).2d_%(rev)s_%(slug)s") == "2026-01-02_a1b2_add_users");
    CHECK(expand("%(epoch)d_%(rev)s") == "1767225600_a1b2");
    CHECK(expand("%(hour)02d%(minute)02d%(second)02d") == "030405");
    CHECK(expand("%(month)3d|%(month)-3d|%(rev).2s|%%") == "  1|1  |a1|%");
    CHECK(expand("%(year)s") == "2026");
    CHECK(expand("%(rev)d") == "<error>");
    CHECK(expand("%(nope)s") == "<error>");
    CHECK(error.find("nope") != std::string::npos);
    CHECK(expand("%s") == "<error>");
    CHECK(expand("%(rev)") == "<error>");
}

TEST_CASE("JSON strings are escaped and always valid", "[json_writer]") {
    CHECK(json_quote("plain") == "\"plain\"");
    CHECK(json_quote("a\"b\\c") == "\"a\\\"b\\\\c\"");
    CHECK(json_quote("l1\nl2\tx\r") == "\"l1\\nl2\\tx\\r\"");
    CHECK(json_quote(std::string("\x01\x1f\x7f", 3)) == "\"\\u0001\\u001f\\u007f\"");
    CHECK(json_quote("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80") == "\"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\"");
    CHECK(json_quote("bad \xff end") == "\"bad \\ufffd end\"");
    CHECK(json_quote("cut \xe2\x82") == "\"cut \\ufffd\\ufffd\"");
    CHECK(json_quote("overlong \xc0\xaf") == "\"overlong \\ufffd\\ufffd\"");
    CHECK(json_quote("surrogate \xed\xa0\x80") == "\"surrogate \\ufffd\\ufffd\\ufffd\"");
}

TEST_CASE("JSON documents nest and indent", "[json_writer]") {
    JsonWriter w;
    w.begin_array();
    w.begin_object();
    w.key("id");
    w.value("a1");
    w.key("parents");
    w.value(std::vector<std::string>{"b2", "c3"});
    w.key("head");
    w.value(true);
    w.key("created");
    w.null();
    w.key("empty");
    w.begin_object();
    w.end_object();
    w.end_object();
    w.end_array();
    CHECK(w.finish() ==
          "[\n  {\n    \"id\": \"a1\",\n    \"parents\": [\"b2\", \"c3\"],\n    \"head\": true,\n"
          "    \"created\": null,\n    \"empty\": {}\n  }\n]\n");

    JsonWriter empty;
    empty.begin_array();
    empty.end_array();
    CHECK(empty.finish() == "[]\n");
}
