// app/gui/session/explore_job.hpp — one explore-mode search (core/explore/explore.hpp)
// running in the background while the window goes on drawing.
//
// core::explore() blocks its caller until the search ends, which may take
// seconds; the window must not. An ExploreJob runs it on a thread of its own
// and hands over, through a mutex, its progress (for the progress bar) and,
// once, its result. cancel() asks the search to end between runs; explore()
// then stops the runs in flight (their process groups killed), so a cancel
// is over within a few milliseconds and leaves no process behind. The
// destructor cancels and joins: closing the window mid-search is safe.
//
// Thread rules: every member function is for one thread (the GUI's); the
// search's thread only touches the fields under mu_ and the atomic flag.
#pragma once

#include <atomic>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "core/explore/explore.hpp"

namespace il::gui {

class ExploreJob {
public:
    ExploreJob() = default;
    ~ExploreJob();
    ExploreJob(const ExploreJob&) = delete;
    ExploreJob& operator=(const ExploreJob&) = delete;

    // Starts a search (a previous one is cancelled and its result dropped).
    // Its on_progress and cancelled are the job's own: leave them empty.
    void start(core::ExploreOptions options);
    // The search is going: its result is not ready yet.
    bool running() const;
    // Cancel was asked and the search has not ended yet.
    bool cancelling() const { return running() && cancel_.load(std::memory_order_relaxed); }
    void cancel();
    core::ExploreProgress progress() const;
    // The preemption bound searched to (ExploreOptions::max_preemptions).
    int max_preemptions() const { return max_preemptions_; }
    // The target searched ("deadlock.two_locks", a .py path) and its parameters.
    const core::RunOptions& target() const { return target_; }
    // Once the search has ended: its result, exactly once; otherwise nothing.
    std::optional<core::ExploreResult> take_result();
    // Waits for the search to end (tests).
    void wait();

private:
    void join();
    std::thread thread_;
    std::atomic<bool> cancel_{false};
    mutable std::mutex mu_;
    core::ExploreProgress progress_;              // under mu_
    std::optional<core::ExploreResult> result_;   // under mu_: set once by the search's thread
    bool done_ = true;                            // under mu_: the thread has finished its work
    bool taken_ = true;                           // GUI thread only
    int max_preemptions_ = 0;
    core::RunOptions target_;
};

}  // namespace il::gui
