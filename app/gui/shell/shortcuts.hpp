// app/gui/shell/shortcuts.hpp — the keyboard shortcuts: one table, read by the key
// handling, the tooltips, the menus and the help overlay, so what the help
// says is what the keys do.
//
// Keys are routed globally (ImGui::Shortcut with ImGuiInputFlags_RouteGlobal):
// they work whichever panel has the focus, except while a text field is being
// edited (an active text field owns every key), so typing "1" into a parameter
// never steps a worker.
//
// Thread rules: GUI thread only; handle_shortcuts() inside an ImGui frame.
#pragma once

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

#include "app/gui/shell/controls.hpp"
#include "imgui.h"

namespace il::gui {

struct Shortcut {
    Command command;
    int arg = 0;  // StepWorker: which choice (1..9)
    ImGuiKeyChord chord = ImGuiKey_None;
    // The help overlay's section, in English: "Run", "Step mode", "Files", "Window".
    const char* section = "";
};

// Every shortcut, in the order the help overlay lists them. A command may
// have two (Step any: F10 and Space).
std::span<const Shortcut> shortcut_table();

// The keys of `c` (and `arg`) as ImGui names them, several joined by " / ":
// "F5", "Shift+F5", "F10 / Space"; "" when it has none. Needs an ImGui context.
std::string shortcut_text(Command c, int arg = 0);

// Checks every shortcut once and executes the commands whose keys were
// pressed this frame. Call once per frame.
void handle_shortcuts(UiState& state);

// A button for `c` with its label, disabled when the command cannot act now,
// and a tooltip with its help and keys; executes it when clicked.
bool command_button(UiState& state, Command c, int arg = 0);
// Buttons for `commands` (command_button), left to right, wrapping at the
// edge of the window; with `after_last_item`, on the last item's line when
// the first fits there.
void command_buttons(UiState& state, std::initializer_list<Command> commands, bool after_last_item = false);
// The same as a menu item with its keys on the right.
bool command_menu_item(UiState& state, Command c, bool selected = false);
// The tooltip of `c` for the last item: its help sentence, why it cannot act
// now (when `why` is not empty) and its keys.
void command_tooltip(Command c, int arg = 0, std::string_view why = {});

}  // namespace il::gui
