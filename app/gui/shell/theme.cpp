// app/gui/shell/theme.cpp — the UI scale and the ImGui style built from it.
#include "app/gui/shell/theme.hpp"

#include <algorithm>

namespace il::gui {

namespace {

// Scales outside this range are a bad monitor report or a typo, not a wish.
constexpr float kMinScale = 0.5f;
constexpr float kMaxScale = 4.0f;

float g_dpi_scale = 1.0f;   // GUI thread only
float g_user_scale = 1.0f;  // GUI thread only

float sanitise(float scale) {
    if (!(scale > 0.0f)) return 1.0f;  // also catches NaN
    return std::clamp(scale, kMinScale, kMaxScale);
}

ImVec4 to_vec4(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

void apply_colours(ImGuiStyle& style) {
    ImGui::StyleColorsDark(&style);
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.10f, 0.105f, 0.125f, 1.0f);
    c[ImGuiCol_ChildBg] = ImVec4(0.0f, 0.0f, 0.0f, 0.0f);
    c[ImGuiCol_PopupBg] = ImVec4(0.12f, 0.125f, 0.15f, 0.98f);
    c[ImGuiCol_TitleBg] = ImVec4(0.13f, 0.14f, 0.17f, 1.0f);
    c[ImGuiCol_TitleBgActive] = ImVec4(0.16f, 0.20f, 0.28f, 1.0f);
    c[ImGuiCol_MenuBarBg] = ImVec4(0.13f, 0.14f, 0.17f, 1.0f);
    c[ImGuiCol_Header] = ImVec4(0.20f, 0.30f, 0.45f, 0.60f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.24f, 0.38f, 0.58f, 0.80f);
    c[ImGuiCol_HeaderActive] = ImVec4(0.26f, 0.44f, 0.68f, 1.0f);
    c[ImGuiCol_Tab] = ImVec4(0.14f, 0.16f, 0.20f, 1.0f);
    c[ImGuiCol_TabSelected] = ImVec4(0.20f, 0.30f, 0.45f, 1.0f);
    c[ImGuiCol_TabDimmedSelected] = ImVec4(0.17f, 0.21f, 0.28f, 1.0f);
    c[ImGuiCol_DockingEmptyBg] = to_vec4(colour::kWindowClear);
    c[ImGuiCol_TextDisabled] = to_vec4(colour::kTextMuted);
}

}  // namespace

float dpi_scale() { return g_dpi_scale; }
float user_scale() { return g_user_scale; }
float ui_scale() { return g_dpi_scale * g_user_scale; }
void set_dpi_scale(float scale) { g_dpi_scale = sanitise(scale); }
void set_user_scale(float scale) { g_user_scale = sanitise(scale); }

void apply_style() {
    ImGuiStyle style;  // fresh defaults: ScaleAllSizes() multiplies, so never re-scale a scaled style
    apply_colours(style);
    style.WindowRounding = 4.0f;
    style.ChildRounding = 4.0f;
    style.FrameRounding = 3.0f;
    style.GrabRounding = 3.0f;
    style.TabRounding = 3.0f;
    style.WindowPadding = ImVec2(10.0f, 8.0f);
    style.FramePadding = ImVec2(6.0f, 4.0f);
    style.ItemSpacing = ImVec2(8.0f, 6.0f);
    style.IndentSpacing = 18.0f;
    style.ScrollbarSize = 14.0f;
    style.DockingNodeHasCloseButton = false;  // each panel's tab has its own close button
    style.ScaleAllSizes(ui_scale());
    style.FontSizeBase = kBaseFontSize;
    style.FontScaleMain = g_user_scale;
    style.FontScaleDpi = g_dpi_scale;
    ImGui::GetStyle() = style;
}

}  // namespace il::gui
