// app/gui/inspector_detail.hpp — small formatting pieces shared by the two
// halves of the inspector model (inspector_model.cpp: from the arena;
// inspector_store.cpp: from the store). Internal to those files.
//
// Pure logic, no ImGui. Thread rules: none.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/gui/inspector_model.hpp"
#include "core/gil.hpp"
#include "core/pool_shared.hpp"

namespace il::gui {

// "Lock", "Queue", "GIL", …
std::string kind_text(core::ObjectKind k);
std::string gil_design_text(core::GilDesign d);
// 5000000 -> "5 ms"
std::string milliseconds_text(int64_t ns);
// Python's list repr of the items shown; "…" marks items left out of `total`.
std::string python_list(const std::vector<std::string>& items, size_t total);
// A pool's kind, state, workers, task counters and recent results into `e`.
void pool_state(const core::PoolSnapshot& p, InspectorEntry& e);

}  // namespace il::gui
