// tests/gui/item_recorder.cpp — ImGui's test-engine hooks, recording items; see item_recorder.hpp.
#include "item_recorder.hpp"

namespace il::test {

namespace {

std::vector<RecordedItem> g_items;  // the test's thread only (ImGui is single-threaded)

}  // namespace

void record_items(bool on) { ImGui::GetCurrentContext()->TestEngineHookItems = on; }
void clear_recorded_items() { g_items.clear(); }
const std::vector<RecordedItem>& recorded_items() { return g_items; }

std::optional<RecordedItem> find_item(std::string_view window, std::string_view label_prefix) {
    for (auto it = g_items.rbegin(); it != g_items.rend(); ++it)
        if (it->window.starts_with(window) && it->label.starts_with(label_prefix)) return *it;
    return std::nullopt;
}

}  // namespace il::test

// --- the hooks ImGui calls (declared in imgui_internal.h) -------------------------

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData* data) {
    il::test::RecordedItem item;
    item.id = id;
    item.rect = bb;
    item.window = ctx->CurrentWindow != nullptr ? ctx->CurrentWindow->Name : "";
    item.disabled = data != nullptr && (data->ItemFlags & ImGuiItemFlags_Disabled) != 0;
    il::test::g_items.push_back(std::move(item));
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
    for (auto it = il::test::g_items.rbegin(); it != il::test::g_items.rend(); ++it) {
        if (it->id != id) continue;
        if (label != nullptr) it->label = label;
        return;
    }
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
