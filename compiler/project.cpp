#include "compiler/project.hpp"

#include <openssl/evp.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fmt/format.h>

#include "compiler/file_io.hpp"

namespace migc {
namespace fs = std::filesystem;

std::string sha256_hex(std::string_view data) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(data.data(), data.size(), digest, &len, EVP_sha256(), nullptr);
    std::string hex;
    for (unsigned int i = 0; i < len; ++i) hex += fmt::format("{:02x}", digest[i]);
    return hex;
}

RevisionHeader revision_header(const ast::RevisionFile& rev, FileId file) {
    auto loc = [&](ast::Span s) { return Location{file, s.begin, s.end}; };
    RevisionHeader h;
    h.id = rev.revision.text;
    h.id_where = loc(rev.revision.span);
    for (const auto& p : rev.revises) h.parents.push_back(p.text), h.parents_where.push_back(loc(p.span));
    for (const auto& d : rev.depends_on) h.depends_on.push_back(d.text), h.depends_on_where.push_back(loc(d.span));
    for (const auto& l : rev.labels) h.labels.push_back(l.text), h.labels_where.push_back(loc(l.span));
    if (rev.message) h.message = rev.message->text;
    return h;
}

std::optional<Project> load_project(const Config& config, const grammar::Variables& vars, SourceFiles& files,
                                    Diagnostics& diags) {
    fs::path base = config.base_dir == "." ? fs::path() : fs::path(config.base_dir);
    fs::path versions = base / config.script_location / "versions";
    Project project;
    project.versions_dir = versions.lexically_normal().generic_string();

    std::error_code ec;
    if (!fs::is_directory(versions, ec)) {
        diags.error(DiagKind::Io, std::nullopt, fmt::format("no revision directory '{}'", project.versions_dir))
            .notes.push_back({std::nullopt, "set script_location in migc.ini, or pass -c FILE"});
        return std::nullopt;
    }
    std::vector<std::string> paths;
    for (const auto& entry : fs::directory_iterator(versions, ec))
        // Anything named *.mig is meant as a revision: one that cannot be read
        // (a directory, a dangling or looping symlink) is reported below.
        if (entry.path().extension() == ".mig")
            paths.push_back((versions / entry.path().filename()).lexically_normal().generic_string());
    if (ec) {
        diags.error(DiagKind::Io, std::nullopt, fmt::format("cannot list '{}': {}", project.versions_dir, ec.message()));
        return std::nullopt;
    }
    // Sorted path order, never directory-listing order (SPEC 3, 4.6).
    std::sort(paths.begin(), paths.end());

    std::string digest_input;
    bool ok = true;
    for (const auto& path : paths) {
        int err = 0;
        auto text = read_file(path, err);
        if (!text) {
            Diagnostic& d = diags.error(DiagKind::Io, std::nullopt, fmt::format("cannot read '{}': {}", path, os_reason(err)));
            if (err == EISDIR)
                d.notes.push_back({std::nullopt, "a directory in versions/ must not be named *.mig: rename it or move "
                                                 "it out"});
            ok = false;
            continue;
        }
        FileId id = files.add(path, std::move(*text));
        // The digest names files relative to versions/, so it does not depend on where migc runs from.
        fmt::format_to(std::back_inserter(digest_input), "{}\n{}\n{}", fs::path(path).filename().string(),
                       files.text(id).size(), files.text(id));
        ast::RevisionFile partial;
        auto parsed = grammar::parse_revision_file(files, id, vars, diags, &partial);
        if (!parsed && partial.revision.text.empty()) {
            ok = false;
            continue;
        }
        project.files.push_back(id);
        project.revisions.push_back(parsed ? std::move(*parsed) : std::move(partial));
        project.broken.push_back(!parsed);
    }
    if (!ok) return std::nullopt;
    project.source_digest = sha256_hex(digest_input);
    return project;
}

}  // namespace migc
