// tests/core/py_comments_test.cpp — the comments of the Python the program
// shows (core/common/py_comments.hpp): the scanner finds exactly the
// comments Python's tokenizer would (never a `#` inside a string, an
// f-string's field or its format spec), a translation changes only a
// comment's words and never the number of lines, English is left as it is;
// and the table (lang/zh-CN/comments.json): every comment of every demo's
// "Python equivalent" has a Chinese entry filed under that demo, no demo
// entry is stale, and no translation drops a placeholder or a `quoted`
// identifier. tests/python/example_comments_test.cpp checks the examples'.
#include <doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/common/i18n.hpp"
#include "core/common/py_comments.hpp"
#include "core/runtime/registry.hpp"

using namespace il;

namespace {

struct InLanguage {
    explicit InLanguage(i18n::Lang l) { i18n::set_language(l); }
    ~InLanguage() { i18n::set_language(i18n::Lang::En); }
};

std::vector<std::string> keys(std::string_view code) {
    std::vector<std::string> out;
    for (const i18n::PyComment& c : i18n::python_comments(code)) out.emplace_back(c.key);
    return out;
}

std::vector<uint32_t> lines(std::string_view code) {
    std::vector<uint32_t> out;
    for (const i18n::PyComment& c : i18n::python_comments(code)) out.push_back(c.line);
    return out;
}

size_t line_count(std::string_view s) { return static_cast<size_t>(std::count(s.begin(), s.end(), '\n')); }

// A lookup over a fixed table, as translate_comments() does over lang/.
i18n::CommentLookup table(std::map<std::string, std::string, std::less<>> m) {
    return [m = std::move(m)](std::string_view key) -> std::string_view {
        const auto it = m.find(key);
        return it == m.end() ? std::string_view{} : std::string_view(it->second);
    };
}

// `code` spans and {placeholders} of a text: what a translation must keep.
std::multiset<std::string> kept_parts(std::string_view text) {
    std::multiset<std::string> out;
    for (const std::string& p : i18n::placeholders(text)) out.insert("{" + p + "}");
    for (size_t open = text.find('`'); open != std::string_view::npos;) {
        const size_t close = text.find('`', open + 1);
        if (close == std::string_view::npos) break;
        out.insert(std::string(text.substr(open, close - open + 1)));
        open = text.find('`', close + 1);
    }
    return out;
}

// The comments of every demo's Python equivalent, by demo id.
std::map<std::string, std::set<std::string>> demo_comments() {
    std::map<std::string, std::set<std::string>> out;
    for (const core::DemoInfo& d : core::Registry::all()) {
        if (d.source_file.empty() || d.python.empty()) continue;  // a test's own fixture, never shown
        for (const i18n::PyComment& c : i18n::python_comments(d.python))
            if (!c.directive && !c.key.empty()) out[d.id].emplace(c.key);
    }
    return out;
}

}  // namespace

TEST_CASE("py comments: whole-line, indented and trailing comments, each with its line and trimmed words") {
    const std::string code = "# head\nx = 1  # trailing   \n    #   indented\ny = 2\n#\n";
    CHECK(keys(code) == std::vector<std::string>{"head", "trailing", "indented", ""});
    CHECK(lines(code) == std::vector<uint32_t>{1, 2, 3, 5});
    const auto cs = i18n::python_comments(code);
    CHECK(code.substr(cs[1].hash, cs[1].end - cs[1].hash) == "# trailing   ");
    CHECK(keys("x = 1  # windows\r\n# next\r\n") == std::vector<std::string>{"windows", "next"});
    CHECK(keys("名字 = '#'  # 中文\n") == std::vector<std::string>{"中文"});
    CHECK(keys("").empty());
}

