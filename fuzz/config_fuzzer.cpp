// Fuzz target (d): migc.ini. load_config reads a path, so the input is
// written to a file in a private temporary directory and read back as the
// [migc] and [primary] sections; a file_template it accepts is expanded as
// `migc revision` would.
#include <unistd.h>

#include <cstdint>
#include <map>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "compiler/config.hpp"
#include "compiler/revision_file_writer.hpp"
#include "fuzz/fuzz_input.hpp"

namespace {

const std::string& ini_path() {
    static const std::string path = [] {
        char dir[] = "/tmp/migc-fuzz-config.XXXXXX";
        if (!mkdtemp(dir)) __builtin_trap();
        return std::string(dir) + "/migc.ini";
    }();
    return path;
}

// Removes the directory at exit. It keeps its own copy of the path: a static
// constructed before ini_path()'s would outlive it (ASan: use after free).
struct Cleanup {
    std::filesystem::path dir;
    ~Cleanup() {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace migc;
    if (size > 16 * 1024) return 0;
    static const Cleanup cleanup{std::filesystem::path(ini_path()).parent_path()};
    {
        std::ofstream out(ini_path(), std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    for (const char* section : {"migc", "primary"}) {
        Diagnostics diags;
        SourceFiles files;
        static const std::map<std::string, std::string> vars{{"schema", "app"}};
        auto config = load_config(ini_path(), true, section, vars, files, diags);
        if (!config && !diags.has_errors()) __builtin_trap();
        (void)diags.render(files, false);
        if (!config) continue;
        FileNameFields fields{"a1b2c3d4e5f6", message_slug("add users table"), 1767225600, 2026, 1, 1, 0, 0, 0};
        std::string error;
        if (!expand_file_template(config->file_template, fields, error) && error.empty()) __builtin_trap();
    }
    return 0;
}
