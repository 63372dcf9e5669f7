// core/common/mode.hpp — the director modes (run, slow, step, replay) and their
// names, which the CLI, the window, the run process and traces all use.
//
// Thread rules: constants only.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace il::core {

enum class DirectorMode : uint32_t { Run, Slow, Step, Replay };
// "run", "slow", "step", "replay": the names the CLI, the window and traces use.
constexpr std::string_view to_string(DirectorMode m) {
    switch (m) {
        case DirectorMode::Run: return "run";
        case DirectorMode::Slow: return "slow";
        case DirectorMode::Step: return "step";
        case DirectorMode::Replay: return "replay";
    }
    return "?";
}
constexpr std::optional<DirectorMode> parse_director_mode(std::string_view s) {
    for (DirectorMode m : {DirectorMode::Run, DirectorMode::Slow, DirectorMode::Step, DirectorMode::Replay})
        if (s == to_string(m)) return m;
    return std::nullopt;
}
// Step and replay: every worker parks before each operation until granted.
constexpr bool is_stepped(DirectorMode m) { return m == DirectorMode::Step || m == DirectorMode::Replay; }


}  // namespace il::core
