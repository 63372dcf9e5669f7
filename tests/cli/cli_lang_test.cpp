// tests/cli/cli_lang_test.cpp — the language of the command line: --lang,
// INTERLEAVE_LANG and the locale choose it (app/cli/lang_cli.hpp); a bad
// value or a translation file that does not load is refused with a message
// and exit 2; `interleave lang-template` writes the demos' file. These start
// the real `interleave` (the choice is made in its main()).
#include <doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/cli_capture.hpp"

namespace {

struct Out {
    int code = -1;
    std::string text;  // stdout and stderr together
};

// `env interleave args` (env: "NAME=value …" assignments, -u NAME to unset).
Out interleave(const std::string& env, const std::string& args) {
    const std::string cmd = "env -u LC_ALL -u LC_MESSAGES -u LANG -u INTERLEAVE_LANG -u INTERLEAVE_LANG_DIR " + env +
                            " " IL_INTERLEAVE_BINARY " " + args;
    const il::test::CliResult r = il::test::shell(cmd);
    return {r.code, r.out};
}

bool has(const std::string& s, const std::string& what) { return s.find(what) != std::string::npos; }

}  // namespace

TEST_CASE("CLI language: --lang zh, INTERLEAVE_LANG and a Chinese locale list the demos in Chinese, and English otherwise") {
    for (const auto& [env, args] : {std::pair{std::string(), std::string("--lang zh list")},
                                    std::pair{std::string(), std::string("list --lang=zh-CN")},
                                    std::pair{std::string("INTERLEAVE_LANG=zh"), std::string("list")},
                                    std::pair{std::string("LANG=zh_CN.UTF-8"), std::string("list")},
                                    std::pair{std::string("LANG=en_US.UTF-8 LC_MESSAGES=zh_CN.UTF-8"), std::string("list")}}) {
        CAPTURE(env);
        CAPTURE(args);
        const Out o = interleave(env, args);
        CHECK(o.code == 0);
        CHECK(has(o.text, "死锁"));
        CHECK(has(o.text, "deadlock.two_locks"));  // ids stay as they are
    }
    for (const std::string env : {"", "LANG=C.UTF-8", "LANG=zh_CN.UTF-8 LC_ALL=en_US.UTF-8", "LANG=fr_FR.UTF-8"}) {
        CAPTURE(env);
        const Out o = interleave(env, "list");
        CHECK(o.code == 0);
        CHECK_FALSE(has(o.text, "死锁"));
        CHECK(has(o.text, "Deadlock"));
    }
    CHECK_FALSE(has(interleave("LANG=zh_CN.UTF-8", "--lang en list").text, "死锁"));  // --lang wins
}

TEST_CASE("CLI language: a run's summary and its deadlock sentence read in Chinese") {
    const Out o = interleave("", "--lang zh run deadlock.two_locks --quiet");
    CHECK(o.code == 1);
    CHECK(has(o.text, "--- 摘要：deadlock.two_locks ---"));
    CHECK(has(o.text, "死锁：Thread-1 等待 mutexB（由 Thread-2 持有），而后者等待 mutexA（由 Thread-1 持有）"));
    CHECK(has(o.text, "用时："));
    CHECK(has(interleave("", "--lang zh help").text, "用法："));
}

TEST_CASE("CLI language: a bad --lang or INTERLEAVE_LANG is refused with exit 2 and says what it takes") {
    const Out a = interleave("", "--lang klingon list");
    CHECK(a.code == 2);
    CHECK(has(a.text, "--lang must be zh or en"));
    CHECK(has(a.text, "'klingon'"));
    const Out b = interleave("", "list --lang");
    CHECK(b.code == 2);
    CHECK(has(b.text, "--lang needs a value"));
    const Out c = interleave("INTERLEAVE_LANG=xx", "list");
    CHECK(c.code == 2);
    CHECK(has(c.text, "INTERLEAVE_LANG must be zh or en"));
}

TEST_CASE("CLI language: a malformed file in INTERLEAVE_LANG_DIR is named with its line (exit 2), and a good one is used") {
    const auto dir = std::filesystem::temp_directory_path() / ("il_lang_" + std::to_string(getpid()));
    std::filesystem::create_directories(dir / "zh-CN");
    {
        std::ofstream(dir / "zh-CN" / "strings.json") << "{\n  \"code\": \"zh-CN\",\n  \"strings\": {\"Deadlock\" \"x\"}\n}\n";
    }
    const Out bad = interleave("INTERLEAVE_LANG_DIR=" + dir.string(), "--lang zh list");
    CHECK(bad.code == 2);
    CHECK(has(bad.text, "strings.json: line 3: not valid JSON"));
    {
        std::ofstream(dir / "zh-CN" / "strings.json") << R"({"code": "zh-CN", "strings": {"Deadlock": "死锁了"}})";
    }
    const Out good = interleave("INTERLEAVE_LANG_DIR=" + dir.string(), "--lang zh list");
    CHECK(good.code == 0);
    CHECK(has(good.text, "死锁了"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("CLI language: lang-template lists every demo's texts with the translations kept, and refuses English") {
    const Out o = interleave("", "lang-template zh-CN");
    CHECK(o.code == 0);
    CHECK(has(o.text, "\"deadlock.two_locks\": {"));
    CHECK(has(o.text, "\"Deadlock: two threads, two locks, opposite order\": \"死锁"));
    CHECK_FALSE(has(o.text, "fault.child_sleeps"));  // a test's fixture is no demo
    const Out en = interleave("", "lang-template en");
    CHECK(en.code == 2);
    CHECK(has(en.text, "not a language Interleave translates into"));
}
