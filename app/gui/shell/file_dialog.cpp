// app/gui/shell/file_dialog.cpp — the ImGui file-path dialog; see file_dialog.hpp.
#include "app/gui/shell/file_dialog.hpp"

#include <algorithm>
#include <cstring>
#include <system_error>

#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/widgets.hpp"
#include "core/common/i18n.hpp"
#include "imgui.h"

namespace il::gui {

namespace fs = std::filesystem;
using i18n::tr;

namespace {

constexpr const char* kPopupId = "###file_dialog";
// The dialog's width and its folder listing's height, in font sizes.
constexpr float kWidthEm = 40.0f;
constexpr float kListingLines = 12.0f;

bool opens_a_file(Command c) { return c == Command::OpenRun || c == Command::OpenProgram || c == Command::Replay; }

const char* verb(Command c) {
    return opens_a_file(c) ? tr("Open") : c == Command::ExportChrome ? tr("Export") : tr("Save");
}

// "Open run…" -> "Open run": the dialog's title (in the user's language).
std::string title_of(Command c) {
    std::string t(command_label(c));
    if (const size_t dots = t.find("\u2026"); dots != std::string::npos) t.erase(dots);
    return t;
}

bool is_regular_file(const std::string& path) {
    std::error_code ec;
    return fs::is_regular_file(path, ec);
}

}  // namespace

std::vector<FolderEntry> list_folder(const fs::path& folder, std::string_view extension) {
    std::vector<FolderEntry> out;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.empty() || name[0] == '.') continue;
        std::error_code type_ec;
        const bool is_folder = it->is_directory(type_ec);
        if (!is_folder && !extension.empty() && !name.ends_with(extension)) continue;
        out.push_back({name, is_folder});
    }
    std::sort(out.begin(), out.end(), [](const FolderEntry& a, const FolderEntry& b) {
        return a.is_folder != b.is_folder ? a.is_folder : a.name < b.name;
    });
    return out;
}

fs::path folder_of(const std::string& typed) {
    std::error_code ec;
    const fs::path base = fs::current_path(ec);
    fs::path p = typed.empty() ? base : fs::path(typed);
    if (p.is_relative()) p = base / p;
    if (fs::is_directory(p, ec)) return p.lexically_normal();
    p = p.parent_path();
    return p.empty() ? base : p.lexically_normal();
}

void FileDialog::open(Command c, const std::string& initial, std::vector<std::string> recent) {
    command_ = c;
    recent_ = std::move(recent);
    set_path(initial);
    open_pending_ = true;
    focus_field_ = true;
}

void FileDialog::set_path(const std::string& path) {
    path_.fill('\0');
    std::memcpy(path_.data(), path.data(), std::min(path.size(), path_.size() - 1));
}

void FileDialog::refresh_listing() {
    const fs::path folder = folder_of(path_.data());
    if (folder == listed_) return;
    listed_ = folder;
    entries_ = list_folder(folder, file_extension(command_));
}

std::optional<std::string> FileDialog::draw() {
    // A fixed width; the height follows the content (a warning line comes and goes).
    if (!begin_modal(kPopupId, title_of(command_), open_pending_, kWidthEm, ImGuiCond_Always)) return std::nullopt;
    refresh_listing();
    bool confirmed = draw_path_field();
    confirmed |= draw_listing();
    confirmed |= draw_recent();
    confirmed |= draw_buttons();
    if (confirmed && opens_a_file(command_) && !is_regular_file(path_.data())) confirmed = false;
    if (confirmed || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    if (!confirmed || path_[0] == '\0') return std::nullopt;
    return std::string(path_.data());
}

bool FileDialog::draw_path_field() {
    text_muted_wrapped(std::string(command_help(command_)));
    if (focus_field_) {
        ImGui::SetKeyboardFocusHere();
        focus_field_ = false;
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool enter = ImGui::InputTextWithHint("##path", tr("path/to/file"), path_.data(), path_.size(),
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    std::error_code ec;
    const bool exists = fs::exists(path_.data(), ec);
    // One line, always there (empty when all is well), so that the listing
    // below never moves under the mouse between two clicks of a double-click.
    std::string_view warning;
    if (opens_a_file(command_) && path_[0] != '\0' && !is_regular_file(path_.data()))
        warning = exists ? tr("That is a folder: pick a file in it.") : tr("No such file yet.");
    else if (!opens_a_file(command_) && exists && is_regular_file(path_.data()))
        warning = tr("This file exists and will be replaced.");
    text_coloured(colour::kTextWarning, warning);
    return enter;
}

bool FileDialog::draw_listing() {
    ImGui::SeparatorText(tr("Folder"));
    text_coloured(colour::kTextMuted, listed_.string());
    bool confirmed = false;
    const float height = ImGui::GetTextLineHeightWithSpacing() * kListingLines;
    if (ImGui::BeginChild("listing", ImVec2(-FLT_MIN, height), ImGuiChildFlags_Borders)) {
        if (listed_.has_parent_path() && listed_ != listed_.root_path() &&
            ImGui::Selectable("../", false, ImGuiSelectableFlags_AllowDoubleClick))
            set_path((listed_.parent_path() / "").string());
        if (entries_.empty())
            text_muted_wrapped(i18n::trf("(no {extension} files here)", {{"extension", file_extension(command_)}}));
        for (const FolderEntry& e : entries_) {
            const std::string label = e.is_folder ? e.name + "/" : e.name;
            const std::string full = (listed_ / e.name).string();
            const bool selected = full == path_.data();
            if (!ImGui::Selectable(label.c_str(), selected, ImGuiSelectableFlags_AllowDoubleClick)) continue;
            set_path(e.is_folder ? full + "/" : full);
            confirmed |= !e.is_folder && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left);
        }
    }
    ImGui::EndChild();
    return confirmed;
}

bool FileDialog::draw_recent() {
    if (recent_.empty()) return false;
    ImGui::SeparatorText(tr("Recent"));
    bool confirmed = false;
    for (size_t i = 0; i < recent_.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Selectable(recent_[i].c_str(), recent_[i] == path_.data(), ImGuiSelectableFlags_AllowDoubleClick)) {
            set_path(recent_[i]);
            confirmed |= ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left);
        }
        ImGui::PopID();
    }
    return confirmed;
}

bool FileDialog::draw_buttons() {
    ImGui::Spacing();
    const bool can_confirm = path_[0] != '\0' && (!opens_a_file(command_) || is_regular_file(path_.data()));
    ImGui::BeginDisabled(!can_confirm);
    const bool confirmed = ImGui::Button(verb(command_));
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) ImGui::CloseCurrentPopup();
    return confirmed;
}

}  // namespace il::gui
