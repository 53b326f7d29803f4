// verify [RANGE]: the history run for real, one revision at a time, in an
// in-process SQLite database (libsqlite3, :memory:): up from START to END,
// then down again. After every step the database's catalog must equal the
// schema model (SPEC 5), the version table must hold the expected heads and
// the rows of columns the step leaves alone must survive it. Every difference
// is an error at the revision and statement it comes from; exit 1 on any.
// PostgreSQL is verified by the test suite only: migc never connects to a server.
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <sqlite3.h>

#include <cstring>
#include <memory>
#include <set>

#include "compiler/session.hpp"
#include "compiler/verify/catalog.hpp"
#include "compiler/verify/sqlite_catalog.hpp"
#include "compiler/verify/stable_rows.hpp"
#include "compiler/verify_steps.hpp"

namespace migc {
namespace {

struct CloseDb {
    void operator()(sqlite3* db) const { sqlite3_close(db); }
};
using Db = std::unique_ptr<sqlite3, CloseDb>;

std::string first_line(std::string_view text, std::size_t max = 200) {
    auto nl = text.find('\n');
    std::string out(text.substr(0, std::min(nl, max)));
    if (nl != std::string_view::npos || text.size() > max) out += " ...";
    return out;
}

// Runs a script statement by statement (as `sqlite3 -bail` does); on failure,
// the statement SQLite refused and its message.
std::optional<std::pair<std::string, std::string>> run_script(sqlite3* db, const std::string& script) {
    const char* sql = script.c_str();
    while (*sql) {
        sqlite3_stmt* stmt = nullptr;
        const char* tail = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, &tail) != SQLITE_OK) {
            std::string statement(sql, tail && tail > sql ? tail : sql + std::strlen(sql));
            return std::pair{statement, std::string(sqlite3_errmsg(db))};
        }
        std::string statement(sql, tail);
        sql = tail;
        if (!stmt) continue;  // white space or a comment
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE) return std::pair{statement, std::string(sqlite3_errmsg(db))};
    }
    return std::nullopt;
}

// Statement text without the `--` comment lines before it.
std::string statement_text(std::string_view s) {
    std::string out;
    std::size_t i = 0;
    while (i < s.size()) {
        auto nl = s.find('\n', i);
        std::string_view line = s.substr(i, nl == std::string_view::npos ? std::string_view::npos : nl - i);
        std::size_t lead = line.find_first_not_of(" \t\r");
        if (lead != std::string_view::npos && !line.substr(lead).starts_with("--")) {
            out = std::string(s.substr(i + lead));
            break;
        }
        if (nl == std::string_view::npos) break;
        i = nl + 1;
    }
    while (!out.empty() && std::isspace(static_cast<unsigned char>(out.back()))) out.pop_back();
    return out;
}

class Verifier {
public:
    Verifier(Session& s, const VerifyWalk& walk, const Dialect& dialect) : s_(s), walk_(walk), dialect_(dialect) {}

