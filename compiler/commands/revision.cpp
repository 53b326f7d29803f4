// revision and merge: write a new revision file into <script_location>/versions/,
// named by migc.ini's file_template, as `alembic revision` / `alembic merge`
// do. The new file is parsed and the graph rebuilt with it before anything is
// written, so a file migc writes always loads; an existing file is never
// overwritten.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <random>

#include "compiler/revision_file_writer.hpp"
#include "compiler/session.hpp"
#include "grammar/parser.hpp"

namespace migc {

namespace {

constexpr std::size_t kMaxIdLength = 32;  // the width of the version column (SPEC 3)

std::string join(const std::vector<std::string>& items) { return fmt::format("{}", fmt::join(items, ", ")); }

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

struct CreationTime {
    FileNameFields fields;  // the date and time parts; rev and slug are filled in later
    std::string created;    // the `created` header
};

// Now, or SOURCE_DATE_EPOCH when set (reproducible files), in migc.ini's
// timezone: UTC unless it names a zone of the system's tz database.
std::optional<CreationTime> creation_time(Session& s) {
    std::time_t now = std::time(nullptr);
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
        std::string_view text = epoch;
        bool digits = text.size() <= 12 && std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
        if (!digits) {
            s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("SOURCE_DATE_EPOCH is '{}', not a number of seconds", text))
                .notes.push_back({std::nullopt, "unset it to date the revision now"});
            return std::nullopt;
        }
        now = static_cast<std::time_t>(std::stoll(std::string(text)));
    }
    const std::string& zone = s.config.timezone;
    bool utc = zone.empty() || iequals(zone, "UTC");
    std::tm tm{};
    if (utc) {
        gmtime_r(&now, &tm);
    } else {
        std::error_code ec;
        if (zone.find("..") != std::string::npos || zone.front() == '/' ||
            !std::filesystem::is_regular_file("/usr/share/zoneinfo/" + zone, ec)) {
            s.diags.error(DiagKind::Config, s.config.where("timezone"), fmt::format("unknown timezone '{}'", zone))
                .notes.push_back({std::nullopt, "give a zone of the tz database, e.g. `timezone = Europe/Paris`, or UTC"});
            return std::nullopt;
        }
        setenv("TZ", zone.c_str(), 1);
        tzset();
        localtime_r(&now, &tm);
    }
    CreationTime t;
    t.fields.epoch = static_cast<std::int64_t>(now);
    t.fields.year = tm.tm_year + 1900;
    t.fields.month = tm.tm_mon + 1;
    t.fields.day = tm.tm_mday;
    t.fields.hour = tm.tm_hour;
    t.fields.minute = tm.tm_min;
    t.fields.second = tm.tm_sec;
    char text[64];
    std::strftime(text, sizeof text, utc ? "%Y-%m-%d %H:%M:%S" : "%Y-%m-%d %H:%M:%S %z", &tm);
    t.created = text;
    return t;
}

// What is wrong with `name` as a new revision id or branch label, or "".
std::string name_problem(std::string_view kind, std::string_view name, bool is_id) {
    if (name.empty()) return fmt::format("an empty {}", kind);
    std::string bad;
    for (char c : name)
        if (!is_name_char(c) && bad.find(c) == std::string::npos) bad += c;
    if (!bad.empty())
        return fmt::format("{} '{}' contains '{}': it may hold only letters, digits and '_' ('@ - + :' are target "
                           "syntax)",
                           kind, name, fmt::join(bad, "', '"));
    if (is_id && name.size() > kMaxIdLength)
        return fmt::format("{} '{}' is {} characters long; the version table holds at most {}", kind, name,
                           name.size(), kMaxIdLength);
    if (name == "head" || name == "heads" || name == "base")
        return fmt::format("{} '{}' is reserved: '{}' is a target keyword", kind, name, name);
    if (is_id && iequals(name, "none"))
        return fmt::format("{} '{}' is reserved: `revises none` marks a base", kind, name);
    return {};
}

// The revision that declares `label`, if any.
std::optional<std::size_t> label_owner(const RevisionGraph& g, std::string_view label) {
    for (std::size_t r = 0; r < g.revisions().size(); ++r)
        if (std::ranges::count(g.revisions()[r].labels, label) > 0) return r;
    return std::nullopt;
}

