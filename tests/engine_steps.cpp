// The PostgreSQL half of the engine tests (tests/engines.sh): writes the walk
// that `migc verify` runs on SQLite, compiled for PostgreSQL, as files that
// the shell applies with psql, one step at a time:
//
//   engine_steps OUTDIR [MIGC OPTIONS...] verify [RANGE]
//
//   OUTDIR/steps            one line per step: NNN<TAB>checked(0/1)<TAB>title
//   OUTDIR/NNN.sql          the step's script (upgrade PREV:REV / downgrade REV:PREV)
//   OUTDIR/NNN.heads        the version table's rows after it, sorted, one a line
//   OUTDIR/NNN.expect.sql   the model after it, as PostgreSQL DDL: applied to an
//                           empty database, its catalog is the one the step must give
//   OUTDIR/NNN.rows.sql     a query listing the rows the step must leave alone
//   OUTDIR/raw_steps        the steps that run raw SQL (`execute`), one NNN a line
//   OUTDIR/version_table    its schema (or an empty line), then its name
//
// Exit 1 with migc's diagnostics when the project does not compile for PostgreSQL.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <set>

#include "compiler/session.hpp"
#include "compiler/verify/stable_rows.hpp"
#include "compiler/verify_steps.hpp"

using namespace migc;

namespace {

bool write(const std::string& path, const std::string& text) {
    std::ofstream f(path, std::ios::binary);
    f << text;
    return bool(f);
}

// The model as statements that create it from nothing: schemas, enums, tables
// without their foreign keys, the foreign keys, the indexes.
std::optional<std::string> model_ddl(const SchemaModel& model, const Dialect& d, Diagnostics& diags) {
    std::vector<ir::Op> ops;
    for (const auto& s : model.schemas) ops.push_back(ir::Op(ir::CreateSchema{s, false}));
    for (const auto& [key, e] : model.enums.sorted()) ops.push_back(ir::Op(ir::CreateEnum{e}));
    std::vector<ir::Op> keys;
    for (const auto& [key, table] : model.tables.sorted()) {
        ir::Table bare = table;
        bare.comment.reset();
        for (auto& c : bare.columns) c.comment.reset();
        std::erase_if(bare.constraints, [&](const ir::Constraint& k) {
            if (k.kind != ir::Constraint::Kind::ForeignKey) return false;
            keys.push_back(ir::Op(ir::AddConstraint{key, k}));
            return true;
        });
        ops.push_back(ir::Op(ir::CreateTable{bare, false}));
    }
    ops.insert(ops.end(), keys.begin(), keys.end());
    for (const auto& [key, index] : model.indexes.sorted()) ops.push_back(ir::Op(ir::CreateIndex{index, false, false}));
    std::string out;
    for (const auto& op : ops)
        for (const auto& statement : d.emit(op, diags))
            if (statement.kind == SqlStatement::Kind::Statement) out += d.terminate(statement.text) + "\n";
    if (diags.has_errors()) return std::nullopt;
    return out;
}

std::string rows_query(const std::vector<verify::StableRows>& stable, const Dialect& d) {
    std::string out;
    for (const auto& rows : stable) {
        std::vector<std::string> cols;
        for (const auto& c : rows.columns) cols.push_back(d.quote_identifier(c));
        std::string table = rows.table.schema.empty()
                                ? d.quote_identifier(rows.table.name)
                                : d.quote_identifier(rows.table.schema) + "." + d.quote_identifier(rows.table.name);
        out += fmt::format("SELECT {} || ': ' || r::text FROM (SELECT {} FROM {}) r ORDER BY 1;\n",
                           d.render_string_literal(rows.table.display()), fmt::join(cols, ", "), table);
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fputs("usage: engine_steps OUTDIR [MIGC OPTIONS...] verify [RANGE]\n", stderr);
        return 2;
    }
    std::string dir = argv[1];
    std::vector<const char*> args{"migc"};
    for (int i = 2; i < argc; ++i) args.push_back(argv[i]);
    CommandLine cl = parse_command_line(static_cast<int>(args.size()), args.data());
    if (!cl.invocation) {
        std::fputs(cl.text.c_str(), stderr);
        return 2;
    }
    Session s;
    s.inv = std::move(*cl.invocation);
    if (s.inv.command != "verify") {
        std::fputs("engine_steps: the command line must be `OPTIONS verify [RANGE]`\n", stderr);
        return 2;
    }
    auto fail = [&] {
        std::string report = s.diags.render(s.files, false);
        std::fwrite(report.data(), 1, report.size(), stderr);
        return 1;
    };
    auto config = load_config(s.inv.config_path.value_or("migc.ini"), s.inv.config_path.has_value(), s.inv.section,
                              s.inv.vars, s.files, s.diags);
    if (!config) return fail();
    s.config = std::move(*config);
    if (!s.load_graph()) return fail();
    DialectOptions options{"postgresql", s.config.postgresql_major, s.config.postgresql_minor, s.config.sqlite_major,
                           s.config.sqlite_minor};
    auto dialect = make_dialect(options, s.diags);
    if (!dialect) return fail();
    auto walk = plan_verify_walk(s, *dialect, s.inv.args.empty() ? "" : s.inv.args[0]);
    if (!walk || s.diags.has_errors()) return fail();

    std::string list, raw;
    for (std::size_t i = 0; i < walk->steps.size(); ++i) {
        const VerifyStep& step = walk->steps[i];
        std::string n = fmt::format("{}/{:03}", dir, i + 1);
        auto ddl = model_ddl(walk->models[step.after], *dialect, s.diags);
        if (!ddl) return fail();
        std::string heads;
        for (const auto& h : step.heads_after) heads += h + "\n";
        auto stable = verify::stable_rows(step.ops, walk->models[step.before], walk->models[step.after]);
        if (!write(n + ".sql", step.script) || !write(n + ".heads", heads) || !write(n + ".expect.sql", *ddl) ||
            !write(n + ".rows.sql", rows_query(stable, *dialect))) {
            std::fprintf(stderr, "engine_steps: cannot write into %s\n", dir.c_str());
            return 1;
        }
        list += fmt::format("{:03}\t{}\t{}\n", i + 1, step.checked ? 1 : 0, step.title);
        if (std::any_of(step.ops.begin(), step.ops.end(),
                        [](const ir::Op& op) { return std::holds_alternative<ir::Execute>(op.node); }))
            raw += fmt::format("{:03}\n", i + 1);
    }
    if (!write(dir + "/steps", list) || !write(dir + "/raw_steps", raw) ||
        !write(dir + "/version_table", fmt::format("{}\n{}\n", s.config.version_table_schema, s.config.version_table)))
        return 1;
    if (walk->stopped) std::fprintf(stdout, "note: %s\n", walk->stopped->c_str());
    return 0;
}
