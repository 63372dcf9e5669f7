// python/pool_type.cpp — `_interleave.Pool`: the engine under a program's
// multiprocessing.Pool (python/boot/interleave_pool.py), which is core's own
// Pool (core/primitives/pool.hpp): ForkPoolWorker processes, the three
// handler threads, the in/out queues in the arena, step rules, the
// Inspector's pool view — the same machinery the C++ demos use.
//
// A Python task crosses as bytes: interleave_pool pickles each call (or map
// chunk) into a payload; a worker runs python_task(), which hands it to
// interleave_pool.run_task and sends back what that returns. A task that
// raised comes back as core's failure, carrying the pickled exception (in
// base64: core keeps an error as text), so get() re-raises it with its
// remote traceback, as CPython's does. A job's callbacks run in the parent on
// the result-handler thread: PyJob calls the Python side's _done(ok, outcome)
// there.
//
// Thread rules: the bindings run on Python threads holding the GIL and drop
// it around every core call that may wait; python_task, the initializer and
// PyJob's callback run on core's threads (a worker, the result handler) and
// take the GIL themselves.
#include "python/pool_type.hpp"

#include <pybind11/stl.h>

#include <memory>
#include <string>
#include <vector>

#include "core/primitives/pool.hpp"
#include "core/primitives/pool_worker.hpp"
#include "core/runtime/worker.hpp"
#include "python/bridge.hpp"

namespace py = pybind11;

namespace il::python {

namespace {

namespace core = il::core;

// A task or result message: a map chunk of a few thousand numbers pickled
// fits, so only big values take the spool file's detour. The pool's queue
// cells are this size (about 36 of them for 4 workers: 2.4 MB of the heap).
constexpr uint32_t kItemSize = 64 * 1024;

bool is_run_stopped(py::error_already_set& e) {
    return e.matches(py::module_::import("_interleave").attr("RunStopped"));
}

// interleave_pool.run_task, found once per process (a forked worker keeps it).
py::object& run_task() {
    static auto* fn = new py::object(py::module_::import("interleave_pool").attr("run_task"));
    return *fn;
}

// One task in a worker: (ok, bytes) from run_task; a failure is thrown as
// core's RuntimeError with the text run_task made of it.
void python_task(uintptr_t, core::Reader& in, core::Writer& out) {
    const std::string_view payload = in.take(in.left());
    bool ok = false, stopped = false, dies = false;
    std::string result;
    {
        py::gil_scoped_acquire gil;
        try {
            const py::tuple r = run_task()(py::bytes(payload.data(), payload.size()));
            ok = r[0].cast<bool>();
            result = r[1].cast<std::string>();
        } catch (py::error_already_set& e) {
            stopped = is_run_stopped(e);
            dies = !stopped;
            if (dies) {
                // A BaseException the task let out (SystemExit, KeyboardInterrupt):
                // CPython's worker dies of it; so does this one, saying why.
                e.restore();
                PyErr_Print();
            }
        }
    }
    if (stopped) throw core::RunStopped{};
    if (dies) core::exit_process(1);
    if (!ok) throw core::RuntimeError(result);
    out.raw(result.data(), result.size());
}

// A job whose chunks are payloads: the Python result object reads them.
class PyJob final : public core::JobBase {
public:
    PyJob(size_t chunks, PyObject* on_done) : parts_(chunks), on_done_(on_done) {}
    ~PyJob() override {
        if (on_done_ != nullptr) Kept drop(on_done_);
    }

    py::list parts() const {
        py::list out;
        for (const std::string& p : parts_) out.append(py::bytes(p));
        return out;
    }

    // A value's payload opens with its repr's length and text (run_task); an
    // error is "repr\nbase64".
    std::string note(bool ok, std::string_view payload, size_t max_chars) const override {
        std::string_view text;
        if (ok && !payload.empty()) {
            text = payload.substr(1, std::min<size_t>(static_cast<unsigned char>(payload[0]), payload.size() - 1));
        } else if (!ok) {
            text = payload.substr(0, payload.find('\n'));
        }
        return utf8_prefix(text, max_chars);
    }

private:
    void store(uint32_t chunk, std::string_view payload) override { parts_.at(chunk) = std::string(payload); }
    bool has_callback() const override { return on_done_ != nullptr; }
    bool has_error_callback() const override { return on_done_ != nullptr; }
    void run_callback() override { done(true); }
    void run_error_callback() override { done(false); }

    // The result handler: the Python result's _done(ok, parts or error),
    // once; then the job lets go of it (it holds the job: a cycle otherwise).
    // The outcome is passed, not read back through a handle: the submitting
    // thread may not have its handle yet.
    void done(bool ok) {
        bool stopped = false;
        {
            py::gil_scoped_acquire gil;
            PyObject* fn = std::exchange(on_done_, nullptr);
            try {
                if (ok) py::reinterpret_borrow<py::object>(fn)(true, parts());
                else py::reinterpret_borrow<py::object>(fn)(false, error());
            } catch (py::error_already_set& e) {
                stopped = is_run_stopped(e);
                if (!stopped) e.discard_as_unraisable("a multiprocessing.Pool callback");
            }
            Py_DECREF(fn);
        }
        if (stopped) throw core::RunStopped{};
    }