// --rev-id, checked; or a fresh 12-hex id (Alembic's uuid4().hex[-12:]).
std::optional<std::string> new_revision_id(Session& s) {
    const RevisionGraph& g = *s.graph;
    if (!s.inv.rev_id) {
        std::random_device device;
        for (;;) {
            std::uint64_t bits = (std::uint64_t{device()} << 32) ^ device();
            std::string id = fmt::format("{:012x}", bits & 0xFFFFFFFFFFFFull);
            if (!g.find(id) && !label_owner(g, id)) return id;
        }
    }
    const std::string& id = *s.inv.rev_id;
    if (auto problem = name_problem("revision id", id, true); !problem.empty()) {
        s.diags.error(DiagKind::RevisionId, std::nullopt, fmt::format("--rev-id: {}", problem))
            .notes.push_back({std::nullopt, "leave --rev-id out for a fresh 12-digit hex id"});
        return std::nullopt;
    }
    if (auto existing = g.find(id)) {
        s.diags.error(DiagKind::RevisionId, std::nullopt, fmt::format("--rev-id: revision '{}' already exists", id))
            .notes.push_back({g.revisions()[*existing].id_where, fmt::format("'{}' is defined here", id)});
        return std::nullopt;
    }
    if (auto owner = label_owner(g, id)) {
        s.diags.error(DiagKind::RevisionId, std::nullopt, fmt::format("--rev-id: '{}' is already a branch label (of revision '{}'); labels "
                                                "and ids share one namespace",
                                                id, g.revisions()[*owner].id))
            .notes.push_back({g.revisions()[*owner].id_where, fmt::format("'{}' is defined here",
                                                                          g.revisions()[*owner].id)});
        return std::nullopt;
    }
    return id;
}

// --branch-label: a new name in the namespace of ids and labels.
bool add_branch_label(Session& s, NewRevision& rev) {
    if (!s.inv.branch_label) return true;
    const RevisionGraph& g = *s.graph;
    const std::string& label = *s.inv.branch_label;
    std::string problem = name_problem("branch label", label, false);
    if (problem.empty() && label == rev.id) problem = fmt::format("branch label '{}' is the new revision's own id", label);
    if (!problem.empty()) {
        s.diags.error(DiagKind::RevisionId, std::nullopt, fmt::format("--branch-label: {}", problem));
        return false;
    }
    if (auto owner = label_owner(g, label)) {
        s.diags.error(DiagKind::RevisionId, std::nullopt, fmt::format("--branch-label: '{}' is already the label of revision '{}'", label,
                                                g.revisions()[*owner].id))
            .notes.push_back({std::nullopt, fmt::format("a revision on that branch follows `--head {}@head`", label)});
        return false;
    }
    if (auto existing = g.find(label)) {
        s.diags.error(DiagKind::RevisionId, std::nullopt, fmt::format("--branch-label: '{}' is a revision id; labels and ids share one "
                                                "namespace",
                                                label))
            .notes.push_back({g.revisions()[*existing].id_where, fmt::format("'{}' is defined here", label)});
        return false;
    }
    rev.labels.push_back(label);
    return true;
}

// How to name each head on the command line: `label@head` when that names it alone.
std::vector<std::string> head_choices(const RevisionGraph& g, const std::vector<std::size_t>& heads) {
    std::vector<std::string> out;
    for (std::size_t h : heads) {
        std::string choice = fmt::format("--head {}", g.revisions()[h].id);
        for (const auto& label : g.branch_labels(h)) {
            Diagnostics scratch;
            auto found = g.resolve(label + "@head", scratch);
            if (found && found->size() == 1 && found->front() == h) {
                choice = fmt::format("--head {}@head ({})", label, g.revisions()[h].id);
                break;
            }
        }
        out.push_back(choice);
    }
    return out;
}

std::vector<std::size_t> head_revisions(const RevisionGraph& g) {
    std::vector<std::size_t> heads;
    for (std::size_t r = 0; r < g.revisions().size(); ++r)
        if (g.children(r).empty()) heads.push_back(r);
    return heads;
}

std::vector<std::string> ids_of(const RevisionGraph& g, const std::vector<std::size_t>& revs) {
    std::vector<std::string> out;
    for (std::size_t r : revs) out.push_back(g.revisions()[r].id);
    return out;
}

// A parent must be a head: a new child of another revision would open a branch
// silently (Alembic asks for --splice there).
bool check_is_head(Session& s, std::size_t rev, std::string_view given, std::string_view option) {
    const RevisionGraph& g = *s.graph;
    if (g.children(rev).empty()) return true;
    std::string resolved = given == g.revisions()[rev].id ? std::string() : fmt::format(" ('{}')", given);
    Diagnostic& d = s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("{}: revision '{}'{} is not a head: {} revise{} it",
                                                            option, g.revisions()[rev].id, resolved,
                                                            join(ids_of(g, g.children(rev))),
                                                            g.children(rev).size() == 1 ? "s" : ""));
    d.notes.push_back({std::nullopt, fmt::format("the heads: {}", join(ids_of(g, head_revisions(g))))});
    return false;
}

