// tests/gui/shortcuts_test.cpp — the shortcut table: no key does two things,
// every command a learner needs has a key, and the keys read as ImGui names them.
#include <doctest.h>

#include <set>
#include <string>

#include "app/gui/shell/shortcuts.hpp"
#include "imgui.h"

using il::gui::Command;

namespace {

// GetKeyChordName needs a context; nothing is drawn.
struct Context {
    Context() { ImGui::CreateContext(); }
    ~Context() { ImGui::DestroyContext(); }
};

}  // namespace

TEST_CASE("shortcuts: no two entries share a key, but Ctrl+S, which saves the program while the editor has the keys "
          "and the run otherwise") {
    std::set<ImGuiKeyChord> seen;
    for (const il::gui::Shortcut& s : il::gui::shortcut_table()) {
        CAPTURE(static_cast<int>(s.command));
        if (s.command != Command::SaveProgram) CHECK(seen.insert(s.chord).second);
        else CHECK(s.chord == (ImGuiMod_Ctrl | ImGuiKey_S));
        CHECK(std::string(s.section).size() > 0);
    }
}

TEST_CASE("shortcuts: every command has a key (but Revert edits, which throws edits away: a button only), and 1..9 "
          "step workers 1..9") {
    Context ctx;
    for (int i = 0; i < static_cast<int>(Command::Count); ++i) {
        const auto c = static_cast<Command>(i);
        if (c == Command::StepWorker || c == Command::RevertProgram) continue;
        CAPTURE(il::gui::command_label(c));
        CHECK_FALSE(il::gui::shortcut_text(c).empty());
    }
    for (int n = 1; n <= 9; ++n) CHECK(il::gui::shortcut_text(Command::StepWorker, n) == std::to_string(n));
    CHECK(il::gui::shortcut_text(Command::StepWorker, 10).empty());
}

TEST_CASE("shortcuts: the keys read as the help promises") {
    Context ctx;
    CHECK(il::gui::shortcut_text(Command::Run) == "F5");
    CHECK(il::gui::shortcut_text(Command::Stop) == "Shift+F5");
    CHECK(il::gui::shortcut_text(Command::Restart) == "Ctrl+R");
    CHECK(il::gui::shortcut_text(Command::StepAny) == "F10 / Space");
    CHECK(il::gui::shortcut_text(Command::RunToEnd) == "F8");
    CHECK(il::gui::shortcut_text(Command::Undo) == "Ctrl+Z");
    CHECK(il::gui::shortcut_text(Command::SaveRun) == "Ctrl+S");
    CHECK(il::gui::shortcut_text(Command::SaveProgram) == "Ctrl+S");
    CHECK(il::gui::shortcut_text(Command::EditProgram) == "F4");
    CHECK(il::gui::shortcut_text(Command::SaveProgramAs) == "F12");
    CHECK(il::gui::shortcut_text(Command::OpenRun) == "Ctrl+O");
    CHECK(il::gui::shortcut_text(Command::SaveSchedule) == "Ctrl+Shift+S");
    CHECK(il::gui::shortcut_text(Command::Help) == "F1");
    CHECK(il::gui::shortcut_text(Command::LargerText) == "Ctrl+=");
    CHECK(il::gui::shortcut_text(Command::SmallerText) == "Ctrl+-");
}
