#include "compiler/json_writer.hpp"

#include <fmt/format.h>
#include <stdexcept>

namespace migc {

namespace {

// The length of the valid UTF-8 sequence at text[i], or 0 when it is not one
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::size_t utf8_sequence(std::string_view text, std::size_t i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char c = byte(i);
    std::size_t len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
    if (len == 0 || i + len > text.size()) return 0;
    for (std::size_t k = 1; k < len; ++k)
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    unsigned char d = byte(i + 1);
    if (c == 0xE0 && d < 0xA0) return 0;  // overlong
    if (c == 0xED && d > 0x9F) return 0;  // surrogate
    if (c == 0xF0 && d < 0x90) return 0;  // overlong
    if (c == 0xF4 && d > 0x8F) return 0;  // above U+10FFFF
    return len;
}

}  // namespace

std::string json_quote(std::string_view text) {
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size();) {
        char c = text[i];
        auto u = static_cast<unsigned char>(c);
        if (u >= 0x80) {
            std::size_t len = utf8_sequence(text, i);
            if (len == 0) {
                out += "\\ufffd";
                ++i;
            } else {
                out.append(text, i, len);
                i += len;
            }
            continue;
        }
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (u < 0x20 || u == 0x7F) out += fmt::format("\\u{:04x}", u);
            else out += c;
        }
        ++i;
    }
    out += '"';
    return out;
}

void JsonWriter::newline() {
    out_ += '\n';
    out_.append(2 * levels_.size(), ' ');
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (levels_.empty()) {
        if (!out_.empty()) throw std::logic_error("JsonWriter: a second top-level value");
        return;
    }
    if (levels_.back().object) throw std::logic_error("JsonWriter: a value in an object needs a key");
    if (!levels_.back().empty) out_ += ',';
    levels_.back().empty = false;
    newline();
}

void JsonWriter::key(std::string_view name) {
    if (levels_.empty() || !levels_.back().object || after_key_) throw std::logic_error("JsonWriter: misplaced key");
    if (!levels_.back().empty) out_ += ',';
    levels_.back().empty = false;
    newline();
    out_ += json_quote(name);
    out_ += ": ";
    after_key_ = true;
}

void JsonWriter::begin_object() {
    before_value();
    out_ += '{';
    levels_.push_back({true, true});
}

void JsonWriter::begin_array() {
    before_value();
    out_ += '[';
    levels_.push_back({false, true});
}

void JsonWriter::end_object() {
    if (levels_.empty() || !levels_.back().object || after_key_) throw std::logic_error("JsonWriter: misplaced '}'");
    bool empty = levels_.back().empty;
    levels_.pop_back();
    if (!empty) newline();
    out_ += '}';
}

void JsonWriter::end_array() {
    if (levels_.empty() || levels_.back().object) throw std::logic_error("JsonWriter: misplaced ']'");
    bool empty = levels_.back().empty;
    levels_.pop_back();
    if (!empty) newline();
    out_ += ']';
}

void JsonWriter::value(std::string_view text) {
    before_value();
    out_ += json_quote(text);
}

void JsonWriter::value(bool b) {
    before_value();
    out_ += b ? "true" : "false";
}

void JsonWriter::value(const std::vector<std::string>& texts) {
    before_value();
    out_ += '[';
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (i > 0) out_ += ", ";
        out_ += json_quote(texts[i]);
    }
    out_ += ']';
}

void JsonWriter::null() {
    before_value();
    out_ += "null";
}

std::string JsonWriter::finish() {
    if (!levels_.empty() || after_key_) throw std::logic_error("JsonWriter: unfinished document");
    out_ += '\n';
    return std::move(out_);
}

}  // namespace migc
