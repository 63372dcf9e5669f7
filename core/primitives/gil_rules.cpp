// core/primitives/gil_rules.cpp — what the observer and the step controller know of the
// GIL (core/primitives/kinds.hpp): its step rule (free, and not the holder it just forced
// out), when a time-out may stand for an elapsed switch interval, the wait
// reason and its read-out (design, interval, switches, drop requests). The
// GIL itself is core/primitives/gil.cpp, whose slot layout this file reads.
#include "core/common/i18n.hpp"
#include "core/primitives/gil.hpp"
#include "core/primitives/kind_util.hpp"
#include "core/primitives/kinds.hpp"

namespace il::core {

void held_read_saved(const SavedRead& r, ObjectView& v);  // lock_rules.cpp

namespace {

bool gil_enabled(const Arena&, const ObjectSlot& o, const WorkerSlot&, uint16_t worker, OpKind op) {
    return op != OpKind::Acquire || gil_may_take(o, worker);
}

std::string gil_wait_reason(const WaitQuestion& q) {
    const uint16_t h = slot_holder(q.arena.object(q.object));
    return h == kNoWorker || h == q.worker ? std::string(i18n::tr("it waits for the GIL"))
                                           : i18n::trf("the GIL is held by {holder}", {{"holder", q.arena.worker_name(h)}});
}

std::string design_text(GilDesign d) {
    switch (d) {
        case GilDesign::Switching: return i18n::tr("switch interval (CPython 3.2+)");
        case GilDesign::Ticks: return i18n::tr("ticks (CPython before 3.2)");
        case GilDesign::None: return i18n::tr("none (free-threaded)");
    }
    return "?";
}

// Slot layout (core/primitives/gil.hpp): capacity = design, value = switch interval (ns),
// head = switches, tail = drop requests.
void gil_read(const LiveRead& r, ObjectView& v) {
    const ObjectSlot& o = r.arena.object(r.object);
    const uint16_t h = slot_holder(o);
    if (h != kNoWorker) v.holders.push_back(h);
    v.summary = held_text(r.arena, h);
    add_waiting(r.arena, v, r.blocked);
    const auto design = static_cast<GilDesign>(o.capacity);
    v.fields.push_back({N_("design"), design_text(design)});
    if (design == GilDesign::Switching)
        v.fields.push_back({N_("switch interval"), milliseconds_text(o.value.load(std::memory_order_relaxed))});
    v.fields.push_back({N_("switches"), std::to_string(o.head.load(std::memory_order_relaxed))});
    if (design == GilDesign::Switching)
        v.fields.push_back({N_("drop requests"), std::to_string(o.tail.load(std::memory_order_relaxed))});
}

}  // namespace

const KindRules kGilRules{
    .in_graph = true, .enabled = gil_enabled, .may_time_out = gil_may_request_drop,
    .wait_reason = gil_wait_reason, .read_live = gil_read, .read_saved = held_read_saved,
    .blocked_call = ".acquire()"};

}  // namespace il::core
