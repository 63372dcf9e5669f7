// core/primitives/thread_local_rules.cpp — what the observer knows of a ThreadLocal
// (core/primitives/kinds.hpp): nobody blocks on it; the read-out is each thread's value
// side by side (the seqlocked cells of core/primitives/thread_local.cpp, or the last
// LocalSet of each worker in a saved run).
#include "core/common/i18n.hpp"
#include "core/primitives/kind_util.hpp"
#include "core/primitives/kinds.hpp"
#include "core/primitives/thread_local.hpp"

namespace il::core {

namespace {

std::string in_threads(size_t n) {
    return n == 1 ? std::string(i18n::tr("a value in 1 thread"))
                  : i18n::trf("a value in {n} threads", {{"n", std::to_string(n)}});
}

void thread_local_read(const LiveRead& r, ObjectView& v) {
    const auto values = thread_local_values(r.arena, r.object);
    v.summary = values.empty() ? std::string(i18n::tr("no thread has set it")) : in_threads(values.size());
    for (const auto& [w, text] : values) v.fields.push_back({std::string(r.arena.worker_name(w)), text});
}

void thread_local_read_saved(const SavedRead& r, ObjectView& v) {
    const auto it = r.facts.locals.find(r.object);
    const size_t n = it == r.facts.locals.end() ? 0 : it->second.size();
    v.summary = n == 0 ? std::string(i18n::tr("no thread set it")) : in_threads(n);
    if (n == 0) return;
    const auto texts = r.facts.local_texts.find(r.object);
    for (const auto& [w, bits] : it->second) {
        // A Python value's LocalSet carried its repr (kEventText).
        const bool has_text = texts != r.facts.local_texts.end() && texts->second.count(w) != 0;
        v.fields.push_back({std::string(r.store.worker_name(w)),
                            has_text ? texts->second.at(w) : format_bits(v.value_type, bits)});
    }
}

}  // namespace

const KindRules kThreadLocalRules{.read_live = thread_local_read, .read_saved = thread_local_read_saved,
                                   .blocked_call = {}};

}  // namespace il::core
