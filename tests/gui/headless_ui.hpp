// tests/gui/headless_ui.hpp — the real frame (AppUi) on ImGui's null backend,
// with simulated keyboard and mouse input, for the headless panel tests.
// IM_ASSERT throws here (imconfig_test.h), so any ImGui misuse fails the case.
// Each frame's text is captured through ImGui's logging, and its items are
// recorded (item_recorder.hpp) so a test can click a button by its label.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "app/gui/shell/app_ui.hpp"
#include "imgui.h"

namespace il::test {

class HeadlessUi {
public:
    explicit HeadlessUi(ImVec2 display = ImVec2(1280, 800), il::gui::AppUiOptions options = {});
    ~HeadlessUi();
    HeadlessUi(const HeadlessUi&) = delete;
    HeadlessUi& operator=(const HeadlessUi&) = delete;

    // Runs `n` frames; returns the text the last one rendered.
    std::string frames(int n);
    // Runs frames (a few ms apart: runs take real time) until `done` or `timeout`.
    bool frames_until(const std::function<bool()>& done, std::chrono::milliseconds timeout = std::chrono::seconds(20));

    // Presses and releases `chord` (e.g. ImGuiMod_Ctrl | ImGuiKey_Z) over two frames.
    void press(ImGuiKeyChord chord);
    // Moves the mouse onto the last item in `window` whose label starts with
    // `label_prefix` (as the last frame drew it) and clicks it, over three
    // frames. False, doing nothing, when there is no such item.
    // `at_x` picks the point along the item's width (0 left, 1 right), e.g. a
    // slider's value.
    bool click(std::string_view window, std::string_view label_prefix, float at_x = 0.5f);
    // Types `text` into the focused text field, replacing what is there, and
    // presses Enter.
    void type_and_enter(std::string_view text);

    // The window's size from the next frame on (the learner resized it).
    void set_display(ImVec2 display) { display_ = display; }
    const std::string& text() const { return text_; }  // the last frame's text
    il::gui::AppUi& app() { return *app_; }
    il::gui::UiState& state() { return app_->state(); }

private:
    void frame();
    ImVec2 display_;
    std::unique_ptr<il::gui::AppUi> app_;
    std::string text_;
};

inline bool contains(const std::string& haystack, std::string_view needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace il::test
