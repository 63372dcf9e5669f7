#include "core/common/i18n.hpp"
#include "core/observer/schedule.hpp"

#include <fstream>
#include <stdexcept>

#include "core/common/arena.hpp"
#include "core/io/file_input.hpp"
#include "core/io/file_write.hpp"

namespace il::core {

namespace {

bool blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && blank(s.back())) s.remove_suffix(1);
    return s;
}

[[noreturn]] void fail(size_t line, const std::string& what) {
    throw ScheduleError(i18n::trf("schedule line {line}: {what}", {{"line", std::to_string(line)}, {"what", what}}));
}

std::string quoted(std::string_view s) { return "'" + printable(s) + "'"; }

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Reads the quoted word at the start of `s` (s[0] == '"'), removing it from `s`.
std::string unquote(std::string_view& s, size_t line) {
    std::string out;
    size_t i = 1;
    for (;; ++i) {
        if (i >= s.size()) fail(line, i18n::trf("a quoted word has no closing quote: {text}", {{"text", quoted(s)}}));
        const char c = s[i];
        if (c == '"') break;
        if (c != '\\') {
            out += c;
            continue;
        }
        if (++i >= s.size()) fail(line, i18n::trf("a quoted word ends inside an escape: {text}", {{"text", quoted(s)}}));
        switch (s[i]) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case 'x': {
                const int hi = i + 1 < s.size() ? hex_digit(s[i + 1]) : -1;
                const int lo = i + 2 < s.size() ? hex_digit(s[i + 2]) : -1;
                if (hi < 0 || lo < 0) fail(line, i18n::trf("\\x needs two hex digits in {text}", {{"text", quoted(s)}}));
                out += static_cast<char>(hi * 16 + lo);
                i += 2;
                break;
            }
            default: fail(line, i18n::trf("unknown escape {escape} in a quoted word", {{"escape", quoted(s.substr(i - 1, 2))}}));
        }
    }
    s.remove_prefix(i + 1);
    if (!s.empty() && !blank(s.front())) fail(line, i18n::trf("a quoted word must be followed by a space: {text}", {{"text", quoted(s)}}));
    return out;
}

// The line's words. Version 1 files split on blanks only (as they were
// written); from version 2 a word starting with '"' is quoted.
std::vector<std::string> words(std::string_view s, bool quoting, size_t line) {
    std::vector<std::string> out;
    while (!(s = trim(s)).empty()) {
        if (quoting && s.front() == '"') {
            out.push_back(unquote(s, line));
            continue;
        }
        size_t e = 0;
        while (e < s.size() && !blank(s[e])) ++e;
        out.emplace_back(s.substr(0, e));
        s.remove_prefix(e);
    }
    return out;
}

bool needs_quotes(std::string_view w) {
    if (w.empty()) return true;
    for (const char ch : w) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c == 0x7f || c == '"' || c == '\\') return true;
    }
    return false;
}

// `w` as one word of a line: bare when it can be, else quoted and escaped.
std::string word(std::string_view w) {
    if (!needs_quotes(w)) return std::string(w);
    static const char hex[] = "0123456789abcdef";
    std::string out = "\"";
    for (const char ch : w) {
        const auto c = static_cast<unsigned char>(ch);
        switch (ch) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                if (c < 0x20 || c == 0x7f) {
                    out += "\\x";
                    out += hex[c >> 4];
                    out += hex[c & 15];
                } else {
                    out += ch;
                }
        }
    }
    return out + "\"";
}

// Longer words can never match anything a run has (the arena keeps names and
// the demo id in fixed arrays, NUL included), and refusing them here keeps every
// later message that names them (a divergence, an unknown demo) short.
constexpr size_t kMaxWorker = kNameLen - 1;
constexpr size_t kMaxDemo = sizeof(ArenaHeader::demo_id) - 1;
constexpr size_t kMaxParam = 1024;

