// A new revision file (`revision`, `merge`): its name from migc.ini's
// file_template and its text in the migc language. Text only: nothing here
// touches the disk or the graph.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace migc {

struct NewRevision {
    std::string id;
    std::vector<std::string> parents;  // empty: a base
    std::string message;
    std::vector<std::string> labels;
    std::vector<std::string> depends_on;
    std::string created;               // the `created` header, e.g. "2026-01-01 00:00:00"
    bool blocks = true;                // false: no upgrade/downgrade blocks (a merge)
};

// The file's text; parses back into the same header (tests/commands_test.cpp).
std::string render_revision_file(const NewRevision& rev);

// Alembic's slug: the runs of letters, digits and '_' of the message, joined
// with '_', lower-cased; longer than `max_length`, it is cut at the last '_'
// within the limit and ends with '_' (Alembic's truncate_slug_length).
std::string message_slug(std::string_view message, std::size_t max_length = 40);

// The values a file_template may name: %(rev)s %(slug)s %(epoch)d %(year)d
// %(month).2d %(day).2d %(hour).2d %(minute).2d %(second).2d.
struct FileNameFields {
    std::string rev;
    std::string slug;
    std::int64_t epoch = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
};

// Python's `template % fields` for the conversions s, d and i with flags
// (- 0 space +), width and precision, and %%. Returns nullopt and sets `error`
// on an unknown key or conversion.
std::optional<std::string> expand_file_template(std::string_view file_template, const FileNameFields& fields,
                                                 std::string& error);

}  // namespace migc
