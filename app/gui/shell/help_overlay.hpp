// app/gui/shell/help_overlay.hpp — the keyboard-shortcut overlay (F1, Help menu):
// every shortcut from the table in shortcuts.hpp, by section, with what it
// does, plus a few words on how stepping works.
//
// Thread rules: GUI thread only, inside an ImGui frame.
#pragma once

namespace il::gui {

class HelpOverlay {
public:
    // Shows the overlay from the next draw(); F1 again, Esc or Close hides it.
    void open() { open_pending_ = true; }
    void draw();

private:
    bool open_pending_ = false;
};

}  // namespace il::gui
