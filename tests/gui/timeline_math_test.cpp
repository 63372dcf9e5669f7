// tests/gui/timeline_math_test.cpp — the timeline's pure helpers, without an
// ImGui context: time↔pixel mapping, zoom and pan, ticks and their labels,
// where trace items sit on the step axis, lane layout, hit testing, and the
// merging of sub-pixel runs.
#include <doctest.h>

#include <algorithm>
#include <span>
#include <string>
#include <vector>

#include "app/gui/timeline/timeline_lane.hpp"
#include "app/gui/timeline/timeline_math.hpp"

using il::core::Axis;
using il::core::StateInterval;
using il::core::WorkerState;
using namespace il::gui;

namespace {

// 1000 px showing [0, 1e6) ns: one pixel is 1000 ns.
TimelineContext ctx_1000px(double t0 = 0.0, double t1 = 1e6, Axis axis = Axis::Ns) {
    return make_context(ImVec2(100.0f, 50.0f), 1000.0f, t0, t1, axis, 1.0f);
}

struct Span {
    double a, b;
};

std::vector<PixelRun> merge(const std::vector<Span>& v, const TimelineContext& ctx, float min_px = 3.0f) {
    std::vector<PixelRun> out;
    merge_subpixel(
        v.size(), [&](size_t i) { return v[i].a; }, [&](size_t i) { return v[i].b; }, ctx, min_px, out);
    return out;
}

StateInterval iv(WorkerState s, int64_t s0, int64_t s1) {
    StateInterval x;
    x.state = s;
    x.s0 = s0;
    x.s1 = s1;
    return x;
}

// Out of line: inlined with constant indices, GCC 12 warns (-Warray-bounds)
// about the guarded look at the next interval.
[[gnu::noinline]] double step_end(std::span<const StateInterval> v, size_t i) {
    return worker_end(v, i, Axis::Step, 9);
}

}  // namespace

TEST_CASE("timeline math: to_px maps the visible range onto the width and from_px inverts it") {
    const TimelineContext ctx = ctx_1000px(2e6, 3e6);
    CHECK(to_px(ctx, 2e6) == doctest::Approx(100.0f));
    CHECK(to_px(ctx, 3e6) == doctest::Approx(1100.0f));
    CHECK(to_px(ctx, 2.5e6) == doctest::Approx(600.0f));
    for (float x : {100.0f, 345.5f, 1099.0f}) CHECK(to_px(ctx, from_px(ctx, x)) == doctest::Approx(x));
    CHECK(ctx.px_per_unit == doctest::Approx(1e-3));
}

TEST_CASE("timeline math: x is clamped to [-10, width + 10] px, scaled, so far-away items never overflow") {
    TimelineContext ctx = ctx_1000px();
    CHECK(to_px(ctx, -1e30) == doctest::Approx(90.0f));
    CHECK(to_px(ctx, 1e30) == doctest::Approx(1110.0f));
    ctx.scale = 2.0f;
    CHECK(to_px(ctx, -1e30) == doctest::Approx(80.0f));
}

TEST_CASE("timeline math: zooming around a point keeps that point at the same pixel") {
    const ViewRange v{1000.0, 5000.0};
    for (double anchor : {1000.0, 1700.0, 4999.0}) {
        for (double factor : {0.5, 0.8, 1.25, 3.0}) {
            const ViewRange z = zoom_around(v, anchor, factor, 1.0, 1e9);
            CHECK(z.span() == doctest::Approx(v.span() * factor));
            const TimelineContext before = make_context(ImVec2(0, 0), 800.0f, v.t0, v.t1, Axis::Ns, 1.0f);
            const TimelineContext after = make_context(ImVec2(0, 0), 800.0f, z.t0, z.t1, Axis::Ns, 1.0f);
            CHECK(to_px(after, anchor) == doctest::Approx(to_px(before, anchor)).epsilon(1e-4));
        }
    }
}

TEST_CASE("timeline math: zoom stops at the narrowest and widest spans") {
    const ViewRange v{0.0, 1000.0};
    CHECK(zoom_around(v, 500.0, 1e-9, min_span(Axis::Ns), 1e6).span() == doctest::Approx(min_span(Axis::Ns)));
    CHECK(zoom_around(v, 500.0, 1e9, 1.0, 4000.0).span() == doctest::Approx(4000.0));
    CHECK(min_span(Axis::Step) >= 1.0);
    CHECK(wheel_zoom_factor(1.0f) < 1.0);   // wheel up zooms in
    CHECK(wheel_zoom_factor(-1.0f) > 1.0);
    CHECK(wheel_zoom_factor(1.0f) * wheel_zoom_factor(-1.0f) == doctest::Approx(1.0));
}

TEST_CASE("timeline math: dragging right by N px shows times N px earlier") {
    const ViewRange v = pan_by_px({1000.0, 2000.0}, 100.0f, 0.5);  // 0.5 px per unit: 100 px = 200 units
    CHECK(v.t0 == doctest::Approx(800.0));
    CHECK(v.t1 == doctest::Approx(1800.0));
}

