// tests/gui/settings_test.cpp — where the window keeps its state, and the
// "[Interleave]" ini section surviving a save/load round trip through ImGui.
#include <doctest.h>

#include "app/gui/shell/settings.hpp"
#include "imgui.h"

using il::gui::config_dir;

TEST_CASE("settings: XDG_CONFIG_HOME wins, else ~/.config, never the working directory") {
    CHECK(config_dir("/xdg", "/home/ann") == std::filesystem::path("/xdg/interleave"));
    CHECK(config_dir(nullptr, "/home/ann") == std::filesystem::path("/home/ann/.config/interleave"));
    CHECK(config_dir("", "/home/ann") == std::filesystem::path("/home/ann/.config/interleave"));
    // The XDG spec says relative paths are invalid and must be ignored.
    CHECK(config_dir("relative/dir", "/home/ann") == std::filesystem::path("/home/ann/.config/interleave"));
    CHECK_FALSE(config_dir(nullptr, nullptr).has_value());
    CHECK_FALSE(config_dir(nullptr, "").has_value());
    CHECK_FALSE(config_dir("rel", "also-relative").has_value());
}

TEST_CASE("settings: window geometry and layout version round-trip through the ini") {
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // never write imgui.ini into the working directory
    il::gui::SavedState out;
    il::gui::register_settings_handler(out);
    out.refresh_before_write = [](il::gui::SavedState& s) {
        s.window = {
            .x = 40, .y = 30, .width = 1400, .height = 900, .has_position = true, .has_size = true, .maximized = true};
        s.layout_version = 7;
    };
    const std::string ini = ImGui::SaveIniSettingsToMemory();
    ImGui::DestroyContext();
    CHECK(ini.find("[Interleave][Window]") != std::string::npos);

    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // never write imgui.ini into the working directory
    il::gui::SavedState in;
    il::gui::register_settings_handler(in);
    ImGui::LoadIniSettingsFromMemory(ini.c_str(), ini.size());
    ImGui::DestroyContext();
    CHECK(in.window.has_position);
    CHECK(in.window.x == 40);
    CHECK(in.window.y == 30);
    CHECK(in.window.width == 1400);
    CHECK(in.window.height == 900);
    CHECK(in.window.maximized);
    CHECK(in.layout_version == 7);
}

TEST_CASE("settings: an ini without our section, or with junk in it, leaves the defaults") {
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // never write imgui.ini into the working directory
    il::gui::SavedState in;
    il::gui::register_settings_handler(in);
    const char* ini =
        "[Window][Demos]\nPos=1,2\n\n[Interleave][Window]\nSize=-5,7\nPos=x\n\n[Interleave][Future]\nA=1\n";
    ImGui::LoadIniSettingsFromMemory(ini);
    ImGui::DestroyContext();
    CHECK_FALSE(in.window.has_size);
    CHECK_FALSE(in.window.has_position);
    CHECK(in.layout_version == 0);
}

TEST_CASE("settings: presentation mode, the text size, lesson layouts and the welcome seen round-trip, and bad values leave the defaults") {
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    il::gui::SavedState out;
    il::gui::register_settings_handler(out);
    out.present = true;
    out.text_scale = 1.75f;
    out.lesson_layouts = false;
    out.welcomed = true;
    const std::string ini = ImGui::SaveIniSettingsToMemory();
    ImGui::DestroyContext();
    CHECK(ini.find("[Interleave][View]\nPresent=1\nTextScale=1.75\nLessonLayouts=0\nWelcomed=1\n") != std::string::npos);

    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    il::gui::SavedState in;
    il::gui::register_settings_handler(in);
    ImGui::LoadIniSettingsFromMemory(ini.c_str(), ini.size());
    ImGui::DestroyContext();
    CHECK(in.present);
    CHECK(in.text_scale == doctest::Approx(1.75f));
    CHECK_FALSE(in.lesson_layouts);
    CHECK(in.welcomed);

    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    il::gui::SavedState junk;
    il::gui::register_settings_handler(junk);
    ImGui::LoadIniSettingsFromMemory("[Interleave][View]\nTextScale=40\nPresent=x\nLessonLayouts=\n");
    ImGui::DestroyContext();
    CHECK(junk.text_scale == 0.0f);  // out of range: never changed
    CHECK_FALSE(junk.present);
    CHECK(junk.lesson_layouts);
    CHECK_FALSE(junk.welcomed);
}
