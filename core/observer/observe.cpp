#include "core/observer/observe.hpp"

#include "core/common/futex.hpp"
#include "core/observer/observer.hpp"

namespace il::core {

Observation observe_run(const ObserveOptions& opt) {
    if (is_stepped(opt.run.mode) && !opt.strategy) throw std::invalid_argument("step and replay runs need a strategy");
    // The caller owns the strategy; the observer is lent it for the run.
    struct Lent : Strategy {
        Strategy& s;
        explicit Lent(Strategy& st) : s(st) {}
        std::optional<Choice> next(const Arena& a, const std::vector<Choice>& c, std::string& err) override {
            return s.next(a, c, err);
        }
        size_t unused_steps() const override { return s.unused_steps(); }
    };
    ObserverOptions oo;
    oo.run = opt.run;
    oo.timeout_s = opt.timeout_s;
    if (opt.strategy) oo.automatic = std::make_unique<Lent>(*opt.strategy);
    Observer obs(std::move(oo));  // throws std::invalid_argument for a bad demo or parameter
    Observation out;
    while (obs.live()) {
        obs.wait(100'000'000);
        obs.poll(100'000'000);
        if (opt.on_progress) opt.on_progress(obs.store());
        if (!obs.live()) break;
        // Step mode: a deadlock or stuck run holds still for ever; the window
        // keeps it for the learner, the command line ends it.
        if (obs.stepping() && obs.quiescent() &&
            (obs.step_status() == StepStatus::Deadlock || obs.step_status() == StepStatus::Stuck))
            obs.stop(obs.outcome());
        else if (opt.stop_requested)
            if (std::string why = opt.stop_requested(); !why.empty()) {
                obs.stop(std::move(why));
                out.interrupted = true;
            }
    }
    out.outcome = obs.outcome();
    out.failed = obs.failed();
    out.notes = obs.notes();
    out.exit = *obs.exit();
    out.stopped = obs.stopped();
    out.seconds = obs.elapsed_s();
    out.cycle = reported_cycle(obs.arena());
    out.status = obs.step_status();
    if (const StepController* ctl = obs.controller()) {
        out.schedule = ctl->schedule();
        out.schedule_complete = ctl->schedule_complete();
    }
    out.store = std::move(obs.store());
    if (opt.on_progress) opt.on_progress(out.store);
    return out;
}

}  // namespace il::core
