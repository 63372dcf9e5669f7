// tests/python/inspector_test.cpp — what the Inspector shows for a Python
// program's objects, read as the window reads a live run (core::snapshot_live
// over the run's arena, taken at every step): each thread's threading.local
// attributes side by side, named after the program's own variable.
#include <doctest.h>

#include <string>

#include "core/observer/observe.hpp"
#include "core/observer/snapshot.hpp"
#include "core/trace/trace_file.hpp"
#include "tests/python/program.hpp"

using namespace il::core;

namespace {

// Round-robin, keeping the live snapshot of the last still moment (the
// programs end with a print, so every value is set by then).
class LastSnapshot : public Strategy {
public:
    std::optional<Choice> next(const Arena& arena, const std::vector<Choice>& choices, std::string& error) override {
        last = snapshot_live(arena, empty_);
        return rr_->next(arena, choices, error);
    }
    RunSnapshot last;

private:
    TraceStore empty_;
    std::unique_ptr<Strategy> rr_ = make_round_robin();
};

RunSnapshot last_snapshot(const il::test::Program& p) {
    LastSnapshot s;
    ObserveOptions opt;
    opt.run.demo_id = p.path();
    opt.run.mode = DirectorMode::Step;
    opt.strategy = &s;
    opt.timeout_s = 60;
    const Observation o = observe_run(opt);
    CHECK_FALSE(o.failed);
    return s.last;
}

const ObjectView* named(const RunSnapshot& s, const std::string& name) {
    for (const ObjectView& o : s.objects)
        if (o.known && o.name == name) return &o;
    return nullptr;
}

std::string fields_text(const ObjectView& o) {
    std::string out;
    for (const Field& f : o.fields) out += f.label + ": " + f.value + "\n";
    return out;
}

}  // namespace

TEST_CASE("python inspector: each threading.local attribute shows every thread's value, as a repr, under the local's own name") {
    il::test::Program p(R"(import threading
data = threading.local()
def work(n):
    data.who = n
    data.count = len(n)
ts = [threading.Thread(target=work, args=(n,), name=n) for n in ("Ann", "Bo")]
for t in ts: t.start()
for t in ts: t.join()
data.who = "main"
print("end")
)");
    const RunSnapshot s = last_snapshot(p);
    const ObjectView* who = named(s, "data.who");
    REQUIRE(who != nullptr);
    CHECK(who->kind == ObjectKind::ThreadLocal);
    const std::string text = fields_text(*who);
    CHECK(text.find("Ann: 'Ann'") != std::string::npos);
    CHECK(text.find("Bo: 'Bo'") != std::string::npos);
    CHECK(text.find("MainThread: 'main'") != std::string::npos);
    const ObjectView* count = named(s, "data.count");
    REQUIRE(count != nullptr);
    CHECK(fields_text(*count).find("Ann: 3") != std::string::npos);
}

TEST_CASE("python inspector: a long value is cut to fit, at a character boundary, and marked with an ellipsis") {
    il::test::Program p("import threading\nbox = threading.local()\nbox.text = '\xe4\xbd\xa0\xe5\xa5\xbd' * 40\nprint('end')\n");
    const RunSnapshot s = last_snapshot(p);
    const ObjectView* text = named(s, "box.text");
    REQUIRE(text != nullptr);
    const std::string shown = fields_text(*text);
    CHECK(shown.find("MainThread: '\xe4\xbd\xa0\xe5\xa5\xbd") != std::string::npos);
    CHECK(shown.find("\xe2\x80\xa6") != std::string::npos);
}

TEST_CASE("python inspector: a saved run, opened again, still shows each thread's local values as their reprs") {
    il::test::Program p(R"(import threading
data = threading.local()
def work(n):
    data.who = n
ts = [threading.Thread(target=work, args=(n,), name=n) for n in ("Ann", "Bo")]
for t in ts: t.start()
for t in ts: t.join()
data.who = "main"
)");
    const std::string saved = p.file("run.iltrace");
    for (const char* mode : {"run", "step"}) {
        CAPTURE(mode);
        const auto r = p.run({"--mode", mode, "--save", saved});
        REQUIRE(r.code == 0);
        const RunSnapshot s = snapshot_saved(load_trace(saved));
        const ObjectView* who = named(s, "data.who");
        REQUIRE(who != nullptr);
        const std::string text = fields_text(*who);
        CHECK(text.find("Ann: 'Ann'") != std::string::npos);
        CHECK(text.find("Bo: 'Bo'") != std::string::npos);
        CHECK(text.find("MainThread: 'main'") != std::string::npos);
    }
}
