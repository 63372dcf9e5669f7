#include "core/primitives/pool_worker.hpp"

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <cstring>

#include "core/common/futex.hpp"
#include "core/primitives/lock.hpp"

namespace il::core {

// ---------------------------------------------------------------- messages

namespace {

template <typename H>
std::string message(const H& h, std::string_view payload) {
    std::string m(sizeof h + payload.size(), '\0');
    std::memcpy(m.data(), &h, sizeof h);
    if (!payload.empty()) std::memcpy(m.data() + sizeof h, payload.data(), payload.size());  // data() may be null
    return m;
}

template <typename H>
H read_header(std::string_view msg, std::string_view& payload) {
    if (msg.size() < sizeof(H)) throw CodecError("interleave: a pool message shorter than its header");
    H h;
    std::memcpy(&h, msg.data(), sizeof h);
    payload = msg.substr(sizeof h);
    return h;
}

}  // namespace

std::string task_message(const TaskHeader& h, std::string_view payload) { return message(h, payload); }

void BatchWriter::add(std::string_view m) {
    const auto n = static_cast<uint32_t>(m.size());
    body_.append(reinterpret_cast<const char*>(&n), sizeof n);
    body_.append(m);
    ++count_;
}

std::string BatchWriter::take_tasks() {
    TaskHeader h;
    h.job = kBatchJob;
    h.chunk = count_;
    std::string m = message(h, body_);
    body_.clear();
    count_ = 0;
    return m;
}

std::string BatchWriter::take_results() {
    ResultHeader h;
    h.job = kBatchJob;
    h.chunk = count_;
    h.kind = ResultKind::Value;
    std::string m = message(h, body_);
    body_.clear();
    count_ = 0;
    return m;
}
std::string result_message(const ResultHeader& h, std::string_view payload) { return message(h, payload); }
TaskHeader read_task(std::string_view msg, std::string_view& payload) { return read_header<TaskHeader>(msg, payload); }
ResultHeader read_result(std::string_view msg, std::string_view& payload) {
    return read_header<ResultHeader>(msg, payload);
}

// ---------------------------------------------------------------- SIGTERM

namespace {

// Per worker process (a forked copy each): set while task code runs.
volatile sig_atomic_t g_in_task = 0;
volatile sig_atomic_t g_term_pending = 0;
pid_t g_parent = 0;  // the pool's process; written before the handlers are installed

// Ends the process the way an unhandled SIGTERM does (exitcode -15).
void die_of_sigterm() {
    signal(SIGTERM, SIG_DFL);
    raise(SIGTERM);  // inside the handler: delivered as soon as the handler returns
}

extern "C" void on_pool_sigterm(int) {
    // stepping() reads one lock-free atomic of the arena: async-signal-safe.
    if (g_in_task || stepping()) die_of_sigterm();
    else g_term_pending = 1;
}

// The parent's death (PR_SET_PDEATHSIG). The kernel sends it when the thread
// that forked us ends, which for a replacement worker is the pool's worker
// handler, so it only counts once we have been re-parented: the pool's
// process is gone, and no queue will ever bring a task or a sentinel again.
// (Python's workers exit on the broken pipe.)
extern "C" void on_parent_death(int) {
    if (getppid() != g_parent) kill(getpid(), SIGKILL);
}

void install_signal_handlers(pid_t parent) {
    g_parent = parent;
    struct sigaction sa {};
    sa.sa_handler = &on_pool_sigterm;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, nullptr);
    sa.sa_handler = &on_parent_death;
    sigaction(SIGUSR2, &sa, nullptr);
    prctl(PR_SET_PDEATHSIG, SIGUSR2);
    if (getppid() != parent) kill(getpid(), SIGKILL);  // it died before we could ask to be told
}

// A safe point: no queue guard is held here.
void term_safe_point() {
    if (g_term_pending) die_of_sigterm();
}

struct InTask {
    explicit InTask(bool process) : process_(process) {
        if (process_) g_in_task = 1;
        term_safe_point();  // a SIGTERM that came while we were idle ends us before the task starts
    }
    ~InTask() {
        if (process_) g_in_task = 0;
    }
    bool process_;
};

std::string fit(std::string s, size_t max) {
    if (s.size() > max) s.resize(max);
    return s;
}

// Runs one task; returns the result message for the outqueue.
std::string run_one(const PoolWorkerSpec& s, uint32_t position, const TaskHeader& h, std::string_view payload) {
    pool_task_started(s.pool, position, h.task);
    emit(EventKind::TaskStart, s.pool, h.task, h.line);
    ResultHeader r{h.job, h.task, h.chunk, ResultKind::Value, 0, static_cast<uint16_t>(position)};
    Writer out;
    std::string error;
    const int64_t t0 = monotonic_ns();
    try {
        InTask guard(s.process);
        Reader in(payload);
        reinterpret_cast<Trampoline>(h.trampoline)(static_cast<uintptr_t>(h.fn), in, out);
    } catch (const RunStopped&) {
        throw;
    } catch (const std::exception& e) {
        error = e.what();
        r.kind = ResultKind::Error;
    } catch (...) {
        error = "unknown exception";
        r.kind = ResultKind::Error;
    }
    const int64_t took = monotonic_ns() - t0;
    const size_t room = s.outqueue->item_size() - sizeof(ResultHeader);
    if (r.kind == ResultKind::Value && out.size() > room) {
        error = "the result of task " + std::to_string(h.task) + " takes " + std::to_string(out.size()) +
                " bytes; the pool's item_size leaves room for " + std::to_string(room);
        r.kind = ResultKind::Error;
    }
    const bool ok = r.kind == ResultKind::Value;
    emit_flagged(EventKind::TaskDone, s.pool, h.task, h.line, ok ? 0 : 1);
    pool_task_finished(s.pool, position, ok, took);
    return result_message(r, ok ? std::string_view(out.bytes()) : std::string_view(fit(std::move(error), room)));
}

// Runs every task of a batch; sends their results in batches too, flushed
// when full or once a result has waited 200 µs (a batch of slow tasks must
// not hold finished results back). Returns the number of tasks run.
int64_t run_batch(const PoolWorkerSpec& s, uint32_t position, std::string_view payload, QueueCore& out) {
    constexpr int64_t kMaxHoldNs = 200'000;
    const uint32_t line = line_of(s.loc);
    BatchWriter results(out.item_size() - sizeof(ResultHeader));
    int64_t n = 0, oldest = 0;
    auto flush = [&] {
        if (results.count() > 0) out.put(results.take_results(), true, -1, line);
        term_safe_point();
    };
    for_each_in_batch(payload, [&](std::string_view sub) {
        std::string_view args;
        const TaskHeader h = read_task(sub, args);
        const std::string r = run_one(s, position, h, args);
        ++n;
        if (!results.fits(r.size())) flush();
        if (!results.fits(r.size())) {  // too big to share a batch: on its own
            out.put(r, true, -1, line);
            term_safe_point();
            return;
        }
        if (results.count() == 0) oldest = monotonic_ns();
        results.add(r);
        if (monotonic_ns() - oldest > kMaxHoldNs) flush();
    });
    flush();
    return n;
}

}  // namespace

