// tests/cli/cli_check_test.cpp — challenge files and `interleave check`: every
// shipped challenge loads and is solvable exactly when it says so; a saved
// solution passes and a plain run fails with its reason; a bad challenge or
// schedule file is refused (exit 2) with the file, the line and what was
// expected.
#include <doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/common/i18n.hpp"
#include "core/explore/challenge.hpp"
#include "tests/support/cli_capture.hpp"

namespace fs = std::filesystem;
using il::test::run_cli;
using namespace il::core;

namespace {

bool has(const std::string& s, const std::string& what) { return s.find(what) != std::string::npos; }

const fs::path kChallenges = fs::path(IL_SOURCE_DIR) / "challenges";

struct TempFile {
    fs::path path;
    explicit TempFile(const std::string& name, const std::string& text)
        : path(fs::temp_directory_path() / ("il_check_" + std::to_string(::getpid()) + "_" + name)) {
        std::ofstream(path) << text;
    }
    ~TempFile() { fs::remove(path); }
    std::string str() const { return path.string(); }
};

const char* kHeader = "format = 1\nid = \"t\"\ntitle = { en = \"T\", zh = \"题\" }\ntarget = \"builtin.counter\"\n";

}  // namespace

TEST_CASE("challenges: every shipped challenge loads, in both languages, and is solvable exactly when it says so") {
    size_t n = 0;
    for (const auto& e : fs::directory_iterator(kChallenges)) {
        if (e.path().extension() != ".toml") continue;
        ++n;
        CAPTURE(e.path());
        const Challenge c = Challenge::load(e.path().string());
        CHECK_FALSE(c.title.zh.empty());
        CHECK_FALSE(c.intro.en.empty());
        CHECK_FALSE(c.intro.zh.empty());
        for (const Text& h : c.hints) CHECK_FALSE(h.zh.empty());
        if (c.predict)  // a choice in words is in both languages; a number is the same in both
            for (const Text& choice : c.predict->choices)
                if (choice.en.find_first_not_of("0123456789") != std::string::npos) CHECK_FALSE(choice.zh.empty());
        if (c.target.ends_with(".py")) {  // a Python program runs in the interleave binary, which hosts Python
            const auto cli = il::test::shell(std::string(IL_INTERLEAVE_BINARY) + " check '" + e.path().string() + "' --solvable");
            CHECK_MESSAGE(cli.code == (c.solvable ? 0 : 1), cli.out);
            continue;
        }
        const ExploreResult r = solve(c, 2);
        CHECK_MESSAGE((r.verdict == ExploreVerdict::Found) == c.solvable, r.reason, r.error);
        if (c.solvable) CHECK(r.preemptions <= c.max_preemptions);
        else CHECK(r.verdict == ExploreVerdict::None);
    }
    CHECK(n >= 12);
}

