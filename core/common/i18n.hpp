// core/common/i18n.hpp — the user's language, and Interleave's words in it.
//
// English is the source language: every user-visible text is written in
// English in the code, and that text is the key of its translation
// (gettext's way: the code stays readable and a missing entry falls back to
// the English it already holds). Translations live in data files a
// translator edits without touching C++: lang/<code>/*.json (docs/i18n.md),
// embedded into the binary at build time; INTERLEAVE_LANG_DIR names a
// folder of such files to use instead (a translator's edits, no rebuild).
//
//   lang/zh-CN/strings.json  {"code": "zh-CN", "language": "简体中文",
//                             "strings": {"Run to end": "运行到结束", …}}
//   lang/zh-CN/demos.json    {"code": "zh-CN",
//                             "demos": {"lock.counter_race": {"<English>": "<中文>", …}, …}}
//   lang/zh-CN/comments.json {"code": "zh-CN",
//                             "comments": {"deadlock.two_locks": {"hangs": "卡住"}, …}}
//                            the comments of the Python shown (py_comments.hpp)
//
// Placeholders are named, `{waiter} waits for {object}`, and fill() puts the
// values in; a translation keeps every placeholder of its English (a test
// checks). A literal that is translated where it is shown rather than where
// it is written is marked with the N_ macro below (N_ around the literal)
// so the key check finds it.
//
// Thread rules: the tables are loaded once (the first lookup in a language
// other than English, or table()/errors(); a function-local static) and never
// change after; the language is one
// atomic. tr() and fill() may be called from any thread; the pointers and
// views tr() returns live as long as the program.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Marks an English literal as a translation key used elsewhere (see above).
#define N_(text) text

namespace il::i18n {

enum class Lang : uint8_t { En, ZhCN };
inline constexpr Lang kLanguages[] = {Lang::En, Lang::ZhCN};

// "en", "zh-CN"
std::string_view code(Lang lang);
// "English", "简体中文": how a language names itself (menus show this).
std::string_view native_name(Lang lang);

// "zh", "zh-CN", "zh_CN.UTF-8", "zh_TW", "en", "en_US.UTF-8", "C" … ->
// the language; nullopt for one Interleave has no translation for.
std::optional<Lang> parse(std::string_view text);
// The language the environment asks for: the first of LC_ALL,
// LC_MESSAGES, LANG that is set and not empty; English when that names
// none we have.
Lang from_environment();

Lang language();
void set_language(Lang lang);

// The text in the current language: its translation, or `english` itself.
const char* tr(const char* english);
std::string_view tr(std::string_view english);
inline const char* tr(const std::string& english) { return tr(english.c_str()); }

using Args = std::initializer_list<std::pair<std::string_view, std::string_view>>;
// `text` with each {name} replaced by its value (an unknown {name} stays).
std::string fill(std::string_view text, Args args);
// fill(tr(english), args)
std::string trf(std::string_view english, Args args);

// A Python comment's translation in the current language (lang/<code>/comments.json,
// keyed by the comment's English): an empty view for none, and always in
// English. core/common/py_comments.hpp puts it into the code.
std::string_view comment_translation(std::string_view english);

// The {name} placeholders of a text, in order (for the tests).
std::vector<std::string> placeholders(std::string_view text);

// What was loaded (for the tests and `interleave --lang-check`).
struct Table {
    std::string code;      // "zh-CN"
    std::string language;  // "简体中文"
    // Every key, English -> translation, and where each came from:
    // "strings" or the demo id of a demos file.
    std::map<std::string, std::string, std::less<>> strings;
    std::map<std::string, std::string, std::less<>> origin;
    // The Python comments (the files' "comments" sections), apart from the
    // words above: looked up by comment_translation() only, so a comment's
    // English may equal a label's and be translated otherwise. By origin
    // (a demo id, or an example's path "examples/python/baton.py"), then
    // English -> translation.
    std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> comments;
    std::vector<std::string> files;
};
// The table of `lang` (empty for English). Loading errors are in errors().
const Table& table(Lang lang);
// "lang/zh-CN/strings.json: line 3: … expected" — what could not be loaded.
// Empty when everything loaded.
const std::vector<std::string>& errors();

// Parses one translation file's text into `into` (file names the origin in
// messages); false with `error` set on a malformed file or a wrong shape.
bool parse_file(std::string_view file, std::string_view text, Table& into, std::string& error);

}  // namespace il::i18n