TEST_CASE("py comments: a # inside a string is no comment, whatever the quotes, prefixes and escapes") {
    CHECK(keys("s = \"a # b\"  # real\nt = 'it''s # no'\n") == std::vector<std::string>{"real"});
    CHECK(keys("s = \"say \\\"#\\\" here\"  # c1\nr = r'\\'#'  # c2\n") == std::vector<std::string>{"c1", "c2"});
    CHECK(keys("b'#' + B\"#\" + Rb'#' + u'#'  # c\n") == std::vector<std::string>{"c"});
    CHECK(keys("bar = 'x#'; fr = 1  # c\n") == std::vector<std::string>{"c"});  // words ending in a prefix's letters
    // A quoted string cut by a line break (Python refuses it) ends there: the next line is read as code.
    CHECK(keys("s = \"abc # not\n# next\n") == std::vector<std::string>{"next"});
    CHECK(keys("x = 1 + \\\n    2  # after a continuation\n") == std::vector<std::string>{"after a continuation"});
    CHECK(lines("x = 1 + \\\n    2  # after a continuation\n") == std::vector<uint32_t>{2});
}

TEST_CASE("py comments: triple-quoted strings span lines, and the lines after them are counted right") {
    const std::string code = "doc = \"\"\"first # not\nstill # not \" '' \\\"\"\"\n\"\"\"  # after\n"
                             "x = '''a\n# not a comment either\n'''\n# last\n";
    CHECK(keys(code) == std::vector<std::string>{"after", "last"});
    CHECK(lines(code) == std::vector<uint32_t>{3, 7});
    CHECK(keys("'''never closed # no\n# no\n").empty());  // an unclosed one runs to the end
}

TEST_CASE("py comments: f-strings: fields are code, format specs are text, {{ }} are braces") {
    CHECK(keys("f\"{x:#x} {'#'} {{#}}\"  # c\n") == std::vector<std::string>{"c"});
    CHECK(keys("f'{x!r:>{w}}#'  # c\n") == std::vector<std::string>{"c"});
    CHECK(keys("rf\"{a}#\" + F'''{ {1: \"#\"}[1] }\n#'''  # c\n") == std::vector<std::string>{"c"});
    CHECK(keys("f\"{d[\"#\"]}\"  # same quotes nested (3.12)\n") ==
          std::vector<std::string>{"same quotes nested (3.12)"});
    CHECK(keys("f'{f\"{x:{w}#}\"}' # nested\n") == std::vector<std::string>{"nested"});
    CHECK(keys("print(f'/proc/{child}/stat')   # 'Z'\n") == std::vector<std::string>{"'Z'"});
    // A field a line break cuts short (Python refuses it) ends the string with it.
    CHECK(keys("f'{x\n# next\n") == std::vector<std::string>{"next"});
    // A comment inside a triple-quoted f-string's field (PEP 701) is one.
    CHECK(keys("f'''{x  # in a field\n}'''\n") == std::vector<std::string>{"in a field"});
}

TEST_CASE("py comments: a #! first line and a coding declaration are directives, never translated") {
    const std::string code = "#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n# head\n";
    const auto cs = i18n::python_comments(code);
    REQUIRE(cs.size() == 3);
    CHECK(cs[0].directive);
    CHECK(cs[1].directive);
    CHECK_FALSE(cs[2].directive);
    CHECK_FALSE(i18n::python_comments("x = 1\n\n# coding: a third line is words\n")[0].directive);
    const auto lookup = table({{"/usr/bin/env python3", "no"}, {"-*- coding: utf-8 -*-", "no"}, {"head", "开头"}});
    CHECK(i18n::replace_comments(code, lookup) == "#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n# 开头\n");
}

TEST_CASE("py comments: only a comment's words change: code, indentation, marks, blanks and lines stay") {
    const auto lookup = table({{"head", "开头"}, {"trailing", "尾注"}, {"broken", "a\nb"}});
    const std::string code = "# head\nx = \"# head\"  # trailing  \n    #   head\n# missing\n# broken\ny = 1";
    const std::string out = i18n::replace_comments(code, lookup);
    CHECK(out == "# 开头\nx = \"# head\"  # 尾注  \n    #   开头\n# missing\n# broken\ny = 1");
    CHECK(line_count(out) == line_count(code));
}

