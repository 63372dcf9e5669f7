// core/primitives/kind_util.cpp — wording shared by the kinds' read-outs (see kind_util.hpp).
#include "core/common/i18n.hpp"
#include "core/primitives/kind_util.hpp"

#include <cstdio>

namespace il::core {

std::string worker_list(const Arena& a, const std::vector<uint16_t>& ws) {
    std::string s;
    for (uint16_t w : ws) s += (s.empty() ? "" : ", ") + std::string(a.worker_name(w));
    return s;
}

std::string worker_list(const TraceStore& st, const std::vector<uint16_t>& ws) {
    std::string s;
    for (uint16_t w : ws) s += (s.empty() ? "" : ", ") + std::string(st.worker_name(w));
    return s;
}

void add_waiting(const Arena& a, ObjectView& v, const std::vector<uint16_t>& ws, const char* label) {
    if (ws.empty()) return;
    v.fields.push_back({label, worker_list(a, ws)});
    v.contended = true;
}

std::string held_text(const Arena& a, uint16_t holder) {
    return holder == kNoWorker ? std::string(i18n::tr("free"))
                               : i18n::trf("held by {holder}", {{"holder", a.worker_name(holder)}});
}

std::string milliseconds_text(int64_t ns) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g ms", static_cast<double>(ns) / 1e6);
    return buf;
}

std::string python_list(const std::vector<std::string>& items, size_t total) {
    std::string s = "[";
    for (size_t i = 0; i < items.size(); ++i) s += (i ? ", " : "") + items[i];
    if (total > items.size())
        s += items.empty() ? "…" : i18n::trf(", … ({n} more)", {{"n", std::to_string(total - items.size())}});
    return s + "]";
}

SavedFacts gather_saved_facts(const TraceStore& s) {
    SavedFacts f;
    for (const TraceEvent& ev : s.events()) {
        switch (ev.kind) {
            case EventKind::LocalSet:
                f.locals[ev.object][ev.worker] = ev.value;
                if (carries_text(ev.kind, ev.flags) && ev.value >= 0)
                    f.local_texts[ev.object][ev.worker] = std::string(s.text(static_cast<uint32_t>(ev.value)));
                else
                    f.local_texts[ev.object].erase(ev.worker);
                break;
            case EventKind::TaskSubmit: ++f.pools[ev.object].submitted; break;

            case EventKind::TaskStart: ++f.pools[ev.object].started; break;
            case EventKind::TaskDone:
                ++f.pools[ev.object].done;
                f.pools[ev.object].raised += ev.flags & 1u;
                break;
            default: break;
        }
    }
    return f;
}

}  // namespace il::core
