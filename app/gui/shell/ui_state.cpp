// app/gui/shell/ui_state.cpp — selection, per-demo parameters and the pure helpers.
#include "app/gui/shell/ui_state.hpp"

namespace il::gui {

const core::DemoInfo* UiState::selected() const {
    return selected_id_.empty() ? nullptr : core::Registry::find(selected_id_);
}

void UiState::select(std::string_view id) { selected_id_ = std::string(id); }

core::Params& UiState::params_for(const core::DemoInfo& demo) {
    auto it = params_.find(demo.id);
    if (it == params_.end()) it = params_.emplace(demo.id, core::Params(demo.params)).first;
    return it->second;
}

void UiState::reset_params(const core::DemoInfo& demo) { params_[demo.id] = core::Params(demo.params); }

std::vector<DemoGroup> group_demos(const std::vector<const core::DemoInfo*>& demos) {
    std::vector<DemoGroup> groups;
    for (const core::DemoInfo* d : demos) {
        DemoGroup* group = nullptr;
        for (DemoGroup& g : groups)
            if (g.name == d->group) group = &g;
        if (group == nullptr) group = &groups.emplace_back(DemoGroup{d->group, {}});
        group->demos.push_back(d);
    }
    return groups;
}

bool params_differ_from_defaults(const std::vector<core::ParamSpec>& schema, const core::Params& params) {
    return core::Params(schema).to_assignments() != params.to_assignments();
}

std::string shell_quote(std::string_view s) {
    constexpr std::string_view kSafe = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.,:=/+@%";
    if (!s.empty() && s.find_first_not_of(kSafe) == std::string_view::npos) return std::string(s);
    std::string out = "'";
    for (char c : s) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}

std::string cli_command(const core::DemoInfo& demo, const core::Params& params) {
    std::string cmd = "interleave run " + shell_quote(demo.id);
    const std::vector<std::string> defaults = core::Params(demo.params).to_assignments();
    const std::vector<std::string> current = params.to_assignments();
    for (size_t i = 0; i < current.size(); ++i) {
        if (i < defaults.size() && defaults[i] == current[i]) continue;
        cmd += " --param " + shell_quote(current[i]);
    }
    return cmd;
}

}  // namespace il::gui
