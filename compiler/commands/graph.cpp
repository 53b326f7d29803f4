// graph: the revision graph as the source of a picture, Graphviz DOT (default)
// or Mermaid. One node per revision in file-path order, arrows from a
// revision to its parents (solid) and to its declared dependencies (dashed);
// bases, heads and merges look different. Reads the graph only.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "compiler/session.hpp"

namespace migc {

namespace {

struct Node {
    std::string id;
    std::vector<std::string> lines;  // id, message, labels, tags
    bool base = false, head = false, merge = false;
};

struct Edge {
    std::string from, to;
    bool dependency = false;
};

// Alembic's Script.doc on one line: the message up to its first empty line.
std::string summary(const std::string& message) {
    std::string doc = message.substr(0, message.find("\n\n"));
    for (char& c : doc)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return doc;
}

std::vector<Node> nodes_of(const Session& s) {
    const RevisionGraph& g = *s.graph;
    std::vector<Node> nodes;
    for (std::size_t r = 0; r < g.revisions().size(); ++r) {
        const RevisionHeader& h = g.revisions()[r];
        Node n;
        n.id = h.id;
        n.base = h.parents.empty();
        n.head = g.children(r).empty();
        n.merge = h.parents.size() > 1;
        n.lines.push_back(h.id);
        if (!h.message.empty()) n.lines.push_back(summary(h.message));
        if (!g.branch_labels(r).empty()) n.lines.push_back(fmt::format("[{}]", fmt::join(g.branch_labels(r), ", ")));
        std::vector<std::string> tags;
        if (n.base) tags.push_back("base");
        if (n.head) tags.push_back("head");
        if (g.children(r).size() > 1) tags.push_back("branchpoint");
        if (n.merge) tags.push_back("mergepoint");
        if (!tags.empty()) n.lines.push_back(fmt::format("({})", fmt::join(tags, ", ")));
        nodes.push_back(std::move(n));
    }
    return nodes;
}

// Parents in the order written, then the declared dependencies (a branch
// label stands for the revision that declares it).
std::vector<Edge> edges_of(const Session& s) {
    const RevisionGraph& g = *s.graph;
    std::vector<Edge> edges;
    for (const RevisionHeader& h : g.revisions()) {
        for (const auto& p : h.parents) edges.push_back({h.id, p, false});
        for (const auto& d : h.depends_on) {
            Diagnostics scratch;  // the graph was validated: every dependency resolves
            auto found = g.resolve(d, scratch);
            std::string to = found && found->size() == 1 ? g.revisions()[found->front()].id : d;
            edges.push_back({h.id, to, true});
        }
    }
    return edges;
}

std::string dot_escape(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

std::string render_dot(const std::vector<Node>& nodes, const std::vector<Edge>& edges) {
    fmt::memory_buffer out;
    auto put = std::back_inserter(out);
    fmt::format_to(put, "// migc revision graph: an arrow runs from a revision to its parent; dashed: depends_on.\n");
    fmt::format_to(put, "// Blue: a base; green, bold: a head; hexagon: a merge. Render: dot -Tpng graph.dot -o graph.png\n");
    fmt::format_to(put, "digraph revisions {{\n");
    fmt::format_to(put, "    node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", color=\"#64748b\", "
        "fontname=\"Helvetica\", fontsize=11];\n");
    fmt::format_to(put, "    edge [color=\"#475569\", fontname=\"Helvetica\", fontsize=9];\n");
    for (const Node& n : nodes) {
        std::vector<std::string> lines;
        for (const auto& l : n.lines) lines.push_back(dot_escape(l));
        std::string attrs = fmt::format("label=\"{}\"", fmt::join(lines, "\\n"));
        if (n.merge) attrs += ", shape=hexagon, style=filled";
        if (n.base && n.head) attrs += ", fillcolor=\"#dbeafe:#dcfce7\", gradientangle=90";
        else if (n.base) attrs += ", fillcolor=\"#dbeafe\"";
        else if (n.head) attrs += ", fillcolor=\"#dcfce7\"";
        if (n.head) attrs += ", color=\"#15803d\", penwidth=2";
        else if (n.base) attrs += ", color=\"#1d4ed8\"";
        fmt::format_to(put, "    \"{}\" [{}];\n", n.id, attrs);
    }
    for (const Edge& e : edges)
        fmt::format_to(put, "    \"{}\" -> \"{}\"{};\n", e.from, e.to,
            e.dependency ? " [style=dashed, arrowhead=empty, label=\"depends on\"]" : "");
    fmt::format_to(put, "}}\n");
    return fmt::to_string(out);
}

// Inside a quoted Mermaid label: entity codes for what Mermaid would read.
std::string mermaid_escape(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '"': out += "#quot;"; break;
        case '#': out += "#35;"; break;
        case '<': out += "#lt;"; break;
        case '>': out += "#gt;"; break;
        case '&': out += "#amp;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string render_mermaid(const std::vector<Node>& nodes, const std::vector<Edge>& edges) {
    fmt::memory_buffer out;
    auto put = std::back_inserter(out);
    // Node names get a prefix: a revision called `end` would end the flowchart.
    auto name = [](const std::string& id) { return "r_" + id; };
    fmt::format_to(put, "%% migc revision graph: an arrow runs from a revision to its parent; dotted: depends_on.\n");
    fmt::format_to(put, "flowchart TD\n");
    std::vector<std::string> bases, heads, both;
    for (const Node& n : nodes) {
        std::vector<std::string> lines;
        for (const auto& l : n.lines) lines.push_back(mermaid_escape(l));
        std::string label = fmt::format("\"{}\"", fmt::join(lines, "<br/>"));
        if (n.merge) fmt::format_to(put, "    {}{{{{{}}}}}\n", name(n.id), label);
        else fmt::format_to(put, "    {}[{}]\n", name(n.id), label);
        if (n.base && n.head) both.push_back(name(n.id));
        else if (n.base) bases.push_back(name(n.id));
        else if (n.head) heads.push_back(name(n.id));
    }
    for (const Edge& e : edges)
        fmt::format_to(put, "    {} {} {}\n", name(e.from), e.dependency ? "-.->|depends on|" : "-->", name(e.to));
    fmt::format_to(put, "    classDef base fill:#dbeafe,stroke:#1d4ed8\n");
    fmt::format_to(put, "    classDef head fill:#dcfce7,stroke:#15803d,stroke-width:2px\n");
    fmt::format_to(put, "    classDef basehead fill:#dbeafe,stroke:#15803d,stroke-width:2px\n");
    if (!bases.empty()) fmt::format_to(put, "    class {} base\n", fmt::join(bases, ","));
    if (!heads.empty()) fmt::format_to(put, "    class {} head\n", fmt::join(heads, ","));
    if (!both.empty()) fmt::format_to(put, "    class {} basehead\n", fmt::join(both, ","));
    return fmt::to_string(out);
}

}  // namespace

bool run_graph(Session& s) {
    const std::string& format = s.inv.format;
    if (!format.empty() && format != "dot" && format != "mermaid") {
        s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("graph has no format '{}'", format))
            .notes.push_back({std::nullopt, "formats: dot (Graphviz, the default) and mermaid"});
        return false;
    }
    if (!s.inv.args.empty()) {
        s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("graph takes no argument (got '{}')", fmt::join(s.inv.args, ", ")))
            .notes.push_back({std::nullopt, "e.g. `migc graph --format mermaid`"});
        return false;
    }
    if (!s.load_graph(ParseDepth::Headers)) return false;
    auto nodes = nodes_of(s);
    auto edges = edges_of(s);
    s.out = format == "mermaid" ? render_mermaid(nodes, edges) : render_dot(nodes, edges);
    return true;
}

}  // namespace migc
