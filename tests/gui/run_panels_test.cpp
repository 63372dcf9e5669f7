// tests/gui/run_panels_test.cpp — the run-fed panels (wait-for graph, source,
// inspector, process tree, console) drawing their bodies for several frames
// on ImGui's null backend (IM_ASSERT throws: imconfig_test.h): over an
// in-process arena and a store drained from it, over a store alone (a trace
// opened from a file), and with no run (their empty states).
#include <doctest.h>

#include <functional>
#include <string>

#include "app/gui/shell/panels.hpp"
#include "app/gui/source/source_markers.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/widgets.hpp"
#include "run_panels_support.hpp"
#include "tests/support/in_process_run.hpp"

using namespace il::gui;
using il::core::Arena;

namespace {

using il::test::at_two_lock_deadlock;

bool has(const std::string& text, const char* needle) { return text.find(needle) != std::string::npos; }


StepView deadlocked_step_view() {
    StepView step;
    step.stepping = step.quiescent = true;
    step.status = il::core::StepStatus::Deadlock;
    return step;
}

}  // namespace

TEST_CASE("wait-for graph panel: draws the deadlock, live and from the store, for several frames") {
    il::test::PanelFrames ui;
    WaitGraphPanel panel;
    const StepView step = deadlocked_step_view();
    std::string text;
    il::core::TraceStore kept;
    at_two_lock_deadlock([&](const Arena& a, il::core::TraceStore& store) {
        const RunView view = il::test::arena_view(a, store, &step);
        CHECK(has(view.cycle_text, "mutexB"));
        text = ui.frames(10, [&] { panel.draw_view(view); });
        kept = store;
    });
    for (const char* name : {"MainThread", "Thread-1", "Thread-2", "mutexA", "mutexB", "deadlock cycle"})
        CHECK_MESSAGE(has(text, name), name);
    text = ui.frames(5, [&] { panel.draw_view(il::test::store_view(kept)); });
    CHECK(has(text, "mutexA"));
    text = ui.frames(3, [&] { panel.draw_view(RunView{}); });
    CHECK(has(text, kNoRunYet));
}

TEST_CASE("source panel: draws a demo's source with the markers of a stepped run for several frames") {
    il::core::DemoInfo demo;
    demo.id = "test.two_locks_source";
    demo.source_file = "test_two_locks.cpp";
    il::test::PanelFrames ui;
    SourcePanel panel;
    const StepView step = deadlocked_step_view();
    std::string text;
    at_two_lock_deadlock([&](const Arena& a, il::core::TraceStore& store) {
        const RunView view = il::test::arena_view(a, store, &step);
        // A stand-in source as long as the threads' line: MainThread's join, further down, is off it.
        uint32_t thread_line = 0, main_line = 0;
        for (const SourceMarker& m : source_markers(view)) (m.name == "MainThread" ? main_line : thread_line) = m.line;
        REQUIRE(main_line > thread_line);
        static std::string code;  // the registry keeps a view of it
        code.clear();
        for (uint32_t i = 1; i < thread_line; ++i) code += "// line " + std::to_string(i) + "\n";
        code += "int main() {}\n";
        il::core::Registry::add_source(demo.source_file, code);
        text = ui.frames(10, [&] { panel.draw_view(view, &demo); });
    });
    CHECK(has(text, "demos/test_two_locks.cpp"));
    CHECK(has(text, "int main() {}"));
    CHECK(has(text, "blocked: held by Thread-2"));
    CHECK(has(text, "blocked: held by Thread-1"));
    CHECK(has(text, "Not at a line yet:"));
    text = ui.frames(3, [&] { panel.draw_view(RunView{}, nullptr); });
    CHECK(has(text, "No demo selected."));
}

TEST_CASE("source panel: markers scrolled out of view are named at the view's edge — none when all fit") {
    il::core::DemoInfo demo;
    demo.id = "test.two_locks_far";
    demo.source_file = "test_two_locks_far.cpp";
    const StepView step = deadlocked_step_view();
    // Draws the panel over the deadlocked run in a display of `size`; returns the last frame's text.
    auto draw_at = [&](ImVec2 size) {
        std::string text;
        SourcePanel panel;
        il::test::PanelFrames ui(size);
        at_two_lock_deadlock([&](const Arena& a, il::core::TraceStore& store) {
            const RunView view = il::test::arena_view(a, store, &step);
            uint32_t first = ~0u, last = 0;
            for (const SourceMarker& m : source_markers(view)) {
                first = std::min(first, m.line);
                last = std::max(last, m.line);
            }
            REQUIRE(last >= first + 8);  // the threads' line and MainThread's join are far apart
            static std::string code;     // the registry keeps a view of it
            code.clear();
            for (uint32_t i = 1; i <= last + 3; ++i) code += "// line " + std::to_string(i) + "\n";
            il::core::Registry::add_source(demo.source_file, code);
            text = ui.frames(5, [&] { panel.draw_view(view, &demo); });
        });
        return text;
    };
    // Following the markers keeps some in view; the others are named at the top or bottom edge.
    const std::string cramped = draw_at(ImVec2(900, 260));
    const bool named = has(cramped, "\u25BC MainThread") || has(cramped, "\u25BC Thread-") ||
                       has(cramped, "\u25B2 Thread-") || has(cramped, "\u25B2 MainThread");
    CHECK(named);
    const std::string roomy = draw_at(ImVec2(900, 1400));
    CHECK(has(roomy, "blocked: held by Thread-2"));  // the markers are drawn
    CHECK_FALSE(has(roomy, "\u25BC "));
    CHECK_FALSE(has(roomy, "\u25B2 "));
}

