// The forms of a revision that the listing commands (history, heads,
// branches, show) share; defined in history.cpp.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/json_writer.hpp"
#include "compiler/session.hpp"

namespace migc {

// `--format`: text (the default) or json; nullopt after an error.
std::optional<bool> wants_json(Session& s, std::string_view command);
bool takes_no_arguments(Session& s, std::string_view command);
// Alembic's one-line form: `[parents (deps) -> ]rev[ (labels)][ (head)]...[, doc]`.
std::string revision_summary(const Session& s, std::size_t rev, bool include_branches, bool include_doc,
                             bool include_parents, bool tree_indicators);
// Alembic's verbose log entry.
std::string revision_log_entry(const Session& s, std::size_t rev);
void write_revision_json(JsonWriter& w, const Session& s, std::size_t rev);
// A JSON array of write_revision_json objects.
std::string revisions_json(const Session& s, const std::vector<std::size_t>& revisions);

}  // namespace migc
