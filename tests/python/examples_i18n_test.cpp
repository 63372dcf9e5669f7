// tests/python/examples_i18n_test.cpp — the Python examples in Chinese: every
// example the catalogue lists (examples/python/catalogue.tsv) has a Chinese
// title, summary and explanation (its leading comment, as python/host.cpp
// reads it), and lang/zh-CN/examples.json holds no text that no example uses
// (an example whose comment or catalogue line changed leaves its old key
// behind: the test names it). tests/core/i18n_test.cpp checks everything
// else in lang/ and leaves the examples' keys to this file.
#include <doctest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/common/i18n.hpp"
#include "core/runtime/registry.hpp"

using namespace il;

namespace {

// examples/python/<file>.py: how examples.json names an example.
std::string relative_id(const core::DemoInfo& d) {
    return "examples/python/" + d.source_file.substr(d.source_file.rfind('/') + 1);
}

// Each listed example's texts (title, summary, explanation), by relative_id().
std::map<std::string, std::set<std::string>> example_texts() {
    std::map<std::string, std::set<std::string>> out;
    for (const core::DemoInfo* d : core::Registry::catalogue()) {
        if (!core::is_program(*d)) continue;  // a compiled-in demo: tests/core checks those
        auto& s = out[relative_id(*d)];
        for (const std::string* t : {&d->title, &d->summary, &d->explanation}) s.insert(*t);
    }
    return out;
}

std::multiset<std::string> placeholder_set(std::string_view text) {
    const auto v = i18n::placeholders(text);
    return {v.begin(), v.end()};
}

std::string first_line(const std::string& text) { return text.substr(0, std::min(text.find('\n'), size_t{80})); }

}  // namespace

TEST_CASE("examples i18n: every listed Python example has a Chinese title, summary and explanation") {
    for (const std::string& e : i18n::errors()) FAIL_CHECK(e);
    const i18n::Table& zh = i18n::table(i18n::Lang::ZhCN);
    const auto examples = example_texts();
    REQUIRE(examples.size() >= 30);  // the catalogue loaded (35 examples when this was written)
    for (const core::DemoInfo* d : core::Registry::catalogue()) {
        if (!core::is_program(*d)) continue;
        const std::string id = relative_id(*d);
        CAPTURE(id);
        CHECK_FALSE(d->title.empty());
        CHECK_FALSE(d->summary.empty());
        CHECK_FALSE(d->explanation.empty());
        for (const std::string* text : {&d->title, &d->summary, &d->explanation}) {
            const auto it = zh.strings.find(*text);
            const bool translated = it != zh.strings.end() && !it->second.empty();
            CHECK_MESSAGE(translated, id << ": not translated into Chinese: \"" << first_line(*text) << "\"");
            if (!translated) continue;
            CHECK(it->second != *text);  // the English copied over is no translation
            CHECK(placeholder_set(it->second) == placeholder_set(*text));
        }
    }
}

TEST_CASE("examples i18n: what tr() shows for an example in Chinese is its translation, and English in English") {
    const core::DemoInfo* lost = nullptr;
    for (const core::DemoInfo* d : core::Registry::catalogue())
        if (core::is_program(*d) && d->source_file.ends_with("/examples/python/lost_update.py")) lost = d;
    REQUIRE(lost != nullptr);
    struct Restore {
        ~Restore() { i18n::set_language(i18n::Lang::En); }
    } restore;
    i18n::set_language(i18n::Lang::ZhCN);
    CHECK(std::string(i18n::tr(lost->title)) == "Python：丢失更新");
    CHECK(std::string(i18n::tr(lost->explanation)).starts_with("丢失更新："));
    i18n::set_language(i18n::Lang::En);
    CHECK(std::string(i18n::tr(lost->title)) == "Python: the lost update");
}

TEST_CASE("examples i18n: lang/zh-CN/examples.json holds no key that no example uses, each under its example") {
    const auto examples = example_texts();
    REQUIRE_FALSE(examples.empty());

    // The file in the source tree, read on its own: which example each key is filed under.
    const std::string path = std::string(IL_EXAMPLES_DIR) + "/../../lang/zh-CN/examples.json";
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "cannot read " << path);
    std::stringstream text;
    text << in.rdbuf();
    i18n::Table file;
    file.code = "zh-CN";
    std::string error;
    REQUIRE_MESSAGE(i18n::parse_file("lang/zh-CN/examples.json", text.str(), file, error), error);
    REQUIRE_FALSE(file.origin.empty());
    for (const auto& [key, origin] : file.origin) {
        CAPTURE(origin);
        const auto ex = examples.find(origin);
        CHECK_MESSAGE(ex != examples.end(),
                      "lang/zh-CN/examples.json: \"" << origin << "\" is no example in examples/python/catalogue.tsv");
        if (ex == examples.end()) continue;
        CHECK_MESSAGE(ex->second.count(key) != 0, "lang/zh-CN/examples.json: "
                                                      << origin << " has no text \"" << first_line(key)
                                                      << "\" (its comment or catalogue line changed?)");
        CHECK_MESSAGE(!file.strings.at(key).empty(), origin << ": an empty translation: \"" << first_line(key) << "\"");
    }

    // And what was loaded (embedded, or INTERLEAVE_LANG_DIR's): every key filed
    // under an example's path is a text of that example.
    const i18n::Table& zh = i18n::table(i18n::Lang::ZhCN);
    for (const auto& [key, origin] : zh.origin) {
        if (!origin.starts_with("examples/")) continue;
        CAPTURE(origin);
        const auto ex = examples.find(origin);
        const bool used = ex != examples.end() && ex->second.count(key) != 0;
        CHECK_MESSAGE(used, "lang/zh-CN: " << origin << " has no text \"" << first_line(key) << "\"");
    }
}
