// tests/gui/timeline_smoke_test.cpp — the Timeline panel in the real window
// under Xvfb: a stepped two-lock deadlock staged headless (--screenshot), and
// the picture checked for what the timeline must show — its lanes, running
// and blocked workers, both locks held while the other worker waits, the
// deadlock tag — by counting pixels of the theme's colours (theme.hpp).
#include <doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "png_reader.hpp"
#include "smoke_util.hpp"

namespace {

using il::test::count_colour;
using il::test::Rgb;

// colour:: values from app/gui/shell/theme.hpp.
constexpr Rgb kLaneBackground{28, 30, 37}, kLaneBackgroundAlt{34, 36, 44};
constexpr Rgb kRunning{0, 158, 115}, kBlocked{230, 159, 0}, kHoldsContended{240, 228, 66};
constexpr Rgb kMarkerAlert{213, 94, 0};

}  // namespace

TEST_CASE("timeline smoke: a stepped deadlock's screenshot shows lanes, blocked workers and both locks contended") {
    il::test::TempDir dir("timeline");
    const std::string png = (dir.path / "timeline.png").string();
    il::test::ChildResult r;
    if (!il::test::interleave_on_xvfb({"--demo", "builtin.deadlock", "--mode", "step", "--steps", "40",
                                       "--screenshot", png, "--size", "1600x1000", "--reset-layout"},
                                      {{"XDG_CONFIG_HOME", dir.path.string()}}, dir.path.string(), r))
        return;
    CAPTURE(r.err);
    REQUIRE(r.exit_code == 0);
    const il::gui::Image image = il::test::decode_png(il::test::read_file(png)).image;
    CHECK(count_colour(image, kLaneBackground) + count_colour(image, kLaneBackgroundAlt) > 20'000);  // not blank: lanes
    CHECK(count_colour(image, kRunning) > 2'000);
    CHECK(count_colour(image, kBlocked) > 4'000);         // three workers end blocked
    CHECK(count_colour(image, kHoldsContended) > 2'000);  // lock_a and lock_b, each with a waiter
    CHECK(count_colour(image, kMarkerAlert) > 300);       // the deadlock line and tag (and the graph's banner)
}
