// tests/core/i18n_test.cpp — the translations (core/common/i18n.hpp,
// lang/<code>/*.json): choosing the language, falling back to English,
// placeholders, bad files; and the key check: every key the code uses is
// translated, every key a file holds is used, no translation drops a
// placeholder of its English.
#include <doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "core/common/i18n.hpp"
#include "core/runtime/registry.hpp"

namespace fs = std::filesystem;
using namespace il;

namespace {

// Restores English when a test case ends.
struct InLanguage {
    explicit InLanguage(i18n::Lang l) { i18n::set_language(l); }
    ~InLanguage() { i18n::set_language(i18n::Lang::En); }
};

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// A C++ string literal's text (the escapes the sources use: \" \\ \n \t).
std::string unescape(const std::string& body) {
    std::string out;
    for (size_t i = 0; i < body.size(); ++i) {
        if (body[i] != '\\' || i + 1 == body.size()) {
            out.push_back(body[i]);
            continue;
        }
        const char c = body[++i];
        out.push_back(c == 'n' ? '\n' : c == 't' ? '\t' : c);
    }
    return out;
}

// Every key the code names: the literal of each tr("…"), trf("…", …) and
// N_("…") in app/, core/, python/ (its boot modules' _interleave.tr("…") too) and
// demos/ (tests and third_party aside).
std::map<std::string, std::string> keys_in_code() {
    // The first argument: one literal or several adjacent ones ("a" "b" is "ab").
    const std::regex call(R"re(\b(?:tr|trf|N_)\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+))re");
    const std::regex piece(R"re("((?:[^"\\]|\\.)*)")re");
    std::map<std::string, std::string> keys;  // key -> where first seen
    for (const char* dir : {"app", "core", "python", "demos"}) {
        for (const auto& e : fs::recursive_directory_iterator(fs::path(IL_SOURCE_DIR) / dir)) {
            const std::string ext = e.path().extension().string();
            if (ext != ".cpp" && ext != ".hpp" && ext != ".py") continue;  // .py: python/boot's _interleave.tr("…")
            const std::string text = read(e.path());
            for (std::sregex_iterator it(text.begin(), text.end(), call), end; it != end; ++it) {
                const std::string literals = (*it)[1].str();
                std::string key;
                for (std::sregex_iterator p(literals.begin(), literals.end(), piece); p != end; ++p)
                    key += unescape((*p)[1].str());
                keys.emplace(key, fs::relative(e.path(), IL_SOURCE_DIR).string());
            }
        }
    }
    keys.erase("");  // N_("") and the like mark nothing
    return keys;
}

// Each demo's texts (what lang-template lists), by demo id.
std::map<std::string, std::set<std::string>> demo_texts() {
    std::map<std::string, std::set<std::string>> out;
    for (const core::DemoInfo& d : core::Registry::all()) {
        if (d.source_file.empty()) continue;  // a test's own fixture (tests/support), never shown
        auto& s = out[d.id];
        for (const std::string* t : {&d.title, &d.summary, &d.explanation})
            if (!t->empty()) s.insert(*t);
        for (const std::string& t : d.try_this) s.insert(t);
        for (const core::ParamSpec& p : d.params)
            if (!p.help.empty()) s.insert(p.help);
    }
    return out;
}

std::multiset<std::string> placeholder_set(std::string_view text) {
    const auto v = i18n::placeholders(text);
    return {v.begin(), v.end()};
}

}  // namespace

TEST_CASE("i18n: the locale's language, --lang's spellings, and English for one we do not have") {
    CHECK(i18n::parse("zh") == i18n::Lang::ZhCN);
    CHECK(i18n::parse("zh_CN.UTF-8") == i18n::Lang::ZhCN);
    CHECK(i18n::parse("zh-CN") == i18n::Lang::ZhCN);
    CHECK(i18n::parse("en_US.UTF-8") == i18n::Lang::En);
    CHECK(i18n::parse("C") == i18n::Lang::En);
    CHECK(i18n::parse("C.UTF-8") == i18n::Lang::En);
    CHECK_FALSE(i18n::parse("fr_FR.UTF-8").has_value());
    CHECK_FALSE(i18n::parse("").has_value());
    CHECK(i18n::code(i18n::Lang::ZhCN) == "zh-CN");
    CHECK(i18n::native_name(i18n::Lang::ZhCN) == "简体中文");
}

TEST_CASE("i18n: tr() gives the translation in Chinese, the English itself in English or when a key is missing") {
    for (const std::string& e : i18n::errors()) FAIL_CHECK(e);
    REQUIRE(i18n::errors().empty());
    CHECK(std::string(i18n::tr("File")) == "File");
    InLanguage zh(i18n::Lang::ZhCN);
    CHECK(std::string(i18n::tr("File")) == "文件");
    CHECK(i18n::tr(std::string_view("View")) == "视图");
    CHECK(std::string(i18n::tr("no such key, ever")) == "no such key, ever");
}

TEST_CASE("i18n: fill() puts named values into their placeholders, leaving unknown ones visible") {
    CHECK(i18n::fill("{waiter} waits for {object}", {{"waiter", "Thread-1"}, {"object", "mutexB"}}) ==
          "Thread-1 waits for mutexB");
    CHECK(i18n::fill("{a}{a} {b}", {{"a", "x"}}) == "xx {b}");
    CHECK(i18n::fill("no braces", {}) == "no braces");
    CHECK(i18n::fill("a { b", {}) == "a { b");
    CHECK(i18n::placeholders("{waiter} waits for {object} ({n} s)") ==
          std::vector<std::string>{"waiter", "object", "n"});
    CHECK(i18n::placeholders("a set {1, 2} and {} are not placeholders").empty());  // not words
}

TEST_CASE("i18n: a malformed translation file is refused with its file, line and what was expected") {
    i18n::Table t;
    t.code = "zh-CN";
    std::string error;
    CHECK_FALSE(i18n::parse_file("lang/zh-CN/x.json", "{\n  \"code\": \"zh-CN\",\n  \"strings\": {\"a\": }\n}", t,
                                 error));
    CHECK(error.find("lang/zh-CN/x.json: line 3: not valid JSON") == 0);
    CHECK_FALSE(i18n::parse_file("f.json", "[1, 2]", t, error));
    CHECK(error.find("expected an object") != std::string::npos);
    CHECK_FALSE(i18n::parse_file("f.json", R"({"code": "en", "strings": {}})", t, error));
    CHECK(error.find("\"code\" must be \"zh-CN\"") != std::string::npos);
    CHECK_FALSE(i18n::parse_file("f.json", R"({"code": "zh-CN", "strings": {"a": 1}})", t, error));
    CHECK(error.find("the translation of \"a\" must be a string") != std::string::npos);
    CHECK_FALSE(i18n::parse_file("f.json", R"({"code": "zh-CN", "words": {}})", t, error));
    CHECK(error.find("unknown key \"words\"") != std::string::npos);
    CHECK_FALSE(i18n::parse_file("f.json", R"({"strings": {}})", t, error));
    CHECK(error.find("\"code\" is missing") != std::string::npos);
    CHECK(i18n::parse_file("f.json", R"({"code": "zh-CN", "strings": {"Run": "运行"}, "demos": {"a.b": {"T": "题"}}})",
                           t, error));
    CHECK(t.strings.at("Run") == "运行");
    CHECK(t.origin.at("T") == "a.b");
}

TEST_CASE("i18n: every key the code uses is translated into Chinese, keeping its placeholders") {
    const i18n::Table& zh = i18n::table(i18n::Lang::ZhCN);
    REQUIRE(i18n::errors().empty());
    for (const auto& [key, where] : keys_in_code()) {
        CAPTURE(where);
        CAPTURE(key);
        const auto it = zh.strings.find(key);
        CHECK_MESSAGE(it != zh.strings.end(), "missing from lang/zh-CN: \"" << key << "\" (" << where << ")");
        if (it == zh.strings.end()) continue;
        CHECK_MESSAGE(!it->second.empty(), "not translated yet: \"" << key << "\"");
        CHECK(placeholder_set(it->second) == placeholder_set(key));
    }
}

TEST_CASE("i18n: every demo's texts are translated into Chinese, in that demo's entry") {
    const i18n::Table& zh = i18n::table(i18n::Lang::ZhCN);
    for (const auto& [id, texts] : demo_texts()) {
        CAPTURE(id);
        for (const std::string& text : texts) {
            const auto it = zh.strings.find(text);
            const bool translated = it != zh.strings.end() && !it->second.empty();
            CHECK_MESSAGE(translated,
                          "demo " << id << ": not translated: \"" << text.substr(0, 80) << "\"");
            if (it != zh.strings.end()) CHECK(placeholder_set(it->second) == placeholder_set(text));
        }
    }
}

TEST_CASE("i18n: no translation file holds a key nothing uses") {
    const auto code_keys = keys_in_code();
    const auto demos = demo_texts();
    std::set<std::string> groups;
    for (const core::DemoInfo& d : core::Registry::all()) groups.insert(d.group);
    const i18n::Table& zh = i18n::table(i18n::Lang::ZhCN);
    // The Python comments (comments.json, Table::comments) are apart from these:
    // py_comments_test.cpp checks the demos' and tests/python the examples'.
    for (const auto& [key, origin] : zh.origin) {
        CAPTURE(origin);
        CAPTURE(key);
        if (origin.starts_with("examples/")) continue;  // a Python example's: tests/python checks those
        if (origin == "strings") {
            const bool used = code_keys.count(key) != 0 || groups.count(key) != 0;
            CHECK_MESSAGE(used,
                          "lang/zh-CN strings: \"" << key << "\" is used nowhere (changed or removed?)");
        } else {
            const auto d = demos.find(origin);
            const bool used = d != demos.end() && d->second.count(key) != 0;
            CHECK_MESSAGE(used,
                          "lang/zh-CN demos: " << origin << " has no text \"" << key.substr(0, 80) << "\"");
        }
    }
}
