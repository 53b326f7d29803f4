// migc.ini as configparser reads it (compiler/ini.*): what golden cases show
// less directly — line endings, comments, '#' inside a value, and that a -x
// value is inserted literally (its `%%` is not read again).
#include <catch2/catch.hpp>

#include "compiler/ini.hpp"

using namespace migc;

namespace {

struct Scanned {
    SourceFiles files;
    Diagnostics diags;
    std::optional<IniFile> ini;
};

Scanned scan(std::string text, std::string_view section = "migc") {
    Scanned s;
    FileId id = s.files.add("migc.ini", std::move(text));
    s.ini = scan_ini(s.files, id, section, s.diags);
    return s;
}

}  // namespace

TEST_CASE("sections, comments, CRLF and a BOM", "[ini]") {
    auto s = scan("\xEF\xBB\xBF; comment\r\n[other]\r\nversion_table = x\r\n[migc]\r\n"
                  "  # indented comment\r\nversion_table = v ; inline\r\nurl = postgresql://u:p#w@h/db\r\nempty =\r\n");
    REQUIRE(s.ini);
    CHECK(s.ini->sections == std::vector<std::string>{"other", "migc"});
    REQUIRE(s.ini->entries.size() == 3);
    CHECK(s.ini->entries[0].key == "version_table");
    CHECK(s.ini->entries[0].value == "v");
    CHECK(s.ini->entries[1].value == "postgresql://u:p#w@h/db");  // '#' without a blank before is no comment
    CHECK(s.ini->entries[2].value.empty());
    auto lc = s.files.locate(s.ini->entries[0].where.file, s.ini->entries[0].where.begin);
    CHECK(lc.line == 6);
    CHECK(lc.column == 17);
}

TEST_CASE("a line that is no key = value is an error at its line", "[ini]") {
    auto s = scan("[migc]\nscript_location = m\njust words\n");
    CHECK(!s.ini);
    REQUIRE(s.diags.items().size() == 1);
    REQUIRE(s.diags.items()[0].where);
    CHECK(s.files.locate(0, s.diags.items()[0].where->begin).line == 3);
}

TEST_CASE("%% is %, ${key} is the -x value, inserted as given", "[ini]") {
    auto s = scan("[migc]\nfile_template = %%(rev)s_%(slug)s_100%%%%\nschema = ${a}_${b}\n");
    REQUIRE(s.ini);
    Diagnostics diags;
    std::map<std::string, std::string> vars{{"a", "x%%y"}, {"b", "${a}"}};
    CHECK(expand_ini_value(s.ini->entries[0], vars, diags) == "%(rev)s_%(slug)s_100%%");
    CHECK(expand_ini_value(s.ini->entries[1], vars, diags) == "x%%y_${a}");
    CHECK(!diags.has_errors());
}

TEST_CASE("an undefined ${key} is an error where it stands", "[ini]") {
    auto s = scan("[migc]\nversion_table_schema = ${schema}\n");
    REQUIRE(s.ini);
    Diagnostics diags;
    CHECK(!expand_ini_value(s.ini->entries[0], {}, diags));
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].message == "undefined variable 'schema'");
    REQUIRE(diags.items()[0].where);
    auto lc = s.files.locate(0, diags.items()[0].where->begin);
    CHECK(lc.line == 2);
    CHECK(lc.column == 24);
    CHECK(diags.items()[0].where->end - diags.items()[0].where->begin == 9);
}
