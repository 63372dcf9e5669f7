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

// The test-engine hooks (imgui_internal.h) let tests find an item by its label
// and click it with simulated mouse input; they are only called while a test
// sets ImGuiContext::TestEngineHookItems (item_recorder.hpp), so every other
// test runs ImGui exactly as the window does.
#define IMGUI_ENABLE_TEST_ENGINE
