// tests/python/demo_python_text_test.cpp — every piece of Python the window
// shows is Python: each C++ demo's "Python equivalent" text goes through the
// system python3's own parser (ast.parse), so C++ leaking into it (a
// `os.il::core::getpid()` once shipped) fails here by demo id and line.
#include <doctest.h>

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "core/runtime/registry.hpp"

namespace {

// python3's verdict on each file listed: "" when every one parses, else a
// line per failure ("path:line: message").
std::string parse_errors(const std::string& list_path) {
    const std::string script =
        "import ast,sys\n"
        "for p in open(sys.argv[1]).read().split():\n"
        "    try: ast.parse(open(p, encoding='utf-8').read(), p)\n"
        "    except SyntaxError as e: print(f'{p}:{e.lineno}: {e.msg}')\n";
    const std::string cmd = std::string(IL_PYTHON3) + " -c \"$IL_SCRIPT\" '" + list_path + "'";
    ::setenv("IL_SCRIPT", script.c_str(), 1);
    std::string out;
    FILE* p = ::popen(cmd.c_str(), "r");
    REQUIRE(p != nullptr);
    char buf[4096];
    size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    CHECK(::pclose(p) == 0);
    return out;
}

}  // namespace

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
    CHECK(parse_errors(dir + "/list") == "");

    // The check can fail: C++ in a text is caught.
    std::ofstream(dir + "/bad.py") << "import os\nprint(os.il::core::getpid())\n";
    std::ofstream(dir + "/list") << dir + "/bad.py\n";
    CHECK(parse_errors(dir + "/list").find("bad.py:2:") != std::string::npos);
    std::system(("rm -rf '" + dir + "'").c_str());
}
