#include "core/primitives/shared.hpp"

namespace il::core::detail {

uint32_t shared_create(std::string_view name, int64_t bits, ValueType vt, uint32_t line) {
    const uint32_t id = register_object(ObjectKind::Shared, name, line, vt);
    arena()->object(id).value.store(bits, std::memory_order_release);
    return id;
}

int64_t shared_load(uint32_t id, uint32_t line) {
    checkpoint(OpKind::Load, id, line);
    const int64_t v = arena()->object(id).value.load(std::memory_order_acquire);
    emit(EventKind::Load, id, v, line);
    return v;
}

void shared_store(uint32_t id, int64_t bits, uint32_t line) {
    checkpoint(OpKind::Store, id, line, bits);
    arena()->object(id).value.store(bits, std::memory_order_release);
    emit(EventKind::Store, id, bits, line);
}

}  // namespace il::core::detail
