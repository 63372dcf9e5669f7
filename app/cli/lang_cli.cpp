// app/cli/lang_cli.cpp — see lang_cli.hpp.
#include "app/cli/lang_cli.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <nlohmann/json.hpp>

#include "core/common/i18n.hpp"
#include "core/runtime/registry.hpp"

namespace il::app {

namespace {

bool g_given = false;

int bad_lang(std::string_view value) {
    std::fprintf(stderr, "interleave: --lang must be zh or en (also zh-CN, en_US.UTF-8 …), not '%.*s'\n",
                 static_cast<int>(value.size()), value.data());
    return 2;
}

}  // namespace

int take_language(int& argc, char** argv) {
    int out = 1;
    std::optional<std::string> value;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--") {  // a Python program's own arguments follow: left alone
            while (i < argc) argv[out++] = argv[i++];
            break;
        }
        if (a == "--lang") {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "interleave: --lang needs a value: zh or en\n");
                return 2;
            }
            value = argv[++i];
            continue;
        }
        if (a.starts_with("--lang=")) {
            value = std::string(a.substr(7));
            continue;
        }
        argv[out++] = argv[i];
    }
    argc = out;
    argv[argc] = nullptr;
    i18n::Lang lang = i18n::from_environment();
    if (value) {
        const auto l = i18n::parse(*value);
        if (!l) return bad_lang(*value);
        lang = *l;
        setenv("INTERLEAVE_LANG", std::string(i18n::code(lang)).c_str(), 1);  // the run processes speak it too
        g_given = true;
    } else if (const char* env = std::getenv("INTERLEAVE_LANG"); env != nullptr && *env != '\0') {
        const auto l = i18n::parse(env);
        if (!l) {
            std::fprintf(stderr, "interleave: INTERLEAVE_LANG must be zh or en, not '%s'\n", env);
            return 2;
        }
        lang = *l;
        g_given = true;
    }
    i18n::set_language(lang);
    // Checked (and so loaded, ~5 ms) only when they will be used or were asked for.
    const char* dir = std::getenv("INTERLEAVE_LANG_DIR");
    const bool own_dir = dir != nullptr && *dir != '\0';
    if ((lang != i18n::Lang::En || own_dir) && !i18n::errors().empty()) {
        for (const std::string& e : i18n::errors()) std::fprintf(stderr, "interleave: %s\n", e.c_str());
        if (own_dir) return 2;
        std::fprintf(stderr, "interleave: showing English where a translation did not load\n");
    }
    return 0;
}

bool language_given() { return g_given; }

int cmd_lang_template(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: interleave lang-template CODE   (CODE: zh-CN)\n");
        return 2;
    }
    const auto lang = i18n::parse(argv[2]);
    if (!lang || *lang == i18n::Lang::En) {
        std::fprintf(stderr, "interleave lang-template: '%s' is not a language Interleave translates into (zh-CN)\n",
                     argv[2]);
        return 2;
    }
    const i18n::Table& t = i18n::table(*lang);
    nlohmann::ordered_json demos = nlohmann::ordered_json::object();
    for (const core::DemoInfo& d : core::Registry::all()) {
        if (d.source_file.empty()) continue;  // not a demo of demos/ (a test's fixture)
        nlohmann::ordered_json texts = nlohmann::ordered_json::object();
        const auto add = [&](const std::string& english) {
            if (english.empty()) return;
            const auto it = t.strings.find(english);
            texts[english] = it == t.strings.end() ? std::string() : it->second;
        };
        add(d.title);
        add(d.summary);
        add(d.explanation);
        for (const std::string& s : d.try_this) add(s);
        for (const core::ParamSpec& p : d.params) add(p.help);
        demos[d.id] = texts;
    }
    nlohmann::ordered_json doc;
    doc["code"] = std::string(i18n::code(*lang));
    doc["comment"] = "Each demo's texts: title, summary, explanation, the \"try this\" steps, the parameters' help. "
                     "Keys are the English as the demo writes it; \"\" is not translated yet. Follow docs/glossary.md.";
    doc["demos"] = demos;
    std::puts(doc.dump(2).c_str());
    return 0;
}

}  // namespace il::app
