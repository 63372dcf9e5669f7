// app/gui/shell/settings.hpp — what the window remembers between sessions and where.
//
// Everything lives in one file, $XDG_CONFIG_HOME/interleave/layout.ini (or
// ~/.config/interleave/layout.ini), never in the working directory: ImGui's
// own entries (window and dock layout) plus an "[Interleave]" section written
// by a settings handler registered here (the OS window's geometry, the
// version of the dock layout, see layout.hpp, the language chosen, the view:
// presentation mode, text size, lesson layouts; and whether the welcome was seen).
//
// Thread rules: GUI thread only.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace il::gui {

// The per-user config directory for Interleave, from the values of
// XDG_CONFIG_HOME and HOME (either may be null). A relative XDG_CONFIG_HOME is
// ignored, as the XDG base directory spec requires.
std::optional<std::filesystem::path> config_dir(const char* xdg_config_home, const char* home);
// The same from the environment, falling back to the passwd entry for HOME.
std::optional<std::filesystem::path> config_dir_from_environment();
inline constexpr const char* kIniFileName = "layout.ini";

// The OS window's geometry in screen coordinates, when not maximized.
struct WindowGeometry {
    int x = 0, y = 0;
    int width = 0, height = 0;
    bool has_position = false;
    bool has_size = false;
    bool maximized = false;
};

struct SavedState {
    WindowGeometry window;
    int layout_version = 0;  // 0: no layout saved
    std::string language;    // "zh-CN", "en": chosen in View > Language; "" never chosen
    bool present = false;    // presentation mode was on (Ctrl+P, --present)
    float text_scale = 0;    // the user's text size (theme.hpp user_scale); 0: never changed
    bool lesson_layouts = true;  // arrange the panels for each lesson opened (View menu)
    bool welcomed = false;   // the first-run welcome was seen
    std::string challenges;  // the challenges solved, with their best (challenge_play.hpp's progress_text)
    // Called just before the state is written, to refresh it (e.g. read the
    // window's current geometry). May be empty.
    std::function<void(SavedState&)> refresh_before_write;
};

// Registers the "[Interleave]" ini handler with the current ImGui context.
// `state` is filled when the ini is loaded and written when it is saved; it must
// outlive the context. Call after CreateContext(), before loading the ini.
void register_settings_handler(SavedState& state);

}  // namespace il::gui