TEST_CASE("timeline math: fit all shows [0, end] with a margin — following keeps the span at the end") {
    const ViewRange f = fit_all(1'000'000, Axis::Ns);
    CHECK(f.t0 == 0.0);
    CHECK(f.t1 >= 1'000'000.0);
    CHECK(f.t1 < 1'100'000.0);
    CHECK(fit_all(0, Axis::Step).span() >= min_span(Axis::Step));  // an empty run still has a range
    const ViewRange g = follow_end({0.0, 100.0}, 1000, Axis::Step);
    CHECK(g.span() == doctest::Approx(100.0));
    CHECK(g.t1 >= 1000.0);
    CHECK(follow_end({0.0, 100.0}, 50, Axis::Step) == ViewRange{0.0, 100.0});  // still fits: no scrolling
}

TEST_CASE("timeline math: tick steps are 1, 2 or 5 times a power of ten and at least the minimum apart") {
    CHECK(nice_tick_step(1e-3, 90.0f) == doctest::Approx(1e5));    // 90 µs → 100 µs
    CHECK(nice_tick_step(1e-3, 150.0f) == doctest::Approx(2e5));   // 150 µs → 200 µs
    CHECK(nice_tick_step(1e-3, 300.0f) == doctest::Approx(5e5));   // 300 µs → 500 µs
    CHECK(nice_tick_step(50.0, 90.0f) == doctest::Approx(2.0));    // 50 px per step
    CHECK(nice_tick_step(500.0, 90.0f) == doctest::Approx(1.0));   // never below one unit
    for (double ppu : {1e-9, 3.3e-6, 0.07, 1.0, 42.0}) {
        const double s = nice_tick_step(ppu, 90.0f);
        CHECK(s * ppu >= 90.0 - 1e-6);
        CHECK(s * ppu < 90.0 * 2.5 + 1e-6);  // not needlessly coarse
    }
}

TEST_CASE("timeline math: tick labels use one unit per axis, chosen from the step") {
    CHECK(format_tick(0.0, 1e5, Axis::Ns) == "0");
    CHECK(format_tick(5e5, 1e5, Axis::Ns) == "0.5 ms");
    CHECK(format_tick(3e6, 1e6, Axis::Ns) == "3 ms");
    CHECK(format_tick(1500.0, 500.0, Axis::Ns) == "1.5 \xC2\xB5s");
    CHECK(format_tick(40.0, 20.0, Axis::Ns) == "40 ns");
    CHECK(format_tick(2e9, 1e9, Axis::Ns) == "2 s");
    CHECK(format_tick(12.0, 2.0, Axis::Step) == "12");
}