void check_length(size_t line, std::string_view what, const std::string& w, size_t max) {
    if (w.size() > max)
        fail(line, i18n::trf("{what} {text} is {n} bytes; at most {max} are possible",
                             {{"what", i18n::tr(what)}, {"text", quoted(w)}, {"n", std::to_string(w.size())},
                              {"max", std::to_string(max)}}));
}

bool has_control(std::string_view s) {
    for (const char ch : s)
        if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f) return true;
    return false;
}

}  // namespace

std::string Schedule::to_text() const {
    std::string s = "# interleave schedule\nversion " + std::to_string(kVersion) + "\n";
    if (!demo.empty()) s += "demo " + word(demo) + "\n";
    for (const std::string& p : params) s += "param " + word(p) + "\n";
    for (const ScheduleStep& st : steps) s += "step " + word(st.worker) + (st.timeout ? " timeout\n" : "\n");
    return s;
}

Schedule Schedule::parse(std::string_view text) {
    Schedule s;
    int version = 0;
    size_t n = 0;
    while (!text.empty()) {
        const size_t nl = text.find('\n');
        const std::string_view raw = text.substr(0, nl);
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        ++n;
        const std::string_view line = trim(raw);
        if (line.empty() || line.front() == '#') continue;
        const auto w = words(line, version >= 2, n);
        if (w[0] == "version") {
            if (w.size() != 2) fail(n, i18n::tr("expected 'version N'"));
            if (version != 0) fail(n, i18n::tr("a second 'version' line"));
            if (w[1] != "1" && w[1] != "2")
                fail(n, i18n::trf("version {version} is not supported (this build reads versions 1 and 2)",
                                  {{"version", quoted(w[1])}}));
            version = w[1][0] - '0';
        } else if (version == 0) {
            fail(n, i18n::trf("the first line must be 'version {version}', not {text}",
                              {{"version", std::to_string(kVersion)}, {"text", quoted(line)}}));
        } else if (w[0] == "demo") {
            if (w.size() != 2) fail(n, i18n::tr("expected 'demo ID'"));
            if (has_control(w[1])) fail(n, i18n::trf("the demo id {text} holds control characters", {{"text", quoted(w[1])}}));
            check_length(n, N_("the demo id"), w[1], kMaxDemo);
            s.demo = w[1];
        } else if (w[0] == "param") {
            if (w.size() != 2 || w[1].find('=') == std::string::npos) fail(n, i18n::tr("expected 'param NAME=VALUE'"));
            if (has_control(w[1])) fail(n, i18n::trf("the parameter {text} holds control characters", {{"text", quoted(w[1])}}));
            check_length(n, N_("the parameter"), w[1], kMaxParam);
            s.params.push_back(w[1]);
        } else if (w[0] == "step") {
            if (w.size() < 2 || w.size() > 3)
                fail(n, i18n::tr("expected 'step WORKER' or 'step WORKER timeout'"));
            if (w.size() == 3 && w[2] != "timeout") fail(n, i18n::trf("unknown step option {option}", {{"option", quoted(w[2])}}));
            if (w[1].empty()) fail(n, i18n::tr("a step names no worker"));
            check_length(n, N_("the worker name"), w[1], kMaxWorker);
            s.steps.push_back({w[1], w.size() == 3});
        } else {
            fail(n, i18n::trf("unknown directive {directive}", {{"directive", quoted(w[0])}}));
        }
    }
    if (version == 0) throw ScheduleError(i18n::tr("schedule: empty file (no 'version' line)"));
    return s;
}

Schedule Schedule::load(const std::string& path) {
    std::string text;
    try {
        text = read_bounded_file(path, kMaxFileBytes, N_("schedule file"));
    } catch (const FileInputError& e) {
        throw ScheduleError(e.what());
    }
    try {
        return parse(text);
    } catch (const ScheduleError& e) {
        throw ScheduleError(printable(path, 200) + ": " + e.what());
    }
}

void Schedule::save(const std::string& path) const {
    try {
        write_file(path, to_text(), N_("schedule file"));
    } catch (const FileWriteError& e) {
        throw ScheduleError(e.what());
    }
}

}  // namespace il::core
