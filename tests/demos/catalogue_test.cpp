// The catalogue as data: every shipped demo names its own source file (from
// __FILE__, as IL_DEMO fills it) and that file's text is embedded for the
// source view; its parameters are declared once, and each has a default the
// run accepts back.
#include <doctest.h>

#include <set>
#include <string>

#include "core/runtime/registry.hpp"

using namespace il::core;

TEST_CASE("Catalogue: every demo's source file is its own and is embedded for the source view") {
    int demos = 0;
    for (const DemoInfo& d : Registry::all()) {
        if (d.group == "Test") continue;  // test-only demos registered by other test binaries
        ++demos;
        INFO(d.id);
        REQUIRE_FALSE(d.source_file.empty());
        // lock.counter_race → lock_counter_race.cpp: the id says which file it lives in.
        std::string expected = d.id;
        for (char& c : expected) c = c == '.' ? '_' : c;
        CHECK(d.source_file == expected + ".cpp");
        const auto text = Registry::source(d.source_file);
        REQUIRE(text.has_value());
        CHECK(text->find("IL_DEMO(") != std::string_view::npos);
    }
    CHECK(demos >= 54);
}

TEST_CASE("Catalogue: parameter names are unique within a demo and every default is accepted back") {
    for (const DemoInfo& d : Registry::all()) {
        INFO(d.id);
        std::set<std::string> names;
        Params p(d.params);
        for (const ParamSpec& s : d.params) {
            CHECK(names.insert(s.name).second);
            CHECK(p.set(d.params, s.name + "=" + s.default_text()).empty());
        }
    }
}
