// history: the revisions newest first, as `alembic history` prints them; and
// the one- and many-line forms of a revision that heads, branches and show
// share (Alembic's Script._head_only and Script.log_entry). Reads the graph;
// never writes a file.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "compiler/commands/listing.hpp"
#include "compiler/plan/walk.hpp"

namespace migc {

namespace {

std::string join(const std::vector<std::string>& items) { return fmt::format("{}", fmt::join(items, ", ")); }

// Alembic's Script.doc: the first paragraph of the message, here on one line.
std::string first_paragraph(const std::string& message) {
    std::string doc = message.substr(0, message.find("\n\n"));
    std::replace(doc.begin(), doc.end(), '\n', ' ');
    return doc;
}

// Alembic's _format_down_revision: the parents (revises only), or <base>.
std::string down_revision_text(const RevisionHeader& r) {
    return r.parents.empty() ? std::string("<base>") : join(r.parents);
}

// No revision depends on it either (Alembic's _is_real_head).
bool is_real_head(const RevisionGraph& g, std::size_t rev) {
    if (!g.children(rev).empty()) return false;
    for (std::size_t x = 0; x < g.revisions().size(); ++x)
        if (x != rev && g.is_ancestor(rev, x)) return false;
    return true;
}

}  // namespace

// --- shared with heads.cpp and show.cpp (listing.hpp) -----------------------

// `--format`: empty or `text` for text, `json` for JSON; anything else is an
// error. Returns whether JSON was asked for, nullopt after an error.
std::optional<bool> wants_json(Session& s, std::string_view command) {
    if (s.inv.format.empty() || s.inv.format == "text") return false;
    if (s.inv.format == "json") return true;
    s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("{} has no format '{}'", command, s.inv.format))
        .notes.push_back({std::nullopt, "formats: text (the default) and json"});
    return std::nullopt;
}

bool takes_no_arguments(Session& s, std::string_view command) {
    if (s.inv.args.empty()) return true;
    s.usage_error = true;
    s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("{} takes no argument (got '{}')", command, join(s.inv.args)))
        .notes.push_back({std::nullopt, command == "history" ? "limit it with -r START:END, e.g. `migc history -r base:head`"
                                                             : fmt::format("type `migc {}`", command)});
    return false;
}

// Alembic's Script._head_only: `[parents (deps) -> ]rev[ (labels)][ (head)][ (branchpoint)][ (mergepoint)][, doc]`.
std::string revision_summary(const Session& s, std::size_t rev, bool include_branches, bool include_doc,
                             bool include_parents, bool tree_indicators) {
    const RevisionGraph& g = *s.graph;
    const RevisionHeader& r = g.revisions()[rev];
    std::string text = r.id;
    if (include_parents) {
        if (!r.depends_on.empty())
            text = fmt::format("{} ({}) -> {}", down_revision_text(r), join(r.depends_on), text);
        else
            text = fmt::format("{} -> {}", down_revision_text(r), text);
    }
    if (include_branches && !g.branch_labels(rev).empty()) text += fmt::format(" ({})", join(g.branch_labels(rev)));
    bool head = g.children(rev).empty();
    bool real_head = is_real_head(g, rev);
    if (real_head) text += " (head)";
    else if (head) text += " (effective head)";
    if (tree_indicators) {
        if (g.children(rev).size() > 1) text += " (branchpoint)";
        if (r.parents.size() > 1) text += " (mergepoint)";
    }
    if (include_doc) text += fmt::format(", {}", first_paragraph(r.message));
    return text;
}

// Alembic's Script.log_entry, with the `created` header and a relative path.
// Ends with an empty line, so entries in a row are separated by one.
std::string revision_log_entry(const Session& s, std::size_t rev) {
    const RevisionGraph& g = *s.graph;
    const RevisionHeader& r = g.revisions()[rev];
    const ast::RevisionFile& file = s.project->revisions[rev];
    bool branch_point = g.children(rev).size() > 1;
    bool merge = r.parents.size() > 1;
    std::string out = fmt::format("Rev: {}{}{}{}\n", r.id, g.children(rev).empty() ? " (head)" : "",
                                  branch_point ? " (branchpoint)" : "", merge ? " (mergepoint)" : "");
    out += fmt::format("{}: {}\n", merge ? "Merges" : "Parent", down_revision_text(r));
    if (!r.depends_on.empty()) out += fmt::format("Also depends on: {}\n", join(r.depends_on));
    if (branch_point) {
        std::vector<std::string> next;
        for (std::size_t c : g.children(rev)) next.push_back(g.revisions()[c].id);
        out += fmt::format("Branches into: {}\n", join(next));
    }
    if (!g.branch_labels(rev).empty()) out += fmt::format("Branch names: {}\n", join(g.branch_labels(rev)));
    out += fmt::format("Path: {}\n", s.files.path(s.project->files[rev]));
    if (file.created) out += fmt::format("Created: {}\n", file.created->text);
    out += '\n';
    std::string_view message = r.message;
    while (!message.empty()) {
        auto eol = message.find('\n');
        std::string_view line = message.substr(0, eol);
        out += line.empty() ? std::string("\n") : fmt::format("    {}\n", line);
        if (eol == std::string_view::npos) break;
        message.remove_prefix(eol + 1);
    }
    out += '\n';
    return out;
}

