// tests/gui/window_smoke_test.cpp — the real `interleave` executable: flags,
// the no-display message, and a real window under Xvfb (OpenGL through Mesa)
// whose screenshot must show the docked panels, plus the layout file it keeps.
#include <doctest.h>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>

#include "child_process.hpp"
#include "png_reader.hpp"
#include "smoke_util.hpp"

namespace fs = std::filesystem;
using il::test::run_child;

namespace {

using il::test::kExe;
using il::test::TempDir;
const il::test::EnvChanges kNoDisplay = {{"DISPLAY", std::nullopt}, {"WAYLAND_DISPLAY", std::nullopt}};

bool contains(const std::string& s, const std::string& needle) { return s.find(needle) != std::string::npos; }
size_t lines(const std::string& s) { return static_cast<size_t>(std::count(s.begin(), s.end(), '\n')); }

using il::test::interleave_on_xvfb;

bool has_colour(const il::gui::Image& img, uint8_t r, uint8_t g, uint8_t b) {
    for (size_t i = 0; i + 2 < img.pixels.size(); i += 3)
        if (img.pixels[i] == r && img.pixels[i + 1] == g && img.pixels[i + 2] == b) return true;
    return false;
}

}  // namespace

TEST_CASE("window: --help prints the usage on stdout and exits 0") {
    const auto r = run_child({kExe, "--help"}, kNoDisplay);
    CHECK(r.exit_code == 0);
    CHECK(contains(r.out, "Usage:"));
    CHECK(contains(r.out, "--screenshot"));
    CHECK(r.err.empty());
}

TEST_CASE("window: an unknown flag exits 2 with its name and the usage") {
    const auto r = run_child({kExe, "--bogus"}, {});
    CHECK(r.exit_code == 2);
    CHECK(contains(r.err, "interleave: unknown option '--bogus'"));
    CHECK(contains(r.err, "Usage:"));
    CHECK(r.out.empty());
}

TEST_CASE("window: a bad flag value exits 2 and says what was expected") {
    const auto frames = run_child({kExe, "--screenshot", "x.png", "--frames", "abc"}, {});
    CHECK(frames.exit_code == 2);
    CHECK(contains(frames.err, "--frames needs a whole number"));
    const auto size = run_child({kExe, "--size", "big"}, {});
    CHECK(size.exit_code == 2);
    CHECK(contains(size.err, "WIDTHxHEIGHT"));
}

TEST_CASE("window: --demo with an unknown id exits 2 and points to `interleave list`") {
    const auto r = run_child({kExe, "--demo", "no.such.demo"}, {});
    CHECK(r.exit_code == 2);
    CHECK(contains(r.err, "no demo 'no.such.demo'"));
    CHECK(contains(r.err, "interleave list"));
}

TEST_CASE("window: with no display it says so in one line, points to the CLI and exits 2") {
    const auto r = run_child({kExe}, kNoDisplay);
    CAPTURE(r.err);
    CHECK(r.exit_code == 2);
    CHECK(lines(r.err) == 1);
    CHECK(contains(r.err, "no display"));
    CHECK(contains(r.err, "interleave list"));
    CHECK(contains(r.err, "interleave run DEMO"));
}

TEST_CASE("window: a display that cannot be opened gives GLFW's reason in one line and exits 2") {
    const auto r = run_child({kExe}, {{"DISPLAY", ":4747"}, {"WAYLAND_DISPLAY", std::nullopt}});
    CAPTURE(r.err);
    CHECK(r.exit_code == 2);
    CHECK(lines(r.err) == 1);
    CHECK(contains(r.err, "cannot open a window"));
    CHECK(contains(r.err, "interleave list"));
}

TEST_CASE("window: --screenshot under Xvfb writes a PNG of the docked panels and saves no settings") {
    TempDir dir("screenshot");
    const std::string png = (dir.path / "shot.png").string();
    const il::test::EnvChanges env = {{"XDG_CONFIG_HOME", (dir.path / "config").string()}};
    il::test::ChildResult r;
    if (!interleave_on_xvfb({"--screenshot", png, "--size", "1280x800", "--frames", "5"}, env, dir.path.string(), r)) return;
    CAPTURE(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(contains(r.out, "wrote"));
    const auto decoded = il::test::decode_png(il::test::read_file(png));
    const il::gui::Image& img = decoded.image;
    CHECK(img.width == 1280);
    CHECK(img.height == 800);

    // Not blank, not uniform: text and panels give many colours and contrast.
    std::set<uint32_t> colours;
    double sum = 0, sum_sq = 0;
    for (size_t i = 0; i + 2 < img.pixels.size(); i += 3) {
        colours.insert(uint32_t{img.pixels[i]} << 16 | uint32_t{img.pixels[i + 1]} << 8 | img.pixels[i + 2]);
        const double luma = 0.2126 * img.pixels[i] + 0.7152 * img.pixels[i + 1] + 0.0722 * img.pixels[i + 2];
        sum += luma;
        sum_sq += luma * luma;
    }
    const double n = static_cast<double>(img.pixels.size() / 3);
    const double stddev = std::sqrt(std::max(0.0, sum_sq / n - (sum / n) * (sum / n)));
    CHECK(colours.size() >= 64);
    CHECK(stddev > 8.0);
    // The first lesson (a fork demo) opens on the process tree: its legend is on screen.
    CHECK(has_colour(img, 0, 158, 115));    // colour::kRunning
    CHECK(has_colour(img, 204, 121, 167));  // colour::kOrphan

    CHECK_FALSE(fs::exists(dir.path / "config"));  // screenshots use the default layout and save nothing
    CHECK_FALSE(fs::exists(dir.path / "imgui.ini"));
}

TEST_CASE("window: the layout and window size are kept in XDG_CONFIG_HOME, never the working directory") {
    TempDir dir("settings");
    const fs::path config = dir.path / "config";
    const fs::path ini = config / "interleave" / "layout.ini";
    const il::test::EnvChanges env = {{"XDG_CONFIG_HOME", config.string()}};
    il::test::ChildResult r;
    if (!interleave_on_xvfb({"--frames", "3", "--size", "900x640"}, env, dir.path.string(), r)) return;
    CAPTURE(r.err);
    REQUIRE(r.exit_code == 0);
    REQUIRE(fs::exists(ini));
    CHECK_FALSE(fs::exists(dir.path / "imgui.ini"));
    std::string text;
    for (uint8_t c : il::test::read_file(ini.string())) text += static_cast<char>(c);
    CHECK(contains(text, "[Docking][Data]"));
    CHECK(contains(text, "[Interleave][Window]"));
    CHECK(contains(text, "Size=900,640"));

    // A second start without --size restores that size (and saves it again).
    if (!interleave_on_xvfb({"--frames", "3"}, env, dir.path.string(), r)) return;
    REQUIRE(r.exit_code == 0);
    text.clear();
    for (uint8_t c : il::test::read_file(ini.string())) text += static_cast<char>(c);
    CHECK(contains(text, "Size=900,640"));
}
