// Chrome Trace Event JSON export: the output parses as JSON (checked by
// python3's json module) and no two slices on one track overlap.
#include <doctest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/trace/trace_export.hpp"
#include "tests/support/trace_builder.hpp"

namespace il::core {
namespace {

namespace fs = std::filesystem;

// Parses the trace and checks the structure; exit code 0 when all is well.
constexpr const char* kChecker = R"py(
import json, sys
from collections import defaultdict
with open(sys.argv[1], encoding="utf-8") as f:
    doc = json.load(f)
events = doc["traceEvents"]
assert isinstance(events, list) and events, "no traceEvents"
named = set()
slices = defaultdict(list)
phases = defaultdict(int)
for e in events:
    for key in ("ph", "pid", "tid", "name"):
        assert key in e, "event without %s: %r" % (key, e)
    phases[e["ph"]] += 1
    if e["ph"] == "M" and e["name"] == "thread_name":
        named.add((e["pid"], e["tid"]))
    if e["ph"] == "X":
        assert e["dur"] > 0, "empty slice %r" % e
        slices[(e["pid"], e["tid"])].append((e["ts"], e["ts"] + e["dur"], e["name"]))
    if e["ph"] == "i":
        assert e["s"] in ("t", "g", "p"), e
    if e["ph"] == "C":
        assert e["args"], e
for track, xs in slices.items():
    assert track in named, "track %r has no thread_name" % (track,)
    xs.sort()
    for a, b in zip(xs, xs[1:]):
        assert a[1] <= b[0] + 1e-9, "overlap on %r: %r and %r" % (track, a, b)
for ph in sys.argv[2:]:
    assert phases[ph] > 0, "no %s events" % ph
)py";

struct TempFile {
    fs::path path;
    explicit TempFile(const std::string& name)
        : path(fs::temp_directory_path() / ("il_" + std::to_string(::getpid()) + "_" + name)) {}
    ~TempFile() {
        std::error_code ec;
        fs::remove(path, ec);
    }
};

// Runs the checker on `json`; `phases` lists event phases that must appear.
int check_with_python(const std::string& json, const std::string& phases) {
    TempFile script("check.py"), trace("trace.json");
    std::ofstream(script.path) << kChecker;
    std::ofstream(trace.path, std::ios::binary) << json;
    const std::string cmd = "python3 " + script.path.string() + " " + trace.path.string() + " " + phases;
    return std::system(cmd.c_str());
}

std::string export_json(const TraceStore& s) {
    std::ostringstream out;
    write_chrome_trace(s, out);
    return out.str();
}

TEST_CASE("Chrome export: a sample trace is valid JSON with disjoint slices on every track") {
    REQUIRE_MESSAGE(std::system("python3 -c 'import json' > /dev/null 2>&1") == 0, "python3 is needed to check JSON");
    const TraceStore s = il::test::sample_trace();
    const std::string json = export_json(s);
    CHECK(check_with_python(json, "M X i C s f") == 0);
    CHECK(json.find("\"Thread-1\"") != std::string::npos);
    CHECK(json.find("\"displayTimeUnit\":\"ns\"") != std::string::npos);
    CHECK(json.find(R"(hello \"world\"\n\ttab\u0001)") != std::string::npos);  // escaped print text
    CHECK(json.find("\"total\":\"42\"") != std::string::npos);                  // results in otherData
    CHECK(json.find("blocked on lock_a") != std::string::npos);
    CHECK(json.find("\"tid\":" + std::to_string(kLockTidBase)) != std::string::npos);  // lock_a's track
}

TEST_CASE("Chrome export: times are microseconds printed exactly from ns") {
    il::test::TraceBuilder b;
    b.ev(1'234'567, 0, EventKind::WorkerStart).ev(2'000'001, 0, EventKind::SleepBegin);
    const std::string json = export_json(b.store);
    CHECK(json.find("\"ts\":1234.567,\"dur\":765.434") != std::string::npos);
}

TEST_CASE("Chrome export: a coarsened long trace with semaphore slots still has disjoint slices") {
    TraceLimits lim;
    lim.max_intervals_per_lane = 32;
    il::test::TraceBuilder b(lim);
    b.object(0, "lock", ObjectKind::Lock).object(1, "sem", ObjectKind::Semaphore, 2);
    for (int i = 0; i < 2000; ++i) {
        const int64_t t = i * 100;
        const uint16_t w = static_cast<uint16_t>(i % 3);
        b.ev(t, w, EventKind::Obtain, 0, 1).ev(t + 10, static_cast<uint16_t>((i + 1) % 3), EventKind::Block, 0);
        b.ev(t + 20, w, EventKind::Obtain, 1, 0).ev(t + 40, w, EventKind::Release, 1, 1);
        b.ev(t + 50, w, EventKind::Release, 0, 0).ev(t + 60, static_cast<uint16_t>((i + 1) % 3), EventKind::Wake, 0);
    }
    CHECK(b.store.counts().coarsened > 0);
    CHECK(check_with_python(export_json(b.store), "X") == 0);
}

TEST_CASE("Chrome export: strings are escaped and invalid UTF-8 becomes U+FFFD") {
    std::string out;
    append_json_string(out, "a\"b\\c\n\x7f");
    CHECK(out == "\"a\\\"b\\\\c\\n\x7f\"");
    out.clear();
    append_json_string(out, "\xe4\xbd\xa0\xe5\xa5\xbd");  // 你好 passes through
    CHECK(out == "\"\xe4\xbd\xa0\xe5\xa5\xbd\"");
    out.clear();
    append_json_string(out, "x\xff\xc3(\xed\xa0\x80y");  // stray byte, cut sequence, surrogate
    CHECK(out == "\"x\xEF\xBF\xBD\xEF\xBF\xBD(\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDy\"");
    il::test::TraceBuilder b;
    b.worker(0, "bad\xffname").ev(0, 0, EventKind::Print, kNoObject, 0, "\x01\x02\xfe");
    CHECK(check_with_python(export_json(b.store), "M i") == 0);
}

TEST_CASE("Chrome export: writing to a path that cannot be created names the path") {
    const TraceStore s = il::test::sample_trace();
    CHECK_THROWS_WITH_AS(write_chrome_trace_file(s, "/nonexistent-dir/x.json"),
                         doctest::Contains("/nonexistent-dir/x.json"), std::runtime_error);
    TempFile f("ok.json");
    write_chrome_trace_file(s, f.path.string());
    CHECK(fs::file_size(f.path) > 100);
}

}  // namespace
}  // namespace il::core
