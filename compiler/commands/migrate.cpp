// upgrade, downgrade and stamp: a range of the graph compiled into a script.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <atomic>
#include <cstdint>
#include <span>
#include <thread>

#include "compiler/plan/walk.hpp"
#include "compiler/script.hpp"
#include "compiler/session.hpp"

namespace migc {
namespace {

struct Range {
    std::string start;  // "" = base
    std::string end;
};

// `TARGET` or `START:END`; anything else is an error that says why.
std::optional<Range> parse_range(Session& s, const std::string& arg, bool start_required) {
    auto colon = arg.find(':');
    if (colon == std::string::npos) {
        if (start_required) {
            // `downgrade head` means "go down from head": head:head would be an empty range.
            bool from_heads = arg == "head" || arg == "heads" || arg.ends_with("@head") || arg.ends_with("@heads");
            std::string example = !from_heads       ? fmt::format("`migc --sql downgrade head:{}`", arg)
                                  : arg == "heads" ? std::string("`migc --sql downgrade heads:base` (all of it)")
                                                   : fmt::format("`migc --sql downgrade {0}:-1` (one revision) or "
                                                                 "`{0}:base` (all of it)",
                                                                 arg);
            s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("an offline downgrade needs a start: give START:END, not '{}'", arg))
                .notes.push_back({std::nullopt, fmt::format("e.g. {}", example)});
            return std::nullopt;
        }
        return Range{"", arg};
    }
    Range r{arg.substr(0, colon), arg.substr(colon + 1)};
    std::string why;
    if (r.end.find(':') != std::string::npos) why = "a range has one ':'";
    else if (r.start.empty()) why = "the start before ':' is missing";
    else if (r.end.empty()) why = "the end after ':' is missing";
    if (!why.empty()) {
        s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("malformed range '{}': {}", arg, why))
            .notes.push_back({std::nullopt, "write START:END, e.g. `a1b2:head` or `head:base`"});
        return std::nullopt;
    }
    return r;
}

// upgrade and downgrade take one range; stamp one or several targets, as
// Alembic's `stamp REV REV...`, whose START (if any) is one for all.
std::optional<std::pair<std::string, std::vector<std::string>>> parse_ranges(Session& s, const std::string& command) {
    const bool several = command == "stamp";
    if (s.inv.args.empty() || (!several && s.inv.args.size() != 1)) {
        s.usage_error = true;
        s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("{} takes {}, TARGET or START:END (got {})", command,
                                                several ? "one or more arguments" : "one argument", s.inv.args.size()))
            .notes.push_back({std::nullopt, fmt::format("e.g. `migc --sql {} {}`", command,
                                                        command == "downgrade" ? "head:base" : "head")});
        return std::nullopt;
    }
    std::string start;
    std::vector<std::string> ends;
    for (const std::string& arg : s.inv.args) {
        auto range = parse_range(s, arg, command == "downgrade");
        if (!range) return std::nullopt;
        if (!start.empty() && !range->start.empty() && range->start != start) {
            s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("stamp: the targets start from different revisions ('{}' and "
                                                    "'{}'); one script starts from one set of heads",
                                                    start, range->start))
                .notes.push_back({std::nullopt, "give the start once, e.g. `migc --sql stamp c3,d4:e5 f6`"});
            return std::nullopt;
        }
        if (!range->start.empty()) start = range->start;
        ends.push_back(range->end);
    }
    return std::pair{start, ends};
}

// Emits each step's SQL on a thread of its own as soon as the check has
// produced the step's ops, so that emission costs no time beside the check.
class EmitBesideCheck {
public:
    EmitBesideCheck(const Dialect& dialect, const Config& config, const Plan& plan)
        : dialect_(dialect), table_(version_table(config)), plan_(plan), ops_(plan.steps.size()),
          emitted_(plan.steps.size()), worker_([this] { run(); }) {}
    // Releases the worker when the check stopped before the last step.
    ~EmitBesideCheck() {
        if (!worker_.joinable()) return;
        checked_.store(kStopped, std::memory_order_release);
        checked_.notify_one();
    }

