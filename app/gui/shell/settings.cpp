// app/gui/shell/settings.cpp — the config directory and the "[Interleave]" ini handler.
#include "app/gui/shell/settings.hpp"

#include <pwd.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "imgui.h"
#include "imgui_internal.h"  // ImGuiSettingsHandler

namespace il::gui {

namespace {

constexpr const char* kHandlerName = "Interleave";
constexpr const char* kWindowEntry = "Window";
constexpr const char* kLayoutEntry = "Layout";
constexpr const char* kLanguageEntry = "Language";
constexpr const char* kViewEntry = "View";

SavedState& state_of(ImGuiSettingsHandler* handler) { return *static_cast<SavedState*>(handler->UserData); }

void* read_open(ImGuiContext*, ImGuiSettingsHandler* handler, const char* name) {
    SavedState& s = state_of(handler);
    if (std::strcmp(name, kWindowEntry) == 0) return &s.window;
    if (std::strcmp(name, kLayoutEntry) == 0) return &s.layout_version;
    if (std::strcmp(name, kLanguageEntry) == 0) return &s.language;
    if (std::strcmp(name, kViewEntry) == 0) return &s.present;
    return nullptr;  // an entry from a newer version: ignored
}

void read_window_line(WindowGeometry& w, const char* line) {
    int a = 0, b = 0;
    if (std::sscanf(line, "Pos=%d,%d", &a, &b) == 2) {
        w.x = a;
        w.y = b;
        w.has_position = true;
    } else if (std::sscanf(line, "Size=%d,%d", &a, &b) == 2 && a > 0 && b > 0) {
        w.width = a;
        w.height = b;
        w.has_size = true;
    } else if (std::sscanf(line, "Maximized=%d", &a) == 1) {
        w.maximized = a != 0;
    }
}

void read_line(ImGuiContext*, ImGuiSettingsHandler* handler, void* entry, const char* line) {
    SavedState& s = state_of(handler);
    if (entry == &s.window) {
        read_window_line(s.window, line);
    } else if (entry == &s.layout_version) {
        int v = 0;
        if (std::sscanf(line, "Version=%d", &v) == 1) s.layout_version = v;
    } else if (entry == &s.language && std::strncmp(line, "Code=", 5) == 0) {
        s.language = line + 5;
    } else if (entry == &s.present) {
        int v = 0;
        float f = 0;
        if (std::sscanf(line, "Present=%d", &v) == 1) s.present = v != 0;
        if (std::sscanf(line, "TextScale=%f", &f) == 1 && f >= 0.5f && f <= 4.0f) s.text_scale = f;
        if (std::sscanf(line, "LessonLayouts=%d", &v) == 1) s.lesson_layouts = v != 0;
        if (std::sscanf(line, "Welcomed=%d", &v) == 1) s.welcomed = v != 0;
        if (std::strncmp(line, "Challenges=", 11) == 0) s.challenges = line + 11;
    }
}

void write_all(ImGuiContext*, ImGuiSettingsHandler* handler, ImGuiTextBuffer* out) {
    SavedState& s = state_of(handler);
    if (s.refresh_before_write) s.refresh_before_write(s);
    const WindowGeometry& w = s.window;
    out->appendf("[%s][%s]\n", kHandlerName, kWindowEntry);
    if (w.has_position) out->appendf("Pos=%d,%d\n", w.x, w.y);
    if (w.has_size) out->appendf("Size=%d,%d\n", w.width, w.height);
    out->appendf("Maximized=%d\n\n", w.maximized ? 1 : 0);
    out->appendf("[%s][%s]\nVersion=%d\n\n", kHandlerName, kLayoutEntry, s.layout_version);
    if (!s.language.empty()) out->appendf("[%s][%s]\nCode=%s\n\n", kHandlerName, kLanguageEntry, s.language.c_str());
    out->appendf("[%s][%s]\nPresent=%d\n", kHandlerName, kViewEntry, s.present ? 1 : 0);
    if (s.text_scale > 0) out->appendf("TextScale=%.2f\n", s.text_scale);
    out->appendf("LessonLayouts=%d\nWelcomed=%d\n", s.lesson_layouts ? 1 : 0, s.welcomed ? 1 : 0);
    if (!s.challenges.empty() && s.challenges.find('\n') == std::string::npos)
        out->appendf("Challenges=%s\n", s.challenges.c_str());
    out->appendf("\n");
}

}  // namespace

std::optional<std::filesystem::path> config_dir(const char* xdg_config_home, const char* home) {
    if (xdg_config_home != nullptr && xdg_config_home[0] == '/')
        return std::filesystem::path(xdg_config_home) / "interleave";
    if (home != nullptr && home[0] == '/') return std::filesystem::path(home) / ".config" / "interleave";
    return std::nullopt;
}

std::optional<std::filesystem::path> config_dir_from_environment() {
    const char* home = std::getenv("HOME");
    if (home == nullptr || home[0] == '\0') {
        if (const passwd* pw = getpwuid(getuid())) home = pw->pw_dir;
    }
    return config_dir(std::getenv("XDG_CONFIG_HOME"), home);
}

void register_settings_handler(SavedState& state) {
    ImGuiSettingsHandler handler;
    handler.TypeName = kHandlerName;
    handler.TypeHash = ImHashStr(kHandlerName);
    handler.ReadOpenFn = read_open;
    handler.ReadLineFn = read_line;
    handler.WriteAllFn = write_all;
    handler.UserData = &state;
    ImGui::AddSettingsHandler(&handler);
}

}  // namespace il::gui
