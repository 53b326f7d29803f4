// UTF-8 well-formedness (RFC 3629, Unicode table 3-7): what every source file
// must be, and the escaping that keeps control characters and ill-formed
// bytes from reaching a terminal through a diagnostic.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace migc {

// The length of the well-formed UTF-8 sequence starting at text[at], or 0 when
// the byte there starts none (stray continuation byte, overlong form,
// surrogate, beyond U+10FFFF, truncated sequence).
std::size_t utf8_sequence_length(std::string_view text, std::size_t at);

// The offset of the first byte at or after `from` that starts no well-formed
// sequence, or npos when the rest of the text is valid UTF-8.
std::size_t find_invalid_utf8(std::string_view text, std::size_t from = 0);

// Appends code point `cp` (at most U+10FFFF, no surrogate) as UTF-8.
void append_utf8(std::string& out, std::uint32_t cp);

// `text` as a terminal may show it: control characters (C0, DEL, C1) and
// ill-formed bytes become \n, \r, \t, \xNN or \u0085; the rest is unchanged.
std::string escape_for_terminal(std::string_view text);

}  // namespace migc
