// app/gui/source/program_edit.hpp — the learner's edits to their Python
// program, shared by the Source panel's editor (which types into `text`) and
// the commands: Save and Save as write it, and Run, Slow and Step save it
// first, so what runs is what the learner sees. No ImGui here: tested
// headless.
//
// Why save before a run rather than run a scratch copy: the program's own
// directory is on its sys.path (a helper module beside it must import), its
// path names it in every view and schedule, and an editor that saves on Run
// is what a teacher expects; Save as first keeps the original.
//
// Thread rules: GUI thread only.
#pragma once

#include <cstdint>
#include <string>

namespace il::gui {

struct ProgramEdit {
    bool open = false;        // the Source panel shows the editor
    std::string path;         // the file edited (absolute)
    std::string text;         // the editor's text, kept in step by the panel
    std::string saved_text;   // what the file holds, as last read or written
    uint64_t reloads = 0;     // bumped when `text` was replaced from outside the editor: the panel reloads it

    bool dirty() const { return open && text != saved_text; }
};

// Reads `path` into `edit` and opens the editor; false with `error` set when
// it cannot be read (the edit is left as it was).
bool begin_edit(ProgramEdit& edit, const std::string& path, std::string& error);
// Writes the text to `path` (core::write_file: atomic, symlinks followed);
// on success `path` is the file edited from now on. False with `error` set
// otherwise, the edits kept.
bool save_edit(ProgramEdit& edit, const std::string& path, std::string& error);
// Back to what the file holds.
void revert_edit(ProgramEdit& edit);
// Closes the editor; false (and nothing done) while there are unsaved edits.
bool end_edit(ProgramEdit& edit);

}  // namespace il::gui
