// app/gui/shell/worker_colors.cpp — the per-worker palette (see worker_colors.hpp).
#include "app/gui/shell/worker_colors.hpp"

#include <array>

#include "app/gui/shell/theme.hpp"
#include "core/common/event.hpp"

namespace il::gui {

namespace {

constexpr ImU32 kMainThread = IM_COL32(221, 221, 221, 255);  // pale grey
constexpr std::array<ImU32, kWorkerPaletteSize> kPalette{
    IM_COL32(119, 170, 221, 255),  // light blue
    IM_COL32(238, 136, 102, 255),  // orange
    IM_COL32(68, 187, 153, 255),   // mint
    IM_COL32(255, 170, 187, 255),  // pink
    IM_COL32(238, 221, 136, 255),  // light yellow
    IM_COL32(153, 221, 255, 255),  // light cyan
    IM_COL32(187, 204, 51, 255),   // pear
    IM_COL32(204, 170, 238, 255),  // lilac
};

}  // namespace

ImU32 worker_colour(uint16_t worker) {
    if (worker == core::kNoWorker) return colour::kTextMuted;
    if (worker == 0) return kMainThread;
    return kPalette[(worker - 1u) % kPalette.size()];
}

ImU32 worker_colour(uint16_t worker, uint8_t alpha) {
    return (worker_colour(worker) & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT);
}

}  // namespace il::gui
