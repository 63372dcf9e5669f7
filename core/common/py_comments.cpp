// core/common/py_comments.cpp — finding a Python program's comments, and
// putting them in the user's language.
#include "core/common/py_comments.hpp"

#include <algorithm>
#include <cctype>

#include "core/common/i18n.hpp"

namespace il::i18n {

namespace {

// f-strings nest (f"{f'{x}'}"); deeper than this a replacement field is read
// as text, so a hostile file cannot overflow the stack. CPython stops far
// earlier (a few dozen levels).
constexpr int kMaxNesting = 64;

bool word_char(char c) {
    const auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || c == '_' || u >= 0x80;  // >= 0x80: a UTF-8 identifier's bytes
}

// Why a scan stopped.
enum class Stop { End, Closed, LineEnd };

class Scanner {
public:
    explicit Scanner(std::string_view code) : s_(code) {}

    std::vector<PyComment> run() {
        code(Field{});
        return std::move(out_);
    }

private:
    // Where code is being read: the program itself, or an f-string's
    // replacement field (which ends at its `}`, and at the end of the line
    // when the string is not triple-quoted).
    struct Field {
        bool inside = false;
        bool triple = false;
        int nesting = 0;
    };

    bool at_end() const { return i_ >= s_.size(); }
    char peek(size_t ahead = 0) const { return i_ + ahead < s_.size() ? s_[i_ + ahead] : '\0'; }

    void newline() {
        ++i_;
        ++line_;
    }

    // A backslash and the character it escapes (a line break counts).
    void escape() {
        ++i_;
        if (at_end()) return;
        if (s_[i_] == '\n') newline();
        else ++i_;
    }

    void comment() {
        PyComment c;
        c.hash = i_;
        c.line = line_;
        c.end = std::min(s_.find('\n', i_), s_.size());
        std::string_view words = s_.substr(i_ + 1, c.end - i_ - 1);
        const size_t first = words.find_first_not_of(" \t\f\r");
        words = first == std::string_view::npos ? words.substr(words.size()) : words.substr(first);
        words = words.substr(0, words.find_last_not_of(" \t\f\r") + 1);
        c.key = words;
        size_t line_start = i_;
        while (line_start > 0 && s_[line_start - 1] != '\n') --line_start;
        const bool alone = s_.substr(line_start, i_ - line_start).find_first_not_of(" \t\f") == std::string_view::npos;
        const std::string_view text = s_.substr(i_, c.end - i_);
        c.directive = (i_ == 0 && text.starts_with("#!")) ||
                      (line_ <= 2 && alone &&
                       (text.find("coding:") != std::string_view::npos || text.find("coding=") != std::string_view::npos));
        out_.push_back(c);
        i_ = c.end;  // the line break is read by the caller: a single-quoted f-string's field ends there
    }

    // Code up to the end (or, in a field, up to its closing `}`).
    Stop code(Field f) {
        int depth = 0;  // brackets open inside the field
        while (!at_end()) {
            const char c = s_[i_];
            if (c == '#') {
                comment();
            } else if (c == '\n') {
                if (f.inside && !f.triple) return Stop::LineEnd;
                newline();
            } else if (c == '\\') {
                escape();
            } else if (c == '"' || c == '\'') {
                if (string(std::string_view{}, f.nesting) == Stop::End) return Stop::End;
            } else if (word_char(c)) {
                const size_t start = i_;
                while (!at_end() && word_char(s_[i_])) ++i_;
                if (peek() == '"' || peek() == '\'') {
                    const std::string_view word = s_.substr(start, i_ - start);
                    if (is_prefix(word) && string(word, f.nesting) == Stop::End) return Stop::End;
                }
            } else if (f.inside && (c == '(' || c == '[' || c == '{')) {
                ++depth;
                ++i_;
            } else if (f.inside && (c == ')' || c == ']') && depth > 0) {
                --depth;
                ++i_;
            } else if (f.inside && c == '}') {
                ++i_;
                if (depth == 0) return Stop::Closed;
                --depth;
            } else if (f.inside && c == ':' && depth == 0) {
                ++i_;
                return format_spec(f);  // `{n:#x}`: what follows is text, not code
            } else {
                ++i_;
            }
        }
        return Stop::End;
    }

