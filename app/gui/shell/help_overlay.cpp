// app/gui/shell/help_overlay.cpp — the keyboard-shortcut overlay; see help_overlay.hpp.
#include "app/gui/shell/help_overlay.hpp"

#include <string>
#include <string_view>

#include "app/gui/shell/shortcuts.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/widgets.hpp"
#include "core/common/i18n.hpp"

namespace il::gui {

namespace {

constexpr const char* kPopupId = "###keyboard_shortcuts";  // the title before it is in the user's language
constexpr float kWidthEm = 46.0f;
constexpr float kKeysColumnEm = 9.0f;
// The overlay scrolls beyond this share of the window's height.
constexpr float kMaxHeightShare = 0.9f;

// One row per command (several keys on one row), in table order.
void draw_section(std::string_view section) {
    ImGui::SeparatorText(i18n::tr(std::string(section)));
    if (!ImGui::BeginTable(std::string(section).c_str(), 2, ImGuiTableFlags_SizingFixedFit)) return;  // English: the ID
    ImGui::TableSetupColumn("keys", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * kKeysColumnEm);
    ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch);
    const Shortcut* previous = nullptr;
    for (const Shortcut& s : shortcut_table()) {
        if (s.section != section) continue;
        const bool same_command = previous != nullptr && previous->command == s.command;
        previous = &s;
        if (same_command && s.command != Command::StepWorker) continue;  // already listed with its first key
        if (s.command == Command::StepWorker && s.arg != 1) continue;     // 1 … 9 is one row
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const std::string keys = s.command == Command::StepWorker ? "1 \u2026 9" : shortcut_text(s.command, s.arg);
        text_coloured(colour::kTextHeading, keys);
        ImGui::TableNextColumn();
        const std::string_view label =
            s.command == Command::StepWorker ? std::string_view(i18n::tr("Step worker 1 … 9")) : command_label(s.command);
        text_wrapped(std::string(label) + " \u2014 " + std::string(command_help(s.command)));
    }
    ImGui::EndTable();
}

}  // namespace

void HelpOverlay::draw() {
    ImGui::SetNextWindowSizeConstraints(ImVec2(0.0f, 0.0f),
                                        ImVec2(FLT_MAX, ImGui::GetMainViewport()->WorkSize.y * kMaxHeightShare));
    if (!begin_modal(kPopupId, command_label(Command::Help), open_pending_, kWidthEm)) return;
    text_muted_wrapped(i18n::tr("Keys work in every panel, except while you type in a text field. In step mode every worker waits before each operation until you let it go: pick one by its number, or let Step any take turns."));
    for (std::string_view section : {"Run", "Step mode", "Files", "Window"}) draw_section(section);
    ImGui::Spacing();
    if (ImGui::Button(i18n::tr("Close")) || ImGui::IsKeyPressed(ImGuiKey_Escape) || ImGui::IsKeyPressed(ImGuiKey_F1, false))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace il::gui
