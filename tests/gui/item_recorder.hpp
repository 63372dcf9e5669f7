// tests/gui/item_recorder.hpp — what ImGui's test-engine hooks saw in a frame:
// every item's id, label, rectangle and window, so a headless test can find
// "the Step any button in Run controls" and click it with simulated input.
// The hooks (item_recorder.cpp) are compiled into the test ImGui library
// (imconfig_test.h defines IMGUI_ENABLE_TEST_ENGINE); they record only while
// ImGuiContext::TestEngineHookItems is set (record_items(true)).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"

namespace il::test {

struct RecordedItem {
    ImGuiID id = 0;
    std::string label;   // as passed to the widget, "##id" suffix included
    std::string window;  // the name of the window it was submitted in
    ImRect rect;
    bool disabled = false;
};

// Turns recording on or off for the current context.
void record_items(bool on);
// Forgets what was recorded (call before each frame).
void clear_recorded_items();
const std::vector<RecordedItem>& recorded_items();

// The last item in `window` whose label starts with `label_prefix`.
std::optional<RecordedItem> find_item(std::string_view window, std::string_view label_prefix);

}  // namespace il::test
