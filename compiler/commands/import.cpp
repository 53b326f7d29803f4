// import alembic DIR [-o MIGRATIONS_DIR] (SPEC 7): one .mig per Alembic
// revision module, written into MIGRATIONS_DIR/versions (default: migc.ini's
// script_location). Python it cannot convert is a warning with its place in
// the .py file and a `not_converted;` statement in the .mig; the run then
// exits 1 with every file written. Existing files are never overwritten.
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>

#include "compiler/file_io.hpp"
#include "compiler/import/alembic_convert.hpp"
#include "compiler/session.hpp"
#include "grammar/parser.hpp"

namespace migc {

namespace fs = std::filesystem;

namespace {

struct Imported {
    std::string py_path, mig_path, text, id;
    FileId file = 0;
    std::size_t not_converted = 0;
};

// The .py files of an Alembic versions folder; DIR may also be the folder
// that holds versions/ (where alembic.ini's script_location points).
std::optional<std::vector<std::string>> python_files(Session& s, const std::string& dir) {
    std::error_code ec;
    fs::path root(dir);
    if (!fs::is_directory(root, ec)) {
        s.diags.error(DiagKind::Io, std::nullopt, fmt::format("'{}' is not a directory", dir))
            .notes.push_back(
                {std::nullopt, "give the Alembic versions/ folder, e.g. `migc import alembic alembic/versions`"});
        return std::nullopt;
    }
    auto list = [&](const fs::path& d) {
        std::vector<std::string> out;
        std::error_code e;
        for (fs::directory_iterator it(d, e), end; !e && it != end; it.increment(e)) {
            std::string name = it->path().filename().string();
            if (name.size() > 3 && name.ends_with(".py") && name != "__init__.py" && name[0] != '.' &&
                it->is_regular_file(e))
                out.push_back((d / name).lexically_normal().generic_string());
        }
        if (e) {
            s.diags.error(DiagKind::Io, std::nullopt,
                          fmt::format("cannot list '{}': {}", d.generic_string(), e.message()));
            out.clear();
        }
        std::ranges::sort(out);
        return out;
    };
    auto files = list(root);
    if (files.empty() && fs::is_directory(root / "versions", ec)) files = list(root / "versions");
    if (s.diags.has_errors()) return std::nullopt;
    if (files.empty()) {
        s.diags.error(DiagKind::Io, std::nullopt, fmt::format("no .py revision files in '{}'", dir));
        return std::nullopt;
    }
    return files;
}

FileNameFields name_fields(const pyimport::ConvertedRevision& rev) {
    FileNameFields f;
    f.rev = rev.header.id;
    f.slug = message_slug(rev.header.message);
    std::tm tm{};
    if (!rev.create_date.empty()) {
        const std::string& d = rev.create_date;
        tm.tm_year = std::stoi(d.substr(0, 4)) - 1900;
        tm.tm_mon = std::stoi(d.substr(5, 2)) - 1;
        tm.tm_mday = std::stoi(d.substr(8, 2));
        tm.tm_hour = std::stoi(d.substr(11, 2));
        tm.tm_min = std::stoi(d.substr(14, 2));
        tm.tm_sec = std::stoi(d.substr(17, 2));
        f.epoch = static_cast<std::int64_t>(timegm(&tm));
    } else {
        // No "Create Date:" in the docstring: now, or SOURCE_DATE_EPOCH.
        std::time_t now = std::time(nullptr);
        if (const char* e = std::getenv("SOURCE_DATE_EPOCH"); e && *e) now = static_cast<std::time_t>(std::atoll(e));
        gmtime_r(&now, &tm);
        f.epoch = static_cast<std::int64_t>(now);
    }
    f.year = tm.tm_year + 1900;
    f.month = tm.tm_mon + 1;
    f.day = tm.tm_mday;
    f.hour = tm.tm_hour;
    f.minute = tm.tm_min;
    f.second = tm.tm_sec;
    return f;
}

}  // namespace

bool run_import(Session& s) {
    if (s.inv.args.size() != 2 || s.inv.args[0] != "alembic") {
        s.usage_error = true;
        s.diags.error(
            DiagKind::Usage, std::nullopt,
            s.inv.args.empty() || s.inv.args[0] != "alembic"
                ? std::string("import reads an Alembic history: `migc import alembic DIR [-o MIGRATIONS_DIR]`")
                : std::string("import alembic takes one directory: the Alembic versions/ folder"));
        return false;
    }
    std::string target_root =
        s.inv.output
            ? *s.inv.output
            : ((s.config.base_dir == "." ? fs::path() : fs::path(s.config.base_dir)) / s.config.script_location)
                  .generic_string();
    s.inv.output.reset();  // -o names the migrations directory here; the report goes to stdout
    std::string versions_dir = (fs::path(target_root) / "versions").lexically_normal().generic_string();

    auto files = python_files(s, s.inv.args[1]);
    if (!files) return false;

    std::vector<Imported> written;
    std::map<std::string, std::string> id_seen;  // revision id -> .py path
    std::size_t total_not_converted = 0;
    bool failed = false;
    for (const std::string& path : *files) {
        int err = 0;
        auto text = read_file(path, err);
        if (!text) {
            s.diags.error(DiagKind::Io, std::nullopt, fmt::format("cannot read '{}': {}", path, os_reason(err)));
            failed = true;
            continue;
        }
        FileId file = s.files.add(path, *text);
        // (a copy's size: s.files grows below, and a reference into it would not last)
        std::size_t source_size = s.files.text(file).size();
        auto loc = [file, source_size](std::uint32_t b, std::uint32_t e) {
            return Location{file, b, std::max(e, b + 1) > source_size ? b : std::max(e, b + 1)};
        };
        const std::string& source = s.files.text(file);  // read before the next s.files.add
        pyimport::AlembicModule module = pyimport::read_alembic_module(source);
        if (module.error) {
            s.diags
                .error(DiagKind::NotConverted, loc(module.error->offset, module.error->offset + 1),
                       fmt::format("not Python migc can read: {}", module.error->message))
                .notes.push_back({std::nullopt, "no revision is written for this file"});
            failed = true;
            continue;
        }
        pyimport::ConvertedRevision rev = pyimport::convert_alembic_module(module, source);
        if (!rev.errors.empty()) {
            for (const auto& e : rev.errors)
                s.diags.error(DiagKind::Header, e.end > e.begin ? std::optional(loc(e.begin, e.end)) : std::nullopt,
                              e.end > e.begin ? e.message : fmt::format("{}: {}", path, e.message));
            failed = true;
            continue;
        }
        if (auto seen = id_seen.find(rev.header.id); seen != id_seen.end()) {
            s.diags.error(
                DiagKind::RevisionId, std::nullopt,
                fmt::format("{}: revision '{}' is also the revision of {}", path, rev.header.id, seen->second));
            failed = true;
            continue;
        }
        id_seen[rev.header.id] = path;
        for (const auto& p : rev.not_converted) {
            Diagnostic& d = s.diags.warning(DiagKind::NotConverted, loc(p.begin, p.end),
                                            fmt::format("not converted: {}", p.message));
            if (!p.hint.empty()) d.notes.push_back({std::nullopt, p.hint});
            d.notes.push_back({std::nullopt,
                               "the revision has a `not_converted;` statement here: replace it with "
                               "migc statements"});
        }
        total_not_converted += rev.not_converted.size();

        std::string error;
        auto name = expand_file_template(s.config.file_template, name_fields(rev), error);
        if (!name || name->empty() || name->find('/') != std::string::npos) {
            s.diags.error(DiagKind::Config, s.config.where("file_template"),
                          name ? fmt::format("file_template gives '{}', not a file name", *name) : error);
            return false;
        }
        Imported imp;
        imp.py_path = path;
        imp.mig_path = fmt::format("{}/{}.mig", versions_dir, *name);
        imp.text = rev.text;
        imp.id = rev.header.id;
        imp.not_converted = rev.not_converted.size();

        // Self-check: what migc wrote must be what migc reads, markers aside.
        Diagnostics check;
        FileId mig = s.files.add(imp.mig_path, pyimport::without_markers(imp.text));
        if (!grammar::parse_revision_file(s.files, mig, s.inv.vars, check)) {
            for (const Diagnostic& d : check.items()) s.diags.add(d);
            s.diags.error(DiagKind::Internal, std::nullopt,
                          fmt::format("the revision converted from '{}' does not parse: a bug in migc import", path));
            failed = true;
            continue;
        }
        imp.file = mig;
        written.push_back(std::move(imp));
    }
    if (failed) {
        s.diags.error(DiagKind::Usage, std::nullopt, "nothing written: fix the files above, then import again");
        return false;
    }

    // Never overwrite: check every name before writing any file.
    std::error_code ec;
    for (const Imported& imp : written)
        if (fs::exists(imp.mig_path, ec))
            s.diags
                .error(DiagKind::Io, std::nullopt,
                       fmt::format("'{}' already exists; migc never overwrites a revision", imp.mig_path))
                .notes.push_back({std::nullopt, "import into an empty directory with -o DIR"});
    if (s.diags.has_errors()) return false;
    fs::create_directories(versions_dir, ec);
    if (ec) {
        s.diags.error(DiagKind::Io, std::nullopt, fmt::format("cannot create '{}': {}", versions_dir, ec.message()));
        return false;
    }
    for (const Imported& imp : written) {
        if (!write_output_file(imp.mig_path, imp.text, s.diags)) return false;
        s.out +=
            fmt::format("  {} -> {}{}\n", imp.py_path, imp.mig_path,
                        imp.not_converted ? fmt::format("  ({} not converted)", imp.not_converted) : std::string());
    }
    s.out += fmt::format("{} revision{} written to {}", written.size(), written.size() == 1 ? "" : "s", versions_dir);
    if (total_not_converted > 0) {
        s.out += fmt::format("; {} statement{} not converted: replace each `not_converted;` with migc statements\n",
                             total_not_converted, total_not_converted == 1 ? "" : "s");
        s.incomplete = true;
    } else {
        s.out += "\n";
    }
    return true;
}

}  // namespace migc
