#include "compiler/session.hpp"

namespace migc {

bool Session::load_graph(ParseDepth depth, bool defer_blocks) {
    project = load_project(config, inv.vars, files, diags, depth, defer_blocks);
    if (!project) return false;
    if (!project->blocks_at.empty()) blocks = std::make_unique<BlockParser>(*project, files, inv.vars, depth, diags);
    std::vector<RevisionHeader> headers;
    headers.reserve(project->revisions.size());
    for (std::size_t i = 0; i < project->revisions.size(); ++i)
        headers.push_back(revision_header(project->revisions[i], project->files[i]));
    graph = RevisionGraph::build(std::move(headers), diags);
    return graph.has_value();
}

void Session::settle() {
    if (!blocks) return;
    blocks->finish(diags);
    blocks.reset();
}

}  // namespace migc
