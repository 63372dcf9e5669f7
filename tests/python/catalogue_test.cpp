// tests/python/catalogue_test.cpp — the Python examples beside the C++ demos:
// examples/python/catalogue.tsv parsed (bad lines named by file and line),
// every example listed in its group, every C++ twin pointing back at it.
#include <doctest.h>

#include <dirent.h>

#include <set>
#include <string>
#include <vector>

#include "core/runtime/registry.hpp"
#include "python/catalogue.hpp"

using il::python::ExampleEntry;

TEST_CASE("catalogue: a good line gives its five fields — comments, blank lines and CRLF ends are fine") {
    std::vector<std::string> errors;
    const auto got = il::python::parse_catalogue(
        "# a comment\n\nlost.py\tLock\tlock.lost_update\tPython: lost\tLoses one.\r\nfree.py\tThread\t-\tT\tS\n",
        "cat.tsv", {"Lock", "Thread"}, {"lock.lost_update"}, errors);
    CHECK(errors.empty());
    REQUIRE(got.size() == 2);
    CHECK(got[0].file == "lost.py");
    CHECK(got[0].group == "Lock");
    CHECK(got[0].twin == "lock.lost_update");
    CHECK(got[0].title == "Python: lost");
    CHECK(got[0].summary == "Loses one.");
    CHECK(got[1].twin.empty());  // "-": no C++ twin
}

TEST_CASE("catalogue: each bad line is named by file and line and left out — the good ones stay") {
    std::vector<std::string> errors;
    const auto got = il::python::parse_catalogue("a.py\tLock\t-\tA\n"           // 1 good
                                                 "b.py\tLock\t-\tB\n"           // 2 good
                                                 "c.py\tLock\n"                 // 3 too few fields
                                                 "d.txt\tLock\t-\tD\tS\n"       // 4 not .py
                                                 "../e.py\tLock\t-\tE\tS\n"     // 5 not beside it
                                                 "f.py\tNope\t-\tF\tS\n"        // 6 unknown group
                                                 "g.py\tLock\tlock.nope\tG\tS\n"  // 7 unknown twin
                                                 "h.py\tLock\t-\t\tS\n"         // 8 no title
                                                 "i.py\tLock\t-\tI\tS\n",       // 9 good
                                                 "cat.tsv", {"Lock"}, {"lock.lost_update"}, errors);
    REQUIRE(got.size() == 1);
    CHECK(got[0].file == "i.py");
    REQUIRE(errors.size() == 8);
    CHECK(errors[0] == "cat.tsv:1: expected 5 tab-separated fields (file, group, twin, title, summary), found 4");
    CHECK(errors[2] == "cat.tsv:3: expected 5 tab-separated fields (file, group, twin, title, summary), found 2");
    CHECK(errors[3] == "cat.tsv:4: 'd.txt' is not a .py file name beside the catalogue");
    CHECK(errors[4] == "cat.tsv:5: '../e.py' is not a .py file name beside the catalogue");
    CHECK(errors[5] == "cat.tsv:6: 'Nope' is not a demo group");
    CHECK(errors[6] == "cat.tsv:7: 'lock.nope' is no demo (use - for an example without a C++ twin)");
    CHECK(errors[7] == "cat.tsv:8: the title is empty");
}

TEST_CASE("catalogue: every example in examples/python is listed, in a demo group, and loads") {
    const std::string dir = IL_EXAMPLES_DIR;
    CHECK(il::python::list_examples(dir).empty());  // the shipped catalogue has no problems
    std::set<std::string> files;
    DIR* d = ::opendir(dir.c_str());
    REQUIRE(d != nullptr);
    while (const dirent* e = ::readdir(d)) {
        const std::string name = e->d_name;
        if (name.size() > 3 && name.ends_with(".py")) files.insert(name);
    }
    ::closedir(d);
    REQUIRE(files.size() >= 14);
    std::set<std::string> listed;
    for (const il::core::DemoInfo* info : il::core::Registry::catalogue()) {
        if (!info->id.ends_with(".py")) continue;
        listed.insert(info->id.substr(info->id.rfind('/') + 1));
        CHECK(info->group != "Python");             // a course group, not the opened-program group
        CHECK(info->title.starts_with("Python: "));
        CHECK(!info->explanation.empty());          // its own opening comment
        CHECK(static_cast<bool>(info->run));
    }
    CHECK(listed == files);
}

TEST_CASE("catalogue: a C++ demo with a Python twin names it, and the twin is the listed example") {
    const il::core::DemoInfo* cpp = il::core::Registry::find("lock.lost_update");
    REQUIRE(cpp != nullptr);
    REQUIRE(cpp->python_twin.ends_with("/examples/python/lost_update.py"));
    const il::core::DemoInfo* py = il::core::Registry::find(cpp->python_twin);
    REQUIRE(py != nullptr);
    CHECK(py->group == "Lock");
    CHECK(py->title == "Python: the lost update");
    CHECK(py->explanation.starts_with("The lost update: two threads each add 1 to g_num"));
    const il::core::DemoInfo* none = il::core::Registry::find("gil.convoy");
    REQUIRE(none != nullptr);
    CHECK(none->python_twin.empty());
}
