// bench/timeline_bench.cpp — CPU time of one frame of the real Timeline
// (app/gui/timeline/timeline.hpp: the code the Timeline panel runs) drawn with ImGui's
// null backend in a 1600x900 window over a TraceStore holding 1,000,000
// synthetic events: 8 threads taking 4 locks in turn (blocked, holding,
// handing off), a queue filling and draining, sleeps and prints. The target
// (issue 4) is ≤ 4 ms per frame; figures are in bench/README.md.
//
// Each iteration is a whole ImGui frame (NewFrame … Render); BM_EmptyFrame is
// the same frame without the timeline, to see what the timeline itself costs.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <string>

#include "app/gui/shell/fonts.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/timeline/timeline.hpp"
#include "core/trace/trace.hpp"
#include "imgui.h"
#include "imgui_impl_null.h"

namespace {

using namespace il::core;

constexpr size_t kEvents = 1'000'000;
constexpr uint16_t kWorkers = 8;
constexpr uint32_t kLocks = 4, kQueue = kLocks, kCapacity = 16;
constexpr uint64_t kNsPerEvent = 100;
constexpr size_t kPrintEvery = 97;
constexpr ImVec2 kDisplay(1600.0f, 900.0f);

TraceEvent event(size_t i, EventKind k, uint32_t object, int64_t value = 0) {
    TraceEvent e{};
    e.seq = i + 1;
    e.tsc = i * kNsPerEvent;
    e.worker = static_cast<uint16_t>(i % kWorkers);
    e.kind = k;
    e.object = object;
    e.value = value;
    e.line = 10 + static_cast<uint32_t>(i % 9);
    return e;
}

// A lock-heavy run: each worker blocks on its lock, obtains it, puts or gets,
// releases, sleeps; every kPrintEvery-th event is a print.
void fill(TraceStore& s) {
    s.set_run_info({"bench.timeline", "run", {}});
    for (uint16_t w = 0; w < kWorkers; ++w) {
        WorkerInfo info;
        info.name = "Thread-" + std::to_string(w + 1);
        info.known = true;
        s.set_worker(w, info);
    }
    for (uint32_t o = 0; o <= kLocks; ++o) {
        ObjectInfo info;
        info.name = o < kLocks ? "lock_" + std::to_string(o) : std::string("jobs");
        info.kind = o < kLocks ? ObjectKind::Lock : ObjectKind::Queue;
        info.capacity = o < kLocks ? 0 : kCapacity;
        info.known = true;
        s.set_object(o, info);
    }
    int64_t level = 0;
    for (size_t i = 0; i < kEvents; ++i) {
        const uint32_t lock = (i % kWorkers) % kLocks;
        const bool producer = (i % kWorkers) % 2 == 1;
        if (i % kPrintEvery == 0) {
            s.append(event(i, EventKind::Print, kNoObject), "working\n");
            continue;
        }
        switch ((i / kWorkers) % 6) {
            case 0: s.append(event(i, EventKind::Block, lock)); break;
            case 1: s.append(event(i, EventKind::Obtain, lock, 1)); break;
            case 2:
                level = producer ? std::min<int64_t>(level + 1, kCapacity) : std::max<int64_t>(level - 1, 0);
                s.append(event(i, producer ? EventKind::QueuePut : EventKind::QueueGet, kQueue, level));
                break;
            case 3: s.append(event(i, EventKind::Release, lock)); break;
            case 4: s.append(event(i, EventKind::SleepBegin, kNoObject, 1000)); break;
            default: s.append(event(i, EventKind::SleepEnd, kNoObject)); break;
        }
    }
    s.finish();
}

const TraceStore& store_1m() {
    static const TraceStore store = [] {
        TraceStore s;
        fill(s);
        return s;
    }();
    return store;
}

// An ImGui context with the null backend, the window's style and fonts.
class NullUi {
public:
    NullUi() {
        ImGui::CreateContext();
        ImGui::GetIO().IniFilename = nullptr;
        il::gui::apply_style();
        il::gui::load_fonts();
        ImGui_ImplNull_Init();
    }
    ~NullUi() {
        ImGui_ImplNull_Shutdown();
        ImGui::DestroyContext();
    }
    NullUi(const NullUi&) = delete;
    NullUi& operator=(const NullUi&) = delete;

