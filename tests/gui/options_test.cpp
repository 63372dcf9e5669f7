// tests/gui/options_test.cpp — the window's flags: what is accepted, what is
// refused, and that every refusal says why.
#include <doctest.h>

#include <initializer_list>
#include <string>
#include <variant>
#include <vector>

#include "app/gui/shell/options.hpp"

using il::gui::GuiOptions;
using il::gui::OptionsError;

namespace {

std::variant<GuiOptions, OptionsError> parse(std::initializer_list<const char*> args) {
    std::vector<const char*> argv{"interleave"};
    argv.insert(argv.end(), args);
    return il::gui::parse_gui_options(static_cast<int>(argv.size()), argv.data());
}

GuiOptions ok(std::initializer_list<const char*> args) {
    auto r = parse(args);
    REQUIRE(std::holds_alternative<GuiOptions>(r));
    return std::get<GuiOptions>(r);
}

std::string error(std::initializer_list<const char*> args) {
    auto r = parse(args);
    REQUIRE(std::holds_alternative<OptionsError>(r));
    return std::get<OptionsError>(r).message;
}

}  // namespace

TEST_CASE("options: no flags opens the window with defaults") {
    const GuiOptions o = ok({});
    CHECK_FALSE(o.screenshot);
    CHECK_FALSE(o.frames);
    CHECK(o.width == 0);
    CHECK_FALSE(o.help);
}

TEST_CASE("options: --screenshot, --frames, --size and --demo, spaced or with '='") {
    const GuiOptions a = ok({"--screenshot", "shot.png", "--frames", "12", "--size", "1280x800", "--demo", "x.y"});
    CHECK(*a.screenshot == "shot.png");
    CHECK(*a.frames == 12);
    CHECK(a.width == 1280);
    CHECK(a.height == 800);
    CHECK(a.demo == "x.y");
    const GuiOptions b = ok({"--screenshot=s.png", "--frames=3", "--size=640x400"});
    CHECK(*b.screenshot == "s.png");
    CHECK(*b.frames == 3);
    CHECK(b.height == 400);
    CHECK(ok({"--help"}).help);
    CHECK(ok({"-h"}).help);
    CHECK(ok({"--reset-layout"}).reset_layout);
}

TEST_CASE("options: unknown flags and stray words are refused by name") {
    CHECK(error({"--bogus"}) == "unknown option '--bogus'");
    CHECK(error({"-x"}) == "unknown option '-x'");
    CHECK(error({"lst"}) == "unknown command 'lst'");
}

TEST_CASE("options: bad values say what was expected and what was given") {
    CHECK(error({"--frames", "abc"}).find("got 'abc'") != std::string::npos);
    CHECK(error({"--frames", "0"}).find("from 1 to") != std::string::npos);
    CHECK(error({"--frames", "5x"}).find("got '5x'") != std::string::npos);
    CHECK(error({"--size", "1280"}).find("WIDTHxHEIGHT") != std::string::npos);
    CHECK(error({"--size", "10x10"}).find("from 320") != std::string::npos);
    CHECK(error({"--size", "800x-600"}).find("got '800x-600'") != std::string::npos);
    CHECK(error({"--screenshot="}).find("needs a file name") != std::string::npos);
    CHECK(error({"--frames"}) == "--frames needs a value");
}

TEST_CASE("options: the usage names the window flags and the CLI commands") {
    const std::string usage = il::gui::gui_usage();
    for (const char* word : {"--screenshot", "--frames", "--size", "--demo", "--reset-layout", "--help",
                             "interleave list", "interleave run DEMO"})
        CHECK_MESSAGE(usage.find(word) != std::string::npos, word);
}

TEST_CASE("options: a run staged at launch — mode, parameters, steps, schedule, state dump") {
    const GuiOptions a = ok({"--demo", "deadlock.two_locks", "--mode", "step", "--param", "pause=0", "--param=x=1",
                             "--steps", "12", "--dump-state", "state.txt"});
    REQUIRE(a.mode);
    CHECK(*a.mode == il::core::DirectorMode::Step);
    CHECK(a.params == std::vector<std::string>{"pause=0", "x=1"});
    CHECK(a.steps == 12);
    CHECK(a.dump_state == "state.txt");
    const GuiOptions b = ok({"--schedule", "s.schedule"});  // the schedule names its demo; implies replay
    CHECK(*b.mode == il::core::DirectorMode::Replay);
    CHECK(b.schedule == "s.schedule");
    CHECK_FALSE(ok({"--demo", "x.y"}).mode);  // --demo alone only selects
}