TEST_CASE("inspector panel: draws every object live and from a store, and says when there is no run") {
    il::test::PanelFrames ui;
    InspectorPanel panel;
    il::test::InProcessRun run;
    il::test::ObjectScene s;
    il::core::TraceStore store;
    store.drain(run.arena);
    const RunView view = il::test::arena_view(run.arena, store, nullptr);
    std::string text = ui.frames(8, [&] { panel.draw_view(view); });
    for (const char* expected : {"lock", "held by MainThread", "[1, 2]", "rlock", "count 2", "local.x", "seats"})
        CHECK_MESSAGE(has(text, expected), expected);
    text = ui.frames(3, [&] { panel.draw_view(il::test::store_view(store)); });
    CHECK(has(text, "as they were at the end of the saved run"));
    text = ui.frames(2, [&] { panel.draw_view(RunView{}); });
    CHECK(has(text, kNoRunYet));
    s.release();
}

TEST_CASE("process tree and console panels: draw a store for several frames — empty states without a run") {
    il::test::PanelFrames ui;
    ProcessTreePanel tree;
    ConsolePanel console;
    const il::core::TraceStore s = il::test::process_family_store();
    const RunView view = il::test::store_view(s);
    std::string text = ui.frames(6, [&] { tree.draw_view(view); });
    for (const char* expected : {"MainThread", "Process-3/Process-1", "orphan", "zombie", "reaped", "Process-3/Thread-1"})
        CHECK_MESSAGE(has(text, expected), expected);
    text = ui.frames(6, [&] { console.draw_view(view); });
    CHECK(has(text, "hello from Thread-1"));
    CHECK(has(text, "hello from Process-3"));
    CHECK(has(text, "Auto-scroll"));
    text = ui.frames(2, [&] { tree.draw_view(RunView{}); });
    CHECK(has(text, kNoRunYet));
    text = ui.frames(2, [&] { console.draw_view(RunView{}); });
    CHECK(has(text, kNoRunYet));
}

TEST_CASE("run-fed panels: a UI scale of 2 (a projector) draws every panel without errors") {
    set_user_scale(2.0f);
    {
        il::test::PanelFrames ui(ImVec2(1600, 1000));
        WaitGraphPanel graph;
        SourcePanel source;
        InspectorPanel inspector;
        ProcessTreePanel tree;
        ConsolePanel console;
        const StepView step = deadlocked_step_view();
        at_two_lock_deadlock([&](const Arena& a, il::core::TraceStore& store) {
            const RunView view = il::test::arena_view(a, store, &step);
            CHECK_NOTHROW(ui.frames(4, [&] {
                graph.draw_view(view);
                source.draw_view(view, nullptr);
                inspector.draw_view(view);
                tree.draw_view(view);
                console.draw_view(view);
            }));
        });
    }
    set_user_scale(1.0f);
}

TEST_CASE("wait-for graph panel: a short panel zooms the graph out to fit, the deadlock cycle in view") {
    const StepView step = deadlocked_step_view();
    for (auto [size, zoomed] : {std::pair{ImVec2(1280, 800), false}, std::pair{ImVec2(500, 240), true}}) {
        CAPTURE(size.y);
        il::test::PanelFrames ui(size);
        WaitGraphPanel panel;
        at_two_lock_deadlock([&](const Arena& a, il::core::TraceStore& store) {
            const RunView view = il::test::arena_view(a, store, &step);
            ui.frames(4, [&] { panel.draw_view(view); });
        });
        CHECK((panel.zoom() < 1.0f) == zoomed);
        CHECK(panel.zoom() >= 0.6f);
        CHECK(panel.cycle_in_view());
    }
}

TEST_CASE("widgets: a toolbar item goes beside the last one when it fits, else on the next line") {
    il::test::PanelFrames ui(ImVec2(300, 200));
    float first = 0, beside = 0, under = 0;
    ui.frames(1, [&] {
        ImGui::Button("first");
        first = ImGui::GetItemRectMin().y;
        same_line_if_fits(button_width("b"));
        ImGui::Button("b");
        beside = ImGui::GetItemRectMin().y;
        same_line_if_fits(button_width(std::string(60, 'w')));
        ImGui::Button(std::string(60, 'w').c_str());
        under = ImGui::GetItemRectMin().y;
    });
    CHECK(beside == first);
    CHECK(under > beside);
}
