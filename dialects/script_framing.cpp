#include "dialects/script_framing.hpp"

#include <deque>

#include "compiler/parallel.hpp"

namespace migc {
namespace {

// One element of the script before framing: framing is decided once every
// statement is known, because a dialect may ask to commit before a later op.
// Texts are views of strings the Framer keeps until the script is rendered:
// items and blocks never copy or move a statement.
struct Item {
    enum class Kind { Statement, Comment, TransactionBoundary };
    Kind kind = Kind::Statement;
    std::string_view text;  // a statement already terminated with its ';'
    Placement placement = Placement::InTransaction;
    const ir::Op* op = nullptr;  // the op it comes from (none: version table, rows)
    bool last_of_op = false;

    static Item make(Kind kind, std::string_view text = {}, Placement placement = Placement::InTransaction,
                     const ir::Op* op = nullptr) {
        return {kind, text, placement, op, false};
    }
};

// A run of the script: a transaction (with the ops it holds) or what runs
// between transactions.
struct Block {
    bool transaction = false;
    std::vector<std::string_view> texts;
    std::vector<const ir::Op*> ops;
};

class Framer {
public:
    Framer(const Dialect& d, ScriptInput& in, Diagnostics& diags) : d_(d), in_(in), diags_(diags) {}

    std::optional<std::string> frame() {
        if (in_.purge_version_table)
            statement(d_.purge_version_table(in_.version_table));
        else if (in_.create_version_table)
            for (auto& s : d_.create_version_table(in_.version_table)) statement(std::move(s.text));
        // The steps' SQL stays in the input (emitted beforehand, or here).
        if (in_.emitted.size() != in_.steps.size()) in_.emitted = emit_all(in_.steps);
        const std::vector<EmittedStep>& steps = in_.emitted;
        stamps_ = emit_all(in_.stamps);
        std::size_t items = items_.size();
        for (const EmittedStep& e : steps) items += 1 + e.pieces.size();
        items_.reserve(items + (in_.transaction_per_migration ? steps.size() : 0) + 2 * stamps_.size());
        for (std::size_t i = 0; i < in_.steps.size(); ++i) {
            if (in_.transaction_per_migration && i > 0) items_.push_back(Item::make(Item::Kind::TransactionBoundary));
            step(in_.steps[i], steps[i]);
        }
        for (std::size_t i = 0; i < in_.stamps.size(); ++i) step(in_.stamps[i], stamps_[i]);
        if (diags_.has_errors()) return std::nullopt;
        place();
        return render();
    }

private:
    std::vector<EmittedStep> emit_all(const std::vector<ScriptStep>& steps) const {
        std::vector<EmittedStep> out(steps.size());
        for_each_parallel(steps.size(), [&](std::size_t i) {
            out[i] = emit_step(d_, in_.version_table, steps[i].ops, steps[i].rows);
        }, 16);
        return out;
    }

    // A text the Framer writes itself, kept where a view of it stays valid.
    std::string_view keep(std::string text) { return kept_.emplace_back(std::move(text)); }

    void statement(std::string text) { items_.push_back(Item::make(Item::Kind::Statement, keep(d_.terminate(std::move(text))))); }

    void step(const ScriptStep& s, const EmittedStep& emitted) {
        items_.push_back(Item::make(Item::Kind::Comment, s.comment));
        for (const auto& d : emitted.diags.items()) diags_.add(d);
        const auto& pieces = emitted.pieces;
        std::size_t p = 0;
        for (std::size_t k = 0; k < s.ops.size(); ++k) {
            const ir::Op& op = s.ops[k];
            Placement where = d_.placement(op);
            std::size_t first = items_.size();
            for (; p < pieces.size() && pieces[p].op == k; ++p) {
                bool is_comment = pieces[p].kind == SqlStatement::Kind::Comment;
                items_.push_back(Item::make(is_comment ? Item::Kind::Comment : Item::Kind::Statement,
                                            emitted.text_of(pieces[p]), where, &op));
            }
            for (std::size_t i = items_.size(); i > first; --i)
                if (items_[i - 1].kind == Item::Kind::Statement) {
                    items_[i - 1].last_of_op = true;
                    break;
                }
        }
        for (; p < pieces.size(); ++p) items_.push_back(Item::make(Item::Kind::Statement, emitted.text_of(pieces[p])));
    }

