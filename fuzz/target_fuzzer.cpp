// Fuzz target (c): the target and range parser. The input is a command-line
// argument: it is parsed as one target, and (split at the first ':' as the
// upgrade/downgrade commands do) resolved as a range against a small fixed
// graph with a merge, two branch labels and a depends_on.
#include <cstdint>

#include "compiler/plan/walk.hpp"
#include "compiler/revision_graph.hpp"
#include "compiler/target_parser.hpp"
#include "fuzz/fuzz_input.hpp"

namespace {

using namespace migc;

RevisionHeader header(std::string id, std::vector<std::string> parents, std::vector<std::string> labels = {},
                      std::vector<std::string> depends_on = {}) {
    RevisionHeader h;
    h.id = std::move(id);
    h.parents = std::move(parents);
    h.parents_where.resize(h.parents.size());
    h.labels = std::move(labels);
    h.labels_where.resize(h.labels.size());
    h.depends_on = std::move(depends_on);
    h.depends_on_where.resize(h.depends_on.size());
    return h;
}

// The graph's notes point at the revision files ("did you mean 'a1b2'?"):
// file 0 stands for all of them, as load_project would have read it.
const SourceFiles& files() {
    static const SourceFiles f = [] {
        SourceFiles s;
        s.add("migrations/versions/all.mig", "revision a1b2c3d4e5f6\nrevises none\n");
        return s;
    }();
    return f;
}

const RevisionGraph& graph() {
    static const RevisionGraph g = [] {
        Diagnostics diags;
        std::vector<RevisionHeader> h{
            header("a1b2c3d4e5f6", {}, {"core"}),
            header("a1b2ffff0000", {"a1b2c3d4e5f6"}),
            header("b7e4aaaa1111", {"a1b2ffff0000"}),
            header("c3d4bbbb2222", {"a1b2ffff0000"}, {"feature"}),
            header("d5e6cccc3333", {"b7e4aaaa1111", "c3d4bbbb2222"}),
            header("e7f8dddd4444", {}, {"billing"}, {"a1b2ffff0000"}),
            header("f9a0eeee5555", {"e7f8dddd4444"}),
        };
        auto built = RevisionGraph::build(std::move(h), diags);
        if (!built) __builtin_trap();
        return std::move(*built);
    }();
    return g;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > 4096) return 0;
    std::string_view arg = fuzz::as_text(data, size);
    std::string error;
    if (!parse_target(arg, error) && error.empty()) __builtin_trap();

    const RevisionGraph& g = graph();
    Diagnostics diags;
    (void)g.resolve(arg, diags);
    auto colon = arg.find(':');
    if (colon == std::string_view::npos) {
        (void)plan_upgrade(g, "", arg, diags);
        (void)plan_stamp(g, "", arg, diags);
    } else {
        std::string_view start = arg.substr(0, colon), end = arg.substr(colon + 1);
        (void)plan_upgrade(g, start, end, diags);
        (void)plan_downgrade(g, start, end, diags);
        (void)plan_stamp(g, start, end, diags);
    }
    (void)diags.render(files(), false);
    return 0;
}
