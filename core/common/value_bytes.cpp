#include "core/common/value_bytes.hpp"

#include <bit>
#include <charconv>
#include <cmath>

namespace il::core {

namespace {

std::string format_double(double d) {
    if (std::isnan(d)) return "nan";
    if (std::isinf(d)) return d < 0 ? "-inf" : "inf";
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, d);  // shortest round-trip, like Python's repr
    std::string s(buf, r.ptr);
    if (s.find_first_of(".e") == std::string::npos) s += ".0";
    return s;
}

std::string quote_text(std::string_view t) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string s = "'";
    for (const char ch : t) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '\'' || c == '\\') {
            s += '\\';
            s += ch;
        } else if (c == '\n') {
            s += "\\n";
        } else if (c == '\t') {
            s += "\\t";
        } else if (c < 0x20 || c == 0x7f) {
            s += "\\x";
            s += kHex[c >> 4];
            s += kHex[c & 15];
        } else {
            s += ch;  // printable ASCII and UTF-8 bytes as they are
        }
    }
    return s + "'";
}

std::string hex_bytes(std::string_view b) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string s = "b'";
    for (const char ch : b) {
        const auto c = static_cast<unsigned char>(ch);
        s += "\\x";
        s += kHex[c >> 4];
        s += kHex[c & 15];
    }
    return s + "'";
}

}  // namespace

std::string format_value(ValueType vt, std::string_view bytes) {
    switch (vt) {
        case ValueType::Int: return std::to_string(decode_value<int64_t>(bytes));
        case ValueType::Double: return format_double(decode_value<double>(bytes));
        case ValueType::Bool: return decode_value<bool>(bytes) ? "True" : "False";
        case ValueType::Text: return quote_text(bytes);
        case ValueType::Repr: {
            if (bytes.size() <= kReprKeyBytes) return "?";
            const std::string_view text = bytes.substr(kReprKeyBytes);
            return std::string(text.substr(0, text.find('\0')));  // a payload may follow a NUL
        }
        case ValueType::None: break;
    }
    return hex_bytes(bytes);
}

int64_t value_event_bits(ValueType vt, std::string_view bytes) {
    switch (vt) {
        case ValueType::Int: return decode_value<int64_t>(bytes);
        case ValueType::Double: return std::bit_cast<int64_t>(decode_value<double>(bytes));
        case ValueType::Bool: return decode_value<bool>(bytes) ? 1 : 0;
        case ValueType::Text:
        case ValueType::Repr:
        case ValueType::None: break;
    }
    return static_cast<int64_t>(bytes.size());
}

}  // namespace il::core
