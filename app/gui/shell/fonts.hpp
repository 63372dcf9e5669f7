// app/gui/shell/fonts.hpp — the two fonts of the window: a proportional one for the
// UI and prose, a monospaced one for code. Both come from DejaVu (Debian's
// fonts-dejavu-core, installed by scripts/setup.sh) when it is on the system,
// since it covers the punctuation and arrows the demo texts use (— → …);
// otherwise both fall back to ImGui's embedded scalable font (Latin-1 only).
//
// Chinese: a CJK font found through fontconfig by language (zh-cn; a
// monospaced one for code) is merged into both, so the UI in Chinese, a
// program's print('子进程') in the Console and Chinese comments in the
// source all show. scripts/setup.sh installs fonts-wqy-microhei; Noto Sans
// CJK SC is taken when fontconfig prefers it. Without any, the window still
// runs in English and says once which package to install.
//
// Fonts are scalable (ImGui 1.92 dynamic fonts): glyphs are rasterised when
// first drawn, at the size they are drawn, so a CJK font costs its file in
// memory but no atlas up front, and the UI scale never blurs them.
//
// Thread rules: GUI thread only; load_fonts() once, after CreateContext().
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "imgui.h"

namespace il::gui {

void load_fonts();

// The monospaced font for code blocks (never null after load_fonts()).
ImFont* code_font();

// True when a CJK font was merged (Chinese can be shown).
bool has_cjk_font();

// The characters of `utf8` that neither the UI font nor the code font can
// draw (each once, in order): what would show as the missing-glyph box.
std::u32string missing_glyphs(std::string_view utf8);

// A font file and its face index in a collection (.ttc).
struct FontFace {
    std::string file;
    int index = 0;
};
// The font fontconfig offers for Simplified Chinese (`monospace`: a
// monospaced one), when it has one that covers 中文 at all.
std::optional<FontFace> find_cjk_font(bool monospace);

}  // namespace il::gui
