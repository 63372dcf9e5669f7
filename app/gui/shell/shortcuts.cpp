// app/gui/shell/shortcuts.cpp — the shortcut table and the widgets that show it; see shortcuts.hpp.
#include "app/gui/shell/shortcuts.hpp"

#include <array>
#include <string_view>

#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/ui_state.hpp"
#include "core/common/i18n.hpp"
#include "imgui_internal.h"  // GetKeyChordName

namespace il::gui {

namespace {

// Tooltips wrap at this many font sizes.
constexpr float kTooltipWidthEm = 24.0f;

// The help overlay's sections, in English (tr() at the overlay shows them).
constexpr const char* kRun = N_("Run");
constexpr const char* kStep = N_("Step mode");
constexpr const char* kFiles = N_("Files");
constexpr const char* kWindow = N_("Window");

constexpr std::array kShortcuts{
    Shortcut{Command::Run, 0, ImGuiKey_F5, kRun},
    Shortcut{Command::Slow, 0, ImGuiKey_F6, kRun},
    Shortcut{Command::Step, 0, ImGuiKey_F7, kRun},
    Shortcut{Command::Replay, 0, ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_O, kRun},
    Shortcut{Command::Stop, 0, ImGuiMod_Shift | ImGuiKey_F5, kRun},
    Shortcut{Command::Restart, 0, ImGuiMod_Ctrl | ImGuiKey_R, kRun},
    Shortcut{Command::StepAny, 0, ImGuiKey_F10, kStep},
    Shortcut{Command::StepAny, 0, ImGuiKey_Space, kStep},
    Shortcut{Command::StepWorker, 1, ImGuiKey_1, kStep},
    Shortcut{Command::StepWorker, 2, ImGuiKey_2, kStep},
    Shortcut{Command::StepWorker, 3, ImGuiKey_3, kStep},
    Shortcut{Command::StepWorker, 4, ImGuiKey_4, kStep},
    Shortcut{Command::StepWorker, 5, ImGuiKey_5, kStep},
    Shortcut{Command::StepWorker, 6, ImGuiKey_6, kStep},
    Shortcut{Command::StepWorker, 7, ImGuiKey_7, kStep},
    Shortcut{Command::StepWorker, 8, ImGuiKey_8, kStep},
    Shortcut{Command::StepWorker, 9, ImGuiKey_9, kStep},
    Shortcut{Command::RunToEnd, 0, ImGuiKey_F8, kStep},
    Shortcut{Command::Undo, 0, ImGuiMod_Ctrl | ImGuiKey_Z, kStep},
    Shortcut{Command::StepPlan, 0, ImGuiKey_F9, kStep},
    Shortcut{Command::PlayPlan, 0, ImGuiMod_Shift | ImGuiKey_F9, kStep},
    Shortcut{Command::FindBug, 0, ImGuiMod_Ctrl | ImGuiKey_F, kRun},
    Shortcut{Command::CancelFind, 0, ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_F, kRun},  // as Shift+F5 stops a run
    Shortcut{Command::PlayChallenge, 0, ImGuiMod_Ctrl | ImGuiKey_G, kRun},                 // G: goal
    Shortcut{Command::OpenChallenge, 0, ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_G, kFiles},
    Shortcut{Command::OpenProgram, 0, ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_P, kFiles},  // P: a Python program
    Shortcut{Command::OpenRun, 0, ImGuiMod_Ctrl | ImGuiKey_O, kFiles},
    Shortcut{Command::SaveRun, 0, ImGuiMod_Ctrl | ImGuiKey_S, kFiles},
    Shortcut{Command::SaveProgram, 0, ImGuiMod_Ctrl | ImGuiKey_S, kFiles},  // while the editor has the keys
    Shortcut{Command::EditProgram, 0, ImGuiKey_F4, kFiles},
    Shortcut{Command::SaveProgramAs, 0, ImGuiKey_F12, kFiles},
    Shortcut{Command::ExportChrome, 0, ImGuiMod_Ctrl | ImGuiKey_E, kFiles},
    Shortcut{Command::SaveSchedule, 0, ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_S, kFiles},
    Shortcut{Command::Help, 0, ImGuiKey_F1, kWindow},
    Shortcut{Command::LargerText, 0, ImGuiMod_Ctrl | ImGuiKey_Equal, kWindow},
    Shortcut{Command::SmallerText, 0, ImGuiMod_Ctrl | ImGuiKey_Minus, kWindow},
    Shortcut{Command::PresentationSize, 0, ImGuiMod_Ctrl | ImGuiKey_P, kWindow},
    Shortcut{Command::LessonLayout, 0, ImGuiMod_Ctrl | ImGuiKey_L, kWindow},
    Shortcut{Command::MaximisePanel, 0, ImGuiKey_F11, kWindow},
    Shortcut{Command::PreviousDemo, 0, ImGuiMod_Ctrl | ImGuiKey_PageUp, kWindow},
    Shortcut{Command::NextDemo, 0, ImGuiMod_Ctrl | ImGuiKey_PageDown, kWindow},
    Shortcut{Command::Quit, 0, ImGuiMod_Ctrl | ImGuiKey_Q, kWindow},
};

// ImGui spells Ctrl+= as "Ctrl+Equal"; the help reads better with the symbol.
std::string chord_name(ImGuiKeyChord chord) {
    std::string name = ImGui::GetKeyChordName(chord);
    for (auto [word, symbol] : {std::pair<std::string_view, std::string_view>{"Equal", "="}, {"Minus", "-"}}) {
        if (const size_t at = name.find(word); at != std::string::npos) name.replace(at, word.size(), symbol);
    }
    return name;
}

}  // namespace

std::span<const Shortcut> shortcut_table() { return kShortcuts; }

std::string shortcut_text(Command c, int arg) {
    std::string text;
    for (const Shortcut& s : kShortcuts) {
        if (s.command != c || s.arg != arg) continue;
        if (!text.empty()) text += " / ";
        text += chord_name(s.chord);
    }
    return text;
}

// F1 … F12, with or without modifiers: keys no text editor types with.
bool is_function_key(ImGuiKeyChord chord) {
    const int key = chord & ~ImGuiMod_Mask_;
    return key >= ImGuiKey_F1 && key <= ImGuiKey_F12;
}

void handle_shortcuts(UiState& state) {
    // A modal (file dialog, help, error) or an open menu keeps the keys to itself.
    if (ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) return;
    // While the program editor has the keys, Space, digits and Ctrl+Z are
    // typing and undo there: only the function keys (F5 runs the edited
    // program), the window's own keys (text size, quit: none of them an
    // editing key) and Ctrl+S (save the program, not the run) still act.
    const bool editing = state.editor_focused;
    for (const Shortcut& s : kShortcuts) {
        const bool for_editor = s.command == Command::SaveProgram;
        const bool still_acts = for_editor || is_function_key(s.chord) || std::string_view(s.section) == kWindow;
        if (editing ? !still_acts : for_editor) continue;
        // Holding a step key keeps stepping; everything else acts once per press.
        const ImGuiInputFlags flags =
            ImGuiInputFlags_RouteGlobal | (s.command == Command::StepAny ? ImGuiInputFlags_Repeat : 0);
        if (ImGui::Shortcut(s.chord, flags)) execute(state, s.command, s.arg);
    }
}

void command_tooltip(Command c, int arg, std::string_view why) {
    if (!ImGui::BeginItemTooltip()) return;
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * kTooltipWidthEm);
    const std::string_view help = command_help(c);
    ImGui::TextUnformatted(help.data(), help.data() + help.size());
    if (!why.empty()) ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(colour::kTextWarning), "%.*s",
                                         static_cast<int>(why.size()), why.data());
    if (const std::string keys = shortcut_text(c, arg); !keys.empty())
        ImGui::TextDisabled("%s", i18n::trf("Keys: {keys}", {{"keys", keys}}).c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

bool command_button(UiState& state, Command c, int arg) {
    const std::string why = why_disabled(state, c, arg);
    ImGui::PushID(static_cast<int>(c) * 16 + arg);
    ImGui::BeginDisabled(!why.empty());
    const bool clicked = ImGui::Button(std::string(command_label(c)).c_str());
    ImGui::EndDisabled();
    ImGui::PopID();
    command_tooltip(c, arg, why);
    if (clicked) execute(state, c, arg);
    return clicked;
}

void command_buttons(UiState& state, std::initializer_list<Command> commands, bool after_last_item) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    bool first = !after_last_item;
    for (Command c : commands) {
        const float w = ImGui::CalcTextSize(std::string(command_label(c)).c_str()).x + style.FramePadding.x * 2.0f;
        if (!first && ImGui::GetItemRectMax().x + style.ItemSpacing.x + w <= right) ImGui::SameLine();
        command_button(state, c);
        first = false;
    }
}

bool command_menu_item(UiState& state, Command c, bool selected) {
    const std::string keys = shortcut_text(c);
    const bool clicked = ImGui::MenuItem(std::string(command_label(c)).c_str(), keys.empty() ? nullptr : keys.c_str(),
                                         selected, command_enabled(state, c));
    if (clicked) execute(state, c);
    return clicked;
}

}  // namespace il::gui