TEST_CASE("py comments: in English translate_comments() returns the code as it is, in Chinese the table's words") {
    const core::DemoInfo* two_locks = core::Registry::find("deadlock.two_locks");
    REQUIRE(two_locks != nullptr);
    const std::string& code = two_locks->python;
    CHECK(i18n::translate_comments(code) == code);
    InLanguage zh(i18n::Lang::ZhCN);
    REQUIRE(i18n::errors().empty());
    const std::string out = i18n::translate_comments(code);
    CHECK(out != code);
    CHECK(line_count(out) == line_count(code));
    CHECK(out.find("MyThread1().start(); MyThread2().start()   # ") != std::string::npos);  // the code is untouched
    CHECK(out.find("# hangs") == std::string::npos);
}

TEST_CASE("py comments: every comment of every demo's Python equivalent has a Chinese entry under that demo") {
    const i18n::Table& zh = i18n::table(i18n::Lang::ZhCN);
    for (const std::string& e : i18n::errors()) FAIL_CHECK(e);
    const auto demos = demo_comments();
    REQUIRE(demos.size() >= 30);  // most demos' Python has a comment (39 when this was written)
    for (const auto& [id, comments] : demos) {
        CAPTURE(id);
        const auto group = zh.comments.find(id);
        for (const std::string& c : comments) {
            const bool filed = group != zh.comments.end() && group->second.count(c) != 0;
            CHECK_MESSAGE(filed, "lang/zh-CN/comments.json: " << id << " has no entry for the comment \"" << c << "\"");
            if (filed) CHECK_MESSAGE(!group->second.at(c).empty(), id << ": not translated yet: \"" << c << "\"");
        }
    }
}

TEST_CASE("py comments: no demo's comment entry is stale, and no translation drops a {placeholder}, a `code` span "
          "or a line") {
    const i18n::Table& zh = i18n::table(i18n::Lang::ZhCN);
    const auto demos = demo_comments();
    REQUIRE_FALSE(zh.comments.empty());
    for (const auto& [origin, texts] : zh.comments) {
        CAPTURE(origin);
        for (const auto& [english, translated] : texts) {
            CAPTURE(english);
            CHECK(translated.find_first_of("\r\n") == std::string::npos);
            CHECK_MESSAGE(kept_parts(translated) == kept_parts(english),
                          origin << ": the translation drops or adds a {placeholder} or a `code` span: \"" << translated
                                 << "\"");
        }
        if (origin.starts_with("examples/")) continue;  // a Python example's: tests/python checks those
        const auto d = demos.find(origin);
        CHECK_MESSAGE(d != demos.end(), "lang/zh-CN/comments.json: \"" << origin
                                                                      << "\" is no demo whose Python has comments");
        if (d == demos.end()) continue;
        for (const auto& [english, translated] : texts)
            CHECK_MESSAGE(d->second.count(english) != 0,
                          "lang/zh-CN/comments.json: " << origin << " has no comment \"" << english
                                                       << "\" (its Python changed?)");
    }
}

TEST_CASE("py comments: a comments section is refused when malformed or when one comment is translated two ways") {
    i18n::Table t;
    t.code = "zh-CN";
    std::string error;
    CHECK_FALSE(i18n::parse_file("f.json", R"({"code": "zh-CN", "comments": ["a"]})", t, error));
    CHECK(error.find("\"comments\" must be an object") != std::string::npos);
    CHECK_FALSE(i18n::parse_file("f.json", R"({"code": "zh-CN", "comments": {"a.b": {"x": 1}}})", t, error));
    CHECK(error.find("comments of \"a.b\": the translation of \"x\" must be a string") != std::string::npos);
    CHECK_FALSE(i18n::parse_file(
        "f.json", R"({"code": "zh-CN", "comments": {"a.b": {"read": "读取"}, "c.d": {"read": "读"}}})", t, error));
    CHECK(error.find("\"read\" is translated differently in a.b") != std::string::npos);
    i18n::Table ok;
    ok.code = "zh-CN";
    REQUIRE(i18n::parse_file("f.json", R"({"code": "zh-CN", "strings": {"read": "阅读"},
                                          "comments": {"a.b": {"read": "读取"}, "c.d": {"read": "读取"}}})",
                             ok, error));
    CHECK(ok.strings.at("read") == "阅读");  // a label and a comment may say the same English differently
    CHECK(ok.comments.at("a.b").at("read") == "读取");
    CHECK(ok.comments.at("c.d").at("read") == "读取");
}
