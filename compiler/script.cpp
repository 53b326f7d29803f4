#include "compiler/script.hpp"

#include <fmt/format.h>


namespace migc {
namespace {

std::string join(const std::vector<std::string>& parts, std::string_view sep) { return fmt::format("{}", fmt::join(parts, sep)); }

// One element of the script before framing: framing (transactions) is decided
// once every statement is known, because of the enum-label lookahead below.
struct Item {
    enum class Kind { Statement, Comment, TransactionBoundary };
    Kind kind = Kind::Statement;
    std::string text;
    bool outside_transaction = false;
    std::string new_enum_label;  // ALTER TYPE ... ADD VALUE: the label's SQL literal
};

class ScriptBuilder {
public:
    ScriptBuilder(const ScriptRequest& r, Diagnostics& diags) : r_(r), diags_(diags) {}

    std::optional<std::string> build() {
        if (r_.purge)
            items_.push_back({Item::Kind::Statement, fmt::format("DELETE FROM {}", version_table()), false, {}});
        else if (r_.plan.from_base)
            for (auto& s : r_.dialect.create_version_table(r_.config.version_table, r_.config.version_table_schema))
                items_.push_back({Item::Kind::Statement, s.text, false, {}});
        for (std::size_t i = 0; i < r_.plan.steps.size(); ++i) {
            if (r_.config.transaction_per_migration && i > 0)
                items_.push_back({Item::Kind::TransactionBoundary, {}, false, {}});
            emit_step(r_.plan.steps[i], r_.compiled.ops[i]);
        }
        for (const Step& stamp : r_.plan.stamps) {
            items_.push_back({Item::Kind::Comment, running_line("stamp_revision", stamp), false, {}});
            for (const auto& change : stamp.rows) version_row(change);
        }
        if (diags_.has_errors()) return std::nullopt;
        return frame();
    }

private:
    void emit_step(const Step& step, const std::vector<ir::Op>& ops) {
        const ast::RevisionFile& rev = r_.project.revisions[step.revision];
        std::string running = running_line(step.upgrade ? "upgrade" : "downgrade", step);
        if (rev.message && !rev.message->text.empty()) running += "\n" + sql_comment(rev.message->text);
        items_.push_back({Item::Kind::Comment, running, false, {}});
        for (const ir::Op& op : ops) {
            for (SqlStatement& s : r_.dialect.emit(op, diags_)) {
                Item item{s.kind == SqlStatement::Kind::Comment ? Item::Kind::Comment : Item::Kind::Statement,
                          std::move(s.text), s.outside_transaction, {}};
                if (const auto* add = std::get_if<ir::AddEnumValue>(&op.node); add && item.kind == Item::Kind::Statement)
                    item.new_enum_label = r_.dialect.render_string_literal(add->value);
                items_.push_back(std::move(item));
            }
        }
        for (const auto& change : step.rows) version_row(change);
    }

    // Alembic's `-- Running <name> <from> -> <to>`, byte for byte (SPEC 4).
    static std::string running_line(std::string_view name, const Step& step) {
        return fmt::format("-- Running {} {} -> {}", name, join(step.from, ", "), join(step.to, ", "));
    }

    std::string version_table() const {
        const auto& d = r_.dialect;
        std::string t = d.quote_identifier(r_.config.version_table);
        return r_.config.version_table_schema.empty() ? t : d.quote_identifier(r_.config.version_table_schema) + "." + t;
    }

    void version_row(const VersionRowChange& c) {
        const std::string t = version_table();
        auto lit = [&](const std::string& v) { return r_.dialect.render_string_literal(v); };
        std::string text;
        switch (c.kind) {
            case VersionRowChange::Kind::Insert:
                text = fmt::format("INSERT INTO {} (version_num) VALUES ({})", t, lit(c.to));
                break;
            case VersionRowChange::Kind::Update:
                text = fmt::format("UPDATE {0} SET version_num={1} WHERE {0}.version_num = {2}", t, lit(c.to), lit(c.from));
                break;
            case VersionRowChange::Kind::Delete:
                text = fmt::format("DELETE FROM {0} WHERE {0}.version_num = {1}", t, lit(c.from));
                break;
        }
        items_.push_back({Item::Kind::Statement, std::move(text), false, {}});
    }

    // Does a statement after `i`, inside the same transaction, use the label?
    bool label_used_later(std::size_t i) const {
        for (std::size_t j = i + 1; j < items_.size(); ++j) {
            const Item& it = items_[j];
            if (it.kind == Item::Kind::TransactionBoundary || it.outside_transaction) return false;
            if (it.kind == Item::Kind::Statement && it.text.find(items_[i].new_enum_label) != std::string::npos) return true;
        }
        return false;
    }

    std::string frame() const {
        fmt::memory_buffer out;
        auto put = [&](std::string_view text) { fmt::format_to(std::back_inserter(out), "{}\n\n", text); };
        auto put_statement = [&](const std::string& text) {
            if (text.ends_with(';')) return put(text);
            // Raw text may end in a `--` comment: the `;` then goes on its own line.
            std::string_view last_line = std::string_view(text).substr(text.rfind('\n') == std::string::npos ? 0 : text.rfind('\n'));
            put(last_line.find("--") == std::string_view::npos ? text + ";" : text + "\n;");
        };
        std::string range = r_.plan.start.empty() ? "base" : join(r_.plan.start, ", ");
        std::string to = r_.plan.end.empty() ? "base" : join(r_.plan.end, ", ");
        std::size_t count = r_.plan.steps.size();
        fmt::format_to(std::back_inserter(out), "-- migc {} | {} | {} {} -> {} | {} revision{}\n", MIGC_VERSION,
                       r_.dialect.header_target(), r_.command, range, to, count, count == 1 ? "" : "s");
        fmt::format_to(std::back_inserter(out), "-- source: sha256:{}\n", r_.project.source_digest);
        fmt::format_to(std::back_inserter(out), "-- run with: {}\n\n", r_.dialect.run_hint());

        // The script opens a transaction at once; after a statement that must
        // run outside one, the next transaction opens only when a statement needs it.
        const std::string begin = r_.dialect.begin_transaction(), commit = r_.dialect.commit_transaction();
        bool in_transaction = true;
        put(begin);
        auto leave = [&] {
            if (in_transaction) put(commit);
            in_transaction = false;
        };
        for (std::size_t i = 0; i < items_.size(); ++i) {
            const Item& it = items_[i];
            switch (it.kind) {
                case Item::Kind::TransactionBoundary:
                    leave();
                    put(begin);
                    in_transaction = true;
                    break;
                case Item::Kind::Comment: put(it.text); break;
                case Item::Kind::Statement:
                    if (it.outside_transaction) {
                        leave();
                        put_statement(it.text);
                        break;
                    }
                    if (!in_transaction) put(begin);
                    in_transaction = true;
                    put_statement(it.text);
                    if (!it.new_enum_label.empty() && label_used_later(i)) {
                        // sql_comment: a label may hold a line break, which would end a bare `--` line.
                        put(sql_comment(fmt::format("{} is used below in this transaction, which PostgreSQL rejects for a "
                                                    "value added in it (\"unsafe use of new value\"): commit first",
                                                    it.new_enum_label)));
                        leave();
                    }
                    break;
            }
        }
        leave();
        return fmt::to_string(out);
    }

    const ScriptRequest& r_;
    Diagnostics& diags_;
    std::vector<Item> items_;
};

}  // namespace

std::optional<std::string> render_script(const ScriptRequest& request, Diagnostics& diags) {
    return ScriptBuilder(request, diags).build();
}

}  // namespace migc
