#include "core/explore/story.hpp"

#include <algorithm>

#include "core/common/i18n.hpp"
#include "core/observer/snapshot.hpp"

namespace il::core {

namespace {

// A grant to a Python instruction step (granularity bytecode) that reads or
// writes a global, a closure's or an attribute: its label is "read n
// (LOAD_GLOBAL)" (python/boot/interleave_steps.py). Other labels (lines,
// loop and call instructions, locals) are no deed of the story.
std::string python_deed(const ObjectInfo& o, const std::string& label) {
    if (o.kind != ObjectKind::None) return {};
    const size_t space = label.find(' '), paren = label.rfind(" (");
    if (space == std::string::npos || paren == std::string::npos || paren <= space) return {};
    const std::string verb = label.substr(0, space), what = label.substr(space + 1, paren - space - 1);
    const std::string op = label.substr(paren + 2);
    const bool shared = op.ends_with("_GLOBAL)") || op.ends_with("_DEREF)") || op.ends_with("_ATTR)");
    if (!shared) return {};
    if (verb == "read") return i18n::trf("reads {object}", {{"object", what}});
    if (verb == "write") return i18n::trf("writes {object}", {{"object", what}});
    return {};
}

// What one event says the worker did, or "" for an event that is no deed.
std::string deed(const TraceStore& s, const TraceEvent& e) {
    if (e.object == kNoObject || e.object >= s.object_count()) return {};
    const ObjectInfo& o = s.object(e.object);
    const std::string name(s.object_name(e.object));
    switch (e.kind) {
        case EventKind::Load:
            return i18n::trf("reads {object} ({value})", {{"object", name}, {"value", format_bits(o.value_type, e.value)}});
        case EventKind::Store:
            return i18n::trf("writes {object} = {value}", {{"object", name}, {"value", format_bits(o.value_type, e.value)}});
        case EventKind::Obtain: return i18n::trf("takes {object}", {{"object", name}});
        case EventKind::Release: return i18n::trf("releases {object}", {{"object", name}});
        case EventKind::Block: return i18n::trf("waits for {object}", {{"object", name}});
        case EventKind::QueuePut: return i18n::trf("puts into {object}", {{"object", name}});
        case EventKind::QueueGet: return i18n::trf("gets from {object}", {{"object", name}});
        case EventKind::QueueEmpty: return i18n::trf("gives up: {object} is empty", {{"object", name}});
        case EventKind::QueueFull: return i18n::trf("gives up: {object} is full", {{"object", name}});
        case EventKind::AcquireFailed: return i18n::trf("gives up on {object}", {{"object", name}});
        case EventKind::EventSet: return i18n::trf("sets {object}", {{"object", name}});
        // Processes: what makes an orphan or a zombie (a thread's start and end are no deed).
        case EventKind::Fork: return i18n::trf("forks {object}", {{"object", name}});
        case EventKind::WorkerExit:
            return e.worker < s.worker_count() && s.worker(e.worker).kind == WorkerKind::Process &&
                           s.worker(e.worker).parent != kNoWorker
                       ? i18n::tr("ends")
                       : std::string();
        case EventKind::Orphaned: return i18n::trf("leaves {object} an orphan", {{"object", name}});
        case EventKind::Reaped: return i18n::trf("reaps {object}", {{"object", name}});
        case EventKind::Step: return python_deed(o, name);
        default: return {};
    }
}

}  // namespace

std::vector<StoryTurn> story_of(const TraceStore& store) {
    std::vector<StoryTurn> turns;
    uint16_t current = kNoWorker;
    for (const TraceEvent& e : store.events()) {
        std::string d = deed(store, e);
        if (d.empty()) continue;
        if (turns.empty() || e.worker != current) {
            turns.push_back({std::string(store.worker_name(e.worker)), {}});
            current = e.worker;
        }
        if (turns.back().deeds.empty() || turns.back().deeds.back() != d) turns.back().deeds.push_back(std::move(d));
    }
    return turns;
}

std::string deeds_text(const std::vector<std::string>& deeds) {
    constexpr size_t kLongestPattern = 3, kFewestRepeats = 3;
    std::string out;
    const auto add = [&out](const std::string& s) { out += (out.empty() ? "" : ", ") + s; };
    for (size_t i = 0; i < deeds.size();) {
        size_t period = 0, repeats = 1;
        for (size_t p = 1; p <= kLongestPattern && period == 0; ++p) {
            size_t k = 1;
            while (i + (k + 1) * p <= deeds.size() &&
                   std::equal(deeds.begin() + static_cast<std::ptrdiff_t>(i), deeds.begin() + static_cast<std::ptrdiff_t>(i + p),
                              deeds.begin() + static_cast<std::ptrdiff_t>(i + k * p)))
                ++k;
            if (k >= kFewestRepeats) period = p, repeats = k;
        }
        if (period == 0) {
            add(deeds[i++]);
            continue;
        }
        std::string group;
        for (size_t j = 0; j < period; ++j) group += (j ? ", " : "") + deeds[i + j];
        add((period == 1 ? group : "(" + group + ")") + " ×" + std::to_string(repeats));
        i += period * repeats;
    }
    return out;
}

std::string steps_in_runs(const Schedule& schedule) {
    const std::vector<ScheduleStep>& steps = schedule.steps;
    std::string out;
    for (size_t i = 0; i < steps.size();) {
        size_t j = i + 1;
        while (j < steps.size() && steps[j] == steps[i]) ++j;
        out += (out.empty() ? "" : " → ") + steps[i].worker + (steps[i].timeout ? i18n::tr(" (time out)") : "");
        if (j - i > 1) out += " ×" + std::to_string(j - i);
        i = j;
    }
    return out;
}

std::string tell(const std::vector<StoryTurn>& turns, size_t max_turns) {
    std::string out;
    const size_t from = turns.size() > max_turns ? turns.size() - max_turns : 0;
    if (from > 0) out = "… → ";
    for (size_t i = from; i < turns.size(); ++i) {
        if (i > from) out += " → ";
        out += turns[i].worker + " " + deeds_text(turns[i].deeds);
    }
    return out;
}

}  // namespace il::core
