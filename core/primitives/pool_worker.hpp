// core/primitives/pool_worker.hpp — what runs inside a pool's workers, and the messages
// that reach them: shared by Pool/ThreadPool (core/primitives/pool.hpp) and
// ProcessPoolExecutor (core/primitives/executor.hpp).
//
// A task travels as bytes through an arena Queue (the pool's inqueue): a
// TaskHeader (job, task index, chunk, the trampoline and function addresses,
// the submitting line) followed by the encoded arguments (core/primitives/task_codec.hpp).
// The worker decodes, calls, encodes, and puts a ResultHeader plus the encoded
// value (or the exception's message) on the outqueue. A job with job ==
// kStopJob is a sentinel: the worker leaves its loop. Worker processes are
// fork()ed before any task exists, which is why nothing but addresses and
// bytes crosses over.
//
// Events (object = the pool, value = the task index): the worker records
// TaskStart and TaskDone (flags 1 when the task raised) around each call.
//
// terminate() and process workers. Python kills workers with SIGTERM; killing
// one inside a queue operation would leave that queue's internal guard held
// forever (core/common/slot_guard.hpp). So a pool worker process handles SIGTERM
// itself: while it runs task code (or in step mode, where every other worker
// is parked at a checkpoint and so outside any guard) the signal ends it at
// once, exactly as Python's does (exitcode -15); anywhere else it is deferred
// to the worker's next safe point: right after its queue operation returns.
// The terminating side wakes idle workers with sentinels (see Pool::terminate).
// A worker process also ends itself if the pool's process dies.
//
// Thread rules: run_pool_worker is a worker's whole body (a forked process or
// a thread); JobBase is parent-side, touched by the submitting thread, the
// thread that delivers results (result handler / manager / executor worker)
// and waiters, with the ordering stated on each member.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/primitives/pool_shared.hpp"
#include "core/primitives/queue.hpp"
#include "core/primitives/task_codec.hpp"

namespace il::core {

inline constexpr uint64_t kStopJob = ~uint64_t{0};

// A batch: several task (or result) messages in one queue item, so a large
// backlog of small tasks costs one queue operation per batch instead of one
// per task (Pool's task handler makes them; see PoolCore::next_pending).
// job == kBatchJob, chunk == the number of messages; the payload is each
// message as a u32 length and its bytes. Every task in a batch still records
// its own TaskStart/TaskDone and sends its own result.
inline constexpr uint64_t kBatchJob = ~uint64_t{0} - 1;
struct TaskHeader {
    uint64_t job = kStopJob;
    int64_t task = -1;        // the pool's task index (the events' value)
    uint32_t chunk = 0;       // the chunk of a map job; 0 for apply
    uint32_t line = 0;        // where it was submitted
    uint64_t trampoline = 0;  // Trampoline
    uint64_t fn = 0;          // the task function
};

enum class ResultKind : uint8_t { Value, Error, Stop, Wakeup };

struct ResultHeader {
    uint64_t job = kStopJob;
    int64_t task = -1;
    uint32_t chunk = 0;
    ResultKind kind = ResultKind::Stop;
    uint8_t reserved = 0;
    uint16_t position = 0;  // the worker position that ran it
};

// Packs messages into one batch that fits `room` bytes of payload.
class BatchWriter {
public:
    explicit BatchWriter(size_t room) : room_(room) {}
    bool fits(size_t message_bytes) const { return body_.size() + sizeof(uint32_t) + message_bytes <= room_; }
    void add(std::string_view message);
    uint32_t count() const { return count_; }
    // The batch as one task / result message; the writer is empty again.
    std::string take_tasks();
    std::string take_results();

private:
    size_t room_;
    uint32_t count_ = 0;
    std::string body_;
};
// Calls fn on each message of a batch's payload, in order.
template <typename Fn>
void for_each_in_batch(std::string_view payload, Fn&& fn) {
    Reader r(payload);
    while (!r.done()) fn(r.take(r.u32()));
}

// header + payload as one queue item.
std::string task_message(const TaskHeader& h, std::string_view payload);
std::string result_message(const ResultHeader& h, std::string_view payload);
// Splits a message; throws CodecError when it is shorter than its header.
TaskHeader read_task(std::string_view msg, std::string_view& payload);
ResultHeader read_result(std::string_view msg, std::string_view& payload);

// What one worker needs; immutable once the pool exists, so a forked copy is
// as good as the original.
struct PoolWorkerSpec {
    uint32_t pool = kNoObject;
    Loc loc = Loc::current();   // where the pool was made (its internal waits show there)
    std::optional<QueueCore> inqueue, outqueue;  // tasks in, results out
    std::optional<Queue<int64_t>> notifier;      // retiring workers report here (Pool only)
    int64_t maxtasks = 0;       // maxtasksperchild; 0: no limit
    bool process = true;        // a forked worker (deferred SIGTERM) or a thread
    int parent = 0;             // the pool's process id (a worker process exits when it dies)
    std::function<void()> initializer;
};

// A worker's life: initializer, then tasks until a sentinel or maxtasks; on
// maxtasks it tells the notifier (its position) so the pool replaces it.
void run_pool_worker(const PoolWorkerSpec& spec, uint32_t position);

// ------------------------------------------------------------ parent side

// One AsyncResult / Future's state. A job has `chunks` tasks (1 for apply).
class JobBase {
public:
    virtual ~JobBase() = default;

