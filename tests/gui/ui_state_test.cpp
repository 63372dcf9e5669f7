// tests/gui/ui_state_test.cpp — the pure helpers behind the panels: grouping
// the catalogue, per-demo parameters, the equivalent command line.
#include <doctest.h>

#include "app/gui/shell/ui_state.hpp"

using il::core::DemoInfo;
using il::core::Params;
using il::core::ParamSpec;

namespace {

DemoInfo demo(std::string id, std::string group) {
    DemoInfo d;
    d.id = std::move(id);
    d.group = std::move(group);
    d.title = d.id;
    return d;
}

}  // namespace

TEST_CASE("ui_state: demos are grouped in catalogue order, each group once") {
    const std::vector<DemoInfo> demos{demo("a.1", "A"), demo("a.2", "A"), demo("b.1", "B"), demo("c.1", "C")};
    std::vector<const DemoInfo*> listed;
    for (const DemoInfo& d : demos) listed.push_back(&d);
    const auto groups = il::gui::group_demos(listed);
    REQUIRE(groups.size() == 3);
    CHECK(groups[0].name == "A");
    CHECK(groups[0].demos.size() == 2);
    CHECK(groups[2].demos.front()->id == "c.1");
    CHECK(il::gui::group_demos({}).empty());
}

TEST_CASE("ui_state: the command line spells out only the parameters that differ from the defaults") {
    DemoInfo d = demo("lock.counter", "Lock");
    d.params = {ParamSpec::Int("iterations", 1000, 1, 1000000), ParamSpec::Bool("use_lock", true),
                ParamSpec::Choice("policy", {"fifo", "random order"})};
    Params p(d.params);
    CHECK(il::gui::cli_command(d, p) == "interleave run lock.counter");
    CHECK_FALSE(il::gui::params_differ_from_defaults(d.params, p));
    REQUIRE(p.set(d.params, "use_lock", "false").empty());
    REQUIRE(p.set(d.params, "policy", "random order").empty());
    CHECK(il::gui::params_differ_from_defaults(d.params, p));
    CHECK(il::gui::cli_command(d, p) ==
          "interleave run lock.counter --param use_lock=false --param 'policy=random order'");
}

TEST_CASE("ui_state: shell quoting survives quotes and leaves plain words alone") {
    CHECK(il::gui::shell_quote("n=5") == "n=5");
    CHECK(il::gui::shell_quote("it's") == "'it'\\''s'");
    CHECK(il::gui::shell_quote("") == "''");
    CHECK(il::gui::shell_quote("$HOME") == "'$HOME'");
}

TEST_CASE("ui_state: edited parameters are kept per demo and reset to the defaults") {
    const bool added = il::core::Registry::add([] {
        DemoInfo d = demo("test.state", "Test");
        d.params = {ParamSpec::Int("n", 3, 1, 9)};
        return d;
    }());
    REQUIRE(added);
    const DemoInfo& d = *il::core::Registry::find("test.state");
    il::gui::UiState state;
    CHECK(state.selected() == nullptr);
    state.select("test.state");
    CHECK(state.selected() == &d);
    REQUIRE(state.params_for(d).set(d.params, "n", "8").empty());
    state.select("nope");
    CHECK(state.selected() == nullptr);
    CHECK(state.params_for(d).get_int("n") == 8);
    state.reset_params(d);
    CHECK(state.params_for(d).get_int("n") == 3);
}
