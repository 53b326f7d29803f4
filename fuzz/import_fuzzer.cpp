// Fuzz target (e): `migc import alembic` on one Python module. Whatever the
// text, reading and converting it ends; every problem points into the text;
// and a revision the converter writes parses with migc's own parser once its
// deliberate `not_converted;` markers are blanked, as the command checks.
#include <cstdint>

#include "compiler/diagnostics.hpp"
#include "compiler/import/alembic_convert.hpp"
#include "fuzz/fuzz_input.hpp"
#include "grammar/parser.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace migc;
    std::string text(fuzz::as_text(data, size));
    pyimport::AlembicModule module = pyimport::read_alembic_module(text);
    if (module.error) return 0;
    pyimport::ConvertedRevision rev = pyimport::convert_alembic_module(module, text);
    for (const auto* problems : {&rev.errors, &rev.not_converted})
        for (const auto& p : *problems)
            if (p.begin > p.end || p.end > text.size() || p.message.empty()) __builtin_trap();
    if (!rev.errors.empty()) return 0;
    SourceFiles files;
    Diagnostics diags;
    FileId id = files.add("versions/fuzz.mig", pyimport::without_markers(rev.text));
    if (!grammar::parse_revision_file(files, id, {}, diags)) __builtin_trap();  // the importer wrote what migc cannot read
    return 0;
}
