// app/gui/shell/line_break.hpp — where a wrapped text may break its lines, in
// Chinese as in English. ImGui's own word wrap breaks only at blanks and a few
// punctuation marks (。、 among them, not ，：；), so a Chinese sentence, which
// has no spaces, wrapped as one long "word": lines ended early and ragged.
// Here any two CJK characters may part, a Latin word stays whole, blanks at a
// break are dropped, and the Chinese line rules hold: closing punctuation
// (，。：；！？）」 …) never starts a line, opening punctuation (（「 …) never
// ends one.
//
// No ImGui here: the caller measures text (ImGui's CalcTextSize in the
// window, a stand-in in the tests). Thread rules: none (pure function).
#pragma once

#include <functional>
#include <string_view>
#include <vector>

namespace il::gui {

// True when `s` holds a character of the CJK ranges (a UTF-8 lead byte of
// U+2E80 and up): only such text needs break_lines.
bool has_cjk(std::string_view s);

// The lines of `text` no wider than `width` (a single unit wider than that —
// one long word — gets a line of its own). '\n' always breaks.
std::vector<std::string_view> break_lines(std::string_view text, float width,
                                          const std::function<float(std::string_view)>& measure);

}  // namespace il::gui
