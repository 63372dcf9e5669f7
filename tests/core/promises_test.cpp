// docs/promises.md is a table of promises, each naming the tests that hold
// Interleave to it. This test reads the table and every test source, and
// fails when a named test does not exist: a renamed or deleted test cannot
// leave a promise standing that nothing checks any more.
#include <doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
    std::ifstream f(p);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

// The backquoted names in the last column of each table row.
std::vector<std::string> named_tests(const std::string& doc) {
    std::vector<std::string> names;
    std::istringstream lines(doc);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("| ", 0) != 0 || line.find("|---") != std::string::npos) continue;
        const size_t last = line.rfind(" | ");
        if (last == std::string::npos) continue;
        const std::string cell = line.substr(last + 3);
        for (size_t a = cell.find('`'); a != std::string::npos; a = cell.find('`', a + 1)) {
            const size_t b = cell.find('`', a + 1);
            if (b == std::string::npos) break;
            names.push_back(cell.substr(a + 1, b - a - 1));
            a = b;
        }
    }
    return names;
}

}  // namespace

TEST_CASE("Promises: every test docs/promises.md names exists in the suite") {
    const fs::path root = IL_SOURCE_DIR;
    const std::string doc = read(root / "docs" / "promises.md");
    REQUIRE_FALSE(doc.empty());
    std::string sources;
    for (const auto& e : fs::recursive_directory_iterator(root / "tests"))
        if (e.path().extension() == ".cpp") sources += read(e.path());
    const auto names = named_tests(doc);
    CHECK(names.size() >= 30);
    for (const std::string& n : names) {
        INFO(n);
        CHECK(sources.find("TEST_CASE(\"" + n + "\")") != std::string::npos);
    }
}