// The parents of a new revision: --head, or the one head there is.
bool choose_parents(Session& s, NewRevision& rev) {
    const RevisionGraph& g = *s.graph;
    if (!s.inv.head) {
        std::vector<std::size_t> heads = head_revisions(g);
        if (heads.size() > 1) {
            Diagnostic& d = s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("Multiple heads are present ({}); give --head for "
                                                                    "the revision the new one follows, or merge them",
                                                                    join(ids_of(g, heads))));
            d.notes.push_back({std::nullopt, fmt::format("one of: {}", join(head_choices(g, heads)))});
            d.notes.push_back({std::nullopt, "or first: `migc merge heads -m \"merge\"`; or `--head base` for a new base"});
            return false;
        }
        rev.parents = ids_of(g, heads);
        return true;
    }
    auto found = g.resolve(*s.inv.head, s.diags);
    if (!found) return false;
    for (std::size_t p : *found) {
        if (!check_is_head(s, p, *s.inv.head, "--head")) return false;
        rev.parents.push_back(g.revisions()[p].id);
    }
    return true;
}

// --depends-on: each names one revision; a branch label is kept as written
// (as Alembic does), anything else becomes the full id.
bool add_dependencies(Session& s, NewRevision& rev) {
    const RevisionGraph& g = *s.graph;
    for (const std::string& dep : s.inv.depends_on) {
        auto found = g.resolve(dep, s.diags);
        if (!found) return false;
        if (found->size() != 1) {
            s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("--depends-on '{}' names {}; give one revision per --depends-on",
                                                    dep, found->empty() ? std::string("base, which is no revision")
                                                                        : fmt::format("{} revisions ({})", found->size(),
                                                                                      join(ids_of(g, *found)))));
            return false;
        }
        std::size_t target = found->front();
        std::string text = std::ranges::count(g.revisions()[target].labels, dep) > 0 ? dep : g.revisions()[target].id;
        if (std::ranges::count(rev.parents, g.revisions()[target].id) > 0) {
            s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("--depends-on '{}': '{}' is already the parent of the new revision",
                                                    dep, g.revisions()[target].id))
                .notes.push_back({std::nullopt, "depends_on orders a revision after one of another branch"});
            return false;
        }
        if (std::ranges::count(rev.depends_on, text) == 0) rev.depends_on.push_back(text);
    }
    return true;
}

// Names, checks and writes the file; prints Alembic's "Generating ... done".
bool write_revision(Session& s, NewRevision rev) {
    auto time = creation_time(s);
    if (!time) return false;
    rev.created = time->created;
    FileNameFields fields = time->fields;
    fields.rev = rev.id;
    fields.slug = message_slug(rev.message);
    std::string error;
    auto name = expand_file_template(s.config.file_template, fields, error);
    if (!name) {
        s.diags.error(DiagKind::Config, s.config.where("file_template"), error)
            .notes.push_back({std::nullopt, "the default is `file_template = %(year)d-%(month).2d-%(day).2d_%(rev)s_%(slug)s`"});
        return false;
    }
    if (name->empty() || name->find('/') != std::string::npos || *name == "." || *name == "..") {
        s.diags.error(DiagKind::Config, s.config.where("file_template"),
                      fmt::format("file_template '{}' gives the file name '{}', which is not a name in the versions "
                                  "directory",
                                  s.config.file_template, *name));
        return false;
    }
    std::string path = fmt::format("{}/{}.mig", s.project->versions_dir, *name);
    std::string text = render_revision_file(rev);

    // The new file must parse and keep the graph valid: check before writing.
    Diagnostics check;
    FileId file = s.files.add(path, text);
    auto parsed = grammar::parse_revision_file(s.files, file, s.inv.vars, check);
    std::optional<RevisionGraph> graph;
    if (parsed) {
        std::vector<std::pair<std::string, RevisionHeader>> by_path;
        for (std::size_t i = 0; i < s.project->files.size(); ++i)  // the graph's headers are the files', in order
            by_path.emplace_back(s.files.path(s.project->files[i]), s.graph->revisions()[i]);
        by_path.emplace_back(path, revision_header(*parsed, file));
        std::ranges::stable_sort(by_path, {}, &std::pair<std::string, RevisionHeader>::first);
        std::vector<RevisionHeader> headers;
        for (auto& [p, h] : by_path) headers.push_back(std::move(h));
        graph = RevisionGraph::build(std::move(headers), check);
    }
    if (!parsed || !graph || check.has_errors()) {
        for (const Diagnostic& d : check.items())
            if (d.severity == Severity::Error) s.diags.add(d);
        s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("not writing '{}': the new revision would not load", path));
        return false;
    }

    std::FILE* out = std::fopen(path.c_str(), "wx");  // x: fail when the file exists
    if (out == nullptr) {
        if (errno == EEXIST)
            s.diags.error(DiagKind::Io, std::nullopt, fmt::format("'{}' already exists; migc never overwrites a revision", path))
                .notes.push_back({std::nullopt, "give another --rev-id or message, or remove the file"});
        else
            s.diags.error(DiagKind::Io, std::nullopt, fmt::format("cannot create '{}': {}", path, std::strerror(errno)));
        return false;
    }
    bool ok = std::fwrite(text.data(), 1, text.size(), out) == text.size();
    int err = errno;
    if (std::fclose(out) != 0 && ok) ok = false, err = errno;
    if (!ok) {
        std::remove(path.c_str());
        s.diags.error(DiagKind::Io, std::nullopt, fmt::format("cannot write '{}': {}", path, std::strerror(err)));
        return false;
    }
    s.out += fmt::format("Generating {} ...  done\n", path);
    return true;
}

