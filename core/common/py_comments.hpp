// core/common/py_comments.hpp — the comments of the Python the program shows
// (a demo's "Python equivalent", a catalogue example in the Source panel),
// found by a small scanner and shown in the user's language.
//
// Only the words after `#` change: code, indentation, the `# ` mark, the
// blanks before and after the words and the number of lines stay as they
// were, because the Source panel's markers point at line numbers and a
// learner copies the code. The translations are lang/<code>/comments.json's
// "comments" section (docs/i18n.md), keyed by the comment's English with the
// blanks around it trimmed; a comment without one stays English.
//
// The scanner follows Python's tokenizer as far as comments need: a `#`
// inside a string literal (quoted, triple-quoted over several lines, with a
// prefix r/b/u/f, escaped quotes) is no comment; an f-string's replacement
// fields are code (nested strings, PEP 701's same-quote nesting too) and its
// format spec (`{n:#x}`) is text. Code Python would refuse (an unclosed
// string) is scanned as far as it goes, never beyond its end.
//
// Thread rules: python_comments() and replace_comments() are pure;
// translate_comments() reads i18n's tables (core/common/i18n.hpp: loaded
// once, never changed) and may be called from any thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace il::i18n {

struct PyComment {
    size_t hash = 0;     // byte offset of its `#`
    size_t end = 0;      // byte offset where its line ends (a '\n' or the code's end)
    uint32_t line = 0;   // 1-based
    std::string_view key;  // the words after `#`, blanks (and a CR) around them trimmed
    // A line for the interpreter, not for people: a `#!` first line or a
    // coding declaration (PEP 263) on line 1 or 2. Never translated.
    bool directive = false;
};

// Every comment of `code`, in order.
std::vector<PyComment> python_comments(std::string_view code);

// A comment's translation, or an empty view for none.
using CommentLookup = std::function<std::string_view(std::string_view key)>;

// `code` with the words of each comment that `lookup` translates replaced
// (directives, empty comments and a translation holding a line break aside).
std::string replace_comments(std::string_view code, const CommentLookup& lookup);

// `code` with its comments in the current language: English returns it as
// it is, without loading a table.
std::string translate_comments(std::string_view code);

}  // namespace il::i18n
