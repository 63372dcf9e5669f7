// app/cli/cli_options.hpp — parsing `interleave run` arguments. Pure: no runs
// are started here, so every bad-input path is unit-tested.
#pragma once

#include <charconv>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "core/common/arena.hpp"
#include "core/observer/schedule.hpp"
#include "core/runtime/registry.hpp"

namespace il::app {

struct RunArgs {
    std::string demo;
    std::vector<std::string> params;  // validated "name=value"
    std::vector<std::string> program_args;  // after `--`: a Python program's sys.argv[1:]
    core::DirectorMode mode = core::DirectorMode::Run;
    uint32_t delay_us = 200'000;      // --delay-ms, slow mode
    std::string policy = "round-robin";
    uint64_t seed = 1;
    std::optional<core::Schedule> schedule;  // --schedule FILE (replay)
    std::string trace_path, save_path, save_schedule;
    double timeout_s = 60;
    bool quiet = false;
    bool help = false;
};

// Parses argv of `interleave run ...` (argv[1] == "run"); validates the demo id,
// parameters against its schema, the mode/policy/schedule combination and every
// value. On error returns false with a one-line message in `err`.
bool parse_run_args(int argc, char** argv, RunArgs& out, std::string& err);

std::string cli_usage();

// The whole of `s` as a number of type T (no sign, space or suffix left over).
template <typename T>
bool parse_num(std::string_view s, T& v) {
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc() && p == s.data() + s.size();
}

// The demo or Python program `demo` names, or nullptr with why in `err`.
const core::DemoInfo* find_target(const std::string& demo, std::string& err);
// Checks "name=value" parameters against the target's; false with why in `err`.
bool check_params(const core::DemoInfo& d, const std::vector<std::string>& params, std::string& err);

}  // namespace il::app
