#include "compiler/revision_file_writer.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cctype>
#include <variant>

namespace migc {

namespace {

bool is_word_char(char c) {
    auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || c == '_';
}

std::string quote_message(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';  // doubled, as in every quoted string of the language
        out += c;
    }
    out += '"';
    return out;
}

// A label is a plain name unless it starts with a digit: then it is quoted.
std::string label_text(const std::string& label) {
    if (!label.empty() && std::isdigit(static_cast<unsigned char>(label[0]))) return fmt::format("\"{}\"", label);
    return label;
}

std::string list_text(const std::vector<std::string>& items) {
    return items.size() == 1 ? items.front() : fmt::format("({})", fmt::join(items, ", "));
}

}  // namespace

std::string render_revision_file(const NewRevision& rev) {
    fmt::memory_buffer out;
    auto field = [&](std::string_view key, std::string_view value) {
        fmt::format_to(std::back_inserter(out), "{:<10} {}\n", key, value);
    };
    field("revision", rev.id);
    field("revises", rev.parents.empty() ? std::string("none") : list_text(rev.parents));
    field("message", quote_message(rev.message));
    if (!rev.labels.empty()) {
        std::vector<std::string> labels;
        for (const auto& l : rev.labels) labels.push_back(label_text(l));
        field("labels", fmt::format("({})", fmt::join(labels, ", ")));
    }
    if (!rev.depends_on.empty()) field("depends_on", fmt::format("({})", fmt::join(rev.depends_on, ", ")));
    if (!rev.created.empty()) field("created", rev.created);
    if (rev.blocks)
        fmt::format_to(std::back_inserter(out), "\nupgrade {{\n}}\n\ndowngrade {{\n}}\n");
    return fmt::to_string(out);
}

std::string message_slug(std::string_view message, std::size_t max_length) {
    std::string slug;
    for (std::size_t i = 0; i < message.size();) {
        if (!is_word_char(message[i])) {
            ++i;
            continue;
        }
        if (!slug.empty()) slug += '_';
        while (i < message.size() && is_word_char(message[i]))
            slug += static_cast<char>(std::tolower(static_cast<unsigned char>(message[i++])));
    }
    if (slug.size() > max_length) {
        slug.resize(max_length);
        if (auto cut = slug.rfind('_'); cut != std::string::npos) slug.resize(cut);
        slug += '_';
    }
    return slug;
}

std::optional<std::string> expand_file_template(std::string_view file_template, const FileNameFields& fields,
                                                 std::string& error) {
    using Value = std::variant<std::string, std::int64_t>;
    auto lookup = [&](std::string_view key) -> std::optional<Value> {
        if (key == "rev") return Value{fields.rev};
        if (key == "slug") return Value{fields.slug};
        if (key == "epoch") return Value{fields.epoch};
        if (key == "year") return Value{std::int64_t{fields.year}};
        if (key == "month") return Value{std::int64_t{fields.month}};
        if (key == "day") return Value{std::int64_t{fields.day}};
        if (key == "hour") return Value{std::int64_t{fields.hour}};
        if (key == "minute") return Value{std::int64_t{fields.minute}};
        if (key == "second") return Value{std::int64_t{fields.second}};
        return std::nullopt;
    };
    std::string out;
    std::size_t i = 0;
    const std::size_t n = file_template.size();
    while (i < n) {
        char c = file_template[i++];
        if (c != '%') {
            out += c;
            continue;
        }
        if (i < n && file_template[i] == '%') {
            out += '%';
            ++i;
            continue;
        }
        if (i >= n || file_template[i] != '(') {
            error = fmt::format("file_template '{}': a field needs a name, as in %(rev)s", file_template);
            return std::nullopt;
        }
        std::size_t close = file_template.find(')', i);
        if (close == std::string_view::npos) {
            error = fmt::format("file_template '{}': '%(' without ')'", file_template);
            return std::nullopt;
        }
        std::string_view key = file_template.substr(i + 1, close - i - 1);
        i = close + 1;
        bool left = false, zero = false, space = false, plus = false;
        for (; i < n && std::string_view("-0 +#").find(file_template[i]) != std::string_view::npos; ++i) {
            char f = file_template[i];
            left |= f == '-';
            zero |= f == '0';
            space |= f == ' ';
            plus |= f == '+';
        }
        std::size_t width = 0;
        for (; i < n && std::isdigit(static_cast<unsigned char>(file_template[i])); ++i)
            width = std::min<std::size_t>(width * 10 + static_cast<std::size_t>(file_template[i] - '0'), 100000);
        std::optional<std::size_t> precision;
        if (i < n && file_template[i] == '.') {
            precision = 0;
            for (++i; i < n && std::isdigit(static_cast<unsigned char>(file_template[i])); ++i)
                *precision = std::min<std::size_t>(*precision * 10 + static_cast<std::size_t>(file_template[i] - '0'), 100000);
        }
        // A file name is at most 255 bytes: a wider field is a mistake, not a request for memory.
        if (width > 255 || precision.value_or(0) > 255) {
            error = fmt::format("file_template '{}': the width of %({}) is over 255", file_template, key);
            return std::nullopt;
        }
        if (i >= n || std::string_view("sdi").find(file_template[i]) == std::string_view::npos) {
            error = fmt::format("file_template '{}': %({}) needs the conversion s or d", file_template, key);
            return std::nullopt;
        }
        char conversion = file_template[i++];
        auto value = lookup(key);
        if (!value) {
            error = fmt::format("file_template '{}' names '{}'; the fields are rev, slug, epoch, year, month, day, "
                                "hour, minute and second",
                                file_template, key);
            return std::nullopt;
        }
        std::string text;
        bool numeric = conversion != 's';
        if (numeric) {
            auto* number = std::get_if<std::int64_t>(&*value);
            if (!number) {
                error = fmt::format("file_template '{}': %({}){} needs a number, but '{}' is text", file_template, key,
                                    conversion, key);
                return std::nullopt;
            }
            std::string digits = fmt::format("{}", *number < 0 ? -*number : *number);
            if (precision && digits.size() < *precision) digits.insert(0, *precision - digits.size(), '0');
            std::string sign = *number < 0 ? "-" : plus ? "+" : space ? " " : "";
            if (zero && !left && sign.size() + digits.size() < width)
                digits.insert(0, width - sign.size() - digits.size(), '0');
            text = sign + digits;
        } else {
            text = std::holds_alternative<std::string>(*value) ? std::get<std::string>(*value)
                                                                 : fmt::format("{}", std::get<std::int64_t>(*value));
            if (precision && text.size() > *precision) text.resize(*precision);
        }
        if (text.size() < width) {
            if (left) text.append(width - text.size(), ' ');
            else text.insert(0, width - text.size(), ' ');
        }
        out += text;
    }
    return out;
}

}  // namespace migc