    // r, b, u, f and their pairs, any case: what may stand before a quote.
    static bool is_prefix(std::string_view word) {
        if (word.empty() || word.size() > 2) return false;
        std::string w;
        for (char c : word) w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        return w == "r" || w == "b" || w == "u" || w == "f" || w == "br" || w == "rb" || w == "fr" || w == "rf";
    }

    // A string literal from its opening quote (the cursor is on it).
    // End: the code ended inside it; Closed otherwise (its closing quote read,
    // or a single-quoted string cut short by a line break Python would refuse).
    Stop string(std::string_view prefix, int nesting) {
        const char q = s_[i_];
        const bool triple = peek(1) == q && peek(2) == q;
        const bool fstr = prefix.find_first_of("fF") != std::string_view::npos && nesting < kMaxNesting;
        i_ += triple ? 3 : 1;
        while (!at_end()) {
            const char c = s_[i_];
            if (c == '\\') {
                escape();  // a raw string keeps its backslash, but it still escapes the quote
            } else if (c == '\n') {
                if (!triple) return Stop::Closed;
                newline();
            } else if (c == q) {
                if (!triple) {
                    ++i_;
                    return Stop::Closed;
                }
                if (peek(1) == q && peek(2) == q) {
                    i_ += 3;
                    return Stop::Closed;
                }
                ++i_;
            } else if (fstr && c == '{' && peek(1) == '{') {
                i_ += 2;  // a literal brace
            } else if (fstr && c == '{') {
                ++i_;
                const Stop r = code(Field{true, triple, nesting + 1});
                if (r == Stop::End) return Stop::End;
                if (r == Stop::LineEnd) return Stop::Closed;  // the line break ends the string too
            } else {
                ++i_;
            }
        }
        return Stop::End;
    }

    // A format spec, after the `:` of a replacement field: text with nested
    // fields (`{x:{width}}`), up to the field's closing `}`.
    Stop format_spec(Field f) {
        while (!at_end()) {
            const char c = s_[i_];
            if (c == '}') {
                ++i_;
                return Stop::Closed;
            }
            if (c == '\n') {
                if (!f.triple) return Stop::LineEnd;
                newline();
            } else if (c == '{') {
                ++i_;
                const Stop r = code(Field{true, f.triple, f.nesting + 1});
                if (r != Stop::Closed) return r;
            } else if (c == '"' || c == '\'') {
                return Stop::Closed;  // the string's own quote: let it close the string
            } else if (c == '\\') {
                escape();
            } else {
                ++i_;
            }
        }
        return Stop::End;
    }

    std::string_view s_;
    size_t i_ = 0;
    uint32_t line_ = 1;
    std::vector<PyComment> out_;
};

}  // namespace

std::vector<PyComment> python_comments(std::string_view code) { return Scanner(code).run(); }

std::string replace_comments(std::string_view code, const CommentLookup& lookup) {
    std::string out;
    out.reserve(code.size() + code.size() / 2);
    size_t copied = 0;
    for (const PyComment& c : python_comments(code)) {
        if (c.directive || c.key.empty()) continue;
        const std::string_view words = lookup(c.key);
        if (words.empty() || words.find_first_of("\r\n") != std::string_view::npos) continue;  // lines stay lines
        const size_t from = static_cast<size_t>(c.key.data() - code.data());
        out.append(code.substr(copied, from - copied));  // up to and with `# `
        out.append(words);
        copied = from + c.key.size();  // the blanks after the words stay
    }
    out.append(code.substr(copied));
    return out;
}

std::string translate_comments(std::string_view code) {
    if (language() == Lang::En) return std::string(code);  // no table is loaded for English
    return replace_comments(code, [](std::string_view key) { return comment_translation(key); });
}

}  // namespace il::i18n
