#include "compiler/session.hpp"

namespace migc {

bool Session::load_graph(ParseDepth depth, bool defer_blocks) {
    project = load_project(config, inv.vars, files, diags, depth, defer_blocks);
    if (!project) return false;
    if (!project->blocks_at.empty()) blocks = std::make_unique<BlockParser>(*project, files, inv.vars, depth, diags);
    graph = RevisionGraph::build(std::move(project->headers), diags);
    return graph.has_value();
}

void Session::settle() {
    if (!blocks) return;
    blocks->finish(diags);
    blocks.reset();
}

}  // namespace migc