    // One frame; the timeline fills a window the size of the display. Returns the vertices drawn.
    int frame(il::gui::Timeline* timeline, const il::gui::TimelineFeed& feed) {
        ImGui_ImplNull_NewFrame();
        ImGui::GetIO().DisplaySize = kDisplay;
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(kDisplay);
        ImGui::Begin("Timeline", nullptr, ImGuiWindowFlags_NoDecoration);
        if (timeline) timeline->draw(feed);
        ImGui::End();
        ImGui::Render();
        ImGui_ImplNullRender_RenderDrawData(ImGui::GetDrawData());
        return ImGui::GetDrawData()->TotalVtxCount;
    }
};

il::gui::TimelineFeed feed_for(const TraceStore& store) {
    il::gui::TimelineFeed f;
    f.store = &store;
    return f;
}

// `view_share` of the run in view (1: fit all), centred; with `hover`, the mouse rests on
// the first lane (a tooltip every frame).
void run_frames(benchmark::State& state, double view_share, bool hover) {
    const TraceStore& store = store_1m();
    NullUi ui;
    il::gui::Timeline timeline;
    const il::gui::TimelineFeed feed = feed_for(store);
    ui.frame(&timeline, feed);
    if (view_share < 1.0) {
        const double end = static_cast<double>(store.end_ns()), mid = end * 0.5;
        timeline.set_view({mid - end * view_share * 0.5, mid + end * view_share * 0.5});
    }
    if (hover) {
        const il::gui::TimelineContext& c = timeline.context();
        ImGui::GetIO().AddMousePosEvent(c.origin.x + c.width * 0.5f, c.origin.y + c.lane_height * 0.5f);
    }
    int vertices = 0;
    for (auto _ : state) vertices = ui.frame(&timeline, feed);
    state.counters["events"] = static_cast<double>(store.counts().events);
    state.counters["items"] = static_cast<double>(timeline.drawn_items());
    state.counters["vertices"] = vertices;
}

void BM_EmptyFrame(benchmark::State& state) {
    NullUi ui;
    for (auto _ : state) ui.frame(nullptr, {});
}
BENCHMARK(BM_EmptyFrame)->Unit(benchmark::kMillisecond);

void BM_TimelineFrame_FitAll(benchmark::State& state) { run_frames(state, 1.0, false); }
BENCHMARK(BM_TimelineFrame_FitAll)->Unit(benchmark::kMillisecond);

void BM_TimelineFrame_FitAllHover(benchmark::State& state) { run_frames(state, 1.0, true); }
BENCHMARK(BM_TimelineFrame_FitAllHover)->Unit(benchmark::kMillisecond);

// Dragging across the whole run: the view moves every frame, nothing can be reused.
void BM_TimelineFrame_Panning(benchmark::State& state) {
    const TraceStore& store = store_1m();
    NullUi ui;
    il::gui::Timeline timeline;
    const il::gui::TimelineFeed feed = feed_for(store);
    ui.frame(&timeline, feed);
    const double end = static_cast<double>(store.end_ns());
    double shift = 0.0;
    for (auto _ : state) {
        shift = shift > end * 0.5 ? 0.0 : shift + end / 1000.0;
        timeline.set_view({shift - end * 0.25, shift + end * 0.75});
        ui.frame(&timeline, feed);
    }
    state.counters["items"] = static_cast<double>(timeline.drawn_items());
}
BENCHMARK(BM_TimelineFrame_Panning)->Unit(benchmark::kMillisecond);

void BM_TimelineFrame_Zoom1Percent(benchmark::State& state) { run_frames(state, 0.01, false); }
BENCHMARK(BM_TimelineFrame_Zoom1Percent)->Unit(benchmark::kMillisecond);

void BM_TimelineFrame_Zoom10us(benchmark::State& state) {
    run_frames(state, 10'000.0 / static_cast<double>(store_1m().end_ns()), false);
}
BENCHMARK(BM_TimelineFrame_Zoom10us)->Unit(benchmark::kMillisecond);

}  // namespace