void run_pool_worker(const PoolWorkerSpec& s, uint32_t position) {
    if (s.process) install_signal_handlers(s.parent);
    if (s.initializer) s.initializer();
    QueueCore in = *s.inqueue, out = *s.outqueue;  // handles: copies name the same queues
    const uint32_t line = line_of(s.loc);
    int64_t completed = 0;
    while (s.maxtasks <= 0 || completed < s.maxtasks) {
        const std::string msg = in.get(true, -1, line);
        term_safe_point();
        std::string_view payload;
        const TaskHeader h = read_task(msg, payload);
        if (h.job == kStopJob) return;
        if (h.job == kBatchJob) {
            completed += run_batch(s, position, payload, out);
            continue;
        }
        const std::string result = run_one(s, position, h, payload);
        out.put(result, true, -1, line);
        term_safe_point();
        ++completed;
    }
    // Retire (maxtasksperchild): the pool's worker handler replaces us.
    if (s.notifier) {
        Queue<int64_t> notifier = *s.notifier;
        notifier.put(position, true, -1, s.loc);
    }
}

// ---------------------------------------------------------------- jobs

std::string JobBase::note(bool ok, std::string_view payload, size_t max_chars) const {
    return ok ? repr_bytes(payload, max_chars) : "RuntimeError(" + std::string(payload) + ")";
}

void JobBase::init(uint32_t pool, uint64_t job, uint32_t chunks, int64_t first_task) {
    pool_ = pool;
    job_ = job;
    first_task_ = first_task;
    left_ = chunks;
}

bool JobBase::deliver(uint32_t chunk, bool ok, std::string_view payload) {
    if (ok && success_) {
        try {
            store(chunk, payload);
        } catch (const CodecError& e) {
            success_ = false;
            error_ = e.what();
        }
    } else if (!ok && success_) {
        success_ = false;  // Python keeps the first exception of a map
        error_ = std::string(payload);
    }
    return left_ == 0 || --left_ == 0;
}

void JobBase::finish(int64_t task, uint32_t line, bool callbacks) {
    if (success_) assemble();
    if (callbacks && (success_ ? has_callback() : has_error_callback())) {
        emit(EventKind::TaskCallback, pool_, task, line);
        pool_shared(pool_).callbacks.fetch_add(1, std::memory_order_relaxed);
        try {
            if (success_) run_callback();
            else run_error_callback();
        } catch (const RunStopped&) {
            throw;
        } catch (const std::exception& e) {
            print_unchecked(std::string("Exception in a pool callback: ") + e.what() + "\n", line);
        }
    }
    publish_result(pool_, job_, word_);
}

bool JobBase::wait(double timeout, uint32_t line) {
    return wait_result(pool_, job_, word_, detail::to_timeout_ns(timeout), line);
}

void JobBase::raise_if_failed() const {
    if (!success_) throw RuntimeError(error_);
}

}  // namespace il::core