    // false when the walk had to stop (a script failed).
    bool step(const VerifyStep& step, sqlite3* db) {
        std::string error;
        // The rows this step must leave alone, read before it runs.
        std::vector<std::pair<verify::StableRows, std::vector<std::string>>> kept;
        if (step.checked)
            for (auto& rows : verify::stable_rows(step.ops, walk_.models[step.before], walk_.models[step.after])) {
                // Unreadable only when the database already lacks a column the
                // model has: a catalog difference, reported where it arose.
                auto values = verify::read_rows(db, rows.table.name, rows.columns, error);
                if (values) kept.push_back({std::move(rows), std::move(*values)});
            }
        // A fresh `sqlite3` connection has foreign keys off; each step is one run of the shell.
        run_script(db, "PRAGMA foreign_keys=OFF;");
        if (auto failed = run_script(db, step.script)) {
            run_script(db, "ROLLBACK;");
            ++differences_;
            auto& d = s_.diags.error(DiagKind::VerifyRefused, locate(step, {}),
                                     fmt::format("{}: SQLite refused a statement: {}", step.title, failed->second));
            d.notes.push_back(
                {std::nullopt, fmt::format("the statement: {}", first_line(statement_text(failed->first)))});
            d.notes.push_back({std::nullopt, "the walk stops here: the database is no longer where the model is"});
            return false;
        }
        if (!step.checked) return true;
        ++steps_checked_;
        auto expected = verify::expected_sqlite_catalog(walk_.models[step.after], dialect_, s_.diags);
        auto actual = verify::read_sqlite_catalog(db, s_.config.version_table, error);
        if (!expected) return false;
        if (!actual) {
            report(step, {fmt::format("cannot read the catalog: {}", error)}, {});
            return false;
        }
        auto differences = verify::diff(*expected, *actual);
        // Objects that raw SQL (`execute`) made are unknown to the model: a
        // warning at the step that made them, then left alone.
        bool raw = std::any_of(step.ops.begin(), step.ops.end(),
                               [](const ir::Op& op) { return std::holds_alternative<ir::Execute>(op.node); });
        // Only what the model has neither before nor after the step: a table
        // the model knew and raw SQL failed to drop is still left behind.
        std::optional<verify::Catalog> before;
        if (raw) before = verify::expected_sqlite_catalog(walk_.models[step.before], dialect_, s_.diags);
        std::vector<std::string> made_raw;
        std::erase_if(differences, [&](const verify::Difference& d) {
            if (d.expected) return false;
            if (raw && before && !before->entries.count(d.object) && raw_objects_.insert(d.object).second)
                made_raw.push_back(d.actual && !d.actual->empty() ? fmt::format("{} ({})", d.object, *d.actual)
                                                                  : d.object);
            return raw_objects_.count(d.object) != 0;
        });
        if (!made_raw.empty()) {
            auto& w =
                s_.diags.warning(DiagKind::UnmodeledObjects, locate(step, {}), fmt::format("{}: raw SQL made objects the model does not know; "
                                                               "verify leaves them alone",
                                                               step.title));
            for (const auto& line : made_raw) w.notes.push_back({std::nullopt, line});
        }
        // A difference an earlier step left, unchanged, is not repeated.
        std::set<std::string> now;
        std::vector<std::string> lines, tables;
        for (const auto& d : differences) {
            std::string line = verify::describe(d);
            now.insert(line);
            if (carried_.count(line)) continue;
            lines.push_back(line);
            tables.push_back(verify::table_of(d));
        }
        carried_ = std::move(now);
        auto rows = verify::read_version_rows(db, s_.config.version_table, error);
        if (!rows)
            lines.push_back(error);
        else if (*rows != step.heads_after)
            lines.push_back(fmt::format("version table {}: expected [{}], found [{}]", s_.config.version_table,
                                        fmt::join(step.heads_after, ", "), fmt::join(*rows, ", ")));
        for (const auto& [stable, before] : kept) {
            auto after = verify::read_rows(db, stable.table.name, stable.columns, error);
            if (!after) continue;  // the table is gone: a catalog difference says so
            if (*after == before) continue;
            std::string what = after->size() != before.size()
                                   ? fmt::format("{} rows before, {} after", before.size(), after->size())
                                   : "values changed";
            lines.push_back(fmt::format("rows of {} ({}) did not survive the step: {}",
                                        verify::ident(stable.table.name), fmt::join(stable.columns, ", "), what));
            tables.push_back(verify::ident(stable.table.name));
        }
        if (!lines.empty()) report(step, lines, tables);
        return true;
    }

