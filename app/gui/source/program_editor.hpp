// app/gui/source/program_editor.hpp — the Source panel's editor for a Python
// program: ImGuiColorTextEdit (third_party/imgui_text_edit) with Python
// highlighting, line numbers, undo/redo and find, over UiState::edit() (the
// text the commands save and run). While a run goes, each worker's line is
// marked in its colour, its pending operation in the marker's tooltip.
//
// Thread rules: GUI thread only, inside an ImGui frame.
#pragma once

#include <cstdint>
#include <memory>

class TextEditor;

namespace il::gui {

class UiState;
struct RunView;

class ProgramEditor {
public:
    ProgramEditor();
    ~ProgramEditor();
    ProgramEditor(const ProgramEditor&) = delete;
    ProgramEditor& operator=(const ProgramEditor&) = delete;

    // The toolbar (save, save as, revert, done) and the editor, filling the rest.
    void draw(UiState& state, const RunView& run);

private:
    void sync_in(UiState& state);   // a new file or a revert: load the text
    void sync_out(UiState& state);  // the learner typed: hand the text over
    void mark_workers(const RunView& run);
    std::unique_ptr<TextEditor> editor_;
    uint64_t reloads_seen_ = 0;
    size_t undo_index_seen_ = 0;
    uint64_t markers_key_ = 0;      // what the markers were last made from
};

}  // namespace il::gui
