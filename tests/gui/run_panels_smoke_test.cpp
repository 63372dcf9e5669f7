// tests/gui/run_panels_smoke_test.cpp — the run-fed panels in the real
// `interleave` window under Xvfb: a staged screenshot of the two-lock
// deadlock must show the wait-for graph's red banner and cycle, and the
// workers' own colours (source markers, console lines, graph dots). A blank
// or unpainted panel fails it.
#include <doctest.h>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
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

struct Rect {
    int x = 0, y = 0, w = 0, h = 0;
    bool shown = true;  // on screen, not a tab behind another panel
};

// The "panel: TITLE | x y w h" lines of a --dump-state file.
std::map<std::string, Rect> panel_rects(const std::string& dump) {
    std::map<std::string, Rect> out;
    std::ifstream in(dump);
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("panel: ", 0) != 0) continue;
        const size_t bar = line.find(" | ");
        if (bar == std::string::npos) continue;
        Rect r;
        std::string where;
        std::istringstream(line.substr(bar + 3)) >> r.x >> r.y >> r.w >> r.h >> where;
        r.shown = where == "shown";
        out[line.substr(7, bar - 7)] = r;
    }
    return out;
}

struct Crop {
    size_t pixels = 0, distinct = 0, most_common = 0;
};

// The colours inside `r` (clipped to the image).
Crop crop_stats(const il::gui::Image& img, Rect r) {
    std::map<uint32_t, size_t> counts;
    const auto ch = static_cast<size_t>(img.channels);
    for (int y = std::max(r.y, 0); y < std::min(r.y + r.h, img.height); ++y)
        for (int x = std::max(r.x, 0); x < std::min(r.x + r.w, img.width); ++x) {
            const size_t i = (static_cast<size_t>(y) * static_cast<size_t>(img.width) + static_cast<size_t>(x)) * ch;
            ++counts[uint32_t{img.pixels[i]} << 16 | uint32_t{img.pixels[i + 1]} << 8 | img.pixels[i + 2]];
        }
    Crop c;
    for (const auto& [colour, n] : counts) {
        c.pixels += n;
        c.most_common = std::max(c.most_common, n);
    }
    c.distinct = counts.size();
    return c;
}

// Pixels of exactly `c` inside `r`.
size_t colour_in(const il::gui::Image& img, Rgb c, Rect r) {
    size_t n = 0;
    const auto ch = static_cast<size_t>(img.channels);
    for (int y = std::max(r.y, 0); y < std::min(r.y + r.h, img.height); ++y)
        for (int x = std::max(r.x, 0); x < std::min(r.x + r.w, img.width); ++x) {
            const size_t i = (static_cast<size_t>(y) * static_cast<size_t>(img.width) + static_cast<size_t>(x)) * ch;
            n += img.pixels[i] == c.r && img.pixels[i + 1] == c.g && img.pixels[i + 2] == c.b;
        }
    return n;
}

}  // namespace

TEST_CASE("smoke: every panel of a stepped deadlock draws something — none is blank or one colour") {
    TempDir dir("panels_each");
    const std::string png = (dir.path / "panels.png").string(), dump = (dir.path / "state.txt").string();
    const il::test::EnvChanges env = {{"XDG_CONFIG_HOME", (dir.path / "config").string()}};
    ChildResult r;
    if (!il::test::interleave_on_xvfb({"--demo", "deadlock.two_locks", "--mode", "step", "--steps", "200",
                                       "--screenshot", png, "--dump-state", dump, "--size", "1600x1000",
                                       "--reset-layout"},
                                      env, dir.path.string(), r))
        return;
    CAPTURE(r.err);
    REQUIRE(r.exit_code == 0);
    const auto decoded = il::test::decode_png(il::test::read_file(png));
    const auto rects = panel_rects(dump);
    int shown = 0;
    for (const char* title : {"Demos", "Run controls", "Timeline", "Wait-for graph", "Source", "Console", "Inspector",
                              "Process tree"}) {
        CAPTURE(title);
        REQUIRE(rects.count(title) == 1);
        const Rect at = rects.at(title);
        if (!at.shown) continue;  // a tab behind the lesson's view
        ++shown;
        CHECK(at.w >= 200);
        CHECK(at.h >= 100);
        // The content below the tab bar (a panel that drew nothing would be its background alone).
        constexpr int kTabBar = 36;
        const Crop c = crop_stats(decoded.image, Rect{at.x, at.y + kTabBar, at.w, at.h - kTabBar});
        INFO(title, ": ", c.distinct, " colours, the commonest ", c.most_common * 100 / std::max<size_t>(c.pixels, 1), "%");
        CHECK(c.pixels == static_cast<size_t>(at.w) * static_cast<size_t>(at.h - kTabBar));  // on screen, whole
        CHECK(c.distinct >= 100);                    // text, widgets and the run's colours: ~1000-2800 seen
        CHECK(c.most_common * 100 < c.pixels * 90);  // the background: 43-80% seen; a panel left empty is ~100%
    }
    CHECK(shown == 5);  // the catalogue, the controls and the lesson's three views
}

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
    const auto decoded = il::test::decode_png(il::test::read_file(png));
    // The banner naming the cycle alone is thousands of pixels of the cycle's red.
    CHECK(count_colour(decoded.image, kCycleRed) > 5000);
    // Thread-1 and Thread-2 (workers 1 and 2): their markers, console lines and graph dots.
    CHECK(count_colour(decoded.image, kThread1) > 300);
    CHECK(count_colour(decoded.image, kThread2) > 300);
}