TEST_CASE("options: staging flags that do not fit together are refused with the reason") {
    CHECK(error({"--mode", "fast"}).find("run, slow, step or replay") != std::string::npos);
    CHECK(error({"--mode", "step"}).find("--mode needs --demo") != std::string::npos);
    CHECK(error({"--param", "a=1"}).find("--param needs --demo") != std::string::npos);
    CHECK(error({"--demo", "x", "--param", "novalue"}).find("NAME=VALUE") != std::string::npos);
    CHECK(error({"--demo", "x", "--mode", "replay"}).find("needs --schedule") != std::string::npos);
    CHECK(error({"--demo", "x", "--mode", "run", "--schedule", "s"}).find("--mode replay") != std::string::npos);
    CHECK(error({"--demo", "x", "--mode", "run", "--steps", "3"}).find("--mode step") != std::string::npos);
    CHECK(error({"--demo", "x", "--mode", "step", "--steps", "-1"}).find("from 0 to") != std::string::npos);
}

TEST_CASE("options: the usage names the staging flags and the help key") {
    const std::string usage = il::gui::gui_usage();
    for (const char* word : {"--mode", "--param", "--schedule", "--steps", "--dump-state", "F1"})
        CHECK_MESSAGE(usage.find(word) != std::string::npos, word);
}

TEST_CASE("options: a .py path opens the window on that program, with or without a mode") {
    CHECK(ok({"prog.py"}).demo == "prog.py");
    const GuiOptions o = ok({"lessons/deadlock.py", "--mode", "step", "--steps", "5"});
    CHECK(o.demo == "lessons/deadlock.py");
    CHECK(o.mode == il::core::DirectorMode::Step);
    CHECK(error({"a.py", "b.py"}) == "open one program or demo at a time");
    CHECK(error({"--demo", "lock.counter_race", "b.py"}) == "open one program or demo at a time");
}

TEST_CASE("options: --find-bug stages a search in step mode, --expect says what it looks for, and misuse is refused") {
    const GuiOptions o = ok({"--demo", "builtin.counter", "--find-bug", "--expect", "counter == expected", "--steps", "5"});
    CHECK(o.find_bug);
    CHECK(o.expect == "counter == expected");
    CHECK(o.mode == il::core::DirectorMode::Step);
    CHECK(o.steps == 5);
    CHECK(ok({"prog.py", "--find-bug"}).find_bug);
    CHECK(error({"--find-bug"}).find("--find-bug needs --demo") == 0);
    CHECK(error({"--demo", "builtin.counter", "--expect", "counter == 1"}).find("--expect needs --find-bug") == 0);
    CHECK(error({"--demo", "builtin.counter", "--find-bug", "--mode", "run"}).find("leave out --mode") != std::string::npos);
    CHECK(error({"--demo", "builtin.counter", "--find-bug", "--expect="}).find("--expect needs a condition") == 0);
    CHECK(il::gui::gui_usage().find("--find-bug") != std::string::npos);
}

TEST_CASE("options: --challenge opens a challenge, with --answer and --schedule plays it, and misuse is refused") {
    const GuiOptions o = ok({"--challenge", "c.toml", "--answer", "1 or 2", "--schedule", "s.schedule", "--steps", "3"});
    CHECK(o.challenge == "c.toml");
    CHECK(o.answer == "1 or 2");
    CHECK(o.schedule == "s.schedule");
    CHECK(o.mode == il::core::DirectorMode::Step);
    CHECK(ok({"--challenge", "c.toml"}).challenge == "c.toml");
    CHECK(error({"--answer", "2"}).find("--answer needs --challenge") == 0);
    CHECK(error({"--challenge", "c.toml", "--demo", "builtin.counter"}).find("leave out --demo") != std::string::npos);
    CHECK(error({"--challenge="}).find("--challenge needs a challenge file") == 0);
}
