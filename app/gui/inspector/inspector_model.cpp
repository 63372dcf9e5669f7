// app/gui/inspector/inspector_model.cpp — the Inspector's entries from the run snapshot
// (see inspector_model.hpp).
#include "app/gui/inspector/inspector_model.hpp"

namespace il::gui {

bool inspector_shows(core::ObjectKind kind) {
    return kind != core::ObjectKind::None && core::rules_of(kind).in_inspector;
}

std::vector<InspectorEntry> inspect(const core::RunSnapshot& snap) {
    std::vector<InspectorEntry> out;
    for (const core::ObjectView& o : snap.objects)
        if (o.known && inspector_shows(o.kind)) out.push_back(o);
    return out;
}

}  // namespace il::gui
