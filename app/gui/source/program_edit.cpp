// app/gui/source/program_edit.cpp — the learner's edits (see program_edit.hpp).
#include "app/gui/source/program_edit.hpp"

#include <climits>
#include <cstdlib>

#include "core/common/i18n.hpp"
#include "core/io/file_input.hpp"
#include "core/io/file_write.hpp"

namespace il::gui {

namespace {

constexpr uint64_t kMaxProgramBytes = 4u << 20;  // as the Python loader reads

std::string absolute(const std::string& path) {
    char buf[PATH_MAX];
    return ::realpath(path.c_str(), buf) != nullptr ? std::string(buf) : path;
}

}  // namespace

bool begin_edit(ProgramEdit& edit, const std::string& path, std::string& error) {
    std::string text;
    try {
        text = core::read_bounded_file(path, kMaxProgramBytes, N_("Python program"));
    } catch (const core::FileInputError& e) {
        error = e.what();
        return false;
    }
    edit.open = true;
    edit.path = absolute(path);
    edit.text = text;
    edit.saved_text = std::move(text);
    ++edit.reloads;
    return true;
}

bool save_edit(ProgramEdit& edit, const std::string& path, std::string& error) {
    try {
        core::write_file(path, edit.text, N_("Python program"));
    } catch (const core::FileWriteError& e) {
        error = e.what();
        return false;
    }
    edit.path = absolute(path);
    edit.saved_text = edit.text;
    return true;
}

void revert_edit(ProgramEdit& edit) {
    edit.text = edit.saved_text;
    ++edit.reloads;
}

bool end_edit(ProgramEdit& edit) {
    if (edit.dirty()) return false;
    edit.open = false;
    return true;
}

}  // namespace il::gui
