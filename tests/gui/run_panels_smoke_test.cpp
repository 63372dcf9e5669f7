// tests/gui/run_panels_smoke_test.cpp — the run-fed panels in the real
// `interleave` window under Xvfb: a staged screenshot of the two-lock
// deadlock must show the wait-for graph's red banner and cycle, and the
// workers' own colours (source markers, console lines, graph dots). A blank
// or unpainted panel fails it.
#include <doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "png_reader.hpp"
#include "smoke_util.hpp"

using il::test::ChildResult;
using il::test::TempDir;
using il::test::count_colour;
using il::test::Rgb;

namespace {

// This binary links no ImGui, so the colours are spelled out here:
constexpr Rgb kCycleRed{213, 94, 0};       // colour::kDeadlockCycle (theme.hpp)
constexpr Rgb kThread1{119, 170, 221};     // worker_colour(1) (worker_colors.cpp)
constexpr Rgb kThread2{238, 136, 102};     // worker_colour(2)

}  // namespace

TEST_CASE("smoke: a staged two-lock deadlock paints the graph's red cycle and the workers' colours") {
    TempDir dir("run_panels");
    const std::string png = (dir.path / "deadlock.png").string();
    const il::test::EnvChanges env = {{"XDG_CONFIG_HOME", (dir.path / "config").string()}};
    ChildResult r;
    if (!il::test::interleave_on_xvfb({"--demo", "deadlock.two_locks", "--mode", "step", "--steps", "200",
                                       "--screenshot", png, "--size", "1600x1000", "--reset-layout"},
                                      env, dir.path.string(), r))
        return;
    CAPTURE(r.err);
    REQUIRE(r.exit_code == 0);
    const auto decoded = il::test::decode_stored_png(il::test::read_file(png));
    // The banner naming the cycle alone is thousands of pixels of the cycle's red.
    CHECK(count_colour(decoded.image, kCycleRed) > 5000);
    // Thread-1 and Thread-2 (workers 1 and 2): their markers, console lines and graph dots.
    CHECK(count_colour(decoded.image, kThread1) > 300);
    CHECK(count_colour(decoded.image, kThread2) > 300);
}
