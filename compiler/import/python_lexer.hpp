// Tokens of a Python source file, enough to read an Alembic migration:
// names, numbers, strings (all quote forms and prefixes, decoded), operators,
// NEWLINE / INDENT / DEDENT. It never executes anything and never throws:
// text it cannot read ends the token list with an error.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace migc::pyimport {

enum class TokKind { Name, Number, String, Op, Newline, Indent, Dedent, End };

struct Token {
    TokKind kind = TokKind::End;
    std::uint32_t begin = 0, end = 0;  // byte offsets into the source
    std::string text;                  // the name, number or operator as written; a string's decoded value
    bool formatted = false;            // an f-string: its value is not known without running it
    bool bytes = false;                // a b'' literal
};

struct LexError {
    std::uint32_t offset = 0;
    std::string message;
};

struct LexResult {
    std::vector<Token> tokens;  // always ends with End
    std::optional<LexError> error;
};

LexResult lex_python(std::string_view source);

}  // namespace migc::pyimport
