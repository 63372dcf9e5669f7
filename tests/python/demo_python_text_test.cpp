// tests/python/demo_python_text_test.cpp — every piece of Python the window
// shows is Python: each C++ demo's "Python equivalent" text goes through the
// system python3's own parser (ast.parse), so C++ leaking into it (a
// `os.il::core::getpid()` once shipped) fails here by demo id and line.
#include <doctest.h>

#include <unistd.h>

#include <fstream>
#include <string>

#include "core/runtime/registry.hpp"
#include "program.hpp"

TEST_CASE("Demos: every demo's Python equivalent parses as Python (ast.parse)") {
    char dir_template[] = "/tmp/il-demo-python-XXXXXX";
    REQUIRE(::mkdtemp(dir_template) != nullptr);
    const std::string dir = dir_template;
    std::string list;
    int texts = 0;
    for (const il::core::DemoInfo& d : il::core::Registry::all()) {
        if (d.python.empty()) continue;
        const std::string path = dir + "/" + d.id + ".py";
        std::ofstream(path) << d.python;
        list += path + "\n";
        ++texts;
    }
    std::ofstream(dir + "/list") << list;
    CHECK(texts >= 54);
    CHECK(il::test::python_parse_errors(dir + "/list") == "");

    // The check can fail: C++ in a text is caught.
    std::ofstream(dir + "/bad.py") << "import os\nprint(os.il::core::getpid())\n";
    std::ofstream(dir + "/list") << dir + "/bad.py\n";
    CHECK(il::test::python_parse_errors(dir + "/list").find("bad.py:2:") != std::string::npos);
    std::system(("rm -rf '" + dir + "'").c_str());
}