    // Why the transaction must end after item `i` (its op's last statement):
    // a later op of the same transaction that the dialect will not run in it.
    std::optional<std::string> commit_reason(std::size_t i) const {
        const ir::Op* earlier = items_[i].op;
        if (!earlier || !d_.may_commit_after(*earlier)) return std::nullopt;
        for (std::size_t j = i + 1; j < items_.size(); ++j) {
            const Item& it = items_[j];
            if (it.kind == Item::Kind::TransactionBoundary || it.placement == Placement::OutsideTransaction) break;
            if (it.kind != Item::Kind::Statement || !it.op || it.op == earlier) continue;
            if (auto why = d_.commit_between(*earlier, *it.op)) return why;
        }
        return std::nullopt;
    }

    // The script opens a transaction at once; after a statement that must run
    // outside one, the next transaction opens only when a statement needs it.
    void place() {
        open(true);
        for (std::size_t i = 0; i < items_.size(); ++i) {
            const Item& it = items_[i];
            switch (it.kind) {
                case Item::Kind::TransactionBoundary:
                    open(true);
                    break;
                case Item::Kind::Comment:
                    blocks_.back().texts.push_back(it.text);
                    break;
                case Item::Kind::Statement:
                    if (it.placement == Placement::OutsideTransaction) {
                        if (blocks_.back().transaction) open(false);
                        blocks_.back().texts.push_back(it.text);
                        break;
                    }
                    if (!blocks_.back().transaction) open(true);
                    blocks_.back().texts.push_back(it.text);
                    if (it.op) blocks_.back().ops.push_back(it.op);
                    if (it.last_of_op)
                        if (auto why = commit_reason(i)) {
                            blocks_.back().texts.push_back(keep(sql_comment(*why)));
                            open(false);
                        }
                    break;
            }
        }
    }

    void open(bool transaction) { blocks_.push_back({transaction, {}, {}}); }

    // One string, sized first: the script can be tens of megabytes, and a
    // growing buffer copied into a string at the end would touch it twice.
    std::string render() const {
        std::vector<std::string> before;  // header, session setup: small, rendered once
        before.push_back(d_.header(in_.header));
        for (const auto& s : d_.facts().session_setup) before.push_back(d_.terminate(s));
        std::size_t size = 0;
        for (const auto& t : before) size += t.size() + 2;
        for (const Block& b : blocks_)
            for (const auto& t : b.texts) size += t.size() + 2;
        std::string out;
        out.reserve(size + 64 * blocks_.size());
        auto put = [&](std::string_view text) { out.append(text).append("\n\n"); };
        auto put_all = [&](const std::vector<SqlStatement>& pieces) {
            for (const auto& p : pieces) put(p.kind == SqlStatement::Kind::Comment ? p.text : d_.terminate(p.text));
        };
        for (const auto& t : before) put(t);
        for (const Block& b : blocks_) {
            if (!b.transaction) {
                for (const auto& t : b.texts) put(t);
                continue;
            }
            TransactionWrap wrap = d_.wrap_transaction(b.ops);
            put_all(wrap.before_begin);
            put(d_.terminate(d_.begin_transaction()));
            for (const auto& t : b.texts) put(t);
            put_all(wrap.before_commit);
            put(d_.terminate(d_.commit_transaction()));
            put_all(wrap.after_commit);
        }
        return out;
    }

    const Dialect& d_;
    ScriptInput& in_;
    Diagnostics& diags_;
    std::vector<EmittedStep> stamps_;      // what items_ and blocks_ view, with in_.emitted
    std::deque<std::string> kept_;         // ... and the Framer's own texts
    std::vector<Item> items_;
    std::vector<Block> blocks_;
};

}  // namespace

EmittedStep emit_step(const Dialect& dialect, const VersionTable& table, std::span<const ir::Op> ops,
                      std::span<const VersionRowChange> rows) {
    EmittedStep e;
    e.text.reserve(256);
    auto add = [&](std::uint32_t op, SqlStatement::Kind kind, std::string_view text) {
        auto begin = static_cast<std::uint32_t>(e.text.size());
        if (kind == SqlStatement::Kind::Comment) e.text += text;
        else dialect.append_terminated(e.text, text);
        e.pieces.push_back({op, begin, static_cast<std::uint32_t>(e.text.size() - begin), kind});
    };
    for (std::size_t k = 0; k < ops.size(); ++k)
        for (SqlStatement& piece : dialect.emit(ops[k], e.diags))
            add(static_cast<std::uint32_t>(k), piece.kind, piece.text);
    for (const auto& change : rows) add(EmittedStep::kRow, SqlStatement::Kind::Statement, dialect.version_row(table, change));
    return e;
}

std::optional<std::string> frame_script(const Dialect& dialect, ScriptInput& input, Diagnostics& diags) {
    return Framer(dialect, input, diags).frame();
}

}  // namespace migc
