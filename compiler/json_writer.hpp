// A small JSON writer for the machine-readable forms of the listing commands
// (`history --format json`, `heads`, `show`). Pretty-printed with two spaces,
// keys in the order written, strings escaped per RFC 8259. It only writes:
// nothing here parses JSON.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace migc {

class JsonWriter {
public:
    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    // Inside an object: the key of the next value.
    void key(std::string_view name);
    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(bool b);
    void value(const std::vector<std::string>& texts);  // an array of strings, on one line
    void null();

    // The document, ending with a newline.
    std::string finish();

private:
    struct Level {
        bool object = false;
        bool empty = true;
    };
    void before_value();
    void newline();

    std::string out_;
    std::vector<Level> levels_;
    bool after_key_ = false;
};

// `text` as a JSON string literal, quotes included. Control characters become
// escapes; a byte that is not part of valid UTF-8 becomes U+FFFD, so the
// result is always valid JSON.
std::string json_quote(std::string_view text);

}  // namespace migc
