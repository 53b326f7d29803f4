// One Alembic migration module -> one revision in the migc language. The
// header comes from the module's assignments and docstring; each op.* call
// becomes migc statements; whatever cannot be converted becomes a marked
// `not_converted;` statement (which the migc parser refuses, so the file does
// not compile until a person replaces it) and a problem with its span.
#pragma once

#include <string>
#include <vector>

#include "compiler/import/alembic_module.hpp"
#include "compiler/revision_file_writer.hpp"

namespace migc::pyimport {

struct Problem {
    Problem() = default;
    Problem(std::uint32_t b, std::uint32_t e, std::string m, std::string h = {})
        : begin(b), end(e), message(std::move(m)), hint(std::move(h)) {}
    std::uint32_t begin = 0, end = 0;  // byte offsets into the .py text
    std::string message;
    std::string hint;  // what to write instead, when there is a usual answer
};

// The statement migc writes where Python was not converted; the comment lines
// above it quote the Python.
inline constexpr std::string_view kNotConvertedStatement = "not_converted;";

struct ConvertedRevision {
    NewRevision header;                  // blocks == false: the text below holds them
    std::string create_date;             // "YYYY-MM-DD HH:MM:SS" from the docstring, or ""
    std::string text;                    // the whole .mig file
    std::vector<Problem> not_converted;  // each one has a marker in `text`
    std::vector<Problem> errors;         // no revision can be written (no id, bad parents)
};

ConvertedRevision convert_alembic_module(const AlembicModule& module, std::string_view source);

// `text` with every `not_converted;` marker blanked (line numbers kept): what
// must parse for the file to be what the importer meant to write.
std::string without_markers(const std::string& text);

// A name as the migc language reads it: bare when it is a plain identifier
// and no keyword, "quoted" otherwise.
std::string migc_name(std::string_view name);

}  // namespace migc::pyimport