TEST_CASE("smoke: in Chinese, a stepped deadlock fills every panel, names its cycle, and no character lacks a glyph") {
    TempDir dir("panels_zh");
    const std::string png = (dir.path / "panels.png").string(), dump = (dir.path / "state.txt").string();
    const il::test::EnvChanges env = {{"XDG_CONFIG_HOME", (dir.path / "config").string()}};
    ChildResult r;
    if (!il::test::interleave_on_xvfb({"--lang", "zh", "--demo", "deadlock.two_locks", "--mode", "step", "--steps",
                                       "200", "--screenshot", png, "--dump-state", dump, "--size", "1280x800",
                                       "--reset-layout"},
                                      env, dir.path.string(), r))
        return;
    CAPTURE(r.err);
    REQUIRE(r.exit_code == 0);
    std::ifstream dump_in(dump);
    const std::string state((std::istreambuf_iterator<char>(dump_in)), std::istreambuf_iterator<char>());
    CHECK(state.find("language: zh-CN\n") != std::string::npos);
    // Every character of every Chinese text is in the UI and code fonts (the
    // CJK font merged): none would be drawn as the missing-glyph box.
    CHECK(state.find("missing_glyphs: 0\n") != std::string::npos);
    const auto decoded = il::test::decode_png(il::test::read_file(png));
    CHECK(count_colour(decoded.image, kCycleRed) > 3000);  // the cycle's banner, in Chinese
    const auto rects = panel_rects(dump);
    REQUIRE(rects.size() == 8);
    for (const auto& [title, at] : rects) {
        CAPTURE(title);
        if (!at.shown) continue;
        constexpr int kTabBar = 36;
        const Crop c = crop_stats(decoded.image, Rect{at.x, at.y + kTabBar, at.w, at.h - kTabBar});
        CHECK(c.pixels == static_cast<size_t>(at.w) * static_cast<size_t>(at.h - kTabBar));
        CHECK(c.distinct >= 100);
        CHECK(c.most_common * 100 < c.pixels * 90);
    }
}

// The lesson's focus, in the real window: five lessons at a projector's
// 1280x720, and in presentation mode at 1024x768. Each view the lesson is
// about is on screen, large, and painted; the two-lock cycle's red is inside
// the wait-for graph, the queue's fill inside the timeline.
TEST_CASE("smoke: five lessons at projector sizes, with and without presentation mode, show their focus in their panels") {
    struct Lesson {
        const char* demo;
        std::vector<const char*> views;  // the first is the largest
        std::vector<std::string> params;
    };
    const std::vector<Lesson> lessons = {
        {"gil.convoy", {"Timeline", "Console", "Source"}, {}},
        {"deadlock.two_locks", {"Wait-for graph", "Source", "Timeline"}, {}},
        {"fork.two_forks", {"Process tree", "Console", "Source"}, {}},
        {"pool.apply_vs_async", {"Timeline", "Console", "Source"}, {"tasks=4"}},
        {"queue.producer_consumer", {"Timeline", "Inspector", "Source"}, {"items=6"}},
    };
    constexpr Rgb kQueueItems{150, 140, 215};  // colour::kQueueLevel (theme.hpp)
    for (const auto& [size, present] : {std::pair{"1280x720", false}, std::pair{"1024x768", true}}) {
        for (const Lesson& l : lessons) {
            CAPTURE(l.demo);
            CAPTURE(size);
            TempDir dir("lesson");
            const std::string png = (dir.path / "lesson.png").string(), dump = (dir.path / "state.txt").string();
            std::vector<std::string> args = {"--demo", l.demo, "--mode", "step", "--steps", "400", "--screenshot", png,
                                             "--dump-state", dump, "--size", size, "--reset-layout"};
            for (const std::string& p : l.params) args.insert(args.end(), {"--param", p});
            if (present) args.push_back("--present");
            ChildResult r;
            if (!il::test::interleave_on_xvfb(args, {{"XDG_CONFIG_HOME", (dir.path / "config").string()}},
                                              dir.path.string(), r))
                return;
            CAPTURE(r.err);
            REQUIRE(r.exit_code == 0);
            const auto decoded = il::test::decode_png(il::test::read_file(png));
            const auto rects = panel_rects(dump);
            const int width = decoded.image.width, height = decoded.image.height;
            for (const char* view : l.views) {
                CAPTURE(view);
                REQUIRE(rects.count(view) == 1);
                const Rect at = rects.at(view);
                CHECK(at.shown);
                CHECK(at.w >= width / 4);
                CHECK(at.h >= height / 4);
                const Crop c = crop_stats(decoded.image, Rect{at.x, at.y + 36, at.w, at.h - 36});
                CHECK(c.distinct >= 60);
                CHECK(c.most_common * 100 < c.pixels * 92);
            }
            const Rect main = rects.at(l.views[0]);
            CHECK(main.w * main.h >= rects.at(l.views[1]).w * rects.at(l.views[1]).h);
            if (std::string(l.demo) == "deadlock.two_locks")
                CHECK(colour_in(decoded.image, kCycleRed, main) > 1000);
            if (std::string(l.demo) == "queue.producer_consumer")
                CHECK(colour_in(decoded.image, kQueueItems, main) > 50);
        }
    }
}