bool refuse_option(Session& s, std::string_view command, bool given, std::string_view option, std::string_view why) {
    if (!given) return true;
    s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("{} takes no {}: {}", command, option, why));
    return false;
}

}  // namespace

bool run_revision(Session& s) {
    if (!s.inv.args.empty()) {
        s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("revision takes no argument (got '{}')", join(s.inv.args)))
            .notes.push_back({std::nullopt, "the message goes after -m: `migc revision -m \"add users\"`"});
        return false;
    }
    if (!refuse_option(s, "revision", s.inv.autogenerate, "--autogenerate", "this build cannot diff the declared "
                                                                            "models yet; write the statements by hand"))
        return false;
    if (!s.inv.message) {
        s.diags.error(DiagKind::Usage, std::nullopt, "revision needs a message")
            .notes.push_back({std::nullopt, "e.g. `migc revision -m \"add users\"`"});
        return false;
    }
    if (!s.load_graph()) return false;
    NewRevision rev;
    rev.message = *s.inv.message;
    auto id = new_revision_id(s);
    if (!id) return false;
    rev.id = *id;
    if (!choose_parents(s, rev) || !add_branch_label(s, rev) || !add_dependencies(s, rev)) return false;
    return write_revision(s, std::move(rev));
}

bool run_merge(Session& s) {
    if (s.inv.args.empty()) {
        s.diags.error(DiagKind::Usage, std::nullopt, "merge needs the heads to merge")
            .notes.push_back({std::nullopt, "e.g. `migc merge heads -m \"merge\"` or `migc merge c1 c2 -m \"merge\"`"});
        return false;
    }
    if (!refuse_option(s, "merge", s.inv.head.has_value(), "--head", "its parents are its arguments") ||
        !refuse_option(s, "merge", !s.inv.depends_on.empty(), "--depends-on", "write a revision with --depends-on "
                                                                              "instead") ||
        !refuse_option(s, "merge", s.inv.autogenerate, "--autogenerate", "a merge has no statements"))
        return false;
    if (!s.load_graph()) return false;
    const RevisionGraph& g = *s.graph;
    std::vector<std::size_t> parents;
    for (const std::string& arg : s.inv.args) {
        auto found = g.resolve(arg, s.diags);
        if (!found) return false;
        if (found->empty()) {
            s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("merge: '{}' is base, which is no revision to merge", arg));
            return false;
        }
        for (std::size_t p : *found) {
            if (!check_is_head(s, p, arg, "merge")) return false;
            if (std::ranges::count(parents, p) == 0) parents.push_back(p);
        }
    }
    if (parents.size() < 2) {
        std::vector<std::size_t> heads = head_revisions(g);
        std::string only = g.revisions()[parents.front()].id;
        std::string given = join(s.inv.args);
        Diagnostic& d = s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("merge needs two or more heads, got only '{}'{}", only,
                                                                given == only ? std::string()
                                                                              : fmt::format(" (from '{}')", given)));
        d.notes.push_back({std::nullopt, heads.size() < 2 ? std::string("there is only one head: nothing to merge")
                                                          : fmt::format("the heads: {}", join(ids_of(g, heads)))});
        return false;
    }
    for (std::size_t a : parents)
        for (std::size_t b : parents)
            if (a != b && g.is_ancestor(a, b)) {
                s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("merge: '{}' already descends from '{}' (through depends_on); "
                                                        "merging them adds nothing",
                                                        g.revisions()[b].id, g.revisions()[a].id))
                    .notes.push_back({std::nullopt, fmt::format("merge the other heads, or write a revision on '{}'",
                                                                g.revisions()[b].id)});
                return false;
            }
    NewRevision rev;
    rev.parents = ids_of(g, parents);
    rev.message = s.inv.message ? *s.inv.message : fmt::format("merge {}", join(rev.parents));
    rev.blocks = false;
    auto id = new_revision_id(s);
    if (!id) return false;
    rev.id = *id;
    if (!add_branch_label(s, rev)) return false;
    return write_revision(s, std::move(rev));
}

}  // namespace migc
