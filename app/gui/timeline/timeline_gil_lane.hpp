// app/gui/timeline/timeline_gil_lane.hpp — the GIL's lane: which thread holds the
// interpreter lock (only the holder runs Python code), drawn like a lock's
// lane — bars named after the holder, "held while others wait" when threads
// queue for it (the convoy effect) — and saying that the GIL is a model.
//
// Thread rules: GUI thread only.
#pragma once

#include "app/gui/timeline/timeline_lock_lane.hpp"
#include "core/common/i18n.hpp"

namespace il::gui {

class GilLane final : public LockLane {
public:
    GilLane(const LaneSource& source, uint32_t object) : LockLane(source, object) {}

    LaneKind kind() const override { return LaneKind::Gil; }
    std::string label() const override;
    std::string sublabel() const override { return i18n::tr("a model"); }

protected:
    void tooltip_note() const override;
};

}  // namespace il::gui
