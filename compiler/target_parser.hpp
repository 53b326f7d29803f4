// The syntax of a revision target (SPEC 3): `head`, `label@rev`, `rev+N`, `-N` ...
// Text to a TargetSpec and nothing more: names are resolved by RevisionGraph.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace migc {

struct TargetSpec {
    enum class Symbol {
        Current,   // no symbol: `+N`, `-N`, `label@+N` walk from the current (start) heads
        Head,      // `head`
        Heads,     // `heads`
        Base,      // `base`
        Revision,  // an id, an id prefix or a branch label
    };
    std::string branch;  // the part before '@'; empty when there is none
    Symbol symbol = Symbol::Head;
    std::string revision;  // Symbol::Revision only
    int relative = 0;      // the `+N` / `-N` suffix; 0 when absent
};

// Parses one target. On a malformed one returns nullopt and sets `error` to a
// sentence saying what is wrong, without the "error:" prefix.
std::optional<TargetSpec> parse_target(std::string_view text, std::string& error);

// True for the characters of a revision id or a branch label: letters, digits, '_'.
bool is_name_char(char c);

}  // namespace migc
