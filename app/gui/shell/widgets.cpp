// app/gui/shell/widgets.cpp — the shared UI idioms declared in widgets.hpp.
#include "app/gui/shell/widgets.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "app/gui/shell/fonts.hpp"
#include "app/gui/shell/line_break.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/common/i18n.hpp"

namespace il::gui {

namespace {

std::vector<std::string_view> split_lines(std::string_view s) {
    std::vector<std::string_view> lines;
    while (!s.empty()) {
        const size_t nl = s.find('\n');
        if (nl == std::string_view::npos) {
            lines.push_back(s);
            break;
        }
        lines.push_back(s.substr(0, nl));
        s.remove_prefix(nl + 1);
    }
    return lines;
}

}  // namespace

void text(std::string_view s) {
    if (s.empty())
        ImGui::TextUnformatted("");  // a default string_view has no data pointer
    else
        ImGui::TextUnformatted(s.data(), s.data() + s.size());
}

void text_coloured(ImU32 colour, std::string_view s) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    text(s);
    ImGui::PopStyleColor();
}

void text_wrapped(std::string_view s) {
    if (!has_cjk(s)) {
        ImGui::PushTextWrapPos(0.0f);
        text(s);
        ImGui::PopTextWrapPos();
        return;
    }
    // Chinese: our own line breaks (line_break.hpp), drawn as one block so
    // the lines stand as close as ImGui's own wrapped lines do.
    const auto measure = [](std::string_view part) {
        return ImGui::CalcTextSize(part.data(), part.data() + part.size()).x;
    };
    std::string block;
    for (std::string_view line : break_lines(s, ImGui::GetContentRegionAvail().x, measure))
        block.append(line).push_back('\n');
    if (!block.empty()) block.pop_back();
    text(block);
}

void text_muted_wrapped(std::string_view s) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour::kTextMuted);
    text_wrapped(s);
    ImGui::PopStyleColor();
}

void heading(std::string_view s) {
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * kHeadingFontScale);
    ImGui::PushStyleColor(ImGuiCol_Text, colour::kTextHeading);
    text_wrapped(s);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

bool begin_modal(const char* id, std::string_view title, bool& open, float width_em, ImGuiCond size_cond) {
    if (open) {
        ImGui::OpenPopup(id);
        open = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * width_em, 0.0f), size_cond);
    const std::string name = std::string(title) + id;
    return ImGui::BeginPopupModal(name.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings);
}

std::string fit_text(std::string_view s, float width) {
    if (ImGui::CalcTextSize(s.data(), s.data() + s.size()).x <= width) return std::string(s);
    const std::string_view ellipsis = "\xE2\x80\xA6";
    size_t end = s.size();
    while (end > 0) {
        do --end;
        while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80);  // not inside a character
        const std::string cut = std::string(s.substr(0, end)) + std::string(ellipsis);
        if (ImGui::CalcTextSize(cut.c_str()).x <= width) return cut;
    }
    return std::string(ellipsis);
}

void text_fitted(ImU32 colour, std::string_view s) {
    const std::string shown = fit_text(s, ImGui::GetContentRegionAvail().x);
    text_coloured(colour, shown);
    if (shown.size() != s.size()) ImGui::SetItemTooltip("%.*s", static_cast<int>(s.size()), s.data());
}

void same_line_if_fits(float width, float spacing) {
    const float gap = spacing < 0.0f ? ImGui::GetStyle().ItemSpacing.x : spacing;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + gap + width <= right) ImGui::SameLine(0.0f, gap);
}

float checkbox_width(std::string_view label) {
    const std::string_view shown = label.substr(0, label.find("##"));
    return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
           ImGui::CalcTextSize(shown.data(), shown.data() + shown.size()).x;
}

float button_width(std::string_view label) {
    const std::string_view shown = label.substr(0, label.find("##"));
    return ImGui::CalcTextSize(shown.data(), shown.data() + shown.size()).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

void help_marker(std::string_view help) {
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::BeginItemTooltip()) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
        text(help);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

void label_value(std::string_view label, std::string_view value) {
    text_coloured(colour::kTextMuted, label);
    ImGui::SameLine();
    text(value);
}

void empty_state(std::string_view headline, std::string_view detail) {
    ImGui::Spacing();
    text_wrapped(headline);
    if (!detail.empty()) {
        ImGui::Spacing();
        text_muted_wrapped(detail);
    }
}

void legend(std::initializer_list<LegendEntry> entries) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float side = ImGui::GetTextLineHeight();
    const float right_edge = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    bool first = true;
    for (const LegendEntry& e : entries) {
        const float width = side + style.ItemInnerSpacing.x + ImGui::CalcTextSize(e.label).x;
        if (!first) {
            ImGui::SameLine(0.0f, style.ItemSpacing.x * 2.0f);
            if (ImGui::GetCursorScreenPos().x + width > right_edge) ImGui::NewLine();  // wrap
        }
        first = false;
        ImGui::BeginGroup();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + side, p.y + side), e.colour, 2.0f * ui_scale());
        ImGui::Dummy(ImVec2(side, side));
        ImGui::SameLine(0.0f, style.ItemInnerSpacing.x);
        ImGui::TextUnformatted(e.label);
        ImGui::EndGroup();
        if (e.tooltip != nullptr) ImGui::SetItemTooltip("%s", e.tooltip);
    }
}

bool copy_button(const char* id, std::string_view text_to_copy) {
    ImGui::PushID(id);
    const bool clicked = ImGui::SmallButton((std::string(i18n::tr("Copy")) + "###copy").c_str());
    ImGui::PopID();
    if (clicked) ImGui::SetClipboardText(std::string(text_to_copy).c_str());
    ImGui::SetItemTooltip("%s", i18n::tr("Copy to the clipboard"));
    return clicked;
}

void code_block(const char* id, std::string_view code, bool line_numbers, float max_height) {
    const std::vector<std::string_view> lines = split_lines(code);
    ImGui::PushFont(code_font(), 0.0f);  // 0: keep the current size
    const ImGuiStyle& style = ImGui::GetStyle();
    const float line_h = ImGui::GetTextLineHeightWithSpacing();
    const float content_h =
        static_cast<float>(lines.size()) * line_h + 2.0f * style.WindowPadding.y + style.ScrollbarSize;
    const float height = max_height > 0.0f ? std::min(content_h, max_height) : 0.0f;  // 0: fill the rest

    char number[16];
    std::snprintf(number, sizeof number, "%zu", lines.size());
    const float number_w = ImGui::CalcTextSize(number).x;

    ImGui::PushStyleColor(ImGuiCol_ChildBg, colour::kCodeBackground);
    if (ImGui::BeginChild(id, ImVec2(-FLT_MIN, height), ImGuiChildFlags_Borders,
                          ImGuiWindowFlags_HorizontalScrollbar)) {
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(lines.size()), line_h);
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                if (line_numbers) {
                    std::snprintf(number, sizeof number, "%d", i + 1);
                    const float pad = number_w - ImGui::CalcTextSize(number).x;
                    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + pad);
                    text_coloured(colour::kLineNumber, number);
                    ImGui::SameLine(0.0f, style.ItemSpacing.x * 2.0f);
                }
                text(lines[static_cast<size_t>(i)]);
            }
        }
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

}  // namespace il::gui
