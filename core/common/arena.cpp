#include "core/common/arena.hpp"

#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <system_error>
#include <utility>

#include "core/common/clock.hpp"
#include "core/common/futex.hpp"

namespace il::core {

namespace {

constexpr uint64_t align_up(uint64_t v, uint64_t a) { return (v + a - 1) / a * a; }

struct Layout {
    uint64_t workers, objects, rings, console, heap, total;
};

Layout layout_for(const ArenaConfig& c) {
    Layout l{};
    uint64_t at = align_up(sizeof(ArenaHeader), 4096);
    l.workers = at;
    at = align_up(at + sizeof(WorkerSlot) * (c.max_workers + 1ull), 4096);
    l.objects = at;
    at = align_up(at + sizeof(ObjectSlot) * uint64_t(c.max_objects), 4096);
    l.rings = at;
    at = align_up(at + sizeof(TraceEvent) * uint64_t(c.ring_capacity) * (c.max_workers + 1ull), 4096);
    l.console = at;
    at = align_up(at + c.console_size, 4096);
    l.heap = at;
    l.total = align_up(at + c.heap_size, 4096);
    return l;
}

bool is_pow2(uint64_t v) { return v && !(v & (v - 1)); }

}  // namespace

void copy_name(char (&dst)[kNameLen], std::string_view src) {
    const size_t n = std::min(src.size(), kNameLen - 1);
    std::memcpy(dst, src.data(), n);
    dst[n] = '\0';
}

Arena Arena::create(const ArenaConfig& config, std::string_view demo_id) {
    if (!is_pow2(config.ring_capacity) || !is_pow2(config.console_size) || config.max_workers == 0 ||
        config.max_workers >= kNoWorker || config.max_objects == 0)
        throw std::invalid_argument("arena config: ring_capacity and console_size must be powers of two");
    const Layout l = layout_for(config);
    const int fd = memfd_create("interleave-arena", MFD_CLOEXEC);
    if (fd < 0) throw std::system_error(errno, std::generic_category(), "memfd_create");
    if (ftruncate(fd, static_cast<off_t>(l.total)) != 0) {
        const int e = errno;
        close(fd);
        throw std::system_error(e, std::generic_category(), "ftruncate arena");
    }
    void* p = mmap(nullptr, l.total, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED) {
        const int e = errno;
        close(fd);
        throw std::system_error(e, std::generic_category(), "mmap arena");
    }
    Arena a;
    a.base_ = static_cast<std::byte*>(p);
    a.size_ = l.total;
    a.fd_ = fd;
    // A fresh memfd is zero-filled: every atomic starts at 0, every slot unused.
    ArenaHeader& h = a.header();
    h.version = kArenaVersion;
    h.header_size = sizeof(ArenaHeader);
    h.total_size = l.total;
    h.max_workers = config.max_workers;
    h.max_objects = config.max_objects;
    h.ring_capacity = config.ring_capacity;
    h.console_size = config.console_size;
    h.heap_size = config.heap_size;
    h.off_workers = l.workers;
    h.off_objects = l.objects;
    h.off_rings = l.rings;
    h.off_console = l.console;
    h.off_heap = l.heap;
    const ClockCalibration& cal = clock_calibration();
    use_tsc(cal.tsc);
    h.tsc = cal.tsc ? 1 : 0;
    h.ns_per_tick = cal.ns_per_tick;
    h.t0_ns = monotonic_ns();
    h.t0_ticks = now_ticks();
    const size_t n = std::min(demo_id.size(), sizeof h.demo_id - 1);
    if (n != 0) std::memcpy(h.demo_id, demo_id.data(), n);  // an empty view may have a null data()
    h.heap_used.store(64, std::memory_order_relaxed);  // offset 0 means "no storage"
    h.next_seq.store(1, std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_release);
    h.magic = kArenaMagic;
    return a;
}

Arena Arena::attach(int fd) {
    struct stat st{};
    if (fstat(fd, &st) != 0) throw std::runtime_error("arena fd " + std::to_string(fd) + " is not open");
    if (static_cast<uint64_t>(st.st_size) < sizeof(ArenaHeader))
        throw std::runtime_error("arena fd " + std::to_string(fd) + " is too small to be an arena");
    void* p = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED) throw std::runtime_error("cannot map arena fd " + std::to_string(fd));
    Arena a;
    a.base_ = static_cast<std::byte*>(p);
    a.size_ = static_cast<size_t>(st.st_size);
    a.fd_ = fd;
    const ArenaHeader& h = a.header();
    if (h.magic != kArenaMagic) throw std::runtime_error("arena fd does not hold an Interleave arena");
    if (h.version != kArenaVersion || h.header_size != sizeof(ArenaHeader))
        throw std::runtime_error("arena version " + std::to_string(h.version) + " does not match this binary's " +
                                 std::to_string(kArenaVersion));
    const Layout l = layout_for({h.max_workers, h.max_objects, h.ring_capacity, h.console_size, h.heap_size});
    if (l.total != h.total_size || h.total_size > a.size_ || l.rings != h.off_rings || l.heap != h.off_heap)
        throw std::runtime_error("arena layout does not match its header");
    use_tsc(h.tsc != 0);
    return a;
}

Arena::Arena(Arena&& o) noexcept : base_(o.base_), size_(o.size_), fd_(o.fd_) {
    o.base_ = nullptr;
    o.size_ = 0;
    o.fd_ = -1;
}

Arena& Arena::operator=(Arena&& o) noexcept {
    if (this != &o) {
        this->~Arena();
        base_ = std::exchange(o.base_, nullptr);
        size_ = std::exchange(o.size_, 0);
        fd_ = std::exchange(o.fd_, -1);
    }
    return *this;
}

