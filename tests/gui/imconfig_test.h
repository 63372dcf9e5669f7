// tests/gui/imconfig_test.h — ImGui user config for the headless GUI tests
// (IMGUI_USER_CONFIG): IM_ASSERT throws instead of aborting, so a mismatched
// Begin/End or Push/Pop, or any other misuse ImGui checks, fails the doctest
// case that caused it with ImGui's own message, and the other cases still run.
#pragma once

#include <stdexcept>
#include <string>

namespace il::test {

struct ImGuiAssertion : std::logic_error {
    using std::logic_error::logic_error;
};

[[noreturn]] inline void imgui_assertion_failed(const char* expr, const char* file, int line) {
    throw ImGuiAssertion(std::string("IM_ASSERT(") + expr + ") failed at " + file + ":" + std::to_string(line));
}

}  // namespace il::test

#define IM_ASSERT(expr) ((expr) ? static_cast<void>(0) : ::il::test::imgui_assertion_failed(#expr, __FILE__, __LINE__))