TEST_CASE("timeline math: durations read in the largest unit that keeps them at least 1") {
    CHECK(format_duration(850, Axis::Ns) == "850 ns");
    CHECK(format_duration(12'300'000, Axis::Ns) == "12.3 ms");
    CHECK(format_duration(1'200'000'000, Axis::Ns) == "1.20 s");
    CHECK(format_duration(250'000, Axis::Ns) == "250 \xC2\xB5s");
    CHECK(format_duration(1, Axis::Step) == "1 step");
    CHECK(format_duration(3, Axis::Step) == "3 steps");
    CHECK(describe_span(4.0, 5.0, Axis::Step) == "step 5");
    CHECK(describe_span(2.0, 5.0, Axis::Step) == "steps 3 to 5 (3 steps)");
}

TEST_CASE("timeline math: on the step axis a granted step is the column before its number") {
    // Thread-1 of builtin.deadlock, stepped: its intervals as the store records them
    // (a Running interval is zero-length: everything it did carries the step's number).
    const std::vector<StateInterval> v = {iv(WorkerState::New, 1, 2),     iv(WorkerState::Running, 2, 2),
                                          iv(WorkerState::Ready, 2, 3),   iv(WorkerState::Running, 3, 3),
                                          iv(WorkerState::Ready, 3, 5),   iv(WorkerState::Running, 5, 5),
                                          iv(WorkerState::Sleeping, 5, 5), iv(WorkerState::Running, 5, 5),
                                          iv(WorkerState::Blocked, 5, il::core::kOpenEnd)};
    CHECK(worker_start(v, 1, Axis::Step) == 1.0);  // granted step 2: the column [1, 2)
    CHECK(step_end(v, 1) == 2.0);
    CHECK(step_end(v, 0) == 1.0);  // not started until then
    CHECK(worker_start(v, 4, Axis::Step) == 3.0);  // ready after its step 3
    CHECK(step_end(v, 4) == 4.0);  // … until granted step 5
    CHECK(worker_start(v, 7, Axis::Step) == 5.0);  // running again within step 5 (after the sleep): no shift
    CHECK(step_end(v, 8) == 9.0);  // the open interval lasts to the end
    std::vector<double> starts;
    for (size_t i = 0; i < v.size(); ++i) starts.push_back(worker_start(v, i, Axis::Step));
    CHECK(std::is_sorted(starts.begin(), starts.end()));  // sorted, so the merge may search it
}

TEST_CASE("timeline math: lane layout stacks lanes with gaps and finds the lane under y") {
    LaneLayout l(3.0f);
    l.add(28.0f);
    l.add(56.0f);
    l.add(28.0f);
    CHECK(l.top(1) == doctest::Approx(31.0f));
    CHECK(l.top(2) == doctest::Approx(90.0f));
    CHECK(l.total() == doctest::Approx(118.0f));
    CHECK(l.lane_at(0.0f) == 0u);
    CHECK(l.lane_at(27.9f) == 0u);
    CHECK_FALSE(l.lane_at(29.0f).has_value());  // in the gap
    CHECK(l.lane_at(31.0f) == 1u);
    CHECK(l.lane_at(117.0f) == 2u);
    CHECK_FALSE(l.lane_at(-1.0f).has_value());
    CHECK_FALSE(l.lane_at(118.5f).has_value());
}

TEST_CASE("timeline math: N intervals narrower than a pixel become one run that counts N") {
    std::vector<Span> v;
    for (int i = 0; i < 1000; ++i) v.push_back({1e5 + i, 1e5 + i + 1});  // 1000 × 1 ns = one pixel
    v.push_back({1e5 + 1000, 5e5});                                       // then a wide one
    const auto runs = merge(v, ctx_1000px());
    REQUIRE(runs.size() == 2);
    CHECK(runs[0].count() == 1000);
    CHECK(runs[0].condensed());
    CHECK(runs[0].x1 - runs[0].x0 >= 3.0f);  // the minimum visible width
    CHECK(runs[1].count() == 1);
    CHECK(runs[1].first == 1000);
}

TEST_CASE("timeline math: wide intervals stay one run each — items outside the view are culled") {
    std::vector<Span> v = {{-5e5, -1e5}, {0, 1e5}, {1e5, 2e5}, {2e5, 9e5}, {2e6, 3e6}};
    const auto runs = merge(v, ctx_1000px());
    REQUIRE(runs.size() == 3);
    CHECK(runs[0].first == 1);
    CHECK(runs[2].first == 3);
    CHECK(runs[1].x0 == doctest::Approx(200.0f));
    CHECK(runs[1].x1 == doctest::Approx(300.0f));
}

TEST_CASE("timeline math: a million tiny intervals merge into about width / min_px runs") {
    const size_t n = 1'000'000;
    std::vector<PixelRun> out;
    merge_subpixel(
        n, [](size_t i) { return static_cast<double>(i); }, [](size_t i) { return static_cast<double>(i + 1); },
        ctx_1000px(), 3.0f, out);
    CHECK(out.size() <= 1000 / 3 + 2);
    size_t total = 0;
    for (const PixelRun& r : out) total += r.count();
    CHECK(total == n);  // every interval is in exactly one run
}

TEST_CASE("timeline math: instants (zero length) do not start runs of their own") {
    const std::vector<Span> v = {{100.0, 100.0}, {100.0, 5e5}, {5e5, 5e5}};
    const auto runs = merge(v, ctx_1000px());
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].first == 1);
}

TEST_CASE("timeline math: a condensed run takes the colour of what covers most of it") {
    const std::vector<int> key = {1, 2, 2, 3};
    const std::vector<Span> v = {{0, 10}, {10, 11}, {11, 12}, {12, 40}};
    const int k = dominant_key(
        0, 4, [&](size_t i) { return key[i]; }, [&](size_t i) { return v[i].a; }, [&](size_t i) { return v[i].b; });
    CHECK(k == 3);
}

TEST_CASE("timeline math: hit testing finds the run or marker under the mouse") {
    const std::vector<PixelRun> runs = {{0, 1, 10.0f, 50.0f}, {1, 5, 48.0f, 51.0f}, {5, 6, 60.0f, 60.0f}};
    CHECK(hit_run(runs, 30.0f) == 0u);
    CHECK(hit_run(runs, 49.0f) == 1u);  // overlapping: the one drawn last wins
    CHECK(hit_run(runs, 60.5f) == 2u);  // a zero-width run is still one pixel wide
    CHECK_FALSE(hit_run(runs, 55.0f).has_value());
    const std::vector<PointHit> points = {{0, 1, 0, 100.0f}, {1, 3, 1, 120.0f}};
    CHECK(hit_point(points, 104.0f, 7.0f) == 0u);
    CHECK(hit_point(points, 113.0f, 7.0f) == 1u);
    CHECK_FALSE(hit_point(points, 140.0f, 7.0f).has_value());
}

TEST_CASE("timeline math: a tooltip's source line is the trimmed line, or nothing") {
    const std::string src = "int a;\n    lock_b.acquire();  \n\nlast";
    CHECK(source_line(src, 2) == "lock_b.acquire();");
    CHECK(source_line(src, 3).empty());
    CHECK(source_line(src, 4) == "last");
    CHECK(source_line(src, 9).empty());
    CHECK(source_line(src, 0).empty());
}
