// core/primitives/outside_rules.cpp — what the observer knows of a function the
// runtime does not stand behind (core/primitives/outside.hpp): nobody holds
// it, so it is never in the wait-for graph; its read-out is how often it was
// called and who is inside it now.
#include "core/common/i18n.hpp"
#include "core/primitives/kind_util.hpp"
#include "core/primitives/kinds.hpp"
#include "core/observer/snapshot.hpp"

namespace il::core {

namespace {

std::string calls_text(uint64_t n) {
    return n == 1 ? std::string(i18n::tr("1 call, not observed"))
                  : i18n::trf("{n} calls, not observed", {{"n", std::to_string(n)}});
}

void outside_read(const LiveRead& r, ObjectView& v) {
    v.summary = calls_text(r.arena.object(r.object).count.load(std::memory_order_relaxed));
    std::vector<uint16_t> inside;
    for (uint16_t i = 0; i < r.arena.worker_count(); ++i) {
        const WorkerSlot& w = r.arena.worker(i);
        if (static_cast<WorkerState>(w.state.load(std::memory_order_acquire)) == WorkerState::Outside &&
            w.blocked_on.load(std::memory_order_relaxed) == r.object)
            inside.push_back(i);
    }
    if (!inside.empty()) v.fields.push_back({N_("inside now"), worker_list(r.arena, inside)});
}

void outside_read_saved(const SavedRead& r, ObjectView& v) {
    const auto it = r.store.outside_calls().find(r.object);
    v.summary = calls_text(it == r.store.outside_calls().end() ? 0 : it->second);
}

std::string outside_reason(const WaitQuestion&) {
    return i18n::tr("in code Interleave does not observe; it comes back by itself");
}

}  // namespace

const KindRules kOutsideRules{.wait_reason = outside_reason, .read_live = outside_read,
                              .read_saved = outside_read_saved, .blocked_call = "()"};

}  // namespace il::core
