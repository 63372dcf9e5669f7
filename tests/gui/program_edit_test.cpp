// tests/gui/program_edit_test.cpp — the learner's edits to a Python program
// (app/gui/source/program_edit.hpp) and the commands over them: what is
// saved where, what a failed save keeps, and that unsaved edits are never
// dropped by closing the editor or opening another program.
#include <doctest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "app/gui/shell/controls.hpp"
#include "app/gui/shell/ui_state.hpp"
#include "app/gui/source/program_edit.hpp"
#include "tests/gui/headless_ui.hpp"

using il::gui::Command;
using il::gui::ProgramEdit;

namespace {

struct TempProgram {
    std::filesystem::path dir, file;
    explicit TempProgram(const std::string& text) {
        char tmpl[] = "/tmp/il_edit_XXXXXX";
        REQUIRE(::mkdtemp(tmpl) != nullptr);
        dir = tmpl;
        file = dir / "prog.py";
        std::ofstream(file) << text;
    }
    ~TempProgram() { std::filesystem::remove_all(dir); }
    std::string read(const std::filesystem::path& p) const {
        std::ifstream in(p);
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }
};

}  // namespace

TEST_CASE("program edit: opening reads the file — an edit is unsaved until saved, then the file holds it") {
    TempProgram t("mutexB.acquire()\n");
    ProgramEdit edit;
    std::string error;
    REQUIRE(il::gui::begin_edit(edit, t.file.string(), error));
    CHECK(edit.open);
    CHECK(edit.path == std::filesystem::canonical(t.file).string());
    CHECK_FALSE(edit.dirty());
    const uint64_t reloads = edit.reloads;
    edit.text = "mutexB.acquire(timeout=2)\n";
    CHECK(edit.dirty());
    CHECK_FALSE(il::gui::end_edit(edit));  // closing would drop the edit: refused
    CHECK(edit.open);
    REQUIRE(il::gui::save_edit(edit, edit.path, error));
    CHECK_FALSE(edit.dirty());
    CHECK(t.read(t.file) == "mutexB.acquire(timeout=2)\n");
    CHECK(edit.reloads == reloads);  // a save does not reload the editor (its undo history stays)
    CHECK(il::gui::end_edit(edit));
    CHECK_FALSE(edit.open);
}

TEST_CASE("program edit: revert goes back to the file's text and tells the editor to reload") {
    TempProgram t("x = 1\n");
    ProgramEdit edit;
    std::string error;
    REQUIRE(il::gui::begin_edit(edit, t.file.string(), error));
    edit.text = "x = 2\n";
    const uint64_t reloads = edit.reloads;
    il::gui::revert_edit(edit);
    CHECK(edit.text == "x = 1\n");
    CHECK_FALSE(edit.dirty());
    CHECK(edit.reloads == reloads + 1);
}

TEST_CASE("program edit: a file that cannot be written keeps the edits and says why — save as writes elsewhere and edits that file from then on") {
    TempProgram t("x = 1\n");
    ProgramEdit edit;
    std::string error;
    REQUIRE(il::gui::begin_edit(edit, t.file.string(), error));
    edit.text = "x = 2\n";
    CHECK_FALSE(il::gui::save_edit(edit, "/nonexistent-dir/prog.py", error));
    CHECK(error.find("/nonexistent-dir/prog.py") != std::string::npos);
    CHECK(edit.dirty());
    CHECK(edit.text == "x = 2\n");
    const std::filesystem::path other = t.dir / "prog_edited.py";
    REQUIRE(il::gui::save_edit(edit, other.string(), error));
    CHECK(edit.path == std::filesystem::canonical(other).string());
    CHECK(t.read(other) == "x = 2\n");
    CHECK(t.read(t.file) == "x = 1\n");  // the original is untouched
}

TEST_CASE("program edit: a missing file cannot be opened, and the edit in progress is left alone") {
    TempProgram t("x = 1\n");
    ProgramEdit edit;
    std::string error;
    REQUIRE(il::gui::begin_edit(edit, t.file.string(), error));
    edit.text = "x = 3\n";
    CHECK_FALSE(il::gui::begin_edit(edit, (t.dir / "missing.py").string(), error));
    CHECK(error.find("missing.py") != std::string::npos);
    CHECK(edit.text == "x = 3\n");
    CHECK(edit.path == std::filesystem::canonical(t.file).string());
}

TEST_CASE("program edit commands: Save and Revert act only on unsaved edits — Save writes the file and says so") {
    TempProgram t("x = 1\n");
    il::gui::UiState state;
    std::string error;
    CHECK_FALSE(il::gui::command_enabled(state, Command::SaveProgram));
    CHECK_FALSE(il::gui::command_enabled(state, Command::SaveProgramAs));
    CHECK_FALSE(il::gui::command_enabled(state, Command::EditProgram));  // nothing selected: no program to edit
    CHECK(il::gui::why_disabled(state, Command::EditProgram).find("Python program") != std::string::npos);
    REQUIRE(il::gui::begin_edit(state.edit(), t.file.string(), error));
    CHECK(il::gui::command_enabled(state, Command::SaveProgramAs));
    CHECK_FALSE(il::gui::command_enabled(state, Command::RevertProgram));
    state.edit().text = "x = 5\n";
    REQUIRE(il::gui::command_enabled(state, Command::SaveProgram));
    il::gui::execute(state, Command::SaveProgram);
    CHECK_FALSE(state.controls().error.has_value());
    CHECK(t.read(t.file) == "x = 5\n");
    CHECK(state.controls().notice == "Saved " + state.edit().path);
    CHECK(il::gui::suggested_file_name(state, Command::SaveProgramAs) == "prog_edited.py");
}

TEST_CASE("program edit: closing the window saves edits not saved yet — when the file cannot be written they are kept in the temporary directory") {
    TempProgram t("x = 1\n");
    il::test::HeadlessUi ui;
    std::string error;
    REQUIRE(il::gui::begin_edit(ui.app().state().edit(), t.file.string(), error));
    ui.app().state().edit().text = "x = 7\n";
    ui.app().keep_unsaved_edits();
    CHECK(t.read(t.file) == "x = 7\n");
    CHECK_FALSE(ui.app().state().edit().dirty());

    ui.app().state().edit().text = "x = 8\n";
    std::filesystem::remove_all(t.dir);  // the program's folder is gone: it cannot be saved there
    const char* tmp = std::getenv("TMPDIR");
    const std::string rescue = std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") + "/prog.py.unsaved-" +
                               std::to_string(::getpid()) + ".py";
    ui.app().keep_unsaved_edits();
    CHECK(t.read(rescue) == "x = 8\n");
    std::filesystem::remove(rescue);
}