    std::size_t differences() const { return differences_; }
    std::size_t steps_checked() const { return steps_checked_; }

private:
    // The statement of the step that touches one of `tables`; for a downgrade
    // that touches none, the upgrade statement of the same revision that does
    // (what the downgrade failed to undo); else the step's block.
    std::optional<Location> locate(const VerifyStep& step, const std::vector<std::string>& tables) {
        auto touches = [&](const ir::Op& op) {
            for (const auto& t : verify::tables_of(op))
                if (std::find(tables.begin(), tables.end(), verify::ident(t.name)) != tables.end()) return true;
            return false;
        };
        for (const auto& op : step.ops)
            if (op.where && touches(op)) return op.where;
        if (!step.upgrade)
            for (const auto& up : walk_.steps)
                if (up.upgrade && up.revision == step.revision)
                    for (const auto& op : up.ops)
                        if (op.where && touches(op)) return op.where;
        const ast::RevisionFile& file = s_.project->revisions[step.revision];
        FileId id = s_.project->files[step.revision];
        if (!step.upgrade && file.downgrade_kind == ast::DowngradeKind::Block)
            return Location{id, file.downgrade_span.begin, file.downgrade_span.end};
        if (step.upgrade && file.has_upgrade) return Location{id, file.upgrade_span.begin, file.upgrade_span.end};
        return Location{id, file.revision.span.begin, file.revision.span.end};
    }

    void report(const VerifyStep& step, const std::vector<std::string>& lines, const std::vector<std::string>& tables) {
        differences_ += lines.size();
        const auto& ids = step.heads_after;
        std::string model = ids.empty() ? "base" : fmt::format("{}", fmt::join(ids, ", "));
        std::string why = step.upgrade ? fmt::format("the database differs from the model at {}", model)
                                       : fmt::format("the downgrade does not restore the schema of {}", model);
        auto& d = s_.diags.error(DiagKind::VerifyDifference, locate(step, tables), fmt::format("{}: {}", step.title, why));
        for (const auto& line : lines) d.notes.push_back({std::nullopt, line});
    }

    Session& s_;
    const VerifyWalk& walk_;
    const Dialect& dialect_;
    std::size_t differences_ = 0, steps_checked_ = 0;
    std::set<std::string> raw_objects_;  // made by `execute`: not the model's
    std::set<std::string> carried_;      // the differences after the previous step
};

}  // namespace

bool run_verify(Session& s) {
    if (s.inv.args.size() > 1) {
        s.usage_error = true;
        s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("verify takes at most one range (got {})", s.inv.args.size()))
            .notes.push_back({std::nullopt, "e.g. `migc verify`, `migc verify head`, `migc verify a1b2:head`"});
        return false;
    }
    if (!s.load_graph()) return false;
    // Always SQLite: the one engine migc can run in-process.
    DialectOptions options{"sqlite", s.config.postgresql_major, s.config.postgresql_minor, s.config.sqlite_major,
                           s.config.sqlite_minor};
    auto dialect = make_dialect(options, s.diags);
    if (!dialect) return false;
    auto walk = plan_verify_walk(s, *dialect, s.inv.args.empty() ? "" : s.inv.args[0]);
    if (!walk) return false;

    sqlite3* raw = nullptr;
    if (sqlite3_open(":memory:", &raw) != SQLITE_OK) {
        s.diags.error(DiagKind::Io, std::nullopt, fmt::format("cannot open an in-memory SQLite database: {}",
                                                raw ? sqlite3_errmsg(raw) : "out of memory"));
        sqlite3_close(raw);
        return false;
    }
    Db db(raw);
    // A double-quoted name that does not exist must be an error, not a string.
    sqlite3_db_config(raw, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
    Verifier verifier(s, *walk, *dialect);
    fmt::memory_buffer out;
    for (const auto& step : walk->steps) {
        std::size_t before = verifier.differences();
        bool go_on = verifier.step(step, db.get());
        if (step.checked)
            fmt::format_to(std::back_inserter(out), "{} {}\n", verifier.differences() == before ? "ok  " : "FAIL",
                           step.title);
        if (!go_on) break;
    }
    if (walk->stopped) fmt::format_to(std::back_inserter(out), "note: {}\n", *walk->stopped);
    std::string summary =
        fmt::format("verify: {}: {} steps on SQLite {}, {} difference{}", walk->range, verifier.steps_checked(),
                    sqlite3_libversion(), verifier.differences(), verifier.differences() == 1 ? "" : "s");
    if (verifier.differences() > 0) {
        s.diags.error(DiagKind::VerifyDifference, std::nullopt, summary);
        return false;
    }
    s.out = fmt::to_string(out) + summary + "\n";
    return true;
}

}  // namespace migc