    // Submitting thread, before the job's tasks can run.
    void init(uint32_t pool, uint64_t job, uint32_t chunks, int64_t first_task);
    uint32_t pool() const { return pool_; }
    uint64_t job() const { return job_; }
    int64_t first_task() const { return first_task_; }

    // The delivering thread: stores one chunk's outcome; true when that was the
    // last chunk (then call finish()).
    bool deliver(uint32_t chunk, bool ok, std::string_view payload);
    // The delivering thread, once: callbacks (TaskCallback events with `task`;
    // none when !callbacks), then the value is published and waiters wake.
    void finish(int64_t task, uint32_t line, bool callbacks = true);
    // What the delivering thread calls once the last chunk is in: finish()
    // for an AsyncResult; a Future publishes first, then runs its callbacks.
    virtual void complete(int64_t task, uint32_t line) { finish(task, line); }

    // Any thread: the ResultWait operation (see wait_result).
    bool wait(double timeout, uint32_t line);
    bool ready() const { return word_.ready.load(std::memory_order_acquire) != 0; }
    // Valid once ready(): word_.ready's store/load orders these.
    bool success() const { return success_; }
    const std::string& error() const { return error_; }
    // Raises RuntimeError(error) when it failed.
    void raise_if_failed() const;
    // The delivering thread, before callbacks: builds the value from its chunks.
    virtual void assemble() {}
    // Python's repr() of the value, for the inspector ("" when it cannot say).
    virtual std::string repr() const { return {}; }
    // The delivering thread: one task's outcome as the inspector's recent
    // results show it ("9", "RuntimeError(...)"), at most `max_chars`.
    virtual std::string note(bool ok, std::string_view payload, size_t max_chars) const;

protected:
    // The completing thread, before finish(): the job failed with `message`.
    void fail(std::string message) {
        success_ = false;
        error_ = std::move(message);
    }
    virtual void store(uint32_t chunk, std::string_view payload) = 0;  // decode one chunk's value
    virtual bool has_callback() const = 0;
    virtual bool has_error_callback() const = 0;
    virtual void run_callback() = 0;
    virtual void run_error_callback() = 0;

private:
    uint32_t pool_ = kNoObject;
    uint64_t job_ = 0;
    int64_t first_task_ = -1;
    uint32_t left_ = 1;       // chunks not yet delivered (delivering thread only)
    bool success_ = true;
    std::string error_;
    ResultWord word_;  // ready once published (core/primitives/pool_shared.hpp)
};

// Callbacks, as Pool.apply_async/map_async and Future.add_done_callback take them.
template <typename V>
struct Callbacks {
    std::function<void(const V&)> callback = {};
    std::function<void(const RuntimeError&)> error_callback = {};
};

// A job producing a V, with its callbacks.
template <typename V>
class TypedJob : public JobBase {
public:
    explicit TypedJob(Callbacks<V> cb) : cb_(std::move(cb)) {}
    // Valid once ready() and success().
    const V& value() const { return *value_; }
    std::string repr() const override { return value_ ? repr_of(*value_) : std::string(); }

protected:
    bool has_callback() const override { return static_cast<bool>(cb_.callback); }
    bool has_error_callback() const override { return static_cast<bool>(cb_.error_callback); }
    void run_callback() override { cb_.callback(*value_); }
    void run_error_callback() override { cb_.error_callback(RuntimeError(error())); }
    // Never default-constructed: a V that is a runtime handle would create an object.
    std::optional<V> value_;

private:
    Callbacks<V> cb_;
};

// apply / apply_async / submit: one task, one value.
template <typename V>
class ApplyJob final : public TypedJob<V> {
public:
    using TypedJob<V>::TypedJob;

private:
    void store(uint32_t, std::string_view payload) override { this->value_ = decode_bytes<V>(payload); }
};

// map / starmap: chunks of lists, joined in order.
template <typename V>
class MapJob final : public TypedJob<std::vector<V>> {
public:
    MapJob(Callbacks<std::vector<V>> cb, size_t chunks, size_t total)
        : TypedJob<std::vector<V>>(std::move(cb)), parts_(chunks), total_(total) {}

private:
    void store(uint32_t chunk, std::string_view payload) override {
        parts_.at(chunk) = decode_bytes<std::vector<V>>(payload);
    }
    void assemble() override {
        std::vector<V> all;
        all.reserve(total_);
        for (std::vector<V>& p : parts_)
            for (V& v : p) all.push_back(std::move(v));
        parts_.clear();
        this->value_ = std::move(all);
    }
    std::vector<std::vector<V>> parts_;
    size_t total_;
};

}  // namespace il::core