TEST_CASE("check CLI: a saved solution passes (exit 0), a round-robin run fails with its reason (exit 1)") {
    const fs::path dir = fs::temp_directory_path() / ("il_check_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string solution = (dir / "solution.txt").string(), plain = (dir / "plain.txt").string();
    const std::string challenge = (kChallenges / "lose_one_update.toml").string();
    REQUIRE(run_cli({"explore", "builtin.counter", "--param", "iterations=1", "--expect", "counter == 2", "--jobs", "1",
                     "--save-schedule", solution})
                .code == 1);
    const auto pass = run_cli({"check", challenge, solution});
    CHECK(pass.code == 0);
    CHECK(has(pass.out, "result:    pass: counter (1) == 1 holds"));
    CHECK(has(pass.out, "preemptions: 1"));
    REQUIRE(run_cli({"run", "builtin.counter", "--param", "iterations=1", "--mode", "step", "--save-schedule", plain})
                .code == 0);
    const auto fail = run_cli({"check", challenge, plain});
    CHECK(fail.code == 1);
    CHECK(has(fail.out, "result:    fail: "));
    const auto other = run_cli({"check", (kChallenges / "two_lock_deadlock.toml").string(), solution});
    CHECK(other.code == 2);
    CHECK(has(other.err, "the schedule was recorded for 'builtin.counter', not 'deadlock.two_locks'"));
    fs::remove_all(dir);
}

TEST_CASE("check CLI: --solvable proves the lost update possible (par 1) and the locked one impossible") {
    const auto yes = run_cli({"check", (kChallenges / "lose_one_update.toml").string(), "--solvable"});
    CHECK(yes.code == 0);
    CHECK(has(yes.out, "fewest preemptions (par): 1"));
    CHECK(has(yes.out, "story:     "));
    const auto no = run_cli({"check", (kChallenges / "mutex_cannot_lose.toml").string(), "--solvable"});
    CHECK(no.code == 1);
    CHECK(has(no.out, "solvable:  no, not in every schedule with up to 2 preemptions"));
}

TEST_CASE("challenges: a predict choice may be a text in both languages, the answer naming its English") {
    const TempFile both("choices.toml", std::string(kHeader) + "goal = { kind = \"deadlock\" }\n"
                        "predict = { question = { en = \"Q\" }, choices = [{ en = \"yes\", zh = \"是\" }, \"7\"], answer = \"yes\" }\n");
    const Challenge c = Challenge::load(both.str());
    REQUIRE(c.predict);
    REQUIRE(c.predict->choices.size() == 2);
    il::i18n::set_language(il::i18n::Lang::ZhCN);
    CHECK(c.predict->shown("yes") == "是");
    CHECK(c.predict->shown("7") == "7");
    il::i18n::set_language(il::i18n::Lang::En);
    CHECK(c.predict->shown("yes") == "yes");
    const TempFile wrong("wrong.toml", std::string(kHeader) + "goal = { kind = \"deadlock\" }\n"
                         "predict = { question = { en = \"Q\" }, choices = [{ en = \"yes\", zh = \"是\" }], answer = \"是\" }\n");
    const auto a = run_cli({"check", wrong.str(), "--solvable"});
    CHECK(a.code == 2);
    CHECK(has(a.err, "the answer '是' is not one of the choices"));
    const TempFile number("number.toml", std::string(kHeader) + "goal = { kind = \"deadlock\" }\n"
                          "predict = { question = { en = \"Q\" }, choices = [1, 2], answer = \"1\" }\n");
    const auto b = run_cli({"check", number.str(), "--solvable"});
    CHECK(b.code == 2);
    CHECK(has(b.err, number.str() + ":6: 'choices': expected a list of texts"));
}

TEST_CASE("check CLI: a bad challenge file is refused with its file, line and what was expected") {
    const TempFile kind("kind.toml", std::string(kHeader) + "goal = { kind = \"deadlok\" }\n");
    const auto a = run_cli({"check", kind.str(), "--solvable"});
    CHECK(a.code == 2);
    CHECK(has(a.err, kind.str() + ":5: goal kind 'deadlok': expected deadlock, stuck, condition, critical-section, starve, orphan or zombie"));
    const TempFile typo("typo.toml", std::string(kHeader) + "goal = { kind = \"deadlock\" }\nlimts = {}\n");
    const auto b = run_cli({"check", typo.str(), "--solvable"});
    CHECK(b.code == 2);
    CHECK(has(b.err, typo.str() + ":6: unknown key 'limts'"));
    const TempFile broken("broken.toml", "format = 1\nid = \"x\n");
    const auto c = run_cli({"check", broken.str(), "--solvable"});
    CHECK(c.code == 2);
    CHECK(has(c.err, broken.str() + ":2: not valid TOML"));
    const TempFile version("version.toml", "format = 2\n");
    const auto d = run_cli({"check", version.str(), "--solvable"});
    CHECK(d.code == 2);
    CHECK(has(d.err, ":1: format 2 is not one this Interleave reads (it reads format 1)"));
    const TempFile answer("answer.toml", std::string(kHeader) +
                                             "goal = { kind = \"deadlock\" }\n"
                                             "predict = { question = { en = \"?\" }, choices = [\"a\", \"b\"], answer = \"c\" }\n");
    const auto e = run_cli({"check", answer.str(), "--solvable"});
    CHECK(e.code == 2);
    CHECK(has(e.err, ":6: the answer 'c' is not one of the choices"));
    const TempFile cond("cond.toml", std::string(kHeader) + "goal = { kind = \"condition\", condition = \"counter\" }\n");
    const auto f = run_cli({"check", cond.str(), "--solvable"});
    CHECK(f.code == 2);
    CHECK(has(f.err, ":5: the condition 'counter' has no comparison"));
    const TempFile target("target.toml", "format = 1\nid = \"t\"\ntitle = { en = \"T\" }\ntarget = \"no.such.demo\"\n"
                                         "goal = { kind = \"deadlock\" }\n");
    const auto g = run_cli({"check", target.str(), "--solvable"});
    CHECK(g.code == 2);
    CHECK(has(g.err, "unknown demo 'no.such.demo'"));
    const auto missing = run_cli({"check", "/nonexistent/c.toml", "--solvable"});
    CHECK(missing.code == 2);
    const auto usage = run_cli({"check", (kChallenges / "lose_one_update.toml").string()});
    CHECK(usage.code == 2);
    CHECK(has(usage.err, "give a schedule file to grade, or --solvable"));
}
