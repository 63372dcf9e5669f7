// app/gui/source/program_editor.cpp — the program editor (see program_editor.hpp).
#include "app/gui/source/program_editor.hpp"

#include <algorithm>
#include <string>

#include "TextEditor.h"
#include "app/gui/session/run_view.hpp"
#include "app/gui/shell/controls.hpp"
#include "app/gui/shell/fonts.hpp"
#include "app/gui/shell/shortcuts.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/ui_state.hpp"
#include "app/gui/shell/widgets.hpp"
#include "app/gui/shell/worker_colors.hpp"
#include "app/gui/source/source_markers.hpp"
#include "app/gui/timeline/timeline_lane.hpp"  // state_word
#include "core/common/i18n.hpp"

namespace il::gui {

using i18n::tr;

namespace {
constexpr float kMinEditorLines = 8.0f;
}  // namespace

ProgramEditor::ProgramEditor() : editor_(std::make_unique<TextEditor>()) {
    editor_->SetLanguage(TextEditor::Language::Python());
    editor_->SetPalette(TextEditor::GetDarkPalette());
    editor_->SetTabSize(4);
    editor_->SetInsertSpacesOnTabs(true);  // PEP 8, and a mix of tabs and spaces is a TabError
    editor_->SetShowLineNumbersEnabled(true);
    editor_->SetShowMatchingBrackets(true);
    editor_->SetShowWhitespacesEnabled(false);
}

ProgramEditor::~ProgramEditor() = default;

void ProgramEditor::sync_in(UiState& state) {
    const ProgramEdit& edit = state.edit();
    if (edit.reloads == reloads_seen_) return;
    reloads_seen_ = edit.reloads;
    editor_->SetText(edit.text);
    editor_->SetFocus();  // opened (F4) or reverted: the keys go to the text
    undo_index_seen_ = editor_->GetUndoIndex();
    markers_key_ = 0;
}

void ProgramEditor::sync_out(UiState& state) {
    // Every edit (typing, paste, undo, redo) moves the undo index.
    if (editor_->GetUndoIndex() == undo_index_seen_) return;
    undo_index_seen_ = editor_->GetUndoIndex();
    state.edit().text = editor_->GetText();
}

void ProgramEditor::mark_workers(const RunView& run) {
    const std::vector<SourceMarker> markers = source_markers(run, static_cast<uint32_t>(editor_->GetLineCount()));
    uint64_t key = markers.size() + 1;
    for (const SourceMarker& m : markers) key = key * 1000003u + m.line * 31u + m.worker + m.op.size();
    if (key == markers_key_) return;
    markers_key_ = key;
    editor_->ClearMarkers();
    for (const SourceMarker& m : markers) {
        if (m.line == 0) continue;
        const std::string what = m.name + " \u2192 " + (m.op.empty() ? std::string(state_word(m.state)) : m.op) +
                                 (m.blocked.empty() ? "" : "  (" + m.blocked + ")");
        editor_->AddMarker(m.line - 1, worker_colour(m.worker), colour::kMarkedLine, what, what);
    }
}

void ProgramEditor::draw(UiState& state, const RunView& run) {
    sync_in(state);
    const ProgramEdit& edit = state.edit();
    command_buttons(state, {Command::SaveProgram, Command::SaveProgramAs, Command::RevertProgram});
    ImGui::SameLine();
    if (ImGui::SmallButton((std::string(tr("Done editing")) + "###done_editing").c_str()))
        execute(state, Command::EditProgram);
    ImGui::SetItemTooltip("%s", tr("Back to the source view with its step markers (save or revert your edits first)."));
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemSpacing.x * 3.0f);
    if (edit.dirty())
        text_coloured(colour::kTextWarning, tr("unsaved edits: Run, Slow and Step save them first"));
    else
        text_coloured(colour::kTextMuted, tr("saved"));
    mark_workers(run);
    ImGui::PushFont(code_font(), 0.0f);
    // At least a few lines, even in a small panel at presentation size (the panel scrolls then).
    const float min_h = ImGui::GetTextLineHeightWithSpacing() * kMinEditorLines;
    editor_->Render("##program_editor", ImVec2(0.0f, std::max(ImGui::GetContentRegionAvail().y, min_h)),
                    ImGuiChildFlags_Borders);
    state.editor_focused = ImGui::IsItemFocused() || ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows);
    ImGui::PopFont();
    sync_out(state);
}

}  // namespace il::gui
