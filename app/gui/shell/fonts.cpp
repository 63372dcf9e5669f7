// app/gui/shell/fonts.cpp — finding and loading the UI and code fonts.
#include "app/gui/shell/fonts.hpp"

#include <filesystem>

#include "app/gui/shell/theme.hpp"

namespace il::gui {

namespace {

// Where distributions put DejaVu: Debian/Ubuntu, Fedora, Arch.
constexpr const char* kFontDirs[] = {"/usr/share/fonts/truetype/dejavu/", "/usr/share/fonts/dejavu-sans-fonts/",
                                     "/usr/share/fonts/dejavu-sans-mono-fonts/", "/usr/share/fonts/TTF/"};
constexpr const char* kUiFontFile = "DejaVuSans.ttf";
constexpr const char* kCodeFontFile = "DejaVuSansMono.ttf";

ImFont* g_code_font = nullptr;  // owned by the font atlas; GUI thread only

std::string find_font(const char* file) {
    for (const char* dir : kFontDirs) {
        const std::string path = std::string(dir) + file;
        std::error_code ec;
        if (std::filesystem::is_regular_file(path, ec)) return path;
    }
    return {};
}

// `file` if it is installed, else ImGui's embedded font.
ImFont* add_font(const char* file) {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    if (const std::string path = find_font(file); !path.empty()) {
        if (ImFont* font = atlas.AddFontFromFileTTF(path.c_str(), kBaseFontSize)) return font;
    }
    ImFontConfig config;
    config.SizePixels = kBaseFontSize;
    return atlas.AddFontDefaultVector(&config);
}

}  // namespace

void load_fonts() {
    add_font(kUiFontFile);  // the first font added is ImGui's default
    g_code_font = add_font(kCodeFontFile);
}

ImFont* code_font() { return g_code_font; }

}  // namespace il::gui