// One revision as a JSON object (history, heads and show share it).
void write_revision_json(JsonWriter& w, const Session& s, std::size_t rev) {
    const RevisionGraph& g = *s.graph;
    const RevisionHeader& r = g.revisions()[rev];
    const ast::RevisionFile& file = s.project->revisions[rev];
    w.begin_object();
    w.key("revision");
    w.value(r.id);
    w.key("parents");
    w.value(r.parents);
    w.key("depends_on");
    w.value(r.depends_on);
    w.key("labels");
    w.value(g.branch_labels(rev));
    w.key("message");
    w.value(r.message);
    w.key("path");
    w.value(s.files.path(s.project->files[rev]));
    w.key("created");
    if (file.created) w.value(file.created->text);
    else w.null();
    w.key("is_head");
    w.value(g.children(rev).empty());
    w.key("is_base");
    w.value(r.parents.empty());
    w.key("is_branch_point");
    w.value(g.children(rev).size() > 1);
    w.key("is_merge");
    w.value(r.parents.size() > 1);
    w.end_object();
}

// --- history ------------------------------------------------------------------

namespace {

// The revisions `history -r START:END` lists, newest first: what END needs
// minus what START already has, START included, kept to START's descendants
// (Alembic's walk_revisions: iterate_revisions(END, START, inclusive=True)).
std::optional<std::vector<std::size_t>> history_revisions(Session& s) {
    const RevisionGraph& g = *s.graph;
    std::string start, end;
    if (s.inv.rev_range) {
        const std::string& range = *s.inv.rev_range;
        auto colon = range.find(':');
        if (colon == std::string::npos || range.find(':', colon + 1) != std::string::npos) {
            s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("malformed history range '{}': {}", range,
                                                    colon == std::string::npos ? "it needs a ':'"
                                                                               : "a range has one ':'"))
                .notes.push_back({std::nullopt, "write START:END, START: or :END, e.g. `-r base:head` or `-r c3:`"});
            return std::nullopt;
        }
        start = range.substr(0, colon);
        end = range.substr(colon + 1);
    }
    if (g.revisions().empty()) return std::vector<std::size_t>{};
    if (end.empty()) end = "heads";
    auto targets = g.resolve(end, s.diags);
    if (!targets) return std::nullopt;
    if (targets->empty()) {
        s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("the end of the history range, '{}', is base: nothing lies below it", end))
            .notes.push_back({std::nullopt, "give a revision or head as the end, e.g. `-r base:head`"});
        return std::nullopt;
    }
    std::vector<std::size_t> lower;
    if (!start.empty()) {
        auto found = g.resolve(start, s.diags);
        if (!found) return std::nullopt;
        lower = *found;
    }
    for (std::size_t l : lower)
        if (std::ranges::none_of(*targets, [&](std::size_t t) { return g.is_ancestor(l, t); })) {
            std::vector<std::string> ends;
            for (std::size_t t : *targets) ends.push_back(g.revisions()[t].id);
            s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("backwards history range '{}:{}': {} is not an ancestor of {}",
                                                    start, end, g.revisions()[l].id, join(ends)))
                .notes.push_back({std::nullopt, fmt::format("the older revision comes first: `-r {}:{}`?", end, start)});
            return std::nullopt;
        }

    const std::size_t n = g.revisions().size();
    std::vector<bool> keep(n, false);
    for (std::size_t x = 0; x < n; ++x)
        keep[x] = std::ranges::any_of(*targets, [&](std::size_t t) { return g.is_ancestor(x, t); });
    if (!lower.empty()) {
        std::vector<bool> above_start(n, false);
        std::vector<std::size_t> stack = lower;
        while (!stack.empty()) {  // descendants through revises only, as Alembic
            std::size_t v = stack.back();
            stack.pop_back();
            if (above_start[v]) continue;
            above_start[v] = true;
            for (std::size_t c : g.children(v)) stack.push_back(c);
        }
        for (std::size_t x = 0; x < n; ++x) keep[x] = keep[x] && above_start[x];
    }

    // The order of Alembic's topological walk down from END: the graph's
    // upgrade order from base, reversed.
    Diagnostics scratch;
    auto plan = plan_upgrade(g, "", end, scratch);
    if (!plan) {
        for (const Diagnostic& d : scratch.items()) s.diags.add(d);
        return std::nullopt;
    }
    std::vector<std::size_t> order;
    for (auto it = plan->steps.rbegin(); it != plan->steps.rend(); ++it)
        if (keep[it->revision]) order.push_back(it->revision);
    return order;
}

}  // namespace

std::string revisions_json(const Session& s, const std::vector<std::size_t>& revisions) {
    JsonWriter w;
    w.begin_array();
    for (std::size_t rev : revisions) write_revision_json(w, s, rev);
    w.end_array();
    return w.finish();
}

bool run_history(Session& s) {
    auto json = wants_json(s, "history");
    if (!json || !takes_no_arguments(s, "history") || !s.load_graph(ParseDepth::Headers)) return false;
    auto revisions = history_revisions(s);
    if (!revisions) return false;
    if (*json) {
        s.out = revisions_json(s, *revisions);
        return true;
    }
    fmt::memory_buffer out;
    for (std::size_t rev : *revisions) {
        if (s.inv.verbose) fmt::format_to(std::back_inserter(out), "{}", revision_log_entry(s, rev));
        else fmt::format_to(std::back_inserter(out), "{}\n", revision_summary(s, rev, true, true, true, true));
    }
    s.out = fmt::to_string(out);
    return true;
}

}  // namespace migc
