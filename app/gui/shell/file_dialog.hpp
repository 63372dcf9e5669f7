// app/gui/shell/file_dialog.hpp — a small file-path dialog drawn with ImGui, so the
// window needs no native dialog library: a path field, the folder it points
// into (sub-folders and the files with the right extension, one click to pick,
// double-click to confirm) and the paths used recently.
//
// Thread rules: GUI thread only, inside an ImGui frame.
#pragma once

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/gui/shell/controls.hpp"

namespace il::gui {

// What one folder holds, as the dialog lists it: sub-folders first, then the
// files ending in `extension` (every file when it is empty), each sorted by
// name; hidden entries (".name") are left out. Pure; an unreadable folder
// gives an empty listing.
struct FolderEntry {
    std::string name;
    bool is_folder = false;
};
std::vector<FolderEntry> list_folder(const std::filesystem::path& folder, std::string_view extension);

// The folder a typed path points into: the path itself when it is a folder,
// else its parent; the working directory for a bare file name.
std::filesystem::path folder_of(const std::string& typed);

class FileDialog {
public:
    // Opens the dialog at the next draw() for command `c` (needs_path(c)),
    // with `initial` in the path field and `recent` paths to pick from.
    void open(Command c, const std::string& initial, std::vector<std::string> recent);
    // Draws the dialog while it is open. Returns the chosen path in the frame
    // the learner confirms it (button, Enter or a double-click).
    std::optional<std::string> draw();
    Command command() const { return command_; }

private:
    bool draw_path_field();
    bool draw_listing();
    bool draw_recent();
    bool draw_buttons();
    void set_path(const std::string& path);
    void refresh_listing();

    Command command_ = Command::OpenRun;
    bool open_pending_ = false;
    bool focus_field_ = false;
    std::array<char, 4096> path_{};
    std::vector<std::string> recent_;
    std::filesystem::path listed_;            // the folder `entries_` describe
    std::vector<FolderEntry> entries_;
};

}  // namespace il::gui
