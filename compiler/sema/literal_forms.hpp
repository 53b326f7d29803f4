// The text forms a typed literal may take, checked at compile time so that a
// date of 2025-02-30 or a malformed uuid is an error with a caret instead of a
// script that fails on the server (PostgreSQL) or stores garbage (SQLite).
// The forms are ISO 8601 and RFC 4122/8259: the ones both engines read alike.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace migc::literal_forms {

// Each returns why `text` is not of its form (for "...: <why>"), or nothing.
std::optional<std::string> date_problem(std::string_view text);       // YYYY-MM-DD
std::optional<std::string> time_problem(std::string_view text);       // HH:MM[:SS[.fraction]]
std::optional<std::string> timestamp_problem(std::string_view text, bool with_zone);  // date, ' ' or 'T', time[, zone]
std::optional<std::string> uuid_problem(std::string_view text);       // 8-4-4-4-12 hex digits
std::optional<std::string> json_problem(std::string_view text);       // one JSON value

// What a literal of each form looks like, for the note under the error (ISO 8601, RFC 4122, RFC 8259).
inline constexpr std::string_view kDateExample = "'2025-01-31'";
inline constexpr std::string_view kTimeExample = "'13:45:00'";
inline constexpr std::string_view kTimestampExample = "'2025-01-31 13:45:00'";
inline constexpr std::string_view kTimestampTzExample = "'2025-01-31 13:45:00+01:00'";
inline constexpr std::string_view kUuidExample = "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'";
inline constexpr std::string_view kJsonExample = "'{\"key\": [1, 2.5, true, null]}'";

}  // namespace migc::literal_forms
