#include "app/gui/session/explore_job.hpp"

#include <exception>
#include <utility>

namespace il::gui {

ExploreJob::~ExploreJob() {
    cancel();
    join();
}

void ExploreJob::join() {
    if (thread_.joinable()) thread_.join();
}

void ExploreJob::start(core::ExploreOptions options) {
    cancel();
    join();
    cancel_.store(false);
    {
        std::lock_guard lock(mu_);
        progress_ = {};
        result_.reset();
        done_ = false;
    }
    taken_ = false;
    max_preemptions_ = options.max_preemptions;
    target_ = options.run;
    options.on_progress = [this](const core::ExploreProgress& p) {
        std::lock_guard lock(mu_);
        progress_ = p;
    };
    options.cancelled = [this] { return cancel_.load(std::memory_order_relaxed); };
    thread_ = std::thread([this, o = std::move(options)] {
        core::ExploreResult r;
        try {
            r = core::explore(o);
        } catch (const std::exception& e) {  // explore words its errors; this is only a last guard
            r.verdict = core::ExploreVerdict::Error;
            r.error = e.what();
        }
        std::lock_guard lock(mu_);
        progress_ = r.progress;
        result_ = std::move(r);
        done_ = true;
    });
}

bool ExploreJob::running() const {
    if (taken_) return false;
    std::lock_guard lock(mu_);
    return !done_;
}

void ExploreJob::cancel() { cancel_.store(true, std::memory_order_relaxed); }

core::ExploreProgress ExploreJob::progress() const {
    std::lock_guard lock(mu_);
    return progress_;
}

std::optional<core::ExploreResult> ExploreJob::take_result() {
    if (taken_) return std::nullopt;
    std::optional<core::ExploreResult> r;
    {
        std::lock_guard lock(mu_);
        if (!done_) return std::nullopt;
        r = std::move(result_);
        result_.reset();
    }
    taken_ = true;
    join();
    return r;
}

void ExploreJob::wait() {
    join();
}

}  // namespace il::gui
