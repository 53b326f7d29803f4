#include "compiler/session.hpp"

namespace migc {

bool Session::load_graph(ParseDepth depth) {
    project = load_project(config, inv.vars, files, diags, depth);
    if (!project) return false;
    std::vector<RevisionHeader> headers;
    headers.reserve(project->revisions.size());
    for (std::size_t i = 0; i < project->revisions.size(); ++i)
        headers.push_back(revision_header(project->revisions[i], project->files[i]));
    graph = RevisionGraph::build(std::move(headers), diags);
    return graph.has_value();
}

}  // namespace migc
