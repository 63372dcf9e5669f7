// tests/gui/run_panels_support.cpp — see run_panels_support.hpp.
#include "run_panels_support.hpp"

#include "app/gui/shell/fonts.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/runtime/worker.hpp"
#include "tests/support/in_process_run.hpp"
#include "tests/support/trace_builder.hpp"
#include "imgui_impl_null.h"
#include "imgui_internal.h"

namespace il::test {

void two_lock_demo() {
    core::Lock a("mutexA"), b("mutexB");
    auto task = [](core::Lock& first, core::Lock& second) {
        first.acquire();
        second.acquire();
        second.release();
        first.release();
    };
    core::Thread t1([&] { task(a, b); });
    core::Thread t2([&] { task(b, a); });
    t1.start();
    t2.start();
    t1.join();
    t2.join();
}

core::Schedule two_lock_deadlock_schedule() {
    core::Schedule s;
    // MainThread: begin, start Thread-1, start Thread-2; each thread begins and
    // takes its first lock; MainThread parks in join(Thread-1).
    for (const char* w : {"MainThread", "MainThread", "MainThread", "Thread-1", "Thread-2", "Thread-1", "Thread-2",
                          "MainThread"})
        s.steps.push_back({w, false});
    return s;
}

void at_two_lock_deadlock(const std::function<void(const core::Arena&, core::TraceStore&)>& at_end) {
    core::TraceStore store;
    auto replay = core::make_replay(two_lock_deadlock_schedule());
    run_stepped(two_lock_demo, *replay, [&](core::Arena& a) {
        store.drain(a);
        store.drain(a);
        store.finish();
        store.set_deadlock_cycle(core::reported_cycle(a));
        at_end(a, store);
    });
}

ObjectScene::ObjectScene() {
    rlock.acquire();
    rlock.acquire();
    queue.put(1);
    queue.put(2);
    event.set();
    sem.acquire();
    counter.store(42);
    for (int64_t v : {10, 20}) {
        core::Thread t([this, v] { local.set(v); });
        t.start();
        t.join();
    }
    lock.acquire();
}

void ObjectScene::release() {
    lock.release();
    rlock.release();
    rlock.release();
}

namespace {

gui::WorkerRow row(uint16_t index, const char* name, core::WorkerKind kind, uint16_t parent, uint16_t process,
                   core::WorkerState st, uint32_t flags = 0, int32_t pid = 0) {
    gui::WorkerRow r;
    r.index = index;
    r.name = name;
    r.kind = kind;
    r.parent = parent;
    r.process = process;
    r.state = st;
    r.flags = flags;
    r.pid = pid;
    return r;
}

}  // namespace

std::vector<gui::WorkerRow> process_family() {
    using K = core::WorkerKind;
    using S = core::WorkerState;
    constexpr uint16_t kNone = core::kNoWorker;
    return {
        row(0, "MainThread", K::Process, kNone, 0, S::Running, core::kWorkerMain, 100),
        row(1, "Thread-1", K::Thread, 0, 0, S::Blocked),
        row(2, "Process-1", K::Process, 1, 2, S::Zombie, core::kWorkerMain, 101),
        row(3, "Process-2", K::Process, 0, 3, S::Done, core::kWorkerMain | core::kWorkerReaped, 102),
        row(4, "Process-3", K::Process, 0, 4, S::Running, core::kWorkerMain | core::kWorkerOrphan, 103),
        row(5, "Process-3/Process-1", K::Process, 4, 5, S::New),
        row(6, "Process-3/Thread-1", K::Thread, 4, 4, S::Sleeping, core::kWorkerDaemon),
    };
}

core::TraceStore process_family_store() {
    core::TraceStore s;
    for (const gui::WorkerRow& r : process_family()) {
        core::WorkerInfo info;
        info.name = r.name;
        info.kind = r.kind;
        info.parent = r.parent;
        info.process = r.process;
        info.pid = r.pid;
        info.flags = r.flags;
        info.known = true;
        s.set_worker(r.index, info);
    }
    TraceBuilder b(s);
    auto event = [&](uint16_t w, core::EventKind k, int64_t value = 0) {
        const std::string text = k == core::EventKind::Print ? "hello from " + std::string(s.worker_name(w)) + "\n" : "";
        b.ev(0, w, k, core::kNoObject, value, text);
    };
    for (uint16_t w : {0, 1, 2, 3, 4, 6}) event(w, core::EventKind::WorkerStart, 100 + w);
    event(1, core::EventKind::Print);
    event(4, core::EventKind::Print);
    event(2, core::EventKind::WorkerExit, 0);
    return s;
}

gui::RunView arena_view(const core::Arena& arena, const core::TraceStore& store, const gui::StepView* step,
                        gui::SessionState state) {
    gui::RunView v;
    v.state = state;
    v.store = &store;
    v.snap = std::make_shared<const core::RunSnapshot>(core::snapshot_live(arena, store));
    v.step = step;
    v.cycle = core::reported_cycle(arena);
    if (v.cycle) v.cycle_text = core::describe(arena, *v.cycle);
    v.demo_id = "test.two_locks";
    return v;
}

gui::RunView store_view(const core::TraceStore& store) {
    gui::RunView v;
    v.state = gui::SessionState::Loaded;
    v.store = &store;
    v.snap = std::make_shared<const core::RunSnapshot>(core::snapshot_saved(store));
    v.cycle = store.deadlock_cycle();
    if (v.cycle) v.cycle_text = store.describe_cycle(*v.cycle);
    return v;
}

PanelFrames::PanelFrames(ImVec2 display) : display_(display) {
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    gui::apply_style();
    gui::load_fonts();
    ImGui_ImplNull_Init();
}

PanelFrames::~PanelFrames() {
    if (ImGui::GetCurrentContext()->WithinFrameScope) {  // a case failed mid-frame: abandon the context
        ImGui::SetCurrentContext(nullptr);
        return;
    }
    ImGui_ImplNull_Shutdown();
    ImGui::DestroyContext();
}

std::string PanelFrames::frames(int n, const std::function<void()>& body) {
    std::string text;
    for (int i = 0; i < n; ++i) {
        ImGui_ImplNull_NewFrame();
        ImGui::GetIO().DisplaySize = display_;
        ImGui::NewFrame();
        ImGui::LogToBuffer();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(display_);
        if (ImGui::Begin("Panel under test", nullptr, ImGuiWindowFlags_NoSavedSettings)) body();
        ImGui::End();
        text = ImGui::GetCurrentContext()->LogBuffer.c_str();
        ImGui::LogFinish();
        ImGui::Render();
        ImGui_ImplNullRender_RenderDrawData(ImGui::GetDrawData());
    }
    return text;
}

}  // namespace il::test
