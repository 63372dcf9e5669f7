// core/primitives/shared_rules.cpp — what the observer knows of a Shared value
// (core/primitives/kinds.hpp): nobody blocks on it; the read-out is its value as Python
// prints it. The value itself is core/primitives/shared.cpp.
#include "core/common/i18n.hpp"
#include "core/primitives/kind_util.hpp"
#include "core/primitives/kinds.hpp"

namespace il::core {

namespace {

void shared_read(const LiveRead& r, ObjectView& v) {
    const ObjectSlot& o = r.arena.object(r.object);
    v.level = o.value.load(std::memory_order_acquire);
    v.summary = format_bits(static_cast<ValueType>(o.value_type), *v.level);
}

void shared_read_saved(const SavedRead&, ObjectView& v) {
    v.summary = v.level ? format_bits(v.value_type, *v.level) : std::string(i18n::tr("never stored"));
}

}  // namespace

const KindRules kSharedRules{.read_live = shared_read, .read_saved = shared_read_saved, .blocked_call = {}};

}  // namespace il::core