    std::vector<std::string> parts_;
    PyObject* on_done_;  // a new reference, or null
};

// What a result object holds: the job, to wait on and read.
class JobHandle {
public:
    explicit JobHandle(std::shared_ptr<PyJob> job) : job_(std::move(job)) {}
    bool wait(const py::object& timeout) {
        double t = -1;
        if (!timeout_seconds(timeout.ptr(), t)) throw py::error_already_set();
        const uint32_t line = program_line();
        py::gil_scoped_release nogil;
        core::LineScope at(line);
        return job_->wait(t, line);
    }
    bool ready() const { return job_->ready(); }
    bool ok() const { return job_->success(); }
    py::list parts() const { return job_->parts(); }
    std::string error() const { return job_->error(); }

private:
    std::shared_ptr<PyJob> job_;
};

class PyPool {
public:
    PyPool(int processes, const py::object& initializer, int64_t maxtasks, const std::string& name,
           const py::object& worker_name) {
        auto init = std::make_shared<Kept>(py::object(initializer).release().ptr());
        auto namer = std::make_shared<Kept>(py::object(worker_name).release().ptr());
        core::PoolOptions o;
        o.name = name;
        o.item_size = kItemSize;
        o.worker_name = [namer] {
            py::gil_scoped_acquire gil;
            return py::handle(namer->get())().cast<std::string>();
        };
        std::function<void()> start = [init] {
            py::gil_scoped_acquire gil;
            try {
                py::handle(init->get())();
            } catch (py::error_already_set& e) {
                if (is_run_stopped(e)) throw core::RunStopped{};
                e.restore();
                PyErr_Print();  // as CPython's worker: the traceback, then the worker is gone
                py::gil_scoped_release nogil;
                core::exit_process(1);
            }
        };
        const uint32_t line = program_line();
        py::gil_scoped_release nogil;
        core::LineScope at(line);
        pool_ = std::make_unique<core::Pool>(processes, std::move(start), maxtasks, std::move(o));
    }
    ~PyPool() {
        // Leaving a pool that still runs terminates and joins it: checkpoints.
        py::gil_scoped_release nogil;
        pool_.reset();
    }
    PyPool(const PyPool&) = delete;
    PyPool& operator=(const PyPool&) = delete;

    JobHandle submit(const std::vector<std::string>& payloads, const py::object& on_done) {
        auto job = std::make_shared<PyJob>(payloads.size(), on_done.is_none() ? nullptr : on_done.inc_ref().ptr());
        const uint32_t line = program_line();
        {
            py::gil_scoped_release nogil;
            core::LineScope at(line);
            pool_->submit_tasks(job, &python_task, payloads);
        }
        return JobHandle(job);
    }
    template <void (core::Pool::*Fn)(core::Loc)>
    void call() {
        const uint32_t line = program_line();
        py::gil_scoped_release nogil;
        core::LineScope at(line);
        (pool_.get()->*Fn)(core::Loc::current());
    }
    size_t task_room() const { return pool_->task_room(); }
    size_t result_room() const { return pool_->result_room(); }
    std::vector<std::string> worker_names() const { return pool_->worker_names(); }
    std::vector<int> worker_pids() const { return pool_->worker_pids(); }

private:
    std::unique_ptr<core::Pool> pool_;
};

}  // namespace

void bind_pool(py::module_& m) {
    py::class_<JobHandle>(m, "PoolJob")
        .def("wait", &JobHandle::wait, py::arg("timeout") = py::none())
        .def("ready", &JobHandle::ready)
        .def("ok", &JobHandle::ok)
        .def("parts", &JobHandle::parts)
        .def("error", &JobHandle::error);
    py::class_<PyPool>(m, "Pool")
        .def(py::init<int, const py::object&, int64_t, const std::string&, const py::object&>())
        .def("submit", &PyPool::submit)
        .def("close", &PyPool::call<&core::Pool::close>)
        .def("terminate", &PyPool::call<&core::Pool::terminate>)
        .def("join", &PyPool::call<&core::Pool::join>)
        .def("task_room", &PyPool::task_room)
        .def("result_room", &PyPool::result_room)
        .def("worker_names", &PyPool::worker_names)
        .def("worker_pids", &PyPool::worker_pids);
    // What a worker's result may take (every pool here has the same item size).
    m.attr("POOL_RESULT_ROOM") = kItemSize - sizeof(core::ResultHeader);
}

}  // namespace il::python
