// core/runtime/registry.hpp — the demo registry.
//
// Every demo in demos/ registers one DemoInfo record at static-initialisation
// time (IL_DEMO). The app builds its demo browser, parameter panel and
// explanation panel from these records; the run process looks a demo up by id
// and calls its run function. The registry itself holds no demo code.
//
// Thread rules: registration happens before main(); after that the demo list
// is read-only and may be read from any thread. Programs (ProgramLoader) are
// loaded by find() under a mutex and never removed.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace il::core {

enum class ParamKind : uint8_t { Int, Double, Bool, Choice };

// One parameter of a demo: its name, kind, default, range and a short help.
struct ParamSpec {
    std::string name;
    ParamKind kind = ParamKind::Int;
    std::string help;
    int64_t int_default = 0, int_min = 0, int_max = 0;
    double double_default = 0, double_min = 0, double_max = 0;
    bool bool_default = false;
    std::vector<std::string> choices;  // Choice: allowed values; the first is the default

    static ParamSpec Int(std::string name, int64_t def, int64_t min, int64_t max, std::string help = {});
    static ParamSpec Double(std::string name, double def, double min, double max, std::string help = {});
    static ParamSpec Bool(std::string name, bool def, std::string help = {});
    static ParamSpec Choice(std::string name, std::vector<std::string> choices, std::string help = {});

    // The default value as text, as `--param name=value` would spell it.
    std::string default_text() const;
};

using ParamValue = std::variant<int64_t, double, bool, std::string>;

// A parameter declared once, in the demo that owns it: its spec (listed in
// the demo's .params) and a typed handle its run function reads it through
// (ctx[kTasks] is an int64_t), so no name is spelled twice. T is int64_t,
// double, bool or std::string (a Choice).
template <typename T>
class Param {
public:
    explicit Param(ParamSpec spec) : spec_(std::move(spec)) {}
    const ParamSpec& spec() const { return spec_; }
    const std::string& name() const { return spec_.name; }
    operator ParamSpec() const { return spec_; }  // NOLINT: `.params = {kTasks, kPause}` lists the handles

private:
    ParamSpec spec_;
};

namespace param {
inline Param<int64_t> Int(std::string name, int64_t def, int64_t min, int64_t max, std::string help = {}) {
    return Param<int64_t>(ParamSpec::Int(std::move(name), def, min, max, std::move(help)));
}
inline Param<double> Double(std::string name, double def, double min, double max, std::string help = {}) {
    return Param<double>(ParamSpec::Double(std::move(name), def, min, max, std::move(help)));
}
inline Param<bool> Bool(std::string name, bool def, std::string help = {}) {
    return Param<bool>(ParamSpec::Bool(std::move(name), def, std::move(help)));
}
inline Param<std::string> Choice(std::string name, std::vector<std::string> choices, std::string help = {}) {
    return Param<std::string>(ParamSpec::Choice(std::move(name), std::move(choices), std::move(help)));
}
}  // namespace param

// Validated parameter values for one run. Built from a schema plus
// `name=value` overrides; every value is checked against its range.
class Params {
public:
    Params() = default;
    // Defaults for every parameter of `schema`.
    explicit Params(const std::vector<ParamSpec>& schema);

    // Applies "name=value". Returns an error message (empty on success).
    std::string set(const std::vector<ParamSpec>& schema, std::string_view assignment);
    std::string set(const std::vector<ParamSpec>& schema, std::string_view name, std::string_view value);

    int64_t get_int(std::string_view name) const;
    double get_double(std::string_view name) const;
    bool get_bool(std::string_view name) const;
    const std::string& get_choice(std::string_view name) const;
    // The value of a declared parameter, of its declared type. Throws
    // std::out_of_range when the demo did not list the handle in .params.
    template <typename T>
    const T& get(const Param<T>& p) const {
        return std::get<T>(at(p.name()));
    }

    // "name=value" lines in schema order; what `--param` accepts back.
    std::vector<std::string> to_assignments() const;
    const std::map<std::string, ParamValue, std::less<>>& values() const { return values_; }

private:
    const ParamValue& at(std::string_view name) const;
    std::map<std::string, ParamValue, std::less<>> values_;
    std::vector<std::string> order_;
};

// The views of a run a lesson can be about (the window's run-fed panels).
enum class LessonView : uint8_t { Timeline, WaitGraph, Source, Console, Inspector, ProcessTree };