    // Called by the check, in step order; `ops` stay where they are. The
    // worker is woken once per batch of steps, not at every step.
    void checked(std::size_t step, std::span<const ir::Op> ops) {
        ops_[step] = ops;
        checked_.store(static_cast<std::uint32_t>(step + 1), std::memory_order_release);
        if ((step + 1) % kBatch == 0 || step + 1 == ops_.size()) checked_.notify_one();
    }
    // Every step's SQL, once the check has passed the last step.
    std::vector<EmittedStep> take() {
        worker_.join();
        return std::move(emitted_);
    }

private:
    void run() {
        for (std::size_t i = 0; i < emitted_.size(); ++i) {
            std::uint32_t done;
            while ((done = checked_.load(std::memory_order_acquire)) <= i) checked_.wait(done);
            if (done == kStopped) return;
            emitted_[i] = emit_step(dialect_, table_, ops_[i], plan_.steps[i].rows);
        }
    }

    static constexpr std::uint32_t kStopped = static_cast<std::uint32_t>(-1);
    static constexpr std::size_t kBatch = 64;
    const Dialect& dialect_;
    VersionTable table_;
    const Plan& plan_;
    std::vector<std::span<const ir::Op>> ops_;
    std::vector<EmittedStep> emitted_;
    std::atomic<std::uint32_t> checked_{0};  // steps checked so far (a futex word)
    std::jthread worker_;                    // last: it starts once everything it reads exists
};

bool run_plan(Session& s, const std::string& command) {
    auto ranges = parse_ranges(s, command);
    // The blocks are parsed beside the graph and the check (stamp reads none,
    // but still reports their syntax errors).
    if (!ranges || !s.load_graph(command == "upgrade" ? ParseDepth::UpgradeBlocks : ParseDepth::Full, true)) return false;
    const auto& [start, ends] = *ranges;
    std::optional<Plan> planned;
    if (command == "upgrade") planned = plan_upgrade(*s.graph, start, ends.front(), s.diags);
    else if (command == "downgrade") planned = plan_downgrade(*s.graph, start, ends.front(), s.diags);
    else if (s.inv.purge && !start.empty()) {
        s.diags.error(DiagKind::Usage, std::nullopt, "stamp --purge empties the version table: give a TARGET, not START:END")
            .notes.push_back({std::nullopt, fmt::format("e.g. `migc --sql stamp --purge {}`", fmt::join(ends, " "))});
        return false;
    } else planned = plan_stamp(*s.graph, start, ends, s.diags);
    if (!planned) return false;
    const Plan& plan = s.keep(std::move(*planned));
    warn_script_settings(s.config, s.diags);

    DialectOptions options{s.config.dialect, s.config.postgresql_major, s.config.postgresql_minor, s.config.sqlite_major,
                           s.config.sqlite_minor};
    auto dialect = make_dialect(options, s.diags);
    if (!dialect) return false;
    // The digest reads only the file texts, which nothing changes from here:
    // it is computed beside the check.
    std::jthread digesting([&] { s.project->source_digest = source_digest(*s.project, s.files); });
    auto& compiled = s.keep(std::optional<CompiledPlan>{CompiledPlan{}});
    std::vector<EmittedStep> emitted;
    if (command != "stamp") {
        SemaOptions sema{dialect->facts().max_identifier_bytes, dialect->facts().builtin_schemas,
                         dialect->facts().alter_needs_tables};
        ParsedRevisions parsed{s.project->revisions, s.project->files, s.project->broken,
                               [&](std::size_t rev, bool upgrade) {
                                   if (s.blocks) s.blocks->retire(rev, upgrade);
                                   else free_block(*s.project, rev, upgrade);
                               },
                               [&](std::size_t rev) {
                                   if (s.blocks) s.blocks->await(rev);
                               }};
        EmitBesideCheck emission(*dialect, s.config, plan);
        compiled = compile_plan(parsed, *s.graph, plan, sema, s.diags, nullptr,
                                [&](std::size_t step, const std::vector<ir::Op>& ops) { emission.checked(step, ops); });
        if (!compiled) return false;
        emitted = emission.take();
    }
    digesting.join();
    s.settle();  // the blocks' syntax errors, if any, stop the script
    ScriptRequest request{s.config, *s.project, *s.graph, *dialect, plan, *compiled, command, s.inv.purge && command == "stamp",
                          s.inv.vars};
    auto script = render_script(request, s.diags, std::move(emitted), &s.keep(ScriptInput{}));
    if (!script) return false;
    s.out = std::move(*script);
    return true;
}

}  // namespace

bool run_upgrade(Session& s) { return run_plan(s, "upgrade"); }
bool run_downgrade(Session& s) { return run_plan(s, "downgrade"); }
bool run_stamp(Session& s) { return run_plan(s, "stamp"); }

}  // namespace migc
