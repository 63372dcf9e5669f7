// app/gui/timeline/timeline_gil_lane.cpp — the GIL's lane.
#include "app/gui/timeline/timeline_gil_lane.hpp"

#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/widgets.hpp"
#include "core/common/i18n.hpp"

namespace il::gui {

std::string GilLane::label() const {
    const std::string_view name = store().object_name(object());
    return name.empty() ? std::string("GIL") : std::string(name);
}

void GilLane::tooltip_note() const {
    ImGui::Spacing();
    text_coloured(colour::kTextMuted,
                  i18n::tr("The GIL is a model of CPython's global interpreter lock: a thread must hold it to run, gives it up when it blocks, and is asked to drop it after the switch interval."));
}

}  // namespace il::gui