Arena::~Arena() {
    if (base_) munmap(base_, size_);
    if (fd_ >= 0) close(fd_);
    base_ = nullptr;
    fd_ = -1;
}

uint32_t Arena::worker_count() const {
    return std::min(header().worker_count.load(std::memory_order_acquire), header().max_workers);
}

uint32_t Arena::object_count() const {
    return std::min(header().object_count.load(std::memory_order_acquire), header().max_objects);
}

char* Arena::console() const { return reinterpret_cast<char*>(base_ + header().off_console); }

std::byte* Arena::heap(uint64_t offset) const { return base_ + header().off_heap + offset; }

uint16_t Arena::reserve_worker() {
    const uint32_t i = header().worker_count.fetch_add(1, std::memory_order_acq_rel);
    if (i >= header().max_workers) {
        header().worker_count.fetch_sub(1, std::memory_order_acq_rel);
        return kNoWorker;
    }
    return static_cast<uint16_t>(i);
}

uint32_t Arena::reserve_object() {
    const uint32_t i = header().object_count.fetch_add(1, std::memory_order_acq_rel);
    if (i >= header().max_objects) {
        header().object_count.fetch_sub(1, std::memory_order_acq_rel);
        return kNoObject;
    }
    return i;
}

uint64_t Arena::allocate(uint64_t bytes) {
    const uint64_t want = align_up(std::max<uint64_t>(bytes, 1), 64);
    uint64_t used = header().heap_used.load(std::memory_order_relaxed);
    do {
        if (used + want > header().heap_size) return 0;
    } while (!header().heap_used.compare_exchange_weak(used, used + want, std::memory_order_acq_rel));
    return used;
}

void Arena::record_slow(uint16_t ring_index, uint16_t w, EventKind kind, uint32_t object, int64_t value,
                        uint32_t line, uint64_t seq, uint8_t flags, uint64_t ticks) {
    WorkerSlot& s = worker(ring_index);
    TraceEvent* r = ring(ring_index);
    const uint64_t cap = header().ring_capacity;
    uint64_t head = s.ring_head.load(std::memory_order_relaxed);
    const uint64_t tail = s.ring_tail.load(std::memory_order_acquire);
    const uint32_t step = header().step.load(std::memory_order_relaxed);
    const uint64_t dropped = s.dropped.load(std::memory_order_relaxed);
    if (dropped != s.dropped_reported) {
        // Report the loss first, in the ring's order, once there is room for both.
        if (head - tail + 2 > cap) {
            s.dropped.store(dropped + 1, std::memory_order_relaxed);
            s.stamping.store(0, std::memory_order_release);
            return;
        }
        r[head & (cap - 1)] = TraceEvent{seq, ticks, static_cast<int64_t>(dropped - s.dropped_reported),
                                         kNoObject, 0, w, EventKind::Dropped, 0, step};
        s.dropped_reported = dropped;
        ++head;
    } else if (head - tail >= cap) {
        s.dropped.store(dropped + 1, std::memory_order_relaxed);
        s.stamping.store(0, std::memory_order_release);
        return;
    }
    r[head & (cap - 1)] = TraceEvent{seq, ticks, value, object, line, w, kind, flags, step};
    s.ring_head.store(head + 1, std::memory_order_release);
    s.stamping.store(0, std::memory_order_release);
}

uint64_t Arena::console_append(std::string_view text) {
    const uint64_t size = header().console_size;
    const uint64_t n = std::min<uint64_t>(text.size(), std::min<uint64_t>(size, 0xffff));
    const uint64_t off = header().console_write.fetch_add(n, std::memory_order_acq_rel);
    char* c = console();
    for (uint64_t i = 0; i < n; ++i) c[(off + i) & (size - 1)] = text[i];
    return off;
}

bool Arena::console_text(uint64_t offset, uint32_t len, std::string& out) const {
    const uint64_t size = header().console_size;
    const uint64_t written = header().console_write.load(std::memory_order_acquire);
    if (written > offset + size) return false;  // overwritten since
    out.resize(len);
    const char* c = console();
    for (uint32_t i = 0; i < len; ++i) out[i] = c[(offset + i) & (size - 1)];
    return header().console_write.load(std::memory_order_acquire) <= offset + size;
}

int64_t Arena::ticks_to_ns(uint64_t ticks) const {
    const ArenaHeader& h = header();
    const double d = static_cast<double>(static_cast<int64_t>(ticks - h.t0_ticks)) * h.ns_per_tick;
    return static_cast<int64_t>(d);
}

uint16_t Arena::find_worker_named(std::string_view name, uint16_t except) const {
    const uint32_t n = std::min(worker_count(), max_workers());
    for (uint32_t i = 0; i < n; ++i)
        if (i != except && name == std::string_view(worker(i).name, strnlen(worker(i).name, kNameLen)))
            return static_cast<uint16_t>(i);
    return kNoWorker;
}

uint16_t Arena::find_worker(std::string_view name) const {
    const uint32_t n = worker_count();
    for (uint32_t i = 0; i < n; ++i)
        if (worker(i).used.load(std::memory_order_acquire) && name == worker(i).name) return static_cast<uint16_t>(i);
    return kNoWorker;
}

std::string_view Arena::worker_name(uint32_t i) const {
    if (i >= worker_count() || !worker(i).used.load(std::memory_order_acquire)) return "?";
    return worker(i).name;
}

std::string_view Arena::object_name(uint32_t i) const {
    if (i >= object_count() || !object(i).used.load(std::memory_order_acquire)) return "?";
    return object(i).name;
}

}  // namespace il::core
