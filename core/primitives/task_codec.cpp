#include "core/primitives/task_codec.hpp"

#include <cstdio>
#include <cstdlib>

namespace il::core {

CodecTag Reader::peek_tag() const {
    if (pos_ >= in_.size()) throw CodecError("interleave: a value was cut short");
    return static_cast<CodecTag>(in_[pos_]);
}

void Reader::expect(CodecTag t) {
    const CodecTag got = tag();
    if (got != t) {
        throw CodecError(std::string("interleave: expected a value of tag '") + static_cast<char>(t) + "', found '" +
                         static_cast<char>(got) + "'");
    }
}

std::string_view Reader::take(size_t n) {
    if (n > in_.size() - pos_) throw CodecError("interleave: a value was cut short");
    const std::string_view s = in_.substr(pos_, n);
    pos_ += n;
    return s;
}

namespace {

void repr_string(std::string& out, std::string_view s) {
    out += '\'';
    for (const char c : s) {
        switch (c) {
            case '\'': out += "\\'"; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(c));
                    out += buf;
                } else {
                    out += c;
                }
        }
    }
    out += '\'';
}

void repr_double(std::string& out, double d) {
    char buf[32] = {};
    // Shortest text that reads back the same (Python's repr), then a ".0" on integers.
    for (int prec = 1; prec <= 17; ++prec) {
        std::snprintf(buf, sizeof buf, "%.*g", prec, d);
        if (std::strtod(buf, nullptr) == d) break;
    }
    out += buf;
    const std::string_view b = buf;
    if (b.find_first_of(".eni") == std::string_view::npos) out += ".0";
}

// Appends the repr of one scalar value.
void repr_scalar(std::string& out, Reader& r) {
    switch (r.tag()) {
        case CodecTag::None: out += "None"; return;
        case CodecTag::Int: out += std::to_string(r.i64()); return;
        case CodecTag::Double: repr_double(out, r.f64()); return;
        case CodecTag::Bool: out += r.take(1)[0] ? "True" : "False"; return;
        case CodecTag::Str: repr_string(out, r.take(r.u32())); return;
        case CodecTag::Raw: {
            const uint32_t n = r.u32();
            r.take(n);
            out += "<raw " + std::to_string(n) + " bytes>";
            return;
        }
        default: throw CodecError("interleave: an unknown value tag");
    }
}

void repr_sequence(std::string& out, Reader& r, int depth, size_t limit);

// Appends the repr of one value. The whole value is always read (the reader
// ends past it); once out is longer than limit, the rest is only skipped.
void repr_value(std::string& out, Reader& r, int depth, size_t limit) {
    if (depth > 32) throw CodecError("interleave: a value nested too deeply");
    const CodecTag t = r.peek_tag();
    if (t == CodecTag::Tuple || t == CodecTag::List) {
        repr_sequence(out, r, depth, limit);
    } else if (out.size() > limit) {
        std::string skipped;
        repr_scalar(skipped, r);
    } else {
        repr_scalar(out, r);
    }
}

void repr_sequence(std::string& out, Reader& r, int depth, size_t limit) {
    const bool tuple = r.tag() == CodecTag::Tuple;
    const uint32_t n = r.u32();
    out += tuple ? '(' : '[';
    for (uint32_t i = 0; i < n; ++i) {
        if (i && out.size() <= limit) out += ", ";
        repr_value(out, r, depth + 1, limit);
    }
    if (tuple && n == 1) out += ',';
    out += tuple ? ')' : ']';
}

}  // namespace

std::string repr(Reader& r, size_t max_chars) {
    std::string out;
    repr_value(out, r, 0, max_chars);
    if (out.size() > max_chars) out = out.substr(0, max_chars > 3 ? max_chars - 3 : 0) + "...";
    return out;
}

std::string repr_bytes(std::string_view encoded, size_t max_chars) {
    try {
        Reader r(encoded);
        return repr(r, max_chars);
    } catch (const CodecError&) {
        return "<undecodable " + std::to_string(encoded.size()) + " bytes>";
    }
}

}  // namespace il::core
