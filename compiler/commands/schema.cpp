// schema [REV] [--format sql|json]: the schema model after upgrading from base
// to REV (default: every head), as canonical migc statements or as JSON.
#include <fmt/format.h>

#include "compiler/plan/planner.hpp"
#include "compiler/sema/printer.hpp"
#include "compiler/session.hpp"
#include "dialects/dialect.hpp"

namespace migc {

bool run_schema(Session& s) {
    const std::string& format = s.inv.format;
    if (!format.empty() && format != "sql" && format != "json") {
        s.usage_error = true;
        s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("schema has no format '{}'", format))
            .notes.push_back({std::nullopt, "formats: sql (the default) and json"});
        return false;
    }
    if (s.inv.args.size() > 1) {
        s.usage_error = true;
        s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("schema takes at most one revision (got {})", s.inv.args.size()))
            .notes.push_back({std::nullopt, "e.g. `migc schema`, `migc schema head`, `migc schema a1b2 --format json`"});
        return false;
    }
    if (!s.load_graph()) return false;
    std::string target = s.inv.args.empty() ? "heads" : s.inv.args[0];
    auto revisions = s.graph->resolve(target, s.diags);
    if (!revisions) return false;
    std::vector<std::string> heads;
    for (std::size_t rev : *revisions) heads.push_back(s.graph->revisions()[rev].id);
    // Names are checked against the configured dialect's limits, as an upgrade would.
    DialectOptions options{s.config.dialect, s.config.postgresql_major, s.config.postgresql_minor, s.config.sqlite_major,
                           s.config.sqlite_minor};
    auto dialect = make_dialect(options, s.diags);
    if (!dialect) return false;
    SemaOptions sema{dialect->facts().max_identifier_bytes, dialect->facts().builtin_schemas,
                         dialect->facts().alter_needs_tables};
    auto model = schema_at({s.project->revisions, s.project->files, s.project->broken}, *s.graph, heads, sema, s.diags);
    if (!model) return false;
    if (format == "json") {
        s.out = print::schema_json(*model);
        return true;
    }
    std::string at = heads.empty() ? "base" : fmt::format("{}", fmt::join(heads, ", "));
    s.out = fmt::format("-- schema at {}\n\n{}", at, print::schema_sql(*model));
    return true;
}

}  // namespace migc
