#include "compiler/project.hpp"

#include <dirent.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <fmt/format.h>

#include "compiler/file_io.hpp"
#include "compiler/parallel.hpp"

namespace migc {
namespace fs = std::filesystem;

namespace {

// SHA-256 from OpenSSL's default provider, fetched once. OpenSSL's
// configuration file is not read: a digest needs nothing set up there, and
// reading it cost more than the whole digest of a small project.
const EVP_MD* sha256() {
    static const EVP_MD* const md = [] {
        OPENSSL_init_crypto(OPENSSL_INIT_NO_LOAD_CONFIG, nullptr);
        const EVP_MD* fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        return fetched ? fetched : EVP_sha256();
    }();
    return md;
}

std::string hex(const unsigned char* digest, unsigned int len) {
    std::string out;
    for (unsigned int i = 0; i < len; ++i) out += fmt::format("{:02x}", digest[i]);
    return out;
}

// One file's share of the load, filled by whichever thread takes it (its AST
// goes straight into Project::revisions: no second copy at the peak).
struct Loaded {
    int read_error = 0;  // errno; 0 when read
    Diagnostics diags;   // the parse's, merged in file order afterwards
    bool parsed = false;
    std::optional<std::uint32_t> blocks_at;  // deferred blocks: where they begin, when the header is sound
};

// The *.mig names of a directory, to be sorted: every name in one buffer, and
// its first eight bytes as a big-endian number, which settle almost every
// comparison of the sort without a memcmp (100,000 names used to take a
// twentieth of a second here, on one core, before any file was read).
class Listing {
public:
    void add(std::string_view name, bool regular) {
        std::uint64_t prefix = 0;
        for (std::size_t i = 0; i < 8; ++i)
            prefix = prefix << 8 | (i < name.size() ? static_cast<unsigned char>(name[i]) : 0u);
        entries_.push_back({prefix, static_cast<std::uint32_t>(pool_.size()), static_cast<std::uint32_t>(name.size()), regular});
        pool_.append(name).push_back('\0');  // NUL-terminated, for openat
    }
    // Byte order, as std::string compares: the prefix is the first eight bytes
    // in that order (zeros past the end sort a shorter name first).
    void sort() {
        std::sort(entries_.begin(), entries_.end(), [&](const Entry& a, const Entry& b) {
            return a.prefix != b.prefix ? a.prefix < b.prefix : name(a) < name(b);
        });
    }
    std::size_t size() const { return entries_.size(); }
    const char* c_str(std::size_t i) const { return pool_.data() + entries_[i].at; }
    std::string_view name(std::size_t i) const { return name(entries_[i]); }
    bool regular(std::size_t i) const { return entries_[i].regular; }

private:
    struct Entry {
        std::uint64_t prefix;
        std::uint32_t at, size;  // in pool_
        bool regular;            // readdir's d_type says so: reading needs no fstat
    };
    std::string_view name(const Entry& e) const { return {pool_.data() + e.at, e.size}; }
    std::string pool_;
    std::vector<Entry> entries_;
};

}  // namespace

std::string source_digest(const Project& project, const SourceFiles& files) {
    // Files named relative to versions/, so it does not depend on where migc runs from.
    EVP_MD_CTX* digest = EVP_MD_CTX_new();
    EVP_DigestInit_ex(digest, sha256(), nullptr);
    for (FileId id : project.files) {
        const std::string& path = files.path(id);
        const std::string& text = files.text(id);
        std::string head = fmt::format("{}\n{}\n", path.substr(path.rfind('/') + 1), text.size());
        EVP_DigestUpdate(digest, head.data(), head.size());
        EVP_DigestUpdate(digest, text.data(), text.size());
    }
    unsigned char sum[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(digest, sum, &len);
    EVP_MD_CTX_free(digest);
    return hex(sum, len);
}

std::string sha256_hex(std::string_view data) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(data.data(), data.size(), digest, &len, sha256(), nullptr);
    return hex(digest, len);
}

void free_block(Project& project, std::size_t rev, bool upgrade) {
    ast::RevisionFile& file = project.revisions[rev];
    std::vector<ast::Statement>().swap(upgrade ? file.upgrade : file.downgrade);
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
                                    Diagnostics& diags, ParseDepth depth, bool defer_blocks) {
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
    // readdir, not directory_iterator: a std::filesystem::path per entry was
    // a fifth of `history` at 100,000 files.
    Listing names;
    DIR* dir = ::opendir(versions.c_str());
    if (!dir) {
        diags.error(DiagKind::Io, std::nullopt, fmt::format("cannot list '{}': {}", project.versions_dir, os_reason(errno)));
        return std::nullopt;
    }
    errno = 0;
    while (const dirent* entry = ::readdir(dir)) {
        std::string_view name = entry->d_name;
        // Anything named *.mig is meant as a revision: one that cannot be read
        // (a directory, a dangling or looping symlink) is reported below.
        // (".mig" alone has no extension, as std::filesystem sees it.)
        if (name.size() > 4 && name.ends_with(".mig")) names.add(name, entry->d_type == DT_REG);
    }
    int list_error = errno;
    // Kept open for the reads below, which open each file relative to it.
    std::unique_ptr<DIR, int (*)(DIR*)> listing(dir, ::closedir);
    if (list_error != 0) {
        diags.error(DiagKind::Io, std::nullopt, fmt::format("cannot list '{}': {}", project.versions_dir, os_reason(list_error)));
        return std::nullopt;
    }
    // Sorted path order, never directory-listing order (SPEC 3, 4.6): the
    // paths share their directory, so sorting the names sorts them.
    names.sort();

    // Every file is registered first, so the threads only fill in texts.
    std::vector<FileId> ids;
    ids.reserve(names.size());
    files.reserve(files.size() + names.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
        std::string path;
        path.reserve(project.versions_dir.size() + 1 + names.name(i).size());
        path.append(project.versions_dir).append("/").append(names.name(i));
        ids.push_back(files.add(std::move(path), {}));
    }
    std::vector<Loaded> loaded(names.size());
    project.revisions.resize(names.size());
    std::vector<RevisionHeader> headers(names.size());  // each made by the thread that parsed its file
    for_each_parallel(names.size(), [&](std::size_t i) {
        Loaded& l = loaded[i];
        auto text = read_file_at(::dirfd(dir), names.c_str(i), l.read_error, names.regular(i));
        if (!text) return;
        files.set_text(ids[i], std::move(*text));
        ast::RevisionFile& rev = project.revisions[i];
        if (defer_blocks) {
            l.blocks_at = grammar::parse_revision_header(files, ids[i], vars, l.diags, rev);
            if (!l.blocks_at) rev = {};  // as without deferring: a file with a broken header is unusable
        } else {
            auto parsed = grammar::parse_revision_file(files, ids[i], vars, l.diags, &rev, depth == ParseDepth::Headers);
            if (parsed) rev = std::move(*parsed);
            l.parsed = parsed.has_value();
            if (depth == ParseDepth::UpgradeBlocks) free_block(project, i, false);
        }
        if (!rev.revision.text.empty()) headers[i] = revision_header(rev, ids[i]);
    });
    if (defer_blocks) {
        bool sound = std::all_of(loaded.begin(), loaded.end(), [](const Loaded& l) { return l.blocks_at.has_value(); });
        if (sound) {
            for (const Loaded& l : loaded) project.blocks_at.push_back(*l.blocks_at);
            project.files = std::move(ids);
            project.headers = std::move(headers);
            project.broken.assign(names.size(), 1);
            return project;
        }
        // Something is wrong before any graph can be built: every file's
        // errors are reported, blocks included, as without deferring.
        for_each_parallel(names.size(), [&](std::size_t i) {
            Loaded& l = loaded[i];
            if (l.blocks_at) l.parsed = grammar::parse_revision_blocks(files, ids[i], vars, l.diags, project.revisions[i], *l.blocks_at);
        });
    }

    bool ok = true;
    for (std::size_t i = 0; i < names.size(); ++i) {
        Loaded& l = loaded[i];
        if (l.read_error != 0) {
            Diagnostic& d = diags.error(DiagKind::Io, std::nullopt,
                                        fmt::format("cannot read '{}': {}", files.path(ids[i]), os_reason(l.read_error)));
            if (l.read_error == EISDIR)
                d.notes.push_back({std::nullopt, "a directory in versions/ must not be named *.mig: rename it or move "
                                                 "it out"});
            ok = false;
            continue;
        }
        for (auto& d : l.diags.items()) diags.add(d);
        if (!l.parsed && project.revisions[i].revision.text.empty()) {
            ok = false;
            continue;
        }
        project.files.push_back(ids[i]);
        project.headers.push_back(std::move(headers[i]));
        project.broken.push_back(l.parsed ? 0 : 1);
    }
    if (!ok) return std::nullopt;
    return project;
}

}  // namespace migc
