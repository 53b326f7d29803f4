// Turns a compiled Plan into the input of the dialect's script framing: the
// header fields, the version table, and per step its `-- Running` comment
// (Alembic's, byte for byte), its checked ops and its version-row changes.
// Every engine decision (transactions, placement, wrappers) is the dialect's.
#include "compiler/script.hpp"

#include <fmt/format.h>

#include "compiler/parallel.hpp"
#include "dialects/script_framing.hpp"

namespace migc {
namespace {

// Alembic's `-- Running <name> <from> -> <to>` (SPEC 4); one per step, so
// appended rather than formatted.
std::string running_line(std::string_view name, const Step& step) {
    std::string line = "-- Running ";
    line.append(name).append(" ");
    auto join = [&](const std::vector<std::string>& ids) {
        for (std::size_t i = 0; i < ids.size(); ++i) line.append(i ? ", " : "").append(ids[i]);
    };
    join(step.from);
    line.append(" -> ");
    join(step.to);
    return line;
}

// One field of the digest's input: its length first, so no value can pass
// for the end of one field and the start of the next.
void field(std::string& out, std::string_view name, std::string_view value) {
    fmt::format_to(std::back_inserter(out), "{} {}:{}\n", name, value.size(), value);
}

}  // namespace

VersionTable version_table(const Config& config) { return {config.version_table, config.version_table_schema}; }

std::string provenance_digest(const ScriptRequest& r) {
    std::string in;
    field(in, "files", r.project.source_digest);
    field(in, "dialect", r.config.dialect);
    field(in, "target", r.dialect.facts().target);  // the engine version the SQL is written for
    field(in, "command", r.command);
    field(in, "start", fmt::format("{}", fmt::join(r.plan.start, ",")));
    field(in, "end", fmt::format("{}", fmt::join(r.plan.end, ",")));
    field(in, "purge", r.purge ? "1" : "0");
    field(in, "version_table", r.config.version_table);
    field(in, "version_table_schema", r.config.version_table_schema);
    field(in, "transaction_per_migration", r.config.transaction_per_migration ? "1" : "0");
    for (const auto& [key, value] : r.vars) field(in, "x " + key, value);
    return sha256_hex(in);
}

std::optional<std::string> render_script(const ScriptRequest& r, Diagnostics& diags, std::vector<EmittedStep> emitted,
                                         ScriptInput* framing) {
    ScriptInput local;
    ScriptInput& in = framing ? *framing : local;
    in.header = {MIGC_VERSION,
                 r.command,
                 r.plan.start.empty() ? "base" : fmt::format("{}", fmt::join(r.plan.start, ", ")),
                 r.plan.end.empty() ? "base" : fmt::format("{}", fmt::join(r.plan.end, ", ")),
                 r.plan.steps.size(),
                 provenance_digest(r)};
    in.version_table = version_table(r.config);
    in.purge_version_table = r.purge;
    in.create_version_table = !r.purge && r.plan.from_base;
    in.transaction_per_migration = r.config.transaction_per_migration;
    // One `-- Running` comment per step, formatted on every core.
    in.steps.resize(r.plan.steps.size());
    for_each_parallel(r.plan.steps.size(), [&](std::size_t i) {
        const Step& step = r.plan.steps[i];
        const ast::RevisionFile& rev = r.project.revisions[step.revision];
        std::string comment = running_line(step.upgrade ? "upgrade" : "downgrade", step);
        if (rev.message && !rev.message->text.empty()) comment += "\n" + sql_comment(rev.message->text);
        in.steps[i] = {std::move(comment), r.compiled.ops[i], step.rows};
    }, 256);
    for (const Step& stamp : r.plan.stamps) in.stamps.push_back({running_line("stamp_revision", stamp), {}, stamp.rows});
    in.emitted = std::move(emitted);
    return frame_script(r.dialect, in, diags);
}

}  // namespace migc
