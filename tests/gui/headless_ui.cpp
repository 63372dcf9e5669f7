// tests/gui/headless_ui.cpp — the headless frame harness; see headless_ui.hpp.
#include "headless_ui.hpp"

#include <thread>

#include "app/gui/shell/fonts.hpp"
#include "app/gui/shell/theme.hpp"
#include "imgui_impl_null.h"
#include "imgui_internal.h"
#include "item_recorder.hpp"
#include "tests/support/wait.hpp"

namespace il::test {

namespace {

constexpr std::chrono::milliseconds kFrameGap{2};

}  // namespace

HeadlessUi::HeadlessUi(ImVec2 display, il::gui::AppUiOptions options) : display_(display) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_DockingEnable | ImGuiConfigFlags_NavEnableKeyboard;
    il::gui::apply_style();
    il::gui::load_fonts();
    ImGui_ImplNull_Init();
    record_items(true);
    app_ = std::make_unique<il::gui::AppUi>(std::move(options));
}

HeadlessUi::~HeadlessUi() {
    if (ImGui::GetCurrentContext()->WithinFrameScope) {
        // A case failed mid-frame; tearing down now would assert (throw) again
        // during unwinding, so this context is abandoned instead.
        ImGui::SetCurrentContext(nullptr);
        return;
    }
    app_.reset();  // stops a run still going
    ImGui_ImplNull_Shutdown();
    ImGui::DestroyContext();
    clear_recorded_items();
}

void HeadlessUi::frame() {
    app_->prepare_frame();
    ImGui_ImplNull_NewFrame();
    ImGui::GetIO().DisplaySize = display_;
    clear_recorded_items();
    ImGui::NewFrame();
    ImGui::LogToBuffer();
    app_->draw_frame();
    text_ = ImGui::GetCurrentContext()->LogBuffer.c_str();
    ImGui::LogFinish();
    ImGui::Render();
    ImGui_ImplNullRender_RenderDrawData(ImGui::GetDrawData());
}

std::string HeadlessUi::frames(int n) {
    for (int i = 0; i < n; ++i) frame();
    return text_;
}

bool HeadlessUi::frames_until(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    return wait_until(
        [&] {
            frame();
            return done();
        },
        timeout, kFrameGap);
}

void HeadlessUi::press(ImGuiKeyChord chord) {
    ImGuiIO& io = ImGui::GetIO();
    const auto key = static_cast<ImGuiKey>(chord & ~ImGuiMod_Mask_);
    const ImGuiKey mods[] = {ImGuiMod_Ctrl, ImGuiMod_Shift, ImGuiMod_Alt};
    for (ImGuiKey m : mods)
        if (chord & m) io.AddKeyEvent(m, true);
    io.AddKeyEvent(key, true);
    frame();
    io.AddKeyEvent(key, false);
    for (ImGuiKey m : mods)
        if (chord & m) io.AddKeyEvent(m, false);
    frame();
}

bool HeadlessUi::click(std::string_view window, std::string_view label_prefix, float at_x) {
    const auto item = find_item(window, label_prefix);
    if (!item) return false;
    ImGuiIO& io = ImGui::GetIO();
    const float x = item->rect.Min.x + (item->rect.Max.x - item->rect.Min.x) * at_x;
    io.AddMousePosEvent(x, item->rect.GetCenter().y);
    frame();
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    frame();
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    frame();
    return true;
}

void HeadlessUi::type_and_enter(std::string_view text) {
    press(ImGuiMod_Ctrl | ImGuiKey_A);
    ImGui::GetIO().AddInputCharactersUTF8(std::string(text).c_str());
    frame();
    press(ImGuiKey_Enter);
}

}  // namespace il::test