// What carries a demo's lesson: the window arranges its lesson layout around
// these views (the first gets the most room; at most three are shown at once,
// the rest stay a tab away) and the timeline puts these lanes first. Empty:
// the demo's group decides (app/gui/shell/lesson.cpp).
struct LessonFocus {
    std::vector<LessonView> views = {};
    // Lane names shown first, in this order ("Thread-1", "mutexA", "GIL"); a
    // name ending in '*' matches every lane it begins ("GIL*").
    std::vector<std::string> lanes = {};
    // Moments the lesson turns on: step_point() names drawn as a labelled line
    // across the timeline ("switch to apply_async").
    std::vector<std::string> marks = {};
};

class RunContext;  // core/runtime/runtime.hpp: what a demo's run function is handed
using RunFn = void (*)(RunContext&);

struct DemoInfo {
    std::string id;           // "lock.counter_race": group prefix, dot, name
    std::string title;        // "Shared counter: lost updates"
    std::string group;        // "Lock"
    std::string summary;      // one line for lists
    std::string explanation;  // plain words: what to look at and why it happens
    std::string python;       // the equivalent Python snippet
    std::vector<std::string> try_this;
    std::vector<ParamSpec> params;
    RunFn run = nullptr;
    LessonFocus focus = {};        // what the window shows first (see LessonFocus)
    std::string source_file = {};  // file name of the demo's source (IL_DEMO fills it from __FILE__)
    std::string python_twin = {};  // the id (a .py path) of a runnable Python version, if one is listed
    // A listed Python example whose file is as this build ships it (not one a
    // learner edited): the Source panel shows its comments in the user's language.
    bool shipped_example = false;
    // True when every value two of its workers share is a runtime object (a
    // lock, queue, event, Shared<T> …) or is handed over by start, join or a
    // queue: the code between two checkpoints touches nothing another worker
    // touches unseen. Explore then skips schedules that only reorder steps on
    // different objects (core/explore/independence.hpp). Checked by a test
    // that explores each such demo with and without the reduction.
    bool visible_sharing = false;
};

// True for a learner's program (a ProgramRecord's info): its source is a
// file on disk, named by its absolute path, where a demo's is embedded.
inline bool is_program(const DemoInfo& d) { return d.source_file.starts_with("/"); }

// A target that is not a compiled-in demo: a learner's program (the Python
// front registers a loader for .py paths). `text` is its source, shown by the
// source view under info.source_file.
struct ProgramRecord {
    DemoInfo info;
    std::string text;
    // True once the file on disk is no longer what `text` holds (edited and
    // saved elsewhere): find() then loads it again. Empty: never stale.
    std::function<bool()> stale;
};
// Returns the record for `id`, or nullopt with `error` set ("cannot read
// x.py: No such file or directory") or left empty (not a program id).
using ProgramLoader = std::optional<ProgramRecord> (*)(std::string_view id, std::string& error);

class Registry {
public:
    // Adds a demo; returns true so it can initialise a static. Duplicate ids abort
    // at start-up with a message (a programming error, caught by every test run).
    // `file` (the registering source file, __FILE__) names the demo's
    // source for the source view when info.source_file is empty.
    static bool add(DemoInfo info, std::string_view file = {});
    // Registers the embedded text of a demo source file (generated at build time).
    static bool add_source(std::string file, std::string_view text);

    static const std::vector<DemoInfo>& all();  // sorted by group, then id
    // A demo, or a program the loader accepts (loaded, kept, and loaded again
    // in place when its file changed; the pointer stays valid). `why` gets
    // the loader's complaint when it refuses.
    static const DemoInfo* find(std::string_view id, std::string* why = nullptr);
    // Installs the loader asked for ids no demo has (one; the last one wins).
    static void set_program_loader(ProgramLoader loader);
    static std::optional<std::string_view> source(std::string_view file);
    static std::vector<std::string> groups();   // in catalogue order (the compiled-in demos' groups)

    // Lists a program (a .py path) in the catalogue beside the demos; its
    // DemoInfo (group, title) comes from the program loader. `twin`: the id
    // of the compiled-in demo it is the Python version of ("" for none),
    // whose python_twin then names it.
    static void list_program(std::string id, std::string_view twin = {});
    // The demos and the listed programs that load, by group in the course's
    // order: a group's demos first, then its programs.
    static std::vector<const DemoInfo*> catalogue();
};

}  // namespace il::core

#define IL_DEMO_CONCAT2(a, b) a##b
#define IL_DEMO_CONCAT(a, b) IL_DEMO_CONCAT2(a, b)
// Registers a demo: IL_DEMO({.id = ..., .title = ..., ...});
#define IL_DEMO(...)                                                                                  \
    static const bool IL_DEMO_CONCAT(il_demo_registered_, __LINE__) =                                 \
        ::il::core::Registry::add(::il::core::DemoInfo __VA_ARGS__, __FILE__)
