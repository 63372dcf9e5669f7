// tests/gui/timeline_fixture.cpp — see timeline_fixture.hpp.
#include "tests/gui/timeline_fixture.hpp"

#include <doctest.h>

#include <string>
#include <string_view>

#include "app/gui/shell/fonts.hpp"
#include "app/gui/shell/theme.hpp"
#include "imgui_impl_null.h"
#include "imgui_internal.h"
#include "tests/support/trace_builder.hpp"

namespace il::test {

namespace {

using core::EventKind;
using core::kNoObject;

constexpr ImVec2 kDisplay(1400.0f, 700.0f);
constexpr int64_t kNsPerStep = 1'000'000;
constexpr int64_t kNsPerEvent = 1'000;

// A step-mode clock over TraceBuilder: each event is kNsPerEvent after the
// last, each step starts kNsPerStep later; grant() starts the next step.
struct Recorder {
    TraceBuilder b;
    uint32_t step = 0;

    void ev(uint16_t w, EventKind k, uint32_t object = kNoObject, int64_t value = 0, uint32_t line = 0,
            std::string_view text = {}) {
        const int64_t t = step * kNsPerStep + static_cast<int64_t>(b.next_seq()) * kNsPerEvent;
        b.ev(t, w, k, object, value, text, step, line);
    }
    void grant(uint16_t w) {
        ++step;
        ev(w, EventKind::Step, kNoObject, step);
    }
};

void add_worker(core::TraceStore& s, uint16_t i, std::string name, uint32_t object) {
    core::WorkerInfo w;
    w.name = std::move(name);
    w.parent = i == 0 ? core::kNoWorker : 0;
    w.process = 0;
    w.object = object;
    w.pid = 4242;
    w.known = true;
    s.set_worker(i, w);
}

void add_object(core::TraceStore& s, uint32_t i, std::string name, core::ObjectKind kind, uint32_t capacity = 0,
                uint16_t worker = core::kNoWorker) {
    core::ObjectInfo o;
    o.name = std::move(name);
    o.kind = kind;
    o.capacity = capacity;
    o.worker = worker;
    o.known = true;
    s.set_object(i, o);
}

}  // namespace

core::TraceStore stepped_deadlock_store() {
    core::TraceStore s;
    s.set_run_info({"builtin.deadlock", "step", {}});
    add_worker(s, 0, "MainThread", 6);
    add_worker(s, 1, "Thread-1", 4);
    add_worker(s, 2, "Thread-2", 5);
    add_object(s, kLockA, "lock_a", core::ObjectKind::Lock);
    add_object(s, kLockB, "lock_b", core::ObjectKind::Lock);
    add_object(s, kQueue, "q", core::ObjectKind::Queue, 3);
    add_object(s, kGil, "GIL", core::ObjectKind::Gil);
    add_object(s, 4, "Thread-1", core::ObjectKind::Worker, 0, 1);
    add_object(s, 5, "Thread-2", core::ObjectKind::Worker, 0, 2);
    add_object(s, 6, "MainThread", core::ObjectKind::Worker, 0, 0);
    Recorder r{TraceBuilder(s)};
    r.ev(0, EventKind::WorkerStart, 6, 4242, 40);
    r.ev(0, EventKind::Obtain, kGil, 1, 40);
    r.ev(0, EventKind::Ready, kNoObject);
    r.grant(0);  // 1
    r.ev(0, EventKind::WorkerNew, 4, 1, 27);
    r.ev(0, EventKind::WorkerNew, 5, 2, 28);
    r.ev(0, EventKind::Ready, 4, 0, 29);
    r.grant(0);  // 2
    r.ev(1, EventKind::WorkerStart, 4, 4242, 29);
    r.ev(1, EventKind::Block, kGil, 0, 29);
    r.ev(0, EventKind::Release, kGil, 0, 29);
    r.ev(0, EventKind::Ready, 5, 0, 30);
    r.grant(1);  // 3
    r.ev(1, EventKind::Obtain, kGil, 1, 20);
    r.ev(1, EventKind::Obtain, kLockA, 1, 20);
    r.ev(1, EventKind::QueuePut, kQueue, 1, 20);
    r.ev(1, EventKind::Ready, kLockB, 0, 22);
    r.grant(0);  // 4
    r.ev(2, EventKind::WorkerStart, 5, 4242, 30);
    r.ev(0, EventKind::Block, 4, 0, 31);
    r.ev(2, EventKind::Ready, kLockB, 0, 20);
    r.grant(2);  // 5
    r.ev(2, EventKind::Obtain, kLockB, 1, 20);
    r.ev(2, EventKind::QueuePut, kQueue, 2, 20);
    r.ev(2, EventKind::Print, kNoObject, 0, 21, "Thread-2 has lock_b\n");
    r.ev(2, EventKind::Ready, kLockA, 0, 22);
    r.grant(1);  // 6
    r.ev(1, EventKind::Block, kLockB, 0, 22);
    r.grant(2);  // 7
    r.ev(2, EventKind::Block, kLockA, 0, 22);
    r.ev(1, EventKind::Deadlock, kLockB, 0, 0);
    s.finish();
    return s;
}

void fill_synthetic(core::TraceStore& s, size_t n, uint16_t workers) {
    constexpr uint32_t kLocks = 4, kQueueObject = kLocks, kCapacity = 16;
    s.set_run_info({"synthetic", "run", {}});
    for (uint16_t w = 0; w < workers; ++w) add_worker(s, w, "Thread-" + std::to_string(w), core::kNoObject);
    for (uint32_t o = 0; o < kLocks; ++o) add_object(s, o, "lock_" + std::to_string(o), core::ObjectKind::Lock);
    add_object(s, kQueueObject, "jobs", core::ObjectKind::Queue, kCapacity);
    TraceBuilder b(s);
    int64_t level = 0;
    for (size_t i = 0; i < n; ++i) {
        const auto w = static_cast<uint16_t>(i % workers);
        uint32_t object = w % kLocks;
        int64_t value = 0;
        EventKind kind = EventKind::SleepEnd;
        switch ((i / workers) % 6) {
            case 0: kind = EventKind::Block; break;
            case 1: kind = EventKind::Obtain; break;
            case 2:
                level = w % 2 ? std::min<int64_t>(level + 1, kCapacity) : std::max<int64_t>(level - 1, 0);
                kind = w % 2 ? EventKind::QueuePut : EventKind::QueueGet;
                object = kQueueObject;
                value = level;
                break;
            case 3: kind = EventKind::Release; break;
            case 4: kind = EventKind::SleepBegin; break;
            default: break;
        }
        b.ev(static_cast<int64_t>(i) * 100, w, kind, object, value, {}, 0, 10 + static_cast<uint32_t>(i % 7));
    }
    s.finish();
}

TimelineHarness::TimelineHarness() {
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    gui::apply_style();
    gui::load_fonts();
    ImGui_ImplNull_Init();
}

TimelineHarness::~TimelineHarness() {
    if (ImGui::GetCurrentContext()->WithinFrameScope) {  // a case failed mid-frame: abandon the context
        ImGui::SetCurrentContext(nullptr);
        return;
    }
    ImGui_ImplNull_Shutdown();
    ImGui::DestroyContext();
}

std::string TimelineHarness::frame(const gui::TimelineFeed& feed) {
    ImGui_ImplNull_NewFrame();
    ImGui::GetIO().DisplaySize = kDisplay;
    ImGui::NewFrame();
    ImGui::LogToBuffer();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(kDisplay);
    ImGui::Begin("Timeline under test", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
    timeline.draw(feed);
    ImGui::End();
    std::string text = ImGui::GetCurrentContext()->LogBuffer.c_str();
    ImGui::LogFinish();
    ImGui::Render();
    ImGui_ImplNullRender_RenderDrawData(ImGui::GetDrawData());
    return text;
}

std::string TimelineHarness::frames(const gui::TimelineFeed& feed, int n) {
    std::string text;
    for (int i = 0; i < n; ++i) text = frame(feed);
    return text;
}

std::string TimelineHarness::mouse_at(const gui::TimelineFeed& feed, ImVec2 p) {
    ImGui::GetIO().AddMousePosEvent(p.x, p.y);
    return frame(feed);
}

std::string TimelineHarness::click(const gui::TimelineFeed& feed, ImVec2 p) {
    mouse_at(feed, p);
    ImGui::GetIO().AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    frame(feed);
    ImGui::GetIO().AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    return frame(feed);
}

ImVec2 TimelineHarness::at(size_t lane, double t) const {
    const gui::TimelineContext& c = timeline.context();
    return ImVec2(gui::to_px(c, t), c.origin.y + timeline.layout().top(lane) + timeline.layout().height(lane) * 0.5f);
}

ImVec2 TimelineHarness::label_of(size_t lane) const {
    return ImVec2(timeline.context().origin.x - timeline.label_width() * 0.5f, at(lane, timeline.context().t0).y);
}

size_t TimelineHarness::lane_named(const std::string& name) const {
    for (size_t i = 0; i < timeline.lane_count(); ++i)
        if (timeline.lane(i).label() == name) return i;
    FAIL("no lane named " << name);
    return 0;
}

}  // namespace il::test
