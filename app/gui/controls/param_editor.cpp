// app/gui/controls/param_editor.cpp — one widget per ParamKind; see param_editor.hpp.
#include "app/gui/controls/param_editor.hpp"

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <string>

#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/widgets.hpp"
#include "core/common/i18n.hpp"
#include "imgui.h"

namespace il::gui {

using i18n::tr;
using i18n::trf;

namespace {

// Sliders over wider ranges than this move logarithmically, so that small
// values stay reachable on a slider a few hundred pixels wide.
constexpr double kLogarithmicRange = 10000.0;

std::string format_double(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

std::string range_tooltip(const core::ParamSpec& spec) {
    switch (spec.kind) {
        case core::ParamKind::Int:
            return trf("Whole number from {min} to {max}; default {default}. Ctrl+click to type a value.",
                       {{"min", std::to_string(spec.int_min)},
                        {"max", std::to_string(spec.int_max)},
                        {"default", spec.default_text()}});
        case core::ParamKind::Double: {
            char lo[40], hi[40];
            std::snprintf(lo, sizeof lo, "%g", spec.double_min);
            std::snprintf(hi, sizeof hi, "%g", spec.double_max);
            return trf("Number from {min} to {max}; default {default}. Ctrl+click to type a value.",
                       {{"min", lo}, {"max", hi}, {"default", spec.default_text()}});
        }
        case core::ParamKind::Bool: return trf("On or off; default {default}.", {{"default", spec.default_text()}});
        case core::ParamKind::Choice:
            return trf("One of the listed values; default {default}.", {{"default", spec.default_text()}});
    }
    return {};
}

// Each editor returns the new value as `--param` text, or "" when unchanged.
std::string edit_int(const core::ParamSpec& spec, const core::Params& params) {
    int64_t v = params.get_int(spec.name);
    if (spec.int_min >= spec.int_max) {
        ImGui::Text("%lld", static_cast<long long>(v));  // a fixed value: nothing to choose
        return {};
    }
    ImGuiSliderFlags flags = ImGuiSliderFlags_AlwaysClamp;
    if (static_cast<double>(spec.int_max) - static_cast<double>(spec.int_min) > kLogarithmicRange && spec.int_min >= 0)
        flags |= ImGuiSliderFlags_Logarithmic;
    if (!ImGui::SliderScalar("##value", ImGuiDataType_S64, &v, &spec.int_min, &spec.int_max, nullptr, flags)) return {};
    return std::to_string(std::clamp(v, spec.int_min, spec.int_max));
}

std::string edit_double(const core::ParamSpec& spec, const core::Params& params) {
    double v = params.get_double(spec.name);
    if (!(spec.double_min < spec.double_max)) {
        ImGui::Text("%g", v);
        return {};
    }
    ImGuiSliderFlags flags = ImGuiSliderFlags_AlwaysClamp;
    if (spec.double_min > 0.0 && spec.double_max / spec.double_min > kLogarithmicRange)
        flags |= ImGuiSliderFlags_Logarithmic;
    if (!ImGui::SliderScalar("##value", ImGuiDataType_Double, &v, &spec.double_min, &spec.double_max, "%.4g", flags))
        return {};
    return format_double(std::clamp(v, spec.double_min, spec.double_max));
}

std::string edit_bool(const core::ParamSpec& spec, const core::Params& params) {
    bool v = params.get_bool(spec.name);
    if (!ImGui::Checkbox("##value", &v)) return {};
    return v ? "true" : "false";
}

std::string edit_choice(const core::ParamSpec& spec, const core::Params& params) {
    const std::string& current = params.get_choice(spec.name);
    std::string picked;
    if (ImGui::BeginCombo("##value", current.c_str())) {
        for (const std::string& choice : spec.choices) {
            const bool is_current = choice == current;
            if (ImGui::Selectable(choice.c_str(), is_current) && !is_current) picked = choice;
            if (is_current) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    return picked;
}

std::string edit_value(const core::ParamSpec& spec, const core::Params& params) {
    switch (spec.kind) {
        case core::ParamKind::Int: return edit_int(spec, params);
        case core::ParamKind::Double: return edit_double(spec, params);
        case core::ParamKind::Bool: return edit_bool(spec, params);
        case core::ParamKind::Choice: return edit_choice(spec, params);
    }
    return {};
}

}  // namespace

bool draw_param_editor(const std::vector<core::ParamSpec>& schema, core::Params& params) {
    bool changed = false;
    if (!ImGui::BeginTable("params", 2, ImGuiTableFlags_SizingFixedFit)) return false;
    ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
    for (const core::ParamSpec& spec : schema) {
        ImGui::PushID(spec.name.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        text(spec.name);
        // The help is the demo's text, translated by its entry in lang/<code>/demos.json.
        help_marker((spec.help.empty() ? std::string() : tr(spec.help) + std::string("\n\n")) + range_tooltip(spec));
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-FLT_MIN);
        const std::string value = edit_value(spec, params);
        if (!value.empty()) {
            const std::string error = params.set(schema, spec.name, value);
            if (error.empty())
                changed = true;
            else
                text_coloured(colour::kTextError, error);
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
    return changed;
}

}  // namespace il::gui
