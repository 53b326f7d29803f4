// The typed literal forms (compiler/sema/literal_forms.hpp): the boundaries
// of each, since the engines disagree with migc only at the edges.
#include <catch2/catch.hpp>

#include <string>

#include "compiler/sema/literal_forms.hpp"

using namespace migc::literal_forms;

TEST_CASE("dates: calendar days only, leap years by the Gregorian rule", "[literal_forms]") {
    for (const char* ok : {"2025-01-31", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"}) CHECK_FALSE(date_problem(ok));
    CHECK(date_problem("1900-02-29") == "1900-02 has no day 29");  // divisible by 100, not by 400
    CHECK(date_problem("2025-04-31") == "2025-04 has no day 31");
    CHECK(date_problem("2025-00-10") == "there is no month 0");
    CHECK(date_problem("0000-01-01") == "there is no year 0");
    for (const char* bad : {"", "2025-1-31", "25-01-31", "2025/01/31", "2025-01-3x", "today"})
        CHECK(date_problem(bad) == "it is not a date written YYYY-MM-DD");
    CHECK(date_problem("2025-01-31 10:00"));  // that is a timestamp
}

TEST_CASE("times: HH:MM[:SS[.fraction]], and 24:00:00 exactly", "[literal_forms]") {
    for (const char* ok : {"00:00", "23:59:59", "13:45:00.123456", "24:00", "24:00:00"}) CHECK_FALSE(time_problem(ok));
    for (const char* bad : {"24:00:01", "23:60", "12:00:60", "1:00", "12:00:", "12:00:00.", "12:00:00 Z", "noon"})
        CHECK(time_problem(bad));
}

TEST_CASE("timestamps: a date, then ' ' or 'T' and a time; a zone only with time zone", "[literal_forms]") {
    for (const char* ok : {"2025-01-31", "2025-01-31 13:45", "2025-01-31T13:45:00.5"}) {
        CHECK_FALSE(timestamp_problem(ok, false));
        CHECK_FALSE(timestamp_problem(ok, true));
    }
    for (const char* zoned : {"2025-01-31 13:45:00Z", "2025-01-31 13:45:00+01", "2025-01-31 13:45:00-08:00",
                              "2025-01-31 13:45:00+0530"}) {
        CHECK_FALSE(timestamp_problem(zoned, true));
        CHECK(timestamp_problem(zoned, false) == "a timestamp without time zone takes no zone (PostgreSQL would drop it)");
    }
    for (const char* bad : {"2025-01-31 13:45:00 CET", "2025-01-31 13:45:00+1", "2025-01-31 13:45:00+16",
                            "2025-01-31 13:45:00+01:60", "2025-01-31_13:45", "2025-02-30 00:00"})
        CHECK(timestamp_problem(bad, true));
}

TEST_CASE("uuids: 32 hex digits, dashed 8-4-4-4-12 or not, braces allowed", "[literal_forms]") {
    for (const char* ok : {"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11",
                           "a0eebc999c0b4ef8bb6d6bb9bd380a11", "{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}"})
        CHECK_FALSE(uuid_problem(ok));
    for (const char* bad : {"", "a0eebc99-9c0b-4ef8-bb6d", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1g",
                            "a0eebc999-c0b-4ef8-bb6d-6bb9bd380a11", "{a0eebc999c0b4ef8bb6d6bb9bd380a11"})
        CHECK(uuid_problem(bad));
}

TEST_CASE("JSON: one RFC 8259 value with blanks around it", "[literal_forms]") {
    for (const char* ok : {"{}", "[]", " 1 ", "-0.5e+3", "\"a\\u00e9\\n\"", "null", "{\"a\": [1, {\"b\": false}]}"})
        CHECK_FALSE(json_problem(ok));
    CHECK(json_problem("{a: 1}") == "expected a quoted key at character 2");
    CHECK(json_problem("[1, 2,]") == "expected a JSON value at character 7");
    CHECK(json_problem("[1] x") == "unexpected 'x' after the value, at character 5");
    CHECK(json_problem("\"abc") == "an unterminated JSON string at the end");
    for (const char* bad : {"", "01", "1.", ".5", "tru", "{\"a\" 1}", "\"\\x\"", "\"\t\"", "[1 2]", "NaN"})
        CHECK(json_problem(bad));
    CHECK(json_problem(std::string(100000, '[')) == "JSON nested too deeply at character 258");
}
