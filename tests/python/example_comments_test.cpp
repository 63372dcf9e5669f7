// tests/python/example_comments_test.cpp — the Python examples' comments in
// Chinese (lang/zh-CN/comments.json, core/common/py_comments.hpp): every
// comment of every listed example has an entry filed under the example's
// path, no such entry is stale, the translated text of every example and of
// every demo's "Python equivalent" still parses as Python with the same
// lines, and only an example as shipped is marked for translated comments
// (never a learner's own program, nor an example they edited).
// tests/core/py_comments_test.cpp checks the scanner and the demos' entries.
#include <doctest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <string>

#include "core/common/i18n.hpp"
#include "core/common/py_comments.hpp"
#include "core/runtime/registry.hpp"
#include "program.hpp"
#include "python/catalogue.hpp"
#include "tests/python/program.hpp"

using namespace il;

namespace {

struct InChinese {
    InChinese() { i18n::set_language(i18n::Lang::ZhCN); }
    ~InChinese() { i18n::set_language(i18n::Lang::En); }
};

// examples/python/<file>.py: how comments.json names an example.
std::string relative_id(const core::DemoInfo& d) {
    return "examples/python/" + d.source_file.substr(d.source_file.rfind('/') + 1);
}

// Each listed example's source text, by relative_id().
std::map<std::string, std::string> example_sources() {
    std::map<std::string, std::string> out;
    for (const core::DemoInfo* d : core::Registry::catalogue()) {
        if (!core::is_program(*d)) continue;
        const auto text = core::Registry::source(d->source_file);
        REQUIRE_MESSAGE(text.has_value(), "no source for " << d->source_file);
        out[relative_id(*d)] = std::string(*text);
    }
    return out;
}

size_t line_count(std::string_view s) { return static_cast<size_t>(std::count(s.begin(), s.end(), '\n')); }

}  // namespace

TEST_CASE("example comments: every comment of every listed example has a Chinese entry under its path") {
    for (const std::string& e : i18n::errors()) FAIL_CHECK(e);
    const i18n::Table& zh = i18n::table(i18n::Lang::ZhCN);
    const auto examples = example_sources();
    REQUIRE(examples.size() >= 30);  // the catalogue loaded (35 examples when this was written)
    for (const auto& [id, text] : examples) {
        CAPTURE(id);
        const auto group = zh.comments.find(id);
        for (const i18n::PyComment& c : i18n::python_comments(text)) {
            if (c.directive || c.key.empty()) continue;
            const bool filed = group != zh.comments.end() && group->second.count(c.key) != 0;
            CHECK_MESSAGE(filed, "lang/zh-CN/comments.json: " << id << ":" << c.line << " has no entry for \""
                                                              << std::string(c.key) << "\"");
            if (filed) CHECK_MESSAGE(!group->second.find(c.key)->second.empty(), id << ":" << c.line << ": empty");
        }
    }
}

TEST_CASE("example comments: no entry filed under an example is a comment that example does not have") {
    const i18n::Table& zh = i18n::table(i18n::Lang::ZhCN);
    const auto examples = example_sources();
    REQUIRE_FALSE(examples.empty());
    for (const auto& [origin, texts] : zh.comments) {
        if (!origin.starts_with("examples/")) continue;  // a demo's: tests/core checks those
        CAPTURE(origin);
        const auto ex = examples.find(origin);
        CHECK_MESSAGE(ex != examples.end(),
                      "lang/zh-CN/comments.json: \"" << origin << "\" is no example in examples/python/catalogue.tsv");
        if (ex == examples.end()) continue;
        std::set<std::string, std::less<>> present;
        for (const i18n::PyComment& c : i18n::python_comments(ex->second)) present.emplace(c.key);
        for (const auto& [english, translated] : texts)
            CHECK_MESSAGE(present.count(english) != 0, "lang/zh-CN/comments.json: "
                                                           << origin << " has no comment \"" << english
                                                           << "\" (the example changed?)");
    }
}

TEST_CASE("example comments: every example and every demo's Python, its comments in Chinese, still parses with "
          "the same lines") {
    char dir_template[] = "/tmp/il-comments-XXXXXX";
    REQUIRE(::mkdtemp(dir_template) != nullptr);
    const std::string dir = dir_template;
    std::map<std::string, std::string> texts = example_sources();  // name -> English
    for (const core::DemoInfo& d : core::Registry::all())
        if (!d.python.empty()) texts["demo " + d.id] = d.python;
    std::string list;
    int changed = 0, n = 0;
    {
        InChinese zh;
        for (const auto& [name, english] : texts) {
            CAPTURE(name);
            const std::string shown = i18n::translate_comments(english);
            CHECK(line_count(shown) == line_count(english));
            changed += shown != english ? 1 : 0;
            std::string file = name;
            std::replace(file.begin(), file.end(), '/', '_');
            std::replace(file.begin(), file.end(), ' ', '_');
            const std::string path = dir + "/" + std::to_string(n++) + "_" + file + (file.ends_with(".py") ? "" : ".py");
            std::ofstream(path) << shown;
            list += path + "\n";
        }
    }
    CHECK(changed >= 60);  // every example (its leading comment) and most demos
    std::ofstream(dir + "/list") << list;
    CHECK(il::test::python_parse_errors(dir + "/list") == "");
    std::system(("rm -rf '" + dir + "'").c_str());
}

TEST_CASE("example comments: only a listed example as shipped is marked for translated comments") {
    const auto examples = example_sources();
    for (const core::DemoInfo* d : core::Registry::catalogue())
        if (core::is_program(*d)) CHECK_MESSAGE(d->shipped_example, d->source_file << " differs from the build's");

    const std::string lost = examples.at("examples/python/lost_update.py");
    CHECK(python::is_shipped_example("lost_update.py", lost));
    CHECK_FALSE(python::is_shipped_example("lost_update.py", lost + "\n"));           // edited
    CHECK_FALSE(python::is_shipped_example("lost_update.py", examples.begin()->second));  // another's text
    CHECK_FALSE(python::is_shipped_example("mine.py", lost));

    // The same text as a learner's own file, outside the catalogue: shown as it is.
    test::Program own(lost, "lost_update.py");
    const core::DemoInfo* d = core::Registry::find(own.path());
    REQUIRE(d != nullptr);
    CHECK(core::is_program(*d));
    CHECK_FALSE(d->shipped_example);
}
