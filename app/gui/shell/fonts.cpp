// app/gui/shell/fonts.cpp — finding and loading the UI and code fonts.
#include "app/gui/shell/fonts.hpp"

#include <fontconfig/fontconfig.h>

#include <cstdio>
#include <filesystem>

#include "app/gui/shell/theme.hpp"
#include "imgui_internal.h"  // ImTextCharFromUtf8

namespace il::gui {

namespace {

// Where distributions put DejaVu: Debian/Ubuntu, Fedora, Arch.
constexpr const char* kFontDirs[] = {"/usr/share/fonts/truetype/dejavu/", "/usr/share/fonts/dejavu-sans-fonts/",
                                     "/usr/share/fonts/dejavu-sans-mono-fonts/", "/usr/share/fonts/TTF/"};
constexpr const char* kUiFontFile = "DejaVuSans.ttf";
constexpr const char* kCodeFontFile = "DejaVuSansMono.ttf";

ImFont* g_code_font = nullptr;  // owned by the font atlas; GUI thread only
bool g_cjk = false;

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

// Merges the CJK face into the font added just before (ImGui merges into the
// last font). False when there is none or it does not load.
bool merge_cjk(bool monospace) {
    const auto face = find_cjk_font(monospace);
    if (!face) return false;
    ImFontConfig config;
    config.MergeMode = true;
    config.FontNo = face->index;
    return ImGui::GetIO().Fonts->AddFontFromFileTTF(face->file.c_str(), kBaseFontSize, &config) != nullptr;
}

}  // namespace

std::optional<FontFace> find_cjk_font(bool monospace) {
    // A configuration of our own, destroyed after the question: fontconfig's
    // global one would stay allocated for the program's life.
    FcConfig* config = FcInitLoadConfigAndFonts();
    if (config == nullptr) return std::nullopt;
    FcPattern* want = FcNameParse(reinterpret_cast<const FcChar8*>(monospace ? "monospace:lang=zh-cn" : "sans-serif:lang=zh-cn"));
    if (want == nullptr) {
        FcConfigDestroy(config);
        return std::nullopt;
    }
    FcConfigSubstitute(config, want, FcMatchPattern);
    FcDefaultSubstitute(want);
    FcResult result = FcResultNoMatch;
    FcPattern* got = FcFontMatch(config, want, &result);
    FcPatternDestroy(want);
    if (got == nullptr) {
        FcConfigDestroy(config);
        return std::nullopt;
    }
    std::optional<FontFace> out;
    FcChar8* file = nullptr;
    int index = 0;
    FcCharSet* chars = nullptr;
    // fontconfig always answers with something; only a face that has 中 and 进 will do.
    if (FcPatternGetString(got, FC_FILE, 0, &file) == FcResultMatch &&
        FcPatternGetCharSet(got, FC_CHARSET, 0, &chars) == FcResultMatch && FcCharSetHasChar(chars, 0x4E2D) &&
        FcCharSetHasChar(chars, 0x8FDB)) {
        if (FcPatternGetInteger(got, FC_INDEX, 0, &index) != FcResultMatch) index = 0;
        out = FontFace{reinterpret_cast<const char*>(file), index};
    }
    FcPatternDestroy(got);
    FcConfigDestroy(config);
    return out;
}

void load_fonts() {
    add_font(kUiFontFile);  // the first font added is ImGui's default
    g_cjk = merge_cjk(false);
    g_code_font = add_font(kCodeFontFile);
    if (g_cjk) merge_cjk(true);
    if (!g_cjk)
        std::fprintf(stderr,
                     "interleave: no Chinese font found, so Chinese text shows as boxes and the window stays in "
                     "English; install one: sudo apt-get install fonts-wqy-microhei\n");
}

std::u32string missing_glyphs(std::string_view utf8) {
    std::u32string out;
    ImFont* ui = ImGui::GetIO().Fonts->Fonts.empty() ? nullptr : ImGui::GetIO().Fonts->Fonts[0];
    const char* p = utf8.data();
    const char* end = p + utf8.size();
    while (p < end) {
        unsigned int c = 0;
        p += ImTextCharFromUtf8(&c, p, end);
        if (c < 0x20 || c > 0xFFFF || out.find(static_cast<char32_t>(c)) != std::u32string::npos) continue;
        const auto w = static_cast<ImWchar>(c);
        const bool ui_has = ui != nullptr && ui->IsGlyphInFont(w);
        const bool code_has = g_code_font != nullptr && g_code_font->IsGlyphInFont(w);
        if (!ui_has || !code_has) out.push_back(static_cast<char32_t>(c));
    }
    return out;
}

ImFont* code_font() { return g_code_font; }

bool has_cjk_font() { return g_cjk; }

}  // namespace il::gui
