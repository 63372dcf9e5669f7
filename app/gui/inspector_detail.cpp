// app/gui/inspector_detail.cpp — formatting shared by the inspector model (see inspector_detail.hpp).
#include "app/gui/inspector_detail.hpp"

#include <cstdio>

namespace il::gui {

std::string kind_text(core::ObjectKind k) {
    return k == core::ObjectKind::Gil ? "GIL" : std::string(core::to_string(k));
}

std::string gil_design_text(core::GilDesign d) {
    switch (d) {
        case core::GilDesign::Switching: return "switch interval (CPython 3.2+)";
        case core::GilDesign::Ticks: return "ticks (CPython before 3.2)";
        case core::GilDesign::None: return "none (free-threaded)";
    }
    return "?";
}

std::string milliseconds_text(int64_t ns) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g ms", static_cast<double>(ns) / 1e6);
    return buf;
}

std::string python_list(const std::vector<std::string>& items, size_t total) {
    std::string s = "[";
    for (size_t i = 0; i < items.size(); ++i) s += (i ? ", " : "") + items[i];
    if (total > items.size()) s += items.empty() ? "…" : ", … (" + std::to_string(total - items.size()) + " more)";
    return s + "]";
}

namespace {

std::string worker_line(const core::PoolSnapshot::Worker& w) {
    std::string s = w.task >= 0 ? "running task " + std::to_string(w.task) : "idle";
    s += ", " + std::to_string(w.completed) + " done";
    if (w.generation > 1) s += " (replacement " + std::to_string(w.generation) + ")";
    return s;
}

}  // namespace

void pool_state(const core::PoolSnapshot& p, InspectorEntry& e) {
    e.kind_text = std::string(core::to_string(p.kind));
    const uint64_t running = p.started >= p.done ? p.started - p.done : 0;
    e.summary = std::string(core::to_string(p.state)) + ", " + std::to_string(p.workers_n) + " workers, " +
                std::to_string(running) + " running, " + std::to_string(p.queued) + " queued";
    e.fields.push_back({"tasks", std::to_string(p.submitted) + " submitted, " + std::to_string(p.done) + " done" +
                                     (p.failed ? ", " + std::to_string(p.failed) + " raised" : "")});
    if (p.callbacks) e.fields.push_back({"callbacks run", std::to_string(p.callbacks)});
    if (p.jobs) e.fields.push_back({"results ready", std::to_string(p.jobs_ready) + " of " + std::to_string(p.jobs)});
    for (const auto& w : p.workers)
        e.fields.push_back({w.worker == core::kNoWorker ? "(not started)" : w.name, worker_line(w)});
    std::string recent;
    for (const auto& r : p.recent) recent += (recent.empty() ? "" : "; ") + r.text + (r.ok ? "" : " (raised)");
    if (!recent.empty()) e.fields.push_back({"recent results", recent});
}

}  // namespace il::gui
