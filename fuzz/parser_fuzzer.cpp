// Fuzz target (a): the parser on one file, as a revision (in one parse and in
// the two halves upgrade and downgrade use, which must agree) and as a bare
// statement list (schema.mig), with the diagnostics rendered as migc prints them.
#include <cstdint>

#include "compiler/diagnostics.hpp"
#include "fuzz/fuzz_input.hpp"
#include "grammar/parser.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace migc;
    static const grammar::Variables vars{{"schema", "app"}, {"table", "Users"}, {"value", "it's"}, {"empty", ""}};
    std::string text(fuzz::as_text(data, size));
    for (int as_statements = 0; as_statements < 2; ++as_statements) {
        SourceFiles files;
        Diagnostics diags;
        FileId id = files.add("versions/fuzz.mig", text);
        bool ok = as_statements ? grammar::parse_statements(files, id, vars, diags).has_value()
                                : grammar::parse_revision_file(files, id, vars, diags).has_value();
        // A failed parse always says why, in words: never an internal error
        // nor a C++ type name (an expectation point without a human name).
        if (!ok && !diags.has_errors()) __builtin_trap();
        for (const auto& d : diags.items())
            if (d.message.starts_with("internal parser error") ||
                (d.message.find("N5boost") != std::string::npos && text.find("N5boost") == std::string::npos))
                __builtin_trap();  // (a message may quote the input: the fuzzer learns the string from this very check)
        (void)diags.render(files, as_statements == 1);
        if (as_statements) continue;
        // The header and the blocks parsed apart (upgrade and downgrade do so)
        // report exactly what one parse does.
        Diagnostics apart_diags;
        ast::RevisionFile apart;
        auto blocks_at = grammar::parse_revision_header(files, id, vars, apart_diags, apart);
        bool apart_ok = blocks_at && grammar::parse_revision_blocks(files, id, vars, apart_diags, apart, *blocks_at);
        if (apart_ok != ok || apart_diags.render(files, false) != diags.render(files, false)) __builtin_trap();
    }
    return 0;
}
