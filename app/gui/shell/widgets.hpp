// app/gui/shell/widgets.hpp — small UI idioms used by several panels, written once:
// help markers, label/value rows, headings, empty states, legends, code blocks.
//
// Thread rules: GUI thread only, inside an ImGui frame.
#pragma once

#include <initializer_list>
#include <string_view>

#include "imgui.h"

namespace il::gui {

// Text from a string_view (ImGui's own calls want C strings or ranges).
void text(std::string_view s);
void text_coloured(ImU32 colour, std::string_view s);
void text_wrapped(std::string_view s);
void text_muted_wrapped(std::string_view s);

// A larger line of text for a section or a title.
void heading(std::string_view s);

// Puts the next item beside the last one when an item `width` wide still fits
// there (with `spacing`, < 0: the style's), else on the next line: toolbars
// wrap at a narrow panel's edge instead of clipping their last items.
void same_line_if_fits(float width, float spacing = -1.0f);
// The width of a checkbox or a button with this label.
float checkbox_width(std::string_view label);
float button_width(std::string_view label);

// `s` cut at a character boundary, with "…", to fit `width` pixels (whole when it fits).
std::string fit_text(std::string_view s, float width);
// One line of coloured text cut with "…" at the window's edge; the whole of it
// in a tooltip when cut. For a line that must not wrap (the lanes below it
// would jump).
void text_fitted(ImU32 colour, std::string_view s);

// A modal window centred on the screen, `width_em` font sizes wide (its
// height follows its content): opens it when `open` is set (and clears it),
// then begins it. `id` is the "###id" part, the same in every language; the
// title shows before it. True: draw its body, then ImGui::EndPopup().
bool begin_modal(const char* id, std::string_view title, bool& open, float width_em,
                 ImGuiCond size_cond = ImGuiCond_Appearing);

// A greyed "(?)" that shows `help` in a tooltip when hovered.
void help_marker(std::string_view help);

// "label: value" on one line, the label muted.
void label_value(std::string_view label, std::string_view value);

// What a panel shows when it has nothing to show: a headline and, below it,
// what the panel will show once there is data.
void empty_state(std::string_view headline, std::string_view detail);

// A chart legend: colour swatches with labels, flowing left to right and
// wrapping at the panel's edge; each entry explains itself on hover.
struct LegendEntry {
    ImU32 colour;
    const char* label;
    const char* tooltip;  // may be null
};
void legend(std::initializer_list<LegendEntry> entries);

// A small button that copies `text` to the clipboard; true when clicked.
bool copy_button(const char* id, std::string_view text);

// Monospaced text on a dark background, with line numbers when asked, sized
// to its content up to `max_height` (0: no limit), scrolling beyond that.
void code_block(const char* id, std::string_view code, bool line_numbers, float max_height);

}  // namespace il::gui
